package reporting

import (
	"encoding/json"
	"errors"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// strictDay reads the date.Date at d from JSON as calendar.ParseDate reads
// it: the ISO 8601 form date.Date writes, and only a day that exists.
// date.Date's own UnmarshalText moves an impossible day to the next month
// ("2021-02-30" becomes 2 March), which a stored due day or window must not
// do silently. It is the one check behind every date of this package read
// from JSON ([Due], [Window], [DeriveOptions]); periods read with
// [ParsePeriod] and instants with time.Time, which reject impossible days
// themselves.
type strictDay struct {
	what string // the field, for the error: "due day"
	d    *date.Date
}

// UnmarshalText reads the day, or returns a *ParseError naming the field,
// the input and the offset of the fault.
func (s strictDay) UnmarshalText(b []byte) error {
	d, err := calendar.ParseDate(string(b))
	if err != nil {
		pe := &ParseError{What: s.what, Input: string(b), Msg: err.Error()}
		if ce, ok := errors.AsType[*calendar.Error](err); ok {
			pe.Pos, pe.Msg = ce.Offset, ce.Detail
		}
		return pe
	}
	*s.d = d
	return nil
}

// UnmarshalJSON reads the JSON form of a Due, rejecting a due day that does
// not exist with a *ParseError wrapping [ErrSyntax].
func (d *Due) UnmarshalJSON(b []byte) error {
	type plain Due
	return json.Unmarshal(b, &struct {
		*plain
		Day strictDay `json:"day"`
	}{(*plain)(d), strictDay{"due day", &d.Day}})
}

// UnmarshalJSON reads the JSON form of a Window, rejecting a day that does
// not exist with a *ParseError wrapping [ErrSyntax].
func (w *Window) UnmarshalJSON(b []byte) error {
	type plain Window
	return json.Unmarshal(b, &struct {
		*plain
		From strictDay `json:"from"`
		To   strictDay `json:"to"`
	}{(*plain)(w), strictDay{"window start", &w.From}, strictDay{"window end", &w.To}})
}

// UnmarshalJSON reads the JSON form of DeriveOptions, rejecting an Until
// day that does not exist with a *ParseError wrapping [ErrSyntax].
func (o *DeriveOptions) UnmarshalJSON(b []byte) error {
	type plain DeriveOptions
	return json.Unmarshal(b, &struct {
		*plain
		Until strictDay `json:"until"`
	}{(*plain)(o), strictDay{"until day", &o.Until}})
}
