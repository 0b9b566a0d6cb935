package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/reporting"
)

// schedule prints the periods of a year under the regime of Nghị định
// 09/2019/NĐ-CP.
func schedule(w io.Writer, args []string) error {
	fs := newFlags("schedule")
	year := fs.Int("year", 0, "")
	freq := fs.String("freq", "", "")
	levels := fs.String("levels", "", "")
	dayOff := fs.String("dayoff", "forward", "")
	asJSON := fs.Bool("json", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *year == 0 || *freq == "" {
		return errors.New("schedule cần -year NĂM và -freq TẦN_SUẤT, ví dụ schedule -year 2026 -freq monthly")
	}
	var f reporting.Frequency
	if err := f.UnmarshalText([]byte(*freq)); err != nil || f == reporting.Weekly {
		return fmt.Errorf("tần suất không hợp lệ %q: cần monthly, quarterly, half-yearly, nine-months hoặc annual (Nghị định 09/2019/NĐ-CP Điều 12 không có kỳ tuần)", *freq)
	}
	r := reporting.ND09(f)
	if err := r.DayOff.UnmarshalText([]byte(*dayOff)); err != nil {
		return fmt.Errorf("-dayoff không hợp lệ %q: cần forward, keep hoặc backward", *dayOff)
	}
	if *levels != "" {
		lower, err := lowerLevels(*levels)
		if err != nil {
			return err
		}
		r.Levels = append(lower, r.Levels...)
	}
	cal := calendar.Default()
	from, to := date.New(*year, time.January, 1), date.New(*year, time.December, 31)
	if cal.Day(from).Kind == 0 || cal.Day(to).Kind == 0 {
		return fmt.Errorf("năm %d ngoài phạm vi của lịch (2000–2199)", *year)
	}
	occ, err := r.Occurrences(cal, from, to)
	if err != nil {
		return err
	}
	if *asJSON {
		b, err := json.MarshalIndent(occ, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}

	fmt.Fprintf(w, "%s năm %d, theo Nghị định 09/2019/NĐ-CP\n", r.Name, *year)
	fmt.Fprintf(w, "  Thời gian chốt số liệu: %s (không dời khi rơi vào ngày nghỉ)\n", r.WindowBasis)
	for _, l := range r.Levels {
		fmt.Fprintf(w, "  Hạn gửi, %s: %s", l.Name, l.Rule)
		if l.Basis != "" {
			fmt.Fprintf(w, " (%s)", l.Basis)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  Hạn rơi vào ngày nghỉ: %s\n", dayOffName(r.DayOff))
	if cal.Day(from).Provisional {
		fmt.Fprintf(w, "  Tạm tính: lịch nghỉ năm %d chưa được công bố; ngày nghỉ theo luật và cách chọn mặc định.\n", *year)
	}
	fmt.Fprintln(w)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := "Kỳ\tChốt số liệu"
	for i := range r.Levels {
		if len(r.Levels) > 1 {
			head += fmt.Sprintf("\tHạn cấp %d", i+1)
		} else {
			head += "\tHạn gửi"
		}
	}
	fmt.Fprintln(tw, head+"\tNgày làm việc sau chốt")
	var notes []string
	for _, o := range occ {
		line := o.Period.Vietnamese() + "\t" + o.Window.String()
		var after []string
		for i, d := range o.Dues {
			day := dayName(d.Due.Day)
			if nominal := nominalDay(o.Period, r.Levels[i].Rule); nominal != 0 && nominal != d.Due.Day {
				day += " *"
				notes = append(notes, movedNote(cal, o.Period, i, len(r.Levels), nominal, d.Due.Day, r.DayOff))
			}
			line += "\t" + day
			after = append(after, strconv.Itoa(d.WorkdaysAfterCutoff))
		}
		fmt.Fprintln(tw, line+"\t"+strings.Join(after, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(notes) > 0 {
		fmt.Fprintln(w, "\n* Ngày hạn rơi vào ngày nghỉ:")
		for _, n := range notes {
			fmt.Fprintf(w, "  - %s\n", n)
		}
	}
	return nil
}

// movedNote says why a due day moved: the days off between the day the rule
// names and the due day.
func movedNote(cal *calendar.Calendar, p reporting.Period, level, levels int, nominal, due date.Date, rule reporting.DayOffRule) string {
	step := date.Date(1)
	if due < nominal {
		step = -1
	}
	var off []string
	for d := nominal; d != due; d += step {
		info := cal.Day(d)
		name := strings.ToLower(info.Name)
		if info.Kind == calendar.Holiday || info.Kind == calendar.Compensatory || info.Kind == calendar.SwapOff {
			name = info.Name
		}
		off = append(off, dayName(d)+": "+name)
	}
	which := "hạn gửi"
	if levels > 1 {
		which = fmt.Sprintf("hạn cấp %d", level+1)
	}
	basis := "Bộ luật Dân sự 2015 Điều 148 khoản 5"
	if rule == reporting.MoveBackward {
		basis = "lùi về ngày làm việc liền trước"
	}
	return fmt.Sprintf("%s, %s: %s → %s (%s)", p.Vietnamese(), which, strings.Join(off, "; "), dayName(due), basis)
}

// lowerLevels reads "17,20": the days of the lower levels, lowest first,
// each "chậm nhất vào ngày N của tháng cuối kỳ báo cáo".
func lowerLevels(s string) ([]reporting.Level, error) {
	var out []reporting.Level
	for i, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 31 {
			return nil, fmt.Errorf("-levels không hợp lệ %q: cần các ngày trong tháng, ví dụ 17,20", s)
		}
		out = append(out, reporting.Level{
			Name:  fmt.Sprintf("cấp %d", i+1),
			Rule:  reporting.DueRule{Kind: reporting.ByDay, N: n},
			Basis: "chế độ báo cáo của bộ, tỉnh theo Nghị định 09/2019/NĐ-CP Điều 13 khoản 2",
		})
	}
	return out, nil
}

// nominalDay is the day a ByDay rule names for period p, before any day off
// moves it; 0 for other rules.
func nominalDay(p reporting.Period, r reporting.DueRule) date.Date {
	if r.Kind != reporting.ByDay {
		return 0
	}
	last := p.Span().To
	y, m, _ := last.Date()
	m += time.Month(r.MonthOffset)
	firstOfNext := date.New(y, m+1, 1)
	end := firstOfNext - 1
	d := date.New(y, m, 1) + date.Date(r.N-1)
	if d > end {
		d = end
	}
	return d
}

func dayOffName(r reporting.DayOffRule) string {
	switch r {
	case reporting.MoveForward:
		return "chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự 2015 Điều 148 khoản 5)"
	case reporting.KeepDay:
		return "giữ nguyên ngày"
	case reporting.MoveBackward:
		return "lùi về ngày làm việc liền trước (tập quán văn phòng, không có căn cứ trong Bộ luật Dân sự)"
	}
	return r.String()
}

// dayName writes d as "Thứ Tư 25/03/2026".
func dayName(d date.Date) string {
	if d == 0 {
		return ""
	}
	names := [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}
	return names[d.Weekday()] + " " + d.Format("02/01/2006")
}
