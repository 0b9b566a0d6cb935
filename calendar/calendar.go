package calendar

//go:generate go run gen.go

import (
	"sort"
	"strconv"
	"sync"

	"github.com/rickb777/date/v2"
)

// The supported range: every day from 2000-01-01 to 2199-12-31.
const (
	// MinDate is 2000-01-01, the first supported day.
	MinDate = date.Date(1999*365 + 1999/4 - 1999/100 + 1999/400)
	// MaxDate is 2199-12-31, the last supported day.
	MaxDate = date.Date(2199*365+2199/4-2199/100+2199/400) - 1
	// MinYear and MaxYear are the years of MinDate and MaxDate.
	MinYear, MaxYear = 2000, 2199

	numDays  = int(MaxDate-MinDate) + 1
	numYears = MaxYear - MinYear + 1
)

// jan1 returns 1 January of year y; date.Date counts days from 0001-01-01.
func jan1(y int) date.Date {
	y--
	return date.Date(365*y + y/4 - y/100 + y/400)
}

// Calendar is a working-day calendar: for every day of the supported range,
// whether it is a working day and why. A Calendar is immutable and safe for
// concurrent use; build one with [Default] or [New].
//
// Its queries are O(1) and do not allocate: the calendar holds a table of
// the kind of every day and, for counting, the number of working days before
// each day and the list of working days. The zero Calendar knows no day: to
// it every date is out of range. A nil *Calendar answers the same, so a
// calendar that was never set fails with [ErrOutOfRange] and does not panic.
type Calendar struct {
	info    []uint16 // per day from MinDate: index into recs
	recs    []rec
	cum     []int32 // cum[i]: the working days among the first i days; numDays+1 long
	work    []int32 // the day indices of the working days, ascending
	special []int32 // the day indices listed by Schedule, ascending
	provCum [numYears + 1]int16
}

// rec is the description shared by the days of one kind, name and basis.
type rec struct {
	name, basis string
	kind        Kind
	conf        Confidence
	prov        bool
}

var defaultCalendar = sync.OnceValue(func() *Calendar {
	c, err := New()
	if err != nil {
		// The built-in data is checked by the tests; this cannot happen.
		panic("calendar: building the default calendar: " + err.Error())
	}
	return c
})

// Default returns the calendar of state agencies (cán bộ, công chức, viên
// chức): Saturday and Sunday rest, the statutory holidays of the law in
// force on each date, the compensatory days, and every announced schedule
// (holidays-vn.tsv, see [DataSource]). It is built once, on first use, and
// shared.
func Default() *Calendar { return defaultCalendar() }

// index returns the position of d in the calendar's tables, and false if d
// is outside them: out of MinDate–MaxDate, or any day for the zero Calendar
// and a nil *Calendar, which answer like it.
func (c *Calendar) index(d date.Date) (uint64, bool) {
	if c == nil {
		return 0, false
	}
	i := uint64(d - MinDate)
	return i, i < uint64(len(c.info))
}

// IsWorkday reports whether d is a working day. It returns false for a date
// outside MinDate–MaxDate: nothing is known of it.
func (c *Calendar) IsWorkday(d date.Date) bool {
	i, ok := c.index(d)
	if !ok {
		return false
	}
	return c.cum[i+1] != c.cum[i]
}

// Day returns what the calendar knows about d: its kind, name, basis,
// confidence and whether it is provisional. For a date outside
// MinDate–MaxDate it returns a DayInfo with only Date set, whose Kind (the
// zero Kind, "unset") is none of the six; it still encodes as JSON, with an
// empty kind.
func (c *Calendar) Day(d date.Date) DayInfo {
	i, ok := c.index(d)
	if !ok {
		return DayInfo{Date: d}
	}
	r := &c.recs[c.info[i]]
	return DayInfo{Date: d, Kind: r.kind, Name: r.name, Basis: r.basis, Confidence: r.conf, Provisional: r.prov}
}

// AddWorkdays returns, for n > 0, the n-th working day strictly after d; for
// n < 0, the |n|-th working day strictly before d; for n = 0, d itself,
// working day or not. So AddWorkdays(d, 1) is the next working day, even
// when d is not one.
//
// The error wraps [ErrOutOfRange] if d, or the result, is outside
// MinDate–MaxDate.
func (c *Calendar) AddWorkdays(d date.Date, n int) (date.Date, error) {
	i, ok := c.index(d)
	if !ok {
		return 0, &Error{Op: "AddWorkdays", Date: d, Err: ErrOutOfRange}
	}
	if n == 0 {
		return d, nil
	}
	var k int
	if n > 0 {
		k = int(c.cum[i+1]) - 1 + min(n, len(c.work)+1)
	} else {
		k = int(c.cum[i]) + max(n, -len(c.work)-1)
	}
	if uint(k) >= uint(len(c.work)) {
		return 0, &Error{Op: "AddWorkdays", Date: d, Detail: "n = " + strconv.Itoa(n), Err: ErrOutOfRange}
	}
	return MinDate + date.Date(c.work[k]), nil
}

// WorkdaysBetween returns the number of working days in (from, to] when
// to ≥ from, and minus the number in (to, from] otherwise. It is
// antisymmetric, counts days late naturally (WorkdaysBetween(due, today) is
// positive once today is past the due day), and inverts AddWorkdays:
// AddWorkdays(d, WorkdaysBetween(d, x)) == x for every working day x after
// d, and for every working day x before d when d is itself a working day.
//
// The error wraps [ErrOutOfRange] if from or to is outside MinDate–MaxDate.
func (c *Calendar) WorkdaysBetween(from, to date.Date) (int, error) {
	i, ok := c.index(from)
	if !ok {
		return 0, &Error{Op: "WorkdaysBetween", Date: from, Err: ErrOutOfRange}
	}
	j, ok := c.index(to)
	if !ok {
		return 0, &Error{Op: "WorkdaysBetween", Date: to, Err: ErrOutOfRange}
	}
	return int(c.cum[j+1] - c.cum[i+1]), nil
}

// WorkdayOnOrAfter returns d if it is a working day, else the first working
// day after d: the rule of Bộ luật Dân sự 2015 Điều 148 khoản 5 for a period
// whose last day is a day off.
//
// The error wraps [ErrOutOfRange] if d, or the result, is outside
// MinDate–MaxDate.
func (c *Calendar) WorkdayOnOrAfter(d date.Date) (date.Date, error) {
	i, ok := c.index(d)
	if !ok {
		return 0, &Error{Op: "WorkdayOnOrAfter", Date: d, Err: ErrOutOfRange}
	}
	k := int(c.cum[i])
	if k >= len(c.work) {
		return 0, &Error{Op: "WorkdayOnOrAfter", Date: d, Detail: "no working day after it", Err: ErrOutOfRange}
	}
	return MinDate + date.Date(c.work[k]), nil
}

// WorkdayOnOrBefore returns d if it is a working day, else the last working
// day before d: the office practice for "before" deadlines ("trước ngày
// X"), which Bộ luật Dân sự 2015 does not provide for: its Điều 148 khoản 5
// moves a last day that is a day off forward, never back.
//
// The error wraps [ErrOutOfRange] if d, or the result, is outside
// MinDate–MaxDate.
func (c *Calendar) WorkdayOnOrBefore(d date.Date) (date.Date, error) {
	i, ok := c.index(d)
	if !ok {
		return 0, &Error{Op: "WorkdayOnOrBefore", Date: d, Err: ErrOutOfRange}
	}
	k := int(c.cum[i+1])
	if k == 0 {
		return 0, &Error{Op: "WorkdayOnOrBefore", Date: d, Detail: "no working day before it", Err: ErrOutOfRange}
	}
	return MinDate + date.Date(c.work[k-1]), nil
}

// Schedule returns the days of year that are not ordinary working days or
// weekly rest days — holidays, compensatory days, swap days and the days set
// by options — in date order, with their names and bases. The error wraps
// [ErrOutOfRange] if year is outside MinYear–MaxYear.
func (c *Calendar) Schedule(year int) ([]DayInfo, error) {
	if year < MinYear || year > MaxYear {
		return nil, &Error{Op: "Schedule", Detail: "year " + strconv.Itoa(year), Err: ErrOutOfRange}
	}
	if c == nil {
		return []DayInfo{}, nil
	}
	lo, hi := int32(jan1(year)-MinDate), int32(jan1(year+1)-MinDate)
	a := sort.Search(len(c.special), func(k int) bool { return c.special[k] >= lo })
	b := sort.Search(len(c.special), func(k int) bool { return c.special[k] >= hi })
	out := make([]DayInfo, 0, b-a)
	for _, i := range c.special[a:b] {
		out = append(out, c.Day(MinDate+date.Date(i)))
	}
	return out, nil
}

// provisionalYears counts the provisional years from year a to year b,
// both within MinYear–MaxYear and a ≤ b.
func (c *Calendar) provisionalYears(a, b int) int {
	if c == nil {
		return 0
	}
	return int(c.provCum[b-MinYear+1] - c.provCum[a-MinYear])
}
