package calendar

import "strconv"

// Unit is the unit a period is counted in.
type Unit uint8

// The units of a period. The zero Unit is none of them: it means "unset".
const (
	// Days are calendar days (ngày).
	Days Unit = iota + 1
	// WorkingDays are working days of the calendar (ngày làm việc).
	WorkingDays
	// Weeks are weeks of seven days (tuần).
	Weeks
	// Months are calendar months (tháng).
	Months
	// Years are calendar years (năm).
	Years
)

// unitTokens are the text forms of the units; unitWords their Vietnamese
// names, as documents write them.
var (
	unitTokens = [...]string{"", "days", "working-days", "weeks", "months", "years"}
	unitWords  = [...]string{"", "ngày", "ngày làm việc", "tuần", "tháng", "năm"}
)

// valid reports whether u is one of the five units.
func (u Unit) valid() bool { return u >= Days && int(u) < len(unitTokens) }

// String returns the Vietnamese name of the unit, as documents write it:
// "ngày", "ngày làm việc", "tuần", "tháng" or "năm". Any other value prints
// as "Unit(n)". The text form of [Unit.MarshalText] is a token instead.
func (u Unit) String() string {
	if u.valid() {
		return unitWords[u]
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// MarshalText implements [encoding.TextMarshaler]. The text is a token:
// "days", "working-days", "weeks", "months" or "years" for [Days],
// [WorkingDays], [Weeks], [Months] and [Years], and empty text for the zero
// Unit (unset). Any other value is an error wrapping [ErrInvalid].
func (u Unit) MarshalText() ([]byte, error) {
	if u == 0 {
		return []byte{}, nil
	}
	if !u.valid() {
		return nil, &Error{Op: "Unit.MarshalText", Detail: u.String(), Err: ErrInvalid}
	}
	return []byte(unitTokens[u]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], reading a token of
// [Unit.MarshalText]; empty text gives the zero Unit. Tokens are lower case
// and exact. Other text is an [*Error] wrapping [ErrSyntax] whose Input is
// the text; on error u is unchanged.
func (u *Unit) UnmarshalText(b []byte) error {
	v, ok := parseUnit(b)
	if !ok {
		return &Error{Op: "Unit.UnmarshalText", Input: string(b), Detail: "unknown unit", Err: ErrSyntax}
	}
	*u = v
	return nil
}

// parseUnit reads a token of Unit.MarshalText, or empty text.
func parseUnit(b []byte) (Unit, bool) {
	for i, t := range unitTokens {
		if string(b) == t {
			return Unit(i), true
		}
	}
	return 0, false
}

// Period is a length of time (thời hạn), N units long: "15 ngày làm việc" is
// Period{15, WorkingDays}. The zero Period means "unset".
//
// Its text form ([Period.MarshalText]) is N in decimal, a space and the
// token of the unit: "15 working-days", "10 days", "3 months".
type Period struct {
	N    int
	Unit Unit
}

// String returns the period in Vietnamese, as documents write it: "15 ngày
// làm việc", "10 ngày", "3 tháng". A period whose unit is none of the five
// prints its unit as "Unit(n)".
func (p Period) String() string { return strconv.Itoa(p.N) + " " + p.Unit.String() }

// MarshalText implements [encoding.TextMarshaler]: N in decimal, a space and
// the token of [Unit.MarshalText], such as "15 working-days". The zero
// Period (unset) marshals as empty text. A negative N, or a unit that is
// none of the five, is an error wrapping [ErrInvalid].
func (p Period) MarshalText() ([]byte, error) {
	if p == (Period{}) {
		return []byte{}, nil
	}
	if p.N < 0 || !p.Unit.valid() {
		return nil, &Error{Op: "Period.MarshalText", Detail: p.String(), Err: ErrInvalid}
	}
	b := strconv.AppendInt(make([]byte, 0, 24), int64(p.N), 10)
	b = append(b, ' ')
	return append(b, unitTokens[p.Unit]...), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], reading exactly the
// form [Period.MarshalText] writes: digits without a sign or leading zero
// (a lone "0" is allowed), one space, and a unit token. Empty text gives the
// zero Period. Other text is an [*Error] wrapping [ErrSyntax], whose Input
// is the text and Offset the byte where reading failed; on error p is
// unchanged.
func (p *Period) UnmarshalText(b []byte) error {
	fail := func(off int, msg string) error {
		return &Error{Op: "Period.UnmarshalText", Input: string(b), Offset: off, Detail: msg, Err: ErrSyntax}
	}
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	switch {
	case i == 0:
		return fail(0, "want a number")
	case i > 1 && b[0] == '0':
		return fail(0, "leading zero")
	}
	n, err := strconv.Atoi(string(b[:i]))
	if err != nil {
		return fail(0, "number too large")
	}
	if i == len(b) || b[i] != ' ' {
		return fail(i, "want a space and a unit")
	}
	u, ok := parseUnit(b[i+1:])
	if !ok || u == 0 {
		return fail(i+1, "unknown unit")
	}
	*p = Period{N: n, Unit: u}
	return nil
}
