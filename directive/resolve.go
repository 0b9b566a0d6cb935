package directive

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/directive/unit"
)

// ResolveOptions configure [Document.Resolve]. The zero value finds the
// issuer by the document's heading and reads "trước ngày X" strictly.
type ResolveOptions struct {
	// Issuer is the ID of the issuing unit in the hierarchy. Empty: the
	// unit whose name or a short form is the document's issuing body
	// (Document.Organ) and which exists on the document's date.
	Issuer string `json:"issuer,omitempty"`
	// Policy is the reading of "trước ngày X" (deadline.Policy); the zero
	// value is deadline.Strict.
	Policy deadline.Policy `json:"policy"`
	// Received is the day the addressees received the document, from
	// which "kể từ ngày nhận được văn bản" counts (deadline.Context.Event);
	// zero leaves such deadlines unresolved, with the reason.
	Received date.Date `json:"received,omitzero"`
}

// Resolved is a document's recipients, tasks and reports resolved against
// a unit hierarchy as it stood on the document's date, and its deadlines
// against a working-day calendar: what each concrete unit must do and by
// when. Build it with [Document.Resolve].
type Resolved struct {
	// Issuer is the ID of the issuing unit.
	Issuer string `json:"issuer"`
	// Date is the document's date, the day the hierarchy is read on.
	Date date.Date `json:"date"`
	// Policy is the reading of "trước ngày X" used.
	Policy deadline.Policy `json:"policy"`
	// Addressees is the Kính gửi list resolved to units.
	Addressees unit.Resolution `json:"addressees"`
	// CopyTo is the Nơi nhận list resolved to units, "Như trên" standing
	// for the units of Addressees.
	CopyTo unit.Resolution `json:"copyTo"`
	// Units lists every concrete unit a task or a report names, once, with
	// what it must do: the units of Kính gửi first, in their order, then
	// the others in the order the tasks and reports reach them.
	Units []Duties `json:"units"`
	// Unresolved lists every expression of the document that named no unit
	// of the hierarchy, with the reason; nothing is dropped silently.
	Unresolved []Unresolved `json:"unresolved,omitempty"`
	// Notes are remarks a reader should check: a task or report that says
	// "các cấp", read as the units of Kính gửi (no law defines "các cấp"; Kính gửi
	// names the bodies that must act, Nghị định 30/2020/NĐ-CP, Phụ lục I).
	Notes []string `json:"notes,omitempty"`
}

// Duties are the tasks and reports of one concrete unit.
type Duties struct {
	// Unit is the unit's ID in the hierarchy.
	Unit string `json:"unit"`
	// Name is the unit's official name.
	Name string `json:"name"`
	// Tasks are the unit's tasks, in the document's order.
	Tasks []UnitTask `json:"tasks,omitempty"`
	// Reports are the reports the unit must send, in the document's order.
	Reports []UnitReport `json:"reports,omitempty"`
}

// UnitTask is a task of the document as one unit must carry it out.
type UnitTask struct {
	// Task is the index of the task in Document.Tasks.
	Task int `json:"task"`
	// Item is the task's item number ("1").
	Item string `json:"item,omitempty"`
	// Action is the task's action (Task.Action).
	Action string `json:"action,omitempty"`
	// Role is the unit's part in the task; the strongest when several
	// expressions name it (Lead, then Responsible, then Support).
	Role Role `json:"role"`
	// Inherited is true when the task names no unit and the unit has it as
	// an addressee of Kính gửi.
	Inherited bool `json:"inherited,omitempty"`
	// Expression is the expression that named the unit: "Các sở, ban,
	// ngành cấp tỉnh".
	Expression string `json:"expression"`
	// Due are the task's deadlines, resolved; empty when it has none.
	Due []Due `json:"due,omitempty"`
	// Explanation says, in Vietnamese, why the unit has the task.
	Explanation string `json:"explanation"`
}

// UnitReport is a report of the document as one unit must send it.
type UnitReport struct {
	// Report is the index of the requirement in Document.Reports.
	Report int `json:"report"`
	// Item is the number of the item that requires it; "" for the
	// closing.
	Item string `json:"item,omitempty"`
	// To and Via are the IDs of the units the report goes to and through;
	// empty when the requirement names none, or names none the hierarchy
	// knows (see Resolved.Unresolved).
	To  []string `json:"to,omitempty"`
	Via []string `json:"via,omitempty"`
	// Subject and Purpose are those of the requirement.
	Subject string `json:"subject,omitempty"`
	Purpose string `json:"purpose,omitempty"`
	// Role is the unit's part in the report, as tasks' assignees have it:
	// Lead for the unit that "chủ trì" the report ("Sở Tài chính chủ trì,
	// phối hợp với Sở Kế hoạch và Đầu tư …, báo cáo …"), Support for one
	// that "phối hợp" (it contributes to the lead's report and sends none
	// of its own), Responsible for a unit that reports on its own account.
	// The strongest when several expressions name the unit. From the
	// item's task, the unit's role in that task; from Kính gửi,
	// Responsible.
	Role Role `json:"role"`
	// Source says where the unit was found to report: the sentence's
	// bearers, the item's task, or Kính gửi.
	Source ReportSource `json:"source"`
	// Condition is the requirement's condition ("nếu có khó khăn, vướng
	// mắc"): when it is set the unit reports only if the condition arises,
	// so the report is no scheduled obligation.
	Condition string `json:"condition,omitempty"`
	// Due is the requirement's deadline, resolved.
	Due Due `json:"due"`
	// Explanation says, in Vietnamese, why the unit reports, to whom, and
	// by when.
	Explanation string `json:"explanation"`
}

// ReportSource says where [Document.Resolve] found the units that send a
// report: a report sentence need not name them ("báo cáo kết quả về Ủy ban
// nhân dân tỉnh"), and then they are the units of the item's task, or the
// addressees of Kính gửi. The zero ReportSource is unset.
type ReportSource uint8

// The sources of a report's bearers.
const (
	// FromSentence: the sentence names who reports, before "báo cáo"
	// (ReportRequirement.Bearers): "Sở Tài chính chủ trì, …, báo cáo …".
	FromSentence ReportSource = iota + 1
	// FromTask: the sentence names no one and belongs to a numbered item;
	// the units of the item's task report.
	FromTask
	// FromAddressees: the sentence names no one and its item no unit (or it
	// is in the opening or closing); the units of Kính gửi report.
	FromAddressees
)

var sourceTokens = [...]string{"", "sentence", "task", "addressees"}

// String returns "sentence", "task" or "addressees"; "" for the zero value
// and "ReportSource(n)" for a value out of range.
func (s ReportSource) String() string {
	if int(s) < len(sourceTokens) {
		return sourceTokens[s]
	}
	return "ReportSource(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the token of [ReportSource.String]; it fails for a
// value out of range.
func (s ReportSource) MarshalText() ([]byte, error) {
	if int(s) >= len(sourceTokens) {
		return nil, newParseError(s.String(), 0, ErrSyntax, "unknown report source")
	}
	return []byte(sourceTokens[s]), nil
}

// UnmarshalText reads a token of [ReportSource.String]; the empty text is
// the zero value.
func (s *ReportSource) UnmarshalText(b []byte) error {
	for i, t := range sourceTokens {
		if string(b) == t {
			*s = ReportSource(i)
			return nil
		}
	}
	return newParseError(string(b), 0, ErrSyntax, "unknown report source")
}

// Due is a deadline phrase resolved on a calendar.
type Due struct {
	// Phrase is the phrase as read from the document.
	Phrase DeadlinePhrase `json:"phrase,omitzero"`
	// Resolution is the due day and instant with the rules applied and
	// their explanation; zero when Reason is set.
	Resolution deadline.Resolution `json:"resolution,omitzero"`
	// Reason says why there is no due day: the requirement names no
	// deadline, or the phrase needs what the options do not give ("kể từ
	// ngày nhận được văn bản" without ResolveOptions.Received). "" when
	// Resolution holds the due day.
	Reason string `json:"reason,omitempty"`
}

// Resolved reports whether d has a due day.
func (d Due) Resolved() bool { return d.Reason == "" && d.Resolution.Due != 0 }

// Unresolved is an expression of the document that named no unit.
type Unresolved struct {
	// Where says where the expression is: "Kính gửi", "Nơi nhận",
	// "nhiệm vụ 2", "báo cáo 1, nơi nhận".
	Where string `json:"where"`
	// Entry is the expression and the resolver's reason.
	Entry unit.Entry `json:"entry"`
}

// Resolve resolves d against the hierarchy h as it stood on d's date and
// its deadlines against the calendar cal (calendar.Default() when nil):
//
//   - Kính gửi to units; Nơi nhận to units, "Như trên" standing for the
//     Kính gửi units;
//   - each task's assignees to units with their roles; a task that names
//     none is every Kính gửi unit's, marked Inherited;
//   - each report's bearers to units: those its sentence names, else the
//     units of its item's task, else the Kính gửi units; its recipient and
//     intermediary to units; its deadline to a due day under opt.Policy;
//   - each task's deadlines to due days.
//
// An expression that says "các cấp" ("Ủy ban nhân dân các cấp") stands for
// the units of Kính gửi it reaches, as vanban reads it (no law defines "các cấp"); a note
// says so. Expressions no unit answers to are listed in
// Resolved.Unresolved with the reason; deadlines that do not resolve keep
// the reason in their Due.
//
// The error is a *ResolveError wrapping ErrResolve for a nil hierarchy, a
// document without a date, or an issuer that cannot be found; it also
// wraps the error of package unit for a bad issuer ID.
func (d *Document) Resolve(h *unit.Hierarchy, cal *calendar.Calendar, opt ResolveOptions) (*Resolved, error) {
	switch {
	case h == nil:
		return nil, resolveError(d.Ref.Symbol(), "nil hierarchy", nil)
	case d.Ref.Date == 0:
		return nil, resolveError(d.Ref.Symbol(), "document without a date", nil)
	}
	issuer := opt.Issuer
	if issuer == "" {
		u, ok := h.Named(d.Organ, d.Ref.Date)
		if !ok {
			return nil, resolveError(d.Organ, "no unit of the hierarchy is the issuing body on "+d.Ref.Date.String()+": set ResolveOptions.Issuer", nil)
		}
		issuer = u.ID
	}
	r := &resolver{d: d, h: h, cal: cal, out: &Resolved{Issuer: issuer, Date: d.Ref.Date, Policy: opt.Policy},
		ctx:   unit.Context{Issuer: issuer, Date: d.Ref.Date},
		dctx:  deadline.Context{Date: d.Ref.Date, Event: opt.Received, Policy: opt.Policy},
		index: map[string]int{}, cache: map[string]unit.Resolution{}}
	var err error
	if r.out.Addressees, err = h.Resolve(r.ctx, recipientLines(d.Addressees)); err != nil {
		return nil, resolveError(issuer, "resolving Kính gửi", err)
	}
	r.unresolved("Kính gửi", r.out.Addressees)
	r.kinhGui = r.out.Addressees.Units()
	ctx := r.ctx
	ctx.AsAbove = r.kinhGui
	if r.out.CopyTo, err = h.Resolve(ctx, recipientLines(d.CopyTo)); err != nil {
		return nil, resolveError(issuer, "resolving Nơi nhận", err)
	}
	r.unresolved("Nơi nhận", r.out.CopyTo)
	for _, id := range r.kinhGui {
		r.duties(id)
	}
	r.taskUnits = make([][]string, len(d.Tasks))
	for i := range d.Tasks {
		r.task(i)
	}
	for i := range d.Reports {
		r.report(i)
	}
	// The Kính gửi units were listed first to keep their order; drop those
	// no task or report reached.
	r.out.Units = slices.DeleteFunc(r.out.Units, func(u Duties) bool { return len(u.Tasks) == 0 && len(u.Reports) == 0 })
	return r.out, nil
}

// resolver holds the state of one Resolve.
type resolver struct {
	d         *Document
	h         *unit.Hierarchy
	cal       *calendar.Calendar
	out       *Resolved
	ctx       unit.Context
	dctx      deadline.Context
	kinhGui   []string                   // the units of Kính gửi
	index     map[string]int             // unit ID → index in out.Units
	cache     map[string]unit.Resolution // expression → its resolution
	taskUnits [][]string                 // the units of each task
}

// duties returns the Duties of unit id, adding them if new.
func (r *resolver) duties(id string) *Duties {
	if i, ok := r.index[id]; ok {
		return &r.out.Units[i]
	}
	name := id
	if u, ok := r.h.Unit(id); ok {
		name = u.Name
	}
	r.index[id] = len(r.out.Units)
	r.out.Units = append(r.out.Units, Duties{Unit: id, Name: name})
	return &r.out.Units[len(r.out.Units)-1]
}

// resolve resolves one expression, once.
func (r *resolver) resolve(text string) unit.Resolution {
	if res, ok := r.cache[text]; ok {
		return res
	}
	res, err := r.h.Resolve(r.ctx, text)
	if err != nil {
		// The context was checked by the Kính gửi resolution; an error
		// here leaves the expression unresolved.
		res = unit.Resolution{Entries: []unit.Entry{{Text: text, End: len(text), Reason: err.Error()}}}
	}
	r.cache[text] = res
	return res
}

// unresolved records the unresolved entries of res.
func (r *resolver) unresolved(where string, res unit.Resolution) {
	for _, e := range res.Unresolved() {
		r.out.Unresolved = append(r.out.Unresolved, Unresolved{Where: where, Entry: e})
	}
}

// reached is a unit an expression reaches.
type reached struct {
	unit  string
	a     Assignee
	entry unit.Entry
}

// units resolves assignee expressions to the units they reach, in order,
// each once; "các cấp" entries keep only Kính gửi units.
func (r *resolver) units(where string, as []Assignee) []reached {
	var out []reached
	for _, a := range as {
		res := r.resolve(a.Text)
		r.unresolved(where, res)
		for _, e := range res.Entries {
			if !e.Resolved() || e.Form == unit.FormArchive {
				continue
			}
			ids := e.Units
			if e.AllLevels && len(r.kinhGui) > 0 {
				kept := ids[:0:0]
				for _, id := range ids {
					if slices.Contains(r.kinhGui, id) {
						kept = append(kept, id)
					}
				}
				note := capitalise(where) + ": “" + e.Text + "” gồm các cấp; lấy " + strconv.Itoa(len(kept)) + " trong " +
					strconv.Itoa(len(ids)) + " đơn vị có trong danh sách Kính gửi (không văn bản pháp luật nào định nghĩa “các cấp”)."
				if !slices.Contains(r.out.Notes, note) {
					r.out.Notes = append(r.out.Notes, note)
				}
				ids = kept
			}
			for _, id := range ids {
				out = append(out, reached{unit: id, a: a, entry: e})
			}
		}
	}
	return out
}

// task resolves task i.
func (r *resolver) task(i int) {
	t := &r.d.Tasks[i]
	where := "nhiệm vụ " + itemName(t.Item, i)
	as := t.Assignees
	if len(as) == 0 {
		as = inherited(r.d.Addressees)
	}
	due := make([]Due, len(t.Deadlines))
	for k, p := range t.Deadlines {
		due[k] = r.due(p)
	}
	seen := map[string]int{} // unit → index in its Duties.Tasks
	var expl, explKey string // the explanation of the last expression and entry
	for _, x := range r.units(where, as) {
		if key := x.a.Text + "\x00" + x.entry.Text + "\x00" + strconv.Itoa(x.entry.Start); key != explKey {
			expl, explKey = taskExplanation(where, x), key
		}
		du := r.duties(x.unit)
		if k, ok := seen[x.unit]; ok {
			ut := &du.Tasks[k]
			if stronger(x.a.Role, ut.Role) {
				ut.Role, ut.Expression, ut.Inherited, ut.Explanation = x.a.Role, x.a.Text, x.a.Inherited, expl
			}
			continue
		}
		seen[x.unit] = len(du.Tasks)
		r.taskUnits[i] = append(r.taskUnits[i], x.unit)
		du.Tasks = append(du.Tasks, UnitTask{
			Task: i, Item: t.Item, Action: t.Action, Role: x.a.Role, Inherited: x.a.Inherited,
			Expression: x.a.Text, Due: slices.Clone(due), Explanation: expl,
		})
	}
}

// stronger reports whether role a outranks role b: Lead, Responsible,
// Support.
func stronger(a, b Role) bool {
	rank := func(r Role) int {
		switch r {
		case Lead:
			return 3
		case Responsible:
			return 2
		case Support:
			return 1
		}
		return 0
	}
	return rank(a) > rank(b)
}

// roleWord is a role in the Vietnamese of a directive.
func roleWord(r Role) string {
	switch r {
	case Lead:
		return "chủ trì"
	case Support:
		return "phối hợp"
	}
	return "thực hiện"
}

// taskExplanation says why a unit has a task.
func taskExplanation(where string, x reached) string {
	var b strings.Builder
	b.WriteString(capitalise(where))
	if x.a.Inherited {
		b.WriteString(" không nêu đơn vị thực hiện: giao các đơn vị Kính gửi")
	}
	b.WriteString("; “")
	b.WriteString(x.a.Text)
	b.WriteString("” ")
	b.WriteString(roleWord(x.a.Role))
	if x.entry.Text != x.a.Text {
		b.WriteString("; “" + x.entry.Text + "”")
	}
	b.WriteString(" (" + x.entry.Rule + ").")
	return b.String()
}

// report resolves report requirement i.
func (r *resolver) report(i int) {
	rq := &r.d.Reports[i]
	where := "báo cáo " + strconv.Itoa(i+1)
	var to, via []string
	if strings.TrimSpace(rq.To) != "" {
		res := r.resolve(rq.To)
		r.unresolved(where+", nơi nhận", res)
		to = res.Units()
	}
	if strings.TrimSpace(rq.Via) != "" {
		res := r.resolve(rq.Via)
		r.unresolved(where+", qua", res)
		via = res.Units()
	}
	due := r.reportDue(rq)
	// Who reports: the sentence's bearers, else the units of the item's
	// task, else Kính gửi.
	var bearers []string
	var roles []Role
	var source ReportSource
	var by string
	switch {
	case len(rq.Bearers) > 0:
		source = FromSentence
		seen := map[string]int{}
		for _, x := range r.units(where, rq.Bearers) {
			if k, ok := seen[x.unit]; ok {
				if stronger(x.a.Role, roles[k]) {
					roles[k] = x.a.Role
				}
				continue
			}
			seen[x.unit] = len(bearers)
			bearers = append(bearers, x.unit)
			roles = append(roles, x.a.Role)
		}
		names := make([]string, len(rq.Bearers))
		for k, a := range rq.Bearers {
			names[k] = "“" + a.Text + "”"
		}
		by = strings.Join(names, ", ") + " báo cáo"
	case rq.Item != "" && len(r.itemUnits(rq.Item)) > 0:
		source = FromTask
		bearers = r.itemUnits(rq.Item)
		roles = make([]Role, len(bearers))
		for k, id := range bearers {
			roles[k] = r.itemRole(rq.Item, id)
		}
		by = "câu không nêu đơn vị báo cáo: các đơn vị thực hiện nhiệm vụ " + rq.Item + " báo cáo"
	default:
		source = FromAddressees
		bearers = r.kinhGui
		roles = make([]Role, len(bearers))
		for k := range roles {
			roles[k] = Responsible
		}
		by = "câu không nêu đơn vị báo cáo: các đơn vị Kính gửi báo cáo"
	}
	expl := capitalise(where) + ": "
	if rq.Condition != "" {
		expl += rq.Condition + ", "
	}
	expl += by
	if rq.Subject != "" {
		expl += " " + rq.Subject
	}
	if len(to) > 0 {
		expl += " về " + r.names(to)
	} else if rq.To != "" {
		expl += " về " + rq.To
	}
	if len(via) > 0 {
		expl += " (qua " + r.names(via) + ")"
	}
	if due.Resolved() {
		expl += "; hạn " + vnDay(due.Resolution.Due) + " (" + due.Phrase.Text + ", " + due.Resolution.Policy.String() + ")."
	} else {
		expl += "; " + due.Reason + "."
	}
	for k, id := range bearers {
		du := r.duties(id)
		du.Reports = append(du.Reports, UnitReport{
			Report: i, Item: rq.Item, To: to, Via: via, Subject: rq.Subject, Purpose: rq.Purpose,
			Role: roles[k], Source: source, Condition: rq.Condition, Due: due, Explanation: expl,
		})
	}
}

// itemUnits returns the units of the task of item.
func (r *resolver) itemUnits(item string) []string {
	for k, t := range r.d.Tasks {
		if t.Item == item {
			return r.taskUnits[k]
		}
	}
	return nil
}

// itemRole returns the role unit id has in the task of item; Responsible
// if it has none there.
func (r *resolver) itemRole(item, id string) Role {
	for k, t := range r.d.Tasks {
		if t.Item != item {
			continue
		}
		if u, ok := r.index[id]; ok {
			for _, ut := range r.out.Units[u].Tasks {
				if ut.Task == k {
					return ut.Role
				}
			}
		}
		break
	}
	return Responsible
}

// reportDue resolves the deadline of a requirement: its expression, or its
// phrase read again for a requirement built by hand.
func (r *resolver) reportDue(rq *ReportRequirement) Due {
	p := rq.Deadline
	if p.Expr.Kind == 0 {
		if strings.TrimSpace(rq.Due) == "" {
			return Due{Reason: "không nêu hạn báo cáo"}
		}
		e, err := deadline.Parse(rq.Due)
		if err != nil {
			return Due{Phrase: DeadlinePhrase{Text: rq.Due}, Reason: err.Error()}
		}
		p = DeadlinePhrase{Text: rq.Due, End: len(rq.Due), Expr: e}
	}
	return r.due(p)
}

// due resolves a deadline phrase.
func (r *resolver) due(p DeadlinePhrase) Due {
	res, err := p.Expr.Resolve(r.cal, r.dctx)
	if err != nil {
		return Due{Phrase: p, Reason: err.Error()}
	}
	return Due{Phrase: p, Resolution: res}
}

// names returns the names of units, joined.
func (r *resolver) names(ids []string) string {
	ns := make([]string, len(ids))
	for i, id := range ids {
		ns[i] = id
		if u, ok := r.h.Unit(id); ok {
			ns[i] = u.Name
		}
	}
	return strings.Join(ns, ", ")
}

// recipientLines joins the entries of a recipient list, one a line.
func recipientLines(rs []Recipient) string {
	var b strings.Builder
	for i, x := range rs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(x.Text)
		if x.Note != "" {
			b.WriteString(" (" + x.Note + ")")
		}
	}
	return b.String()
}

// itemName names a task by its item number, or by its place.
func itemName(item string, i int) string {
	if item != "" {
		return item
	}
	return "(đoạn " + strconv.Itoa(i+1) + ")"
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// vnDay writes a day as the explanations of package deadline do: "thứ Sáu
// 19/11/2021".
func vnDay(d date.Date) string {
	names := [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}
	return names[d.Weekday()] + " " + strconv.Itoa(d.Day()) + "/" + strconv.Itoa(int(d.Month())) + "/" + strconv.Itoa(d.Year())
}
