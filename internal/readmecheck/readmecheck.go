// Package readmecheck keeps the README's pasted program output honest: the
// tests of the example programs call [Check] with their own runner.
package readmecheck

import (
	"os"
	"strings"
	"testing"
)

// Check runs the command of every block of the file readme that starts with
// a line "```" followed by prefix ("$ go run ./examples/reports"), passing run
// the arguments after the prefix (with the program's directory trimmed from
// file arguments), and checks that the block's lines are the program's
// output, in order; a line "…" stands for lines left out. It fails t when a
// shown line is not printed there, when the program prints more lines than a
// block that does not end with "…" shows, when the program exits non-zero or
// writes to standard error, and when no block has the prefix.
func Check(t testing.TB, readme, prefix string, run func(args []string) (int, string, string)) {
	t.Helper()
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	blocks := 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i] != "```" || !strings.HasPrefix(lines[i+1], prefix) {
			continue
		}
		blocks++
		cmd := lines[i+1]
		args := strings.Fields(strings.TrimPrefix(cmd, prefix))
		for k, a := range args {
			args[k] = strings.TrimPrefix(a, strings.TrimPrefix(prefix, "$ go run ./")+"/")
		}
		var want []string
		for j := i + 2; j < len(lines) && lines[j] != "```"; j++ {
			want = append(want, lines[j])
		}
		code, out, errOut := run(args)
		if code != 0 || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, errOut)
			continue
		}
		got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		pos, gap := 0, false
		for _, w := range want {
			if w == "…" {
				gap = true
				continue
			}
			found := -1
			for k := pos; k < len(got); k++ {
				if got[k] == w {
					found = k
					break
				}
				if !gap {
					break
				}
			}
			if found < 0 {
				t.Errorf("%s: the README shows %q, which the program does not print there", cmd, w)
				break
			}
			pos, gap = found+1, false
		}
		if !gap && pos != len(got) {
			t.Errorf("%s: the program prints %d more lines than the README shows (end the block with …)", cmd, len(got)-pos)
		}
	}
	if blocks == 0 {
		t.Errorf("no block of the README starts with %q", prefix)
	}
}
