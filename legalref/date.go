package legalref

import (
	"github.com/rickb777/date/v2"
)

// readNum reads one or two digits at i.
func readNum(s string, i, maxDigits int) (int, int, bool) {
	v, k := 0, i
	for k < len(s) && k-i < maxDigits && isDigit(s[k]) {
		v = v*10 + int(s[k]-'0')
		k++
	}
	if k == i || k < len(s) && isDigit(s[k]) {
		return 0, i, false
	}
	return v, k, true
}

// civil returns the date if d/m/y is a real day in the years documents are
// cited from.
func civil(y, m, d int) (date.Date, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return date.Date(daysFromCivil(y, m, d) + date.ZeroOffset), true
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms", days_from_civil), without going through time.Time.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400 // y ≥ 1899 here, so no negative division
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// readDateBody reads the day after "ngày": "14/12/2020", "14-7-2015",
// "06 / 7 /2005", "22.3.2011", "23 tháng 4 năm 2018" (with the typo
// "thánh", a glued "năm2008" or a line break inside), and the slug form
// "7 7 2020".
func readDateBody(s string, i int) (date.Date, int, bool) {
	i = skipSpace(s, i)
	d, p, ok := readNum(s, i, 2)
	if !ok {
		return 0, i, false
	}
	q := skipFew(s, p)
	if q < len(s) && (s[q] == '/' || s[q] == '-' || s[q] == '.') {
		sep := s[q]
		m, p2, ok := readNum(s, skipFew(s, q+1), 2)
		if !ok {
			return 0, i, false
		}
		q2 := skipFew(s, p2)
		if q2 >= len(s) || s[q2] != sep {
			return 0, i, false
		}
		y, e, ok := readYear(s, skipFew(s, q2+1))
		if !ok {
			return 0, i, false
		}
		dt, ok := civil(y, m, d)
		return dt, e, ok
	}
	q = skipSpace(s, p)
	var buf [16]byte
	we, k := wordKeyAt(s, q, buf[:])
	if string(k) == "thang" || string(k) == "thanh" {
		m, p2, ok := readNum(s, skipSpace(s, we), 2)
		if !ok {
			return 0, i, false
		}
		q2 := skipSpace(s, p2)
		we2, k2 := wordKeyAt(s, q2, buf[:])
		if string(k2) != "nam" {
			return 0, i, false
		}
		y, e, ok := readYear(s, skipSpace(s, we2))
		if !ok {
			return 0, i, false
		}
		dt, ok := civil(y, m, d)
		return dt, e, ok
	}
	// Slug: "ngay 7 7 2020".
	if q == p+1 && s[p] == ' ' {
		m, p2, ok := readNum(s, q, 2)
		if ok && p2+1 < len(s) && s[p2] == ' ' {
			if y, e, ok := readYear(s, p2+1); ok {
				dt, ok := civil(y, m, d)
				return dt, e, ok
			}
		}
	}
	return 0, i, false
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// readEnglishDate reads "May 14, 2016", "14 May 2016" or a numeric date.
func readEnglishDate(s string, i int) (date.Date, int, bool) {
	i = skipSpace(s, i)
	if i < len(s) && isDigit(s[i]) {
		if dt, e, ok := readDateBody(s, i); ok {
			return dt, e, ok
		}
		d, p, ok := readNum(s, i, 2)
		if !ok {
			return 0, i, false
		}
		q := skipSpace(s, p)
		m, q2 := monthAt(s, q)
		if m == 0 {
			return 0, i, false
		}
		y, e, ok := readYear(s, skipSpace(s, q2))
		if !ok {
			return 0, i, false
		}
		dt, ok := civil(y, m, d)
		return dt, e, ok
	}
	m, q := monthAt(s, i)
	if m == 0 {
		return 0, i, false
	}
	d, p, ok := readOrdinal(s, skipSpace(s, q))
	if !ok {
		return 0, i, false
	}
	if p < len(s) && s[p] == ',' {
		p++
	}
	y, e, ok := readYear(s, skipSpace(s, p))
	if !ok {
		return 0, i, false
	}
	dt, ok := civil(y, m, d)
	return dt, e, ok
}

// readOrdinal reads a day of the month in English, with or without its
// ordinal suffix: "14", "27th", "1st".
func readOrdinal(s string, i int) (int, int, bool) {
	d, p, ok := readNum(s, i, 2)
	if !ok {
		return 0, i, false
	}
	if p+2 <= len(s) {
		switch s[p : p+2] {
		case "st", "nd", "rd", "th":
			if p+2 == len(s) || !isASCIILetter(s[p+2]) {
				p += 2
			}
		}
	}
	return d, p, true
}

func monthAt(s string, i int) (int, int) {
	var buf [16]byte
	e, k := wordKeyAt(s, i, buf[:])
	for n, name := range monthNames {
		if string(k) == name || len(k) == 3 && name[:3] == string(k) || transposed(string(k), name) {
			if e < len(s) && s[e] == '.' {
				e++
			}
			return n + 1, e
		}
	}
	return 0, i
}

// readDateClause reads the date of a citation after its symbol: an optional
// comma, an optional place ("Đồng Tháp, ngày …", the place of the header),
// then "ngày" and the day, or English "dated". It returns the end of the
// clause. In a header (header set) the date may stand after blank lines.
func (sc *scanner) readDateClause(i int, header bool) (date.Date, int, bool) {
	s := sc.s
	p, ok := skipInline(s, i)
	if !ok && !header {
		return 0, i, false
	}
	if p < len(s) && s[p] == ',' {
		p = skipSpace(s, p+1)
	}
	if dt, e, ok := sc.dateKeyword(p); ok {
		return dt, e, true
	}
	// "(ngày 14/12/2020)".
	if p < len(s) && s[p] == '(' {
		if dt, e, ok := sc.dateKeyword(skipSpace(s, p+1)); ok {
			if q := skipSpace(s, e); q < len(s) && s[q] == ')' {
				return dt, q + 1, true
			}
		}
	}
	// A place: up to five capitalised words, then a comma.
	if isUpperAt(s, p) {
		q := p
		for k := 0; k < 5; k++ {
			if !isUpperAt(s, q) {
				break
			}
			q = wordEnd(s, q)
			if q < len(s) && s[q] == ',' {
				if dt, e, ok := sc.dateKeyword(skipSpace(s, q+1)); ok {
					return dt, e, true
				}
				break
			}
			if q >= len(s) || s[q] != ' ' {
				break
			}
			q++
		}
	}
	return 0, i, false
}

// dateKeyword reads "ngày <day>" (also glued, "ngày06/5/2005"), "dated
// <day>", and in lenient mode "đến ngày", at i.
func (sc *scanner) dateKeyword(p int) (date.Date, int, bool) {
	s := sc.s
	var buf [16]byte
	we, k := wordKeyAt(s, p, buf[:])
	switch string(k) {
	case "ngay":
		q := we
		if q < len(s) && s[q] == ':' {
			q++
		}
		return readDateBody(s, q)
	case "dated", "on", "of":
		// "of" only before a date: "Decree No. 101/CP of September 23, 1997".
		return readEnglishDate(s, we)
	case "den", "de":
		// "báo cáo số 15/BC-VPTWH đến ngày21 tháng 01 năm 2011": a typo
		// for "đề ngày" (dated), read only when parsing one reference.
		if sc.lenient {
			q := skipSpace(s, we)
			if we2, ok := wordIs(s, q, "ngay"); ok {
				return readDateBody(s, we2)
			}
		}
	}
	return 0, p, false
}

// transposed reports whether the word w is name with two neighbouring
// letters swapped after the first ("Apirl" for "April"), a typing slip met
// in translations.
func transposed(w, name string) bool {
	if len(w) != len(name) || len(w) < 4 || w[0] != name[0] {
		return false
	}
	k := 1
	for k < len(w) && w[k] == name[k] {
		k++
	}
	return k+1 < len(w) && w[k] == name[k+1] && w[k+1] == name[k] && w[k+2:] == name[k+2:]
}
