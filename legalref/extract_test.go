package legalref

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/unicode/norm"
)

// symbols returns the symbols of the matches, for compact comparison.
func symbols(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Ref.Symbol())
	}
	return out
}

func TestExtractKinds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // symbols in order
		types      []string // types in order, when checked
	}{
		// documents.md §2.1 (Điều 10.3 of Luật 80/2015/QH13): joint issuers
		// and the legislature glued to QH.
		{"list sharing a type word", "các Nghị định số 01/2020/NĐ-CP và 02/2020/NĐ-CP của Chính phủ",
			[]string{"01/2020/NĐ-CP", "02/2020/NĐ-CP"}, []string{"Nghị định", "Nghị định"}},
		{"list of resolutions without type group", "các Nghị quyết số 120/2020/QH14, 24/2021/QH15 và 25/2021/QH15",
			[]string{"120/2020/QH14", "24/2021/QH15", "25/2021/QH15"}, []string{"Nghị quyết", "Nghị quyết", "Nghị quyết"}},
		{"joint circular", "Thông tư liên tịch số 36/2009/TTLT-BQP-BNV-BLĐTBXH-BTC",
			[]string{"36/2009/TTLT-BQP-BNV-BLĐTBXH-BTC"}, []string{"Thông tư liên tịch"}},
		// documents.md §2.3: pre-2009 decrees without a year; hyphen form
		// of the 1990s.
		{"old decree", "Nghị định 15-CP ngày 02/3/1993 của Chính phủ", []string{"15/CP"}, []string{"Nghị định"}},
		// documents.md §2.3: 5571/BGDĐT-TTr is a công văn of the Thanh tra unit.
		{"TTr as a unit", "Công văn số 5571/BGDĐT-TTr ngày 11/10/2013", []string{"5571/BGDĐT-TTr"}, []string{"Công văn"}},
		// documents.md §3.3: Party TT is thông tri; the word decides QĐ.
		{"Party thông tri", "Thông tri số 10-TT/TW", []string{"10-TT/TW"}, []string{"Thông tri"}},
		{"Party TT without word", "theo 10-TT/TW của Ban Bí thư", []string{"10-TT/TW"}, []string{"Thông tri"}},
		{"state TT", "theo 10/2020/TT-BTC", []string{"10/2020/TT-BTC"}, []string{"Thông tư"}},
		{"Party QĐ quy định", "Quy định số 97-QĐ/TW và Quyết định số 31-QĐ/TW",
			[]string{"97-QĐ/TW", "31-QĐ/TW"}, []string{"Quy định", "Quyết định"}},
		// documents.md §2.3: other numbering schemes.
		{"QCVN", "theo QCVN 102:2016/BTTTT", []string{"QCVN 102:2016/BTTTT"}, []string{"Quy chuẩn kỹ thuật quốc gia"}},
		{"TCVN", "theo TCVN 6909:2001", []string{"TCVN 6909:2001"}, []string{"Tiêu chuẩn quốc gia"}},
		{"VBHN", "Văn bản hợp nhất số 23/VBHN-VPQH ngày 15/7/2020", []string{"23/VBHN-VPQH"}, []string{"Văn bản hợp nhất"}},
		{"Youth Union unit", "Số: 367 - QĐ/TWĐTN-VP", []string{"367-QĐ/TWĐTN-VP"}, []string{"Quyết định"}},
		// Nghị định 30/2020 Phụ lục III: mixed-case abbreviations kept.
		{"mixed case", "Quy định số 12/QYĐ-UBND và Chương trình số 5/CTR-UBND",
			[]string{"12/QyĐ-UBND", "5/CTr-UBND"}, []string{"Quy định", "Chương trình"}},
		{"lower case symbol", "Nghị định 61/2018/nđ-cp", []string{"61/2018/NĐ-CP"}, nil},
		{"URL slug with hyphens", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-437498.aspx",
			[]string{"30/2020/NĐ-CP"}, []string{"Nghị định"}},
		{"slug with spaces", "quyet dinh so 15 2020 qd ttg ngay 24 thang 4 nam 2020", []string{"15/2020/QĐ-TTg"}, []string{"Quyết định"}},
		{"English", "Circular No. 01/2011/TT-BNV and Decision No. 819/QD-BNV", []string{"01/2011/TT-BNV", "819/QĐ-BNV"}, []string{"Thông tư", "Quyết định"}},
		{"date between type and number", "Quyết định ngày 12/3/2020 số 15/QĐ-UBND", []string{"15/QĐ-UBND"}, []string{"Quyết định"}},
		{"article pinpoint", "khoản 2 Điều 58 Nghị định 34/2016/NĐ-CP", []string{"34/2016/NĐ-CP"}, nil},
		{"symbol glued to V/v", "Số: 2597/VPCP-NCV/v tổ chức họp mặt", []string{"2597/VPCP-NC"}, nil},
		{"separator variants", "Thông tư số 04/2012/TT- BNV, Quyết định số 124/QĐ/TTg, Quyết định số 82/2005-QĐ-UBND",
			[]string{"04/2012/TT-BNV", "124/QĐ-TTg", "82/2005/QĐ-UBND"}, nil},
		{"en dash", "Nghị định số 30/2020/NĐ–CP", []string{"30/2020/NĐ-CP"}, nil},
		{"BLĐTB&XH", "Công văn số 1234/BLĐTB&XH-VP", []string{"1234/BLĐTB&XH-VP"}, nil},
		{"inverted groups", "Quyết định số 1085/LĐTBXH-QĐ", []string{"1085/QĐ-LĐTBXH"}, []string{"Quyết định"}},
		{"unit with digits", "Công văn số 847/UBND-VX1", []string{"847/UBND-VX1"}, nil},
		{"abbreviation as the type word", "theo NĐ 30/2020/NĐ-CP và QĐ 1234/QĐ-UBND", []string{"30/2020/NĐ-CP", "1234/QĐ-UBND"}, []string{"Nghị định", "Quyết định"}},
		{"colon after số", "số:145/2020/NĐ-CP", []string{"145/2020/NĐ-CP"}, nil},
		// Nghị định 30/2020 Phụ lục I, II.6.a: laws by name and date.
		{"law by its name and date", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
			[]string{"", ""}, []string{"Luật", "Luật"}},
		// Not references (corpus README, "things that are not references").
		{"Công báo issue", "CÔNG BÁO/Số 283 + 284/Ngày 08-02-2021", nil, nil},
		{"procedure code", "Mã thủ tục: 2.000815.000.00.00.H55 và 1.011442.000.00.00.H38", nil, nil},
		{"newspaper number", "Báo Nhân Dân, Số 67 (7.050), ngày 14/12/2020", nil, nil},
		{"dates and counts", "Kế hoạch 5 năm 2021 - 2025, báo cáo 6 tháng, từ ngày 14/12/2020 đến 31/12/2020, dịch COVID-19, tỷ lệ 1/2",
			nil, nil},
		{"mã định danh", "000.00.04.G14,2012/08/06", nil, nil},
		{"a law's name without a date", "Luật Đất đai ngày càng hoàn thiện", nil, nil},
		// Forms and appendices number themselves like documents (review 5.3).
		// Nghị định 145/2020/NĐ-CP Điều 4 khoản 2 and Điều 31 khoản 2 (as
		// amended by Nghị định 35/2022/NĐ-CP Điều 73).
		{"form of a decree", "người sử dụng lao động phải báo cáo tình hình thay đổi lao động đến Sở Lao động - Thương binh và Xã hội thông qua Cổng Dịch vụ công Quốc gia theo Mẫu số 01/PLI Phụ lục I ban hành kèm theo Nghị định này",
			nil, nil},
		{"form and appendix", "báo cáo tình hình hoạt động cho thuê lại lao động theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo Nghị định này", nil, nil},
		// Constructed in review 5.3.
		{"form of a report", "Mẫu số 01/BC-UBND kèm theo", nil, nil},
		{"appendix", "Phụ lục số 02/PL", nil, nil},
		{"template", "Biểu mẫu số 3a/TCBC", nil, nil},
		{"land lot", "lô đất số 45/2020/HĐ-CN", nil, nil},
		{"list of forms, then a document (constructed)", "theo Mẫu số 01/BC-UBND và 02/BC-UBND ban hành kèm theo Thông tư số 01/2011/TT-BNV",
			[]string{"01/2011/TT-BNV"}, []string{"Thông tư"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Extract(tt.text)
			got := symbols(ms)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("Extract(%q) = %q, want %q", tt.text, got, tt.want)
			}
			for k, typ := range tt.types {
				if ms[k].Ref.Type != typ {
					t.Errorf("match %d: type %q, want %q", k, ms[k].Ref.Type, typ)
				}
			}
			for _, m := range ms {
				if m.Start < 0 || m.End > len(tt.text) || m.Start >= m.End {
					t.Errorf("bad span [%d:%d]", m.Start, m.End)
				}
			}
		})
	}
}

// TestFamily checks that a year segment makes a symbol Normative only for a
// normative type (Luật 80/2015/QH13 Điều 4, Điều 10).
func TestFamily(t *testing.T) {
	tests := []struct {
		in   string
		want Family
	}{
		{"Nghị quyết 18/2025/NQ-HĐND", Normative},               // sample: a resolution of a People's Council
		{"Quyết định 5/2020/QĐ-UBND", Normative},                // a decision of a People's Committee (constructed)
		{"Luật số 80/2015/QH13", Normative},                     // sample
		{"Nghị định số 101/CP", Normative},                      // a decree before 2009 (documents.md §2.3)
		{"Chỉ thị số 16/CT-TTg ngày 16/5/2016", Administrative}, // 491_UBND-KGVX.txt
		{"Nghị quyết số 17/NQ-CP", Administrative},              // Nghị định 30/2020 Phụ lục III
		{"Hợp đồng số 45/2020/HĐ-CN", Administrative},           // a contract with a year (review 5.3, constructed)
		{"theo 45/2020/HĐ-CN", Administrative},                  // the same without its type word
		{"Kế hoạch số 12/2021/KH-UBND", Administrative},         // a plan with a year (constructed)
		{"Số: 491 /UBND-KGVX", CongVan},                         // 491_UBND-KGVX.txt header
	}
	for _, tt := range tests {
		ms := Extract(tt.in)
		if len(ms) != 1 || ms[0].Ref.Family != tt.want {
			t.Errorf("Extract(%q) = %v, want one of family %v", tt.in, ms, tt.want)
			continue
		}
		if r, err := Parse(tt.in); err != nil || r.Family != tt.want {
			t.Errorf("Parse(%q): family %v, %v; want %v", tt.in, r.Family, err, tt.want)
		}
	}
}

func TestExtractRelations(t *testing.T) {
	type rel struct {
		at      int // match carrying the relation
		rel     Relation
		subject int
	}
	tests := []struct {
		text string
		want []rel
	}{
		// Titles of real decrees: NĐ 154/2020 amends NĐ 34/2016 (sample row);
		// NĐ 48/2008 replaced NĐ 45/2003.
		{"Nghị định 154/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 34/2016/NĐ-CP", []rel{{0, NoRelation, -1}, {1, Amends, 0}}},
		{"Căn cứ 48/2008/NĐ-CP thay cho 45/2003/NĐ-CP", []rel{{1, Replaces, 0}}},
		{"Thông tư 01/2011/TT-BNV hướng dẫn Nghị định 110/2004/NĐ-CP", []rel{{1, Guides, 0}}},
		{"Nghị định 34/2016/NĐ-CP được sửa đổi, bổ sung bởi Nghị định 154/2020/NĐ-CP", []rel{{0, Amends, 1}, {1, NoRelation, -1}}},
		{"Nghị định này thay thế Nghị định số 110/2004/NĐ-CP ngày 08/4/2004", []rel{{0, Replaces, -1}}},
		{"Quyết định 5/2020/QĐ-UBND bãi bỏ Quyết định 7/2015/QĐ-UBND", []rel{{1, Repeals, 0}}},
		// Sample row: a pinpoint between the phrase and the document.
		{"Nghị quyết 18/2025/NQ-HĐND sửa đổi nội dung tại Điều 1 Nghị quyết 64/2017/NQ-HĐND", []rel{{1, Amends, 0}}},

		// Review 5.2: a relation distributes over a list.
		{"Nghị định này thay thế Nghị định số 110/2004/NĐ-CP và Nghị định số 09/2010/NĐ-CP.",
			[]rel{{0, Replaces, -1}, {1, Replaces, -1}}},
		{"Nghị định số 11/2020/NĐ-CP hướng dẫn Luật số 80/2015/QH13 và Luật số 63/2020/QH14",
			[]rel{{0, NoRelation, -1}, {1, Guides, 0}, {2, Guides, 0}}},
		// Thông tư 01/2021/TT-BKHĐT, article on entry into force
		// (thuvienphapluat.vn …-468202.aspx): a list whose first item has a
		// title ("hướng dẫn về …", a subject, not a relation), then a
		// relation of the second item.
		{"2. Thông tư này thay thế Thông tư số 20/2015/TT-BKHĐT ngày 01 tháng 12 năm 2015 của Bộ trưởng Bộ Kế hoạch và Đầu tư " +
			"hướng dẫn về đăng ký doanh nghiệp và Thông tư số 02/2019/TT-BKHĐT ngày 08 tháng 01 năm 2019 của Bộ trưởng " +
			"Bộ Kế hoạch và Đầu tư sửa đổi, bổ sung một số điều của Thông tư số 20/2015/TT-BKHĐT.",
			[]rel{{0, Replaces, -1}, {1, Replaces, -1}, {2, Amends, 1}}},
		// Nghị định 30/2020/NĐ-CP Điều 37 (documents.md §1): 09/2010
		// amended 110/2004; the two cease to have effect, which is no
		// relation phrase.
		{"Nghị định này có hiệu lực thi hành kể từ ngày ký. Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ " +
			"về công tác văn thư và Nghị định số 09/2010/NĐ-CP ngày 08 tháng 02 năm 2010 của Chính phủ sửa đổi, bổ sung một số " +
			"điều của Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư hết hiệu lực từ " +
			"ngày Nghị định này có hiệu lực pháp luật.",
			[]rel{{0, NoRelation, -1}, {1, NoRelation, -1}, {2, Amends, 1}}},
		// Review 5.2: a second verb of the same subject (constructed).
		{"Thông tư này thay thế Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ và bãi bỏ Quyết định số 12/2005/QĐ-BNV.",
			[]rel{{0, Replaces, -1}, {1, Repeals, -1}}},
		{"Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP, bãi bỏ Nghị định 35/2016/NĐ-CP",
			[]rel{{1, Amends, 0}, {2, Repeals, 0}}},
		{"Nghị định này có hiệu lực từ ngày 01/01/2021 và bãi bỏ Điều 5 Nghị định số 11/2020/NĐ-CP", []rel{{0, Repeals, -1}}},
		// Review 5.2: article pinpoints (constructed).
		{"Nghị định số 30/2020/NĐ-CP bãi bỏ Điều 5 Nghị định số 11/2020/NĐ-CP", []rel{{1, Repeals, 0}}},
		{"Nghị định này bãi bỏ khoản 2 Điều 5, Điều 7 và Điều 9 của Nghị định số 11/2020/NĐ-CP", []rel{{0, Repeals, -1}}},
		{"Bãi bỏ Điều 5 Nghị định số 11/2020/NĐ-CP.", []rel{{0, Repeals, -1}}},
		{"Điều 3. Bãi bỏ Điều 5 Nghị định số 11/2020/NĐ-CP và Điều 7 Nghị định số 12/2021/NĐ-CP.",
			[]rel{{0, Repeals, -1}, {1, Repeals, -1}}},

		// No relation: across a sentence, and a directive's task that
		// opens with "Hướng dẫn" (constructed).
		{"Nghị định 154/2020/NĐ-CP. Sửa đổi Nghị định 34/2016/NĐ-CP.", []rel{{1, NoRelation, -1}}},
		{"- Hướng dẫn các đơn vị thực hiện Quyết định số 12/QĐ-UBND", []rel{{0, NoRelation, -1}}},
		{"Các sở, ngành bổ sung kinh phí theo Quyết định số 12/QĐ-UBND. Bổ sung Quyết định số 13/QĐ-UBND vào hồ sơ.",
			[]rel{{0, NoRelation, -1}, {1, NoRelation, -1}}},
	}
	for _, tt := range tests {
		ms := Extract(tt.text)
		for _, w := range tt.want {
			if len(ms) <= w.at {
				t.Errorf("Extract(%q): %d matches", tt.text, len(ms))
				break
			}
			m := ms[w.at]
			if m.Relation != w.rel || m.Subject != w.subject {
				t.Errorf("Extract(%q)[%d]: %v of %d, want %v of %d", tt.text, w.at, m.Relation, m.Subject, w.rel, w.subject)
			}
		}
	}
}

func TestExtractLawTitles(t *testing.T) {
	ms := Extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
	if len(ms) != 2 || ms[0].Ref.Title != "Tổ chức chính quyền địa phương" ||
		ms[1].Ref.Title != "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương" ||
		ms[1].Ref.Date != date.New(2019, time.November, 22) {
		t.Fatalf("%+v", ms)
	}
	if ms[0].Ref.ID() != "/eli/vn/luat/2015/to-chuc-chinh-quyen-dia-phuong" {
		t.Errorf("ID %q", ms[0].Ref.ID())
	}
}

func TestExtractListSharesIssuer(t *testing.T) {
	ms := Extract("Chỉ thị số 15/CT-TTg ngày 27/3/2020 và Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ")
	if len(ms) != 2 || ms[0].Ref.IssuerName != "Thủ tướng Chính phủ" {
		t.Fatalf("%+v", ms)
	}
}

func TestExtractDateBelongsToItsSymbol(t *testing.T) {
	// The sample passage "Căn cứ 09/2010/NĐ-CP sửa đổi, bổ sung 110/2004/NĐ-CP"
	// with the date of NĐ 110/2004 (08/4/2004) after the second symbol.
	ms := Extract("Căn cứ 09/2010/NĐ-CP sửa đổi, bổ sung 110/2004/NĐ-CP ngày 08/4/2004")
	if len(ms) != 2 || ms[0].Ref.Date != 0 || ms[1].Ref.Date != date.New(2004, time.April, 8) {
		t.Fatalf("dates: %+v", ms)
	}
}

func TestExtractShortForms(t *testing.T) {
	// documents.md §1.11: later citations give type and symbol only.
	text := "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị (sau đây gọi tắt là Chỉ thị 05). " +
		"Các cấp ủy quán triệt Chỉ thị 05 và Quyết định số 2123/QĐ-TTg ngày 22 tháng 11 năm 2010 của Thủ tướng Chính phủ. " +
		"Bộ Giáo dục và Đào tạo tổng kết Quyết định số 2123/QĐ-TTg."
	ms := Extract(text)
	if got := symbols(ms); strings.Join(got, "|") != "05-CT/TW|05-CT/TW|2123/QĐ-TTg|2123/QĐ-TTg" {
		t.Fatalf("symbols %q", got)
	}
	if ms[1].Antecedent != 0 || ms[1].Ref.Date != ms[0].Ref.Date || ms[1].Ref.IssuerName != "Bộ Chính trị" {
		t.Errorf("Chỉ thị 05: %+v", ms[1])
	}
	if got := text[ms[1].Start:ms[1].End]; got != "Chỉ thị 05" {
		t.Errorf("short form span %q", got)
	}
	if ms[3].Antecedent != 2 || ms[3].Ref.Date != date.New(2010, time.November, 22) {
		t.Errorf("repeated symbol: %+v", ms[3])
	}
	if ms[0].Ref.ID() != ms[1].Ref.ID() || ms[2].Ref.ID() != ms[3].Ref.ID() {
		t.Errorf("IDs differ")
	}
	// A bare "Chỉ thị 05" with nothing before it is not taken for a reference.
	if ms := Extract("Các cấp ủy quán triệt Chỉ thị 05 trong năm."); len(ms) != 0 {
		t.Errorf("unresolved short form: %+v", ms)
	}
	// "(sau đây gọi tắt là số 19/CT-TTg)" names the citation it follows.
	ms = Extract("Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ (sau đây gọi tắt là số 19/CT-TTg); thực hiện số 19/CT-TTg")
	if len(ms) != 2 || ms[1].Antecedent != 0 {
		t.Errorf("alias with symbol: %+v", ms)
	}
}

func TestExtractNFD(t *testing.T) {
	nfc := "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ về điều kiện lao động; Quyết định số 1847/QĐ-TTg."
	nfd := norm.NFD.String(nfc)
	a, b := Extract(nfc), Extract(nfd)
	if len(a) != 2 || len(b) != 2 {
		t.Fatalf("matches %d and %d", len(a), len(b))
	}
	for k := range a {
		if !a[k].Ref.Equal(b[k].Ref) {
			t.Errorf("NFD ref %d: %v, want %v", k, b[k].Ref, a[k].Ref)
		}
		if got, want := norm.NFC.String(nfd[b[k].Start:b[k].End]), nfc[a[k].Start:a[k].End]; got != want {
			t.Errorf("NFD span %d: %q, want %q", k, got, want)
		}
	}
}

// TestExtractCorpus reads the real công văn of the corpus (copied from
// ../shared/corpus): every citation in 491/UBND-KGVX, with the dates and
// issuers printed there.
func TestExtractCorpus(t *testing.T) {
	b, err := os.ReadFile("testdata/491_UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms := Extract(string(b))
	want := []string{
		"Công văn số 491/UBND-KGVX ngày 20/4/2021",
		"Thông báo số 135-TB/VPTU ngày 22-3-2021 của Văn phòng Tỉnh ủy",
		"Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư Trung ương Đảng khóa XI",
		"Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ",
		"Kết luận số 120-KL/TW ngày 07-01-2016 của Bộ Chính trị khóa XI",
		"Chương trình số 08-CTr/TU ngày 25-4-2016 của Ban Thường vụ Tỉnh ủy",
		"Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội",
		"Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ",
		"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ",
		"Chỉ thị số 26/CT-TTg ngày 05/9/2016",
		"Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ",
	}
	if len(ms) != len(want) {
		t.Fatalf("%d matches, want %d", len(ms), len(want))
	}
	for k, m := range ms {
		r := m.Ref
		r.Title = ""
		if r.String() != want[k] {
			t.Errorf("match %d: %q, want %q", k, r.String(), want[k])
		}
	}
	if ms[0].Ref.Title != "thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy tổng kết công tác dân vận của cấp ủy đảng năm 2020" {
		t.Errorf("header title %q", ms[0].Ref.Title)
	}
}
