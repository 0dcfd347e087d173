package parse

import (
	"bytes"
	"fmt"
	"testing"
)

// benchLines are typical lines of each format, of realistic length.
var benchLines = map[string][]string{
	"json": {
		`{"level":"info","ts":1771252201.123456,"caller":"api/handler.go:87","msg":"request served","method":"GET","path":"/api/v1/users/1234","status":200,"duration":0.00342,"request_id":"8f2c1e4a-77b1-4c52-9d0b-3a1f8e2d9c10"}`,
		`{"time":"2026-02-16T14:30:01.123456789Z","level":"ERROR","msg":"payment failed: \"card declined\"","order":{"id":98123,"total":129.99},"user":"ann@example.com","host":"web-7"}`,
	},
	"logfmt": {
		`ts=2026-02-16T14:30:01.123Z caller=scheduler.go:212 level=info component=scheduler msg="job dispatched" job=backup-nightly worker=w-17 queue=default attempt=1 duration=12.4ms`,
		`time="2026-02-16T14:30:02Z" level=warning msg="retrying request to upstream" upstream=10.0.3.7:8443 retries=3 err="context deadline exceeded"`,
	},
	"rfc3164": {
		`<38>Feb 16 14:30:01 web-7 sshd[41211]: Accepted publickey for deploy from 203.0.113.9 port 52114 ssh2: ED25519 SHA256:Jk3v9QkQ8tZ0o`,
		`Feb 16 14:30:02 db-1 kernel: [123456.789012] EXT4-fs (nvme0n1p2): re-mounted. Opts: errors=remount-ro,commit=60 quota mode: none.`,
	},
	"rfc5424": {
		`<165>1 2026-02-16T14:30:01.003Z web-7.example.com billing 8421 ID47 [meta@32473 iut="3" eventSource="Application" eventID="1011"] invoice 98123 generated for customer 5512`,
		`<14>1 2026-02-16T14:30:02.118+01:00 db-1 postgres 511 - - connection authorized: user=app database=orders application_name=api`,
	},
	"access": {
		`203.0.113.9 - - [16/Feb/2026:14:30:01 +0000] "GET /api/v1/users/1234?include=orders HTTP/1.1" 200 5123 "https://shop.example.com/account" "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"`,
		`198.51.100.23 - alice [16/Feb/2026:14:30:02 +0000] "POST /checkout HTTP/2.0" 502 157 "-" "curl/8.5.0" 0.031`,
	},
	"layout": {
		`2026-02-16 14:30:01,123 ERROR [http-nio-8080-exec-7] com.example.billing.InvoiceService - Failed to render invoice 98123 for customer 5512: template missing`,
		`2026-02-16 14:30:02,456 - myapp.workers.email - WARNING - SMTP server smtp.example.com slow to respond (3.2s), retrying delivery to 4 recipients`,
	},
	"stamped": {
		`02-16 14:30:01.811  1702  2395 W WindowManager: Unable to start animation, surface is null for token 7f3a`,
		`02-16 14:30:01.937  1702  1718 I ActivityManager: Start proc 4711:com.example.mail/u0a123 for service`,
	},
	"text": {
		`Starting background compaction of segment 000123 (42 files, 1.2 GiB) with strategy leveled and concurrency 4; this may take a while`,
		`panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]`,
	},
}

func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"json", "logfmt", "rfc3164", "rfc5424", "access", "layout", "stamped", "text"} {
		lines := make([][]byte, len(benchLines[name]))
		size := 0
		for i, l := range benchLines[name] {
			lines[i] = []byte(l)
			size += len(l)
		}
		b.Run(name, func(b *testing.B) {
			p := NewParser(fixedNow)
			for _, l := range lines {
				if rec := p.Parse(l); name != "text" && rec.Format.String() != name {
					b.Fatalf("benchmark line parsed as %v: %s", rec.Format, l)
				}
			}
			b.SetBytes(int64(size / len(lines)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p.Parse(lines[i%len(lines)])
			}
		})
	}
}

// streamSample is a mixed sample: one source per format, with multi-line stack traces.
func streamSample() [][][]byte {
	var sources [][][]byte
	for _, name := range []string{"json", "logfmt", "rfc3164", "rfc5424", "access", "layout", "text"} {
		var lines [][]byte
		for i := 0; i < 1000; i++ {
			for _, l := range benchLines[name] {
				lines = append(lines, []byte(l))
			}
			if name == "layout" && i%10 == 0 {
				for _, l := range []string{"java.lang.IllegalStateException: template missing",
					"\tat com.example.billing.InvoiceService.render(InvoiceService.java:212)",
					"\tat com.example.billing.InvoiceController.get(InvoiceController.java:48)",
					"Caused by: java.io.FileNotFoundException: invoice.tmpl", "\t... 42 more"} {
					lines = append(lines, []byte(l))
				}
			}
		}
		sources = append(sources, lines)
	}
	return sources
}

func BenchmarkStream(b *testing.B) {
	sources := streamSample()
	size := 0
	for _, src := range sources {
		for _, l := range src {
			size += len(l) + 1
		}
	}
	streams := make([]*Stream, len(sources))
	batches := make([]*Batch, len(sources))
	for i := range sources {
		streams[i] = NewStream(fmt.Sprint("src", i), StreamOptions{Now: fixedNow})
		batches[i] = &Batch{}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for i, src := range sources {
			batch := batches[i]
			var off int64
			for _, l := range src {
				streams[i].Line(l, off, false, batch)
				off += int64(len(l)) + 1
				if len(batch.Items) >= 512 {
					batch.Reset()
				}
			}
			streams[i].Flush(batch)
			batch.Reset()
		}
	}
}

// BenchmarkAppendJSON encodes the benchmark lines of each format as headless mode does, into a
// reused buffer; SetBytes counts the raw text, so MB/s compares with the parse figures.
func BenchmarkAppendJSON(b *testing.B) {
	for _, name := range []string{"json", "logfmt", "rfc3164", "rfc5424", "access", "layout", "text"} {
		p := NewParser(fixedNow)
		entries := make([]Entry, len(benchLines[name]))
		size := 0
		for i, l := range benchLines[name] {
			line := []byte(l)
			rec := p.Parse(line)
			msg := rec.Message.Of(line)
			if rec.Unescaped != nil {
				msg = rec.Unescaped
			}
			entries[i] = Entry{Time: rec.Time, Level: rec.Level, Format: rec.Format, Source: "app.log",
				Host: string(rec.Host.Of(line)), Message: string(msg), Raw: l}
			size += len(l)
		}
		b.Run(name, func(b *testing.B) {
			var buf []byte
			b.SetBytes(int64(size / len(entries)))
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				buf = AppendJSON(buf[:0], entries[i%len(entries)])
			}
			_ = bytes.Clone(buf)
		})
	}
}
