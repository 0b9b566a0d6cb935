package deadline

import (
	"errors"
	"strconv"
)

// Categories of error, for use with [errors.Is].
var (
	// ErrNotDeadline: the text is not a deadline phrase ("ngày 20/4/2021"
	// alone is a date, not a deadline).
	ErrNotDeadline = errors.New("deadline: not a deadline")
	// ErrSyntax: the text starts like a deadline phrase but does not read
	// as one, or goes on after it; or a token of a text form is unknown.
	ErrSyntax = errors.New("deadline: syntax error")
	// ErrDate: a day or month that does not exist ("trước ngày 31/4/2021",
	// "tháng 13").
	ErrDate = errors.New("deadline: no such date")
	// ErrInvalid: an expression, policy or argument that makes no sense,
	// such as an [Expr] built by hand with a Kind of zero.
	ErrInvalid = errors.New("deadline: invalid expression")
	// ErrNeedsDate: the expression takes its year, month or start from the
	// document's date, and [Context].Date is zero.
	ErrNeedsDate = errors.New("deadline: unresolved: needs the document date")
	// ErrNeedsEvent: the period counts from an event the context does not
	// supply ("kể từ ngày nhận được văn bản" with [Context].Event zero).
	ErrNeedsEvent = errors.New("deadline: unresolved: needs event date")
	// ErrNeedsPeriod: the frequency is the report regime's ("tháng cuối
	// kỳ báo cáo"); resolve it per period with [Expr.ResolvePeriod].
	ErrNeedsPeriod = errors.New("deadline: unresolved: needs the report period")
	// ErrOutOfRange: a day outside the calendar's range; the error also
	// wraps the calendar's error (calendar.ErrOutOfRange).
	ErrOutOfRange = errors.New("deadline: date out of range")
	// ErrNoOccurrence: a one-off deadline has no occurrence on or after the
	// day asked.
	ErrNoOccurrence = errors.New("deadline: no occurrence")
)

// ParseError reports text that is not a deadline phrase, or a token of a
// text form ([Policy.UnmarshalText] …) that is unknown. Its Err is one of
// [ErrNotDeadline], [ErrSyntax], [ErrDate] or [ErrInvalid].
type ParseError struct {
	Input  string // the input as given
	Offset int    // byte offset in Input where reading failed
	Msg    string // what is wrong; may be empty
	Err    error  // the category
}

// Error returns a message with the package prefix, naming the input and the
// offset.
func (e *ParseError) Error() string {
	s := "deadline: " + "error"
	if e.Err != nil {
		s = e.Err.Error()
	}
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	in := e.Input
	if len(in) > 80 {
		cut := 77
		for cut > 0 && in[cut]&0xC0 == 0x80 {
			cut--
		}
		in = in[:cut] + "..."
	}
	return s + " in " + strconv.Quote(in) + " at offset " + strconv.Itoa(e.Offset)
}

// Unwrap returns the category.
func (e *ParseError) Unwrap() error { return e.Err }

// ResolveError reports an expression that could not be resolved. Its Err is
// one of [ErrInvalid], [ErrNeedsDate], [ErrNeedsEvent], [ErrNeedsPeriod],
// [ErrOutOfRange] or [ErrNoOccurrence]; Cause, if not nil, is the error of
// the calendar behind it. errors.Is matches both.
type ResolveError struct {
	Expr  Expr   // the expression
	Msg   string // what is wrong; may be empty
	Err   error  // the category
	Cause error  // the underlying error, or nil
}

// Error returns a message with the package prefix, naming the expression.
func (e *ResolveError) Error() string {
	s := "deadline: error"
	if e.Err != nil {
		s = e.Err.Error()
	}
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	if e.Expr.Kind != 0 {
		s += ": " + strconv.Quote(e.Expr.String())
	}
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Unwrap returns the category and the cause.
func (e *ResolveError) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Err}
	}
	return []error{e.Err, e.Cause}
}
