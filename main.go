// Command trawl follows log files, parses every line into a structured entry, and shows them in a
// terminal interface, or prints them as JSON Lines when its output is not a terminal.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp/syntax"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/trawl-dev/trawl/export"
	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse/ring"
	"github.com/trawl-dev/trawl/tail"
	"github.com/trawl-dev/trawl/ui"
	"github.com/trawl-dev/trawl/ui/colorprobe"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK       = 0
	exitFailure  = 1 // a runtime error after start-up
	exitUsage    = 2 // bad flags, or no usable source
	exitSignaled = 128
)

// defaultLogDir is where trawl looks for logs when given no paths.
const defaultLogDir = "/var/log"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin, stdout *os.File, stderr io.Writer) int {
	stderr = safeWriter{stderr}
	tmuxHidden := colorprobe.Restore()
	cfg, err := parseArgs(args, stdout)
	if errors.Is(err, errHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "trawl: %s\nRun 'trawl --help' for usage.\n", oneLine(err))
		return exitUsage
	}
	if cfg.version {
		fmt.Fprintf(stdout, "trawl %s\n", version)
		return exitOK
	}
	for _, name := range cfg.fileFlags {
		fmt.Fprintf(stderr, "trawl: %s: a file of that name is here, so it is read as a file, not as a flag\n", oneLine(name))
	}
	limitMemory(int64(cfg.maxMemory))

	// SIGHUP is a dropped SSH connection: stop as cleanly as for SIGINT and SIGTERM. Bubble Tea
	// handles neither SIGHUP nor a context on its own, so one context drives both modes.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	caught := make(chan os.Signal, 1)
	signal.Notify(caught, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	// With SIGPIPE observed, a write to a closed pipe returns EPIPE instead of killing the process,
	// so `trawl --json | head` ends quietly.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)

	terminal := term.IsTerminal(stdout.Fd())
	if name := os.Getenv("TERM"); terminal && !cfg.outputSet && !drawable(name) {
		// A dumb terminal (Emacs' shell, some serial consoles), or one that names no type (`env
		// -i`, a bare serial login), moves no cursor and has no alternate screen that trawl
		// knows of: the interface would print its escape codes as text. Entries are printed as
		// text lines instead, as they come.
		said := "TERM=dumb"
		if name == "" {
			said = "TERM is not set"
		}
		fmt.Fprintf(stderr, "trawl: %s: this terminal cannot draw the interface; printing entries as text (-o jsonl for JSON Lines)\n", said)
		cfg.output, cfg.outputSet = export.Text, true
	}
	headless := cfg.outputSet || !terminal
	// The interface shows each file's newest entry at once, and joins a continuation into it later;
	// headless output prints an entry once, so it waits for the entry to be complete.
	cfg.eager = !headless
	if fi, err := stdout.Stat(); err == nil && fi.Mode().IsRegular() {
		// `trawl --json logs/ > logs/out.jsonl`: a followed directory holds trawl's own output,
		// which read back would be printed again, and again, until the disk is full.
		cfg.ownOutput = fi
	}
	group, warnings, code := openSources(cfg, stdin, stderr)
	if group == nil {
		return code
	}

	matcher, err := filter.Compile(filter.Query{Levels: filter.AllLevels(), Search: cfg.search(), Formats: group.Formats()})
	if err != nil {
		var re *syntax.Error
		if errors.As(err, &re) {
			// Say what is wrong, as the regexp package names it: "invalid repeat count". (The
			// interface's status line has room for the position only.)
			fmt.Fprintf(stderr, "trawl: query: %v (%s)\n", oneLine(err), oneLine(re.Code))
		} else {
			fmt.Fprintf(stderr, "trawl: query: %v\n", oneLine(err))
		}
		return exitUsage
	}
	if headless {
		shape := export.Options{Shape: cfg.output, Color: cfg.colored(terminal, os.Getenv), Zone: time.Local, Terminal: terminal, Formats: group.Formats()}
		err = runHeadless(ctx, group, matcher, cfg, shape, stdout, stderr, warnings)
	} else {
		err = runUI(ctx, group, cfg, warnings, tmuxHidden)
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		fmt.Fprintf(stderr, "trawl: internal error: %v (the terminal was restored)\n", err)
		return exitFailure
	}
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, tea.ErrProgramKilled) {
		fmt.Fprintf(stderr, "trawl: %s\n", oneLine(err))
		return exitFailure
	}
	if headless && ctx.Err() != nil {
		// Only a signal cancels ctx. The signal package delivers it to each channel in turn, so
		// the one that names it may lag the context by a moment: wait for it.
		select {
		case sig := <-caught:
			if s, ok := sig.(syscall.Signal); ok {
				return exitSignaled + int(s)
			}
		case <-time.After(time.Second):
		}
	}
	return exitOK
}

// openSources resolves what to read: the demo, the given paths, stdin when it is piped, or the
// standard logs of this machine. It prints what the user must know, and returns the warnings among
// it for the interface to show again; a nil group means exit with code.
func openSources(cfg config, stdin *os.File, stderr io.Writer) (*tail.Group, []error, int) {
	opts := cfg.tailOptions()
	if cfg.demo {
		return tail.Demo(opts), nil, exitOK
	}
	var warnings []error
	warn := func(ws ...error) {
		for _, w := range ws {
			fmt.Fprintf(stderr, "trawl: warning: %s\n", oneLine(w))
		}
		warnings = append(warnings, ws...)
	}
	var formatWarnings []error
	opts.Custom, formatWarnings = loadFormats(defaultFormatDirs(os.Getenv, homeDir(), subdirectories), cfg.formatDirs)
	warn(formatWarnings...)
	specs := cfg.paths
	if len(specs) == 0 && pipedIn(stdin) {
		specs = []string{"-"}
	}
	if slices.Contains(specs, "-") {
		dashFile := false // a file called - here, as a shell's * names it among the others
		if fi, err := os.Stat("-"); err == nil && fi.Mode().IsRegular() {
			dashFile = true
		}
		switch {
		case term.IsTerminal(stdin.Fd()) && dashFile:
			// Standard input cannot be what was meant: the file is.
			specs = slices.Clone(specs)
			for i, s := range specs {
				if s == "-" {
					specs[i] = "./-"
				}
			}
			warn(errors.New("-: standard input is a terminal, so the file called - here is read"))
		case term.IsTerminal(stdin.Fd()):
			// Read from a terminal, "-" would take the keys typed as log lines, and q and ctrl+c
			// with them.
			fmt.Fprintln(stderr, "trawl: -: standard input is a terminal, not a log; pipe logs in (cmd | trawl -), or name a file called - as ./-")
			return nil, nil, exitUsage
		case dashFile && len(cfg.paths) > 0:
			warn(errors.New("-: standard input is read, not the file called - here; name that file ./- to read it"))
		}
	}
	if len(specs) == 0 {
		found, denied, err := tail.Discover(defaultLogDir)
		journalErr := tail.JournalAvailable()
		if len(denied) > 0 {
			warn(deniedWarning(denied))
		}
		if len(found) == 0 && journalErr != nil {
			why := ""
			if err != nil {
				why = fmt.Sprintf(" (%v)", err)
			}
			fmt.Fprintf(stderr, "trawl: no readable logs found under %s%s, and the systemd journal is not readable: %v.\nGive paths to read (trawl FILE...), pipe logs in (cmd | trawl -), or try the built-in demo: trawl --demo\n", defaultLogDir, why, journalErr)
			return nil, nil, exitUsage
		}
		fmt.Fprintf(stderr, "trawl: %s\n", discoveryMessage(found, journalErr))
		if journalErr != nil && !errors.Is(journalErr, tail.ErrNoJournalctl) {
			warn(fmt.Errorf("the systemd journal is not read: %w", journalErr))
		}
		specs = found
		if journalErr == nil {
			specs = append(specs, "journal:")
		}
	}
	group, openWarnings, err := tail.Open(specs, opts)
	warn(openWarnings...)
	if err != nil {
		fmt.Fprintf(stderr, "trawl: %s\n", oneLine(err))
		return nil, nil, exitUsage
	}
	return group, warnings, exitOK
}

// deniedWarning names the standard logs this user may not read. Who may read them differs by
// system (root and the adm group on Debian and Ubuntu, root alone elsewhere), so it names both
// ways in.
func deniedWarning(denied []string) error {
	what := fmt.Sprintf("%d logs under %s are", len(denied), defaultLogDir)
	if len(denied) == 1 {
		what = fmt.Sprintf("1 log under %s is", defaultLogDir)
	}
	return fmt.Errorf("%s not readable by you (permission denied): %s; run trawl with sudo, or join the adm group "+
		"(sudo usermod -aG adm $USER, then log in again), to read them", what, summarizePaths(denied, 6))
}

// debugPanicEnv names the diagnostic switch that makes the interface panic when P is pressed, so
// that a test (or a wary user) can check that a crash gives the terminal back intact.
const debugPanicEnv = "TRAWL_DEBUG_PANIC"

// panicOnKey is a program filter that panics inside Bubble Tea's event loop on P.
func panicOnKey(_ tea.Model, msg tea.Msg) tea.Msg {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "P" {
		panic("trawl: panic requested with " + debugPanicEnv)
	}
	return msg
}

// maxFPS is the most frames a second Bubble Tea writes, its upper limit. It writes a changed
// frame on the next tick of a ticker, so a new screen (a search's results, the first entries)
// waits up to a tick: 8 ms at 120, 17 ms at the default 60. A tick with nothing new writes
// nothing, and data messages come at most 25 times a second, so the rate bounds latency, not work.
const maxFPS = 120

// Memory beyond the ring's bound. --max-memory bounds the ring, which charges each entry's whole
// cost (see ring.Options); resident memory stays within --max-memory plus memoryHeadroom.
const (
	// memoryHeadroom is what trawl needs beyond the ring: read buffers, batches, snapshots a frame
	// old, the screen, the garbage collector's slack, and the program's own code.
	memoryHeadroom = 64 << 20
	// codeReserve is the part of the headroom the Go runtime does not count against its memory
	// limit: the executable's code and data pages, at most the binary's size (about 9 MiB).
	codeReserve = 16 << 20
	// uiReaderBytes is what the interface keeps per entry of the ring: a key in the view it shows
	// and one in the view a search or a refresh is building. Charging it in the ring keeps a
	// ring of tiny entries, where these keys weigh most, within --max-memory.
	uiReaderBytes = 2 * ring.KeyBytes
)

// limitMemory tells the garbage collector to keep the heap near the ring's bound. The ring's
// entries live long, so with the default GOGC the heap would grow to twice their size before a
// collection; a soft limit makes --max-memory hold for resident memory too. The limit leaves out
// the code's pages, which are resident but not the runtime's. GOMEMLIMIT wins.
func limitMemory(ringBytes int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ringBytes + memoryHeadroom - codeReserve)
	}
}

// discoveryMessage says what trawl found to read on this machine; why the journal is left out is a
// warning of its own.
func discoveryMessage(found []string, journalErr error) string {
	var parts []string
	if len(found) > 0 {
		parts = append(parts, fmt.Sprintf("%d logs found under %s: %s", len(found), defaultLogDir, summarizePaths(found, 6)))
	}
	if journalErr == nil {
		parts = append(parts, "the systemd journal")
	}
	return "reading " + strings.Join(parts, ", and ")
}

// pipedIn reports whether standard input carries data: a pipe or a file, not a terminal and not
// a device such as the /dev/null that cron, CI and ssh without a tty hand a program.
func pipedIn(stdin *os.File) bool {
	fi, err := stdin.Stat()
	return err == nil && (fi.Mode()&os.ModeNamedPipe != 0 || fi.Mode().IsRegular())
}

// summarizePaths names the first few paths and counts the rest.
func summarizePaths(paths []string, most int) string {
	if len(paths) <= most {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(paths[:most], ", "), len(paths)-most)
}

// detectColors returns the terminal's colour profile. Lip Gloss found it as the program started,
// but without asking tmux when TMUX was hidden from it (see ui/colorprobe): then it is detected
// again from the same output and the restored environment, while the interface starts in Lip
// Gloss's profile; a better one is sent to it when known. Asking tmux runs `tmux info`, a process
// that on a machine of two cores takes one from the first screen for 15-25 ms: it starts
// probeSettle after the newest lines are read (loaded), when the first screen is up, or after
// probeMost when reading takes longer.
func detectColors(ctx context.Context, tmuxHidden bool, loaded <-chan struct{}) <-chan colorprofile.Profile {
	profile := make(chan colorprofile.Profile, 1)
	if !tmuxHidden {
		profile <- lipgloss.Writer.Profile
		return profile
	}
	go func() {
		defer close(profile) // unanswered when the program ends first
		settleAfterLoad(ctx, loaded, probeSettle, probeMost)
		if ctx.Err() == nil {
			profile <- colorprofile.Detect(os.Stdout, os.Environ())
		}
	}()
	return profile
}

// The wait of detectColors before it asks tmux.
const (
	probeSettle = 50 * time.Millisecond
	probeMost   = 250 * time.Millisecond
)

// endOnHangup ends the interface (cancel) when its terminal is closed without a SIGHUP to trawl (run
// under setsid or su), as the signal would: nothing can be shown any more, and the tailers would
// run on. done ends the watch.
func endOnHangup(terminal *os.File, cancel func(), done <-chan struct{}) {
	select {
	case <-readerGone(terminal, done):
		cancel()
	case <-done:
	}
}

// runUI shows the interface until the user quits or a signal arrives; the tailers stop with it.
func runUI(ctx context.Context, group *tail.Group, cfg config, warnings []error, tmuxHidden bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	relaxGCWhileStarting(ctx, group.Loaded())
	store := ring.New(ring.Options{MaxEntries: cfg.maxEntries, MaxBytes: int64(cfg.maxMemory), ReaderBytes: uiReaderBytes})
	tailErr := make(chan error, 1)
	go func() { tailErr <- group.Run(ctx, newReaderPace(ctx, store)) }()
	// Warm after the sources: Go runs the goroutine started last next on this core, and leaves
	// those before it to an idle one. Started first, Warm took the idle core and the sources
	// waited for it (10-25 ms) before reading a byte.
	go ui.Warm()

	wd, _ := os.Getwd()
	width, height, _ := term.GetSize(os.Stdout.Fd())
	model := ui.New(ui.Config{
		Width:    width,
		Height:   height,
		Ring:     store,
		Stats:    group.Stats,
		Loaded:   group.Loaded(),
		Now:      time.Now,
		Location: time.Local,
		Keys:     keymap.Default(),
		WorkDir:  wd,
		Query:    cfg.uiSearch(),
		MinLevel: cfg.minLevel(),
		Formats:  group.Formats(),
		Warnings: warnings,

		ClipboardMax: int(cfg.clipboardMax),
		Written:      group.Exclude,
		Followed:     group.Follows,
	})
	opts := []tea.ProgramOption{
		tea.WithContext(ctx),
		// Bubble Tea would detect the profile again, which under tmux means running `tmux info`
		// before the first frame; it starts with Lip Gloss's, and detectColors' answer follows.
		tea.WithColorProfile(lipgloss.Writer.Profile),
		tea.WithFPS(maxFPS),
	}
	if os.Getenv(debugPanicEnv) != "" {
		opts = append(opts, tea.WithFilter(panicOnKey))
	}
	program := tea.NewProgram(model, opts...)
	done := make(chan struct{})
	defer close(done)
	go endOnHangup(os.Stdout, cancel, done)
	colors := detectColors(ctx, tmuxHidden, group.Loaded())
	go func() {
		if p, ok := <-colors; ok && p != lipgloss.Writer.Profile {
			program.Send(tea.ColorProfileMsg{Profile: p})
		}
	}()
	_, err := program.Run()
	cancel()
	if terr := <-tailErr; err == nil && terr != nil && !errors.Is(terr, context.Canceled) {
		err = terr
	}
	return err
}
