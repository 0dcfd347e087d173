package tail

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lokiServer is a real Grafana Loki, built by .ci/loki.sh, run on 127.0.0.1 in a temporary
// directory: its local configuration with every path moved there, analytics off, free ports.
type lokiServer struct {
	t    *testing.T
	bin  string
	dir  string
	addr string // http://127.0.0.1:PORT
	cmd  *exec.Cmd
	done chan struct{}
	logs bytes.Buffer
}

// lokiBin is the Loki binary the tests run, or a skip that says how to get one.
func lokiBin(t testing.TB) string {
	t.Helper()
	bin := os.Getenv("TRAWL_LOKI_BIN")
	if bin == "" {
		t.Skip("TRAWL_LOKI_BIN is not set: build Loki with .ci/loki.sh and set it to the loki binary it prints the directory of")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("TRAWL_LOKI_BIN: %v", err)
	}
	return bin
}

// freePort asks the system for a port on the loopback address that no one listens on now.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// lokiConfig is cmd/loki/loki-local-config.yaml with the paths, ports and the clock-sensitive
// waits of a single test process: no analytics, no pattern ingester (it would push to port 3100),
// an ingester that is ready at once, and ingestion limits that let a test push 100,000 lines at
// once (the defaults, 4 MB/s, would refuse them).
const lokiConfig = `auth_enabled: false
server:
  http_listen_address: 127.0.0.1
  http_listen_port: %[2]d
  grpc_listen_address: 127.0.0.1
  grpc_listen_port: %[3]d
  log_level: warn
  grpc_server_max_concurrent_streams: 1000
common:
  instance_addr: 127.0.0.1
  path_prefix: %[1]s
  storage:
    filesystem:
      chunks_directory: %[1]s/chunks
      rules_directory: %[1]s/rules
  replication_factor: 1
  ring:
    kvstore:
      store: inmemory
ingester:
  lifecycler:
    min_ready_duration: 0s
    final_sleep: 0s
memberlist:
  bind_addr: [127.0.0.1]
  bind_port: %[4]d
schema_config:
  configs:
    - from: 2020-10-24
      store: tsdb
      object_store: filesystem
      schema: v13
      index:
        prefix: index_
        period: 24h
limits_config:
  ingestion_rate_mb: 256
  ingestion_burst_size_mb: 512
  per_stream_rate_limit: 256MB
  per_stream_rate_limit_burst: 512MB
pattern_ingester:
  enabled: false
analytics:
  reporting_enabled: false
`

// startLoki starts a Loki and waits until it is ready; it is stopped when the test ends.
func startLoki(t *testing.T) *lokiServer {
	t.Helper()
	l := &lokiServer{t: t, bin: lokiBin(t), dir: t.TempDir()}
	port := freePort(t)
	l.addr = "http://127.0.0.1:" + strconv.Itoa(port)
	cfg := fmt.Sprintf(lokiConfig, l.dir, port, freePort(t), freePort(t))
	if err := os.WriteFile(filepath.Join(l.dir, "config.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	l.start()
	t.Cleanup(func() {
		l.stop()
		if t.Failed() {
			t.Logf("Loki's output:\n%s", l.logs.String())
		}
	})
	return l
}

func (l *lokiServer) start() {
	l.t.Helper()
	l.cmd = exec.Command(l.bin, "-config.file="+filepath.Join(l.dir, "config.yaml"))
	l.cmd.Dir = l.dir
	l.cmd.Stdout, l.cmd.Stderr = &l.logs, &l.logs
	if err := l.cmd.Start(); err != nil {
		l.t.Fatal(err)
	}
	l.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { cmd.Wait(); close(done) }(l.cmd, l.done)
	deadline := time.Now().Add(90 * time.Second)
	for {
		resp, err := http.Get(l.addr + "/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-l.done:
			l.t.Fatalf("Loki exited at start:\n%s", l.logs.String())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			l.t.Fatalf("Loki not ready after 90 s:\n%s", l.logs.String())
		}
	}
}

// waitQueryable waits until a query over the lines pushed from base on returns n of them: after a
// restart Loki says it is ready before its queriers see its ingesters again, and a line pushed
// then can be missing from every read for a while. The tests are of trawl's reconnecting, not of
// that window of Loki's.
func (l *lokiServer) waitQueryable(base int64, n int) {
	l.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	got := 0
	for time.Now().Before(deadline) {
		got = l.count(base)
		if got >= n {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	l.t.Fatalf("Loki returns %d of the %d lines pushed after 60 s", got, n)
}

// count returns how many lines a query from base on returns, or -1 when the query fails.
func (l *lokiServer) count(base int64) int {
	q := fmt.Sprintf("%s/loki/api/v1/query_range?query=%s&start=%d&end=%d&limit=5000&direction=forward",
		l.addr, `%7Bapp%3D~%22.%2B%22%7D`, base-int64(time.Minute), time.Now().Add(time.Minute).UnixNano())
	resp, err := http.Get(q)
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	var body struct {
		Data struct {
			Result []struct {
				Values [][2]string `json:"values"`
			} `json:"result"`
		} `json:"data"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&body) != nil {
		return -1
	}
	n := 0
	for _, r := range body.Data.Result {
		n += len(r.Values)
	}
	return n
}

// stop ends Loki as a service manager would, SIGTERM then SIGKILL, and waits for it.
func (l *lokiServer) stop() {
	if l.cmd == nil {
		return
	}
	l.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-l.done:
	case <-time.After(30 * time.Second):
		l.cmd.Process.Kill()
		<-l.done
	}
	l.cmd = nil
}

// pushLine is one line to push: its stream's labels, time and text.
type pushLine struct {
	labels map[string]string
	ts     int64
	line   string
}

// push sends lines to Loki's push API, in requests of at most 5,000 lines.
func (l *lokiServer) push(lines []pushLine) {
	l.t.Helper()
	for len(lines) > 0 {
		n := min(len(lines), 5000)
		if err := l.pushOnce(lines[:n]); err != nil {
			l.t.Fatal(err)
		}
		lines = lines[n:]
	}
}

func (l *lokiServer) pushOnce(lines []pushLine) error {
	type stream struct {
		Stream map[string]string `json:"stream"`
		Values [][2]string       `json:"values"`
	}
	var streams []*stream
	byKey := map[string]*stream{}
	for _, p := range lines {
		k, _ := labelSet(p.labels)
		s := byKey[k]
		if s == nil {
			s = &stream{Stream: p.labels}
			byKey[k] = s
			streams = append(streams, s)
		}
		s.Values = append(s.Values, [2]string{strconv.FormatInt(p.ts, 10), p.line})
	}
	body, err := json.Marshal(map[string]any{"streams": streams})
	if err != nil {
		return err
	}
	resp, err := http.Post(l.addr+"/loki/api/v1/push", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		msg, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("push: %s: %s", resp.Status, msg)
	}
	return nil
}

// cutProxy forwards TCP connections from a port of its own to target, and can cut every open
// connection at once: a network drop, seen by both ends as a closed connection.
type cutProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	wg     sync.WaitGroup
}

func newCutProxy(t *testing.T, target string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, target: target}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(func() {
		ln.Close()
		p.cut()
		p.wg.Wait()
	})
	return p
}

func (p *cutProxy) addr() string { return "http://" + p.ln.Addr().String() }

func (p *cutProxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		u, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, u)
		p.mu.Unlock()
		p.wg.Add(2)
		go p.pipe(c, u)
		go p.pipe(u, c)
	}
}

func (p *cutProxy) pipe(dst, src net.Conn) {
	defer p.wg.Done()
	_, err := io.Copy(dst, src)
	if err != nil && !errors.Is(err, net.ErrClosed) {
		dst.Close()
	}
	if tc, ok := dst.(*net.TCPConn); ok {
		tc.CloseWrite()
	}
}

// cut closes every connection open now; new ones are still accepted.
func (p *cutProxy) cut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.conns) / 2
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
	return n
}
