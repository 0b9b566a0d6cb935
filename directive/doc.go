// Package directive models a Vietnamese administrative or Party document
// (văn bản) — a công văn, thông báo, kế hoạch, quyết định… — as values:
// reads it from the plain text that web pages and PDF extraction give,
// checks it against the layout rules, prints it in the official layout, and
// hands its metadata to an e-office system or the national document
// exchange.
//
// # Reading
//
// [Parse] reads every component that Nghị định 30/2020/NĐ-CP (or, for a
// Party document, Hướng dẫn 36-HD/VPTW) lays out, from the messy text found
// in the wild: header columns run together ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM" on one line) or in the wrong order, decoration lines,
// stray blank lines, Markdown emphasis, the tiêu ngữ in any case, NFD
// Unicode, CRLF. A [Document] holds
//
//   - the heading: quốc hiệu and tiêu ngữ or "ĐẢNG CỘNG SẢN VIỆT NAM", the
//     issuing body and its superior;
//   - the số and ký hiệu as a [legalref.Ref] (a công văn has issuer and
//     drafting unit, a named document its type), the place and date;
//   - the type and trích yếu ("V/v …" for a công văn);
//   - urgency (Hỏa tốc, Thượng khẩn, Khẩn), secrecy and handling stamps;
//   - Kính gửi, as [Recipient] values;
//   - the [Body]: opening, numbered [Item] values with their sub-items and
//     the documents each paragraph cites ([legalref.Extract], byte offsets
//     kept), closing, notes;
//   - the [Signature]: [Authority] (TM., KT., TL., TUQ., Q. and the Party
//     forms T/M, K/T, T/L), the title it is signed for, the signer's title
//     and name;
//   - Nơi nhận, with "Như trên" as its first entry and the [Archive] line
//     "Lưu: VT, …" (keepers, number of copies, typist's initials);
//   - the [Task] values (one per item) and the [ReportRequirement] values
//     ("báo cáo … về … (qua …) trước ngày …") read from the body.
//
// # Tasks and reports
//
// Each numbered item is a [Task]: its action ("Tiếp tục đẩy mạnh công tác
// tuyên truyền, …"), its text and references, the units it names as
// [Assignee] expressions with their [Role] — [Lead] for "chủ trì",
// [Support] for "phối hợp với", [Responsible] for "giao …", "… có trách
// nhiệm …" or a clause that opens with a name (Nghị định 30/2020/NĐ-CP
// Điều 23 khoản 2) — or, when it names none, the Kính gửi entries marked
// Inherited; and its deadlines as [DeadlinePhrase] values, the phrases of
// package [deadline] that a verb of doing or reporting governs ("hoàn thành
// trong tháng 5/2021", not "kết quả đạt được trong năm 2020"; the rule is
// on DeadlinePhrase). A [ReportRequirement] has, besides the phrases as
// printed, its sentence, its deadline as an expression, what is reported
// ("kết quả thực hiện"), what for ("để tổng hợp báo cáo Tỉnh ủy"), who
// reports, "các cấp" flagged, and the Condition of a report due only when
// it arises ("nếu có khó khăn, vướng mắc, báo cáo về …").
//
// Parse has no hierarchy: assignees are text with byte spans.
// [Document.Resolve] reads them, the Kính gửi and Nơi nhận lists ("Như
// trên" standing for Kính gửi) and the report's recipients against a
// [unit.Hierarchy] as it stood on the document's date, and the deadlines
// against a [calendar.Calendar] under a [deadline.Policy]. [Resolved] has
// one [Duties] entry per concrete unit — for the seed, Công văn
// 491/UBND-KGVX, 37 units, each with four tasks and a report due on Friday
// 19/11/2021 ("trước ngày 20/11/2021" read strictly) — with explanations;
// what no unit answers to is listed with the reason. A unit's UnitReport
// carries its Role in the report and the ReportSource of its duty (the
// sentence's bearers, the item's task or Kính gửi), so that a caller can
// give a report the lead sends ("Sở Tài chính chủ trì, phối hợp với …, báo
// cáo …") to the Lead alone.
//
// # Validating
//
// [Document.Validate] returns the [Violation] values of a document: each
// names its [Rule], the component, the offending text, the official form
// where one can be given, and the basis, such as "Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I, mục II.4.b: những số thể hiện ngày nhỏ hơn 10 và tháng
// 1, 2 phải ghi thêm số 0 phía trước". Rules about the printed form are checked on
// [Document.Printed], where Parse keeps each component printed otherwise
// than in the official form. Spaces inside the số and ký hiệu ("Số: 491
// /UBND-KGVX") are not reported, since text extraction inserts them; nor
// is a colon after "Số" in a Party document, which web copies add.
//
// # Printing
//
// [Document.Format] prints the official layout in a fixed-width font, so that
// a system can render a document it built as values; Parse reads it back:
// Parse(d.Format()) equals d for a document whose Printed is zero.
//
// # Exchanging
//
// [Document.Metadata] gives the electronic-document metadata of Nghị định
// 30/2020/NĐ-CP Phụ lục VI (CodeNumber, CodeNotation, IssuedDate,
// OrganName, Subject, SignerInfo, To, Priority, DueDate…) and
// [Document.MessageHeader] the message header of an edXML package of QCVN
// 102:2016/BTTTT, both with JSON and XML encodings under the official tag
// names. Their DueDate, the hạn xử lý, is the due day of the first report
// as [Document.Resolve] gives it by default (Friday 19/11/2021 for "trước
// ngày 20/11/2021"), since the receiving system counts a reply late only
// after that day; [ReportRequirement].DueDate keeps the day the words name.
// A Document itself encodes to JSON with the field names given in its
// struct tags ("organ", "ref", "subject", "addressees", "signature",
// "copyTo"…).
//
// # Concurrency
//
// The package has no mutable state; a Document is a plain value, safe to
// read from many goroutines. Use [Document.Clone] before changing a copy.
package directive
