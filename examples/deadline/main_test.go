package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/unit"
	"github.com/vanban-go/vanban/reporting"
)

// The seed is Công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang, Tuesday
// 20/4/2021: its closing paragraph asks "các sở, ban, ngành cấp tỉnh, Ủy ban
// nhân dân các cấp" to report "về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước
// ngày 20/11/2021". The expected days are ../shared/domain/reporting.md §6,
// example 1: strict Friday 19/11/2021, 148 working days after 20/4/2021;
// inclusive Monday 22/11/2021 (20/11 is a Saturday).
const (
	soNoiVu  = "Sở Nội vụ tỉnh Kiên Giang"
	ubndTinh = "Ủy ban nhân dân tỉnh Kiên Giang"
)

// runArgs runs the program in-process and returns its exit status and
// output.
func runArgs(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errOut strings.Builder
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runArgs("", args...)
	if code != 0 || errOut != "" {
		t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
	}
	return out
}

func runJSON(t *testing.T, args ...string) result {
	t.Helper()
	var res result
	out := runOK(t, append([]string{"-json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	return res
}

// kiengiang reads the hierarchy the program embeds.
func kiengiang(t *testing.T) *unit.Hierarchy {
	t.Helper()
	h, err := unit.DecodeJSON(kienGiang)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// addressees are the units the seed's Kính gửi stands for on 20/4/2021 in
// examples/data/kiengiang.json: the 22 bodies of the group "departments"
// (departments, Thanh tra, Văn phòng UBND, the boards) and the 15 district
// People's Committees, thành phố Phú Quốc (since 1/2/2021) among them.
func addressees(t *testing.T) []string {
	t.Helper()
	h := kiengiang(t)
	var names []string
	on := date.New(2021, 4, 20)
	for u := range h.Units() {
		if !u.ExistsOn(on) || u.Parent != "91/ubnd" {
			continue
		}
		switch u.Kind {
		case unit.Department, unit.Inspectorate, unit.Office, unit.Board, unit.DistrictCommittee:
			names = append(names, u.Name)
		}
	}
	if len(names) != 37 {
		t.Fatalf("%d addressees in the hierarchy, want 22 + 15", len(names))
	}
	return names
}

func TestSeedText(t *testing.T) {
	out := runOK(t)
	for _, want := range []string{
		"Công văn số 491/UBND-KGVX\n",
		"  Cơ quan ban hành: " + ubndTinh + "\n",
		"  Nơi, ngày:        Kiên Giang, Thứ Ba 20/04/2021\n",
		"  Trích yếu:        V/v thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy",
		"  Người ký:         Nguyễn Lưu Trung, PHÓ CHỦ TỊCH (KT. CHỦ TỊCH)\n",
		"  Kính gửi:         Các sở, ban, ngành cấp tỉnh → 22 đơn vị\n",
		"Ủy ban nhân dân các huyện, thành phố → 15 đơn vị\n",
		// The citations, canonical; the document's own number is not one.
		"Văn bản được viện dẫn (10)\n",
		"   1. Thông báo số 135-TB/VPTU ngày 22-3-2021 của Văn phòng Tỉnh ủy",
		"Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư Trung ương Đảng khóa XI",
		"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ [nhiệm vụ 2]\n",
		"  10. Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ [nhiệm vụ 4]\n",
		// The four numbered items, in brief.
		"Nhiệm vụ (4)\n",
		"  1. Tiếp tục đẩy mạnh công tác tuyên truyền",
		"  4. Đẩy mạnh phong trào thi đua “Dân vận khéo”",
		// The requirement, its due day and why.
		"Báo cáo 1: “trước ngày 20/11/2021”\n",
		"  Gửi:     Ủy ban nhân dân tỉnh (qua Sở Nội vụ)\n",
		"  Hạn:     Thứ Sáu 19/11/2021, hết 24 giờ (cách hiểu “trước ngày X”: strict)\n",
		"không tính ngày 20/11/2021; ngày cuối cùng là thứ Sáu 19/11/2021.",
		"Căn cứ: Bộ luật Dân sự 2015, Điều 148 khoản 6.",
		"    - 148 ngày làm việc sau ngày văn bản (Thứ Ba 20/04/2021), không kể thứ Bảy, Chủ nhật và các ngày nghỉ:\n",
		// Days off of 2021 (holidays-vn.tsv): Giỗ Tổ, 30/4, 1/5 and its
		// nghỉ bù, 2/9 and the adjacent day.
		"Thứ Tư 21/04/2021      Giỗ Tổ Hùng Vương",
		"Thứ Hai 03/05/2021     Nghỉ bù",
		"Thứ Sáu 03/09/2021     Quốc khánh",
		"  Tính đến Thứ Ba 20/04/2021: còn 148 ngày làm việc.\n",
		// The obligations: Sở Nội vụ consolidates, 37 units report through it.
		"Nghĩa vụ báo cáo (38), tính đến Thứ Ba 20/04/2021\n",
		"  A. Tổng hợp và báo cáo " + ubndTinh + " (1 đơn vị)\n",
		"  B. Báo cáo " + ubndTinh + " qua " + soNoiVu + " (37 đơn vị)\n",
		"     Hạn: Thứ Sáu 19/11/2021 (báo cáo 1), còn 148 ngày làm việc\n",
		"     Nhiệm vụ: 1, 2, 3, 4\n",
		"     Mục đích: để tổng hợp báo cáo Tỉnh ủy\n",
		"     Các sở, ban, ngành cấp tỉnh (22):\n",
		"     Ủy ban nhân dân các huyện, thành phố (15):\n",
		"Sở Y tế tỉnh Kiên Giang\n",
		"Ủy ban nhân dân thành phố Phú Quốc\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Every unit appears on its own numbered line, 1 to 38.
	numbered := regexp.MustCompile(`(?m)^ +(\d+)\. (.+?)(?: \(cơ quan tổng hợp.*\))?$`)
	var units []string
	section := out[strings.Index(out, "Nghĩa vụ báo cáo"):]
	for i, m := range numbered.FindAllStringSubmatch(section, -1) {
		if m[1] != itoa(i+1) {
			t.Errorf("line %q numbered %s, want %d", m[0], m[1], i+1)
		}
		units = append(units, m[2])
	}
	if len(units) != 38 {
		t.Errorf("%d numbered units, want 38", len(units))
	}
	for _, name := range append(addressees(t), soNoiVu) {
		if !slices.Contains(units, name) {
			t.Errorf("unit %q is not listed", name)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestSeedJSON(t *testing.T) {
	res := runJSON(t)
	d := res.Document
	if d.Symbol != "491/UBND-KGVX" || d.Date != "2021-04-20" || d.Type != "Công văn" || d.Issuer != ubndTinh || d.Place != "Kiên Giang" {
		t.Errorf("document %s %s %s %s %s", d.Symbol, d.Date, d.Type, d.Issuer, d.Place)
	}
	if d.Signer.Name != "Nguyễn Lưu Trung" || d.Signer.Authority != "KT. CHỦ TỊCH" || d.Signer.Title != "PHÓ CHỦ TỊCH" {
		t.Errorf("signer %+v", d.Signer)
	}
	if len(d.Citations) != 10 || d.Citations[0].Symbol != "135-TB/VPTU" || d.Citations[9].Symbol != "1847/QĐ-TTg" {
		t.Errorf("%d citations: %+v", len(d.Citations), d.Citations)
	}
	if len(d.Tasks) != 4 || len(d.Addressees) != 2 || len(d.Addressees[0].Units) != 22 || len(d.Addressees[1].Units) != 15 {
		t.Errorf("%d tasks, addressees %+v", len(d.Tasks), d.Addressees)
	}
	if res.AsOf != "2021-04-20" || res.Policy.String() != "strict" {
		t.Errorf("asOf %s policy %s", res.AsOf, res.Policy)
	}
	if len(res.Reports) != 1 {
		t.Fatalf("%d reports", len(res.Reports))
	}
	if r := res.Reports[0]; r.Due != "2021-11-19" || r.Named != "2021-11-20" || r.Workdays != 148 || r.WorkdaysLeft != 148 || r.Via != "Sở Nội vụ" || len(r.DaysOff) != 6 {
		t.Errorf("report %+v", r)
	}

	if len(res.Obligations) != 38 {
		t.Fatalf("%d obligations, want 38 (reporting.Derive: Sở Nội vụ's own and 37 addressees')", len(res.Obligations))
	}
	var names []string
	for i, o := range res.Obligations {
		names = append(names, o.Unit)
		if o.Due != "2021-11-19" || o.Policy != "strict" || o.Deadline != "2021-11-20T00:00:00+07:00" || o.WorkdaysLeft != 148 {
			t.Errorf("%s: due %s policy %s deadline %s left %d", o.Unit, o.Due, o.Policy, o.Deadline, o.WorkdaysLeft)
		}
		if o.ReportTo != ubndTinh || o.Explanation == "" || len(o.Tasks) != 4 || o.Report != 1 {
			t.Errorf("%s: to %q, explanation %q, %d tasks, report %d", o.Unit, o.ReportTo, o.Explanation, len(o.Tasks), o.Report)
		}
		wantVia := []string{soNoiVu}
		switch {
		case i == 0: // the consolidator
			if o.Role != "consolidator" || o.Unit != soNoiVu {
				t.Errorf("first obligation %s %s, want Sở Nội vụ's own", o.Unit, o.Role)
			}
			wantVia = []string{}
		case o.Unit == soNoiVu:
			wantVia = []string{}
			fallthrough
		default:
			if o.Role != "contributor" || !strings.HasSuffix(o.Relay, "/tổng-hợp/91/snv") {
				t.Errorf("%s: role %s relay %q", o.Unit, o.Role, o.Relay)
			}
		}
		if !slices.Equal(o.Via, wantVia) {
			t.Errorf("%s: via %q, want %q", o.Unit, o.Via, wantVia)
		}
	}
	for _, name := range []string{"Sở Y tế tỉnh Kiên Giang", "Ủy ban nhân dân thành phố Phú Quốc"} {
		if !slices.Contains(names, name) {
			t.Errorf("no obligation for %s", name)
		}
	}
	// The obligations are the addressees, each once, and Sở Nội vụ twice.
	want := append(addressees(t), soNoiVu)
	slices.Sort(want)
	slices.Sort(names)
	if !slices.Equal(names, want) {
		t.Errorf("units\n%q\nwant\n%q", names, want)
	}
}

// The raw JSON field names the issue asks for.
func TestJSONFieldNames(t *testing.T) {
	out := runOK(t, "-json")
	var raw struct {
		Document    map[string]any   `json:"document"`
		Obligations []map[string]any `json:"obligations"`
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Document["symbol"] != "491/UBND-KGVX" || raw.Document["date"] != "2021-04-20" {
		t.Errorf("document %v", raw.Document)
	}
	for _, k := range []string{"unit", "tasks", "reportTo", "via", "due", "policy", "explanation"} {
		if _, ok := raw.Obligations[1][k]; !ok {
			t.Errorf("obligation has no %q: %v", k, raw.Obligations[1])
		}
	}
	// Sở Tư pháp, third in the list, reports through Sở Nội vụ.
	if via, _ := raw.Obligations[2]["via"].([]any); len(via) != 1 || via[0] != soNoiVu {
		t.Errorf("via %v", raw.Obligations[2]["via"])
	}
}

func TestPolicyInclusive(t *testing.T) {
	res := runJSON(t, "-policy", "inclusive")
	// reporting.md §6 example 1: 20/11/2021 is a Saturday, moved to Monday
	// 22/11 by Bộ luật Dân sự 2015 Điều 148 khoản 5; 149 working days.
	if r := res.Reports[0]; r.Due != "2021-11-22" || r.Last != "2021-11-20" || !r.Moved || r.Workdays != 149 {
		t.Errorf("report %+v", r)
	}
	for _, o := range res.Obligations {
		if o.Due != "2021-11-22" || o.Policy != "inclusive" {
			t.Errorf("%s: due %s policy %s", o.Unit, o.Due, o.Policy)
		}
	}
	out := runOK(t, "-policy", "inclusive")
	for _, want := range []string{
		"  Hạn:     Thứ Hai 22/11/2021, hết 24 giờ (cách hiểu “trước ngày X”: inclusive)\n",
		"Thứ Bảy 20/11/2021 là ngày nghỉ (Nghỉ hằng tuần)",
		"Căn cứ: Bộ luật Dân sự 2015, Điều 148 khoản 5.",
		"    - 149 ngày làm việc sau ngày văn bản",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestAsOf(t *testing.T) {
	cal := calendar.Default()
	due := date.New(2021, 11, 19)
	for _, c := range []struct {
		asOf, arg string
		text      string // the words before or after the count
	}{
		{"2021-11-01", "2021-11-01", "còn %d ngày làm việc"},
		{"2021-11-01", "01/11/2021", "còn %d ngày làm việc"},
		{"2021-11-01", "1/11/2021", "còn %d ngày làm việc"},
		{"2021-11-19", "19/11/2021", "hôm nay là ngày cuối của hạn"},
		{"2021-11-22", "2021-11-22", "đã quá hạn %d ngày làm việc"},
	} {
		asOf := date.MustParseISO(c.asOf)
		n, err := cal.WorkdaysBetween(asOf, due)
		if err != nil {
			t.Fatal(err)
		}
		res := runJSON(t, "-asof", c.arg)
		if res.AsOf != c.asOf || res.Reports[0].WorkdaysLeft != n {
			t.Errorf("-asof %s: asOf %s, %d left, want %s, %d", c.arg, res.AsOf, res.Reports[0].WorkdaysLeft, c.asOf, n)
		}
		for _, o := range res.Obligations {
			if o.WorkdaysLeft != n {
				t.Errorf("-asof %s: %s has %d left, want %d", c.arg, o.Unit, o.WorkdaysLeft, n)
			}
		}
		want := c.text
		if strings.Contains(want, "%d") {
			if n < 0 {
				n = -n
			}
			want = strings.Replace(want, "%d", itoa(n), 1)
		}
		if out := runOK(t, "-asof", c.arg); !strings.Contains(out, "Tính đến "+dayName(asOf)+": "+want+".\n") {
			t.Errorf("-asof %s: output lacks %q", c.arg, want)
		}
	}
	// 2/11 … 5/11, 8/11 … 12/11, 15/11 … 19/11: no day off in November 2021.
	if n, _ := cal.WorkdaysBetween(date.New(2021, 11, 1), due); n != 14 {
		t.Errorf("calendar: %d working days from 1/11 to 19/11/2021, want 14", n)
	}
}

// reporting.md §6 example 16: contributors due 5 working days before Sở Nội
// vụ's 19/11/2021: Friday 12/11/2021.
func TestLead(t *testing.T) {
	res := runJSON(t, "-lead", "5")
	for _, o := range res.Obligations {
		want := "2021-11-12"
		if o.Role == "consolidator" {
			want = "2021-11-19"
		}
		if o.Due != want {
			t.Errorf("%s %s: due %s, want %s", o.Unit, o.Role, o.Due, want)
		}
	}
	out := runOK(t, "-lead", "5")
	if !strings.Contains(out, "Vì sao: Hạn gửi Sở Nội vụ tỉnh Kiên Giang: hết ngày Thứ Sáu 12/11/2021, 5 ngày làm việc trước hạn") {
		t.Errorf("output lacks the relay's explanation:\n%s", out)
	}
}

func TestObligationsForm(t *testing.T) {
	out := runOK(t, "-obligations")
	var obs []reporting.Obligation
	if err := json.Unmarshal([]byte(out), &obs); err != nil {
		t.Fatal(err)
	}
	if len(obs) != 38 || obs[0].Role != reporting.Consolidator || obs[0].Due.Day != date.New(2021, 11, 19) {
		t.Errorf("%d obligations, first %+v", len(obs), obs[0])
	}
	for _, o := range obs {
		if err := o.Validate(); err != nil {
			t.Error(err)
		}
	}
}

func TestStdin(t *testing.T) {
	code, out, errOut := runArgs(seed, "-file", "-", "-json")
	var res result
	if code != 0 || errOut != "" || json.Unmarshal([]byte(out), &res) != nil || len(res.Obligations) != 38 {
		t.Errorf("exit %d, stderr %q, %d obligations", code, errOut, len(res.Obligations))
	}
}

// Công văn 454/UBND-NCTH of UBND tỉnh Hậu Giang (6/4/2011) asks for no
// report: identity, citation and task only.
func TestDocumentWithoutReport(t *testing.T) {
	args := []string{"-file", "testdata/454_UBND-NCTH.txt", "-hierarchy", "../data/haugiang.json"}
	out := runOK(t, args...)
	for _, want := range []string{
		"Công văn số 454/UBND-NCTH\n",
		"  Cơ quan ban hành: Ủy ban nhân dân tỉnh Hậu Giang\n",
		"  Nơi, ngày:        Vị Thanh, Thứ Tư 06/04/2011\n",
		"Chủ tịch UBND huyện, thị xã, thành phố → 7 đơn vị\n",
		"   1. Công văn số 847/UBND-VX1 ngày 22/3/2011 của UBND tỉnh Quảng Ninh",
		"\nVăn bản không yêu cầu báo cáo.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	res := runJSON(t, args...)
	if res.Document.Symbol != "454/UBND-NCTH" || res.Document.Date != "2011-04-06" || len(res.Obligations) != 0 || res.Obligations == nil {
		t.Errorf("%+v", res)
	}
}

// Công văn 2541/VPCP-QHQT asks Bộ Công Thương to "báo cáo Thủ tướng Chính
// phủ" without a deadline: the requirement is shown, and its obligation,
// without a deadline.
func TestReportWithoutDeadline(t *testing.T) {
	args := []string{"-file", "testdata/2541_VPCP-QHQT.txt", "-hierarchy", "../data/government.json"}
	out := runOK(t, args...)
	for _, want := range []string{
		"Công văn số 2541/VPCP-QHQT\n",
		"  Kính gửi:         BộCông Thương → Bộ Công Thương\n",
		"Báo cáo 1\n  Gửi:     Thủ tướng Chính phủ\n  Hạn:     không có: văn bản không nêu hạn báo cáo",
		"Nghĩa vụ báo cáo (1)",
		"  A. Báo cáo Thủ tướng Chính phủ (1 đơn vị)\n     Hạn: không có (báo cáo 1 không nêu hạn)\n",
		"        1. Bộ Công Thương\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	res := runJSON(t, args...)
	if len(res.Reports) != 1 || !res.Reports[0].NoDeadline || res.Reports[0].Error != "" || len(res.Obligations) != 1 || len(res.ObligationErrors) != 0 {
		t.Fatalf("%+v", res)
	}
	if o := res.Obligations[0]; o.ID != "2541/VPCP-QHQT#1/bct" || !o.NoDeadline || o.Due != "" || o.Deadline != "" || o.Report != 1 {
		t.Errorf("%+v", o)
	}
	var obs []reporting.Obligation
	if err := json.Unmarshal([]byte(runOK(t, append(args, "-obligations")...)), &obs); err != nil || len(obs) != 1 || !obs[0].Due.NoDeadline || obs[0].Validate() != nil {
		t.Errorf("%+v %v", obs, err)
	}
}

// When obligations cannot be derived, what was read is printed all the
// same, with why, and the status is 1 with one line on stderr (vanban
// review, issue 9.3). The documents are constructed (testdata copied from
// directive/testdata, each says so in its first line): a quyết định whose
// Điều 2 makes "Tổ công tác", which no hierarchy knows, report and which
// has no Kính gửi; a kế hoạch of UBND thành phố Phú Quốc whose reports fall
// to its Phòng Nội vụ, which the hierarchy of examples/data does not hold;
// and the seed read on a hierarchy without its issuer. The Party thông báo,
// whose Ban Dân vận Tỉnh ủy the hierarchy knows, derives.
func TestObligationsNotDerived(t *testing.T) {
	for _, tt := range []struct {
		name      string
		args      []string
		printed   []string // lines of what was read
		why       string   // in the output and on stderr
		reports   int      // reports with an obligationError
		derived   int      // obligations derived all the same
		errorsOut int      // entries of obligationErrors
	}{
		{
			name: "quyết định, Tổ công tác", args: []string{"-file", "testdata/qd_ubnd.txt", "-hierarchy", "../data/kiengiang.json"},
			printed: []string{"Quyết định số 05/QĐ-UBND\n", "  Cơ quan ban hành: Ủy ban nhân dân tỉnh Kiên Giang\n",
				"Văn bản được viện dẫn (2)\n", "   2. Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư [mở đầu]\n",
				"Nhiệm vụ (3)\n", "Báo cáo 1: “trước ngày 30/6/2022”\n", "  Hạn:     Thứ Tư 29/06/2022, hết 24 giờ"},
			why: `its sentence names "Tổ công tác", no unit of the hierarchy on 2022-01-08`, reports: 1, errorsOut: 1,
		},
		{
			name: "kế hoạch, Phòng Nội vụ", args: []string{"-file", "testdata/kh_ubnd.txt", "-hierarchy", "../data/kiengiang.json"},
			printed: []string{"Kế hoạch số 45/KH-UBND\n", "  Cơ quan ban hành: Ủy ban nhân dân thành phố Phú Quốc\n",
				"   1. Kế hoạch số 12/KH-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh [nhiệm vụ I]\n", "Nhiệm vụ (3)\n"},
			// Its second report, "nếu có khó khăn, vướng mắc, báo cáo về …",
			// is conditional: no obligation, and no error either.
			why: "neither its sentence nor its item names a unit of the hierarchy", reports: 1, errorsOut: 1,
		},
		{
			name: "seed, hierarchy without its issuer", args: []string{"-hierarchy", "../data/haugiang.json"},
			printed: []string{"Công văn số 491/UBND-KGVX\n", "Nhiệm vụ (4)\n", "  Hạn:     Thứ Sáu 19/11/2021, hết 24 giờ"},
			why:     `không tìm thấy cơ quan ban hành "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"`, errorsOut: 1,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs("", tt.args...)
			if code != 1 || !strings.HasPrefix(errOut, "deadline: không lập được nghĩa vụ báo cáo") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.why) {
				t.Errorf("exit %d, stderr %q", code, errOut)
			}
			for _, want := range append(tt.printed, "\n  Không lập được nghĩa vụ báo cáo:\n", tt.why) {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			code, out, _ = runArgs("", append(tt.args, "-json")...)
			var res result
			if err := json.Unmarshal([]byte(out), &res); err != nil || code != 1 {
				t.Fatalf("exit %d, %v in\n%s", code, err, out)
			}
			n := 0
			for _, r := range res.Reports {
				if r.ObligationError != "" {
					n++
				}
			}
			if res.Document.Symbol == "" || len(res.Document.Tasks) == 0 || n != tt.reports || len(res.Obligations) != tt.derived || len(res.ObligationErrors) != tt.errorsOut {
				t.Errorf("%d reports with an error, %d obligations, errors %q", n, len(res.Obligations), res.ObligationErrors)
			}
			code, out, _ = runArgs("", append(tt.args, "-obligations")...)
			if code != 1 || strings.TrimSpace(out) != "[]" {
				t.Errorf("-obligations: exit %d, %s", code, out)
			}
		})
	}
	// The Party thông báo: Ban Dân vận Tỉnh ủy consolidates through Văn
	// phòng Tỉnh ủy, 2 obligations.
	res := runJSON(t, "-file", "testdata/party_thongbao.txt", "-hierarchy", "../data/kiengiang.json")
	if len(res.Obligations) != 2 || len(res.ObligationErrors) != 0 || res.Document.Symbol != "142-TB/TU" {
		t.Errorf("%d obligations, errors %q", len(res.Obligations), res.ObligationErrors)
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"not a document", "hello, world", []string{"-file", "-"}, "không phải văn bản hành chính"},
		{"empty", "", []string{"-file", "-"}, "không phải văn bản hành chính"},
		{"date month 13", "", []string{"-asof", "2021-13-01"}, `ngày không hợp lệ "2021-13-01"`},
		{"date with dots", "", []string{"-asof", "1.11.2021"}, `ngày không hợp lệ "1.11.2021"`},
		{"day that does not exist", "", []string{"-asof", "30/02/2021"}, `ngày không hợp lệ "30/02/2021"`},
		{"date out of range", "", []string{"-asof", "2300-01-01"}, "ngoài phạm vi của lịch"},
		{"policy", "", []string{"-policy", "lenient"}, `cách hiểu không hợp lệ "lenient"`},
		{"missing file", "", []string{"-file", "testdata/none.txt"}, "không đọc được testdata/none.txt"},
		{"bad hierarchy", "", []string{"-hierarchy", "testdata/454_UBND-NCTH.txt"}, "không đọc được hệ thống đơn vị"},
		{"extra argument", "", []string{"seed.txt"}, `đối số thừa "seed.txt"`},
		{"negative lead", "", []string{"-lead", "-1"}, "-lead phải không âm"},
		{"unknown flag", "", []string{"-x"}, "-h để xem cách dùng"},
		{"two outputs", "", []string{"-json", "-obligations"}, "chọn một trong -json và -obligations"},
	} {
		code, out, errOut := runArgs(c.stdin, c.args...)
		if code != 1 || out != "" || !strings.HasPrefix(errOut, "deadline: ") || !strings.Contains(errOut, c.want) ||
			strings.Count(errOut, "\n") != 1 || strings.Contains(errOut, "goroutine") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1, nothing, one line with %q", c.name, code, out, errOut, c.want)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, errOut := runArgs("", "-h")
	if code != 0 || errOut != "" || !strings.HasPrefix(out, "deadline: ") || !strings.Contains(out, "-policy CÁCH") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// The embedded hierarchy is a copy of examples/data/kiengiang.json.
func TestHierarchyCopy(t *testing.T) {
	orig, err := os.ReadFile("../data/kiengiang.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(orig, kienGiang) {
		t.Error("kiengiang.json differs from ../data/kiengiang.json: copy it again")
	}
}
