package vanban_test

import (
	"fmt"
	"os"
	"time"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/unit"
	"github.com/vanban-go/vanban/reporting"
)

// The seed end to end: Công văn 491/UBND-KGVX of Ủy ban nhân dân tỉnh Kiên
// Giang (20/4/2021) is parsed, its Kính gửi resolved on the hierarchy of
// Kiên Giang, its report requirement turned into obligations on the
// working-day calendar, and their status taken on Monday 15/11/2021, when Sở
// Nội vụ has received two of the 37 reports it relays: one on 10/11, before
// the day it asked for (Friday 12/11, 5 working days before its own
// deadline), one on 15/11, late. The other 35 are overdue; Sở Nội vụ's own
// report to the Committee is not due until Friday 19/11/2021.
func Example() {
	text, err := os.ReadFile("examples/deadline/seed.txt")
	if err != nil {
		panic(err)
	}
	doc, err := directive.Parse(string(text))
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Ref)
	fmt.Println("V/v", doc.Subject)
	fmt.Println(len(doc.Addressees), "Kính gửi lines,", len(doc.Tasks), "tasks,", len(doc.Reports), "report")

	js, err := os.ReadFile("examples/data/kiengiang.json")
	if err != nil {
		panic(err)
	}
	h, err := unit.DecodeJSON(js)
	if err != nil {
		panic(err)
	}
	cal := calendar.Default()
	obs, err := reporting.Derive(doc, h, cal, reporting.DeriveOptions{RelayLead: 5})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(obs), "obligations")
	own, first := obs[0], obs[2]
	fmt.Println(own.Bearer.Name, "→", own.Recipient.Name, "by", own.Due.Day.Format("Mon 02/01/2006"))
	fmt.Println(first.Bearer.Name, "→", first.Recipient.Name, "via", first.Via[0].Name, "by", first.Due.Day.Format("Mon 02/01/2006"))

	ict := time.FixedZone("ICT", 7*3600)
	subs := []reporting.Submission{
		{Obligation: obs[2].ID, At: time.Date(2021, 11, 10, 9, 0, 0, 0, ict)},
		{Obligation: obs[3].ID, At: time.Date(2021, 11, 15, 8, 0, 0, 0, ict)},
	}
	asOf := time.Date(2021, 11, 15, 17, 0, 0, 0, ict)
	rep, err := reporting.Evaluate(cal, obs, subs, asOf, reporting.Options{})
	if err != nil {
		panic(err)
	}
	s := reporting.Summarize(rep).Overall
	fmt.Printf("on 15/11/2021: %d on time, %d late, %d overdue, %d not yet due\n", s.OnTime, s.Late, s.Overdue, s.NotDue+s.DueSoon)
	// Output:
	// Công văn số 491/UBND-KGVX ngày 20/4/2021
	// V/v thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy tổng kết công tác dân vận của cấp ủy đảng năm 2020
	// 2 Kính gửi lines, 4 tasks, 1 report
	// 38 obligations
	// Sở Nội vụ tỉnh Kiên Giang → Ủy ban nhân dân tỉnh Kiên Giang by Fri 19/11/2021
	// Sở Tư pháp tỉnh Kiên Giang → Ủy ban nhân dân tỉnh Kiên Giang via Sở Nội vụ tỉnh Kiên Giang by Fri 12/11/2021
	// on 15/11/2021: 1 on time, 1 late, 35 overdue, 1 not yet due
}
