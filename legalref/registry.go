package legalref

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// The registries are data, kept apart from the code that reads them, as
// eyecite keeps its reporters database apart from its tokenizer.
var (
	//go:embed data/types.tsv
	typesTSV string
	//go:embed data/issuers.tsv
	issuersTSV string
)

// Issuer is a body that issues documents, as a [Parser] knows it: the
// abbreviation in symbols and the name written in citations.
type Issuer struct {
	// Abbr is the abbreviation in symbols, with its official case and
	// diacritics: "CP", "TTg", "BGDĐT".
	Abbr string
	// Name is the official name: "Chính phủ".
	Name string
	// Abbrs are other abbreviations of the body met in print ("LĐTBXH",
	// "BLĐTB&XH" for "BLĐTBXH"). They are read as known issuers and kept
	// as printed in Ref.Issuers, with their case restored.
	Abbrs []string
	// Names are other names under which the body signs or is cited: the
	// Politburo ("Bộ Chính trị") signs with /TW.
	Names []string
}

// scope is a set of the contexts in which a type abbreviation is used.
type scope uint8

const (
	scopeNormative scope = 1 << iota
	scopeState
	scopeParty
	scopeHistoric
	scopeStandard
	scopeConsolidated
	// scopeNormativeYear marks a type that is normative when its symbol
	// has a year segment and administrative otherwise (Luật 80/2015 Điều 4
	// and 10): Nghị quyết, Quyết định, and Chỉ thị of People's Committees
	// before 2016 ("5/2020/QĐ-UBND" against "2123/QĐ-TTg").
	scopeNormativeYear
)

// docType is one row of data/types.tsv.
type docType struct {
	abbr  string
	name  string
	scope scope
}

// nameEntry is a type word or issuer name by its key.
type nameEntry struct {
	key     string // vntext key (type words) or the same with spaces removed (issuer names)
	typ     *docType
	name    string // canonical issuer abbreviation for issuer names
	generic bool   // "văn bản": a document of a type the symbol tells
	abbr    bool   // an abbreviation written as a type word: "NĐ 30/2020/NĐ-CP"
	english bool   // an English name of an issuer ("the Government")
	pre     uint32 // the first four bytes of key, for a quick test
}

// prefix4 packs the first four bytes of k, zero-padded.
func prefix4(k []byte) uint32 {
	var p uint32
	for i := 0; i < 4; i++ {
		p <<= 8
		if i < len(k) {
			p |= uint32(k[i])
		}
	}
	return p
}

// registry holds the tables a Parser reads. It is built once and never
// changed, so one registry serves any number of goroutines.
type registry struct {
	// abbrStrict maps the code key of an abbreviation (đ kept apart from d)
	// to its types; abbrLoose maps the fully folded key.
	abbrStrict, abbrLoose map[string][]*docType
	typeByName            map[string]*docType    // key of the type name → the row naming it first
	typeWords             []nameEntry            // type words, longest key first
	byLastWord            map[string][]nameEntry // type words by their last word, longest first
	issStrict, issLoose   map[string]string      // code key → canonical issuer abbreviation
	issuerName            map[string]string      // canonical abbreviation → official name
	spelling              map[string]string      // squeezed key of an issuer name → the name as the data spells it
	issuerNames           []nameEntry            // issuer names, longest key first
	namesByFirst          [128][]nameEntry       // issuer names by the first byte of their key
	maxTypeWord           int
	maxName               int // the length of the longest key of an issuer name
	// maxCode is the length of the longest code key in the registry. A
	// string whose key would be longer is no code, and the lookups say so
	// without folding it: scanners try many candidate groups, and folding
	// each in full made a long unbroken token cost quadratic time.
	maxCode int
}

// defaultRegistry is built at package initialisation from the embedded data and
// only read afterwards.
var defaultRegistry = mustRegistry(nil)

func mustRegistry(extra []Issuer) *registry {
	r, err := buildRegistry(extra)
	if err != nil {
		panic("legalref: embedded registry: " + err.Error())
	}
	return r
}

type dataError struct{ msg string }

func (e *dataError) Error() string { return e.msg }

func buildRegistry(extra []Issuer) (*registry, error) {
	r := &registry{
		abbrStrict:  map[string][]*docType{},
		abbrLoose:   map[string][]*docType{},
		typeByName:  map[string]*docType{},
		issStrict:   map[string]string{},
		issLoose:    map[string]string{},
		issuerName:  map[string]string{},
		spelling:    map[string]string{},
		typeWords:   nil,
		issuerNames: nil,
	}
	for line := range strings.SplitSeq(typesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, &dataError{"types.tsv: bad row " + line}
		}
		t := &docType{abbr: f[0], name: f[1]}
		for s := range strings.SplitSeq(f[2], ",") {
			switch s {
			case "normative":
				t.scope |= scopeNormative
			case "state":
				t.scope |= scopeState
			case "party":
				t.scope |= scopeParty
			case "historic":
				t.scope |= scopeHistoric
			case "standard":
				t.scope |= scopeStandard
			case "consolidated":
				t.scope |= scopeConsolidated
			case "normative-year":
				t.scope |= scopeNormativeYear
			default:
				return nil, &dataError{"types.tsv: bad scope " + s}
			}
		}
		if t.abbr != "" {
			ks, kl := codeKeys(t.abbr)
			r.maxCode = max(r.maxCode, len(ks))
			r.abbrStrict[ks] = append(r.abbrStrict[ks], t)
			r.abbrLoose[kl] = append(r.abbrLoose[kl], t)
		}
		nk := squeeze(vntext.Key(t.name))
		if _, ok := r.typeByName[nk]; !ok {
			r.typeByName[nk] = t
			r.typeWords = append(r.typeWords, nameEntry{key: wordKey(t.name), typ: t})
		}
		for w := range strings.SplitSeq(f[3], "|") {
			if w != "" {
				r.typeWords = append(r.typeWords, nameEntry{key: wordKey(w), typ: r.typeByName[nk]})
			}
		}
	}
	issuers, err := parseIssuers(issuersTSV)
	if err != nil {
		return nil, err
	}
	builtin := len(issuers)
	for n, is := range append(issuers, extra...) {
		if is.Abbr == "" {
			continue
		}
		for _, a := range append([]string{is.Abbr}, is.Abbrs...) {
			ks, kl := codeKeys(a)
			r.maxCode = max(r.maxCode, len(ks))
			r.issStrict[ks] = a
			if _, ok := r.issLoose[kl]; !ok || a == is.Abbr {
				r.issLoose[kl] = a
			}
			if is.Name != "" {
				if _, ok := r.issuerName[a]; !ok || n >= builtin {
					r.issuerName[a] = is.Name
				}
			}
		}
		for _, n := range append([]string{is.Name}, is.Names...) {
			if n != "" {
				k := squeeze(vntext.Key(n))
				r.issuerNames = append(r.issuerNames, nameEntry{key: k, name: is.Abbr,
					english: ascii(n) && strings.Contains(n, " ")})
				if _, ok := r.spelling[k]; !ok {
					r.spelling[k] = n
				}
			}
		}
	}
	// "văn bản" names a document whose type the symbol tells; the
	// abbreviations of standards are written as words before the number.
	r.typeWords = append(r.typeWords, nameEntry{key: "van ban", typ: r.typeByName["congvan"], generic: true},
		nameEntry{key: "document", typ: r.typeByName["congvan"], generic: true})
	for _, ts := range r.abbrStrict {
		for _, t := range ts {
			if t.scope&scopeStandard != 0 {
				r.typeWords = append(r.typeWords, nameEntry{key: wordKey(t.abbr), typ: t})
			}
		}
	}
	// The abbreviations people write for the type word itself ("theo NĐ
	// 145/2020/NĐ-CP", "QĐ 1234/QĐ-UBND"); read only before a symbol.
	for _, a := range []string{"NĐ", "QĐ", "TT", "TTLT", "NQ", "NQLT", "CT", "KL", "CV", "PL"} {
		if ts := r.abbrStrict[strictKey(a)]; len(ts) > 0 {
			r.typeWords = append(r.typeWords, nameEntry{key: wordKey(a), typ: ts[0], abbr: true})
		}
	}
	sort.SliceStable(r.typeWords, func(i, j int) bool { return len(r.typeWords[i].key) > len(r.typeWords[j].key) })
	r.byLastWord = map[string][]nameEntry{}
	for _, w := range r.typeWords {
		last := w.key[strings.LastIndexByte(w.key, ' ')+1:]
		r.byLastWord[last] = append(r.byLastWord[last], w)
	}
	sort.SliceStable(r.issuerNames, func(i, j int) bool { return len(r.issuerNames[i].key) > len(r.issuerNames[j].key) })
	for k := range r.issuerNames {
		r.issuerNames[k].pre = prefix4([]byte(r.issuerNames[k].key))
	}
	for _, n := range r.issuerNames {
		if c := n.key[0]; c < 128 {
			r.namesByFirst[c] = append(r.namesByFirst[c], n)
		}
	}
	for _, w := range r.typeWords {
		r.maxTypeWord = max(r.maxTypeWord, len(w.key))
	}
	for _, n := range r.issuerNames {
		r.maxName = max(r.maxName, len(n.key))
	}
	return r, nil
}

func parseIssuers(data string) ([]Issuer, error) {
	var out []Issuer
	for line := range strings.SplitSeq(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, &dataError{"issuers.tsv: bad row " + line}
		}
		is := Issuer{Abbr: f[0], Name: f[1]}
		for a := range strings.SplitSeq(f[2], "|") {
			if a != "" {
				is.Abbrs = append(is.Abbrs, a)
			}
		}
		for n := range strings.SplitSeq(f[3], "|") {
			if n != "" {
				is.Names = append(is.Names, n)
			}
		}
		out = append(out, is)
	}
	return out, nil
}

// wordKey is the key of a type word as the scanner sees it: the vntext key
// (lower case, no diacritics, one space between words).
func wordKey(s string) string { return vntext.Key(s) }

// squeeze removes the spaces of a key, so that glued words ("BộChính trị")
// and words split by a line break match alike.
func squeeze(k string) string { return strings.ReplaceAll(k, " ", "") }

// codeKeys returns the strict and loose keys of a code such as "HĐND": both
// lower case without diacritics, the strict key writing đ as '_' so that
// "HĐ" (Hợp đồng) and "HD" (Hướng dẫn) stay apart when the text has them.
func codeKeys(s string) (strict, loose string) {
	var a, b [64]byte
	sa, sb := appendCodeKey(a[:0], s, true), appendCodeKey(b[:0], s, false)
	return string(sa), string(sb)
}

// appendCodeKey appends the key of a code to dst.
func appendCodeKey(dst []byte, s string, strict bool) []byte {
	for _, r := range s {
		if strict && (r == 'đ' || r == 'Đ') {
			dst = append(dst, '_')
			continue
		}
		f := vntext.FoldRune(r)
		if f < 0 || f == ' ' {
			continue
		}
		if f < utf8.RuneSelf {
			dst = append(dst, byte(f))
		} else {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

func strictKey(s string) string { k, _ := codeKeys(s); return k }

// tooLong reports whether code is too long to be any code of the registry
// whatever it folds to: a letter of a code takes at most 4 bytes in UTF-8, and
// NFD text adds up to two combining marks of 2 bytes each.
func (r *registry) tooLong(code string) bool {
	return len(code) > 8*r.maxCode+8
}

// lookupType returns the types an abbreviation may stand for, strict match
// first.
func (r *registry) lookupType(code string) []*docType {
	if r.tooLong(code) {
		return nil
	}
	var a [48]byte
	if t := r.abbrStrict[string(appendCodeKey(a[:0], code, true))]; t != nil {
		return t
	}
	return r.abbrLoose[string(appendCodeKey(a[:0], code, false))]
}

// lookupIssuer returns the canonical form of a known issuer abbreviation.
func (r *registry) lookupIssuer(code string) (string, bool) {
	if r.tooLong(code) {
		return "", false
	}
	var a [48]byte
	if s, ok := r.issStrict[string(appendCodeKey(a[:0], code, true))]; ok {
		return s, true
	}
	s, ok := r.issLoose[string(appendCodeKey(a[:0], code, false))]
	return s, ok
}

// pickType chooses among the types of one abbreviation: the one named by the
// type word when there is one, else the first of the wanted scope.
func pickType(ts []*docType, word *docType, party bool) *docType {
	if word != nil {
		for _, t := range ts {
			if t.name == word.name {
				return t
			}
		}
	}
	want := scopeNormative | scopeState | scopeStandard | scopeConsolidated
	if party {
		want = scopeParty
	}
	for _, t := range ts {
		if t.scope&want != 0 {
			return t
		}
	}
	for _, t := range ts {
		if t.scope&scopeHistoric != 0 {
			return t
		}
	}
	if len(ts) > 0 {
		return ts[0]
	}
	return nil
}

// canonicalType returns the official abbreviation to write for t: a
// historic abbreviation is written as the current one of the same name.
func (r *registry) canonicalAbbr(t *docType, party bool) string {
	if t.scope&scopeHistoric == 0 {
		return t.abbr
	}
	if cur := r.typeByName[squeeze(vntext.Key(t.name))]; cur != nil && cur.abbr != "" && cur.scope&scopeHistoric == 0 {
		return cur.abbr
	}
	return t.abbr
}

// spell returns name in the spelling of the registry when it folds (case,
// diacritics and spaces aside) to a name the registry knows: "Chinh phu",
// "CHÍNH PHỦ" and "ChínhPhủ" are "Chính phủ". Other names are returned as
// they are.
func (r *registry) spell(name string) string {
	if name == "" || len(name) > 8*r.maxName {
		return name
	}
	if n, ok := r.spelling[squeeze(vntext.Key(name))]; ok {
		return n
	}
	return name
}

// upperCode returns a code not in the registry in its printed form,
// composed, upper-cased when it was typed all in lower case ("snv" in a URL).
func upperCode(s string) string {
	s = vntext.NFC(s)
	for _, r := range s {
		if unicode.IsUpper(r) {
			return s
		}
	}
	return strings.ToUpper(s)
}
