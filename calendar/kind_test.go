package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
)

func TestKindString(t *testing.T) {
	want := map[Kind]string{0: "Kind(0)", Workday: "workday", WeeklyRest: "weekly-rest", Holiday: "holiday",
		Compensatory: "compensatory", SwapOff: "swap-off", SwapWorkday: "swap-workday", 7: "Kind(7)", 255: "Kind(255)"}
	for k, s := range want {
		if k.String() != s {
			t.Errorf("Kind(%d).String() = %q, want %q", uint8(k), k.String(), s)
		}
		b, err := k.MarshalText()
		switch {
		case k >= Workday && k <= SwapWorkday:
			var back Kind
			if err != nil || string(b) != s || back.UnmarshalText(b) != nil || back != k {
				t.Errorf("Kind %s does not round-trip: %q, %v, %s", k, b, err, back)
			}
		case k == 0:
			// The zero Kind is "unset": empty text, and back.
			back := Holiday
			if err != nil || b == nil || len(b) != 0 || back.UnmarshalText(b) != nil || back != 0 {
				t.Errorf("the zero Kind does not round-trip through empty text: %q, %v, %s", b, err, back)
			}
		case !errors.Is(err, ErrInvalid):
			t.Errorf("Kind(%d).MarshalText: err = %v", uint8(k), err)
		}
	}
	if Workday.Working() != true || SwapWorkday.Working() != true || Holiday.Working() || Kind(0).Working() {
		t.Error("Kind.Working")
	}
	k := Workday
	if err := k.UnmarshalText([]byte("Holiday")); !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), `"Holiday"`) || k != Workday {
		t.Errorf("UnmarshalText(Holiday): %v, kind %s", err, k)
	}
}

// TestDayInfoJSONOutOfRange: the DayInfo of a day out of range (zero Kind)
// encodes, with an empty kind, and decodes back to the same value.
func TestDayInfoJSONOutOfRange(t *testing.T) {
	for _, d := range []date.Date{MinDate - 1, MaxDate + 1, 0} {
		info := Default().Day(d)
		if info.Kind != 0 {
			t.Fatalf("Day(%s).Kind = %s, want the zero Kind", d, info.Kind)
		}
		b, err := json.Marshal(info)
		if err != nil {
			t.Errorf("json.Marshal(Day(%s)): %v", d, err)
			continue
		}
		if !strings.Contains(string(b), `"kind":""`) {
			t.Errorf("json.Marshal(Day(%s)) = %s, want an empty kind", d, b)
		}
		var back DayInfo
		if err := json.Unmarshal(b, &back); err != nil || back != info {
			t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, back, err, info)
		}
	}
	// A day in range keeps its token.
	b, err := json.Marshal(Default().Day(ymd(2026, 9, 2)))
	if err != nil || !strings.Contains(string(b), `"kind":"holiday"`) {
		t.Errorf("json.Marshal(Day(2026-09-02)) = %s, %v", b, err)
	}
	// WithSchedule still refuses an entry without a kind, decoded or not.
	var e DayInfo
	if err := json.Unmarshal([]byte(`{"date":"2028-01-01","kind":"","name":"x"}`), &e); err != nil {
		t.Fatal(err)
	}
	if _, err := New(WithSchedule(e)); !errors.Is(err, ErrInvalid) {
		t.Errorf("WithSchedule of a day without a kind: err = %v, want ErrInvalid", err)
	}
}

func TestConfidenceString(t *testing.T) {
	for c, s := range map[Confidence]string{Derived: "derived", Confirmed: "confirmed", SingleSource: "single-source", Inferred: "inferred", 4: "Confidence(4)"} {
		if c.String() != s {
			t.Errorf("Confidence(%d).String() = %q, want %q", uint8(c), c.String(), s)
		}
		b, err := c.MarshalText()
		var back Confidence
		if c <= Inferred && (err != nil || back.UnmarshalText(b) != nil || back != c) {
			t.Errorf("Confidence %s does not round-trip", c)
		}
		if c > Inferred && !errors.Is(err, ErrInvalid) {
			t.Errorf("Confidence(%d).MarshalText: %v", uint8(c), err)
		}
	}
	var c Confidence
	if err := c.UnmarshalText([]byte("sure")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(sure): %v", err)
	}
}

// FuzzKindUnmarshalText: the token parser accepts exactly the six tokens,
// and the empty text of the zero Kind.
func FuzzKindUnmarshalText(f *testing.F) {
	for _, s := range kindNames {
		f.Add(s)
	}
	f.Add("HOLIDAY")
	f.Fuzz(func(t *testing.T, s string) {
		var k Kind
		err := k.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("UnmarshalText(%q): %v", s, err)
			}
			return
		}
		if s == "" {
			if k != 0 {
				t.Fatalf("UnmarshalText(\"\") = %s", k)
			}
			return
		}
		if k.String() != s {
			t.Fatalf("UnmarshalText(%q) = %s", s, k)
		}
	})
}

func TestParseSchedule(t *testing.T) {
	good := "# lịch 2028\n2028-01-01\tholiday\tTết Dương lịch\tBLLĐ 2019\n2028-01-08\tswap-workday\tLàm bù\tTB 1\tinferred\n"
	days, err := ParseSchedule([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := []DayInfo{
		{Date: ymd(2028, 1, 1), Kind: Holiday, Name: "Tết Dương lịch", Basis: "BLLĐ 2019", Confidence: Confirmed},
		{Date: ymd(2028, 1, 8), Kind: SwapWorkday, Name: "Làm bù", Basis: "TB 1", Confidence: Inferred},
	}
	if len(days) != 2 || days[0] != want[0] || days[1] != want[1] {
		t.Errorf("ParseSchedule = %+v", days)
	}
	bad := []struct {
		in        string
		line, col int
	}{
		{"2028-01-01\tday-off\tx\ts\n", 1, 2},
		{"\n2028-01-01\tholiday\tx\ts\tsure\n", 2, 5},
		{"2028-13-01\tholiday\tx\ts\n", 1, 1},
		{"2028-01-01\tholiday\tx\n", 1, 0},
		{"2028-01-01\t\tx\ts\n", 1, 2}, // no kind: the zero Kind is not a kind of day
	}
	for _, tt := range bad {
		_, err := ParseSchedule([]byte(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) || pe.Line != tt.line || pe.Column != tt.col {
			t.Errorf("ParseSchedule(%q): %v (%+v), want line %d column %d", tt.in, err, pe, tt.line, tt.col)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "calendar: schedule line ") {
			t.Errorf("message %q", err)
		}
	}
}

// FuzzParseSchedule: ParseSchedule never panics, and what it accepts either
// builds a calendar or is refused with a category error.
func FuzzParseSchedule(f *testing.F) {
	f.Add([]byte("date\tkind\tname\tsource\tconfidence\n2028-01-01\tholiday\tTết Dương lịch\tBLLĐ 2019\tconfirmed\n"))
	f.Add([]byte("2028-01-01\tholiday\tx\t\n2028-01-01\tswap-off\ty\t\n"))
	f.Add([]byte("2300-01-01\tweekly-rest\tx\ty\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		days, err := ParseSchedule(data)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("ParseSchedule: %v does not wrap ErrSyntax", err)
			}
			return
		}
		if len(days) > 3 {
			return // keep each run short: a calendar build is 1 ms
		}
		if _, err := New(WithSchedule(days...)); err != nil && !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("New(WithSchedule(%+v)): %v", days, err)
		}
	})
}
