package tail

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The demo's vocabulary. Every writer appends one complete entry, each line ending in '\n'.

var (
	demoHosts   = []string{"web1", "web2", "db1"}
	demoIPs     = []string{"203.0.113.7", "198.51.100.23", "192.0.2.144", "203.0.113.52", "198.51.100.4", "10.0.4.17"}
	demoAgents  = []string{"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "curl/8.5.0", "Go-http-client/2.0", "kube-probe/1.30"}
	demoPaths   = []string{"/", "/api/v1/orders", "/api/v1/orders/%d", "/api/v1/users/%d", "/static/app.%x.js", "/healthz", "/api/v1/search?q=boots&page=%d", "/login", "/api/v1/cart/%d/items"}
	demoMethods = []string{"GET", "GET", "GET", "GET", "POST", "PUT", "DELETE"}
	demoAppInfo = []string{"order created", "payment authorized", "cart updated", "user signed in", "cache refreshed", "email queued", "inventory reserved"}
	demoAppWarn = []string{"slow query", "retrying upstream call", "rate limit close to quota", "cache miss storm"}
	demoAppErr  = []string{"payment failed", "upstream timeout", "database connection lost", "order validation failed"}
	demoErrors  = []string{"card declined: insufficient funds", "context deadline exceeded", "dial tcp 10.0.3.8:5432: connect: connection refused", "pq: too many connections for role \"app\""}
	demoJobs    = []string{"InvoiceJob", "SyncJob", "ReportJob", "CleanupJob"}
)

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// writeAccess writes an nginx "combined" line; errors grow during an incident.
func writeAccess(dst []byte, r *rand.Rand, t time.Time, incident bool) []byte {
	status := 200
	switch x := r.IntN(100); {
	case incident && x < 35:
		status = pick(r, []int{500, 502, 503, 504})
	case x < 3:
		status = pick(r, []int{500, 502})
	case x < 10:
		status = pick(r, []int{404, 404, 401, 403, 429})
	case x < 16:
		status = pick(r, []int{301, 304})
	case x < 20:
		status = 201
	}
	path := pick(r, demoPaths)
	if strings.Contains(path, "%") {
		path = fmt.Sprintf(path, r.IntN(5000)+1)
	}
	size := r.IntN(40000) + 120
	if status >= 300 {
		size = r.IntN(600)
	}
	return fmt.Appendf(dst, "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\"\n",
		pick(r, demoIPs), t.Format("02/Jan/2006:15:04:05 -0700"), pick(r, demoMethods), path, status, size, pick(r, demoAgents))
}

// writeApp writes one JSON line with a level, a trace id and fields.
func writeApp(dst []byte, r *rand.Rand, t time.Time, incident bool) []byte {
	level, msg := "info", pick(r, demoAppInfo)
	switch x := r.IntN(100); {
	case incident && x < 40 || x < 2:
		level, msg = "error", pick(r, demoAppErr)
	case x < 8:
		level, msg = "warn", pick(r, demoAppWarn)
	case x < 20:
		level, msg = "debug", "request handled"
	}
	dst = fmt.Appendf(dst, `{"time":%q,"level":%q,"msg":%q,"service":"checkout","trace_id":"%016x%016x","user_id":%d,"duration_ms":%d`,
		t.UTC().Format("2006-01-02T15:04:05.000Z07:00"), level, msg, r.Uint64(), r.Uint64(), r.IntN(90000)+1000, r.IntN(900)+1)
	if level == "error" {
		dst = fmt.Appendf(dst, `,"error":%q`, pick(r, demoErrors))
	}
	return append(dst, "}\n"...)
}

// writeSyslog writes an RFC 3164 line from sshd, CRON, the kernel or systemd.
func writeSyslog(dst []byte, r *rand.Rand, t time.Time, incident bool) []byte {
	head := fmt.Appendf(dst, "%s %s ", t.Format(time.Stamp), pick(r, demoHosts))
	pid := r.IntN(30000) + 1000
	ip := pick(r, demoIPs)
	switch x := r.IntN(100); {
	case incident && x < 30:
		return fmt.Appendf(head, "kernel: [%d.%06d] Out of memory: Killed process %d (java) total-vm:8123456kB, anon-rss:3987654kB\n", 100000+r.IntN(900000), r.IntN(1000000), pid)
	case incident && x < 60 || x < 15:
		return fmt.Appendf(head, "sshd[%d]: Failed password for invalid user %s from %s port %d ssh2\n", pid, pick(r, []string{"admin", "oracle", "test", "ubuntu"}), ip, 30000+r.IntN(30000))
	case x < 35:
		return fmt.Appendf(head, "sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:Wq3ZsH0xAu1kB4fPq\n", pid, ip, 30000+r.IntN(30000))
	case x < 60:
		return fmt.Appendf(head, "CRON[%d]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)\n", pid)
	case x < 80:
		return fmt.Appendf(head, "systemd[1]: Started %s.\n", pick(r, []string{"Daily apt download activities", "Session 412 of User deploy", "Rotate log files", "Cleanup of Temporary Directories"}))
	default:
		return fmt.Appendf(head, "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.\n", 100000+r.IntN(900000), r.IntN(1000000))
	}
}

// writeWorker writes a log4j line, and for errors a stack trace with a cause.
func writeWorker(dst []byte, r *rand.Rand, t time.Time, incident bool) []byte {
	job := pick(r, demoJobs)
	thread := r.IntN(8) + 1
	stamp := t.Format("2006-01-02 15:04:05,000")
	switch x := r.IntN(100); {
	case incident && x < 45 || x < 4:
		dst = fmt.Appendf(dst, "%s ERROR [worker-%d] com.acme.jobs.%s - Failed to sync account %d\n", stamp, thread, job, r.IntN(9000)+1000)
		dst = append(dst, "java.lang.IllegalStateException: upstream returned 503\n"...)
		dst = fmt.Appendf(dst, "\tat com.acme.client.HttpClient.execute(HttpClient.java:%d)\n", 180+r.IntN(60))
		dst = fmt.Appendf(dst, "\tat com.acme.jobs.%s.run(%s.java:%d)\n", job, job, 40+r.IntN(80))
		dst = append(dst, "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"...)
		dst = append(dst, "\tat java.base/java.lang.Thread.run(Thread.java:833)\n"...)
		dst = append(dst, "Caused by: java.net.SocketTimeoutException: Read timed out\n"...)
		dst = append(dst, "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"...)
		return append(dst, "\t... 3 more\n"...)
	case x < 12:
		return fmt.Appendf(dst, "%s WARN  [worker-%d] com.acme.jobs.%s - Batch took %d ms, above the 2000 ms budget\n", stamp, thread, job, 2000+r.IntN(6000))
	case x < 25:
		return fmt.Appendf(dst, "%s DEBUG [worker-%d] com.acme.jobs.%s - Polling queue, %d messages visible\n", stamp, thread, job, r.IntN(200))
	default:
		return fmt.Appendf(dst, "%s INFO  [worker-%d] com.acme.jobs.%s - Processed batch %d (%d records) in %d ms\n", stamp, thread, job, r.IntN(100000), r.IntN(500)+1, r.IntN(1500)+20)
	}
}
