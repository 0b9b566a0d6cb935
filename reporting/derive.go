package reporting

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/directive/unit"
)

// DeriveOptions configure [Derive]. The zero value reads "trước ngày X"
// strictly, gives contributors in a relay the intermediary's own deadline,
// finds the issuer by the document's heading and takes the first occurrence
// of a recurring deadline.
type DeriveOptions struct {
	// Issuer is the ID of the issuing unit in the hierarchy. Empty: the
	// unit whose name or short form is the document's issuing body
	// (directive.Document.Organ) and which exists on the document's date.
	Issuer string `json:"issuer,omitempty"`
	// Policy is the reading of "trước ngày X" (no statute says whether day X is included); the zero
	// value is deadline.Strict.
	Policy deadline.Policy `json:"policy"`
	// RelayLead is the number of working days before the intermediary's
	// deadline by which contributors must report to it (see [Relay]). No law
	// fixes it; see [Relay].
	RelayLead int `json:"relayLead"`
	// Until, for a recurring deadline ("trước ngày 20 hằng tháng"), is the
	// last due day of the occurrences to derive; zero derives only the first
	// occurrence due on or after the document's date.
	Until date.Date `json:"until,omitzero"`
}

// Derive returns the reporting obligations of a parsed directive: for each
// report it requires (directive.Document.Reports), one obligation per
// concrete unit the document is addressed to (Kính gửi, resolved on the
// hierarchy h as it stood on the document's date), to the recipient the
// requirement names, by the deadline its phrase gives, resolved on cal with
// package deadline and explained.
//
// When the report goes through an intermediary ("về Ủy ban nhân dân tỉnh
// (qua Sở Nội vụ)"), the intermediary gets its own obligation to the
// recipient, by the document's deadline (Role Consolidator), and every
// addressee reports to it by an internal deadline opt.RelayLead working days
// earlier (Role Contributor); see [Relay]. An addressee that is the
// intermediary itself still owes its own report.
//
// Obligations are returned requirement by requirement, the consolidator
// first, then the addressees in the order of the Kính gửi list. Their IDs
// are "<số ký hiệu>#<n>/<unit ID>" (and "<số ký hiệu>#<n>/tổng-hợp/<unit
// ID>" for a consolidator), n numbering the requirements from 1, with
// "/<period>" added for the occurrences of a recurring deadline. Source is
// the document's số and ký hiệu, Task the number of the item that requires
// the report ("" for the closing paragraph). Subject is what the
// requirement says is reported (directive.ReportRequirement.Subject,
// "kết quả thực hiện"), or the document's trích yếu when it says nothing;
// Purpose is its "để …" clause ("để tổng hợp báo cáo Tỉnh ủy"), if any.
// The deadline is the requirement's expression
// (directive.ReportRequirement.Deadline); a requirement built or changed by
// hand without one has its Due phrase read with deadline.Parse.
//
// Notes record what a reader should check: a Kính gửi or Nơi nhận entry
// that named no unit, a recipient that could not be resolved, a
// requirement whose bearers say "các cấp" (all levels) while the
// obligations follow the Kính gửi list, which Nghị định 30/2020/NĐ-CP,
// Phụ lục I names as the bodies that must act.
//
// The error wraps [ErrInvalid] for a nil document, a document without a
// date, an issuer that cannot be found, reports but no addressee resolved,
// a requirement without a deadline, and wraps the errors of package
// deadline for a phrase that does not read or resolve (a recurring
// deadline that leaves its period to the reporting regime, deadline.
// ErrNeedsPeriod, belongs in a [Recurring]) and of package unit for a bad
// hierarchy context.
func Derive(doc *directive.Document, h *unit.Hierarchy, cal *calendar.Calendar, opt DeriveOptions) ([]Obligation, error) {
	const op = "Derive"
	switch {
	case doc == nil:
		return nil, invalid(op, "", "nil document")
	case h == nil:
		return nil, invalid(op, doc.Ref.Symbol(), "nil hierarchy")
	case doc.Ref.Date == 0:
		return nil, invalid(op, doc.Ref.Symbol(), "document without a date")
	case opt.RelayLead < 0:
		return nil, invalid(op, strconv.Itoa(opt.RelayLead), "negative relay lead")
	}
	if len(doc.Reports) == 0 {
		return nil, nil
	}
	source := doc.Ref.Symbol()
	if source == "" {
		source = "văn bản ngày " + dmy(doc.Ref.Date)
	}
	issuer := opt.Issuer
	if issuer == "" {
		u, ok := h.Named(doc.Organ, doc.Ref.Date)
		if !ok {
			return nil, invalid(op, doc.Organ, "no unit of the hierarchy is the issuing body on "+doc.Ref.Date.String()+": set DeriveOptions.Issuer")
		}
		issuer = u.ID
	}
	ctx := unit.Context{Issuer: issuer, Date: doc.Ref.Date}

	// The addressees: the Kính gửi list.
	lines := make([]string, len(doc.Addressees))
	for i, a := range doc.Addressees {
		lines[i] = a.Text
	}
	kg, err := h.Resolve(ctx, strings.Join(lines, "\n"))
	if err != nil {
		return nil, &Error{Op: op, Input: issuer, Detail: "resolving Kính gửi", Err: ErrInvalid, Cause: err}
	}
	var common []string
	for _, e := range kg.Entries {
		switch {
		case !e.Resolved():
			common = append(common, "Kính gửi “"+e.Text+"” không xác định được đơn vị: "+e.Reason+".")
		case e.AllLevels:
			common = append(common, "Kính gửi “"+e.Text+"” gồm các cấp; cần kiểm tra danh sách đơn vị (không văn bản pháp luật nào định nghĩa “các cấp”).")
		}
	}
	bearers := make([]Unit, 0, len(kg.Entries))
	for _, id := range kg.Units() {
		bearers = append(bearers, unitOf(h, id))
	}
	if len(bearers) == 0 {
		return nil, invalid(op, source, "reports required but no addressee resolved")
	}

	var out []Obligation
	for n, r := range doc.Reports {
		obs, err := deriveOne(doc, h, cal, opt, ctx, source, n+1, r, bearers, common)
		if err != nil {
			return nil, err
		}
		out = append(out, obs...)
	}
	return out, nil
}

// deriveOne derives the obligations of one report requirement.
func deriveOne(doc *directive.Document, h *unit.Hierarchy, cal *calendar.Calendar, opt DeriveOptions, ctx unit.Context,
	source string, n int, r directive.ReportRequirement, bearers []Unit, common []string) ([]Obligation, error) {
	const op = "Derive"
	prefix := source + "#" + strconv.Itoa(n)
	expr := r.Deadline.Expr
	if expr.Kind == 0 && strings.TrimSpace(r.Due) == "" {
		return nil, invalid(op, prefix, "report requirement without a deadline")
	}
	notes := slices.Clone(common)
	recipient, note, err := resolveOne(h, ctx, r.To)
	if err != nil {
		return nil, &Error{Op: op, Input: r.To, Err: ErrInvalid, Cause: err}
	}
	if note != "" {
		notes = append(notes, note)
	}
	var via Unit
	if strings.TrimSpace(r.Via) != "" {
		if via, note, err = resolveOne(h, ctx, r.Via); err != nil {
			return nil, &Error{Op: op, Input: r.Via, Err: ErrInvalid, Cause: err}
		}
		if note != "" {
			notes = append(notes, note)
		}
	}
	for _, b := range r.Bearers {
		if b.AllLevels {
			notes = append(notes, "Văn bản yêu cầu cả “các cấp” báo cáo; nghĩa vụ được lập theo danh sách Kính gửi (Nghị định 30/2020/NĐ-CP, Phụ lục I: Kính gửi ghi các cơ quan có trách nhiệm thực hiện).")
			break
		}
	}
	subject := r.Subject
	if subject == "" {
		subject = doc.Subject
	}

	if expr.Kind == 0 {
		// A requirement built or changed by hand: read its phrase.
		if expr, err = deadline.Parse(r.Due); err != nil {
			return nil, &Error{Op: op, Input: r.Due, Detail: "deadline phrase", Err: ErrInvalid, Cause: err}
		}
	}
	dctx := deadline.Context{Date: doc.Ref.Date, Policy: opt.Policy}
	type occurrence struct {
		period Period
		due    Due
	}
	var occs []occurrence
	if expr.Kind == deadline.Recurring {
		var list []deadline.Occurrence
		if opt.Until == 0 {
			o, err := expr.Next(cal, dctx, doc.Ref.Date)
			if err != nil {
				return nil, &Error{Op: op, Input: expr.String(), Err: ErrInvalid, Cause: err}
			}
			list = append(list, o)
		} else {
			for o, err := range expr.Occurrences(cal, dctx, doc.Ref.Date, opt.Until) {
				if err != nil {
					return nil, &Error{Op: op, Input: expr.String(), Err: ErrInvalid, Cause: err}
				}
				list = append(list, o)
			}
		}
		for _, o := range list {
			occs = append(occs, occurrence{period: periodOfOccurrence(expr.Every.Freq, o), due: dueOf(o.Resolution)})
		}
	} else {
		res, err := expr.Resolve(cal, dctx)
		if err != nil {
			return nil, &Error{Op: op, Input: expr.String(), Err: ErrInvalid, Cause: err}
		}
		occs = append(occs, occurrence{due: dueOf(res)})
	}

	var out []Obligation
	for _, oc := range occs {
		suffix := ""
		if !oc.period.IsZero() {
			suffix = "/" + oc.period.String()
		}
		base := Obligation{
			Recipient: recipient, Subject: subject, Purpose: r.Purpose, Source: source, Task: r.Item,
			Period: oc.period, Due: oc.due, Notes: notes,
		}
		contributors := make([]Obligation, len(bearers))
		for i, b := range bearers {
			c := base
			c.ID, c.Bearer = prefix+"/"+b.ID+suffix, b
			c.Notes = slices.Clone(notes)
			contributors[i] = c
		}
		if via.ID == "" {
			out = append(out, contributors...)
			continue
		}
		cons := base
		cons.ID, cons.Bearer = prefix+"/tổng-hợp/"+via.ID+suffix, via
		cons.Notes = slices.Clone(notes)
		chain, err := Relay(cal, opt.RelayLead, cons, contributors)
		if err != nil {
			return nil, err
		}
		out = append(out, chain...)
	}
	return out, nil
}

// dueOf turns a resolved deadline phrase into a Due.
func dueOf(res deadline.Resolution) Due {
	steps := make([]string, 0, len(res.Steps))
	for _, s := range res.Steps {
		step := s.Note
		if s.Basis != "" {
			step += " (" + s.Basis + ")"
		}
		steps = append(steps, step)
	}
	return Due{
		Day:         res.Due,
		End:         res.DueAt.In(ict),
		Provisional: res.Provisional,
		Explanation: Explanation{Text: res.Explanation, Steps: steps, Policy: policyOf(res)},
	}
}

// policyOf returns the Explanation.Policy of a resolution: its policy when
// the reading of "trước ngày X" decided the last day, else "inclusive".
func policyOf(res deadline.Resolution) string {
	for _, s := range res.Steps {
		if s.Rule == deadline.RuleExclusive || s.Rule == deadline.RuleInclusivePolicy {
			return res.Policy.String()
		}
	}
	return deadline.Inclusive.String()
}

// periodOfOccurrence names the period of an occurrence of a recurring
// deadline.
func periodOfOccurrence(f deadline.Frequency, o deadline.Occurrence) Period {
	var freq Frequency
	switch f {
	case deadline.Weekly:
		freq = Weekly
	case deadline.Monthly:
		freq = Monthly
	case deadline.Quarterly:
		freq = Quarterly
	case deadline.HalfYearly:
		freq = HalfYearly
	case deadline.Yearly:
		freq = Annual
	default:
		return Period{}
	}
	return PeriodOf(freq, o.Start)
}

// resolveOne resolves a phrase naming one unit ("Ủy ban nhân dân tỉnh"). A
// phrase that names no unit, or several, gives a Unit with the phrase as its
// name and no ID, and a note.
func resolveOne(h *unit.Hierarchy, ctx unit.Context, text string) (Unit, string, error) {
	res, err := h.Resolve(ctx, text)
	if err != nil {
		return Unit{}, "", err
	}
	ids := res.Units()
	if len(ids) == 1 && len(res.Unresolved()) == 0 {
		return unitOf(h, ids[0]), "", nil
	}
	why := "không xác định được một đơn vị"
	for _, e := range res.Unresolved() {
		why += ": " + e.Reason
		break
	}
	return Unit{Name: text}, "“" + text + "”: " + why + ".", nil
}

// unitOf returns the reporting Unit of a hierarchy unit.
func unitOf(h *unit.Hierarchy, id string) Unit {
	u, ok := h.Unit(id)
	if !ok {
		return Unit{ID: id, Name: id}
	}
	return Unit{ID: u.ID, Name: u.Name}
}
