package main

import (
	"testing"

	"github.com/vanban-go/vanban/internal/readmecheck"
)

// TestREADME runs the commands of the README's blocks that start with
// "$ go run ./examples/deadline" and checks that the lines shown are the
// program's output, in order; a line "…" stands for lines left out.
func TestREADME(t *testing.T) {
	readmecheck.Check(t, "../../README.md", "$ go run ./examples/deadline", func(args []string) (int, string, string) {
		return runArgs("", args...)
	})
}
