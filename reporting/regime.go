package reporting

import (
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
)

// ND09Cutoff is the last day of the data window in the period's last month
// under Nghị định 09/2019/NĐ-CP Điều 12: the window runs from the 15th of
// the month before the period to the 14th of its last month.
const ND09Cutoff = 14

// Regime is a periodic reporting regime (chế độ báo cáo định kỳ) as a user
// configures it: its frequency, its data windows and the submission deadline
// of each level. [ND09] returns the regime of Nghị định 09/2019/NĐ-CP for a
// frequency; a province's or ministry's own regime changes its levels.
//
// A Regime is a plain value: copy it and change its fields. Its methods do not
// modify it; the Levels slice must not be modified while in use.
type Regime struct {
	// Name is the report's title (tên báo cáo), for display.
	Name string `json:"name,omitempty"`
	// Frequency is how often the report is made (tần suất).
	Frequency Frequency `json:"frequency"`
	// Cutoff fixes the data window (thời gian chốt số liệu) of each period.
	// For a monthly-based frequency it is the last day of the window in
	// the period's last month, the window starting the day after the same
	// day of the month before the period: 14 under Nghị định 09/2019/NĐ-CP
	// Điều 12 (ND09Cutoff), 31 for calendar months (a day past the end of a
	// short month means its last day). For Weekly it is the ISO weekday on
	// which the window ends within the reporting week, 1 (Monday) to 7
	// (Sunday): 3 in Thông tư 55/2020/TT-BCT Điều 8 khoản 1 điểm a (Thursday
	// of the previous week to Wednesday). 0 means the regime has no data
	// windows, as statistical regimes outside the decree (Điều 1 khoản 2).
	// Windows are data boundaries: they never move for days off.
	Cutoff int `json:"cutoff"`
	// WindowBasis cites where the windows come from.
	WindowBasis string `json:"windowBasis,omitempty"`
	// Levels are the submission deadlines of each level (cấp), from the
	// lowest reporter up: Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b
	// requires a deadline for each reporter and each level of a report
	// consolidated through several levels. At least one.
	Levels []Level `json:"levels"`
	// DayOff says what happens to a fixed due day (of a ByDay, BeforeDay or
	// OnWeekday rule) that is not a working day; the zero value,
	// MoveForward, is Bộ luật Dân sự 2015 Điều 148 khoản 5. In JSON:
	// "forward", "keep" or "backward".
	DayOff DayOffRule `json:"dayOff"`
	// Before is the reading of "trước ngày N" in a BeforeDay rule, a
	// [deadline.Policy] applied by package deadline exactly as to the same
	// phrase in a directive: [deadline.Strict], the zero value, ends on
	// day N−1 (the letter of the text); [deadline.Inclusive] on day N;
	// [deadline.StrictBackward] on day N−1 moved back to the previous
	// working day when it is a day off, whatever DayOff says, for that
	// policy carries its own move (so it does not combine with KeepDay).
	// Other rules include their day by their words and ignore Before. In
	// JSON: "strict", "inclusive" or "strict-backward".
	Before deadline.Policy `json:"before"`
}

// Level is one level of a regime: who reports to whom, and by when.
type Level struct {
	// Name says who reports to whom: "UBND cấp tỉnh → Chính phủ".
	Name string `json:"name"`
	// Rule is the submission deadline.
	Rule DueRule `json:"rule"`
	// Basis cites the text that sets the deadline.
	Basis string `json:"basis,omitempty"`
}

const nd09 = "Nghị định 09/2019/NĐ-CP"

// GovernmentLevel returns the level of Nghị định 09/2019/NĐ-CP Điều 13
// khoản 1: ministries, ministerial-level agencies, government agencies and
// provincial People's Committees report to the Government and the Prime
// Minister "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", day 25
// included.
func GovernmentLevel() Level {
	return Level{
		Name:  "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND cấp tỉnh → Chính phủ, Thủ tướng Chính phủ",
		Rule:  DueRule{Kind: ByDay, N: 25},
		Basis: nd09 + " Điều 13 khoản 1",
	}
}

// ND09 returns the regime of Nghị định 09/2019/NĐ-CP for frequency f: the
// data windows of Điều 12 (monthly khoản 1, quarterly khoản 2, half-yearly
// khoản 3, annual khoản 4; the nine-month window, which the decree does not
// define, by the provincial convention 15/12 of the previous year to 14/9,
// e.g. Quyết định 01/2023/QĐ-UBND of Khánh Hòa Điều 4) and the one level of
// Điều 13 khoản 1, [GovernmentLevel]. Điều 13 khoản 2 leaves the days of the
// lower levels to each ministry's and province's own regime: append them
// before GovernmentLevel, lowest first.
//
// The decree defines no weekly period: ND09(Weekly) has no windows and no
// levels, and [Regime.Validate] rejects it until both are set, as in
// Thông tư 55/2020/TT-BCT (Cutoff 3, levels on Wednesday, Thursday, Friday).
func ND09(f Frequency) Regime {
	r := Regime{Name: "Báo cáo định kỳ " + f.Vietnamese(), Frequency: f}
	if f == Weekly || !f.Valid() {
		return r
	}
	r.Cutoff = ND09Cutoff
	switch f {
	case Monthly:
		r.WindowBasis = nd09 + " Điều 12 khoản 1"
	case Quarterly:
		r.WindowBasis = nd09 + " Điều 12 khoản 2"
	case HalfYearly:
		r.WindowBasis = nd09 + " Điều 12 khoản 3"
	case NineMonths:
		r.WindowBasis = "quy ước cấp tỉnh, ví dụ Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa Điều 4; " + nd09 + " không quy định kỳ 9 tháng"
	case Annual:
		r.WindowBasis = nd09 + " Điều 12 khoản 4"
	}
	r.Levels = []Level{GovernmentLevel()}
	return r
}

// Validate reports what is wrong with r, as an error wrapping [ErrInvalid],
// or nil: an unknown frequency, day-off rule or reading, a cut-off day out
// of range, no level, or a level whose rule does not fit the frequency.
func (r Regime) Validate() error {
	const op = "Regime.Validate"
	if !r.Frequency.Valid() {
		return invalid(op, r.Name, "unknown frequency "+r.Frequency.String())
	}
	maxCut := 31
	if r.Frequency == Weekly {
		maxCut = 7
	}
	if r.Cutoff < 0 || r.Cutoff > maxCut {
		return invalid(op, r.Name, "cut-off "+strconv.Itoa(r.Cutoff)+" outside 0–"+strconv.Itoa(maxCut))
	}
	if r.DayOff > MoveBackward {
		return invalid(op, r.Name, "unknown day-off rule "+r.DayOff.String())
	}
	if r.Before > deadline.StrictBackward {
		return invalid(op, r.Name, "unknown reading of “trước ngày” "+r.Before.String())
	}
	if r.Before == deadline.StrictBackward && r.DayOff == KeepDay {
		return invalid(op, r.Name, "reading strict-backward moves a due day off back, day-off rule keep keeps it: choose one")
	}
	if len(r.Levels) == 0 {
		return invalid(op, r.Name, "no level")
	}
	for i, lv := range r.Levels {
		if msg := lv.Rule.check(r.Frequency, r.Cutoff); msg != "" {
			return invalid(op, r.Name, "level "+strconv.Itoa(i)+" ("+lv.Name+"): "+msg)
		}
	}
	return nil
}

// Window returns the data window of period p (thời gian chốt số liệu),
// both ends included, or the zero Window if the regime has none (Cutoff 0).
// Under Nghị định 09/2019/NĐ-CP Điều 12: March 2026 is 15/2/2026–14/3/2026,
// the first quarter 15/12/2025–14/3/2026, the first half
// 15/12/2025–14/6/2026, the year 2026 15/12/2025–14/12/2026. The window does
// not move when its ends fall on days off.
//
// The error wraps [ErrInvalid] if p is not a valid period of the regime's
// frequency or the cut-off is out of range.
func (r Regime) Window(p Period) (Window, error) {
	if !p.Valid() || p.Frequency != r.Frequency {
		return Window{}, invalid("Regime.Window", p.String(), "not a "+r.Frequency.String()+" period")
	}
	if r.Cutoff == 0 {
		return Window{}, nil
	}
	if r.Frequency == Weekly {
		if r.Cutoff > 7 {
			return Window{}, invalid("Regime.Window", p.String(), "cut-off weekday "+strconv.Itoa(r.Cutoff)+" outside 1–7")
		}
		to := isoWeekMonday(p.Year, p.N) + date.Date(r.Cutoff-1)
		return Window{From: to - 6, To: to}, nil
	}
	if r.Cutoff > 31 {
		return Window{}, invalid("Regime.Window", p.String(), "cut-off day "+strconv.Itoa(r.Cutoff)+" outside 1–31")
	}
	first, last := p.months()
	return Window{
		From: dayOfMonth(p.Year, first-1, r.Cutoff) + 1,
		To:   dayOfMonth(p.Year, last, r.Cutoff),
	}, nil
}

// dayOfMonth returns day d of month m of year y, m counted on past December
// or back before January, d clamped to the month's last day.
func dayOfMonth(y, m, d int) date.Date {
	first := date.New(y, time.Month(m), 1)
	return first + date.Date(min(d, first.LastDayOfMonth())-1)
}

// Occurrence is one occurrence of a periodic report: its period, its data
// window and the due day of each level of the regime.
type Occurrence struct {
	Period Period     `json:"period"`
	Window Window     `json:"window,omitzero"`
	Dues   []LevelDue `json:"dues"`
}

// LevelDue is the due day of one level in one period.
type LevelDue struct {
	// Level is the level's name.
	Level string `json:"level"`
	// Due is the due day, with its explanation.
	Due Due `json:"due"`
	// WorkdaysAfterCutoff is the number of working days from the end of the
	// data window to the due day, the last day of the window not counted.
	// Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b asks for at least one.
	// It is 0 when the regime has no windows.
	WorkdaysAfterCutoff int `json:"workdaysAfterCutoff"`
}

// Occurrence returns the window and the due day of every level for period
// p, on calendar cal.
//
// A ByDay rule ends on day N of the period's last month (plus MonthOffset
// months) and an OnWeekday rule on that weekday of the reporting week: their
// words include the day. A BeforeDay rule ends on the day before day N or on
// day N itself, as the regime's reading [Regime.Before] says; package
// deadline reads it, as it reads "trước ngày X" in a directive. A last day
// that is not a working day then moves by the regime's DayOff rule (back,
// for a BeforeDay rule read deadline.StrictBackward). An AfterCutoff rule is
// due on the N-th working day after the window's last day, never a day off.
// The explanation of each Due says which rules applied, in Vietnamese, and
// its Policy is the reading of a BeforeDay rule ("strict", "inclusive",
// "strict-backward") or "inclusive" for the rules whose words include the
// day.
//
// The error wraps [ErrInvalid] for an invalid regime or period, and the
// calendar's error (such as calendar.ErrOutOfRange) when a day is outside
// the calendar.
func (r Regime) Occurrence(cal *calendar.Calendar, p Period) (Occurrence, error) {
	if err := r.Validate(); err != nil {
		return Occurrence{}, err
	}
	win, err := r.Window(p)
	if err != nil {
		return Occurrence{}, err
	}
	o := Occurrence{Period: p, Window: win, Dues: make([]LevelDue, len(r.Levels))}
	for i, lv := range r.Levels {
		due, err := r.levelDue(cal, p, win, lv)
		if err != nil {
			return Occurrence{}, err
		}
		o.Dues[i] = LevelDue{Level: lv.Name, Due: due}
		if !win.IsZero() {
			n, err := cal.WorkdaysBetween(win.To, due.Day)
			if err != nil {
				return Occurrence{}, wrapCal("Regime.Occurrence", p.String(), err)
			}
			o.Dues[i].WorkdaysAfterCutoff = n
		}
	}
	return o, nil
}

// levelDue computes the due day of one level in period p.
func (r Regime) levelDue(cal *calendar.Calendar, p Period, win Window, lv Level) (Due, error) {
	const op = "Regime.Occurrence"
	var (
		steps  []string
		policy string
		raw    date.Date // the day the rule names, before any move
		last   date.Date // the last day by the reading, before the day-off rule
		due    date.Date
	)
	cite := func(s string) string {
		if lv.Basis != "" {
			return s + " (" + lv.Basis + ")"
		}
		return s
	}
	if !win.IsZero() {
		step := "Thời gian chốt số liệu " + p.Vietnamese() + ": " + win.String()
		if r.WindowBasis != "" {
			step += " (" + r.WindowBasis + ")"
		}
		steps = append(steps, step+".")
	}
	rule := lv.Rule
	switch rule.Kind {
	case ByDay, BeforeDay:
		_, lastMonth := p.months()
		raw = dayOfMonth(p.Year, lastMonth+rule.MonthOffset, rule.N)
		last = raw
		if rule.Kind == ByDay {
			policy = deadline.Inclusive.String()
			steps = append(steps, cite("Thời hạn "+rule.String()+": ngày cuối là "+dmy(raw))+".")
			break
		}
		steps = append(steps, cite("Thời hạn "+rule.String()+": "+dayName(raw))+".")
		var step string
		var err error
		if last, step, err = r.readBefore(cal, raw); err != nil {
			return Due{}, wrapCal(op, p.String(), err)
		}
		steps = append(steps, step)
		policy = r.Before.String()
	case OnWeekday:
		raw = isoWeekMonday(p.Year, p.N) + date.Date(rule.N-1)
		last = raw
		policy = deadline.Inclusive.String()
		steps = append(steps, cite("Thời hạn "+rule.String()+" "+p.Vietnamese()+": "+dayName(raw))+".")
	case AfterCutoff:
		raw = win.To
		d, err := cal.AddWorkdays(win.To, rule.N)
		if err != nil {
			return Due{}, wrapCal(op, p.String(), err)
		}
		step := cite("Thời hạn "+rule.String()+" "+dmy(win.To)) + "; không tính ngày chốt (Bộ luật Dân sự 2015 Điều 147 khoản 2)"
		if rule.N <= 10 {
			step += ":"
			k := 0
			for x := win.To + 1; x <= d; x++ {
				if cal.IsWorkday(x) {
					k++
					if k > 1 {
						step += ","
					}
					step += " " + dayName(x) + " (" + strconv.Itoa(k) + ")"
				}
			}
		} else {
			step += ": " + dayName(d)
		}
		steps = append(steps, step+".")
		last, due = d, d
	}
	if rule.Kind != AfterCutoff {
		move, byPolicy := r.DayOff, rule.Kind == BeforeDay && r.Before == deadline.StrictBackward
		if byPolicy {
			move = MoveBackward // the reading carries its own move
		}
		var err error
		due, steps, err = applyDayOff(cal, move, byPolicy, last, steps)
		if err != nil {
			return Due{}, wrapCal(op, p.String(), err)
		}
	}
	steps = append(steps, "Hết hạn lúc 24 giờ 00 ngày "+dmy(due)+" (Bộ luật Dân sự 2015 Điều 148 khoản 6).")
	lo, hi := min(raw, last, due), max(raw, last, due)
	prov, err := provisional(cal, lo, hi)
	if err != nil {
		return Due{}, wrapCal(op, p.String(), err)
	}
	text := "Hạn gửi báo cáo " + p.Vietnamese()
	if lv.Name != "" {
		text += " (" + lv.Name + ")"
	}
	text += ": hết ngày " + dayName(due) + "."
	if prov {
		text += " Tạm tính: lịch nghỉ của năm chưa được công bố."
	}
	return Due{
		Day:         due,
		End:         EndOfDay(due),
		Provisional: prov,
		Explanation: Explanation{Text: text, Steps: steps, Policy: policy},
	}, nil
}

// readBefore returns the last day of "trước ngày X" for the day X named,
// and the step that says why, under the regime's reading. Package deadline
// reads it, as it reads the same phrase in a directive, so that "trước
// ngày" has one reading in the whole library; the day-off rule is applied
// afterwards.
func (r Regime) readBefore(cal *calendar.Calendar, named date.Date) (date.Date, string, error) {
	y, m, dd := named.Date()
	e := deadline.Expr{Kind: deadline.FixedDay, Bound: deadline.Before, Day: deadline.Day{Year: y, Month: int(m), Day: dd}}
	res, err := e.Resolve(cal, deadline.Context{Policy: r.Before})
	if err != nil {
		return 0, "", err
	}
	for _, s := range res.Steps {
		if s.Rule == deadline.RuleExclusive || s.Rule == deadline.RuleInclusivePolicy {
			return res.Last, strings.TrimSuffix(s.Note, ".") + " (" + s.Basis + ").", nil
		}
	}
	return res.Last, "Ngày cuối là " + dayName(res.Last) + ".", nil
}

// applyDayOff applies a day-off rule to the last day of a period and says
// so in a step. byPolicy says that a backward move comes from the reading
// strict-backward rather than from the regime's day-off rule.
func applyDayOff(cal *calendar.Calendar, rule DayOffRule, byPolicy bool, last date.Date, steps []string) (date.Date, []string, error) {
	info := cal.Day(last)
	if info.Kind == 0 {
		_, err := cal.WorkdayOnOrAfter(last) // the calendar's out-of-range error
		return 0, steps, err
	}
	if info.Kind.Working() {
		return last, steps, nil
	}
	off := dayName(last) + " là ngày nghỉ (" + info.Name + ")"
	switch rule {
	case KeepDay:
		return last, append(steps, off+"; chế độ báo cáo giữ nguyên hạn, không chuyển ngày."), nil
	case MoveBackward:
		d, err := cal.WorkdayOnOrBefore(last)
		if err != nil {
			return 0, steps, err
		}
		why := "theo thực tiễn văn phòng do chế độ báo cáo chọn"
		if byPolicy {
			why = "theo cách hiểu strict-backward của “trước ngày” mà chế độ báo cáo chọn"
		}
		return d, append(steps, off+": lùi về ngày làm việc liền trước, "+dayName(d)+" ("+why+"; Bộ luật Dân sự 2015 không quy định)."), nil
	}
	d, err := cal.WorkdayOnOrAfter(last)
	if err != nil {
		return 0, steps, err
	}
	return d, append(steps, off+": chuyển sang ngày làm việc tiếp theo, "+dayName(d)+" (Bộ luật Dân sự 2015 Điều 148 khoản 5)."), nil
}

// provisional reports whether a day of lo..hi is provisional in cal.
func provisional(cal *calendar.Calendar, lo, hi date.Date) (bool, error) {
	for d := lo; d <= hi; d++ {
		info := cal.Day(d)
		if info.Kind == 0 {
			_, err := cal.WorkdayOnOrAfter(d)
			return false, err
		}
		if info.Provisional {
			return true, nil
		}
	}
	return false, nil
}

// Periods returns the periods of the regime's frequency whose span
// ([Period.Span]) ends within from..to, both included, in order. Ranges that
// tile the time line thus list every period exactly once: 1/1/2026–31/12/2026
// gives the twelve months of 2026 for a monthly regime. The error wraps
// [ErrInvalid] for an unknown frequency or a range outside the years
// 1–9999.
func (r Regime) Periods(from, to date.Date) ([]Period, error) {
	if !r.Frequency.Valid() {
		return nil, invalid("Regime.Periods", r.Name, "unknown frequency "+r.Frequency.String())
	}
	p := PeriodOf(r.Frequency, from)
	if p.IsZero() || PeriodOf(r.Frequency, to).IsZero() {
		return nil, invalid("Regime.Periods", from.String()+".."+to.String(), "outside the years 1–9999")
	}
	var out []Period
	for ; !p.IsZero(); p = p.Next() {
		end := p.Span().To
		if end > to {
			break
		}
		if end >= from {
			out = append(out, p)
		}
	}
	return out, nil
}

// Occurrences returns the occurrences of the periods of [Regime.Periods]
// from..to, in order.
func (r Regime) Occurrences(cal *calendar.Calendar, from, to date.Date) ([]Occurrence, error) {
	ps, err := r.Periods(from, to)
	if err != nil {
		return nil, err
	}
	out := make([]Occurrence, 0, len(ps))
	for _, p := range ps {
		o, err := r.Occurrence(cal, p)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}
