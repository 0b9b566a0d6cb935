package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// today is the day run shows when given no date in these tests.
func today() date.Date { return date.New(2026, time.November, 27) }

// runArgs runs the program in-process and returns its exit status and output.
func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut strings.Builder
	code = run(args, today(), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRun(t *testing.T) {
	tests := []struct {
		args   []string
		want   []string // substrings of stdout
		source string
	}{
		{[]string{"2026-02-17"},
			[]string{"Dương lịch:  Thứ Ba, 17/02/2026", "ngày 1 tháng 1 năm 2026 (1/1 Bính Ngọ)",
				"tháng Canh Dần, năm Bính Ngọ", "Ngày lễ:     Tết Nguyên đán"},
			"calendar.md §2.1: mùng 1 Tết Bính Ngọ 2026-02-17 (Thông báo 9441/TB-BNV); lunar.md §Can Chi: a Bính year starts with Canh Dần"},
		{[]string{"10/02/2024"},
			[]string{"1/1 Giáp Thìn", "Can Chi:     ngày Giáp Thìn, tháng Bính Dần, năm Giáp Thìn"},
			"lunar.md §Can Chi: Tết 2024 = Giáp Thìn year, Bính Dần month, Giáp Thìn day"},
		{[]string{"2025-01-28"},
			[]string{"ngày 29 tháng 12 năm 2024 (29/12 Giáp Thìn)"},
			"calendar.md §2.1: tháng Chạp of 2024 has 29 days, its last day 2025-01-28"},
		{[]string{"-lunar", "1/1/2026"},
			[]string{"Dương lịch:  Thứ Ba, 17/02/2026"},
			"calendar.md §2.1"},
		{[]string{"-to-solar", "2026-03-10"},
			[]string{"Dương lịch:  Chủ nhật, 26/04/2026", "Ngày lễ:     Giỗ Tổ Hùng Vương"},
			"calendar.md §2.1: Giỗ Tổ 2026-04-26 (Sun)"},
		{[]string{"-lunar", "1/1/2030"},
			[]string{"Dương lịch:  Thứ Bảy, 02/02/2030"},
			"calendar.md §1.7: Tết 2030 is 2/2 in Vietnam (3/2 in China)"},
		{[]string{"-lunar", "-leap", "1/2/1985"},
			[]string{"Dương lịch:  Thứ Năm, 21/03/1985", "ngày 1 tháng 2 nhuận năm 1985 (1/2 nhuận Ất Sửu)"},
			"lunar.md, Tết differences: Vietnam 1985 leap 2 (21 Mar–19 Apr 1985)"},
		{[]string{}, // today
			[]string{"Dương lịch:  Thứ Sáu, 27/11/2026", "năm Bính Ngọ"},
			"the day given as today; 2026 is Bính Ngọ (lunar.md §Can Chi)"},
		{[]string{"-year", "2023"},
			[]string{"Năm âm lịch 2023 Quý Mão: 13 tháng, tháng 2 nhuận",
				"Tết Nguyên đán (1/1):      Chủ nhật, 22/01/2023",
				"Giỗ Tổ Hùng Vương (10/3):  Thứ Bảy, 29/04/2023",
				"\n2 nhuận  Ất Mão"},
			"calendar.md §1.7 and §2.1: 2023 had a leap second month, Tết 22/1, Giỗ Tổ 29/4/2023; lunar.md: a leap month takes the name of the month it repeats"},
		{[]string{"-year", "2026"},
			[]string{"Năm âm lịch 2026 Bính Ngọ: 12 tháng, không có tháng nhuận",
				"Tết Nguyên đán (1/1):      Thứ Ba, 17/02/2026",
				"Giỗ Tổ Hùng Vương (10/3):  Chủ nhật, 26/04/2026",
				"\n1      Canh Dần   Thứ Ba, 17/02/2026",
				"\n12     Tân Sửu"},
			"calendar.md §2.1; lunar.md §Can Chi: month 1 Canh Dần in a Bính year, month 12 a Sửu month"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runArgs(tt.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q (%s):\n%s", w, tt.source, out)
				}
			}
		})
	}
}

// The months of 2023 in order, with the leap month after month 2
// (calendar.md §1.7).
func TestYearMonths(t *testing.T) {
	_, out, _ := runArgs("-year", "2023")
	_, table, _ := strings.Cut(out, "Số ngày\n")
	var months []string
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		label, _, _ := strings.Cut(line, "  ")
		months = append(months, label)
	}
	want := "1,2,2 nhuận,3,4,5,6,7,8,9,10,11,12"
	if got := strings.Join(months, ","); got != want {
		t.Errorf("months of 2023: %s, want %s\n%s", got, want, out)
	}
}

// Bad input: a non-zero exit, nothing on stdout and one line on stderr.
func TestRunErrors(t *testing.T) {
	tests := [][]string{
		{"2026-02-30"},                  // no 30 February
		{"17-02-2026"},                  // neither form
		{"2026/02/17"},                  // neither form
		{"1900-01-30"},                  // before Tết 1900
		{"-lunar", "30/12/2025"},        // tháng Chạp of 2025 has 29 days (calendar.md §2.1)
		{"-lunar", "-leap", "1/3/2023"}, // 2023's leap month is 2 (calendar.md §1.7)
		{"-lunar", "1/1/2200"},          // lunar year out of range
		{"-lunar"},                      // no date
		{"-leap", "2026-02-17"},         // -leap without -lunar
		{"-year", "1899"},
		{"-year", "x"},
		{"-year", "2026", "2026-02-17"},
		{"2026-02-17", "-leap"}, // flags come first
		{"-q"},
	}
	for _, args := range tests {
		code, out, errOut := runArgs(args...)
		if code == 0 || out != "" || !strings.HasPrefix(errOut, "lunar: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want non-zero, nothing, one line", args, code, out, errOut)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, errOut := runArgs("-h")
	if code != 0 || errOut != "" || !strings.Contains(out, "Cách dùng:") {
		t.Errorf("-h: exit %d, stderr %q, stdout %q", code, errOut, out)
	}
}

// Tết Bính Ngọ (calendar.md §2.1) and Giỗ Tổ of the same year.
func Example() {
	run([]string{"2026-02-17"}, today(), os.Stdout, os.Stderr)
	run([]string{"-lunar", "10/3/2026"}, today(), os.Stdout, os.Stderr)
	// Output:
	// Dương lịch:  Thứ Ba, 17/02/2026
	// Âm lịch:     ngày 1 tháng 1 năm 2026 (1/1 Bính Ngọ)
	// Can Chi:     ngày Nhâm Tuất, tháng Canh Dần, năm Bính Ngọ
	// Ngày lễ:     Tết Nguyên đán
	// Dương lịch:  Chủ nhật, 26/04/2026
	// Âm lịch:     ngày 10 tháng 3 năm 2026 (10/3 Bính Ngọ)
	// Can Chi:     ngày Canh Ngọ, tháng Nhâm Thìn, năm Bính Ngọ
	// Ngày lễ:     Giỗ Tổ Hùng Vương
}
