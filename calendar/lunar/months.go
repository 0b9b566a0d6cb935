package lunar

import "github.com/rickb777/date/v2"

// Month describes one month of a lunar year.
type Month struct {
	Number int       // 1–12; a leap month repeats the number of the month before it
	Leap   bool      // the intercalary month (tháng nhuận)
	Start  date.Date // the first solar day (mùng 1), the day of the new moon at UTC+7
	Days   int       // 29 (tháng thiếu) or 30 (tháng đủ)
}

// Months returns the 12 or 13 months of lunar year year, month 1 first and a
// leap month in its place. The last months may end after 2199-12-31.
//
// It returns an error wrapping [ErrOutOfRange] if year is outside 1900–2199.
func Months(year int) ([]Month, error) {
	if year < firstYear || year > lastYear {
		return nil, &Error{Func: "Months", Input: itoa(year), Err: ErrOutOfRange}
	}
	i := year - firstYear
	v := years[i]
	start := yearStart(i)
	leap := int(v >> 13 & 0xf)
	n := monthCount(v)
	ms := make([]Month, n)
	for j := range ms {
		m := Month{Number: j + 1, Start: start + date.Date(monthOffset(v, j)), Days: 29}
		if leap != 0 && j >= leap {
			m.Number = j
			m.Leap = j == leap
		}
		if v&(1<<j) != 0 {
			m.Days = 30
		}
		ms[j] = m
	}
	return ms, nil
}

// LeapMonth returns the number of the leap month of lunar year year, or 0 if
// the year has 12 months.
//
// It returns an error wrapping [ErrOutOfRange] if year is outside 1900–2199.
func LeapMonth(year int) (int, error) {
	if year < firstYear || year > lastYear {
		return 0, &Error{Func: "LeapMonth", Input: itoa(year), Err: ErrOutOfRange}
	}
	return int(years[year-firstYear] >> 13 & 0xf), nil
}
