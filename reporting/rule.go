package reporting

import (
	"strconv"
)

// RuleKind is the form of a submission deadline (thời hạn gửi báo cáo) in a
// reporting regime. The zero RuleKind is none of them.
type RuleKind uint8

// The forms of deadline seen in regimes under Nghị định 09/2019/NĐ-CP: the
// decree's own Điều 13, and the ministries' and provinces' regimes issued
// under it (Thông tư 55/2020/TT-BCT, Thông tư 06/2022/TT-UBDT, provincial
// decisions).
const (
	// ByDay is "chậm nhất vào ngày N" (also "muộn nhất trong ngày N"): day N
	// of the period's last month is included. Nghị định 09/2019/NĐ-CP
	// Điều 13 khoản 1 uses it: "chậm nhất vào ngày 25 của tháng cuối kỳ báo
	// cáo".
	ByDay RuleKind = iota + 1
	// BeforeDay is "trước ngày N": in the letter of the text day N is
	// excluded, and no statute says otherwise; [Regime.Before], a
	// deadline.Policy, says how it is read.
	BeforeDay
	// AfterCutoff is "N ngày làm việc kể từ ngày chốt số liệu": the N-th
	// working day after the last day of the data window, which is not
	// counted (Bộ luật Dân sự 2015 Điều 147 khoản 2).
	AfterCutoff
	// OnWeekday is "trong ngày thứ … hằng tuần": a weekday of the reporting
	// week, N = 1 (Monday) to 7 (Sunday), as in Thông tư 55/2020/TT-BCT
	// Điều 9 khoản 1. Only for weekly regimes.
	OnWeekday
)

var ruleKindTokens = []string{"by-day", "before-day", "after-cutoff", "on-weekday"}

// String returns "by-day", "before-day", "after-cutoff" or "on-weekday"; any
// other value prints as "RuleKind(n)".
func (k RuleKind) String() string { return tokenOf("RuleKind", ruleKindTokens, uint8(k)) }

// MarshalText returns the token of [RuleKind.String]; it fails for a value
// that is none of the four.
func (k RuleKind) MarshalText() ([]byte, error) {
	return marshalToken("rule kind", ruleKindTokens, uint8(k), 1)
}

// UnmarshalText reads a token of [RuleKind.String].
func (k *RuleKind) UnmarshalText(b []byte) error {
	v, err := parseToken("rule kind", ruleKindTokens, b, 1)
	if err != nil {
		return err
	}
	*k = RuleKind(v)
	return nil
}

// DueRule is the submission deadline of one level of a regime, relative to
// each period.
//
// For ByDay and BeforeDay, N is the day of the month (a day past the end of
// a short month means its last day) and MonthOffset counts months after the
// period's last month: 0 is "của tháng cuối kỳ báo cáo", 1 is "của tháng
// sau" (e.g. "trước ngày 20 tháng M+1"). For AfterCutoff, N is the number of
// working days; for OnWeekday, the ISO weekday (1 = Monday … 7 = Sunday).
type DueRule struct {
	Kind        RuleKind `json:"kind"`
	N           int      `json:"n"`
	MonthOffset int      `json:"monthOffset,omitempty"`
}

var isoWeekdayNames = [8]string{"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"}

// String renders the rule as a regime would write it: "chậm nhất vào ngày 25
// của tháng cuối kỳ báo cáo", "trước ngày 20 của tháng cuối kỳ báo cáo", "02
// ngày làm việc kể từ ngày chốt số liệu", "trong ngày thứ Tư của tuần báo
// cáo". An invalid rule prints as "DueRule(kind,n,offset)".
func (r DueRule) String() string {
	month := func() string {
		switch r.MonthOffset {
		case 0:
			return " của tháng cuối kỳ báo cáo"
		case 1:
			return " của tháng sau kỳ báo cáo"
		}
		return " của tháng thứ " + strconv.Itoa(r.MonthOffset) + " sau kỳ báo cáo"
	}
	switch {
	case r.Kind == ByDay && r.N >= 1 && r.N <= 31 && r.MonthOffset >= 0:
		return "chậm nhất vào ngày " + strconv.Itoa(r.N) + month()
	case r.Kind == BeforeDay && r.N >= 1 && r.N <= 31 && r.MonthOffset >= 0:
		return "trước ngày " + strconv.Itoa(r.N) + month()
	case r.Kind == AfterCutoff && r.N >= 1 && r.MonthOffset == 0:
		return pad(r.N, 2) + " ngày làm việc kể từ ngày chốt số liệu"
	case r.Kind == OnWeekday && r.N >= 1 && r.N <= 7 && r.MonthOffset == 0:
		return "trong ngày " + isoWeekdayNames[r.N] + " của tuần báo cáo"
	}
	return "DueRule(" + r.Kind.String() + "," + strconv.Itoa(r.N) + "," + strconv.Itoa(r.MonthOffset) + ")"
}

// check reports what is wrong with r in a regime of frequency f and cut-off
// day cutoff, or "".
func (r DueRule) check(f Frequency, cutoff int) string {
	switch r.Kind {
	case ByDay, BeforeDay:
		if f == Weekly {
			return r.Kind.String() + " rule in a weekly regime: use on-weekday"
		}
		if r.N < 1 || r.N > 31 {
			return "day of month " + strconv.Itoa(r.N) + " outside 1–31"
		}
		if r.MonthOffset < 0 || r.MonthOffset > 12 {
			return "month offset " + strconv.Itoa(r.MonthOffset) + " outside 0–12"
		}
		return ""
	case AfterCutoff:
		if cutoff == 0 {
			return "after-cutoff rule in a regime without data windows"
		}
		if r.N < 1 || r.N > 366 {
			return "working days " + strconv.Itoa(r.N) + " outside 1–366"
		}
	case OnWeekday:
		if f != Weekly {
			return "on-weekday rule in a " + f.String() + " regime"
		}
		if r.N < 1 || r.N > 7 {
			return "weekday " + strconv.Itoa(r.N) + " outside 1–7"
		}
	default:
		return "unknown rule kind " + r.Kind.String()
	}
	if r.MonthOffset != 0 {
		return "month offset with a " + r.Kind.String() + " rule"
	}
	return ""
}

// DayOffRule says what a reporting regime does with a fixed due day that is
// not a working day. It is the regime's own rule, not a reading of "trước
// ngày" (that is a deadline.Policy, [Regime.Before]): it governs every
// fixed-day rule, "chậm nhất vào ngày 25" included, which package deadline
// always moves forward in a directive, and it can keep the day, which no
// reading of a directive's deadline does. The zero value is MoveForward.
type DayOffRule uint8

// The rules for a due day that falls on a day off.
const (
	// MoveForward moves it to the next working day: Bộ luật Dân sự 2015
	// Điều 148 khoản 5, which governs every period ("thời hạn") unless
	// another law provides otherwise (Điều 145 khoản 1). Nghị định
	// 09/2019/NĐ-CP Điều 13 calls the submission deadline a "thời hạn" and
	// provides nothing else, so this is the default: "hằng tháng, trước
	// ngày 20" for February 2026 ends on Thursday 19/2, a Tết holiday, and
	// moves to Monday 23/2/2026.
	MoveForward DayOffRule = iota
	// KeepDay keeps it: the report is due on the day off itself, as an
	// electronic reporting system open every day may require.
	KeepDay
	// MoveBackward moves it to the previous working day: office practice for
	// "before" deadlines, with no basis in Bộ luật Dân sự 2015. Opt-in
	// only. For a BeforeDay rule it is what the reading
	// deadline.StrictBackward does on its own.
	MoveBackward
)

var dayOffTokens = []string{"forward", "keep", "backward"}

// String returns "forward", "keep" or "backward"; any other value prints as
// "DayOffRule(n)".
func (r DayOffRule) String() string { return zeroTokenOf("DayOffRule", dayOffTokens, uint8(r)) }

// MarshalText returns the token of [DayOffRule.String].
func (r DayOffRule) MarshalText() ([]byte, error) {
	return marshalToken("day-off rule", dayOffTokens, uint8(r), 0)
}

// UnmarshalText reads a token of [DayOffRule.String].
func (r *DayOffRule) UnmarshalText(b []byte) error {
	v, err := parseToken("day-off rule", dayOffTokens, b, 0)
	if err != nil {
		return err
	}
	*r = DayOffRule(v)
	return nil
}
