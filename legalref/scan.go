package legalref

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// This file holds the byte-level primitives of the scanner. They read the
// text as given (NFC or NFD, any white space) and fold only what they look
// at, so that Extract allocates nothing per byte of input.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// runeAt decodes the rune at i; it returns (utf8.RuneError, 1) for a bad byte
// and (0, 0) at the end of s.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Vietnamese letters take two bytes (Latin-1, Latin Extended-A/B) or
	// three (Latin Extended Additional, combining marks' neighbours);
	// decode the valid forms inline and leave the rest to utf8.
	switch {
	case 0xC2 <= c && c < 0xE0:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
	case 0xE1 <= c && c < 0xF0 && c != 0xED:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at i.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

func isMark(r rune) bool {
	if r < 0x300 {
		return false
	}
	if r <= 0x36F {
		return true
	}
	return unicode.Is(unicode.Mn, r)
}

// isLetter reports whether r belongs in a word: a letter or a combining mark.
// The Vietnamese ranges are decided without the Unicode tables.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return isASCIILetter(byte(r))
	case r < 0xC0:
		return r == 0xAA || r == 0xB5 || r == 0xBA
	case r < 0x250:
		return r != 0xD7 && r != 0xF7
	case 0x300 <= r && r <= 0x36F, 0x1E00 <= r && r <= 0x1EFF:
		return true
	}
	return unicode.IsLetter(r) || isMark(r)
}

// spaceWidth returns the width of the white space or invisible rune at i, or 0.
func spaceWidth(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || ('\t' <= c && c <= '\r') {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF {
		// Only U+0085, U+00A0, U+00AD, U+1680, U+2000–U+206F, U+3000 and
		// U+FEFF are spaces or invisible; their lead bytes are above.
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if vntext.IsSpace(r) || vntext.FoldRune(r) == vntext.Drop && !isMark(r) {
		return n
	}
	return 0
}

// skipSpace returns the first position at or after i that is not white space.
func skipSpace(s string, i int) int {
	for {
		n := spaceWidth(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// skipInline skips white space that does not contain a blank line (two line
// breaks): a citation may wrap, but a blank line ends it.
func skipInline(s string, i int) (int, bool) {
	nl := 0
	for {
		n := spaceWidth(s, i)
		if n == 0 {
			return i, nl < 2
		}
		if s[i] == '\n' {
			nl++
		}
		i += n
	}
}

// trimSpaceBack returns the position before the white space that ends at i.
func trimSpaceBack(s string, i int) int {
	for i > 0 {
		r, n := runeBefore(s, i)
		if r < utf8.RuneSelf && r != ' ' && (r < '\t' || r > '\r') {
			return i
		}
		if r >= utf8.RuneSelf && !vntext.IsSpace(r) {
			return i
		}
		i -= n
	}
	return i
}

// wordEnd returns the end of the run of letters (and combining marks) at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			i++
			continue
		}
		r, n := runeAt(s, i)
		if !isLetter(r) {
			break
		}
		i += n
	}
	return i
}

// foldASCII is vntext.FoldRune for an ASCII byte: a capital to its small
// letter, a white space control to a space.
func foldASCII(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case '\t' <= c && c <= '\r':
		return ' '
	}
	return c
}

// foldWord appends the key of the word s[i:j] to dst.
func foldWord(dst []byte, s string, i, j int) []byte {
	for i < j {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, foldASCII(c))
			i++
			continue
		}
		r, n := runeAt(s, i)
		i += n
		f := vntext.FoldRune(r)
		if f < 0 {
			continue
		}
		if f < utf8.RuneSelf {
			dst = append(dst, byte(f))
		} else {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// wordKeyAt returns the end of the word at i and its key in buf.
func wordKeyAt(s string, i int, buf []byte) (int, []byte) {
	j := wordEnd(s, i)
	if j-i > 48 {
		return j, buf[:0]
	}
	return j, foldWord(buf[:0], s, i, j)
}

// wordIs reports whether the word at i has the key k; it returns the word's end.
func wordIs(s string, i int, k string) (int, bool) {
	var buf [48]byte
	j, key := wordKeyAt(s, i, buf[:])
	return j, j > i && string(key) == k
}

// titleStop returns the index of the first character of t that ends a
// title, one of ; ( ) " : [ ] “ ”, or -1: strings.IndexAny without decoding
// every rune. The quotes are U+201C and U+201D, E2 80 9C and E2 80 9D; a
// byte 0xE2 always starts a rune, so a match is at a rune boundary.
func titleStop(t string) int {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ';', '(', ')', '"', ':', '[', ']':
			return i
		case 0xE2:
			if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9C || t[i+2] == 0x9D) {
				return i
			}
		}
	}
	return -1
}

// parenOrEnd returns the position of the first "(", ";", line break or
// sentence end (". ") at or after i, looking at most n bytes ahead, or i+n
// (or len(s)) if there is none. The byte searches run much faster than a
// loop testing each byte.
func parenOrEnd(s string, i, n int) int {
	w := s[i:min(len(s), i+n)]
	end := len(w)
	for _, c := range [...]byte{'(', ';', '\n'} {
		if k := strings.IndexByte(w[:end], c); k >= 0 {
			end = k
		}
	}
	if k := strings.Index(w[:end], ". "); k >= 0 {
		end = k
	}
	if end == len(w) && end > 0 && w[end-1] == '.' && i+end < len(s) && s[i+end] == ' ' {
		// ". " across the end of the window.
		end--
	}
	return i + end
}

// load64 returns the eight bytes of s at i as one little-endian word; the
// compiler makes it one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasAnchor8 reports whether a byte of x is from '/' to '9' (0x2F–0x39):
// the "hasbetween" test of Sean Eron Anderson's Bit Twiddling Hacks
// (graphics.stanford.edu/~seander/bithacks.html#HasBetweenInWord). With t a
// byte's low seven bits, 0xB9-t has its high bit set when t <= 0x39, t+0x51
// when t >= 0x2F, and ^x when the byte is ASCII; no step carries into the
// next byte.
func hasAnchor8(x uint64) bool {
	const ones, low7, high = 0x0101010101010101, 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	t := x & low7
	return (ones*(127+'9'+1)-t)&^x&(t+ones*(127-('/'-1)))&high != 0
}

// isUpperAt reports whether the word at i starts with a capital letter.
func isUpperAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return unicode.IsUpper(r)
}

// matchKey matches the key k (lower case, words separated by single spaces)
// against the text at i, ignoring case, diacritics and the width of white
// space; with squeeze, spaces in k and in the text are ignored altogether.
// It returns the end of the match in s, which must end a word.
func matchKey(s string, i int, k string, squeeze bool) (int, bool) {
	j := 0
	for j < len(k) {
		// ASCII letters, the common case, compare directly.
		if i < len(s) && k[j] != ' ' {
			if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
				if c != k[j] {
					return 0, false
				}
				i++
				j++
				continue
			}
		}
		if k[j] == ' ' {
			if squeeze {
				j++
				i = skipSpace(s, i)
				continue
			}
			n := skipSpace(s, i)
			if n == i {
				return 0, false
			}
			i = n
			j++
			continue
		}
		if squeeze {
			i = skipSpace(s, i)
		}
		r, n := runeAt(s, i)
		if n == 0 {
			return 0, false
		}
		f := vntext.FoldRune(r)
		if f == vntext.Drop {
			i += n
			continue
		}
		if f >= utf8.RuneSelf || byte(f) != k[j] {
			return 0, false
		}
		i += n
		j++
	}
	// Combining marks that belong to the last letter.
	for {
		r, n := runeAt(s, i)
		if n == 0 || !isMark(r) {
			break
		}
		i += n
	}
	if r, _ := runeAt(s, i); isLetter(r) {
		return 0, false
	}
	return i, true
}

// window is the folded key of a stretch of text before a candidate, with the
// offset in the text of each key byte, for matching backwards.
type window struct {
	k    [256]byte
	off  [257]int32
	n    int
	base int // offset in the text where the window starts
}

// fold fills w with the key of s[from:to], white space runs folded to one
// space; from is moved forward to a rune boundary.
func (w *window) fold(s string, from, to int) {
	for from < to && from > 0 && !utf8.RuneStart(s[from]) {
		from++
	}
	if to-from > len(w.k)-8 {
		from = to - (len(w.k) - 8)
		for from < to && !utf8.RuneStart(s[from]) {
			from++
		}
	}
	w.base = from
	n := 0
	for i := from; i < to; {
		if c := s[i]; c < utf8.RuneSelf && c > ' ' && c != '-' && c != '_' {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			w.k[n] = c
			w.off[n] = int32(i)
			n++
			i++
			continue
		}
		if s[i] == ' ' {
			// FoldRune(' ') == ' ', taken without decoding.
			if n == 0 || w.k[n-1] != ' ' {
				w.k[n] = ' '
				w.off[n] = int32(i)
				n++
			}
			i++
			continue
		}
		r, sz := runeAt(s, i)
		f := vntext.FoldRune(r)
		switch {
		case f == vntext.Drop:
		case f == ' ' || (f == '-' || f == '_') && n > 0 && isKeyLetter(w.k[n-1]) && i+1 < to && isASCIILetter(s[i+1]):
			// A hyphen between words is a URL slug's space: "Nghi-dinh-30-…".
			if n == 0 || w.k[n-1] != ' ' {
				w.k[n] = ' '
				w.off[n] = int32(i)
				n++
			}
		case f < utf8.RuneSelf:
			w.k[n] = byte(f)
			w.off[n] = int32(i)
			n++
		default:
			// A rune without an ASCII key: one placeholder byte.
			w.k[n] = 0x7f
			w.off[n] = int32(i)
			n++
		}
		i += sz
	}
	w.off[n] = int32(to)
	w.n = n
}

// trim returns e moved back over spaces.
func (w *window) trim(e int) int {
	for e > 0 && w.k[e-1] == ' ' {
		e--
	}
	return e
}

// suffix reports whether the key ends at e with the word sequence k starting
// at a word boundary; it returns the start of k in the window.
func (w *window) suffix(e int, k string) (int, bool) {
	st := e - len(k)
	if st < 0 || string(w.k[st:e]) != k {
		return 0, false
	}
	if st > 0 && isKeyLetter(w.k[st-1]) {
		return 0, false
	}
	return st, true
}

func isKeyLetter(c byte) bool { return 'a' <= c && c <= 'z' || c == 0x7f }

// lastWord returns the start of the last word (letters) ending at e.
func (w *window) lastWord(e int) int {
	st := e
	for st > 0 && isKeyLetter(w.k[st-1]) {
		st--
	}
	return st
}

// isUpperRune reports whether r is a capital letter.
func isUpperRune(r rune) bool { return unicode.IsUpper(r) }

// clean returns s composed and with its white space folded, as vntext.Clean
// does, without copying the common case: text already NFC, with single
// ASCII spaces. Precomposed Vietnamese (Latin-1, Latin Extended-A/B and
// Latin Extended Additional) is NFC when no combining mark follows it; the
// C1 controls (U+0085 is white space), NBSP, soft hyphen and any other rune
// above U+024F are left to vntext.Clean.
func clean(s string) string {
	plain := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				plain = false
			}
			i++
			continue
		}
		// The common Vietnamese letters without decoding: U+00C0–U+023F
		// (C3–C8 and a continuation byte) and U+1E00–U+1EFF (E1 B8–BB and
		// one).
		if c >= 0xC3 && c <= 0xC8 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, n := runeAt(s, i)
		if r > 0x024F && (r < 0x1E00 || r > 0x1EFF) && (r < 0x2010 || r > 0x201F) || r <= 0xA0 || r == 0xAD {
			return vntext.Clean(s)
		}
		i += n
	}
	if plain {
		return s
	}
	return vntext.Spaces(s)
}
