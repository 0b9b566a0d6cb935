package deadline

import (
	"errors"
	"testing"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// TestResolvePeriodND09 resolves Nghị định 09/2019/NĐ-CP Điều 13 khoản 1,
// "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", for the report periods
// of reporting.md §6 #5–#11.
func TestResolvePeriodND09(t *testing.T) {
	e := MustParse("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo")
	tests := []struct {
		start, end, due date.Date
		cite            string
	}{
		{d(2026, 3, 1), d(2026, 3, 31), d(2026, 3, 25), "reporting.md §6 #5, monthly March 2026"},
		{d(2026, 2, 1), d(2026, 2, 28), d(2026, 2, 25), "reporting.md §6 #6, monthly February 2026"},
		{d(2026, 1, 1), d(2026, 3, 31), d(2026, 3, 25), "reporting.md §6 #7, Q1 2026"},
		{d(2026, 1, 1), d(2026, 6, 30), d(2026, 6, 25), "reporting.md §6 #8, first half 2026"},
		{d(2026, 1, 1), d(2026, 9, 30), d(2026, 9, 25), "reporting.md §6 #9, nine months 2026"},
		{d(2026, 1, 1), d(2026, 12, 31), d(2026, 12, 25), "reporting.md §6 #10, annual 2026"},
		{d(2025, 1, 1), d(2025, 12, 31), d(2025, 12, 25), "reporting.md §6 #10, annual 2025"},
		{d(2025, 7, 1), d(2025, 7, 31), d(2025, 7, 25), "reporting.md §6 #11, monthly July 2025"},
	}
	for _, tt := range tests {
		o, err := e.ResolvePeriod(nil, Context{}, tt.start, tt.end)
		if err != nil {
			t.Errorf("%s: %v", tt.cite, err)
			continue
		}
		if o.Due != tt.due || o.Named != tt.due || o.Start != tt.start || o.End != tt.end {
			t.Errorf("%s: %+v, want due %s", tt.cite, o, tt.due)
		}
		checkResolution(t, calendar.Default(), o.Resolution)
	}
}

func TestOccurrences(t *testing.T) {
	tests := []struct {
		phrase   string
		ctx      Context
		from, to date.Date
		due      []date.Date
		cite     string
	}{
		{"hằng tháng, trước ngày 20", Context{}, d(2026, 1, 1), d(2026, 4, 30),
			[]date.Date{d(2026, 1, 19), d(2026, 2, 23), d(2026, 3, 19), d(2026, 4, 20)},
			"reporting.md §6 #13 for February (Tết); 19/4/2026 is a Sunday, moved to Monday 20/4 (Điều 148 khoản 5)"},
		{"hằng tháng, trước ngày 20", Context{Policy: Inclusive}, d(2026, 1, 1), d(2026, 4, 30),
			[]date.Date{d(2026, 1, 20), d(2026, 2, 23), d(2026, 3, 20), d(2026, 4, 20)},
			"reporting.md §6 #13, inclusive"},
		{"trước ngày 20 của tháng cuối quý", Context{}, d(2026, 1, 1), d(2026, 12, 31),
			[]date.Date{d(2026, 3, 19), d(2026, 6, 19), d(2026, 9, 21), d(2026, 12, 21)},
			"Thông tư 06/2022/TT-UBDT; 19/9 and 19/12/2026 are Saturdays"},
		{"trước ngày 10 của tháng sau", Context{}, d(2026, 1, 1), d(2026, 3, 31),
			[]date.Date{d(2026, 1, 9), d(2026, 2, 9), d(2026, 3, 9)},
			"the month after each month: December 2025's report by 9/1/2026"},
		{"thứ Tư hằng tuần", Context{}, d(2026, 2, 9), d(2026, 3, 1),
			[]date.Date{d(2026, 2, 11), d(2026, 2, 23), d(2026, 2, 25)},
			"Wednesday 18/2/2026 is Tết (mùng 2), moved to Monday 23/2 (Điều 148 khoản 5)"},
		{"định kỳ 6 tháng", Context{}, d(2026, 1, 1), d(2026, 12, 31),
			[]date.Date{d(2026, 6, 30), d(2026, 12, 31)},
			"no day: the last day of each half-year"},
		{"trước ngày 15 tháng 12 hằng năm", Context{}, d(2025, 1, 1), d(2027, 12, 31),
			[]date.Date{d(2025, 12, 15), d(2026, 12, 14), d(2027, 12, 14)},
			"strict: 14/12/2025 is a Sunday, moved forward to Monday 15/12 (Điều 148 khoản 5)"},
		{"trước ngày 20/11/2021", Context{}, d(2021, 1, 1), d(2021, 12, 31),
			[]date.Date{d(2021, 11, 19)}, "a one-off deadline has one occurrence"},
		{"trước ngày 20/11/2021", Context{}, d(2022, 1, 1), d(2022, 12, 31),
			nil, "outside the range"},
	}
	for _, tt := range tests {
		e := MustParse(tt.phrase)
		var got []date.Date
		for o, err := range e.Occurrences(nil, tt.ctx, tt.from, tt.to) {
			if err != nil {
				t.Fatalf("%q: %v", tt.phrase, err)
			}
			got = append(got, o.Due)
		}
		if len(got) != len(tt.due) {
			t.Errorf("%q (%s): %v, want %v", tt.phrase, tt.cite, got, tt.due)
			continue
		}
		for i := range got {
			if got[i] != tt.due[i] {
				t.Errorf("%q (%s): %v, want %v", tt.phrase, tt.cite, got, tt.due)
				break
			}
		}
	}
}

func TestOccurrencesStop(t *testing.T) {
	// The iterator stops when the caller does, and at the first error.
	n := 0
	for range MustParse("thứ Tư hằng tuần").Occurrences(nil, Context{}, d(2026, 1, 1), d(2026, 12, 31)) {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("break after %d", n)
	}
	var errs []error
	for _, err := range MustParse("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo").Occurrences(nil, Context{}, d(2026, 1, 1), d(2026, 12, 31)) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrNeedsPeriod) {
		t.Errorf("report-period occurrences: %v", errs)
	}
	errs = errs[:0]
	for _, err := range MustParse("thứ Tư hằng tuần").Occurrences(nil, Context{}, d(2199, 12, 1), d(2199, 12, 31)) {
		errs = append(errs, err)
	}
	if len(errs) == 0 || !errors.Is(errs[len(errs)-1], ErrOutOfRange) {
		t.Errorf("occurrences at the end of the calendar: %v", errs)
	}
}

func TestNext(t *testing.T) {
	e := MustParse("trước ngày 20 hằng tháng")
	// On the due day itself, that occurrence; the day after, the next one.
	o, err := e.Next(nil, Context{}, d(2026, 3, 19))
	if err != nil || o.Due != d(2026, 3, 19) || o.Start != d(2026, 3, 1) || o.End != d(2026, 3, 31) {
		t.Errorf("Next(19/3/2026) = %+v, %v", o, err)
	}
	o, err = e.Next(nil, Context{}, d(2026, 3, 20))
	if err != nil || o.Due != d(2026, 4, 20) {
		t.Errorf("Next(20/3/2026) = %s, %v", o.Due, err)
	}
	// A one-off deadline.
	_, err = MustParse("trước ngày 20/11/2021").Next(nil, Context{}, d(2021, 11, 20))
	if !errors.Is(err, ErrNoOccurrence) {
		t.Errorf("one-off after its day: %v", err)
	}
	_, err = MustParse("trước ngày 20/11/2021").ResolvePeriod(nil, Context{}, d(2021, 11, 1), d(2021, 11, 30))
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("ResolvePeriod of a one-off: %v", err)
	}
}

func TestRecurringSteps(t *testing.T) {
	// Day 31 in a 30-day month, and a quarter that names no month.
	o, err := MustParse("chậm nhất ngày 31 hằng tháng").ResolvePeriod(nil, Context{}, d(2026, 6, 1), d(2026, 6, 30))
	if err != nil || o.Due != d(2026, 6, 30) || o.Steps[0].Rule != RuleDayClamped {
		t.Errorf("31 June: %+v, %v", o, err)
	}
	o, err = MustParse("hằng quý, chậm nhất ngày 20").ResolvePeriod(nil, Context{}, d(2026, 4, 1), d(2026, 6, 30))
	if err != nil || o.Due != d(2026, 6, 22) || o.Steps[0].Rule != RuleMonthOfPeriod {
		t.Errorf("quarter without a month: %+v, %v", o, err)
	}
}
