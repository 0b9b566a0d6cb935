package deadline

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
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
	for _, want := range []string{`"policy":"inclusive"`, `"due":"2021-11-22"`, `"due_at":"2021-11-23T00:00:00+07:00"`,
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
