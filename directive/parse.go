package directive

import (
	"strings"

	"github.com/vanban-go/vanban/internal/vntext"
	"github.com/vanban-go/vanban/legalref"
)

// Parse reads a document from its plain text, as web pages and PDF
// extraction give it: header columns run together or on separate lines,
// decoration lines, stray blank lines, Markdown emphasis, any case for the
// tiêu ngữ, NFD Unicode, CRLF line ends.
//
// Parse reads the heading (quốc hiệu and tiêu ngữ or the Party heading, the
// issuing body and its superior, số and ký hiệu, place and date, the type
// and trích yếu, urgency and secrecy stamps), the Kính gửi list, the body
// (opening, numbered items with the references each cites, closing), the
// Nơi nhận list with its archive line, and the signing block, in whatever
// order the extraction left them. What it reads is kept as printed;
// Validate reports what breaks the layout rules.
//
// A text that has neither a heading nor an issuing body, or neither a số
// nor a place-and-date line, is not a document: Parse returns a
// *ParseError wrapping ErrNotDocument that names what is missing.
//
// Parse takes time linear in the length of text.
func Parse(text string) (*Document, error) {
	return parse(text, nil)
}

// parse is Parse; if steps is not nil it adds to *steps the work done: the
// pieces read, the bytes of each paragraph analysed for tasks, and the
// bytes the report scan reads around each "báo cáo" (TestParseLinear).
func parse(text string, steps *int) (*Document, error) {
	text = nfc(text)
	pieces, _ := splitPieces(text)
	p := &parser{pieces: pieces, doc: &Document{}, steps: steps}
	if steps != nil {
		*steps += len(pieces)
	}
	i := p.header()
	f := p.footerStart(i)
	p.body(i, f)
	p.footer(f)
	p.finish()
	if err := p.check(text); err != nil {
		return nil, err
	}
	return p.doc, nil
}

// parser holds what Parse has read so far.
type parser struct {
	pieces []piece
	doc    *Document

	number    part     // the "Số" line
	dated     part     // the place-and-date line
	typeName  string   // from a type heading ("THÔNG BÁO")
	vv        bool     // the trích yếu had a "V/v"
	vvLabel   string   // "V/v" as printed
	subject   []string // lines of the trích yếu
	subjState uint8
	organ     []string // issuer lines of the heading
	archive   string   // the archive line as printed
	steps     *int     // the work counter of parse, or nil
}

// States of the trích yếu while reading the heading.
const (
	subjNone uint8 = iota
	subjOpen
	subjDone
)

// identified reports whether the heading has given something that
// identifies a document: a số, a date, a type heading or a "V/v".
func (p *parser) identified() bool {
	return p.number.kind == partNumber || p.dated.kind == partDate || p.typeName != "" || p.vv
}

// header reads the heading and the Kính gửi list and returns the index of
// the first piece of the body.
func (p *parser) header() int {
	d := p.doc
	// The words and parts of the piece being read, in buffers on the
	// stack reused for each piece.
	var words [32]word
	var partsBuf [8]part
	wbuf, pbuf := words[:0], partsBuf[:0]
	for i := 0; i < len(p.pieces); i++ {
		t := p.pieces[i].text
		if t == "" {
			if p.subjState == subjOpen && len(p.subject) > 0 {
				p.subjState = subjDone
			}
			continue
		}
		if isDecoration(t) {
			// The rule under a named document's trích yếu closes it.
			if p.subjState == subjOpen && !p.vv {
				p.subjState = subjDone
			}
			continue
		}
		if p.stamp(t) {
			continue
		}
		if p.subjState == subjOpen && !p.vv && len(p.subject) == 0 {
			// The first line under a type heading is the trích yếu, in
			// whatever case, unless the body starts at once.
			if startsBody(t) {
				p.subjState = subjDone
				return i
			}
			p.addSubject(t)
			continue
		}
		wbuf = splitWords(t, wbuf)
		parts := headingParts(t, wbuf, pbuf[:0])
		pbuf = parts
		parts = vvKeepsDate(parts, t, p.dated.kind == partDate)
		if sentenceWithDate(parts, p.dated.kind == partDate) {
			parts = []part{{kind: partText, text: t}}
		}
		for k, pt := range parts {
			switch pt.kind {
			case partNational:
				d.Heading = QuocHieu
			case partMotto:
				d.Motto = TieuNgu
				if pt.text != TieuNgu {
					d.Printed.Motto = pt.text
				}
			case partParty:
				d.Heading = PartyHeading
				d.Style = PartyStyle
			case partNumber:
				if p.number.kind == 0 {
					p.number = pt
				}
				p.endSubject()
			case partDate:
				if p.dated.kind == 0 {
					p.dated = pt
				}
			case partVv:
				if p.vv || p.typeName != "" {
					if !isVv(pt.text) {
						// "Về việc …" opening the body.
						if body := p.headingText(pt.text, k); body && k == 0 {
							return i
						}
						continue
					}
					d.Extra = append(d.Extra, pt.text)
					continue
				}
				p.vv, p.vvLabel = true, pt.label
				p.subjState = subjOpen
				p.addSubject(pt.value)
			case partKinhGui:
				return p.addressees(i, pt)
			case partText:
				if body := p.headingText(pt.text, k); body {
					if k == 0 {
						return i
					}
					d.Extra = append(d.Extra, pt.text)
				}
			}
		}
	}
	return len(p.pieces)
}

// vvKeepsDate gives back to a trích yếu the date that headingParts cut off
// it when the heading already has its place and date: "V/v triển khai Kế
// hoạch Hà Nội, ngày 05 tháng 01 năm 2020 …" names a date in its text.
func vvKeepsDate(parts []part, t string, dated bool) []part {
	if !dated {
		return parts
	}
	for k := 0; k+1 < len(parts); k++ {
		if parts[k].kind != partVv || parts[k+1].kind != partDate {
			continue
		}
		vv := parts[k]
		vv.text = strings.TrimSpace(t[vv.at:])
		vv.value = strings.TrimLeft(vv.text[len(vv.label):], " :.")
		return append(parts[:k:k], vv)
	}
	return parts
}

// sentenceWithDate reports whether the parts of a piece are a sentence that
// mentions a date rather than the place-and-date line: a second date, or a
// date without a place followed by text ("Ngày 15 tháng 3 năm 2021, Thường
// trực Tỉnh ủy …").
func sentenceWithDate(parts []part, dated bool) bool {
	for k, pt := range parts {
		if pt.kind != partDate {
			continue
		}
		if dated || (pt.value == "" && k+1 < len(parts) && parts[k+1].kind == partText) {
			return true
		}
	}
	return false
}

// headingText places a piece of heading text that is no fixed component. It
// reports whether the text starts the body.
func (p *parser) headingText(t string, k int) (body bool) {
	if p.subjState == subjOpen && p.vv {
		if !isUpperText(t) && !startsBody(t) {
			p.addSubject(t)
			return false
		}
		p.subjState = subjDone
	}
	if p.subjState == subjOpen && !p.vv {
		// The first line under a type heading is the trích yếu in whatever
		// case, as header reads it; the lines after it go on in its case.
		// A title in capitals may go on with its "về …" line in lower case
		// (a Party thông báo: "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / về tổng
		// kết công tác dân vận năm 2020", Hướng dẫn 36-HD/VPTW); a body
		// paragraph opens capitalised.
		if !startsBody(t) && (len(p.subject) == 0 || isUpperText(t) == isUpperText(p.subject[0]) ||
			len(p.subject) == 1 && strings.HasPrefix(t, "về ") && isUpperText(p.subject[0])) {
			p.addSubject(t)
			return false
		}
		p.subjState = subjDone
	}
	if isUpperText(t) || (k == 0 && !p.identified() && isUpperText(firstWords(t, 3))) {
		if p.typeName == "" && !p.vv {
			if name, rest := typeHeading(t); name != "" {
				p.typeName = name
				p.subjState = subjOpen
				switch {
				case rest == "":
				case startsBody(rest):
					p.subjState = subjDone
					p.doc.Extra = append(p.doc.Extra, rest)
				default:
					p.addSubject(rest)
				}
				return false
			}
		}
		complete := p.dated.kind == partDate && (p.number.kind == partNumber || p.vv)
		if p.typeName == "" && isUpperText(t) && !(complete && (startsBody(t) || len(p.organ) > 0)) {
			p.organ = append(p.organ, t)
			return false
		}
		if p.typeName == "" && !(p.vv && p.subjState == subjDone && complete) {
			// Preamble before the heading; after a công văn's complete
			// heading and trích yếu, a line in capitals is body text.
			p.doc.Extra = append(p.doc.Extra, t)
			return false
		}
		return true
	}
	if p.identified() {
		return true
	}
	// Noise before the heading: a web page's title or notes.
	p.doc.Extra = append(p.doc.Extra, t)
	return false
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	ws := words(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

// addSubject adds a line to the trích yếu; a line ending in a period closes
// it.
func (p *parser) addSubject(t string) {
	if t != "" {
		p.subject = append(p.subject, t)
	}
	if strings.HasSuffix(t, ".") {
		p.subjState = subjDone
	}
}

func (p *parser) endSubject() {
	if p.subjState == subjOpen && len(p.subject) > 0 {
		p.subjState = subjDone
	}
}

// startsBody reports whether t can only be body text: a căn cứ, a
// numbered item, a list line.
func startsBody(t string) bool {
	if keyHasPrefix(t, "can cu") || keyHasPrefix(t, "kinh gui") {
		return true
	}
	if m := readMarker(t); m.rank > 0 {
		return true
	}
	return startsDash(t)
}

// stamp reads an urgency, secrecy or handling stamp or a draft mark that
// fills a whole piece.
func (p *parser) stamp(t string) bool {
	if len(t) > 40 || !isUpperText(t) {
		return false
	}
	var buf [64]byte
	k := appendKey(buf[:0], strings.Trim(t, "[]() "))
	d := p.doc
	switch string(k) {
	case "khan":
		d.Urgency = max(d.Urgency, Khan)
	case "thuong khan":
		d.Urgency = max(d.Urgency, ThuongKhan)
	case "hoa toc", "hoa toc hen gio":
		d.Urgency = HoaToc
	case "mat":
		d.Secrecy = max(d.Secrecy, Mat)
	case "toi mat":
		d.Secrecy = max(d.Secrecy, ToiMat)
	case "tuyet mat":
		d.Secrecy = TuyetMat
	case "xem xong tra lai":
		d.addHandling(ReturnAfterReading)
	case "luu hanh noi bo":
		d.addHandling(InternalOnly)
	case "tai lieu thu hoi":
		d.addHandling(Recall)
	case "du thao":
		d.Draft = true
	default:
		return false
	}
	return true
}

func (d *Document) addHandling(h Handling) {
	for _, x := range d.Handling {
		if x == h {
			return
		}
	}
	d.Handling = append(d.Handling, h)
}

// addressees reads the Kính gửi list that starts in piece i and returns
// the index of the first piece after it.
func (p *parser) addressees(i int, pt part) int {
	printed := make([]string, 1, 8)
	printed[0] = pt.text
	entries := make([]string, 0, 8)
	if pt.value != "" {
		entries = append(entries, trimDash(pt.value))
	}
	j := i + 1
	for ; j < len(p.pieces); j++ {
		t := p.pieces[j].text
		if t == "" {
			continue
		}
		n := len(entries)
		switch {
		case isNoiNhan(t) || isAuthorityLine(t):
			goto done
		case startsDash(t):
			entries = append(entries, trimDash(t))
		case n > 0 && (strings.HasSuffix(entries[n-1], ";") || strings.HasSuffix(entries[n-1], ",")) &&
			len(words(t)) <= 16 && !startsBody(t):
			entries = append(entries, t)
		case n > 0 && !endsTerminal(entries[n-1]) && startsLower(t) && len(entries[n-1]) < maxEntry:
			entries[n-1] += " " + t
		case n == 0 && len(words(t)) <= 12 && !strings.HasSuffix(t, ":") && !startsBody(t):
			entries = append(entries, t)
		default:
			goto done
		}
		printed = append(printed, t)
	}
done:
	d := p.doc
	for _, e := range entries {
		if r := recipient(e); r.Text != "" {
			if d.Addressees == nil {
				d.Addressees = make([]Recipient, 0, len(entries))
			}
			d.Addressees = append(d.Addressees, r)
		}
	}
	if canon := addresseeLines(d.Addressees); !equalLines(canon, printed) {
		d.Printed.Addressees = printed
	}
	return j
}

// maxEntry bounds the length, in bytes, of a list entry or a body's name
// that Parse grows by joining lines: an entry of the corpus takes at most 120
// bytes, and the bound keeps the joining linear.
const maxEntry = 1024

// recipient reads one list entry: "Thủ tướng, các Phó Thủ tướng CP (để
// b/c);".
func recipient(e string) Recipient {
	e = strings.TrimSpace(trimDash(e))
	e = strings.TrimRight(e, " ;,.")
	var r Recipient
	if strings.HasSuffix(e, ")") {
		if i := strings.LastIndex(e, "("); i >= 0 && keyHasPrefix(e[i+1:], "de") {
			r.Note = strings.TrimSpace(e[i+1 : len(e)-1])
			e = strings.TrimRight(e[:i], " ;,")
		}
	}
	r.Text = e
	return r
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isNoiNhan reports whether t is the "Nơi nhận:" label, alone or followed
// by the first entry.
func isNoiNhan(t string) bool {
	if !keyHasPrefix(t, "noi nhan") {
		return false
	}
	rest := noiNhanRest(t)
	return rest == "" || startsDash(rest) || strings.HasPrefix(t[len(t)-len(rest)-1:], ":") || keyHasPrefix(rest, "nhu tren")
}

// noiNhanRest returns what follows "Nơi nhận" and its colon.
func noiNhanRest(t string) string {
	e := wordEnd(t, 2)
	if e < 0 {
		return ""
	}
	return strings.TrimLeft(t[e:], " :.")
}

// isAuthorityLine reports whether t is an authority line of a signing
// block: "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ".
func isAuthorityLine(t string) bool {
	_, n := readAuthority(t)
	return n > 0 && isUpperText(t[n:])
}

// footerStart returns the index of the first piece of the closing block
// (Nơi nhận and the signature), or len(pieces) if there is none.
func (p *parser) footerStart(from int) int {
	for i := from; i < len(p.pieces); i++ {
		t := p.pieces[i].text
		if t != "" && (isNoiNhan(t) || isAuthorityLine(t)) {
			return i
		}
	}
	// A head signing in his own name: title lines in capitals, then the
	// name, at the end of the text.
	last := len(p.pieces) - 1
	for last >= from && (p.pieces[last].text == "" || isSignedMark(p.pieces[last].text)) {
		last--
	}
	if last <= from || !nameLike(p.pieces[last].text) {
		return len(p.pieces)
	}
	start := -1
	for k := last - 1; k >= from; k-- {
		t := p.pieces[k].text
		if t == "" || isSignedMark(t) {
			continue
		}
		if !isUpperText(t) || !titleLike(t) {
			break
		}
		start = k
	}
	if start < 0 {
		return len(p.pieces)
	}
	return start
}

// nameLike reports whether t reads as a person's name: two to seven
// capitalised words without digits or punctuation.
func nameLike(t string) bool {
	ws := words(t)
	if len(ws) < 2 || len(ws) > 7 || strings.ContainsAny(t, ":;,/()[]0123456789\"“”") {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// titleWords are the words of official titles in a signing block.
var titleWords = []string{
	"chu tich", "truong", "pho", "giam doc", "bi thu", "chanh", "chu nhiem", "tong", "vu", "cuc",
	"ban", "uy", "thu ky", "hieu", "vien", "dai su", "tu lenh", "chinh uy", "thu tuong", "bo",
	"so", "ky", "phu trach", "uy vien", "thu truong", "dai dien", "quyen", "giam sat", "thanh tra",
	"kiem", "chi huy", "can bo", "hoi dong", "doan", "to", "dang", "chi bo", "van phong", "phong",
}

// titleLike reports whether t has a word of an official title.
func titleLike(t string) bool {
	k := vntext.Key(t)
	for _, w := range titleWords {
		if containsWord(k, w) {
			return true
		}
	}
	return false
}

// footer reads the Nơi nhận list and the signing block from piece f on.
func (p *parser) footer(f int) {
	d := p.doc
	entries := make([]string, 0, 16)
	var printedSig []string
	var mandates []Mandate
	var titles []string
	var archive string
	name := ""
	inCopy := false
	for i := f; i < len(p.pieces); i++ {
		t := p.pieces[i].text
		if t == "" || isDecoration(t) || isSignedMark(t) {
			continue
		}
		first := false // text after "Nơi nhận:" on its line
		if isNoiNhan(t) {
			inCopy = true
			if t = noiNhanRest(t); t == "" {
				continue
			}
			first = !isAuthorityLine(t) && !(isUpperText(t) && titleLike(t))
		}
		n := len(entries)
		switch {
		case first && archive == "" && !keyHasPrefix(trimDash(t), "luu"):
			// "Nơi nhận: Như trên;": the first entry on the label's line.
			entries = append(entries, trimDash(t))
		case isAuthorityLine(t) && name == "":
			a, k := readAuthority(t)
			mandates = append(mandates, Mandate{Authority: a, For: t[k:]})
			printedSig = append(printedSig, t)
		case startsDash(t) || (inCopy && archive == "" && listGoesOn(entries, t)):
			// An entry; web copies may drop the dashes of a list whose
			// lines still end in ";".
			e := trimDash(t)
			if keyHasPrefix(e, "luu") && archive == "" {
				archive = t
			} else {
				entries = append(entries, e)
			}
			inCopy = true
		case isUpperText(t):
			if name != "" {
				d.Extra = append(d.Extra, t)
				continue
			}
			titles = append(titles, t)
			printedSig = append(printedSig, t)
		case inCopy && n > 0 && archive == "" && !endsTerminal(entries[n-1]) && len(entries[n-1]) < maxEntry &&
			(startsLower(t) || !nameLike(t) || (len(titles) == 0 && len(mandates) == 0)):
			entries[n-1] += " " + t
		case name == "" && nameLike(t) && (len(titles) > 0 || len(mandates) > 0):
			name = t
		default:
			d.Extra = append(d.Extra, t)
		}
	}
	// A name printed in capitals: the last title line with no word of a
	// title.
	if name == "" && len(titles) > 0 && (len(titles) > 1 || len(mandates) > 0) {
		if last := titles[len(titles)-1]; !titleLike(last) && nameLike(last) {
			name = last
			titles = titles[:len(titles)-1]
			printedSig = printedSig[:len(printedSig)-1]
		}
	}
	for _, e := range entries {
		if r := recipient(e); r.Text != "" {
			if d.CopyTo == nil {
				d.CopyTo = make([]Recipient, 0, len(entries))
			}
			d.CopyTo = append(d.CopyTo, r)
		}
	}
	if archive != "" {
		d.Archive = parseArchive(trimDash(archive))
		p.archive = archive
	}
	s := &d.Signature
	switch len(mandates) {
	case 0:
	case 1:
		s.Authority, s.For = mandates[0].Authority, mandates[0].For
	default:
		s.Outer = mandates[0]
		last := mandates[len(mandates)-1]
		s.Authority, s.For = last.Authority, last.For
	}
	s.Title = strings.Join(titles, " ")
	s.Name = name
	if !equalLines(signatureLines(*s), printedSig) {
		d.Printed.Signature = printedSig
	}
}

// listGoesOn reports whether t, a line without a dash under "Nơi nhận", is
// the next entry: "Như trên" first, or any line after an entry closed by
// ";" or ",", or the archive line.
func listGoesOn(entries []string, t string) bool {
	if len(entries) == 0 {
		return keyHasPrefix(t, "nhu tren") || keyHasPrefix(t, "luu")
	}
	last := entries[len(entries)-1]
	if !strings.HasSuffix(last, ";") && !strings.HasSuffix(last, ",") {
		return false
	}
	if keyHasPrefix(t, "luu") {
		return true
	}
	if isAuthorityLine(t) || isSignedMark(t) {
		return false
	}
	// A title in capitals ends without punctuation; an entry with it.
	return strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".")
}

// parseArchive reads the archive line after its dash: "Lưu: VT, KGVX(3).
// ĐND", "Lưu VT, KG (4).", "Lưu: VT, NCTH.HH", "Lưu: VT, nvthanh.".
func parseArchive(s string) Archive {
	var a Archive
	e := wordEnd(s, 1)
	if e < 0 {
		return a
	}
	rest := strings.TrimLeft(s[e:], " :.")
	rest = strings.TrimSpace(strings.TrimRight(rest, " ."))
	// Copies: "(3)", "(03 bản)".
	if i := strings.IndexByte(rest, '('); i >= 0 {
		if j := strings.IndexByte(rest[i:], ')'); j > 0 {
			inner := strings.TrimSpace(rest[i+1 : i+j])
			num := inner
			if sp := strings.IndexByte(inner, ' '); sp > 0 {
				num = inner[:sp]
			}
			if n, ok := atoiKey(num, 3); ok {
				a.Copies = n
				after := strings.Trim(rest[i+j+1:], " .,")
				rest = strings.TrimSpace(rest[:i])
				if after != "" && !strings.ContainsAny(after, " ,") {
					a.Typist = after
				} else if after != "" {
					rest += ", " + after
				}
			}
		}
	}
	items := strings.Split(rest, ",")
	for i, it := range items {
		it = strings.TrimSpace(it)
		if i == len(items)-1 && a.Typist == "" {
			// "NCTH.HH", "TH. TT": a typist after the last unit; not "P.KT",
			// the abbreviation of a phòng.
			if dot := strings.LastIndexByte(it, '.'); dot > 0 && dot < len(it)-1 && runeLen(it[:dot]) > 1 &&
				!strings.Contains(strings.TrimSpace(it[dot+1:]), " ") {
				a.Typist = strings.TrimSpace(it[dot+1:])
				it = strings.TrimSpace(it[:dot])
			} else if i > 0 && it != "" && !strings.ContainsAny(it, " .") && strings.ToLower(it) == it && hasLetter(it) {
				a.Typist = it
				it = ""
			}
		}
		if it != "" {
			a.Units = append(a.Units, it)
		}
	}
	return a
}

// check returns an error if what was read is not a document.
func (p *parser) check(text string) error {
	d := p.doc
	var missing []string
	if d.Heading == "" && d.Motto == "" && len(p.organ) == 0 {
		missing = append(missing, "quốc hiệu or issuing body")
	}
	if d.Ref.Symbol() == "" && d.Ref.Date == 0 {
		missing = append(missing, "số or place and date")
	}
	if len(missing) == 0 {
		return nil
	}
	return newParseError(text, 0, ErrNotDocument, "", missing...)
}

// finish turns what the heading gave into the document's values and derives
// the tasks and reports.
func (p *parser) finish() {
	d := p.doc
	d.Superior, d.Organ = splitOrgan(p.organ)
	if p.number.kind == partNumber {
		if r, err := legalref.Parse(p.number.value); err == nil {
			d.Ref = r
		} else {
			d.Ref.Number = leadingNumber(p.number.value)
		}
	}
	switch {
	case p.typeName != "":
		d.Ref.Type = p.typeName
	case p.vv && d.Ref.Type == "":
		d.Ref.Type = "Công văn"
		if d.Ref.Family == legalref.Unknown {
			d.Ref.Family = legalref.CongVan
		}
	}
	if d.Heading == "" && d.Ref.Family == legalref.Party {
		d.Style = PartyStyle
	}
	if p.dated.kind == partDate {
		d.Ref.Date = p.dated.day
		d.Place = p.dated.value
		if p.dated.day == 0 || dateLine(d.Place, d.Ref.Date) != p.dated.text {
			d.Printed.Date = p.dated.text
		}
	}
	if p.archive != "" && archiveLine(d.Archive, d.Style) != p.archive {
		d.Printed.Archive = p.archive
	}
	if p.number.kind == partNumber && numberLine(d) != p.number.text {
		d.Printed.Number = p.number.text
	}
	subj := strings.Join(p.subject, " ")
	if !p.vv && startsBody(subj) {
		// Lines under a type heading that read as body text once joined
		// are no trích yếu.
		d.Extra = append(d.Extra, subj)
		subj = ""
	}
	d.Subject = strings.TrimRight(strings.TrimLeft(subj, " :."), " .;:")
	printed := subj
	if p.vv {
		printed = strings.TrimSpace(p.vvLabel + " " + subj)
	}
	if d.Subject != "" && subjectText(d) != printed {
		d.Printed.Subject = printed
	} else if p.vv && d.Subject == "" {
		d.Printed.Subject = printed
	}
	d.Tasks, d.Reports = deriveTasks(d, p.steps)
}

// leadingNumber returns the digits at the start of a symbol.
func leadingNumber(s string) string {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	return s[:i]
}

// bodyStarters are the words that open the name of a body (cơ quan, tổ
// chức), so that a heading line starting with one names a new body and any
// other line continues the one above ("ỦY BAN NHÂN DÂN" / "TỈNH KIÊN
// GIANG").
var bodyStarters = []string{
	"bo", "so", "vu", "cuc", "tong cuc", "vien", "trung tam", "uy ban", "ubnd", "hoi dong", "hdnd",
	"ban", "van phong", "phong", "truong", "benh vien", "cong an", "thanh tra", "dai hoc", "hoc vien",
	"chi cuc", "dai", "bao", "tinh uy", "huyen uy", "thanh uy", "thi uy", "quan uy", "dang uy",
	"dang bo", "chi bo", "dang doan", "ban chap hanh", "doan", "cong ty", "tap doan", "kho bac",
	"ngan hang", "chinh phu", "quoc hoi", "toa an", "vien kiem sat", "kiem toan", "bo chi huy",
	"bo tu lenh", "lien doan", "hoi", "mat tran", "tong lien doan", "quan khu", "bo doi",
	"to", "ubmttq", "tw", "trung uong", "hoi lien hiep", "thong tan xa", "dai truyen hinh",
}

// splitOrgan splits the issuer lines of the heading into the superior body
// and the issuer: each line that starts a body's name starts a new body; the
// last body is the issuer, the ones above it its superior.
func splitOrgan(lines []string) (superior, organ string) {
	var bodies []string
	for _, l := range lines {
		k := vntext.Key(l)
		starts := false
		for _, w := range bodyStarters {
			if strings.HasPrefix(k, w) && (len(k) == len(w) || !isKeyAlnum(k[len(w)])) {
				starts = true
				break
			}
		}
		if starts || len(bodies) == 0 || len(bodies[len(bodies)-1]) >= maxEntry {
			bodies = append(bodies, l)
		} else {
			bodies[len(bodies)-1] += " " + l
		}
	}
	switch len(bodies) {
	case 0:
		return "", ""
	case 1:
		return "", bodies[0]
	}
	return strings.Join(bodies[:len(bodies)-1], " "), bodies[len(bodies)-1]
}
