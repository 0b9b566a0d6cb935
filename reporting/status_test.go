package reporting

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vanban-go/vanban/calendar"
)

func at(y int, m time.Month, day, hh, mm int) time.Time {
	return time.Date(y, m, day, hh, mm, 0, 0, ict)
}

// seedDue is the seed's deadline "trước ngày 20/11/2021" read strictly:
// Friday 19/11/2021 (reporting.md §6 #1), by hand.
var seedDue = Due{Day: d(2021, 11, 19)}

// TestEvaluateStatuses runs one obligation due Friday 19/11/2021 through
// the statuses, as of several instants and with submissions at several
// instants. Working days from the civil-service calendar; 24:00 ends the day
// (Bộ luật Dân sự 2015 Điều 148 khoản 6).
func TestEvaluateStatuses(t *testing.T) {
	cal := calendar.Default()
	ob := Obligation{ID: "x", Bearer: Unit{"SYT", "Sở Y tế"}, Due: seedDue}
	opt := Options{DueSoon: 3}
	tests := []struct {
		name       string
		sub        time.Time // zero: none
		asOf       time.Time
		status     Status
		left       int
		early      int
		late       int
		explanaton string
	}{
		{"open, 7 working days left", time.Time{}, at(2021, 11, 10, 9, 0), NotDue, 7, 0, 0, "11,12,15,16,17,18,19/11"},
		{"open, 4 left", time.Time{}, at(2021, 11, 15, 9, 0), NotDue, 4, 0, 0, "16–19/11"},
		{"open, 3 left: due soon", time.Time{}, at(2021, 11, 16, 9, 0), DueSoon, 3, 0, 0, "17–19/11"},
		{"open on the due day at 23:59", time.Time{}, at(2021, 11, 19, 23, 59), DueSoon, 0, 0, 0, "24:00 not reached"},
		{"open at 24:00", time.Time{}, at(2021, 11, 20, 0, 0), Overdue, 0, 0, 0, "Saturday: no working day lost"},
		{"open on Monday", time.Time{}, at(2021, 11, 22, 8, 0), Overdue, 0, 0, 1, "22/11"},
		{"open on Wednesday", time.Time{}, at(2021, 11, 24, 8, 0), Overdue, 0, 0, 3, "22, 23, 24/11"},
		{"submitted a week early", at(2021, 11, 12, 10, 0), at(2021, 11, 25, 0, 0), OnTime, 0, 5, 0, "reporting.md §6 #16 count: 15–19/11"},
		{"submitted at 23:59 on the due day", at(2021, 11, 19, 23, 59), at(2021, 11, 25, 0, 0), OnTime, 0, 0, 0, "BLDS 148(6)"},
		{"submitted at 24:00", at(2021, 11, 20, 0, 0), at(2021, 11, 25, 0, 0), Late, 0, 0, 0, "Saturday"},
		{"submitted on Wednesday 24/11", at(2021, 11, 24, 15, 0), at(2021, 11, 25, 0, 0), Late, 0, 0, 3, "calendar example: 3 working days late"},
		{"submitted after the as-of instant", at(2021, 11, 24, 15, 0), at(2021, 11, 23, 0, 0), Overdue, 0, 0, 2, "not yet received; 22 and 23/11"},
		{"submitted early, not yet due", at(2021, 11, 12, 10, 0), at(2021, 11, 15, 0, 0), OnTime, 0, 5, 0, "done is done"},
		{"as of in UTC", time.Time{}, time.Date(2021, 11, 19, 17, 30, 0, 0, time.UTC), Overdue, 0, 0, 0, "00:30 on 20/11 in UTC+7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var subs []Submission
			if !tt.sub.IsZero() {
				subs = []Submission{{ID: "1", Obligation: "x", Unit: "SYT", At: tt.sub}}
			}
			rep, err := Evaluate(cal, []Obligation{ob}, subs, tt.asOf, opt)
			if err != nil {
				t.Fatal(err)
			}
			it := rep.Items[0]
			if it.Status != tt.status || it.WorkdaysLeft != tt.left || it.WorkdaysEarly != tt.early || it.WorkdaysLate != tt.late {
				t.Errorf("got %v left %d early %d late %d; want %v %d %d %d (%s)", it.Status, it.WorkdaysLeft, it.WorkdaysEarly,
					it.WorkdaysLate, tt.status, tt.left, tt.early, tt.late, tt.explanaton)
			}
		})
	}
}

func TestEvaluateTimeOfDay(t *testing.T) {
	cal := calendar.Default()
	// "trước 16 giờ": End set.
	ob := Obligation{ID: "x", Bearer: Unit{ID: "A"}, Due: Due{Day: d(2026, 3, 25), End: at(2026, 3, 25, 16, 0)}}
	for _, tt := range []struct {
		sub  time.Time
		want Status
	}{
		{at(2026, 3, 25, 15, 59), OnTime},
		{at(2026, 3, 25, 16, 0), Late},
	} {
		rep, err := Evaluate(cal, []Obligation{ob}, []Submission{{Obligation: "x", At: tt.sub}}, at(2026, 3, 30, 0, 0), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if it := rep.Items[0]; it.Status != tt.want || it.WorkdaysLate != 0 {
			t.Errorf("%v: %v late %d, want %v", tt.sub, it.Status, it.WorkdaysLate, tt.want)
		}
	}
}

func TestEvaluateIrregular(t *testing.T) {
	cal := calendar.Default()
	obs := []Obligation{
		{ID: "a", Bearer: Unit{ID: "A"}, Due: seedDue},
		{ID: "b", Bearer: Unit{ID: "B"}, Due: seedDue},
	}
	subs := []Submission{
		{ID: "s1", Obligation: "a", Unit: "A", At: at(2021, 11, 18, 9, 0)},
		{ID: "s2", Obligation: "a", Unit: "A", At: at(2021, 11, 17, 9, 0)}, // earlier: counts
		{ID: "s3", Obligation: "zz", Unit: "A", At: at(2021, 11, 17, 9, 0)},
		{ID: "s4", Obligation: "b", Unit: "A", At: at(2021, 11, 17, 10, 0)},
		{ID: "s5", Obligation: "b", At: at(2021, 11, 22, 9, 0)},
		{ID: "s6", Obligation: "b", Unit: "B", At: at(2021, 12, 22, 9, 0)}, // after as-of
	}
	rep, err := Evaluate(cal, obs, subs, at(2021, 12, 1, 0, 0), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if it := rep.Items[0]; it.Status != OnTime || it.Submission.ID != "s2" || it.WorkdaysEarly != 2 {
		t.Errorf("a: %+v", it)
	}
	if it := rep.Items[1]; it.Status != Late || it.Submission.ID != "s5" || it.WorkdaysLate != 1 {
		t.Errorf("b: %+v", it)
	}
	var got []string
	for _, ir := range rep.Irregular {
		got = append(got, ir.Submission.ID+":"+ir.Reason.String()+":"+ir.Counted.ID)
	}
	if want := "s3:unknown-obligation: s4:wrong-unit: s1:duplicate:s2"; strings.Join(got, " ") != want {
		t.Errorf("irregular %v, want %s", got, want)
	}
	if rep.Later != 1 {
		t.Errorf("later %d", rep.Later)
	}
}

func TestEvaluateErrors(t *testing.T) {
	cal := calendar.Default()
	ok := Obligation{ID: "a", Bearer: Unit{ID: "A"}, Due: seedDue}
	asOf := at(2021, 11, 1, 0, 0)
	for name, tt := range map[string]struct {
		obs  []Obligation
		subs []Submission
		asOf time.Time
	}{
		"zero as-of":          {[]Obligation{ok}, nil, time.Time{}},
		"two IDs":             {[]Obligation{ok, ok}, nil, asOf},
		"no ID":               {[]Obligation{{Bearer: Unit{ID: "A"}, Due: seedDue}}, nil, asOf},
		"no bearer":           {[]Obligation{{ID: "a", Due: seedDue}}, nil, asOf},
		"no due":              {[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}}}, nil, asOf},
		"contributor alone":   {[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}, Due: seedDue, Role: Contributor}}, nil, asOf},
		"no deadline, a day":  {[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}, Due: Due{Day: seedDue.Day, NoDeadline: true}}}, nil, asOf},
		"no deadline, an end": {[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}, Due: Due{End: EndOfDay(seedDue.Day), NoDeadline: true}}}, nil, asOf},
		"submission at 0":     {[]Obligation{ok}, []Submission{{Obligation: "a"}}, asOf},
	} {
		if _, err := Evaluate(cal, tt.obs, tt.subs, tt.asOf, Options{}); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	far := Obligation{ID: "a", Bearer: Unit{ID: "A"}, Due: Due{Day: d(2300, 1, 1)}}
	if _, err := Evaluate(cal, []Obligation{far}, nil, asOf, Options{}); !errors.Is(err, calendar.ErrOutOfRange) {
		t.Errorf("2300: %v, want calendar.ErrOutOfRange", err)
	}
}

func TestReminders(t *testing.T) {
	cal := calendar.Default()
	obs := []Obligation{
		{ID: "a", Bearer: Unit{"SYT", "Sở Y tế"}, Recipient: Unit{"UBND", "Ủy ban nhân dân tỉnh"}, Via: []Unit{{"SNV", "Sở Nội vụ"}},
			Subject: "kết quả thực hiện", Source: "491/UBND-KGVX", Due: Due{Day: d(2021, 11, 12)}},
		{ID: "b", Bearer: Unit{"STP", "Sở Tư pháp"}, Due: Due{Day: d(2021, 11, 19)}},
		{ID: "c", Bearer: Unit{"SXD", "Sở Xây dựng"}, Due: Due{Day: d(2021, 11, 16)}},
		{ID: "d", Bearer: Unit{"STC", "Sở Tài chính"}, Due: Due{Day: d(2021, 11, 30)}},
		{ID: "e", Bearer: Unit{"SCT", "Sở Công Thương"}, Due: Due{Day: d(2021, 11, 10)}},
	}
	rep, err := Evaluate(cal, obs, []Submission{{Obligation: "e", At: at(2021, 11, 9, 8, 0)}}, at(2021, 11, 16, 8, 0), Options{DueSoon: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rep.Reminders() {
		got = append(got, r.Text)
	}
	want := []string{
		"Sở Y tế: báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) theo văn bản số 491/UBND-KGVX, quá hạn 2 ngày làm việc (hạn Thứ Sáu 12/11/2021).",
		"Sở Xây dựng: báo cáo, đến hạn hôm nay (hạn Thứ Ba 16/11/2021).",
		"Sở Tư pháp: báo cáo, còn 3 ngày làm việc (hạn Thứ Sáu 19/11/2021).",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("reminders:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
