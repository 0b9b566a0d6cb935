package reporting

import (
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// Recurring is a recurring obligation: one unit's duty to make a periodic
// report under a regime, at one of its levels.
type Recurring struct {
	// Obligation is the template of every period's obligation: its ID is
	// the prefix of theirs; its Period, Window and Due are ignored.
	Obligation Obligation `json:"obligation"`
	// Regime is the reporting regime.
	Regime Regime `json:"regime"`
	// Level is the index in Regime.Levels of the level whose deadline the
	// bearer must meet.
	Level int `json:"level"`
}

// Expand returns the obligations of the periods of [Regime.Periods]
// from..to, in order: copies of the template with the period, its data
// window and the level's due day, and the ID "<template ID>/<period>" (e.g.
// "BC-CCHC/SNV/2026-03"). The error wraps [ErrInvalid] for a level out of
// range, an invalid regime or template, and the calendar's error when a day
// is outside its range.
func (r Recurring) Expand(cal *calendar.Calendar, from, to date.Date) ([]Obligation, error) {
	if r.Level < 0 || r.Level >= len(r.Regime.Levels) {
		return nil, invalid("Recurring.Expand", r.Obligation.ID, "level "+strconv.Itoa(r.Level)+" out of range")
	}
	occ, err := r.Regime.Occurrences(cal, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]Obligation, 0, len(occ))
	for _, o := range occ {
		ob := r.Obligation
		ob.ID = r.Obligation.ID + "/" + o.Period.String()
		ob.Period, ob.Window, ob.Due = o.Period, o.Window, o.Dues[r.Level].Due
		if err := ob.Validate(); err != nil {
			return nil, err
		}
		out = append(out, ob)
	}
	return out, nil
}
