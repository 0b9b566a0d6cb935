package directive

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/legalref"
)

// The fixed lines of a document's heading (Nghị định 30/2020/NĐ-CP Phụ lục I,
// Phần I, mục II.1; Hướng dẫn 36-HD/VPTW, ô số 1), as Format prints them.
const (
	// QuocHieu is the national name (quốc hiệu) heading a state document.
	QuocHieu = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	// TieuNgu is the motto (tiêu ngữ) printed under [QuocHieu].
	TieuNgu = "Độc lập - Tự do - Hạnh phúc"
	// PartyHeading is the heading (tiêu đề) of a Party document.
	PartyHeading = "ĐẢNG CỘNG SẢN VIỆT NAM"
)

// Document is one administrative or Party document (văn bản): every
// component that Nghị định 30/2020/NĐ-CP (or, for a Party document, Hướng
// dẫn 36-HD/VPTW) lays out, as values. Parse builds it from plain text,
// Format prints it in the official layout, Validate checks it against the
// layout rules.
//
// Text fields hold the text as printed, in NFC with white space folded and
// without the punctuation that only separates components (the dash and ";"
// of a list line, the "V/v" before a trích yếu). A field the text does not
// give is left zero.
//
// A Document holds no pointers into shared state; copy it with [Document.Clone]
// before changing its slices if the original is still in use.
type Document struct {
	// Style is the rule set the document follows: [StateStyle] (the zero
	// value) or [PartyStyle].
	Style Style `json:"style"`

	// Heading is the national name (quốc hiệu, [QuocHieu]) of a state
	// document or the Party heading ([PartyHeading]); empty if the text
	// has none.
	Heading string `json:"heading,omitempty"`
	// Motto is the tiêu ngữ under the quốc hiệu ([TieuNgu]); empty for a
	// Party document and when the text has none.
	Motto string `json:"motto,omitempty"`

	// Superior is the directly superior body printed above the issuer (cơ
	// quan, tổ chức chủ quản trực tiếp): "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"
	// above "SỞ NỘI VỤ"; empty when there is none.
	Superior string `json:"superior,omitempty"`
	// Organ is the name of the issuing body (tên cơ quan, tổ chức ban hành)
	// as printed in the heading, lines joined: "ỦY BAN NHÂN DÂN TỈNH KIÊN
	// GIANG".
	Organ string `json:"organ,omitempty"`

	// Ref is the document's own số and ký hiệu, type and date. A công văn
	// has Issuers and Unit ("491/UBND-KGVX"), a named document its type
	// ("15/QĐ-BNV"); Ref.Date is the date of issue from the place-and-date
	// line. Ref.Number is empty when the text has no "Số" line.
	Ref legalref.Ref `json:"ref,omitzero"`
	// Place is the place name (địa danh) before the date: "Kiên Giang".
	Place string `json:"place,omitempty"`
	// Subject is the summary (trích yếu nội dung) without the "V/v" of a
	// công văn and without a closing period.
	Subject string `json:"subject,omitempty"`

	// Urgency is the urgency stamp (mức độ khẩn).
	Urgency Urgency `json:"urgency,omitempty"`
	// Secrecy is the secrecy stamp (độ mật).
	Secrecy Secrecy `json:"secrecy,omitempty"`
	// Handling lists the other stamps: circulation limits and recall
	// (Phụ lục I, Phần I, mục III.2).
	Handling []Handling `json:"handling,omitempty"`
	// Draft reports a "DỰ THẢO" mark.
	Draft bool `json:"draft,omitempty"`

	// Addressees are the recipients after "Kính gửi" (a công văn, or a tờ
	// trình or báo cáo sent upward), one per printed entry.
	Addressees []Recipient `json:"addressees,omitempty"`

	// Body is the content (nội dung): opening, numbered items, closing.
	Body Body `json:"body,omitzero"`

	// Signature is the signing block: authority, title, name.
	Signature Signature `json:"signature,omitzero"`

	// CopyTo is the list under "Nơi nhận", "Như trên" included, the archive
	// line ("Lưu: …") excluded: it is in Archive.
	CopyTo []Recipient `json:"copyTo,omitempty"`
	// Archive is the last line of Nơi nhận: "Lưu: VT, KGVX (3)".
	Archive Archive `json:"archive,omitzero"`

	// Tasks are the things the document asks its recipients to do, one per
	// item of the body, with the units each names and its deadlines.
	Tasks []Task `json:"tasks,omitempty"`
	// Reports are the reports the document requires ("báo cáo … về … trước
	// ngày …"), with the phrases as printed.
	Reports []ReportRequirement `json:"reports,omitempty"`

	// Printed records, for the components whose printed form a rule
	// governs, how the text printed them when that differs from what Format
	// prints. It is the zero value for a document built as values or read
	// from text in the official layout.
	Printed Printed `json:"printed,omitzero"`

	// Extra holds lines Parse could not place (a file path typed under the
	// Nơi nhận list, a web page's notes).
	Extra []string `json:"extra,omitempty"`
}

// Style is the set of layout rules a document follows.
type Style uint8

// String returns "state" or "party", or "Style(n)" for a value out of range.
func (s Style) String() string {
	switch s {
	case StateStyle:
		return "state"
	case PartyStyle:
		return "party"
	}
	return "Style(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns "state" or "party".
func (s Style) MarshalText() ([]byte, error) {
	if s > PartyStyle {
		return nil, fmt.Errorf("directive: invalid Style %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads "state" or "party".
func (s *Style) UnmarshalText(b []byte) error {
	switch string(b) {
	case "state", "":
		*s = StateStyle
	case "party":
		*s = PartyStyle
	default:
		return &ParseError{Input: string(b), Err: ErrSyntax, Msg: "not a style"}
	}
	return nil
}

// The styles.
const (
	// StateStyle is a state document under Nghị định 30/2020/NĐ-CP.
	StateStyle Style = iota
	// PartyStyle is a Party document under Hướng dẫn 36-HD/VPTW.
	PartyStyle
)

// Recipient is one entry of the "Kính gửi" or "Nơi nhận" list as printed:
// "Các sở, ban, ngành cấp tỉnh", "Thủ tướng, các Phó Thủ tướng CP" with the
// note "để b/c". [Document.Resolve] resolves the entries to the units they
// name, with package unit.
type Recipient struct {
	// Text is the entry without its dash, its closing ";" or "." and its
	// note.
	Text string `json:"text"`
	// Note is the purpose in closing parentheses, "để b/c", "để biết"; empty
	// if none.
	Note string `json:"note,omitempty"`
}

// Signature is the signing block (Phụ lục I, Phần I, mục II.7): the
// authority and the title it is signed for ("KT. CHỦ TỊCH"), the signer's
// own title ("PHÓ CHỦ TỊCH") and name. A head signing in his own name has
// no Authority: Title "CHỦ TỊCH".
type Signature struct {
	// Outer is a first authority line above the one that names the signer's
	// principal: "TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH", "TL. BỘ
	// TRƯỞNG" above "KT. VỤ TRƯỞNG". Zero when the block has one line.
	Outer Mandate `json:"outer,omitzero"`
	// Authority is the signing authority of the line above the title: KT
	// in "KT. CHỦ TỊCH".
	Authority Authority `json:"authority,omitempty"`
	// For is what follows the authority: the collective (after TM.) or the
	// head's title (after KT., TL., TUQ., Q.): "CHỦ TỊCH".
	For string `json:"for,omitempty"`
	// Title is the signer's own title (chức vụ): "PHÓ CHỦ TỊCH".
	Title string `json:"title,omitempty"`
	// Name is the signer's full name: "Nguyễn Lưu Trung".
	Name string `json:"name,omitempty"`
}

// IsZero reports whether s is the empty signature.
func (s Signature) IsZero() bool { return s == Signature{} }

// Mandate is one authority line of a signing block: "TM. ỦY BAN NHÂN DÂN".
type Mandate struct {
	// Authority is the prefix: TM, KT, TL, TUQ, Q or a Party form.
	Authority Authority `json:"authority,omitempty"`
	// For is the collective or title after the prefix.
	For string `json:"for,omitempty"`
}

// IsZero reports whether m is the empty mandate.
func (m Mandate) IsZero() bool { return m == Mandate{} }

// Archive is the archive line that closes Nơi nhận (Phụ lục I, Phần I, mục
// II.9): "- Lưu: VT, KGVX (3). ĐND" keeps a copy at the văn thư (VT) and
// three at the drafting unit KGVX, typed by ĐND.
type Archive struct {
	// Units are the keepers in order: "VT" (văn thư), then the drafting
	// unit's abbreviation; a Party document may name an office in words
	// ("Văn phòng Tỉnh ủy").
	Units []string `json:"units,omitempty"`
	// Copies is the number of copies kept, from "(3)"; 0 if not printed.
	Copies int `json:"copies,omitempty"`
	// Typist is the typist's initials or login after the list: "ĐND",
	// "nvthanh".
	Typist string `json:"typist,omitempty"`
}

// IsZero reports whether a is the empty archive line.
func (a Archive) IsZero() bool { return len(a.Units) == 0 && a.Copies == 0 && a.Typist == "" }

// Task is something a document asks its recipients to do: one numbered item
// of the body, or one unnumbered directive paragraph of a document without
// numbered items. Parse reads from the item what is to be done (Action),
// who must do it (Assignees) and by when (Deadlines); [Document.Resolve]
// turns the assignees into units and the deadlines into due days.
type Task struct {
	// Item is the number of the item ("1", "II", "Điều 3"); empty for an
	// unnumbered paragraph.
	Item string `json:"item,omitempty"`
	// Action is the operative verb phrase of the item, cut short: the
	// first clause after the units it names and their roles, at most a
	// dozen words, "…" marking a cut: "Tiếp tục đẩy mạnh công tác tuyên
	// truyền, quán triệt các chủ trương của Đảng và quy định …". Text has
	// the whole item.
	Action string `json:"action,omitempty"`
	// Text is the item's text: its paragraphs and sub-items, one a line,
	// sub-items with their markers.
	Text string `json:"text"`
	// Refs are the documents Text cites, with byte offsets into Text.
	Refs []legalref.Match `json:"refs,omitempty"`
	// Assignees are the units the item names to carry it out, with
	// their roles, as expressions of Text ("Sở Nội vụ" [Lead], "Sở Tài
	// chính" [Support]). When the item names none they are the Kính gửi
	// entries, marked Inherited. See [Assignee] for the phrases read.
	Assignees []Assignee `json:"assignees,omitempty"`
	// Deadlines are the deadline phrases of Text that set when the task is
	// due, in reading order; a phrase that only tells of the past or
	// qualifies a noun ("kết quả đạt được trong năm 2020") is left out.
	// See [DeadlinePhrase] for the rule.
	Deadlines []DeadlinePhrase `json:"deadlines,omitempty"`
}

// ReportRequirement is a report the document requires: "báo cáo kết quả
// thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 20/11/2021
// để tổng hợp báo cáo Tỉnh ủy". The phrases are kept as printed, the
// deadline also as an expression; [Document.Resolve] resolves them to units
// and working-day deadlines.
type ReportRequirement struct {
	// Item is the number of the body item that requires the report; empty
	// for the opening or closing paragraphs.
	Item string `json:"item,omitempty"`
	// To is the body the report goes to: "Ủy ban nhân dân tỉnh".
	To string `json:"to,omitempty"`
	// Via is the body it goes through: "Sở Nội vụ".
	Via string `json:"via,omitempty"`
	// Due is the deadline phrase as printed: "trước ngày 20/11/2021".
	Due string `json:"due,omitempty"`
	// DueDate is the day Due names when it names a plain date, as
	// printed: 2021-11-20 for "trước ngày 20/11/2021". It is not the due
	// day: "trước" excludes the day it names, and the due day depends on
	// the reading of "trước" (deadline.Policy) and on the working-day
	// calendar, which Document.Resolve applies (UnitReport.Due: Friday
	// 2021-11-19 under deadline.Strict) and Document.Metadata hands to the
	// document exchange. Zero when Due names no plain date.
	DueDate date.Date `json:"dueDate,omitzero"`

	// Sentence is the sentence of the body the requirement was read from,
	// as printed, without its closing punctuation; the spans of Deadline
	// and Bearers are byte offsets into it.
	Sentence string `json:"sentence,omitempty"`
	// Deadline is the deadline phrase of the requirement read as an
	// expression by package deadline, with its span in Sentence; its Expr
	// is the zero Expr when the sentence has no phrase that package reads.
	Deadline DeadlinePhrase `json:"deadline,omitzero"`
	// Subject is what is reported, the object of "báo cáo": "kết quả thực
	// hiện"; empty when the verb has none ("báo cáo Thủ tướng Chính phủ").
	Subject string `json:"subject,omitempty"`
	// Purpose is the "để …" clause that says what the recipient does with
	// the report: "để tổng hợp báo cáo Tỉnh ủy", or the one the sentence
	// opens with: "Để có cơ sở tổng hợp, báo cáo Chính phủ" (whose "báo
	// cáo" is not the one required).
	Purpose string `json:"purpose,omitempty"`
	// Condition is the condition the sentence puts before "báo cáo", as
	// printed: "nếu có khó khăn, vướng mắc" ("Trong quá trình thực hiện,
	// nếu có khó khăn, vướng mắc, báo cáo về …"), "trường hợp …", "khi có
	// …". Empty for a report that is always due. A conditional report is
	// a duty only when the condition arises: it is no scheduled obligation,
	// and its deadline, if any, counts from then.
	Condition string `json:"condition,omitempty"`
	// Bearers are the expressions of Sentence naming who must report,
	// when it names them: "các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân
	// các cấp" (flagged AllLevels), "Ban Dân vận Tỉnh ủy" (Lead). Empty
	// when the sentence leaves them to the item or the Kính gửi list.
	Bearers []Assignee `json:"bearers,omitempty"`
}

// Printed records how a parsed text printed the components whose form a
// layout rule governs, for those that differ from the official form Format
// prints. Each field is empty when the component was printed in the official
// form, or was absent.
type Printed struct {
	// Motto is the tiêu ngữ as printed: "Độc Lập - Tự Do - Hạnh Phúc".
	Motto string `json:"motto,omitempty"`
	// Number is the số and ký hiệu line as printed: "Số: 491 /UBND-KGVX".
	Number string `json:"number,omitempty"`
	// Date is the place-and-date line as printed: "Vị Thanh, ngày 6 tháng
	// 4 năm 2011".
	Date string `json:"date,omitempty"`
	// Subject is the trích yếu as printed, with its "V/v": "V/v: Thành lập
	// …".
	Subject string `json:"subject,omitempty"`
	// Addressees are the lines of the Kính gửi block as printed.
	Addressees []string `json:"addressees,omitempty"`
	// Signature are the authority and title lines of the signing block as
	// printed.
	Signature []string `json:"signature,omitempty"`
	// Archive is the archive line as printed: "- Lưu VT, KG (4)".
	Archive string `json:"archive,omitempty"`
}

// Clone returns a deep copy of d: changing the copy's slices leaves d as it
// was.
func (d *Document) Clone() *Document {
	c := *d
	c.Ref.Issuers = slices.Clone(d.Ref.Issuers)
	c.Handling = slices.Clone(d.Handling)
	c.Addressees = slices.Clone(d.Addressees)
	c.CopyTo = slices.Clone(d.CopyTo)
	c.Archive.Units = slices.Clone(d.Archive.Units)
	c.Body = d.Body.clone()
	c.Tasks = slices.Clone(d.Tasks)
	for i := range c.Tasks {
		c.Tasks[i].Refs = cloneMatches(c.Tasks[i].Refs)
		c.Tasks[i].Assignees = slices.Clone(c.Tasks[i].Assignees)
		c.Tasks[i].Deadlines = slices.Clone(c.Tasks[i].Deadlines)
	}
	c.Reports = slices.Clone(d.Reports)
	for i := range c.Reports {
		c.Reports[i].Bearers = slices.Clone(c.Reports[i].Bearers)
	}
	c.Printed.Addressees = slices.Clone(d.Printed.Addressees)
	c.Printed.Signature = slices.Clone(d.Printed.Signature)
	c.Extra = slices.Clone(d.Extra)
	return &c
}

func (b Body) clone() Body {
	return Body{Opening: cloneParas(b.Opening), Items: cloneItems(b.Items), Closing: cloneParas(b.Closing), Notes: cloneParas(b.Notes)}
}

func cloneParas(ps []Paragraph) []Paragraph {
	ps = slices.Clone(ps)
	for i := range ps {
		ps[i].Refs = cloneMatches(ps[i].Refs)
	}
	return ps
}

func cloneItems(its []Item) []Item {
	its = slices.Clone(its)
	for i := range its {
		its[i].Paragraphs = cloneParas(its[i].Paragraphs)
		its[i].Items = cloneItems(its[i].Items)
	}
	return its
}

func cloneMatches(ms []legalref.Match) []legalref.Match {
	ms = slices.Clone(ms)
	for i := range ms {
		ms[i].Ref.Issuers = slices.Clone(ms[i].Ref.Issuers)
	}
	return ms
}

// IsZero reports whether p records no difference from the official form.
func (p Printed) IsZero() bool {
	return p.Motto == "" && p.Number == "" && p.Date == "" && p.Subject == "" &&
		len(p.Addressees) == 0 && len(p.Signature) == 0 && p.Archive == ""
}
