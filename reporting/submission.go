package reporting

import "time"

// Submission is a report received: which obligation it answers, who sent
// it and when.
type Submission struct {
	// ID identifies the submission in the recipient's system (the số đến
	// of the incoming document, a receipt number); may be empty.
	ID string `json:"id,omitempty"`
	// Obligation is the ID of the obligation the report answers.
	Obligation string `json:"obligation"`
	// Unit is the ID of the unit that sent it; empty means the bearer of
	// the obligation.
	Unit string `json:"unit,omitempty"`
	// At is the instant it was received.
	At time.Time `json:"at"`
}

// IrregularReason says why a submission was not counted. The zero value is
// none of them.
type IrregularReason uint8

// The reasons.
const (
	// UnknownObligation is a report for no known obligation.
	UnknownObligation IrregularReason = iota + 1
	// WrongUnit is a report sent by a unit other than the obligation's
	// bearer.
	WrongUnit
	// Duplicate is a second (or later) report for an obligation already
	// answered: the earliest one counts.
	Duplicate
)

var irregularTokens = []string{"unknown-obligation", "wrong-unit", "duplicate"}

// String returns "unknown-obligation", "wrong-unit" or "duplicate"; any other
// value prints as "IrregularReason(n)".
func (r IrregularReason) String() string {
	return tokenOf("IrregularReason", irregularTokens, uint8(r))
}

// MarshalText returns the token of [IrregularReason.String].
func (r IrregularReason) MarshalText() ([]byte, error) {
	return marshalToken("irregular reason", irregularTokens, uint8(r), 1)
}

// UnmarshalText reads a token of [IrregularReason.String].
func (r *IrregularReason) UnmarshalText(b []byte) error {
	v, err := parseToken("irregular reason", irregularTokens, b, 1)
	if err != nil {
		return err
	}
	*r = IrregularReason(v)
	return nil
}

// Irregular is a submission that was not counted, and why: it is reported,
// not dropped.
type Irregular struct {
	Submission Submission      `json:"submission"`
	Reason     IrregularReason `json:"reason"`
	// Counted is, for a Duplicate, the submission that counts.
	Counted Submission `json:"counted,omitzero"`
}
