package directive

import (
	"strconv"
	"strings"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	seed := readDoc(b, "491_UBND-KGVX.txt")
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(seed); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSize parses the seed with its body repeated 1, 10 and 100
// times: the time per byte stays flat.
func BenchmarkParseSize(b *testing.B) {
	seed := readDoc(b, "491_UBND-KGVX.txt")
	i := strings.Index(seed, "1. Tiếp tục")
	j := strings.Index(seed, "Trên đây là")
	for _, n := range []int{1, 10, 100} {
		text := seed[:i] + strings.Repeat(seed[i:j], n) + seed[j:]
		b.Run("x"+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	d := mustParse(b, readDoc(b, "491_UBND-KGVX.txt"))
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Validate()
	}
}

func BenchmarkFormat(b *testing.B) {
	d := mustParse(b, readDoc(b, "491_UBND-KGVX.txt"))
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Format()
	}
}
