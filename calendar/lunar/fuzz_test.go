package lunar

import (
	"errors"
	"testing"
)

// FuzzSolar converts arbitrary lunar dates: Solar never panics, fails only
// with the package's categories, and a date it accepts converts back.
func FuzzSolar(f *testing.F) {
	f.Add(2026, 3, 10, false)
	f.Add(2023, 2, 30, true)
	f.Add(2199, 12, 1, false)
	f.Add(1900, 1, 1, false)
	f.Add(-1, 0, 99, true)
	f.Fuzz(func(t *testing.T, y, m, d int, leap bool) {
		l := Date{y, m, d, leap}
		s, err := l.Solar()
		if err != nil {
			if !errors.Is(err, ErrOutOfRange) && !errors.Is(err, ErrNoSuchDate) {
				t.Fatalf("%+v.Solar(): unexpected error %v", l, err)
			}
			return
		}
		back, err := FromSolar(s)
		if err != nil || back != l {
			t.Fatalf("%+v.Solar() = %v, FromSolar gives %+v, %v", l, s, back, err)
		}
	})
}

// FuzzUnmarshalText reads arbitrary text: it never panics, and what it
// accepts marshals back to the same text.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"2026-03-10", "2023-02L-15", "", "2024-12-30", "9999-99L-99", "2026-03-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Offset < 0 || e.Offset > len(s) {
				t.Fatalf("UnmarshalText(%q): bad error %#v", s, err)
			}
			return
		}
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("UnmarshalText(%q) = %+v; MarshalText = %q, %v", s, d, b, err)
		}
	})
}

// FuzzFromSolar converts arbitrary day numbers.
func FuzzFromSolar(f *testing.F) {
	f.Add(int64(minDay))
	f.Add(int64(maxDay) + 1)
	f.Add(int64(-1) << 62)
	f.Fuzz(func(t *testing.T, n int64) {
		l, err := FromSolar(dateDays64(n))
		if err != nil {
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("FromSolar(%d): %v", n, err)
			}
			return
		}
		if s, err := l.Solar(); err != nil || int64(s) != n {
			t.Fatalf("FromSolar(%d) = %+v; Solar = %v, %v", n, l, s, err)
		}
	})
}
