package unit

import "testing"

// BenchmarkResolveKinhGui resolves the Kính gửi of 491/UBND-KGVX: two
// group expressions expanding to 37 units.
func BenchmarkResolveKinhGui(b *testing.B) {
	h := load(b, "kiengiang.json")
	ctx := Context{Issuer: "91/ubnd", Date: day("2021-04-20")}
	const text = "- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các huyện, thành phố."
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Resolve(ctx, text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveNoiNhan resolves the Nơi nhận of 491/UBND-KGVX: ten
// expressions, among them a shared ending and an archive line.
func BenchmarkResolveNoiNhan(b *testing.B) {
	h := load(b, "kiengiang.json")
	ctx := Context{Issuer: "91/ubnd", Date: day("2021-04-20"), AsAbove: seedDistricts}
	const text = "- Như trên;\n- TT. TU, TT. HĐND tỉnh;\n- UBMTTQVN tỉnh;\n- Ban Dân vận Tỉnh ủy;\n- CT, các PCT. UBND tỉnh;\n- LĐVP, CVNC;\n- Lưu: VT, nvthanh."
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Resolve(ctx, text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuccessors follows Sở Kế hoạch và Đầu tư tỉnh Kiên Giang through
// two mergers.
func BenchmarkSuccessors(b *testing.B) {
	h := load(b, "kiengiang.json")
	on := day("2026-01-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Successors("91/skhdt", on); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeJSON builds the Kiên Giang hierarchy from its JSON.
func BenchmarkDecodeJSON(b *testing.B) {
	data := func() []byte {
		h := load(b, "kiengiang.json")
		out, err := h.MarshalJSON()
		if err != nil {
			b.Fatal(err)
		}
		return out
	}()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNamed finds the seed's issuer from its heading, as
// reporting.Derive does for every document.
func BenchmarkNamed(b *testing.B) {
	h := load(b, "kiengiang.json")
	on := day("2021-04-20")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := h.Named("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", on); !ok {
			b.Fatal("not found")
		}
	}
}
