package legalref_test

import (
	"fmt"

	"github.com/vanban-go/vanban/legalref"
)

func ExampleParse() {
	r, err := legalref.Parse("Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ")
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Type, "|", r.Number, "|", r.Year, "|", r.TypeAbbr, "|", r.Issuers, "|", r.Date, "|", r.IssuerName)
	fmt.Println(r.Symbol())

	// The symbol of a công văn names the issuer and the drafting unit.
	cv, _ := legalref.Parse("Số: 491 /UBND-KGVX")
	fmt.Println(cv.Type, cv.Number, cv.Issuers, cv.Unit)

	// Typed without diacritics, as in a URL.
	slug, _ := legalref.Parse("quyet dinh 977 qd ttg ngay 7 7 2020")
	fmt.Println(slug)
	// Output:
	// Nghị định | 61 | 2018 | NĐ | [CP] | 2018-04-23 | Chính phủ
	// 61/2018/NĐ-CP
	// Công văn 491 [UBND] KGVX
	// Quyết định số 977/QĐ-TTg ngày 07/7/2020
}

func ExampleParse_error() {
	_, err := legalref.Parse("CÔNG BÁO/Số 283 + 284")
	fmt.Println(err)
	// Output:
	// legalref: no reference in "CÔNG BÁO/Số 283 + 284" at offset 16
}

func ExampleExtract() {
	text := "Căn cứ Nghị định 154/2020/NĐ-CP sửa đổi, bổ sung Nghị định 34/2016/NĐ-CP; " +
		"thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị (sau đây gọi tắt là Chỉ thị 05) " +
		"và các Nghị quyết số 120/2020/QH14, 24/2021/QH15. Tiếp tục quán triệt Chỉ thị 05."
	for _, m := range legalref.Extract(text) {
		fmt.Printf("%q → %s", text[m.Start:m.End], m.Ref)
		if m.Relation != legalref.NoRelation {
			fmt.Printf(" [%v by #%d]", m.Relation, m.Subject)
		}
		if m.Antecedent >= 0 {
			fmt.Printf(" [= #%d]", m.Antecedent)
		}
		fmt.Println()
	}
	// Output:
	// "Nghị định 154/2020/NĐ-CP" → Nghị định số 154/2020/NĐ-CP
	// "Nghị định 34/2016/NĐ-CP" → Nghị định số 34/2016/NĐ-CP [Amends by #0]
	// "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị" → Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị
	// "Nghị quyết số 120/2020/QH14" → Nghị quyết số 120/2020/QH14
	// "24/2021/QH15" → Nghị quyết số 24/2021/QH15
	// "Chỉ thị 05" → Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị [= #2]
}

func ExampleRef_String() {
	r := legalref.MustParse("KẾT LUẬN SỐ 114-KL/TW NGÀY 14/7/2015 CỦA BAN BÍ THƯ")
	fmt.Println(r)
	fmt.Println(r.Family, r.ID())

	// The name as read is kept in the Ref; String spells a known name as
	// the registry does.
	u := legalref.MustParse("Nghi dinh so 30/2020/ND-CP ngay 05/3/2020 cua Chinh phu")
	fmt.Println(u.IssuerName, "|", u)

	d := legalref.MustParse("Decree No. 145/2020/ND-CP dated December 14, 2020 of the Government")
	fmt.Println(d)
	// Output:
	// Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư
	// Party /eli/vn/ket-luan/2015/114/tw
	// Chinh phu | Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ
	// Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của the Government
}

func ExampleNewParser() {
	p := legalref.NewParser(legalref.WithIssuers(legalref.Issuer{
		Abbr: "SGDĐT", Name: "Sở Giáo dục và Đào tạo", Names: []string{"Sở GDĐT"},
	}))
	r, _ := p.Parse("Công văn số 12/SGDĐT-VP ngày 05/01/2024 của Sở GDĐT")
	fmt.Println(r.Issuers, r.Unit, r.IssuerName)
	name, _ := p.IssuerName("SGDĐT")
	fmt.Println(name)
	// Output:
	// [SGDĐT] VP Sở GDĐT
	// Sở Giáo dục và Đào tạo
}

func ExampleRef_ID() {
	// The header of Công văn 491/UBND-KGVX (Kiên Giang, 20/4/2021) and the
	// same document cited without its date.
	dated := legalref.MustParse("Công văn số 491/UBND-KGVX ngày 20/4/2021 của Ủy ban nhân dân tỉnh Kiên Giang")
	undated := legalref.MustParse("Công văn 491/UBND-KGVX")
	fmt.Println(dated.ID())
	fmt.Println(undated.ID())

	// A normative symbol carries its year; the slug of a URL gives the same ID.
	fmt.Println(legalref.MustParse("Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ").ID())
	fmt.Println(legalref.MustParse("nghi-dinh-145-2020-nd-cp").ID())
	// Output:
	// /eli/vn/cong-van/2021/491/ubnd-kgvx
	// /eli/vn/cong-van/-/491/ubnd-kgvx
	// /eli/vn/nghi-dinh/2020/145/cp
	// /eli/vn/nghi-dinh/2020/145/cp
}

func ExampleRef_SameDocument() {
	dated := legalref.MustParse("Công văn số 491/UBND-KGVX ngày 20/4/2021")
	undated := legalref.MustParse("Công văn 491/UBND-KGVX")
	nextYear := legalref.MustParse("Công văn số 491/UBND-KGVX ngày 15/3/2022")
	fmt.Println(dated.SameDocument(undated), undated.SameDocument(nextYear))
	// Numbers restart every year: the 491 of 2021 is not the 491 of 2022.
	fmt.Println(dated.SameDocument(nextYear))
	// Output:
	// true true
	// false
}
