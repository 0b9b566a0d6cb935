package reporting

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
)

// firstProvisional is the first day of the first year without an announced
// schedule in calendar.Default (calendar.DataSource: 2010–2027).
var firstProvisional = d(2028, 1, 1)

// TestPropertyOccurrence checks, for random periods of 2000–2198 and random
// rules, that windows tile the time line, that a due day obeys its day-off
// rule, and that provisional due days are those touching an unannounced
// year.
func TestPropertyOccurrence(t *testing.T) {
	cal := calendar.Default()
	rng := rand.New(rand.NewPCG(9, 2019))
	freqs := []Frequency{Monthly, Quarterly, HalfYearly, NineMonths, Annual}
	for i := 0; i < 3000; i++ {
		f := freqs[rng.IntN(len(freqs))]
		r := Regime{
			Frequency: f,
			Cutoff:    1 + rng.IntN(31),
			DayOff:    DayOffRule(rng.IntN(3)),
			Before:    deadline.Policy(rng.IntN(3)),
			Levels: []Level{
				{Rule: DueRule{Kind: ByDay, N: 1 + rng.IntN(31), MonthOffset: rng.IntN(2)}},
				{Rule: DueRule{Kind: BeforeDay, N: 1 + rng.IntN(31)}},
				{Rule: DueRule{Kind: AfterCutoff, N: 1 + rng.IntN(5)}},
			},
		}
		if r.Before == deadline.StrictBackward && r.DayOff == KeepDay {
			r.DayOff = MoveForward // a contradiction Validate rejects
		}
		p := PeriodOf(f, date.Date(int(calendar.MinDate)+40+rng.IntN(int(calendar.MaxDate-calendar.MinDate)-800)))
		o, err := r.Occurrence(cal, p)
		if err != nil {
			t.Fatalf("%v %+v: %v", p, r, err)
		}
		// One reading of "trước ngày": unless the regime's own day-off rule
		// overrides the move, the BeforeDay level is due when package
		// deadline says the phrase "trước ngày N/M/Y" is due.
		if r.DayOff == MoveForward || r.Before == deadline.StrictBackward {
			_, lastMonth := p.months()
			named := dayOfMonth(p.Year, lastMonth, r.Levels[1].Rule.N)
			y, m, dd := named.Date()
			e, err := deadline.Parse("trước ngày " + strconv.Itoa(dd) + "/" + strconv.Itoa(int(m)) + "/" + strconv.Itoa(y))
			if err != nil {
				t.Fatal(err)
			}
			res, err := e.Resolve(cal, deadline.Context{Policy: r.Before})
			if err != nil {
				t.Fatal(err)
			}
			if got := o.Dues[1].Due; got.Day != res.Due || got.Explanation.Policy != r.Before.String() {
				t.Fatalf("%v %v, trước ngày %v: due %v %q, package deadline %v", p, r.Before, named, got.Day, got.Explanation.Policy, res.Due)
			}
		}
		next, err := r.Window(p.Next())
		if err != nil {
			t.Fatal(err)
		}
		// Windows of consecutive periods tile, except the nine-month ones,
		// which leave out the last quarter.
		if f != NineMonths && next.From != o.Window.To+1 || o.Window.To < o.Window.From || !p.Span().Contains(o.Window.To) {
			t.Fatalf("%v: window %v, next %v", p, o.Window, next)
		}
		for j, ld := range o.Dues {
			due := ld.Due
			working := cal.IsWorkday(due.Day)
			switch {
			case r.Levels[j].Rule.Kind == AfterCutoff:
				if !working || ld.WorkdaysAfterCutoff != r.Levels[j].Rule.N {
					t.Fatalf("%v level %d: %v, %d after cut-off", p, j, due.Day, ld.WorkdaysAfterCutoff)
				}
			case r.DayOff == KeepDay:
				// The day the rule names, unmoved.
			case !working:
				t.Fatalf("%v level %d rule %v: %v is not a working day", p, j, r.DayOff, due.Day)
			}
			if !due.Deadline().Equal(EndOfDay(due.Day)) {
				t.Fatalf("%v: deadline %v", p, due.Deadline())
			}
			if due.Day >= firstProvisional && !due.Provisional || due.Day < firstProvisional-40 && due.Provisional {
				t.Fatalf("%v level %d: due %v provisional %v", p, j, due.Day, due.Provisional)
			}
			if len(due.Explanation.Steps) < 2 || due.Explanation.Text == "" {
				t.Fatalf("%v: explanation %+v", p, due.Explanation)
			}
		}
	}
}

// TestPropertyEvaluate checks on random obligations, submissions and as-of
// instants that statuses agree with the deadlines, that the working-day
// counts invert calendar.AddWorkdays, that every submission is accounted
// for, and that the statistics add up with rates between 0 and 100.
func TestPropertyEvaluate(t *testing.T) {
	cal := calendar.Default()
	rng := rand.New(rand.NewPCG(20, 2021))
	base := d(2024, 1, 1)
	instant := func(around date.Date) time.Time {
		day := around + date.Date(rng.IntN(60)-30)
		return day.MidnightIn(ict).Add(time.Duration(rng.IntN(24*60)) * time.Minute)
	}
	for round := 0; round < 200; round++ {
		n := 1 + rng.IntN(30)
		obs := make([]Obligation, n)
		for i := range obs {
			due := Due{Day: base + date.Date(rng.IntN(3*365))}
			switch rng.IntN(8) {
			case 0, 1:
				due.End = due.Day.MidnightIn(ict).Add(time.Duration(8+rng.IntN(10)) * time.Hour)
			case 2:
				due = Due{NoDeadline: true}
			}
			obs[i] = Obligation{ID: "o" + strconv.Itoa(i), Bearer: Unit{ID: "u" + strconv.Itoa(rng.IntN(5))}, Due: due}
		}
		var subs []Submission
		around := func(o Obligation) date.Date {
			if o.Due.NoDeadline {
				return base + date.Date(rng.IntN(3*365))
			}
			return o.Due.Day
		}
		for range rng.IntN(2 * n) {
			o := obs[rng.IntN(n)]
			s := Submission{Obligation: o.ID, At: instant(around(o))}
			switch rng.IntN(10) {
			case 0:
				s.Obligation = "unknown"
			case 1:
				s.Unit = "elsewhere"
			case 2, 3:
				s.Unit = o.Bearer.ID
			}
			subs = append(subs, s)
		}
		asOf := instant(around(obs[rng.IntN(n)]))
		opt := Options{DueSoon: rng.IntN(6) - 1}
		rep, err := Evaluate(cal, obs, subs, asOf, opt)
		if err != nil {
			t.Fatal(err)
		}
		counted := 0
		for i, it := range rep.Items {
			dl := obs[i].Due.Deadline()
			sub := it.Submission
			undated := obs[i].Due.NoDeadline
			switch it.Status {
			case OnTime, Late:
				counted++
				if undated && (it.Status != OnTime || it.WorkdaysEarly != 0) {
					t.Fatalf("without a deadline: %+v", it)
				}
				if sub.At.IsZero() || sub.At.After(asOf) || !undated && (it.Status == OnTime) != sub.At.Before(dl) {
					t.Fatalf("%v: submitted %v, deadline %v, as of %v", it.Status, sub.At, dl, asOf)
				}
				day := DayOf(sub.At)
				if it.Status == Late && day > it.Obligation.Due.Day && cal.IsWorkday(day) {
					if x, _ := cal.AddWorkdays(it.Obligation.Due.Day, it.WorkdaysLate); x != day {
						t.Fatalf("late %d from %v: %v, submitted %v", it.WorkdaysLate, it.Obligation.Due.Day, x, day)
					}
				}
				if it.Status == OnTime && !undated && day < it.Obligation.Due.Day && cal.IsWorkday(it.Obligation.Due.Day) {
					if x, _ := cal.AddWorkdays(day, it.WorkdaysEarly); x != it.Obligation.Due.Day {
						t.Fatalf("early %d from %v: %v, due %v", it.WorkdaysEarly, day, x, it.Obligation.Due.Day)
					}
				}
			case Overdue:
				if undated || !sub.At.IsZero() || asOf.Before(dl) || it.WorkdaysLate < 0 {
					t.Fatalf("overdue: %+v as of %v", it, asOf)
				}
			case NoDeadline:
				if !undated || !sub.At.IsZero() || it.WorkdaysLeft != 0 || it.WorkdaysLate != 0 {
					t.Fatalf("no deadline: %+v", it)
				}
			case NotDue, DueSoon:
				if !sub.At.IsZero() || !asOf.Before(dl) || it.WorkdaysLeft < 0 || (it.Status == DueSoon) != (it.WorkdaysLeft <= opt.DueSoon) {
					t.Fatalf("%v: %+v as of %v", it.Status, it, asOf)
				}
			default:
				t.Fatalf("status %v", it.Status)
			}
			if it.WorkdaysEarly < 0 || it.WorkdaysLate < 0 || it.WorkdaysLeft < 0 {
				t.Fatalf("negative count %+v", it)
			}
		}
		if counted+len(rep.Irregular)+rep.Later != len(subs) {
			t.Fatalf("%d counted + %d irregular + %d later != %d submissions", counted, len(rep.Irregular), rep.Later, len(subs))
		}
		checkSummary(t, Summarize(rep))
	}
}

func checkSummary(t *testing.T, s Summary) {
	t.Helper()
	hundred := decimal.NewFromInt(100)
	var sum Stats
	for _, st := range append(s.Units, s.Overall) {
		rates := []decimal.Decimal{st.OnTimeRate, st.LateRate, st.OverdueRate}
		total := decimal.Zero
		for _, r := range rates {
			if r.IsNegative() || r.GreaterThan(hundred) || r.Exponent() < -2 {
				t.Fatalf("rate %v", r)
			}
			total = total.Add(r)
		}
		if st.Assessed > 0 && !total.Equal(hundred) || st.Assessed == 0 && !total.IsZero() {
			t.Fatalf("rates add up to %v with %d assessed", total, st.Assessed)
		}
		if st.NotDue+st.DueSoon+st.Overdue+st.OnTime+st.Late+st.NoDeadline != st.Total || st.Early > st.OnTime ||
			st.Assessed != st.OnTime+st.Late+st.Overdue {
			t.Fatalf("counts %+v", st)
		}
	}
	for _, st := range s.Units {
		sum.Total += st.Total
		sum.OnTime += st.OnTime
		sum.Late += st.Late
		sum.Overdue += st.Overdue
		sum.NoDeadline += st.NoDeadline
		sum.WorkdaysLate += st.WorkdaysLate
	}
	o := s.Overall
	if sum.Total != o.Total || sum.OnTime != o.OnTime || sum.Late != o.Late || sum.Overdue != o.Overdue || sum.WorkdaysLate != o.WorkdaysLate ||
		sum.NoDeadline != o.NoDeadline {
		t.Fatalf("units do not add up to the overall counts: %+v vs %+v", sum, o)
	}
}

// TestPropertyHamilton checks every split of up to 60 obligations: the
// rates add up to exactly 100 and each is within 0.01 of the exact value.
func TestPropertyHamilton(t *testing.T) {
	for a := 0; a <= 60; a++ {
		for b := 0; a+b <= 60; b++ {
			for c := 0; a+b+c <= 60; c++ {
				n := a + b + c
				if n == 0 {
					continue
				}
				got := hamilton([]int{a, b, c}, n)
				total := decimal.Zero
				for i, k := range []int{a, b, c} {
					exact := decimal.NewFromInt(int64(k * 100)).Div(decimal.NewFromInt(int64(n)))
					if got[i].Sub(exact).Abs().GreaterThanOrEqual(decimal.New(1, -2)) {
						t.Fatalf("%d/%d: %v, exact %v", k, n, got[i], exact)
					}
					total = total.Add(got[i])
				}
				if !total.Equal(decimal.NewFromInt(100)) {
					t.Fatalf("%d %d %d: sum %v", a, b, c, total)
				}
			}
		}
	}
}
