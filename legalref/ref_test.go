package legalref

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date/v2"
)

// spelled is r with its issuer's name as String writes it: in the
// registry's spelling when it folds to a name the registry knows.
func spelled(r Ref) Ref {
	r.IssuerName = defaultRegistry.spell(r.IssuerName)
	return r
}

// roundTrip checks Parse(r.String()) == r, the issuer's name spelled as
// String writes it.
func roundTrip(t *testing.T, r Ref, from string) {
	t.Helper()
	r = spelled(r)
	s := r.String()
	back, err := Parse(s)
	if err != nil {
		t.Errorf("%q → %q: %v", from, s, err)
		return
	}
	if !back.Equal(r) {
		t.Errorf("%q → %q →\n %#v, want\n %#v", from, s, back, r)
	}
	if diff := cmp.Diff(r, back); diff != "" && back.Equal(r) {
		t.Errorf("Equal and cmp disagree: %s", diff)
	}
}

func TestRoundTripSample(t *testing.T) {
	for _, row := range readSample(t) {
		r, err := Parse(row.text)
		if err != nil {
			t.Errorf("line %d: %v", row.line, err)
			continue
		}
		roundTrip(t, r, row.text)
		for _, m := range Extract(row.text) {
			roundTrip(t, m.Ref, row.text)
		}
	}
}

func TestRoundTripCorpus(t *testing.T) {
	for _, f := range []string{"491_UBND-KGVX.txt", "454_UBND-NCTH.txt", "7334_VPCP-KGVX.txt", "2541_VPCP-QHQT.txt"} {
		b, err := os.ReadFile("testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range Extract(string(b)) {
			roundTrip(t, m.Ref, f)
		}
	}
}

func TestStringAndSymbol(t *testing.T) {
	tests := []struct {
		in, symbol, str string
	}{
		// House styles: state dates with slashes, Party dates with hyphens
		// (documents.md §3.2), padding of Nghị định 30/2020 Phụ lục I, II.4.
		{"Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ", "145/2020/NĐ-CP",
			"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"},
		{"Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư khóa XI", "114-KL/TW",
			"Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư khóa XI"},
		{"Quyết định số 30/QĐ-UBND ngày 5/2/2021", "30/QĐ-UBND", "Quyết định số 30/QĐ-UBND ngày 05/02/2021"},
		{"Số: 491 /UBND-KGVX", "491/UBND-KGVX", "Công văn số 491/UBND-KGVX"},
		{"Thông báo số 135-TB/VPTU", "135-TB/VPTU", "Thông báo số 135-TB/VPTU"},
		{"Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015", "80/2015/QH13",
			"Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015"},
		{"QCVN 102:2016/BTTTT", "QCVN 102:2016/BTTTT", "Quy chuẩn kỹ thuật quốc gia QCVN 102:2016/BTTTT"},
		{"Nghi dinh 115 2020 nd cp", "115/2020/NĐ-CP", "Nghị định số 115/2020/NĐ-CP"},
		{"Decree No. 34/2016/ND-CP dated May 14, 2016", "34/2016/NĐ-CP", "Nghị định số 34/2016/NĐ-CP ngày 14/5/2016"},
		{"Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "", "Luật Tổ chức chính quyền địa phương ngày 19/6/2015"},
		{"Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "18-NQ/TW",
			"Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII"},
		{"Số: 2597/VPCP-NCV/v tổ chức họp mặt", "2597/VPCP-NC", "Công văn số 2597/VPCP-NC V/v tổ chức họp mặt"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if r.Symbol() != tt.symbol || r.String() != tt.str {
			t.Errorf("Parse(%q): Symbol %q String %q, want %q %q", tt.in, r.Symbol(), r.String(), tt.symbol, tt.str)
		}
		roundTrip(t, r, tt.in)
	}
}

func TestDirectiveSymbol(t *testing.T) {
	// The contract with package directive (DESIGN.md): a bare công văn
	// symbol from a header line.
	r, err := Parse("491 /UBND-KGVX")
	if err != nil {
		t.Fatal(err)
	}
	want := Ref{Family: CongVan, Type: "Công văn", Number: "491", Issuers: []string{"UBND"}, Unit: "KGVX"}
	if !r.Equal(want) {
		t.Errorf("got %#v", r)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		err    error
		offset int
	}{
		{"", ErrEmpty, 0},
		{"   \n", ErrEmpty, 0},
		{"Ủy ban nhân dân tỉnh", ErrNotFound, 0},
		{"ngày 14/12/2020", ErrNotFound, 6},
		{"CÔNG BÁO/Số 283 + 284", ErrNotFound, 16},
		{"Nghị định của Chính phủ", ErrIncomplete, 14},
		// An appendix's number; "PL" in it is no type word (review 5.3).
		{"Phụ lục số 02/PL", ErrNotFound, 17},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Offset != tt.offset || pe.Input != tt.in {
			t.Errorf("Parse(%q) = %v, want %v at %d", tt.in, err, tt.err, tt.offset)
		}
	}
}

func TestIDAndJSON(t *testing.T) {
	a := MustParse("Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ")
	b := MustParse("nghi dinh 145 2020 nd cp")
	if a.ID() != "/eli/vn/nghi-dinh/2020/145/cp" || a.ID() != b.ID() {
		t.Errorf("IDs %q %q", a.ID(), b.ID())
	}
	if id := MustParse("Kết luận số 114-KL/TW ngày 14-7-2015").ID(); id != "/eli/vn/ket-luan/2015/114/tw" {
		t.Errorf("Party ID %q", id)
	}
	js, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back Ref
	if err := json.Unmarshal(js, &back); err != nil || !back.Equal(a) {
		t.Errorf("JSON %s → %v, %v", js, back, err)
	}
	var fromString Ref
	if err := json.Unmarshal([]byte(`"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"`), &fromString); err != nil || !fromString.Equal(a) {
		t.Errorf("JSON string → %v, %v", fromString, err)
	}
	txt, _ := a.MarshalText()
	var t2 Ref
	if err := t2.UnmarshalText(txt); err != nil || !t2.Equal(a) {
		t.Errorf("text → %v, %v", t2, err)
	}
	if a.Date != date.New(2020, time.December, 14) {
		t.Errorf("date %v", a.Date)
	}
}

func TestWithIssuers(t *testing.T) {
	p := NewParser(WithIssuers(Issuer{Abbr: "PGDĐT", Name: "Phòng Giáo dục và Đào tạo", Names: []string{"Phòng GDĐT"}}))
	r, err := p.Parse("Công văn số 12/pgdđt-TCHC của Phòng GDĐT")
	if err != nil {
		t.Fatal(err)
	}
	if r.IssuerCode() != "PGDĐT-TCHC" || r.IssuerName != "Phòng GDĐT" {
		t.Errorf("got %#v", r)
	}
	if n, ok := p.IssuerName("pgddt"); !ok || n != "Phòng Giáo dục và Đào tạo" {
		t.Errorf("IssuerName = %q, %v", n, ok)
	}
	// The default parser is unchanged.
	if _, ok := defaultParser.IssuerName("PGDĐT"); ok {
		t.Errorf("default registry changed")
	}
}

func TestCivilMatchesDateNew(t *testing.T) {
	for y := 1900; y <= 2199; y++ {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, 15, daysIn(y, m)} {
				got, ok := civil(y, m, d)
				if want := date.New(y, time.Month(m), d); !ok || got != want {
					t.Fatalf("%d-%d-%d: %v, want %v", y, m, d, got, want)
				}
			}
		}
	}
}

func TestEnumStrings(t *testing.T) {
	if Party.String() != "Party" || Family(99).String() != "Family(99)" || Amends.String() != "Amends" || Relation(42).String() != "Relation(42)" {
		t.Error("enum strings")
	}
}

func TestUnmarshalJSONDate(t *testing.T) {
	// 30 February does not exist; date.Date alone would read 2 March 2021.
	for _, tt := range []struct {
		in     string
		offset int
	}{
		{`{"number":"5","date":"2021-02-30"}`, 8},
		{`{"number":"5","date":"2021-13-01"}`, 5},
		{`{"number":"5","date":"2021-2-3"}`, 6},
		{`{"number":"5","date":"14/12/2020"}`, 2},
	} {
		var r Ref
		err := json.Unmarshal([]byte(tt.in), &r)
		pe, ok := errors.AsType[*ParseError](err)
		if !errors.Is(err, ErrDate) || !ok || pe.Offset != tt.offset {
			t.Errorf("%s: %v, want ErrDate at %d", tt.in, err, tt.offset)
		}
	}
	// 29 February exists in a leap year (2020: divisible by 4, not by 100).
	var r Ref
	if err := json.Unmarshal([]byte(`{"number":"5","date":"2020-02-29"}`), &r); err != nil || r.Date != date.New(2020, time.February, 29) {
		t.Errorf("2020-02-29: %v %v", r.Date, err)
	}
}

// TestSameDocument checks pairs of citations of one document, one of them
// without its year, and pairs of different documents.
func TestSameDocument(t *testing.T) {
	tests := []struct {
		a, b   string
		same   bool // SameDocument
		sameID bool // ID equality
		source string
	}{
		{"Công văn số 491/UBND-KGVX ngày 20/4/2021", "Số: 491 /UBND-KGVX", true, false,
			"testdata/491_UBND-KGVX.txt header; review 5.1's short form"},
		{"Công văn số 491/UBND-KGVX ngày 20/4/2021", "Công văn 491/UBND-KGVX", true, false, "review 5.1"},
		{"Kết luận số 114-KL/TW ngày 14-7-2015", "Kết luận 114-KL/TW", true, false, "491_UBND-KGVX.txt task 1"},
		{"Chỉ thị số 16/CT-TTg ngày 16/5/2016", "Chỉ thị 16/CT-TTg", true, false, "491_UBND-KGVX.txt task 1"},
		{"Quyết định số 1847/QĐ-TTg ngày 27/12/2018", "Quyết định số 1847/QĐ-TTg", true, false, "491_UBND-KGVX.txt task 4"},
		{"Kết luận số 114-KL/TW ngày 14-7-2015", "Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư", true, true,
			"491_UBND-KGVX.txt; date with slashes (documents.md §3.2)"},
		{"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020", "nghi dinh 145 2020 nd cp", true, true, "491_UBND-KGVX.txt task 2; slug"},
		{"Chỉ thị 05", "Chỉ thị số 5", true, true, "documents.md §1.11 short forms (constructed)"},
		// Bare National Assembly symbols tell no type (documents.md §2.1).
		{"Nghị quyết số 120/2020/QH14", "120/2020/QH14", true, false, "sample: các Nghị quyết số 120/2020/QH14, …"},
		// Different documents (constructed).
		{"Công văn số 491/UBND-KGVX ngày 20/4/2021", "Công văn số 491/UBND-KGVX ngày 15/3/2022", false, false,
			"numbers restart each year (Nghị định 30/2020 Điều 15)"},
		{"Công văn 491/UBND-KGVX", "Công văn 491/UBND-VP", false, false, "another drafting unit"},
		{"Chỉ thị 16/CT-TTg", "Quyết định 16/QĐ-TTg", false, false, "another type"},
		{"Nghị định số 145/2020/NĐ-CP", "Nghị định số 145/2021/NĐ-CP", false, false, "another year in the symbol"},
		{"Kết luận 114-KL/TW", "Kết luận 115-KL/TW", false, false, "another number"},
	}
	for _, tt := range tests {
		a, b := MustParse(tt.a), MustParse(tt.b)
		if got := a.SameDocument(b); got != tt.same || b.SameDocument(a) != got {
			t.Errorf("%q SameDocument %q = %v, want %v (%s)", tt.a, tt.b, got, tt.same, tt.source)
		}
		if got := a.ID() == b.ID(); got != tt.sameID {
			t.Errorf("IDs %q and %q: equal %v, want %v (%s)", a.ID(), b.ID(), got, tt.sameID, tt.source)
		}
		if tt.sameID && !tt.same {
			t.Errorf("bad row: equal IDs are the same document")
		}
	}
	if (Ref{}).SameDocument(Ref{}) {
		t.Error("the zero Ref names no document")
	}
}

// TestStringSpellsIssuer checks that String writes a known issuer's name as
// the registry spells it, and any other name as read, while the Ref keeps
// the name as read.
func TestStringSpellsIssuer(t *testing.T) {
	tests := []struct {
		in, read, written, source string
	}{
		{"Nghi dinh so 30/2020/ND-CP ngay 05/3/2020 cua Chinh phu", "Chinh phu", "Chính phủ", "review 5.6"},
		{"THÔNG TƯ SỐ 01/2011/TT-BNV Ngày 19/01/2011 của Bộ Nội Vụ", "Bộ Nội Vụ", "Bộ Nội vụ", "sample"},
		{"Quyết định của BộChính trị số 31-QĐ/TW, ngày 01/10/1997", "BộChính trị", "Bộ Chính trị", "sample"},
		{"Pháp lệnh số 28-L/CTN ngày 02/12/1993 của uỷ ban thường vụ quốc hội", "uỷ ban thường vụ quốc hội",
			"Ủy ban Thường vụ Quốc hội", "heldout.tsv"},
		{"KẾT LUẬN SỐ 114-KL/TW NGÀY 14/7/2015 CỦA BAN BÍ THƯ", "BAN BÍ THƯ", "Ban Bí thư", "491_UBND-KGVX.txt in capitals"},
		// Names the registry does not hold whole are written as read.
		{"Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư Trung ương Đảng khóa XI", "Ban Bí thư Trung ương Đảng khóa XI",
			"Ban Bí thư Trung ương Đảng khóa XI", "491_UBND-KGVX.txt task 1"},
		{"Công văn số 491/UBND-KGVX ngày 20/4/2021 của Ủy ban nhân dân tỉnh Kiên Giang", "Ủy ban nhân dân tỉnh Kiên Giang",
			"Ủy ban nhân dân tỉnh Kiên Giang", "491_UBND-KGVX.txt header"},
	}
	for _, tt := range tests {
		r := MustParse(tt.in)
		if r.IssuerName != tt.read || !strings.HasSuffix(r.String(), " của "+tt.written) {
			t.Errorf("%q (%s): IssuerName %q, String %q; want %q and … của %s", tt.in, tt.source, r.IssuerName, r.String(), tt.read, tt.written)
		}
	}
}
