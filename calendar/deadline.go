package calendar

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Deadline is the end of a period counted from an event, and how it was
// found. It encodes as JSON with camelCase keys (start, period, last, due,
// moved, lastDay, provisional), the period in its text form ("10 days");
// decoding rejects a day that does not exist ([Deadline.UnmarshalJSON]).
type Deadline struct {
	// Start is the day of the event. It is not counted: the period starts
	// the next day (Bộ luật Dân sự 2015 Điều 147 khoản 2 and 3).
	Start date.Date `json:"start"`
	// Period is the period counted.
	Period Period `json:"period"`
	// Last is the last day of the period by Điều 148 khoản 1–4: Start plus N
	// days or N weeks; the corresponding day of the last month or year, or
	// the last day of that month when it has no such day (31/1 plus one
	// month is 28/2 or 29/2; 29/2 plus one year is 28/2); for working days,
	// the N-th working day after Start.
	Last date.Date `json:"last"`
	// Due is the day the period ends, at 24:00 (Điều 148 khoản 6): Last if
	// it is a working day, else the next working day (Điều 148 khoản 5:
	// a last day that is a weekly rest day or holiday moves on; the
	// calendar's compensatory and swapped days off move it too).
	Due date.Date `json:"due"`
	// Moved is true when Due is after Last; LastDay then says why.
	Moved bool `json:"moved"`
	// LastDay is the calendar's description of Last.
	LastDay DayInfo `json:"lastDay"`
	// Provisional is true if a day from Start to Due falls in a year that
	// has a provisional day (one whose schedule has not been announced, or
	// not wholly): the answer may change.
	Provisional bool `json:"provisional"`
}

// Deadline returns the end of the period p counted from the event day
// start, by the rules of Bộ luật Dân sự 2015 Điều 144–148, which also govern
// the periods of administrative procedures unless their own law provides
// otherwise (Điều 145 khoản 1). p.N may be zero (Due is then start, moved to
// a working day) but not negative: count back with [Calendar.AddWorkdays].
//
// The error wraps [ErrInvalid] for a negative N or an unknown unit, and
// [ErrOutOfRange] if start or the result is outside MinDate–MaxDate.
func (c *Calendar) Deadline(start date.Date, p Period) (Deadline, error) {
	dl := Deadline{Start: start, Period: p}
	if p.N < 0 {
		return dl, &Error{Op: "Deadline", Date: start, Detail: "period " + p.String(), Err: ErrInvalid}
	}
	if start < MinDate || start > MaxDate || p.N > numDays {
		return dl, &Error{Op: "Deadline", Date: start, Detail: "period " + p.String(), Err: ErrOutOfRange}
	}
	switch p.Unit {
	case Days:
		dl.Last = start + date.Date(p.N)
	case Weeks:
		dl.Last = start + date.Date(7*p.N)
	case Months:
		dl.Last = addMonths(start, p.N)
	case Years:
		dl.Last = addMonths(start, 12*p.N)
	case WorkingDays:
		last, err := c.AddWorkdays(start, p.N)
		if err != nil {
			return dl, &Error{Op: "Deadline", Date: start, Detail: "period " + p.String(), Err: ErrOutOfRange}
		}
		dl.Last = last
	default:
		return dl, &Error{Op: "Deadline", Date: start, Detail: "period " + p.String(), Err: ErrInvalid}
	}
	if dl.Last > MaxDate {
		return dl, &Error{Op: "Deadline", Date: start, Detail: "period " + p.String(), Err: ErrOutOfRange}
	}
	due, err := c.WorkdayOnOrAfter(dl.Last)
	if err != nil {
		return dl, &Error{Op: "Deadline", Date: start, Detail: "period " + p.String(), Err: ErrOutOfRange}
	}
	dl.Due, dl.Moved, dl.LastDay = due, due != dl.Last, c.Day(dl.Last)
	dl.Provisional = c.provisionalYears(start.Year(), due.Year()) > 0
	return dl, nil
}

// addMonths returns the day n months after d, or the last day of that
// month when it is shorter (Điều 148 khoản 3).
func addMonths(d date.Date, n int) date.Date {
	y, m, day := d.Date()
	first := date.New(y, m+time.Month(n), 1)
	last := first.LastDayOfMonth()
	return first + date.Date(min(day, last)-1)
}
