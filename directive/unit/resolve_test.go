package unit

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// seedDepartments are the bodies of "các sở, ban, ngành cấp tỉnh" of Kiên
// Giang on 20/4/2021 under the default membership: the 17 uniform bodies of
// Nghị định 24/2014/NĐ-CP as amended by 107/2020/NĐ-CP, with Sở Văn hóa và
// Thể thao and Sở Du lịch in place of Sở VHTTDL (HĐND tỉnh, 31/3/2016), plus
// Sở Ngoại vụ, Ban Dân tộc and the two Ban Quản lý khu kinh tế (data of
// examples/data/kiengiang.json and its sources).
var seedDepartments = []string{
	"91/snv", "91/stp", "91/skhdt", "91/stc", "91/sct", "91/snnptnt", "91/sgtvt", "91/sxd", "91/stnmt",
	"91/stttt", "91/sldtbxh", "91/svhtt", "91/sdl", "91/skhcn", "91/sgddt", "91/syt", "91/ttr", "91/vp",
	"91/sngv", "91/bdt", "91/bqlkkt", "91/bqlkktpq",
}

// seedDistricts are the 15 district-level units of Kiên Giang on 20/4/2021
// (codes of QĐ 124/2004/QĐ-TTg; thành phố Phú Quốc from 1/2/2021, Nghị quyết
// 1109/NQ-UBTVQH14).
var seedDistricts = []string{"899", "900", "902", "903", "904", "905", "906", "907", "908", "909", "910", "911", "912", "913", "914"}

func TestResolveSeedKinhGui(t *testing.T) {
	h := load(t, "kiengiang.json")
	text := block(t, "491_UBND-KGVX.txt", "Kính gửi", "Để triển khai")
	r, err := h.Resolve(Context{Issuer: "91/ubnd", Date: day("2021-04-20")}, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Entries) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(r.Entries), r.Entries)
	}
	for k, want := range []struct {
		text   string
		groups []string
		units  []string
	}{
		{"Các sở, ban, ngành cấp tỉnh", []string{GroupDepartments}, seedDepartments},
		{"Ủy ban nhân dân các huyện, thành phố", []string{GroupDistricts}, seedDistricts},
	} {
		e := r.Entries[k]
		if e.Text != want.text || e.Form != FormGroup || !cmp.Equal(e.Groups, want.groups) || e.Reason != "" {
			t.Errorf("entry %d: %+v", k, e)
		}
		if diff := cmp.Diff(want.units, e.Units); diff != "" {
			t.Errorf("entry %d units (-want +got):\n%s", k, diff)
		}
	}
	units := r.Units()
	if diff := cmp.Diff(append(append([]string{}, seedDepartments...), seedDistricts...), units); diff != "" {
		t.Errorf("Units (-want +got):\n%s", diff)
	}
	if len(units) != 37 {
		t.Errorf("%d units, want 37 (22 provincial bodies + 15 districts)", len(units))
	}
	for _, x := range r.Recipients() {
		if x.Unit == "911" && x.Entry != 1 {
			t.Errorf("911 reached by entry %d", x.Entry)
		}
	}
}

func TestResolveSeedNoiNhan(t *testing.T) {
	h := load(t, "kiengiang.json")
	text := block(t, "491_UBND-KGVX.txt", "Nơi nhận", "KT. CHỦ TỊCH")
	asAbove := append(append([]string{}, seedDepartments...), seedDistricts...)
	r, err := h.Resolve(Context{Issuer: "91/ubnd", Date: day("2021-04-20"), AsAbove: asAbove}, text)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		text  string
		form  Form
		units []string
	}
	// The Nơi nhận of 491/UBND-KGVX; the readings of the abbreviations are
	// those of documents.md §1.9 and of the Kiên Giang data.
	want := []row{
		{"Như trên", FormAsAbove, asAbove},
		{"TT. TU", FormUnit, []string{"91/tu/tt"}},
		{"TT. HĐND tỉnh", FormUnit, []string{"91/hdnd/tt"}},
		{"UBMTTQVN tỉnh", FormUnit, []string{"91/mttq"}},
		{"Ban Dân vận Tỉnh ủy", FormUnit, []string{"91/tu/bdv"}},
		{"CT", FormUnit, []string{"91/ubnd/ct"}}, // shares "UBND tỉnh" with the next
		{"các PCT. UBND tỉnh", FormUnit, []string{"91/ubnd/pct"}},
		{"LĐVP", FormUnit, []string{"91/vp/ld"}},
		{"CVNC", FormUnit, []string{"91/vp/cvnc"}},
		{"Lưu: VT, nvthanh", FormArchive, nil},
	}
	var got []row
	for _, e := range r.Entries {
		got = append(got, row{e.Text, e.Form, e.Units})
		if e.Reason != "" {
			t.Errorf("%q unresolved: %s", e.Text, e.Reason)
		}
		if text[e.Start:e.End] != e.Text {
			t.Errorf("%q: span [%d,%d) is %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(row{})); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	if n := len(r.Units()); n != 37+8 {
		t.Errorf("%d recipients, want 45", n)
	}
}

// TestResolveCorpus resolves the Kính gửi of the other corpus documents and
// checks that their Nơi nhận leave unresolved only what their hierarchy
// does not hold.
func TestResolveCorpus(t *testing.T) {
	for _, c := range []struct {
		file, data, issuer, day string
		kinhGui                 []string
		unresolved              []string // Nơi nhận expressions left unresolved
	}{
		// 454/UBND-NCTH, UBND tỉnh Hậu Giang, 6/4/2011.
		{"454_UBND-NCTH.txt", "haugiang.json", "000.00.00.H30", "2011-04-06",
			[]string{"93/svhttdl", "93/stttt", "93/dpth", "930", "931", "932", "933", "934", "935", "936"}, nil},
		// 7334/VPCP-KGVX, Văn phòng Chính phủ, 22/9/2014: the Ban Vận động
		// of the association is not a unit of the hierarchy.
		{"7334_VPCP-KGVX.txt", "government.json", "vpcp", "2014-09-22",
			[]string{"bnv"}, []string{"BVĐ thành lập Hiệp hội VGDCMNVN"}},
		// 2541/VPCP-QHQT, Văn phòng Chính phủ, 20/4/2009 ("BộCông Thương" as
		// extracted).
		{"2541_VPCP-QHQT.txt", "government.json", "vpcp", "2009-04-20",
			[]string{"bct"}, nil},
	} {
		h := load(t, c.data)
		ctx := Context{Issuer: c.issuer, Date: day(c.day)}
		kg, err := h.Resolve(ctx, block(t, c.file, "Kính gửi", "Xét"))
		if c.file == "454_UBND-NCTH.txt" {
			kg, err = h.Resolve(ctx, block(t, c.file, "Kính gửi", "Ủy ban nhân dân tỉnh nhận"))
		}
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.kinhGui, kg.Units()); diff != "" || len(kg.Unresolved()) > 0 {
			t.Errorf("%s Kính gửi (-want +got):\n%s\nunresolved: %+v", c.file, diff, kg.Unresolved())
		}
		ctx.AsAbove = kg.Units()
		to := "KT."
		if c.file == "454_UBND-NCTH.txt" {
			to = `d:\` // the file path printed after the Nơi nhận
		}
		nn, err := h.Resolve(ctx, block(t, c.file, "Nơi nhận", to))
		if err != nil {
			t.Fatal(err)
		}
		var un []string
		for _, e := range nn.Unresolved() {
			un = append(un, e.Text)
		}
		if !cmp.Equal(un, c.unresolved) {
			t.Errorf("%s Nơi nhận unresolved %q, want %q", c.file, un, c.unresolved)
		}
	}
}

func resolve1(t *testing.T, h *Hierarchy, ctx Context, text string) Entry {
	t.Helper()
	r, err := h.Resolve(ctx, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Entries) != 1 {
		t.Fatalf("Resolve(%q): %d entries: %+v", text, len(r.Entries), r.Entries)
	}
	return r.Entries[0]
}

func TestResolveForms(t *testing.T) {
	h := load(t, "kiengiang.json")
	kg21 := Context{Issuer: "91/ubnd", Date: day("2021-04-20")}
	for _, c := range []struct {
		text  string
		units []string
		head  bool
	}{
		{"Sở Nội vụ", []string{"91/snv"}, false},
		{"SỞ NỘI VỤ", []string{"91/snv"}, false},
		{"So Noi vu", []string{"91/snv"}, false},
		{norm.NFD.String("sở nội vụ"), []string{"91/snv"}, false},
		{"Sở Nội vụ tỉnh Kiên Giang", []string{"91/snv"}, false},
		{"Sở Nội vụ tỉnh", []string{"91/snv"}, false},
		{"Sở NN&PTNT", []string{"91/snnptnt"}, false},
		{"Sở Lao động – Thương binh và Xã hội", []string{"91/sldtbxh"}, false},
		{"Giám đốc Sở Y tế", []string{"91/syt"}, true},
		{"UBND huyện Kiên Lương", []string{"902"}, false},
		{"Ủy ban nhân dân thành phố Phú Quốc", []string{"911"}, false},
		{"UBND TP Rạch Giá", []string{"899"}, false},
		{"Ủy ban nhân dân tỉnh", []string{"91/ubnd"}, false},
		{"Thường trực Tỉnh ủy", []string{"91/tu/tt"}, false},
		{"Công an tỉnh", []string{"91/ca"}, false},
	} {
		e := resolve1(t, h, kg21, c.text)
		if !cmp.Equal(e.Units, c.units) || e.Head != c.head || e.Reason != "" {
			t.Errorf("%q: %+v, want %v head %v", c.text, e, c.units, c.head)
		}
	}
	// Huyện Phú Quốc became a city on 1/2/2021 (Nghị quyết 1109/NQ-UBTVQH14).
	e := resolve1(t, h, kg21, "UBND huyện Phú Quốc")
	if e.Reason == "" || !strings.Contains(e.Reason, "Ủy ban nhân dân thành phố Phú Quốc (911)") {
		t.Errorf("huyện Phú Quốc in April 2021: %+v", e)
	}
}

// TestResolveAfterReform reads recipients of a document of UBND tỉnh An
// Giang dated 1/1/2026: the merged province's departments (Nghị định
// 150/2025/NĐ-CP), no district level (Nghị quyết 203/2025/QH15).
func TestResolveAfterReform(t *testing.T) {
	h := load(t, "kiengiang.json")
	ctx := Context{Issuer: "ag/ubnd", Date: day("2026-01-01")}
	e := resolve1(t, h, ctx, "Các sở, ban, ngành tỉnh;")
	want := []string{"ag/snv", "ag/stp", "ag/stc", "ag/sct", "ag/snnmt", "ag/sxd", "ag/skhcn", "ag/svhttdl",
		"ag/sgddt", "ag/syt", "ag/sdttg", "ag/ttr", "ag/vp"}
	if diff := cmp.Diff(want, e.Units); diff != "" {
		t.Errorf("departments in 2026 (-want +got):\n%s", diff)
	}
	e = resolve1(t, h, ctx, "UBND các huyện, thị xã, thành phố")
	if e.Form != FormGroup || len(e.Units) != 0 || e.Reason == "" {
		t.Errorf("districts in 2026: %+v", e)
	}
	e = resolve1(t, h, ctx, "Sở Kế hoạch và Đầu tư")
	if len(e.Units) != 0 || !strings.Contains(e.Reason, "Sở Tài chính tỉnh An Giang (ag/stc)") {
		t.Errorf("Sở KH&ĐT in 2026: %+v", e)
	}
	e = resolve1(t, h, ctx, "Sở Nội vụ")
	if !cmp.Equal(e.Units, []string{"ag/snv"}) {
		t.Errorf("Sở Nội vụ in 2026: %+v", e)
	}
	// The same words in 2021 from Kiên Giang.
	e = resolve1(t, h, Context{Issuer: "91/ubnd", Date: day("2021-04-20")}, "Sở Nội vụ")
	if !cmp.Equal(e.Units, []string{"91/snv"}) {
		t.Errorf("Sở Nội vụ in 2021: %+v", e)
	}
}

// communes is a small hierarchy with commune-level units before and after
// 1/7/2025, for the groups the example data does not fill.
func communes(t *testing.T) *Hierarchy {
	t.Helper()
	R := day("2025-07-01")
	h, err := New(Data{Units: []Unit{
		{ID: "p", Name: "Tỉnh P", Kind: Province},
		{ID: "u", Name: "Ủy ban nhân dân tỉnh P", Kind: ProvinceCommittee, Parent: "p"},
		{ID: "h1", Name: "Ủy ban nhân dân huyện A", Kind: DistrictCommittee, Parent: "u", Until: R},
		{ID: "x1", Name: "Ủy ban nhân dân xã B", Kind: CommuneCommittee, Parent: "h1", Until: R, Successors: []string{"x3"}},
		{ID: "x2", Name: "Ủy ban nhân dân thị trấn C", Kind: CommuneCommittee, Parent: "h1", Until: R, Successors: []string{"x3"}},
		{ID: "x3", Name: "Ủy ban nhân dân xã D", Kind: CommuneCommittee, Parent: "u", From: R},
		{ID: "x4", Name: "Ủy ban nhân dân đặc khu E", Kind: CommuneCommittee, Parent: "u", From: R},
		{ID: "s1", Name: "Sở Nội vụ tỉnh P", Short: []string{"Sở NV"}, Kind: Department, Parent: "u"},
		{ID: "s2", Name: "Sở Nông nghiệp tỉnh P", Short: []string{"Sở NV"}, Kind: Department, Parent: "u"},
		{ID: "ca", Name: "Công an tỉnh P", Kind: Branch, Parent: "u"},
	}, Groups: []Group{{ID: GroupDepartments, Kinds: []Kind{Department, Branch}, Exclude: []string{"s2"}}}})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestResolveGroups(t *testing.T) {
	h := communes(t)
	before := Context{Issuer: "u", Date: day("2024-01-01")}
	after := Context{Issuer: "u", Date: day("2026-01-01")}
	for _, c := range []struct {
		ctx       Context
		text      string
		groups    []string
		units     []string
		allLevels bool
	}{
		{before, "UBND các xã, phường, thị trấn", []string{GroupCommunes}, []string{"x1", "x2"}, false},
		{after, "UBND các xã, phường, đặc khu", []string{GroupCommunes}, []string{"x3", "x4"}, false},
		{Context{Issuer: "h1", Date: day("2024-01-01")}, "UBND các xã, thị trấn", []string{GroupCommunes}, []string{"x1", "x2"}, false},
		{before, "Ủy ban nhân dân các cấp", []string{GroupAllLevels}, []string{"h1", "x1", "x2"}, true},
		{before, "UBND cấp huyện", []string{GroupDistricts}, []string{"h1"}, false},
		// The data adds the branches and leaves out s2.
		{before, "Thủ trưởng các sở, ban, ngành", []string{GroupDepartments}, []string{"s1", "ca"}, false},
	} {
		e := resolve1(t, h, c.ctx, c.text)
		if e.Form != FormGroup || !cmp.Equal(e.Groups, c.groups) || !cmp.Equal(e.Units, c.units) ||
			e.AllLevels != c.allLevels || e.Reason != "" {
			t.Errorf("%q on %v: %+v", c.text, c.ctx.Date, e)
		}
	}
	e := resolve1(t, h, before, "các sở, ngành liên quan")
	if e.Form != FormGroup || e.Reason == "" || len(e.Units) != 0 {
		t.Errorf("liên quan: %+v", e)
	}
	// Two units share "Sở NV" at the same distance from the issuer.
	e = resolve1(t, h, before, "Sở NV")
	if !strings.HasPrefix(e.Reason, "ambiguous: ") || len(e.Units) != 0 {
		t.Errorf("ambiguous: %+v", e)
	}
}

func TestResolveSpecialForms(t *testing.T) {
	h := load(t, "government.json")
	ctx := Context{Issuer: "vpcp", Date: day("2014-09-22")}
	r, err := h.Resolve(ctx, "Nơi nhận:\n- Như trên;\n- Như Điều 3;\n- Bộ Công an, Quốc phòng;\n- Các Bộ, cơ quan ngang Bộ;\n- Lưu VT, KGVX (3).")
	if err != nil {
		t.Fatal(err)
	}
	var forms []Form
	for _, e := range r.Entries {
		forms = append(forms, e.Form)
	}
	want := []Form{FormAsAbove, FormReference, FormUnit, FormUnit, FormGroup, FormArchive}
	if !cmp.Equal(forms, want) {
		t.Fatalf("forms %v, want %v: %+v", forms, want, r.Entries)
	}
	if r.Entries[0].Reason == "" || r.Entries[1].Reason == "" {
		t.Errorf("Như trên without AsAbove, Như Điều 3: %+v", r.Entries[:2])
	}
	if !cmp.Equal(r.Entries[3].Units, []string{"bqp"}) || !strings.HasPrefix(r.Entries[3].Rule, "shared beginning") {
		t.Errorf("Quốc phòng: %+v", r.Entries[3])
	}
	if n := len(r.Entries[4].Units); n != 22 {
		t.Errorf("ministries in 2014: %d, want 22", n)
	}
}

func TestResolveErrors(t *testing.T) {
	h := load(t, "kiengiang.json")
	for _, c := range []struct {
		ctx  Context
		want error
	}{
		{Context{Issuer: "nothing", Date: day("2021-04-20")}, ErrUnknownUnit},
		{Context{Issuer: "91/ubnd"}, ErrInvalid},
		{Context{Issuer: "ag/ubnd", Date: day("2021-04-20")}, ErrNotExist},
		{Context{Issuer: "91/ubnd", Date: day("2021-04-20"), AsAbove: []string{"x"}}, ErrUnknownUnit},
	} {
		if _, err := h.Resolve(c.ctx, "Sở Nội vụ"); !errors.Is(err, c.want) {
			t.Errorf("Resolve(%+v): %v, want %v", c.ctx, err, c.want)
		}
	}
}

// TestResolveWrappedLine checks an item that the layout broke over two
// lines, as text taken from PDF often is.
func TestResolveWrappedLine(t *testing.T) {
	h := load(t, "kiengiang.json")
	ctx := Context{Issuer: "91/ubnd", Date: day("2021-04-20")}
	r, err := h.Resolve(ctx, "Kính gửi:\n- Các sở, ban,\n  ngành cấp tỉnh;\n- Ủy ban nhân dân các\nhuyện, thành phố.\nSở Nội vụ\nSở Tư pháp")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range r.Entries {
		got = append(got, e.Text)
		if e.Reason != "" {
			t.Errorf("%q: %s", e.Text, e.Reason)
		}
	}
	want := []string{"Các sở, ban,\n  ngành cấp tỉnh", "Ủy ban nhân dân các\nhuyện, thành phố", "Sở Nội vụ", "Sở Tư pháp"}
	if !cmp.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	if n := len(r.Units()); n != 37 {
		t.Errorf("%d units, want 37", n)
	}
}

// TestResolutionJSON checks that a resolution survives JSON: the Nơi nhận of
// 491/UBND-KGVX has unit, as-above and archive entries, a shared ending and
// a head-of-unit entry; forms are written by name.
func TestResolutionJSON(t *testing.T) {
	h := load(t, "kiengiang.json")
	text := block(t, "491_UBND-KGVX.txt", "Nơi nhận", "KT. CHỦ TỊCH")
	r, err := h.Resolve(Context{Issuer: "91/ubnd", Date: day("2021-04-20"), AsAbove: seedDistricts}, text)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"form":"as-above"`, `"form":"archive"`, `"text":"TT. TU"`, `"units":["91/tu/tt"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}
	var back Resolution
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// An entry of an unparsable block has no form: it is left out of the
	// JSON and read back as the zero Form.
	b, err = json.Marshal(Entry{Text: "x", End: 1, Reason: "no unit"})
	if err != nil || strings.Contains(string(b), "form") {
		t.Errorf("zero-form entry: %s, %v", b, err)
	}
	for f := range numForms {
		txt, err := f.MarshalText()
		var g Form
		if err != nil || g.UnmarshalText(txt) != nil || g != f {
			t.Errorf("Form %d: %q, %v, back %d", f, txt, err, g)
		}
	}
	if _, err := numForms.MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("MarshalText of an unknown form: %v", err)
	}
	var g Form
	if err := g.UnmarshalText([]byte("groupe")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(groupe): %v", err)
	}
}
