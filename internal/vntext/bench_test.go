package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var benchText = strings.Repeat("Thực hiện tốt Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn. ", 50)

func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Key(benchText)
	}
}

func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Fold(benchText)
	}
}

func BenchmarkFoldNFD(b *testing.B) {
	nfd := norm.NFD.String(benchText)
	b.ReportAllocs()
	b.SetBytes(int64(len(nfd)))
	for b.Loop() {
		Fold(nfd)
	}
}

func BenchmarkFoldRune(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		FoldRune('ệ')
	}
}
