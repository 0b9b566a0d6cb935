package directive

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/legalref"
)

// DeadlinePhrase is a deadline phrase of a text, as printed and as the
// expression package deadline reads: "trước ngày 20/11/2021". The zero
// DeadlinePhrase is none.
//
// Package deadline finds the phrases by their words; Parse keeps those
// that set when a task is due, deciding from the sentence:
//
//  1. A verb of doing or reporting governs the phrase: "báo cáo", "gửi",
//     "hoàn thành", "thực hiện", "triển khai", "tổ chức", "trình", … or the
//     label "thời hạn" stands in its clause before it ("báo cáo kết quả về
//     Ủy ban nhân dân tỉnh trước ngày 20/11/2021", "Thời hạn: trong tháng
//     5/2021"), or after it when the phrase opens the clause ("Trước ngày
//     20/11/2021, các sở gửi báo cáo …"). A verb after a noun that makes
//     it one ("kết quả thực hiện", "tình hình thực hiện", "việc triển
//     khai") or after "đã" does not govern.
//  2. A month, quarter or year (a span) directly after a noun of scope it
//     qualifies ("kết quả đạt được trong năm 2020", "tình hình thực hiện
//     trong 6 tháng đầu năm", "số liệu …") is the scope of the work, not
//     its deadline.
//  3. A phrase whose last day is before the document's date tells of the
//     past ("trong năm 2020" in a directive of 2021).
//
// A clause runs from the previous ";", sentence end or line break to the
// next. Parse reads the phrases of words in lower case or capitalised, as
// documents print their body; a long paragraph set in capitals is not read.
type DeadlinePhrase struct {
	// Text is the phrase as printed.
	Text string `json:"text"`
	// Start and End are the byte offsets of Text in the text it was read
	// from: the task's Text, or the requirement's Sentence.
	Start int `json:"start"`
	End   int `json:"end"`
	// Expr is the phrase as an expression of package deadline.
	Expr deadline.Expr `json:"expr"`
}

// IsZero reports whether p is no phrase.
func (p DeadlinePhrase) IsZero() bool { return p == DeadlinePhrase{} }

// paraInfo is what the readers of tasks and reports learn from one
// paragraph.
type paraInfo struct {
	cues      []cue
	deadlines []deadline.Match // every phrase package deadline reads
	assignees []Assignee       // offsets into the paragraph
}

// analyse reads the cues, deadline phrases and assignees of paragraph s. It
// appends the cues to buf[:0], a buffer the caller may reuse once it is done
// with them.
func analyse(s string, buf []cue) paraInfo {
	var pi paraInfo
	pi.cues = scanCues(s, buf[:0])
	pi.deadlines = extractDeadlines(s, pi.cues)
	pi.assignees = readAssignees(s, pi.cues)
	return pi
}

// deriveTasks derives the Task of each top-level item and the report
// requirements of the items and the closing.
// steps, if not nil, counts the work (see parse).
func deriveTasks(d *Document, steps *int) ([]Task, []ReportRequirement) {
	b := &d.Body
	var tasks []Task
	if len(b.Items) > 0 {
		tasks = make([]Task, 0, len(b.Items))
	}
	var reports []ReportRequirement
	cues := make([]cue, 0, 32)
	text := make([]string, 0, 16)
	for i := range b.Items {
		it := &b.Items[i]
		tasks = append(tasks, Task{Item: it.Number})
		t := &tasks[len(tasks)-1]
		if refs := itemRefs(it); refs > 0 {
			t.Refs = make([]legalref.Match, 0, refs)
		}
		tb := taskBuilder{t: t, text: text[:0], date: d.Ref.Date, reports: reports, cues: cues, steps: steps}
		tb.item(it, false)
		reports, cues, text = tb.reports, tb.cues, tb.text
		// The task's text is its parts joined; one part (an item of one
		// paragraph) is the paragraph's text itself.
		switch len(text) {
		case 0:
		case 1:
			t.Text = text[0]
		default:
			t.Text = strings.Join(text, "")
		}
	}
	// A task that names no unit inherits the Kính gửi entries: each its
	// own copy, the copies in one array.
	n := 0
	for k := range tasks {
		if len(tasks[k].Assignees) == 0 {
			n++
		}
	}
	if n > 0 && len(d.Addressees) > 0 {
		inherit := inherited(d.Addressees)
		all := make([]Assignee, 0, n*len(inherit))
		for k := range tasks {
			if len(tasks[k].Assignees) == 0 {
				all = append(all, inherit...)
				tasks[k].Assignees = all[len(all)-len(inherit) : len(all) : len(all)]
			}
		}
	}
	for _, p := range b.Closing {
		pi := analyse(p.Text, cues)
		cues = pi.cues
		if steps != nil {
			*steps += len(p.Text)
		}
		reports = scanReports(reports, p.Text, "", pi, d.Ref.Date, steps)
	}
	return tasks, reports
}

// itemRefs returns the number of references an item and its sub-items
// cite.
func itemRefs(it *Item) int {
	n := 0
	for _, p := range it.Paragraphs {
		n += len(p.Refs)
	}
	for k := range it.Items {
		n += itemRefs(&it.Items[k])
	}
	return n
}

// inherited returns the Kính gửi entries as the assignees of a task that
// names none.
func inherited(rs []Recipient) []Assignee {
	if len(rs) == 0 {
		return nil
	}
	out := make([]Assignee, len(rs))
	for i, r := range rs {
		out[i] = Assignee{Text: r.Text, Role: Responsible, Inherited: true}
		var buf [128]byte
		k := append(appendKey(append(buf[:0], ' '), r.Text), ' ') // " " + vntext.Key(r.Text) + " "
		out[i].AllLevels = bytes.Contains(k, []byte(" cac cap ")) && !bytes.Contains(k, []byte(" cac cap uy "))
	}
	return out
}

// taskBuilder writes the text of a task and collects what its paragraphs
// say.
type taskBuilder struct {
	t       *Task
	text    []string // the parts of the task's text
	n       int      // their length
	date    date.Date
	reports []ReportRequirement
	cues    []cue // a buffer for the cues of each paragraph
	steps   *int  // the work counter of parse, or nil
}

// item writes an item's paragraphs and sub-items, one a line, shifting the
// offsets of what each paragraph holds to its place in the task's text.
func (tb *taskBuilder) item(it *Item, withMarker bool) {
	for k, para := range it.Paragraphs {
		if tb.n > 0 {
			tb.write("\n")
		}
		if k == 0 && withMarker && it.Marker != "" {
			tb.write(it.Marker)
			tb.write(" ")
		}
		off := tb.n
		tb.write(para.Text)
		for _, m := range para.Refs {
			m.Start += off
			m.End += off
			tb.t.Refs = append(tb.t.Refs, m)
		}
		pi := analyse(para.Text, tb.cues)
		tb.cues = pi.cues
		for _, a := range pi.assignees {
			a.Start += off
			a.End += off
			tb.t.Assignees = append(tb.t.Assignees, a)
		}
		for _, m := range pi.deadlines {
			if setsDue(para.Text, m, tb.date) {
				tb.t.Deadlines = append(tb.t.Deadlines, DeadlinePhrase{
					Text: para.Text[m.Start:m.End], Start: m.Start + off, End: m.End + off, Expr: m.Expr})
			}
		}
		if tb.t.Action == "" {
			tb.t.Action = action(para.Text, pi.assignees)
		}
		if tb.steps != nil {
			*tb.steps += len(para.Text)
		}
		tb.reports = scanReports(tb.reports, para.Text, tb.t.Item, pi, tb.date, tb.steps)
	}
	for k := range it.Items {
		tb.item(&it.Items[k], true)
	}
}

// write appends s to the task's text.
func (tb *taskBuilder) write(s string) {
	tb.text = append(tb.text, s)
	tb.n += len(s)
}

// actionWords is the number of words an Action keeps.
const actionWords = 12

// roleWords are the words between the names of a task and its action.
var roleWords = newPhrases("chu tri", "phoi hop", "co trach nhiem", "chiu trach nhiem", "giao", "de nghi", "yeu cau")

// action returns the operative verb phrase of paragraph s: its first clause
// after the names of the units (as) and their roles, cut to actionWords
// words; "" for a heading in capitals, a label of a few words ("Mục
// đích") or a paragraph that is only a name ("Phòng Nội vụ:").
func action(s string, as []Assignee) string {
	if isUpperText(s) || (len(s) < 40 && strings.Count(s, " ") < 3 && !strings.ContainsAny(s, ".;")) {
		return ""
	}
	// The action starts after the names of the first clause (a name may
	// run over a colon: "Giám đốc: Sở …").
	start, end := 0, clauseBreak(s, 0)
	for _, a := range as {
		if a.Start > end {
			break
		}
		if a.End > start {
			start = a.End
			if start > end {
				end = clauseBreak(s, start)
			}
		}
	}
	if len(as) > 0 {
		// The role words after the names: a few words at most.
		w := toks(tokenize(s, start, clauseEnd(s, start, min(end, start+64))))
		i := 0
		for i < len(w) {
			n := roleWords.match(w, i)
			if n == 0 {
				break
			}
			i += n
			if w.is(i, "voi") {
				i++
			}
		}
		if i >= len(w) {
			return ""
		}
		start = w[i].start
	}
	for start < end && !isWordStart(s[start:]) {
		start++ // a dash or quote before the first word
	}
	if start >= end {
		return ""
	}
	text, more := s[start:end], ""
	n := 0
	for j := 0; j < len(text); j++ {
		if text[j] == ' ' {
			if n++; n == actionWords {
				text, more = text[:j], " …"
				break
			}
		}
	}
	text = strings.TrimRight(text, " ,;:")
	r, size := utf8.DecodeRuneInString(text)
	if u := unicode.ToUpper(r); u != r || more != "" || string(r) != text[:size] {
		return string(u) + text[size:] + more
	}
	return text // already capitalised: no copy
}

// isWordStart reports whether s starts with a letter or digit.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// clauseBreak returns the index of the first ":", ";" or sentence end at or
// after i, or len(s).
func clauseBreak(s string, i int) int {
	if j := clauseStop(s, i, len(s), true); j >= 0 {
		return j
	}
	return len(s)
}

// doing are the verbs of doing and reporting that make a phrase a task's
// deadline, and the labels that announce one.
var doing = newPhrases("bao cao", "gui", "nop", "hoan thanh", "hoan tat", "thuc hien", "trien khai", "to chuc",
	"trinh", "ban hanh", "xay dung", "tong hop", "de xuat", "cung cap", "giai quyet", "xem xet", "ra soat",
	"kiem tra", "tham muu", "cap nhat", "chuan bi", "phe duyet", "lap", "tong ket", "so ket", "danh gia",
	"tham dinh", "gop y", "cho y kien", "co y kien", "tra loi", "phan hoi", "chuyen", "hoan thien", "bo tri", "ket thuc",
	"dang ky", "tiep nhan", "xu ly", "thanh toan", "quyet toan", "giai ngan", "thoi han", "han chot")

// nominal are the words that make the verb after them a noun ("kết quả
// thực hiện") or put it in the past ("đã thực hiện"), and the nouns a span
// qualifies ("kết quả đạt được trong năm 2020").
var nominal = newPhrases("ket qua", "tinh hinh", "viec", "qua trinh", "so lieu", "noi dung", "sau khi",
	"truoc khi", "trong khi", "da", "dat duoc", "dien ra", "phat sinh")

// scope are the nouns of what a report or a task covers: a span right
// after one, or after a verb made a noun by one ("tình hình thực hiện
// trong 6 tháng đầu năm"), is the scope, not the deadline.
var scope = newPhrases("ket qua", "tinh hinh", "so lieu", "dat duoc", "dien ra", "phat sinh", "thuc trang")

// scoped reports whether the verb at w[k] follows a noun of scope.
func scoped(w toks, k int) bool {
	if k == 0 || w[k].brk != 0 {
		return false
	}
	return scope.match(w, k-1) == 1 || (k >= 2 && scope.match(w, k-2) == 2)
}

// clauseReachBack bounds, in bytes, how far before a phrase its clause is
// read.
const clauseReachBack = 320

// setsDue reports whether the deadline phrase m of paragraph s sets a
// task's due day, by the rules of DeadlinePhrase: a verb of doing governs
// it, a span does not qualify a noun, and its last day is not before the
// document's date (doc; zero skips that test).
func setsDue(s string, m deadline.Match, doc date.Date) bool {
	if doc != 0 {
		if last := lastDay(m.Expr); last != 0 && last < doc {
			return false
		}
	}
	cs := clauseStart(s, m.Start)
	before := toks(tokenize(s, cs, m.Start))
	if m.Expr.Kind == deadline.WithinSpan && len(before) > 0 {
		n := len(before)
		if scope.match(before, n-1) == 1 || scope.match(before, n-2) == 2 ||
			doing.match(before, n-2) == 2 && scoped(before, n-2) || doing.match(before, n-1) == 1 && scoped(before, n-1) {
			return false
		}
	}
	for k := range before {
		if doing.match(before, k) > 0 && !isNominal(before, k) {
			return true
		}
	}
	if len(before) > 0 && before[len(before)-1].brk != brkColon {
		return false
	}
	after := toks(tokenize(s, m.End, clauseEnd(s, m.End, m.End+clauseReachBack)))
	for k := range after {
		if doing.match(after, k) > 0 && !isNominal(after, k) {
			return true
		}
	}
	return false
}

// isNominal reports whether the verb at w[k] follows a word that makes it
// a noun or puts it in the past.
func isNominal(w toks, k int) bool {
	if k == 0 || w[k].brk != 0 {
		return false
	}
	return nominal.match(w, k-1) == 1 || (k >= 2 && nominal.match(w, k-2) == 2)
}

// clauseStart returns the start of the clause that holds s[i]: after the
// previous ";", line break or sentence end, looking back at most
// clauseReachBack bytes.
func clauseStart(s string, i int) int {
	lo := max(0, i-clauseReachBack)
	for j := i - 1; j >= lo; j-- {
		switch s[j] {
		case ';', '\n':
			return j + 1
		case '.':
			if j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == '/') {
				return j + 1
			}
		}
	}
	if lo > 0 {
		for lo < i && s[lo-1] != ' ' {
			lo++
		}
	}
	return lo
}

// lastDay returns the last day an expression can name when it gives its
// year: the day of "trước ngày 20/11/2021", the end of "trong năm 2020";
// zero otherwise.
func lastDay(e deadline.Expr) date.Date {
	switch e.Kind {
	case deadline.FixedDay:
		if e.Day.Year != 0 && e.Day.Month != 0 {
			return date.New(e.Day.Year, time.Month(e.Day.Month), e.Day.Day)
		}
		return 0
	case deadline.WithinSpan:
		y := e.Span.Year
		if y == 0 {
			return 0
		}
		switch e.Span.Unit {
		case deadline.SpanMonth:
			return date.New(y, time.Month(e.Span.N+1), 1) - 1
		case deadline.SpanQuarter:
			return date.New(y, time.Month(3*e.Span.N+1), 1) - 1
		case deadline.SpanFirstHalf:
			return date.New(y, 7, 1) - 1
		case deadline.SpanNineMonths:
			return date.New(y, 10, 1) - 1
		case deadline.SpanSecondHalf, deadline.SpanYear:
			return date.New(y+1, 1, 1) - 1
		}
	}
	return 0
}
