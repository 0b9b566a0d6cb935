package directive

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// Role is the part a unit plays in a task. Nghị định 30/2020/NĐ-CP Điều
// 23 khoản 2 has the head of a body name, for a document that concerns
// several units, the unit that leads (đơn vị chủ trì) and the units that
// support (đơn vị phối hợp); a unit named without either word is
// responsible for the task. The zero Role is unset.
type Role uint8

// The roles.
const (
	// Responsible is a unit the document charges with the task without
	// naming a lead: "giao Sở Y tế …", "các sở, ban, ngành … có trách
	// nhiệm …", "Bộ Công Thương nghiên cứu …", and every Kính gửi entry a
	// task inherits.
	Responsible Role = iota + 1
	// Lead is the unit that leads (chủ trì): "Sở Nội vụ chủ trì, …".
	Lead
	// Support is a unit that works with the lead (phối hợp): "… phối hợp
	// với Sở Tài chính …".
	Support
)

var roleTokens = [...]string{"", "responsible", "lead", "support"}

// String returns "responsible", "lead" or "support"; "" for the zero Role
// and "Role(n)" for a value out of range.
func (r Role) String() string {
	if int(r) < len(roleTokens) {
		return roleTokens[r]
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText returns the token of [Role.String]; it fails for a value out
// of range.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleTokens) {
		return nil, newParseError(r.String(), 0, ErrSyntax, "unknown role")
	}
	return []byte(roleTokens[r]), nil
}

// UnmarshalText reads a token of [Role.String]; the empty text is the zero
// Role.
func (r *Role) UnmarshalText(b []byte) error {
	for i, t := range roleTokens {
		if string(b) == t {
			*r = Role(i)
			return nil
		}
	}
	return newParseError(string(b), 0, ErrSyntax, "unknown role")
}

// Assignee is an expression of a task or a report sentence that names who
// must act, as printed, with its role: "Sở Nội vụ" (Lead), "các sở, ban,
// ngành, đoàn thể tỉnh và UBND huyện, thị xã, thành phố" (Support).
// Parse has no hierarchy: the expression is kept as text, and
// [Document.Resolve] reads it as a recipient expression, so that one
// expression may stand for several units.
//
// Parse reads the phrases directives use to assign a task (Nghị định
// 30/2020/NĐ-CP Điều 23 khoản 2 for the roles):
//
//   - "giao X …", "yêu cầu X …", "đề nghị X …": X is Responsible, or the
//     Lead if "chủ trì" follows it ("Giao Sở Y tế chủ trì, …");
//   - "X chủ trì": X is the Lead;
//   - "phối hợp với Y", "phối hợp cùng Y": Y is a Support;
//   - a clause that opens with the name of a body and goes on with a verb:
//     "Bộ Công Thương nghiên cứu …", "Các sở, ban, ngành … có trách
//     nhiệm …", "Chánh Văn phòng …, Giám đốc Sở Nội vụ chịu trách nhiệm
//     …": X is Responsible (Lead before "chủ trì");
//   - a line that is only a name and a colon, heading the points under it:
//     "Phòng Nội vụ:".
//
// X runs from its first word, which must be one that begins the name of a
// body or a title ("Sở", "Ủy ban", "UBND", "các sở", "Giám đốc"), to the
// first verb that is not part of a name ("tổ chức" is a verb after "Sở Nội
// vụ" but a name in "Ban Tổ chức"). A body named before "yêu cầu",
// "đề nghị" or "giao" is the issuer, not an assignee.
type Assignee struct {
	// Text is the expression as printed.
	Text string `json:"text"`
	// Start and End are the byte offsets of Text in the task's Text (or
	// the requirement's Sentence); both 0 for an inherited assignee.
	Start int `json:"start"`
	End   int `json:"end"`
	// Role is the part the units play.
	Role Role `json:"role"`
	// AllLevels flags an expression that says "các cấp" ("Ủy ban nhân dân
	// các cấp"): documents often mean fewer units than the words say
	// (no law defines "các cấp").
	AllLevels bool `json:"allLevels,omitempty"`
	// Inherited is true for an entry of Kính gửi that a task naming no
	// unit inherits: Text is the entry's text.
	Inherited bool `json:"inherited,omitempty"`
}

// nameHeads are the words that begin the name of a body or a title. The
// first words of the bodies of bodyStarters are among them.
var nameHeads = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, p := range headList {
		w, _, _ := strings.Cut(p, " ")
		m[w] = struct{}{}
	}
	return m
}()

// headList are the key phrases that begin an assignee: the names of
// bodies (as the heading's bodyStarters), titles, and the plural "các" of
// a kind of body.
var headList = append(append([]string{}, bodyStarters...),
	"giam doc", "chu tich", "pho chu tich", "bo truong", "thu truong", "thu tuong", "pho thu tuong",
	"chanh van phong", "chanh thanh tra", "chanh", "truong ban", "truong phong", "pho giam doc",
	"nguoi dung dau", "lanh dao", "ubnd", "ubmttqvn", "hdnd", "to cong tac", "thuong truc",
	"cac", "nhung", "toan the", "cap uy", "co quan", "don vi", "dia phuong", "bch", "bql", "bqlda")

// heads is headList as a phrase set.
var heads = newPhrases(headList...)

// headSet, verbSet and collectiveSet hold the key phrases of headList,
// verbs and collectives whole, for the cheap test of headAt.
var (
	headSet       = keySet(headList...)
	verbSet       = keySet(verbList...)
	collectiveSet = keySet(collectiveList...)
)

func keySet(list ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(list))
	for _, p := range list {
		m[p] = struct{}{}
	}
	return m
}

// collectives are the kinds of body that may follow "các" in an assignee:
// "các sở", "các cơ quan, đơn vị", "các cấp ủy".
var collectives = newPhrases(collectiveList...)

var collectiveList = []string{"so", "ban", "nganh", "bo", "co quan", "don vi", "dia phuong", "cap", "xa", "phuong",
	"thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh", "doan the", "to chuc", "hoi", "uy ban", "ubnd",
	"dong chi", "phong", "truong", "doanh nghiep", "chi bo", "dang bo", "cap uy", "dang uy", "giam doc", "chu tich",
	"thu truong", "vu", "cuc", "tong cuc", "chi cuc", "trung tam", "ngan hang", "hoi dong", "hdnd", "lanh dao",
	"thanh vien", "tap doan", "cong ty", "dai", "bao", "ban quan ly", "ban chi dao", "dac khu"}

// headForms are the heads whose key is also the key of a common word: the
// word must be written as the head is ("Sở", not "Số"), unless the text has
// no diacritics at all.
var headForms = map[string]string{
	"so": "sở", "to": "tổ", "bo": "bộ", "vu": "vụ", "cuc": "cục", "phong": "phòng", "dai": "đài", "hoi": "hội",
	"doan": "đoàn", "truong": "trưởng", "bao": "báo", "vien": "viện", "chanh": "chánh", "cac": "các",
	"ban": "ban", "dang": "đảng", "lanh": "lãnh", "don": "đơn", "co": "cơ", "cap": "cấp",
}

// verbs are the words that end the name of an assignee: the verb of the
// task ("tiếp tục", "nghiên cứu"), a role ("chủ trì", "phối hợp", "có
// trách nhiệm") or the verb by which the issuer assigns ("yêu cầu").
var verbs = newPhrases(verbList...)

var verbList = []string{
	"tiep tuc", "thuc hien", "trien khai", "to chuc", "bao cao", "nghien cuu", "xem xet", "hoan thien",
	"hoan thanh", "khan truong", "tang cuong", "chi dao", "ra soat", "tham muu", "day manh", "quan triet",
	"tuyen truyen", "quan tam", "theo doi", "huong dan", "kiem tra", "giai quyet", "xay dung", "gui", "nop",
	"trinh", "de xuat", "cung cap", "bo tri", "ban hanh", "thi hanh", "pho bien", "tien hanh", "chuan bi",
	"cap nhat", "don doc", "phat dong", "nang cao", "bao dam", "dam bao", "thong bao", "tong hop", "chu dong",
	"kip thoi", "nghiem tuc", "phai", "tap trung", "thong nhat", "tham gia", "rut kinh nghiem", "chu tri",
	"phoi hop", "co trach nhiem", "chiu trach nhiem", "yeu cau", "de nghi", "giao", "co y kien", "ket luan",
	"xin", "phan cong", "lam viec", "danh gia", "tong ket", "so ket", "khan", "sua doi", "bo sung", "lap",
	"thanh lap", "xu ly", "tiep thu", "thuong xuyen", "nhan duoc"}

// adjuncts are the phrases that end a name without a verb: "Thủ trưởng
// các cơ quan, tổ chức trong phạm vi quyền hạn của mình có trách nhiệm …".
var adjuncts = newPhrases("trong pham vi", "theo chuc nang", "theo tham quyen", "can cu", "trong qua trinh",
	"theo nhiem vu", "tren co so")

// assigning are the verbs by which the issuer assigns: a body before them
// is the issuer.
var assigning = newPhrases("yeu cau", "de nghi", "giao", "chi dao", "co y kien", "ket luan", "thong bao", "xin",
	"dong y", "kinh gui", "nhan duoc", "quyet dinh")

// nameWords are words after which a verb is part of a name: "Sở Xây
// dựng", "Ban Tổ chức", "các tổ chức", "chương trình", "Ban Tuyên giáo".
// The value is true for the words that head a name only when capitalised
// ("Vụ Tổ chức cán bộ", but "Sở Nội vụ xem xét").
var nameWords = map[string]bool{
	"so": true, "ban": true, "bo": true, "to": true, "phong": true, "cuc": true, "vu": true, "hoi": true,
	"dai": true, "vien": true, "truong": true, "doan": true,
	"cac": false, "nhung": false, "chuong": false, "quy": false, "tuyen": false, "ke": false,
}

// titles are the heads after which a colon goes on with the bodies they
// head: "Giao Giám đốc: Sở Văn hóa, …".
var titles = newPhrases("giam doc", "chu tich", "thu truong", "truong", "bo truong", "chanh van phong", "nguoi dung dau")

// maxAssignee bounds the words of an assignee expression.
const maxAssignee = 48

// assigneeReach bounds, in bytes, the text read after a cue.
const assigneeReach = 480

// readAssignees returns the assignee expressions of the paragraph s, with
// offsets into s, given the cues of s.
func readAssignees(s string, cues []cue) []Assignee {
	var out []Assignee
	done := 0 // the end of the last expression read
	for _, c := range cues {
		if (c.kind != cueAssign && c.kind != cueHead) || c.pos < done {
			continue
		}
		if c.kind == cueAssign && !headAfterCue(s, c.pos) {
			continue
		}
		// Read a short stretch first: most names end within a few words.
		end := clauseEnd(s, c.pos, c.pos+assigneeReach)
		for lim := min(end, clauseEnd(s, c.pos, c.pos+assigneeReach/3)); ; lim = end {
			w := toks(tokenize(s, c.pos, lim))
			if len(w) == 0 {
				break
			}
			var a Assignee
			var ok bool
			if c.kind == cueHead {
				a, ok = clauseSubject(s, w)
			} else {
				a, ok = afterCue(s, w)
			}
			if lim < end && (!ok || a.End >= w[len(w)-1].end) {
				continue // the name may go on beyond the stretch read
			}
			if ok {
				out = append(out, a)
				done = a.End
			}
			break
		}
	}
	return out
}

// headAfterCue reports whether the assigning cue at s[i] ("giao", "yêu
// cầu", "đề nghị", "phối hợp") is followed by a name: a cheap test before
// reading the words.
func headAfterCue(s string, i int) bool {
	var buf [16]byte
	k, j := wordKeyAt(s, i, buf[:0])
	skip := 0
	switch string(k) {
	case "giao":
	case "yeu", "de", "phoi":
		skip = 1
	default: // "chủ trì"
		return false
	}
	for ; skip > 0; skip-- {
		if j = nextWordStart(s, j); j < 0 {
			return false
		}
		_, j = wordKeyAt(s, j, buf[:0])
	}
	// "giao cho", "giao nhiệm vụ cho", "phối hợp với", "phối hợp cùng".
	for range 3 {
		n := nextWordStart(s, j)
		if n < 0 {
			return false
		}
		w, e := wordKeyAt(s, n, buf[:0])
		switch string(w) {
		case "cho", "voi", "cung", "nhiem", "vu":
			j = e
			continue
		}
		return headAt(s, n)
	}
	return false
}

// wordKeyAt appends the key of the word at s[i] to buf and returns it with
// the end of the word.
func wordKeyAt(s string, i int, buf []byte) ([]byte, int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		if f := vntext.FoldRune(r); f != vntext.Drop && len(buf)+utf8.UTFMax <= cap(buf) {
			buf = utf8.AppendRune(buf, f)
		}
		i += n
	}
	return buf, i
}

// nextWordStart returns the start of the word after the spaces at s[i], or
// -1 when something else than a space comes first.
func nextWordStart(s string, i int) int {
	if i >= len(s) || s[i] != ' ' {
		return -1
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
		return -1
	}
	return i
}

// clauseSubject reads the name that opens a clause (w[0] is its first
// word) and ends at its verb: "Bộ Công Thương nghiên cứu …", "Ban Dân vận
// Tỉnh ủy chủ trì …", "Phòng Nội vụ:" alone on its line.
func clauseSubject(s string, w toks) (Assignee, bool) {
	end, verb := nameEnd(s, w, 0)
	switch {
	case end == 0:
		return Assignee{}, false
	case verb < 0:
		// A heading "Phòng Nội vụ:" over the points of a list: the name and
		// a colon are all of the paragraph.
		if end < len(w) || strings.TrimSpace(s[w[end-1].end:]) != ":" {
			return Assignee{}, false
		}
		return assignee(s, w, 0, end, Responsible), true
	case assigning.match(w, verb) > 0:
		return Assignee{}, false // the issuer: "Ủy ban nhân dân tỉnh yêu cầu …"
	}
	return assignee(s, w, 0, end, roleBefore(w, verb)), true
}

// afterCue reads the name after an assigning cue (w[0] is the cue's first
// word): "giao Sở Y tế …", "yêu cầu các sở, …", "phối hợp với Sở Tài chính
// …".
func afterCue(s string, w toks) (Assignee, bool) {
	i := 0
	role := Responsible
	switch {
	case w.is(0, "giao"):
		i = 1
		if w.is(1, "nhiem", "vu", "cho") {
			i = 4
		} else if w.is(1, "cho") {
			i = 2
		}
	case w.is(0, "yeu", "cau"), w.is(0, "de", "nghi"):
		i = 2
	case w.is(0, "phoi", "hop"):
		i, role = 2, Support
		if w.is(2, "voi") || w.is(2, "cung") {
			i = 3
		}
	default: // "chủ trì": its subject was read at the clause's start
		return Assignee{}, false
	}
	if i >= len(w) || w[i].brk != 0 {
		return Assignee{}, false
	}
	end, verb := nameEnd(s, w, i)
	if end <= i || (verb < 0 && role != Support && end < len(w)) {
		return Assignee{}, false
	}
	if role == Responsible && verb >= 0 {
		role = roleBefore(w, verb)
	}
	return assignee(s, w, i, end, role), true
}

// roleBefore returns the role of a name followed by the verb at w[v].
func roleBefore(w toks, v int) Role {
	if w.is(v, "chu", "tri") {
		return Lead
	}
	return Responsible
}

// nameEnd reads the name of a body or title from w[i]: it returns the
// index after its last word and the index of the verb that ends it (-1
// when the clause ends first). end == i when w[i] does not begin a name.
func nameEnd(s string, w toks, i int) (end, verb int) {
	if !isHead(s, w, i) {
		return i, -1
	}
	for k := i; k < len(w) && k-i < maxAssignee; k++ {
		if k > i && breakRank(w[k].brk) >= 2 {
			// A colon after a title goes on: "Giám đốc: Sở …".
			if w[k].brk == brkColon && titles.match(w, i) == k-i {
				continue
			}
			return k, -1
		}
		if k > i && (verbs.match(w, k) > 0 && !afterName(s, w, k) && !nounInList(w, k) || adjuncts.match(w, k) > 0) {
			return k, k
		}
	}
	if len(w)-i > maxAssignee {
		return i, -1
	}
	return len(w), -1
}

// afterName reports whether the verb at w[k] is part of a name: it
// follows a word that heads one, without a break ("Sở Xây dựng", "các tổ
// chức").
func afterName(s string, w toks, k int) bool {
	if w[k].brk != 0 {
		return false
	}
	capital, ok := nameWords[w[k-1].key]
	return ok && (!capital || startsUpper(s[w[k-1].start:]))
}

// nounInList reports whether the verb at w[k] is a noun of a list: "các cơ
// quan, tổ chức, đơn vị", "cơ quan, tổ chức có trách nhiệm": "tổ chức" with
// no object after it.
func nounInList(w toks, k int) bool {
	if !w.is(k, "to", "chuc") || w[k].brk != brkComma {
		return false
	}
	j := k + 2
	return j == len(w) || w[j].brk != 0 || verbs.match(w, j) > 0 || adjuncts.match(w, j) > 0 || w.is(j, "va")
}

// isHead reports whether w[i] begins the name of a body or a title.
func isHead(s string, w toks, i int) bool {
	n := heads.match(w, i)
	if n == 0 {
		// "BộCông Thương": a head glued to the next word.
		return gluedHead(s, w[i])
	}
	if form, ok := headForms[w[i].key]; ok && !writtenAs(s[w[i].start:w[i].end], form) {
		return false
	}
	switch w[i].key {
	case "cac", "nhung", "toan":
		j := i + n
		if collectives.match(w, j) == 0 {
			return false
		}
		form, ok := headForms[w[j].key]
		return !ok || writtenAs(s[w[j].start:w[j].end], form)
	}
	// A head that is a verb itself: "Tổ chức …", "Ban hành …", "Báo cáo …".
	return verbs.match(w, i) <= n
}

// gluedHead reports whether the word t starts with a head glued to a
// capitalised word by text extraction: "BộCông".
func gluedHead(s string, t tok) bool {
	word := s[t.start:t.end]
	for j, r := range word {
		if j > 0 && r >= 'A' && r <= 'Z' {
			_, ok := nameHeads[t.key[:min(len(t.key), keyLen(word[:j]))]]
			return ok
		}
	}
	return false
}

// keyLen returns the length of the key of s: its number of letters, for
// NFC Vietnamese where each letter folds to one byte.
func keyLen(s string) int { return utf8.RuneCountInString(s) }

// writtenAs reports whether word is form with any case of its first letter,
// or is written without diacritics.
func writtenAs(word, form string) bool {
	if isASCII(word) {
		return true
	}
	r, n := utf8.DecodeRuneInString(word)
	f, m := utf8.DecodeRuneInString(form)
	return word[n:] == form[m:] && (r == f || unicode.ToLower(r) == f)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// assignee builds the expression of words w[i:end].
func assignee(s string, w toks, i, end int, role Role) Assignee {
	a := Assignee{Start: w[i].start, End: w[end-1].end, Role: role}
	a.Text = s[a.Start:a.End]
	for k := i; k+1 < end; k++ {
		if w.is(k, "cac", "cap") && !w.is(k+2, "uy") {
			a.AllLevels = true
		}
	}
	return a
}
