package astro

import "math"

// J2000 is the Julian Day of the epoch J2000.0, 2000-01-01 12:00 TT.
const J2000 = 2451545.0

// arcsec is one second of arc in radians.
const arcsec = math.Pi / 180 / 3600

// horner evaluates the polynomial c[0] + c[1]·x + c[2]·x² + … .
func horner(x float64, c ...float64) float64 {
	var y float64
	for i := len(c) - 1; i >= 0; i-- {
		y = y*x + c[i]
	}
	return y
}

// civil returns the proleptic Gregorian date of Julian Day Number j
// (Richards' algorithm, Explanatory Supplement, 3rd ed., §15.11).
func civil(j int) (y, m, d int) {
	f := j + 1401 + (((4*j+274277)/146097)*3)/4 - 38
	e := 4*f + 3
	g := (e % 1461) / 4
	h := 5*g + 2
	d = (h%153)/5 + 1
	m = (h/153+2)%12 + 1
	y = e/1461 - 4716 + (14-m)/12
	return
}

// jdn returns the Julian Day Number of a proleptic Gregorian date
// (Fliegel & Van Flandern).
func jdn(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// DecimalYear returns the Gregorian year of Julian Day jd with the elapsed
// fraction of that year: 2000.0 is 2000-01-01 00:00.
func DecimalYear(jd float64) float64 {
	y, _, _ := civil(int(math.Floor(jd + 0.5)))
	start := float64(jdn(y, 1, 1)) - 0.5
	end := float64(jdn(y+1, 1, 1)) - 0.5
	return float64(y) + (jd-start)/(end-start)
}

// deltaTTable is ΔT tabulated at equal steps of decimal years.
type deltaTTable struct {
	first, step float64
	values      []float64
}

// at interpolates the table at decimal year x with the three tabulated
// points centred on the nearest one (Meeus ch. 3, formula 3.3).
func (t *deltaTTable) at(x float64) float64 {
	i := int(math.Round((x - t.first) / t.step))
	i = max(1, min(i, len(t.values)-2))
	n := (x - (t.first + float64(i)*t.step)) / t.step
	return interp3(t.values[i-1], t.values[i], t.values[i+1], n)
}

// monthlyTable is ΔT on the first day of consecutive months.
type monthlyTable struct {
	firstYear, firstMonth int
	values                []float64
}

// monthStart returns the decimal year of the first day of month m of year y.
func monthStart(y, m int) float64 {
	for m > 12 {
		y, m = y+1, m-12
	}
	j := float64(jdn(y, m, 1))
	return float64(y) + (j-float64(jdn(y, 1, 1)))/float64(jdn(y+1, 1, 1)-jdn(y, 1, 1))
}

// at interpolates between the value of x's month and those of the two
// months after it, as astronomia does for the monthly IERS data.
func (t *monthlyTable) at(x float64) float64 {
	y := int(math.Floor(x))
	m := 12
	for m > 1 && monthStart(y, m) > x {
		m--
	}
	i := 12*(y-t.firstYear) + m - t.firstMonth
	i = max(0, min(i, len(t.values)-3))
	x1, x3 := monthStart(y, m), monthStart(y, m+2)
	n := (x - (x1+x3)/2) / ((x3 - x1) / 2)
	return interp3(t.values[i], t.values[i+1], t.values[i+2], n)
}

// monthlyEnd is the decimal year from which the monthly data is no longer
// used: astronomia drops the last three months of its data set.
func (t *monthlyTable) end() float64 {
	n := t.firstMonth - 1 + len(t.values) - 1
	return monthStart(t.firstYear+n/12, n%12+1) - 0.25
}

// interp3 is Meeus's three-point interpolation (3.3) at n, −1 ≤ n ≤ 1,
// between y1 (n = −1), y2 (n = 0) and y3 (n = 1).
func interp3(y1, y2, y3, n float64) float64 {
	a, b := y2-y1, y3-y2
	return y2 + n/2*(a+b+n*(b-a))
}

// DeltaT returns ΔT = TT − UT in seconds at decimal year y, as the npm
// package astronomia 4.2.0 (data/deltat.js) takes it: USNO's table
// to 1973, IERS monthly values to early 2023, USNO's prediction to 2032, then
// the polynomials of Espenak & Meeus (NASA, "Polynomial expressions for Delta
// T", https://eclipse.gsfc.nasa.gov/SEcat5/deltatpoly.html). Valid from 1850.
func DeltaT(y float64) float64 {
	switch {
	case y < monthStart(deltaTMonthly.firstYear, deltaTMonthly.firstMonth):
		return deltaTHistoric.at(y)
	case y < deltaTMonthly.end():
		return deltaTMonthly.at(y)
	case y < deltaTPredicted.first+deltaTPredicted.step*float64(len(deltaTPredicted.values)-1):
		return deltaTPredicted.at(y)
	case y < 2050:
		return horner((y-2000)/100, 62.92, 32.217, 55.89)
	case y < 2150:
		return horner((y-1820)/100, -205.72, 56.28, 32)
	default:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	}
}

// TT returns the Julian Ephemeris Day (TT) of Julian Day jd (UT).
func TT(jd float64) float64 { return jd + DeltaT(DecimalYear(jd))/86400 }

// UT returns the Julian Day (UT) of Julian Ephemeris Day jde (TT).
func UT(jde float64) float64 { return jde - DeltaT(DecimalYear(jde))/86400 }
