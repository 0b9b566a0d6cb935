package unit

// The phrases of the built-in groups are recognised by two small grammars
// over the words of a line rather than by a fixed list, because documents
// vary them freely: "Các sở, ban, ngành cấp tỉnh", "Sở, ban, ngành tỉnh",
// "Thủ trưởng các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố",
// "Chủ tịch UBND huyện, thị xã, thành phố", "UBND các xã, phường, đặc khu".

// word returns the word of token i, or "" if token i is not a word or is
// past the end.
func word(ts []token, i int) string {
	if i < 0 || i >= len(ts) || ts[i].kind != tWord {
		return ""
	}
	return ts[i].word
}

// phraseAt returns the end of the words of p at token i (consecutive word
// tokens), or -1.
func phraseAt(ts []token, i int, p []string) int {
	for k, w := range p {
		if word(ts, i+k) != w {
			return -1
		}
	}
	return i + len(p)
}

// firstPhrase returns the end and index of the first phrase of ps found at
// token i, or -1, -1.
func firstPhrase(ts []token, i int, ps [][]string) (int, int) {
	for k, p := range ps {
		if e := phraseAt(ts, i, p); e >= 0 {
			return e, k
		}
	}
	return -1, -1
}

// titles are the posts a document names before a unit to address its head:
// "Giám đốc Sở …", "Chủ tịch UBND huyện …", "Thủ trưởng các sở, ngành".
var titles = [][]string{
	{"pho", "chu", "tich"}, {"chu", "tich"}, {"tong", "giam", "doc"}, {"pho", "giam", "doc"}, {"giam", "doc"},
	{"thu", "truong"}, {"lanh", "dao"}, {"truong", "ban"}, {"chanh", "van", "phong"},
	{"chanh", "thanh", "tra"}, {"bo", "truong"}, {"dong", "chi"},
}

// titleAt returns the number of words of a head's title at token i, or 0.
func titleAt(ts []token, i int) int {
	if e, _ := firstPhrase(ts, i, titles); e > 0 {
		return e - i
	}
	return 0
}

// boundary reports whether an expression may end before token i: at the
// end of the line, at a separator or parenthesis, or before "và".
func boundary(ts []token, i int) bool {
	return i >= len(ts) || ts[i].kind != tWord || ts[i].word == "va"
}

// groupHit is a group phrase found in a line.
type groupHit struct {
	end       int      // token after the phrase
	ids       []string // the groups it names
	head      bool     // addressed to the heads ("Chủ tịch UBND …")
	allLevels bool     // "các cấp"
	related   bool     // "… liên quan", "… chức năng": not determinable
}

// level letters: P province, D district, C commune, T "thành phố" (P or D
// by its company), A "các cấp".
var levelWords = []struct {
	w  []string
	lv byte
}{
	{[]string{"thanh", "pho", "truc", "thuoc", "trung", "uong"}, 'P'},
	{[]string{"thanh", "pho", "truc", "thuoc", "tinh"}, 'D'},
	{[]string{"thanh", "pho", "thuoc", "tinh"}, 'D'},
	{[]string{"thanh", "pho"}, 'T'},
	{[]string{"thi", "xa"}, 'D'},
	{[]string{"thi", "tran"}, 'C'},
	{[]string{"dac", "khu"}, 'C'},
	{[]string{"cap", "huyen"}, 'D'},
	{[]string{"cap", "xa"}, 'C'},
	{[]string{"tinh"}, 'P'},
	{[]string{"huyen"}, 'D'},
	{[]string{"quan"}, 'D'},
	{[]string{"xa"}, 'C'},
	{[]string{"phuong"}, 'C'},
}

func levelWordAt(ts []token, i int) (int, byte) {
	for _, l := range levelWords {
		if e := phraseAt(ts, i, l.w); e >= 0 {
			return e, l.lv
		}
	}
	return -1, 0
}

var (
	committeeWords = []string{"uy", "ban", "nhan", "dan"}
	allLevelsWords = []string{"cac", "cap"}
	relatedWords   = [][]string{{"co", "lien", "quan"}, {"lien", "quan"}, {"chuc", "nang"}}
	// localQualifiers may follow a group phrase without changing it.
	localQualifiers = [][]string{
		{"tren", "dia", "ban", "tinh"}, {"tren", "dia", "ban"}, {"truc", "thuoc", "uy", "ban", "nhan", "dan", "tinh"},
		{"thuoc", "uy", "ban", "nhan", "dan", "tinh"}, {"truc", "thuoc", "tinh"}, {"thuoc", "tinh"},
		{"trong", "toan", "tinh"}, {"trong", "tinh"}, {"toan", "tinh"}, {"cap", "tinh"}, {"tinh"},
	}
	centralQualifiers = [][]string{{"truc", "thuoc", "trung", "uong"}, {"thuoc", "trung", "uong"}, {"trung", "uong"}}
)

// qualifiers consumes the qualifiers after a group phrase at token i and
// returns the new position and whether they said "central" or "related".
func qualifiers(ts []token, i int, h *groupHit) (j int, central bool) {
	j = i
	for {
		if e, _ := firstPhrase(ts, j, relatedWords); e > 0 {
			h.related, j = true, e
			continue
		}
		if e, _ := firstPhrase(ts, j, centralQualifiers); e > 0 {
			central, j = true, e
			continue
		}
		if e, _ := firstPhrase(ts, j, localQualifiers); e > 0 {
			j = e
			continue
		}
		return j, central
	}
}

// levelGroup matches "[title] [Ủy ban nhân dân] [các] huyện, thị xã,
// thành phố [qualifier]" and its kin at token i.
func levelGroup(ts []token, i int) (groupHit, bool) {
	var h groupHit
	j := i
	if t := titleAt(ts, j); t > 0 {
		j += t
		h.head = true
	}
	if e := phraseAt(ts, j, committeeWords); e >= 0 {
		j = e
	}
	plural, count := false, 0
	var has [256]bool
	for {
		if e := phraseAt(ts, j, allLevelsWords); e >= 0 {
			j, plural, has['A'] = e, true, true
		} else {
			k := j
			if word(ts, k) == "cac" {
				k++
			}
			e, lv := levelWordAt(ts, k)
			if e < 0 {
				break
			}
			// "các huyện" and "cấp huyện" mean all of them.
			if k > j || word(ts, k) == "cap" {
				plural = true
			}
			j, has[lv] = e, true
		}
		count++
		// Another level word may follow after a comma or "và".
		k := j
		if k < len(ts) && ts[k].kind == tComma || word(ts, k) == "va" {
			k++
		}
		kk := k
		if word(ts, kk) == "cac" && phraseAt(ts, kk, allLevelsWords) < 0 {
			kk++
		}
		if e, _ := levelWordAt(ts, kk); e < 0 && phraseAt(ts, kk, allLevelsWords) < 0 {
			break
		}
		j = k
	}
	if count == 0 || !plural && count < 2 {
		return h, false
	}
	j, _ = qualifiers(ts, j, &h)
	if !boundary(ts, j) {
		return h, false
	}
	h.end = j
	switch {
	case has['A']:
		h.ids, h.allLevels = []string{GroupAllLevels}, true
	default:
		if has['P'] {
			h.ids = append(h.ids, GroupProvinces)
		}
		if has['D'] || has['T'] && !has['P'] {
			h.ids = append(h.ids, GroupDistricts)
		}
		if has['C'] {
			h.ids = append(h.ids, GroupCommunes)
		}
	}
	return h, true
}

// bodyWords are the items of "các sở, ban, ngành", "các bộ, cơ quan ngang
// bộ, cơ quan thuộc Chính phủ", "các đoàn thể".
var bodyWords = [][]string{
	{"co", "quan", "ngang", "bo"}, {"co", "quan", "thuoc", "chinh", "phu"}, {"doan", "the"},
	{"so"}, {"ban"}, {"nganh"}, {"bo"},
}

const (
	bwMinistryLevel = iota
	bwAgency
	bwMass
	bwSo
	bwBan
	bwNganh
	bwBo
)

// bodyGroup matches "[title] [các] sở, ban, ngành [cấp tỉnh]" and its kin
// at token i.
func bodyGroup(ts []token, i int) (groupHit, bool) {
	var h groupHit
	j := i
	if t := titleAt(ts, j); t > 0 {
		j += t
		h.head = true
	}
	plural, count := false, 0
	var has [7]bool
	for {
		k := j
		if word(ts, k) == "cac" {
			k++
		}
		e, b := firstPhrase(ts, k, bodyWords)
		if e < 0 {
			break
		}
		if k > j {
			plural = true
		}
		j, has[b] = e, true
		count++
		k = j
		if k < len(ts) && ts[k].kind == tComma || word(ts, k) == "va" {
			k++
		}
		kk := k
		if word(ts, kk) == "cac" {
			kk++
		}
		if e, _ := firstPhrase(ts, kk, bodyWords); e < 0 {
			break
		}
		j = k
	}
	if count == 0 || !plural && count < 2 {
		return h, false
	}
	if !(has[bwSo] || has[bwNganh] || has[bwBo] || has[bwMinistryLevel] || has[bwAgency] || has[bwMass]) {
		return h, false
	}
	j, central := qualifiers(ts, j, &h)
	if !boundary(ts, j) {
		return h, false
	}
	h.end = j
	ministries := has[bwBo] || has[bwMinistryLevel]
	if ministries {
		h.ids = append(h.ids, GroupMinistries)
	}
	if has[bwAgency] || has[bwNganh] && (ministries || central) {
		h.ids = append(h.ids, GroupAgencies)
	}
	if !ministries && !central && (has[bwSo] || has[bwBan] || has[bwNganh]) {
		h.ids = append(h.ids, GroupDepartments)
	}
	if has[bwMass] {
		h.ids = append(h.ids, GroupMassOrganisations)
	}
	return h, len(h.ids) > 0
}

// matchGroup tries both grammars at token i and returns the longer hit.
func matchGroup(ts []token, i int) (groupHit, bool) {
	a, okA := levelGroup(ts, i)
	b, okB := bodyGroup(ts, i)
	switch {
	case okA && (!okB || a.end >= b.end):
		return a, true
	case okB:
		return b, true
	}
	return groupHit{}, false
}
