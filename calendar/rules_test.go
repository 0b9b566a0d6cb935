package calendar

import (
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar/lunar"
)

// announcedChoices reads, from the table rows of year y, the choices the
// government made: the split of a five-day Tết and the second Quốc khánh day.
func announcedChoices(t *testing.T, rows map[date.Date]DayInfo, y int) choices {
	t.Helper()
	m1, err := lunar.NewYear(y)
	if err != nil {
		t.Fatal(err)
	}
	var ch choices
	for d, r := range rows {
		if d.Year() != y || r.Kind != Holiday {
			continue
		}
		if strings.HasPrefix(r.Name, "Tết Âm lịch") {
			ch.tetSet = true
			if d < m1 {
				ch.tetBefore++
			}
		}
		if r.Name == "Quốc khánh (ngày liền kề)" {
			ch.ndSet, ch.ndAdjacent = true, map[int]int{1: -1, 3: +1}[d.Day()]
		}
	}
	return ch
}

// TestRulesReproduceTable: given each year's announced choices and swaps,
// the rules (statutory holidays by the law in force, the compensatory rule)
// give exactly the holidays and compensatory days of holidays-vn.tsv for
// every year 2010–2027, and the holidays carry the table's names. This
// checks the rule engine against 18 years of announcements, including Tết
// 2013 (four days, BLLĐ 2012 not yet in force), the 2023 Giỗ Tổ–30/4 block
// (make-up days 2/5 and 3/5) and the Saturday-and-Sunday Tết of 2010.
func TestRulesReproduceTable(t *testing.T) {
	rows := tableRows(t)
	for y := 2010; y <= 2027; y++ {
		ch := announcedChoices(t, rows, y)
		hol, err := statutory(y, ch, false)
		if err != nil {
			t.Fatal(err)
		}
		got := map[date.Date]entry{}
		for _, e := range append(hol, compensate(hol, satSun, true)...) {
			got[e.day] = e
		}
		for d, r := range rows {
			if d.Year() != y || r.Kind == SwapOff || r.Kind == SwapWorkday {
				continue
			}
			e, ok := got[d]
			switch {
			case !ok:
				t.Errorf("%d: rules miss %s %s %q (%s)", y, d, r.Kind, r.Name, r.Basis)
			case e.kind != r.Kind:
				t.Errorf("%d: rules give %s %s, table %s %q", y, d, e.kind, r.Kind, r.Name)
			case e.kind == Holiday && e.name != r.Name:
				t.Errorf("%d: rules name %s %q, table %q", y, d, e.name, r.Name)
			}
			delete(got, d)
		}
		for d, e := range got {
			t.Errorf("%d: rules add %s %s %q, not in the table", y, d, e.kind, e.name)
		}
	}
}

// TestProvisionalRulesAgainstTable measures the defaults used for years
// without an announcement against 2010–2027. The figures are those quoted
// in doc.go.
func TestProvisionalRulesAgainstTable(t *testing.T) {
	rows := tableRows(t)
	tetYears, tetHits, ndYears, ndHits := 0, 0, 0, 0
	for y := 2010; y <= 2027; y++ {
		ch := announcedChoices(t, rows, y)
		m1, _ := lunar.NewYear(y)
		if lawAt(m1).tetDays == 5 {
			tetYears++
			if defaultTetBefore(m1) == ch.tetBefore {
				tetHits++
			} else {
				t.Logf("Tết %d: default %d days before mùng 1 (%s), announced %d", y, defaultTetBefore(m1), weekday(m1), ch.tetBefore)
			}
		}
		if sep2 := date.New(y, time.September, 2); lawAt(sep2).nationalDays == 2 {
			ndYears++
			if defaultNationalAdjacent(sep2) == ch.ndAdjacent {
				ndHits++
			}
		}
	}
	// 2014–2027: five-day Tết; 2014 (mùng 1 on a Friday) is the miss.
	if tetYears != 14 || tetHits != 13 {
		t.Errorf("Tết split: %d of %d, want 13 of 14", tetHits, tetYears)
	}
	if ndYears != 7 || ndHits != 7 {
		t.Errorf("second Quốc khánh day: %d of %d, want 7 of 7", ndHits, ndYears)
	}

	rulesOnly, err := New(withoutBuiltin())
	if err != nil {
		t.Fatal(err)
	}
	noSwaps, err := New(WithoutSwaps())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name              string
		announced         *Calendar
		wantDays, wantYrs int
	}{
		// Every difference is a swap day, but for Tết 2014.
		{"announced schedules", Default(), 6530, 7},
		// Only Tết 2014 differs: the rules take 29/1–2/2 (make-up 3–4/2), the
		// announcement 30/1–3/2 (make-up 4–5/2).
		{"announced schedules without swaps", noSwaps, 6572, 17},
	} {
		days, same, years := 0, 0, 0
		for y := 2010; y <= 2027; y++ {
			yearSame := true
			for d := jan1(y); d < jan1(y+1); d++ {
				days++
				if rulesOnly.IsWorkday(d) == tc.announced.IsWorkday(d) {
					same++
					continue
				}
				yearSame = false
				if r, ok := rows[d]; y != 2014 && (!ok || (r.Kind != SwapOff && r.Kind != SwapWorkday)) {
					t.Errorf("%s: rules and table differ on a day that is not a swap (%+v)", d, r)
				}
			}
			if yearSame {
				years++
			}
		}
		t.Logf("rules alone against the %s: %d of %d days (%.1f %%), %d of 18 whole years",
			tc.name, same, days, 100*float64(same)/float64(days), years)
		if days != 6574 || same != tc.wantDays || years != tc.wantYrs {
			t.Errorf("against the %s: %d of %d days, %d of 18 years; doc.go says %d of 6574 and %d",
				tc.name, same, days, years, tc.wantDays, tc.wantYrs)
		}
	}
}
