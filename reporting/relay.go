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
	const op = "Relay"
	if lead < 0 {
		return nil, invalid(op, strconv.Itoa(lead), "negative lead")
	}
	cons := consolidator
	cons.Role, cons.Relay = Consolidator, ""
	if err := cons.Validate(); err != nil {
		return nil, err
	}
	internal, err := internalDue(cal, lead, cons)
	if err != nil {
		return nil, err
	}
	out := make([]Obligation, 0, 1+len(contributors))
	out = append(out, cons)
	for _, c := range contributors {
		c.Role, c.Relay, c.Due = Contributor, cons.ID, internal
		c.Via = slices.Clone(c.Via)
		if c.Bearer.ID != cons.Bearer.ID && !slices.ContainsFunc(c.Via, func(u Unit) bool { return u.ID == cons.Bearer.ID }) {
			c.Via = append(c.Via, cons.Bearer)
		}
		if err := c.Validate(); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
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
	steps := slices.Clone(cons.Due.Explanation.Steps)
	step := "Hạn nội bộ để " + name + " tổng hợp: " + strconv.Itoa(lead) + " ngày làm việc trước hạn " + dmy(day)
	if lead > 0 && lead <= 10 {
		var days []string
		for x := day - 1; x >= d; x-- {
			if cal.IsWorkday(x) {
				days = append(days, dmy(x))
			}
		}
		step += " ("
		for i, s := range days {
			if i > 0 {
				step += ", "
			}
			step += s
		}
		step += ")"
	}
	step += ": " + dayName(d) + "; đây là chính sách của cơ quan tổng hợp, không phải quy định của pháp luật (Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b chỉ yêu cầu thời hạn riêng cho từng cấp)."
	steps = append(steps, step, "Hết hạn lúc 24 giờ 00 ngày "+dmy(d)+" (Bộ luật Dân sự 2015 Điều 148 khoản 6).")
	prov := cons.Due.Provisional
	if !prov {
		prov, err = provisional(cal, d, day)
		if err != nil {
			return Due{}, wrapCal(op, cons.ID, err)
		}
	}
	text := "Hạn gửi " + name + ": hết ngày " + dayName(d) + ", " + strconv.Itoa(lead) + " ngày làm việc trước hạn của " + name + " (" + dayName(day) + ")."
	if prov {
		text += " Tạm tính: lịch nghỉ của năm chưa được công bố."
	}
	return Due{
		Day:         d,
		End:         EndOfDay(d),
		Provisional: prov,
		Explanation: Explanation{Text: text, Steps: steps, Policy: cons.Due.Explanation.Policy},
	}, nil
}
