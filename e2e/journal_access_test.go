package e2e

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The real "not permitted" case: a system journal at /var/log/journal/<machine-id>/ that only
// root and the systemd-journal group may read, and trawl run as nobody with that journal and a
// readable file. trawl must say why the journal is not read and how to fix it, and go on with the
// file.
//
// The journal is put there in a private mount namespace, on a tmpfs mounted over
// /var/log/journal (and over /run/log/journal when it exists, which journalctl reads too), so the
// machine's own journal is neither read nor changed, whether it exists or not. Outside the
// namespace the test creates only what is missing (an empty /var/log/journal to mount on, an
// /etc/machine-id) and removes it again.
func TestJournalNotPermitted(t *testing.T) {
	prefix, dir := asNobody(t)
	remote := journalRemote()
	if _, err := exec.LookPath("journalctl"); err != nil || remote == "" {
		t.Skip("needs journalctl and systemd-journal-remote (apt-get install systemd systemd-journal-remote)")
	}
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("needs unshare (util-linux) for a private mount namespace")
	}
	if out, err := exec.Command("getent", "group", "systemd-journal").Output(); err != nil || len(out) == 0 {
		t.Skip("needs the systemd-journal group")
	}
	if out, err := exec.Command("unshare", "-m", "true").CombinedOutput(); err != nil {
		t.Skipf("cannot make a private mount namespace here: %v %s", err, out)
	}
	machineID := ensureMachineID(t)
	ensureEmptyDir(t, "/var/log/journal")

	file := filepath.Join(dir, "app.log")
	appendLines(t, file, "2026-03-01T10:00:00Z INFO readable line")
	journal := filepath.Join(t.TempDir(), "system.journal")
	makeJournalFile(t, remote, journal, "__REALTIME_TIMESTAMP=1772359200000000\n__MONOTONIC_TIMESTAMP=1\n"+
		"_BOOT_ID=0123456789abcdef0123456789abcdef\n_HOSTNAME=h\nSYSLOG_IDENTIFIER=secret\nMESSAGE=secret entry\n\n")

	// $1 the machine id, $2 the journal file, then the command to run as nobody.
	const setup = `set -e
mount --make-rprivate / 2>/dev/null || true
mount -t tmpfs -o mode=2755 tmpfs /var/log/journal
if [ -d /run/log/journal ]; then mount -t tmpfs tmpfs /run/log/journal; fi
chgrp systemd-journal /var/log/journal
mkdir /var/log/journal/$1
cp "$2" /var/log/journal/$1/system.journal
chown -R root:systemd-journal /var/log/journal/$1
chmod 2750 /var/log/journal/$1
chmod 0640 /var/log/journal/$1/system.journal
shift 2
exec "$@"`
	inNamespace := func(run ...string) *exec.Cmd {
		args := append([]string{"-m", "sh", "-c", setup, "sh", machineID, journal}, run...)
		return exec.Command("unshare", append(args, "--json", "--no-follow", "--all", "journal:", file)...)
	}
	// The control: root reads the entry, so the journal is where journalctl looks.
	if out, err := inNamespace(binary).CombinedOutput(); err != nil || !strings.Contains(string(out), "secret entry") {
		t.Fatalf("as root the test journal is not read: %v\n%s", err, out)
	}

	cmd := inNamespace(prefix...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	msg := stderr.String()
	if err != nil {
		t.Fatalf("trawl as nobody with an unreadable journal and a readable file: %v, want exit 0; stderr:\n%s", err, msg)
	}
	entries := decodeLines(t, out)
	if len(entries) != 1 || entries[0].Message != "readable line" {
		t.Errorf("entries %+v, want the file's line alone", entries)
	}
	for _, want := range []string{"not permitted to read the system journal", "systemd-journal", "usermod -aG"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr does not say %q:\n%s", want, msg)
		}
	}
}

// ensureMachineID returns this machine's id, writing a random one for the test's length when
// there is none (journalctl looks for the local journal in a directory named after it).
func ensureMachineID(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("/etc/machine-id")
	if id := strings.TrimSpace(string(data)); err == nil && len(id) == 32 {
		return id
	}
	if !errors.Is(err, os.ErrNotExist) {
		t.Skipf("/etc/machine-id is unusable (%v, %q): not replacing it", err, data)
	}
	b := make([]byte, 16)
	rand.Read(b)
	id := hex.EncodeToString(b)
	if err := os.WriteFile("/etc/machine-id", []byte(id+"\n"), 0o444); err != nil {
		t.Skipf("cannot create /etc/machine-id: %v", err)
	}
	t.Cleanup(func() { os.Remove("/etc/machine-id") })
	return id
}

// ensureEmptyDir makes dir exist, to mount on, and removes it after the test if it made it.
func ensureEmptyDir(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err == nil {
		return
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Skipf("cannot create %s to mount on: %v", dir, err)
	}
	t.Cleanup(func() { os.Remove(dir) })
}
