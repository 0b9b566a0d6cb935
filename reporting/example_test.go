package reporting_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/reporting"
)

var ict = time.FixedZone("ICT", 7*3600)

// A monthly report under Nghị định 09/2019/NĐ-CP in 2026: the data window of
// each month (Điều 12 khoản 1) and the deadline of a province to the
// Government, day 25 of the month (Điều 13 khoản 1), moved to the next
// working day when it falls on a day off: in April, 25/4 is a Saturday, 26/4
// Giỗ Tổ Hùng Vương on a Sunday and 27/4 its compensatory day off.
func ExampleRegime_Occurrences() {
	cal := calendar.Default()
	occ, err := reporting.ND09(reporting.Monthly).Occurrences(cal, date.New(2026, 1, 1), date.New(2026, 12, 31))
	if err != nil {
		panic(err)
	}
	for _, o := range occ {
		fmt.Printf("%-7s %s  %s\n", o.Period, o.Window, o.Dues[0].Due.Day.Format("Mon 02/01/2006"))
	}
	// Output:
	// 2026-01 15/12/2025 – 14/01/2026  Mon 26/01/2026
	// 2026-02 15/01/2026 – 14/02/2026  Wed 25/02/2026
	// 2026-03 15/02/2026 – 14/03/2026  Wed 25/03/2026
	// 2026-04 15/03/2026 – 14/04/2026  Tue 28/04/2026
	// 2026-05 15/04/2026 – 14/05/2026  Mon 25/05/2026
	// 2026-06 15/05/2026 – 14/06/2026  Thu 25/06/2026
	// 2026-07 15/06/2026 – 14/07/2026  Mon 27/07/2026
	// 2026-08 15/07/2026 – 14/08/2026  Tue 25/08/2026
	// 2026-09 15/08/2026 – 14/09/2026  Fri 25/09/2026
	// 2026-10 15/09/2026 – 14/10/2026  Mon 26/10/2026
	// 2026-11 15/10/2026 – 14/11/2026  Wed 25/11/2026
	// 2026-12 15/11/2026 – 14/12/2026  Fri 25/12/2026
}

// A province's own cascade (Thông tư 55/2020/TT-BCT Điều 9 khoản 1: days 17,
// 20 and 23) for March 2026, with the explanation of one due day.
func ExampleRegime_Occurrence() {
	cal := calendar.Default()
	r := reporting.ND09(reporting.Monthly)
	r.Levels = []reporting.Level{
		{Name: "UBND cấp xã → Sở", Rule: reporting.DueRule{Kind: reporting.ByDay, N: 17}},
		{Name: "Sở → UBND tỉnh", Rule: reporting.DueRule{Kind: reporting.ByDay, N: 20}},
		reporting.GovernmentLevel(),
	}
	o, err := r.Occurrence(cal, reporting.Period{Frequency: reporting.Monthly, Year: 2026, N: 3})
	if err != nil {
		panic(err)
	}
	for _, ld := range o.Dues {
		fmt.Println(ld.Due.Day, ld.WorkdaysAfterCutoff, "working days after the cut-off")
	}
	for _, s := range o.Dues[2].Due.Explanation.Steps {
		fmt.Println(s)
	}
	// Output:
	// 2026-03-17 2 working days after the cut-off
	// 2026-03-20 5 working days after the cut-off
	// 2026-03-25 8 working days after the cut-off
	// Thời gian chốt số liệu tháng 3/2026: 15/02/2026 – 14/03/2026 (Nghị định 09/2019/NĐ-CP Điều 12 khoản 1).
	// Thời hạn chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo: ngày cuối là 25/03/2026 (Nghị định 09/2019/NĐ-CP Điều 13 khoản 1).
	// Hết hạn lúc 24 giờ 00 ngày 25/03/2026 (Bộ luật Dân sự 2015 Điều 148 khoản 6).
}

// The seed's relay, built by hand: Công văn 491/UBND-KGVX asks for reports
// "về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 20/11/2021 để tổng hợp
// báo cáo Tỉnh ủy". Read strictly, Sở Nội vụ's deadline is Friday
// 19/11/2021; it asks contributors for their reports 5 working days earlier.
func ExampleRelay() {
	cal := calendar.Default()
	ubnd := reporting.Unit{ID: "UBND", Name: "Ủy ban nhân dân tỉnh"}
	snv := reporting.Unit{ID: "SNV", Name: "Sở Nội vụ"}
	cons := reporting.Obligation{
		ID: "491/tổng hợp", Bearer: snv, Recipient: ubnd, Source: "491/UBND-KGVX",
		Purpose: "để tổng hợp báo cáo Tỉnh ủy", Due: reporting.Due{Day: date.New(2021, 11, 19)},
	}
	var units []reporting.Obligation
	for _, u := range []reporting.Unit{{ID: "SYT", Name: "Sở Y tế"}, {ID: "PQ", Name: "UBND thành phố Phú Quốc"}} {
		units = append(units, reporting.Obligation{ID: "491/" + u.ID, Bearer: u, Recipient: ubnd, Source: "491/UBND-KGVX"})
	}
	obs, err := reporting.Relay(cal, 5, cons, units)
	if err != nil {
		panic(err)
	}
	for _, o := range obs {
		fmt.Printf("%-24s %-12s → %s via %v, due %s\n", o.Bearer.Name, o.Role, o.Recipient.Name, o.Via, o.Due.Day)
	}
	fmt.Println(obs[1].Due.Explanation.Text)
	// Output:
	// Sở Nội vụ                consolidator → Ủy ban nhân dân tỉnh via [], due 2021-11-19
	// Sở Y tế                  contributor  → Ủy ban nhân dân tỉnh via [{SNV Sở Nội vụ}], due 2021-11-12
	// UBND thành phố Phú Quốc  contributor  → Ủy ban nhân dân tỉnh via [{SNV Sở Nội vụ}], due 2021-11-12
	// Hạn gửi Sở Nội vụ: hết ngày Thứ Sáu 12/11/2021, 5 ngày làm việc trước hạn của Sở Nội vụ (Thứ Sáu 19/11/2021).
}

// Statuses of one obligation due Friday 19/11/2021 as of several instants,
// and reminders.
func ExampleEvaluate() {
	cal := calendar.Default()
	obs := []reporting.Obligation{
		{ID: "a", Bearer: reporting.Unit{ID: "SYT", Name: "Sở Y tế"}, Due: reporting.Due{Day: date.New(2021, 11, 19)}},
		{ID: "b", Bearer: reporting.Unit{ID: "STP", Name: "Sở Tư pháp"}, Due: reporting.Due{Day: date.New(2021, 11, 19)}},
	}
	subs := []reporting.Submission{
		{Obligation: "a", Unit: "SYT", At: time.Date(2021, 11, 19, 23, 59, 0, 0, ict)},
		{Obligation: "a", Unit: "SYT", At: time.Date(2021, 11, 22, 8, 0, 0, 0, ict)},
	}
	for _, asOf := range []time.Time{
		time.Date(2021, 11, 16, 8, 0, 0, 0, ict),
		time.Date(2021, 11, 24, 8, 0, 0, 0, ict),
	} {
		rep, err := reporting.Evaluate(cal, obs, subs, asOf, reporting.Options{DueSoon: 3})
		if err != nil {
			panic(err)
		}
		fmt.Println(asOf.Format("02/01 15:04"))
		for _, it := range rep.Items {
			fmt.Printf("  %s: %s (left %d, late %d)\n", it.Obligation.Bearer.Name, it.Status.Vietnamese(), it.WorkdaysLeft, it.WorkdaysLate)
		}
		for _, r := range rep.Reminders() {
			fmt.Println("  nhắc:", r.Text)
		}
		for _, ir := range rep.Irregular {
			fmt.Println("  không tính:", ir.Reason, ir.Submission.At.Format("02/01 15:04"))
		}
	}
	// Output:
	// 16/11 08:00
	//   Sở Y tế: chưa hoàn thành, sắp đến hạn (left 3, late 0)
	//   Sở Tư pháp: chưa hoàn thành, sắp đến hạn (left 3, late 0)
	//   nhắc: Sở Y tế: báo cáo, còn 3 ngày làm việc (hạn Thứ Sáu 19/11/2021).
	//   nhắc: Sở Tư pháp: báo cáo, còn 3 ngày làm việc (hạn Thứ Sáu 19/11/2021).
	// 24/11 08:00
	//   Sở Y tế: hoàn thành đúng hạn (left 0, late 0)
	//   Sở Tư pháp: chưa hoàn thành, quá hạn (left 0, late 3)
	//   nhắc: Sở Tư pháp: báo cáo, quá hạn 3 ngày làm việc (hạn Thứ Sáu 19/11/2021).
	//   không tính: duplicate 22/11 08:00
}

// A compliance summary, ready to print. The rates are rounded by the
// largest-remainder method so that they add up to 100: 4/9, 2/9 and 3/9 are
// 44.444…, 22.222… and 33.333…, whose truncations leave one hundredth
// for the largest remainder, 44.444….
func ExampleSummarize() {
	cal := calendar.Default()
	due := reporting.Due{Day: date.New(2026, 3, 25)}
	var obs []reporting.Obligation
	for _, u := range []string{"Sở Y tế", "Sở Tư pháp", "Sở Xây dựng"} {
		for _, m := range []string{"01", "02", "03"} {
			obs = append(obs, reporting.Obligation{ID: u + "/" + m, Bearer: reporting.Unit{ID: u, Name: u}, Due: due})
		}
	}
	on := time.Date(2026, 3, 20, 9, 0, 0, 0, ict)
	late := time.Date(2026, 3, 27, 9, 0, 0, 0, ict)
	subs := []reporting.Submission{
		{Obligation: "Sở Y tế/01", At: on}, {Obligation: "Sở Y tế/02", At: on}, {Obligation: "Sở Y tế/03", At: on},
		{Obligation: "Sở Tư pháp/01", At: on}, {Obligation: "Sở Tư pháp/02", At: late},
		{Obligation: "Sở Xây dựng/01", At: late},
	}
	rep, err := reporting.Evaluate(cal, obs, subs, time.Date(2026, 3, 30, 8, 0, 0, 0, ict), reporting.Options{})
	if err != nil {
		panic(err)
	}
	s := reporting.Summarize(rep)
	fmt.Print(s.Text())
	fmt.Println(s.Overall.OnTimeRate, s.Overall.LateRate, s.Overall.OverdueRate)
	// Output:
	// Tình hình gửi báo cáo tính đến 08:00 ngày 30/03/2026
	// Đơn vị       Tổng  Đúng hạn  Trễ hạn  Quá hạn  Chưa đến hạn  Tỷ lệ đúng hạn  Số ngày trễ TB
	// Sở Y tế      3     3         0        0        0             100,00 %        –
	// Sở Tư pháp   3     1         1        1        0             33,34 %         2,00
	// Sở Xây dựng  3     0         1        2        0             0,00 %          2,00
	// Tổng cộng    9     4         2        3        0             44,45 %         2,00
	// 44.45 22.22 33.33
}

// A day ends at 24:00 in Vietnam (Bộ luật Dân sự 2015 Điều 148 khoản 6): a
// report received at 23:59 on its due day, Friday 19/11/2021, is received
// that day; at 24:00 it is Saturday. 17:30 UTC on the 19th is already the
// 20th in UTC+7.
func ExampleEndOfDay() {
	end := reporting.EndOfDay(date.New(2021, 11, 19))
	fmt.Println(end)
	fmt.Println(reporting.DayOf(end.Add(-time.Minute)), reporting.DayOf(end))
	fmt.Println(reporting.DayOf(time.Date(2021, 11, 19, 17, 30, 0, 0, time.UTC)))
	// Output:
	// 2021-11-20 00:00:00 +0700 ICT
	// 2021-11-19 2021-11-20
	// 2021-11-20
}

// Obligations are stored as JSON and read back strictly: a due day that
// does not exist is an error naming it, not a day of the next month.
func ExampleDue_UnmarshalJSON() {
	var o reporting.Obligation
	err := json.Unmarshal([]byte(`{"id":"491/UBND-KGVX#1/91/syt","bearer":{"id":"91/syt"},"due":{"day":"2021-11-19"}}`), &o)
	fmt.Println(o.Due.Day, err)
	err = json.Unmarshal([]byte(`{"id":"x","bearer":{"id":"91/syt"},"due":{"day":"2021-02-30"}}`), &o)
	fmt.Println(err, errors.Is(err, reporting.ErrSyntax))
	// Output:
	// 2021-11-19 <nil>
	// reporting: bad due day "2021-02-30" at offset 8: no day 30 in February 2021 true
}
