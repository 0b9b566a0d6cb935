package lunar

import "strconv"

// String returns d as Vietnamese calendars print it: day/month, "nhuận" for a
// leap month, and the name of the year, such as "10/3 Bính Ngọ" or
// "15/2 nhuận Quý Mão". The year number is not shown; use
// [Date.MarshalText] for a form that can be read back. The zero Date
// (unset) prints as the empty string, as it marshals to empty text.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 32)
	b = strconv.AppendInt(b, int64(d.Day), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(d.Month), 10)
	if d.Leap {
		b = append(b, " nhuận"...)
	}
	b = append(b, ' ')
	b = append(b, d.YearCanChi().String()...)
	return string(b)
}

// Compare returns −1, 0 or +1 as d is before, equal to or after e in the
// calendar: by year, month, then the leap month after the regular month of the
// same number, then day. It does not check that the dates exist.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(d.Month - e.Month)
	case d.Leap != e.Leap:
		if d.Leap {
			return 1
		}
		return -1
	default:
		return sign(d.Day - e.Day)
	}
}

func sign(i int) int {
	switch {
	case i < 0:
		return -1
	case i > 0:
		return 1
	}
	return 0
}

// IsZero reports whether d is the zero value, which means "unset".
func (d Date) IsZero() bool { return d == Date{} }

// MarshalText implements [encoding.TextMarshaler]. The form is ISO-like,
// year-month-day with "L" after a leap month: "2026-03-10", "2023-02L-15".
// The zero Date marshals as empty text. A date that does not exist, or is out
// of range, is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if _, err := d.solar(); err != nil {
		return nil, &Error{Func: "MarshalText", Input: d.text(), Err: err}
	}
	return d.appendText(make([]byte, 0, 11)), nil
}

// text returns d in the form of [Date.MarshalText] without checking that it
// exists, for error messages: unlike [Date.String] it shows the year number.
func (d Date) text() string { return string(d.appendText(make([]byte, 0, 24))) }

// appendText appends d as YYYY-MM[L]-DD. A field that does not fit its width
// (a negative year, month 123) is written in full.
func (d Date) appendText(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, d.Month, 2)
	if d.Leap {
		b = append(b, 'L')
	}
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// appendPadded appends v in decimal, with leading zeros to width digits
// when v is not negative.
func appendPadded(b []byte, v, width int) []byte {
	if v >= 0 {
		for p := 10; width > 1; width-- {
			if v < p {
				b = append(b, '0')
			}
			p *= 10
		}
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// UnmarshalText implements [encoding.TextUnmarshaler], reading the form
// [Date.MarshalText] writes. Empty text gives the zero Date. Text of another
// form is an error wrapping [ErrSyntax] with the offset where reading
// stopped; a well-formed date that does not exist or is out of range wraps
// [ErrNoSuchDate] or [ErrOutOfRange]. On error d is unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	r, pos := parse(text)
	if pos >= 0 {
		return &Error{Func: "UnmarshalText", Input: string(text), Offset: pos, Err: ErrSyntax}
	}
	if _, err := r.solar(); err != nil {
		return &Error{Func: "UnmarshalText", Input: string(text), Err: err}
	}
	*d = r
	return nil
}

// parse reads YYYY-MM[L]-DD. It returns pos = −1 on success, otherwise the
// offset of the first byte it could not accept.
func parse(s []byte) (d Date, pos int) {
	i := 0
	digits := func(n int) (int, bool) {
		v := 0
		for k := 0; k < n; k++ {
			if i >= len(s) || s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			v = v*10 + int(s[i]-'0')
			i++
		}
		return v, true
	}
	var ok bool
	if d.Year, ok = digits(4); !ok {
		return Date{}, i
	}
	if i >= len(s) || s[i] != '-' {
		return Date{}, i
	}
	i++
	if d.Month, ok = digits(2); !ok {
		return Date{}, i
	}
	if i < len(s) && s[i] == 'L' {
		d.Leap = true
		i++
	}
	if i >= len(s) || s[i] != '-' {
		return Date{}, i
	}
	i++
	if d.Day, ok = digits(2); !ok {
		return Date{}, i
	}
	if i != len(s) {
		return Date{}, i
	}
	return d, -1
}
