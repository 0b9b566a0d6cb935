package legalref

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// TestRuneAt: runeAt decodes as utf8.DecodeRuneInString does, for every
// rune and for the malformed sequences of each lead byte.
func TestRuneAt(t *testing.T) {
	var cases []string
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if utf8.ValidRune(r) {
			cases = append(cases, string(r))
		}
	}
	for c := 0x80; c < 0x100; c++ {
		for _, tail := range []string{"", "a", "\x80", "\xbf", "\x80a", "\x80\x80", "\xc0\x80", "\x9a\x80\x80"} {
			cases = append(cases, string([]byte{byte(c)})+tail)
		}
	}
	for _, s := range cases {
		r, n := runeAt(s, 0)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("runeAt(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	}
}

// TestTitleStop: titleStop finds what strings.IndexAny finds.
func TestTitleStop(t *testing.T) {
	const stops = ";()\":[]“”"
	for r := rune(0); r < 0x30000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, "Về việc " + c + " x", "\xe2" + c, c + "“"} {
			if got, want := titleStop(s), strings.IndexAny(s, stops); got != want {
				t.Fatalf("titleStop(%q) = %d, want %d", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "\xe2\x80", "\xe2\x80\x9c", "a\xe2\x80\x9d", "\xe1\xe2\x80\x9c", "\xf0\xe2\x80\x9cx", "\xe2\xe2\x80\x9d"} {
		if got, want := titleStop(s), strings.IndexAny(s, stops); got != want {
			t.Errorf("titleStop(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestParenOrEnd: parenOrEnd stops where a loop testing each byte stops,
// for every text of up to seven bytes of "(", ";", "\n", ".", " " and "a",
// from every start, looking up to five bytes ahead.
func TestParenOrEnd(t *testing.T) {
	want := func(s string, q, n int) int {
		t := q
		for t < len(s) && t-q < n && s[t] != '(' && s[t] != ';' && s[t] != '\n' && !(s[t] == '.' && t+1 < len(s) && s[t+1] == ' ') {
			t++
		}
		return t
	}
	var gen func(s string)
	gen = func(s string) {
		for q := 0; q <= len(s); q++ {
			for n := 1; n <= 5; n++ {
				if got, w := parenOrEnd(s, q, n), want(s, q, n); got != w {
					t.Fatalf("parenOrEnd(%q, %d, %d) = %d, want %d", s, q, n, got, w)
				}
			}
		}
		if len(s) < 7 {
			for _, c := range []string{"(", ";", "\n", ".", " ", "a"} {
				gen(s + c)
			}
		}
	}
	gen("")
}

// TestHasAnchor8: the word test answers as the bytes do, for every byte in
// every position among bytes that are not anchors.
func TestHasAnchor8(t *testing.T) {
	for _, fill := range []byte{0, ' ', '.', ':', 0x80, 0xAF, 0xB9, 0xFF} {
		for pos := range 8 {
			for c := range 256 {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[pos] = byte(c)
				if got, want := hasAnchor8(load64(string(b), 0)), anchor[c]; got != want {
					t.Fatalf("hasAnchor8(% x) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// TestNextAnchor: nextAnchor finds the first anchor as a byte loop does.
func TestNextAnchor(t *testing.T) {
	text := "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ về việc thực hiện"
	for i := 0; i <= len(text); i++ {
		want := i
		for want < len(text) && !anchor[text[want]] {
			want++
		}
		if got := nextAnchor(text, i); got != want {
			t.Errorf("nextAnchor(%d) = %d, want %d", i, got, want)
		}
	}
}

// TestFoldASCII: foldASCII folds as vntext.FoldRune.
func TestFoldASCII(t *testing.T) {
	for c := range utf8.RuneSelf {
		if got, want := rune(foldASCII(byte(c))), vntext.FoldRune(rune(c)); got != want {
			t.Errorf("foldASCII(%q) = %q, want %q", rune(c), got, want)
		}
	}
}

// TestClean: clean answers as vntext.Clean does, for every rune in several
// contexts and for invalid UTF-8; its byte shortcuts only save the copy.
func TestClean(t *testing.T) {
	rule := vntext.Clean
	for r := rune(0); r < 0x30000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, "Về " + c + "việc", "ủy" + c + c + " ban", " " + c} {
			if got, want := clean(s), rule(s); got != want {
				t.Fatalf("clean(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"\xc3", "a\xc3 b", "\xc3\xc3\xa0", "\xe1\xba", "\xe1\xba\xa0\xe1\xbb", "\xe1\xb8x", "\xc9\x90", "\xc8\xbf\xcc\x81"} {
		if got, want := clean(s), rule(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
	}
}
