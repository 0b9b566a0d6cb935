package directive

import (
	"strconv"
	"strings"
	"testing"

	"github.com/vanban-go/vanban/calendar"
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

// BenchmarkResolve resolves the seed against the Kiên Giang hierarchy: 37
// units, four tasks each, one report.
func BenchmarkResolve(b *testing.B) {
	d := mustParse(b, readDoc(b, "491_UBND-KGVX.txt"))
	h := hierarchy(b, "kiengiang.json")
	cal := calendar.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Resolve(h, cal, ResolveOptions{}); err != nil {
			b.Fatal(err)
		}
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

// BenchmarkParseAdversarial parses texts built to defeat a parser that is
// not linear: one long line of "ngày" words in the heading, a paragraph of
// "báo cáo", a Nơi nhận entry continued over thousands of lines, thousands
// of issuer lines, a paragraph of requirements with deadlines, an item of
// assignments. Each size is ten times the last; time per byte must stay
// flat.
func BenchmarkParseAdversarial(b *testing.B) {
	const head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VX\n"
	cases := []struct {
		name string
		make func(n int) string
	}{
		{"ngày", func(n int) string { return head + "Hà Nội, " + strings.Repeat("ngày 1 tháng ", n) + "\n" }},
		{"báo cáo", func(n int) string {
			return head + "V/v x\n\nKính gửi: A\n\n" + strings.Repeat("báo cáo về Bộ Nội vụ ", n) + "./.\n"
		}},
		{"Nơi nhận", func(n int) string {
			return head + "\nNơi nhận:\n- Như trên\n" + strings.Repeat("tiếp tục dòng\n", n) + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
		}},
		{"issuer lines", func(n int) string { return strings.Repeat("TỈNH KIÊN GIANG\n", n) + head }},
		// Many requirements with deadlines in one paragraph, and many
		// assignments in one item.
		{"báo cáo trước ngày", func(n int) string {
			return head + "V/v x\n\nKính gửi: A\n\n" + strings.Repeat("Sở Y tế báo cáo kết quả về Bộ Nội vụ trước ngày 20/11/2021; ", n) + "./.\n"
		}},
		{"chủ trì", func(n int) string {
			return head + "V/v x\n\nKính gửi: A\n\n1. " +
				strings.Repeat("Giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành hoàn thành trong tháng 5/2021, ", n) + "./.\n"
		}},
	}
	for _, c := range cases {
		for _, n := range []int{100, 1000, 10000} {
			text := c.make(n)
			b.Run(c.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = Parse(text)
				}
			})
		}
	}
}
