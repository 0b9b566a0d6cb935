package reporting

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/vanban-go/vanban/calendar"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestHamilton(t *testing.T) {
	for _, tt := range []struct {
		counts []int
		want   []string
	}{
		{[]int{1, 1, 1}, []string{"33.34", "33.33", "33.33"}}, // tie: the earlier first
		{[]int{2, 1, 0}, []string{"66.67", "33.33", "0"}},
		{[]int{5, 1, 0}, []string{"83.33", "16.67", "0"}},
		{[]int{1, 0, 0}, []string{"100", "0", "0"}},
		// 14.2857…, 71.4285…, 14.2857…: truncated 14.28 + 71.42 + 14.28 = 99.98;
		// the two hundredths go to the largest remainders, 0.857 (71.42) and
		// then 0.571 (the first 14.28).
		{[]int{1, 5, 1}, []string{"14.29", "71.43", "14.28"}},
		{[]int{0, 0, 0}, []string{"0", "0", "0"}},
	} {
		total := 0
		for _, c := range tt.counts {
			total += c
		}
		got := hamilton(tt.counts, total)
		for i := range got {
			if !got[i].Equal(dec(tt.want[i])) {
				t.Errorf("hamilton(%v) = %v, want %v", tt.counts, got, tt.want)
				break
			}
		}
	}
}

func TestSummarize(t *testing.T) {
	cal := calendar.Default()
	obs := seedByHand(t)
	// As of Monday 22/11/2021 08:00: Sở Nội vụ consolidated on time on
	// 19/11; Sở Y tế sent on 11/11 (early); Sở Nội vụ's own report on 15/11
	// (late by 1 working day: internal deadline 12/11); Rạch Giá nothing
	// (overdue since 12/11: 15–19 and 22/11, 6 working days).
	subs := []Submission{
		{Obligation: "491/UBND-KGVX/tổng hợp", Unit: "SNV", At: at(2021, 11, 19, 16, 0)},
		{Obligation: "491/UBND-KGVX/SYT", Unit: "SYT", At: at(2021, 11, 11, 9, 0)},
		{Obligation: "491/UBND-KGVX/SNV", Unit: "SNV", At: at(2021, 11, 15, 9, 0)},
	}
	rep, err := Evaluate(cal, obs, subs, at(2021, 11, 22, 8, 0), Options{DueSoon: 3})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rep)
	o := s.Overall
	if o.Total != 4 || o.OnTime != 2 || o.Early != 1 || o.Late != 1 || o.Overdue != 1 || o.Assessed != 4 ||
		o.WorkdaysLate != 1 || o.WorkdaysOverdue != 6 {
		t.Errorf("overall %+v", o)
	}
	if !o.OnTimeRate.Equal(dec("50")) || !o.LateRate.Equal(dec("25")) || !o.OverdueRate.Equal(dec("25")) ||
		!o.MeanWorkdaysLate.Equal(dec("1")) || !o.MeanWorkdaysOverdue.Equal(dec("6")) {
		t.Errorf("overall rates %v %v %v means %v %v", o.OnTimeRate, o.LateRate, o.OverdueRate, o.MeanWorkdaysLate, o.MeanWorkdaysOverdue)
	}
	if len(s.Units) != 3 || s.Units[0].Unit.ID != "SNV" || s.Units[1].Unit.ID != "SYT" || s.Units[2].Unit.ID != "RG" {
		t.Fatalf("units %+v", s.Units)
	}
	snv := s.Units[0]
	if snv.Total != 2 || snv.OnTime != 1 || snv.Late != 1 || !snv.OnTimeRate.Equal(dec("50")) {
		t.Errorf("SNV %+v", snv)
	}
	want := `Tình hình gửi báo cáo tính đến 08:00 ngày 22/11/2021
Đơn vị                   Tổng  Đúng hạn  Trễ hạn  Quá hạn  Chưa đến hạn  Tỷ lệ đúng hạn  Số ngày trễ TB
Sở Nội vụ                2     1         1        0        0             50,00 %         1,00
Sở Y tế                  1     1         0        0        0             100,00 %        –
UBND thành phố Rạch Giá  1     0         0        1        0             0,00 %          –
Tổng cộng                4     2         1        1        0             50,00 %         1,00
`
	if got := s.Text(); got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}

	// With a report required without a deadline (as Công văn 2541/VPCP-QHQT
	// requires one), not yet sent: counted in its own column, not assessed.
	undated := Obligation{ID: "2541", Bearer: Unit{"BCT", "Bộ Công Thương"}, Due: Due{NoDeadline: true}}
	rep, err = Evaluate(cal, append(obs, undated), subs, at(2021, 11, 22, 8, 0), Options{DueSoon: 3})
	if err != nil {
		t.Fatal(err)
	}
	s = Summarize(rep)
	if o := s.Overall; o.Total != 5 || o.NoDeadline != 1 || o.Assessed != 4 || !o.OnTimeRate.Equal(dec("50")) {
		t.Errorf("overall %+v", o)
	}
	want = `Tình hình gửi báo cáo tính đến 08:00 ngày 22/11/2021
Đơn vị                   Tổng  Đúng hạn  Trễ hạn  Quá hạn  Chưa đến hạn  Không có hạn  Tỷ lệ đúng hạn  Số ngày trễ TB
Sở Nội vụ                2     1         1        0        0             0             50,00 %         1,00
Sở Y tế                  1     1         0        0        0             0             100,00 %        –
UBND thành phố Rạch Giá  1     0         0        1        0             0             0,00 %          –
Bộ Công Thương           1     0         0        0        0             1             –               –
Tổng cộng                5     2         1        1        0             1             50,00 %         1,00
`
	if got := s.Text(); got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
}
