package legalref

import "strings"

// This file reads the relation phrases between citations ("Nghị định
// 154/2020/NĐ-CP sửa đổi, bổ sung Nghị định 34/2016/NĐ-CP") into
// Match.Relation and Match.Subject. A phrase is looked for only in a bounded
// stretch of text before each citation, so the work stays linear in the
// text.

// relationPhrases in the order they are tried; passive forms first. An
// imperative phrase opens an article or an item of the text that acts
// ("Điều 3. Bãi bỏ Điều 5 Nghị định số …"); "bổ sung", "hướng dẫn" and
// "thay cho" also open the tasks of a directive ("Hướng dẫn các đơn vị
// thực hiện …") and are not imperative.
var relationPhrases = []struct {
	key        string
	rel        Relation
	passive    bool
	imperative bool
}{
	{"duoc sua doi, bo sung boi", Amends, true, false},
	{"duoc sua doi, bo sung tai", Amends, true, false},
	{"duoc sua doi, bo sung theo", Amends, true, false},
	{"duoc sua doi boi", Amends, true, false},
	{"duoc sua doi tai", Amends, true, false},
	{"duoc bo sung boi", Amends, true, false},
	{"duoc thay the boi", Replaces, true, false},
	{"duoc thay the bang", Replaces, true, false},
	{"duoc huong dan boi", Guides, true, false},
	{"duoc huong dan tai", Guides, true, false},
	{"bi bai bo boi", Repeals, true, false},
	{"duoc hop nhat", Consolidates, true, false},
	{"sua doi, bo sung", Amends, false, true},
	{"sua doi bo sung", Amends, false, true},
	{"sua doi", Amends, false, true},
	{"bo sung", Amends, false, false},
	{"thay the", Replaces, false, true},
	{"thay cho", Replaces, false, false},
	{"huong dan thi hanh", Guides, false, false},
	{"huong dan", Guides, false, false},
	{"quy dinh chi tiet", Guides, false, false},
	{"bai bo", Repeals, false, true},
	{"dinh chinh", Corrects, false, true},
	{"hop nhat", Consolidates, false, false},
	{"amending", Amends, false, false},
	{"replacing", Replaces, false, false},
	{"guiding", Guides, false, false},
	{"repealing", Repeals, false, false},
}

// phrasesByFirst indexes relationPhrases by their first word.
var phrasesByFirst = func() map[string][]int {
	m := map[string][]int{}
	for i, ph := range relationPhrases {
		w, _, _ := strings.Cut(ph.key, " ")
		w = strings.TrimSuffix(w, ",")
		m[w] = append(m[w], i)
	}
	return m
}()

// The reach of the relation rules, in bytes before a citation. They bound
// the work per citation.
const (
	// listReach bounds the text between two citations that a relation
	// reaches across: the first one's date, issuer and title, and the
	// separator of a list.
	listReach = 400
	// phraseReach bounds how far before a citation its relation phrase
	// may stand.
	phraseReach = 160
	// selfReach bounds the clause searched for "Nghị định này … thay thế".
	selfReach = 200
	// looseReach bounds the words between a phrase of the text itself and
	// the citation it acts on, unless they are a pinpoint ("khoản 2 Điều
	// 5, Điều 7 và Điều 9 của").
	looseReach = 60
)

// phraseAt returns the relation phrase that starts at i in s and its end.
func phraseAt(s string, i int) (int, int, bool) {
	var buf [24]byte
	_, k := wordKeyAt(s, i, buf[:])
	for _, x := range phrasesByFirst[string(k)] {
		if e, ok := matchKey(s, i, relationPhrases[x].key, false); ok {
			return x, e, true
		}
	}
	return 0, 0, false
}

// phraseHit is a relation phrase found in the text.
type phraseHit struct {
	ix         int // index in relationPhrases
	start, end int
	ok         bool
}

// lastPhrase returns the last relation phrase that starts a word in
// s[from:to] and may act on what follows it; atStart says that from starts
// a word whatever precedes it. An active phrase followed by "về" opens a
// subject matter ("… hướng dẫn về đăng ký doanh nghiệp"), not a document.
func (sc *scanner) lastPhrase(from, to int, atStart bool) phraseHit {
	s := sc.s
	var h phraseHit
	for x := from; x < to; {
		r, n := runeAt(s, x)
		if !isLetter(r) {
			x += n
			continue
		}
		if x == from && atStart || !isLetterBefore(s, x) {
			if ix, e, ok := phraseAt(s, x); ok && e <= to {
				if relationPhrases[ix].passive {
					h = phraseHit{ix, x, e, true}
				} else if _, ve := wordIs(s, skipSpace(s, e), "ve"); !ve {
					h = phraseHit{ix, x, e, true}
				}
				x = e
				continue
			}
		}
		x = wordEnd(s, x)
	}
	return h
}

// pinpointWords are the words of a pinpoint between a relation phrase and
// the document it acts on ("bãi bỏ khoản 2 Điều 5 của Nghị định …",
// "sửa đổi, bổ sung một số điều của …", "sửa đổi nội dung tại Điều 1"),
// besides numbers, single letters (điểm a) and Roman numerals (Chương II).
var pinpointWords = map[string]bool{
	"dieu": true, "khoan": true, "diem": true, "chuong": true, "muc": true, "phan": true, "tiet": true,
	"phu": true, "luc": true, "cua": true, "tai": true, "trong": true, "cac": true, "mot": true, "so": true,
	"noi": true, "dung": true, "article": true, "articles": true, "clause": true, "clauses": true, "point": true,
	"of": true, "the": true,
}

// isRoman reports whether k is a lower-case Roman numeral of the sort that
// numbers chapters and parts.
func isRoman(k []byte) bool {
	if len(k) == 0 || len(k) > 6 {
		return false
	}
	for _, c := range k {
		if c != 'i' && c != 'v' && c != 'x' && c != 'l' {
			return false
		}
	}
	return true
}

// tailKind reads s[from:to], the words before a citation. list reports that
// it ends with the separator of a list ("," "và" "and") followed by nothing
// but a pinpoint: "… và ", ", Điều 7 ". pin reports that it holds nothing
// but pinpoints and separators (or nothing).
func (sc *scanner) tailKind(from, to int) (list, pin bool) {
	s := sc.s
	pin = true
	for x := from; x < to; {
		if n := spaceWidth(s, x); n > 0 {
			x += n
			continue
		}
		c := s[x]
		switch {
		case c == ',':
			list = true
			x++
		case isDigit(c):
			for x < to && (isDigit(s[x]) || s[x] == '.') {
				x++
			}
		default:
			r, n := runeAt(s, x)
			if !isLetter(r) {
				list, pin = false, false
				x += n
				continue
			}
			e := min(wordEnd(s, x), to)
			var buf [16]byte
			var k []byte
			if e-x <= len(buf) {
				k = foldWord(buf[:0], s, x, e)
			}
			switch {
			case string(k) == "va" || string(k) == "and":
				list = true
			case len(k) == 1 || pinpointWords[string(k)] || isRoman(k):
			default:
				list, pin = false, false
			}
			x = e
		}
	}
	return list, pin
}

// coordinated reports whether the word before p, after from, joins two
// verbs of one subject: ",", "và", "and", "đồng thời".
func (sc *scanner) coordinated(from, p int) bool {
	s := sc.s
	e := trimSpaceBack(s, p)
	if e <= from {
		return false
	}
	if s[e-1] == ',' {
		return true
	}
	var buf [24]byte
	st, _, k := wordBefore(s, e, buf[:])
	if st < from {
		return false
	}
	switch string(k) {
	case "va", "and":
		return true
	case "thoi":
		st2, _, k2 := wordBefore(s, st, buf[:])
		return st2 >= from && string(k2) == "dong"
	}
	return false
}

// selfBefore reports whether the word before p, after from, is "này" (or
// "nay" in text without diacritics, and in "Nay bãi bỏ …").
func (sc *scanner) selfBefore(from, p int) bool {
	var buf [24]byte
	st, _, k := wordBefore(sc.s, p, buf[:])
	return st >= from && st < p && string(k) == "nay"
}

// selfIn reports whether s[from:to] names the text itself: the word "này"
// (or "nay") after a word other than "hiện" (hiện nay, "now"). It looks
// only at the bytes n and N followed by an a (or à, or a and a combining
// mark) that start a word.
func (sc *scanner) selfIn(from, to int) bool {
	s := sc.s
	for x := from; x+3 <= to; x++ {
		if s[x]|0x20 != 'n' {
			continue
		}
		if a := s[x+1]; a|0x20 != 'a' && !(a == 0xC3 && (s[x+2]|0x20) == 0xA0) {
			continue
		}
		if x > from && isLetterBefore(s, x) {
			continue
		}
		if e, ok := wordIs(s, x, "nay"); ok && e <= to {
			var buf [24]byte
			if _, _, k := wordBefore(s, x, buf[:]); string(k) != "hien" {
				return true
			}
		}
	}
	return false
}

// clauseHead returns where the first word of the clause at cs stands when
// the clause opens a line, after at most a label ("1.", "a)", "-", "Điều
// 3."): the place of a phrase by which an article or an item of the text
// acts ("Điều 3. Bãi bỏ …").
func (sc *scanner) clauseHead(cs int) (int, bool) {
	s := sc.s
	ls := cs
	if ls > 0 && s[ls-1] == '.' {
		// "Điều 3. Bãi bỏ": the clause began after the label's dot.
		for ls > 0 && cs-ls < 24 && s[ls-1] != '\n' {
			ls--
		}
	}
	if ls > 0 && s[ls-1] != '\n' {
		return 0, false
	}
	for i := ls; i < len(s) && i-ls <= 24; {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || isDigit(c) || strings.IndexByte(".):-+*(", c) >= 0:
			i++
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94 || s[i+2] == 0xA2):
			// – — •
			i += 3
		default:
			e := wordEnd(s, i)
			if e == i || e-i > 16 {
				return 0, false
			}
			var buf [16]byte
			k := foldWord(buf[:0], s, i, e)
			if string(k) != "dieu" && string(k) != "article" && len(k) != 1 && !isRoman(k) {
				return i, true
			}
			i = e
		}
	}
	return 0, false
}

// sentenceBreak reports whether t crosses the end of a clause: ";", a line
// break, or ". ".
func sentenceBreak(t string) bool {
	for x := 0; x < len(t); x++ {
		if t[x] == ';' || t[x] == '\n' || t[x] == '.' && x+1 < len(t) && t[x+1] == ' ' {
			return true
		}
	}
	return false
}

// relate records the relation of m, the match at k > 0, to the text before
// it:
//
//   - a list continues the relation of its first item: in "Nghị định này
//     thay thế Nghị định số 110/2004/NĐ-CP … và Nghị định số
//     09/2010/NĐ-CP" both are replaced by the text, in "Nghị định số
//     11/2020/NĐ-CP hướng dẫn Luật số 80/2015/QH13 và Luật số 63/2020/QH14"
//     both laws are guided by the decree;
//   - a phrase after the previous citation acts through it ("Nghị định 154/2020/NĐ-CP
//     sửa đổi Nghị định 34/2016/NĐ-CP"), or is acted by the later one when
//     passive ("… được sửa đổi, bổ sung bởi …");
//   - a phrase joined to an earlier one by "và" or a comma has its subject:
//     in "Thông tư này thay thế Thông tư số 01/2011/TT-BNV … và bãi bỏ
//     Quyết định số 12/2005/QĐ-BNV" the text itself repeals the decision;
//   - a pinpoint may stand between the phrase and the citation ("bãi bỏ
//     Điều 5 Nghị định số 11/2020/NĐ-CP").
func (sc *scanner) relate(k int, m *Match) {
	s := sc.s
	prev := &sc.out[k-1]
	sc.steps += max(m.Start-prev.End, 0)
	if m.Start < prev.End || m.Start-prev.End > listReach || sentenceBreak(s[prev.End:m.Start]) {
		sc.relateSelf(m)
		return
	}
	from := max(prev.End, m.Start-phraseReach)
	h := sc.lastPhrase(from, m.Start, from == prev.End)
	tail := prev.End
	if h.ok {
		tail = h.end
	}
	if prev.Relation != NoRelation {
		// The previous match can only carry the relation of an active
		// phrase here: a passive one is set on it by its successor, m.
		if list, _ := sc.tailKind(tail, m.Start); list {
			m.Relation, m.Subject = prev.Relation, prev.Subject
			return
		}
	}
	if !h.ok {
		return
	}
	ph := relationPhrases[h.ix]
	switch {
	case ph.passive:
		prev.Relation, prev.Subject = ph.rel, k
	case sc.selfBefore(prev.End, h.start):
		// "… Nghị định này thay thế …".
		m.Relation, m.Subject = ph.rel, -1
	case sc.coordinated(prev.End, h.start) && prev.Relation != NoRelation:
		m.Relation, m.Subject = ph.rel, prev.Subject
	case sc.coordinated(prev.End, h.start) && sc.selfIn(prev.End, h.start):
		m.Relation, m.Subject = ph.rel, -1
	default:
		m.Relation, m.Subject = ph.rel, k-1
	}
}

// relateSelf records a relation by which the text itself acts on m, the
// first citation of its clause:
//
//   - "Nghị định này thay thế Nghị định số …", "Nay bãi bỏ …";
//   - "Nghị định này có hiệu lực … và bãi bỏ Nghị định số …";
//   - a phrase that opens an article or item, before a pinpoint at most:
//     "Điều 3. Bãi bỏ Điều 5 Nghị định số …".
func (sc *scanner) relateSelf(m *Match) {
	s := sc.s
	lo := max(m.Start-selfReach, sc.prevEnd, 0)
	sc.steps += max(m.Start-lo, 0)
	cs := m.Start
	for cs > lo {
		if c := s[cs-1]; c == ';' || c == '\n' || c == '.' && spaceWidth(s, cs) > 0 {
			break
		}
		cs--
	}
	if !sc.selfIn(cs, m.Start) {
		// Without "này" only a phrase that opens an article or an item
		// can make the text the acting document.
		p, ok := sc.clauseHead(cs)
		if !ok || p >= m.Start {
			return
		}
		ix, e, ok := phraseAt(s, p)
		if !ok || !relationPhrases[ix].imperative || e > m.Start {
			return
		}
		if _, pin := sc.tailKind(e, m.Start); pin {
			m.Relation, m.Subject = relationPhrases[ix].rel, -1
		}
		return
	}
	h := sc.lastPhrase(cs, m.Start, cs > m.Start-selfReach)
	if !h.ok || relationPhrases[h.ix].passive {
		return
	}
	ph := relationPhrases[h.ix]
	_, pin := sc.tailKind(h.end, m.Start)
	if m.Start-h.end > looseReach && !pin {
		return
	}
	switch {
	case sc.selfBefore(cs, h.start):
	case sc.coordinated(cs, h.start) && sc.selfIn(cs, h.start):
	case ph.imperative && pin:
		if p, ok := sc.clauseHead(cs); !ok || p != h.start {
			return
		}
	default:
		return
	}
	m.Relation, m.Subject = ph.rel, -1
}
