package reporting

import (
	"errors"
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
	// Policy is the reading of "trước ngày X", which no statute settles:
	// the same deadline.Policy as [Regime.Before]. The zero value is
	// deadline.Strict. In JSON: "strict", "inclusive" or
	// "strict-backward".
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
// concrete unit that must send it, to the recipient the requirement names,
// by the deadline its phrase gives, resolved on cal (calendar.Default() when
// nil) with package deadline and explained.
//
// Who must report is what directive.Document.Resolve says for that
// requirement, on the hierarchy h as it stood on the document's date: the
// units its sentence names ("Sở Tài chính chủ trì tổng hợp, báo cáo …"
// gives Sở Tài chính alone), else those of the item's task, else the Kính
// gửi list; "các cấp" ("Ủy ban nhân dân các cấp") stands for the units of
// Kính gửi it reaches. Only when Resolve gives no unit at all (the sentence
// names only bodies the hierarchy does not know) does Derive fall back to
// the Kính gửi list, and a note says so.
//
// A unit the sentence names only in support ("Sở Tài chính chủ trì, phối
// hợp với Sở Kế hoạch và Đầu tư …, báo cáo …") contributes to the lead's
// report and gets no obligation of its own (directive.UnitReport.Role). A
// requirement with a condition ("nếu có khó khăn, vướng mắc, báo cáo về …",
// directive.ReportRequirement.Condition) is due only if the condition
// arises, so it yields no obligation; build one by hand when it does.
//
// When the report goes through an intermediary ("về Ủy ban nhân dân tỉnh
// (qua Sở Nội vụ)"), the intermediary gets its own obligation to the
// recipient, by the document's deadline (Role Consolidator), and every
// bearer reports to it by an internal deadline opt.RelayLead working days
// earlier (Role Contributor); see [Relay]. A bearer that is the
// intermediary itself still owes its own report.
//
// Obligations are returned requirement by requirement, the consolidator
// first, then the bearers in the order of directive.Resolved.Units: the
// Kính gửi units in their order, then the others in the order the document
// reaches them. Their IDs are "<số ký hiệu>#<n>/<unit ID>" (and "<số ký
// hiệu>#<n>/tổng-hợp/<unit ID>" for a consolidator), n numbering the
// requirements from 1, with "/<period>" added for the occurrences of a
// recurring deadline. Source is the document's số and ký hiệu, Task the
// number of the item that requires the report ("" for the closing
// paragraph). Subject is what the requirement says is reported
// (directive.ReportRequirement.Subject, "kết quả thực hiện"), or the
// document's trích yếu when it says nothing; Purpose is its "để …" clause
// ("để tổng hợp báo cáo Tỉnh ủy"), if any. The deadline is the
// requirement's expression (directive.ReportRequirement.Deadline); a
// requirement built or changed by hand without one has its Due phrase read
// with deadline.Parse. A requirement that names no deadline at all ("… và
// báo cáo Thủ tướng Chính phủ", Công văn 2541/VPCP-QHQT) still gives its
// obligations, without a deadline: Due.NoDeadline set, Due.Day zero, and a
// note that says so (see [Due] and [NoDeadline]).
//
// Notes record what a reader should check: a bearer expression that named
// no unit, a recipient that could not be resolved, a requirement whose
// bearers say "các cấp" (all levels) while the obligations follow the Kính
// gửi list, which Nghị định 30/2020/NĐ-CP, Phụ lục I names as the bodies
// that must act, and, for obligations that follow the Kính gửi list, a
// Kính gửi entry that named no unit.
//
// The error wraps [ErrInvalid] for a nil document or hierarchy, a negative
// relay lead, a document without a date, an issuer that cannot be found or
// a document Resolve rejects (wrapping the error of package directive), and
// then no obligation is returned.
//
// A requirement that cannot be derived does not hide the others: Derive
// returns the obligations of the requirements it could derive together
// with an error that joins (errors.Join) one *Error per requirement it
// could not, each wrapping [ErrInvalid] and naming the requirement in its
// Input by the prefix its obligations' IDs would have ("491/UBND-KGVX#2"):
// a requirement that no unit bears (its sentence names no unit the
// hierarchy knows and Kính gửi names none), a deadline phrase that does not
// read or resolve (wrapping the error of package deadline; a recurring
// deadline that leaves its period to the reporting regime,
// deadline.ErrNeedsPeriod, belongs in a [Recurring]), and a recipient or
// intermediary the hierarchy cannot read (wrapping the error of package
// unit). The obligations returned are valid either way.
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
	if cal == nil {
		cal = calendar.Default()
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
	res, err := reportsOnly(doc).Resolve(h, cal, directive.ResolveOptions{Issuer: issuer, Policy: opt.Policy})
	if err != nil {
		return nil, &Error{Op: op, Input: issuer, Detail: "resolving the document", Err: ErrInvalid, Cause: err}
	}
	d := deriver{doc: doc, h: h, cal: cal, opt: opt, res: res, source: source,
		ctx: unit.Context{Issuer: issuer, Date: doc.Ref.Date}, bearers: make([][]Unit, len(doc.Reports))}

	// What to say of the Kính gửi list, for the obligations that follow it.
	for _, e := range res.Addressees.Entries {
		switch {
		case !e.Resolved():
			d.kgNotes = append(d.kgNotes, "Kính gửi “"+e.Text+"” không xác định được đơn vị: "+e.Reason+".")
		case e.AllLevels:
			d.kgNotes = append(d.kgNotes, "Kính gửi “"+e.Text+"” gồm các cấp; cần kiểm tra danh sách đơn vị (không văn bản pháp luật nào định nghĩa “các cấp”).")
		}
	}
	// Each requirement's bearers, as Resolve gives them, in one backing
	// array cut per requirement.
	counts := make([]int, len(doc.Reports)+1)
	for _, du := range res.Units {
		for _, ur := range du.Reports {
			if ur.Report >= 0 && ur.Report < len(doc.Reports) {
				counts[ur.Report+1]++
			}
		}
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	all := make([]Unit, counts[len(doc.Reports)])
	for i := range d.bearers {
		d.bearers[i] = all[counts[i]:counts[i]:counts[i+1]]
	}
	// A unit that only supports ("phối hợp với …") contributes to the lead's
	// report and owes none of its own, when the requirement has a unit that
	// leads or reports on its own account.
	hasOwn := make([]bool, len(doc.Reports))
	d.bearersFrom = make([]directive.ReportSource, len(doc.Reports))
	for _, du := range res.Units {
		for _, ur := range du.Reports {
			if ur.Report >= 0 && ur.Report < len(doc.Reports) {
				hasOwn[ur.Report] = hasOwn[ur.Report] || ur.Role != directive.Support
				d.bearersFrom[ur.Report] = ur.Source
			}
		}
	}
	for _, du := range res.Units {
		for _, ur := range du.Reports {
			if ur.Report < 0 || ur.Report >= len(d.bearers) || ur.Role == directive.Support && hasOwn[ur.Report] {
				continue
			}
			if b := d.bearers[ur.Report]; len(b) == 0 || b[len(b)-1].ID != du.Unit {
				d.bearers[ur.Report] = append(b, Unit{ID: du.Unit, Name: du.Name})
			}
		}
	}

	var out []Obligation
	var errs []error
	for n, r := range doc.Reports {
		if r.Condition != "" {
			continue // due only if its condition arises: no scheduled duty
		}
		obs, err := d.one(n, r)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if out == nil {
			out = obs // most documents require one report: no copy
		} else {
			out = append(out, obs...)
		}
	}
	return out, errors.Join(errs...)
}

// reportsOnly returns a shallow copy of doc with what Resolve needs to find
// the bearers of its reports: its Kính gửi list, the tasks of the items
// that require a report (whose units bear a report whose sentence names
// none), and of each requirement its item and the bearers its sentence
// names. The other tasks, the Nơi nhận list and the requirements'
// recipients, intermediaries and deadlines would cost Resolve most of its
// time for nothing Derive takes from it: Derive reads those itself, once.
func reportsOnly(doc *directive.Document) *directive.Document {
	d := *doc
	d.CopyTo = nil
	d.Tasks = nil
	for _, t := range doc.Tasks {
		if t.Item != "" && slices.ContainsFunc(doc.Reports, func(r directive.ReportRequirement) bool { return r.Item == t.Item }) {
			d.Tasks = append(d.Tasks, t)
		}
	}
	d.Reports = make([]directive.ReportRequirement, len(doc.Reports))
	for i, r := range doc.Reports {
		d.Reports[i] = directive.ReportRequirement{Item: r.Item, Bearers: r.Bearers, Condition: r.Condition}
	}
	return &d
}

// deriver holds what the requirements of one document share.
type deriver struct {
	doc     *directive.Document
	h       *unit.Hierarchy
	cal     *calendar.Calendar
	opt     DeriveOptions
	res     *directive.Resolved
	source  string
	ctx     unit.Context
	kgNotes []string // remarks on the Kính gửi list
	bearers [][]Unit // the bearers of each requirement, by Resolve
	// bearersFrom says, for each requirement, where Resolve found its bearers;
	// zero when it found none.
	bearersFrom []directive.ReportSource
}

// fromKinhGui reports whether Resolve took the bearers of requirement n
// from the Kính gửi list: its sentence names none, and its item's task
// names none either (its units, if any, are inherited from Kính gửi).
func (d *deriver) fromKinhGui(n int) bool {
	return d.bearersFrom[n] == directive.FromAddressees || d.bearersFrom[n] == 0
}

// kinhGui returns the units of the Kính gửi list.
func (d *deriver) kinhGui() []Unit {
	ids := d.res.Addressees.Units()
	out := make([]Unit, len(ids))
	for i, id := range ids {
		out[i] = unitOf(d.h, id)
	}
	return out
}

// one derives the obligations of report requirement n.
func (d *deriver) one(n int, r directive.ReportRequirement) ([]Obligation, error) {
	const op = "Derive"
	doc, h, cal, opt, ctx := d.doc, d.h, d.cal, d.opt, d.ctx
	prefix := d.source + "#" + strconv.Itoa(n+1)
	// Every error names the requirement by the prefix of its obligations'
	// IDs, and says what in it is at fault.
	fail := func(detail string, cause error) error {
		return &Error{Op: op, Input: prefix, Detail: detail, Err: ErrInvalid, Cause: cause}
	}
	expr := r.Deadline.Expr
	undated := expr.Kind == 0 && strings.TrimSpace(r.Due) == ""

	// Who reports: Resolve's bearers, else the Kính gửi list.
	var notes []string
	where := "báo cáo " + strconv.Itoa(n+1)
	for _, u := range d.res.Unresolved {
		if u.Where == where {
			notes = append(notes, "“"+u.Entry.Text+"” không xác định được đơn vị: "+u.Entry.Reason+".")
		}
	}
	allLevels := slices.ContainsFunc(r.Bearers, func(a directive.Assignee) bool { return a.AllLevels })
	bearers := d.bearers[n]
	fromKG := d.fromKinhGui(n)
	if len(bearers) == 0 {
		bearers, fromKG = d.kinhGui(), true
		if len(r.Bearers) > 0 {
			notes = append(notes, "Câu yêu cầu báo cáo không nêu đơn vị nào có trong hệ thống đơn vị; nghĩa vụ được lập theo danh sách Kính gửi.")
		}
	}
	if len(bearers) == 0 {
		why := "neither its sentence nor its item names a unit of the hierarchy"
		if len(r.Bearers) > 0 {
			why = "its sentence names"
			for i, a := range r.Bearers {
				if i > 0 {
					why += ","
				}
				why += " " + strconv.Quote(a.Text)
			}
			why += ", no unit of the hierarchy"
		}
		return nil, fail("no unit bears the report: "+why+" on "+doc.Ref.Date.String()+", and Kính gửi names none", nil)
	}
	if fromKG || allLevels {
		notes = append(slices.Clone(d.kgNotes), notes...)
	}
	if allLevels {
		notes = append(notes, "Văn bản yêu cầu cả “các cấp” báo cáo; nghĩa vụ được lập theo danh sách Kính gửi (Nghị định 30/2020/NĐ-CP, Phụ lục I: Kính gửi ghi các cơ quan có trách nhiệm thực hiện).")
	}

	recipient, note, err := resolveOne(h, ctx, r.To)
	if err != nil {
		return nil, fail("recipient "+strconv.Quote(r.To), err)
	}
	if note != "" {
		notes = append(notes, note)
	}
	var via Unit
	if strings.TrimSpace(r.Via) != "" {
		if via, note, err = resolveOne(h, ctx, r.Via); err != nil {
			return nil, fail("intermediary "+strconv.Quote(r.Via), err)
		}
		if note != "" {
			notes = append(notes, note)
		}
	}
	subject := r.Subject
	if subject == "" {
		subject = doc.Subject
	}

	if expr.Kind == 0 && !undated {
		// A requirement built or changed by hand: read its phrase.
		if expr, err = deadline.Parse(r.Due); err != nil {
			return nil, fail("deadline phrase "+strconv.Quote(r.Due), err)
		}
	}
	dctx := deadline.Context{Date: doc.Ref.Date, Policy: opt.Policy}
	type occurrence struct {
		period Period
		due    Due
	}
	var occs []occurrence
	switch {
	case undated:
		// The document requires the report and names no day: the duty
		// stays, without a deadline.
		notes = append(notes, "Văn bản yêu cầu báo cáo nhưng không nêu hạn: nghĩa vụ không có hạn, không bao giờ bị tính trễ hạn; cần kiểm tra, hoặc đặt hạn nếu nơi nhận báo cáo yêu cầu.")
		occs = append(occs, occurrence{due: Due{NoDeadline: true, Explanation: Explanation{Text: "Không có hạn: văn bản không nêu hạn gửi báo cáo."}}})
	case expr.Kind == deadline.Recurring:
		var list []deadline.Occurrence
		if opt.Until == 0 {
			o, err := expr.Next(cal, dctx, doc.Ref.Date)
			if err != nil {
				return nil, fail("deadline "+strconv.Quote(expr.String()), err)
			}
			list = append(list, o)
		} else {
			for o, err := range expr.Occurrences(cal, dctx, doc.Ref.Date, opt.Until) {
				if err != nil {
					return nil, fail("deadline "+strconv.Quote(expr.String()), err)
				}
				list = append(list, o)
			}
		}
		for _, o := range list {
			occs = append(occs, occurrence{period: periodOfOccurrence(expr.Every.Freq, o), due: dueOf(o.Resolution)})
		}
	default:
		res, err := expr.Resolve(cal, dctx)
		if err != nil {
			return nil, fail("deadline "+strconv.Quote(expr.String()), err)
		}
		occs = append(occs, occurrence{due: dueOf(res)})
	}

	// One slice for the requirement's obligations, and one backing array
	// each for their IDs and notes, cut so that no two obligations share
	// an element.
	per := len(bearers)
	if via.ID != "" {
		per++
	}
	if len(occs) == 0 {
		return nil, nil
	}
	out := make([]Obligation, 0, per*len(occs))
	notesOf := clipped(notes, per*len(occs))
	for _, oc := range occs {
		suffix := ""
		if !oc.period.IsZero() {
			suffix = "/" + oc.period.String()
		}
		base := Obligation{
			Recipient: recipient, Subject: subject, Purpose: r.Purpose, Source: d.source, Task: r.Item,
			Period: oc.period, Due: oc.due,
		}
		ids := idsOf(prefix, via, bearers, suffix)
		start := len(out)
		if via.ID != "" {
			cons := base
			cons.ID, cons.Bearer, cons.Notes = ids[0], via, notesOf()
			out = append(out, cons)
			ids = ids[1:]
		}
		for i, b := range bearers {
			c := base
			c.ID, c.Bearer, c.Notes = ids[i], b, notesOf()
			out = append(out, c)
		}
		if via.ID != "" {
			if err := relay(cal, opt.RelayLead, out[start:]); err != nil {
				return nil, fail("relay through "+strconv.Quote(r.Via), err)
			}
		}
	}
	return out, nil
}

// idsOf returns the IDs of a requirement's obligations for one period: the
// consolidator's first when there is an intermediary, then the bearers',
// in order. They are cut from one string.
func idsOf(prefix string, via Unit, bearers []Unit, suffix string) []string {
	n := 0
	if via.ID != "" {
		n += len(prefix) + len("/tổng-hợp/") + len(via.ID) + len(suffix)
	}
	for _, b := range bearers {
		n += len(prefix) + 1 + len(b.ID) + len(suffix)
	}
	var sb strings.Builder
	sb.Grow(n)
	ends := make([]int, 0, len(bearers)+1)
	if via.ID != "" {
		sb.WriteString(prefix)
		sb.WriteString("/tổng-hợp/")
		sb.WriteString(via.ID)
		sb.WriteString(suffix)
		ends = append(ends, sb.Len())
	}
	for _, b := range bearers {
		sb.WriteString(prefix)
		sb.WriteByte('/')
		sb.WriteString(b.ID)
		sb.WriteString(suffix)
		ends = append(ends, sb.Len())
	}
	all := sb.String()
	ids := make([]string, len(ends))
	from := 0
	for i, e := range ends {
		ids[i], from = all[from:e], e
	}
	return ids
}

// clipped returns a function that gives, n times, a copy of notes of its
// own (nil when there are none), all cut from one backing array.
func clipped(notes []string, n int) func() []string {
	if len(notes) == 0 {
		return func() []string { return nil }
	}
	all := make([]string, 0, n*len(notes))
	return func() []string {
		k := len(all)
		all = append(all, notes...)
		return all[k:len(all):len(all)]
	}
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
