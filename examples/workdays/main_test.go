package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// runArgs runs the program in-process and returns its exit status and output.
func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut strings.Builder
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRun(t *testing.T) {
	tests := []struct {
		args   []string
		want   []string // substrings of stdout
		source string
	}{
		{[]string{"between", "2021-04-20", "2021-11-19"},
			[]string{"Từ Thứ Ba, 20/04/2021 đến Thứ Sáu, 19/11/2021: 148 ngày làm việc"},
			"reporting.md §6 row 1: working days from 21/4 to 19/11/2021: 148"},
		{[]string{"between", "20/04/2021", "20/11/2021"},
			[]string{": 148 ngày làm việc"},
			"reporting.md §6 row 1: also 148 up to 20/11, a Saturday"},
		{[]string{"between", "19/11/2021", "20/4/2021"},
			[]string{": -148 ngày làm việc"},
			"DESIGN.md: WorkdaysBetween is antisymmetric"},
		{[]string{"add", "2021-04-20", "148"},
			[]string{"Thứ Ba, 20/04/2021 + 148 ngày làm việc = Thứ Sáu, 19/11/2021"},
			"reporting.md §6 row 1"},
		{[]string{"add", "2021-11-19", "-148"},
			[]string{"Thứ Sáu, 19/11/2021 - 148 ngày làm việc = Thứ Ba, 20/04/2021"},
			"reporting.md §6 row 1, counted back (DESIGN.md: AddWorkdays inverts WorkdaysBetween)"},
		{[]string{"add", "2021-04-29", "1"},
			[]string{"= Thứ Ba, 04/05/2021"},
			"reporting.md §6 row 4: 30/4 holiday, 1–2/5 weekend, 3/5 compensatory for Saturday 1/5"},
		{[]string{"explain", "2026-02-17"},
			[]string{"Ngày:        Thứ Ba, 17/02/2026", "Âm lịch:     1/1 Bính Ngọ", "nghỉ lễ, tết [holiday]",
				"Làm việc:    không", "Tết Âm lịch (mùng 1)", "Thông báo 9441/TB-BNV", "Tạm tính:    không"},
			"calendar.md §2.1: mùng 1 Tết Bính Ngọ 2026-02-17; holidays-vn.tsv, Thông báo 9441/TB-BNV"},
		{[]string{"explain", "22/08/2026"},
			[]string{"Thứ Bảy, 22/08/2026", "làm bù (hoán đổi) [swap-workday]", "Làm việc:    có",
				"hoán đổi cho thứ Hai 31/08/2026", "Thông báo 9441/TB-BNV"},
			"holidays-vn.tsv: 2026-08-22 swap-workday for Monday 31/8 (Thông báo 9441/TB-BNV)"},
		{[]string{"-calendar", "doanh-nghiep", "explain", "22/08/2026"},
			[]string{"nghỉ hằng tuần [weekly-rest]", "Làm việc:    không"},
			"calendar.md §1.4: the swaps bind only the civil service (BLLĐ 2019 Điều 112 khoản 3)"},
		{[]string{"-calendar", "chu-nhat", "explain", "22/08/2026"},
			[]string{"ngày làm việc [workday]", "Làm việc:    có"},
			"a Sunday-only weekly rest works on Saturdays (BLLĐ 2019 Điều 111 khoản 2)"},
		{[]string{"explain", "2028-01-01"},
			[]string{"Tết Dương lịch", "BLLĐ 2019", "Tạm tính:    có, lịch nghỉ năm 2028 chưa được công bố"},
			"BLLĐ 2019 Điều 112 khoản 1 (1/1); calendar.md §2: schedules announced for 2010–2027 only"},
		{[]string{"list", "2026"},
			[]string{"Năm 2026, lịch cán bộ, công chức, viên chức:",
				"Thứ Ba    17/02/2026  nghỉ lễ, tết       Tết Âm lịch (mùng 1)",
				"Thứ Bảy   22/08/2026  làm bù (hoán đổi)  Làm bù (hoán đổi cho thứ Hai 31/08/2026)",
				"Thứ Hai   31/08/2026  nghỉ hoán đổi      Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)",
				"Thứ Hai   27/04/2026  nghỉ bù            Nghỉ bù Giỗ Tổ Hùng Vương"},
			"holidays-vn.tsv, 2026 rows (Thông báo 9441/TB-BNV; Giỗ Tổ on Sunday 26/4 made up on 27/4)"},
		{[]string{"list", "2030"},
			[]string{"Tạm tính: lịch nghỉ năm 2030"},
			"calendar.md §2: schedules announced for 2010–2027 only"},
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

// The 2026 schedule as an iCalendar file and as JSON: the swap Saturday
// 22/8/2026 and Tết on 17/2/2026 (holidays-vn.tsv, Thông báo 9441/TB-BNV).
func TestListFormats(t *testing.T) {
	code, out, errOut := runArgs("list", "-ics", "2026")
	if code != 0 {
		t.Fatalf("list -ics: exit %d, %s", code, errOut)
	}
	for _, w := range []string{"BEGIN:VCALENDAR\r\n", "DTSTART;VALUE=DATE:20260822\r\n", "DTSTART;VALUE=DATE:20260217\r\n", "END:VCALENDAR\r\n"} {
		if !strings.Contains(out, w) {
			t.Errorf("iCalendar lacks %q", w)
		}
	}

	code, out, errOut = runArgs("list", "-json", "2026")
	if code != 0 {
		t.Fatalf("list -json: exit %d, %s", code, errOut)
	}
	var y struct {
		Year int
		Days []struct{ Date, Kind string }
	}
	if err := json.Unmarshal([]byte(out), &y); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, d := range y.Days {
		kinds[d.Date] = d.Kind
	}
	if y.Year != 2026 || kinds["2026-08-22"] != "swap-workday" || kinds["2026-02-17"] != "holiday" {
		t.Errorf("JSON: year %d, 2026-08-22 %q, 2026-02-17 %q", y.Year, kinds["2026-08-22"], kinds["2026-02-17"])
	}
}

// Bad input: a non-zero exit, nothing on stdout and one line on stderr.
func TestRunErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"explain", "2026-02-30"},     // no 30 February
		{"explain", "17-02-2026"},     // neither form
		{"explain", "1999-12-31"},     // before MinDate
		{"add", "2199-12-30", "5"},    // result after MaxDate
		{"add", "2021-04-20", "mười"}, // not a number
		{"add", "2021-04-20"},         // missing N
		{"between", "2021-04-20"},     // missing TO
		{"list", "1999"},              // out of range
		{"list", "-ics", "-json", "2026"},
		{"list", "-xml", "2026"}, // unknown flag
		{"-calendar", "tu-nhan", "list", "2026"},
		{"frobnicate"},
	}
	for _, args := range tests {
		code, out, errOut := runArgs(args...)
		if code == 0 || out != "" || !strings.HasPrefix(errOut, "workdays: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want non-zero, nothing, one line", args, code, out, errOut)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"help"}, {"list", "-h"}} {
		code, out, errOut := runArgs(args...)
		if code != 0 || errOut != "" || !strings.Contains(out, "Cách dùng:") {
			t.Errorf("%q: exit %d, stderr %q, stdout %q", args, code, errOut, out)
		}
	}
}

// The seed directive of 20/4/2021 asks for a report before 20/11/2021
// (reporting.md §6 row 1).
func Example() {
	run([]string{"between", "2021-04-20", "2021-11-19"}, os.Stdout, os.Stderr)
	run([]string{"add", "20/04/2021", "148"}, os.Stdout, os.Stderr)
	// Output:
	// Từ Thứ Ba, 20/04/2021 đến Thứ Sáu, 19/11/2021: 148 ngày làm việc
	// (không tính ngày đầu, tính ngày cuối; số âm khi ngày cuối đứng trước ngày đầu)
	// Thứ Ba, 20/04/2021 + 148 ngày làm việc = Thứ Sáu, 19/11/2021
}
