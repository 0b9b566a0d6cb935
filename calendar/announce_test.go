package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// TestAnnouncementReproducesTable: each announced year of the table
// (internal/holidaydata/holidays-vn.tsv), given as an announcement over the
// rules alone, is the year the table gives, day by day: the announcement
// places Tết and the adjacent Quốc khánh day and adds the swaps, the law
// does the rest (names, bases and confidence come from the rows). All 18
// years, 2010–2027, including 2014, whose Tết no default rule places.
func TestAnnouncementReproducesTable(t *testing.T) {
	rows := tableRows(t)
	byYear := map[int][]DayInfo{}
	for _, r := range rows {
		byYear[r.Date.Year()] = append(byYear[r.Date.Year()], r)
	}
	for y := 2010; y <= 2027; y++ {
		c, err := New(withoutBuiltin(), WithAnnouncement(byYear[y]...))
		if err != nil {
			t.Errorf("%d: %v", y, err)
			continue
		}
		for d := date.New(y, time.January, 1); d.Year() == y; d++ {
			got, want := c.Day(d), Default().Day(d)
			if d.Month() == time.January && d.Day() <= 10 || d.Month() == time.December && d.Day() >= 25 {
				// A swap that crosses New Year is listed in one year only.
				got.Kind, want.Kind = 0, 0
				if c.IsWorkday(d) != Default().IsWorkday(d) && !crossing(rows, d) {
					t.Errorf("%d: %s working %v, table %v", y, d, c.IsWorkday(d), Default().IsWorkday(d))
				}
				continue
			}
			if got != want {
				t.Errorf("%d: %s\n got %+v\nwant %+v", y, d, got, want)
			}
		}
	}
}

// crossing reports whether d is a day of a swap listed in the other year
// (31/12/2012 and 31/12/2027 in the table).
func crossing(rows map[date.Date]DayInfo, d date.Date) bool {
	r, ok := rows[d]
	return ok && (r.Kind == SwapOff || r.Kind == SwapWorkday)
}

// announcement2028 is a made-up announcement for 2028 (mùng 1 on
// Wednesday 26/1): Tết from Tuesday 25 to Saturday 29 January, one day
// before mùng 1 where the default rule puts two, and a swap of Tuesday 1/2
// against Saturday 12/2.
func announcement2028() []DayInfo {
	hol := func(d int, name string) DayInfo {
		return DayInfo{Date: ymd(2028, 1, d), Kind: Holiday, Name: name, Basis: "Thông báo X/TB-BNV (ví dụ)", Confidence: Confirmed}
	}
	return []DayInfo{
		hol(25, "Tết Âm lịch (29 tháng Chạp)"), hol(26, "Tết Âm lịch (mùng 1)"), hol(27, "Tết Âm lịch (mùng 2)"),
		hol(28, "Tết Âm lịch (mùng 3)"), hol(29, "Tết Âm lịch (mùng 4)"),
		{Date: ymd(2028, 2, 1), Kind: SwapOff, Name: "Nghỉ hoán đổi", Basis: "Thông báo X/TB-BNV (ví dụ)"},
		{Date: ymd(2028, 2, 12), Kind: SwapWorkday, Name: "Làm bù", Basis: "Thông báo X/TB-BNV (ví dụ)"},
	}
}

func TestWithAnnouncement(t *testing.T) {
	c := mustNew(t, WithAnnouncement(announcement2028()...))
	tests := []struct {
		d    date.Date
		kind Kind
		prov bool
		why  string
	}{
		{ymd(2028, 1, 24), Workday, false, "a Tết day of the default rule (two days before), not announced"},
		{ymd(2028, 1, 25), Holiday, false, "announced"},
		{ymd(2028, 1, 29), Holiday, false, "announced, a Saturday"},
		{ymd(2028, 1, 31), Compensatory, false, "Saturday 29/1 made up on Monday (BLLĐ 2019 Điều 111 khoản 3)"},
		{ymd(2028, 2, 1), SwapOff, false, "announced swap"},
		{ymd(2028, 2, 12), SwapWorkday, false, "announced swap"},
		{ymd(2028, 1, 1), Holiday, false, "fixed by BLLĐ 2019 Điều 112 khoản 1"},
		{ymd(2028, 1, 3), Compensatory, false, "1/1 on a Saturday, made up"},
		{ymd(2028, 5, 2), Compensatory, false, "30/4 on a Sunday, made up"},
		{ymd(2028, 6, 1), Workday, false, "an ordinary day of an announced year"},
		{ymd(2028, 6, 3), WeeklyRest, false, "an ordinary rest day of an announced year"},
		{ymd(2028, 9, 1), Holiday, true, "the adjacent Quốc khánh day the default rule chose: not announced"},
		{ymd(2028, 9, 2), Holiday, false, "2/9, fixed by the law"},
		{ymd(2028, 9, 4), Compensatory, false, "2/9 on a Saturday, made up"},
		{ymd(2029, 6, 1), Workday, true, "2029 is still provisional"},
	}
	for _, tt := range tests {
		if got := c.Day(tt.d); got.Kind != tt.kind || got.Provisional != tt.prov {
			t.Errorf("%s: %s provisional %v, want %s %v (%s)", tt.d, got.Kind, got.Provisional, tt.kind, tt.prov, tt.why)
		}
	}
	if b := c.Day(ymd(2028, 1, 25)).Basis; b != "Thông báo X/TB-BNV (ví dụ)" {
		t.Errorf("announced day basis %q", b)
	}
	if b := c.Day(ymd(2028, 9, 1)).Basis; !strings.HasSuffix(b, provisionalNote) {
		t.Errorf("the provisional adjacent day's basis %q lacks the note", b)
	}
	if b := c.Day(ymd(2028, 4, 30)).Basis; strings.Contains(b, "dự kiến") {
		t.Errorf("a day fixed by the law in an announced year says it is a forecast: %q", b)
	}
	// The year still has a provisional day, so its JSON and a deadline
	// across it say so.
	if !yearProvisional(t, c, 2028) {
		t.Error("JSON(2028): not provisional, but 1/9 is")
	}
	if dl, _ := c.Deadline(ymd(2028, 2, 1), Period{10, Days}); !dl.Provisional {
		t.Error("Deadline in 2028: not provisional")
	}

	// With the Quốc khánh days announced too (3/9, a Sunday, made up on
	// Tuesday 5/9 after 2/9's Monday), nothing of 2028 is provisional.
	full := append(announcement2028(),
		DayInfo{Date: ymd(2028, 9, 3), Kind: Holiday, Name: "Quốc khánh (ngày liền kề)", Basis: "Thông báo X/TB-BNV (ví dụ)"})
	c = mustNew(t, WithAnnouncement(full...))
	if got := kinds(c, ymd(2028, 9, 1), ymd(2028, 9, 6)); !equalKinds(got, []Kind{Workday, Holiday, Holiday, Compensatory, Compensatory, Workday}) {
		t.Errorf("Quốc khánh 2–3/9/2028: %v", got)
	}
	for d := ymd(2028, 1, 1); d.Year() == 2028; d++ {
		if c.Day(d).Provisional {
			t.Fatalf("%s is provisional in a fully announced year", d)
		}
	}
	if yearProvisional(t, c, 2028) {
		t.Error("JSON(2028): provisional")
	}

	// Two calls add up; the order does not matter.
	a := announcement2028()
	c2 := mustNew(t, WithAnnouncement(full[len(a):]...), WithAnnouncement(a...))
	for d := ymd(2028, 1, 1); d.Year() == 2028; d++ {
		if c2.Day(d) != c.Day(d) {
			t.Fatalf("%s: two announcements %+v, one %+v", d, c2.Day(d), c.Day(d))
		}
	}
}

// yearProvisional reads the provisional flag of Calendar.JSON.
func yearProvisional(t *testing.T, c *Calendar, y int) bool {
	t.Helper()
	b, err := c.JSON(y)
	if err != nil {
		t.Fatal(err)
	}
	var v struct{ Provisional bool }
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v.Provisional
}

func TestWithAnnouncementErrors(t *testing.T) {
	a := announcement2028()
	basis := "Thông báo X/TB-BNV (ví dụ)"
	day := func(d date.Date, k Kind) DayInfo { return DayInfo{Date: d, Kind: k, Name: "x", Basis: basis} }
	tests := []struct {
		name string
		days []DayInfo
		at   date.Date
		want string
	}{
		// BLLĐ 2019 Điều 112 khoản 1 điểm b: five days of Tết.
		{"four days of Tết", a[1:5], ymd(2028, 1, 26), "want 5 consecutive holidays"},
		{"Tết without mùng 1", []DayInfo{day(ymd(2028, 1, 21), Holiday), day(ymd(2028, 1, 22), Holiday), day(ymd(2028, 1, 23), Holiday),
			day(ymd(2028, 1, 24), Holiday), day(ymd(2028, 1, 25), Holiday)}, ymd(2028, 1, 21), "mùng 1 (2028-01-26) among them"},
		{"Tết with a gap", append(a[:4:4], day(ymd(2028, 1, 30), Holiday)), ymd(2028, 1, 25), "consecutive"},
		// Điều 112 khoản 1 điểm d: one day adjacent to 2/9.
		{"two adjacent days", []DayInfo{day(ymd(2028, 9, 1), Holiday), day(ymd(2028, 9, 3), Holiday)}, ymd(2028, 9, 3), "two days adjacent"},
		{"an extra holiday", []DayInfo{day(ymd(2028, 3, 8), Holiday)}, ymd(2028, 3, 8), "not a statutory holiday"},
		{"a make-up day the rule does not give", []DayInfo{day(ymd(2028, 5, 3), Compensatory)}, ymd(2028, 5, 3), "gives 2028-01-03 2028-05-02 2028-09-04"},
		{"swap-off on a Saturday", []DayInfo{day(ymd(2028, 6, 3), SwapOff)}, ymd(2028, 6, 3), "on a weekly rest day"},
		{"swap-workday on a Thursday", []DayInfo{day(ymd(2028, 6, 1), SwapWorkday)}, ymd(2028, 6, 1), "on a working day"},
		{"swap-off on a holiday", []DayInfo{day(ymd(2028, 5, 1), SwapOff)}, ymd(2028, 5, 1), "the year has holiday"},
		{"two entries for one day", []DayInfo{a[0], a[0]}, ymd(2028, 1, 25), "two entries"},
		// A year with a schedule: the built-in 2027 (Công văn
		// 10065/VPCP-KGVX: Tết 4–8/2/2027, make-up days 9–10/2; Monday
		// 1/2 is an ordinary day).
		{"contradicts the built-in year", []DayInfo{day(ymd(2027, 2, 1), Holiday)}, ymd(2027, 2, 1), "give the whole year to WithSchedule"},
		{"swap-off on a built-in holiday", []DayInfo{day(ymd(2027, 2, 8), SwapOff)}, ymd(2027, 2, 8), "has holiday"},
	}
	for _, tt := range tests {
		_, err := New(WithAnnouncement(tt.days...))
		var ce *Error
		if !errors.As(err, &ce) || !errors.Is(err, ErrInvalid) || ce.Op != "WithAnnouncement" || ce.Date != tt.at || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v; want an *Error at %s containing %q", tt.name, err, tt.at, tt.want)
		}
	}
	if _, err := New(WithAnnouncement(day(ymd(2200, 1, 1), SwapOff))); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("out of range: %v", err)
	}
}

// TestWithAnnouncementOverSchedule: over a year that has a schedule, an
// announcement that agrees changes nothing, and a later swap is added.
func TestWithAnnouncementOverSchedule(t *testing.T) {
	s2026, err := Default().Schedule(2026)
	if err != nil {
		t.Fatal(err)
	}
	c := mustNew(t, WithAnnouncement(s2026...))
	for d := ymd(2026, 1, 1); d.Year() == 2026; d++ {
		if c.Day(d) != Default().Day(d) {
			t.Fatalf("2026 announced again: %s %+v, want %+v", d, c.Day(d), Default().Day(d))
		}
	}
	// A swap announced after the year's schedule (made up): Friday
	// 10/12/2027 off, Saturday 18/12/2027 worked.
	c = mustNew(t, WithAnnouncement(
		DayInfo{Date: ymd(2027, 12, 10), Kind: SwapOff, Name: "Nghỉ hoán đổi", Basis: "Công văn X/VPCP-KGVX (ví dụ)"},
		DayInfo{Date: ymd(2027, 12, 18), Kind: SwapWorkday, Name: "Làm bù", Basis: "Công văn X/VPCP-KGVX (ví dụ)"}))
	if got := kinds(c, ymd(2027, 12, 10), ymd(2027, 12, 18)); !equalKinds(got, []Kind{SwapOff, WeeklyRest, WeeklyRest, Workday, Workday, Workday, Workday, Workday, SwapWorkday}) {
		t.Errorf("late swap 2027: %v", got)
	}
	if got := c.Day(ymd(2027, 2, 8)); got != Default().Day(ymd(2027, 2, 8)) {
		t.Errorf("the rest of 2027 changed: %+v", got)
	}
	// The built-in 2028 of a later release (simulated with WithSchedule)
	// and the same announcement passed by the user: no error.
	base := mustNew(t, WithAnnouncement(announcement2028()...))
	s2028, _ := base.Schedule(2028)
	if _, err := New(WithSchedule(s2028...), WithAnnouncement(announcement2028()...)); err != nil {
		t.Errorf("announcement over a schedule that has it: %v", err)
	}
}

// TestWithAnnouncementWeeklyRest: under another weekly rest, the make-up
// days follow that rest and the announced swaps are left out.
func TestWithAnnouncementWeeklyRest(t *testing.T) {
	c := mustNew(t, WithWeeklyRest(time.Sunday), WithAnnouncement(announcement2028()...))
	// Saturday 29/1 is a working weekday here: not made up; the swap is
	// the civil service's only.
	if got := kinds(c, ymd(2028, 1, 29), ymd(2028, 2, 1)); !equalKinds(got, []Kind{Holiday, WeeklyRest, Workday, Workday}) {
		t.Errorf("Sunday rest, Tết 2028: %v", got)
	}
	if got := c.Day(ymd(2028, 2, 12)).Kind; got != Workday {
		t.Errorf("Sunday rest: Saturday 12/2/2028 is %s", got)
	}
	// 30/4/2028 is a Sunday: made up on Tuesday 2/5 (1/5 is the Monday).
	if got := c.Day(ymd(2028, 5, 2)).Kind; got != Compensatory {
		t.Errorf("Sunday rest: 2/5/2028 is %s", got)
	}
}

// TestWithScheduleProvisional: a provisional year passed back to
// WithSchedule keeps its flags (review of issue 4.2: days kept from the
// provisional year stopped being provisional), so the calendar is the
// default one, day by day.
func TestWithScheduleProvisional(t *testing.T) {
	for _, y := range []int{2028, 2029, 2033} {
		s, err := Default().Schedule(y)
		if err != nil {
			t.Fatal(err)
		}
		c := mustNew(t, WithSchedule(s...))
		for d := date.New(y, time.January, 1); d.Year() == y; d++ {
			if c.Day(d) != Default().Day(d) {
				t.Fatalf("%d passed back: %s %+v, want %+v", y, d, c.Day(d), Default().Day(d))
			}
		}
		if !yearProvisional(t, c, y) {
			t.Errorf("JSON(%d) passed back: not provisional", y)
		}
	}
}
