// Package vanban is the root of a pure Go library for Vietnamese
// administrative directives: the công văn, chỉ thị, thông báo, kế hoạch and
// quyết định that an authority sends to the bodies below it.
//
// A People's Committee sends its departments and districts a công văn with
// four tasks and the line "báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh
// (qua Sở Nội vụ) trước ngày 20/11/2021". The packages of vanban answer the
// questions every e-office system must answer about such a document: what it
// is (số, ký hiệu, type, issuer, date), which documents it cites, who exactly
// must act, what each of them must do, by which working day, who is late, and
// why that day and not another.
//
// This package holds no code; it is the overview of the packages below.
//
// # Packages
//
// The packages form one stack; each imports only those below it:
//
//   - [github.com/vanban-go/vanban/reporting]: who owes which report to whom
//     and by when, derived from a directive (Derive) or from a periodic regime
//     of Nghị định 09/2019/NĐ-CP (ND09, Recurring); relays through an
//     intermediary; status as of an instant (Evaluate), reminders and
//     compliance statistics (Summarize).
//   - [github.com/vanban-go/vanban/directive]: the document itself (the layout
//     of Nghị định 30/2020/NĐ-CP and of Party documents), parsed from plain
//     text, validated and formatted, with its tasks and the reports it
//     requires; its metadata for the document exchange.
//   - [github.com/vanban-go/vanban/directive/unit]: the units documents are
//     addressed to and their hierarchy over time (the mergers of 2025, their
//     successors), and the resolution of Kính gửi and Nơi nhận lines ("Các sở,
//     ban, ngành cấp tỉnh") to concrete units.
//   - [github.com/vanban-go/vanban/directive/deadline]: deadline phrases
//     ("trước ngày 20/11/2021", "trong thời hạn 15 ngày làm việc kể từ ngày nhận
//     được văn bản", "hằng tháng, trước ngày 20") read as values and resolved
//     on the calendar to a due day, with the rules applied.
//   - [github.com/vanban-go/vanban/legalref]: references to legal,
//     administrative and Party documents ("Nghị định số 145/2020/NĐ-CP",
//     "Kết luận số 114-KL/TW"): parse, canonical citation, identity key,
//     extraction from running text.
//   - [github.com/vanban-go/vanban/calendar]: the working-day calendar of state
//     agencies (holidays by the law in force on each date, nghỉ bù, every
//     announced schedule of 2010–2027, provisional years after) and deadline
//     arithmetic.
//   - [github.com/vanban-go/vanban/calendar/lunar]: the Vietnamese lunisolar
//     calendar (âm lịch) of 1900–2199, which places Tết and Giỗ Tổ Hùng Vương.
//
// Under internal/ are the text normalisation shared by the parsers
// (internal/vntext), the table of announced days off and its generator
// (internal/holidaydata), and the astronomy that computed the lunar table
// (internal/astro, internal/lunargen).
//
// # A first example
//
// The seed is Công văn 491/UBND-KGVX of Ủy ban nhân dân tỉnh Kiên Giang, dated
// Tuesday 20/4/2021; the package Example runs it end to end.
// [github.com/vanban-go/vanban/directive.Parse] reads its text into a Document:
// the symbol 491/UBND-KGVX, the date, the Kính gửi lines "Các sở, ban, ngành
// cấp tỉnh" and "Ủy ban nhân dân các huyện, thành phố", four tasks, the ten
// documents it cites, and one ReportRequirement to "Ủy ban nhân dân tỉnh" via
// "Sở Nội vụ" with the phrase "trước ngày 20/11/2021".
// [github.com/vanban-go/vanban/reporting.Derive], given the hierarchy of Kiên
// Giang (a [github.com/vanban-go/vanban/directive/unit.Hierarchy] read from
// JSON, such as examples/data/kiengiang.json) and calendar.Default(), resolves
// who must report as the report sentence says — "các sở, ban, ngành cấp tỉnh,
// Ủy ban nhân dân các cấp": the 37 units of the Kính gửi lines as they stood
// on that day — and returns 38 obligations: Sở Nội vụ's own, to consolidate
// and report to Ủy ban nhân dân tỉnh Kiên Giang, and one for each of the 37
// units, reporting through Sở Nội vụ. Sở Nội vụ's is due on Friday
// 19/11/2021, 148 working days after the document's date: "trước ngày
// 20/11/2021" read strictly, by its letter, excludes Saturday 20/11. Read
// inclusively ([github.com/vanban-go/vanban/directive/deadline.Inclusive] in
// DeriveOptions.Policy), it includes that Saturday, and the Civil Code (Bộ
// luật Dân sự 2015 Điều 148 khoản 5) moves it to Monday 22/11/2021. Each
// obligation's Due carries that explanation, step by step, and
// [github.com/vanban-go/vanban/reporting.Evaluate] tells, for the reports
// received, who sent on time, who late and who has not sent yet.
//
// # Principles
//
// No package reads files, the network, the clock or the environment: data is
// compiled in, and "now" is always a parameter. Every exported value is
// immutable once built and safe for concurrent use. Civil days are
// [github.com/rickb777/date/v2] Date values; instants are [time.Time] in
// Vietnam's fixed zone, UTC+7. Bad input returns an error naming the input and
// the position; nothing panics.
//
// # Where to start
//
// Run the main example, go run ./examples/deadline, and read its source: it
// puts directive, directive/unit, directive/deadline, reporting, legalref and
// calendar together in a few hundred lines. The other programs under examples/
// each front one package: examples/workdays (calendar), examples/lunar
// (calendar/lunar), examples/refs (legalref) and examples/reports (the periodic
// regimes and compliance statistics of reporting). Then read the package docs
// in the order of the stack, from calendar up; their Example functions are
// runnable.
package vanban
