package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/reporting"
)

func writeJSON(w io.Writer, res *result) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// writeObligations prints the obligations as package reporting stores them.
func writeObligations(w io.Writer, res *result) error {
	obs := res.obligations
	if obs == nil {
		obs = []reporting.Obligation{}
	}
	b, err := json.MarshalIndent(obs, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

func writeText(w io.Writer, res *result) {
	d := res.Document
	title := d.Type
	if title == "" {
		title = "Văn bản"
	}
	if d.Number != "" {
		title += " số " + d.Symbol
	} else {
		title += " (không ghi số)"
	}
	fmt.Fprintln(w, title)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-18s%s\n", name+":", value)
		}
	}
	issuer := d.Issuer
	if issuer == "" {
		issuer = d.Organ
	}
	field("Cơ quan ban hành", issuer)
	field("Nơi, ngày", strings.TrimPrefix(d.Place+", ", ", ")+dayName(d.date))
	subject := d.Subject
	if d.congVan && subject != "" {
		subject = "V/v " + subject
	}
	field("Trích yếu", subject)
	field("Người ký", signer(d.Signer))
	for i, a := range d.Addressees {
		name := "Kính gửi"
		if i > 0 {
			name = ""
		}
		line := a.Text
		switch {
		case a.Reason != "":
			line += " → chưa xác định: " + a.Reason
		case len(a.Units) == 1 && a.Units[0] != a.Text:
			line += " → " + a.Units[0]
		case len(a.Units) > 1:
			line += fmt.Sprintf(" → %d đơn vị", len(a.Units))
		}
		if name == "" {
			fmt.Fprintf(w, "  %-18s%s\n", "", line)
		} else {
			field(name, line)
		}
	}

	fmt.Fprintf(w, "\nVăn bản được viện dẫn (%d)\n", len(d.Citations))
	if len(d.Citations) == 0 {
		fmt.Fprintln(w, "  không có")
	}
	for i, c := range d.Citations {
		fmt.Fprintf(w, "  %2d. %s [%s]\n", i+1, c.Citation, strings.Join(c.Cited, ", "))
	}

	fmt.Fprintf(w, "\nNhiệm vụ (%d)\n", len(d.Tasks))
	if len(d.Tasks) == 0 {
		fmt.Fprintln(w, "  không có")
	}
	for i, t := range d.Tasks {
		fmt.Fprintf(w, "  %s %s\n", itemMarker(t.Item, i), t.Summary)
	}

	if len(res.Reports) == 0 {
		fmt.Fprintln(w, "\nVăn bản không yêu cầu báo cáo.")
		return
	}
	for _, r := range res.Reports {
		writeReport(w, res, r)
	}
	writeObligationGroups(w, res)
}

func writeReport(w io.Writer, res *result, r reportView) {
	if r.Phrase != "" {
		fmt.Fprintf(w, "\nBáo cáo %d: “%s”\n", r.N, r.Phrase)
	} else {
		fmt.Fprintf(w, "\nBáo cáo %d\n", r.N)
	}
	to := r.To
	if r.Via != "" {
		to += " (qua " + r.Via + ")"
	}
	if to != "" {
		fmt.Fprintf(w, "  Gửi:     %s\n", to)
	}
	if r.ObligationError != "" {
		defer fmt.Fprintf(w, "  Nghĩa vụ: không lập được: %s\n", r.ObligationError)
	}
	switch {
	case r.Condition != "":
		fmt.Fprintf(w, "  Khi:     %s (báo cáo khi phát sinh, không lập nghĩa vụ định trước)\n", r.Condition)
		if !r.NoDeadline && r.Error == "" {
			break
		}
		return
	case r.NoDeadline:
		fmt.Fprintln(w, "  Hạn:     không có: văn bản không nêu hạn báo cáo (nghĩa vụ không có hạn, không bị tính trễ hạn)")
		return
	case r.Error != "":
		fmt.Fprintf(w, "  Hạn:     không tính được: %s\n", r.Error)
		return
	}
	due := r.res.Due
	fmt.Fprintf(w, "  Hạn:     %s, hết 24 giờ (cách hiểu “trước ngày X”: %s)\n", dayName(due), res.Policy)
	if r.Provisional {
		fmt.Fprintf(w, "           tạm tính: lịch nghỉ năm %d chưa được công bố\n", due.Year())
	}
	fmt.Fprintln(w, "  Vì sao:")
	for _, s := range r.res.Steps {
		fmt.Fprintf(w, "    - %s\n", s.Note)
		if s.Basis != "" {
			fmt.Fprintf(w, "      Căn cứ: %s.\n", strings.TrimSuffix(s.Basis, "."))
		}
	}
	if doc := res.Document.date; due > doc {
		fmt.Fprintf(w, "    - %d ngày làm việc sau ngày văn bản (%s), không kể thứ Bảy, Chủ nhật", r.Workdays, dayName(doc))
		if len(r.DaysOff) == 0 {
			fmt.Fprintln(w, ".")
		} else {
			fmt.Fprintln(w, " và các ngày nghỉ:")
			for _, o := range r.DaysOff {
				fmt.Fprintf(w, "        %-22s %s\n", dayName(o.day), o.Name)
			}
		}
	}
	fmt.Fprintf(w, "  Tính đến %s: %s.\n", dayName(res.asOf), left(res.asOf, due, r.WorkdaysLeft))
}

// group is a set of obligations that read the same but for their bearer.
type group struct {
	first obligationView
	via   []string // for contributors, the intermediary
	units []obligationView
}

// groupKey says which obligations share a group: the same role, recipient,
// requirement, due day, tasks and purpose, and the same intermediary.
// Contributors are grouped by the consolidator they report to, so that the
// intermediary's own contribution (which goes through no one) stays with
// the others.
func groupKey(v obligationView) string {
	o := v.o
	ids := []string{o.Role.String(), o.Recipient.ID, o.Due.Day.String(), o.Purpose, fmt.Sprint(v.Report)}
	if o.Role == reporting.Contributor {
		ids = append(ids, o.Relay)
	} else {
		for _, u := range o.Via {
			ids = append(ids, u.ID)
		}
	}
	for _, t := range v.Tasks {
		ids = append(ids, t.Item)
	}
	return strings.Join(ids, "\x00")
}

func writeObligationGroups(w io.Writer, res *result) {
	fmt.Fprintf(w, "\nNghĩa vụ báo cáo (%d), tính đến %s\n", len(res.Obligations), dayName(res.asOf))
	defer writeObligationErrors(w, res)
	if len(res.Obligations) == 0 {
		fmt.Fprintln(w, "  không có")
		return
	}
	var groups []*group
	index := map[string]*group{}
	byID := map[string]obligationView{}
	for _, v := range res.Obligations {
		byID[v.ID] = v
	}
	var notes []string
	for _, v := range res.Obligations {
		k := groupKey(v)
		g := index[k]
		if g == nil {
			g = &group{first: v, via: v.Via}
			if c, ok := byID[v.Relay]; ok && v.o.Role == reporting.Contributor {
				g.via = []string{c.Unit}
			}
			index[k] = g
			groups = append(groups, g)
		}
		g.units = append(g.units, v)
		for _, n := range v.Notes {
			if !slices.Contains(notes, n) {
				notes = append(notes, n)
			}
		}
	}
	n := 0
	for gi, g := range groups {
		v := g.first
		verb := "Báo cáo "
		if v.o.Role == reporting.Consolidator {
			verb = "Tổng hợp và báo cáo "
		}
		line := verb + v.ReportTo
		if len(g.via) > 0 {
			line += " qua " + strings.Join(g.via, ", qua ")
		}
		fmt.Fprintf(w, "\n  %c. %s (%d đơn vị)\n", 'A'+rune(gi%26), line, len(g.units))
		if v.o.Due.NoDeadline {
			fmt.Fprintf(w, "     Hạn: không có (báo cáo %d không nêu hạn)\n", v.Report)
		} else {
			fmt.Fprintf(w, "     Hạn: %s (báo cáo %d), %s\n", dayName(v.o.Due.Day), v.Report, left(res.asOf, v.o.Due.Day, v.WorkdaysLeft))
		}
		if v.o.Role == reporting.Contributor && !v.o.Due.NoDeadline {
			if res.Lead == 0 {
				fmt.Fprintf(w, "     Vì sao: cùng hạn của báo cáo %d; cơ quan tổng hợp không đặt hạn nội bộ sớm hơn (-lead N để đặt)\n", v.Report)
			} else {
				fmt.Fprintf(w, "     Vì sao: %s\n", v.Explanation)
			}
		}
		if len(v.Tasks) > 0 {
			items := make([]string, len(v.Tasks))
			for i, t := range v.Tasks {
				items[i] = itemNumber(t.Item, i)
			}
			fmt.Fprintf(w, "     Nhiệm vụ: %s\n", strings.Join(items, ", "))
		}
		if v.Purpose != "" {
			fmt.Fprintf(w, "     Mục đích: %s\n", v.Purpose)
		}
		writeUnits(w, res, g.units, &n)
	}
	if len(notes) > 0 {
		fmt.Fprintln(w, "\n  Ghi chú:")
		for _, note := range notes {
			fmt.Fprintf(w, "   - %s\n", note)
		}
	}
}

// writeObligationErrors says what could not be derived, and why.
func writeObligationErrors(w io.Writer, res *result) {
	if len(res.ObligationErrors) == 0 {
		return
	}
	fmt.Fprintln(w, "\n  Không lập được nghĩa vụ báo cáo:")
	for _, e := range res.ObligationErrors {
		fmt.Fprintf(w, "   - %s\n", e)
	}
}

// writeUnits lists the bearers of a group, numbered across groups, under the
// Kính gửi line that named them.
func writeUnits(w io.Writer, res *result, units []obligationView, n *int) {
	entries := []int{}
	for _, v := range units {
		if !slices.Contains(entries, v.entry) {
			entries = append(entries, v.entry)
		}
	}
	for _, e := range entries {
		var list []obligationView
		for _, v := range units {
			if v.entry == e {
				list = append(list, v)
			}
		}
		indent := "     "
		if e >= 0 {
			fmt.Fprintf(w, "     %s (%d):\n", res.Document.Addressees[e].Text, len(list))
			indent += "  "
		}
		for _, v := range list {
			*n++
			fmt.Fprintf(w, "%s%2d. %s", indent, *n, v.Unit)
			if v.o.Role == reporting.Contributor && len(v.o.Via) == 0 {
				fmt.Fprint(w, " (cơ quan tổng hợp, báo cáo phần của mình)")
			}
			fmt.Fprintln(w)
		}
	}
}

// left says how many working days remain from asOf to due, or how many are
// past.
func left(asOf, due date.Date, n int) string {
	switch {
	case asOf == due:
		return "hôm nay là ngày cuối của hạn"
	case asOf > due:
		return fmt.Sprintf("đã quá hạn %d ngày làm việc", -n)
	}
	return fmt.Sprintf("còn %d ngày làm việc", n)
}

func signer(s signerView) string {
	out := s.Name
	if s.Title != "" {
		out = strings.TrimPrefix(out+", "+s.Title, ", ")
	}
	if s.Authority != "" {
		out += " (" + s.Authority + ")"
	}
	return out
}

func itemMarker(item string, i int) string {
	return itemNumber(item, i) + "."
}

func itemNumber(item string, i int) string {
	if item == "" {
		return fmt.Sprint(i + 1)
	}
	return item
}

// dayName writes d as "Thứ Ba 20/04/2021".
func dayName(d date.Date) string {
	if d == 0 {
		return ""
	}
	names := [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}
	return names[d.Weekday()] + " " + d.Format("02/01/2006")
}
