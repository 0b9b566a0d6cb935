package calendar

import (
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// law is the holiday regime of a Labour Code (Bộ luật Lao động, BLLĐ) as in
// force from a date. Sources: BLLĐ 1994 Điều 73 and Luật 84/2007/QH11
// amending it; BLLĐ 2012 (10/2012/QH13) Điều 115; BLLĐ 2019 (45/2019/QH14)
// Điều 111 khoản 3 and Điều 112.
type law struct {
	from         date.Date
	tetDays      int    // statutory days of Tết Âm lịch: 4 or 5
	hungKings    bool   // Giỗ Tổ Hùng Vương (10/3 âm lịch) is a holiday
	nationalDays int    // days of Quốc khánh: 1, or 2 (2/9 and an adjacent day)
	holidays     string // basis of the holidays
	comp         string // basis of the compensatory days (nghỉ bù)
}

// laws lists the regimes in force over the supported range, oldest first.
var laws = [...]law{
	// BLLĐ 1994 Điều 73, in force 1/1/1995: 1/1, Tết 4 days (the last day of
	// the lunar year and mùng 1–3), 30/4, 1/5, 2/9; a holiday on the weekly
	// rest day is made up on the following day.
	{from: date.New(1995, time.January, 1), tetDays: 4, nationalDays: 1,
		holidays: "BLLĐ 1994 Điều 73",
		comp:     "BLLĐ 1994 Điều 73"},
	// Luật 84/2007/QH11 of 02/04/2007 rewrote Điều 73 and added Giỗ Tổ. It
	// took effect on promulgation in April 2007; any day from 2/4 to 26/4
	// gives the same calendar, as the first Giỗ Tổ it affects is 26/4/2007.
	{from: date.New(2007, time.April, 2), tetDays: 4, hungKings: true, nationalDays: 1,
		holidays: "BLLĐ 1994 Điều 73 (sửa đổi bởi Luật 84/2007/QH11 ngày 02/04/2007)",
		comp:     "BLLĐ 1994 Điều 73 (sửa đổi bởi Luật 84/2007/QH11 ngày 02/04/2007)"},
	// BLLĐ 2012 Điều 115, in force 1/5/2013: Tết becomes 5 days, so Tết 2013
	// (mùng 1 on 10/2/2013) still had 4.
	{from: date.New(2013, time.May, 1), tetDays: 5, hungKings: true, nationalDays: 1,
		holidays: "BLLĐ 2012 (10/2012/QH13) Điều 115 khoản 1",
		comp:     "BLLĐ 2012 (10/2012/QH13) Điều 115 khoản 3"},
	// BLLĐ 2019 Điều 112, in force 1/1/2021: Quốc khánh becomes 2/9 and one
	// adjacent day; the make-up day is the next working day (Điều 111 khoản 3).
	{from: date.New(2021, time.January, 1), tetDays: 5, hungKings: true, nationalDays: 2,
		holidays: "BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1",
		comp:     "BLLĐ 2019 (45/2019/QH14) Điều 111 khoản 3"},
}

// lawAt returns the regime in force on d (d on or after 1/1/1995).
func lawAt(d date.Date) *law {
	for i := len(laws) - 1; i > 0; i-- {
		if d >= laws[i].from {
			return &laws[i]
		}
	}
	return &laws[0]
}

// Ngày Văn hóa Việt Nam, 24/11, a paid day off under Nghị quyết 28/2026/QH16
// Điều 2 ("Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao
// động được nghỉ làm việc và hưởng nguyên lương"), adopted 24/4/2026, in
// force 1/7/2026.
var cultureFrom = date.New(2026, time.July, 1)

const cultureBasis = "Nghị quyết 28/2026/QH16 (hiệu lực 01/07/2026) Điều 2"

// The weekly rest of state agencies: Saturday and Sunday since 2/10/1999.
const (
	weeklyRestName  = "Nghỉ hằng tuần"
	weeklyRestBasis = "Quyết định 188/1999/QĐ-TTg Điều 1 (tuần làm việc 40 giờ, nghỉ thứ Bảy và Chủ nhật)"
	customRestBasis = "Nghỉ hằng tuần theo quy định của đơn vị (BLLĐ 2019 Điều 111 khoản 2)"
)

// firstProvisionalYear is the first year whose choices are made by a yearly
// decision: the swaps began in 2010 (Tờ trình 89/TTr-LĐTBXH of 20/11/2014:
// "Từ năm 2010 đến nay, Thủ tướng Chính phủ đã đồng ý về việc hoán đổi ngày
// nghỉ hằng tuần…"), and before the five-day Tết of BLLĐ 2012 the law fixed
// every day.
// Years before it without an announced schedule follow the law alone and are
// not provisional.
const firstProvisionalYear = 2010

// provisionalNote is added to the basis of a day chosen by a default rule.
const provisionalNote = " — dự kiến: chưa có thông báo, ngày chọn theo quy tắc mặc định"

// withoutCompensation drops from the basis of a holiday the article on
// make-up days, which the announced schedules cite for every holiday of
// the Saturday–Sunday week ("BLLĐ 2019 … Điều 112 khoản 1; Điều 111 khoản
// 3", "BLLĐ 2012 … Điều 115 khoản 1 và 3"). Under another weekly rest
// ([WithWeeklyRest]) a holiday that does not fall on the rest day is not
// made up, and its basis must not say it is. BLLĐ 1994 Điều 73 holds both
// rules in one article and is left as it is.
func withoutCompensation(basis string) string {
	basis = strings.Replace(basis, "; Điều 111 khoản 3", "", 1)
	return strings.Replace(basis, "Điều 115 khoản 1 và 3", "Điều 115 khoản 1", 1)
}
