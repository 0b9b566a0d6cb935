package directive

import (
	"strconv"
	"strings"
)

// Format returns the document as plain text in the official layout of
// Nghị định 30/2020/NĐ-CP Phụ lục I (Hướng dẫn 36-HD/VPTW for a Party
// document), drawn in a fixed-width font: the issuing body and the số on
// the left and the quốc hiệu, tiêu ngữ and date on the right; the "V/v"
// trích yếu of a công văn under the số, or the type and trích yếu of a
// named document centred below; Kính gửi; the body; Nơi nhận on the left of
// the signing block. Days below 10 and the months 1 and 2 get their leading
// zero, the số and ký hiệu are written without spaces, lists end their
// lines with ";" and their last line with ".".
//
// Format prints the values, not how a parsed text printed them: Printed is
// ignored, Extra (lines that are no component of the document) is not
// printed, and neither are Tasks and Reports, which Parse derives from the
// body. Parse(d.Format()) returns a document equal to d when d.Printed and
// d.Extra are empty and d holds values Parse could have read; for any
// document d read by Parse, Format is stable: the document read back from
// d.Format() formats to the same text.
func (d *Document) Format() string {
	var b strings.Builder
	b.Grow(4096)

	// Heading: two columns.
	var left, right []string
	if d.Superior != "" {
		left = append(left, d.Superior)
	}
	if d.Organ != "" {
		left = append(left, splitOrganLine(d.Organ)...)
	}
	if d.Style == PartyStyle && len(left) > 0 {
		left = append(left, "*")
	}
	if d.Heading != "" {
		right = append(right, d.Heading)
	}
	if d.Motto != "" {
		right = append(right, d.Motto)
	}
	num := numberLine(d)
	dl := ""
	if d.Ref.Date != 0 {
		dl = dateLine(d.Place, d.Ref.Date)
	}
	width := 0
	for _, s := range append(left, num) {
		width = max(width, runeLen(s))
	}
	width += 4
	rows := max(len(left), len(right))
	rwidth := 0
	for _, s := range append(right, dl) {
		rwidth = max(rwidth, runeLen(s))
	}
	lwidth := width - 4
	for i := 0; i < rows; i++ {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
			if n := (lwidth - runeLen(l)) / 2; n > 0 {
				l = strings.Repeat(" ", n) + l
			}
		}
		if i < len(right) {
			r = right[i]
		}
		writeRow(&b, l, r, width, rwidth)
	}
	if num != "" || dl != "" {
		writeRow(&b, num, dl, width, rwidth)
	}
	if isCongVan(d) && d.Subject != "" {
		b.WriteString(subjectText(d))
		b.WriteByte('\n')
	}
	if stamps := d.stampLines(); len(stamps) > 0 {
		b.WriteByte('\n')
		for _, s := range stamps {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	if !isCongVan(d) && d.Ref.Type != "" {
		b.WriteByte('\n')
		center(&b, strings.ToUpper(d.Ref.Type), width+rwidth)
		if d.Subject != "" {
			center(&b, d.Subject, width+rwidth)
		}
		center(&b, "-----------", width+rwidth)
	}

	if lines := addresseeLines(d.Addressees); len(lines) > 0 {
		b.WriteByte('\n')
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}

	// Body.
	for _, p := range d.Body.Opening {
		writePara(&b, "", p.Text)
	}
	for i := range d.Body.Items {
		writeItem(&b, &d.Body.Items[i])
	}
	for _, p := range d.Body.Closing {
		writePara(&b, "", p.Text)
	}
	for _, p := range d.Body.Notes {
		writePara(&b, "", p.Text)
	}

	// Nơi nhận and the signing block: two columns.
	left = left[:0]
	if len(d.CopyTo) > 0 || !d.Archive.IsZero() {
		left = append(left, "Nơi nhận:")
		sep := ";"
		if d.Style == PartyStyle {
			// Party lists end their lines with a comma (Hướng dẫn
			// 36-HD/VPTW, ô số 9b).
			sep = ","
		}
		for i, r := range d.CopyTo {
			end := sep
			if i == len(d.CopyTo)-1 && d.Archive.IsZero() {
				end = "."
			}
			left = append(left, "- "+recipientText(r)+end)
		}
		if !d.Archive.IsZero() {
			left = append(left, archiveLine(d.Archive, d.Style))
		}
	}
	right = signatureLines(d.Signature)
	if d.Signature.Name != "" {
		right = append(right, "", "", d.Signature.Name)
	}
	if len(left) > 0 || len(right) > 0 {
		b.WriteByte('\n')
		width = 0
		for _, s := range left {
			width = max(width, runeLen(s))
		}
		width += 4
		rwidth = 0
		for _, s := range right {
			rwidth = max(rwidth, runeLen(s))
		}
		for i := 0; i < max(len(left), len(right)); i++ {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			writeRow(&b, l, r, width, rwidth)
		}
	}
	return b.String()
}

// adminWords start the name of an administrative unit inside an issuer's
// name: Format breaks "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" before "TỈNH", as the
// heading is laid out.
var adminWords = []string{"TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "XÃ ", "PHƯỜNG ", "THỊ TRẤN "}

// splitOrganLine splits an issuer's name into the lines of the heading.
func splitOrganLine(s string) []string {
	for _, w := range adminWords {
		if i := strings.Index(s, " "+w); i > 0 && !strings.HasPrefix(s[i+1:], "TỈNH ỦY") &&
			isUpperText(s[:i]) && isUpperText(s[i+1:]) {
			return []string{s[:i], s[i+1:]}
		}
	}
	return []string{s}
}

// writeRow writes one line of two columns: l padded to width, then r
// centred in rwidth. Trailing spaces are dropped.
func writeRow(b *strings.Builder, l, r string, width, rwidth int) {
	line := l
	if r != "" {
		pad := width - runeLen(l)
		pad += (rwidth - runeLen(r)) / 2
		line += strings.Repeat(" ", pad) + r
	}
	b.WriteString(strings.TrimRight(line, " "))
	b.WriteByte('\n')
}

// center writes s centred in width.
func center(b *strings.Builder, s string, width int) {
	if n := (width - runeLen(s)) / 2; n > 0 {
		b.WriteString(strings.Repeat(" ", n))
	}
	b.WriteString(s)
	b.WriteByte('\n')
}

// writePara writes a blank line and a paragraph with an optional marker.
func writePara(b *strings.Builder, marker, text string) {
	b.WriteByte('\n')
	if marker != "" {
		b.WriteString(marker)
		b.WriteByte(' ')
	}
	b.WriteString(text)
	b.WriteByte('\n')
}

// writeItem writes an item, its paragraphs and its sub-items.
func writeItem(b *strings.Builder, it *Item) {
	for k, p := range it.Paragraphs {
		m := ""
		if k == 0 {
			m = it.Marker
		}
		writePara(b, m, p.Text)
	}
	if len(it.Paragraphs) == 0 && it.Marker != "" {
		writePara(b, "", it.Marker)
	}
	for i := range it.Items {
		writeItem(b, &it.Items[i])
	}
}

// isCongVan reports whether d is a công văn, whose trích yếu follows "V/v".
func isCongVan(d *Document) bool { return d.Ref.Type == "Công văn" }

// numberLine renders the số and ký hiệu as Format prints them: "Số:
// 491/UBND-KGVX"; for a Party document "Số 135-TB/VPTU" (no colon,
// Hướng dẫn 36-HD/VPTW). It is empty for a document without a number or
// symbol.
func numberLine(d *Document) string {
	sym := d.Ref.Symbol()
	if sym == "" {
		return ""
	}
	if d.Style == PartyStyle {
		return "Số " + sym
	}
	return "Số: " + sym
}

// subjectText renders the trích yếu: "V/v …" for a công văn.
func subjectText(d *Document) string {
	if isCongVan(d) {
		return "V/v " + d.Subject
	}
	return d.Subject
}

// recipientText renders an entry without its dash and closing punctuation.
func recipientText(r Recipient) string {
	if r.Note != "" {
		return r.Text + " (" + r.Note + ")"
	}
	return r.Text
}

// addresseeLines renders the Kính gửi block: one addressee on the label's
// line ("Kính gửi: Bộ Nội vụ", as the example of Phụ lục I, Phần I, Mục V
// prints it), several one a line under it with a dash, ";" and a final "."
// (mục II.9.d).
func addresseeLines(rs []Recipient) []string {
	switch len(rs) {
	case 0:
		return nil
	case 1:
		return []string{"Kính gửi: " + recipientText(rs[0])}
	}
	lines := make([]string, 0, len(rs)+1)
	lines = append(lines, "Kính gửi:")
	for i, r := range rs {
		end := ";"
		if i == len(rs)-1 {
			end = "."
		}
		lines = append(lines, "- "+recipientText(r)+end)
	}
	return lines
}

// archiveLine renders the archive line: "- Lưu: VT, KGVX (3). ĐND"; in a
// Party document without the colon, "- Lưu Văn phòng Tỉnh ủy.".
func archiveLine(a Archive, style Style) string {
	var b strings.Builder
	if style == PartyStyle {
		b.WriteString("- Lưu ")
	} else {
		b.WriteString("- Lưu: ")
	}
	b.WriteString(strings.Join(a.Units, ", "))
	if a.Copies > 0 {
		b.WriteString(" (")
		b.WriteString(strconv.Itoa(a.Copies))
		b.WriteByte(')')
	}
	b.WriteByte('.')
	if a.Typist != "" {
		b.WriteByte(' ')
		b.WriteString(a.Typist)
	}
	return b.String()
}

// signatureLines renders the authority and title lines of a signing block.
func signatureLines(s Signature) []string {
	var lines []string
	if !s.Outer.IsZero() {
		lines = append(lines, mandateLine(s.Outer))
	}
	if s.Authority != Direct || s.For != "" {
		lines = append(lines, mandateLine(Mandate{Authority: s.Authority, For: s.For}))
	}
	if s.Title != "" {
		lines = append(lines, s.Title)
	}
	return lines
}

func mandateLine(m Mandate) string {
	if m.Authority == Direct {
		return m.For
	}
	if m.For == "" {
		return m.Authority.String()
	}
	return m.Authority.String() + " " + m.For
}

// stampLines renders the urgency, secrecy and handling stamps and the draft
// mark.
func (d *Document) stampLines() []string {
	var out []string
	if d.Urgency != Normal {
		out = append(out, d.Urgency.String())
	}
	if d.Secrecy != Public {
		out = append(out, d.Secrecy.String())
	}
	for _, h := range d.Handling {
		out = append(out, h.String())
	}
	if d.Draft {
		out = append(out, "DỰ THẢO")
	}
	return out
}
