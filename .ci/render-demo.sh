#!/usr/bin/env bash
# render-demo.sh renders docs/demo.gif and the screenshots in docs/ from the real binary.
#
# demo.tape is the canonical script of the demo, for VHS. VHS needs ttyd, which Debian does not
# package, so this script plays the same story without it: it runs `trawl --demo` in a private
# tmux server, sends the same keys as demo.tape, captures the screen with its colours after each
# step, turns every capture into an HTML page drawn like a terminal window, screenshots that page
# with headless Chromium, and joins the frames into a GIF with ffmpeg.
#
# It installs the Debian packages it needs, writes only into docs/ and a temporary directory, and
# can be run again at any time: every run replaces the previous images. CI does not run it.
#
# Usage: .ci/render-demo.sh            (from anywhere; needs root for apt-get, or the tools present)
#        KEEP_WORK=1 .ci/render-demo.sh  keeps the temporary directory with every frame for a look.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOCS="$ROOT/docs"
COLS=120
ROWS=34
FONT_PX=15   # JetBrains Mono's advance is 0.6 em, so a cell is 9 px wide (keep it a multiple of 5)
LINE_PX=20   # about the font's own 1.32 em line
SOCKET="trawl-render-$$"
# The demo runs in a short fixed directory, because the export notice shows its path on screen.
DEMO_DIR=/tmp/trawl-demo

# The packages: tmux drives the binary, chromium draws the frames, ffmpeg makes the GIF, and the
# fonts are the ones VHS uses by default (JetBrains Mono) with DejaVu for the glyphs it lacks.
need_pkgs=()
command -v tmux >/dev/null || need_pkgs+=(tmux)
command -v chromium >/dev/null || need_pkgs+=(chromium)
command -v ffmpeg >/dev/null || need_pkgs+=(ffmpeg)
[ -d /usr/share/fonts/truetype/jetbrains-mono ] || need_pkgs+=(fonts-jetbrains-mono)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || need_pkgs+=(fonts-dejavu-core)
if [ ${#need_pkgs[@]} -gt 0 ]; then
	echo "render-demo: installing ${need_pkgs[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

WORK=$(mktemp -d)
cleanup() {
	tmux -L "$SOCKET" kill-server 2>/dev/null || true
	rm -rf "$DEMO_DIR"
	if [ -z "${KEEP_WORK:-}" ]; then rm -rf "$WORK"; else echo "render-demo: frames kept in $WORK"; fi
}
trap cleanup EXIT
mkdir -p "$WORK/bin" "$WORK/home" "$WORK/frames" "$WORK/conv"
rm -rf "$DEMO_DIR" && mkdir -p "$DEMO_DIR"

echo "render-demo: building trawl"
(cd "$ROOT" && go build -o "$WORK/bin/trawl" .)

# ansi2html turns one `tmux capture-pane -e` dump into an HTML page of a terminal window. Every
# cell sits on a fixed pixel grid (ASCII runs and other characters get boxes exactly as wide as
# their cells), so a glyph that falls back to another font never pushes its row out of line, and
# block elements and box-drawing lines are drawn as boxes so that they tile without gaps.
cat >"$WORK/conv/main.go" <<'GO'
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"os"
	"strconv"
	"strings"
)

const (
	defFg = "#c0caf5"
	defBg = "#1a1b26"
)

// ansi16 is the theme's 16 colours, the same as demo.tape's (Tokyo Night).
var ansi16 = [16]string{
	"#15161e", "#f7768e", "#9ece6a", "#e0af68", "#7aa2f7", "#bb9af7", "#7dcfff", "#a9b1d6",
	"#414868", "#f7768e", "#9ece6a", "#e0af68", "#7aa2f7", "#bb9af7", "#7dcfff", "#c0caf5",
}

type style struct {
	fg, bg                                      string
	bold, faint, italic, under, reverse, strike bool
}

type cell struct {
	r rune
	s style
}

func color256(n int) string {
	switch {
	case n < 16:
		return ansi16[n]
	case n < 232:
		n -= 16
		lv := [6]int{0, 95, 135, 175, 215, 255}
		return fmt.Sprintf("#%02x%02x%02x", lv[n/36], lv[n/6%6], lv[n%6])
	default:
		g := 8 + (n-232)*10
		return fmt.Sprintf("#%02x%02x%02x", g, g, g)
	}
}

// sgr applies one Select Graphic Rendition sequence's parameters to s.
func sgr(s style, params string) style {
	var p []int
	for _, f := range strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' }) {
		n, _ := strconv.Atoi(f)
		p = append(p, n)
	}
	if len(p) == 0 {
		p = []int{0}
	}
	for i := 0; i < len(p); i++ {
		switch n := p[i]; {
		case n == 0:
			s = style{}
		case n == 1:
			s.bold = true
		case n == 2:
			s.faint = true
		case n == 3:
			s.italic = true
		case n == 4:
			s.under = true
		case n == 7:
			s.reverse = true
		case n == 9:
			s.strike = true
		case n == 22:
			s.bold, s.faint = false, false
		case n == 23:
			s.italic = false
		case n == 24:
			s.under = false
		case n == 27:
			s.reverse = false
		case n == 29:
			s.strike = false
		case n >= 30 && n <= 37:
			s.fg = ansi16[n-30]
		case n >= 90 && n <= 97:
			s.fg = ansi16[n-90+8]
		case n >= 40 && n <= 47:
			s.bg = ansi16[n-40]
		case n >= 100 && n <= 107:
			s.bg = ansi16[n-100+8]
		case n == 39:
			s.fg = ""
		case n == 49:
			s.bg = ""
		case n == 38 || n == 48:
			c := ""
			if i+2 < len(p) && p[i+1] == 5 {
				c, i = color256(p[i+2]), i+2
			} else if i+4 < len(p) && p[i+1] == 2 {
				c, i = fmt.Sprintf("#%02x%02x%02x", p[i+2], p[i+3], p[i+4]), i+4
			}
			if n == 38 {
				s.fg = c
			} else {
				s.bg = c
			}
		}
	}
	return s
}

// parseLine lays one captured line out on cols cells. tmux writes an attribute only where it
// changes, also from one line to the next, so the style in force is carried in and out.
func parseLine(line string, cols int, s style) ([]cell, style) {
	row := make([]cell, cols)
	for i := range row {
		row[i].r = ' '
	}
	x := 0
	rs := []rune(line)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == 0x1b && i+1 < len(rs) {
			switch rs[i+1] {
			case '[':
				j := i + 2
				for j < len(rs) && (rs[j] < 0x40 || rs[j] > 0x7e) {
					j++
				}
				if j < len(rs) && rs[j] == 'm' {
					s = sgr(s, string(rs[i+2:j]))
				}
				i = j
			case ']':
				j := i + 2
				for j < len(rs) && rs[j] != 7 && !(rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\') {
					j++
				}
				if j < len(rs) && rs[j] == 0x1b {
					j++
				}
				i = j
			default:
				i++
			}
			continue
		}
		if r < 0x20 {
			continue
		}
		if x < cols {
			row[x] = cell{r, s}
		}
		x++
	}
	return row, s
}

func mix(a, b string, t float64) string {
	pa, _ := strconv.ParseUint(a[1:], 16, 32)
	pb, _ := strconv.ParseUint(b[1:], 16, 32)
	ch := func(v uint64, sh uint) float64 { return float64(v >> sh & 0xff) }
	m := func(sh uint) int { return int(ch(pa, sh)*(1-t) + ch(pb, sh)*t + 0.5) }
	return fmt.Sprintf("#%02x%02x%02x", m(16), m(8), m(0))
}

// colors resolves a cell's foreground and background as drawn.
func colors(s style, cursor bool) (fg, bg string) {
	fg, bg = s.fg, s.bg
	if fg == "" {
		fg = defFg
	}
	if bg == "" {
		bg = defBg
	}
	if s.faint {
		fg = mix(fg, bg, 0.45)
	}
	if s.reverse != cursor {
		fg, bg = bg, fg
	}
	return fg, bg
}

// css is the inline style of a run of cells with style s.
func css(s style, cursor bool) string {
	fg, bg := colors(s, cursor)
	var b strings.Builder
	if fg != defFg {
		fmt.Fprintf(&b, "color:%s;", fg)
	}
	if bg != defBg {
		fmt.Fprintf(&b, "background:%s;", bg)
	}
	if s.bold {
		b.WriteString("font-weight:bold;")
	}
	if s.italic {
		b.WriteString("font-style:italic;")
	}
	if s.under || s.strike {
		deco := "underline"
		if !s.under {
			deco = "line-through"
		} else if s.strike {
			deco += " line-through"
		}
		fmt.Fprintf(&b, "text-decoration:%s;", deco)
	}
	return b.String()
}

// Block elements and box-drawing lines are drawn as boxes, as terminals such as xterm.js do, so
// that they tile without the gaps their font glyphs leave between cells.

// blocks maps a block element to the part of the cell it fills (left, top, width, height in
// eighths) or, for the shades, to how much of the foreground it mixes in.
var blocks = map[rune][4]int{
	'▀': {0, 0, 8, 4}, '▁': {0, 7, 8, 1}, '▂': {0, 6, 8, 2}, '▃': {0, 5, 8, 3}, '▄': {0, 4, 8, 4},
	'▅': {0, 3, 8, 5}, '▆': {0, 2, 8, 6}, '▇': {0, 1, 8, 7}, '█': {0, 0, 8, 8}, '▉': {0, 0, 7, 8},
	'▊': {0, 0, 6, 8}, '▋': {0, 0, 5, 8}, '▌': {0, 0, 4, 8}, '▍': {0, 0, 3, 8}, '▎': {0, 0, 2, 8},
	'▏': {0, 0, 1, 8}, '▐': {4, 0, 4, 8}, '▔': {0, 0, 8, 1}, '▕': {7, 0, 1, 8},
}

var shades = map[rune]float64{'░': 0.25, '▒': 0.5, '▓': 0.75}

// lines maps a box-drawing character to the weight of its arms: up, right, down, left.
var lines = map[rune][4]int{
	'─': {0, 1, 0, 1}, '━': {0, 2, 0, 2}, '│': {1, 0, 1, 0}, '┃': {2, 0, 2, 0},
	'┌': {0, 1, 1, 0}, '┐': {0, 0, 1, 1}, '└': {1, 1, 0, 0}, '┘': {1, 0, 0, 1},
	'├': {1, 1, 1, 0}, '┤': {1, 0, 1, 1}, '┬': {0, 1, 1, 1}, '┴': {1, 1, 0, 1}, '┼': {1, 1, 1, 1},
	'┏': {0, 2, 2, 0}, '┓': {0, 0, 2, 2}, '┗': {2, 2, 0, 0}, '┛': {2, 0, 0, 2},
	'╴': {0, 0, 0, 1}, '╵': {1, 0, 0, 0}, '╶': {0, 1, 0, 0}, '╷': {0, 0, 1, 0},
}

// drawn returns the HTML that draws r in a w x h cell, or "" when r is drawn from the font.
func drawn(r rune, fg, bg string, w, h int) string {
	box := func(inner string) string {
		return fmt.Sprintf(`<span class="b" style="background:%s">%s</span>`, bg, inner)
	}
	rect := func(x, y, rw, rh int, extra string) string {
		return fmt.Sprintf(`<i style="left:%dpx;top:%dpx;width:%dpx;height:%dpx;%s"></i>`, x, y, rw, rh, extra)
	}
	if b, ok := blocks[r]; ok {
		x0, x1 := w*b[0]/8, w*(b[0]+b[2])/8
		y0, y1 := h*b[1]/8, h*(b[1]+b[3])/8
		return box(rect(x0, y0, x1-x0, y1-y0, "background:"+fg))
	}
	if a, ok := shades[r]; ok {
		return box(rect(0, 0, w, h, "background:"+mix(bg, fg, a)))
	}
	t := 1
	cxl, cyl := (w-t)/2, (h-t)/2
	// arc draws a rounded corner: the two sides of a box with that corner rounded.
	arc := func(x, y, rw, rh int, sides, corner string) string {
		st := ""
		for _, sd := range strings.Split(sides, ",") {
			st += fmt.Sprintf("border-%s:%dpx solid %s;", sd, t, fg)
		}
		st += fmt.Sprintf("box-sizing:border-box;border-%s-radius:%dpx;", corner, w/2+1)
		return rect(x, y, rw, rh, st)
	}
	switch r {
	case '╭':
		return box(arc(cxl, cyl, w-cxl, h-cyl, "left,top", "top-left"))
	case '╮':
		return box(arc(0, cyl, cxl+t, h-cyl, "right,top", "top-right"))
	case '╯':
		return box(arc(0, 0, cxl+t, cyl+t, "right,bottom", "bottom-right"))
	case '╰':
		return box(arc(cxl, 0, w-cxl, cyl+t, "left,bottom", "bottom-left"))
	}
	arms, ok := lines[r]
	if !ok {
		return ""
	}
	var in strings.Builder
	for i, wt := range arms {
		if wt == 0 {
			continue
		}
		th := wt // light lines are 1 px, heavy ones 2 px
		vx, hy := (w-th)/2, (h-th)/2
		bgc := "background:" + fg
		switch i {
		case 0:
			in.WriteString(rect(vx, 0, th, hy+th, bgc))
		case 1:
			in.WriteString(rect(vx, hy, w-vx, th, bgc))
		case 2:
			in.WriteString(rect(vx, hy, th, h-hy, bgc))
		case 3:
			in.WriteString(rect(0, hy, vx+th, th, bgc))
		}
	}
	return box(in.String())
}

// geometry is the size of a cell and of the page around the terminal, in px.
type geometry struct {
	cols, rows, font, line, cw int
}

const pad, bar, margin = 18, 34, 28

// page returns the page's size.
func (g geometry) page() (w, h int) {
	return g.cw*g.cols + 2*pad + 2*margin, g.line*g.rows + 2*pad + bar + 2*margin
}

// head writes the page up to the first row: the window, its bar and the terminal's styles.
func head(b *strings.Builder, g geometry, title string) {
	pw, ph := g.page()
	gw, gh := g.cw*g.cols, g.line*g.rows
	fmt.Fprintf(b, `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;background:#0d0e14;width:%dpx;height:%dpx;overflow:hidden}
.win{position:absolute;left:%dpx;top:%dpx;width:%dpx;height:%dpx;background:%s;border-radius:10px;
 box-shadow:0 8px 24px rgba(0,0,0,.55);border:1px solid #2a2e42;box-sizing:border-box}
.bar{height:%dpx;position:relative}
.dot{position:absolute;top:12px;width:12px;height:12px;border-radius:6px}
.title{text-align:center;color:#565f89;font:13px 'DejaVu Sans',sans-serif;line-height:%dpx}
.term{position:absolute;left:%dpx;top:%dpx;width:%dpx;height:%dpx;color:%s;
 font-family:'JetBrains Mono','DejaVu Sans Mono',monospace;font-size:%dpx;line-height:%dpx;
 font-variant-ligatures:none;font-feature-settings:"liga" 0,"calt" 0}
.r{height:%dpx;overflow:hidden;white-space:pre}
.w{display:inline-block;width:%dpx;text-align:center;overflow:visible;vertical-align:top;text-decoration:inherit}
.t{display:inline-block;overflow:visible;vertical-align:top;text-decoration:inherit}
.b{display:inline-block;position:relative;vertical-align:top;width:%dpx;height:%dpx}
.b i{position:absolute;display:block}
</style></head><body><div class="win"><div class="bar">
<span class="dot" style="left:14px;background:#ff5f58"></span><span class="dot" style="left:34px;background:#ffbd2e"></span><span class="dot" style="left:54px;background:#18c132"></span>
<div class="title">%s</div></div><div class="term">
`, pw, ph, margin, margin, pw-2*margin, ph-2*margin, defBg, bar, bar, pad, bar+pad-2, gw, gh, defFg,
		g.font, g.line, g.line, g.cw, g.cw, g.line, html.EscapeString(title))
}

// writeRow writes one row as runs of cells that share a style. A run of ASCII text goes in a box
// exactly as wide as its cells, so that rounding in the text's layout never shifts what follows.
func writeRow(b *strings.Builder, row []cell, g geometry, cursorX int) {
	b.WriteString(`<div class="r">`)
	for x := 0; x < len(row); {
		st := css(row[x].s, x == cursorX)
		var run, text strings.Builder
		nText := 0
		flush := func() {
			if nText > 0 {
				fmt.Fprintf(&run, `<span class="t" style="width:%dpx">%s</span>`, nText*g.cw, text.String())
				text.Reset()
				nText = 0
			}
		}
		j := x
		for ; j < len(row) && css(row[j].s, j == cursorX) == st; j++ {
			r := row[j].r
			if r < 0x80 {
				text.WriteString(html.EscapeString(string(r)))
				nText++
				continue
			}
			flush()
			fg, bg := colors(row[j].s, j == cursorX)
			if d := drawn(r, fg, bg, g.cw, g.line); d != "" {
				run.WriteString(d)
			} else {
				fmt.Fprintf(&run, `<span class="w">%s</span>`, html.EscapeString(string(r)))
			}
		}
		flush()
		if st == "" {
			b.WriteString(run.String())
		} else {
			fmt.Fprintf(b, `<span style="%s">%s</span>`, st, run.String())
		}
		x = j
	}
	b.WriteString("</div>\n")
}

// readGrid reads a capture into rows x cols cells.
func readGrid(path string, g geometry) ([][]cell, error) {
	in, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	var grid [][]cell
	var st style
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() && len(grid) < g.rows {
		var row []cell
		row, st = parseLine(sc.Text(), g.cols, st)
		grid = append(grid, row)
	}
	for len(grid) < g.rows {
		row, _ := parseLine("", g.cols, style{})
		grid = append(grid, row)
	}
	return grid, sc.Err()
}

// main converts the capture named by its argument to the page -o and prints the page's size as
// "width,height", the form chromium's --window-size takes.
func main() {
	var g geometry
	flag.IntVar(&g.cols, "cols", 120, "columns")
	flag.IntVar(&g.rows, "rows", 34, "rows")
	flag.IntVar(&g.font, "font", 15, "font size in px; a multiple of 5, so that cells are whole pixels")
	flag.IntVar(&g.line, "line", 20, "line height in px")
	cur := flag.String("cursor", "", "x,y of a visible cursor")
	title := flag.String("title", "trawl", "window title")
	out := flag.String("o", "frame.html", "output HTML")
	flag.Parse()
	g.cw = g.font * 3 / 5 // JetBrains Mono's advance is 0.6 em

	cx, cy := -1, -1
	if *cur != "" {
		fmt.Sscanf(*cur, "%d,%d", &cx, &cy)
	}
	grid, err := readGrid(flag.Arg(0), g)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ansi2html:", err)
		os.Exit(1)
	}
	var b strings.Builder
	head(&b, g, *title)
	for y, row := range grid {
		x := -1
		if y == cy {
			x = cx
		}
		writeRow(&b, row, g, x)
	}
	b.WriteString("</div></div></body></html>\n")
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "ansi2html:", err)
		os.Exit(1)
	}
	w, h := g.page()
	fmt.Printf("%d,%d\n", w, h)
}
GO
(cd "$WORK/conv" && GOFLAGS= GO111MODULE=on GOWORK=off go mod init ansi2html >/dev/null 2>&1 && GOFLAGS= go build -o "$WORK/bin/ansi2html" .)

# --- playing ---------------------------------------------------------------------------------
T=(tmux -L "$SOCKET" -f /dev/null)
n=0

# snap NAME HOLD captures the screen now, to be held HOLD seconds in the GIF. A NAME other than
# "-" also becomes docs/NAME.png.
snap() {
	local f
	n=$((n + 1))
	f=$(printf '%s/frames/%03d' "$WORK" "$n")
	"${T[@]}" capture-pane -p -e -t demo >"$f.ans"
	"${T[@]}" display -p -t demo '#{cursor_flag} #{cursor_x},#{cursor_y}' >"$f.cur"
	echo "$f $2 $1" >>"$WORK/frames/list"
}

# key sends keys by tmux name (Enter, Escape, Tab, or plain characters).
key() { "${T[@]}" send-keys -t demo "$@"; }

# typeit TEXT types like a person, one key every 70 ms, as VHS's TypingSpeed does.
typeit() {
	local s=$1 i
	for ((i = 0; i < ${#s}; i++)); do
		"${T[@]}" send-keys -t demo -l -- "${s:i:1}"
		sleep 0.07
	done
}

# pause S lets S seconds pass while the demo keeps tailing. After Escape it also keeps the next
# key from arriving as Alt+key.
pause() { sleep "$1"; }

# play runs the same story as demo.tape, step for step, in a clean shell whose working directory
# receives the export. TZ is UTC because trawl reads timestamps that carry no zone (syslog, log4j)
# as UTC while the demo writes them in local time, which in any other zone puts those two sources
# hours away from the others in the timeline.
play() {
	local ps1='\[\e[38;2;122;162;247m\]\w\[\e[0m\] \[\e[38;2;187;154;247m\]❯\[\e[0m\] '
	"${T[@]}" new-session -d -x "$COLS" -y "$ROWS" -s demo -c "$DEMO_DIR" \
		env -i HOME="$WORK/home" PATH="$WORK/bin:/usr/local/bin:/usr/bin:/bin" TERM=xterm-256color \
		COLORTERM=truecolor LANG=C.UTF-8 TZ=UTC PS1="$ps1" bash --norc --noprofile -i
	"${T[@]}" set -g status off
	"${T[@]}" set -g escape-time 0
	sleep 0.5
	: >"$WORK/frames/list"

	echo "render-demo: playing the demo"
	typeit "trawl --demo"; pause 0.4; snap - 1.2
	key Enter; pause 3.5; snap timeline 2.4          # history backfilled, live tail following
	key 3; pause 1.2; snap - 1.8                      # 3 hides info: what is left stands out
	key 3; pause 1.2; snap - 1.4                      # and 3 again brings it back
	key /; typeit "timeout"; pause 0.8; snap search 2.2 # fuzzy search as you type
	typeit " source:worker"; pause 0.8; snap - 1.6    # narrowed to one source
	key Enter; pause 1.0; snap - 1.4                  # enter keeps the query
	key Enter; pause 1.0; snap detail 3.0             # newest match: an error with its stack trace
	key Escape; pause 0.8                             # back to the filtered timeline
	key Escape; pause 1.0; snap - 1.2                 # esc clears the search
	key Tab; pause 1.8; snap panes 2.6                # one pane per source
	key Tab; pause 0.8
	key h; pause 1.5; snap histogram 2.6              # entries over time, stacked by level
	key Escape; pause 0.8
	key '?'; pause 1.0; snap help 2.4                 # every key on one screen
	key Escape; pause 0.8
	key f; pause 0.5                                  # pause following, so the rows hold still
	key v; pause 0.3                                  # select from here...
	key k; pause 0.2; key k; pause 0.2; key k; pause 0.2; key k; pause 0.5; snap - 1.6
	key e; pause 1.0; snap - 1.8                      # export the selection: the prompt
	key Enter; pause 1.0; snap - 2.0                  # written as JSON Lines
	key q; pause 0.8; snap - 1.5
}

# FRAMES=DIR re-renders the captures kept by an earlier KEEP_WORK=1 run without playing the demo
# again, for work on the look alone.
if [ -n "${FRAMES:-}" ]; then
	sed "s#^[^ ]*/frames/#$WORK/frames/#" "$FRAMES/list" >"$WORK/frames/list"
	cp "$FRAMES"/*.ans "$FRAMES"/*.cur "$WORK/frames/"
	n=$(wc -l <"$WORK/frames/list")
else
	play
fi

# --- rendering -----------------------------------------------------------------------------------
echo "render-demo: drawing $n frames"
mkdir -p "$DOCS"
: >"$WORK/frames/concat"
while read -r f hold name; do
	read -r flag pos <"$f.cur"
	cursor=""
	[ "$flag" = 1 ] && cursor=$pos
	size=$("$WORK/bin/ansi2html" -cols "$COLS" -rows "$ROWS" -font "$FONT_PX" -line "$LINE_PX" \
		-cursor "$cursor" -title "trawl --demo" -o "$f.html" "$f.ans")
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$WORK/chrome" \
		--screenshot="$f.png" --window-size="$size" "file://$f.html" >/dev/null 2>&1
	[ -s "$f.png" ] || { echo "render-demo: chromium wrote no $f.png" >&2; exit 1; }
	printf "file '%s.png'\nduration %s\n" "$f" "$hold" >>"$WORK/frames/concat"
	last=$f
	if [ "$name" != "-" ]; then cp "$f.png" "$DOCS/$name.png"; fi
done <"$WORK/frames/list"
# The concat demuxer ignores the last duration unless the last file is listed again.
printf "file '%s.png'\n" "$last" >>"$WORK/frames/concat"

echo "render-demo: assembling docs/demo.gif"
ffmpeg -loglevel error -y -f concat -safe 0 -i "$WORK/frames/concat" \
	-vf "fps=10,split[a][b];[a]palettegen=max_colors=128:stats_mode=full[p];[b][p]paletteuse=dither=none" \
	-loop 0 "$DOCS/demo.gif"
ls -l "$DOCS"
