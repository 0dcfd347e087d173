package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// hostileLines are log lines that try to act on the terminal, one kind of sequence each. Every
// line ends in "end" (and the bare-ESC one in a last ESC), so that a cut line shows.
var hostileLines = []struct{ kind, text string }{
	{"osc-title", "bel \x1b]0;PWNED-TITLE\x07 st \x1b]2;PWNED-ST\x1b\\ end"},
	{"osc-52", "clipboard \x1b]52;c;cHduZWQ=\x07 query \x1b]52;c;?\x07 end"},
	{"osc-8", "link \x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\ end"},
	{"csi", "clear \x1b[2J\x1b[H move \x1b[10;10H erase \x1b[K up \x1b[5A show \x1b[?25h leave \x1b[?1049l red \x1b[31mRED\x1b[0m end"},
	{"dcs", "decrqss \x1bP$q\"p\x1b\\ passthrough \x1bPtmux;\x1b\x1b]0;PWNED-DCS\x07\x1b\\ name \x1bkPWNED-NAME\x1b\\ end"},
	{"bare-esc", "lone \x1b space reset \x1bc save \x1b7 restore \x1b8 end \x1b"},
	{"c0", "bell \a bs \b vt \v ff \f nul \x00 del \x7f end"},
	{"c1-utf8", "csi \u009b2J osc \u009d0;PWNED-C1\u009c nel \u0085 end"},
	// C1 controls as bare bytes are not UTF-8: 8-bit terminals obey them, and export writes
	// U+FFFD for each in raw (parse.AppendJSON: the output is valid UTF-8) and the exact bytes
	// in raw_base64.
	{"c1-raw", "csi \x9b2J osc \x9d0;PWNED-RAW\x9c end"},
}

// Escape sequences inside log lines do not act on the terminal: no title or window name change,
// no clear, no cursor shown, the alternate screen kept, every line on its own row with its
// sequences shown as placeholders. The same lines exported from the interface come back exactly
// as written, JSON-escaped; bytes that are not UTF-8 become U+FFFD in raw, and raw_base64 then
// holds the line exactly.
func TestTerminalIgnoresEscapeSequencesInLogs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hostile.log")
	appendLines(t, path, "2026-03-01T10:00:00Z INFO before the attack")
	term := startTerminal(t, dir, 200, 30, path)
	term.waitText("before the attack")
	// tmux lets a program rename its window (ESC k name ESC \) only with allow-rename, and renames
	// it after the running command unless told not to: with these the name changes only if a log
	// line renames it.
	term.tmux("set-option", "-g", "allow-rename", "on")
	term.tmux("set-window-option", "-g", "automatic-rename", "off")
	const state = "#{pane_title}|#{window_name}|cursor shown #{cursor_flag}|alternate #{alternate_on}"
	before := term.tmux("display-message", "-p", "-t", "main", state)

	var written []string
	for i, h := range hostileLines {
		written = append(written, fmt.Sprintf("2026-03-01T10:00:%02dZ WARN %s %s", i+1, h.kind, h.text))
	}
	appendLines(t, path, written...)
	screen := term.waitText("c1-raw ")
	if after := term.tmux("display-message", "-p", "-t", "main", state); after != before {
		t.Errorf("log lines changed the terminal: %q, was %q", after, before)
	}
	checkHostileRows(t, screen)

	export := filepath.Join(dir, "hostile.jsonl")
	term.exportTo(export)
	term.waitTextWithin(time.Minute, fmt.Sprintf("wrote %d entries", len(written)+1))
	data, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	checkTerminalSafe(t, data)
	entries := decodeLines(t, data)
	if len(entries) != len(written)+1 {
		t.Fatalf("exported %d entries, want %d", len(entries), len(written)+1)
	}
	for i, h := range hostileLines {
		e := entries[i+1]
		want := written[i]
		if h.kind != "c1-raw" && validUTF8Bytes(want) != want {
			t.Fatalf("test line %s is not UTF-8", h.kind)
		}
		if e.Raw != validUTF8Bytes(want) {
			t.Errorf("%s: raw\n got %q\nwant %q", h.kind, e.Raw, validUTF8Bytes(want))
		}
		if exact := e.Raw64; (exact != nil || validUTF8Bytes(want) != want) && string(exact) != want {
			t.Errorf("%s: raw_base64\n got %q\nwant %q", h.kind, exact, want)
		}
		// The message leaves out colours (a search matches the text they paint), and keeps every
		// other sequence; raw keeps all.
		if msg := sgr.ReplaceAllString(h.kind+" "+h.text, ""); e.Message != validUTF8Bytes(msg) {
			t.Errorf("%s: message\n got %q\nwant %q", h.kind, e.Message, validUTF8Bytes(msg))
		}
	}
}

// checkHostileRows checks that the hostile lines follow the first one, each on the next row,
// whole and with its escape sequences shown as ␛ placeholders.
func checkHostileRows(t *testing.T, screen string) {
	t.Helper()
	rows := strings.Split(screen, "\n")
	at := -1
	for i, r := range rows {
		if strings.Contains(r, "before the attack") {
			at = i
		}
	}
	if at < 0 || at+len(hostileLines) >= len(rows) {
		t.Fatalf("the first line or the rows after it are missing:\n%s", screen)
	}
	for i, h := range hostileLines {
		row := rows[at+1+i]
		if !strings.Contains(row, " WARN ") || !strings.Contains(row, " "+h.kind+" ") || !strings.Contains(row, " end") {
			t.Errorf("row %d does not hold the whole %s line: %q\n%s", at+1+i, h.kind, row, screen)
		}
		if strings.Contains(h.text, "\x1b") && !strings.Contains(row, "␛") {
			t.Errorf("%s: no ␛ placeholder on screen: %q", h.kind, row)
		}
	}
}

// checkTerminalSafe fails if the export holds a control character other than the newlines that
// end its lines (C0, DEL, or C1 encoded as UTF-8), or is not UTF-8: printing it with cat must be
// as harmless as the interface.
func checkTerminalSafe(t *testing.T, data []byte) {
	t.Helper()
	if !utf8.Valid(data) {
		t.Errorf("the export is not valid UTF-8")
	}
	for i, r := range string(data) {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) {
			t.Errorf("the export holds control character %U at byte %d: %q", r, i, data[max(0, i-20):min(len(data), i+20)])
			return
		}
	}
	if bytes.Count(data, []byte("\n")) != len(hostileLines)+1 {
		t.Errorf("the export has %d lines, want %d", bytes.Count(data, []byte("\n")), len(hostileLines)+1)
	}
}

// validUTF8Bytes is s with each byte that is not part of a UTF-8 sequence replaced by U+FFFD, as
// parse.AppendJSON documents.
// sgr matches a colour sequence, ESC [ parameters m.
var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

func validUTF8Bytes(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return b.String()
}
