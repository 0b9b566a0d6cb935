package directive

import (
	"strings"

	"github.com/vanban-go/vanban/internal/vntext"
	"github.com/vanban-go/vanban/legalref"
)

// Rule names a layout rule that Validate checks.
type Rule string

// The rules Validate checks. Each Violation names its rule, and its Basis
// cites the article that makes it.
const (
	// RuleHeading: a state document has the quốc hiệu, a Party document
	// the heading "ĐẢNG CỘNG SẢN VIỆT NAM".
	RuleHeading Rule = "heading"
	// RuleMotto: the tiêu ngữ is present and reads "Độc lập - Tự do -
	// Hạnh phúc", each phrase capitalised.
	RuleMotto Rule = "motto"
	// RuleOrgan: the issuing body is named.
	RuleOrgan Rule = "organ"
	// RuleNumberMissing: the document has a số and ký hiệu.
	RuleNumberMissing Rule = "number-missing"
	// RuleNumberLabel: the số is introduced by "Số:" ("Số" without a colon
	// in a Party document).
	RuleNumberLabel Rule = "number-label"
	// RuleNumberPadding: a số below 10 has a leading 0 ("Số: 05/…").
	RuleNumberPadding Rule = "number-padding"
	// RuleSymbol: the ký hiệu has the structure of its kind: ISSUER-UNIT
	// for a công văn, TYPE-ISSUER for a named document, number-TYPE/ISSUER
	// for a Party document, in capitals but for the official mixed-case
	// abbreviations.
	RuleSymbol Rule = "symbol"
	// RuleAbbreviation: the type abbreviation is one of Nghị định
	// 30/2020/NĐ-CP Phụ lục III and matches the type heading.
	RuleAbbreviation Rule = "abbreviation"
	// RuleDateMissing: the document has a place and a date.
	RuleDateMissing Rule = "date-missing"
	// RuleDateInvalid: the date exists.
	RuleDateInvalid Rule = "date-invalid"
	// RuleDatePadding: days below 10 and the months 1 and 2 take a leading
	// 0, other months do not.
	RuleDatePadding Rule = "date-padding"
	// RuleDateForm: the date is written in full, "ngày … tháng … năm …",
	// not "ngày 20/4/2021".
	RuleDateForm Rule = "date-form"
	// RuleSubject: the document has a trích yếu.
	RuleSubject Rule = "subject"
	// RuleSubjectVv: the trích yếu of a công văn follows "V/v".
	RuleSubjectVv Rule = "subject-vv"
	// RuleAddressees: Kính gửi names one recipient on its own line, or
	// several one a line with a dash, ";" and a final ".".
	RuleAddressees Rule = "addressees"
	// RuleSignature: the signing block gives the signer's title and name.
	RuleSignature Rule = "signature"
	// RuleAuthority: the signing authority suits the issuer and the
	// signer: TM. before a collective, KT. by a deputy, the Party forms in
	// a Party document.
	RuleAuthority Rule = "signature-authority"
	// RuleCopyTo: Nơi nhận is present and, for a document with Kính gửi,
	// begins with "Như trên".
	RuleCopyTo Rule = "copy-to"
	// RuleArchive: Nơi nhận ends with "Lưu: VT, …".
	RuleArchive Rule = "archive"
)

// Violation is one breach of a layout rule.
type Violation struct {
	// Rule is the rule broken.
	Rule Rule `json:"rule"`
	// Component is the component of the document (thành phần thể thức) the
	// rule governs, named as in Nghị định 30/2020/NĐ-CP Điều 8: "Số, ký
	// hiệu của văn bản", "Địa danh và thời gian ban hành văn bản".
	Component string `json:"component"`
	// Text is the offending text as printed; empty for a missing component.
	Text string `json:"text,omitempty"`
	// Want is the text in the official form, when one can be given.
	Want string `json:"want,omitempty"`
	// Basis cites the rule: the document, the article, and what it says.
	Basis string `json:"basis"`
}

// String returns the violation on one line.
func (v Violation) String() string {
	var b strings.Builder
	b.WriteString(string(v.Rule))
	b.WriteString(": ")
	b.WriteString(v.Component)
	if v.Text != "" {
		b.WriteString(" \"")
		b.WriteString(v.Text)
		b.WriteByte('"')
	} else {
		b.WriteString(" missing")
	}
	if v.Want != "" {
		b.WriteString(" (want \"")
		b.WriteString(v.Want)
		b.WriteString("\")")
	}
	b.WriteString(" — ")
	b.WriteString(v.Basis)
	return b.String()
}

// Components, named as in Nghị định 30/2020/NĐ-CP Điều 8.
const (
	compHeading   = "Quốc hiệu và Tiêu ngữ"
	compOrgan     = "Tên cơ quan, tổ chức ban hành văn bản"
	compNumber    = "Số, ký hiệu của văn bản"
	compDate      = "Địa danh và thời gian ban hành văn bản"
	compSubject   = "Tên loại và trích yếu nội dung văn bản"
	compAddressee = "Kính gửi"
	compSignature = "Chức vụ, họ tên và chữ ký của người có thẩm quyền"
	compCopyTo    = "Nơi nhận"
)

// The bases cited, with what they say. The state rules are quoted from
// Nghị định 30/2020/NĐ-CP, Điều 8, Điều 13 and Phụ lục I, Phần I, Mục II
// (read in the official text of the decree and its annex); the Party rules
// from Hướng dẫn 36-HD/VPTW (thể thức văn bản của Đảng).
const (
	nd30            = "Nghị định 30/2020/NĐ-CP, "
	hd36            = "Hướng dẫn 36-HD/VPTW, "
	basisHeading    = nd30 + "Điều 8 khoản 1 và Phụ lục I, Phần I, mục II.1.a: văn bản hành chính có Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" và Tiêu ngữ"
	basisPartyHead  = hd36 + "ô số 1: văn bản của Đảng có tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\""
	basisMotto      = nd30 + "Phụ lục I, Phần I, mục II.1.b: Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\", chữ cái đầu của các cụm từ được viết hoa, giữa các cụm từ có gạch nối (-)"
	basisOrgan      = nd30 + "Điều 8 khoản 1 và Phụ lục I, Phần I, mục II.2: tên cơ quan, tổ chức ban hành văn bản"
	basisNumber     = nd30 + "Điều 15 và Phụ lục I, Phần I, mục II.3: số, ký hiệu của văn bản"
	basisNumberLbl  = nd30 + "Phụ lục I, Phần I, mục II.3.c: từ \"Số\" được trình bày bằng chữ in thường; sau từ \"Số\" có dấu hai chấm (:)"
	basisPartyLbl   = hd36 + "ô số 3: \"Số\" không có dấu hai chấm, số và ký hiệu nối bằng gạch nối (-), ký hiệu loại và cơ quan cách nhau bằng dấu gạch chéo (/)"
	basisNumberPad  = nd30 + "Phụ lục I, Phần I, mục II.3.c: với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước"
	basisSymbol     = nd30 + "Phụ lục I, Phần I, mục II.3.b–c: ký hiệu gồm chữ viết tắt tên loại văn bản và tên cơ quan ban hành, của công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo; ký hiệu in hoa, giữa số và ký hiệu có dấu gạch chéo (/), giữa các nhóm chữ viết tắt có dấu gạch nối (-), không cách chữ"
	basisPartySym   = hd36 + "ô số 3: số và ký hiệu \"Số 135-TB/VPTU\": số, gạch nối, chữ viết tắt tên loại, gạch chéo, chữ viết tắt tên cơ quan"
	basisAbbr       = nd30 + "Phụ lục III, Mục I: bảng chữ viết tắt tên loại văn bản hành chính"
	basisDate       = nd30 + "Phụ lục I, Phần I, mục II.4: địa danh và thời gian ban hành văn bản"
	basisDateForm   = nd30 + "Phụ lục I, Phần I, mục II.4.b: thời gian ban hành văn bản phải được viết đầy đủ; các số thể hiện ngày, tháng, năm dùng chữ số Ả Rập"
	basisDatePad    = nd30 + "Phụ lục I, Phần I, mục II.4.b: những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước"
	basisSubject    = nd30 + "Điều 8 khoản 1 và Phụ lục I, Phần I, mục II.5: tên loại và trích yếu nội dung văn bản"
	basisSubjectVv  = nd30 + "Phụ lục I, Phần I, mục II.5.b: đối với công văn, trích yếu nội dung văn bản được trình bày sau chữ \"V/v\""
	basisAddressee  = nd30 + "Phụ lục I, Phần I, mục II.9.d: gửi một nơi thì \"Kính gửi\" và tên cơ quan trên cùng một dòng; gửi hai nơi trở lên thì xuống dòng, mỗi nơi một dòng, đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm phẩy (;), cuối dòng cuối cùng có dấu chấm (.)"
	basisSignature  = nd30 + "Điều 8 khoản 1 và Phụ lục I, Phần I, mục II.7: chức vụ, họ tên và chữ ký của người có thẩm quyền"
	basisTM         = nd30 + "Điều 13 và Phụ lục I, Phần I, mục II.7.b: ký thay mặt tập thể ghi \"TM.\" trước tên tập thể lãnh đạo hoặc tên cơ quan, tổ chức (làm việc theo chế độ tập thể); \"Q.\", \"KT.\", \"TL.\", \"TUQ.\" ghi trước chức vụ của người đứng đầu"
	basisKT         = nd30 + "Điều 13 và Phụ lục I, Phần I, mục II.7.b: cấp phó ký thay người đứng đầu ghi \"KT.\" trước chức vụ của người đứng đầu"
	basisPartyAuth  = hd36 + "mục 1.7.1: văn bản của Đảng ký \"T/M\", \"K/T\", \"T/L\""
	basisStateAuth  = nd30 + "Phụ lục I, Phần I, mục II.7.b: văn bản hành chính ghi \"TM.\", \"Q.\", \"KT.\", \"TL.\", \"TUQ.\""
	basisCopyTo     = nd30 + "Phụ lục I, Phần I, mục II.9: nơi nhận"
	basisNhuTren    = nd30 + "Phụ lục I, Phần I, mục II.9.b: đối với công văn, phần \"Nơi nhận\" có phía dưới là từ \"Như trên\""
	basisArchive    = nd30 + "Phụ lục I, Phần I, mục II.9.d: dòng cuối cùng bao gồm chữ \"Lưu\" sau có dấu hai chấm (:), tiếp theo là chữ viết tắt \"VT\", dấu phẩy (,), chữ viết tắt tên đơn vị soạn thảo và số lượng bản lưu, cuối cùng là dấu chấm (.)"
	basisPartyArchv = hd36 + "ô số 9b: Nơi nhận kết thúc bằng \"Lưu\" và nơi lưu văn bản"
)

// Validate checks d against the layout rules of Nghị định 30/2020/NĐ-CP (of
// Hướng dẫn 36-HD/VPTW for a Party document) and returns the violations,
// in the order of the components on the page; nil for a correct document.
//
// Rules about the printed form (padding of the date, the "Số:" label, the
// "V/v", the Kính gửi lines, the colon of "Lưu:") are checked on
// d.Printed, where Parse keeps the forms that differ from the official
// one; a document built as values and printed by Format satisfies them.
// Spaces inside the số and ký hiệu are not reported: PDF and web extraction
// insert them around the number typed into a template ("Số: 491
// /UBND-KGVX"), so a text cannot show whether the document had them.
func (d *Document) Validate() []Violation {
	var vs []Violation
	add := func(r Rule, comp, text, want, basis string) {
		vs = append(vs, Violation{Rule: r, Component: comp, Text: text, Want: want, Basis: basis})
	}
	party := d.Style == PartyStyle

	// Quốc hiệu and tiêu ngữ, or the Party heading.
	if party {
		if d.Heading != PartyHeading {
			add(RuleHeading, compHeading, d.Heading, PartyHeading, basisPartyHead)
		}
	} else {
		if d.Heading != QuocHieu {
			add(RuleHeading, compHeading, d.Heading, QuocHieu, basisHeading)
		}
		switch {
		case d.Motto == "":
			add(RuleMotto, compHeading, "", TieuNgu, basisMotto)
		case d.Printed.Motto != "" && mottoForm(d.Printed.Motto) != TieuNgu:
			add(RuleMotto, compHeading, d.Printed.Motto, TieuNgu, basisMotto)
		}
	}

	if d.Organ == "" {
		add(RuleOrgan, compOrgan, "", "", basisOrgan)
	}

	vs = d.validateNumber(vs)
	vs = d.validateDate(vs)

	// Type and trích yếu.
	if d.Subject == "" {
		add(RuleSubject, compSubject, "", "", basisSubject)
	} else if isCongVan(d) && d.Printed.Subject != "" && !strings.HasPrefix(d.Printed.Subject, "V/v") {
		add(RuleSubjectVv, compSubject, d.Printed.Subject, subjectText(d), basisSubjectVv)
	}

	if len(d.Printed.Addressees) > 0 && !addresseeLayoutOK(d.Printed.Addressees, len(d.Addressees)) {
		add(RuleAddressees, compAddressee, strings.Join(d.Printed.Addressees, " / "),
			strings.Join(addresseeLines(d.Addressees), " / "), basisAddressee)
	}

	vs = d.validateSignature(vs)

	// Nơi nhận.
	switch {
	case len(d.CopyTo) == 0 && d.Archive.IsZero():
		add(RuleCopyTo, compCopyTo, "", "", basisCopyTo)
	case len(d.Addressees) > 0 && (len(d.CopyTo) == 0 || vntext.Key(d.CopyTo[0].Text) != "nhu tren"):
		first := ""
		if len(d.CopyTo) > 0 {
			first = d.CopyTo[0].Text
		}
		add(RuleCopyTo, compCopyTo, first, "Như trên", basisNhuTren)
	}
	switch {
	case d.Archive.IsZero():
		if party {
			add(RuleArchive, compCopyTo, "", "", basisPartyArchv)
		} else {
			add(RuleArchive, compCopyTo, "", "- Lưu: VT, …", basisArchive)
		}
	case party:
	case len(d.Archive.Units) == 0 || d.Archive.Units[0] != "VT":
		add(RuleArchive, compCopyTo, archiveText(d), archiveLine(withVT(d.Archive), d.Style), basisArchive)
	case d.Printed.Archive != "" && !archiveColon(d.Printed.Archive):
		add(RuleArchive, compCopyTo, d.Printed.Archive, archiveLine(d.Archive, d.Style), basisArchive)
	}
	return vs
}

// mottoForm returns the tiêu ngữ with the dashes and spaces a text may
// vary in made uniform, so that only its words and their case remain.
func mottoForm(s string) string {
	s = strings.NewReplacer("–", "-", "—", "-", "‐", "-").Replace(s)
	parts := strings.Split(s, "-")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, " - ")
}

// validateNumber checks the số and ký hiệu.
func (d *Document) validateNumber(vs []Violation) []Violation {
	party := d.Style == PartyStyle
	r := d.Ref
	printed := d.Printed.Number
	if r.Number == "" && r.Symbol() == "" {
		return append(vs, Violation{Rule: RuleNumberMissing, Component: compNumber, Basis: basisNumber})
	}
	if printed != "" {
		label := printed
		if i := strings.IndexAny(label, "0123456789/"); i >= 0 {
			label = label[:i]
		}
		label = strings.ReplaceAll(label, " ", "")
		want, basis := "Số:", basisNumberLbl
		if party {
			want, basis = "Số", basisPartyLbl
			label = strings.TrimSuffix(label, ":") // web copies add the colon; see doc.go
		}
		if label != want {
			vs = append(vs, Violation{Rule: RuleNumberLabel, Component: compNumber, Text: printed, Want: numberLine(d), Basis: basis})
		}
	}
	if n := r.Number; len(n) == 1 && n[0] >= '1' && n[0] <= '9' {
		want := *d
		want.Ref.Number = "0" + n
		vs = append(vs, Violation{Rule: RuleNumberPadding, Component: compNumber, Text: numberText(d), Want: numberLine(&want), Basis: basisNumberPad})
	}
	// Structure of the ký hiệu.
	switch {
	case r.Family == legalref.Normative || r.Family == legalref.Joint || r.Family == legalref.Consolidated || r.Family == legalref.Standard:
		// Legal normative documents follow the law on VBQPPL, not
		// Nghị định 30.
		return vs
	case party:
		if r.Family != legalref.Party || r.TypeAbbr == "" || len(r.Issuers) == 0 {
			vs = append(vs, Violation{Rule: RuleSymbol, Component: compNumber, Text: numberText(d), Basis: basisPartySym})
		} else if !isPartyAbbr(r.TypeAbbr) {
			vs = append(vs, Violation{Rule: RuleAbbreviation, Component: compNumber, Text: numberText(d), Basis: hd36 + "chữ viết tắt tên loại văn bản của Đảng"})
		}
		return vs
	case isCongVan(d):
		if r.TypeAbbr != "" || len(r.Issuers) == 0 || r.Unit == "" || r.Family == legalref.Party {
			vs = append(vs, Violation{Rule: RuleSymbol, Component: compNumber, Text: numberText(d), Basis: basisSymbol})
		}
	default:
		switch {
		case r.TypeAbbr == "" || len(r.Issuers) == 0 || r.Family == legalref.Party:
			vs = append(vs, Violation{Rule: RuleSymbol, Component: compNumber, Text: numberText(d), Basis: basisSymbol})
		case !isStateAbbr(r.TypeAbbr):
			vs = append(vs, Violation{Rule: RuleAbbreviation, Component: compNumber, Text: numberText(d), Basis: basisAbbr})
		default:
			if want, ok := stateAbbr(r.Type); ok && want != r.TypeAbbr {
				fixed := *d
				fixed.Ref.TypeAbbr = want
				vs = append(vs, Violation{Rule: RuleAbbreviation, Component: compNumber, Text: numberText(d), Want: numberLine(&fixed), Basis: basisAbbr})
			}
		}
	}
	// Capitals: the printed symbol may differ from the canonical one only
	// in spaces.
	if i := strings.IndexAny(printed, "0123456789/"); printed != "" && i >= 0 {
		got, sym := strings.ReplaceAll(printed[i:], " ", ""), r.Symbol()
		if got != sym && strings.EqualFold(got, sym) {
			vs = append(vs, Violation{Rule: RuleSymbol, Component: compNumber, Text: printed, Want: numberLine(d), Basis: basisSymbol})
		}
	}
	return vs
}

// numberText returns the số line as printed, or as Format prints it.
func numberText(d *Document) string {
	if d.Printed.Number != "" {
		return d.Printed.Number
	}
	return numberLine(d)
}

// validateDate checks the place and date.
func (d *Document) validateDate(vs []Violation) []Violation {
	printed := d.Printed.Date
	if d.Ref.Date == 0 {
		if printed == "" {
			return append(vs, Violation{Rule: RuleDateMissing, Component: compDate, Basis: basisDate})
		}
		return append(vs, Violation{Rule: RuleDateInvalid, Component: compDate, Text: printed, Basis: basisDate})
	}
	if d.Place == "" {
		vs = append(vs, Violation{Rule: RuleDateMissing, Component: compDate, Text: dateLine("", d.Ref.Date), Basis: basisDate})
	}
	if printed != "" && !containsWord(vntext.Key(printed), "thang") {
		vs = append(vs, Violation{Rule: RuleDateForm, Component: compDate, Text: printed,
			Want: dateLine(d.Place, d.Ref.Date), Basis: basisDateForm})
	}
	if printed != "" {
		ws := splitWords(printed, nil)
		for i := 0; i+3 < len(ws); i++ {
			if ws[i].key != "ngay" || ws[i+2].key != "thang" {
				continue
			}
			day, month := ws[i+1].key, ws[i+3].key
			_, m, dd := d.Ref.Date.Date()
			okDay := (dd < 10) == (len(day) == 2 && day[0] == '0') || dd >= 10 && len(day) == 2
			okMonth := (int(m) < 3) == (len(month) == 2 && month[0] == '0')
			if !okDay || !okMonth {
				vs = append(vs, Violation{Rule: RuleDatePadding, Component: compDate, Text: printed,
					Want: dateLine(d.Place, d.Ref.Date), Basis: basisDatePad})
			}
			break
		}
	}
	return vs
}

// addresseeLayoutOK checks the printed Kính gửi lines.
func addresseeLayoutOK(lines []string, n int) bool {
	if len(lines) == 0 {
		return true
	}
	rest := lines[0]
	if ws := splitWords(rest, nil); len(ws) >= 2 {
		rest = strings.TrimLeft(rest[ws[1].end:], " :.")
	}
	if n <= 1 {
		// One recipient: on the label's line.
		return rest != ""
	}
	var entries []string
	if rest != "" {
		entries = append(entries, rest)
	}
	for _, l := range lines[1:] {
		if startsDash(l) || len(entries) == 0 {
			entries = append(entries, l)
		} else {
			entries[len(entries)-1] += " " + l
		}
	}
	for i, e := range entries {
		if !startsDash(e) {
			return false
		}
		want := ";"
		if i == len(entries)-1 {
			want = "."
		}
		if !strings.HasSuffix(e, want) {
			return false
		}
	}
	return true
}

// collective reports whether the issuer works under the collective regime
// (chế độ tập thể) and so signs TM.: a People's Committee or Council, the
// Government, a Party committee.
func collective(d *Document) bool {
	for _, s := range d.Ref.Issuers {
		switch s {
		case "UBND", "HĐND", "CP", "TW", "TU", "HU", "ĐU", "ĐUK", "TƯ":
			return true
		}
	}
	k := vntext.Key(d.Organ)
	for _, p := range [...]string{"uy ban nhan dan", "hoi dong nhan dan", "chinh phu", "tinh uy", "huyen uy", "thanh uy", "dang uy", "ban chap hanh"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// collectiveName reports whether s names a collective (what follows TM.):
// "ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ", "CHÍNH PHỦ".
func collectiveName(s string) bool {
	k := vntext.Key(s)
	for _, p := range [...]string{"uy ban", "hoi dong", "chinh phu", "ban thuong vu", "ban chap hanh", "ban bi thu",
		"bo chinh tri", "dang uy", "dang doan", "ban can su", "dai hoi", "tinh uy", "huyen uy", "thanh uy",
		"thi uy", "quan uy", "chi uy", "chi bo", "tap the", "ban chi dao", "ban kiem phieu", "doan chu tich", "to cong tac", "ban "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// validateSignature checks the signing block.
func (d *Document) validateSignature(vs []Violation) []Violation {
	s := d.Signature
	add := func(r Rule, text, basis string) {
		vs = append(vs, Violation{Rule: r, Component: compSignature, Text: text, Basis: basis})
	}
	if s.Title == "" && s.For == "" {
		add(RuleSignature, "", basisSignature)
		return vs
	}
	if s.Name == "" {
		add(RuleSignature, strings.Join(signatureLines(s), " / "), basisSignature)
	}
	text := strings.Join(signatureLines(s), " / ")
	party := d.Style == PartyStyle
	for _, m := range [...]Mandate{s.Outer, {Authority: s.Authority, For: s.For}} {
		a := m.Authority
		if a == Direct {
			continue
		}
		if party && !a.IsParty() {
			add(RuleAuthority, text, basisPartyAuth)
			return vs
		}
		if !party && a.IsParty() {
			add(RuleAuthority, text, basisStateAuth)
			return vs
		}
		switch a.State() {
		case TM:
			if !collectiveName(m.For) {
				add(RuleAuthority, text, basisTM)
				return vs
			}
		case KT, TL, TUQ, Q:
			if collectiveName(m.For) && !strings.Contains(vntext.Key(m.For), "truong") && !strings.Contains(vntext.Key(m.For), "chu tich") {
				add(RuleAuthority, text, basisTM)
				return vs
			}
		}
	}
	// TM. only for a body under the collective regime.
	if (s.Authority.State() == TM || s.Outer.Authority.State() == TM) && !party && !collective(d) && d.Organ != "" {
		add(RuleAuthority, text, basisTM)
		return vs
	}
	// A deputy signs KT.; the head does not sign KT. for himself.
	tk := vntext.Key(s.Title)
	deputy := strings.HasPrefix(tk, "pho ") || strings.HasPrefix(tk, "thu truong")
	switch a := s.Authority.State(); {
	case a == Direct && deputy && s.Outer.IsZero():
		add(RuleAuthority, text, basisKT)
	case a == KT && s.Title != "" && vntext.Key(s.Title) == vntext.Key(s.For):
		add(RuleAuthority, text, basisKT)
	case a == Direct && s.Outer.IsZero() && collective(d):
		// A body under the collective regime signs on behalf of the
		// collective: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (Điều 13 khoản 2).
		if party {
			add(RuleAuthority, text, basisPartyAuth)
		} else {
			add(RuleAuthority, text, basisTM)
		}
	}
	return vs
}

// archiveText returns the archive line as printed, or as Format prints it.
func archiveText(d *Document) string {
	if d.Printed.Archive != "" {
		return d.Printed.Archive
	}
	return archiveLine(d.Archive, d.Style)
}

// withVT returns a with "VT" as its first keeper.
func withVT(a Archive) Archive {
	units := append([]string{"VT"}, a.Units...)
	for i := 1; i < len(units); i++ {
		if units[i] == "VT" {
			units = append(units[:i], units[i+1:]...)
			break
		}
	}
	a.Units = units
	return a
}

// archiveColon reports whether a printed archive line has the colon after
// "Lưu".
func archiveColon(s string) bool {
	ws := splitWords(trimDash(s), nil)
	if len(ws) == 0 {
		return false
	}
	rest := strings.TrimLeft(trimDash(s)[ws[0].end:], " ")
	return strings.HasPrefix(rest, ":")
}
