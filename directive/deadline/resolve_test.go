package deadline

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

func d(y, m, day int) date.Date { return date.New(y, time.Month(m), day) }

// resolveTests are the worked examples of reporting.md §6 that concern
// phrases, and one row for each other form. Every expected day was computed
// in reporting.md against holidays-vn.tsv, or follows from the rule cited.
var resolveTests = []struct {
	phrase string
	ctx    Context
	due    date.Date
	rules  []Rule // the rules expected among the steps, in order
	cite   string
}{
	// §6 #1: the seed.
	{"trước ngày 20/11/2021", Context{Date: d(2021, 4, 20)}, d(2021, 11, 19),
		[]Rule{RuleExclusive, RuleEndOfDay}, "reporting.md §6 #1, strict: §3.1"},
	{"trước ngày 20/11/2021", Context{Date: d(2021, 4, 20), Policy: Inclusive}, d(2021, 11, 22),
		[]Rule{RuleInclusivePolicy, RuleMoveForward, RuleEndOfDay}, "reporting.md §6 #1, inclusive: BLDS 2015 Điều 148 khoản 5"},
	{"trước ngày 20/11/2021", Context{Date: d(2021, 4, 20), Policy: StrictBackward}, d(2021, 11, 19),
		[]Rule{RuleExclusive, RuleEndOfDay}, "reporting.md §3.1: 19/11 is a working day, nothing to move"},
	{"trước ngày 20/11", Context{Date: d(2021, 4, 20)}, d(2021, 11, 19),
		[]Rule{RuleYearFromContext, RuleExclusive, RuleEndOfDay}, "seed without the year: the document's year"},
	{"truoc ngay 20/11/2021", Context{Date: d(2021, 4, 20)}, d(2021, 11, 19),
		nil, "seed without diacritics"},
	// "trước ngày X" where X−1 is a day off: strict moves forward to X,
	// strict-backward moves back.
	{"trước ngày 22/11/2021", Context{}, d(2021, 11, 22),
		[]Rule{RuleExclusive, RuleMoveForward, RuleEndOfDay}, "X−1 = Sunday 21/11 moves forward to X (reporting.md §3.1)"},
	{"trước ngày 22/11/2021", Context{Policy: StrictBackward}, d(2021, 11, 19),
		[]Rule{RuleExclusive, RuleMoveBackward, RuleEndOfDay}, "strict-backward: Sunday 21/11 moves back to Friday 19/11 (reporting.md §3.1)"},
	{"chậm nhất ngày 20/11/2021", Context{Policy: StrictBackward}, d(2021, 11, 22),
		[]Rule{RuleInclusiveWording, RuleMoveForward, RuleEndOfDay}, "inclusive wording under any policy; BLDS 2015 Điều 148 khoản 5"},
	{"trước hoặc vào ngày 20/11/2021", Context{}, d(2021, 11, 22),
		[]Rule{RuleInclusiveWording, RuleMoveForward, RuleEndOfDay}, "reporting.md §3.1, §7 rule 5"},
	{"trước ngày 15/01", Context{Date: d(2021, 12, 20)}, d(2022, 1, 14),
		[]Rule{RuleYearFromContext, RuleExclusive, RuleEndOfDay}, "a day before the document's date is next year's"},
	{"trước ngày 20", Context{Date: d(2021, 4, 25)}, d(2021, 5, 19),
		[]Rule{RuleMonthFromContext, RuleExclusive, RuleEndOfDay}, "day only: the first 20th on or after the document's date"},
	{"trước 16 giờ ngày 20/11/2021", Context{}, d(2021, 11, 22),
		[]Rule{RuleInclusiveWording, RuleMoveForward, RuleTimeOfDay}, "the hour includes day X; Saturday moves forward (Điều 148 khoản 5)"},

	// §6 #2–#4: periods from 20/4/2021.
	{"trong thời hạn 15 ngày làm việc kể từ ngày 20/4/2021", Context{}, d(2021, 5, 14),
		[]Rule{RuleEvent, RuleCount, RuleEndOfDay}, "reporting.md §6 #2"},
	{"trong thời hạn 15 ngày kể từ ngày 20/4/2021", Context{}, d(2021, 5, 5),
		[]Rule{RuleEvent, RuleCount, RuleEndOfDay}, "reporting.md §6 #3"},
	{"trong thời hạn 10 ngày kể từ ngày 20/4/2021", Context{}, d(2021, 5, 4),
		[]Rule{RuleEvent, RuleCount, RuleMoveForward, RuleEndOfDay}, "reporting.md §6 #4"},
	{"trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản", Context{Date: d(2021, 4, 15), Event: d(2021, 4, 20)}, d(2021, 5, 14),
		nil, "reporting.md §6 #2, the day of receipt from the context"},

	// §6 #12: data closing on Saturday 14/3/2026.
	{"02 ngày làm việc kể từ ngày chốt số liệu", Context{Event: d(2026, 3, 14)}, d(2026, 3, 17),
		[]Rule{RuleEvent, RuleCount, RuleEndOfDay}, "reporting.md §6 #12"},

	// §6 #17, #18: the next working day.
	{"chậm nhất là trong ngày làm việc tiếp theo", Context{Event: d(2026, 2, 13)}, d(2026, 2, 23),
		nil, "reporting.md §6 #17, Nghị định 30/2020/NĐ-CP Điều 23 khoản 1"},
	{"trong ngày làm việc tiếp theo", Context{Event: d(2026, 8, 21)}, d(2026, 8, 22),
		nil, "reporting.md §6 #18: Saturday 22/8/2026 is a make-up working day"},
	{"trong ngày làm việc tiếp theo", Context{Event: d(2026, 8, 28)}, d(2026, 9, 3),
		nil, "reporting.md §6 #18: 29–30/8 weekend, 31/8 swapped off, 1–2/9 Quốc khánh"},
	{"trước 16 giờ ngày làm việc tiếp theo", Context{Event: d(2026, 2, 13)}, d(2026, 2, 23),
		[]Rule{RuleEvent, RuleCount, RuleTimeOfDay}, "Thông tư 27/2025/TT-NHNN Điều 10 khoản 2 (reporting.md §2.3)"},
	{"ngay trong ngày", Context{Event: d(2026, 2, 14)}, d(2026, 2, 23),
		[]Rule{RuleSameDay, RuleMoveForward, RuleEndOfDay}, "event on a Tết day: Điều 148 khoản 5"},

	// §6 #19–#22: complaints, denunciations, information requests.
	{"trong thời hạn 10 ngày kể từ ngày nhận được đơn", Context{Event: d(2026, 6, 1)}, d(2026, 6, 11),
		nil, "reporting.md §6 #19, Luật Khiếu nại Điều 27"},
	{"10 ngày làm việc kể từ ngày nhận được đơn", Context{Event: d(2026, 6, 1)}, d(2026, 6, 15),
		nil, "reporting.md §6 #19, Thông tư 07/2013/TT-TTCP Điều 5"},
	{"không quá 30 ngày kể từ ngày thụ lý", Context{Event: d(2026, 6, 11)}, d(2026, 7, 13),
		[]Rule{RuleEvent, RuleCount, RuleMoveForward, RuleEndOfDay}, "reporting.md §6 #20: 11/7/2026 is a Saturday"},
	{"không quá 45 ngày kể từ ngày thụ lý", Context{Event: d(2026, 6, 11)}, d(2026, 7, 27),
		nil, "reporting.md §6 #20: 26/7/2026 is a Sunday"},
	{"trong thời hạn 07 ngày làm việc kể từ ngày nhận được tố cáo", Context{Event: d(2026, 6, 1)}, d(2026, 6, 10),
		nil, "reporting.md §6 #21, Luật Tố cáo Điều 24 khoản 1"},
	{"không quá 10 ngày làm việc kể từ ngày nhận được yêu cầu", Context{Event: d(2026, 4, 23)}, d(2026, 5, 12),
		nil, "reporting.md §6 #22, Luật Tiếp cận thông tin Điều 29 khoản 2"},

	// §6 #23–#25: periods from the directive's date.
	{"trong 10 ngày làm việc", Context{Date: d(2026, 4, 20)}, d(2026, 5, 7), nil, "reporting.md §6 #23"},
	{"trong 30 ngày kể từ ngày ký", Context{Date: d(2026, 4, 20)}, d(2026, 5, 20), nil, "reporting.md §6 #23"},
	{"trong 02 ngày làm việc", Context{Date: d(2025, 12, 31)}, d(2026, 1, 6), nil, "reporting.md §6 #24"},
	{"trong 03 ngày làm việc", Context{Date: d(2026, 11, 20)}, d(2026, 11, 26), nil, "reporting.md §6 #25 (Ngày Văn hóa Việt Nam 24/11)"},
	{"trong thời hạn 1 tháng kể từ ngày ký", Context{Date: d(2021, 1, 31)}, d(2021, 3, 1),
		nil, "Điều 148 khoản 3: 28/2/2021 is a Sunday, moved to Monday 1/3"},

	// Spans.
	{"trong tháng 5/2021", Context{}, d(2021, 5, 31), []Rule{RuleSpanEnd, RuleEndOfDay}, "BLDS 2015 Điều 146 khoản 2 điểm c"},
	{"quý I/2022", Context{}, d(2022, 3, 31), []Rule{RuleSpanEnd, RuleEndOfDay}, "last day of the quarter, a Thursday"},
	{"6 tháng đầu năm 2022", Context{}, d(2022, 6, 30), nil, "BLDS 2015 Điều 146 khoản 3 điểm b"},
	{"trong tháng 1/2022", Context{}, d(2022, 2, 7), []Rule{RuleSpanEnd, RuleMoveForward, RuleEndOfDay},
		"31/1/2022 is Tết (29 tháng Chạp), days off until 6/2/2022 (holidays-vn.tsv)"},
	{"trong tháng 5", Context{Date: d(2021, 4, 20)}, d(2021, 5, 31), []Rule{RuleYearFromContext, RuleSpanEnd, RuleEndOfDay}, "year from the document"},
	{"trước tháng 6/2022", Context{}, d(2022, 5, 31), []Rule{RuleSpanStart, RuleExclusive, RuleEndOfDay}, "before the first day of June"},

	// §6 #13, #14: recurring deadlines from the document's date.
	{"hằng tháng, trước ngày 20", Context{Date: d(2026, 2, 1)}, d(2026, 2, 23),
		[]Rule{RuleOccurrence, RuleExclusive, RuleMoveForward, RuleEndOfDay}, "reporting.md §6 #13, strict: 19/2 is Tết"},
	{"hằng tháng, trước ngày 20", Context{Date: d(2026, 2, 1), Policy: Inclusive}, d(2026, 2, 23),
		[]Rule{RuleOccurrence, RuleInclusivePolicy, RuleMoveForward, RuleEndOfDay}, "reporting.md §6 #13, inclusive: 20/2 is Tết"},
	{"muộn nhất trong ngày 17 hằng tháng", Context{Date: d(2026, 3, 1)}, d(2026, 3, 17), nil, "reporting.md §6 #14 level a"},
	{"muộn nhất trong ngày 20 hằng tháng", Context{Date: d(2026, 3, 1)}, d(2026, 3, 20), nil, "reporting.md §6 #14 level b"},
	{"muộn nhất trong ngày 23 hằng tháng", Context{Date: d(2026, 3, 1)}, d(2026, 3, 23), nil, "reporting.md §6 #14 level c"},
	{"trong ngày thứ Tư hằng tuần", Context{Date: d(2026, 3, 19)}, d(2026, 3, 25), nil, "reporting.md §6 #15"},
	{"trước ngày 15 tháng 12 hằng năm", Context{Date: d(2026, 12, 20)}, d(2027, 12, 14), nil, "the 2026 occurrence is past: the next year's"},
}

func TestResolve(t *testing.T) {
	c := calendar.Default()
	for _, tt := range resolveTests {
		e, err := Parse(tt.phrase)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.phrase, err)
			continue
		}
		r, err := e.Resolve(c, tt.ctx)
		if err != nil {
			t.Errorf("%q in %+v (%s): %v", tt.phrase, tt.ctx, tt.cite, err)
			continue
		}
		if r.Due != tt.due {
			t.Errorf("%q in %+v (%s): due %s, want %s\n%s", tt.phrase, tt.ctx, tt.cite, r.Due, tt.due, r.Explanation)
		}
		if tt.rules != nil {
			var got []Rule
			for _, s := range r.Steps {
				got = append(got, s.Rule)
			}
			if !equalRules(got, tt.rules) {
				t.Errorf("%q (%s): rules %v, want %v", tt.phrase, tt.cite, got, tt.rules)
			}
		}
		checkResolution(t, c, r)
	}
}

func equalRules(a, b []Rule) bool {
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

// checkResolution checks what holds of every resolution: the due day is a
// working day, the due instant is on it in UTC+7, the steps have bases and
// notes, and the explanation holds every note.
func checkResolution(t *testing.T, c *calendar.Calendar, r Resolution) {
	t.Helper()
	if !c.IsWorkday(r.Due) {
		t.Errorf("%q: due %s is not a working day", r.Expr, r.Due)
	}
	if _, off := r.DueAt.Zone(); off != 7*3600 {
		t.Errorf("%q: due instant %s not in UTC+7", r.Expr, r.DueAt)
	}
	if r.Expr.At == 0 && !r.DueAt.Equal(time.Date(r.Due.Year(), r.Due.Month(), r.Due.Day()+1, 0, 0, 0, 0, ict)) {
		t.Errorf("%q: due instant %s is not 24:00 of %s", r.Expr, r.DueAt, r.Due)
	}
	if r.Moved != (r.Due != r.Last) {
		t.Errorf("%q: Moved %v with last %s and due %s", r.Expr, r.Moved, r.Last, r.Due)
	}
	for _, s := range r.Steps {
		if s.Basis == "" || s.Note == "" || !strings.Contains(r.Explanation, s.Note) {
			t.Errorf("%q: step %+v lacks a basis or note, or the explanation lacks it", r.Expr, s)
		}
		for _, x := range s.Crossed {
			if x.Kind.Working() || x.Name == "" {
				t.Errorf("%q: step %v crossed %+v, not a named day off", r.Expr, s.Rule, x)
			}
		}
	}
}

func TestResolveSeedWorkdays(t *testing.T) {
	// reporting.md §6 #1: 148 working days from 21/4 to 19/11/2021.
	r, err := MustParse("trước ngày 20/11/2021").Resolve(nil, Context{Date: d(2021, 4, 20)})
	if err != nil {
		t.Fatal(err)
	}
	if r.Workdays != 148 || r.Named != d(2021, 11, 20) || r.Last != d(2021, 11, 19) || r.Moved || r.Provisional {
		t.Errorf("seed: %+v", r)
	}
	if !strings.Contains(r.Explanation, "policy strict") || !strings.Contains(r.Explanation, "148 ngày làm việc") {
		t.Errorf("seed explanation: %s", r.Explanation)
	}
	if !r.OnTime(time.Date(2021, 11, 19, 23, 59, 0, 0, ict)) || r.OnTime(time.Date(2021, 11, 20, 0, 0, 0, 0, ict)) {
		t.Errorf("OnTime around %s", r.DueAt)
	}
	// Inclusive: the Saturday and Sunday crossed, with the calendar's names.
	r, _ = MustParse("trước ngày 20/11/2021").Resolve(nil, Context{Date: d(2021, 4, 20), Policy: Inclusive})
	mv := r.Steps[1]
	if mv.Rule != RuleMoveForward || mv.Basis != "Bộ luật Dân sự 2015, Điều 148 khoản 5" ||
		len(mv.Crossed) != 2 || mv.Crossed[0].Kind != calendar.WeeklyRest || mv.From != d(2021, 11, 20) || mv.To != d(2021, 11, 22) {
		t.Errorf("inclusive move step: %+v", mv)
	}
	if !strings.Contains(r.Explanation, "policy inclusive") || !strings.Contains(r.Explanation, "Nghỉ hằng tuần") {
		t.Errorf("inclusive explanation: %s", r.Explanation)
	}
}

func TestResolveHolidaysCrossed(t *testing.T) {
	// reporting.md §6 #2: the count skips Giỗ Tổ 21/4, 30/4, 1/5 and the
	// compensatory 3/5/2021.
	r, err := MustParse("trong thời hạn 15 ngày làm việc kể từ ngày 20/4/2021").Resolve(nil, Context{})
	if err != nil {
		t.Fatal(err)
	}
	var got []date.Date
	for _, x := range r.Steps[1].Crossed {
		got = append(got, x.Date)
	}
	want := []date.Date{d(2021, 4, 21), d(2021, 4, 30), d(2021, 5, 1), d(2021, 5, 3)}
	if len(got) != len(want) {
		t.Fatalf("crossed %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("crossed %v, want %v", got, want)
		}
	}
	if !strings.Contains(r.Explanation, "Giỗ Tổ Hùng Vương") {
		t.Errorf("explanation lacks the holiday's name: %s", r.Explanation)
	}
}

func TestResolveProvisional(t *testing.T) {
	// 2030 has no announced schedule in holidays-vn.tsv (calendar.md §6).
	r, err := MustParse("trước ngày 20/11/2030").Resolve(nil, Context{})
	if err != nil || !r.Provisional || !strings.Contains(r.Explanation, "dự kiến") {
		t.Errorf("2030: provisional %v, %v: %s", r.Provisional, err, r.Explanation)
	}
	r, err = MustParse("trước ngày 20/11/2021").Resolve(nil, Context{})
	if err != nil || r.Provisional {
		t.Errorf("2021: provisional %v, %v", r.Provisional, err)
	}
}

func TestResolveErrors(t *testing.T) {
	tests := []struct {
		e   Expr
		ctx Context
		err error
		why string
	}{
		{MustParse("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản"), Context{Date: d(2021, 4, 20)}, ErrNeedsEvent, "receipt unknown"},
		{MustParse("02 ngày làm việc kể từ ngày chốt số liệu"), Context{}, ErrNeedsEvent, "data closing unknown"},
		{MustParse("trước ngày 20/11"), Context{}, ErrNeedsDate, "no year and no document date"},
		{MustParse("trong tháng 5"), Context{}, ErrNeedsDate, "no year and no document date"},
		{MustParse("05 ngày kể từ ngày ký"), Context{}, ErrNeedsDate, "signature date unknown"},
		{MustParse("trong 10 ngày làm việc"), Context{}, ErrNeedsDate, "no event and no document date"},
		{MustParse("hằng tháng, trước ngày 20"), Context{}, ErrNeedsDate, "recurring without a document date"},
		{MustParse("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo"), Context{Date: d(2026, 1, 1)}, ErrNeedsPeriod, "frequency of the report regime"},
		{MustParse("trước ngày 20/11/1999"), Context{}, ErrOutOfRange, "before calendar.MinDate"},
		{MustParse("trước ngày 20/11/2021"), Context{Policy: Policy(9)}, ErrInvalid, "unknown policy"},
		{Expr{}, Context{}, ErrInvalid, "the zero Expr"},
		{Expr{Kind: FixedDay, Bound: Before, Day: Day{Month: 2, Day: 30}}, Context{}, ErrInvalid, "no 30 February"},
		{Expr{Kind: AfterEvent, Bound: By, Period: calendar.Period{N: -1, Unit: calendar.Days}}, Context{}, ErrInvalid, "negative period"},
		{Expr{Kind: AfterEvent, Bound: By, Period: calendar.Period{N: 5, Unit: calendar.Days}, At: 960}, Context{}, ErrInvalid, "a time of day on a 5-day period"},
	}
	for _, tt := range tests {
		_, err := tt.e.Resolve(nil, tt.ctx)
		var re *ResolveError
		if !errors.Is(err, tt.err) || !errors.As(err, &re) {
			t.Errorf("%q (%s): error %v, want %v", tt.e, tt.why, err, tt.err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "deadline: ") {
			t.Errorf("%q: error %q lacks the package prefix", tt.e, err)
		}
	}
	// The calendar's own error is wrapped too.
	_, err := MustParse("trước ngày 20/11/1999").Resolve(nil, Context{})
	if !errors.Is(err, calendar.ErrOutOfRange) {
		t.Errorf("out of range: %v does not wrap calendar.ErrOutOfRange", err)
	}
}

func TestResolveConcurrent(t *testing.T) {
	e := MustParse("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản")
	ctx := Context{Event: d(2021, 4, 20)}
	want, _ := e.Resolve(nil, ctx)
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 50 {
				r, err := e.Resolve(nil, ctx)
				if err != nil || r.Due != want.Due || r.Explanation != want.Explanation {
					t.Errorf("concurrent resolve: %v %v", r.Due, err)
				}
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}

func TestResolveCutOff(t *testing.T) {
	at := func(y, m, day, h, min int) time.Time { return time.Date(y, time.Month(m), day, h, min, 0, 0, ict) }
	tests := []struct {
		phrase string
		ctx    Context
		due    date.Date
		cutOff bool
		cite   string
	}{
		{"ngay trong ngày", Context{EventAt: at(2026, 8, 21, 15, 30), CutOff: 15 * 60}, d(2026, 8, 22), true,
			"reporting.md §6 #18: after 15:00 on Fri 21/8/2026, the make-up Saturday 22/8 (Nghị định 61/2018/NĐ-CP Điều 18 khoản 2)"},
		{"ngay trong ngày", Context{EventAt: at(2026, 8, 28, 15, 30), CutOff: 15 * 60}, d(2026, 9, 3), true,
			"reporting.md §6 #18: after 15:00 on Fri 28/8/2026 → Thu 3/9/2026"},
		{"ngay trong ngày", Context{EventAt: at(2026, 8, 28, 14, 59), CutOff: 15 * 60}, d(2026, 8, 28), false,
			"before the cut-off: the same day"},
		{"ngay trong ngày", Context{EventAt: at(2026, 8, 29, 9, 0), CutOff: 17 * 60}, d(2026, 9, 3), true,
			"on a day off (Saturday 29/8/2026): from the next working day (reporting.md §2.3, 17:00 rule)"},
		{"chậm nhất là trong ngày làm việc tiếp theo", Context{EventAt: at(2026, 2, 13, 16, 30)}, d(2026, 2, 23), false,
			"reporting.md §6 #17: no cut-off in Nghị định 30/2020/NĐ-CP Điều 23 khoản 1"},
		{"trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ", Context{EventAt: at(2026, 8, 21, 16, 0), CutOff: 15 * 60}, d(2026, 8, 26), true,
			"received after 15:00 on 21/8: deemed 22/8; 3 working days: 24, 25, 26/8"},
		{"trong thời hạn 03 ngày làm việc kể từ ngày 21/8/2026", Context{EventAt: at(2026, 8, 21, 16, 0), CutOff: 15 * 60}, d(2026, 8, 25), false,
			"a date written in the text is not moved by the cut-off: 22, 24, 25/8"},
	}
	for _, tt := range tests {
		r, err := MustParse(tt.phrase).Resolve(nil, tt.ctx)
		if err != nil {
			t.Errorf("%q (%s): %v", tt.phrase, tt.cite, err)
			continue
		}
		if r.Due != tt.due {
			t.Errorf("%q (%s): due %s, want %s\n%s", tt.phrase, tt.cite, r.Due, tt.due, r.Explanation)
		}
		if got := len(r.Steps) > 0 && r.Steps[0].Rule == RuleCutOff; got != tt.cutOff {
			t.Errorf("%q (%s): cut-off step %v, want %v", tt.phrase, tt.cite, got, tt.cutOff)
		}
		checkResolution(t, calendar.Default(), r)
	}
	_, err := MustParse("ngay trong ngày").Resolve(nil, Context{Event: d(2026, 8, 20), EventAt: at(2026, 8, 21, 9, 0)})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("Event and EventAt on different days: %v", err)
	}
}
