package calendar

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// naiveAdd is AddWorkdays one day at a time, straight from its definition.
func naiveAdd(c *Calendar, d date.Date, n int) (date.Date, bool) {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d += date.Date(step)
		if d < MinDate || d > MaxDate {
			return 0, false
		}
		if c.IsWorkday(d) {
			n--
		}
	}
	return d, true
}

// naiveBetween is WorkdaysBetween one day at a time.
func naiveBetween(c *Calendar, from, to date.Date) int {
	sign := 1
	if to < from {
		from, to, sign = to, from, -1
	}
	n := 0
	for d := from + 1; d <= to; d++ {
		if c.IsWorkday(d) {
			n++
		}
	}
	return sign * n
}

func propertyCalendars(t *testing.T) map[string]*Calendar {
	return map[string]*Calendar{
		"default": Default(),
		"custom": mustNew(t, WithWeeklyRest(time.Sunday), WithoutSwaps(),
			WithAnnualDayOff(time.October, 10, "Ngày địa phương", "ví dụ"),
			WithWorkday(ymd(2026, 2, 17), "Trực Tết", "ví dụ")),
	}
}

// TestWorkdayProperties checks, on random days, that AddWorkdays and
// WorkdaysBetween agree with their one-day-at-a-time definitions, are
// inverse as DESIGN.md states, that WorkdaysBetween is antisymmetric and
// that AddWorkdays lands on working days.
func TestWorkdayProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	for name, c := range propertyCalendars(t) {
		for range 3000 {
			d := MinDate + date.Date(rng.IntN(numDays))
			n := rng.IntN(601) - 300
			if rng.IntN(10) == 0 {
				n = rng.IntN(20001) - 10000
			}
			got, err := c.AddWorkdays(d, n)
			want, ok := naiveAdd(c, d, n)
			if !ok {
				if !errors.Is(err, ErrOutOfRange) {
					t.Fatalf("%s: AddWorkdays(%s, %d) = %s, %v; want ErrOutOfRange", name, d, n, got, err)
				}
				continue
			}
			if err != nil || got != want {
				t.Fatalf("%s: AddWorkdays(%s, %d) = %s, %v; want %s", name, d, n, got, err, want)
			}
			if n != 0 && !c.IsWorkday(got) {
				t.Fatalf("%s: AddWorkdays(%s, %d) = %s, not a working day", name, d, n, got)
			}
			// The inverse holds going forward, and backward from a working day.
			if back, _ := c.WorkdaysBetween(d, got); (n > 0 || (n < 0 && c.IsWorkday(d))) && back != n {
				t.Fatalf("%s: WorkdaysBetween(%s, AddWorkdays(%s, %d) = %s) = %d", name, d, d, n, got, back)
			}

			x := MinDate + date.Date(rng.IntN(numDays))
			if rng.IntN(2) == 0 {
				x = d + date.Date(rng.IntN(801)-400)
				x = max(MinDate, min(MaxDate, x))
			}
			k, err := c.WorkdaysBetween(d, x)
			if err != nil {
				t.Fatal(err)
			}
			if abs(int(x-d)) < 3000 {
				if want := naiveBetween(c, d, x); k != want {
					t.Fatalf("%s: WorkdaysBetween(%s, %s) = %d, want %d", name, d, x, k, want)
				}
			}
			if k2, _ := c.WorkdaysBetween(x, d); k2 != -k {
				t.Fatalf("%s: WorkdaysBetween not antisymmetric at %s, %s: %d, %d", name, d, x, k, k2)
			}
			if c.IsWorkday(x) && (x > d || c.IsWorkday(d)) {
				if y, err := c.AddWorkdays(d, k); err != nil || y != x {
					t.Fatalf("%s: AddWorkdays(%s, WorkdaysBetween(%s, %s) = %d) = %s, %v", name, d, d, x, k, y, err)
				}
			}

			f, err1 := c.WorkdayOnOrAfter(d)
			b, err2 := c.WorkdayOnOrBefore(d)
			if c.IsWorkday(d) {
				if f != d || b != d {
					t.Fatalf("%s: working day %s rolls to %s / %s", name, d, f, b)
				}
			} else {
				if nf, ok := naiveAdd(c, d, 1); ok && (err1 != nil || f != nf) {
					t.Fatalf("%s: WorkdayOnOrAfter(%s) = %s, %v; want %s", name, d, f, err1, nf)
				}
				if nb, ok := naiveAdd(c, d, -1); ok && (err2 != nil || b != nb) {
					t.Fatalf("%s: WorkdayOnOrBefore(%s) = %s, %v; want %s", name, d, b, err2, nb)
				}
			}
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func TestWorkdayEdges(t *testing.T) {
	c := Default()
	// n = 0 returns d even when it is not a working day.
	if got, err := c.AddWorkdays(ymd(2026, 2, 17), 0); err != nil || got != ymd(2026, 2, 17) {
		t.Errorf("AddWorkdays(mùng 1 Tết 2026, 0) = %s, %v", got, err)
	}
	// From a day off, +1 is the first working day after it and −1 the last
	// before: Tết 2026 is 14–22/2 with weekends (Thông báo 9441/TB-BNV).
	if got, _ := c.AddWorkdays(ymd(2026, 2, 17), 1); got != ymd(2026, 2, 23) {
		t.Errorf("AddWorkdays(17/2/2026, 1) = %s, want 2026-02-23", got)
	}
	if got, _ := c.AddWorkdays(ymd(2026, 2, 17), -1); got != ymd(2026, 2, 13) {
		t.Errorf("AddWorkdays(17/2/2026, -1) = %s, want 2026-02-13", got)
	}
	if got, _ := c.WorkdaysBetween(ymd(2026, 2, 13), ymd(2026, 2, 23)); got != 1 {
		t.Errorf("WorkdaysBetween over Tết 2026 = %d, want 1", got)
	}
	for _, tt := range []struct {
		d date.Date
		n int
	}{
		{MaxDate, 1}, {MinDate, -1}, {MinDate - 1, 0}, {MaxDate + 1, 1},
		{ymd(2100, 1, 1), 1 << 62}, {ymd(2100, 1, 1), -1 << 62}, {ymd(2100, 1, 1), 60000},
	} {
		if _, err := c.AddWorkdays(tt.d, tt.n); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("AddWorkdays(%s, %d): err = %v, want ErrOutOfRange", tt.d, tt.n, err)
		}
	}
	if _, err := c.WorkdaysBetween(MinDate-1, MaxDate); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("WorkdaysBetween from out of range: %v", err)
	}
	if _, err := c.WorkdaysBetween(MinDate, MaxDate+1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("WorkdaysBetween to out of range: %v", err)
	}
	// 2199-12-31 is a Tuesday; made a day off, no working day is left on or
	// after it.
	if _, err := mustNew(t, WithDayOff(MaxDate, "x", "y")).WorkdayOnOrAfter(MaxDate); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("WorkdayOnOrAfter(MaxDate): %v", err)
	}
	// 2000-01-01 is a Saturday and a holiday.
	if _, err := c.WorkdayOnOrBefore(MinDate); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("WorkdayOnOrBefore(MinDate): %v", err)
	}
	_, err := c.AddWorkdays(MaxDate, 5)
	if want := "calendar: AddWorkdays 2199-12-31: n = 5: out of range 2000-01-01 to 2199-12-31"; err == nil || err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

// FuzzWorkdayArithmetic checks the inverse property on any input.
func FuzzWorkdayArithmetic(f *testing.F) {
	f.Add(int64(MinDate), int64(148))
	f.Add(int64(ymd(2021, 4, 20)), int64(-5000))
	f.Add(int64(MaxDate), int64(0))
	c := Default()
	f.Fuzz(func(t *testing.T, day, n int64) {
		d := date.Date(day)
		got, err := c.AddWorkdays(d, int(n))
		if err != nil {
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("AddWorkdays(%d, %d): %v", day, n, err)
			}
			return
		}
		if n == 0 {
			if got != d {
				t.Fatalf("AddWorkdays(%s, 0) = %s", d, got)
			}
			return
		}
		if !c.IsWorkday(got) {
			t.Fatalf("AddWorkdays(%s, %d) = %s, not a working day", d, n, got)
		}
		if n < 0 && !c.IsWorkday(d) {
			return // the inverse holds backward only from a working day
		}
		if k, err := c.WorkdaysBetween(d, got); err != nil || int64(k) != n {
			t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; want %d", d, got, k, err, n)
		}
	})
}

// TestArithmeticAgainstTable checks AddWorkdays and WorkdaysBetween on every
// day of 2010–2027 against a count made straight from holidays-vn.tsv by
// the rule of calendar.md §6 (a day is off if it is a Saturday or Sunday
// not listed as swap-workday, or is listed as holiday, compensatory or
// swap-off), one day at a time, without the calendar: every n in −25…25
// and every x within 40 days of d, including DESIGN.md's inverse property
// with its clause for x before d.
func TestArithmeticAgainstTable(t *testing.T) {
	rows := tableRows(t)
	first, last := ymd(2010, 1, 1), ymd(2027, 12, 31)
	work := func(d date.Date) bool {
		if r, ok := rows[d]; ok {
			return r.Kind == SwapWorkday
		}
		wd := d.Weekday()
		return wd != time.Saturday && wd != time.Sunday
	}
	c := Default()
	const maxN, maxSpan = 25, 40
	for d := first; d <= last; d++ {
		// The n-th working day after and before d, found by walking.
		for _, step := range []int{1, -1} {
			x, n := d, 0
			for n < maxN {
				x += date.Date(step)
				if x < first || x > last {
					break
				}
				if work(x) {
					n++
					if got, err := c.AddWorkdays(d, step*n); err != nil || got != x {
						t.Fatalf("AddWorkdays(%s, %d) = %s, %v; the table gives %s", d, step*n, got, err, x)
					}
				}
			}
		}
		if got, err := c.AddWorkdays(d, 0); err != nil || got != d {
			t.Fatalf("AddWorkdays(%s, 0) = %s, %v", d, got, err)
		}
		// WorkdaysBetween to every x near d, and the inverse.
		up, down := 0, 0 // working days in (d, d+k] and in (d−k, d]
		if work(d) {
			down = 1
		}
		for k := 1; k <= maxSpan; k++ {
			for _, x := range []date.Date{d + date.Date(k), d - date.Date(k)} {
				if x < first || x > last {
					continue
				}
				want := 0
				if x > d {
					if work(x) {
						up++
					}
					want = up
				} else {
					want = -down
				}
				got, err := c.WorkdaysBetween(d, x)
				back, err2 := c.WorkdaysBetween(x, d)
				if err != nil || err2 != nil || got != want || back != -want {
					t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; reversed %d, %v; the table gives %d", d, x, got, err, back, err2, want)
				}
				if work(x) && (x > d || work(d)) {
					if y, err := c.AddWorkdays(d, got); err != nil || y != x {
						t.Fatalf("AddWorkdays(%s, WorkdaysBetween(%s, %s) = %d) = %s, %v; want %s (DESIGN.md)", d, d, x, got, y, err, x)
					}
				}
				if x < d && work(x) {
					down++
				}
			}
		}
	}
}
