package vntext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The Vietnamese alphabet (Quyết định 29/QĐ of 1 March 2001 on the spelling
// of Vietnamese; Unicode 15, chart "Latin Extended Additional"): the twelve
// vowels, each with no tone and the five tones (huyền, sắc, hỏi, ngã, nặng).
var vowels = []struct {
	base   string
	plain  string
	tones5 [5]string
}{
	{"a", "a", [5]string{"à", "á", "ả", "ã", "ạ"}},
	{"a", "ă", [5]string{"ằ", "ắ", "ẳ", "ẵ", "ặ"}},
	{"a", "â", [5]string{"ầ", "ấ", "ẩ", "ẫ", "ậ"}},
	{"e", "e", [5]string{"è", "é", "ẻ", "ẽ", "ẹ"}},
	{"e", "ê", [5]string{"ề", "ế", "ể", "ễ", "ệ"}},
	{"i", "i", [5]string{"ì", "í", "ỉ", "ĩ", "ị"}},
	{"o", "o", [5]string{"ò", "ó", "ỏ", "õ", "ọ"}},
	{"o", "ô", [5]string{"ồ", "ố", "ổ", "ỗ", "ộ"}},
	{"o", "ơ", [5]string{"ờ", "ớ", "ở", "ỡ", "ợ"}},
	{"u", "u", [5]string{"ù", "ú", "ủ", "ũ", "ụ"}},
	{"u", "ư", [5]string{"ừ", "ứ", "ử", "ữ", "ự"}},
	{"y", "y", [5]string{"ỳ", "ý", "ỷ", "ỹ", "ỵ"}},
}

func TestFoldRuneEveryVowelAndTone(t *testing.T) {
	for _, v := range vowels {
		forms := append([]string{v.plain}, v.tones5[:]...)
		for _, f := range forms {
			for _, c := range []string{f, strings.ToUpper(f)} {
				// Composed: one rune folds to the base letter.
				r, n := utf8.DecodeRuneInString(c)
				if n != len(c) {
					t.Fatalf("%q is not one composed rune", c)
				}
				if got := FoldRune(r); got != rune(v.base[0]) {
					t.Errorf("FoldRune(%q) = %q, want %q", c, got, v.base)
				}
				// Decomposed: the key is the same.
				if got := Key(norm.NFD.String(c)); got != v.base {
					t.Errorf("Key(NFD %q) = %q, want %q", c, got, v.base)
				}
			}
		}
	}
}

func TestFoldRuneD(t *testing.T) {
	for _, r := range []rune{'đ', 'Đ', 'd', 'D'} {
		if got := FoldRune(r); got != 'd' {
			t.Errorf("FoldRune(%q) = %q, want 'd'", r, got)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Nghị định", "nghi dinh"},
		{"NGHỊ ĐỊNH", "nghi dinh"},
		{"nghi dinh", "nghi dinh"},
		{"Nghi dinh", "nghi dinh"},
		{norm.NFD.String("Nghị định"), "nghi dinh"},
		{"  Ủy\u00a0ban \t nhân\u200bdân\n", "uy ban nhandan"},
		{"Độc Lập - Tự Do - Hạnh Phúc", "doc lap - tu do - hanh phuc"},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "cong hoa xa hoi chu nghia viet nam"},
		// Old-style tone placement (hoà, thuỷ) folds like the new (hòa, thủy).
		{"Hoà Bình, Thuỷ lợi", "hoa binh, thuy loi"},
		// OCR damage: a tone mark detached onto a space or doubled.
		{"Nghi\u0323 đi\u0323\u0323nh", "nghi dinh"},
		{"Số: 491 /UBND-KGVX", "so: 491 /ubnd-kgvx"},
		{"", ""},
		{"\u200b\u00ad", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpacesAndClean(t *testing.T) {
	tests := []struct {
		in, spaces string
	}{
		{"plain text", "plain text"},
		{"  lead and trail  ", "lead and trail"},
		{"a\u00a0\u00a0b\u202fc\u3000d", "a b c d"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"line\r\nbreak\t\ttab", "line break tab"},
		{"soft\u00adhyphen", "softhyphen"},
		{"bad\xffbyte", "bad\xffbyte"},
	}
	for _, tt := range tests {
		if got := Spaces(tt.in); got != tt.spaces {
			t.Errorf("Spaces(%q) = %q, want %q", tt.in, got, tt.spaces)
		}
	}
	nfd := norm.NFD.String("  Kiên  Giang ")
	if got, want := Clean(nfd), "Kiên Giang"; got != want {
		t.Errorf("Clean(NFD) = %q, want %q", got, want)
	}
	if !norm.NFC.IsNormalString(NFC(nfd)) {
		t.Errorf("NFC(%q) is not NFC", nfd)
	}
}

func TestFoldOffsets(t *testing.T) {
	orig := norm.NFD.String("Căn cứ Nghị định số 30/2020/NĐ-CP")
	f := Fold(orig)
	if want := "can cu nghi dinh so 30/2020/nd-cp"; f.Key != want {
		t.Fatalf("Fold key = %q, want %q", f.Key, want)
	}
	i := strings.Index(f.Key, "nghi dinh")
	s, e := f.Span(i, i+len("nghi dinh"))
	if got, want := norm.NFC.String(orig[s:e]), "Nghị định"; got != want {
		t.Errorf("span of %q = %q, want %q", "nghi dinh", got, want)
	}
	j := strings.Index(f.Key, "30/2020/nd-cp")
	s, e = f.Span(j, j+len("30/2020/nd-cp"))
	if got, want := norm.NFC.String(orig[s:e]), "30/2020/NĐ-CP"; got != want {
		t.Errorf("span of symbol = %q, want %q", got, want)
	}
	if f.Offset(len(f.Key)) != len(orig) {
		t.Errorf("Offset(len(Key)) = %d, want %d", f.Offset(len(f.Key)), len(orig))
	}
	var zero Folded
	if zero.Offset(3) != 0 || zero.Key != "" {
		t.Errorf("zero Folded: Offset(3) = %d", zero.Offset(3))
	}
}

func checkFold(t *testing.T, s string) {
	t.Helper()
	f := Fold(s)
	if f.Offset(len(f.Key)) != len(s) {
		t.Fatalf("Fold(%q).Offset(end) = %d, want %d", s, f.Offset(len(f.Key)), len(s))
	}
	// The boundaries of the original as a UTF-8 decoder steps through it
	// (an invalid byte is a step of its own).
	boundary := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	boundary[len(s)] = true
	prev := 0
	for i := 0; i <= len(f.Key); i++ {
		o := f.Offset(i)
		if o < prev || o > len(s) {
			t.Fatalf("Fold(%q).Offset(%d) = %d, not monotone in [0,%d]", s, i, o, len(s))
		}
		if !boundary[o] {
			t.Fatalf("Fold(%q).Offset(%d) = %d is inside a rune", s, i, o)
		}
		prev = o
	}
	if k := Key(s); k != strings.Trim(f.Key, " ") && utf8.ValidString(s) {
		t.Fatalf("Key(%q) = %q, but Fold key trimmed = %q", s, k, strings.Trim(f.Key, " "))
	}
	if k := Key(s); Key(k) != k {
		t.Fatalf("Key is not idempotent on %q: %q then %q", s, k, Key(k))
	}
	if Key(norm.NFC.String(s)) != Key(norm.NFD.String(s)) && utf8.ValidString(s) && !hasHangul(s) {
		t.Fatalf("Key differs between NFC and NFD of %q", s)
	}
}

func TestFoldProperties(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Đ", "\u0301", "a\u0301 \u0301", "\xff\xfe", "Ủy ban\u00a0\u00a0nhân dân", " \t x \n"} {
		checkFold(t, s)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nghị định số 145/2020/NĐ-CP", norm.NFD.String("Ủy ban nhân dân tỉnh"), "\u00a0\u200b\xff", "ĐỘC LẬP - TỰ DO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFold(t, s)
		if sp := Spaces(s); Spaces(sp) != sp {
			t.Fatalf("Spaces is not idempotent on %q", s)
		}
	})
}

// hasHangul reports whether s has Hangul, whose syllables decompose
// algorithmically into letters (jamo) rather than into a letter and marks, so
// their keys differ between NFC and NFD by design.
func hasHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// TestFoldRuneAllRunes checks every Unicode scalar value: FoldRune is
// idempotent, and the key of a rune equals the key of its canonical
// decomposition (Hangul syllables excepted, whose decomposition is letters).
// CI's fuzzing found the first counter-example (U+1B3B, a Balinese vowel sign
// that decomposes to a non-spacing and a spacing mark); this test covers the
// whole range instead of waiting for the fuzzer.
func TestFoldRuneAllRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		f := FoldRune(r)
		if f != Drop && FoldRune(f) != f {
			t.Errorf("FoldRune(%U) = %U, but FoldRune(%U) = %U", r, f, f, FoldRune(f))
		}
		s := string(r)
		if d := norm.NFD.String(s); d != s && !hasHangul(s) && Key(d) != Key(s) {
			t.Errorf("Key(%U) = %q, but Key of its decomposition %+q = %q", r, Key(s), d, Key(d))
		}
	}
}
