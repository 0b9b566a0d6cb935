package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADME runs the commands of the README's blocks that start with
// "$ go run ./examples/reports" and checks that the lines shown are the
// program's output, in order; a line "…" stands for lines left out.
func TestREADME(t *testing.T) {
	checkREADME(t, "$ go run ./examples/reports", func(args []string) (int, string, string) {
		return runArgs(args...)
	})
}

func checkREADME(t *testing.T, prefix string, run func(args []string) (int, string, string)) {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	blocks := 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i] != "```" || !strings.HasPrefix(lines[i+1], prefix) {
			continue
		}
		blocks++
		cmd := lines[i+1]
		args := strings.Fields(strings.TrimPrefix(cmd, prefix))
		for k, a := range args {
			args[k] = strings.TrimPrefix(a, strings.TrimPrefix(prefix, "$ go run ./")+"/")
		}
		var want []string
		for j := i + 2; j < len(lines) && lines[j] != "```"; j++ {
			want = append(want, lines[j])
		}
		code, out, errOut := run(args)
		if code != 0 || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, errOut)
			continue
		}
		got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		pos, gap := 0, false
		for _, w := range want {
			if w == "…" {
				gap = true
				continue
			}
			found := -1
			for k := pos; k < len(got); k++ {
				if got[k] == w {
					found = k
					break
				}
				if !gap {
					break
				}
			}
			if found < 0 {
				t.Errorf("%s: the README shows %q, which the program does not print there", cmd, w)
				break
			}
			pos, gap = found+1, false
		}
		if !gap && pos != len(got) {
			t.Errorf("%s: the program prints %d more lines than the README shows (end the block with …)", cmd, len(got)-pos)
		}
	}
	if blocks == 0 {
		t.Errorf("no block of the README starts with %q", prefix)
	}
}
