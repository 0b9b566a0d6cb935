package directive

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func rules(vs []Violation) []Rule {
	var out []Rule
	for _, v := range vs {
		out = append(out, v.Rule)
	}
	return out
}

// TestValidateCorpus: the seed is correct; the other documents break the
// rules their text shows.
func TestValidateCorpus(t *testing.T) {
	tests := []struct {
		file string
		want []Rule
	}{
		{"491_UBND-KGVX.txt", nil},
		// "Độc Lập - Tự Do - Hạnh Phúc"; "ngày 6 tháng 4 năm 2011" lacks the 0.
		{"454_UBND-NCTH.txt", []Rule{RuleMotto, RuleDatePadding}},
		// The page omits the "Số:" line; "tháng 09" has a 0 too many.
		{"7334_VPCP-KGVX.txt", []Rule{RuleNumberMissing, RuleDatePadding}},
		// "ngày 20 tháng 04 năm 2009".
		{"2541_VPCP-QHQT.txt", []Rule{RuleDatePadding}},
		{"party_thongbao.txt", nil},
		{"qd_ubnd.txt", nil},
		{"kh_ubnd.txt", nil},
		{"cv_bnv_table.txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			vs := mustParse(t, readDoc(t, tt.file)).Validate()
			if diff := cmp.Diff(tt.want, rules(vs)); diff != "" {
				t.Errorf("rules (-want +got):\n%s\n%v", diff, vs)
			}
			for _, v := range vs {
				if v.Basis == "" || v.Component == "" {
					t.Errorf("violation without basis or component: %+v", v)
				}
			}
		})
	}
}

// TestValidateAltered breaks one rule at a time in a copy of the seed. The
// basis of each rule is cited in validate.go.
func TestValidateAltered(t *testing.T) {
	seed := readDoc(t, "491_UBND-KGVX.txt")
	tests := []struct {
		name     string
		old, new string
		want     []Rule
		text     string // the offending text reported
	}{
		{"no quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n", "", []Rule{RuleHeading}, ""},
		{"no tiêu ngữ", "Độc lập - Tự do - Hạnh phúc", "", []Rule{RuleMotto}, ""},
		{"tiêu ngữ in capitals", "Độc lập - Tự do - Hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", []Rule{RuleMotto}, "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"},
		{"no issuing body", "**ỦY BAN NHÂN DÂN  \nTỈNH KIÊN GIANG**", "", []Rule{RuleOrgan}, ""},
		{"Số without colon", "Số: 491 /UBND-KGVX", "Số 491/UBND-KGVX", []Rule{RuleNumberLabel}, "Số 491/UBND-KGVX"},
		{"SỐ in capitals", "Số: 491 /UBND-KGVX", "SỐ: 491/UBND-KGVX", []Rule{RuleNumberLabel}, "SỐ: 491/UBND-KGVX"},
		{"number below 10 without 0", "Số: 491 /UBND-KGVX", "Số: 5/UBND-KGVX", []Rule{RuleNumberPadding}, "Số: 5/UBND-KGVX"},
		{"no number", "Số: 491 /UBND-KGVX\n", "", []Rule{RuleNumberMissing}, ""},
		{"công văn without unit", "Số: 491 /UBND-KGVX", "Số: 491/UBND", []Rule{RuleSymbol}, "Số: 491/UBND"},
		{"ký hiệu in lower case", "Số: 491 /UBND-KGVX", "Số: 491/ubnd-kgvx", []Rule{RuleSymbol}, "Số: 491/ubnd-kgvx"},
		{"day below 10 without 0", "ngày 20 tháng 4 năm 2021", "ngày 5 tháng 4 năm 2021", []Rule{RuleDatePadding}, "Kiên Giang, ngày 5 tháng 4 năm 2021"},
		{"month 1 without 0", "ngày 20 tháng 4 năm 2021", "ngày 20 tháng 1 năm 2021", []Rule{RuleDatePadding}, "Kiên Giang, ngày 20 tháng 1 năm 2021"},
		{"month 4 with 0", "ngày 20 tháng 4 năm 2021", "ngày 20 tháng 04 năm 2021", []Rule{RuleDatePadding}, "Kiên Giang, ngày 20 tháng 04 năm 2021"},
		{"date written short", "ngày 20 tháng 4 năm 2021", "ngày 20/4/2021", []Rule{RuleDateForm}, "Kiên Giang, ngày 20/4/2021"},
		{"no such day", "ngày 20 tháng 4 năm 2021", "ngày 31 tháng 4 năm 2021", []Rule{RuleDateInvalid}, "Kiên Giang, ngày 31 tháng 4 năm 2021"},
		{"no place", "Kiên Giang, ngày", "ngày", []Rule{RuleDateMissing}, "ngày 20 tháng 4 năm 2021"},
		{"no date", "Kiên Giang, ngày 20 tháng 4 năm 2021\n", "", []Rule{RuleDateMissing}, ""},
		{"Về việc instead of V/v", "V/v thực hiện", "Về việc thực hiện", []Rule{RuleSubjectVv}, ""},
		{"v/v in lower case", "V/v thực hiện", "v/v thực hiện", []Rule{RuleSubjectVv}, ""},
		{"Kính gửi without list punctuation", "- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các huyện, thành phố.",
			"- Các sở, ban, ngành cấp tỉnh\n- Ủy ban nhân dân các huyện, thành phố", []Rule{RuleAddressees}, ""},
		{"deputy signing without KT.", "**KT. CHỦ TỊCH  \n", "**", []Rule{RuleAuthority}, ""},
		{"TM. before a title", "**KT. CHỦ TỊCH", "**TM. CHỦ TỊCH", []Rule{RuleAuthority}, ""},
		{"Party form in a state document", "**KT. CHỦ TỊCH", "**K/T CHỦ TỊCH", []Rule{RuleAuthority}, ""},
		{"head of a UBND signing without TM.", "**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**", "**CHỦ TỊCH**", []Rule{RuleAuthority}, ""},
		{"KT. by the head himself", "PHÓ CHỦ TỊCH**", "CHỦ TỊCH**", []Rule{RuleAuthority}, ""},
		{"no signer's name", "**Nguyễn Lưu Trung**", "", []Rule{RuleSignature}, ""},
		{"Nơi nhận without Như trên", "- Như trên;\n", "", []Rule{RuleCopyTo}, ""},
		{"Lưu without colon", "- Lưu: VT, nvthanh.", "- Lưu VT, KGVX.", []Rule{RuleArchive}, "- Lưu VT, KGVX."},
		{"Lưu without VT", "- Lưu: VT, nvthanh.", "- Lưu: KGVX.", []Rule{RuleArchive}, "- Lưu: KGVX."},
		{"no Lưu", "- Lưu: VT, nvthanh.\n", "", []Rule{RuleArchive}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(seed, tt.old) {
				t.Fatalf("the seed has no %q", tt.old)
			}
			d := mustParse(t, strings.Replace(seed, tt.old, tt.new, 1))
			vs := d.Validate()
			if diff := cmp.Diff(tt.want, rules(vs)); diff != "" {
				t.Fatalf("rules (-want +got):\n%s\n%v", diff, vs)
			}
			if tt.text != "" && vs[0].Text != tt.text {
				t.Errorf("Text = %q, want %q", vs[0].Text, tt.text)
			}
		})
	}
}

// TestValidateValues checks the rules that need no printed form on a
// document built as values.
func TestValidateValues(t *testing.T) {
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	d.Printed = Printed{}

	named := d.Clone()
	named.Ref.Type = "Quyết định" // heading "QUYẾT ĐỊNH" with a công văn's ký hiệu
	if got := rules(named.Validate()); !cmp.Equal(got, []Rule{RuleSymbol}) {
		t.Errorf("named document with a công văn symbol: %v", got)
	}

	wrongAbbr := d.Clone()
	wrongAbbr.Ref.Type, wrongAbbr.Ref.TypeAbbr, wrongAbbr.Ref.Unit = "Quyết định", "TB", ""
	vs := wrongAbbr.Validate()
	if got := rules(vs); !cmp.Equal(got, []Rule{RuleAbbreviation}) {
		t.Errorf("QUYẾT ĐỊNH numbered TB: %v", vs)
	} else if vs[0].Want != "Số: 491/QĐ-UBND" {
		t.Errorf("Want = %q", vs[0].Want)
	}

	oldAbbr := d.Clone()
	oldAbbr.Ref.Type, oldAbbr.Ref.TypeAbbr, oldAbbr.Ref.Unit = "Giấy chứng nhận", "GCN", ""
	if got := rules(oldAbbr.Validate()); !cmp.Equal(got, []Rule{RuleAbbreviation}) {
		t.Errorf("GCN, dropped by Nghị định 30/2020: %v", got)
	}

	tmSo := d.Clone()
	tmSo.Organ, tmSo.Ref.Issuers = "SỞ NỘI VỤ", []string{"SNV"}
	tmSo.Signature = Signature{Authority: TM, For: "BAN GIÁM ĐỐC", Title: "GIÁM ĐỐC", Name: "Trần Văn An"}
	if got := rules(tmSo.Validate()); !cmp.Equal(got, []Rule{RuleAuthority}) {
		t.Errorf("TM. in a body under the head regime: %v", got)
	}

	party := d.Clone()
	party.Style = PartyStyle
	if got := rules(party.Validate()); !slices.Contains(got, RuleHeading) {
		t.Errorf("Party document without its heading: %v", got)
	}
}
