package ui

// rect is a rectangle of the screen, in cells.
type rect struct{ x, y, w, h int }

// layout places the screen's parts. It is computed once per window size.
type layout struct {
	strip, body, status, footer rect
}

// stripMinHeight is the smallest terminal that still gets the rate strip: below it, every row is
// worth more as timeline.
const stripMinHeight = 16

// computeLayout stacks the rate strip, the body, the status bar and the footer (short help or an
// input line).
func computeLayout(w, h int) layout {
	w, h = max(w, 1), max(h, 3)
	var l layout
	y := 0
	if h >= stripMinHeight {
		l.strip = rect{0, 0, w, 1}
		y = 1
	}
	l.body = rect{0, y, w, max(h-y-2, 1)}
	l.status = rect{0, h - 2, w, 1}
	l.footer = rect{0, h - 1, w, 1}
	return l
}
