package reporting

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Period
		vi   string
		span Window
	}{
		{"2026-03", Period{Monthly, 2026, 3}, "tháng 3/2026", Window{d(2026, 3, 1), d(2026, 3, 31)}},
		{"2026-02", Period{Monthly, 2026, 2}, "tháng 2/2026", Window{d(2026, 2, 1), d(2026, 2, 28)}},
		{"2026-Q1", Period{Quarterly, 2026, 1}, "quý I/2026", Window{d(2026, 1, 1), d(2026, 3, 31)}},
		{"2026-Q4", Period{Quarterly, 2026, 4}, "quý IV/2026", Window{d(2026, 10, 1), d(2026, 12, 31)}},
		{"2026-H1", Period{HalfYearly, 2026, 1}, "6 tháng đầu năm 2026", Window{d(2026, 1, 1), d(2026, 6, 30)}},
		{"2026-H2", Period{HalfYearly, 2026, 2}, "6 tháng cuối năm 2026", Window{d(2026, 7, 1), d(2026, 12, 31)}},
		{"2026-9M", Period{NineMonths, 2026, 1}, "9 tháng năm 2026", Window{d(2026, 1, 1), d(2026, 9, 30)}},
		{"2026", Period{Annual, 2026, 1}, "năm 2026", Window{d(2026, 1, 1), d(2026, 12, 31)}},
		// ISO 8601: week 1 of 2026 starts Monday 29/12/2025; 25/3/2026 is in week 13.
		{"2026-W01", Period{Weekly, 2026, 1}, "tuần 1/2026", Window{d(2025, 12, 29), d(2026, 1, 4)}},
		{"2026-W13", Period{Weekly, 2026, 13}, "tuần 13/2026", Window{d(2026, 3, 23), d(2026, 3, 29)}},
		{"2026-W53", Period{Weekly, 2026, 53}, "tuần 53/2026", Window{d(2026, 12, 28), d(2027, 1, 3)}},
	} {
		p, err := ParsePeriod(tt.in)
		if err != nil || p != tt.want {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v", tt.in, p, err, tt.want)
			continue
		}
		if p.String() != tt.in || p.Vietnamese() != tt.vi || p.Span() != tt.span {
			t.Errorf("%q: String %q, Vietnamese %q, Span %v; want %q %v", tt.in, p.String(), p.Vietnamese(), p.Span(), tt.vi, tt.span)
		}
		if PeriodOf(p.Frequency, tt.span.From) != p || PeriodOf(p.Frequency, tt.span.To) != p {
			t.Errorf("PeriodOf does not find %v from its span", p)
		}
	}
	for _, bad := range []string{"", "26", "2026-", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3", "2025-W53", "2026-W54", "2026-W00", "2026-8M", "0000", "2026/03", "2026-3", "2026-003", "2026-q1", "２０２６"} {
		_, err := ParsePeriod(bad)
		var pe *ParseError
		if !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) || pe.Input != bad {
			t.Errorf("ParsePeriod(%q) = %v, want a *ParseError with the input", bad, err)
		}
	}
}

func TestPeriodNext(t *testing.T) {
	for _, tt := range [][2]string{
		{"2025-12", "2026-01"}, {"2026-Q4", "2027-Q1"}, {"2026-H1", "2026-H2"}, {"2026-9M", "2027-9M"},
		{"2026", "2027"}, {"2026-W53", "2027-W01"}, {"2025-W52", "2026-W01"},
	} {
		if got := mustPeriod(t, tt[0]).Next().String(); got != tt[1] {
			t.Errorf("%s.Next() = %s, want %s", tt[0], got, tt[1])
		}
	}
	if !(Period{Annual, 9999, 1}).Next().IsZero() || !(Period{}).Next().IsZero() {
		t.Error("Next past 9999 or of the zero Period is not zero")
	}
}

func TestPeriodText(t *testing.T) {
	var p Period
	if err := json.Unmarshal([]byte(`"2026-Q3"`), &p); err != nil || p != (Period{Quarterly, 2026, 3}) {
		t.Errorf("%v %v", p, err)
	}
	if err := json.Unmarshal([]byte(`""`), &p); err != nil || !p.IsZero() {
		t.Errorf("empty: %v %v", p, err)
	}
	if _, err := (Period{Monthly, 2026, 13}).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("MarshalText of month 13: %v", err)
	}
	if s := (Period{Monthly, 2026, 13}).String(); s != "Period(monthly,2026,13)" {
		t.Errorf("String of an invalid period: %q", s)
	}
	if (Period{}).String() != "" || (Period{}).Vietnamese() != "" {
		t.Error("zero Period prints")
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2026", "2026-03", "2026-Q1", "2026-H2", "2026-9M", "2026-W53", "2025-W53", "9999-12", "0001-W01", "x", "2026-Q", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("error %v does not wrap ErrSyntax", err)
			}
			return
		}
		if !p.Valid() {
			t.Fatalf("ParsePeriod(%q) = invalid %v", s, p)
		}
		if p.String() != s {
			t.Fatalf("round trip %q → %q", s, p.String())
		}
		span := p.Span()
		if span.Days() < 7 || PeriodOf(p.Frequency, span.From) != p {
			t.Fatalf("%v: span %v", p, span)
		}
	})
}
