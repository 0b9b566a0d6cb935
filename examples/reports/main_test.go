package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/unit"
	"github.com/vanban-go/vanban/reporting"
)

// runArgs runs the program in-process and returns its exit status and
// output.
func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut strings.Builder
	code = run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runArgs(args...)
	if code != 0 || errOut != "" {
		t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
	}
	return out
}

func occurrences(t *testing.T, args ...string) []reporting.Occurrence {
	t.Helper()
	var occ []reporting.Occurrence
	out := runOK(t, append(args, "-json")...)
	if err := json.Unmarshal([]byte(out), &occ); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	return occ
}

func TestScheduleMonthly2026(t *testing.T) {
	out := runOK(t, "schedule", "-year", "2026", "-freq", "monthly")
	for _, want := range []string{
		"Báo cáo định kỳ hằng tháng năm 2026, theo Nghị định 09/2019/NĐ-CP\n",
		"Thời gian chốt số liệu: Nghị định 09/2019/NĐ-CP Điều 12 khoản 1",
		"chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo (Nghị định 09/2019/NĐ-CP Điều 13 khoản 1)",
		// reporting.md §6 examples 5 and 6.
		"tháng 2/2026   15/01/2026 – 14/02/2026  Thứ Tư 25/02/2026     3\n",
		"tháng 3/2026   15/02/2026 – 14/03/2026  Thứ Tư 25/03/2026     8\n",
		// 25/1/2026 is a Sunday: Bộ luật Dân sự 2015 Điều 148 khoản 5.
		"tháng 1/2026   15/12/2025 – 14/01/2026  Thứ Hai 26/01/2026 *  8\n",
		// 25/4/2026 is a Saturday, Giỗ Tổ falls on Sunday 26/4 and is
		// made up on Monday 27/4 (reporting.md §6 example 22).
		"tháng 4/2026, hạn gửi: Thứ Bảy 25/04/2026: nghỉ hằng tuần; Chủ nhật 26/04/2026: Giỗ Tổ Hùng Vương (10/3 âm lịch); Thứ Hai 27/04/2026: Nghỉ bù",
		"→ Thứ Ba 28/04/2026 (Bộ luật Dân sự 2015 Điều 148 khoản 5)\n",
		"tháng 12/2026  15/11/2026 – 14/12/2026  Thứ Sáu 25/12/2026    9\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	occ := occurrences(t, "schedule", "-year", "2026", "-freq", "monthly")
	if len(occ) != 12 {
		t.Fatalf("%d periods", len(occ))
	}
	for i, o := range occ {
		if o.Period.N != i+1 || o.Period.Year != 2026 || len(o.Dues) != 1 {
			t.Errorf("period %d: %+v", i+1, o)
		}
		// Điều 12 khoản 1: from the 15th of the previous month to the 14th.
		if _, _, d := o.Window.From.Date(); d != 15 {
			t.Errorf("%s: window %s", o.Period, o.Window)
		}
		if _, _, d := o.Window.To.Date(); d != 14 {
			t.Errorf("%s: window %s", o.Period, o.Window)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}

func TestScheduleFrequencies(t *testing.T) {
	for _, c := range []struct {
		source     string
		args       []string
		period     string
		from, to   string
		dues       []string
		afterCutof []int
	}{
		{"reporting.md §6 example 7", []string{"-year", "2026", "-freq", "quarterly"}, "2026-Q1", "2025-12-15", "2026-03-14", []string{"2026-03-25"}, []int{8}},
		{"reporting.md §6 example 14 (Thông tư 55/2020/TT-BCT levels 17, 20)", []string{"-year", "2026", "-freq", "quarterly", "-levels", "17,20"}, "2026-Q1", "2025-12-15", "2026-03-14", []string{"2026-03-17", "2026-03-20", "2026-03-25"}, []int{2, 5, 8}},
		{"reporting.md §6 example 8", []string{"-year", "2026", "-freq", "half-yearly"}, "2026-H1", "2025-12-15", "2026-06-14", []string{"2026-06-25"}, nil},
		{"reporting.md §6 example 9", []string{"-year", "2026", "-freq", "nine-months"}, "2026-9M", "2025-12-15", "2026-09-14", []string{"2026-09-25"}, nil},
		{"reporting.md §6 example 10", []string{"-year", "2026", "-freq", "annual"}, "2026", "2025-12-15", "2026-12-14", []string{"2026-12-25"}, nil},
		{"reporting.md §6 example 10", []string{"-year", "2025", "-freq", "annual"}, "2025", "2024-12-15", "2025-12-14", []string{"2025-12-25"}, nil},
		{"reporting.md §6 example 11", []string{"-year", "2025", "-freq", "monthly"}, "2025-07", "2025-06-15", "2025-07-14", []string{"2025-07-25"}, nil},
		{"25/1/2026 is a Sunday, kept", []string{"-year", "2026", "-freq", "monthly", "-dayoff", "keep"}, "2026-01", "2025-12-15", "2026-01-14", []string{"2026-01-25"}, nil},
		{"25/1/2026 is a Sunday, moved back", []string{"-year", "2026", "-freq", "monthly", "-dayoff", "backward"}, "2026-01", "2025-12-15", "2026-01-14", []string{"2026-01-23"}, nil},
	} {
		occ := occurrences(t, append([]string{"schedule"}, c.args...)...)
		var o *reporting.Occurrence
		for i := range occ {
			if occ[i].Period.String() == c.period {
				o = &occ[i]
			}
		}
		if o == nil {
			t.Errorf("%s: no period %s", c.source, c.period)
			continue
		}
		if o.Window.From.String() != c.from || o.Window.To.String() != c.to || len(o.Dues) != len(c.dues) {
			t.Errorf("%s: %s window %s, %d dues", c.source, c.period, o.Window, len(o.Dues))
			continue
		}
		for i, d := range o.Dues {
			if d.Due.Day.String() != c.dues[i] {
				t.Errorf("%s: %s level %d due %s, want %s", c.source, c.period, i+1, d.Due.Day, c.dues[i])
			}
			if c.afterCutof != nil && d.WorkdaysAfterCutoff != c.afterCutof[i] {
				t.Errorf("%s: %s level %d: %d working days after the cut-off, want %d", c.source, c.period, i+1, d.WorkdaysAfterCutoff, c.afterCutof[i])
			}
		}
	}
	out := runOK(t, "schedule", "-year", "2026", "-freq", "quarterly", "-levels", "17,20")
	for _, want := range []string{
		"Hạn gửi, cấp 1: chậm nhất vào ngày 17 của tháng cuối kỳ báo cáo",
		"quý I/2026    15/12/2025 – 14/03/2026  Thứ Ba 17/03/2026   Thứ Sáu 20/03/2026    Thứ Tư 25/03/2026   2, 5, 8\n",
		// 20/6/2026 is a Saturday.
		"quý II/2026, hạn cấp 2: Thứ Bảy 20/06/2026: nghỉ hằng tuần; Chủ nhật 21/06/2026: nghỉ hằng tuần → Thứ Hai 22/06/2026",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

const (
	obligationsFile = "testdata/obligations.json"
	submissionsFile = "testdata/submissions.json"
)

// The example set: the seed's 38 obligations, contributors due Friday
// 12/11/2021, 5 working days before Sở Nội vụ's Friday 19/11/2021
// (reporting.md §6 example 16), and 40 submissions received by Sở Nội vụ,
// evaluated as of Saturday 20/11/2021 09:00.
func TestStatus(t *testing.T) {
	args := []string{"status", "-obligations", obligationsFile, "-submissions", submissionsFile, "-asof", "2021-11-20T09:00"}
	out := runOK(t, args...)
	for _, want := range []string{
		"Tình trạng 38 nghĩa vụ báo cáo tính đến 09:00 Thứ Bảy 20/11/2021 (UTC+7)\n",
		"1   Sở Nội vụ tỉnh Kiên Giang (tổng hợp)                    Thứ Sáu 19/11/2021  hoàn thành đúng hạn       16:30 19/11/2021  đúng ngày hạn\n",
		// 15/11 is one working day after 12/11.
		"Sở Giao thông vận tải tỉnh Kiên Giang                   Thứ Sáu 12/11/2021  hoàn thành quá hạn        10:20 15/11/2021  trễ 1\n",
		// Received on Saturday: late, but by no working day.
		"Sở Du lịch tỉnh Kiên Giang                              Thứ Sáu 12/11/2021  hoàn thành quá hạn        08:30 13/11/2021  trễ 0\n",
		// 23:58 on the due day is before its end at 24:00 (Bộ luật Dân sự
		// 2015 Điều 148 khoản 6).
		"Văn phòng Ủy ban nhân dân tỉnh Kiên Giang               Thứ Sáu 12/11/2021  hoàn thành đúng hạn       23:58 12/11/2021  đúng ngày hạn\n",
		// 15–19/11: five working days overdue.
		"Sở Ngoại vụ tỉnh Kiên Giang                             Thứ Sáu 12/11/2021  chưa hoàn thành, quá hạn                    quá hạn 5\n",
		"Báo cáo không được tính (3):\n",
		"số đến 2848, từ Sở Công Thương tỉnh Kiên Giang, cho nghĩa vụ 491/UBND-KGVX#2/91/sct: không có nghĩa vụ nào mang mã này\n",
		"số đến 2858, từ Sở Y tế tỉnh Kiên Giang, cho nghĩa vụ 491/UBND-KGVX#1/91/syt: gửi lại; bản được tính nhận lúc 08:30 10/11/2021\n",
		"số đến 2860, từ Sở Kế hoạch và Đầu tư tỉnh Kiên Giang, cho nghĩa vụ 491/UBND-KGVX#1/91/stc: không phải đơn vị có nghĩa vụ gửi\n",
		"\n1 báo cáo nhận sau thời điểm tính, chưa xét.\n",
		"Cần nhắc (3):\n  - Sở Ngoại vụ tỉnh Kiên Giang: báo cáo",
		"quá hạn 5 ngày làm việc (hạn Thứ Sáu 12/11/2021).\n",
		"Tình hình gửi báo cáo tính đến 09:00 ngày 20/11/2021\n",
		"Sở Nội vụ tỉnh Kiên Giang                               2     2         0        0        0             100,00 %        –\n",
		"Tổng cộng                                               38    30        5        3        0             78,95 %         2,00\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(out)
	}

	var res statusOutput
	if err := json.Unmarshal([]byte(runOK(t, append(args, "-json")...)), &res); err != nil {
		t.Fatal(err)
	}
	o := res.Summary.Overall
	// 30 on time, 5 late (1 + 0 + 4 + 2 + 3 working days), 3 overdue, of 38:
	// 78.947…, 13.157…, 7.894… rounded by largest remainder to add up to 100.
	if o.Total != 38 || o.OnTime != 30 || o.Late != 5 || o.Overdue != 3 || o.WorkdaysLate != 10 || o.WorkdaysOverdue != 15 ||
		o.OnTimeRate.String() != "78.95" || o.LateRate.String() != "13.16" || o.OverdueRate.String() != "7.89" || o.MeanWorkdaysLate.String() != "2" {
		t.Errorf("overall %+v", o)
	}
	if len(res.Report.Irregular) != 3 || res.Report.Later != 1 || len(res.Reminders) != 3 || len(res.Summary.Units) != 37 {
		t.Errorf("%d irregular, %d later, %d reminders, %d units", len(res.Report.Irregular), res.Report.Later, len(res.Reminders), len(res.Summary.Units))
	}
}

// A report required without a deadline (Công văn 2541/VPCP-QHQT asks Bộ
// Công Thương to "báo cáo Thủ tướng Chính phủ", naming no day) is listed
// with "không có hạn", open or sent, and counted in its own column, out of
// the rates while open.
func TestStatusNoDeadline(t *testing.T) {
	dir := t.TempDir()
	obs := []reporting.Obligation{
		{ID: "2541/VPCP-QHQT#1/bct", Bearer: reporting.Unit{ID: "bct", Name: "Bộ Công Thương"}, Due: reporting.Due{NoDeadline: true}},
		{ID: "x#1/btc", Bearer: reporting.Unit{ID: "btc", Name: "Bộ Tài chính"}, Due: reporting.Due{Day: date.New(2009, 5, 14)}},
	}
	write := func(name string, v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		path := dir + "/" + name
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	obFile := write("obligations.json", obs)
	for _, tt := range []struct {
		subs []reporting.Submission
		want []string
	}{
		{nil, []string{
			"1  Bộ Công Thương  không có hạn        chưa hoàn thành, không có hạn  ",
			"Đơn vị          Tổng  Đúng hạn  Trễ hạn  Quá hạn  Chưa đến hạn  Không có hạn  Tỷ lệ đúng hạn  Số ngày trễ TB\n",
			"Bộ Công Thương  1     0         0        0        0             1             –               –\n",
		}},
		{[]reporting.Submission{{Obligation: obs[0].ID, At: time.Date(2009, 6, 1, 9, 0, 0, 0, ict)}}, []string{
			"1  Bộ Công Thương  không có hạn        hoàn thành đúng hạn       09:00 01/06/2009  \n",
			"Bộ Công Thương  1     1         0        0        0             100,00 %        –\n",
		}},
	} {
		out := runOK(t, "status", "-obligations", obFile, "-submissions", write("submissions.json", tt.subs), "-asof", "2009-06-02T08:00")
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("output lacks %q:\n%s", w, out)
			}
		}
	}
}

// The same instant written every accepted way gives the same report; a day
// alone is 00:00 of that day.
func TestStatusInstants(t *testing.T) {
	base := []string{"status", "-obligations", obligationsFile, "-submissions", submissionsFile, "-json", "-asof"}
	want := runOK(t, append(base, "2021-11-20T09:00")...)
	for _, s := range []string{"2021-11-20 09:00", "20/11/2021 09:00", "2021-11-20T02:00:00Z", "2021-11-20T09:00:00+07:00"} {
		if got := runOK(t, append(base, s)...); got != want {
			t.Errorf("-asof %s differs from 2021-11-20T09:00", s)
		}
	}
	// As of 00:00 on Friday 12/11, every contributor's report is due that
	// day: those not yet in are DueSoon with 0 working days left.
	var res statusOutput
	if err := json.Unmarshal([]byte(runOK(t, append(base, "12/11/2021")...)), &res); err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Report.Items {
		if it.Obligation.Role == reporting.Contributor && it.Status.Open() && (it.Status != reporting.DueSoon || it.WorkdaysLeft != 0) {
			t.Errorf("%s: %s, %d left", it.Obligation.Bearer.Name, it.Status, it.WorkdaysLeft)
		}
	}
}

// testdata/obligations.json is what `deadline -lead 5 -obligations` prints:
// the seed's obligations derived on the hierarchy of examples/data.
func TestObligationsTestdata(t *testing.T) {
	text, err := os.ReadFile("../deadline/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile("../data/kiengiang.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := directive.Parse(string(text))
	if err != nil {
		t.Fatal(err)
	}
	h, err := unit.DecodeJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	obs, err := reporting.Derive(doc, h, calendar.Default(), reporting.DeriveOptions{RelayLead: 5})
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.MarshalIndent(obs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(obligationsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bytes.TrimSpace(got), want) {
		t.Errorf("%s is stale: regenerate it with go run ./examples/deadline -lead 5 -obligations", obligationsFile)
	}
	if len(obs) != 38 || obs[1].Due.Day != date.New(2021, 11, 12) {
		t.Errorf("%d obligations, the second due %s", len(obs), obs[1].Due.Day)
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "thiếu lệnh"},
		{[]string{"list"}, 1, `không có lệnh "list"`},
		{[]string{"schedule", "-freq", "monthly"}, 1, "schedule cần -year NĂM và -freq"},
		{[]string{"schedule", "-year", "2026", "-freq", "daily"}, 1, `tần suất không hợp lệ "daily"`},
		{[]string{"schedule", "-year", "2026", "-freq", "weekly"}, 1, `tần suất không hợp lệ "weekly"`},
		{[]string{"schedule", "-year", "2026", "-freq", "monthly", "-levels", "17,x"}, 1, `-levels không hợp lệ "17,x"`},
		{[]string{"schedule", "-year", "2026", "-freq", "monthly", "-dayoff", "later"}, 1, `-dayoff không hợp lệ "later"`},
		{[]string{"schedule", "-year", "2300", "-freq", "monthly"}, 1, "năm 2300 ngoài phạm vi của lịch"},
		{[]string{"schedule", "-year", "2026", "-freq", "monthly", "extra"}, 1, `đối số thừa "extra"`},
		{[]string{"schedule", "-year", "x"}, 1, "-h để xem cách dùng"},
		{[]string{"status", "-obligations", obligationsFile}, 1, "status cần -obligations TỆP, -submissions TỆP và -asof"},
		{[]string{"status", "-obligations", obligationsFile, "-submissions", submissionsFile, "-asof", "20.11.2021"}, 1, `thời điểm không hợp lệ "20.11.2021"`},
		{[]string{"status", "-obligations", "testdata/none.json", "-submissions", submissionsFile, "-asof", "2021-11-20"}, 1, "không đọc được testdata/none.json"},
		{[]string{"status", "-obligations", "main.go", "-submissions", submissionsFile, "-asof", "2021-11-20"}, 1, "main.go: JSON không hợp lệ ở byte"},
		// Obligations given where submissions are expected: every
		// "obligation" field is missing.
		{[]string{"status", "-obligations", submissionsFile, "-submissions", submissionsFile, "-asof", "2021-11-20"}, 1, "reporting: Obligation.Validate \"2841\": bearer without ID"},
	} {
		code, out, errOut := runArgs(c.args...)
		if code != c.code || out != "" || !strings.HasPrefix(errOut, "reports: ") || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and one line with %q", c.args, code, out, errOut, c.code, c.want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"schedule", "-h"}, {"status", "-h"}} {
		code, out, errOut := runArgs(args...)
		if code != 0 || errOut != "" || !strings.HasPrefix(out, "reports: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}
