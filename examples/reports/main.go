// Command reports answers the two questions of a reporting desk (the Sở Nội
// vụ, a ministry's office): when are the periodic reports of a year due, and
// who has sent which report, on time or late. It is a small front end to
// package github.com/vanban-go/vanban/reporting.
//
// Usage:
//
//	reports schedule -year YEAR -freq FREQ [-levels N,N…] [-dayoff RULE] [-json]
//	reports status -obligations FILE -submissions FILE -asof INSTANT [-due-soon N] [-json]
//
// schedule lists the periods of a periodic report for YEAR under Nghị định
// 09/2019/NĐ-CP: each period (kỳ báo cáo), its data window (thời gian chốt số
// liệu, Điều 12) and its due day (Điều 13 khoản 1: "chậm nhất vào ngày 25 của
// tháng cuối kỳ báo cáo", for ministries and provincial People's Committees
// reporting to the Government), with the working days between the end of the
// window and the due day. FREQ is monthly, quarterly, half-yearly,
// nine-months (a provincial convention, 15/12–14/9) or annual. -levels adds
// the days of lower levels, lowest first, as a province's or ministry's
// own regime sets them under Điều 13 khoản 2 (-levels 17,20 for Thông tư
// 55/2020/TT-BCT). A due day on a day off moves to the next working day
// (-dayoff forward, Bộ luật Dân sự 2015 Điều 148 khoản 5), or stays (keep),
// or moves back (backward, an office practice). -json prints the
// reporting.Occurrence values.
//
// status reads obligations (a JSON array of reporting.Obligation, as
// `deadline -obligations` prints them) and submissions (a JSON array of
// reporting.Submission: obligation, unit, at, id) and prints, as of INSTANT,
// each obligation's status (reporting.Evaluate) with the working days left,
// early or late; the submissions not counted (for no known obligation, from
// the wrong unit, repeated) and those received later; the reminders to send
// (nhắc việc); and the compliance summary per unit and overall
// (reporting.Summarize), rates with two decimals adding up to 100. -due-soon
// N flags open obligations with at most N working days left (default 3).
// -json prints {"report", "summary", "reminders"}.
//
// INSTANT is 2021-11-20T09:00, 2021-11-20 09:00, 20/11/2021 09:00, an RFC 3339
// instant with its offset, or a day alone (2021-11-20, 20/11/2021: 00:00 of
// that day); times without an offset are in Vietnam, UTC+7.
//
// Examples:
//
//	$ reports schedule -year 2026 -freq monthly
//	$ reports schedule -year 2026 -freq quarterly -levels 17,20
//	$ reports status -obligations testdata/obligations.json \
//	      -submissions testdata/submissions.json -asof 2021-11-20T09:00
//
// The files under testdata are the seed's obligations (Công văn 491/UBND-KGVX,
// contributors due 5 working days before Sở Nội vụ: `deadline -lead 5
// -obligations`) and a realistic set of submissions to Sở Nội vụ tỉnh Kiên
// Giang. The output is in Vietnamese. -h prints the usage; a bad argument or
// file prints one line on stderr and exits with status 1, a missing command
// with status 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

const usage = `reports: lịch báo cáo định kỳ và tình hình gửi báo cáo

Cách dùng:
  reports schedule -year NĂM -freq TẦN_SUẤT [-levels N,N…] [-dayoff CÁCH] [-json]
      các kỳ báo cáo của NĂM theo Nghị định 09/2019/NĐ-CP: kỳ, thời gian chốt số liệu
      (Điều 12), hạn gửi (Điều 13: chậm nhất ngày 25 của tháng cuối kỳ)
      TẦN_SUẤT: monthly, quarterly, half-yearly, nine-months, annual
      -levels   ngày hạn của các cấp dưới, cấp thấp nhất trước (ví dụ 17,20)
      -dayoff   hạn rơi vào ngày nghỉ: forward (mặc định, sang ngày làm việc sau),
                keep (giữ nguyên), backward (lùi về ngày làm việc trước)
  reports status -obligations TỆP -submissions TỆP -asof THỜI_ĐIỂM [-due-soon N] [-json]
      tình trạng từng nghĩa vụ, báo cáo không được tính, nhắc việc, thống kê tỷ lệ đúng hạn
      -due-soon N   sắp đến hạn khi còn tối đa N ngày làm việc (mặc định 3)

THỜI_ĐIỂM viết 2021-11-20T09:00, "20/11/2021 09:00" hoặc chỉ ngày (0 giờ); giờ Việt Nam (UTC+7).

Ví dụ:
  reports schedule -year 2026 -freq monthly
  reports status -obligations testdata/obligations.json -submissions testdata/submissions.json -asof 2021-11-20T09:00
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program: it returns the exit status, so tests call it
// directly. stdin is unused; it keeps the signature of the other examples.
func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "reports: thiếu lệnh (schedule, status; -h để xem cách dùng)")
		return 2
	}
	var b strings.Builder // printed only on success
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "schedule":
		err = schedule(&b, rest)
	case "status":
		err = status(&b, rest)
	case "-h", "-help", "--help", "help":
		err = flag.ErrHelp
	default:
		err = fmt.Errorf("không có lệnh %q (schedule, status; -h để xem cách dùng)", cmd)
	}
	switch {
	case err == nil:
		_, _ = io.WriteString(stdout, b.String())
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintln(stderr, "reports:", strings.Join(strings.Fields(err.Error()), " "))
	return 1
}

// newFlags returns a flag set that reports its errors through run, on one
// line.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args and rejects positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%s: %w (-h để xem cách dùng)", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%s: đối số thừa %q (-h để xem cách dùng)", fs.Name(), fs.Arg(0))
	}
	return nil
}
