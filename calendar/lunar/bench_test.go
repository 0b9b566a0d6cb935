package lunar

import (
	"testing"

	"github.com/rickb777/date/v2"
)

func BenchmarkFromSolar(b *testing.B) {
	b.ReportAllocs()
	d := minDay
	for b.Loop() {
		if _, err := FromSolar(d); err != nil {
			b.Fatal(err)
		}
		if d++; d > maxDay {
			d = minDay
		}
	}
}

func BenchmarkSolar(b *testing.B) {
	// Lunar dates spread over the range, converted in a cycle.
	var ds []Date
	for d := date.Date(minDay); d <= maxDay; d += 97 {
		l, _ := FromSolar(d)
		ds = append(ds, l)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := ds[i].Solar(); err != nil {
			b.Fatal(err)
		}
		if i++; i == len(ds) {
			i = 0
		}
	}
}

func BenchmarkNewYear(b *testing.B) {
	b.ReportAllocs()
	y := firstYear
	for b.Loop() {
		if _, err := NewYear(y); err != nil {
			b.Fatal(err)
		}
		if y++; y > lastYear {
			y = firstYear
		}
	}
}
