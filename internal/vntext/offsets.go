package vntext

import "unicode/utf8"

// Folded is a text folded to its matching key, with a map from each byte of
// the key back to the text it came from. Build it with [Fold]; the zero value
// is the fold of the empty text. A Folded is immutable and safe for
// concurrent use.
type Folded struct {
	// Key is the folded text: every rune folded by [FoldRune] and every run
	// of white space folded to one space. Unlike [Key], the ends are not
	// trimmed, so that offsets stay simple.
	Key string

	// offs[i] is the byte offset in the original of the rune that produced
	// Key[i]; offs[len(Key)] is the length of the original.
	offs []int32
	n    int
}

// Fold folds s as [Key] does, except that white space at the ends is kept as
// one space, and returns the key with its map back to s. Invalid UTF-8 bytes
// are copied to the key unchanged, one byte each.
func Fold(s string) Folded {
	key := make([]byte, 0, len(s))
	offs := make([]int32, 0, len(s)+1)
	inSpace := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			key = append(key, s[i])
			offs = append(offs, int32(i))
			inSpace = false
			i++
			continue
		}
		f := FoldRune(r)
		switch {
		case f == Drop:
		case f == ' ':
			if !inSpace {
				key = append(key, ' ')
				offs = append(offs, int32(i))
				inSpace = true
			}
		default:
			inSpace = false
			start := len(key)
			key = utf8.AppendRune(key, f)
			for range len(key) - start {
				offs = append(offs, int32(i))
			}
		}
		i += n
	}
	offs = append(offs, int32(len(s)))
	return Folded{Key: string(key), offs: offs, n: len(s)}
}

// Offset returns the byte offset in the original text of byte i of the key:
// the start of the rune that produced it. Offset(len(f.Key)) is the length of
// the original. The result is always on a rune boundary of the original; i
// outside [0, len(f.Key)] is clamped to that range.
func (f Folded) Offset(i int) int {
	if len(f.offs) == 0 {
		return 0
	}
	if i <= 0 {
		return int(f.offs[0])
	}
	if i >= len(f.offs) {
		return f.n
	}
	return int(f.offs[i])
}

// Span returns the byte span in the original text of the key's bytes
// [start, end): from the start of the first rune to the start of whatever
// follows the last one, so that combining marks after a matched letter belong
// to the span.
func (f Folded) Span(start, end int) (int, int) {
	if end < start {
		end = start
	}
	return f.Offset(start), f.Offset(end)
}
