package reporting

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
)

func d(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }

func mustPeriod(t testing.TB, s string) Period {
	t.Helper()
	p, err := ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestND09 checks the windows of Nghị định 09/2019/NĐ-CP Điều 12 and the
// deadline of Điều 13 khoản 1 ("chậm nhất vào ngày 25 của tháng cuối kỳ
// báo cáo") for every frequency in 2025 and 2026. Rows marked §6 #n are the
// worked examples of reporting.md; the others apply the same articles, with
// weekdays from the civil-service calendar (holidays-vn.tsv) and, for a 25th
// on a day off, Bộ luật Dân sự 2015 Điều 148 khoản 5.
func TestND09(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		period   string
		from, to date.Date
		due      date.Date
		source   string
	}{
		{"2026-03", d(2026, 2, 15), d(2026, 3, 14), d(2026, 3, 25), "§6 #5; Điều 12 k1, Điều 13 k1; 14/3 a Saturday, window not shifted"},
		{"2026-02", d(2026, 1, 15), d(2026, 2, 14), d(2026, 2, 25), "§6 #6; 14/2 in the Tết break"},
		{"2026-01", d(2025, 12, 15), d(2026, 1, 14), d(2026, 1, 26), "Điều 12 k1; 25/1/2026 a Sunday → Monday 26/1 (BLDS 148(5))"},
		{"2025-07", d(2025, 6, 15), d(2025, 7, 14), d(2025, 7, 25), "§6 #11"},
		{"2025-10", d(2025, 9, 15), d(2025, 10, 14), d(2025, 10, 27), "Điều 12 k1; 25/10/2025 a Saturday → Monday 27/10"},
		{"2025-05", d(2025, 4, 15), d(2025, 5, 14), d(2025, 5, 26), "Điều 12 k1; 25/5/2025 a Sunday → Monday 26/5"},
		{"2025-12", d(2025, 11, 15), d(2025, 12, 14), d(2025, 12, 25), "Điều 12 k1, across the year"},
		{"2026-Q1", d(2025, 12, 15), d(2026, 3, 14), d(2026, 3, 25), "§6 #7; Điều 12 k2"},
		{"2026-Q2", d(2026, 3, 15), d(2026, 6, 14), d(2026, 6, 25), "Điều 12 k2 (reporting.md §1.4 Q2 = 15/3–14/6)"},
		{"2026-Q3", d(2026, 6, 15), d(2026, 9, 14), d(2026, 9, 25), "Điều 12 k2 (Q3 = 15/6–14/9)"},
		{"2026-Q4", d(2026, 9, 15), d(2026, 12, 14), d(2026, 12, 25), "Điều 12 k2 (Q4 = 15/9–14/12)"},
		{"2025-Q1", d(2024, 12, 15), d(2025, 3, 14), d(2025, 3, 25), "Điều 12 k2"},
		{"2025-Q3", d(2025, 6, 15), d(2025, 9, 14), d(2025, 9, 25), "Điều 12 k2"},
		{"2026-H1", d(2025, 12, 15), d(2026, 6, 14), d(2026, 6, 25), "§6 #8; Điều 12 k3"},
		{"2026-H2", d(2026, 6, 15), d(2026, 12, 14), d(2026, 12, 25), "§6 #8 (window); Điều 12 k3"},
		{"2025-H1", d(2024, 12, 15), d(2025, 6, 14), d(2025, 6, 25), "Điều 12 k3"},
		{"2025-H2", d(2025, 6, 15), d(2025, 12, 14), d(2025, 12, 25), "Điều 12 k3"},
		{"2026-9M", d(2025, 12, 15), d(2026, 9, 14), d(2026, 9, 25), "§6 #9; Khánh Hòa QĐ 01/2023 Điều 4"},
		{"2025-9M", d(2024, 12, 15), d(2025, 9, 14), d(2025, 9, 25), "provincial convention, as §6 #9"},
		{"2026", d(2025, 12, 15), d(2026, 12, 14), d(2026, 12, 25), "§6 #10; Điều 12 k4"},
		{"2025", d(2024, 12, 15), d(2025, 12, 14), d(2025, 12, 25), "§6 #10; Điều 12 k4"},
	}
	for _, tt := range tests {
		t.Run(tt.period, func(t *testing.T) {
			p := mustPeriod(t, tt.period)
			o, err := ND09(p.Frequency).Occurrence(cal, p)
			if err != nil {
				t.Fatal(err)
			}
			if o.Window != (Window{tt.from, tt.to}) {
				t.Errorf("window %v, want %v (%s)", o.Window, Window{tt.from, tt.to}, tt.source)
			}
			if len(o.Dues) != 1 {
				t.Fatalf("%d levels, want 1", len(o.Dues))
			}
			due := o.Dues[0].Due
			if due.Day != tt.due {
				t.Errorf("due %v, want %v (%s)", due.Day, tt.due, tt.source)
			}
			if !due.Deadline().Equal(time.Date(tt.due.Year(), tt.due.Month(), tt.due.Day()+1, 0, 0, 0, 0, ict)) {
				t.Errorf("deadline %v, want 24:00 of %v", due.Deadline(), tt.due)
			}
			if due.Provisional {
				t.Errorf("provisional in an announced year")
			}
			if due.Explanation.Policy != "inclusive" || !strings.Contains(strings.Join(due.Explanation.Steps, "\n"), "Điều 13 khoản 1") {
				t.Errorf("explanation does not cite Điều 13 khoản 1 inclusively: %+v", due.Explanation)
			}
			// Điều 8 khoản 5 điểm b: at least one working day after the cut-off.
			if o.Dues[0].WorkdaysAfterCutoff < 1 {
				t.Errorf("%d working days after the cut-off", o.Dues[0].WorkdaysAfterCutoff)
			}
		})
	}
}

// TestDayOffRule checks the regime option for a "ngày 25" that falls on a
// day off: Saturday 25/10/2025.
func TestDayOffRule(t *testing.T) {
	cal := calendar.Default()
	p := mustPeriod(t, "2025-10")
	for _, tt := range []struct {
		rule DayOffRule
		want date.Date
		cite string
	}{
		{MoveForward, d(2025, 10, 27), "Bộ luật Dân sự 2015 Điều 148 khoản 5"},
		{KeepDay, d(2025, 10, 25), "giữ nguyên hạn"},
		{MoveBackward, d(2025, 10, 24), "thực tiễn văn phòng"},
	} {
		r := ND09(Monthly)
		r.DayOff = tt.rule
		o, err := r.Occurrence(cal, p)
		if err != nil {
			t.Fatal(err)
		}
		due := o.Dues[0].Due
		if due.Day != tt.want {
			t.Errorf("%v: due %v, want %v", tt.rule, due.Day, tt.want)
		}
		if !strings.Contains(strings.Join(due.Explanation.Steps, "\n"), tt.cite) {
			t.Errorf("%v: explanation does not say %q: %q", tt.rule, tt.cite, due.Explanation.Steps)
		}
	}
}

// TestRegimeRules checks the other forms of deadline against the worked
// examples of reporting.md §6.
func TestRegimeRules(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name    string
		regime  Regime
		period  string
		window  Window
		dues    []date.Date
		policy  string
		comment string
	}{
		{
			name: "cut-off plus two working days",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Levels: []Level{
				{Name: "đơn vị", Rule: DueRule{Kind: AfterCutoff, N: 2}, Basis: "Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa Điều 4"}}},
			period: "2026-03", window: Window{d(2026, 2, 15), d(2026, 3, 14)},
			dues:    []date.Date{d(2026, 3, 17)},
			comment: "§6 #12: chốt Saturday 14/3, Monday 16/3 (1), Tuesday 17/3 (2)",
		},
		{
			name: "trước ngày 20, strict",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Levels: []Level{
				{Rule: DueRule{Kind: BeforeDay, N: 20}, Basis: "Thông tư 06/2022/TT-UBDT"}}},
			period: "2026-02", window: Window{d(2026, 1, 15), d(2026, 2, 14)},
			dues: []date.Date{d(2026, 2, 23)}, policy: "strict",
			comment: "§6 #13: 19/2 is Tết → 23/2",
		},
		{
			name: "trước ngày 20, inclusive",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Before: deadline.Inclusive, Levels: []Level{
				{Rule: DueRule{Kind: BeforeDay, N: 20}}}},
			period: "2026-02", window: Window{d(2026, 1, 15), d(2026, 2, 14)},
			dues: []date.Date{d(2026, 2, 23)}, policy: "inclusive",
			comment: "§6 #13: 20/2 is Tết → 23/2",
		},
		{
			name: "trước ngày 20, strict, on an ordinary month",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Levels: []Level{
				{Rule: DueRule{Kind: BeforeDay, N: 20}}}},
			period: "2026-03", window: Window{d(2026, 2, 15), d(2026, 3, 14)},
			dues: []date.Date{d(2026, 3, 19)}, policy: "strict",
			comment: "reporting.md §3.1: last day X − 1, Thursday 19/3/2026",
		},
		{
			name: "trước ngày 20, strict, X − 1 a Saturday moves past X",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Levels: []Level{
				{Rule: DueRule{Kind: BeforeDay, N: 20}}}},
			period: "2026-09", window: Window{d(2026, 8, 15), d(2026, 9, 14)},
			dues: []date.Date{d(2026, 9, 21)}, policy: "strict",
			comment: "reporting.md §3.1: BLDS 148(5) moves forward, which can land on X or later; 19/9/2026 Saturday → Monday 21/9",
		},
		{
			name: "trước ngày 20 tháng M+1",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Levels: []Level{
				{Rule: DueRule{Kind: BeforeDay, N: 20, MonthOffset: 1}}}},
			period: "2026-03", window: Window{d(2026, 2, 15), d(2026, 3, 14)},
			dues: []date.Date{d(2026, 4, 20)}, policy: "strict",
			comment: "reporting.md §3.2 (electricity market form); 19/4/2026 Sunday → Monday 20/4",
		},
		{
			name: "three-level cascade 17/20/23",
			regime: Regime{Frequency: Monthly, Cutoff: ND09Cutoff, Levels: []Level{
				{Name: "a", Rule: DueRule{Kind: ByDay, N: 17}, Basis: "Thông tư 55/2020/TT-BCT Điều 9 khoản 1"},
				{Name: "b", Rule: DueRule{Kind: ByDay, N: 20}, Basis: "Thông tư 55/2020/TT-BCT Điều 9 khoản 1"},
				{Name: "c", Rule: DueRule{Kind: ByDay, N: 23}, Basis: "Thông tư 55/2020/TT-BCT Điều 9 khoản 1"}}},
			period: "2026-03", window: Window{d(2026, 2, 15), d(2026, 3, 14)},
			dues: []date.Date{d(2026, 3, 17), d(2026, 3, 20), d(2026, 3, 23)}, policy: "inclusive",
			comment: "§6 #14: muộn nhất trong ngày N, all working days",
		},
		{
			name: "weekly, Wednesday/Thursday/Friday",
			regime: Regime{Frequency: Weekly, Cutoff: 3, Levels: []Level{
				{Name: "a", Rule: DueRule{Kind: OnWeekday, N: 3}},
				{Name: "b", Rule: DueRule{Kind: OnWeekday, N: 4}},
				{Name: "c", Rule: DueRule{Kind: OnWeekday, N: 5}}}},
			period: "2026-W13", window: Window{d(2026, 3, 19), d(2026, 3, 25)},
			dues: []date.Date{d(2026, 3, 25), d(2026, 3, 26), d(2026, 3, 27)}, policy: "inclusive",
			comment: "§6 #15: Thông tư 55/2020/TT-BCT Điều 8 khoản 1 điểm a, Điều 9 khoản 1",
		},
		{
			name: "calendar half-year, annual 21/12 and 25/12",
			regime: Regime{Frequency: Annual, Cutoff: 31, Levels: []Level{
				{Name: "Bộ, UBND tỉnh → Bộ Tư pháp", Rule: DueRule{Kind: ByDay, N: 21}},
				{Name: "Bộ Tư pháp → Chính phủ", Rule: DueRule{Kind: ByDay, N: 25}}}},
			period: "2026", window: Window{d(2026, 1, 1), d(2026, 12, 31)},
			dues: []date.Date{d(2026, 12, 21), d(2026, 12, 25)}, policy: "inclusive",
			comment: "reporting.md §1.5: TT 01/2023/TT-BTP as amended by TT 19/2025/TT-BTP; §1.4 calendar-year windows of sector regimes",
		},
		{
			name: "no windows",
			regime: Regime{Frequency: Quarterly, Levels: []Level{
				{Rule: DueRule{Kind: ByDay, N: 25}}}},
			period: "2026-Q1", dues: []date.Date{d(2026, 3, 25)}, policy: "inclusive",
			comment: "Điều 1 khoản 2: statistical regimes opt out of the Điều 12 windows",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := tt.regime.Occurrence(cal, mustPeriod(t, tt.period))
			if err != nil {
				t.Fatal(err)
			}
			if o.Window != tt.window {
				t.Errorf("window %v, want %v (%s)", o.Window, tt.window, tt.comment)
			}
			if len(o.Dues) != len(tt.dues) {
				t.Fatalf("%d dues, want %d", len(o.Dues), len(tt.dues))
			}
			for i, want := range tt.dues {
				if got := o.Dues[i].Due; got.Day != want || got.Explanation.Policy != tt.policy {
					t.Errorf("level %d: due %v %q, want %v %q (%s)\n%s", i, got.Day, got.Explanation.Policy, want, tt.policy, tt.comment,
						strings.Join(got.Explanation.Steps, "\n"))
				}
			}
		})
	}
}

// TestProvisional: a due day in 2028, whose schedule is not announced
// (calendar.DataSource covers 2010–2027), is provisional.
func TestProvisional(t *testing.T) {
	cal := calendar.Default()
	o, err := ND09(Monthly).Occurrence(cal, mustPeriod(t, "2028-03"))
	if err != nil {
		t.Fatal(err)
	}
	due := o.Dues[0].Due
	if !due.Provisional || due.Day != d(2028, 3, 27) || !strings.Contains(due.Explanation.Text, "Tạm tính") {
		t.Errorf("due %v provisional %v: %s", due.Day, due.Provisional, due.Explanation.Text)
	}
}

func TestRegimeValidate(t *testing.T) {
	ok := ND09(Monthly)
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := []Regime{
		{},
		ND09(Weekly),
		{Frequency: Monthly, Cutoff: 32, Levels: ok.Levels},
		{Frequency: Weekly, Cutoff: 8, Levels: []Level{{Rule: DueRule{Kind: OnWeekday, N: 3}}}},
		{Frequency: Monthly, Cutoff: 14},
		{Frequency: Monthly, Cutoff: 14, Levels: []Level{{Rule: DueRule{Kind: OnWeekday, N: 3}}}},
		{Frequency: Weekly, Cutoff: 3, Levels: []Level{{Rule: DueRule{Kind: ByDay, N: 3}}}},
		{Frequency: Monthly, Levels: []Level{{Rule: DueRule{Kind: AfterCutoff, N: 2}}}},
		{Frequency: Monthly, Cutoff: 14, Levels: []Level{{Rule: DueRule{Kind: ByDay, N: 0}}}},
		{Frequency: Monthly, Cutoff: 14, Levels: []Level{{Rule: DueRule{Kind: ByDay, N: 25, MonthOffset: -1}}}},
		{Frequency: Monthly, Cutoff: 14, Levels: []Level{{Rule: DueRule{Kind: AfterCutoff, N: 2, MonthOffset: 1}}}},
		{Frequency: Monthly, Cutoff: 14, Levels: []Level{{Rule: DueRule{}}}},
		{Frequency: Monthly, Cutoff: 14, DayOff: 9, Levels: ok.Levels},
		{Frequency: Monthly, Cutoff: 14, Before: 9, Levels: ok.Levels},
	}
	cal := calendar.Default()
	for i, r := range bad {
		if err := r.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%d: Validate() = %v, want ErrInvalid", i, err)
		}
		if _, err := r.Occurrence(cal, Period{Monthly, 2026, 3}); !errors.Is(err, ErrInvalid) {
			t.Errorf("%d: Occurrence() = %v, want ErrInvalid", i, err)
		}
	}
	// A period of another frequency.
	if _, err := ok.Occurrence(cal, Period{Quarterly, 2026, 1}); !errors.Is(err, ErrInvalid) {
		t.Errorf("quarter in a monthly regime: %v", err)
	}
	// Out of the calendar's range: the calendar's error is wrapped.
	if _, err := ok.Occurrence(cal, Period{Monthly, 2300, 1}); !errors.Is(err, calendar.ErrOutOfRange) || !errors.Is(err, ErrInvalid) {
		t.Errorf("2300: %v, want calendar.ErrOutOfRange", err)
	}
}

func TestPeriods(t *testing.T) {
	r := ND09(Monthly)
	ps, err := r.Periods(d(2026, 1, 1), d(2026, 12, 31))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	if strings.Join(got, " ") != "2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12" {
		t.Errorf("monthly 2026: %v", got)
	}
	for _, tt := range []struct {
		f        Frequency
		from, to date.Date
		want     string
	}{
		{Quarterly, d(2025, 11, 1), d(2026, 12, 30), "2025-Q4 2026-Q1 2026-Q2 2026-Q3"},
		{HalfYearly, d(2025, 1, 1), d(2026, 12, 31), "2025-H1 2025-H2 2026-H1 2026-H2"},
		{NineMonths, d(2025, 1, 1), d(2026, 12, 31), "2025-9M 2026-9M"},
		{Annual, d(2025, 12, 31), d(2026, 12, 30), "2025"},
		// ISO weeks: 2026-W01 starts Monday 29/12/2025; 2026 has 53 weeks.
		{Weekly, d(2026, 12, 21), d(2027, 1, 10), "2026-W52 2026-W53 2027-W01"},
		{Monthly, d(2026, 3, 2), d(2026, 3, 30), ""},
	} {
		r := Regime{Frequency: tt.f}
		ps, err := r.Periods(tt.from, tt.to)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.String())
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%v %v..%v: %v, want %s", tt.f, tt.from, tt.to, got, tt.want)
		}
	}
	if _, err := (Regime{}).Periods(d(2026, 1, 1), d(2026, 2, 1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("no frequency: %v", err)
	}
}

func TestOccurrences(t *testing.T) {
	cal := calendar.Default()
	occ, err := ND09(Quarterly).Occurrences(cal, d(2026, 1, 1), d(2026, 12, 31))
	if err != nil {
		t.Fatal(err)
	}
	if len(occ) != 4 {
		t.Fatalf("%d quarters", len(occ))
	}
	// The windows of consecutive quarters tile the year (Điều 12 khoản 2).
	for i := 1; i < len(occ); i++ {
		if occ[i].Window.From != occ[i-1].Window.To+1 {
			t.Errorf("gap between %v and %v", occ[i-1].Window, occ[i].Window)
		}
	}
	if _, err := ND09(Weekly).Occurrences(cal, d(2026, 1, 1), d(2026, 12, 31)); !errors.Is(err, ErrInvalid) {
		t.Errorf("ND09(Weekly): %v", err)
	}
}

// TestRegimeReading checks that a BeforeDay rule ("trước ngày 20 của tháng
// cuối kỳ báo cáo", Thông tư 06/2022/TT-UBDT) is read as package deadline
// reads "trước ngày X" (one deadline.Policy for both), and how the reading
// combines with the day-off rule. February 2026: Thursday 19/2 and Friday
// 20/2 are Tết holidays (Thông báo 9441/TB-BNV), the last working day
// before them Friday 13/2, the first after Monday 23/2. September 2026:
// 19/9 and 20/9 are a Saturday and a Sunday.
func TestRegimeReading(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		period string
		before deadline.Policy
		dayOff DayOffRule
		want   date.Date
		step   string
		why    string
	}{
		{"2026-02", deadline.Strict, MoveForward, d(2026, 2, 23), "Điều 148 khoản 5", "19/2 Tết → next working day (BLDS 148(5)); reporting.md §6 #13"},
		{"2026-02", deadline.Inclusive, MoveForward, d(2026, 2, 23), "Điều 148 khoản 5", "20/2 Tết → 23/2; reporting.md §6 #13"},
		{"2026-02", deadline.StrictBackward, MoveForward, d(2026, 2, 13), "strict-backward", "19/2 Tết → back to Friday 13/2: the policy's own move"},
		{"2026-02", deadline.StrictBackward, MoveBackward, d(2026, 2, 13), "strict-backward", "the same, said twice"},
		{"2026-02", deadline.Strict, MoveBackward, d(2026, 2, 13), "thực tiễn văn phòng", "the regime's rule moves 19/2 back"},
		{"2026-02", deadline.Strict, KeepDay, d(2026, 2, 19), "giữ nguyên", "the regime keeps the holiday"},
		{"2026-02", deadline.Inclusive, KeepDay, d(2026, 2, 20), "giữ nguyên", "day 20 itself, kept"},
		{"2026-02", deadline.Inclusive, MoveBackward, d(2026, 2, 13), "thực tiễn văn phòng", "20/2 Tết → back to 13/2"},
		{"2026-09", deadline.Strict, MoveForward, d(2026, 9, 21), "Điều 148 khoản 5", "Saturday 19/9 → Monday 21/9, past day 20; reporting.md §3.1"},
		{"2026-09", deadline.StrictBackward, MoveForward, d(2026, 9, 18), "strict-backward", "Saturday 19/9 → Friday 18/9"},
		{"2026-03", deadline.StrictBackward, MoveForward, d(2026, 3, 19), "không tính ngày 20/3/2026", "Thursday 19/3 is a working day: no move"},
		{"2026-03", deadline.Inclusive, MoveForward, d(2026, 3, 20), "tính cả ngày 20/3/2026", "Friday 20/3 is a working day"},
	}
	for _, tt := range tests {
		r := Regime{Frequency: Monthly, Cutoff: ND09Cutoff, DayOff: tt.dayOff, Before: tt.before, Levels: []Level{
			{Rule: DueRule{Kind: BeforeDay, N: 20}, Basis: "Thông tư 06/2022/TT-UBDT"}}}
		o, err := r.Occurrence(cal, mustPeriod(t, tt.period))
		if err != nil {
			t.Fatal(err)
		}
		due := o.Dues[0].Due
		steps := strings.Join(due.Explanation.Steps, "\n")
		if due.Day != tt.want || due.Explanation.Policy != tt.before.String() || !strings.Contains(steps, tt.step) {
			t.Errorf("%s %v %v: due %v %q, want %v %q (%s)\n%s", tt.period, tt.before, tt.dayOff, due.Day, due.Explanation.Policy,
				tt.want, tt.before, tt.why, steps)
		}
		// The reading is package deadline's: its step, with its basis.
		if !strings.Contains(steps, "(policy "+tt.before.String()+")") {
			t.Errorf("%s %v: no step of package deadline\n%s", tt.period, tt.before, steps)
		}
	}
	// strict-backward moves a due day back, keep keeps it: a contradiction.
	r := Regime{Frequency: Monthly, Cutoff: ND09Cutoff, DayOff: KeepDay, Before: deadline.StrictBackward, Levels: []Level{{Rule: DueRule{Kind: BeforeDay, N: 20}}}}
	if err := r.Validate(); !errors.Is(err, ErrInvalid) {
		t.Errorf("strict-backward with keep: %v", err)
	}
}
