package directive_test

import (
	"encoding/xml"
	"fmt"
	"os"

	"github.com/vanban-go/vanban/directive"
)

// The seed's metadata for the electronic document store (Nghị định
// 30/2020/NĐ-CP Phụ lục VI): the số and ký hiệu split, the date, the issuer
// and, as hạn xử lý, the day its report is due under the strict reading of
// "trước ngày 20/11/2021": Friday 19/11/2021.
func ExampleDocument_Metadata() {
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
	m := d.Metadata()
	fmt.Println(m.TypeName, m.CodeNumber, m.CodeNotation, m.IssuedDate)
	fmt.Println(m.OrganName)
	fmt.Println(len(m.To), "recipients (Kính gửi, then Nơi nhận without “Như trên”); due", m.DueDate)
	// Output:
	// Công văn 491 UBND-KGVX 2021-04-20
	// ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
	// 7 recipients (Kính gửi, then Nơi nhận without “Như trên”); due 2021-11-19
}

// The seed's edXML message header (QCVN 102:2016/BTTTT) as UBND tỉnh Kiên
// Giang would send it; the sender's mã định danh here is a placeholder, and
// the receivers' codes must be filled in before sending.
func ExampleDocument_MessageHeader() {
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
	h := d.MessageHeader("000.00.00.H00")
	fmt.Println(h.DocumentId)
	b, err := xml.Marshal(h.Code)
	fmt.Println(string(b), err)
	// Output:
	// 000.00.00.H00,2021/04/20,491/UBND-KGVX
	// <Code><CodeNumber>491</CodeNumber><CodeNotation>UBND-KGVX</CodeNotation></Code> <nil>
}
