package reporting

import "github.com/rickb777/date/v2"

// Window is a span of days with both ends included: the data cut-off window
// of a period (thời gian chốt số liệu, Nghị định 09/2019/NĐ-CP Điều 12), or
// the days a period names ([Period.Span]). The zero Window means "none".
type Window struct {
	From date.Date `json:"from"`
	To   date.Date `json:"to"`
}

// IsZero reports whether w is the zero Window.
func (w Window) IsZero() bool { return w == Window{} }

// Contains reports whether d is in w, both ends included.
func (w Window) Contains(d date.Date) bool { return !w.IsZero() && w.From <= d && d <= w.To }

// Days returns the number of days in w, both ends included; 0 for the zero
// Window.
func (w Window) Days() int {
	if w.IsZero() || w.To < w.From {
		return 0
	}
	return int(w.To-w.From) + 1
}

// String returns e.g. "15/02/2026 – 14/03/2026", or "" for the zero Window.
func (w Window) String() string {
	if w.IsZero() {
		return ""
	}
	return dmy(w.From) + " – " + dmy(w.To)
}
