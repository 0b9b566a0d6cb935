package directive

import (
	"errors"
	"strconv"
	"strings"
)

// The categories of errors, for use with errors.Is.
var (
	// ErrNotDocument is returned by Parse for a text that lacks the
	// components every document has: a heading or issuing body, and a số or
	// a place-and-date line.
	ErrNotDocument = errors.New("directive: not a document")
	// ErrSyntax is returned for a value that cannot be read: an unknown
	// signing authority or stamp.
	ErrSyntax = errors.New("directive: syntax error")
	// ErrResolve is returned by Document.Resolve for a document it cannot
	// resolve: no hierarchy, no date, an issuer not found.
	ErrResolve = errors.New("directive: cannot resolve")
)

// ParseError describes text that could not be read. It wraps one of the
// category errors ErrNotDocument or ErrSyntax.
type ParseError struct {
	// Input is the text given, cut to its first 200 bytes.
	Input string
	// Line is the 1-based line of the text the error concerns; 0 when it
	// concerns the whole text.
	Line int
	// Missing names the components that were looked for and not found
	// ("quốc hiệu", "số", "ngày tháng").
	Missing []string
	// Msg says what went wrong.
	Msg string
	// Err is the category: ErrNotDocument or ErrSyntax.
	Err error
}

// maxErrInput bounds the input an error carries.
const maxErrInput = 200

func newParseError(input string, line int, err error, msg string, missing ...string) *ParseError {
	if len(input) > maxErrInput {
		cut := maxErrInput
		for cut > 0 && input[cut]&0xC0 == 0x80 {
			cut--
		}
		input = input[:cut] + "…"
	}
	return &ParseError{Input: input, Line: line, Missing: missing, Msg: msg, Err: err}
}

// Error returns the message with the package prefix, the line and what was
// missing.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("directive: ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "directive: "))
	}
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	if len(e.Missing) > 0 {
		b.WriteString(": no ")
		b.WriteString(strings.Join(e.Missing, ", no "))
	}
	if e.Input != "" && e.Line == 0 && len(e.Input) <= 60 {
		b.WriteString(": ")
		b.WriteString(strconv.Quote(e.Input))
	}
	return b.String()
}

// Unwrap returns the category error.
func (e *ParseError) Unwrap() error { return e.Err }

// ResolveError describes a document that Document.Resolve cannot resolve.
// It wraps ErrResolve and, when there is one, the error of package unit
// behind it.
type ResolveError struct {
	// Input is the value concerned: the document's số and ký hiệu, its
	// issuing body, an issuer ID.
	Input string
	// Msg says what went wrong.
	Msg string
	// Cause is the underlying error, or nil.
	Cause error
}

func resolveError(input, msg string, cause error) *ResolveError {
	return &ResolveError{Input: input, Msg: msg, Cause: cause}
}

// Error returns the message with the package prefix and the input.
func (e *ResolveError) Error() string {
	s := "directive: cannot resolve"
	if e.Input != "" {
		s += " " + strconv.Quote(e.Input)
	}
	s += ": " + e.Msg
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Unwrap returns ErrResolve and the cause.
func (e *ResolveError) Unwrap() []error {
	if e.Cause == nil {
		return []error{ErrResolve}
	}
	return []error{ErrResolve, e.Cause}
}
