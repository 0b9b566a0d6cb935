package directive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// This file holds the small text tests shared by the parser, the validator
// and the formatter. Every function takes text already in NFC with white
// space folded (vntext.Clean).

// firstRune returns the first rune of s, or utf8.RuneError for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lastRune returns the last rune of s, or utf8.RuneError for "".
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool { return unicode.IsUpper(firstRune(s)) }

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool { return unicode.IsLower(firstRune(s)) }

// isUpperText reports whether the text of parts, taken together (the lines
// of a paragraph, say), has at least two letters and none of them is lower
// case: a heading, an issuer's name, a title in a signing block.
func isUpperText(parts ...string) bool {
	n := 0
	for _, s := range parts {
		for _, r := range s {
			if unicode.IsLower(r) {
				return false
			}
			if n < 2 && unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n >= 2
}

// hasLetter reports whether s has a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isDecoration reports whether s is a rule or ornament line: dashes,
// underscores, equals signs, asterisks (the Party "*" under the issuer).
func isDecoration(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '-', '–', '—', '_', '=', '*', '~', '…', '·', '•', ' ', '.':
		default:
			return false
		}
	}
	return strings.Trim(s, ". ") != ""
}

// isDash reports whether r opens a list line.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '+', '•', '∙', '·', '●', '○', '▪', '\uf0a7':
		return true
	}
	return false
}

// startsDash reports whether s is a list line: a dash or bullet followed by
// a space or glued to a letter ("-Như trên;").
func startsDash(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !isDash(r) || n == len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[n:])
	return next == ' ' || unicode.IsLetter(next)
}

// trimDash removes a leading dash or bullet and the spaces after it.
func trimDash(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !isDash(r) {
		return s
	}
	return strings.TrimLeft(s[n:], " ")
}

// endsTerminal reports whether s ends a sentence or a list entry: ".", ":",
// ";", "!", "?", possibly followed by closing quotes or parentheses.
func endsTerminal(s string) bool {
	s = strings.TrimRight(s, "”\"’')]»*")
	switch lastRune(s) {
	case '.', ':', ';', '!', '?', '…':
		return true
	}
	return false
}

// words splits s at white space.
func words(s string) []string { return strings.Fields(s) }

// keyHasPrefix reports whether the key of s (vntext.Key) starts with the key
// k, ending at a word boundary. It folds s rune by rune as far as k goes and
// allocates nothing.
func keyHasPrefix(s, k string) bool {
	i := 0
	space := true // at the start, or after white space
	for _, r := range s {
		f := vntext.FoldRune(r)
		if f == vntext.Drop {
			continue
		}
		if f == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		if i == len(k) {
			return f >= utf8.RuneSelf || !isKeyAlnum(byte(f))
		}
		if f >= utf8.RuneSelf || byte(f) != k[i] {
			return false
		}
		i++
	}
	return i == len(k)
}

// cleanPiece folds the white space of s as vntext.Spaces does, without
// copying s when there is nothing to fold (see needsSpaces).
func cleanPiece(s string) string {
	if needsSpaces(s) {
		return vntext.Spaces(s)
	}
	return s
}

// needsSpaces reports whether vntext.Spaces may change s: s has a space at
// either end or a run of spaces, an ASCII control, or a special space or
// invisible character (a no-break, zero-width or other special space, the
// soft hyphen, the byte-order mark). Those characters start with 0xC2,
// 0xE2, 0xE3 or 0xEF, or are U+1680 (E1 9A 80), and are rare in Vietnamese
// text: needsSpaces skips eight bytes at a time that hold none of those
// bytes (mayNeedSpaces8) and decodes a rune only at such a byte. A
// combining mark it also reports changes nothing; it is reported because
// specialSpace, the rule it applies to a decoded rune, includes marks.
func needsSpaces(s string) bool {
	if s == "" {
		return false
	}
	return s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") || hasSpecial(s)
}

// hasSpecial is the rest of needsSpaces: whether s has an ASCII control or
// a special space or invisible character.
func hasSpecial(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if mayNeedSpaces8(load64(s, i)) && specialIn(s, i, i+8) {
			return true
		}
	}
	return specialIn(s, i, len(s))
}

// specialIn reports whether s[i:j] has an ASCII control or the start of a
// special space or invisible character of s.
func specialIn(s string, i, j int) bool {
	for ; i < j; i++ {
		switch pieceBytes[s[i]] {
		case pieceControl:
			return true
		case pieceOgham:
			// U+1680 is E1 9A 80: 0xE1 leads most Vietnamese letters with
			// a tone mark, 0x9A far fewer.
			if i > 0 && s[i-1] == 0xE1 && i+1 < len(s) && s[i+1] == 0x80 {
				return true
			}
		case pieceLead:
			switch r, _ := utf8.DecodeRuneInString(s[i:]); r {
			case '“', '”', '‘', '’', '–', '—', '…':
				// The common punctuation of the lead byte 0xE2, decided
				// without folding.
			default:
				if specialSpace(r) {
					return true
				}
			}
		}
	}
	return false
}

// The classes of pieceBytes.
const (
	pieceControl = 1 // an ASCII control
	pieceLead    = 2 // the lead byte of a special space or invisible character
	pieceOgham   = 3 // 0x9A, the middle byte of U+1680
)

// pieceBytes classifies the bytes that specialIn looks at; 0 for the
// others.
var pieceBytes = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = pieceControl
	}
	t[0x7F] = pieceControl
	for _, c := range []byte{0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] = pieceLead
	}
	t[0x9A] = pieceOgham
	return t
}()

// load64 returns the eight bytes of s at i as one little-endian word; the
// compiler makes it one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Constants of the word tests: a one in each byte, the high bit of each
// byte.
const (
	ones8 = 0x0101010101010101
	high8 = 0x8080808080808080
)

// mayNeedSpaces8 reports whether one of the eight bytes of x is one that
// specialIn looks at, or from 0xE4 to 0xEE, rare in Vietnamese: below 0x20,
// 0x7F, 0x9A, 0xC2, or from 0xE2 to 0xEF. The tests are "hasless",
// "haszero" and "hasbetween" of Sean Eron Anderson's Bit Twiddling Hacks
// (graphics.stanford.edu/~seander/bithacks.html#ZeroInWord): each sets the
// high bit of some byte when, and only when, a byte matches. For the range,
// y flips the high bit of each byte, so that 0xE2–0xEF become 0x62–0x6F.
func mayNeedSpaces8(x uint64) bool {
	const low7 = 0x7F7F7F7F7F7F7F7F
	y := x ^ high8
	t := y & low7
	// A byte below 0x20, one from 0xE2 to 0xEF, 0x7F, 0x9A or 0xC2.
	m := (x - ones8*0x20) &^ x
	m |= (ones8*(127+0x70) - t) &^ y & (t + ones8*(127-0x61))
	m |= hasByte8(x, 0x7F) | hasByte8(x, 0x9A) | hasByte8(x, 0xC2)
	return m&high8 != 0
}

// hasByte8 sets the high bit of some byte of its result when a byte of x is
// c (haszero of x^c).
func hasByte8(x uint64, c byte) uint64 {
	y := x ^ ones8*uint64(c)
	return (y - ones8) &^ y
}

// specialSpace reports whether the rune r (not ASCII) is one that
// vntext.Spaces folds or drops, combining marks of Vietnamese excepted.
func specialSpace(r rune) bool {
	return vntext.IsSpace(r) || vntext.FoldRune(r) == vntext.Drop && (r < 0x300 || r > 0x36F)
}

// nfc composes s (vntext.NFC) when it has combining marks. Vietnamese text
// decomposed (NFD) carries its tone and vowel marks as combining characters
// U+0300–U+036F, whose UTF-8 encoding starts with the byte 0xCC or 0xCD; text
// without those bytes is returned as it is, sparing the normalisation check
// of the whole text.
func nfc(s string) string {
	if strings.IndexByte(s, 0xCC) < 0 && strings.IndexByte(s, 0xCD) < 0 {
		return s
	}
	return vntext.NFC(s)
}

func isKeyAlnum(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// containsWord reports whether the key k contains the key phrase w at word
// boundaries.
func containsWord(k, w string) bool {
	for i := 0; i+len(w) <= len(k); {
		j := strings.Index(k[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || !isKeyAlnum(k[j-1])) && (j+len(w) == len(k) || !isKeyAlnum(k[j+len(w)])) {
			return true
		}
		i = j + 1
	}
	return false
}

// runeLen returns the number of runes of s: its width in the fixed-width
// layout of Format.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// stripMarkdown removes the emphasis markers a web page's Markdown leaves
// ("**ỦY BAN NHÂN DÂN**") and a heading mark at the start of a line.
func stripMarkdown(s string) string {
	if strings.Contains(s, "**") {
		// Most lines have the markers only at their ends: slicing them
		// off gives what removing every marker gives.
		t := strings.TrimSuffix(strings.TrimPrefix(s, "**"), "**")
		if strings.Contains(t, "**") {
			t = strings.ReplaceAll(s, "**", "")
		}
		s = t
	}
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i < len(s) && s[i] == '#' {
		u := strings.TrimLeft(s[i:], "#")
		if u != "" && u[0] == ' ' {
			s = u
		}
	}
	return s
}

// appendKey appends the key of s (vntext.Key) to dst, so that a short key
// looked up in a map or a switch costs no allocation.
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	pending := false
	for _, r := range s {
		f := vntext.FoldRune(r)
		switch f {
		case vntext.Drop:
			continue
		case ' ':
			pending = true
			continue
		}
		if pending && len(dst) > start {
			dst = append(dst, ' ')
		}
		pending = false
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// isSignedMark reports whether s is a note standing for a signature in a
// web copy: "(Đã ký)", "[daky]", "(Ký tên, đóng dấu)".
func isSignedMark(s string) bool {
	if len(s) > 40 {
		return false
	}
	t := strings.Trim(s, "()[]{}<> ")
	// Every key below starts with c, d or k: a line that starts with any
	// other ASCII letter, a digit or punctuation is no mark.
	if t != "" && t[0] < utf8.RuneSelf && vntext.FoldRune(rune(t[0])) != ' ' {
		if c := t[0] | 0x20; c != 'c' && c != 'd' && c != 'k' {
			return false
		}
	}
	var buf [64]byte
	k := appendKey(buf[:0], t)
	switch string(k) {
	case "da ky", "daky", "ky", "ky ten", "ky ten dong dau", "ky ten, dong dau", "chu ky, dau", "chu ky dau",
		"ky va dong dau", "ky, dong dau", "da ky va dong dau", "ky ten va dong dau", "chu ky so", "ky so":
		return true
	}
	return false
}
