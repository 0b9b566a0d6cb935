package deadline

import (
	"os"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Parse("trước ngày 20/11/2021")
	}
}

func BenchmarkParsePeriod(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Parse("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản")
	}
}

func BenchmarkResolve(b *testing.B) {
	e := MustParse("trước ngày 20/11/2021")
	ctx := Context{Date: d(2021, 4, 20), Policy: Inclusive}
	_, _ = e.Resolve(nil, ctx) // build the default calendar
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, _ = e.Resolve(nil, ctx)
	}
}

func BenchmarkResolveWorkingDays(b *testing.B) {
	e := MustParse("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản")
	ctx := Context{Date: d(2021, 4, 15), Event: d(2021, 4, 20)}
	_, _ = e.Resolve(nil, ctx)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, _ = e.Resolve(nil, ctx)
	}
}

func BenchmarkNextMonthly(b *testing.B) {
	e := MustParse("hằng tháng, trước ngày 20")
	_, _ = e.Next(nil, Context{}, d(2026, 2, 1))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, _ = e.Next(nil, Context{}, d(2026, 2, 1))
	}
}

func BenchmarkExtractSeed(b *testing.B) {
	text, err := os.ReadFile("testdata/491_UBND-KGVX.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Extract(s)
	}
}
