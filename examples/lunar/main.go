// Command lunar converts dates between the solar (Gregorian) calendar and the
// Vietnamese lunar calendar (âm lịch), and prints the months of a lunar year.
// It is a small front end to package github.com/vanban-go/vanban/calendar/lunar.
//
// Usage:
//
//	lunar [DATE]                  the lunar date of a solar day (today, UTC+7, if none)
//	lunar -lunar [-leap] DATE     the solar day of a lunar date; -leap for the leap month
//	lunar -to-solar [-leap] DATE  the same as -lunar
//	lunar -year YEAR              the months of lunar year YEAR
//
// Dates are written 2026-02-17 or 17/02/2026 (also 17/2/2026); flags come
// before the date. Supported are the solar days 31/01/1900 to 31/12/2199 and
// the lunar years 1900 to 2199.
//
// Examples:
//
//	$ lunar 2026-02-17
//	Dương lịch:  Thứ Ba, 17/02/2026
//	Âm lịch:     ngày 1 tháng 1 năm 2026 (1/1 Bính Ngọ)
//	Can Chi:     ngày Nhâm Tuất, tháng Canh Dần, năm Bính Ngọ
//	Ngày lễ:     Tết Nguyên đán
//
//	$ lunar -lunar 10/3/2026        Giỗ Tổ Hùng Vương 2026
//	$ lunar -lunar -leap 15/2/2023  a day of the leap second month of 2023
//	$ lunar -year 2023              13 months, with 2 nhuận
//
// The output is in Vietnamese. -h prints the usage; a bad argument prints one
// line on stderr and exits with status 1.
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

	"github.com/vanban-go/vanban/calendar/lunar"
)

const usage = `lunar: đổi ngày dương lịch ↔ âm lịch Việt Nam (múi giờ UTC+7)

Cách dùng:
  lunar [NGÀY]                   ngày âm lịch của một ngày dương lịch (mặc định: hôm nay)
  lunar -lunar [-leap] NGÀY      ngày dương lịch của một ngày âm lịch; -leap: tháng nhuận
  lunar -to-solar [-leap] NGÀY   như -lunar
  lunar -year NĂM                các tháng của năm âm lịch NĂM

NGÀY viết 2026-02-17 hoặc 17/02/2026; cờ đặt trước NGÀY.
Phạm vi: dương lịch 31/01/1900–31/12/2199, năm âm lịch 1900–2199.

Ví dụ:
  lunar 2026-02-17
  lunar -lunar 10/3/2026
  lunar -lunar -leap 15/2/2023
  lunar -year 2023
`

func main() {
	today := date.NewAt(time.Now().In(time.FixedZone("ICT", 7*3600)))
	os.Exit(run(os.Args[1:], today, os.Stdout, os.Stderr))
}

// run is the whole program: it returns the exit status, so tests call it
// directly. today is the day shown when no date is given.
func run(args []string, today date.Date, stdout, stderr io.Writer) int {
	err := convert(args, today, stdout)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0
	case errors.Is(err, lunar.ErrOutOfRange):
		err = fmt.Errorf("ngoài phạm vi: dương lịch 31/01/1900–31/12/2199, năm âm lịch 1900–2199 (%w)", err)
	case errors.Is(err, lunar.ErrNoSuchDate):
		err = fmt.Errorf("không có ngày âm lịch này (%w)", err)
	}
	fmt.Fprintln(stderr, "lunar:", err)
	return 1
}

func convert(args []string, today date.Date, w io.Writer) error {
	fs := flag.NewFlagSet("lunar", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, on one line
	var fromLunar bool
	fs.BoolVar(&fromLunar, "lunar", false, "")
	fs.BoolVar(&fromLunar, "to-solar", false, "")
	leap := fs.Bool("leap", false, "")
	year := fs.Int("year", 0, "")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 1:
		return fmt.Errorf("thừa đối số %q (cờ đặt trước NGÀY; -h để xem cách dùng)", fs.Arg(1))
	case *year != 0 && (fs.NArg() > 0 || fromLunar || *leap):
		return errors.New("-year không đi cùng NGÀY, -lunar hay -leap")
	case *year != 0:
		return printYear(w, *year)
	case *leap && !fromLunar:
		return errors.New("-leap chỉ dùng với -lunar")
	case fs.NArg() == 0 && fromLunar:
		return errors.New("-lunar cần một NGÀY âm lịch, ví dụ -lunar 1/1/2026")
	case fs.NArg() == 0:
		return printDay(w, today)
	}
	y, m, d, ok := parseYMD(fs.Arg(0))
	if !ok {
		return fmt.Errorf("ngày không hợp lệ %q: cần YYYY-MM-DD hoặc dd/mm/yyyy", fs.Arg(0))
	}
	if fromLunar {
		solar, err := lunar.Date{Year: y, Month: m, Day: d, Leap: *leap}.Solar()
		if err != nil {
			return err
		}
		return printDay(w, solar)
	}
	solar := date.New(y, time.Month(m), d)
	if yy, mm, dd := solar.Date(); yy != y || int(mm) != m || dd != d {
		return fmt.Errorf("ngày dương lịch không tồn tại %q", fs.Arg(0))
	}
	return printDay(w, solar)
}

// printDay prints a solar day with its lunar date and Can Chi names.
func printDay(w io.Writer, d date.Date) error {
	ld, err := lunar.FromSolar(d)
	if err != nil {
		return err
	}
	month := strconv.Itoa(ld.Month)
	if ld.Leap {
		month += " nhuận"
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Dương lịch:\t%s\n", dayName(d))
	fmt.Fprintf(tw, "Âm lịch:\tngày %d tháng %s năm %d (%s)\n", ld.Day, month, ld.Year, ld)
	fmt.Fprintf(tw, "Can Chi:\tngày %s, tháng %s, năm %s\n", lunar.DayCanChi(d), ld.MonthCanChi(), ld.YearCanChi())
	if name := festival(ld); name != "" {
		fmt.Fprintf(tw, "Ngày lễ:\t%s\n", name)
	}
	return tw.Flush()
}

// printYear prints the months of a lunar year, one a line, after the solar
// days of Tết and Giỗ Tổ.
func printYear(w io.Writer, year int) error {
	months, err := lunar.Months(year)
	if err != nil {
		return err
	}
	leap, err := lunar.LeapMonth(year)
	if err != nil {
		return err
	}
	gioTo, err := lunar.Date{Year: year, Month: 3, Day: 10}.Solar()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Năm âm lịch %d %s: %d tháng", year, lunar.YearCanChi(year), len(months))
	if leap != 0 {
		fmt.Fprintf(w, ", tháng %d nhuận\n", leap)
	} else {
		fmt.Fprint(w, ", không có tháng nhuận\n")
	}
	fmt.Fprintf(w, "Tết Nguyên đán (1/1):      %s\n", dayName(months[0].Start))
	fmt.Fprintf(w, "Giỗ Tổ Hùng Vương (10/3):  %s\n\n", dayName(gioTo))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Tháng\tCan Chi\tMùng 1\tSố ngày")
	for _, m := range months {
		number := strconv.Itoa(m.Number)
		if m.Leap {
			number += " nhuận"
		}
		length := "29 (thiếu)"
		if m.Days == 30 {
			length = "30 (đủ)"
		}
		first := lunar.Date{Year: year, Month: m.Number, Day: 1, Leap: m.Leap}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", number, first.MonthCanChi(), dayName(m.Start), length)
	}
	return tw.Flush()
}

// festival names the holidays of the labour code that follow the lunar
// calendar (Bộ luật Lao động 2019 Điều 112 khoản 1): Tết on 1/1 and Giỗ Tổ
// Hùng Vương on 10/3, of the regular month 3 even in a year with a leap
// month 3.
func festival(d lunar.Date) string {
	switch {
	case d.Leap:
		return ""
	case d.Month == 1 && d.Day == 1:
		return "Tết Nguyên đán"
	case d.Month == 3 && d.Day == 10:
		return "Giỗ Tổ Hùng Vương"
	}
	return ""
}

// parseYMD reads YYYY-MM-DD or dd/mm/yyyy (d/m/yyyy too) into numbers. It
// does not check that the day exists: lunar and solar months differ.
func parseYMD(s string) (y, m, d int, ok bool) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		parts = strings.Split(s, "/")
		if len(parts) != 3 {
			return 0, 0, 0, false
		}
		parts[0], parts[2] = parts[2], parts[0] // dd/mm/yyyy → yyyy, mm, dd
	}
	var n [3]int
	for i, p := range parts {
		if len(p) == 0 || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return 0, 0, 0, false
		}
		n[i], _ = strconv.Atoi(p)
	}
	if len(parts[0]) != 4 || len(parts[1]) > 2 || len(parts[2]) > 2 {
		return 0, 0, 0, false
	}
	return n[0], n[1], n[2], true
}

// dayName writes d as "Thứ Ba, 17/02/2026".
func dayName(d date.Date) string {
	names := [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}
	return names[d.Weekday()] + ", " + d.Format("02/01/2006")
}
