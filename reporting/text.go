package reporting

import (
	"time"

	"github.com/rickb777/date/v2"
)

// dmy formats d the way Vietnamese documents do: "19/11/2021".
func dmy(d date.Date) string {
	y, m, day := d.Date()
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+day/10), byte('0'+day%10), '/', byte('0'+int(m)/10), byte('0'+int(m)%10), '/')
	return string(append(b, pad(y, 4)...))
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
func dayName(d date.Date) string { return weekdayName(d.Weekday()) + " " + dmy(d) }
