package directive

import (
	"encoding/xml"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/directive/deadline"
)

// This file maps a Document to the metadata of electronic documents
// (Nghị định 30/2020/NĐ-CP Phụ lục VI) and to the message header of the
// national document exchange (edXML, QCVN 102:2016/BTTTT), so that a parsed
// document can be registered and sent as it is. The element names are those
// of the decree (Phụ lục VI, Phần II) and of the standard.

// Metadata is the metadata of an outgoing electronic document (văn bản đi),
// Nghị định 30/2020/NĐ-CP Phụ lục VI, Phần II, mục 1. The JSON and XML
// names are the tags printed in the decree (its "Organld" and "Signerlnfo"
// are typos for OrganId and SignerInfo). Fields the text of a document does
// not give (FileCode, DocOrdinal, PageAmount, IssuedAmount, OrganId) are
// left for the caller.
type Metadata struct {
	// XMLName names the XML element: Document.
	XMLName xml.Name `json:"-" xml:"Document"`
	// FileCode is the file (hồ sơ) the document belongs to (mục 1).
	FileCode *FileCode `json:"FileCode,omitempty" xml:"FileCode,omitempty"`
	// DocOrdinal is the document's ordinal in its file (mục 2).
	DocOrdinal int `json:"DocOrdinal,omitempty" xml:"DocOrdinal,omitempty"`
	// TypeName is the type (tên loại văn bản, mục 3): "Công văn".
	TypeName string `json:"TypeName" xml:"TypeName"`
	// CodeNumber is the số as printed (mục 4), up to 11 characters.
	CodeNumber string `json:"CodeNumber" xml:"CodeNumber"`
	// CodeNotation is the ký hiệu (mục 5): "UBND-KGVX"; for a legal
	// normative document it keeps the year segment: "2020/NĐ-CP".
	CodeNotation string `json:"CodeNotation" xml:"CodeNotation"`
	// IssuedDate is the date of issue (mục 6), ISO 8601 "2021-04-20".
	IssuedDate date.Date `json:"IssuedDate,omitzero" xml:"IssuedDate,omitempty"`
	// OrganName is the issuing body (mục 7).
	OrganName string `json:"OrganName" xml:"OrganName"`
	// Subject is the trích yếu without "V/v" (mục 8).
	Subject string `json:"Subject" xml:"Subject"`
	// Language is the language (mục 9): "Tiếng Việt".
	Language string `json:"Language,omitempty" xml:"Language,omitempty"`
	// PageAmount is the number of pages (mục 10).
	PageAmount int `json:"PageAmount,omitempty" xml:"PageAmount,omitempty"`
	// Description is a note (mục 11).
	Description string `json:"Description,omitempty" xml:"Description,omitempty"`
	// SignerInfo is the signer's title and name (mục 12).
	SignerInfo SignerInfo `json:"SignerInfo" xml:"SignerInfo"`
	// To are the recipients (mục 13): the Kính gửi list, then Nơi nhận
	// without "Như trên".
	To []Organ `json:"To,omitempty" xml:"To,omitempty"`
	// Priority is the urgency (mục 14), coded as edXML codes it; see
	// PriorityCode.
	Priority int `json:"Priority" xml:"Priority"`
	// IssuedAmount is the number of copies issued (mục 15).
	IssuedAmount int `json:"IssuedAmount,omitempty" xml:"IssuedAmount,omitempty"`
	// DueDate is the hạn xử lý (mục 16): the last day on which the
	// document's first report is on time, as Document.Resolve gives it
	// under its defaults (calendar.Default, deadline.Strict) — Friday
	// 2021-11-19 for "trước ngày 20/11/2021", not the day the phrase names
	// (ReportRequirement.DueDate); zero when the document requires no
	// report or its deadline needs what the text does not give. See
	// Document.Metadata.
	DueDate date.Date `json:"DueDate,omitzero" xml:"DueDate,omitempty"`
}

// FileCode identifies a file (hồ sơ): Phụ lục VI, Phần II, mục 1.1–1.3.
type FileCode struct {
	// OrganId is the mã định danh of the body keeping the file list, 13
	// characters ("000.00.00.H49").
	OrganId string `json:"OrganId" xml:"OrganId"`
	// FileCatalog is the year the file was opened.
	FileCatalog int `json:"FileCatalog" xml:"FileCatalog"`
	// FileNotation is the file's number and symbol.
	FileNotation string `json:"FileNotation" xml:"FileNotation"`
}

// SignerInfo is the signer: Phụ lục VI mục 12; in edXML with the signing
// authority as Competence.
type SignerInfo struct {
	// Competence is the authority line in edXML ("KT. CHỦ TỊCH"); empty
	// in the Phụ lục VI metadata and for a head signing in his own name.
	Competence string `json:"Competence,omitempty" xml:"Competence,omitempty"`
	// Position is the signer's title: "PHÓ CHỦ TỊCH".
	Position string `json:"Position" xml:"Position"`
	// FullName is the signer's name.
	FullName string `json:"FullName" xml:"FullName"`
}

// Organ is a body in the exchange: its mã định danh (13 characters, QCVN
// 102:2016 and Quyết định 20/2020/QĐ-TTg), when known, and its name.
type Organ struct {
	// OrganId is the body's mã định danh; empty when the text does not give
	// it (Parse never does).
	OrganId string `json:"OrganId,omitempty" xml:"OrganId,omitempty"`
	// OrganizationInCharge is the body's direct superior (cơ quan chủ
	// quản), in the edXML From element. (Some implementations spell it
	// OrganInCharge.)
	OrganizationInCharge string `json:"OrganizationInCharge,omitempty" xml:"OrganizationInCharge,omitempty"`
	// OrganName is the body's name.
	OrganName string `json:"OrganName" xml:"OrganName"`
}

// PriorityCode returns the urgency as the one-digit code of the edXML
// OtherInfo/Priority element and of Phụ lục VI mục 14: 0 thường, 1 khẩn,
// 2 thượng khẩn, 3 hỏa tốc. The codes are those of the implementations of
// QCVN 102:2016 read in public code (which add 4, hỏa tốc hẹn giờ, a level
// Nghị định 30/2020 no longer has); the standard's own table was not
// available.
func (u Urgency) PriorityCode() int {
	if u > HoaToc {
		return 0
	}
	return int(u)
}

// Metadata returns the Phụ lục VI metadata of d.
//
// Its DueDate, the hạn xử lý, is the due day of d's first report resolved
// as [Document.Resolve] resolves it with a nil calendar and the zero
// options: on calendar.Default, "trước ngày X" read strictly
// (deadline.Strict, X−1), a day off moved to the next working day. The
// receiving system compares the hạn xử lý with the day a document is
// handled and marks it late only after that day, so it must be the last
// day that is on time: the day the words name ("trước ngày 20/11/2021")
// would let a reply on Saturday 20/11 pass as on time, which the words
// forbid. A caller that reads "trước ngày X" otherwise, or keeps another
// calendar, sets DueDate to the Due of its own [Resolved].
func (d *Document) Metadata() Metadata {
	m := Metadata{
		TypeName:     d.Ref.Type,
		CodeNumber:   d.Ref.Number,
		CodeNotation: codeNotation(d),
		IssuedDate:   d.Ref.Date,
		OrganName:    d.Organ,
		Subject:      d.Subject,
		Language:     "Tiếng Việt",
		SignerInfo:   SignerInfo{Position: d.Signature.Title, FullName: d.Signature.Name},
		Priority:     d.Urgency.PriorityCode(),
	}
	for _, r := range d.Addressees {
		m.To = append(m.To, Organ{OrganName: r.Text})
	}
	for _, r := range d.CopyTo {
		if !isNhuTren(r) {
			m.To = append(m.To, Organ{OrganName: r.Text})
		}
	}
	m.DueDate = d.exchangeDue()
	return m
}

// exchangeDue returns the due day of d's first report under the defaults
// of Document.Resolve (calendar.Default, deadline.Strict), or zero.
func (d *Document) exchangeDue() date.Date {
	if len(d.Reports) == 0 {
		return 0
	}
	rq := &d.Reports[0]
	e := rq.Deadline.Expr
	if e.Kind == 0 {
		if strings.TrimSpace(rq.Due) == "" {
			return 0
		}
		var err error
		if e, err = deadline.Parse(rq.Due); err != nil {
			return 0
		}
	}
	res, err := e.Resolve(nil, deadline.Context{Date: d.Ref.Date})
	if err != nil {
		return 0
	}
	return res.Due
}

func isNhuTren(r Recipient) bool { return keyHasPrefix(r.Text, "nhu tren") }

// codeNotation returns the ký hiệu without the số: "UBND-KGVX",
// "2020/NĐ-CP", "TB/VPTU".
func codeNotation(d *Document) string {
	sym := d.Ref.Symbol()
	if d.Ref.Number != "" && strings.HasPrefix(sym, d.Ref.Number) {
		sym = sym[len(d.Ref.Number):]
	}
	return strings.TrimLeft(sym, "/-")
}

// EdXMLNamespace is the XML namespace of edXML packages of QCVN
// 102:2016/BTTTT, as used by the standard's reference SDK.
const EdXMLNamespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016"

// MessageHeader is the message header of an edXML package (QCVN
// 102:2016/BTTTT): what the national document exchange (trục liên thông văn
// bản quốc gia) needs to route and register a document. Element names
// follow the standard as implemented in its public SDKs; the XML encoding
// puts every element in EdXMLNamespace (as the default namespace rather
// than the edXML: prefix, which is the same XML).
type MessageHeader struct {
	// XMLName names the XML element: MessageHeader in EdXMLNamespace.
	XMLName xml.Name `json:"-" xml:"http://www.mic.gov.vn/TBT/QCVN_102_2016 MessageHeader"`
	// From is the sender.
	From Organ `json:"From" xml:"From"`
	// To are the receivers: the Kính gửi list. Their OrganId must be
	// filled in before sending; the exchange rejects a package without one.
	To []Organ `json:"To" xml:"To"`
	// DocumentId is "{From.OrganId},{yyyy/MM/dd},{số/ký hiệu}", the key a
	// reply refers to; empty when From.OrganId is unknown.
	DocumentId string `json:"DocumentId,omitempty" xml:"DocumentId,omitempty"`
	// Code is the số and ký hiệu.
	Code Code `json:"Code" xml:"Code"`
	// PromulgationInfo is the place and date of issue.
	PromulgationInfo PromulgationInfo `json:"PromulgationInfo" xml:"PromulgationInfo"`
	// DocumentType is the type, by code and name.
	DocumentType DocumentType `json:"DocumentType" xml:"DocumentType"`
	// Subject is the trích yếu without "V/v" (at most 500 characters).
	Subject string `json:"Subject" xml:"Subject"`
	// SignerInfo is the signer.
	SignerInfo SignerInfo `json:"SignerInfo" xml:"SignerInfo"`
	// DueDate is the reply deadline: the due day of the first report, as
	// Metadata.DueDate.
	DueDate ExchangeDate `json:"DueDate,omitempty" xml:"DueDate,omitempty"`
	// ToPlaces are the Nơi nhận lines, free text.
	ToPlaces []string `json:"ToPlaces,omitempty" xml:"ToPlaces>Place,omitempty"`
	// OtherInfo carries the priority and the typist's notation.
	OtherInfo OtherInfo `json:"OtherInfo" xml:"OtherInfo"`
}

// Code is the số (CodeNumber) and ký hiệu (CodeNotation) of a document.
type Code struct {
	// CodeNumber is the số as printed: "491".
	CodeNumber string `json:"CodeNumber" xml:"CodeNumber"`
	// CodeNotation is the ký hiệu: "UBND-KGVX".
	CodeNotation string `json:"CodeNotation" xml:"CodeNotation"`
}

// PromulgationInfo is the place and date of issue.
type PromulgationInfo struct {
	// Place is the place name (địa danh).
	Place string `json:"Place,omitempty" xml:"Place,omitempty"`
	// PromulgationDate is the date of issue.
	PromulgationDate ExchangeDate `json:"PromulgationDate,omitempty" xml:"PromulgationDate,omitempty"`
}

// DocumentType is the type of a document: the numeric code of the list of
// Sửa đổi 1:2022 QCVN 102:2016/BTTTT (0 when not known) and the name.
type DocumentType struct {
	// Type is the numeric code: 18 for a công văn.
	Type int `json:"Type" xml:"Type"`
	// TypeName is the type's name: "Công văn".
	TypeName string `json:"TypeName" xml:"TypeName"`
}

// OtherInfo holds the priority, the typist's notation and the number of
// copies.
type OtherInfo struct {
	// Priority is the urgency code (Urgency.PriorityCode).
	Priority int `json:"Priority" xml:"Priority"`
	// TyperNotation is the typist's or drafter's notation (ô số 12).
	TyperNotation string `json:"TyperNotation,omitempty" xml:"TyperNotation,omitempty"`
	// PromulgationAmount is the number of copies issued.
	PromulgationAmount int `json:"PromulgationAmount,omitempty" xml:"PromulgationAmount,omitempty"`
}

// ExchangeDate is a civil date written as edXML writes dates, "2021/04/20".
// The zero value is no date.
type ExchangeDate date.Date

// MarshalText writes d as "yyyy/MM/dd".
func (d ExchangeDate) MarshalText() ([]byte, error) {
	if d == 0 {
		return nil, nil
	}
	return []byte(date.Date(d).Format("2006/01/02")), nil
}

// UnmarshalText reads "yyyy/MM/dd" or ISO 8601 "yyyy-MM-dd".
func (d *ExchangeDate) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*d = 0
		return nil
	}
	v, err := date.Parse("2006/01/02", s)
	if err != nil {
		if v, err = date.ParseISO(s); err != nil {
			return &ParseError{Input: s, Err: ErrSyntax, Msg: "not a date"}
		}
	}
	*d = ExchangeDate(v)
	return nil
}

// exchangeTypes are the codes of administrative document types in the list
// of Sửa đổi 1:2022 QCVN 102:2016/BTTTT, part B, as far as
// the published copy could be read (codes 10 to 17 and those after 26 were
// cut off in it).
var exchangeTypes = map[string]int{
	"Nghị quyết": 1, "Quyết định": 2, "Chỉ thị": 3, "Quy chế": 4, "Quy định": 5, "Thông cáo": 6,
	"Thông báo": 7, "Hướng dẫn": 8, "Chương trình": 9, "Công văn": 18, "Công điện": 19,
	"Bản ghi nhớ": 20, "Bản thỏa thuận": 22, "Giấy ủy quyền": 24, "Giấy mời": 25, "Giấy giới thiệu": 26,
}

// MessageHeader returns the edXML message header of d. fromID is the
// sender's mã định danh, or "" if unknown; the receivers' identifiers are
// left for the caller to fill in.
func (d *Document) MessageHeader(fromID string) MessageHeader {
	h := MessageHeader{
		From:             Organ{OrganId: fromID, OrganizationInCharge: d.Superior, OrganName: d.Organ},
		Code:             Code{CodeNumber: d.Ref.Number, CodeNotation: codeNotation(d)},
		PromulgationInfo: PromulgationInfo{Place: d.Place, PromulgationDate: ExchangeDate(d.Ref.Date)},
		DocumentType:     DocumentType{Type: exchangeTypes[d.Ref.Type], TypeName: d.Ref.Type},
		Subject:          d.Subject,
		OtherInfo:        OtherInfo{Priority: d.Urgency.PriorityCode(), TyperNotation: d.Archive.Typist},
	}
	h.SignerInfo = SignerInfo{Position: d.Signature.Title, FullName: d.Signature.Name}
	if d.Signature.Authority != Direct {
		h.SignerInfo.Competence = mandateLine(Mandate{Authority: d.Signature.Authority, For: d.Signature.For})
	}
	for _, r := range d.Addressees {
		h.To = append(h.To, Organ{OrganName: r.Text})
	}
	for _, r := range d.CopyTo {
		if !isNhuTren(r) {
			h.ToPlaces = append(h.ToPlaces, r.Text)
		}
	}
	h.DueDate = ExchangeDate(d.exchangeDue())
	if fromID != "" && d.Ref.Date != 0 {
		h.DocumentId = fromID + "," + d.Ref.Date.Format("2006/01/02") + "," + d.Ref.Symbol()
	}
	return h
}
