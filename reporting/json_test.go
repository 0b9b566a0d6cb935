package reporting

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
)

func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Errorf("%T round trip (-want +got):\n%s\n%s", v, diff, b)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	cal := calendar.Default()
	obs := seedByHand(t)
	subs := []Submission{
		{ID: "1", Obligation: obs[1].ID, Unit: obs[1].Bearer.ID, At: at(2021, 11, 11, 9, 0)},
		{ID: "2", Obligation: obs[1].ID, Unit: obs[1].Bearer.ID, At: at(2021, 11, 12, 9, 0)},
		{ID: "3", Obligation: "?", At: at(2021, 11, 12, 9, 0)},
	}
	rep, err := Evaluate(cal, obs, subs, at(2021, 11, 16, 8, 0), Options{DueSoon: 3})
	if err != nil {
		t.Fatal(err)
	}
	reg := ND09(Weekly)
	reg.Cutoff, reg.DayOff, reg.Before = 3, KeepDay, deadline.Inclusive
	reg.Levels = []Level{{Name: "a", Rule: DueRule{Kind: OnWeekday, N: 3}}}
	occ, err := ND09(Monthly).Occurrence(cal, Period{Monthly, 2026, 3})
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, obs)
	roundTrip(t, subs)
	roundTrip(t, rep)
	roundTrip(t, rep.Reminders())
	roundTrip(t, Summarize(rep))
	roundTrip(t, ND09(Annual))
	roundTrip(t, reg)
	roundTrip(t, occ)
	roundTrip(t, Recurring{Obligation: obs[1], Regime: ND09(Quarterly), Level: 0})
	roundTrip(t, DeriveOptions{Issuer: "91/ubnd", Policy: deadline.Inclusive, RelayLead: 5, Until: d(2026, 12, 31)})
}

// TestJSONForm pins the JSON of a hand-built obligation: field names,
// ISO dates, RFC 3339 instants in UTC+7, omitted empty fields.
func TestJSONForm(t *testing.T) {
	o := Obligation{
		ID: "BC/SYT/2026-03", Bearer: Unit{"SYT", "Sở Y tế"}, Recipient: Unit{"UBND", "UBND tỉnh"},
		Period: Period{Monthly, 2026, 3}, Window: Window{d(2026, 2, 15), d(2026, 3, 14)},
		Due: Due{Day: d(2026, 3, 25), End: EndOfDay(d(2026, 3, 25)), Explanation: Explanation{Policy: "inclusive"}},
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"BC/SYT/2026-03","bearer":{"id":"SYT","name":"Sở Y tế"},"recipient":{"id":"UBND","name":"UBND tỉnh"},` +
		`"period":"2026-03","window":{"from":"2026-02-15","to":"2026-03-14"},` +
		`"due":{"day":"2026-03-25","end":"2026-03-26T00:00:00+07:00","explanation":{"policy":"inclusive"}}}`
	if string(b) != want {
		t.Errorf("JSON\n%s\nwant\n%s", b, want)
	}
}

func TestEnumText(t *testing.T) {
	type enum interface {
		MarshalText() ([]byte, error)
		String() string
	}
	for _, e := range []enum{Weekly, Annual, ByDay, OnWeekday, MoveForward, MoveBackward, Direct, Consolidator, NotDue, Late, NoDeadline, UnknownObligation, Duplicate} {
		b, err := e.MarshalText()
		if err != nil || string(b) != e.String() {
			t.Errorf("%v: %s %v", e, b, err)
		}
	}
	for _, e := range []enum{Frequency(0), Frequency(7), RuleKind(0), DayOffRule(3), Role(3), Status(0), Status(7), IrregularReason(4)} {
		if _, err := e.MarshalText(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%v: MarshalText %v", e, err)
		}
	}
	if s := Status(9).String(); s != "Status(9)" {
		t.Errorf("%q", s)
	}
	if s := Frequency(9).Vietnamese(); s != "Frequency(9)" {
		t.Errorf("%q", s)
	}
	var f Frequency
	if err := f.UnmarshalText([]byte("quarterly")); err != nil || f != Quarterly {
		t.Errorf("%v %v", f, err)
	}
	if err := f.UnmarshalText([]byte("daily")); !errors.Is(err, ErrSyntax) {
		t.Errorf("daily: %v", err)
	}
	var s Status
	if err := json.Unmarshal([]byte(`"due-soon"`), &s); err != nil || s != DueSoon || s.Vietnamese() != "chưa hoàn thành, sắp đến hạn" {
		t.Errorf("%v %v", s, err)
	}
}

// TestRegimeJSON pins the JSON of a regime: the reading of "trước ngày" is
// a deadline.Policy token ("strict", "inclusive", "strict-backward") and the
// day-off rule a DayOffRule token ("forward", "keep", "backward").
func TestRegimeJSON(t *testing.T) {
	r := Regime{Frequency: Monthly, Cutoff: ND09Cutoff, DayOff: MoveBackward, Before: deadline.StrictBackward,
		Levels: []Level{{Name: "đơn vị", Rule: DueRule{Kind: BeforeDay, N: 20}}}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"frequency":"monthly","cutoff":14,"levels":[{"name":"đơn vị","rule":{"kind":"before-day","n":20}}],` +
		`"dayOff":"backward","before":"strict-backward"}`
	if string(b) != want {
		t.Errorf("JSON\n%s\nwant\n%s", b, want)
	}
	roundTrip(t, r)
	for _, tt := range []struct {
		in   string
		want deadline.Policy
	}{{`"strict"`, deadline.Strict}, {`"inclusive"`, deadline.Inclusive}, {`"strict-backward"`, deadline.StrictBackward}} {
		var got Regime
		if err := json.Unmarshal([]byte(`{"frequency":"monthly","before":`+tt.in+`}`), &got); err != nil || got.Before != tt.want {
			t.Errorf("%s: %v %v", tt.in, got.Before, err)
		}
	}
	var bad Regime
	if err := json.Unmarshal([]byte(`{"frequency":"monthly","before":"by"}`), &bad); err == nil {
		t.Errorf("before \"by\" accepted")
	}
}

// TestJSONImpossibleDay: every date of a stored value is read strictly. An
// impossible day, which date.Date's own UnmarshalText would move to the
// next month (2021-02-30 → 2 March), is a *ParseError naming the field and
// the input, with the offset of the fault, wrapping ErrSyntax. The days are
// impossible by the Gregorian calendar: 2021 and 2026 are common years.
func TestJSONImpossibleDay(t *testing.T) {
	for _, tt := range []struct {
		name  string
		json  string
		into  func() any
		what  string
		input string
		pos   int
	}{
		{"obligation due day", `{"id":"x","bearer":{"id":"u"},"due":{"day":"2021-02-30"}}`, func() any { return new(Obligation) }, "due day", "2021-02-30", 8},
		{"obligation window end", `{"id":"x","window":{"from":"2026-02-15","to":"2026-04-31"}}`, func() any { return new(Obligation) }, "window end", "2026-04-31", 8},
		{"obligation window start", `{"id":"x","window":{"from":"2026-13-15","to":"2026-03-14"}}`, func() any { return new(Obligation) }, "window start", "2026-13-15", 5},
		{"obligations", `[{"id":"a","due":{"day":"2021-11-19"}},{"id":"b","due":{"day":"2021-02-29"}}]`, func() any { return new([]Obligation) }, "due day", "2021-02-29", 8},
		{"occurrence due", `{"period":"2026-03","dues":[{"level":"a","due":{"day":"2026-02-31"}}]}`, func() any { return new(Occurrence) }, "due day", "2026-02-31", 8},
		{"occurrence window", `{"period":"2026-03","window":{"from":"2026-02-30","to":"2026-03-14"}}`, func() any { return new(Occurrence) }, "window start", "2026-02-30", 8},
		{"recurring template", `{"obligation":{"id":"x","due":{"day":"2026-06-31"}},"level":0}`, func() any { return new(Recurring) }, "due day", "2026-06-31", 8},
		{"report item", `{"items":[{"obligation":{"id":"x","due":{"day":"2021-11-31"}},"status":"late"}]}`, func() any { return new(Report) }, "due day", "2021-11-31", 8},
		{"derive options", `{"issuer":"91/ubnd","until":"2026-09-31"}`, func() any { return new(DeriveOptions) }, "until day", "2026-09-31", 8},
		{"not a date", `{"id":"x","due":{"day":"19/11/2021"}}`, func() any { return new(Obligation) }, "due day", "19/11/2021", 0},
		{"period", `{"id":"x","period":"2026-13"}`, func() any { return new(Obligation) }, "period", "2026-13", 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.json), tt.into())
			pe, ok := errors.AsType[*ParseError](err)
			if !ok || !errors.Is(err, ErrSyntax) {
				t.Fatalf("%s: %v, want a *ParseError", tt.json, err)
			}
			if pe.What != tt.what || pe.Input != tt.input || pe.Pos != tt.pos {
				t.Errorf("%+v, want %s %q at %d", pe, tt.what, tt.input, tt.pos)
			}
		})
	}
	// Submission.At is a time.Time, whose JSON rejects the day itself.
	var s Submission
	if err := json.Unmarshal([]byte(`{"obligation":"x","at":"2021-02-30T09:00:00+07:00"}`), &s); err == nil {
		t.Errorf("submission at 30/2/2021 accepted: %v", s.At)
	}
	// Days that exist still read, the last of February of a leap year too;
	// fields left out keep their zero value.
	var o Obligation
	in := `{"id":"x","window":{"from":"2024-02-15","to":"2024-02-29"},"due":{"day":"2024-02-29","provisional":true}}`
	if err := json.Unmarshal([]byte(in), &o); err != nil || o.Due.Day != d(2024, 2, 29) || !o.Due.Provisional ||
		o.Window != (Window{d(2024, 2, 15), d(2024, 2, 29)}) {
		t.Errorf("%s: %+v %v", in, o, err)
	}
	var opt DeriveOptions
	if err := json.Unmarshal([]byte(`{"issuer":"91/ubnd","relayLead":5}`), &opt); err != nil || opt != (DeriveOptions{Issuer: "91/ubnd", RelayLead: 5}) {
		t.Errorf("%+v %v", opt, err)
	}
}

// FuzzDueUnmarshalJSON: reading a Due from any JSON never panics, and a
// due day read is the day its text names, which exists: its year, month
// and day are those written, never moved to the next month.
func FuzzDueUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`{"day":"2021-11-19"}`, `{"day":"2021-02-30"}`, `{"day":"+12345-06-07","end":"2021-11-20T00:00:00+07:00"}`, `{"day":null}`, `{"day":"2021-2-3"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var due Due
		if err := json.Unmarshal([]byte(s), &due); err != nil {
			return
		}
		var raw struct {
			Day *string `json:"day"`
		}
		if json.Unmarshal([]byte(s), &raw) != nil || raw.Day == nil {
			return
		}
		var y, m, dd int
		if _, err := fmt.Sscanf(*raw.Day, "%d-%d-%d", &y, &m, &dd); err != nil {
			t.Fatalf("%s: %q read as %v, but it is no date: %v", s, *raw.Day, due.Day, err)
		}
		if gy, gm, gd := due.Day.Date(); gy != y || int(gm) != m || gd != dd {
			t.Errorf("%s: %q read as %v", s, *raw.Day, due.Day)
		}
	})
}
