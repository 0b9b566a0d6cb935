package unit

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date/v2"
)

func TestNewRejects(t *testing.T) {
	ok := func() []Unit {
		return []Unit{
			{ID: "p", Name: "Tỉnh P", Kind: Province},
			{ID: "u", Name: "Ủy ban nhân dân tỉnh P", Kind: ProvinceCommittee, Parent: "p"},
			{ID: "s", Name: "Sở Nội vụ tỉnh P", Kind: Department, Parent: "u"},
		}
	}
	for _, c := range []struct {
		name   string
		change func(d *Data)
		want   error
		unit   string
	}{
		{"unknown parent", func(d *Data) { d.Units[2].Parent = "x" }, ErrUnknownUnit, "s"},
		{"unknown successor", func(d *Data) { d.Units[2].Successors = []string{"x"} }, ErrUnknownUnit, "s"},
		{"duplicate ID", func(d *Data) { d.Units[2].ID = "p" }, ErrDuplicate, "p"},
		{"own parent", func(d *Data) { d.Units[2].Parent = "s" }, ErrCycle, "s"},
		{"parent cycle", func(d *Data) { d.Units[0].Parent = "s" }, ErrCycle, "p"},
		{"successor cycle", func(d *Data) {
			d.Units[1].Successors = []string{"s"}
			d.Units[2].Successors = []string{"u"}
		}, ErrCycle, "u"},
		{"empty ID", func(d *Data) { d.Units[2].ID = " " }, ErrInvalid, " "},
		{"empty name", func(d *Data) { d.Units[2].Name = "" }, ErrInvalid, "s"},
		{"no kind", func(d *Data) { d.Units[2].Kind = Unknown }, ErrInvalid, "s"},
		{"bad kind", func(d *Data) { d.Units[2].Kind = 200 }, ErrInvalid, "s"},
		{"until before from", func(d *Data) { d.Units[2].From, d.Units[2].Until = day("2025-07-01"), day("2025-03-01") }, ErrInvalid, "s"},
		{"until equals from", func(d *Data) { d.Units[2].From, d.Units[2].Until = day("2025-07-01"), day("2025-07-01") }, ErrInvalid, "s"},
		{"group member unknown", func(d *Data) { d.Groups = []Group{{ID: GroupDepartments, Include: []string{"x"}}} }, ErrUnknownUnit, "x"},
		{"group twice", func(d *Data) {
			d.Groups = []Group{{ID: "g", Kinds: []Kind{Department}}, {ID: "g", Kinds: []Kind{Board}}}
		}, ErrDuplicate, ""},
		{"group without members", func(d *Data) { d.Groups = []Group{{ID: "g"}} }, ErrInvalid, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Data{Units: ok()}
			c.change(&d)
			_, err := New(d)
			if !errors.Is(err, c.want) {
				t.Fatalf("New: %v, want %v", err, c.want)
			}
			var e *Error
			if !errors.As(err, &e) || e.Unit != c.unit {
				t.Errorf("error %v names unit %q, want %q", err, e.Unit, c.unit)
			}
		})
	}
	if _, err := New(Data{Units: ok()}); err != nil {
		t.Fatalf("valid data: %v", err)
	}
}

func TestDecodeJSONErrors(t *testing.T) {
	for _, c := range []struct {
		in     string
		want   error
		offset int
	}{
		{`{"units": [`, ErrSyntax, 11},
		{`{"units": [{"id": "a", "name": "A", "kind": "department", "colour": "red"}]}`, ErrSyntax, -1},
		{`{"units": [{"id": "a", "name": "A", "kind": "sở"}]}`, ErrInvalid, -1},
		{`{"units": [{"id": "a", "name": "A", "kind": "department", "from": "1/2/2021"}]}`, ErrSyntax, -1},
		{`{"units": [{"id": "a", "name": "A", "kind": "department", "parent": "b"}]}`, ErrUnknownUnit, -1},
		{`{"units": []} {}`, ErrSyntax, -1},
	} {
		_, err := DecodeJSON([]byte(c.in))
		if !errors.Is(err, c.want) {
			t.Errorf("DecodeJSON(%s) = %v, want %v", c.in, err, c.want)
			continue
		}
		var e *Error
		if errors.As(err, &e) && c.offset >= 0 && e.Offset != c.offset {
			t.Errorf("DecodeJSON(%s): offset %d, want %d", c.in, e.Offset, c.offset)
		}
	}
}

// TestRoundTrip checks that Data and MarshalJSON give back what builds an
// equal hierarchy, for every example file.
func TestRoundTrip(t *testing.T) {
	for _, f := range []string{"kiengiang.json", "haugiang.json", "government.json"} {
		h := load(t, f)
		b, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		h2, err := DecodeJSON(b)
		if err != nil {
			t.Fatalf("%s: decoding the marshalled form: %v", f, err)
		}
		if diff := cmp.Diff(h.Data(), h2.Data()); diff != "" {
			t.Errorf("%s: round trip differs (-want +got):\n%s", f, diff)
		}
	}
}

// TestDataIsCopied checks that the hierarchy does not share slices with
// the caller, in either direction.
func TestDataIsCopied(t *testing.T) {
	d := Data{Units: []Unit{{ID: "a", Name: "Sở A", Short: []string{"SA"}, Kind: Department}}}
	h, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	d.Units[0].Short[0] = "changed"
	u, _ := h.Unit("a")
	u.Short[0] = "changed too"
	if u2, _ := h.Unit("a"); u2.Short[0] != "SA" {
		t.Errorf("short form changed to %q", u2.Short[0])
	}
}

func TestLevels(t *testing.T) {
	h := load(t, "kiengiang.json")
	for id, want := range map[string]Level{
		"91/ubnd":    ProvinceLevel, // from the kind
		"91/tu/tt":   ProvinceLevel, // from the parent, set in the data
		"91/vp/cvnc": ProvinceLevel, // from the grandparent's kind
		"905":        DistrictLevel,
	} {
		if u, _ := h.Unit(id); u.Level != want {
			t.Errorf("%s: level %v, want %v", id, u.Level, want)
		}
	}
}

func TestKindAndLevelText(t *testing.T) {
	for k := range numKinds {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var k2 Kind
		if err := k2.UnmarshalText(b); err != nil || k2 != k {
			t.Errorf("%v: round trip gave %v, %v", k, k2, err)
		}
	}
	if s := Kind(99).String(); s != "Kind(99)" {
		t.Errorf("Kind(99).String() = %q", s)
	}
	if _, err := Kind(99).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Kind(99).MarshalText: %v", err)
	}
	if s := Level(9).String(); s != "Level(9)" {
		t.Errorf("Level(9).String() = %q", s)
	}
	if s := Form(0).String(); s != "Form(0)" {
		t.Errorf("Form(0).String() = %q", s)
	}
	var l Level
	if err := l.UnmarshalText([]byte("district")); err != nil || l != DistrictLevel {
		t.Errorf("UnmarshalText(district) = %v, %v", l, err)
	}
	if err := l.UnmarshalText([]byte("huyện")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(huyện): %v", err)
	}
}

// TestChildrenOnDays checks the district units of Kiên Giang around the
// creation of thành phố Phú Quốc (Nghị quyết 1109/NQ-UBTVQH14, in force
// 1/2/2021) and after the end of the district level (Nghị quyết
// 203/2025/QH15, 1/7/2025).
func TestChildrenOnDays(t *testing.T) {
	h := load(t, "kiengiang.json")
	districts := func(on string) []string {
		var ids []string
		for _, u := range h.Children("91/ubnd", day(on)) {
			if u.Kind == DistrictCommittee {
				ids = append(ids, u.ID)
			}
		}
		return ids
	}
	if got := districts("2021-01-31"); len(got) != 15 || got[11] != "911-huyen" {
		t.Errorf("2021-01-31: %v", got)
	}
	if got := districts("2021-02-01"); len(got) != 15 || got[11] != "911" {
		t.Errorf("2021-02-01: %v", got)
	}
	if got := districts("2025-06-30"); len(got) != 15 {
		t.Errorf("2025-06-30: %d district units", len(got))
	}
	if got := districts("2025-07-01"); len(got) != 0 {
		t.Errorf("2025-07-01: %v", got)
	}
	if got := h.Children("nothing", 0); got != nil {
		t.Errorf("unknown unit has children %v", got)
	}
}

// TestSuccessors checks the successor lookups of Kiên Giang units. Sources:
// Kiên Giang's mergers of 1/3/2025 (Lao Động, 24/2/2025), Nghị quyết
// 202/2025/QH15 (tỉnh An Giang from 1/7/2025), Nghị định 150/2025/NĐ-CP,
// Nghị quyết 1109/NQ-UBTVQH14.
func TestSuccessors(t *testing.T) {
	h := load(t, "kiengiang.json")
	for _, c := range []struct {
		id, on string
		want   []string
	}{
		{"91/ubnd", "2021-04-20", []string{"91/ubnd"}},
		{"91/ubnd", "2026-01-01", []string{"ag/ubnd"}},
		{"91", "2026-01-01", []string{"ag"}},
		{"91/snv", "2026-01-01", []string{"ag/snv"}},
		{"91/sldtbxh", "2025-04-01", []string{"91/snv"}},
		{"91/sldtbxh", "2026-01-01", []string{"ag/snv"}},
		{"91/skhdt", "2025-03-01", []string{"91/stc"}},
		{"91/skhdt", "2026-01-01", []string{"ag/stc"}},
		{"91/snnptnt", "2026-01-01", []string{"ag/snnmt"}},
		{"91/stnmt", "2025-05-15", []string{"91/snnmt"}},
		{"91/sgtvt", "2026-01-01", []string{"ag/sxd"}},
		{"91/stttt", "2026-01-01", []string{"ag/skhcn"}},
		{"91/sngv", "2025-04-01", []string{"91/vp"}},
		{"91/sngv", "2026-01-01", []string{"ag/vp"}},
		{"91/bdt", "2026-01-01", []string{"ag/sdttg"}},
		{"91/tu/bdv", "2026-01-01", []string{"ag/tu/btgdv"}},
		{"91/hdnd/tt", "2026-01-01", []string{"ag/hdnd/tt"}},
		{"911-huyen", "2021-04-20", []string{"911"}},
	} {
		us, err := h.Successors(c.id, day(c.on))
		if err != nil {
			t.Errorf("Successors(%s, %s): %v", c.id, c.on, err)
			continue
		}
		var got []string
		for _, u := range us {
			got = append(got, u.ID)
		}
		if !cmp.Equal(got, c.want) {
			t.Errorf("Successors(%s, %s) = %v, want %v", c.id, c.on, got, c.want)
		}
	}
	for _, c := range []struct {
		id, on string
		want   error
	}{
		{"905", "2026-01-01", ErrNoSuccessor},       // district level ended 1/7/2025
		{"911", "2026-01-01", ErrNoSuccessor},       // its đặc khu are not in the data
		{"91/snnmt", "2024-01-01", ErrNotExist},     // set up on 1/3/2025
		{"ag/snv", "2021-04-20", ErrNotExist},       // set up on 1/7/2025
		{"91/bqlkkt", "2026-01-01", ErrNoSuccessor}, // successor not established
		{"nothing", "2026-01-01", ErrUnknownUnit},
	} {
		if _, err := h.Successors(c.id, day(c.on)); !errors.Is(err, c.want) {
			t.Errorf("Successors(%s, %s): %v, want %v", c.id, c.on, err, c.want)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := New(Data{Units: []Unit{{ID: "s", Name: "Sở", Kind: Department, Parent: "u"}}})
	want := `unit: New: unit "s": "u": unknown unit: parent`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestNamed finds an issuer from a document's heading: the seed
// (Công văn 491/UBND-KGVX, 20/4/2021) is headed "ỦY BAN NHÂN DÂN TỈNH KIÊN
// GIANG"; from 1/7/2025 that body no longer exists (Nghị quyết 202/2025/QH15
// merged Kiên Giang into An Giang), so the name no longer finds it.
func TestNamed(t *testing.T) {
	h := load(t, "kiengiang.json")
	tests := []struct {
		name   string
		on     date.Date
		wantID string
	}{
		{"ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", day("2021-04-20"), "91/ubnd"},
		{"uy ban nhan dan  tinh kien giang", day("2021-04-20"), "91/ubnd"},
		{"UBND tỉnh Kiên Giang", day("2021-04-20"), "91/ubnd"},
		{"Ủy ban nhân dân tỉnh Kiên Giang", day("2026-01-01"), ""},
		{"Ủy ban nhân dân tỉnh An Giang", day("2026-01-01"), "ag/ubnd"},
		{"", day("2021-04-20"), ""},
		{"Bộ Ngoại giao Hoa Kỳ", day("2021-04-20"), ""},
	}
	for _, tt := range tests {
		u, ok := h.Named(tt.name, tt.on)
		if ok != (tt.wantID != "") || u.ID != tt.wantID {
			t.Errorf("Named(%q, %v) = %q, %v; want %q", tt.name, tt.on, u.ID, ok, tt.wantID)
		}
	}
	var nilH *Hierarchy
	if _, ok := nilH.Named("UBND tỉnh Kiên Giang", day("2021-04-20")); ok {
		t.Error("nil Hierarchy found a unit")
	}
}
