package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// asNobody returns the command prefix that runs trawl as the unprivileged user nobody, and a
// directory that user can enter. Permissions mean nothing to root, so these tests need root to
// drop to nobody; they skip elsewhere.
func asNobody(t *testing.T) (prefix []string, dir string) {
	t.Helper()
	setpriv, err := exec.LookPath("setpriv")
	if os.Geteuid() != 0 || err != nil {
		t.Skip("needs root and setpriv to run trawl as nobody")
	}
	dir = t.TempDir()
	for d := dir; d != os.TempDir() && d != "/"; d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "trawl")
	data, err := os.ReadFile(binary)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin}, dir
}

func TestPermissionDeniedAtStart(t *testing.T) {
	prefix, dir := asNobody(t)
	open := filepath.Join(dir, "app.log")
	secret := filepath.Join(dir, "secret.log")
	appendLines(t, open, "2026-03-01T10:00:00Z INFO readable line")
	appendLines(t, secret, "2026-03-01T10:00:01Z INFO hidden line")
	if err := os.Chmod(secret, 0o600); err != nil {
		t.Fatal(err)
	}
	args := append(prefix[1:], "--no-follow", "--all", open, secret)
	cmd := exec.Command(prefix[0], args...)
	out, err := cmd.Output()
	stderr := ""
	if ee, ok := err.(*exec.ExitError); ok {
		stderr = string(ee.Stderr)
	}
	if err != nil {
		t.Fatalf("one unreadable file of two: %v, want exit 0; stderr: %s", err, stderr)
	}
	entries := decodeLines(t, out)
	if len(entries) != 1 || entries[0].Message != "readable line" {
		t.Errorf("entries %+v, want only the readable line", entries)
	}

	cmd = exec.Command(prefix[0], append(prefix[1:], "--no-follow", "--all", secret)...)
	var buf strings.Builder
	cmd.Stderr = &buf
	err = cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 2 {
		t.Fatalf("only an unreadable file: %v, want exit status 2", err)
	}
	if msg := buf.String(); !strings.Contains(msg, secret) || !strings.Contains(msg, "permission denied") {
		t.Errorf("message %q does not name %s and the reason", msg, secret)
	}
}

// A file that comes back unreadable after a rotation is told of on stderr, retried, and read once
// it may be.
func TestPermissionChangedWhileFollowing(t *testing.T) {
	prefix, dir := asNobody(t)
	path := filepath.Join(dir, "app.log")
	appendLines(t, path, "2026-03-01T10:00:00Z INFO before rotation")
	f := startCommand(t, prefix[0], append(prefix[1:], "--json", "--poll", path)...)
	f.waitRaw("before rotation", 10*time.Second)

	if err := os.Rename(path, path+".1"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("2026-03-01T10:00:01Z INFO after rotation\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.waitStderr("permission denied", 10*time.Second) // a script is told, on stderr
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	f.waitRaw("after rotation", 10*time.Second)
}

// A journal the user may not read is named with journalctl's reason, and trawl exits 2 when it
// was the only source.
func TestPermissionDeniedJournal(t *testing.T) {
	prefix, dir := asNobody(t)
	remote := ""
	for _, p := range []string{"/lib/systemd/systemd-journal-remote", "/usr/lib/systemd/systemd-journal-remote"} {
		if _, err := os.Stat(p); err == nil {
			remote = p
		}
	}
	if _, err := exec.LookPath("journalctl"); err != nil || remote == "" {
		t.Skip("needs journalctl and systemd-journal-remote (apt-get install systemd systemd-journal-remote)")
	}
	export := filepath.Join(dir, "in.export")
	entry := "__CURSOR=s=1;i=1\n__REALTIME_TIMESTAMP=1772359200000000\n__MONOTONIC_TIMESTAMP=1\n" +
		"_BOOT_ID=0123456789abcdef0123456789abcdef\nMESSAGE=secret\nPRIORITY=3\n_HOSTNAME=h\n\n"
	if err := os.WriteFile(export, []byte(entry), 0o644); err != nil {
		t.Fatal(err)
	}
	jdir := filepath.Join(dir, "journal")
	if err := os.Mkdir(jdir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(jdir, "x.journal")
	if out, err := exec.Command(remote, "-o", file, export).CombinedOutput(); err != nil {
		t.Fatalf("systemd-journal-remote: %v\n%s", err, out)
	}
	if err := os.Chmod(file, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(prefix[0], append(prefix[1:], "--json", "--no-follow", "journal:"+jdir)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 2 || len(out) != 0 {
		t.Fatalf("unreadable journal only: %v, output %q; want exit 2 and nothing; stderr: %s", err, out, stderr.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, jdir) || !strings.Contains(msg, "permission") {
		t.Errorf("message %q does not name %s and the permission problem", msg, jdir)
	}
}

// A folder the user may not enter is named with the reason, not reported as holding no logs; the
// unit test of the same rule skips as root, so CI (root) runs this one as nobody.
func TestUnreadableFolderSaysWhy(t *testing.T) {
	prefix, dir := asNobody(t)
	closed := filepath.Join(dir, "closed")
	if err := os.Mkdir(closed, 0o700); err != nil {
		t.Fatal(err)
	}
	appendLines(t, filepath.Join(closed, "app.log"), "2026-03-01T10:00:00Z INFO behind a closed door")
	cmd := exec.Command(prefix[0], append(prefix[1:], "--json", "--no-follow", closed)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 2 || len(out) != 0 {
		t.Fatalf("unreadable folder only: %v, output %q; want exit 2 and nothing; stderr: %s", err, out, stderr.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, closed+": permission denied") || strings.Contains(msg, "no log files") {
		t.Errorf("message %q does not name %s with permission denied", msg, closed)
	}
}
