package vntext

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The letters with diacritics that Vietnamese uses lie in three blocks: Latin-1
// Supplement and Latin Extended-A/B (U+00C0–U+01FF: à, ă, đ, ơ, ư…) and Latin
// Extended Additional (U+1E00–U+1EFF: ạ, ả, ấ, ệ, ỹ…). For each letter there,
// the tables hold its lower-case ASCII base letter, found from its canonical
// decomposition, or 0. They are built once and only read.
var (
	latinLow  = baseTable(0x00C0, 0x0200)
	latinHigh = baseTable(0x1E00, 0x1F00)
)

// baseTable maps each rune in [lo, hi) to the lower-case ASCII letter its
// canonical decomposition starts with, or 0 when it has none. Đ and đ do not
// decompose in Unicode; they fold to d by the rule of the Vietnamese alphabet.
func baseTable(lo, hi rune) []byte {
	t := make([]byte, hi-lo)
	var buf [utf8.UTFMax]byte
	for r := lo; r < hi; r++ {
		if r == 'Đ' || r == 'đ' {
			t[r-lo] = 'd'
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		d := norm.NFD.Bytes(buf[:n])
		c := d[0]
		switch {
		case 'a' <= c && c <= 'z':
			t[r-lo] = c
		case 'A' <= c && c <= 'Z':
			t[r-lo] = c + ('a' - 'A')
		}
	}
	return t
}

// latinBase returns the ASCII base letter of a precomposed Latin letter, or 0.
func latinBase(r rune) byte {
	switch {
	case 0x00C0 <= r && r < 0x0200:
		return latinLow[r-0x00C0]
	case 0x1E00 <= r && r < 0x1F00:
		return latinHigh[r-0x1E00]
	}
	return 0
}
