package directive

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/internal/vntext"
)

// assigneeRow is an expression wanted from a paragraph: its text, role and
// "các cấp" flag.
type assigneeRow struct {
	text      string
	role      Role
	allLevels bool
}

// TestAssignees reads the assignee phrases of real paragraphs. Each row
// cites the document the paragraph comes from; the roles are those of
// Nghị định 30/2020/NĐ-CP Điều 23 khoản 2 (chủ trì, phối hợp).
func TestAssignees(t *testing.T) {
	tests := []struct {
		source string
		text   string
		want   []assigneeRow
	}{
		{
			"454/UBND-NCTH (testdata, line 23): giao …, phối hợp với …",
			"Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu Giang " +
				"phối hợp với các sở, ban, ngành, đoàn thể tỉnh và UBND huyện, thị xã, thành phố tiếp tục tuyên truyền và phát động " +
				"trong toàn thể cán bộ, công chức, viên chức, người lao động và nhân dân lao động trên địa bàn tỉnh tham gia bầu chọn " +
				"Vịnh Hạ Long là kỳ quan thiên nhiên thế giới theo yêu cầu tại Công văn nêu trên./.",
			[]assigneeRow{
				{"Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu Giang", Responsible, false},
				{"các sở, ban, ngành, đoàn thể tỉnh và UBND huyện, thị xã, thành phố", Support, false},
			},
		},
		{
			"7334/VPCP-KGVX (testdata, line 13): giao a head by title",
			"Giao Bộ trưởng Bộ Nội vụ xem xét giải quyết việc thành lập Hiệp hội Vì giáo dục cho mọi người Việt Nam theo đúng quy định của pháp luật.",
			[]assigneeRow{{"Bộ trưởng Bộ Nội vụ", Responsible, false}},
		},
		{
			"2541/VPCP-QHQT (testdata, line 16): a clause opening with a name, glued by the web page",
			"BộCông Thương nghiên cứu giải quyết các đề xuất của Phòng Thương mại và Côngnghiệp Việt Nam nêu tại công văn nói trên và báo cáo Thủ tướng Chính phủ.",
			[]assigneeRow{{"BộCông Thương", Responsible, false}},
		},
		{
			"491/UBND-KGVX (testdata, closing): yêu cầu …, the issuer before it, “các cấp” flagged",
			"Trên đây là một số nhiệm vụ trọng tâm thực hiện Thông báo kết luận của Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu " +
				"các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp quan tâm thực hiện; báo cáo kết quả thực hiện về Ủy ban nhân dân " +
				"tỉnh (qua Sở Nội vụ) trước ngày 20/11/2021 để tổng hợp báo cáo Tỉnh ủy./.",
			[]assigneeRow{{"các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp", Responsible, true}},
		},
		{
			"491/UBND-KGVX (testdata, item 3): “được giao,” and “có trách nhiệm với dân” name no unit",
			"Công tác dân vận chính quyền và thực hiện quy chế dân chủ ở cơ sở phải gắn với việc thực hiện nhiệm vụ chính trị được giao, " +
				"các phong trào thi đua, nhằm nâng cao tinh thần trách nhiệm, ý thức phục vụ Nhân dân của đội ngũ cán bộ, công chức, viên chức, " +
				"theo nguyên tắc: “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”.",
			nil,
		},
		{
			"491/UBND-KGVX (testdata, item 1): “Tổ chức …” is a verb, “công tác phối hợp,” a noun",
			"Tập trung vào một số nội dung như: Tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV; công tác phối hợp, tạo điều " +
				"kiện để Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội; thực hiện phong " +
				"trào thi đua “Dân vận khéo”.",
			nil,
		},
		{
			"454/UBND-NCTH (testdata, opening): the issuer receives and gives its opinion",
			"Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh V/v tiếp tục " +
				"phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới, Chủ tịch UBND tỉnh có ý kiến như sau:",
			nil,
		},
		{
			"7334/VPCP-KGVX (testdata, opening): “Xét đề nghị của …”",
			"Xét đề nghị của Ban Vận động thành lập Hiệp hội Vì giáo dục cho mọi người Việt Nam (Văn bản số 24/BVĐ-VCEFA ngày 18 tháng 8 năm 2014) " +
				"về việc xin thành lập Hiệp hội Vì giáo dục cho mọi người Việt Nam, Phó Thủ tướng Vũ Đức Đam có ý kiến như sau:",
			nil,
		},
		{
			"party_thongbao (testdata, item 2): chủ trì; “phối hợp tổng hợp” names no supporting unit",
			"Ban Dân vận Tỉnh ủy chủ trì, phối hợp tổng hợp, báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15-11-2021.",
			[]assigneeRow{{"Ban Dân vận Tỉnh ủy", Lead, false}},
		},
		{
			"party_thongbao (testdata, item 1): “các cấp ủy” is the party committees, not “các cấp”",
			"Các cấp ủy tiếp tục quán triệt Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư.",
			[]assigneeRow{{"Các cấp ủy", Responsible, false}},
		},
		{
			"qd_ubnd (testdata, Điều 3): chịu trách nhiệm",
			"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.",
			[]assigneeRow{{"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ", Responsible, false}},
		},
		{
			"qd_ubnd (testdata, Điều 1 a): a label, not an assignment",
			"Tổ trưởng: Giám đốc Sở Nội vụ;",
			nil,
		},
		{
			"kh_ubnd (testdata, II.1): a name heading the points under it",
			"Phòng Nội vụ:",
			[]assigneeRow{{"Phòng Nội vụ", Responsible, false}},
		},
		{
			"kh_ubnd (testdata, II.2)",
			"Các xã, phường thực hiện nghiêm Kế hoạch này.",
			[]assigneeRow{{"Các xã, phường", Responsible, false}},
		},
		{
			"cv_bnv_table (testdata, item 2): đề nghị",
			"Đề nghị Bộ Tài chính hoàn thiện hồ sơ, báo cáo Thủ tướng Chính phủ.",
			[]assigneeRow{{"Bộ Tài chính", Responsible, false}},
		},
		{
			"Công văn of Chủ tịch UBND tỉnh Bình Định on the Tết of Giáp Thìn 2024, as quoted by Sở Nội vụ tỉnh Bình Định " +
				"(snv.binhdinh.gov.vn): đề nghị several bodies",
			"Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, " +
				"Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn " +
				"đề phát sinh vượt thẩm quyền.",
			[]assigneeRow{{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố", Responsible, false}},
		},
		{
			"Quyết định 63/2010/QĐ-UBND tỉnh Bình Phước, Quy định công tác văn thư, Điều 2 khoản 1: có trách nhiệm, the name ending at an adjunct",
			"Thủ trưởng các cơ quan, tổ chức trong phạm vi quyền hạn của mình có trách nhiệm chỉ đạo thực hiện công tác văn thư.",
			[]assigneeRow{{"Thủ trưởng các cơ quan, tổ chức", Responsible, false}},
		},
		{
			"issue 7 of vanban (the forms it lists): chủ trì, phối hợp với",
			"Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh sắp xếp tổ chức bộ máy.",
			[]assigneeRow{{"Sở Nội vụ", Lead, false}, {"Sở Tài chính và các cơ quan liên quan", Support, false}},
		},
		{
			"issue 7 of vanban: giao …, the lead named after giao",
			"Giao Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã, thành phố triển khai tiêm vắc xin.",
			[]assigneeRow{{"Sở Y tế", Lead, false}, {"Ủy ban nhân dân các huyện, thị xã, thành phố", Support, false}},
		},
		{
			"issue 7 of vanban: các sở, ban, ngành … có trách nhiệm; “các cấp” as in the seed's closing",
			"Các sở, ban, ngành tỉnh, Ủy ban nhân dân các cấp có trách nhiệm triển khai thực hiện Chỉ thị này.",
			[]assigneeRow{{"Các sở, ban, ngành tỉnh, Ủy ban nhân dân các cấp", Responsible, true}},
		},
		{
			"“Số liệu” is not “Sở” (Nghị định 09/2019/NĐ-CP Điều 12 speaks of “số liệu báo cáo”)",
			"Số liệu báo cáo phải được tổng hợp đầy đủ.",
			nil,
		},
		{
			"the same 7334 row typed without diacritics",
			"Giao Bo truong Bo Noi vu xem xet giai quyet viec thanh lap Hiep hoi.",
			[]assigneeRow{{"Bo truong Bo Noi vu", Responsible, false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			got := readAssignees(tt.text, scanCues(tt.text, nil))
			var rows []assigneeRow
			for _, a := range got {
				rows = append(rows, assigneeRow{a.Text, a.Role, a.AllLevels})
				if tt.text[a.Start:a.End] != a.Text {
					t.Errorf("%q at [%d,%d) is %q", a.Text, a.Start, a.End, tt.text[a.Start:a.End])
				}
			}
			if diff := cmp.Diff(tt.want, rows, cmp.AllowUnexported(assigneeRow{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestTaskDeadlines checks which deadline phrases of a sentence set a
// task's due day, by the rules documented on DeadlinePhrase. The phrases
// are forms of reporting.md §3.2; the documents are dated as given.
func TestTaskDeadlines(t *testing.T) {
	d21 := date.New(2021, 4, 20) // the seed's date
	tests := []struct {
		why  string
		doc  date.Date
		text string
		want []string
	}{
		{"the seed's requirement: báo cáo governs", d21,
			"báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 20/11/2021 để tổng hợp báo cáo Tỉnh ủy.",
			[]string{"trước ngày 20/11/2021"}},
		{"a span qualifying a noun, and in the past (issue 7)", d21,
			"Đánh giá kết quả đạt được trong năm 2020 và đề ra nhiệm vụ năm 2021.", nil},
		{"a span qualifying a noun, not past", d21,
			"Tổng kết, đánh giá kết quả đạt được trong năm 2021.", nil},
		{"hoàn thành governs a month (reporting.md §3.2 “trong tháng 5/2021”)", d21,
			"Các đơn vị hoàn thành việc rà soát trong tháng 5/2021.", []string{"trong tháng 5/2021"}},
		{"a verb with its object before a quarter", d21,
			"Tổ chức hội nghị sơ kết trong quý III/2021.", []string{"trong quý III/2021"}},
		{"the half-year is the report's scope, the day its deadline", d21,
			"Báo cáo tình hình thực hiện trong 6 tháng đầu năm 2021 trước ngày 20/6/2021.", []string{"trước ngày 20/6/2021"}},
		{"a phrase that opens its clause, the verb after it", d21,
			"Trước ngày 20/11/2021, các sở gửi báo cáo về Sở Nội vụ.", []string{"Trước ngày 20/11/2021"}},
		{"a label before a colon", date.New(2021, 12, 1),
			"Thời hạn hoàn thành: trong quý I/2022.", []string{"trong quý I/2022"}},
		{"a narrative in the past tense", date.New(2021, 12, 20),
			"Trong năm 2021, tỉnh đã tổ chức 15 hội nghị.", nil},
		{"a narrative of the year before", d21,
			"Trong năm 2020, toàn tỉnh đã tổ chức 15 hội nghị tuyên truyền.", nil},
		{"a period from receipt, the verb after it (reporting.md §3.2, 3 784 occurrences)", d21,
			"Trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản này, Sở Tư pháp có ý kiến bằng văn bản.",
			[]string{"Trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản này"}},
		{"a recurring deadline", d21,
			"Các đơn vị gửi báo cáo định kỳ hằng tháng, trước ngày 20 về Sở Nội vụ.", []string{"định kỳ hằng tháng, trước ngày 20"}},
		{"a target, not a task", d21,
			"Đến hết năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var got []string
			for _, m := range extractDeadlines(tt.text, scanCues(tt.text, nil)) {
				if setsDue(tt.text, m, tt.doc) {
					got = append(got, tt.text[m.Start:m.End])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q (all: %q)", got, tt.want, phrasesOf(tt.text))
			}
		})
	}
}

func phrasesOf(s string) []string {
	var out []string
	for _, m := range deadline.Extract(s) {
		out = append(out, s[m.Start:m.End])
	}
	return out
}

// deadlineTexts are texts on which the windowed extraction of Parse must
// find what deadline.Extract finds in the whole text: the paragraphs of the
// test documents, and every phrase form of reporting.md §3.2 and of
// deadline.Parse in running text.
func deadlineTexts(t *testing.T) []string {
	var out []string
	for _, w := range corpusWants {
		d := mustParse(t, readDoc(t, w.file))
		var walk func(its []Item)
		walk = func(its []Item) {
			for _, it := range its {
				for _, p := range it.Paragraphs {
					out = append(out, p.Text)
				}
				walk(it.Items)
			}
		}
		walk(d.Body.Items)
		for _, p := range slices.Concat(d.Body.Opening, d.Body.Closing) {
			out = append(out, p.Text)
		}
	}
	forms := []string{
		"trước ngày 20/11/2021", "chậm nhất là ngày 25/3/2026", "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo",
		"muộn nhất trong ngày 17/3/2026", "đến hết ngày 31/12/2021", "trước hoặc vào ngày 30/6/2022", "trong ngày 20 tháng 11 năm 2021",
		"trong tháng 5/2021", "quý I/2022", "trong 6 tháng đầu năm 2022", "đến hết năm 2022", "trước tháng 6/2022",
		"trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản", "05 ngày kể từ ngày ký", "trong vòng 30 ngày",
		"không quá 10 ngày làm việc", "trong 15 (mười lăm) ngày", "chậm nhất là ngày thứ 90 kể từ ngày kết thúc năm tài chính",
		"trong ngày làm việc tiếp theo", "ngay trong ngày", "hằng tháng, trước ngày 20", "trước ngày 20 hằng tháng",
		"trước ngày 10 của tháng sau", "trước ngày 20 của tháng cuối quý", "trước ngày 15 tháng 12 hằng năm", "định kỳ 6 tháng",
		"trong ngày thứ Tư hằng tuần", "trước 16 giờ ngày làm việc tiếp theo", "trước 09 giờ 00 phút của ngày làm việc kế tiếp",
		"chậm nhất 16h30 ngày 20/11/2021", "trước ngày 01 tháng 3 năm hàng năm",
	}
	for i, f := range forms {
		s := "Các cơ quan, đơn vị thực hiện nghiêm túc, báo cáo kết quả về Sở Nội vụ " + f +
			" để tổng hợp; trong các sở, ban, ngành và ở các địa phương, Nhà nước và Nhân dân cùng làm."
		if i%2 == 1 {
			s = strings.ToUpper(f[:1]) + f[1:] + ", các cơ quan, đơn vị gửi báo cáo về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)."
		}
		out = append(out, s, vntext.Key(s))
	}
	return out
}

// TestExtractDeadlinesWindowed: Parse reads deadline phrases only around
// the cues of scanCues; it must find what deadline.Extract finds.
func TestExtractDeadlinesWindowed(t *testing.T) {
	for _, s := range deadlineTexts(t) {
		got := extractDeadlines(s, scanCues(s, nil))
		want := deadline.Extract(s)
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
}

// TestParseTaskFields checks Action, Assignees and Deadlines of the test
// documents' tasks, read off the items.
func TestParseTaskFields(t *testing.T) {
	type row struct {
		item, action string
		assignees    []assigneeRow
		inherited    bool
		deadlines    []string
	}
	kg491 := []assigneeRow{{"Các sở, ban, ngành cấp tỉnh", Responsible, false}, {"Ủy ban nhân dân các huyện, thành phố", Responsible, false}}
	tests := []struct {
		file string
		want []row
	}{
		{"491_UBND-KGVX.txt", []row{ // no item names a unit: the Kính gửi entries
			{"1", "Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt các chủ …", kg491, true, nil},
			{"2", "Thực hiện tốt Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban …", kg491, true, nil},
			{"3", "Công tác dân vận chính quyền và thực hiện quy chế dân …", kg491, true, nil},
			{"4", "Đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2021 …", kg491, true, nil},
		}},
		{"7334_VPCP-KGVX.txt", []row{
			{"", "Xem xét giải quyết việc thành lập Hiệp hội Vì giáo dục …", []assigneeRow{{"Bộ trưởng Bộ Nội vụ", Responsible, false}}, false, nil},
		}},
		{"party_thongbao.txt", []row{
			{"1", "Tiếp tục quán triệt Kết luận số 114-KL/TW ngày 14-7-2015 của Ban …", []assigneeRow{{"Các cấp ủy", Responsible, false}}, false, nil},
			{"2", "Tổng hợp, báo cáo kết quả về Ban Thường vụ Tỉnh ủy …", []assigneeRow{{"Ban Dân vận Tỉnh ủy", Lead, false}}, false,
				[]string{"trước ngày 15-11-2021"}},
		}},
		{"kh_ubnd.txt", []row{ // headings in capitals and labels are skipped for the action
			{"I", "Nâng cao nhận thức của cán bộ, công chức về công tác …", nil, false, nil},
			{"II", "Tham mưu tổ chức hội nghị sơ kết", []assigneeRow{{"Phòng Nội vụ", Responsible, false}, {"Các xã, phường", Responsible, false}},
				false, []string{"trước ngày 15/12/2021"}},
			{"III", "", nil, false, nil},
		}},
	}
	for _, tt := range tests {
		d := mustParse(t, readDoc(t, tt.file))
		var got []row
		for _, task := range d.Tasks {
			r := row{item: task.Item, action: task.Action}
			for _, a := range task.Assignees {
				r.assignees = append(r.assignees, assigneeRow{a.Text, a.Role, a.AllLevels})
				r.inherited = a.Inherited
				if !a.Inherited && task.Text[a.Start:a.End] != a.Text {
					t.Errorf("%s task %s: %q at [%d,%d)", tt.file, task.Item, a.Text, a.Start, a.End)
				}
			}
			for _, p := range task.Deadlines {
				r.deadlines = append(r.deadlines, p.Text)
				if task.Text[p.Start:p.End] != p.Text || p.Expr.Kind == 0 {
					t.Errorf("%s task %s: phrase %+v", tt.file, task.Item, p)
				}
			}
			got = append(got, r)
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(row{}, assigneeRow{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.file, diff)
		}
	}
}
