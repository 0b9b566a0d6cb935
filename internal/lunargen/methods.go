package lunargen

import "github.com/vanban-go/vanban/internal/astro"

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
