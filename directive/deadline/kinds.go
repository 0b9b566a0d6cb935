package deadline

import (
	"strconv"
	"time"
)

// Kind is the shape of a deadline expression.
type Kind uint8

// The kinds of expression. The zero Kind is none of them: the zero [Expr]
// is not a deadline.
const (
	// FixedDay is a day named by the text: "trước ngày 20/11/2021",
	// "chậm nhất ngày 25/3", "trong ngày 20 tháng 11 năm 2021".
	FixedDay Kind = iota + 1
	// WithinSpan is a month, quarter, half-year, nine months or year named
	// by the text: "trong tháng 5/2021", "quý I/2022", "6 tháng đầu năm
	// 2022".
	WithinSpan
	// AfterEvent is a period counted from an event (thời hạn): "trong
	// thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản", "ngay trong
	// ngày", "trong ngày làm việc tiếp theo".
	AfterEvent
	// Recurring is a deadline that comes back every week, month, quarter,
	// half-year or year: "trước ngày 20 hằng tháng", "thứ Tư hằng tuần",
	// "trước ngày 15 tháng 12 hằng năm".
	Recurring
)

// Bound says whether the day named by a phrase is itself allowed.
type Bound uint8

// The bounds. The zero Bound is none of them.
const (
	// Before is "trước ngày X": the letter of the text leaves day X out;
	// whether it counts is the [Policy] of the [Context]. With a time of day
	// ("trước 16 giờ ngày X") day X counts, up to that hour.
	Before Bound = iota + 1
	// By is a phrase whose words include the day named: "chậm nhất (là,
	// vào) ngày X", "muộn nhất trong ngày X", "đến hết ngày X", "trước hoặc
	// vào ngày X", "trong ngày X", "trong tháng 5/2021", and every period
	// from an event.
	By
)

// SpanUnit is the length of a named span of time.
type SpanUnit uint8

// The spans. The zero SpanUnit is none of them.
const (
	// SpanMonth is a calendar month: "tháng 5/2021".
	SpanMonth SpanUnit = iota + 1
	// SpanQuarter is a calendar quarter (quý): "quý I/2022".
	SpanQuarter
	// SpanFirstHalf is January to June: "6 tháng đầu năm 2022".
	SpanFirstHalf
	// SpanSecondHalf is July to December: "6 tháng cuối năm 2022".
	SpanSecondHalf
	// SpanNineMonths is January to September: "9 tháng đầu năm 2022".
	SpanNineMonths
	// SpanYear is a calendar year: "năm 2022".
	SpanYear
)

// EventKind says what a period is counted from.
type EventKind uint8

// The kinds of event.
const (
	// EventUnnamed is a period whose text names no event ("trong 10 ngày
	// làm việc"): it counts from [Context].Event when given, else from the
	// document's date.
	EventUnnamed EventKind = iota
	// EventIssued is the document's own signature or issue: "kể từ ngày ký",
	// "kể từ ngày ban hành văn bản này". It counts from [Context].Date.
	EventIssued
	// EventReceipt is the receipt of the document or of a file: "kể từ ngày
	// nhận được văn bản". It counts from [Context].Event.
	EventReceipt
	// EventDate is a day written in the text: "kể từ ngày 20/4/2021".
	EventDate
	// EventOther is any other event, named by [Event].Text ("kết thúc năm
	// tài chính", "chốt số liệu"). It counts from [Context].Event.
	EventOther
)

// Frequency is how often a recurring deadline comes back.
type Frequency uint8

// The frequencies. Each occurrence belongs to a calendar period: a week
// from Monday to Sunday, a month, a quarter, a half-year (January–June,
// July–December) or a year.
const (
	// ReportPeriod is a frequency the phrase leaves to the report regime:
	// "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo" (Nghị định
	// 09/2019/NĐ-CP Điều 13 khoản 1). Resolve it per period with
	// [Expr.ResolvePeriod].
	ReportPeriod Frequency = iota
	// Weekly is hằng tuần.
	Weekly
	// Monthly is hằng tháng.
	Monthly
	// Quarterly is hằng quý.
	Quarterly
	// HalfYearly is định kỳ 6 tháng.
	HalfYearly
	// Yearly is hằng năm.
	Yearly
)

// Anchor says in which month of its period a recurring day falls.
type Anchor uint8

// The anchors.
const (
	// AnchorUnstated is a phrase that names no month ("hằng quý, trước ngày
	// 20"): the last month of the period is taken, as in Nghị định
	// 09/2019/NĐ-CP Điều 13 ("ngày 25 của tháng cuối kỳ báo cáo"), and the
	// explanation says so. For a monthly deadline it is the month itself.
	AnchorUnstated Anchor = iota
	// AnchorLast is the last month of the period: "tháng cuối quý", "tháng
	// cuối kỳ báo cáo", and for a monthly deadline "tháng báo cáo".
	AnchorLast
	// AnchorFirst is the first month of the period: "tháng đầu quý".
	AnchorFirst
	// AnchorNext is the month after the period: "tháng sau", "tháng đầu quý
	// sau", "tháng đầu kỳ sau".
	AnchorNext
)

// Policy is how a resolver reads "trước ngày X" (before day X), which no
// statute defines: the letter excludes X, many offices read it as "by X",
// and vanban makes the reading explicit, [Strict] by default. It applies
// only to phrases of bound [Before] without a time of day; every other
// phrase includes its day by its words.
type Policy uint8

// The policies. The zero Policy is Strict.
const (
	// Strict reads "trước ngày X" literally: the last day is X−1; if that
	// is not a working day, Bộ luật Dân sự 2015 Điều 148 khoản 5 moves it
	// forward to the next working day, which may be X or later. The
	// recommended default.
	Strict Policy = iota
	// Inclusive reads "trước ngày X" as "by day X": the last day is X,
	// moved forward by Điều 148 khoản 5 if it is not a working day.
	Inclusive
	// StrictBackward is Strict, except that a last day that is not a
	// working day moves back to the previous working day: an office
	// practice for "before" deadlines that the civil code does not provide
	// for. Opt-in only.
	StrictBackward
)

// Rule names a rule a resolver applied, in a [Step].
type Rule uint8

// The rules.
const (
	// RuleYearFromContext: a day or span written without a year takes the
	// year of the document's date, or the next year if it would fall
	// before the document's date.
	RuleYearFromContext Rule = iota + 1
	// RuleMonthFromContext: a day written without a month ("trước ngày
	// 20") is the first such day on or after the document's date.
	RuleMonthFromContext
	// RuleExclusive: "trước ngày X" under [Strict] or [StrictBackward];
	// the last day is X−1.
	RuleExclusive
	// RuleInclusivePolicy: "trước ngày X" under [Inclusive]; the last day
	// is X.
	RuleInclusivePolicy
	// RuleInclusiveWording: a phrase whose words include the day named
	// ("chậm nhất ngày X", "đến hết ngày X", a time of day on day X).
	RuleInclusiveWording
	// RuleSpanStart: "trước tháng 6/2022" names the first day of the span.
	RuleSpanStart
	// RuleSpanEnd: "trong tháng 5/2021" ends on the span's last day.
	RuleSpanEnd
	// RuleEvent: the day of the event a period counts from; it is not
	// counted (Bộ luật Dân sự 2015 Điều 147 khoản 2 and 3).
	RuleEvent
	// RuleCount: the last day of the period (Điều 148 khoản 1–4; for
	// working days, the N-th working day after the event day).
	RuleCount
	// RuleSameDay: "ngay trong ngày": the day of the event itself.
	RuleSameDay
	// RuleMoveForward: a last day that is not a working day moves to the
	// next working day (Điều 148 khoản 5).
	RuleMoveForward
	// RuleMoveBackward: a last day that is not a working day moves back to
	// the previous working day ([StrictBackward]).
	RuleMoveBackward
	// RuleEndOfDay: the deadline is 24:00 of the due day (Điều 148 khoản 6).
	RuleEndOfDay
	// RuleTimeOfDay: the deadline is the hour the text states.
	RuleTimeOfDay
	// RuleOccurrence: the occurrence of a recurring deadline in one period.
	RuleOccurrence
	// RuleMonthOfPeriod: the month of the period a recurring day falls in,
	// when the phrase does not name it.
	RuleMonthOfPeriod
	// RuleDayClamped: a day of the month that the month does not have
	// ("ngày 31 hằng tháng" in April) is the month's last day.
	RuleDayClamped
	// RuleCutOff: an event after the context's cut-off hour, or on a day
	// off, counts as happening on the next working day ([Context].CutOff).
	RuleCutOff
)

var (
	kindNames      = [...]string{"", "fixed-day", "within-span", "after-event", "recurring"}
	boundNames     = [...]string{"", "before", "by"}
	spanNames      = [...]string{"", "month", "quarter", "first-half", "second-half", "nine-months", "year"}
	eventNames     = [...]string{"unnamed", "issued", "receipt", "date", "other"}
	frequencyNames = [...]string{"report-period", "weekly", "monthly", "quarterly", "half-yearly", "yearly"}
	anchorNames    = [...]string{"unstated", "last-month", "first-month", "next-month"}
	policyNames    = [...]string{"strict", "inclusive", "strict-backward"}
	ruleNames      = [...]string{"", "year-from-context", "month-from-context", "exclusive",
		"inclusive-policy", "inclusive-wording", "span-start", "span-end", "event", "count",
		"same-day", "move-forward", "move-backward", "end-of-day", "time-of-day", "occurrence",
		"month-of-period", "day-clamped", "cut-off"}
)

// enumName returns names[v], or "Type(v)" for a value without a name.
func enumName(names []string, v uint8, typ string) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// enumMarshal returns the token of v, or an error for a value without one.
func enumMarshal(names []string, v uint8, typ string) ([]byte, error) {
	if int(v) < len(names) && names[v] != "" {
		return []byte(names[v]), nil
	}
	return nil, &ParseError{Input: typ + "(" + strconv.Itoa(int(v)) + ")", Msg: "no token for this " + typ, Err: ErrInvalid}
}

// enumUnmarshal reads a token of names.
func enumUnmarshal(names []string, b []byte, typ string) (uint8, error) {
	for i, n := range names {
		if n != "" && n == string(b) {
			return uint8(i), nil
		}
	}
	return 0, &ParseError{Input: string(b), Msg: "unknown " + typ, Err: ErrSyntax}
}

// String returns "fixed-day", "within-span", "after-event" or "recurring";
// any other value prints as "Kind(n)".
func (k Kind) String() string { return enumName(kindNames[:], uint8(k), "Kind") }

// MarshalText returns the token of [Kind.String]; it fails for a value that
// is none of the kinds.
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal(kindNames[:], uint8(k), "Kind") }

// UnmarshalText reads a token of [Kind.String].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(kindNames[:], b, "Kind")
	*k = Kind(v)
	return err
}

// String returns "before" or "by"; any other value prints as "Bound(n)".
func (b Bound) String() string { return enumName(boundNames[:], uint8(b), "Bound") }

// MarshalText returns the token of [Bound.String].
func (b Bound) MarshalText() ([]byte, error) { return enumMarshal(boundNames[:], uint8(b), "Bound") }

// UnmarshalText reads a token of [Bound.String].
func (b *Bound) UnmarshalText(t []byte) error {
	v, err := enumUnmarshal(boundNames[:], t, "Bound")
	*b = Bound(v)
	return err
}

// String returns "month", "quarter", "first-half", "second-half",
// "nine-months" or "year"; any other value prints as "SpanUnit(n)".
func (u SpanUnit) String() string { return enumName(spanNames[:], uint8(u), "SpanUnit") }

// MarshalText returns the token of [SpanUnit.String].
func (u SpanUnit) MarshalText() ([]byte, error) {
	return enumMarshal(spanNames[:], uint8(u), "SpanUnit")
}

// UnmarshalText reads a token of [SpanUnit.String].
func (u *SpanUnit) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(spanNames[:], b, "SpanUnit")
	*u = SpanUnit(v)
	return err
}

// String returns "unnamed", "issued", "receipt", "date" or "other"; any
// other value prints as "EventKind(n)".
func (k EventKind) String() string { return enumName(eventNames[:], uint8(k), "EventKind") }

// MarshalText returns the token of [EventKind.String].
func (k EventKind) MarshalText() ([]byte, error) {
	return enumMarshal(eventNames[:], uint8(k), "EventKind")
}

// UnmarshalText reads a token of [EventKind.String].
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(eventNames[:], b, "EventKind")
	*k = EventKind(v)
	return err
}

// String returns "report-period", "weekly", "monthly", "quarterly",
// "half-yearly" or "yearly"; any other value prints as "Frequency(n)".
func (f Frequency) String() string { return enumName(frequencyNames[:], uint8(f), "Frequency") }

// MarshalText returns the token of [Frequency.String].
func (f Frequency) MarshalText() ([]byte, error) {
	return enumMarshal(frequencyNames[:], uint8(f), "Frequency")
}

// UnmarshalText reads a token of [Frequency.String].
func (f *Frequency) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(frequencyNames[:], b, "Frequency")
	*f = Frequency(v)
	return err
}

// String returns "unstated", "last-month", "first-month" or "next-month";
// any other value prints as "Anchor(n)".
func (a Anchor) String() string { return enumName(anchorNames[:], uint8(a), "Anchor") }

// MarshalText returns the token of [Anchor.String].
func (a Anchor) MarshalText() ([]byte, error) {
	return enumMarshal(anchorNames[:], uint8(a), "Anchor")
}

// UnmarshalText reads a token of [Anchor.String].
func (a *Anchor) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(anchorNames[:], b, "Anchor")
	*a = Anchor(v)
	return err
}

// String returns "strict", "inclusive" or "strict-backward"; any other
// value prints as "Policy(n)".
func (p Policy) String() string { return enumName(policyNames[:], uint8(p), "Policy") }

// MarshalText returns the token of [Policy.String], the form a system
// stores.
func (p Policy) MarshalText() ([]byte, error) {
	return enumMarshal(policyNames[:], uint8(p), "Policy")
}

// UnmarshalText reads a token of [Policy.String].
func (p *Policy) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(policyNames[:], b, "Policy")
	*p = Policy(v)
	return err
}

// String returns the rule's token, such as "move-forward" or "end-of-day";
// any other value prints as "Rule(n)".
func (r Rule) String() string { return enumName(ruleNames[:], uint8(r), "Rule") }

// MarshalText returns the token of [Rule.String].
func (r Rule) MarshalText() ([]byte, error) { return enumMarshal(ruleNames[:], uint8(r), "Rule") }

// UnmarshalText reads a token of [Rule.String].
func (r *Rule) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(ruleNames[:], b, "Rule")
	*r = Rule(v)
	return err
}

// weekdayNames are the Vietnamese names of the days of the week, as written
// in documents (thứ Hai … Chủ nhật).
var weekdayNames = [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

// weekdayName returns the Vietnamese name of w.
func weekdayName(w time.Weekday) string {
	if w >= 0 && int(w) < len(weekdayNames) {
		return weekdayNames[w]
	}
	return "thứ ?"
}
