package deadline_test

import (
	"fmt"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
)

// The seed, Công văn 491/UBND-KGVX of 20/4/2021, asks for a report "trước
// ngày 20/11/2021", a Saturday. Read strictly, the last day is Friday 19/11;
// read inclusively, the Saturday moves to Monday 22/11 (Bộ luật Dân sự 2015
// Điều 148 khoản 5).
func ExampleExpr_Resolve() {
	e, err := deadline.Parse("trước ngày 20/11/2021")
	if err != nil {
		panic(err)
	}
	doc := date.New(2021, 4, 20)
	for _, p := range []deadline.Policy{deadline.Strict, deadline.Inclusive} {
		r, err := e.Resolve(calendar.Default(), deadline.Context{Date: doc, Policy: p})
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: due %s (%d working days), until %s\n", p, r.Due, r.Workdays, r.DueAt.Format("2006-01-02 15:04 -07:00"))
		for _, s := range r.Steps {
			fmt.Printf("  %s — %s\n", s.Rule, s.Basis)
		}
	}
	// Output:
	// strict: due 2021-11-19 (148 working days), until 2021-11-20 00:00 +07:00
	//   exclusive — Chính sách strict: nghĩa đen của “trước ngày X” không gồm ngày X (không có văn bản quy phạm định nghĩa)
	//   end-of-day — Bộ luật Dân sự 2015, Điều 148 khoản 6
	// inclusive: due 2021-11-22 (149 working days), until 2021-11-23 00:00 +07:00
	//   inclusive-policy — Chính sách inclusive: “trước ngày X” hiểu là đến hết ngày X (tập quán; không có văn bản quy phạm định nghĩa)
	//   move-forward — Bộ luật Dân sự 2015, Điều 148 khoản 5
	//   end-of-day — Bộ luật Dân sự 2015, Điều 148 khoản 6
}

// Fifteen working days from Tuesday 20/4/2021 skip Giỗ Tổ Hùng Vương, 30/4,
// 1/5 and the compensatory day 3/5 (Bộ luật Lao động 2019, Điều 111 khoản 3
// and Điều 112 khoản 1).
func ExampleExpr_Resolve_workingDays() {
	e := deadline.MustParse("trong thời hạn 15 ngày làm việc kể từ ngày 20/4/2021")
	r, err := e.Resolve(nil, deadline.Context{})
	if err != nil {
		panic(err)
	}
	fmt.Println("due:", r.Due)
	fmt.Println(r.Explanation)
	// Output:
	// due: 2021-05-14
	// Hạn “trong thời hạn 15 ngày làm việc kể từ ngày 20/4/2021”. Thời hạn tính từ ngày ghi trong văn bản 20/4/2021; ngày này không tính, thời hạn bắt đầu từ ngày 21/4/2021. 15 ngày làm việc: ngày làm việc thứ 15 sau ngày 20/4/2021 là thứ Sáu 14/5/2021; không tính các ngày nghỉ hằng tuần và các ngày nghỉ: thứ Tư 21/4/2021 (Giỗ Tổ Hùng Vương (10/3 âm lịch)), thứ Sáu 30/4/2021 (Ngày Chiến thắng (30/4)), thứ Bảy 1/5/2021 (Ngày Quốc tế Lao động (1/5)), thứ Hai 3/5/2021 (Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)). Hạn cuối: 24 giờ thứ Sáu 14/5/2021.
}

// A period from the receipt of the document needs the day of receipt.
func ExampleExpr_Resolve_event() {
	e := deadline.MustParse("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này")
	_, err := e.Resolve(nil, deadline.Context{Date: date.New(2021, 4, 20)})
	fmt.Println(err)
	r, _ := e.Resolve(nil, deadline.Context{Date: date.New(2021, 4, 20), Event: date.New(2021, 4, 23)})
	fmt.Println(r.Due)
	// Output:
	// deadline: unresolved: needs event date: kể từ ngày nhận được văn bản này: "trong thời hạn 5 ngày làm việc kể từ ngày nhận được văn bản này"
	// 2021-05-04
}

func ExampleParse() {
	for _, s := range []string{
		"truoc ngay 20/11/2021",
		"chậm nhất là ngày 25 tháng 3 năm 2026",
		"Trong thời hạn 15 ngày làm việc, kể từ ngày nhận được văn bản",
		"hằng tháng, trước ngày 20",
		"trước 16 giờ ngày làm việc tiếp theo",
		"ngày 20/4/2021",
	} {
		e, err := deadline.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s\n", e.Kind, e)
	}
	// Output:
	// fixed-day: trước ngày 20/11/2021
	// fixed-day: chậm nhất ngày 25/3/2026
	// after-event: trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản
	// recurring: trước ngày 20 hằng tháng
	// after-event: trước 16 giờ ngày làm việc tiếp theo
	// deadline: not a deadline in "ngày 20/4/2021" at offset 0
}

func ExampleExtract() {
	text := "Ủy ban nhân dân tỉnh yêu cầu các sở báo cáo kết quả (qua Sở Nội vụ) trước ngày 20/11/2021 " +
		"để tổng hợp; báo cáo định kỳ hằng tháng, chậm nhất vào ngày 25."
	for _, m := range deadline.Extract(text) {
		fmt.Printf("[%d:%d] %q → %s\n", m.Start, m.End, text[m.Start:m.End], m.Expr.Kind)
	}
	// Output:
	// [92:117] "trước ngày 20/11/2021" → fixed-day
	// [148:203] "định kỳ hằng tháng, chậm nhất vào ngày 25" → recurring
}

// Nghị định 09/2019/NĐ-CP Điều 13 khoản 1 leaves the frequency to the
// report regime; resolve it per report period.
func ExampleExpr_ResolvePeriod() {
	e := deadline.MustParse("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo")
	march, _ := e.ResolvePeriod(nil, deadline.Context{}, date.New(2026, 3, 1), date.New(2026, 3, 31))
	q4, _ := e.ResolvePeriod(nil, deadline.Context{}, date.New(2026, 10, 1), date.New(2026, 12, 31))
	fmt.Println(march.Due, q4.Due)
	// Output:
	// 2026-03-25 2026-12-25
}

// "hằng tháng, trước ngày 20" in 2026: February's 19th and 20th are Tết
// (Thông báo 9441/TB-BNV ngày 16/10/2025); 19/4 is a Sunday.
func ExampleExpr_Occurrences() {
	e := deadline.MustParse("hằng tháng, trước ngày 20")
	for o, err := range e.Occurrences(nil, deadline.Context{}, date.New(2026, 1, 1), date.New(2026, 4, 30)) {
		if err != nil {
			panic(err)
		}
		fmt.Println(o.Start.Format("01/2006"), "due", o.Due, o.Moved)
	}
	// Output:
	// 01/2026 due 2026-01-19 false
	// 02/2026 due 2026-02-23 true
	// 03/2026 due 2026-03-19 false
	// 04/2026 due 2026-04-20 true
}
