package deadline

import (
	"errors"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

// ict is Vietnam's fixed zone, UTC+7, in which due instants are given.
var ict = time.FixedZone("ICT", 7*3600)

// Context is what a resolver knows besides the expression: the document's
// date, the date of the event a period counts from, and the policy for
// "trước ngày X". The zero Context knows no date and reads "trước" strictly.
type Context struct {
	// Date is the document's date (ngày ban hành, the date of signature).
	// It supplies a year or month the phrase leaves out, the start of a
	// period counted from the document ("kể từ ngày ký", or no event
	// named), and the first occurrence of a recurring deadline.
	Date date.Date `json:"date,omitzero"`
	// Event is the day of the event the phrase counts from when it is not
	// the document's date: the day the document was received ("kể từ ngày
	// nhận được văn bản"), data closing, … Zero if unknown: such a phrase
	// then does not resolve ([ErrNeedsEvent]). A period whose phrase names
	// no event counts from Event when it is given, else from Date.
	Event date.Date `json:"event,omitzero"`
	// EventAt is the instant of the event, when known: a document registered
	// at 16:30, a file received at 15:30. If Event is zero its day (in
	// UTC+7) is the event day; if both are set they must agree.
	EventAt time.Time `json:"eventAt,omitzero"`
	// CutOff is the hour after which an event counts as happening on the
	// next working day, as does an event on a day off: 15:00 for files
	// received at a one-stop office (Nghị định 61/2018/NĐ-CP Điều 18 khoản
	// 2), for chứng thực (Nghị định 23/2015/NĐ-CP Điều 7) and hộ tịch; 17:00
	// for some procedures on the national public-service portal. No law
	// fixes office hours nationally, so it is the caller's to give. It
	// applies to the events the context supplies, with EventAt; zero for
	// none.
	CutOff Clock `json:"cutOff,omitzero"`
	// Policy is the reading of "trước ngày X"; the zero Policy is [Strict].
	Policy Policy `json:"policy"`
}

// eventDay returns the day of the event the context supplies, or zero.
func (ctx Context) eventDay() date.Date {
	if ctx.Event != 0 || ctx.EventAt.IsZero() {
		return ctx.Event
	}
	return date.NewAt(ctx.EventAt.In(ict))
}

// Resolution is a deadline expression resolved on a calendar: the due day,
// the due instant, and how they were found. It encodes to JSON with its
// steps and explanation, for a system to store.
type Resolution struct {
	// Expr is the expression resolved.
	Expr Expr `json:"expr"`
	// Policy is the policy of the context, which governs "trước ngày X".
	Policy Policy `json:"policy"`
	// Named is the day the text names: X of "trước ngày X", the last day
	// of a span, the day of a recurring deadline in its period. Zero for a
	// period from an event.
	Named date.Date `json:"named,omitzero"`
	// Event is the day a period counts from (not counted itself); zero for
	// the other kinds.
	Event date.Date `json:"event,omitzero"`
	// Last is the last day of the period before a day off moves it: X−1 for
	// "trước ngày X" read strictly, X for the inclusive phrases, the N-th
	// day after the event.
	Last date.Date `json:"last"`
	// Due is the day by whose end (or by whose stated hour) the task is
	// due: Last, or the working day a day off moved it to.
	Due date.Date `json:"due"`
	// DueAt is the due instant in UTC+7: 24:00 of Due (00:00 of the next
	// day) by Bộ luật Dân sự 2015 Điều 148 khoản 6, or the hour the text
	// states. A submission at t is on time if t is before DueAt.
	DueAt time.Time `json:"dueAt"`
	// Moved is true when Due differs from Last.
	Moved bool `json:"moved,omitzero"`
	// Provisional is true when the answer rests on a year whose schedule of
	// days off has not been announced (see calendar.DayInfo.Provisional).
	Provisional bool `json:"provisional,omitzero"`
	// Workdays is the number of working days from the document's date to
	// Due, counted as calendar.Calendar.WorkdaysBetween does (the document's
	// date excluded, Due included); 0 when the context has no date.
	Workdays int `json:"workdays"`
	// Steps are the rules applied, in order.
	Steps []Step `json:"steps"`
	// Explanation is the steps as Vietnamese prose.
	Explanation string `json:"explanation"`
}

// OnTime reports whether an act at instant t meets the deadline: t is
// before DueAt.
func (r Resolution) OnTime(t time.Time) bool { return t.Before(r.DueAt) }

// Step is one rule applied by a resolver: which rule, its legal basis, the
// day before and after it, the days off it crossed and a Vietnamese note.
type Step struct {
	Rule Rule `json:"rule"`
	// Basis is the text the rule comes from: "Bộ luật Dân sự 2015, Điều
	// 148 khoản 5", or the policy or wording behind it.
	Basis string `json:"basis"`
	// From and To are the day before and after the step (the same day for
	// a step that only checks).
	From date.Date `json:"from,omitzero"`
	To   date.Date `json:"to,omitzero"`
	// Crossed lists the days off the step went past, as the calendar
	// describes them: for a move, every day from the last day to the due
	// day; for a count of working days, the holidays, compensatory and
	// swapped days off (the weekly rest days are left out).
	Crossed []calendar.DayInfo `json:"crossed,omitempty"`
	// Note says what the step did, in Vietnamese.
	Note string `json:"note"`
}

// Resolve finds the due day of e on calendar c (calendar.Default() if c is
// nil) in the context ctx, and explains it.
//
//   - A day ([FixedDay]): the year and month the phrase leaves out come from
//     ctx.Date. "trước ngày X" ([Before]) ends on X−1 under [Strict] and
//     [StrictBackward], on X under [Inclusive]; every other phrase ends on
//     X. A last day that is not a working day moves to the next working day
//     (Bộ luật Dân sự 2015 Điều 148 khoản 5), or under StrictBackward, for
//     "trước ngày X" only, back to the previous one.
//   - A span ([WithinSpan]) ends on its last day; "trước tháng 6/2022" is
//     "trước ngày 1/6/2022".
//   - A period ([AfterEvent]) is counted by calendar.Calendar.Deadline from
//     its event: the document's date, ctx.Event, or a date in the text.
//   - A recurring deadline resolves to its first occurrence due on or after
//     ctx.Date ([Expr.Next]).
//
// The due instant is 24:00 of the due day (Điều 148 khoản 6) or the hour
// the text states.
//
// The error is a *[ResolveError] wrapping [ErrInvalid] for an expression
// that is not valid, [ErrNeedsDate] or [ErrNeedsEvent] when the context
// lacks a date the expression needs, [ErrNeedsPeriod] for a recurrence left
// to the report regime, and [ErrOutOfRange] (with the calendar's error) for
// days outside the calendar.
func (e Expr) Resolve(c *calendar.Calendar, ctx Context) (Resolution, error) {
	if e.Kind == Recurring {
		if err := e.check(ctx); err != nil {
			return Resolution{}, err
		}
		if ctx.Date == 0 {
			return Resolution{}, &ResolveError{Expr: e, Msg: "a recurring deadline starts from the document's date", Err: ErrNeedsDate}
		}
		o, err := e.Next(c, ctx, ctx.Date)
		return o.Resolution, err
	}
	rs, err := newResolver(c, e, ctx, true)
	if err != nil {
		return Resolution{}, err
	}
	switch e.Kind {
	case FixedDay:
		err = rs.fixed()
	case WithinSpan:
		err = rs.span()
	case AfterEvent:
		err = rs.afterEvent()
	}
	if err != nil {
		return Resolution{}, err
	}
	return rs.done(), nil
}

// check validates e and the policy of ctx.
func (e Expr) check(ctx Context) error {
	if err := e.validate(); err != nil {
		var re *ResolveError
		if errors.As(err, &re) {
			re.Expr = e
		}
		return err
	}
	if ctx.Policy > StrictBackward {
		return &ResolveError{Expr: e, Msg: "policy " + ctx.Policy.String(), Err: ErrInvalid}
	}
	if ctx.CutOff < 0 || ctx.CutOff > 1440 {
		return &ResolveError{Expr: e, Msg: "cut-off " + ctx.CutOff.String(), Err: ErrInvalid}
	}
	if ctx.Event != 0 && !ctx.EventAt.IsZero() && date.NewAt(ctx.EventAt.In(ict)) != ctx.Event {
		return &ResolveError{Expr: e, Msg: "Event and EventAt name different days", Err: ErrInvalid}
	}
	return nil
}

// resolver holds the work of one resolution. With explain false it records
// no steps and writes no prose: it only finds the due day.
type resolver struct {
	c       *calendar.Calendar
	e       Expr
	ctx     Context
	r       Resolution
	explain bool
}

func newResolver(c *calendar.Calendar, e Expr, ctx Context, explain bool) (*resolver, error) {
	if err := e.check(ctx); err != nil {
		return nil, err
	}
	if c == nil {
		c = calendar.Default()
	}
	return &resolver{c: c, e: e, ctx: ctx, explain: explain, r: Resolution{Expr: e, Policy: ctx.Policy}}, nil
}

func (rs *resolver) add(s Step) {
	rs.r.Steps = append(rs.r.Steps, s)
}

func (rs *resolver) fail(err error, msg string, cause error) error {
	return &ResolveError{Expr: rs.e, Msg: msg, Err: err, Cause: cause}
}

// outOfRange reports a day outside the calendar.
func (rs *resolver) outOfRange(d date.Date, cause error) error {
	if cause == nil {
		cause = &calendar.Error{Op: "Day", Date: d, Err: calendar.ErrOutOfRange}
	}
	return rs.fail(ErrOutOfRange, "day "+vnDate(d), cause)
}

// day turns a day as written into a date, taking what is missing from the
// document's date.
func (rs *resolver) day(d Day) (date.Date, error) {
	if d.Year != 0 {
		return date.New(d.Year, time.Month(d.Month), d.Day), nil
	}
	doc := rs.ctx.Date
	if doc == 0 {
		return 0, rs.fail(ErrNeedsDate, "ngày "+d.String()+" has no year", nil)
	}
	y, m, _ := doc.Date()
	if d.Month == 0 {
		// The first day numbered d.Day on or after the document's date.
		for range 13 {
			if d.Day <= daysIn(int(m), y) {
				if x := date.New(y, m, d.Day); x >= doc {
					if rs.explain {
						rs.add(Step{Rule: RuleMonthFromContext, Basis: basisContext, From: doc, To: x,
							Note: "Ngày " + d.String() + " không ghi tháng: lấy ngày " + d.String() +
								" đầu tiên kể từ ngày văn bản (" + vnDate(doc) + "), tức ngày " + vnDate(x) + "."})
					}
					return x, nil
				}
			}
			if m++; m > 12 {
				m, y = 1, y+1
			}
		}
		return 0, rs.fail(ErrInvalid, "day "+d.String(), nil)
	}
	for yy := y; yy < y+9; yy++ {
		if d.Day > daysIn(d.Month, yy) {
			continue // 29/2 in a common year
		}
		x := date.New(yy, time.Month(d.Month), d.Day)
		if x < doc {
			continue
		}
		if rs.explain {
			note := "Ngày " + d.String() + " không ghi năm: lấy năm của văn bản (ngày " + vnDate(doc) + "), tức ngày " + vnDate(x) + "."
			if yy != y {
				note = "Ngày " + d.String() + " không ghi năm: năm của văn bản (ngày " + vnDate(doc) +
					") đã qua ngày này, nên lấy năm sau: ngày " + vnDate(x) + "."
			}
			rs.add(Step{Rule: RuleYearFromContext, Basis: basisContext, From: doc, To: x, Note: note})
		}
		return x, nil
	}
	return 0, rs.fail(ErrInvalid, "day "+d.String(), nil)
}

func (rs *resolver) fixed() error {
	named, err := rs.day(rs.e.Day)
	if err != nil {
		return err
	}
	return rs.named(named, rs.e.Bound, "ngày "+vnDate(named))
}

// named ends the period on a named day by the bound and the policy. what
// names the day in prose ("ngày 20/11/2021").
func (rs *resolver) named(named date.Date, bound Bound, what string) error {
	rs.r.Named = named
	at := rs.e.At
	last := named
	backward := false
	switch {
	case bound == Before && at == 0 && rs.ctx.Policy != Inclusive:
		last = named - 1
		backward = rs.ctx.Policy == StrictBackward
		if rs.explain {
			rs.add(Step{Rule: RuleExclusive, Basis: basisPolicy[rs.ctx.Policy], From: named, To: last,
				Note: "“Trước " + what + "” theo cách hiểu chặt (policy " + rs.ctx.Policy.String() +
					"): không tính " + what + "; ngày cuối cùng là " + vnDay(last) + "."})
		}
	case bound == Before && at == 0:
		if rs.explain {
			rs.add(Step{Rule: RuleInclusivePolicy, Basis: basisPolicy[Inclusive], From: named, To: named,
				Note: "“Trước " + what + "” theo cách hiểu bao gồm (policy inclusive): tính cả " + what +
					"; ngày cuối cùng là " + vnDay(named) + "."})
		}
	case rs.explain && at != 0:
		rs.add(Step{Rule: RuleInclusiveWording, Basis: basisTimeWording, From: named, To: named,
			Note: "Văn bản nêu giờ (" + at.vietnamese() + "): " + what + " được tính, đến giờ đó."})
	case rs.explain:
		rs.add(Step{Rule: RuleInclusiveWording, Basis: basisWording, From: named, To: named,
			Note: "Lời văn bao gồm " + what + ": ngày cuối cùng là " + vnDay(named) + "."})
	}
	return rs.finish(last, backward)
}

// finish moves a last day that is not a working day and sets the due day
// and instant.
func (rs *resolver) finish(last date.Date, backward bool) error {
	c := rs.c
	info := c.Day(last)
	if info.Kind == 0 {
		return rs.outOfRange(last, nil)
	}
	due := last
	if !info.Kind.Working() {
		var err error
		if backward {
			due, err = c.WorkdayOnOrBefore(last)
		} else {
			due, err = c.WorkdayOnOrAfter(last)
		}
		if err != nil {
			return rs.outOfRange(last, err)
		}
		if rs.explain {
			rs.moveStep(last, due, backward)
		}
	}
	r := &rs.r
	r.Last, r.Due, r.Moved = last, due, due != last
	r.Provisional = r.Provisional || info.Provisional || c.Day(due).Provisional
	y, m, d := due.Date()
	at := rs.e.At
	if at == 0 {
		r.DueAt = time.Date(y, m, d, 24, 0, 0, 0, ict)
	} else {
		r.DueAt = time.Date(y, m, d, at.Hour(), at.Minute(), 0, 0, ict)
	}
	if rs.ctx.Date != 0 {
		if n, err := c.WorkdaysBetween(rs.ctx.Date, due); err == nil {
			r.Workdays = n
		}
	}
	if rs.explain {
		if at == 0 {
			rs.add(Step{Rule: RuleEndOfDay, Basis: basisEndOfDay, From: due, To: due,
				Note: "Hạn cuối: 24 giờ " + vnDay(due) + "."})
		} else {
			rs.add(Step{Rule: RuleTimeOfDay, Basis: basisTimeOfDay, From: due, To: due,
				Note: "Hạn cuối: " + at.vietnamese() + " " + vnDay(due) + "."})
		}
	}
	return nil
}

// moveStep records the move of a last day that is a day off.
func (rs *resolver) moveStep(last, due date.Date, backward bool) {
	lo, hi := last, due-1
	if backward {
		lo, hi = due+1, last
	}
	crossed := make([]calendar.DayInfo, 0, int(hi-lo)+1)
	for d := lo; d <= hi; d++ {
		crossed = append(crossed, rs.c.Day(d))
	}
	info := rs.c.Day(last)
	head := capitalize(vnDay(last)) + " là ngày nghỉ (" + info.Name + ")"
	if backward {
		rs.add(Step{Rule: RuleMoveBackward, Basis: basisPolicy[StrictBackward], From: last, To: due, Crossed: crossed,
			Note: head + "; theo policy strict-backward, hạn lùi về ngày làm việc liền trước là " + vnDay(due) +
				". Các ngày nghỉ: " + dayList(crossed) + "."})
		return
	}
	rs.add(Step{Rule: RuleMoveForward, Basis: basisMoveForward, From: last, To: due, Crossed: crossed,
		Note: head + ": thời hạn kết thúc vào ngày làm việc tiếp theo là " + vnDay(due) +
			". Các ngày nghỉ: " + dayList(crossed) + "."})
}

// span resolves a WithinSpan expression.
func (rs *resolver) span() error {
	s := rs.e.Span
	start, end, err := rs.spanDays(s)
	if err != nil {
		return err
	}
	if rs.e.Bound == Before {
		if rs.explain {
			rs.add(Step{Rule: RuleSpanStart, Basis: basisSpanStart, From: start, To: start,
				Note: "“Trước " + s.String() + "” là trước ngày đầu của kỳ, ngày " + vnDate(start) + "."})
		}
		return rs.named(start, Before, "ngày "+vnDate(start))
	}
	rs.r.Named = end
	if rs.explain {
		rs.add(Step{Rule: RuleSpanEnd, Basis: basisSpanEnd[s.Unit], From: start, To: end,
			Note: "Thời hạn trong " + s.String() + " (" + vnDate(start) + "–" + vnDate(end) +
				") kết thúc vào ngày cuối cùng của kỳ: " + vnDay(end) + "."})
	}
	return rs.finish(end, false)
}

// spanDays returns the first and last day of s, with the year from the
// document's date when s has none.
func (rs *resolver) spanDays(s Span) (date.Date, date.Date, error) {
	if s.Year != 0 {
		a, b := s.days(s.Year)
		return a, b, nil
	}
	doc := rs.ctx.Date
	if doc == 0 {
		return 0, 0, rs.fail(ErrNeedsDate, s.String()+" has no year", nil)
	}
	y := doc.Year()
	a, b := s.days(y)
	if b < doc {
		y++
		a, b = s.days(y)
	}
	if rs.explain {
		note := capitalize(s.String()) + " không ghi năm: lấy năm của văn bản (ngày " + vnDate(doc) + "): " +
			Span{Unit: s.Unit, N: s.N, Year: y}.String() + "."
		if y != doc.Year() {
			note = capitalize(s.String()) + " không ghi năm: kỳ này của năm văn bản (ngày " + vnDate(doc) +
				") đã qua, nên lấy năm sau: " + Span{Unit: s.Unit, N: s.N, Year: y}.String() + "."
		}
		rs.add(Step{Rule: RuleYearFromContext, Basis: basisContext, From: doc, To: b, Note: note})
	}
	return a, b, nil
}

// days returns the first and last day of s in year y.
func (s Span) days(y int) (date.Date, date.Date) {
	first, last := 1, 12
	switch s.Unit {
	case SpanMonth:
		first, last = s.N, s.N
	case SpanQuarter:
		first, last = 3*s.N-2, 3*s.N
	case SpanFirstHalf:
		last = 6
	case SpanSecondHalf:
		first = 7
	case SpanNineMonths:
		last = 9
	}
	return date.New(y, time.Month(first), 1), date.New(y, time.Month(last), daysIn(last, y))
}

// afterEvent resolves a period counted from an event.
func (rs *resolver) afterEvent() error {
	e, ctx := rs.e, rs.ctx
	var ev date.Date
	var what string
	ctxEvent := ctx.eventDay()
	fromCtx := false
	switch e.Event.Kind {
	case EventUnnamed:
		switch {
		case ctxEvent != 0:
			ev, what, fromCtx = ctxEvent, "ngày xảy ra sự kiện (do ngữ cảnh cung cấp)", true
		case ctx.Date != 0:
			ev, what = ctx.Date, "ngày văn bản (văn bản không nêu sự kiện)"
		default:
			return rs.fail(ErrNeedsDate, "the period names no event and the context has no date", nil)
		}
	case EventIssued:
		if ctx.Date == 0 {
			return rs.fail(ErrNeedsDate, "kể từ ngày "+e.Event.text(), nil)
		}
		ev, what = ctx.Date, "ngày "+e.Event.text()+" (ngày văn bản)"
	case EventReceipt, EventOther:
		if ctxEvent == 0 {
			return rs.fail(ErrNeedsEvent, "kể từ ngày "+e.Event.text(), nil)
		}
		ev, what, fromCtx = ctxEvent, "ngày "+e.Event.text(), true
	case EventDate:
		d, err := rs.day(e.Event.Day)
		if err != nil {
			return err
		}
		ev, what = d, "ngày ghi trong văn bản"
	}
	if fromCtx && ctx.CutOff != 0 && !ctx.EventAt.IsZero() {
		var err error
		if ev, err = rs.cutOff(ev); err != nil {
			return err
		}
	}
	rs.r.Event = ev
	dl, err := rs.c.Deadline(ev, e.Period)
	if err != nil {
		return rs.outOfRange(ev, err)
	}
	rs.r.Provisional = dl.Provisional
	if rs.explain {
		if e.Period.N == 0 {
			rs.add(Step{Rule: RuleSameDay, Basis: basisSameDay, From: ev, To: ev,
				Note: "Ngay trong ngày: hạn là chính " + what + ", " + vnDay(ev) + "."})
		} else {
			rs.add(Step{Rule: RuleEvent, Basis: basisEvent, From: ev, To: ev + 1,
				Note: "Thời hạn tính từ " + what + " " + vnDate(ev) + "; ngày này không tính, thời hạn bắt đầu từ ngày " +
					vnDate(ev+1) + "."})
			rs.countStep(ev, dl.Last)
		}
	}
	return rs.finish(dl.Last, false)
}

// cutOff moves an event after the context's cut-off hour, or on a day off,
// to the next working day.
func (rs *resolver) cutOff(ev date.Date) (date.Date, error) {
	at := rs.ctx.EventAt.In(ict)
	y, m, d := ev.Date()
	limit := time.Date(y, m, d, rs.ctx.CutOff.Hour(), rs.ctx.CutOff.Minute(), 0, 0, ict)
	late := at.After(limit)
	info := rs.c.Day(ev)
	if info.Kind == 0 {
		return 0, rs.outOfRange(ev, nil)
	}
	if !late && info.Kind.Working() {
		return ev, nil
	}
	next, err := rs.c.AddWorkdays(ev, 1)
	if err != nil {
		return 0, rs.outOfRange(ev, err)
	}
	if rs.explain {
		var crossed []calendar.DayInfo
		for x := ev + 1; x < next; x++ {
			crossed = append(crossed, rs.c.Day(x))
		}
		why := "sau " + rs.ctx.CutOff.vietnamese()
		if !info.Kind.Working() {
			why = "vào ngày nghỉ (" + info.Name + ")"
		}
		note := "Sự kiện lúc " + pad2(at.Hour()) + ":" + pad2(at.Minute()) + " " + vnDay(ev) + ", " + why +
			": tính như xảy ra vào ngày làm việc tiếp theo, " + vnDay(next) + "."
		if len(crossed) > 0 {
			note = note[:len(note)-1] + "; các ngày nghỉ: " + dayList(crossed) + "."
		}
		rs.add(Step{Rule: RuleCutOff, Basis: basisCutOff, From: ev, To: next, Crossed: crossed, Note: note})
	}
	return next, nil
}

// countStep records the count of the period from ev to its last day.
func (rs *resolver) countStep(ev, last date.Date) {
	p := rs.e.Period
	s := Step{Rule: RuleCount, Basis: basisCount[p.Unit], From: ev, To: last}
	n := itoa(p.N) + " " + unitWords[p.Unit]
	if p.Unit == calendar.WorkingDays {
		for d := ev + 1; d <= last; d++ {
			if info := rs.c.Day(d); !info.Kind.Working() && info.Kind != calendar.WeeklyRest {
				s.Crossed = append(s.Crossed, info)
			}
		}
		s.Note = capitalize(n) + ": ngày làm việc thứ " + itoa(p.N) + " sau ngày " + vnDate(ev) + " là " + vnDay(last)
		if len(s.Crossed) > 0 {
			s.Note += "; không tính các ngày nghỉ hằng tuần và các ngày nghỉ: " + dayList(s.Crossed)
		} else {
			s.Note += "; không tính các ngày nghỉ hằng tuần"
		}
		s.Note += "."
	} else {
		s.Note = capitalize(n) + ": ngày cuối cùng của thời hạn là " + vnDay(last) + "."
	}
	rs.add(s)
}

// done completes the resolution with its prose.
func (rs *resolver) done() Resolution {
	if rs.explain {
		rs.r.Explanation = rs.prose()
	}
	return rs.r
}
