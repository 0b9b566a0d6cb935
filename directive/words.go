package directive

import (
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// This file splits a stretch of body text into words with their keys, for
// the readers of assignees and deadlines, which look at a few words around
// a cue rather than at the whole text.

// tok is one word of a text: its span, its key, and the punctuation that
// separates it from the word before.
type tok struct {
	start, end int    // byte span in the text
	key        string // vntext key of the word: "chu", "tri"
	brk        byte   // the strongest break before the word (see breakRank); 0 for none
}

// The breaks between words, from weakest to strongest. A sentence end is a
// period followed by a space or the end of the text; a period inside a
// number ("20.11.2021") or an abbreviation is no break.
const (
	brkComma  = ','
	brkParen  = '('
	brkColon  = ':'
	brkSemi   = ';'
	brkPeriod = '.'
	brkLine   = '\n'
)

// breakRank orders the breaks: a clause ends at a rank of 3 or more.
func breakRank(b byte) int {
	switch b {
	case brkComma:
		return 1
	case brkParen:
		return 2
	case brkColon:
		return 3
	case brkSemi:
		return 4
	case brkPeriod:
		return 5
	case brkLine:
		return 6
	}
	return 0
}

// tokenize splits s[from:to] into words. A word is a run of letters and
// digits (a word glued to the next by text extraction, "BộCông", stays one
// word); its key is folded rune by rune as vntext.Key folds. The keys share
// one string.
func tokenize(s string, from, to int) []tok {
	if from < 0 {
		from = 0
	}
	if to > len(s) {
		to = len(s)
	}
	toks := make([]tok, 0, (to-from)/5+1)
	// The keys and their spans are built on the stack for a stretch of a
	// clause or two; the keys are then copied into one string.
	var kb [256]byte
	key := kb[:0]
	type span struct{ a, b int }
	var sb [64]span
	spans := sb[:0]
	var brk byte
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if b := breakOf(s, i, r, n); breakRank(b) > breakRank(brk) {
				brk = b
			}
			i += n
			continue
		}
		start := i
		ka := len(key)
		for i < to {
			if c := s[i]; c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
					key = append(key, c)
				case 'A' <= c && c <= 'Z':
					key = append(key, c+'a'-'A')
				default:
					goto done
				}
				i++
				continue
			}
			r, n = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			if f := vntext.FoldRune(r); f != vntext.Drop {
				key = utf8.AppendRune(key, f)
			}
			i += n
		}
	done:
		toks = append(toks, tok{start: start, end: i, brk: brk})
		spans = append(spans, span{ka, len(key)})
		brk = 0
	}
	all := string(key)
	for k := range toks {
		toks[k].key = all[spans[k].a:spans[k].b]
	}
	return toks
}

// isWordRune reports whether r belongs to a word: a letter, a digit, or a
// combining mark left in the text.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0xC0 <= r && r <= 0x24F:
		// Latin-1 letters, Latin Extended-A and -B: all letters but × and
		// ÷ (TestIsWordRune).
		return r != 0xD7 && r != 0xF7
	case 0x1E00 <= r && r <= 0x1EFF:
		// Latin Extended Additional, the letters with two marks of
		// Vietnamese: all letters.
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// breakOf classifies the non-word rune r of n bytes at s[i].
func breakOf(s string, i int, r rune, n int) byte {
	switch r {
	case ',':
		return brkComma
	case '(', ')', '[', ']':
		return brkParen
	case ':':
		return brkColon
	case ';':
		return brkSemi
	case '\n':
		return brkLine
	case '.', '!', '?':
		if j := i + n; j == len(s) || s[j] == ' ' || s[j] == '\n' || s[j] == '/' {
			return brkPeriod
		}
	}
	return 0
}

// toks is a sequence of tokens with the tests the readers use.
type toks []tok

// is reports whether the words from i on have the keys ks.
func (w toks) is(i int, ks ...string) bool {
	if i < 0 || i+len(ks) > len(w) {
		return false
	}
	for k, x := range ks {
		if w[i+k].key != x || (k > 0 && w[i+k].brk != 0) {
			return false
		}
	}
	return true
}

// phrases is a set of key phrases of one or more words, looked up by their
// first word.
type phrases map[string][][]string

// newPhrases builds a set from key phrases written with single spaces.
func newPhrases(list ...string) phrases {
	ps := phrases{}
	for _, p := range list {
		var ws []string
		for a := 0; a < len(p); {
			b := a
			for b < len(p) && p[b] != ' ' {
				b++
			}
			ws = append(ws, p[a:b])
			a = b + 1
		}
		ps[ws[0]] = append(ps[ws[0]], ws[1:])
	}
	return ps
}

// match returns the number of words of the longest phrase of ps that
// starts at w[i] without a break inside it, or 0.
func (ps phrases) match(w toks, i int) int {
	if i < 0 || i >= len(w) {
		return 0
	}
	best := 0
	for _, rest := range ps[w[i].key] {
		if len(rest)+1 > best && w.is(i+1, rest...) {
			best = len(rest) + 1
		}
	}
	return best
}
