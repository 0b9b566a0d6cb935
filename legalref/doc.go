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
// house style of the family: "145/2020/NĐ-CP", "ngày 14/12/2020" for state
// documents, "135-TB/VPTU", "ngày 14-7-2015" for Party documents, and the
// issuer's name as the registry spells it when the name read differs only
// in case or diacritics ("của Chinh phu" → "của Chính phủ"). [Parse] reads
// both back, so Parse(r.String()) equals r for every parsed r but for that
// spelling of the issuer's name.
// [Ref.ID] is an ELI-style identity key ("/eli/vn/nghi-dinh/2020/145/cp")
// made of the type, the year, the number and the issuer code. The year is
// part of it, since numbers restart every year (every committee term for
// Party documents): a citation that gives neither the year nor the date has
// "-" in its place, and [Ref.SameDocument] tells whether it can name the
// document of a citation that gives them. Compare Refs with [Ref.Equal]; a
// Ref has no hidden state, so go-cmp and testify compare them naturally too. Refs marshal to text (the citation) and to JSON (an
// object with the fields, the symbol and the ID).
//
// # Reading one reference
//
// [Parse] reads the first reference in a string and accepts the damage of
// real text: missing or scrambled diacritics, NFD, fused groups
// ("1961/QĐUBND", "61/2018/NĐCP"), glued words ("số31-QĐ/TW",
// "ngày06/5/2005", "…-SMEngày", "…-NCV/v"), stray spaces and wrong
// separators ("44 /2005/QĐ-UBND", "TT- BNV", "82/2005-QĐ-UBND",
// "124/QĐ/TTg"), line breaks, the issuer before the number (Party style),
// URL slugs ("nghi-dinh-30-2020-nd-cp", "nghi dinh 115 2020 nd cp"),
// symbols whose separators were lost ("021999ttbkh", "TCVN 93802012"),
// short forms with a year ("Thông tư 14/2018"), old symbols whose first
// group is the issuer ("Circular No. 87-TC/VT"), the date and issuer stated
// before the citation ("Ngày 04/01/2024, Ban Chấp hành Trung ương ban hành
// Quyết định 139-QĐ/TW") and English ("Decree No. 34/2016/ND-CP dated May
// 14, 2016", "of September 23, 1997"). It returns the official forms: "ND" → "NĐ", "TTG" → "TTg", "QYĐ" → "QyĐ". Input that is
// not a reference gives a [*ParseError] with the offset, whose category is
// [ErrEmpty], [ErrNotFound] or [ErrIncomplete].
//
// # Extracting from a text
//
// [Extract] finds every reference in a text, in reading order, with byte
// offsets into the text as given. It reads lists that share a type word or
// an issuer, the relation phrases between two citations ([Relation]; a
// relation holds for every item of a list, and "Nghị định này …" makes the
// text itself the acting document), the date after each symbol, and short
// forms — a repeated symbol, "Chỉ thị 05", a name defined by "(sau đây gọi
// tắt là …)" — resolved to the earlier full citation ([Match.Antecedent]). It is stricter than Parse: a number
// without a symbol counts only after a type word and "số", or when it
// resolves to an earlier citation, and words between a symbol and a date
// ("đến ngày") end the citation.
//
// Like eyecite, the reference extractor for US case law, Extract keeps its
// patterns as data apart from the code; unlike it, it does not run a
// regular expression per pattern. It scans the raw bytes for digits (every
// reference has a number), rejects most of them from the byte before and
// the byte after, and folds (lower case, no diacritics) only the few words
// around a candidate. A citation therefore costs a few microseconds and the
// text between citations almost nothing; Extract allocates per match, not
// per byte.
//
// # Registries
//
// The document types with their official abbreviations (Nghị định 30/2020
// Phụ lục III, the normative types, the Party types of Hướng dẫn
// 36-HD/VPTW with the ambiguous QĐ and TT, the older abbreviations of
// TTLT 55/2005 and TT 01/2011) and the issuers with their names are data,
// embedded from data/types.tsv and data/issuers.tsv. A user adds issuers
// (their own bodies and units) with [NewParser] and [WithIssuers]; nothing
// global changes, and every [Parser] is safe for concurrent use.
//
// # Limits
//
// An administrative document is unique only within its issuer and year,
// and "UBND" does not say which province: [Ref.ID] uses the date's year when
// the symbol has none, is incomplete when the citation gives no date either,
// and cannot tell two provinces apart. Issuer names are
// read by the registry and by rules for the Vietnamese capitalisation of
// names; an unusual name may be cut short or run into the following words.
package legalref
