package legalref

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

// Family is the numbering scheme a document belongs to, which decides how its
// symbol (số, ký hiệu) is written and what identifies it. The zero value
// [Unknown] is a reference that gives too little to tell, such as the short
// form "Chỉ thị 05".
type Family uint8

// The families of documents.
const (
	// Unknown is a reference without a symbol: "Chỉ thị 05", "Báo cáo số 11324".
	Unknown Family = iota
	// Normative is a legal normative document (văn bản quy phạm pháp luật):
	// a normative type with a year in the symbol ("145/2020/NĐ-CP",
	// "80/2015/QH13", "5/2020/QĐ-UBND"), or a normative type before 2009
	// ("Nghị định số 101/CP"). Other types keep their family when their
	// symbol has a year: "45/2020/HĐ-CN" is an Administrative contract.
	Normative
	// Administrative is a state administrative document of a named type
	// (Nghị định 30/2020 Phụ lục III): "2123/QĐ-TTg", "17/NQ-CP".
	Administrative
	// CongVan is a state công văn, whose symbol names the issuer and the
	// drafting unit but no type: "491/UBND-KGVX".
	CongVan
	// Party is a document in the Party style of Hướng dẫn 36-HD/VPTW,
	// number-type/issuer: "114-KL/TW", "135-TB/VPTU" (also used by the
	// Youth Union, "367-QĐ/TWĐTN-VP").
	Party
	// Joint is a state document issued jointly by several bodies (liên tịch):
	// "55/2005/TTLT-BNV-VPCP".
	Joint
	// Standard is a technical regulation or standard: "QCVN 102:2016/BTTTT".
	Standard
	// Consolidated is a consolidated text (văn bản hợp nhất): "23/VBHN-VPQH".
	Consolidated
)

var familyNames = [...]string{"Unknown", "Normative", "Administrative", "CongVan", "Party", "Joint", "Standard", "Consolidated"}

// String returns the English name of f, or "Family(n)" for a value out of range.
func (f Family) String() string {
	if int(f) < len(familyNames) {
		return familyNames[f]
	}
	return "Family(" + strconv.Itoa(int(f)) + ")"
}

// Ref is a reference to one document: what a citation such as "Nghị định số
// 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ" says about the document it
// names. The zero value is the empty reference. Fields a citation does not
// give are left zero.
//
// Compare Refs with [Ref.Equal]. [Ref.ID] is the identity key of the cited
// document and [Ref.SameDocument] tells whether two citations, one of which
// may lack the year, can name the same document.
type Ref struct {
	// Family is the numbering scheme, which decides the layout of the symbol.
	Family Family
	// Type is the full Vietnamese name of the document type (tên loại),
	// "Nghị định", "Công văn"; empty when neither a type word nor the symbol
	// tells it (a bare "120/2020/QH14").
	Type string
	// Number is the số as printed: "145", "05", "30c". Empty in a blank
	// template ("Số: /HC-TH").
	Number string
	// Year is the year segment of the symbol ("145/2020/…" → 2020, and the
	// year of "QCVN 102:2016/…"), 0 when the symbol has none. It is never
	// taken from the date.
	Year int
	// TypeAbbr is the official abbreviation of the type in the symbol, with
	// its case and diacritics: "NĐ", "QĐ", "QyĐ", "CTr". Empty for a công văn
	// and for laws and resolutions of the National Assembly.
	TypeAbbr string
	// Issuers are the abbreviations of the issuing bodies in the symbol, in
	// order: ["CP"], ["BNV", "VPCP"] for a joint document. For QH and UBTVQH
	// the legislature number is in Term: "QH14" is ["QH"] with Term 14.
	Issuers []string
	// Unit is the drafting unit or field of a công văn ("491/UBND-KGVX" →
	// "KGVX"), or the unit after the issuer of a Party-style symbol.
	Unit string
	// Term is the legislature (khóa) of a QH or UBTVQH symbol: "QH14" → 14.
	Term int
	// Date is the date of issue when the citation gives it (ngày ban hành);
	// zero otherwise.
	Date date.Date
	// IssuerName is the issuer as named in the citation, after "của":
	// "Chính phủ", "Ủy ban nhân dân tỉnh Quảng Ninh". Empty if not named.
	IssuerName string
	// Title is the summary (trích yếu) when the citation gives one: the name
	// of a law ("Ban hành văn bản quy phạm pháp luật") or the "về …" clause
	// ("về công tác văn thư").
	Title string
}

// Equal reports whether r and o have the same fields, comparing Issuers
// element by element.
func (r Ref) Equal(o Ref) bool {
	if r.Family != o.Family || r.Type != o.Type || r.Number != o.Number || r.Year != o.Year ||
		r.TypeAbbr != o.TypeAbbr || r.Unit != o.Unit || r.Term != o.Term || r.Date != o.Date ||
		r.IssuerName != o.IssuerName || r.Title != o.Title || len(r.Issuers) != len(o.Issuers) {
		return false
	}
	for i := range r.Issuers {
		if r.Issuers[i] != o.Issuers[i] {
			return false
		}
	}
	return true
}

// IsZero reports whether r is the empty reference.
func (r Ref) IsZero() bool { return r.Equal(Ref{}) }

// IssuerCode returns the part of the symbol that names the issuers: the
// issuers joined by "-", the legislature glued to QH and UBTVQH, then the
// unit: "CP", "BNV-VPCP", "UBND-KGVX", "QH14", "TWĐTN-VP".
func (r Ref) IssuerCode() string {
	var b strings.Builder
	r.writeIssuers(&b)
	return b.String()
}

func (r Ref) writeIssuers(b *strings.Builder) {
	for i, s := range r.Issuers {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(s)
		if r.Term > 0 && (s == "QH" || s == "UBTVQH") {
			b.WriteString(strconv.Itoa(r.Term))
		}
	}
	if r.Unit != "" {
		if len(r.Issuers) > 0 {
			b.WriteByte('-')
		}
		b.WriteString(r.Unit)
	}
}

// hasSymbol reports whether r carries a ký hiệu beyond its number.
func (r Ref) hasSymbol() bool {
	return r.TypeAbbr != "" || len(r.Issuers) > 0 || r.Unit != ""
}

// Symbol returns the số and ký hiệu in the official layout of r's family:
// "145/2020/NĐ-CP", "80/2015/QH13", "2123/QĐ-TTg", "491/UBND-KGVX",
// "135-TB/VPTU", "QCVN 102:2016/BTTTT". A reference without a symbol
// returns its number alone, with the year when the short form gave one
// ("14/2018").
func (r Ref) Symbol() string {
	var b strings.Builder
	b.Grow(24)
	r.writeSymbol(&b)
	return b.String()
}

func (r Ref) writeSymbol(b *strings.Builder) {
	if !r.hasSymbol() {
		b.WriteString(r.Number)
		if r.Year != 0 {
			// A short form with its year: "Thông tư 14/2018".
			b.WriteByte('/')
			b.WriteString(strconv.Itoa(r.Year))
		}
		return
	}
	switch r.Family {
	case Party:
		b.WriteString(r.Number)
		b.WriteByte('-')
		b.WriteString(r.TypeAbbr)
		b.WriteByte('/')
		r.writeIssuers(b)
		return
	case Standard:
		b.WriteString(r.TypeAbbr)
		b.WriteByte(' ')
		b.WriteString(r.Number)
		if r.Year != 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(r.Year))
		}
		if len(r.Issuers) > 0 || r.Unit != "" {
			b.WriteByte('/')
			r.writeIssuers(b)
		}
		return
	}
	b.WriteString(r.Number)
	b.WriteByte('/')
	if r.Year != 0 {
		b.WriteString(strconv.Itoa(r.Year))
		b.WriteByte('/')
	}
	if r.TypeAbbr != "" {
		b.WriteString(r.TypeAbbr)
		if len(r.Issuers) > 0 || r.Unit != "" {
			b.WriteByte('-')
		}
	}
	r.writeIssuers(b)
}

// nameFirst reports whether the type takes its title between the type word
// and the number, as laws and ordinances are cited ("Luật Ban hành văn bản
// quy phạm pháp luật số 80/2015/QH13").
func nameFirst(typ string) bool {
	switch typ {
	case "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp":
		return true
	}
	return false
}

// String returns the canonical citation of r in the house style of its
// family: the type, "số" and the symbol, the date ("ngày 14/12/2020" for
// state documents, "ngày 14-7-2015" for Party documents), "của" and the
// issuer's name when known, and the title. An issuer's name that differs
// from a name of the built-in registry only in case, diacritics or spaces
// is written as the registry spells it ("Chinh phu", "CHÍNH PHỦ" → "Chính
// phủ"); other names are written as read. Parse reads the citation back to
// r, the issuer's name in that spelling.
func (r Ref) String() string {
	var b strings.Builder
	b.Grow(64 + len(r.Title) + 2*len(r.IssuerName))
	titleFirst := r.Title != "" && nameFirst(r.Type) && lawName(r.Title)
	byName := r.Number == "" && !r.hasSymbol() // a law cited by its name
	if r.Type != "" {
		b.WriteString(r.Type)
		if titleFirst {
			b.WriteByte(' ')
			b.WriteString(r.Title)
		}
		if !byName {
			b.WriteByte(' ')
		}
	}
	switch {
	case byName:
	case r.Family != Standard:
		b.WriteString("số ")
		r.writeSymbol(&b)
	default:
		r.writeSymbol(&b)
	}
	if r.Date != 0 {
		y, m, d := r.Date.Date()
		sep := byte('/')
		if r.Family == Party {
			sep = '-'
		}
		b.WriteString(" ngày ")
		writeDay(&b, d, m, y, sep)
	}
	if r.IssuerName != "" {
		b.WriteString(" của ")
		b.WriteString(defaultRegistry.spell(r.IssuerName))
	}
	if r.Title != "" && !titleFirst {
		b.WriteByte(' ')
		if !strings.HasPrefix(r.Title, "về ") && !strings.HasPrefix(r.Title, "Về ") {
			// A công văn's trích yếu is stored without its "V/v".
			b.WriteString("V/v ")
		}
		b.WriteString(r.Title)
	}
	return b.String()
}

// lawName reports whether s starts like the name of a law: a capital
// ("Luật Đất đai") or an amendment ("Luật sửa đổi, bổ sung …").
func lawName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	_, ok := matchKey(s, 0, "sua doi", false)
	return ok
}

// writeDay writes a day as d/m/yyyy with the padding of Nghị định 30/2020
// Phụ lục I, II.4: days below 10 and months 1 and 2 take a leading zero.
func writeDay(b *strings.Builder, d int, m time.Month, y int, sep byte) {
	if d < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(d))
	b.WriteByte(sep)
	if m < 3 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(int(m)))
	b.WriteByte(sep)
	b.WriteString(strconv.Itoa(y))
}
