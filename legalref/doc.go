// Package legalref reads and writes references to Vietnamese legal,
// administrative and Party documents: "Nghị định số 145/2020/NĐ-CP ngày
// 14/12/2020 của Chính phủ", "Kết luận số 114-KL/TW ngày 14-7-2015 của Ban
// Bí thư", "Số: 491/UBND-KGVX".
//
// # Model
//
// A [Ref] holds what a citation says about one document: its type ("Nghị
// định"), number, the year segment of its symbol, the type abbreviation,
// the issuers and drafting unit of the ký hiệu, the legislature of National
// Assembly symbols, the date, the issuer's name and the title (trích yếu).
// Its [Family] tells the numbering scheme: [Normative] (văn bản quy phạm
// pháp luật, with a year in the symbol), [Administrative], [CongVan],
// [Party], [Joint], [Standard] (QCVN) and [Consolidated] (VBHN).
//
// [Ref.Symbol] writes the số/ký hiệu and [Ref.String] the citation in the
// house style of the family; [Parse] reads both back. [Ref.ID] is an
// ELI-style identifier under which two citations of one document agree.
//
// # Reading
//
// [Parse] reads one reference, tolerant of the damage of real text (see
// [Parser.Parse]); [Extract] finds every reference in a text in one pass,
// with byte offsets, lists, relation phrases and short forms resolved (see
// [Parser.Extract]). Both work on the text as given, NFC or NFD, and fold
// only the few words around each candidate number, so Extract allocates
// per match, not per byte.
//
// # Registries
//
// The document types with their official abbreviations (Nghị định 30/2020
// Phụ lục III, the normative types, the Party types of Hướng dẫn
// 36-HD/VPTW, older abbreviations) and the issuers with their names are
// data, embedded from the files under data/. A user adds issuers (their own
// bodies and units) with [NewParser] and [WithIssuers]; nothing global
// changes, and every [Parser] is safe for concurrent use.
package legalref
