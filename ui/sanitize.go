package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/trawl-dev/trawl/export"
)

// Log text is hostile input: a line may carry an OSC title, an OSC 52 clipboard write, a cursor
// move or a screen clear. Everything below turns it into text that is safe to print: no byte of the
// output is a C0 or C1 control, DEL or ESC, so no sequence from a log line can reach the terminal.
//
//   - SGR colour sequences (ESC [ … m) are dropped, since the row has its own colours.
//   - Any other ESC is shown as ␛ followed by the rest of the sequence as plain text, so that
//     "\x1b]0;owned\x07" reads "␛]0;owned␇" and the user sees what the line tried to do.
//   - Other C0 controls and DEL become their Unicode control pictures (␀ … ␟, ␡).
//   - C1 controls (U+0080–U+009F, which UTF-8 terminals obey like ESC sequences) become \xNN.
//   - Bidirectional controls and zero-width characters become \uNNNN (see invisible).
//   - Tabs expand to spaces up to the next multiple of tabWidth.
//   - Invalid UTF-8 becomes U+FFFD, and \xNN in a name (see SanitizeName).

// tabWidth is the distance between tab stops, as in every terminal's default.
const tabWidth = 8

// textKind classifies a run of sanitized output, so that it gets its own paint.
type textKind uint8

const (
	kindText    textKind = iota // plain log text
	kindMatch                   // characters the search matched
	kindControl                 // a visible placeholder for a control character
)

// paint is a pre-rendered style: the SGR sequences that open and close it. Concatenating them
// around text is much cheaper than calling lipgloss.Style.Render for every fragment of every row.
type paint struct{ pre, post string }

// sanitizer writes sanitized text into a builder. Its zero value writes plain text without
// styles; paints, when set, style matches and placeholders.
type sanitizer struct {
	out    *strings.Builder
	paints *[3]paint // by textKind; nil for plain output
	cur    textKind
	col    int // columns written so far, for tab stops
	// name says the text is a source's or a host's name: colour sequences and tabs show as
	// placeholders too, and a byte that is no UTF-8 as \xNN; a name is data, and
	// "a\x1b[0m.log" must not read as "a.log", nor "a\tb.log" as "a       b.log".
	name bool
	// exact shows a name's own backslash doubled, so that it reads apart from the \xNN of a byte
	// that is no UTF-8: for a source's or a host's name, not a message that quotes one.
	exact bool
}

// write sanitizes src. hl lists byte offsets of src to paint as matches (sorted).
func (z *sanitizer) write(src []byte, hl []int) {
	i := 0
	for i < len(src) {
		for len(hl) > 0 && hl[0] < i {
			hl = hl[1:]
		}
		match := len(hl) > 0 && hl[0] == i
		c := src[i]
		switch {
		case c == '\\' && z.exact:
			z.emit(kindFor(match, kindText), []byte(`\\`), 2) // a name's \xNN stands for a byte: its own backslash reads apart
			i++
		case c >= 0x20 && c < 0x7f:
			z.emit(kindFor(match, kindText), src[i:i+1], 1)
			i++
		case c == '\t' && z.name:
			z.emit(kindControl, controlPicture('\t'), 1) // in a name, a tab is no run of blanks
			i++
		case c == '\t':
			n := tabWidth - z.col%tabWidth
			z.emit(kindFor(match, kindText), spaces[:n], n)
			i++
		case c == 0x1b:
			i += z.escape(src[i:])
		case c < 0x20:
			z.emit(kindControl, controlPicture(rune(c)), 1)
			i++
		case c == 0x7f:
			z.emit(kindControl, []byte("␡"), 1)
			i++
		default:
			i += z.nonASCII(src[i:], match)
		}
	}
}

var spaces = []byte("        ")

func kindFor(match bool, k textKind) textKind {
	if match {
		return kindMatch
	}
	return k
}

// escape handles an ESC at src[0] and returns the bytes consumed. An SGR sequence vanishes, unless
// names are written; any other ESC becomes a placeholder and what follows it is sanitized as ordinary text.
func (z *sanitizer) escape(src []byte) int {
	if n := sgrLen(src); n > 0 && !z.name {
		return n
	}
	z.emit(kindControl, []byte("␛"), 1)
	return 1
}

// sgrLen returns the length of the SGR sequence (ESC [ params m) at the start of b, or 0.
func sgrLen(b []byte) int {
	if len(b) < 3 || b[0] != 0x1b || b[1] != '[' {
		return 0
	}
	for i := 2; i < len(b) && i < 256; i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9', c == ';', c == ':':
			continue
		case c == 'm':
			return i + 1
		}
		return 0
	}
	return 0
}

// nonASCII handles a multi-byte rune (or an invalid byte) at src[0] and returns the bytes consumed.
func (z *sanitizer) nonASCII(src []byte, match bool) int {
	r, size := utf8.DecodeRune(src)
	var buf [8]byte
	if r == utf8.RuneError && size == 1 && z.name {
		// In a name, a byte that is no UTF-8 shows as \xNN: names that differ only there, or
		// from one holding U+FFFD itself, must read apart.
		z.emit(kindControl, export.AppendByteEscape(buf[:0], src[0]), 4)
		return 1
	}
	if p, ok := export.AppendPlaceholder(buf[:0], r, size); ok {
		width := len(p) // \xNN and \uNNNN take a column a byte
		if r == utf8.RuneError {
			width = 1
		}
		z.emit(kindControl, p, width)
		return size
	}
	w := runeWidth(r)
	z.emit(kindFor(match, kindText), src[:size], w)
	return size
}

// runeWidth is the column width of one rune; the final cut of a row measures whole graphemes with
// x/ansi, so this only has to be right for ordinary wide and zero-width runes.
func runeWidth(r rune) int {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return textWidth(string(buf[:n]))
}

// controlPicture is the Unicode control picture of a C0 control (U+2400 + c).
func controlPicture(c rune) []byte {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], 0x2400+c)
	return buf[:n]
}

// emit writes text of the given kind and width, switching paints when the kind changes.
func (z *sanitizer) emit(k textKind, text []byte, width int) {
	if z.paints != nil && k != z.cur {
		z.out.WriteString(z.paints[z.cur].post)
		z.out.WriteString(z.paints[k].pre)
		z.cur = k
	}
	z.out.Write(text)
	z.col += width
}

// close ends the current paint, so that the next segment of the row starts clean.
func (z *sanitizer) close() {
	if z.paints != nil && z.cur != kindText {
		z.out.WriteString(z.paints[z.cur].post)
		z.cur = kindText
	}
}

// Sanitize returns s made safe to print: no escape sequence, C0 or C1 control, DEL or invalid
// UTF-8 is left, tabs are expanded and newlines are shown as ␊.
func Sanitize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	z := sanitizer{out: &b}
	z.write([]byte(s), nil)
	return b.String()
}

// SanitizeName is Sanitize for a name (a file, a host, a path in a message): every escape
// sequence is shown, colours included, so that two names never look the same on screen.
func SanitizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	z := sanitizer{out: &b, name: true}
	z.write([]byte(s), nil)
	return b.String()
}

// SanitizeExactName is SanitizeName for a source's or a host's name shown as itself (a column, a
// pane's title, the sources view): its backslashes are doubled, so that a name typed
// "bad\\xfe.log" and one holding that byte read apart.
func SanitizeExactName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	z := sanitizer{out: &b, name: true, exact: true}
	z.write([]byte(s), nil)
	return b.String()
}

// sanitizeLines sanitizes multi-line text into one safe string per line, for views that show
// every line (detail) and for copying to the clipboard.
func sanitizeLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Sanitize(strings.TrimSuffix(l, "\r"))
	}
	return lines
}
