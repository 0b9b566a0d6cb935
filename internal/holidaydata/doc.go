// Package holidaydata reads the table of announced days off for state agencies
// and writes it as Go source for package calendar.
//
// # The table
//
// holidays-vn.tsv, in this directory, is a copy of the researched table
// ../shared/domain/holidays-vn.tsv of the vanban domain notes (calendar.md §6,
// status 2026-11-27): one row per holiday, compensatory day or swap day of the
// years 2010–2027, with tab-separated columns
//
//	date	kind	name	source	confidence
//
// The date is YYYY-MM-DD; kind is holiday, compensatory, swap-off,
// swap-workday (workday and weekly-rest are accepted too, for schedules
// that users write); the name is the Vietnamese name of the day; the source
// is the law article and announcing documents; confidence is confirmed,
// single-source or inferred. A header line whose first field is "date",
// blank lines and lines starting with '#' are skipped.
//
// [Parse] reads the rows (it is also the reader behind calendar.ParseSchedule)
// and [Generate] writes them as the Go source file calendar/announced.go:
//
//	cd calendar && go generate
//
// A test in package calendar regenerates the file and fails if it differs
// from the one checked in.
package holidaydata
