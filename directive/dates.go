package directive

import (
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// civilDate returns the date y-m-d, or false when it does not exist.
func civilDate(y, m, d int) (date.Date, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	dd := date.New(y, time.Month(m), d)
	if dd.Day() != d {
		return 0, false
	}
	return dd, true
}

// padDay writes a day or month with the leading zero of Nghị định
// 30/2020/NĐ-CP Phụ lục I, Phần I, mục II.4: days below 10 and the months 1
// and 2.
func padDay(b *strings.Builder, n int, month bool) {
	if n < 10 && (!month || n < 3) {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(n))
}

// dateLine renders the place and date as Format prints them: "Kiên Giang,
// ngày 20 tháng 4 năm 2021". An empty place gives the date alone.
func dateLine(place string, d date.Date) string {
	var b strings.Builder
	if place != "" {
		b.WriteString(place)
		b.WriteString(", ")
	}
	y, m, day := d.Date()
	b.WriteString("ngày ")
	padDay(&b, day, false)
	b.WriteString(" tháng ")
	padDay(&b, int(m), true)
	b.WriteString(" năm ")
	b.WriteString(strconv.Itoa(y))
	return b.String()
}

// plainDate returns the date a deadline phrase names as a plain date:
// "trước ngày 20/11/2021", "chậm nhất ngày 05-01-2022", "trước ngày 20
// tháng 11 năm 2021". It returns zero for anything else ("hằng tháng",
// "trước ngày 15 hằng tháng").
func plainDate(s string) date.Date {
	var buf [16]word
	ws := splitWords(s, buf[:0])
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].key == "ngay" && i+5 < len(ws) && ws[i+2].key == "thang" && ws[i+4].key == "nam" {
			d, ok1 := atoiKey(ws[i+1].key, 2)
			m, ok2 := atoiKey(ws[i+3].key, 2)
			y, ok3 := atoiKey(ws[i+5].key, 4)
			if ok1 && ok2 && ok3 {
				if dd, ok := civilDate(y, m, d); ok {
					return dd
				}
			}
			continue
		}
		sep1 := s[ws[i].end:ws[i+1].start]
		sep2 := s[ws[i+1].end:ws[i+2].start]
		if (sep1 != "/" && sep1 != "-" && sep1 != ".") || sep2 != sep1 {
			continue
		}
		d, ok1 := atoiKey(ws[i].key, 2)
		m, ok2 := atoiKey(ws[i+1].key, 2)
		y, ok3 := atoiKey(ws[i+2].key, 4)
		if ok1 && ok2 && ok3 && len(ws[i+2].key) == 4 {
			if dd, ok := civilDate(y, m, d); ok {
				return dd
			}
		}
	}
	return 0
}
