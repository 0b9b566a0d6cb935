package legalref

import (
	"testing"
)

// TestHeldout measures Parse and Extract on testdata/heldout.tsv: real
// reference strings that were not looked at while the parser was written
// (legalrefs-sample.tsv was), each with the public page it was read on, in
// the columns of legalrefs-sample.tsv (see ../shared/corpus/README.md). A
// row with no type and no number is a trap: text that only looks like a
// reference (Công báo and newspaper issue numbers), on which Parse must
// fail and Extract find nothing.
//
// The table is a measure, not a specification: rows the parser still gets
// wrong are logged, and the test fails only when the score falls below the
// figure reached when the rows were last worked on.
func TestHeldout(t *testing.T) {
	const floorRows = 132 // rows fully right, at least
	rows := readRows(t, "testdata/heldout.tsv")
	var sc score
	for _, p := range passages(rows) {
		var got []Ref
		ms := Extract(p[0].text)
		for _, m := range ms {
			got = append(got, m.Ref)
		}
		trap := len(p) == 1 && p[0].typ == "" && p[0].number == ""
		switch {
		case trap:
			r, err := Parse(p[0].text)
			if err == nil {
				got = []Ref{r}
			}
			if len(ms) > 0 || err == nil {
				t.Logf("line %d: trap %q read as %v", p[0].line, p[0].text, got)
			}
		case len(p) == 1:
			r, err := Parse(p[0].text)
			if err != nil {
				t.Logf("line %d: Parse(%q): %v", p[0].line, p[0].text, err)
			} else {
				roundTrip(t, r, p[0].text)
			}
			got = []Ref{r}
		case len(got) != len(p):
			t.Logf("line %d: Extract(%q): %d matches, want %d: %v", p[0].line, p[0].text, len(got), len(p), got)
		}
		for _, r := range got {
			roundTrip(t, r, p[0].text)
		}
		sc.add(got, p, t.Logf)
	}
	sc.log(t, "held-out rows")
	if sc.rowsOK < floorRows {
		t.Errorf("held-out rows fully right: %d/%d, below the floor of %d", sc.rowsOK, sc.total, floorRows)
	}
}
