package reporting

import (
	"time"

	"github.com/rickb777/date/v2"
)

// ict is Vietnam's fixed zone, UTC+7, in which every instant of this package
// is given. It is never modified.
var ict = time.FixedZone("ICT", 7*3600)

// EndOfDay returns the instant at which day d ends in Vietnam: 24:00 of d
// in UTC+7 (Bộ luật Dân sự 2015 Điều 148 khoản 6), which is written as 00:00
// of the next day. The instant itself belongs to the next day: whatever
// happens before it, even at 23:59:59 on d, happens on d. It returns the
// zero time for the zero date.
func EndOfDay(d date.Date) time.Time {
	if d == 0 {
		return time.Time{}
	}
	return (d + 1).MidnightIn(ict)
}

// DayOf returns the civil day of the instant t in Vietnam (UTC+7).
func DayOf(t time.Time) date.Date { return date.NewAt(t.In(ict)) }

// Due is when an obligation falls due: a day, the instant the period ends,
// whether that may still change, and why.
//
// A report submitted strictly before [Due.Deadline] is on time; one
// submitted at or after it is late. For a deadline of a whole day,
// Deadline is 24:00 of Day: a report received at 23:59 on the due day is on
// time (Bộ luật Dân sự 2015 Điều 148 khoản 6).
//
// A duty without a deadline — a document that requires a report and names
// no day for it, as Công văn 2541/VPCP-QHQT asks Bộ Công Thương to "báo cáo
// Thủ tướng Chính phủ" — has NoDeadline set and Day and End zero: it cannot
// be late, and [Evaluate] gives it the status [NoDeadline] while it is open.
// The zero Due is unset: [Obligation.Validate] rejects it.
type Due struct {
	// Day is the due day: the last day of the period. Zero when NoDeadline
	// is set.
	Day date.Date `json:"day,omitzero"`
	// End is the first instant that is late, in UTC+7. The zero End means
	// 24:00 of Day (see [EndOfDay]); a deadline with a time of day ("trước
	// 16 giờ") sets it.
	End time.Time `json:"end,omitzero"`
	// NoDeadline is true for a duty without a deadline: the document
	// requires the report and names no day. Day and End are then zero.
	NoDeadline bool `json:"noDeadline,omitempty"`
	// Provisional is true when the due day depends on a year whose schedule
	// of days off has not been announced: it may change when it is.
	Provisional bool `json:"provisional,omitempty"`
	// Explanation says how the due day was found, or that the document
	// names none.
	Explanation Explanation `json:"explanation,omitzero"`
}

// IsZero reports whether d is unset: no due day, and not a duty without a
// deadline either.
func (d Due) IsZero() bool { return d.Day == 0 && !d.NoDeadline }

// Deadline returns the first instant that is late: End if set, else 24:00
// of Day in UTC+7; the zero time for a Due without a due day.
func (d Due) Deadline() time.Time {
	if !d.End.IsZero() {
		return d.End.In(ict)
	}
	return EndOfDay(d.Day)
}

// Explanation says how a due day was found: a one-line summary, the steps
// in order with the law article or policy behind each, and the policy.
//
// Policy is, for a deadline "trước ngày X", the reading that decided its
// last day: a token of deadline.Policy ("strict", "inclusive",
// "strict-backward"), the one vocabulary of the library for that question.
// For any other deadline it is "inclusive": its words include the day they
// name ("chậm nhất vào ngày 25", "trong ngày thứ Tư"), or it is a period
// whose last day counts. It is empty for a Due built by hand.
type Explanation struct {
	Text   string   `json:"text,omitempty"`
	Steps  []string `json:"steps,omitempty"`
	Policy string   `json:"policy,omitempty"`
}

// IsZero reports whether e says nothing.
func (e Explanation) IsZero() bool { return e.Text == "" && len(e.Steps) == 0 && e.Policy == "" }
