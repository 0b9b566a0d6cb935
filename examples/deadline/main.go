// Command deadline reads a Vietnamese directive and prints who must report by
// when. With no arguments it reads the seed document embedded in the program:
// Công văn 491/UBND-KGVX of Ủy ban nhân dân tỉnh Kiên Giang, 20/4/2021.
//
// This first version prints the document's identity and the number of
// calendar days from its date to its report deadline; the working-day
// calendar and the directive parser replace that arithmetic as they land.
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/internal/vntext"
)

//go:embed seed.txt
var seed string

func main() {
	if err := run(os.Stdout, seed); err != nil {
		fmt.Fprintln(os.Stderr, "deadline:", err)
		os.Exit(1)
	}
}

var (
	symbolRE   = regexp.MustCompile(`Số:\s*([0-9]+)\s*/\s*([^\s]+)`)
	placeRE    = regexp.MustCompile(`(?m)^\s*([^,\n]+), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})`)
	deadlineRE = regexp.MustCompile(`trước ngày (\d{1,2})/(\d{1,2})/(\d{4})`)
)

func run(w io.Writer, text string) error {
	text = vntext.NFC(strings.ReplaceAll(text, "*", ""))
	sym := symbolRE.FindStringSubmatch(text)
	if sym == nil {
		return fmt.Errorf("no \"Số:\" line: not a document")
	}
	pl := placeRE.FindStringSubmatch(text)
	if pl == nil {
		return fmt.Errorf("no place and date line")
	}
	issued, err := ymd(pl[4], pl[3], pl[2])
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Văn bản:   Số %s/%s\n", sym[1], sym[2])
	fmt.Fprintf(w, "Nơi, ngày: %s, %s\n", strings.TrimSpace(pl[1]), issued.Format("02/01/2006"))
	dl := deadlineRE.FindStringSubmatch(text)
	if dl == nil {
		fmt.Fprintln(w, "Hạn báo cáo: không có")
		return nil
	}
	due, err := ymd(dl[3], dl[2], dl[1])
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Hạn báo cáo: trước ngày %s (%d ngày lịch sau ngày ban hành)\n", due.Format("02/01/2006"), int(due-issued))
	return nil
}

func ymd(y, m, d string) (date.Date, error) {
	yy, err1 := strconv.Atoi(y)
	mm, err2 := strconv.Atoi(m)
	dd, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return 0, fmt.Errorf("bad date %s/%s/%s", d, m, y)
	}
	return date.New(yy, time.Month(mm), dd), nil
}
