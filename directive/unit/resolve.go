package unit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
	"github.com/vanban-go/vanban/internal/vntext"
)

// Context is what recipient expressions are resolved relative to.
type Context struct {
	// Issuer is the ID of the issuing unit: "các sở, ban, ngành" are those
	// of its province, "Ủy ban nhân dân tỉnh" is its province's.
	Issuer string
	// Date is the document's date: the hierarchy is read as it stood that
	// day. It must not be zero.
	Date date.Date
	// AsAbove lists the IDs that "Như trên" stands for: the units of the
	// document's Kính gửi, resolved first. Nil leaves "Như trên"
	// unresolved.
	AsAbove []string
}

// Form is what sort of expression an [Entry] is.
type Form uint8

// The forms of recipient expression.
const (
	FormUnit      Form = iota + 1 // names one unit: "Sở Nội vụ", "TT. TU", "Giám đốc Sở Y tế"
	FormGroup                     // names a group: "Các sở, ban, ngành cấp tỉnh"
	FormAsAbove                   // "Như trên": the Kính gửi list
	FormArchive                   // "Lưu: VT, …": the archive copy, not an addressee
	FormReference                 // "Như Điều 3": the bodies named in an article of the document
	numForms
)

var formNames = [numForms]string{"", "unit", "group", "as-above", "archive", "reference"}

// String returns the form's name ("group"), or "Form(n)" for a value
// outside the list.
func (f Form) String() string {
	if f > 0 && f < numForms {
		return formNames[f]
	}
	return "Form(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText returns the form's name ("group"), or "" for the zero Form; it
// fails for a value outside the list.
func (f Form) MarshalText() ([]byte, error) {
	if f >= numForms {
		return nil, &Error{Op: "Form.MarshalText", Input: f.String(), Err: ErrInvalid}
	}
	return []byte(formNames[f]), nil
}

// UnmarshalText reads a form's name as [Form.MarshalText] writes it.
func (f *Form) UnmarshalText(b []byte) error {
	for i := range numForms {
		if formNames[i] == string(b) {
			*f = i
			return nil
		}
	}
	return &Error{Op: "Form.UnmarshalText", Input: string(b), Err: ErrInvalid}
}

// Entry is one recipient expression of a Kính gửi or Nơi nhận block and
// what it resolved to.
type Entry struct {
	// Text is the expression as written: Text == input[Start:End].
	Text string `json:"text"`
	// Start and End are the byte offsets of the expression in the text
	// given to Resolve.
	Start int `json:"start"`
	End   int `json:"end"`
	// Form is what sort of expression it is.
	Form Form `json:"form,omitempty"`
	// Units lists the IDs of the concrete units the expression stands for,
	// in the hierarchy's order for a group. It is empty when Reason is set
	// and for FormArchive.
	Units []string `json:"units,omitempty"`
	// Groups lists the groups a FormGroup expression named ("departments").
	Groups []string `json:"groups,omitempty"`
	// Rule says how the expression was resolved: "name", "group departments
	// under 91/ubnd", "shared ending ‘UBND tỉnh’", …
	Rule string `json:"rule,omitempty"`
	// AllLevels flags "các cấp" expressions ("UBND các cấp"): documents often
	// mean fewer units than the words say, so a caller may prefer the Kính
	// gửi list.
	AllLevels bool `json:"allLevels,omitempty"`
	// Head is true when the expression addresses the head of the unit
	// ("Giám đốc Sở …", "Chủ tịch UBND huyện, thị xã, thành phố").
	Head bool `json:"head,omitempty"`
	// Note is a parenthesis that followed the expression: "để b/c".
	Note string `json:"note,omitempty"`
	// Reason says why the expression was not resolved; "" when it was.
	Reason string `json:"reason,omitempty"`
}

// Resolved reports whether the expression was resolved (Reason is empty).
// An archive entry counts as resolved although it names no addressee.
func (e Entry) Resolved() bool { return e.Reason == "" }

// Resolution is the outcome of [Hierarchy.Resolve]: one entry per
// expression, in reading order. Nothing of the input is dropped: what could
// not be resolved is an entry with a Reason.
type Resolution struct {
	// Entries lists the expressions in reading order.
	Entries []Entry `json:"entries"`
}

// Recipient is a concrete unit a resolution reached, with the index in
// Resolution.Entries of the first expression that reached it.
type Recipient struct {
	Unit  string `json:"unit"`  // the unit's ID
	Entry int    `json:"entry"` // index of the entry that first named it
}

// Recipients returns every unit the resolved entries reach, each once, in
// reading order; archive entries are left out.
func (r Resolution) Recipients() []Recipient {
	var out []Recipient
	for k, e := range r.Entries {
		if e.Form == FormArchive || e.Reason != "" {
			continue
		}
		for _, u := range e.Units {
			if !slices.ContainsFunc(out, func(x Recipient) bool { return x.Unit == u }) {
				out = append(out, Recipient{Unit: u, Entry: k})
			}
		}
	}
	return out
}

// Units returns the IDs of [Resolution.Recipients].
func (r Resolution) Units() []string {
	rs := r.Recipients()
	out := make([]string, len(rs))
	for k, x := range rs {
		out[k] = x.Unit
	}
	return out
}

// Unresolved returns the entries that were not resolved.
func (r Resolution) Unresolved() []Entry {
	var out []Entry
	for _, e := range r.Entries {
		if e.Reason != "" {
			out = append(out, e)
		}
	}
	return out
}

// Resolve reads the recipient expressions of text, the lines of a Kính gửi
// or Nơi nhận block (with or without its heading, bullets and final
// punctuation), and resolves them against the hierarchy as it stood on
// c.Date, relative to c.Issuer.
//
// One line may hold several expressions separated by commas, "và" or
// semicolons. Names match whatever their case, diacritics, Unicode form or
// punctuation ("Sở NN&PTNT", "SỞ NỘI VỤ", "So Noi vu"); a unit's name
// matches with or without its province ("Sở Nội vụ tỉnh Kiên Giang", "Sở
// Nội vụ tỉnh", "Sở Nội vụ"). Beyond names and short forms Resolve knows:
//
//   - the built-in groups ([GroupDepartments], [GroupDistricts], …) in their
//     usual wordings, expanded to the units that exist on the day;
//   - a head's title before a unit or group ("Giám đốc Sở Y tế"), flagged
//     Head;
//   - a shared ending ("TT. HĐND, UBND tỉnh" = TT. HĐND tỉnh and UBND tỉnh;
//     "CT, các PCT. UBND tỉnh") and a shared beginning ("Sở Nội vụ, Tư
//     pháp");
//   - a scope ending in a colon ("VPCP: BTCN, Vụ TH": units of the Văn
//     phòng Chính phủ; "các Vụ: PL, TCCV": Vụ PL, Vụ TCCV);
//   - "Như trên" (c.AsAbove), "Như Điều 3" (unresolved: the caller must
//     read the article), and "Lưu: …" (an archive entry);
//   - a parenthesis after an expression, kept as its Note;
//   - words run together by text extraction ("BộCông Thương").
//
// A unit that matches by name but does not exist on the day is not
// replaced by its successor: the entry is unresolved and its Reason names
// the successor (see [Hierarchy.Successors]). Ties between units of the
// same name go to the one nearest the issuer; a remaining tie is
// unresolved.
//
// The error is an [*Error] for a bad context only: an unknown issuer or
// AsAbove ID ([ErrUnknownUnit]), a zero date ([ErrInvalid]), an issuer that
// does not exist on the day ([ErrNotExist]).
func (h *Hierarchy) Resolve(c Context, text string) (Resolution, error) {
	iss, ok := h.byID[c.Issuer]
	if !ok {
		return Resolution{}, &Error{Op: "Resolve", Unit: c.Issuer, Detail: "issuer", Err: ErrUnknownUnit}
	}
	if c.Date == 0 {
		return Resolution{}, &Error{Op: "Resolve", Unit: c.Issuer, Detail: "zero date", Err: ErrInvalid}
	}
	if !h.units[iss].ExistsOn(c.Date) {
		return Resolution{}, &Error{Op: "Resolve", Unit: c.Issuer, Input: c.Date.String(), Detail: "issuer", Err: ErrNotExist}
	}
	for _, id := range c.AsAbove {
		if _, ok := h.byID[id]; !ok {
			return Resolution{}, &Error{Op: "Resolve", Unit: id, Detail: "in AsAbove", Err: ErrUnknownUnit}
		}
	}
	r := resolver{h: h, issuer: iss, on: c.Date, asAbove: c.AsAbove, text: text}
	var ts []token
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if len(ts) > 0 && !continues(ts, line) {
			r.line(ts)
			ts = ts[:0]
		}
		ts = tokenize(ts, line, start)
		start = end + 1
	}
	r.line(ts)
	return Resolution{Entries: r.entries}, nil
}

// continues reports whether line carries on the expression the tokens so
// far left open: they end with a comma, "và" or "các" (an item wrapped by
// the layout, "Ủy ban nhân dân các huyện,⏎ thành phố") and line does not
// start a new item with a dash or bullet. A blank line continues nothing.
func continues(ts []token, line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || strings.ContainsRune("-–—+•*", []rune(t)[0]) {
		return false
	}
	last := ts[len(ts)-1]
	return last.kind == tComma || last.kind == tWord && (last.word == "va" || last.word == "cac")
}

// resolver holds the state of one call of Resolve.
type resolver struct {
	h         *Hierarchy
	issuer    int32
	on        date.Date
	asAbove   []string
	text      string
	entries   []Entry
	lineStart int    // index of the current line's first entry
	prevHead  string // first word of the last unit named on this line: "so", "bo"
}

// scope is what a colon set up for the rest of a line: "VPCP:" (a unit)
// or "các Vụ:" (words to put before each expression).
type scope struct {
	unit   int32
	prefix []string
}

var (
	headerWords  = [][]string{{"kinh", "gui"}, {"noi", "nhan"}}
	asAboveWords = []string{"nhu", "tren"}
	articleWords = []string{"nhu", "dieu"}
	// headNouns are the first words of names that a list may share: "Sở
	// Nội vụ, Tư pháp", "Bộ Công an, Quốc phòng".
	headNouns = []string{"so", "bo", "ban", "vu", "cuc", "phong"}
)

func (r *resolver) line(ts []token) {
	r.lineStart, r.prevHead = len(r.entries), ""
	i := 0
	if e, _ := firstPhrase(ts, 0, headerWords); e > 0 {
		i = e
	}
	for i < len(ts) && ts[i].kind != tWord && ts[i].kind != tOpen {
		i++
	}
	if word(ts, i) == "luu" {
		end := ts[i].end
		for _, t := range ts[i:] {
			if t.kind == tWord || t.kind == tClose {
				end = t.end
			}
		}
		r.add(Entry{Form: FormArchive, Rule: "lưu: the archive copy and the drafting unit"}, ts[i].start, end)
		return
	}
	sc := scope{unit: -1}
	for i < len(ts) {
		switch ts[i].kind {
		case tSemi:
			sc, r.prevHead = scope{unit: -1}, ""
			i++
			continue
		case tComma, tColon, tClose:
			i++
			continue
		case tOpen:
			i = r.note(ts, i)
			continue
		}
		if ts[i].word == "va" {
			i++
			continue
		}
		if e := phraseAt(ts, i, asAboveWords); e >= 0 {
			en := Entry{Form: FormAsAbove, Rule: "như trên: the Kính gửi list", Units: slices.Clone(r.asAbove)}
			if r.asAbove == nil {
				en.Reason = "“Như trên” stands for the Kính gửi list, which was not given"
			}
			r.add(en, ts[i].start, ts[e-1].end)
			i = e
			continue
		}
		if e := phraseAt(ts, i, articleWords); e >= 0 {
			if w := word(ts, e); w != "" && w[0] >= '0' && w[0] <= '9' {
				e++
			}
			r.add(Entry{Form: FormReference, Rule: "như điều",
				Reason: "stands for the bodies named in that article of the document; resolve them from its text"},
				ts[i].start, ts[e-1].end)
			i = e
			continue
		}
		i = r.item(ts, i, &sc)
	}
}

// note reads the parenthesis opening at token i into the Note of the
// line's last entry and returns the index after it.
func (r *resolver) note(ts []token, i int) int {
	depth, j := 0, i
	for ; j < len(ts); j++ {
		switch ts[j].kind {
		case tOpen:
			depth++
		case tClose:
			depth--
		}
		if depth == 0 {
			break
		}
	}
	end := len(r.text)
	if j < len(ts) {
		end = ts[j].start
	} else if len(ts) > 0 {
		end = ts[len(ts)-1].end
	}
	if len(r.entries) > r.lineStart && ts[i].end <= end {
		e := &r.entries[len(r.entries)-1]
		e.Note = strings.TrimSpace(strings.Join([]string{e.Note, vntext.Clean(r.text[ts[i].end:end])}, " "))
	}
	return j + 1
}

func (r *resolver) add(e Entry, start, end int) {
	e.Start, e.End, e.Text = start, end, r.text[start:end]
	r.entries = append(r.entries, e)
}

// rawEnd returns the index of the first separator token at or after i.
func rawEnd(ts []token, i int) int {
	for i < len(ts) && ts[i].kind == tWord {
		i++
	}
	return i
}

// item reads one expression starting at token i and returns the index
// after it.
func (r *resolver) item(ts []token, i int, sc *scope) int {
	j := rawEnd(ts, i)
	if len(sc.prefix) > 0 {
		ws := append(slices.Clone(sc.prefix), wordsOf(ts, i, j)...)
		if ids, reason, ok := r.lookup(ws, sc.unit); ok && reason == "" {
			r.addUnit(ts, i, j, ids, "name after the scope ‘"+strings.Join(sc.prefix, " ")+"’", false)
			return j
		}
	}
	g, gok := matchGroup(ts, i)
	// Try the name at i, then after a head's title, then after "các".
	t := titleAt(ts, i)
	starts := [3]int{i, -1, -1}
	if t > 0 {
		starts[1] = i + t
	}
	if word(ts, i+t) == "cac" {
		starts[2] = i + t + 1
	}
	for _, s := range starts {
		if s < 0 {
			continue
		}
		hit, ok := r.nameAt(ts, s, sc.unit)
		if !ok || gok && g.end >= hit.end {
			continue
		}
		if hit.end < len(ts) && ts[hit.end].kind == tColon && len(hit.ids) == 1 {
			sc.unit, sc.prefix = hit.ids[0], nil
			return hit.end + 1
		}
		if hit.group >= 0 {
			r.addGroup(ts, i, groupHit{end: hit.end, ids: []string{r.h.groups[hit.group].ID}, head: t > 0 && s > i})
			return hit.end
		}
		rule := "name"
		if sc.unit >= 0 {
			rule = "name within " + r.h.units[sc.unit].ID
		}
		en := r.addUnit(ts, i, hit.end, hit.ids, rule, t > 0 && s > i)
		en.Reason = hit.reason
		if hit.reason == "" {
			r.notePrevHead(ts, s)
		}
		return hit.end
	}
	if gok {
		r.addGroup(ts, i, g)
		return g.end
	}
	if j < len(ts) && ts[j].kind == tColon {
		ws := wordsOf(ts, i, j)
		if len(ws) > 1 && ws[0] == "cac" {
			ws = ws[1:]
		}
		sc.prefix = ws
		return j + 1
	}
	r.fallback(ts, i, j, sc)
	return j
}

func (r *resolver) notePrevHead(ts []token, s int) {
	if w := word(ts, s); slices.Contains(headNouns, w) {
		r.prevHead = w
	}
}

func wordsOf(ts []token, i, j int) []string {
	out := make([]string, 0, j-i)
	for _, t := range ts[i:j] {
		if t.kind == tWord {
			out = append(out, t.word)
		}
	}
	return out
}

// nameHit is a unit name found at a position of a line.
type nameHit struct {
	end    int
	ids    []int32 // the unit chosen (one), when reason is ""
	group  int32   // a Group.Phrases match, or -1
	reason string  // why the name does not resolve on the day
}

// nameAt finds the longest unit name starting at token i that ends at an
// expression boundary. Commas are crossed when the name goes on after them
// ("Sở Văn hóa, Thể thao và Du lịch").
func (r *resolver) nameAt(ts []token, i int, sc int32) (nameHit, bool) {
	x := &r.h.index
	var ends [24]struct {
		end  int
		node int32
	}
	ne := 0
	n := int32(0)
	for j := i; j < len(ts); {
		w := ts[j].word
		if ts[j].kind == tComma {
			if nx, ok := x.nodes[n].next[word(ts, j+1)]; ok && word(ts, j+1) != "" {
				n, j = nx, j+2
			} else {
				break
			}
		} else if ts[j].kind != tWord {
			break
		} else if nx, ok := x.nodes[n].next[w]; ok {
			n, j = nx, j+1
		} else {
			break
		}
		if (len(x.nodes[n].units) > 0 || len(x.nodes[n].groups) > 0) && ne < len(ends) {
			ends[ne].end, ends[ne].node = j, n
			ne++
		}
	}
	var fallback *nameHit
	for k := ne - 1; k >= 0; k-- {
		e := ends[k]
		if !boundary(ts, e.end) {
			continue
		}
		nd := &x.nodes[e.node]
		if len(nd.units) == 0 {
			return nameHit{end: e.end, group: nd.groups[0]}, true
		}
		ids, reason := r.choose(nd.units, sc)
		hit := nameHit{end: e.end, ids: ids, group: -1, reason: reason}
		if reason == "" {
			return hit, true
		}
		if fallback == nil {
			fallback = &hit
		}
	}
	if fallback != nil {
		return *fallback, true
	}
	return nameHit{}, false
}

// lookup finds the units named exactly ws and chooses among them; ok is
// false when no unit has that name.
func (r *resolver) lookup(ws []string, sc int32) (ids []int32, reason string, ok bool) {
	n := r.h.index.lookup(ws)
	if n < 0 || len(r.h.index.nodes[n].units) == 0 {
		return nil, "", false
	}
	ids, reason = r.choose(r.h.index.nodes[n].units, sc)
	return ids, reason, true
}

// choose picks among the units of one name: those that exist on the day,
// within the scope if any are, nearest the issuer.
func (r *resolver) choose(cands []int32, sc int32) ([]int32, string) {
	h := r.h
	var buf [8]int32
	live := buf[:0]
	for _, c := range cands {
		if h.units[c].ExistsOn(r.on) {
			live = append(live, c)
		}
	}
	if len(live) == 0 {
		return nil, r.deadReason(cands[0])
	}
	if sc >= 0 {
		under := live[:0:0]
		for _, c := range live {
			if h.isUnder(c, sc) {
				under = append(under, c)
			}
		}
		if len(under) > 0 {
			live = under
		}
	}
	if len(live) > 1 {
		best, tie := live[0], false
		bd := h.distance(r.issuer, best)
		for _, c := range live[1:] {
			switch d := h.distance(r.issuer, c); {
			case d < bd:
				best, bd, tie = c, d, false
			case d == bd:
				tie = true
			}
		}
		if tie {
			var names []string
			for _, c := range live {
				if h.distance(r.issuer, c) == bd {
					names = append(names, h.units[c].Name+" ("+h.units[c].ID+")")
				}
			}
			return nil, "ambiguous: " + strings.Join(names, ", ")
		}
		return []int32{best}, ""
	}
	return []int32{live[0]}, ""
}

// deadReason explains why unit c, named in the text, does not count on the
// day.
func (r *resolver) deadReason(c int32) string {
	u := &r.h.units[c]
	s := u.Name + " (" + u.ID + ") "
	if u.From != 0 && r.on < u.From {
		return s + "did not exist yet on " + r.on.String() + " (from " + u.From.String() + ")"
	}
	s += "no longer existed on " + r.on.String() + " (until " + u.Until.String() + ")"
	idx, err := r.h.successors(c, r.on)
	if err != nil {
		return s + "; it has no successor on that day"
	}
	var names []string
	for _, j := range idx {
		names = append(names, r.h.units[j].Name+" ("+r.h.units[j].ID+")")
	}
	return s + "; successor on that day: " + strings.Join(names, ", ")
}

func (r *resolver) addUnit(ts []token, i, j int, ids []int32, rule string, head bool) *Entry {
	en := Entry{Form: FormUnit, Rule: rule, Head: head}
	for _, id := range ids {
		en.Units = append(en.Units, r.h.units[id].ID)
	}
	r.add(en, ts[i].start, ts[j-1].end)
	return &r.entries[len(r.entries)-1]
}

func (r *resolver) addGroup(ts []token, i int, g groupHit) {
	en := Entry{Form: FormGroup, Groups: g.ids, Head: g.head, AllLevels: g.allLevels}
	if g.related {
		en.Reason = "the units concerned (liên quan, chức năng) are not named"
		r.add(en, ts[i].start, ts[g.end-1].end)
		return
	}
	var all []int32
	var anchors []string
	for _, id := range g.ids {
		gr := r.h.group(id)
		a, mem := r.h.members(gr, r.issuer, r.on)
		if a >= 0 {
			anchors = append(anchors, id+" under "+r.h.units[a].ID)
		} else {
			anchors = append(anchors, id+" (no "+kindList(gr.Anchor)+" at or above the issuer)")
		}
		for _, m := range mem {
			if !slices.Contains(all, m) {
				all = append(all, m)
			}
		}
	}
	slices.Sort(all)
	for _, m := range all {
		en.Units = append(en.Units, r.h.units[m].ID)
	}
	en.Rule = "group " + strings.Join(anchors, ", ")
	if len(all) == 0 {
		en.Reason = "no unit of group " + strings.Join(g.ids, ", ") + " exists on " + r.on.String() + " in " + en.Rule
	}
	r.add(en, ts[i].start, ts[g.end-1].end)
}

func kindList(ks []Kind) string {
	var s []string
	for _, k := range ks {
		s = append(s, k.String())
	}
	return strings.Join(s, " or ")
}

// group returns the compiled group with the given ID; every built-in ID is
// present.
func (h *Hierarchy) group(id string) *group {
	for k := range h.groups {
		if h.groups[k].ID == id {
			return &h.groups[k]
		}
	}
	return nil
}

// fallback resolves the words of tokens [i, j) when no name or group
// starts there: after a title or "các", with an ending shared with the next
// expression, with a beginning shared with the previous one, or with the
// spaces taken out; else the entry is unresolved.
func (r *resolver) fallback(ts []token, i, j int, sc *scope) {
	if j <= i {
		return
	}
	ws := wordsOf(ts, i, j)
	head := false
	variants := [][]string{ws}
	if t := titleAt(ts, i); t > 0 && t < len(ws) {
		head = true
		variants = append(variants, ws[t:])
	}
	for _, v := range variants {
		if len(v) > 1 && v[0] == "cac" {
			variants = append(variants, v[1:])
		}
	}
	try := func(ws []string, rule string) bool {
		ids, reason, ok := r.lookup(ws, sc.unit)
		if !ok {
			return false
		}
		en := r.addUnit(ts, i, j, ids, rule, head)
		en.Reason = reason
		return true
	}
	// An ending shared with the next expression: "CT, các PCT. UBND tỉnh".
	if j < len(ts) && (ts[j].kind == tComma) {
		next := wordsOf(ts, j+1, rawEnd(ts, j+1))
		for _, v := range variants {
			for l := 1; l <= len(next); l++ {
				if try(slices.Concat(v, next[len(next)-l:]), "shared ending ‘"+strings.Join(next[len(next)-l:], " ")+"’") {
					return
				}
			}
		}
	}
	if r.prevHead != "" {
		for _, v := range variants {
			if v[0] != r.prevHead && try(slices.Concat([]string{r.prevHead}, v), "shared beginning ‘"+r.prevHead+"’") {
				return
			}
		}
	}
	for _, v := range variants {
		if cands, ok := r.h.index.flat[strings.Join(v, "")]; ok {
			ids, reason := r.choose(cands, sc.unit)
			en := r.addUnit(ts, i, j, ids, "name with its words run together", head)
			en.Reason = reason
			return
		}
	}
	r.add(Entry{Form: FormUnit, Head: head, Reason: "no unit of the hierarchy has this name or short form"}, ts[i].start, ts[j-1].end)
}
