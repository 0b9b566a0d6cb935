package directive

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date/v2"
)

// TestClosingFormula checks the formulas of courtesy a công văn ends with
// (Nghị định 30/2020/NĐ-CP Phụ lục III, Mẫu 1.5): they ask nothing, so
// they are never a task; a request that opens with "Trân trọng" is one.
func TestClosingFormula(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Trân trọng./.", true},
		{"Trân trọng!", true},
		{"TRÂN TRỌNG./.", true},
		{"Trân trọng kính chào./.", true},
		{"Trân trọng cảm ơn./.", true},
		{"Trân trọng cảm ơn sự phối hợp của Quý cơ quan./.", true},
		{"Xin trân trọng cảm ơn sự quan tâm của Quý Bộ./.", true},
		{"Xin chân thành cảm ơn./.", true},
		{"Trân trọng đề nghị Quý cơ quan phối hợp thực hiện./.", false},
		{"Xin ý kiến các sở trước ngày 10/3/2021./.", false},
		{"Trân trọng mời đại biểu đến dự./.", false},
	} {
		if got := closingFormula(tc.text); got != tc.want {
			t.Errorf("closingFormula(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestParseClosingFormulaNoTask: an unnumbered công văn ending "Trân
// trọng./." (testdata/cv_trantrong.txt, constructed) has its directive as
// its one task and the formula in the closing; no addressee gets a task
// "Trân trọng" (review 6.2).
func TestParseClosingFormulaNoTask(t *testing.T) {
	text := readDoc(t, "cv_trantrong.txt")
	for _, tc := range []struct{ name, closing string }{
		{"Trân trọng", "Trân trọng./."},
		{"Trân trọng cảm ơn", "Trân trọng cảm ơn sự phối hợp của Quý cơ quan./."},
		{"Xin cảm ơn", "Xin cảm ơn./."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustParse(t, strings.Replace(text, "\nTrân trọng./.\n", "\n"+tc.closing+"\n", 1))
			if len(d.Tasks) != 1 {
				t.Fatalf("%d tasks, want 1: %+v", len(d.Tasks), d.Tasks)
			}
			if a := d.Tasks[0].Action; !strings.HasPrefix(a, "Rà soát, kiểm tra công tác phòng cháy") {
				t.Errorf("task action %q, want the directive of the paragraph", a)
			}
			if len(d.Body.Closing) != 1 || d.Body.Closing[0].Text != tc.closing {
				t.Errorf("closing %+v, want [%q]", d.Body.Closing, tc.closing)
			}
		})
	}
}

// TestParseReportPurposeClause: a report sentence opening with a purpose
// clause "Để có cơ sở tổng hợp, báo cáo Chính phủ, Bộ Nội vụ đề nghị …"
// (testdata/cv_bnv_purpose.txt, constructed after review 6.2) requires the
// second "báo cáo"; the first is the purpose's.
func TestParseReportPurposeClause(t *testing.T) {
	d := mustParse(t, readDoc(t, "cv_bnv_purpose.txt"))
	const sentence = "Để có cơ sở tổng hợp, báo cáo Chính phủ, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo số lượng cán bộ, công chức cấp xã theo Mẫu số 01 kèm theo Công văn này gửi về Bộ Nội vụ (qua Vụ Công chức - Viên chức) chậm nhất ngày 15/8/2023"
	want := []ReportRequirement{reportWant(ReportRequirement{
		To: "Bộ Nội vụ", Via: "Vụ Công chức - Viên chức", Due: "chậm nhất ngày 15/8/2023", DueDate: mustDate("2023-08-15"),
		Sentence: sentence,
		Subject:  "số lượng cán bộ, công chức cấp xã theo Mẫu số 01 kèm theo Công văn này",
		Purpose:  "Để có cơ sở tổng hợp, báo cáo Chính phủ",
	}, "chậm nhất ngày 15/8/2023", Assignee{Text: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", Role: Responsible})}
	if diff := cmp.Diff(want, d.Reports); diff != "" {
		t.Errorf("Reports (-want +got):\n%s", diff)
	}
}

// TestParseReportCondition: a report the sentence makes conditional
// ("nếu có khó khăn, vướng mắc, báo cáo về …", kh_ubnd.txt) carries its
// condition; a noun "trường hợp" inside the clause is none. The sentences
// are put in the body of testdata/cv_trantrong.txt (constructed).
func TestParseReportCondition(t *testing.T) {
	text := readDoc(t, "cv_trantrong.txt")
	const para = "Thực hiện Công văn số 15/BCA-C07 ngày 10/02/2021 của Bộ Công an, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị rà soát, kiểm tra công tác phòng cháy, chữa cháy tại trụ sở làm việc, hoàn thành trước ngày 31/3/2021."
	for _, tc := range []struct{ sentence, condition string }{
		{"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét.", "nếu có khó khăn, vướng mắc"},
		{"Trường hợp phát sinh vụ cháy, báo cáo ngay về Ủy ban nhân dân tỉnh.", "Trường hợp phát sinh vụ cháy"},
		{"Khi có sự cố, các cơ quan báo cáo về Ủy ban nhân dân tỉnh.", "Khi có sự cố"},
		{"Các cơ quan rà soát các trường hợp vi phạm, báo cáo về Ủy ban nhân dân tỉnh trước ngày 31/3/2021.", ""},
		{"Các cơ quan báo cáo về Ủy ban nhân dân tỉnh trước ngày 31/3/2021.", ""},
	} {
		d := mustParse(t, strings.Replace(text, para, para+"\n"+tc.sentence, 1))
		if len(d.Reports) != 1 {
			t.Errorf("%q: %d reports, want 1", tc.sentence, len(d.Reports))
			continue
		}
		if got := d.Reports[0].Condition; got != tc.condition {
			t.Errorf("%q: Condition %q, want %q", tc.sentence, got, tc.condition)
		}
	}
}

// TestResolveReportRoles: the units that send a report carry their role
// and where they were found. Item 4 of the seed is replaced by a sentence
// laid out as Nghị định 30/2020/NĐ-CP Điều 23 khoản 2 has roles named
// (constructed): "Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu
// tư …, báo cáo …" makes Sở Tài chính the Lead and Sở Kế hoạch và Đầu tư a
// Support of the report; the next sentence names no one, so the units of
// item 4 report in the same roles; the closing's report names its bearers
// ("các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp", Responsible).
func TestResolveReportRoles(t *testing.T) {
	h := hierarchy(t, "kiengiang.json")
	text := strings.Replace(readDoc(t, "491_UBND-KGVX.txt"),
		"4. Đẩy mạnh phong trào", "4. Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tổng hợp nhu cầu kinh phí, "+
			"báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2021. Báo cáo kết quả về Ủy ban nhân dân tỉnh "+
			"trước ngày 15/7/2021. Đẩy mạnh phong trào", 1)
	d := mustParse(t, text)
	r, err := d.Resolve(h, nil, ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type rs struct {
		Item   string
		Role   Role
		Source ReportSource
	}
	want := map[string][]rs{
		"91/stc":   {{"4", Lead, FromSentence}, {"4", Lead, FromTask}, {"", Responsible, FromSentence}},
		"91/skhdt": {{"4", Support, FromSentence}, {"4", Support, FromTask}, {"", Responsible, FromSentence}},
		"91/syt":   {{"", Responsible, FromSentence}},
	}
	for _, u := range r.Units {
		w, ok := want[u.Unit]
		if !ok {
			continue
		}
		var got []rs
		for _, x := range u.Reports {
			got = append(got, rs{x.Item, x.Role, x.Source})
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%s reports (-want +got):\n%s", u.Unit, diff)
		}
		delete(want, u.Unit)
	}
	if len(want) > 0 {
		t.Errorf("units missing: %v", want)
	}
}

// TestReportSourceText: the tokens of ReportSource read back.
func TestReportSourceText(t *testing.T) {
	for _, s := range []ReportSource{0, FromSentence, FromTask, FromAddressees} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got ReportSource
		if err := got.UnmarshalText(b); err != nil || got != s {
			t.Errorf("%v: read back %v, %v", s, got, err)
		}
	}
	if _, err := ReportSource(9).MarshalText(); !errors.Is(err, ErrSyntax) {
		t.Errorf("ReportSource(9).MarshalText: %v, want ErrSyntax", err)
	}
	var s ReportSource
	if err := s.UnmarshalText([]byte("kính gửi")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(kính gửi): %v, want ErrSyntax", err)
	}
}

// TestResolveReportFromAddressees: a report sentence of an unnumbered
// công văn that names no one (put after the directive of
// testdata/cv_trantrong.txt, constructed) falls to the units of Kính gửi,
// each Responsible.
func TestResolveReportFromAddressees(t *testing.T) {
	h := hierarchy(t, "haugiang.json")
	const para = "hoàn thành trước ngày 31/3/2021."
	d := mustParse(t, strings.Replace(readDoc(t, "cv_trantrong.txt"), para, para+"\nBáo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 05/4/2021.", 1))
	r, err := d.Resolve(h, nil, ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, u := range r.Units {
		for _, x := range u.Reports {
			n++
			if x.Source != FromAddressees || x.Role != Responsible {
				t.Errorf("%s: report source %v role %v, want addressees responsible", u.Unit, x.Source, x.Role)
			}
		}
	}
	if n == 0 || n != len(r.Addressees.Units()) {
		t.Errorf("%d unit reports for %d addressees", n, len(r.Addressees.Units()))
	}
}

// TestExchangeDueDate: the hạn xử lý handed to the exchange is the due day
// Resolve gives under its defaults, while ReportRequirement.DueDate keeps
// the day named (review 6.4). Rows: the seed ("trước ngày 20/11/2021", a
// Saturday: Friday 19/11); cv_bnv_purpose.txt, constructed ("chậm nhất
// ngày 15/8/2023", included, a Tuesday); and the seed with "trước ngày
// 22/11/2021" (Monday: the strict day, Sunday 21/11, is a day off and
// moves to the next working day, Bộ luật Dân sự 2015 Điều 148 khoản 5).
func TestExchangeDueDate(t *testing.T) {
	seed := readDoc(t, "491_UBND-KGVX.txt")
	for _, tc := range []struct {
		name, text string
		named, due string
	}{
		{"seed", seed, "2021-11-20", "2021-11-19"},
		{"chậm nhất", readDoc(t, "cv_bnv_purpose.txt"), "2023-08-15", "2023-08-15"},
		{"before a Monday", strings.Replace(seed, "trước ngày 20/11/2021", "trước ngày 22/11/2021", 1), "2021-11-22", "2021-11-22"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustParse(t, tc.text)
			if got := d.Reports[0].DueDate; got != mustDate(tc.named) {
				t.Errorf("ReportRequirement.DueDate %v, want the named day %s", got, tc.named)
			}
			if got := d.Metadata().DueDate; got != mustDate(tc.due) {
				t.Errorf("Metadata().DueDate %v, want %s", got, tc.due)
			}
			if got := date.Date(d.MessageHeader("").DueDate); got != mustDate(tc.due) {
				t.Errorf("MessageHeader().DueDate %v, want %s", got, tc.due)
			}
		})
	}
}

// TestParsePartyTitleThreeLines: a Party thông báo titled "THÔNG BÁO /
// KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / về tổng kết công tác dân vận năm
// 2020" (testdata/party_thongbao_ket_luan.txt, constructed per Hướng dẫn
// 36-HD/VPTW) keeps the "về …" line in its trích yếu, not in the body's
// opening (review 6.2), and Format prints it so that Parse reads it back.
func TestParsePartyTitleThreeLines(t *testing.T) {
	d := mustParse(t, readDoc(t, "party_thongbao_ket_luan.txt"))
	const want = "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY về tổng kết công tác dân vận năm 2020"
	if d.Subject != want {
		t.Errorf("Subject %q, want %q", d.Subject, want)
	}
	if len(d.Body.Opening) != 1 || !strings.HasPrefix(d.Body.Opening[0].Text, "Ngày 08-01-2021") {
		t.Errorf("Opening %+v, want the one paragraph \"Ngày 08-01-2021 …\"", d.Body.Opening)
	}
	if got := mustParse(t, d.Format()).Subject; got != want {
		t.Errorf("Parse(Format()).Subject %q, want %q", got, want)
	}
}
