package calendar

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
)

// ParseDate reads a civil date in the ISO 8601 form that date.Date writes
// (its MarshalText): YYYY-MM-DD, with a sign and more digits for a year
// outside 0000–9999 ("+12345-06-07", "-0987-06-05"). Unlike date.Date's
// own UnmarshalText, which accepts many layouts and silently moves an
// impossible day to the next month ("2028-02-31" becomes 2 March), it
// rejects a day that does not exist: 31 February, 31 April, 29 February of
// a common year, month 13. It is the check behind every date this package
// reads from JSON ([DayInfo], [Deadline]); other packages that store
// date.Date values can use it for theirs.
//
// The error is an [*Error] wrapping [ErrSyntax] whose Input is s and
// Offset the byte where reading failed, e.g. "calendar: ParseDate
// "2028-02-31": offset 8: no day 31 in February 2028: syntax error".
func ParseDate(s string) (date.Date, error) {
	d, off, msg := parseDate(s)
	if msg != "" {
		return 0, &Error{Op: "ParseDate", Input: s, Offset: off, Detail: msg, Err: ErrSyntax}
	}
	return d, nil
}

// parseDate reads what ParseDate reads; on failure it returns the offset
// and what is wrong.
func parseDate(s string) (d date.Date, off int, msg string) {
	if s == "" {
		return 0, 0, "empty date"
	}
	i, neg := 0, false
	if s[0] == '+' || s[0] == '-' {
		i, neg = 1, s[0] == '-'
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	switch n := j - i; {
	case n < 4:
		return 0, i, "want a year of four digits"
	case n > 4 && i == 0:
		return 0, i, "a year of more than four digits needs a sign"
	case n > 9:
		return 0, i, "year too large"
	}
	y, _ := strconv.Atoi(s[i:j])
	if neg {
		y = -y
	}
	two := func(k int) (int, bool) {
		if k+2 > len(s) || s[k] < '0' || s[k] > '9' || s[k+1] < '0' || s[k+1] > '9' {
			return 0, false
		}
		return int(s[k]-'0')*10 + int(s[k+1]-'0'), true
	}
	if j >= len(s) || s[j] != '-' {
		return 0, j, "want '-' after the year"
	}
	m, ok := two(j + 1)
	if !ok {
		return 0, j + 1, "want a month of two digits"
	}
	if m < 1 || m > 12 {
		return 0, j + 1, "no month " + strconv.Itoa(m)
	}
	if j+3 >= len(s) || s[j+3] != '-' {
		return 0, j + 3, "want '-' after the month"
	}
	day, ok := two(j + 4)
	if !ok {
		return 0, j + 4, "want a day of two digits"
	}
	if j+6 != len(s) {
		return 0, j + 6, "text after the date"
	}
	d = date.New(y, time.Month(m), day)
	if day < 1 || d.Day() != day {
		// date.New normalises: 2028-02-31 is 2 March.
		return 0, j + 4, "no day " + strconv.Itoa(day) + " in " + time.Month(m).String() + " " + strconv.Itoa(y)
	}
	return d, 0, ""
}

// UnmarshalJSON decodes the JSON form of a DayInfo — the days of
// [Calendar.JSON], or a schedule for [WithSchedule] — and checks its date
// with [ParseDate]: an impossible day such as "2028-02-31" is an [*Error]
// wrapping [ErrSyntax] whose Input is the date as written, Offset the byte
// in it where reading failed, and Detail names the field, rather than a
// day of March. A kind or confidence that is not a token of [Kind.String]
// or [Confidence.String] is the error of their UnmarshalText. Fields the
// JSON does not give keep their values; a null date leaves the date as it
// was.
func (d *DayInfo) UnmarshalJSON(b []byte) error {
	type plain DayInfo
	w := struct {
		plain
		Date *string `json:"date"` // shadows plain.Date
	}{plain: plain(*d)}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if w.Date != nil {
		v, err := jsonDate("DayInfo.UnmarshalJSON", "date", *w.Date)
		if err != nil {
			return err
		}
		w.plain.Date = v
	}
	*d = DayInfo(w.plain)
	return nil
}

// UnmarshalJSON decodes the JSON form of a Deadline, checking its dates
// (start, last, due and the date of lastDay) with [ParseDate]: an
// impossible day is an [*Error] wrapping [ErrSyntax] whose Input is the
// date as written and whose Detail names the field.
func (dl *Deadline) UnmarshalJSON(b []byte) error {
	type plain Deadline
	w := struct {
		plain
		Start *string `json:"start"`
		Last  *string `json:"last"`
		Due   *string `json:"due"`
	}{plain: plain(*dl)}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	for _, f := range [...]struct {
		name string
		text *string
		dst  *date.Date
	}{{"start", w.Start, &w.plain.Start}, {"last", w.Last, &w.plain.Last}, {"due", w.Due, &w.plain.Due}} {
		if f.text == nil {
			continue
		}
		v, err := jsonDate("Deadline.UnmarshalJSON", f.name, *f.text)
		if err != nil {
			return err
		}
		*f.dst = v
	}
	*dl = Deadline(w.plain)
	return nil
}

// jsonDate reads the date of JSON field field for the method op.
func jsonDate(op, field, s string) (date.Date, error) {
	v, off, msg := parseDate(s)
	if msg != "" {
		return 0, &Error{Op: op, Input: s, Offset: off, Detail: "field " + strconv.Quote(field) + ": " + msg, Err: ErrSyntax}
	}
	return v, nil
}
