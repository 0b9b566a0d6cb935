package legalref

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/vanban-go/vanban/internal/vntext"
)

// ID returns an identifier of the cited document, modelled on the European
// Legislation Identifier (ELI) template
// /eli/{jurisdiction}/{type}/{year}/{number}/{issuer}:
//
//	Nghị định số 145/2020/NĐ-CP                → /eli/vn/nghi-dinh/2020/145/cp
//	Kết luận số 114-KL/TW ngày 14-7-2015        → /eli/vn/ket-luan/2015/114/tw
//	Công văn số 491/UBND-KGVX ngày 20/4/2021    → /eli/vn/cong-van/2021/491/ubnd-kgvx
//	Công văn 491/UBND-KGVX                      → /eli/vn/cong-van/-/491/ubnd-kgvx
//
// The segments are the type (Type, else TypeAbbr, else "-"), the year (the
// symbol's year, else the year of the date, else "-"), the number without
// leading zeros in lower case (for a law cited by its name, the name), and
// the issuer code ([Ref.IssuerCode]). Two Refs have the same ID exactly when
// these agree; the date beyond its year, the issuer's name and the title do
// not enter it, so "Chỉ thị 05" and "Chỉ thị số 5" agree, and so do a full
// citation and a short form that gives the symbol and the year or the date.
//
// The year is part of the identity: the numbers of state documents restart
// every year (Nghị định 30/2020 Điều 15) and those of Party documents with
// every committee term (Hướng dẫn 36-HD/VPTW), so a key without the year
// would merge different documents. A citation that gives neither year nor
// date ("Công văn 491/UBND-KGVX") therefore has an incomplete ID, "-" in
// place of the year, which differs from the ID of the same document cited
// with its date; [Ref.SameDocument] tells whether two citations can name one
// document. Within one text [Extract] gives a short form the date of the
// citation it repeats, so their IDs agree.
//
// The key does not tell apart what the symbol does not: two provinces'
// công văn "491/UBND-KGVX" of one year have one ID, and so do two Party
// documents of one number, type and issuer dated in the year in which a
// congress ends one term and opens the next.
func (r Ref) ID() string {
	var b strings.Builder
	b.Grow(48)
	b.WriteString("/eli/vn/")
	r.writeType(&b)
	b.WriteByte('/')
	if y := r.idYear(); y != 0 {
		b.WriteString(strconv.Itoa(y))
	} else {
		b.WriteByte('-')
	}
	b.WriteByte('/')
	r.writeRest(&b)
	return b.String()
}

// SameDocument reports whether r and o can cite one document: their IDs
// ([Ref.ID]) agree once a segment that one of them leaves as "-" — the year,
// or the type of a bare "120/2020/QH14" — is taken from the other. So the
// number (up to leading zeros and case) and the issuer code must be equal,
// the years equal or one of them unknown, the types equal or one unknown:
//
//	Công văn số 491/UBND-KGVX ngày 20/4/2021, Công văn 491/UBND-KGVX         → true
//	Công văn số 491/UBND-KGVX ngày 20/4/2021, Công văn số 491/UBND-KGVX ngày 15/3/2022 → false
//	Nghị quyết số 120/2020/QH14, 120/2020/QH14                                → true
//
// With an unknown year the answer means "can be", not "is": the công văn
// numbers restart every year, so "Công văn 491/UBND-KGVX" can be the 491 of
// any year, and SameDocument is not transitive. The zero Ref names no
// document and is the same document as none.
func (r Ref) SameDocument(o Ref) bool {
	if r.IsZero() || o.IsZero() {
		return false
	}
	if ry, oy := r.idYear(), o.idYear(); ry != 0 && oy != 0 && ry != oy {
		return false
	}
	var rb, ob strings.Builder
	r.writeType(&rb)
	o.writeType(&ob)
	if rt, ot := rb.String(), ob.String(); rt != "-" && ot != "-" && rt != ot {
		return false
	}
	rb.Reset()
	ob.Reset()
	r.writeRest(&rb)
	o.writeRest(&ob)
	return rb.String() == ob.String()
}

// writeType writes the type segment of the ID.
func (r Ref) writeType(b *strings.Builder) {
	switch {
	case r.Type != "":
		slug(b, r.Type)
	case r.TypeAbbr != "":
		slug(b, r.TypeAbbr)
	default:
		b.WriteString("-")
	}
}

// idYear is the year segment of the ID: the symbol's year, else the date's,
// else 0.
func (r Ref) idYear() int {
	switch {
	case r.Year != 0:
		return r.Year
	case r.Date != 0:
		return r.Date.Year()
	}
	return 0
}

// writeRest writes the number and issuer segments of the ID.
func (r Ref) writeRest(b *strings.Builder) {
	if r.Number == "" && r.Title != "" {
		// A law cited by its name: the name stands for the number.
		slug(b, r.Title)
	} else {
		b.WriteString(strings.ToLower(trimZeros(r.Number)))
	}
	if code := r.IssuerCode(); code != "" {
		b.WriteByte('/')
		slug(b, code)
	}
}

// slug writes the key of s with words joined by hyphens.
func slug(b *strings.Builder, s string) {
	for _, c := range []byte(vntext.Key(s)) {
		switch {
		case c == ' ':
			b.WriteByte('-')
		case c == '&':
			b.WriteString("-and-")
		default:
			b.WriteByte(c)
		}
	}
}

// MarshalText returns the canonical citation, [Ref.String].
func (r Ref) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText parses a citation with [Parse]; the empty text is the zero
// Ref.
func (r *Ref) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = Ref{}
		return nil
	}
	x, err := Parse(string(b))
	if err != nil {
		return err
	}
	*r = x
	return nil
}

// jsonRef is the JSON form of a Ref.
type jsonRef struct {
	Family     Family    `json:"family,omitzero"`
	Type       string    `json:"type,omitempty"`
	Number     string    `json:"number,omitempty"`
	Year       int       `json:"year,omitempty"`
	TypeAbbr   string    `json:"typeAbbr,omitempty"`
	Issuers    []string  `json:"issuers,omitempty"`
	Unit       string    `json:"unit,omitempty"`
	Term       int       `json:"term,omitempty"`
	Date       date.Date `json:"date,omitzero"`
	IssuerName string    `json:"issuerName,omitempty"`
	Title      string    `json:"title,omitempty"`
	Symbol     string    `json:"symbol,omitempty"`
	ID         string    `json:"id,omitempty"`
}

// MarshalJSON writes r as an object with its fields, its symbol and its ID.
func (r Ref) MarshalJSON() ([]byte, error) {
	j := jsonRef{Family: r.Family, Type: r.Type, Number: r.Number, Year: r.Year, TypeAbbr: r.TypeAbbr,
		Issuers: r.Issuers, Unit: r.Unit, Term: r.Term, Date: r.Date, IssuerName: r.IssuerName, Title: r.Title}
	if !r.IsZero() {
		j.Symbol, j.ID = r.Symbol(), r.ID()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the object written by MarshalJSON (symbol and id are
// ignored), or a string holding a citation. The date must be a day that
// exists, written as MarshalJSON writes it ("2020-12-14"): date.Date's own
// reader would move "2021-02-30" to 2 March, which a stored reference must
// not do silently, so such a date is a [*ParseError] wrapping [ErrDate].
func (r *Ref) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		return r.UnmarshalText([]byte(s))
	}
	var j struct {
		jsonRef
		Date *string `json:"date"` // shadows jsonRef.Date
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	var d date.Date
	if j.Date != nil {
		var err error
		if d, err = parseDay(*j.Date); err != nil {
			return err
		}
	}
	*r = Ref{Family: j.Family, Type: j.Type, Number: j.Number, Year: j.Year, TypeAbbr: j.TypeAbbr,
		Issuers: j.Issuers, Unit: j.Unit, Term: j.Term, Date: d, IssuerName: j.IssuerName, Title: j.Title}
	return nil
}

// parseDay reads a day in the ISO 8601 form yyyy-mm-dd (years 1 to 9999)
// and only a day that exists. The error is a *ParseError wrapping ErrDate
// whose Offset is the byte where reading failed.
func parseDay(s string) (date.Date, error) {
	fail := func(off int) (date.Date, error) {
		return 0, &ParseError{Input: s, Offset: off, Err: ErrDate}
	}
	var f [3]int
	i := 0
	for k, width := range [3]int{4, 2, 2} {
		if k > 0 {
			if i >= len(s) || s[i] != '-' {
				return fail(i)
			}
			i++
		}
		for e := i + width; i < e; i++ {
			if i >= len(s) || !isDigit(s[i]) {
				return fail(i)
			}
			f[k] = f[k]*10 + int(s[i]-'0')
		}
	}
	if i < len(s) {
		return fail(i)
	}
	y, m, d := f[0], f[1], f[2]
	switch {
	case y < 1:
		return fail(0)
	case m < 1 || m > 12:
		return fail(5)
	case d < 1 || d > daysIn(y, m):
		return fail(8)
	}
	return date.New(y, time.Month(m), d), nil
}

// ErrFamily is returned for an unknown family name.
var ErrFamily = errors.New("legalref: unknown family")

// MarshalText returns the name of f.
func (f Family) MarshalText() ([]byte, error) {
	if int(f) >= len(familyNames) {
		return nil, ErrFamily
	}
	return []byte(f.String()), nil
}

// UnmarshalText reads a family by its name.
func (f *Family) UnmarshalText(b []byte) error {
	for i, n := range familyNames {
		if n == string(b) {
			*f = Family(i)
			return nil
		}
	}
	return ErrFamily
}

// MarshalText returns the name of r.
func (r Relation) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a relation by its name.
func (r *Relation) UnmarshalText(b []byte) error {
	for i, n := range relationNames {
		if n == string(b) {
			*r = Relation(i)
			return nil
		}
	}
	return errors.New("legalref: unknown relation " + strconv.Quote(string(b)))
}
