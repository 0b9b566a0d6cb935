package calendar

import (
	"slices"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar/lunar"
)

// weekday returns the day of the week of d without going through time.Time:
// day 0 of date.Date, 0001-01-01, is a Monday.
func weekday(d date.Date) time.Weekday {
	return time.Weekday((int64(d)%7 + 7 + 1) % 7)
}

// weekMask is a set of weekdays, bit i for time.Weekday(i).
type weekMask uint8

const satSun = weekMask(1<<time.Saturday | 1<<time.Sunday)

func (m weekMask) has(d date.Date) bool { return m&(1<<weekday(d)) != 0 }

// entry is a day of a schedule under construction.
type entry struct {
	day   date.Date
	kind  Kind
	conf  Confidence
	name  string
	basis string
	prov  bool     // in a year without an announced schedule, from 2010
	occ   occasion // for a day of statutory, the holiday it belongs to
}

// occasion names the statutory holidays of a year, so that the days of a
// schedule can be checked against them (missingDaysOff).
type occasion uint8

const (
	occNone        occasion = iota
	occNewYear              // Tết Dương lịch, 1/1
	occTet                  // a day of Tết Âm lịch
	occHungKings            // Giỗ Tổ Hùng Vương, 10/3 âm lịch
	occVictory              // Ngày Chiến thắng, 30/4
	occLabour               // Ngày Quốc tế Lao động, 1/5
	occNational             // Quốc khánh, 2/9
	occNationalAdj          // the day of Quốc khánh adjacent to 2/9
	occCulture              // Ngày Văn hóa Việt Nam, 24/11
)

// choices are the decisions the government takes each year (BLLĐ 2019
// Điều 112 khoản 3; before 2021 the yearly notices for the civil service).
// The zero value means "not announced": use the default rules.
type choices struct {
	tetSet     bool // tetBefore is announced
	tetBefore  int  // of a five-day Tết, the days before mùng 1: 0 to 4
	ndSet      bool // ndAdjacent is announced
	ndAdjacent int  // the second Quốc khánh day: -1 for 1/9, +1 for 3/9
}

// defaultTetBefore is the default split of a five-day Tết whose mùng 1 is m1:
// one day before and mùng 1–4 when mùng 1 is a Monday or Tuesday, two days
// before and mùng 1–3 otherwise. Against the fourteen five-day Tết of
// 2014–2027 (holidays-vn.tsv) it picks the announced days thirteen times;
// the exception is 2014 (mùng 1 on a Friday, one day before). For Monday and
// Tuesday both splits give the same days off, only the names differ.
func defaultTetBefore(m1 date.Date) int {
	if wd := weekday(m1); wd == time.Monday || wd == time.Tuesday {
		return 1
	}
	return 2
}

// defaultNationalAdjacent is the default second day of Quốc khánh: 3/9 when
// 2/9 is a Monday, Thursday or Sunday, 1/9 otherwise, so that the two days
// touch a weekend where they can. It reproduces every announced day of
// 2021–2027 (holidays-vn.tsv); the Python library vacanza/holidays
// (holidays/countries/vietnam.py) uses the same weekday table.
func defaultNationalAdjacent(d29 date.Date) int {
	switch weekday(d29) {
	case time.Monday, time.Thursday, time.Sunday:
		return +1
	}
	return -1
}

// statutory returns the statutory holidays of Gregorian year y, in date
// order, under the law in force on each: 1/1, Tết Âm lịch, Giỗ Tổ Hùng
// Vương, 30/4, 1/5, Quốc khánh and, from 2026, Ngày Văn hóa Việt Nam. ch
// gives the yearly choices; one not set takes the default rule, and then, if
// provisional is set, the days it places are marked prov and their basis
// says they are a forecast.
func statutory(y int, ch choices, provisional bool) ([]entry, error) {
	var out []entry
	add := func(occ occasion, d date.Date, name, basis string) {
		out = append(out, entry{day: d, kind: Holiday, name: name, basis: basis, occ: occ})
	}
	note := func(basis string, chosen bool) string {
		if chosen && provisional {
			return basis + provisionalNote
		}
		return basis
	}
	// mark flags the day just added as placed by a default rule.
	mark := func(chosen bool) {
		if chosen && provisional {
			out[len(out)-1].prov = true
		}
	}

	jan1 := date.New(y, time.January, 1)
	add(occNewYear, jan1, "Tết Dương lịch", lawAt(jan1).holidays)

	m1, err := lunar.NewYear(y)
	if err != nil {
		return nil, err
	}
	lw := lawAt(m1)
	before, chosen := 1, false // BLLĐ 1994: the last day of the year and mùng 1–3
	if lw.tetDays == 5 {
		before, chosen = ch.tetBefore, false
		if !ch.tetSet {
			before, chosen = defaultTetBefore(m1), true
		}
	}
	for i := -before; i < lw.tetDays-before; i++ {
		d := m1 + date.Date(i)
		name, err := tetName(d, i, m1)
		if err != nil {
			return nil, err
		}
		add(occTet, d, name, note(lw.holidays, chosen))
		mark(chosen)
	}

	if hk, err := (lunar.Date{Year: y, Month: 3, Day: 10}).Solar(); err != nil {
		return nil, err
	} else if lawAt(hk).hungKings {
		add(occHungKings, hk, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", lawAt(hk).holidays)
	}

	apr30 := date.New(y, time.April, 30)
	add(occVictory, apr30, "Ngày Chiến thắng (30/4)", lawAt(apr30).holidays)
	may1 := apr30 + 1
	add(occLabour, may1, "Ngày Quốc tế Lao động (1/5)", lawAt(may1).holidays)

	sep2 := date.New(y, time.September, 2)
	lw = lawAt(sep2)
	if lw.nationalDays == 2 {
		adj, chosen := ch.ndAdjacent, false
		if !ch.ndSet {
			adj, chosen = defaultNationalAdjacent(sep2), true
		}
		if adj < 0 {
			add(occNationalAdj, sep2-1, "Quốc khánh (ngày liền kề)", note(lw.holidays, chosen))
			mark(chosen)
		}
		add(occNational, sep2, "Quốc khánh (2/9)", lw.holidays)
		if adj > 0 {
			add(occNationalAdj, sep2+1, "Quốc khánh (ngày liền kề)", note(lw.holidays, chosen))
			mark(chosen)
		}
	} else {
		add(occNational, sep2, "Quốc khánh (2/9)", lw.holidays)
	}

	if nov24 := date.New(y, time.November, 24); nov24 >= cultureFrom {
		add(occCulture, nov24, "Ngày Văn hóa Việt Nam (24/11)", cultureBasis)
	}
	slices.SortFunc(out, func(a, b entry) int { return int(a.day - b.day) })
	return out, nil
}

// tetName names the Tết day d, i days after mùng 1 (m1) — "Tết Âm lịch
// (mùng 2)", "Tết Âm lịch (29 tháng Chạp, ngày cuối năm)" — in the style of
// the announcements, which annotate days such as "9-2-2013 (tức 29 tháng
// Chạp)".
func tetName(d date.Date, i int, m1 date.Date) (string, error) {
	if i >= 0 {
		return "Tết Âm lịch (mùng " + strconv.Itoa(i+1) + ")", nil
	}
	ld, err := lunar.FromSolar(d)
	if err != nil {
		return "", err
	}
	s := "Tết Âm lịch (" + strconv.Itoa(ld.Day) + " tháng Chạp"
	if d == m1-1 && ld.Day == 29 {
		s += ", ngày cuối năm"
	}
	return s + ")", nil
}

// isCultureDay reports whether a holiday is Ngày Văn hóa Việt Nam.
func isCultureDay(d date.Date) bool {
	_, m, day := d.Date()
	return m == time.November && day == 24 && d >= cultureFrom
}

// compensate returns the compensatory days (nghỉ bù) of the holidays hol, in
// date order, for a weekly rest rest: each holiday that falls on a weekly
// rest day is made up on the first day after it that is neither a weekly
// rest day, nor a holiday, nor already a make-up day (BLLĐ 2019 Điều 111
// khoản 3, "ngày làm việc kế tiếp"; BLLĐ 2012 Điều 115 khoản 3 and BLLĐ
// 1994 Điều 73 say "ngày kế tiếp" and were applied the same way). So the
// make-up days follow the whole block of holidays, in the order of the
// holidays, as the notices give them: Thông báo 5034/TB-LĐTBXH makes
// 20–26/01/2023 "05 ngày nghỉ tết Âm lịch và 02 ngày nghỉ bù". A Saturday holiday is
// never moved back to Friday. Ngày Văn hóa Việt Nam is made up only if
// cultureComp is set (see WithCultureDayCompensation: the law leaves it
// open).
func compensate(hol []entry, rest weekMask, cultureComp bool) []entry {
	var out []entry
	off := func(d date.Date) bool {
		for _, h := range hol {
			if h.day == d {
				return true
			}
		}
		for _, c := range out {
			if c.day == d {
				return true
			}
		}
		return false
	}
	for _, h := range hol {
		if !rest.has(h.day) || (isCultureDay(h.day) && !cultureComp) {
			continue
		}
		c := h.day + 1
		for rest.has(c) || off(c) {
			c++
		}
		basis := lawAt(h.day).comp
		if isCultureDay(h.day) {
			basis = cultureBasis + "; " + basis
		}
		// A make-up day is as provisional as the holiday it makes up for.
		out = append(out, entry{day: c, kind: Compensatory, name: compName(h.name, h.day), basis: basis, prov: h.prov, occ: h.occ})
	}
	return out
}

var weekdayNames = [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

// compName names the make-up day of a holiday: "Quốc khánh (2/9)" on a
// Saturday gives "Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)".
func compName(holiday string, d date.Date) string {
	wd := weekdayNames[weekday(d)]
	if n := len(holiday); n > 0 && holiday[n-1] == ')' {
		return "Nghỉ bù " + holiday[:n-1] + " rơi vào " + wd + ")"
	}
	return "Nghỉ bù " + holiday + " (rơi vào " + wd + ")"
}
