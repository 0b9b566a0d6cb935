package legalref

import (
	"github.com/vanban-go/vanban/internal/vntext"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Issuer names are open-ended ("Hội Nạn nhân chất độc da cam/dioxin Việt
// Nam"), so a name is read in two steps: the longest name the registry knows
// or a head word that starts the name of a body (Bộ, Ban, Ủy ban, Sở…), then
// a tail of place words, capitalised words and the compound syllables that
// Vietnamese writes in lower case inside a name ("Giáo dục và Đào tạo").

// headWords start the name of a body the registry does not know.
var headWords = []string{
	"bo truong", "thu truong", "chu tich", "pho chu tich", "giam doc", "tong giam doc", "chanh an", "vien truong",
	"thong doc", "tong kiem toan", "truong ban", "tong bi thu", "bi thu", "chanh van phong",
	"uy ban", "hoi dong", "van phong", "ban", "bo", "so", "cuc", "tong cuc", "vu", "vien", "toa an",
	"truong", "hoc vien", "dai hoc", "tap doan", "tong cong ty", "cong ty", "ngan hang", "kho bac",
	"dang uy", "tinh uy", "thanh uy", "huyen uy", "quan uy", "chi bo", "dang doan", "doan", "lien doan",
	"mat tran", "thanh tra", "kiem toan", "hoi nghi", "dai hoi", "hoi", "phong", "trung tam", "chi cuc", "benh vien",
	"the", "ministry", "government", "office", "committee", "people's", "prime",
}

// placeWords introduce the place of a local body ("Ủy ban nhân dân tỉnh
// Quảng Ninh"), by their first word.
var placeWords = map[string]string{"thanh": "thanh pho", "thi": "thi xa|thi tran", "tinh": "tinh", "huyen": "huyen", "quan": "quan", "xa": "xa", "phuong": "phuong", "tp": "tp"}

// stopWords end a name: the words that follow a name in a citation (its
// title, a verb, a preposition). They are compared with their diacritics,
// so that "da" (da cam) is not "đã".
var stopWords = map[string]bool{}

// capStops are the stop words that still end a name when capitalised, as
// the first word of a title in title case ("… Chính phủ Về việc …").
var capStops = map[string]bool{
	"về": true, "quy": true, "hướng": true, "sửa": true, "bổ": true, "thay": true, "bãi": true, "phê": true,
	"thực": true, "triển": true, "tăng": true, "tiếp": true, "đẩy": true, "nâng": true, "xây": true, "ve": true,
	"dated": true, "regarding": true, "on": true,
	// The words after a name placed before the number, in capitals:
	// "THÔNG TƯ CỦA BỘ TÀI CHÍNH SỐ 59/2001/TT-BTC NGÀY …".
	"số": true, "ngày": true, "của": true,
}

func init() {
	for _, w := range []string{
		"về", "quy", "hướng", "ban", "sửa", "bổ", "thay", "bãi", "phê", "thực", "triển", "của", "tại",
		"theo", "đã", "đến", "năm", "ngày", "số", "trong", "nhằm", "với", "cho", "là", "này", "trên",
		"được", "để", "việc", "khi", "yêu", "giao", "gửi", "họp", "có", "thì", "đồng", "ký", "kèm",
		"như", "mà", "nếu", "vào", "ra", "từ", "ở", "qua", "sau", "trước", "đang", "sẽ", "cần", "phải",
		"cũng", "hoặc", "và", "tổ", "nâng", "tăng", "tiếp", "đẩy", "xây", "công", "chỉ", "nghị",
		"quyết", "thông", "chương", "kế", "kết", "đề", "dated", "on", "of", "regarding", "on",
		"ve", "cua", "tai", "theo", "nam", "ngay", "so", "trong", "voi", "cho", "nay", "tren", "duoc",
		"de", "viec", "khi", "huong", "sua", "thay", "bai", "phe", "thuc",
	} {
		stopWords[w] = true
	}
}

// isStop reports whether the word s[i:j] is a stop word.
func isStop(s string, i, j int) bool { return stopIn(s, i, j, stopWords) }

// isCapStop reports whether the capitalised word s[i:j] starts a title.
func isCapStop(s string, i, j int) bool { return stopIn(s, i, j, capStops) }

func stopIn(s string, i, j int, set map[string]bool) bool {
	if j-i > 24 {
		return false
	}
	var a, b [64]byte
	w := a[:0]
	if ascii(s[i:j]) {
		w = append(w, s[i:j]...)
	} else {
		w = norm.NFC.AppendString(w, s[i:j])
	}
	l := b[:0]
	for k := 0; k < len(w); {
		r, n := utf8.DecodeRune(w[k:])
		l = utf8.AppendRune(l, unicode.ToLower(r))
		k += n
	}
	return set[string(l)]
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// matchIssuerName returns the end of the longest registry name at i.
func (sc *scanner) matchIssuerName(i int) (int, nameEntry, bool) {
	r, _ := runeAt(sc.s, i)
	if !isLetter(r) {
		return 0, nameEntry{}, false
	}
	f := vntext.FoldRune(r)
	if f < 0 || f >= 128 {
		return 0, nameEntry{}, false
	}
	// The first letters of the text, squeezed, to skip names quickly.
	var pre [4]byte
	np := 0
	for k := i; np < len(pre) && k < len(sc.s); {
		r, n := runeAt(sc.s, k)
		k += n
		if g := vntext.FoldRune(r); g > ' ' && g < utf8.RuneSelf {
			pre[np] = byte(g)
			np++
		} else if g != ' ' && g != vntext.Drop {
			break
		}
	}
	// Compare the first four bytes as one number; a key shorter than four
	// bytes, or a text with fewer letters, compares on what both have.
	tp := prefix4(pre[:np])
	names := sc.reg.namesByFirst[f]
	for k := range names {
		e := &names[k]
		if m := min(np, len(e.key)); m == 4 && e.pre != tp || m < 4 && string(pre[:m]) != e.key[:m] {
			continue
		}
		if end, ok := matchKey(sc.s, i, e.key, true); ok {
			return end, *e, true
		}
	}
	return 0, nameEntry{}, false
}

// nextWord returns the start and end of the word after the single gap of
// white space at i, which must not hold a blank line.
func nextWord(s string, i int) (int, int, bool) {
	q, ok := skipInline(s, i)
	if !ok || q == i || q >= len(s) {
		return 0, 0, false
	}
	e := nameWordEnd(s, q)
	if e == q {
		return 0, 0, false
	}
	return q, e, true
}

// nameWordEnd returns the end of a word inside a name, which may hold a
// slash between letters ("da cam/dioxin") or an apostrophe ("People's").
func nameWordEnd(s string, i int) int {
	e := wordEnd(s, i)
	for e+1 < len(s) && (s[e] == '/' || s[e] == '\'') && e > i {
		if r, _ := runeAt(s, e+1); !isLetter(r) {
			break
		}
		if s[e] == '/' && (s[e+1] == 'v' || s[e+1] == 'V') && e-i == 1 {
			break
		}
		e = wordEnd(s, e+1)
	}
	return e
}

// isVv reports whether a "V/v" (về việc) starts at i.
func isVv(s string, i int) bool {
	return i+3 <= len(s) && (s[i] == 'V' || s[i] == 'v') && s[i+1] == '/' && (s[i+2] == 'v' || s[i+2] == 'V') &&
		(i+3 == len(s) || !isASCIILetter(s[i+3]))
}

// readName reads the name of an issuer at i and returns its end.
func (sc *scanner) readName(i int) (int, bool) {
	s := sc.s
	end, first, ok := sc.matchIssuerName(i)
	if !ok {
		if !isUpperAt(s, i) || isVv(s, i) {
			return 0, false
		}
		head := false
		for _, h := range headWords {
			if e, ok := matchKey(s, i, h, false); ok {
				head, end = true, e
				break
			}
		}
		if !head {
			return 0, false
		}
		end = sc.nameBody(end, true)
	} else if !first.english {
		// An English name ends where the registry's does: in title case
		// every word is capitalised ("The Government Detailing …").
		end = sc.nameTail(end)
	}
	// Joint issuers: "Bộ Nội vụ và Văn phòng Chính phủ", "… - …".
	for k := 0; k < 4; k++ {
		q, ok := skipInline(s, end)
		if !ok || q == end && (q >= len(s) || s[q] != ',') {
			break
		}
		var next int
		if s[end] == ',' {
			// "Bộ Chính trị, Ban Bí thư": a comma joins two bodies that
			// sign under one symbol (both /TW).
			next = skipSpace(s, end+1)
			if e2, ent, ok := sc.matchIssuerName(next); ok && ent.name == first.name && first.name != "" {
				end = sc.nameTail(e2)
				continue
			}
			break
		}
		if we, ok := wordIs(s, q, "va"); ok {
			next = skipSpace(s, we)
		} else if n, sep := isSep(s, q); sep == '-' {
			next = skipSpace(s, q+n)
		} else if q < len(s) && s[q] == '&' {
			next = skipSpace(s, q+1)
		} else {
			break
		}
		e2, _, ok := sc.matchIssuerName(next)
		if !ok {
			break
		}
		end = sc.nameTail(e2)
	}
	// "khóa XI", "(khóa XIV)".
	end = sc.termTail(end)
	return end, true
}

// nameTail reads what may follow a known name: a place ("tỉnh Quảng
// Ninh", "TPHCM") or a capitalised continuation.
func (sc *scanner) nameTail(end int) int {
	s := sc.s
	q, e, ok := nextWord(s, end)
	if !ok {
		return end
	}
	var buf [16]byte
	_, k := wordKeyAt(s, q, buf[:])
	pws, ok := placeWords[string(k)]
	if !ok {
		return sc.capitalRun(end)
	}
	for pw := range strings.SplitSeq(pws, "|") {
		if pe, ok := matchKey(s, q, pw, false); ok {
			// The place word alone ("UBND tỉnh") or with its name.
			if pw == "tp" && pe < len(s) && s[pe] == '.' {
				pe++
			}
			return sc.capitalRun(pe)
		}
	}
	_ = e
	return sc.capitalRun(end)
}

// capitalRun extends end over capitalised words and the lower-case
// syllables of their compounds.
func (sc *scanner) capitalRun(end int) int {
	return sc.nameBody(end, false)
}

// nameBody extends a name over the words that continue it. After a
// capitalised word, up to five lower-case syllables may follow when a
// capitalised word comes next ("Hội Nạn nhân chất độc da cam/dioxin Việt
// Nam"), up to three at the end of the clause, and one otherwise ("Bộ Tài
// chính quy định …").
func (sc *scanner) nameBody(end int, afterHead bool) int {
	s := sc.s
	lastCap := afterHead
	for k := 0; k < 16; k++ {
		q, e, ok := nextWord(s, end)
		if !ok {
			// "Lao động - Thương binh": a hyphen between capitalised words.
			p, ok2 := skipInline(s, end)
			if ok2 {
				if n, sep := isSep(s, p); sep == '-' && p > end {
					if q2, e2, ok3 := nextWord(s, p+n); ok3 && isUpperAt(s, q2) && !isCapStop(s, q2, e2) {
						end, lastCap = e2, true
						continue
					}
				}
			}
			return end
		}
		if isVv(s, q) {
			return end
		}
		if isUpperAt(s, q) {
			if isCapStop(s, q, e) {
				return end
			}
			// A capitalised word that starts a known name takes the whole
			// name, lower-case words included ("Chánh Văn phòng Ủy ban
			// nhân dân tỉnh").
			if e2, _, ok := sc.matchIssuerName(q); ok {
				e = e2
			}
			end, lastCap = e, true
			continue
		}
		if !lastCap {
			return end
		}
		// "và" joins two capitalised parts: "Kế hoạch và Đầu tư".
		if isAnd(s, q, e) {
			if q2, e2, ok := nextWord(s, e); ok && isUpperAt(s, q2) && !isCapStop(s, q2, e2) {
				end = e2
				continue
			}
			return end
		}
		// A run of lower-case syllables.
		n, last, stop := 0, end, false
		p := end
		var runEnds [6]int
		for n < 6 {
			q2, e2, ok := nextWord(s, p)
			if !ok || isUpperAt(s, q2) {
				break
			}
			if isStop(s, q2, e2) {
				stop = true
				break
			}
			runEnds[n] = e2
			n++
			p = e2
			last = e2
		}
		_ = last
		if n == 0 {
			return end
		}
		q3, _, more := nextWord(s, p)
		capNext := more && isUpperAt(s, q3) && !isVv(s, q3)
		clauseEnd := !more && !stop
		switch {
		case capNext && n <= 5 && !stop:
			end = runEnds[n-1]
			lastCap = false
			continue
		case clauseEnd && n <= 3:
			return runEnds[n-1]
		default:
			return runEnds[0]
		}
	}
	return end
}

func isAnd(s string, i, j int) bool {
	return j-i == 3 && s[i] == 'v' && s[i+1] == 0xC3 && s[i+2] == 0xA0 || j-i == 2 && s[i:j] == "va" || s[i:j] == "and" ||
		j-i == 4 && s[i] == 'v' && s[i+1] == 'a' && s[i+2] == 0xCC && s[i+3] == 0x80
}

// termTail reads the term of a Party body after its name: "khóa XI",
// "(khóa XIV)", "khoá 13".
func (sc *scanner) termTail(end int) int {
	s := sc.s
	q, ok := skipInline(s, end)
	if !ok {
		return end
	}
	paren := q < len(s) && s[q] == '('
	if paren {
		q = skipSpace(s, q+1)
	}
	we, ok := wordIs(s, q, "khoa")
	if !ok {
		return end
	}
	p := skipSpace(s, we)
	v := p
	for v < len(s) {
		if isDigit(s[v]) {
			v++
			continue
		}
		// Roman numerals, also with diacritics scrambled onto them
		// ("khỏá XÍĨ").
		r, n := runeAt(s, v)
		if isMark(r) && v > p {
			v += n
			continue
		}
		if f := vntext.FoldRune(r); (f == 'i' || f == 'v' || f == 'x' || f == 'l') && unicode.IsUpper(r) {
			v += n
			continue
		}
		break
	}
	if r, _ := runeAt(s, v); v == p || isLetter(r) {
		return end
	}
	if paren {
		v2 := skipSpace(s, v)
		if v2 >= len(s) || s[v2] != ')' {
			return end
		}
		return v2 + 1
	}
	return v
}
