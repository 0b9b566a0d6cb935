package reporting

import (
	"strconv"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
)

func BenchmarkOccurrence(b *testing.B) {
	cal := calendar.Default()
	r := ND09(Monthly)
	p := Period{Monthly, 2026, 4}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Occurrence(cal, p); err != nil {
			b.Fatal(err)
		}
	}
}

// benchSet is 1000 obligations of 50 units, half of them submitted.
func benchSet() ([]Obligation, []Submission) {
	obs := make([]Obligation, 1000)
	var subs []Submission
	for i := range obs {
		due := d(2026, 1, 5) + date.Date(i%300)
		obs[i] = Obligation{ID: "o" + strconv.Itoa(i), Bearer: Unit{ID: "u" + strconv.Itoa(i%50)}, Due: Due{Day: due}}
		if i%2 == 0 {
			subs = append(subs, Submission{Obligation: obs[i].ID, At: due.MidnightIn(ict).Add(time.Duration(i%72) * time.Hour)})
		}
	}
	return obs, subs
}

func BenchmarkEvaluate1000(b *testing.B) {
	cal := calendar.Default()
	obs, subs := benchSet()
	asOf := at(2026, 7, 1, 8, 0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(cal, obs, subs, asOf, Options{DueSoon: 3}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSummarize1000(b *testing.B) {
	obs, subs := benchSet()
	rep, err := Evaluate(calendar.Default(), obs, subs, at(2026, 7, 1, 8, 0), Options{DueSoon: 3})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Summarize(rep)
	}
}

func BenchmarkDeriveSeed(b *testing.B) {
	doc, h := seed(b)
	cal := calendar.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Derive(doc, h, cal, DeriveOptions{RelayLead: 5}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOccurrenceBefore: a "trước ngày 20" level, read by package
// deadline, in a month where day 19 is a Tết holiday and moves.
func BenchmarkOccurrenceBefore(b *testing.B) {
	cal := calendar.Default()
	r := ND09(Monthly)
	r.Levels = []Level{{Rule: DueRule{Kind: BeforeDay, N: 20}}}
	p := Period{Monthly, 2026, 2}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Occurrence(cal, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeriveSeedIssuer is BenchmarkDeriveSeed with the issuer given
// (DeriveOptions.Issuer), which spares the search of the hierarchy for the
// issuing body by name (unit.Hierarchy.Named).
func BenchmarkDeriveSeedIssuer(b *testing.B) {
	doc, h := seed(b)
	cal := calendar.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Derive(doc, h, cal, DeriveOptions{RelayLead: 5, Issuer: "91/ubnd"}); err != nil {
			b.Fatal(err)
		}
	}
}
