package directive

import (
	"strings"
	"unicode/utf8"

	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/internal/vntext"
)

// This file finds, in one pass over a paragraph and without folding it,
// the places where a deadline phrase or a unit's assignment may begin, so
// that the costlier readers (deadline.Extract, the assignee reader) look
// only there. Parse runs it on every paragraph of the items and the
// closing; it must stay cheap.

// cueKind is what a cue may begin.
type cueKind uint8

const (
	// cueDeadline: a word that opens a deadline phrase ("trước", "chậm
	// nhất", "trong thời hạn", "định kỳ", "hằng tháng").
	cueDeadline cueKind = iota + 1
	// cueDeadlineBack: a word inside a phrase that may begin a few words
	// earlier ("05 ngày kể từ ngày ký", "thứ Tư hằng tuần").
	cueDeadlineBack
	// cueAssign: a word that assigns or names a role ("giao", "yêu cầu",
	// "đề nghị", "chủ trì", "phối hợp").
	cueAssign
	// cueHead: a clause that opens with a word that may begin the name of
	// a body ("Sở", "Bộ", "Các", "Ủy ban", "Giám đốc").
	cueHead
)

// cue is a place in a paragraph where a reader should look.
type cue struct {
	pos  int
	kind cueKind
}

// scanCues returns the cues of s in reading order. It reads words in lower
// case or capitalised, with or without diacritics (NFC); words in capitals
// are not read (callers read short texts whole).
func scanCues(s string, out []cue) []cue {
	clause := true // the next word opens a clause
	for i := 0; i < len(s); {
		if b := cueBreaks[s[i]]; b != 0 {
			switch b {
			case brkWord:
				i++
			case brkClause:
				clause = true
				i++
			case brkStop:
				if i+1 == len(s) || s[i+1] == ' ' {
					clause = true
				}
				i++
			case brkQuote: // “ ‘ – …: three bytes
				i += 3
			}
			continue
		}
		// A word starts at s[i].
		if i+1 < len(s) && cueStart[s[i]].has(s[i+1]) {
			if k := cueAt(s, i); k != 0 {
				out = append(out, cue{i, k})
			}
		}
		if clause {
			clause = false
			if mayHead(s, i) && headAt(s, i) {
				out = append(out, cue{i, cueHead})
			}
		}
		for i++; i < len(s) && cueBreaks[s[i]] == 0; i++ {
		}
	}
	return out
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// cueStart holds, for the first byte of each word cueAt looks for, in
// either case, the bytes that may follow it: every cue word of cueAt is
// rejected on its first two bytes by this test before the call (t-r for
// "trước", "trong"; c-h; m-u; đ and its second byte; d-ế/ị/ề, e, i; k-h,
// ể, e; h-ằ, à, a; p-h; g-i; y-ê, e). TestCueStart checks it against
// cueAt.
var cueStart = func() (t [256]byteSet) {
	for first, next := range map[string]string{
		"tT": "r", "cC": "h", "mM": "u", "\xc4": "\x90\x91", "dD": "\xe1ei",
		"kK": "h\xe1e", "hH": "\xe1\xc3a", "pP": "h", "gG": "i", "yY": "\xc3e",
	} {
		for _, c := range []byte(first) {
			for _, n := range []byte(next) {
				t[c][n>>6] |= 1 << (n & 63)
			}
		}
	}
	return t
}()

// The classes of cueBreaks.
const (
	brkWord   = 1 // a byte that separates words: space, comma, bracket, dash
	brkClause = 2 // a byte that ends a clause: line end, ";", ":"
	brkStop   = 3 // a sentence end when a space follows: ".", "!", "?"
	brkQuote  = 4 // the first byte of a three-byte punctuation mark (U+2000–U+2FFF)
)

// cueBreaks classifies the bytes that end a word for scanCues; 0 for the
// bytes of words.
var cueBreaks = func() (t [256]uint8) {
	for _, c := range " \t,()\"'[]-/" {
		t[c] = brkWord
	}
	for _, c := range "\n;:" {
		t[c] = brkClause
	}
	for _, c := range ".!?" {
		t[c] = brkStop
	}
	t[0xE2] = brkQuote
	return t
}()

// cueAt returns the cue a word starting at s[i] gives, or 0. It is called
// on every word of a paragraph, so it rejects most words on their first
// two bytes.
func cueAt(s string, i int) cueKind {
	if i+2 >= len(s) {
		return 0
	}
	c, rest := s[i], s[i+1:]
	if c >= 'A' && c <= 'Z' {
		c |= 0x20
	}
	switch c {
	case 't': // trước, trong
		if rest[0] != 'r' {
			return 0
		}
		if hasWord(rest, "rước") || hasWord(rest, "ruoc") || hasWord(rest, "rong") {
			if timeWordAfter(s, i) {
				return cueDeadline
			}
		}
	case 'c': // chậm nhất, chủ trì
		if rest[0] != 'h' {
			return 0
		}
		if hasWord(rest, "hậm nhất") || hasWord(rest, "ham nhat") {
			return cueDeadline
		}
		if hasWord(rest, "hủ trì") || hasWord(rest, "hu tri") {
			return cueAssign
		}
	case 'm': // muộn nhất
		if rest[0] == 'u' && (hasWord(rest, "uộn nhất") || hasWord(rest, "uon nhat")) {
			return cueDeadline
		}
	case 0xC4, 'd': // đến hết, định kỳ, đề nghị
		if c == 0xC4 {
			if rest[0] != 0x90 && rest[0] != 0x91 {
				return 0
			}
			rest = rest[1:]
		}
		switch {
		case hasWord(rest, "ến hết") || hasWord(rest, "en het") || hasWord(rest, "ịnh kỳ") || hasWord(rest, "inh ky"):
			return cueDeadline
		case hasWord(rest, "ề nghị") || hasWord(rest, "e nghi"):
			return cueAssign
		}
	case 'k': // không quá, kể từ
		switch {
		case rest[0] == 'h' && (hasWord(rest, "hông quá") || hasWord(rest, "hong qua")):
			return cueDeadline
		case hasWord(rest, "ể từ") || hasWord(rest, "e tu"):
			return cueDeadlineBack
		}
	case 'h': // hằng, hàng + a period
		if (hasWord(rest, "ằng") || hasWord(rest, "àng") || hasWord(rest, "ang")) && periodWordAfter(s, i) {
			return cueDeadlineBack
		}
	case 'p': // phối hợp
		if rest[0] == 'h' && (hasWord(rest, "hối hợp") || hasWord(rest, "hoi hop")) {
			return cueAssign
		}
	case 'g': // giao
		if rest[0] == 'i' && hasWord(rest, "iao") {
			return cueAssign
		}
	case 'y': // yêu cầu
		if hasWord(rest, "êu cầu") || hasWord(rest, "eu cau") {
			return cueAssign
		}
	}
	return 0
}

// hasWord reports whether s starts with w followed by the end of a word.
// It is small enough to inline, so that the comparison with a constant w
// compiles to a few loads.
func hasWord(s, w string) bool {
	return len(s) >= len(w) && s[:len(w)] == w && !wordGoesOn(s, len(w))
}

// wordGoesOn reports whether a letter or digit is at s[i].
func wordGoesOn(s string, i int) bool {
	if i == len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// nextWordKey folds the word after the word at s[i] into buf: the key of
// the second word of "trong tháng 5", "hằng quý".
func nextWordKey(s string, i int, buf []byte) []byte {
	j := i
	for j < len(s) && s[j] != ' ' {
		j++
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	for j < len(s) && len(buf) < cap(buf) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		if f := vntext.FoldRune(r); f != vntext.Drop {
			buf = utf8.AppendRune(buf, f)
		}
		j += n
	}
	return buf
}

// timeWordAfter reports whether the word after "trước" or "trong" at s[i]
// may continue a deadline phrase: a number, or a word of time.
func timeWordAfter(s string, i int) bool {
	var a [12]byte
	k := nextWordKey(s, i, a[:0])
	if len(k) == 0 {
		return false
	}
	if k[0] >= '0' && k[0] <= '9' {
		return true
	}
	switch string(k) {
	case "ngay", "thang", "quy", "nam", "thoi", "vong", "hoac", "tuan", "nua", "hai", "ba", "bon", "muoi", "mot":
		return true
	}
	return false
}

// periodWordAfter reports whether "hằng" or "hàng" at s[i] is followed by
// a period of time: "hằng tháng", "hàng năm".
func periodWordAfter(s string, i int) bool {
	var a [8]byte
	switch string(nextWordKey(s, i, a[:0])) {
	case "tuan", "thang", "quy", "nam", "ngay":
		return true
	}
	return false
}

// mayHead is the cheap test before headAt: a name that opens a clause is
// capitalised ("Sở Y tế", "Bộ Công Thương", "Giám đốc …") or is a plural
// in lower case ("các sở, ban, ngành …", "những đơn vị …").
func mayHead(s string, i int) bool {
	c := s[i]
	switch {
	case c >= 'A' && c <= 'Z':
		return true
	case c == 'c':
		return hasWord(s[i:], "các") || hasWord(s[i:], "cac")
	case c == 'n':
		return hasWord(s[i:], "những") || hasWord(s[i:], "nhung")
	case c == 't':
		return hasWord(s[i:], "toàn") || hasWord(s[i:], "toan")
	case c >= utf8.RuneSelf:
		return startsUpper(s[i:])
	}
	return false
}

// headAt reports whether the words at s[i] may begin the name of a body or
// a title (see isHead, which decides on the tokens): a phrase of headList
// that is not the start of a longer verb ("Tổ chức", "Báo cáo"), written
// as the head is ("Sở", not "Số"); after "các", a kind of body.
func headAt(s string, i int) bool {
	var buf [48]byte
	// The first word alone rules most clauses out.
	if w := firstWordKey(s, i, buf[:0:16]); len(w) == 0 {
		return false
	} else if _, ok := nameHeads[string(w)]; !ok {
		return false
	}
	var ends [3]int // the end of each word's key in buf
	var first string
	k, n := buf[:0], 0
	for j := i; j < len(s) && n < len(ends); {
		r, size := utf8.DecodeRuneInString(s[j:])
		glued := len(k) > 0 && k[len(k)-1] != ' ' && r >= 'A' && r <= 'Z' // "BộCông"
		if !isWordRune(r) || glued {
			if len(k) == 0 || k[len(k)-1] == ' ' {
				break
			}
			ends[n] = len(k)
			if n == 0 {
				first = s[i:j]
			}
			n++
			if !glued && r != ' ' || len(k)+1 >= cap(k) {
				break
			}
			k = append(k, ' ')
			if !glued {
				j += size
			}
			continue
		}
		if f := vntext.FoldRune(r); f != vntext.Drop && len(k) < cap(k)-utf8.UTFMax {
			k = utf8.AppendRune(k, f)
		}
		j += size
		if j == len(s) && n < len(ends) {
			ends[n] = len(k)
			if n == 0 {
				first = s[i:j]
			}
			n++
		}
	}
	if n == 0 {
		return false
	}
	h, v := 0, 0 // words of the longest head and verb phrases
	for w := 1; w <= n; w++ {
		if _, ok := headSet[string(k[:ends[w-1]])]; ok {
			h = w
		}
		if _, ok := verbSet[string(k[:ends[w-1]])]; ok {
			v = w
		}
	}
	if h == 0 || v > h {
		return false
	}
	key := string(k[:ends[0]])
	if form, ok := headForms[key]; ok && !writtenAs(first, form) {
		return false
	}
	switch key {
	case "cac", "nhung", "toan":
		if n < 2 {
			return false
		}
		if _, ok := collectiveSet[string(k[ends[h-1]+1:ends[h]])]; ok {
			return true
		}
		if n == 3 {
			_, ok := collectiveSet[string(k[ends[h-1]+1:ends[2]])]
			return ok
		}
		return false
	}
	return true
}

// firstWordKey appends to buf the key of the word at s[i], up to a capital
// inside it ("Bộ" of "BộCông").
func firstWordKey(s string, i int, buf []byte) []byte {
	for j := i; j < len(s); {
		c := s[j]
		if j > i && c >= 'A' && c <= 'Z' {
			break
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if !isWordRune(r) {
			break
		}
		if f := vntext.FoldRune(r); f != vntext.Drop && len(buf)+utf8.UTFMax <= cap(buf) {
			buf = utf8.AppendRune(buf, f)
		}
		j += n
	}
	return buf
}

// maxPhrase bounds, in bytes, the text after a cue that may belong to its
// deadline phrase; the longest common phrase ("trong thời hạn
// 15 ngày làm việc kể từ ngày nhận được văn bản này") is some 75 bytes.
const maxPhrase = 240

// shortText is the length below which a paragraph is read whole by
// deadline.Extract: a heading in capitals, which scanCues does not read.
const shortText = 96

// extractDeadlines returns the deadline phrases of s as deadline.Extract
// would, reading only windows around the cues of scanCues. cues must be
// those of s.
func extractDeadlines(s string, cues []cue) []deadline.Match {
	if len(s) <= shortText {
		return deadline.Extract(s)
	}
	var out []deadline.Match
	ws, we := -1, -1 // the current window
	flush := func() {
		if ws < 0 {
			return
		}
		for _, m := range deadline.Extract(s[ws:we]) {
			m.Start += ws
			m.End += ws
			if n := len(out); n == 0 || m.Start >= out[n-1].End {
				out = append(out, m)
			}
		}
		ws, we = -1, -1
	}
	for _, c := range cues {
		if c.kind != cueDeadline && c.kind != cueDeadlineBack {
			continue
		}
		a := c.pos
		if c.kind == cueDeadlineBack {
			a = wordsBack(s, a, 5)
		} else if a >= 5 && (s[a-5:a] == "ngay " || s[a-5:a] == "Ngay ") {
			a -= 5 // "ngay trong ngày"
		}
		b := clauseEnd(s, c.pos, c.pos+maxPhrase)
		if ws >= 0 && a <= we {
			we = max(we, b)
			continue
		}
		flush()
		ws, we = a, b
	}
	flush()
	return out
}

// wordsBack returns the start of the n-th word before i, not crossing a
// clause break.
func wordsBack(s string, i, n int) int {
	j := i
	for n > 0 && j > 0 {
		k := j - 1
		for k > 0 && s[k] == ' ' {
			k--
		}
		if strings.IndexByte(";:\n", s[k]) >= 0 || (s[k] == '.' && k+1 < len(s) && s[k+1] == ' ') {
			break
		}
		for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
			k--
		}
		j = k
		n--
	}
	return j
}

// clauseEnd returns the end of the clause from i: the next ";", line end
// or sentence end, or limit.
func clauseEnd(s string, i, limit int) int {
	limit = min(limit, len(s))
	if j := clauseStop(s, i, limit, false); j >= 0 {
		return j
	}
	if limit < len(s) {
		// Do not cut a word in two.
		for limit > i && s[limit] != ' ' {
			limit--
		}
	}
	return limit
}

// clauseStop returns the first j in [i, end) where a clause stops: a ";",
// a line break, a ":" when colon is set, or a sentence end (a period before
// a space, a slash or the end of s); or -1. It looks for each byte with
// strings.IndexByte, which tests many bytes at once, each search only as
// far as the nearest stop found so far.
func clauseStop(s string, i, end int, colon bool) int {
	if i >= end {
		return -1
	}
	stop := end
	for _, c := range [...]byte{';', '\n', ':'} {
		if c == ':' && !colon {
			continue
		}
		if k := strings.IndexByte(s[i:stop], c); k >= 0 {
			stop = i + k
		}
	}
	for j := i; j < stop; j++ {
		k := strings.IndexByte(s[j:stop], '.')
		if k < 0 {
			break
		}
		j += k
		if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '/' {
			return j
		}
	}
	if stop < end {
		return stop
	}
	return -1
}
