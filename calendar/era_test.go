package calendar

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

func ymd(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func TestRange(t *testing.T) {
	if MinDate != ymd(2000, 1, 1) || MaxDate != ymd(2199, 12, 31) {
		t.Errorf("range %s–%s, want 2000-01-01–2199-12-31 (issue 4)", MinDate, MaxDate)
	}
	c := Default()
	for _, d := range []date.Date{MinDate - 1, MaxDate + 1, 0} {
		if c.IsWorkday(d) {
			t.Errorf("IsWorkday(%s) = true out of range", d)
		}
		if got := c.Day(d); got != (DayInfo{Date: d}) {
			t.Errorf("Day(%s) = %+v, want only the date", d, got)
		}
	}
	// 2000-01-01 is a Saturday and Tết Dương lịch: a holiday, made up on
	// Monday 3/1/2000 (BLLĐ 1994 Điều 73).
	if got := c.Day(MinDate); got.Kind != Holiday || got.Basis != "BLLĐ 1994 Điều 73" || got.Provisional {
		t.Errorf("Day(2000-01-01) = %+v", got)
	}
	if got := c.Day(ymd(2000, 1, 3)); got.Kind != Compensatory {
		t.Errorf("Day(2000-01-03) = %+v, want the make-up day for 1/1", got)
	}
}

func TestLawAt(t *testing.T) {
	tests := []struct {
		d         date.Date
		tet       int
		hung      bool
		national  int
		basisPart string
	}{
		{ymd(2000, 1, 1), 4, false, 1, "BLLĐ 1994 Điều 73"},
		{ymd(2007, 4, 1), 4, false, 1, "BLLĐ 1994 Điều 73"},
		// Luật 84/2007/QH11 of 02/04/2007, in force on promulgation.
		{ymd(2007, 4, 2), 4, true, 1, "Luật 84/2007/QH11"},
		{ymd(2013, 4, 30), 4, true, 1, "Luật 84/2007/QH11"},
		// BLLĐ 2012 in force 1/5/2013 (calendar.md §1.3).
		{ymd(2013, 5, 1), 5, true, 1, "BLLĐ 2012 (10/2012/QH13) Điều 115"},
		{ymd(2020, 12, 31), 5, true, 1, "BLLĐ 2012"},
		// BLLĐ 2019 in force 1/1/2021 (calendar.md §1.4).
		{ymd(2021, 1, 1), 5, true, 2, "BLLĐ 2019 (45/2019/QH14) Điều 112"},
		{ymd(2199, 12, 31), 5, true, 2, "BLLĐ 2019"},
	}
	for _, tt := range tests {
		l := lawAt(tt.d)
		if l.tetDays != tt.tet || l.hungKings != tt.hung || l.nationalDays != tt.national || !strings.Contains(l.holidays, tt.basisPart) {
			t.Errorf("lawAt(%s) = %+v, want Tết %d, Giỗ Tổ %v, Quốc khánh %d, basis %q", tt.d, *l, tt.tet, tt.hung, tt.national, tt.basisPart)
		}
	}
}

// kinds returns the kinds of the days from a to b.
func kinds(c *Calendar, a, b date.Date) []Kind {
	var out []Kind
	for d := a; d <= b; d++ {
		out = append(out, c.Day(d).Kind)
	}
	return out
}

func equalKinds(a, b []Kind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestEraBoundaries checks each change of the law on the default calendar
// and on the rules alone (no announced data), so that the rules are right
// where the data would hide them.
func TestEraBoundaries(t *testing.T) {
	rules, err := New(withoutBuiltin())
	if err != nil {
		t.Fatal(err)
	}
	const W, R, H, C, S, SW = Workday, WeeklyRest, Holiday, Compensatory, SwapOff, SwapWorkday
	tests := []struct {
		name   string
		c      *Calendar
		a, b   date.Date
		want   []Kind
		source string
	}{
		// Giỗ Tổ became a holiday with Luật 84/2007/QH11: 10/3 âm lịch was
		// Friday 7/4/2006 (a working day) and Thursday 26/4/2007.
		{"Giỗ Tổ 2006, before the amendment", rules, ymd(2006, 4, 7), ymd(2006, 4, 7), []Kind{W}, "BLLĐ 1994 Điều 73 (original)"},
		{"Giỗ Tổ 2007, first under the amendment", rules, ymd(2007, 4, 26), ymd(2007, 4, 26), []Kind{H}, "Luật 84/2007/QH11"},
		// Tết 2013 (mùng 1 Sunday 10/2) still had four days under BLLĐ
		// 1994: 9–12/2, make-up 13 and 14/2 for Saturday 9 and Sunday 10,
		// and the swap 15/2 (calendar.md §1.3, §2.2).
		{"Tết 2013, announced", Default(), ymd(2013, 2, 8), ymd(2013, 2, 18), []Kind{W, H, H, H, H, C, C, S, R, R, W}, "Thông báo Bộ LĐTBXH 12/2012"},
		{"Tết 2013, rules alone", rules, ymd(2013, 2, 8), ymd(2013, 2, 15), []Kind{W, H, H, H, H, C, C, W}, "BLLĐ 1994 Điều 73"},
		// The first five-day Tết, 2014: 30/1–3/2, make-up 4–5/2, swaps
		// 28–29/1 against Saturdays 25/1 and 8/2.
		{"Tết 2014, announced", Default(), ymd(2014, 1, 25), ymd(2014, 2, 8), []Kind{SW, R, W, S, S, H, H, H, H, H, C, C, W, W, SW}, "BLLĐ 2012 Điều 115; Báo Đồng Tháp 18/12/2013"},
		// Quốc khánh: one day in 2020 (Wednesday 2/9), two from 2021
		// (Thursday 2/9 and Friday 3/9/2021).
		{"Quốc khánh 2020", Default(), ymd(2020, 9, 1), ymd(2020, 9, 3), []Kind{W, H, W}, "BLLĐ 2012 Điều 115"},
		{"Quốc khánh 2020, rules alone", rules, ymd(2020, 9, 1), ymd(2020, 9, 3), []Kind{W, H, W}, "BLLĐ 2012 Điều 115"},
		{"Quốc khánh 2021", Default(), ymd(2021, 9, 1), ymd(2021, 9, 3), []Kind{W, H, H}, "Thông báo 4875/TB-LĐTBXH"},
		{"Quốc khánh 2021, rules alone", rules, ymd(2021, 9, 1), ymd(2021, 9, 3), []Kind{W, H, H}, "BLLĐ 2019 Điều 112"},
		// Ngày Văn hóa Việt Nam from 1/7/2026: Monday 24/11/2025 is a
		// working day, Tuesday 24/11/2026 a holiday (CV 10065/VPCP-KGVX).
		{"24/11/2025", Default(), ymd(2025, 11, 24), ymd(2025, 11, 24), []Kind{W}, "NQ 28/2026/QH16 in force 1/7/2026"},
		{"24/11/2026", Default(), ymd(2026, 11, 24), ymd(2026, 11, 24), []Kind{H}, "CV 10065/VPCP-KGVX"},
		{"24/11/2026, rules alone", rules, ymd(2026, 11, 24), ymd(2026, 11, 24), []Kind{H}, "NQ 28/2026/QH16 Điều 2"},
	}
	for _, tt := range tests {
		if got := kinds(tt.c, tt.a, tt.b); !equalKinds(got, tt.want) {
			t.Errorf("%s (%s): %s–%s = %v, want %v", tt.name, tt.source, tt.a, tt.b, got, tt.want)
		}
	}
	if b := rules.Day(ymd(2007, 4, 26)).Basis; !strings.Contains(b, "Luật 84/2007/QH11") {
		t.Errorf("Giỗ Tổ 2007 basis %q", b)
	}
	if b := rules.Day(ymd(2026, 11, 24)).Basis; b != cultureBasis {
		t.Errorf("24/11/2026 basis %q", b)
	}
}

// TestProvisionalYears checks a year without an announcement (2028) and the
// first weekend 24/11 (Saturday 24/11/2029, calendar.md §1.5).
func TestProvisionalYears(t *testing.T) {
	c := Default()
	for _, d := range []date.Date{ymd(2027, 12, 31), ymd(2010, 1, 4), ymd(2005, 6, 1), ymd(2005, 1, 1)} {
		if c.Day(d).Provisional {
			t.Errorf("Day(%s) is provisional, but its year is announced or before 2010", d)
		}
	}
	for _, d := range []date.Date{ymd(2028, 1, 1), ymd(2028, 3, 15), ymd(2028, 3, 18), ymd(2199, 12, 31)} {
		if !c.Day(d).Provisional {
			t.Errorf("Day(%s) is not provisional", d)
		}
	}
	// Tết 2028: mùng 1 is Wednesday 26/1/2028, so by default two days
	// before and mùng 1–3: Monday 24 to Friday 28/1, all weekdays.
	const W, R, H, C = Workday, WeeklyRest, Holiday, Compensatory
	if got, want := kinds(c, ymd(2028, 1, 21), ymd(2028, 1, 31)), []Kind{W, R, R, H, H, H, H, H, R, R, W}; !equalKinds(got, want) {
		t.Errorf("Tết 2028 = %v, want %v", got, want)
	}
	if d := c.Day(ymd(2028, 1, 26)); d.Name != "Tết Âm lịch (mùng 1)" || !strings.HasSuffix(d.Basis, provisionalNote) {
		t.Errorf("mùng 1 Tết 2028 = %+v", d)
	}
	if d := c.Day(ymd(2028, 1, 1)); d.Kind != H || strings.Contains(d.Basis, provisionalNote) {
		t.Errorf("1/1/2028 = %+v: a fixed holiday, provisional only as its year is", d)
	}
	// Quốc khánh 2028: 2/9 is a Saturday, so 1/9 is the adjacent day and
	// Monday 4/9 the make-up day.
	if got, want := kinds(c, ymd(2028, 8, 31), ymd(2028, 9, 5)), []Kind{W, H, H, R, C, W}; !equalKinds(got, want) {
		t.Errorf("Quốc khánh 2028 = %v, want %v", got, want)
	}
	// 24/11/2029 is a Saturday: made up on Monday 26/11 by default, not
	// with WithCultureDayCompensation(false).
	if got := c.Day(ymd(2029, 11, 26)); got.Kind != C || !strings.Contains(got.Basis, "Nghị quyết 28/2026/QH16") {
		t.Errorf("26/11/2029 = %+v, want the make-up day for 24/11", got)
	}
	off, err := New(WithCultureDayCompensation(false))
	if err != nil {
		t.Fatal(err)
	}
	if got := off.Day(ymd(2029, 11, 26)).Kind; got != W {
		t.Errorf("without culture-day compensation 26/11/2029 is %s", got)
	}
	if got := off.Day(ymd(2029, 11, 24)).Kind; got != H {
		t.Errorf("24/11/2029 is %s", got)
	}
	// A Tết whose mùng 1 is a Tuesday, 13/2/2029,
	// takes one day before and mùng 1–4, the Monday-to-Friday week.
	if got, want := kinds(c, ymd(2029, 2, 10), ymd(2029, 2, 19)), []Kind{R, R, H, H, H, H, H, R, R, W}; !equalKinds(got, want) {
		t.Errorf("Tết 2029 = %v, want %v", got, want)
	}
}

// TestZeroCalendar: the zero Calendar, and a nil *Calendar, answer "out of
// range", never panic.
func TestZeroCalendar(t *testing.T) {
	for name, c := range map[string]*Calendar{"zero": new(Calendar), "nil": nil} {
		d := ymd(2026, 1, 5)
		if c.IsWorkday(d) || c.Day(d) != (DayInfo{Date: d}) {
			t.Errorf("%s Calendar knows a day", name)
		}
		if _, err := c.AddWorkdays(d, 1); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("AddWorkdays on the %s Calendar: %v", name, err)
		}
		if _, err := c.WorkdaysBetween(d, d+1); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("WorkdaysBetween on the %s Calendar: %v", name, err)
		}
		if _, err := c.WorkdayOnOrAfter(d); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("WorkdayOnOrAfter on the %s Calendar: %v", name, err)
		}
		if _, err := c.WorkdayOnOrBefore(d); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("WorkdayOnOrBefore on the %s Calendar: %v", name, err)
		}
		for _, u := range []Unit{Days, WorkingDays, Weeks, Months, Years} {
			if _, err := c.Deadline(d, Period{1, u}); !errors.Is(err, ErrOutOfRange) {
				t.Errorf("Deadline(%s) on the %s Calendar: %v", u, name, err)
			}
		}
		if s, err := c.Schedule(2026); err != nil || len(s) != 0 {
			t.Errorf("Schedule on the %s Calendar: %v, %v", name, s, err)
		}
		if b, err := c.JSON(2026); err != nil || !bytes.Contains(b, []byte(`"workdays": 0`)) {
			t.Errorf("JSON on the %s Calendar: %s, %v", name, b, err)
		}
		if _, err := c.ICalendar(2026); err != nil {
			t.Errorf("ICalendar on the %s Calendar: %v", name, err)
		}
	}
}
