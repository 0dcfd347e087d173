package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "hello world", "hello world"},
		{"sgr dropped", "\x1b[31mred\x1b[0m text", "red text"},
		{"osc title visible", "\x1b]0;owned\x07x", "␛]0;owned␇x"},
		{"osc 52 visible", "\x1b]52;c;aGk=\x1b\\", "␛]52;c;aGk=␛\\"},
		{"cursor move", "a\x1b[2;5Hb", "a␛[2;5Hb"},
		{"clear screen", "\x1b[2J\x1b[H", "␛[2J␛[H"},
		{"c0", "a\x00b\x07c\rd", "a␀b␇c␍d"},
		{"del", "a\x7fb", "a␡b"},
		{"bidi override", "invoice\u202egnp.exe", `invoice\u202egnp.exe`},
		{"isolates and zero width", "a\u2066b\u2069c\u200bd\ufeffe", `a\u2066b\u2069c\u200bd\ufeffe`},
		{"tag characters past the BMP", "ok\U000E0048\U000E0069.log", `ok\U000e0048\U000e0069.log`},
		{"musical format control", "a\U0001D173b", `a\U0001d173b`},
		{"hangul filler and grapheme joiner", "ad\u3164min\u034f.log", `ad\u3164min\u034f.log`},
		{"c1 csi", "a\u009b31mb", `a\x9b31mb`},
		{"invalid utf8", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"latin-1", "caf\xe9 ok", "caf\uFFFD ok"},
		{"nul run", "a\x00\x00\x00b", "a␀␀␀b"},
		{"tab", "a\tb", "a       b"},
		{"tab after wide", "日\tb", "日      b"},
		{"newline", "a\nb", "a␊b"},
		{"wide kept", "日本語 🚀", "日本語 🚀"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// A name is data: its colour sequences are shown too, so that "a\x1b[0m.log" never reads as
// "a.log", while a log line's colours are dropped.
func TestSanitizeName(t *testing.T) {
	for in, want := range map[string]string{
		"a\x1b[0m.log":            "a␛[0m.log",
		"\x1b[31mweb1\x1b[m":      "␛[31mweb1␛[m",
		"x\x1b]0;t\x07\u202e.log": `x␛]0;t␇\u202e.log`,
		"ok\U000E0058.log":        `ok\U000e0058.log`,
		"plain.log":               "plain.log",
		"abcdefg\ty.log":          "abcdefg␉y.log",
		"x\xff.log":               `x\xff.log`, // names that differ in a byte that is no UTF-8 read apart,
		"x\xfe.log":               `x\xfe.log`, // and apart from one that holds U+FFFD itself
		"x\uFFFD.log":             "x\uFFFD.log",
	} {
		got := SanitizeName(in)
		if got != want {
			t.Errorf("SanitizeName(%q) = %q, want %q", in, got, want)
		}
		checkSafe(t, in, got)
	}
	// A name shown as itself doubles its backslashes: typed "x\\xff.log" reads apart from the byte.
	if got := SanitizeExactName(`x\xff.log`); got != `x\\xff.log` || SanitizeExactName("x\xff.log") != `x\xff.log` {
		t.Errorf("SanitizeExactName(`x\\xff.log`) = %q, want the backslash doubled", got)
	}
}

// checkSafe asserts the sanitizer's guarantee on one output.
func checkSafe(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Sanitize(%q) = %q: invalid UTF-8", in, out)
	}
	for _, r := range out {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Fatalf("Sanitize(%q) = %q: control %U left", in, out, r)
		}
	}
	if ansi.Strip(out) != out {
		t.Fatalf("Sanitize(%q) = %q: holds an escape sequence", in, out)
	}
	if w := ansi.StringWidth(out); w < 0 || w > 4*len(in)+8*strings.Count(in, "\t") {
		t.Fatalf("Sanitize(%q): width %d out of bounds", in, w)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b[31mred", "\x1b]0;t\x07", "\x1b]52;c;aGk=\x1b\\", "\u009b2J", "\xff\xfe", "a\tb", "日本\t語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSafe(t, in, Sanitize(in))
	})
}

// The styled row renderer must give the same guarantee: its only escape sequences are the
// theme's own SGR, never bytes from the log.
func TestStyledSanitizeKeepsOnlyThemeSequences(t *testing.T) {
	th := NewTheme(true)
	in := "pre \x1b]0;owned\x07 mid \x1b[2J post\x9b"
	var b strings.Builder
	z := sanitizer{out: &b, paints: &th.Timeline.Text}
	z.write([]byte(in), []int{0, 1, 2})
	z.close()
	checkSafe(t, in, ansi.Strip(b.String()))
	if strings.Contains(b.String(), "\x1b]") || strings.Contains(b.String(), "\x1b[2J") {
		t.Fatalf("log sequence reached the output: %q", b.String())
	}
}
