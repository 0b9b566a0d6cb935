// Package peerbench times the working-day queries of package
// github.com/vanban-go/vanban/calendar against the same queries on
// github.com/rickar/cal/v2, in one binary and one run, as issue 4 asked.
//
// It is a module of its own (this directory's go.mod), so that the peer
// library is not a dependency of vanban: the root module's `go test ./...`,
// `go vet ./...` and staticcheck do not enter it. Run it with
//
//	cd internal/peerbench && go test -bench . -benchmem
//
// # The two peer calendars
//
// rickar/cal/v2 (v2.1.13) has no Vietnamese calendar (no v2/vn package), so
// the benchmarks build two:
//
//   - equivalent: every day off of calendar.Default() from 2010 to 2045
//     loaded as a one-off holiday, and the announced working Saturdays and
//     Sundays (swap-workday) through its WorkdayFunc. TestEquivalent checks
//     that it answers IsWorkday as vanban does on every day of those years,
//     so both libraries are timed on the same calendar.
//   - rules: what rickar/cal can express by itself — the fixed-date
//     holidays (1/1, 30/4, 1/5, 2/9, and 24/11 from 2026) moved to Monday
//     when they fall on a weekend (its Observed rule), and Tết Âm lịch,
//     Giỗ Tổ Hùng Vương and the adjacent Quốc khánh day through holiday
//     functions that use vanban's lunar calendar and the provisional
//     years' default rules. It cannot express Vietnam's rule of make-up
//     days after a block of holidays nor the announced swaps; TestRules
//     measures how often it agrees.
//
// Both peer calendars are timed with and without rickar/cal's holiday
// cache (its Cacheable field, a per-calendar map that is not safe for
// concurrent use).
package peerbench
