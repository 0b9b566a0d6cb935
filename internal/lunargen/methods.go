package lunargen

import (
	"math"

	"github.com/vanban-go/vanban/internal/astro"
)

// HND is Hồ Ngọc Đức's simplified algorithm (package astro, hnd.go), the
// cross-check of the precise method.
type HND struct{}

// Name implements [Method].
func (HND) Name() string {
	return "Hồ Ngọc Đức's simplified algorithm (Meeus ch. 49 with 13 terms, low-accuracy Sun), UTC+7"
}

// NewMoon implements [Method].
func (HND) NewMoon(k int) float64 { return astro.HNDNewMoon(k) }

// SunSector implements [Method].
func (HND) SunSector(jd float64) int { return astro.HNDSunSector(jd) }

// Precise is the method of the table: new moons from ELP/MPP02 (DE405 fit)
// and VSOP87D, the Sun's apparent longitude from VSOP87D with light time,
// FK5 correction and IAU 1980 nutation, and ΔT from USNO and IERS values
// to 2032, then the Espenak–Meeus polynomials (package astro, DeltaT).
type Precise struct{}

// Name implements [Method].
func (Precise) Name() string {
	return "ELP/MPP02 (DE405) Moon, VSOP87D Sun with aberration and IAU 1980 nutation, USNO/IERS ΔT then Espenak–Meeus, UTC+7"
}

// NewMoon implements [Method].
func (Precise) NewMoon(k int) float64 { return astro.NewMoon(k) }

// SunSector implements [Method].
func (Precise) SunSector(jd float64) int {
	return int(math.Floor(astro.SunApparentLongitude(astro.TT(jd)) / (math.Pi / 6)))
}
