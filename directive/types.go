package directive

import (
	"strings"

	"github.com/vanban-go/vanban/internal/vntext"
)

// docType is a document type whose name heads a named document ("THÔNG
// BÁO", "KẾ HOẠCH") and its abbreviation in the ký hiệu.
type docType struct {
	name  string // "Thông báo"
	abbr  string // "TB"; empty when the type has none
	state bool   // in the table of Nghị định 30/2020/NĐ-CP Phụ lục III, I
	party bool   // a Party type of Quy định 66-QĐ/TW, abbreviated per Hướng dẫn 36-HD/VPTW
}

// docTypes are the types a document can be. The state rows are the complete
// table of Nghị định 30/2020/NĐ-CP Phụ lục III, I (with công văn and thư
// công, which have no abbreviation, Điều 7); the Party rows follow Quy định
// 66-QĐ/TW and the abbreviations of Hướng dẫn 36-HD/VPTW; the last rows are the legal normative
// types a directive may also be (Luật Ban hành VBQPPL 2015 Điều 4).
// Validate accepts in a state ký hiệu only the abbreviations of the state
// rows: a formatter must emit only the Nghị định 30 set (Phụ lục III).
var docTypes = []docType{
	{"Nghị quyết", "NQ", true, true},
	{"Quyết định", "QĐ", true, true},
	{"Chỉ thị", "CT", true, true},
	{"Quy chế", "QC", true, true},
	{"Quy định", "QyĐ", true, false},
	{"Thông cáo", "TC", true, true},
	{"Thông báo", "TB", true, true},
	{"Hướng dẫn", "HD", true, true},
	{"Chương trình", "CTr", true, true},
	{"Kế hoạch", "KH", true, true},
	{"Phương án", "PA", true, false},
	{"Đề án", "ĐA", true, true},
	{"Dự án", "DA", true, false},
	{"Báo cáo", "BC", true, true},
	{"Biên bản", "BB", true, true},
	{"Tờ trình", "TTr", true, true},
	{"Hợp đồng", "HĐ", true, false},
	{"Công văn", "", true, false},
	{"Công điện", "CĐ", true, false},
	{"Bản ghi nhớ", "BGN", true, false},
	{"Bản thỏa thuận", "BTT", true, false},
	{"Giấy ủy quyền", "GUQ", true, false},
	{"Giấy mời", "GM", true, false},
	{"Giấy giới thiệu", "GGT", true, false},
	{"Giấy nghỉ phép", "GNP", true, false},
	{"Phiếu gửi", "PG", true, false},
	{"Phiếu chuyển", "PC", true, false},
	{"Phiếu báo", "PB", true, false},
	{"Thư công", "", true, false},
	// Party types without a state row of the same abbreviation.
	{"Kết luận", "KL", false, true},
	{"Quy định", "QĐ", false, true},
	{"Thông tri", "TT", false, true},
	{"Công văn", "CV", false, true},
	{"Quy hoạch", "", false, true},
	{"Tuyên bố", "", false, true},
	{"Lời kêu gọi", "", false, true},
	{"Chiến lược", "", false, true},
	// Legal normative types.
	{"Nghị định", "NĐ", false, false},
	{"Thông tư", "TT", false, false},
	{"Thông tư liên tịch", "TTLT", false, false},
	{"Nghị quyết liên tịch", "NQLT", false, false},
	{"Pháp lệnh", "PL", false, false},
	{"Luật", "", false, false},
	{"Lệnh", "L", false, false},
}

// typeByKey maps the key of a type name ("thong bao") to its first row.
var typeByKey = func() map[string]*docType {
	m := make(map[string]*docType, len(docTypes))
	for i := range docTypes {
		k := vntext.Key(docTypes[i].name)
		if _, ok := m[k]; !ok {
			m[k] = &docTypes[i]
		}
	}
	return m
}()

// typeHeading reads a type heading at the start of s ("THÔNG BÁO", "KẾ
// HOẠCH Triển khai …" run together with the trích yếu) and returns the
// type's name and the rest of s. The heading must be in capitals.
func typeHeading(s string) (name, rest string) {
	if !startsUpper(s) {
		return "", s
	}
	// The longest type name has four words.
	ends := [4]int{}
	n := 0
	for i := 0; i < len(s) && n < 4; i++ {
		if s[i] == ' ' {
			ends[n] = i
			n++
		}
	}
	if n < 4 {
		ends[n] = len(s)
		n++
	}
	for k := n - 1; k >= 0; k-- {
		head := s[:ends[k]]
		if len(head) > 40 || !isUpperText(head) {
			continue
		}
		var buf [64]byte
		t, ok := typeByKey[string(appendKey(buf[:0], head))]
		if !ok {
			continue
		}
		rest = strings.TrimSpace(s[ends[k]:])
		if rest != "" && isUpperText(rest) {
			// "QUYẾT ĐỊNH BAN HÀNH …" is not a heading line but a title.
			return "", s
		}
		return t.name, rest
	}
	return "", s
}

// stateAbbr returns the Nghị định 30/2020 abbreviation of a type name, and
// whether the type is in that table.
func stateAbbr(name string) (string, bool) {
	for _, t := range docTypes {
		if t.state && t.name == name {
			return t.abbr, true
		}
	}
	return "", false
}

// isStateAbbr reports whether a is an abbreviation of the Nghị định
// 30/2020 table, with its official case.
func isStateAbbr(a string) bool {
	for _, t := range docTypes {
		if t.state && t.abbr == a && a != "" {
			return true
		}
	}
	return false
}

// isPartyAbbr reports whether a is a Party type abbreviation.
func isPartyAbbr(a string) bool {
	for _, t := range docTypes {
		if t.party && t.abbr == a && a != "" {
			return true
		}
	}
	return a == "QĐi"
}
