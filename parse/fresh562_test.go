package parse

import "testing"

// The five-hundred-and-sixty-second fresh table: server daemons at non-default settings, a further
// pass — daemons run at debug or trace verbosity, with a log format their documentation describes,
// or logging to a file of their own instead of syslog — shapes no earlier table holds. Each family
// is one product's documented or source-confirmed output: thumbor run with `-l debug` into a log
// file through its THUMBOR_LOG_FORMAT (`%(asctime)s %(name)s:%(levelname)s %(message)s`, a
// traceback under an ERROR); Pushpin's C++ proxy log file with `--verbose` (`[LEVEL] date time.ms
// msg`) and its Rust connection manager's log file at trace (`[LEVEL] date time.ms [target] msg`);
// BoringTun daemonized with `--verbosity trace` and `--log` (tracing's Full layout with ThreadId
// columns) and in the foreground (tracing's multi-line Pretty layout); imgproxy with
// IMGPROXY_LOG_FORMAT=pretty (`[DBG]`, a Go stack under an ERR) and =structured (`time="…"
// level="WARNING"`); go-camo with `--verbose` (mlog's `level="D"` pairs with a nanosecond offset
// time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`thumbor`, `thumbor:`, `tornado.access`, `root:DEBUG`, `:DEBUG `,
// `pushpin`, `pushpin-proxy`, `connmgr`, `zurl`, `m2adapter`, `[ERR] 20`, `[DEBUG] 20`,
// `[INFO] 20`, `boringtun`, `boringtun_cli`, `WG_LOG_FILE`, `ThreadId(`, `handshake_initiation`,
// `    at boringtun`, `  in boringtun`, `imgproxy`, `[INF] `, `[DBG] `, `[ERR] `,
// `level="WARNING"`, `go-camo`, `camo`, `mlog`, `level="D"`, `level="I"`, `level="F"`, `hbbs`,
// `hbbr`, `hbbs  |`, `rustdesk`, `rendezvous_server`, `[libs/hbb_common`, `] INFO [src/`,
// `] DEBUG [src/`, `flexi_logger`, `static-web-server`, `static_web_server`, `pika`, `pikiwidb`,
// `Running on machine`, `pict-rs`, `soketi`, `tuic`, `doh-server`, `dns-over-https`, `ctrld`,
// `kiwix`, `kiwix-serve`, `oscam`, `inadyn`, `devpi`, `verdaccio`, `flashmq`, `rumqttd`,
// `openziti`, `pfxlog`, `wstunnel`, `routedns`, `sshpiper`, `warpgate`, `meshcentral`, `anubis`,
// `sshportal`, `cachet`, `alignak`, `statping`, `thruk`, `nagflux`, `argus`,
// `apprise`, and the daemons already measured: `radvd`, `knotd`, `nsd`, `vsftpd`,
// `icecast`, `inspircd`, `ngircd`, `transmission`, `minidlna`, `tinyproxy`, `privoxy`, `stunnel`,
// `LOG7[`, `monit`, `collectd`, `kannel`, `bearerbox`, `spamd`, `ganesha`, `corosync`, `htcondor`,
// `(pid:`, `i2pd`, `adguard`, `dante`, `sockd`, `xray`, `v2ray`, `frps`, `coturn`, `libreswan`,
// `pluto`, `ocserv`, `softether`, `rsnapshot`, `bacula`, `bareos`, `krb5kdc`, `sssd`, `gpsd`,
// `apcupsd`, `nsqd`, `kea-dhcp`, `traffic server`, `diags.log`, `murmur`, `freeswitch`,
// `plex media`, `munin`, `wpa_supplicant`, `hostapd`, `ntpd`, `chronyd`, `slapd`, `smbd`,
// `cupsd`, `prosody`, `ejabberd`, `zabbix`, `icinga`, `glusterfs`, `ceph`, `pgpool`,
// `pgbouncer`, `radicale`, `sogo`, `mailman`, `postgrey`, `sympa`, `hylafax`, `jitsi`, `janus`,
// `mediamtx`, `liquidsoap`, `snapserver`, `shairport`, `mopidy`, `twistd`, `buildbot`,
// `svnserve`, `apt-cacher`, `xinetd`, `webmin`, `miniserv`, `conserver`, `netatalk`,
// `tvheadend`, `mythtv`, `zoneminder`, `zimbra`, `certbot`, `acme.sh`, `ddclient`, `taskd`,
// `gerrit`, `mosquitto`, `emqx`, `centrifugo`, `ntfy`, `gatus`, `smokeping`, `ntopng`,
// `librenms`, `cacti`, `netdata`, `yggdrasil`, `tinc`, `zerotier`, `nebula`, `headscale`,
// `dnscrypt-proxy`, `blocky`, `coredns`, `unbound`, `dnsdist`, `keepalived`, `ulogd`,
// `sshguard`, `traefik`, `caddy`, `varnish`, `lighttpd`, `authelia`, `keycloak`, `teleport`,
// `guacamole`, `xrdp`, `freeradius`, `dnsmasq`, `gotosocial`, `meilisearch`, `typesense`,
// `manticore`, `seaweedfs`, `minio`, `juicefs`). None of thumbor, Pushpin, BoringTun's own log,
// imgproxy's log or go-camo is in any table (`boringtun`, `pushpin` and `go-camo`-like names match
// only grep lists; `imgproxy` only a kernel trap line of another host; `camo` only Guacamole;
// `tornado.access` another product's Tornado line; `[INF] ` and `[ERR] ` other products). Left out
// as measured already: RustDesk's hbbs and hbbr (the flexi_logger shape of fresh24's RustDesk
// family), static-web-server, Pika's glog file, wstunnel, RouteDNS, OpenZiti's pfxlog, FlashMQ,
// rumqttd, devpi and Verdaccio. Left out as not confirmed by any search: pict-rs, soketi's
// `--debug` output, tuic-server, m13253's doh-server and ControlD's ctrld (whose grep matched only
// RtBrick's CTRLD). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). thumbor's `%Y-%m-%d %H:%M:%S`, Pushpin's two loggers (the local time with
// no zone), and imgproxy's pretty and structured times have no zone and are taken as UTC; BoringTun's
// tracing times end in Z; go-camo's RFC 3339 time with nanoseconds carries +01:00 and is converted.
// Levels only where the line marks one: thumbor's level glued to the logger name (`thumbor:DEBUG`,
// `tornado.access:WARNING`), Pushpin's bracketed ERR WARN INFO DEBUG TRACE (ERR is Error),
// tracing's padded TRACE DEBUG INFO ERROR, imgproxy's DBG INF WRN ERR CRT and DEBUG INFO WARNING
// ERROR CRITICAL (CRT and CRITICAL are Critical), mlog's D I F (F, fatal, would be Critical). None
// of these lines has a host field: thumbor's and imgproxy's client addresses, Pushpin's backends
// and peers, go-camo's upstream URLs and BoringTun's peers are no hosts. A record that spans lines
// is one entry: thumbor's ERROR with its Python traceback, BoringTun's Pretty event with its `at`
// and `in` lines and the blank line after it, imgproxy's ERR with the Go stack printed under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (BoringTun's Pretty lines and go-camo's debug messages, two families in
// part). Hosts, ids, addresses, users and messages are invented, and every time is in late November
// 2026. The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; no family carries a gap.

var fresh562Cases = []worldCase{
	{
		name:   "thumbor-log-format-default-debug",
		source: "thumbor 7.x run with `-l debug` and logging to a file (/var/log/thumbor.log), its THUMBOR_LOG_FORMAT `%(asctime)s %(name)s:%(levelname)s %(message)s` and THUMBOR_LOG_DATE_FORMAT `%Y-%m-%d %H:%M:%S`: thumbor/thumbor wiki 'Logging' and issue #1625 (thumbor.conf setting both keys); the Python traceback under an ERROR is the logging module's exc_info output",
		why:    "a zone-less date and time with no fraction (UTC by the rules); the level glued to the logger name after a colon (`thumbor:DEBUG`, `tornado.access:INFO`); the traceback belongs to the ERROR above it; the client address in the access line is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 thumbor:DEBUG thumbor starting at 0.0.0.0:8888"),
			we("2026-11-29T07:41:19Z", Debug, "", "2026-11-29 07:41:19 thumbor:DEBUG [RESULT_STORAGE] getting from /var/cache/thumbor/result_storage/v2/un/sa/unsafe/300x200/smart/media.example.test/img/harbour.jpg"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 tornado.access:INFO 200 GET /unsafe/300x200/smart/media.example.test/img/harbour.jpg (10.20.4.17) 86.41ms"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29 07:41:22 thumbor:WARNING ERROR retrieving image https://media.example.test/img/missing.png: HTTP 404: Not Found"),
			we("2026-11-29T07:41:25Z", Error, "",
				"2026-11-29 07:41:25 thumbor:ERROR [BaseHandler] get_image failed for url `media.example.test/img/broken.webp`",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.12/site-packages/thumbor/handlers/__init__.py", line 232, in get_image`,
				"    result = await self._fetch(self.context.request.image_url)",
				"OSError: cannot identify image file <_io.BytesIO object at 0x7f3c2a1b9e50>"),
			we("2026-11-29T07:41:25Z", Warn, "", "2026-11-29 07:41:25 tornado.access:WARNING 400 GET /unsafe/fit-in/800x0/media.example.test/img/broken.webp (10.20.4.17) 12.03ms"),
		},
	},
	{
		name:   "pushpin-proxy-logfile-verbose",
		source: "Pushpin 1.x's pushpin-proxy started by the runner with log_level above 2 (`--verbose`) and `--logfile=<logdir>/pushpin-proxy.log`: fastly/pushpin src/core/log.cpp (`[LEVEL] yyyy-MM-dd HH:mm:ss.zzz msg`, the local QDateTime with no zone, levels ERR WARN INFO DEBUG), the runner's PushpinProxyService and issue #47700 (one log file per component)",
		why:    "the level word in brackets before a zone-less date (UTC by the rules); `ERR` is Error; the backend address after `->` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO] 2026-11-29 07:41:16.204 starting..."),
			we("2026-11-29T07:41:18.517Z", Debug, "", "[DEBUG] 2026-11-29 07:41:18.517 proxysession: 0x55d1c8e3a0f0 GET http://rt.example.test/stream/orders?since=4411 route=orders-backend"),
			we("2026-11-29T07:41:18.902Z", Info, "", "[INFO] 2026-11-29 07:41:18.902 GET http://rt.example.test/stream/orders?since=4411 -> 127.0.0.1:8080 code=200 0 hold=stream"),
			we("2026-11-29T07:41:25.033Z", Warn, "", "[WARN] 2026-11-29 07:41:25.033 proxysession: 0x55d1c8e3b2a0 ignoring Grip-Hold from 127.0.0.1:8080: no channel given"),
			we("2026-11-29T07:41:31.660Z", Error, "", "[ERR] 2026-11-29 07:41:31.660 GET http://rt.example.test/stream/orders -> 127.0.0.1:8080 error=remote-connection-failed"),
		},
	},
	{
		name:   "pushpin-connmgr-rust-logger-file",
		source: "Pushpin's Rust components (the connection manager, pushpin-connmgr.log in the runner's log directory) at debug and trace: fastly/pushpin src/core/log.rs (SimpleLogger: `[LEVEL] yyyy-MM-dd HH:mm:ss.SSS [target] msg`, the local offset applied but not printed, levels ERR WARN INFO DEBUG TRACE)",
		why:    "the bracketed level before a zone-less date, then the Rust target in brackets; TRACE is Trace; the peers' addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "[INFO] 2026-11-29 07:41:16.118 [pushpin::connmgr] starting connection manager with 2 workers"),
			we("2026-11-29T07:41:17.402Z", Debug, "", "[DEBUG] 2026-11-29 07:41:17.402 [pushpin::connmgr::server] server-worker 0: req-conn 14 accepted from 10.20.4.17:51842"),
			we("2026-11-29T07:41:17.403Z", Trace, "", "[TRACE] 2026-11-29 07:41:17.403 [pushpin::connmgr::connection] conn 14: read 412 bytes"),
			we("2026-11-29T07:41:22.950Z", Warn, "", "[WARN] 2026-11-29 07:41:22.950 [pushpin::connmgr::server] server-worker 1: stream-conn 22 timed out"),
			we("2026-11-29T07:41:30.007Z", Error, "", "[ERR] 2026-11-29 07:41:30.007 [pushpin::connmgr::client] client-worker 0: connect to 10.20.9.3:443 failed: Connection refused (os error 111)"),
		},
	},
	{
		name:   "boringtun-daemon-log-file-thread-ids",
		source: "BoringTun's boringtun-cli daemonized with `--verbosity trace` and `--log /var/log/boringtun.log` (WG_LOG_FILE; default /tmp/boringtun.out): cloudflare/boringtun boringtun-cli/src/main.rs (`tracing_subscriber::fmt().with_thread_ids(true).with_ansi(false)` on the log file); tracing-subscriber's Full layout `RFC 3339 µs Z LEVEL ThreadId(NN) target: msg fields` from its fmt documentation",
		why:    "an RFC 3339 time in Z, the level padded to five, a ThreadId(NN) column before the target; `error=Os { … }` is a field, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.203118Z", Info, "", "2026-11-29T07:41:16.203118Z  INFO ThreadId(01) boringtun_cli: Started BoringTun child process"),
			we("2026-11-29T07:41:21.774502Z", Debug, "", "2026-11-29T07:41:21.774502Z DEBUG ThreadId(03) boringtun::noise: Received handshake_initiation remote_idx=2281733 packet_len=148"),
			we("2026-11-29T07:41:21.774911Z", Debug, "", "2026-11-29T07:41:21.774911Z DEBUG ThreadId(03) boringtun::noise: Sending handshake_response local_idx=4410527"),
			we("2026-11-29T07:41:21.775013Z", Trace, "", "2026-11-29T07:41:21.775013Z TRACE ThreadId(04) boringtun::device: Writing packet to tunnel len=84"),
			we("2026-11-29T07:41:33.410266Z", Error, "", `2026-11-29T07:41:33.410266Z ERROR ThreadId(02) boringtun::device: Failed to write to UDP socket error=Os { code: 101, kind: NetworkUnreachable, message: "Network is unreachable" }`),
		},
	},
	{
		name:   "boringtun-foreground-pretty-multiline",
		source: "BoringTun's boringtun-cli run with `-f` (foreground) and `--verbosity debug`, its output kept with NO_COLOR set: cloudflare/boringtun boringtun-cli/src/main.rs (`tracing_subscriber::fmt().pretty()` in the foreground); the Pretty layout (two blanks before the time, `    at file:line`, `    in span with fields`, a blank line after each event) from tracing-subscriber's fmt::format::Pretty documentation; the exact lines for BoringTun from memory",
		why:    "a multi-line record: the event line, its `at` and `in` lines and the blank line after it are one entry; the time in Z after two leading blanks; `remote_idx: 2281733` is a field",
		entries: []worldEntry{
			we("2026-11-29T07:52:04.118220Z", Info, "",
				`  2026-11-29T07:52:04.118220Z  INFO boringtun::device: Opening tunnel, name: "wg0"`,
				"    at boringtun/src/device/mod.rs:412",
				""),
			we("2026-11-29T07:52:09.640371Z", Debug, "",
				"  2026-11-29T07:52:09.640371Z DEBUG boringtun::noise: Received handshake_initiation, remote_idx: 2281733, packet_len: 148",
				"    at boringtun/src/noise/mod.rs:318",
				"    in boringtun::device::peer with public_key: \"kT3v…Zq8=\"",
				""),
			we("2026-11-29T07:52:09.640977Z", Debug, "",
				"  2026-11-29T07:52:09.640977Z DEBUG boringtun::noise: Sending handshake_response, local_idx: 4410527",
				"    at boringtun/src/noise/mod.rs:342",
				"    in boringtun::device::peer with public_key: \"kT3v…Zq8=\"",
				""),
			we("2026-11-29T07:52:40.002815Z", Error, "",
				`  2026-11-29T07:52:40.002815Z ERROR boringtun::device: Failed to write to UDP socket, error: Os { code: 101, kind: NetworkUnreachable, message: "Network is unreachable" }`,
				"    at boringtun/src/device/mod.rs:689",
				""),
		},
	},
	{
		name:   "imgproxy-log-format-pretty-debug",
		source: "imgproxy 3.x with IMGPROXY_LOG_FORMAT=pretty and IMGPROXY_LOG_LEVEL=debug, written to a file by the service manager: imgproxy/imgproxy logger/formatter_pretty.go and formatter_pretty_test.go (`yyyy-MM-dd HH:mm:ss [LVL] msg key=value…`, the local time with no zone, levels DBG INF WRN ERR CRT, a `stack` attribute printed raw on the lines under the entry)",
		why:    "a zone-less date (UTC by the rules), then a three-letter level in brackets; the Go stack under an ERR is part of that entry; client_ip is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INF] Starting server at :8080"),
			we("2026-11-29T07:41:19Z", Debug, "", "2026-11-29 07:41:19 [DBG] Downloading image request_id=QbV3kTn0s9aLx2Pe image_url=https://media.example.test/img/harbour.jpg"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 [INF] Completed in 142.6ms /rs:fit:300:200/plain/https://media.example.test/img/harbour.jpg@webp request_id=QbV3kTn0s9aLx2Pe method=GET status=200 client_ip=10.20.4.17"),
			we("2026-11-29T07:41:23Z", Warn, "", `2026-11-29 07:41:23 [WRN] Completed in 38.1ms /rs:fit:300:200/plain/https://media.example.test/img/missing.png request_id=Hc4uP1wXe7ToB9Rk method=GET status=404 client_ip=10.20.4.17 error="Source image is not found"`),
			we("2026-11-29T07:41:27Z", Error, "",
				`2026-11-29 07:41:27 [ERR] Completed in 2.04s /rs:fill:1200:630/plain/https://media.example.test/img/huge.tiff request_id=7mWcR2yHd8LqZ0Fa method=GET status=422 client_ip=10.20.4.17 error="Source image resolution is too big"`,
				"github.com/imgproxy/imgproxy/v3/processing.checkDimensions",
				"\t/app/processing/security.go:27",
				"github.com/imgproxy/imgproxy/v3/processing.ProcessImage",
				"\t/app/processing/processing.go:318"),
		},
	},
	{
		name:   "imgproxy-log-format-structured",
		source: "imgproxy 3.x with IMGPROXY_LOG_FORMAT=structured and IMGPROXY_LOG_LEVEL=debug: imgproxy/imgproxy logger/formatter_structured.go and formatter_structured_test.go (`time=\"yyyy-MM-dd HH:mm:ss\" level=\"LEVEL\" msg=\"…\" key=\"value\"…`, a zone-less local time, levels DEBUG INFO WARNING ERROR CRITICAL, the stack escaped inside the line)",
		why:    "logfmt-like pairs whose time has a blank inside the quotes and no zone (UTC by the rules); level=\"WARNING\" and \"CRITICAL\"; the escaped `\\n` of the stack keeps the record on one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29 07:41:16" level="INFO" msg="Starting server at :8080"`),
			we("2026-11-29T07:41:19Z", Debug, "", `time="2026-11-29 07:41:19" level="DEBUG" msg="Processing image" request_id="Lx8nTq2VbY5eR0Cw" image_url="https://media.example.test/img/quay.png"`),
			we("2026-11-29T07:41:23Z", Warn, "", `time="2026-11-29 07:41:23" level="WARNING" msg="Completed in 41.7ms /rs:fit:300:200/plain/https://media.example.test/img/gone.png" request_id="Zp0mK3sWc8uN1Hd4" method="GET" status=404 client_ip="10.20.4.17" error="Source image is not found"`),
			we("2026-11-29T07:41:27Z", Error, "", `time="2026-11-29 07:41:27" level="ERROR" msg="Completed in 1.87s /rs:fill:1200:630/plain/https://media.example.test/img/huge.tiff" request_id="Rb6yF2jQa9wE4Tg1" method="GET" status=422 client_ip="10.20.4.17" error="Source image resolution is too big" stack="github.com/imgproxy/imgproxy/v3/processing.checkDimensions\n\t/app/processing/security.go:27"`),
			we("2026-11-29T07:44:02Z", Critical, "", `time="2026-11-29 07:44:02" level="CRITICAL" msg="Can't start server" error="listen tcp :8080: bind: address already in use"`),
		},
	},
	{
		name:   "go-camo-verbose-mlog-structured",
		source: "go-camo run with `--verbose` (debug logging) on a host at +01:00: cactus/go-camo cmd/go-camo/main.go (mlog's standard flags: time, level, sorted extra pairs; debug added when verbose) and mlog's FormatWriterStructured (`time=\"RFC 3339 ns with offset\" level=\"D|I|F\" msg=\"…\" key=\"value\"…`) with its README example, vendored from codeberg.org/dropwhile/go-droplibs; which messages go-camo writes at debug from memory",
		why:    "a one-letter level in quotes (D, I, F); a nanosecond time with a +01:00 offset to convert; the upstream image host in `url` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.031877402Z", Debug, "", `time="2026-11-29T08:41:16.031877402+01:00" level="D" msg="debug logging enabled"`),
			we("2026-11-29T07:41:16.032190551Z", Info, "", `time="2026-11-29T08:41:16.032190551+01:00" level="I" msg="Starting server on: 0.0.0.0:8081"`),
			we("2026-11-29T07:41:20.448310277Z", Debug, "", `time="2026-11-29T08:41:20.448310277+01:00" level="D" msg="fetching remote url" url="https://images.example.test/badge/build.svg"`),
			we("2026-11-29T07:41:20.611904105Z", Debug, "", `time="2026-11-29T08:41:20.611904105+01:00" level="D" msg="response from upstream" resp_code="200" resp_content_type="image/svg+xml" url="https://images.example.test/badge/build.svg"`),
			we("2026-11-29T07:41:24.120733918Z", Info, "", `time="2026-11-29T08:41:24.120733918+01:00" level="I" msg="Unsupported content-type returned" content_type="text/html; charset=utf-8" url="https://images.example.test/login"`),
		},
	},
}

func TestFresh562Formats(t *testing.T) { assertTable(t, fresh562Cases) }
func TestFresh562Score(t *testing.T) {
	checkScore(t, "fresh562 formats", fresh562Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
