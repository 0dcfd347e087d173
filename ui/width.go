package ui

import "github.com/charmbracelet/x/ansi"

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
		over := textWidth(t) - n
		if over <= 0 {
			return t
		}
		k -= over
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
