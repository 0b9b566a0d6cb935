package calendar

import (
	"strconv"
	"testing"

	"github.com/rickb777/date/v2"
)

// benchDays is a spread of days 2016–2026 for the benchmarks to cycle through.
var benchDays = func() [1024]date.Date {
	var ds [1024]date.Date
	for i := range ds {
		ds[i] = ymd(2016, 1, 1) + date.Date(i*37%3650)
	}
	return ds
}()

func BenchmarkIsWorkday(b *testing.B) {
	c := Default()
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		if c.IsWorkday(benchDays[i&1023]) {
			n++
		}
	}
	_ = n
}

func BenchmarkDay(b *testing.B) {
	c := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = c.Day(benchDays[i&1023])
	}
}

func BenchmarkAddWorkdays(b *testing.B) {
	c := Default()
	for _, n := range []int{1, 20, 250, 5000, -250} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := c.AddWorkdays(benchDays[i&1023], n); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWorkdaysBetween counts over ten years.
func BenchmarkWorkdaysBetween(b *testing.B) {
	c := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d := benchDays[i&1023]
		if _, err := c.WorkdaysBetween(d, d+3652); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeadline(b *testing.B) {
	c := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := c.Deadline(benchDays[i&1023], Period{30, Days}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew is the cost of building a calendar's tables.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(WithoutSwaps()); err != nil {
			b.Fatal(err)
		}
	}
}
