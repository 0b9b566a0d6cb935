// Package unit models the bodies that Vietnamese administrative documents
// are addressed to, their hierarchy as it changes over time, and the
// resolution of the recipient lines of a document (Kính gửi, Nơi nhận) to
// concrete units.
//
// # Units and hierarchies
//
// A [Unit] is a People's Committee, a department (sở), a board, a Party
// committee, a post such as the Chairman: it has an ID (the mã định danh of
// QCVN 102:2016/BTTTT where known, else an administrative-unit code or any
// unique string), an official name, the short forms documents use ("Sở NV",
// "TT. TU"), a [Kind], a [Level], a parent, and the days it existed
// ([Unit.From], [Unit.Until]; zero leaves an end open, Until is the first
// day it no longer exists).
//
// A [Hierarchy] is an immutable set of units built by [New] from [Data] or
// by [DecodeJSON] from its JSON form; both check the data (unknown parents,
// duplicate IDs, cycles) and name the faulty unit in the [*Error]. The
// package holds no data of its own: the caller supplies the hierarchy, for
// example one of the files of examples/data.
//
// # Time
//
// Every question names a day. The hierarchy of Kiên Giang read on
// 2021-04-20 has fifteen district People's Committees, thành phố Phú Quốc
// among them (since 2021-02-01); read on 2026-01-01 it has none, because
// the district level ended on 1 July 2025 (Nghị quyết 203/2025/QH15, Luật
// Tổ chức chính quyền địa phương 72/2025/QH15), and its departments have
// become those of tỉnh An Giang (Nghị quyết 202/2025/QH15).
// [Hierarchy.Successors] follows the successor links of a unit that no
// longer exists to the units standing for it on a given day.
//
// # Recipients
//
// [Hierarchy.Resolve] reads recipient expressions relative to the issuing
// unit and the document's date, and returns a [Resolution]: one [Entry] per
// expression with its text, its byte span in the input, the form
// ([FormUnit], [FormGroup], [FormAsAbove], [FormArchive],
// [FormReference]), the IDs of the units it stands for, the rule used, and,
// when it could not be resolved, the reason. Nothing is dropped silently.
//
// Groups such as "các sở, ban, ngành cấp tỉnh" and "Ủy ban nhân dân các
// huyện, thành phố" expand to the units that existed on the day. Who
// belongs to a group is data ([Group]); the default for [GroupDepartments]
// is the departments, the Thanh tra tỉnh, the Văn phòng UBND and the boards
// under the UBND tỉnh, without the centrally managed branches (Công an
// tỉnh, Cục Thuế, …), which a hierarchy may add. Expressions that say "các
// cấp" are flagged ([Entry.AllLevels]).
//
// A typical caller resolves the Kính gửi block first, then the Nơi nhận
// block with [Context.AsAbove] set to the Kính gửi units, so that "Như trên"
// stands for them, as Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 9 (Nơi nhận)
// prescribes; [Resolution.Recipients] lists each concrete unit once.
//
// # Matching
//
// Names are compared with case, diacritics, Unicode form and white space
// ignored, word by word, with
// punctuation other than , ; : ( ) ignored and a few unambiguous
// abbreviations spelt out (UBND, HĐND, UBMTTQVN, TP, VP, …); the rest of
// the abbreviations are the units' short forms, because they differ between
// hierarchies ("TTCP" is the Prime Minister in the Nơi nhận of the Văn
// phòng Chính phủ). Resolution allocates a little per expression and never
// panics, whatever the input.
package unit
