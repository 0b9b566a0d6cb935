package lunar

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// Mùng 1 Tết at UTC+7.
func TestNewYear(t *testing.T) {
	tests := []struct {
		year int
		want date.Date
		src  string
	}{
		{1968, day(1968, 1, 29), "lunar.md §1, §3: North Vietnam's first UTC+7 Tết (South: 30 Jan)"},
		{1985, day(1985, 1, 21), "lunar.md §3: Wikipedia 'Vietnamese calendar'; China 20 Feb"},
		{2007, day(2007, 2, 17), "lunar.md §3: Viet-jo 2006, kientruc2014.com (China 18 Feb)"},
		{2017, day(2017, 1, 28), "calendar.md §2.1"},
		{2018, day(2018, 2, 16), "calendar.md §2.1; Thông báo 5427/TB-LĐTBXH"},
		{2019, day(2019, 2, 5), "calendar.md §2.1"},
		{2020, day(2020, 1, 25), "calendar.md §2.1"},
		{2021, day(2021, 2, 12), "calendar.md §2.1"},
		{2022, day(2022, 2, 1), "calendar.md §2.1"},
		{2023, day(2023, 1, 22), "calendar.md §2.1"},
		{2024, day(2024, 2, 10), "calendar.md §2.1; lunar.md §1 (Giáp Thìn day)"},
		{2025, day(2025, 1, 29), "calendar.md §2.1"},
		{2026, day(2026, 2, 17), "calendar.md §2.1"},
		{2027, day(2027, 2, 6), "calendar.md §2.1"},
		{2028, day(2028, 1, 26), "Hồ Ngọc Đức's year table (lunar-date-vn), equal to the precise computation 1968–2199 but 2054-05 (lunar.md §5)"},
		{2029, day(2029, 2, 13), "Hồ Ngọc Đức's year table (lunar-date-vn)"},
		{2030, day(2030, 2, 2), "lunar.md §3: kientruc2014.com, Viet-jo 2006 (China 3 Feb)"},
		{2031, day(2031, 1, 23), "Hồ Ngọc Đức's year table (lunar-date-vn)"},
		{2032, day(2032, 2, 11), "Hồ Ngọc Đức's year table (lunar-date-vn)"},
		{2053, day(2053, 2, 18), "lunar.md §3: kientruc2014.com (China 19 Feb)"},
		{1900, day(1900, 1, 31), "DESIGN.md: first supported day"},
		{2148, day(2148, 1, 21), "lunar.md §3: Vietnam 21 Jan, leap 1 (China 20 Feb)"},
		{2153, day(2153, 1, 24), "lunar.md §3: new moon 16:15 UT (China 25 Jan)"},
		{2175, day(2175, 1, 22), "lunar.md §3, §5: new moon 23:59:37 UTC+7 (Hồ Ngọc Đức's algorithm: 23 Jan)"},
		{2199, day(2199, 1, 26), "lunar.md §3, §5: new moon 23:57:54 UTC+7 (Hồ Ngọc Đức's algorithm: 27 Jan)"},
		{1903, day(1903, 1, 28), "lunar.md §1: UTC+7 gives 28 Jan (the Chinese calendar then used 29 Jan)"},
		{1935, day(1935, 2, 3), "lunar.md §1: UTC+7 gives 3 Feb (historic 4 Feb)"},
		{1965, day(1965, 2, 1), "lunar.md §1: UTC+7 gives 1 Feb (historic 2 Feb)"},
	}
	for _, tt := range tests {
		got, err := NewYear(tt.year)
		if err != nil || got != tt.want {
			t.Errorf("NewYear(%d) = %v, %v; want %v (%s)", tt.year, got, err, tt.want, tt.src)
		}
	}
}

func TestLeapMonth(t *testing.T) {
	tests := []struct {
		year, want int
		src        string
	}{
		{2020, 4, "issue 3; Hồ Ngọc Đức's year table"},
		{2023, 2, "calendar.md §1: 'In 2023 the year had a leap second month'"},
		{2025, 6, "issue 3; Hồ Ngọc Đức's year table"},
		{1985, 2, "lunar.md §3: Vietnam 1985 leap 2 (21 Mar–19 Apr 1985)"},
		{1984, 0, "lunar.md §3: Vietnam has no leap in 1984 (China leap 10)"},
		{1987, 7, "lunar.md §3: Vietnam leap 7, China leap 6"},
		{2033, 11, "lunar.md §1: leap 11 in 2033 and 2128"},
		{2024, 0, "calendar.md §2.1: 12 months (Tết 2024-02-10 to 2025-01-29)"},
		{2148, 1, "lunar.md §1, §3: the only leap 1st month in 1900–2199"},
		{2128, 11, "lunar.md §1: leap 11 in 2128"},
		{1938, 8, "lunar.md §5: Thu phân 23:59:31 UTC+7 leaves month 8 without a principal term"},
		{1968, 7, "lunar.md §1: 1968 (Mậu Thân) has 13 months; Hồ Ngọc Đức's table: leap 7"},
	}
	for _, tt := range tests {
		got, err := LeapMonth(tt.year)
		if err != nil || got != tt.want {
			t.Errorf("LeapMonth(%d) = %d, %v; want %d (%s)", tt.year, got, err, tt.want, tt.src)
		}
	}
}

// Giỗ Tổ Hùng Vương, 10/3 of the regular third month (calendar.md §2.1).
func TestGioTo(t *testing.T) {
	tests := []struct {
		year int
		want date.Date
	}{
		{2022, day(2022, 4, 10)},
		{2023, day(2023, 4, 29)},
		{2024, day(2024, 4, 18)},
		{2025, day(2025, 4, 7)},
		{2026, day(2026, 4, 26)},
	}
	for _, tt := range tests {
		d := Date{Year: tt.year, Month: 3, Day: 10}
		got, err := d.Solar()
		if err != nil || got != tt.want {
			t.Errorf("%v.Solar() = %v, %v; want %v (calendar.md §2.1)", d, got, err, tt.want)
		}
		back, err := FromSolar(tt.want)
		if err != nil || back != d {
			t.Errorf("FromSolar(%v) = %+v, %v; want %+v", tt.want, back, err, d)
		}
	}
}

func TestFromSolar(t *testing.T) {
	tests := []struct {
		solar date.Date
		want  Date
		src   string
	}{
		{day(2023, 3, 22), Date{2023, 2, 1, true}, "calendar.md §1: leap 2nd month 2023 (Hồ Ngọc Đức's table)"},
		{day(2023, 2, 20), Date{2023, 2, 1, false}, "new moon 2023-02-20 07:06 UT (USNO phases)"},
		{day(2025, 1, 28), Date{2024, 12, 29, false}, "calendar.md §2.1: Giao thừa 2025 is 29 tháng Chạp"},
		{day(2026, 2, 14), Date{2025, 12, 27, false}, "calendar.md §2.1 notice: '14/2/2026 (27 tháng Chạp)'"},
		{day(2025, 1, 25), Date{2024, 12, 26, false}, "calendar.md §2.1 notice: '25/1/2025 (26 tháng Chạp)'"},
		{day(2010, 2, 13), Date{2009, 12, 30, false}, "calendar.md §2.1 notice: '13-2-2010 (tức 30 tháng Chạp)'"},
		{day(2013, 2, 9), Date{2012, 12, 29, false}, "calendar.md §2.1 notice: '9-2-2013 (tức 29 tháng Chạp)'"},
		{day(1985, 3, 21), Date{1985, 2, 1, true}, "lunar.md §3: leap 2 of 1985 from 21 Mar"},
		{day(1985, 4, 19), Date{1985, 2, 30, true}, "lunar.md §3: leap 2 of 1985 until 19 Apr"},
		{day(1944, 6, 20), Date{1944, 5, 1, false}, "lunar.md §5: new moon 23:59:33 UTC+7"},
		{day(1967, 7, 8), Date{1967, 6, 1, false}, "lunar.md §5: new moon 00:00:03 UTC+7"},
		{day(2054, 5, 8), Date{2054, 4, 1, false}, "lunar.md §2b, §5: new moon 00:00:28 UTC+7 (Hồ Ngọc Đức's table: 7 May)"},
		{day(2072, 12, 9), Date{2072, 11, 1, false}, "lunar.md §5: new moon 23:58:45 UTC+7"},
		{day(2077, 11, 15), Date{2077, 10, 1, false}, "lunar.md §5: new moon 23:59:52 UTC+7"},
		{day(2033, 12, 22), Date{2033, 11, 1, true}, "lunar.md §1, §5: 2033 leap 11 (date-chinese mislabels)"},
	}
	for _, tt := range tests {
		got, err := FromSolar(tt.solar)
		if err != nil || got != tt.want {
			t.Errorf("FromSolar(%v) = %+v, %v; want %+v (%s)", tt.solar, got, err, tt.want, tt.src)
		}
	}
}

// The month starts within three minutes of UTC+7 midnight, as the precise
// computation of lunar.md §5 gives them: each is day 1 of the month named
// there, and the day before is the last day (29 or 30) of the month before.
func TestNearMidnightMonthStarts(t *testing.T) {
	tests := []struct {
		start date.Date
		month Date // day 1
	}{
		{day(1944, 6, 20), Date{1944, 5, 1, false}},
		{day(1967, 7, 8), Date{1967, 6, 1, false}},
		{day(1998, 9, 21), Date{1998, 8, 1, false}},
		{day(2031, 4, 21), Date{2031, 3, 1, true}},
		{day(2054, 5, 8), Date{2054, 4, 1, false}},
		{day(2072, 12, 9), Date{2072, 11, 1, false}},
		{day(2077, 11, 15), Date{2077, 10, 1, false}},
		{day(2079, 8, 27), Date{2079, 8, 1, false}},
		{day(2085, 10, 18), Date{2085, 9, 1, false}},
		{day(2090, 9, 24), Date{2090, 8, 1, true}},
		{day(2125, 1, 4), Date{2124, 12, 1, false}},
		{day(2130, 5, 7), Date{2130, 4, 1, false}},
		{day(2150, 5, 26), Date{2150, 5, 1, false}},
		{day(2153, 10, 18), Date{2153, 9, 1, false}},
		{day(2159, 5, 17), Date{2159, 4, 1, false}},
		{day(2175, 1, 22), Date{2175, 1, 1, false}},
		{day(2188, 4, 27), Date{2188, 4, 1, false}},
		{day(2199, 1, 26), Date{2199, 1, 1, false}},
	}
	for _, tt := range tests {
		got, err := FromSolar(tt.start)
		if err != nil || got != tt.month {
			t.Errorf("FromSolar(%v) = %+v, %v; want %+v (lunar.md §5)", tt.start, got, err, tt.month)
		}
		prev, err := FromSolar(tt.start - 1)
		if err != nil || prev.Day < 29 {
			t.Errorf("FromSolar(%v) = %+v, %v; want the last day of a month", tt.start-1, prev, err)
		}
	}
}

// Every supported day converts and converts back, and consecutive days are
// consecutive lunar days.
func TestRoundTripEveryDay(t *testing.T) {
	prev, err := FromSolar(minDay)
	if err != nil || prev != (Date{1900, 1, 1, false}) {
		t.Fatalf("FromSolar(%v) = %+v, %v", minDay, prev, err)
	}
	for d := minDay; d <= maxDay; d++ {
		l, err := FromSolar(d)
		if err != nil {
			t.Fatalf("FromSolar(%v): %v", d, err)
		}
		s, err := l.Solar()
		if err != nil || s != d {
			t.Fatalf("FromSolar(%v) = %+v; Solar() = %v, %v", d, l, s, err)
		}
		if d > minDay && l.Day != prev.Day+1 && (l.Day != 1 || prev.Day < 29) {
			t.Fatalf("%v: %+v follows %+v", d, l, prev)
		}
		prev = l
	}
}

func TestRangeConstants(t *testing.T) {
	if minDay != day(1900, 1, 31) || maxDay != day(2199, 12, 31) {
		t.Errorf("minDay, maxDay = %v, %v", minDay, maxDay)
	}
	if lastYear != 2199 {
		t.Errorf("lastYear = %d", lastYear)
	}
}

func TestErrors(t *testing.T) {
	for _, d := range []date.Date{minDay - 1, maxDay + 1, 0, day(1800, 1, 1), day(2300, 1, 1)} {
		if _, err := FromSolar(d); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("FromSolar(%v) error = %v, want ErrOutOfRange", d, err)
		}
	}
	for _, y := range []int{1899, 2200, 0, -5} {
		if _, err := NewYear(y); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("NewYear(%d) error = %v", y, err)
		}
	}
	tests := []struct {
		d    Date
		want error
		why  string
	}{
		{Date{1899, 12, 1, false}, ErrOutOfRange, "before lunar year 1900"},
		{Date{2200, 1, 1, false}, ErrOutOfRange, "after lunar year 2199"},
		{Date{2199, 12, 1, false}, ErrOutOfRange, "tháng Chạp 2199 begins in 2200"},
		{Date{2024, 12, 30, false}, ErrNoSuchDate, "tháng Chạp 2024 has 29 days (calendar.md §2.1)"},
		{Date{2024, 2, 1, true}, ErrNoSuchDate, "2024 has no leap month"},
		{Date{2023, 3, 1, true}, ErrNoSuchDate, "2023's leap month is 2"},
		{Date{2023, 13, 1, false}, ErrNoSuchDate, "month 13"},
		{Date{2023, 0, 1, false}, ErrNoSuchDate, "month 0"},
		{Date{2023, 1, 0, false}, ErrNoSuchDate, "day 0"},
		{Date{2023, 1, 31, false}, ErrNoSuchDate, "day 31"},
		{Date{}, ErrOutOfRange, "zero value"},
	}
	for _, tt := range tests {
		_, err := tt.d.Solar()
		if !errors.Is(err, tt.want) {
			t.Errorf("%+v.Solar() error = %v, want %v (%s)", tt.d, err, tt.want, tt.why)
		}
		var e *Error
		if !errors.As(err, &e) || e.Func != "Solar" {
			t.Errorf("%+v.Solar() error %v is not a *Error from Solar", tt.d, err)
		}
	}
}

// Examples published with ports of Hồ Ngọc Đức's converter, whose
// algorithm agrees with the precise table on every month start of
// 1968–2071 (lunar.md §5).
func TestPublishedExamples(t *testing.T) {
	tests := []struct {
		solar date.Date
		lunar Date
		src   string
	}{
		{day(2023, 3, 23), Date{2023, 2, 2, true}, "vnlunar (pub.dev, Dart port) README: convertSolar2Lunar(23, 3, 2023, 7) = [2, 2, 2023, leap], and back"},
		{day(1983, 6, 25), Date{1983, 5, 15, false}, "manhng.com, 'Thuật toán tính Âm Lịch - Hồ Ngọc Đức', C# sample: 25/6/1983 → 15/5/1983"},
		{day(1989, 10, 30), Date{1989, 10, 2, false}, "manhng.com, same sample: 30/10/1989 → 2/10/1989"},
		{day(1979, 9, 17), Date{1979, 7, 26, false}, "CodeProject 'VnCalendar' (C# port): 1979 has leap 6; 17/9/1979 is '26, Tháng Bảy, Năm Kỷ Mùi'"},
	}
	for _, tt := range tests {
		got, err := FromSolar(tt.solar)
		if err != nil || got != tt.lunar {
			t.Errorf("FromSolar(%v) = %+v, %v; want %+v (%s)", tt.solar, got, err, tt.lunar, tt.src)
		}
		back, err := tt.lunar.Solar()
		if err != nil || back != tt.solar {
			t.Errorf("%+v.Solar() = %v, %v; want %v (%s)", tt.lunar, back, err, tt.solar, tt.src)
		}
	}
	if m, err := LeapMonth(1979); err != nil || m != 6 {
		t.Errorf("LeapMonth(1979) = %d, %v; want 6 (CodeProject 'VnCalendar')", m, err)
	}
	if y := YearCanChi(1979).String(); y != "Kỷ Mùi" {
		t.Errorf("YearCanChi(1979) = %s, want Kỷ Mùi (CodeProject 'VnCalendar')", y)
	}
}
