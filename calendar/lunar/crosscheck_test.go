package lunar

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestDateChineseUTC7 compares every month start with date-chinese run at
// UTC+7 (testdata/date-chinese-utc7.txt), an independent implementation on
// Meeus ch. 49 new moons. They differ exactly where lunar.md §5 says
// date-chinese is wrong: 1967-07-08, a new moon 3 s after midnight that
// Meeus ch. 49 puts 5.6 s early, and the years where it marks a leap month
// in a 12-month suì (2033, 2052/53, 2128, 2147, 2185).
func TestDateChineseUTC7(t *testing.T) {
	f, err := os.Open("testdata/date-chinese-utc7.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var theirs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			theirs = append(theirs, line)
		}
	}
	var ours []string
	for y := firstYear; y <= lastYear; y++ {
		ms, err := Months(y)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if m.Start > maxDay {
				break
			}
			l := ""
			if m.Leap {
				l = "L"
			}
			ours = append(ours, fmt.Sprintf("%v %d%s", m.Start, m.Number, l))
		}
	}
	if len(ours) != len(theirs) {
		t.Fatalf("%d months, date-chinese %d", len(ours), len(theirs))
	}
	var got []string
	for i := range ours {
		if ours[i] != theirs[i] {
			got = append(got, ours[i]+" / "+theirs[i])
		}
	}
	want := []string{
		"1967-07-08 6 / 1967-07-07 6",
		"2033-09-23 9 / 2033-09-23 8L", "2033-10-23 10 / 2033-10-23 9", "2033-11-22 11 / 2033-11-22 10",
		"2053-01-20 12 / 2053-01-20 12L",
		"2128-10-24 10 / 2128-10-24 9L", "2128-11-22 11 / 2128-11-22 10",
		"2147-09-25 9 / 2147-09-25 8L", "2147-10-24 10 / 2147-10-24 9",
		"2185-09-24 9 / 2185-09-24 8L", "2185-10-23 10 / 2185-10-23 9", "2185-11-22 11 / 2185-11-22 10",
	}
	if !slices.Equal(got, want) {
		t.Errorf("differences from date-chinese (ours / theirs):\n%s\nwant (lunar.md §5):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
