// Package lunargen computes the Vietnamese lunisolar calendar from an
// astronomical method and writes it as the compact Go table that package
// calendar/lunar looks up at run time.
//
// The rules are those Hồ Ngọc Đức states for the Vietnamese calendar
// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html; in
// Vietnamese, calrules_vn.html), adapted from the Explanatory Supplement to
// the Astronomical Almanac (Seidelmann ed.), evaluated at UTC+7:
//
//  1. a month starts on the civil day that contains the new moon;
//  2. a year has 12 months, a leap year 13;
//  3. the December solstice (apparent solar longitude 270°) falls in
//     month 11;
//  4. when the span from one month 11 to the next holds 13 months, the
//     first month after the first month 11 that contains no principal term
//     (a multiple of 30° of solar longitude) is leap, numbered as the month
//     before it;
//  5. days are dated at the meridian 105°E, UTC+7 (Quyết định 121-CP of
//     8 Aug 1967), for every year, including those before 1968.
//
// Month 1 is the second month after month 11 (the third if a leap month
// comes between), and the lunar year is numbered by the Gregorian year in
// which its month 1 starts.
package lunargen

import (
	"fmt"
	"math"
)

// Zone is the offset of the calendar's meridian, 105°E, in hours (Quyết định
// 121-CP of 8 Aug 1967, Art. 1).
const Zone = 7

// Method is an astronomical theory the calendar can be computed with.
type Method interface {
	// Name names the method in the generated table.
	Name() string
	// NewMoon returns the Julian Day (UT) of the k-th new moon after the
	// new moon of 1900-01-01 (k = 0 is the one at JD ≈ 2415021.08).
	NewMoon(k int) float64
	// SunSector returns floor(λ/30°) for the Sun's apparent geocentric
	// longitude λ at Julian Day jd (UT): 0 from the March equinox, 9 from
	// the December solstice.
	SunSector(jd float64) int
}

// Month is one computed lunar month.
type Month struct {
	Start  int // Julian Day Number of the local civil day of the new moon
	Number int // 1–12
	Leap   bool
	Days   int // 29 or 30
}

// Year is one computed lunar year: its months in order, month 1 first.
type Year struct {
	Year   int
	Months []Month
}

// synodic is the mean synodic month in days (Meeus ch. 49).
const synodic = 29.530588853

// newMoonDay returns the JDN of the UTC+7 civil day of the k-th new moon.
func newMoonDay(m Method, k int) int {
	return int(math.Floor(m.NewMoon(k) + 0.5 + Zone/24.0))
}

// sectorAt returns the Sun's 30° sector at local midnight that begins the
// civil day with Julian Day Number jdn. A month [a, b) contains a principal
// term exactly when sectorAt(a) != sectorAt(b), because λ increases.
func sectorAt(m Method, jdn int) int {
	return m.SunSector(float64(jdn) - 0.5 - Zone/24.0)
}

// month11 returns the index k of the new moon that starts month 11 of the
// Gregorian year y: the month whose days contain the December solstice.
func month11(m Method, y int) int {
	dec31 := jdnFromCivil(y, 12, 31)
	k := int(math.Floor(float64(dec31-2415021) / synodic))
	// Align k with the month containing 31 December.
	for newMoonDay(m, k) > dec31 {
		k--
	}
	for newMoonDay(m, k+1) <= dec31 {
		k++
	}
	// Step back while the solstice (sector 9 starts at 270°) is already
	// past at the month's first midnight.
	for sectorAt(m, newMoonDay(m, k)) >= 9 {
		k--
	}
	return k
}

// memo caches a Method's answers: the rules ask for the same new moons and
// sectors several times, and the precise astronomy is slow.
type memo struct {
	m       Method
	moons   map[int]float64
	sectors map[float64]int
}

func (c *memo) Name() string { return c.m.Name() }

func (c *memo) NewMoon(k int) float64 {
	v, ok := c.moons[k]
	if !ok {
		v = c.m.NewMoon(k)
		c.moons[k] = v
	}
	return v
}

func (c *memo) SunSector(jd float64) int {
	v, ok := c.sectors[jd]
	if !ok {
		v = c.m.SunSector(jd)
		c.sectors[jd] = v
	}
	return v
}

// Compute returns the lunar years first..last by the rules in the package
// comment.
func Compute(method Method, first, last int) ([]Year, error) {
	m := &memo{method, map[int]float64{}, map[float64]int{}}
	type labelled struct {
		Month
		year int
	}
	var all []labelled
	for y := first - 1; y <= last; y++ {
		// The suì from month 11 of y to month 11 of y+1.
		k0, k1 := month11(m, y), month11(m, y+1)
		n := k1 - k0
		if n != 12 && n != 13 {
			return nil, fmt.Errorf("lunargen: suì %d–%d has %d months", y, y+1, n)
		}
		leap := -1 // index in the suì of the leap month
		if n == 13 {
			for i := 1; i < n; i++ {
				if sectorAt(m, newMoonDay(m, k0+i)) == sectorAt(m, newMoonDay(m, k0+i+1)) {
					leap = i
					break
				}
			}
			if leap < 0 {
				return nil, fmt.Errorf("lunargen: 13-month suì %d–%d has no month without a principal term", y, y+1)
			}
		}
		num, ly := 11, y
		for i := 0; i < n; i++ {
			start, next := newMoonDay(m, k0+i), newMoonDay(m, k0+i+1)
			isLeap := i == leap
			if i > 0 && !isLeap {
				num++
				if num == 13 {
					num, ly = 1, y+1
				}
			}
			all = append(all, labelled{Month{start, num, isLeap, next - start}, ly})
		}
	}
	var years []Year
	for _, lm := range all {
		if lm.year < first || lm.year > last {
			continue
		}
		if len(years) == 0 || years[len(years)-1].Year != lm.year {
			years = append(years, Year{Year: lm.year})
		}
		yr := &years[len(years)-1]
		yr.Months = append(yr.Months, lm.Month)
	}
	return years, check(years, first, last)
}

// check verifies the structural facts every computed year must satisfy.
func check(years []Year, first, last int) error {
	if len(years) != last-first+1 {
		return fmt.Errorf("lunargen: %d years computed, want %d", len(years), last-first+1)
	}
	for i, y := range years {
		if y.Year != first+i {
			return fmt.Errorf("lunargen: year %d at position %d", y.Year, i)
		}
		if n := len(y.Months); n != 12 && n != 13 {
			return fmt.Errorf("lunargen: year %d has %d months", y.Year, n)
		}
		if y.Months[0].Number != 1 || y.Months[0].Leap {
			return fmt.Errorf("lunargen: year %d does not start with month 1", y.Year)
		}
		for j, mo := range y.Months {
			if mo.Days != 29 && mo.Days != 30 {
				return fmt.Errorf("lunargen: %d/%d has %d days", mo.Number, y.Year, mo.Days)
			}
			if j > 0 && mo.Start != y.Months[j-1].Start+y.Months[j-1].Days {
				return fmt.Errorf("lunargen: gap before %d/%d", mo.Number, y.Year)
			}
		}
		if i > 0 {
			p := years[i-1]
			if end := p.Months[len(p.Months)-1]; end.Start+end.Days != y.Months[0].Start {
				return fmt.Errorf("lunargen: gap before year %d", y.Year)
			}
		}
	}
	return nil
}

// jdnFromCivil returns the Julian Day Number of a proleptic Gregorian date
// (Fliegel & Van Flandern's integer formula, as in Claus Tøndering's
// Calendar FAQ).
func jdnFromCivil(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// civilFromJDN is the inverse of jdnFromCivil (Richards' algorithm, as in
// the Explanatory Supplement, 3rd ed., §15.11).
func civilFromJDN(j int) (y, m, d int) {
	f := j + 1401 + (((4*j+274277)/146097)*3)/4 - 38
	e := 4*f + 3
	g := (e % 1461) / 4
	h := 5*g + 2
	d = (h%153)/5 + 1
	m = (h/153+2)%12 + 1
	y = e/1461 - 4716 + (14-m)/12
	return
}
