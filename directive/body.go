package directive

import (
	"strings"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
	"github.com/vanban-go/vanban/legalref"
)

// Body is the content of a document (nội dung, Phụ lục I, Phần I, mục
// II.6), split the way a reader of a directive reads it: the opening that
// gives the grounds and the context, the items that say what to do, the
// closing that asks for compliance and reports, and any notes after the
// end mark "./.".
type Body struct {
	// Opening are the paragraphs before the first item: căn cứ, context,
	// the sentence that introduces the items.
	Opening []Paragraph `json:"opening,omitempty"`
	// Items are the numbered items in order, sub-items nested. A document
	// without numbered items has one unnumbered Item per directive
	// paragraph (after the sentence ending in ":" that introduces them).
	Items []Item `json:"items,omitempty"`
	// Closing are the paragraphs after the items: "Trên đây là …", "Văn
	// phòng Chính phủ xin thông báo …".
	Closing []Paragraph `json:"closing,omitempty"`
	// Notes are the paragraphs after the end mark "./.": enclosures
	// ("Đính kèm …").
	Notes []Paragraph `json:"notes,omitempty"`
}

// Paragraph is one paragraph of the body with the documents it cites.
type Paragraph struct {
	// Text is the paragraph without its item marker, lines joined, a
	// paragraph cut by a page break mended.
	Text string `json:"text"`
	// Refs are the documents Text cites (legalref.Extract), with byte
	// offsets into Text.
	Refs []legalref.Match `json:"refs,omitempty"`
}

// Item is a numbered item of the body: "1.", "a)", "Điều 2.", "II.".
type Item struct {
	// Marker is the marker as printed: "1.", "a)", "Điều 2.", "II."; empty
	// for an unnumbered directive paragraph.
	Marker string `json:"marker,omitempty"`
	// Number is the number in the marker: "1", "a", "2", "II", "1.2".
	Number string `json:"number,omitempty"`
	// Paragraphs are the item's own paragraphs; the first follows the
	// marker.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Items are the sub-items ("1." under "I.", "a)" under "1.").
	Items []Item `json:"items,omitempty"`
}

// marker is an item marker read at the start of a paragraph.
type marker struct {
	rank   int    // nesting rank: 1 "Điều"/Roman, 2.. Arabic by depth, 6 letters; 0 none
	text   string // as printed, without the space after it
	number string
	rest   string // the paragraph after the marker
}

// readMarker reads an item marker at the start of s.
func readMarker(s string) marker {
	// "Điều 3.", "Điều 3:", "Điều 3 "
	if strings.HasPrefix(s, "Điều ") {
		i := len("Điều ")
		j := i
		for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > i {
			end := j
			if end < len(s) && (s[end] == '.' || s[end] == ':') {
				end++
			}
			if end == len(s) || s[end] == ' ' {
				return marker{rank: 1, text: s[:end], number: s[i:j], rest: strings.TrimLeft(s[end:], " ")}
			}
		}
		return marker{}
	}
	// Roman numerals "I.", "IV."
	j := 0
	for j < len(s) && j < 6 && strings.IndexByte("IVXL", s[j]) >= 0 {
		j++
	}
	if j > 0 && j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' && isRoman(s[:j]) {
		return marker{rank: 1, text: s[:j+1], number: s[:j], rest: strings.TrimLeft(s[j+1:], " ")}
	}
	// Arabic "1.", "1)", "1.2.", "1.2"
	j = 0
	depth := 0
	for depth < 4 {
		k := j
		for k < len(s) && k-j < 2 && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			break
		}
		depth++
		j = k
		if j < len(s) && s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	if depth > 0 && j < len(s) {
		end := j
		if s[end] == '.' || s[end] == ')' || (s[end] == '/' && depth == 1) {
			// "1.", "1)", and "1/" as some offices number.
			end++
		} else if depth == 1 {
			return marker{}
		}
		if end < len(s) && s[end] == ' ' && end+1 < len(s) {
			return marker{rank: 1 + depth, text: s[:end], number: strings.TrimRight(s[:end], ".)/"), rest: strings.TrimLeft(s[end:], " ")}
		}
		return marker{}
	}
	// Letters "a)", "đ)" (Phụ lục I, Phần I, mục II.6.đ), and "a." as some
	// offices write them.
	r, n := utf8.DecodeRuneInString(s)
	if n > 0 && n < len(s) && (s[n] == ')' || s[n] == '.') && isItemLetter(r) && n+2 < len(s) && s[n+1] == ' ' {
		return marker{rank: 6, text: s[:n+1], number: s[:n], rest: strings.TrimLeft(s[n+1:], " ")}
	}
	return marker{}
}

// isItemLetter reports whether r is a letter of the Vietnamese alphabet used
// to number points (a, b, c, d, đ, e, …).
func isItemLetter(r rune) bool {
	return r == 'đ' || (r >= 'a' && r <= 'y' && r != 'f' && r != 'j' && r != 'w' && r != 'z')
}

// isRoman reports whether s is a Roman numeral from I to XXXIX.
func isRoman(s string) bool {
	rest := s
	for _, r := range [...]string{"XXX", "XX", "X"} {
		if strings.HasPrefix(rest, r) {
			rest = rest[len(r):]
			break
		}
	}
	switch rest {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return s != ""
	}
	return false
}

// body reads the body from the pieces [from, to).
func (p *parser) body(from, to int) {
	paras := p.paragraphs(from, to)
	b := &p.doc.Body
	// Notes after the end mark "./.".
	end := -1
	for i := len(paras) - 1; i >= 0; i-- {
		if strings.HasSuffix(paras[i], "./.") {
			end = i
			break
		}
	}
	if end >= 0 {
		for _, t := range paras[end+1:] {
			b.Notes = append(b.Notes, paragraph(t))
		}
		paras = paras[:end+1]
	}
	first := -1
	for i, t := range paras {
		if readMarker(t).rank > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		p.unnumbered(paras)
		return
	}
	b.Opening = paragraphsOf(paras[:first])
	// The closing starts at the first unnumbered paragraph after the items
	// that reads as a closing, or is the last paragraph, unnumbered and
	// ending in "./.".
	closing := len(paras)
	for i := first + 1; i < len(paras); i++ {
		if readMarker(paras[i]).rank == 0 && closingCue(paras[i]) {
			closing = i
			break
		}
	}
	if last := len(paras) - 1; closing == len(paras) && last > first &&
		readMarker(paras[last]).rank == 0 && strings.HasSuffix(paras[last], "./.") {
		closing = last
	}
	// The items' paragraphs share one array: each item holds the run from
	// its marker to the next, capped so that appending to one copies it.
	all := make([]Paragraph, 0, closing-first)
	flat := make([]flatItem, 0, closing-first)
	for _, t := range paras[first:closing] {
		if m := readMarker(t); m.rank > 0 {
			all = append(all, paragraph(m.rest))
			flat = append(flat, flatItem{rank: m.rank, marker: m.text, number: m.number, paras: all[len(all)-1 : len(all) : len(all)]})
		} else {
			all = append(all, paragraph(t))
			last := &flat[len(flat)-1]
			last.paras = all[len(all)-len(last.paras)-1 : len(all) : len(all)]
		}
	}
	b.Items = buildItems(flat)
	b.Closing = paragraphsOf(paras[closing:])
}

// paragraphsOf returns the paragraphs of the texts ts, nil for none.
func paragraphsOf(ts []string) []Paragraph {
	if len(ts) == 0 {
		return nil
	}
	out := make([]Paragraph, len(ts))
	for i, t := range ts {
		out[i] = paragraph(t)
	}
	return out
}

// unnumbered splits a body without numbered items: the opening runs to the
// paragraph ending in ":" that introduces the directives (or over the
// paragraphs that give grounds), each following paragraph is an unnumbered
// item, and the closing starts at the first paragraph that reads as one.
func (p *parser) unnumbered(paras []string) {
	b := &p.doc.Body
	open := 0
	for i, t := range paras {
		if strings.HasSuffix(t, ":") && i < len(paras)-1 {
			open = i + 1
			break
		}
	}
	// A closing formula ("Trân trọng./.") is no directive: the opening
	// stops before the last paragraph that is not one.
	end := len(paras)
	for end > 0 && closingFormula(paras[end-1]) {
		end--
	}
	if open == 0 {
		for open < end-1 && openingCue(paras[open]) {
			open++
		}
	}
	closing := len(paras)
	for i := open; i < len(paras); i++ {
		if closingCue(paras[i]) {
			closing = i
			break
		}
	}
	for _, t := range paras[:open] {
		b.Opening = append(b.Opening, paragraph(t))
	}
	for _, t := range paras[open:closing] {
		b.Items = append(b.Items, Item{Paragraphs: []Paragraph{paragraph(t)}})
	}
	for _, t := range paras[closing:] {
		b.Closing = append(b.Closing, paragraph(t))
	}
}

// openingCue reports whether a paragraph gives grounds or context rather
// than a directive: "Căn cứ …", "Thực hiện Công văn số …", "Xét đề nghị …".
func openingCue(t string) bool {
	for _, c := range [...]string{"can cu", "xet", "theo de nghi", "tiep theo", "tiep nhan", "nhan duoc",
		"tren co so", "thuc hien cong van", "thuc hien chi thi", "thuc hien thong bao", "thuc hien ke hoach",
		"thuc hien quyet dinh", "thuc hien y kien", "phuc dap", "tra loi", "sau khi"} {
		if keyHasPrefix(t, c) {
			return true
		}
	}
	return false
}

// closingCue reports whether a paragraph closes the body: "Trên đây là
// …", "Trong quá trình thực hiện …", "… xin thông báo để … biết".
func closingCue(t string) bool {
	for _, c := range [...]string{"tren day", "trong qua trinh", "qua trinh thuc hien"} {
		if keyHasPrefix(t, c) {
			return true
		}
	}
	if closingFormula(t) {
		return true
	}
	if !hasBao(t) {
		return false
	}
	k := vntext.Key(t)
	return containsWord(k, "thong bao de") || containsWord(k, "xin thong bao") || containsWord(k, "thong bao y kien")
}

// closingFormula reports whether a paragraph is a closing formula of
// courtesy, which asks nothing of anyone: "Trân trọng./.", "Trân trọng!",
// "Trân trọng kính chào", "Trân trọng cảm ơn …", "Xin cảm ơn …", "Xin chân
// thành cảm ơn …" (the words a công văn ends with before its end mark,
// Nghị định 30/2020/NĐ-CP Phụ lục III, Mẫu 1.5). "Trân trọng đề nghị …"
// asks, and is not one.
func closingFormula(t string) bool {
	if len(t) > 300 || !keyHasPrefix(t, "tran trong") && !keyHasPrefix(t, "xin") && !keyHasPrefix(t, "chan thanh") {
		return false
	}
	k := strings.TrimRight(vntext.Key(t), " ./!;,")
	switch k {
	case "tran trong", "tran trong kinh chao", "tran trong cam on", "xin tran trong cam on", "xin cam on", "xin chan thanh cam on", "chan thanh cam on":
		return true
	}
	for _, c := range [...]string{"tran trong cam on ", "xin tran trong cam on ", "xin cam on ", "xin chan thanh cam on ", "chan thanh cam on "} {
		if strings.HasPrefix(k, c) {
			return true
		}
	}
	return false
}

// hasBao reports whether s has the word "báo" in any case, with or without
// its accent: a cheap test before folding a whole paragraph to look for
// "thông báo" or "báo cáo".
func hasBao(s string) bool { return hasBaoAt(s, 'b') || hasBaoAt(s, 'B') }

// hasBaoAt looks for "báo" from each b (the byte 'b' or 'B') of s, found by
// byte search.
func hasBaoAt(s string, b byte) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], b)
		if k < 0 {
			return false
		}
		j := i + k + 1
		i = j
		switch {
		case j < len(s) && (s[j] == 'a' || s[j] == 'A'):
			j++
		case j+1 < len(s) && s[j] == 0xC3 && (s[j+1] == 0xA1 || s[j+1] == 0x81): // á Á
			j += 2
		default:
			continue
		}
		if j < len(s) && (s[j] == 'o' || s[j] == 'O') {
			return true
		}
	}
}

// flatItem is an item before nesting.
type flatItem struct {
	rank   int
	marker string
	number string
	paras  []Paragraph
}

// buildItems nests items by rank: an item holds the items of higher rank
// that follow it.
func buildItems(flat []flatItem) []Item {
	n := 0 // the items at this level
	for i := 0; i < len(flat); n++ {
		j := i + 1
		for j < len(flat) && flat[j].rank > flat[i].rank {
			j++
		}
		i = j
	}
	if n == 0 {
		return nil
	}
	out := make([]Item, 0, n)
	for i := 0; i < len(flat); {
		j := i + 1
		for j < len(flat) && flat[j].rank > flat[i].rank {
			j++
		}
		out = append(out, Item{
			Marker:     flat[i].marker,
			Number:     flat[i].number,
			Paragraphs: flat[i].paras,
			Items:      buildItems(flat[i+1 : j]),
		})
		i = j
	}
	return out
}

// paragraph builds a Paragraph with the references its text cites.
func paragraph(t string) Paragraph {
	return Paragraph{Text: t, Refs: legalref.Extract(t)}
}

// paragraphs joins the lines of the pieces [from, to) into paragraphs. A
// blank line ends a paragraph unless the next line continues a sentence cut
// by a page break (it starts in lower case after a line without closing
// punctuation); lines that follow each other join when the first does not
// end a sentence and the second opens no item.
func (p *parser) paragraphs(from, to int) []string {
	paras := make([]string, 0, 16)
	// cur holds the paragraph being read as its lines and the separators
	// between them; most paragraphs are one line, kept without a copy.
	cur := make([]string, 0, 8)
	blank := false
	lastLong := false // the last line added to cur has wrapWidth runes or more
	flush := func() {
		if len(cur) > 0 {
			t := cur[0]
			if len(cur) > 1 {
				t = strings.Join(cur, "")
			}
			if t := strings.TrimSpace(t); t != "" && !isDecoration(t) {
				paras = append(paras, t)
			}
			cur = cur[:0]
		}
	}
	for i := from; i < to; {
		// One source line: its pieces joined.
		line := p.pieces[i].line
		var t string
		if i+1 >= to || p.pieces[i+1].line != line {
			t = p.pieces[i].text // one piece: no copy
			i++
		} else {
			var lb strings.Builder
			for ; i < to && p.pieces[i].line == line; i++ {
				if t := p.pieces[i].text; t != "" {
					if lb.Len() > 0 {
						lb.WriteByte(' ')
					}
					lb.WriteString(t)
				}
			}
			t = lb.String()
		}
		if t == "" || isDecoration(t) {
			blank = true
			continue
		}
		if t == "./." && len(cur) > 0 {
			cur = append(cur, "./.")
			continue
		}
		if len(cur) > 0 {
			// The paragraph so far ends as its last line does: a line
			// that is all closing quotes and brackets trims back to the
			// separator before it, or to nothing, and ends no sentence
			// either way.
			ended := endsTerminal(cur[len(cur)-1])
			join := false
			if blank {
				join = !ended && startsLower(t) && !isUpperText(cur...) && readMarker(t).rank == 0
			} else {
				// A line wrapped by the page is long, or goes on in lower
				// case; a short line without punctuation is a heading
				// ("2. Yêu cầu").
				join = !ended && readMarker(t).rank == 0 && !startsDash(t) &&
					!isUpperText(cur...) && !isUpperText(t) && (startsLower(t) || lastLong)
			}
			if join {
				cur = append(cur, " ", t)
				blank = false
				lastLong = longLine(t)
				continue
			}
			flush()
		}
		cur = append(cur, t)
		blank = false
		lastLong = longLine(t)
	}
	flush()
	return paras
}

// longLine reports whether t has wrapWidth runes or more, counting them
// only when its length in bytes leaves it in doubt.
func longLine(t string) bool {
	return len(t) >= utf8.UTFMax*wrapWidth || len(t) >= wrapWidth && runeLen(t) >= wrapWidth
}

// wrapWidth is the shortest line, in runes, that a page or a PDF extractor
// wraps: a line of a paragraph set at 13–14 points on an A4 page holds some
// 80–95 characters; a shorter line without closing punctuation is taken for
// a heading.
const wrapWidth = 60
