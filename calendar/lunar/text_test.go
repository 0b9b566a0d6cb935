package lunar

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct {
		d    Date
		want string
		src  string
	}{
		{Date{2026, 3, 10, false}, "10/3 Bính Ngọ", "issue 3: Giỗ Tổ 2026"},
		{Date{2023, 2, 15, true}, "15/2 nhuận Quý Mão", "calendar.md: 2023 has a leap 2nd month"},
		{Date{2024, 1, 1, false}, "1/1 Giáp Thìn", "Tết 2024"},
		{Date{-3, 0, 0, false}, "0/0 Đinh Tỵ", "never panics on a date that does not exist"},
		{Date{}, "", "the zero Date is unset, like its MarshalText"},
		{Date{Leap: true}, "0/0 nhuận Canh Thân", "not the zero Date: prints what it has"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q (%s)", tt.d, got, tt.want, tt.src)
		}
	}
	if got := fmt.Sprint(Date{}); got != "" {
		t.Errorf("fmt.Sprint(Date{}) = %q, want empty", got)
	}
}

// TestZeroDateErrors: errors about the zero Date or the zero solar day
// name it readably, never as "0/0 Canh Thân".
func TestZeroDateErrors(t *testing.T) {
	_, err := Date{}.Solar()
	if err == nil || !strings.Contains(err.Error(), `"0000-00-00"`) || strings.Contains(err.Error(), "Canh") {
		t.Errorf("Date{}.Solar(): %v", err)
	}
	_, err = FromSolar(0)
	if err == nil || !strings.Contains(err.Error(), `"0001-01-01"`) {
		t.Errorf("FromSolar(0): %v", err)
	}
}

func TestMarshalText(t *testing.T) {
	tests := []struct {
		d    Date
		text string
	}{
		{Date{2026, 3, 10, false}, "2026-03-10"},
		{Date{2023, 2, 15, true}, "2023-02L-15"},
		{Date{2033, 11, 1, true}, "2033-11L-01"},
		{Date{1900, 1, 1, false}, "1900-01-01"},
		{Date{}, ""},
	}
	for _, tt := range tests {
		b, err := tt.d.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("%+v.MarshalText() = %q, %v; want %q", tt.d, b, err, tt.text)
		}
		var back Date
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.d {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tt.text, back, err, tt.d)
		}
	}
}

func TestMarshalTextInvalid(t *testing.T) {
	for _, d := range []Date{{2024, 2, 1, true}, {2024, 12, 30, false}, {2300, 1, 1, false}} {
		if _, err := d.MarshalText(); err == nil {
			t.Errorf("%+v.MarshalText() succeeded for a date that does not exist", d)
		}
	}
}

func TestUnmarshalTextErrors(t *testing.T) {
	tests := []struct {
		text   string
		want   error
		offset int
	}{
		{"2026-3-10", ErrSyntax, 6},
		{"2026-03-10x", ErrSyntax, 10},
		{"20260310", ErrSyntax, 4},
		{"2026-03L", ErrSyntax, 8},
		{"abcd", ErrSyntax, 0},
		{"2024-02L-01", ErrNoSuchDate, 0},
		{"2024-12-30", ErrNoSuchDate, 0},
		{"2024-13-01", ErrNoSuchDate, 0},
		{"2200-01-01", ErrOutOfRange, 0},
		{"1899-12-01", ErrOutOfRange, 0},
	}
	for _, tt := range tests {
		d := Date{2000, 1, 1, false}
		err := d.UnmarshalText([]byte(tt.text))
		var e *Error
		if !errors.Is(err, tt.want) || !errors.As(err, &e) || e.Input != tt.text || e.Offset != tt.offset {
			t.Errorf("UnmarshalText(%q) error = %#v, want %v at %d", tt.text, err, tt.want, tt.offset)
		}
		if d != (Date{2000, 1, 1, false}) {
			t.Errorf("UnmarshalText(%q) changed the date on error: %+v", tt.text, d)
		}
	}
}

// Date works in JSON through the text methods.
func TestJSON(t *testing.T) {
	type rec struct {
		GioTo Date `json:"gio_to"`
	}
	b, err := json.Marshal(rec{Date{2026, 3, 10, false}})
	if err != nil || string(b) != `{"gio_to":"2026-03-10"}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal(b, &r); err != nil || r.GioTo != (Date{2026, 3, 10, false}) {
		t.Errorf("json.Unmarshal = %+v, %v", r, err)
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := Date{2024, 12, 30, false}.Solar()
	if got, want := err.Error(), `lunar: Solar "2024-12-30": no such lunar date`; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	// The input is shown in full, with its year number, even when it is far
	// from anything that exists.
	for _, tt := range []struct {
		d    Date
		want string
	}{
		{Date{2260, 1, 1, false}, `lunar: Solar "2260-01-01": out of range (solar 1900-01-31 to 2199-12-31, lunar years 1900–2199)`},
		{Date{2023, 3, 1, true}, `lunar: Solar "2023-03L-01": no such lunar date`},
		{Date{-5, 123, 0, false}, `lunar: Solar "-5-123-00": out of range (solar 1900-01-31 to 2199-12-31, lunar years 1900–2199)`},
		{Date{}, `lunar: Solar "0000-00-00": out of range (solar 1900-01-31 to 2199-12-31, lunar years 1900–2199)`},
	} {
		if _, err := tt.d.Solar(); err == nil || err.Error() != tt.want {
			t.Errorf("%+v.Solar() error %v, want %q", tt.d, err, tt.want)
		}
	}
	if _, err := (Date{2024, 2, 1, true}).MarshalText(); err == nil || err.Error() != `lunar: MarshalText "2024-02L-01": no such lunar date` {
		t.Errorf("MarshalText error %v", err)
	}
	err = new(Date).UnmarshalText([]byte("2024-x"))
	if got, want := err.Error(), `lunar: UnmarshalText "2024-x": syntax error at offset 5`; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func TestCompare(t *testing.T) {
	order := []Date{{2023, 1, 30, false}, {2023, 2, 1, false}, {2023, 2, 29, false}, {2023, 2, 1, true}, {2023, 3, 1, false}, {2024, 1, 1, false}}
	for i, a := range order {
		for j, b := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%+v.Compare(%+v) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestMonths(t *testing.T) {
	// 2023 (Quý Mão): Tết 22 Jan, a leap 2nd month from 22 Mar
	// (calendar.md §2.1 and §1), Giỗ Tổ 10/3 on 29 Apr.
	ms, err := Months(2023)
	if err != nil || len(ms) != 13 {
		t.Fatalf("Months(2023) = %d months, %v", len(ms), err)
	}
	if ms[0].Start != day(2023, 1, 22) || ms[0].Number != 1 {
		t.Errorf("first month %+v", ms[0])
	}
	if m := ms[2]; m.Number != 2 || !m.Leap || m.Start != day(2023, 3, 22) {
		t.Errorf("third month %+v, want leap 2 from 2023-03-22", m)
	}
	if m := ms[3]; m.Number != 3 || m.Leap || m.Start+9 != day(2023, 4, 29) {
		t.Errorf("fourth month %+v, want 3 with day 10 on 2023-04-29", m)
	}
	// Every year: months follow without gaps and the last ends at the next Tết.
	for y := firstYear; y <= lastYear; y++ {
		ms, err := Months(y)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range ms {
			if i > 0 && m.Start != ms[i-1].Start+dateDays(ms[i-1].Days) {
				t.Fatalf("%d: gap before month %+v", y, m)
			}
		}
		if y < lastYear {
			next, _ := NewYear(y + 1)
			if last := ms[len(ms)-1]; last.Start+dateDays(last.Days) != next {
				t.Fatalf("%d: last month %+v does not end at Tết %v", y, last, next)
			}
		}
		leap, _ := LeapMonth(y)
		if (leap != 0) != (len(ms) == 13) {
			t.Errorf("%d: LeapMonth %d with %d months", y, leap, len(ms))
		}
	}
	for _, y := range []int{1899, 2200} {
		if _, err := Months(y); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("Months(%d) error %v", y, err)
		}
		if _, err := LeapMonth(y); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("LeapMonth(%d) error %v", y, err)
		}
	}
}
