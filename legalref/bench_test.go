package legalref

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// proseText is Vietnamese legal prose: the four công văn of the corpus,
// repeated to about 64 KB (one citation every ~1 KB).
func proseText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, f := range []string{"491_UBND-KGVX.txt", "454_UBND-NCTH.txt", "7334_VPCP-KGVX.txt", "2541_VPCP-QHQT.txt"} {
		data, err := os.ReadFile("testdata/" + f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	one := sb.String()
	return strings.Repeat(one, 64<<10/len(one)+1)
}

// benchText is dense: the four công văn and the sample's citations, joined
// into about 64 KB (one citation every ~110 bytes).
func benchText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, f := range []string{"491_UBND-KGVX.txt", "454_UBND-NCTH.txt", "7334_VPCP-KGVX.txt", "2541_VPCP-QHQT.txt"} {
		data, err := os.ReadFile("testdata/" + f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	data, err := os.ReadFile("testdata/legalrefs-sample.tsv")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		if text, _, ok := strings.Cut(line, "\t"); ok {
			sb.WriteString(unescape(text))
			sb.WriteString(". ")
		}
	}
	one := sb.String()
	return strings.Repeat(one, 64<<10/len(one)+1)
}

func BenchmarkExtract(b *testing.B) {
	b.Run("prose", func(b *testing.B) { benchExtract(b, proseText(b)) })
	b.Run("dense", func(b *testing.B) { benchExtract(b, benchText(b)) })
}

func benchExtract(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Extract(text))
	}
	b.ReportMetric(float64(n), "matches")
}

// BenchmarkRegexpNDCP is the baseline of the legal chatbots: one regexp for
// decrees (documents.md §5.4), which finds a fraction of what Extract finds.
func BenchmarkRegexpNDCP(b *testing.B) {
	b.Run("prose", func(b *testing.B) { benchRegexpNDCP(b, proseText(b)) })
	b.Run("dense", func(b *testing.B) { benchRegexpNDCP(b, benchText(b)) })
}

func benchRegexpNDCP(b *testing.B, text string) {
	re := regexp.MustCompile(`\d+/\d{4}/(?:NĐ|ND)-CP`)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(re.FindAllStringIndex(text, -1))
	}
	b.ReportMetric(float64(n), "matches")
}

// BenchmarkRegexpSymbol is a plain regexp for the shape of every symbol
// (number, optional year, groups), without types, dates, issuers, lists or
// short forms.
func BenchmarkRegexpSymbol(b *testing.B) {
	b.Run("prose", func(b *testing.B) { benchRegexpSymbol(b, proseText(b)) })
	b.Run("dense", func(b *testing.B) { benchRegexpSymbol(b, benchText(b)) })
}

func benchRegexpSymbol(b *testing.B, text string) {
	re := regexp.MustCompile(`\d+[a-z]?\s?[/-]\s?(?:\d{4}[/-])?[\p{Lu}][\p{L}&\d]*(?:[/-][\p{Lu}][\p{L}&\d]*)*`)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(re.FindAllStringIndex(text, -1))
	}
	b.ReportMetric(float64(n), "matches")
}

func BenchmarkParse(b *testing.B) {
	const s = "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSymbol(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("491/UBND-KGVX"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRegexpParse(b *testing.B) {
	re := regexp.MustCompile(`(\d+[a-z]?)/(?:(\d{4})/)?([\p{L}]+)-([\p{L}]+)(?:\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4}))?(?:\s+của\s+(.+))?`)
	const s = "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"
	b.ReportAllocs()
	for b.Loop() {
		if re.FindStringSubmatch(s) == nil {
			b.Fatal("no match")
		}
	}
}

// BenchmarkExtractLongToken extracts from one digit and a 64 KB word: the
// scanner tries many candidate code groups in it, and each lookup must cost
// O(1), not O(len), for the whole to stay linear (a fuzz input once took
// seconds here).
func BenchmarkExtractLongToken(b *testing.B) {
	text := "0" + strings.Repeat("b", 64<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text)
	}
}
