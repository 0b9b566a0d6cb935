package deadline

import (
	"encoding/json"

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
