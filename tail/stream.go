package tail

import (
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// readClock is the time of reading of the chunk being parsed, the estimate for the lines of a
// source without timestamps that are read as they are written. It is read once per chunk rather
// than once per line: every line of a chunk was read at the same moment, and reading the clock
// costs a good part of parsing a short line.
type readClock struct {
	now func() time.Time
	at  time.Time
}

// tick records that a chunk was just read.
func (c *readClock) tick() { c.at = c.now() }

// written is a parse.StreamOptions.Written for such a source.
func (c *readClock) written(int64) time.Time { return c.at }

// parseStreams builds the real per-source parser.
func parseStreams(opts Options) newStreamFunc {
	so := parse.StreamOptions{MaxEntryBytes: opts.MaxEntryBytes, Now: opts.Now, Location: opts.Location, Custom: opts.Custom, TimesOnly: opts.TimesOnly, Fields: opts.Fields}
	return func(source string, written func(int64) time.Time) lineSink {
		o := so
		o.Written = written
		o.Custom = parse.CustomFor(so.Custom, source)
		return parse.NewStream(source, o)
	}
}
