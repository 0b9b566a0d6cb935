package directive

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"
)

// seedHeading is the heading of the seed as it stands in
// testdata/491_UBND-KGVX.txt, lines 1–11.
const seedHeading = "\n\n**ỦY BAN NHÂN DÂN  \nTỈNH KIÊN GIANG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc**\n\nSố: 491 /UBND-KGVX\n\nKiên Giang, ngày 20 tháng 4 năm 2021\n"

// variants are altered copies of a document that extraction produces from
// the same page: each must parse to the same values. printed names the
// Printed field the variant changes, if any.
var variants = []struct {
	name    string
	alter   func(string) string
	printed func(*Printed)
}{
	{"NFD", norm.NFD.String, nil},
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }, nil},
	{"CR", func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }, nil},
	{"no blank lines", func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if strings.TrimSpace(l) != "" {
				out = append(out, l)
			}
		}
		return strings.Join(out, "\n")
	}, nil},
	{"extra blank lines", func(s string) string { return strings.ReplaceAll(s, "\n\n", "\n\n\n\n") }, nil},
	{"decoration lines", func(s string) string {
		s = strings.Replace(s, "TỈNH KIÊN GIANG**\n", "TỈNH KIÊN GIANG**\n-------\n", 1)
		s = strings.Replace(s, "Hạnh phúc**\n", "Hạnh phúc**\n---------------\n", 1)
		s = strings.Replace(s, "cấp ủy đảng năm 2020.\n", "cấp ủy đảng năm 2020.\n_______\n", 1)
		return strings.Replace(s, "**Nơi nhận:**", "________________\n**Nơi nhận:**", 1)
	}, nil},
	{"no markdown", func(s string) string { return strings.ReplaceAll(s, "**", "") }, nil},
	{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, "Kính gửi:", "Kính\u00a0gửi:") }, nil},
	{"tiêu ngữ in capitals", func(s string) string {
		return strings.Replace(s, "Độc lập - Tự do - Hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", 1)
	}, func(p *Printed) { p.Motto = "ĐỘC LẬP - TỰ DO - HẠNH PHÚC" }},
	{"columns run together", func(s string) string {
		// The way 454_UBND-NCTH.txt prints its heading.
		return strings.Replace(s, seedHeading,
			"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KIÊN GIANG Độc lập - Tự do - Hạnh phúc\n\nSố: 491 /UBND-KGVX Kiên Giang, ngày 20 tháng 4 năm 2021\n", 1)
	}, nil},
	{"columns in layout mode", func(s string) string {
		// pdftotext -layout: the two columns side by side, spaces between.
		return strings.Replace(s, seedHeading,
			"   ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   TỈNH KIÊN GIANG                   Độc lập - Tự do - Hạnh phúc\n\n  Số: 491 /UBND-KGVX            Kiên Giang, ngày 20 tháng 4 năm 2021\n", 1)
	}, nil},
	{"columns with tabs", func(s string) string {
		return strings.Replace(s, seedHeading,
			"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KIÊN GIANG\tĐộc lập - Tự do - Hạnh phúc\nSố: 491 /UBND-KGVX\tKiên Giang, ngày 20 tháng 4 năm 2021\n", 1)
	}, nil},
	{"right column first", func(s string) string {
		// The way 7334_VPCP-KGVX.txt interleaves its heading.
		return strings.Replace(s, seedHeading,
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKiên Giang, ngày 20 tháng 4 năm 2021\nỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 491 /UBND-KGVX\n", 1)
	}, nil},
	{"footer in two columns", func(s string) string {
		i := strings.Index(s, "**Nơi nhận:**")
		return s[:i] + "Nơi nhận:                          KT. CHỦ TỊCH\n" +
			"- Như trên;                        PHÓ CHỦ TỊCH\n" +
			"- TT. TU, TT. HĐND tỉnh;\n- UBMTTQVN tỉnh;\n- Ban Dân vận Tỉnh ủy;          (Đã ký)\n" +
			"- CT, các PCT. UBND tỉnh;\n- LĐVP, CVNC;                     Nguyễn Lưu Trung\n- Lưu: VT, nvthanh.\n"
	}, nil},
	{"Nơi nhận without dashes", func(s string) string {
		i := strings.Index(s, "- Như trên;")
		j := strings.Index(s, "**KT. CHỦ TỊCH")
		return s[:i] + strings.ReplaceAll(s[i:j], "- ", "") + s[j:]
	}, func(p *Printed) { p.Archive = "Lưu: VT, nvthanh." }},
	{"signature before Nơi nhận", func(s string) string {
		i := strings.Index(s, "**Nơi nhận:**")
		j := strings.Index(s, "**KT. CHỦ TỊCH")
		return s[:i] + s[j:] + "\n\n" + s[i:j]
	}, nil},
}

// ignorePrinted compares documents but for how they were printed.
var ignorePrinted = cmpopts.IgnoreFields(Document{}, "Printed")

func TestParseVariants(t *testing.T) {
	seed := readDoc(t, "491_UBND-KGVX.txt")
	want := mustParse(t, seed)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			text := v.alter(seed)
			if text == seed && v.name != "NFD" {
				t.Fatal("the alteration changed nothing")
			}
			got := mustParse(t, text)
			if diff := cmp.Diff(want, got, ignorePrinted); diff != "" {
				t.Errorf("(-seed +variant):\n%s", diff)
			}
			wp := want.Printed
			if v.printed != nil {
				v.printed(&wp)
			}
			// How the heading and signing block were printed may change
			// with the layout; the rest must not.
			gp := got.Printed
			if v.name == "no markdown" || strings.HasPrefix(v.name, "columns") || v.name == "right column first" {
				gp.Number, wp.Number = "", ""
			}
			if diff := cmp.Diff(wp, gp); diff != "" {
				t.Errorf("Printed (-want +got):\n%s", diff)
			}
			if vs := got.Validate(); v.printed == nil && len(vs) > 0 {
				t.Errorf("violations in a faithful copy: %v", vs)
			}
		})
	}
}

// TestParseVariantsCorpus runs the format-neutral variants over every
// document of testdata.
func TestParseVariantsCorpus(t *testing.T) {
	for _, w := range corpusWants {
		text := readDoc(t, w.file)
		want := mustParse(t, text)
		for _, v := range variants[:6] {
			t.Run(w.file+"/"+v.name, func(t *testing.T) {
				got := mustParse(t, v.alter(text))
				if diff := cmp.Diff(want, got, ignorePrinted); diff != "" {
					t.Errorf("(-original +variant):\n%s", diff)
				}
			})
		}
	}
}

// TestFormatRoundTrip: Parse(Format(d)) gives back d, for every document of
// testdata with its Printed cleared, and Format is stable.
func TestFormatRoundTrip(t *testing.T) {
	for _, w := range corpusWants {
		t.Run(w.file, func(t *testing.T) {
			d := mustParse(t, readDoc(t, w.file))
			d.Printed, d.Extra = Printed{}, nil
			text := d.Format()
			got := mustParse(t, text)
			if diff := cmp.Diff(d, got); diff != "" {
				t.Errorf("Parse(Format(d)) (-d +got):\n%s\n%s", diff, text)
			}
			if again := got.Format(); again != text {
				t.Errorf("Format is not stable:\n%s\n----\n%s", text, again)
			}
			// The official layout breaks only the rules the values break.
			for _, v := range got.Validate() {
				switch v.Rule {
				case RuleNumberMissing, RuleMotto:
				default:
					if w.file != "454_UBND-NCTH.txt" && w.file != "7334_VPCP-KGVX.txt" && w.file != "2541_VPCP-QHQT.txt" {
						t.Errorf("violation after Format: %v", v)
					}
				}
			}
		})
	}
}

// TestFormatSeed pins the layout of the seed.
func TestFormatSeed(t *testing.T) {
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	got := d.Format()
	want := readDoc(t, "491_UBND-KGVX.format.txt")
	if got != want {
		t.Errorf("Format:\n%s\nwant (testdata/491_UBND-KGVX.format.txt):\n%s", got, want)
	}
}

// TestFormatValues formats a document built as values and reads it back.
func TestFormatValues(t *testing.T) {
	d := &Document{
		Heading: QuocHieu, Motto: TieuNgu,
		Superior: "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", Organ: "SỞ NỘI VỤ",
		Place:   "Kiên Giang",
		Subject: "báo cáo kết quả thực hiện công tác dân vận năm 2021",
		Urgency: Khan,
		Addressees: []Recipient{
			{Text: "Các phòng, ban thuộc Sở"},
			{Text: "Ủy ban nhân dân các huyện, thành phố"},
		},
		Body: Body{
			Opening: []Paragraph{{Text: "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện như sau:"}},
			Items: []Item{
				{Marker: "1.", Number: "1", Paragraphs: []Paragraph{{Text: "Tổng kết công tác dân vận năm 2021."}},
					Items: []Item{{Marker: "a)", Number: "a", Paragraphs: []Paragraph{{Text: "Đánh giá kết quả đạt được;"}}}}},
				{Marker: "2.", Number: "2", Paragraphs: []Paragraph{{Text: "Gửi báo cáo về Sở Nội vụ trước ngày 15/12/2021."}}},
			},
			Closing: []Paragraph{{Text: "Trên đây là đề nghị của Sở Nội vụ./."}},
		},
		Signature: Signature{Authority: KT, For: "GIÁM ĐỐC", Title: "PHÓ GIÁM ĐỐC", Name: "Trần Văn An"},
		CopyTo:    []Recipient{{Text: "Như trên"}, {Text: "UBND tỉnh", Note: "để b/c"}},
		Archive:   Archive{Units: []string{"VT", "XDCQ"}, Copies: 2},
	}
	d.Ref.Number = "1234"
	d.Ref.Issuers = []string{"SNV"}
	d.Ref.Unit = "XDCQ"
	d.Ref.Type = "Công văn"
	d.Ref.Date = mustDate("2021-11-05")
	// What Parse derives from the values.
	d.Ref.Family = mustParse(t, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1234/SNV-XDCQ").Ref.Family
	got := mustParse(t, d.Format())
	d.Tasks, d.Reports = got.Tasks, got.Reports
	if diff := cmp.Diff(d, got); diff != "" {
		t.Errorf("Parse(Format(d)) (-d +got):\n%s\n%s", diff, d.Format())
	}
	if vs := got.Validate(); len(vs) > 0 {
		t.Errorf("a document built as values and formatted has violations: %v", vs)
	}
	if len(got.Reports) != 1 || got.Reports[0].To != "Sở Nội vụ" || got.Reports[0].DueDate != mustDate("2021-12-15") {
		t.Errorf("Reports = %+v", got.Reports)
	}
}
