package calendar

import (
	"time"

	"github.com/rickb777/date/v2"
)

// An Option customises a calendar built by [New].
type Option func(*config)

// config is what the options set.
type config struct {
	rest        weekMask
	restCustom  bool
	noSwaps     bool
	cultureComp bool
	noBuiltin   bool // tests: the rules alone, as if nothing were announced
	schedule    []DayInfo
	announced   []DayInfo
	local       []localDay
	errs        []error
}

// localDay is a day set by WithDayOff, WithAnnualDayOff or WithWorkday.
type localDay struct {
	op     string
	day    date.Date  // a single day; zero for an annual one
	month  time.Month // an annual day
	mday   int
	work   bool
	name   string
	basis  string
	annual bool
}

// WithWeeklyRest sets the days of the weekly rest, in place of Saturday and
// Sunday: for units that do not follow the five-day week of Quyết định
// 188/1999/QĐ-TTg (BLLĐ 2019 Điều 111 khoản 2), e.g. WithWeeklyRest(time.Sunday).
//
// The announced schedules were made for a Saturday–Sunday rest, so a
// calendar with another weekly rest keeps their holidays (Tết, the Quốc
// khánh day) but not their swaps, and computes the make-up days for its own
// weekly rest by the rule of the package documentation (Compensatory days).
// The basis of an announced holiday cites the make-up article (BLLĐ 2019
// Điều 111 khoản 3, BLLĐ 2012 Điều 115 khoản 3) only when the holiday
// falls on the calendar's own rest day: Saturday 30/4/2022 is a working
// weekday for WithWeeklyRest(time.Sunday), not made up, and its basis says
// "BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1". A week without a working
// day is an error.
func WithWeeklyRest(days ...time.Weekday) Option {
	return func(c *config) {
		var m weekMask
		for _, d := range days {
			if d < time.Sunday || d > time.Saturday {
				c.errs = append(c.errs, &Error{Op: "WithWeeklyRest", Detail: d.String(), Err: ErrInvalid})
				continue
			}
			m |= 1 << d
		}
		c.rest, c.restCustom = m, m != satSun
	}
}

// WithoutSwaps drops the announced swaps (hoán đổi): swapped weekdays off
// become working days and the Saturdays worked in exchange become rest days.
// The swaps bind only the civil service with a Saturday–Sunday rest (Tờ
// trình 89/TTr-LĐTBXH); enterprises need not follow them (BLLĐ 2019 Điều
// 112 khoản 3 leaves the yearly decision on them to the Prime Minister for
// the civil service).
func WithoutSwaps() Option {
	return func(c *config) { c.noSwaps = true }
}

// WithCultureDayCompensation sets whether Ngày Văn hóa Việt Nam (24/11)
// falling on the weekly rest day is made up on the next working day. The
// question is open: the day was added by Nghị quyết 28/2026/QH16 Điều 2,
// outside BLLĐ 2019 Điều 112 khoản 1, whose amendment Nghị quyết 30/NQ-CP
// of 24/2/2026 plans, and Điều 111 khoản 3 makes up the holidays of that
// khoản; no notice has said yet. The default is true, treating it like the other
// statutory holidays. The first case is Saturday 24/11/2029, in a
// provisional year.
func WithCultureDayCompensation(on bool) Option {
	return func(c *config) { c.cultureComp = on }
}

// WithDayOff makes the single day d a day off of kind [Holiday], named name
// on the basis basis: a local occasion such as a province's own day off.
// It is not made up when it falls on the weekly rest day. Options that set
// single days apply in order, after everything else, so a later one wins.
func WithDayOff(d date.Date, name, basis string) Option {
	return func(c *config) {
		c.local = append(c.local, localDay{op: "WithDayOff", day: d, name: name, basis: basis})
	}
}

// WithAnnualDayOff makes the day of the given month and day a [Holiday] in
// every year of the range, as [WithDayOff] does for one day. 29 February
// applies in leap years only.
func WithAnnualDayOff(month time.Month, day int, name, basis string) Option {
	return func(c *config) {
		c.local = append(c.local, localDay{op: "WithAnnualDayOff", annual: true, month: month, mday: day, name: name, basis: basis})
	}
}

// WithWorkday makes the single day d a working day: of kind [SwapWorkday] if
// it would otherwise be a weekly rest day, of kind [Workday] (with the given
// name and basis) otherwise — e.g. a unit that works on a holiday.
func WithWorkday(d date.Date, name, basis string) Option {
	return func(c *config) {
		c.local = append(c.local, localDay{op: "WithWorkday", day: d, work: true, name: name, basis: basis})
	}
}

// WithSchedule adds announced schedules as data, such as next year's
// schedule published after this package was released: the rows of
// [ParseSchedule], the days of [Calendar.Schedule] of another calendar, or
// JSON decoded into []DayInfo.
//
// A year in which days lists at least one [Holiday] is covered: every year
// has its 1/1, so a complete schedule always has one. The days listed for a
// covered year replace the whole year, built-in data and rules alike: every
// day not listed is an ordinary working day or weekly rest day. A day listed
// in a year that is not covered (the swapped Monday 31/12 of a swap that
// crosses New Year, given with the next year's schedule) replaces just that
// day. Each day keeps its Provisional flag, and a covered year all of whose
// listed days are provisional is a forecast, its ordinary days too: a
// provisional year's [Calendar.Schedule] passed back gives the same
// calendar. Two entries for one day are an error, and so is a date out of
// range or a Kind that is none of the six.
//
// A covered year must be complete: [New] refuses, with a
// [*MissingDaysOffError] naming the year and the days, a year that lacks a
// day off the law in force fixes for it — a statutory holiday (1/1, the
// days of Tết, Giỗ Tổ, 30/4, 1/5, 2/9 and its adjacent day, 24/11 from
// 2026) or, for the Saturday–Sunday weekly rest, a make-up day. The check
// uses the rules that lay out the provisional years. An announcement that
// states only some occasions (Tết, the adjacent Quốc khánh day, the swaps)
// is [WithAnnouncement]'s: it lays them over the year the rules give. To
// make a statutory holiday a working day on purpose, use [WithWorkday].
func WithSchedule(days ...DayInfo) Option {
	return func(c *config) { c.schedule = append(c.schedule, days...) }
}

// withoutBuiltin drops the built-in announced schedules: the calendar of the
// rules alone, for tests and for measuring the default rules.
func withoutBuiltin() Option {
	return func(c *config) { c.noBuiltin = true }
}
