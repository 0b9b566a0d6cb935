package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/reporting"
)

// ict is Vietnam's fixed zone, UTC+7.
var ict = time.FixedZone("ICT", 7*3600)

// statusOutput is what status -json prints.
type statusOutput struct {
	Report    reporting.Report     `json:"report"`
	Summary   reporting.Summary    `json:"summary"`
	Reminders []reporting.Reminder `json:"reminders"`
}

// status prints the status of every obligation as of an instant, the
// submissions not counted, the reminders and the compliance summary.
func status(w io.Writer, args []string) error {
	fs := newFlags("status")
	obFile := fs.String("obligations", "", "")
	subFile := fs.String("submissions", "", "")
	asOfText := fs.String("asof", "", "")
	dueSoon := fs.Int("due-soon", 3, "")
	asJSON := fs.Bool("json", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *obFile == "" || *subFile == "" || *asOfText == "" {
		return errors.New("status cần -obligations TỆP, -submissions TỆP và -asof THỜI_ĐIỂM")
	}
	asOf, err := parseInstant(*asOfText)
	if err != nil {
		return err
	}
	var obs []reporting.Obligation
	if err := readJSON(*obFile, &obs); err != nil {
		return err
	}
	var subs []reporting.Submission
	if err := readJSON(*subFile, &subs); err != nil {
		return err
	}
	rep, err := reporting.Evaluate(calendar.Default(), obs, subs, asOf, reporting.Options{DueSoon: *dueSoon})
	if err != nil {
		return err
	}
	out := statusOutput{Report: rep, Summary: reporting.Summarize(rep), Reminders: rep.Reminders()}
	if out.Reminders == nil {
		out.Reminders = []reporting.Reminder{}
	}
	if *asJSON {
		b, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	return writeStatus(w, out)
}

func writeStatus(w io.Writer, out statusOutput) error {
	rep := out.Report
	asOf := rep.AsOf.In(ict)
	fmt.Fprintf(w, "Tình trạng %d nghĩa vụ báo cáo tính đến %s %s (UTC+7)\n\n", len(rep.Items), asOf.Format("15:04"), dayName(reporting.DayOf(asOf)))
	names := map[string]string{}
	for _, it := range rep.Items {
		names[it.Obligation.Bearer.ID] = it.Obligation.Bearer.Name
	}

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tĐơn vị\tHạn\tTình trạng\tNhận lúc\tNgày làm việc")
	for i, it := range rep.Items {
		o := it.Obligation
		name := o.Bearer.Name
		if o.Role == reporting.Consolidator {
			name += " (tổng hợp)"
		}
		at := ""
		if !it.Submission.At.IsZero() {
			at = it.Submission.At.In(ict).Format("15:04 02/01/2006")
		}
		due := dayName(o.Due.Day)
		if o.Due.NoDeadline {
			due = "không có hạn"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", i+1, name, due, it.Status.Vietnamese(), at, days(it))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if len(rep.Irregular) > 0 {
		fmt.Fprintf(w, "\nBáo cáo không được tính (%d):\n", len(rep.Irregular))
		for _, ir := range rep.Irregular {
			s := ir.Submission
			from := names[s.Unit]
			if from == "" {
				from = s.Unit
			}
			line := "  - " + s.At.In(ict).Format("15:04 02/01/2006")
			if s.ID != "" {
				line += ", số đến " + s.ID
			}
			if from != "" {
				line += ", từ " + from
			}
			line += ", cho nghĩa vụ " + s.Obligation + ": " + reasonName(ir)
			fmt.Fprintln(w, line)
		}
	}
	if rep.Later > 0 {
		fmt.Fprintf(w, "\n%d báo cáo nhận sau thời điểm tính, chưa xét.\n", rep.Later)
	}
	if len(out.Reminders) > 0 {
		fmt.Fprintf(w, "\nCần nhắc (%d):\n", len(out.Reminders))
		for _, r := range out.Reminders {
			fmt.Fprintf(w, "  - %s\n", r.Text)
		}
	}
	fmt.Fprintln(w)
	_, err := io.WriteString(w, out.Summary.Text())
	return err
}

// days says how many working days are left, early or late.
func days(it reporting.Item) string {
	switch it.Status {
	case reporting.NotDue, reporting.DueSoon:
		return "còn " + strconv.Itoa(it.WorkdaysLeft)
	case reporting.OnTime:
		if it.Obligation.Due.NoDeadline {
			return "" // no due day to count from
		}
		if it.WorkdaysEarly == 0 {
			return "đúng ngày hạn"
		}
		return "sớm " + strconv.Itoa(it.WorkdaysEarly)
	case reporting.Late:
		return "trễ " + strconv.Itoa(it.WorkdaysLate)
	case reporting.Overdue:
		return "quá hạn " + strconv.Itoa(it.WorkdaysLate)
	}
	return ""
}

func reasonName(ir reporting.Irregular) string {
	switch ir.Reason {
	case reporting.UnknownObligation:
		return "không có nghĩa vụ nào mang mã này"
	case reporting.WrongUnit:
		return "không phải đơn vị có nghĩa vụ gửi"
	case reporting.Duplicate:
		return "gửi lại; bản được tính nhận lúc " + ir.Counted.At.In(ict).Format("15:04 02/01/2006")
	}
	return ir.Reason.String()
}

// readJSON decodes the JSON file name into v.
func readJSON(name string, v any) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("không đọc được %s: %w", name, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%s: JSON không hợp lệ ở byte %d: %w", name, se.Offset, err)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// parseInstant reads an instant: RFC 3339 with its offset, or a day and a
// time in UTC+7, or a day alone (00:00 of that day).
func parseInstant(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(ict), nil
	}
	for _, layout := range []string{
		"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05",
		"2/1/2006 15:04", "2/1/2006 15:04:05", "2006-01-02", "2/1/2006",
	} {
		if t, err := time.ParseInLocation(layout, s, ict); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("thời điểm không hợp lệ %q: cần 2021-11-20T09:00, \"20/11/2021 09:00\" hoặc 2021-11-20", s)
}
