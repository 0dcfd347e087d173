package tail

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"time"
)

// lokiPrefix marks a spec that is a LogQL query of a Grafana Loki server.
const lokiPrefix = "loki:"

// kindLoki is the kind of a loki: source.
const kindLoki = kindJournal + 1

// loki is a `loki:` source: the log lines of a LogQL query, read from a Loki server through its
// HTTP API. The backfill pages through query_range; following goes on with the tail websocket,
// reconnected from the last entry delivered when it drops.
//
// Every line is delivered once, as logcli does it: a page or a reconnected tail starts again at
// the time of the last entry delivered, and the entries already delivered at that time are
// dropped. A tail can also repeat entries or leave them out, when it opens and later, without a
// word: while it follows, the store is read again behind it (see tailOnce), and what it left out
// is delivered then. Lines that reach Loki more than a check interval late, with a time before
// the last one delivered, are not asked for again; the dropped_entries that Loki reports are
// counted in Stats.Dropped and told in the state.
type loki struct {
	query   string
	client  *lokiClient
	streams newStreamFunc
	page    int           // entries per query_range request; tests make it smaller
	first   time.Duration // the first reconnect delay; tests shorten it
	settle  time.Duration // how often the store is read again behind a tail that delivers
	silent  time.Duration // how long a tail may be quiet before the store is asked (lokiSilent)
}

// errTailBehind ends a tail that stayed quiet while the store took entries it did not send.
var errTailBehind = errors.New("the tail sent nothing while Loki stored new entries")

// addLoki adds the source of a `loki:` spec.
func (g *Group) addLoki(query string) (int, []error) {
	query = strings.TrimSpace(query)
	name := lokiPrefix + query
	if query == "" {
		return 0, []error{fmt.Errorf("%s: empty query (write a LogQL query after the colon: 'loki:{app=\"api\"}')", lokiPrefix)}
	}
	c, err := newLokiClient(g.opts.Loki)
	if err != nil {
		return 0, []error{fmt.Errorf("%s: %w", name, err)}
	}
	s := newSource(name, name, "", kindLoki)
	s.initial = true
	g.addProc(s, &loki{query: query, client: c, streams: g.newStream, page: lokiPage, first: restartMin, settle: lokiSettle, silent: lokiSilent})
	return 1, nil
}

// run reads the backfill, then follows until ctx is done.
func (l *loki) run(ctx context.Context, s *source, opts Options, out output, loaded func()) error {
	r := newLokiReader(s, opts, l.streams, out)
	s.setState(stateReading)
	now := opts.Now().UnixNano()
	err := l.backfill(ctx, r, opts, now)
	loaded()
	if ctx.Err() != nil {
		return nil
	}
	if !opts.Follow {
		if err != nil {
			s.fail(err)
			return err
		}
		s.setState(stateDone)
		return nil
	}
	if err == nil && r.at.ts == 0 {
		r.at.ts = now // nothing before: the tail starts now
	}
	return l.follow(ctx, r, opts, err)
}

// backfill reads what the options ask for before following: everything from Since, everything
// (within lokiLookback) with All, or else the last Lines entries.
func (l *loki) backfill(ctx context.Context, r *lokiReader, opts Options, now int64) error {
	switch {
	case !opts.Since.IsZero():
		_, err := l.forward(ctx, r, opts.Since.UnixNano(), now+1)
		return err
	case opts.All:
		_, err := l.forward(ctx, r, now-int64(lokiLookback), now+1)
		return err
	case opts.Lines > 0:
		return l.last(ctx, r, opts.Lines, now-int64(lokiLookback), now+1)
	}
	return nil
}

// forward reads every entry in [start, end), a page at a time. Each page after the first starts
// at the time of the last entry delivered, whose entries at that time the reader drops.
func (l *loki) forward(ctx context.Context, r *lokiReader, start, end int64) (delivered int, err error) {
	for {
		es, err := l.queryPage(ctx, start, end, l.page, true)
		if err != nil {
			return delivered, err
		}
		fresh := r.add(es)
		r.at.confirmed() // the store's own entries need no check
		delivered += fresh
		if len(es) < l.page {
			return delivered, nil
		}
		if fresh == 0 {
			return delivered, fmt.Errorf("more than %d entries at %s: the rest of them were not read", l.page, time.Unix(0, r.at.ts).UTC().Format(time.RFC3339Nano))
		}
		start = r.at.ts
	}
}

// last reads the newest n entries in [start, end), a page at a time from the newest back, then
// delivers them oldest first. Each page after the first ends just after the time of the oldest
// entry so far, and drops the entries already read at that time.
func (l *loki) last(ctx context.Context, r *lokiReader, n int, start, end int64) error {
	var got []lokiEntry
	edge := resume{seed: maphash.MakeSeed()}
	for len(got) < n {
		// The entries already read at the edge come again: ask for them too.
		want := min(l.page, n-len(got)+len(edge.keys))
		es, err := l.queryPage(ctx, start, end, want, false)
		if err != nil {
			return err
		}
		want = min(want, l.page)
		fresh := 0
		for i := len(es) - 1; i >= 0; i-- { // newest first
			if !edge.seen(es[i]) {
				got = append(got, es[i])
				fresh++
			}
		}
		if len(es) < want {
			break
		}
		if fresh == 0 {
			return fmt.Errorf("more than %d entries at %s: the rest of them were not read", want, time.Unix(0, edge.ts).UTC().Format(time.RFC3339Nano))
		}
		oldest := got[len(got)-1].ts
		if oldest != edge.ts {
			edge.ts = oldest
			clear(edge.keys)
		}
		for _, e := range got[len(got)-fresh:] {
			if e.ts == oldest {
				edge.mark(e)
			}
		}
		end = oldest + 1
	}
	slices.Reverse(got)
	r.add(got[max(0, len(got)-n):])
	return nil
}

// follow tails the query until ctx is done. A tail that cannot be opened or that drops is opened
// again after a back-off, from the last entry delivered, after reading what it missed meanwhile
// with query_range (the tail's own history at connect is only its newest entries). prev is the
// error that ended the backfill, if any: then the backfill is what is tried again.
func (l *loki) follow(ctx context.Context, r *lokiReader, opts Options, prev error) error {
	var delay time.Duration
	reconnects := 0
	for {
		started := time.Now()
		err := prev
		prev = nil
		if err == nil && reconnects > 0 {
			err = l.catchUp(ctx, r, opts)
		}
		if err == nil {
			err = l.tailOnce(ctx, r, reconnects)
		}
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, ErrLokiQuery) || errors.Is(err, ErrLokiAuth) {
			r.s.fail(err) // asking again would get the same answer
			return nil
		}
		reconnects++
		delay = backoff(delay, time.Since(started), l.first)
		r.s.fail(fmt.Errorf("%w; reconnecting in %s from the last entry read (reconnect %d)", err, delay, reconnects))
		if !sleepCtx(ctx, delay) {
			return nil
		}
	}
}

// catchUp reads what came since the last entry delivered or, when the backfill never got through,
// the backfill; first what the last tail delivered since the store was last read behind it.
func (l *loki) catchUp(ctx context.Context, r *lokiReader, opts Options) error {
	now := r.now().UnixNano()
	if r.at.ts == 0 {
		err := l.backfill(ctx, r, opts, now)
		if err == nil && r.at.ts == 0 {
			r.at.ts = now
		}
		return err
	}
	if r.at.pending() {
		// What the last tail left out may be behind the cursor, where forward does not look.
		if err := l.reread(ctx, r); err != nil {
			return err
		}
	}
	_, err := l.forward(ctx, r, r.at.ts, now+int64(lokiAhead))
	return err
}

// tailOnce reads one tail websocket until it fails or ctx is done.
//
// Loki's tail is not a complete record. It opens the live tail of its ingesters and reads the
// history it sends at connect without ordering the two: an entry that reaches Loki meanwhile can
// come twice (in the history, then live after newer ones) or not at all. Later, an ingester
// whose queue to the querier is full drops entries and the querier does not say so. So every
// settle interval in which entries came, and after lokiCheckEvery entries, the store is read
// again from the last such read to the cursor, and what the tail left out is delivered; the
// reader's check window keeps the entries already delivered from coming twice.
func (l *loki) tailOnce(ctx context.Context, r *lokiReader, reconnects int) error {
	t, err := l.client.tail(ctx, l.query, r.at.ts, l.page)
	if err != nil {
		return err
	}
	defer t.close()
	r.at.open()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go t.keepAlive(ctx)
	reads := make(chan tailRead)
	go t.readAll(ctx, reads)
	settle := time.NewTicker(l.settle)
	defer settle.Stop()
	quiet := time.NewTimer(l.silent)
	defer quiet.Stop()
	heard := time.Now()
	r.s.setState(r.followState(reconnects))
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-settle.C:
			// The tail is not read while the store is: Loki buffers its messages meanwhile, and
			// what it drops for it comes back with the next read of the store. A read that fails
			// is tried again at the next tick; the tail stays open.
			if r.at.pending() {
				if err := l.reread(ctx, r); err != nil && ctx.Err() != nil {
					return err
				}
			}
		case <-quiet.C:
			// Asked a whole quiet spell after the tail's last message, not at a tick that may
			// come almost two spells after it.
			if wait := l.silent - time.Since(heard); wait > 0 {
				quiet.Reset(wait)
				continue
			}
			quiet.Reset(l.silent)
			heard = time.Now()
			if r.at.pending() {
				if err := l.reread(ctx, r); err != nil {
					return err
				}
			}
			// Entries after the last one delivered that the store has but the tail did not send:
			// they are delivered here, and the tail is opened again, from them on.
			fresh, err := l.forward(ctx, r, r.at.ts, r.now().Add(lokiAhead).UnixNano())
			if err != nil {
				return err
			}
			if fresh > 0 {
				return errTailBehind
			}
		case m := <-reads:
			heard = time.Now()
			if m.err != nil {
				return fmt.Errorf("tail: %w", m.err)
			}
			r.add(m.es)
			if r.at.unchecked >= lokiCheckEvery {
				if err := l.reread(ctx, r); err != nil {
					return err
				}
			}
			if m.dropped > 0 {
				r.s.dropped.Add(int64(m.dropped))
				r.s.setState(r.followState(reconnects))
			}
		}
	}
}

// queryPage asks Loki for at most limit entries in [start, end). An answer too large to hold (long
// lines) is asked for again in pages half as large, down to one entry, and the smaller page size
// is kept for the source's later requests: each answer stays within lokiReadLimit.
func (l *loki) queryPage(ctx context.Context, start, end int64, limit int, forward bool) ([]lokiEntry, error) {
	for {
		es, err := l.client.queryRange(ctx, l.query, start, end, limit, forward)
		if !errors.Is(err, errLokiTooLarge) || limit == 1 {
			return es, err
		}
		limit = max(1, limit/2)
		l.page = min(l.page, limit)
	}
}

// reread reads the store from the check point to the cursor and delivers what the tail left out.
// Each page after the first starts at the time of the last entry of the one before, whose
// entries the check window drops.
func (l *loki) reread(ctx context.Context, r *lokiReader) error {
	upto := r.at.ts
	start, end := r.at.check, upto+1
	for {
		es, err := l.queryPage(ctx, start, end, l.page, true)
		if err != nil {
			return err
		}
		r.add(es)
		if len(es) < l.page {
			r.at.checked(upto)
			return nil
		}
		last := es[len(es)-1].ts
		if last == start {
			return fmt.Errorf("more than %d entries at %s: the rest of them were not read", l.page, time.Unix(0, last).UTC().Format(time.RFC3339Nano))
		}
		start = last
	}
}
