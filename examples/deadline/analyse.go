package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/directive/unit"
	"github.com/vanban-go/vanban/legalref"
	"github.com/vanban-go/vanban/reporting"
)

// result is everything the program prints: the JSON form, and the text form
// drawn from the same values.
type result struct {
	Document    docView          `json:"document"`
	AsOf        string           `json:"asOf"`
	Policy      deadline.Policy  `json:"policy"`
	Lead        int              `json:"lead"`
	Hierarchy   string           `json:"hierarchy"`
	Reports     []reportView     `json:"reports"`
	Obligations []obligationView `json:"obligations"`
	// ObligationErrors say why obligations could not be derived: for the
	// whole document (an issuer the hierarchy lacks), or for a requirement
	// (also in its reportView.ObligationError).
	ObligationErrors []string `json:"obligationErrors,omitempty"`

	asOf        date.Date
	obligations []reporting.Obligation
}

type docView struct {
	Symbol     string          `json:"symbol"`
	Number     string          `json:"number,omitempty"`
	Type       string          `json:"type,omitempty"`
	Issuer     string          `json:"issuer,omitempty"`
	IssuerID   string          `json:"issuerId,omitempty"`
	Organ      string          `json:"organ,omitempty"`
	Place      string          `json:"place,omitempty"`
	Date       string          `json:"date"`
	Subject    string          `json:"subject,omitempty"`
	Signer     signerView      `json:"signer"`
	Addressees []addresseeView `json:"addressees"`
	Citations  []citationView  `json:"citations"`
	Tasks      []taskView      `json:"tasks"`

	date    date.Date
	congVan bool // a công văn: its trích yếu reads "V/v …"
}

type signerView struct {
	// Authority is the authority line(s): "KT. CHỦ TỊCH".
	Authority string `json:"authority,omitempty"`
	Title     string `json:"title,omitempty"`
	Name      string `json:"name,omitempty"`
}

type addresseeView struct {
	Text    string   `json:"text"`
	Note    string   `json:"note,omitempty"`
	Units   []string `json:"units"`
	UnitIDs []string `json:"unitIds"`
	Rule    string   `json:"rule,omitempty"`
	Reason  string   `json:"reason,omitempty"`
}

type citationView struct {
	Citation string   `json:"citation"`
	Symbol   string   `json:"symbol"`
	ID       string   `json:"id"`
	Cited    []string `json:"cited"`
}

type taskView struct {
	Item    string `json:"item"`
	Summary string `json:"summary"`
}

type reportView struct {
	N            int        `json:"n"`
	Item         string     `json:"item,omitempty"`
	Phrase       string     `json:"phrase"`
	To           string     `json:"to,omitempty"`
	Via          string     `json:"via,omitempty"`
	Named        string     `json:"named,omitempty"`
	Last         string     `json:"last,omitempty"`
	Due          string     `json:"due,omitempty"`
	Moved        bool       `json:"moved,omitempty"`
	Provisional  bool       `json:"provisional,omitempty"`
	Workdays     int        `json:"workdays"`
	WorkdaysLeft int        `json:"workdaysLeft"`
	Explanation  string     `json:"explanation,omitempty"`
	Steps        []stepView `json:"steps,omitempty"`
	DaysOff      []dayView  `json:"daysOff,omitempty"`
	// NoDeadline is true when the requirement names no deadline: its
	// obligations have none (reporting.Due.NoDeadline).
	NoDeadline bool `json:"noDeadline,omitempty"`
	// Condition is the condition the report is due under ("nếu có khó
	// khăn, vướng mắc"): no scheduled obligation.
	Condition string `json:"condition,omitempty"`
	Error     string `json:"error,omitempty"`
	// ObligationError says why no obligation was derived for it.
	ObligationError string `json:"obligationError,omitempty"`

	res deadline.Resolution
}

type stepView struct {
	Rule    string    `json:"rule"`
	Basis   string    `json:"basis,omitempty"`
	Note    string    `json:"note"`
	Crossed []dayView `json:"crossed,omitempty"`
}

type dayView struct {
	Date  string `json:"date"`
	Kind  string `json:"kind"`
	Name  string `json:"name,omitempty"`
	Basis string `json:"basis,omitempty"`

	day date.Date
}

type obligationView struct {
	ID           string     `json:"id"`
	Unit         string     `json:"unit"`
	UnitID       string     `json:"unitId"`
	Role         string     `json:"role"`
	Tasks        []taskView `json:"tasks"`
	ReportTo     string     `json:"reportTo"`
	ReportToID   string     `json:"reportToId,omitempty"`
	Via          []string   `json:"via"`
	Purpose      string     `json:"purpose,omitempty"`
	Due          string     `json:"due"`
	Deadline     string     `json:"deadline"`
	NoDeadline   bool       `json:"noDeadline,omitempty"`
	Policy       string     `json:"policy,omitempty"`
	Explanation  string     `json:"explanation"`
	Steps        []string   `json:"steps,omitempty"`
	WorkdaysLeft int        `json:"workdaysLeft"`
	Provisional  bool       `json:"provisional,omitempty"`
	Report       int        `json:"report"`
	Relay        string     `json:"relay,omitempty"`
	Notes        []string   `json:"notes,omitempty"`

	o     reporting.Obligation
	entry int // the Kính gửi entry that first named the unit; -1 if none
}

// analyse reads the document and computes everything the program prints.
func analyse(opt options, cal *calendar.Calendar) (*result, error) {
	doc, err := directive.Parse(opt.text)
	if err != nil {
		if errors.Is(err, directive.ErrNotDocument) {
			return nil, fmt.Errorf("không phải văn bản hành chính (cần quốc hiệu hoặc tên cơ quan, và số hoặc địa danh, ngày tháng): %w", err)
		}
		return nil, fmt.Errorf("không đọc được văn bản: %w", err)
	}
	if doc.Ref.Date == 0 {
		return nil, errors.New("văn bản không ghi ngày ban hành: không tính được hạn")
	}
	res := &result{Policy: opt.policy, Lead: opt.lead, Hierarchy: opt.hierarchy.Name()}
	res.asOf = opt.asOf
	if res.asOf == 0 {
		res.asOf = doc.Ref.Date
	}
	if cal.Day(res.asOf).Kind == 0 {
		return nil, fmt.Errorf("ngày tính %s ngoài phạm vi của lịch (%w)", res.asOf.Format("02/01/2006"), calendar.ErrOutOfRange)
	}
	res.AsOf = res.asOf.String()

	issuer, found := opt.hierarchy.Named(doc.Organ, doc.Ref.Date)
	res.Document = documentView(doc, issuer, found)

	// The Kính gửi lines, resolved as reporting.Derive resolves them, to say
	// which line named which unit.
	var firstEntry map[string]int
	if found && len(doc.Addressees) > 0 {
		lines := make([]string, len(doc.Addressees))
		for i, a := range doc.Addressees {
			lines[i] = a.Text
		}
		rs, err := opt.hierarchy.Resolve(unit.Context{Issuer: issuer.ID, Date: doc.Ref.Date}, strings.Join(lines, "\n"))
		if err != nil {
			return nil, fmt.Errorf("không xác định được người nhận: %w", err)
		}
		firstEntry = map[string]int{}
		for i, e := range rs.Entries {
			v := addresseeView{Text: e.Text, Note: e.Note, Units: []string{}, UnitIDs: []string{}, Rule: e.Rule, Reason: e.Reason}
			for _, id := range e.Units {
				u, _ := opt.hierarchy.Unit(id)
				v.Units = append(v.Units, u.Name)
				v.UnitIDs = append(v.UnitIDs, id)
			}
			res.Document.Addressees = append(res.Document.Addressees, v)
			for _, id := range e.Units {
				if _, ok := firstEntry[id]; !ok {
					firstEntry[id] = i
				}
			}
		}
	} else {
		for _, a := range doc.Addressees {
			res.Document.Addressees = append(res.Document.Addressees, addresseeView{Text: a.Text, Note: a.Note, Units: []string{}, UnitIDs: []string{}})
		}
	}

	// Each requirement's deadline, resolved here for its explanation.
	ctx := deadline.Context{Date: doc.Ref.Date, Policy: opt.policy}
	for i, r := range doc.Reports {
		rv := reportView{N: i + 1, Item: r.Item, Phrase: r.Due, To: r.To, Via: r.Via, Condition: r.Condition}
		if strings.TrimSpace(r.Due) == "" && r.Deadline.Expr.Kind == 0 {
			rv.NoDeadline = true
		} else if err := resolveReport(&rv, r, cal, ctx, res.asOf); err != nil {
			rv.Error = oneLine(err.Error())
		}
		res.Reports = append(res.Reports, rv)
	}
	if res.Reports == nil {
		res.Reports = []reportView{}
	}
	res.Obligations = []obligationView{}
	if len(doc.Reports) == 0 {
		return res, nil
	}
	// Whatever cannot be derived is said in the output, with what was
	// derived: the document, its citations and tasks are printed anyway.
	if !found {
		res.ObligationErrors = append(res.ObligationErrors, fmt.Sprintf("không tìm thấy cơ quan ban hành %q trong hệ thống đơn vị %q (dùng -hierarchy)", doc.Organ, opt.hierarchy.Name()))
		return res, nil
	}
	obs, err := reporting.Derive(doc, opt.hierarchy, cal, reporting.DeriveOptions{Issuer: issuer.ID, Policy: opt.policy, RelayLead: opt.lead})
	for _, e := range splitErrors(err) {
		msg := oneLine(e.Error())
		if re, ok := errors.AsType[*reporting.Error](e); ok {
			if n := requirementIndex(re.Input); n >= 1 && n <= len(res.Reports) {
				res.Reports[n-1].ObligationError = msg
				msg = fmt.Sprintf("báo cáo %d: %s", n, msg)
			}
		}
		res.ObligationErrors = append(res.ObligationErrors, msg)
	}
	res.obligations = obs
	for _, o := range obs {
		v := obligationView{
			ID: o.ID, Unit: o.Bearer.Name, UnitID: o.Bearer.ID, Role: o.Role.String(),
			Tasks: tasksFor(doc, o), ReportTo: o.Recipient.Name, ReportToID: o.Recipient.ID, Via: []string{},
			Purpose: o.Purpose, NoDeadline: o.Due.NoDeadline,
			Policy: o.Due.Explanation.Policy, Explanation: o.Due.Explanation.Text, Steps: o.Due.Explanation.Steps,
			Provisional: o.Due.Provisional, Relay: o.Relay, Notes: o.Notes, Report: requirementIndex(o.ID),
			o: o, entry: -1,
		}
		if !o.Due.NoDeadline {
			left, err := cal.WorkdaysBetween(res.asOf, o.Due.Day)
			if err != nil {
				return nil, err
			}
			v.Due, v.Deadline, v.WorkdaysLeft = o.Due.Day.String(), o.Due.Deadline().Format(time.RFC3339), left
		}
		for _, u := range o.Via {
			v.Via = append(v.Via, u.Name)
		}
		if i, ok := firstEntry[o.Bearer.ID]; ok && o.Role != reporting.Consolidator {
			v.entry = i
		}
		res.Obligations = append(res.Obligations, v)
	}
	return res, nil
}

// splitErrors returns the errors err joins (reporting.Derive joins one per
// requirement it could not derive), or err alone; none for nil.
func splitErrors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok && !isReportingError(err) {
		return j.Unwrap()
	}
	return []error{err}
}

// isReportingError reports whether err is itself a *reporting.Error, whose
// Unwrap gives its category and cause rather than a list of errors.
func isReportingError(err error) bool {
	_, ok := err.(*reporting.Error)
	return ok
}

func documentView(doc *directive.Document, issuer unit.Unit, found bool) docView {
	v := docView{
		Symbol: doc.Ref.Symbol(), Number: doc.Ref.Number, Type: doc.Ref.Type, Organ: doc.Organ,
		Place: doc.Place, Date: doc.Ref.Date.String(), Subject: doc.Subject,
		Addressees: []addresseeView{}, Citations: []citationView{}, Tasks: []taskView{},
		date: doc.Ref.Date, congVan: doc.Ref.Family == legalref.CongVan,
	}
	if found {
		v.Issuer, v.IssuerID = issuer.Name, issuer.ID
	}
	s := doc.Signature
	var auth []string
	if !s.Outer.IsZero() {
		auth = append(auth, strings.TrimSpace(s.Outer.Authority.String()+" "+s.Outer.For))
	}
	if a := strings.TrimSpace(s.Authority.String() + " " + s.For); a != "" {
		auth = append(auth, a)
	}
	v.Signer = signerView{Authority: strings.Join(auth, ", "), Title: s.Title, Name: s.Name}
	for _, t := range doc.Tasks {
		v.Tasks = append(v.Tasks, taskView{Item: t.Item, Summary: summary(t.Text)})
	}
	v.Citations = citations(doc)
	return v
}

// citations lists the documents the body cites, each once, in reading order,
// with the places that cite it; the document's own number is left out.
func citations(doc *directive.Document) []citationView {
	out := []citationView{}
	index := map[string]int{}
	self := doc.Ref.ID()
	add := func(ms []legalref.Match, where string) {
		for _, m := range ms {
			id := m.Ref.ID()
			if id == self {
				continue
			}
			if i, ok := index[id]; ok {
				if c := &out[i]; c.Cited[len(c.Cited)-1] != where {
					c.Cited = append(c.Cited, where)
				}
				continue
			}
			index[id] = len(out)
			out = append(out, citationView{Citation: m.Ref.String(), Symbol: m.Ref.Symbol(), ID: id, Cited: []string{where}})
		}
	}
	for _, p := range doc.Body.Opening {
		add(p.Refs, "mở đầu")
	}
	for i, t := range doc.Tasks {
		where := "nhiệm vụ " + t.Item
		if t.Item == "" {
			where = "nhiệm vụ " + strconv.Itoa(i+1)
		}
		add(t.Refs, where)
	}
	for _, p := range doc.Body.Closing {
		add(p.Refs, "phần kết")
	}
	return out
}

// tasksFor returns the tasks an obligation reports on: the item that requires
// the report, or, for a report required by the opening or closing paragraphs
// (Obligation.Task empty), every task of the document. directive.Task does
// not yet say which units each task is assigned to (issue 7 of vanban), so
// every addressee reports on every task.
func tasksFor(doc *directive.Document, o reporting.Obligation) []taskView {
	out := []taskView{}
	for _, t := range doc.Tasks {
		if o.Task == "" || o.Task == t.Item {
			out = append(out, taskView{Item: t.Item, Summary: summary(t.Text)})
		}
	}
	return out
}

// summary is the first line of a task, cut at a word boundary to about 100
// characters.
func summary(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	const max = 100
	if utf8.RuneCountInString(line) <= max {
		return line
	}
	cut, n := 0, 0
	for i, r := range line {
		if n == max {
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	return strings.TrimRight(line[:cut], " ,;:") + "…"
}

// resolveReport reads and resolves the deadline phrase of a requirement.
func resolveReport(rv *reportView, r directive.ReportRequirement, cal *calendar.Calendar, ctx deadline.Context, asOf date.Date) error {
	if strings.TrimSpace(r.Due) == "" {
		return errors.New("yêu cầu báo cáo không nêu hạn")
	}
	e, err := deadline.Parse(r.Due)
	if err != nil {
		return err
	}
	res, err := e.Resolve(cal, ctx)
	if err != nil {
		return err
	}
	rv.res = res
	rv.Named, rv.Last, rv.Due = isoDate(res.Named), isoDate(res.Last), isoDate(res.Due)
	rv.Moved, rv.Provisional, rv.Workdays = res.Moved, res.Provisional, res.Workdays
	rv.Explanation = res.Explanation
	for _, s := range res.Steps {
		sv := stepView{Rule: s.Rule.String(), Basis: s.Basis, Note: s.Note}
		for _, d := range s.Crossed {
			sv.Crossed = append(sv.Crossed, newDayView(d))
		}
		rv.Steps = append(rv.Steps, sv)
	}
	if rv.WorkdaysLeft, err = cal.WorkdaysBetween(asOf, res.Due); err != nil {
		return err
	}
	// The days off other than the weekly rest between the document's date
	// and the due day: what the count of working days skipped.
	if ctx.Date != 0 && res.Due > ctx.Date {
		for d := ctx.Date + 1; d <= res.Due; d++ {
			info := cal.Day(d)
			if info.Kind != calendar.Workday && info.Kind != calendar.WeeklyRest {
				rv.DaysOff = append(rv.DaysOff, newDayView(info))
			}
		}
	}
	return nil
}

func newDayView(d calendar.DayInfo) dayView {
	return dayView{Date: d.Date.String(), Kind: d.Kind.String(), Name: d.Name, Basis: d.Basis, day: d.Date}
}

// requirementIndex reads n from an obligation ID "<số ký hiệu>#<n>/…" (the
// form reporting.Derive documents); 0 if there is none.
func requirementIndex(id string) int {
	i := strings.LastIndexByte(id, '#')
	if i < 0 {
		return 0
	}
	rest := id[i+1:]
	if j := strings.IndexByte(rest, '/'); j >= 0 {
		rest = rest[:j]
	}
	n, err := strconv.Atoi(rest)
	if err != nil {
		return 0
	}
	return n
}

func isoDate(d date.Date) string {
	if d == 0 {
		return ""
	}
	return d.String()
}
