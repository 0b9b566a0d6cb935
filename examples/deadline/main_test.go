package main

import (
	"strings"
	"testing"
)

func TestRunSeed(t *testing.T) {
	var b strings.Builder
	if err := run(&b, seed); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// The seed: Số 491/UBND-KGVX, Kiên Giang, ngày 20 tháng 4 năm 2021;
	// report "trước ngày 20/11/2021": 214 calendar days after 20/4/2021.
	for _, want := range []string{"Số 491/UBND-KGVX", "Kiên Giang, 20/04/2021", "trước ngày 20/11/2021 (214 ngày"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestRunNotADocument(t *testing.T) {
	if err := run(new(strings.Builder), "hello"); err == nil {
		t.Fatal("no error for text that is not a document")
	}
}
