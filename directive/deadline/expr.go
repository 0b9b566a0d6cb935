package deadline

import (
	"strconv"
	"strings"
	"time"

	"github.com/vanban-go/vanban/calendar"
)

// Expr is a deadline expression: what a phrase such as "trước ngày
// 20/11/2021" or "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn
// bản" says, before any calendar is applied. Read one with [Parse] or find
// them in running text with [Extract]; turn one into a due day with
// [Expr.Resolve].
//
// Which fields count depends on Kind; the others are zero. Expr is a small
// value, comparable with ==, safe to copy and to share. Its zero value is not
// a deadline. It encodes to JSON as its fields plus its canonical text.
type Expr struct {
	// Kind is the shape of the expression.
	Kind Kind `json:"kind"`
	// Bound says whether the day named counts: [Before] for "trước", [By]
	// for the inclusive phrases and every period from an event.
	Bound Bound `json:"bound"`
	// Day is the day named by a [FixedDay] expression.
	Day Day `json:"day,omitzero"`
	// Span is the span named by a [WithinSpan] expression.
	Span Span `json:"span,omitzero"`
	// Period is the length of an [AfterEvent] expression: Period{15,
	// calendar.WorkingDays} for "15 ngày làm việc"; Period{0, calendar.Days}
	// for "ngay trong ngày"; Period{1, calendar.WorkingDays} for "trong ngày
	// làm việc tiếp theo".
	Period calendar.Period `json:"-"`
	// Event is what an [AfterEvent] expression counts from.
	Event Event `json:"event,omitzero"`
	// Every is the recurrence of a [Recurring] expression.
	Every Recurrence `json:"every,omitzero"`
	// At is the time of day the text states ("trước 16 giờ ngày làm việc
	// tiếp theo"), or zero for the end of the day (24:00).
	At Clock `json:"at,omitzero"`
}

// Day is a day as a phrase writes it: the month and year may be missing
// ("trước ngày 20/11", "trước ngày 20"); they then come from the document's
// date when the expression is resolved. The zero Day is no day.
type Day struct {
	Year  int `json:"year,omitzero"`  // 0 if not written
	Month int `json:"month,omitzero"` // 1–12; 0 if not written
	Day   int `json:"day"`            // 1–31
}

// String returns the day as documents write it: "20/11/2021", "20/11" or
// "20".
func (d Day) String() string {
	s := strconv.Itoa(d.Day)
	if d.Month != 0 {
		s += "/" + strconv.Itoa(d.Month)
		if d.Year != 0 {
			s += "/" + strconv.Itoa(d.Year)
		}
	}
	return s
}

// Span is a named span of time: a month, quarter, half-year, the first nine
// months or a year. The zero Span is no span.
type Span struct {
	Unit SpanUnit `json:"unit"`
	// N is the month (1–12) of a [SpanMonth] or the quarter (1–4) of a
	// [SpanQuarter]; 0 otherwise.
	N int `json:"n,omitzero"`
	// Year is the year, or 0 if not written (not allowed for [SpanYear]).
	Year int `json:"year,omitzero"`
}

var romanQuarters = [...]string{"", "I", "II", "III", "IV"}

// String returns the span as documents write it: "tháng 5/2021", "quý
// I/2022", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "9 tháng đầu năm
// 2022", "năm 2022".
func (s Span) String() string {
	var b strings.Builder
	s.write(&b)
	return b.String()
}

func (s Span) write(b *strings.Builder) {
	year := func(sep string) {
		if s.Year != 0 {
			b.WriteString(sep)
			b.WriteString(strconv.Itoa(s.Year))
		}
	}
	switch s.Unit {
	case SpanMonth:
		b.WriteString("tháng ")
		b.WriteString(strconv.Itoa(s.N))
		year("/")
	case SpanQuarter:
		b.WriteString("quý ")
		if s.N >= 1 && s.N <= 4 {
			b.WriteString(romanQuarters[s.N])
		} else {
			b.WriteString(strconv.Itoa(s.N))
		}
		year("/")
	case SpanFirstHalf:
		b.WriteString("6 tháng đầu năm")
		year(" ")
	case SpanSecondHalf:
		b.WriteString("6 tháng cuối năm")
		year(" ")
	case SpanNineMonths:
		b.WriteString("9 tháng đầu năm")
		year(" ")
	case SpanYear:
		b.WriteString("năm")
		year(" ")
	default:
		b.WriteString(s.Unit.String())
	}
}

// Event is what a period counts from. The zero Event is [EventUnnamed].
type Event struct {
	Kind EventKind `json:"kind"`
	// Text is the event as the phrase words it, after "kể từ ngày":
	// "nhận được văn bản này", "ký", "kết thúc năm tài chính". Empty for
	// [EventUnnamed] and [EventDate].
	Text string `json:"text,omitzero"`
	// Day is the day of an [EventDate].
	Day Day `json:"day,omitzero"`
}

// Recurrence is how a [Recurring] deadline comes back, and which day of each
// period it names. The zero Recurrence is the report regime's period with no
// day, which is not valid on its own.
type Recurrence struct {
	Freq Frequency `json:"freq"`
	// Day is the day of the month named ("trước ngày 20 hằng tháng"), or 0
	// when the phrase names none ("định kỳ 6 tháng"): the deadline is then
	// the last day of each period.
	Day int `json:"day,omitzero"`
	// Month is the month of a [Yearly] deadline (1–12), or 0.
	Month int `json:"month,omitzero"`
	// Anchor is the month of the period Day falls in, when Month is 0.
	Anchor Anchor `json:"anchor,omitzero"`
	// Weekday is the day of a [Weekly] deadline ("thứ Tư hằng tuần"); in
	// JSON a number, 0 for Sunday to 6 for Saturday, as time.Weekday.
	Weekday time.Weekday `json:"weekday,omitzero"`
}

// Clock is a time of day (giờ) in minutes after midnight: 16:00 is
// Clock(16*60). The zero Clock means no time was given, so the deadline is
// the end of the day (24:00). 24:00 itself is Clock(1440); 00:00 is not a
// time a deadline can name (it is 24:00 of the day before).
type Clock int16

// Hour returns the hour of c, 0–24.
func (c Clock) Hour() int { return int(c) / 60 }

// Minute returns the minute of c, 0–59.
func (c Clock) Minute() int { return int(c) % 60 }

// String returns "16:00", "09:30"; the empty string for the zero Clock; and
// "Clock(n)" for a value outside 1–1440.
func (c Clock) String() string {
	if c == 0 {
		return ""
	}
	if c < 0 || c > 1440 {
		return "Clock(" + strconv.Itoa(int(c)) + ")"
	}
	return pad2(c.Hour()) + ":" + pad2(c.Minute())
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// vietnamese returns c as documents write it: "16 giờ", "16 giờ 30 phút".
func (c Clock) vietnamese() string {
	if c.Minute() == 0 {
		return strconv.Itoa(c.Hour()) + " giờ"
	}
	return strconv.Itoa(c.Hour()) + " giờ " + pad2(c.Minute()) + " phút"
}

// MarshalText returns "HH:MM"; the zero Clock marshals as the empty text.
func (c Clock) MarshalText() ([]byte, error) {
	if c < 0 || c > 1440 {
		return nil, &ParseError{Input: c.String(), Msg: "time of day out of range", Err: ErrInvalid}
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads "HH:MM" (01:00 to 24:00), or the empty text as the
// zero Clock.
func (c *Clock) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*c = 0
		return nil
	}
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || !validClock(hh, mm) {
		return &ParseError{Input: s, Msg: "time of day is not HH:MM between 00:01 and 24:00", Err: ErrSyntax}
	}
	*c = Clock(hh*60 + mm)
	return nil
}

func validClock(h, m int) bool {
	t := h*60 + m
	return h >= 0 && m >= 0 && m < 60 && t > 0 && t <= 1440
}

// MustParse is like [Parse] but panics if s is not a deadline phrase. It is
// meant for literals in code and tests.
func MustParse(s string) Expr {
	e, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return e
}

// unitWords are the Vietnamese words of the units of calendar.Period.
var unitWords = [...]string{"", "ngày", "ngày làm việc", "tuần", "tháng", "năm"}

// nextWorkday is the period of "trong ngày làm việc tiếp theo".
var nextWorkday = calendar.Period{N: 1, Unit: calendar.WorkingDays}

// String returns the canonical Vietnamese phrase of e, which [Parse] reads
// back to e: "trước ngày 20/11/2021", "chậm nhất ngày 25/3/2026", "trong
// tháng 5/2021", "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn
// bản", "trước 16 giờ ngày làm việc tiếp theo", "trước ngày 20 hằng tháng",
// "thứ Tư hằng tuần". Phrases with the same meaning have one canonical
// form: "trước hoặc vào ngày X" and "đến hết ngày X" print as "chậm nhất
// ngày X". An expression that is not valid prints what it can.
func (e Expr) String() string {
	var b strings.Builder
	switch e.Kind {
	case FixedDay:
		e.writeBound(&b)
		b.WriteString("ngày ")
		b.WriteString(e.Day.String())
	case WithinSpan:
		if e.Bound == Before {
			b.WriteString("trước ")
		} else {
			b.WriteString("trong ")
		}
		e.Span.write(&b)
	case AfterEvent:
		switch {
		case e.Period == calendar.Period{N: 0, Unit: calendar.Days} && e.At == 0:
			b.WriteString("ngay trong ngày")
		case e.Period == nextWorkday:
			if e.At == 0 {
				b.WriteString("trong ")
			} else {
				e.writeBound(&b)
			}
			b.WriteString("ngày làm việc tiếp theo")
		default:
			b.WriteString("trong thời hạn ")
			b.WriteString(strconv.Itoa(e.Period.N))
			b.WriteByte(' ')
			if int(e.Period.Unit) < len(unitWords) && e.Period.Unit != 0 {
				b.WriteString(unitWords[e.Period.Unit])
			} else {
				b.WriteString(e.Period.Unit.String())
			}
		}
		switch e.Event.Kind {
		case EventUnnamed:
		case EventDate:
			b.WriteString(" kể từ ngày ")
			b.WriteString(e.Event.Day.String())
		default:
			b.WriteString(" kể từ ngày ")
			b.WriteString(e.Event.text())
		}
	case Recurring:
		e.writeRecurring(&b)
	default:
		return "Expr(" + e.Kind.String() + ")"
	}
	return b.String()
}

// text returns the event's words, or a default for an event built by hand
// without them.
func (ev Event) text() string {
	if ev.Text != "" {
		return ev.Text
	}
	switch ev.Kind {
	case EventIssued:
		return "ký"
	case EventReceipt:
		return "nhận được văn bản"
	}
	return "sự kiện"
}

// writeBound writes "trước " or "chậm nhất ", with the time of day.
func (e Expr) writeBound(b *strings.Builder) {
	if e.Bound == Before {
		b.WriteString("trước ")
	} else {
		b.WriteString("chậm nhất ")
	}
	if e.At != 0 {
		b.WriteString(e.At.vietnamese())
		b.WriteByte(' ')
	}
}

var freqPrefix = [...]string{"", "hằng tuần, ", "hằng tháng, ", "hằng quý, ", "định kỳ 6 tháng, ", "hằng năm, "}
var freqWords = [...]string{"", "hằng tuần", "hằng tháng", "hằng quý", "6 tháng", "hằng năm"}

func (e Expr) writeRecurring(b *strings.Builder) {
	r := e.Every
	if int(r.Freq) >= len(freqWords) {
		b.WriteString("Expr(" + r.Freq.String() + ")")
		return
	}
	switch {
	case r.Freq == Weekly:
		if e.Bound == Before || e.At != 0 {
			e.writeBound(b)
		}
		b.WriteString(weekdayName(r.Weekday))
		b.WriteString(" hằng tuần")
		return
	case r.Day == 0:
		b.WriteString("định kỳ ")
		b.WriteString(freqWords[r.Freq])
		return
	case r.Freq == Yearly && r.Month != 0:
		e.writeBound(b)
		b.WriteString("ngày ")
		b.WriteString(strconv.Itoa(r.Day))
		b.WriteByte('/')
		b.WriteString(strconv.Itoa(r.Month))
		b.WriteString(" hằng năm")
		return
	}
	// The forms without a prefix, where the suffix says the frequency.
	suffix := ""
	prefix := freqPrefix[r.Freq]
	switch {
	case r.Freq == Monthly && r.Anchor == AnchorUnstated:
		prefix, suffix = "", " hằng tháng"
	case r.Freq == Quarterly && r.Anchor == AnchorUnstated:
		prefix, suffix = "", " hằng quý"
	case r.Freq == Yearly && r.Anchor == AnchorUnstated:
		prefix, suffix = "", " hằng năm"
	case r.Freq == Monthly && r.Anchor == AnchorLast:
		prefix, suffix = "", " của tháng báo cáo"
	case r.Freq == Monthly && r.Anchor == AnchorNext:
		prefix, suffix = "", " của tháng sau"
	case r.Freq == Quarterly && r.Anchor == AnchorLast:
		prefix, suffix = "", " của tháng cuối quý"
	case r.Freq == Quarterly && r.Anchor == AnchorFirst:
		prefix, suffix = "", " của tháng đầu quý"
	case r.Freq == Quarterly && r.Anchor == AnchorNext:
		prefix, suffix = "", " của tháng đầu quý sau"
	case r.Freq == ReportPeriod && (r.Anchor == AnchorLast || r.Anchor == AnchorUnstated):
		suffix = " của tháng cuối kỳ báo cáo"
	case r.Anchor == AnchorLast:
		suffix = " của tháng cuối kỳ"
	case r.Anchor == AnchorFirst:
		suffix = " của tháng đầu kỳ"
	case r.Anchor == AnchorNext:
		suffix = " của tháng đầu kỳ sau"
	}
	b.WriteString(prefix)
	e.writeBound(b)
	b.WriteString("ngày ")
	b.WriteString(strconv.Itoa(r.Day))
	b.WriteString(suffix)
}

// maxPeriod bounds the N of a period: no legal period is longer, and the
// calendar covers two centuries.
const maxPeriod = 100000

// validate checks that e is an expression a resolver can use.
func (e Expr) validate() error {
	bad := func(msg string) error { return &ResolveError{Msg: msg, Err: ErrInvalid} }
	if e.Bound != Before && e.Bound != By {
		return bad("bound " + e.Bound.String())
	}
	if e.At < 0 || e.At > 1440 {
		return bad("time of day " + e.At.String())
	}
	switch e.Kind {
	case FixedDay:
		if !e.Day.valid() {
			return bad("day " + e.Day.String())
		}
	case WithinSpan:
		s := e.Span
		switch {
		case s.Unit == SpanMonth && (s.N < 1 || s.N > 12),
			s.Unit == SpanQuarter && (s.N < 1 || s.N > 4),
			s.Unit != SpanMonth && s.Unit != SpanQuarter && s.N != 0,
			s.Unit < SpanMonth || s.Unit > SpanYear,
			s.Unit == SpanYear && s.Year == 0,
			s.Year < 0 || s.Year > 9999:
			return bad("span " + s.String())
		}
		if e.At != 0 {
			return bad("a time of day on a span")
		}
	case AfterEvent:
		p := e.Period
		if p.N < 0 || p.N > maxPeriod || p.Unit < calendar.Days || p.Unit > calendar.Years {
			return bad("period " + p.String())
		}
		if e.At != 0 && p != nextWorkday {
			return bad("a time of day applies to a named day or the next working day only")
		}
		switch e.Event.Kind {
		case EventUnnamed, EventIssued, EventReceipt:
		case EventDate:
			if !e.Event.Day.valid() || e.Event.Day.Month == 0 {
				return bad("event day " + e.Event.Day.String())
			}
		case EventOther:
			if strings.TrimSpace(e.Event.Text) == "" {
				return bad("event without words")
			}
		default:
			return bad("event " + e.Event.Kind.String())
		}
	case Recurring:
		r := e.Every
		switch {
		case r.Freq > Yearly, r.Anchor > AnchorNext, r.Day < 0 || r.Day > 31,
			r.Month < 0 || r.Month > 12, r.Month != 0 && r.Freq != Yearly,
			r.Freq == ReportPeriod && (r.Day == 0 || r.Anchor == AnchorUnstated),
			r.Day == 0 && r.Freq != Weekly && (e.Bound != By || e.At != 0),
			r.Freq == Weekly && (r.Day != 0 || r.Weekday < time.Sunday || r.Weekday > time.Saturday),
			r.Freq != Weekly && r.Weekday != 0,
			r.Month != 0 && r.Day > daysIn(r.Month, 2000):
			return bad("recurrence")
		}
	default:
		return bad("kind " + e.Kind.String())
	}
	return nil
}

// valid reports whether d can be a day: a day of its month in a leap year
// when the year is not written, of that year when it is.
func (d Day) valid() bool {
	if d.Day < 1 || d.Day > 31 || d.Month < 0 || d.Month > 12 || d.Year < 0 || d.Year > 9999 {
		return false
	}
	if d.Month == 0 {
		return d.Year == 0
	}
	y := d.Year
	if y == 0 {
		y = 2000
	}
	return d.Day <= daysIn(d.Month, y)
}

// daysIn returns the number of days in month m of year y.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
