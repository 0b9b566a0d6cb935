package legalref

import (
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// span is a byte range of the text.
type span struct{ start, end int }

// maxGroups bounds the groups of a symbol; joint circulars have up to five
// issuers ("36/2009/TTLT-BQP-BNV-BLĐTBXH-BTC").
const maxGroups = 8

// symbol is the raw shape of a số/ký hiệu read from the text, before the
// groups are given a meaning.
type symbol struct {
	num     span   // the number as printed
	number  string // the number, OCR-split digits joined
	year    int
	party   bool // number-TYPE/ISSUER
	std     bool // number:year
	slug    bool // words separated by spaces, as in a URL slug
	hyphen  bool // the first separator was a hyphen
	groups  [maxGroups]span
	ng      int
	end     int
	vv      bool // a glued "V/v" (về việc) follows the symbol
	vvEnd   int
	cutWord bool       // the last group was glued to the next word
	lower   bool       // the first group was typed in lower case
	t0      []*docType // the types the first group may stand for
}

// isLatin reports whether r is a letter of the Latin script as Vietnamese
// uses it; codes are written in it.
func isLatin(r rune) bool {
	return r < 0x250 || 0x1E00 <= r && r < 0x1F00
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isSep(s string, i int) (int, byte) {
	if i >= len(s) {
		return 0, 0
	}
	switch s[i] {
	case '/':
		return 1, '/'
	case '-':
		return 1, '-'
	case 0xE2: // – en dash U+2013, ‐ hyphen U+2010, ‑ U+2011
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x90 || s[i+2] == 0x91) {
			return 3, '-'
		}
	}
	return 0, 0
}

// skipFew skips at most two white-space runes on one line.
func skipFew(s string, i int) int {
	for k := 0; k < 2; k++ {
		if i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
			continue
		}
		if n := spaceWidth(s, i); n > 1 {
			i += n
			continue
		}
		break
	}
	return i
}

// readYear reads a four-digit year at i.
func readYear(s string, i int) (int, int, bool) {
	if i+4 > len(s) {
		return 0, 0, false
	}
	y := 0
	for k := i; k < i+4; k++ {
		if !isDigit(s[k]) {
			return 0, 0, false
		}
		y = y*10 + int(s[k]-'0')
	}
	if i+4 < len(s) && isDigit(s[i+4]) {
		return 0, 0, false
	}
	if y < 1900 || y > 2199 {
		return 0, 0, false
	}
	return y, i + 4, true
}

// glueWords are the words found glued to the end of a symbol in extracted
// text ("…-SMEngày 15 tháng 4").
var glueWords = [...]string{"ngay", "cua", "ve", "nam", "va", "tai", "theo", "quy", "huong", "ban", "thang", "dated"}

// readGroup reads one group of a ký hiệu at i: letters, digits and '&',
// starting with a letter. It rejects ordinary words (a lower-case run of two
// letters or more, unless the whole group is a known code) and cuts a word
// glued to the end of a code.
func (sc *scanner) readGroup(i int) (end int, ok, cut bool) {
	j := i
	lowerRun, lastUpper, runes, uppers := 0, -1, 0, 0
	lowerAfterOneCap := false
	cutUpper := -1 // the last capital before the first glued word
	cutAt := -1
	allLower := true
	for j < len(sc.s) && runes < 24 {
		r, n := runeAt(sc.s, j)
		switch {
		case r == '&' || r < utf8.RuneSelf && isDigit(byte(r)):
			if runes == 0 {
				return 0, false, false
			}
			lowerRun = 0
		case isMark(r):
			// Combining marks of NFD text belong to the letter before.
			if runes == 0 || r > 0x36F {
				goto done
			}
			j += n
			continue
		case isLetter(r) && isLatin(r):
			if unicode.IsUpper(r) {
				allLower = false
				lowerRun = 0
				lastUpper = j
				uppers++
			} else {
				if uppers == 1 && lowerRun == 0 {
					lowerAfterOneCap = true
				}
				lowerRun++
				if lowerRun == 2 && cutAt < 0 && !allLower {
					cutAt, cutUpper = j, lastUpper
				}
			}
		default:
			goto done
		}
		runes++
		j += n
	}
done:
	if runes == 0 || runes >= 24 {
		return 0, false, false
	}
	if allLower || cutAt >= 0 || lowerAfterOneCap {
		// A known code in any case ("Ttg", "nd", "ubnd", "QyĐ").
		if sc.knownCode(sc.s[i:j]) {
			return j, true, false
		}
	}
	if lowerAfterOneCap {
		// One capital and a small letter is a word ("Số", "Về"), not a
		// code; codes with small letters have two capitals before them
		// ("TTg", "CTr", "GDTrH").
		return 0, false, false
	}
	if allLower {
		return 0, false, false
	}
	if cutAt < 0 {
		return j, true, false
	}
	// A lower-case run inside: a word glued on. "SMEngày": cut before the
	// capital that starts a known word; "CPngày": cut before the run.
	var buf [16]byte
	if cutUpper >= 0 && cutUpper > i {
		_, k := wordKeyAt(sc.s, cutUpper, buf[:])
		for _, g := range glueWords {
			if len(k) >= len(g) && string(k[:len(g)]) == g {
				return cutUpper, true, true
			}
		}
	}
	// Start of the lower-case run: one letter before cutAt.
	_, n := runeBefore(sc.s, cutAt)
	st := cutAt - n
	for st > i {
		r, n := runeBefore(sc.s, st)
		if !isMark(r) {
			break
		}
		st -= n
	}
	if st <= i {
		return 0, false, false
	}
	if r, _ := runeBefore(sc.s, st); !unicode.IsUpper(r) && !isDigit(byte(r)) {
		return 0, false, false
	}
	return st, true, true
}

// knownCode reports whether s is a type abbreviation or an issuer the
// registry knows, or a legislature code such as "qh14".
func (sc *scanner) knownCode(s string) bool {
	if len(sc.reg.lookupType(s)) > 0 {
		return true
	}
	if _, ok := sc.reg.lookupIssuer(s); ok {
		return true
	}
	_, _, ok := splitTerm(s)
	return ok
}

// splitTerm splits "QH14" and "UBTVQH11" into the body and its legislature.
func splitTerm(s string) (string, int, bool) {
	d := len(s)
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d == len(s) || len(s)-d > 2 {
		return "", 0, false
	}
	var b [16]byte
	k := appendCodeKey(b[:0], s[:d], false)
	var body string
	switch string(k) {
	case "qh":
		body = "QH"
	case "ubtvqh":
		body = "UBTVQH"
	default:
		return "", 0, false
	}
	t := 0
	for _, c := range []byte(s[d:]) {
		t = t*10 + int(c-'0')
	}
	if t == 0 {
		return "", 0, false
	}
	return body, t, true
}

// readSymbol reads the số/ký hiệu whose number is the digit run s[i:j].
// With no ký hiệu after the number, the symbol has no groups.
func (sc *scanner) readSymbol(i, j int) symbol {
	sym := sc.readSymbolParts(i, j)
	if sym.ng == 0 && !sym.std {
		// Without a ký hiệu, the number is its digits alone: a letter or
		// digits after it belonged to a symbol that is not there.
		sym = symbol{num: span{i, j}, number: sc.s[i:j], end: j}
	}
	return sym
}

func (sc *scanner) readSymbolParts(i, j int) symbol {
	s := sc.s
	sym := symbol{num: span{i, j}}
	p := j
	if g, ok := sc.readGlued(i, j); ok {
		return g
	}
	// A letter suffix: "30c/NQ-CP".
	if p+1 < len(s) && isASCIILetter(s[p]) && (s[p+1] == '/' || s[p+1] == '-') {
		p++
		sym.num.end = p
	}
	// Digits split by OCR: "4 7/2020/…".
	if p+1 < len(s) && s[p] == ' ' && isDigit(s[p+1]) && j-i <= 3 {
		q := p + 1
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		if q < len(s) && s[q] == '/' && q-p <= 4 {
			sym.number = s[i:j] + s[p+1:q]
			p = q
			sym.num.end = q
		}
	}
	if sym.number == "" {
		sym.number = s[sym.num.start:sym.num.end]
	}
	sym.end = sym.num.end
	sp := skipFew(s, p)
	n, sep := isSep(s, sp)
	switch {
	case sep != 0:
		sym.hyphen = sep == '-'
		p = skipFew(s, sp+n)
	case sp < len(s) && s[sp] == ':' && sp == p:
		y, e, ok := readYear(s, sp+1)
		if !ok {
			return sym
		}
		sym.std, sym.year = true, y
		sym.end = e
		if e < len(s) && s[e] == '/' {
			p = e + 1
		} else {
			return sym
		}
	case sp > p && sp < len(s):
		// "84 QĐ/TWĐTN" (Party without its hyphen) or a URL slug.
		if e, ok, _ := sc.readGroup(sp); ok {
			if e < len(s) && s[e] == '/' && len(sc.reg.lookupType(s[sp:e])) > 0 {
				sym.hyphen = true
				p = sp
				break
			}
		}
		return sc.readSlug(sym, sp)
	default:
		return sym
	}
	// The year segment of a normative symbol.
	if !sym.std {
		if y, e, ok := readYear(s, p); ok {
			q := skipFew(s, e)
			if n, _ := isSep(s, q); n > 0 {
				sym.year = y
				p = skipFew(s, q+n)
			} else {
				return sym
			}
		}
	}
	// The groups.
	partySep := false
	for sym.ng < maxGroups {
		e, ok, cut := sc.readGroup(p)
		if !ok && sym.ng > 0 && sym.lower && p > 0 && (s[p-1] == '-' || s[p-1] == '/') {
			// "12/ubnd-tchc": in a symbol typed in lower case, an unknown
			// unit after a known code.
			if e2 := wordEnd(s, p); e2 > p && e2-p <= 12 && ascii(s[p:e2]) && isLowerWord(s[p:e2]) {
				e, ok = e2, true
			}
		}
		if !ok {
			break
		}
		if partySep && sym.ng == 1 {
			sym.party = true
		}
		if !sym.lower && sym.ng == 0 {
			sym.lower = isLowerWord(s[p:e])
		}
		sym.groups[sym.ng] = span{p, e}
		sym.ng++
		sym.end = e
		if cut {
			sym.cutWord = true
			break
		}
		// "NCV/v": the V of a glued V/v.
		if e+2 <= len(s) && s[e] == '/' && (s[e+1] == 'v') && (e+2 == len(s) || !isASCIILetter(s[e+2])) && s[e-1] == 'V' && e-1 > p {
			sym.groups[sym.ng-1].end = e - 1
			sym.end = e - 1
			sym.vv, sym.vvEnd = true, e+2
			break
		}
		// Separator: tight, or spaced while a group is still due
		// ("TT- BNV", after the type of a symbol with no issuer yet).
		q := e
		if sym.ng == 1 {
			sym.t0 = sc.reg.lookupType(s[sym.groups[0].start:sym.groups[0].end])
		}
		if sym.ng == 1 && len(sym.t0) > 0 {
			q = skipFew(s, e)
		}
		n, sep := isSep(s, q)
		if n == 0 {
			break
		}
		r := q + n
		if q > e || sym.ng == 1 {
			r = skipFew(s, r)
		}
		if sym.ng == 1 && len(sym.t0) > 0 && sep == '-' {
			// "473/TTr -\nNN&PTNT": the line broken after the hyphen.
			if r < len(s) && s[r] == '\r' {
				r++
			}
			if r < len(s) && s[r] == '\n' {
				r = skipFew(s, r+1)
			}
		}
		if c, _ := runeAt(s, r); !isLetter(c) {
			break
		}
		if sym.ng == 1 && sym.hyphen && sep == '/' && sym.year == 0 {
			partySep = true
		}
		p = r
	}
	if sym.ng == 1 && !sym.std && utf8.RuneCountInString(s[sym.groups[0].start:sym.groups[0].end]) == 1 &&
		!sc.knownCode(s[sym.groups[0].start:sym.groups[0].end]) {
		// One letter that is no code is not a ký hiệu: "Số 93 / T TIN
		// TỨC" is a newsletter's issue.
		sym.ng = 0
	}
	return sym
}

// readSlug reads the space-separated form of URL slugs and typed-in
// searches: "115 2020 nd cp", "977 qd ttg", "528 2018 ubtvqh14". Every word
// must be a known code.
func (sc *scanner) readSlug(sym symbol, p int) symbol {
	s := sc.s
	if y, e, ok := readYear(s, p); ok && e < len(s) && s[e] == ' ' {
		sym.year = y
		p = e + 1
	}
	for sym.ng < maxGroups {
		e := wordEnd(s, p)
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e == p || !sc.knownCode(s[p:e]) {
			break
		}
		sym.groups[sym.ng] = span{p, e}
		sym.ng++
		sym.end = e
		if e+1 < len(s) && s[e] == ' ' && isLetter(rune(s[e+1])) {
			p = e + 1
			continue
		}
		break
	}
	if sym.ng == 0 {
		sym.year = 0
		return sym
	}
	sym.slug = true
	return sym
}

// typing is what the groups of a symbol mean.
type typing struct {
	typ      *docType
	abbr     string
	issuers  [maxGroups]string
	ni       int
	unit     string
	term     int
	family   Family
	knownTyp bool // the type came from the symbol
}

// interpret gives the groups of sym their meaning: type, issuers, unit,
// legislature. word is the type named by the type word, if any.
func (sc *scanner) interpret(sym *symbol, word *docType) typing {
	var t typing
	s := sc.s
	groups := sym.groups[:sym.ng]
	if len(groups) == 0 {
		return t
	}
	g0 := s[groups[0].start:groups[0].end]
	rest := groups[1:]
	var ts []*docType
	switch {
	case sym.std:
	case sym.t0 != nil:
		ts = sym.t0
	default:
		ts = sc.reg.lookupType(g0)
	}
	isIssuer := false
	if !sym.std && (len(ts) == 0 || len(rest) == 0 && !sym.party) {
		if _, ok := sc.reg.lookupIssuer(g0); ok {
			isIssuer = true
		} else if _, _, ok := splitTerm(g0); ok {
			isIssuer = true
		}
	}
	switch {
	case sym.std:
		// QCVN 102:2016/BTTTT: the type came before the number.
		rest = groups
	case word != nil && len(ts) > 0 && len(rest) > 0 && sym.year == 0 && !hasType(ts, word) && !sc.anyIssuer(rest):
		// The first group names another type than the word, and no known
		// issuer follows: it is the issuer of a symbol without a type
		// group, as in old symbols ("Circular No. 87-TC/VT", TC for the
		// Ministry of Finance) and công văn of units whose code is also
		// a type ("Công văn 10453/CT-TTHT", CT for a Cục Thuế).
		rest = groups
		sym.party = false
	case len(ts) > 0 && (len(rest) > 0 || !isIssuer || sym.party):
		t.typ = pickType(ts, word, sym.party)
	case sym.party:
		// number-TYPE/ISSUER with a type the registry does not know.
		t.abbr = upperCode(g0)
	case !isIssuer && len(rest) == 0:
		// Fused type and issuer: "QĐUBND", "NĐCP", "TTVPCP".
		if typ, iss, ok := sc.splitFused(g0, word); ok {
			t.typ = typ
			t.issuers[0], t.ni = iss, 1
			rest = nil
		} else {
			rest = groups
		}
	case isIssuer && len(rest) == 1 && word != nil && word.name != "Công văn" && sym.year == 0:
		// Inverted: "Quyết định số 1085/LĐTBXH-QĐ", when the type word
		// agrees with the last group.
		last := s[rest[0].start:rest[0].end]
		for _, x := range sc.reg.lookupType(last) {
			if x.name == word.name {
				t.typ = x
				rest = groups[:1]
				break
			}
		}
		if t.typ == nil {
			rest = groups
		}
	default:
		rest = groups
	}
	if t.typ != nil {
		t.knownTyp = true
		t.abbr = sc.reg.canonicalAbbr(t.typ, sym.party)
	}
	liên := t.typ != nil && (t.abbr == "TTLT" || t.abbr == "NQLT")
	for k, g := range rest {
		code := s[g.start:g.end]
		if body, term, ok := splitTerm(code); ok {
			t.issuers[t.ni] = body
			t.ni++
			t.term = term
			continue
		}
		canon, known := sc.reg.lookupIssuer(code)
		if !known {
			canon = upperCode(code)
		}
		switch {
		case t.ni == 0:
			t.issuers[0], t.ni = canon, 1
		case t.typ == nil && !liên:
			// Công văn: issuer, then the drafting unit.
			t.unit = joinUnit(t.unit, canon)
		case liên || known && t.unit == "":
			t.issuers[t.ni] = canon
			t.ni++
		default:
			t.unit = joinUnit(t.unit, canon)
		}
		_ = k
	}
	switch {
	case sym.std:
		t.family = Standard
	case sym.party:
		t.family = Party
	case t.typ != nil && t.typ.scope&scopeConsolidated != 0:
		t.family = Consolidated
	case t.ni > 1:
		t.family = Joint
	case sym.year != 0 && (t.typ == nil || t.typ.scope&(scopeNormative|scopeNormativeYear) != 0):
		// A year segment makes a normative symbol, of a normative type:
		// "45/2020/HĐ-CN" is a contract.
		t.family = Normative
	case t.typ == nil:
		t.family = CongVan
	case t.typ.scope&scopeNormative != 0:
		t.family = Normative
	default:
		t.family = Administrative
	}
	return t
}

// hasType reports whether word is one of the types ts.
func hasType(ts []*docType, word *docType) bool {
	for _, t := range ts {
		if t.name == word.name {
			return true
		}
	}
	return false
}

// anyIssuer reports whether one of the groups is a known issuer or a
// legislature code.
func (sc *scanner) anyIssuer(groups []span) bool {
	for _, g := range groups {
		code := sc.s[g.start:g.end]
		if _, ok := sc.reg.lookupIssuer(code); ok {
			return true
		}
		if _, _, ok := splitTerm(code); ok {
			return true
		}
	}
	return false
}

func joinUnit(u, g string) string {
	if u == "" {
		return g
	}
	return u + "-" + g
}

// splitFused splits a group in which PDF extraction lost the hyphen
// ("QĐUBND" → QĐ + UBND): the longest type abbreviation followed by a known
// issuer.
func (sc *scanner) splitFused(g string, word *docType) (*docType, string, bool) {
	for cut := len(g) - 1; cut > 0; cut-- {
		if !utf8.RuneStart(g[cut]) {
			continue
		}
		ts := sc.reg.lookupType(g[:cut])
		if r, _ := utf8.DecodeRuneInString(g[cut:]); len(ts) == 0 || !isLetter(r) || isMark(r) {
			continue
		}
		iss, ok := sc.reg.lookupIssuer(g[cut:])
		if !ok {
			if _, _, qh := splitTerm(g[cut:]); qh {
				continue
			}
			// An unknown issuer only when the type word agrees.
			t := pickType(ts, word, false)
			if word == nil || t.name != word.name || utf8.RuneCountInString(g[cut:]) < 2 || !isUpperCode(g[cut:]) {
				continue
			}
			iss = vntext.NFC(g[cut:])
		}
		return pickType(ts, word, false), iss, true
	}
	return nil, "", false
}

func isUpperCode(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// plausibleYear reports whether the four digits at i make the year of a
// document's symbol.
func plausibleYear(s string, i int) (int, bool) {
	y := 0
	for k := i; k < i+4; k++ {
		y = y*10 + int(s[k]-'0')
	}
	return y, 1945 <= y && y <= 2099
}

// readGlued reads a symbol whose separators were lost, the digits glued to
// the codes as in file names and search boxes: "021999ttbkh" (02/1999/TT-
// BKH), "012018tt bkhđt", "4981bnn ty" (4981/BNN-TY). A run of five digits
// or more ending in a year is split; the letters must be a known issuer, or
// a known type fused with or followed by a known issuer. The result counts
// as a slug: it needs a type word or "số" before it.
func (sc *scanner) readGlued(i, j int) (symbol, bool) {
	s := sc.s
	if j >= len(s) || !isASCIILetter(s[j]) {
		return symbol{}, false
	}
	sym := symbol{num: span{i, j}, slug: true}
	if j-i >= 5 {
		if y, ok := plausibleYear(s, j-4); ok {
			sym.year = y
			sym.num.end = j - 4
		}
	}
	e := wordEnd(s, j)
	sc.steps += e - j
	code := s[j:e]
	issuer := false
	switch {
	case sc.knownIssuer(code):
		sym.groups[0], sym.ng, issuer = span{j, e}, 1, true
	case len(sc.reg.lookupType(code)) > 0:
		sym.groups[0], sym.ng = span{j, e}, 1
	default:
		for cut := len(code) - 1; cut > 0; cut-- {
			if len(sc.reg.lookupType(code[:cut])) > 0 && utf8.RuneStart(code[cut]) && sc.knownIssuer(code[cut:]) {
				sym.groups[0], sym.groups[1], sym.ng, issuer = span{j, j + cut}, span{j + cut, e}, 2, true
				break
			}
		}
	}
	if sym.ng == 0 || sym.year == 0 && !issuer {
		return symbol{}, false
	}
	sym.number = s[sym.num.start:sym.num.end]
	sym.end = e
	// Codes that follow as words: "012018tt bkhđt", "4981bnn ty".
	for sym.ng < maxGroups && e+1 < len(s) && s[e] == ' ' && isLetter(rune(s[e+1])) {
		we := wordEnd(s, e+1)
		w := s[e+1 : we]
		switch {
		case sc.knownCode(w):
			if sc.knownIssuer(w) {
				issuer = true
			}
		case issuer && sym.ng == 1 && we-e-1 >= 2 && we-e-1 <= 6 && ascii(w) && !isStop(s, e+1, we):
			// The drafting unit of a công văn after its issuer.
		default:
			return sym, issuer
		}
		sym.groups[sym.ng] = span{e + 1, we}
		sym.ng++
		e, sym.end = we, we
	}
	return sym, issuer
}

// knownIssuer reports whether code is an issuer the registry knows or a
// legislature code.
func (sc *scanner) knownIssuer(code string) bool {
	if _, ok := sc.reg.lookupIssuer(code); ok {
		return true
	}
	_, _, ok := splitTerm(code)
	return ok
}

// readStdLoose reads the number of a technical standard written without
// its colon or slash: "QCVN 10-2008 BTNMT", "TCVN 93802012", "QCVN 12009
// BKHCN". It is tried only after a standard's abbreviation.
func (sc *scanner) readStdLoose(i, j int) (symbol, bool) {
	s := sc.s
	sym := symbol{num: span{i, j}, std: true}
	p := j
	switch {
	case j+5 <= len(s) && (s[j] == '-' || s[j] == '.'):
		y, e, ok := readYear(s, j+1)
		if !ok {
			return symbol{}, false
		}
		sym.year, p = y, e
	case j-i >= 5:
		y, ok := plausibleYear(s, j-4)
		if !ok {
			return symbol{}, false
		}
		sym.year, sym.num.end = y, j-4
	default:
		return symbol{}, false
	}
	sym.number = s[sym.num.start:sym.num.end]
	sym.end = p
	// The issuer after a slash or a space: "/BTNMT", " BKHCN".
	if p+1 < len(s) && (s[p] == '/' || s[p] == ' ') {
		if e, ok, _ := sc.readGroup(p + 1); ok && sc.knownCode(s[p+1:e]) {
			sym.groups[0], sym.ng, sym.end = span{p + 1, e}, 1, e
		}
	}
	return sym, true
}
