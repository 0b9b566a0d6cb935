package astro

import "math"

// elpTerm is one ELP/MPP02 term A·sin(φ0 + φ1·T + φ2·T² + φ3·T³ + φ4·T⁴).
type elpTerm struct {
	a   float64
	phi [5]float64
}

// elpSum evaluates an ELP/MPP02 variable: Σ_p T^p Σ A·sin(φ(T)).
func elpSum(series [][]elpTerm, t float64) float64 {
	var sum, tp float64 = 0, 1
	for _, s := range series {
		var part float64
		for j := len(s) - 1; j >= 0; j-- {
			p := &s[j].phi
			part += s[j].a * math.Sin(p[0]+t*(p[1]+t*(p[2]+t*(p[3]+t*p[4]))))
		}
		sum += part * tp
		tp *= t
	}
	return sum
}

// precessionInLongitude returns the general precession p_A in radians, T
// centuries after J2000, that ELP/MPP02 adds to its longitude (referred to a
// fixed departure point) to refer it to the mean equinox of date: Laskar's
// rate with the IAU 2000 correction −0.299 65″/cy, as in the notice of
// ELP/MPP02 (Chapront & Francou 2003).
func precessionInLongitude(t float64) float64 {
	return horner(t, 0, 5029.0966-0.29965, 1.1120, 0.000077, -0.00002353) * arcsec
}

// lightSpeed is the speed of light in km/day.
const lightSpeed = 299792.458 * 86400

// moonL returns the Moon's geometric geocentric longitude (radians, mean
// ecliptic and equinox of date) at jde, by ELP/MPP02 fitted to DE405.
func moonL(jde float64) float64 {
	t := (jde - J2000) / 36525
	return horner(t, elpW1[:]...) + elpSum(elpLongitude[:], t)*arcsec + precessionInLongitude(t)
}

// moonDist returns the Moon's geocentric distance (km) at jde, by ELP/MPP02
// fitted to DE405. It is a separate function from moonL because the light
// time needs the distance now and the longitude one light time earlier.
func moonDist(jde float64) float64 { return elpSum(elpDistance[:], (jde-J2000)/36525) }

// moonApparentNoNutation is the Moon's longitude as seen at jde, one light
// time (about 1.3 s) earlier, without nutation.
func moonApparentNoNutation(jde float64) float64 {
	return moonL(jde - moonDist(jde)/lightSpeed)
}

// MoonApparentLongitude returns the Moon's apparent geocentric ecliptic
// longitude, in radians in [0, 2π), at Julian Ephemeris Day jde (TT):
// ELP/MPP02 (DE405 fit), light time and IAU 1980 nutation.
func MoonApparentLongitude(jde float64) float64 {
	return normalize(moonApparentNoNutation(jde) + Nutation(jde))
}

// elongation returns the Moon's apparent longitude minus the Sun's, in
// (−π, π]; nutation cancels.
func elongation(jde float64) float64 {
	return math.Remainder(moonApparentNoNutation(jde)-sunGeometricLongitude(jde), 2*math.Pi)
}

// NewMoonTT returns the Julian Ephemeris Day (TT) of the k-th new moon after
// the new moon of 1900-01-01 (k = 0, JD ≈ 2415021.08): the instant the Moon's
// and the Sun's apparent longitudes are equal.
func NewMoonTT(k int) float64 {
	// Start from the mean new moon (Meeus formula 49.1, whose k counts from
	// the new moon of 2000-01-06, 1237 lunations after that of 1900-01-01).
	km := float64(k - 1237)
	t := km / 1236.85
	x0 := horner(t, 0, 0, 0.00015437, -0.000000150, 0.00000000073) + 2451550.09766 + 29.530588861*km
	// Secant iteration on the elongation.
	x1 := x0 + 0.05
	f0, f1 := elongation(x0), elongation(x1)
	for i := 0; i < 30 && f1 != f0; i++ {
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		x0, f0 = x1, f1
		x1, f1 = x2, elongation(x2)
		if math.Abs(x1-x0) < 1e-9 {
			break
		}
	}
	return x1
}

// NewMoon returns the Julian Day (UT) of the k-th new moon after the new
// moon of 1900-01-01, with ΔT from [DeltaT].
func NewMoon(k int) float64 { return UT(NewMoonTT(k)) }
