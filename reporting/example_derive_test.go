package reporting_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/unit"
	"github.com/vanban-go/vanban/reporting"
)

// The seed's obligations: Công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang
// (20/4/2021) asks its 37 addressees to report "về Ủy ban nhân dân tỉnh (qua
// Sở Nội vụ) trước ngày 20/11/2021 để tổng hợp báo cáo Tỉnh ủy". Sở Nội vụ
// consolidates by Friday 19/11/2021 (the strict reading) and asks for the
// addressees' reports 5 working days earlier.
func ExampleDerive() {
	text, _ := os.ReadFile("testdata/491_UBND-KGVX.txt")
	doc, err := directive.Parse(string(text))
	if err != nil {
		panic(err)
	}
	js, _ := os.ReadFile("testdata/kiengiang.json") // a copy of examples/data/kiengiang.json
	h, err := unit.DecodeJSON(js)
	if err != nil {
		panic(err)
	}
	obs, err := reporting.Derive(doc, h, calendar.Default(), reporting.DeriveOptions{RelayLead: 5})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(obs), "obligations")
	for _, o := range append(obs[:3:3], obs[len(obs)-1]) {
		fmt.Printf("%s → %s, %s, due %s\n", o.Bearer.Name, o.Recipient.Name, o.Role, o.Due.Day.Format("02/01/2006"))
	}
	fmt.Println(obs[0].Purpose)
	fmt.Println(obs[0].Due.Explanation.Policy, obs[0].Due.End)
	fmt.Println(obs[1].Due.Explanation.Text)
	// Output:
	// 38 obligations
	// Sở Nội vụ tỉnh Kiên Giang → Ủy ban nhân dân tỉnh Kiên Giang, consolidator, due 19/11/2021
	// Sở Nội vụ tỉnh Kiên Giang → Ủy ban nhân dân tỉnh Kiên Giang, contributor, due 12/11/2021
	// Sở Tư pháp tỉnh Kiên Giang → Ủy ban nhân dân tỉnh Kiên Giang, contributor, due 12/11/2021
	// Ủy ban nhân dân huyện Giang Thành → Ủy ban nhân dân tỉnh Kiên Giang, contributor, due 12/11/2021
	// để tổng hợp báo cáo Tỉnh ủy
	// strict 2021-11-20 00:00:00 +0700 ICT
	// Hạn gửi Sở Nội vụ tỉnh Kiên Giang: hết ngày Thứ Sáu 12/11/2021, 5 ngày làm việc trước hạn của Sở Nội vụ tỉnh Kiên Giang (Thứ Sáu 19/11/2021).
}

// Who reports is who the report sentence names, not every addressee: the
// seed with its closing changed so that Sở Tài chính alone gathers and
// reports, through Sở Nội vụ. The 37 units of Kính gửi owe nothing.
func ExampleDerive_bearers() {
	text, _ := os.ReadFile("testdata/491_UBND-KGVX.txt")
	changed := strings.Replace(string(text),
		"Ủy ban nhân dân các cấp quan tâm thực hiện; báo cáo kết quả thực hiện",
		"Ủy ban nhân dân các cấp quan tâm thực hiện. Sở Tài chính chủ trì tổng hợp, báo cáo kết quả thực hiện", 1)
	doc, err := directive.Parse(changed)
	if err != nil {
		panic(err)
	}
	js, _ := os.ReadFile("testdata/kiengiang.json")
	h, err := unit.DecodeJSON(js)
	if err != nil {
		panic(err)
	}
	obs, err := reporting.Derive(doc, h, calendar.Default(), reporting.DeriveOptions{RelayLead: 5})
	if err != nil {
		panic(err)
	}
	for _, o := range obs {
		fmt.Printf("%s: %s, %s, due %s\n", o.ID, o.Bearer.Name, o.Role, o.Due.Day.Format("02/01/2006"))
	}
	// Output:
	// 491/UBND-KGVX#1/tổng-hợp/91/snv: Sở Nội vụ tỉnh Kiên Giang, consolidator, due 19/11/2021
	// 491/UBND-KGVX#1/91/stc: Sở Tài chính tỉnh Kiên Giang, contributor, due 12/11/2021
}

// A report required without a deadline: Công văn 2541/VPCP-QHQT of the Văn
// phòng Chính phủ (20/4/2009) asks Bộ Công Thương to study the proposals
// "và báo cáo Thủ tướng Chính phủ", naming no day. The duty stays, without
// a deadline: open, it is never due; sent, it is on time.
func ExampleDerive_noDeadline() {
	text, _ := os.ReadFile("testdata/2541_VPCP-QHQT.txt")
	doc, err := directive.Parse(string(text))
	if err != nil {
		panic(err)
	}
	js, _ := os.ReadFile("testdata/government.json") // a copy of examples/data/government.json
	h, err := unit.DecodeJSON(js)
	if err != nil {
		panic(err)
	}
	cal := calendar.Default()
	obs, err := reporting.Derive(doc, h, cal, reporting.DeriveOptions{})
	if err != nil {
		panic(err)
	}
	o := obs[0]
	fmt.Println(o.ID, o.Bearer.Name, "→", o.Recipient.Name, o.Due.NoDeadline, o.Validate())
	fmt.Println(o.Due.Explanation.Text)
	asOf := time.Date(2009, 12, 31, 17, 0, 0, 0, ict)
	sent := []reporting.Submission{{Obligation: o.ID, At: time.Date(2009, 6, 1, 9, 0, 0, 0, ict)}}
	for _, subs := range [][]reporting.Submission{nil, sent} {
		rep, err := reporting.Evaluate(cal, obs, subs, asOf, reporting.Options{})
		if err != nil {
			panic(err)
		}
		s := reporting.Summarize(rep).Overall
		fmt.Println(rep.Items[0].Status.Vietnamese(), "| assessed", s.Assessed, "no deadline", s.NoDeadline)
	}
	// Output:
	// 2541/VPCP-QHQT#1/bct Bộ Công Thương → Thủ tướng Chính phủ true <nil>
	// Không có hạn: văn bản không nêu hạn gửi báo cáo.
	// chưa hoàn thành, không có hạn | assessed 0 no deadline 1
	// hoàn thành đúng hạn | assessed 1 no deadline 0
}
