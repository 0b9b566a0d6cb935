package deadline

import (
	"errors"
	"testing"

	"github.com/vanban-go/vanban/calendar"
)

type enum interface {
	String() string
	MarshalText() ([]byte, error)
}

// TestEnumStrings checks that String never panics, that every named value
// round-trips through its text and that the others print as Type(n).
func TestEnumStrings(t *testing.T) {
	for v := range 256 {
		u := uint8(v)
		values := []struct {
			e     enum
			back  func([]byte) (enum, error)
			typ   string
			named bool
		}{
			{Kind(u), func(b []byte) (enum, error) { var x Kind; err := x.UnmarshalText(b); return x, err }, "Kind", v >= 1 && v <= 4},
			{Bound(u), func(b []byte) (enum, error) { var x Bound; err := x.UnmarshalText(b); return x, err }, "Bound", v >= 1 && v <= 2},
			{SpanUnit(u), func(b []byte) (enum, error) { var x SpanUnit; err := x.UnmarshalText(b); return x, err }, "SpanUnit", v >= 1 && v <= 6},
			{EventKind(u), func(b []byte) (enum, error) { var x EventKind; err := x.UnmarshalText(b); return x, err }, "EventKind", v <= 4},
			{Frequency(u), func(b []byte) (enum, error) { var x Frequency; err := x.UnmarshalText(b); return x, err }, "Frequency", v <= 5},
			{Anchor(u), func(b []byte) (enum, error) { var x Anchor; err := x.UnmarshalText(b); return x, err }, "Anchor", v <= 3},
			{Policy(u), func(b []byte) (enum, error) { var x Policy; err := x.UnmarshalText(b); return x, err }, "Policy", v <= 2},
			{Rule(u), func(b []byte) (enum, error) { var x Rule; err := x.UnmarshalText(b); return x, err }, "Rule", v >= 1 && v <= 18},
		}
		for _, x := range values {
			s := x.e.String()
			b, err := x.e.MarshalText()
			if !x.named {
				if want := x.typ + "(" + itoa(v) + ")"; s != want || err == nil {
					t.Errorf("%s(%d): String %q, MarshalText error %v; want %q and an error", x.typ, v, s, err, want)
				}
				continue
			}
			if err != nil || string(b) != s {
				t.Errorf("%s(%d): MarshalText %q, %v; String %q", x.typ, v, b, err, s)
			}
			if back, err := x.back(b); err != nil || back != x.e {
				t.Errorf("%s(%d): UnmarshalText(%q) = %v, %v", x.typ, v, b, back, err)
			}
		}
	}
	var p Policy
	if err := p.UnmarshalText([]byte("lenient")); !errors.Is(err, ErrSyntax) {
		t.Errorf("unknown policy: %v", err)
	}
}

func TestClock(t *testing.T) {
	for _, tt := range []struct {
		c    Clock
		s    string
		text string
	}{
		{0, "", ""}, {960, "16:00", "16 giờ"}, {990, "16:30", "16 giờ 30 phút"}, {540, "09:00", "9 giờ"},
		{1440, "24:00", "24 giờ"}, {1441, "Clock(1441)", ""}, {-5, "Clock(-5)", ""},
	} {
		if got := tt.c.String(); got != tt.s {
			t.Errorf("Clock(%d).String() = %q, want %q", tt.c, got, tt.s)
		}
		b, err := tt.c.MarshalText()
		if tt.c < 0 || tt.c > 1440 {
			if err == nil {
				t.Errorf("Clock(%d) marshals", tt.c)
			}
			continue
		}
		var back Clock
		if err != nil || back.UnmarshalText(b) != nil || back != tt.c {
			t.Errorf("Clock(%d) round trip via %q: %d, %v", tt.c, b, back, err)
		}
		if tt.c != 0 && tt.c.vietnamese() != tt.text {
			t.Errorf("Clock(%d) in words %q, want %q", tt.c, tt.c.vietnamese(), tt.text)
		}
	}
	var c Clock
	for _, bad := range []string{"00:00", "25:00", "16:60", "16", "16:5", "x:00"} {
		if err := c.UnmarshalText([]byte(bad)); !errors.Is(err, ErrSyntax) {
			t.Errorf("UnmarshalText(%q): %v", bad, err)
		}
	}
}

func TestExprStringInvalid(t *testing.T) {
	// String prints what it can for any value, and never panics.
	for _, e := range []Expr{
		{}, {Kind: 9}, {Kind: WithinSpan, Span: Span{Unit: 42}}, {Kind: WithinSpan, Span: Span{Unit: SpanQuarter, N: 7}},
		{Kind: AfterEvent, Period: calendar.Period{N: 3, Unit: 99}}, {Kind: Recurring, Every: Recurrence{Freq: 200}},
		{Kind: Recurring, Every: Recurrence{Freq: Weekly, Weekday: 12}}, {Kind: AfterEvent, Event: Event{Kind: 77}},
	} {
		_ = e.String()
	}
}
