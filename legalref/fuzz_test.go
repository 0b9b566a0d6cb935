package legalref

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ",
		"Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư khóa XI",
		"Số: 491 /UBND-KGVX", "Số: /HC-TH", "Chỉ thị 05", "(Chỉ thị 05)",
		"QCVN 102:2016/BTTTT", "Decree No. 34/2016/ND-CP dated May 14, 2016 of the Government",
		"nghi dinh so 28 2020 nd cp", "công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009",
		"Số: 2597/VPCP-NCV/v tổ chức họp mặt", "CÔNG BÁO/Số 283 + 284/Ngày 08-02-2021",
		"các Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025; số 187/2025/NĐ-CP",
		"Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13",
		"Chỉ thị số 05-CT/TW (sau đây gọi tắt là Chỉ thị 05). Chỉ thị 05",
		"Nghị định này thay thế Nghị định số 110/2004/NĐ-CP",
		"Số: 97-QĐ/TW\n\nHà Nội, ngày 07 tháng 02 năm 2023\n\nQUY ĐỊNH",
	} {
		f.Add(s)
	}
}

// FuzzParse checks that Parse never panics and that every reference it
// returns reads back from its String (the issuer's name in the registry's
// spelling).
func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !asParseError(err, &pe) || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q): bad error %v", s, err)
			}
			return
		}
		_ = r.Symbol()
		_ = r.ID()
		r = spelled(r)
		back, err := Parse(r.String())
		if err != nil || !back.Equal(r) {
			t.Fatalf("Parse(%q) = %#v;\nString %q reads back as %#v, %v", s, r, r.String(), back, err)
		}
	})
}

func asParseError(err error, pe **ParseError) bool {
	p, ok := err.(*ParseError)
	*pe = p
	return ok
}

// FuzzExtract checks that Extract never panics and returns ordered,
// non-overlapping spans inside the text, also for long repetitive input.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, text := range []string{s, strings.Repeat(s, 50)} {
			prev := 0
			ms := Extract(text)
			for k, m := range ms {
				if m.Start < prev || m.End <= m.Start || m.End > len(text) {
					t.Fatalf("Extract(%q): bad span %d [%d:%d] after %d", text, k, m.Start, m.End, prev)
				}
				if m.Antecedent >= k || m.Subject >= len(ms) || m.Subject < -1 {
					t.Fatalf("Extract(%q): bad index in %+v", text, m)
				}
				prev = m.End
			}
		}
	})
}

// FuzzRefUnmarshalJSON checks that reading a stored Ref never panics, that
// an error is a *ParseError with an offset inside its input or an error of
// encoding/json, and that a Ref it accepts is written back to JSON that
// reads as the same Ref.
func FuzzRefUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		"Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ",
		"Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP", "Số: 491 /UBND-KGVX",
		"Kết luận số 114-KL/TW ngày 14-7-2015 của Ban Bí thư", "QCVN 102:2016/BTTTT",
		"Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13",
	} {
		b, err := json.Marshal(MustParse(s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		`{}`, `null`, `"Chỉ thị 05"`, `""`, `{"date":"2021-02-30"}`, `{"date":"2021-2-3"}`,
		`{"family":"Party","number":"5","issuers":[],"term":-1}`, `{"family":9}`,
		`{"date":"9999-12-31","year":-5,"issuers":["a","b"]}`, `[1]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var r Ref
		err := json.Unmarshal([]byte(s), &r)
		if err != nil {
			if pe, ok := errors.AsType[*ParseError](err); ok && (pe.Offset < 0 || pe.Offset > len(pe.Input)) {
				t.Fatalf("Unmarshal(%q): offset out of range: %v", s, err)
			}
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("Marshal(%#v): %v", r, err)
		}
		var back Ref
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
			t.Fatalf("%q → %#v → %s → %#v, %v", s, r, b, back, err)
		}
	})
}
