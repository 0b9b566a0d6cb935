package unit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzResolve checks that Resolve never panics or hangs, that every entry's
// span is in the input and in reading order with Text equal to it, that
// unresolved entries carry no units and resolved ones name existing units.
func FuzzResolve(f *testing.F) {
	for _, file := range []string{"491_UBND-KGVX.txt", "454_UBND-NCTH.txt", "7334_VPCP-KGVX.txt", "2541_VPCP-QHQT.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if len(l) < 200 {
				f.Add(l)
			}
		}
	}
	for _, s := range []string{
		"Các sở, ban, ngành cấp tỉnh;", "UBND các cấp", "VPCP: BTCN, các Vụ: PL, TCCV;", "Như Điều 3",
		"((((", "Sở Nội vụ (để b/c", ":::,,,;;", "các sở, các ban, và các ngành", "CT, TT. HĐND, UBND tỉnh",
		"Chủ tịch UBND huyện, thị xã, thành phố, các xã, phường", "Lưu", "và và và", "\xff\xfe Sở",
	} {
		f.Add(s)
	}
	h := load(f, "kiengiang.json")
	ctx := Context{Issuer: "91/ubnd", Date: day("2021-04-20"), AsAbove: []string{"91/snv"}}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := h.Resolve(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, e := range r.Entries {
			if e.Start < last || e.End < e.Start || e.End > len(text) || text[e.Start:e.End] != e.Text {
				t.Fatalf("entry %+v: bad span (previous end %d) in %q", e, last, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(e.Text) {
				t.Fatalf("entry %+v splits a rune", e)
			}
			last = e.End
			if e.Reason != "" && len(e.Units) != 0 {
				t.Fatalf("unresolved entry with units: %+v", e)
			}
			if e.Form < FormUnit || e.Form >= numForms {
				t.Fatalf("entry without a form: %+v", e)
			}
			for _, u := range e.Units {
				if _, ok := h.Unit(u); !ok {
					t.Fatalf("entry names unknown unit %q", u)
				}
			}
		}
	})
}

// FuzzDecodeJSON checks that DecodeJSON never panics and that what it
// accepts survives a round trip through MarshalJSON.
func FuzzDecodeJSON(f *testing.F) {
	// Small seeds keep each run, and the minimising of new inputs, fast.
	f.Add([]byte(`{"name":"P","sources":["s"],"units":[
{"id":"p","code":"91","name":"Tỉnh P","kind":"province","until":"2025-07-01","successors":["q"]},
{"id":"u","name":"Ủy ban nhân dân tỉnh P","short":["UBND tỉnh"],"kind":"province-committee","parent":"p"},
{"id":"s","name":"Sở Nội vụ tỉnh P","kind":"department","parent":"u","level":"province"},
{"id":"q","name":"Tỉnh Q","kind":"province","from":"2025-07-01"}],
"groups":[{"id":"g","kinds":["department"],"phrases":["các sở"]}]}`))
	f.Add([]byte(`{"units":[{"id":"a","name":"A","kind":"department","parent":"a"}]}`))
	f.Add([]byte(`{"units":[{"id":"a","name":"A","kind":"board","from":"2020-01-01","until":"2019-01-01"}]}`))
	f.Add([]byte(`{"units":[],"groups":[{"id":"departments","kinds":["branch"]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := DecodeJSON(b)
		if err != nil {
			if h != nil {
				t.Fatal("hierarchy and error")
			}
			return
		}
		out, err := h.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeJSON(out); err != nil {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}
