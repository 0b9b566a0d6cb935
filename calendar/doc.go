// Package calendar is the working-day calendar of Vietnamese state agencies
// and the arithmetic of legal deadlines on it.
//
// It answers which days a state agency works — Saturday and Sunday rest,
// the statutory holidays of the law in force on each date, the compensatory
// days (nghỉ bù) and the swaps (hoán đổi) announced each year — and which
// working day a deadline falls on. Every day explains itself: its name, the
// law article or announcing document behind it, how well that is
// established, and whether it is a forecast. The rules follow the laws
// cited below; the announced schedules come from the table
// internal/holidaydata/holidays-vn.tsv of this module ([DataSource]), built
// from the yearly notices (Thông báo of Bộ Lao động – Thương binh và Xã hội
// to 2025 and of Bộ Nội vụ from 2026, Công văn of Văn phòng Chính phủ) and
// press reports of them, which each day names in its Basis.
//
// # The default calendar
//
// [Default] is the calendar of cán bộ, công chức and viên chức:
//
//   - Weekly rest on Saturday and Sunday, from the five-day week of
//     Quyết định 188/1999/QĐ-TTg (2/10/1999).
//   - The statutory holidays of the Labour Code in force on each date:
//     BLLĐ 1994 Điều 73 (1/1, a four-day Tết, 30/4, 1/5, 2/9), amended by
//     Luật 84/2007/QH11 (Giỗ Tổ Hùng Vương, 10/3 âm lịch, from April 2007);
//     BLLĐ 2012 Điều 115 from 1/5/2013 (a five-day Tết, so Tết 2013 still had
//     four days); BLLĐ 2019 Điều 112 from 1/1/2021 (a second Quốc khánh day);
//     and Ngày Văn hóa Việt Nam on 24/11 from Nghị quyết 28/2026/QH16 (in
//     force 1/7/2026). Tết and Giỗ Tổ follow the Vietnamese lunar calendar
//     of package [github.com/vanban-go/vanban/calendar/lunar].
//   - The compensatory rule (see below).
//   - Every announced schedule of 2010–2027: the days of Tết, the adjacent
//     Quốc khánh day, the swaps (including those that cross New Year and the
//     working Sunday 30/1/2011), each day with the document it comes from.
//
// The supported range is [MinDate] (2000-01-01) to [MaxDate] (2199-12-31).
// Out of it, queries return an error wrapping [ErrOutOfRange];
// [Calendar.IsWorkday] returns false and [Calendar.Day] a DayInfo whose
// Kind is the zero Kind, "unset", which encodes as empty text.
//
// # Kinds of day
//
// [Calendar.Day] classifies each day as a [Workday], a [WeeklyRest] day, a
// [Holiday], a [Compensatory] day, a [SwapOff] day or a [SwapWorkday]. A
// statutory holiday is a Holiday even when it falls on Saturday or Sunday;
// the weekday that replaces it is the Compensatory day. A Saturday or Sunday
// made a working day by a swap is a SwapWorkday. Workday and SwapWorkday are
// working days ([Kind.Working]).
//
// # Compensatory days
//
// A statutory holiday that falls on the weekly rest day is made up on the
// next working day (BLLĐ 2019 Điều 111 khoản 3; BLLĐ 2012 Điều 115 khoản 3;
// BLLĐ 1994 Điều 73): the first day after it that is neither a weekly rest
// day, nor a holiday, nor already a make-up day. A block of holidays is thus
// followed by its make-up days, one per weekend holiday, in order; a
// Saturday holiday is never moved back to Friday. Each of Tết's statutory
// days counts. Whether a weekend 24/11 is made up is an open question;
// [WithCultureDayCompensation] sets it (default: yes).
//
// # Announced and provisional years
//
// The days off that the government chooses each year — which five days are
// Tết, which of 1/9 and 3/9 is the second Quốc khánh day, which weekdays are
// swapped — are data, not code: announced.go is generated from
// holidays-vn.tsv by gen.go, and [WithAnnouncement] and [WithSchedule] add
// more at run time (the rows of [ParseSchedule], or JSON), so that a system
// in production need not wait for a release when next year's schedule is
// published.
//
// A year from 2010 on without an announced schedule (2028 and later in
// [Default]) follows the law with these defaults, and every one of its days
// is Provisional (until an announcement is added, see below):
//
//   - a five-day Tết is one day before mùng 1 and mùng 1–4 when mùng 1 is a
//     Monday or Tuesday, two days before and mùng 1–3 otherwise. This picks
//     the announced days for 13 of the 14 five-day Tết of 2014–2027 (not
//     2014, whose mùng 1 was a Friday);
//   - the second Quốc khánh day is 3/9 when 2/9 is a Monday, Thursday or
//     Sunday, 1/9 otherwise, as announced every year 2021–2027;
//   - no swaps, which cannot be forecast.
//
// Over the 6,574 days of 2010–2027, these rules alone classify 6,530 days
// as the announced schedules do (99.3 %) and 7 of the 18 years entirely;
// every day they miss is a swap day but one, 5/2/2014. Leaving the swaps
// aside, they get 6,572 days and 17 years right: the one miss is Tết 2014.
// Years before 2010 follow the law alone: it fixed every day then, and the
// swaps began in 2010, so they are not provisional.
//
// # Adding next year's schedule
//
// When the days off of a year are announced (the Thông báo of Bộ Nội vụ,
// before 2026 of Bộ Lao động – Thương binh và Xã hội, or the Công văn of
// Văn phòng Chính phủ conveying the Prime Minister's decision), pass the
// announced rows to [WithAnnouncement]: a system in production need not
// wait for a release. An announcement states what the government decides
// that year — the days of Tết, the adjacent Quốc khánh day, the swaps — and
// WithAnnouncement lays it over the year the law gives: the announced
// choices replace the default rules, the make-up days follow from the
// compensatory rule, the swaps are added, and the rest of the year is the
// law's. Its days are then not Provisional, except those a default rule
// still places because the announcement did not state their occasion
// (announced Tết alone leaves the adjacent Quốc khánh day provisional).
// What does not fit the law — four days of Tết, a make-up day the rule
// does not give, a swap onto a holiday — is an error naming the day. Over
// a year that already has a schedule (built in, or given to
// [WithSchedule]), an announcement may only agree with it or add swaps, so
// a program that passes an announcement keeps working when a release
// builds the year in.
//
//	announced, err := calendar.ParseSchedule(tsv) // the rows of the Thông báo
//	cal, err := calendar.New(calendar.WithAnnouncement(announced...))
//
// [WithSchedule] instead replaces whole years with exactly what it is
// given, for a schedule kept as data (the rows of [ParseSchedule], the JSON
// of [Calendar.JSON]). A partial year cannot silently turn statutory
// holidays into working days: [New] refuses a year that lacks a statutory
// holiday of the law in force, or a make-up day the compensatory rule
// gives, with a [*MissingDaysOffError] that names the year and lists the
// days, computed by the same rules as the provisional years. The Tết days
// may fall anywhere around mùng 1 and the adjacent Quốc khánh day on 1/9 or
// 3/9, as announced; only their number is fixed. Days keep their
// Provisional flag, so a provisional year passed back is still one.
//
// Schedules read from JSON are checked: [DayInfo.UnmarshalJSON] rejects a
// day that does not exist ("2028-02-31") with an [*Error] naming the field
// and the input, where date.Date alone would read 2 March; [ParseDate] is
// the same check for other dates.
//
// # Customising
//
// [New] builds a calendar of one's own, with its own tables, from options:
// [WithDayOff] and [WithAnnualDayOff] for local days off (a province's own
// day), [WithWorkday] for extra working days, [WithoutSwaps] for
// enterprises, which need not follow the civil-service swaps,
// [WithWeeklyRest] for another weekly rest, [WithAnnouncement] and
// [WithSchedule] for announced schedules and [WithCultureDayCompensation]. There is no global state: a
// calendar is immutable once built, and safe for concurrent use.
//
// # Counting working days
//
// [Calendar.AddWorkdays] moves by working days: for n > 0 to the n-th
// working day strictly after d, for n < 0 to the |n|-th strictly before, and
// n = 0 returns d. [Calendar.WorkdaysBetween] counts the working days in
// (from, to], negated when to is before from. For every working day x,
// AddWorkdays(d, WorkdaysBetween(d, x)) == x when x is after d, and when x
// is before d and d is a working day. [Calendar.WorkdayOnOrAfter] and
// [Calendar.WorkdayOnOrBefore] move a day that is not a working day to the
// next or previous one. All of them are O(1) and do not allocate: the
// calendar keeps the number of working days before each day and the list of
// working days.
//
// # Legal periods
//
// [Calendar.Deadline] counts a [Period] of days, working days, weeks, months
// or years from an event by Bộ luật Dân sự 2015 Điều 144–148: the day of the
// event is not counted (Điều 147), the period ends on the corresponding day
// (Điều 148 khoản 1–4), and a last day that is not a working day moves to
// the next working day (Điều 148 khoản 5). A directive dated Tuesday
// 20/4/2021 that asks for a report "trong thời hạn 10 ngày" is due on
// Tuesday 4/5/2021: the tenth day, 30/4, is a holiday, 1–2/5 the weekend and
// 3/5 the make-up day for Saturday 1/5.
//
// A Period prints in Vietnamese, as documents write it ("15 ngày làm
// việc"), and has a text form for JSON and other stores: the number and a
// unit token, "15 working-days" ([Period.MarshalText], [Unit.MarshalText]).
//
// # Listing and rendering
//
// [Calendar.Schedule] lists the holidays, compensatory and swap days of a
// year; [Calendar.JSON] and [Calendar.ICalendar] render them as JSON and as
// an iCalendar (RFC 5545) file for a mail calendar.
package calendar
