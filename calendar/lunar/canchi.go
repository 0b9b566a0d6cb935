package lunar

import (
	"strconv"

	"github.com/rickb777/date/v2"
)

// Can is a heavenly stem (thiên can), the 10-cycle of the sexagenary names.
// The zero value is Giáp.
type Can uint8

// The ten stems, in order.
const (
	Giap Can = iota // Giáp
	At              // Ất
	Binh            // Bính
	Dinh            // Đinh
	Mau             // Mậu
	Ky              // Kỷ
	Canh            // Canh
	Tan             // Tân
	Nham            // Nhâm
	Quy             // Quý
)

var canNames = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}

// String returns the Vietnamese name of the stem, such as "Bính", or
// "%!Can(12)" for a value outside the cycle.
func (c Can) String() string {
	if int(c) < len(canNames) {
		return canNames[c]
	}
	return "%!Can(" + strconv.Itoa(int(c)) + ")"
}

// Chi is an earthly branch (địa chi), the 12-cycle of the sexagenary names.
// The zero value is Tý.
type Chi uint8

// The twelve branches, in order.
const (
	Ty   Chi = iota // Tý (rat)
	Suu             // Sửu (buffalo)
	Dan             // Dần (tiger)
	Mao             // Mão (cat)
	Thin            // Thìn (dragon)
	Ti              // Tỵ (snake)
	Ngo             // Ngọ (horse)
	Mui             // Mùi (goat)
	Than            // Thân (monkey)
	Dau             // Dậu (rooster)
	Tuat            // Tuất (dog)
	Hoi             // Hợi (pig)
)

var chiNames = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}

// String returns the Vietnamese name of the branch, such as "Ngọ", or
// "%!Chi(13)" for a value outside the cycle.
func (c Chi) String() string {
	if int(c) < len(chiNames) {
		return chiNames[c]
	}
	return "%!Chi(" + strconv.Itoa(int(c)) + ")"
}

// CanChi is a name of the sexagenary cycle (can chi), such as "Bính Ngọ": its
// value is the position in the 60-cycle, 0 (Giáp Tý) to 59 (Quý Hợi).
type CanChi uint8

// NewCanChi returns the name combining can and chi. Only pairs of the same
// parity occur in the cycle; ok is false for the others.
func NewCanChi(can Can, chi Chi) (c CanChi, ok bool) {
	if can > Quy || chi > Hoi || int(can)%2 != int(chi)%2 {
		return 0, false
	}
	// The position p satisfies p ≡ can (mod 10) and p ≡ chi (mod 12).
	p := (6*int(can) - 5*int(chi)) % 60
	if p < 0 {
		p += 60
	}
	return CanChi(p), true
}

// Can returns the stem of c.
func (c CanChi) Can() Can { return Can(c % 10) }

// Chi returns the branch of c.
func (c CanChi) Chi() Chi { return Chi(c % 12) }

// String returns the name, such as "Giáp Tý", or "%!CanChi(60)" for a
// value outside the cycle.
func (c CanChi) String() string {
	if c >= 60 {
		return "%!CanChi(" + strconv.Itoa(int(c)) + ")"
	}
	return canNames[c%10] + " " + chiNames[c%12]
}

// mod returns a mod n in [0, n).
func mod(a, n int) int {
	a %= n
	if a < 0 {
		a += n
	}
	return a
}

// YearCanChi returns the name of lunar year year: 1984 and 2044 are Giáp Tý,
// 2026 is Bính Ngọ. Hồ Ngọc Đức's rule (his âm lịch program,
// https://www.informatik.uni-leipzig.de/~duc/amlich/): stem (Y+6) mod 10,
// branch (Y+8) mod 12, so the cycle position is (Y−4) mod 60.
func YearCanChi(year int) CanChi { return CanChi(mod(year-4, 60)) }

// YearCanChi returns the name of d's lunar year.
func (d Date) YearCanChi() CanChi { return YearCanChi(d.Year) }

// MonthCanChi returns the name of d's month. Month 1 is always a Dần month;
// its stem follows the year's (Bính Dần in Giáp and Kỷ years). A leap month
// has no name of its own and takes that of the month it repeats, as in Hồ
// Ngọc Đức's calendar. His rule: stem (12·Y + M + 3) mod 10,
// branch (M + 1) mod 12.
func (d Date) MonthCanChi() CanChi {
	can := mod(12*d.Year+d.Month+3, 10)
	chi := mod(d.Month+1, 12)
	c, _ := NewCanChi(Can(can), Chi(chi))
	return c
}

// DayCanChi returns the name of the solar day d. The 60-day cycle runs
// without a break, independent of the calendar: with Julian Day Number N,
// stem (N+9) mod 10 and branch (N+1) mod 12 (Hồ Ngọc Đức's rule), so 2024-02-10 is
// a Giáp Thìn day.
func DayCanChi(d date.Date) CanChi {
	// date.Date 0 is 0001-01-01, JDN 1721426; the position is (N−11) mod 60.
	return CanChi(mod(int(int64(d)%60)+1721426%60-11, 60))
}
