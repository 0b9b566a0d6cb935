package vanban

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsNameRealSources: the documentation of every package and program —
// source files, examples, READMEs and the data shipped with the module
// (.json, .tsv) — cites laws, notices and public pages, not the research
// notes kept beside the module (../shared), which users of the library do
// not have. Tests and their testdata may cite the notes for their expected
// values.
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
		switch filepath.Ext(name) {
		case ".go":
			if strings.HasSuffix(name, "_test.go") && !strings.HasPrefix(name, "example") {
				return nil
			}
		case ".md", ".json", ".tsv":
		default:
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
