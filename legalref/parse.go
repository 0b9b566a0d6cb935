package legalref

import (
	"errors"
	"strconv"
	"strings"
)

// Error categories, for use with [errors.Is].
var (
	// ErrEmpty: the input holds nothing but white space.
	ErrEmpty = errors.New("legalref: empty input")
	// ErrNotFound: the input holds no reference.
	ErrNotFound = errors.New("legalref: no reference")
	// ErrIncomplete: the input names a type but gives no number or symbol
	// that makes a reference ("Nghị định của Chính phủ").
	ErrIncomplete = errors.New("legalref: incomplete reference")
	// ErrDate: a date read from JSON by [Ref.UnmarshalJSON] is not a day
	// that exists in the form yyyy-mm-dd ("2021-02-30").
	ErrDate = errors.New("legalref: invalid date")
)

// ParseError reports input that is not a reference. Its Err is one of
// [ErrEmpty], [ErrNotFound] or [ErrIncomplete], or [ErrDate] for a date
// read from JSON (then Input is the date as written).
type ParseError struct {
	Input  string // the input as given
	Offset int    // byte offset in Input where the reference fails
	Err    error  // the category
}

// Error returns a message naming the input and the offset.
func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > 80 {
		in = in[:77] + "..."
	}
	return e.Err.Error() + " in " + strconv.Quote(in) + " at offset " + strconv.Itoa(e.Offset)
}

// Unwrap returns the category.
func (e *ParseError) Unwrap() error { return e.Err }

// Parser parses and extracts references with a given registry of issuers.
// Build one with [NewParser]; a Parser is immutable and safe for concurrent
// use. The package-level functions use a Parser with the built-in registry.
type Parser struct {
	reg *registry
}

// Option configures a Parser.
type Option func(*options)

type options struct {
	issuers []Issuer
}

// WithIssuers adds issuers to the built-in registry: a user's own bodies
// and units, so that their abbreviations are read as known issuers and their
// names are recognised after "của". An issuer with the abbreviation of a
// built-in one replaces it for that abbreviation.
func WithIssuers(issuers ...Issuer) Option {
	cp := append([]Issuer(nil), issuers...)
	return func(o *options) { o.issuers = append(o.issuers, cp...) }
}

// defaultParser reads with the built-in registry; it is never changed.
var defaultParser = &Parser{reg: defaultRegistry}

// NewParser returns a Parser with the built-in registry extended by opts.
func NewParser(opts ...Option) *Parser {
	var o options
	for _, f := range opts {
		f(&o)
	}
	if len(o.issuers) == 0 {
		return defaultParser
	}
	return &Parser{reg: mustRegistry(o.issuers)}
}

// Parse reads one reference with the built-in registry; see [Parser.Parse].
func Parse(s string) (Ref, error) { return defaultParser.Parse(s) }

// Extract finds every reference in text with the built-in registry; see
// [Parser.Extract].
func Extract(text string) []Match { return defaultParser.Extract(text) }

// MustParse is like [Parse] but panics if s is not a reference. It is meant
// for literals in code and tests.
func MustParse(s string) Ref {
	r, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Parse reads the first reference in s: a citation ("Nghị định số
// 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"), a header line ("Số: 491
// /UBND-KGVX"), a bare symbol, a short form ("Chỉ thị 05"), a URL slug
// ("nghi dinh 115 2020 nd cp") or an English citation ("Decree No.
// 34/2016/ND-CP"). It accepts the damage of real text (missing diacritics,
// fused or spaced groups, wrong separators, line breaks, NFD) and returns
// the official forms ("ND" → "NĐ", "TTG" → "TTg"). Text after the reference
// that is not part of it is ignored.
//
// A symbol without a type group is a công văn ("491/UBND-KGVX" → Type
// "Công văn", Issuers ["UBND"], Unit "KGVX"), except National Assembly
// symbols, whose type only a type word tells. When the type word and the
// symbol disagree the symbol wins, except where the abbreviation is
// ambiguous (Party "QĐ" is Quyết định or Quy định; "TT" is Thông tư or,
// in Party symbols, Thông tri).
func (p *Parser) Parse(s string) (Ref, error) {
	if skipSpace(s, 0) == len(s) {
		return Ref{}, &ParseError{Input: s, Offset: 0, Err: ErrEmpty}
	}
	sc := scanner{s: s, reg: p.reg, lenient: true}
	if m, _, ok := sc.next(0); ok {
		return m.Ref, nil
	}
	if e, ok := sc.typeWordEnd(); ok {
		return Ref{}, &ParseError{Input: s, Offset: e, Err: ErrIncomplete}
	}
	off := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if off < 0 {
		off = 0
	}
	return Ref{}, &ParseError{Input: s, Offset: off, Err: ErrNotFound}
}

// typeWordEnd finds the first capitalised type word in the text and
// returns its end: the offset where the number should have been.
func (sc *scanner) typeWordEnd() (int, bool) {
	s := sc.s
	for i := 0; i < len(s) && i < 400; {
		r, n := runeAt(s, i)
		if isLetter(r) && !isLetterBefore(s, i) {
			for _, ent := range sc.reg.typeWords {
				// An abbreviation ("PL" of "Phụ lục số 02/PL") names a type
				// only before a symbol.
				if e, ok := matchKey(s, i, ent.key, false); ok && !ent.generic && !ent.abbr && isUpperAt(s, i) {
					return e, true
				}
			}
		}
		i += n
	}
	return 0, false
}

// Extract returns every reference in text, in reading order, one Match per
// citation, with byte offsets into text as given (NFD text included). It
// reads in one pass:
//
//   - full citations and bare symbols ("Căn cứ 48/2008/NĐ-CP");
//   - lists sharing one type word ("các Nghị định số 01/2020/NĐ-CP và
//     02/2020/NĐ-CP", "các Nghị định của Chính phủ: Số 78/…; số 187/…"),
//     each item carrying the shared type and issuer name;
//   - relation phrases between two citations ("… sửa đổi, bổ sung …",
//     "thay thế", "hướng dẫn", "bãi bỏ"), recorded in [Match.Relation]
//     and [Match.Subject], also across a pinpoint ("bãi bỏ Điều 5 Nghị
//     định số …"), for every item of a list ("thay thế Nghị định số … và
//     Nghị định số …"), for a second verb of the same subject ("Thông tư
//     này thay thế … và bãi bỏ …"), and by the text itself ("Nghị định này
//     thay thế …", "Điều 3. Bãi bỏ …");
//   - the date after each symbol attached to that symbol only;
//   - short forms ("Chỉ thị 05", a repeated "Quyết định số 2123/QĐ-TTg",
//     a name defined by "(sau đây gọi tắt là …)"), resolved to the earlier
//     full citation ([Match.Antecedent]).
//
// Things that only look like references are skipped: dates, Công báo issue
// numbers ("Số 283 + 284"), procedure codes ("2.000815.000.00.00.H55"),
// newspaper numbers ("Số 67 (7.050)"), and the numbers of forms,
// appendices and land lots, whose symbols look like a document's ("Mẫu số
// 01/BC-UBND", "Biểu mẫu số 3a/TCBC", "Phụ lục số 02/PL", "lô đất số …";
// Parse rejects them too). A number without a symbol is a
// reference only after a type word and "số", or when it resolves to an
// earlier citation.
func (p *Parser) Extract(text string) []Match {
	sc := scanner{s: text, reg: p.reg}
	sc.run()
	return sc.out
}

// IssuerName returns the official name of the issuer with the given
// abbreviation ("CP" → "Chính phủ"), and whether the registry knows it.
func (p *Parser) IssuerName(abbr string) (string, bool) {
	canon, ok := p.reg.lookupIssuer(abbr)
	if !ok {
		return "", false
	}
	name, ok := p.reg.issuerName[canon]
	return name, ok
}
