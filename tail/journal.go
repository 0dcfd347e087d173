package tail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// journalPrefix marks a spec that reads the systemd journal.
const journalPrefix = "journal:"

// journalProbeTimeout bounds the check that journalctl works, which opens every journal file.
const journalProbeTimeout = 5 * time.Second

// Errors that name the cause of an unreadable journal and the fix.
var (
	ErrNoJournalctl = errors.New("journalctl not found: trawl reads the systemd journal through it " +
		"(install systemd, or copy the journal to a machine that has it and read it with journal:/path/to/dir)")
	ErrJournalAccess = errors.New("not permitted to read the system journal " +
		"(add your user to the systemd-journal or adm group: sudo usermod -aG systemd-journal $USER, then log in again; or run trawl with sudo)")
)

// Source kinds read from a child process.
const (
	kindCommand sourceKind = kindDemo + 1 + iota
	kindJournal
)

// journal is a `journal:` source: journalctl -o json over the local journal (optionally some units),
// a journal directory (-D) or a journal file (--file).
type journal struct {
	bin     string   // journalctl's path
	sel     []string // the selection: -D dir, --file path, or -u unit...
	file    bool     // a single file, which journalctl cannot follow
	local   bool     // the system's own journal, which needs group membership to read
	ssh     []string // set for a host's journal: ssh, its options and the host
	host    string   // that host, which names its sources (HOST:IDENTIFIER)
	sudo    bool     // run the host's journalctl under sudo -n
	first   time.Duration
	started func(pid int) // called with each journalctl's pid; tests use it to kill one
}

// addJournal adds the source of a `journal:` spec: "" for the whole local journal, a unit name
// (several may be given, separated by commas), or the path of a journal directory or file.
// Unit specs of the local journal share one journalctl, so that no entry is read twice.
func (g *Group) addJournal(arg string) (int, []error) {
	bin, err := exec.LookPath("journalctl")
	if err != nil {
		return 0, []error{fmt.Errorf("%s%s: %w", journalPrefix, arg, ErrNoJournalctl)}
	}
	j := &journal{bin: bin, first: restartMin, local: !strings.ContainsRune(arg, '/')}
	name := "journal"
	if strings.ContainsRune(arg, '/') {
		fi, err := os.Stat(arg)
		if err != nil {
			return 0, []error{fmt.Errorf("%s%s: %w", journalPrefix, arg, err)}
		}
		j.sel, j.file = []string{"-D", arg}, !fi.IsDir()
		if j.file {
			j.sel = []string{"--file", arg}
		}
		name = journalPrefix + arg
	} else {
		j.sel = unitSelection(arg)
		if len(j.sel) > 0 {
			name = journalPrefix + arg
		}
	}
	if j.local && g.mergeJournal(j, name, arg) {
		return 1, nil
	}
	if err := j.probe(); err != nil {
		if !errors.Is(err, ErrJournalAccess) {
			return 0, []error{fmt.Errorf("%s: %w", name, err)}
		}
		// Some entries (the user's own) may still be readable; keep the source.
		s := newSource(name, name, "", kindJournal)
		s.initial = true
		g.addProc(s, j)
		return 1, []error{fmt.Errorf("%s: %w", name, err)}
	}
	s := newSource(name, name, "", kindJournal)
	s.initial = true
	g.addProc(s, j)
	return 1, nil
}

// unitSelection selects the units of a comma-separated list: -u UNIT for each.
func unitSelection(arg string) []string {
	var sel []string
	for u := range strings.SplitSeq(arg, ",") {
		if u = strings.TrimSpace(u); u != "" {
			sel = append(sel, "-u", u)
		}
	}
	return sel
}

// JournalAvailable reports whether the local systemd journal can be read here: nil when
// journalctl exists and reads it, ErrNoJournalctl, ErrJournalAccess (some entries may still be
// readable), or another error saying why not.
func JournalAvailable() error {
	bin, err := exec.LookPath("journalctl")
	if err != nil {
		return ErrNoJournalctl
	}
	return (&journal{bin: bin, local: true}).probe()
}

// probe runs journalctl over the selection for no entries and interprets what it says.
func (j *journal) probe() error {
	ctx, cancel := context.WithTimeout(context.Background(), journalProbeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, j.bin, append(append([]string{}, j.sel...), "-n", "0", "--no-pager")...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	msg := strings.TrimSpace(stderr.String())
	if j.local && accessDenied(msg) {
		return ErrJournalAccess
	}
	if err != nil {
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		if msg == "" {
			return fmt.Errorf("journalctl: %w", err)
		}
		return fmt.Errorf("journalctl: %s", msg)
	}
	return nil
}

// accessDenied recognizes journalctl's words for a user outside the groups that may read the
// system journal. When it could open no file at all, systemd prints "No journal files were opened
// due to insufficient permissions." and exits 1; when it could open some (the user's own), only a
// hint, "Hint: You are currently not seeing messages from other users and the system." (or "from
// the system"), followed by the groups that may: 'systemd-journal', or those of the directory's
// ACL such as 'adm', 'systemd-journal', 'wheel'. Older versions say "Permission denied".
func accessDenied(stderr string) bool {
	return strings.Contains(stderr, "insufficient permissions") ||
		strings.Contains(stderr, "You are currently not seeing messages from") ||
		strings.Contains(stderr, "Permission denied")
}

// args builds journalctl's arguments: the backfill as for files (-n Lines, or everything with
// All, or everything from Since on), following with -f, and after a restart everything after the
// last cursor seen.
func (j *journal) args(opts Options, cursor []byte) []string {
	a := append([]string{"-o", "json", "--no-pager", "--all"}, j.sel...)
	switch {
	case len(cursor) > 0:
		a = append(a, "--after-cursor="+string(cursor), "-n", "all")
	case !opts.Since.IsZero():
		// Everything from that time on, to the microsecond the journal keeps; with -f too,
		// journalctl then starts there instead of at its last 10 entries.
		us := max(opts.Since.UnixMicro(), 0)
		a = append(a, fmt.Sprintf("--since=@%d.%06d", us/1e6, us%1e6))
	case opts.All:
		a = append(a, "-n", "all")
	default:
		a = append(a, "-n", strconv.Itoa(max(opts.Lines, 0)))
	}
	if opts.Follow && !j.file {
		a = append(a, "-f")
	}
	return a
}

// run reads the journal until ctx is done. When journalctl exits while following, or fails after
// reading something, it is started again after the last cursor seen: nothing lost, nothing twice.
func (j *journal) run(ctx context.Context, s *source, opts Options, out output, loaded func()) error {
	r := newJournalReader(s, opts, out)
	if j.host != "" {
		r.prefix = j.host + ":"
	}
	var delay time.Duration
	restarts := 0
	for {
		s.setState(stateReading)
		started := time.Now()
		progress, err := j.once(ctx, r, opts, loaded, restarts)
		loaded()
		if ctx.Err() != nil {
			return nil
		}
		done := !opts.Follow || j.file
		if err == nil && done {
			s.setState(stateDone)
			return nil
		}
		if err != nil && done && !progress {
			s.fail(err)
			return nil
		}
		if err == nil {
			err = errors.New("journalctl exited")
		}
		restarts++
		delay = backoff(delay, time.Since(started), j.first)
		if progress {
			delay = 0 // it was reading: go on at once from the cursor
		}
		s.fail(fmt.Errorf("%w; restarting after the last entry read (restart %d)", err, restarts))
		if !sleepCtx(ctx, delay) {
			return nil
		}
	}
}

// once runs one journalctl to its end; progress says whether it delivered any entry.
func (j *journal) once(ctx context.Context, r *journalReader, opts Options, loaded func(), restarts int) (bool, error) {
	argv := append([]string{j.bin}, j.args(opts, r.cursor)...)
	feed := r.feed
	if j.ssh != nil {
		// What the host's shell prints before journalctl runs (a banner, a profile's echo) is
		// passed over up to a line only this connection knows.
		start := newToken()
		argv = append(slices.Clone(j.ssh), "printf '%s\\n' "+shellQuote(start)+"; "+remoteJournalctl(argv[1:], j.sudo))
		after := &afterLine{line: []byte(start + "\n")}
		feed = func(data []byte) {
			if data = after.pass(data); len(data) > 0 {
				r.feed(data)
			}
		}
	}
	ch, err := startChild(ctx, argv)
	if err != nil {
		return false, fmt.Errorf("start %s: %w", argv[0], err)
	}
	if j.started != nil {
		j.started(ch.cmd.Process.Pid)
	}
	defer time.AfterFunc(loadWait, loaded).Stop()
	before := r.s.lines.Load()
	denied := false
	ch.drain(opts.Quiet, func(data []byte, stderr bool) {
		if stderr {
			denied = denied || j.local && accessDenied(string(data))
			return
		}
		feed(data)
	}, func() {
		loaded()
		if opts.Follow && !j.file {
			r.s.setState(followingState(restarts))
		}
	})
	err = ch.wait()
	r.end(err == nil)
	if denied && err == nil && r.s.lines.Load() == before && restarts == 0 {
		err = ErrJournalAccess
	}
	return r.s.lines.Load() > before, err
}

// afterLine passes over a stream up to and including the first occurrence of line at a line's
// start, and everything after it through.
type afterLine struct {
	line []byte // with its newline
	seen bool
	held []byte // the end of the stream so far, while line has not come: at most its length
	// midLine is set when the byte dropped before held[0] was no newline: held[0] then starts
	// no line.
	midLine bool
}

func (a *afterLine) pass(data []byte) []byte {
	if a.seen {
		return data
	}
	a.held = append(a.held, data...)
	for i := 0; ; {
		k := bytes.Index(a.held[i:], a.line)
		if k < 0 {
			break
		}
		if k += i; k == 0 && !a.midLine || k > 0 && a.held[k-1] == '\n' {
			a.seen = true
			rest := a.held[k+len(a.line):]
			a.held = nil
			return rest
		}
		i = k + 1
	}
	if keep := len(a.line); len(a.held) > keep {
		drop := len(a.held) - keep
		a.midLine = a.held[drop-1] != '\n'
		a.held = append(a.held[:0], a.held[drop:]...)
	}
	return nil
}

// addHostJournals adds the journal of each host, read over ssh: journalctl runs there under nice
// (and sudo -n when asked), over a connection of its own, and is started again after a loss from
// the last cursor read, as a local journalctl that exits is. arg selects as for the local
// journal: units, or the path of a directory or of a file (a name ending in .journal).
func (g *Group) addHostJournals(hosts, argv []string, arg string) int {
	for _, h := range hosts {
		j := &journal{bin: "journalctl", first: sshRetryMin, local: !strings.ContainsRune(arg, '/'),
			ssh: append(slices.Clone(argv), h), host: h, sudo: g.opts.SSH.Sudo}
		switch {
		case strings.HasSuffix(arg, ".journal") || strings.HasSuffix(arg, ".journal~"):
			j.sel, j.file = []string{"--file", arg}, true
		case !j.local:
			j.sel = []string{"-D", arg}
		default:
			j.sel = unitSelection(arg)
		}
		name := h + ":journal"
		if arg != "" {
			name += ":" + arg
		}
		if j.local && !j.file && g.mergeJournal(j, name, arg) {
			continue
		}
		s := newSource(name, sshPrefix+name, "", kindJournal)
		s.initial, s.remote = true, true
		g.addProc(s, j)
	}
	return len(hosts)
}

// remoteJournalctl is the command line a host's shell runs: journalctl with args, each quoted.
func remoteJournalctl(args []string, sudo bool) string {
	var w strings.Builder
	w.WriteString("exec ")
	if sudo {
		w.WriteString("sudo -n ")
	}
	fmt.Fprintf(&w, "nice -n %d journalctl", sshNice)
	for _, a := range args {
		w.WriteString(" " + shellQuote(a))
	}
	return w.String()
}

// followingState is the state of a journal that follows, with how often journalctl was restarted.
func followingState(restarts int) string {
	if restarts == 0 {
		return stateFollowing
	}
	return fmt.Sprintf("%s (journalctl restarted %d×)", stateFollowing, restarts)
}

// mergeJournal folds a selection of units of a journal, the local one or a host's, into the one
// added before for the same machine, so that one journalctl reads them both: units add up, and
// the whole journal takes in any unit ("ssh:web1:journal:" beside "ssh:web1:journal:sshd").
// name is the source name of j's spec, units the selection as the user wrote it.
func (g *Group) mergeJournal(j *journal, name, units string) bool {
	for s, p := range g.procs {
		prev, ok := p.(*journal)
		if !ok || !prev.local || prev.file || (prev.ssh == nil) != (j.ssh == nil) || prev.host != j.host {
			continue
		}
		switch {
		case len(prev.sel) == 0:
		case len(j.sel) == 0:
			prev.sel, s.name = nil, name
		default:
			prev.sel = append(prev.sel, j.sel...)
			s.name += "," + units
		}
		if s.path = s.name; j.ssh != nil {
			s.path = sshPrefix + s.name
		}
		return true
	}
	return false
}
