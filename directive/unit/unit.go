package unit

import (
	"bytes"
	"encoding/json"

	"github.com/rickb777/date/v2"
)

// Unit is one body of the state or the political system that documents are
// addressed to: a People's Committee, a department, a Party committee, a
// post such as the Chairman. Units are values; a [Hierarchy] holds them.
//
// Names and short forms are Vietnamese as written in documents; matching
// ignores case, diacritics and punctuation (see [Hierarchy.Resolve]).
type Unit struct {
	// ID identifies the unit within its hierarchy. Use the mã định danh of
	// QCVN 102:2016/BTTTT where known ("000.00.00.H30"), else the
	// administrative-unit code of Quyết định 124/2004/QĐ-TTg or 19/2025/QĐ-TTg
	// as a string with its leading zeros ("899"), else any unique string.
	ID string `json:"id"`
	// Code is the administrative-unit code (mã đơn vị hành chính) of the
	// province, district or commune the unit governs, with leading zeros;
	// "" for bodies that govern no territory. Unlike ID it may repeat over
	// time: code 91 was Kiên Giang until 30 June 2025 and is An Giang since.
	Code string `json:"code,omitempty"`
	// Name is the official name: "Sở Nội vụ tỉnh Kiên Giang".
	Name string `json:"name"`
	// Short lists the other forms documents use: "Sở Nội vụ", "Sở NV",
	// "SNV", "TT. TU". A form need not be unique in the hierarchy; the
	// resolver prefers units near the issuer and reports a tie as unresolved.
	Short []string `json:"short,omitempty"`
	// Kind is what sort of body the unit is.
	Kind Kind `json:"kind"`
	// Level is the tier of the state the unit belongs to. When the data
	// leaves it out, [New] takes it from the kind, else from the parent.
	Level Level `json:"level,omitempty"`
	// Parent is the ID of the unit this one stands under in the hierarchy
	// (a department under its UBND tỉnh, a district UBND under the UBND
	// tỉnh), or "" for a root. A unit whose parent changes is, for the
	// hierarchy, a new unit succeeding the old one.
	Parent string `json:"parent,omitempty"`
	// From is the first day the unit exists; zero means since before any
	// day of interest.
	From date.Date `json:"from,omitempty"`
	// Until is the first day on which the unit no longer exists (it existed
	// up to the day before); zero means it still exists. A unit merged on
	// 1 July 2025 has Until 2025-07-01, and its successor From 2025-07-01.
	Until date.Date `json:"until,omitempty"`
	// Successors lists the IDs of the units that took over from this one on
	// its Until day: one for a renaming or a merger, several for a split.
	Successors []string `json:"successors,omitempty"`
	// Note says where the facts come from or what is uncertain.
	Note string `json:"note,omitempty"`
}

// ExistsOn reports whether the unit exists on day d: From ≤ d < Until, a
// zero From or Until leaving that end open.
func (u Unit) ExistsOn(d date.Date) bool {
	return (u.From == 0 || u.From <= d) && (u.Until == 0 || d < u.Until)
}

// UnmarshalJSON reads a unit in the form Data's JSON uses. Dates must be
// ISO 8601 ("2021-02-01"): the looser forms date.Date accepts by itself
// ("1/2/2021") would be read month first.
func (u *Unit) UnmarshalJSON(b []byte) error {
	type plain Unit
	var v struct {
		plain
		From  string `json:"from,omitempty"`
		Until string `json:"until,omitempty"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields() // a misspelt field must not drop a fact silently
	if err := dec.Decode(&v); err != nil {
		return err
	}
	*u = Unit(v.plain)
	for _, f := range []struct {
		s   string
		dst *date.Date
	}{{v.From, &u.From}, {v.Until, &u.Until}} {
		if f.s == "" {
			continue
		}
		d, err := date.Parse(date.ISO8601, f.s)
		if err != nil {
			return &Error{Op: "DecodeJSON", Unit: u.ID, Input: f.s, Detail: "dates are written 2006-01-02", Err: ErrSyntax}
		}
		*f.dst = d
	}
	return nil
}
