// Command refs lists the references to legal, administrative and Party
// documents in a Vietnamese text. It is a small front end to package
// github.com/vanban-go/vanban/legalref.
//
// Usage:
//
//	refs [-json] [FILE ...]
//
// With no FILE, or with FILE "-", it reads standard input. For every citation
// found (legalref.Extract) it prints:
//
//   - its byte span [start, end) in the input as given (NFD input included),
//     and the text as written, with line breaks shown as spaces;
//   - the canonical citation (legalref.Ref.String), the số/ký hiệu
//     (Ref.Symbol), the family and the identity key (Ref.ID);
//   - the relation when another citation acts on this one ("Nghị định
//     154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP");
//   - for a short form ("Chỉ thị 05"), the earlier full citation it repeats.
//
// Citations are numbered [1], [2], … in each input; relations and short forms
// point at those numbers.
//
// -json prints the same as one JSON array of objects with the fields file
// (when files are named), n, start, end, text (exactly as written), citation,
// symbol, family, id, relation, subject and antecedent (the n of the other
// citation; absent when there is none, and subject absent with a relation when
// the text itself acts), and ref (the legalref.Ref as JSON).
//
// Example:
//
//	$ echo 'Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP' | refs
//	[1] byte [0, 30): Nghị định 154/2020/NĐ-CP
//	    Trích dẫn chuẩn: Nghị định số 154/2020/NĐ-CP
//	    Số, ký hiệu:     154/2020/NĐ-CP
//	    Loại:            văn bản quy phạm pháp luật [Normative]
//	    Định danh:       /eli/vn/nghi-dinh/2020/154/cp
//
//	[2] byte [44, 73): Nghị định 34/2016/NĐ-CP
//	    Trích dẫn chuẩn: Nghị định số 34/2016/NĐ-CP
//	    Số, ký hiệu:     34/2016/NĐ-CP
//	    Loại:            văn bản quy phạm pháp luật [Normative]
//	    Định danh:       /eli/vn/nghi-dinh/2016/34/cp
//	    Quan hệ:         [1] 154/2020/NĐ-CP sửa đổi, bổ sung văn bản này
//
// A text without references prints "không tìm thấy trích dẫn nào" ("[]" with
// -json) and exits with status 0. The output is in Vietnamese. -h prints the
// usage; a file that cannot be read or a bad flag prints one line on stderr
// and exits with status 1.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vanban-go/vanban/legalref"
)

const usage = `refs: liệt kê các trích dẫn văn bản (pháp luật, hành chính, của Đảng) trong một văn bản

Cách dùng:
  refs [-json] [TỆP ...]

Không có TỆP (hoặc TỆP là "-"): đọc đầu vào chuẩn.
Mỗi trích dẫn: vị trí byte [đầu, cuối), nguyên văn, trích dẫn chuẩn, số/ký hiệu,
loại, định danh, quan hệ với trích dẫn khác, trích dẫn đầy đủ mà dạng rút gọn trỏ tới.
  -json   in cùng nội dung thành một mảng JSON

Ví dụ:
  refs 491_UBND-KGVX.txt
  echo 'Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP' | refs -json
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program: it returns the exit status, so tests call it
// directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("refs", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, on one line
	asJSON := fs.Bool("json", false, "")
	err := fs.Parse(args)
	if err == nil {
		err = refs(fs.Args(), *asJSON, stdin, stdout)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintln(stderr, "refs:", err)
	return 1
}

// item is one citation as printed, in text and in JSON.
type item struct {
	File       string            `json:"file,omitempty"`
	N          int               `json:"n"`
	Start      int               `json:"start"`
	End        int               `json:"end"`
	Text       string            `json:"text"`
	Citation   string            `json:"citation"`
	Symbol     string            `json:"symbol"`
	Family     legalref.Family   `json:"family"`
	ID         string            `json:"id"`
	Relation   legalref.Relation `json:"relation,omitempty"`
	Subject    int               `json:"subject,omitempty"`
	Antecedent int               `json:"antecedent,omitempty"`
	Ref        legalref.Ref      `json:"ref"`
}

// refs reads every input before printing, so that an unreadable file
// leaves stdout empty.
func refs(files []string, asJSON bool, stdin io.Reader, w io.Writer) error {
	named := len(files) > 0
	if !named {
		files = []string{"-"}
	}
	var inputs [][]item
	for _, name := range files {
		var b []byte
		var err error
		if name == "-" {
			b, err = io.ReadAll(stdin)
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			return fmt.Errorf("không đọc được %s: %w", name, err)
		}
		file := ""
		if named {
			file = name
		}
		inputs = append(inputs, items(file, string(b)))
	}
	if asJSON {
		all := []item{}
		for _, in := range inputs {
			all = append(all, in...)
		}
		b, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	for i, in := range inputs {
		if named {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "Tệp %s\n", files[i])
		}
		printItems(w, in)
	}
	return nil
}

// items extracts the citations of text; Subject and Antecedent become the
// 1-based numbers of the citations they point at.
func items(file, text string) []item {
	ms := legalref.Extract(text)
	out := make([]item, len(ms))
	for i, m := range ms {
		out[i] = item{
			File: file, N: i + 1, Start: m.Start, End: m.End, Text: text[m.Start:m.End],
			Citation: m.Ref.String(), Symbol: m.Ref.Symbol(), Family: m.Ref.Family, ID: m.Ref.ID(),
			Relation: m.Relation, Subject: m.Subject + 1, Antecedent: m.Antecedent + 1, Ref: m.Ref,
		}
	}
	return out
}

func printItems(w io.Writer, in []item) {
	if len(in) == 0 {
		fmt.Fprintln(w, "không tìm thấy trích dẫn nào")
		return
	}
	for i, it := range in {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "[%d] byte [%d, %d): %s\n", it.N, it.Start, it.End, strings.Join(strings.Fields(it.Text), " "))
		fmt.Fprintf(w, "    Trích dẫn chuẩn: %s\n", it.Citation)
		fmt.Fprintf(w, "    Số, ký hiệu:     %s\n", it.Symbol)
		fmt.Fprintf(w, "    Loại:            %s [%s]\n", familyName(it.Family), it.Family)
		fmt.Fprintf(w, "    Định danh:       %s\n", it.ID)
		switch {
		case it.Relation == legalref.NoRelation:
		case it.Subject == 0:
			fmt.Fprintf(w, "    Quan hệ:         văn bản đang đọc %s văn bản này\n", relationName(it.Relation))
		default:
			fmt.Fprintf(w, "    Quan hệ:         [%d] %s %s văn bản này\n", it.Subject, in[it.Subject-1].Symbol, relationName(it.Relation))
		}
		if it.Antecedent > 0 {
			fmt.Fprintf(w, "    Dẫn lại:         [%d] %s\n", it.Antecedent, in[it.Antecedent-1].Citation)
		}
	}
}

// familyName gives the Vietnamese term for a family of documents.
func familyName(f legalref.Family) string {
	switch f {
	case legalref.Unknown:
		return "chưa rõ"
	case legalref.Normative:
		return "văn bản quy phạm pháp luật"
	case legalref.Administrative:
		return "văn bản hành chính"
	case legalref.CongVan:
		return "công văn"
	case legalref.Party:
		return "văn bản của Đảng"
	case legalref.Joint:
		return "văn bản liên tịch"
	case legalref.Standard:
		return "quy chuẩn kỹ thuật"
	case legalref.Consolidated:
		return "văn bản hợp nhất"
	}
	return f.String()
}

// relationName gives the verb of a relation phrase, as written in Vietnamese.
func relationName(r legalref.Relation) string {
	switch r {
	case legalref.Amends:
		return "sửa đổi, bổ sung"
	case legalref.Replaces:
		return "thay thế"
	case legalref.Guides:
		return "hướng dẫn"
	case legalref.Repeals:
		return "bãi bỏ"
	case legalref.Corrects:
		return "đính chính"
	case legalref.Consolidates:
		return "hợp nhất"
	}
	return r.String()
}
