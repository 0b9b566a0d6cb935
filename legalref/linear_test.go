package legalref

import (
	"strconv"
	"strings"
	"testing"
)

// linearInputs are texts made to give the scanner much work per byte, each
// built from n copies of a pattern: long tokens, many short forms and
// aliases, relation chains, long lists, pinpoints, forms, titles with
// digits, many distinct documents, runs of digits, slashes and spaces.
var linearInputs = []struct {
	name string
	gen  func(n int) string
}{
	{"one long token", func(n int) string { return "0" + strings.Repeat("b", 300*n) }},
	{"long tokens", func(n int) string { return strings.Repeat("1"+strings.Repeat("b", 299), n) }},
	{"long code groups", func(n int) string { return strings.Repeat("1/"+strings.Repeat("B", 200)+"-", n) }},
	{"short forms", func(n int) string {
		return "Chỉ thị số 05-CT/TW ngày 15/5/2016 (sau đây gọi tắt là Chỉ thị 05). " + strings.Repeat("Chỉ thị 05, ", n)
	}},
	{"aliases", func(n int) string {
		return strings.Repeat("Chỉ thị số 05-CT/TW (sau đây gọi tắt là Chỉ thị 05) và Chỉ thị 05 ", n)
	}},
	{"relation chain", func(n int) string {
		return strings.Repeat("Nghị định 154/2020/NĐ-CP sửa đổi, bổ sung ", n)
	}},
	{"passive chain", func(n int) string {
		return strings.Repeat("Nghị định 34/2016/NĐ-CP được sửa đổi, bổ sung bởi ", n)
	}},
	{"long list", func(n int) string {
		return "Nghị định này thay thế các Nghị định số " + strings.Repeat("1/2020/NĐ-CP, ", n)
	}},
	{"list with titles", func(n int) string {
		return "Thông tư này thay thế " + strings.Repeat("Thông tư số 20/2015/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp và ", n)
	}},
	{"phrases without citations", func(n int) string {
		return strings.Repeat("Nghị định này thay thế, bãi bỏ, sửa đổi và hướng dẫn ", n) + "Nghị định số 1/2020/NĐ-CP"
	}},
	{"pinpoints", func(n int) string {
		return strings.Repeat("Bãi bỏ khoản 2 Điều 5, Điều 7 và Điều 9 của ", n) + "Nghị định số 11/2020/NĐ-CP"
	}},
	{"forms", func(n int) string { return strings.Repeat("Mẫu số 01/BC-UBND và ", n) }},
	{"titles with digits", func(n int) string {
		return "Nghị định số 1/2020/NĐ-CP về " + strings.Repeat("việc 1 2 3 số 4 năm 2020 ", n)
	}},
	{"distinct documents", func(n int) string {
		var b strings.Builder
		for k := range n {
			b.WriteString("Quyết định số " + strconv.Itoa(k+1) + "/QĐ-UBND và Quyết định số " + strconv.Itoa(k+1) + "/QĐ-UBND; ")
		}
		return b.String()
	}},
	{"laws by name and date", func(n int) string {
		return strings.Repeat("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ", n)
	}},
	{"digits and slashes", func(n int) string { return strings.Repeat("1/2/3/4/5-6-7:8 số 9/ Số: /A-B ", n) }},
	{"spaces", func(n int) string { return strings.Repeat("Số 1"+strings.Repeat(" ", 200), n) }},
	{"số words", func(n int) string {
		return strings.Repeat("số số số số ngày ngày của của Chính phủ 1 ", n)
	}},
}

// TestExtractLinear checks that the work of Extract grows linearly with its
// input, on inputs made to give it much work per byte: the scanner's step
// count (scanner.steps: candidates and bytes read by its look-arounds) for
// 2n copies of a pattern is at most twice that for n copies, and the steps
// per byte are bounded. It counts work, not time.
func TestExtractLinear(t *testing.T) {
	const perByte = 40
	for _, in := range linearInputs {
		var steps [2]int
		for k, n := range []int{400, 800} {
			text := in.gen(n)
			sc := scanner{s: text, reg: defaultRegistry}
			sc.run()
			steps[k] = sc.steps
			if sc.steps > perByte*len(text)+1000 {
				t.Errorf("%s ×%d: %d steps for %d bytes", in.name, n, sc.steps, len(text))
			}
			t.Logf("%-26s ×%d: %7d bytes, %8d steps, %d matches", in.name, n, len(text), sc.steps, len(sc.out))
		}
		if steps[1] > 2*steps[0]+1000 {
			t.Errorf("%s: %d steps for 400 copies, %d for 800: not linear", in.name, steps[0], steps[1])
		}
	}
	// All the patterns after one another, through the public function.
	var b strings.Builder
	for _, in := range linearInputs {
		b.WriteString(in.gen(100))
	}
	text := b.String()
	sc := scanner{s: text, reg: defaultRegistry}
	sc.run()
	if ms := Extract(text); len(ms) != len(sc.out) || sc.steps > perByte*len(text) {
		t.Errorf("all patterns: %d matches (scanner %d), %d steps for %d bytes", len(ms), len(sc.out), sc.steps, len(text))
	}
}
