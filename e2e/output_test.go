package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// trawlOut runs trawl to completion with env added to its environment and returns its output.
func trawlOut(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("trawl %v: %v\nstderr: %s", args, err, stderr.String())
	}
	return string(out)
}

// The raw shape gives back the lines of the matching entries, byte for byte, merged in time
// order: a stack trace keeps its lines, and each file's lines keep their order.
func TestOutputRawMergesTheLinesAsRead(t *testing.T) {
	out := trawlOut(t, nil, append([]string{"-o", "raw", "--no-follow", "--all"}, mixedFiles()...)...)
	var want []string
	for _, f := range mixedFiles() {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if !slices.Equal(sorted(got), sorted(want)) {
		t.Fatalf("the raw lines are not the files' lines:\n%s", out)
	}
	entries := trawlJSON(t, "", append([]string{"--no-follow", "--all"}, mixedFiles()...)...)
	var fromJSON strings.Builder
	for _, e := range entries {
		fromJSON.WriteString(e.Raw + "\n")
	}
	if out != fromJSON.String() {
		t.Fatalf("raw is not the entries' raw text in the JSON order:\n%s\nwant\n%s", out, fromJSON.String())
	}
	errs := trawlOut(t, nil, append([]string{"--output=raw", "--no-follow", "--all", "--level", "error"}, mixedFiles()...)...)
	if n := strings.Count(errs, "\n"); n == 0 || n >= len(got) || !strings.Contains(errs, "\tat com.shop.PaymentJob") {
		t.Fatalf("--level error kept %d lines, want the error entries and their stack trace:\n%s", n, errs)
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// The text shape is one readable line per entry, like a row of the interface; colour only when
// asked (or on a terminal), and never with NO_COLOR unless asked.
func TestOutputText(t *testing.T) {
	args := append([]string{"-o", "text", "--no-follow", "--all"}, mixedFiles()...)
	plain := trawlOut(t, []string{"TZ=UTC"}, args...)
	lines := strings.Split(strings.TrimSuffix(plain, "\n"), "\n")
	if len(lines) != 11 {
		t.Fatalf("%d lines, want one per entry (11):\n%s", len(lines), plain)
	}
	if strings.Contains(plain, "\x1b") {
		t.Fatalf("colour in a pipe without --color:\n%q", plain)
	}
	want := "2026-03-01 10:00:04.200 ERROR testdata/mixed/worker.log charge failed [+6 lines]"
	if !slices.Contains(lines, want) {
		t.Fatalf("no line %q in\n%s", want, plain)
	}
	colored := trawlOut(t, []string{"TZ=UTC", "NO_COLOR=1"}, append([]string{"--color=always"}, args...)...)
	if !strings.Contains(colored, "\x1b[1;31mERROR\x1b[0m") {
		t.Fatalf("--color=always gave no colour:\n%q", colored)
	}
	if stripped := stripSGR(colored); stripped != plain {
		t.Fatalf("colour changed the text:\n%s\nwant\n%s", stripped, plain)
	}
	if never := trawlOut(t, []string{"TZ=UTC"}, append([]string{"--color=never"}, args...)...); never != plain {
		t.Fatalf("--color=never:\n%q", never)
	}
}

func stripSGR(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return b.String() + s
		}
		b.WriteString(s[:i])
		s = s[i+2:]
		s = s[strings.IndexByte(s, 'm')+1:]
	}
}

// jsonl is the default shape, and typed: a number in the log is a number in the output, so that
// jq 'select(.fields.status >= 500)' works.
func TestOutputJSONLTypedFields(t *testing.T) {
	out := trawlOut(t, nil, "-o", "jsonl", "--no-follow", "--all", "testdata/mixed/access.log", "testdata/mixed/app.json")
	if def := trawlOut(t, nil, "--no-follow", "--all", "testdata/mixed/access.log", "testdata/mixed/app.json"); def != out {
		t.Fatal("-o jsonl differs from the default output")
	}
	var five []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var e struct {
			Raw    string `json:"raw"`
			Fields struct {
				Status *int           `json:"status"`
				DB     map[string]any `json:"db"`
			} `json:"fields"`
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if e.Fields.Status != nil && *e.Fields.Status >= 500 {
			five = append(five, e.Raw)
		}
		if strings.Contains(e.Raw, `"db":{"table":"orders"}`) && e.Fields.DB["table"] != "orders" {
			t.Errorf("nested object not kept as an object: %s", line)
		}
	}
	if len(five) != 1 || !strings.Contains(five[0], " 502 ") {
		t.Fatalf("status >= 500: %q", five)
	}
}

func TestOutputFlagErrors(t *testing.T) {
	for _, args := range [][]string{{"-o", "xml"}, {"--json", "-o", "raw"}, {"--color", "sometimes"}} {
		cmd := exec.Command(binary, append(args, "--no-follow", "testdata/mixed/app.json")...)
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("%v: accepted:\n%s", args, out)
		}
	}
}
