package lunargen

import (
	"math"

	"github.com/vanban-go/vanban/internal/astro"
)

// HNDFromJDN converts the civil day with Julian Day Number jdn to a lunar
// date the way Hồ Ngọc Đức's published simplified converter does at UTC+7
// (convertSolar2Lunar in Hồ Ngọc Đức, "Thuật toán tính âm lịch",
// https://www.informatik.uni-leipzig.de/~duc/amlich/), step for step,
// including its inconsistencies: when its first estimate of the month is
// one too late it returns day 0 or less. It exists to count how far that algorithm, which
// most Vietnamese converters port, is from the table.
func HNDFromJDN(jdn int) (day, month, year int, leap bool) {
	nmDay := func(k int) int { return int(math.Floor(astro.HNDNewMoon(k) + 0.5 + Zone/24.0)) }
	sector := func(d int) int { return astro.HNDSunSector(float64(d) - 0.5 - Zone/24.0) }
	month11 := func(y int) int {
		off := jdnFromCivil(y, 12, 31) - 2415021
		k := int(math.Floor(float64(off) / 29.530588853))
		nm := nmDay(k)
		if sector(nm) >= 9 {
			nm = nmDay(k - 1)
		}
		return nm
	}
	leapOffset := func(a11 int) int {
		k := int(math.Floor((float64(a11)-2415021.076998695)/29.530588853 + 0.5))
		i := 1
		arc := sector(nmDay(k + i))
		for {
			last := arc
			i++
			arc = sector(nmDay(k + i))
			if arc == last || i >= 14 {
				break
			}
		}
		return i - 1
	}

	yy, _, _ := civilFromJDN(jdn)
	k := int(math.Floor((float64(jdn) - 2415021.076998695) / 29.530588853))
	start := nmDay(k + 1)
	if start > jdn {
		start = nmDay(k)
	}
	a11 := month11(yy)
	b11 := a11
	if a11 >= start {
		year = yy
		a11 = month11(yy - 1)
	} else {
		year = yy + 1
		b11 = month11(yy + 1)
	}
	day = jdn - start + 1
	diff := (start - a11) / 29
	month = diff + 11
	if b11-a11 > 365 {
		if lo := leapOffset(a11); diff >= lo {
			month = diff + 10
			leap = diff == lo
		}
	}
	if month > 12 {
		month -= 12
	}
	if month >= 11 && diff < 4 {
		year--
	}
	return day, month, year, leap
}
