package calendar

import (
	"errors"
	"slices"
	"strings"
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

// TestWithWeeklyRestBasis: under another weekly rest, a holiday that does
// not fall on the rest day is not made up, so its basis does not cite the
// make-up article (review of issue 4.3); one that does keeps it, and its
// make-up day cites it. The Saturday–Sunday calendar keeps the announced
// text.
func TestWithWeeklyRestBasis(t *testing.T) {
	c := mustNew(t, WithWeeklyRest(time.Sunday))
	tests := []struct {
		d     date.Date
		basis string
		src   string
	}{
		// Saturday 30/4/2022: a working weekday here, not made up.
		{ymd(2022, 4, 30), "BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1", "BLLĐ 2019 Điều 112 khoản 1"},
		// Sunday 1/5/2022: on the rest day, made up on Monday 2/5.
		{ymd(2022, 5, 1), "BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1; Điều 111 khoản 3", "BLLĐ 2019 Điều 111 khoản 3"},
		{ymd(2022, 5, 2), "BLLĐ 2019 (45/2019/QH14) Điều 111 khoản 3", "BLLĐ 2019 Điều 111 khoản 3"},
		// Tuesday 5/2/2019 (Tết Kỷ Hợi, mùng 1): BLLĐ 2012 Điều 115 khoản 1 only.
		{ymd(2019, 2, 5), "BLLĐ 2012 (10/2012/QH13) Điều 115 khoản 1; Công văn 6519/VPCP-KGVX 11/07/2018; Thông báo 3238/TB-LĐTBXH (2018)", "BLLĐ 2012 Điều 115 khoản 1"},
		// BLLĐ 1994 Điều 73 holds both rules: left as it is.
		{ymd(2010, 4, 30), "BLLĐ 1994 Điều 73 (sửa đổi bởi Luật 84/2007/QH11 ngày 02/04/2007)", "BLLĐ 1994 Điều 73"},
	}
	for _, tt := range tests {
		if got := c.Day(tt.d).Basis; got != tt.basis {
			t.Errorf("Sunday rest: %s basis %q, want %q (%s)", tt.d, got, tt.basis, tt.src)
		}
	}
	for d := ymd(2010, 1, 1); d <= ymd(2035, 12, 31); d++ {
		info := c.Day(d)
		cites := strings.Contains(info.Basis, "Điều 111 khoản 3") || strings.Contains(info.Basis, "khoản 1 và 3")
		if info.Kind == Holiday && cites && d.Weekday() != time.Sunday {
			t.Fatalf("Sunday rest: %s (%s) %s cites the make-up article: %q", d, d.Weekday(), info.Name, info.Basis)
		}
	}
	if got := Default().Day(ymd(2022, 4, 30)).Basis; got != "BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1; Điều 111 khoản 3" {
		t.Errorf("default calendar: 30/4/2022 basis %q, want the announced text", got)
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

	// Alone, it would make the year's other statutory days off working
	// days: New refuses it and names them (BLLĐ 2019 Điều 112 khoản 1 and
	// Điều 111 khoản 3; Nghị quyết 28/2026/QH16 Điều 2). In 2028, 1/1 is a
	// Saturday, Giỗ Tổ (10/3 âm lịch) a Tuesday, 30/4 a Sunday, 2/9 a
	// Saturday with the default adjacent day 1/9, and 24/11 a Friday.
	_, err = New(WithSchedule(days...))
	var me *MissingDaysOffError
	if !errors.As(err, &me) || !errors.Is(err, ErrInvalid) || me.Year != 2028 {
		t.Fatalf("New(WithSchedule(partial 2028)): err = %v, want a *MissingDaysOffError for 2028 wrapping ErrInvalid", err)
	}
	want := []struct {
		d    date.Date
		kind Kind
		name string
	}{
		{ymd(2028, 1, 3), Compensatory, "Nghỉ bù Tết Dương lịch (rơi vào thứ Bảy)"},
		{ymd(2028, 4, 4), Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"},
		{ymd(2028, 4, 30), Holiday, "Ngày Chiến thắng (30/4)"},
		{ymd(2028, 5, 1), Holiday, "Ngày Quốc tế Lao động (1/5)"},
		{ymd(2028, 5, 2), Compensatory, "Nghỉ bù Ngày Chiến thắng (30/4 rơi vào Chủ nhật)"},
		{ymd(2028, 9, 1), Holiday, "Quốc khánh (ngày liền kề)"},
		{ymd(2028, 9, 2), Holiday, "Quốc khánh (2/9)"},
		{ymd(2028, 9, 4), Compensatory, "Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)"},
		{ymd(2028, 11, 24), Holiday, "Ngày Văn hóa Việt Nam (24/11)"},
	}
	if len(me.Missing) != len(want) {
		t.Fatalf("missing %+v, want %d days", me.Missing, len(want))
	}
	for i, w := range want {
		if m := me.Missing[i]; m.Date != w.d || m.Kind != w.kind || m.Name != w.name || m.Basis == "" {
			t.Errorf("missing[%d] = %+v, want %s %s %q", i, m, w.d, w.kind, w.name)
		}
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "calendar: WithSchedule: year 2028 lacks days off the law fixes: 2028-01-03 Nghỉ bù Tết Dương lịch (rơi vào thứ Bảy), 2028-04-04 Giỗ Tổ") || !strings.HasSuffix(msg, ": invalid") {
		t.Errorf("message %q", msg)
	}

	// Completed with the days the error lists, it is accepted.
	c := mustNew(t, WithSchedule(append(days, me.Missing...)...))
	if got := c.Day(ymd(2028, 1, 24)); got.Kind != Holiday || got.Provisional || got.Confidence != SingleSource {
		t.Errorf("Day(2028-01-24) = %+v", got)
	}
	if got := c.Day(ymd(2028, 1, 25)); got.Confidence != Confirmed {
		t.Errorf("a row without confidence reads as %s", got.Confidence)
	}
	if got := c.Day(ymd(2028, 4, 30)); got.Kind != Holiday || got.Provisional {
		t.Errorf("30/4/2028: %+v", got)
	}
	if got := c.Day(ymd(2028, 5, 2)); got.Kind != Compensatory || got.Provisional {
		t.Errorf("2/5/2028: %+v", got)
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

// TestWithSchedulePlacement: the announcement places Tết and the adjacent
// Quốc khánh day; a year given complete keeps only what it lists.
func TestWithSchedulePlacement(t *testing.T) {
	base, err := Default().Schedule(2028) // the provisional year, by the rules
	if err != nil {
		t.Fatal(err)
	}
	without := func(drop ...date.Date) []DayInfo {
		var out []DayInfo
		for _, d := range base {
			if !slices.Contains(drop, d.Date) {
				out = append(out, d)
			}
		}
		return out
	}
	hol := func(d date.Date, name string) DayInfo {
		return DayInfo{Date: d, Kind: Holiday, Name: name, Basis: "Thông báo X/TB-BNV (ví dụ)"}
	}
	comp := func(d date.Date, name string) DayInfo {
		return DayInfo{Date: d, Kind: Compensatory, Name: name, Basis: "Thông báo X/TB-BNV (ví dụ)"}
	}

	// Tết 2028 (mùng 1 Wednesday 26/1) announced one day before and four
	// after, the split Nghị định 45/2013/NĐ-CP also allows: 25–29/1, with
	// Saturday 29/1 made up on Monday 31/1. Monday 24/1, a Tết day of the
	// default placement, is then an ordinary working day.
	tet := append(without(ymd(2028, 1, 24)),
		hol(ymd(2028, 1, 29), "Tết Âm lịch (mùng 4)"),
		comp(ymd(2028, 1, 31), "Nghỉ bù Tết Âm lịch (mùng 4 rơi vào thứ Bảy)"))
	c := mustNew(t, WithSchedule(tet...))
	for _, tt := range []struct {
		d    date.Date
		want Kind
	}{{ymd(2028, 1, 24), Workday}, {ymd(2028, 1, 29), Holiday}, {ymd(2028, 1, 31), Compensatory}} {
		if got := c.Day(tt.d); got.Kind != tt.want || got.Provisional {
			t.Errorf("Tết 25–29/1/2028: %s is %+v, want %s", tt.d, got, tt.want)
		}
	}
	// Four days of Tết are one short (BLLĐ 2019 Điều 112 khoản 1 điểm b).
	_, err = New(WithSchedule(without(ymd(2028, 1, 24))...))
	var me *MissingDaysOffError
	if !errors.As(err, &me) || len(me.Missing) != 1 || me.Missing[0].Date != ymd(2028, 1, 24) || !strings.HasPrefix(me.Missing[0].Name, "Tết Âm lịch") {
		t.Errorf("four days of Tết: err = %v", err)
	}

	// Quốc khánh 2028 announced as 2/9 (Saturday) and 3/9 (Sunday): both
	// are made up, on Monday 4/9 and Tuesday 5/9; Friday 1/9 works.
	nd := append(without(ymd(2028, 9, 1)),
		hol(ymd(2028, 9, 3), "Quốc khánh (ngày liền kề)"),
		comp(ymd(2028, 9, 5), "Nghỉ bù Quốc khánh (ngày liền kề rơi vào Chủ nhật)"))
	c = mustNew(t, WithSchedule(nd...))
	if got := kinds(c, ymd(2028, 9, 1), ymd(2028, 9, 6)); !equalKinds(got, []Kind{Workday, Holiday, Holiday, Compensatory, Compensatory, Workday}) {
		t.Errorf("Quốc khánh 2–3/9/2028: %v", got)
	}
	// Without the second make-up day, New names it.
	_, err = New(WithSchedule(nd[:len(nd)-1]...))
	if !errors.As(err, &me) || len(me.Missing) != 1 || me.Missing[0].Date != ymd(2028, 9, 5) || me.Missing[0].Kind != Compensatory {
		t.Errorf("Quốc khánh without its second make-up day: err = %v", err)
	}
	// Without any adjacent day, New names the default one, 1/9.
	_, err = New(WithSchedule(without(ymd(2028, 9, 1))...))
	if !errors.As(err, &me) || len(me.Missing) != 1 || me.Missing[0].Date != ymd(2028, 9, 1) {
		t.Errorf("Quốc khánh without its adjacent day: err = %v", err)
	}
}

// TestWithScheduleCompensation: a calendar with another weekly rest
// computes its own make-up days, so a schedule need not list them; the
// make-up of a weekend 24/11 follows WithCultureDayCompensation.
func TestWithScheduleCompensation(t *testing.T) {
	// The rules' 2028 without its make-up days 3/1, 2/5 and 4/9.
	base, err := Default().Schedule(2028)
	if err != nil {
		t.Fatal(err)
	}
	var noComp []DayInfo
	for _, d := range base {
		if d.Kind != Compensatory {
			noComp = append(noComp, d)
		}
	}
	if _, err := New(WithSchedule(noComp...)); !errors.Is(err, ErrInvalid) {
		t.Errorf("2028 without make-up days, Saturday–Sunday rest: err = %v", err)
	}
	// Resting on Sunday only: 30/4 (Sunday) is made up on Tuesday 2/5.
	c := mustNew(t, WithWeeklyRest(time.Sunday), WithSchedule(noComp...))
	if got := c.Day(ymd(2028, 5, 2)).Kind; got != Compensatory {
		t.Errorf("Sunday rest: 2/5/2028 is %s", got)
	}

	// 24/11/2029 is a Saturday (calendar.md §1.5: the first case).
	y2029, err := Default().Schedule(2029)
	if err != nil {
		t.Fatal(err)
	}
	var noCulture []DayInfo
	for _, d := range y2029 {
		if d.Kind != Compensatory || !strings.Contains(d.Name, "Văn hóa") {
			noCulture = append(noCulture, d)
		}
	}
	if len(noCulture) != len(y2029)-1 {
		t.Fatalf("2029 has %d make-up days for 24/11, want 1", len(y2029)-len(noCulture))
	}
	_, err = New(WithSchedule(noCulture...))
	var me *MissingDaysOffError
	if !errors.As(err, &me) || len(me.Missing) != 1 || me.Missing[0].Date != ymd(2029, 11, 26) {
		t.Errorf("2029 without the make-up day of 24/11: err = %v", err)
	}
	if _, err := New(WithCultureDayCompensation(false), WithSchedule(noCulture...)); err != nil {
		t.Errorf("2029 without the make-up day of 24/11, not made up: %v", err)
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
