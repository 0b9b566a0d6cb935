package calendar

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

func mustNew(t *testing.T, opts ...Option) *Calendar {
	t.Helper()
	c, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestNewEqualsDefault(t *testing.T) {
	c := mustNew(t)
	if c == Default() {
		t.Fatal("New returned the shared default calendar")
	}
	for d := MinDate; d <= MaxDate; d++ {
		if c.Day(d) != Default().Day(d) {
			t.Fatalf("New().Day(%s) = %+v, Default() %+v", d, c.Day(d), Default().Day(d))
		}
	}
	if a, b := Default(), Default(); a != b {
		t.Error("Default() is not shared")
	}
}

func TestWithDayOff(t *testing.T) {
	// A province's own day off on a working day and on a Sunday; and an
	// annual one, including 29 February, which exists in leap years only.
	c := mustNew(t,
		WithDayOff(ymd(2026, 3, 10), "Ngày giải phóng tỉnh", "Quyết định của UBND tỉnh (ví dụ)"),
		WithDayOff(ymd(2026, 3, 15), "Ngày hội tỉnh", "Quyết định của UBND tỉnh (ví dụ)"),
		WithAnnualDayOff(time.February, 29, "Ngày nhuận", "ví dụ"),
	)
	if got := c.Day(ymd(2026, 3, 10)); got.Kind != Holiday || got.Name != "Ngày giải phóng tỉnh" || got.Basis != "Quyết định của UBND tỉnh (ví dụ)" || c.IsWorkday(got.Date) {
		t.Errorf("Day(2026-03-10) = %+v", got)
	}
	if got := c.Day(ymd(2026, 3, 15)).Kind; got != Holiday {
		t.Errorf("Sunday local day is %s", got)
	}
	if got := c.Day(ymd(2026, 3, 16)).Kind; got != Workday {
		t.Errorf("the Monday after a Sunday local day is %s; local days are not made up", got)
	}
	if got := c.Day(ymd(2028, 2, 29)).Kind; got != Holiday {
		t.Errorf("29/2/2028 is %s", got)
	}
	if got := c.Day(ymd(2100, 3, 1)).Kind; got != Workday {
		t.Errorf("1/3/2100 (2100 is not a leap year) is %s", got)
	}
	n1, _ := Default().WorkdaysBetween(ymd(2026, 1, 1), ymd(2026, 12, 31))
	n2, _ := c.WorkdaysBetween(ymd(2026, 1, 1), ymd(2026, 12, 31))
	if n1-n2 != 1 {
		t.Errorf("2026 loses %d working days to one weekday local day", n1-n2)
	}
	s, _ := c.Schedule(2026)
	found := false
	for _, d := range s {
		found = found || d.Name == "Ngày giải phóng tỉnh"
	}
	if !found {
		t.Error("Schedule(2026) omits the local day")
	}
}

func TestWithWorkday(t *testing.T) {
	c := mustNew(t,
		WithWorkday(ymd(2026, 3, 14), "Làm việc thứ Bảy", "Kế hoạch của đơn vị (ví dụ)"),
		WithWorkday(ymd(2026, 4, 30), "Trực lễ", "Kế hoạch của đơn vị (ví dụ)"),
	)
	if got := c.Day(ymd(2026, 3, 14)); got.Kind != SwapWorkday || !c.IsWorkday(got.Date) {
		t.Errorf("Saturday made a working day: %+v", got)
	}
	if got := c.Day(ymd(2026, 4, 30)); got.Kind != Workday || got.Name != "Trực lễ" {
		t.Errorf("holiday made a working day: %+v", got)
	}
}

func TestWithoutSwaps(t *testing.T) {
	c := mustNew(t, WithoutSwaps())
	tests := []struct {
		d    date.Date
		want Kind
		src  string
	}{
		{ymd(2026, 1, 2), Workday, "swap-off in CV 12729/VPCP-KGVX"},
		{ymd(2026, 1, 10), WeeklyRest, "Saturday worked in CV 12729/VPCP-KGVX"},
		{ymd(2011, 1, 30), WeeklyRest, "the working Sunday of 2011"},
		{ymd(2012, 12, 31), Workday, "swap crossing New Year 2013"},
		{ymd(2026, 2, 17), Holiday, "Thông báo 9441/TB-BNV: Tết is not a swap"},
		{ymd(2024, 2, 13), Compensatory, "Thông báo 5015/TB-LĐTBXH"},
	}
	for _, tt := range tests {
		if got := c.Day(tt.d).Kind; got != tt.want {
			t.Errorf("WithoutSwaps: %s is %s, want %s (%s)", tt.d, got, tt.want, tt.src)
		}
	}
	for d := MinDate; d <= MaxDate; d++ {
		if k := c.Day(d).Kind; k == SwapOff || k == SwapWorkday {
			t.Fatalf("WithoutSwaps: %s is %s", d, k)
		}
	}
}

func TestWithWeeklyRest(t *testing.T) {
	// A unit resting on Sunday only (BLLĐ 2019 Điều 111 khoản 2).
	c := mustNew(t, WithWeeklyRest(time.Sunday))
	const W, R, H, C = Workday, WeeklyRest, Holiday, Compensatory
	tests := []struct {
		name string
		a, b date.Date
		want []Kind
	}{
		// 2023: Giỗ Tổ Saturday 29/4 (a working day here, so not made up),
		// 30/4 Sunday, 1/5 Monday: one make-up day, Tuesday 2/5.
		{"Giỗ Tổ and 30/4 2023", ymd(2023, 4, 28), ymd(2023, 5, 4), []Kind{W, H, H, H, C, W, W}},
		// Tết 2024 (8–12/2; Saturday 10 a working day here): Sunday 11/2
		// made up on Tuesday 13/2.
		{"Tết 2024", ymd(2024, 2, 7), ymd(2024, 2, 14), []Kind{W, H, H, H, H, H, C, W}},
		// The swaps of 2026 (1–2/1 and 10/1) do not apply.
		{"New Year 2026", ymd(2026, 1, 1), ymd(2026, 1, 4), []Kind{H, W, W, R}},
		{"Saturday 10/1/2026", ymd(2026, 1, 10), ymd(2026, 1, 11), []Kind{W, R}},
		// A provisional year: 2/9/2028 Saturday (a working day), adjacent 1/9.
		{"Quốc khánh 2028", ymd(2028, 9, 1), ymd(2028, 9, 4), []Kind{H, H, R, W}},
	}
	for _, tt := range tests {
		if got := kinds(c, tt.a, tt.b); !equalKinds(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	if b := c.Day(ymd(2026, 1, 4)).Basis; b != customRestBasis {
		t.Errorf("weekly rest basis %q", b)
	}
	// Saturday–Sunday given explicitly is the default calendar.
	same := mustNew(t, WithWeeklyRest(time.Saturday, time.Sunday))
	for d := ymd(2010, 1, 1); d <= ymd(2030, 12, 31); d++ {
		if same.Day(d) != Default().Day(d) {
			t.Fatalf("WithWeeklyRest(Saturday, Sunday).Day(%s) = %+v, Default %+v", d, same.Day(d), Default().Day(d))
		}
	}
}

func TestWithSchedule(t *testing.T) {
	// Next year's schedule given at run time: a made-up 2028 announcement
	// (Tết 24–28/1 plus a swap of Monday 31/1 against Saturday 12/2), and a
	// swap that crosses New Year: Friday 31/12/2027 off against Saturday
	// 8/1/2028.
	tsv := "date\tkind\tname\tsource\tconfidence\n" +
		"2027-12-31\tswap-off\tNghỉ hoán đổi\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-01-01\tholiday\tTết Dương lịch\tBLLĐ 2019 Điều 112 khoản 1\n" +
		"2028-01-08\tswap-workday\tLàm bù\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-01-24\tholiday\tTết Âm lịch (29 tháng Chạp)\tThông báo X/TB-BNV (ví dụ)\tsingle-source\n" +
		"2028-01-25\tholiday\tTết Âm lịch (30 tháng Chạp)\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-01-26\tholiday\tTết Âm lịch (mùng 1)\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-01-27\tholiday\tTết Âm lịch (mùng 2)\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-01-28\tholiday\tTết Âm lịch (mùng 3)\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-01-31\tswap-off\tNghỉ hoán đổi\tThông báo X/TB-BNV (ví dụ)\n" +
		"2028-02-12\tswap-workday\tLàm bù\tThông báo X/TB-BNV (ví dụ)\n"
	days, err := ParseSchedule([]byte(tsv))
	if err != nil {
		t.Fatal(err)
	}
	c := mustNew(t, WithSchedule(days...))
	if got := c.Day(ymd(2028, 1, 24)); got.Kind != Holiday || got.Provisional || got.Confidence != SingleSource {
		t.Errorf("Day(2028-01-24) = %+v", got)
	}
	if got := c.Day(ymd(2028, 1, 25)); got.Confidence != Confirmed {
		t.Errorf("a row without confidence reads as %s", got.Confidence)
	}
	// The year is complete as given: what it does not list is ordinary.
	if got := c.Day(ymd(2028, 4, 30)); got.Kind != WeeklyRest || got.Provisional {
		t.Errorf("30/4/2028, not listed: %+v", got)
	}
	if got := c.Day(ymd(2028, 2, 12)).Kind; got != SwapWorkday {
		t.Errorf("12/2/2028 is %s", got)
	}
	// 2027 keeps its built-in schedule, with the one crossing swap-off laid
	// over it.
	if got := c.Day(ymd(2027, 12, 31)); got.Kind != SwapOff || got.Provisional {
		t.Errorf("31/12/2027 = %+v", got)
	}
	if got := c.Day(ymd(2027, 11, 24)).Kind; got != Holiday {
		t.Errorf("24/11/2027 is %s; the built-in 2027 was lost", got)
	}
	// 2029 is still provisional.
	if !c.Day(ymd(2029, 6, 1)).Provisional {
		t.Error("2029 is not provisional")
	}
	// A schedule replaces a built-in year: 2026 without its swaps.
	var y2026 []DayInfo
	s, _ := Default().Schedule(2026)
	for _, d := range s {
		if d.Kind != SwapOff && d.Kind != SwapWorkday {
			y2026 = append(y2026, d)
		}
	}
	r := mustNew(t, WithSchedule(y2026...))
	if got := r.Day(ymd(2026, 1, 2)).Kind; got != Workday {
		t.Errorf("replaced 2026: 2/1 is %s", got)
	}
	if got := r.Day(ymd(2026, 2, 17)).Kind; got != Holiday {
		t.Errorf("replaced 2026: 17/2 is %s", got)
	}
}

func TestNewErrors(t *testing.T) {
	hol := DayInfo{Date: ymd(2028, 1, 1), Kind: Holiday, Name: "Tết Dương lịch"}
	tests := []struct {
		name string
		opt  Option
		want error
	}{
		{"seven-day rest", WithWeeklyRest(0, 1, 2, 3, 4, 5, 6), ErrInvalid},
		{"bad weekday", WithWeeklyRest(9), ErrInvalid},
		{"two entries for one day", WithSchedule(hol, hol), ErrInvalid},
		{"entry out of range", WithSchedule(DayInfo{Date: ymd(2200, 1, 1), Kind: Holiday, Name: "x"}), ErrOutOfRange},
		{"zero kind", WithSchedule(DayInfo{Date: ymd(2028, 1, 1), Name: "x"}), ErrInvalid},
		{"bad confidence", WithSchedule(DayInfo{Date: ymd(2028, 1, 1), Kind: Holiday, Name: "x", Confidence: 9}), ErrInvalid},
		{"unnamed holiday", WithSchedule(DayInfo{Date: ymd(2028, 1, 1), Kind: Holiday}), ErrInvalid},
		{"day off out of range", WithDayOff(ymd(1999, 12, 31), "x", "y"), ErrOutOfRange},
		{"unnamed day off", WithDayOff(ymd(2028, 1, 3), "", "y"), ErrInvalid},
		{"30 February", WithAnnualDayOff(time.February, 30, "x", "y"), ErrInvalid},
		{"month 13", WithAnnualDayOff(13, 1, "x", "y"), ErrInvalid},
		{"workday out of range", WithWorkday(0, "x", "y"), ErrOutOfRange},
	}
	for _, tt := range tests {
		_, err := New(tt.opt)
		var ce *Error
		if !errors.Is(err, tt.want) || !errors.As(err, &ce) {
			t.Errorf("%s: err = %v, want a *Error wrapping %v", tt.name, err, tt.want)
		}
	}
	if _, err := New(nil); err != nil {
		t.Errorf("New(nil): %v", err)
	}
}
