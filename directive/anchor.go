package directive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/internal/vntext"
)

// This file finds the fixed components of a document's heading inside one
// piece of text, where web and PDF extraction may have run several of them
// together ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:
// 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011").

// word is one word of a piece: its byte span and its key.
type word struct {
	start, end int
	key        string
}

// splitWords returns the words of s: runs of letters and digits, compared
// by their key (vntext.FoldRune). Punctuation separates words. The words are
// appended to buf[:0], and the keys share one string, so a piece costs one
// allocation when buf has room.
func splitWords(s string, buf []word) []word {
	ws := buf[:0]
	var kb [256]byte
	k := kb[:0]
	type span struct{ ks, ke int }
	var spans [32]span
	sp := spans[:0]
	start := -1
	ks := 0
	for i := 0; i < len(s); {
		f, n := rune(s[i]), 1
		if f < utf8.RuneSelf {
			// wordRune of ASCII, inline.
			if 'A' <= f && f <= 'Z' {
				f += 'a' - 'A'
			}
			if !isKeyAlnum(byte(f)) {
				f = noWord
			}
		} else {
			f, n = wordRune(s, i)
		}
		switch {
		case f == vntext.Drop:
			// a combining mark continues the word
		case f == noWord:
			if start >= 0 {
				ws = append(ws, word{start: start, end: i})
				sp = append(sp, span{ks, len(k)})
				start = -1
			}
		default:
			if start < 0 {
				start = i
				ks = len(k)
			}
			k = utf8.AppendRune(k, f)
		}
		i += n
	}
	if start >= 0 {
		ws = append(ws, word{start: start, end: len(s)})
		sp = append(sp, span{ks, len(k)})
	}
	keys := string(k)
	for j := range ws {
		ws[j].key = keys[sp[j].ks:sp[j].ke]
	}
	return ws
}

// noWord is what wordRune returns for a rune that separates words.
const noWord rune = -2

// wordRune decodes the rune at s[i] for splitWords and returns its key
// form and its length: a letter or digit folded (vntext.FoldRune),
// vntext.Drop for a mark that continues a word, or noWord.
func wordRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		// ASCII folds to itself, lower-cased.
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isKeyAlnum(c) {
			return rune(c), 1
		}
		return noWord, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	f := vntext.FoldRune(r)
	if f == vntext.Drop || f < utf8.RuneSelf && isKeyAlnum(byte(f)) || unicode.IsLetter(f) || unicode.IsDigit(f) {
		return f, n
	}
	return noWord, n
}

// wordEnd returns the end of the n-th word of s (n ≥ 1, as splitWords
// splits s), or -1 if s has fewer words.
func wordEnd(s string, n int) int {
	in := false
	for i := 0; i < len(s); {
		f, size := wordRune(s, i)
		switch {
		case f == vntext.Drop:
		case f == noWord:
			if in {
				if n--; n == 0 {
					return i
				}
				in = false
			}
		default:
			in = true
		}
		i += size
	}
	if in && n == 1 {
		return len(s)
	}
	return -1
}

// findPhrase returns the index of the first word of the phrase (keys) in ws
// at or after from, or -1.
func findPhrase(ws []word, from int, phrase []string) int {
	for i := from; i+len(phrase) <= len(ws); i++ {
		ok := true
		for j, p := range phrase {
			if ws[i+j].key != p {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

var (
	phraseNational = []string{"cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"}
	phraseMotto    = []string{"doc", "lap", "tu", "do", "hanh", "phuc"}
	phraseParty    = []string{"dang", "cong", "san", "viet", "nam"}
)

// partKind is what a part of a heading piece is.
type partKind uint8

const (
	partText     partKind = iota // anything else
	partNational                 // quốc hiệu
	partMotto                    // tiêu ngữ
	partParty                    // ĐẢNG CỘNG SẢN VIỆT NAM
	partNumber                   // "Số: 491/UBND-KGVX"
	partDate                     // "Kiên Giang, ngày 20 tháng 4 năm 2021"
	partVv                       // "V/v …"
	partKinhGui                  // "Kính gửi: …"
)

// part is one component found in a piece.
type part struct {
	kind partKind
	text string // the part as printed
	// partNumber: the symbol after "Số"; partDate: the place;
	// partVv, partKinhGui: the text after the label.
	value string
	day   date.Date // partDate: the date; zero if invalid
	label string    // partNumber: "Số:" as printed; partVv: "V/v" as printed
	at    int       // partVv: byte offset of the part in its piece
}

// headingParts splits a piece of the heading, whose words are ws
// (splitWords), into its components, in order, appended to parts. Text
// between components is returned as partText.
func headingParts(s string, ws []word, parts []part) []part {
	pos := 0 // bytes of s consumed
	addText := func(end int) {
		if t := strings.Trim(s[pos:end], " ,;"); t != "" && !isDecoration(t) {
			parts = append(parts, part{kind: partText, text: t})
		}
	}
	for i := 0; i < len(ws); {
		w := ws[i]
		if w.start < pos {
			i++
			continue
		}
		switch {
		case w.key == "cong" && findPhrase(ws[i:i+min(len(ws)-i, len(phraseNational))], 0, phraseNational) == 0:
			end := ws[i+len(phraseNational)-1].end
			addText(w.start)
			parts = append(parts, part{kind: partNational, text: s[w.start:end]})
			pos, i = end, i+len(phraseNational)
			continue
		case w.key == "doc" && findPhrase(ws[i:i+min(len(ws)-i, len(phraseMotto))], 0, phraseMotto) == 0:
			end := ws[i+len(phraseMotto)-1].end
			addText(w.start)
			parts = append(parts, part{kind: partMotto, text: s[w.start:end]})
			pos, i = end, i+len(phraseMotto)
			continue
		case w.key == "dang" && findPhrase(ws[i:i+min(len(ws)-i, len(phraseParty))], 0, phraseParty) == 0 &&
			isUpperText(s[w.start:ws[i+len(phraseParty)-1].end]):
			end := ws[i+len(phraseParty)-1].end
			addText(w.start)
			parts = append(parts, part{kind: partParty, text: s[w.start:end]})
			pos, i = end, i+len(phraseParty)
			continue
		case w.key == "so" && (strings.HasPrefix(s[w.start:], "Số") || strings.HasPrefix(s[w.start:], "SỐ")):
			if p, end, ok := readNumberPart(s, w.start); ok {
				addText(w.start)
				parts = append(parts, p)
				pos = end
				i++
				if strings.HasPrefix(s[end:], "V/v") {
					// "2597/VPCP-NCV/v …": the trích yếu glued to the symbol.
					for i < len(ws) && ws[i].start < end+len("V/v") {
						i++
					}
					vend := len(s)
					if d, start := findDate(s, ws, i, end); d.kind == partDate && d.value != "" && d.day != 0 {
						vend = start
					}
					label, rest := splitVv(s[end:vend])
					parts = append(parts, part{kind: partVv, text: strings.TrimSpace(s[end:vend]), value: rest, label: label, at: end})
					pos = vend
					for i < len(ws) && ws[i].start < pos {
						i++
					}
				}
				continue
			}
		case w.key == "v" && i+1 < len(ws) && ws[i+1].key == "v" && isVv(s[w.start:]) && strings.TrimSpace(s[pos:w.start]) == "":
			addText(w.start)
			// The trích yếu runs to the place-and-date, if the piece has one.
			end := len(s)
			if d, start := findDate(s, ws, i+2, w.start); d.kind == partDate && d.value != "" && d.day != 0 {
				end = start
			}
			label, rest := splitVv(s[w.start:end])
			parts = append(parts, part{kind: partVv, text: strings.TrimSpace(s[w.start:end]), value: rest, label: label, at: w.start})
			pos = end
			for i < len(ws) && ws[i].start < pos {
				i++
			}
			continue
		case w.key == "ve" && i == 0 && len(ws) > 2 && ws[1].key == "viec" && startsUpper(s):
			// "Về việc …" where a công văn should have "V/v …".
			parts = append(parts, part{kind: partVv, text: s, value: strings.TrimLeft(s[ws[1].end:], " :"), label: s[:ws[1].end]})
			return parts
		case w.key == "kinh" && i+1 < len(ws) && ws[i+1].key == "gui" && strings.TrimSpace(s[pos:w.start]) == "":
			rest := strings.TrimLeft(s[ws[i+1].end:], " :.")
			addText(w.start)
			parts = append(parts, part{kind: partKinhGui, text: s[w.start:], value: rest})
			return parts
		case w.key == "ngay":
			if d, start := dateAt(s, ws, i, pos); d.kind == partDate {
				addText(start)
				parts = append(parts, d)
				pos = start + len(d.text)
				for i < len(ws) && ws[i].start < pos {
					i++
				}
				continue
			}
		}
		i++
	}
	addText(len(s))
	return parts
}

// isVv reports whether s starts with the "V/v" (về việc) label of a công
// văn's trích yếu, in any case: "V/v", "v/v", "V/V", "V/v:".
func isVv(s string) bool {
	if len(s) < 3 || (s[0] != 'V' && s[0] != 'v') || s[1] != '/' || (s[2] != 'V' && s[2] != 'v') {
		return false
	}
	return len(s) == 3 || !isKeyAlnum(s[3]|0x20)
}

// splitVv splits "V/v: Thành lập …" into its label "V/v:" and the text.
func splitVv(s string) (label, rest string) {
	i := 3
	for i < len(s) && (s[i] == ':' || s[i] == '.' || s[i] == ' ') {
		i++
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
}

// readNumberPart reads the "Số" line at s[i:]: "Số: 491 /UBND-KGVX",
// "Số 135-TB/VPTU", "Số: /UBND-VP" (a blank template). It returns the part
// and the end of the symbol.
func readNumberPart(s string, i int) (part, int, bool) {
	j := i + len("Số")
	if !strings.HasPrefix(s[i:], "Số") && !strings.HasPrefix(s[i:], "SỐ") {
		return part{}, 0, false
	}
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == ':' || s[k] == '.') {
		k++
	}
	label := strings.TrimRight(s[i:k], " ")
	if k == len(s) {
		return part{}, 0, false
	}
	c := s[k]
	if !(c >= '0' && c <= '9') && c != '/' {
		return part{}, 0, false
	}
	// Read the symbol: letters, digits and separators, a space allowed only
	// next to a separator ("491 /UBND-KGVX", "TT- BNV").
	end := k
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || vntext.FoldRune(r) == vntext.Drop:
			end += n
		case r == '/' || r == '-' || r == '–' || r == '&' || r == '.' || r == '_':
			end += n
		case r == ' ':
			prev, _ := utf8.DecodeLastRuneInString(s[:end])
			next, _ := utf8.DecodeRuneInString(s[end+1:])
			if prev == '/' || prev == '-' || prev == '–' || next == '/' || next == '-' || next == '–' {
				end += n
				continue
			}
			goto done
		default:
			goto done
		}
	}
done:
	// "2597/VPCP-NCV/v …": the "V/v" of the trích yếu glued to the symbol.
	if v := strings.Index(s[k:end], "V/v"); v > 0 {
		end = k + v
	}
	sym := strings.TrimRight(s[k:end], " .-–/")
	end = k + len(sym)
	return part{kind: partNumber, text: s[i:end], value: sym, label: label}, end, true
}

// findDate finds the place-and-date at word index from of ws:
// "ngày 20 tháng 4 năm 2021" and the place before it, which starts at or
// after the byte offset floor. It returns a part of kind partDate and its
// start, or a zero part.
func findDate(s string, ws []word, from, floor int) (part, int) {
	for i := from; i+3 < len(ws); i++ {
		if ws[i].key != "ngay" {
			continue
		}
		if p, start, ok := numericDate(s, ws, i, floor); ok && p.value != "" {
			// Only after a place: "Ngày 30-3-2021, Ban Thường vụ …" opens
			// a paragraph.
			return p, start
		}
		if i+5 >= len(ws) || ws[i+2].key != "thang" || ws[i+4].key != "nam" {
			continue
		}
		d, okd := atoiKey(ws[i+1].key, 2)
		m, okm := atoiKey(ws[i+3].key, 2)
		y, oky := atoiKey(ws[i+5].key, 4)
		if !okd || !okm || !oky || len(ws[i+5].key) != 4 {
			continue
		}
		place, pstart := placeBefore(s, ws, i, floor)
		end := ws[i+5].end
		p := part{kind: partDate, text: s[pstart:end], value: place}
		if dd, ok := civilDate(y, m, d); ok {
			p.day = dd
		}
		return p, pstart
	}
	return part{}, 0
}

// dateAt reads the place-and-date whose "ngày" is word i, and nothing
// further on.
func dateAt(s string, ws []word, i, floor int) (part, int) {
	if i+4 > len(ws) {
		return part{}, 0
	}
	return findDate(s, ws[:min(len(ws), i+6)], i, floor)
}

// numericDate reads "ngày 20/4/2021" (also with "-" or ".") at word i, a
// date written short where the heading should write it in full.
func numericDate(s string, ws []word, i, floor int) (part, int, bool) {
	sep := s[ws[i+1].end:ws[i+2].start]
	if sep != "/" && sep != "-" && sep != "." || s[ws[i+2].end:ws[i+3].start] != sep || len(ws[i+3].key) != 4 {
		return part{}, 0, false
	}
	d, ok1 := atoiKey(ws[i+1].key, 2)
	m, ok2 := atoiKey(ws[i+2].key, 2)
	y, ok3 := atoiKey(ws[i+3].key, 4)
	if !ok1 || !ok2 || !ok3 {
		return part{}, 0, false
	}
	place, pstart := placeBefore(s, ws, i, floor)
	p := part{kind: partDate, text: s[pstart:ws[i+3].end], value: place}
	if dd, ok := civilDate(y, m, d); ok {
		p.day = dd
	}
	return p, pstart, true
}

// placeBefore returns the place name before the word "ngày" at index i and
// the byte offset where the place starts: the run of capitalised words
// before it ("Kiên Giang", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"),
// back to the start of s or to a word of another kind, such as the
// all-capitals issuer name a PDF ran together with the place.
func placeBefore(s string, ws []word, i, floor int) (string, int) {
	start := ws[i].start
	caps := false // the place so far is printed in capitals
	for k := i - 1; k >= 0 && ws[k].start >= floor; k-- {
		w := s[ws[k].start:ws[k].end]
		between := s[ws[k].end:start]
		if strings.ContainsAny(between, ":;()/") || (k < i-1 && strings.Contains(between, ",")) {
			break
		}
		upper := isUpperText(w) || (len(w) == 1 && startsUpper(w))
		switch {
		case upper && strings.HasPrefix(between, "."):
			// an abbreviation: "TP. Hồ Chí Minh"
		case upper && (k == i-1 || caps):
			caps = true
		case upper:
			return placeFrom(s, start, ws[i].start)
		case startsUpper(w) && !caps:
		case (ws[k].key == "pho" || ws[k].key == "xa" || ws[k].key == "tran") && k > 0 &&
			startsUpper(s[ws[k-1].start:ws[k-1].end]) && !caps:
			// "Thành phố", "Thị xã", "Thị trấn"
		default:
			return placeFrom(s, start, ws[i].start)
		}
		start = ws[k].start
	}
	return placeFrom(s, start, ws[i].start)
}

func placeFrom(s string, start, ngay int) (string, int) {
	place := strings.Trim(s[start:ngay], " ,")
	if place == "" {
		return "", ngay
	}
	return place, start
}

// atoiKey reads a number of at most max digits.
func atoiKey(k string, max int) (int, bool) {
	if k == "" || len(k) > max {
		return 0, false
	}
	n := 0
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return 0, false
		}
		n = n*10 + int(k[i]-'0')
	}
	return n, true
}
