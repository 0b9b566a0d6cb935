package directive

import (
	"strings"
	"testing"
)

// FuzzParse: Parse never panics; the spans of the tasks' assignees and
// deadlines and of the reports' bearers and deadline hold their text; a
// document it reads formats to a text it reads again, to the same layout
// (Format is stable), and Resolve, Validate and the exchange encodings
// never panic either. Parse's time is linear by
// construction (one pass per stage over the lines, bounded look-ahead);
// TestParseLinear counts its work, BenchmarkParseSize times it.
func FuzzParse(f *testing.F) {
	for _, w := range corpusWants {
		f.Add(readDoc(f, w.file))
	}
	f.Add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/A-B\nKT. CHỦ TỊCH\n")
	f.Add("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\nV/v x\nKính gửi:\n- a;\n- b.\n1. x\na) y\nNơi nhận:\n- Lưu: VT(3). X\nTM. ỦY BAN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nA B")
	h := hierarchy(f, "kiengiang.json")
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
		checkSpans(t, d)
		if r, err := d.Resolve(h, nil, ResolveOptions{Issuer: "91/ubnd"}); err == nil {
			for _, u := range r.Units {
				if len(u.Tasks) == 0 && len(u.Reports) == 0 {
					t.Fatalf("unit %s without duties", u.Unit)
				}
			}
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

// checkSpans checks that the spans Parse gives hold the text they name.
func checkSpans(t *testing.T, d *Document) {
	t.Helper()
	for _, task := range d.Tasks {
		for _, a := range task.Assignees {
			if !a.Inherited && (a.Start < 0 || a.End > len(task.Text) || a.Start >= a.End || task.Text[a.Start:a.End] != a.Text) {
				t.Fatalf("task %q: assignee %+v", task.Item, a)
			}
			if a.Role < Responsible || a.Role > Support {
				t.Fatalf("task %q: role %v", task.Item, a.Role)
			}
		}
		for _, p := range task.Deadlines {
			if p.Start < 0 || p.End > len(task.Text) || p.Start >= p.End || task.Text[p.Start:p.End] != p.Text || p.Expr.Kind == 0 {
				t.Fatalf("task %q: deadline %+v", task.Item, p)
			}
		}
	}
	for _, r := range d.Reports {
		s := r.Sentence
		for _, a := range r.Bearers {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End || s[a.Start:a.End] != a.Text {
				t.Fatalf("report %+v: bearer %+v", r, a)
			}
		}
		if p := r.Deadline; !p.IsZero() && (p.Start < 0 || p.End > len(s) || p.Start >= p.End || s[p.Start:p.End] != p.Text || r.Due != p.Text) {
			t.Fatalf("report %+v: deadline %+v", r, p)
		}
	}
}
