package lunar

//go:generate go run gen.go

import (
	"math/bits"

	"github.com/rickb777/date/v2"
)

// Date is a day of the Vietnamese lunar calendar (âm lịch).
//
// Year is the lunar year, numbered by the Gregorian year in which its month 1
// (tháng Giêng) begins; months 11 and 12 keep that number even when they fall
// in the next January. Month is 1–12, Leap marks the intercalary month (tháng
// nhuận) that repeats the number of the month before it, and Day is 1–30.
//
// The zero value has Year 0 and means "unset"; it does not exist in the
// calendar, prints as the empty string and marshals as empty text. Date is
// comparable with ==; [Date.Compare] orders dates.
type Date struct {
	Year, Month, Day int
	Leap             bool
}

// Supported range: the solar days of lunar years firstYear…lastYear that are
// not after 2199-12-31 (see Range in the package documentation).
const (
	lastYear = firstYear + len(years) - 1
	// minDay is 1900-01-31, Tết 1900: 30 days after 1 January 1900 (see jan1).
	minDay = date.Date(1899*365 + 1899/4 - 1899/100 + 1899/400 + 30)
	// maxDay is 2199-12-31, the day before 1 January 2200.
	maxDay = date.Date(2199*365 + 2199/4 - 2199/100 + 2199/400 - 1)
)

// jan1 returns 1 January of Gregorian year y. date.Date counts days from
// 0001-01-01 (day 0), so this is the number of days in years 1…y-1.
func jan1(y int) date.Date {
	y--
	return date.Date(365*y + y/4 - y/100 + y/400)
}

// yearStart returns mùng 1 Tết of the lunar year firstYear+i.
func yearStart(i int) date.Date {
	return jan1(firstYear+i) + date.Date(years[i]>>17)
}

// monthCount returns 12 or 13, the number of months of a packed year.
func monthCount(v uint32) int {
	if v>>13&0xf != 0 {
		return 13
	}
	return 12
}

// monthOffset returns the first day of the j-th month (0-based) of a packed
// year, in days after Tết: 29 per month plus one per 30-day month.
func monthOffset(v uint32, j int) int {
	return 29*j + bits.OnesCount32(v&(1<<j-1))
}

// FromSolar returns the lunar date of the solar day d, at UTC+7.
//
// It returns an error wrapping [ErrOutOfRange] if d is before 1900-01-31
// (Tết 1900) or after 2199-12-31.
func FromSolar(d date.Date) (Date, error) {
	if d < minDay || d > maxDay {
		return Date{}, &Error{Func: "FromSolar", Input: d.String(), Err: ErrOutOfRange}
	}
	// Guess the year from the mean Gregorian year, then correct it: Tết
	// moves within 30 days, so the guess is off by at most one.
	i := int(int64(d-minDay) * 400 / 146097)
	if i >= len(years) {
		i = len(years) - 1
	}
	start := yearStart(i)
	if d < start {
		i--
		start = yearStart(i)
	} else if i+1 < len(years) && d >= yearStart(i+1) {
		i++
		start = yearStart(i)
	}
	v := years[i]
	off := int(d - start)
	// Months have 29 or 30 days, so off/30 is at most one short.
	j := off / 30
	if j+1 < monthCount(v) && monthOffset(v, j+1) <= off {
		j++
	}
	r := Date{Year: firstYear + i, Month: j + 1, Day: off - monthOffset(v, j) + 1}
	if leap := int(v >> 13 & 0xf); leap != 0 && j >= leap {
		r.Month = j
		r.Leap = j == leap
	}
	return r, nil
}

// Solar returns the solar day of d, at UTC+7.
//
// It returns an error wrapping [ErrOutOfRange] if d.Year is outside
// 1900–2199 or the day falls after 2199-12-31, and an error wrapping
// [ErrNoSuchDate] if d does not exist: a month outside 1–12, a day outside
// 1–29 or 1–30 for the month's length, or Leap on a month that is not the
// year's leap month.
func (d Date) Solar() (date.Date, error) {
	s, err := d.solar()
	if err != nil {
		return 0, &Error{Func: "Solar", Input: d.text(), Err: err}
	}
	return s, nil
}

// solar is Solar without the error detail, so that it does not allocate.
func (d Date) solar() (date.Date, error) {
	if d.Year < firstYear || d.Year > lastYear {
		return 0, ErrOutOfRange
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 30 {
		return 0, ErrNoSuchDate
	}
	i := d.Year - firstYear
	v := years[i]
	j := d.Month - 1
	if leap := int(v >> 13 & 0xf); leap != 0 {
		if d.Leap && d.Month != leap {
			return 0, ErrNoSuchDate
		}
		if d.Month > leap || d.Leap {
			j++
		}
	} else if d.Leap {
		return 0, ErrNoSuchDate
	}
	if d.Day == 30 && v&(1<<j) == 0 {
		return 0, ErrNoSuchDate
	}
	s := yearStart(i) + date.Date(monthOffset(v, j)+d.Day-1)
	if s > maxDay {
		return 0, ErrOutOfRange
	}
	return s, nil
}

// NewYear returns mùng 1 Tết, the first day of lunar year year, at UTC+7.
//
// It returns an error wrapping [ErrOutOfRange] if year is outside 1900–2199.
func NewYear(year int) (date.Date, error) {
	if year < firstYear || year > lastYear {
		return 0, &Error{Func: "NewYear", Input: itoa(year), Err: ErrOutOfRange}
	}
	return yearStart(year - firstYear), nil
}
