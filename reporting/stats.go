package reporting

import (
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"
)

// Stats are the compliance statistics of one unit, or of all units: counts
// by status and the rates a consolidated report prints ("tỷ lệ hoàn thành
// đúng hạn").
//
// # Rates and rounding
//
// The rates are percentages of Assessed, the obligations whose outcome is
// known as of the report's instant: OnTime + Late + Overdue (those still
// open and not yet due are left out: they cannot be judged yet; so are
// those open without a deadline, NoDeadline, which can never be judged
// until sent). An obligation without a deadline that has been sent is
// OnTime, as [Evaluate] says, and is assessed with the others. They are
// rounded to two decimal places by the largest-remainder method (Hamilton's
// method): each rate is first truncated to 0.01, then the hundredths still
// missing to make 100.00 go, one each, to the rates with the largest
// remainders, the earlier of OnTimeRate, LateRate, OverdueRate first on a
// tie. So the three rates always add up to exactly 100.00, and each differs
// from the exact value by less than 0.01. With nothing assessed all three are
// 0.
//
// The means are exact quotients rounded half away from zero to two decimal
// places ([decimal.Decimal.DivRound]); 0 when there is nothing to average.
type Stats struct {
	// Unit is the unit; zero for the overall statistics.
	Unit Unit `json:"unit,omitzero"`
	// Total is the number of obligations.
	Total int `json:"total"`
	// The number of obligations in each status; Early counts those of
	// OnTime submitted before their due day.
	NotDue     int `json:"notDue"`
	DueSoon    int `json:"dueSoon"`
	Overdue    int `json:"overdue"`
	OnTime     int `json:"onTime"`
	Early      int `json:"early"`
	Late       int `json:"late"`
	NoDeadline int `json:"noDeadline"`
	// Assessed is OnTime + Late + Overdue, the denominator of the rates.
	Assessed int `json:"assessed"`
	// WorkdaysLate sums the working days late of the Late obligations;
	// WorkdaysOverdue those of the Overdue ones as of the report's instant.
	WorkdaysLate    int `json:"workdaysLate"`
	WorkdaysOverdue int `json:"workdaysOverdue"`
	// OnTimeRate, LateRate and OverdueRate are percentages of Assessed,
	// two decimal places, adding up to 100.
	OnTimeRate  decimal.Decimal `json:"onTimeRate"`
	LateRate    decimal.Decimal `json:"lateRate"`
	OverdueRate decimal.Decimal `json:"overdueRate"`
	// MeanWorkdaysLate is WorkdaysLate / Late; MeanWorkdaysOverdue is
	// WorkdaysOverdue / Overdue; two decimal places.
	MeanWorkdaysLate    decimal.Decimal `json:"meanWorkdaysLate"`
	MeanWorkdaysOverdue decimal.Decimal `json:"meanWorkdaysOverdue"`
}

// Summary is the compliance summary of a [Report]: per unit, in the order the
// units first appear among the report's items, and overall. The counts of
// the units add up to the overall counts.
type Summary struct {
	AsOf    time.Time `json:"asOf"`
	Overall Stats     `json:"overall"`
	Units   []Stats   `json:"units"`
}

// Summarize computes the compliance statistics of r per bearer unit and
// overall.
func Summarize(r Report) Summary {
	s := Summary{AsOf: r.AsOf}
	index := map[string]int{}
	for _, it := range r.Items {
		id := it.Obligation.Bearer.ID
		i, ok := index[id]
		if !ok {
			i = len(s.Units)
			index[id] = i
			s.Units = append(s.Units, Stats{Unit: it.Obligation.Bearer})
		}
		s.Units[i].add(it)
		s.Overall.add(it)
	}
	for i := range s.Units {
		s.Units[i].finish()
	}
	s.Overall.finish()
	return s
}

func (st *Stats) add(it Item) {
	st.Total++
	switch it.Status {
	case NotDue:
		st.NotDue++
	case DueSoon:
		st.DueSoon++
	case Overdue:
		st.Overdue++
		st.WorkdaysOverdue += it.WorkdaysLate
	case NoDeadline:
		st.NoDeadline++
	case OnTime:
		st.OnTime++
		if !it.Obligation.Due.NoDeadline && DayOf(it.Submission.At) < it.Obligation.Due.Day {
			st.Early++
		}
	case Late:
		st.Late++
		st.WorkdaysLate += it.WorkdaysLate
	}
}

func (st *Stats) finish() {
	st.Assessed = st.OnTime + st.Late + st.Overdue
	r := hamilton([]int{st.OnTime, st.Late, st.Overdue}, st.Assessed)
	st.OnTimeRate, st.LateRate, st.OverdueRate = r[0], r[1], r[2]
	st.MeanWorkdaysLate = mean(st.WorkdaysLate, st.Late)
	st.MeanWorkdaysOverdue = mean(st.WorkdaysOverdue, st.Overdue)
}

// hamilton returns counts as percentages of total with two decimal places,
// rounded by the largest-remainder method so that they add up to 100.00
// exactly (all zero when total is 0). The counts must add up to total.
func hamilton(counts []int, total int) []decimal.Decimal {
	out := make([]decimal.Decimal, len(counts))
	if total <= 0 {
		for i := range out {
			out[i] = decimal.Zero
		}
		return out
	}
	const whole = 10000 // 100.00 % in hundredths of a percent
	units := make([]int64, len(counts))
	rems := make([]int64, len(counts))
	missing := int64(whole)
	for i, c := range counts {
		n := int64(c) * whole
		units[i], rems[i] = n/int64(total), n%int64(total)
		missing -= units[i]
	}
	for ; missing > 0; missing-- {
		best := -1
		for i, r := range rems {
			if r > 0 && (best < 0 || r > rems[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		units[best]++
		rems[best] = 0
	}
	for i, u := range units {
		out[i] = decimal.New(u, -2)
	}
	return out
}

// mean returns sum/n rounded half away from zero to two places, 0 for n = 0.
func mean(sum, n int) decimal.Decimal {
	if n == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(int64(sum)).DivRound(decimal.NewFromInt(int64(n)), 2)
}

// Text renders the summary as a plain-text table in Vietnamese, ready to
// paste into a consolidated report: one row per unit and a total, with the
// counts, the on-time rate and the mean working days late (decimal comma,
// two places; "–" when there is nothing to compute). A column "Không có hạn"
// counts the open obligations without a deadline, when there are any.
func (s Summary) Text() string {
	var b strings.Builder
	b.WriteString("Tình hình gửi báo cáo tính đến " + s.AsOf.In(ict).Format("15:04") + " ngày " + dmy(DayOf(s.AsOf)) + "\n")
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	undated := s.Overall.NoDeadline > 0
	head := "Đơn vị\tTổng\tĐúng hạn\tTrễ hạn\tQuá hạn\tChưa đến hạn\t"
	if undated {
		head += "Không có hạn\t"
	}
	_, _ = w.Write([]byte(head + "Tỷ lệ đúng hạn\tSố ngày trễ TB\n"))
	row := func(name string, st Stats) {
		rate, late := "–", "–"
		if st.Assessed > 0 {
			rate = vnDecimal(st.OnTimeRate) + " %"
		}
		if st.Late > 0 {
			late = vnDecimal(st.MeanWorkdaysLate)
		}
		line := name + "\t" + strconv.Itoa(st.Total) + "\t" + strconv.Itoa(st.OnTime) + "\t" +
			strconv.Itoa(st.Late) + "\t" + strconv.Itoa(st.Overdue) + "\t" + strconv.Itoa(st.NotDue+st.DueSoon) + "\t"
		if undated {
			line += strconv.Itoa(st.NoDeadline) + "\t"
		}
		_, _ = w.Write([]byte(line + rate + "\t" + late + "\n"))
	}
	for _, u := range s.Units {
		row(unitName(u.Unit), u)
	}
	row("Tổng cộng", s.Overall)
	_ = w.Flush()
	return b.String()
}

// vnDecimal formats d with two places and a decimal comma: "83,33".
func vnDecimal(d decimal.Decimal) string {
	return strings.Replace(d.StringFixed(2), ".", ",", 1)
}
