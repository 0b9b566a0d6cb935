package directive

import (
	"strings"
	"testing"
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
