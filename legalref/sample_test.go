package legalref

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// sampleRow is one row of testdata/legalrefs-sample.tsv, a copy of
// ../shared/corpus/legalrefs-sample.tsv: real reference strings read on the
// public pages named in source_url, with the expected parse.
type sampleRow struct {
	line                                                   int
	text, typ, number, year, abbr, issuer, date, name, url string
}

func readSample(t *testing.T) []sampleRow {
	t.Helper()
	return readRows(t, "testdata/legalrefs-sample.tsv")
}

// readRows reads a table in the columns of legalrefs-sample.tsv.
func readRows(t *testing.T, path string) []sampleRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []sampleRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if n == 1 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 9 {
			t.Fatalf("line %d: %d columns", n, len(c))
		}
		rows = append(rows, sampleRow{n, unescape(c[0]), c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]})
	}
	return rows
}

func unescape(s string) string {
	r := strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\t`, "\t")
	return r.Replace(s)
}

// fields returns the columns of the sample for a Ref.
func fields(r Ref) [7]string {
	y, d := "", ""
	if r.Year != 0 {
		y = strconv.Itoa(r.Year)
	}
	if r.Date != 0 {
		d = r.Date.String()
	}
	return [7]string{r.Type, r.Number, y, r.TypeAbbr, r.IssuerCode(), d, r.IssuerName}
}

var fieldNames = [7]string{"type", "number", "year", "type_abbr", "issuer_abbr", "date", "issuer"}

func (w sampleRow) want() [7]string {
	return [7]string{w.typ, w.number, w.year, w.abbr, w.issuer, w.date, w.name}
}

// passages groups rows with the same text and source: one passage citing
// several documents in order.
func passages(rows []sampleRow) [][]sampleRow {
	var out [][]sampleRow
	idx := map[string]int{}
	for _, r := range rows {
		k := r.text + "\x00" + r.url
		if i, ok := idx[k]; ok {
			out[i] = append(out[i], r)
			continue
		}
		idx[k] = len(out)
		out = append(out, []sampleRow{r})
	}
	return out
}

func TestSample(t *testing.T) {
	rows := readSample(t)
	var sc score
	for _, p := range passages(rows) {
		ms := Extract(p[0].text)
		var got []Ref
		for _, m := range ms {
			got = append(got, m.Ref)
		}
		if len(p) == 1 {
			r, err := Parse(p[0].text)
			if err != nil {
				t.Errorf("line %d: Parse(%q): %v", p[0].line, p[0].text, err)
			}
			// Extract reads the same document; it is stricter than Parse
			// about what lies between the symbol and a date ("đến ngày").
			if len(got) != 1 || got[0].Symbol() != r.Symbol() || got[0].Type != r.Type {
				t.Errorf("line %d: Extract(%q) = %v, Parse = %v", p[0].line, p[0].text, got, r)
			}
			got = []Ref{r}
		} else if len(got) != len(p) {
			t.Errorf("line %d: Extract(%q): %d matches, want %d: %v", p[0].line, p[0].text, len(got), len(p), got)
		}
		sc.add(got, p, t.Errorf)
	}
	sc.log(t, "rows")
}

// score counts, over the rows of a table test, the fields and the rows
// that came out right.
type score struct {
	fieldOK       [7]int
	rowsOK, total int
}

// add compares the references got for a passage with its expected rows,
// calling report for each wrong field.
func (s *score) add(got []Ref, p []sampleRow, report func(format string, args ...any)) {
	for k, w := range p {
		s.total++
		var g [7]string
		if k < len(got) {
			g = fields(got[k])
		}
		want := w.want()
		ok := true
		for f := range want {
			if g[f] == want[f] {
				s.fieldOK[f]++
			} else {
				ok = false
				report("line %d: %q: %s = %q, want %q", w.line, w.text, fieldNames[f], g[f], want[f])
			}
		}
		if ok {
			s.rowsOK++
		}
	}
}

// log writes the totals, headed by what.
func (s *score) log(t *testing.T, what string) {
	t.Helper()
	t.Logf("%s fully right: %d/%d", what, s.rowsOK, s.total)
	for f, n := range s.fieldOK {
		t.Logf("  %-12s %d/%d", fieldNames[f], n, s.total)
	}
}
