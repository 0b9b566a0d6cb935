package vanban

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsNameRealSources: the documentation of every package and program —
// source files and examples — cites laws, notices and public pages, not the
// research notes kept beside the module (../shared), which users of the
// library do not have. Tests may cite the notes for their expected values.
func TestDocsNameRealSources(t *testing.T) {
	bad := []string{"../shared", "shared/domain", "calendar.md", "lunar.md", "reporting.md", "documents.md", "DESIGN.md", "domain notes"}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") && !strings.HasPrefix(name, "example") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, b := range bad {
			if strings.Contains(string(src), b) {
				t.Errorf("%s refers to %q", path, b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
