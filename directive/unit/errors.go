package unit

import (
	"errors"
	"strconv"
	"strings"
)

// Categories of [Error], for use with [errors.Is].
var (
	// ErrInvalid reports a unit or group that cannot stand as given: an
	// empty ID or name, an unknown kind, an end date not after its start, a
	// zero date where one is required.
	ErrInvalid = errors.New("unit: invalid")
	// ErrDuplicate reports two units with the same ID.
	ErrDuplicate = errors.New("unit: duplicate ID")
	// ErrUnknownUnit reports an ID that names no unit of the hierarchy: a
	// parent, successor or group member in the data, or an argument.
	ErrUnknownUnit = errors.New("unit: unknown unit")
	// ErrCycle reports a unit that is its own ancestor or its own successor.
	ErrCycle = errors.New("unit: cycle")
	// ErrSyntax reports JSON that [DecodeJSON] cannot read.
	ErrSyntax = errors.New("unit: syntax error")
	// ErrNotExist reports a unit asked about on a day before it existed.
	ErrNotExist = errors.New("unit: did not exist on that day")
	// ErrNoSuccessor reports a unit that had ceased to exist on the day asked
	// about and whose successor links lead to no unit existing that day.
	ErrNoSuccessor = errors.New("unit: no successor")
)

// Error reports a problem with a hierarchy's data or with a question put to
// it.
type Error struct {
	Op     string // the function that failed: "New", "DecodeJSON", "Successors", "Resolve", …
	Unit   string // the ID of the unit concerned, if any
	Input  string // the offending value: a parent ID, a kind name, a date
	Offset int    // for ErrSyntax, the byte offset in the JSON where reading failed
	Detail string // what exactly is wrong, in words
	Err    error  // the category: one of the Err… values of this package
}

// Error implements the error interface.
func (e *Error) Error() string {
	s := "unit: " + e.Op
	if e.Unit != "" {
		s += ": unit " + strconv.Quote(e.Unit)
	}
	if e.Input != "" {
		s += ": " + strconv.Quote(e.Input)
	}
	if e.Err == ErrSyntax {
		s += ": syntax error at offset " + strconv.Itoa(e.Offset)
	} else if e.Err != nil {
		s += ": " + strings.TrimPrefix(e.Err.Error(), "unit: ")
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the category, so that errors.Is(err, ErrCycle) works.
func (e *Error) Unwrap() error { return e.Err }
