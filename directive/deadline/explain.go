package deadline

import (
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// The bases of the rules, as steps cite them. The law is Bộ luật Dân sự 2015
// (Luật 91/2015/QH13), Điều 144–148, as codified in the Bộ pháp điển
// (phapdien.moj.gov.vn, đề mục 9.1); the policies are vanban's readings of
// "trước ngày X", which no statute defines.
const (
	basisContext     = "Quy ước của vanban: năm, tháng không ghi lấy theo ngày văn bản"
	basisWording     = "Lời văn: “chậm nhất”, “muộn nhất”, “đến hết”, “trước hoặc vào”, “trong ngày” bao gồm ngày được nêu"
	basisTimeWording = "Lời văn: giờ được nêu giới hạn chính ngày đó (Bộ luật Dân sự 2015, Điều 144 khoản 2)"
	basisSpanStart   = "Lời văn: “trước” một kỳ là trước ngày đầu của kỳ"
	basisEvent       = "Bộ luật Dân sự 2015, Điều 147 khoản 2 và khoản 3"
	basisSameDay     = "Lời văn: “ngay trong ngày” là chính ngày xảy ra sự kiện"
	basisMoveForward = "Bộ luật Dân sự 2015, Điều 148 khoản 5"
	basisEndOfDay    = "Bộ luật Dân sự 2015, Điều 148 khoản 6"
	basisTimeOfDay   = "Bộ luật Dân sự 2015, Điều 144 khoản 2 (thời hạn xác định bằng giờ); giờ ghi trong văn bản"
	basisOccurrence  = "Lời văn: hằng tuần, hằng tháng, hằng quý, hằng năm; kỳ theo dương lịch (Bộ luật Dân sự 2015, Điều 145 khoản 2)"
	basisMonthOf     = "Nghị định 09/2019/NĐ-CP, Điều 13 khoản 1 (ngày của tháng cuối kỳ báo cáo), áp dụng tương tự"
	basisCutOff      = "Giờ tiếp nhận của ngữ cảnh (Context.CutOff), như Nghị định 61/2018/NĐ-CP Điều 18 khoản 2: nhận sau 15 giờ thì chuyển vào ngày làm việc tiếp theo"
	basisClamp       = "Bộ luật Dân sự 2015, Điều 148 khoản 3 (tháng không có ngày tương ứng: ngày cuối tháng), áp dụng tương tự"
)

var basisPolicy = [...]string{
	Strict:         "Chính sách strict: nghĩa đen của “trước ngày X” không gồm ngày X (không có văn bản quy phạm định nghĩa)",
	Inclusive:      "Chính sách inclusive: “trước ngày X” hiểu là đến hết ngày X (tập quán; không có văn bản quy phạm định nghĩa)",
	StrictBackward: "Chính sách strict-backward: ngày nghỉ lùi về ngày làm việc liền trước (tập quán văn phòng; Bộ luật Dân sự 2015 không quy định)",
}

var basisSpanEnd = [...]string{
	SpanMonth:      "Bộ luật Dân sự 2015, Điều 146 khoản 2 điểm c (cuối tháng là ngày cuối cùng của tháng), áp dụng tương tự",
	SpanQuarter:    "Bộ luật Dân sự 2015, Điều 146 khoản 2 điểm c (ngày cuối cùng của tháng cuối quý), áp dụng tương tự",
	SpanFirstHalf:  "Bộ luật Dân sự 2015, Điều 146 khoản 3 điểm b (giữa năm là ngày cuối cùng của tháng sáu), áp dụng tương tự",
	SpanSecondHalf: "Bộ luật Dân sự 2015, Điều 146 khoản 3 điểm c (cuối năm là ngày cuối cùng của tháng mười hai), áp dụng tương tự",
	SpanNineMonths: "Bộ luật Dân sự 2015, Điều 146 khoản 2 điểm c (ngày cuối cùng của tháng chín), áp dụng tương tự",
	SpanYear:       "Bộ luật Dân sự 2015, Điều 146 khoản 3 điểm c (cuối năm là ngày cuối cùng của tháng mười hai), áp dụng tương tự",
}

var basisCount = [...]string{
	calendar.Days:        "Bộ luật Dân sự 2015, Điều 148 khoản 1",
	calendar.WorkingDays: "Bộ luật Dân sự 2015, Điều 147–148; ngày làm việc thứ N sau ngày xảy ra sự kiện theo lịch làm việc của cơ quan nhà nước",
	calendar.Weeks:       "Bộ luật Dân sự 2015, Điều 148 khoản 2",
	calendar.Months:      "Bộ luật Dân sự 2015, Điều 148 khoản 3",
	calendar.Years:       "Bộ luật Dân sự 2015, Điều 148 khoản 4",
}

func itoa(n int) string { return strconv.Itoa(n) }

// vnDate writes d as documents do: 19/11/2021.
func vnDate(d date.Date) string {
	y, m, day := d.Date()
	return itoa(day) + "/" + itoa(int(m)) + "/" + itoa(y)
}

// vnDay writes d with its weekday: thứ Sáu 19/11/2021.
func vnDay(d date.Date) string { return weekdayName(d.Weekday()) + " " + vnDate(d) }

// capitalize upper-cases the first letter of s, for the start of a
// sentence.
func capitalize(s string) string {
	switch {
	case strings.HasPrefix(s, "thứ"):
		return "T" + s[1:]
	case strings.HasPrefix(s, "tháng"):
		return "T" + s[1:]
	case strings.HasPrefix(s, "quý"):
		return "Q" + s[1:]
	case strings.HasPrefix(s, "năm"):
		return "N" + s[1:]
	case strings.HasPrefix(s, "ngày"):
		return "N" + s[1:]
	}
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// dayList writes days off with their names: "thứ Bảy 20/11/2021 (Nghỉ hằng
// tuần), Chủ nhật 21/11/2021 (Nghỉ hằng tuần)".
func dayList(days []calendar.DayInfo) string {
	var b strings.Builder
	for i, d := range days {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(vnDay(d.Date))
		if d.Name != "" {
			b.WriteString(" (")
			b.WriteString(d.Name)
			b.WriteString(")")
		}
	}
	return b.String()
}

// prose writes the explanation: the phrase, its context, each step, the
// working days given and whether the answer is provisional.
func (rs *resolver) prose() string {
	var b strings.Builder
	b.WriteString("Hạn “")
	b.WriteString(rs.e.String())
	b.WriteString("”")
	if rs.ctx.Date != 0 {
		b.WriteString(" (văn bản ngày ")
		b.WriteString(vnDate(rs.ctx.Date))
		b.WriteString(")")
	}
	b.WriteString(".")
	for _, s := range rs.r.Steps {
		b.WriteByte(' ')
		b.WriteString(s.Note)
	}
	if rs.ctx.Date != 0 && rs.r.Workdays > 0 {
		b.WriteString(" Từ sau ngày văn bản đến hạn có ")
		b.WriteString(itoa(rs.r.Workdays))
		b.WriteString(" ngày làm việc.")
	}
	if rs.r.Provisional {
		b.WriteString(" Lịch nghỉ của năm có liên quan chưa được công bố: kết quả là dự kiến, có thể thay đổi.")
	}
	return b.String()
}
