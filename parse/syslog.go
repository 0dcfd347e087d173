package parse

import "bytes"

// Syslog in its two common shapes: BSD (RFC 3164, as /var/log/syslog and rsyslog's file formats
// write it) and IETF (RFC 5424).

// syslogPRI reads "<PRI>" at the start of b, after the octet count that RFC 6587's framing puts
// before a message on a TCP stream ("90 <165>1 …"), which a capture of that stream keeps. pri is
// -1 and n 0 when there is none.
func syslogPRI(b []byte) (pri, n int) {
	start := octetCount(b)
	if len(b) < start+3 || b[start] != '<' {
		return -1, 0
	}
	v, i := 0, start+1
	for ; i < len(b) && i <= start+4 && b[i] >= '0' && b[i] <= '9'; i++ {
		v = v*10 + int(b[i]-'0')
	}
	if i == start+1 || i >= len(b) || b[i] != '>' || v > 191 {
		return -1, 0
	}
	return v, i + 1
}

// octetCount returns where the message starts after an RFC 6587 octet count ("90 <"), or after
// the blank or two (or a tab) that a sender's framing leaves before the PRI (" <13>Nov 29 …", as
// syslog parsers' test vectors have it), or 0.
func octetCount(b []byte) int {
	if len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		k := 1
		if byteAt(b, k) == ' ' && b[0] == ' ' {
			k++
		}
		if byteAt(b, k) == '<' && isDigitAt(b, k+1) {
			return k
		}
		return 0
	}
	i := 0
	for i < len(b) && i < 7 && isDigit(b[i]) {
		i++
	}
	if i == 0 || i == 7 || byteAt(b, i) != ' ' || byteAt(b, i+1) != '<' {
		return 0
	}
	if b[0] == '0' || i == 6 {
		// A count padded with zeros to a fixed width, as OpenBSD's syslogd frames its messages
		// ("000105 <165>1 …"), only when it is the frame's length: other numbers may open a line.
		if n, _ := atoi(b[:i]); n != len(b)-i-1 {
			return 0
		}
	}
	return i + 1
}

// bsdHeader is what parse3164 finds; the spans are used again by Fields.
type bsdHeader struct {
	pri            int
	host, tag, pid Span
	tagLevel       Level // a level written with the tag: "krb5kdc[412](info):", "locationd[77] <Error>:"
	facility       Level // the level of a facility.level word in the host's place, when hasFacility
	hasFacility    bool
	msg            int // start of the message
}

// scan3164 parses "<PRI>Feb 16 14:30:01 host tag[pid]: msg", also with rsyslog's RFC 3339 time in
// place of the BSD one. The host may be missing when a local program logged without one; the tag is
// optional. now places the year of a BSD time. rec and h are filled in place, and undefined when it
// returns false.
func scan3164(line []byte, now int64, w *wallClock, rec *Record, h *bsdHeader) bool {
	if !scan3164Header(line, now, w, rec, h) {
		return false
	}
	if rec.Level == Unknown {
		rec.Level = h.level(line)
	}
	return true
}

// scan3164Header is scan3164 without the search for the level in the message, which the fields
// of an exported line do not need: a line with a PRI and nothing else may get its level anyway.
func scan3164Header(line []byte, now int64, w *wallClock, rec *Record, h *bsdHeader) bool {
	if !scanBSDHeader(line, now, w, rec, h) {
		return false
	}
	if h.tag.End == 0 && h.host.End != 0 {
		spacedTag(line, rec, h) // most lines have their tag
		if h.tag.End == 0 {
			wordyTag(line, rec, h)
		}
		if h.tag.End == 0 {
			paddedTag(line, rec, h)
		}
	}
	return true
}

// paddedTag reads a program's name padded with blanks to a width before its colon, as Python's
// "%(name)-16s: %(levelname)-6s %(message)s" makes fail2ban 0.8 send it: "mx01 fail2ban.jail   :
// INFO   Jail 'sshd' started". Only before a level word: a sentence's " : " says nothing.
func paddedTag(line []byte, rec *Record, h *bsdHeader) {
	s, e := nextToken(line, h.msg)
	if s != h.msg || e == s || byteAt(line, e) != ' ' || !tagLike(line[s:e]) || line[e-1] == ':' {
		return
	}
	c := skipBlanks(line, e)
	if byteAt(line, c) != ':' || byteAt(line, c+1) != ' ' {
		return
	}
	m := skipBlanks(line, c+1)
	ls, le := nextToken(line, m)
	if _, ok := levelToken(line[ls:le], true); !ok {
		return
	}
	h.tag, h.msg = Span{int32(s), int32(e)}, m
	rec.Message.Start = int32(m)
}

// unknownLocalhost is what logback's and log4j's syslog appenders write in the host's place when
// the machine's name does not resolve.
const unknownLocalhost = "UNKNOWN_LOCALHOST"

// wordyTag reads a program's name of several words before its pid, as Windows names an event's
// source and NXLog's and Snare's BSD output keep it after the host: "WS-041 Service Control
// Manager[652]: …". Each word opens with a capital, and the last is glued to the pid in brackets
// and its colon; a sentence has no pid there.
func wordyTag(line []byte, rec *Record, h *bsdHeader) {
	i := h.msg
	for words := 0; words < 5; words++ {
		if c := byteAt(line, i); c < 'A' || c > 'Z' {
			return
		}
		e := i
		for e < len(line) && (isAlnum(line[e]) || line[e] == '-' || line[e] == '.' || line[e] == '_') {
			e++
		}
		if byteAt(line, e) == ' ' {
			i = e + 1
			continue
		}
		_, n := digitRun(line, e+1)
		if words == 0 || byteAt(line, e) != '[' || n == 0 || byteAt(line, e+1+n) != ']' || byteAt(line, e+2+n) != ':' ||
			e+3+n < len(line) && line[e+3+n] != ' ' {
			return
		}
		h.tag, h.pid = Span{int32(h.msg), int32(e)}, Span{int32(e + 1), int32(e + 1 + n)}
		h.msg = skipBlanks(line, e+3+n)
		rec.Message.Start = int32(h.msg)
		return
	}
}

// spacedTag reads a program whose pid follows it after a blank, as SOGo writes "sogod [4120]:",
// in the host's place of a header without a tag: the word is the program and no host, unless it
// is named as machines are (hostName: "web01 [4120]:" is a host's untagged line). It is kept out
// of scanBSDHeader, where one more branch made every line slower.
func spacedTag(line []byte, rec *Record, h *bsdHeader) {
	if byteAt(line, h.msg) != '[' || !spacedPid(line, int(h.host.End)) || hostName(h.host.Of(line)) {
		return
	}
	pe := indexByteFrom(line, ']', h.msg)
	h.tag, h.pid, h.host = h.host, Span{int32(h.msg + 1), int32(pe)}, Span{}
	h.msg = skipBlanks(line, pe+2)
	rec.Host, rec.Message.Start = Span{}, int32(h.msg)
}

// scanBSDHeader is scan3164Header before a spaced program's tag is read (see spacedTag).
func scanBSDHeader(line []byte, now int64, w *wallClock, rec *Record, h *bsdHeader) bool {
	*h = bsdHeader{}
	pri, i := syslogPRI(line)
	h.pri = pri
	if pri >= 0 && byteAt(line, i) == ' ' && byteAt(line, i+1) != ' ' {
		i++ // some devices put a blank after the PRI: "<132> Nov  4 19:32:33 ix2105 …"
	}
	if pri >= 0 && byteAt(line, i) == '1' && byteAt(line, i+1) == ' ' {
		if _, isMonth := month(line, i+2); isMonth {
			i += 2 // RFC 5424's version before a BSD time, as SC4S's fallback tests send it: "<111>1 Nov 29 …"
		}
	}
	iso := false     // rsyslog's ISO time in place of the BSD one
	yearly := false  // a date with its year, as devices and ctime write it
	bare := false    // that ISO time without a zone or a PRI: "2016-05-08T10:31:24 localhost prg[1234]: …"
	precise := false // rsyslog's own high-precision stamp: microseconds and a numeric offset
	dotted := false  // a facility and its severity joined by a dot after the host: "vm local3.alert"
	t, n, ok := parseBSD(line[i:], now, w)
	if !ok && pri < 0 && !isDigit(byteAt(line, i+2)) { // (not an ISO or numeric date: "2026-…", "11/29 …")
		// journalctl under another locale: "ноя 29 07:41:16 db-1 sshd[412]: …". Its host and
		// tag are asked for: "set 12 10:00:00 as the cut-over" is prose.
		if t, n, ok = parseLocalBSD(line[i:], now, w); ok {
			hs := skipBlanks(line, i+n)
			ok = hs > i+n && tagAfterHost(line, blankAt(line, hs, false))
		}
	}
	if !ok && pri >= 0 && bsdShaped(line[i:]) {
		// An impossible date or clock (November 31, hour 25), as syslog parsers' test vectors
		// write: the record has no time, and its header is still read.
		t, n, ok = 0, len("Nov 29 07:41:16"), true
	}
	if !ok && i < len(line) && isAlpha(line[i]) {
		// Network devices add the year: "Nov 29 2026 07:41:16 fw01 : %ASA-6-302013: …".
		// Some write the month in full: "<34>January 1 22:14:15 mymachine postfix/smtpd[2000]: …".
		var d dateTime
		if readDateTime(line[i:], 0, now, w, &d) && (d.year != 0 && d.end > 19 && d.end < 26 || d.year == 0 && pri >= 0 && fullMonth(line[i:]) && d.end < 30) {
			t, n, ok = d.t, d.end, true
			yearly = d.year != 0
		}
	}
	if !ok {
		var rest []byte = line[i:]
		if len(rest) < 20 || rest[10] != 'T' && rest[10] != ' ' || rest[19] == ',' {
			return priOnly(line, i, now, w, rec, h) // a comma before the fraction is Java's, never a syslog daemon's
		}
		if t, n, ok = parseISO(rest, nil); !ok {
			return priOnly(line, i, now, w, rec, h)
		}
		if !zoned(rest[:n]) {
			// rsyslog's and journalctl's ISO stamps always carry a zone; a device that sends one
			// without, after a PRI, writes wall-clock time. A stored line without a PRI is a
			// syslog line only with a host and a tag with its pid, checked below: an
			// application's layout puts a thread or a logger there.
			t, bare = w.utc(t), pri < 0
			if bare && rest[10] != 'T' {
				return false
			}
		}
		if pri < 0 && rest[10] == 'T' && nanoFraction(rest[:n]) && !pidTag(line, wordEndAfter(line, i+n)) {
			// Nine digits of fraction are Go's RFC3339Nano, which Docker's and Kubernetes'
			// timestamps write before a program's own text: "…23.261353343Z Running from: …"
			// has no host and no tag. rsyslog and journald write six; a collector that writes
			// nine still names a program with its pid after the host.
			return false
		}
		precise = n == len("2026-12-03T13:06:57.806031+00:00") && rest[19] == '.' && rest[26] != 'Z' && zoned(rest[:n])
		n += zeroAfterZ(rest[n:], rest[n-1])
		iso = true
	}
	i += n
	if !iso && byteAt(line, i) == ' ' && abbrevEnd(line, i+1) > i+1 {
		// A device that writes its clock's zone and a colon after the time, where the host
		// would be: Cisco CIMC's "<186> Nov 29 01:41:20 CST: %CIMC-2-…". Without the colon the
		// word is a host's name ("CAT sshd[12]:"); read as a tag, the zone names no host.
		wall := w.wall(t)
		if off, e, known := zoneAbbrev(line, i+1, wall, w); known && byteAt(line, e) == ':' {
			t = wall - int64(off)*nsPerSec
		}
	}
	colonEnded := pri >= 0 && hasPrefixAt(line, i, ": ")
	if colonEnded {
		i++ // "<164>May 21 2008 10:50:11: %FWSM-4-…": a device that writes no host
	}
	// Some embedded senders put a tab between the header's fields, the host's and the tag's; a
	// stored line with tabs after its time is another format's columns (tac_plus' accounting,
	// Prosody's log), and a message after a tab starts with no host.
	tabs := pri >= 0 && byteAt(line, i) == '\t' && tagAfterHost(line, blankAt(line, i+1, true))
	if pri >= 0 && byteAt(line, i) == '\t' && !tabs {
		// A tab, then the message: an embedded sender that names no host and no program.
		h.msg = skipBlanks(line, i)
		*rec = Record{Time: t, Format: FormatRFC3164, Message: Span{int32(h.msg), int32(len(line))}}
		return true
	}
	if i >= len(line) || line[i] != ' ' && !tabs {
		if pri >= 0 && iso {
			return priOnly(line, i-n, now, w, rec, h) // an ISO time we cannot close: "…635322Z+0000"
		}
		return false
	}
	i = skipBlanks(line, i) // macOS's log show pads with two blanks
	// The host is a single word; a word ending in ':' or holding '[' is a tag with no host before it.
	hs, he := i, blankAt(line, i, tabs)
	word := line[hs:he]
	nilHost := pri >= 0 && len(word) == 1 && word[0] == '-'
	if nilHost {
		// A relay's NILVALUE for a host it does not know ("<13>Nov 29 07:41:16 - shopd[4120]:"):
		// no host, and the tag follows.
		i = skipBlanks(line, he)
		hs, he = i, blankAt(line, i, tabs)
		word = line[hs:he]
	}
	if len(word) > 11 && word[0] == '[' && epochBracket(word) {
		// OpenWrt's logread -t writes the Unix time in brackets between the time and the host:
		// "<30>Nov 29 07:41:16 [1795938076.123] ap-lobby dnsmasq[1]: …". Without a host and a
		// tag after it the bracket opens the message.
		ns := skipBlanks(line, he)
		if ne := blankAt(line, ns, tabs); tagAfterHost(line, ne) {
			i, hs, he, word = ns, ns, ne, line[ns:ne]
		}
	}
	if pri < 0 && (yearly && addrPort(word) || clockStart(word) || len(word) <= 4 && capitalJoiningWord(word) || javaClassName(word) && levelWordAt(line, he) || byteAt(word, 0) == '_' && classThenBracket(line, he)) {
		// A stored line's second word is no host when it is a client's address and port after
		// ctime and its year (OpenVPN's "… 2026 10.8.4.21:40112 TLS: …"), another clock
		// (Junos' flow trace, "Dec  3 09:12:01 09:12:01.411020:CID-0:RT: …") or a sentence's
		// first word (an SBC's "Nov 29 07:41:16.204 On [1:0]10.20.5.1:5060 received from …"),
		// nor a Java class's full name before its level (HomeMatic's hmserver.log, "Nov 29
		// 07:41:16 de.eq3.lib.util.dynamics.GenericFactory INFO  […"), nor a word no machine is
		// named by before such a class and its bracketed thread (Yamcs' "_global" instance, "Nov
		// 29 07:41:16.318 _global org.yamcs.YamcsServer [1] [INFO] …"). (log4j's SyslogAppender
		// writes the host there: "Nov 29 07:41:16 app01 com.example.OrderService [main] INFO".)
		return false
	}
	if ns, ne, ok := hostAfterPid(line, word, he); ok {
		hs, he, word = ns, ne, line[ns:ne] // libqb's "[pid] host program level": corosync, pacemaker 1.x
	}
	closing := 0 // the bracket around a host, after its name
	if pri >= 0 && bracketedHost(word) && tagAfterHost(line, he) {
		hs, he, word, closing = hs+1, he-1, word[1:len(word)-1], 1 // "<190>Nov 29 07:41:16 [10.20.0.7] dhcpd[4120]:"
	}
	facility, hasFacility := facilityLevel(word)
	if n := ubiquitiName(word); n > 0 {
		// UniFi devices name themselves with their MAC and firmware, and a colon, where the
		// host goes: "UAP-AC-Pro,f09fc2aabbcc,v4.3.20.11298: hostapd: …". The model is the host.
		h.host = Span{int32(hs), int32(hs + n)}
		i = skipBlanks(line, he)
	} else if len(word) == 0 || nilHost || colonEnded && !tagAfterHost(line, he) && (isUpperWord(word) || capitalized(word)) || isTagWord(word) || hasFacility || pri < 0 && eventWord(line, word, he) || addrPort(word) && !colonTagAfter(line, he) || eventHeader(word) || pri >= 0 && !iso && (looseLevel(word) || capitalJoiningWord(word)) || pri < 0 && uuid(word) && !colonTagAfter(line, he) {
		// A tag, logread's "daemon.info", an event's name or id (fmadm faulty's uuid, with no tag
		// after it, where a machine named by one has its program's) or a client's address and
		// port (HAProxy's timed format, "10.0.0.57:51234 [29/Nov/…]") where the host would be: no
		// host.
		// Nor a level word behind a PRI, as a sender that names no host wrote it ("<14>Dec  3
		// 13:07:02 error disk full"): the PRI's level, and the word is the message's; nor a
		// sentence's first word ("<30>Nov 29 07:41:17 The backup finished").
		he = hs
	} else {
		if looseLevel(word) || word[0] == '[' || word[0] == '-' || pri < 0 && (len(word) < 2 || !hostLike(word) && !slotHost(word) || bareNumber(word) || fileLine(word) || labelledNumber(word)) {
			return false // a stored line's host is a name or an address: "|DEBU|" is a column of the program's
		}
		h.host = Span{int32(hs), int32(hs + min(stackUnit(word), vsysName(word)))}
		if string(word) == unknownLocalhost {
			h.host = Span{} // the sender could not name its machine: the header's place, no host
		}
		i = skipBlanks(line, he+closing)
		// BusyBox's syslogd and OpenWrt's logread write the facility and level after the host:
		// "router kern.err kernel: …"; AIX's syslogd their names, "auth|security:info".
		if fs, fe := nextToken(line, i); fe > fs && line[fs] != '<' {
			if lvl, ok := facilityLevel(line[fs:fe]); ok {
				facility, hasFacility, dotted, i = lvl, true, true, skipBlanks(line, fe)
			} else if lvl, ok := namedFacilityLevel(line[fs:fe]); ok {
				facility, hasFacility, i = lvl, true, skipBlanks(line, fe)
			} else if lvl, ok := severityBeforeTag(line, fs, fe); ok {
				facility, hasFacility, i = lvl, true, skipBlanks(line, fe)
			} else if ss, se := nextToken(line, fe); se > ss && syslogFacility(line[fs:fe]) && isLowerWord(line[ss:se]) {
				// A collector's facility and severity columns, as syslog-ng's "$FACILITY $LEVEL"
				// templates write them, then the tag: "vm local0 emerg gotag[29472]: …". Without a
				// tag they are words of prose ("Delivered mail alert to 3 recipients").
				if lvl, ok := severityBeforeTag(line, ss, se); ok {
					facility, hasFacility, i = lvl, true, skipBlanks(line, se)
				}
			}
		}
	}
	if hasFacility && h.host.End == 0 {
		// The facility stands where the host would.
		i = skipBlanks(line, hs+len(word))
		if word[0] == '<' {
			// FreeBSD's "<auth.info> bsd01 sshd[4120]:": the host follows the bracket.
			if s, e := nextToken(line, i); e > s && hostLike(line[s:e]) && !isTagWord(line[s:e]) {
				h.host, i = Span{int32(s), int32(e)}, skipBlanks(line, e)
			}
		} else if host, ok := hostAfter(line, i); ok && hostName(host.Of(line)) {
			// AlliedWare Plus's "user.notice awplus-core IMI[1412]:": a host, then a tag.
			h.host, i = host, skipBlanks(line, int(host.End))
		} else if s, e := nextToken(line, i); pri >= 0 && iso && sender(line[s:e]) {
			// A collector's columns behind a PRI, the facility and then the sender: "<190>2026-11-29
			// 07:41:38 Local7.Info sw-01 …", the device's own header after them.
			h.host, i = Span{int32(s), int32(e)}, skipBlanks(line, e)
		}
	}
	if h.host.End > 0 && hasPrefixAt(line, i, forwardedFrom) {
		// AIX's syslogd on a log host writes a message it received after its own name: "loghost
		// Message forwarded from app02: sshd[4120]: …". The sender is the record's host.
		if s, e := nextToken(line, i+len(forwardedFrom)); e-s > 1 && line[e-1] == ':' && hostLike(line[s:e-1]) {
			h.host, i = Span{int32(s), int32(e - 1)}, skipBlanks(line, e)
		}
	}
	if h.host.End > 0 && pri >= 0 && iso && timedFormatWord(h.host.Of(line)) && !tagAt(line, i) && byteAt(line, i) != '%' {
		// HAProxy's "format timed", a PRI and a time before the message alone: "<1>2026-…
		// Server web/w1 is DOWN, …". Its first word is the message's when no tag and no
		// device's message id follows it.
		h.host, i = Span{}, hs
	}
	h.msg = i
	if h.host.End > 0 && byteAt(line, i) == ':' && byteAt(line, i+1) == ' ' && byteAt(line, i+2) == '%' {
		// Cisco ASA and FWSM with their year and a host name: "Nov 29 2026 07:41:16 fw01 :
		// %ASA-6-302013: …". The colon after a blank ends the header, and the message id follows.
		if _, ok := msgIDLevel(line, i+2); ok {
			h.msg = i + 2
			h.facility, h.hasFacility = facility, hasFacility
			*rec = Record{Time: t, Format: FormatRFC3164, Host: h.host, Message: Span{int32(h.msg), int32(len(line))}}
			return true
		}
	}
	if te, ok := scanTag(line, i, h); ok {
		if line[h.tag.Start] == '(' && isLevelWord(h.tag.Of(line)) {
			return false // Puppet's "Puppet (info): …": a level in parentheses, not a tag after a host
		}
		if tag := h.tag.Of(line); h.pid.End == 0 && h.host.End == 0 && len(tag) >= 4 && isAlpha(tag[0]) && tag[0] <= 'Z' {
			if lvl, ok := ParseLevel(tag); ok {
				h.tagLevel, h.tag = lvl, Span{} // Cisco ESA's "Sun Nov 29 07:41:16 2026 Info: …": a level, no program
			}
		}
		if _, isLevel := ParseLevel(h.tag.Of(line)); isLevel && yearly && pri < 0 && h.host.End > 0 && h.pid.End == 0 {
			// A word, then a level with its colon, after a ctime and its year: the text of a
			// program that stamps its own lines so, OpenVPN's "… 2026 TLS Error: …", "… 2026 VERIFY
			// ERROR: …", with no host before it.
			return false
		}
		if pri < 0 && h.pid.End == 0 && dnsZoneTag(h.tag.Of(line)) {
			return false // BIND's "zone example.test/IN: loaded serial 1": a zone and its class, no host and no tag
		}
		if lvl, ok := componentLevel(h.tag.Of(line)); ok && h.pid.End == 0 && h.tagLevel == Unknown {
			h.tagLevel = lvl // Lustre's "LNetError: 812:0:(…)", written as the tag on a console
		} else if lvl, ok := numberedLevelTag(h.tag.Of(line)); ok && h.pid.End == 0 && h.host.End == 0 {
			h.tagLevel = lvl
		} else if lvl, ok := dottedLevelName(h.tag.Of(line)); ok && h.pid.End == 0 && h.host.End == 0 {
			h.tagLevel = lvl // a name and its level as the tag, Fluentd's own events: "… +0100 fluent.warn: {…}"
		}
		h.msg = skipBlanks(line, te)
		if tag := h.tag.Of(line); h.host.End == 0 && h.pid.End == 0 && ipv4(tag) {
			h.host, h.tag = h.tag, Span{} // no program is named by an address: "10.30.0.2: %ACE-3-…"
		} else if h.host.End == 0 && h.pid.End == 0 && byteAt(line, h.msg) == '%' && deviceName(tag, line[h.msg+1:]) && !zoneAfterYear(line, int(h.tag.Start), tag) {
			if _, ok := msgIDLevel(line, h.msg); ok {
				h.host, h.tag = h.tag, Span{} // a device that names itself before its message id: "fw-2: %ASA-6-302021:"
			}
		}
	} else if te, ok := colonlessTag(line, i); ok && iso && !bare && h.host.End > 0 && (hostName(h.host.Of(line)) || precise && !sentenceOpening(h.host.Of(line)) || hasFacility) {
		// A zoned ISO time and a host, then a program with its pid and no colon, as Junos and
		// some relays' templates write it: "… access-sw1 dot1xd[1877] AUTHD_SESSION_START …",
		// and rsyslog's file format an RFC 5424 record's, after its own stamp (microseconds and a
		// numeric offset): "…57.806031+00:00 vm app[26996] msg". A plain word after another
		// time is more likely a program's ("…Z scheduler job[98] finished", "…+01:00 queue
		// job[1842] enqueued"), and a capitalized one a sentence's ("Received signal[15] from …").
		h.tag = Span{int32(i), int32(i + bytes.IndexByte(line[i:te], '['))}
		h.pid = Span{h.tag.End + 1, int32(te - 1)}
		h.msg = skipBlanks(line, te)
	} else if iso && !bare && h.host.End > 0 && ietfWithoutPRI(line[i:]) {
		// A relay's RFC 5424 record stored whole behind rsyslog's file header: "… vm 1
		// 2026-12-03T08:15:33.359007+00:00 vm app - - [sd] msg". The header's host is the record's.
	} else if s, e := nextToken(line, i); iso && !bare && h.host.End > 0 && string(line[s:e]) == string(h.host.Of(line)) {
		// The host written twice, as logger --hostname and a relay's header both put it: "… vm vm
		// app3164: …". The tag follows the second.
		if te, ok := scanTag(line, skipBlanks(line, e), h); ok {
			h.msg = skipBlanks(line, te)
		}
	} else if iso && !bare && h.host.End > 0 && hostName(h.host.Of(line)) && topics(line, i) {
		// RouterOS's topics after its address, as rsyslog's ISO template stores them:
		// "… 192.168.0.1 firewall,info input: …". They stay the message's first word.
	} else if iso && !bare && h.host.End > 0 && hostName(h.host.Of(line)) && deviceClockID(line, i) {
		// A device's own clock and its message id, with no tag, after a collector's ISO header:
		// "…+00:00 core-sw2 *Nov 29 07:41:17.118: %SPANTREE-4-…", as after a BSD one.
	} else if iso && !bare && h.host.End > 0 && hostName(h.host.Of(line)) && (panosRow(line, i) || precise && bracketedSender(line, i)) {
		// A firewall's CSV row after a collector's ISO header, or a program's bracketed name
		// before its tag after rsyslog's own high-precision one, as after a BSD header:
		// "…+00:00 pa-edge1 1,2026/11/29 07:41:16,0132…,SYSTEM,…", cloud-init's
		// "…07:41:16.204518+00:00 web01 [CLOUDINIT] util.py[DEBUG]: …".
	} else if iso && !bare && h.host.End > 0 && dotted {
		// A collector's facility and severity after the host ("… vm local3.alert j2app …"): a
		// syslog header whatever follows it.
	} else if pri < 0 && n > 19 && !emptyTag(line, h.host) {
		return false // an ISO-stamped line without a tag is more likely a layout line
	}
	if pri < 0 && iso && h.host.End == 0 && h.pid.End == 0 && isLevelWord(line[h.tag.Start:min(len(line), int(h.tag.End)+1)]) {
		return false // a level with its colon right after the time: a layout's, Knot's "…T04:18:06+0000 info: …"
	}
	if bare && !(hostName(h.host.Of(line)) || string(h.host.Of(line)) == "localhost") ||
		bare && !(digitsOnly(h.pid.Of(line)) && isAlphaAt(line, int(h.tag.Start)) || h.pid.End == 0 && bareProgram(h.tag.Of(line)) && machineName(h.host.Of(line))) {
		// "2026-…T07:41:16 GET /api/items[0]: 200", "localhost main[pool-1-thread-3]:"; a tag
		// without a pid is a program's name in lower case ("localhost sudo: …"), not a level
		// (RethinkDB's "0.060705s notice: …").
		return false
	}
	if pri < 0 && h.host.End > 0 && dottedLogger(h.host.Of(line)) && paddedLevelColumn(line, int(h.host.End)) {
		// A level padded to its column's width after a logger's dotted name: Python's
		// "%(name)s %(levelname)-8s" under a syslog-like time (Faucet's "Nov 29 07:41:16
		// faucet.valve INFO     DPID 2 …"). A machine's name before a padded level is its
		// host (Lenovo ENOS's "10.0.5.20 NOTICE  link: …", Python's SysLogHandler without an
		// ident: "raspberrypi INFO     sensor loop started").
		h.host = Span{}
	}
	h.facility, h.hasFacility = facility, hasFacility
	*rec = Record{Time: t, Format: FormatRFC3164, Host: h.host, Message: Span{int32(h.msg), int32(len(line))}}
	return true
}

// dottedLogger reports whether w is a logger's dotted name in lower case, a package and its module
// ("faucet.valve", "app.models"), and no machine's: no digit, and its last part no domain's.
func dottedLogger(w []byte) bool {
	d := bytes.LastIndexByte(w, '.')
	if d <= 0 || d == len(w)-1 {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c == '.' || c == '_') {
			return false
		}
	}
	switch last := w[d+1:]; {
	case hostDomain(last):
		return false
	case namedAs(last, "home", "intra", "localdomain", "example", "test", "arpa", "private"):
		return false // a home network's and a test's domains, which no package ends with either
	}
	return len(w)-d-1 > 3 // a country's domain has two letters, most others three
}

// paddedLevelColumn reports whether a level word in capitals follows line[:i], padded with blanks
// to a column of eight characters or more, as a logging layout's fixed-width field writes it.
func paddedLevelColumn(line []byte, i int) bool {
	s, e := nextToken(line, i)
	k := skipBlanks(line, e)
	if e == s || k < e+2 || k-s < 8 || k == len(line) || !isUpperWord(line[s:e]) {
		return false
	}
	_, ok := levelToken(line[s:e], true)
	return ok
}

// clockStart reports whether w opens with a time of day and its fraction, "09:12:01.411020".
func clockStart(w []byte) bool {
	h, m, s, _, _, ok := clockAt(w, 0)
	return ok && h < 24 && m < 60 && s < 61 && byteAt(w, 8) == '.' // with its fraction: a MAC address's "00:11:22:…" is a host
}

// slotHost reports whether w names a blade of a chassis and its host, as F5's VIPRION writes the
// host of a clustered system: "slot1/bigip-a.example.net".
func slotHost(w []byte) bool {
	n, k := digitRun(w, len("slot"))
	if !bytes.HasPrefix(w, []byte("slot")) || k == 0 || n > 32 || byteAt(w, 4+k) != '/' {
		return false
	}
	name := w[5+k:]
	return len(name) > 1 && hostLike(name) && isAlnum(name[0])
}

// bsdShaped reports whether b opens with a word spelled as RFC 3164's TIMESTAMP, "Mmm dd
// hh:mm:ss" or "Mmm  d hh:mm:ss", and a blank, whatever its numbers say.
func bsdShaped(b []byte) bool {
	if len(b) < 16 || b[3] != ' ' || b[6] != ' ' || b[9] != ':' || b[12] != ':' || b[15] != ' ' {
		return false
	}
	if _, isMonth := month(b, 0); !isMonth || !isDigit(b[5]) || b[4] != ' ' && !isDigit(b[4]) {
		return false
	}
	for _, k := range [...]int{7, 8, 10, 11, 13, 14} {
		if !isDigit(b[k]) {
			return false
		}
	}
	return true
}

// eventHeader reports whether the word where the host would be opens a CEF or LEEF record, as a
// sender that names no host writes it: "<12>Nov 29 2026 07:41:16 UTC CEF:0|Claroty|CTD|…".
func eventHeader(word []byte) bool {
	return hasPrefixAt(word, 0, "CEF:") || hasPrefixAt(word, 0, "LEEF:")
}

// eventWord reports whether the word where a stored line's host would be, line[:he], is the name
// of the event its pairs describe: a capitalized past participle before a key=value pair, as
// Peplink writes "Nov 29 07:41:18 Denied CONN=Ethernet WAN SRC=…" (Allowed, Dropped, Blocked). A
// host before pairs is named as machines are ("fw01 date=…", "Gateway action=drop …").
func eventWord(line, word []byte, he int) bool {
	if !capitalized(word) || len(word) < 5 || !bytes.HasSuffix(word, []byte("ed")) {
		return false
	}
	s, e := nextToken(line, he)
	k := bytes.IndexByte(line[s:e], '=')
	return k > 0 && isAlpha(line[s])
}

// severityBeforeTag reads the severity a sender writes between its host and the program's tag,
// when a tag follows: BIG-IP's "bigip01 notice mcpd[4120]:" (a syslog severity's name in lower
// case) and SR Linux's "leaf1 local6|NOTI sr_app_mgr:" (the facility and the severity between a
// bar). Without a tag after it, the word is the message's.
func severityBeforeTag(line []byte, s, e int) (Level, bool) {
	w := line[s:e]
	var lvl Level
	var ok bool
	if k := bytes.IndexByte(w, '|'); k > 0 {
		if syslogFacility(w[:k]) {
			lvl, ok = ParseLevel(w[k+1:])
		}
	} else if len(w) >= 3 && (isLowerWord(w) || isUpperWord(w)) {
		lvl, ok = ParseLevel(w) // SONiC's template writes it in capitals: "sonic-sw1 NOTICE swss#orchagent: …"
	}
	if !ok {
		return Unknown, false
	}
	var tag bsdHeader
	_, tagged := scanTag(line, skipBlanks(line, e), &tag)
	return lvl, tagged
}

// bracketedHost reports whether the word in a received header's host place is a host's name or
// address in square brackets, as some devices send it (rsyslog reads it so with
// permit.squareBracketsInHostname): "[10.20.0.7]", "[fe80::1]", "[sw4.example.net]". A plain word
// in brackets there is more likely a thread's, an uptime's or a level's: "[main]", "[worker-2]".
func bracketedHost(w []byte) bool {
	n := len(w)
	if n < 3 || w[0] != '[' || w[n-1] != ']' {
		return false
	}
	return addressOrDomain(w[1 : n-1])
}

// addressOrDomain reports whether w is an IPv4 or IPv6 address or a name with a domain whose last
// label is letters ("sw4.example.net"): a kernel's "[12346.000001]", a thread's "[worker-2]" or
// "[pool-1-thread-3]", a version's "v1.2.3" and a facility's "daemon.err" are none.
func addressOrDomain(w []byte) bool {
	if len(w) < 3 || !hostLike(w) {
		return false
	}
	if bytes.Count(w, []byte{':'}) >= 2 {
		return hexAndColons(w) // IPv6
	}
	if bytes.IndexByte(w, ':') >= 0 {
		return false
	}
	dot := bytes.LastIndexByte(w, '.')
	if dot < 0 {
		return false
	}
	if digitsOnly(w[dot+1:]) {
		return ipv4(w)
	}
	if _, ok := facilityLevel(w); ok {
		return false
	}
	return len(w)-dot > 2 && isAlphaWord(w[dot+1:])
}

// ipv4 reports whether w is four dotted numbers of at most 255.
func ipv4(w []byte) bool {
	i := 0
	for part := 0; part < 4; part++ {
		if part > 0 {
			if byteAt(w, i) != '.' {
				return false
			}
			i++
		}
		v, n := digitRun(w, i)
		if n == 0 || n > 3 || v > 255 {
			return false
		}
		i += n
	}
	return i == len(w)
}

// forwardedFrom opens what AIX's syslogd writes of a message another host sent it.
const forwardedFrom = "Message forwarded from "

// javaClassName reports whether w is a Java class's full name: packages in lower case, then the
// class's name in CamelCase ("de.eq3.lib.util.GenericFactory"). A host's last label is in lower
// case, in capitals or capitalized.
func javaClassName(w []byte) bool {
	d := bytes.LastIndexByte(w, '.')
	if d < 3 || bytes.IndexByte(w[:d], '.') < 0 || d+2 >= len(w) {
		return false
	}
	class := w[d+1:]
	if class[0] < 'A' || class[0] > 'Z' || !hasLower(class) || !hasUpper(class[1:]) {
		return false // (one capital: a Windows domain's label, "dc01.ad.Contoso")
	}
	for _, c := range w[:d] {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '.' || c == '_') {
			return false
		}
	}
	for _, c := range class {
		if !isAlnum(c) && c != '$' {
			return false
		}
	}
	return true
}

// classThenBracket reports whether the words after line[e] are a Java class's full name and a
// bracket, as a Java layout writes its logger and its thread.
func classThenBracket(line []byte, e int) bool {
	s, ce := nextToken(line, e)
	return ce > s && javaClassName(line[s:ce]) && byteAt(line, ce) == ' ' && byteAt(line, ce+1) == '['
}

// tagAfterHost reports whether the word a header's host would be, ending at line[e], is followed
// by a tab or by the program's tag ("host1\tapp:", "host1 app[12]:"), as a host is; a message's
// first word is followed by its second ("connection from 10.0.0.1 …").
func tagAfterHost(line []byte, e int) bool {
	if byteAt(line, e) == '\t' {
		return true
	}
	s, te := nextToken(line, e)
	return te > s && isTagWord(line[s:te])
}

// blankAt returns the index of the first blank (or tab, with tabs) at or after line[i], or
// len(line).
func blankAt(line []byte, i int, tabs bool) int {
	for i < len(line) && line[i] != ' ' && (!tabs || line[i] != '\t') {
		i++
	}
	return i
}

// labelledNumber reports whether w is a process's or a connection's number under its label,
// "pid:4120" (iRODS), "conn:12": a field of the program's, where "localhost:514" is a host and its
// port.
func labelledNumber(w []byte) bool {
	k := bytes.IndexByte(w, ':')
	if k <= 0 || k+1 >= len(w) || !digitsOnly(w[k+1:]) {
		return false
	}
	switch string(w[:k]) {
	case "pid", "ppid", "tid", "thread", "conn", "session", "job", "rank", "worker", "proc":
		return true
	}
	return false
}

// fileLine reports whether w is a source file and its line, "main.c:412", which a program's own
// layout writes after its time where a syslog line has its host (Arkime's capture).
func fileLine(w []byte) bool {
	k := bytes.LastIndexByte(w, ':')
	d := bytes.LastIndexByte(w[:max(k, 0)], '.')
	if k <= 0 || d <= 0 || k+1 >= len(w) || !digitsOnly(w[k+1:]) {
		return false
	}
	switch string(w[d+1 : k]) { // a source file's extension, where a host's name has its domain
	case "c", "h", "cpp", "hpp", "go", "java", "js", "rb", "kt", "swift", "php", "lua", "scala": // not a country's domain (.pl, .py, .rs, .cc)
		return true
	}
	return false
}

// angledNumber reports whether tok is a number in angle brackets, as ArubaOS writes its message
// id before its level: "stm[3201]: <501093> <NOTI> …".
func angledNumber(tok []byte) bool {
	return len(tok) > 2 && tok[0] == '<' && tok[len(tok)-1] == '>' && digitsOnly(tok[1:len(tok)-1])
}

// level finds the level of a line scan3164Header read: a message id that opens the message, the
// PRI, a level written with the tag or in the host's place, then one in the message's own words.
func (h *bsdHeader) level(line []byte) Level {
	id := h.idStart(line)
	if lvl, ok := openingIDLevel(line, id); ok {
		// A message that opens with its id: the id's digit is the event's own severity. NX-OS
		// sends every message with the PRI of the server's configured level ("<181>… %PFMA-2-…").
		return lvl
	}
	if h.pri < 0 && h.tag.End > 0 && int(h.tag.End) < len(line) {
		if lvl, ok := moduleID(line[h.tag.Start : h.tag.End+1]); ok {
			return lvl // Comware's and VRP's bare id as the tag: "… 2026 sw-04 DEV/3/FAN_ABSENT: …"
		}
	}
	switch {
	case h.pri >= 0:
		return LevelFromSyslog(h.pri & 7)
	case h.tagLevel != Unknown:
		return h.tagLevel
	case h.hasFacility:
		return h.facility
	}
	if h.tag.End > 0 && h.pid.End > h.tag.End {
		if lvl, ok := fluxTagLevel(line[h.tag.Start:min(len(line), int(h.pid.End)+2)]); ok {
			return lvl // Flux's component and level as the tag, its rank as the pid: "… sched-simple.debug[0]: …"
		}
	}
	if lvl, ok := solarisLevel(line, h.msg); ok {
		return lvl // Solaris' message id: "[ID 800047 auth.info] …"
	} else if lvl, ok := cronWordLevel(line, h.msg); ok {
		return lvl
	} else if lvl, ok := kernelComponentLevel(line, h); ok {
		return lvl
	} else if lvl, _, _, ok := glibHeader(line, h.msg); ok {
		return lvl // a GNOME program's stderr: "(gnome-shell:2210): Gjs-WARNING **: …"
	} else if lvl, ok := ownPidLevel(line, h); ok {
		return lvl // ngIRCd's console header behind its tag: "ngircd[4312]: [4312:6 1233] Accepted …"
	} else if lvl, ok := messageLevel(line, h.msg); ok {
		return lvl
	} else if lvl, ok := stampedMessageLevel(line, h.msg); ok {
		return lvl // a program's own time and level behind its tag: Tor's "Nov 29 07:41:16.512 [notice] …"
	} else if lvl, ok := tagLabelLevel(line, h); ok {
		return lvl // the label where the tag would be: iDRAC's "idrac-7XK9Q13 Severity: Warning, Category: …"
	} else if lvl, ok := msgIDLevel(line, id); ok {
		return lvl // network devices: "%ASA-4-106023:", "%LINK-3-UPDOWN:"
	} else if lvl, ok := pairLevel(line[h.msg:]); ok {
		return lvl // a key=value message: dockerd's time="…" level=info msg="…"
	} else if lvl, ok := labelLevel(line[h.msg:]); ok {
		return lvl // a labelled field: BayRS's "… SLOT:3 SEVERITY:Warning ENTITY_CODE/…"
	} else if lvl, ok := csvFieldLevel(line[h.msg:]); ok {
		return lvl // a CSV message: PAN-OS's severity column
	} else if lvl, _, ok := loneLevel(line, h.msg, true); ok {
		return lvl // an application's own layout in the message: "2026-… [main] c.e.Svc ERROR …"
	} else if lvl, ok := compilerTagLevel(line, h); ok {
		return lvl // a compiler's origin taken for the tag: "…Z Cart.cs(41,27): warning CS8602: …"
	} else if lvl, ok := numberedMessageID(line, h.msg); ok {
		return lvl
	}
	return Unknown
}

// dottedLevelName reads a name whose last dotted part is a level's full name in lower case, as
// Fluentd tags its own events ("fluent.warn", which out_stdout writes where a syslog tag stands)
// and Flux names its components' messages ("sched-simple.debug", see fluxTagLevel).
func dottedLevelName(name []byte) (Level, bool) {
	dot := bytes.LastIndexByte(name, '.')
	if dot < 1 || !isLowerWord(name[dot+1:]) {
		return Unknown, false
	}
	return fullLevelName(name[dot+1:])
}

// numberedLevelTag reads the level EmulationStation writes as its LogLevel's number where a
// syslog line's tag would be, after its time: "Nov 29 07:41:16 lvl2: \tParsing XML file …", 0
// an error, 1 a warning, 2 information, 3 debug.
func numberedLevelTag(tag []byte) (Level, bool) {
	if len(tag) != 4 || string(tag[:3]) != "lvl" {
		return Unknown, false
	}
	switch tag[3] {
	case '0':
		return Error, true
	case '1':
		return Warn, true
	case '2':
		return Info, true
	case '3':
		return Debug, true
	}
	return Unknown, false
}

// numberedMessageID reads the severity letter of the IBM message id that IBM Integration Bus and
// App Connect write after a message's part number: "IBM Integration Bus v100011 (NODE.server)
// [Thread 41244] (Msg 2/2) BIP2230E: …".
func numberedMessageID(line []byte, i int) (Level, bool) {
	if !hasPrefixAt(line, i, "IBM ") {
		return Unknown, false // (its product's name opens the message: most messages pay one look)
	}
	k := bytes.Index(line[i:min(len(line), i+160)], []byte("(Msg "))
	if k < 0 {
		return Unknown, false
	}
	c := indexByteFrom(line[:min(len(line), i+k+16)], ')', i+k)
	if c < 0 {
		return Unknown, false
	}
	s, e := nextToken(line, c+1)
	if e-s < 8 || line[e-1] != ':' {
		return Unknown, false
	}
	return ibmIDLevel(line, s, e)
}

// cronWordLevel reads the level word Debian's cron writes in lower case after the user in
// parentheses, its details in parentheses after it: "(CRON) error (grandchild #4120 failed with
// exit status 1)", "(CRON) info (No MTA installed, discarding output)".
func cronWordLevel(line []byte, i int) (Level, bool) {
	if byteAt(line, i) != '(' {
		return Unknown, false
	}
	u := indexByteFrom(line[:min(len(line), i+40)], ')', i)
	if u < 0 || byteAt(line, u+1) != ' ' {
		return Unknown, false
	}
	s, e := nextToken(line, u+1)
	if !hasPrefixAt(line, e, " (") || !isLowerWord(line[s:e]) {
		return Unknown, false
	}
	switch string(line[s:e]) {
	case "error":
		return Error, true
	case "info":
		return Info, true
	}
	return Unknown, false
}

// namedFacilityLevel reads the facility and priority AIX's syslogd writes after the host, each
// with its other names after a bar: "auth|security:info", "user:err|error", "daemon:warn|warning".
func namedFacilityLevel(tok []byte) (Level, bool) {
	k := bytes.IndexByte(tok, ':')
	if k < 3 || k > 24 || k == len(tok)-1 {
		return Unknown, false
	}
	for f := tok[:k]; ; {
		b := bytes.IndexByte(f, '|')
		if b < 0 {
			if !syslogFacility(f) {
				return Unknown, false
			}
			break
		}
		if !syslogFacility(f[:b]) {
			return Unknown, false
		}
		f = f[b+1:]
	}
	name := tok[k+1:]
	if b := bytes.IndexByte(name, '|'); b > 0 {
		name = name[:b]
	}
	if !isLowerWord(name) {
		return Unknown, false
	}
	return ParseLevel(name)
}

// groupEnd returns the end of the bracketed group whose first word is line[s:e]: the word that
// closes it, within three words, or e when none does.
func groupEnd(line []byte, s, e int) int {
	for k, j := 0, e; k < 3 && line[j-1] != ']'; k++ {
		ns, ne := nextToken(line, j)
		if ns == ne {
			return e
		}
		if line[ne-1] == ']' {
			return ne
		}
		j = ne
	}
	return e
}

// openingIDLevel reads the severity of a message id that opens the message at line[i:], and only
// then: the check costs a byte on the lines of every other syslog sender.
func openingIDLevel(line []byte, i int) (Level, bool) {
	if byteAt(line, i) != '%' {
		return Unknown, false
	}
	return msgIDLevel(line, i)
}

// idStart is where a network device's message id may start: the message, or the tag when the id
// stands in its place (NX-OS's "2026 Nov 29 07:41:16 nx01 %ETHPORT-5-IF_DOWN: …").
func (h *bsdHeader) idStart(line []byte) int {
	if h.tag.End > 0 && line[h.tag.Start] == '%' {
		return min(h.msg, int(h.tag.Start))
	}
	return h.msg
}

// solarisLevel reads the facility and level that Solaris and illumos write in the message id
// opening the message: "[ID 107833 kern.warning] WARNING: …".
func solarisLevel(line []byte, i int) (Level, bool) {
	if !hasPrefixAt(line, i, "[ID ") {
		return Unknown, false
	}
	_, n := digitRun(line, i+4)
	j := i + 4 + n
	if n == 0 || byteAt(line, j) != ' ' {
		return Unknown, false
	}
	end := indexByteFrom(line[:min(len(line), j+24)], ']', j)
	if end < 0 {
		return Unknown, false
	}
	return facilityLevel(line[j+1 : end])
}

// looseLevel reports whether w is a level's name in any spelling, marked or not.
func looseLevel(w []byte) bool {
	_, ok := levelToken(w, false)
	return ok
}

// isLevelWord reports whether w is a marked or upper-case level word.
func isLevelWord(w []byte) bool {
	_, ok := levelToken(w, true)
	return ok
}

// hostAfterPid reads the host that libqb's log format (corosync, pacemaker 1.x) writes after a
// bracketed pid: "[1155] node1 corosync notice  [TOTEM ] …", "[1822] node1 crmd:   notice: …". The
// words after the host must be a program (or its tag) and a level, so that a message that merely
// starts with a bracketed number ("[1155] Running script: …") gives no host.
func hostAfterPid(line, word []byte, e int) (int, int, bool) {
	if len(word) < 3 || word[0] != '[' || word[len(word)-1] != ']' {
		return 0, 0, false
	}
	if _, ok := atoi(word[1 : len(word)-1]); !ok {
		return 0, 0, false
	}
	hs, he := nextToken(line, e)
	ps, pe := nextToken(line, he)
	if hs == he || ps == pe || !hostLike(line[hs:he]) || !isAlpha(line[hs]) {
		return 0, 0, false
	}
	prog := line[ps:pe]
	if prog[len(prog)-1] == ':' {
		prog = prog[:len(prog)-1]
	}
	ls, le := nextToken(line, pe)
	lvl := line[ls:le]
	if n := len(lvl); n > 1 && lvl[n-1] == ':' {
		lvl = lvl[:n-1]
	}
	if _, ok := ParseLevel(lvl); !ok || len(lvl) < 4 || len(prog) == 0 || !tagLike(prog) {
		return 0, 0, false
	}
	return hs, he, true
}

// kernelComponentLevel reads the level of a kernel message that a component opens with its name
// joined to Error or Warning: "kernel: LustreError: 812:0:(…)". Only the kernel's: a program's
// "KeyError:" is the name of an exception it reports.
func kernelComponentLevel(line []byte, h *bsdHeader) (Level, bool) {
	if string(h.tag.Of(line)) != "kernel" {
		return Unknown, false
	}
	if drmError(line[h.msg:]) {
		return Error, true
	}
	return componentOpening(line, h.msg)
}

// componentOpening reads a component's name joined to its level ("LustreError:", "LNetError:")
// opening the message at line[i:], behind the kernel's uptime in brackets if it has one.
func componentOpening(line []byte, i int) (Level, bool) {
	s, e := nextToken(line, i)
	var uptime []byte
	if byteAt(line, s) == '[' {
		// The uptime, padded inside its brackets: "[    4.120512]".
		c := indexByteFrom(line[:min(len(line), s+24)], ']', s)
		if c < 0 {
			return Unknown, false
		}
		uptime = trimSpace(line[s+1 : c])
		s, e = nextToken(line, c+1)
	}
	// "NoError:", "IOError:": a component's name has four letters at least. The cheap checks
	// come first: most kernel messages open with a driver's name in lower case.
	if e-s < len("LNetError:") || line[e-1] != ':' || line[s] < 'A' || line[s] > 'Z' {
		return Unknown, false
	}
	if uptime != nil && (len(uptime) == 0 || !numberWord(uptime)) {
		return Unknown, false
	}
	return componentLevel(line[s : e-1])
}

// drmError reports whether a kernel message is the graphics drivers' error, which DRM marks
// after its prefix: "[drm:amdgpu_job_timedout [amdgpu]] *ERROR* ring gfx timeout", "i915
// 0000:00:02.0: [drm] *ERROR* CPU pipe A FIFO underrun", with or without the kernel's uptime
// before it.
func drmError(msg []byte) bool {
	head := msg[:min(len(msg), 96)]
	d := bytes.Index(head, []byte("[drm"))
	return d >= 0 && bytes.Contains(head[d:], []byte("] *ERROR* "))
}

// categoryWord reports whether tok, the first word of a syslog message, spells a level only by
// chance: ntpsec's event classes ("CONFIG: line 8 …", "LOG: switching logging …", beside "INIT:"
// and "IO:"), where PostgreSQL's LOG has two blanks after its colon; a sentence's NOT before a
// word in lower case ("NOT using IPv6 for outgoing queries").
func categoryWord(line, tok []byte, e int) bool {
	switch string(tok) {
	case "CONFIG:":
		return true
	case "LOG:":
		return byteAt(line, e+1) != ' '
	case "NOT":
		return isLowerAt(line, e+1)
	}
	return false
}

// pipedPriorityName reads a syslog priority as syslog.h names it, LOG_ERR or LOG_WARN, between
// pipes after an event's number among a token's fields: no text but a severity is spelled so.
func pipedPriorityName(tok []byte) (Level, bool) {
	at := bytes.Index(tok, []byte("|LOG_"))
	if at < 1 || !isDigit(tok[at-1]) {
		return Unknown, false // after an event's number: a mask lists names one after another ("LOG_ERR|LOG_WARNING")
	}
	name := tok[at+5:]
	end := bytes.IndexByte(name, '|')
	if end < 3 {
		return Unknown, false
	}
	return ParseLevel(name[:end])
}

// stampedMessageLevel reads the level after the time a program writes first in its message, as
// its own log file has them, behind the syslog header its stdout was given (Tor's, through the
// journal). Only a message opening as a date or an epoch does, or with a month's or a weekday's
// name, is looked at: most open otherwise (postfix's queue id "4F2A1B: …"), and pay no search.
func stampedMessageLevel(line []byte, i int) (Level, bool) {
	_, n := digitRun(line, i)
	switch c := byteAt(line, i+n); {
	case n == 0 && monthOrWeekday(line, i) == 0:
		return Unknown, false
	case (n == 2 || n == 4) && c != '-' && c != '/' && c != '.' && c != ':':
		return Unknown, false // a date's or a clock's first field
	case n == 10 && c != '.' && c != ' ':
		return Unknown, false // an epoch
	case n != 0 && n != 2 && n != 4 && n != 10:
		return Unknown, false
	}
	return namedLevelAfterStamp(line[i:])
}

// namedLevelAfterStamp reads the level a program's own line names in full right after the time
// it opens with, a pid column allowed between: "Nov 29 07:41:57.512 [notice] …", oslo.log's "…
// 07:41:16.480 2211 WARNING …"; in capitals, a bracket or before a colon. A short or clipped word
// there ("NOT", "WAR") is a message's as often, and is not read.
func namedLevelAfterStamp(line []byte) (Level, bool) {
	s, ok := locate(line[:min(len(line), locateWindow)], maxPlausible, &wallClock{})
	if !ok || s.start != 0 {
		return Unknown, false
	}
	ts, te := nextToken(line, afterStamp(line, s.end))
	for k := 0; k < 2 && te > ts; k++ {
		w := bytes.TrimSuffix(line[ts:te], []byte(":"))
		marked := len(w) < te-ts // a colon after it
		if len(w) > 2 && w[0] == '[' && w[len(w)-1] == ']' {
			w, marked = w[1:len(w)-1], true
		}
		if lvl, ok := fullLevelName(w); ok && (marked || isUpperWord(w)) {
			return lvl, true // (a bare word in lower case is a sentence's: qmail's "1795938076.413010 info msg 41207: …")
		}
		switch {
		case te-ts <= 10 && digitsOnly(line[ts:te]):
			ts, te = nextToken(line, te) // a pid column
		case line[ts] == '[':
			ts, te = nextToken(line, groupEnd(line, ts, te)) // a thread's name: "[MainThread] DEBUG"
		default:
			return Unknown, false
		}
	}
	return Unknown, false
}

// stunnelLevel reads the syslog digit stunnel writes before its connection's id as its message's
// first word: "LOG5[41]:", "LOG3[ui]:", stunnel 4's "LOG5[3310:140211875694080]:". The id is
// numbers or a word of stunnel's own ("ui", "main", "cron"); a name with a dash or a digit in it
// ("LOG3[db-01]:") is another program's.
func stunnelLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 8 || tok[0] != 'L' || tok[4] != '[' || tok[n-2] != ']' || tok[n-1] != ':' || !hasPrefixAt(tok, 0, "LOG") || tok[3] < '0' || tok[3] > '7' {
		return Unknown, false
	}
	if id := tok[5 : n-2]; !digitsAmong(id, ':', ':') && !isLowerWord(id) {
		return Unknown, false
	}
	return LevelFromSyslog(int(tok[3] - '0')), true
}

// fullLevelName reads a level's whole name, in any case.
func fullLevelName(w []byte) (Level, bool) {
	for _, name := range [...]string{"debug", "info", "notice", "warn", "warning", "err", "error", "crit", "critical", "fatal", "alert", "emerg", "trace"} {
		if bytes.EqualFold(w, []byte(name)) {
			return ParseLevel(w)
		}
	}
	return Unknown, false
}

// messageLevel reads a level word that a program writes first in its syslog message ("error:",
// "<warn>", "[WARNING]"), or after number and bracket columns, RouterOS's topics, or the level
// after a program name that wrote no tag (see afterProgram); a second word after a plain one
// ("Configuration Notice:") is prose.
func messageLevel(line []byte, i int) (Level, bool) {
	s, e := nextToken(line, i)
	if s == e {
		return Unknown, false
	}
	// (Each looked for only where its first word can open it: most messages open otherwise.)
	if c := line[s]; (c == 'O' || c == 'J' || c == '(' || line[e-1] == ':' && isDigit(byteAt(line, e-2))) && warningCategory(line[s:]) {
		return Warn, true // a JVM's "OpenJDK 64-Bit Server VM warning: …", Python's "app.py:41: DeprecationWarning: …"
	}
	if line[e-1] == ':' && byteAt(line, e+1) == '[' && programLevel(line[s:]) {
		// The program's own name and level, as nginx writes them to stderr when systemd starts
		// it: "nginx[1234]: nginx: [emerg] bind() … failed".
		_, e := nextToken(line, s)
		close := indexByteFrom(line, ']', e+2)
		return ParseLevel(line[e+2 : close])
	}
	for k := 0; k < 4; k++ {
		tok := line[s:e]
		// A lone separator between columns, as coturn writes its empty session's: "0: : ERROR: …".
		if numberColumn(tok) || len(tok) > 2 && tok[0] == '{' && tok[len(tok)-1] == '}' || angledNumber(tok) || len(tok) == 1 && (tok[0] == ':' || tok[0] == '|') && k > 0 ||
			k == 0 && tok[len(tok)-1] == ':' && fileLine(tok[:len(tok)-1]) || // Go's log with Lshortfile: "grpc_common.go:167: WARNING: …"
			k > 0 && sessionPairs(tok) { // PostgreSQL's prefix as pgBadger asks it: "[4-1] user=app,db=shop,app=psql,client=10.0.0.5 ERROR:  …"
			if s, e = nextToken(line, e); s == e {
				return Unknown, false
			}
			continue // "[123456.789012]", "[2156]", netatalk's "{afp_dsi.c:412}": a column before the level, never one
		}
		if k == 0 && categoryWord(line, tok, e) {
			return Unknown, false
		}
		if lvl, ok := levelToken(tok, true); ok {
			return lvl, true
		}
		if k == 0 && hasPrefixAt(line, e, "  ") && capitalized(tok) && len(tok) >= 4 {
			if lvl, ok := paddedColumnLevel(tok); ok {
				return lvl, true // a level column padded to its width: Barracuda CloudGen's "box_Firewall:  Info     cgf-br03 …"
			}
		}
		if lvl, ok := apacheModuleLevel(tok); ok && k == 0 {
			return lvl, true
		}
		if lvl, ok := stunnelLevel(tok); ok && k == 0 && bytes.HasPrefix(tagBefore(line, i), []byte("stunnel")) {
			return lvl, true
		}
		if k == 0 && string(tok) == "NOTIFY:" && string(tagBefore(line, i)) == "racoon" {
			return Notice, true // racoon's (ipsec-tools') notice; elsewhere NOTIFY is a SIP request's method
		}
		if k == 0 && nutDebug(tok) && bytes.Contains(tagBefore(line, i), []byte("ups")) {
			return Debug, true // NUT's upsd, upsmon, usbhid-ups: "upsd[881]: [D1] …"
		}
		if lvl, ok := moduleSeverity(tok); ok && k == 0 && string(tagBefore(line, i)) == "a10logd" {
			return lvl, true // A10's ACOS: "a10logd: [HMON]<3> SLB server … is down"
		}
		if lvl, ok := letterBeforeThread(line, tok, e); ok && k == 0 {
			return lvl, true // PulseAudio's "W: [pulseaudio] …"
		}
		if len(tok) == 2 && tok[0] == '[' && byteAt(line, e) == ' ' && isDigitAt(line, e+1) && k == 0 {
			if lvl, ok := alphabetLevel(tok[1], "DIWEC"); ok {
				return lvl, true // Tornado's letter before its time, JupyterHub's in the journal: "[I 2026-11-29 07:52:49.240 JupyterHub …]"
			}
		}
		if len(tok) > 6 && string(tok[:4]) == "LOG_" && isUpperWord(tok[4:]) && k == 0 {
			return ParseLevel(tok[4:]) // a priority as syslog.h names it: blobfuse2's "LOG_WARNING [file_cache.go (1188)]:"
		}
		if lvl, ok := letterBeforeSentence(line, tok, e); ok && k == 0 {
			return lvl, true // fishnet's "D: Started worker 3.", apt's "E: Unable to locate package …"
		}
		if lvl, ok := fluxTagLevel(tok); ok && k == 0 {
			return lvl, true // Flux's behind the broker's own tag: "flux[3120]: broker.info[0]: …"
		}
		if lvl, ok := gluedOrGrouped(tok); ok {
			return lvl, true // "[mgmtd.NOTICE]:"
		}
		if lvl, ok := pipedPriorityName(tok); ok && k == 0 {
			return lvl, true // AOS-CX's events: "Event|403|LOG_INFO|AMM|1/1|Link status …"
		}
		if tok[0] == '{' && k == 0 {
			// A braced prefix of words: Kamailio's log_prefix, the message's ids before its level,
			// "{1 1 INVITE 4b1e9c2a@10.40.0.7} INFO: <script>: …".
			if c := indexByteFrom(line[:min(len(line), s+96)], '}', e-1); c > 0 && byteAt(line, c+1) == ' ' {
				if s, e = nextToken(line, c+1); s == e {
					return Unknown, false
				}
				continue
			}
		}
		if tok[0] == '[' && k < 3 {
			// A bracketed group of ids or a source location is a column before the level too:
			// SEMS's "[#7f27b44c5700] [onSipReply, AmSession.cpp:1112] WARNING:  …".
			if s, e = nextToken(line, groupEnd(line, s, e)); s == e {
				return Unknown, false
			}
			continue
		}
		if lvl, ok := wordBeforeTag(line, tok, e); ok {
			return lvl, true // F5's "warning tmm1[4120]:"
		}
		if _, ok := debugDepth(line, tok, e); ok && k == 0 {
			return Debug, true // BIND's "resolver: debug 3: fetch: …"
		}
		if k == 0 && len(tok) > 2 && tok[0] == '(' && tok[len(tok)-1] == ')' {
			// Apple's log show --style syslog: the sender in parentheses, then the message type
			// in angle brackets, "(SkyLight) <Fault> …", "(libsystem_info.dylib) <Info> …".
			if ns, ne := nextToken(line, e); ne-ns > 2 && line[ns] == '<' && line[ne-1] == '>' {
				if lvl, ok := appleLevel(line[ns+1 : ne-1]); ok {
					return lvl, true
				}
				if lvl, ok := levelToken(line[ns:ne], true); ok {
					return lvl, true
				}
			}
		}
		if k == 0 {
			if lvl, ok := topicLevel(tok); ok {
				return lvl, true // RouterOS's "system,error,critical"
			}
			if tok[len(tok)-1] != ':' && tagLike(tok) {
				ns, ne, lvl, more := afterProgram(line, tok, e)
				if !more {
					return lvl, lvl != Unknown
				}
				s, e = ns, ne
				continue
			}
		}
		if k == 0 && len(tok) > 2 && tok[len(tok)-1] == ':' && (tagLike(tok[:len(tok)-1]) || processTag(tok[:len(tok)-1])) {
			// The program's name again, then its level: Slurm's "slurmd: fatal: …", OpenSSH's
			// "sshd: error: …".
			if ns, ne := nextToken(line, e); ne-ns > 2 && line[ne-1] == ':' {
				if lvl, ok := levelToken(line[ns:ne], true); ok {
					return lvl, true
				}
				if lvl, ok := gluedOrGrouped(line[ns:ne]); ok {
					return lvl, true // GLib's domain and level: "gnome-session-binary[2101]: GnomeDesktop-WARNING: …"
				}
			} else if ne-ns > 3 && isUpperWord(line[ns:ne]) {
				// A level in capitals before the C source's file and line, as kbd's tools write
				// theirs: "setfont: ERROR kdfontop.c:183 put_font_kdfontop: …".
				if fs, fe := nextToken(line, ne); fe > fs && fileLine(line[fs:fe]) {
					if lvl, ok := ParseLevel(line[ns:ne]); ok {
						return lvl, true
					}
				}
			}
		}
		if tok[0] != '[' && tok[0] != '(' || tok[len(tok)-1] == ':' {
			return Unknown, false
		}
		if s, e = nextToken(line, e); s == e {
			return Unknown, false
		}
	}
	return Unknown, false
}

// afterProgram reads what follows a program name that wrote no tag colon: pacemaker's
// "pacemaker-controld  [1822] (do_state_transition) \tnotice:", corosync's "corosync notice
// [TOTEM ]". more is true, with the column's bounds, when a bracketed or parenthesized column
// follows, over which the level may come; else lvl is the level after the program, if any.
func afterProgram(line, prog []byte, e int) (ns, ne int, lvl Level, more bool) {
	ns, ne = nextToken(line, e)
	if ne > ns && (line[ns] == '[' || line[ns] == '(') {
		return ns, ne, Unknown, true
	}
	if lvl, ok := plainLevelBeforeBracket(line, ns, ne); ok {
		return 0, 0, lvl, false
	}
	if lvl, ok := markerAfterID(line, ns, ne); ok {
		return 0, 0, lvl, false
	}
	if ne-ns > 3 && line[ne-1] == ':' && prog[len(prog)-1] == ']' {
		// A tag with its pid and no colon, then the level with its own: unbound's logfile with
		// log-time-ascii, "Dec 02 01:46:07 unbound[27552:0] notice: init module 0".
		if lvl, ok := levelToken(line[ns:ne], true); ok {
			return 0, 0, lvl, false
		}
	}
	lvl, _ = qualifierBefore(line, prog, e) // "fatal error: …"
	return 0, 0, lvl, false
}

// markerAfterID reads the level marker that follows an object's hex id at line[s:e], in angle
// brackets with a colon, as conmon (Podman's and CRI-O's container monitor) logs to syslog at
// LOG_INFO whatever the marker says: "conmon 6f3a2b1c0d9e8f7a6b5c <nwarn>: Failed to open cgroups
// file". Its n marks the messages of a monitor that goes on (ninfo, nwarn, ndebug).
func markerAfterID(line []byte, s, e int) (Level, bool) {
	if e-s < 12 || !hexWord(line[s:e]) || hexRunLen(line[s:e]) != e-s {
		return Unknown, false
	}
	ms, me := nextToken(line, e)
	if me-ms < 5 || line[ms] != '<' || line[me-2] != '>' || line[me-1] != ':' {
		return Unknown, false
	}
	word := line[ms+1 : me-2]
	if len(word) > 4 && word[0] == 'n' {
		word = word[1:]
	}
	return ParseLevel(word)
}

// processTag reports whether w names a program's process with what it serves in parentheses and
// angle brackets, as Dovecot writes it before its level: "lmtp(alice@example.org)<4130><t3G1Z2hy>",
// "auth-worker(4120)".
func processTag(w []byte) bool {
	i := 0
	for i < len(w) && (isAlnum(w[i]) || w[i] == '-' || w[i] == '_') {
		i++
	}
	if i == 0 || i == len(w) || w[i] != '(' && w[i] != '<' {
		return false
	}
	for i < len(w) {
		var close byte
		switch w[i] {
		case '(':
			close = ')'
		case '<':
			close = '>'
		default:
			return false
		}
		k := indexByteFrom(w, close, i+1)
		if k < 0 {
			return false
		}
		i = k + 1
	}
	return true
}

// plainLevelBeforeBracket reads a plain level word at line[s:e] that a bracketed subsystem
// follows, as libqb writes it: "notice  [TOTEM ]", "info    [KNET  ]".
func plainLevelBeforeBracket(line []byte, s, e int) (Level, bool) {
	if e-s < 4 || !isLowerWord(line[s:e]) {
		return Unknown, false
	}
	if ns, ne := nextToken(line, e); ne == ns || line[ns] != '[' {
		return Unknown, false
	}
	return ParseLevel(line[s:e])
}

// priOnly accepts what a device sends after a PRI when the rest is no syslog header at all
// ("<130> [ERROR] iapp_socket_task.c 399: …"): the PRI still gives the severity, and the locator
// the time if there is one. Without a PRI the line is not syslog.
func priOnly(line []byte, i int, now int64, w *wallClock, rec *Record, h *bsdHeader) bool {
	if h.pri < 0 {
		return false
	}
	versioned := false
	if isDigitAt(line, i) && byteAt(line, i+1) == ' ' {
		var ietf ietfHeader
		if scan5424(line, rec, &ietf) {
			return false // that parser's, in a source whose lines were RFC 3164's so far
		}
		// "<134>1 …" is RFC 5424's version, before a header that parser did not take: one with
		// fields left out ("<10>1 2026-11-29T07:41:12 ingest-11 some msg"). The PRI still says
		// the level, and the word after the time is the HOSTNAME.
		versioned, i = true, i+2
	}
	*rec = Record{Format: FormatRFC3164, Level: LevelFromSyslog(h.pri & 7)}
	h.msg = skipBlanks(line, i)
	if s, ok := locate(line[h.msg:], now, w); ok && s.kind != stampColumnEpoch {
		rec.Time = s.t
		at := h.msg + s.start
		if yearWordBefore(line, at) != 0 {
			at -= 5 // the time starts at its year: "CPU0:2020 Dec 23 …"
		}
		h.host = hostBeforeTime(line, h.msg, at)
		if h.host.End > 0 && camelWord(h.host.Of(line)) {
			// A word with its colon before the time is a device's name ("<134>gateway: Nov 29 …",
			// IOS's origin-id "<189>Switch: *Nov 29 …: %SYS-5-…"), but a product's name in
			// CamelCase before its own columns is its label: Radware's "<132>DefensePro: 29-11-2026
			// 07:41:16 WARNING …".
			if _, id := msgIDLevel(line, h.msg+s.end); !id {
				h.host = Span{}
			}
		}
		if h.host.End == 0 {
			h.host = hostBeforeID(line, h.msg+s.end)
		}
		if hs := skipBlanks(line, h.msg+s.end); h.host.End == 0 && s.start == 0 {
			if ms := ietfHeaderEnd(line, hs); ms > 0 {
				// RFC 5424's fields after a time of another spelling, as Avi's controller sends
				// them: "<46>2026-11-29 07:41:16,204 avi-ctrl01 Avi-Controller - - - INFO […]".
				// The message is what follows them: APP-NAME is a program, not a level word
				// (Ribbon's SBC names its trace stream "TRC").
				_, he := nextToken(line, hs)
				h.host, h.msg = Span{int32(hs), int32(he)}, ms
			}
		}
		if hs := skipBlanks(line, h.msg+s.end); h.host.End == 0 && s.start == 0 {
			h.host = hostBeforeEngine(line, hs)
		}
		if hs := skipBlanks(line, h.msg+s.end); h.host.End == 0 && s.start == 0 {
			// A host and a program with its pid after a time of another spelling: Sophos UTM's
			// "<30>2026:11:29-07:41:16 utm-edge2 httpproxy[4412]: …".
			if host, ok := hostAfter(line, hs); ok && hostName(host.Of(line)) && pidTag(line, int(host.End)) {
				h.host = host
			} else if ns, ne := nextToken(line, hs); versioned && ne-ns > 1 && hostLike(line[ns:ne]) {
				h.host = Span{int32(ns), int32(ns + stackUnit(line[ns:ne]))}
				h.msg = skipBlanks(line, ne) // the message after the header's fields
			}
		}
		rec.Host = h.host
	} else if ns, ne := nextToken(line, h.msg+2); versioned && hasPrefixAt(line, h.msg, "- ") && ne-ns > 1 && hostLike(line[ns:ne]) {
		h.host = Span{int32(ns), int32(ns + stackUnit(line[ns:ne]))} // RFC 5424's NILVALUE for the time, then the HOSTNAME
		rec.Host, h.msg = h.host, skipBlanks(line, ne)
	} else {
		rec.Time, rec.Host = pairsTimeHost(line, h.msg, w) // FortiOS's "<189>date=… time=… devname=…"
		if rec.Host.End == 0 {
			h.host = hostBeforeID(line, h.msg) // an ASA without timestamps: "<166>10.255.255.1 %ASA-6-302015: …"
			rec.Host = h.host
		}
		if rec.Host.End == 0 {
			// A tag without its pid names a host before it only behind a PRI with a facility:
			// sd-daemon's "<3>" before a service's own "db-writer flush: …" has none.
			h.host = hostBeforeTag(line, h.msg, h.pri >= 8)
			rec.Host = h.host
		}
	}
	if versioned && h.host.End == 0 && rec.Time != 0 {
		// A program's own layout after the version, no header: Monolog's SyslogUdpHandler,
		// "<14>1 [2026-11-29 07:41:16] app.INFO: User signed in": the message starts where the
		// layout's does.
		var inner Record
		var lx layoutLine
		if scanLayout(line[h.msg:], now, w, &inner, &lx) && inner.Time != 0 {
			h.msg += int(inner.Message.Start)
		}
	}
	lvl, leveled := eventLevelPair(line[h.msg:])
	if leveled {
		rec.Level = lvl // the event's own level= or pri= over a PRI a device may send all its events with
	}
	if welfRecord(line, h.msg) {
		// SonicWall sends its WELF records behind a PRI alone: "<134>id=firewall sn=… fw=… pri=1".
		host, lvl, ok := welfPairs(line, h.msg)
		if ok && !leveled {
			rec.Level = lvl
		}
		if rec.Host.End == 0 {
			rec.Host, h.host = host, host
		}
	}
	rec.Message = Span{int32(h.msg), int32(len(line))}
	return true
}

// camelWord reports whether w is letters only with a capital after the first: a product's name
// ("DefensePro", "FortiGate"), not a machine's.
func camelWord(w []byte) bool {
	inner := false
	for i, c := range w {
		if !isAlpha(c) {
			return false
		}
		inner = inner || i > 0 && c >= 'A' && c <= 'Z'
	}
	return inner && !isUpperWord(w)
}

// hostBeforeTag reads the host that a sender with no clock writes between its PRI and its tag,
// as the Arduino Syslog library's BSD form does: "<134>kiosk-iot-7 shop-sensor[0]: …". The word
// must be named as machines are (see hostName) and a tag with its pid and colon must follow it,
// or with colonTag a tag with its colon alone (SimpleSyslog's "<190>esp32-desk clock: …"): a
// service's stdout with sd-daemon's prefixes writes "<3>db-writer flush: failed", a component
// and a word.
func hostBeforeTag(line []byte, i int, colonTag bool) Span {
	hs, he := nextToken(line, i)
	w := line[hs:he]
	if hs != i || len(w) < 3 || !hostName(w) || !hasLetter(w) && bytes.IndexByte(w, '.') < 0 {
		return Span{} // a name or an address, not a count
	}
	if !pidTag(line, he) && !(colonTag && colonTagAfter(line, he) && hasDigit(w) && hasLetter(w)) {
		return Span{} // before "prog[pid]:", or "prog:" after a device's name with a digit (see priOnly)
	}
	return Span{int32(hs), int32(he)}
}

// welfRecord reports whether line[i:], behind a PRI, opens a record in the WebTrends Enhanced Log
// Format: the product's id, then its serial number or the time ("id=firewall sn=… time=…",
// Topsec's "id=tos time=…").
func welfRecord(line []byte, i int) bool {
	if !hasPrefixAt(line, i, "id=") {
		return false
	}
	e := i + len("id=")
	for e < len(line) && e-i < 32 && isAlpha(line[e]) { // a product's name, not a request's or a job's id
		e++
	}
	return e > i+len("id=") && (hasPrefixAt(line, e, " time=") || hasPrefixAt(line, e, " sn="))
}

// welfPairs reads the pairs of a WELF record at line[i:] that name the firewall that wrote it
// (fw=, when it is a name or an address) and its syslog severity (pri=, a digit).
func welfPairs(line []byte, i int) (host Span, lvl Level, ok bool) {
	rest := line[i:]
	scanLogfmt(rest, func(kv logfmtPair) bool {
		if !kv.HasValue {
			return true
		}
		switch val := kv.Value.Of(rest); string(kv.Key.Of(rest)) {
		case "fw":
			if host.End == 0 && welfHost(val) {
				host = Span{kv.Value.Start + int32(i), kv.Value.End + int32(i)}
			}
		case "pri":
			if !ok {
				lvl, ok = welfSeverity(val)
			}
		}
		return true
	})
	return host, lvl, ok
}

// welfSeverity reads a WELF record's pri= value, a syslog severity digit.
func welfSeverity(v []byte) (Level, bool) {
	if len(v) != 1 || v[0] < '0' || v[0] > '7' {
		return Unknown, false
	}
	return LevelFromSyslog(int(v[0] - '0')), true
}

// welfHost reports whether a WELF record's fw= value names a firewall: a name or an address, not a
// placeholder ("-", "unknown", "0.0.0.0") or an address with its port.
func welfHost(v []byte) bool {
	if len(v) == 0 || !isAlnum(v[0]) || !hostLike(v) || bytes.IndexByte(v, ':') >= 0 {
		return false
	}
	if !hasLetter(v) && !ipv4(v) || v[0] == 'v' && isDigitAt(v, 1) {
		return false // a firmware's version, "4.2.1" or "v2"
	}
	return string(v) != "0.0.0.0" && !bytes.EqualFold(v, []byte("unknown"))
}

// hostBeforeID reads the device a line names between its time, ending at line[e], and its message
// id, as Ruijie's switches write it after a sequence number: "<189> 226:Nov 29 07:41:16 RG-S5750
// %SYS-5-CONFIG_I: …".
func hostBeforeID(line []byte, e int) Span {
	hs, he := nextToken(line, e)
	is, ie := nextToken(line, he)
	if he == hs || ie == is || line[is] != '%' || !ipv4(line[hs:he]) && (!hostName(line[hs:he]) || !deviceName(line[hs:he], line[is+1:ie])) {
		return Span{} // (an ASA names itself by its address with logging device-id ipaddress)
	}
	if _, ok := ciscoID(line[is:ie]); !ok {
		return Span{}
	}
	return Span{int32(hs), int32(he)}
}

// deviceClockID reports whether a device's own clock opens line[i:], starred or dotted as IOS
// marks an unsynchronized clock ("*Nov 29 07:41:17.118: ", ".Nov 29 …") or not, or after its year
// as NX-OS writes it ("2026 Nov 29 07:41:16.204 UTC: "), with a message id after its colon:
// "%SPANTREE-4-BLOCK_BPDUGUARD:".
func deviceClockID(line []byte, i int) bool {
	if c := byteAt(line, i); c == '*' || c == '.' {
		i++
	} else if _, ok := digits(line, i, 4); ok && byteAt(line, i+4) == ' ' {
		i += 5
	}
	if _, ok := month(line, i); !ok {
		return false
	}
	k := bytes.Index(line[i:min(len(line), i+36)], []byte(": %"))
	if k < 0 {
		return false
	}
	_, ok := msgIDLevel(line, i+k+2)
	return ok
}

// panosRow reports whether a PAN-OS CSV row opens line[i:]: its unused first field, a digit, the
// receive time, then the firewall's serial number, "1,2026/11/29 07:41:16,013201004512,…".
func panosRow(line []byte, i int) bool {
	_, ok := digits(line, i+2, 4)
	if !isDigitAt(line, i) || byteAt(line, i+1) != ',' || !ok || byteAt(line, i+6) != '/' || byteAt(line, i+12) != ' ' || !colonClock(line, i+13) {
		return false
	}
	_, n := digitRun(line, i+22) // the firewall's serial number after the time
	return byteAt(line, i+21) == ',' && n >= 8 && byteAt(line, i+22+n) == ','
}

// bracketedSender reports whether a program's name in capitals and brackets, then a source file's
// tag with its bracket and colon, opens line[i:], as cloud-init marks what it sends to syslog:
// "[CLOUDINIT] util.py[DEBUG]:". A level in brackets is a layout's ("[INFO] main: …"), and so is a
// component before a logger ("[HTTP] GET: …").
func bracketedSender(line []byte, i int) bool {
	if byteAt(line, i) != '[' {
		return false
	}
	e := i + 1
	for e < len(line) && line[e] >= 'A' && line[e] <= 'Z' {
		e++
	}
	if e-i-1 < 3 || byteAt(line, e) != ']' || byteAt(line, e+1) != ' ' || isLevelWord(line[i+1:e]) {
		return false
	}
	s, te := nextToken(line, e+2)
	return te-s >= 5 && line[te-1] == ':' && line[te-2] == ']' && isAlpha(line[s]) && bytes.IndexByte(line[s:te], '[') > 0
}

// hostFirstHeader reads a collector's file template that writes the host first, then a zoned ISO
// time, a syslog level's name or not, and the program's tag with its pid: syslog-ng's "${HOST}
// ${ISODATE} ${LEVEL} ${MSGHDR}${MSG}", "mail-01 2026-11-29T07:41:16+00:00 info postfix/smtp[20417]:
// …". It returns the host and where the tag starts; ok is false for any other line.
func hostFirstHeader(line []byte) (host Span, tag int, ok bool) {
	_, he := nextToken(line, 0)
	if he < 2 || byteAt(line, he) != ' ' || !isDigitAt(line, he+1) || !hostName(line[:he]) || !isAlpha(line[0]) {
		return Span{}, 0, false
	}
	_, n, iso := parseISO(line[he+1:], nil)
	if !iso || !zoned(line[he+1:he+1+n]) || byteAt(line, he+1+n) != ' ' {
		return Span{}, 0, false
	}
	tag = he + 2 + n
	if ls, le := nextToken(line, tag); le > ls && isLowerWord(line[ls:le]) {
		if _, ok := ParseLevel(line[ls:le]); ok {
			tag = skipBlanks(line, le) // syslog's names of its levels: info, err, crit
		}
	}
	if !pidTag(line, tag) {
		return Span{}, 0, false
	}
	return Span{0, int32(he)}, tag, true
}

// hostBeforeTime reads the host that Cisco IOS writes before its time when told to name itself
// (logging origin-id hostname or ip): "<189>123: router1: *Nov 29 07:41:16.123: %SYS-5-CONFIG_I:
// …", a word that ends in ':' and holds a letter, or an address, among the counters before the
// time: the message counter before it, the sequence number after it ("<190>3132811: sw01:
// 3132807: Nov 29 2026 …"), or neither ("<189>: sw01: Nov 29 2026 …").
func hostBeforeTime(line []byte, i, at int) Span {
	if hasPrefixAt(line, i, ": ") {
		i = skipBlanks(line, i+1) // no message counter, its colon left
	}
	var host Span
	for k := 0; k < 3 && i < at; k++ {
		s, e := nextToken(line, i)
		if k == 1 && host.End == 0 && e < at && (isAlpha(line[s]) || addressBytes(line[s:e]) && hasDigit(line[s:e])) && hostLike(line[s:e]) && nodeBefore(line, e, at) {
			return Span{int32(s), int32(e)} // IOS XR: "<189>41207: xr-pe1 RP/0/RSP0/CPU0:Nov 29 …", or its address
		}
		if e > at || e-s < 2 || line[e-1] != ':' {
			return Span{}
		}
		if w := line[s : e-1]; ipv4(w) || !numberColumn(w) {
			if host.End > 0 || !hostLike(w) || !hasLetter(w) && !ipv4(w) {
				return Span{}
			}
			host = Span{int32(s), int32(e - 1)}
		}
		if m := skipBlanks(line, e); m == at || line[m] == '*' || line[m] == '.' && m+1 == at {
			return host
		}
		i = e
	}
	return Span{}
}

// nodeBefore reports whether the word from line[e:] to the time at is the node id that IOS XR
// glues to its time with a colon: "RP/0/RSP0/CPU0:", "LC/0/2/CPU0:".
func nodeBefore(line []byte, e, at int) bool {
	s := skipBlanks(line, e)
	return at > s+2 && line[at-1] == ':' && bytes.IndexByte(line[s:at], ' ') < 0 && bytes.Count(line[s:at], []byte{'/'}) >= 2
}

// bareNumber reports whether w is a number alone: a pid or a count, never a host.
func bareNumber(w []byte) bool {
	_, ok := digits(w, 0, len(w))
	return ok && len(w) > 0
}

func hasLetter(w []byte) bool {
	for _, c := range w {
		if isAlpha(c) {
			return true
		}
	}
	return false
}

// pairsTimeHost reads the time that key=value pairs from line[i:] spell as separate date= and
// time= pairs (see splitTime), and the host a devname= or hostname= pair names.
func pairsTimeHost(line []byte, i int, w *wallClock) (int64, Span) {
	var split splitTime
	var host Span
	rest := line[i:]
	scanLogfmt(rest, func(kv logfmtPair) bool {
		split.note(kv.Key.Of(rest), kv.Value.Of(rest))
		if role, _ := pairKeyRole(kv.Key.Of(rest)); role == roleHost && host.End == 0 {
			host = Span{kv.Value.Start + int32(i), kv.Value.End + int32(i)}
		}
		return true
	})
	t, _ := split.join(w)
	return t, host
}

// eventLevelPair reads the level a key=value record names with a level word under a level key
// of its own (level=, pri=, severity=), not inside another pair's quoted value and not as a
// number, which may be a ticket's priority rather than a syslog severity.
func eventLevelPair(msg []byte) (lvl Level, ok bool) {
	scanLogfmt(msg, func(kv logfmtPair) bool {
		key, val := kv.Key.Of(msg), kv.Value.Of(msg)
		if len(key) < 3 || len(key) > 8 || !levelKey(key) || len(val) < 2 || !isAlphaWord(val) {
			return true
		}
		lvl, ok = ParseLevel(val)
		return !ok
	})
	return lvl, ok
}

// nanoFraction reports whether an ISO time's seconds carry nine digits of fraction. (Fluentd's
// stdout output writes nine, with a blank for the T, before its tag: "… 07:41:16.123456789 +0000
// app.shop: {…}".)
func nanoFraction(t []byte) bool {
	if len(t) < 29 || t[19] != '.' {
		return false
	}
	for _, c := range t[20:29] {
		if !isDigit(c) {
			return false
		}
	}
	return len(t) == 29 || !isDigit(t[29])
}

// zoned reports whether an ISO time ends with a zone: Z, +hh:mm or +hhmm.
func zoned(t []byte) bool {
	n := len(t)
	return t[n-1] == 'Z' || n > 6 && (t[n-6] == '+' || t[n-6] == '-') || n > 5 && (t[n-5] == '+' || t[n-5] == '-') && t[n-3] != ':'
}

func isTagWord(w []byte) bool {
	if w[len(w)-1] == ':' {
		return !ipv6Tail(w)
	}
	for _, c := range w {
		if c == '[' {
			return true
		}
	}
	return false
}

// deviceName reports whether the word before a message id (id, after its '%') names the device:
// a host's name ("fw-2", "core1.example.net", "localhost", "Switch"), not a program's tag
// ("kernel:", "sshd:"), a zone as IOS and NX-OS write one there ("07:41:16.123 UTC: %SYS-5-…"),
// a label in capitals, a level word, or the id's own facility ("cpu: %CPU-1-…").
func deviceName(w, id []byte) bool {
	if !hasLetter(w) || !hostLike(w) || isUpperWord(w) {
		return false
	}
	if !hostName(w) && string(w) != "localhost" && (w[0] < 'A' || w[0] > 'Z') {
		return false // a lower-case word alone is a program
	}
	if looseLevel(w) {
		return false
	}
	k := bytes.IndexByte(id, '-')
	return k < 0 || !bytes.EqualFold(w, id[:k])
}

// zoneAfterYear reports whether the word w at line[i:], before a message id, follows a time
// written year first, where NX-OS writes the name its clock's zone was given ("2022 Oct 19
// 11:34:01 Berlin: %ETHPORT-5-…", `clock timezone Berlin 1 0`) rather than its own, which it
// writes with no colon. A word in capitals is taken for a zone by deviceName already.
func zoneAfterYear(line []byte, i int, w []byte) bool {
	if !capitalized(w) {
		return false
	}
	_, n := syslogPRI(line)
	_, isYear := digits(line, n, 4)
	return isYear && byteAt(line, n+4) == ' ' && isAlphaAt(line, n+5)
}

// ipv6Tail reports whether w is an IPv6 address that ends in "::" ("fe80::"), a host rather than a
// tag with its colon.
func ipv6Tail(w []byte) bool {
	return len(w) >= 3 && w[len(w)-2] == ':' && hexAndColons(w)
}

// hexAndColons reports whether w is hexadecimal digits, in either case, and colons only, as an
// IPv6 address is written.
func hexAndColons(w []byte) bool {
	for _, c := range w {
		if c != ':' && hexDigit(c|0x20) > 15 {
			return false
		}
	}
	return true
}

// bareProgram reports whether a tag written without a pid after a zone-less ISO time names a
// program: a word in lower case that is no level.
func bareProgram(tag []byte) bool {
	_, level := ParseLevel(tag)
	return len(tag) > 1 && isLowerWord(tag) && !level
}

// emptyTag reports whether a host name is followed by two blanks, as rsyslog's file templates
// write "%HOSTNAME% %syslogtag%%msg%" for a message that came without a tag: the blank before the
// tag, and the one the message starts with. A thread id in hex before a right-aligned column
// (Ceph's "7f1c2b3a4700  0 osd.12") is none. The message may open with a date of its own, as a
// device that stamps its text sends it: Omada's "… omada-ctl  2026-11-28 23:41:15 Controller …".
func emptyTag(line []byte, host Span) bool {
	w := host.Of(line)
	m := int(host.End) + 2
	return machineName(w) && hexRunLen(w) != len(w) && hasPrefixAt(line, int(host.End), "  ") &&
		(isAlphaAt(line, m) || yearDashAt(line, m))
}

// yearDashAt reports whether a year of four digits and a dash or a slash open line[i:].
func yearDashAt(line []byte, i int) bool {
	return isDigitAt(line, i) && isDigitAt(line, i+1) && isDigitAt(line, i+2) && isDigitAt(line, i+3) && (byteAt(line, i+4) == '-' || byteAt(line, i+4) == '/')
}

// machineName reports whether w names a machine by the shapes a layout's other columns do not
// take: an address, localhost, or a name in lower case with a digit or a dash (web-03,
// ip-10-1-4-27.ec2.internal), not a version (v2.3.1), a file (server.log, main.go:42) or a
// logger (my.app.Main, app.server).
func machineName(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	if string(w) == "localhost" {
		return true
	}
	if addressBytes(w) && hasDigit(w) && (bytes.Count(w, []byte{'.'}) == 3 || bytes.Count(w, []byte{':'}) >= 2) {
		return true // an IPv4 or IPv6 address
	}
	if !isAlpha(w[0]) || w[0] == 'v' && isDigitAt(w, 1) {
		return false
	}
	marked := false
	for _, c := range w {
		switch {
		case c == ':' || c == '/' || c == '_' || c >= 'A' && c <= 'Z':
			return false
		case isDigit(c) || c == '-':
			marked = true
		}
	}
	return marked
}

// stackUnit returns the length of a host field's name without the stack unit that switches of the
// FASTPATH family glue to their address ("10.20.0.4-1", unit 1 of a stack): the address alone
// names the machine. Any other field is its own length.
func stackUnit(w []byte) int {
	d := bytes.LastIndexByte(w, '-')
	if d < 7 || len(w)-d-1 < 1 || len(w)-d-1 > 2 || !digitsOnly(w[d+1:]) || bytes.Count(w[:d], []byte{'.'}) != 3 {
		return len(w)
	}
	for _, c := range w[:d] {
		if !isDigit(c) && c != '.' {
			return len(w)
		}
	}
	return d
}

// vsysName returns the length of a host field's name without the virtual system that firewalls
// write after it in parentheses (Hillstone's "2512042160001207(root)"): the name alone is the
// machine's. Any other field is its own length.
func vsysName(w []byte) int {
	n := len(w)
	if n < 4 || w[n-1] != ')' {
		return n
	}
	if k := bytes.IndexByte(w, '('); k > 0 && k < n-2 && isAlnum(w[k-1]) && bytes.IndexByte(w[k+1:n-1], '(') < 0 {
		return k
	}
	return n
}

// tagLabelLevel reads the level of a labelled message whose first label stands where the tag
// would, "Severity" or "Level" without a pid (iDRAC's "Severity: Warning, Category: …"): a
// "Priority:" there is a ticket's or a change's.
func tagLabelLevel(line []byte, h *bsdHeader) (Level, bool) {
	tag := h.tag.Of(line)
	if h.pid.End != 0 || !bytes.EqualFold(tag, []byte("severity")) && !bytes.EqualFold(tag, []byte("level")) {
		return Unknown, false
	}
	return labelLevel(line[h.tag.Start:])
}

// timedFormatWord reports whether w, where a host would be, is a word HAProxy's messages open
// with rather than a machine's name: a capitalized word ("Proxy", "Server", "Health") or a
// proxy's section, when it holds no digit, dash or dot. Hosts are named in lower case.
func timedFormatWord(w []byte) bool {
	if hostName(w) {
		return false
	}
	return w[0] >= 'A' && w[0] <= 'Z' || string(w) == "backend" || string(w) == "frontend"
}

// tagAt reports whether a syslog tag starts at line[i]: a program's name with its pid in brackets,
// its colon or both ("sshd[4120]:", "kernel:", "haproxy[12]").
func tagAt(line []byte, i int) bool {
	s, e := nextToken(line, i)
	if e-s < 2 || !isAlpha(line[s]) {
		return false
	}
	w := line[s:e]
	if w[len(w)-1] == ':' {
		w = w[:len(w)-1]
	} else if w[len(w)-1] != ']' {
		return false
	}
	return tagLike(w)
}

// colonTagAfter reports whether the word after line[e] is a program's tag closed by its colon
// ("sshd[4120]:", "cron:"): a relay that wrote its sender's address with a port before it.
func colonTagAfter(line []byte, e int) bool {
	s, te := nextToken(line, e)
	return te-s > 1 && isAlpha(line[s]) && line[te-1] == ':'
}

// hostName reports whether a word looks like a machine's name rather than a word of prose: it
// holds a digit, a dash or a dot, and does not end a label with ':', or it is localhost.
func hostName(w []byte) bool {
	if len(w) < 2 || w[len(w)-1] == ':' {
		return false
	}
	for _, c := range w {
		if isDigit(c) || c == '-' || c == '.' {
			return true
		}
	}
	return string(w) == "localhost"
}

// spacedPid reports whether a pid in brackets and a colon follow line[i] after one blank, as a
// program writes its tag with a blank before the pid (see spacedTag).
func spacedPid(line []byte, i int) bool {
	if byteAt(line, i) != ' ' || byteAt(line, i+1) != '[' {
		return false // most lines: the tag after the host
	}
	s, e := nextToken(line, i)
	if s != i+1 || e-s < 4 || line[s] != '[' || line[e-2] != ']' || line[e-1] != ':' {
		return false
	}
	_, ok := atoi(line[s+1 : e-2])
	return ok
}

// hexNumber reports whether w is a number written in hexadecimal with its 0x, as a thread's id is:
// OpenLDAP's "6b0f9f5c.2558a617 0x7f846a67d200 bad.conf: …" names no host.
func hexNumber(w []byte) bool {
	if len(w) < 3 || w[0] != '0' || w[1] != 'x' && w[1] != 'X' {
		return false
	}
	for _, c := range w[2:] {
		if hexDigit(c|0x20) > 15 {
			return false
		}
	}
	return true
}

// epochBracket reports whether w is a Unix time in seconds, with or without a fraction, in
// brackets: "[1795938076.123]".
func epochBracket(w []byte) bool {
	if len(w) < 12 || w[0] != '[' || w[len(w)-1] != ']' {
		return false
	}
	if _, n := digitRun(w, 1); n != 10 {
		return false
	}
	if w[11] == ']' {
		return len(w) == 12
	}
	_, f := digitRun(w, 12)
	return w[11] == '.' && f > 0 && 12+f == len(w)-1
}

// capitalJoiningWord reports whether w is one of the small joining words (see joiningWord),
// capitalized as a sentence opens with it: "On", "At", "The".
func capitalJoiningWord(w []byte) bool {
	if len(w) > 4 || len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	var b [4]byte
	n := copy(b[:], w)
	b[0] += 'a' - 'A'
	return joiningWord(b[:n])
}

// hostLike accepts the characters of host names and addresses.
func hostLike(w []byte) bool {
	named := false
	for _, c := range w {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			named = true
		case c != '.' && c != '-' && c != '_' && c != ':':
			return false
		}
	}
	return named // a run of dots or dashes is a program's mark ("….. started"), no name
}

// scanTag reads "tag[pid]:" or "tag:" at line[i:] and returns the index after the colon.
func scanTag(line []byte, i int, h *bsdHeader) (int, bool) {
	const maxTag = 128 // cephadm names its units' identifiers "ceph-<fsid>-nvmeof-<pool>-<group>-<host>-<id>"
	ts := i
	for i < len(line) && i-ts <= maxTag && line[i] != ':' && line[i] != '[' && line[i] != ' ' {
		i++
	}
	if i == ts || i >= len(line) || i-ts > maxTag {
		return 0, false
	}
	tag := Span{int32(ts), int32(i)}
	var pid Span
	if line[i] == '[' {
		ps := i + 1
		for i = ps; i < len(line) && line[i] != ']' && line[i] != ' '; i++ {
		}
		if i >= len(line) || line[i] != ']' {
			return 0, false
		}
		pid = Span{int32(ps), int32(i)}
		i++
	}
	lvl, i := tagLevel(line, i, pid.End > 0)
	if i >= len(line) || line[i] != ':' || (i+1 < len(line) && line[i+1] != ' ' && !bracketedLevelAt(line, i+1)) {
		return 0, false
	}
	h.tag, h.pid, h.tagLevel = tag, pid, lvl
	return i + 1, true
}

// bracketedLevelAt reports whether a level's name in brackets opens line[i:], as a template that
// glues the severity to the tag writes it: "sshd[88]:[notice]  session opened …".
func bracketedLevelAt(line []byte, i int) bool {
	k := indexByteFrom(line[:min(len(line), i+16)], ']', i)
	if byteAt(line, i) != '[' || k < 0 {
		return false
	}
	_, ok := ParseLevel(line[i+1 : k])
	return ok
}

// wordEndAfter returns the end of the word after the blanks at line[i:].
func wordEndAfter(line []byte, i int) int {
	_, e := nextToken(line, i)
	return e
}

// ietfWithoutPRI reports whether line opens with RFC 5424's version 1 and an RFC 3339 time.
func ietfWithoutPRI(line []byte) bool {
	return len(line) > 24 && line[0] == '1' && line[1] == ' ' && line[12] == 'T' && isoShaped(line, 2)
}

// dnsZoneTag reports whether a word in a tag's place is a DNS zone with its class, as BIND names
// one: "example.test/IN", "0.in-addr.arpa/IN", "version.bind/CH".
func dnsZoneTag(w []byte) bool {
	k := bytes.LastIndexByte(w, '/')
	if k < 1 || bytes.IndexByte(w[:k], '.') < 0 {
		return false
	}
	switch string(w[k+1:]) {
	case "IN", "CH", "HS":
		return true
	}
	return false
}

// colonlessTag reports whether line[i:] opens with a program's name and its pid in brackets, then
// a blank: "dot1xd[1877] …". It returns the end of the pid's bracket.
func colonlessTag(line []byte, i int) (int, bool) {
	s, e := nextToken(line, i)
	if s != i || e-s < 4 || line[e-1] != ']' || !isAlpha(line[s]) || byteAt(line, e) != ' ' {
		return 0, false
	}
	open := bytes.IndexByte(line[s:e], '[')
	if open < 1 || !tagLike(line[s:s+open]) || !digitsOnly(line[s+open+1:e-1]) || e-1 == s+open+1 {
		return 0, false
	}
	return e, true
}

// tagLevel reads a level that a program writes between its tag and the tag's colon: MIT
// Kerberos glues it in parentheses after the pid ("krb5kdc[412](info):"), Apple's system log
// puts it in angle brackets after a blank ("locationd[77] <Error>:", as macOS's ASL and iOS
// devices write it). It returns the level and the index of the colon, or i when there is none.
func tagLevel(line []byte, i int, afterPid bool) (Level, int) {
	open, close, at := byte('('), byte(')'), i
	if !afterPid || i >= len(line) {
		return Unknown, i
	}
	if line[i] == ' ' && byteAt(line, i+1) == '<' {
		open, close, at = '<', '>', i+1
	}
	if line[at] != open {
		return Unknown, i
	}
	e := indexByteFrom(line[:min(len(line), at+16)], close, at+1)
	if e < 0 || byteAt(line, e+1) != ':' {
		return Unknown, i
	}
	word := line[at+1 : e]
	lvl, ok := ParseLevel(word)
	if !ok {
		lvl, ok = appleLevel(word)
	}
	if !ok || len(word) < 3 {
		return Unknown, i
	}
	return lvl, e + 1
}

func (p *Parser) parse3164(line []byte, rec *Record) bool {
	if len(line) < 16 {
		if pri, n := syslogPRI(line); pri >= 0 && len(trimSpace(line[n:])) == 0 {
			// A PRI alone, an empty message's frame: its level is all it says.
			*rec = Record{Format: FormatRFC3164, Level: LevelFromSyslog(pri & 7), Message: Span{int32(n), int32(len(line))}}
			return true
		}
		return false
	}
	var h bsdHeader
	if !scan3164Header(line, p.nowNano(), &p.wall, rec, &h) {
		return false
	}
	p.header = readHeader{line: line, rec: *rec, h: h}
	p.read3164(line, rec, &h)
	return true
}

// readHeader is the last syslog header the parser read, which a line shape is checked against.
type readHeader struct {
	line []byte
	rec  Record
	h    bsdHeader
}

// of returns the header read of line, if it was.
func (r *readHeader) of(line []byte) (*readHeader, bool) {
	return r, len(r.line) == len(line) && len(line) > 0 && &r.line[0] == &line[0]
}

// read3164 reads a syslog line's level after its header h: in the header, in the message.
func (p *Parser) read3164(line []byte, rec *Record, h *bsdHeader) {
	if rec.Level == Unknown {
		rec.Level = h.level(line)
	}
	p.keep3164(line, h)
	msg := p.escapedColourLeftOut(line, rec)
	if rec.Level == Unknown && h.pri < 0 {
		rec.Level = keptPRILevel(msg)
	}
	if rec.Unescaped != nil && rec.Level == Unknown && h.pri < 0 {
		if lvl, ok := messageLevel(msg, 0); ok {
			rec.Level = lvl // the program's level the codes wrapped
		}
	}
	// A JSON event as the message is read once, for its level and, behind a PRI alone, its time
	// and host: FortiOS's "<189>{"date":…,"devname":…,"eventtime":…}".
	var inner Record
	asJSON := rec.Unescaped == nil && len(msg) >= 8 && msg[0] == '{' &&
		(h.pri >= 0 || rec.Level == Unknown || rec.Time == 0 || rec.Host.End == 0) && p.parseJSON(msg, &inner)
	switch {
	case h.pri >= 0:
		// A record carried whole as the message writes the event's own level; a PRI is often
		// the relay's fixed one (rsyslog's imfile, Docker's syslog driver: notice or info
		// whatever the line says). A JSON level only guessed from its words does not count.
		lvl := Unknown
		if asJSON && !p.jsonGuessed {
			lvl = inner.Level
		} else if !asJSON {
			lvl = p.spelledLevel(msg)
		}
		if lvl != Unknown {
			rec.Level = lvl
		}
	case rec.Level == Unknown && asJSON:
		rec.Level = inner.Level
	case rec.Level == Unknown:
		rec.Level = p.nestedLevel(msg, true)
	}
	if asJSON && rec.Time == 0 {
		rec.Time = inner.Time
	}
	if asJSON && rec.Host.End == 0 && inner.Host.End > 0 {
		rec.Host = Span{inner.Host.Start + rec.Message.Start, inner.Host.End + rec.Message.Start}
	}
}

// keptPRILevel reads the severity of the PRI that opens a message, when a collector that stored no
// PRI of its own kept the sender's datagram whole behind its header (syslog-ng's flags(no-parse),
// rsyslog's %rawmsg%): "Nov 29 07:41:17 10.20.0.9 <30>Nov 29 07:41:16 ap-12 hostapd: …". The PRI
// must open a header, a month's name or RFC 5424's version; "<12> items" is text.
func keptPRILevel(msg []byte) Level {
	if len(msg) < 8 || msg[0] != '<' {
		return Unknown
	}
	pri, i := syslogPRI(msg)
	if pri < 0 || i != bytes.IndexByte(msg, '>')+1 {
		return Unknown
	}
	if _, ok := month(msg, i); ok && byteAt(msg, i+3) == ' ' && (isDigitAt(msg, i+4) || byteAt(msg, i+4) == ' ' && isDigitAt(msg, i+5)) {
		return LevelFromSyslog(pri & 7) // "<30>Nov 29 07:41:16 ap-12 …", "<30>Nov  9 …"
	}
	if !(byteAt(msg, i) == '1' && byteAt(msg, i+1) == ' ' && (byteAt(msg, i+2) == '-' || isDigitAt(msg, i+2) && isDigitAt(msg, i+3))) {
		return Unknown // RFC 5424's version, then its time or NILVALUE: "<134>1 2026-…", "<134>1 1795938080.41 …"
	}
	return LevelFromSyslog(pri & 7)
}

// escapedColourLeftOut returns a syslog record's message, and makes it its message, without the
// colour codes rsyslog (or OpenBSD's syslogd) escaped in it. rsyslog writes a control character
// it receives as '#' and its octal code ($EscapeControlCharactersOnReceive, on by default), so a
// program's coloured level arrives as "#033[32minfo#033[39m: …"; the message is read, shown and
// searched without those codes, as a line's real colour codes are (see parseColoured).
func (p *Parser) escapedColourLeftOut(line []byte, rec *Record) []byte {
	msg := rec.Message.Of(line)
	if rec.Unescaped != nil || !hasEscapedColour(msg) {
		return msg
	}
	p.colourMsg, _ = withoutColour(p.colourMsg[:0], nil, msg, false, true)
	rec.Unescaped = p.colourMsg
	return p.colourMsg
}

// escapedColour is how rsyslog writes the ESC that opens a colour code, and escapedTab a tab;
// visColour is how OpenBSD's syslogd writes that ESC (vis(3)'s caret form, "\^[").
const (
	escapedColour = "#033["
	escapedTab    = "#011"
	visColour     = `\^[[`
)

// hasEscapedColour reports whether a syslog message's first words hold a colour code as rsyslog
// or OpenBSD's syslogd escapes it.
func hasEscapedColour(msg []byte) bool {
	head := msg[:min(len(msg), colourWindow)]
	return bytes.IndexByte(head, '#') >= 0 && bytes.Contains(head, []byte(escapedColour)) ||
		bytes.IndexByte(head, '^') >= 0 && bytes.Contains(head, []byte(visColour))
}

// sequenceNumber returns the length of the "[n-m] " PostgreSQL writes before each line it sends to
// syslog (syslog_sequence_numbers: the message's number, and the line's within it), or 0.
func sequenceNumber(msg []byte) int {
	if len(msg) < 6 || msg[0] != '[' {
		return 0
	}
	_, n := digitRun(msg, 1)
	_, m := digitRun(msg, 2+n)
	if n == 0 || m == 0 || msg[1+n] != '-' || byteAt(msg, 2+n+m) != ']' || byteAt(msg, 3+n+m) != ' ' {
		return 0
	}
	return 4 + n + m
}

// spelledLevel is nestedLevel for a record under a PRI, which it overrides: only a level the
// record spells as one counts, a JSON level key, a glog letter, a Windows event's <Level>, a
// layout's level in capitals or marked; not a level guessed from a JSON message, nor a sentence's
// first word after a clock ("07:41:19 Critical update installed").
func (p *Parser) spelledLevel(msg []byte) Level {
	lvl := p.nestedLevel(msg, true)
	switch {
	case lvl == Unknown || len(msg) == 0:
		return Unknown
	case msg[0] == '{':
		if p.jsonGuessed {
			return Unknown
		}
	case isDigit(msg[0]) || msg[0] == '[':
		if !markedLevelWord(msg) {
			return Unknown
		}
	}
	return lvl
}

// markedLevelWord reports whether one of a layout line's first words is a level in capitals or
// marked by brackets or a colon ("ERROR", "[warn]", "info:").
func markedLevelWord(line []byte) bool {
	j := 0
	for k := 0; k < layoutLevelWords+2; k++ {
		s, e := nextToken(line, j)
		if s == e {
			return false
		}
		if _, ok := levelToken(line[s:e], true); ok {
			return true
		}
		j = e
	}
	return false
}

// nestedLevel reads the level of a record that another format carries as its message: a
// program's own line behind a syslog or journal header (kubelet's klog "I1129 07:41:16.123456
// 1423 kubelet.go:2468] …", Caddy's {"level":"info",…}, a Windows event's XML, a layout line
// with its time), or a container's line in Docker's JSON. Only a record of a format with a level counts, never a word
// of prose; the outer record keeps its own time. json says whether msg may be read as JSON,
// which reuses the parser's scratch buffer.
func (p *Parser) nestedLevel(msg []byte, json bool) Level {
	if len(msg) < 8 {
		return Unknown
	}
	switch c := msg[0]; {
	case (c == '{' || c == '@' && hasPrefixAt(msg, 0, ceeCookie)) && json:
		if c == '@' {
			// CEE's enhanced syslog: the cookie, then the event as JSON (rsyslog's mmjsonparse, liblognorm)
			msg = msg[skipBlanks(msg, len(ceeCookie)):]
			if byteAt(msg, 0) != '{' {
				return Unknown
			}
		}
		if lvl, ok := p.recordLevel(msg); ok {
			return lvl
		}
	case c >= 'a' && c <= 'z' && json && bytes.IndexByte(msg[:min(len(msg), 16)], '=') > 0 && logfmtKeyAt(msg, 0) && !hasPrefixAt(msg, 0, "id=firewall "):
		// A logfmt record, as a Go service's logrus or slog writes it to syslog: its level key.
		// (A firewall's WELF record is read by its own rules, pri= and level= both.)
		if lvl, ok := p.recordLevel(msg); ok {
			return lvl
		}
	case (c == 'I' || c == 'W' || c == 'E' || c == 'F') && isDigit(msg[1]):
		if _, lvl, _, ok := parseGlog(msg, p.nowNano(), &p.wall); ok {
			return lvl
		}
	case c == '<' && hasPrefixAt(msg, 0, "<Event"):
		// A Windows event's XML: Sysmon for Linux sends its events so.
		var inner Record
		token := p.mem.lastToken
		ok := p.parseEventXML(msg, &inner)
		p.mem.lastToken = token
		if ok {
			return inner.Level
		}
	case c == '<' && !json:
		// A syslog datagram a collector keeps whole in its record's message (Vector's and
		// Filebeat's "message", Promtail's "line"): its PRI's severity.
		if pri, n := syslogPRI(msg); pri >= 0 && isAlnum(byteAt(msg, n)) {
			return LevelFromSyslog(pri & 7) // "<189>date=…", "<14>1 2026-…", "<11>Nov 29 …"
		}
	case c >= 'A' && c <= 'Z' && !json:
		// A container's own line that opens with its level: logrus's "INFO[0000] …", "ERROR: …";
		// not a variable it prints, "DEBUG=false".
		_, e := nextToken(msg, 0)
		if bytes.IndexByte(msg[:e], '=') >= 0 {
			return Unknown
		}
		if lvl, ok := levelToken(msg[:e], true); ok {
			return lvl
		}
		if lvl, ok := gluedOrGrouped(msg[:e]); ok {
			return lvl
		}
	case c >= 'A' && c <= 'Z':
		// A program's own line under the syslog header, its date opening with a month's name:
		// zerolog's console writer, "Nov 29, 2026 07:49:16 WRN …".
		if lvl, ok := p.levelAfterDate(msg); ok {
			return lvl
		}
	case isDigit(c) || c == '[':
		if lvl, _, ok := llamaPrefix(msg); ok {
			return lvl // llama-server's "12.04.331.870 I srv …" under the journal's header
		}
		if k := sequenceNumber(msg); k > 0 {
			return p.nestedLevel(msg[k:], json) // PostgreSQL's "[3-1] 2026-11-29 07:41:16.412 UTC [4120] LOG:  …"
		}
		if lvl, ok := levelAfterCategory(msg); ok {
			return lvl // Particle's log handler: "[app] WARN: valve 3 slow to close"
		}
		// A time has a clock: the kernel's "[123456.789012] …" and a number of prose are passed
		// over before a layout is tried. No layout reads a time behind the seconds since boot, and
		// they open a fifth of a server's syslog lines.
		if bytes.IndexByte(msg[:min(len(msg), 32)], ':') < 0 || c == '[' && uptimeBracketEnd(msg) > 0 {
			return Unknown
		}
		var inner Record
		var lx layoutLine
		if scanLayout(msg, p.nowNano(), &p.wall, &inner, &lx) && inner.Time != 0 {
			return inner.Level
		}
		// A date no layout spells, then the level among the first words: MariaDB's "2026-11-29
		// 7:41:16 0 [Note] …" under journald's syslog header, its hour unpadded.
		if lvl, ok := p.levelAfterDate(msg); ok {
			return lvl
		}
		if c == '[' {
			return datedBracketLevel(msg, p.nowNano(), &p.wall)
		}
	}
	return Unknown
}

// levelAfterDate reads the level among the first words after a date and its clock that open msg.
func (p *Parser) levelAfterDate(msg []byte) (Level, bool) {
	if st, ok := stampAt(msg, 0, p.nowNano(), &p.wall); ok && st.kind == stampDate {
		if lvl, _, _, ok := leadingLevel(msg, afterStamp(msg, st.end), 3); ok {
			return lvl, true
		}
	}
	return Unknown, false
}

// ceeCookie opens a syslog message that carries a CEE event as JSON: "@cee: {"msg":…}".
const ceeCookie = "@cee:"

// ietfHeader is what scan5424 finds; the spans are used again by Fields.
type ietfHeader struct {
	pri                int
	app, procid, msgid Span
	sd                 Span // the structured data, "-" excluded
	host               Span
}

// scan5424 parses "<PRI>1 TIMESTAMP HOST APP PROCID MSGID SD [MSG]" with NILVALUE "-" in any header
// field and an optional UTF-8 BOM before the message. rec and h are filled in place, and undefined
// when it returns false.
func scan5424(line []byte, rec *Record, h *ietfHeader) bool {
	*h = ietfHeader{}
	pri, i := syslogPRI(line)
	// A header stored without its PRI, as relays and SIEM exports keep it: "1 2026-11-29T07:41:16Z
	// gw01 CheckPoint 22103 - [action:\"Accept\"; …]". Its structured data must follow.
	bare := pri < 0 && ietfWithoutPRI(line)
	// The version is 1 in every sender; the grammar allows up to three digits.
	_, nv := digitRun(line, i)
	if pri < 0 && !bare || nv < 1 || nv > 3 || line[i] == '0' || byteAt(line, i+nv) != ' ' {
		return false
	}
	h.pri = pri
	i += nv + 1
	*rec = Record{Format: FormatRFC5424}
	if !bare {
		rec.Level = LevelFromSyslog(pri & 7)
	}
	if i < len(line) && line[i] == '-' {
		i++
	} else {
		t, n, ok := parseISO(line[i:], nil)
		switch {
		case ok:
			rec.Time, i = t, i+n
		case isoShaped(line, i):
			// An impossible date or clock (month 13, November 31, hour 25), as the test vectors of
			// syslog parsers write: the record has no time, and its header is still read.
			i = blankAt(line, i, false)
		default:
			return merakiHeader(line, i, rec, h)
		}
	}
	// Fields are read over doubled blanks first, as senders that pad them write them; when the
	// structured data is then not where it belongs, a doubled blank is read as an empty field
	// instead (an empty HOSTNAME, as a template with no host writes it), if that puts it there.
	fields, end, ok := ietfFields(line, i, true)
	sd, sdOK := sdAfter(line, end)
	if !ok || !sdOK {
		if strict, e, sok := ietfFields(line, i, false); sok {
			if sd2, ok2 := sdAfter(line, e); ok2 {
				fields, end, ok, sd, sdOK = strict, e, true, sd2, true
			}
		}
	}
	if !ok || bare && (!sdOK || bytes.IndexByte(line[end:sd], '"') < 0) {
		return false // stored without its PRI, a header is believed for structured data with values
	}
	h.host, h.app, h.procid, h.msgid = fields[0], fields[1], fields[2], fields[3]
	h.host.End = h.host.Start + int32(stackUnit(h.host.Of(line)))
	rec.Host = h.host
	i = skipBlanks(line, end)
	if i != end+1 || !sdOK {
		sd, sdOK = sdEnd(line, i) // the structured data read above starts after one blank
	}
	// A sender that leaves the structured data out, with no '-' for it, still wrote the header:
	// the message starts there.
	if end, ok := sd, sdOK; ok {
		if end > i+1 || line[i] != '-' {
			h.sd = Span{int32(i), int32(end)}
		}
		i = end
	}
	if i < len(line) && line[i] == ' ' {
		i++
	}
	if hasPrefixAt(line, i, "\xef\xbb\xbf") {
		i += 3
	}
	rec.Message = Span{int32(i), int32(len(line))}
	return true
}

// merakiHeader reads what Cisco Meraki sends after the version where RFC 5424 puts its time: Unix
// seconds, then the host, the log's category and the message ("<134>1 1795938076.123456789 MX84
// flows …"), with no procid, msgid or structured data.
func merakiHeader(line []byte, i int, rec *Record, h *ietfHeader) bool {
	e := indexByteFrom(line, ' ', i)
	if e < 0 || e-i < 10 || !isDigit(line[i]) {
		return false
	}
	t, ok := parseEpoch(line[i:e])
	if !ok || !plausible(t, maxPlausible>>1) {
		return false
	}
	// Its host and the log's category follow, then the message: no procid, msgid or
	// structured data.
	hs, he := nextToken(line, e)
	as, ae := nextToken(line, he)
	if hs == he || as == ae || !hostLike(line[hs:he]) {
		return false
	}
	rec.Time = t
	if he-hs != 1 || line[hs] != '-' {
		rec.Host = Span{int32(hs), int32(he)}
	}
	h.host, h.app = rec.Host, Span{int32(as), int32(ae)}
	rec.Message = Span{int32(skipBlanks(line, ae)), int32(len(line))}
	return true
}

// isoShaped reports whether line[i:] holds a word spelled as an RFC 3339 time, "dddd-dd-ddTdd:",
// whatever its numbers say.
func isoShaped(line []byte, i int) bool {
	_, ok1 := digits(line, i, 4)
	_, ok2 := digits(line, i+5, 2)
	_, ok3 := digits(line, i+8, 2)
	_, ok4 := digits(line, i+11, 2)
	return ok1 && ok2 && ok3 && ok4 && byteAt(line, i+4) == '-' && byteAt(line, i+7) == '-' &&
		byteAt(line, i+10) == 'T' && byteAt(line, i+13) == ':'
}

// ietfFields reads the four header fields after the time at line[i], each after a blank: HOSTNAME,
// APP-NAME, PROCID and MSGID, a NILVALUE as an empty span. padded skips a run of blanks before a
// field; otherwise a second blank ends an empty field. It returns the index of the blank after
// the last field.
func ietfFields(line []byte, i int, padded bool) (fields [4]Span, end int, ok bool) {
	for k := range fields {
		if i >= len(line) || line[i] != ' ' {
			return fields, 0, false
		}
		s := i + 1
		if padded {
			s = skipBlanks(line, i)
		}
		e := s
		for e < len(line) && line[e] != ' ' {
			e++
		}
		if e == s && (padded || e >= len(line)) {
			return fields, 0, false
		}
		if e > s && (e-s != 1 || line[s] != '-') {
			fields[k] = Span{int32(s), int32(e)}
		}
		i = e
	}
	if i >= len(line) || line[i] != ' ' {
		return fields, 0, false
	}
	return fields, i, true
}

// sdNext reports whether structured data (a NILVALUE or bracketed elements) follows the blank at
// line[i], and ends at a blank or the end of the line.
func sdNext(line []byte, i int) bool {
	_, ok := sdAfter(line, i)
	return ok
}

// sdAfter is sdNext that also returns where the structured data ends.
func sdAfter(line []byte, i int) (int, bool) {
	end, ok := sdEnd(line, i+1)
	return end, ok && (end == len(line) || line[end] == ' ')
}

// sdEnd returns the end of the structured data at line[i:]: "-" or one or more [id k="v" ...]
// elements, where a value may escape '"', '\' and ']' with a backslash.
func sdEnd(line []byte, i int) (int, bool) {
	if i < len(line) && line[i] == '-' {
		return i + 1, true
	}
	if i >= len(line) || line[i] != '[' {
		return 0, false
	}
	for i < len(line) && line[i] == '[' {
		i++
		for {
			for i < len(line) && line[i] != '"' && line[i] != ']' {
				i++ // the element's id and its parameters' names
			}
			if i >= len(line) {
				return 0, false
			}
			if line[i] == ']' {
				break
			}
			end, ok := sdValueEnd(line, i+1)
			if !ok {
				return 0, false
			}
			i = end
		}
		i++
	}
	return i, true
}

// sdValueEnd returns the index after the quote that closes a parameter's value starting at
// line[i]: the first quote not escaped by an odd run of backslashes.
func sdValueEnd(line []byte, i int) (int, bool) {
	for {
		k := bytes.IndexByte(line[i:], '"')
		if k < 0 {
			return 0, false
		}
		q := i + k
		b := q
		for b > i && line[b-1] == '\\' {
			b--
		}
		i = q + 1
		if (q-b)%2 == 0 {
			return i, true
		}
	}
}

func (p *Parser) parse5424(line []byte, rec *Record) bool {
	var h ietfHeader
	if !scan5424(line, rec, &h) {
		return false
	}
	p.keep5424(line, &h)
	if lvl := p.spelledLevel(p.escapedColourLeftOut(line, rec)); lvl != Unknown {
		rec.Level = lvl // a record carried whole keeps its own level, as under an RFC 3164 header
	}
	return true
}

// hostAfter reads the host a syslog-style header puts after the time: a host name followed by a
// tag ("app[12]:", "app:"), a lone colon ("fw01 : %ASA-…") or a message id ("%ASA-6-…").
func hostAfter(line []byte, i int) (Span, bool) {
	hs, he := nextToken(line, i)
	word := he // the tag is read after the whole word
	if k := bytes.IndexByte(line[hs:he], '/'); k > 0 && pidAndTid(line[hs:hs+k]) {
		return Span{}, false // Android Studio's "1234-1250/com.example.app": the app, no host
	} else if k > 0 && he-hs-k > 1 && isAlnum(line[hs+k+1]) && hostLike(line[hs:hs+k]) && hostLike(line[hs+k+1:he]) && !addrPort(line[hs+k+1:he]) {
		// (A client and its address with a port is OpenVPN's, "laptop-07/203.0.113.5:51234
		// MULTI: …": no host at all.)
		// syslog-ng's chain_hostnames(yes): the name the sender gave itself, then, after a
		// slash, the one the server resolved it to ("web01/10.0.0.9", Thunderbird's
		// "dn228/dn228"): the first is the record's host.
		he = hs + k
	}
	if k := bytes.LastIndexByte(line[hs:he], '@'); k > 0 && he-hs-k > 1 && isAlnum(line[hs+k+1]) {
		hs += k + 1 // and "source@host" (Thunderbird's "src@tbird-admin1")
	}
	if hs == he || !isAlnum(line[hs]) || line[he-1] == '-' || line[he-1] == '_' || !hostLike(line[hs:he]) || numberColumn(line[hs:he]) || addrPort(line[hs:he]) || labelledNumber(line[hs:he]) || hexNumber(line[hs:he]) {
		return Span{}, false // a host's name does not end in a dash: "load_orders-" is a logger's
	}
	if _, isLevel := levelToken(line[hs:he], false); isLevel {
		return Span{}, false
	}
	ts, te := nextToken(line, word) // the tag, read only for a word that may be a host
	if ts == te {
		return Span{}, false
	}
	if _, ok := facilityLevel(bytes.TrimSuffix(line[hs:he], []byte(":"))); ok {
		return Span{}, false // socklog's "auth.info: sshd[4120]:"
	}
	host, tag := line[hs:he], line[ts:te]
	mnemonic := tag[0] == '%' && !isDigit(byteAt(tag, 1)) // Cisco's "%SYS-5-CONFIG_I:", Huawei's "%%01…", where tmux's "%0" is a pane
	if line[word-1] == ':' && !mnemonic {
		return Span{}, false // a word closed by its colon is a label or a program: the kernel's "x86/fpu: xstate_offset[2]: …"
	}
	switch {
	case len(tag) == 1 && tag[0] == ':' && isUpperWord(host) && byteAt(line, skipBlanks(line, te)) != '%':
		return Span{}, false // a word in capitals set off by a colon is the message's: HSQLDB's "SHUTDOWN : System.exit() …"
	case len(tag) == 1 && tag[0] == ':', mnemonic:
	case isModuleID(tag):
		// Comware's terminal lines name the device before their id: "… 2026 sw-04 IKE/7/EVENT:…".
	case tag[len(tag)-1] == ']' && pidTag(line, ts) && pidTagHost(line, Span{int32(hs), int32(he)}, word) && !loggerName(host):
		// Python's coloredlogs: "%(asctime)s %(hostname)s %(name)s[%(process)d] %(levelname)s …",
		// the logger and its pid without a colon, then the level.
	case len(tag) > 1 && tag[len(tag)-1] == ':' && (isAlpha(tag[0]) || tag[0] == '/' && tag[len(tag)-2] == ']') && tagLike(tag[:len(tag)-1]):
		// A program may log under its path, with its pid: "/opt/ganglia/sbin/gmetad[1682]:".
		// "server listening: …" is prose: a plain word before a tag is a host only when it looks
		// like one (web01, db-2, host.example.org) or the tag carries a pid.
		if tag[len(tag)-2] != ']' && (!hostName(host) || labelWord(tag[:len(tag)-1])) || levelKey(tag[:len(tag)-1]) {
			return Span{}, false // nor is a word before "LEVEL:" or "version:", a field's label
		}
		if _, lvl := levelToken(tag, true); lvl && (bytes.IndexByte(host, '_') >= 0 || loggerName(host) && !domainEnding(host[bytes.LastIndexByte(host, '.')+1:])) {
			// A logger before its level: Python's "feast.offline_server INFO: …", nipype's
			// "nipype.workflow INFO:"; a machine's dotted name has digits or ends in its domain.
			return Span{}, false
		}
	default:
		return Span{}, false
	}
	if line[he-1] == ':' {
		he-- // "fw01: %ASA-6-302013: …": the colon closes the header's field
	}
	return Span{int32(hs), int32(he)}, true
}

// isModuleID reports whether tag opens with a Comware or VRP information id (see moduleID).
func isModuleID(tag []byte) bool {
	_, ok := moduleID(tag)
	return ok
}

// domainEnding reports whether w, the last label of a dotted name, ends a machine's name: a
// country's two letters or a common top-level or site-local domain. A logger's last part names a
// module ("nipype.workflow", "urllib3.connectionpool").
func domainEnding(w []byte) bool {
	if len(w) == 2 || hostDomain(w) {
		return true
	}
	switch string(w) {
	case "dev", "app", "cloud", "arpa", "box", "home", "mil", "int", "info", "biz", "site", "online", "tech", "host", "intranet", "localdomain", "priv":
		return true
	}
	return false
}

// loggerName reports whether w is a dotted name of lower-case words only, as Python's loggers
// are ("django.request", "celery.worker.strategy"): before a function and its line in brackets
// it is no host.
func loggerName(w []byte) bool {
	if bytes.IndexByte(w, '.') < 0 {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

// ietfAfterTime reports whether RFC 5424's HOSTNAME, APP-NAME, PROCID and MSGID start at
// line[hs], after an RFC 3339 time that opens the line, and its STRUCTURED-DATA follows: a
// number or none for the PROCID.
func ietfAfterTime(line []byte, hs int) bool {
	return byteAt(line, 10) == 'T' && ietfHeaderAt(line, hs) // RFC 3339's time opens the line
}

// ietfHeaderAt reports whether RFC 5424's HOSTNAME, APP-NAME, PROCID and MSGID start at line[hs:],
// after a blank, with the structured data after them.
func ietfHeaderAt(line []byte, hs int) bool { return ietfHeaderEnd(line, hs) > 0 }

// ietfHeaderEnd is ietfHeaderAt that returns where the message after the fields and the
// structured data starts, or 0 when they are not there.
func ietfHeaderEnd(line []byte, hs int) int {
	if hs < 1 || hs >= len(line) || line[hs-1] != ' ' || !isAlnum(line[hs]) {
		return 0
	}
	f, end, ok := ietfFields(line, hs-1, false)
	if ok && bytes.Contains(line[hs:end], []byte("  ")) {
		return 0 // an empty field is a NILVALUE in RFC 5424, never a second blank
	}
	if !ok || f[0].End == 0 || !hostName(f[0].Of(line)) {
		return 0
	}
	sd, ok := sdAfter(line, end)
	switch {
	case !ok:
		return 0
	case f[1].End == 0 && (f[2].End != 0 || f[3].End != 0 || byteAt(line, end+1) != '-'):
		// No program: then PROCID and MSGID are nil too, and so is the structured data, as a
		// collector stores a device's record that names none ("… waap01.example.net - - - - {…}").
		return 0
	case f[1].End != 0 && f[2].End != 0 && !digitsOnly(f[2].Of(line)):
		return 0
	}
	return skipBlanks(line, sd)
}

// hostAround reads the node column that supercomputer logs write on both sides of the time
// ("… R12-M0-N4-C:J07-U01 2026-11-29-07.41.16.647238 R12-M0-N4-C:J07-U01 RAS …"): the same
// host-like word just before and just after it.
func hostAround(line []byte, s *stamp) (Span, bool) {
	as, ae := nextToken(line, s.end)
	be := s.start - 1
	if be <= 0 || ae == as || line[be] != ' ' {
		return Span{}, false
	}
	bs := bytes.LastIndexByte(line[:be], ' ') + 1
	if !bytes.Equal(line[bs:be], line[as:ae]) || !isAlnum(line[as]) || !hostLike(line[as:ae]) || numberColumn(line[as:ae]) || weekdayWord(line, as) > 0 {
		// "[NX Daemon Server] - 2026-… - …" has dashes around its time, no host; and two
		// times in a row have their weekdays around the first (journalctl --list-boots).
		return Span{}, false
	}
	return Span{int32(as), int32(ae)}, true
}

// withPort reports whether a host value ends with a port after its one colon ("stock:9000",
// "shop.example.org:8443"): a peer's or a request's, where a machine's own name has none. An IPv6
// address has several colons.
func withPort(v []byte) bool {
	c := bytes.IndexByte(v, ':')
	return c > 0 && c < len(v)-1 && len(v)-c-1 <= 5 && digitsOnly(v[c+1:])
}

// tagBefore returns the program's name of the syslog tag that ends right before line[i], without
// its pid and colon ("upsd" of "upsd[881]: "), or nil.
func tagBefore(line []byte, i int) []byte {
	e := i
	for e > 0 && line[e-1] == ' ' {
		e--
	}
	if e < 2 || line[e-1] != ':' {
		return nil
	}
	e--
	s := bytes.LastIndexByte(line[:e], ' ') + 1
	tag := line[s:e]
	if b := bytes.IndexByte(tag, '['); b > 0 {
		tag = tag[:b]
	}
	return tag
}

// moduleSeverity reads a syslog severity digit in angle brackets glued to a module's name in
// capitals in square ones, "[HMON]<3>", as A10's ACOS opens its messages.
func moduleSeverity(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 7 || tok[0] != '[' || tok[n-1] != '>' || tok[n-3] != '<' || tok[n-4] != ']' || !isUpperWord(tok[1:n-4]) {
		return Unknown, false
	}
	if c := tok[n-2]; c >= '0' && c <= '7' {
		return LevelFromSyslog(int(c - '0')), true
	}
	return Unknown, false
}

// nutDebug reports whether tok is the debug level NUT's daemons open a message with, "[D1]" to
// "[D9]", its context after a colon or not, in their syslog messages and on their debug output after the seconds since start.
// Elsewhere such a bracket is an id (a modem's subscription in QXDM's export).
func nutDebug(tok []byte) bool {
	if len(tok) < 4 || tok[0] != '[' || tok[1] != 'D' || tok[2] < '1' || tok[2] > '9' {
		return false
	}
	// The context NUT 2.8's tools add after a colon: "[D1:init]", "[D1:start-ups1]".
	return tok[3] == ']' || tok[3] == ':' && tok[len(tok)-1] == ']' && len(tok) > 5
}

// notMachine reports whether a host field's value names no machine: a peer's address with its
// port ("stock:9000"), the wildcard address a server binds (structlog's `host='0.0.0.0'`
// beside its port), which is every machine's, or a URL, a server to reach.
func notMachine(v []byte) bool {
	switch string(v) {
	case "0.0.0.0", "::", "[::]", "*":
		return true
	}
	return withPort(v) || bytes.Contains(v, []byte("://"))
}

// addrPort reports whether a word is an address with a port, "198.51.100.77:52011": the peer a
// server talks to, not the host that logged.
func addrPort(w []byte) bool {
	return indexByteFrom(w, '.', 0) >= 0 && withPort(w)
}

// tagLike accepts a syslog tag: a program name with an optional [pid].
func tagLike(t []byte) bool {
	pid := false
	if k := indexByteFrom(t, '[', 0); k > 0 {
		if t[len(t)-1] != ']' {
			return false
		}
		t, pid = t[:k], true
	}
	for i, c := range t {
		if c == ':' && pid && i > 0 && (t[i-1] == ':' || byteAt(t, i+1) == ':') {
			continue // a Rust module's path, with its pid: "zram_generator::config[512]:"
		}
		if !(isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '(' || c == ')' || c == '@') {
			return false // '@': a systemd template unit's instance, "user@1000.service[2211]:"
		}
	}
	return true
}

// compilerTagLevel reads the level of a compiler's diagnostic whose origin and position were taken
// for the tag: "2026-…Z /src/Cart.cs(41,27): warning CS8602: …" (see diagnosticLevel).
func compilerTagLevel(line []byte, h *bsdHeader) (Level, bool) {
	if h.tag.End <= h.tag.Start || line[h.tag.End-1] != ')' {
		return Unknown, false
	}
	return diagnosticLevel(line[h.tag.Start:])
}

// fullMonth reports whether b opens with a month's whole name longer than its abbreviation.
func fullMonth(b []byte) bool {
	_, n := monthWord(b, 0)
	return n > 3 && b[n-1] != '.'
}

// zeroAfterZ returns the length of a zero offset written again after a 'Z' (last), as some
// devices do ("…38.635322Z+0000 super mon …"), when a blank follows it; 0 otherwise.
func zeroAfterZ(b []byte, last byte) int {
	if last != 'Z' {
		return 0
	}
	for _, z := range [...]string{"+00:00", "+0000", "+00"} {
		if len(b) > len(z) && string(b[:len(z)]) == z && b[len(z)] == ' ' {
			return len(z)
		}
	}
	return 0
}

// digitsOnly reports whether b is a run of one or more digits.
func digitsOnly(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// sessionPairs reports whether w is a session's pairs joined by commas, as a log_line_prefix of
// PostgreSQL's writes them ("user=app,db=shop,app=psql,client=10.0.0.5", "user=,db=,app=,client="):
// every part a lower-case key and '=', of two parts at least.
func sessionPairs(w []byte) bool {
	parts := 0
	for len(w) > 0 {
		part, rest, _ := bytes.Cut(w, []byte{','})
		k := bytes.IndexByte(part, '=')
		if k <= 0 || !isLowerWord(part[:k]) {
			return false
		}
		parts, w = parts+1, rest
	}
	return parts >= 2
}

// ubiquitiName returns the length of the device's name in a UniFi device's "name,mac,vversion:"
// (twelve hex digits of the MAC, a version that starts with v), or 0.
func ubiquitiName(w []byte) int {
	if len(w) < 20 || w[len(w)-1] != ':' {
		return 0
	}
	name, rest, ok := bytes.Cut(w[:len(w)-1], []byte{','})
	if !ok || len(name) == 0 || !hostLike(name) {
		return 0
	}
	mac, ver, ok := bytes.Cut(rest, []byte{','})
	if !ok || len(mac) != 12 || max(hexRunIn(mac, 'a'), hexRunIn(mac, 'A')) != 12 || len(ver) < 2 || ver[0] != 'v' || !isDigit(ver[1]) {
		return 0
	}
	return len(name)
}

// pidAndTid reports whether w is a pid and a thread id joined by a dash, "1234-1250".
func pidAndTid(w []byte) bool {
	a, b, ok := bytes.Cut(w, []byte{'-'})
	return ok && len(a) > 0 && len(b) > 0 && digitsOnly(a) && digitsOnly(b)
}

// hostBeforeEngine reads the appliance's name that Citrix NetScaler (ADC) writes after its time
// and zone, before its packet engine: "<134> 11/30/2026:12:00:01 GMT ns1 0-PPE-0 : default SSLLOG …".
func hostBeforeEngine(line []byte, i int) Span {
	s, e := nextToken(line, i)
	if _, zone := zoneAbbrevs[string(line[s:e])]; zone {
		s, e = nextToken(line, e)
	}
	es, ee := nextToken(line, e)
	a, rest, ok := bytes.Cut(line[es:ee], []byte("-PPE-"))
	if e == s || !ok || !digitsOnly(a) || !digitsOnly(rest) || len(a) == 0 || len(rest) == 0 || !hostLike(line[s:e]) {
		return Span{}
	}
	return Span{int32(s), int32(e)}
}

// paddedColumnLevel reads the common level names a padded column holds, capitalized: words of
// prose before two blanks ("Alert  triggered", "Note  that …") are none.
func paddedColumnLevel(tok []byte) (Level, bool) {
	switch string(tok) {
	case "Info", "Information", "Notice", "Warning", "Error", "Critical", "Debug":
		return ParseLevel(tok)
	}
	return Unknown, false
}

// levelAfterCategory reads a level word with its colon after a bracketed category of one word
// that opens a message: "[app] WARN: …", "[system] ERROR: …".
func levelAfterCategory(msg []byte) (Level, bool) {
	close := bytes.IndexByte(msg[:min(len(msg), 40)], ']')
	if msg[0] != '[' || close < 2 || byteAt(msg, close+1) != ' ' || bytes.IndexByte(msg[1:close], ' ') >= 0 {
		return Unknown, false
	}
	s, e := nextToken(msg, close+1)
	if e-s < 3 || msg[e-1] != ':' {
		return Unknown, false
	}
	return levelToken(msg[s:e], true)
}

// ownPidLevel reads the syslog level's digit that ngIRCd writes in its console header (see
// pidLevelUptime) when that header opens a syslog message after the tag with the same pid: the
// bracket's pid is the process's own, so the digit is no other program's column.
func ownPidLevel(line []byte, h *bsdHeader) (Level, bool) {
	pid := h.pid.Of(line)
	if len(pid) == 0 || byteAt(line, h.msg) != '[' || !bytes.HasPrefix(line[h.msg+1:], pid) || byteAt(line, h.msg+1+len(pid)) != ':' {
		return Unknown, false
	}
	lvl, _, ok := pidLevelUptime(line[h.msg:])
	return lvl, ok
}

// fluxTagLevel reads the level the Flux resource manager writes after its component's name and a
// dot, before the broker's rank in brackets and a colon: "broker.info[0]:", "job-exec.err[0]:",
// "sched-simple.debug[0]:" (syslog's names of the levels).
func fluxTagLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 8 || tok[n-1] != ':' || tok[n-2] != ']' {
		return Unknown, false
	}
	open := bytes.LastIndexByte(tok, '[')
	if open < 3 || !digitsOnly(tok[open+1:n-2]) || open+1 == n-2 {
		return Unknown, false
	}
	return dottedLevelName(tok[:open])
}
