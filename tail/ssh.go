package tail

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// sshPrefix marks a spec read over ssh: ssh:HOSTS:SOURCE, where HOSTS is a comma-separated list
// (each may hold one or more ranges such as web[1-20] or db[01-03]), empty for the hosts of
// --hosts, and SOURCE a path, a glob or a directory on those hosts.
const sshPrefix = "ssh:"

// kindSSH is the kind of the source of one host: its entries are named HOST:PATH, one name per
// remote file; the source itself carries the host's state.
const kindSSH = kindJournal + 1

// Tuning of ssh sources.
const (
	// sshPoll is how often the remote script looks at its files: 4 stat calls a second per file
	// cost a host nothing, and a line waits 125 ms on average before it leaves.
	sshPoll = 250 * time.Millisecond
	// sshBeat is how often a quiet host says it is alive; sshSilent (3 beats) without a word
	// makes it lagging, sshDead drops the connection to try again.
	sshBeat   = 2 * time.Second
	sshSilent = 3 * sshBeat
	sshDead   = 20 * time.Second
	// sshRecordMax bounds a record's payload, so the local side buffers at most that much per
	// host; a file further behind is sent in several records, without a pause between them.
	sshRecordMax = 256 << 10
	// sshRetryMin and sshRetryMax bound the back-off between connection attempts: at most one
	// try every 3 s per host, at least one every 60 s. sshStagger spreads the first tries of many
	// hosts (and their retries, by a random share of the delay) so that a fleet does not knock
	// on a bastion all at once.
	sshRetryMin = 3 * time.Second
	sshRetryMax = 60 * time.Second
	sshStagger  = 50 * time.Millisecond
	// sshSkewWarn is the clock offset past which a host's state warns that the times of its
	// lines are off: more than the watermark, so its lines may be placed out of order.
	sshSkewWarn = 2 * time.Second
	// sshNice is the remote script's niceness: following logs must not slow the host down.
	sshNice = 10
)

// sshDefaults are the options trawl gives ssh unless the user's --ssh-command sets them: never
// wait for a password or a host key answer nobody will type, and give up on a host that does not
// answer within 10 s (it is retried).
var sshDefaults = [][2]string{{"BatchMode", "yes"}, {"ConnectTimeout", "10"}}

// SSHOptions say how to reach hosts.
type SSHOptions struct {
	Command string   // the ssh program and its options, split like a shell does (default "ssh")
	Hosts   []string // hosts for specs that name none (ssh::/path), from --hosts
	Sudo    bool     // run the remote side under sudo -n, for logs only root may read
}

// addSSH adds the sources of an ssh: spec: one per host, shared with the other specs of the
// same host, so that one connection carries all of a host's files.
func (g *Group) addSSH(text string) (int, []error) {
	hostList, source, ok := strings.Cut(text, ":")
	if !ok || source == "" {
		return 0, []error{fmt.Errorf("%s%s: want ssh:HOSTS:PATH, such as ssh:web1,web2:/var/log/app.log", sshPrefix, text)}
	}
	hosts, err := ExpandHosts(hostList)
	if err != nil {
		return 0, []error{fmt.Errorf("%s%s: %w", sshPrefix, text, err)}
	}
	if hostList == "" {
		hosts = g.opts.SSH.Hosts
	}
	if len(hosts) == 0 {
		return 0, []error{fmt.Errorf("%s%s: no hosts (name them, ssh:web1,web2:PATH, or give --hosts FILE)", sshPrefix, text)}
	}
	argv, err := sshArgv(g.opts.SSH.Command)
	if err != nil {
		return 0, []error{fmt.Errorf("--ssh-command: %w", err)}
	}
	if arg, ok := strings.CutPrefix(source, journalPrefix); ok {
		return g.addHostJournals(hosts, argv, arg), nil
	}
	fl := g.sshFleet()
	for _, h := range hosts {
		if prev := g.sshHostNamed(h); prev != nil {
			prev.add(source)
			continue
		}
		sh := &sshHost{host: h, argv: argv, sudo: g.opts.SSH.Sudo, streams: g.newStream, fleet: fl,
			retry: sshRetryMin, delay: time.Duration(len(fl.hosts)) * sshStagger, fresh: true}
		sh.add(source)
		fl.hosts = append(fl.hosts, sh)
		s := newSource(sshPrefix+h, sshPrefix+h+":"+source, "", kindSSH)
		s.initial, s.remote = true, true
		s.state = stateConnecting
		sh.src = s
		g.addProc(s, sh)
	}
	return 1, nil
}

// sshFleet returns the group's fleet, made with its first ssh spec.
func (g *Group) sshFleet() *fleet {
	for _, p := range g.procs {
		if h, ok := p.(*sshHost); ok {
			return h.fleet
		}
	}
	return newFleet(sshWatermark)
}

func (g *Group) sshHostNamed(host string) *sshHost {
	for _, p := range g.procs {
		if h, ok := p.(*sshHost); ok && h.host == host {
			return h
		}
	}
	return nil
}

// add makes the host follow source too: a file, or a pattern (a directory is made one by the
// remote script, which alone can tell).
func (h *sshHost) add(source string) {
	if hasMeta(source) {
		h.patterns = append(h.patterns, source)
		return
	}
	for _, f := range h.files {
		if f.path == source {
			return
		}
	}
	h.files = append(h.files, h.newFile(source, false))
}

// ExpandHosts splits a comma-separated host list and expands the ranges in each name:
// web[1-3] is web1, web2 and web3; db[08-10] keeps the width, db08 … db10.
func ExpandHosts(list string) ([]string, error) {
	var out []string
	for h := range strings.SplitSeq(list, ",") {
		if h = strings.TrimSpace(h); h == "" {
			continue
		}
		if strings.HasPrefix(h, "-") || strings.ContainsFunc(h, hiddenRune) {
			return nil, fmt.Errorf("%q is not a host name: it may not begin with '-' or hold blanks, control or formatting characters", h)
		}
		names, err := expandRange(h)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if i := strings.IndexFunc(n, notHostRune); i >= 0 {
				// ssh hands the name to a ProxyCommand's shell as %h: "$(…)" or ";" in it would
				// run there (OpenSSH checks since 9.6 only).
				return nil, fmt.Errorf("%q is not a host name: %q is neither a letter, a digit nor one of . - _ : @ %% +", n, n[i:i+1])
			}
		}
		out = append(out, names...)
	}
	return out, nil
}

// notHostRune reports whether r has no place in a host name as ssh takes it: letters, digits,
// dots, dashes and underscores, a user before '@', an IPv6 address's colons and its zone's '%',
// and '+', which OpenSSH takes in a name.
func notHostRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return false
	}
	return !strings.ContainsRune(".-_:@%+", r)
}

// maxHosts bounds a range, so that a typo such as web[1-100000] fails instead of starting a
// hundred thousand ssh processes.
const maxHosts = 10000

func expandRange(h string) ([]string, error) {
	open := strings.IndexByte(h, '[')
	if open < 0 {
		return []string{h}, nil
	}
	end := strings.IndexByte(h[open:], ']')
	if end < 0 {
		return nil, fmt.Errorf("%s: unclosed range", h)
	}
	end += open
	lo, hi, ok := strings.Cut(h[open+1:end], "-")
	a, err1 := strconv.Atoi(lo)
	b, err2 := strconv.Atoi(hi)
	if !ok || err1 != nil || err2 != nil || a > b || a < 0 {
		return nil, fmt.Errorf("%s: a range is written [FIRST-LAST], such as web[1-20]", h)
	}
	if b-a >= maxHosts {
		return nil, fmt.Errorf("%s: more than %d hosts", h, maxHosts)
	}
	width := 0
	if len(lo) > 1 && lo[0] == '0' {
		width = len(lo)
	}
	rest, err := expandRange(h[end+1:])
	if err != nil {
		return nil, err
	}
	var out []string
	for n := a; n <= b; n++ {
		for _, r := range rest {
			out = append(out, fmt.Sprintf("%s%0*d%s", h[:open], width, n, r))
		}
	}
	return out, nil
}

// ReadHosts reads a hosts file: one host (or range) a line; blank lines and lines starting with
// # are skipped.
func ReadHosts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k] // a comment, on a line of its own or after the host
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		hosts, err := ExpandHosts(line)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, hosts...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// hiddenRune reports whether r may not be in a host name: a blank, a control character (C0, DEL,
// C1) or an invisible formatting one (bidirectional overrides, zero-width marks), which would show
// the name as another than ssh is given.
func hiddenRune(r rune) bool {
	return r <= ' ' || r >= 0x7f && r <= 0x9f || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r)
}

// sshArgv splits the ssh command (quotes and backslashes as a shell reads them) and adds the
// options of sshDefaults that it does not set, and -T: the script needs no terminal.
func sshArgv(command string) ([]string, error) {
	if strings.TrimSpace(command) == "" {
		command = "ssh"
	}
	argv, err := splitWords(command)
	if err != nil {
		return nil, err
	}
	lower := strings.ToLower(strings.Join(argv, " "))
	for _, d := range sshDefaults {
		if !strings.Contains(lower, strings.ToLower(d[0])) {
			argv = append(argv, "-o", d[0]+"="+d[1])
		}
	}
	return append(argv, "-T"), nil
}

// splitWords splits a command line into words as sh would, with single and double quotes and
// backslashes, but nothing else of a shell.
func splitWords(s string) ([]string, error) {
	var out []string
	var w strings.Builder
	in, quote := false, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
			} else {
				w.WriteByte(c)
			}
		case quote == '"':
			if c == '"' {
				quote = 0
			} else if c == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
				i++
				w.WriteByte(s[i])
			} else {
				w.WriteByte(c)
			}
		case c == '\'' || c == '"':
			quote, in = c, true
		case c == '\\' && i+1 < len(s):
			i++
			w.WriteByte(s[i])
			in = true
		case c == ' ' || c == '\t' || c == '\n':
			if in {
				out = append(out, w.String())
				w.Reset()
				in = false
			}
		default:
			w.WriteByte(c)
			in = true
		}
	}
	if quote != 0 {
		return nil, errors.New("unclosed quote")
	}
	if in {
		out = append(out, w.String())
	}
	if len(out) == 0 {
		return nil, errors.New("empty command")
	}
	return out, nil
}

// remoteCommand is what ssh runs on the host: a sh that reads n bytes of script from its input
// and runs it, under nice (and sudo -n when asked). It is written so that any login shell (sh,
// bash, zsh, fish, csh) passes it on unchanged.
func remoteCommand(n int, sudo bool) string {
	prefix := "exec "
	if sudo {
		prefix += "sudo -n "
	}
	return fmt.Sprintf(`%snice -n %d sh -c 'eval "$(dd bs=1 count=%d 2>/dev/null)"'`, prefix, sshNice, n)
}
