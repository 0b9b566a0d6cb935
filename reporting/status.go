package reporting

import (
	"slices"
	"time"

	"github.com/vanban-go/vanban/calendar"
)

// Status is the state of an obligation as of an instant: the four-way split
// that public e-office dashboards and government reports on assigned tasks
// use (hoàn thành đúng hạn / quá hạn, chưa hoàn thành trong hạn / quá hạn),
// plus "sắp đến hạn" for reminders and "không có hạn" for a duty whose
// document names no deadline. The zero Status is none of them.
type Status uint8

// The statuses.
const (
	// NotDue is open with its deadline more than Options.DueSoon working
	// days away (chưa hoàn thành, trong hạn).
	NotDue Status = iota + 1
	// DueSoon is open with its deadline at most Options.DueSoon working
	// days away (chưa hoàn thành, sắp đến hạn).
	DueSoon
	// Overdue is open past its deadline (chưa hoàn thành, quá hạn).
	Overdue
	// OnTime is submitted before its deadline, early or on the due day
	// (hoàn thành đúng hạn).
	OnTime
	// Late is submitted after its deadline (hoàn thành quá hạn).
	Late
	// NoDeadline is open without a deadline (chưa hoàn thành, không có
	// hạn): the document requires the report and names no day
	// ([Due.NoDeadline]). It is never due, so never late; once sent, the
	// obligation is OnTime.
	NoDeadline
)

var statusTokens = []string{"not-due", "due-soon", "overdue", "on-time", "late", "no-deadline"}

var statusNames = []string{"chưa hoàn thành, trong hạn", "chưa hoàn thành, sắp đến hạn", "chưa hoàn thành, quá hạn", "hoàn thành đúng hạn", "hoàn thành quá hạn", "chưa hoàn thành, không có hạn"}

// String returns "not-due", "due-soon", "overdue", "on-time", "late" or
// "no-deadline"; any other value prints as "Status(n)".
func (s Status) String() string { return tokenOf("Status", statusTokens, uint8(s)) }

// Vietnamese returns the status as Vietnamese reports word it: "chưa hoàn
// thành, trong hạn", "chưa hoàn thành, sắp đến hạn", "chưa hoàn thành, quá
// hạn", "hoàn thành đúng hạn", "hoàn thành quá hạn", "chưa hoàn thành, không
// có hạn".
func (s Status) Vietnamese() string { return tokenOf("Status", statusNames, uint8(s)) }

// Open reports whether s is a status of an obligation not yet submitted:
// NotDue, DueSoon, Overdue or NoDeadline.
func (s Status) Open() bool { return s >= NotDue && s <= Overdue || s == NoDeadline }

// MarshalText returns the token of [Status.String]; it fails for a value that
// is none of the six.
func (s Status) MarshalText() ([]byte, error) {
	return marshalToken("status", statusTokens, uint8(s), 1)
}

// UnmarshalText reads a token of [Status.String].
func (s *Status) UnmarshalText(b []byte) error {
	v, err := parseToken("status", statusTokens, b, 1)
	if err != nil {
		return err
	}
	*s = Status(v)
	return nil
}

// Options configure [Evaluate].
type Options struct {
	// DueSoon is the number of working days before the due day from which
	// an open obligation is DueSoon: it is DueSoon when at most DueSoon
	// working days remain after the as-of day up to the due day. 0 flags
	// obligations on their due day only; a negative value never flags.
	DueSoon int `json:"dueSoon"`
}

// Item is the status of one obligation as of an instant.
type Item struct {
	Obligation Obligation `json:"obligation"`
	Status     Status     `json:"status"`
	// Submission is the submission that counts; zero if none.
	Submission Submission `json:"submission,omitzero"`
	// WorkdaysLeft is, for NotDue and DueSoon, the number of working days
	// after the as-of day up to the due day, both counted as
	// calendar.WorkdaysBetween does: 0 on the due day.
	WorkdaysLeft int `json:"workdaysLeft,omitempty"`
	// WorkdaysEarly is, for OnTime, the number of working days after the
	// day of submission up to the due day: 5 for a report received on
	// Friday 12/11/2021 and due Friday 19/11/2021; 0 on the due day, and
	// for a report without a deadline.
	WorkdaysEarly int `json:"workdaysEarly,omitempty"`
	// WorkdaysLate is, for Late, the number of working days after the due
	// day up to the day of submission, and for Overdue up to the as-of day:
	// the working days lost to the recipient. A report due on Friday and
	// received on Saturday is late by 0 working days; on Monday, by 1.
	WorkdaysLate int `json:"workdaysLate,omitempty"`
}

// Report is the status of a set of obligations as of an instant: one Item
// per obligation, in the order given, and the submissions that could not be
// counted.
type Report struct {
	AsOf    time.Time `json:"asOf"`
	Options Options   `json:"options"`
	Items   []Item    `json:"items"`
	// Irregular are the submissions received by AsOf that were not
	// counted: for no known obligation, from the wrong unit, or repeated.
	Irregular []Irregular `json:"irregular,omitempty"`
	// Later is the number of submissions received after AsOf: not yet
	// received as of AsOf, so not considered.
	Later int `json:"later,omitempty"`
}

// Evaluate returns the status of each obligation as of the instant asOf,
// given the submissions received.
//
// A submission counts for the obligation whose ID it names, if it was
// received at or before asOf and sent by the obligation's bearer (or names
// no unit); of several, the earliest counts. The others are reported in
// Report.Irregular — for no known obligation, from the wrong unit, or
// duplicate — and those received after asOf are counted in Report.Later.
//
// An obligation with a counted submission is OnTime if the submission was
// received strictly before [Due.Deadline] — at 23:59 on the due day, for a
// deadline of a whole day — and Late otherwise. An open obligation is
// Overdue once asOf reaches the deadline, DueSoon when at most
// opt.DueSoon working days remain, NotDue otherwise. Days are counted on
// cal with calendar.WorkdaysBetween, on the civil days in UTC+7 of the
// instants.
//
// An obligation without a deadline ([Due.NoDeadline]) is NoDeadline while
// open and OnTime once sent, whenever that is, with no days counted: it has
// no day to be late against.
//
// The error wraps [ErrInvalid] for a zero asOf, a submission without time,
// an obligation that does not validate or two obligations with one ID, and
// the calendar's error when a day is outside its range.
func Evaluate(cal *calendar.Calendar, obligations []Obligation, submissions []Submission, asOf time.Time, opt Options) (Report, error) {
	const op = "Evaluate"
	if asOf.IsZero() {
		return Report{}, invalid(op, "", "zero as-of instant")
	}
	asOf = asOf.In(ict)
	index := make(map[string]int, len(obligations))
	for i, o := range obligations {
		if err := o.Validate(); err != nil {
			return Report{}, err
		}
		if _, dup := index[o.ID]; dup {
			return Report{}, invalid(op, o.ID, "two obligations with this ID")
		}
		index[o.ID] = i
	}
	// The submission that counts for each obligation: the earliest valid
	// one, ties in input order.
	counted := make([]int, len(obligations))
	for i := range counted {
		counted[i] = -1
	}
	rep := Report{AsOf: asOf, Options: opt, Items: make([]Item, len(obligations))}
	order := make([]int, len(submissions))
	for i, s := range submissions {
		if s.At.IsZero() {
			return Report{}, invalid(op, s.ID, "submission without time for obligation "+s.Obligation)
		}
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return submissions[a].At.Compare(submissions[b].At) })
	for _, k := range order {
		s := submissions[k]
		s.At = s.At.In(ict)
		if s.At.After(asOf) {
			rep.Later++
			continue
		}
		i, ok := index[s.Obligation]
		switch {
		case !ok:
			rep.Irregular = append(rep.Irregular, Irregular{Submission: s, Reason: UnknownObligation})
		case s.Unit != "" && s.Unit != obligations[i].Bearer.ID:
			rep.Irregular = append(rep.Irregular, Irregular{Submission: s, Reason: WrongUnit})
		case counted[i] >= 0:
			c := submissions[counted[i]]
			c.At = c.At.In(ict)
			rep.Irregular = append(rep.Irregular, Irregular{Submission: s, Reason: Duplicate, Counted: c})
		default:
			counted[i] = k
		}
	}
	asOfDay := DayOf(asOf)
	for i, o := range obligations {
		it := Item{Obligation: o}
		deadline := o.Due.Deadline()
		var err error
		if k := counted[i]; k >= 0 {
			s := submissions[k]
			s.At = s.At.In(ict)
			it.Submission = s
			day := DayOf(s.At)
			if o.Due.NoDeadline {
				it.Status = OnTime
			} else if s.At.Before(deadline) {
				it.Status = OnTime
				if day < o.Due.Day {
					it.WorkdaysEarly, err = cal.WorkdaysBetween(day, o.Due.Day)
				}
			} else {
				it.Status = Late
				if day > o.Due.Day {
					it.WorkdaysLate, err = cal.WorkdaysBetween(o.Due.Day, day)
				}
			}
		} else if o.Due.NoDeadline {
			it.Status = NoDeadline
		} else if !asOf.Before(deadline) {
			it.Status = Overdue
			if asOfDay > o.Due.Day {
				it.WorkdaysLate, err = cal.WorkdaysBetween(o.Due.Day, asOfDay)
			}
		} else {
			if asOfDay < o.Due.Day {
				it.WorkdaysLeft, err = cal.WorkdaysBetween(asOfDay, o.Due.Day)
			}
			it.Status = NotDue
			if it.WorkdaysLeft <= opt.DueSoon {
				it.Status = DueSoon
			}
		}
		if err != nil {
			return Report{}, wrapCal(op, o.ID, err)
		}
		rep.Items[i] = it
	}
	return rep, nil
}
