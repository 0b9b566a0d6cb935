package lunar

import (
	"bytes"
	"os"
	"testing"

	"github.com/vanban-go/vanban/internal/lunargen"
)

// TestTables regenerates tables.go and compares it with the committed file,
// the way golang.org/x/text checks its tables. The astronomy is slow, so
// -short skips it.
func TestTables(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the table is slow")
	}
	want, err := lunargen.Table()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go is stale: run go generate")
	}
}
