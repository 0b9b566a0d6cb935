package reporting

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/directive/unit"
)

// seed reads the seed document, Công văn 491/UBND-KGVX of UBND tỉnh Kiên
// Giang (20/4/2021, testdata copied from ../shared/corpus), and the Kiên
// Giang hierarchy (testdata copied from examples/data).
func seed(t testing.TB) (*directive.Document, *unit.Hierarchy) {
	t.Helper()
	text, err := os.ReadFile("testdata/491_UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := directive.Parse(string(text))
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile("testdata/kiengiang.json")
	if err != nil {
		t.Fatal(err)
	}
	h, err := unit.DecodeJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	return doc, h
}

// seedBearers are the 37 units of the seed's Kính gửi on 20/4/2021: "Các
// sở, ban, ngành cấp tỉnh" (22 provincial bodies, without the centrally
// managed branches) and "Ủy ban nhân dân các huyện, thành phố" (15
// district-level units, thành phố Phú Quốc since 1/2/2021), in the order of
// examples/data/kiengiang.json.
var seedBearers = []string{
	"91/snv", "91/stp", "91/skhdt", "91/stc", "91/sct", "91/snnptnt", "91/sgtvt", "91/sxd", "91/stnmt", "91/stttt",
	"91/sldtbxh", "91/svhtt", "91/sdl", "91/skhcn", "91/sgddt", "91/syt", "91/ttr", "91/vp", "91/sngv", "91/bdt",
	"91/bqlkkt", "91/bqlkktpq",
	"899", "900", "902", "903", "904", "905", "906", "907", "908", "909", "910", "911", "912", "913", "914",
}

// TestDeriveSeed: the seed end to end. "báo cáo kết quả thực hiện về Ủy ban
// nhân dân tỉnh (qua Sở Nội vụ) trước ngày 20/11/2021 để tổng hợp báo cáo
// Tỉnh ủy": Sở Nội vụ owes UBND tỉnh the consolidated report by Friday
// 19/11/2021 (strict reading, reporting.md §6 #1), and each of the 37
// units the sentence names ("các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân
// các cấp": the Kính gửi units it reaches) owes Sở Nội vụ its report 5
// working days earlier, Friday 12/11/2021 (§6 #16).
func TestDeriveSeed(t *testing.T) {
	doc, h := seed(t)
	cal := calendar.Default()
	obs, err := Derive(doc, h, cal, DeriveOptions{RelayLead: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(obs) != 1+len(seedBearers) {
		t.Fatalf("%d obligations, want %d", len(obs), 1+len(seedBearers))
	}
	cons := obs[0]
	if cons.ID != "491/UBND-KGVX#1/tổng-hợp/91/snv" || cons.Role != Consolidator || cons.Bearer.Name != "Sở Nội vụ tỉnh Kiên Giang" ||
		cons.Recipient.ID != "91/ubnd" || cons.Due.Day != d(2021, 11, 19) || !cons.Due.End.Equal(at(2021, 11, 20, 0, 0)) ||
		cons.Purpose != "để tổng hợp báo cáo Tỉnh ủy" || cons.Source != "491/UBND-KGVX" || cons.Due.Provisional ||
		cons.Subject != "kết quả thực hiện" {
		t.Errorf("consolidator %+v", cons)
	}
	if !strings.Contains(cons.Due.Explanation.Text, "148 ngày làm việc") || cons.Due.Explanation.Policy != "strict" {
		t.Errorf("explanation %+v", cons.Due.Explanation)
	}
	for i, o := range obs[1:] {
		if o.Bearer.ID != seedBearers[i] {
			t.Errorf("%d: bearer %s, want %s", i, o.Bearer.ID, seedBearers[i])
		}
		if o.Role != Contributor || o.Relay != cons.ID || o.Recipient.ID != "91/ubnd" || o.Due.Day != d(2021, 11, 12) ||
			o.ID != "491/UBND-KGVX#1/"+o.Bearer.ID || o.Subject != "kết quả thực hiện" || o.Purpose != cons.Purpose {
			t.Errorf("%s: %+v", o.ID, o)
		}
		if o.Bearer.ID != "91/snv" && (len(o.Via) != 1 || o.Via[0].ID != "91/snv") {
			t.Errorf("%s: via %v", o.ID, o.Via)
		}
		// The closing asks "Ủy ban nhân dân các cấp"; the obligations follow
		// Kính gửi and say so (reporting.md §4.6).
		if !strings.Contains(strings.Join(o.Notes, " "), "các cấp") {
			t.Errorf("%s: notes %q", o.ID, o.Notes)
		}
	}
	steps := strings.Join(obs[1].Due.Explanation.Steps, "\n")
	if !strings.Contains(steps, "19/11/2021") || !strings.Contains(steps, "(18/11/2021, 17/11/2021, 16/11/2021, 15/11/2021, 12/11/2021)") {
		t.Errorf("contributor steps:\n%s", steps)
	}
	roundTrip(t, obs)
}

// TestDeriveSeedInclusive: under the inclusive reading 20/11/2021, a
// Saturday, moves to Monday 22/11/2021 (reporting.md §6 #1); 5 working days
// earlier is Monday 15/11/2021.
func TestDeriveSeedInclusive(t *testing.T) {
	doc, h := seed(t)
	obs, err := Derive(doc, h, calendar.Default(), DeriveOptions{RelayLead: 5, Policy: deadline.Inclusive, Issuer: "91/ubnd"})
	if err != nil {
		t.Fatal(err)
	}
	if obs[0].Due.Day != d(2021, 11, 22) || obs[1].Due.Day != d(2021, 11, 15) || obs[0].Due.Explanation.Policy != "inclusive" {
		t.Errorf("inclusive: %v %v %q", obs[0].Due.Day, obs[1].Due.Day, obs[0].Due.Explanation.Policy)
	}
	// Without a lead the addressees share Sở Nội vụ's day.
	obs, err = Derive(doc, h, calendar.Default(), DeriveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if obs[0].Due.Day != d(2021, 11, 19) || obs[5].Due.Day != d(2021, 11, 19) {
		t.Errorf("lead 0: %v %v", obs[0].Due.Day, obs[5].Due.Day)
	}
}

// TestSeedStatuses evaluates the seed's obligations as of instants around
// the deadlines, with a set of submissions, and checks the summary rates.
func TestSeedStatuses(t *testing.T) {
	doc, h := seed(t)
	cal := calendar.Default()
	obs, err := Derive(doc, h, cal, DeriveOptions{RelayLead: 5})
	if err != nil {
		t.Fatal(err)
	}
	id := func(unit string) string { return "491/UBND-KGVX#1/" + unit }
	subs := []Submission{
		{ID: "101", Obligation: id("91/syt"), Unit: "91/syt", At: at(2021, 11, 5, 10, 0)},       // 5 working days early
		{ID: "102", Obligation: id("91/stp"), Unit: "91/stp", At: at(2021, 11, 12, 23, 59)},     // on the internal due day, 23:59
		{ID: "103", Obligation: id("91/snv"), Unit: "91/snv", At: at(2021, 11, 13, 0, 0)},       // 24:00: late, a Saturday
		{ID: "104", Obligation: id("899"), Unit: "899", At: at(2021, 11, 16, 9, 0)},             // 2 working days late
		{ID: "105", Obligation: id("911"), Unit: "911", At: at(2021, 11, 10, 14, 0)},            // Phú Quốc, early
		{ID: "106", Obligation: id("911"), Unit: "911", At: at(2021, 11, 11, 14, 0)},            // again: duplicate
		{ID: "107", Obligation: id("91/ca"), Unit: "91/ca", At: at(2021, 11, 11, 14, 0)},        // Công an tỉnh: not addressed
		{ID: "108", Obligation: id("900"), Unit: "91/syt", At: at(2021, 11, 11, 14, 0)},         // wrong sender
		{ID: "109", Obligation: "491/UBND-KGVX#1/tổng-hợp/91/snv", At: at(2021, 11, 19, 16, 0)}, // Sở Nội vụ's consolidated report
	}
	type want struct {
		status Status
		early  int
		late   int
		left   int
	}
	for _, tt := range []struct {
		asOf   time.Time
		checks map[string]want
		counts [5]int // NotDue, DueSoon, Overdue, OnTime, Late
		rate   string // overall on-time rate
	}{
		{
			// Monday 8/11, 08:00: 4 working days to the internal deadline
			// (9, 10, 11, 12/11); Sở Y tế has reported.
			asOf: at(2021, 11, 8, 8, 0),
			checks: map[string]want{
				id("91/syt"):                      {OnTime, 5, 0, 0},
				id("91/stp"):                      {NotDue, 0, 0, 4},
				"491/UBND-KGVX#1/tổng-hợp/91/snv": {NotDue, 0, 0, 9},
			},
			counts: [5]int{37, 0, 0, 1, 0}, rate: "100",
		},
		{
			// Friday 12/11, 17:00: the internal due day.
			asOf: at(2021, 11, 12, 17, 0),
			checks: map[string]want{
				id("91/stp"):                      {DueSoon, 0, 0, 0},
				id("911"):                         {OnTime, 2, 0, 0},
				"491/UBND-KGVX#1/tổng-hợp/91/snv": {NotDue, 0, 0, 5},
			},
			counts: [5]int{1, 35, 0, 2, 0}, rate: "100",
		},
		{
			// Tuesday 16/11, 10:00: the internal deadline has passed.
			asOf: at(2021, 11, 16, 10, 0),
			checks: map[string]want{
				id("91/stp"):                      {OnTime, 0, 0, 0},
				id("91/snv"):                      {Late, 0, 0, 0},
				id("899"):                         {Late, 0, 2, 0},
				id("900"):                         {Overdue, 0, 2, 0},
				"491/UBND-KGVX#1/tổng-hợp/91/snv": {DueSoon, 0, 0, 3},
			},
			// 37 contributors: 3 on time, 2 late, 32 overdue.
			counts: [5]int{0, 1, 32, 3, 2}, rate: "8.11",
		},
		{
			// Monday 22/11, 08:00: after Sở Nội vụ's own deadline.
			asOf: at(2021, 11, 22, 8, 0),
			checks: map[string]want{
				id("900"):                         {Overdue, 0, 6, 0},
				"491/UBND-KGVX#1/tổng-hợp/91/snv": {OnTime, 0, 0, 0},
			},
			counts: [5]int{0, 0, 32, 4, 2}, rate: "10.53",
		},
	} {
		t.Run(tt.asOf.Format("2006-01-02T15:04"), func(t *testing.T) {
			rep, err := Evaluate(cal, obs, subs, tt.asOf, Options{DueSoon: 3})
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range rep.Items {
				w, ok := tt.checks[it.Obligation.ID]
				if ok && (it.Status != w.status || it.WorkdaysEarly != w.early || it.WorkdaysLate != w.late || it.WorkdaysLeft != w.left) {
					t.Errorf("%s: %v early %d late %d left %d; want %+v", it.Obligation.ID, it.Status, it.WorkdaysEarly,
						it.WorkdaysLate, it.WorkdaysLeft, w)
				}
			}
			s := Summarize(rep)
			o := s.Overall
			if got := [5]int{o.NotDue, o.DueSoon, o.Overdue, o.OnTime, o.Late}; got != tt.counts {
				t.Errorf("counts %v, want %v", got, tt.counts)
			}
			if !o.OnTimeRate.Equal(dec(tt.rate)) {
				t.Errorf("on-time rate %v, want %s", o.OnTimeRate, tt.rate)
			}
			checkSummary(t, s)
			if len(s.Units) != 37 {
				t.Errorf("%d units", len(s.Units))
			}
		})
	}
	// The irregular submissions, as of the end: the duplicate of Phú Quốc,
	// the report of an unaddressed unit, the report sent for another unit.
	rep, err := Evaluate(cal, obs, subs, at(2021, 11, 30, 0, 0), Options{DueSoon: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ir := range rep.Irregular {
		got = append(got, ir.Submission.ID+" "+ir.Reason.String())
	}
	if strings.Join(got, ", ") != "106 duplicate, 107 unknown-obligation, 108 wrong-unit" {
		t.Errorf("irregular: %v", got)
	}
}

func TestDeriveErrors(t *testing.T) {
	doc, h := seed(t)
	cal := calendar.Default()
	if _, err := Derive(nil, h, cal, DeriveOptions{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("nil document: %v", err)
	}
	if _, err := Derive(doc, nil, cal, DeriveOptions{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("nil hierarchy: %v", err)
	}
	if _, err := Derive(doc, h, cal, DeriveOptions{RelayLead: -1}); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative lead: %v", err)
	}
	if _, err := Derive(doc, h, cal, DeriveOptions{Issuer: "nothing"}); !errors.Is(err, unit.ErrUnknownUnit) {
		t.Errorf("unknown issuer: %v", err)
	}
	later := doc.Clone()
	later.Ref.Date = date.New(2026, 1, 5) // Kiên Giang's UBND no longer exists
	if _, err := Derive(later, h, cal, DeriveOptions{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("issuer gone: %v", err)
	}
	// The expression Parse read is used; a phrase changed by hand is read
	// again.
	exprOnly := doc.Clone()
	exprOnly.Reports[0].Due = ""
	if obs, err := Derive(exprOnly, h, cal, DeriveOptions{}); err != nil || obs[0].Due.Day != d(2021, 11, 19) {
		t.Errorf("expression without its phrase: %v %v", obs, err)
	}
	// A requirement that does not say what is reported: the trích yếu.
	noSubject := doc.Clone()
	noSubject.Reports[0].Subject = ""
	if obs, err := Derive(noSubject, h, cal, DeriveOptions{}); err != nil || obs[0].Subject != doc.Subject {
		t.Errorf("no subject: %v %v", obs, err)
	}
	bad := doc.Clone()
	bad.Reports[0].Deadline = directive.DeadlinePhrase{}
	bad.Reports[0].Due = "sớm nhất có thể"
	if _, err := Derive(bad, h, cal, DeriveOptions{}); !errors.Is(err, deadline.ErrNotDeadline) {
		t.Errorf("bad phrase: %v", err)
	}
	// A requirement without any deadline gives obligations without one.
	bad.Reports[0].Due = ""
	if obs, err := Derive(bad, h, cal, DeriveOptions{RelayLead: 5}); err != nil || len(obs) != 38 || !obs[0].Due.NoDeadline || !obs[1].Due.NoDeadline {
		t.Errorf("no phrase: %d obligations, %v", len(obs), err)
	}
	none := doc.Clone()
	none.Reports = nil
	if obs, err := Derive(none, h, cal, DeriveOptions{}); err != nil || obs != nil {
		t.Errorf("no report: %v %v", obs, err)
	}
	undated := doc.Clone()
	undated.Ref.Date = 0
	if _, err := Derive(undated, h, cal, DeriveOptions{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("undated: %v", err)
	}
}

// TestDeriveRecurring: a requirement "trước ngày 20 hằng tháng" with no
// intermediary expands to one obligation per unit and month.
func TestDeriveRecurring(t *testing.T) {
	doc, h := seed(t)
	rec := doc.Clone()
	rec.Reports[0].Via = ""
	rec.Reports[0].Deadline = directive.DeadlinePhrase{}
	rec.Reports[0].Due = "trước ngày 20 hằng tháng"
	obs, err := Derive(rec, h, calendar.Default(), DeriveOptions{Until: date.New(2021, 7, 31)})
	if err != nil {
		t.Fatal(err)
	}
	// Occurrences due 21/4 … 31/7/2021: May, June, July (April's, the 19th,
	// was before the document). 19/6/2021 is a Saturday → Monday 21/6.
	months := map[string]date.Date{"2021-05": d(2021, 5, 19), "2021-06": d(2021, 6, 21), "2021-07": d(2021, 7, 19)}
	if len(obs) != 3*len(seedBearers) {
		t.Fatalf("%d obligations", len(obs))
	}
	for _, o := range obs {
		if want, ok := months[o.Period.String()]; !ok || o.Due.Day != want || o.Role != Direct || !strings.HasSuffix(o.ID, "/"+o.Period.String()) {
			t.Errorf("%s: period %v due %v", o.ID, o.Period, o.Due.Day)
		}
	}
}

// FuzzDerive changes the seed's report requirement — recipient,
// intermediary, deadline phrase and who reports — and checks that Derive
// never panics and gives valid obligations, each with a unique ID, with or
// without an error.
func FuzzDerive(f *testing.F) {
	doc, h := seed(f)
	cal := calendar.Default()
	for _, s := range [][4]string{
		{"Ủy ban nhân dân tỉnh", "Sở Nội vụ", "trước ngày 20/11/2021", ""},
		{"UBND tỉnh", "", "trong thời hạn 15 ngày làm việc kể từ ngày ký", "Sở Tài chính"},
		{"Sở Y tế", "Sở Tư pháp, Sở Nội vụ", "hằng tháng, trước ngày 20", "Sở Tài chính, Sở Kế hoạch và Đầu tư"},
		{"", "", "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", "Ủy ban nhân dân các cấp"},
		{"xyz", "Như trên", "trước 16 giờ ngày làm việc tiếp theo", "Sở Hàng hải"},
	} {
		f.Add(s[0], s[1], s[2], s[3], uint8(0))
	}
	f.Fuzz(func(t *testing.T, to, via, due, bearer string, lead uint8) {
		d := doc.Clone()
		d.Reports[0].To, d.Reports[0].Via, d.Reports[0].Due = to, via, due
		d.Reports[0].Deadline = directive.DeadlinePhrase{}
		if bearer != "" {
			d.Reports[0].Bearers = []directive.Assignee{{Text: bearer, End: len(bearer), Role: directive.Lead}}
		}
		// Even with an error, the obligations returned are valid.
		obs, _ := Derive(d, h, cal, DeriveOptions{RelayLead: int(lead % 30), Until: date.New(2022, 12, 31)})
		seen := map[string]bool{}
		for _, o := range obs {
			if err := o.Validate(); err != nil {
				t.Fatalf("%+v: %v", o, err)
			}
			if seen[o.ID] {
				t.Fatalf("ID %s twice", o.ID)
			}
			seen[o.ID] = true
		}
	})
}

// TestEvaluateConcurrent shares obligations, submissions and a calendar
// between goroutines; run with -race.
func TestEvaluateConcurrent(t *testing.T) {
	doc, h := seed(t)
	cal := calendar.Default()
	obs, err := Derive(doc, h, cal, DeriveOptions{RelayLead: 5})
	if err != nil {
		t.Fatal(err)
	}
	subs := []Submission{{Obligation: obs[3].ID, At: at(2021, 11, 10, 9, 0)}}
	done := make(chan Summary)
	for i := range 4 {
		go func() {
			rep, err := Evaluate(cal, obs, subs, at(2021, 11, 15+i, 9, 0), Options{DueSoon: 2})
			if err != nil {
				t.Error(err)
			}
			done <- Summarize(rep)
		}()
	}
	for range 4 {
		if s := <-done; s.Overall.Total != len(obs) {
			t.Errorf("total %d", s.Overall.Total)
		}
	}
}

// readDoc parses a document of testdata, changed by alter when not nil,
// and decodes a hierarchy of testdata.
func readDoc(t testing.TB, file, hierarchy string, alter func(string) string) (*directive.Document, *unit.Hierarchy) {
	t.Helper()
	text, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	if alter != nil {
		if s2 := alter(s); s2 != s {
			s = s2
		} else {
			t.Fatalf("%s: the change did not apply", file)
		}
	}
	doc, err := directive.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile("testdata/" + hierarchy)
	if err != nil {
		t.Fatal(err)
	}
	h, err := unit.DecodeJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	return doc, h
}

// seedClosing is the clause of the seed's closing that asks for the report.
const seedClosing = "Ủy ban nhân dân các cấp quan tâm thực hiện; báo cáo kết quả thực hiện"

// TestDeriveBearers: who owes a report is who directive.Document.Resolve
// says reports, sentence by sentence, not every addressee. The real
// documents are those of ../shared/corpus (copied to testdata); the changed
// copies of the seed say so, and keep its other sentences.
func TestDeriveBearers(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name      string
		file, h   string
		alter     func(string) string
		byHand    string   // a deadline phrase set by hand on the requirement
		bearers   []string // the bearers' IDs, consolidator first
		roles     string   // the roles, one letter each: d(irect), c(ontributor), s (consolidator)
		due       date.Date
		note      string // a note every bearer's obligation has
		source    string
		kinhGuiOK bool // the bearers are the Kính gửi units
	}{
		{
			name: "491/UBND-KGVX, closing", file: "491_UBND-KGVX.txt", h: "kiengiang.json",
			bearers: append([]string{"91/snv"}, seedBearers...), roles: "s" + strings.Repeat("c", 37), due: d(2021, 11, 19),
			note:      "các cấp",
			source:    "Công văn 491/UBND-KGVX, closing: “… yêu cầu các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các cấp quan tâm thực hiện; báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 20/11/2021”: the sentence names the bearers, the Kính gửi units it reaches",
			kinhGuiOK: true,
		},
		{
			name: "2541/VPCP-QHQT, deadline set by hand", file: "2541_VPCP-QHQT.txt", h: "government.json",
			byHand:  "trước ngày 15/5/2009",
			bearers: []string{"bct"}, roles: "d", due: d(2009, 5, 14),
			source:    "Công văn 2541/VPCP-QHQT (20/4/2009): “BộCông Thương nghiên cứu giải quyết … và báo cáo Thủ tướng Chính phủ”, no deadline in the text; strict: Thursday 14/5/2009",
			kinhGuiOK: true,
		},
		{
			name: "seed changed: Sở Tài chính chủ trì tổng hợp, báo cáo", file: "491_UBND-KGVX.txt", h: "kiengiang.json",
			alter: func(s string) string {
				return strings.Replace(s, seedClosing, "Ủy ban nhân dân các cấp quan tâm thực hiện. Sở Tài chính chủ trì tổng hợp, báo cáo kết quả thực hiện", 1)
			},
			bearers: []string{"91/snv", "91/stc"}, roles: "sc", due: d(2021, 11, 19),
			source: "constructed from 491/UBND-KGVX: the report sentence names Sở Tài chính, which alone reports (through Sở Nội vụ)",
		},
		{
			name: "seed changed: chủ trì, phối hợp với", file: "491_UBND-KGVX.txt", h: "kiengiang.json",
			alter: func(s string) string {
				return strings.Replace(s, seedClosing, "Ủy ban nhân dân các cấp quan tâm thực hiện. Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả thực hiện", 1)
			},
			bearers: []string{"91/snv", "91/stc"}, roles: "sc", due: d(2021, 11, 19),
			source: "constructed from 491/UBND-KGVX: Sở Tài chính leads and reports; Sở Kế hoạch và Đầu tư supports it and sends no report of its own (Nghị định 30/2020/NĐ-CP Điều 23 khoản 2: đơn vị chủ trì, đơn vị phối hợp)",
		},
		{
			name: "seed changed: no bearer of the sentence is known", file: "491_UBND-KGVX.txt", h: "kiengiang.json",
			alter: func(s string) string {
				return strings.Replace(s, seedClosing, "Ủy ban nhân dân các cấp quan tâm thực hiện. Sở Hàng hải chủ trì tổng hợp, báo cáo kết quả thực hiện", 1)
			},
			bearers: append([]string{"91/snv"}, seedBearers...), roles: "s" + strings.Repeat("c", 37), due: d(2021, 11, 19),
			note:      "danh sách Kính gửi",
			source:    "constructed from 491/UBND-KGVX: no province has a Sở Hàng hải, so Resolve gives no bearer and Derive falls back to Kính gửi",
			kinhGuiOK: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, h := readDoc(t, tt.file, tt.h, tt.alter)
			if len(doc.Reports) != 1 {
				t.Fatalf("%d report requirements, want 1", len(doc.Reports))
			}
			if tt.byHand != "" {
				doc.Reports[0].Due = tt.byHand
			}
			obs, err := Derive(doc, h, cal, DeriveOptions{RelayLead: 0})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			roles := ""
			for _, o := range obs {
				ids = append(ids, o.Bearer.ID)
				roles += map[Role]string{Direct: "d", Contributor: "c", Consolidator: "s"}[o.Role]
				if o.Due.Day != tt.due {
					t.Errorf("%s: due %v, want %v (%s)", o.ID, o.Due.Day, tt.due, tt.source)
				}
				if tt.note != "" && !strings.Contains(strings.Join(o.Notes, " "), tt.note) {
					t.Errorf("%s: notes %q lack %q", o.ID, o.Notes, tt.note)
				}
			}
			if strings.Join(ids, " ") != strings.Join(tt.bearers, " ") || roles != tt.roles {
				t.Errorf("bearers %v %s, want %v %s (%s)", ids, roles, tt.bearers, tt.roles, tt.source)
			}
			// The contributors are the units Resolve gives the report to, when
			// it gives any, and the Kính gửi units only when the row says so.
			res, err := doc.Resolve(h, cal, directive.ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var resolved, kg []string
			for _, du := range res.Units {
				if len(du.Reports) > 0 && du.Reports[0].Role != directive.Support {
					resolved = append(resolved, du.Unit)
				}
			}
			kg = res.Addressees.Units()
			var direct []string
			for _, o := range obs {
				if o.Role != Consolidator {
					direct = append(direct, o.Bearer.ID)
				}
			}
			if len(resolved) > 0 && strings.Join(direct, " ") != strings.Join(resolved, " ") {
				t.Errorf("bearers %v, Resolve's %v", direct, resolved)
			}
			if got := strings.Join(direct, " ") == strings.Join(kg, " "); got != tt.kinhGuiOK {
				t.Errorf("bearers are the Kính gửi units: %v, want %v", got, tt.kinhGuiOK)
			}
			for _, o := range obs {
				if err := o.Validate(); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// TestDerive2541: the real 2541/VPCP-QHQT asks Bộ Công Thương to "báo cáo
// Thủ tướng Chính phủ" with no deadline. The duty stays: one obligation
// without a deadline, with a note, that validates; it is NoDeadline while
// open and OnTime once sent, and the rates leave it out until then.
func TestDerive2541(t *testing.T) {
	doc, h := readDoc(t, "2541_VPCP-QHQT.txt", "government.json", nil)
	cal := calendar.Default()
	obs, err := Derive(doc, h, cal, DeriveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(obs) != 1 {
		t.Fatalf("%d obligations, want 1", len(obs))
	}
	o := obs[0]
	if o.ID != "2541/VPCP-QHQT#1/bct" || o.Bearer.Name != "Bộ Công Thương" || o.Recipient.Name != "Thủ tướng Chính phủ" ||
		!o.Due.NoDeadline || o.Due.Day != 0 || !o.Due.End.IsZero() || !o.Due.Deadline().IsZero() || o.Due.Explanation.Text == "" {
		t.Errorf("%+v", o)
	}
	if err := o.Validate(); err != nil {
		t.Error(err)
	}
	if !strings.Contains(strings.Join(o.Notes, " "), "không nêu hạn") {
		t.Errorf("notes %q", o.Notes)
	}
	roundTrip(t, obs)
	sent := []Submission{{Obligation: o.ID, At: at(2010, 1, 5, 9, 0)}}
	for _, tt := range []struct {
		subs   []Submission
		status Status
		rate   string // on-time rate; "" when nothing is assessed
	}{
		{nil, NoDeadline, ""},
		{sent, OnTime, "100"},
	} {
		rep, err := Evaluate(cal, obs, tt.subs, at(2010, 6, 1, 8, 0), Options{DueSoon: 3})
		if err != nil {
			t.Fatal(err)
		}
		it := rep.Items[0]
		if it.Status != tt.status || it.WorkdaysEarly != 0 || it.WorkdaysLate != 0 || it.WorkdaysLeft != 0 || len(rep.Reminders()) != 0 {
			t.Errorf("%d submissions: %+v", len(tt.subs), it)
		}
		s := Summarize(rep)
		checkSummary(t, s)
		if tt.rate == "" && (s.Overall.Assessed != 0 || s.Overall.NoDeadline != 1) || tt.rate != "" && !s.Overall.OnTimeRate.Equal(dec(tt.rate)) {
			t.Errorf("%d submissions: %+v", len(tt.subs), s.Overall)
		}
	}
}

// TestDeriveUndatedAndDated: a document that requires one report without a
// deadline and another with one yields both duties in one call. The
// document is constructed from the real 2541/VPCP-QHQT by adding a second
// sentence, "Bộ Tài chính …, báo cáo Thủ tướng Chính phủ trước ngày
// 15/5/2009", read strictly: Thursday 14/5/2009.
func TestDeriveUndatedAndDated(t *testing.T) {
	doc, h := readDoc(t, "2541_VPCP-QHQT.txt", "government.json", func(s string) string {
		return strings.Replace(s, "và báo cáo Thủ tướng Chính phủ.",
			"và báo cáo Thủ tướng Chính phủ. Bộ Tài chính rà soát các chính sách ưu đãi liên quan, báo cáo Thủ tướng Chính phủ trước ngày 15/5/2009.", 1)
	})
	cal := calendar.Default()
	obs, err := Derive(doc, h, cal, DeriveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range obs {
		due := "no deadline"
		if !o.Due.NoDeadline {
			due = o.Due.Day.String()
		}
		got = append(got, o.ID+" "+due)
		if err := o.Validate(); err != nil {
			t.Error(err)
		}
	}
	want := []string{"2541/VPCP-QHQT#1/bct no deadline", "2541/VPCP-QHQT#2/btc 2009-05-14"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("%q, want %q", got, want)
	}
	// As of Friday 15/5/2009, nothing sent: the dated duty is overdue, the
	// undated one is not judged.
	rep, err := Evaluate(cal, obs, nil, at(2009, 5, 15, 8, 0), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items[0].Status != NoDeadline || rep.Items[1].Status != Overdue {
		t.Errorf("%v %v", rep.Items[0].Status, rep.Items[1].Status)
	}
	s := Summarize(rep)
	if o := s.Overall; o.Total != 2 || o.NoDeadline != 1 || o.Overdue != 1 || o.Assessed != 1 || !o.OverdueRate.Equal(dec("100")) {
		t.Errorf("%+v", o)
	}
	checkSummary(t, s)
}

// TestDeriveUndatedRelay: a requirement without a deadline that goes
// through an intermediary gives the consolidator and the contributors no
// deadline: the seed, changed so that its closing names no day.
func TestDeriveUndatedRelay(t *testing.T) {
	doc, h := readDoc(t, "491_UBND-KGVX.txt", "kiengiang.json", func(s string) string {
		return strings.Replace(s, " trước ngày 20/11/2021", "", 1)
	})
	obs, err := Derive(doc, h, calendar.Default(), DeriveOptions{RelayLead: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(obs) != 38 {
		t.Fatalf("%d obligations, want 38", len(obs))
	}
	for _, o := range obs {
		if !o.Due.NoDeadline || o.Due.Day != 0 || o.Validate() != nil {
			t.Errorf("%s: %+v", o.ID, o.Due)
		}
	}
	if obs[0].Role != Consolidator || obs[1].Role != Contributor || obs[1].Relay != obs[0].ID {
		t.Errorf("%v %v %q", obs[0].Role, obs[1].Role, obs[1].Relay)
	}
}

// TestDerivePartial: a requirement that cannot be derived does not hide
// the others. The seed with a second requirement, built by hand, whose
// phrase is no deadline: the seed's 38 obligations come back with an error
// that names the second requirement.
func TestDerivePartial(t *testing.T) {
	doc, h := seed(t)
	two := doc.Clone()
	bad := two.Reports[0]
	bad.Deadline, bad.Due = directive.DeadlinePhrase{}, "sớm nhất có thể"
	two.Reports = append(two.Reports, bad)
	obs, err := Derive(two, h, calendar.Default(), DeriveOptions{RelayLead: 5})
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, deadline.ErrNotDeadline) || !strings.Contains(err.Error(), `Derive "491/UBND-KGVX#2": deadline phrase "sớm nhất có thể"`) {
		t.Errorf("error %v", err)
	}
	if len(obs) != 38 || obs[0].Due.Day != d(2021, 11, 19) || !strings.HasPrefix(obs[37].ID, "491/UBND-KGVX#1/") {
		t.Errorf("%d obligations", len(obs))
	}
	// Both fail: no obligation, both errors.
	two.Reports[0] = bad
	obs, err = Derive(two, h, calendar.Default(), DeriveOptions{})
	if obs != nil || !strings.Contains(err.Error(), `"491/UBND-KGVX#1"`) || !strings.Contains(err.Error(), `"491/UBND-KGVX#2"`) {
		t.Errorf("%d obligations, %v", len(obs), err)
	}
}

// TestDeriveConditional: a report the document asks for only if a condition
// arises is no scheduled duty. Constructed from 491/UBND-KGVX, its closing
// changed to the conditional form of real plans ("trong quá trình thực hiện,
// nếu có khó khăn, vướng mắc, báo cáo về …"); with a second, unconditional
// requirement added, only that one yields obligations.
func TestDeriveConditional(t *testing.T) {
	cal := calendar.Default()
	for _, tt := range []struct {
		name, closing string
		want          int
	}{
		{"conditional only", "Ủy ban nhân dân các cấp quan tâm thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo", 0},
		{"conditional and scheduled", "Ủy ban nhân dân các cấp quan tâm thực hiện; nếu có khó khăn, vướng mắc, báo cáo về Ủy ban nhân dân tỉnh để chỉ đạo. Sở Tài chính chủ trì tổng hợp, báo cáo kết quả thực hiện", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, h := readDoc(t, "491_UBND-KGVX.txt", "kiengiang.json", func(s string) string {
				return strings.Replace(s, seedClosing, tt.closing, 1)
			})
			conditional := 0
			for _, r := range doc.Reports {
				if r.Condition != "" {
					conditional++
				}
			}
			if conditional != 1 {
				t.Fatalf("%d conditional requirements of %d, want 1: %+v", conditional, len(doc.Reports), doc.Reports)
			}
			obs, err := Derive(doc, h, cal, DeriveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(obs) != tt.want {
				t.Errorf("%d obligations, want %d", len(obs), tt.want)
			}
		})
	}
}
