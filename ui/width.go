package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Terminals measure text in two ways: by grapheme cluster (those that report Unicode's mode 2027,
// where Bubble Tea's renderer then does the same) or by adding up each character's width (tmux
// and most others, and the renderer with them). The two disagree on emoji with a skin tone, on
// flags, Indic conjuncts, Thai vowels and Hangul written as jamo. The interface lays out its rows
// by the wider of the two, so that the text of a log line may fall a column short of its row but
// never runs past it, which would wrap the row and shift every row below it.

// textWidth is the number of columns s takes on any terminal, at most.
func textWidth(s string) int {
	w := ansi.StringWidth(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return max(w, ansi.StringWidthWc(s))
		}
	}
	return w
}

// truncateText cuts s to at most n columns by textWidth, ending it with tail when it was cut.
func truncateText(s string, n int, tail string) string {
	if textWidth(s) <= n {
		return s
	}
	for k := n; k > 0; {
		t := ansi.Truncate(s, k, tail)
		w := textWidth(t)
		if w <= n {
			return t
		}
		// By the other measure the text may be up to twice as wide (Hangul written as jamo,
		// flags): shrink in proportion, not by the excess, which would overshoot to nothing.
		k = min(k-1, k*n/w)
	}
	return ""
}

// lastColumns returns the longest end of s that takes at most n columns by textWidth.
func lastColumns(s string, n int) string {
	for k := max(ansi.StringWidth(s)-n, 0); ; k++ {
		t := ansi.TruncateLeft(s, k, "")
		if textWidth(t) <= n || t == "" {
			return t
		}
	}
}

// fitLines cuts each of lines to at most n columns by textWidth: what a wrap by grapheme clusters
// made of text that is wider on a terminal that adds up characters.
func fitLines(lines []string, n int) []string {
	for i, l := range lines {
		lines[i] = truncateText(l, n, "")
	}
	return lines
}

// wrapText wraps s to lines of at most n columns, breaking inside words that do not fit. ansi.Wrap
// breaks a long word between a letter and the combining marks after it ("e" and U+0301), which
// would open the next line with a mark that has nothing to sit on: the marks go back to their
// letter.
func wrapText(s string, n int) []string {
	lines := strings.Split(ansi.Wrap(s, n, ""), "\n")
	for i := 1; i < len(lines); i++ {
		at := leadingEscapes(lines[i])
		end := at
		for end < len(lines[i]) {
			r, size := utf8.DecodeRuneInString(lines[i][end:])
			if !unicode.In(r, unicode.Mn, unicode.Me) && r != 0x200d {
				break
			}
			end += size
		}
		if end > at {
			lines[i-1] += lines[i][at:end]
			lines[i] = lines[i][:at] + lines[i][end:]
		}
	}
	return lines
}

// leadingEscapes is the length of the CSI sequences (the styles of a highlight) that open s.
func leadingEscapes(s string) int {
	at := 0
	for at+1 < len(s) && s[at] == 0x1b && s[at+1] == '[' {
		end := at + 2
		for end < len(s) && (s[end] < 0x40 || s[end] > 0x7e) {
			end++
		}
		if end == len(s) {
			break
		}
		at = end + 1
	}
	return at
}
