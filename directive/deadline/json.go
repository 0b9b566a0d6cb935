package deadline

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// periodJSON is calendar.Period with its unit as a token.
type periodJSON struct {
	N    int    `json:"n"`
	Unit string `json:"unit"`
}

var unitTokens = [...]string{"", "days", "working-days", "weeks", "months", "years"}

// exprJSON is the stored form of an Expr.
type exprJSON struct {
	plainExpr
	Period *periodJSON `json:"period,omitempty"`
	Text   string      `json:"text,omitempty"`
}

type plainExpr Expr

// MarshalJSON encodes e as its fields, the period's unit as a token
// ("days", "working-days", "weeks", "months", "years"), and its canonical
// phrase under "text" for people reading the store:
//
//	{"kind":"fixed-day","bound":"before","day":{"year":2021,"month":11,"day":20},
//	 "text":"trước ngày 20/11/2021"}
//
// It fails for an expression that is not valid.
func (e Expr) MarshalJSON() ([]byte, error) {
	if err := e.check(Context{}); err != nil {
		return nil, err
	}
	w := exprJSON{plainExpr: plainExpr(e), Text: e.String()}
	if e.Kind == AfterEvent {
		w.Period = &periodJSON{N: e.Period.N, Unit: unitTokens[e.Period.Unit]}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes the form of [Expr.MarshalJSON]; "text" is ignored.
// The error wraps [ErrInvalid] if the expression decoded is not valid.
func (e *Expr) UnmarshalJSON(b []byte) error {
	var w exprJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	x := Expr(w.plainExpr)
	if w.Period != nil {
		x.Period.N = w.Period.N
		for u, t := range unitTokens {
			if t != "" && t == w.Period.Unit {
				x.Period.Unit = calendar.Unit(u)
			}
		}
	}
	if err := x.check(Context{}); err != nil {
		return err
	}
	*e = x
	return nil
}

// The stored values' dates are read with calendar.ParseDate: date.Date's
// own UnmarshalText accepts many layouts and moves an impossible day to the
// next month ("2021-02-30" becomes 2 March), which a store must not do.

// dateField sets *dst from the JSON text s of field, if the field was given.
// The error is a *[ParseError] wrapping [ErrDate] whose Input is the date as
// written, Offset the byte in it where reading failed, and Msg names the
// field.
func dateField(field string, s *string, dst *date.Date) error {
	if s == nil {
		return nil
	}
	v, err := calendar.ParseDate(*s)
	if err != nil {
		var ce *calendar.Error
		off, msg := 0, err.Error()
		if errors.As(err, &ce) {
			off, msg = ce.Offset, ce.Detail
		}
		return &ParseError{Input: *s, Offset: off, Msg: "field " + strconv.Quote(field) + ": " + msg, Err: ErrDate}
	}
	*dst = v
	return nil
}

// UnmarshalJSON decodes a Context, checking its dates: a day that does not
// exist ("2021-02-30") is a *[ParseError] wrapping [ErrDate] that names the
// field, not a day of the next month.
func (ctx *Context) UnmarshalJSON(b []byte) error {
	type plain Context
	w := struct {
		plain
		Date  *string `json:"date"`
		Event *string `json:"event"`
	}{plain: plain(*ctx)}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if err := firstErr(dateField("date", w.Date, &w.plain.Date), dateField("event", w.Event, &w.plain.Event)); err != nil {
		return err
	}
	*ctx = Context(w.plain)
	return nil
}

// UnmarshalJSON decodes a Resolution, checking its dates as
// [Context.UnmarshalJSON] does, those of its steps and of the days they
// crossed (calendar.DayInfo.UnmarshalJSON).
func (r *Resolution) UnmarshalJSON(b []byte) error {
	type plain Resolution
	w := struct {
		plain
		Named *string `json:"named"`
		Event *string `json:"event"`
		Last  *string `json:"last"`
		Due   *string `json:"due"`
	}{plain: plain(*r)}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if err := firstErr(dateField("named", w.Named, &w.plain.Named), dateField("event", w.Event, &w.plain.Event),
		dateField("last", w.Last, &w.plain.Last), dateField("due", w.Due, &w.plain.Due)); err != nil {
		return err
	}
	*r = Resolution(w.plain)
	return nil
}

// UnmarshalJSON decodes a Step, checking its dates as
// [Context.UnmarshalJSON] does.
func (s *Step) UnmarshalJSON(b []byte) error {
	type plain Step
	w := struct {
		plain
		From *string `json:"from"`
		To   *string `json:"to"`
	}{plain: plain(*s)}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if err := firstErr(dateField("from", w.From, &w.plain.From), dateField("to", w.To, &w.plain.To)); err != nil {
		return err
	}
	*s = Step(w.plain)
	return nil
}

// UnmarshalJSON decodes an Occurrence: its period's dates, checked as
// [Context.UnmarshalJSON] does, and its resolution
// ([Resolution.UnmarshalJSON]). Without it, the method of the embedded
// Resolution would decode the whole value and drop Start and End.
func (o *Occurrence) UnmarshalJSON(b []byte) error {
	var w struct {
		Start *string `json:"start"`
		End   *string `json:"end"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	v := *o
	if err := firstErr(dateField("start", w.Start, &v.Start), dateField("end", w.End, &v.End)); err != nil {
		return err
	}
	if err := json.Unmarshal(b, &v.Resolution); err != nil {
		return err
	}
	*o = v
	return nil
}

// firstErr returns the first of errs that is not nil.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
