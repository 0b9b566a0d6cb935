package calendar

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/internal/holidaydata"
)

// tablePath is the in-repository copy of ../shared/domain/holidays-vn.tsv.
const tablePath = "../internal/holidaydata/holidays-vn.tsv"

// tableRows reads the table, keyed by date.
func tableRows(t testing.TB) map[date.Date]DayInfo {
	t.Helper()
	data, err := os.ReadFile(tablePath)
	if err != nil {
		t.Fatal(err)
	}
	days, err := ParseSchedule(data)
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[date.Date]DayInfo, len(days))
	for _, d := range days {
		m[d.Date] = d
	}
	return m
}

// TestAnnouncedUpToDate regenerates announced.go and compares.
func TestAnnouncedUpToDate(t *testing.T) {
	tsv, err := os.ReadFile(tablePath)
	if err != nil {
		t.Fatal(err)
	}
	want, err := holidaydata.Generate(tsv)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("announced.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("announced.go is stale: run go generate in calendar/")
	}
	if announcedFirstYear != 2010 || announcedLastYear != 2027 {
		t.Errorf("announced years %d–%d, want 2010–2027 (calendar.md §2)", announcedFirstYear, announcedLastYear)
	}
}

// TestDefaultMatchesTable checks every day of 2010–2027 against
// holidays-vn.tsv: a listed day has the kind, name, basis (the source
// column) and confidence of its row; any other day is a working day from
// Monday to Friday and a weekly rest day on Saturday and Sunday
// (calendar.md §6, "Rule for a date d"). None is provisional.
func TestDefaultMatchesTable(t *testing.T) {
	rows := tableRows(t)
	c := Default()
	for d := date.New(2010, 1, 1); d <= date.New(2027, 12, 31); d++ {
		got := c.Day(d)
		want, listed := rows[d]
		if !listed {
			want = DayInfo{Date: d, Kind: Workday}
			if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
				want = DayInfo{Date: d, Kind: WeeklyRest, Name: weeklyRestName, Basis: weeklyRestBasis}
			}
		}
		if got != want {
			t.Errorf("Day(%s) = %+v,\nwant %+v", d, got, want)
		}
		if c.IsWorkday(d) != want.Kind.Working() {
			t.Errorf("IsWorkday(%s) = %v, table says %s", d, c.IsWorkday(d), want.Kind)
		}
	}
}

// TestYearlyCounts checks the sanity check of calendar.md §2: the working
// days lost each year equal the statutory days — 9 in 2010–2013, 10 in
// 2014–2020, 11 in 2021–2025, 12 in 2026–2027 — after correcting for the
// swaps that cross New Year (2012→2013, 2014→2015, 2018→2019).
func TestYearlyCounts(t *testing.T) {
	c := Default()
	crossing := map[int]int{2012: -1, 2013: +1, 2014: +1, 2015: -1, 2018: -1, 2019: +1}
	for y := 2010; y <= 2027; y++ {
		want := map[bool]int{true: 9}[y <= 2013]
		switch {
		case y >= 2026:
			want = 12
		case y >= 2021:
			want = 11
		case y >= 2014:
			want = 10
		}
		weekdays := 0
		for d := jan1(y); d < jan1(y+1); d++ {
			if wd := weekday(d); wd != time.Saturday && wd != time.Sunday {
				weekdays++
			}
		}
		n, err := c.WorkdaysBetween(jan1(y)-1, jan1(y+1)-1)
		if err != nil {
			t.Fatal(err)
		}
		if lost := weekdays - n + crossing[y]; lost != want {
			t.Errorf("%d: %d working days lost to holidays (after crossing swaps), want %d", y, lost, want)
		}
	}
}
