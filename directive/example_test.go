package directive_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/unit"
)

// Parse the seed, the công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang, and
// print its header fields.
func ExampleParse() {
	text, err := os.ReadFile("testdata/491_UBND-KGVX.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := directive.Parse(string(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Cơ quan:  ", d.Organ)
	fmt.Println("Số:       ", d.Ref.Symbol())
	fmt.Println("Loại:     ", d.Ref.Type)
	fmt.Println("Ngày:     ", d.Ref.Date)
	fmt.Println("Địa danh: ", d.Place)
	fmt.Println("Trích yếu:", d.Subject)
	fmt.Println("Kính gửi: ", d.Addressees[0].Text, "/", d.Addressees[1].Text)
	fmt.Println("Ký:       ", d.Signature.Authority, d.Signature.For, "/", d.Signature.Title, "/", d.Signature.Name)
	fmt.Println("Nơi nhận: ", len(d.CopyTo), "entries, first", d.CopyTo[0].Text, "; Lưu", strings.Join(d.Archive.Units, ", "))
	fmt.Println("Items:    ", len(d.Body.Items), "; item 2 cites", d.Body.Items[1].Paragraphs[0].Refs[1].Ref)
	r := d.Reports[0]
	fmt.Println("Report:   ", r.To, "via", r.Via, "due", r.DueDate)
	// Output:
	// Cơ quan:   ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
	// Số:        491/UBND-KGVX
	// Loại:      Công văn
	// Ngày:      2021-04-20
	// Địa danh:  Kiên Giang
	// Trích yếu: thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy tổng kết công tác dân vận của cấp ủy đảng năm 2020
	// Kính gửi:  Các sở, ban, ngành cấp tỉnh / Ủy ban nhân dân các huyện, thành phố
	// Ký:        KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Lưu Trung
	// Nơi nhận:  6 entries, first Như trên ; Lưu VT
	// Items:     4 ; item 2 cites Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập
	// Report:    Ủy ban nhân dân tỉnh via Sở Nội vụ due 2021-11-20
}

// Validate a công văn with two mistakes in its heading: the day has no
// leading zero and the signature of a deputy lacks "KT.".
func ExampleDocument_Validate() {
	text := `ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG               Độc lập - Tự do - Hạnh phúc
Số: 120/UBND-VX          Vị Thanh, ngày 6 tháng 4 năm 2021
V/v tổ chức Ngày Sách Việt Nam

Kính gửi: Sở Văn hóa, Thể thao và Du lịch.

Giao Sở Văn hóa, Thể thao và Du lịch tổ chức Ngày Sách Việt Nam năm 2021./.

Nơi nhận:                          PHÓ CHỦ TỊCH
- Như trên;
- Lưu: VT, VX.
                                   Trần Văn An`
	d, err := directive.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range d.Validate() {
		fmt.Printf("%s: %q\n", v.Rule, v.Text)
		if v.Want != "" {
			fmt.Printf("  want %q\n", v.Want)
		}
		fmt.Printf("  %s\n", v.Basis)
	}
	// Output:
	// date-padding: "Vị Thanh, ngày 6 tháng 4 năm 2021"
	//   want "Vị Thanh, ngày 06 tháng 4 năm 2021"
	//   Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b: những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước
	// signature-authority: "PHÓ CHỦ TỊCH"
	//   Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I, Phần I, mục II.7.b: cấp phó ký thay người đứng đầu ghi "KT." trước chức vụ của người đứng đầu
}

// Build a document as values and print it in the official layout.
func ExampleDocument_Format() {
	d := &directive.Document{
		Heading: directive.QuocHieu, Motto: directive.TieuNgu,
		Organ:      "VĂN PHÒNG CHÍNH PHỦ",
		Place:      "Hà Nội",
		Subject:    "thành lập Hiệp hội",
		Addressees: []directive.Recipient{{Text: "Bộ Nội vụ"}},
		Body: directive.Body{Items: []directive.Item{{Paragraphs: []directive.Paragraph{
			{Text: "Giao Bộ Nội vụ xem xét, giải quyết theo quy định./."}}}}},
		Signature: directive.Signature{Authority: directive.KT, For: "BỘ TRƯỞNG, CHỦ NHIỆM", Title: "PHÓ CHỦ NHIỆM", Name: "Nguyễn Khắc Định"},
		CopyTo:    []directive.Recipient{{Text: "Như trên"}},
		Archive:   directive.Archive{Units: []string{"VT", "KGVX"}, Copies: 3},
	}
	d.Ref.Type, d.Ref.Number, d.Ref.Issuers, d.Ref.Unit = "Công văn", "7334", []string{"VPCP"}, "KGVX"
	d.Ref.Date = mustISO("2014-09-22")
	fmt.Print(d.Format())
	// Output:
	// VĂN PHÒNG CHÍNH PHỦ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	//                           Độc lập - Tự do - Hạnh phúc
	// Số: 7334/VPCP-KGVX      Hà Nội, ngày 22 tháng 9 năm 2014
	// V/v thành lập Hiệp hội
	//
	// Kính gửi: Bộ Nội vụ
	//
	// Giao Bộ Nội vụ xem xét, giải quyết theo quy định./.
	//
	// Nơi nhận:               KT. BỘ TRƯỞNG, CHỦ NHIỆM
	// - Như trên;                  PHÓ CHỦ NHIỆM
	// - Lưu: VT, KGVX (3).
	//
	//                             Nguyễn Khắc Định
}

func mustISO(s string) date.Date { return date.MustParseISO(s) }

// Resolve the seed against the Kiên Giang hierarchy of April 2021: its two
// Kính gửi lines stand for 37 units, its Nơi nhận for 8 more; none of its
// four items names a unit, so each unit has all four tasks, and the report
// of the closing paragraph is due on Friday 19/11/2021.
func ExampleDocument_Resolve() {
	text, _ := os.ReadFile("testdata/491_UBND-KGVX.txt")
	d, err := directive.Parse(string(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	js, _ := os.ReadFile("testdata/kiengiang.json") // a copy of examples/data/kiengiang.json
	h, err := unit.DecodeJSON(js)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := d.Resolve(h, calendar.Default(), directive.ResolveOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Addressees.Entries {
		fmt.Printf("Kính gửi %q: %d đơn vị\n", e.Text, len(e.Units))
	}
	fmt.Println("Nơi nhận:", len(r.CopyTo.Units()), "đơn vị")
	fmt.Println("Đơn vị thực hiện:", len(r.Units))
	for _, u := range []directive.Duties{r.Units[0], r.Units[len(r.Units)-1]} {
		fmt.Println(u.Name)
		for _, t := range u.Tasks {
			fmt.Printf("  %s. %s [%s]\n", t.Item, t.Action, t.Role)
		}
		for _, rep := range u.Reports {
			fmt.Printf("  Báo cáo %s về %s, hạn %s\n", rep.Subject, strings.Join(rep.To, ", "), rep.Due.Resolution.Due.Format("02/01/2006"))
		}
	}
	fmt.Println(r.Units[0].Tasks[0].Explanation)
	fmt.Println(r.Units[0].Reports[0].Explanation)
	// Output:
	// Kính gửi "Các sở, ban, ngành cấp tỉnh": 22 đơn vị
	// Kính gửi "Ủy ban nhân dân các huyện, thành phố": 15 đơn vị
	// Nơi nhận: 45 đơn vị
	// Đơn vị thực hiện: 37
	// Sở Nội vụ tỉnh Kiên Giang
	//   1. Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt các chủ … [responsible]
	//   2. Thực hiện tốt Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban … [responsible]
	//   3. Công tác dân vận chính quyền và thực hiện quy chế dân … [responsible]
	//   4. Đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2021 … [responsible]
	//   Báo cáo kết quả thực hiện về 91/ubnd, hạn 19/11/2021
	// Ủy ban nhân dân huyện Giang Thành
	//   1. Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt các chủ … [responsible]
	//   2. Thực hiện tốt Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban … [responsible]
	//   3. Công tác dân vận chính quyền và thực hiện quy chế dân … [responsible]
	//   4. Đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2021 … [responsible]
	//   Báo cáo kết quả thực hiện về 91/ubnd, hạn 19/11/2021
	// Nhiệm vụ 1 không nêu đơn vị thực hiện: giao các đơn vị Kính gửi; “Các sở, ban, ngành cấp tỉnh” thực hiện (group departments under 91/ubnd).
	// Báo cáo 1: “các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp” báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh Kiên Giang (qua Sở Nội vụ tỉnh Kiên Giang); hạn thứ Sáu 19/11/2021 (trước ngày 20/11/2021, strict).
}
