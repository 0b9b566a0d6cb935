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

// isUpperText reports whether s has at least two letters and none of them
// is lower case: a heading, an issuer's name, a title in a signing block.
func isUpperText(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
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

// keyHasPrefix reports whether the key of s starts with the key k, ending
// at a word boundary.
func keyHasPrefix(s, k string) bool {
	sk := vntext.Key(firstBytes(s, len(k)*3+8))
	return strings.HasPrefix(sk, k) && (len(sk) == len(k) || !isKeyAlnum(sk[len(k)]))
}

// firstBytes returns the first n bytes of s, cut back to a rune boundary.
func firstBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
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
		s = strings.ReplaceAll(s, "**", "")
	}
	t := strings.TrimLeft(s, " \t")
	if strings.HasPrefix(t, "#") {
		u := strings.TrimLeft(t, "#")
		if u == "" || u[0] == ' ' {
			s = u
		}
	}
	return s
}

// isSignedMark reports whether s is a note standing for a signature in a
// web copy: "(Đã ký)", "[daky]", "(Ký tên, đóng dấu)".
func isSignedMark(s string) bool {
	if len(s) > 40 {
		return false
	}
	k := vntext.Key(strings.Trim(s, "()[]{}<> "))
	switch k {
	case "da ky", "daky", "ky", "ky ten", "ky ten dong dau", "ky ten, dong dau", "chu ky, dau", "chu ky dau",
		"ky va dong dau", "ky, dong dau", "da ky va dong dau", "ky ten va dong dau", "chu ky so", "ky so":
		return true
	}
	return false
}
