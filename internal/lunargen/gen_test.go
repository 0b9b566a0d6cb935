package lunargen

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// precise is the table computed by the precise method, once per test
// binary: the astronomy takes seconds (tens of seconds under -race), and
// every test here reads the same 300 years.
var precise = sync.OnceValues(func() ([]Year, error) {
	return Compute(Precise{}, FirstYear, LastYear)
})

// diffYears lists the month starts where two computations disagree.
func diffYears(a, b []Year) (out []string) {
	for i := range a {
		ma, mb := a[i].Months, b[i].Months
		if len(ma) != len(mb) {
			out = append(out, fmt.Sprintf("%d: %d vs %d months", a[i].Year, len(ma), len(mb)))
			continue
		}
		for j := range ma {
			if ma[j] != mb[j] {
				y, m, d := civilFromJDN(ma[j].Start)
				y2, m2, d2 := civilFromJDN(mb[j].Start)
				out = append(out, fmt.Sprintf("%d: %+v %d-%02d-%02d vs %+v %d-%02d-%02d", a[i].Year, ma[j], y, m, d, mb[j], y2, m2, d2))
			}
		}
	}
	return out
}

// Hồ Ngọc Đức's simplified algorithm differs from the precise computation in
// eight new moons within 2.1 minutes of midnight, each moving one month start
// and so two table rows; lunar.md §2 and §5 list them.
func TestPreciseVsHND(t *testing.T) {
	p, err := precise()
	if err != nil {
		t.Fatal(err)
	}
	h, err := Compute(HND{}, 1900, 2199)
	if err != nil {
		t.Fatal(err)
	}
	got := diffYears(p, h)
	// The month start the precise method gives, per lunar.md §5.
	starts := []string{"1944-06-20", "2072-12-09", "2077-11-15", "2130-05-07", "2150-05-26", "2159-05-17", "2175-01-22", "2199-01-26"}
	if len(got) != 2*len(starts) {
		t.Errorf("%d rows differ, want %d (lunar.md §2)", len(got), 2*len(starts))
	}
	for i, s := range starts {
		if 2*i+1 >= len(got) || !strings.Contains(got[2*i+1], s+" vs") {
			t.Errorf("difference %d: want the month starting %s (lunar.md §5)", i, s)
		}
	}
	for _, s := range got {
		t.Log(s)
	}
}

// TestPreciseStatistics checks the whole-range counts that lunar.md §1
// gives for the rule-exact computation, 1900–2199.
func TestPreciseStatistics(t *testing.T) {
	years, err := precise()
	if err != nil {
		t.Fatal(err)
	}
	var short, long, leapYears int
	leaps := map[int]int{}
	for _, y := range years {
		for _, m := range y.Months {
			if m.Days == 29 {
				short++
			} else {
				long++
			}
			if m.Leap {
				leapYears++
				leaps[m.Number]++
			}
		}
	}
	if short != 1742 || long != 1969 {
		t.Errorf("%d months of 29 days and %d of 30, want 1742 and 1969 (lunar.md §1)", short, long)
	}
	if leapYears != 111 {
		t.Errorf("%d leap years, want 111 (lunar.md §1)", leapYears)
	}
	want := map[int]int{1: 1, 2: 10, 3: 13, 4: 20, 5: 20, 6: 20, 7: 14, 8: 8, 9: 2, 10: 1, 11: 2}
	if fmt.Sprint(leaps) != fmt.Sprint(want) {
		t.Errorf("leap months by number %v, want %v (lunar.md §1)", leaps, want)
	}
}
