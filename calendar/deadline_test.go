package calendar

import (
	"errors"
	"testing"

	"github.com/rickb777/date/v2"
)

// TestReportingExamples runs the worked examples of reporting.md §6 that are
// pure calendar arithmetic (the numbers are the table's rows).
func TestReportingExamples(t *testing.T) {
	c := Default()
	tests := []struct {
		row   string
		start date.Date
		p     Period
		last  date.Date // Điều 148 khoản 1–4
		due   date.Date // after Điều 148 khoản 5
	}{
		// #2: "15 ngày làm việc kể từ ngày 20/4/2021": skip 21/4 (Giỗ Tổ),
		// 30/4, 1/5 (Sat), 3/5 (make-up for 1/5).
		{"#2", ymd(2021, 4, 20), Period{15, WorkingDays}, ymd(2021, 5, 14), ymd(2021, 5, 14)},
		// #3: "15 ngày kể từ ngày 20/4/2021": calendar days.
		{"#3", ymd(2021, 4, 20), Period{15, Days}, ymd(2021, 5, 5), ymd(2021, 5, 5)},
		// #4: "10 ngày": 30/4 holiday, 1–2/5 weekend, 3/5 make-up → 4/5.
		{"#4", ymd(2021, 4, 20), Period{10, Days}, ymd(2021, 4, 30), ymd(2021, 5, 4)},
		// #12: 2 working days from Saturday 14/3/2026 (data closing).
		{"#12", ymd(2026, 3, 14), Period{2, WorkingDays}, ymd(2026, 3, 17), ymd(2026, 3, 17)},
		// #19: complaint received Mon 1/6/2026: 10 days / 10 working days.
		{"#19 law", ymd(2026, 6, 1), Period{10, Days}, ymd(2026, 6, 11), ymd(2026, 6, 11)},
		{"#19 TT 07/2013", ymd(2026, 6, 1), Period{10, WorkingDays}, ymd(2026, 6, 15), ymd(2026, 6, 15)},
		// #20: accepted Thu 11/6/2026: 30 days → Sat 11/7 → Mon 13/7;
		// 45 days → Sun 26/7 → Mon 27/7.
		{"#20", ymd(2026, 6, 11), Period{30, Days}, ymd(2026, 7, 11), ymd(2026, 7, 13)},
		{"#20 complex", ymd(2026, 6, 11), Period{45, Days}, ymd(2026, 7, 26), ymd(2026, 7, 27)},
		// #21: denunciation received Mon 1/6/2026: 7 and 10 working days.
		{"#21", ymd(2026, 6, 1), Period{7, WorkingDays}, ymd(2026, 6, 10), ymd(2026, 6, 10)},
		{"#21 extended", ymd(2026, 6, 1), Period{10, WorkingDays}, ymd(2026, 6, 15), ymd(2026, 6, 15)},
		// #22: information request Thu 23/4/2026, 10 working days, skipping
		// Mon 27/4 (make-up for Giỗ Tổ on Sun 26/4), 30/4 and 1/5.
		{"#22", ymd(2026, 4, 23), Period{10, WorkingDays}, ymd(2026, 5, 12), ymd(2026, 5, 12)},
		// #23: directive Mon 20/4/2026: 10 working days / 30 days.
		{"#23", ymd(2026, 4, 20), Period{10, WorkingDays}, ymd(2026, 5, 7), ymd(2026, 5, 7)},
		{"#23 days", ymd(2026, 4, 20), Period{30, Days}, ymd(2026, 5, 20), ymd(2026, 5, 20)},
		// #24: Wed 31/12/2025, 2 working days: 1/1 holiday, 2/1 swapped off
		// (CV 12729/VPCP-KGVX), 3–4/1 weekend → 5/1, 6/1.
		{"#24", ymd(2025, 12, 31), Period{2, WorkingDays}, ymd(2026, 1, 6), ymd(2026, 1, 6)},
		// #25: Fri 20/11/2026, 3 working days: Tue 24/11 is Ngày Văn hóa.
		{"#25", ymd(2026, 11, 20), Period{3, WorkingDays}, ymd(2026, 11, 26), ymd(2026, 11, 26)},
		// Điều 148 khoản 2–4: weeks, months (shorter month: last day),
		// years (29/2 → 28/2).
		{"weeks", ymd(2026, 2, 10), Period{2, Weeks}, ymd(2026, 2, 24), ymd(2026, 2, 24)},
		{"month into a short month", ymd(2026, 1, 31), Period{1, Months}, ymd(2026, 2, 28), ymd(2026, 3, 2)},
		{"month into a leap February", ymd(2028, 1, 31), Period{1, Months}, ymd(2028, 2, 29), ymd(2028, 2, 29)},
		{"months across a year", ymd(2025, 11, 30), Period{3, Months}, ymd(2026, 2, 28), ymd(2026, 3, 2)},
		{"year from 29/2", ymd(2024, 2, 29), Period{1, Years}, ymd(2025, 2, 28), ymd(2025, 2, 28)},
		{"zero days on a holiday", ymd(2026, 9, 2), Period{0, Days}, ymd(2026, 9, 2), ymd(2026, 9, 3)},
	}
	for _, tt := range tests {
		got, err := c.Deadline(tt.start, tt.p)
		if err != nil {
			t.Errorf("%s: %v", tt.row, err)
			continue
		}
		if got.Last != tt.last || got.Due != tt.due || got.Moved != (tt.last != tt.due) || got.Start != tt.start || got.Period != tt.p {
			t.Errorf("%s: Deadline(%s, %v) = last %s due %s moved %v, want %s, %s (reporting.md §6)",
				tt.row, tt.start, tt.p, got.Last, got.Due, got.Moved, tt.last, tt.due)
		}
		if got.LastDay != c.Day(tt.last) || got.Provisional != (tt.due.Year() >= 2028) {
			t.Errorf("%s: LastDay %+v, Provisional %v", tt.row, got.LastDay, got.Provisional)
		}
	}
}

// TestReportingArithmetic covers the rows of reporting.md §6 that are not
// periods from an event.
func TestReportingArithmetic(t *testing.T) {
	c := Default()
	// #1: the seed: directive of Tue 20/4/2021, "trước ngày 20/11/2021":
	// 148 working days to Friday 19/11/2021, and still 148 to Saturday
	// 20/11; the inclusive reading moves Saturday 20/11 to Monday 22/11.
	for _, tt := range []struct {
		to   date.Date
		want int
	}{{ymd(2021, 11, 19), 148}, {ymd(2021, 11, 20), 148}} {
		if n, err := c.WorkdaysBetween(ymd(2021, 4, 20), tt.to); err != nil || n != tt.want {
			t.Errorf("#1: WorkdaysBetween(2021-04-20, %s) = %d, %v; want %d", tt.to, n, err, tt.want)
		}
	}
	rolls := []struct {
		row  string
		d    date.Date
		want date.Date
	}{
		{"#1 strict", ymd(2021, 11, 19), ymd(2021, 11, 19)},
		{"#1 inclusive", ymd(2021, 11, 20), ymd(2021, 11, 22)},
		// #13: "trước ngày 20" of February 2026: 19/2 (strict) and 20/2
		// (inclusive) are Tết days; both move to Mon 23/2.
		{"#13 strict", ymd(2026, 2, 19), ymd(2026, 2, 23)},
		{"#13 inclusive", ymd(2026, 2, 20), ymd(2026, 2, 23)},
		// #14: the cascade 17/20/23 March 2026 falls on working days.
		{"#14 a", ymd(2026, 3, 17), ymd(2026, 3, 17)},
		{"#14 b", ymd(2026, 3, 20), ymd(2026, 3, 20)},
		{"#14 c", ymd(2026, 3, 23), ymd(2026, 3, 23)},
		// #5–#11: the ND 09 due days "ngày 25" are working days.
		{"#5", ymd(2026, 3, 25), ymd(2026, 3, 25)},
		{"#6", ymd(2026, 2, 25), ymd(2026, 2, 25)},
		{"#8", ymd(2026, 6, 25), ymd(2026, 6, 25)},
		{"#9", ymd(2026, 9, 25), ymd(2026, 9, 25)},
		{"#10", ymd(2026, 12, 25), ymd(2026, 12, 25)},
		{"#10 2025", ymd(2025, 12, 25), ymd(2025, 12, 25)},
		{"#11", ymd(2025, 7, 25), ymd(2025, 7, 25)},
	}
	for _, tt := range rolls {
		if got, err := c.WorkdayOnOrAfter(tt.d); err != nil || got != tt.want {
			t.Errorf("%s: WorkdayOnOrAfter(%s) = %s, %v; want %s", tt.row, tt.d, got, err, tt.want)
		}
	}
	adds := []struct {
		row  string
		d    date.Date
		n    int
		want date.Date
	}{
		// #16: relay: 5 working days before Fri 19/11/2021.
		{"#16", ymd(2021, 11, 19), -5, ymd(2021, 11, 12)},
		// #17: registered Fri 13/2/2026: next working day after the Tết
		// break 14–22/2 (ND 30/2020 Điều 23 khoản 1).
		{"#17", ymd(2026, 2, 13), 1, ymd(2026, 2, 23)},
		// #18: received after 15:00 Fri 21/8/2026 → Sat 22/8, a make-up
		// working day (9441/TB-BNV); Fri 28/8/2026 → Thu 3/9 (31/8 swapped
		// off, 1–2/9 Quốc khánh).
		{"#18 a", ymd(2026, 8, 21), 1, ymd(2026, 8, 22)},
		{"#18 b", ymd(2026, 8, 28), 1, ymd(2026, 9, 3)},
	}
	for _, tt := range adds {
		if got, err := c.AddWorkdays(tt.d, tt.n); err != nil || got != tt.want {
			t.Errorf("%s: AddWorkdays(%s, %d) = %s, %v; want %s", tt.row, tt.d, tt.n, got, err, tt.want)
		}
	}
	// The office practice for "before" deadlines (reporting.md §3.1):
	// Saturday 20/11/2021 moves back to Friday 19/11.
	if got, _ := c.WorkdayOnOrBefore(ymd(2021, 11, 20)); got != ymd(2021, 11, 19) {
		t.Errorf("WorkdayOnOrBefore(2021-11-20) = %s", got)
	}
}

func TestDeadlineErrors(t *testing.T) {
	c := Default()
	tests := []struct {
		start date.Date
		p     Period
		want  error
	}{
		{ymd(2026, 1, 1), Period{-1, Days}, ErrInvalid},
		{ymd(2026, 1, 1), Period{1, 0}, ErrInvalid},
		{ymd(2026, 1, 1), Period{1, 9}, ErrInvalid},
		{MinDate - 1, Period{1, Days}, ErrOutOfRange},
		{ymd(2199, 12, 1), Period{1, Months}, ErrOutOfRange},
		{ymd(2199, 12, 1), Period{30, WorkingDays}, ErrOutOfRange},
		{ymd(2100, 1, 1), Period{1 << 40, Years}, ErrOutOfRange},
	}
	for _, tt := range tests {
		if _, err := c.Deadline(tt.start, tt.p); !errors.Is(err, tt.want) {
			t.Errorf("Deadline(%s, %v): err = %v, want %v", tt.start, tt.p, err, tt.want)
		}
	}
	if s := (Period{15, WorkingDays}).String(); s != "15 ngày làm việc" {
		t.Errorf("Period.String() = %q", s)
	}
	if s := Unit(9).String(); s != "Unit(9)" {
		t.Errorf("Unit(9).String() = %q", s)
	}
}
