package tail

import "github.com/trawl-dev/trawl/parse"

// parseStreams builds the real per-source parser.
func parseStreams(opts Options) newStreamFunc {
	so := parse.StreamOptions{MaxEntryBytes: opts.MaxEntryBytes, Now: opts.Now, Location: opts.Location}
	return func(source string) lineSink { return parse.NewStream(source, so) }
}
