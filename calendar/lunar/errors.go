package lunar

import (
	"errors"
	"strconv"
)

// Categories of [Error], for use with [errors.Is].
var (
	// ErrOutOfRange reports a date outside the supported range: solar days
	// 1900-01-31 to 2199-12-31, lunar years 1900–2199.
	ErrOutOfRange = errors.New("lunar: out of range")
	// ErrNoSuchDate reports a lunar date that does not exist: day 30 of a
	// 29-day month, a leap flag on a month that is not leap that year, a
	// month outside 1–12 or a day outside 1–30.
	ErrNoSuchDate = errors.New("lunar: no such date")
	// ErrSyntax reports text that [Date.UnmarshalText] cannot read.
	ErrSyntax = errors.New("lunar: syntax error")
)

// Error reports a date the package cannot convert or read.
type Error struct {
	Func   string // the function that failed: "FromSolar", "Solar", …
	Input  string // the offending input, as text
	Offset int    // for ErrSyntax, the byte offset in Input where reading failed
	Err    error  // the category: ErrOutOfRange, ErrNoSuchDate or ErrSyntax
}

// Error implements the error interface.
func (e *Error) Error() string {
	s := "lunar: " + e.Func + " " + strconv.Quote(e.Input) + ": "
	switch e.Err {
	case ErrOutOfRange:
		s += "out of range (solar 1900-01-31 to 2199-12-31, lunar years 1900–2199)"
	case ErrNoSuchDate:
		s += "no such lunar date"
	case ErrSyntax:
		s += "syntax error at offset " + strconv.Itoa(e.Offset)
	default:
		if e.Err != nil {
			s += e.Err.Error()
		}
	}
	return s
}

// Unwrap returns the category, so that errors.Is(err, ErrOutOfRange) works.
func (e *Error) Unwrap() error { return e.Err }

func itoa(i int) string { return strconv.Itoa(i) }
