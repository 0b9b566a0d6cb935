package deadline

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestExprJSONRoundTrip(t *testing.T) {
	for _, tt := range parseTests {
		e := tt.want
		b, err := json.Marshal(e)
		if err != nil {
			t.Errorf("Marshal(%q): %v", tt.in, err)
			continue
		}
		var back Expr
		if err := json.Unmarshal(b, &back); err != nil || back != e {
			t.Errorf("round trip of %q through %s: %+v, %v", tt.in, b, back, err)
		}
	}
	b, _ := json.Marshal(MustParse("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản"))
	want := `{"kind":"after-event","bound":"by","event":{"kind":"receipt","text":"nhận được văn bản"},` +
		`"period":{"n":15,"unit":"working-days"},"text":"trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản"}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
}

func TestExprJSONInvalid(t *testing.T) {
	if _, err := json.Marshal(Expr{}); err == nil {
		t.Error("the zero Expr marshals")
	}
	var e Expr
	for _, s := range []string{
		`{"kind":"fixed-day","bound":"before","day":{"month":2,"day":30}}`,
		`{"kind":"fortnightly"}`,
		`{"kind":"after-event","bound":"by","period":{"n":3,"unit":"fortnights"}}`,
	} {
		if err := json.Unmarshal([]byte(s), &e); err == nil {
			t.Errorf("Unmarshal(%s) = %+v, want an error", s, e)
		}
	}
}

func TestResolutionJSON(t *testing.T) {
	r, err := MustParse("trước ngày 20/11/2021").Resolve(nil, Context{Date: d(2021, 4, 20), Policy: Inclusive})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"policy":"inclusive"`, `"due":"2021-11-22"`, `"dueAt":"2021-11-23T00:00:00+07:00"`,
		`"rule":"move-forward"`, `"basis":"Bộ luật Dân sự 2015, Điều 148 khoản 5"`, `"kind":"weekly-rest"`, `"workdays":149`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("resolution JSON lacks %s:\n%s", want, b)
		}
	}
	var back Resolution
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.DueAt.Equal(r.DueAt) {
		t.Errorf("due instant %s, want %s", back.DueAt, r.DueAt)
	}
	back.DueAt = r.DueAt
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, r)
	}
	var ctx Context
	if err := json.Unmarshal([]byte(`{"date":"2021-04-20","policy":"strict-backward"}`), &ctx); err != nil ||
		ctx != (Context{Date: d(2021, 4, 20), Policy: StrictBackward}) {
		t.Errorf("context: %+v, %v", ctx, err)
	}
}

// TestJSONKeys: the stored forms use camelCase keys, like the rest of the
// library (directive's dueDate, reporting's workdaysLate); review of issue
// 7.2.
func TestJSONKeys(t *testing.T) {
	ctx := Context{Date: d(2021, 4, 20), EventAt: time.Date(2021, 5, 3, 16, 30, 0, 0, ict), CutOff: 15 * 60}
	b, err := json.Marshal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"date":"2021-04-20","eventAt":"2021-05-03T16:30:00+07:00","cutOff":"15:00","policy":"strict"}`; string(b) != want {
		t.Errorf("context JSON\n got %s\nwant %s", b, want)
	}
	var back Context
	if err := json.Unmarshal(b, &back); err != nil || !back.EventAt.Equal(ctx.EventAt) || back.CutOff != ctx.CutOff || back.Date != ctx.Date {
		t.Errorf("context round trip: %+v, %v", back, err)
	}
	r, err := MustParse("trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản").Resolve(nil, ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys(t, b) {
		if strings.Contains(k, "_") {
			t.Errorf("resolution JSON key %q is not camelCase:\n%s", k, b)
		}
	}
}

// keys returns every object key in the JSON b.
func keys(t *testing.T, b []byte) []string {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				out = append(out, k)
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return out
}

// TestJSONDates: a stored date that does not exist is an error naming the
// field, not a day of the next month (date.Date's own decoding moves
// 2021-02-30 to 2 March).
func TestJSONDates(t *testing.T) {
	r, err := MustParse("trước ngày 20/11/2021").Resolve(nil, Context{Date: d(2021, 4, 20)})
	if err != nil {
		t.Fatal(err)
	}
	rb, _ := json.Marshal(r)
	occ, err := MustParse("hằng tháng, trước ngày 20").Next(nil, Context{Date: d(2021, 4, 20)}, d(2021, 5, 1))
	if err != nil {
		t.Fatal(err)
	}
	ob, _ := json.Marshal(occ)
	var backOcc Occurrence
	if err := json.Unmarshal(ob, &backOcc); err != nil || backOcc.Start != occ.Start || backOcc.End != occ.End || backOcc.Due != occ.Due {
		t.Errorf("occurrence round trip: %+v, %v; want %+v", backOcc, err, occ)
	}
	tests := []struct {
		name  string
		in    string
		into  any
		field string
	}{
		{"context date", `{"date":"2021-02-30"}`, new(Context), "date"},
		{"context event", `{"date":"2021-04-20","event":"2021-04-31"}`, new(Context), "event"},
		{"resolution due", strings.Replace(string(rb), `"due":"2021-11-19"`, `"due":"2021-11-31"`, 1), new(Resolution), "due"},
		{"resolution named", strings.Replace(string(rb), `"named":"2021-11-20"`, `"named":"20/11/2021"`, 1), new(Resolution), "named"},
		{"step", `{"rule":"move-forward","from":"2021-02-29","note":""}`, new(Step), "from"},
		{"crossed day", `{"rule":"move-forward","crossed":[{"date":"2021-11-31","kind":"holiday"}]}`, new(Step), "date"},
		{"occurrence start", strings.Replace(string(ob), `"start":"2021-05-01"`, `"start":"2021-05-32"`, 1), new(Occurrence), "start"},
		{"occurrence due", strings.Replace(string(ob), `"due":"2021-05-19"`, `"due":"2021-02-29"`, 1), new(Occurrence), "due"},
	}
	for _, tt := range tests {
		if tt.in == string(rb) || tt.in == string(ob) {
			t.Fatalf("%s: the test did not change the JSON", tt.name)
		}
		err := json.Unmarshal([]byte(tt.in), tt.into)
		if err == nil || !strings.Contains(err.Error(), `field "`+tt.field+`"`) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	var ctx Context
	err = json.Unmarshal([]byte(`{"date":"2021-02-30"}`), &ctx)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDate) || pe.Input != "2021-02-30" || pe.Offset != 8 || ctx != (Context{}) {
		t.Errorf("context 2021-02-30: %#v, %+v", err, ctx)
	}
}

// FuzzExprUnmarshalJSON: Expr.UnmarshalJSON reads stored text; whatever it
// accepts is a valid expression that encodes back to itself.
func FuzzExprUnmarshalJSON(f *testing.F) {
	for _, tt := range parseTests {
		if b, err := json.Marshal(tt.want); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{`{"kind":"fixed-day","bound":"before","day":{"month":2,"day":30}}`, `{"kind":"fortnightly"}`,
		`{"kind":"after-event","bound":"by","period":{"n":3,"unit":"fortnights"}}`, `null`, `{}`, `[]`,
		`{"kind":"after-event","bound":"by","period":{"n":-1,"unit":"days"}}`, `{"kind":"recurring","every":{"freq":"weekly","weekday":9}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var e Expr
		if err := json.Unmarshal([]byte(s), &e); err != nil {
			return
		}
		if e == (Expr{}) {
			return // "null", or an object with no field: nothing decoded
		}
		if err := e.check(Context{}); err != nil {
			t.Fatalf("Unmarshal(%q) = %+v, not valid: %v", s, e, err)
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("Marshal(%+v) from %q: %v", e, s, err)
		}
		var back Expr
		if err := json.Unmarshal(b, &back); err != nil || back != e {
			t.Fatalf("round trip of %+v via %s: %+v, %v", e, b, back, err)
		}
		_ = e.String()
	})
}
