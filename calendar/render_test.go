package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSchedule(t *testing.T) {
	c := Default()
	rows := tableRows(t)
	for y := 2010; y <= 2027; y++ {
		days, err := c.Schedule(y)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for d := range rows {
			if d.Year() == y {
				n++
			}
		}
		if len(days) != n {
			t.Errorf("Schedule(%d) has %d days, the table %d", y, len(days), n)
		}
		for i, d := range days {
			if d != rows[d.Date] || (i > 0 && d.Date <= days[i-1].Date) {
				t.Errorf("Schedule(%d)[%d] = %+v, table %+v", y, i, d, rows[d.Date])
			}
		}
	}
	for _, y := range []int{1999, 2200} {
		if _, err := c.Schedule(y); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("Schedule(%d): %v", y, err)
		}
	}
	// A provisional year lists its rule-derived days: 2028 has 1/1
	// (Saturday) and its make-up day, five Tết days, Giỗ Tổ, 30/4 (Sunday),
	// 1/5 and the make-up for 30/4, the two Quốc khánh days and the make-up
	// for Saturday 2/9, and 24/11: 15 days.
	days, _ := c.Schedule(2028)
	if len(days) != 15 {
		t.Errorf("Schedule(2028) has %d days: %+v", len(days), days)
	}
	for _, d := range days {
		if !d.Provisional || d.Confidence != Derived {
			t.Errorf("2028: %+v", d)
		}
	}
}

func TestJSON(t *testing.T) {
	c := Default()
	b, err := c.JSON(2026)
	if err != nil {
		t.Fatal(err)
	}
	var y struct {
		Year        int       `json:"year"`
		Provisional bool      `json:"provisional"`
		Workdays    int       `json:"workdays"`
		Days        []DayInfo `json:"days"`
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	want, _ := c.Schedule(2026)
	n, _ := c.WorkdaysBetween(ymd(2025, 12, 31), ymd(2026, 12, 31))
	if y.Year != 2026 || y.Provisional || y.Workdays != n || len(y.Days) != len(want) {
		t.Fatalf("JSON(2026) = year %d provisional %v workdays %d (want %d), %d days (want %d)", y.Year, y.Provisional, y.Workdays, n, len(y.Days), len(want))
	}
	for i := range want {
		if y.Days[i] != want[i] {
			t.Errorf("day %d: %+v, want %+v", i, y.Days[i], want[i])
		}
	}
	if !bytes.Contains(b, []byte(`"date": "2026-01-10",
      "kind": "swap-workday"`)) {
		t.Errorf("JSON(2026) lacks the swap working day 10/1:\n%s", b)
	}
	// The days decode into a schedule that rebuilds the same year.
	r := mustNew(t, WithSchedule(y.Days...))
	for d := ymd(2026, 1, 1); d <= ymd(2026, 12, 31); d++ {
		if r.Day(d) != c.Day(d) {
			t.Errorf("round trip: %+v, want %+v", r.Day(d), c.Day(d))
		}
	}
	if b, _ := c.JSON(2030); !bytes.Contains(b, []byte(`"provisional": true`)) {
		t.Error("JSON(2030) is not provisional")
	}
	if _, err := c.JSON(2200); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("JSON(2200): %v", err)
	}
}

// unfold undoes RFC 5545 line folding.
func unfold(s string) []string {
	return strings.Split(strings.ReplaceAll(s, "\r\n ", ""), "\r\n")
}

func TestICalendar(t *testing.T) {
	c := mustNew(t, WithDayOff(ymd(2026, 3, 10), "Ngày của tỉnh; ví dụ, có dấu \\ và phẩy", "QĐ 1/2026"))
	b, err := c.ICalendar(2026)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasPrefix(s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") || !strings.HasSuffix(s, "END:VCALENDAR\r\n") {
		t.Errorf("not a VCALENDAR:\n%s", s)
	}
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 || !utf8.ValidString(l) || strings.ContainsAny(l, "\r\n") {
			t.Errorf("bad content line (%d octets): %q", len(l), l)
		}
	}
	lines := unfold(s)
	days, _ := c.Schedule(2026)
	if n := strings.Count(s, "BEGIN:VEVENT\r\n"); n != len(days) {
		t.Errorf("%d events, want %d", n, len(days))
	}
	for _, want := range []string{
		"UID:20260217-holiday@vanban-go.calendar",
		"DTSTART;VALUE=DATE:20260217",
		"DTEND;VALUE=DATE:20260218",
		"SUMMARY:Tết Âm lịch (mùng 1)",
		"DESCRIPTION:Căn cứ: BLLĐ 2019 (45/2019/QH14) Điều 112 khoản 1\\; Điều 111 khoản 3\\; Thông báo 9441/TB-BNV 16/10/2025\\nĐộ tin cậy: confirmed",
		"SUMMARY:Ngày của tỉnh\\; ví dụ\\, có dấu \\\\ và phẩy",
		"CATEGORIES:swap-workday",
		"DTSTAMP:20261127T000000Z",
		"STATUS:CONFIRMED",
	} {
		found := false
		for _, l := range lines {
			found = found || l == want
		}
		if !found {
			t.Errorf("no line %q", want)
		}
	}
	p, _ := Default().ICalendar(2030)
	if !bytes.Contains(p, []byte("STATUS:TENTATIVE\r\n")) {
		t.Error("a provisional year is not TENTATIVE")
	}
	if _, err := c.ICalendar(1999); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("ICalendar(1999): %v", err)
	}
}

func TestWriteFolded(t *testing.T) {
	for _, in := range []string{"", "a", strings.Repeat("a", 75), strings.Repeat("a", 76), strings.Repeat("ế", 100), "x" + strings.Repeat("ữ", 60)} {
		var b bytes.Buffer
		writeFolded(&b, in)
		out := b.String()
		for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > 75 || !utf8.ValidString(l) {
				t.Errorf("fold(%q): line %q", in, l)
			}
		}
		if got := strings.ReplaceAll(strings.TrimSuffix(out, "\r\n"), "\r\n ", ""); got != in {
			t.Errorf("unfold(fold(%q)) = %q", in, got)
		}
	}
}
