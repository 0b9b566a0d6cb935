package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// The default calendar is built once and shared; it is safe for concurrent
// use.
func ExampleDefault() {
	cal := calendar.Default()
	d := date.New(2026, time.September, 1)
	info := cal.Day(d)
	fmt.Println(d, cal.IsWorkday(d), info.Kind, info.Name)
	fmt.Println(info.Basis)
	fmt.Println(calendar.MinDate, "to", calendar.MaxDate)
	// Output:
	// 2026-09-01 false holiday Quốc khánh (ngày liền kề)
	// BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1; Điều 111 khoản 3; Thông báo 9441/TB-BNV 16/10/2025
	// 2000-01-01 to 2199-12-31
}

// Is 30 April a working day? Not on Thursday 30/4/2026; and Saturday
// 26/4/2025 was, by a swap (Công văn 8726/VPCP-KGVX).
func ExampleCalendar_IsWorkday() {
	cal := calendar.Default()
	for _, d := range []date.Date{
		date.New(2026, time.April, 29),
		date.New(2026, time.April, 30),
		date.New(2025, time.April, 26),
		date.New(1999, time.December, 31), // out of range
	} {
		fmt.Println(d, d.Weekday(), cal.IsWorkday(d))
	}
	// Output:
	// 2026-04-29 Wednesday true
	// 2026-04-30 Thursday false
	// 2025-04-26 Saturday true
	// 1999-12-31 Friday false
}

// The seed's deadline: a directive of Tuesday 20/4/2021 asks for a report
// "trước ngày 20/11/2021", read strictly as Friday 19/11/2021.
func ExampleCalendar_WorkdaysBetween() {
	cal := calendar.Default()
	issued := date.New(2021, time.April, 20)
	due := date.New(2021, time.November, 19)
	n, err := cal.WorkdaysBetween(issued, due)
	if err != nil {
		panic(err)
	}
	fmt.Println(n, "working days")
	late, _ := cal.WorkdaysBetween(due, date.New(2021, time.November, 24))
	fmt.Println("submitted on 24/11/2021:", late, "working days late")
	// Output:
	// 148 working days
	// submitted on 24/11/2021: 3 working days late
}

// Tết Bính Ngọ 2026: five holidays, Monday 16 to Friday 20 February
// (Thông báo 9441/TB-BNV).
func ExampleCalendar_Day() {
	cal := calendar.Default()
	for d := date.New(2026, time.February, 13); d <= date.New(2026, time.February, 23); d++ {
		info := cal.Day(d)
		fmt.Println(strings.TrimSpace(fmt.Sprintln(d, info.Kind, info.Name)))
	}
	fmt.Println(cal.Day(date.New(2026, time.February, 17)).Basis)
	// Output:
	// 2026-02-13 workday
	// 2026-02-14 weekly-rest Nghỉ hằng tuần
	// 2026-02-15 weekly-rest Nghỉ hằng tuần
	// 2026-02-16 holiday Tết Âm lịch (29 tháng Chạp, ngày cuối năm)
	// 2026-02-17 holiday Tết Âm lịch (mùng 1)
	// 2026-02-18 holiday Tết Âm lịch (mùng 2)
	// 2026-02-19 holiday Tết Âm lịch (mùng 3)
	// 2026-02-20 holiday Tết Âm lịch (mùng 4)
	// 2026-02-21 weekly-rest Nghỉ hằng tuần
	// 2026-02-22 weekly-rest Nghỉ hằng tuần
	// 2026-02-23 workday
	// BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1; Điều 111 khoản 3; Thông báo 9441/TB-BNV 16/10/2025
}

// A swap: Friday 2/1/2026 off, Saturday 10/1/2026 worked (Công văn
// 12729/VPCP-KGVX); enterprises need not follow it.
func ExampleCalendar_Day_swap() {
	cal := calendar.Default()
	for _, d := range []date.Date{date.New(2026, time.January, 2), date.New(2026, time.January, 10)} {
		info := cal.Day(d)
		fmt.Printf("%s %s %s: %s (%s)\n", d, d.Weekday(), info.Kind, info.Name, info.Basis)
	}
	firm, _ := calendar.New(calendar.WithoutSwaps())
	fmt.Println("enterprise:", firm.Day(date.New(2026, time.January, 2)).Kind, firm.Day(date.New(2026, time.January, 10)).Kind)
	// Output:
	// 2026-01-02 Friday swap-off: Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026) (Công văn 12729/VPCP-KGVX 25/12/2025)
	// 2026-01-10 Saturday swap-workday: Làm bù (hoán đổi cho thứ Sáu 02/01/2026) (Công văn 12729/VPCP-KGVX 25/12/2025)
	// enterprise: workday weekly-rest
}

// A year without an announcement follows the law with default choices, and
// says so.
func ExampleCalendar_Day_provisional() {
	cal := calendar.Default()
	info := cal.Day(date.New(2028, time.January, 24))
	fmt.Println(info.Kind, info.Name, info.Provisional, info.Confidence)
	fmt.Println(info.Basis)
	// Output:
	// holiday Tết Âm lịch (28 tháng Chạp) true derived
	// BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1 — dự kiến: chưa có thông báo, ngày chọn theo quy tắc mặc định
}

// "Trong thời hạn 15 ngày làm việc kể từ ngày 20/4/2021": the day of the
// event is not counted (Bộ luật Dân sự 2015 Điều 147 khoản 2), and Giỗ Tổ
// 21/4, 30/4, 1/5 and its make-up day 3/5 are skipped.
func ExampleCalendar_AddWorkdays() {
	cal := calendar.Default()
	due, err := cal.AddWorkdays(date.New(2021, time.April, 20), 15)
	if err != nil {
		panic(err)
	}
	fmt.Println(due, due.Weekday())
	// Output: 2021-05-14 Friday
}

// A period whose last day is Saturday 30/4/2022 ends on the next working
// day (Bộ luật Dân sự 2015 Điều 148 khoản 5): not Monday 2 or Tuesday 3
// May, the make-up days for 30/4 and 1/5 (BLLĐ 2019 Điều 111 khoản 3),
// but Wednesday 4 May.
func ExampleCalendar_WorkdayOnOrAfter() {
	cal := calendar.Default()
	d, err := cal.WorkdayOnOrAfter(date.New(2022, time.April, 30))
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Weekday())
	same, _ := cal.WorkdayOnOrAfter(date.New(2022, time.April, 29))
	fmt.Println(same, same.Weekday())
	// Output:
	// 2022-05-04 Wednesday
	// 2022-04-29 Friday
}

// The office reading of "trước ngày 3/5/2022" moved back to a working day:
// the last working day before the holidays, Friday 29/4/2022.
func ExampleCalendar_WorkdayOnOrBefore() {
	d, err := calendar.Default().WorkdayOnOrBefore(date.New(2022, time.May, 2))
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Weekday())
	// Output: 2022-04-29 Friday
}

// "Trong thời hạn 10 ngày kể từ ngày 20/4/2021": the tenth day is the
// holiday 30/4, so the period ends on the next working day (Bộ luật Dân sự
// 2015 Điều 148 khoản 5).
func ExampleCalendar_Deadline() {
	cal := calendar.Default()
	dl, err := cal.Deadline(date.New(2021, time.April, 20), calendar.Period{N: 10, Unit: calendar.Days})
	if err != nil {
		panic(err)
	}
	fmt.Println("last day:", dl.Last, dl.LastDay.Name)
	fmt.Println("due:", dl.Due, dl.Due.Weekday(), "moved:", dl.Moved)
	// Output:
	// last day: 2021-04-30 Ngày Chiến thắng (30/4)
	// due: 2021-05-04 Tuesday moved: true
}

// A province's own calendar: its anniversary off every year.
func ExampleNew() {
	cal, err := calendar.New(
		calendar.WithAnnualDayOff(time.October, 10, "Ngày Giải phóng Thủ đô", "Quyết định của UBND thành phố (ví dụ)"),
	)
	if err != nil {
		panic(err)
	}
	d := date.New(2029, time.October, 10)
	fmt.Println(cal.IsWorkday(d), calendar.Default().IsWorkday(d), cal.Day(d).Name)
	// Output: false true Ngày Giải phóng Thủ đô
}

// Next year's announcement, published after the release, added at run
// time: Tết Mậu Thân 2028 from Tuesday 25 to Saturday 29 January (one day
// before mùng 1, where the default rule puts two) and a swap. The rest of
// the year follows the law; the make-up day of Saturday 29/1 follows from
// it. The announcement does not state the Quốc khánh days, so the adjacent
// day the default rule chose, 1/9, stays provisional. (The announcement is
// made up for the example.)
func ExampleWithAnnouncement() {
	const published = `date	kind	name	source
2028-01-25	holiday	Tết Âm lịch (29 tháng Chạp)	Thông báo …/TB-BNV
2028-01-26	holiday	Tết Âm lịch (mùng 1)	Thông báo …/TB-BNV
2028-01-27	holiday	Tết Âm lịch (mùng 2)	Thông báo …/TB-BNV
2028-01-28	holiday	Tết Âm lịch (mùng 3)	Thông báo …/TB-BNV
2028-01-29	holiday	Tết Âm lịch (mùng 4)	Thông báo …/TB-BNV
2028-02-01	swap-off	Nghỉ hoán đổi (làm bù thứ Bảy 12/02/2028)	Thông báo …/TB-BNV
2028-02-12	swap-workday	Làm bù (hoán đổi cho thứ Ba 01/02/2028)	Thông báo …/TB-BNV
`
	announced, err := calendar.ParseSchedule([]byte(published))
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(calendar.WithAnnouncement(announced...))
	if err != nil {
		panic(err)
	}
	for _, d := range []date.Date{
		date.New(2028, time.January, 24), // a Tết day of the default rule
		date.New(2028, time.January, 29),
		date.New(2028, time.January, 31), // made up by the law
		date.New(2028, time.February, 1),
		date.New(2028, time.February, 12),
		date.New(2028, time.May, 1),       // fixed by the law
		date.New(2028, time.September, 1), // not announced yet
	} {
		info := cal.Day(d)
		fmt.Println(d, info.Kind, info.Name, info.Provisional)
	}
	// Output:
	// 2028-01-24 workday  false
	// 2028-01-29 holiday Tết Âm lịch (mùng 4) false
	// 2028-01-31 compensatory Nghỉ bù Tết Âm lịch (mùng 4 rơi vào thứ Bảy) false
	// 2028-02-01 swap-off Nghỉ hoán đổi (làm bù thứ Bảy 12/02/2028) false
	// 2028-02-12 swap-workday Làm bù (hoán đổi cho thứ Ba 01/02/2028) false
	// 2028-05-01 holiday Ngày Quốc tế Lao động (1/5) false
	// 2028-09-01 holiday Quốc khánh (ngày liền kề) true
}

// A whole year as data: a schedule kept as JSON (here the 2027 of
// Calendar.JSON), given to WithSchedule, which replaces the year with
// exactly what it lists. Decoding checks every date: a day that does not
// exist is an error, not a day of the next month. To add an announcement
// that states only some occasions, use WithAnnouncement instead.
func ExampleWithSchedule() {
	b, err := calendar.Default().JSON(2027)
	if err != nil {
		panic(err)
	}
	var year struct {
		Days []calendar.DayInfo `json:"days"`
	}
	if err := json.Unmarshal(b, &year); err != nil {
		panic(err)
	}
	cal, err := calendar.New(calendar.WithSchedule(year.Days...))
	if err != nil {
		panic(err)
	}
	d := date.New(2027, time.February, 8)
	fmt.Println(d, cal.Day(d).Kind, cal.Day(d).Name)

	var bad []calendar.DayInfo
	err = json.Unmarshal([]byte(`[{"date":"2028-02-31","kind":"holiday","name":"Tết Âm lịch"}]`), &bad)
	fmt.Println(err)
	// Output:
	// 2027-02-08 holiday Tết Âm lịch (mùng 3)
	// calendar: DayInfo.UnmarshalJSON "2028-02-31": offset 8: field "date": no day 31 in February 2028: syntax error
}

// An announcement passed alone would make the year's other statutory days
// off working days: New refuses it and lists what the year lacks (here
// 2028, whose 1/1 falls on a Saturday and 30/4 on a Sunday).
func ExampleMissingDaysOffError() {
	const published = `date	kind	name	source
2028-01-24	holiday	Tết Âm lịch (28 tháng Chạp)	Thông báo …/TB-BNV
2028-01-25	holiday	Tết Âm lịch (29 tháng Chạp)	Thông báo …/TB-BNV
2028-01-26	holiday	Tết Âm lịch (mùng 1)	Thông báo …/TB-BNV
2028-01-27	holiday	Tết Âm lịch (mùng 2)	Thông báo …/TB-BNV
2028-01-28	holiday	Tết Âm lịch (mùng 3)	Thông báo …/TB-BNV
`
	announced, err := calendar.ParseSchedule([]byte(published))
	if err != nil {
		panic(err)
	}
	_, err = calendar.New(calendar.WithSchedule(announced...))
	var missing *calendar.MissingDaysOffError
	if errors.As(err, &missing) {
		fmt.Println(missing.Year, errors.Is(err, calendar.ErrInvalid))
		for _, d := range missing.Missing {
			fmt.Println(d.Date, d.Kind, d.Name)
		}
	}
	// Output:
	// 2028 true
	// 2028-01-01 holiday Tết Dương lịch
	// 2028-01-03 compensatory Nghỉ bù Tết Dương lịch (rơi vào thứ Bảy)
	// 2028-04-04 holiday Giỗ Tổ Hùng Vương (10/3 âm lịch)
	// 2028-04-30 holiday Ngày Chiến thắng (30/4)
	// 2028-05-01 holiday Ngày Quốc tế Lao động (1/5)
	// 2028-05-02 compensatory Nghỉ bù Ngày Chiến thắng (30/4 rơi vào Chủ nhật)
	// 2028-09-01 holiday Quốc khánh (ngày liền kề)
	// 2028-09-02 holiday Quốc khánh (2/9)
	// 2028-09-04 compensatory Nghỉ bù Quốc khánh (2/9 rơi vào thứ Bảy)
	// 2028-11-24 holiday Ngày Văn hóa Việt Nam (24/11)
}

func ExampleCalendar_Schedule() {
	days, err := calendar.Default().Schedule(2025)
	if err != nil {
		panic(err)
	}
	for _, d := range days {
		fmt.Println(d.Date, d.Kind, d.Name)
	}
	// Output:
	// 2025-01-01 holiday Tết Dương lịch
	// 2025-01-27 holiday Tết Âm lịch (28 tháng Chạp)
	// 2025-01-28 holiday Tết Âm lịch (29 tháng Chạp, ngày cuối năm)
	// 2025-01-29 holiday Tết Âm lịch (mùng 1)
	// 2025-01-30 holiday Tết Âm lịch (mùng 2)
	// 2025-01-31 holiday Tết Âm lịch (mùng 3)
	// 2025-04-07 holiday Giỗ Tổ Hùng Vương (10/3 âm lịch)
	// 2025-04-26 swap-workday Làm bù (hoán đổi cho thứ Sáu 02/05/2025)
	// 2025-04-30 holiday Ngày Chiến thắng (30/4)
	// 2025-05-01 holiday Ngày Quốc tế Lao động (1/5)
	// 2025-05-02 swap-off Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)
	// 2025-09-01 holiday Quốc khánh (ngày liền kề)
	// 2025-09-02 holiday Quốc khánh (2/9)
}

func ExampleCalendar_ICalendar() {
	ics, err := calendar.Default().ICalendar(2027)
	if err != nil {
		panic(err)
	}
	lines := strings.Split(string(ics), "\r\n")
	for _, l := range lines[6:15] {
		fmt.Println(l)
	}
	// Output:
	// BEGIN:VEVENT
	// UID:20270101-holiday@vanban-go.calendar
	// DTSTAMP:20261127T000000Z
	// DTSTART;VALUE=DATE:20270101
	// DTEND;VALUE=DATE:20270102
	// SUMMARY:Tết Dương lịch
	// DESCRIPTION:Căn cứ: BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1\; Đ
	//  iều 111 khoản 3\nĐộ tin cậy: confirmed
	// CATEGORIES:holiday
}

func ExampleCalendar_JSON() {
	b, err := calendar.Default().JSON(2027)
	if err != nil {
		panic(err)
	}
	var y struct {
		Year     int
		Workdays int
		Days     []calendar.DayInfo
	}
	if err := json.Unmarshal(b, &y); err != nil {
		panic(err)
	}
	last := y.Days[len(y.Days)-1]
	fmt.Println(y.Year, y.Workdays, len(y.Days), last.Date, last.Name, last.Confidence)
	// Output: 2027 249 15 2027-11-24 Ngày Văn hóa Việt Nam (24/11) inferred
}

// A Period prints in Vietnamese and encodes as a token, so that JSON
// carries "15 working-days", not numbers.
func ExamplePeriod() {
	p := calendar.Period{N: 15, Unit: calendar.WorkingDays}
	fmt.Println(p)
	b, err := json.Marshal(struct {
		Within calendar.Period `json:"within"`
	}{p})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	var back calendar.Period
	if err := back.UnmarshalText([]byte("3 months")); err != nil {
		panic(err)
	}
	fmt.Println(back, back == calendar.Period{N: 3, Unit: calendar.Months})
	fmt.Println(back.UnmarshalText([]byte("3 tháng")))
	// Output:
	// 15 ngày làm việc
	// {"within":"15 working-days"}
	// 3 tháng true
	// calendar: Period.UnmarshalText "3 tháng": offset 2: unknown unit: syntax error
}
