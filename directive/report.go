package directive

import (
	"slices"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/internal/vntext"
)

// scanReports appends the report requirements of one paragraph t of item
// (an empty item for the closing): each "báo cáo" used as a verb, with the
// body it goes to ("về Ủy ban nhân dân tỉnh", "báo cáo Thủ tướng Chính
// phủ"), the body it goes through ("(qua Sở Nội vụ)"), the deadline phrase
// ("trước ngày 20/11/2021"), what is reported, what for, and who reports.
// pi is what analyse read in t; doc is the document's date. steps, if not
// nil, counts the work: each candidate and the bytes read around it.
func scanReports(out []ReportRequirement, t, item string, pi paraInfo, doc date.Date, steps *int) []ReportRequirement {
	if !hasBao(t) {
		return out
	}
	f := vntext.Fold(t)
	k := f.Key
	const verb = "bao cao"
	for from := 0; ; {
		i := strings.Index(k[from:], verb)
		if i < 0 {
			break
		}
		i += from
		from = i + len(verb)
		if steps != nil {
			*steps++
		}
		if (i > 0 && isKeyAlnum(k[i-1])) || (from < len(k) && isKeyAlnum(k[from])) {
			continue
		}
		before := strings.TrimRight(k[:i], " ")
		after := k[from:]
		if hasAnySuffix(before, "tong hop", "xet", "theo", "tai", "cua", "nhan duoc", "che do", "cac", "mau", "ban") ||
			hasAnyPrefix(after, " cua", " ket qua cua", ":") ||
			strings.HasPrefix(after, " so ") && len(after) > 4 && after[4] >= '0' && after[4] <= '9' {
			continue // a report named, not required: "Báo cáo số 12/BC-UBND"
		}
		// The clause: from the last ";" or sentence end before the verb to
		// the next, looking no further than a long clause reaches so that
		// a paragraph costs time linear in its length.
		lo := max(0, i-clauseReach)
		cs := lo + max(strings.LastIndex(k[lo:i], ";"), strings.LastIndex(k[lo:i], ". ")) + 1
		ce := min(len(k), from+clauseReach)
		for _, stop := range [...]string{";", ". ", "./."} {
			if j := strings.Index(k[from:ce], stop); j >= 0 {
				ce = from + j
			}
		}
		if strings.HasSuffix(k[:ce], ".") {
			ce--
		}
		// A clause that opens with a purpose ("Để có cơ sở tổng hợp, báo
		// cáo Chính phủ, Bộ Nội vụ đề nghị …") runs to the main clause's
		// verb of request: a "báo cáo" before that verb is the purpose's,
		// not the one required.
		lead := leadingPurpose(t, f, cs, i)
		if lead && requestAfter(k[from:ce]) >= 0 {
			continue
		}
		var r ReportRequirement
		r.Item = item
		toStart := -1
		if j := indexWord(k[from:ce], "ve"); j >= 0 && !strings.HasPrefix(k[from+j:], "ve viec") {
			toStart = from + j + len("ve ")
		} else if a, _ := f.Span(from, from); a < len(t) {
			rest := strings.TrimLeft(t[a:], " ")
			if startsUpper(rest) {
				toStart = from + (len(k[from:]) - len(strings.TrimLeft(k[from:], " ")))
			}
		}
		if toStart >= 0 && toStart < ce {
			toEnd := phraseEnd(k, toStart, ce, " (qua", " qua ", " truoc", " cham nhat", " trong ", " de ", ",", "(", " dinh ky", " hang ", " theo ", " ve viec")
			r.To = span(t, f, toStart, toEnd)
			if j := strings.Index(k[toEnd:ce], "qua "); j >= 0 && toEnd+j+4 < ce {
				vs := toEnd + j + len("qua ")
				ve := phraseEnd(k, vs, ce, ")", ",", " truoc", " cham nhat", " de ", " trong ")
				r.Via = span(t, f, vs, ve)
			}
		}
		for _, cue := range [...]string{"truoc ngay", "cham nhat", "truoc", "trong thoi han", "dinh ky", "hang thang", "hang quy", "hang nam"} {
			j := indexWord(k[cs:ce], cue)
			if j < 0 {
				continue
			}
			ds := cs + j
			de := phraseEnd(k, ds+len(cue), ce, ",", " de ", "(", " cho ", " ve ")
			r.Due = span(t, f, ds, de)
			r.DueDate = plainDate(r.Due)
			break
		}
		// What is reported: the words between the verb and the recipient,
		// or up to the first phrase that is not its object.
		subjEnd := -1
		if j := indexWord(k[from:ce], "ve"); j >= 0 && !strings.HasPrefix(k[from+j:], "ve viec") {
			subjEnd = from + j
		} else if toStart >= 0 && toStart < ce {
			subjEnd = toStart // "báo cáo Thủ tướng Chính phủ"
		} else {
			subjEnd = phraseEnd(k, from, ce, " (qua", " qua ", " truoc", " cham nhat", " trong ", " de ", ",", "(", " dinh ky", " hang ", " theo ")
		}
		if e := strings.TrimRight(k[from:subjEnd], " "); strings.HasSuffix(e, " gui") {
			subjEnd = from + len(e) - len(" gui") // "… gửi về Bộ Nội vụ"
		}
		if subjEnd > from {
			r.Subject = span(t, f, from, subjEnd)
		}
		if j := indexDe(t, f, k, from, ce); j >= 0 {
			r.Purpose = span(t, f, j, ce)
		} else if lead {
			// The purpose the clause opened with, up to the comma before
			// the issuer that requests: "Để có cơ sở tổng hợp, báo cáo
			// Chính phủ".
			if j := requestBefore(k[cs:i]); j >= 0 {
				ps := cs + len(k[cs:cs+j]) - len(strings.TrimLeft(k[cs:cs+j], " "))
				if c := strings.LastIndex(k[ps:cs+j], ","); c > 0 {
					r.Purpose = span(t, f, ps, ps+c)
				}
			}
		}
		// The sentence, from the sentence end before the verb to the one
		// after it.
		sl := max(0, i-clauseReach)
		ss := sl
		if j := strings.LastIndex(k[sl:i], ". "); j >= 0 {
			ss = sl + j + 2
		}
		se := min(len(k), from+clauseReach)
		for _, stop := range [...]string{". ", "./."} {
			if j := strings.Index(k[from:se], stop); j >= 0 {
				se = from + j
			}
		}
		x0, y0 := f.Span(ss, se)
		for x0 < y0 && t[x0] == ' ' {
			x0++
		}
		for y0 > x0 && (t[y0-1] == ' ' || t[y0-1] == '.') {
			y0--
		}
		r.Sentence = t[x0:y0]
		if steps != nil {
			// The clause around the verb, searched for some eight kinds
			// of word (the deadline cues, the stops of To and Via, the
			// verbs of request, the condition words), and the sentence.
			*steps += 8*(ce-cs) + (se - ss)
		}
		c0, _ := f.Span(cs, cs)
		_, c1 := f.Span(ce, ce)
		verb, _ := f.Span(i, i)
		// The phrases and names of the sentence, found by binary search so
		// that a paragraph of many requirements stays linear.
		first := max(c0, x0)
		k0, _ := slices.BinarySearchFunc(pi.deadlines, first, func(m deadline.Match, x int) int { return m.Start - x })
		for _, m := range pi.deadlines[k0:] {
			if steps != nil {
				*steps++
			}
			if m.Start >= min(c1, y0) {
				break
			}
			if m.End <= min(c1, y0) && setsDue(t, m, doc) {
				r.Deadline = DeadlinePhrase{Text: t[m.Start:m.End], Start: m.Start - x0, End: m.End - x0, Expr: m.Expr}
				r.Due = r.Deadline.Text
				r.DueDate = plainDate(r.Due)
				break
			}
		}
		a0, _ := slices.BinarySearchFunc(pi.assignees, x0, func(a Assignee, x int) int { return a.Start - x })
		for _, a := range pi.assignees[a0:] {
			if steps != nil {
				*steps++
			}
			if a.Start >= verb {
				break
			}
			if a.End <= verb {
				a.Start -= x0
				a.End -= x0
				r.Bearers = append(r.Bearers, a)
			}
		}
		// A condition before the verb makes the report due only when it
		// holds: "nếu có khó khăn, vướng mắc, báo cáo về …"; it ends at the
		// verb, at a bearer named after it, or at the last comma before the
		// verb's subject ("Khi có sự cố, các cơ quan báo cáo …").
		if j := conditionStart(t, f, k, cs, i); j >= 0 {
			x, _ := f.Span(j, j)
			e := verb
			for _, a := range r.Bearers {
				if a.Start+x0 >= x {
					e = min(e, a.Start+x0)
					break
				}
			}
			c := strings.TrimRight(t[x:e], " ")
			if k := strings.LastIndexByte(c, ','); k > 0 && strings.TrimSpace(c[k+1:]) != "" {
				c = c[:k] // the subject of "báo cáo" after the condition
			}
			r.Condition = strings.Trim(c, " ,;:()")
		}
		if r.To != "" || r.Due != "" || !r.Deadline.IsZero() {
			out = append(out, r)
		}
	}
	return out
}

// leadingPurpose reports whether the clause of key k from cs, before the
// verb at i, opens with "Để" (the purpose, not "Đề nghị", which folds to
// the same key).
func leadingPurpose(t string, f vntext.Folded, cs, i int) bool {
	k := f.Key
	for cs < i && k[cs] == ' ' {
		cs++
	}
	if !strings.HasPrefix(k[cs:i], "de ") {
		return false
	}
	x, _ := f.Span(cs, cs)
	return strings.HasPrefix(t[x:], "Để") || strings.HasPrefix(t[x:], "để") || strings.HasPrefix(t[x:], "ĐỂ")
}

// requestVerbs are the keys of the verbs with which an issuer requests
// ("Bộ Nội vụ đề nghị …").
var requestVerbs = [...]string{"de nghi", "yeu cau", "giao", "chi dao"}

// requestAfter returns the index in k of the first verb of request, or -1.
func requestAfter(k string) int {
	best := -1
	for _, v := range requestVerbs {
		if j := indexWord(k, v); j >= 0 && (best < 0 || j < best) {
			best = j
		}
	}
	return best
}

// requestBefore returns the index in k of the last verb of request, or -1.
func requestBefore(k string) int {
	best := -1
	for _, v := range requestVerbs {
		for from := 0; from < len(k); {
			j := indexWord(k[from:], v)
			if j < 0 {
				break
			}
			best = max(best, from+j)
			from += j + len(v)
		}
	}
	return best
}

// indexDe returns the key index of the first word "để" (not "đề", which
// folds to the same key) in k[from:end], or -1.
func indexDe(t string, f vntext.Folded, k string, from, end int) int {
	for from < end {
		j := indexWord(k[from:end], "de")
		if j < 0 {
			return -1
		}
		x, _ := f.Span(from+j, from+j)
		if strings.HasPrefix(t[x:], "để") || strings.HasPrefix(t[x:], "Để") || strings.HasPrefix(t[x:], "ĐỂ") {
			return from + j
		}
		from += j + 2
	}
	return -1
}

// conditionStart returns the key index of a condition in the clause
// k[cs:i] before a report verb — "nếu …", "trường hợp …", "khi có …" — or
// -1. "nêu" (to state) folds as "nếu" does and is not one.
func conditionStart(t string, f vntext.Folded, k string, cs, i int) int {
	for from := cs; from < i; {
		j := indexWord(k[from:i], "neu")
		if j < 0 {
			break
		}
		x, _ := f.Span(from+j, from+j)
		if strings.HasPrefix(t[x:], "nếu") || strings.HasPrefix(t[x:], "Nếu") || strings.HasPrefix(t[x:], "NẾU") {
			return from + j
		}
		from += j + 3
	}
	// "trường hợp" and "khi" only where a clause of condition opens: at
	// the clause's start, after a comma or after "trong" ("Trong trường
	// hợp …"), not "rà soát các trường hợp vi phạm".
	for _, c := range [...]string{"truong hop", "khi co", "khi phat sinh"} {
		for from := cs; from < i; {
			j := indexWord(k[from:i], c)
			if j < 0 {
				break
			}
			j += from
			b := strings.TrimRight(k[cs:j], " ")
			if b == "" || strings.HasSuffix(b, ",") || b == "trong" || strings.HasSuffix(b, ", trong") {
				return j
			}
			from = j + len(c)
		}
	}
	return -1
}

// clauseReach bounds, in bytes of the key, how far a report clause is read
// before and after its "báo cáo"; the longest clause of the corpus is some
// 250 bytes.
const clauseReach = 600

// span returns the text of the key span [a, b) in t, trimmed.
func span(t string, f vntext.Folded, a, b int) string {
	x, y := f.Span(a, b)
	return strings.Trim(t[x:y], " ,;:()")
}

// phraseEnd returns the first of the stops at or after from, before end.
func phraseEnd(k string, from, end int, stops ...string) int {
	e := end
	for _, s := range stops {
		if j := strings.Index(k[from:e], s); j >= 0 {
			e = from + j
		}
	}
	return e
}

// indexWord returns the index of the key phrase w in k at word boundaries,
// or -1.
func indexWord(k, w string) int {
	for from := 0; from < len(k); {
		j := strings.Index(k[from:], w)
		if j < 0 {
			return -1
		}
		j += from
		if (j == 0 || !isKeyAlnum(k[j-1])) && (j+len(w) == len(k) || !isKeyAlnum(k[j+len(w)])) {
			return j
		}
		from = j + 1
	}
	return -1
}

func hasAnySuffix(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) && (len(s) == len(x) || !isKeyAlnum(s[len(s)-len(x)-1])) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, pres ...string) bool {
	for _, x := range pres {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}
