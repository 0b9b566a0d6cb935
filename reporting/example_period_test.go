package reporting_test

import (
	"errors"
	"fmt"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/reporting"
)

// The text forms of periods, as stored and as documents write them, with
// the days each names and the period after it; "2026-Q5" is no period.
func ExampleParsePeriod() {
	for _, s := range []string{"2026-03", "2026-Q1", "2026-H2", "2026-9M", "2026", "2026-W53", "2026-Q5"} {
		p, err := reporting.ParsePeriod(s)
		if err != nil {
			fmt.Println(err, errors.Is(err, reporting.ErrSyntax))
			continue
		}
		fmt.Printf("%-8s %-11s %-20s %-23s next %s\n", p, p.Frequency, p.Vietnamese(), p.Span(), p.Next())
	}
	// Output:
	// 2026-03  monthly     tháng 3/2026         01/03/2026 – 31/03/2026 next 2026-04
	// 2026-Q1  quarterly   quý I/2026           01/01/2026 – 31/03/2026 next 2026-Q2
	// 2026-H2  half-yearly 6 tháng cuối năm 2026 01/07/2026 – 31/12/2026 next 2027-H1
	// 2026-9M  nine-months 9 tháng năm 2026     01/01/2026 – 30/09/2026 next 2027-9M
	// 2026     annual      năm 2026             01/01/2026 – 31/12/2026 next 2027
	// 2026-W53 weekly      tuần 53/2026         28/12/2026 – 03/01/2027 next 2027-W01
	// reporting: bad period "2026-Q5" at offset 5: no such quarterly period in 2026 true
}

// The period of each frequency that contains Friday 19/11/2021, the seed's
// due day.
func ExamplePeriodOf() {
	day := date.New(2021, 11, 19)
	for _, f := range []reporting.Frequency{reporting.Weekly, reporting.Monthly, reporting.Quarterly, reporting.HalfYearly, reporting.NineMonths, reporting.Annual} {
		p := reporting.PeriodOf(f, day)
		fmt.Printf("%-11s %-8s %s\n", f, p, p.Vietnamese())
	}
	// Output:
	// weekly      2021-W46 tuần 46/2021
	// monthly     2021-11  tháng 11/2021
	// quarterly   2021-Q4  quý IV/2021
	// half-yearly 2021-H2  6 tháng cuối năm 2021
	// nine-months 2021-9M  9 tháng năm 2021
	// annual      2021     năm 2021
}

// The data windows of Nghị định 09/2019/NĐ-CP Điều 12 for 2026: a quarter
// runs from the 15th of the month before it to the 14th of its last month,
// a half-year and a year likewise; a regime without windows (Cutoff 0) has
// none.
func ExampleRegime_Window() {
	for _, s := range []string{"2026-03", "2026-Q1", "2026-H1", "2026-H2", "2026-9M", "2026"} {
		p, err := reporting.ParsePeriod(s)
		if err != nil {
			panic(err)
		}
		w, err := reporting.ND09(p.Frequency).Window(p)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-7s %s (%d days)\n", p, w, w.Days())
	}
	calendarMonths := reporting.ND09(reporting.Monthly)
	calendarMonths.Cutoff = 31 // calendar months: a day past the end of a short month is its last
	w, _ := calendarMonths.Window(reporting.Period{Frequency: reporting.Monthly, Year: 2026, N: 2})
	fmt.Println("cut-off 31, 2026-02:", w)
	// Output:
	// 2026-03 15/02/2026 – 14/03/2026 (28 days)
	// 2026-Q1 15/12/2025 – 14/03/2026 (90 days)
	// 2026-H1 15/12/2025 – 14/06/2026 (182 days)
	// 2026-H2 15/06/2026 – 14/12/2026 (183 days)
	// 2026-9M 15/12/2025 – 14/09/2026 (274 days)
	// 2026    15/12/2025 – 14/12/2026 (365 days)
	// cut-off 31, 2026-02: 01/02/2026 – 28/02/2026
}

// The periods whose span ends within a range: the quarters of 2026, and the
// ISO weeks of January 2026 (week 1 began on Monday 29/12/2025 and ends in
// January, so it is listed; week 5 ends on 1/2/2026 and is not).
func ExampleRegime_Periods() {
	qs, err := reporting.ND09(reporting.Quarterly).Periods(date.New(2026, 1, 1), date.New(2026, 12, 31))
	if err != nil {
		panic(err)
	}
	fmt.Println(qs)
	weekly := reporting.Regime{Frequency: reporting.Weekly}
	ws, err := weekly.Periods(date.New(2026, 1, 1), date.New(2026, 1, 31))
	if err != nil {
		panic(err)
	}
	for _, w := range ws {
		fmt.Println(w, w.Span())
	}
	// Output:
	// [2026-Q1 2026-Q2 2026-Q3 2026-Q4]
	// 2026-W01 29/12/2025 – 04/01/2026
	// 2026-W02 05/01/2026 – 11/01/2026
	// 2026-W03 12/01/2026 – 18/01/2026
	// 2026-W04 19/01/2026 – 25/01/2026
}

// A monthly report of Sở Y tế to the provincial People's Committee in the
// first quarter of 2026, under a provincial regime that sets the
// departments' deadline at "chậm nhất vào ngày 20" (Nghị định 09/2019/NĐ-CP
// Điều 13 khoản 2 leaves it to the province) below the Government's day 25:
// one obligation per month, with its data window and due day. 20/2/2026
// falls in the Tết break (Thông báo 9441/TB-BNV) and moves to Monday 23/2.
func ExampleRecurring_Expand() {
	reg := reporting.ND09(reporting.Monthly)
	reg.Levels = append([]reporting.Level{{Name: "Sở, ngành → UBND tỉnh", Rule: reporting.DueRule{Kind: reporting.ByDay, N: 20}}}, reg.Levels...)
	rec := reporting.Recurring{
		Obligation: reporting.Obligation{
			ID:        "BC-CCHC/SYT",
			Bearer:    reporting.Unit{ID: "SYT", Name: "Sở Y tế"},
			Recipient: reporting.Unit{ID: "UBND", Name: "Ủy ban nhân dân tỉnh"},
			Subject:   "công tác cải cách hành chính",
		},
		Regime: reg,
		Level:  0,
	}
	obs, err := rec.Expand(calendar.Default(), date.New(2026, 1, 1), date.New(2026, 3, 31))
	if err != nil {
		panic(err)
	}
	for _, o := range obs {
		fmt.Printf("%s  %s  %s  %s\n", o.ID, o.Period.Vietnamese(), o.Window, o.Due.Day.Format("Mon 02/01/2006"))
	}
	fmt.Println(obs[1].Due.Explanation.Text)
	// Output:
	// BC-CCHC/SYT/2026-01  tháng 1/2026  15/12/2025 – 14/01/2026  Tue 20/01/2026
	// BC-CCHC/SYT/2026-02  tháng 2/2026  15/01/2026 – 14/02/2026  Mon 23/02/2026
	// BC-CCHC/SYT/2026-03  tháng 3/2026  15/02/2026 – 14/03/2026  Fri 20/03/2026
	// Hạn gửi báo cáo tháng 2/2026 (Sở, ngành → UBND tỉnh): hết ngày Thứ Hai 23/02/2026.
}
