// Package holidaydata reads the table of announced days off for state agencies
// and writes it as Go source for package calendar.
//
// # The table
//
// holidays-vn.tsv, in this directory, is the researched table of the days
// off of the civil service (status 2026-11-27): one row per holiday,
// compensatory day or swap day of the years 2010–2027, for the
// Saturday–Sunday week, with tab-separated columns
//
//	date	kind	name	source	confidence
//
// The date is YYYY-MM-DD; kind is holiday, compensatory, swap-off,
// swap-workday (workday and weekly-rest are accepted too, for schedules
// that users write); the name is the Vietnamese name of the day; the source
// is the law article and the announcing documents: the yearly Thông báo of
// Bộ Lao động – Thương binh và Xã hội (to 2025) or Bộ Nội vụ (from 2026),
// the Công văn of Văn phòng Chính phủ conveying the Prime Minister's
// decision, and press reports where the notice itself was not found.
// Confidence is confirmed (two independent public sources agree on the
// date; for a fixed-date holiday the law text is one of them),
// single-source (one source only) or inferred (the law gives the date and
// no announcement for the occasion was found). A header line whose first
// field is "date", blank lines and lines starting with '#' are skipped.
//
// [Parse] reads the rows (it is also the reader behind calendar.ParseSchedule)
// and [Generate] writes them as the Go source file calendar/announced.go:
//
//	cd calendar && go generate
//
// A test in package calendar regenerates the file and fails if it differs
// from the one checked in.
package holidaydata
