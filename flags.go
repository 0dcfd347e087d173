package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/export"
	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
	"github.com/trawl-dev/trawl/tail"
	"github.com/trawl-dev/trawl/ui"
)

// errHelp says --help was shown; the command exits 0.
var errHelp = errors.New("help shown")

const usageText = `trawl: follow, parse and search logs in the terminal.

Usage:
  trawl [flags] [PATH|GLOB|DIR|-]... [-- PATH...]

A source may also be journal: (the systemd journal), journal:UNIT[,UNIT...], journal:/DIR or
journal:/FILE.journal (a copied journal), cmd:COMMAND (any command's output, restarted when it
exits), or loki:QUERY (a LogQL query of Grafana Loki, addressed like logcli: LOKI_ADDR,
LOKI_USERNAME, LOKI_PASSWORD, LOKI_BEARER_TOKEN, LOKI_ORG_ID, LOKI_TLS_SKIP_VERIFY). With no paths, trawl reads standard input when it is piped, otherwise the readable logs
under /var/log and the systemd journal. In a terminal it opens the interface; when its output is
a pipe or a file (or with --json or --output) it prints the entries instead, one JSON object each
unless --output asks for another shape.

Examples:
  trawl --demo                              live demo sources, no files needed
  trawl /var/log/nginx/*.log /srv/app/app.log
  trawl '/var/log/nginx/*.log'              a quoted glob also picks up files created later
  trawl journal: 'cmd:docker logs -f --timestamps web'
  trawl 'ssh:web[1-3],db1:/var/log/app.log'  the same log on four hosts, over the system's ssh
  trawl --since 30m 'loki:{app="api"} |= "timeout"'
  trawl --since 1h /var/log/syslog journal:  the last hour of files and the journal
  kubectl logs -f deploy/api | trawl -
  trawl --json --no-follow --all app.log | jq .message
  trawl -o raw --no-follow --all a.log b.log  the lines of both logs merged in time order
  trawl -o text --color=always --level warn app.log | less -R
  trawl --json --level error --query 'timeout !health' /var/log/app/

Flags:
`

// config is the parsed command line.
type config struct {
	demo, json, noFollow, all, poll, version bool
	output                                   export.Shape // --output, or JSON Lines
	outputSet                                bool         // --output or --json was given: print, even to a terminal
	color                                    string       // --color: always, never or auto
	lines                                    int
	since                                    time.Time // zero: not given
	level, source, query                     string
	maxEntries                               int
	maxMemory, maxEntrySize, clipboardMax    byteSize
	eager                                    bool        // set by run for the interface (see tail.Options.Eager)
	ownOutput                                os.FileInfo // set by run: standard output when it is a file, never to be read (see tail.Options.Exclude)
	formatDirs                               dirList     // --format-dir, in the order given
	commands, journals                       specList
	loki                                     tail.Loki
	ssh                                      tail.SSHOptions
	hostsFile                                string
	paths                                    []string
	fileFlags                                []string // arguments spelled as flags that name files here, read as files
}

// parseArgs reads the command line. --help prints the help on stdout, as GNU tools do, so that
// `trawl --help | less` works; a bad flag is returned for run to report on stderr.
func parseArgs(args []string, stdout io.Writer) (config, error) {
	cfg := config{lines: 1000, maxEntries: ring.DefaultMaxEntries, maxMemory: ring.DefaultMaxBytes, maxEntrySize: 1 << 20,
		clipboardMax: ui.DefaultClipboardMax}
	var since string
	fs := flag.NewFlagSet("trawl", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run reports a bad flag itself, once
	fs.BoolVar(&cfg.demo, "demo", false, "show built-in live demo sources instead of files")
	fs.BoolVar(&cfg.json, "json", false, "print JSON Lines even when the output is a terminal (--output jsonl)")
	var output string
	fs.StringVar(&output, "output", "", "print entries as `SHAPE` even when the output is a terminal: jsonl (JSON Lines), raw (the lines as read, merged in time order) or text (one readable line per entry)")
	fs.StringVar(&output, "o", "", "short for --output")
	fs.StringVar(&cfg.color, "color", "auto", "colour the text output: `WHEN` is always, never, or auto (when the output is a terminal and NO_COLOR is not set)")
	fs.BoolVar(&cfg.noFollow, "no-follow", false, "read what is there and exit instead of following")
	fs.BoolVar(&cfg.all, "all", false, "read whole files, not only their last lines")
	fs.IntVar(&cfg.lines, "lines", cfg.lines, "start with the last `N` lines of each file (0: only new lines)")
	fs.IntVar(&cfg.lines, "n", cfg.lines, "short for --lines")
	fs.StringVar(&since, "since", "", "start at `TIME` instead of the last lines: 2026-11-23T14:00:00Z, '2026-11-23 14:00', 14:00, today, yesterday, or 2h30m (ago)")
	fs.BoolVar(&cfg.poll, "poll", false, "poll files for changes instead of using inotify")
	fs.StringVar(&cfg.level, "level", "", "show only entries at `LEVEL` or above (trace … emergency)")
	fs.StringVar(&cfg.source, "source", "", "show only sources whose name contains `TEXT`")
	fs.StringVar(&cfg.query, "query", "", "search `QUERY`: fuzzy terms, 'exact, !exclude, ^prefix, suffix$, a | b, level:, source:, host:, key:value, /regex/")
	fs.IntVar(&cfg.maxEntries, "max-entries", cfg.maxEntries, "keep at most `N` entries in memory; the oldest are evicted")
	fs.Var(&cfg.maxMemory, "max-memory", "keep entries within `SIZE` of memory (e.g. 512MiB, 2GB)")
	fs.Var(&cfg.maxEntrySize, "max-entry-size", "cut an entry's stored text at `SIZE`, marking it truncated")
	fs.Var(&cfg.clipboardMax, "clipboard-max", "copy at most `SIZE` of text with y (OSC 52); more is refused, since terminals drop long payloads")
	fs.Var(&cfg.formatDirs, "format-dir", "also read format definitions (lnav's JSON format files) from `DIR`; may be repeated")
	fs.Var(&cfg.commands, "cmd", "also read `COMMAND`'s output, run by the shell; may be repeated")
	fs.Var(&cfg.journals, "journal", "also read the systemd journal: `UNITS` (unit[,unit…]), a journal file or directory, or all; may be repeated")
	fs.StringVar(&cfg.ssh.Command, "ssh-command", "ssh", "reach the hosts of ssh: sources with `CMD` (its options too, e.g. 'ssh -F ~/.ssh/fleet.conf -J bastion'); -o BatchMode=yes -o ConnectTimeout=10 are added unless set")
	fs.StringVar(&cfg.hostsFile, "hosts", "", "the hosts of ssh::PATH sources, one a line (ranges such as web[1-20] allowed) from `FILE`")
	fs.BoolVar(&cfg.ssh.Sudo, "ssh-sudo", false, "read the files of ssh: sources as root, through sudo -n on each host (never prompts)")
	fs.StringVar(&cfg.loki.Addr, "loki-addr", "", "the Loki server of loki: sources (default $LOKI_ADDR, else http://localhost:3100)")
	fs.StringVar(&cfg.loki.OrgID, "loki-org-id", "", "the Loki tenant (default $LOKI_ORG_ID)")
	fs.StringVar(&cfg.loki.Username, "loki-username", "", "the Loki user; the password is read from $LOKI_PASSWORD (default $LOKI_USERNAME)")
	fs.BoolVar(&cfg.loki.TLSSkipVerify, "loki-tls-skip-verify", false, "accept any certificate of the Loki server (default $LOKI_TLS_SKIP_VERIFY)")
	fs.BoolVar(&cfg.version, "version", false, "print the version and exit")
	fs.Usage = func() {} // a bad flag gets one line and a pointer to --help, not the whole help
	args, cfg.fileFlags = namedFiles(fs, args, existing)
	plain, literal, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			printUsage(fs)
			return cfg, errHelp
		}
		return cfg, errors.New(flagMessage(err))
	}
	if err := cfg.setOutput(output); err != nil {
		return cfg, err
	}
	cfg.loki = lokiEnv(cfg.loki, os.Getenv)
	cfg.paths = sourceArgs(plain, append(literal, cfg.fileFlags...))
	if cfg.hostsFile != "" {
		hosts, err := tail.ReadHosts(cfg.hostsFile)
		if err != nil {
			return cfg, fmt.Errorf("--hosts: %w", err)
		}
		cfg.ssh.Hosts = hosts
	}
	for _, c := range cfg.commands {
		cfg.paths = append(cfg.paths, "cmd:"+c)
	}
	for _, j := range cfg.journals {
		if j == "all" {
			j = ""
		}
		cfg.paths = append(cfg.paths, "journal:"+j)
	}
	if since != "" {
		t, err := parseSince(since, time.Now())
		if err != nil {
			return cfg, err
		}
		cfg.since = t
	}
	if cfg.level != "" {
		if l, ok := parse.ParseLevel([]byte(cfg.level)); !ok || l == parse.Unknown {
			return cfg, fmt.Errorf("--level %q: want one of trace, debug, info, notice, warn, error, critical, alert, emergency", cfg.level)
		}
	}
	switch {
	case cfg.lines < 0:
		return cfg, fmt.Errorf("--lines %d: a number of lines, 0 or more (0: only new lines)", cfg.lines)
	case cfg.maxEntries <= 0:
		return cfg, fmt.Errorf("--max-entries %d: must be more than 0", cfg.maxEntries)
	case cfg.maxMemory <= 0 || cfg.maxEntrySize <= 0:
		return cfg, errors.New("--max-memory and --max-entry-size must be more than 0")
	}
	if cfg.demo && len(cfg.paths) > 0 {
		return cfg, errors.New("--demo takes no paths")
	}
	return cfg, nil
}

// printUsage writes the help in the GNU style users type: --long flags, -n for --lines.
func printUsage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, usageText)
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "n" || f.Name == "o" {
			return
		}
		name, usage := flag.UnquoteUsage(f)
		left := "--" + f.Name
		switch f.Name {
		case "lines":
			left = "-n, --lines"
		case "output":
			left = "-o, --output"
		}
		if name != "" {
			left += " " + name
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += " (default " + f.DefValue + ")"
		}
		fmt.Fprintf(w, "  %-24s %s\n", left, usage)
	})
}

// setOutput reads --output and --color, and --json as --output jsonl.
func (c *config) setOutput(output string) error {
	switch c.color {
	case "always", "never", "auto":
	default:
		return fmt.Errorf("--color %q: want always, never or auto", c.color)
	}
	if output == "" {
		c.outputSet = c.json
		return nil
	}
	shape, err := export.ParseShape(output)
	if err != nil {
		return fmt.Errorf("--output %w", err)
	}
	if c.json && shape != export.JSONLines {
		return fmt.Errorf("--json and --output %s ask for two shapes; give one", shape)
	}
	c.output, c.outputSet = shape, true
	return nil
}

// colored reports whether text output is coloured: as --color says, and when it says auto, when
// the output is a terminal and NO_COLOR is empty (https://no-color.org: the flag overrides it).
func (c config) colored(terminal bool, getenv func(string) string) bool {
	switch c.color {
	case "always":
		return true
	case "never":
		return false
	}
	return terminal && getenv("NO_COLOR") == "" && drawable(getenv("TERM"))
}

// drawable reports whether a terminal of type term (its TERM) moves the cursor and shows colours:
// not a dumb one, nor one that names no type.
func drawable(term string) bool { return term != "" && term != "dumb" }

// search is the query the flags ask for, in the search language: --level and --source become
// field terms, so that the headless output filters through the one matcher.
func (c config) search() string { return c.terms(true) }

// uiSearch is the interface's first search: the flags' query and source; --level is not in it
// but sets the interface's level toggles (minLevel), which show it and change it, so that the
// levels shown are chosen in one place.
func (c config) uiSearch() string { return c.terms(false) }

// minLevel is the level --level asks for, Unknown without it.
func (c config) minLevel() parse.Level {
	l, _ := parse.ParseLevel([]byte(c.level))
	return l
}

// terms joins the flags' query, level (when withLevel) and source into one search.
func (c config) terms(withLevel bool) string {
	var terms []string
	if c.query != "" {
		terms = append(terms, c.query)
	}
	if c.level != "" && withLevel {
		terms = append(terms, "level:>="+strings.ToLower(c.level))
	}
	if c.source != "" {
		// Escaped, a name with a space ("my app") stays one term instead of becoming source:my
		// and a fuzzy "app".
		terms = append(terms, "source:"+filter.Escape(c.source))
	}
	return strings.Join(terms, " ")
}

func (c config) tailOptions() tail.Options {
	lines := c.lines
	if lines == 0 {
		lines = -1 // -n 0: only what is written from now on, as with tail -n 0
	}
	return tail.Options{
		Lines:         lines,
		All:           c.all,
		Since:         c.since,
		Follow:        !c.noFollow,
		Poll:          c.poll,
		MaxEntryBytes: int(c.maxEntrySize),
		SSH:           c.ssh,
		Eager:         c.eager,
		// Raw lines that no level or query selects need their times only.
		TimesOnly: c.output == export.Raw && c.query == "" && c.level == "",
		// A dump of JSON Lines writes every entry's fields, read from the parser's scans.
		Fields: !c.eager && c.noFollow && c.output == export.JSONLines,
		Now:    time.Now,
		// Syslog, log4j and Python logging write local time without a zone: read it in this
		// machine's zone (TZ), as the machine that wrote it most likely did.
		Location: time.Local,
		Loki:     c.loki,
		Exclude:  c.ownOutput,
	}
}

// lokiEnv fills what the flags left unset from logcli's environment. Secrets come only from
// there, never from flags, which any user can read in the process list.
func lokiEnv(l tail.Loki, getenv func(string) string) tail.Loki {
	l.Addr = cmp.Or(l.Addr, getenv("LOKI_ADDR"))
	l.OrgID = cmp.Or(l.OrgID, getenv("LOKI_ORG_ID"))
	l.Username = cmp.Or(l.Username, getenv("LOKI_USERNAME"))
	l.Password = getenv("LOKI_PASSWORD")
	l.BearerToken = getenv("LOKI_BEARER_TOKEN")
	if v, err := strconv.ParseBool(getenv("LOKI_TLS_SKIP_VERIFY")); err == nil && v {
		l.TLSSkipVerify = true
	}
	return l
}

// byteSize is a flag value such as 512MiB, 2GB or 1048576.
type byteSize int64

func (s *byteSize) String() string {
	switch n := int64(*s); {
	case n > 0 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + "GiB"
	case n > 0 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MiB"
	default:
		return strconv.FormatInt(n, 10)
	}
}

func (s *byteSize) Set(v string) error {
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}}
	mult := int64(1)
	num := strings.TrimSpace(v)
	for _, u := range units {
		if strings.HasSuffix(strings.ToUpper(num), strings.ToUpper(u.suffix)) {
			num, mult = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(num, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("%q is not a size such as 512MiB or 2GB", v)
	}
	*s = byteSize(n * float64(mult))
	return nil
}

// parseInterspersed parses flags wherever they stand among the paths, as GNU tools do: "trawl
// app.log --level error" filters, rather than waiting for a file called "--level". It returns
// the other arguments in order, those after "--" apart: they are names, whatever they look like.
func parseInterspersed(fs *flag.FlagSet, args []string) (plain, literal []string, err error) {
	for {
		if err := fs.Parse(args); err != nil {
			return nil, nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" && !flagValue(fs, args[:n-1]) {
			return plain, rest, nil
		}
		if len(rest) == 0 {
			return plain, nil, nil
		}
		plain, args = append(plain, rest[0]), rest[1:] // a path, or "-" for standard input
	}
}

// flagMessage words a flag package's error with the flags spelled as trawl's help spells them,
// two dashes before a name ("flag provided but not defined: -bogus" is "unknown flag --bogus").
func flagMessage(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return "unknown flag " + dashes(name)
	}
	if i := strings.Index(msg, " for flag -"); i >= 0 {
		rest := msg[i+len(" for flag -"):]
		name, tail, _ := strings.Cut(rest, ":")
		return msg[:i] + " for flag " + dashes(name) + ":" + tail
	}
	return msg
}

// dashes spells a flag's name as the help does: -n for a letter, --lines for a word.
func dashes(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// namedFiles takes out of args those spelled as flags that name an existing file or directory,
// before "--": a shell's "*" expands to a file called "--cmd=touch x" as readily as to "app.log",
// and such a name is data, read as a file, never a flag that runs a command or changes what is
// read. The value of a flag ("--query -x") stays where it is.
func namedFiles(fs *flag.FlagSet, args []string, exists func(string) bool) (rest, files []string) {
	for k, a := range args {
		if a == "--" && !flagValue(fs, args[:k]) {
			return append(rest, args[k:]...), files
		}
		if len(a) > 1 && a[0] == '-' && !flagValue(fs, args[:k]) && exists(a) {
			files = append(files, a)
			continue
		}
		rest = append(rest, a)
	}
	return rest, files
}

// existing reports whether a file or directory called name exists (a dangling link too).
func existing(name string) bool {
	_, err := os.Lstat(name)
	return err == nil
}

// flagValue reports whether the word after args is the value of the flag args end with, as
// "--" is in "--query --": a flag that takes a value, written without "=".
func flagValue(fs *flag.FlagSet, args []string) bool {
	if len(args) == 0 {
		return false
	}
	name := strings.TrimLeft(args[len(args)-1], "-")
	if name == "" || len(name) == len(args[len(args)-1]) || strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, isBool := f.Value.(interface{ IsBoolFlag() bool })
	return !isBool || !b.IsBoolFlag()
}

// sourceArgs joins the path arguments. After "--" each one is a path, however it is spelled: "-"
// is a file called -, and "cmd:x" a file called cmd:x; a relative one gets "./" so that nothing
// later reads it as standard input or a source prefix.
func sourceArgs(plain, literal []string) []string {
	out := slices.Clone(plain)
	for _, a := range literal {
		if a != "" && !filepath.IsAbs(a) {
			a = "./" + a
		}
		out = append(out, a)
	}
	return out
}

// specList is a flag value that may be given several times; each use adds one source.
type specList []string

func (l *specList) String() string { return strings.Join(*l, ", ") }

func (l *specList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// dirList is a flag value that may be given several times; each use adds a directory.
type dirList []string

func (d *dirList) String() string { return strings.Join(*d, ", ") }

func (d *dirList) Set(v string) error {
	if v == "" {
		return errors.New("an empty directory name")
	}
	*d = append(*d, v)
	return nil
}

// sinceForms lists what --since accepts, for its error message.
const sinceForms = "want a time such as 2026-11-23T14:00:00Z (RFC 3339), '2026-11-23 14:00[:05]', 2026-11-23 " +
	"or 14:00 (local time), today, yesterday or now, or how long ago such as 1h, 30m, 2h30m, 2d, -1h or '1h ago'"

// sinceLayouts are the absolute forms of --since without a zone, read in now's zone as
// journalctl's systemd.time(7) does; a fraction of a second is accepted after the seconds.
var sinceLayouts = []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"}

// parseSince reads the value of --since: an RFC 3339 time, a date and time or a date or a time of
// today in now's zone, today, yesterday, now, or a span that far before now.
func parseSince(text string, now time.Time) (time.Time, error) {
	t, err := parseSinceText(text, now)
	if err != nil {
		return t, err
	}
	// Times are compared as nanoseconds since 1970, which hold the years 1678 to 2261: a start
	// before them means everything, one after them nothing, and neither may wrap around.
	switch {
	case t.Before(sinceEarliest):
		return sinceEarliest, nil
	case t.After(sinceLatest):
		return sinceLatest, nil
	}
	return t, nil
}

var (
	sinceEarliest = time.Date(1678, 1, 1, 0, 0, 0, 0, time.UTC)
	sinceLatest   = time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)
)

// parseSinceText reads the text of --since as parseSince describes, without the bounds.
func parseSinceText(text string, now time.Time) (time.Time, error) {
	s := strings.TrimSpace(text)
	loc := now.Location()
	y, m, d := now.Date()
	switch strings.ToLower(s) {
	case "now":
		return now, nil
	case "today":
		return time.Date(y, m, d, 0, 0, 0, 0, loc), nil
	case "yesterday":
		return time.Date(y, m, d-1, 0, 0, 0, 0, loc), nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	for _, layout := range sinceLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	for _, layout := range []string{"15:04:05", "15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), nil
		}
	}
	if ago, ok := parseAgo(s); ok {
		return now.Add(-ago), nil
	}
	return time.Time{}, fmt.Errorf("--since %q: %s", text, sinceForms)
}

// parseAgo reads a span before now: Go's durations (1h, 30m, 2h30m, 90s) after optional weeks
// and days (2d, 1w2d12h), written bare, with a leading minus, or followed by "ago".
func parseAgo(s string) (time.Duration, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "-"), "ago"))
	if s == "" || s[0] == '+' { // +1h is a time to come
		return 0, false
	}
	var total time.Duration
	for _, unit := range []struct {
		suffix byte
		span   time.Duration
	}{{'w', 7 * 24 * time.Hour}, {'d', 24 * time.Hour}} {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		// The bound (5300 weeks is about 100 years) keeps the product from overflowing.
		if n, err := strconv.Atoi(s[:i]); err == nil && i < len(s) && s[i] == unit.suffix && n <= 5300 {
			total += time.Duration(n) * unit.span
			s = s[i+1:]
		}
	}
	if s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 {
			return 0, false
		}
		total += d
	}
	return total, total >= 0 // negative: the sum overflowed
}
