package parse

import "testing"

// The five-hundred-and-forty-sixth fresh table: server daemons in their default files, a further
// pass. The common daemons (mail, DNS, web, database, directory, monitoring, backup, queue,
// cluster, VPN, media and IRC servers) are all in earlier tables by now, so this pass takes the
// dedicated game-server daemons people run on rented servers and attach to tickets, each as its
// own default log file or console writes it: Nukkit's console and server.log in its first shape
// (`HH:mm:ss [LEVEL] msg`, a Java stack under an ALERT with no indentation) and in the Cloudburst
// NukkitX shape (`HH:mm:ss [INFO ] msg`, a level padded to five, a tab-indented stack with
// `Caused by:` under an ERROR); alt:V's server.log (`[HH:mm:ss] msg`, `[HH:mm:ss][Warning] msg`)
// and the same file with the 16.2 `logTimeFormat` day-first date; the vanilla Teeworlds 0.6/0.7
// server (`[hex unix time][system]: msg`) and its dated stamp (`[yyyy-MM-dd HH:mm:ss][system]:
// msg`); Multi Theft Auto's mods/deathmatch/logs/server.log (`[yyyy-MM-dd HH:mm:ss] WARNING: …`);
// Cuberite's log file (`[HH:mm:ss] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `glassfish`, `weblogic`, `websphere`, `SystemOut`, `db2diag`,
// `informix`, `sybase`, `glusterd`, `slurmctld`, `htcondor`, `PBS_Server`, `sge_qmaster`,
// `synapse`, `openfire`, `inspircd`, `unrealircd`, `ngircd`, `coturn`, `kannel`, `bearerbox`,
// `opensips`, `bacula`, `bareos`, `amanda`, `nginx unit`, `uwsgi`, `gunicorn`, `tinyproxy`,
// `privoxy`, `traffic server`, `lighttpd`, `icecast`, `prosody`, `ejabberd`, `couchdb`, `neo4j`,
// `ceph-osd`, `dirsrv`, `icinga`, `nagios`, `zabbix_server`, `freeradius`, `mosquitto`, `rsyncd`,
// `znc`, `WSVR0001I`, `####<`, `kid1|`, `openafs`, `ganesha`, `kea-dhcp`, `sssd`, `shibboleth`,
// `stunnel`, `LOG5[`, `sniproxy`, `cyrus`, `opensmtpd`, `zimbra`, `hmailserver`, `mdaemon`,
// `kerio`, `sogo`, `roundcube`, `factorio`, `sonatype`, `artifactory`, `sonarqube`, `teamcity`,
// `atlassian-jira`, `gerrit`, `phabricator`, `redmine`, `mailman`, `salt.master`, `foreman`,
// `cobbler`, `strongswan`, `libreswan`, `softether`, `pritunl`, `plex`, `jellyfin`, `emby`,
// `sonarr`, `radarr`, `qbittorrent`, `deluge`, `sabnzbd`, `nzbget`, `syncthing`, `pihole-FTL`,
// `adguard`, `wazuh`, `ossec`, `suricata`, `clamd`, `rspamd`, `amavis`, `opendkim`, `gemfire`,
// `geode`, `derby.log`, `firebird`, `openedge`, `cconsole`, `vertica`, `monetdb`, `virtuoso`,
// `tarantool`, `aerospike`, `rethinkdb`, `arangodb`, `orientdb`, `memgraph`, `foundationdb`,
// `karaf`, `FelixStartLevel`, `artemis`, `qpid`, `emqx`, `vernemq`, `hivemq`, `resin`, `tomee`,
// `CWWKE0001I`, `AMQERR`, `amqzxma0`, `domino`, `ndsd`, `edirectory`, `vpxd`, `ovirt`,
// `opennebula`, `cloudstack`, `lim.log`, `xrootd`, `irods`, `beegfs`, `moosefs`, `orangefs`,
// `seaweedfs`, `knotd`, `kresd`, `heimdal`, `gdnsd`, `maradns`, `tinydns`, `technitium`, `dnsdist`,
// `yadifa`, `ptp4l`, `lldpd`, `corosync`, `pacemaker`, `bird2`, `frrouting`, `quagga`, `gobgp`,
// `exabgp`, `openbgpd`, `xinetd`, `netatalk`, `minidlna`, `liquidsoap`, `snapserver`,
// `shairport`, `zoneminder`, `frigate`, `smstools`, `gammu`, `hylafax`, `lprng`, `zope`,
// `twistd`, `buildbot`, `odoo`, `liferay`, `alfresco`, `xwiki`, `gogs`, `gitolite`, `svnserve`,
// `perforce`, `p4d`, `carbon-cache`, `collectd`, `munin`, `cacti`, `monit`, `xymon`, `gmond`,
// `snmpd`, `smokeping`, `netdata`, `guacd`, `ignite`, `hazelcast`, `infinispan`, `coherence`,
// `marklogic`, `ingres`, `filemaker`, `basex`, `exist-db`, `citadel`, `apache james`,
// `kvrocks`, `minetest`, `luanti`, `domoticz`, `openhab`, `node-red`, `deconz`, `openttd`,
// `mindustry`, `openra`, `palworld`, `jabberd`, `ergo`, `atheme`, `anope`, `bitlbee`,
// `passenger`, `WatchdogMain`, `mojolicious`, `hypnotoad`, `php-fpm`, `cherrypy`, `ENGINE Bus`,
// `hypercorn`, `helidon`, `3proxy`, `polipo`, `undertow`, `ircd-hybrid`, `solanum`, `charybdis`,
// `metronome`, `gearman`, `nsqd`, `apacheds`, `apcupsd`, `innd`, `leafnode`, `gophernicus`,
// `mediamtx`, `kurento`, `mediasoup`, `owncast`, `peertube`, `mastodon`, `funkwhale`,
// `navidrome`, `ampache`, `mopidy`, `owntone`, `slimserver`, `lyrion`, `trinitycore`,
// `azerothcore`, `mangos`, `worldserver`, `rathena`, `l2j`, `xonotic`, `faforever`,
// `GameService`, `ddnet`, `teeworlds`, `][econ]`, `open-rsc`, `altv`, `alt:v`, `[Warning] System`,
// `h1z1`, `cuberite`, `nukkit`, `Loading nukkit`, `pocketmine`, `bedrock`, `mta:sa`,
// `multitheftauto`, `Multi Theft`, `ragemp`, `fivem`, `srcds`, `hlds`, `gmod`, `sponge`,
// `velocity`, `bungeecord`, `waterfall`, `warsow`, `openarena`, `assetto`, `beammp`. None of
// Nukkit, alt:V, vanilla Teeworlds, Multi Theft Auto or Cuberite is in any table: `teeworlds`
// matches only DDNet's `yyyy-MM-dd HH:mm:ss L system: msg` line (fresh42) and a list of greps,
// never the vanilla `[stamp][system]: msg` shape. Left out as measured already: every daemon in
// the list above with hits, among them FAForever's server (fresh108), DDNet, OpenRA, Minetest,
// Factorio, Minecraft and its proxies; left out as not confirmed by any search and with no
// timestamp in its default file: TrinityCore's and AzerothCore's Server.log (flags 0, no prefix)
// and rAthena's console. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Nukkit's, NukkitX's, alt:V's and Cuberite's stamps are a time of day
// only: they are on the clock's day. alt:V's dated stamp is day-first (`29.11.2026`). Teeworlds'
// hex stamp is the Unix time in hexadecimal (6b0bd71c is 2026-11-29 07:41:16 UTC); its dated
// stamp, and Multi Theft Auto's, have no zone and are read as UTC. Levels only where the line
// marks one: Nukkit's bracketed words (INFO NOTICE WARNING ALERT, NukkitX's padded INFO WARN
// ERROR), alt:V's `[Warning]` and `[Error]` after the time (a line with none carries none), Multi
// Theft Auto's `WARNING:` and `ERROR:` after the stamp; Teeworlds' `[server]`, `[econ]` are
// systems, Multi Theft Auto's `CONNECT:` and `JOIN:` are events, and Cuberite writes no level
// word. None of these files has a host field: players' addresses, the bind address and the
// masterserver are peers. A record that spans lines is one entry: Nukkit's ALERT with the stack
// under it, NukkitX's ERROR with its tab-indented stack and `Caused by:`.
//
// The shapes come from the issue threads each case names, found with the search tool (corpus
// "issues"); where a search did not confirm a layout the source says "from memory" (Cuberite's
// lines and Multi Theft Auto's lines after the confirmed banner). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0369b38 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 87.2 %, host 100.0 %, records 100.0 %), in a
// worktree at 0369b38 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is vanilla Teeworlds' hex Unix time in brackets (`[6b0bd71c]`),
// which trawl does not read, so those records have no time.

var fresh546Cases = []worldCase{
	{
		name:   "nukkit-classic-console-alert-stack",
		source: "Nukkit 1.0dev's console and server.log (`HH:mm:ss [LEVEL] msg`, levels INFO NOTICE WARNING ALERT; an exception under `[ALERT]` with its `at …` lines unindented): Nukkit/Nukkit issues #161, #2030 and #2044",
		why:    "a time of day only (the clock's day); the level word in brackets after it; the unindented `at` lines belong to the ALERT above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [INFO] Loading nukkit.yml..."),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [INFO] Opening server on 0.0.0.0:19132"),
			we("2026-11-29T07:41:17Z", Info, "", `07:41:17 [INFO] Done (0.912s)! For help, type "help" or "?"`),
			we("2026-11-29T07:42:03Z", Notice, "", `07:42:03 [NOTICE] Player data not found for "brannoc", creating new profile`),
			we("2026-11-29T07:42:40Z", Alert, "",
				"07:42:40 [ALERT] java.lang.NullPointerException",
				"at cn.nukkit.level.format.generic.BaseChunk.setBlock(BaseChunk.java:71)",
				"at cn.nukkit.level.Level.setBlock(Level.java:1402)",
				"at cn.nukkit.scheduler.AsyncTask.run(AsyncTask.java:29)"),
		},
	},
	{
		name:   "nukkitx-cloudburst-log-error-caused-by",
		source: "Cloudburst NukkitX's console and logs/server.log (log4j2 `HH:mm:ss [LEVEL] msg` with the level padded to five: `[INFO ]`, `[WARN ]`, `[ERROR]`; a tab-indented stack with `~[nukkit.jar:?]` and `Caused by:` under an ERROR): CloudburstMC/Nukkit issues #1906 and #1455",
		why:    "a time of day only; a padded level in brackets; the stack and its `Caused by:` are one record with the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [INFO ] Loading nukkit.yml ..."),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [INFO ] This server is running Nukkit version git-4d1e0a7 \"\" (API 1.0.14)"),
			we("2026-11-29T07:41:18Z", Warn, "", "07:41:18 [WARN ] Can't keep up! Is the server overloaded?"),
			we("2026-11-29T07:41:19Z", Error, "",
				"07:41:19 [ERROR] Throwing",
				"java.lang.RuntimeException: java.io.FileNotFoundException: /srv/nukkit/players/LOCK (Permission denied)",
				"\tat cn.nukkit.Server.<init>(Server.java:492) ~[nukkit.jar:?]",
				"\tat cn.nukkit.Nukkit.main(Nukkit.java:120) [nukkit.jar:?]",
				"Caused by: java.io.FileNotFoundException: /srv/nukkit/players/LOCK (Permission denied)",
				"\tat java.io.RandomAccessFile.open0(Native Method) ~[?:?]",
				"\tat org.iq80.leveldb.impl.DbLock.<init>(DbLock.java:43) ~[nukkit.jar:?]"),
			we("2026-11-29T07:41:22Z", Info, "", "07:41:22 [INFO ] Stopping the server"),
		},
	},
	{
		name:   "altv-server-log-time-of-day",
		source: "alt:V's server.log next to altv-server (`[HH:mm:ss] msg`, `[HH:mm:ss][Warning] msg`, `[HH:mm:ss][Error] msg`, no date): altmp/altv-issues issues #1475 (`[09:50:00] alt:V Server 9.13 (release)`) and #2034",
		why:    "a time of day in brackets (the clock's day); the level only where a second bracket names one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] alt:V Server 16.2.21 (release)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Starting HTTP server on 0.0.0.0:7788"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[07:41:17] Starting resource freeroam-ext"),
			we("2026-11-29T07:41:19Z", Warn, "", "[07:41:19][Warning] Resource garage-sync took 412ms to start"),
			we("2026-11-29T07:41:24Z", Error, "", "[07:41:24][Error] [V8] Exception at resource vehicles/server.js:88 TypeError: Cannot read properties of undefined (reading 'pos')"),
		},
	},
	{
		name:   "altv-server-log-day-first-format",
		source: "alt:V 16.2.13+ server.log with `logTimeFormat = '%d.%m.%Y %H:%M:%S'` in server.toml (`[dd.MM.yyyy HH:mm:ss] msg`): altmp/altv-issues issue #1475 (the request and the maintainer's answer naming the option)",
		why:    "a day-first dotted date in the bracket (no zone, UTC by the rules); `[Warning]` and `[Error]` after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29.11.2026 07:41:16] alt:V Server 16.2.21 (release)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[29.11.2026 07:41:17] Server started on 0.0.0.0:7788"),
			we("2026-11-29T07:43:02Z", Warn, "", "[29.11.2026 07:43:02][Warning] Player kestrel77 (id 4) timed out"),
			we("2026-11-29T07:43:55Z", Error, "", "[29.11.2026 07:43:55][Error] Failed to announce server to masterlist: 503"),
		},
	},
	{
		name:   "teeworlds-server-hex-stamp",
		source: "vanilla Teeworlds 0.6/0.7 dedicated server's console and logfile (`[xxxxxxxx][system]: msg`, the Unix time in hexadecimal): teeworlds/teeworlds issue #245 (`[4ccc0913]`, `[5e85c70f][econ]: cid=0 authed`)",
		why:    "eight hex digits are the Unix time (6b0bd71c is 07:41:16 UTC); `[server]`, `[econ]` are systems, no level; a player's address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[6b0bd71c][engine]: running on unix-linux-amd64"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[6b0bd71c][datafile]: loading done. datafile='maps/ctf5.map'"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[6b0bd71d][server]: player is ready. ClientID=0 addr=10.44.7.19:51820"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[6b0bd71f][econ]: cid=0 authed"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[6b0bd74b][game]: leave player='0:marrow'"),
		},
		gap: "the bracketed eight-hex-digit Unix time (`[6b0bd71c]`) is not read as a time: every record comes out with no time",
	},
	{
		name:   "teeworlds-server-dated-stamp",
		source: "vanilla Teeworlds 0.7 dedicated server with the readable stamp (`[yyyy-MM-dd HH:mm:ss][system]: msg`; its econ shows `[HH:mm:ss][econ]`): teeworlds/teeworlds issue #245 (`[2020-04-02 11:09:21][econ]: cid=0 authed`)",
		why:    "a zone-less date and time glued to the system's bracket (UTC by the rules); no level; the client address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16][server]: version 0.7 0.7.5"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16][engine/mastersrv]: refreshing master server addresses"),
			we("2026-11-29T07:41:40Z", Unknown, "", "[2026-11-29 07:41:40][server]: player has entered the game. ClientID=1 addr=10.44.7.23:50214"),
			we("2026-11-29T07:41:41Z", Unknown, "", "[2026-11-29 07:41:41][chat]: 1:0:quillon: gl hf"),
			we("2026-11-29T07:43:12Z", Unknown, "", "[2026-11-29 07:43:12][econ]: cid=0 authed"),
		},
	},
	{
		name:   "mta-sa-server-log",
		source: "Multi Theft Auto: San Andreas server's mods/deathmatch/logs/server.log (the `= Multi Theft Auto: San Andreas v1.x` banner with `= Log file`, `= Server port` lines is confirmed by lpiob/MTA-XyzzyRP issues #87, #89 and #213; the `[yyyy-MM-dd HH:mm:ss] WARNING: …`, `ERROR:`, `CONNECT:`, `JOIN:` lines after it from memory)",
		why:    "a zone-less date in brackets (UTC by the rules); `WARNING:` and `ERROR:` after it are levels, `CONNECT:` and `JOIN:` events with none; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("= Multi Theft Auto: San Andreas v1.6",
				"===========================================================",
				"= Server name      : Harbour Freeroam",
				"= Server IP address: auto",
				"= Server port      : 22003",
				"= ",
				"= Log file         : ../mods/deathmatch/logs/server.log",
				"= Maximum players  : 64",
				"= HTTP port        : 22005",
				"==========================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Resources: 184 loaded, 0 failed"),
			we("2026-11-29T07:41:17Z", Warn, "", "[2026-11-29 07:41:17] WARNING: [gameplay]\\freeroam\\fr_server.lua:312: Bad argument @ 'setElementPosition' [Expected element at argument 1, got nil]"),
			we("2026-11-29T07:41:30Z", Unknown, "", "[2026-11-29 07:41:30] CONNECT: tessel connecting (IP: 10.61.2.14  Serial: 8C1F07A2D4E9B3C6A5F0E1D2C3B4A596  Version: 1.6.0-9.22741.0)"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[2026-11-29 07:41:31] JOIN: tessel joined the game (IP: 10.61.2.14)"),
			we("2026-11-29T07:42:05Z", Error, "", "[2026-11-29 07:42:05] ERROR: [race]\\race\\race_server.lua:1204: attempt to index a nil value (local 'map')"),
		},
	},
	{
		name:   "cuberite-log-file-time-of-day",
		source: "Cuberite's logs/LOG_<unix time>.txt (`[HH:mm:ss] msg`, warnings and errors only coloured on the console, no level word in the file); from memory",
		why:    "a time of day in brackets (the clock's day); no level word; a player's address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Cuberite 1.12.2-1.21 build id: 1784"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Reading server config..."),
			we("2026-11-29T07:41:17Z", Unknown, "", "[07:41:17] Loaded 3 plugin(s)"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[07:41:19] Startup complete, took 2816ms!"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[07:42:03] Player \"aldwen\" has connected from 10.44.9.31"),
		},
	},
}

func TestFresh546Formats(t *testing.T) { assertTable(t, fresh546Cases) }
func TestFresh546Score(t *testing.T) {
	checkScore(t, "fresh546 formats", fresh546Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
