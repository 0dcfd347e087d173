package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A typo'd path, a path in no directory, and an empty directory are told on the screen: the
// status bar counts the warnings and the sources view words them. Before, they went to standard
// error only, where the interface covered them at once.
func TestTerminalStartupWarningsShown(t *testing.T) {
	dir := t.TempDir()
	appendLines(t, filepath.Join(dir, "app.log"), "2026-03-01T10:00:00Z INFO readable line")
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	term := startTerminal(t, dir, 120, 40, "app.log", "ap.log", "nowhere/x.log", "empty")
	term.waitAlive("readable line")
	term.waitAlive("3 warnings (s)")
	term.press("s")
	s := term.waitAlive("Start-up warnings (3)")
	for _, want := range []string{
		"ap.log: no such file or directory (waiting for it to appear)",
		"nowhere/x.log: no such file or directory",
		"empty: no log files in it yet (watching for them)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the sources view does not say %q; screen:\n%s", want, s)
		}
	}
}

// A format definition trawl cannot use is told on the screen with the other start-up warnings;
// before, it went to standard error only, under the interface.
func TestTerminalFormatWarningShown(t *testing.T) {
	dir := t.TempDir()
	appendLines(t, filepath.Join(dir, "app.log"), "2026-03-01T10:00:00Z INFO readable line")
	formats := filepath.Join(dir, "formats")
	if err := os.Mkdir(formats, 0o755); err != nil {
		t.Fatal(err)
	}
	def := `{"ahead_log": {"regex": {"std": {"pattern": "^(?<timestamp>\\S+) (?=ERR)(?<body>.*)$"}}}}`
	if err := os.WriteFile(filepath.Join(formats, "ahead.json"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	term := startTerminal(t, dir, 160, 40, "--format-dir", "formats", "app.log")
	term.waitAlive("readable line")
	term.waitAlive("2 warnings (s)")
	term.press("s")
	s := term.waitAlive("Start-up warnings (2)")
	if !strings.Contains(s, `format "ahead_log": pattern "std": RE2 cannot compile it`) {
		t.Errorf("the sources view does not name the pattern; screen:\n%s", s)
	}
}

// With no paths, trawl reads the standard logs under /var/log, and names those this user may not
// read, with the way to read them, on the screen. The logs are put there in a private mount
// namespace, on a tmpfs over /var/log, so the machine's own are neither read nor changed; trawl
// runs as nobody, for whom two of them are unreadable.
func TestTerminalNoArgsNamesUnreadableLogs(t *testing.T) {
	prefix, dir := asNobody(t)
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("needs unshare (util-linux) for a private mount namespace")
	}
	if out, err := exec.Command("unshare", "-m", "true").CombinedOutput(); err != nil {
		t.Skipf("cannot make a private mount namespace here: %v %s", err, out)
	}
	// The pane runs the binary built for every test; nobody must be able to reach it.
	if err := os.Chmod(filepath.Dir(binary), 0o755); err != nil {
		t.Fatal(err)
	}
	const setup = `set -e
mount --make-rprivate / 2>/dev/null || true
mount -t tmpfs -o mode=0755 tmpfs /var/log
if [ -d /run/log/journal ]; then mount -t tmpfs tmpfs /run/log/journal; fi
echo '2026-03-01T10:00:00Z INFO readable line' >/var/log/syslog
echo '2026-03-01T10:00:01Z INFO secret line' >/var/log/auth.log
echo '2026-03-01T10:00:02Z INFO secret line' >/var/log/kern.log
chmod 0600 /var/log/auth.log /var/log/kern.log
exec "$@"`
	setpriv := prefix[:len(prefix)-1] // the command that drops to nobody, without its copy of trawl
	wrapper := append([]string{"unshare", "-m", "sh", "-c", setup, "sh"}, setpriv...)
	term := startTerminalVia(t, dir, 160, 40, wrapper)
	term.waitAlive("readable line")
	term.waitAlive("warning")
	term.press("s")
	s := term.waitAlive("Start-up warnings")
	for _, want := range []string{
		"2 logs under /var/log are not readable by you (permission denied): /var/log/auth.log, /var/log/kern.log",
		"run trawl with sudo, or join the adm group",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the sources view does not say %q; screen:\n%s", want, s)
		}
	}
	if strings.Contains(s, "secret line") {
		t.Errorf("an unreadable log was read; screen:\n%s", s)
	}
}
