package export

import (
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// benchLines are typical lines of each format, as the corpus generator writes them.
var benchLines = map[string]string{
	"json":    `{"time":"2026-03-01T00:00:11.964Z","level":"info","msg":"inventory reserved","service":"checkout","user_id":48213,"latency_ms":12.5,"ok":true,"db":{"table":"orders","rows":3}}`,
	"logfmt":  `time=2026-03-01T00:00:11.929Z level=info msg="email queued" component=checkout method=PATCH path=/api/v1/users duration=449.392ms trace_id=9519ec1a3cdb53f8e406a7e0b8ea5964`,
	"rfc3164": `<38>Mar  1 00:00:12 web-7 sshd[4242]: Accepted publickey for deploy from 10.0.4.12 port 52144 ssh2`,
	"rfc5424": `<165>1 2026-03-01T00:00:12.003Z web-7 checkout 4242 ID47 [req@32473 id="9519ec1a" user="alice"] order placed`,
	"access":  `158.59.16.178 - - [01/Mar/2026:00:00:12 +0000] "POST /static/css/main.css HTTP/1.1" 504 51204 "https://shop.example.com/products" "curl/8.5.0"`,
	"layout":  `2026-03-01 00:00:12,200 ERROR [pool-1-thread-3] com.shop.PaymentJob - charge failed for order 48213`,
}

// BenchmarkAppend encodes one entry of each format in each shape into a reused buffer; SetBytes
// counts the raw text, so MB/s is input read per second of encoding.
func BenchmarkAppend(b *testing.B) {
	p := parse.NewParser(func() time.Time { return time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) })
	for _, shape := range []Shape{JSONLines, Raw, Text} {
		for _, name := range []string{"json", "logfmt", "rfc3164", "rfc5424", "access", "layout"} {
			line := []byte(benchLines[name])
			rec := p.Parse(line)
			msg := rec.Message.Of(line)
			if rec.Unescaped != nil {
				msg = rec.Unescaped
			}
			e := parse.Entry{Time: rec.Time, Level: rec.Level, Format: rec.Format, Source: "app.log",
				Host: string(rec.Host.Of(line)), Message: string(msg), Raw: string(line)}
			o := Options{Shape: shape}
			b.Run(shape.String()+"/"+name, func(b *testing.B) {
				var buf []byte
				b.SetBytes(int64(len(line)))
				b.ReportAllocs()
				for b.Loop() {
					buf = o.Append(buf[:0], &e)
				}
			})
		}
	}
}
