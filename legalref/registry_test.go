package legalref

import "testing"

// TestAdministrativeTypes checks the abbreviation table of Nghị định
// 30/2020/NĐ-CP, Phụ lục III, I (documents.md §1.2): every type reads from
// its abbreviation in a state symbol and is written back with its official
// case and diacritics.
func TestAdministrativeTypes(t *testing.T) {
	table := []struct{ abbr, name string }{
		{"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"CT", "Chỉ thị"}, {"QC", "Quy chế"},
		{"QyĐ", "Quy định"}, {"TC", "Thông cáo"}, {"TB", "Thông báo"}, {"HD", "Hướng dẫn"},
		{"CTr", "Chương trình"}, {"KH", "Kế hoạch"}, {"PA", "Phương án"}, {"ĐA", "Đề án"},
		{"DA", "Dự án"}, {"BC", "Báo cáo"}, {"BB", "Biên bản"}, {"TTr", "Tờ trình"},
		{"HĐ", "Hợp đồng"}, {"CĐ", "Công điện"}, {"BGN", "Bản ghi nhớ"}, {"BTT", "Bản thỏa thuận"},
		{"GUQ", "Giấy ủy quyền"}, {"GM", "Giấy mời"}, {"GGT", "Giấy giới thiệu"},
		{"GNP", "Giấy nghỉ phép"}, {"PG", "Phiếu gửi"}, {"PC", "Phiếu chuyển"}, {"PB", "Phiếu báo"},
		{"SY", "Bản sao y"}, {"TrS", "Bản trích sao"}, {"SL", "Bản sao lục"},
	}
	for _, row := range table {
		r, err := Parse("Số: 12/" + row.abbr + "-UBND")
		if err != nil || r.Type != row.name || r.TypeAbbr != row.abbr || r.Family != Administrative {
			t.Errorf("%s: %#v, %v", row.abbr, r, err)
		}
	}
}

// TestNormativeAndPartyTypes checks the VBQPPL symbols of Luật 80/2015
// Điều 10 (documents.md §2.1), the Party abbreviations of Hướng dẫn
// 36-HD/VPTW (§3.3) and the historic ones of TTLT 55/2005 and TT 01/2011
// (§1.2), which are written as the current abbreviation.
func TestNormativeAndPartyTypes(t *testing.T) {
	tests := []struct{ in, typ, abbr, symbol string }{
		{"145/2020/NĐ-CP", "Nghị định", "NĐ", "145/2020/NĐ-CP"},
		{"01/2011/TT-BNV", "Thông tư", "TT", "01/2011/TT-BNV"},
		{"34/2007/PL-UBTVQH11", "Pháp lệnh", "PL", "34/2007/PL-UBTVQH11"},
		{"09/2008/NQLT-CP-UBTWMTTQVN", "Nghị quyết liên tịch", "NQLT", "09/2008/NQLT-CP-UBTWMTTQVN"},
		{"03/2020/L-CTN", "Lệnh", "L", "03/2020/L-CTN"},
		{"114-KL/TW", "Kết luận", "KL", "114-KL/TW"},
		{"10-TT/TW", "Thông tri", "TT", "10-TT/TW"},
		{"8011-CV/BTCTW", "Công văn", "CV", "8011-CV/BTCTW"},
		{"08-QĐi/TW", "Quy định", "QĐi", "08-QĐi/TW"},
		{"12/GN-BNV", "Bản ghi nhớ", "BGN", "12/BGN-BNV"},
		{"12/TTh-BNV", "Bản thỏa thuận", "BTT", "12/BTT-BNV"},
		{"12/GCN-UBND", "Giấy chứng nhận", "GCN", "12/GCN-UBND"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.in)
		if err != nil || r.Type != tt.typ || r.TypeAbbr != tt.abbr || r.Symbol() != tt.symbol {
			t.Errorf("%s: %#v %q, %v", tt.in, r, r.Symbol(), err)
		}
	}
}

// TestIssuers checks the issuer registry: abbreviations with their names
// (documents.md §2.3, §3.3), case and diacritics restored, OCR "TƯ" read as
// TU (corpus README).
func TestIssuers(t *testing.T) {
	tests := []struct{ in, abbr, name string }{
		{"CP", "CP", "Chính phủ"}, {"TTG", "TTg", "Thủ tướng Chính phủ"}, {"bnv", "BNV", "Bộ Nội vụ"},
		{"TW", "TW", "Ban Chấp hành Trung ương"}, {"TU", "TU", "Tỉnh ủy"}, {"TƯ", "TU", "Tỉnh ủy"},
		{"HDND", "HĐND", "Hội đồng nhân dân"}, {"BGDDT", "BGDĐT", "Bộ Giáo dục và Đào tạo"},
		{"BLĐTB&XH", "BLĐTB&XH", "Bộ Lao động - Thương binh và Xã hội"},
	}
	for _, tt := range tests {
		got, ok := defaultRegistry.lookupIssuer(tt.in)
		name, _ := NewParser().IssuerName(tt.in)
		if !ok || got != tt.abbr || name != tt.name {
			t.Errorf("%s: %q %q", tt.in, got, name)
		}
	}
}

// TestRegistryData checks the embedded tables parse and hold no duplicate
// name for two issuers.
func TestRegistryData(t *testing.T) {
	if _, err := buildRegistry(nil); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, n := range defaultRegistry.issuerNames {
		if prev, ok := seen[n.key]; ok && prev != n.name {
			t.Errorf("name %q names %s and %s", n.key, prev, n.name)
		}
		seen[n.key] = n.name
	}
}
