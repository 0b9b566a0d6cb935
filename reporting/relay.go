package reporting

import (
	"slices"
	"strconv"

	"github.com/vanban-go/vanban/calendar"
)

// Relay builds a relay chain: contributors report through an intermediary
// that consolidates their reports for the final recipient ("báo cáo … về Ủy
// ban nhân dân tỉnh (qua Sở Nội vụ) … để tổng hợp báo cáo Tỉnh ủy").
//
// consolidator is the intermediary's own obligation: its Bearer is the
// intermediary, its Due the deadline the document states. Each contributor
// gets an internal deadline lead working days before it (lead 0: the same
// day), explained step by step; the intermediary is added to its Via unless
// already there or the contributor is the intermediary itself. No law fixes
// the lead: Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b only asks each
// level to have its own deadline, and real regimes leave 3–4 days between
// levels (17/20/23 in Thông tư 55/2020/TT-BCT Điều 9 khoản 1), so the lead
// is the caller's choice. Công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang,
// due Friday 19/11/2021 under the strict reading, gives contributors
// Friday 12/11/2021 with a lead of 5.
//
// A consolidator without a deadline ([Due.NoDeadline]) gives its
// contributors none either: there is no day to count the lead back from.
//
// Relay returns the consolidator's obligation (Role Consolidator) followed by
// the contributors' (Role Contributor, Relay set to the consolidator's ID),
// all copies. The error wraps [ErrInvalid] for a negative lead or an
// obligation that does not validate, and the calendar's error when a day is
// out of its range.
func Relay(cal *calendar.Calendar, lead int, consolidator Obligation, contributors []Obligation) ([]Obligation, error) {
	if lead < 0 {
		return nil, invalid("Relay", strconv.Itoa(lead), "negative lead")
	}
	out := make([]Obligation, 0, 1+len(contributors))
	out = append(out, consolidator)
	out = append(out, contributors...)
	if err := relay(cal, lead, out); err != nil {
		return nil, err
	}
	return out, nil
}

// relay makes a relay chain in place: chain[0] becomes the consolidator,
// the others its contributors, as [Relay] documents. Their Via are cut from
// one backing array, each its own part of it.
func relay(cal *calendar.Calendar, lead int, chain []Obligation) error {
	if lead < 0 {
		return invalid("Relay", strconv.Itoa(lead), "negative lead")
	}
	cons := &chain[0]
	cons.Role, cons.Relay = Consolidator, ""
	if err := cons.Validate(); err != nil {
		return err
	}
	internal, err := internalDue(cal, lead, *cons)
	if err != nil {
		return err
	}
	n := 0
	for _, c := range chain[1:] {
		n += len(c.Via) + 1
	}
	vias := make([]Unit, 0, n)
	for i := range chain[1:] {
		c := &chain[1+i]
		c.Role, c.Relay, c.Due = Contributor, cons.ID, internal
		k := len(vias)
		vias = append(vias, c.Via...)
		if c.Bearer.ID != cons.Bearer.ID && !slices.ContainsFunc(c.Via, func(u Unit) bool { return u.ID == cons.Bearer.ID }) {
			vias = append(vias, cons.Bearer)
		}
		c.Via = nil
		if len(vias) > k {
			c.Via = vias[k:len(vias):len(vias)]
		}
		if err := c.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// internalDue is the contributors' deadline: lead working days before the
// consolidator's due day.
func internalDue(cal *calendar.Calendar, lead int, cons Obligation) (Due, error) {
	const op = "Relay"
	name := cons.Bearer.Name
	if name == "" {
		name = cons.Bearer.ID
	}
	if cons.Due.NoDeadline {
		return Due{NoDeadline: true, Explanation: Explanation{
			Text:  "Không có hạn: hạn của " + name + " không có, nên không có hạn nội bộ để gửi " + name + " tổng hợp.",
			Steps: slices.Clone(cons.Due.Explanation.Steps),
		}}, nil
	}
	day := cons.Due.Day
	d, err := cal.AddWorkdays(day, -lead)
	if err != nil {
		return Due{}, wrapCal(op, cons.ID, err)
	}
	steps := make([]string, len(cons.Due.Explanation.Steps), len(cons.Due.Explanation.Steps)+2)
	copy(steps, cons.Due.Explanation.Steps)
	// The step lists the working days counted back, as "(18/11/2021,
	// 17/11/2021, …)", for a short lead.
	b := make([]byte, 0, 320+len(name)+12*min(lead, 10))
	b = append(b, "Hạn nội bộ để "...)
	b = append(b, name...)
	b = append(b, " tổng hợp: "...)
	b = strconv.AppendInt(b, int64(lead), 10)
	b = append(b, " ngày làm việc trước hạn "...)
	b = appendDMY(b, day)
	if lead > 0 && lead <= 10 {
		b = append(b, " ("...)
		first := true
		for x := day - 1; x >= d; x-- {
			if cal.IsWorkday(x) {
				if !first {
					b = append(b, ", "...)
				}
				b, first = appendDMY(b, x), false
			}
		}
		b = append(b, ')')
	}
	b = append(b, ": "...)
	b = appendDayName(b, d)
	b = append(b, "; đây là chính sách của cơ quan tổng hợp, không phải quy định của pháp luật (Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b chỉ yêu cầu thời hạn riêng cho từng cấp)."...)
	steps = append(steps, string(b), "Hết hạn lúc 24 giờ 00 ngày "+dmy(d)+" (Bộ luật Dân sự 2015 Điều 148 khoản 6).")
	prov := cons.Due.Provisional
	if !prov {
		prov, err = provisional(cal, d, day)
		if err != nil {
			return Due{}, wrapCal(op, cons.ID, err)
		}
	}
	b = append(b[:0], "Hạn gửi "...)
	b = append(b, name...)
	b = append(b, ": hết ngày "...)
	b = appendDayName(b, d)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(lead), 10)
	b = append(b, " ngày làm việc trước hạn của "...)
	b = append(b, name...)
	b = append(b, " ("...)
	b = appendDayName(b, day)
	b = append(b, ")."...)
	if prov {
		b = append(b, " Tạm tính: lịch nghỉ của năm chưa được công bố."...)
	}
	text := string(b)
	return Due{
		Day:         d,
		End:         EndOfDay(d),
		Provisional: prov,
		Explanation: Explanation{Text: text, Steps: steps, Policy: cons.Due.Explanation.Policy},
	}, nil
}
