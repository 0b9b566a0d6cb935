package unit

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/internal/vntext"
)

// Data is a hierarchy as plain values: what [New] builds from and what
// [Hierarchy.Data] gives back. Its JSON form is the one [DecodeJSON] reads.
type Data struct {
	// Name says what the hierarchy covers: "Kiên Giang, 2021 and its 2025
	// successors".
	Name string `json:"name,omitempty"`
	// Sources cites where the facts come from.
	Sources []string `json:"sources,omitempty"`
	// Units lists every unit, in the order that groups expand in: list a
	// province's departments in their official order.
	Units []Unit `json:"units"`
	// Groups redefines built-in recipient groups or adds the hierarchy's own
	// (see [Group]).
	Groups []Group `json:"groups,omitempty"`
}

// Hierarchy is an immutable set of units with their parents, successors
// and recipient groups. Build it with [New] or [DecodeJSON]; it is safe for
// concurrent use. The zero Hierarchy is not usable.
type Hierarchy struct {
	name     string
	sources  []string
	units    []Unit
	byID     map[string]int32
	parent   []int32
	children [][]int32
	succ     [][]int32
	groups   []group // the built-in groups, then the data's own
	index    index
	names    map[string][]int32 // vntext.Key of each name and short form → units, for Named
}

// New builds a hierarchy from d. It checks that every unit has an ID, a
// name and a kind, that IDs are unique, that parents, successors and group
// members name units of d, that Until is after From, and that no unit is its
// own ancestor or successor; the first problem is returned as an [*Error]
// naming the unit. New copies what it keeps: later changes to d do not
// reach the hierarchy.
func New(d Data) (*Hierarchy, error) {
	n := len(d.Units)
	h := &Hierarchy{
		name:     d.Name,
		sources:  slices.Clone(d.Sources),
		units:    make([]Unit, n),
		byID:     make(map[string]int32, n),
		parent:   make([]int32, n),
		children: make([][]int32, n),
		succ:     make([][]int32, n),
	}
	for i, u := range d.Units {
		u.Short = slices.Clone(u.Short)
		u.Successors = slices.Clone(u.Successors)
		if err := checkUnit(u); err != nil {
			return nil, err
		}
		if _, dup := h.byID[u.ID]; dup {
			return nil, &Error{Op: "New", Unit: u.ID, Err: ErrDuplicate}
		}
		h.byID[u.ID] = int32(i)
		h.units[i] = u
	}
	h.names = make(map[string][]int32, 2*n)
	for i, u := range h.units {
		for _, name := range append([]string{u.Name}, u.Short...) {
			if k := vntext.Key(name); k != "" && !slices.Contains(h.names[k], int32(i)) {
				h.names[k] = append(h.names[k], int32(i))
			}
		}
	}
	for i := range h.units {
		u := &h.units[i]
		h.parent[i] = -1
		if u.Parent != "" {
			p, ok := h.byID[u.Parent]
			if !ok {
				return nil, &Error{Op: "New", Unit: u.ID, Input: u.Parent, Detail: "parent", Err: ErrUnknownUnit}
			}
			h.parent[i] = p
			h.children[p] = append(h.children[p], int32(i))
		}
		for _, s := range u.Successors {
			j, ok := h.byID[s]
			if !ok {
				return nil, &Error{Op: "New", Unit: u.ID, Input: s, Detail: "successor", Err: ErrUnknownUnit}
			}
			h.succ[i] = append(h.succ[i], j)
		}
	}
	if err := h.checkCycles(); err != nil {
		return nil, err
	}
	for i := range h.units {
		h.units[i].Level = h.levelOf(int32(i))
	}
	if err := h.compileGroups(d.Groups); err != nil {
		return nil, err
	}
	h.index = buildIndex(h)
	return h, nil
}

func checkUnit(u Unit) error {
	fail := func(input, detail string) error {
		return &Error{Op: "New", Unit: u.ID, Input: input, Detail: detail, Err: ErrInvalid}
	}
	switch {
	case strings.TrimSpace(u.ID) == "":
		return fail(u.Name, "empty ID")
	case strings.TrimSpace(u.Name) == "":
		return fail("", "empty name")
	case u.Kind == Unknown || u.Kind >= numKinds:
		return fail(u.Kind.String(), "kind")
	case u.Level >= numLevels:
		return fail(u.Level.String(), "level")
	case u.From != 0 && u.Until != 0 && u.Until <= u.From:
		return fail(u.Until.String(), "until is not after from "+u.From.String())
	case u.Parent == u.ID:
		return &Error{Op: "New", Unit: u.ID, Input: u.Parent, Detail: "its own parent", Err: ErrCycle}
	}
	return nil
}

// checkCycles rejects parent chains and successor chains that loop.
func (h *Hierarchy) checkCycles() error {
	n := int32(len(h.units))
	for i := range n {
		steps := int32(0)
		for p := h.parent[i]; p >= 0; p = h.parent[p] {
			if p == i || steps > n {
				return &Error{Op: "New", Unit: h.units[i].ID, Detail: "its own ancestor", Err: ErrCycle}
			}
			steps++
		}
	}
	// Successor links form a graph; a depth-first search with colours finds
	// a loop.
	state := make([]uint8, n) // 0 new, 1 on the path, 2 done
	var visit func(int32) int32
	visit = func(i int32) int32 {
		state[i] = 1
		for _, s := range h.succ[i] {
			if state[s] == 1 {
				return s
			}
			if state[s] == 0 {
				if c := visit(s); c >= 0 {
					return c
				}
			}
		}
		state[i] = 2
		return -1
	}
	for i := range n {
		if state[i] == 0 {
			if c := visit(i); c >= 0 {
				return &Error{Op: "New", Unit: h.units[c].ID, Detail: "its own successor", Err: ErrCycle}
			}
		}
	}
	return nil
}

func (h *Hierarchy) levelOf(i int32) Level {
	for ; i >= 0; i = h.parent[i] {
		u := &h.units[i]
		if u.Level != NoLevel {
			return u.Level
		}
		if l := u.Kind.level(); l != NoLevel {
			return l
		}
	}
	return NoLevel
}

func (h *Hierarchy) compileGroups(gs []Group) error {
	seen := map[string]bool{}
	var all []Group
	for _, g := range gs {
		if strings.TrimSpace(g.ID) == "" {
			return &Error{Op: "New", Input: g.Name, Detail: "group with empty ID", Err: ErrInvalid}
		}
		if seen[g.ID] {
			return &Error{Op: "New", Input: g.ID, Detail: "group defined twice", Err: ErrDuplicate}
		}
		seen[g.ID] = true
	}
	for _, d := range defaultGroups {
		if !seen[d.ID] {
			all = append(all, d)
		}
	}
	for _, g := range gs {
		all = append(all, mergeGroup(g))
	}
	for _, g := range all {
		cg := group{Group: g}
		cg.Anchor = slices.Clone(g.Anchor)
		cg.Kinds = slices.Clone(g.Kinds)
		cg.Phrases = slices.Clone(g.Phrases)
		for _, k := range slices.Concat(g.Anchor, g.Kinds) {
			if k == Unknown || k >= numKinds {
				return &Error{Op: "New", Input: k.String(), Detail: "kind in group " + g.ID, Err: ErrInvalid}
			}
		}
		if len(g.Kinds) == 0 && len(g.Include) == 0 {
			return &Error{Op: "New", Input: g.ID, Detail: "group has neither kinds nor members", Err: ErrInvalid}
		}
		for _, l := range []struct {
			ids []string
			dst *[]int32
		}{{g.Include, &cg.include}, {g.Exclude, &cg.exclude}} {
			for _, id := range l.ids {
				j, ok := h.byID[id]
				if !ok {
					return &Error{Op: "New", Unit: id, Input: g.ID, Detail: "member of group", Err: ErrUnknownUnit}
				}
				*l.dst = append(*l.dst, j)
			}
		}
		cg.Include, cg.Exclude = slices.Clone(g.Include), slices.Clone(g.Exclude)
		h.groups = append(h.groups, cg)
	}
	return nil
}

// DecodeJSON builds a hierarchy from the JSON form of [Data]:
//
//	{"name": "…", "sources": ["…"],
//	 "units": [{"id": "91/snv", "name": "Sở Nội vụ tỉnh Kiên Giang",
//	            "short": ["Sở Nội vụ", "SNV"], "kind": "department",
//	            "parent": "91/ubnd", "until": "2025-07-01",
//	            "successors": ["ag/snv"]}, …],
//	 "groups": [{"id": "departments", "kinds": ["department", "branch"]}]}
//
// Dates are ISO 8601 ("2021-02-01"); kinds and levels are the names their
// String methods give. Unknown fields are rejected, so that a misspelt field
// does not silently drop a fact. Errors are [*Error]s: [ErrSyntax] with the
// byte offset for malformed JSON, and whatever [New] reports.
func DecodeJSON(b []byte) (*Hierarchy, error) {
	var d Data
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		e := &Error{Op: "DecodeJSON", Detail: err.Error(), Err: ErrSyntax}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		var ue *Error
		switch {
		case errors.As(err, &se):
			e.Offset = int(se.Offset)
		case errors.As(err, &te):
			e.Offset = int(te.Offset)
			e.Input = te.Field
		case errors.Is(err, io.ErrUnexpectedEOF):
			e.Offset = len(b)
		case errors.As(err, &ue):
			e.Input, e.Err = ue.Input, ue.Err
			e.Offset = int(dec.InputOffset())
		default:
			e.Offset = int(dec.InputOffset())
		}
		return nil, e
	}
	if dec.More() {
		return nil, &Error{Op: "DecodeJSON", Offset: int(dec.InputOffset()), Detail: "data after the hierarchy", Err: ErrSyntax}
	}
	h, err := New(d)
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Op = "DecodeJSON"
		}
		return nil, err
	}
	return h, nil
}

// Data returns the hierarchy as plain values: the units with their levels
// filled in, and the groups the data defined (not the built-in ones it left
// alone). New(h.Data()) builds an equal hierarchy.
func (h *Hierarchy) Data() Data {
	d := Data{Name: h.name, Sources: slices.Clone(h.sources), Units: make([]Unit, len(h.units))}
	for i := range h.units {
		d.Units[i] = h.unit(int32(i))
	}
	for _, g := range h.groups {
		if slices.ContainsFunc(defaultGroups, func(dg Group) bool { return dg.ID == g.ID && equalGroup(dg, g.Group) }) {
			continue
		}
		g2 := g.Group
		g2.Anchor, g2.Kinds, g2.Phrases = slices.Clone(g2.Anchor), slices.Clone(g2.Kinds), slices.Clone(g2.Phrases)
		g2.Include, g2.Exclude = slices.Clone(g2.Include), slices.Clone(g2.Exclude)
		d.Groups = append(d.Groups, g2)
	}
	return d
}

func equalGroup(a, b Group) bool {
	return a.ID == b.ID && a.Name == b.Name && slices.Equal(a.Anchor, b.Anchor) && slices.Equal(a.Kinds, b.Kinds) &&
		a.Level == b.Level && slices.Equal(a.Include, b.Include) && slices.Equal(a.Exclude, b.Exclude) &&
		slices.Equal(a.Phrases, b.Phrases)
}

// MarshalJSON writes the hierarchy in the form [DecodeJSON] reads.
func (h *Hierarchy) MarshalJSON() ([]byte, error) { return json.Marshal(h.Data()) }

// Name returns what the hierarchy covers, as its data named it.
func (h *Hierarchy) Name() string { return h.name }

// unit returns a copy of unit i whose slices the caller may keep.
func (h *Hierarchy) unit(i int32) Unit {
	u := h.units[i]
	u.Short = slices.Clone(u.Short)
	u.Successors = slices.Clone(u.Successors)
	return u
}

// Unit returns the unit with the given ID, and whether there is one.
func (h *Hierarchy) Unit(id string) (Unit, bool) {
	i, ok := h.byID[id]
	if !ok {
		return Unit{}, false
	}
	return h.unit(i), true
}

// Units yields every unit in data order, whatever its dates.
func (h *Hierarchy) Units() iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := range h.units {
			if !yield(h.unit(int32(i))) {
				return
			}
		}
	}
}

// Children returns the units directly under the unit id that exist on day
// on, in data order; a zero on returns every child whatever its dates. An
// unknown id returns nil.
func (h *Hierarchy) Children(id string, on date.Date) []Unit {
	i, ok := h.byID[id]
	if !ok {
		return nil
	}
	var out []Unit
	for _, c := range h.children[i] {
		if on == 0 || h.units[c].ExistsOn(on) {
			out = append(out, h.unit(c))
		}
	}
	return out
}

// Successors returns the units that stand for the unit id on day on: the
// unit itself while it exists; after its Until day, its successors that
// exist on that day, following chains of successions (Sở Kế hoạch và Đầu tư
// → Sở Tài chính on 1 March 2025 → Sở Tài chính of the merged province on
// 1 July 2025) and merging where chains meet. The errors are [*Error]s:
// [ErrUnknownUnit], [ErrNotExist] for a day before the unit's From, and
// [ErrNoSuccessor] when the unit had ended and no successor exists that day
// (a district People's Committee after 1 July 2025).
func (h *Hierarchy) Successors(id string, on date.Date) ([]Unit, error) {
	i, ok := h.byID[id]
	if !ok {
		return nil, &Error{Op: "Successors", Unit: id, Err: ErrUnknownUnit}
	}
	idx, err := h.successors(i, on)
	if err != nil {
		return nil, err
	}
	out := make([]Unit, len(idx))
	for k, j := range idx {
		out[k] = h.unit(j)
	}
	return out, nil
}

func (h *Hierarchy) successors(i int32, on date.Date) ([]int32, error) {
	u := &h.units[i]
	if u.From != 0 && on < u.From {
		return nil, &Error{Op: "Successors", Unit: u.ID, Input: on.String(), Detail: "it exists from " + u.From.String(), Err: ErrNotExist}
	}
	if u.ExistsOn(on) {
		return []int32{i}, nil
	}
	var out []int32
	var walk func(int32)
	walk = func(j int32) {
		for _, s := range h.succ[j] {
			su := &h.units[s]
			switch {
			case su.ExistsOn(on):
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			case su.Until != 0 && on >= su.Until:
				walk(s)
			}
		}
	}
	walk(i)
	if len(out) == 0 {
		return nil, &Error{Op: "Successors", Unit: u.ID, Input: on.String(), Detail: "it ceased on " + u.Until.String(), Err: ErrNoSuccessor}
	}
	return out, nil
}

// isUnder reports whether unit i is a descendant of unit a (or a itself).
func (h *Hierarchy) isUnder(i, a int32) bool {
	for ; i >= 0; i = h.parent[i] {
		if i == a {
			return true
		}
	}
	return false
}

// distance is the number of parent links between units a and b through
// their nearest common ancestor, or a large number when they share none.
func (h *Hierarchy) distance(a, b int32) int {
	da := 0
	for x := a; x >= 0; x = h.parent[x] {
		db := 0
		for y := b; y >= 0; y = h.parent[y] {
			if x == y {
				return da + db
			}
			db++
		}
		da++
	}
	return 1 << 20
}

// Named returns the one unit that exists on the given date and whose official
// name or one of whose short forms is name, compared with case, diacritics
// and white space ignored: the way to find a document's issuer
// from its heading ("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"). It reports false when
// no unit or more than one unit has that name.
func (h *Hierarchy) Named(name string, on date.Date) (Unit, bool) {
	if h == nil {
		return Unit{}, false
	}
	found := int32(-1)
	for _, i := range h.names[vntext.Key(name)] {
		if !h.units[i].ExistsOn(on) {
			continue
		}
		if found >= 0 {
			return Unit{}, false
		}
		found = i
	}
	if found < 0 {
		return Unit{}, false
	}
	return h.unit(found), true
}
