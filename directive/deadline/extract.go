package deadline

// Match is a deadline phrase found in running text: the expression and its
// byte span in the text as given.
type Match struct {
	Expr Expr
	// Start and End are the byte offsets of the phrase in the text given to
	// Extract: text[Start:End] is the phrase as written.
	Start, End int
}

// Extract returns every deadline phrase in text, in reading order, with
// byte offsets into text as given (NFD text included). It reads the forms of
// [Parse], except that a bare span ("quý I/2022") or a bare period ("15
// ngày") needs a word before it that makes it a deadline ("trong", "trước",
// "chậm nhất", "đến hết") or, for a period, an event after it ("05 ngày kể
// từ ngày ký"). A date alone is not a deadline: the date of a document or of
// a cited text is not reported. After the words of a bound, a date needs
// "ngày" or its year: "trước 20/11/2021" is a deadline, "trước 20/11" is
// not (it could be a fraction or a range). Phrases with a day that does not exist are
// skipped. Extract reads words, not intentions: a span in a narrative ("kết
// quả đạt được trong năm 2020") is reported like a deadline, and the caller,
// who knows the sentence, decides whether it sets a task's due day.
//
// The directive parser calls it on a document's body and on each numbered
// item. It runs in time linear in the length of text.
func Extract(text string) []Match {
	return newParser(text, false).extract()
}

func (p *parser) extract() []Match {
	var out []Match
	for i := 0; i < len(p.t); {
		if p.t[i].kind != tPunct {
			if e, j := p.phrase(i); j > 0 {
				s, end := p.f.Span(int(p.t[i].b), int(p.t[j-1].e))
				out = append(out, Match{Expr: e, Start: s, End: end})
				i = j
				continue
			}
		}
		i++
	}
	return out
}
