package calendar

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// yearJSON is the JSON form of a year.
type yearJSON struct {
	Year        int       `json:"year"`
	Provisional bool      `json:"provisional"`
	Workdays    int       `json:"workdays"`
	Days        []DayInfo `json:"days"`
}

// JSON renders the schedule of year as JSON, for systems outside Go:
//
//	{"year": 2026, "provisional": false, "workdays": 248, "days": [
//	  {"date": "2026-01-01", "kind": "holiday", "name": "Tết Dương lịch",
//	   "basis": "…", "confidence": "confirmed"}, …]}
//
// days holds the days of [Calendar.Schedule]; workdays counts the working
// days of the year; provisional tells whether any day of the year is a
// forecast (the whole year when nothing is announced; the days a default
// rule still places after a partial [WithAnnouncement]). The days decode
// into []DayInfo, which [WithSchedule] accepts; decoding checks their
// dates.
// The error wraps [ErrOutOfRange] if year is outside MinYear–MaxYear.
func (c *Calendar) JSON(year int) ([]byte, error) {
	days, err := c.Schedule(year)
	if err != nil {
		return nil, err
	}
	y := yearJSON{Year: year, Provisional: c.provisionalYears(year, year) > 0, Days: days}
	if c != nil && len(c.cum) > 0 {
		y.Workdays = int(c.cum[jan1(year+1)-MinDate] - c.cum[jan1(year)-MinDate])
	}
	return json.MarshalIndent(y, "", "  ")
}

// ICalendar renders the schedule of year as an iCalendar object (RFC 5545),
// for a mail or phone calendar: one all-day VEVENT per day of
// [Calendar.Schedule], whose SUMMARY is the day's name, DESCRIPTION its basis
// and confidence, CATEGORIES its kind, and STATUS TENTATIVE for a
// provisional day, CONFIRMED otherwise. Lines end in CRLF and are folded at
// 75 octets. The output is the same for the same calendar and year: UIDs are
// built from the date and kind, and DTSTAMP is the status date of
// [DataSource]. The error wraps [ErrOutOfRange] if year is outside
// MinYear–MaxYear.
func (c *Calendar) ICalendar(year int) ([]byte, error) {
	days, err := c.Schedule(year)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	line := func(name, value string) { writeFolded(&b, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//vanban-go//vanban calendar//VI")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("X-WR-CALNAME", icalText("Ngày nghỉ lễ, tết năm "+strconv.Itoa(year)))
	for _, d := range days {
		ymd := strings.ReplaceAll(d.Date.String(), "-", "")
		desc := "Căn cứ: " + d.Basis + "\nĐộ tin cậy: " + d.Confidence.String()
		status := "CONFIRMED"
		if d.Provisional {
			desc += "\nDự kiến: lịch nghỉ năm " + strconv.Itoa(year) + " chưa được công bố"
			status = "TENTATIVE"
		}
		line("BEGIN", "VEVENT")
		line("UID", ymd+"-"+d.Kind.String()+"@vanban-go.calendar")
		line("DTSTAMP", dataStatus+"T000000Z")
		line("DTSTART;VALUE=DATE", ymd)
		line("DTEND;VALUE=DATE", strings.ReplaceAll((d.Date+1).String(), "-", ""))
		line("SUMMARY", icalText(d.Name))
		line("DESCRIPTION", icalText(desc))
		line("CATEGORIES", icalText(d.Kind.String()))
		line("STATUS", status)
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return b.Bytes(), nil
}

// icalText escapes a TEXT value (RFC 5545 §3.3.11).
func icalText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", "").Replace(s)
}

// writeFolded writes a content line, folded so that no line exceeds 75
// octets without splitting a UTF-8 sequence (RFC 5545 §3.1), and CRLF.
func writeFolded(b *bytes.Buffer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space of a continuation line counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
