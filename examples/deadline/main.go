// Command deadline reads a Vietnamese directive and says who must report, to
// whom, through whom and by which working day, and why that day. It is the
// main example of vanban: it puts packages directive, directive/unit,
// directive/deadline, reporting, legalref and calendar together.
//
// With no arguments it reads the seed, Công văn 491/UBND-KGVX of Ủy ban nhân
// dân tỉnh Kiên Giang (20/4/2021), embedded in the program, and resolves its
// recipients on the hierarchy of Kiên Giang as of 2021, also embedded (a copy
// of examples/data/kiengiang.json). It prints, in Vietnamese:
//
//   - the document: số and ký hiệu, type, issuing body, place and date,
//     trích yếu, signer, and the Kính gửi lines with the units each stands for;
//   - the documents it cites, as canonical citations, with where they are cited;
//   - its tasks (the numbered items), in brief;
//   - each report it requires, with the due day and why: the phrase, the
//     reading of "trước ngày X" (-policy), the days off the count crossed and
//     those that moved the day, and the working days left as of -asof;
//   - the obligations (reporting.Derive): one per unit, grouped by recipient,
//     intermediary and due day, every unit named.
//
// Usage:
//
//	deadline [-file FILE] [-hierarchy FILE] [-asof DATE] [-policy POLICY] [-lead N] [-json | -obligations]
//
//	-file FILE       read the document's text from FILE ("-": standard input)
//	-hierarchy FILE  resolve the recipients on this hierarchy (the JSON of unit.DecodeJSON)
//	-asof DATE       count the working days left from DATE (default: the document's date)
//	-policy POLICY   how "trước ngày X" is read: strict (default, day X excluded),
//	                 inclusive (day X included) or strict-backward
//	-lead N          contributors report to the intermediary N working days before
//	                 its own deadline (default 0: the same day)
//	-json            print the same as one JSON object
//	-obligations     print the obligations in the JSON form of package reporting
//	                 ([]reporting.Obligation), as examples/reports reads them
//
// DATE is written 2021-11-01 or 01/11/2021 (also 1/11/2021).
//
// Examples:
//
//	$ deadline
//	$ deadline -asof 2021-11-01 -policy inclusive
//	$ deadline -json | jq '.obligations[0]'
//	$ deadline -file 454_UBND-NCTH.txt -hierarchy ../data/haugiang.json
//	$ deadline -lead 5 -obligations > obligations.json
//
// -json prints an object with
//
//   - document: symbol, number, type, issuer, organ (as printed), place,
//     date (YYYY-MM-DD), subject, signer, addressees (text, units, rule,
//     reason), citations (citation, symbol, id, cited), tasks (item, summary);
//   - asOf (YYYY-MM-DD), policy, hierarchy (the hierarchy's name);
//   - reports: one per requirement, with its phrase, recipient and
//     intermediary as written, due, last and named days, workdays (from the
//     document's date), workdaysLeft (from asOf), explanation, steps and the
//     daysOff between the document's date and the due day, or error, or
//     noDeadline; obligationError when no obligation could be derived;
//   - obligations: id, unit (the official name), unitId, role, tasks,
//     reportTo, via (a list of names, nearest first), purpose, due
//     (YYYY-MM-DD), deadline (the first late instant, RFC 3339, UTC+7),
//     policy, explanation, steps, workdaysLeft (negative once overdue: minus
//     the working days late), provisional, noDeadline, report (the number of
//     the requirement), relay and notes;
//   - obligationErrors: why obligations could not be derived, if any.
//
// A document that requires no report prints its identity, citations and
// tasks and says so. A report required without a deadline ("… và báo cáo
// Thủ tướng Chính phủ", Công văn 2541/VPCP-QHQT) gives obligations without
// one ("Hạn: không có"; in JSON noDeadline, due and deadline empty).
//
// When obligations cannot be derived — the hierarchy lacks the issuing body,
// or a report's sentence names a body the hierarchy does not know ("Tổ công
// tác") and there is no Kính gửi to fall back on — everything else is
// printed all the same, the obligations of the other reports included, and
// the output says why (in JSON: obligationErrors, and obligationError on the
// report); then one line on stderr repeats it and the status is 1. Bad input
// (a text that is not a document, an unknown date format or policy, a
// hierarchy that does not read) prints one line on stderr, nothing on
// stdout, and exits with status 1; -h prints the usage.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/directive/unit"
)

// seed is Công văn 491/UBND-KGVX of UBND tỉnh Kiên Giang, 20/4/2021, as
// published by the province (the text of the project's test corpus).
//
//go:embed seed.txt
var seed string

// kienGiang is the hierarchy of Kiên Giang of 2021 and its successors: a copy
// of ../data/kiengiang.json, which go:embed cannot reach (TestHierarchyCopy
// keeps the two equal).
//
//go:embed kiengiang.json
var kienGiang []byte

const usage = `deadline: ai phải báo cáo, gửi ai, qua ai, hạn ngày làm việc nào và vì sao

Cách dùng:
  deadline [-file TỆP] [-hierarchy TỆP] [-asof NGÀY] [-policy CÁCH] [-lead N] [-json | -obligations]

Không có -file: đọc Công văn 491/UBND-KGVX ngày 20/4/2021 của UBND tỉnh Kiên Giang
(gắn sẵn) và hệ thống đơn vị tỉnh Kiên Giang năm 2021 (gắn sẵn).
  -file TỆP        đọc văn bản từ TỆP ("-": đầu vào chuẩn)
  -hierarchy TỆP   hệ thống đơn vị (JSON của unit.DecodeJSON, xem examples/data)
  -asof NGÀY       đếm số ngày làm việc còn lại từ NGÀY (mặc định: ngày văn bản)
  -policy CÁCH     cách hiểu "trước ngày X": strict (mặc định, không tính ngày X),
                   inclusive (tính cả ngày X) hoặc strict-backward
  -lead N          đơn vị gửi cơ quan tổng hợp trước hạn của cơ quan đó N ngày làm việc
                   (mặc định 0: cùng ngày)
  -json            in cùng nội dung dưới dạng JSON
  -obligations     in các nghĩa vụ báo cáo dạng JSON của gói reporting (cho examples/reports)

NGÀY viết 2021-11-01 hoặc 01/11/2021.

Ví dụ:
  deadline
  deadline -asof 2021-11-01 -policy inclusive
  deadline -file 454_UBND-NCTH.txt -hierarchy examples/data/haugiang.json
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program: it returns the exit status, so tests call it
// directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := deadlineMain(args, stdin, stdout)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintln(stderr, "deadline:", oneLine(err.Error()))
	return 1
}

// options are the program's flags, read.
type options struct {
	text      string
	hierarchy *unit.Hierarchy
	asOf      date.Date // zero: the document's date
	policy    deadline.Policy
	lead      int
	asJSON    bool
	raw       bool
}

func deadlineMain(args []string, stdin io.Reader, stdout io.Writer) error {
	opt, err := parseFlags(args, stdin)
	if err != nil {
		return err
	}
	res, err := analyse(opt, calendar.Default())
	if err != nil {
		return err
	}
	// Everything is computed before anything is printed, so that an error
	// leaves stdout empty. Obligations that could not be derived are not
	// such an error: what was read is printed, with why, and then the
	// status is 1.
	var b strings.Builder
	switch {
	case opt.raw:
		err = writeObligations(&b, res)
	case opt.asJSON:
		err = writeJSON(&b, res)
	default:
		writeText(&b, res)
	}
	if err != nil {
		return err
	}
	if _, err = io.WriteString(stdout, b.String()); err != nil {
		return err
	}
	if n := len(res.ObligationErrors); n > 0 {
		return fmt.Errorf("không lập được nghĩa vụ báo cáo (%d lỗi, xem kết quả): %s", n, res.ObligationErrors[0])
	}
	return nil
}

func parseFlags(args []string, stdin io.Reader) (options, error) {
	fs := flag.NewFlagSet("deadline", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, on one line
	file := fs.String("file", "", "")
	hier := fs.String("hierarchy", "", "")
	asOf := fs.String("asof", "", "")
	policy := fs.String("policy", "strict", "")
	lead := fs.Int("lead", 0, "")
	asJSON := fs.Bool("json", false, "")
	raw := fs.Bool("obligations", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return options{}, err
		}
		return options{}, fmt.Errorf("%w (-h để xem cách dùng)", err)
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("đối số thừa %q (văn bản khác: -file TỆP; -h để xem cách dùng)", fs.Arg(0))
	}
	opt := options{text: seed, lead: *lead, asJSON: *asJSON, raw: *raw}
	if *asJSON && *raw {
		return opt, errors.New("chọn một trong -json và -obligations")
	}
	if *lead < 0 {
		return opt, fmt.Errorf("-lead phải không âm, không phải %d", *lead)
	}
	if err := opt.policy.UnmarshalText([]byte(*policy)); err != nil {
		return opt, fmt.Errorf("cách hiểu không hợp lệ %q: cần strict, inclusive hoặc strict-backward", *policy)
	}
	if *asOf != "" {
		d, err := parseDate(*asOf)
		if err != nil {
			return opt, err
		}
		opt.asOf = d
	}
	if *file != "" {
		b, err := readFile(*file, stdin)
		if err != nil {
			return opt, err
		}
		opt.text = string(b)
	}
	js := kienGiang
	if *hier != "" {
		b, err := readFile(*hier, stdin)
		if err != nil {
			return opt, err
		}
		js = b
	}
	h, err := unit.DecodeJSON(js)
	if err != nil {
		return opt, fmt.Errorf("không đọc được hệ thống đơn vị: %w", err)
	}
	opt.hierarchy = h
	return opt, nil
}

func readFile(name string, stdin io.Reader) ([]byte, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, fmt.Errorf("không đọc được %s: %w", name, err)
	}
	return b, nil
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

// oneLine folds an error message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
