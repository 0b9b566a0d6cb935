package reporting

import (
	"slices"
	"strconv"
)

// Reminder is an obligation that needs a nudge (nhắc việc, đôn đốc), with a
// message to send.
type Reminder struct {
	Item Item `json:"item"`
	// Text is the message in Vietnamese, e.g. "Sở Y tế: báo cáo kết quả
	// thực hiện gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ), quá hạn 1 ngày
	// làm việc (hạn Thứ Sáu 12/11/2021)."
	Text string `json:"text"`
}

// Reminders returns the obligations of the report that need a nudge: the
// Overdue ones, most overdue first, then the DueSoon ones, nearest due day
// first; ties keep the report's order.
func (r Report) Reminders() []Reminder {
	var items []Item
	for _, it := range r.Items {
		if it.Status == Overdue || it.Status == DueSoon {
			items = append(items, it)
		}
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		if a.Status != b.Status {
			if a.Status == Overdue {
				return -1
			}
			return 1
		}
		return a.Obligation.Due.Deadline().Compare(b.Obligation.Due.Deadline())
	})
	out := make([]Reminder, len(items))
	for i, it := range items {
		out[i] = Reminder{Item: it, Text: reminderText(it, DayOf(r.AsOf) == it.Obligation.Due.Day)}
	}
	return out
}

func reminderText(it Item, today bool) string {
	o := it.Obligation
	who := o.Bearer.Name
	if who == "" {
		who = o.Bearer.ID
	}
	s := who + ": báo cáo"
	if o.Subject != "" {
		s += " " + o.Subject
	}
	if !o.Period.IsZero() {
		s += " " + o.Period.Vietnamese()
	}
	if !o.Recipient.IsZero() {
		s += " gửi " + unitName(o.Recipient)
	}
	if len(o.Via) > 0 {
		s += " (qua"
		for i, u := range o.Via {
			if i > 0 {
				s += ","
			}
			s += " " + unitName(u)
		}
		s += ")"
	}
	if o.Source != "" {
		s += " theo văn bản số " + o.Source
	}
	switch {
	case it.Status == Overdue && it.WorkdaysLate > 0:
		s += ", quá hạn " + strconv.Itoa(it.WorkdaysLate) + " ngày làm việc"
	case it.Status == Overdue:
		s += ", đã quá hạn"
	case today:
		s += ", đến hạn hôm nay"
	default:
		s += ", còn " + strconv.Itoa(it.WorkdaysLeft) + " ngày làm việc"
	}
	if o.Due.Day != 0 {
		s += " (hạn " + dayName(o.Due.Day) + ")."
	} else {
		s += "."
	}
	if o.Due.Provisional {
		s += " Hạn tạm tính."
	}
	return s
}

func unitName(u Unit) string {
	if u.Name != "" {
		return u.Name
	}
	return u.ID
}
