package unit_test

import (
	"fmt"
	"os"

	"github.com/rickb777/date/v2"
	"github.com/vanban-go/vanban/directive/unit"
)

// Resolve the recipients of công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang
// (20/4/2021): the Kính gửi first, then the Nơi nhận, whose "Như trên"
// stands for the Kính gửi units.
func ExampleHierarchy_Resolve() {
	b, err := os.ReadFile("testdata/kiengiang.json") // a copy of examples/data/kiengiang.json
	if err != nil {
		panic(err)
	}
	h, err := unit.DecodeJSON(b)
	if err != nil {
		panic(err)
	}
	ctx := unit.Context{Issuer: "91/ubnd", Date: date.New(2021, 4, 20)}

	kinhGui, err := h.Resolve(ctx, "- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các huyện, thành phố.")
	if err != nil {
		panic(err)
	}
	for _, e := range kinhGui.Entries {
		fmt.Printf("%s: %d units (%s)\n", e.Text, len(e.Units), e.Rule)
	}
	fmt.Println("Kính gửi:", len(kinhGui.Units()), "units")

	ctx.AsAbove = kinhGui.Units()
	noiNhan, err := h.Resolve(ctx, `- Như trên;
- TT. TU, TT. HĐND tỉnh;
- UBMTTQVN tỉnh;
- Ban Dân vận Tỉnh ủy;
- CT, các PCT. UBND tỉnh;
- LĐVP, CVNC;
- Lưu: VT, nvthanh.`)
	if err != nil {
		panic(err)
	}
	for _, e := range noiNhan.Entries {
		switch e.Form {
		case unit.FormAsAbove:
			fmt.Printf("%s: the %d units of Kính gửi\n", e.Text, len(e.Units))
		case unit.FormArchive:
			fmt.Printf("%s: archive copy\n", e.Text)
		default:
			u, _ := h.Unit(e.Units[0])
			fmt.Printf("%s: %s\n", e.Text, u.Name)
		}
	}
	fmt.Println("Nơi nhận:", len(noiNhan.Units()), "units,", len(noiNhan.Unresolved()), "unresolved")
	// Output:
	// Các sở, ban, ngành cấp tỉnh: 22 units (group departments under 91/ubnd)
	// Ủy ban nhân dân các huyện, thành phố: 15 units (group districts under 91/ubnd)
	// Kính gửi: 37 units
	// Như trên: the 37 units of Kính gửi
	// TT. TU: Thường trực Tỉnh ủy Kiên Giang
	// TT. HĐND tỉnh: Thường trực Hội đồng nhân dân tỉnh Kiên Giang
	// UBMTTQVN tỉnh: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang
	// Ban Dân vận Tỉnh ủy: Ban Dân vận Tỉnh ủy Kiên Giang
	// CT: Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang
	// các PCT. UBND tỉnh: Các Phó Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang
	// LĐVP: Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh Kiên Giang
	// CVNC: Chuyên viên nghiên cứu Văn phòng Ủy ban nhân dân tỉnh Kiên Giang
	// Lưu: VT, nvthanh: archive copy
	// Nơi nhận: 45 units, 0 unresolved
}

// Find what a 2021 unit of Kiên Giang became after the mergers of 2025.
func ExampleHierarchy_Successors() {
	b, err := os.ReadFile("testdata/kiengiang.json")
	if err != nil {
		panic(err)
	}
	h, err := unit.DecodeJSON(b)
	if err != nil {
		panic(err)
	}
	for _, id := range []string{"91/skhdt", "91/sldtbxh", "905"} {
		old, _ := h.Unit(id)
		us, err := h.Successors(id, date.New(2026, 1, 1))
		if err != nil {
			fmt.Printf("%s → %v\n", old.Name, err)
			continue
		}
		fmt.Printf("%s → %s\n", old.Name, us[0].Name)
	}
	// Output:
	// Sở Kế hoạch và Đầu tư tỉnh Kiên Giang → Sở Tài chính tỉnh An Giang
	// Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang → Sở Nội vụ tỉnh An Giang
	// Ủy ban nhân dân huyện Châu Thành → unit: Successors: unit "905": "2026-01-01": no successor: it ceased on 2025-07-01
}
