// Command workdays is a working-day calculator on the calendar of Vietnamese
// state agencies (package github.com/vanban-go/vanban/calendar): it adds
// working days to a date, counts the working days between two dates, explains
// why a day is or is not a working day, and lists the days off of a year.
//
// Usage:
//
//	workdays [-calendar name] add DATE N       the N-th working day after DATE (before it if N < 0)
//	workdays [-calendar name] between FROM TO  the number of working days in (FROM, TO]
//	workdays [-calendar name] explain DATE     the kind of DATE, its name, basis and lunar date
//	workdays [-calendar name] list [-ics | -json] YEAR
//	                                           the holidays, compensatory and swap days of YEAR,
//	                                           as a table, an iCalendar (RFC 5545) file or JSON
//
// Dates are written 2021-04-20 or 20/04/2021 (also 20/4/2021); years run
// from 2000 to 2199. The calendar is, by -calendar:
//
//	cong-chuc     cán bộ, công chức, viên chức (the default): every announced swap
//	doanh-nghiep  enterprises: the same holidays, without the swaps
//	chu-nhat      a six-day week with Sunday the only weekly rest, without the swaps
//
// Examples:
//
//	$ workdays between 2021-04-20 2021-11-19
//	Từ Thứ Ba, 20/04/2021 đến Thứ Sáu, 19/11/2021: 148 ngày làm việc
//
//	$ workdays add 2021-04-20 148
//	Thứ Ba, 20/04/2021 + 148 ngày làm việc = Thứ Sáu, 19/11/2021
//
//	$ workdays explain 17/02/2026
//	$ workdays -calendar doanh-nghiep explain 22/08/2026
//	$ workdays list 2026
//	$ workdays list -ics 2026 > 2026.ics
//
// The output is in Vietnamese. -h prints the usage. A bad argument prints one
// line on stderr and exits with status 1; a missing command exits with
// status 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/calendar/lunar"
)

const usage = `workdays: máy tính ngày làm việc của cơ quan nhà nước Việt Nam

Cách dùng:
  workdays [-calendar LỊCH] add NGÀY N         ngày làm việc thứ N sau NGÀY (trước NGÀY nếu N < 0)
  workdays [-calendar LỊCH] between TỪ ĐẾN     số ngày làm việc sau TỪ, đến hết ĐẾN
  workdays [-calendar LỊCH] explain NGÀY       loại ngày, tên, căn cứ, ngày âm lịch
  workdays [-calendar LỊCH] list [-ics | -json] NĂM
                                               các ngày nghỉ lễ, nghỉ bù, hoán đổi trong năm

NGÀY viết 2021-04-20 hoặc 20/04/2021; năm từ 2000 đến 2199.
LỊCH (-calendar):
  cong-chuc     cán bộ, công chức, viên chức (mặc định)
  doanh-nghiep  doanh nghiệp: cùng ngày lễ, không hoán đổi ngày làm việc
  chu-nhat      nghỉ hằng tuần chỉ Chủ nhật, không hoán đổi

Ví dụ:
  workdays between 2021-04-20 2021-11-19
  workdays add 20/04/2021 148
  workdays explain 2026-02-17
  workdays list -ics 2026 > 2026.ics
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program: it returns the exit status, so tests call it
// directly.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("workdays", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, on one line
	calName := fs.String("calendar", "cong-chuc", "")
	if err := fs.Parse(args); err != nil {
		return status(stdout, stderr, err)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "workdays: thiếu lệnh (add, between, explain, list; -h để xem cách dùng)")
		return 2
	}
	cal, title, err := newCalendar(*calName)
	if err != nil {
		return status(stdout, stderr, err)
	}
	cmd, rest := fs.Arg(0), fs.Args()[1:]
	switch cmd {
	case "add":
		err = add(stdout, cal, rest)
	case "between":
		err = between(stdout, cal, rest)
	case "explain":
		err = explain(stdout, cal, rest)
	case "list":
		err = list(stdout, cal, title, rest)
	case "help":
		fmt.Fprint(stdout, usage)
	default:
		err = fmt.Errorf("không có lệnh %q (add, between, explain, list; -h để xem cách dùng)", cmd)
	}
	return status(stdout, stderr, err)
}

// status reports err on one line and returns the exit status: 0 for no error
// and for -h, which prints the usage.
func status(stdout, stderr io.Writer, err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0
	case errors.Is(err, calendar.ErrOutOfRange):
		err = fmt.Errorf("ngoài phạm vi của lịch, 01/01/2000–31/12/2199 (%w)", err)
	}
	fmt.Fprintln(stderr, "workdays:", err)
	return 1
}

// newCalendar builds the calendar named by -calendar and returns it with
// its description.
func newCalendar(name string) (*calendar.Calendar, string, error) {
	var opts []calendar.Option
	var title string
	switch name {
	case "cong-chuc":
		return calendar.Default(), "cán bộ, công chức, viên chức", nil
	case "doanh-nghiep":
		opts, title = []calendar.Option{calendar.WithoutSwaps()}, "doanh nghiệp, không hoán đổi"
	case "chu-nhat":
		opts = []calendar.Option{calendar.WithoutSwaps(), calendar.WithWeeklyRest(time.Sunday)}
		title = "nghỉ hằng tuần Chủ nhật, không hoán đổi"
	default:
		return nil, "", fmt.Errorf("không có lịch %q (cong-chuc, doanh-nghiep, chu-nhat)", name)
	}
	cal, err := calendar.New(opts...)
	return cal, title, err
}

func add(w io.Writer, cal *calendar.Calendar, args []string) error {
	if len(args) != 2 {
		return errors.New("add cần hai đối số: NGÀY N, ví dụ add 2021-04-20 148")
	}
	from, err := parseDate(args[0])
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		return fmt.Errorf("số ngày không hợp lệ %q", args[1])
	}
	to, err := cal.AddWorkdays(from, n)
	if err != nil {
		return err
	}
	sign := "+"
	if n < 0 {
		sign, n = "-", -n
	}
	fmt.Fprintf(w, "%s %s %d ngày làm việc = %s\n", dayName(from), sign, n, dayName(to))
	provisionalNote(w, cal, from, to)
	return nil
}

func between(w io.Writer, cal *calendar.Calendar, args []string) error {
	if len(args) != 2 {
		return errors.New("between cần hai đối số: TỪ ĐẾN, ví dụ between 2021-04-20 2021-11-19")
	}
	from, err := parseDate(args[0])
	if err != nil {
		return err
	}
	to, err := parseDate(args[1])
	if err != nil {
		return err
	}
	n, err := cal.WorkdaysBetween(from, to)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Từ %s đến %s: %d ngày làm việc\n", dayName(from), dayName(to), n)
	fmt.Fprintln(w, "(không tính ngày đầu, tính ngày cuối; số âm khi ngày cuối đứng trước ngày đầu)")
	provisionalNote(w, cal, from, to)
	return nil
}

func explain(w io.Writer, cal *calendar.Calendar, args []string) error {
	if len(args) != 1 {
		return errors.New("explain cần một đối số: NGÀY, ví dụ explain 2026-02-17")
	}
	d, err := parseDate(args[0])
	if err != nil {
		return err
	}
	info := cal.Day(d)
	if info.Kind == 0 {
		return &calendar.Error{Op: "Day", Date: d, Err: calendar.ErrOutOfRange}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Ngày:\t%s\n", dayName(d))
	if ld, err := lunar.FromSolar(d); err == nil {
		fmt.Fprintf(tw, "Âm lịch:\t%s (ngày %s, tháng %s)\n", ld, lunar.DayCanChi(d), ld.MonthCanChi())
	}
	fmt.Fprintf(tw, "Loại:\t%s [%s]\n", kindName(info.Kind), info.Kind)
	if info.Kind.Working() {
		fmt.Fprintf(tw, "Làm việc:\tcó\n")
	} else {
		fmt.Fprintf(tw, "Làm việc:\tkhông\n")
	}
	if info.Name != "" {
		fmt.Fprintf(tw, "Tên:\t%s\n", info.Name)
	}
	if info.Basis != "" {
		fmt.Fprintf(tw, "Căn cứ:\t%s\n", info.Basis)
	}
	fmt.Fprintf(tw, "Độ tin cậy:\t%s [%s]\n", confidenceName(info.Confidence), info.Confidence)
	if info.Provisional {
		fmt.Fprintf(tw, "Tạm tính:\tcó, lịch nghỉ năm %d chưa được công bố\n", d.Year())
	} else {
		fmt.Fprintf(tw, "Tạm tính:\tkhông\n")
	}
	return tw.Flush()
}

func list(w io.Writer, cal *calendar.Calendar, title string, args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ics := fs.Bool("ics", false, "")
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("list cần một đối số: NĂM, ví dụ list 2026")
	}
	year, err := strconv.Atoi(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("năm không hợp lệ %q", fs.Arg(0))
	}
	switch {
	case *ics && *asJSON:
		return errors.New("chọn một trong -ics và -json")
	case *ics:
		b, err := cal.ICalendar(year)
		if err == nil {
			_, err = w.Write(b)
		}
		return err
	case *asJSON:
		b, err := cal.JSON(year)
		if err == nil {
			_, err = fmt.Fprintf(w, "%s\n", b)
		}
		return err
	}
	days, err := cal.Schedule(year)
	if err != nil {
		return err
	}
	jan1, dec31 := date.New(year, time.January, 1), date.New(year, time.December, 31)
	n, err := cal.WorkdaysBetween(jan1, dec31)
	if err != nil {
		return err
	}
	if cal.IsWorkday(jan1) {
		n++
	}
	fmt.Fprintf(w, "Năm %d, lịch %s: %d ngày làm việc\n", year, title, n)
	provisionalNote(w, cal, jan1, jan1)
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, d := range days {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", weekday(d.Date), d.Date.Format("02/01/2006"), kindName(d.Kind), d.Name)
	}
	return tw.Flush()
}

// provisionalNote warns when a year from a to b has no announced schedule.
func provisionalNote(w io.Writer, cal *calendar.Calendar, a, b date.Date) {
	if b < a {
		a, b = b, a
	}
	for y := a.Year(); y <= b.Year(); y++ {
		if cal.Day(date.New(y, time.January, 1)).Provisional {
			fmt.Fprintf(w, "Tạm tính: lịch nghỉ năm %d chưa được công bố; ngày nghỉ theo luật và cách chọn mặc định.\n", y)
			return
		}
	}
}

// parseDate reads YYYY-MM-DD or dd/mm/yyyy (d/m/yyyy too) and rejects a day
// that does not exist, such as 30/02/2026.
func parseDate(s string) (date.Date, error) {
	for _, layout := range []string{"2006-01-02", "2/1/2006"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return date.NewAt(t), nil
		}
	}
	return 0, fmt.Errorf("ngày không hợp lệ %q: cần YYYY-MM-DD hoặc dd/mm/yyyy", s)
}

// dayName writes d as "Thứ Ba, 20/04/2021".
func dayName(d date.Date) string {
	return weekday(d) + ", " + d.Format("02/01/2006")
}

// weekday names the day of the week as Vietnamese calendars print it.
func weekday(d date.Date) string {
	names := [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}
	return names[d.Weekday()]
}

// kindName gives the Vietnamese term for a kind of day.
func kindName(k calendar.Kind) string {
	switch k {
	case calendar.Workday:
		return "ngày làm việc"
	case calendar.WeeklyRest:
		return "nghỉ hằng tuần"
	case calendar.Holiday:
		return "nghỉ lễ, tết"
	case calendar.Compensatory:
		return "nghỉ bù"
	case calendar.SwapOff:
		return "nghỉ hoán đổi"
	case calendar.SwapWorkday:
		return "làm bù (hoán đổi)"
	}
	return k.String()
}

// confidenceName says in Vietnamese how well a day is established.
func confidenceName(c calendar.Confidence) string {
	switch c {
	case calendar.Derived:
		return "suy ra từ luật"
	case calendar.Confirmed:
		return "đã công bố, hai nguồn khớp nhau"
	case calendar.SingleSource:
		return "đã công bố, một nguồn"
	case calendar.Inferred:
		return "suy luận, không tìm thấy thông báo"
	}
	return c.String()
}
