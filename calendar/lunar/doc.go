// Package lunar converts between solar (Gregorian) days and the Vietnamese
// lunisolar calendar (âm lịch), in which Tết Nguyên đán (1/1) and Giỗ Tổ Hùng
// Vương (10/3) fall, and names years, months and days in the sexagenary
// cycle (can chi).
//
// # Conversion
//
// [FromSolar] gives the lunar [Date] of a solar day, [Date.Solar] the solar
// day of a lunar date, and [NewYear] mùng 1 Tết of a lunar year. [Months]
// lists the months of a year, with their first solar day and length, and
// [LeapMonth] names the leap month. Conversion is a lookup in a table
// generated once from the astronomy (see Method below): it takes a few
// nanoseconds, does not allocate and is safe for concurrent use.
//
// A Date's Year is the lunar year, numbered by the Gregorian year in which
// its month 1 begins; months 11 and 12 keep that number when they fall in
// the next January, so 2025-01-28 is 29/12 of lunar year 2024. A leap month
// repeats the number of the month before it and has Leap set: 2023 has
// months 1, 2, 2 nhuận, 3, …, 12. Giỗ Tổ is 10/3 of the regular month 3,
// so Date{Year: y, Month: 3, Day: 10}.Solar() gives it even in a year with
// a leap month 3.
//
// # The rules
//
// The calendar is the Chinese lunisolar calendar evaluated at the meridian
// 105°E (UTC+7), with the rules Hồ Ngọc Đức lists after the Explanatory
// Supplement to the Astronomical Almanac
// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html):
//
//  1. A month begins on the civil day, 00:00–24:00 UTC+7, that contains the
//     new moon, the instant at which the Moon's and the Sun's apparent
//     geocentric ecliptic longitudes are equal. It lasts until the day before
//     the next such day, so it has 29 days (tháng thiếu) or 30 (tháng đủ).
//  2. The December solstice (Đông chí, apparent solar longitude 270°) always
//     falls in month 11.
//  3. When 13 months run from the start of one month 11 to the start of the
//     next, the first of them after month 11 that contains no principal term
//     (trung khí: an instant when the Sun's apparent longitude is a multiple
//     of 30°, dated at UTC+7) is the leap month (tháng nhuận). In a span of
//     12 months there is no leap month, even if a month lacks a principal
//     term: in 2033 the month from 23 September has none, yet it is month 9
//     and the year's leap month is 11.
//  4. Month 1 (tháng Giêng) is the second month after month 11, or the third
//     when a leap month comes between; its first day is Tết.
//
// # Time zone and years before 1968
//
// Every year is computed at UTC+7. Quyết định 121-CP of 8 August 1967 put
// the country in time zone 7 (105°E), and the North computed its calendar
// there from Tết Mậu Thân 1968; the South followed the Chinese calendar,
// computed at UTC+8, until reunification. Before 1968 the calendar actually
// used was the Chinese one (Beijing mean time before 1929, UTC+8 after).
// This package applies UTC+7 to those years too (proleptically), as Hồ Ngọc
// Đức's algorithm and its ports do: vanban handles directives issued after
// 1968, and one rule for every year keeps the calendar simple to reason
// about. The difference matters for Tết in 1903, 1935 and 1965 (28 Jan,
// 3 Feb and 1 Feb here against 29 Jan, 4 Feb and 2 Feb as then observed)
// and for 59 of the 841 months of 1900–1967. From 1968 the Vietnamese and
// Chinese calendars differ wherever a new moon or a principal term falls
// between 23:00 and 24:00 UTC+7: Tết 1968, 1985, 2007, 2030 and 2053, for
// instance, is a day or a month earlier in Vietnam.
//
// # Range
//
// Supported are the solar days 1900-01-31 (Tết 1900) to 2199-12-31 and the
// lunar years 1900–2199, as far as their days fall in that solar range.
// Anything else is an error wrapping [ErrOutOfRange]; a lunar date that does
// not exist (day 30 of a 29-day month, Leap on a month that is not the
// year's leap month) wraps [ErrNoSuchDate]. Functions never panic.
//
// # Method
//
// The table was computed once by internal/lunargen with precise theories:
// the Moon by ELP/MPP02 (Chapront & Francou 2003, constants fitted to
// DE405), the Sun by VSOP87D (Bretagnon & Francou 1988) with aberration, the
// FK5 correction and the IAU 1980 nutation, and ΔT from USNO and IERS values
// to 2032, then the polynomials of Espenak and Meeus. A test regenerates the
// table and compares it with the committed one.
//
// The precise method matters within a few minutes of midnight. Hồ Ngọc Đức's
// simplified algorithm, which most Vietnamese converters port, misdates
// eight new moons of 1900–2199 that fall within 2.1 minutes of midnight
// (1944, 2072, 2077, 2130, 2150, 2159, 2175 and 2199, the last two moving
// Tết) and so differs from this package on 242 days. The dates in the
// 2100s depend on ΔT, which cannot be predicted to the minute that far
// ahead; the table gives them as the adopted ΔT model does.
//
// # Names and text
//
// [YearCanChi], [Date.MonthCanChi] and [DayCanChi] give the sexagenary
// names ([CanChi], such as "Bính Ngọ"), by Hồ Ngọc Đức's formulas; a leap
// month takes the name of the month it repeats. [Date.String] reads as
// Vietnamese calendars print a date, "10/3 Bính Ngọ" or "15/2 nhuận Quý
// Mão". [Date.MarshalText] writes the form "2026-03-10", or "2023-02L-15"
// for a leap month, which [Date.UnmarshalText] reads back. The zero Date
// means "unset": it prints as the empty string and marshals as empty text.
package lunar
