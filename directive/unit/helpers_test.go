package unit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
)

// load reads a hierarchy from testdata (copies of examples/data).
func load(tb testing.TB, name string) *Hierarchy {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	h, err := DecodeJSON(b)
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

// block returns the lines of a corpus document from the line that starts
// with from up to (not including) the first line that starts with to.
func block(tb testing.TB, file, from, to string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	in := false
	for _, l := range strings.Split(string(b), "\n") {
		t := strings.Trim(strings.TrimSpace(l), "*")
		switch {
		case !in && strings.HasPrefix(t, from):
			in = true
		case in && to != "" && strings.HasPrefix(t, to):
			return strings.Join(out, "\n")
		}
		if in {
			out = append(out, l)
		}
	}
	if !in {
		tb.Fatalf("%s: no line starts with %q", file, from)
	}
	return strings.Join(out, "\n")
}

func day(s string) date.Date { return date.MustParseISO(s) }
