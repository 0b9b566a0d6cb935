package astro

import "math"

// This file is Hồ Ngọc Đức's simplified algorithm, kept as the cross-check the
// precise method is compared with. The formulas are those published by Hồ Ngọc
// Đức at https://www.informatik.uni-leipzig.de/~duc/amlich/ ("Astronomical
// algorithms from the book 'Astronomical Algorithms' by Jean Meeus, 1998"):
// a mean lunation with 13 periodic terms (the Meeus ch. 49 series with epoch
// 1900, header comment "Accuracy: 2 minutes") and Meeus's low-accuracy solar
// longitude (ch. 25, equation of the centre to three terms, no nutation or
// aberration). The arithmetic is kept in the published order and in radians
// so that rounding at sector boundaries is the same as in the ports.

// HNDNewMoon returns the Julian Day (UT) of the k-th new moon after the new
// moon of 1900-01-01 13:51 UT, by Hồ Ngọc Đức's simplified algorithm.
func HNDNewMoon(k int) float64 {
	const dr = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85
	t2 := t * t
	t3 := t2 * t
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3    // Sun's mean anomaly
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3 // Moon's mean anomaly
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3    // Moon's argument of latitude
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 = c1 - 0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c1 = c1 - 0.0004*math.Sin(dr*3*mpr)
	c1 = c1 + 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 = c1 - 0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c1 = c1 - 0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c1 = c1 + 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltat float64
	if t < -11 {
		deltat = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltat = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltat
}

// HNDSunLongitude returns the Sun's longitude in radians, in [0, 2π), at
// Julian Day jd, by the low-accuracy formula Hồ Ngọc Đức uses.
func HNDSunLongitude(jd float64) float64 {
	const dr = math.Pi / 180
	t := (jd - 2451545.0) / 36525
	t2 := t * t
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2 // mean anomaly, degrees
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2                  // mean longitude, degrees
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	l -= math.Pi * 2 * math.Floor(l/(math.Pi*2))
	return l
}

// HNDSunSector returns floor(longitude/30°) of [HNDSunLongitude] at jd, the
// quantity Hồ Ngọc Đức's code compares between month starts.
func HNDSunSector(jd float64) int {
	return int(math.Floor(HNDSunLongitude(jd) / math.Pi * 6))
}
