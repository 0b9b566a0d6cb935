// Package astro holds the astronomy behind the lunar calendar table: the
// times of new moons and the Sun's apparent longitude. It runs only when the
// table is generated (package internal/lunargen), never at run time.
//
// # Methods
//
// hnd.go is Hồ Ngọc Đức's simplified algorithm, kept as a cross-check.
package astro
