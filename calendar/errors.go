package calendar

import (
	"errors"
	"strconv"

	"github.com/rickb777/date/v2"
)

// Categories of error, for use with [errors.Is].
var (
	// ErrOutOfRange reports a date, or a result, outside MinDate–MaxDate.
	ErrOutOfRange = errors.New("calendar: date out of range")
	// ErrInvalid reports an argument or option that makes no sense: an
	// unknown Kind, a negative period, two entries for one day, a week
	// without a working day.
	ErrInvalid = errors.New("calendar: invalid argument")
	// ErrSyntax reports malformed schedule data, or text that an
	// UnmarshalText method cannot read (an unknown token, a malformed
	// period).
	ErrSyntax = errors.New("calendar: syntax error")
)

// Error is the error of an operation on one input. Err is one of the
// categories above.
//
// An out-of-range error about the zero date (unset, day 0001-01-01 of
// date.Date) prints it as "0001-01-01 (zero date)"; only the errors about a
// year (Op "Schedule", whose errors [Calendar.JSON] and [Calendar.ICalendar]
// return too, and "New") have none.
type Error struct {
	Op     string    // the function or option, e.g. "AddWorkdays"
	Date   date.Date // the date at fault; zero if none, or if it is the zero date
	Input  string    // for the UnmarshalText methods, the text that could not be read
	Offset int       // for ErrSyntax, the byte offset in Input where reading failed
	Detail string    // what else there is to say; may be empty
	Err    error     // the category
}

// Error returns the message: the package prefix, the operation, the date
// or the text at fault, the detail, and the category, e.g. "calendar:
// AddWorkdays 2199-12-31: n = 5: out of range 2000-01-01 to 2199-12-31" or
// "calendar: Period.UnmarshalText "15 fortnights": offset 3: unknown unit:
// syntax error".
func (e *Error) Error() string {
	s := "calendar: " + e.Op
	switch {
	case e.Date != 0:
		s += " " + e.Date.String()
	case e.Err == ErrOutOfRange && e.Op != "Schedule" && e.Op != "New":
		s += " " + e.Date.String() + " (zero date)"
	}
	if e.Input != "" || e.Err == ErrSyntax {
		s += " " + strconv.Quote(e.Input)
		if e.Offset > 0 {
			s += ": offset " + strconv.Itoa(e.Offset)
		}
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	switch e.Err {
	case ErrOutOfRange:
		s += ": out of range " + MinDate.String() + " to " + MaxDate.String()
	case ErrInvalid:
		s += ": invalid"
	case ErrSyntax:
		s += ": syntax error"
	}
	return s
}

// Unwrap returns the category.
func (e *Error) Unwrap() error { return e.Err }

// ParseError reports a malformed line of schedule data given to
// [ParseSchedule]. It wraps [ErrSyntax].
type ParseError struct {
	Line   int    // 1-based line number
	Column int    // 1-based tab-separated column; 0 for the whole line
	Value  string // the offending field, or the line
	Msg    string // what is wrong
}

// Error returns the message: the package prefix, the line and column, what
// is wrong and the offending value, quoted.
func (e *ParseError) Error() string {
	s := "calendar: schedule line " + strconv.Itoa(e.Line)
	if e.Column > 0 {
		s += ", column " + strconv.Itoa(e.Column)
	}
	return s + ": " + e.Msg + ": " + strconv.Quote(e.Value)
}

// Unwrap returns [ErrSyntax].
func (e *ParseError) Unwrap() error { return ErrSyntax }
