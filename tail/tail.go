// Package tail owns trawl's sources: files, glob patterns, directories, stdin and the built-in
// demo. It reads them, follows them like `tail -F` and turns their lines into parsed batches.
//
// Guarantees:
//   - Every line is delivered once, in its source's order, as part of exactly one entry. Lines are
//     never dropped or split silently: a line longer than Options.MaxEntryBytes keeps its first
//     MaxEntryBytes bytes and its entry is marked Truncated; only the rest of that line is skipped.
//   - Memory is bounded per source whatever the input: one read buffer, one partial line of at most
//     MaxEntryBytes, and the entry the parser holds back.
//   - Following survives rotation by rename and create (the old file is read to its end first),
//     copytruncate, truncation, deletion and re-creation, and paths that do not exist yet. Files are
//     watched through their parent directory with fsnotify; polling replaces it on request or when
//     fsnotify is unavailable. Quiet files cost no CPU with fsnotify.
//   - Failures (permission denied, vanished files, I/O errors) become per-source state in Stats,
//     never panics; a failed source keeps being retried while following.
//   - A Sink receives one batch per read chunk, from one goroutine at a time, and must not retain it.
//
// The package does not log: errors go to Stats and to Run's return value.
package tail

import (
	"os"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// Tuning constants.
const (
	// DefaultLines is the backfill: enough history to fill several screens, small enough that
	// starting on a directory of large logs is instant.
	DefaultLines = 1000
	// DefaultPollInterval keeps polling responsive without stat-ing files more than 4 times a second.
	DefaultPollInterval = 250 * time.Millisecond
	// DefaultQuiet is how long a multi-line entry may wait for more continuation lines; a stack
	// trace is written in one burst, so 200 ms is long enough and short enough not to be noticed.
	DefaultQuiet = 200 * time.Millisecond
	// PartialQuiet is how long a last line without its newline waits for it before it is shown,
	// marked as having none: a writer that crashed mid-line never writes it, one that is slow
	// finishes a line well within a second. If the newline comes later, the completed line
	// replaces the one shown.
	PartialQuiet = time.Second
	// DefaultMaxEntryBytes matches parse's default entry cap.
	DefaultMaxEntryBytes = 1 << 20

	// followChunk is the read size while following and for the initial read in the TUI: one batch
	// per chunk, a few hundred entries, which the ring takes in one short critical section.
	followChunk = 64 << 10
	// headlessChunk is the read size of the headless path. Small chunks keep what is in flight
	// (read, parsed, encoded, waiting for the merge) in the caches: on the 100 MB corpus, 32 KiB
	// took a fifth less CPU than 256 KiB and a quarter of the memory, whose first touch of each
	// page is itself a cost (page faults).
	headlessChunk = 32 << 10
	// backChunk is the block size used when reading backwards to find the last N lines.
	backChunk = 64 << 10
	// sniffBytes is how much of a file is inspected to decide whether it is text.
	sniffBytes = 8 << 10
	// binaryRatio: a head with more than one control byte in 10 (NULs aside, see isText) is
	// binary. Executables, archives, images, fonts and compiled Python measured 15-56 % (random
	// bytes 21 %); text logs in UTF-8 or Latin-1 well under 1 %, Windows-1252 quotes a few %.
	binaryRatio = 10
	// headlessBudget caps the memory the headless path keeps in flight over all sources.
	headlessBudget = 128 << 20
	// streamDepth bounds the batches in flight per source on the headless path, which bounds its
	// memory to about sources × (streamDepth+2) × headlessChunk. Two keep both cores busy; more
	// only add memory that has gone cold by the time the merge reads it.
	streamDepth = 2
	// rateWindow is the span over which Stats.Rate is measured.
	rateWindow = 5 * time.Second
)

// Sink receives parsed batches. *ring.Ring satisfies it. Append is called by one goroutine at a
// time and must not retain the batch, which is reused as soon as Append returns.
type Sink interface{ Append(*parse.Batch) }

// Options configure a Group. Zero values take the defaults.
type Options struct {
	Lines         int           // backfill: last N lines of each file at start (0: 1000; negative: none); ignored with All and Since
	All           bool          // read whole files from the start
	Since         time.Time     // not zero: start at the first entry at or after this time instead of the backfill (overrides Lines and All)
	Follow        bool          // keep following after the initial read
	Poll          bool          // force polling instead of fsnotify
	PollInterval  time.Duration // default 250ms
	Quiet         time.Duration // release a pending multi-line entry after this much quiet (default 200ms)
	MaxEntryBytes int           // default 1 MiB
	Now           func() time.Time
	Location      *time.Location  // zone of timestamps written without one; default UTC
	Custom        []*parse.Custom // formats defined without code, tried first; a source gets those whose file pattern it matches
	// Eager hands over each file's newest entry when its initial read ends instead of holding it
	// for Quiet in case a stack trace continues it; if one does, the joined entry replaces it
	// (parse.Item.Open). The interface sets it, to show the newest line at once; headless output,
	// which prints an entry once, does not.
	Eager bool
	// TimesOnly says only each entry's text and time are used (raw output that no level or query
	// filters): a file's lines are read for their time alone once its first records have shown
	// where it is (parse.StreamOptions.TimesOnly).
	TimesOnly bool
	// Fields says each entry's fields will be written (headless JSON Lines without follow): the
	// parser's scan of an entry's first line travels with it (parse.StreamOptions.Fields).
	Fields bool
	Loki   Loki       // the server of loki: sources
	SSH    SSHOptions // how ssh: sources reach their hosts
	// Exclude is a file never read, whatever name reaches it: trawl's own output when it is
	// written to a file, which a followed directory or a glob may hold.
	Exclude os.FileInfo
}

func (o Options) withDefaults() Options {
	if o.Lines == 0 {
		o.Lines = DefaultLines
	}
	if o.PollInterval <= 0 {
		o.PollInterval = DefaultPollInterval
	}
	if o.Quiet <= 0 {
		o.Quiet = DefaultQuiet
	}
	if o.MaxEntryBytes <= 0 {
		o.MaxEntryBytes = DefaultMaxEntryBytes
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Stats describes one source. Group.Stats returns a copy; the counters only grow.
type Stats struct {
	Source                                       string // the name entries carry (Batch.Source): the path as given, or "stdin", or the demo source name
	Path                                         string
	State                                        string // "following", "reading", "waiting for file", "done", "error: <why>", "polling"
	Lines, Bytes, Rotations, Truncations, Errors int64
	Rate                                         float64 // lines/s over the last few seconds
	Read, Size                                   int64   // progress of the initial read: bytes read of total
	Missed                                       int64   // rotated files that could not be read, whose lines are lost
	Dropped                                      int64   // entries a loki: source's server dropped from its tail (its dropped_entries)
	Err                                          error   // last error
}

// Done reports whether the source has ended: read to its end, and nothing more will come.
func (s Stats) Done() bool { return s.State == stateDone }

// Source states.
const (
	stateReading   = "reading"
	stateFollowing = "following"
	statePolling   = "polling"
	stateWaiting   = "waiting for file"
	stateAlias     = "another name of a file read already"
	stateDone      = "done"
	// stateDirectory is a named path that appeared as a directory: its files are sources of their
	// own (see Group.adoptDirs).
	stateDirectory = "a directory: its files are followed"
)
