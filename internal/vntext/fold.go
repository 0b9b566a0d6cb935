package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Drop is what [FoldRune] returns for a rune that has no key form: a combining
// mark, a zero-width character or a soft hyphen.
const Drop rune = -1

// NFC returns s in Unicode Normalization Form C. Text that is already NFC (the
// common case) is returned without copying.
func NFC(s string) string {
	return norm.NFC.String(s)
}

// IsSpace reports whether r counts as white space: the Unicode space
// characters (including the no-break spaces U+00A0, U+202F and U+2007, which
// [unicode.IsSpace] partly leaves out) and the ASCII controls tab, newline,
// vertical tab, form feed and carriage return.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// isInvisible reports whether r is a character that carries no text: the zero
// width space, non-joiner and joiner, the word joiner, the byte order mark and
// the soft hyphen.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return false
}

// Spaces folds every run of white space in s (see [IsSpace]) to one ASCII
// space, removes zero-width characters and soft hyphens, and trims white
// space from both ends. Invalid UTF-8 bytes are kept as they are, and so is
// a zero-width character or soft hyphen right after one: removing it could
// join invalid bytes into a character ("\xc2", U+00AD, "\xad" would become
// U+00AD), and Spaces(Spaces(s)) == Spaces(s) for every s.
func Spaces(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	afterInvalid := false // the last byte written is an invalid byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			flushSpace(&b, &pending)
			b.WriteByte(s[i])
			afterInvalid = true
		case IsSpace(r):
			pending = true
		case isInvisible(r):
			if afterInvalid && !pending {
				b.WriteString(s[i : i+n])
				afterInvalid = false
			}
		default:
			flushSpace(&b, &pending)
			b.WriteString(s[i : i+n])
			afterInvalid = false
		}
		i += n
	}
	return b.String()
}

func flushSpace(b *strings.Builder, pending *bool) {
	if *pending && b.Len() > 0 {
		b.WriteByte(' ')
	}
	*pending = false
}

// isPlain reports whether Spaces would leave s unchanged: printable ASCII with
// single inner spaces and no space at either end.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= utf8.RuneSelf || (c == ' ' && prev == ' ') {
			return false
		}
		prev = c
	}
	return true
}

// Clean returns s composed ([NFC]) with its white space folded ([Spaces]):
// the form in which vanban stores and displays text it has read.
func Clean(s string) string {
	return Spaces(NFC(s))
}

// Key returns the matching key of s: every rune folded by [FoldRune], runs of
// white space folded to one space, and the ends trimmed. Composed and
// decomposed spellings of a word have the same key.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		f := FoldRune(r)
		switch f {
		case Drop:
			continue
		case ' ':
			pending = true
			continue
		}
		if pending && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteRune(f)
	}
	return b.String()
}

// FoldRune returns the key form of r: a Vietnamese letter in either case and
// with any tone or vowel mark becomes its lower-case ASCII base letter (đ and
// Đ become d); a combining mark of any kind (non-spacing, spacing or
// enclosing), zero-width character or soft hyphen becomes [Drop]; any white
// space (see [IsSpace]) becomes ' '; any other rune loses the marks of its
// canonical decomposition and is lower-cased. FoldRune is idempotent, and a
// rune folds as its canonical decomposition does.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' {
			return ' '
		}
		return r
	}
	// Other letters with marks (Greek, Cyrillic, the rest of Latin, other
	// scripts) fold as the first rune of their canonical decomposition, whose
	// other runes are all marks, so that composed and decomposed spellings
	// share a key. Lower-casing may expose a letter that folds further, so
	// fold until nothing changes; TestFoldRuneAllRunes checks that four
	// steps are always enough.
	for range 4 {
		f := foldOnce(r)
		switch {
		case f < utf8.RuneSelf && f >= 0:
			return FoldRune(f)
		case f == r || f == Drop || f == ' ':
			return f
		}
		r = f
	}
	return r
}

// foldOnce is one step of [FoldRune] for a rune outside ASCII.
func foldOnce(r rune) rune {
	if b := latinBase(r); b != 0 {
		return rune(b)
	}
	switch {
	case IsSpace(r):
		return ' '
	case isInvisible(r), unicode.Is(unicode.M, r):
		return Drop
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		r, _ = utf8.DecodeRune(d)
	}
	return unicode.ToLower(r)
}
