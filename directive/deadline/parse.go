package deadline

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/internal/vntext"
)

// Parse reads one deadline phrase: s must hold the phrase and nothing else
// but white space and punctuation around it. It reads what documents write,
// with or without diacritics, in any case, composed or decomposed (NFD):
//
//   - a day: "trước ngày 20/11/2021", "chậm nhất (là, vào) ngày …",
//     "muộn nhất trong ngày …", "đến hết ngày …", "trước hoặc vào ngày …",
//     "trong ngày …", with the date as 20/11/2021, 20-11-2021, 20.11.2021,
//     20/11/21, "20 tháng 11 năm 2021", 20/11 or 20 (the missing parts come
//     from the document's date when resolved); a full date may leave out
//     "ngày": "trước 20/11/2021", "chậm nhất 15-8-2023", "đến hết
//     31.12.2021", "trước hoặc vào 20/11/21" (but not "trước 20/11", a
//     fraction or a range as often as a day);
//   - a span: "trong tháng 5/2021", "quý I/2022", "trong 6 tháng đầu năm
//     2022", "6 tháng cuối năm", "9 tháng đầu năm", "đến hết năm 2022",
//     "trước tháng 6/2022";
//   - a period from an event: "trong thời hạn 15 ngày làm việc kể từ ngày
//     nhận được văn bản", "05 ngày kể từ ngày ký", "trong vòng 30 ngày",
//     "không quá 10 ngày làm việc", "trong 15 (mười lăm) ngày", "chậm nhất là
//     ngày thứ 90 kể từ ngày kết thúc năm tài chính", "trong ngày làm việc
//     tiếp theo", "ngay trong ngày";
//   - a recurring deadline: "hằng tháng, trước ngày 20", "trước ngày 20 hằng
//     tháng", "trước ngày 10 của tháng sau", "trước ngày 20 của tháng cuối
//     quý", "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", "trước ngày
//     15 tháng 12 hằng năm", "định kỳ 6 tháng", "(trong ngày) thứ Tư hằng
//     tuần";
//   - a time of day before the day: "trước 16 giờ ngày làm việc tiếp theo",
//     "trước 09 giờ 00 phút của ngày làm việc kế tiếp", "chậm nhất 16h30
//     ngày 20/11/2021".
//
// The error is a *[ParseError] with the byte offset in s where reading
// failed. It wraps [ErrNotDeadline] when s holds no deadline phrase at its
// start, [ErrDate] for a day or month that does not exist, and [ErrSyntax]
// when text follows the phrase (use [Extract] for running text).
func Parse(s string) (Expr, error) {
	p := newParser(s, true)
	i := 0
	for i < len(p.t) && p.t[i].kind == tPunct {
		i++
	}
	if i == len(p.t) {
		return Expr{}, &ParseError{Input: s, Msg: "empty", Err: ErrNotDeadline}
	}
	e, j := p.phrase(i)
	if j < 0 {
		if p.fail.err != nil {
			return Expr{}, p.failure(s)
		}
		return Expr{}, &ParseError{Input: s, Offset: p.offset(i), Err: ErrNotDeadline}
	}
	for k := j; k < len(p.t); k++ {
		if p.t[k].kind != tPunct {
			if p.fail.err != nil && p.fail.at >= j {
				return Expr{}, p.failure(s)
			}
			return Expr{}, &ParseError{Input: s, Offset: p.offset(k), Msg: "text after the deadline phrase", Err: ErrSyntax}
		}
	}
	return e, nil
}

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is a word, a number or a punctuation mark of the folded key. It is
// kept small: a text yields about one token for every five bytes.
type token struct {
	b, e int32 // byte span in the key
	n    int32 // tNum: the value, or -1 for more than four digits
	kind tokKind
}

// tokenize splits a folded key into tokens: runs of letters, runs of digits,
// and single other runes; spaces separate.
func tokenize(key string) []token {
	toks := make([]token, 0, len(key)/4+1)
	for i := 0; i < len(key); {
		c := key[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j, n := i, 0
			for j < len(key) && key[j] >= '0' && key[j] <= '9' {
				if n >= 0 {
					n = n*10 + int(key[j]-'0')
					if j-i >= 4 {
						n = -1
					}
				}
				j++
			}
			toks = append(toks, token{kind: tNum, b: int32(i), e: int32(j), n: int32(n)})
			i = j
		case isLetter(key, i):
			j := i
			for j < len(key) && isLetter(key, j) {
				if key[j] < utf8.RuneSelf {
					j++
				} else {
					_, size := utf8.DecodeRuneInString(key[j:])
					j += size
				}
			}
			toks = append(toks, token{kind: tWord, b: int32(i), e: int32(j)})
			i = j
		default:
			_, size := utf8.DecodeRuneInString(key[i:])
			toks = append(toks, token{kind: tPunct, b: int32(i), e: int32(i + size)})
			i += size
		}
	}
	return toks
}

// isLetter reports whether the rune at key[i] is a letter.
func isLetter(key string, i int) bool {
	c := key[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(key[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// parser reads deadline phrases from the tokens of a folded text. Every
// rule reads a bounded number of tokens, so reading a whole text is linear.
type parser struct {
	src  string
	f    vntext.Folded
	key  string
	t    []token
	bare bool // Parse: accept a bare span or period
	fail struct {
		at  int
		err error
		msg string
	}
	steps int // tokens examined, for the test of linear time
}

func newParser(s string, bare bool) *parser {
	if len(s) > maxInput {
		s = s[:maxInput]
	}
	f := vntext.Fold(s)
	return &parser{src: s, f: f, key: f.Key, t: tokenize(f.Key), bare: bare}
}

// maxInput bounds the text a parser reads, so that token offsets fit in
// 32 bits: 1 GiB, far beyond any document.
const maxInput = 1 << 30

// text returns the key text of token i.
func (p *parser) text(i int) string { return p.key[p.t[i].b:p.t[i].e] }

// failAt records the farthest failure, for the error of Parse.
func (p *parser) failAt(i int, err error, msg string) {
	if p.fail.err == nil || i >= p.fail.at {
		p.fail.at, p.fail.err, p.fail.msg = i, err, msg
	}
}

func (p *parser) failure(s string) error {
	return &ParseError{Input: s, Offset: p.offset(p.fail.at), Msg: p.fail.msg, Err: p.fail.err}
}

// offset returns the byte offset in the source of token i.
func (p *parser) offset(i int) int {
	if i >= len(p.t) {
		return len(p.src)
	}
	return p.f.Offset(int(p.t[i].b))
}

// orig returns the source text of tokens [i, j).
func (p *parser) orig(i, j int) string {
	a, b := p.f.Span(int(p.t[i].b), int(p.t[j-1].e))
	return p.src[a:b]
}

func (p *parser) word(i int, w string) bool {
	p.steps++
	return i >= 0 && i < len(p.t) && p.t[i].kind == tWord && p.text(i) == w
}

// seq returns the index after the words ws read from i, or -1.
func (p *parser) seq(i int, ws ...string) int {
	for _, w := range ws {
		if !p.word(i, w) {
			return -1
		}
		i++
	}
	return i
}

// punct reports whether token i is one of the ASCII marks in set.
func (p *parser) punct(i int, set string) bool {
	p.steps++
	return i >= 0 && i < len(p.t) && p.t[i].kind == tPunct && p.t[i].e-p.t[i].b == 1 &&
		strings.IndexByte(set, p.key[p.t[i].b]) >= 0
}

// num returns the value of number token i, or -1.
func (p *parser) num(i int) int {
	p.steps++
	if i >= 0 && i < len(p.t) && p.t[i].kind == tNum {
		return int(p.t[i].n)
	}
	return -1
}

// yearAt returns the year of token i: four digits from 1900 to 2199, or,
// unless four, two digits for 2000–2099; 0 otherwise.
func (p *parser) yearAt(i int, four bool) int {
	n := p.num(i)
	if n < 0 {
		return 0
	}
	switch p.t[i].e - p.t[i].b {
	case 4:
		if n >= 1900 && n <= 2199 {
			return n
		}
	case 2:
		if !four {
			return 2000 + n
		}
	}
	return 0
}

// next reads "sau", "tiếp theo", "kế tiếp" or "tiếp sau".
func (p *parser) next(i int) int {
	if m := p.seq(i, "tiep", "theo"); m > 0 {
		return m
	}
	if m := p.seq(i, "ke", "tiep"); m > 0 {
		return m
	}
	if m := p.seq(i, "tiep", "sau"); m > 0 {
		return m
	}
	if p.word(i, "sau") {
		return i + 1
	}
	return -1
}

// phrase reads one deadline phrase starting at token i; it returns the
// index after it, or -1.
func (p *parser) phrase(i int) (Expr, int) {
	if i >= len(p.t) {
		return Expr{}, -1
	}
	t := p.t[i]
	if t.kind == tNum {
		if p.bare {
			if s, m := p.span(i); m > 0 {
				return Expr{Kind: WithinSpan, Bound: By, Span: s}, m
			}
		}
		return p.period(i, false)
	}
	if t.kind != tWord {
		return Expr{}, -1
	}
	switch p.text(i) {
	case "hang", "dinh":
		return p.recurPrefix(i)
	case "ngay":
		if e, m := p.bounded(i, 0, false); m > 0 {
			return e, m
		}
		if e, m := p.dayTarget(i, By, 0, false, true); m > 0 {
			return e, m
		}
		return p.weekday(i, By, 0, false)
	case "thu", "chu":
		return p.weekday(i, By, 0, false)
	case "thoi", "khong", "truoc", "cham", "muon", "den", "trong", "vao":
		return p.bounded(i, 0, false)
	case "thang", "quy", "nam", "sau", "chin":
		if p.bare {
			if s, m := p.span(i); m > 0 {
				return Expr{Kind: WithinSpan, Bound: By, Span: s}, m
			}
		}
	}
	return Expr{}, -1
}

// The words that open a bound.
type trigger uint8

const (
	trigBefore trigger = iota + 1 // trước
	trigOr                        // trước hoặc vào, trước hoặc trong
	trigLatest                    // chậm nhất, muộn nhất, không muộn hơn
	trigUntil                     // đến hết
	trigWithin                    // trong
	trigOn                        // vào
)

// bounded reads a phrase that opens with its bound words. With prefixed,
// a recurrence such as "hằng tháng," came before and gives freq.
func (p *parser) bounded(i int, freq Frequency, prefixed bool) (Expr, int) {
	var kw trigger
	j, b := i, By
	switch {
	case p.seq(i, "ngay", "trong", "ngay") > 0:
		if prefixed {
			return Expr{}, -1
		}
		return p.sameDay(i + 3)
	case p.seq(i, "truoc", "hoac", "vao") > 0, p.seq(i, "truoc", "hoac", "trong") > 0:
		j, kw = i+3, trigOr
	case p.word(i, "truoc"):
		j, b, kw = i+1, Before, trigBefore
	case p.seq(i, "cham", "nhat") > 0, p.seq(i, "muon", "nhat") > 0:
		j, kw = i+2, trigLatest
		if p.word(j, "la") {
			j++
		}
		if p.word(j, "vao") || p.word(j, "trong") {
			j++
		}
	case p.seq(i, "khong", "muon", "hon") > 0:
		j, kw = i+3, trigLatest
	case p.seq(i, "den", "het") > 0:
		j, kw = i+2, trigUntil
	case p.word(i, "trong"):
		j, kw = i+1, trigWithin
	case p.word(i, "vao"):
		j, kw = i+1, trigOn
	case p.seq(i, "khong", "qua") > 0, p.seq(i, "thoi", "han") > 0:
		if prefixed {
			return Expr{}, -1
		}
		return p.period(i, true)
	default:
		return Expr{}, -1
	}
	if at, k := p.clock(j); k > 0 {
		if p.punct(k, ",") {
			k++
		}
		if p.word(k, "cua") {
			k++
		}
		if !prefixed {
			if e, m := p.nextWorkday(k); m > 0 {
				e.Bound, e.At = b, at
				return e, m
			}
		}
		if e, m := p.dayTarget(k, b, freq, prefixed, kw == trigOn); m > 0 {
			e.At = at
			return e, m
		}
		if e, m := p.weekday(k, b, freq, prefixed); m > 0 {
			e.At = at
			return e, m
		}
		if !prefixed && kw != trigWithin && kw != trigOn {
			if e, m := p.bareDay(k, b); m > 0 {
				e.At = at
				return e, m
			}
		}
		p.failAt(k, ErrSyntax, "a time of day needs a day after it")
		return Expr{}, -1
	}
	if !prefixed && (kw == trigWithin || kw == trigLatest) {
		if e, m := p.nextWorkday(j); m > 0 {
			return e, m
		}
	}
	if !prefixed && kw == trigLatest {
		if e, m := p.ordinalDay(j); m > 0 {
			return e, m
		}
	}
	if e, m := p.dayTarget(j, b, freq, prefixed, kw == trigOn); m > 0 {
		return e, m
	}
	if e, m := p.weekday(j, b, freq, prefixed); m > 0 {
		return e, m
	}
	if !prefixed && kw != trigWithin && kw != trigOn {
		if e, m := p.bareDay(j, b); m > 0 {
			return e, m
		}
	}
	if prefixed || kw == trigOn || kw == trigOr {
		return Expr{}, -1
	}
	if s, m := p.span(j); m > 0 {
		return Expr{Kind: WithinSpan, Bound: b, Span: s}, m
	}
	if kw == trigWithin {
		return p.period(j, true)
	}
	return Expr{}, -1
}

// sameDay reads what follows "ngay trong ngày": an optional "làm việc" and
// an optional event.
func (p *parser) sameDay(k int) (Expr, int) {
	if m := p.seq(k, "lam", "viec"); m > 0 && p.next(m) < 0 {
		k = m
	}
	ev, end := p.event(k)
	return Expr{Kind: AfterEvent, Bound: By, Period: calendar.Period{N: 0, Unit: calendar.Days}, Event: ev}, end
}

// nextWorkday reads "ngày làm việc tiếp theo" and an optional event.
func (p *parser) nextWorkday(j int) (Expr, int) {
	m := p.seq(j, "ngay", "lam", "viec")
	if m < 0 {
		return Expr{}, -1
	}
	n := p.next(m)
	if n < 0 {
		return Expr{}, -1
	}
	ev, end := p.event(n)
	return Expr{Kind: AfterEvent, Bound: By, Period: nextWorkday, Event: ev}, end
}

// ordinalDay reads the tax style "ngày thứ 90 kể từ ngày …": the 90th day
// after the event, a period of 90 days.
func (p *parser) ordinalDay(j int) (Expr, int) {
	m := p.seq(j, "ngay", "thu")
	n := p.num(m)
	if m < 0 || n < 1 {
		return Expr{}, -1
	}
	ev, end := p.event(m + 1)
	if ev.Kind == EventUnnamed {
		return Expr{}, -1
	}
	return Expr{Kind: AfterEvent, Bound: By, Period: calendar.Period{N: n, Unit: calendar.Days}, Event: ev}, end
}

// dayTarget reads "ngày" and a date, and a recurrence after it. With
// needRecurring a plain date does not do.
func (p *parser) dayTarget(j int, b Bound, freq Frequency, prefixed, needRecurring bool) (Expr, int) {
	if !p.word(j, "ngay") {
		return Expr{}, -1
	}
	d, k := p.date(j + 1)
	if k < 0 {
		return Expr{}, -1
	}
	sf, anchor, strong, k2 := p.suffix(k)
	f := freq
	if k2 > k {
		switch {
		case strong && prefixed && f != sf:
			p.failAt(k, ErrSyntax, "the recurrence after the day contradicts the one before it")
			return Expr{}, -1
		case strong, !prefixed:
			f = sf
		}
	} else if !prefixed {
		if needRecurring {
			return Expr{}, -1
		}
		return Expr{Kind: FixedDay, Bound: b, Day: d}, k
	}
	if d.Year != 0 || f == Weekly || (f != Yearly && d.Month != 0) || (d.Month != 0 && anchor != AnchorUnstated) {
		p.failAt(k, ErrSyntax, "a recurring day with a year or a month that does not fit")
		return Expr{}, -1
	}
	return Expr{Kind: Recurring, Bound: b, Every: Recurrence{Freq: f, Day: d.Day, Month: d.Month, Anchor: anchor}}, k2
}

// bareDay reads a full date written without "ngày" after the words of a
// bound: "trước 20/11/2021", "chậm nhất 15-8-2023", "đến hết 31.12.2021",
// "trước hoặc vào 20/11/21", "chậm nhất 30 tháng 6 năm 2022". Real
// directives and the notes of the offices that follow them write it so
// ("báo cáo trước 30/8/2026", "ổn định bản nộp chậm nhất 15/11/2026").
//
// Only a full date is read: day and month of one or two digits and a year,
// so that a fraction or a range after the same words ("trước 2/3 số thành
// viên", "trước 3-5 ngày", "trước 10/2021" for a month) is not taken for a
// day, and nothing is read after "trong" ("trong 20 ngày" is a period) or
// "vào" (a recurring day). A date without its year needs "ngày": "trước
// ngày 20/11" is read, "trước 20/11" is not.
func (p *parser) bareDay(j int, b Bound) (Expr, int) {
	if p.num(j) < 0 || p.t[j].e-p.t[j].b > 2 {
		return Expr{}, -1
	}
	switch {
	case p.punct(j+1, "/-."):
		if p.num(j+2) < 0 || p.t[j+2].e-p.t[j+2].b > 2 {
			return Expr{}, -1
		}
	case !p.word(j+1, "thang"):
		return Expr{}, -1
	}
	d, k := p.date(j)
	if k < 0 || d.Year == 0 {
		return Expr{}, -1
	}
	return Expr{Kind: FixedDay, Bound: b, Day: d}, k
}

// suffix reads the recurrence after a day: "hằng tháng", "của tháng cuối
// quý", "tháng sau"… A strong suffix names its frequency; a weak one ("tháng
// sau", "tháng báo cáo", "tháng cuối kỳ") leaves it to a prefix. It returns
// end == k when there is none.
func (p *parser) suffix(k int) (f Frequency, a Anchor, strong bool, end int) {
	if m := p.seq(k, "hang", "thang"); m > 0 {
		return Monthly, AnchorUnstated, true, m
	}
	if m := p.seq(k, "hang", "quy"); m > 0 {
		return Quarterly, AnchorUnstated, true, m
	}
	if m := p.seq(k, "hang", "nam"); m > 0 {
		return Yearly, AnchorUnstated, true, m
	}
	m := k
	if p.word(m, "cua") {
		m++
	}
	if !p.word(m, "thang") {
		return 0, 0, false, k
	}
	m++
	if n := p.seq(m, "cuoi", "quy"); n > 0 {
		return Quarterly, AnchorLast, true, n
	}
	if n := p.seq(m, "cuoi", "nam"); n > 0 {
		return Yearly, AnchorLast, true, n
	}
	for _, period := range [...]string{"quy", "ky"} {
		n := p.seq(m, "dau", period)
		of := n < 0
		if of {
			n = p.seq(m, "dau", "cua", period)
		}
		if n < 0 {
			continue
		}
		if period == "ky" {
			if x := p.seq(n, "bao", "cao"); x > 0 {
				n = x
			}
		}
		f := Quarterly
		strong := true
		if period == "ky" {
			f, strong = ReportPeriod, false
		}
		if x := p.next(n); x > 0 {
			return f, AnchorNext, strong, x
		}
		if !of {
			return f, AnchorFirst, strong, n
		}
	}
	if n := p.seq(m, "cuoi", "ky"); n > 0 {
		if x := p.seq(n, "bao", "cao"); x > 0 {
			n = x
		}
		return ReportPeriod, AnchorLast, false, n
	}
	if n := p.seq(m, "bao", "cao"); n > 0 {
		return Monthly, AnchorLast, false, n
	}
	if n := p.next(m); n > 0 {
		return Monthly, AnchorNext, false, n
	}
	return 0, 0, false, k
}

var weekdayWords = map[string]time.Weekday{
	"hai": time.Monday, "ba": time.Tuesday, "tu": time.Wednesday, "nam": time.Thursday,
	"sau": time.Friday, "bay": time.Saturday,
}

// weekday reads "(ngày) thứ Tư hằng tuần", or the day alone after a
// "hằng tuần" prefix.
func (p *parser) weekday(j int, b Bound, freq Frequency, prefixed bool) (Expr, int) {
	m := j
	if p.word(m, "ngay") {
		m++
	}
	wd := time.Weekday(-1)
	switch {
	case p.seq(m, "chu", "nhat") > 0:
		wd, m = time.Sunday, m+2
	case p.word(m, "thu") && m+1 < len(p.t):
		t := p.t[m+1]
		if t.kind == tWord {
			if w, ok := weekdayWords[p.text(m+1)]; ok {
				wd = w
			}
		} else if t.kind == tNum && t.n >= 2 && t.n <= 7 && t.e-t.b == 1 {
			wd = time.Weekday(t.n - 1)
		}
		m += 2
	}
	if wd < 0 {
		return Expr{}, -1
	}
	e := Expr{Kind: Recurring, Bound: b, Every: Recurrence{Freq: Weekly, Weekday: wd}}
	if k := p.seq(m, "hang", "tuan"); k > 0 && (!prefixed || freq == Weekly) {
		return e, k
	}
	if prefixed && freq == Weekly {
		return e, m
	}
	return Expr{}, -1
}

// date reads a day after "ngày": 20/11/2021, 20-11-2021, 20.11.2021,
// 20/11/21, "20 tháng 11 năm 2021", 20/11, 20.
func (p *parser) date(j int) (Day, int) {
	d := p.num(j)
	if d < 1 || d > 31 {
		if d > 31 {
			p.failAt(j, ErrDate, "day out of range")
		}
		return Day{}, -1
	}
	k := j + 1
	var m, y int
	switch {
	case p.punct(k, "/-."):
		sep := p.text(k)
		mm := p.num(k + 1)
		if mm >= 1 && mm <= 12 {
			m, k = mm, k+2
			if p.punct(k, sep) {
				if yy := p.yearAt(k+1, false); yy > 0 {
					y, k = yy, k+2
				} else if p.num(k+1) >= 0 {
					p.failAt(k+1, ErrDate, "year out of range")
					return Day{}, -1
				}
			}
		} else if mm >= 0 && sep != "." {
			p.failAt(k+1, ErrDate, "month out of range")
			return Day{}, -1
		}
	case p.word(k, "thang"):
		mm := p.num(k + 1)
		if mm >= 1 && mm <= 12 {
			m, k = mm, k+2
			if p.word(k, "nam") {
				if yy := p.yearAt(k+1, true); yy > 0 {
					y, k = yy, k+2
				}
			}
		} else if mm >= 0 {
			p.failAt(k+1, ErrDate, "month out of range")
			return Day{}, -1
		}
	}
	day := Day{Year: y, Month: m, Day: d}
	if !day.valid() {
		p.failAt(j, ErrDate, "no such day")
		return Day{}, -1
	}
	return day, k
}

// clock reads a time of day: "16 giờ", "16 giờ 30 (phút)", "16h", "16h30",
// "16:30".
func (p *parser) clock(j int) (Clock, int) {
	h := p.num(j)
	if h < 0 {
		return 0, -1
	}
	k, m := j+1, 0
	minute := func(i int) bool {
		mm := p.num(i)
		return mm >= 0 && p.t[i].e-p.t[i].b <= 2 && !p.punct(i+1, "/-.")
	}
	switch {
	case p.word(k, "gio") || p.word(k, "h") || p.word(k, "g"):
		k++
		if minute(k) {
			m, k = int(p.t[k].n), k+1
			if p.word(k, "phut") {
				k++
			}
		}
	case p.punct(k, ":") && minute(k+1):
		m, k = int(p.t[k+1].n), k+2
		if p.word(k, "gio") || p.word(k, "h") {
			k++
		}
	default:
		return 0, -1
	}
	if !validClock(h, m) {
		p.failAt(j, ErrSyntax, "time of day out of range")
		return 0, -1
	}
	return Clock(h*60 + m), k
}

var romanNumerals = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4}

// span reads a named span: "tháng 5/2021", "quý I/2022", "6 tháng đầu năm
// 2022", "6 tháng cuối năm", "9 tháng đầu năm", "năm 2022".
func (p *parser) span(j int) (Span, int) {
	switch {
	case p.word(j, "thang"):
		n := p.num(j + 1)
		if n < 1 || n > 12 {
			if n > 12 {
				p.failAt(j+1, ErrDate, "month out of range")
			}
			return Span{}, -1
		}
		y, k := p.spanYear(j + 2)
		return Span{Unit: SpanMonth, N: n, Year: y}, k
	case p.word(j, "quy"):
		q := p.num(j + 1)
		if j+1 < len(p.t) && p.t[j+1].kind == tWord {
			q = romanNumerals[p.text(j+1)]
		}
		if q < 1 || q > 4 {
			return Span{}, -1
		}
		y, k := p.spanYear(j + 2)
		return Span{Unit: SpanQuarter, N: q, Year: y}, k
	case p.word(j, "nam"):
		y := p.yearAt(j+1, true)
		if y == 0 {
			return Span{}, -1
		}
		return Span{Unit: SpanYear, Year: y}, j + 2
	}
	n := p.num(j)
	switch {
	case p.word(j, "sau"):
		n = 6
	case p.word(j, "chin"):
		n = 9
	}
	var u SpanUnit
	m := p.seq(j+1, "thang", "dau", "nam")
	switch {
	case m > 0 && n == 6:
		u = SpanFirstHalf
	case m > 0 && n == 9:
		u = SpanNineMonths
	case n == 6:
		if m = p.seq(j+1, "thang", "cuoi", "nam"); m > 0 {
			u = SpanSecondHalf
		}
	}
	if u == 0 {
		return Span{}, -1
	}
	y := p.yearAt(m, true)
	if y > 0 {
		m++
	}
	return Span{Unit: u, Year: y}, m
}

// spanYear reads the year after a month or quarter: "/2021", "năm 2021".
func (p *parser) spanYear(k int) (int, int) {
	if p.punct(k, "/-.") || p.word(k, "nam") {
		if y := p.yearAt(k+1, true); y > 0 {
			return y, k + 2
		}
	}
	return 0, k
}

// period reads "(thời hạn | vòng) (không quá | tối đa) N (…) đơn vị (kể từ
// …)". Without a trigger word before it, the event is required.
func (p *parser) period(j int, triggered bool) (Expr, int) {
	k := j
	if m := p.seq(k, "thoi", "han"); m > 0 {
		k = m
	} else if p.word(k, "vong") {
		k++
	}
	if m := p.seq(k, "khong", "qua"); m > 0 {
		k = m
	} else if m := p.seq(k, "toi", "da"); m > 0 {
		k = m
	}
	n := p.num(k)
	if n < 0 {
		return Expr{}, -1
	}
	k++
	// "15 (mười lăm) ngày"
	if p.punct(k, "(") {
		m := k + 1
		for m < len(p.t) && m-k <= 8 && p.t[m].kind == tWord {
			m++
		}
		if m > k+1 && p.punct(m, ")") {
			k = m + 1
		}
	}
	var u calendar.Unit
	switch {
	case p.seq(k, "ngay", "lam", "viec") > 0:
		u, k = calendar.WorkingDays, k+3
	case p.word(k, "ngay"):
		u, k = calendar.Days, k+1
	case p.word(k, "tuan"):
		u, k = calendar.Weeks, k+1
	case p.word(k, "thang"):
		if p.seq(k+1, "dau", "nam") > 0 || p.seq(k+1, "cuoi", "nam") > 0 {
			return Expr{}, -1
		}
		u, k = calendar.Months, k+1
	case p.word(k, "nam"):
		u, k = calendar.Years, k+1
	default:
		return Expr{}, -1
	}
	ev, end := p.event(k)
	if !triggered && !p.bare && ev.Kind == EventUnnamed {
		return Expr{}, -1
	}
	return Expr{Kind: AfterEvent, Bound: By, Period: calendar.Period{N: n, Unit: u}, Event: ev}, end
}

// stopWords end the words of an event: they start the next clause.
var stopWords = map[string]bool{
	"de": true, "va": true, "hoac": true, "thi": true, "phai": true, "gui": true, "ve": true,
	"cho": true, "theo": true, "neu": true, "dong": true, "cac": true, "nhung": true, "ma": true,
	"bao": true, "trong": true, "truoc": true, "cham": true, "den": true, "hang": true, "ngay": true,
}

// docNouns are the words of a document (văn bản, công văn…) that may follow
// "ký" or "ban hành" when the event is the document's own signature.
var docNouns = [...][2]string{
	{"van", "ban"}, {"cong", "van"}, {"chi", "thi"}, {"ke", "hoach"}, {"thong", "bao"},
	{"quyet", "dinh"}, {"huong", "dan"}, {"cong", "dien"},
}

// event reads "(,) kể từ | tính từ (ngày | khi | thời điểm) …": a date, or
// up to eight words. It returns the unnamed event and k when there is none.
func (p *parser) event(k int) (Event, int) {
	m := k
	if p.punct(m, ",") {
		m++
	}
	if x := p.seq(m, "ke", "tu"); x > 0 {
		m = x
	} else if x := p.seq(m, "tinh", "tu"); x > 0 {
		m = x
	} else {
		return Event{}, k
	}
	if p.word(m, "ngay") || p.word(m, "khi") {
		m++
	} else if x := p.seq(m, "thoi", "diem"); x > 0 {
		m = x
	}
	if p.num(m) >= 0 {
		d, e := p.date(m)
		if e < 0 || d.Month == 0 {
			return Event{}, k
		}
		return Event{Kind: EventDate, Day: d}, e
	}
	start := m
	for m < len(p.t) && m-start < 8 && p.t[m].kind == tWord && !stopWords[p.text(m)] {
		m++
	}
	if m == start {
		return Event{}, k
	}
	kind := EventOther
	if p.word(start, "nhan") {
		kind = EventReceipt
	} else if p.issued(start) == m {
		kind = EventIssued
	}
	return Event{Kind: kind, Text: vntext.Clean(p.orig(start, m))}, m
}

// issued reads "ký (ban hành) (văn bản (này))" or "ban hành …".
func (p *parser) issued(i int) int {
	switch {
	case p.word(i, "ky"):
		i++
		if m := p.seq(i, "ban", "hanh"); m > 0 {
			i = m
		}
	case p.seq(i, "ban", "hanh") > 0:
		i += 2
	default:
		return -1
	}
	for _, n := range docNouns {
		if m := p.seq(i, n[0], n[1]); m > 0 {
			i = m
			if p.word(i, "nay") {
				i++
			}
			break
		}
	}
	return i
}

// recurPrefix reads a recurrence before its day: "hằng tháng, trước ngày
// 20", "định kỳ 6 tháng", "hằng tuần, thứ Tư".
func (p *parser) recurPrefix(i int) (Expr, int) {
	j := i
	dk := false
	if m := p.seq(j, "dinh", "ky"); m > 0 {
		j, dk = m, true
	}
	f, m := p.freqWords(j, dk)
	if m < 0 {
		return Expr{}, -1
	}
	k, open := m, false
	if p.punct(k, ",:;-") {
		k++
	} else if p.punct(k, "(") {
		k, open = k+1, true
	}
	closing := func(e Expr, n int) (Expr, int) {
		if open && p.punct(n, ")") {
			n++
		}
		return e, n
	}
	if e, n := p.bounded(k, f, true); n > 0 {
		return closing(e, n)
	}
	if e, n := p.dayTarget(k, By, f, true, true); n > 0 {
		return closing(e, n)
	}
	if e, n := p.weekday(k, By, f, true); n > 0 {
		return closing(e, n)
	}
	if dk && f != Weekly {
		return Expr{Kind: Recurring, Bound: By, Every: Recurrence{Freq: f}}, m
	}
	return Expr{}, -1
}

// freqWords reads "hằng tuần | tháng | quý | năm" and, after "định kỳ", "N
// tháng (một lần)" with N = 1, 3, 6 or 12.
func (p *parser) freqWords(j int, dk bool) (Frequency, int) {
	if p.word(j, "hang") {
		switch {
		case p.word(j+1, "tuan"):
			return Weekly, j + 2
		case p.word(j+1, "thang"):
			return Monthly, j + 2
		case p.word(j+1, "quy"):
			return Quarterly, j + 2
		case p.word(j+1, "nam"):
			return Yearly, j + 2
		}
		return 0, -1
	}
	if !dk {
		return 0, -1
	}
	n := p.num(j)
	if p.word(j, "sau") {
		n = 6
	}
	if !p.word(j+1, "thang") {
		return 0, -1
	}
	m := j + 2
	if x := p.seq(m, "mot", "lan"); x > 0 {
		m = x
	}
	switch n {
	case 1:
		return Monthly, m
	case 3:
		return Quarterly, m
	case 6:
		return HalfYearly, m
	case 12:
		return Yearly, m
	}
	return 0, -1
}
