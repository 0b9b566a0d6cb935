package directive

import (
	"strings"

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
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	pieces = make([]piece, 0, strings.Count(text, "\n")+8)
	line := 0
	for len(text) > 0 {
		var ln string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			ln, text = text[:i], text[i+1:]
		} else {
			ln, text = text, ""
		}
		ln = stripMarkdown(ln)
		if t := strings.TrimSpace(ln); strings.HasPrefix(t, "|") {
			// A Markdown table: the heading of a web page laid out in
			// two cells, "| ỦY BAN NHÂN DÂN | CỘNG HÒA … |".
			n := len(pieces)
			for _, cell := range strings.Split(strings.Trim(t, "|"), "|") {
				pieces = appendColumns(pieces, cell, line)
			}
			pieces = dropBlankCells(pieces, n, line)
			line++
			continue
		}
		pieces = appendColumns(pieces, ln, line)
		line++
	}
	return pieces, line
}

// appendColumns appends the columns of one line to pieces. A run of white
// space with a tab, or of columnGap spaces (ASCII or no-break), separates
// two columns.
func appendColumns(pieces []piece, ln string, line int) []piece {
	if strings.IndexByte(ln, '\t') < 0 && !strings.Contains(ln, "  ") && !strings.Contains(ln, "\u00a0") {
		// No run of white space wide enough to part columns: one piece
		// (the common case of a paragraph's line). Trimmed, it has no
		// space at its ends and no run of spaces, so cleanPiece needs only
		// the test of hasSpecial.
		t := strings.Trim(ln, " ")
		if hasSpecial(t) {
			t = vntext.Spaces(t)
		}
		if t != "" {
			return append(pieces, piece{text: t, line: line, first: true})
		}
		return append(pieces, piece{line: line, first: true})
	}
	first := true
	start := 0
	emit := func(end int) {
		if t := cleanPiece(strings.Trim(ln[start:end], " \t")); t != "" {
			pieces = append(pieces, piece{text: t, line: line, first: first})
			first = false
		}
	}
	for i := 0; i < len(ln); {
		n := spaceAt(ln, i)
		if n == 0 {
			i++
			continue
		}
		j, width, tab := i, 0, false
		for n > 0 {
			if ln[j] == '\t' {
				tab = true
			}
			width++
			j += n
			n = spaceAt(ln, j)
		}
		if seg := strings.TrimSpace(ln[start:i]); (tab || width >= columnGap) && seg != "" && j < len(ln) && !bareAuthority(seg) {
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

// bareAuthority reports whether t is an authority form alone ("KT.", "TM",
// "T/M"), which a wide gap does not part from the title it heads: "KT.
// CHỦ TỊCH" spread out by a PDF extraction is one piece. A lone "Q" (any
// letter) is not taken for one.
func bareAuthority(t string) bool {
	_, n := readAuthority(t)
	return n == len(t) && n >= 2
}

// spaceAt returns the length of the white space at ln[i] that can separate
// columns (space, tab, no-break space), or 0.
func spaceAt(ln string, i int) int {
	if i >= len(ln) {
		return 0
	}
	switch ln[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(ln) && ln[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// dropBlankCells removes the blank pieces that empty cells of a table row
// left after index n, keeping one if the row is blank, and marks the first
// piece of the row.
func dropBlankCells(pieces []piece, n, line int) []piece {
	row := pieces[n:]
	k := 0
	for _, p := range row {
		if p.text != "" {
			row[k] = p
			k++
		}
	}
	if k == 0 {
		return append(pieces[:n], piece{line: line, first: true})
	}
	pieces = pieces[:n+k]
	for i := n; i < len(pieces); i++ {
		pieces[i].first = i == n
	}
	return pieces
}
