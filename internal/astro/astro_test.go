package astro

import (
	"math"
	"testing"
)

// localSeconds returns the UTC+7 civil day (JDN) of jd (UT) and the seconds
// after its midnight.
func localSeconds(jd float64) (day int, sec float64) {
	l := jd + 0.5 + 7.0/24
	f := math.Floor(l)
	return int(f), (l - f) * 86400
}

// The new moons within three minutes of UTC+7 midnight, 1900–2199, with the
// instants of the precise computation in shared/domain/lunar.md §5 (to the
// second, UTC+7).
func TestNewMoonsNearMidnight(t *testing.T) {
	tests := []struct {
		y, m, d   int
		h, mi, s  int
		deltaT    float64 // lunar.md's ΔT, s
		hndAgrees bool    // lunar.md: does Hồ Ngọc Đức's algorithm agree?
	}{
		{1944, 6, 20, 23, 59, 33, 27, false},
		{1967, 7, 8, 0, 0, 3, 38, true},
		{1998, 9, 21, 0, 1, 29, 63, true},
		{2031, 4, 21, 23, 57, 5, 70, true},
		{2054, 5, 8, 0, 0, 28, 102, true},
		{2072, 12, 9, 23, 58, 45, 141, false},
		{2077, 11, 15, 23, 59, 52, 152, false},
		{2079, 8, 27, 0, 2, 21, 156, true},
		{2085, 10, 18, 23, 59, 36, 170, true},
		{2090, 9, 24, 0, 2, 46, 181, true},
		{2125, 1, 4, 23, 57, 4, 264, true},
		{2130, 5, 7, 23, 58, 7, 277, false},
		{2150, 5, 26, 23, 59, 24, 329, false},
		{2153, 10, 18, 0, 1, 20, 337, true},
		{2159, 5, 17, 23, 58, 8, 349, false},
		{2175, 1, 22, 23, 59, 37, 383, false},
		{2188, 4, 27, 0, 1, 52, 414, true},
		{2199, 1, 26, 23, 57, 54, 440, false},
	}
	for _, tt := range tests {
		day := jdn(tt.y, tt.m, tt.d)
		k := int(math.Round((float64(day) - 2415021.08) / 29.530588853))
		jd := NewMoon(k)
		gotDay, sec := localSeconds(jd)
		want := float64(tt.h*3600 + tt.mi*60 + tt.s)
		if gotDay != day || math.Abs(sec-want) > 1 {
			t.Errorf("new moon %d: day %d at %.2f s, want %d-%02d-%02d %02d:%02d:%02d (lunar.md §5)",
				k, gotDay, sec, tt.y, tt.m, tt.d, tt.h, tt.mi, tt.s)
		}
		if dt := DeltaT(DecimalYear(jd)); math.Abs(dt-tt.deltaT) > 1 {
			t.Errorf("ΔT at new moon %d = %.1f s, want %.0f (lunar.md §5)", k, dt, tt.deltaT)
		}
		hndDay := int(math.Floor(HNDNewMoon(k) + 0.5 + 7.0/24))
		if (hndDay == day) != tt.hndAgrees {
			t.Errorf("Hồ Ngọc Đức's new moon %d on JDN %d; lunar.md says agrees=%v", k, hndDay, tt.hndAgrees)
		}
	}
}

// Principal terms that decide a month, with their instants from lunar.md.
func TestSolarTerms(t *testing.T) {
	tests := []struct {
		lon              float64 // degrees
		y, m, d, h, i, s int     // UTC+7; s = 0 when lunar.md gives minutes only
		src              string
	}{
		{180, 1938, 9, 23, 23, 59, 31, "lunar.md §5: Thu phân 23:59:31 UTC+7 makes 1938/8 leap"},
		{270, 1984, 12, 21, 23, 23, 0, "lunar.md §3: solstice 16:23 UT = 23:23 Hanoi"},
		{150, 1987, 8, 23, 23, 9, 0, "lunar.md §3: 150° term at 23:09 Hanoi"},
	}
	for _, tt := range tests {
		guess := float64(jdn(tt.y, tt.m, tt.d))
		jd := UT(SunLongitudeTime(tt.lon*math.Pi/180, TT(guess)))
		day, sec := localSeconds(jd)
		want, tol := float64(tt.h*3600+tt.i*60+tt.s), 1.0
		if tt.s == 0 {
			tol = 60 // lunar.md gives the minute only
		}
		if day != jdn(tt.y, tt.m, tt.d) || math.Abs(sec-want) > tol {
			t.Errorf("λ = %v° on JDN %d at %.1f s; want %d-%02d-%02d %02d:%02d (%s)", tt.lon, day, sec, tt.y, tt.m, tt.d, tt.h, tt.i, tt.src)
		}
	}
}

// Meeus, Astronomical Algorithms, 2nd ed., ch. 25: for 1992-10-13 0h TD
// (example 25.b) the complete VSOP87 gives the geometric Sun at
// Θ = 199°54′26.18″ (FK5) and R = 0.997 608 53 au (the values below the
// example, p. 165); with Δψ = +15.908″ and Meeus's aberration −20.4898″/R
// the apparent λ is 199°54′21.55″. The exact light-time aberration used
// here may differ from −20.4898″/R by up to 0.35″ (Meeus formula 25.11).
func TestSunMeeus25b(t *testing.T) {
	const jde = 2448908.5
	l, r := earthLongitude(jde)
	theta := normalize(l+math.Pi+fk5Correction) / arcsec
	if want := 199*3600 + 54*60 + 26.18; math.Abs(theta-want) > 0.01 || math.Abs(r-0.99760853) > 2e-8 {
		t.Errorf("Θ = %.3f″, R = %.8f; want %.2f″, 0.99760853 (Meeus p. 165)", theta, r, want)
	}
	want := 199*3600 + 54*60 + 21.55
	if got := SunApparentLongitude(jde) / arcsec; math.Abs(got-want) > 0.35 {
		t.Errorf("λ = %.3f″, want %.3f″ ± 0.35″ (Meeus ch. 25)", got, want)
	}
}

// Meeus example 22.a: 1987-04-10 0h TD, Δψ = −3.788″.
func TestNutationMeeus22a(t *testing.T) {
	if got := Nutation(2446895.5) / arcsec; math.Abs(got+3.788) > 0.001 {
		t.Errorf("Δψ = %.4f″, want −3.788″ (Meeus example 22.a)", got)
	}
}

// Meeus example 47.a: 1992-04-12 0h TD, apparent λ = 133.167265° by the
// truncated ELP-2000/82 of ch. 47, which is accurate to about 10″.
func TestMoonMeeus47a(t *testing.T) {
	got := MoonApparentLongitude(2448724.5) * 180 / math.Pi
	if math.Abs(got-133.167265)*3600 > 10 {
		t.Errorf("λ = %.6f°, want 133.167265° ± 10″ (Meeus example 47.a)", got)
	}
}
