package reporting

import (
	"errors"
	"strings"
	"testing"

	"github.com/vanban-go/vanban/calendar"
)

// seedByHand builds the seed's relay chain by hand: Công văn 491/UBND-KGVX
// of 20/4/2021, "báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở
// Nội vụ) trước ngày 20/11/2021 để tổng hợp báo cáo Tỉnh ủy", read strictly
// (Friday 19/11/2021), contributors 5 working days earlier.
func seedByHand(t testing.TB) []Obligation {
	t.Helper()
	ubnd := Unit{"UBND", "Ủy ban nhân dân tỉnh Kiên Giang"}
	snv := Unit{"SNV", "Sở Nội vụ"}
	cons := Obligation{
		ID: "491/UBND-KGVX/tổng hợp", Bearer: snv, Recipient: ubnd, Subject: "tổng hợp kết quả thực hiện",
		Purpose: "để tổng hợp báo cáo Tỉnh ủy", Source: "491/UBND-KGVX",
		Due: Due{Day: d(2021, 11, 19), Explanation: Explanation{Text: "trước ngày 20/11/2021, đọc theo nghĩa chặt", Steps: []string{"Trước ngày 20/11/2021: ngày cuối 19/11/2021."}, Policy: "strict"}},
	}
	var contributors []Obligation
	for _, u := range []Unit{{"SYT", "Sở Y tế"}, {"SNV", "Sở Nội vụ"}, {"RG", "UBND thành phố Rạch Giá"}} {
		contributors = append(contributors, Obligation{
			ID: "491/UBND-KGVX/" + u.ID, Bearer: u, Recipient: ubnd, Subject: "kết quả thực hiện", Source: "491/UBND-KGVX",
		})
	}
	obs, err := Relay(calendar.Default(), 5, cons, contributors)
	if err != nil {
		t.Fatal(err)
	}
	return obs
}

// TestRelay checks reporting.md §6 #16: Sở Nội vụ's deadline Friday
// 19/11/2021, contributors 5 working days earlier: 18, 17, 16, 15, 12/11 →
// Friday 12/11/2021.
func TestRelay(t *testing.T) {
	obs := seedByHand(t)
	if len(obs) != 4 {
		t.Fatalf("%d obligations", len(obs))
	}
	cons := obs[0]
	if cons.Role != Consolidator || cons.Due.Day != d(2021, 11, 19) || len(cons.Via) != 0 {
		t.Errorf("consolidator %+v", cons)
	}
	for _, c := range obs[1:] {
		if c.Role != Contributor || c.Relay != cons.ID || c.Due.Day != d(2021, 11, 12) || c.Due.Explanation.Policy != "strict" {
			t.Errorf("%s: %v %q due %v", c.ID, c.Role, c.Relay, c.Due.Day)
		}
		steps := strings.Join(c.Due.Explanation.Steps, "\n")
		if !strings.Contains(steps, "(18/11/2021, 17/11/2021, 16/11/2021, 15/11/2021, 12/11/2021)") || !strings.Contains(steps, "Trước ngày 20/11/2021") {
			t.Errorf("%s: steps %s", c.ID, steps)
		}
		wantVia := 1
		if c.Bearer.ID == "SNV" {
			wantVia = 0 // Sở Nội vụ reports its own results, not through itself
		}
		if len(c.Via) != wantVia {
			t.Errorf("%s: via %v", c.ID, c.Via)
		}
	}
	if got := obs[1].Due.Explanation.Text; got != "Hạn gửi Sở Nội vụ: hết ngày Thứ Sáu 12/11/2021, 5 ngày làm việc trước hạn của Sở Nội vụ (Thứ Sáu 19/11/2021)." {
		t.Errorf("text %q", got)
	}
}

func TestRelayLeadAcrossHolidays(t *testing.T) {
	// Sở Nội vụ due Wednesday 25/2/2026; 3 working days earlier skips the
	// Tết break 14–22/2/2026 (Thông báo 9441/TB-BNV): 24, 23, 13/2.
	cal := calendar.Default()
	obs, err := Relay(cal, 3, Obligation{ID: "c", Bearer: Unit{ID: "SNV"}, Due: Due{Day: d(2026, 2, 25)}},
		[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}}})
	if err != nil {
		t.Fatal(err)
	}
	if obs[1].Due.Day != d(2026, 2, 13) {
		t.Errorf("due %v, want 2026-02-13", obs[1].Due.Day)
	}
	obs, err = Relay(cal, 0, obs[0], []Obligation{{ID: "a", Bearer: Unit{ID: "A"}}})
	if err != nil || obs[1].Due.Day != d(2026, 2, 25) {
		t.Errorf("lead 0: %v %v", obs[1].Due.Day, err)
	}
	if _, err := Relay(cal, -1, obs[0], nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative lead: %v", err)
	}
	if _, err := Relay(cal, 1, Obligation{ID: "c"}, nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("consolidator without bearer: %v", err)
	}
	if _, err := Relay(cal, 1, obs[0], []Obligation{{ID: "a"}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("contributor without bearer: %v", err)
	}
	// A consolidator without a deadline gives its contributors none.
	obs, err = Relay(cal, 5, Obligation{ID: "c", Bearer: Unit{ID: "SNV", Name: "Sở Nội vụ"}, Due: Due{NoDeadline: true}},
		[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}}})
	if err != nil || !obs[1].Due.NoDeadline || obs[1].Due.Day != 0 || obs[1].Relay != "c" || !strings.Contains(obs[1].Due.Explanation.Text, "Sở Nội vụ") {
		t.Errorf("no deadline: %+v %v", obs[1].Due, err)
	}
	// A provisional consolidator's deadline makes the contributors' so.
	obs, err = Relay(cal, 2, Obligation{ID: "c", Bearer: Unit{ID: "SNV"}, Due: Due{Day: d(2028, 3, 27), Provisional: true}},
		[]Obligation{{ID: "a", Bearer: Unit{ID: "A"}}})
	if err != nil || !obs[1].Due.Provisional {
		t.Errorf("provisional: %+v %v", obs[1].Due, err)
	}
}

// TestRecurringExpand expands a monthly report of a district to Sở Nội vụ
// (level 0, "chậm nhất vào ngày 20") over the first quarter of 2026.
func TestRecurringExpand(t *testing.T) {
	cal := calendar.Default()
	reg := ND09(Monthly)
	reg.Levels = append([]Level{{Name: "UBND cấp xã → Sở Nội vụ", Rule: DueRule{Kind: ByDay, N: 20}}}, reg.Levels...)
	rec := Recurring{
		Obligation: Obligation{ID: "BC-CCHC/X1", Bearer: Unit{ID: "X1"}, Recipient: Unit{ID: "SNV"}, Subject: "cải cách hành chính"},
		Regime:     reg,
	}
	obs, err := rec.Expand(cal, d(2026, 1, 1), d(2026, 3, 31))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id  string
		due string
		win string
	}{
		// 20/1/2026 Tuesday; 20/2/2026 is Tết (mùng 4) → Monday 23/2; 20/3 Friday.
		{"BC-CCHC/X1/2026-01", "2026-01-20", "15/12/2025 – 14/01/2026"},
		{"BC-CCHC/X1/2026-02", "2026-02-23", "15/01/2026 – 14/02/2026"},
		{"BC-CCHC/X1/2026-03", "2026-03-20", "15/02/2026 – 14/03/2026"},
	}
	if len(obs) != len(want) {
		t.Fatalf("%d obligations", len(obs))
	}
	for i, w := range want {
		if obs[i].ID != w.id || obs[i].Due.Day.String() != w.due || obs[i].Window.String() != w.win || obs[i].Subject != "cải cách hành chính" {
			t.Errorf("%d: %s %v %v", i, obs[i].ID, obs[i].Due.Day, obs[i].Window)
		}
	}
	rec.Level = 2
	if _, err := rec.Expand(cal, d(2026, 1, 1), d(2026, 3, 31)); !errors.Is(err, ErrInvalid) {
		t.Errorf("level 2: %v", err)
	}
}
