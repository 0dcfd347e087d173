package parse

import "testing"

// The six-hundred-and-eighth fresh table: server daemons in their default files, a sixth further
// pass (daemons that run on servers, each as its own default log file writes it, with their
// multi-line records), shapes no earlier table holds. Each family is one product's documented or
// observed output: Icecream's iceccd log (`[pid] yyyy-MM-dd HH:mm:ss: msg`); the older Icecream
// scheduler log with a time of day only (`[pid] HH:mm:ss: msg`); Limnoria's logs/messages.log (the
// level word first, then a zone-less ISO time, a traceback under an ERROR); NNCP's log (one level
// letter, an RFC 3339 time with nanoseconds, a bracketed structured part); 0-db's (zdb) server
// output (an uptime in brackets and a `[*]`/`[+]` sign, no time of its own); Resilio Sync's
// sync.log (`[yyyyMMdd HH:mm:ss.fff] msg`); Serviio's serviio.log (log4j, a stack under an ERROR); GlareDB's server in tracing's pretty format (an `at file:line` line under each record).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`firebird`, `INET/inet_error`, `db2diag`, `openedge`, `sybase`, `tinyproxy`, `privoxy`,
// `PBS_Server`, `htcondor`, `slurmctld`, `qmaster`, `munin`, `rsync on`, `bacula`, `clamd`,
// `krb5kdc`, `glusterd`, `slapd`, `weblogic`, `glassfish`, `cassandra`, `icecast`, `coturn`,
// `kea-dhcp`, `prosody`, `ejabberd`, `murmur`, `lighttpd`, `dovecot`, `exim`, `squid`, `samba`,
// `jitsi`, `synapse`, `zimbra`, `rspamd`, `activemq`, `clickhouse`, `couchdb`, `aerospike`,
// `tarantool`, `plex`, `jellyfin`, `unifi`, `factorio`, `mediamtx`, `kannel`, `searchd`, `open5gs`,
// `xrdp`, `strongswan`, `softether`, `bgpd`, `mailman`, `innd`, `hmailserver`, `filezilla`,
// `AMQERR`, `dsmserv`, `ANR0`, `netbackup`, `veeam`, `ggserr`, `vertica`, `marklogic`, `x2go`,
// `baikal`, `serviio`, `MgmtSrvr`, `ndb_mgmd`, `Slim::`, `AS-REQ`, `confd`, `ncs.log`, `::07:`,
// `siridb`, `thingsdb`, `[I 20`, `merovingian`, `ICECREAM`, `iceccd`, `icecc`, `icecc-scheduler`,
// `scheduler is on`, `supybot`, `limnoria`, `INFO 2026-11-29T`, `ratbox`, ` 07.41 `, `resilio`,
// `SyncFolder`, `nncp`, `sp-infos`, `call-finish`, `0-db`, `zdb`, `][*]`, `][+]`, `unrealircd`,
// `inspircd`, `znc`, `ergo`, `ngircd`, `ircd-hybrid`, `bitlbee`, `soju`, `glaredb`, `netopeer`). None of Icecream,
// Limnoria, NNCP, 0-db, Resilio Sync, Serviio or GlareDB is in any table's cases (`icecc`, `supybot`,
// `limnoria`, `resilio` and `serviio` match only other tables' grep lists; `INFO 2026-11-29T` only
// LSST's pipeline lines with milliseconds and an offset; `0-db` only other words). Left out as
// measured already: the NDB cluster log, Spectrum Protect's activity log, MonetDB's merovingian
// log, SiriDB's and ThingsDB's `[I yyyy-MM-dd HH:mm:ss]`, ratbox-services' `yyyy/M/d HH.mm`, and
// netopeer2's output, and every daemon of the first grep list. Left out as not confirmed by any search: Cisco NSO's
// ncs.log, LedisDB's and Altibase's logs.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Icecream's, Limnoria's, Resilio's and Serviio's stamps have no zone and are
// taken as UTC; the older Icecream scheduler has a time of day only, on the clock's day; NNCP's
// time ends in Z; 0-db's bracket is seconds since the daemon started, no time: those entries have
// none. Levels only where the line marks one: Limnoria's leading level word, GlareDB's level word, NNCP's leading letter
// (I, E), Serviio's log4j level; Icecream's, Resilio's and 0-db's lines carry none (0-db's `[*]`
// and `[+]` signs are not level words). The host is the record's host field: none of these files
// has one; the Icecream scheduler's and daemons' names, Limnoria's IRC servers, NNCP's node ids and
// Resilio's peers are no hosts. A record that spans lines is one entry: Limnoria's ERROR with its
// traceback, Serviio's ERROR with its Java stack, GlareDB's line with its `at` line and blank line. GlareDB's time ends in Z.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6b818f1 before any rule for it: level 100.0 %, time 97.1 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 96.9 %, host 100.0 %, records 100.0 %), in a
// worktree at 6b818f1 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 7 families fully right; the gap is 0-db's uptime-stamped line, which takes the date and time
// written in its message as the record's own time. (The table was written with eight families;
// Limnoria's messages.log, which another table of the same session holds as well, was taken out
// of this one when both landed, and the figure is the seven's.)

var fresh608Cases = []worldCase{
	{
		name:   "icecream-iceccd-log",
		source: "Icecream's daemon iceccd, /var/log/icecc/iceccd.log (`[pid] yyyy-MM-dd HH:mm:ss: msg`): icecc/icecream issues #497 (a pasted daemon log) and #453",
		why:    "the pid in brackets before a zone-less date; a colon after the seconds; the scheduler's name in the message is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2210] 2026-11-29 07:41:16: ICECREAM daemon 1.4.0 starting up (nice level 5) "),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2210] 2026-11-29 07:41:16: 16 CPU(s) online on this server"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2210] 2026-11-29 07:41:16: allowing up to 16 active jobs"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2210] 2026-11-29 07:41:17: scheduler is on build-sched-02:8765 (net ICECREAM)"),
			we("2026-11-29T07:41:32Z", Unknown, "", "[2210] 2026-11-29 07:41:32: setting error state for channel 10.30.4.17: (A eof: 0)"),
		},
	},
	{
		name:   "icecream-scheduler-time-of-day",
		source: "Icecream's older scheduler log (icecc-scheduler -vv, `[pid] HH:mm:ss: msg`, a time of day only): icecc/icecream issue #110 (scheduler 1.0.98 and iceccd logs pasted)",
		why:    "a time of day with no date (the clock's day); the pid in brackets; announcing schedulers' addresses are peers, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:35Z", Unknown, "", "[31877] 07:41:35: ICECREAM scheduler 1.0.98 starting up, port 8765"),
			we("2026-11-29T07:41:35Z", Unknown, "", "[31878] 07:41:35: broadcast eth0 10.30.255.255"),
			we("2026-11-29T07:41:36Z", Unknown, "", "[31878] 07:41:36: broadcast from 10.30.4.22:48113 (version 34)"),
			we("2026-11-29T07:42:10Z", Unknown, "", "[31878] 07:42:10: Scheduler from 10.30.4.9:40211 (version 34) has announced itself as a preferred scheduler, disconnecting all connections."),
			we("2026-11-29T07:42:10Z", Unknown, "", "[31878] 07:42:10: remove daemon build-node-07"),
		},
	},
	{
		name:   "nncp-log",
		source: "NNCP's log file (nncp-daemon, nncp-call, nncp-toss: `LEVEL DATETIME [SD] MSG`, one level letter, an RFC 3339 time with nanoseconds): NNCP's documentation 'Log format' (found with the code search)",
		why:    "one level letter (I, E) before an RFC 3339 time in Z with nanoseconds; node ids in the structured part are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118533Z", Info, "", `I 2026-11-29T07:41:16.204118533Z [call-start node="R3K7WQ2MZP6T4YHFJ5C2N8XDVBL1A9GSE0UOQ4IM7KT3HZW6PYCN" addr="10.40.2.8:5400"]`),
			we("2026-11-29T07:41:17.011904127Z", Info, "", `I 2026-11-29T07:41:17.011904127Z [sp-infos node="R3K7WQ2MZP6T4YHFJ5C2N8XDVBL1A9GSE0UOQ4IM7KT3HZW6PYCN" pkts="2" size="81920" xx="rx"]`),
			we("2026-11-29T07:41:21.660213004Z", Info, "", `I 2026-11-29T07:41:21.660213004Z [sp-file node="R3K7WQ2MZP6T4YHFJ5C2N8XDVBL1A9GSE0UOQ4IM7KT3HZW6PYCN" pkt="G5LQ2W8TZ3NP7XH4KC9M1DVRB6YAFJSE0UO2IQ4K7T3HZW6PYCN" size="40960" xx="rx"]`),
			we("2026-11-29T07:43:02.118420977Z", Error, "", `E 2026-11-29T07:43:02.118420977Z [call-start node="V8N2XJ4QDK7WPT1MZ6HC3LRB9YAFGSE0UOQ5IM7KT3HZW6PYCNR" addr="10.40.2.19:5400" err="dial tcp 10.40.2.19:5400: connect: connection refused"]`),
			we("2026-11-29T07:44:40.530019281Z", Info, "", `I 2026-11-29T07:44:40.530019281Z [call-finish node="R3K7WQ2MZP6T4YHFJ5C2N8XDVBL1A9GSE0UOQ4IM7KT3HZW6PYCN" duration="204" rxbytes="81920" txbytes="1204" rxspeed="401" txspeed="5"]`),
		},
	},
	{
		name:   "zdb-uptime-signs",
		gap:    "a line whose only stamp is an uptime in brackets takes a date and time written later in its message (`created at: 2026-11-02 09:14:55`) as its own time",
		source: "0-db's server (zdb) output, each line prefixed with the seconds since it started and a sign (`[  uptime][*] msg`): threefoldtech/0-db PR #78 ('Prefix all logs with boot time', a pasted startup)",
		why:    "the bracket is an uptime, no time: the entries have none; `[*]` and `[+]` are signs, not level words; `index: created at: 2026-…` is a time in the message, not the record's",
		entries: []worldEntry{
			we("", Unknown, "", "[       0.000011][*] 0-db engine, v2.0.8 (commit 5c21e9a)"),
			we("", Unknown, "", "[       0.000164][+] system: running mode: mixed mode"),
			we("", Unknown, "", "[       0.000238][+] namespaces: loading 'default'"),
			we("", Unknown, "", "[       0.000341][+] index: created at: 2026-11-02 09:14:55"),
			we("", Unknown, "", "[       0.000512][*] network: listening on 0.0.0.0:9900"),
		},
	},
	{
		name:   "resilio-sync-log",
		source: "Resilio Sync's sync.log in the storage folder (`[yyyyMMdd HH:mm:ss.fff] msg`): from memory",
		why:    "a compact yyyyMMdd date in brackets before the time with milliseconds; peers' addresses are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "[20261129 07:41:16.412] Resilio Sync 2.8.1 (1390) starting"),
			we("2026-11-29T07:41:16.519Z", Unknown, "", "[20261129 07:41:16.519] Loaded folder /srv/sync/projects"),
			we("2026-11-29T07:41:18.007Z", Unknown, "", "[20261129 07:41:18.007] Incoming connection from 10.50.3.12:41822"),
			we("2026-11-29T07:41:18.244Z", Unknown, "", "[20261129 07:41:18.244] SyncFolderNotify: finished scanning folder /srv/sync/projects"),
		},
	},
	{
		name:   "serviio-log4j-file",
		source: "Serviio media server's log/serviio.log (log4j `yyyy-MM-dd HH:mm:ss,SSS LEVEL [Class] msg`, a Java stack under an ERROR): from memory",
		why:    "a zone-less log4j stamp with a comma before the milliseconds; the padded level word; the renderer's address is a client, no host; the stack belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16,118 INFO  [MediaServer] Starting Serviio Media Server 2.4"),
			we("2026-11-29T07:41:16.902Z", Info, "", "2026-11-29 07:41:16,902 INFO  [LibraryManager] Starting library additions checker"),
			we("2026-11-29T07:41:20.331Z", Warn, "", "2026-11-29 07:41:20,331 WARN  [RendererManager] Unknown renderer at 10.60.1.44, using the generic profile"),
			we("2026-11-29T07:41:25.007Z", Error, "",
				"2026-11-29 07:41:25,007 ERROR [FFmpegCLBuilder] Cannot retrieve metadata for /srv/media/films/harbour.mkv",
				"java.io.IOException: Cannot run program \"ffmpeg\": error=2, No such file or directory",
				"\tat java.lang.ProcessBuilder.start(ProcessBuilder.java:1143)",
				"\tat org.serviio.external.ProcessExecutor.run(ProcessExecutor.java:88)"),
		},
	},
	{
		name:   "glaredb-server-tracing-pretty",
		source: "GlareDB's server run with `glaredb server` (tracing-subscriber's pretty format: an indented `ISO-Z  LEVEL target: msg` line, then `    at file:line on thread ThreadId(n)` and a blank line): GlareDB/glaredb issue #1662 (a pasted startup)",
		why:    "each record is two lines and a blank one: the `at` line belongs to the record above; the level word after the time; the listening address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.399578Z", Info, "", "  2026-11-29T07:41:16.399578Z  INFO logutil: log level set, set_level: INFO", "    at crates/logutil/src/lib.rs:109 on main ThreadId(1)", ""),
			we("2026-11-29T07:41:16.399650Z", Info, "", "  2026-11-29T07:41:16.399650Z  INFO glaredb: starting..., version: \"0.9.4\"", "    at crates/glaredb/src/bin/main.rs:214 on main ThreadId(1)", ""),
			we("2026-11-29T07:41:16.401862Z", Warn, "", "  2026-11-29T07:41:16.401862Z  WARN glaredb::server: skipping telemetry initialization", "    at crates/glaredb/src/server.rs:67 on main ThreadId(1)", ""),
			we("2026-11-29T07:41:16.402013Z", Info, "", "  2026-11-29T07:41:16.402013Z  INFO glaredb::server: GlareDB listening..., addr: 0.0.0.0:6543", "    at crates/glaredb/src/server.rs:118 on main ThreadId(1)", ""),
		},
	},
}

func TestFresh608Formats(t *testing.T) { assertTable(t, fresh608Cases) }
func TestFresh608Score(t *testing.T) {
	checkScore(t, "fresh608 formats", fresh608Cases, [worldNumFields]float64{99.9, 97.0, 99.9, 99.9})
}
