package tail

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sshLab is a set of real sshd servers on 127.0.0.1, one per test host, each with its own port
// and its own view of the remote directory: with root and unshare, each sshd runs in a mount
// namespace of its own where a directory of the host is bound over the one shared path, so the
// same remote path holds a different log on each host; otherwise a ForceCommand changes into the
// host's directory and the remote paths are relative. Tests write a host's files in host.root.
type sshLab struct {
	t       *testing.T
	dir     string
	sshd    string
	ssh     string // the --ssh-command that reaches the hosts
	config  string // the ssh client configuration
	remote  string // the directory every host sees its own files in ("" for relative paths)
	ns      bool
	hostKey string
	keys    string // authorized_keys
	userKey string
	user    string
	home    string // the user's home directory, hidden by an empty one in each host
	hosts   map[string]*labHost
}

type labHost struct {
	name string
	port int
	root string // this host's files, as the test writes them
	conf string
	cmd  *exec.Cmd
}

// newSSHLab starts nothing yet: it makes the keys and configuration, or skips the test when
// sshd or ssh is not installed (.ci/run installs openssh-server).
func newSSHLab(t *testing.T) *sshLab {
	t.Helper()
	sshd, err := exec.LookPath("sshd")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/sshd"); serr != nil {
			t.Skip("sshd not installed (apt-get install -y openssh-server)")
		}
		sshd = "/usr/sbin/sshd"
	}
	for _, tool := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	u, err := user.Current()
	if err != nil {
		t.Skipf("no current user: %v", err)
	}
	dir := t.TempDir()
	// sshd refuses keys and directories others may write to; TempDir's parents are fine, but
	// its own mode must not be group-writable.
	_ = os.Chmod(dir, 0o700)
	lab := &sshLab{t: t, dir: dir, sshd: sshd, user: u.Username, home: u.HomeDir, hosts: map[string]*labHost{},
		hostKey: filepath.Join(dir, "host_key"), userKey: filepath.Join(dir, "user_key"),
		keys: filepath.Join(dir, "authorized_keys"), config: filepath.Join(dir, "ssh_config")}
	for _, k := range []string{lab.hostKey, lab.userKey} {
		if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", k).CombinedOutput(); err != nil {
			t.Fatalf("ssh-keygen: %v: %s", err, out)
		}
	}
	pub, err := os.ReadFile(lab.userKey + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lab.keys, pub, 0o600); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		_ = os.MkdirAll("/run/sshd", 0o755) // sshd's privilege separation directory
		if exec.Command("unshare", "--mount", "--propagation", "private", "true").Run() == nil {
			lab.ns = true
			lab.remote = filepath.Join(dir, "remote")
			if err := os.Mkdir(lab.remote, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	lab.ssh = "ssh -F " + lab.config
	t.Cleanup(lab.stopAll)
	return lab
}

// path is how the hosts name their file called name.
func (l *sshLab) path(name string) string {
	if l.remote == "" {
		return name
	}
	return filepath.Join(l.remote, name)
}

// addHost starts a host called name; its files live in the returned host's root.
func (l *sshLab) addHost(name string) *labHost {
	l.t.Helper()
	h := &labHost{name: name, port: labPort(l.t), root: filepath.Join(l.dir, "host-"+name)}
	if err := os.Mkdir(h.root, 0o755); err != nil {
		l.t.Fatal(err)
	}
	h.conf = filepath.Join(l.dir, "sshd-"+name+".conf")
	conf := fmt.Sprintf(`Port %d
ListenAddress 127.0.0.1
HostKey %s
PidFile none
AuthorizedKeysFile %s
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin yes
MaxStartups 200
MaxSessions 50
LogLevel ERROR
`, h.port, l.hostKey, l.keys)
	if !l.ns {
		conf += fmt.Sprintf("ForceCommand cd %s && eval \"$SSH_ORIGINAL_COMMAND\"\n", h.root)
	}
	if err := os.WriteFile(h.conf, []byte(conf), 0o600); err != nil {
		l.t.Fatal(err)
	}
	l.hosts[name] = h
	l.writeConfig()
	l.start(h)
	return h
}

// addSilentHost adds a host that accepts connections and never says a word.
func (l *sshLab) addSilentHost(name string) {
	l.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		l.t.Fatal(err)
	}
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	l.t.Cleanup(func() {
		ln.Close()
		<-done
		for _, c := range conns {
			c.Close()
		}
	})
	l.hosts[name] = &labHost{name: name, port: ln.Addr().(*net.TCPAddr).Port}
	l.writeConfig()
}

func (l *sshLab) writeConfig() {
	var b strings.Builder
	for _, h := range l.hosts {
		fmt.Fprintf(&b, "Host %s\n  HostName 127.0.0.1\n  Port %d\n  User %s\n  IdentityFile %s\n  IdentitiesOnly yes\n"+
			"  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n  LogLevel ERROR\n  ConnectTimeout 3\n"+
			// The cheapest key exchange: the test machine is busy enough.
			"  KexAlgorithms curve25519-sha256\n", h.name, h.port, l.user, l.userKey)
	}
	if err := os.WriteFile(l.config, []byte(b.String()), 0o600); err != nil {
		l.t.Fatal(err)
	}
}

// start runs the host's sshd and waits until it listens.
func (l *sshLab) start(h *labHost) {
	l.t.Helper()
	args := []string{l.sshd, "-D", "-e", "-f", h.conf}
	if l.ns {
		// An empty home too: the login shell's rc files (a pyenv rehash that takes a lock,
		// say) are no part of the test, and a session killed in them must leave nothing behind.
		home := filepath.Join(l.dir, "home")
		_ = os.MkdirAll(home, 0o700)
		args = append([]string{"unshare", "--mount", "--propagation", "private", "sh", "-c",
			`mount --bind "$1" "$2" && mount --bind "$3" "$4" && shift 4 && exec "$@"`,
			"sh", h.root, l.remote, home, l.home}, args...)
	}
	h.cmd = exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	h.cmd.Stderr = &stderr
	if err := h.cmd.Start(); err != nil {
		l.t.Fatalf("start sshd: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", h.port))
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			l.t.Fatalf("sshd for %s does not listen: %s", h.name, stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kill kills the host's sshd and every session it started, as a crash or a reboot would.
func (l *sshLab) kill(h *labHost) {
	if h.cmd == nil || h.cmd.Process == nil {
		return
	}
	for _, pid := range descendants(h.cmd.Process.Pid) {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
	_ = h.cmd.Process.Kill()
	_ = h.cmd.Wait()
	h.cmd = nil
}

func (l *sshLab) stopAll() {
	for _, h := range l.hosts {
		l.kill(h)
	}
}

// descendants lists the processes below pid, read from /proc.
func descendants(pid int) []int {
	ents, _ := os.ReadDir("/proc")
	parent := map[int]int{}
	for _, e := range ents {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// The command name in parentheses may hold spaces: the fields follow the last ')'.
		i := bytes.LastIndexByte(data, ')')
		f := strings.Fields(string(data[i+1:]))
		if len(f) > 1 {
			parent[p], _ = strconv.Atoi(f[1])
		}
	}
	var out []int
	want := map[int]bool{pid: true}
	for changed := true; changed; {
		changed = false
		for p, pp := range parent {
			if want[pp] && !want[p] {
				want[p], changed = true, true
				out = append(out, p)
			}
		}
	}
	return out
}

func labPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
