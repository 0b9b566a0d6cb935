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
// # Packages
//
// The packages form one stack; each imports only those below it:
//
//   - reporting: who owes which report to whom and by when; the periodic
//     reports of Nghị định 09/2019/NĐ-CP; status and compliance statistics.
//   - directive: the document itself (the layout of Nghị định 30/2020/NĐ-CP
//     and of Party documents), parsed from plain text, validated and
//     rendered; its recipients, tasks and deadlines.
//   - legalref: references to legal, administrative and Party documents
//     ("Nghị định số 145/2020/NĐ-CP", "Kết luận số 114-KL/TW"): parse,
//     format, extract from running text.
//   - calendar: the working-day calendar of state agencies (holidays by the
//     law in force on each date, nghỉ bù, announced swaps) and deadline
//     arithmetic.
//   - calendar/lunar: the Vietnamese lunisolar calendar (âm lịch), which
//     places Tết and Giỗ Tổ Hùng Vương.
//
// Packages land as their work is done; this overview lists the stack as
// designed.
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
// Run the main example, go run ./examples/deadline, and read its source.
package vanban
