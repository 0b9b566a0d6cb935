package legalref

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

// Relation is how one cited document acts on another, as a relation phrase
// between two citations says ("Nghị định 154/2020/NĐ-CP sửa đổi Nghị định
// 34/2016/NĐ-CP").
type Relation uint8

// The relations between documents.
const (
	// NoRelation: no relation phrase links the citation to another.
	NoRelation Relation = iota
	// Amends: sửa đổi, bổ sung.
	Amends
	// Replaces: thay thế, thay cho.
	Replaces
	// Guides: hướng dẫn (thi hành), quy định chi tiết.
	Guides
	// Repeals: bãi bỏ.
	Repeals
	// Corrects: đính chính.
	Corrects
	// Consolidates: hợp nhất.
	Consolidates
)

var relationNames = [...]string{"NoRelation", "Amends", "Replaces", "Guides", "Repeals", "Corrects", "Consolidates"}

// String returns the English name of r, or "Relation(n)" for a value out of
// range.
func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "Relation(" + strconv.Itoa(int(r)) + ")"
}

// Match is one citation found by [Extract].
type Match struct {
	// Ref is the cited document. For a short form it is the earlier full
	// citation it stands for, with the fields the short form gave.
	Ref Ref
	// Start and End are the byte offsets of the citation in the text as
	// given: from its type word (or "số", or the number) to the end of its
	// symbol, date and issuer name. A trích yếu after the citation is read
	// into Ref.Title but lies outside the span.
	Start, End int
	// Relation is how the document at Subject acts on this one.
	Relation Relation
	// Subject is the index in the matches of the citation whose document
	// acts on this one; -1 when Relation is NoRelation or when the acting
	// document is the text itself ("Nghị định này thay thế …", "Điều 3.
	// Bãi bỏ …").
	Subject int
	// Antecedent is the index of the earlier citation this one repeats or
	// abbreviates ("Chỉ thị 05" after "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
	// or -1.
	Antecedent int
}

// alias is a short name defined for a citation: "(sau đây gọi tắt là Chỉ
// thị 05)".
type alias struct {
	typ    string
	number string
	match  int
}

// scanner is the state of one Extract or Parse call. It lives on the stack
// of the call; nothing in it is shared.
type scanner struct {
	s       string
	reg     *registry
	lenient bool // reading one reference (Parse): accept weaker evidence
	out     []Match
	aliases []alias
	skipTo  int // digits before this offset belong to a read alias
	formEnd int // end of the last number of a form (nonRefHeads), or 0
	seen    map[docKey]int
	prevEnd int
	issuers []string // the array that copyIssuers fills
	w       window
	// steps counts the work done beyond the forward scan for digits: the
	// candidates tried and the bytes that the bounded look-arounds read
	// (context, symbol, date, issuer, title, list, relation, antecedent
	// search). TestExtractLinear checks that it grows linearly with the
	// text; it costs an addition per look-around.
	steps int
}

// run scans the whole text.
func (sc *scanner) run() {
	for i := 0; ; {
		m, next, ok := sc.next(i)
		if !ok {
			return
		}
		sc.add(m)
		i = next
	}
}

// next returns the first citation at or after i and where to go on.
func (sc *scanner) next(i int) (Match, int, bool) {
	s := sc.s
	for i < len(s) {
		// The next run of digits, or a slash (blank template numbers).
		i = nextAnchor(s, i)
		if i >= len(s) {
			break
		}
		if s[i] == '/' {
			if i >= sc.skipTo && sc.blankAt(i) {
				if m, ok := sc.candidate(i, i); ok && m.Ref.Number == "" && m.Ref.hasSymbol() {
					return m, max(m.End, i+1), true
				}
			}
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if i < sc.skipTo || !sc.startOK(i) {
			i = j
			continue
		}
		sc.steps++
		if m, ok := sc.candidate(i, j); ok {
			return m, max(m.End, j), true
		}
		i = j
	}
	return Match{}, len(s), false
}

// anchor marks the bytes where a candidate may start.
var anchor = [256]bool{'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true, '/': true}

// nextAnchor returns the first position at or after i of an anchor byte, or
// len(s). Prose has a digit every few hundred bytes, so it skips eight bytes
// at a time that hold no byte from '/' to '9' (hasAnchor8).
func nextAnchor(s string, i int) int {
	for i+8 <= len(s) {
		if !hasAnchor8(load64(s, i)) {
			i += 8
			continue
		}
		for end := i + 8; i < end; i++ {
			if anchor[s[i]] {
				return i
			}
		}
	}
	for i < len(s) && !anchor[s[i]] {
		i++
	}
	return i
}

// blankAt reports whether the slash at i follows "Số:" with no number, the
// symbol of a blank template ("Số: /HC-TH").
func (sc *scanner) blankAt(i int) bool {
	s := sc.s
	e := trimSpaceBack(s, i)
	if e == i && e > 0 && s[e-1] != ':' {
		return false
	}
	if e > 0 && s[e-1] == ':' {
		e = trimSpaceBack(s, e-1)
	}
	// "Số" is S, ố (3 bytes in NFC).
	st := letterRunStart(s, e, 12)
	var buf [16]byte
	k := foldWord(buf[:0], s, st, e)
	return string(k) == "so"
}

// startOK rejects digits inside larger tokens: "COVID-19", "H55", the parts
// of "2.000815.000.00.00.H55" and of dates. A number glued to "số" is kept
// ("số31-QĐ/TW").
func (sc *scanner) startOK(i int) bool {
	s := sc.s
	if i == 0 {
		return true
	}
	r, n := runeBefore(s, i)
	if isLetter(r) {
		st := i - n
		for st > 0 {
			r2, n2 := runeBefore(s, st)
			if !isLetter(r2) {
				break
			}
			st -= n2
		}
		sc.steps += i - st
		var buf [16]byte
		_, k := wordKeyAt(s, st, buf[:])
		return string(k) == "so" || string(k) == "no"
	}
	switch r {
	case '-', '/', '.', ',', ':', '_', '+', '#', '=', '\\', '@', '%', '&':
		r2, _ := runeBefore(s, i-n)
		if r == ':' && isLetter(r2) {
			// "số:145/2020/NĐ-CP".
			e := i - n
			st := letterRunStart(s, e, 8)
			// "Số hiệu:28/2004/QH11".
			var buf [16]byte
			k := foldWord(buf[:0], s, st, e)
			return string(k) == "so" || string(k) == "hieu"
		}
		if r == '.' && isLetter(r2) {
			// "Circular No.73-TC/TCT".
			var buf [8]byte
			e := i - n
			return e >= 2 && string(foldWord(buf[:0], s, e-2, e)) == "no" && (e == 2 || !isLetterBefore(s, e-2))
		}
		if (r == '-' || r == '_') && isLetter(r2) {
			// A URL slug: "Nghi-dinh-30-2020-ND-CP".
			e := i - n
			st := letterRunStart(s, e, 16)
			var buf [24]byte
			k := foldWord(buf[:0], s, st, e)
			return string(k) == "so" || sc.reg.byLastWord[string(k)] != nil
		}
		return !isLetter(r2) && !(r2 < 0x80 && isDigit(byte(r2)))
	}
	return true
}

// context is what precedes a number: the type word and its company.
type context struct {
	start      int      // start of the citation
	word       *docType // the type named by a word
	generic    bool     // the word was "văn bản"
	so         bool     // "số", "No." before the number
	paren      bool     // "(" between the type word and the number
	plural     bool     // "các Nghị định"
	upper      bool     // the type word is capitalised
	name       span     // issuer named before the number (Party style)
	title      span     // a law's name between the type word and "số"
	header     bool     // "Số:" at the start of a line
	standalone bool     // "(" before the type word
	lawDate    bool     // a law by its name, the number being the day of "ngày"
	abbrWord   bool     // the type word was an abbreviation ("NĐ 30/2020/NĐ-CP")
	notRef     bool     // the number is a form's, an appendix's, a lot's
}

// lookback reads the context before the number at i.
func (sc *scanner) lookback(i int) context {
	// Most citations need only a few words before the number; the issuer
	// or the law's name before "số" needs more.
	lo := max(sc.prevEnd, i-72, 0)
	c, more := sc.lookbackIn(lo, i)
	if more && lo > 0 && lo > sc.prevEnd {
		c, _ = sc.lookbackIn(max(sc.prevEnd, i-240, 0), i)
	}
	return c
}

// lookbackIn reads the context in s[lo:i]; more reports that a longer
// window could find more.
func (sc *scanner) lookbackIn(lo, i int) (context, bool) {
	s := sc.s
	c := context{start: i}
	w := &sc.w
	sc.steps += i - lo
	w.fold(s, lo, i)
	e := w.trim(w.n)
	if e > 0 && w.k[e-1] == ':' {
		e = w.trim(e - 1)
	}
	if st, ok := w.suffix(e, "ngay"); ok {
		// "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015":
		// a law cited by its name and date only (Nghị định 30/2020 Phụ
		// lục I, II.6.a).
		if lst, ent, ts, ok := sc.lawBefore(w.trim(st)); ok {
			c.title = span{ts, trimSpaceBack(s, int(w.off[st]))}
			c.lawDate = true
			sc.setWord(&c, ent, lst)
		}
		return c, true
	}
	if _, ok := w.suffix(e, "hieu"); ok {
		// "Số hiệu:", "Số / ký hiệu", headings of document tables.
		for _, k := range [...]string{"so hieu", "so ky hieu", "so / ky hieu", "so/ky hieu"} {
			if st, ok := w.suffix(e, k); ok {
				c.so, c.start, e = true, int(w.off[st]), w.trim(st)
				break
			}
		}
	} else if st, ok := w.suffix(e, "so"); ok {
		c.so, c.start, e = true, int(w.off[st]), w.trim(st)
	} else if st, ok := w.suffix(e, "no."); ok {
		c.so, c.start, e = true, int(w.off[st]), w.trim(st)
	} else if st, ok := w.suffix(e, "number"); ok {
		c.so, c.start, e = true, int(w.off[st]), w.trim(st)
	}
	if sc.nonRefHead(e) {
		// "Mẫu số 01/BC-UBND", "Phụ lục số 02/PL": the number of a form,
		// not of a document.
		c.notRef = true
		return c, false
	}
	if e > 0 && w.k[e-1] == '(' {
		c.paren = true
		e = w.trim(e - 1)
	}
	if e > 0 && w.k[e-1] == ':' && c.so {
		// "các Nghị định của Chính phủ: Số 78/…".
		e = w.trim(e - 1)
	}
	fallback, fallbackAt := nameEntry{}, -1
	if st, ent, ok := sc.typeWordBefore(e); ok {
		// "… pháp luật số 80/2015/QH13": a lower-case "luật" may end the
		// name of a law cited before it.
		if !nameFirst(ent.typ.name) || !c.so || isUpperAt(s, int(w.off[st])) {
			sc.setWord(&c, ent, st)
			return c, false
		}
		fallback, fallbackAt = ent, st
	}
	if c.paren {
		return c, false
	}
	// A date between the type word and the number: "Quyết định ngày
	// 12/3/2020 số 15/QĐ-UBND".
	if c.so {
		if st, ok := sc.dateBefore(e); ok {
			if st2, ent, ok := sc.typeWordBefore(st); ok {
				sc.setWord(&c, ent, st2)
				return c, false
			}
		}
	}
	// Party style: the issuer before the number, "Quyết định của Bộ Chính
	// trị số 31-QĐ/TW".
	if c.so {
		for k := e - 4; k >= 0 && e-k < 120; k-- {
			if w.k[k] == ';' || w.k[k] == '.' || w.k[k] == '\n' {
				break
			}
			if string(w.k[k:k+4]) != "cua " || k > 0 && isKeyLetter(w.k[k-1]) {
				continue
			}
			nameAt := int(w.off[k+4])
			end, ok := sc.readName(nameAt)
			if !ok || end > int(w.off[e]) || int(w.off[e])-end > 2 {
				break
			}
			if st, ent, ok := sc.typeWordBefore(w.trim(k)); ok {
				c.name = span{nameAt, end}
				sc.setWord(&c, ent, st)
			}
			break
		}
		if c.word != nil {
			return c, false
		}
	}
	// A law cited by its name: "Luật Ban hành văn bản quy phạm pháp luật
	// số 80/2015/QH13".
	if c.so {
		if st, ent, ts, ok := sc.lawBefore(e); ok {
			c.title = span{ts, trimSpaceBack(s, int(w.off[e]))}
			sc.setWord(&c, ent, st)
			return c, true
		}
		if fallbackAt >= 0 {
			sc.setWord(&c, fallback, fallbackAt)
			return c, true
		}
		// "Số:" opening a line: a document's own header.
		st := c.start
		q := st
		for q > 0 && (s[q-1] == ' ' || s[q-1] == '\t' || s[q-1] == '*') {
			q--
		}
		if q == 0 || s[q-1] == '\n' || s[q-1] == '\r' {
			c.header = true
		}
	}
	return c, c.so
}

// nonRefHead reports whether the window ends at e with a noun that numbers
// things other than documents: forms and templates (mẫu, biểu mẫu, mẫu
// biểu, biểu), appendices (phụ lục), land lots and parcels (lô đất, thửa
// đất). Reporting directives cite their forms constantly, with symbols
// shaped like a document's ("Mẫu số 01/BC-UBND", "Biểu mẫu số 3a/TCBC").
func (sc *scanner) nonRefHead(e int) bool {
	w := &sc.w
	ws := w.lastWord(e)
	switch string(w.k[ws:e]) {
	case "mau", "bieu", "lo", "thua", "form", "appendix", "annex", "template":
		return true
	case "luc":
		_, ok := w.suffix(e, "phu luc")
		return ok
	case "dat":
		// "lô đất", "thửa đất"; "đất" alone may end an issuer's name.
		_, lo := w.suffix(e, "lo dat")
		_, thua := w.suffix(e, "thua dat")
		return lo || thua
	}
	return false
}

// lawBefore finds a law cited by its name ending at e: "Luật Ban hành văn
// bản quy phạm pháp luật". The name starts with a capital; of several type
// words the farthest one within the clause wins ("Luật sửa đổi, bổ sung một
// số điều của Luật Tổ chức Chính phủ"). It returns the type word's start in
// the window, its entry and the start of the name in the text.
func (sc *scanner) lawBefore(e int) (int, nameEntry, int, bool) {
	w := &sc.w
	found := false
	var st, ts int
	var ent nameEntry
	for k := e - 1; k >= 0 && e-k < 200; k-- {
		ch := w.k[k]
		if ch == ';' || ch == '.' || ch == ':' || ch == '(' || ch == ')' {
			break
		}
		if ch != ' ' || k == 0 {
			continue
		}
		if st2, ent2, ok := sc.typeWordBefore(k); ok && nameFirst(ent2.typ.name) &&
			isUpperAt(sc.s, int(w.off[st2])) && lawName(sc.s[w.off[k+1]:]) {
			found, st, ent, ts = true, st2, ent2, int(w.off[k+1])
		}
	}
	return st, ent, ts, found
}

// dateBefore finds "ngày <date>" ending at e in the window and returns its
// start.
func (sc *scanner) dateBefore(e int) (int, bool) {
	w := &sc.w
	for k := e - 4; k >= 0 && e-k < 40; k-- {
		if string(w.k[k:k+4]) != "ngay" || k > 0 && isKeyLetter(w.k[k-1]) {
			continue
		}
		if _, end, ok := readDateBody(sc.s, int(w.off[k+4])); ok && trimSpaceBack(sc.s, int(w.off[e])) <= end {
			return w.trim(k), true
		}
		return 0, false
	}
	return 0, false
}

// typeWordBefore finds a type word ending at e in the window.
func (sc *scanner) typeWordBefore(e int) (int, nameEntry, bool) {
	w := &sc.w
	e = w.trim(e)
	ws := w.lastWord(e)
	if ws == e {
		return 0, nameEntry{}, false
	}
	for _, ent := range sc.reg.byLastWord[string(w.k[ws:e])] {
		if st, ok := w.suffix(e, ent.key); ok {
			if ent.abbr && !isUpperCode(sc.s[w.off[st]:w.off[e]]) {
				continue
			}
			return st, ent, true
		}
	}
	return 0, nameEntry{}, false
}

func (sc *scanner) setWord(c *context, ent nameEntry, st int) {
	w := &sc.w
	c.word = ent.typ
	c.generic = ent.generic
	c.abbrWord = ent.abbr
	c.start = int(w.off[st])
	c.upper = isUpperAt(sc.s, c.start)
	if p := w.trim(st); p > 0 {
		if _, ok := w.suffix(p, "cac"); ok {
			c.plural = true
		}
		if w.k[p-1] == '(' {
			c.standalone = true
		}
	}
}

// candidate reads the citation whose number is the digit run s[i:j].
func (sc *scanner) candidate(i, j int) (Match, bool) {
	s := sc.s
	if i > 0 && !isDigit(s[i-1]) && i < j && sc.dayAfterNgay(i) {
		sc.steps += i - max(sc.prevEnd, i-240, 0)
		if !mayCiteLaw(s[max(sc.prevEnd, i-240, 0):i]) {
			return Match{}, false
		}
		return sc.lawByName(i)
	}
	sym := sc.readSymbol(i, j)
	sc.steps += sym.end - i
	hasSym := sym.ng > 0 || sym.std
	if !sym.std {
		// readStdLoose rules most numbers out on the bytes after them,
		// before stdBefore looks up the word before.
		if g, ok := sc.readStdLoose(i, j); ok && sc.stdBefore(i) {
			sym, hasSym = g, true
		}
	}
	shortYear := false
	if !hasSym {
		// "Thông tư 14/2018": a short form with the year of its symbol,
		// right after a type word.
		if y, e, ok := sc.shortYear(sym.num.end); ok && sc.mayBeShort(i) {
			if c := sc.lookback(i); c.word != nil && !c.generic {
				sym.year, sym.end, shortYear = y, e, true
			}
		}
	}
	if !hasSym && !shortYear {
		// A number followed by a separator and digits is a date or a
		// fraction, not a reference.
		q := skipFew(s, sym.num.end)
		if q < len(s) && (s[q] == '/' || s[q] == '-' || s[q] == '.' || s[q] == ':' || s[q] == ',') && q+1 < len(s) && isDigit(s[q+1]) {
			return Match{}, false
		}
		if !sc.mayBeShort(i) {
			return Match{}, false
		}
		// "Kế hoạch 5 năm", "Báo cáo 6 tháng": a count, not a number.
		var buf [16]byte
		if q2 := skipSpace(s, sym.num.end); q2 > sym.num.end && !sc.lenient {
			if we, k := wordKeyAt(s, q2, buf[:]); unitWords[string(k)] {
				// "… số 11324 ngày 09 tháng 12 năm 2008" is a date.
				if d := skipSpace(s, we); d >= len(s) || !isDigit(s[d]) {
					return Match{}, false
				}
			}
		}
	}
	// A short form needs its type word before "số" or the number.
	c := sc.lookback(i)
	if c.notRef || c.word == nil && !c.so && sc.formEnd > 0 && sc.listGap(sc.formEnd, c.start) {
		// A form, or the next of a list of forms ("Mẫu số 01/BC-UBND và
		// 02/BC-UBND").
		sc.formEnd = max(sym.end, j)
		return Match{}, false
	}
	word := c.word
	if c.generic {
		word = nil
	}
	carry := -1
	if c.word == nil && len(sc.out) > 0 {
		carry = sc.listCarry(c.start)
	}
	var t typing
	if hasSym {
		t = sc.interpret(&sym, word)
	}
	// Evidence.
	switch {
	case sym.std:
		if word == nil || word.scope&scopeStandard == 0 {
			return Match{}, false
		}
		t.typ, t.abbr, t.knownTyp, t.family = word, word.abbr, true, Standard
	case sym.slug:
		// "Số 05 2012 TT BLDTBXH": after "số", a slug whose codes name a
		// known type and a known issuer.
		if c.word == nil && !(c.so && t.knownTyp && t.ni > 0 && sym.year != 0) {
			return Match{}, false
		}
	case hasSym:
		if c.word == nil && !c.so && carry < 0 && !sc.strong(&sym, &t) {
			return Match{}, false
		}
	default:
		if c.word == nil || c.generic && !sc.lenient {
			return Match{}, false
		}
	}
	ref := Ref{Number: sym.number, Year: sym.year, TypeAbbr: t.abbr, Unit: t.unit, Term: t.term, Family: t.family}
	if t.ni > 0 {
		ref.Issuers = sc.copyIssuers(t.issuers[:t.ni])
	}
	switch {
	case t.typ != nil:
		ref.Type = t.typ.name
	case word != nil:
		ref.Type = word.name
		if hasSym && t.ni <= 1 && !sym.party {
			// No type group: the word tells the family, with the year
			// ("Luật số 80/2015/QH13", "Nghị định số 101/CP").
			switch {
			case word.scope&scopeNormative != 0, sym.year != 0 && word.scope&scopeNormativeYear != 0:
				ref.Family = Normative
			case word.name == "Công văn":
				ref.Family = CongVan
			default:
				ref.Family = Administrative
			}
		}
	case carry >= 0 && sc.out[carry].Ref.Type != "" && (t.ni == 0 || !hasSym || sameIssuers(t, sc.out[carry].Ref)):
		ref.Type = sc.out[carry].Ref.Type
	case hasSym && t.ni > 0 && (t.issuers[0] == "QH" || t.issuers[0] == "UBTVQH"):
		// "120/2020/QH14" alone: a law or a resolution.
	case hasSym && t.abbr == "":
		ref.Type = "Công văn"
	}
	if c.generic && ref.Type == "" {
		ref.Type = "Công văn"
	}
	if ref.Type == "Công văn" && ref.Family == Normative {
		// A symbol with a year but no type group nor a legislature
		// ("0/2000/A00") is read as a công văn, as it is with the type
		// word that String writes for it.
		ref.Family = CongVan
	}
	if c.title.end > c.title.start {
		ref.Title = clean(s[c.title.start:c.title.end])
	}
	if c.name.end > c.name.start {
		ref.IssuerName = clean(s[c.name.start:c.name.end])
	}
	m := Match{Start: c.start, End: sym.end, Subject: -1, Antecedent: -1}
	if !hasSym && sym.num.end > j {
		m.End = sym.num.end
	}
	p := m.End
	if sym.vv {
		ref.Title, _ = sc.readTitle(sym.vvEnd, false)
	}
	// A closing parenthesis of "Công văn (số 73/TTg-CN)".
	if c.paren {
		if q := skipSpace(s, p); q < len(s) && s[q] == ')' {
			p = q + 1
			m.End = p
		}
	}
	dated := false
	if !sym.vv {
		if d, e, ok := sc.readDateClause(p, c.header); ok {
			ref.Date, p, m.End, dated = d, e, e, true
		}
		if st, e, ok := sc.readIssuerClause(p); ok {
			ref.IssuerName = clean(s[st:e])
			p, m.End = e, e
			if !dated {
				if d, e, ok := sc.readDateClause(p, false); ok {
					ref.Date, p, m.End, dated = d, e, e, true
				}
			}
		}
		if ref.Title == "" {
			var te int
			ref.Title, te = sc.readTitleAfter(p, c.header)
			// A header has its V/v line before or after the place and date.
			if c.header && !dated && ref.Title != "" {
				if te < len(s) && s[te] == '.' {
					te++
				}
				if d, e, ok := sc.readDateClause(te, true); ok {
					ref.Date, p, m.End, dated = d, e, e, true
				}
			}
		}
		// A header: "Số: 97-QĐ/TW … Hà Nội, ngày … QUY ĐỊNH".
		if c.header && dated && c.word == nil {
			if typ := sc.headerType(p); typ != nil && t.typ != nil && typ.name != t.typ.name {
				for _, x := range sc.reg.lookupType(ref.TypeAbbr) {
					if x.name == typ.name {
						ref.Type = typ.name
					}
				}
			}
		}
	}
	if !hasSym {
		// A short form: accept it on good evidence only.
		q := skipSpace(s, p)
		ok := sc.lenient || c.so || dated || ref.IssuerName != "" ||
			c.standalone && q < len(s) && s[q] == ')'
		if !ok && c.upper {
			ok = sc.resolveShort(ref) >= 0
		}
		if !ok {
			return Match{}, false
		}
	}
	// "Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết
	// số 10-NQ/TU": the date and the issuer stated before the citation.
	if ref.Date == 0 && ref.IssuerName == "" && c.word != nil && !c.generic {
		if d, name, ok := sc.issuedBefore(c.start); ok {
			ref.Date, ref.IssuerName = d, clean(s[name.start:name.end])
		}
	}
	// Carry the list head's issuer name: "các Nghị định của Chính phủ: Số
	// 78/…; số 187/…".
	if carry >= 0 && ref.IssuerName == "" {
		prev := sc.out[carry].Ref
		if prev.IssuerName != "" && equalStrings(prev.Issuers, ref.Issuers) {
			ref.IssuerName = prev.IssuerName
		}
	}
	m.Ref = ref
	// The date, issuer and title read after the symbol.
	sc.steps += p - sym.end
	// An alias right after: "(sau đây gọi tắt là Chỉ thị 05)".
	sc.readAlias(p, &m)
	return m, true
}

// copyIssuers returns a copy of is. The copies of one Extract share an
// array, each capped so that appending to one copies it; Parse, which
// reads one reference, copies it alone.
func (sc *scanner) copyIssuers(is []string) []string {
	if cap(sc.issuers)-len(sc.issuers) < len(is) {
		n := len(is)
		if !sc.lenient {
			n = max(8, n)
		}
		sc.issuers = make([]string, 0, n)
	}
	n := len(sc.issuers)
	sc.issuers = append(sc.issuers, is...)
	return sc.issuers[n:len(sc.issuers):len(sc.issuers)]
}

// wordBefore returns the start of the word that ends at e (after white
// space) and its key in buf.
func wordBefore(s string, e int, buf []byte) (int, int, []byte) {
	e = trimSpaceBack(s, e)
	st := letterRunStart(s, e, 16)
	return st, e, foldWord(buf[:0], s, st, e)
}

// issuedBefore reads the sentence that names the date and the issuer of a
// citation before its type word at st: "ngày 4-6-2010, Thủ tướng Chính
// phủ ban hành Quyết định số 800/QĐ-TTg", "Ngày 14-11-2016, Ban Chấp hành
// Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết …". It returns the date
// and the span of the name.
func (sc *scanner) issuedBefore(st int) (date.Date, span, bool) {
	s := sc.s
	var buf [24]byte
	ws, _, k := wordBefore(s, st, buf[:])
	if string(k) != "hanh" {
		return 0, span{}, false
	}
	ws, _, k = wordBefore(s, ws, buf[:])
	if string(k) != "ban" {
		return 0, span{}, false
	}
	nameEnd := trimSpaceBack(s, ws)
	if w2, _, k := wordBefore(s, ws, buf[:]); string(k) == "da" || string(k) == "vua" || string(k) == "moi" {
		nameEnd = trimSpaceBack(s, w2)
	}
	lo := max(sc.prevEnd, nameEnd-160, 0)
	for x := nameEnd - 4; x >= lo; x-- {
		c := s[x]
		if c == '.' || c == ';' || c == '\n' {
			break
		}
		if c|0x20 != 'n' || x > 0 && isLetterBefore(s, x) {
			continue
		}
		we, ok := wordIs(s, x, "ngay")
		if !ok {
			continue
		}
		d, de, ok := readDateBody(s, we)
		if !ok {
			return 0, span{}, false
		}
		p := skipSpace(s, de)
		if p < len(s) && s[p] == ',' {
			p = skipSpace(s, p+1)
		}
		end, ok := sc.readName(p)
		if !ok || end != nameEnd {
			return 0, span{}, false
		}
		return d, span{p, end}, true
	}
	return 0, span{}, false
}

// stdBefore reports whether the number at i follows the abbreviation of a
// technical standard ("QCVN 10-2008").
func (sc *scanner) stdBefore(i int) bool {
	e := trimSpaceBack(sc.s, i)
	if e == i || e < 4 {
		return false
	}
	st := letterRunStart(sc.s, e, 8)
	for _, t := range sc.reg.lookupType(sc.s[st:e]) {
		if t.scope&scopeStandard != 0 {
			return true
		}
	}
	return false
}

// shortYear reads the year after the number of a short form at p:
// "/2018" of "Thông tư 14/2018", and in Parse the slug form " 2018" of
// "Quyết định 27 2018". Nothing that continues a symbol or a date may
// follow.
func (sc *scanner) shortYear(p int) (int, int, bool) {
	s := sc.s
	if p+5 > len(s) || s[p] != '/' && !(sc.lenient && s[p] == ' ') {
		return 0, 0, false
	}
	y, e, ok := readYear(s, p+1)
	if !ok {
		return 0, 0, false
	}
	if _, ok := plausibleYear(s, p+1); !ok {
		return 0, 0, false
	}
	if e < len(s) {
		if r, _ := runeAt(s, e); isLetter(r) || s[e] == '/' || s[e] == '-' || s[e] == ':' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1]) {
			return 0, 0, false
		}
		if s[p] == ' ' && spaceWidth(s, e) == 0 {
			return 0, 0, false
		}
	}
	return y, e, true
}

// dayAfterNgay reports whether the number at i follows the word "ngày".
func (sc *scanner) dayAfterNgay(i int) bool {
	e := trimSpaceBack(sc.s, i)
	if e < 4 || sc.s[e-1]|0x20 != 'y' {
		// "ngày" ends in y in NFC and NFD alike.
		return false
	}
	st := letterRunStart(sc.s, e, 8)
	var buf [16]byte
	return string(foldWord(buf[:0], sc.s, st, e)) == "ngay"
}

// mayCiteLaw is a cheap filter before a date is looked at as the date of a
// law cited by its name: the text before it must hold a capital L or H
// followed by a vowel of "Luật", "Hiến", "Ph" of "Pháp lệnh", or "Bộ".
func mayCiteLaw(t string) bool {
	for k := 0; k+1 < len(t); k++ {
		switch t[k] {
		case 'L':
			if t[k+1] == 'u' || t[k+1] == 'U' {
				return true
			}
		case 'H':
			if t[k+1] == 'i' || t[k+1] == 'I' {
				return true
			}
		case 'P':
			if t[k+1] == 'h' || t[k+1] == 'H' {
				return true
			}
		case 'B':
			// "Bộ luật", "BỘ LUẬT".
			if t[k+1] >= 0x80 || t[k+1] == 'o' || t[k+1] == 'O' {
				return true
			}
		}
	}
	return false
}

// lawByName reads a law cited by its name and date, the day at i.
func (sc *scanner) lawByName(i int) (Match, bool) {
	s := sc.s
	c := sc.lookback(i)
	if !c.lawDate {
		return Match{}, false
	}
	d, e, ok := readDateBody(s, i)
	if !ok {
		return Match{}, false
	}
	ref := Ref{Family: Normative, Type: c.word.name, Date: d, Title: clean(s[c.title.start:c.title.end])}
	m := Match{Start: c.start, End: e, Subject: -1, Antecedent: -1}
	if st, end, ok := sc.readIssuerClause(e); ok {
		ref.IssuerName = clean(s[st:end])
		m.End = end
	}
	m.Ref = ref
	return m, true
}

func sameIssuers(t typing, r Ref) bool {
	return equalStrings(t.issuers[:t.ni], r.Issuers)
}

func equalStrings(a, b []string) bool {
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

// strong reports whether a symbol without a type word or "số" still looks
// like a reference: a known type, a year, a known issuer or two groups.
func (sc *scanner) strong(sym *symbol, t *typing) bool {
	if t.knownTyp || sym.year != 0 {
		return true
	}
	if t.ni > 0 {
		if _, ok := sc.reg.lookupIssuer(t.issuers[0]); ok {
			return true
		}
	}
	// Two unknown groups ("7334/VPCP-KGVX" shape): codes of capitals.
	if sym.ng < 2 || sym.party {
		return false
	}
	for _, g := range sym.groups[:sym.ng] {
		if utf8.RuneCountInString(sc.s[g.start:g.end]) < 2 || !isUpperCode(sc.s[g.start:g.end]) {
			return false
		}
	}
	return true
}

// mayBeShort is a cheap test before a number without a symbol is looked at:
// the word before it must be "số", "No." or the last word of a type.
func (sc *scanner) mayBeShort(i int) bool {
	s := sc.s
	e := trimSpaceBack(s, i)
	if e > 0 && (s[e-1] == ':' || s[e-1] == '.') {
		e = trimSpaceBack(s, e-1)
	}
	if e > 0 && s[e-1] == '(' {
		e = trimSpaceBack(s, e-1)
	}
	st := letterRunStart(s, e, 24)
	if st == e {
		return false
	}
	var buf [32]byte
	k := foldWord(buf[:0], s, st, e)
	if string(k) == "so" || string(k) == "no" || string(k) == "number" {
		return true
	}
	return sc.reg.byLastWord[string(k)] != nil
}

// unitWords follow a number that counts something: "Kế hoạch 5 năm".
var unitWords = map[string]bool{"nam": true, "thang": true, "ngay": true, "lan": true, "nguoi": true, "gio": true, "tuan": true, "quy": true, "ty": true, "trieu": true, "nghin": true, "dong": true, "km": true, "ha": true, "muc": true, "diem": true, "buoc": true}

// listGap reports whether s[i:j] only separates two items of a list: a
// comma, a semicolon or "và", with no sentence break.
func (sc *scanner) listGap(i, j int) bool {
	if j < i || j-i > 12 {
		return false
	}
	g := sc.s[i:j]
	q := skipSpace(g, 0)
	if q < len(g) && (g[q] == ',' || g[q] == ';') {
		q = skipSpace(g, q+1)
	}
	if e, ok := wordIs(g, q, "va"); ok {
		q = skipSpace(g, e)
	}
	return q == len(g)
}

// listCarry returns the index of the previous match when the number at i
// continues its list ("các Nghị định số 01/2020/NĐ-CP và 02/2020/NĐ-CP",
// "…; số 187/2025/NĐ-CP"), or -1.
func (sc *scanner) listCarry(i int) int {
	s := sc.s
	k := len(sc.out) - 1
	prev := sc.out[k]
	if prev.End > i || i-prev.End > 400 {
		return -1
	}
	sc.steps += i - prev.End
	gap := s[prev.End:i]
	// A list continues after a comma, a semicolon or "và", within one
	// sentence.
	e := trimSpaceBack(gap, len(gap))
	if e > 0 && (gap[e-1] == ':' || gap[e-1] == '(') {
		return -1
	}
	for x := 0; x+1 < len(gap); x++ {
		if gap[x] == '.' && (gap[x+1] == ' ' || gap[x+1] == '\n') {
			return -1
		}
		if gap[x] == '\n' && x+1 < len(gap) && gap[x+1] == '\n' {
			return -1
		}
	}
	st := e
	for st > 0 {
		r, n := runeBefore(gap, st)
		if !isLetter(r) {
			break
		}
		st -= n
	}
	if st < e {
		if _, ok := wordIs(gap, st, "va"); ok {
			return k
		}
		if _, ok := wordIs(gap, st, "and"); ok {
			return k
		}
	}
	if e > 0 && (gap[e-1] == ',' || gap[e-1] == ';') {
		return k
	}
	if e == 0 {
		return k
	}
	return -1
}

// issuerPrefixes introduce the issuer after a citation.
var issuerPrefixes = []string{"cua", "of", "ban hanh boi", "issued by", "do"}

// readIssuerClause reads ", của <name>" (or "of", "ban hành bởi") after a
// citation, or a known name without "của" ("ngày 23 tháng 4 năm 2018
// Chính phủ"). It returns the start and end of the name.
func (sc *scanner) readIssuerClause(p int) (int, int, bool) {
	s := sc.s
	q, ok := skipInline(s, p)
	if !ok {
		return 0, 0, false
	}
	if q < len(s) && s[q] == ',' {
		q = skipSpace(s, q+1)
	}
	var buf [16]byte
	_, k := wordKeyAt(s, q, buf[:])
	for _, pre := range issuerPrefixes {
		if len(k) == 0 || k[0] != pre[0] {
			continue
		}
		e, ok := 0, false
		if len(pre) == len(k) && string(k) == pre {
			e, ok = wordEnd(s, q), true // one word: its key is k
		} else if len(pre) > len(k) {
			e, ok = matchKey(s, q, pre, false)
		}
		if ok {
			if pre == "do" && !sc.lenient {
				continue
			}
			n := skipSpace(s, e)
			if end, ok := sc.readName(n); ok {
				return n, end, true
			}
			return 0, 0, false
		}
	}
	if q > p {
		if end, ent, ok := sc.matchIssuerName(q); ok {
			if ent.english {
				return q, end, true
			}
			return q, sc.termTail(sc.nameTail(end)), true
		}
		// "… ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương".
		for _, h := range directHeads {
			if _, ok := matchKey(s, q, h, false); ok && isUpperAt(s, q) {
				if end, ok := sc.readName(q); ok {
					return q, end, true
				}
			}
		}
	}
	return 0, 0, false
}

// directHeads start an issuer's name that may follow a citation without
// "của".
var directHeads = []string{"hoi nghi", "dai hoi"}

// headerType reads the type name written in capitals under a header's
// place and date.
func (sc *scanner) headerType(p int) *docType {
	s := sc.s
	q := skipSpace(s, p)
	if !isUpperAt(s, q) {
		return nil
	}
	for _, ent := range sc.reg.typeWords {
		if e, ok := matchKey(s, q, ent.key, false); ok && !ent.generic {
			// Capitals only: the type line, not a word of prose.
			for k := q; k < e; {
				r, n := runeAt(s, k)
				if isLetter(r) && !isMark(r) && !isUpperRune(r) {
					return nil
				}
				k += n
			}
			return ent.typ
		}
	}
	return nil
}

// readTitleAfter reads a trích yếu introduced by "về" or "V/v" after a
// citation; in a header (multi set) it may stand after a blank line and run
// over several lines.
func (sc *scanner) readTitleAfter(p int, multi bool) (string, int) {
	s := sc.s
	q, ok := skipInline(s, p)
	if !ok && !multi || q == p && q < len(s) {
		return "", p
	}
	if isVv(s, q) {
		e := q + 3
		if e < len(s) && s[e] == ':' {
			e++
		}
		return sc.readTitle(e, multi)
	}
	if _, ok := wordIs(s, q, "ve"); ok && (!isUpperAt(s, q) || sc.lenient || multi) {
		return sc.readTitle(q, multi)
	}
	return "", p
}

// readTitle reads a title from i to the end of its clause, or to the
// start of a citation inside it. It returns the title and its end.
func (sc *scanner) readTitle(i int, multi bool) (string, int) {
	s := sc.s
	i = skipSpace(s, i)
	if r, _ := runeAt(s, i); !isLetter(r) || isMark(r) {
		// A title starts with a word.
		return "", i
	}
	e := i
	for lim := min(len(s), i+400); e < lim; {
		c := s[e]
		if !titleBytes[c] {
			e++
			continue
		}
		switch c {
		case '\n':
			if !multi {
				goto done
			}
			if q, ok := skipInline(s, e); !ok || q >= len(s) {
				goto done
			}
		case ';', '(', ')', '"', ':', '[', ']':
			goto done
		case '.':
			if e+1 == len(s) || spaceWidth(s, e+1) > 0 || s[e+1] == '/' {
				goto done
			}
		case ',':
			q := skipSpace(s, e+1)
			if q < len(s) && (isUpperAt(s, q) || isDigit(s[q])) {
				goto done
			}
		case 0xE2: // “ ” „
			if e+2 < len(s) && s[e+1] == 0x80 && (s[e+2] == 0x9C || s[e+2] == 0x9D) {
				goto done
			}
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			// A citation inside the title ends it, at its type word.
			if e > i && isDigit(s[e-1]) {
				break
			}
			d := e
			for d < len(s) && isDigit(s[d]) {
				d++
			}
			if r, _ := runeBefore(s, e); !isLetter(r) {
				if sym := sc.readSymbol(e, d); sym.ng > 0 {
					c := sc.lookback(e)
					t := sc.interpret(&sym, c.word)
					if c.start > i && !c.notRef && (c.word != nil || !sym.slug && (c.so || sc.strong(&sym, &t))) {
						e = trimConnectors(s, i, c.start)
						goto done
					}
				}
			}
			e = d - 1
		}
		e++
	}
done:
	sc.steps += e - i
	if e-i >= 400 {
		for e > i && s[e-1] != ' ' {
			e--
		}
	}
	for e > i && !utf8RuneStart(s, e) {
		e--
	}
	t := clean(s[i:e])
	// Normalisation may have made a terminator (U+037E is ';' in NFC);
	// s[i:e] itself has none, since the loop above stops at each.
	if t != s[i:e] {
		if k := titleStop(t); k >= 0 {
			t = t[:k]
		}
	}
	// Trailing punctuation is not part of a title.
	for len(t) > 0 && strings.IndexByte(".,;:- ", t[len(t)-1]) >= 0 {
		t = t[:len(t)-1]
	}
	return t, e
}

// titleBytes marks the bytes that readTitle looks at.
var titleBytes = func() (t [256]bool) {
	for _, c := range []byte("\n;()\":[].,0123456789\xe2") {
		t[c] = true
	}
	return t
}()

// trimConnectors drops the words that led into a citation cut from the end
// of a title ("… Đề án Văn hóa công vụ theo").
func trimConnectors(s string, i, e int) int {
	for {
		e = trimSpaceBack(s, e)
		st := e
		for st > i {
			r, n := runeBefore(s, st)
			if !isLetter(r) {
				break
			}
			st -= n
		}
		if st == e {
			// No word ends at e (a quote, a digit or an invalid byte
			// stands before it): nothing to trim, and reading on from e
			// would make no progress.
			return e
		}
		var buf [16]byte
		_, k := wordKeyAt(s, st, buf[:])
		switch string(k) {
		case "theo", "tai", "cua", "va", "so", "ve", "voi", "cac", "thuc", "hien", "trien", "khai", "can", "cu":
			if st <= i {
				return e
			}
			e = st
			continue
		}
		return e
	}
}

func utf8RuneStart(s string, i int) bool {
	return i >= len(s) || s[i]&0xC0 != 0x80
}

// readAlias reads a short name defined right after a citation, "(sau đây
// gọi tắt là Chỉ thị 05)", "(Chỉ thị 05)", "(sau đây gọi tắt là số
// 19/CT-TTg)", records it and skips it.
func (sc *scanner) readAlias(p int, m *Match) {
	s := sc.s
	q, ok := skipInline(s, p)
	if !ok {
		return
	}
	if m.Ref.Title != "" {
		// The alias may follow the title.
		t := parenOrEnd(s, q, 600)
		if t < len(s) && s[t] == '(' {
			q = t
		}
	}
	if q >= len(s) || s[q] != '(' {
		return
	}
	close := q + 1
	for close < len(s) && close-q < 120 && s[close] != ')' && s[close] != '\n' {
		close++
	}
	sc.steps += close - q
	if close >= len(s) || s[close] != ')' {
		return
	}
	in := skipSpace(s, q+1)
	for _, pre := range []string{"sau day goi tat la", "sau day goi la", "sau day viet tat la", "goi tat la", "viet tat la", "sau day la"} {
		if e, ok := matchKey(s, in, pre, false); ok {
			in = skipSpace(s, e)
			if in < len(s) && s[in] == ':' {
				in = skipSpace(s, in+1)
			}
			break
		}
	}
	// The short name: [type word] [số] number[/symbol].
	d := in
	for d < close && !isDigit(s[d]) {
		d++
	}
	if d == close {
		return
	}
	de := d
	for de < close && isDigit(s[de]) {
		de++
	}
	if trimZeros(s[d:de]) != trimZeros(m.Ref.Number) {
		return
	}
	typ := m.Ref.Type
	if d > in {
		var w window
		w.fold(s, in, d)
		e := w.trim(w.n)
		if st, ok := w.suffix(e, "so"); ok {
			e = w.trim(st)
		}
		if e > 0 {
			ws := w.lastWord(e)
			found := false
			for _, ent := range sc.reg.byLastWord[string(w.k[ws:e])] {
				if st, ok := w.suffix(e, ent.key); ok && st == 0 {
					typ, found = ent.typ.name, true
					break
				}
			}
			if !found {
				return
			}
		}
	}
	sc.aliases = append(sc.aliases, alias{typ: typ, number: trimZeros(s[d:de]), match: len(sc.out)})
	sc.skipTo = close + 1
}

func trimZeros(n string) string {
	for len(n) > 1 && n[0] == '0' {
		n = n[1:]
	}
	return n
}

// resolveShort returns the index of the earlier match a short form stands
// for, or -1.
func (sc *scanner) resolveShort(r Ref) int {
	num := trimZeros(r.Number)
	for k := len(sc.aliases) - 1; k >= 0 && k >= len(sc.aliases)-64; k-- {
		sc.steps++
		a := sc.aliases[k]
		// An alias is recorded before its match is added, so it may name
		// the very match being resolved: that is no antecedent.
		if a.number == num && (r.Type == "" || a.typ == r.Type) && a.match < len(sc.out) {
			return a.match
		}
	}
	for k := len(sc.out) - 1; k >= 0 && k >= len(sc.out)-256; k-- {
		sc.steps++
		o := sc.out[k].Ref
		if trimZeros(o.Number) == num && o.Type == r.Type && o.hasSymbol() {
			return k
		}
	}
	return -1
}

// add appends m, resolving it against the earlier matches and recording
// the relation phrase before it.
func (sc *scanner) add(m Match) {
	k := len(sc.out)
	r := &m.Ref
	if !r.hasSymbol() && r.Number != "" {
		// A short form; a law cited by its name has no number to resolve.
		if a := sc.resolveShort(*r); a >= 0 {
			m.Antecedent = a
			full := sc.out[a].Ref
			if r.IssuerName != "" {
				full.IssuerName = r.IssuerName
			}
			if r.Date != 0 {
				full.Date = r.Date
			}
			if r.Title != "" {
				full.Title = r.Title
			}
			if len(full.Issuers) > 0 {
				full.Issuers = append([]string(nil), full.Issuers...)
			}
			m.Ref = full
		}
	} else {
		if a := sc.findSame(*r); a >= 0 {
			m.Antecedent = a
			o := sc.out[a].Ref
			if r.Date == 0 {
				r.Date = o.Date
			}
			if r.IssuerName == "" {
				r.IssuerName = o.IssuerName
			}
			if r.Title == "" {
				r.Title = o.Title
			}
		}
		if sc.seen != nil {
			sc.remember(*r, k)
		}
	}
	// "Chỉ thị số 15/CT-TTg ngày 27/3/2020 và Chỉ thị số 16/CT-TTg ngày
	// 31/3/2020 của Thủ tướng Chính phủ": the issuer named after the last
	// item of a list names the earlier items of the same issuer.
	if r.IssuerName != "" {
		for a := k - 1; a >= 0 && a >= k-8; a-- {
			p := &sc.out[a].Ref
			next := m.Start
			if a < k-1 {
				next = sc.out[a+1].Start
			}
			if p.IssuerName != "" || !equalStrings(p.Issuers, r.Issuers) || len(r.Issuers) == 0 || !sc.listGap(sc.out[a].End, next) {
				break
			}
			p.IssuerName = r.IssuerName
		}
	}
	if k > 0 {
		sc.relate(k, &m)
	} else {
		sc.relateSelf(&m)
	}
	if sc.out == nil {
		// A paragraph cites one to a few documents; room for four spares
		// the copies of growing a slice of Match one at a time.
		sc.out = make([]Match, 0, 4)
	}
	sc.out = append(sc.out, m)
	sc.prevEnd = m.End
}

// docKey indexes the matches by what identifies a document, to find the
// antecedent of a repeated citation without scanning back.
type docKey struct {
	family       Family
	number, abbr string
	issuer, unit string
	year         int
}

func docKeyOf(r Ref) docKey {
	k := docKey{family: r.Family, number: trimZeros(r.Number), abbr: r.TypeAbbr, unit: r.Unit, year: r.Year}
	if len(r.Issuers) > 0 {
		k.issuer = r.Issuers[0]
	}
	return k
}

// findSame returns the latest earlier match citing the document r cites,
// or -1. A few matches are searched directly; past that an index is built.
func (sc *scanner) findSame(r Ref) int {
	if sc.seen == nil {
		if len(sc.out) <= 16 {
			for a := len(sc.out) - 1; a >= 0; a-- {
				sc.steps++
				if sameDocument(sc.out[a].Ref, r) {
					return a
				}
			}
			return -1
		}
		sc.seen = make(map[docKey]int, 2*len(sc.out))
		sc.steps += len(sc.out)
		for a, m := range sc.out {
			sc.remember(m.Ref, a)
		}
	}
	if a, ok := sc.seen[docKeyOf(r)]; ok && sameDocument(sc.out[a].Ref, r) {
		return a
	}
	return -1
}

// remember indexes the match at a; a dated citation wins over an undated
// one of the same document.
func (sc *scanner) remember(r Ref, a int) {
	if !r.hasSymbol() {
		return
	}
	dk := docKeyOf(r)
	if _, ok := sc.seen[dk]; !ok || r.Date != 0 {
		sc.seen[dk] = a
	}
}

// sameDocument reports whether two citations with symbols name one document.
func sameDocument(a, b Ref) bool {
	return a.Family == b.Family && trimZeros(a.Number) == trimZeros(b.Number) && a.TypeAbbr == b.TypeAbbr &&
		equalStrings(a.Issuers, b.Issuers) && a.Unit == b.Unit && a.Term == b.Term &&
		(a.Year == b.Year) && (a.Type == b.Type || a.Type == "" || b.Type == "") &&
		(a.Date == 0 || b.Date == 0 || a.Date == b.Date)
}

// letterRunStart returns where the run of letters ending at e begins, looking
// back at most max bytes: the start of the word before e, or of its last max
// bytes when it is longer.
func letterRunStart(s string, e, max int) int {
	st := e
	for st > 0 && e-st < max {
		r, n := runeBefore(s, st)
		if !isLetter(r) {
			break
		}
		st -= n
	}
	return st
}

// isLetterBefore reports whether the rune ending at i is a letter.
func isLetterBefore(s string, i int) bool {
	r, _ := runeBefore(s, i)
	return isLetter(r)
}
