package parse

import (
	"bytes"
	"hash/maphash"
)

// A host column learned per source. An application's layout may write the machine's name in a
// field of its own among the header's: log4j's ${hostName} before the thread, NLog's
// ${machinename} between the time and the level or between pipes, log4net's HostName after the
// level. On one line such a name cannot be told from a thread's, a task's or a service's; over a
// source's lines it can: a machine writes its own name on every line, where a thread, a task or a
// message changes. So a bare field of the header that holds the same name on hostColumnLines
// timed records with a level in a row, a name numbered at its end as machines are (web-03,
// WKS-FIN-07, a pod's app-7d9f6c5b8-x2kqm), is the source's host column; a collector's file may
// then name other machines there in the same shape (batch-01, batch-02). A field in brackets is
// never taken: it holds a thread in most layouts, and a scheduler's one thread repeats as a
// machine does. A service's name ("orders-svc") has no digit, and a thread's, a shard's or a
// region's say what they are ("pool-1-thread-3", "shard-07", "us-east-1").

const (
	// hostColumnLines is how many records in a row must name the same machine in one field.
	hostColumnLines = 4
	// hostColumnFit is how many records a source gets to show its host column.
	hostColumnFit = 64
	// hostColumnFields bounds the header's fields looked at.
	hostColumnFields = 8
)

var hostColumnSeed = maphash.MakeSeed()

// learnedHost is one source's learning of its host column.
type learnedHost struct {
	records int    // timed records with a level looked at, up to hostColumnFit
	index   int    // the field's index
	shape   uint64 // the name's shape, its digits as one (hash)
	value   uint64 // the name it held on the learning records (hash)
	hits    int
	from    int64 // the offset of the first record that named it
	last    int64 // the offset of the last record looked at: one read again (see Stream.refeed) counts once
	learned bool
}

// hostField is a field of a record's header and its name, if it holds one.
type hostField struct {
	span Span
	name bool
}

// observe counts a record's first line; it reports whether the column became learned with it.
func (hc *learnedHost) observe(line []byte, rec Record, offset int64) bool {
	if hc.learned || hc.records >= hostColumnFit || !hostColumnRecord(rec) || hc.records > 0 && offset <= hc.last {
		return false
	}
	hc.records++
	hc.last = offset
	var fields [hostColumnFields]hostField
	n := headerFields(line, rec, &fields, -1)
	if hc.hits > 0 {
		if k := hc.index; k < n && fields[k].name && maphash.Bytes(hostColumnSeed, fields[k].span.Of(line)) == hc.value {
			hc.hits++
			hc.learned = hc.hits >= hostColumnLines
			return hc.learned
		}
		hc.hits = 0
	}
	for k := 0; k < n; k++ {
		if fields[k].name {
			name := fields[k].span.Of(line)
			*hc = learnedHost{records: hc.records, last: offset, index: k, hits: 1, from: offset,
				value: maphash.Bytes(hostColumnSeed, name), shape: nameShape(name)}
			return false
		}
	}
	return false
}

// read returns the host a record's first line names in the learned column.
func (hc *learnedHost) read(line []byte, rec Record) (Span, bool) {
	// Any timed record of the layout, whatever level it ended up with: a record read again
	// (see rereadHosts) may have its level from the source's level column by then.
	if !hc.learned || rec.Host.End > rec.Host.Start || rec.Time == 0 || !layoutFormat(rec.Format) {
		return Span{}, false
	}
	var fields [hostColumnFields]hostField
	n := headerFields(line, rec, &fields, hc.index)
	if hc.index >= n || !fields[hc.index].name || nameShape(fields[hc.index].span.Of(line)) != hc.shape {
		return Span{}, false
	}
	return fields[hc.index].span, true
}

// hostColumnRecord reports whether rec is a record of an application's layout that may name its
// machine in a field: timed, with a level, and no host of its own.
func hostColumnRecord(rec Record) bool {
	return rec.Time != 0 && rec.Level != Unknown && rec.Host.End <= rec.Host.Start && layoutFormat(rec.Format)
}

// layoutFormat reports whether f is a format an application's layout is read as.
func layoutFormat(f Format) bool { return f == FormatLayout || f == FormatStamped }

// headerFields splits the header of a record's first line, up to its message, into fields set off
// by blanks and pipes, and says which hold a machine's name (only field want's, when want is not
// -1). It returns how many it found, up to want's.
func headerFields(line []byte, rec Record, fields *[hostColumnFields]hostField, want int) int {
	end := min(int(rec.Message.Start), len(line))
	n, clocked := 0, false
	for i := 0; i < end && n < hostColumnFields; {
		for i < end && (line[i] == ' ' || line[i] == '\t' || line[i] == '|') {
			i++
		}
		s := i
		if byteAt(line, i) == '[' {
			if c := indexByteFrom(line[:end], ']', i); c > i {
				i = c + 1 // a bracket is one field, with its blanks ("[NiFi Web Server-214]")
			}
		}
		for i < end && line[i] != ' ' && line[i] != '\t' && line[i] != '|' {
			i++
		}
		if i == s {
			break
		}
		if !clocked {
			// The fields before the time's clock are a collector's (compose's "mysql-1  | "),
			// the clock's the time's: the machine's name comes after them.
			colon := bytes.IndexByte(line[s:i], ':')
			clocked = colon > 0 && isDigitAt(line, s+colon-1)
			fields[n] = hostField{}
			n++
			continue
		}
		// A field in brackets is a thread's in most layouts, before the level or after it
		// (logback's "[scheduling-1] INFO", log4j's "INFO [main]"); one that ends in a colon is a
		// program's or a label's ("ifupdown2:"). Neither is taken.
		bare := line[s] != '[' && line[s] != '(' && line[i-1] != ':'
		named := (want < 0 || want == n) && bare && machineNamed(line[s:i])
		fields[n] = hostField{span: Span{int32(s), int32(i)}, name: named}
		if n == want {
			return n + 1
		}
		n++
	}
	return n
}

// machineNamed reports whether w may be a machine's name in a host column: letters and a digit,
// dashes and dots between them, no level, no thread, no number or address, no logger's dotted name.
func machineNamed(w []byte) bool {
	if len(w) < 4 || len(w) > 63 || !isAlnum(w[0]) || !isAlnum(w[len(w)-1]) || w[0] == '0' && w[1]|0x20 == 'x' {
		return false // a process's label ("P00"), a thread's address ("0x00007f3c2a1b2740")
	}
	letters, digits, dots, hexOnly := 0, 0, 0, true
	for _, c := range w {
		switch {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
			hexOnly = hexOnly && (c|0x20) <= 'f'
		case c == '.':
			dots++
		case c == '-':
		default:
			return false
		}
	}
	if letters == 0 || digits == 0 || hexOnly || randomIDLen(w) == len(w) {
		return false // a number, an address, an id in hex or a random one
	}
	label := w[:len(w)-len(bytes.TrimLeft(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"))]
	if hasLower(label) && hasUpper(label) {
		return false // a machine's name is in one case, a class's or a role's is not ("Broker-0")
	}
	if k := bytes.LastIndexByte(label, '-'); !lastLabelNumbered(label[k+1:]) {
		// Machines are numbered at their name's end, and by a few digits: web-03, WKS-FIN-07,
		// a pod's x2kqm; a pid ("httpd-4411"), a message's id ("MY-012468") or a component
		// ("AS2-SERVER") are not.
		return false
	}
	if _, ok := ParseLevel(w); ok {
		return false
	}
	for i := 0; i < len(w); i++ {
		if isAlpha(w[i]) && (i == 0 || !isAlpha(w[i-1])) {
			if m, _ := monthWord(w, i); m > 0 {
				return false // the date in the header: "29-Nov-2026", "Nov29"
			}
		}
	}
	if dots > 0 && !domainName(w) {
		return false // a logger, a file or a version: "c.a.pay.Api", "app-1.log", "v2.4.1"
	}
	return !threadName(w)
}

// lastLabelNumbered reports whether the last label of a machine's name holds a digit, in runs of
// three at most, and not as one digit after a word.
func lastLabelNumbered(l []byte) bool {
	if n := len(l); n > 2 && isDigit(l[n-1]) && isAlpha(l[n-2]) && !isDigit(l[0]) {
		return false // one digit glued to a word is a program's or a protocol's: python3, ifupdown2
	}
	if len(l) > 1 && (l[0] == 'v' || l[0] == 'V') && digitsOnly(l[1:]) {
		return false // a version: orders-v2
	}
	run, digit := 0, false
	for _, c := range l {
		if isDigit(c) {
			run++
			digit = true
			if run > 3 {
				return false
			}
		} else {
			run = 0
		}
	}
	return digit
}

// domainName reports whether a dotted w is a host's full name: it ends in a common top-level or
// private domain, or a country's ("SRV-FS01.corp.example.org", "ip-10-20-3-41.ec2.internal"),
// where a logger's name ends in a word ("fail2ban.actions").
func domainName(w []byte) bool {
	last := w[bytes.LastIndexByte(w, '.')+1:]
	for _, c := range last {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	switch string(last) {
	case "com", "net", "org", "io", "local", "lan", "internal", "corp", "home", "arpa", "edu", "gov", "int",
		"cloud", "example", "test", "localdomain", "intra", "intranet", "dev":
		return true
	}
	switch string(last) {
	case "py", "js", "rb", "sh", "pl", "cc", "cs", "ts", "md", "rs", "hs", "kt", "go", "db", "gz", "xz", "so", "ko", "mk":
		return false // a file's extension, as a country's domain may be spelled
	}
	return len(last) == 2 // a country's domain
}

// threadName reports whether w names a thread, a unit of work or data, a client or a place
// rather than a machine.
func threadName(w []byte) bool {
	var low [64]byte
	l := low[:len(w)]
	for i, c := range w {
		l[i] = c | 0x20
	}
	for _, word := range notMachineWords {
		if bytes.Contains(l, []byte(word)) {
			return true
		}
	}
	return cloudRegion(l)
}

// notMachineWords are parts of the numbered names a header gives things other than machines:
// threads and pools, tasks, the units of a cluster's data and its clients, users, containers.
var notMachineWords = [...]string{"thread", "exec", "worker", "pool", "task", "job", "main", "schedul", "cron",
	"shard", "partition", "replica", "client", "consumer", "producer", "user", "tenant", "session",
	"container", "channel", "queue", "topic", "stream", "region", "zone", "loop", "handler", "dispatch",
	"parallel", "reactor", "single", "elastic", "nio", "timer", "netty", "epoll", "async", "blocking", "carrier"}

// cloudRegion reports whether l (in lower case) is a cloud's region or zone: us-east-1,
// eu-west-2a, europe-west4-b, ap-southeast-2.
func cloudRegion(l []byte) bool {
	parts := bytes.Split(l, []byte{'-'})
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	switch string(parts[0]) {
	case "us", "eu", "ap", "ca", "sa", "me", "af", "il", "mx", "cn",
		"europe", "asia", "australia", "northamerica", "southamerica":
	default:
		return false
	}
	switch string(bytes.TrimRight(parts[1], "0123456789")) {
	case "east", "west", "north", "south", "central", "northeast", "northwest", "southeast", "southwest", "gov":
		return true
	}
	return false
}

// nameShape hashes a name with each run of digits as one '#': the machines of one naming scheme
// share it (batch-01, batch-02).
func nameShape(w []byte) uint64 {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		if isDigit(w[i]) {
			if len(b) == 0 || b[len(b)-1] != '#' {
				b = append(b, '#')
			}
			continue
		}
		b = append(b, w[i])
	}
	return maphash.Bytes(hostColumnSeed, b)
}

// rereadHosts reads the host column on the batch's records from the one it was first seen on:
// they came before it was learned.
func (s *Stream) rereadHosts(b *Batch) {
	if b.Source != s.source {
		return
	}
	for i := itemsSince(b, s.hcol.from); i < len(b.Items); i++ {
		it := &b.Items[i]
		if it.Message.Start < it.Raw.Start || it.Message.End > it.Raw.End {
			continue // a decoded message stored after the text
		}
		base := it.Raw.Start
		raw := it.Raw.Of(b.Data)
		line := raw[:firstLineEnd(raw)]
		rec := Record{Time: it.Time, Level: it.Level, Format: it.Format,
			Host:    Span{it.Host.Start - base, it.Host.End - base},
			Message: Span{it.Message.Start - base, it.Message.End - base}}
		if h, ok := s.hcol.read(line, rec); ok {
			it.Host = Span{h.Start + base, h.End + base}
		}
	}
}
