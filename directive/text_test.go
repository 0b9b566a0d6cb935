package directive

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// TestHasSpecial: appendColumns hands a line to vntext.Spaces only when
// hasSpecial says so (the line trimmed, with no run of spaces), so
// hasSpecial must hold for every rune inside a line that Spaces would fold
// or drop (it may hold for a few more: combining marks, which Spaces keeps).
func TestHasSpecial(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{"ab" + string(r) + "c", "Sở" + string(r) + "tế"} {
			if vntext.Spaces(s) != s && !hasSpecial(s) {
				t.Errorf("hasSpecial(%q) = false, but vntext.Spaces changes it", s)
			}
		}
	}
}

// TestCheapTests: the byte searches that gate the costlier readers.
func TestCheapTests(t *testing.T) {
	for _, tt := range []struct {
		s          string
		ogham, bao bool
	}{
		{"Ủy ban nhân dân tỉnh", false, false},
		{"a\u1680b", true, false},
		{"x\xc3\x9a\x80", false, false}, // 0x9A 0x80 after C3, not E1
		{"báo cáo", false, true},
		{"BÁO CÁO", false, true},
		{"Thông Bao", false, true},
		{"bác, ba, bo, Bá", false, false},
		{"b", false, false},
	} {
		if got := hasSpecial(tt.s); got != tt.ogham {
			t.Errorf("hasSpecial(%q) = %v", tt.s, got)
		}
		if got := hasBao(tt.s); got != tt.bao {
			t.Errorf("hasBao(%q) = %v", tt.s, got)
		}
	}
}

// TestWordEnd: wordEnd finds the ends that splitWords gives.
func TestWordEnd(t *testing.T) {
	for _, s := range []string{
		"", " ", "Nơi nhận:", "Nơi nhận: - Như trên;", "Lưu: VT, KGVX(3).", "  Lưu VT",
		"Noi\u0301 nha\u0323\u0302n", "\u0301a b", "a\u0301\u0302 b\u0303 ", "Điều 3.", "a1,b2;c3 d4",
		"ỦY BAN\tNHÂN\u00a0DÂN", "x\xffy z", "“Dân vận khéo”", "BộCông Thương",
	} {
		ws := splitWords(s, nil)
		for n := 1; n <= len(ws)+1; n++ {
			want := -1
			if n <= len(ws) {
				want = ws[n-1].end
			}
			if got := wordEnd(s, n); got != want {
				t.Errorf("wordEnd(%q, %d) = %d, want %d", s, n, got, want)
			}
		}
	}
}

// TestCleanPiece: cleanPiece gives what vntext.Spaces gives, for every rune
// alone, at either end, between words and next to a space, and for invalid
// UTF-8.
func TestCleanPiece(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, c + "ab", "ab" + c, "a" + c + "b", "a " + c + "b", "a" + c + " b", "Sở " + c + c + " tế"} {
			if got, want := cleanPiece(s), vntext.Spaces(s); got != want {
				t.Fatalf("cleanPiece(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"a\xc2b", "a\xe1\x9a", "a\xe1\x9a\x80", "\xe2\x80", "x\xef", "a  b", " a", "a ", "a\tb", "a\x7fb"} {
		if got, want := cleanPiece(s), vntext.Spaces(s); got != want {
			t.Errorf("cleanPiece(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAppendKey: appendKey gives what vntext.Key gives, for every rune
// alone, between words and next to spaces, and for invalid UTF-8.
func TestAppendKey(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, " " + c + "Ab ", "Sở" + c + c + " \t tế"} {
			if got, want := string(appendKey([]byte("x"), s)), "x"+vntext.Key(s); got != want {
				t.Fatalf("appendKey(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "  ", "a\xffb", "\xe1\x9a", "ĐÃ KÝ", "(Đã ký)", "Ký tên, đóng dấu", "Noi\u0301 nha\u0323\u0302n"} {
		if got, want := string(appendKey(nil, s)), vntext.Key(s); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestStripMarkdown: stripMarkdown gives what removing every "**" and then
// the heading mark gives, for every text of up to seven bytes of "*", "a",
// " " and "#".
func TestStripMarkdown(t *testing.T) {
	want := func(s string) string {
		s = strings.ReplaceAll(s, "**", "")
		if u := strings.TrimLeft(strings.TrimLeft(s, " \t"), "#"); len(u) < len(strings.TrimLeft(s, " \t")) && u != "" && u[0] == ' ' {
			return u
		}
		return s
	}
	var gen func(s string)
	gen = func(s string) {
		if got := stripMarkdown(s); got != want(s) {
			t.Errorf("stripMarkdown(%q) = %q, want %q", s, got, want(s))
		}
		if len(s) < 7 {
			for _, c := range []string{"*", "a", " ", "#"} {
				gen(s + c)
			}
		}
	}
	gen("")
}

// TestReadAuthorityFirstByte: no text whose first byte is not an ASCII T, K
// or Q starts with a form of an authority, as strings.EqualFold compares
// them, so readAuthority may rule such texts out on their first byte.
func TestReadAuthorityFirstByte(t *testing.T) {
	forms := []string{"TUQ", "T/M", "K/T", "T/L", "T.M", "K.T", "T.L", "TM", "KT", "TL", "Q"}
	for r := rune(0); r < 0x30000; r++ {
		if !utf8.ValidRune(r) || strings.ContainsRune("tTkKqQ", r) {
			continue
		}
		for _, rest := range []string{"", "M. X", "T. CHỦ TỊCH", "/M BAN", ".T X", "UQ. A"} {
			s := string(r) + rest
			for _, f := range forms {
				if len(s) >= len(f) && strings.EqualFold(s[:len(f)], f) {
					t.Fatalf("%q starts with %q", s, f)
				}
			}
			if a, n := readAuthority(s); a != Direct || n != 0 {
				t.Fatalf("readAuthority(%q) = %v, %d", s, a, n)
			}
		}
	}
}

// TestMayNeedSpaces8: the word test flags a word exactly when one of its
// bytes is one that specialIn looks at or from 0xE2 to 0xEF, for every byte
// in every position.
func TestMayNeedSpaces8(t *testing.T) {
	for _, fill := range []byte{'a', ' ', 0x21, 0x80, 0x99, 0x9B, 0xC3, 0xE1, 0xFF} {
		for pos := range 8 {
			for c := range 256 {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[pos] = byte(c)
				lead := func(c byte) bool { return pieceBytes[c] != 0 || 0xE2 <= c && c <= 0xEF }
				want := lead(byte(c)) || lead(fill)
				if got := mayNeedSpaces8(load64(string(b), 0)); got != want {
					t.Fatalf("mayNeedSpaces8(% x) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// TestCleanPieceLong: cleanPiece gives what vntext.Spaces gives with a
// special space, an invisible character or a control at every offset of a
// longer line, across the words that needsSpaces tests at once.
func TestCleanPieceLong(t *testing.T) {
	const line = "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện"
	for _, c := range []string{"\u1680", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u3000", "\u2003", "\t", "\x01", "\x7f", "“", "–", "\u0301", "ớ", "Ớ", "ẚ"} {
		for i := 1; i < len(line); i++ {
			if !utf8.RuneStart(line[i]) {
				continue
			}
			s := line[:i] + c + line[i:]
			if got, want := cleanPiece(s), vntext.Spaces(s); got != want {
				t.Fatalf("cleanPiece(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestIsWordRune: the ranges isWordRune decides without the Unicode tables
// answer as the tables do.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if r < utf8.RuneSelf {
			want = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		}
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestIsUpperLines: isUpperText of several lines answers as isUpperText of
// the lines joined.
func TestIsUpperLines(t *testing.T) {
	lines := []string{"ỦY BAN", "NHÂN DÂN", " ", "./.", "X", "1.", "Tỉnh", "a", "\xe1\xba", "ĐẢNG", "”"}
	for a := range lines {
		for b := range lines {
			for c := range lines {
				ls := []string{lines[a], lines[b], lines[c]}
				for n := 1; n <= 3; n++ {
					if got, want := isUpperText(ls[:n]...), isUpperText(strings.Join(ls[:n], "")); got != want {
						t.Fatalf("isUpperText(%q...) = %v, want %v", ls[:n], got, want)
					}
				}
			}
		}
	}
}

// TestClauseStop: clauseBreak and clauseEnd stop where loops testing each
// byte stop, for every text of up to six bytes of ";", "\n", ":", ".",
// "/", " " and "a", from every start and up to every limit.
func TestClauseStop(t *testing.T) {
	wantBreak := func(s string, i int) int {
		for j := i; j < len(s); j++ {
			switch s[j] {
			case ':', ';', '\n':
				return j
			case '.':
				if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '/' {
					return j
				}
			}
		}
		return len(s)
	}
	wantEnd := func(s string, i, limit int) int {
		limit = min(limit, len(s))
		for j := i; j < limit; j++ {
			switch s[j] {
			case ';', '\n':
				return j
			case '.':
				if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '/' {
					return j
				}
			}
		}
		if limit < len(s) {
			for limit > i && s[limit] != ' ' {
				limit--
			}
		}
		return limit
	}
	var gen func(s string)
	gen = func(s string) {
		for i := 0; i <= len(s)+1; i++ {
			if got, want := clauseBreak(s, i), wantBreak(s, i); got != want {
				t.Fatalf("clauseBreak(%q, %d) = %d, want %d", s, i, got, want)
			}
			for limit := 0; limit <= len(s)+1; limit++ {
				if got, want := clauseEnd(s, i, limit), wantEnd(s, i, limit); got != want {
					t.Fatalf("clauseEnd(%q, %d, %d) = %d, want %d", s, i, limit, got, want)
				}
			}
		}
		if len(s) < 6 {
			for _, c := range []string{";", "\n", ":", ".", "/", " ", "a"} {
				gen(s + c)
			}
		}
	}
	gen("")
}

// TestCueStart: every cue word cueAt reads passes the two-byte test of
// cueStart, in lower case and capitalised, and no word whose first two bytes
// fail it gives a cue.
func TestCueStart(t *testing.T) {
	words := []string{
		"trước ngày", "truoc ngay", "trong tháng", "trong thang", "chậm nhất", "cham nhat", "chủ trì", "chu tri",
		"muộn nhất", "muon nhat", "đến hết", "den het", "định kỳ", "dinh ky", "đề nghị", "de nghi",
		"không quá", "khong qua", "kể từ", "ke tu", "hằng tháng", "hàng năm", "hang quy", "phối hợp", "phoi hop",
		"giao", "yêu cầu", "yeu cau",
	}
	for _, w := range words {
		for _, s := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			if w[0] == 0xC4 {
				s = "Đ" + w[2:]
			}
			if cueAt(s+" x", 0) == 0 {
				t.Errorf("cueAt(%q) = 0", s)
			}
			if !cueStart[s[0]].has(s[1]) {
				t.Errorf("cueStart rejects %q", s)
			}
		}
	}
	var tails []string
	for _, w := range words {
		for k := 1; k < 4 && k < len(w); k++ {
			tails = append(tails, w[k:]+" 5 x", w[k:]+" tháng x")
		}
	}
	for c1 := range 256 {
		for c2 := range 256 {
			if cueStart[c1].has(byte(c2)) {
				continue
			}
			for _, tail := range tails {
				if s := string([]byte{byte(c1), byte(c2)}) + tail; cueAt(s, 0) != 0 {
					t.Fatalf("cueAt(%q) = %d, but cueStart rejects it", s, cueAt(s, 0))
				}
			}
		}
	}
}

// TestIsSignedMarkFirstByte: the first-byte test of isSignedMark rules out
// only lines that the key lookup rules out, for every ASCII first byte.
func TestIsSignedMarkFirstByte(t *testing.T) {
	marks := map[string]bool{}
	for _, k := range []string{"da ky", "daky", "ky", "ky ten", "ky ten dong dau", "ky ten, dong dau", "chu ky, dau", "chu ky dau",
		"ky va dong dau", "ky, dong dau", "da ky va dong dau", "ky ten va dong dau", "chu ky so", "ky so"} {
		marks[k] = true
	}
	for c := range utf8.RuneSelf {
		for _, rest := range []string{"", "a ký", "aky", "y", "ý tên", "hữ ký số", "ã ký)", "\tký"} {
			s := string(rune(c)) + rest
			want := len(s) <= 40 && marks[vntext.Key(strings.Trim(s, "()[]{}<> "))]
			if got := isSignedMark(s); got != want {
				t.Errorf("isSignedMark(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestBareAuthorityColumn: a gap of columns does not part an authority form
// from the title it heads, so "KT.      CHỦ TỊCH" spread out by a PDF
// extraction reads as on one line; and a line whose right-hand pieces spell
// an authority line reads the same as that line alone, so Parse(Format(d))
// is stable (an input FuzzParse found: "… QUY ĐỊNH\n0   TM   AA").
func TestBareAuthorityColumn(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"Nơi nhận:        KT.      CHỦ TỊCH", []string{"Nơi nhận:", "KT. CHỦ TỊCH"}},
		{"0   TM   AA", []string{"0", "TM AA"}},
		{"T/M    BAN THƯỜNG VỤ", []string{"T/M BAN THƯỜNG VỤ"}},
		{"Q    AB", []string{"Q", "AB"}}, // a lone letter is no authority
		{"KT.   ", []string{"KT."}},
	} {
		var got []string
		for _, p := range appendColumns(nil, tt.line, 0) {
			got = append(got, p.text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("appendColumns(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	d, err := Parse("Số 0 ngàY 1 tháng 1 năm 2000\nA00A\nQUY ĐỊNH\n0   TM   AA")
	if err != nil {
		t.Fatal(err)
	}
	out := d.Format()
	d2, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if out2 := d2.Format(); out2 != out {
		t.Errorf("Format is not stable:\n%s\n----\n%s", out, out2)
	}
}
