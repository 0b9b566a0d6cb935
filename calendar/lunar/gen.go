//go:build ignore

// gen.go writes tables.go: the month starts and leap months of the lunar
// years 1900–2199, computed once by package internal/lunargen.
//
// Run it with go generate (see the go:generate line in convert.go).
package main

import (
	"log"
	"os"

	"github.com/vanban-go/vanban/internal/lunargen"
)

func main() {
	src, err := lunargen.Table()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
