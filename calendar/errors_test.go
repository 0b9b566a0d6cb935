package calendar

import (
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
)

// errOf returns the error of a call that also returns a value.
func errOf[T any](_ T, err error) error { return err }

// TestZeroDateErrors: an error about the zero date (an unset date.Date)
// names it readably; an error about a year, or about no date, names none.
func TestZeroDateErrors(t *testing.T) {
	c := Default()
	const zero = " 0001-01-01 (zero date)"
	const outOfRange = ": out of range 2000-01-01 to 2199-12-31"
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"AddWorkdays", errOf(c.AddWorkdays(0, 3)), "calendar: AddWorkdays" + zero + outOfRange},
		{"WorkdaysBetween", errOf(c.WorkdaysBetween(ymd(2026, 1, 5), 0)), "calendar: WorkdaysBetween" + zero + outOfRange},
		{"WorkdayOnOrAfter", errOf(c.WorkdayOnOrAfter(0)), "calendar: WorkdayOnOrAfter" + zero + outOfRange},
		{"WorkdayOnOrBefore", errOf(c.WorkdayOnOrBefore(0)), "calendar: WorkdayOnOrBefore" + zero + outOfRange},
		{"Deadline", errOf(c.Deadline(0, Period{10, Days})), "calendar: Deadline" + zero + ": period 10 ngày" + outOfRange},
		{"WithWorkday", errOf(New(WithWorkday(0, "x", "y"))), "calendar: WithWorkday" + zero + outOfRange},
		{"WithSchedule", errOf(New(WithSchedule(DayInfo{Kind: Holiday, Name: "x"}))), "calendar: WithSchedule" + zero + outOfRange},
		// What another package builds for a day it could not look up
		// (directive/deadline, examples/workdays).
		{"Day", &Error{Op: "Day", Date: date.Date(0), Err: ErrOutOfRange}, "calendar: Day" + zero + outOfRange},
		// Errors about a year, or about no date.
		{"Schedule", errOf(c.Schedule(2300)), "calendar: Schedule: year 2300" + outOfRange},
		{"JSON", errOf(c.JSON(1999)), "calendar: Schedule: year 1999" + outOfRange},
		{"Kind.MarshalText", errOf(Kind(9).MarshalText()), "calendar: Kind.MarshalText: Kind(9): invalid"},
		{"unnamed day off", errOf(New(WithDayOff(0, "", "y"))), "calendar: WithDayOff: no name: invalid"},
	}
	for _, tt := range tests {
		if tt.err == nil || tt.err.Error() != tt.want {
			t.Errorf("%s: %v, want %q", tt.name, tt.err, tt.want)
		}
	}
	if msg := (&Error{Op: "AddWorkdays", Date: ymd(2026, 1, 5), Err: ErrOutOfRange}).Error(); strings.Contains(msg, "zero") {
		t.Errorf("a real date printed as zero: %q", msg)
	}
}
