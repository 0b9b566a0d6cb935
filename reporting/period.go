package reporting

import (
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
)

// Period is one reporting period (kỳ báo cáo) of a periodic report: March
// 2026, the first quarter of 2026, the first half of 2026, the year 2026.
//
// N numbers the period within its year: the ISO week (1–53) for Weekly, the
// month (1–12) for Monthly, the quarter (1–4) for Quarterly, the half
// (1–2) for HalfYearly, and 1 for NineMonths and Annual. Year is the ISO
// week-numbering year for Weekly, the calendar year otherwise.
//
// The zero Period means "not periodic". Period is comparable with ==; its
// text form (String, MarshalText) is "2026-03", "2026-Q1", "2026-H1",
// "2026-9M", "2026" or "2026-W13".
type Period struct {
	Frequency Frequency
	Year      int
	N         int
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Valid reports whether p names a period that exists: a valid frequency,
// a year from 1 to 9999 and an N within the year (an ISO week 53 only in
// the years that have one).
func (p Period) Valid() bool {
	if !p.Frequency.Valid() || p.Year < 1 || p.Year > 9999 || p.N < 1 || p.N > p.Frequency.count() {
		return false
	}
	if p.Frequency == Weekly {
		y, _ := (isoWeekMonday(p.Year, p.N) + 3).ISOWeek()
		return y == p.Year
	}
	return true
}

// String returns the text form of p ("2026-03"), "" for the zero Period,
// and "Period(…)" for an invalid one.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if !p.Valid() {
		return "Period(" + p.Frequency.String() + "," + strconv.Itoa(p.Year) + "," + strconv.Itoa(p.N) + ")"
	}
	y := pad(p.Year, 4)
	switch p.Frequency {
	case Weekly:
		return y + "-W" + pad(p.N, 2)
	case Monthly:
		return y + "-" + pad(p.N, 2)
	case Quarterly:
		return y + "-Q" + strconv.Itoa(p.N)
	case HalfYearly:
		return y + "-H" + strconv.Itoa(p.N)
	case NineMonths:
		return y + "-9M"
	}
	return y
}

var romanQuarters = []string{"I", "II", "III", "IV"}

// Vietnamese returns the name of the period as documents write it: "tuần
// 13/2026", "tháng 3/2026", "quý I/2026", "6 tháng đầu năm 2026", "6 tháng
// cuối năm 2026", "9 tháng năm 2026", "năm 2026". It returns String for an
// invalid or zero period.
func (p Period) Vietnamese() string {
	if !p.Valid() {
		return p.String()
	}
	y := strconv.Itoa(p.Year)
	switch p.Frequency {
	case Weekly:
		return "tuần " + strconv.Itoa(p.N) + "/" + y
	case Monthly:
		return "tháng " + strconv.Itoa(p.N) + "/" + y
	case Quarterly:
		return "quý " + romanQuarters[p.N-1] + "/" + y
	case HalfYearly:
		if p.N == 1 {
			return "6 tháng đầu năm " + y
		}
		return "6 tháng cuối năm " + y
	case NineMonths:
		return "9 tháng năm " + y
	}
	return "năm " + y
}

// ParsePeriod reads the text form of a period: "2026" (annual), "2026-03"
// (monthly), "2026-Q1", "2026-H2", "2026-9M" and "2026-W13" (ISO week). The
// year has four digits, the month and the week two. The error is a
// *ParseError wrapping [ErrSyntax], with the offset of the fault.
func ParsePeriod(s string) (Period, error) {
	bad := func(pos int, msg string) (Period, error) {
		return Period{}, &ParseError{What: "period", Input: s, Pos: pos, Msg: msg}
	}
	if len(s) < 4 {
		return bad(0, "want a four-digit year")
	}
	y, ok := digits(s[:4])
	if !ok {
		return bad(0, "want a four-digit year")
	}
	if y == 0 {
		return bad(0, "year 0000")
	}
	if len(s) == 4 {
		return Period{Annual, y, 1}, nil
	}
	if s[4] != '-' {
		return bad(4, "want '-' after the year")
	}
	rest := s[5:]
	var p Period
	switch {
	case len(rest) == 2 && rest == "9M":
		p = Period{NineMonths, y, 1}
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H'):
		n, ok := digits(rest[1:])
		if !ok {
			return bad(6, "want a digit")
		}
		p = Period{Quarterly, y, n}
		if rest[0] == 'H' {
			p.Frequency = HalfYearly
		}
	case len(rest) == 3 && rest[0] == 'W':
		n, ok := digits(rest[1:])
		if !ok {
			return bad(6, "want a two-digit week")
		}
		p = Period{Weekly, y, n}
	case len(rest) == 2:
		n, ok := digits(rest)
		if !ok {
			return bad(5, "want a two-digit month, Qn, Hn, 9M or Www")
		}
		p = Period{Monthly, y, n}
	default:
		return bad(5, "want a two-digit month, Qn, Hn, 9M or Www")
	}
	if !p.Valid() {
		return bad(5, "no such "+p.Frequency.String()+" period in "+strconv.Itoa(y))
	}
	return p, nil
}

// MarshalText returns the text form of [Period.String]; "" for the zero
// Period. It fails for an invalid period.
func (p Period) MarshalText() ([]byte, error) {
	if !p.IsZero() && !p.Valid() {
		return nil, invalid("Period.MarshalText", p.String(), "no such period")
	}
	return []byte(p.String()), nil
}

// UnmarshalText reads the text form with [ParsePeriod]; "" reads as the
// zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	q, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Span returns the days the period names: 1/3/2026–31/3/2026 for March 2026,
// Monday to Sunday for a week. It is not the data window (see
// [Regime.Window]). It returns the zero Window for an invalid period.
func (p Period) Span() Window {
	if !p.Valid() {
		return Window{}
	}
	if p.Frequency == Weekly {
		mon := isoWeekMonday(p.Year, p.N)
		return Window{From: mon, To: mon + 6}
	}
	first, last := p.months()
	return Window{
		From: date.New(p.Year, time.Month(first), 1),
		To:   date.New(p.Year, time.Month(last)+1, 1) - 1,
	}
}

// months returns the first and last month of a monthly-based period.
func (p Period) months() (first, last int) {
	switch p.Frequency {
	case Monthly:
		return p.N, p.N
	case Quarterly:
		return 3*p.N - 2, 3 * p.N
	case HalfYearly:
		return 6*p.N - 5, 6 * p.N
	case NineMonths:
		return 1, 9
	}
	return 1, 12
}

// Next returns the period that follows p with the same frequency: the next
// month, quarter, half-year, week; the same period of the next year for
// NineMonths and Annual. It returns the zero Period for an invalid p or past
// the year 9999.
func (p Period) Next() Period {
	if !p.Valid() {
		return Period{}
	}
	q := p
	if p.Frequency == Weekly {
		y, w := (isoWeekMonday(p.Year, p.N) + 7).ISOWeek()
		q = Period{Weekly, y, w}
	} else {
		q.N++
		if q.N > p.Frequency.count() {
			q.Year++
			q.N = 1
		}
	}
	if !q.Valid() {
		return Period{}
	}
	return q
}

// PeriodOf returns the period of frequency f whose span contains d. It
// returns the zero Period for an invalid frequency or a day outside the
// years 1–9999.
func PeriodOf(f Frequency, d date.Date) Period {
	var p Period
	y, m, _ := d.Date()
	switch f {
	case Weekly:
		yy, w := d.ISOWeek()
		p = Period{Weekly, yy, w}
	case Monthly:
		p = Period{Monthly, y, int(m)}
	case Quarterly:
		p = Period{Quarterly, y, (int(m)-1)/3 + 1}
	case HalfYearly:
		p = Period{HalfYearly, y, (int(m)-1)/6 + 1}
	case NineMonths, Annual:
		p = Period{f, y, 1}
	}
	if !p.Valid() {
		return Period{}
	}
	return p
}

// isoWeekMonday returns the Monday of ISO week w of ISO year y: week 1 is the
// week with 4 January (ISO 8601).
func isoWeekMonday(y, w int) date.Date {
	jan4 := date.New(y, time.January, 4)
	fromMonday := (int(jan4.Weekday()) + 6) % 7
	return jan4 - date.Date(fromMonday) + date.Date(7*(w-1))
}

// digits reads s as a non-negative decimal number made only of ASCII digits.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// pad formats n with at least width digits.
func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
