package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vanban-go/vanban/legalref"
)

// corpus491 is Công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang, 20/4/2021,
// copied from /work/shared/corpus.
const corpus491 = "testdata/491_UBND-KGVX.txt"

// runArgs runs the program in-process on stdin and returns its exit status
// and output.
func runArgs(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errOut strings.Builder
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// runJSON runs the program with -json and decodes its output.
func runJSON(t *testing.T, stdin string, args ...string) []item {
	t.Helper()
	code, out, errOut := runArgs(stdin, append([]string{"-json"}, args...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var items []item
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	return items
}

// The references cited in Công văn 491/UBND-KGVX, in reading order. The
// citation is what the document writes (the canonical form then goes on with
// the trích yếu); the ID follows the ELI template of legalref.Ref.ID.
var want491 = []struct {
	symbol   string
	citation string // prefix of Ref.String
	family   legalref.Family
	id       string
	date     string
	source   string
}{
	{"491/UBND-KGVX", "Công văn số 491/UBND-KGVX ngày 20/4/2021", legalref.CongVan,
		"/eli/vn/cong-van/2021/491/ubnd-kgvx", "2021-04-20", "header: Số: 491 /UBND-KGVX; Kiên Giang, ngày 20 tháng 4 năm 2021"},
	{"135-TB/VPTU", "Thông báo số 135-TB/VPTU ngày 22-3-2021 của Văn phòng Tỉnh ủy", legalref.Party,
		"/eli/vn/thong-bao/2021/135/vptu", "2021-03-22", "opening paragraph"},
	{"114-KL/TW", "Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư Trung ương Đảng khóa XI", legalref.Party,
		"/eli/vn/ket-luan/2015/114/tw", "2015-07-14", "task 1"},
	{"16/CT-TTg", "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ", legalref.Administrative,
		"/eli/vn/chi-thi/2016/16/ttg", "2016-05-16", "task 1"},
	{"120-KL/TW", "Kết luận số 120-KL/TW ngày 07-01-2016 của Bộ Chính trị khóa XI", legalref.Party,
		"/eli/vn/ket-luan/2016/120/tw", "2016-01-07", "task 1"},
	{"08-CTr/TU", "Chương trình số 08-CTr/TU ngày 25-4-2016 của Ban Thường vụ Tỉnh ủy", legalref.Party,
		"/eli/vn/chuong-trinh/2016/8/tu", "2016-04-25", "task 1"},
	{"34/2007/PL-UBTVQH11", "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội", legalref.Normative,
		"/eli/vn/phap-lenh/2007/34/ubtvqh11", "2007-04-20", "task 2"},
	{"04/2015/NĐ-CP", "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ", legalref.Normative,
		"/eli/vn/nghi-dinh/2015/4/cp", "2015-01-09", "task 2"},
	{"145/2020/NĐ-CP", "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ", legalref.Normative,
		"/eli/vn/nghi-dinh/2020/145/cp", "2020-12-14", "task 2"},
	{"26/CT-TTg", "Chỉ thị số 26/CT-TTg ngày 05/9/2016", legalref.Administrative,
		"/eli/vn/chi-thi/2016/26/ttg", "2016-09-05", "task 4"},
	{"1847/QĐ-TTg", "Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ", legalref.Administrative,
		"/eli/vn/quyet-dinh/2018/1847/ttg", "2018-12-27", "task 4"},
}

func TestCorpus491JSON(t *testing.T) {
	src, err := os.ReadFile(corpus491)
	if err != nil {
		t.Fatal(err)
	}
	got := runJSON(t, "", corpus491)
	if len(got) != len(want491) {
		t.Errorf("%d references, want %d", len(got), len(want491))
	}
	for i, w := range want491 {
		if i >= len(got) {
			break
		}
		g := got[i]
		if g.Symbol != w.symbol || !strings.HasPrefix(g.Citation, w.citation) || g.Family != w.family ||
			g.ID != w.id || g.Ref.Date.String() != w.date || g.N != i+1 || g.File != corpus491 {
			t.Errorf("[%d] (%s): got %s %q %s %s %s n=%d file=%q\nwant %s %q… %s %s %s",
				i+1, w.source, g.Symbol, g.Citation, g.Family, g.ID, g.Ref.Date, g.N, g.File,
				w.symbol, w.citation, w.family, w.id, w.date)
		}
		if g.Start < 0 || g.End > len(src) || g.Start >= g.End || string(src[g.Start:g.End]) != g.Text {
			t.Errorf("[%d] span [%d, %d) does not hold %q", i+1, g.Start, g.End, g.Text)
		}
		if g.Relation != legalref.NoRelation || g.Subject != 0 || g.Antecedent != 0 {
			t.Errorf("[%d] %s: relation %s subject %d antecedent %d; the document relates no two citations",
				i+1, g.Symbol, g.Relation, g.Subject, g.Antecedent)
		}
	}
}

func TestCorpus491Text(t *testing.T) {
	code, out, errOut := runArgs("", corpus491)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// Task 2 of the document, and the header whose number and date lie on
	// two lines, printed on one.
	for _, w := range []string{
		"Tệp " + corpus491 + "\n",
		"[1] byte [139, 201): Số: 491 /UBND-KGVX Kiên Giang, ngày 20 tháng 4 năm 2021\n",
		"    Trích dẫn chuẩn: Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn\n",
		"    Số, ký hiệu:     34/2007/PL-UBTVQH11\n",
		"    Loại:            văn bản quy phạm pháp luật [Normative]\n",
		"    Định danh:       /eli/vn/phap-lenh/2007/34/ubtvqh11\n",
		"    Loại:            văn bản của Đảng [Party]\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// NFD input (as pasted from some PDFs and macOS) gives the same references,
// with spans into the NFD bytes.
func TestNFD(t *testing.T) {
	src, err := os.ReadFile(corpus491)
	if err != nil {
		t.Fatal(err)
	}
	nfd := norm.NFD.String(string(src))
	if nfd == string(src) {
		t.Fatal("the corpus file is already NFD")
	}
	want := runJSON(t, string(src))
	got := runJSON(t, nfd)
	if len(got) != len(want) || len(got) != len(want491) {
		t.Fatalf("%d references in NFD, %d in NFC, want %d", len(got), len(want), len(want491))
	}
	for i, g := range got {
		w := want[i]
		if g.Symbol != w.Symbol || g.ID != w.ID || g.Citation != w.Citation {
			t.Errorf("[%d] NFD %s %s %q, NFC %s %s %q", i+1, g.Symbol, g.ID, g.Citation, w.Symbol, w.ID, w.Citation)
		}
		if nfd[g.Start:g.End] != g.Text || norm.NFC.String(g.Text) != w.Text {
			t.Errorf("[%d] NFD span [%d, %d) holds %q, text %q; NFC text %q", i+1, g.Start, g.End, nfd[g.Start:g.End], g.Text, w.Text)
		}
	}
}

// A relation and a short form, from rows of legalrefs-sample.tsv.
func TestRelationAndShortForm(t *testing.T) {
	// hethongphapluat.com, Nghị quyết 03/2023/NQ-HĐND Kiên Giang: Nghị định
	// 154/2020/NĐ-CP amends Nghị định 34/2016/NĐ-CP.
	got := runJSON(t, "Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP")
	if len(got) != 2 || got[0].Relation != legalref.NoRelation ||
		got[1].Symbol != "34/2016/NĐ-CP" || got[1].Relation != legalref.Amends || got[1].Subject != 1 {
		t.Errorf("amendment: %+v", got)
	}
	code, out, _ := runArgs("Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP")
	if w := "    Quan hệ:         [1] 154/2020/NĐ-CP sửa đổi, bổ sung văn bản này\n"; code != 0 || !strings.Contains(out, w) {
		t.Errorf("text output lacks %q:\n%s", w, out)
	}

	// tinhuyquangtri.vn: "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính
	// trị", later "Chỉ thị 05".
	text := "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị. Sơ kết 5 năm thực hiện Chỉ thị 05."
	got = runJSON(t, text)
	if len(got) != 2 || got[1].Text != "Chỉ thị 05" || got[1].Antecedent != 1 || got[1].ID != "/eli/vn/chi-thi/2016/5/tw" {
		t.Errorf("short form: %+v", got)
	}
	code, out, _ = runArgs(text)
	if w := "    Dẫn lại:         [1] Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị\n"; code != 0 || !strings.Contains(out, w) {
		t.Errorf("text output lacks %q:\n%s", w, out)
	}
}

// A text without references is not an error.
func TestEmpty(t *testing.T) {
	for _, in := range []string{"", " \n\t\n", "Kính gửi: Ủy ban nhân dân các huyện, thành phố."} {
		code, out, errOut := runArgs(in)
		if code != 0 || errOut != "" || out != "không tìm thấy trích dẫn nào\n" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", in, code, out, errOut)
		}
		code, out, errOut = runArgs(in, "-json")
		if code != 0 || errOut != "" || out != "[]\n" {
			t.Errorf("%q -json: exit %d, stdout %q, stderr %q", in, code, out, errOut)
		}
	}
}

// Bad input: a non-zero exit, nothing on stdout and one line on stderr.
func TestErrors(t *testing.T) {
	for _, args := range [][]string{
		{"testdata/no-such-file.txt"},
		{corpus491, "testdata/no-such-file.txt"}, // nothing printed for the good file
		{"-xml"},
		{"testdata"}, // a directory
	} {
		code, out, errOut := runArgs("", args...)
		if code != 1 || out != "" || !strings.HasPrefix(errOut, "refs: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 1, nothing, one line", args, code, out, errOut)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, errOut := runArgs("", "-h")
	if code != 0 || errOut != "" || !strings.Contains(out, "Cách dùng:") {
		t.Errorf("-h: exit %d, stderr %q, stdout %q", code, errOut, out)
	}
}

// The relation phrase of Nghị quyết 03/2023/NQ-HĐND Kiên Giang
// (legalrefs-sample.tsv).
func Example() {
	run(nil, strings.NewReader("Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP"), os.Stdout, os.Stderr)
	// Output:
	// [1] byte [0, 30): Nghị định 154/2020/NĐ-CP
	//     Trích dẫn chuẩn: Nghị định số 154/2020/NĐ-CP
	//     Số, ký hiệu:     154/2020/NĐ-CP
	//     Loại:            văn bản quy phạm pháp luật [Normative]
	//     Định danh:       /eli/vn/nghi-dinh/2020/154/cp
	//
	// [2] byte [44, 73): Nghị định 34/2016/NĐ-CP
	//     Trích dẫn chuẩn: Nghị định số 34/2016/NĐ-CP
	//     Số, ký hiệu:     34/2016/NĐ-CP
	//     Loại:            văn bản quy phạm pháp luật [Normative]
	//     Định danh:       /eli/vn/nghi-dinh/2016/34/cp
	//     Quan hệ:         [1] 154/2020/NĐ-CP sửa đổi, bổ sung văn bản này
}
