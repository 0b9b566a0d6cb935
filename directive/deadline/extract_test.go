package deadline

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vanban-go/vanban/internal/vntext"
)

func TestExtractSeed(t *testing.T) {
	// Công văn 491/UBND-KGVX (../shared/corpus, copied to testdata): one
	// deadline; its own date and the dates of the texts it cites are not.
	b, err := os.ReadFile("testdata/491_UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ms := Extract(text)
	if len(ms) != 1 {
		t.Fatalf("seed: %d matches: %+v", len(ms), ms)
	}
	if got := text[ms[0].Start:ms[0].End]; got != "trước ngày 20/11/2021" || ms[0].Expr != fixed(Before, 2021, 11, 20) {
		t.Errorf("seed: %q %+v", got, ms[0].Expr)
	}
}

func TestExtractCorpusWithoutDeadlines(t *testing.T) {
	// The other corpus documents set no deadline (read by hand).
	for _, f := range []string{"454_UBND-NCTH.txt", "7334_VPCP-KGVX.txt", "2541_VPCP-QHQT.txt"} {
		b, err := os.ReadFile("testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if ms := Extract(string(b)); len(ms) != 0 {
			t.Errorf("%s: %d matches, first %q", f, len(ms), string(b)[ms[0].Start:ms[0].End])
		}
	}
}

const running = "Các đơn vị báo cáo hằng tháng, trước ngày 20 và gửi báo cáo năm trước ngày 15 tháng 12 hằng năm; " +
	"văn bản đến phải trình ngay trong ngày. Trường hợp khẩn, trong thời hạn 05 ngày làm việc kể từ ngày nhận được " +
	"văn bản này, Sở Nội vụ tổng hợp báo cáo Ủy ban nhân dân tỉnh (Công văn số 135-TB/VPTU ngày 22-3-2021) trong quý " +
	"I/2022 và chậm nhất 16 giờ ngày 20/11/2021."

var runningWant = []string{
	"hằng tháng, trước ngày 20",
	"trước ngày 15 tháng 12 hằng năm",
	"ngay trong ngày",
	"trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này",
	"trong quý I/2022",
	"chậm nhất 16 giờ ngày 20/11/2021",
}

func TestExtractRunning(t *testing.T) {
	for _, form := range []struct {
		name string
		text string
	}{
		{"NFC", running},
		{"NFD", norm.NFD.String(running)},
		{"upper", strings.ToUpper(running)},
		{"no diacritics", vntext.Key(running)},
	} {
		ms := Extract(form.text)
		if len(ms) != len(runningWant) {
			var got []string
			for _, m := range ms {
				got = append(got, form.text[m.Start:m.End])
			}
			t.Errorf("%s: %d matches %q, want %d", form.name, len(ms), got, len(runningWant))
			continue
		}
		prev := 0
		for i, m := range ms {
			if m.Start < prev || m.End <= m.Start {
				t.Errorf("%s: match %d at [%d,%d) out of order", form.name, i, m.Start, m.End)
			}
			prev = m.End
			got := form.text[m.Start:m.End]
			if vntext.Key(got) != vntext.Key(runningWant[i]) {
				t.Errorf("%s: match %d = %q, want %q", form.name, i, got, runningWant[i])
			}
			// Every match is a phrase Parse reads the same way.
			if e, err := Parse(got); err != nil || e.Kind != m.Expr.Kind || e.Bound != m.Expr.Bound {
				t.Errorf("%s: Parse(%q) = %+v, %v; Extract gave %+v", form.name, got, e, err, m.Expr)
			}
		}
	}
}

// TestExtractBareDate: a full date after "trước" or "chậm nhất" without
// "ngày" is a deadline in running text too (review of issue 7.4: Extract
// missed "trước 20/11/2021").
func TestExtractBareDate(t *testing.T) {
	text := "Các sở báo cáo kết quả về Sở Nội vụ trước 20/11/2021 để tổng hợp; Sở Tài chính gửi dự toán chậm nhất 15-8-2023."
	ms := Extract(text)
	want := []struct {
		phrase string
		e      Expr
	}{{"trước 20/11/2021", fixed(Before, 2021, 11, 20)}, {"chậm nhất 15-8-2023", fixed(By, 2023, 8, 15)}}
	if len(ms) != len(want) {
		t.Fatalf("Extract: %+v, want %d matches", ms, len(want))
	}
	for i, w := range want {
		if got := text[ms[i].Start:ms[i].End]; got != w.phrase || ms[i].Expr != w.e {
			t.Errorf("match %d: %q %+v, want %q %+v", i, got, ms[i].Expr, w.phrase, w.e)
		}
	}
}

func TestExtractNotDeadlines(t *testing.T) {
	for _, text := range []string{
		"Kiên Giang, ngày 20 tháng 4 năm 2021",
		"Thông báo số 135-TB/VPTU ngày 22-3-2021 của Văn phòng Tỉnh ủy",
		"nhiệm kỳ 2021 - 2026; giai đoạn 2021 - 2025",
		"trong các sở, ban, ngành; trước mắt; trong tình hình mới",
		"báo cáo hằng tháng, hằng quý và hằng năm",
		"trước ngày 31/4/2021",
		"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020",
		// Without "ngày", only a full date is a day (review of issue 7.4).
		"thông báo trước 05 ngày; trước 3-5 ngày; trước 2/3 số thành viên; trước 10/2021; trước 20/11",
	} {
		if ms := Extract(text); len(ms) != 0 {
			t.Errorf("Extract(%q) = %+v, want none", text, ms)
		}
	}
}
