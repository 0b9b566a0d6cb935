package directive

import (
	"strings"
	"unicode/utf8"

	"github.com/vanban-go/vanban/internal/vntext"
)

// piece is one column of one line of the input: the unit the layout
// parser reads. A line of a two-column layout ("Nơi nhận:      KT. CHỦ
// TỊCH") gives two pieces; a blank line gives one empty piece.
type piece struct {
	text  string // NFC, white space folded, Markdown emphasis removed
	line  int    // 0-based index of the source line
	first bool   // the first piece of its line
}

// columnGap is the run of spaces that separates two columns of a line laid
// out with spaces (Format, and PDF text extraction in layout mode). A tab
// separates columns too.
const columnGap = 3

// splitPieces splits text (already NFC) into lines and each line into its
// columns. Lines end at "\n", "\r\n" or "\r".
func splitPieces(text string) (pieces []piece, nlines int) {
	pieces = make([]piece, 0, strings.Count(text, "\n")+8)
	line := 0
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		var ln string
		if i < 0 {
			ln, text = text, ""
		} else {
			ln = text[:i]
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			text = text[i+1:]
		}
		pieces = appendColumns(pieces, stripMarkdown(ln), line)
		line++
	}
	return pieces, line
}

// appendColumns appends the columns of one line to pieces.
func appendColumns(pieces []piece, ln string, line int) []piece {
	first := true
	start := 0
	emit := func(end int) {
		if t := vntext.Spaces(ln[start:end]); t != "" {
			pieces = append(pieces, piece{text: t, line: line, first: first})
			first = false
		}
	}
	for i := 0; i < len(ln); {
		r, n := utf8.DecodeRuneInString(ln[i:])
		if !vntext.IsSpace(r) {
			i += n
			continue
		}
		// A run of white space: a column gap if it has a tab or is wide.
		j, width, tab := i, 0, false
		for j < len(ln) {
			r, m := utf8.DecodeRuneInString(ln[j:])
			if !vntext.IsSpace(r) {
				break
			}
			if r == '\t' {
				tab = true
			}
			width++
			j += m
		}
		if (tab || width >= columnGap) && strings.TrimSpace(ln[start:i]) != "" && j < len(ln) {
			emit(i)
			start = j
		}
		i = j
	}
	emit(len(ln))
	if first { // nothing emitted: a blank line
		pieces = append(pieces, piece{line: line, first: true})
	}
	return pieces
}
