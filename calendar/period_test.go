package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// The tokens are those that directive/deadline already stores in JSON
// (directive/deadline/json.go, unitTokens); the Vietnamese words are those
// of the documents ("15 ngày làm việc", reporting.md §3.2; "3 tháng", Bộ
// luật Dân sự 2015 Điều 148 khoản 3).
var unitRows = []struct {
	u     Unit
	token string
	word  string
}{
	{Days, "days", "ngày"},
	{WorkingDays, "working-days", "ngày làm việc"},
	{Weeks, "weeks", "tuần"},
	{Months, "months", "tháng"},
	{Years, "years", "năm"},
}

func TestUnitText(t *testing.T) {
	for _, tt := range unitRows {
		if s := tt.u.String(); s != tt.word {
			t.Errorf("Unit(%d).String() = %q, want %q", uint8(tt.u), s, tt.word)
		}
		b, err := tt.u.MarshalText()
		if err != nil || string(b) != tt.token {
			t.Errorf("Unit(%d).MarshalText() = %q, %v; want %q", uint8(tt.u), b, err, tt.token)
		}
		var back Unit
		if err := back.UnmarshalText([]byte(tt.token)); err != nil || back != tt.u {
			t.Errorf("UnmarshalText(%q) = %d, %v; want %d", tt.token, back, err, tt.u)
		}
	}
	// The zero Unit is "unset": empty text, both ways.
	if b, err := Unit(0).MarshalText(); err != nil || b == nil || len(b) != 0 {
		t.Errorf("Unit(0).MarshalText() = %q, %v; want empty text", b, err)
	}
	u := Months
	if err := u.UnmarshalText(nil); err != nil || u != 0 {
		t.Errorf("UnmarshalText(empty) = %d, %v; want the zero Unit", u, err)
	}
	for _, bad := range []Unit{6, 255} {
		if _, err := bad.MarshalText(); !errors.Is(err, ErrInvalid) {
			t.Errorf("Unit(%d).MarshalText: err = %v, want ErrInvalid", uint8(bad), err)
		}
	}
	for _, in := range []string{"Days", "day", "working days", "working_days", "ngày", " days", "days ", "Unit(1)"} {
		u := Weeks
		err := u.UnmarshalText([]byte(in))
		var ce *Error
		if !errors.Is(err, ErrSyntax) || !errors.As(err, &ce) || ce.Input != in || u != Weeks {
			t.Errorf("UnmarshalText(%q): err = %v, unit %d; want a *Error with the input, wrapping ErrSyntax, unit unchanged", in, err, u)
		}
	}
}

func TestPeriodText(t *testing.T) {
	good := []struct {
		text string
		p    Period
		vi   string
	}{
		// reporting.md §3.2: "trong thời hạn 15 ngày làm việc".
		{"15 working-days", Period{15, WorkingDays}, "15 ngày làm việc"},
		// reporting.md §3.2: "trong thời hạn 10 ngày".
		{"10 days", Period{10, Days}, "10 ngày"},
		// reporting.md §3.2: "ngay trong ngày".
		{"0 days", Period{0, Days}, "0 ngày"},
		// Bộ luật Dân sự 2015 Điều 148 khoản 2–4.
		{"2 weeks", Period{2, Weeks}, "2 tuần"},
		{"3 months", Period{3, Months}, "3 tháng"},
		{"1 years", Period{1, Years}, "1 năm"},
	}
	for _, tt := range good {
		if s := tt.p.String(); s != tt.vi {
			t.Errorf("%+v.String() = %q, want %q", tt.p, s, tt.vi)
		}
		b, err := tt.p.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("%+v.MarshalText() = %q, %v; want %q", tt.p, b, err, tt.text)
		}
		var back Period
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.p {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tt.text, back, err, tt.p)
		}
	}

	// The zero Period is "unset": empty text, both ways.
	if b, err := (Period{}).MarshalText(); err != nil || b == nil || len(b) != 0 {
		t.Errorf("Period{}.MarshalText() = %q, %v; want empty text", b, err)
	}
	p := Period{4, Weeks}
	if err := p.UnmarshalText([]byte{}); err != nil || p != (Period{}) {
		t.Errorf("UnmarshalText(empty) = %+v, %v; want the zero Period", p, err)
	}

	for _, bad := range []Period{{-1, Days}, {5, 0}, {5, 9}} {
		if _, err := bad.MarshalText(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v.MarshalText: err = %v, want ErrInvalid", bad, err)
		}
	}
	if s := (Period{1, 9}).String(); s != "1 Unit(9)" {
		t.Errorf("Period{1, 9}.String() = %q", s)
	}

	bad := []struct {
		in     string
		offset int
		msg    string
	}{
		{"15", 2, "want a space"},
		{"15 ", 3, "unknown unit"},
		{"15  days", 3, "unknown unit"},
		{"15 fortnights", 3, "unknown unit"},
		{"15 working days", 3, "unknown unit"},
		{"15 Days", 3, "unknown unit"},
		{"15 ngày làm việc", 3, "unknown unit"},
		{"15\tdays", 2, "want a space"},
		{"days", 0, "want a number"},
		{" 15 days", 0, "want a number"},
		{"-1 days", 0, "want a number"},
		{"+1 days", 0, "want a number"},
		{"015 days", 0, "leading zero"},
		{"00 days", 0, "leading zero"},
		{"99999999999999999999 days", 0, "number too large"},
		{"1.5 months", 1, "want a space"},
	}
	for _, tt := range bad {
		p := Period{7, Days}
		err := p.UnmarshalText([]byte(tt.in))
		var ce *Error
		if !errors.Is(err, ErrSyntax) || !errors.As(err, &ce) {
			t.Errorf("UnmarshalText(%q): err = %v, want a *Error wrapping ErrSyntax", tt.in, err)
			continue
		}
		if ce.Input != tt.in || ce.Offset != tt.offset || !strings.Contains(err.Error(), tt.msg) || p != (Period{7, Days}) {
			t.Errorf("UnmarshalText(%q): %+v (%q), period %+v; want offset %d, %q, period unchanged", tt.in, ce, err, p, tt.offset, tt.msg)
		}
		if !strings.HasPrefix(err.Error(), "calendar: Period.UnmarshalText ") || !strings.Contains(err.Error(), `"`+strings.ReplaceAll(tt.in, "\t", `\t`)+`"`) {
			t.Errorf("message %q does not name the operation and quote the input", err)
		}
	}
}

// TestPeriodJSON: a struct holding a Unit and a Period encodes them as
// tokens, not numbers, and decodes back.
func TestPeriodJSON(t *testing.T) {
	type rule struct {
		Unit   Unit   `json:"unit"`
		Period Period `json:"period"`
		Unset  Period `json:"unset"`
	}
	in := rule{Unit: WorkingDays, Period: Period{15, WorkingDays}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"unit":"working-days","period":"15 working-days","unset":""}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out rule
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json.Unmarshal(%s) = %+v, %v", b, out, err)
	}
	if err := json.Unmarshal([]byte(`{"period":"15 ngày"}`), &out); !errors.Is(err, ErrSyntax) {
		t.Errorf("json.Unmarshal of a Vietnamese period: err = %v, want ErrSyntax", err)
	}
}

// FuzzPeriodUnmarshalText: the parser never panics; what it accepts is
// exactly the text MarshalText writes for the result; what it refuses is a
// *Error wrapping ErrSyntax that carries the input and an offset within it.
func FuzzPeriodUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "15 working-days", "0 days", "3 months", "1 years", "2 weeks", "015 days", "15 ", "99999999999999999999 days", "-1 days"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p Period
		err := p.UnmarshalText([]byte(s))
		if err != nil {
			var ce *Error
			if !errors.Is(err, ErrSyntax) || !errors.As(err, &ce) || ce.Input != s || ce.Offset < 0 || ce.Offset > len(s) {
				t.Fatalf("UnmarshalText(%q): %#v", s, err)
			}
			if p != (Period{}) {
				t.Fatalf("UnmarshalText(%q) changed the period on error: %+v", s, p)
			}
			return
		}
		b, err := p.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("UnmarshalText(%q) = %+v, which marshals as %q, %v", s, p, b, err)
		}
	})
}
