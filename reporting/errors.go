package reporting

import (
	"errors"
	"strconv"
)

// Categories of error, for use with [errors.Is]. Errors of the calendar
// (such as calendar.ErrOutOfRange for a day outside its range) are wrapped
// too, so errors.Is finds them as well.
var (
	// ErrInvalid reports a value that makes no sense: an unknown frequency,
	// a period that does not exist, a regime without levels, an obligation
	// without an ID or a due day, two obligations with one ID.
	ErrInvalid = errors.New("reporting: invalid argument")
	// ErrSyntax reports malformed text given to a parser, to UnmarshalText
	// or to UnmarshalJSON, an impossible day included.
	ErrSyntax = errors.New("reporting: syntax error")
)

// Error is the error of an operation on one input. Err is one of the
// categories above; Cause, if not nil, is the underlying error (typically
// from package calendar).
type Error struct {
	Op     string // the function or method, e.g. "Regime.Occurrence"
	Input  string // the input at fault: a period, an obligation ID or requirement ("491/UBND-KGVX#1"), a date
	Detail string // what is wrong; may be empty
	Err    error  // the category
	Cause  error  // the underlying error; may be nil
}

// Error returns the message: the package prefix, the operation, the quoted
// input and what is wrong.
func (e *Error) Error() string {
	s := "reporting: " + e.Op
	if e.Input != "" {
		s += " " + strconv.Quote(e.Input)
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	} else if e.Err == ErrInvalid {
		s += ": invalid"
	}
	return s
}

// Unwrap returns the category and, if there is one, the cause.
func (e *Error) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Err, e.Cause}
	}
	return []error{e.Err}
}

// ParseError reports malformed text: a period ("2026-Q5"), a token of an
// enumeration, or a day of a stored value that does not exist
// ("2021-02-30" as a due day). It wraps [ErrSyntax].
type ParseError struct {
	What  string // what was being read, e.g. "period"
	Input string // the whole input
	Pos   int    // byte offset of the fault in Input
	Msg   string // what is wrong
}

// Error returns the message: the package prefix, what was being read, the
// quoted input, the byte offset of the fault and what is wrong.
func (e *ParseError) Error() string {
	return "reporting: bad " + e.What + " " + strconv.Quote(e.Input) + " at offset " + strconv.Itoa(e.Pos) + ": " + e.Msg
}

// Unwrap returns [ErrSyntax].
func (e *ParseError) Unwrap() error { return ErrSyntax }

func invalid(op, input, detail string) error {
	return &Error{Op: op, Input: input, Detail: detail, Err: ErrInvalid}
}

// wrapCal wraps an error of the calendar under the category ErrInvalid.
func wrapCal(op, input string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Input: input, Err: ErrInvalid, Cause: err}
}
