package calendar

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar/lunar"
)

// MissingDaysOffError reports a year given to [WithSchedule] that lacks days
// off the law in force fixes for it, so that replacing the year with what
// was given would silently make them working days. It wraps [ErrInvalid].
//
// The law fixes, for each year, the statutory holidays of its Labour Code
// and of Nghị quyết 28/2026/QH16 (see the package documentation): 1/1; the
// number of days of Tết Âm lịch (four before 1/5/2013, five after), placed
// around mùng 1; Giỗ Tổ Hùng Vương (10/3 âm lịch); 30/4; 1/5; 2/9 and, from
// 2021, a day adjacent to it (1/9 or 3/9); 24/11 from 2026. And for the
// Saturday–Sunday weekly rest, as many make-up days (Compensatory) as the
// rule of the package documentation gives for those that fall on a Saturday
// or Sunday ([WithCultureDayCompensation] decides for 24/11). Another weekly
// rest ([WithWeeklyRest]) computes its own make-up days, so a schedule need
// not list them.
type MissingDaysOffError struct {
	// Year is the year given.
	Year int
	// Missing lists the days off the year lacks, in date order, with the
	// names and bases (the law) that the rules give them. A Tết that is
	// short of days lists the days of the default placement that were not
	// given, and a missing adjacent Quốc khánh day the default one: the
	// announcement decides where these fall. Missing make-up days are
	// those the rule of the package documentation (Compensatory days)
	// gives for the statutory holidays of the year.
	Missing []DayInfo
}

// Error returns the message: the package prefix, the year and the days it
// lacks, e.g. "calendar: WithSchedule: year 2028 lacks days off the law
// fixes: 2028-01-01 Tết Dương lịch, 2028-04-04 Giỗ Tổ Hùng Vương (10/3 âm
// lịch): invalid".
func (e *MissingDaysOffError) Error() string {
	var b strings.Builder
	b.WriteString("calendar: WithSchedule: year ")
	b.WriteString(strconv.Itoa(e.Year))
	b.WriteString(" lacks days off the law fixes: ")
	for i, d := range e.Missing {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(d.Date.String())
		b.WriteByte(' ')
		b.WriteString(d.Name)
	}
	b.WriteString(": invalid")
	return b.String()
}

// Unwrap returns [ErrInvalid].
func (e *MissingDaysOffError) Unwrap() error { return ErrInvalid }

// missingDaysOff returns the days off the law fixes for year y that the
// schedule es of that year lacks, computed by the rules of the provisional
// years (statutory, compensate). A day the law fixes must be listed as a
// Holiday; Tết, when the yearly decision places it (five days, BLLĐ 2012
// and 2019), must have as many holidays among the days from tetDays before
// mùng 1 to tetDays−1 after it; the adjacent Quốc khánh day may be 1/9 or
// 3/9. With satSun set (the calendar's weekly rest is Saturday and Sunday,
// for which a schedule lists its make-up days), the schedule must list at
// least as many Compensatory days as the statutory holidays it lists, with
// those missing, call for.
func missingDaysOff(y int, es []entry, satSunRest, cultureComp bool) ([]entry, error) {
	hol, err := statutory(y, choices{}, y >= firstProvisionalYear)
	if err != nil {
		return nil, err
	}
	listed := map[date.Date]Kind{}
	for _, e := range es {
		listed[e.day] = e.kind
	}
	isHoliday := func(d date.Date) bool { return listed[d] == Holiday }

	m1, err := lunar.NewYear(y)
	if err != nil {
		return nil, err
	}
	n := lawAt(m1).tetDays
	placedTet := n == 5 // BLLĐ 2012 and 2019: the days are decided each year
	inTet := func(d date.Date) bool { return d >= m1-date.Date(n) && d < m1+date.Date(n) }
	sep2 := date.New(y, time.September, 2)

	var missing, tet []entry
	statListed := map[date.Date]bool{} // the statutory holidays that es lists
	for _, h := range hol {
		switch {
		case h.occ == occTet && placedTet:
			tet = append(tet, h)
		case h.occ == occNationalAdj:
			if isHoliday(sep2 - 1) {
				statListed[sep2-1] = true
			} else if isHoliday(sep2 + 1) {
				statListed[sep2+1] = true
			} else {
				missing = append(missing, h)
			}
		case isHoliday(h.day):
			statListed[h.day] = true
		default:
			missing = append(missing, h)
		}
	}
	if placedTet {
		count := 0
		for d := m1 - date.Date(n); inTet(d); d++ {
			if isHoliday(d) {
				statListed[d] = true
				count++
			}
		}
		if count < n {
			for _, h := range tet {
				if !isHoliday(h.day) {
					missing = append(missing, h)
				}
			}
		}
	}

	if satSunRest {
		// The make-up days of the statutory holidays, those listed and
		// those missing.
		var all []entry
		for d := range statListed {
			all = append(all, entry{day: d, kind: Holiday, name: nameOf(es, d), basis: lawAt(d).holidays})
		}
		all = append(all, missing...)
		slices.SortFunc(all, func(a, b entry) int { return int(a.day - b.day) })
		comp := compensate(all, satSun, cultureComp)
		have := 0
		for _, e := range es {
			if e.kind == Compensatory {
				have++
			}
		}
		if have < len(comp) {
			for _, c := range comp {
				if listed[c.day] != Compensatory {
					missing = append(missing, c)
				}
			}
		}
	}
	slices.SortFunc(missing, func(a, b entry) int { return int(a.day - b.day) })
	return missing, nil
}

// nameOf returns the name that es gives to day d.
func nameOf(es []entry, d date.Date) string {
	for _, e := range es {
		if e.day == d {
			return e.name
		}
	}
	return ""
}

// dayInfos converts entries to DayInfo.
func dayInfos(es []entry) []DayInfo {
	out := make([]DayInfo, len(es))
	for i, e := range es {
		out[i] = DayInfo{Date: e.day, Kind: e.kind, Name: e.name, Basis: e.basis, Confidence: e.conf}
	}
	return out
}
