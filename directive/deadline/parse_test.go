package deadline

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/vanban-go/vanban/calendar"
)

func fixed(b Bound, y, m, d int) Expr {
	return Expr{Kind: FixedDay, Bound: b, Day: Day{Year: y, Month: m, Day: d}}
}

func span(b Bound, u SpanUnit, n, y int) Expr {
	return Expr{Kind: WithinSpan, Bound: b, Span: Span{Unit: u, N: n, Year: y}}
}

func after(n int, u calendar.Unit, ev Event) Expr {
	return Expr{Kind: AfterEvent, Bound: By, Period: calendar.Period{N: n, Unit: u}, Event: ev}
}

func every(b Bound, r Recurrence) Expr {
	return Expr{Kind: Recurring, Bound: b, Every: r}
}

func at(e Expr, h, m int) Expr {
	e.At = Clock(h*60 + m)
	return e
}

func withBound(e Expr, b Bound) Expr {
	e.Bound = b
	return e
}

var (
	receipt = func(s string) Event { return Event{Kind: EventReceipt, Text: s} }
	issued  = func(s string) Event { return Event{Kind: EventIssued, Text: s} }
	other   = func(s string) Event { return Event{Kind: EventOther, Text: s} }
	onDay   = func(y, m, d int) Event { return Event{Kind: EventDate, Day: Day{Year: y, Month: m, Day: d}} }
)

// parseTests are the phrase forms of issue 7. Each row cites where the form
// comes from: the seed (Công văn 491/UBND-KGVX), the patterns counted in
// reporting.md §3.2, or the text that uses it.
var parseTests = []struct {
	in   string
	want Expr
	cite string
}{
	// Days.
	{"trước ngày 20/11/2021", fixed(Before, 2021, 11, 20), "Công văn 491/UBND-KGVX (seed); reporting.md §3.1"},
	{"Trước ngày 20/11/2021", fixed(Before, 2021, 11, 20), "seed, sentence case"},
	{"TRƯỚC NGÀY 20/11/2021.", fixed(Before, 2021, 11, 20), "seed, upper case and full stop"},
	{"truoc ngay 20/11/2021", fixed(Before, 2021, 11, 20), "seed without diacritics (DESIGN.md: messy text)"},
	{norm.NFD.String("trước ngày 20/11/2021"), fixed(Before, 2021, 11, 20), "seed in NFD"},
	{"trước ngày 20-11-2021", fixed(Before, 2021, 11, 20), "dash dates as in the seed's \"ngày 22-3-2021\""},
	{"trước ngày 20.11.2021", fixed(Before, 2021, 11, 20), "dotted dates"},
	{"trước ngày 20/11/21", fixed(Before, 2021, 11, 20), "two-digit year"},
	{"trước ngày 05/01/2022", fixed(Before, 2022, 1, 5), "zero-padded day and month (Nghị định 30/2020 Phụ lục I)"},
	{"trước ngày 20 tháng 11 năm 2021", fixed(Before, 2021, 11, 20), "spelled-out date, as in the seed's date line"},
	{"trước ngày 20/11", fixed(Before, 0, 11, 20), "reporting.md §3.2 \"trước ngày dd/mm(/yyyy)\""},
	{"trước ngày 20", fixed(Before, 0, 0, 20), "day only: month and year from the document"},
	{"chậm nhất ngày 25/3/2026", fixed(By, 2026, 3, 25), "reporting.md §3.2 \"chậm nhất ngày N\""},
	{"chậm nhất là ngày 16 tháng 6", fixed(By, 0, 6, 16), "maritime regime, reporting.md §1.5"},
	{"chậm nhất vào ngày 25/3/2026", fixed(By, 2026, 3, 25), "Nghị định 09/2019/NĐ-CP Điều 13 khoản 1"},
	{"muộn nhất trong ngày 17/3/2026", fixed(By, 2026, 3, 17), "Thông tư 55/2020/TT-BCT Điều 9 khoản 1"},
	{"đến hết ngày 31/12/2021", fixed(By, 2021, 12, 31), "reporting.md §3.2 \"đến hết ngày X\""},
	{"trước hoặc vào ngày 20/11/2021", fixed(By, 2021, 11, 20), "reporting.md §3.1 (tax and foreign-loan texts)"},
	{"trước hoặc trong ngày 20/11/2021", fixed(By, 2021, 11, 20), "reporting.md §3.2 \"trước hoặc trong/vào ngày X\""},
	{"trong ngày 20/11/2021", fixed(By, 2021, 11, 20), "reporting.md §3.1 \"trong ngày X\""},
	{"trước 16 giờ ngày 20/11/2021", at(fixed(Before, 2021, 11, 20), 16, 0), "time of day, reporting.md §2.3"},
	{"chậm nhất 16h30 ngày 20/11/2021", at(fixed(By, 2021, 11, 20), 16, 30), "time of day written 16h30"},
	// A full date without "ngày" (review of issue 7.4: "trước 20/11/2021 …
	// common in real text"; e.g. "báo cáo trước 30/8/2026", "chậm nhất
	// 15/11/2026" in offices' notes of công văn).
	{"trước 20/11/2021", fixed(Before, 2021, 11, 20), "the seed's phrase without \"ngày\" (review of issue 7.4)"},
	{"Truoc 20-11-2021", fixed(Before, 2021, 11, 20), "the same, without diacritics, dash date"},
	{"chậm nhất 15/8/2023", fixed(By, 2023, 8, 15), "\"chậm nhất ngày N\" (reporting.md §3.2) without \"ngày\""},
	{"chậm nhất là 30 tháng 6 năm 2022", fixed(By, 2022, 6, 30), "spelled-out date without \"ngày\""},
	{"đến hết 31.12.2021", fixed(By, 2021, 12, 31), "\"đến hết ngày X\" (reporting.md §3.2) without \"ngày\""},
	{"trước hoặc vào 20/11/21", fixed(By, 2021, 11, 20), "\"trước hoặc vào ngày X\" without \"ngày\", two-digit year"},
	{"trước 16 giờ 20/11/2021", at(fixed(Before, 2021, 11, 20), 16, 0), "time of day and a date without \"ngày\""},

	// Spans.
	{"trong tháng 5/2021", span(By, SpanMonth, 5, 2021), "reporting.md §3.2 (other forms)"},
	{"trong tháng 5 năm 2021", span(By, SpanMonth, 5, 2021), "spelled-out month"},
	{"trong tháng 5", span(By, SpanMonth, 5, 0), "month without a year"},
	{"quý I/2022", span(By, SpanQuarter, 1, 2022), "reporting.md §3.2 (other forms)"},
	{"trong quý IV năm 2021", span(By, SpanQuarter, 4, 2021), "Roman quarter, spelled-out year"},
	{"trong quý 2/2022", span(By, SpanQuarter, 2, 2022), "Arabic quarter"},
	{"6 tháng đầu năm 2022", span(By, SpanFirstHalf, 0, 2022), "Thông tư 55/2020/TT-BCT (6 tháng đầu năm)"},
	{"trong 6 tháng cuối năm 2022", span(By, SpanSecondHalf, 0, 2022), "reporting.md §3.2 (6 tháng cuối năm)"},
	{"9 tháng đầu năm 2026", span(By, SpanNineMonths, 0, 2026), "reporting.md §1.4 (9-month report)"},
	{"đến hết năm 2022", span(By, SpanYear, 0, 2022), "reporting.md §3.2 \"đến hết\""},
	{"trước tháng 6/2022", span(Before, SpanMonth, 6, 2022), "before a span: before its first day"},

	// Periods from an event.
	{"trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản", after(15, calendar.WorkingDays, receipt("nhận được văn bản")), "reporting.md §3.2 (3 784 occurrences)"},
	{"Trong thời hạn 15 ngày, kể từ ngày nhận được văn bản này", after(15, calendar.Days, receipt("nhận được văn bản này")), "reporting.md §3.2 (2 758 occurrences)"},
	{"05 ngày kể từ ngày ký", after(5, calendar.Days, issued("ký")), "reporting.md §3.2 \"kể từ ngày ký / ban hành\""},
	{"trong thời hạn 15 (mười lăm) ngày kể từ ngày ban hành", after(15, calendar.Days, issued("ban hành")), "number spelled out in parentheses"},
	{"trong thời hạn 30 ngày kể từ ngày ký văn bản này", after(30, calendar.Days, issued("ký văn bản này")), "reporting.md §3.2"},
	{"trong vòng 30 ngày", after(30, calendar.Days, Event{}), "reporting.md §3.2 \"trong vòng N ngày\""},
	{"không quá 10 ngày làm việc", after(10, calendar.WorkingDays, Event{}), "reporting.md §3.2 \"không quá N ngày làm việc\""},
	{"trong 10 ngày làm việc", after(10, calendar.WorkingDays, Event{}), "reporting.md §6 #23"},
	{"trong 30 ngày kể từ ngày ký", after(30, calendar.Days, issued("ký")), "reporting.md §6 #23"},
	{"trong thời hạn 15 ngày làm việc kể từ ngày 20/4/2021", after(15, calendar.WorkingDays, onDay(2021, 4, 20)), "reporting.md §6 #2"},
	{"02 ngày làm việc kể từ ngày chốt số liệu", after(2, calendar.WorkingDays, other("chốt số liệu")), "QĐ 01/2023/QĐ-UBND Khánh Hòa, reporting.md §1.5, §6 #12"},
	{"trong thời hạn 10 ngày kể từ ngày nhận được đơn khiếu nại", after(10, calendar.Days, receipt("nhận được đơn khiếu nại")), "Luật Khiếu nại Điều 27, reporting.md §2.4"},
	{"chậm nhất là ngày thứ 90 kể từ ngày kết thúc năm tài chính", after(90, calendar.Days, other("kết thúc năm tài chính")), "reporting.md §3.2 (tax style)"},
	{"trong thời hạn 3 tháng kể từ ngày ký", after(3, calendar.Months, issued("ký")), "Bộ luật Dân sự 2015 Điều 148 khoản 3 (months)"},
	{"trong thời hạn 2 tuần", after(2, calendar.Weeks, Event{}), "Bộ luật Dân sự 2015 Điều 148 khoản 2 (weeks)"},
	{"trong ngày làm việc tiếp theo", after(1, calendar.WorkingDays, Event{}), "reporting.md §3.2 \"trong ngày làm việc tiếp theo\""},
	{"chậm nhất là trong ngày làm việc tiếp theo", after(1, calendar.WorkingDays, Event{}), "Nghị định 30/2020/NĐ-CP Điều 23 khoản 1"},
	{"ngay trong ngày", after(0, calendar.Days, Event{}), "reporting.md §3.2 \"ngay trong ngày\""},
	{"trước 16 giờ ngày làm việc tiếp theo", at(withBound(after(1, calendar.WorkingDays, Event{}), Before), 16, 0), "Thông tư 27/2025/TT-NHNN Điều 10 khoản 2"},
	{"trước 09 giờ 00 phút của ngày làm việc kế tiếp", at(withBound(after(1, calendar.WorkingDays, Event{}), Before), 9, 0), "reporting.md §3.2 (other forms)"},

	// Recurring.
	{"hằng tháng, trước ngày 20", every(Before, Recurrence{Freq: Monthly, Day: 20}), "reporting.md §3.2 (other forms), §6 #13"},
	{"trước ngày 20 hằng tháng", every(Before, Recurrence{Freq: Monthly, Day: 20}), "reporting.md §3.2 \"trước ngày N hằng/hàng tháng\""},
	{"trước ngày 20 hàng tháng", every(Before, Recurrence{Freq: Monthly, Day: 20}), "hàng for hằng, reporting.md §3.2"},
	{"định kỳ hằng tháng (trước ngày 20)", every(Before, Recurrence{Freq: Monthly, Day: 20}), "frequency with the day in parentheses"},
	{"vào ngày 20 hằng tháng", every(By, Recurrence{Freq: Monthly, Day: 20}), "inclusive monthly day"},
	{"muộn nhất trong ngày 17 hằng tháng", every(By, Recurrence{Freq: Monthly, Day: 17}), "Thông tư 55/2020/TT-BCT Điều 9 khoản 1"},
	{"trước ngày 20 của tháng báo cáo", every(Before, Recurrence{Freq: Monthly, Day: 20, Anchor: AnchorLast}), "Thông tư 06/2022/TT-UBDT (monthly)"},
	{"trước ngày 10 của tháng sau", every(Before, Recurrence{Freq: Monthly, Day: 10, Anchor: AnchorNext}), "reporting.md §3.2 \"trước ngày 20 tháng M+1\""},
	{"trước ngày 20 của tháng cuối quý", every(Before, Recurrence{Freq: Quarterly, Day: 20, Anchor: AnchorLast}), "Thông tư 06/2022/TT-UBDT (quarterly)"},
	{"trước ngày 20 tháng cuối quý", every(Before, Recurrence{Freq: Quarterly, Day: 20, Anchor: AnchorLast}), "reporting.md §3.2 \"trước ngày N (của) tháng cuối quý\""},
	{"trước ngày 20 của tháng đầu quý sau", every(Before, Recurrence{Freq: Quarterly, Day: 20, Anchor: AnchorNext}), "the month after the quarter"},
	{"hằng quý, trước ngày 20", every(Before, Recurrence{Freq: Quarterly, Day: 20}), "quarterly without a month"},
	{"chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", every(By, Recurrence{Freq: ReportPeriod, Day: 25, Anchor: AnchorLast}), "Nghị định 09/2019/NĐ-CP Điều 13 khoản 1"},
	{"định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ", every(Before, Recurrence{Freq: HalfYearly, Day: 15, Anchor: AnchorLast}), "six-monthly with its day"},
	{"trước ngày 15 tháng 12 hằng năm", every(Before, Recurrence{Freq: Yearly, Day: 15, Month: 12}), "reporting.md §3.2 \"trước ngày D tháng M hằng/hàng năm\""},
	{"trước ngày 15/12 hàng năm", every(Before, Recurrence{Freq: Yearly, Day: 15, Month: 12}), "reporting.md §3.2"},
	{"định kỳ 6 tháng", every(By, Recurrence{Freq: HalfYearly}), "reporting.md §3.2 (other forms)"},
	{"định kỳ hằng quý", every(By, Recurrence{Freq: Quarterly}), "frequency without a day"},
	{"thứ Tư hằng tuần", every(By, Recurrence{Freq: Weekly, Weekday: time.Wednesday}), "issue 7"},
	{"trong ngày thứ Tư hằng tuần", every(By, Recurrence{Freq: Weekly, Weekday: time.Wednesday}), "Thông tư 55/2020/TT-BCT Điều 9 khoản 1 (weekly)"},
	{"thứ 4 hàng tuần", every(By, Recurrence{Freq: Weekly, Weekday: time.Wednesday}), "weekday as a number"},
	{"hằng tuần, trước thứ Năm", every(Before, Recurrence{Freq: Weekly, Weekday: time.Thursday}), "weekly prefix"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q) (%s): %v", tt.in, tt.cite, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Parse(%q) (%s)\n got %+v\nwant %+v", tt.in, tt.cite, got, tt.want)
		}
		// The canonical form reads back to the same expression.
		if back, err := Parse(got.String()); err != nil || back != got {
			t.Errorf("Parse(%q.String() = %q) = %+v, %v", tt.in, got.String(), back, err)
		}
	}
}

func TestParseCanonical(t *testing.T) {
	// Phrases with one meaning print one way.
	for in, want := range map[string]string{
		"trước hoặc vào ngày 20/11/2021":                   "chậm nhất ngày 20/11/2021",
		"đến hết ngày 31/12/2021":                          "chậm nhất ngày 31/12/2021",
		"05 ngày kể từ ngày ký":                            "trong thời hạn 5 ngày kể từ ngày ký",
		"hằng tháng, trước ngày 20":                        "trước ngày 20 hằng tháng",
		"trước 09 giờ 00 phút của ngày làm việc kế tiếp":   "trước 9 giờ ngày làm việc tiếp theo",
		"chậm nhất 16h30 ngày 20/11/2021":                  "chậm nhất 16 giờ 30 phút ngày 20/11/2021",
		"quý I/2022":                                       "trong quý I/2022",
		"trước ngày 15 tháng 12 hằng năm":                  "trước ngày 15/12 hằng năm",
		"chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo":  "chậm nhất ngày 25 của tháng cuối kỳ báo cáo",
		"trong ngày thứ Tư hằng tuần":                      "thứ Tư hằng tuần",
		"định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ": "định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ",
	} {
		if got := MustParse(in).String(); got != want {
			t.Errorf("MustParse(%q).String() = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	nfd := norm.NFD.String("trước ngày 31/4/2021")
	tests := []struct {
		in     string
		err    error
		offset int
		why    string
	}{
		{"", ErrNotDeadline, 0, "empty"},
		{"  ;  ", ErrNotDeadline, 0, "punctuation only"},
		{"ngày 20/4/2021", ErrNotDeadline, 0, "a date alone is not a deadline"},
		{"Kiên Giang, ngày 20 tháng 4 năm 2021", ErrNotDeadline, 0, "the seed's date line"},
		{"báo cáo hằng tháng", ErrNotDeadline, 0, "a frequency without a day"},
		{"trước ngày 31/4/2021", ErrDate, len("trước ngày "), "April has 30 days"},
		{nfd, ErrDate, strings.Index(nfd, "31"), "offsets are into the NFD input"},
		{"trước ngày 29/2/2021", ErrDate, len("trước ngày "), "2021 is not a leap year"},
		{"trước ngày 20/13/2021", ErrDate, len("trước ngày 20/"), "no month 13"},
		{"trước ngày 32/1", ErrDate, len("trước ngày "), "no day 32"},
		{"trước ngày 20/11/2021 để tổng hợp", ErrSyntax, len("trước ngày 20/11/2021 "), "text after the phrase"},
		{"trước 25 giờ ngày 20/11/2021", ErrSyntax, len("trước "), "no hour 25"},
		{"trước 16 giờ", ErrSyntax, len("trước 16 giờ"), "an hour without a day"},
		// Without "ngày", only a full date is a day (review of issue 7.4).
		{"trước 31/4/2021", ErrDate, len("trước "), "April has 30 days, without \"ngày\""},
		{"trước 20/11", ErrNotDeadline, 0, "a date without \"ngày\" needs its year"},
		{"trước 05 ngày", ErrNotDeadline, 0, "lead time before an event, reporting.md §3.2 \"trước N ngày\""},
		{"trước 3-5 ngày", ErrNotDeadline, 0, "a range of days, not 3 May"},
		{"trước 2/3 số thành viên", ErrNotDeadline, 0, "a fraction, not 2 March"},
		{"trước 10/2021", ErrNotDeadline, 0, "a month written without \"tháng\""},
		{"trước 1.500 hộ", ErrNotDeadline, 0, "a number with a thousands dot"},
		{"trong 20/11/2021", ErrNotDeadline, 0, "after \"trong\" a number starts a period"},
		{"hằng tháng, trước ngày 20 của tháng cuối quý", ErrSyntax, len("hằng tháng, trước ngày 20 "), "monthly and quarterly at once"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.err) || !errors.As(err, &pe) {
			t.Errorf("Parse(%q) (%s): error %v, want %v", tt.in, tt.why, err, tt.err)
			continue
		}
		if pe.Offset != tt.offset || pe.Input != tt.in {
			t.Errorf("Parse(%q) (%s): offset %d, input %q; want %d", tt.in, tt.why, pe.Offset, pe.Input, tt.offset)
		}
		if !strings.HasPrefix(err.Error(), "deadline: ") {
			t.Errorf("Parse(%q): error %q lacks the package prefix", tt.in, err)
		}
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse of a date alone did not panic")
		}
	}()
	MustParse("ngày 20/4/2021")
}
