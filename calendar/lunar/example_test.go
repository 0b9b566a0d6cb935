package lunar_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/vanban-go/vanban/calendar/lunar"
)

func ExampleFromSolar() {
	d, err := lunar.FromSolar(date.New(2023, time.March, 22))
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Year, d.Month, d.Day, d.Leap)
	fmt.Println(d)
	// Output:
	// 2023 2 1 true
	// 1/2 nhuận Quý Mão
}

func ExampleDate_Solar() {
	// Giỗ Tổ Hùng Vương is 10/3 âm lịch.
	gioTo := lunar.Date{Year: 2026, Month: 3, Day: 10}
	s, err := gioTo.Solar()
	if err != nil {
		panic(err)
	}
	fmt.Println(gioTo, "=", s, s.Weekday())

	// Tháng Chạp 2024 has 29 days, so day 30 does not exist.
	_, err = lunar.Date{Year: 2024, Month: 12, Day: 30}.Solar()
	fmt.Println(err)
	// Output:
	// 10/3 Bính Ngọ = 2026-04-26 Sunday
	// lunar: Solar "2024-12-30": no such lunar date
}

// String prints a date as Vietnamese calendars do, with the year's name.
func ExampleDate_String() {
	fmt.Println(lunar.Date{Year: 2026, Month: 1, Day: 1})
	fmt.Println(lunar.Date{Year: 2023, Month: 2, Day: 15, Leap: true})
	fmt.Println(lunar.Date{Year: 2026, Month: 3, Day: 10}.String())
	// Output:
	// 1/1 Bính Ngọ
	// 15/2 nhuận Quý Mão
	// 10/3 Bính Ngọ
}

func ExampleNewYear() {
	for _, y := range []int{2025, 2026, 2027} {
		tet, err := lunar.NewYear(y)
		if err != nil {
			panic(err)
		}
		fmt.Println(y, lunar.YearCanChi(y), tet)
	}
	// Output:
	// 2025 Ất Tỵ 2025-01-29
	// 2026 Bính Ngọ 2026-02-17
	// 2027 Đinh Mùi 2027-02-06
}

func ExampleMonths() {
	months, err := lunar.Months(2025)
	if err != nil {
		panic(err)
	}
	for _, m := range months {
		leap := ""
		if m.Leap {
			leap = " nhuận"
		}
		fmt.Printf("%d%s: %v, %d days\n", m.Number, leap, m.Start, m.Days)
	}
	// Output:
	// 1: 2025-01-29, 30 days
	// 2: 2025-02-28, 29 days
	// 3: 2025-03-29, 30 days
	// 4: 2025-04-28, 29 days
	// 5: 2025-05-27, 29 days
	// 6: 2025-06-25, 30 days
	// 6 nhuận: 2025-07-25, 29 days
	// 7: 2025-08-23, 30 days
	// 8: 2025-09-22, 29 days
	// 9: 2025-10-21, 30 days
	// 10: 2025-11-20, 30 days
	// 11: 2025-12-20, 30 days
	// 12: 2026-01-19, 29 days
}

func ExampleLeapMonth() {
	for _, y := range []int{2023, 2024, 2025} {
		m, err := lunar.LeapMonth(y)
		if err != nil {
			panic(err)
		}
		fmt.Println(y, m)
	}
	// Output:
	// 2023 2
	// 2024 0
	// 2025 6
}

func ExampleDayCanChi() {
	tet := date.New(2024, time.February, 10)
	d, _ := lunar.FromSolar(tet)
	fmt.Println("năm", d.YearCanChi(), "tháng", d.MonthCanChi(), "ngày", lunar.DayCanChi(tet))
	// Output:
	// năm Giáp Thìn tháng Bính Dần ngày Giáp Thìn
}

func ExampleDate_MarshalText() {
	b, _ := lunar.Date{Year: 2023, Month: 2, Day: 15, Leap: true}.MarshalText()
	fmt.Println(string(b))

	var d lunar.Date
	err := d.UnmarshalText([]byte("2026-03-10"))
	fmt.Println(d, err)
	// Output:
	// 2023-02L-15
	// 10/3 Bính Ngọ <nil>
}
