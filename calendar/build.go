package calendar

import (
	"slices"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
)

// announcedDay is a row of the generated table [announced].
type announcedDay struct {
	ymd   int32 // YYYYMMDD
	kind  Kind
	conf  Confidence
	name  string
	basis string
}

// New builds a calendar: by default the same as [Default], changed by the
// options. Each calendar builds its own tables (about 0.6 MB), so build one
// per configuration and share it.
//
// The error wraps [ErrInvalid] for an option that makes no sense, and
// [ErrOutOfRange] for a date given to an option outside MinDate–MaxDate. A
// year given to [WithSchedule] that lacks a day off the law fixes is a
// [*MissingDaysOffError], which wraps ErrInvalid.
func New(opts ...Option) (*Calendar, error) {
	cfg := config{rest: satSun, cultureComp: true}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if len(cfg.errs) > 0 {
		return nil, cfg.errs[0]
	}
	if cfg.rest == 0x7f {
		return nil, &Error{Op: "WithWeeklyRest", Detail: "no working day in the week", Err: ErrInvalid}
	}
	b := &builder{cfg: &cfg, slot: make([]int32, numDays)}
	if err := b.schedules(); err != nil {
		return nil, err
	}
	if err := b.localDays(); err != nil {
		return nil, err
	}
	return b.finish()
}

// builder holds a calendar under construction: the entries set so far and,
// per day, the entry that classifies it.
type builder struct {
	cfg      *config
	ents     []entry
	slot     []int32 // per day: 1 + index into ents, or 0 for an ordinary day
	provYear [numYears]bool
}

func (b *builder) set(e entry) {
	b.ents = append(b.ents, e)
	b.slot[e.day-MinDate] = int32(len(b.ents))
}

// schedules lays out every year: the announced schedule where there is one,
// the rules elsewhere, then the announced days of years without a schedule.
func (b *builder) schedules() error {
	cfg := b.cfg
	user, err := checkDays("WithSchedule", cfg.schedule)
	if err != nil {
		return err
	}
	ann, err := checkDays("WithAnnouncement", cfg.announced)
	if err != nil {
		return err
	}
	annByYear := make([][]entry, numYears)
	for _, e := range ann {
		if b.keep(e) {
			y := e.day.Year() - MinYear
			annByYear[y] = append(annByYear[y], e)
		}
	}
	userCovered := coveredYears(user)
	if err := b.complete(user, userCovered); err != nil {
		return err
	}
	var data []entry
	if !cfg.noBuiltin {
		for _, a := range announced {
			d := date.New(int(a.ymd/10000), time.Month(a.ymd/100%100), int(a.ymd%100))
			if !userCovered[d.Year()-MinYear] {
				data = append(data, entry{day: d, kind: a.kind, conf: a.conf, name: a.name, basis: a.basis})
			}
		}
	}
	data = append(data, user...)
	covered := coveredYears(data)
	byYear := make([][]entry, numYears)
	for _, e := range data {
		if b.keep(e) {
			y := e.day.Year() - MinYear
			byYear[y] = append(byYear[y], e)
		}
	}

	var overlay []entry
	for y := MinYear; y <= MaxYear; y++ {
		k := y - MinYear
		if covered[k] {
			// A schedule given to WithSchedule whose every day is
			// provisional (a provisional year passed back) is a forecast:
			// so are its ordinary days.
			allProv := userCovered[k]
			for _, e := range byYear[k] {
				allProv = allProv && e.prov
				if cfg.restCustom && e.kind == Holiday && !cfg.rest.has(e.day) {
					e.basis = withoutCompensation(e.basis)
				}
				b.set(e)
			}
			b.provYear[k] = allProv && len(byYear[k]) > 0
			if cfg.restCustom {
				var hol []entry
				for _, e := range byYear[k] {
					if e.kind == Holiday {
						hol = append(hol, e)
					}
				}
				slices.SortFunc(hol, func(x, y entry) int { return int(x.day - y.day) })
				for _, e := range compensate(hol, cfg.rest, cfg.cultureComp) {
					b.set(e)
				}
			}
			if err := b.confirm(annByYear[k]); err != nil {
				return err
			}
			continue
		}
		overlay = append(overlay, byYear[k]...)
		if len(annByYear[k]) > 0 {
			if err := b.announce(y, annByYear[k]); err != nil {
				return err
			}
			continue
		}
		prov := y >= firstProvisionalYear
		b.provYear[k] = prov
		hol, err := statutory(y, choices{}, prov)
		if err != nil {
			return &Error{Op: "New", Detail: "year " + strconv.Itoa(y) + ": " + err.Error(), Err: ErrOutOfRange}
		}
		for _, e := range append(hol, compensate(hol, cfg.rest, cfg.cultureComp)...) {
			e.prov = prov
			b.set(e)
		}
	}
	for _, e := range overlay {
		b.set(e)
	}
	return nil
}

// keep reports whether an announced day applies to this calendar: swaps
// only for the Saturday–Sunday rest they were made for, and not WithoutSwaps;
// announced make-up days only for the Saturday–Sunday rest (another weekly
// rest computes its own).
func (b *builder) keep(e entry) bool {
	switch e.kind {
	case SwapOff, SwapWorkday:
		return !b.cfg.noSwaps && !b.cfg.restCustom
	case Compensatory:
		return !b.cfg.restCustom
	}
	return true
}

// checkDays validates the days given to WithSchedule or WithAnnouncement
// (op), sorted by date. A day given to WithSchedule keeps its Provisional
// flag; an announced day is not provisional.
func checkDays(op string, days []DayInfo) ([]entry, error) {
	out := make([]entry, 0, len(days))
	for _, d := range days {
		if d.Date < MinDate || d.Date > MaxDate {
			return nil, &Error{Op: op, Date: d.Date, Err: ErrOutOfRange}
		}
		if d.Kind < Workday || d.Kind > SwapWorkday {
			return nil, &Error{Op: op, Date: d.Date, Detail: "kind " + d.Kind.String(), Err: ErrInvalid}
		}
		if d.Confidence > Inferred {
			return nil, &Error{Op: op, Date: d.Date, Detail: "confidence " + d.Confidence.String(), Err: ErrInvalid}
		}
		if d.Name == "" && d.Kind != Workday && d.Kind != WeeklyRest {
			return nil, &Error{Op: op, Date: d.Date, Detail: "no name", Err: ErrInvalid}
		}
		out = append(out, entry{day: d.Date, kind: d.Kind, conf: d.Confidence, name: d.Name, basis: d.Basis,
			prov: d.Provisional && op == "WithSchedule"})
	}
	slices.SortStableFunc(out, func(x, y entry) int { return int(x.day - y.day) })
	for i := 1; i < len(out); i++ {
		if out[i].day == out[i-1].day {
			return nil, &Error{Op: op, Date: out[i].day, Detail: "two entries for one day", Err: ErrInvalid}
		}
	}
	return out, nil
}

// complete checks that every year the user's schedule replaces has the
// days off the law fixes for it (missingDaysOff).
func (b *builder) complete(user []entry, covered []bool) error {
	byYear := make([][]entry, numYears)
	for _, e := range user {
		if k := e.day.Year() - MinYear; covered[k] {
			byYear[k] = append(byYear[k], e)
		}
	}
	for k, es := range byYear {
		if es == nil {
			continue
		}
		y := MinYear + k
		miss, err := missingDaysOff(y, es, !b.cfg.restCustom, b.cfg.cultureComp)
		if err != nil {
			return &Error{Op: "New", Detail: "year " + strconv.Itoa(y) + ": " + err.Error(), Err: ErrOutOfRange}
		}
		if len(miss) > 0 {
			return &MissingDaysOffError{Year: y, Missing: dayInfos(miss)}
		}
	}
	return nil
}

// coveredYears marks the years in which es has a holiday.
func coveredYears(es []entry) []bool {
	c := make([]bool, numYears)
	for _, e := range es {
		if e.kind == Holiday {
			c[e.day.Year()-MinYear] = true
		}
	}
	return c
}

// localDays applies WithDayOff, WithAnnualDayOff and WithWorkday, in order.
func (b *builder) localDays() error {
	for _, l := range b.cfg.local {
		if l.name == "" {
			return &Error{Op: l.op, Date: l.day, Detail: "no name", Err: ErrInvalid}
		}
		if !l.annual {
			if l.day < MinDate || l.day > MaxDate {
				return &Error{Op: l.op, Date: l.day, Err: ErrOutOfRange}
			}
			b.set(b.localEntry(l, l.day))
			continue
		}
		// 2000 is a leap year, so every day that exists in some year exists in it.
		if l.month < time.January || l.month > time.December || l.mday < 1 || date.New(2000, l.month, l.mday).Day() != l.mday {
			return &Error{Op: l.op, Detail: l.month.String() + " " + strconv.Itoa(l.mday), Err: ErrInvalid}
		}
		for y := MinYear; y <= MaxYear; y++ {
			if d := date.New(y, l.month, l.mday); d.Day() == l.mday {
				b.set(b.localEntry(l, d))
			}
		}
	}
	return nil
}

func (b *builder) localEntry(l localDay, d date.Date) entry {
	k := Holiday
	if l.work {
		k = Workday
		if b.cfg.rest.has(d) {
			k = SwapWorkday
		}
	}
	return entry{day: d, kind: k, name: l.name, basis: l.basis}
}

// finish turns the entries into the calendar's tables.
func (b *builder) finish() (*Calendar, error) {
	c := &Calendar{
		info: make([]uint16, numDays),
		cum:  make([]int32, numDays+1),
		work: make([]int32, 0, numDays*5/7+numDays/50),
	}
	index := map[rec]uint16{}
	intern := func(r rec) (uint16, error) {
		if k, ok := index[r]; ok {
			return k, nil
		}
		if len(c.recs) > 0xffff {
			return 0, &Error{Op: "New", Detail: "more than 65536 distinct day descriptions", Err: ErrInvalid}
		}
		k := uint16(len(c.recs))
		c.recs = append(c.recs, r)
		index[r] = k
		return k, nil
	}
	restBasis := weeklyRestBasis
	if b.cfg.restCustom {
		restBasis = customRestBasis
	}
	// The four ordinary descriptions: a working day or a rest day, in a
	// provisional year or not.
	var ordinary [2][2]uint16
	for p := range 2 {
		ordinary[0][p], _ = intern(rec{kind: Workday, prov: p == 1})
		ordinary[1][p], _ = intern(rec{kind: WeeklyRest, name: weeklyRestName, basis: restBasis, prov: p == 1})
	}

	y, next := 0, jan1(MinYear+1)
	for i := range numDays {
		d := MinDate + date.Date(i)
		if d == next {
			y++
			next = jan1(MinYear + y + 1)
		}
		var kind Kind
		if s := b.slot[i]; s == 0 {
			r, p := 0, 0
			if b.cfg.rest.has(d) {
				r = 1
			}
			if b.provYear[y] {
				p = 1
			}
			c.info[i] = ordinary[r][p]
			kind = c.recs[c.info[i]].kind
		} else {
			e := &b.ents[s-1]
			k, err := intern(rec{name: e.name, basis: e.basis, kind: e.kind, conf: e.conf, prov: e.prov})
			if err != nil {
				return nil, err
			}
			c.info[i] = k
			c.special = append(c.special, int32(i))
			kind = e.kind
		}
		c.cum[i+1] = c.cum[i]
		if kind.Working() {
			c.cum[i+1]++
			c.work = append(c.work, int32(i))
		}
	}
	// A year is provisional if any of its days is: its ordinary days, or
	// a day a default rule placed that no announcement has settled.
	provYear := b.provYear
	for _, e := range b.ents {
		if e.prov && b.slot[e.day-MinDate] != 0 && b.ents[b.slot[e.day-MinDate]-1].prov {
			provYear[e.day.Year()-MinYear] = true
		}
	}
	for k := range numYears {
		c.provCum[k+1] = c.provCum[k]
		if provYear[k] {
			c.provCum[k+1]++
		}
	}
	return c, nil
}
