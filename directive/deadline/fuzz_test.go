package deadline

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	for _, s := range []string{"", "trước ngày 31/4/2021", "trong thời hạn 15 (", "ngày 20/4/2021", "hằng tháng,",
		"trước 24 giờ ngày 1/1", "chậm nhất là ngày thứ 0 kể từ ngày ký", "quý V/2022", "\xff\xfe trước", "thứ 8 hằng tuần",
		"trước 20/11/2021", "chậm nhất 30 tháng 6 năm 2022", "trước 3-5 ngày", "trước 16 giờ 31/4/2021"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q): error %#v", s, err)
			}
			if !errors.Is(err, ErrNotDeadline) && !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrDate) {
				t.Fatalf("Parse(%q): error %v has no category", s, err)
			}
			return
		}
		if err := e.check(Context{}); err != nil {
			t.Fatalf("Parse(%q) = %+v, not valid: %v", s, e, err)
		}
		// The canonical form reads back to the same expression.
		back, err := Parse(e.String())
		if err != nil || back != e {
			t.Fatalf("Parse(%q) = %+v; Parse(%q) = %+v, %v", s, e, e.String(), back, err)
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", e, err)
		}
		var j Expr
		if err := json.Unmarshal(b, &j); err != nil || j != e {
			t.Fatalf("JSON round trip of %+v via %s: %+v, %v", e, b, j, err)
		}
		// Resolving never panics.
		for _, p := range []Policy{Strict, Inclusive, StrictBackward} {
			_, _ = e.Resolve(nil, Context{Date: d(2021, 4, 20), Event: d(2021, 5, 3), Policy: p})
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add(running)
	f.Add(vntext.Key(running))
	for _, tt := range parseTests {
		f.Add("Các đơn vị báo cáo " + tt.in + "; " + tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range Extract(s) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Extract(%q): match [%d,%d) after %d", s, m.Start, m.End, prev)
			}
			if !boundary(s, m.Start) || !boundary(s, m.End) {
				t.Fatalf("Extract(%q): match [%d,%d) not on rune boundaries", s, m.Start, m.End)
			}
			prev = m.End
			if err := m.Expr.check(Context{}); err != nil {
				t.Fatalf("Extract(%q): %+v not valid: %v", s, m.Expr, err)
			}
			// What Extract finds, Parse reads alone, the same way.
			if e, err := Parse(s[m.Start:m.End]); err != nil || e != m.Expr {
				t.Fatalf("Extract(%q) found %q = %+v; Parse gives %+v, %v", s, s[m.Start:m.End], m.Expr, e, err)
			}
		}
	})
}

// boundary reports whether i is where a rune of s starts, an invalid byte
// counting as a rune, or the end of s.
func boundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-utf8.UTFMax; j-- {
		if utf8.RuneStart(s[j]) {
			_, n := utf8.DecodeRuneInString(s[j:])
			return j+n <= i
		}
	}
	return true
}

// TestExtractLinear checks that the work of Extract grows linearly with its
// input, on inputs made to start many phrases that fail late. It counts the
// tokens the parser examines, not time.
func TestExtractLinear(t *testing.T) {
	units := []string{
		"trong thời hạn 15 (mười lăm mười lăm mười lăm mười lăm ",
		"hằng tháng, trước ngày 20 của tháng đầu của kỳ báo cáo ",
		"trước 16 giờ 30 phút của ngày 20/11/",
		"trước 20/11/ chậm nhất 16 giờ 20/11/ đến hết 20.11 trước 2/3 ",
		"trong thời hạn không quá 15 ngày làm việc, kể từ ngày nhận được văn bản này ",
		"chậm nhất là vào ngày thứ 9 kể từ ",
		"ngày ngày ngày trong trong trước trước hằng hằng định kỳ ",
		"2021/2021/2021/2021 ",
		"thứ Tư thứ Tư thứ Tư hằng ",
		strings.Repeat("a", 300) + " ",
		strings.Repeat("9", 300) + " ",
	}
	for _, u := range units {
		var steps [2]int
		for i, n := range []int{500, 1000} {
			p := newParser(strings.Repeat(u, n), false)
			p.extract()
			steps[i] = p.steps
			if per := p.steps / (len(p.t) + 1); per > 200 {
				t.Errorf("%q ×%d: %d steps for %d tokens", u, n, p.steps, len(p.t))
			}
		}
		if steps[1] > 2*steps[0]+1000 {
			t.Errorf("%q: %d steps for 500 copies, %d for 1000: not linear", u, steps[0], steps[1])
		}
	}
	// A long adversarial input of every unit, through the public function.
	var b strings.Builder
	for range 2000 {
		for _, u := range units {
			b.WriteString(u)
		}
	}
	_ = Extract(b.String())
}
