package calendar

import (
	"slices"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar/lunar"
)

// WithAnnouncement adds the days a yearly announcement states — the
// Thông báo of Bộ Nội vụ (before 2026 of Bộ Lao động – Thương binh và Xã
// hội) or the Công văn of Văn phòng Chính phủ on the days off of a year —
// to the year the rules lay out: the way to say "here is the announcement
// for 2028" when it is published after this package was released. Pass
// the rows as they are announced, from [ParseSchedule] or JSON; the year's
// other days need not be restated.
//
// An announcement usually states the occasions the government decides
// that year (BLLĐ 2019 Điều 112 khoản 3): the days of Tết Âm lịch, the
// Quốc khánh day adjacent to 2/9, the swaps. For a year without an
// announced schedule (2028 and later in [Default]), the calendar lays the
// year out by the law with the announcement's choices in place of the
// default rules:
//
//   - Holiday days near mùng 1 are the days of Tết: there must be as many
//     as the law gives (five), consecutive, mùng 1 among them. A Holiday on
//     1/9 or 3/9 is the adjacent Quốc khánh day. A Holiday on a day the law
//     fixes (1/1, Giỗ Tổ, 30/4, 1/5, 2/9, 24/11) restates it. Any other
//     Holiday is an error: a local day off is [WithDayOff]'s.
//   - The make-up days (Compensatory) follow from the law's rule over the
//     resulting holidays (package documentation, Compensatory days); an
//     announced Compensatory day must be one of them, and gives it its
//     name and basis.
//   - SwapOff days must fall on working days and SwapWorkday days on
//     weekly rest days of that layout; they are laid over it.
//   - The announcement's name, basis and confidence replace the rules' for
//     each day it lists.
//
// The year is then announced: its days are not Provisional, except those
// a default rule still places because the announcement did not state
// their occasion — an announcement of Tết alone leaves the adjacent Quốc
// khánh day (and its make-up day) Provisional, with the note in its Basis.
//
// For a year that already has a schedule — built in ([DataSource]) or given
// to [WithSchedule] — the announcement is checked against it: a day it
// lists with the same kind is already there and left as it is, a swap on
// an ordinary day of the right kind is added (a swap announced after the
// year's schedule), and anything else is an error: to replace such a year,
// give it whole to WithSchedule. So a program that passes the 2028
// announcement keeps working once a release builds 2028 in.
//
// The errors, from [New], are [*Error] values with Op "WithAnnouncement"
// naming the day, wrapping [ErrInvalid] (or [ErrOutOfRange] for a date out
// of range). Two entries for one day are an error. As for the built-in
// schedules, another weekly rest ([WithWeeklyRest]) leaves out the
// announced swaps and make-up days (it computes its own make-up days), and
// [WithoutSwaps] the swaps.
func WithAnnouncement(days ...DayInfo) Option {
	return func(c *config) { c.announced = append(c.announced, days...) }
}

// annError is the error of an announced day.
func annError(d date.Date, detail string) error {
	return &Error{Op: "WithAnnouncement", Date: d, Detail: detail, Err: ErrInvalid}
}

// announce lays out year y, which has no schedule, by the law with the
// choices that the announced days ann (sorted, filtered by keep) state,
// and lays the announced days over it.
func (b *builder) announce(y int, ann []entry) error {
	cfg := b.cfg
	m1, err := lunar.NewYear(y)
	if err != nil {
		return &Error{Op: "New", Detail: "year " + strconv.Itoa(y) + ": " + err.Error(), Err: ErrOutOfRange}
	}
	var ch choices
	if n := lawAt(m1).tetDays; n == 5 {
		var tet []date.Date
		for _, e := range ann {
			if e.kind == Holiday && e.day >= m1-date.Date(n) && e.day < m1+date.Date(n) {
				tet = append(tet, e.day)
			}
		}
		if len(tet) > 0 {
			if len(tet) != n || tet[n-1]-tet[0] != date.Date(n-1) || m1 < tet[0] || m1 > tet[n-1] {
				return annError(tet[0], "Tết Âm lịch "+strconv.Itoa(y)+": want "+strconv.Itoa(n)+
					" consecutive holidays with mùng 1 ("+m1.String()+") among them, got "+strconv.Itoa(len(tet))+
					" from "+tet[0].String()+" to "+tet[len(tet)-1].String())
			}
			ch.tetSet, ch.tetBefore = true, int(m1-tet[0])
		}
	}
	sep2 := date.New(y, time.September, 2)
	if lawAt(sep2).nationalDays == 2 {
		for _, e := range ann {
			if e.kind != Holiday || (e.day != sep2-1 && e.day != sep2+1) {
				continue
			}
			if ch.ndSet {
				return annError(e.day, "two days adjacent to Quốc khánh (1/9 and 3/9); the law gives one")
			}
			ch.ndSet, ch.ndAdjacent = true, int(e.day-sep2)
		}
	}

	prov := y >= firstProvisionalYear
	hol, err := statutory(y, ch, prov)
	if err != nil {
		return &Error{Op: "New", Detail: "year " + strconv.Itoa(y) + ": " + err.Error(), Err: ErrOutOfRange}
	}
	at := func(es []entry, d date.Date) int {
		return slices.IndexFunc(es, func(e entry) bool { return e.day == d })
	}
	for _, e := range ann {
		if e.kind != Holiday {
			continue
		}
		i := at(hol, e.day)
		if i < 0 {
			return annError(e.day, "not a statutory holiday of "+strconv.Itoa(y)+" (a local day off is WithDayOff's)")
		}
		hol[i] = announced1(hol[i], e)
	}
	comp := compensate(hol, cfg.rest, cfg.cultureComp)
	for _, e := range ann {
		if e.kind != Compensatory {
			continue
		}
		i := at(comp, e.day)
		if i < 0 {
			return annError(e.day, "the compensatory rule gives no make-up day on it"+madeUp(comp))
		}
		comp[i] = announced1(comp[i], e)
	}
	for _, e := range append(hol, comp...) {
		b.set(e)
	}
	for _, e := range ann {
		if e.kind == Holiday || e.kind == Compensatory {
			continue
		}
		if err := b.overOrdinary(e); err != nil {
			return err
		}
	}
	return nil
}

// announced1 is the day r of the rules as the announced day e states it:
// e's name, basis and confidence, and no longer provisional.
func announced1(r, e entry) entry {
	r.name, r.basis, r.conf, r.prov = e.name, e.basis, e.conf, false
	return r
}

// madeUp lists the make-up days comp, for an error message.
func madeUp(comp []entry) string {
	if len(comp) == 0 {
		return " (it gives none this year)"
	}
	s := " (it gives"
	for _, c := range comp {
		s += " " + c.day.String()
	}
	return s + ")"
}

// overOrdinary lays an announced swap, working day or rest day over an
// ordinary day of the layout: a SwapOff on a working day, a SwapWorkday on
// a weekly rest day; a Workday or WeeklyRest entry that agrees changes
// nothing.
func (b *builder) overOrdinary(e entry) error {
	rest := b.cfg.rest.has(e.day)
	if s := b.slot[e.day-MinDate]; s != 0 {
		cur := b.ents[s-1]
		if cur.kind == e.kind {
			return nil
		}
		return annError(e.day, "announced "+e.kind.String()+", but the year has "+cur.kind.String()+" "+strconv.Quote(cur.name)+" here")
	}
	switch {
	case e.kind == SwapOff && !rest, e.kind == SwapWorkday && rest:
		b.set(e)
	case e.kind == Workday && !rest, e.kind == WeeklyRest && rest:
	default:
		what := "a working day"
		if rest {
			what = "a weekly rest day"
		}
		return annError(e.day, "announced "+e.kind.String()+" on "+what)
	}
	return nil
}

// confirm checks the announced days ann of a year that has a schedule
// against it: a day of the same kind is already there, a swap on an
// ordinary day is added, anything else contradicts the schedule.
func (b *builder) confirm(ann []entry) error {
	for _, e := range ann {
		if s := b.slot[e.day-MinDate]; s != 0 || e.kind == Holiday || e.kind == Compensatory {
			if s != 0 && b.ents[s-1].kind == e.kind {
				continue
			}
			have := "an ordinary day"
			if s != 0 {
				have = b.ents[s-1].kind.String() + " " + strconv.Quote(b.ents[s-1].name)
			}
			return annError(e.day, "announced "+e.kind.String()+", but the year's schedule (built in, or given to WithSchedule) has "+
				have+" here; give the whole year to WithSchedule to replace it")
		}
		if err := b.overOrdinary(e); err != nil {
			return err
		}
	}
	return nil
}
