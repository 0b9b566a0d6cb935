package reporting_test

import (
	"fmt"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/reporting"
)

// "trước ngày 20 của tháng cuối kỳ báo cáo" (as in Thông tư
// 06/2022/TT-UBDT) for February 2026, under each reading of "trước ngày" —
// the deadline.Policy that also reads a directive's deadlines. Thursday
// 19/2 and Friday 20/2 are Tết holidays (Thông báo 9441/TB-BNV): the
// strict and inclusive readings move forward to Monday 23/2 (Bộ luật Dân
// sự 2015 Điều 148 khoản 5), strict-backward moves back to Friday 13/2,
// and a regime that keeps days off (KeepDay) stays on 19/2.
func ExampleRegime_Before() {
	cal := calendar.Default()
	feb := reporting.Period{Frequency: reporting.Monthly, Year: 2026, N: 2}
	r := reporting.ND09(reporting.Monthly)
	r.Levels = []reporting.Level{{Name: "đơn vị → Bộ", Rule: reporting.DueRule{Kind: reporting.BeforeDay, N: 20}}}
	for _, p := range []deadline.Policy{deadline.Strict, deadline.Inclusive, deadline.StrictBackward} {
		r.Before = p
		o, err := r.Occurrence(cal, feb)
		if err != nil {
			panic(err)
		}
		fmt.Println(p, o.Dues[0].Due.Day.Format("Mon 02/01/2006"))
	}
	r.Before, r.DayOff = deadline.Strict, reporting.KeepDay
	o, err := r.Occurrence(cal, feb)
	if err != nil {
		panic(err)
	}
	fmt.Println("strict, keep", o.Dues[0].Due.Day.Format("Mon 02/01/2006"))
	// Output:
	// strict Mon 23/02/2026
	// inclusive Mon 23/02/2026
	// strict-backward Fri 13/02/2026
	// strict, keep Thu 19/02/2026
}
