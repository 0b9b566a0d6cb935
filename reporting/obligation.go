package reporting

// Unit is a unit of the administrative hierarchy as an obligation names it:
// a stable identifier (a mã định danh, an administrative code, or any key of
// the user's system) and the name to print. The zero Unit means "none".
type Unit struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// IsZero reports whether u is the zero Unit.
func (u Unit) IsZero() bool { return u == Unit{} }

// Role is the place of an obligation in a relay chain: reports that go
// through an intermediary which consolidates them ("qua Sở Nội vụ … để tổng
// hợp báo cáo Tỉnh ủy"; see [Relay]). The zero Role is Direct.
type Role uint8

// The roles.
const (
	// Direct is an obligation to report straight to the recipient.
	Direct Role = iota
	// Contributor is an obligation to report through an intermediary, by
	// the intermediary's internal deadline; [Obligation.Relay] names the
	// intermediary's own obligation.
	Contributor
	// Consolidator is the intermediary's own obligation: to consolidate
	// the contributions and report to the final recipient (tổng hợp).
	Consolidator
)

var roleTokens = []string{"direct", "contributor", "consolidator"}

// String returns "direct", "contributor" or "consolidator"; any other value
// prints as "Role(n)".
func (r Role) String() string { return zeroTokenOf("Role", roleTokens, uint8(r)) }

// MarshalText returns the token of [Role.String].
func (r Role) MarshalText() ([]byte, error) { return marshalToken("role", roleTokens, uint8(r), 0) }

// UnmarshalText reads a token of [Role.String].
func (r *Role) UnmarshalText(b []byte) error {
	v, err := parseToken("role", roleTokens, b, 0)
	if err != nil {
		return err
	}
	*r = Role(v)
	return nil
}

// Obligation is one unit's duty to send one report: who (the bearer) owes
// what (the subject) to whom (the recipient), through which units, by when,
// and where the duty comes from (the source document and its task).
//
// Obligations are derived from directives or periodic regimes ([Recurring])
// or built by hand; ID is the key submissions refer to and must be unique
// among the obligations evaluated together. Only ID, Bearer.ID and Due.Day
// (or Due.NoDeadline, for a duty without a deadline) are required.
type Obligation struct {
	// ID identifies the obligation, e.g. "491/UBND-KGVX#1/91/syt" as
	// [Derive] builds it, or any key of the user's system.
	ID string `json:"id"`
	// Bearer is the unit that must report.
	Bearer Unit `json:"bearer"`
	// Recipient is the unit the report is for ("Ủy ban nhân dân tỉnh").
	Recipient Unit `json:"recipient,omitzero"`
	// Via are the units the report goes through, nearest first ("qua Sở
	// Nội vụ").
	Via []Unit `json:"via,omitempty"`
	// Subject is what is reported ("kết quả thực hiện").
	Subject string `json:"subject,omitempty"`
	// Purpose is what the recipient does with it ("để tổng hợp báo cáo
	// Tỉnh ủy").
	Purpose string `json:"purpose,omitempty"`
	// Source is the symbol of the document the duty comes from
	// ("491/UBND-KGVX").
	Source string `json:"source,omitempty"`
	// Task refers to the task or requirement of the source document the
	// report is about (its number or the user's key).
	Task string `json:"task,omitempty"`
	// Period is the reporting period of a periodic report; zero otherwise.
	Period Period `json:"period,omitzero"`
	// Window is the data window of a periodic report; zero otherwise.
	Window Window `json:"window,omitzero"`
	// Due is when the report is due.
	Due Due `json:"due"`
	// Role is the obligation's place in a relay chain.
	Role Role `json:"role,omitempty"`
	// Relay is, for a Contributor, the ID of the intermediary's own
	// obligation (the Consolidator); empty otherwise.
	Relay string `json:"relay,omitempty"`
	// Notes are remarks a user should see: an assumption made while
	// deriving the obligation, a phrase that could not be resolved.
	Notes []string `json:"notes,omitempty"`
}

// Validate reports what is wrong with o, as an error wrapping [ErrInvalid],
// or nil: an empty ID, a bearer without ID, an unset Due (no due day and not
// marked Due.NoDeadline), a duty without a deadline that has a due day or
// an end, an unknown role.
func (o Obligation) Validate() error {
	const op = "Obligation.Validate"
	switch {
	case o.ID == "":
		return invalid(op, o.Bearer.Name, "empty ID")
	case o.Bearer.ID == "":
		return invalid(op, o.ID, "bearer without ID")
	case o.Due.IsZero():
		return invalid(op, o.ID, "no due day (set Due.NoDeadline for a duty without a deadline)")
	case o.Due.NoDeadline && (o.Due.Day != 0 || !o.Due.End.IsZero()):
		return invalid(op, o.ID, "a duty without a deadline has a due day")
	case o.Role > Consolidator:
		return invalid(op, o.ID, "unknown role "+o.Role.String())
	case o.Role == Contributor && o.Relay == "":
		return invalid(op, o.ID, "contributor without the consolidator's obligation")
	}
	return nil
}
