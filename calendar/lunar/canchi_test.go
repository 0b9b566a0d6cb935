package lunar

import (
	"testing"

	"github.com/rickb777/date/v2"
)

func TestYearCanChi(t *testing.T) {
	tests := []struct {
		year int
		want string
		src  string
	}{
		{2024, "Giáp Thìn", "lunar.md §1 (Tết 2024 = Giáp Thìn year)"},
		{2025, "Ất Tỵ", "lunar.md §1"},
		{2026, "Bính Ngọ", "lunar.md §1; issue 3 ('10/3 Bính Ngọ')"},
		{1984, "Giáp Tý", "lunar.md §3 (Viet-jo: the lunar year Giáp Tý)"},
		{1968, "Mậu Thân", "lunar.md §1 (Tết Mậu Thân 1968)"},
		{2023, "Quý Mão", "calendar.md §2.1"},
		{2010, "Canh Dần", "calendar.md §2.1"},
		{1900, "Canh Tý", "two 60-year cycles before 2020 Canh Tý (calendar.md §2.1)"},
	}
	for _, tt := range tests {
		if got := YearCanChi(tt.year).String(); got != tt.want {
			t.Errorf("YearCanChi(%d) = %q, want %q (%s)", tt.year, got, tt.want, tt.src)
		}
	}
}

// Tết 2024 (2024-02-10) is a Giáp Thìn day of a Bính Dần month of a Giáp
// Thìn year (lunar.md §1, checked there against Hồ Ngọc Đức's ports).
func TestCanChiTet2024(t *testing.T) {
	d, err := FromSolar(day(2024, 2, 10))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.YearCanChi().String(); got != "Giáp Thìn" {
		t.Errorf("year %q", got)
	}
	if got := d.MonthCanChi().String(); got != "Bính Dần" {
		t.Errorf("month %q", got)
	}
	if got := DayCanChi(day(2024, 2, 10)).String(); got != "Giáp Thìn" {
		t.Errorf("day %q", got)
	}
}

func TestMonthCanChi(t *testing.T) {
	tests := []struct {
		d    Date
		want string
		src  string
	}{
		// lunar.md §1: month 1 of a Giáp/Kỷ year is Bính Dần, Ất/Canh Mậu
		// Dần, Bính/Tân Canh Dần, Đinh/Nhâm Nhâm Dần, Mậu/Quý Giáp Dần.
		{Date{2024, 1, 1, false}, "Bính Dần", "Giáp year"},
		{Date{2025, 1, 1, false}, "Mậu Dần", "Ất year"},
		{Date{2026, 1, 1, false}, "Canh Dần", "Bính year"},
		{Date{2027, 1, 1, false}, "Nhâm Dần", "Đinh year"},
		{Date{2028, 1, 1, false}, "Giáp Dần", "Mậu year"},
		{Date{2029, 1, 1, false}, "Bính Dần", "Kỷ year"},
		{Date{2024, 11, 1, false}, "Bính Tý", "month 11 is a Tý month"},
		{Date{2024, 12, 1, false}, "Đinh Sửu", "month 12 is a Sửu month"},
		{Date{2023, 2, 1, true}, "Ất Mão", "a leap month takes the name of the month it repeats (lunar.md §1)"},
		{Date{2023, 2, 1, false}, "Ất Mão", "the regular month 2 of Quý Mão"},
	}
	for _, tt := range tests {
		if got := tt.d.MonthCanChi().String(); got != tt.want {
			t.Errorf("%+v.MonthCanChi() = %q, want %q (%s)", tt.d, got, tt.want, tt.src)
		}
	}
}

// The day cycle runs without a break: consecutive days step through all 60
// names, and JDN 2460351 (2024-02-10) is Giáp Thìn (lunar.md §1).
func TestDayCanChiCycle(t *testing.T) {
	base := day(2024, 2, 10)
	for i := -120; i <= 120; i++ {
		got := DayCanChi(base + dateDays(i))
		want := CanChi(mod(40+i, 60)) // Giáp Thìn is position 40
		if got != want {
			t.Fatalf("DayCanChi(2024-02-10%+d) = %v, want %v", i, got, want)
		}
	}
	if c, ok := NewCanChi(Giap, Thin); !ok || c != 40 || c.Can() != Giap || c.Chi() != Thin {
		t.Errorf("NewCanChi(Giáp, Thìn) = %d, %v", c, ok)
	}
}

func TestNewCanChi(t *testing.T) {
	for p := CanChi(0); p < 60; p++ {
		c, ok := NewCanChi(p.Can(), p.Chi())
		if !ok || c != p {
			t.Errorf("NewCanChi(%v, %v) = %d, %v; want %d", p.Can(), p.Chi(), c, ok, p)
		}
	}
	if _, ok := NewCanChi(Giap, Suu); ok {
		t.Error("NewCanChi(Giáp, Sửu): a pair of mixed parity does not occur")
	}
	if _, ok := NewCanChi(10, Ty); ok {
		t.Error("NewCanChi(10, Tý) accepted a stem outside the cycle")
	}
}

func TestCanChiStringOutOfRange(t *testing.T) {
	tests := []struct{ got, want string }{
		{CanChi(60).String(), "%!CanChi(60)"},
		{Can(10).String(), "%!Can(10)"},
		{Chi(12).String(), "%!Chi(12)"},
		{Quy.String(), "Quý"},
		{Hoi.String(), "Hợi"},
		{CanChi(59).String(), "Quý Hợi"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func dateDays(i int) date.Date { return date.Date(i) }

func dateDays64(i int64) date.Date { return date.Date(i) }
