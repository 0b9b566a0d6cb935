package calendar

import (
	"errors"

	"github.com/vanban-go/vanban/internal/holidaydata"
)

// ParseSchedule reads schedule data in the tab-separated form of the
// built-in table (holidays-vn.tsv), one day per line:
//
//	date	kind	name	source	confidence
//	2028-01-01	holiday	Tết Dương lịch	BLLĐ 2019 Điều 112 khoản 1	confirmed
//
// The date is YYYY-MM-DD; kind is a token of [Kind.String]; the source
// becomes the day's Basis; the confidence column, a token of
// [Confidence.String], may be left out, and then reads as [Confirmed]: the
// rows are taken from an announcement. A header line whose first field is
// "date", blank lines and lines starting with '#' are skipped. Pass the
// result to [WithSchedule].
//
// The error is a [*ParseError] with the line and column; it wraps
// [ErrSyntax].
func ParseSchedule(data []byte) ([]DayInfo, error) {
	rows, err := holidaydata.Parse(data)
	if err != nil {
		var se *holidaydata.SyntaxError
		if errors.As(err, &se) {
			return nil, &ParseError{Line: se.Line, Column: se.Column, Value: se.Value, Msg: se.Msg}
		}
		return nil, err
	}
	out := make([]DayInfo, 0, len(rows))
	for _, r := range rows {
		d := DayInfo{Date: r.Date, Name: r.Name, Basis: r.Source, Confidence: Confirmed}
		if err := d.Kind.UnmarshalText([]byte(r.Kind)); err != nil || d.Kind == 0 {
			return nil, &ParseError{Line: r.Line, Column: holidaydata.ColKind, Value: r.Kind, Msg: "unknown kind"}
		}
		if r.Confidence != "" {
			if err := d.Confidence.UnmarshalText([]byte(r.Confidence)); err != nil {
				return nil, &ParseError{Line: r.Line, Column: holidaydata.ColConfidence, Value: r.Confidence, Msg: "unknown confidence"}
			}
		}
		out = append(out, d)
	}
	return out, nil
}
