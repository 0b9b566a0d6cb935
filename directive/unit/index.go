package unit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// tokKind is the kind of a token of a recipient line.
type tokKind uint8

const (
	tWord  tokKind = iota // a word, folded (vntext.Key) and expanded
	tComma                // ,
	tSemi                 // ;
	tColon                // :
	tOpen                 // ( or [
	tClose                // ) or ]
)

// token is one word or separator of a recipient line, with its byte span in
// the text given to Resolve.
type token struct {
	kind       tokKind
	word       string
	start, end int
}

// expansions are abbreviations that mean one thing wherever they occur in
// recipient lists; they are spelt out before matching, in names and in
// queries alike, so that "UBND tỉnh" meets "Ủy ban nhân dân tỉnh". Forms
// whose meaning depends on the hierarchy ("TT", "TU", "CT", "TTCP") are left
// to the units' short forms.
var expansions = map[string][]string{
	"ubnd":     {"uy", "ban", "nhan", "dan"},
	"hdnd":     {"hoi", "dong", "nhan", "dan"},
	"ubmttqvn": {"uy", "ban", "mat", "tran", "to", "quoc", "viet", "nam"},
	"ubmttq":   {"uy", "ban", "mat", "tran", "to", "quoc"},
	"mttqvn":   {"mat", "tran", "to", "quoc", "viet", "nam"},
	"mttq":     {"mat", "tran", "to", "quoc"},
	"tp":       {"thanh", "pho"},
	"tx":       {"thi", "xa"},
	"vp":       {"van", "phong"},
	"dbqh":     {"dai", "bieu", "quoc", "hoi"},
	"cp":       {"chinh", "phu"},
	"ttg":      {"thu", "tuong"},
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize appends the tokens of line, whose first byte is at offset base of
// the text, to ts. Punctuation other than the separators (. - – & / " …)
// only separates words.
func tokenize(ts []token, line string, base int) []token {
	f := vntext.Fold(line)
	k := f.Key
	for i := 0; i < len(k); {
		r, size := utf8.DecodeRuneInString(k[i:])
		if isWordRune(r) {
			j := i + size
			for j < len(k) {
				r2, s2 := utf8.DecodeRuneInString(k[j:])
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			s, e := f.Span(i, j)
			if exp, ok := expansions[k[i:j]]; ok {
				for _, x := range exp {
					ts = append(ts, token{kind: tWord, word: x, start: base + s, end: base + e})
				}
			} else {
				ts = append(ts, token{kind: tWord, word: k[i:j], start: base + s, end: base + e})
			}
			i = j
			continue
		}
		kind := tokKind(255)
		switch r {
		case ',':
			kind = tComma
		case ';':
			kind = tSemi
		case ':':
			kind = tColon
		case '(', '[':
			kind = tOpen
		case ')', ']':
			kind = tClose
		}
		if kind != 255 {
			s, e := f.Span(i, i+size)
			ts = append(ts, token{kind: kind, start: base + s, end: base + e})
		}
		i += size
	}
	return ts
}

// words returns the matching words of a name: its word tokens.
func words(s string) []string {
	var out []string
	for _, t := range tokenize(nil, s, 0) {
		if t.kind == tWord {
			out = append(out, t.word)
		}
	}
	return out
}

// index finds units and phrase groups by their names, word by word.
type index struct {
	nodes []node
	// flat maps a name with its spaces taken out to the units of that name,
	// for text whose words run together ("BộCông Thương").
	flat map[string][]int32
}

type node struct {
	next   map[string]int32
	units  []int32
	groups []int32 // indices into Hierarchy.groups, for Group.Phrases
}

func buildIndex(h *Hierarchy) index {
	x := index{nodes: []node{{}}, flat: map[string][]int32{}}
	for i := range h.units {
		for _, ws := range nameVariants(h, int32(i)) {
			n := x.insert(ws)
			if !containsI32(x.nodes[n].units, int32(i)) {
				x.nodes[n].units = append(x.nodes[n].units, int32(i))
			}
			key := strings.Join(ws, "")
			if !containsI32(x.flat[key], int32(i)) {
				x.flat[key] = append(x.flat[key], int32(i))
			}
		}
	}
	for gi, g := range h.groups {
		for _, p := range g.Phrases {
			if ws := words(p); len(ws) > 0 {
				n := x.insert(ws)
				x.nodes[n].groups = append(x.nodes[n].groups, int32(gi))
			}
		}
	}
	return x
}

func containsI32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (x *index) insert(ws []string) int32 {
	n := int32(0)
	for _, w := range ws {
		nx, ok := x.nodes[n].next[w]
		if !ok {
			nx = int32(len(x.nodes))
			x.nodes = append(x.nodes, node{})
			if x.nodes[n].next == nil {
				x.nodes[n].next = map[string]int32{}
			}
			x.nodes[n].next[w] = nx
		}
		n = nx
	}
	return n
}

// lookup returns the node that the word sequence ws leads to, or -1.
func (x *index) lookup(ws []string) int32 {
	n := int32(0)
	for _, w := range ws {
		nx, ok := x.nodes[n].next[w]
		if !ok {
			return -1
		}
		n = nx
	}
	return n
}

// nameVariants returns the word sequences unit i answers to: its name and
// short forms, and each of them without the province's name at the end
// ("Sở Nội vụ tỉnh Kiên Giang" → "Sở Nội vụ tỉnh", "Sở Nội vụ"), since a
// province's documents leave it out.
func nameVariants(h *Hierarchy, i int32) [][]string {
	var out [][]string
	add := func(ws []string) {
		if len(ws) == 0 {
			return
		}
		for _, o := range out {
			if equalWords(o, ws) {
				return
			}
		}
		out = append(out, ws)
	}
	place := placeWords(h, i)
	for _, s := range append([]string{h.units[i].Name}, h.units[i].Short...) {
		ws := words(s)
		add(ws)
		if len(place) == 0 || len(ws) <= len(place) || !equalWords(ws[len(ws)-len(place):], place) {
			continue
		}
		bare := ws[:len(ws)-len(place)]
		add(bare)
		if n := len(bare); n > 1 && (bare[n-1] == "tinh" || bare[n-1] == "pho" && bare[n-2] == "thanh") {
			if bare[n-1] == "tinh" {
				add(bare[:n-1])
			} else if n > 2 {
				add(bare[:n-2])
			}
		}
	}
	return out
}

// placeWords returns the words of the name of the province unit i belongs
// to, without "tỉnh" or "thành phố": ["kien", "giang"]. It is nil for a unit
// outside any province and for the province itself.
func placeWords(h *Hierarchy, i int32) []string {
	for p := h.parent[i]; p >= 0; p = h.parent[p] {
		if h.units[p].Kind != Province {
			continue
		}
		ws := words(h.units[p].Name)
		switch {
		case len(ws) > 1 && ws[0] == "tinh":
			return ws[1:]
		case len(ws) > 2 && ws[0] == "thanh" && ws[1] == "pho":
			return ws[2:]
		}
		return ws
	}
	return nil
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
