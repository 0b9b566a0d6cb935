// Package reporting answers what a provincial Sở Nội vụ, a ministry's office
// or the Government's reporting system needs every morning: who owes which
// report to whom, by which working day, who is late and by how much, and the
// on-time rate per unit and overall.
//
// The rules come from Nghị định 09/2019/NĐ-CP on the reporting regimes of
// state administrative agencies (Điều 8 khoản 5, Điều 12, Điều 13), from
// Bộ luật Dân sự 2015 Điều 144–148 for counting periods, and from Nghị định
// 30/2020/NĐ-CP, Phụ lục VI, which asks document systems to track whether
// documents are handled on time. The main entry points are [Derive] (the
// obligations of a directive), [Regime.Occurrence] (one period of a periodic
// report), [Relay] (reports that go through an intermediary), [Evaluate]
// (statuses as of an instant) and [Summarize] (on-time rates).
//
// # Obligations
//
// An [Obligation] is one unit's duty to send one report: the bearer, the
// recipient, the units it goes through ("qua Sở Nội vụ"), the subject, the
// source document and task, and a [Due] — the due day, the instant the period
// ends, whether it is provisional, and an [Explanation] of how it was found.
// Obligations are plain values, built by hand, expanded from a periodic
// regime ([Recurring.Expand]), or chained through an intermediary
// ([Relay]). Every stored value has a JSON form, and reading it back is
// strict: a day that does not exist ("2021-02-30" as a due day, a data
// window or DeriveOptions.Until) is a [ParseError] naming the field and the
// input, not the next month's day that date.Date's own reading would make
// of it; periods read with [ParsePeriod], instants as [time.Time].
//
// # From a directive
//
// [Derive] takes a [directive.Document], a [unit.Hierarchy] and a
// [calendar.Calendar] and returns, for each report the document requires,
// one obligation per concrete unit that must send it, to the recipient it
// names, by the deadline its phrase gives (read and resolved by package
// [deadline], with the reading of "trước ngày X" chosen in
// [DeriveOptions.Policy]).
//
// Who must send it is what [directive.Document.Resolve] says for each
// report sentence: the units the sentence names ("Sở Tài chính chủ trì
// tổng hợp, báo cáo …" gives Sở Tài chính alone, not every addressee),
// else those of the task of its item, else the Kính gửi list; "các cấp"
// stands for the Kính gửi units it reaches. Derive falls back to the Kính
// gửi list itself only when Resolve gives no unit, and a note says so. A
// unit the sentence names with "phối hợp với" is a bearer too, as Resolve
// gives it.
//
// A requirement without a deadline does not vanish. Công văn 2541/VPCP-QHQT
// of the Văn phòng Chính phủ (20/4/2009) asks Bộ Công Thương to study the
// proposals "và báo cáo Thủ tướng Chính phủ", naming no day: Derive gives
// Bộ Công Thương an obligation without a deadline ([Due.NoDeadline] set,
// Due.Day zero, a note saying so), which [Obligation.Validate] accepts. It
// is never due, so never late: [Evaluate] gives it the status [NoDeadline]
// while it is open and [OnTime] once it is sent, with no days counted, and
// [Summarize] counts it apart ([Stats.NoDeadline]) and leaves it out of the
// rates until it is sent. A document that requires one report without a
// deadline and another with one gives both duties in one call.
//
// A requirement Derive cannot derive — its sentence names no unit the
// hierarchy knows and Kính gửi names none either, its deadline phrase does
// not read — does not hide the others: Derive returns the obligations it
// could derive together with an error naming each requirement it could
// not.
//
// A report sent "qua Sở Nội vụ … để tổng hợp báo cáo Tỉnh ủy" becomes a
// relay: Sở Nội vụ's own obligation to the recipient by the document's
// deadline, and the bearers' obligations to it by an internal deadline a
// configurable number of working days earlier ([DeriveOptions.RelayLead]).
// Công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang (20/4/2021) closes "Ủy ban
// nhân dân tỉnh yêu cầu các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các
// cấp quan tâm thực hiện; báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh
// (qua Sở Nội vụ) trước ngày 20/11/2021": 38 obligations, Sở Nội vụ's by
// Friday 19/11/2021, and the 37 provincial bodies' and district People's
// Committees' (the units of Kính gửi that sentence reaches) by Friday
// 12/11/2021 with a lead of 5.
//
// # Periodic reports
//
// A [Regime] is a periodic reporting regime: a [Frequency], the data
// window of each [Period] (thời gian chốt số liệu) and the submission
// deadline of each [Level]. [ND09] gives the regime of the decree:
//
//   - windows (Điều 12): monthly from the 15th of the previous month to the
//     14th; quarterly from the 15th of the month before the quarter to the
//     14th of its last month; first half 15/12–14/6, second half
//     15/6–14/12; annual 15/12–14/12. Windows are data boundaries and never
//     move for days off. The nine-month window 15/12–14/9 is a provincial
//     convention (e.g. Quyết định 01/2023/QĐ-UBND of Khánh Hòa, Điều 4);
//     weekly windows belong to sector regimes.
//   - deadline (Điều 13 khoản 1): ministries and provincial People's
//     Committees report to the Government "chậm nhất vào ngày 25 của tháng
//     cuối kỳ báo cáo", day 25 included. Each regime adds its lower levels'
//     own days (Điều 13 khoản 2), e.g. 17/20/23 in Thông tư 55/2020/TT-BCT
//     Điều 9 khoản 1.
//
// [Regime.Occurrence] computes one period's window and due days on a
// [calendar.Calendar]; [Regime.Periods] and [Regime.Occurrences] list the
// periods over a range of dates.
//
// # Before day N, and days off
//
// Two settings decide a fixed due day, and they answer two different
// questions. The first is shared by directives and regimes; the second
// belongs to regimes.
//
//   - How is "trước ngày N" read? No statute says whether day N is
//     included. The answer is a [deadline.Policy], read by package deadline
//     wherever the phrase appears: in a directive ([DeriveOptions.Policy])
//     and in a regime's BeforeDay rule ([Regime.Before]).
//     [deadline.Strict] (the default) excludes day N, the letter of the
//     text; [deadline.Inclusive] includes it; [deadline.StrictBackward]
//     excludes it and moves a day off back. In JSON: "strict",
//     "inclusive", "strict-backward"; [Explanation.Policy] says which
//     reading decided a due day. Phrases whose words include their day
//     ("chậm nhất vào ngày 25", "trong ngày thứ Tư") are not affected.
//   - What if the due day is a day off? [Regime.DayOff], a [DayOffRule]:
//     by default it moves to the next working day ([MoveForward]), for Bộ
//     luật Dân sự 2015 Điều 148 khoản 5 governs every period unless
//     another law provides otherwise (Điều 145 khoản 1), and Nghị định
//     09/2019/NĐ-CP Điều 13 calls the deadline a "thời hạn" without
//     providing otherwise. No text or official guidance that vanban knows
//     of says whether ND 09's "ngày 25" moves, so a regime can keep the day
//     ([KeepDay], for a system open every day) or move it back
//     ([MoveBackward], office practice). In JSON: "forward", "keep",
//     "backward". The reading deadline.StrictBackward moves a "trước ngày
//     N" deadline back on its own, and [Regime.Validate] rejects it
//     together with KeepDay.
//
// Under the default reading, "trước ngày 20 của tháng cuối kỳ báo cáo" in
// February 2026 ends on Thursday 19/2, a Tết holiday, and moves to Monday
// 23/2; read deadline.StrictBackward it moves back to Friday 13/2.
//
// # Instants
//
// Instants are [time.Time] in Vietnam's fixed zone, UTC+7. A period of days
// ends at 24:00 of its last day (Bộ luật Dân sự 2015 Điều 148 khoản 6):
// [Due.Deadline] is that instant, [EndOfDay] computes it, and a report
// received at 23:59 on the due day is on time.
//
// # Status, reminders and statistics
//
// [Evaluate] takes obligations, the submissions received and an "as of"
// instant, and gives each obligation a [Status] — [NotDue], [DueSoon] (within
// a configurable number of working days), [Overdue], [OnTime] or [Late], and
// [NoDeadline] for an open duty whose document names no deadline — with the
// working days left, early or late, counted with
// [calendar.Calendar.WorkdaysBetween]. Submissions for no known obligation,
// from the wrong unit or repeated are listed in [Report.Irregular], not
// dropped. [Report.Reminders] lists the obligations to nudge, with a message.
// [Summarize] computes [Stats] per unit and overall: counts, and rates as
// [decimal.Decimal] with a documented rounding that makes them add up to
// 100; [Summary.Text] prints them.
//
// # Concurrency
//
// The package has no state: every function works on its arguments, and
// every value is safe for concurrent reading.
package reporting
