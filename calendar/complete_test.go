package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar/lunar"
)

// announcedYear returns the built-in rows of year y (holidays-vn.tsv).
func announcedYear(y int) []entry {
	var es []entry
	for _, a := range announced {
		if int(a.ymd/10000) == y {
			d := date.New(y, time.Month(a.ymd/100%100), int(a.ymd%100))
			es = append(es, entry{day: d, kind: a.kind, conf: a.conf, name: a.name, basis: a.basis})
		}
	}
	return es
}

// TestAnnouncedYearsComplete: every announced schedule of 2010–2027
// (holidays-vn.tsv, from the notices listed in its source column) has the
// days off the law fixes, by the check New applies to WithSchedule: so the
// check refuses none of the real announcements.
func TestAnnouncedYearsComplete(t *testing.T) {
	for y := announcedFirstYear; y <= announcedLastYear; y++ {
		for _, comp := range []bool{true, false} {
			miss, err := missingDaysOff(y, announcedYear(y), true, comp)
			if err != nil || len(miss) > 0 {
				t.Errorf("%d (culture day made up: %v): missing %+v, %v", y, comp, dayInfos(miss), err)
			}
		}
	}
}

// TestAnnouncedYearsLessOneDay: an announced schedule less any one of its
// holidays or make-up days is refused, naming that day when its date is
// fixed (every row of holidays-vn.tsv of kind holiday or compensatory).
func TestAnnouncedYearsLessOneDay(t *testing.T) {
	checked := 0
	for y := announcedFirstYear; y <= announcedLastYear; y++ {
		es := announcedYear(y)
		for i, e := range es {
			if e.kind != Holiday && e.kind != Compensatory {
				continue
			}
			less := append(append([]entry(nil), es[:i]...), es[i+1:]...)
			miss, err := missingDaysOff(y, less, true, true)
			if err != nil || len(miss) == 0 {
				t.Errorf("%d without %s %s: nothing missing (%v)", y, e.day, e.name, err)
				continue
			}
			checked++
			if e.kind != Holiday || (tetDay(e.day) && lawAt(e.day).tetDays == 5) || isAdjacentDay(e.day) {
				continue // placed by the announcement: the default day is named
			}
			found := false
			for _, m := range miss {
				found = found || m.day == e.day
			}
			if !found {
				t.Errorf("%d without %s %s: missing %+v does not name it", y, e.day, e.name, dayInfos(miss))
			}
		}
	}
	if checked < 200 {
		t.Errorf("only %d rows checked", checked)
	}
}

// tetDay reports whether d is within five days of mùng 1 of its year.
func tetDay(d date.Date) bool {
	m1, err := lunar.NewYear(d.Year())
	return err == nil && d >= m1-5 && d < m1+5
}

// isAdjacentDay reports whether d is 1/9 or 3/9.
func isAdjacentDay(d date.Date) bool {
	_, m, day := d.Date()
	return m == time.September && (day == 1 || day == 3)
}
