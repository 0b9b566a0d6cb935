package reporting

import (
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
)

// dmy formats d the way Vietnamese documents do: "19/11/2021".
func dmy(d date.Date) string { return string(appendDMY(make([]byte, 0, 10), d)) }

// appendDMY appends dmy(d) to b.
func appendDMY(b []byte, d date.Date) []byte {
	y, m, day := d.Date()
	b = append(b, byte('0'+day/10), byte('0'+day%10), '/', byte('0'+int(m)/10), byte('0'+int(m)%10), '/')
	if y >= 0 && y < 1000 {
		for p := 1000; p > 1 && y < p; p /= 10 {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(y), 10)
}

var weekdayNames = [7]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// weekdayName returns the Vietnamese name of a weekday: "Thứ Hai", …,
// "Chủ nhật".
func weekdayName(w time.Weekday) string {
	if w < 0 || w > 6 {
		return ""
	}
	return weekdayNames[w]
}

// dayName formats d with its weekday: "Thứ Sáu 19/11/2021".
func dayName(d date.Date) string { return string(appendDayName(make([]byte, 0, 24), d)) }

// appendDayName appends dayName(d) to b.
func appendDayName(b []byte, d date.Date) []byte {
	b = append(b, weekdayName(d.Weekday())...)
	b = append(b, ' ')
	return appendDMY(b, d)
}
