package astro

import "math"

// vsopTerm is one term A·cos(B + C·τ) of a VSOP87 series.
type vsopTerm struct{ a, b, c float64 }

// vsopSum evaluates a VSOP87 variable: Σ_i τ^i Σ_j A·cos(B + C·τ).
func vsopSum(series [][]vsopTerm, tau float64) float64 {
	var sum, tp float64 = 0, 1
	for _, s := range series {
		var part float64
		for j := len(s) - 1; j >= 0; j-- { // small terms first
			part += s[j].a * math.Cos(s[j].b+s[j].c*tau)
		}
		sum += part * tp
		tp *= tau
	}
	return sum
}

// lightTimePerAU is the light time for one astronomical unit, in days
// (Meeus, Astronomical Algorithms, 2nd ed., ch. 25: 0.005 775 518 3).
const lightTimePerAU = 0.0057755183

// fk5Correction converts VSOP87 longitudes to the FK5 system (Meeus
// formula 25.9, −0.090 33″).
const fk5Correction = -0.09033 * arcsec

// earthLongitude returns the Earth's heliocentric VSOP87D longitude (radians,
// mean ecliptic and equinox of date) and radius vector (au) at jde.
func earthLongitude(jde float64) (l, r float64) {
	return earthL(jde), earthR(jde)
}

// earthL and earthR are the two halves of earthLongitude, so that a caller
// that needs one does not pay for both.
func earthL(jde float64) float64 { return vsopSum(vsop87EarthL[:], (jde-J2000)/365250) }
func earthR(jde float64) float64 { return vsopSum(vsop87EarthR[:], (jde-J2000)/365250) }

// SunApparentLongitude returns the Sun's apparent geocentric ecliptic
// longitude, in radians in [0, 2π), at Julian Ephemeris Day jde (TT):
// VSOP87D (Bretagnon & Francou 1988) with every term, light time (the
// aberration, taken exactly as the Sun's position one light time earlier,
// Meeus ch. 25), the FK5 correction and the IAU 1980 nutation.
func SunApparentLongitude(jde float64) float64 {
	return normalize(sunGeometricLongitude(jde) + Nutation(jde))
}

// sunGeometricLongitude is SunApparentLongitude without nutation, which the
// Moon shares and which therefore cancels in the elongation.
func sunGeometricLongitude(jde float64) float64 {
	// Only the radius at jde and the longitude one light time earlier are
	// used, so only those two series are summed.
	l := earthL(jde - lightTimePerAU*earthR(jde))
	return l + math.Pi + fk5Correction
}

// normalize returns a reduced to [0, 2π).
func normalize(a float64) float64 {
	a = math.Mod(a, 2*math.Pi)
	if a < 0 {
		a += 2 * math.Pi
	}
	return a
}

// SunLongitudeTime returns the Julian Ephemeris Day at which the Sun's
// apparent longitude reaches target (radians), searching from the estimate
// jde, which must be within about 60 days of the answer.
func SunLongitudeTime(target, jde float64) float64 {
	// The Sun moves 0.9856°/day on average; Newton steps with that rate
	// converge linearly by about 3% per step.
	const rate = 2 * math.Pi / 365.2422
	for i := 0; i < 50; i++ {
		d := math.Remainder(target-SunApparentLongitude(jde), 2*math.Pi) / rate
		jde += d
		if math.Abs(d) < 1e-9 {
			break
		}
	}
	return jde
}
