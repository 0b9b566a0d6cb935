package directive

import (
	"strings"
	"testing"
)

// FuzzParse: Parse never panics; a document it reads formats to a text it
// reads again, to the same layout (Format is stable), and Validate and the
// exchange encodings never panic either. Parse's time is linear by
// construction (one pass per stage over the lines, bounded look-ahead);
// BenchmarkParseSize measures it.
func FuzzParse(f *testing.F) {
	for _, w := range corpusWants {
		f.Add(readDoc(f, w.file))
	}
	f.Add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/A-B\nKT. CHỦ TỊCH\n")
	f.Add("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\nV/v x\nKính gửi:\n- a;\n- b.\n1. x\na) y\nNơi nhận:\n- Lưu: VT(3). X\nTM. ỦY BAN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nA B")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		d, err := Parse(text)
		if err != nil {
			if d != nil {
				t.Fatal("a document with an error")
			}
			if !strings.HasPrefix(err.Error(), "directive: ") {
				t.Fatalf("error without prefix: %v", err)
			}
			return
		}
		_ = d.Validate()
		_ = d.Metadata()
		_ = d.MessageHeader("000.00.00.H30")
		out := d.Format()
		d2, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(Format(d)): %v\n%s", err, out)
		}
		// Format is stable for a document with a full heading; a scrap of
		// text that barely passes for a document may lay out otherwise.
		if d.Organ == "" || d.Ref.Symbol() == "" || d.Subject == "" || d.Ref.Date == 0 {
			return
		}
		if out2 := d2.Format(); out2 != out {
			t.Fatalf("Format is not stable:\n%s\n----\n%s", out, out2)
		}
	})
}
