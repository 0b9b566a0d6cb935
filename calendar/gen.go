//go:build ignore

// gen writes announced.go, the built-in announced schedules, from the table
// ../internal/holidaydata/holidays-vn.tsv. Run it with go generate.
package main

import (
	"log"
	"os"

	"github.com/vanban-go/vanban/internal/holidaydata"
)

func main() {
	tsv, err := os.ReadFile("../internal/holidaydata/holidays-vn.tsv")
	if err != nil {
		log.Fatal(err)
	}
	src, err := holidaydata.Generate(tsv)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("announced.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
