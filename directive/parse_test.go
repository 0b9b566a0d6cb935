package directive

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/legalref"
)

// readDoc reads a document of testdata.
func readDoc(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustParse(t testing.TB, text string) *Document {
	t.Helper()
	d, err := Parse(text)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

// docWant is what a test document must parse to. Every value is read off
// the document's text (the file in testdata, a copy of ../shared/corpus);
// comments give the line.
type docWant struct {
	file                     string
	style                    Style
	heading, motto           string
	superior, organ          string
	symbol, typ, number      string
	family                   legalref.Family
	issued                   string // ISO date of the place-and-date line
	place, subject           string
	urgency                  Urgency
	addressees               []Recipient
	sig                      Signature
	copyTo                   []Recipient
	archive                  Archive
	opening, closing, notes  int
	items                    []string            // top-level markers ("" for unnumbered)
	subItems                 map[string][]string // item number → sub-item markers
	refs                     map[string][]string // item number ("open", "close") → symbols cited, in order
	reports                  []ReportRequirement
	printed                  Printed
	extra                    []string
	firstWords               map[string]string // item number → start of its first paragraph
	paragraphsInItem1, tasks int
}

var corpusWants = []docWant{
	{
		// ../shared/corpus/491_UBND-KGVX.txt: the seed.
		file:    "491_UBND-KGVX.txt",
		heading: QuocHieu, motto: TieuNgu,
		organ:  "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",                                         // lines 3–4
		symbol: "491/UBND-KGVX", typ: "Công văn", number: "491", family: legalref.CongVan, // line 9 "Số: 491 /UBND-KGVX"
		issued: "2021-04-20", place: "Kiên Giang", // line 11
		subject:    "thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy tổng kết công tác dân vận của cấp ủy đảng năm 2020", // lines 13–16
		addressees: []Recipient{{Text: "Các sở, ban, ngành cấp tỉnh"}, {Text: "Ủy ban nhân dân các huyện, thành phố"}},
		sig:        Signature{Authority: KT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH", Name: "Nguyễn Lưu Trung"},
		copyTo: []Recipient{{Text: "Như trên"}, {Text: "TT. TU, TT. HĐND tỉnh"}, {Text: "UBMTTQVN tỉnh"},
			{Text: "Ban Dân vận Tỉnh ủy"}, {Text: "CT, các PCT. UBND tỉnh"}, {Text: "LĐVP, CVNC"}},
		archive: Archive{Units: []string{"VT"}, Typist: "nvthanh"}, // "- Lưu: VT, nvthanh."
		opening: 1, closing: 1,
		items: []string{"1.", "2.", "3.", "4."},
		refs: map[string][]string{
			"open":  {"135-TB/VPTU"},
			"1":     {"114-KL/TW", "16/CT-TTg", "120-KL/TW", "08-CTr/TU"},
			"2":     {"34/2007/PL-UBTVQH11", "04/2015/NĐ-CP", "145/2020/NĐ-CP"},
			"3":     nil,
			"4":     {"26/CT-TTg", "1847/QĐ-TTg"},
			"close": nil,
		},
		firstWords: map[string]string{"1": "Tiếp tục đẩy mạnh", "4": "Đẩy mạnh phong trào"},
		// Item 1 runs over a page break ("chăm lo cho đối" / "tượng chính
		// sách"), mended into its second paragraph.
		paragraphsInItem1: 2, tasks: 4,
		// The closing paragraph: "…, Ủy ban nhân dân tỉnh yêu cầu các sở, ban,
		// ngành cấp tỉnh, Ủy ban nhân dân các cấp quan tâm thực hiện; báo cáo
		// kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày
		// 20/11/2021 để tổng hợp báo cáo Tỉnh ủy./."
		reports: []ReportRequirement{reportWant(ReportRequirement{To: "Ủy ban nhân dân tỉnh", Via: "Sở Nội vụ", Due: "trước ngày 20/11/2021",
			DueDate: date.New(2021, 11, 20), Subject: "kết quả thực hiện", Purpose: "để tổng hợp báo cáo Tỉnh ủy",
			Sentence: "Trên đây là một số nhiệm vụ trọng tâm thực hiện Thông báo kết luận của Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu " +
				"các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp quan tâm thực hiện; báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh " +
				"(qua Sở Nội vụ) trước ngày 20/11/2021 để tổng hợp báo cáo Tỉnh ủy"},
			"trước ngày 20/11/2021", Assignee{Text: "các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp", Role: Responsible, AllLevels: true})},
		printed: Printed{
			Number:  "Số: 491 /UBND-KGVX",
			Subject: "V/v thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy tổng kết công tác dân vận của cấp ủy đảng năm 2020.",
			Archive: "- Lưu: VT, nvthanh.",
		},
	},
	{
		// ../shared/corpus/454_UBND-NCTH.txt: header columns run together.
		file:    "454_UBND-NCTH.txt",
		heading: QuocHieu, motto: TieuNgu,
		organ:  "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG",
		symbol: "454/UBND-NCTH", typ: "Công văn", number: "454", family: legalref.CongVan,
		issued: "2011-04-06", place: "Vị Thanh",
		subject: "tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới",
		addressees: []Recipient{{Text: "Giám đốc Sở Văn hóa, Thể thao và Du lịch"}, {Text: "Giám đốc Sở Thông tin và Truyền thông"},
			{Text: "Giám đốc Đài Phát thanh - Truyền hình Hậu Giang"}, {Text: "Chủ tịch UBND huyện, thị xã, thành phố"}},
		sig: Signature{Authority: KT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH", Name: "Trần Thành Lập"},
		copyTo: []Recipient{{Text: "Như trên"}, {Text: "TT. HĐND, UBND tỉnh"}, {Text: "VP. Tỉnh ủy"}, {Text: "Ban TG Tỉnh ủy"},
			{Text: "UBMTTQVN và các đoàn thể tỉnh"}, {Text: "Sở, ban, ngành tỉnh"}},
		archive: Archive{Units: []string{"VT", "NCTH"}, Typist: "HH"}, // "- Lưu: VT, NCTH.HH"
		opening: 1, notes: 1,
		items:      []string{""},
		refs:       map[string][]string{"open": {"847/UBND-VX1"}, "": nil},
		firstWords: map[string]string{"": "Giao Giám đốc"},
		tasks:      1,
		printed: Printed{
			Motto:   "Độc Lập - Tự Do - Hạnh Phúc",
			Date:    "Vị Thanh, ngày 6 tháng 4 năm 2011",
			Archive: "- Lưu: VT, NCTH.HH",
		},
		extra: []string{
			"source: http://www.haugiang.gov.vn/Portal/DocView.aspx?pageid=1385&ItemID=19067&mid=2537&pageindex=11&siteid=1",
			`d:\2011\CV\SVH\T4\Bau cho Vinh Ha Long`, // a file path typed under Nơi nhận
		},
	},
	{
		// ../shared/corpus/7334_VPCP-KGVX.txt: no "Số:" line; the V/v above
		// the quốc hiệu.
		file:    "7334_VPCP-KGVX.txt",
		heading: QuocHieu, motto: TieuNgu,
		organ: "VĂN PHÒNG CHÍNH PHỦ",
		typ:   "Công văn", family: legalref.CongVan,
		issued: "2014-09-22", place: "Hà Nội",
		subject:    "Thành lập Hiệp hội Vì giáo dục cho mọi người Việt Nam",
		addressees: []Recipient{{Text: "Bộ Nội vụ"}},
		sig:        Signature{Authority: KT, For: "BỘ TRƯỞNG, CHỦ NHIỆM", Title: "PHÓ CHỦ NHIỆM", Name: "Nguyễn Khắc Định"},
		copyTo: []Recipient{{Text: "Như trên"}, {Text: "Thủ tướng, các Phó Thủ tướng CP", Note: "để b/c"},
			{Text: "Bộ Giáo dục và Đào tạo"}, {Text: "Hội Khuyến học Việt Nam"}, {Text: "BVĐ thành lập Hiệp hội VGDCMNVN"},
			{Text: "VPCP: BTCN, các PCN, Trợ lý TTCP, TGĐ Cổng TTĐT, TTK HĐGD, các Vụ: PL, TCCV"}},
		archive: Archive{Units: []string{"VT", "KGVX"}, Copies: 3, Typist: "ĐND"}, // "- Lưu: VT, KGVX(3). ĐND"
		opening: 1, closing: 1,
		items:      []string{""},
		refs:       map[string][]string{"open": {"24/BVĐ-VCEFA"}},
		firstWords: map[string]string{"": "Giao Bộ trưởng Bộ Nội vụ"},
		tasks:      1,
		printed: Printed{
			Date:       "Hà Nội, ngày 22 tháng 09 năm 2014",
			Subject:    "V/v: Thành lập Hiệp hội Vì giáo dục cho mọi người Việt Nam",
			Addressees: []string{"Kính gửi: Bộ Nội vụ."},
			Archive:    "- Lưu: VT, KGVX(3). ĐND",
		},
		extra: []string{
			"source: https://luatminhkhue.vn/cong-van-7334-vpcp-kgvx-cua-van-phong-chinh-phu-ve-viec-thanh-lap-hiep-hoi-vi-giao-duc-cho-moi-nguoi-viet-nam.aspx",
			`note: the page omits the "Số:" line; number/symbol 7334/VPCP-KGVX is taken from the page address`,
		},
	},
	{
		// ../shared/corpus/2541_VPCP-QHQT.txt: Nơi nhận before the
		// signature, words glued by the web page ("BộCông Thương").
		file:    "2541_VPCP-QHQT.txt",
		heading: QuocHieu, motto: TieuNgu,
		organ:  "VĂN PHÒNG CHÍNH PHỦ",
		symbol: "2541/VPCP-QHQT", typ: "Công văn", number: "2541", family: legalref.CongVan,
		issued: "2009-04-20", place: "Hà Nội",
		subject:    "chương trình phát triển công nghiệp hỗ trợ Việt Nam",
		addressees: []Recipient{{Text: "BộCông Thương"}},
		sig:        Signature{Authority: KT, For: "BỘ TRƯỞNG, CHỦ NHIỆM", Title: "PHÓ CHỦ NHIỆM", Name: "Văn Trọng Lý"},
		copyTo:     []Recipient{{Text: "Như trên"}, {Text: "TTCP, PTT Hoàng Trung Hải"}, {Text: "VPCP: BTCN, Vụ TH, Cổng TTĐT"}},
		archive:    Archive{Units: []string{"VT", "QHQT"}, Copies: 2}, // "- Lưu: VT, QHQT (2)"
		opening:    1, closing: 1,
		items:      []string{""},
		firstWords: map[string]string{"": "BộCông Thương nghiên cứu"},
		tasks:      1,
		// "BộCông Thương nghiên cứu giải quyết … và báo cáo Thủ tướng Chính
		// phủ.": no subject, no deadline.
		reports: []ReportRequirement{reportWant(ReportRequirement{To: "Thủ tướng Chính phủ",
			Sentence: "BộCông Thương nghiên cứu giải quyết các đề xuất của Phòng Thương mại và Côngnghiệp Việt Nam nêu tại công văn nói trên và báo cáo Thủ tướng Chính phủ"},
			"", Assignee{Text: "BộCông Thương", Role: Responsible})},
		printed: Printed{
			Motto:   "Độc lập – Tự do – Hạnh phúc",
			Date:    "Hà Nội, ngày 20 tháng 04 năm 2009",
			Subject: "V/v chương trình phát triển công nghiệp hỗ trợ Việt Nam.",
			Archive: "- Lưu: VT, QHQT (2)",
		},
		extra: []string{"source: https://luatminhkhue.vn/cong-van-2541-vpcp-qhqt-chuong-trinh-phat-trien-cong-nghiep-ho-tro-viet-nam.aspx"},
	},
	{
		// testdata/party_thongbao.txt: a Party document laid out per Hướng
		// dẫn 36-HD/VPTW (constructed; documents.md §3).
		file:     "party_thongbao.txt",
		style:    PartyStyle,
		heading:  PartyHeading,
		superior: "ĐẢNG BỘ TỈNH KIÊN GIANG", organ: "TỈNH ỦY",
		symbol: "142-TB/TU", typ: "Thông báo", number: "142", family: legalref.Party,
		issued: "2021-04-05", place: "Kiên Giang",
		subject: "kết luận của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2021",
		sig:     Signature{Authority: PartyTM, For: "BAN THƯỜNG VỤ", Title: "PHÓ BÍ THƯ THƯỜNG TRỰC", Name: "Nguyễn Văn Hoà"},
		copyTo:  []Recipient{{Text: "Các đảng bộ trực thuộc"}, {Text: "Các đồng chí Tỉnh ủy viên"}},
		archive: Archive{Units: []string{"Văn phòng Tỉnh ủy"}},
		opening: 1,
		items:   []string{"1.", "2."},
		refs:    map[string][]string{"open": {"35-CT/TW"}, "1": {"114-KL/TW"}},
		tasks:   2,
		// Item 2: "Ban Dân vận Tỉnh ủy chủ trì, phối hợp tổng hợp, báo cáo kết
		// quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày
		// 15-11-2021."
		reports: []ReportRequirement{reportWant(ReportRequirement{Item: "2", To: "Ban Thường vụ Tỉnh ủy", Via: "Văn phòng Tỉnh ủy",
			Due: "trước ngày 15-11-2021", DueDate: date.New(2021, 11, 15), Subject: "kết quả",
			Sentence: "Ban Dân vận Tỉnh ủy chủ trì, phối hợp tổng hợp, báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15-11-2021"},
			"trước ngày 15-11-2021", Assignee{Text: "Ban Dân vận Tỉnh ủy", Role: Lead})},
		extra: []string{"constructed: a Party thông báo laid out per Hướng dẫn 36-HD/VPTW (documents.md §3); names and numbers are invented"},
	},
	{
		// testdata/qd_ubnd.txt: a quyết định with TM. and KT., articles and
		// points, an urgency stamp (constructed; Nghị định 30/2020 Phụ lục
		// III, Mẫu 1.2).
		file:    "qd_ubnd.txt",
		heading: QuocHieu, motto: TieuNgu,
		organ:  "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
		symbol: "05/QĐ-UBND", typ: "Quyết định", number: "05", family: legalref.Administrative,
		issued: "2022-01-08", place: "Kiên Giang",
		urgency: HoaToc,
		subject: "Về việc thành lập Tổ công tác kiểm tra công vụ năm 2022",
		sig: Signature{Outer: Mandate{Authority: TM, For: "ỦY BAN NHÂN DÂN"}, Authority: KT, For: "CHỦ TỊCH",
			Title: "PHÓ CHỦ TỊCH", Name: "Lê Văn Bình"},
		copyTo:   []Recipient{{Text: "Như Điều 3"}, {Text: "CT, các PCT UBND tỉnh"}},
		archive:  Archive{Units: []string{"VT", "NC"}, Copies: 2},
		opening:  5, // the authority line, two căn cứ, "Theo đề nghị", "QUYẾT ĐỊNH:"
		items:    []string{"Điều 1.", "Điều 2.", "Điều 3."},
		subItems: map[string][]string{"1": {"a)", "b)"}},
		refs:     map[string][]string{"1": nil, "3": nil},
		tasks:    3,
		// Điều 2: "Tổ công tác báo cáo kết quả về Ủy ban nhân dân tỉnh trước
		// ngày 30/6/2022."
		reports: []ReportRequirement{reportWant(ReportRequirement{Item: "2", To: "Ủy ban nhân dân tỉnh", Due: "trước ngày 30/6/2022",
			DueDate: date.New(2022, 6, 30), Subject: "kết quả",
			Sentence: "Tổ công tác báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/6/2022"},
			"trước ngày 30/6/2022", Assignee{Text: "Tổ công tác", Role: Responsible})},
		extra: []string{"constructed: a quyết định of a UBND laid out per Nghị định 30/2020/NĐ-CP Phụ lục III, Mẫu 1.2; names and numbers are invented"},
	},
	{
		// testdata/kh_ubnd.txt: a named document without Kính gửi, printed
		// without blank lines, with items three levels deep (constructed;
		// Nghị định 30/2020 Phụ lục III, Mẫu 1.4).
		file:    "kh_ubnd.txt",
		heading: QuocHieu, motto: TieuNgu,
		organ:  "ỦY BAN NHÂN DÂN THÀNH PHỐ PHÚ QUỐC",
		symbol: "45/KH-UBND", typ: "Kế hoạch", number: "45", family: legalref.Administrative,
		issued: "2021-02-15", place: "Phú Quốc",
		urgency:    Khan,
		subject:    "Triển khai công tác dân vận chính quyền năm 2021",
		sig:        Signature{Authority: TM, For: "ỦY BAN NHÂN DÂN", Title: "CHỦ TỊCH", Name: "Trần Văn Hùng"},
		copyTo:     []Recipient{{Text: "UBND tỉnh", Note: "để b/c"}, {Text: "Các xã, phường"}},
		archive:    Archive{Units: []string{"VT"}},
		closing:    1, // "Trong quá trình thực hiện, …"
		items:      []string{"I.", "II.", "III."},
		subItems:   map[string][]string{"I": {"1.", "2."}, "II": {"1.", "2."}},
		refs:       map[string][]string{"I": nil},
		firstWords: map[string]string{"I": "MỤC ĐÍCH, YÊU CẦU", "III": "TỔ CHỨC THỰC HIỆN"},
		tasks:      3,
		reports: []ReportRequirement{
			// II.1.b: "Báo cáo kết quả về Ủy ban nhân dân thành phố trước ngày
			// 15/12/2021.", under "1. Phòng Nội vụ:".
			reportWant(ReportRequirement{Item: "II", To: "Ủy ban nhân dân thành phố", Due: "trước ngày 15/12/2021",
				DueDate: date.New(2021, 12, 15), Subject: "kết quả",
				Sentence: "Báo cáo kết quả về Ủy ban nhân dân thành phố trước ngày 15/12/2021"}, "trước ngày 15/12/2021"),
			// III: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo
			// cáo về Ủy ban nhân dân thành phố (qua Phòng Nội vụ) để xem
			// xét./."
			reportWant(ReportRequirement{To: "Ủy ban nhân dân thành phố", Via: "Phòng Nội vụ", Purpose: "để xem xét", Condition: "nếu có khó khăn, vướng mắc",
				Sentence: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ủy ban nhân dân thành phố (qua Phòng Nội vụ) để xem xét"}, ""),
		},
		extra: []string{"constructed: a kế hoạch laid out per Nghị định 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4, printed without blank lines; names and numbers are invented"},
	},
	{
		// testdata/cv_bnv_table.txt: a heading in a Markdown table, the V/v
		// glued to the symbol ("2597/VPCP-NCV/v", documents.md §1.3), the
		// first addressee on the label's line, TL. (constructed).
		file:    "cv_bnv_table.txt",
		heading: QuocHieu, motto: TieuNgu,
		superior: "BỘ NỘI VỤ", organ: "VỤ TỔ CHỨC - BIÊN CHẾ",
		symbol: "2597/BNV-TCBC", typ: "Công văn", number: "2597", family: legalref.CongVan,
		issued: "2020-01-05", place: "Hà Nội",
		subject:    "góp ý dự thảo Nghị định",
		addressees: []Recipient{{Text: "Bộ Tài chính"}, {Text: "Bộ Tư pháp"}},
		sig:        Signature{Authority: TL, For: "BỘ TRƯỞNG", Title: "VỤ TRƯỞNG VỤ TỔ CHỨC - BIÊN CHẾ", Name: "Nguyễn Văn Tâm"},
		copyTo:     []Recipient{{Text: "Như trên"}},
		archive:    Archive{Units: []string{"VT", "TCBC"}},
		opening:    1,
		items:      []string{"1.", "2."},
		refs:       map[string][]string{"open": {"15/BTC-TCCB"}},
		tasks:      2,
		// "2. Đề nghị Bộ Tài chính hoàn thiện hồ sơ, báo cáo Thủ tướng Chính
		// phủ."
		reports: []ReportRequirement{reportWant(ReportRequirement{Item: "2", To: "Thủ tướng Chính phủ",
			Sentence: "Đề nghị Bộ Tài chính hoàn thiện hồ sơ, báo cáo Thủ tướng Chính phủ"},
			"", Assignee{Text: "Bộ Tài chính", Role: Responsible})},
		printed: Printed{Addressees: []string{"Kính gửi: - Bộ Tài chính;", "- Bộ Tư pháp."}},
		extra:   []string{"constructed: a công văn whose heading a web page put in a Markdown table, the V/v glued to the symbol (documents.md §1.3); names and numbers are invented"},
	},
}

// reportWant completes a wanted requirement: the deadline phrase and the
// bearers are given as text and placed in r.Sentence, the phrase read
// by deadline.MustParse.
func reportWant(r ReportRequirement, phrase string, bearers ...Assignee) ReportRequirement {
	if phrase != "" {
		i := strings.Index(r.Sentence, phrase)
		r.Deadline = DeadlinePhrase{Text: phrase, Start: i, End: i + len(phrase), Expr: deadline.MustParse(phrase)}
	}
	for _, b := range bearers {
		b.Start = strings.Index(r.Sentence, b.Text)
		b.End = b.Start + len(b.Text)
		r.Bearers = append(r.Bearers, b)
	}
	return r
}

// checkWant compares d with w field by field.
func checkWant(t *testing.T, d *Document, w docWant, checkPrinted bool) {
	t.Helper()
	eq := func(field string, got, want any) {
		t.Helper()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", w.file, field, diff)
		}
	}
	eq("Style", d.Style, w.style)
	eq("Heading", d.Heading, w.heading)
	eq("Motto", d.Motto, w.motto)
	eq("Superior", d.Superior, w.superior)
	eq("Organ", d.Organ, w.organ)
	if w.symbol != "" {
		eq("Ref.Symbol", d.Ref.Symbol(), w.symbol)
	}
	eq("Ref.Type", d.Ref.Type, w.typ)
	eq("Ref.Number", d.Ref.Number, w.number)
	eq("Ref.Family", d.Ref.Family, w.family)
	eq("Ref.Date", d.Ref.Date.String(), w.issued)
	eq("Place", d.Place, w.place)
	eq("Subject", d.Subject, w.subject)
	eq("Urgency", d.Urgency, w.urgency)
	eq("Addressees", d.Addressees, w.addressees)
	eq("Signature", d.Signature, w.sig)
	eq("CopyTo", d.CopyTo, w.copyTo)
	eq("Archive", d.Archive, w.archive)
	eq("len(Opening)", len(d.Body.Opening), w.opening)
	eq("len(Closing)", len(d.Body.Closing), w.closing)
	eq("len(Notes)", len(d.Body.Notes), w.notes)
	var markers []string
	for _, it := range d.Body.Items {
		markers = append(markers, it.Marker)
	}
	eq("item markers", markers, w.items)
	for num, want := range w.subItems {
		for _, it := range d.Body.Items {
			if it.Number == num {
				var got []string
				for _, s := range it.Items {
					got = append(got, s.Marker)
				}
				eq("sub-items of "+num, got, want)
			}
		}
	}
	for where, want := range w.refs {
		var ps []Paragraph
		switch where {
		case "open":
			ps = d.Body.Opening
		case "close":
			ps = d.Body.Closing
		default:
			for _, it := range d.Body.Items {
				if it.Number == where {
					ps = it.Paragraphs
				}
			}
		}
		var got []string
		for _, p := range ps {
			for _, m := range p.Refs {
				got = append(got, m.Ref.Symbol())
				if p.Text[m.Start:m.End] == "" || !strings.Contains(p.Text[m.Start:m.End], m.Ref.Number) {
					t.Errorf("%s: ref %s at [%d,%d) does not cover its number in %q", w.file, m.Ref.Symbol(), m.Start, m.End, p.Text)
				}
			}
		}
		eq("refs of "+where, got, want)
	}
	for num, start := range w.firstWords {
		for _, it := range d.Body.Items {
			if it.Number == num && !strings.HasPrefix(it.Paragraphs[0].Text, start) {
				t.Errorf("%s: item %q starts %q, want %q", w.file, num, it.Paragraphs[0].Text, start)
			}
		}
	}
	if w.paragraphsInItem1 > 0 {
		eq("paragraphs of item 1", len(d.Body.Items[0].Paragraphs), w.paragraphsInItem1)
	}
	eq("len(Tasks)", len(d.Tasks), w.tasks)
	eq("Reports", d.Reports, w.reports)
	if checkPrinted {
		eq("Printed", d.Printed, w.printed)
		eq("Extra", d.Extra, w.extra)
	}
}

func TestParseCorpus(t *testing.T) {
	for _, w := range corpusWants {
		t.Run(w.file, func(t *testing.T) {
			checkWant(t, mustParse(t, readDoc(t, w.file)), w, true)
		})
	}
}

// TestParseTasks checks the tasks of the seed: one per item, with the
// item's references at their offsets in the task's text.
func TestParseTasks(t *testing.T) {
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	for i, task := range d.Tasks {
		if want := d.Body.Items[i].Number; task.Item != want {
			t.Errorf("task %d: Item %q, want %q", i, task.Item, want)
		}
		for _, m := range task.Refs {
			if got := task.Text[m.Start:m.End]; !strings.Contains(got, m.Ref.Number) {
				t.Errorf("task %s: ref %s spans %q", task.Item, m.Ref.Symbol(), got)
			}
		}
	}
	// Item 1 of the seed cites four documents, two of its paragraphs.
	if got := len(d.Tasks[0].Refs); got != 4 {
		t.Errorf("task 1 has %d refs, want 4", got)
	}
	if !strings.Contains(d.Tasks[0].Text, "\nTập trung vào một số nội dung như:") {
		t.Errorf("task 1 lacks its second paragraph: %q", d.Tasks[0].Text)
	}
	// The quyết định: Điều 1 with its points a) and b).
	q := mustParse(t, readDoc(t, "qd_ubnd.txt"))
	want := "Thành lập Tổ công tác kiểm tra công vụ năm 2022, gồm:\na) Tổ trưởng: Giám đốc Sở Nội vụ;\nb) Tổ viên: đại diện Văn phòng Ủy ban nhân dân tỉnh."
	if q.Tasks[0].Text != want {
		t.Errorf("Điều 1 task text:\n%q\nwant\n%q", q.Tasks[0].Text, want)
	}
}

func TestParseNotADocument(t *testing.T) {
	tests := []struct {
		name, text string
		missing    []string
	}{
		{"empty", "", []string{"quốc hiệu or issuing body", "số or place and date"}},
		{"prose", "Hôm nay trời đẹp. Chúng tôi đi chơi.", []string{"quốc hiệu or issuing body", "số or place and date"}},
		{"heading only", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNội dung.", []string{"số or place and date"}},
		{"number only", "Số: 12/UBND-VX\n\nNội dung.", []string{"quốc hiệu or issuing body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.text)
			if !errors.Is(err, ErrNotDocument) {
				t.Fatalf("err = %v, want ErrNotDocument", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err is %T, want *ParseError", err)
			}
			if diff := cmp.Diff(tt.missing, pe.Missing); diff != "" {
				t.Errorf("Missing (-want +got):\n%s", diff)
			}
			if !strings.HasPrefix(err.Error(), "directive: ") {
				t.Errorf("message %q lacks the package prefix", err)
			}
		})
	}
}

func mustDate(s string) date.Date { return date.MustParseISO(s) }

// TestParseBodyOpensWithDate: a paragraph that opens with a date ("Ngày 15
// tháng 3 năm 2021, …", "Ngày 30-3-2021, …") is body text, not a second
// place-and-date line.
func TestParseBodyOpensWithDate(t *testing.T) {
	seed := readDoc(t, "491_UBND-KGVX.txt")
	for _, opening := range []string{"Ngày 15 tháng 3 năm 2021, Thường trực Tỉnh ủy họp. ", "Ngày 15/3/2021, Thường trực Tỉnh ủy họp. "} {
		d := mustParse(t, strings.Replace(seed, "Để triển khai", opening+"Để triển khai", 1))
		if len(d.Body.Opening) != 1 || !strings.HasPrefix(d.Body.Opening[0].Text, opening) {
			t.Errorf("%q: Opening = %+v", opening, d.Body.Opening)
		}
		if d.Ref.Date != mustDate("2021-04-20") || len(d.Extra) != 0 {
			t.Errorf("%q: date %v, extra %q", opening, d.Ref.Date, d.Extra)
		}
	}
	// Without Kính gửi, straight after the heading.
	noKG := strings.Replace(seed, "Kính gửi:\n\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các huyện, thành phố.\n\n", "", 1)
	d := mustParse(t, strings.Replace(noKG, "Để triển khai", "Ngày 15 tháng 3 năm 2021, Thường trực Tỉnh ủy họp. Để triển khai", 1))
	if len(d.Body.Opening) != 1 || !strings.HasPrefix(d.Body.Opening[0].Text, "Ngày 15 tháng 3 năm 2021,") || len(d.Addressees) != 0 {
		t.Errorf("without Kính gửi: Opening = %+v", d.Body.Opening)
	}
}

// TestParseTypeHeadingOnOneLine: a type heading that PDF extraction ran
// together with the số, the place and date and the trích yếu on one line
// reads as those components (the layout of Nghị định 30/2020/NĐ-CP Phụ
// lục I, Phần I, mục II: type, number, place and date, trích yếu). Parse
// once panicked here, the trích yếu still empty when its first words came.
func TestParseTypeHeadingOnOneLine(t *testing.T) {
	d := mustParse(t, "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nTHÔNG BÁO Số: 1/TB-UBND Kiên Giang, ngày 5 tháng 3 năm 2021 kết luận của Chủ tịch\n\n1. Giao Sở Y tế chủ trì.\n")
	if d.Ref.Type != "Thông báo" || d.Ref.Symbol() != "1/TB-UBND" || d.Ref.Date != mustDate("2021-03-05") ||
		d.Place != "Kiên Giang" || d.Subject != "kết luận của Chủ tịch" {
		t.Errorf("got type %q, symbol %q, date %v, place %q, subject %q", d.Ref.Type, d.Ref.Symbol(), d.Ref.Date, d.Place, d.Subject)
	}
	if _, err := Parse("THÔNG BÁO Số: 1/TB-UBND Hà Nội, ngày 5 tháng 3 năm 2021 về việc x"); !errors.Is(err, ErrNotDocument) {
		t.Errorf("without an issuer: err = %v, want ErrNotDocument", err)
	}
}
