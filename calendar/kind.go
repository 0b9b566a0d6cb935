package calendar

import (
	"strconv"

	"github.com/rickb777/date/v2"
)

// Kind classifies a day for a state agency. The zero Kind is none of the
// six and means "unset": [Calendar.Day] returns it only for a date outside
// the supported range.
type Kind uint8

// The kinds of day.
const (
	// Workday is an ordinary working day (ngày làm việc).
	Workday Kind = iota + 1
	// WeeklyRest is a day of the weekly rest (nghỉ hằng tuần): Saturday or
	// Sunday for state agencies since 2/10/1999 (Quyết định 188/1999/QĐ-TTg).
	WeeklyRest
	// Holiday is a public holiday (ngày nghỉ lễ, tết), reported as Holiday
	// even when it falls on the weekly rest day.
	Holiday
	// Compensatory is a weekday off in place of a holiday that fell on the
	// weekly rest day (nghỉ bù).
	Compensatory
	// SwapOff is a weekday made a day off by an announced swap (nghỉ hoán
	// đổi), paid back by a SwapWorkday.
	SwapOff
	// SwapWorkday is a weekly rest day made a working day by an announced
	// swap (làm bù).
	SwapWorkday
)

var kindNames = [...]string{"", "workday", "weekly-rest", "holiday", "compensatory", "swap-off", "swap-workday"}

// String returns the kind's token, the one used in schedule tables and JSON:
// "workday", "weekly-rest", "holiday", "compensatory", "swap-off" or
// "swap-workday". Any other value prints as "Kind(n)".
func (k Kind) String() string {
	if k >= Workday && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Working reports whether a day of kind k is a working day: Workday or
// SwapWorkday.
func (k Kind) Working() bool { return k == Workday || k == SwapWorkday }

// MarshalText returns the token of [Kind.String], and empty text for the
// zero Kind (unset), so that the DayInfo of a day out of range encodes. It
// fails, with [ErrInvalid], for any other kind that is none of the six.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 {
		return []byte{}, nil
	}
	if int(k) >= len(kindNames) {
		return nil, &Error{Op: "Kind.MarshalText", Detail: k.String(), Err: ErrInvalid}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a token of [Kind.String]; empty text gives the zero
// Kind (unset). Other text is an [*Error] wrapping [ErrSyntax] whose Input
// is the text; on error k is unchanged.
func (k *Kind) UnmarshalText(b []byte) error {
	for i := Kind(0); int(i) < len(kindNames); i++ {
		if string(b) == kindNames[i] {
			*k = i
			return nil
		}
	}
	return &Error{Op: "Kind.UnmarshalText", Input: string(b), Detail: "unknown kind", Err: ErrSyntax}
}

// Confidence says how well the classification of a day is established.
type Confidence uint8

// The levels of confidence, those of the confidence column of the built-in
// table (internal/holidaydata/holidays-vn.tsv), plus Derived.
const (
	// Derived is a day classified by the rules of this package: the law in
	// force and the weekly rest, and for provisional years the documented
	// defaults. It is also the zero value, so entries given to
	// [WithSchedule] without a rating read as Derived.
	Derived Confidence = iota
	// Confirmed is an announced day that two independent sources agree on.
	Confirmed
	// SingleSource is an announced day reported by one source only.
	SingleSource
	// Inferred is a day the researchers derived from the law because no
	// announcement was found for it.
	Inferred
)

var confNames = [...]string{"derived", "confirmed", "single-source", "inferred"}

// String returns "derived", "confirmed", "single-source" or "inferred"; any
// other value prints as "Confidence(n)".
func (c Confidence) String() string {
	if int(c) < len(confNames) {
		return confNames[c]
	}
	return "Confidence(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText returns the token of [Confidence.String].
func (c Confidence) MarshalText() ([]byte, error) {
	if int(c) >= len(confNames) {
		return nil, &Error{Op: "Confidence.MarshalText", Detail: c.String(), Err: ErrInvalid}
	}
	return []byte(confNames[c]), nil
}

// UnmarshalText reads a token of [Confidence.String].
func (c *Confidence) UnmarshalText(b []byte) error {
	for i := range confNames {
		if string(b) == confNames[i] {
			*c = Confidence(i)
			return nil
		}
	}
	return &Error{Op: "Confidence.UnmarshalText", Input: string(b), Detail: "unknown confidence", Err: ErrSyntax}
}

// DayInfo is what a calendar knows about one day: its kind and why.
//
// For a holiday, compensatory or swap day, Name is its Vietnamese name
// ("Tết Âm lịch (mùng 1)") and Basis the law article or the announcing
// document. A weekly rest day is named "Nghỉ hằng tuần"; an ordinary working
// day has an empty Name and Basis. Provisional is true for every day of a
// year, from 2010 on, whose schedule has not been announced: its holidays
// follow the law, with defaults for the choices the government makes each
// year, and may change when the schedule is published.
//
// DayInfo is also the entry type of [WithSchedule] and [WithAnnouncement]
// and the row type of [ParseSchedule] (whose rows are not provisional):
// WithSchedule keeps the Provisional flag of what it is given, and
// WithAnnouncement ignores it (an announced day is not provisional). It is
// comparable with ==.
//
// Its JSON form has the keys of its fields in camelCase, the date as
// YYYY-MM-DD and the kind and confidence as tokens; decoding checks the
// date ([DayInfo.UnmarshalJSON]), so a schedule read from JSON cannot hold
// a day that does not exist.
type DayInfo struct {
	Date        date.Date  `json:"date"`
	Kind        Kind       `json:"kind"`
	Name        string     `json:"name,omitempty"`
	Basis       string     `json:"basis,omitempty"`
	Confidence  Confidence `json:"confidence"`
	Provisional bool       `json:"provisional,omitempty"`
}
