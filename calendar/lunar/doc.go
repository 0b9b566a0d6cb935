// Package lunar converts between solar (Gregorian) days and the Vietnamese
// lunisolar calendar (âm lịch), in which Tết Nguyên đán (1/1) and Giỗ Tổ Hùng
// Vương (10/3) fall.
//
// # Conversion
//
// [FromSolar] gives the lunar [Date] of a solar day, [Date.Solar] the solar
// day of a lunar date and [NewYear] mùng 1 Tết of a lunar year. Conversion is
// a lookup in a table generated once from the astronomy, so it is fast and
// does not allocate.
//
// # The rules
//
// A month begins on the civil day, at UTC+7, that contains the new moon; it
// has 29 or 30 days. Month 11 contains the December solstice. When 13 months
// run from one month 11 to the next, the first of them without a principal
// term (trung khí) is the leap month (tháng nhuận) and repeats the number of
// the month before it. Month 1 begins the year, which is numbered by the
// Gregorian year it begins in.
//
// # Range and time zone
//
// Supported are the solar days 1900-01-31 (Tết 1900) to 2199-12-31 and the
// lunar years 1900–2199; anything else is [ErrOutOfRange]. The calendar is
// computed at UTC+7 (105°E) for every year.
package lunar
