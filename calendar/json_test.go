package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want date.Date // 0 with off/msg set: an error
		off  int
		msg  string
	}{
		{in: "2021-11-20", want: ymd(2021, 11, 20)},
		// Leap years by the Gregorian rule: 2028 and 2000 are, 2100 is not.
		{in: "2028-02-29", want: ymd(2028, 2, 29)},
		{in: "2000-02-29", want: ymd(2000, 2, 29)},
		{in: "2100-02-29", off: 8, msg: "no day 29 in February 2100"},
		// The review's case (issue 4.2): date.Date would read it as 2 March.
		{in: "2028-02-31", off: 8, msg: "no day 31 in February 2028"},
		{in: "2026-04-31", off: 8, msg: "no day 31 in April 2026"},
		{in: "2026-06-00", off: 8, msg: "no day 0 in June 2026"},
		{in: "2026-13-01", off: 5, msg: "no month 13"},
		{in: "2026-00-10", off: 5, msg: "no month 0"},
		// Only the ISO form date.Date writes; its UnmarshalText takes these.
		{in: "20/11/2021", off: 0, msg: "want a year of four digits"},
		{in: "2021/11/20", off: 4, msg: "want '-' after the year"},
		{in: "20211120", off: 0, msg: "a year of more than four digits needs a sign"},
		{in: "2021-325", off: 5, msg: "no month 32"}, // an ordinal date
		{in: "2021-11.20", off: 7, msg: "want '-' after the month"},
		{in: "2021-11-20T00:00:00Z", off: 10, msg: "text after the date"},
		{in: " 2021-11-20", off: 0, msg: "want a year of four digits"},
		{in: "2021-1-20", off: 5, msg: "want a month of two digits"},
		{in: "2021-11-2", off: 8, msg: "want a day of two digits"},
		{in: "", msg: "empty date"},
		// Years outside 0000–9999, as date.Date writes them.
		{in: "+12345-06-07", want: date.New(12345, 6, 7)},
		{in: "-0987-06-05", want: date.New(-987, 6, 5)},
		{in: "+1234567890-01-01", off: 1, msg: "year too large"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.msg == "" {
			if err != nil || got != tt.want {
				t.Errorf("ParseDate(%q) = %s, %v; want %s", tt.in, got, err, tt.want)
			}
			continue
		}
		var ce *Error
		if !errors.As(err, &ce) || !errors.Is(err, ErrSyntax) || ce.Input != tt.in || ce.Offset != tt.off || ce.Detail != tt.msg || ce.Op != "ParseDate" {
			t.Errorf("ParseDate(%q) = %s, %#v; want offset %d, %q", tt.in, got, err, tt.off, tt.msg)
		}
	}
	// Every day date.Date writes in the supported range, and around it,
	// reads back.
	for d := MinDate - 400; d <= MaxDate+400; d++ {
		if got, err := ParseDate(d.String()); err != nil || got != d {
			t.Fatalf("ParseDate(%q) = %s, %v", d.String(), got, err)
		}
	}
	_, err := ParseDate("2028-02-31")
	if want := `calendar: ParseDate "2028-02-31": offset 8: no day 31 in February 2028: syntax error`; err == nil || err.Error() != want {
		t.Errorf("message %v, want %s", err, want)
	}
}

// TestDayInfoJSONDates: a schedule decoded from JSON rejects a day that does
// not exist instead of moving it to the next month (review of issue 4.2), so
// WithSchedule never sees it; the error names the field and the input.
func TestDayInfoJSONDates(t *testing.T) {
	tests := []struct {
		in    string
		input string // the date the error names; "" for no error
		off   int
	}{
		{`{"date":"2028-02-31","kind":"holiday","name":"x"}`, "2028-02-31", 8},
		{`{"date":"2027-02-29","kind":"holiday","name":"x"}`, "2027-02-29", 8},
		{`{"date":"2028-13-01","kind":"holiday","name":"x"}`, "2028-13-01", 5},
		{`{"date":"1/9/2028","kind":"holiday","name":"x"}`, "1/9/2028", 0},
		{`{"date":"","kind":"holiday","name":"x"}`, "", 0},
		{`{"date":"2028-09-01","kind":"holiday","name":"x"}`, "", 0},
	}
	for _, tt := range tests {
		var d DayInfo
		err := json.Unmarshal([]byte(tt.in), &d)
		if tt.input == "" && !strings.Contains(tt.in, `"date":""`) {
			if err != nil || d.Date != ymd(2028, 9, 1) || d.Kind != Holiday {
				t.Errorf("Unmarshal(%s) = %+v, %v", tt.in, d, err)
			}
			continue
		}
		var ce *Error
		if !errors.As(err, &ce) || !errors.Is(err, ErrSyntax) || ce.Op != "DayInfo.UnmarshalJSON" || ce.Input != tt.input ||
			ce.Offset != tt.off || !strings.HasPrefix(ce.Detail, `field "date": `) {
			t.Errorf("Unmarshal(%s): %#v", tt.in, err)
		}
	}

	// In a schedule: the whole decode fails, naming the day.
	var days []DayInfo
	err := json.Unmarshal([]byte(`[{"date":"2028-01-01","kind":"holiday","name":"Tết Dương lịch"},`+
		`{"date":"2028-02-31","kind":"holiday","name":"x"}]`), &days)
	want := `calendar: DayInfo.UnmarshalJSON "2028-02-31": offset 8: field "date": no day 31 in February 2028: syntax error`
	if err == nil || err.Error() != want {
		t.Errorf("schedule with 31/2: %v\nwant %s", err, want)
	}

	// What Calendar.JSON writes reads back to the same days, for every
	// year of the range.
	for y := MinYear; y <= MaxYear; y += 7 {
		b, err := Default().JSON(y)
		if err != nil {
			t.Fatal(err)
		}
		var back struct{ Days []DayInfo }
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("JSON(%d) does not decode: %v", y, err)
		}
		s, _ := Default().Schedule(y)
		if len(s) != len(back.Days) {
			t.Fatalf("JSON(%d): %d days, Schedule %d", y, len(back.Days), len(s))
		}
		for i := range s {
			if s[i] != back.Days[i] {
				t.Errorf("JSON(%d) day %d: %+v, want %+v", y, i, back.Days[i], s[i])
			}
		}
	}

	// A null date, or none, leaves the date as it was.
	d := DayInfo{Date: ymd(2028, 1, 1)}
	if err := json.Unmarshal([]byte(`{"date":null,"kind":"holiday"}`), &d); err != nil || d.Date != ymd(2028, 1, 1) || d.Kind != Holiday {
		t.Errorf("null date: %+v, %v", d, err)
	}
	// Other fields keep their own checks.
	if err := json.Unmarshal([]byte(`{"date":"2028-01-01","kind":"bank-holiday"}`), &d); !errors.Is(err, ErrSyntax) {
		t.Errorf("unknown kind: %v", err)
	}
}

func TestDeadlineJSON(t *testing.T) {
	// "Trong thời hạn 10 ngày kể từ ngày 20/4/2021": due Tuesday 4/5/2021
	// (Bộ luật Dân sự 2015 Điều 148 khoản 5; see ExampleCalendar_Deadline).
	dl, err := Default().Deadline(ymd(2021, 4, 20), Period{10, Days})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(dl)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"start":"2021-04-20"`, `"period":"10 days"`, `"last":"2021-04-30"`, `"due":"2021-05-04"`,
		`"moved":true`, `"lastDay":{"date":"2021-04-30","kind":"holiday"`, `"provisional":false`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("Deadline JSON lacks %s:\n%s", want, b)
		}
	}
	var back Deadline
	if err := json.Unmarshal(b, &back); err != nil || back != dl {
		t.Errorf("round trip: %+v, %v; want %+v", back, err, dl)
	}
	for _, tt := range []struct{ field, from, to string }{
		{"start", `"start":"2021-04-20"`, `"start":"2021-04-31"`},
		{"due", `"due":"2021-05-04"`, `"due":"2021-02-30"`},
		{"last", `"last":"2021-04-30"`, `"last":"2021-4-30"`},
		{"date", `"lastDay":{"date":"2021-04-30"`, `"lastDay":{"date":"2021-09-31"`},
	} {
		bad := strings.Replace(string(b), tt.from, tt.to, 1)
		var ce *Error
		err := json.Unmarshal([]byte(bad), &back)
		if !errors.As(err, &ce) || !errors.Is(err, ErrSyntax) || !strings.Contains(ce.Detail, `field "`+tt.field+`"`) {
			t.Errorf("%s: %v", tt.to, err)
		}
	}
}

func FuzzDayInfoUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"date":"2028-02-31","kind":"holiday","name":"x"}`,
		`{"date":"2026-09-01","kind":"holiday","name":"Quốc khánh (ngày liền kề)","basis":"B","confidence":"confirmed","provisional":true}`,
		`{"date":"+12345-06-07","kind":""}`, `{"date":null}`, `[]`, `{"date":5}`, `null`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d DayInfo
		if err := json.Unmarshal([]byte(s), &d); err != nil {
			var ce *Error
			if errors.As(err, &ce) && ce.Err == nil {
				t.Fatalf("Unmarshal(%q): an *Error without a category: %v", s, err)
			}
			return
		}
		// What decodes is a real day, and encodes back to the same value.
		y, m, day := d.Date.Date()
		if date.New(y, m, day) != d.Date {
			t.Fatalf("Unmarshal(%q): date %s", s, d.Date)
		}
		b, err := json.Marshal(d)
		if err != nil {
			if d.Kind <= SwapWorkday && d.Confidence <= Inferred {
				t.Fatalf("Marshal(%+v): %v", d, err)
			}
			return
		}
		var back DayInfo
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("round trip of %+v via %s: %+v, %v", d, b, back, err)
		}
	})
}
