// Package deadline reads the deadline phrases of Vietnamese administrative
// directives ("trước ngày 20/11/2021", "trong thời hạn 15 ngày làm việc kể từ
// ngày nhận được văn bản", "hằng tháng, trước ngày 20") as values, and
// resolves them on the working-day calendar of package
// github.com/vanban-go/vanban/calendar to a due day, a due instant and an
// explanation that names every rule applied.
//
// The main entry points are [Parse] and [Extract], which read phrases, and
// [Expr.Resolve], which turns one into a [Resolution] on a
// [calendar.Calendar] under a [Context]. The rules applied come from Bộ luật
// Dân sự 2015 (Điều 144–148), Nghị định 09/2019/NĐ-CP (Điều 13), Nghị định
// 30/2020/NĐ-CP (Điều 23) and Nghị định 61/2018/NĐ-CP (Điều 18); each
// [Step] of a resolution names the article it applies.
//
// # Expressions
//
// An [Expr] is one of four kinds:
//
//   - [FixedDay]: a day named by the text, with a [Bound]: [Before] for
//     "trước ngày X", [By] for the phrases whose words include X ("chậm nhất
//     (là, vào) ngày X", "muộn nhất trong ngày X", "đến hết ngày X", "trước
//     hoặc vào ngày X", "trong ngày X"). Before a full date the word
//     "ngày" may be missing: "trước 20/11/2021", "chậm nhất 15/8/2023".
//   - [WithinSpan]: a month, quarter, half-year, nine months or year ("trong
//     tháng 5/2021", "quý I/2022", "6 tháng đầu năm 2022").
//   - [AfterEvent]: a period (thời hạn) counted from an [Event]: the
//     document's signature ("kể từ ngày ký"), its receipt ("kể từ ngày nhận
//     được văn bản"), a date, or any other event.
//   - [Recurring]: a [Recurrence] — a day of every week, month, quarter,
//     half-year or year ("thứ Tư hằng tuần", "trước ngày 20 của tháng cuối
//     quý", "trước ngày 15 tháng 12 hằng năm").
//
// Any of them may carry a time of day ([Clock]): "trước 16 giờ ngày làm việc
// tiếp theo".
//
// [Parse] reads one phrase; [Extract] finds every phrase in running text,
// with byte offsets into the text as given, NFD included. Both accept text
// without diacritics ("truoc ngay 20/11/2021"), any case, and dates written
// 20/11/2021, 20-11-2021, 20.11.2021, 20/11/21 or "20 tháng 11 năm 2021".
// A day written without its year or month takes them from the document's
// date when resolved, and the explanation says so.
//
// # Counting periods
//
// Periods follow Bộ luật Dân sự 2015 (Luật 91/2015/QH13), Điều 144–148, as
// [calendar.Calendar.Deadline] implements them:
//
//   - the day of the event is not counted; the period starts the next day
//     (Điều 147 khoản 2 and 3);
//   - a period of N days ends on the N-th day after the event; of weeks,
//     months or years on the corresponding day (Điều 148 khoản 1–4);
//   - a period of N working days (ngày làm việc) ends on the N-th working
//     day after the event day, skipping weekly rest days, holidays,
//     compensatory and swapped days off;
//   - a last day that is a weekly rest day or a holiday moves to the next
//     working day (Điều 148 khoản 5);
//   - the period ends at 24:00 of its last day (Điều 148 khoản 6), unless
//     the text states an hour.
//
// A period whose text names no event ("trong 10 ngày làm việc") counts from
// [Context].Event when the caller gives one, else from the document's date.
// One that names an event the context does not supply ("kể từ ngày nhận
// được văn bản" without [Context].Event) does not resolve: the error wraps
// [ErrNeedsEvent].
//
// An event the context supplies may carry its instant ([Context].EventAt)
// and the context a cut-off hour ([Context].CutOff): an event after that
// hour, or on a day off, counts as happening on the next working day — 15:00
// for files received at a one-stop office (Nghị định 61/2018/NĐ-CP Điều 18
// khoản 2), 17:00 for some procedures on the national public-service portal.
// No law fixes office hours nationally (each ministry and province sets its
// own), so the cut-off is the caller's to give.
//
// "ngay trong ngày" is the event day itself; "trong ngày làm việc tiếp
// theo" is one working day: the first working day after the event day, as
// in Nghị định 30/2020/NĐ-CP Điều 23 khoản 1 for incoming documents.
//
// # Before day X: the policies
//
// No statute says whether "trước ngày X" includes X; which reading applies
// is a choice vanban leaves to the caller, defaulting to the strict one. The
// letter excludes it, and drafters who mean X write "chậm nhất ngày X" or
// "trước hoặc vào ngày X" — a form that would be pointless otherwise — but
// many offices read "trước ngày X" as "by X". The reading is a [Policy] of
// the [Context]:
//
//   - [Strict] (the default): the last day is X−1; if it is not a working
//     day, Điều 148 khoản 5 moves it forward to the next working day, which
//     can be X or later.
//   - [Inclusive]: the last day is X, moved forward by Điều 148 khoản 5 when
//     X is not a working day.
//   - [StrictBackward] (opt-in): the last day is X−1, moved back to the
//     previous working day when it is not one — an office practice with no
//     basis in the civil code.
//
// The policy governs only "trước ngày X" without a time of day. The
// phrases inclusive by their words are inclusive under every policy, and
// "trước 16 giờ ngày X" includes day X up to 16:00.
//
// The reference example is Công văn 491/UBND-KGVX of Ủy ban nhân dân tỉnh
// Kiên Giang, dated Tuesday 20/4/2021, which asks for a report "trước ngày
// 20/11/2021", a Saturday. Under Strict it is due on Friday 19/11/2021, 148
// working days after the document's date; under Inclusive, the Saturday
// moves to Monday 22/11/2021.
//
// # Spans and recurring deadlines
//
// A span named with "trong", "chậm nhất" or "đến hết" ends on its last day
// (Bộ luật Dân sự 2015 Điều 146 khoản 2–3, which fix "cuối tháng" and "cuối
// năm", applied by analogy); "trước tháng 6/2022" is "trước ngày 1/6/2022".
//
// A recurring deadline has one occurrence per calendar period: a week from
// Monday to Sunday, a month, a quarter, January–June and July–December, a
// year. Its day is the weekday, the day of the month of the period's month
// that [Anchor] names (the last one when the text names none, as Nghị định
// 09/2019/NĐ-CP Điều 13 does with "ngày 25 của tháng cuối kỳ báo cáo"), or
// the last day of the period when the text names no day ("định kỳ 6
// tháng"); then the rules above apply. [Expr.Next] gives the first
// occurrence due on or after a day, [Expr.Occurrences] iterates over a range,
// and [Expr.ResolvePeriod] resolves one for a given report period — the way
// to resolve a phrase that leaves the frequency to the report regime
// ([ReportPeriod]). The data windows of Nghị định 09/2019 Điều 12 are not
// deadlines and are not computed here.
//
// # Explanations and storage
//
// A [Resolution] gives the day named, the last day, the due day and the due
// instant in UTC+7, whether the calendar's answer is provisional (a year
// whose days off are not yet announced), the working days from the
// document's date, and the steps taken ([Step]): each with its [Rule], its
// basis ("Bộ luật Dân sự 2015, Điều 148 khoản 5"), the day before and after,
// and the days off it crossed with their names and bases from the calendar.
// Its Explanation field says the same in Vietnamese, and [Resolution.OnTime]
// tells whether an instant meets the deadline.
//
// Expressions, contexts, policies and resolutions encode to JSON with
// camelCase keys, like the other packages of the module ("eventAt",
// "cutOff", "dueAt"), their days as YYYY-MM-DD and their enums as text
// tokens ("strict", "inclusive", "move-forward"). Decoding checks every
// day with calendar.ParseDate: a stored day that does not exist
// ("2021-02-30") is a *[ParseError] wrapping [ErrDate] that names the
// field, where date.Date alone would read 2 March. Every value is immutable
// and safe for concurrent use; the package has no global settings and does
// no I/O.
package deadline
