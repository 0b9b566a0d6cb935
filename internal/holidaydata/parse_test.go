package holidaydata

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

func TestParseShippedTable(t *testing.T) {
	data, err := os.ReadFile("holidays-vn.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	// calendar.md §6: "The file has 279 rows plus a header", 263 confirmed,
	// 6 single-source, 10 inferred.
	if len(rows) != 279 {
		t.Errorf("rows = %d, want 279 (calendar.md §6)", len(rows))
	}
	conf := map[string]int{}
	for _, r := range rows {
		conf[r.Confidence]++
	}
	if conf["confirmed"] != 263 || conf["single-source"] != 6 || conf["inferred"] != 10 {
		t.Errorf("confidence counts = %v, want 263 confirmed, 6 single-source, 10 inferred (calendar.md §6)", conf)
	}
	first := rows[0]
	if first.Line != 2 || first.Date != date.New(2010, 1, 1) || first.Kind != "holiday" || first.Name != "Tết Dương lịch" {
		t.Errorf("first row = %+v", first)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Row
		line     int
		col      int
	}{
		{name: "four fields, CRLF, comment, blank",
			in:   "# comment\r\n\r\n2028-01-01\tholiday\tTết Dương lịch\tBLLĐ 2019 Điều 112\r\n",
			want: []Row{{Line: 3, Date: date.New(2028, 1, 1), Kind: "holiday", Name: "Tết Dương lịch", Source: "BLLĐ 2019 Điều 112"}}},
		{name: "header and five fields, no final newline",
			in:   "date\tkind\tname\tsource\tconfidence\n2028-09-01\tholiday\tQuốc khánh (ngày liền kề)\t\tinferred",
			want: []Row{{Line: 2, Date: date.New(2028, 9, 1), Kind: "holiday", Name: "Quốc khánh (ngày liền kề)", Confidence: "inferred"}}},
		{name: "empty", in: ""},
		{name: "too few fields", in: "2028-01-01\tholiday\tTết\n", line: 1},
		{name: "too many fields", in: "2028-01-01\tholiday\tTết\ts\tconfirmed\tx\n", line: 1},
		{name: "no such day", in: "2021-02-29\tholiday\tx\ts\n", line: 1, col: ColDate},
		{name: "short date", in: "2021-2-3\tholiday\tx\ts\n", line: 1, col: ColDate},
		{name: "empty name", in: "2021-02-03\tholiday\t \ts\n", line: 1, col: ColName},
		{name: "empty kind", in: "2021-02-03\t\tx\ts\n", line: 1, col: ColKind},
		{name: "control character", in: "2021-02-03\tholiday\tx\x01y\ts\n", line: 1, col: ColName},
		{name: "invalid UTF-8", in: "2021-02-03\tholiday\t\xff\ts\n", line: 1},
		{name: "header after a row is a row", in: "2021-02-03\tholiday\tx\ts\ndate\tkind\tname\tsource\n", line: 2, col: ColDate},
		{name: "long line", in: "2021-02-03\tholiday\ta" + strings.Repeat("ễ", 2000) + "\ts\n", line: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if tt.line != 0 {
				var se *SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("err = %v, want a *SyntaxError", err)
				}
				if se.Line != tt.line || se.Column != tt.col {
					t.Errorf("error at line %d column %d, want %d, %d (%v)", se.Line, se.Column, tt.line, tt.col, err)
				}
				if !utf8.ValidString(se.Value) {
					t.Errorf("error value %q is not valid UTF-8", se.Value)
				}
				if !strings.HasPrefix(err.Error(), "holidaydata: line ") {
					t.Errorf("message %q lacks the package prefix and line", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d rows, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("date\tkind\tname\tsource\tconfidence\n2010-01-01\tholiday\tTết Dương lịch\tBLLĐ\tconfirmed\n"))
	f.Add([]byte("2028-02-30\tswap-off\tx\t\n"))
	f.Add([]byte("\r\n#\n\t\t\t\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := Parse(data)
		if err != nil {
			return
		}
		for _, r := range rows {
			if r.Name == "" || r.Kind == "" || !utf8.ValidString(r.Name+r.Source+r.Confidence) {
				t.Fatalf("accepted a bad row %+v", r)
			}
			if back, ok := parseDate(r.Date.String()); !ok || back != r.Date {
				t.Fatalf("date %v does not round-trip", r.Date)
			}
		}
	})
}
