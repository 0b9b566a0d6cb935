package vntext_test

import (
	"fmt"
	"strings"

	"github.com/vanban-go/vanban/internal/vntext"
)

func ExampleKey() {
	fmt.Println(vntext.Key("NGHỊ ĐỊNH"))
	fmt.Println(vntext.Key("Nghi  dinh"))
	fmt.Println(vntext.Key("Nghi\u0323 đi\u0323nh")) // decomposed (NFD)
	// Output:
	// nghi dinh
	// nghi dinh
	// nghi dinh
}

func ExampleFold() {
	text := "Căn cứ Nghị\u00a0định số 30/2020/NĐ-CP"
	f := vntext.Fold(text)
	i := strings.Index(f.Key, "nghi dinh")
	start, end := f.Span(i, i+len("nghi dinh"))
	fmt.Printf("%q at [%d,%d)\n", text[start:end], start, end)
	// Output:
	// "Nghị\u00a0định" at [10,25)
}

func ExampleClean() {
	fmt.Printf("%q\n", vntext.Clean("  Ủy ban\u00a0nhân\u200b dân  "))
	// Output:
	// "Ủy ban nhân dân"
}
