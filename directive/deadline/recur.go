package deadline

import (
	"iter"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// Occurrence is one occurrence of a recurring deadline: the calendar period
// it belongs to (a week from Monday, a month, a quarter, a half-year, a year)
// and its resolution. For a one-off deadline Start and End are zero.
type Occurrence struct {
	Start date.Date `json:"start,omitzero"` // the first day of the period
	End   date.Date `json:"end,omitzero"`   // the last day of the period
	Resolution
}

// ResolvePeriod resolves e for the period from start to end (both
// included): a report period such as the month, quarter or year a report
// covers. The day named is found in that period — the weekday of a weekly
// deadline in its first week, the day of the month the anchor says (the
// last month when unstated; the month after the period for [AnchorNext]),
// the period's last day when the phrase names no day — and then resolved
// as [Expr.Resolve] resolves a day. It is the way to resolve a
// [ReportPeriod] deadline such as "chậm nhất vào ngày 25 của tháng cuối kỳ
// báo cáo" (Nghị định 09/2019/NĐ-CP Điều 13 khoản 1).
//
// The error is a *[ResolveError]; it wraps [ErrInvalid] if e is not
// recurring or end is before start.
func (e Expr) ResolvePeriod(c *calendar.Calendar, ctx Context, start, end date.Date) (Occurrence, error) {
	if e.Kind != Recurring || end < start || start == 0 {
		return Occurrence{}, &ResolveError{Expr: e, Msg: "ResolvePeriod needs a recurring expression and a period", Err: ErrInvalid}
	}
	return e.occurrence(c, ctx, start, end, true)
}

// Next returns the first occurrence of e whose due day is on or after on.
// For a one-off expression it is its resolution, if due on or after on; the
// error then wraps [ErrNoOccurrence] otherwise.
//
// The error is a *[ResolveError]; it wraps [ErrNeedsPeriod] for a
// [ReportPeriod] recurrence, and the errors of [Expr.Resolve].
func (e Expr) Next(c *calendar.Calendar, ctx Context, on date.Date) (Occurrence, error) {
	if e.Kind != Recurring {
		r, err := e.Resolve(c, ctx)
		if err != nil {
			return Occurrence{}, err
		}
		if r.Due < on {
			return Occurrence{}, &ResolveError{Expr: e, Msg: "due " + vnDate(r.Due) + ", before " + vnDate(on), Err: ErrNoOccurrence}
		}
		return Occurrence{Resolution: r}, nil
	}
	if err := e.recurCheck(ctx); err != nil {
		return Occurrence{}, err
	}
	// A due day is at most a few weeks from its period (a day of the next
	// month, a move over Tết), so start two months early.
	start, end := e.Every.Freq.around(on - 62)
	for range 64 {
		o, err := e.occurrence(c, ctx, start, end, false)
		if err != nil {
			return Occurrence{}, err
		}
		if o.Due >= on {
			return e.occurrence(c, ctx, start, end, true)
		}
		start, end = e.Every.Freq.around(end + 1)
	}
	return Occurrence{}, &ResolveError{Expr: e, Msg: "no occurrence near " + vnDate(on), Err: ErrNoOccurrence}
}

// Occurrences returns the occurrences of e whose due day falls from from to
// to (both included), in order. For a one-off expression it yields its
// resolution if due in that range. It stops at the first error, which it
// yields: [ErrNeedsPeriod] for a [ReportPeriod] recurrence, [ErrOutOfRange]
// at the end of the calendar.
func (e Expr) Occurrences(c *calendar.Calendar, ctx Context, from, to date.Date) iter.Seq2[Occurrence, error] {
	return func(yield func(Occurrence, error) bool) {
		if e.Kind != Recurring {
			r, err := e.Resolve(c, ctx)
			if err != nil {
				yield(Occurrence{}, err)
				return
			}
			if r.Due >= from && r.Due <= to {
				yield(Occurrence{Resolution: r}, nil)
			}
			return
		}
		if err := e.recurCheck(ctx); err != nil {
			yield(Occurrence{}, err)
			return
		}
		if to < from {
			return
		}
		// Due days never decrease from one period to the next: stop at the
		// first one after to.
		for start, end := e.Every.Freq.around(from - 62); ; start, end = e.Every.Freq.around(end + 1) {
			o, err := e.occurrence(c, ctx, start, end, false)
			if err != nil {
				yield(Occurrence{}, err)
				return
			}
			if o.Due > to {
				return
			}
			if o.Due < from {
				continue
			}
			if o, err = e.occurrence(c, ctx, start, end, true); !yield(o, err) || err != nil {
				return
			}
		}
	}
}

// recurCheck validates a recurring expression for Next and Occurrences.
func (e Expr) recurCheck(ctx Context) error {
	if err := e.check(ctx); err != nil {
		return err
	}
	if e.Every.Freq == ReportPeriod {
		return &ResolveError{Expr: e, Msg: "the phrase leaves the frequency to the report regime; use ResolvePeriod", Err: ErrNeedsPeriod}
	}
	return nil
}

// around returns the calendar period of frequency f that contains d.
func (f Frequency) around(d date.Date) (date.Date, date.Date) {
	y, m, _ := d.Date()
	first, n := m, 1
	switch f {
	case Weekly:
		start := d - date.Date((d.Weekday()+6)%7)
		return start, start + 6
	case Monthly:
	case Quarterly:
		first, n = (m-1)/3*3+1, 3
	case HalfYearly:
		first, n = (m-1)/6*6+1, 6
	default:
		first, n = 1, 12
	}
	start := date.New(y, first, 1)
	last := first + time.Month(n) - 1
	return start, date.New(y, last, daysIn(int(last), y))
}

// occurrence resolves e in the period [start, end].
func (e Expr) occurrence(c *calendar.Calendar, ctx Context, start, end date.Date, explain bool) (Occurrence, error) {
	rs, err := newResolver(c, e, ctx, explain)
	if err != nil {
		return Occurrence{}, err
	}
	o := Occurrence{Start: start, End: end}
	r := e.Every
	period := periodName(r.Freq, start, end)
	if r.Day == 0 && r.Freq != Weekly {
		rs.r.Named = end
		if explain {
			rs.add(Step{Rule: RuleOccurrence, Basis: basisOccurrence, From: start, To: end,
				Note: capitalize(period) + ": văn bản không nêu ngày, hạn là ngày cuối cùng của kỳ, " + vnDay(end) + "."})
		}
		if err := rs.finish(end, false); err != nil {
			return o, err
		}
		o.Resolution = rs.done()
		return o, nil
	}
	var named date.Date
	switch {
	case r.Freq == Weekly:
		named = start + date.Date((int(r.Weekday)-int(start.Weekday())+7)%7)
	default:
		y, m := start.Year(), time.Month(r.Month)
		if r.Month == 0 {
			switch r.Anchor {
			case AnchorFirst:
				m = start.Month()
			case AnchorNext:
				y, m = end.Year(), end.Month()+1
				if m > 12 {
					y, m = y+1, 1
				}
			default:
				y, m = end.Year(), end.Month()
			}
			if explain && r.Anchor == AnchorUnstated && start.Month() != end.Month() {
				rs.add(Step{Rule: RuleMonthOfPeriod, Basis: basisMonthOf, From: start, To: end,
					Note: "Văn bản không nêu tháng trong kỳ: lấy tháng cuối của kỳ, tháng " + itoa(int(m)) + "/" + itoa(y) + "."})
			}
		} else if m < start.Month() {
			y++ // a yearly day before the period's start month: the next one
		}
		day := r.Day
		if n := daysIn(int(m), y); day > n {
			day = n
			if explain {
				rs.add(Step{Rule: RuleDayClamped, Basis: basisClamp, From: start, To: date.New(y, m, day),
					Note: "Tháng " + itoa(int(m)) + "/" + itoa(y) + " không có ngày " + itoa(r.Day) +
						": lấy ngày cuối tháng, " + vnDate(date.New(y, m, day)) + "."})
			}
		}
		named = date.New(y, m, day)
	}
	if explain {
		rs.add(Step{Rule: RuleOccurrence, Basis: basisOccurrence, From: start, To: end,
			Note: capitalize(period) + ": ngày được nêu là " + vnDay(named) + "."})
	}
	if err := rs.named(named, e.Bound, "ngày "+vnDate(named)); err != nil {
		return o, err
	}
	o.Resolution = rs.done()
	return o, nil
}

// periodName names a period in prose: "kỳ tháng 2/2026 (1/2/2026–28/2/2026)".
func periodName(f Frequency, start, end date.Date) string {
	y := start.Year()
	var s string
	switch {
	case f == Monthly && start.Day() == 1 && start.Month() == end.Month():
		s = "kỳ tháng " + itoa(int(start.Month())) + "/" + itoa(y)
	case f == Quarterly && start.Day() == 1 && end.Month()-start.Month() == 2:
		s = "kỳ quý " + romanQuarters[(start.Month()+2)/3] + "/" + itoa(y)
	case f == HalfYearly && start.Month() == 1 && end.Month() == 6:
		s = "kỳ 6 tháng đầu năm " + itoa(y)
	case f == HalfYearly && start.Month() == 7 && end.Month() == 12:
		s = "kỳ 6 tháng cuối năm " + itoa(y)
	case f == Yearly && start.Month() == 1 && end.Month() == 12:
		s = "kỳ năm " + itoa(y)
	case f == Weekly:
		s = "kỳ tuần"
	default:
		s = "kỳ"
	}
	return s + " (" + vnDate(start) + "–" + vnDate(end) + ")"
}
