package parse

import "testing"

// The six-hundred-and-sixty-fifth fresh table: peer-to-peer and file-sharing clients, daemons and
// trackers as people attach their logs to tickets, shapes no earlier table holds. Each family is
// one product's documented or observed output: slskd's Serilog console (`[HH:mm:ss INF]`, a time
// of day only, with a .NET exception stack under an ERR); aMule's logfile (a flag column, blank or
// `!`, before a zone-less stamp closed by a colon); rqbit's tracing output (an RFC 3339 time in Z,
// a right-aligned level, spans and a target); Tribler 7's log (a padded level word, then epoch
// seconds with two decimals, a right-aligned `module:line` and the logger in parentheses);
// MLDonkey's mlnet log (`yyyy/MM/dd HH:mm:ss [section]`); ZeroNet's debug log (a bracketed stamp
// with comma milliseconds and a level padded to eight); bitmagnet's zap console (tab-separated
// level, logger, caller, message and JSON fields); and the Torrust Tracker's `time [target][LEVEL]`
// lines with nanoseconds and +00:00.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`transmission`, `qbittorrent`, `rtorrent`, `libtorrent`, `aria2`,
// `ipfs`, `kubo`, `amule`, `emule`, `nicotine`, `deluge`, `tixati`, `vuze`, `azureus`, `biglybt`,
// `frostwire`, `soulseek`, `slskd`, `syncthing`, `resilio`, `btsync`, `gnutella`, `limewire`,
// `retroshare`, `i2p`, `i2pd`, `freenet`, `hyphanet`, `webtorrent`, `opentracker`, `chihaya`,
// `bittorrent`, `tribler`, `ktorrent`, `fragments`, `transmission-daemon`, `qbittorrent-nox`,
// `flood`, `rutorrent`, `jackett`, `prowlarr`, `sonarr`, `radarr`, `sabnzbd`, `nzbget`, `gnunet`,
// `zeronet`, `hypercore`, `dat `, `ipfs-cluster`, `go-ipfs`, `helia`, `libp2p`, `iroh`, `magnet`,
// `DHT`, `tracker`, `Picotorrent`, `torrent`, `dc++`, `airdc`, `eiskaltdc`, `microdc`, `ncdc`,
// `shareaza`, `gtk-gnutella`, `mldonkey`, `kadmlia`, `croc`, `magic-wormhole`, `wormhole`,
// `onionshare`, `localsend`, `warpinator`, `dukto`, `nitroshare`, `snapdrop`, `pairdrop`,
// `sharedrop`, `filecoin`, `lotus`, `storj`, `sia`, `siad`, `renterd`, `hostd`, `swarm`, `bee `,
// `ethersphere`, `hypha`, `peergos`, `tahoe`, `garage`, `seaweed`, `rqbit`, `bitmagnet`,
// `radicle`, `hyperswarm`, `porla`, `exatorrent`, `torrust`, `aquatic`, `qui `, `cratetorrent`,
// `anacrolix`, `synapse`, `transmission-remote`, `btfs`, `xbt`, `ocelot`, `unit3d`, `gazelle`,
// `nextcloud`, and the fragments `[cO]`, `dMain`, `mlnet`, `librqbit`, `torrent{id`,
// `Socks5Connection`, `created).2f`, `CreditMining`, `ConnServer`, `PeerPortchecker`,
// `Db:ContentDb`, `dht_crawler`, `dht_client`, `UDP TRACKER`, `HTTP TRACKER`, `Creditfile`,
// `server.met`, `aMuleD`, `Soulseek`, `Hosting failed to start`, `INF] `). None of slskd, aMule,
// rqbit, Tribler, MLDonkey, ZeroNet, bitmagnet or Torrust is in any table (`dMain` matches only
// other words: `etcdmain`, `sharedmain`, `TSDMain`, `DownloadMain`, `restartedMain` and osmo-hlr's
// DMAIN; `server.met` only a Java stack's `server.method`; `Hosting failed to start` an ASP.NET
// console line; `INF] ` other Serilog and zerolog products).
// Left out as measured already: Transmission, qBittorrent, rTorrent, aria2, IPFS kubo, Deluge,
// Nicotine+, Syncthing, Resilio, i2pd, the *arr family, SABnzbd and NZBGet. Left out as not
// confirmed by any search: Tixati, KTorrent, gtk-gnutella and OnionShare; BiglyBT's debug lines
// were found only wrapped by an issue's text. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). slskd's console has a time of day only: it is on the clock's day. aMule's,
// MLDonkey's, ZeroNet's and bitmagnet's stamps have no zone and are taken as UTC; rqbit's ends in Z
// and Torrust's in +00:00 (nanoseconds kept); Tribler's is epoch seconds with centiseconds. Levels
// only where the line marks one: slskd's three-letter Serilog level, rqbit's and Torrust's level
// words, Tribler's, ZeroNet's and bitmagnet's level columns; aMule's `!` (a line it also puts in its
// status bar) and MLDonkey's bracketed sections ([cO], [DNS], [dMain]) are no levels. No family
// has a host field: Soulseek servers, eD2k servers, DHT peers, trackers, SOCKS5 clients, listen
// and server_socket addresses and the name MLDonkey resolves are peers or addresses, not the
// record's host. A record that spans lines is one entry: slskd's ERR with the exception's inner
// exceptions and frames under it. slskd's boxed startup banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a
// layout the source says "from memory" (aMule's meaning of `!`, rqbit's DEBUG peer span, some of
// bitmagnet's and Torrust's messages). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 88.9 %, host 100.0 %, records 100.0 %), in a
// worktree at 717472f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Tribler 7's time, epoch seconds with two decimals after the
// padded level word, which trawl does not read, so none of its records gets a time.

var fresh665Cases = []worldCase{
	{
		name:   "slskd-console-serilog-clock",
		source: "slskd run in a terminal or read with `docker logs` (Serilog's console template `[HH:mm:ss LVL] msg`, levels VRB DBG INF WRN ERR FTL, its boxed startup banner first, a .NET exception with ` ---> ` inner exceptions and `   at …` frames under an ERR): slskd/slskd issues #1824 (the banner and the INF lines) and #1077 (an ERR with the SoulseekClientException stack)",
		why:    "a time of day with no date inside the bracket (the clock's day), then the three-letter Serilog level; the exception's lines belong to the ERR above them; the Soulseek server's address is no host",
		entries: []worldEntry{
			wskip("╒════════════════════════════════════════════════════════╕",
				"│           GNU AFFERO GENERAL PUBLIC LICENSE            │",
				"│              0.24.3.0 (0.24.3.0+8e1f0c2a)              │",
				"└────────────────────────────────────────────────────────┘"),
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16 INF] Version: 0.24.3.0 (0.24.3.0+8e1f0c2a)"),
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16 INF] Using configuration file /srv/slskd/slskd.yml"),
			we("2026-11-29T07:41:17Z", Info, "", "[07:41:17 INF] Listening for HTTP requests at http://0.0.0.0:5030/"),
			we("2026-11-29T07:41:19Z", Warn, "", "[07:41:19 WRN] Shared directory /mnt/tunes/incoming does not exist and will be skipped"),
			we("2026-11-29T07:41:24Z", Error, "",
				"[07:41:24 ERR] Hosting failed to start",
				"Soulseek.SoulseekClientException: Failed to connect: Connection refused by relay.slsk.example:2271",
				" ---> Soulseek.ConnectionException: Connection refused by relay.slsk.example:2271",
				" ---> System.Net.Sockets.SocketException (111): Connection refused",
				"   at Soulseek.Network.Tcp.Connection.ConnectAsync(CancellationToken cancellationToken)",
				"   --- End of inner exception stack trace ---",
				"   at Soulseek.SoulseekClient.ConnectInternalAsync(String address, IPEndPoint ipEndPoint, String username, String password, CancellationToken cancellationToken)",
				"   at slskd.Application.StartAsync(CancellationToken cancellationToken)"),
			we("2026-11-29T07:41:25Z", Info, "", "[07:41:25 INF] Waiting about 4 seconds before reconnecting"),
		},
	},
	{
		name:   "amule-logfile-flag-column",
		source: "aMule's ~/.aMule/logfile and amuled's stdout (` yyyy-MM-dd HH:mm:ss: msg`, a one-character column first: a blank, or `!` for a line aMule also shows in its status bar): amule-project/amule issues #713 and #349, isc30/aMulerr issue #17 (pasted logs); that `!` marks AddLogLineC's status-bar lines rather than a severity from memory",
		why:    "a zone-less date and time (UTC by the rules) after the flag column, closed by a colon; `!` is no level; the eD2k server's address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", " 2026-11-29 07:41:16: Initialising aMuleD 2.3.3 compiled with wxBase(GTK3) v3.2.6 and Boost 1.86"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 2026-11-29 07:41:16: Checking if there is an instance already running..."),
			we("2026-11-29T07:41:18Z", Unknown, "", " 2026-11-29 07:41:18: Creditfile loaded, 412 clients are known"),
			we("2026-11-29T07:41:18Z", Unknown, "", " 2026-11-29 07:41:18: *** TCP socket (ECServer) listening on 0.0.0.0:4712"),
			we("2026-11-29T07:41:19Z", Unknown, "", "!2026-11-29 07:41:19: 7 servers in server.met found"),
			we("2026-11-29T07:41:33Z", Unknown, "", "!2026-11-29 07:41:33: Connection established on: Nordlicht Relay (203.0.113.44:4661)"),
		},
	},
	{
		name:   "rqbit-tracing-spans",
		source: "rqbit (librqbit) in a terminal (tracing-subscriber's default fmt: `yyyy-MM-ddTHH:mm:ss.ffffffZ LEVEL span{…}:span: target: msg`, the level right-aligned to five): NixOS/nixpkgs PR #427165 (the fetchtorrent rqbit test's pasted log); the DEBUG peer line's span from memory",
		why:    "an RFC 3339 time in Z with microseconds; the level padded to five with a leading blank; spans such as `torrent{id=3}:initialize_and_start:` and targets such as `librqbit::session` are no host, nor the listen address or a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", "2026-11-29T07:41:16.204117Z  INFO librqbit::session: Listening on 0.0.0.0:4240 for incoming peer connections"),
			we("2026-11-29T07:41:16.20453Z", Info, "", "2026-11-29T07:41:16.204530Z  INFO librqbit_dht::dht: DHT listening on 0.0.0.0:41873"),
			we("2026-11-29T07:41:16.912655Z", Info, "", `2026-11-29T07:41:16.912655Z  INFO torrent{id=3}: librqbit::session: added torrent name="debian-13.2.0-amd64-netinst.iso"`),
			we("2026-11-29T07:41:17.021408Z", Debug, "", "2026-11-29T07:41:17.021408Z DEBUG torrent{id=3}:peer{addr=198.51.100.77:51413}: librqbit::peer_connection: connecting"),
			we("2026-11-29T07:41:21.58831Z", Warn, "", `2026-11-29T07:41:21.588310Z  WARN torrent{id=3}:tracker{url="http://tracker.example.org:6969/announce"}: librqbit_tracker_comms: error announcing: error sending request`),
			we("2026-11-29T07:41:29.002741Z", Error, "", "2026-11-29T07:41:29.002741Z ERROR torrent{id=4}:initialize_and_start: librqbit::torrent_state::initializing: error opening /srv/torrents/archive.tar: Permission denied (os error 13)"),
		},
	},
	{
		name:   "tribler7-epoch-centiseconds",
		source: "Tribler 7.x's core and GUI log (tribler-core-info.log and the console: `%(levelname)-7s %(created).2f %(module)25s:%(lineno)-4d (%(name)s)  %(message)s`): Tribler/tribler issues #4678 and #4905 (pasted logs); the format string inferred from their columns",
		why:    "the time is epoch seconds with two decimals after a padded level word; `connection:168` is a module and line, no time; the SOCKS5 client's 127.0.0.1 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.19Z", Info, "", "INFO    1795938076.19                connection:168  (Socks5Connection)  Accepting UDP ASSOCIATE request to 127.0.0.1:48211"),
			we("2026-11-29T07:41:17.4Z", Info, "", "INFO    1795938077.40             LibtorrentMgr:588  (LibtorrentMgr)  Starting download: filename: fedora-kde-43-x86_64.iso, torrent hash: 5d1e0c7a9b3f4e2d8c6a1b0f9e8d7c6b5a4f3e2d"),
			we("2026-11-29T07:41:21.02Z", Warn, "", "WARNING 1795938081.02            udp_connection:41   (SocksUDPConnection)  Received an IPV6 udp datagram, dropping it (Not implemented yet)"),
			we("2026-11-29T07:41:29.93Z", Error, "", "ERROR   1795938089.93    LibtorrentDownloadImpl:799  (LibtorrentDownloadImpl)  Resume data failed to save: <class 'Tribler.Core.exceptions.SaveResumeDataError'>: torrent has no metadata"),
			we("2026-11-29T07:41:33.51Z", Info, "", "INFO    1795938093.51     event_request_manager:132  (TriblerGUI)  Will connect to events endpoint"),
		},
	},
	{
		name:   "mldonkey-mlnet-sections",
		source: "MLDonkey's mlnet core on its console and in ~/.mldonkey/mlnet.log (`yyyy/MM/dd HH:mm:ss [section] msg`, sections [cO], [Gettext], [DNS], [dMain]): ygrek/mldonkey issue #81 (a pasted startup and the `[dMain] Core started` line)",
		why:    "a slashed zone-less date and time (UTC); the bracketed section is a subsystem, no level; `Resolving [name]` names a host to look up, not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [cO] Starting MLDonkey 3.2.1 ... "),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [cO] Language EN, locale UTF-8, ulimit for open files 4096"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [Gettext] Loading language resource mlnet_strings.en_US.UTF-8"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 [DNS] Resolving [mule-box.lan] ..."),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 [cO] Logging in /var/lib/mldonkey/mlnet.log"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 [dMain] Core started"),
		},
	},
	{
		name:   "zeronet-debug-log",
		source: "ZeroNet (and the ZeroNetX fork) log/debug.log and the console with --debug (`[yyyy-MM-dd HH:mm:ss,mmm] LEVEL    Logger msg`, the level padded to eight; loggers ConnServer, Site:1abc..wxyz, Db:ContentDb, PeerPortchecker): ZeroNetX/ZeroNet issue #195, HelloZeroNet/ZeroNet issue #1941 (pasted logs)",
		why:    "a bracketed zone-less date and time with comma milliseconds (UTC); the level word padded to eight; `Site:1HeLLo..Tf3D` is a logger with a shortened site address, and the trackers and peers named are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.16Z", Debug, "", "[2026-11-29 07:41:16,160] DEBUG    ConnServer Binding to: :::26552, (msgpack: 1.0.5), supported crypt: ['tls-rsa']"),
			we("2026-11-29T07:41:16.342Z", Info, "", "[2026-11-29 07:41:16,342] INFO     PeerPortchecker Checked port 26552 (ipv4) using checkIpfingerprints result: {'ip': '198.51.100.31', 'opened': False} in 1.204s"),
			we("2026-11-29T07:41:17.018Z", Debug, "", "[2026-11-29 07:41:17,018] DEBUG    Site:1HeLLo..Tf3D Tracker announce result: zero://203.0.113.8:15441 (sites: 3, new peers: 2) in 0.512s"),
			we("2026-11-29T07:41:21.904Z", Warn, "", "[2026-11-29 07:41:21,904] WARNING  Site:1BLogC..AGg8 Tracker udp://tracker.example.net:6969 announce failed: Could not connect in mode update"),
			we("2026-11-29T07:41:29.377Z", Error, "", "[2026-11-29 07:41:29,377] ERROR    Db:ContentDb Database error: database is locked"),
		},
	},
	{
		name:   "bitmagnet-zap-console",
		source: "bitmagnet's zap console output (`yyyy-MM-dd HH:mm:ss LEVEL<tab>logger<tab>file:line<tab>msg<tab>{json fields}`; levels DEBUG INFO WARN ERROR): bitmagnet-io/bitmagnet issue #248 (a pasted debug log, its tabs shown as blanks), journey-ad/Bitmagnet-Next-Web issue #13; the INFO and ERROR messages from memory",
		why:    "a zone-less date and time without fractions (UTC); the level word, then tab-separated logger and caller; `client/logger.go:56` is a caller, no time; the JSON's addr is a DHT peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16\tINFO\tdht_server\tserver/server.go:88\tstarted DHT server\t{\"port\": 3334}"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17\tDEBUG\tdht_client\tclient/logger.go:56\tping failed\t{\"addr\": \"198.51.100.52:6881\", \"duration\": \"4.000118233s\", \"error\": \"context deadline exceeded\"}"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17\tWARN\tdht_crawler\tdhtcrawler/bootstrap.go:41\tfailed to resolve bootstrap node address\t{\"error\": \"lookup router.example.org on 127.0.0.11:53: no such host\"}"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29 07:41:21\tERROR\tqueue\tqueue/worker.go:112\tjob failed\t{\"queue\": \"process_torrent\", \"error\": \"pq: deadlock detected\"}"),
			we("2026-11-29T07:41:29Z", Info, "", "2026-11-29 07:41:29\tINFO\tdht_crawler\tdhtcrawler/persist.go:74\tpersisted torrents\t{\"count\": 37}"),
		},
	},
	{
		name:   "torrust-tracker-target-level",
		source: "Torrust Tracker 3.0 alpha (`yyyy-MM-ddTHH:mm:ss.fffffffff+00:00 [target][LEVEL] msg`, targets `UDP TRACKER`, `HTTP TRACKER` or a module path): torrust/torrust-tracker PRs #549, #702 and #703 (example lines), #841 (a WARN for aborted UDP requests); the WARN and ERROR messages from memory",
		why:    "an RFC 3339 time with nanoseconds and +00:00; the level in brackets right after the bracketed target; server_socket_addr and the peers are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.018825431Z", Info, "", "2026-11-29T07:41:16.018825431+00:00 [torrust_tracker::bootstrap::logging][INFO] logging initialized."),
			we("2026-11-29T07:41:17.332106588Z", Info, "", "2026-11-29T07:41:17.332106588+00:00 [UDP TRACKER][INFO] request; server_socket_addr=0.0.0.0:6969 action=CONNECT transaction_id=-1204316672 request_id=6f0c1a2e-8b4d-4f7a-9e35-2d1c0b9a8e71"),
			we("2026-11-29T07:41:17.332161904Z", Info, "", "2026-11-29T07:41:17.332161904+00:00 [UDP TRACKER][INFO] response; server_socket_addr=0.0.0.0:6969 transaction_id=-1204316672 request_id=6f0c1a2e-8b4d-4f7a-9e35-2d1c0b9a8e71"),
			we("2026-11-29T07:41:21.90744032Z", Info, "", "2026-11-29T07:41:21.907440320+00:00 [HTTP TRACKER][INFO] request; server_socket_addr=0.0.0.0:7070 method=GET uri=/announce?info_hash=%3A%9F%01%C2%7E%55%10%AB%34%8D%E0%19%77%2B%C4%61%F0%0E%92%5D&port=51413 request_id=0d4e7b21-5c3a-4f86-b1e2-9a7c6d5e4f30"),
			we("2026-11-29T07:41:29.114802756Z", Warn, "", "2026-11-29T07:41:29.114802756+00:00 [UDP TRACKER][WARN] request aborted; server_socket_addr=0.0.0.0:6969 request_id=b2c1d0e9-8f7a-4b6c-9d5e-4f3a2b1c0d9e"),
			we("2026-11-29T07:41:33.550017002Z", Error, "", "2026-11-29T07:41:33.550017002+00:00 [torrust_tracker::servers::udp::server][ERROR] failed to send response: Connection refused (os error 111)"),
		},
	},
}

func TestFresh665Formats(t *testing.T) { assertTable(t, fresh665Cases) }
func TestFresh665Score(t *testing.T) {
	checkScore(t, "fresh665 formats", fresh665Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
