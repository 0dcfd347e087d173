package tail

import (
	"cmp"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coder/websocket"
)

// Loki addresses the Grafana Loki server that loki: sources query, as logcli's flags and its
// LOKI_* environment do. The zero value is logcli's default: http://localhost:3100, no tenant,
// no credentials.
type Loki struct {
	Addr          string // base URL (LOKI_ADDR)
	Username      string // basic auth (LOKI_USERNAME), with Password (LOKI_PASSWORD)
	Password      string
	BearerToken   string // sent as Authorization: Bearer (LOKI_BEARER_TOKEN)
	OrgID         string // the tenant, sent as X-Scope-OrgID (LOKI_ORG_ID)
	TLSSkipVerify bool   // accept any server certificate (LOKI_TLS_SKIP_VERIFY)
}

// defaultLokiAddr is logcli's default server.
const defaultLokiAddr = "http://localhost:3100"

// Tuning of the Loki client.
const (
	// lokiPage is the size of one query_range request: Loki's default max_entries_limit_per_query,
	// the most a default server answers at once; more entries are read page by page.
	lokiPage = 5000
	// lokiLookback is how far back a backfill of the last N lines (or --all) looks when --since
	// does not say: a week finds the last lines of a quiet stream and stays well inside Loki's
	// default max_query_length (721h).
	lokiLookback = 7 * 24 * time.Hour
	// lokiReadLimit bounds one websocket message of the tail, and so the memory it can take: the
	// largest is the history at connect, at most lokiPage entries, 64 MiB at 13 KiB a line.
	lokiReadLimit = 64 << 20
	// lokiPing is how often a quiet tail is checked for life: a connection that died without a
	// word (a dropped network) is noticed within lokiPing plus lokiPingWait.
	lokiPing     = 30 * time.Second
	lokiPingWait = 10 * time.Second
	// lokiAhead is how far past the local clock a catch-up read looks, so that an entry stamped
	// by a machine whose clock runs a little ahead is not left out.
	lokiAhead = time.Minute
	// lokiTimeout bounds one query_range request, headers to last byte.
	lokiTimeout = 2 * time.Minute
	// lokiSettle is how often the store is read again behind a tail that delivers entries, for
	// those it left out: Loki joins the live tail of its ingesters within moments of opening it,
	// and an entry comes to the store that much before the tail would send it.
	lokiSettle = 5 * time.Second
	// lokiCheckEvery is how many entries a tail may deliver before the store is read again
	// behind it, whatever the time; lokiWindowKeys bounds the entries the check window keeps
	// (each a time and a hash in a map, a few MB).
	lokiCheckEvery = 50_000
	lokiWindowKeys = 200_000
	// lokiLate is how far behind the newest entry the check window still tells apart an entry
	// delivered twice: a stream whose shipper or node clock lags that much.
	lokiLate = 30 * time.Second
	// lokiSilent is how long a tail may stay quiet before the store is asked whether it holds
	// entries the tail did not send: after a restart Loki can keep a tail open that no ingester
	// feeds ("empty ring"), and nothing else would tell.
	lokiSilent = 10 * time.Second
)

// lokiClient speaks Loki's HTTP API: query_range for history, the tail websocket for what comes.
type lokiClient struct {
	base      *url.URL
	cfg       Loki
	http      *http.Client
	maxAnswer int64 // the largest query_range answer read, lokiReadLimit (a test's smaller)
}

func newLokiClient(cfg Loki) (*lokiClient, error) {
	addr := cmp.Or(cfg.Addr, defaultLokiAddr)
	u, err := url.Parse(strings.TrimRight(addr, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("Loki address %q: want a URL such as http://localhost:3100", addr)
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.TLSSkipVerify {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // asked for by the user, as with logcli
	}
	return &lokiClient{base: u, cfg: cfg, http: &http.Client{Transport: tr}, maxAnswer: lokiReadLimit}, nil
}

// header sets the tenant and the credentials on a request.
func (c *lokiClient) header(h http.Header) {
	if c.cfg.OrgID != "" {
		h.Set("X-Scope-OrgID", c.cfg.OrgID)
	}
	switch {
	case c.cfg.BearerToken != "":
		h.Set("Authorization", "Bearer "+c.cfg.BearerToken)
	case c.cfg.Username != "" || c.cfg.Password != "":
		r := http.Request{Header: h}
		r.SetBasicAuth(c.cfg.Username, c.cfg.Password)
	}
	// Structured metadata (detected_level among it) then comes apart from the stream's labels, so
	// that a stream is not split by it.
	h.Set("X-Loki-Response-Encoding-Flags", "categorize-labels")
}

func (c *lokiClient) endpoint(path string, q url.Values) *url.URL {
	u := *c.base
	u.Path = strings.TrimRight(u.Path, "/") + path
	u.RawQuery = q.Encode()
	return &u
}

// lokiEntry is one log line as Loki returns it.
type lokiEntry struct {
	ts     int64  // Unix nanoseconds
	stream string // the stream's labels, as a source name (see labelSet)
	line   string
	level  string // detected_level, from the structured metadata or the labels
}

// lokiStream is one stream of a query_range result or a tail message.
type lokiStream struct {
	Stream map[string]string `json:"stream"`
	Values []lokiValue       `json:"values"`
}

// lokiValue is [timestamp, line] or, with categorized labels, [timestamp, line, metadata].
type lokiValue struct {
	ts    string
	line  string
	level string
}

func (v *lokiValue) UnmarshalJSON(b []byte) error {
	var parts []json.RawMessage
	if err := json.Unmarshal(b, &parts); err != nil {
		return err
	}
	if len(parts) < 2 {
		return fmt.Errorf("Loki entry %s: want [timestamp, line]", b)
	}
	if err := json.Unmarshal(parts[0], &v.ts); err != nil {
		return err
	}
	if err := json.Unmarshal(parts[1], &v.line); err != nil {
		return err
	}
	if len(parts) > 2 {
		var meta struct {
			StructuredMetadata map[string]string `json:"structuredMetadata"`
		}
		if err := json.Unmarshal(parts[2], &meta); err == nil {
			v.level = meta.StructuredMetadata[detectedLevel]
		}
	}
	return nil
}

// detectedLevel is the label or structured metadata in which Loki 3 stores the level it found.
const detectedLevel = "detected_level"

// entries flattens streams into entries, sorted by time (stable, so that each stream keeps the
// order Loki gave its entries at one time).
func flatten(streams []lokiStream) ([]lokiEntry, error) {
	n := 0
	for _, s := range streams {
		n += len(s.Values)
	}
	out := make([]lokiEntry, 0, n)
	for _, s := range streams {
		name, level := labelSet(s.Stream)
		for _, v := range s.Values {
			ts, err := strconv.ParseInt(v.ts, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("Loki timestamp %q: %w", v.ts, err)
			}
			out = append(out, lokiEntry{ts: ts, stream: name, line: v.line, level: cmp.Or(v.level, level)})
		}
	}
	slices.SortStableFunc(out, func(a, b lokiEntry) int { return cmp.Compare(a.ts, b.ts) })
	return out, nil
}

// labelSet writes a stream's labels as LogQL writes a selector, sorted by name:
// {app="api", pod="api-7d9"}. That is the source name of its entries, so that a stream reads as
// the query that selects it. detected_level is left out (it is the level, not the stream: without
// categorized labels an older server would split a stream by it) and returned apart.
func labelSet(labels map[string]string) (name, level string) {
	keys := make([]string, 0, len(labels))
	for k := range labels {
		if k == detectedLevel {
			level = labels[k]
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(strconv.Quote(labels[k]))
	}
	b.WriteByte('}')
	return b.String(), level
}

// queryRange asks for at most limit entries of query in [start, end) (Unix nanoseconds), the
// oldest first when forward, the newest first otherwise, and returns them sorted by time.
func (c *lokiClient) queryRange(ctx context.Context, query string, start, end int64, limit int, forward bool) ([]lokiEntry, error) {
	dir := "backward"
	if forward {
		dir = "forward"
	}
	q := url.Values{
		"query": {query}, "start": {strconv.FormatInt(start, 10)}, "end": {strconv.FormatInt(end, 10)},
		"limit": {strconv.Itoa(limit)}, "direction": {dir},
	}
	ctx, cancel := context.WithTimeout(ctx, lokiTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.endpoint("/loki/api/v1/query_range", q).String(), nil)
	if err != nil {
		return nil, err
	}
	c.header(req.Header)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, statusError(resp)
	}
	var body struct {
		Status string `json:"status"`
		Data   struct {
			ResultType string       `json:"resultType"`
			Result     []lokiStream `json:"result"`
		} `json:"data"`
	}
	// An answer is read whole before its entries are kept: its size is bounded as the tail's
	// messages are, and a larger one is asked for again in smaller pages (see loki.page).
	limited := &io.LimitedReader{R: resp.Body, N: c.maxAnswer + 1}
	if err := json.NewDecoder(limited).Decode(&body); err != nil {
		if limited.N <= 0 {
			return nil, fmt.Errorf("%w: more than %d KiB", errLokiTooLarge, c.maxAnswer>>10)
		}
		return nil, fmt.Errorf("read Loki's answer: %w", err)
	}
	if body.Data.ResultType != "streams" {
		return nil, fmt.Errorf("%w: the query gives %s, not log lines", ErrLokiQuery, body.Data.ResultType)
	}
	return flatten(body.Data.Result)
}

// Errors of loki: sources.
var (
	// ErrLokiQuery is a query that Loki refused or that does not select log lines (a metric query).
	ErrLokiQuery = errors.New("Loki refused the query")
	// errLokiTooLarge is an answer larger than lokiReadLimit.
	errLokiTooLarge = errors.New("Loki's answer is too large")
	// ErrLokiAuth is an answer of 401 or 403: the credentials or the tenant are wrong.
	ErrLokiAuth = errors.New("Loki refused the credentials (see LOKI_USERNAME, LOKI_PASSWORD, LOKI_BEARER_TOKEN, LOKI_ORG_ID)")
)

// statusError describes an answer other than 200 with the first line of what Loki said.
func statusError(resp *http.Response) error {
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	text := strings.TrimSpace(string(msg))
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	var kind error
	switch {
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		kind = ErrLokiAuth
	case resp.StatusCode == http.StatusBadRequest:
		kind = ErrLokiQuery
	default:
		return fmt.Errorf("Loki answered %s: %s", resp.Status, text)
	}
	return fmt.Errorf("%w: %s: %s", kind, resp.Status, text)
}

// lokiTail is one open tail websocket.
type lokiTail struct {
	conn *websocket.Conn
}

// tail opens the tail websocket of query from start (Unix nanoseconds): Loki first sends up to
// limit entries it holds from start on, then each entry as it arrives.
func (c *lokiClient) tail(ctx context.Context, query string, start int64, limit int) (*lokiTail, error) {
	q := url.Values{"query": {query}, "start": {strconv.FormatInt(start, 10)}, "limit": {strconv.Itoa(limit)}}
	u := c.endpoint("/loki/api/v1/tail", q)
	u.Scheme = strings.Replace(u.Scheme, "http", "ws", 1)
	h := http.Header{}
	c.header(h)
	conn, resp, err := websocket.Dial(ctx, u.String(), &websocket.DialOptions{HTTPClient: c.http, HTTPHeader: h})
	if err != nil {
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
			return nil, statusError(resp)
		}
		return nil, fmt.Errorf("open the tail: %w", err)
	}
	conn.SetReadLimit(lokiReadLimit)
	return &lokiTail{conn: conn}, nil
}

// tailMessage is one message of the tail websocket.
type tailMessage struct {
	Streams []lokiStream `json:"streams"`
	Dropped []struct{}   `json:"dropped_entries"`
}

// read returns the next message's entries, sorted by time, and how many entries Loki said it
// dropped (a reader too slow for the stream).
func (t *lokiTail) read(ctx context.Context) ([]lokiEntry, int, error) {
	_, data, err := t.conn.Read(ctx)
	if err != nil {
		return nil, 0, err
	}
	var m tailMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, 0, fmt.Errorf("read Loki's tail: %w", err)
	}
	es, err := flatten(m.Streams)
	return es, len(m.Dropped), err
}

// tailRead is what one read of the tail gave.
type tailRead struct {
	es      []lokiEntry
	dropped int
	err     error
}

// readAll reads the tail into reads until a read fails or ctx is done, so that its reader can
// wait for other things too (a read that is given up closes the websocket).
func (t *lokiTail) readAll(ctx context.Context, reads chan<- tailRead) {
	for {
		es, dropped, err := t.read(ctx)
		select {
		case reads <- tailRead{es, dropped, err}:
		case <-ctx.Done():
			return
		}
		if err != nil {
			return
		}
	}
}

// keepAlive pings the server every lokiPing until ctx is done, and closes the connection when a
// ping is not answered in time, which ends the pending read.
func (t *lokiTail) keepAlive(ctx context.Context) {
	tick := time.NewTicker(lokiPing)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		pctx, cancel := context.WithTimeout(ctx, lokiPingWait)
		err := t.conn.Ping(pctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			t.conn.CloseNow()
			return
		}
	}
}

func (t *lokiTail) close() { t.conn.CloseNow() }
