package holidaydata

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

// Row is one row of a schedule table.
type Row struct {
	Line       int       // 1-based line number in the input
	Date       date.Date // the day
	Kind       string    // the kind token as written, e.g. "holiday"
	Name       string    // the Vietnamese name of the day
	Source     string    // the legal basis and announcing documents; may be empty
	Confidence string    // the confidence token as written; empty if the column is absent
}

// Columns of a row, 1-based as reported in a [SyntaxError].
const (
	ColDate = iota + 1
	ColKind
	ColName
	ColSource
	ColConfidence
)

// SyntaxError reports a malformed row.
type SyntaxError struct {
	Line   int    // 1-based line number
	Column int    // 1-based column (one of the Col constants); 0 for the whole line
	Value  string // the offending field, or the line when Column is 0
	Msg    string // what is wrong
}

// Error returns the message: the package prefix, the line (and column), what
// is wrong and the offending value, quoted.
func (e *SyntaxError) Error() string {
	if e.Column == 0 {
		return "holidaydata: line " + strconv.Itoa(e.Line) + ": " + e.Msg + ": " + strconv.Quote(e.Value)
	}
	return "holidaydata: line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Msg + ": " + strconv.Quote(e.Value)
}

// maxLine bounds the length of a line, so that a corrupt input does not
// travel into names and iCalendar output unbounded.
const maxLine = 4096

// Parse reads a schedule table (see the package documentation). It checks
// the shape of every row: four or five fields, a valid YYYY-MM-DD date, a
// non-empty kind and name, valid UTF-8 and no control characters. It does not
// check the kind and confidence tokens against a list: that is the reader's
// business. The first error stops the parse.
func Parse(data []byte) ([]Row, error) {
	var rows []Row
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			l, data = data, nil
		}
		l = bytes.TrimSuffix(l, []byte{'\r'})
		if len(bytes.TrimSpace(l)) == 0 || l[0] == '#' {
			continue
		}
		if len(l) > maxLine {
			// The first 64 bytes, without a rune cut in two.
			return nil, &SyntaxError{Line: line, Value: strings.ToValidUTF8(string(l[:64]), "") + "…", Msg: "line longer than " + strconv.Itoa(maxLine) + " bytes"}
		}
		if !utf8.Valid(l) {
			return nil, &SyntaxError{Line: line, Value: strings.ToValidUTF8(string(l), "\uFFFD"), Msg: "invalid UTF-8"}
		}
		fields := strings.Split(string(l), "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(rows) == 0 && fields[0] == "date" {
			continue // the header
		}
		if len(fields) < 4 || len(fields) > 5 {
			return nil, &SyntaxError{Line: line, Value: string(l), Msg: "want 4 or 5 tab-separated fields, have " + strconv.Itoa(len(fields))}
		}
		for i, f := range fields {
			if strings.ContainsFunc(f, isControl) {
				return nil, &SyntaxError{Line: line, Column: i + 1, Value: f, Msg: "control character"}
			}
		}
		d, ok := parseDate(fields[0])
		if !ok {
			return nil, &SyntaxError{Line: line, Column: ColDate, Value: fields[0], Msg: "want a date YYYY-MM-DD"}
		}
		if fields[1] == "" {
			return nil, &SyntaxError{Line: line, Column: ColKind, Value: fields[1], Msg: "empty kind"}
		}
		if fields[2] == "" {
			return nil, &SyntaxError{Line: line, Column: ColName, Value: fields[2], Msg: "empty name"}
		}
		r := Row{Line: line, Date: d, Kind: fields[1], Name: fields[2], Source: fields[3]}
		if len(fields) == 5 {
			r.Confidence = fields[4]
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// parseDate reads exactly YYYY-MM-DD, rejecting days that do not exist.
func parseDate(s string) (date.Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	v := date.New(y, time.Month(m), d)
	if v.Day() != d {
		return 0, false // 2021-02-30 normalises to March
	}
	return v, true
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
