package lunar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsNameRealSources: the documentation (source files and examples)
// cites laws, notices and public pages, not the research notes next to the
// module (../shared/domain), which users of the package do not have.
func TestDocsNameRealSources(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") && !strings.HasPrefix(f, "example") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"../shared", "shared/domain", "calendar.md", "lunar.md", "reporting.md", "DESIGN.md", "domain notes"} {
			if strings.Contains(string(src), bad) {
				t.Errorf("%s refers to %q", f, bad)
			}
		}
	}
}
