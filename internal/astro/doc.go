// Package astro holds the astronomy behind the lunar calendar table: the
// instants of new moons and the Sun's apparent longitude. It runs only when
// the table is generated (package internal/lunargen), never at run time.
//
// # Precise method
//
// The Moon is ELP/MPP02 (Chapront & Francou 2003) with the constants fitted
// to DE405, truncated to the longitude terms of at least 0.001″ (0.05″ from the
// full series over 1900–2200); the Sun is VSOP87D (Bretagnon & Francou 1988)
// with every term. Apparent longitudes add light time (for the Sun this is
// the aberration, about −20.5″), the FK5 correction of VSOP87 and the IAU
// 1980 nutation (Meeus, Astronomical Algorithms, 2nd ed., ch. 22, 25, 32).
// A new moon is the instant the two apparent longitudes are equal, found by
// secant iteration to 10⁻⁹ day. ΔT is USNO's and the IERS's to 2032, then
// the polynomials of Espenak & Meeus (see [DeltaT]). The new moons of
// 1900–2199 within three minutes of UTC+7 midnight, the ones that decide a
// month's first day, come out within a second of an independent
// computation from the same theories; the tests list them.
//
// # Cross-check
//
// hnd.go is Hồ Ngọc Đức's simplified algorithm, kept for comparison.
package astro
