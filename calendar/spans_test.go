package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// announcedSpan is one row of the table "Days off by occasion" in
// calendar.md §2.2, typed in from its prose and not from holidays-vn.tsv, so
// that the built-in data is checked against a second rendering of the
// research: the continuous period off, and the weekend days worked in
// exchange for a swap.
type announcedSpan struct {
	occasion string
	from, to date.Date
	worked   []date.Date
}

// calendarMD22 is calendar.md §2.2, one row per occasion, 2010–2027. The
// document behind each row is cited there.
var calendarMD22 = []announcedSpan{
	{"2010 Tết DL", ymd(2010, 1, 1), ymd(2010, 1, 3), nil},
	{"2010 Tết ÂL", ymd(2010, 2, 13), ymd(2010, 2, 21), []date.Date{ymd(2010, 2, 27)}},
	{"2010 Giỗ Tổ", ymd(2010, 4, 23), ymd(2010, 4, 23), nil},
	{"2010 30/4–1/5", ymd(2010, 4, 30), ymd(2010, 5, 3), nil},
	{"2010 Quốc khánh", ymd(2010, 9, 2), ymd(2010, 9, 5), []date.Date{ymd(2010, 9, 11)}},
	{"2011 Tết DL", ymd(2011, 1, 1), ymd(2011, 1, 3), nil},
	{"2011 Tết ÂL", ymd(2011, 1, 31), ymd(2011, 2, 7), []date.Date{ymd(2011, 1, 29), ymd(2011, 1, 30)}},
	{"2011 Giỗ Tổ", ymd(2011, 4, 10), ymd(2011, 4, 12), []date.Date{ymd(2011, 4, 9)}},
	{"2011 30/4–1/5", ymd(2011, 4, 30), ymd(2011, 5, 3), nil},
	{"2011 Quốc khánh", ymd(2011, 9, 2), ymd(2011, 9, 4), nil},
	{"2012 Tết DL", ymd(2011, 12, 31), ymd(2012, 1, 2), nil},
	{"2012 Tết ÂL", ymd(2012, 1, 21), ymd(2012, 1, 29), []date.Date{ymd(2012, 2, 4)}},
	{"2012 Giỗ Tổ", ymd(2012, 3, 31), ymd(2012, 4, 2), nil},
	{"2012 30/4–1/5", ymd(2012, 4, 28), ymd(2012, 5, 1), nil},
	{"2012 Quốc khánh", ymd(2012, 9, 1), ymd(2012, 9, 3), nil},
	{"2013 Tết DL", ymd(2012, 12, 29), ymd(2013, 1, 1), []date.Date{ymd(2013, 1, 5)}},
	{"2013 Tết ÂL", ymd(2013, 2, 9), ymd(2013, 2, 17), []date.Date{ymd(2013, 2, 23)}},
	{"2013 Giỗ Tổ", ymd(2013, 4, 19), ymd(2013, 4, 21), nil},
	{"2013 30/4–1/5", ymd(2013, 4, 27), ymd(2013, 5, 1), []date.Date{ymd(2013, 5, 4)}},
	{"2013 Quốc khánh", ymd(2013, 8, 31), ymd(2013, 9, 2), nil},
	{"2014 Tết DL", ymd(2014, 1, 1), ymd(2014, 1, 1), nil},
	{"2014 Tết ÂL", ymd(2014, 1, 28), ymd(2014, 2, 5), []date.Date{ymd(2014, 1, 25), ymd(2014, 2, 8)}},
	{"2014 Giỗ Tổ", ymd(2014, 4, 9), ymd(2014, 4, 9), nil},
	{"2014 30/4–1/5", ymd(2014, 4, 30), ymd(2014, 5, 4), []date.Date{ymd(2014, 4, 26)}},
	{"2014 Quốc khánh", ymd(2014, 8, 30), ymd(2014, 9, 2), []date.Date{ymd(2014, 9, 6)}},
	{"2015 Tết DL", ymd(2015, 1, 1), ymd(2015, 1, 4), []date.Date{ymd(2014, 12, 27)}},
	{"2015 Tết ÂL", ymd(2015, 2, 15), ymd(2015, 2, 23), []date.Date{ymd(2015, 2, 14)}},
	{"2015 Giỗ Tổ + 30/4–1/5", ymd(2015, 4, 28), ymd(2015, 5, 3), []date.Date{ymd(2015, 4, 25)}},
	{"2015 Quốc khánh", ymd(2015, 9, 2), ymd(2015, 9, 2), nil},
	{"2016 Tết DL", ymd(2016, 1, 1), ymd(2016, 1, 3), nil},
	{"2016 Tết ÂL", ymd(2016, 2, 6), ymd(2016, 2, 14), nil},
	{"2016 Giỗ Tổ", ymd(2016, 4, 16), ymd(2016, 4, 18), nil},
	{"2016 30/4–1/5", ymd(2016, 4, 30), ymd(2016, 5, 3), nil},
	{"2016 Quốc khánh", ymd(2016, 9, 2), ymd(2016, 9, 4), nil},
	{"2017 Tết DL", ymd(2016, 12, 31), ymd(2017, 1, 2), nil},
	{"2017 Tết ÂL", ymd(2017, 1, 26), ymd(2017, 2, 1), nil},
	{"2017 Giỗ Tổ", ymd(2017, 4, 6), ymd(2017, 4, 6), nil},
	{"2017 30/4–1/5", ymd(2017, 4, 29), ymd(2017, 5, 2), nil},
	{"2017 Quốc khánh", ymd(2017, 9, 2), ymd(2017, 9, 4), nil},
	{"2018 Tết DL", ymd(2017, 12, 30), ymd(2018, 1, 1), nil},
	{"2018 Tết ÂL", ymd(2018, 2, 14), ymd(2018, 2, 20), nil},
	{"2018 Giỗ Tổ", ymd(2018, 4, 25), ymd(2018, 4, 25), nil},
	{"2018 30/4–1/5", ymd(2018, 4, 28), ymd(2018, 5, 1), nil},
	{"2018 Quốc khánh", ymd(2018, 9, 1), ymd(2018, 9, 3), nil},
	{"2019 Tết DL", ymd(2018, 12, 29), ymd(2019, 1, 1), []date.Date{ymd(2019, 1, 5)}},
	{"2019 Tết ÂL", ymd(2019, 2, 2), ymd(2019, 2, 10), nil},
	{"2019 Giỗ Tổ", ymd(2019, 4, 13), ymd(2019, 4, 15), nil},
	{"2019 30/4–1/5", ymd(2019, 4, 27), ymd(2019, 5, 1), []date.Date{ymd(2019, 5, 4)}},
	{"2019 Quốc khánh", ymd(2019, 8, 31), ymd(2019, 9, 2), nil},
	{"2020 Tết DL", ymd(2020, 1, 1), ymd(2020, 1, 1), nil},
	{"2020 Tết ÂL", ymd(2020, 1, 23), ymd(2020, 1, 29), nil},
	{"2020 Giỗ Tổ", ymd(2020, 4, 2), ymd(2020, 4, 2), nil},
	{"2020 30/4–1/5", ymd(2020, 4, 30), ymd(2020, 5, 3), nil},
	{"2020 Quốc khánh", ymd(2020, 9, 2), ymd(2020, 9, 2), nil},
	{"2021 Tết DL", ymd(2021, 1, 1), ymd(2021, 1, 3), nil},
	{"2021 Tết ÂL", ymd(2021, 2, 10), ymd(2021, 2, 16), nil},
	{"2021 Giỗ Tổ", ymd(2021, 4, 21), ymd(2021, 4, 21), nil},
	{"2021 30/4–1/5", ymd(2021, 4, 30), ymd(2021, 5, 3), nil},
	{"2021 Quốc khánh", ymd(2021, 9, 2), ymd(2021, 9, 5), nil},
	{"2022 Tết DL", ymd(2022, 1, 1), ymd(2022, 1, 3), nil},
	{"2022 Tết ÂL", ymd(2022, 1, 29), ymd(2022, 2, 6), nil},
	{"2022 Giỗ Tổ", ymd(2022, 4, 9), ymd(2022, 4, 11), nil},
	{"2022 30/4–1/5", ymd(2022, 4, 30), ymd(2022, 5, 3), nil},
	{"2022 Quốc khánh", ymd(2022, 9, 1), ymd(2022, 9, 4), nil},
	{"2023 Tết DL", ymd(2022, 12, 31), ymd(2023, 1, 2), nil},
	{"2023 Tết ÂL", ymd(2023, 1, 20), ymd(2023, 1, 26), nil},
	{"2023 Giỗ Tổ + 30/4–1/5", ymd(2023, 4, 29), ymd(2023, 5, 3), nil},
	{"2023 Quốc khánh", ymd(2023, 9, 1), ymd(2023, 9, 4), nil},
	{"2024 Tết DL", ymd(2023, 12, 30), ymd(2024, 1, 1), nil},
	{"2024 Tết ÂL", ymd(2024, 2, 8), ymd(2024, 2, 14), nil},
	{"2024 Giỗ Tổ", ymd(2024, 4, 18), ymd(2024, 4, 18), nil},
	{"2024 30/4–1/5", ymd(2024, 4, 27), ymd(2024, 5, 1), []date.Date{ymd(2024, 5, 4)}},
	{"2024 Quốc khánh", ymd(2024, 8, 31), ymd(2024, 9, 3), nil},
	{"2025 Tết DL", ymd(2025, 1, 1), ymd(2025, 1, 1), nil},
	{"2025 Tết ÂL", ymd(2025, 1, 25), ymd(2025, 2, 2), nil},
	{"2025 Giỗ Tổ", ymd(2025, 4, 5), ymd(2025, 4, 7), nil},
	{"2025 30/4–1/5", ymd(2025, 4, 30), ymd(2025, 5, 4), []date.Date{ymd(2025, 4, 26)}},
	{"2025 Quốc khánh", ymd(2025, 8, 30), ymd(2025, 9, 2), nil},
	{"2026 Tết DL", ymd(2026, 1, 1), ymd(2026, 1, 4), []date.Date{ymd(2026, 1, 10)}},
	{"2026 Tết ÂL", ymd(2026, 2, 14), ymd(2026, 2, 22), nil},
	{"2026 Giỗ Tổ", ymd(2026, 4, 25), ymd(2026, 4, 27), nil},
	{"2026 30/4–1/5", ymd(2026, 4, 30), ymd(2026, 5, 3), nil},
	{"2026 Quốc khánh", ymd(2026, 8, 29), ymd(2026, 9, 2), []date.Date{ymd(2026, 8, 22)}},
	{"2026 Ngày Văn hóa", ymd(2026, 11, 24), ymd(2026, 11, 24), nil},
	{"2027 Tết DL", ymd(2027, 1, 1), ymd(2027, 1, 3), nil},
	{"2027 Tết ÂL", ymd(2027, 2, 4), ymd(2027, 2, 10), nil},
	{"2027 Giỗ Tổ", ymd(2027, 4, 16), ymd(2027, 4, 18), nil},
	{"2027 30/4–1/5", ymd(2027, 4, 30), ymd(2027, 5, 3), nil},
	{"2027 Quốc khánh", ymd(2027, 9, 2), ymd(2027, 9, 5), nil},
	{"2027 Ngày Văn hóa", ymd(2027, 11, 24), ymd(2027, 11, 24), nil},
}

func isWeekend(d date.Date) bool {
	wd := weekday(d)
	return wd == time.Saturday || wd == time.Sunday
}

// TestDefaultMatchesCalendarMD22 checks the default calendar against the
// spans of calendar.md §2.2: each period is off from its first to its last
// day and is bounded by working days (some rows give a Friday off without
// the weekend that follows it, so the run of days off may run on over plain
// weekend days); the weekend days worked are working days; and, for the
// whole of 2010–2027, no weekday is off and no weekend day worked that the
// table does not list.
func TestDefaultMatchesCalendarMD22(t *testing.T) {
	c := Default()
	inSpan := map[date.Date]bool{}
	worked := map[date.Date]bool{}
	for _, s := range calendarMD22 {
		for d := s.from; d <= s.to; d++ {
			if c.IsWorkday(d) {
				t.Errorf("%s (%s–%s): %s is a working day (%s)", s.occasion, s.from, s.to, d, c.Day(d).Kind)
			}
			inSpan[d] = true
		}
		for _, step := range []date.Date{-1, +1} {
			d := s.from - 1
			if step > 0 {
				d = s.to + 1
			}
			for isWeekend(d) && !c.IsWorkday(d) {
				d += step
			}
			if !c.IsWorkday(d) {
				t.Errorf("%s (%s–%s): the period runs on to %s (%s)", s.occasion, s.from, s.to, d, c.Day(d).Kind)
			}
		}
		for _, d := range s.worked {
			if k := c.Day(d).Kind; k != SwapWorkday || !isWeekend(d) {
				t.Errorf("%s: %s, worked in exchange, is %s", s.occasion, d, k)
			}
			worked[d] = true
		}
	}
	for d := ymd(2010, 1, 1); d <= ymd(2027, 12, 31); d++ {
		switch {
		case !isWeekend(d) && !c.IsWorkday(d) && !inSpan[d]:
			t.Errorf("%s (%s) is off, but in no period of calendar.md §2.2: %+v", d, weekday(d), c.Day(d))
		case isWeekend(d) && c.IsWorkday(d) && !worked[d]:
			t.Errorf("%s (%s) is worked, but calendar.md §2.2 lists no such swap: %+v", d, weekday(d), c.Day(d))
		}
	}
}
