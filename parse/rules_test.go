package parse

import "testing"

// ruleCases check the general rules written after a fresh table measured their absence, each on
// lines of this project's own in the shape the rule reads, with a line beside it that the rule
// must leave alone.
var ruleCases = []worldCase{
	{
		name: "reporter-levels",
		why:  "a lower-case level word opening an untimed line before a capitalized word or a label (yarn's reporter); before a sentence's lower-case word it is the sentence's",
		entries: []worldEntry{
			we("", Info, "", "info No lockfile found."),
			we("", Warn, "", "warning package.json: No license field"),
			we("", Error, "", "error Command failed with exit code 1."),
		},
	},
	{
		name: "reporter-word-in-a-sentence",
		why:  "a lower-case level word before a sentence's lower-case word opens the sentence",
		entries: []worldEntry{
			we("", Unknown, "", "error handling was reworked in this release"),
		},
	},
	{
		name: "prose-after-the-time",
		why:  "a plain lower-case level word after the time, one blank before a lower-case word, opens a Go log message; marked with a colon or padded it is the layout's level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 starting gateway on :8080"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 error with upstream request to: /function/resize"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026/11/29 07:41:20 resize: scaled to 3 replicas"),
		},
	},
	{
		name: "marked-after-the-time",
		why:  "a lower-case level word after the time marked with a colon is the layout's level on a line of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Error, "", "2026/11/29 07:41:20 error: upstream closed the connection"),
		},
	},
	{
		name: "padded-after-the-time",
		why:  "a lower-case level word after the time padded to a column's width is the layout's level on a line of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:21Z", Warn, "", "2026/11/29 07:41:21 warn  queue is 90% full"),
		},
	},
	{
		name: "plain-level-column-after-the-time",
		why:  "plain lower-case level words after Go's time on every line of a source, which no single line's rule takes, are its level column, learned over the lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 info starting backup of /srv"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026/11/29 07:41:17 warning skipped /srv/tmp"),
			we("2026-11-29T07:41:18Z", Error, "", "2026/11/29 07:41:18 error cannot read /srv/db"),
			we("2026-11-29T07:41:19Z", Info, "", "2026/11/29 07:41:19 info backup done"),
		},
	},
	{
		name: "letter-before-the-time",
		why:  "a capital letter before the time is a level in CUPS's alphabet (E, W, N, I, D), never a T: ngrep's T and U before the time name TCP and UDP",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Unknown, "", "T 2026/11/29 07:41:16.204412 10.20.0.7:51234 -> 10.20.0.5:80 [AP] #4"),
			we("2026-11-29T07:41:17.310004Z", Unknown, "", "U 2026/11/29 07:41:17.310004 10.20.0.9:5353 -> 224.0.0.251:5353 #5"),
		},
	},
	{
		name: "cups-letter-before-the-time",
		why:  "a capital letter of CUPS's alphabet before the time is its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "W [29/Nov/2026:07:41:16 +0000] [Job 41] Printer is low on toner"),
		},
	},
	{
		name: "cli-badges",
		why:  "an indented level in capitals with two blanks after it is a CLI tool's badge and opens a record (consola, Metro, Laravel's console); the indented stack lines under it are its own",
		entries: []worldEntry{
			we("", Info, "", "   INFO  Listening on http://127.0.0.1:3000"),
			we("", Warn, "", " WARN  Browserslist: caniuse-lite is outdated"),
			we("", Error, "", " ERROR  Cannot find module './cart'", "    at resolve (node:internal/modules/cjs/loader:1145:15)", "    at load (node:internal/modules/cjs/loader:986:27)"),
			we("", Info, "", " LOG  cart restored with 3 items"),
		},
	},
	{
		name: "uptime-column-after-a-dated-first-line",
		why:  "lines that open with the same right-aligned column of seconds as a record that also wrote the date are records of their own; an indented line without that column continues the one above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "   0.000 2026-11-29 07:41:16; Depot server 4.1 starting"),
			we("", Unknown, "", "   0.004 Config loaded from /srv/depot/config.ini"),
			we("", Info, "", "   0.912 Info Network.cpp:41: trying 0.0.0.0:9100"),
			we("", Info, "", "  60.004 Info Network.cpp:41: trying 0.0.0.0:9100 again"),
			we("", Error, "", "  61.250 Error Network.cpp:88: cannot bind to 0.0.0.0:9100", "      (address already in use)"),
		},
	},
	{
		name: "gvm-libs-header",
		why:  "gvm-libs writes a module, GLib's level in capitals glued by colons, then a date with an HHhMM.SS clock and a zone in either case; MESSAGE is GLib's notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "sd   main:MESSAGE:2026-11-29 07h41.16 utc:4120: scanner 23.9 ready"),
			we("2026-11-29T07:41:17Z", Warn, "", "md manage:WARNING:2026-11-29 07h41.17 UTC:4131: feed lock held by another process"),
			we("2026-11-29T07:41:18Z", Info, "", "md manage:   INFO:2026-11-29 07h41.18 UTC:4131: feed sync done"),
		},
	},
	{
		name: "capital-word-glued-to-a-date-in-prose",
		why:  "a date glued by a colon to a capital word counts only as an ISO date; a ratio or a version after a colon is none",
		entries: []worldEntry{
			we("", Unknown, "", "NOTE:2026 sessions of 41 failed"),
		},
	},
	{
		name: "double-dash-between-date-and-clock",
		why:  "Suricata's and suricata-update's date, a double dash and the clock, then the level in angle brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "29/11/2026 -- 07:41:16 - <Notice> - sensor 2 up, 4 threads"),
			we("2026-11-29T07:41:18Z", Warn, "", "29/11/2026 -- 07:41:18 - <Warning> -- rule source offline, keeping the cached copy"),
		},
	},
	{
		name: "time-pair-in-the-zone-of-a-tz-pair",
		why:  "a zone-less date and time in one pair is in the zone that a tz= pair names (Stormshield's time= and tz=); a time that names its own zone keeps it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "edge-a", `id=firewall time="2026-11-29 08:41:16" fw="edge-a" tz=+0100 msg="rule 12 matched"`),
			we("2026-11-29T07:41:17Z", Unknown, "edge-a", `id=firewall time="2026-11-29T07:41:17Z" fw="edge-a" tz=+0100 msg="rule 12 matched"`),
		},
	},
	{
		name: "shell-script-levels-after-the-time",
		why:  "a lower-case level word after a date written with dashes is a script's level even when every line has the same one; only Go's slashed time opens prose",
		entries: []worldEntry{
			we("2026-11-29T03:00:01Z", Error, "", "2026-11-29 03:00:01 error step 1 failed badly"),
			we("2026-11-29T03:00:02Z", Error, "", "2026-11-29 03:00:02 error step 2 failed badly"),
		},
	},
	{
		name: "numbered-lines-of-a-log",
		why:  "cat -n's line numbers are no uptime column: the stack trace under an error stays in its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.456Z", Error, "",
				"     2\t2026-11-29 07:41:17,456 ERROR [main] com.example.App - boom",
				"     3\tjava.lang.IllegalStateException: boom",
				"     4\t\tat com.example.App.main(App.java:12)"),
		},
	},
	{
		name: "project-key-after-the-time",
		why:  "IMP is OpenSnitch's level only in a column learned as its level column; alone it is a project's key",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 IMP-1234 created by alice"),
		},
	},
	{
		name: "settings-table-under-a-timed-record",
		why:  "an indented name in capitals with two blanks after it, under a timed record, is a row of the table the record printed, not a CLI's badge",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO Effective settings:", "  LOG  /var/log/app.log", "  DEBUG  false"),
		},
	},
	{
		name: "capital-label-glued-to-a-date-in-a-record",
		why:  "a date glued by a colon to a capital word opens a time only after one of GLib's level names; a label's date is the record's content",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Error, "", "2026-11-29 07:41:18 ERROR batch failed", "STARTED:2026-11-29 07:40:00 ENDED:2026-11-29 07:41:18"),
		},
	},
	{
		name: "ios-unsynced-clock-marker",
		why:  "Cisco IOS writes a dot before a time its clock is not sure of, as it writes a star; the time is still the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.5Z", Notice, "", "<189>414: .Nov 29 07:41:19.500: %SYS-5-CONFIG_I: Configured from console by ops on vty0"),
		},
	},
	{
		name: "severity-between-host-and-tag",
		why:  "a severity's name (BIG-IP) or a facility and severity joined by a bar (SR Linux) between the host and a tag is the level, after an ISO time as after a BSD one; without a tag after it the word is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "lb01.example.org", "2026-11-29T08:41:16+01:00 lb01.example.org warning tmm1[18124]: 01260013:4: SSL Handshake failed"),
			we("2026-11-29T07:41:17.204412Z", Error, "spine2", "2026-11-29T07:41:17.204412+00:00 spine2 local6|ERR sr_linux_mgr: linux|1402|1402|00212|E: Interface ethernet-1/4 is down"),
		},
	},
	{
		name: "plural-level-names",
		why:  "Quagga's record-priority writes Cisco's plural names of the syslog levels before a colon; a plural before a count, or unmarked, is a count",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 notifications: BGP: bgpd starting"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 errors: 0, warnings: 2"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 4 warnings in the configuration"),
		},
	},
	{
		name: "blank-before-the-pri",
		why:  "a blank or a tab a sender's framing leaves before the PRI does not hide the syslog header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "gw03", " <13>Nov 29 07:41:16 gw03 ntpd[812]: synchronized to 10.20.0.1"),
			we("2026-11-29T07:41:18.204Z", Notice, "gw03.example.org", "\t<165>1 2026-11-29T07:41:18.204Z gw03.example.org ntpd 812 - - leap second announced"),
		},
	},
	{
		name: "angle-number-in-a-trace",
		why:  "an indented line that opens with a number in angle brackets but no syslog header after it stays in the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "2026-11-29 07:41:16 ERROR render failed", "  <12> items left in the queue"),
		},
	},
	{
		name: "welf-firewall-pairs",
		why:  "in the WebTrends Enhanced Log Format (id=firewall first) fw= names the firewall that wrote the record and pri= is a syslog severity digit; elsewhere a pri= number is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "gw-branch2", `id=firewall time="2026-11-29 07:41:16" fw=gw-branch2 pri=4 proto=tcp/ssh src=203.0.113.45 msg="Probable port scan"`),
			we("2026-11-29T07:41:17Z", Unknown, "", `time="2026-11-29 07:41:17" queue=mail pri=4 msg="requeued"`),
		},
	},
	{
		name: "bracketed-host",
		why:  "a received header's host in square brackets, an address or a numbered name, is the host; a thread's or a level's word in brackets there is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.7", "<190>Nov 29 07:41:16 [10.20.0.7] dhcpd[4120]: DHCPACK on 10.20.4.41"),
			we("2026-11-29T07:41:17Z", Info, "", "<134>Nov 29 07:41:17 [main] worker: started"),
		},
	},
	{
		name: "numbered-and-product-levels-in-brackets",
		why:  "Apache httpd's trace1 to trace8 after its module, and Gradle's LIFECYCLE in brackets (between its info and warning), are levels; a plain trace9 or lifecycle word is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Trace, "", "[Sun Nov 29 07:41:16.204412 2026] [proxy:trace5] [pid 4120:tid 4131] proxy_util.c(2471): connecting to backend"),
			we("2026-11-29T07:41:16.31Z", Notice, "", "2026-11-29T07:41:16.310+0000 [LIFECYCLE] [org.gradle.TaskExecutionLogger] > Task :app:preBuild UP-TO-DATE"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 lifecycle hooks registered for trace9 handlers"),
		},
	},
	{
		name: "tz-pair-of-an-application",
		why:  "outside a firewall's WELF record a tz= pair is more often the user's or a schedule's zone: the zone-less time= stays as written",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z", Info, "", `time="2026-11-29 08:41:16" level=info msg="GET /api/calendar" user_id=4812 tz=PST`),
		},
	},
	{
		name: "yaml-keys-named-like-levels",
		why:  "Cisco's plural level names count only before a daemon's name in capitals; a YAML dump's alerts: or errors: null is a key",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T07:41:19Z alerts:"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20Z errors: null"),
		},
	},
	{
		name: "bracketed-words-that-are-no-host",
		why:  "after a PRI and a time, a kernel's uptime or a thread's name in brackets is the message's, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Warn, "", "<4>Nov 29 07:41:17 [12346.000001] eth0: link up"),
			we("2026-11-29T07:41:18Z", Info, "", "<134>Nov 29 07:41:18 [scheduling-1] c.e.jobs.Cleanup: removed 3 rows"),
		},
	},
	{
		name: "framed-syslog-after-an-untimed-line",
		why:  "syslog lines behind a blank of framing are records of their own also under a line without a time",
		entries: []worldEntry{
			we("", Unknown, "", "# capture of udp/514"),
			we("2026-11-29T07:41:16Z", Notice, "relay01", " <13>Nov 29 07:41:16 relay01 app[1]: framed one"),
			we("2026-11-29T07:41:17Z", Info, "relay01", " <14>Nov 29 07:41:17 relay01 app[1]: framed two"),
		},
	},
	{
		name: "welf-behind-a-pri",
		why:  "SonicWall sends its WELF records behind a PRI alone: pri= is the event's syslog severity and fw= the firewall",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Alert, "203.0.113.5", `<134>id=firewall sn=0040104A1220 time="2026-11-29 07:41:16 UTC" fw=203.0.113.5 pri=1 c=32 m=82 msg="Possible port scan"`),
			we("2026-11-29T07:41:17Z", Info, "", `<134>id=firewall sn=0040104A1220 time="2026-11-29 07:41:17 UTC" fw=unknown msg="Set priority=1 for rule 7"`),
			we("2026-11-29T07:41:18Z", Error, "203.0.113.5", `<134>id=firewall sn=0040104A1220 time="2026-11-29 07:41:18 UTC" fw=203.0.113.5 pri=5 level=error msg="x"`),
		},
	},
	{
		name: "ios-origin-before-an-unsynced-clock",
		why:  "IOS's origin id names the device before the clock also when a dot marks the clock unsynced",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.4Z", Notice, "rtr1.example.net", "<189>126: rtr1.example.net: .Nov 29 07:41:21.400: %SYS-5-CONFIG_I: Configured from console by ops"),
		},
	},
	{
		name: "relayed-plugin-line",
		why:  "a plugin's line relayed behind a tag with its own time gives its level; a tag before a time with no level gives none",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Warn, "", "2026/11/29 07:41:17 builder-vsphere plugin: 2026/11/29 07:41:17 [WARN] datastore is almost full"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 backup: 2026/11/28 03:00:00 finished"),
		},
	},
	{
		name: "marks-further-in",
		why:  "a level between asterisks or a sign in brackets counts only as the first word after the time: further in it is a message's emphasis, a checklist's mark, a word quoted before the line's level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16 msg="rendered *ERROR* page" level=info`),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] checklist: [✔] lint [✖] tests"),
		},
	},
	{
		name: "date-after-a-later-clock",
		why:  "a date after a time of day past the first hour is the content's (a commit's date in a build's log)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] 2026-11-20 10:00:00 +0100 a1b2c3d Fix typo"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[07:41:17] 2026-11-18 09:12:44 +0100 b2c3d4e Add feature"),
		},
	},
	{
		name: "signs-and-asterisks",
		why:  "a level between asterisks after the time (Sling's *WARN*); a sign in a bracket of its own (eksctl's [ℹ], [✖]); one in prose is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "29.11.2026 07:41:16.204 *WARN* [pool-7-thread-2] org.example.Replicator queue stalled"),
			we("2026-11-29T07:41:17.204Z", Info, "", "29.11.2026 07:41:17.204 [ℹ] cluster shop-staging is ready"),
			we("2026-11-29T07:41:18.204Z", Error, "", "29.11.2026 07:41:18.204 [✖] waiter timed out"),
			we("2026-11-29T07:41:19.204Z", Unknown, "", "29.11.2026 07:41:19.204 the *ERROR* page now shows [✖] icons"),
		},
	},
	{
		name: "numbered-level",
		why:  "a level letter with its number in parentheses, in its bracket after the time; the same shape further in the message is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "[11/29/2026 07:41:16] [w(0)] core: module is deprecated"),
			we("2026-11-29T07:41:17Z", Debug, "", "[11/29/2026 07:41:17] [d(3)] core: connecting to 10.20.0.9:8080"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[11/29/2026 07:41:18] open returned error(2) for /srv/data"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[11/29/2026 07:41:19] error(3) and syslog(3) explain it"),
		},
	},
	{
		name: "numbered-word-in-a-sentence",
		why:  "a capitalized word with a number in parentheses opens a sentence; the level after it is the line's",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Warn, "mail", "Nov 29 07:41:19 mail app: Note(1): Warning: quota almost full"),
		},
	},
	{
		name: "warning-and-error-signs",
		why:  "a warning sign or a cross mark and a blank open a build tool's warning and error; a sign inside the text is none",
		entries: []worldEntry{
			we("", Warn, "", "⚠️  src/cart.rs:41:9: unused variable `total`"),
			we("", Error, "", "❌ src/cart.rs:12:5: cannot find type `Order`"),
			we("", Unknown, "", "Compiling shop v0.4.1 ⚠️ 2 warnings"),
			we("", Unknown, "", "❌ 0 errors"),
			we("", Warn, "", "w: file:///srv/ci/shop/app/src/main/kotlin/Cart.kt:41:9 Variable 'total' is never used"),
			we("", Error, "", "e: /srv/ci/shop/app/src/main/kotlin/Pay.kt:12:5 Unresolved reference 'sheet'."),
			we("", Unknown, "", "e: the fifth letter"),
			we("", Unknown, "", "e: /dev/null is empty"),
		},
	},
	{
		name: "program-with-a-spaced-pid",
		why:  "a word and a pid in brackets after a blank, where a BSD header has its host, is the program and its pid: no host; a host before a tag stays",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 mailerd [4120]: session opened for bob"),
			we("2026-11-29T07:41:17Z", Warn, "", "Nov 29 07:41:17 mailerd [4121]: [WARN] queue is slow"),
			we("2026-11-29T07:41:18Z", Unknown, "mx-02", "Nov 29 07:41:18 mx-02 mailerd[4122]: delivered"),
			we("2026-11-29T07:41:19Z", Unknown, "mx-03", "Nov 29 07:41:19 mx-03 [1]: an untagged line"),
		},
	},
	{
		name: "word-column",
		why:  "a level word inside a token, between the same marks on every line, once three levels have shown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [queue:info,7] consumer attached"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 [queue:warning,7] consumer slow"),
			we("2026-11-29T07:41:18Z", Error, "", "2026-11-29 07:41:18 [queue:error,7] consumer lost"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 [queue:info,7] consumer back"),
		},
	},
	{
		name: "dotted-message-code",
		why:  "the letter that closes a bracketed product.facility.number code is the level; a code without one is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 08:41:16 CET [BAS.0001.0002W] queue depth 412 above its mark"),
			we("2026-11-29T07:41:17Z", Critical, "", "2026-11-29 08:41:17 CET [BAS.0001.0003C] store unreachable, stopping"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 08:41:18 CET [BAS.0001.0004] retrying"),
		},
	},
	{
		name: "json-host-keys",
		why:  "hostName and server_host name the writer; node_name names the node an agent's event comes from",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "edge-4", `{"ts":"2026-11-29T07:41:16Z","hostName":"edge-4","event":"open"}`),
			we("2026-11-29T07:41:17Z", Unknown, "icat-2", `{"ts":"2026-11-29T07:41:17Z","server_host":"icat-2","event":"connect"}`),
			we("2026-11-29T07:41:18Z", Unknown, "node-7", `{"exec":{"pid":41},"node_name":"node-7","ts":"2026-11-29T07:41:18Z"}`),
		},
	},
	{
		name: "labelled-number-is-no-host",
		why:  "a label and a number joined by a colon in the host's place is the program's field; the level word after it is read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "Nov 29 07:41:16 conn:77  ERROR: peer closed the stream"),
			we("2026-11-29T07:41:17Z", Notice, "", "Nov 29 07:41:17 conn:78 NOTICE: peer accepted"),
		},
	},
	{
		name: "tab-separated-pairs",
		why:  "a level pair after a tab, in a payload of tab-separated pairs behind a syslog header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.1.2.3", "Nov 29 07:41:16 10.1.2.3 Agent=Win\tSeverity=Warning\tMsg=disk nearly full"),
		},
	},
	{
		name: "wrapped-level-past-a-version",
		why:  "a level in angle brackets after a product's name, edition and version, further in than a bare word is looked for",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.001Z", Warn, "", "2026-11-29 07:41:16.001/9.912 Acme Grid EE 3.2.1.0 <Warning> (thread=io, member=2): slow peer"),
			we("2026-11-29T07:41:17.001Z", Unknown, "", "2026-11-29 07:41:17.001/9.912 Acme Grid EE 3.2.1.0 loaded the settings of <Error> handlers"),
		},
	},
	{
		name: "clock-then-date-in-brackets",
		why:  "a time of day before its date, both in brackets after a marker",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "== [07:41:16 2026-11-29] 77: job picked"),
		},
	},
	{
		name: "offset-opening-the-line",
		why:  "an offset alone before the date applies to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "-0330 2026-11-29 04:11:16 INFO dialer: up"),
		},
	},
	{
		name: "fourteen-digits-opening-the-line",
		why:  "yyyyMMddHHmmss as a line's first word is its time, and a syslog host may follow it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db02", "20261129074116 db02 cron[5]: ran the hourly jobs"),
		},
	},
	{
		name: "fourteen-digits-inside-a-line",
		why:  "fourteen digits after a word are an id",
		entries: []worldEntry{
			we("", Unknown, "", "order 20261129074117 shipped"),
		},
	},
	{
		name: "compact-date-inside-a-record",
		why:  "a date and six digits further in than the first word are an account's numbers, not a new record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Error, "",
				"2026-11-29 07:41:16,123 ERROR [main] Batch - settlement failed for rows:",
				"TXN 20251231 235959 EUR 10.00 REJECTED",
				"Counts 2026 11 29 08:41:16 total"),
		},
	},
	{
		name: "rfc5424-impossible-time",
		why:  "a TIMESTAMP spelled as RFC 3339 with impossible numbers gives no time, and the header after it is still read",
		entries: []worldEntry{
			we("", Error, "web3", "<11>1 2026-02-30T10:00:00Z web3 shop 77 - - February the thirtieth"),
		},
	},
	{
		name: "redis-pid-thread-role",
		why:  "a thread between the pid and the role, as KeyDB writes it, before Redis's time and marker",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.5Z", Warn, "", "77:78:M 29 Nov 2026 07:41:16.500 # WARNING overcommit_memory is set to 0"),
		},
	},
	{
		name: "apt-letters",
		why:  "apt's and dpkg's capital letter and colon opening a line without a time",
		entries: []worldEntry{
			we("", Error, "", "E: Unable to locate package shopd"),
			we("", Warn, "", "W: Some index files failed to download. They have been ignored."),
			we("", Notice, "", "N: See apt-secure(8) manpage for repository creation and user configuration details."),
			we("", Unknown, "", "A: answer the question above"),
		},
	},
	{
		name: "kmsg-records",
		why:  "/dev/kmsg's priority, sequence, microseconds since boot and flags: the level, and no time of day",
		entries: []worldEntry{
			we("", Error, "", "3,812,5120412,-;nvme nvme0: I/O 12 QID 3 timeout, aborting"),
			we("", Info, "", "6,813,5120500,c;usb 1-2: new high-speed USB device number 4"),
		},
	},
	{
		name: "debug-with-its-verbosity",
		why:  "OpenSSH's debug1: to debug3: prefixes are debug levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 debug2: channel 0: window 1048576 sent adjust 1048576"),
		},
	},
	{
		name: "postgres-log-word",
		why:  "LOG in capitals right after the time is PostgreSQL's informational level, as pgloader writes it too",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z LOG copying table orders"),
		},
	},
	{
		name: "libzypp-three-letters",
		why:  "MIL (milestone) and WAR are libzypp's info and warning, beside its DBG and ERR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 MIL libsnapper(77) Snapper.cc(load):12 - loading config root"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 WAR libsnapper(77) Btrfs.cc(sync):40 - sync took 4 s"),
		},
	},
	{
		name: "letter-glued-after-the-time",
		why:  "a java.util.logging letter glued by a colon to the time, S being SEVERE",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1Z", Warn, "", "261129 07:41:16.100:W 12 [cache.Sync] stale entry"),
			we("2026-11-29T07:41:17.1Z", Error, "", "261129 07:41:17.100:S 12 [cache.Sync] gave up"),
		},
	},
	{
		name: "warning-categories",
		why:  "a category of warning opening Python's line after its file, or Node's after its process and code, is a warning; Node's hint under its first warning belongs to it; a word ending in Warning in a sentence is none",
		entries: []worldEntry{
			we("", Warn, "", "/opt/venv/lib/python3.12/site-packages/dateutil/tz.py:37: FutureWarning: the tzname argument will be removed", "  warnings.warn("),
			we("", Warn, "", "(node:812) [DEP0066] DeprecationWarning: OutgoingMessage.prototype._headers is deprecated", "(Use `node --trace-deprecation ...` to show where the warning was created)"),
			we("", Warn, "", "(node:812) MaxListenersExceededWarning: Possible EventEmitter memory leak detected."),
			we("", Warn, "", "OpenJDK 64-Bit Server VM warning: Options -Xverify:none are deprecated"),
			we("", Unknown, "", "The SpeedWarning: banner shows when the belt runs fast"),
		},
	},
	{
		name: "drm-error-marker",
		why:  "the graphics drivers mark their errors after DRM's prefix, in dmesg and in the kernel's syslog lines; a USB line has no level",
		entries: []worldEntry{
			we("", Error, "", "[ 4120.204118] [drm:intel_cpu_fifo_underrun_irq_handler [i915]] *ERROR* CPU pipe B FIFO underrun"),
			we("", Error, "", "[ 4121.000412] nouveau 0000:01:00.0: [drm] *ERROR* timeout waiting for ring"),
			we("", Unknown, "", "[ 4122.500000] usb 3-2: new SuperSpeed USB device number 4 using xhci_hcd"),
			we("2026-11-29T07:41:16Z", Error, "gpu-ws2", "Nov 29 07:41:16 gpu-ws2 kernel: [drm:radeon_cs_ioctl [radeon]] *ERROR* Failed to parse relocation -35!"),
		},
	},
	{
		name: "apt-failed-source",
		why:  "apt's Err:N is the source that failed, beside Hit:, Get: and Ign:, which carry no level",
		entries: []worldEntry{
			we("", Unknown, "", "Hit:1 http://deb.example.org/debian stable InRelease"),
			we("", Error, "", "Err:2 http://mirror.example.net/apt stable Release", "  404  Not Found [IP: 192.0.2.80 80]"),
			we("", Unknown, "", "Ign:3 http://mirror.example.net/apt stable InRelease"),
			we("", Unknown, "", "Err:0 Coll:0 Ovr:0 Drop:12"),
		},
	},
	{
		name: "one-blank-records",
		why:  "untimed lines a tool sets off by one blank are records of their own, their details set off by more; a cross or a warning sign after the blank is a level",
		entries: []worldEntry{
			we("", Unknown, "", " ▲ Remix 3.1.0", "   - Local: http://localhost:5173", ""),
			we("", Unknown, "", " ✓ Built in 812ms"),
			we("", Warn, "", " ⚠ Port 5173 is in use, trying another one"),
			we("", Error, "", " ⨯ ReferenceError: cart is not defined", "    at Cart (./app/cart.tsx:12:9)", " digest: \"88412\""),
		},
	},
	{
		name: "one-blank-text-goes-on",
		why:  "text that is all set off by one blank, without signs, is one record's: a banner's wrapped lines",
		entries: []worldEntry{
			we("", Notice, "", " NOTE: this host is managed by the config service.", " Local edits are overwritten every 30 minutes.", " Ask the platform team before changing anything."),
		},
	},
	{
		name: "glued-word-as-a-pair-value",
		why:  "a level word glued after a key's '=' is that key's value (a query's state), unless the key is a level's; RabbitMQ's report header has no key",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [audit] |user=bob|Status=WARN|rows=12"),
			we("2026-11-29T07:41:17Z", Error, "", "2026-11-29 07:41:17 [audit] |user=bob|Severity=ERROR|rows=0"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 [audit] |user=bob|sev=WARN|rows=0"),
			we("2026-11-29T07:41:18Z", Info, "", "=INFO REPORT==== 29-Nov-2026::07:41:18 ==="),
		},
	},
	{
		name: "eclipse-platform-log",
		why:  "the Eclipse platform's .log: a session's header and each entry's with the status's severity digit before the time; the message, subentries and stack below belong to them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.5Z", Unknown, "", "!SESSION 2026-11-29 07:41:16.500 ---------------------------------------", "eclipse.buildId=4.32.0", "java.version=21.0.5", ""),
			we("2026-11-29T07:41:20.1Z", Warn, "", "!ENTRY org.eclipse.egit.core 2 0 2026-11-29 07:41:20.100", "!MESSAGE Could not read the repository's index", ""),
			we("2026-11-29T07:41:25.25Z", Error, "", "!ENTRY org.eclipse.jdt.ui 4 2 2026-11-29 07:41:25.250", "!MESSAGE Problems occurred when invoking code from plug-in", "!STACK 0", "java.lang.IllegalStateException: no editor input", "\tat org.eclipse.jdt.ui.Editor.open(Editor.java:88)", ""),
			we("2026-11-29T07:41:30Z", Info, "", "!ENTRY org.eclipse.core.resources 1 0 2026-11-29 07:41:30.000", "!MESSAGE Workspace saved"),
		},
	},
	{
		name: "quoted-pair-level",
		why:  "a level key's value in single quotes, with a comma after it, is the level; the same value under another key is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Warn, "", "2026-11-29T07:41:16,123+0000 lvl='WARN', log='Dispatcher', th='bus-3', Ignoring event for account 412"),
			we("2026-11-29T07:41:17.123Z", Unknown, "", "2026-11-29T07:41:17,123+0000 state='WARN', log='Dispatcher', th='bus-3', account 412 flagged"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 db: UPDATE loggers SET level='ERROR' WHERE name='root'"),
		},
	},
	{
		name: "php-level-after-a-dash",
		why:  "PHP's 'PHP Notice:' after a time and a dash is PHP's level, with the hour padded or not; other capitals before a marked word name an event",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29 7:41:16 - PHP Notice:  Undefined index: cart in /srv/www/index.php on line 12"),
			we("2026-11-29T07:41:17Z", Critical, "", "2026-11-29 7:41:17 - PHP Fatal error:  Allowed memory size exhausted in /srv/www/index.php on line 40"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 7:41:18 - SERVICE ALERT: web01;HTTP;OK;HARD;3;HTTP OK"),
		},
	},
	{
		name: "fenced-time-after-a-caller",
		why:  "a time between bars or brackets of its own, a word further in than a late time may be, is the layout's; unfenced there it is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO - Loader.start(178) |2026-11-29T07:41:16,204| Starting the webapp"),
			we("2026-11-29T07:41:17.5Z", Warn, "", "WARN - Loader.check(201) [2026-11-29 07:41:17.500] Module cache is stale"),
			we("", Warn, "", "WARN - cache expired at 2026-11-29T07:41:18Z for key 412"),
		},
	},
	{
		name: "bracket-groups-before-a-syslog-level",
		why:  "bracketed groups of ids and source locations before a level in a syslog message are columns, even with a blank inside; a level glued inside a group is read too",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Warn, "sbc1", "Nov 29 07:41:18 sbc1 mediad[1060]: [#7f27b44c5700] [onReply, Session.cpp:1112] WARNING:  ignoring reply 481"),
			we("2026-11-29T07:41:19Z", Info, "sbc1", "Nov 29 07:41:19 sbc1 mgmtd[1061]: [mgmtd.INFO]: configuration saved"),
			we("2026-11-29T07:41:20Z", Unknown, "sbc1", "Nov 29 07:41:20 sbc1 mediad[1060]: [#7f27b44c5700] [onReply, Session.cpp:1120] reply 200 accepted"),
		},
	},
	{
		name: "epoch-column-dump",
		why:  "in an event dump whose time is an epoch column, a level word with its colon in the message is text, and an address in a sentence after the epoch leaves the epoch the line's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "node-12", "51201 node-12 unix.hw state_change.unavailable 1795938076 1 Component State Change: Component alt0 is in the unavailable state"),
			we("2026-11-29T07:41:17Z", Unknown, "node-12", "51202 node-12 boot_cmd new 1795938077 1 wakeup (command 3101) Error: Command Aborted: SYSTEM shutdown"),
			we("2026-11-29T07:41:18Z", Unknown, "node-14", "51203 node-14 node.niff niff 1795938078 1 NIFF: node node-14 lost its link on network 10.6.224.0 via interface alt0"),
		},
	},
	{
		name: "message-id-past-a-sentence",
		why:  "a device's message id further in than the level's words is read past its sequence number and time, not past a sentence that names it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "sw-core-01", "Nov 29 07:41:16 sw-core-01 414: 000414: Nov 29 07:41:16.100 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan41, changed state to up"),
			we("2026-11-29T07:41:17Z", Unknown, "nms01", "Nov 29 07:41:17 nms01 ticketd: opened ticket 4412 for event %BGP-3-NOTIFICATION on edge2"),
		},
	},
	{
		name: "parenthesised-column-before-a-level",
		why:  "a column in parentheses with a blank inside (a pid, a job) before a level is still a header's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "29/11/2026 07:41:16 (pid 1234) Error: failed to open the spool"),
		},
	},
	{
		name: "wget-request-stamp",
		why:  "wget's time between double dashes opens a request, whose progress lines are its own; its saved and ERROR lines are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "--2026-11-29 07:41:16--  https://mirror.example.org/pool/app-4.1.tar.gz",
				"Resolving mirror.example.org (mirror.example.org)... 10.20.0.7",
				"HTTP request sent, awaiting response... 200 OK", ""),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 (5.21 MB/s) - 'app-4.1.tar.gz' saved [4120412/4120412]", ""),
			we("2026-11-29T07:41:18Z", Error, "", "2026-11-29 07:41:18 ERROR 404: Not Found."),
		},
	},
	{
		name: "seventeen-digit-stamp",
		why:  "yyyyMMddHHmmssSSS opening a line is its time to the millisecond; seventeen digits that are no date, or further in, are an id",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.428Z", Notice, "", "20261129074116428 DLMAIN NOTICE link to peer is up (link.c:88)"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 order 20261129074116428 shipped"),
		},
	},
	{
		name: "seventeen-digits-no-date",
		why:  "seventeen digits that are no date are an id",
		entries: []worldEntry{
			we("", Unknown, "", "12345678901234567 order shipped to depot 4"),
		},
	},
	{
		name: "erlang-report-types",
		why:  "error_logger's crash and supervisor reports are errors, its progress reports information, as their headers name them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "=CRASH REPORT==== 29-Nov-2026::07:41:16 ===", "  crasher:", "    initial call: shop_cart:init/1"),
			we("2026-11-29T07:41:17Z", Error, "", "=SUPERVISOR REPORT==== 29-Nov-2026::07:41:17 ===", "     Supervisor: {local,shop_sup}"),
			we("2026-11-29T07:41:18Z", Info, "", "=PROGRESS REPORT==== 29-Nov-2026::07:41:18 ===", "          supervisor: {local,shop_sup}"),
		},
	},
	{
		name: "scoped-level-word",
		why:  "a lower-case level word with its scope in parentheses before a colon opens an untimed line with its level; a call that is no level's name does not",
		entries: []worldEntry{
			we("", Warn, "", "warning(db): pool exhausted, waiting for a connection"),
			we("", Info, "", "info(server): listening on 0.0.0.0:8080"),
			we("", Unknown, "", "print(cart): 3 items"),
		},
	},
	{
		name: "json-sev-and-at",
		why:  "a level under sev and a time under at or started_at, when no better-known key holds one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "web1", `{"at":"2026-11-29T07:41:16.204Z","env":"prod","sev":"Warning","host":"web1","msg":"slow query"}`),
			we("2026-11-29T07:41:17.5Z", Unknown, "", `{"request":{"method":"GET","uri":"/orders"},"started_at":1795938077500,"latencies":{"request":12}}`),
			we("2026-11-29T07:41:18Z", Info, "", `{"time":"2026-11-29T07:41:18Z","at":"checkout","level":"info","msg":"paid"}`),
		},
	},
	{
		name: "level-and-source-in-a-bracket",
		why:  "a level with its source after a '#' in one bracket is the level, as the source with the level after it is",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Debug, "", `29/Nov/2026:08:41:17 +0100 [Debug#SQL] SELECT "id" FROM "cart" WHERE "id"=?; [PersistInt64 4411]`),
			we("2026-11-29T07:41:18Z", Error, "", "29/Nov/2026:08:41:18 +0100 [shop.payments#error] gateway answered 502"),
			we("2026-11-29T07:41:19Z", Unknown, "", "29/Nov/2026:08:41:19 +0100 [issue#4411] reopened by anna"),
			we("2026-11-29T07:41:20Z", Unknown, "", "29/Nov/2026:08:41:20 +0100 [Fatal#3] release blocker filed"),
		},
	},
	{
		name: "letter-and-comma-before-the-time",
		why:  "a capital letter and a comma opening the line before the bracketed time is the level (Nim's and Ruby's Logger)",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Warn, "", "W, [2026-11-29T07:41:19] -- shopd: slow query on orders: 1204 ms"),
			we("2026-11-29T07:41:21Z", Critical, "", "F, [2026-11-29T07:41:21] -- shopd: cannot bind 0.0.0.0:5000"),
			we("2026-11-29T07:41:22.2Z", Unknown, "", "A, [2026-11-29T07:41:22.200000 #4412]   ANY -- : unknown severity"),
		},
	},
	{
		name: "event-word-where-the-host-would-be",
		why:  "a capitalized word before key=value pairs after a stored syslog time names the event, not a host; a machine's name there is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "", "Nov 29 07:41:18 Blocked CONN=wan1 SRC=203.0.113.45 DST=10.20.0.7 PROTO=TCP DPT=22"),
			we("2026-11-29T07:41:19Z", Unknown, "fw01", "Nov 29 07:41:19 fw01 date=2026-11-29 time=07:41:19 devname=fw01 action=deny"),
			we("2026-11-29T07:41:20Z", Unknown, "Gateway", "Nov 29 07:41:20 Gateway action=drop src=10.0.0.2 dst=10.0.9.1"),
		},
	},
	{
		name: "product-label-before-the-time",
		why:  "a product's name in CamelCase with its colon between a PRI and the time is its label, unless a device's message id follows the time (IOS's origin-id); a machine's name there is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "<132>NetShield: 29-11-2026 07:41:16 WARNING 12 Intrusions UDP 203.0.113.45 5060"),
			we("2026-11-29T07:41:16Z", Info, "gateway", "<134>gateway: Nov 29 07:41:16 dhcpd: DHCPACK on 10.0.0.5"),
			we("2026-11-29T07:41:17Z", Notice, "Switch", "<189>Switch: *Nov 29 07:41:17: %SYS-5-CONFIG_I: Configured from console by vty0"),
			we("2026-11-29T07:41:18Z", Warn, "edge-2", "<132>edge-2: 29-11-2026 07:41:18 WARNING link flap on port 4"),
		},
	},
	{
		name: "quoted-csv-time",
		why:  "after a time opening a CSV record of quoted fields, a level word inside another field's text is no level; pairs after a quoted time keep their level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", `time="2026-11-29 07:41:16",level=error,msg="db down"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `"2026-11-29 07:41:18","edge","Network Tunnels","1","2027865","ET INFO Observed DNS Query to a proxy domain","1323","UDP","10.20.4.33"`),
		},
	},
	{
		name: "json-time-and-level-one-object-down",
		why:  "with no time or level at the top, the ones an object holds one level down are the record's; a number there is on that object's own scale",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204112Z", Warn, "", `{"data":{"path":"models/"},"info":{"code":"I009","level":"warn","msg":"unused paths","ts":"2026-11-29T07:41:16.204112Z"}}`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"rule":{"level":12,"description":"sshd: brute force"},"timestamp":"2026-11-29T07:41:17+0000"}`),
			we("2026-11-29T07:41:18Z", Info, "", `{"meta":{"time":"2026-11-29T07:41:18Z","level":"error"},"time":"2026-11-29T07:41:18Z","level":"info","msg":"retried"}`),
			we("", Unknown, "", `{"span":{"time":0.123},"user":{"level":"admin"},"msg":"done"}`),
		},
	},
	{
		name: "json-level-and-time-of-another-object",
		why:  "a level or a time one object down under anything but an object wrapping the record's metadata is that object's (a config's level, a release's time, a scanner's severity); a timestamp key of the record's after a nested time still wins",
		entries: []worldEntry{
			we("", Unknown, "", `{"msg":"logger configured","config":{"level":"debug","format":"json"}}`),
			we("", Unknown, "", `{"msg":"new release","release":{"time":"2026-11-20T00:00:00Z","version":"2.0"},"vulnerability":{"severity":"CRITICAL"}}`),
			we("2026-11-29T07:41:16Z", Unknown, "", `{"meta":{"time":"2026-11-28T00:00:00Z"},"createdTimestamp":"2026-11-29T07:41:16Z"}`),
			we("", Unknown, "", `{"msg":"user login","user":{"lastLoginTimestamp":"2026-10-01T00:00:00Z"},"startTime":"2026-11-28T10:00:00Z"}`),
		},
	},
	{
		name: "day-month-year-run-together",
		why:  "a day, a month's three letters and a year of two or four digits written as one word, with a clock after it, is a date; without a clock it is a word",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Unknown, "", "29Nov2026  7:41:10 drop   edge-7     >eth3 rule: 12; src: 203.0.113.9"),
			we("2026-12-01T23:05:44Z", Unknown, "", "[03] Tue 1Dec26 23:05:44 - (000412) Closed session"),
		},
	},
	{
		name:    "day-month-year-run-together-without-a-clock",
		why:     "a day, a month and a year run together with no clock after them are a word of the message",
		entries: []worldEntry{we("", Unknown, "", "release 29Nov2026 shipped to the mirrors, 12Mar99A reopened")},
	},
	{
		name: "level-between-asterisks-opening-the-line",
		why:  "a level in capitals between asterisks opening the line before its time is the level, as it is right after the time; in lower case, or further in, it is emphasis",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Warn, "", "*WARNING* \t2026/11/29 - 07:41:19: carrier 7 has no range for 31.5 kg"),
			we("2026-11-29T07:41:20Z", Unknown, "", "*note* 2026/11/29 - 07:41:20: stock import queued"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026/11/29 - 07:41:21: the import *ERROR* count is 0"),
		},
	},
	{
		name: "dash-before-a-bracketed-level",
		why:  "after a day, a month and a clock with no pid before them, a dash before a bracketed level is a separator and the bracket the level (Node-RED); before a message it is the oldest Redis's verbose mark",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Warn, "gw-3", "Nov 29 07:41:17 gw-3 node-red[812]: 29 Nov 07:41:17 - [warn] [modbus-client:line 2] reconnecting"),
			we("2026-11-29T07:41:18Z", Error, "", "29 Nov 07:41:18 - [error] [mqtt-broker:edge] connection refused"),
			we("2026-11-29T07:41:19.123Z", Info, "", "4120:M 29 Nov 07:41:19.123 - Accepted 10.0.0.1:5555"),
		},
	},
	{
		name: "time-of-day-in-utc",
		why:  "a time of day opening the line with a Z after it is UTC, on the reader's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.043Z", Info, "", "07:41:16.043Z  INFO shopd: listening on :8080"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[07:41:17Z] cache warmed"),
		},
	},
	{
		name: "date-and-clock-all-colons",
		why:  "a year, month and day written with colons and the clock after one more colon is a date and a time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "[2026:11:29:07:41:16]: Warning: no render device for /dev/dri/card1"),
		},
	},
	{
		name: "lower-case-config-after-a-tag",
		why:  "JUL's CONFIG is written in capitals; a lower-case config: after a thread's name is a trace's category, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.202664Z", Unknown, "", "1795938076.202664 [0]   listener: config: Domain/Tracing/Verbosity: finest {}"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 CONFIG: pool size 8"),
		},
	},
	{
		name: "build-date-glued-to-a-version",
		why:  "a date glued by an at sign to a version before it is the build's, not the line's; after a name it is the line's",
		entries: []worldEntry{
			we("", Unknown, "", "Starting Relay version 3.1.4@2026-10-02-17:11:58"),
			we("2026-11-29T07:41:16Z", Unknown, "", "app@2026-11-29T07:41:16Z started"),
		},
	},
	{
		name: "level-in-a-bracket-of-two-words",
		why:  "a bracket opening the line or right after its time that holds a category and a level, or a level and a colon before its source, gives the level; a remark, a lower-case pair or three words give none",
		entries: []worldEntry{
			we("", Warn, "", "[Warning:  ModLoader] plugin targets an older loader"),
			we("", Info, "", "[worker(a1B2) INF] listening on :8080"),
			we("", Unknown, "", "[Note: see the manual] for the limits"),
			we("", Unknown, "", "[System Info] CPU: 8 cores"),
			we("", Unknown, "", "[Security Alert] login from a new device"),
		},
	},
	{
		name: "level-in-a-bracket-of-two-words-after-the-time",
		why:  "right after the time too; a lower-case pair or three words there are a thread's or a job's name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.047Z", Error, "", "2026-11-29 07:41:16.047 [TRANSPORT_UDP Error] bind failed on port 7400"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 [build error] step 4 of 9"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 [pool 1 worker] idle"),
			we("2026-11-29T07:41:21.123Z", Error, "", "2026-11-29 07:41:21,123 [Timer Notice] ERROR com.example.Job - failed"),
			we("2026-11-29T07:41:22Z", Unknown, "", "2026-11-29 07:41:22 [Stack Trace] java.lang.NullPointerException"),
			we("2026-11-29T07:41:23Z", Unknown, "", "2026-11-29 07:41:23 [Debug: on] server ready"),
		},
	},
	{
		name: "zone-in-parentheses",
		why:  "a zone in parentheses right after the clock is the time's zone: an abbreviation, an offset, or both; anything else there is text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Unknown, "", "[2026-11-29 08:41:16.102 (UTC+0100)] server listening on opc.tcp://gw-2:4840/"),
			we("2026-11-29T13:41:17Z", Unknown, "", "2026-11-29 08:41:17 (EST) nightly export started"),
			we("2026-11-29T08:41:18Z", Unknown, "", "2026-11-29 08:41:18 (pid 4120) nightly export done"),
		},
	},
	{
		name: "json-behind-a-container-bracket",
		why:  "a JSON object behind the bracketed container name that kubectl logs --prefix or tkn puts before each line is the record; a time or a level in the bracket is the line's own",
		entries: []worldEntry{
			we("", Error, "", `[ERROR] {"code":41,"reason":"quota"}`),
			we("2026-11-29T07:41:16.102Z", Warn, "n1", `[pod/web-7d4f9c-x2k4q/app] {"level":"warn","ts":"2026-11-29T07:41:16.102Z","msg":"slow","host":"n1"}`),
			we("2026-11-29T07:41:17.5Z", Info, "", `[build : compile] {"level":"info","ts":1795938077.5,"msg":"compiled 41 files"}`),
			we("2026-11-29T07:41:18Z", Unknown, "", `[2026-11-29 07:41:18] {"msg":"queued"}`),
		},
	},
	{
		name: "zap-development-keys",
		why:  "zap's development encoder names its level L, its time T and its message M; a number under L is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:24.1Z", Error, "", `{"L":"ERROR","T":"2026-11-29T07:41:24.100Z","N":"cluster.client","M":"HTTP error","status":502}`),
			we("2026-11-29T07:41:25Z", Unknown, "", `{"L":4,"T":"2026-11-29T07:41:25Z","M":"retry"}`),
		},
	},
	{
		name: "underscored-logfmt-keys",
		why:  "_time, _level and _msg are a record's time, level and message (VictoriaLogs' names, Couchbase's query log)",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.51Z", Warn, "", "_time=2026-11-29T07:41:19.510+00:00 _level=WARN _msg=cache not warmed, serving from disk"),
		},
	},
	{
		name: "postgres-log-glued-behind-its-prefix",
		why:  "PostgreSQL's LOG glued between colons behind a log_line_prefix is its informational level",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 UTC:10.20.0.9(51822):app@orders:[4411]:LOG:  connection authorized: user=app"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 dir:LOG:files rotated"),
		},
	},
	{
		name: "capital-and-period-before-the-time",
		why:  "a capital letter and a period opening the line right before its time is the level (SAP ASE, Replication Server, IQ), and a year-less date after it is a date",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I. 2026/11/29 07:41:16. REPLICATION SERVER 'RS_ORD' IS RUNNING"),
			we("2026-11-29T07:41:19Z", Error, "", "E. 11/29 07:41:19. 0000000012 Exception Thrown from stcxtlib/st_database.cxx:10422"),
			we("2026-11-29T07:41:20Z", Unknown, "", "J. 2026-11-29 07:41:20 Smith signed the change"),
			we("2026-11-29T07:41:21Z", Unknown, "", "A. 2026/11/29 07:41:21. first item of the list"),
		},
	},
	{
		name: "libzypp-and-yast-header",
		why:  "after the time, a digit in angle brackets on libzypp's scale, the host glued to its pid and a component in brackets; without the host and the bracket the digit is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Warn, "build-04", "2026-11-29 07:41:17 <2> build-04(812) [zypp-curl] MediaCurl.cc(evaluateCurlCode):1078 Timeout exceeded"),
			we("2026-11-29T07:41:18Z", Debug, "build-04", "2026-11-29 07:41:18 <0> build-04(812) [Ruby] modules/Package.rb:41 Checking packages"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 <3> queued (812) items"),
		},
	},
	{
		name: "address-and-port-where-the-host-would-be",
		why:  "an IPv4 address with a port after a syslog time is a client's end of a connection, no host; an address alone is one, and so is one with a port before a program's tag (a relay's sender)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2Z", Info, "", "<134>2026-11-29T07:41:16.200+00:00 10.0.0.57:51234 [29/Nov/2026:07:41:16.201] fe_https be_app/app2 0/0/1/3/4 200 1204"),
			we("2026-11-29T07:41:17Z", Info, "10.0.0.5", "<134>2026-11-29T07:41:17+00:00 10.0.0.5 haproxy[412]: backend be_app has no server available"),
			we("2026-11-29T07:41:18Z", Unknown, "10.0.0.1:514", "Nov 29 07:41:18 10.0.0.1:514 sshd[123]: Accepted publickey for deploy"),
		},
	},
	{
		name: "json-arrival-time",
		why:  "Postfix's arrival_time holds its queue record's time; other keys ending in _time (a duration, an expiry) hold none",
		entries: []worldEntry{
			we("2026-11-29T05:12:40Z", Unknown, "", `{"queue_name": "deferred", "queue_id": "4F1C2A7E9B", "arrival_time": 1795929160, "message_size": 2412}`),
			we("", Unknown, "", `{"msg":"done","response_time":0.123,"expire_time":1795929160}`),
		},
	},
	{
		name: "debug-with-its-depth-after-a-category",
		why:  "BIND's debug severity with its depth after the category, in each of the time spellings its channels write; debug in a sentence is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.55Z", Debug, "", "2026-11-29T07:41:20.550Z resolver: debug 3: fetch: example.org/A"),
			we("2026-11-29T07:41:21.55Z", Debug, "", "29-Nov-2026 07:41:21.550 resolver: debug 1: createfetch: example.org AAAA"),
			we("2026-11-29T07:41:22.55Z", Debug, "", "2026-11-29 07:41:22,550 xfer-in: debug 2: zone example.net/IN: requesting IXFR"),
			we("2026-11-29T07:41:23.55Z", Unknown, "", "29-Nov-2026 07:41:23.550 client: debug mode is off for 10.0.0.2#53"),
		},
	},
	{
		name: "level-word-and-a-comma-after-the-time",
		why:  "a level word closed by a comma right after the time is the level (OpenZWave's \"Info, Node005, …\"); level words in a sentence after the time are none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16.123 Info, Node007, Received Node Info frame"),
			we("2026-11-29T07:41:17.123Z", Warn, "", "2026-11-29 07:41:17.123 Warning, Node007, Timeout waiting for a reply"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 however, error, warning, and info words are prose here"),
		},
	},
	{
		name: "level-and-category-after-the-time",
		why:  "a level glued by a slash to its category as the first word after the time, in brackets or not, is the level; further in it is a path",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.814Z", Trace, "", "[11/29/2026 07:41:16.814] trace/network\tConnection 4097 | New TCP connection"),
			we("2026-11-29T07:41:17.2Z", Warn, "", "[11/29/2026 07:41:17.200] warning/server\tUsername/Password configured"),
			we("2026-11-29T07:41:20.031Z", Error, "", "[11/29/2026 07:41:20.031] error/network\tConnection 4097 | Connection closed"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29 07:41:21 set the level to info/debug"),
		},
	},
	{
		name: "syslog-numbers-in-json",
		why:  "rsyslog's syslogseverity is a syslog severity, Fluent Bit's pri a PRI in a string beside its ident and host; a pri without them, or a number, is a task's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "h1", `{"msg":"disk failed","syslogseverity":"3","hostname":"h1","timereported":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:17Z", Info, "nas2", `{"pri":"30","time":"Nov 29 07:41:17","host":"nas2","ident":"smbd","pid":"4410","message":"connect to service backup"}`),
			we("2026-11-29T07:41:18Z", Unknown, "", `{"time":"2026-11-29T07:41:18Z","pri":2,"task":"build","msg":"queued"}`),
			we("2026-11-29T07:41:19Z", Unknown, "", `{"time":"2026-11-29T07:41:19Z","ident":"job-42","pri":"3","msg":"queued"}`),
		},
	},
	{
		name: "severity-label-where-the-tag-would-be",
		why:  "a Severity: label where a syslog tag would be opens a labelled message, whose value is the level (iDRAC)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "bmc-07", "Nov 29 07:41:16 bmc-07 Severity: Warning, Category: System Health, MessageID: PSU0003, Message: input lost"),
			we("2026-11-29T07:41:17Z", Info, "bmc-07", "Nov 29 07:41:17 bmc-07 Severity: Informational, Category: Audit, MessageID: USR0030, Message: logged in"),
			we("2026-11-29T07:41:18Z", Unknown, "ticket01", "Nov 29 07:41:18 ticket01 Priority: Emergency change approved by alice"),
		},
	},
	{
		name: "rfc5424-fields-without-a-pri",
		why:  "RFC 5424's host, app, procid and msgid after an RFC 3339 time that opens the line, without the PRI, give the host; a thread in brackets and padded columns are no such header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Unknown, "gw-lab", "2026-11-29T08:41:16.204518+01:00 gw-lab dropbear 1204 - - Exit before auth"),
			we("2026-11-29T07:41:17Z", Unknown, "gw-lab", `2026-11-29T08:41:17+01:00 gw-lab sshd - AUTH [meta@32473 x="1"] accepted`),
			we("2026-11-29T07:41:18.088Z", Warn, "", "2026-11-29T07:41:18,088 [zk-curator-1] WARN  c.d.s.c.zk.ZKClusterClient - connection lost"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T08:41:19+01:00 some words 12 go - here"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20Z x"),
		},
	},
	{
		name: "host-and-tag-behind-a-pri-alone",
		why:  "behind a PRI with a facility and no time, a machine's name (with a digit) and a tag with its colon give the host; a hyphenated word is a component's, and behind sd-daemon's facility-less prefix they are a service's component and word",
		entries: []worldEntry{
			we("", Info, "esp32-hall", "<190>esp32-hall clock: NTP sync ok"),
			we("", Error, "", "<3>db-writer flush: failed to write batch"),
			we("", Info, "", "<14>auto-update check: no updates"),
		},
	},
	{
		name: "address-and-stack-unit-in-the-host-field",
		why:  "an IPv4 address with a stack unit glued by a dash is the switch's address; a name with a number after a dash is a name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.30.0.4", "<190>Nov 29 07:41:16 10.30.0.4-2 TRAPMGR[2345]: traputil.c(721) 4 %% Link Up: 0/3"),
			we("2026-11-29T07:41:17Z", Info, "10.30.0.9", "<190>1 2026-11-29T07:41:17Z 10.30.0.9-1 TRAPMGR 2345 - - Link up on 1/0/4"),
			we("2026-11-29T07:41:18Z", Info, "sw-core-2", "<190>Nov 29 07:41:18 sw-core-2 TRAPMGR[2345]: Link down"),
		},
	},
	{
		name: "liberty-audit-level",
		why:  "Liberty's and WebSphere's AUDIT, padded in its bracket or under a JSON loglevel, is their notice, between INFO and WARNING; ibm_datetime is the event's time",
		entries: []worldEntry{
			we("", Notice, "", "[AUDIT   ] CWWKF0011I: The appServer server is ready to run a smarter planet."),
			we("", Error, "", "[AUDIT   ] [ERROR] export of the audit trail failed"),
			we("2026-11-29T07:41:16.204Z", Notice, "", `{"type":"liberty_message","ibm_datetime":"2026-11-29T07:41:16.204+0000","loglevel":"AUDIT","message":"CWWKE0001I: The server appServer has been launched."}`),
		},
	},
	{
		name: "host-value-with-a-port",
		why:  "a host key whose value carries a port names a peer or a request's host, not the machine that logged; an IPv6 address is one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", `time=2026-11-29T07:41:16Z level=WARN msg="slow upstream" host=stock:9000`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"time":"2026-11-29T07:41:17Z","host":"shop.example.org:8443","msg":"proxied"}`),
			we("2026-11-29T07:41:18Z", Unknown, "fe80::1", `{"time":"2026-11-29T07:41:18Z","host":"fe80::1","msg":"up"}`),
		},
	},
	{
		name: "pairs-separated-by-commas",
		why:  "key=value pairs separated by commas from the first on are pairs (FortiOS's CSV mode, F5's Splunk format); between blanks a comma stays in its value",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "FGT60F-br", `<189>date=2026-11-29,time=07:41:16,devname="FGT60F-br",devid="FG60FTK2309A411",tz="+0000",type="event"`),
			we("2026-11-29T07:41:17Z", Warn, "bigip2.example.net", `date_time="Nov 29 2026 07:41:17",bigip_mgmt_ip="10.20.0.6",hostname="bigip2.example.net",severity="warning"`),
			we("2026-11-29T07:41:18Z", Info, "", `ts=2026-11-29T07:41:18Z level=info job=4120 tres=cpu=128,host=node4 msg="allocated"`),
		},
	},
	{
		name: "commas-inside-values",
		why:  "a first value holding pairs of its own, a value's commas before pairs between blanks, and a few pairs between commas under a record are values, not a record of pairs",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", `ts=2026-11-29T07:41:16Z labels=app=web,env=prod level=warn msg=rollout`),
			we("2026-11-29T07:41:17.123Z", Error, "", "2026-11-29 07:41:17,123 ERROR [main] com.example.App - bad config:", "mode=strict,retries=3"),
		},
	},
	{
		name: "sender-address-before-tagless-pairs",
		why:  "an IPv4 address after an RFC 3339 time opening the line, before key=value pairs, is the sender a collector stored; before a request it is a client's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Notice, "10.30.0.1", `2026-11-29T07:41:16.204811+00:00 10.30.0.1 date=2026-11-29 time=07:41:16 devname="FGT60F-lab" level="notice"`),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17Z 10.0.0.5 GET /index.html 200"),
		},
	},
	{
		name: "time-in-a-bar-column",
		why:  "a time set off by bars as a column of a short header, after a level and a source column (the Java Service Wrapper's), is the record's; the program's own line behind it gives the level when it opens with its own time, whatever column the source's level was learned in",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Error, "", "ERROR  | wrapper  | 2026/11/29 07:41:10 | JVM did not exit on request, terminated"),
			we("2026-11-29T07:41:12Z", Info, "", "INFO   | jvm 1    | 2026/11/29 07:41:12 | WrapperManager: Initializing..."),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Warn, "", "INFO   | jvm 1    | 2026/11/29 07:41:16 | 2026-11-29 07:41:16,204 WARN  [main] com.example.Pool - 90% in use"),
			we("2026-11-29T07:41:17Z", Info, "", "INFO   | jvm 1    | 2026/11/29 07:41:17 | Error: none of the 3 retries was needed"),
		},
	},
	{
		name: "wrapper-lines-after-timed-ones",
		why:  "the wrapper's own STATUS lines, with their time in the bar column past a source column, are records of their own after the timed jvm lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:11Z", Error, "", "ERROR  | wrapper  | 2026/11/29 07:41:11 | JVM exited unexpectedly."),
			we("2026-11-29T07:41:12Z", Info, "", "INFO   | jvm 1    | 2026/11/29 07:41:12 | Application started"),
			we("2026-11-29T07:41:13Z", Info, "", "STATUS | wrapper  | 2026/11/29 07:41:13 | TERM trapped.  Shutting down."),
			we("2026-11-29T07:41:14Z", Info, "", "STATUS | wrapper  | 2026/11/29 07:41:14 | <-- Wrapper Stopped"),
		},
	},
	{
		name: "time-in-a-table-row",
		why:  "a time in a bar-separated row past its third column, or after a column of several words, is the row's data (an event's date, a certificate's expiry), not the record's",
		entries: []worldEntry{
			we("", Info, "", "INFO     | app.main:run:12 - started"),
			we("", Info, "", "INFO     | app.cal:ls:30 - event | 2027-01-01 00:00:00 | New year"),
			we("", Debug, "", "DEBUG    | app.cal:ls:30 - event | 2026-12-25 00:00:00 | Christmas"),
			we("", Error, "", "ERROR    | cert | old.example.com | 2025-11-01 00:00:00 | expired"),
		},
	},
	{
		name: "id-pairs-that-are-no-welf",
		why:  "an id= pair opening a logfmt line names a job or a device: its fw= is a firmware and its pri= a job's priority",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "id=task time=2026-11-29T07:41:19Z queue=emails pri=0 state=queued"),
			we("2026-11-29T07:41:20Z", Unknown, "", "id=sensor time=2026-11-29T07:41:20Z model=TH-100 fw=4.2.1 rssi=-60"),
		},
	},
	{
		name: "request-id-behind-a-pri",
		why:  "behind a PRI, WELF's id= names a product in letters: a request's id with digits opens no WELF record, and the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:21Z", Info, "", "<134>id=req-77 time=\"2026-11-29 07:41:21\" fw=edge pri=1 msg=\"z\""),
		},
	},
	{
		name: "time-deep-in-words",
		why:  "a time after a level and more than two words, not set off by bars, is the message's",
		entries: []worldEntry{
			we("", Warn, "", "WARN order 4120 was due 2026/11/29 07:41:16 | escalated"),
			we("", Info, "", "INFO | the backup of a long list of hosts and disks from | 2026/11/28 07:41:16 | was kept"),
		},
	},
	{
		name: "welf-with-a-product-id",
		why:  "a WELF record names its product in id= (id=firewall, Topsec's id=tos) before the time or a serial number: fw= is the firewall that wrote it and pri= its severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "ngfw-hq", `<134>id=tos time="2026-11-29 07:41:16" fw=ngfw-hq pri=3 type=system msg="HA link lost"`),
			we("", Unknown, "", `id=42 fw=ngfw-hq msg="only an id"`),
		},
	},
	{
		name: "address-where-the-tag-would-be",
		why:  "an IPv4 address closed by a colon after a syslog time names the sender: no program is called by an address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "10.30.0.2", "<163> Nov 29 2026 07:41:16 10.30.0.2: %ACE-3-251010: Health probe failed for server 10.30.1.21"),
			we("2026-11-29T07:41:17Z", Notice, "10.30.0.9", "<13>Nov 29 07:41:17 10.30.0.9: link flap on port 4"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Nov 29 07:41:18 sshd: Accepted publickey for anna"),
		},
	},
	{
		name: "ietf-fields-after-a-comma-time",
		why:  "RFC 5424's host, app, procid and msgid after a PRI and a time of another spelling (Avi's controller): the first field is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "avi-ctrl01", "<46>2026-11-29 07:41:16,204 avi-ctrl01 Avi-Controller - - - INFO [vs-shop] virtual service up"),
			we("2026-11-29T07:41:17.204Z", Notice, "", "<13>2026-11-29 07:41:17,204 the cache - - - was emptied"),
		},
	},
	{
		name: "zone-where-the-host-would-be",
		why:  "a zone abbreviation after a syslog time, where the host would be, is the clock's zone (Cisco CIMC's \"CST:\"); a host's name stays a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Critical, "", "<186> Nov 29 01:41:20 CST: %CIMC-2-EQUIPMENT_INOPERABLE: [F0174] Processor 1 is inoperable"),
			we("2026-11-29T07:41:21.123Z", Notice, "", "<189>Nov 29 02:41:21.123 EST: %SYS-5-CONFIG_I: Configured from console by vty0"),
			we("2026-11-29T07:41:22Z", Unknown, "cst-gw1", "Nov 29 07:41:22 cst-gw1 sshd[4120]: Accepted publickey for anna"),
		},
	},
	{
		name: "clock-wrapped-after-a-level-letter",
		why:  "a time of day in parentheses or brackets after a level letter opening the line is the record's (ESP-IDF stamped with the system's time); after a word it is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "I (07:41:16.204) wifi: connected to ap-lab"),
			we("2026-11-29T07:41:17.004Z", Warn, "", "W (07:41:17.004) wifi: rssi low"),
		},
	},
	{
		name: "clock-in-parentheses-in-text",
		why:  "a time of day in parentheses after a word is no record's time",
		entries: []worldEntry{
			we("", Unknown, "", "uptime (07:41:16) since the last restart"),
			we("", Unknown, "", "A (07:41:16) marks the alarm"),
		},
	},
	{
		name: "short-date-dash-clock",
		why:  "a date of two-digit year, month and day, a dash and a clock opening the line is its time (RDK's logger); inside the line it is an id's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "261129-07:41:16.204118 [mod=NET, lvl=INFO] [tid=4120] link up"),
			we("2026-11-29T07:41:17Z", Unknown, "", "261129-07:41:17 [mod=NET] carrier stable"),
		},
	},
	{
		name: "short-date-dash-clock-inside",
		why:  "the same spelling after a word is not the record's time",
		entries: []worldEntry{
			we("", Unknown, "", "batch 261129-07:41:16 was exported"),
		},
	},
	{
		name: "brief-after-ticks",
		why:  "logcat's brief \"L/tag:\" behind a bracketed tick count is the record's level letter (RT-Thread's ulog); \"I/O:\" is a word",
		entries: []worldEntry{
			we("", Info, "", "[1205] I/wlan.mgnt: connected to lab-ap"),
			we("", Error, "", "[5032] E/mqtt: connect to broker failed, rc=-3"),
			we("", Unknown, "", "[5040] I/O: flash sector 12 busy"),
			we("", Unknown, "", "[2] E/Mail: 3 new messages"),
			we("", Unknown, "", "[    0.512345] I/OAT: DMA engine found"),
		},
	},
	{
		name: "json-time-keys-of-servers",
		why:  "389 DS's gm_time and local_time (its offset after a blank), Envoy's start_time, QMP's seconds and microseconds are the record's time; a time key beside start_time wins",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412033121Z", Unknown, "", `{"local_time":"2026-11-29T02:41:16.412033121 -0500","operation":"BIND","conn_id":4120}`),
			we("2026-11-29T07:41:17.412Z", Unknown, "", `{"gm_time":"2026-11-29T07:41:17.412Z","local_time":"2026-11-29T08:41:17.412+01:00","result":0}`),
			we("2026-11-29T07:41:18.29Z", Unknown, "", `{"start_time":"2026-11-29T07:41:18.290Z","method":"GET","path":"/api","response_code":200}`),
			we("2026-11-29T07:41:19.412388Z", Unknown, "", `{"timestamp":{"seconds":1795938079,"microseconds":412388},"event":"STOP"}`),
			we("2026-11-29T07:41:20Z", Unknown, "", `{"start_time":"2026-11-29T07:00:00Z","time":"2026-11-29T07:41:20Z","job":"nightly"}`),
			we("2026-11-29T07:41:21Z", Unknown, "", `{"start_time":"2026-11-28T00:00:00Z","timegenerated":"2026-11-29T07:41:21Z","msg":"session"}`),
			we("", Unknown, "", `{"topic":"Quarterly review","start_time":"2027-01-15T14:00:00Z","duration":90}`),
		},
	},
	{
		name: "vmware-letters-over-their-number",
		why:  "VMware's two letters before a number in parentheses name the level, on ESXi's syslog priorities and on vCenter's own scale alike",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16.204Z In(05) host-4120 <vpxd> service started"),
			we("2026-11-29T07:41:17.204Z", Warn, "", "2026-11-29T07:41:17.204Z Wa(03) host-4120 <vpxd> health check slow"),
			we("2026-11-29T07:41:18.204Z", Error, "", "2026-11-29T07:41:18.204Z Er(02) host-4120 <vpxd> service exited"),
		},
	},
	{
		name: "epoch-after-a-pid-and-at",
		why:  "an epoch with a fraction glued by '@' to the pid opening the line is the record's time (QEMU's log trace backend); a date glued to a version is a build's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412388Z", Unknown, "", "48211@1795938076.412388:virtio_blk_req_complete vdev 0x55d4 req 0x7f4c status 0"),
			we("2026-11-29T07:41:16.412901Z", Unknown, "", "48211@1795938076.412901:virtio_notify vdev 0x55d4 vq 0x7f4c"),
		},
	},
	{
		name: "date-glued-to-a-version",
		why:  "a date glued by '@' to a version is its build's, not the record's",
		entries: []worldEntry{
			we("", Unknown, "", "gotify 2.6.1@2024-11-02-17:11:58 started"),
		},
	},
	{
		name: "collectors-json-keys",
		why:  "the keys collectors store a syslog event under: Cribl's _time and severityName, Telegraf's tags, Loki's labels, a GELF _severity, OpenTelemetry's timeUnixNano; a small _time counts something else",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "nas-2", `{"_time":1795938076,"host":"nas-2","severity":2,"severityName":"crit","message":"raid degraded"}`),
			we("2026-11-29T07:41:17Z", Warn, "ups-3", `{"name":"syslog","tags":{"appname":"upsmon","hostname":"ups-3","severity":"warning"},"timestamp":1795938077}`),
			we("2026-11-29T07:41:18.5Z", Unknown, "gw-4", `{"labels":{"host":"gw-4","job":"syslog"},"line":"link up","timestamp":"2026-11-29T07:41:18.5Z"}`),
			we("2026-11-29T07:41:19Z", Notice, "mx-5", `{"host":"mx-5","short_message":"queue flushed","_severity":"notice","timestamp":1795938079.0,"version":"1.1"}`),
			we("2026-11-29T07:41:20Z", Warn, "", `{"timeUnixNano":"1795938080000000000","severityText":"WARN","body":"disk 91% full"}`),
			we("", Info, "", `{"_time":42,"level":"info","msg":"took 42 s"}`),
			we("2026-11-29T07:41:22Z", Unknown, "", `{"@timestamp":"2026-11-29T07:41:22Z","agent":{"name":"java","version":"1.45.0"},"service":{"name":"checkout"}}`),
			we("2026-11-29T07:41:23Z", Unknown, "", `{"transaction":{"client_ip":"10.20.0.7","time_stamp":"Sun Nov 29 07:41:23 2026","unique_id":"4120"}}`),
		},
	},
	{
		name: "pairs-separated-by-bars",
		why:  "key=value pairs separated by bars from the first pair on are pairs (Check Point's Splunk format); between blanks a bar stays in its value",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "cp-gw02", "time=1795938076|hostname=cp-gw02|product=Firewall|action=Accept|src=10.20.0.7|dst=198.51.100.2"),
			we("2026-11-29T07:41:17Z", Warn, "", "ts=2026-11-29T07:41:17Z level=warn states=ok|warn|crit msg=\"thresholds loaded\""),
		},
	},
	{
		name: "bars-in-a-table-of-pairs",
		why:  "a table's row of pairs between bars and blanks, or a value's bars, opens no record of pairs",
		entries: []worldEntry{
			we("", Unknown, "", "| a=1 | b=2 | c=3 | d=4 |"),
			we("", Unknown, "", "mode=a|b retries"),
		},
	},
	{
		name: "level-after-an-angled-message-id",
		why:  "ArubaOS writes a number in angle brackets, its message id, before its level in angle brackets after the tag; a number in angle brackets before prose gives none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.20.0.1", "Nov 29 07:41:16 2026 10.20.0.1 stm[3201]: <501093> <NOTI> |AP ap-lobby| client associated"),
			we("2026-11-29T07:41:17Z", Error, "10.20.0.1", "Nov 29 07:41:17 2026 10.20.0.1 authmgr[3310]: <522008> <ERRS> |authmgr| radius server timeout"),
			we("2026-11-29T07:41:18Z", Unknown, "10.20.0.1", "Nov 29 07:41:18 2026 10.20.0.1 app[12]: <5> value out of range"),
		},
	},
	{
		name: "level-letter-then-a-fine-clock",
		why:  "a time of day with a fraction after a level letter and a blank opening the line is the record's (WirePlumber's stderr)",
		entries: []worldEntry{
			we("2026-11-29T08:12:02.118204Z", Warn, "", "W 08:12:02.118204  spa.bluez5 ../spa/plugins/bluez5/bluez5-dbus.c:1322:device_try_connect: profile unavailable"),
			we("2026-11-29T08:12:02.204118Z", Debug, "", "D 08:12:02.204118  wp-device ../modules/module-si-audio-adapter.c:412:si_audio_adapter_configure: configured"),
		},
	},
	{
		name: "letter-and-a-clock-in-prose",
		why:  "a capital letter and a time of day without a fraction open a sentence",
		entries: []worldEntry{
			we("", Unknown, "", "I 12:30:00 arrived at the office"),
		},
	},
	{
		name: "letter-before-a-thread-in-syslog",
		why:  "a level letter and a colon before a bracketed thread name opening a syslog message (PulseAudio's); a letter and a colon before prose is a label",
		entries: []worldEntry{
			we("2026-11-29T09:02:11Z", Warn, "lap-7", "Nov 29 09:02:11 lap-7 pulseaudio[2210]: W: [alsa-sink-HDMI] alsa-sink.c: underrun, buffer 8820 bytes"),
			we("2026-11-29T09:02:12Z", Error, "lap-7", "Nov 29 09:02:12 lap-7 pulseaudio[2210]: E: [pulseaudio] module.c: cannot load module-x11-bell"),
			we("2026-11-29T09:02:13Z", Unknown, "lap-7", "Nov 29 09:02:13 lap-7 backup[812]: C: mounted read-only"),
		},
	},
	{
		name: "debug-letter-before-a-thread",
		why:  "PulseAudio's D: before its bracketed thread on stderr is Debug; a D: before a path is a drive",
		entries: []worldEntry{
			we("", Debug, "", "D: [pulseaudio] core-util.c: found realtime group 29"),
			we("", Unknown, "", "D: /mnt/archive mounted"),
		},
	},
	{
		name: "sentence-opening-words-after-a-clock",
		why:  "Not and Note, capitalized and unmarked after a bracketed clock, open a sentence; NOT in capitals stays a level",
		entries: []worldEntry{
			we("2026-11-29T09:10:00Z", Unknown, "", "[09:10:00] Not enough disk space for the crash report"),
			we("2026-11-29T09:10:01Z", Unknown, "", "[09:10:01] Note that the upload will resume later"),
			we("2026-11-29T09:10:02Z", Notice, "", "[09:10:02] NOT link state changed"),
		},
	},
	{
		name: "plog-verbose",
		why:  "plog's VERB, below its DEBUG, is Trace",
		entries: []worldEntry{
			we("2026-11-29T09:20:00.125Z", Trace, "", "2026-11-29 09:20:00.125 VERB  [7712] [Cache::touch@88] entry 41 refreshed"),
		},
	},
	{
		name: "qualified-level-pair",
		why:  "a capitalized level word before a marked one (Fatal error:) is one level, the more severe; a capitalized word that is no level before Error: leaves Error",
		entries: []worldEntry{
			we("2026-11-29T09:30:00Z", Critical, "", "2026-11-29 09:30:00 store-dir JobId 77: Fatal error: tape drive not responding"),
			we("2026-11-29T09:30:01Z", Error, "", "2026-11-29 09:30:01 store-dir JobId 78: Error: volume full"),
		},
	},
	{
		name: "level-object-name",
		why:  "a level written as an object with its name and number (loguru's serialize=True) gives the name",
		entries: []worldEntry{
			we("2026-11-29T09:40:00Z", Warn, "", `{"text":"disk almost full\n","record":{"level":{"icon":"!","name":"WARNING","no":30},"message":"disk almost full","time":{"repr":"2026-11-29 09:40:00+00:00","timestamp":1795945200.0}}}`),
		},
	},
	{
		name: "left-padded-level-after-one-blank",
		why:  "one blank, then a level word padded to five columns: each line is a record of its own (pretty_env_logger without a time)",
		entries: []worldEntry{
			we("", Debug, "", " DEBUG mirror::sync > 14 objects to fetch"),
			we("", Info, "", " INFO  mirror::sync > fetched 14 objects"),
			we("", Error, "", " ERROR mirror::push > remote rejected ref main"),
		},
	},
	{
		name: "uptime-seconds-columns",
		why:  "right-aligned seconds since start with their unit before the level (tracing's uptime timer): each line is a record, with no time of its own",
		entries: []worldEntry{
			we("", Info, "", "   0.004120000s  INFO mirror: starting"),
			we("", Warn, "", "   1.250000000s  WARN mirror::net: slow peer"),
			we("", Error, "", "  41.000001000s ERROR mirror::net: peer gone"),
		},
	},
	{
		name: "event-header-where-the-host-would-be",
		why:  "a CEF record right after the header's time and zone names no host",
		entries: []worldEntry{
			we("2026-11-29T09:50:00Z", Warn, "", "<12>Nov 29 2026 09:50:00 UTC CEF:0|Acme|Sensor|2.1|101|Port scan|7|src=10.9.0.4 dst=10.9.0.8"),
		},
	},
	{
		name: "json-event-behind-a-pri",
		why:  "a JSON event behind a PRI alone gives its time and host from its own keys (FortiOS's eventtime and devname)",
		entries: []worldEntry{
			we("2026-11-29T09:55:00.5Z", Notice, "edge-fw9", `<189>{"date":"2026-11-29","time":"09:55:00","devname":"edge-fw9","eventtime":1795946100500000000,"level":"notice","msg":"session closed"}`),
		},
	},
	{
		name: "host-after-a-pri-and-another-time",
		why:  "after a PRI and a time in a spelling of its own, a host and a program with its pid form the syslog header",
		entries: []worldEntry{
			we("2026-11-29T09:58:00Z", Info, "gw-04", `<30>2026:11:29-09:58:00 gw-04 webproxy[812]: id="0001" severity="info" action="pass"`),
		},
	},
	{
		name: "letter-after-seconds-since-boot",
		why:  "a priority letter after a count of seconds since boot, in logcat's brief shape or after the pid and thread id (logcat -v monotonic, dlogutil -v kerneltime, hilog)",
		entries: []worldEntry{
			we("", Warn, "", "  812.004 W/PowerHAL(  611): boost hint rejected"),
			we("", Error, "", "  812.310 E/CameraService(  740): connect failed: -16"),
		},
	},
	{
		name: "letter-after-seconds-pid-and-tid",
		why:  "the letter after seconds since boot and two number columns, before a tag with its colon",
		entries: []worldEntry{
			we("", Critical, "", "  901.220  4410  4412 F B01200/Render: surface lost"),
			we("", Info, "", "  901.225  4410  4410 I B01200/Render: surface recreated"),
		},
	},
	{
		name: "seconds-then-a-slash-word",
		why:  "seconds then I/O in prose: no level",
		entries: []worldEntry{
			we("", Unknown, "", "  12.500 I/O errors were retried twice"),
		},
	},
	{
		name: "version-before-a-bsd-time",
		why:  "RFC 5424's version digit before a BSD time whose fraction ends in z, as a collector's fallback sends it: the time is that, in UTC, and the host follows it",
		entries: []worldEntry{
			we("2026-11-29T10:00:01Z", Warn, "vault-2", "<12>1 Nov 29 10:00:01.000z vault-2 sealer[77]: seal check slow"),
		},
	},
	{
		name: "impossible-bsd-date",
		why:  "a BSD date that does not exist gives no time, and the header's host and tag are still read",
		entries: []worldEntry{
			we("", Error, "db-9", "<11>Feb 30 10:00:02 db-9 pgagent[12]: job failed"),
		},
	},
	{
		name: "pri-alone",
		why:  "a PRI alone on its line is an empty message's frame with its level",
		entries: []worldEntry{
			we("2026-11-29T10:00:03Z", Info, "db-9", "<14>Nov 29 10:00:03 db-9 pgagent[12]: job done"),
			we("", Warn, "", "<12>"),
		},
	},
	{
		name: "collector-facility-and-sender-behind-a-pri",
		why:  "a PRI, a time, a facility.level and the sender: the sender is the host",
		entries: []worldEntry{
			we("2026-11-29T10:00:04Z", Error, "sw-access-7", "<187>2026-11-29 10:00:04 Local7.Error sw-access-7 port 12 err-disabled"),
		},
	},
	{
		name: "versioned-header-with-fields-left-out",
		why:  "a PRI and RFC 5424's version before a header that leaves fields out: the PRI's level, the HOSTNAME after the time or after the time's NILVALUE",
		entries: []worldEntry{
			we("2026-11-29T10:00:05Z", Critical, "ingest-3", "<10>1 2026-11-29T10:00:05Z ingest-3 queue overflow"),
			we("", Critical, "ingest-3", "<10>1 - ingest-3 clock unset"),
		},
	},
	{
		name: "relay-line-codec-before-a-syslog-line",
		why:  "a relay's time and the sender's address before a PRI-led syslog line: the address is the host and the PRI the level",
		entries: []worldEntry{
			we("2026-11-29T10:00:06.5Z", Warn, "10.40.0.9", "2026-11-29T10:00:06.500Z 10.40.0.9 <132>Nov 29 11:00:06 edge-fw threat detected"),
		},
	},
	{
		name: "deprecation-level",
		why:  "Elasticsearch's and OpenSearch's DEPRECATION level, in a bracket or under a level key, is a warning",
		entries: []worldEntry{
			we("2026-11-29T10:10:00.5Z", Warn, "", "[2026-11-29T10:10:00,500][DEPRECATION][o.e.d.s.Search] [es-data-3] [types removal] specifying types is deprecated"),
		},
	},
	{
		name: "own-line-behind-a-runtime-time",
		why:  "a program's own line with its time and level mark behind the runtime's time gives the level; a number and prose behind it give none",
		entries: []worldEntry{
			we("2026-11-29T10:11:00.100200300Z", Warn, "", "2026-11-29T10:11:00.100200300Z 7:M 29 Nov 2026 10:11:00.100 # Background saving error"),
			we("2026-11-29T10:11:01.100200300Z", Unknown, "", "2026-11-29T10:11:01.100200300Z 42 clients connected"),
		},
	},
	{
		name: "milliseconds-then-microseconds",
		why:  "after a date, milliseconds then microseconds after a comma are one fraction (Zephyr's timestamp with a date); the bracket closes after them",
		entries: []worldEntry{
			we("2026-11-29T10:20:00.250125Z", Warn, "", "[2026-11-29 10:20:00.250,125] <wrn> modem: signal weak"),
		},
	},
	{
		name: "uptime-with-microseconds-is-no-time",
		why:  "without a date, the same spelling is Zephyr's uptime: no time",
		entries: []worldEntry{
			we("", Error, "", "[00:00:12.250,125] <err> modem: no carrier"),
		},
	},
	{
		name: "go-time-string-zone-name",
		why:  "Go's time.Time.String writes the zone's name after the offset: it is part of the time, no host, and a level with its colon follows",
		entries: []worldEntry{
			we("2026-11-29T10:21:00Z", Warn, "", "2026-11-29 11:21:00 +0100 CET warning: retrying upload"),
			we("2026-11-29T10:21:01Z", Error, "", "2026-11-29 13:21:01 +0300 +03 error: upload failed"),
		},
	},
	{
		name: "component-error-after-the-uptime",
		why:  "a component's name joined to Error after dmesg's uptime is an error; the component's plain name gives none",
		entries: []worldEntry{
			we("", Error, "", "[ 8812.004120] CephFSError: mds0: session evicted"),
			we("", Unknown, "", "[ 8812.004200] CephFS: session reopened"),
		},
	},
	{
		name: "zone-after-a-clock-then-date",
		why:  "a zone's abbreviation after a clock and a date in brackets is applied",
		entries: []worldEntry{
			we("2026-11-29T15:30:00Z", Notice, "", "NOTICE [10:30:00 29-Nov-26 EST][station.boot] station started"),
		},
	},
	{
		name: "program-then-level-in-capitals",
		why:  "a program's name, then its level in capitals, each with its colon (gpsd's); a method in capitals is no level",
		entries: []worldEntry{
			we("", Warn, "", "ntrip:WARN: caster closed the stream"),
			we("", Unknown, "", "proxy:GET: /status 200"),
		},
	},
	{
		name: "sssd-hex-debug-level",
		why:  "SSSD's hex debug level after its component and function brackets, behind its time in parentheses, on SSSD's own scale",
		entries: []worldEntry{
			we("2026-11-29T10:30:00Z", Error, "", "(2026-11-29 10:30:00): [be[lab.example]] [sdap_sys_connect_done] (0x0040): connection to ldap01 refused"),
			we("2026-11-29T10:30:01Z", Warn, "", "(2026-11-29 10:30:01): [be[lab.example]] [fo_resolve_service_send] (0x0080): no server for service LDAP"),
			we("2026-11-29T10:30:02Z", Debug, "", "(2026-11-29 10:30:02): [nss] [nss_getby_name] (0x0400): looking up [bob]"),
		},
	},
	{
		name: "sudo-log-host-field",
		why:  "sudo's own log file with log_host names the host in HOST= after the user",
		entries: []worldEntry{
			we("2026-11-29T10:31:00Z", Unknown, "build-3", "Nov 29 10:31:00 2026 : ci : HOST=build-3 : TTY=unknown ; PWD=/srv/ci ; USER=root ; COMMAND=/usr/bin/apt-get update"),
		},
	},
	{
		name: "logcat-time-tag-that-is-a-level-word",
		why:  "in logcat -v time the letter before the slash is the level; a tag that spells a level (DEBUG, VERB, DEPRECATION) is only the tag's name",
		entries: []worldEntry{
			we("2026-11-29T10:40:00.1Z", Critical, "", "11-29 10:40:00.100 F/DEBUG   ( 1750): *** *** *** *** *** ***"),
			we("2026-11-29T10:40:00.2Z", Error, "", "11-29 10:40:00.200 E/DEPRECATION( 1751): old api called"),
			we("2026-11-29T10:40:00.3Z", Warn, "", "11-29 10:40:00.300 W/VERB    ( 1752): verb table missing"),
		},
	},
	{
		name: "pri-alone-first",
		why:  "a PRI alone opening a file heads no block: the syslog lines after it are records of their own",
		entries: []worldEntry{
			we("", Info, "", "<86>"),
			we("2026-11-29T10:41:00Z", Notice, "h1", "<13>Nov 29 10:41:00 h1 app[2]: after a bare pri"),
			we("2026-11-29T10:41:01Z", Info, "h2", "<30>Nov 29 10:41:01 h2 app[3]: next"),
		},
	},
	{
		name: "one-blank-level-without-the-arrow",
		why:  "one blank and a level word padded to five without pretty_env_logger's target and arrow: a continuation line of the record above",
		entries: []worldEntry{
			we("2026-11-29T10:42:00Z", Error, "", "2026-11-29 10:42:00 ERROR build failed, tool output:",
				" DEBUG output follows"),
		},
	},
	{
		name: "zone-word-that-disagrees-with-the-offset",
		why:  "after a spaced offset, a word that names another zone is the message's first word",
		entries: []worldEntry{
			we("2026-11-29T10:43:00Z", Unknown, "", "2026-11-29 10:43:00 +0000 CAT scan finished on ward 4"),
		},
	},
	{
		name: "short-component-error-after-the-uptime",
		why:  "a name of fewer than four letters joined to Error after dmesg's uptime is no component's level",
		entries: []worldEntry{
			we("", Unknown, "", "[ 812.004120] NoError: bus reset complete"),
		},
	},
	{
		name: "devname-path-is-no-host",
		why:  "a device's path under devname is no host",
		entries: []worldEntry{
			we("2026-11-29T10:44:00Z", Warn, "", `{"time":"2026-11-29T10:44:00Z","level":"warn","devname":"/dev/sda","msg":"smart attribute 5 rising"}`),
		},
	},
	{
		name: "component-error-after-dmesg-human-time",
		why:  "a component's name joined to Error after dmesg -T's bracketed clock is an error; after an unbracketed time it is an exception's class",
		entries: []worldEntry{
			we("2026-11-29T10:50:00Z", Error, "", "[Sun Nov 29 10:50:00 2026] CephFSError: mds0: session evicted"),
		},
	},
	{
		name: "cmtrace-time-without-bias",
		why:  "a CMTrace record whose time has seven fraction digits and no bias (the Intune Management Extension's): the machine's clock",
		entries: []worldEntry{
			we("2026-11-29T10:55:00.7654321Z", Warn, "", `<![LOG[Policy refresh deferred]LOG]!><time="10:55:00.7654321" date="11-29-2026" component="AgentExecutor" context="" type="2" thread="14" file="">`),
		},
	},
	{
		name: "chromium-verbose-level",
		why:  "Chromium's VLOG level with its number in the bracketed prefix is Debug",
		entries: []worldEntry{
			we("2026-11-29T10:56:00.25Z", Debug, "", "[812:820:1129/105600.250:VERBOSE2:sync_engine.cc(77)] Nudge scheduled"),
		},
	},
	{
		name: "mongodb-audit-ts-date",
		why:  "the time under ts.$date, in JSON written with blanks around its colons",
		entries: []worldEntry{
			we("2026-11-29T10:57:00.123Z", Unknown, "", `{ "atype" : "authenticate", "ts" : { "$date" : "2026-11-29T10:57:00.123+00:00" }, "local" : { "ip" : "127.0.0.1", "port" : 27017 }, "result" : 0 }`),
		},
	},
	{
		name: "db2diag-record-host-and-event",
		why:  "a db2diag record names its host on a HOSTNAME: line under its header, and LEVEL: Event is Db2's informational level",
		entries: []worldEntry{
			we("2026-11-29T11:00:00.5Z", Info, "db-north",
				"2026-11-29-11.00.00.500000+000 I2048E330           LEVEL: Event",
				"PID     : 812                  TID : 4410     PROC : db2sysc",
				"HOSTNAME: db-north",
				"FUNCTION: DB2 UDB, base sys utilities, sqeDBMgr::StartUsingLocalDatabase, probe:13",
				""),
		},
	},
	{
		name: "layout-after-a-version-without-header",
		why:  "a program's own layout right after RFC 5424's version, with no header fields (Monolog's SyslogUdpHandler): the PRI's level, the layout's time, its message after its level",
		entries: []worldEntry{
			we("2026-11-29T11:05:00Z", Warn, "", "<12>1 [2026-11-29 11:05:00] shop.WARNING: cart total mismatch {\"cart\":77} []"),
		},
	},
	{
		name: "weblogic-number-in-the-machine-field",
		why:  "a number where WebLogic's header names the machine is the JMS message log's epoch, no host",
		entries: []worldEntry{
			we("2026-11-29T11:10:00Z", Unknown, "", "####<Nov 29, 2026 11:10:00 AM UTC> <> <> <1795950600000> <ID:<550411.1795950600000.0>> <> <orders> <Produced> <<anonymous>>"),
		},
	},
	{
		name: "ibm-basic-event-types",
		why:  "IBM's basic format writes an event type after the thread id and the 13-wide short name: level letters, entry and exit arrows, trace depths 1 to 3; SystemOut's O says nothing of a level",
		entries: []worldEntry{
			we("2026-11-29T12:00:00.100Z", Trace, "", "[11/29/26 12:00:00:100 UTC] 00000a1c OrderBean     >  placeOrder Entry"),
			we("2026-11-29T12:00:00.200Z", Debug, "", "[11/29/26 12:00:00:200 UTC] 00000a1c PoolManager   1   reserve: pool ordersDS has 3 free"),
			we("2026-11-29T12:00:00.300Z", Trace, "", "[11/29/26 12:00:00:300 UTC] 00000a1c OrderBean     <  placeOrder Exit"),
			we("2026-11-29T12:00:00.400Z", Error, "", "[11/29/26 12:00:00:400 UTC] 00000a1d Dispatcher    E   dispatch failed for order 512"),
			we("2026-11-29T12:00:00.500Z", Unknown, "", "[11/29/26 12:00:00:500 UTC] 00000a1e SystemOut     O   order 512 queued again"),
		},
	},
	{
		name: "alarm-severity-in-a-padded-column",
		why:  "an alarm table's row sets its X.733 severity off by two blanks or more: Major is an error, Minor a warning; with one blank the word is prose",
		entries: []worldEntry{
			we("2026-11-29T12:05:00Z", Error, "", "2026-11-29 12:05:00 UTC  Major  Fan tray 2 failure"),
			we("2026-11-29T12:06:00Z", Warn, "", "2026-11-29 12:06:00 UTC  Minor  Backup power supply missing"),
			we("2026-11-29T12:07:00Z", Unknown, "", "2026-11-29 12:07:00 UTC release notes list a Minor fix for the fan tray"),
		},
	},
	{
		name: "level-as-a-short-csv-column",
		why:  "a level that is a comma-separated field of its own among the first fields after the time, before any field with a blank inside",
		entries: []worldEntry{
			we("2026-11-29T12:10:00.250Z", Info, "", "2026-11-29 12:10:00.250, 77.78, Information, Collector started with 4 workers"),
			we("2026-11-29T12:10:01Z", Warn, "", "2026-11-29T12:10:01Z,edge-3,proxy,warning,upstream slow to answer"),
			we("2026-11-29T12:10:02Z", Unknown, "", "2026-11-29T12:10:02Z, queue drained, error count reset, next run at noon"),
		},
	},
	{
		name: "bctoolbox-domain-level",
		why:  "bctoolbox glues the level between its library's log domain and the message with dashes, and the word is no host; a compound of prose is no domain",
		entries: []worldEntry{
			we("2026-11-29T12:20:00.100Z", Warn, "", "2026-11-29 12:20:00:100 ortp-warning-Jitter buffer reset after a gap of 320 ms"),
			we("2026-11-29T12:20:00.200Z", Info, "", "2026-11-29 12:20:00:200 bzrtp-message-Hello received from the peer"),
			we("2026-11-29T12:20:00.300Z", Unknown, "", "2026-11-29 12:20:00:300 anti-error-correction pass done"),
		},
	},
	{
		name: "letter-columns-in-a-timed-header",
		why:  "a level's letter in parentheses right after the time, or with a colon after a module's bracket; a letter after plain words says nothing",
		entries: []worldEntry{
			we("2026-11-29T12:25:00Z", Error, "", "11-29-26 12:25:00 (E) (7110:2201) LOD-004312: target table missing"),
			we("2026-11-29T12:25:01Z", Info, "", "[2026-11-29 12:25:01 P14-T15] [dash] I: segment 41 written"),
			we("2026-11-29T12:25:01.5Z", Unknown, "", "[2026-11-29 12:25:01.500 P14-T15] [copy] E: drive is full"),
			we("2026-11-29T12:25:02Z", Unknown, "", "2026-11-29 12:25:02 quiz answers A: true B: false"),
		},
	},
	{
		name: "wrapped-line-level-after-a-thread-bracket",
		why:  "inside the Java Service Wrapper's bars, the program's own level follows its time and a bracketed thread name with blanks in it",
		entries: []worldEntry{
			we("2026-11-29T12:30:00Z|2026-11-29T12:30:00.125Z", Error, "", "INFO   | jvm 1    | 2026/11/29 12:30:00 | 2026-11-29 12:30:00,125 [beta - apply-0] ERROR apply.Task row 77 rejected"),
		},
	},
	{
		name: "python-default-records-beside-timed-lines",
		why:  "Python's basicConfig writes LEVEL:logger:message with no time: each such line is a record of its own, not a block's header over a timed line that follows",
		entries: []worldEntry{
			we("", Info, "", "INFO:shop.boot:loaded 12 plugins"),
			we("2026-11-29T12:40:00Z", Info, "", `INFO:aiohttp.access:10.0.0.4 [29/Nov/2026:12:40:00 +0000] "GET /health HTTP/1.1" 200 2 "-" "probe/1.0"`),
			we("", Error, "", "ERROR:shop.cart:cart 77 is locked"),
		},
	},
	{
		name: "level-letter-glued-to-a-go-date",
		why:  "Go's log package with a one-letter prefix and no blank glues the level's letter to the date; another letter is a word",
		entries: []worldEntry{
			we("2026-11-29T12:45:00Z", Warn, "", "W2026/11/29 12:45:00 hub.go:88: topic grp42 has no subscribers"),
			we("2026-11-29T12:45:01Z", Error, "", "E2026/11/29 12:45:01 db.go:301: query timed out after 5s"),
		},
	},
	{
		name: "lower-case-level-before-a-bar",
		why:  "a lower-case level word that fills the first cell after the time, up to its bar",
		entries: []worldEntry{
			we("2026-11-29T12:50:00Z", Info, "", "| 2026-11-29T12:50:00Z info | bob | edit | Sandbox.TestTopic | 10.0.0.8 |"),
		},
	},
	{
		name: "letters-in-parentheses-after-the-time",
		why:  "a level's letter in parentheses right after the time or the bracket that closes it, trace included; (C) is a copyright's sign",
		entries: []worldEntry{
			we("2026-11-29T12:55:00.125Z", Info, "", "2026-11-29 12:55:00.125 (I) Tuner::open: device 0 ready"),
			we("2026-11-29T12:55:01Z", Trace, "", "[12:55:01 - 29/11/2026] (T) Decoder state 4 -> 5"),
			we("2026-11-29T12:55:02Z", Unknown, "", "[12:55:02 - 29/11/2026] (C) 2026 Example Radio Project"),
		},
	},
	{
		name: "letters-in-parentheses-that-are-directions",
		why:  "a source whose letter in parentheses after the time is also an O (a serial line's input and output) has no level there; a level word after the letter is the line's",
		entries: []worldEntry{
			we("2026-11-29T13:00:00Z", Error, "", "2026-11-29 13:00:00 (I) ERROR"),
			we("2026-11-29T13:00:01Z", Unknown, "", "2026-11-29 13:00:01 (O) ATZ"),
			we("2026-11-29T13:00:02Z", Unknown, "", "2026-11-29 13:00:02 (I) OK"),
			we("2026-11-29T13:00:03Z", Unknown, "", "2026-11-29 13:00:03 (E) echo off"),
		},
	},
	{
		name: "quoted-level-column-after-a-quoted-time",
		why:  "a tuple of quoted fields: the level is a field of its own after the time's",
		entries: []worldEntry{
			we("2026-11-29T13:05:00.500Z", Error, "", "'2026-11-29 13:05:00,500', 'survey.reduce', 'ERROR', 'frame 12 has no WCS'"),
		},
	},
	{
		name: "python-default-after-elapsed-seconds",
		why:  "Python's LEVEL:logger: layout behind a bracket of seconds since the start",
		entries: []worldEntry{
			we("", Warn, "", "[3.250s] WARNING:builder.deps:package 'nav2' not found"),
		},
	},
	{
		name: "level-and-module-path-in-the-opening-bracket",
		why:  "Rust's env_logger without a time writes the level and the module's path in the bracket that opens the line",
		entries: []worldEntry{
			we("", Error, "", "[ERROR cargo_watch::watcher] inotify limit reached"),
		},
	},
	{
		name: "language-client-level-before-its-clock",
		why:  "VS Code's language clients open their lines with the level, a dash and a clock in a bracket",
		entries: []worldEntry{
			we("2026-11-29T13:05:12Z", Warn, "", "[Warn  - 1:05:12 PM] Workspace folder has no go.mod"),
		},
	},
	{
		name: "level-letter-before-a-bracketed-clock",
		why:  "clangd glues its level's letter to the bracket of its clock",
		entries: []worldEntry{
			we("2026-11-29T13:10:00.250Z", Error, "", "E[13:10:00.250] Failed to find compilation database for /src/a.cc"),
		},
	},
	{
		name: "dashes-around-a-time-are-no-host",
		why:  "the same word before and after a time is a host only when it is a name: dashes set the time off",
		entries: []worldEntry{
			we("2026-11-29T13:15:00Z", Unknown, "", "[Build Agent] - 2026-11-29T13:15:00Z - job 77 queued"),
		},
	},
	{
		name: "level-bracket-glued-to-an-uptime",
		why:  "a level word in a bracket glued to the seconds since the start, padded or not; a word that is no level says nothing",
		entries: []worldEntry{
			we("", Warn, "", "[    41.007][WARN] [Landscape] texture missing, using the default"),
			we("", Unknown, "", "[    41.010][MAIN] [Landscape] loaded"),
		},
	},
	{
		name: "compact-date-and-clock-joined-by-an-underscore",
		why:  "a compact date and clock joined by an underscore that opens the line is its time; inside a word (a file's name) it is none",
		entries: []worldEntry{
			we("2026-11-29T13:20:30Z", Unknown, "", "261129_132030    14.074 Rx FT8    -9  0.3 1520 CQ K1ABC FN42"),
		},
	},
	{
		name: "compact-date-and-clock-inside-a-word",
		why:  "a compact date and clock joined by an underscore inside a word, a file's name, is no time",
		entries: []worldEntry{
			we("", Unknown, "", "saved capture_261129_132030.wav"),
		},
	},
	{
		name: "level-letter-before-a-year-less-date",
		why:  "a level's letter alone before a month-day date and a clock, as SkyPilot's logger writes it; the letter I is no pronoun there",
		entries: []worldEntry{
			we("2026-11-29T13:25:00Z", Info, "", "I 11-29 13:25:00 provisioner.py:88] Launching on AWS us-east-1"),
			we("2026-11-29T13:25:04Z", Warn, "", "W 11-29 13:25:04 provisioner.py:140] Spot capacity is low"),
		},
	},
	{
		name: "a-logger-with-an-underscore-before-its-level-is-no-host",
		why:  "after the time, a dotted name with an underscore before a level word and its colon is a logger",
		entries: []worldEntry{
			we("2026-11-29T13:30:00Z", Info, "", "11/29/2026 01:30:00 PM ingest.batch_writer INFO: flushed 400 rows"),
		},
	},
	{
		name: "a-learned-csv-level-column-is-no-other-layouts",
		why:  "a CSV severity column learned from a source's first lines says nothing of its later lines in another layout, which are read whole",
		entries: []worldEntry{
			we("2026-11-29T13:40:00Z", Info, "", "2026-11-29T13:40:00Z,web1,backup,info,job started"),
			we("2026-11-29T13:40:01Z", Warn, "", "2026-11-29T13:40:01Z,web1,backup,warning,slow disk"),
			we("2026-11-29T13:40:02Z", Error, "", "2026-11-29T13:40:02Z,web1,backup,error,job failed"),
			we("2026-11-29T13:40:03.204Z", Error, "", "2026-11-29 13:40:03,204 ERROR [main] com.example.App - connection refused"),
		},
	},
	{
		name: "a-month-name-among-numeric-times-reaches-its-own-parser",
		why:  "in a source whose learned time is a number, a line that opens with a month's name is another format's and is read as such (a syslog line: its host, its message's level)",
		entries: []worldEntry{
			we("2026-11-29T13:45:00.100Z", Warn, "", "2026-11-29 13:45:00:100 flexisip-warning-Route to partner.example is slow"),
			we("2026-11-29T13:45:00.200Z", Info, "", "2026-11-29 13:45:00:200 flexisip-message-Registrar: binding refreshed"),
			we("2026-11-29T13:45:00.300Z", Error, "", "2026-11-29 13:45:00:300 flexisip-error-Redis: connection lost"),
			we("2026-11-29T13:45:01Z", Error, "web1", "Nov 29 13:45:01 web1 sshd[2311]: error: PAM: authentication failure"),
		},
	},
	{
		name: "alarm-words-in-a-table-without-times",
		why:  "Major and Minor in a padded column of a table without times are no severities: a list of music's keys",
		entries: []worldEntry{
			we("", Unknown, "", "Track 1   C  Major   Allegro"),
		},
	},
	{
		name: "offset-with-a-one-digit-hour",
		why:  "a zone offset whose hour has one digit, as some devices write RFC 5424's TIME-OFFSET, is the offset, and no host",
		entries: []worldEntry{
			we("2026-11-29T19:50:00.25Z", Notice, "10.0.9.4", "<189>1 2026-11-29T13:50:00.25-6:00 10.0.9.4 RS900 - - - port 3 link up"),
		},
	},
	{
		name: "level-padded-in-the-opening-bracket",
		why:  "a level in capitals padded to its bracket's width opens a line without a time, on a line of its own (a column of them was learned before)",
		entries: []worldEntry{
			we("", Info, "", "[INFO   ] [Window      ] Provider: sdl2"),
		},
	},
	{
		name: "lower-case-level-then-a-dash",
		why:  "a line that opens with a level in lower case, padded, then a dash: Next.js's console, the Dart analyzer",
		entries: []worldEntry{
			we("", Warn, "", "warn  - Port 3000 is in use, trying 3001 instead."),
			we("", Error, "", "error - lib/main.dart:7:3 - Undefined name 'runApp'. - undefined_identifier"),
		},
	},
	{
		name: "bracketed-level-then-bracketed-yearless-date",
		why:  "a level in brackets of its own, then a month-day and clock joined by a bar in a second bracket: Erigon's terminal layout",
		entries: []worldEntry{
			we("2026-11-29T06:02:11.904Z", Warn, "", "[WARN] [11-29|06:02:11.904] [sync] Stalled waiting for headers peers=3"),
		},
	},
	{
		name: "ntc-before-the-time",
		why:  "NTC opening a line and followed by the record's time is Nim chronicles' notice",
		entries: []worldEntry{
			we("2026-11-29T05:30:00.250Z", Notice, "", "NTC 2026-11-29 06:30:00.250+01:00 Slot start                                topics=\"beacnde\" slot=4120"),
		},
	},
	{
		name: "ntc-without-a-time",
		why:  "NTC opening a line without a time after it is a thermistor, no level",
		entries: []worldEntry{
			we("", Unknown, "", "NTC 10k sensor fitted on the return pipe"),
		},
	},
	{
		name: "nfo-after-a-partition",
		why:  "NFO glued after a partition's colon is rippled's info, beside its WRN and ERR",
		entries: []worldEntry{
			we("2026-11-29T06:00:01.5Z", Info, "", "2026-Nov-29 06:00:01.500000000 UTC Validations:NFO Val for ledger 412 accepted"),
		},
	},
	{
		name: "program-and-level-in-lower-case-in-a-bracket",
		why:  "a program's name and its level in lower case after a slash, in the bracket after the time: Guppy's log",
		entries: []worldEntry{
			we("2026-11-29T06:12:40.5Z", Warn, "", "2026-11-29 06:12:40.500000 [basecall/warning] Flowcell FAX41207 reports a low pore count"),
		},
	},
	{
		name: "route-in-a-bracket-is-no-level",
		why:  "a bracketed route whose last part is no level's name gives none",
		entries: []worldEntry{
			we("2026-11-29T06:12:40Z", Unknown, "", "2026-11-29 06:12:40 [orders/export] wrote 41 rows"),
		},
	},
	{
		name: "severity-digit-after-a-pid",
		why:  "InterSystems IRIS's messages.log: the severity digit after the process id in parentheses and before the bracketed category",
		entries: []worldEntry{
			we("2026-11-29T06:30:12.007Z", Warn, "", "11/29/26-06:30:12:007 (20412) 1 [Generic.Event] Global buffer pool is 91 % full"),
			we("2026-11-29T06:30:14.25Z", Critical, "", "11/29/26-06:30:14:250 (20412) 3 [Utility.Event] Write daemon halted"),
		},
	},
	{
		name: "glib-message-of-a-lower-case-domain",
		why:  "GLib's default handler under an application's own domain in lower case, with GLib's time of day: the level and the time",
		entries: []worldEntry{
			we("2026-11-29T06:44:10.512Z", Notice, "", "flatpak-Message: 06:44:10.512: Pulling app/org.example.Notes/x86_64/stable"),
			we("2026-11-29T06:44:11.003Z", Debug, "", "updater-DEBUG: 06:44:11.003: slot B selected"),
		},
	},
	{
		name: "letter-between-dashes",
		why:  "a level's letter between dashes opening a line without a time: the InfiniBand tools' report lines",
		entries: []worldEntry{
			we("", Warn, "", "-W- Port 7 of switch leaf-03 runs at 4x HDR instead of 4x NDR"),
			we("", Info, "", "-I- Fabric scan done: 64 nodes"),
		},
	},
	{
		name: "beegfs-level-digit-before-the-time",
		why:  "BeeGFS's level digit in parentheses opening the line, on its own scale (1 is critical, 2 a warning)",
		entries: []worldEntry{
			we("2026-11-29T05:12:09Z", Warn, "", "(2) Nov29 05:12:09 StorageTargets [Storage] >> Target 3 is low on free space"),
			we("2026-11-29T05:12:10Z", Critical, "", "(1) Nov29 05:12:10 Main [App] >> Lost connection to the management daemon"),
		},
	},
	{
		name: "aix-facility-and-priority-names-after-the-host",
		why:  "AIX's syslogd writes the facility and the priority with their other names after the host: the priority is the level, and the host stays",
		entries: []worldEntry{
			we("2026-11-29T05:02:44Z", Warn, "p750lpar2", "Nov 29 05:02:44 p750lpar2 daemon:warn|warning inetd[5120]: ftp/tcp: bind: Address already in use"),
			we("2026-11-29T05:02:45Z", Info, "p750lpar2", "Nov 29 05:02:45 p750lpar2 auth|security:info su: BAD SU from admin to root at /dev/pts/3"),
		},
	},
	{
		name: "dotted-date-underscore-dotted-clock",
		why:  "a dotted date, an underscore and a dotted clock closed by a colon open the line: ARK's server log",
		entries: []worldEntry{
			we("2026-11-29T06:05:09Z", Unknown, "", "2026.11.29_06.05.09: Tribe Raptors was added to the server"),
		},
	},
	{
		name: "dotted-clock-in-a-file-name-is-no-time",
		why:  "a date and a dotted clock joined by an underscore inside a file's name are the file's, not the line's",
		entries: []worldEntry{
			we("", Unknown, "", "restored snapshot_2026.11.29_06.05.09.tar.gz into /srv/game"),
		},
	},
	{
		name: "short-date-underscore-clock",
		why:  "yyMMdd, an underscore and a clock after a thread's name in parentheses: the Interactive Brokers API's log",
		entries: []worldEntry{
			we("2026-11-29T06:20:41.907Z", Warn, "", "(EReader) 261129_06:20:41.907 WARNING decoder.py:87 no handler for message id 104"),
		},
	},
	{
		name: "glued-day-month-year-underscore-clock",
		why:  "day, month in capitals and year glued, an underscore and the clock: the Bloomberg API's log",
		entries: []worldEntry{
			we("2026-11-29T06:20:44.5Z", Error, "", "29NOV2026_06:20:44.500 31107:140771 ERROR blpapi_subscriptionmanager.cpp:412 Subscription failure"),
		},
	},
	{
		name: "kdb-timestamp-with-its-d",
		why:  "kdb+'s timestamp: a dotted date and the clock joined by a D",
		entries: []worldEntry{
			we("2026-11-29T06:21:00.000417Z", Unknown, "", "2026.11.29D06:21:00.000417000 end of day save started for 412 tables"),
		},
	},
	{
		name: "clock-in-angle-brackets",
		why:  "a time of day in angle brackets opening the line: CryEngine's game log",
		entries: []worldEntry{
			we("2026-11-29T06:21:30Z", Unknown, "", "<06:21:30> Loading level Islands/harbor ..."),
		},
	},
	{
		name: "letter-in-parentheses-after-a-category",
		why:  "a level's letter in parentheses with a colon after a category in capitals: the Enfusion engine's console",
		entries: []worldEntry{
			we("2026-11-29T06:40:02.118Z", Error, "", "06:40:02.118 NETWORK   (E): Replication of entity 41 failed"),
			we("2026-11-29T06:40:03.001Z", Warn, "", "06:40:03.001 WORLD     (W): Prefab not found: Rocks/Boulder_03"),
		},
	},
	{
		name: "letter-after-a-tag-with-its-pid",
		why:  "a level's letter and colon after a program's tag with its pid, on a line without a time: Steam's container runtime tools",
		entries: []worldEntry{
			we("", Error, "", "steam-runtime-launcher-service[4120]: E: Unable to connect to the session bus"),
		},
	},
	{
		name: "level-after-a-long-thread-name-with-blanks",
		why:  "a thread's name of several words in its bracket, longer than most, then the level column",
		entries: []worldEntry{
			we("2026-11-29T06:50:12.4Z", Warn, "", "2026-11-29 06:50:12.400 [rpc client response processing thread for node 7] WARN  n.c.m.RpcSender - Response for 41f2 arrived late"),
		},
	},
	{
		name: "unreal-display-timed-since-start",
		why:  "Unreal Engine's Display verbosity after its category, on a line timed since the start: info, and no time",
		entries: []worldEntry{
			we("", Info, "", "[0003.17][ 12]LogStreaming: Display: Flushing async loaders."),
		},
	},
	{
		name: "rust-module-path-as-the-tag",
		why:  "a Rust module's path with its pid as a journal line's tag: the word before it is the host",
		entries: []worldEntry{
			we("2026-11-29T06:55:00Z", Unknown, "nas-02", "2026-11-29T06:55:00+00:00 nas-02 sshd_config_gen::render[733]: wrote /etc/ssh/sshd_config.d/50-local.conf"),
		},
	},
	{
		name: "clock-after-a-program-in-brackets",
		why:  "a time of day after a program's name in brackets, with a level in capitals after it: a helper's line in a container's entry script",
		entries: []worldEntry{
			we("2026-11-29T06:58:00.1Z", Info, "", "[config-sync] 06:58:00.100 INFO  : Copied 12 files into /srv/app/conf"),
		},
	},
	{
		name: "untimed-line-under-a-sibling-program-tag",
		why:  "a line opened by a program's name in brackets, under a record opened by another's, is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T06:58:01.4Z", Warn, "", "[config-sync] 06:58:01.400 WARN  : conf/old.yml is not used"),
			we("", Unknown, "", "[entrypoint] Handing over to the server process"),
		},
	},
	{
		name: "thread-id-in-brackets-then-clock-with-colon-milliseconds",
		why:  "a bracketed thread id, then a time of day with its milliseconds after a colon: Windows' RAS tracing",
		entries: []worldEntry{
			we("2026-11-29T06:58:02.77Z", Unknown, "", "[2044] 06:58:02:770: ProcessIkeRequest: SA established"),
		},
	},
	{
		name: "clock-in-a-sentence-after-a-label",
		why:  "a clock after a label and a colon, without a colon after it, is the message's",
		entries: []worldEntry{
			we("", Unknown, "", "rotation: 07:02:40 was the last run"),
		},
	},
	{
		name: "build-date-in-a-banner-is-no-time",
		why:  "the date after built or compiled in a program's banner is its build's, not the line's",
		entries: []worldEntry{
			we("", Unknown, "", "GNU gdbserver 14.2 built Oct 14 2026 09:12:55 for aarch64"),
		},
	},
	{
		name: "program-word-clock-level-arrow",
		why:  "a program's name in lower case, a time of day, a level in capitals and an arrow: Bitnami's container scripts",
		entries: []worldEntry{
			we("2026-11-29T07:10:04.51Z", Warn, "", "redis 07:10:04.51 WARN  ==> REDIS_PASSWORD is empty, allowing connections without one"),
		},
	},
	{
		name: "word-clock-level-without-the-arrow",
		why:  "a word, a clock and a level without Bitnami's arrow give no time: a sentence may read so",
		entries: []worldEntry{
			we("", Info, "", "cron 07:10:04 INFO job started"),
		},
	},
	{
		name: "zookeeper-c-client-level",
		why:  "the ZooKeeper C client's level glued to its prefix and the function's name",
		entries: []worldEntry{
			we("2026-11-29T07:10:09.004Z", Warn, "", "2026-11-29 07:10:09,004:20411(0x7f1c2b3a4700):ZOO_WARN@zookeeper_interest@2191: Exceeded deadline by 27ms"),
		},
	},
	{
		name: "host-before-a-logger-with-its-pid-and-a-level",
		why:  "a host, then a logger with its pid in brackets and no colon, then the level: Python's coloredlogs, Quarkus' file format",
		entries: []worldEntry{
			we("2026-11-29T07:20:00Z", Warn, "build-07", "2026-11-29 07:20:00 build-07 ci.runner[2210] WARNING cache volume is 91 % full"),
		},
	},
	{
		name: "underscored-time-and-level-keys",
		why:  "OpenHarmony's hisysevent JSON: time_ in milliseconds and level_",
		entries: []worldEntry{
			we("2026-11-29T07:20:01.5Z", Critical, "", `{"domain_":"POWER","name_":"SHUTDOWN","type_":1,"time_":1795936801500,"level_":"CRITICAL","pid_":412}`),
		},
	},
	{
		name: "sms-trailer-time-with-its-bias",
		why:  "Configuration Manager's server log: the time in the trailer after the message, local with the bias (UTC is local plus the bias), even past the locator's window",
		entries: []worldEntry{
			we("2026-11-29T06:40:02.5Z", Unknown, "", "~Inbox source is local on the site server, the replication of 412 objects in the queue of the component will be attempted again later~  $$<SMS_OBJECT_REPLICATION_MANAGER><11-29-2026 07:40:02.500-060><thread=2210 (0x8A2)>"),
		},
	},
	{
		name: "sms-status-message-severity-and-system",
		why:  "a status message in that layout: SEV= is its level and SYS= its host",
		entries: []worldEntry{
			we("2026-11-29T06:40:03Z", Warn, "CM02.lab.example", `STATMSG: ID=2349 SEV=W LEV=M SOURCE="SMS Server" COMP="SMS_DISTRIBUTION_MANAGER" SYS=CM02.lab.example SITE=LB1 PID=1180 TID=2212  $$<SMS_DISTRIBUTION_MANAGER><11-29-2026 07:40:03.000-060><thread=2212 (0x8A4)>`),
		},
	},
	{
		name: "apache-module-level-opening-a-syslog-message",
		why:  "httpd's ErrorLog sent to syslog: the [module:level] that opens the message is its level",
		entries: []worldEntry{
			we("2026-11-29T07:30:12Z", Warn, "www3", "Nov 29 07:30:12 www3 httpd[2210]: [ssl:warn] [pid 2210:tid 2210] AH01909: www3.example.org:443:0 server certificate does NOT include an ID which matches the server name"),
		},
	},
	{
		name: "module-and-level-bracket-in-prose",
		why:  "a bracket of a word and a level further into a syslog message is its text",
		entries: []worldEntry{
			we("2026-11-29T07:30:13Z", Unknown, "www3", "Nov 29 07:30:13 www3 wiki[88]: page saved with tag [doc:note] by anna"),
		},
	},
	{
		name: "w3c-fields-header-after-its-comments",
		why:  "the W3C extended format's #Fields line after #Software, #Version and #Date names the columns: s-computername is the host",
		entries: []worldEntry{
			wskip("#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-11-29 07:50:00",
				"#Fields: date time s-sitename s-computername s-ip cs-method cs-uri-stem sc-status time-taken"),
			we("2026-11-29T07:50:01Z", Unknown, "WEB-EDGE-3", "2026-11-29 07:50:01 W3SVC2 WEB-EDGE-3 10.4.0.13 GET /health 200 3"),
			we("2026-11-29T07:50:02Z", Unknown, "WEB-EDGE-3", "2026-11-29 07:50:02 W3SVC2 WEB-EDGE-3 10.4.0.13 POST /api/cart 500 118"),
		},
	},
	{
		name: "learned-level-column-and-a-time-closed-otherwise",
		why:  "a source whose lines keep the level right after the time learns that column; a line whose time a bracket closes is read whole, not by the column",
		entries: []worldEntry{
			we("2026-11-29T07:00:01.5Z", Info, "", "2026.11.29D07:00:01.500000000 INFO tickerplant connected"),
			we("2026-11-29T07:00:02.5Z", Warn, "", "2026.11.29D07:00:02.500000000 WARN slow subscriber 3"),
			we("2026-11-29T07:00:03.5Z", Info, "", "2026.11.29D07:00:03.500000000 INFO eod done"),
			we("2026-11-29T07:00:04.118Z", Error, "", "[2026-11-29 07:00:04,118] ERROR [ReplicaFetcher replicaId=2] fetch failed (kafka.server.ReplicaFetcherThread)"),
		},
	},
	{
		name: "learned-pid-digit-and-another-layout",
		why:  "a source that learned IRIS's severity digit reads a line of another layout whole",
		entries: []worldEntry{
			we("2026-11-29T07:01:00Z", Info, "", "11/29/26-07:01:00:000 (2210) 0 [Utility.Event] Started"),
			we("2026-11-29T07:01:01Z", Info, "", "11/29/26-07:01:01:000 (2210) 0 [Utility.Event] Mounted USER"),
			we("2026-11-29T07:01:02Z", Info, "", "11/29/26-07:01:02:000 (2210) 0 [Utility.Event] Ready"),
			we("2026-11-29T07:01:03.118Z", Warn, "", "2026-11-29 07:01:03,118 WARN  [main] c.e.Bridge - queue is filling up"),
		},
	},
	{
		name: "short-date-underscore-clock-in-a-file-name",
		why:  "yyMMdd, an underscore and a clock inside a file's name are no time",
		entries: []worldEntry{
			we("", Unknown, "", "mv: 261129_07:02:11_report.csv -> archive/"),
		},
	},
	{
		name: "sas-datetime-with-a-colon",
		why:  "SAS's DATETIME: the day, the month's name and the year glued, a colon and the clock",
		entries: []worldEntry{
			we("2026-11-29T07:03:00.5Z", Notice, "", "29NOV2026:07:03:00.500 NOTE: The data set WORK.SALES has 4120 observations and 9 variables."),
		},
	},
	{
		name: "python-logger-and-function-are-no-host",
		why:  "a dotted logger name before a function's name and line in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:04:05Z", Warn, "", "2026-11-29 07:04:05 django.request log_response[241] WARNING Not Found: /favicon.ico"),
		},
	},
	{
		name: "w3c-columns-read-only-on-their-rows",
		why:  "the W3C columns name no host on a free line whose words fall alike, and a header written again (IIS restarting) is read again",
		entries: []worldEntry{
			wskip("#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-11-29 07:05:00",
				"#Fields: date time s-computername cs-method sc-status"),
			we("2026-11-29T07:05:01Z", Unknown, "WEB7", "2026-11-29 07:05:01 WEB7 GET 200"),
			we("2026-11-29T07:05:02Z", Error, "", "2026-11-29 07:05:02 ERROR pool recycled"),
			wskip("#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-11-29 07:06:00",
				"#Fields: date time s-sitename s-computername cs-method sc-status"),
			we("2026-11-29T07:06:01Z", Unknown, "WEB7", "2026-11-29 07:06:01 W3SVC1 WEB7 GET 200"),
		},
	},
	{
		name: "address-after-a-comma-is-no-fraction",
		why:  "a comma after the seconds, then an address's digits and dots: the next CSV field, no milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:50:10Z", Unknown, "", "2026-11-29 07:50:10,198.51.100.77,shop.example.org,GET,/cart,302"),
		},
	},
	{
		name: "wng-beside-err",
		why:  "MaxDB's knldiag writes WNG for a warning in its type column",
		entries: []worldEntry{
			we("2026-11-29T07:50:11Z", Warn, "", "2026-11-29 07:50:11      0x1A4 WNG 53000 IOMan    Volume 3 is 91 % full"),
		},
	},
	{
		name: "month-name-day-year-between-slashes",
		why:  "the month's name, the day and the year between slashes opening the line: WIDE-DHCPv6's debug output",
		entries: []worldEntry{
			we("2026-11-29T07:50:12Z", Unknown, "", "Nov/29/2026 07:50:12: client6_send: a new XID (4f1c2a) is generated"),
		},
	},
	{
		name: "level-padded-with-a-period-in-its-bracket",
		why:  "Fujitsu's job manager pads its level to four letters with a period: [ERR.]",
		entries: []worldEntry{
			we("", Error, "", "[ERR.] PJM 0012 pjstat the specified job 51207 does not exist."),
		},
	},
	{
		name: "letter-before-a-program-path",
		why:  "a level's letter right after the time, before a program's path between slashes: Parallels Desktop's logs; a capital before other words is none",
		entries: []worldEntry{
			we("2026-11-29T08:10:02.118Z", Warn, "", "11-29 08:10:02.118 W /prl_vm_app:3120:3127/ Guest tools are out of date"),
		},
	},
	{
		name: "capital-before-words-after-the-time",
		why:  "a capital letter alone after the time, before words rather than a program's path, is a sentence's article, no level",
		entries: []worldEntry{
			we("2026-11-29T08:10:03Z", Unknown, "", "2026-11-29 08:10:03 I think the backup finished"),
		},
	},
	{
		name: "status-message-system-with-a-control-byte",
		why:  "a status message's SYS= that holds a control byte names no host",
		entries: []worldEntry{
			we("2026-11-29T06:40:04Z", Error, "", "STATMSG: ID=2350 SEV=E SYS=CM\x01.lab.example SITE=LB1  $$<SMS_DISTRIBUTION_MANAGER><11-29-2026 07:40:04.000-060><thread=2212 (0x8A4)>"),
		},
	},
	{
		name: "java-exception-under-a-csv-row",
		why:  "a CSV log with a header writes the Java exception and its frames on the lines under the row that logged it: ColdFusion's exception.log",
		entries: []worldEntry{
			wskip(`"Severity","ThreadID","Date","Time","Application","Message"`),
			we("2026-11-29T08:12:40Z", Error, "",
				`"Error","ajp-nio-8018-exec-2","11/29/26","08:12:40","SHOP","Variable CART is undefined."`,
				"coldfusion.runtime.UndefinedVariableException: Variable CART is undefined.",
				"\tat coldfusion.runtime.CfJspPage._get(CfJspPage.java:377)"),
			we("2026-11-29T08:13:02Z", Info, "", `"Information","scheduler-1","11/29/26","08:13:02",,"Task cleanup ran."`),
		},
	},
	{
		name: "sender-after-a-facility-word-with-blanks",
		why:  "a syslog server's stored line, its US date and time, the received Facility.Level and the sender's address between blanks: Kiwi Syslog",
		entries: []worldEntry{
			we("2026-11-29T08:14:05Z", Warn, "10.30.1.8", "11-29-2026 08:14:05 Local4.Warning 10.30.1.8 Nov 29 08:14:04 edge-fw2 ipsec: tunnel 4 rekey slow"),
		},
	},
	{
		name: "one-letter-logfmt-keys",
		why:  "logfmt with one-letter keys for the level and the message: mox's l= and m=",
		entries: []worldEntry{
			we("", Warn, "", `l=warn m="queue delivery deferred" pkg=queue msgid=88`),
		},
	},
	{
		name: "level-word-before-a-perl-package",
		why:  "a lower-case level word opening a syslog message before the calling Perl package: Sympa's \"notice main::\"",
		entries: []worldEntry{
			we("2026-11-29T08:15:07Z", Debug, "lists2", "Nov 29 08:15:07 lists2 sympa_msg[3110]: debug Sympa::List::load() Loading list ops"),
		},
	},
	{
		name: "level-word-closing-a-message-with-its-colon",
		why:  "a level word with its colon that ends the line after other words is the label of what follows, not a level: Go's standard log announcing a dump",
		entries: []worldEntry{
			we("2026-11-29T08:20:01Z", Unknown, "", "2026/11/29 08:20:01 Worker debug:"),
			we("2026-11-29T08:20:01Z", Unknown, "", "2026/11/29 08:20:01 queue depth 12"),
		},
	},
	{
		name: "traceback-opening-at-the-end-of-an-untimed-message",
		why:  "Python's default layout logs an error whose text ends by opening a traceback: its frames and the exception line under it are that record's",
		entries: []worldEntry{
			we("", Error, "",
				"ERROR:worker.tasks:task 12 failed: Traceback (most recent call last):",
				`  File "/srv/worker/tasks.py", line 88, in run`,
				"    total = int(row[3])",
				"ValueError: invalid literal for int() with base 10: ''"),
			we("", Info, "", "INFO:worker.tasks:task 13 done"),
		},
	},
	{
		name: "timed-lines-after-a-name-and-pid-line",
		why:  "a line naming a program and its pid above timed lines of one layout heads no block: simctl launch's \"com.example.app: 4120\" above NSLog's lines",
		entries: []worldEntry{
			wskip("com.example.mail: 5120"),
			we("2026-11-29T07:50:16.204512Z", Unknown, "", "2026-11-29 08:50:16.204512+0100 Mail[5120:881204] sync started"),
			we("2026-11-29T07:50:17.100230Z", Unknown, "", "2026-11-29 08:50:17.100230+0100 Mail[5120:881204] sync finished"),
		},
	},
	{
		name: "logcat-long-header-with-a-uid",
		why:  "logcat -v long,uid writes the uid's name before the pid and tid in its bracketed header",
		entries: []worldEntry{
			we("2026-11-29T07:50:18.330Z", Warn, "",
				"[ 11-29 07:50:18.330 u0_a201  6120: 6131 W/SyncManager ]",
				"Sync of account 3 deferred: no network",
				""),
		},
	},
	{
		name: "level-padded-with-dashes-in-angle-brackets",
		why:  "Mir's server log pads its severity with blanks and dashes inside angle brackets",
		entries: []worldEntry{
			we("2026-11-29T07:50:19.000412Z", Notice, "", "[2026-11-29 07:50:19.000412] < -notice- > mirserver: display 1 connected"),
		},
	},
	{
		name: "level-after-a-tag-with-pid-and-thread-and-no-colon",
		why:  "unbound's own logfile with log-time-ascii: the program, its pid and thread in brackets without a colon, then the level with its own",
		entries: []worldEntry{
			we("2026-11-29T07:52:10Z", Notice, "", "Nov 29 07:52:10 unbound[4120:0] notice: init module 0: validator"),
			we("2026-11-29T07:52:41Z", Error, "", "Nov 29 07:52:41 unbound[4120:0] error: SERVFAIL <example.org. A IN>: all servers for this domain failed"),
		},
	},
	{
		name: "general-query-log-events-without-their-time",
		why:  "MySQL's and MariaDB's general query log writes the time only when the second changes: each event under it is a record of its own, a multi-line query's lines are its",
		entries: []worldEntry{
			wskip("/usr/sbin/mariadbd, Version: 10.11.6-MariaDB-log (Debian 12). started with:",
				"Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock",
				"Time\t\t    Id Command\tArgument"),
			we("2026-11-29T07:53:02Z", Unknown, "", "261129  7:53:02\t    12 Connect\tshop@localhost on shop using Socket"),
			we("", Unknown, "", "\t\t    12 Query\tSELECT id, total", "\t     FROM orders WHERE paid = 0"),
			we("", Unknown, "", "\t\t    12 Quit\t"),
		},
	},
	{
		name: "mysqld-banner-after-a-slow-query",
		why:  "the banner MySQL and MariaDB write at each start opens a record of its own, also right after the last query of the previous run",
		entries: []worldEntry{
			we("2026-11-29T07:54:10Z", Unknown, "",
				"# Time: 261129  7:54:10",
				"# User@Host: shop[shop] @ localhost []",
				"# Query_time: 2.104112  Lock_time: 0.000110  Rows_sent: 1  Rows_examined: 40120",
				"SET timestamp=1795938850;",
				"SELECT count(*) FROM orders;"),
			we("", Unknown, "", "/usr/sbin/mariadbd, Version: 10.11.6-MariaDB-log (Debian 12). started with:"),
		},
	},
	{
		name: "untimed-exception-under-a-time-after-header-columns",
		why:  "a record whose time follows a few header columns a bracket opens keeps the untimed exception under it, as one whose time opens the line: NestJS's \"[Nest] 7  - 11/29/2026, …\"",
		entries: []worldEntry{
			we("2026-11-29T14:20:02Z", Error, "",
				"[Nest] 12  - 11/29/2026, 2:20:02 PM   ERROR [ExceptionsHandler] Cannot read properties of null (reading 'total')",
				"TypeError: Cannot read properties of null (reading 'total')",
				"    at CartService.sum (/app/dist/cart.service.js:41:22)"),
			we("2026-11-29T14:20:03Z", Info, "", "[Nest] 12  - 11/29/2026, 2:20:03 PM     LOG [RoutesResolver] CartController {/cart}"),
		},
	},
	{
		name: "whole-level-word-closing-the-time-bracket",
		why:  "Serilog's console template with the level written whole inside the time's bracket: \"[07:41:16 Warning] …\"",
		entries: []worldEntry{
			we("2026-11-29T07:55:01Z", Warn, "", "[07:55:01 Warning] Shop.Api.Payments Gateway answered slowly (2.4 s)"),
		},
	},
	{
		name: "time-after-a-thread-name-of-several-words",
		why:  "Cassandra's layout, the level first, the thread's name in brackets holding blanks, then the time",
		entries: []worldEntry{
			we("2026-11-29T07:56:02.118Z", Info, "", "INFO  [CompactionExecutor:7] 2026-11-29 07:56:02,118  CompactionTask.java:241 - Compacted 4 sstables"),
			we("2026-11-29T07:56:03.004Z", Warn, "", "WARN  [Native-Transport-Requests worker - 3] 2026-11-29 07:56:03,004  NoSpamLogger.java:95 - Slow query"),
		},
	},
	{
		name: "level-right-aligned-to-five-before-thread-and-time",
		why:  "log4j's %5p pads a level of four letters with a blank before it: the line opens with that blank, then the thread and the time",
		entries: []worldEntry{
			we("2026-11-29T07:56:04.512Z", Info, "", " INFO [metrics poller] 2026-11-29 07:56:04,512 Sent 12 metrics"),
			we("2026-11-29T07:56:05.100Z", Error, "", "ERROR [metrics poller] 2026-11-29 07:56:05,100 Send failed"),
		},
	},
	{
		name: "level-in-a-bracket-of-two-words-before-the-time",
		why:  "EclipseLink's bracket names its logger and the level before the time: [EL Warning]:",
		entries: []worldEntry{
			we("2026-11-29T07:56:06.204Z", Warn, "", "[EL Warning]: 2026-11-29 07:56:06.204--UnitOfWork(4120)--Query took 2.1 s"),
		},
	},
	{
		name: "level-after-a-lone-separator-column",
		why:  "coturn's syslog messages put an uptime and an empty session's column before the level: \"0: : ERROR: …\"",
		entries: []worldEntry{
			we("2026-11-29T07:57:01Z", Error, "turn1", "Nov 29 07:57:01 turn1 turnserver[4120]: 12: : ERROR: cannot bind UDP listener 0.0.0.0:3478"),
		},
	},
	{
		name: "level-in-a-tab-separated-column",
		why:  "Prosody's log file: the module, the level and the message in tab-separated columns after the time, on the learned column's path too",
		entries: []worldEntry{
			we("2026-11-29T07:57:02Z", Error, "", "Nov 29 07:57:02 portmanager\terror\tFailed to open server port 5222 on ::"),
			we("2026-11-29T07:57:02Z", Error, "", "Nov 29 07:57:02 portmanager\terror\tFailed to open server port 5269 on ::"),
			we("2026-11-29T07:57:02Z", Error, "", "Nov 29 07:57:02 mod_posix\terror\tAnother Prosody instance seems to be running"),
			we("2026-11-29T07:57:03Z", Info, "", "Nov 29 07:57:03 startup\tinfo\tShutting down"),
			we("2026-11-29T07:57:03Z", Warn, "", "Nov 29 07:57:03 c2s55d4\twarn\tClient sent invalid XML"),
		},
	},
	{
		name: "uwsgi-request-lines-among-server-lines",
		why:  "uWSGI's request line, its counters, the client and its own time in brackets, is a record of its own among the server's lines",
		entries: []worldEntry{
			we("2026-11-29T07:57:03Z", Unknown, "", "Sun Nov 29 07:57:03 2026 - spawned uWSGI worker 1 (pid: 4120, cores: 1)"),
			we("2026-11-29T07:57:05Z", Unknown, "", "[pid: 4120|app: 0|req: 1/1] 10.20.0.9 () {30 vars in 402 bytes} [Sun Nov 29 07:57:05 2026] GET /health => generated 2 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 71 bytes (1 switches on core 0)"),
		},
	},
	{
		name: "learned-level-column-and-a-bracketed-thread-column",
		why:  "a source whose lines mostly put a program's name and the level after the time also writes lines whose column after the time is a thread in brackets holding a blank: Traffic Server's diags.log",
		entries: []worldEntry{
			we("2026-11-29T07:58:01.100Z", Notice, "", "[Nov 29 07:58:01.100] traffic_server NOTE: loading plugin 'stats_over_http.so'"),
			we("2026-11-29T07:58:01.200Z", Notice, "", "[Nov 29 07:58:01.200] traffic_server NOTE: cache enabled"),
			we("2026-11-29T07:58:01.300Z", Notice, "", "[Nov 29 07:58:01.300] traffic_server NOTE: traffic server running"),
			we("2026-11-29T07:58:01.400Z", Notice, "", "[Nov 29 07:58:01.400] traffic_server NOTE: listening on port 8080"),
			we("2026-11-29T07:58:02.500Z", Warn, "", "[Nov 29 07:58:02.500] [ET_NET 2] WARNING: disk header different for disk /var/cache/ats/cache.db"),
		},
	},
	{
		name: "csv-export-priority-and-devname-columns",
		why:  "a CSV export's Priority column holds the level (SonicOS), its devname column the device that logged (FortiAnalyzer)",
		entries: []worldEntry{
			wskip(`"Time","ID","Category","Priority","Message","devname"`),
			we("2026-11-29T07:58:03Z", Warn, "fw-edge-2", `"11/29/2026 07:58:03","1080","VPN IKE","Warning","IKE proposal mismatch","fw-edge-2"`),
		},
	},
	{
		name: "general-query-log-query-over-unindented-lines",
		why:  "the general query log writes a query's text as it came: a line of it without an indent is the query's, not an event of its own",
		entries: []worldEntry{
			we("2026-11-29T07:59:01Z", Unknown, "", "261129  7:59:01\t     7 Connect\tshop@localhost on shop using Socket"),
			we("", Unknown, "", "\t\t     7 Query\tSELECT id,", "total FROM orders"),
			we("", Unknown, "", "\t\t     7 Init DB\tshop"),
			we("", Unknown, "", "\t\t     7 Quit\t"),
		},
	},
	{
		name: "count-after-a-facility-word-is-no-sender",
		why:  "a number after a Facility.Level word is the message's, no sender's address",
		entries: []worldEntry{
			we("2026-11-29T07:59:02Z", Debug, "", "11-29-2026 07:59:02 Daemon.Debug 12345 items processed"),
		},
	},
	{
		name: "level-word-before-a-cplusplus-type-is-prose",
		why:  "a lower-case level word before a C++ type in a sentence is no Perl package's level",
		entries: []worldEntry{
			we("2026-11-29T07:59:03Z", Unknown, "app1", "Nov 29 07:59:03 app1 renderd[4120]: critical std::bad_alloc thrown while rendering tile 14/8192/5461"),
		},
	},
	{
		name: "traceback-words-quoted-in-prose",
		why:  "prose that ends by quoting Python's traceback header opens no traceback: the next line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "When a job fails, Python prints Traceback (most recent call last):"),
			we("", Unknown, "", "the lines after it name the failing call."),
		},
	},
	{
		name: "level-with-its-colon-ending-a-line-after-a-thread",
		why:  "a level word with its colon ending the line after a thread's bracket is the level of the detail written below it",
		entries: []worldEntry{
			we("2026-11-29T07:59:04Z", Warn, "", "2026-11-29 07:59:04 [worker-3] warning:", "    queue depth 1200 above 1000"),
		},
	},
	{
		name: "clock-in-parentheses-opening-the-line",
		why:  "Pidgin's debug output opens each line with the time of day in parentheses",
		entries: []worldEntry{
			we("2026-11-29T08:02:05Z", Unknown, "", "(08:02:05) jabber: Sending (ssl) (alice@example.org/home): <presence/>"),
		},
	},
	{
		name: "log4j-own-diagnostics",
		why:  "log4j 1.x writes its own warnings and errors as log4j:LEVEL on the console of a program it was not set up for",
		entries: []worldEntry{
			we("", Warn, "", "log4j:WARN No appenders could be found for logger (org.apache.zookeeper.ZooKeeper)."),
			we("", Error, "", "log4j:ERROR Could not find value for key log4j.appender.FILE"),
		},
	},
	{
		name: "server-label-opening-a-layout-message",
		why:  "Oozie's log prefix opens the message with SERVER[host]: the server that wrote the line",
		entries: []worldEntry{
			we("2026-11-29T08:03:01.250Z", Error, "wf-node-2.corp.example", "2026-11-29 08:03:01,250 ERROR SignalXCommand:517 - SERVER[wf-node-2.corp.example] USER[ana] GROUP[-] TOKEN[] APP[nightly] JOB[0000007-261129080000001-oozie-oozi-W] ACTION[-] signal failed"),
		},
	},
	{
		name: "server-label-holding-no-host-name",
		why:  "a SERVER[] holding a plain word (an instance id) or written inside the message names no host",
		entries: []worldEntry{
			we("2026-11-29T08:03:02.001Z", Info, "", "2026-11-29 08:03:02,001  INFO Services:520 - SERVER[oozie] Oozie System ID [oozie-oozi] started!"),
			we("2026-11-29T08:03:03.001Z", Info, "", "2026-11-29 08:03:03,001  INFO Proxy:88 - forwarding to SERVER[web-3.corp.example] now"),
		},
	},
	{
		name: "message-id-with-vendor-and-subsystems-before-its-digit",
		why:  "Cisco SD-WAN's message ids put the vendor, the platform, the slot and the process before the severity digit",
		entries: []worldEntry{
			we("2026-11-29T08:04:01Z", Warn, "edge-7", "Nov 29 08:04:01 edge-7 512: *Nov 29 08:04:01.118: %Cisco-SDWAN-RP_0-FTMD-4-WARN-1000011: R0/0: FTMD: BFD session to 10.1.1.2 went down"),
		},
	},
	{
		name: "capitalized-word-alone-before-a-digit-is-no-vendor",
		why:  "a capitalized word right before the digit, with no subsystem after it, opens no message id",
		entries: []worldEntry{
			we("2026-11-29T08:04:02Z", Unknown, "edge-7", "Nov 29 08:04:02 edge-7 shop[88]: coupon %Summer-3-FREE applied to basket 41"),
		},
	},
	{
		name: "message-id-after-a-virtual-device-context",
		why:  "NX-OS puts its virtual device context between marks before the message id; the marks are no words of the message",
		entries: []worldEntry{
			we("2026-11-29T08:04:03Z", Error, "10.9.0.4", "Nov 29 08:04:03 10.9.0.4 : 2026 Nov 29 08:04:03.220 UTC: %$ VDC-2 %$ %ETHPORT-3-IF_ERROR_VLANS_SUSPENDED: VLANs 20 on Interface Ethernet1/3 are being suspended"),
		},
	},
	{
		name: "chassis-slot-before-the-host",
		why:  "a clustered F5 system names the blade and the host in the host's place",
		entries: []worldEntry{
			we("2026-11-29T08:04:04Z", Warn, "slot2/lb-east.corp.example", "Nov 29 08:04:04 slot2/lb-east.corp.example warning tmm1[19811]: 01260009:4: Connection error: ssl_hs_rxhello:7791: unsupported version (70)"),
		},
	},
	{
		name: "level-with-its-colon-after-an-offset-time",
		why:  "Knot DNS writes its level with a colon right after an ISO time with a numeric offset, on every line of a short start-up",
		entries: []worldEntry{
			we("2026-11-29T08:05:01Z", Critical, "", "2026-11-29T08:05:01+0000 critical: failed to open PID file '/run/knot/knot.pid' (permission denied)"),
			we("2026-11-29T08:05:02Z", Error, "", "2026-11-29T08:05:02+0000 error: config, file '/etc/knot/knot.conf', line 7, item 'listen' (invalid address)"),
		},
	},
	{
		name: "decoded-facility-and-level-before-a-time",
		why:  "dmesg --decode writes the facility and level before the human-readable time of -T, and before a message that holds an audit time",
		entries: []worldEntry{
			we("2026-11-29T07:30:12Z", Warn, "", "kern  :warn  : [Sun Nov 29 07:30:12 2026] nvme nvme0: I/O 22 QID 3 timeout, reset controller"),
			we("2026-11-29T07:30:13Z", Error, "", "kern  :err   : [Sun Nov 29 07:30:13 2026] EXT4-fs error (device sda1): ext4_find_entry:1463: inode #2: comm ls: reading directory lblock 0"),
		},
	},
	{
		name: "trace-named-by-the-words-before-it",
		why:  "a capitalized Trace with its colon after a capitalized word names a trace (the kernel's RCU Tasks Trace, a Stack Trace), not the level",
		entries: []worldEntry{
			we("2026-11-29T07:30:14Z", Unknown, "", "[Sun Nov 29 07:30:14 2026] RCU Tasks Trace: Setting shift to 1 and lim to 1 rcu_task_cb_adjust=1."),
			we("2026-11-29T07:30:15Z", Unknown, "", "2026-11-29 07:30:15 Stack Trace: frames follow for request 41"),
		},
	},
	{
		name: "bracket-in-a-banner-of-asterisks",
		why:  "Ansible's banner names a task in brackets before a rule of asterisks; the name is no level whatever it says",
		entries: []worldEntry{
			we("2026-11-29T08:05:03.117Z", Unknown, "", "2026-11-29 08:05:03,117 p=4120 u=deploy n=ansible | TASK [error] *******************************************************"),
		},
	},
	{
		name: "plain-host-name-before-a-program-and-its-pid",
		why:  "a plain lower-case word before program[pid] after a time is the host when ProFTPD's server name and client follow; elsewhere such a word is a user's, a thread's or a facility's",
		entries: []worldEntry{
			we("2026-11-29T08:05:05.331Z", Unknown, "ftpbox", "2026-11-29 08:05:05,331 ftpbox proftpd[7790] ftpbox.corp.example (192.0.2.44[192.0.2.44]): USER carol: Login successful."),
			we("2026-11-29T08:05:05.402Z", Unknown, "ftpbox", "2026-11-29 08:05:05,402 ftpbox proftpd[7790] ftpbox.corp.example: ProFTPD 1.3.8 (stable) standalone mode STARTUP"),
			we("2026-11-29T08:05:06Z", Unknown, "", "2026-11-29 08:05:06 thread pool[8]: resized"),
			we("2026-11-29T08:05:07Z", Unknown, "", "2026-11-29 08:05:07 root su[100]: (to postgres) root on pts/0"),
			we("2026-11-29T08:05:08Z", Unknown, "", "2026-11-29 08:05:08 daemon systemd[1]: Started Session 41 of user deploy."),
		},
	},
	{
		name: "library-line-with-its-own-level-under-a-timed-record",
		why:  "an untimed line that opens with the library's name and level that opened a record before is a message of its own, not the text of the timed record above",
		entries: []worldEntry{
			we("", Debug, "", "LibClamAV debug: searching for unrar, user-searchpath: /usr/lib/x86_64-linux-gnu"),
			we("2026-11-29T08:05:07Z", Warn, "", "WARNING: Sun Nov 29 08:05:07 2026 -> File path check failure on: /srv/in/missing"),
			we("", Debug, "", "LibClamAV debug: cli_scanscript: scanning extracted script"),
			we("", Error, "", "LibClamAV error: cli_loaddbdir: no supported database files found"),
		},
	},
	{
		name: "configuration-diagnostic-naming-its-line-in-words",
		why:  "net-snmp reports a configuration file's errors as FILE: line N: Error: and Warning:",
		entries: []worldEntry{
			we("", Error, "", "/etc/snmp/snmpd.local.conf: line 9: Error: bad SECMODEL parameter"),
			we("", Warn, "", "/etc/snmp/snmpd.local.conf: line 12: Warning: Unknown token: agentxsocket2."),
			we("", Unknown, "", "./deploy.sh: line 30: rsync: command not found"),
		},
	},
	{
		name: "hexadecimal-thread-id-is-no-host",
		why:  "OpenLDAP writes its thread's id in hexadecimal after its time; before a word with a colon it names no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1Z", Unknown, "", "6b0bd71c.05f5e100 0x7f0a1c5fe6c0 slapd.d: line 3: olcDatabase: invalid type"),
			we("2026-11-29T07:41:17.1Z", Unknown, "", "6b0bd71d.05f5e100 0x7f0a1c5fe6c0 connections_destroy: nothing to destroy."),
		},
	},
	{
		name: "debug-mask-on-an-untimed-line",
		why:  "SSSD writes its debug mask after its component and function on its stderr too, with no time before them",
		entries: []worldEntry{
			we("", Critical, "", "[sssd] [confdb_setup] (0x0010): Unable to load configuration from /etc/sssd/sssd.conf"),
			we("", Warn, "", "[be[corp.example]] [sdap_get_generic_ext_step] (0x0080): Unable to set up paging"),
		},
	},
	{
		name: "debug-mask-of-several-levels",
		why:  "a mask of several SSSD levels marks a message it shows at any of them: information, not a trace",
		entries: []worldEntry{
			we("2026-11-29T07:19:03Z", Info, "", "(2026-11-29  7:19:03): [nss] [server_setup] (0x3f7c0): Starting with debug level = 0x0070"),
		},
	},
	{
		name: "one-letter-after-a-level-key-is-a-job-level",
		why:  "Bacula writes a job's level as one letter after Level= (F full, I incremental, D differential): no severity",
		entries: []worldEntry{
			we("", Unknown, "", "bk-dir: fd_cmds.c:313-0 Level=I last start time=2026-11-28 23:05:01 job=nightly.2026-11-29_23.05.00_07"),
		},
	},
	{
		name: "capitalized-level-line-under-an-unlevelled-record",
		why:  "java.util.logging's second line writes its level in capitals; a library's capitalized Note: under another program's line is a message of its own",
		entries: []worldEntry{
			we("2026-11-29T08:06:00Z", Unknown, "", "Nov 29 08:06 : player: played \"music/a.flac\""),
			we("", Notice, "", "Note: Trying to resync..."),
		},
	},
	{
		name: "process-rank-right-aligned-before-its-pid-and-level",
		why:  "Kamailio's stderr pads a process's rank to two columns before its pid and level: each line is a record",
		entries: []worldEntry{
			we("", Info, "", " 0(4120) INFO: <core> [main.c:2159]: main(): private (per process) memory: 8388608 bytes"),
			we("", Error, "", " 3(4133) ERROR: tm [t_fwd.c:1512]: t_forward_nonack(): failure to add branches"),
			we("", Warn, "", "12(4140) WARNING: <core> [core/tcp_main.c:1302]: find_listening_sock_info(): binding to source address 10.0.0.5:5060 failed"),
		},
	},
	{
		name: "one-line-timed-elsewhere-teaches-no-continuations",
		why:  "dante writes one line without its local time during a signal; the lines after it open with their times and are records",
		entries: []worldEntry{
			we("2026-11-29T07:41:08.219171Z", Debug, "", "Nov 29 07:41:08 (1795938068.219171) danted[4120]: debug: pre-select: nfds = 8",
				"<no localtime available> (1795938076.629799) danted[4120]: debug: sockd_pushsignal(): pushed signal 1 from pid 7781."),
			we("2026-11-29T07:41:16.630203Z", Debug, "", "Nov 29 07:41:16 (1795938076.630203) danted[4120]: debug: post-select returned -1"),
			we("2026-11-29T07:41:16.630360Z", Info, "", "Nov 29 07:41:16 (1795938076.630360) danted[4120]: info: SIGHUP [: reloading config"),
		},
	},
	{
		name: "bar-and-indent-after-the-time-is-a-dump",
		why:  "Libreswan's pluto writes its debugging output after a bar and an indent; a word such as INFORMATIONAL there is the protocol's, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:24.247293Z", Unknown, "", "Nov 29 07:41:24.247293: |        INFORMATIONAL request; payloads: SK"),
			we("2026-11-29T07:41:24.247295Z", Unknown, "", "Nov 29 07:41:24.247295: |   INFO: category: informational; v1.flags: 0:"),
		},
	},
	{
		name: "annex-line-after-a-prefix-that-closes-with-the-pid",
		why:  "PostgreSQL's DETAIL goes with its FATAL also under a log_line_prefix whose columns close with the bracketed pid",
		entries: []worldEntry{
			we("2026-11-29T07:44:39Z", Critical, "", "2026-11-29 07:44:39 UTC:10.0.0.9(42180):app@shop:[9567]: FATAL:  password authentication failed for user \"app\"",
				"2026-11-29 07:44:39 UTC:10.0.0.9(42180):app@shop:[9567]: DETAIL:  Password does not match for user \"app\".",
				"\tConnection matched pg_hba.conf line 87: \"host all all 10.0.0.0/8 md5\""),
		},
	},
	{
		name: "annex-line-a-millisecond-later-from-the-same-process",
		why:  "Pgpool-II writes a message's LOCATION from the same process a millisecond after it; another process's line is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:49:57.928Z", Debug, "", "2026-11-29 07:49:57.928: child pid 14303: DEBUG:  initializing backend status",
				"2026-11-29 07:49:57.929: child pid 14303: LOCATION:  child.c:1420"),
			we("2026-11-29T07:49:57.93Z", Debug, "", "2026-11-29 07:49:57.930: child pid 14309: DEBUG:  initializing backend status"),
		},
	},
	{
		name: "csv-severity-debug-without-its-number",
		why:  "PostgreSQL 15's csvlog writes its debug levels as DEBUG in the severity column",
		entries: []worldEntry{
			we("2026-11-29T07:44:17.181Z", Debug, "", "2026-11-29 07:44:17.181 UTC,,,8575,,6b0fa221.217f,2,,2026-11-29 07:44:17 UTC,,0,DEBUG,00000,\"checkpoint record is at 0/1501050\",,,,,,,,,\"\",\"startup\",,0"),
		},
	},
	{
		name: "labels-right-aligned-to-one-column",
		why:  "AIDE right-aligns its levels and kinds of message so their colons share a column; each line is a message",
		entries: []worldEntry{
			we("", Debug, "", "  DEBUG: initialize signal handler for SIGTERM, SIGUSR1 and SIGHUP"),
			we("", Info, "", "   INFO: initialize rule tree"),
			we("", Unknown, "", "   RULE: /etc/cron.daily: attributes p+i+n+u+g+s+m+c+sha512"),
		},
	},
	{
		name: "negation-in-capitals-inside-a-message",
		why:  "a capitalized NOT before a plain word further into the line is a negation (Lynis' \"Result: file … NOT found\"), not Notice",
		entries: []worldEntry{
			we("2026-11-29T08:03:55Z", Unknown, "", "2026-11-29 08:03:55 Result: file /etc/grub.d/40_custom NOT found"),
		},
	},
	{
		name: "action-glued-to-its-thread",
		why:  "Minetest (Luanti) logs players' and admins' actions as ACTION[thread], between its warnings and infos",
		entries: []worldEntry{
			we("2026-11-29T08:07:10Z", Notice, "", "2026-11-29 08:07:10: ACTION[Server]: alice digs default:stone at (12,-3,40)"),
		},
	},
	{
		name: "redis-configuration-error-block",
		why:  "Redis writes a configuration file it cannot read as four lines under its banner: one message",
		entries: []worldEntry{
			we("", Critical, "", "*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***", "Reading the configuration file, at line 12", ">>> 'maxmemory 2gb extra'", "wrong number of arguments"),
			we("", Unknown, "", "Starting the replica from a clean data directory"),
		},
	},
	{
		name: "sanitizer-report-under-its-rule",
		why:  "AddressSanitizer writes its report under a rule of = signs up to ==pid==ABORTING: one record at Error; the program's next line is its own",
		entries: []worldEntry{
			we("", Unknown, "", "worker 3 started"),
			we("", Error, "",
				"=================================================================",
				"==5120==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000018 at pc 0x55e1 bp 0x7ffc sp 0x7ffb",
				"WRITE of size 4 at 0x602000000018 thread T0",
				"    #0 0x55e1 in fill_buffer /src/buf.c:22",
				"",
				"0x602000000018 is located 0 bytes after 8-byte region [0x602000000010,0x602000000018)",
				"allocated by thread T0 here:",
				"    #0 0x49a1c2 in malloc",
				"",
				"SUMMARY: AddressSanitizer: heap-buffer-overflow /src/buf.c:22 in fill_buffer",
				"==5120==ABORTING"),
			we("", Unknown, "", "worker 3 restarted"),
		},
	},
	{
		name: "thread-sanitizer-report-without-a-rule",
		why:  "ThreadSanitizer's WARNING opens its report; its indented accesses and its SUMMARY belong to it",
		entries: []worldEntry{
			we("", Warn, "",
				"WARNING: ThreadSanitizer: data race (pid=5121)",
				"  Read of size 8 at 0x7b0400000010 by thread T2:",
				"    #0 counter_get /src/counter.c:14 (app+0x4a1b2)",
				"",
				"SUMMARY: ThreadSanitizer: data race /src/counter.c:14 in counter_get",
				"=================="),
			we("", Unknown, "", "ThreadSanitizer: reported 1 warnings"),
		},
	},
	{
		name: "android-studio-logcat-columns",
		why:  "Android Studio's Logcat writes pid-tid, the tag, the app's package and then the priority letter",
		entries: []worldEntry{
			we("2026-11-29T08:08:01.204Z", Warn, "", "2026-11-29 08:08:01.204 23110-23110 OkHttp                  com.example.news                     W  A connection to https://api.example.net/ was leaked."),
			we("2026-11-29T08:08:02.330Z", Error, "", "2026-11-29 08:08:02.330 23110-23190 AndroidRuntime          com.example.news                     E  FATAL EXCEPTION: OkHttp Dispatcher"),
			we("2026-11-29T08:08:03.001Z", Info, "", "2026-11-29 08:08:03.001   612-1820  ActivityManager         system_process                       I  Process com.example.news (pid 23110) has died"),
		},
	},
	{
		name: "sanitizer-header-opening-its-entry",
		why:  "AddressSanitizer's ERROR header gives its report the level Error when no rule precedes it, and the program's next line is its own",
		entries: []worldEntry{
			we("", Error, "", "==5122==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000000 (pc 0x55e1 bp 0x7ffc sp 0x7ffb T0)",
				"    #0 0x55e1 in parse_row /src/csv.c:71"),
			we("", Unknown, "", "retrying with the safe parser"),
		},
	},
	{
		name: "console-bullets-with-two-blanks",
		why:  "firebase-tools opens its labelled lines with i, ✔ or ⚠ and two blanks: records of their own with their level, also among timed debug lines",
		entries: []worldEntry{
			we("2026-11-29T08:09:12.044Z", Unknown, "", "[2026-11-29T08:09:12.044Z] > authorizing via signed-in user (dev@example.com)"),
			we("", Info, "", "i  functions: preparing codebase default for deployment"),
			we("", Warn, "", "⚠  functions: missing required API cloudbuild.googleapis.com. Enabling now..."),
			we("", Info, "", "✔  functions: required API cloudfunctions.googleapis.com is enabled"),
		},
	},
	{
		name: "library-level-line-first-seen-under-a-timed-record",
		why:  "a library's name and level seen first under a timed record is that record's detail",
		entries: []worldEntry{
			we("2026-11-29T08:05:09Z", Error, "", "2026-11-29 08:05:09 ERROR cannot connect to the database",
				"MySQL error: 1045 Access denied for user 'app'@'10.0.0.5'"),
		},
	},
	{
		name: "npm-level-after-its-name",
		why:  "npm writes its level after its name on every console line, in npm 9's words and npm 8's capitals",
		entries: []worldEntry{
			we("", Error, "", "npm error code ERESOLVE"),
			we("", Warn, "", "npm WARN deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported"),
			we("", Debug, "", "npm verbose exit 1"),
			we("", Unknown, "", "npm run build finished in 41s"),
		},
	},
	{
		name: "compiler-error-with-its-code",
		why:  "rustc writes an error's code in brackets after the word",
		entries: []worldEntry{
			we("", Error, "", "error[E0599]: no method named `unwrap_or_default` found for enum `Option` in the current scope"),
		},
	},
	{
		name: "go-test-json-event",
		why:  "go test -json writes each event's time under Time and the test's text under Output",
		entries: []worldEntry{
			we("2026-11-29T08:10:02.415Z", Unknown, "", `{"Time":"2026-11-29T08:10:02.415Z","Action":"output","Package":"example.com/shop","Test":"TestCart","Output":"    cart_test.go:41: total 12, want 13\n"}`),
		},
	},
	{
		name: "cron-level-word-in-lower-case",
		why:  "Debian's cron writes error and info in lower case after the user in parentheses, its details in parentheses after it",
		entries: []worldEntry{
			we("2026-11-29T08:11:01Z", Error, "web-3", "Nov 29 08:11:01 web-3 CRON[41207]: (CRON) error (grandchild #41210 failed with exit status 2)"),
			we("2026-11-29T08:11:02Z", Unknown, "web-3", "Nov 29 08:11:02 web-3 CRON[41211]: (deploy) CMD (/srv/app/bin/rotate-keys)"),
		},
	},
	{
		name: "annex-line-of-another-process",
		why:  "a DETAIL written by another backend than the message above it is not that message's",
		entries: []worldEntry{
			we("2026-11-29T08:12:00.5Z", Info, "", "2026-11-29 08:12:00.500 UTC [6001]: LOG:  checkpoint complete"),
			we("2026-11-29T08:12:00.6Z", Unknown, "", "2026-11-29 08:12:00.600 UTC [6002]: DETAIL:  Key (id)=(7) already exists."),
		},
	},
	{
		name: "level-in-brackets-before-asterisks",
		why:  "a level in brackets right after the time keeps its place before a banner of asterisks",
		entries: []worldEntry{
			we("2026-11-29T08:13:00Z", Info, "", "2026-11-29 08:13:00 [INFO] ****************************************"),
		},
	},
	{
		name: "level-padded-between-bars-after-the-time",
		why:  "a level right-aligned in a column between bars after the time is a column, not a dump's indent (Electrum's log file)",
		entries: []worldEntry{
			we("2026-11-29T08:14:04.331518Z", Warn, "", "20261129T081404.331518Z |  WARNING | network | server lagging (2 blocks)"),
		},
	},
	{
		name: "pid-level-and-uptime-in-brackets",
		why:  "ngIRCd's console writes the pid, the syslog level's digit and the seconds since start in one bracket",
		entries: []worldEntry{
			we("", Error, "", "[5120:3   42] Got invalid OPER from \"bob!~b@10.0.0.9\": \"oper1\" -- bad password!"),
			we("", Unknown, "", "[5120:42] retrying in 5s"),
		},
	},
	{
		name: "openldap-24-hexadecimal-seconds",
		why:  "OpenLDAP 2.4's debug output opens each line with its seconds in eight hexadecimal digits before slapd's words; before other words they are as often a hash",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", "6b0bd71d conn=1004 op=2 SRCH base=\"dc=corp,dc=example\" scope=2 deref=0 filter=\"(uid=ana)\""),
		},
	},
	{
		name: "eight-hexadecimal-digits-before-other-words",
		why:  "eight hexadecimal digits before words that are not slapd's are a commit's hash as often as a time",
		entries: []worldEntry{
			we("", Unknown, "", "6b0bd71d merge branch 'main' into release"),
		},
	},
	{
		name: "dash-ruled-table-host-and-level-columns",
		why:  "a table of events under a rule of dashes (PowerShell's Format-Table) names its columns: the machine is in PSComputerName, the level in EntryType, and each row is a record",
		entries: []worldEntry{
			wskip("",
				"PSComputerName TimeGenerated         EntryType   Source        Message",
				"-------------- -------------         ---------   ------        -------"),
			we("2026-11-29T08:02:11Z", Error, "APP-07", "APP-07         11/29/2026 8:02:11 AM Error       MSSQLSERVER   Could not open the database 'orders'."),
			we("2026-11-29T08:02:40Z", Warn, "APP-07", "APP-07         11/29/2026 8:02:40 AM Warning     Tcpip         The TCP/IP retransmission limit was reached."),
			we("2026-11-29T08:03:05Z", Info, "db2.corp", "db2.corp       11/29/2026 8:03:05 AM Information Service Con... The backup service entered the running state."),
		},
	},
	{
		name: "dash-ruled-table-right-aligned-first-column",
		why:  "rows that start with a blank because their first column is right-aligned (Get-EventLog's index) are records of their own under the table's rule, each with its minute time and its entry type",
		entries: []worldEntry{
			wskip("",
				"",
				"   Index Time          EntryType   Source                 InstanceID Message",
				"   ----- ----          ---------   ------                 ---------- -------"),
			we("2026-11-29T08:04:00Z", Error, "", "   90412 Nov 29 08:04  Error       disk                   3221487627 The device Harddisk2 has a bad block."),
			we("2026-11-29T08:03:00Z", Info, "", "   90411 Nov 29 08:03  Information EventLog                 2147489661 The system uptime is 86400 seconds."),
		},
	},
	{
		name: "dash-ruled-table-row-goes-on-without-first-column",
		why:  "a line under a table's row with nothing in the first column goes on with that row (a wrapped cell, a row's details)",
		entries: []worldEntry{
			wskip("Event       Time                  Host      Detail",
				"-----       ----                  ----      ------"),
			we("2026-11-29T08:05:10Z", Unknown, "edge-3", "LINK_DOWN   2026-11-29 08:05:10   edge-3    port ge-0/0/4",
				"                                            carrier lost after 3 retries"),
			we("2026-11-29T08:05:14Z", Unknown, "edge-3", "LINK_UP     2026-11-29 08:05:14   edge-3    port ge-0/0/4"),
		},
	},
	{
		name: "dash-ruled-values-inside-a-record",
		why:  "a table under a rule whose columns name no time, machine or level holds values of the record it is printed in, whose rows stay in it",
		entries: []worldEntry{
			we("2026-11-29T08:06:00Z", Info, "", "2026-11-29 08:06:00 INFO pool usage",
				"  Pool        Used   Free",
				"  ----        ----   ----",
				"  tank        61%    39%",
				"  backup      12%    88%"),
		},
	},
	{
		name: "dashes-under-a-sentence-are-no-table",
		why:  "dashes under a heading underline it, and dashes that its words do not line up with are no table's rule; the lines after them are not rows",
		entries: []worldEntry{
			we("2026-11-29T08:07:00Z", Info, "", "2026-11-29 08:07:00 INFO nightly summary",
				"Nightly host checks",
				"-------------------",
				"  web-1 ok",
				"Host    Time  Level",
				"----------  ------ ----",
				"  web-2 degraded"),
		},
	},
	{
		name: "dash-ruled-level-column-without-level-words",
		why:  "a Level column whose values are no level's names (a tank's fill) gives no level",
		entries: []worldEntry{
			wskip("Time                 Tank   Level",
				"----                 ----   -----"),
			we("2026-11-29T08:08:00Z", Unknown, "", "2026-11-29 08:08:00  T1     High"),
			we("2026-11-29T08:09:00Z", Unknown, "", "2026-11-29 08:09:00  T2     Low"),
		},
	},
	{
		name: "format-list-blocks-are-records",
		why:  "PowerShell's Format-List writes an object a block of Name : value lines, the colons lined up, a blank line after it: a block is a record, its time the first time among its values, its level its EntryType, its host its MachineName",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T08:10:02Z", Error, "SRV-12",
				"Index         : 7712",
				"EntryType     : Error",
				"Source        : disk",
				"Message       : The driver detected a controller error on Harddisk3.",
				"TimeGenerated : 11/29/2026 8:10:02 AM",
				"TimeWritten   : 11/29/2026 8:10:05 AM",
				"MachineName   : SRV-12",
				""),
			we("2026-11-29T08:09:40Z", Warn, "SRV-12",
				"Index         : 7711",
				"EntryType     : Warning",
				"Source        : Time-Service",
				"Message       : The time provider NtpClient cannot reach time.corp.example and will retry",
				"                in 15 minutes.",
				"TimeGenerated : 11/29/2026 8:09:40 AM",
				"TimeWritten   : 11/29/2026 8:09:40 AM",
				"MachineName   : SRV-12",
				""),
		},
	},
	{
		name: "format-list-numeric-level-and-level-name",
		why:  "a block's numeric Level is no level's name; its LevelDisplayName is",
		entries: []worldEntry{
			we("2026-11-29T08:11:30Z", Info, "",
				"TimeCreated      : 11/29/2026 8:11:30 AM",
				"Level            : 4",
				"LevelDisplayName : Information",
				"Message          : The backup operation has finished."),
		},
	},
	{
		name: "aligned-fields-under-a-timed-line",
		why:  "aligned Name : value lines under a timed line are its dump, and the next timed line is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T08:12:00Z", Info, "",
				"2026-11-29 08:12:00 INFO effective settings",
				"listen.port      : 8443",
				"tls.min_version  : 1.2"),
			we("2026-11-29T08:12:01Z", Info, "", "2026-11-29 08:12:01 INFO listening"),
		},
	},
	{
		name: "clock-zone-weekday-and-named-date",
		why:  "Cisco IOS writes its clock before the zone, the weekday and the date with the month's name (show clock, a table's last column, a buffer's header): the date and the year are the line's, and a message id after it gives the level",
		entries: []worldEntry{
			we("2026-11-29T08:15:02.417Z", Error, "", "08:15:02.417 UTC Sun Nov 29 2026: %LINK-3-UPDOWN: Interface Gi1/0/7, changed state to down"),
			we("2026-11-29T07:15:40Z", Unknown, "", "08:15:40 CET Sun Nov 29 2026 synchronized to NTP server 10.0.0.1 (stratum 2)"),
		},
	},
	{
		name: "clock-zone-weekday-and-named-date-in-a-row",
		why:  "the same spelling in a table row's last column is the row's time",
		entries: []worldEntry{
			we("2026-11-29T08:16:05Z", Unknown, "", "Gi1/0/9     30    aabb.cc00.0911  10.30.0.12              1  DHCP Deny    08:16:05 UTC Sun Nov 29 2026"),
		},
	},
	{
		name: "php-deprecated-and-strict-standards",
		why:  "PHP's E_DEPRECATED and E_STRICT are notices by its own account, written where its Warning and Notice are",
		entries: []worldEntry{
			we("2026-11-29T08:20:11Z", Notice, "", "[29-Nov-2026 08:20:11 UTC] PHP Deprecated:  Creation of dynamic property Cart::$total is deprecated in /srv/shop/src/Cart.php on line 88"),
			we("2026-11-29T08:20:12Z", Notice, "", "[29-Nov-2026 08:20:12 UTC] PHP Strict Standards:  Non-static method Legacy::run() should not be called statically in /srv/shop/cron.php on line 12"),
		},
	},
	{
		name: "ruby-logger-file-header",
		why:  "Ruby's Logger opens every file it creates with the time it created it, the line's own though a sentence says it",
		entries: []worldEntry{
			we("2026-11-29T08:21:40Z", Unknown, "", "# Logfile created on 2026-11-29 08:21:40 +0000 by logger.rb/v1.6.0"),
		},
	},
	{
		name: "log4cplus-own-diagnostics",
		why:  "log4cplus writes its own diagnostics with its name before the level, as log4j 1.x does",
		entries: []worldEntry{
			we("", Error, "", "log4cplus:ERROR could not open file /var/log/shop/orders.log"),
		},
	},
	{
		name: "xerces-fatal-error",
		why:  "Xerces' default error handler opens a broken XML document's error with [Fatal Error]",
		entries: []worldEntry{
			we("", Critical, "", "[Fatal Error] server.xml:41:7: The element type \"Connector\" must be terminated by the matching end-tag \"</Connector>\"."),
		},
	},
	{
		name: "information-heading-is-no-level",
		why:  "a word before \"information:\" makes a heading over a list of details, not a level",
		entries: []worldEntry{
			we("", Unknown, "", "Build information: commit 4f1c2a7 on branch release/2.4"),
		},
	},
	{
		name: "config-before-a-level",
		why:  "CONFIG before a level word names what the level is about (coturn's configuration errors), and the level after it is the record's",
		entries: []worldEntry{
			we("", Error, "", "CONFIG ERROR: Empty cli-password, and so telnet cli interface is disabled!"),
		},
	},
	{
		name: "epoch-seconds-in-exponent-notation",
		why:  "zap's production configuration with the console encoder writes Unix seconds as a float in exponent notation, then the level and the caller in tab-separated columns; the stack under an error is its record's",
		entries: []worldEntry{
			we("2026-11-29T08:25:04.5123456Z", Info, "", "1.7959407045123456e+09\tinfo\tserver/run.go:88\tlistening\t{\"addr\": \":9090\"}"),
			we("2026-11-29T08:25:05.25Z", Error, "", "1.79594070525e+09\terror\tserver/run.go:97\tshutdown failed\t{\"error\": \"context canceled\"}",
				"main.run",
				"\t/src/server/run.go:97",
				"main.main",
				"\t/src/server/main.go:21"),
		},
	},
	{
		name: "go-stack-without-goroutine-header",
		why:  "pkg/errors' %+v prints an error's stack as function lines with their files indented by a tab below them, no goroutine's header: one record with the message above it",
		entries: []worldEntry{
			we("", Unknown, "", "failed to start module ingester",
				"github.com/acme/store/pkg/modules.(*Manager).start",
				"\t/build/pkg/modules/manager.go:212",
				"main.main",
				"\t/build/cmd/store/main.go:58",
				"runtime.goexit",
				"\t/usr/local/go/src/runtime/asm_amd64.s:1700"),
			we("", Unknown, "", "shutting down"),
		},
	},
	{
		name: "glog-file-header",
		why:  "glog and klog open each file in their log_dir with a four-line header: the time the file was created, the machine, the binary and the line format; one record, the machine its host",
		entries: []worldEntry{
			we("2026-11-29T08:26:10Z", Unknown, "node-4",
				"Log file created at: 2026/11/29 08:26:10",
				"Running on machine: node-4",
				"Binary: Built with gc go1.25.3 for linux/amd64",
				"Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T08:26:10.412001Z", Warn, "", "W1129 08:26:10.412001    4120 reflector.go:561] failed to list *v1.Pod: connection refused"),
		},
	},
	{
		name: "print-output-after-a-logger-record",
		why:  "a program's own prints between its logger's untimed records (uvicorn's console, a script's progress) are records of their own, not the record's message",
		entries: []worldEntry{
			we("", Info, "", "INFO:uvicorn.error:Waiting for application startup."),
			we("", Unknown, "", "loading model weights"),
			we("", Error, "", "ERROR:root:Connection failed"),
			we("", Unknown, "", "Retrying in 5 seconds..."),
		},
	},
	{
		name: "tool-output-after-a-bare-level-line",
		why:  "a tool's own \"ERROR: …\" line names no logger: the plain lines after it are the tool's next lines, not its message",
		entries: []worldEntry{
			we("", Unknown, "", "Starting mirror of /srv/data"),
			we("", Error, "", "ERROR: could not stat /srv/data/c.tmp"),
			we("", Unknown, "", "copied 412 files"),
			we("", Unknown, "", "done"),
		},
	},
	{
		name: "level-letter-and-colon-before-a-date",
		why:  "a level's letter and a colon before a dated time opens each line of G4KLX's radio programs; M, a message, is their traffic's level",
		entries: []worldEntry{
			we("2026-11-29T08:30:01.118Z", Info, "", "M: 2026-11-29 08:30:01.118 YSF, received network data from PD0ABC to ALL"),
			we("2026-11-29T08:30:05Z", Warn, "", "W: 2026-11-29 08:30:05 Network watchdog has expired"),
			we("2026-11-29T08:30:09Z", Unknown, "", "X: 2026-11-29 08:30:09 unknown marker"),
		},
	},
	{
		name: "paths-are-no-go-frames",
		why:  "a list of files' paths is no Go stack: a path's last part is a file's name, not a package's function",
		entries: []worldEntry{
			we("", Unknown, "", "web/static/app.min.js,sha256=4f1c2a7e,1204"),
			we("", Unknown, "", "web/templates/index.html,,"),
			we("", Unknown, "", "docs/guide.md"),
		},
	},
	{
		name: "table-in-a-timed-record-is-its-text",
		why:  "a table a timed record prints (a report's summary) is the record's text, and the log's next timed line and its trace are no rows of it",
		entries: []worldEntry{
			we("2026-11-29T08:40:00Z", Info, "", "2026-11-29 08:40:00,000 INFO  [main] c.a.Report - pool status",
				"Host        State     Active",
				"----------  --------  ------",
				"db-primary  UP        12",
				"db-replica  DOWN      0"),
			we("2026-11-29T08:40:01Z", Error, "", "2026-11-29 08:40:01,000 ERROR [main] c.a.Pool - replica unreachable",
				"java.net.ConnectException: Connection refused",
				"\tat com.acme.Pool.open(Pool.java:88)"),
		},
	},
	{
		name: "table-ends-at-a-line-that-is-no-row",
		why:  "a command's table ends at a line whose words do not fall in its columns, even without a blank line before it",
		entries: []worldEntry{
			wskip("Host        Severity   Count",
				"----------  ---------  -----"),
			we("", Error, "nas-1", "nas-1       error      3"),
			we("", Unknown, "", "rotation finished for /var/log/nas"),
		},
	},
	{
		name: "format-list-objects-without-a-blank-line",
		why:  "objects listed one after the other without a blank line: the first field's name coming again opens the next",
		entries: []worldEntry{
			we("2026-11-29T08:42:00Z", Error, "",
				"Job      : nightly",
				"Started  : 2026-11-29 08:42:00",
				"Severity : Error"),
			we("2026-11-29T08:50:00Z", Unknown, "",
				"Job      : cleanup",
				"Started  : 2026-11-29 08:50:00"),
		},
	},
	{
		name: "aligned-host-results-are-lines-of-their-own",
		why:  "Ansible's recap lines its hosts' colons up, one host a line: a host's name in lower case is no object's field",
		entries: []worldEntry{
			we("", Unknown, "", "web-1                      : ok=3    changed=1    unreachable=0    failed=0"),
			we("", Unknown, "", "web-2                      : ok=0    changed=0    unreachable=1    failed=0"),
		},
	},
	{
		name: "floats-in-exponent-notation-among-blanks",
		why:  "a table of floats (numpy's savetxt) is no zap line: zap's columns are tab-separated",
		entries: []worldEntry{
			we("", Unknown, "", "1.795940704500000000e+09 2.300000000000000000e+01"),
		},
	},
	{
		name: "dotted-words-after-an-error-are-no-go-frames",
		why:  "a host's or a file's name alone after an error line is the program's next line, not a Go stack's function",
		entries: []worldEntry{
			we("", Error, "", "ERROR: could not resolve host"),
			we("", Unknown, "", "example.com"),
			we("", Unknown, "", "main.go"),
		},
	},
	{
		name: "config-before-a-level-word-without-its-colon",
		why:  "java.util.logging's CONFIG before a message that opens with a capital word keeps its own level",
		entries: []worldEntry{
			we("", Info, "", "CONFIG ERROR handler: java.util.logging.ConsoleHandler"),
		},
	},
	{
		name: "letter-after-an-address-is-no-level",
		why:  "a capital letter alone is a level after a pid's and a thread's numbers (logcat), not after a client's address or a name: a DNS record's type, a proxy's flag, a transfer's direction",
		entries: []worldEntry{
			we("2026-11-29T08:55:00Z", Unknown, "", "1795942500 10.0.0.31 7.2.0.192.dnsbl.example.org A IN: NXDOMAIN/0/300"),
			we("2026-11-29T08:55:01.5Z", Unknown, "", "1795942501.500 12 10.30.0.14 E 0 0 CONNECT vpn.example.net:443"),
		},
	},
	{
		name: "letter-after-pid-and-thread-is-a-level",
		why:  "logcat's letter after the pid and the thread id stays its level",
		entries: []worldEntry{
			we("2026-11-29T08:56:02.114Z", Warn, "", "11-29 08:56:02.114  3120  3188 W ActivityManager: Slow operation: 61ms so far"),
		},
	},
	{
		name: "settings-dump-in-list-shape",
		why:  "a server's settings printed as aligned Name : value lines: the level it is set to and the address it binds are no record's level and host",
		entries: []worldEntry{
			we("", Unknown, "",
				"Listen   : 0.0.0.0",
				"Host     : 0.0.0.0",
				"Level    : debug",
				"Workers  : 4"),
		},
	},
	{
		name: "list-time-split-over-date-and-time-fields",
		why:  "a list's object whose time is split over a Date field and a Time field takes both, not the clock alone on today's date",
		entries: []worldEntry{
			we("2026-11-28T23:10:05Z", Warn, "",
				"Date        : 11/28/2026",
				"Time        : 23:10:05",
				"Type        : Warning",
				"Source      : backupd",
				""),
		},
	},
	{
		name: "dash-ruled-table-numbers-wider-than-their-names",
		why:  "Format-Table right-aligns numbers, and a number wider than its column's name runs left of the dashes while it ends where they end: the row still fits its columns",
		entries: []worldEntry{
			wskip("PSComputerName    Id     WS EntryType   Message",
				"--------------    --     -- ---------   -------"),
			we("", Error, "WEB-3", "WEB-3          41207 512044 Error       Worker process crashed"),
			we("", Warn, "WEB-4", "WEB-4          88120 498112 Warning     Worker recycled"),
		},
	},
	{
		name: "clock-after-a-bracketed-tag-before-a-level-with-colon",
		why:  "syncthing's default prefix, a device id or a phase in brackets, then the time of day and a level with its colon: the clock is the record's time on the clock's day, and a build date in the message is not",
		entries: []worldEntry{
			we("2026-11-29T10:12:01Z", Info, "", `[start] 10:12:01 INFO: syncthing v1.27.0 "Gold Grasshopper" (go1.21.5 linux-amd64) builder@ci 2025-12-20 08:11:42 UTC`),
			we("2026-11-29T10:12:02Z", Warn, "", "[QX7PD] 10:12:02 WARNING: Failed to create UPnP port mapping"),
			we("2026-11-29T10:12:02Z", Unknown, "", "2026/11/29 10:12:02 failed to sufficiently increase receive buffer size"),
			we("2026-11-29T10:12:40Z", Info, "", "[monitor] 10:12:40 INFO: Signal 15 received; exiting"),
		},
	},
	{
		name: "zerolog-console-panic-abbreviation",
		why:  "zerolog's console writer abbreviates its levels to three capitals; PNC is its panic level",
		entries: []worldEntry{
			we("2026-11-29T10:14:00Z", Critical, "", "10:14AM PNC worker pool exhausted"),
			we("2026-11-29T10:14:00Z", Error, "", "10:14AM ERR retry budget spent attempts=5"),
		},
	},
	{
		name: "glog-file-header-with-previous-log",
		why:  "glog's file header names the previous log file too: all its lines are the header's one record",
		entries: []worldEntry{
			we("2026-11-29T10:20:11Z", Unknown, "node-4",
				"Log file created at: 2026/11/29 10:20:11",
				"Running on machine: node-4",
				"Binary: Built with gc go1.23.2 for linux/amd64",
				"Previous log: /var/log/indexer/indexer.node-4.svc.log.INFO.20261128-231502.811",
				"Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T10:20:11.402113Z", Info, "", "I1129 10:20:11.402113    4410 main.go:31] indexer ready"),
		},
	},
	{
		name: "go-signal-report-under-a-fatal-record",
		why:  "glog's fatal line aborts the program, and the runtime's report of the signal, its PC line and the goroutines' stacks, goes on under that record",
		entries: []worldEntry{
			we("2026-11-29T10:21:07.118204Z", Critical, "",
				"F1129 10:21:07.118204    4410 shard.go:88] shard 12 lost its lease",
				"SIGABRT: abort",
				"PC=0x47a1c1 m=3 sigcode=18446744073709551610",
				"",
				"goroutine 0 gp=0xc000102380 m=3 mp=0xc000100808 [idle]:",
				"runtime.futex(0x96c0e8, 0x80, 0x0, 0x0, 0x0, 0x0)",
				"\t/usr/local/go/src/runtime/sys_linux_amd64.s:557 +0x21 fp=0xc0000a1e30 sp=0xc0000a1e28 pc=0x47a1c1"),
		},
	},
	{
		name: "gin-recovery-report",
		why:  "gin's Recovery middleware logs a handler's panic as one report: the request, the panic's value and its frames, up to the reset of its colour; gin's next request line is a record again",
		entries: []worldEntry{
			we("2026-11-29T10:30:02Z", Unknown, "",
				"\x1b[31m2026/11/29 10:30:02 [Recovery] 2026/11/29 - 10:30:02 panic recovered:",
				"POST /api/orders HTTP/1.1",
				"Host: shop.example.net",
				"Content-Type: application/json",
				"",
				"",
				"runtime error: invalid memory address or nil pointer dereference",
				"/srv/shop/handlers/orders.go:57 (0x9c1a2e)",
				"\tcreateOrder: total := req.Cart.Total()",
				"/root/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0/context.go:185 (0x98d1f3)",
				"\t(*Context).Next: c.handlers[c.index](c)",
				"\x1b[0m"),
			we("2026-11-29T10:30:02Z", Unknown, "", `[GIN] 2026/11/29 - 10:30:02 | 500 |    1.204ms |     10.4.0.22 | POST     "/api/orders"`),
		},
	},
	{
		name: "structlog-key-value-single-quoted",
		why:  "structlog's KeyValueRenderer writes Python's repr of each value, strings in single quotes: the level, the time and the event (its message) are read inside them, and a wildcard bind address is no host",
		entries: []worldEntry{
			we("2026-11-29T10:40:01.120334Z", Warn, "", `timestamp='2026-11-29T10:40:01.120334Z' level='warning' event='cache miss ratio high' ratio=0.41`),
			we("2026-11-29T10:40:02.5Z", Info, "", `timestamp='2026-11-29T10:40:02.500000Z' level='info' event='listening' host='0.0.0.0' port=8000`),
		},
	},
	{
		name: "loguru-date-at-clock",
		why:  "loguru's README format puts the word at between the date and the clock",
		entries: []worldEntry{
			we("2026-11-29T10:41:07Z", Error, "", "2026-11-29 at 10:41:07 | ERROR | payment gateway timed out"),
			we("2026-11-29T10:41:08Z", Info, "", "2026-11-29 at 10:41:08 | INFO | retry scheduled"),
		},
	},
	{
		name: "two-digit-year-date-nearest-to-now",
		why:  "spdlog's %D writes MM/DD/YY; of the readings of a date with a two-digit year, the one nearest to the reader's clock is taken, so that Spark's yy/MM/dd still reads as it did",
		entries: []worldEntry{
			we("2026-11-28T10:42:00.125Z", Warn, "", "11/28/26 10:42:00.125 warning [net] peer 7 slow"),
			we("2026-11-29T10:42:01.5Z", Info, "", "11/29/26 10:42:01.500 info [net] peer 7 back"),
			we("2026-10-04T10:42:02Z", Info, "", "10/04/26 10:42:02 info [net] resync"),
		},
	},
	{
		name: "two-digit-year-first-stays",
		why:  "Spark's and Hadoop's yy/MM/dd, an older one included, keeps its year first",
		entries: []worldEntry{
			we("2026-11-29T10:43:00Z", Warn, "", "26/11/29 10:43:00 WARN scheduler.TaskSetManager: Lost task 3.0 in stage 2.0"),
			we("2017-06-09T20:10:40Z", Info, "", "17/06/09 20:10:40 INFO storage.MemoryStore: MemoryStore started with capacity 2.4 GB"),
		},
	},
	{
		name: "loguru-serialized-success-level",
		why:  "loguru's serialized record names its SUCCESS level, read as its text column reads it, between info and warning",
		entries: []worldEntry{
			we("2026-11-29T10:44:00.5Z", Notice, "", `{"text": "2026-11-29 10:44:00.500 | SUCCESS  | jobs:run:12 - export done\n", "record": {"level": {"icon": "+", "name": "SUCCESS", "no": 25}, "message": "export done", "time": {"repr": "2026-11-29 10:44:00.500000+00:00", "timestamp": 1795949040.5}}}`),
		},
	},
	{
		name: "glog-cpp-file-header",
		why:  "the C++ glog writes its header with the run's duration: all its lines are one record",
		entries: []worldEntry{
			we("2026-11-29T10:45:00Z", Unknown, "render-2",
				"Log file created at: 2026/11/29 10:45:00",
				"Running on machine: render-2",
				"Running duration (h:mm:ss): 0:00:00",
				"Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T10:45:00.201442Z", Warn, "", "W20261129 10:45:00.201442 77120 tiles.cc:212] tile cache cold"),
		},
	},
	{
		name: "nut-debug-output-seconds-column",
		why:  "NUT's daemons in the foreground write the seconds since start, right-aligned, and a tab before each message: every such line is a record without a time, [D1] its debug level, even after a line of their banner",
		entries: []worldEntry{
			we("", Unknown, "", "Network UPS Tools upsmon 2.8.1"),
			we("", Unknown, "", "   0.000000\tfopen /run/nut/upsmon.pid: No such file or directory"),
			we("", Debug, "", "   0.000412\t[D1] Saving PID 4120 into /run/nut/upsmon.pid"),
			we("", Unknown, "", "Init SSL without certificate database"),
			we("", Debug, "", "   0.010377\t[D2] Trying to connect to UPS [rack-ups@localhost]"),
			we("", Unknown, "", "   0.011904\tLogin on UPS [rack-ups@localhost] failed - got [ERR ACCESS-DENIED]"),
		},
	},
	{
		name: "nut-debug-level-in-syslog",
		why:  "NUT's debug level opens its syslog message",
		entries: []worldEntry{
			we("2026-11-29T10:50:01Z", Debug, "ups-gw", "Nov 29 10:50:01 ups-gw upsd[881]: [D1] mainloop: polling 2 drivers"),
			we("2026-11-29T10:50:02Z", Unknown, "ups-gw", "Nov 29 10:50:02 ups-gw upsd[881]: User monuser@127.0.0.1 logged into UPS [rack-ups]"),
		},
	},
	{
		name: "tripwire-details-under-its-message",
		why:  "tripwire writes an error or a warning on stderr with its details on the lines below it, each opened by the same marks",
		entries: []worldEntry{
			we("", Error, "",
				"### Error: File could not be opened.",
				"### Filename: /etc/tripwire/twcfg.txt",
				"### Permission denied",
				"### Exiting..."),
			we("", Warn, "",
				"### Warning: File system error.",
				"### Filename: /srv/data/cache",
				"### No such file or directory",
				"### Continuing..."),
		},
	},
	{
		name: "rsnapshot-level-after-its-command",
		why:  "rsnapshot names itself by its whole command line before a colon, then writes the level in capitals with its own colon",
		entries: []worldEntry{
			we("2026-11-29T10:55:02Z", Error, "", "[2026-11-29T10:55:02] /usr/bin/rsnapshot -c /etc/rsnapshot.conf daily: ERROR: /usr/bin/rsync returned 23 while processing backup@nas:/srv/"),
			we("2026-11-29T10:55:04Z", Unknown, "", "[2026-11-29T10:55:04] /usr/bin/rsnapshot -c /etc/rsnapshot.conf daily: completed, but with some warnings"),
		},
	},
	{
		name: "sdwan-message-id-with-the-device-inside",
		why:  "Cisco SD-WAN's routers name themselves inside the message id, between the vendor and the process: the severity digit is read from the id's end",
		entries: []worldEntry{
			we("2026-11-29T11:02:10Z", Error, "edge-7b", "Nov 29 11:02:10 edge-7b FPMD[2210]: %Viptela-edge-7b-fpmd-3-ERRR-2000012: policy sequence 40 refers to a missing list"),
			we("2026-11-29T11:02:11Z", Info, "edge-7b", "Nov 29 11:02:11 edge-7b OMPD[2214]: %Viptela-edge-7b-ompd-6-INFO-3000003: peer 10.9.9.1 up"),
		},
	},
	{
		name: "module-and-severity-digit-opening-the-message",
		why:  "A10's ACOS opens its messages with the module in brackets and the syslog severity digit in angle brackets glued to it",
		entries: []worldEntry{
			we("2026-11-29T11:03:00Z", Warn, "lb-3", "2026-11-29T11:03:00Z lb-3 a10logd: [SYSTEM]<4> Power supply 2 reading out of range"),
			we("2026-11-29T11:03:05Z", Critical, "lb-3", "2026-11-29T11:03:05Z lb-3 a10logd: [HMON]<2> All members of service group sg-web are down"),
		},
	},
	{
		name: "level-after-session-columns-and-a-module",
		why:  "a PostgreSQL fork's prefix writes a user, a database, a client, a thread and a session before its module in brackets and the severity word with its colon",
		entries: []worldEntry{
			we("2026-11-29T11:04:00.101Z", Error, "", "2026-11-29 11:04:00.101 app orders 10.2.0.8 140211 0[0:0#0]  0 [BACKEND] ERROR:  relation \"shipments\" does not exist"),
			we("2026-11-29T11:04:01.5Z", Info, "", "2026-11-29 11:04:01.500 [unknown] [unknown] localhost 140211 0[0:0#0]  0 [BACKEND] LOG:  checkpoint complete"),
		},
	},
	{
		name: "winston-simple-with-its-timestamp-in-the-meta",
		why:  "winston's simple format, after its timestamp format, writes the time in the object of metadata that ends the line",
		entries: []worldEntry{
			we("2026-11-29T11:10:00.125Z", Info, "", `info: cache warmed {"entries":4120,"timestamp":"2026-11-29T11:10:00.125Z"}`),
			we("2026-11-29T11:10:02.5Z", Warn, "", `warn: upstream slow {"upstream":"pay-1","timestamp":"2026-11-29T11:10:02.500Z"}`),
			we("", Info, "", `info: received webhook {"event":"push","timestamp":"2026-01-02T00:00:00Z","repo":"shop"}`),
		},
	},
	{
		name: "bunyan-long-output-host",
		why:  "bunyan's CLI in its long mode writes the host after the logger's name, its pid and the word on",
		entries: []worldEntry{
			we("2026-11-29T11:11:00.2Z", Error, "vm", "[2026-11-29T11:11:00.200Z] ERROR: orders/db/7781 on vm: pool exhausted (size=10)"),
			we("2026-11-29T11:11:01Z", Info, "vm", "[2026-11-29T11:11:01.000Z]  INFO: orders/7781 on vm: request served"),
		},
	},
	{
		name: "npm-debug-log-numbers-a-message-lines-alike",
		why:  "npm's debug log repeats a message's number and level on each of its lines: they are one record, the next number another",
		entries: []worldEntry{
			we("", Debug, "",
				"31 verbose stack Error: ENOENT: no such file or directory, open '/srv/app/package.json'",
				"31 verbose stack     at async open (node:internal/fs/promises:639:25)",
				"31 verbose stack     at async readFile (node:internal/fs/promises:1242:14)"),
			we("", Debug, "", "32 verbose cwd /srv/app"),
			we("", Error, "", "33 error code ENOENT"),
		},
	},
	{
		name: "date-and-clock-in-brackets-of-their-own",
		why:  "signale's date and its 12-hour clock stand in two brackets with a blank between them",
		entries: []worldEntry{
			we("2026-11-29T23:12:05Z", Unknown, "", "[11/29/2026] [11:12:05 PM] [worker.js] › ★  star      job queue drained"),
		},
	},
	{
		name: "traceback-cut-short-by-a-record",
		why:  "a child's traceback logged a piece at a time: its header alone, then the next timed record, which is not the traceback's exception line",
		entries: []worldEntry{
			we("2026-11-29T11:14:18.146Z", Debug, "",
				"2026-11-29 11:14:18,146 DEBG 'indexer' stdout output:",
				"Traceback (most recent call last):",
				""),
			we("2026-11-29T11:14:18.147Z", Info, "", "2026-11-29 11:14:18,147 INFO success: indexer entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"),
		},
	},
	{
		name: "python-version-build-date-is-no-time",
		why:  "Python's sys.version holds the date its interpreter was built, after the version and the branch: a banner line that prints it has no time of its own",
		entries: []worldEntry{
			we("", Unknown, "", "Python version: 3.12.7 (main, Oct 18 2025, 09:02:51) [GCC 14.2.0]"),
		},
	},
	{
		name: "apt-history-error-field",
		why:  "apt's history names a failed run's error as one more field of its stanza, up to its End-Date: the stanza stays one record, and a field's name is no level",
		entries: []worldEntry{
			we("2026-11-29T11:20:01Z", Unknown, "",
				"Start-Date: 2026-11-29  11:20:01",
				"Commandline: apt-get install -y nginx-extras",
				"Requested-By: ops (1001)",
				"Install: nginx-extras:amd64 (1.22.1-9), libnginx-mod-http-lua:amd64 (1:0.10.23-1, automatic)",
				"Error: Sub-process /usr/bin/dpkg returned an error code (1)",
				"End-Date: 2026-11-29  11:20:09",
				""),
			we("2026-11-29T11:25:00Z", Unknown, "",
				"Start-Date: 2026-11-29  11:25:00",
				"Commandline: apt-get -f install",
				"End-Date: 2026-11-29  11:25:04"),
		},
	},
	{
		name: "rule-closing-a-header-of-column-names",
		why:  "chrony's statistics logs set the names of their columns between two rules: the three lines are one header, and each row after them a timed record",
		entries: []worldEntry{
			we("", Unknown, "",
				"===============================================================================",
				"   Date (UTC) Time     IP Address    Std dev'n Est offset  Offset sd  Diff freq",
				"==============================================================================="),
			we("2026-11-29T11:30:07Z", Unknown, "", "2026-11-29 11:30:07 10.0.0.1         1.204e-04 -3.112e-05  2.870e-05  1.033e-01"),
			we("2026-11-29T11:31:11Z", Unknown, "", "2026-11-29 11:31:11 10.0.0.1         1.187e-04 -2.904e-05  2.811e-05  9.870e-02"),
			we("2026-11-29T11:32:15Z", Unknown, "", "2026-11-29 11:32:15 10.0.0.1         1.160e-04 -2.652e-05  2.790e-05  9.412e-02"),
		},
	},
	{
		name: "ausearch-interpreted-two-digit-year",
		why:  "ausearch -i writes the event's time in the C locale's %x, month, day and a two-digit year",
		entries: []worldEntry{
			we("2026-11-12T11:31:02.118Z", Unknown, "", "type=USER_LOGIN msg=audit(11/12/26 11:31:02.118:9120) : pid=4410 uid=root auid=ops ses=7 msg='op=login id=ops exe=/usr/sbin/sshd hostname=? addr=10.0.0.9 terminal=sshd res=success'"),
		},
	},
	{
		name: "postgresql-severity-behind-a-long-prefix",
		why:  "a log_line_prefix of more columns than a level is looked past (application, client, session, line, transaction ids): the severity is the word in capitals before a colon and two blanks",
		entries: []worldEntry{
			we("2026-11-29T11:40:01.232Z", Error, "", "2026-11-29 11:40:01.232 UTC psql [local] 6b0ff37b.1eb5 3 3/4 0 ERROR:  syntax error at or near \"SELEC\" at character 1"),
			we("2026-11-29T11:40:02.5Z", Critical, "", "2026-11-29 11:40:02.500 UTC app 10.0.0.7(51022) 6b0ff37c.1ec0 2 3/7 0 FATAL:  password authentication failed for user \"app\""),
		},
	},
	{
		name: "quoted-error-after-a-colon-is-no-level",
		why:  "a PostgreSQL error quoted after a sentence's colon, and level words after a label's colon, are the message's, not the record's level",
		entries: []worldEntry{
			we("2026-11-29T11:41:00Z", Unknown, "", "(4431) [Sun Nov 29 11:41:00 2026] KID (sync) Kid 4431 exiting.  Reason: DBD::Pg::db do failed: ERROR:  relation \"orders\" does not exist"),
			we("2026-11-29T11:41:01Z", Unknown, "web-2", "Nov 29 11:41:01 web-2 myapp[55]: [scheduler] job report: CRITICAL: 0, ERROR: 0, WARNING: 2"),
			we("2026-11-29T11:41:02Z", Unknown, "web-2", "Nov 29 11:41:02 web-2 app[311]: user said: ERROR: not my problem"),
		},
	},
	{
		name: "bracketed-debug-and-module-digit-only-for-their-programs",
		why:  "[D1] is NUT's debug level and [MODULE]<n> A10's severity only behind those programs' tags: elsewhere a slot's name or a table's",
		entries: []worldEntry{
			we("2026-11-29T11:42:00Z", Unknown, "nas-1", "Nov 29 11:42:00 nas-1 raidmon[2]: [D1] disk in slot D1 failed"),
			we("2026-11-29T11:42:01Z", Unknown, "web-1", "Nov 29 11:42:01 web-1 htmlgen[2]: [TABLE]<3> rows rendered"),
		},
	},
	{
		name: "exception-line-quoting-a-time-stays-in-its-traceback",
		why:  "an exception's line ends its traceback whatever time its message quotes: it starts no record",
		entries: []worldEntry{
			we("2026-11-29T11:43:01.004Z", Error, "",
				"2026-11-29 11:43:01,004 ERROR worker: job failed",
				"Traceback (most recent call last):",
				`  File "/srv/app/jobs.py", line 40, in run`,
				"    check(window)",
				"ValueError: 2026-11-28 00:00:00 is out of the window"),
			we("2026-11-29T11:43:02.118Z", Info, "", "2026-11-29 11:43:02,118 INFO worker: next job"),
		},
	},
	{
		name: "two-digit-year-first-of-a-recent-year",
		why:  "Spark's year-first date of a recent year stays year first, even when its day would make a later date read day first",
		entries: []worldEntry{
			we("2024-12-25T10:00:01Z", Info, "", "24/12/25 10:00:01 INFO SparkContext: Running Spark version 3.5.0"),
			we("2025-11-26T09:00:01Z", Info, "", "25/11/26 09:00:01 INFO SparkContext: Submitted application: etl"),
		},
	},
	{
		name: "step-counters-in-brackets-are-no-date",
		why:  "a step counter in brackets before a bracketed word or a short clock is no date: signale's dates write their year in full",
		entries: []worldEntry{
			we("", Unknown, "", "[1/4] [10:00] installing packages"),
			we("", Unknown, "", "[2/4] [build] compiling"),
		},
	},
	{
		name: "logfmt-event-word-is-no-message",
		why:  "an event's kind in one word is a field; structlog's event is a sentence",
		entries: []worldEntry{
			we("2026-11-29T11:44:00Z", Error, "", `time=2026-11-29T11:44:00Z level=error event=push err="connection refused"`),
		},
	},
	{
		name: "hash-marked-lines-without-a-level-head-stay-apart",
		why:  "a script's lines opened by ### are records of their own; only tripwire's details join its Error or Warning",
		entries: []worldEntry{
			we("", Unknown, "", "### Configuring nginx"),
			we("", Unknown, "", "### Restarting services"),
		},
	},
	{
		name: "blank-lines-before-the-first-record",
		why:  "Elixir's console format opens each record with a blank line: the blank lines before the first record are no entry of their own",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T11:45:00.114Z", Info, "", "11:45:00.114 [info] Running MyAppWeb.Endpoint with cowboy 2.12.0 at 127.0.0.1:4000 (http)", ""),
			we("2026-11-29T11:45:01.002Z", Error, "", "11:45:01.002 [error] GenServer MyApp.Cache terminating"),
		},
	},
	{
		name: "redis-bug-report-banner-starts-a-record",
		why:  "Redis's crash report opens under its own banner, after blank lines: not the last record's text",
		entries: []worldEntry{
			we("2026-11-29T11:46:00.683Z", Info, "", "9929:S 29 Nov 2026 11:46:00.683 - Accepted 127.0.0.1:57716", "", ""),
			we("", Unknown, "", "=== REDIS BUG REPORT START: Cut & paste starting from here ==="),
			we("2026-11-29T11:46:00.69Z", Warn, "", "9929:S 29 Nov 2026 11:46:00.690 # Redis 7.2.4 crashed by signal: 11, si_code: 2"),
		},
	},
	{
		name: "metric-value-is-no-epoch",
		why:  "a dump of metrics names each in dotted or underscored lower case before its value: a value of ten digits is a metric's, not the line's time",
		entries: []worldEntry{
			we("", Unknown, "", "proxy.node.restarts.proxy.start_time 1795949000"),
			we("", Unknown, "", "proxy.node.config.reconfigure_time 1795949011"),
		},
	},
	{
		name: "two-digit-year-order-shown-by-the-source",
		why:  "a date that reads only one way shows the source's order, which its other dates are read in; an old year-first log stays year first",
		entries: []worldEntry{
			we("2026-11-28T08:00:00Z", Info, "", "28/11/26 08:00:00 INFO nightly started"),
			we("2026-11-24T08:00:00Z", Info, "", "24/11/26 08:00:00 INFO late entry"),
		},
	},
	{
		name: "old-year-first-dates-stay-year-first",
		why:  "Spark's year-first dates years back, whose day is above their year, keep the year first",
		entries: []worldEntry{
			we("2020-08-24T09:00:00Z", Info, "", "20/08/24 09:00:00 INFO SparkContext: Running Spark version 3.0.0"),
			we("2020-08-26T09:00:00Z", Error, "", "20/08/26 09:00:00 ERROR Executor: Exception in task 0.0 in stage 1.0"),
		},
	},
	{
		name: "host-before-a-device-id-or-plain-message-behind-pri-and-iso",
		why:  "behind a PRI and an ISO time, a lower-case word before a device's message id or a message is the host; only HAProxy's capitalized words and its sections are the message's",
		entries: []worldEntry{
			we("2026-11-29T11:50:04Z", Error, "switch", "<190>2026-11-29T11:50:04Z switch %LINK-3-UPDOWN: Interface Gi0/1, changed state to down"),
			we("2026-11-29T11:50:05Z", Info, "gateway", "<134>2026-11-29T11:50:05Z gateway Connection from 10.0.0.5 accepted"),
			we("2026-11-29T11:50:06.18455Z", Alert, "", "<1>2026-11-29T11:50:06.184550+00:00 Server web/w1 is DOWN, reason: Layer4 timeout"),
		},
	},
	{
		name: "double-blank-marker-after-a-word-is-no-level",
		why:  "a count or a setting after a word in capitals, a colon and two blanks is no PostgreSQL severity: that one follows a prefix's column, a number or a module",
		entries: []worldEntry{
			we("2026-11-29T11:51:00Z", Unknown, "ci-1", "Nov 29 11:51:00 ci-1 runner[1]: Totals  ERROR:  0  WARNING:  2"),
			we("2026-11-29T11:51:02Z", Unknown, "", "2026-11-29 11:51:02 effective config  DEBUG:  true  LOG:  stdout"),
		},
	},
	{
		name: "glog-failure-signal-report",
		why:  "glog's failure signal handler writes its report after the last record, timed in Unix seconds: the report is a record of its own, its PC and signal lines and frames under it",
		entries: []worldEntry{
			we("2026-11-29T11:58:34.651127Z", Warn, "", "W20261129 11:58:34.651127 24383 tiles.cc:7] cache miss storm"),
			we("2026-11-29T11:58:34Z", Unknown, "",
				`*** Aborted at 1795953514 (unix time) try "date -d @1795953514" if you are using GNU date ***`,
				"PC: @                0x0 (unknown)",
				"*** SIGSEGV (@0x0) received by PID 24383 (TID 0x7ffb7966ee40) from PID 0; stack trace: ***",
				"    @     0x7ffb7972dcfe (unknown)",
				"    @     0x561cb1e81287 main"),
		},
	},
	{
		name: "traffic-server-error-log-lettered-clock",
		why:  "Traffic Server's error log writes its time as a packed date and a clock whose units are letters",
		entries: []worldEntry{
			we("2026-12-02T10:34:43Z", Unknown, "", "20261202.10h34m43s CONNECT:[0] could not connect [CONNECTION_CLOSED] to 127.0.0.1 for 'http://127.0.0.1:8081/' (method GET)"),
			we("2026-12-02T10:34:44Z", Unknown, "", "20261202.10h34m44s RESPONSE: sent 127.0.0.1 status 502 (Connection Closed) for 'http://127.0.0.1:8081/'"),
		},
	},
	{
		name: "clickhouse-json-date-time-keys",
		why:  "ClickHouse's JSON logger keeps the record's time under date_time (an epoch with microseconds, in a string) and date_time_utc",
		entries: []worldEntry{
			we("2026-12-02T09:14:20.55012Z|2026-12-02T09:14:20Z", Warn, "", `{"date_time_utc":"2026-12-02T09:14:20Z","date_time":"1796202860.550120","thread_id":"77","level":"Warning","logger_name":"MergeTreeBackgroundExecutor","message":"slow merge of 12 parts"}`),
			we("2026-12-02T09:14:21.000301Z", Error, "", `{"date_time":"1796202861.000301","level":"Error","logger_name":"TCPHandler","message":"Code: 81. DB::Exception: Database shop does not exist"}`),
		},
	},
	{
		name: "tarantool-syserror-level",
		why:  "Tarantool's SYSERROR is an error with its errno",
		entries: []worldEntry{
			we("2026-12-02T09:20:01.5Z", Error, "", `{"time": "2026-12-02T10:20:01.500+0100", "level": "SYSERROR", "message": "accept, called on fd 17: Too many open files", "pid": 88}`),
		},
	},
	{
		name: "ltsv-labelled-time-and-level",
		why:  "LTSV writes label:value fields between tabs: a time after its label (an epoch or an ISO time) and a level after its own; other numbers and words glued to a label are not",
		entries: []worldEntry{
			we("2026-11-29T08:50:00Z", Unknown, "", "time:1795942200\thost:10.1.0.9\tmessage:cdn.example.net\ttype:AAAA\treturn:PASS"),
			we("2026-11-29T08:50:01.25Z", Warn, "", "time:2026-11-29T08:50:01.250Z\tlevel:warn\tmsg:queue depth 900\thost:10.1.0.9"),
			we("2026-11-29T08:50:02Z", Error, "", "ts:2026-11-29T08:50:02Z\tseverity:error\tmsg:upstream reset"),
			we("2026-11-29T08:50:03.125Z", Info, "", "time:1795942203.125\tlevel:info\tmsg:reconnected\thost:10.1.0.9"),
		},
	},
	{
		name: "number-or-word-glued-to-another-label",
		why:  "an id glued to its label and a colon is no epoch, and a level word glued to a label in a sentence is no level",
		entries: []worldEntry{
			we("", Unknown, "", "id:1795942200 setting level:debug for the import job"),
		},
	},
	{
		name: "time-label-inside-a-sentence",
		why:  "a time's label counts opening the line or after a tab, not in a sentence",
		entries: []worldEntry{
			we("", Unknown, "", "config dump: ts:1795938076 interval:30s retention:7d"),
		},
	},
	{
		name: "labelled-epoch-before-a-written-time",
		why:  "a labelled epoch gives way to a time written after it, as an epoch column does",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "ts:1700000000 2026-11-29T07:41:16Z INFO hello"),
		},
	},
	{
		name: "ltsv-level-field-over-a-word-in-the-message",
		why:  "LTSV's level field is the line's, not a level word inside its message field",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Debug, "", "time:1795938077\thost:x\tlevel:debug\tmsg:ERROR happened"),
		},
	},
	{
		name: "capitalized-level-before-a-module-in-capitals",
		why:  "OpenBeken's firmware opens a line with its level, capitalized, glued by colons to a module in capitals; a capitalized word before a module of another case is a sentence's",
		entries: []worldEntry{
			we("", Warn, "", "Warn:CFG:CFG_InitAndLoad: config loaded with 3 changes"),
			we("", Error, "", "Error:MQTT:mqtt_host empty, not starting"),
		},
	},
	{
		name: "not-in-capitals-inside-a-sentence",
		why:  "past a line's first word, NOT in capitals is emphasis, not a notice",
		entries: []worldEntry{
			we("", Unknown, "", "cmd startScript NOT found (args autoexec.bat)"),
			we("", Unknown, "", "Info:Server:starting without a module in capitals"),
		},
	},
	{
		name: "ulogd-level-on-its-own-scale",
		why:  "ulogd writes its level in angle brackets after its ctime and before the C file and line, on its own scale: 1 debug, 3 info, 5 notice, 7 error, 8 fatal",
		entries: []worldEntry{
			we("2026-12-02T10:02:11Z", Debug, "", "Wed Dec  2 10:02:11 2026 <1> ulogd.c:1012 tok=`stack' (1)"),
			we("2026-12-02T10:02:12Z", Info, "", "Wed Dec  2 10:02:12 2026 <3> ulogd.c:1650 initialization finished, entering main loop"),
			we("2026-12-02T10:02:13Z", Error, "", "Wed Dec  2 10:02:13 2026 <7> ulogd_inppkt_NFLOG.c:560 unable to bind to log group 5"),
			we("2026-12-02T10:02:14Z", Critical, "", "Wed Dec  2 10:02:14 2026 <8> ulogd.c:1598 not even a single working plugin stack"),
		},
	},
	{
		name: "dante-epoch-twin-after-its-time",
		why:  "Dante writes the time again as Unix seconds with microseconds in parentheses after its syslog-style one: the same instant, more precisely",
		entries: []worldEntry{
			we("2026-11-29T09:14:05.118204Z", Info, "", "Nov 29 09:14:05 (1795943645.118204) danted[5120]: info: Dante/server[1/1] v1.4.3 running"),
			we("2026-11-29T09:14:07.000917Z", Alert, "", "Nov 29 09:14:07 (1795943647.000917) danted[5120]: alert: mother[1/1]: shutting down"),
		},
	},
	{
		name: "plain-word-before-a-tag-and-a-level",
		why:  "a plain word after a time and before a program and its pid is as often a thread, a verb or a user as a host, whatever level follows",
		entries: []worldEntry{
			we("2026-11-29T09:21:01.5Z", Error, "", "2026-11-29 09:21:01,500 main worker[3]: ERROR: queue stalled"),
			we("2026-11-29T09:21:02.5Z", Critical, "", "2026-11-29 09:21:02,500 killed process[1234]: fatal: signal 9"),
		},
	},
	{
		name: "prefixed-lines-with-a-tab-are-no-ltsv",
		why:  "pdsh's and grep's prefix and a colon open a line that may hold a tab and a key: it is no LTSV, and its own level stands",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "node01", "node01: Nov 29 07:41:16 ERROR disk\tsda:failed"),
			we("2026-11-29T07:41:17Z", Warn, "node01", "node01: [Sun Nov 29 07:41:17 2026] WARNING: CPU temp high\tcore:3"),
		},
	},
	{
		name: "angle-digit-after-a-syslog-time-is-no-ulogd-level",
		why:  "ulogd's scale is read only after its ctime date with a year; after another time a digit in angle brackets gives no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 <7> sensor.c:120 value=3"),
		},
	},
	{
		name: "bracketed-epoch-no-zone-explains",
		why:  "an epoch in parentheses after a time is its twin only at a zone's offset from it; a future expiry or an offset no zone has is the message's",
		entries: []worldEntry{
			we("2026-11-29T09:57:22Z", Unknown, "", "Nov 29 09:57:22 (1822147042.500000) token expires"),
			we("2026-11-29T09:57:23Z", Unknown, "", "Nov 29 09:57:23 (1795923443.000000) scheduled job 42 ran"),
		},
	},
	{
		name: "capitalized-word-and-module-that-is-no-level",
		why:  "a capitalized word that is a level only in capitals or lower case, before a module in capitals, is a label or a sentence's",
		entries: []worldEntry{
			we("", Unknown, "", "Note:TODO:rotate the keys before Friday"),
		},
	},
	{
		name: "json-time-key-of-an-edge-export",
		why:  "Cloudflare's Logpush datasets write the event's time under Datetime",
		entries: []worldEntry{
			we("2026-11-29T10:12:01Z", Unknown, "", `{"Action":"block","ClientIP":"192.0.2.44","ClientRequestPath":"/wp-login.php","Datetime":"2026-11-29T10:12:01Z","EdgeResponseStatus":403}`),
		},
	},
	{
		name: "json-time-key-nested-as-a-string-epoch",
		why:  "Akamai's SIEM events keep the request's start, Unix seconds in a string, under httpMessage",
		entries: []worldEntry{
			we("2026-11-29T10:12:02Z", Unknown, "", `{"type":"akamai_siem","attackData":{"clientIP":"192.0.2.45","appliedAction":"alert"},"httpMessage":{"requestId":"7a1c","start":"1795947122","method":"GET","path":"/"}}`),
		},
	},
	{
		name: "json-time-key-of-a-flow-collector",
		why:  "goflow2 writes when it received a flow as Unix nanoseconds under time_received_ns",
		entries: []worldEntry{
			we("2026-11-29T10:12:03.5Z", Unknown, "", `{"type":"NETFLOW_V9","time_received_ns":1795947123500000000,"src_addr":"10.1.0.4","dst_addr":"192.0.2.80","bytes":5120}`),
		},
	},
	{
		name: "facility-level-after-a-bracketed-time",
		why:  "LuCI's log view writes syslog's facility.level and a colon after its bracketed local time",
		entries: []worldEntry{
			we("2026-11-29T10:12:04Z", Info, "", "[Nov 29, 2026, 11:12:04 AM GMT+1] daemon.info: dnsmasq-dhcp[1]: DHCPACK(br-lan) 192.168.1.20"),
			we("2026-11-29T10:12:05Z", Error, "", "[Nov 29, 2026, 11:12:05 AM GMT+1] daemon.err: odhcpd[2]: Failed to send to ff02::1%br-lan"),
			we("2026-11-29T10:12:06Z", Notice, "", "[Nov 29, 2026, 11:12:06 AM GMT+1] user.notice: firewall: Reloading firewall"),
			we("2026-11-29T13:12:07Z", Warn, "", "[Nov 29, 2026, 2:12:07 PM GMT+1] kern.warn: kernel: [4120.5] br-lan: port 2 entered disabled state"),
		},
	},
	{
		name: "jvm-decorations-with-a-host-and-unix-milliseconds",
		why:  "the JVM's -Xlog decorations in their fixed order: a time (written, or as Unix milliseconds), the host's name, a pid, the level and the tags last",
		entries: []worldEntry{
			we("2026-11-29T10:12:08.117Z", Info, "batch-04", "[1795947128117ms][batch-04][info][gc] Using G1"),
			we("2026-11-29T10:12:09.5Z", Warn, "batch-04.example.org", "[2026-11-29T10:12:09.500+0000][batch-04.example.org][7311][warning][gc,alloc ] main: Retried waiting for GCLocker"),
			we("2026-11-29T10:12:10.25Z", Debug, "", "[2026-11-29T11:12:10.250+0100][2026-11-29T10:12:10.250+0000][0.512s][7311][7312][debug][gc,heap] Heap region size: 1M"),
			we("2026-11-29T10:12:11.001Z", Unknown, "", "[1795947131001ms][611204117ns] Pause Young (Normal) 24M->3M(256M) 1.9ms"),
		},
	},
	{
		name: "bracketed-logger-after-a-time-is-no-host",
		why:  "a layout's logger in brackets between its time and its level is no JVM host: no tags follow the level",
		entries: []worldEntry{
			we("2026-11-29T10:12:12.3Z", Warn, "", "[2026-11-29 10:12:12,300][app.jobs.sync][WARNING] - retrying batch 7"),
		},
	},
	{
		name: "jul-levels-in-the-jdks-translations",
		why:  "java.util.logging names its levels in the JVM's locale, in capitals: Tomcat's one-line format under a German or French locale",
		entries: []worldEntry{
			we("2026-11-29T10:12:13.101Z", Error, "", "29-Nov-2026 10:12:13.101 SCHWERWIEGEND [main] org.apache.catalina.startup.Catalina.start Der Server konnte nicht starten"),
			we("2026-11-29T10:12:13.202Z", Warn, "", "29-Nov-2026 10:12:13.202 WARNUNG [main] org.apache.tomcat.util.digester.SetPropertiesRule.begin Unbekanntes Attribut"),
			we("2026-11-29T10:12:13.303Z", Info, "", "29-Nov-2026 10:12:13.303 KONFIGURATION [main] org.apache.catalina.core.StandardContext.start Kontext geladen"),
			we("2026-11-29T10:12:13.404Z", Debug, "", "29-Nov-2026 10:12:13.404 FEIN [main] org.apache.catalina.loader.WebappClassLoaderBase.loadClass Klasse geladen"),
			we("2026-11-29T10:12:13.505Z", Warn, "", "29-Nov-2026 10:12:13.505 AVERTISSEMENT [main] org.apache.catalina.startup.ContextConfig.init Attribut inconnu"),
			we("2026-11-29T10:12:13.606Z", Error, "", "29-Nov-2026 10:12:13.606 GRAVE [main] org.apache.catalina.core.StandardService.start Impossible de démarrer"),
		},
	},
	{
		name: "docker-json-file-line-opening-with-a-marked-level",
		why:  "Docker's json-file driver keeps a container's line under log: a level it opens with in brackets or with its colon is the line's, as in a text file",
		entries: []worldEntry{
			we("2026-11-29T10:12:14.5Z", Warn, "", `{"log":"warning: certificate for api.internal expires in 6 days\n","stream":"stderr","time":"2026-11-29T10:12:14.5Z"}`),
			we("2026-11-29T10:12:15.5Z", Error, "", `{"log":"[ERROR] upstream refused the connection\n","stream":"stdout","time":"2026-11-29T10:12:15.5Z"}`),
			we("2026-11-29T10:12:16.5Z", Unknown, "", `{"log":"errors: 0, warnings: 2 in the last run\n","stream":"stdout","time":"2026-11-29T10:12:16.5Z"}`),
		},
	},
	{
		name: "docker-json-file-line-that-is-a-record-of-its-own",
		why:  "a container that logs JSON or logfmt has its record kept whole under Docker's log key: the record's level is the line's, its time stays Docker's",
		entries: []worldEntry{
			we("2026-11-29T10:12:17.124567Z", Error, "", `{"log":"{\"level\":\"error\",\"ts\":\"2026-11-29T10:12:17.123Z\",\"caller\":\"db/pool.go:88\",\"msg\":\"connection refused\"}\n","stream":"stderr","time":"2026-11-29T10:12:17.124567Z"}`),
			we("2026-11-29T10:12:18.2Z", Warn, "", `{"log":"{\"severity\":\"WARNING\",\"message\":\"slow query: 2.4s\"}\n","stream":"stdout","time":"2026-11-29T10:12:18.2Z"}`),
			we("2026-11-29T10:12:19.3Z", Error, "", `{"log":"time=\"2026-11-29T10:12:19Z\" level=error msg=\"sync failed\" err=\"EOF\"\n","stream":"stderr","time":"2026-11-29T10:12:19.3Z"}`),
			we("2026-11-29T10:12:20.4Z", Unknown, "", `{"log":"{\"event\":\"checkout\",\"items\":3}\n","stream":"stdout","time":"2026-11-29T10:12:20.4Z"}`),
			we("2026-11-29T10:12:21.5Z", Unknown, "", `{"log":"retries=3 wait=5s giving up on the error path\n","stream":"stdout","time":"2026-11-29T10:12:21.5Z"}`),
		},
	},
	{
		name: "cri-line-that-is-json",
		why:  "Kubernetes' /var/log/containers files put the runtime's time, stream and tag before the container's line: a JSON record's level is the line's",
		entries: []worldEntry{
			we("2026-11-29T10:12:22.100000001Z", Error, "", `2026-11-29T10:12:22.100000001Z stderr F {"level":"error","ts":"2026-11-29T10:12:22.099Z","logger":"controller","msg":"Reconciler error","error":"not found"}`),
			we("2026-11-29T10:12:23.200000002Z", Info, "", `2026-11-29T10:12:23.200000002Z stdout F {"level":"info","ts":"2026-11-29T10:12:23.199Z","msg":"Starting workers","worker count":1}`),
			we("2026-11-29T10:12:24.300000003Z", Warn, "", `2026-11-29T10:12:24.300000003Z stdout F {"severity":"WARNING","message":"cache cold","time":"2026-11-29T10:12:24.299Z"}`),
			we("2026-11-29T10:12:25.400000004Z", Error, "", `2026-11-29T10:12:25.400000004Z stderr F E1129 10:12:25.399871       1 reflector.go:138] pkg/informers/factory.go:150: Failed to watch *v1.Node: unauthorized`),
			we("2026-11-29T10:12:26.500000005Z", Warn, "", `2026-11-29T10:12:26.500000005Z stderr F W1129 10:12:26.499002       1 warnings.go:70] v1 ComponentStatus is deprecated in v1.19+`),
			we("2026-11-29T10:12:27.600000006Z", Info, "", `2026-11-29T10:12:27.600000006Z stderr F I1129 10:12:27.598113       1 leaderelection.go:258] successfully acquired lease kube-system/kube-scheduler`),
		},
	},
	{
		name: "klog-line-under-kubectl-timestamps",
		why:  "kubectl logs --timestamps puts the runtime's time before a component's klog header: its letter is the line's level",
		entries: []worldEntry{
			we("2026-11-29T10:12:28.700000007Z", Error, "", `2026-11-29T10:12:28.700000007Z E1129 10:12:28.699512       1 controller.go:114] error syncing 'default/web': not found`),
			we("2026-11-29T10:12:29.800000008Z", Warn, "", `2026-11-29T10:12:29.800000008Z W1129 10:12:29.799001       1 client_config.go:618] Neither --kubeconfig nor --master was specified`),
		},
	},
	{
		name: "month-names-in-the-locale-of-the-jvm",
		why:  "Tomcat's one-line format writes the month in the JVM's locale, as Java's CLDR data spells it: German, French, Spanish and Italian abbreviations, with or without their dot",
		entries: []worldEntry{
			we("2026-12-02T07:41:16.101Z", Error, "", "02-Dez.-2026 07:41:16.101 SCHWERWIEGEND [main] org.apache.catalina.startup.Catalina.start Der Server konnte nicht gestartet werden"),
			we("2026-12-02T07:41:17.202Z", Error, "", "02-déc.-2026 07:41:17.202 GRAVE [main] org.apache.catalina.core.StandardService.startInternal Impossible de démarrer le connecteur"),
			we("2026-12-02T07:41:18.303Z", Warn, "", "02-dic.-2026 07:41:18.303 ADVERTENCIA [main] org.apache.tomcat.util.digester.SetPropertiesRule.begin Atributo desconocido"),
			we("2026-12-02T07:41:19.404Z", Warn, "", "02-dic-2026 07:41:19.404 AVVERTENZA [main] org.apache.catalina.startup.ContextConfig.init Attributo sconosciuto"),
			we("2026-03-02T07:41:20.505Z", Info, "", "02-März-2026 07:41:20.505 INFORMATION [main] org.apache.catalina.startup.Catalina.start Server startup in [812] milliseconds"),
		},
	},
	{
		name: "month-names-in-the-locale-of-strftime",
		why:  "a program formatting its time with strftime's %b under a German, French, Portuguese or Dutch LC_TIME writes the month's name in that language",
		entries: []worldEntry{
			we("2026-12-29T07:41:16Z", Error, "", "29 Dez 2026 07:41:16 ERROR Verbindung zur Datenbank verloren"),
			we("2026-12-29T07:41:17Z", Warn, "", "29 déc. 2026 07:41:17 WARNING délai dépassé pour la requête 4411"),
			we("2026-10-29T07:41:18Z", Info, "", "29 out 2026 07:41:18 INFO tarefa concluída"),
			we("2026-05-29T07:41:19Z", Info, "", "29 mei 2026 07:41:19 INFO taak voltooid"),
		},
	},
	{
		name: "words-like-foreign-months-in-prose-are-no-dates",
		why:  "a month's name in another language is read only where a date's day, year and clock stand around it: a sentence with set, out or gen and numbers has no time",
		entries: []worldEntry{
			we("", Unknown, "", "set 12 workers for the pool, 4 idle"),
			we("", Unknown, "", "timed out 3 times waiting for 10.0.0.7:5432"),
			we("", Unknown, "", "gen 2 collections took 41 ms"),
			we("", Unknown, "", "set 12 10:00:00 as the cut-over"),
			we("", Unknown, "", "ran out 3 12:00:00 into the batch"),
			we("", Unknown, "", "GC gen 2 10:00:01 pause 12ms"),
			we("", Unknown, "", "Mars 3 10:00:00 rover uplink"),
			we("", Unknown, "", "2 ago 10:30:00 user logged in"),
			we("", Unknown, "", "Connection timed out. 30 12:00:00 next attempt"),
			we("", Unknown, "", "lug 4 12:00:00 torque check"),
			we("", Unknown, "", "AVR 3 12:00:00 flash ok"),
		},
	},
	{
		name: "month-names-beyond-ascii-in-either-case",
		why:  "a month's name with a letter beyond ASCII is a word of its own whatever its first three letters say (março is no English mar), in capitals too",
		entries: []worldEntry{
			we("2026-03-15T10:00:01Z", Info, "", "15 março 2026 10:00:01 INFO serviço iniciado"),
			we("2026-03-15T10:00:02Z", Warn, "", "15 MÄRZ 2026 10:00:02 WARN Speicher knapp"),
			we("2026-12-15T10:00:03Z", Error, "", "15 DÉC. 2026 10:00:03 ERROR échec de la sauvegarde"),
		},
	},
	{
		name: "docker-json-file-inner-record-does-not-teach-the-clock",
		why:  "the record inside Docker's log string gives its level only: its day-first date must not make the source's own slashed dates read day first",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"log":"{\"level\":\"info\",\"time\":\"13/04/2026 10:00:00\",\"msg\":\"x\"}\n","stream":"stdout","time":"2026-11-29T07:41:16Z"}`),
			we("2026-03-04T10:00:00Z", Unknown, "", "03/04/2026 10:00:00 hello"),
		},
	},
	{
		name: "marker-in-angle-brackets-after-a-hex-id",
		why:  "conmon logs at LOG_INFO whatever it says: its level is the marker after the container's id, its n for a monitor that goes on",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "worker-2", "Nov 29 07:41:16 worker-2 conmon[30512]: conmon 91c4e2a7b3d05f68e1a2 <nwarn>: stdio_input read failed Resource temporarily unavailable"),
			we("2026-11-29T07:41:17Z", Debug, "worker-2", "Nov 29 07:41:17 worker-2 conmon[30512]: conmon 91c4e2a7b3d05f68e1a2 <ndebug>: container PID: 30519"),
			we("2026-11-29T07:41:18Z", Error, "worker-2", "Nov 29 07:41:18 worker-2 conmon[30601]: conmon 0d7e55f1c2ab94e8b6c3 <error>: Failed to create container: exit status 1"),
			we("2026-11-29T07:41:19Z", Unknown, "worker-2", "Nov 29 07:41:19 worker-2 app[30700]: job 91c4e2a7b3d05f68e1a2 <done>: 4 files"),
		},
	},
	{
		name: "cee-event-after-its-cookie",
		why:  "an enhanced syslog message carries its event as JSON after the @cee: cookie: the event's level is the line's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "web-1", `Nov 29 07:41:16 web-1 billing[812]: @cee: {"level":"error","msg":"invoice 4411 not rendered","invoice":4411}`),
			we("2026-11-29T07:41:17Z", Warn, "web-1", `Nov 29 07:41:17 web-1 billing[812]: @cee:{"severity":"warning","msg":"retrying upstream"}`),
			we("2026-11-29T07:41:18Z", Unknown, "web-1", "Nov 29 07:41:18 web-1 billing[812]: @cee:      "),
			we("2026-11-29T07:41:19Z", Error, "web-1", "Nov 29 07:41:19 web-1 billing[812]: @cee: level=error msg=x"),
		},
	},
	{
		name: "logfmt-record-behind-a-pri",
		why:  "a logfmt record carried whole as a syslog message writes the event's own level, as a JSON one does: the PRI is the sender's fixed one (info whatever the line says)",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Error, "web-1", `<14>Nov 29 07:41:17 web-1 ledger[812]: time="2026-11-29T07:41:17Z" level=error msg="posting failed" account=4411`),
			we("2026-11-29T07:41:21Z", Warn, "web-1", `<14>1 2026-11-29T07:41:21Z web-1 ledger 812 - - ts=2026-11-29T07:41:21Z lvl=warn msg="slow commit" took=2.4s`),
			we("2026-11-29T07:41:22Z", Info, "web-1", `<14>Nov 29 07:41:22 web-1 postfix/smtp[913]: to=<ann@example.org>, relay=mx.example.org[192.0.2.7]:25, status=sent (250 ok)`),
		},
	},
	{
		name: "jul-two-line-records-in-the-jvms-locale",
		why:  "java.util.logging's default format names the month in the JVM's locale, abbreviated with its dot, and its level on the next line in that locale's words: the two lines are one record",
		entries: []worldEntry{
			we("2026-11-29T18:37:16Z", Info, "", "Nov. 29, 2026 6:37:16 PM org.apache.catalina.startup.Catalina start", "INFORMATION: Server startup in [812] milliseconds"),
			we("2026-12-02T18:37:17Z", Warn, "", "Dez. 02, 2026 6:37:17 PM org.apache.catalina.core.StandardService stopInternal", "WARNUNG: Dienst [Catalina] wird gestoppt"),
			we("2026-12-02T18:37:18Z", Error, "", "déc. 02, 2026 6:37:18 PM org.example.billing.App main", "GRAVE: Impossible de charger la configuration"),
		},
	},
	{
		name: "twelve-hour-clock-before-its-date",
		why:  "a clock written before its date, a 12-hour one too, keeps the date: the line's day is the one it writes, not the day it is read",
		entries: []worldEntry{
			we("2025-11-27T07:41:16Z", Error, "", "7:41:16 AM 11/27/2025 ERROR sync of mailbox 4411 failed"),
			we("2025-11-27T19:41:17Z", Info, "", "7:41:17 PM 11/27/2025 INFO sync of mailbox 4412 done"),
			we("2025-11-27T21:04:11Z", Error, "", "21:04:11 27.11.2025 ERROR sync of mailbox 4413 failed"),
		},
	},
	{
		name: "weekday-that-spells-like-a-month-before-the-day",
		why:  "French %c writes Tuesday as mar. before the day and the month: the month is the one after the day",
		entries: []worldEntry{
			we("2026-11-03T14:05:06Z", Info, "", "mar. 03 nov. 2026 14:05:06 UTC INFO sauvegarde démarrée"),
			we("2026-11-03T14:05:07Z", Error, "", "mar. 03 nov. 2026 14:05:07 UTC ERROR disque plein"),
		},
	},
	{
		name: "jul-two-line-records-with-the-locales-marks-of-the-afternoon",
		why:  "java.util.logging's header in Spanish, Dutch and Portuguese writes the afternoon as p. m., p.m. and da tarde, and the level on the next line in the JDK's translation",
		entries: []worldEntry{
			we("2026-12-02T18:37:16Z", Info, "", "dic. 02, 2026 6:37:16 p. m. org.apache.catalina.startup.Catalina start", "INFORMACIÓN: Server startup in [812] milliseconds"),
			we("2026-12-02T18:37:17Z", Warn, "", "dec. 02, 2026 6:37:17 p.m. org.apache.catalina.core.StandardService stopInternal", "WARNING: Stopping service [Catalina]"),
			we("2026-12-02T18:37:18Z", Info, "", "dez. 02, 2026 6:37:18 da tarde org.apache.catalina.startup.Catalina start", "INFORMAÇÕES: Server startup in [640] milliseconds"),
			we("2026-12-02T06:37:19Z", Warn, "", "dez. 02, 2026 6:37:19 da manhã org.apache.catalina.core.StandardContext reload", "ADVERTÊNCIA: Reloading context"),
		},
	},
	{
		name: "records-inside-syslog-and-cri-do-not-teach-the-clock",
		why:  "the time inside a CEE event or a container's JSON behind CRI's stream is not the line's: its day-first date must not make the source's own slashed dates read day first",
		entries: []worldEntry{
			we("2026-11-29T12:00:01Z", Error, "host1", `<13>Nov 29 12:00:01 host1 app[123]: @cee: {"time":"13/04/2026 10:00:00","level":"error","msg":"x"}`),
			we("2026-03-04T10:00:00Z", Unknown, "", "03/04/2026 10:00:00 next line"),
			we("2026-11-29T12:00:02.123456789Z", Error, "", `2026-11-29T12:00:02.123456789Z stdout F {"time":"13/04/2026 10:00:00","level":"error","msg":"y"}`),
			we("2026-03-04T10:00:01Z", Unknown, "", "03/04/2026 10:00:01 next line"),
		},
	},
	{
		name: "label-key-of-other-json-is-no-level",
		why:  "only MySQL's capitalized labels are levels: a chart's, an issue's or a metric's label is data",
		entries: []worldEntry{
			we("2026-11-29T12:00:03Z", Unknown, "", `{"time":"2026-11-29T12:00:03Z","metric":"http_errors","label":"critical","count":2}`),
			we("2026-11-29T12:00:04Z", Unknown, "", `{"time":"2026-11-29T12:00:04Z","label":"Error rate","value":3}`),
		},
	},
	{
		name: "marks-of-the-afternoon-are-words-of-their-own",
		why:  "p.m., nachm. and da tarde count only as words of their own: glued to a host's name or closed by a comma they are the message's, and the clock keeps its time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 nachm.example.com connected"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 da tarde, says the scheduler"),
			we("2026-11-29T22:00:00Z", Unknown, "", "2026-11-29 10:00:00 p.m. nightly export started"),
		},
	},
	{
		name: "foreign-month-with-its-year-elsewhere-in-the-date",
		why:  "a month's name in a locale's language counts with its year wherever the date puts it: before the month, after a padded day, or after the clock and zone as ctime and date write it",
		entries: []worldEntry{
			we("2026-12-02T09:00:00Z", Unknown, "", "Mi Dez 02 10:00:00 CET 2026 Sicherung gestartet"),
			we("2026-12-01T09:00:01Z", Unknown, "", "mar. déc.  1 10:00:01 CET 2026 sauvegarde lancée"),
			we("2026-10-02T10:00:02Z", Unknown, "", "2026-Okt-02 10:00:02 Dienst gestartet"),
			we("2026-12-02T10:00:03Z", Unknown, "", "Dez  2 2026 10:00:03 Dienst gestoppt"),
		},
	},
	{
		name: "cri-partial-lines-are-one-record",
		why:  "the container runtime cuts a long line into pieces tagged P, the last tagged F: the pieces are one record, from the first piece's time, and the level of the line they make together",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.100000000Z", Error, "", `2026-11-29T07:41:16.100000000Z stdout P {"level":"error","msg":"a very long`, `2026-11-29T07:41:16.100000001Z stdout P  payload that the runtime cut`, `2026-11-29T07:41:16.100000002Z stdout F  into three pieces"}`),
			we("2026-11-29T07:41:17.000000000Z", Error, "", `2026-11-29T07:41:17.000000000Z stderr F {"level":"error","msg":"next line"}`),
		},
	},
	{
		name: "a-date-without-its-year-day-first",
		why:  "log4j's dd-MM, a slashed 29/11 and German's dotted 29.11. write the day first: a day past twelve shows it, and the source's later dates of the first twelve days are read the same way",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.873Z", Info, "", "INFO  29-11 07:41:15,873 - cache directory created"),
			we("2026-11-03T07:41:16.001Z", Warn, "", "WARN  03-11 07:41:16,001 - slow disk"),
		},
	},
	{
		name: "a-slashed-date-without-its-year-day-first",
		why:  "a slashed day and month without a year, the day past twelve",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "29/11 07:41:16 sync started"),
			we("2026-11-29T07:41:17Z", Unknown, "", "29/11 07:41:17 sync done"),
		},
	},
	{
		name: "a-dotted-date-without-its-year",
		why:  "German writes the day and the month with a dot after each, and no year",
		entries: []worldEntry{
			we("2026-11-05T07:41:16Z", Unknown, "", "05.11. 07:41:16 Sicherung gestartet"),
			we("2026-11-29T07:41:17Z", Unknown, "", "29.11. 07:41:17 Sicherung beendet"),
		},
	},
	{
		name: "logcat-month-first-stays",
		why:  "logcat's month and day keep their order when both are twelve or less",
		entries: []worldEntry{
			we("2026-11-10T07:41:16.811Z", Debug, "", "11-10 07:41:16.811  1702  2395 D WindowManager: freeze"),
		},
	},
	{
		name: "a-build-date-after-a-build-number-or-version-at-build",
		why:  "a banner's date after a build's number (#1 SMP, #215_18) or a version glued to its build by @ is when the program was built, not when the line was written",
		entries: []worldEntry{
			we("", Unknown, "", "ntpdate 4.2.8p15@1.3728-o Wed Sep 23 11:46:38 UTC 2026 (1)"),
		},
	},
	{
		name: "a-build-date-after-a-kernels-build-number",
		why:  "uname -a: the date after the kernel's build number and its flags is the build's",
		entries: []worldEntry{
			we("", Unknown, "", "Linux web1 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC Fri Nov 13 10:12:55 UTC 2026 x86_64 GNU/Linux"),
		},
	},
	{
		name: "a-number-after-a-hash-in-a-message-is-no-build",
		why:  "a ticket's number after the line's own time leaves that time alone",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 ticket #12 closed by ops"),
		},
	},
	{
		name: "a-time-after-what-began-or-ended-at-it",
		why:  "a line saying what started, opened, finished or was initiated at a time is written then, and the time is its own; lines after it without a time stay records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Backup log opened at 2026-11-29 07:41:16"),
			we("", Error, "", "E: could not reach the tape library"),
			we("2026-11-29T07:43:02Z", Unknown, "", "/dev/sdb1: e2fsck run finished at Sun Nov 29 07:43:02 2026"),
			we("2026-11-29T07:44:00Z", Unknown, "", "# Port scan initiated Sun Nov 29 07:44:00 2026 as: scanner -p 22 10.0.0.0/24"),
			we("2026-11-29T07:45:00Z", Unknown, "", "Alarm 4012 link down occurred at 07:45:00 11/29/2026 UTC on port 3"),
			we("2026-11-29T07:46:10Z", Unknown, "", "Alarm 4012 cleared at 2026-11-29 07:46:10"),
		},
	},
	{
		name: "a-time-in-other-sentences-stays-the-messages",
		why:  "a time after words that do not say something began or ended at it is what the message talks of (a login's, a schedule's)",
		entries: []worldEntry{
			we("", Unknown, "", "user bob logged in at 2026-11-29 07:41:16 from 10.0.0.4"),
			we("", Unknown, "", "next retry is scheduled at 2026-11-29 08:00:00"),
		},
	},
	{
		name: "a-lifecycle-sentence-inside-a-timed-record-stays-its-text",
		why:  "under a record that opens with its time, an indented sentence of what started at a time is that record's text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO job summary:", "    job 12 started at 2026-11-29 07:00:00", "    job 12 finished at 2026-11-29 07:40:00"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INFO next job"),
		},
	},
	{
		name: "exchange-camel-case-server-host-name-column",
		why:  "Exchange's protocol logs name their own server in a ServerHostName column; the message tracking log's server-hostname stays a peer",
		entries: []worldEntry{
			wskip("#Software: Microsoft Exchange Server", "#Log-type: MapiHttp Logs", "#Fields: DateTime,RequestId,UserAgent,ServerHostName,HttpStatus,ElapsedTime"),
			we("2026-11-29T07:41:16.204Z", Unknown, "MBX07", "2026-11-29T07:41:16.204Z,4f1e,Outlook/16.0,MBX07,200,31"),
			we("2026-11-29T07:41:17.911Z", Unknown, "MBX07", "2026-11-29T07:41:17.911Z,4f1f,Outlook/16.0,MBX07,500,2210"),
		},
	},
	{
		name: "exchange-tracking-server-hostname-is-a-peer",
		why:  "in the message tracking log the server-hostname column is the other end of a SEND or RECEIVE",
		entries: []worldEntry{
			wskip("#Software: Microsoft Exchange Server", "#Log-type: Message Tracking Log", "#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,event-id,recipient-address"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29T07:41:16.204Z,10.1.0.4,MBX07,10.1.0.9,EDGE01,SEND,bob@example.org"),
			we("2026-11-29T07:41:17.204Z", Unknown, "", "2026-11-29T07:41:17.204Z,10.1.0.4,MBX07,10.1.0.9,EDGE01,RECEIVE,ann@example.org"),
		},
	},
	{
		name: "a-jobs-number-before-its-time-is-no-build",
		why:  "a build's or job's number before the line's own time leaves that time alone; only a version's build number dates a build",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "build #1234 2026-11-29 07:41:16 finished"),
			we("2026-11-29T07:41:19Z", Unknown, "", "#3 2026-11-29 07:41:19 step one"),
		},
	},
	{
		name: "a-planned-or-earlier-lifecycle-time-stays-the-messages",
		why:  "a time something will start or end at, or one an earlier run ended at, is what the message talks of",
		entries: []worldEntry{
			we("", Unknown, "", "Spot instance i-0abc123 will be terminated at 2026-11-29T13:00:00Z"),
			we("", Unknown, "", "Last successful backup completed on 2026-06-01 02:00:00 (181 days ago)"),
			we("", Unknown, "", "Maintenance window ending at 2026-11-29 14:00:00 UTC"),
			we("", Unknown, "", "The scan has not yet started at 2026-11-29 12:00:00"),
		},
	},
	{
		name: "a-level-word-closing-a-slashed-tag",
		why:  "a tool's kind after a slash, closing its bracket or parenthesis, is its level once three lines spell three levels there",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 (indexer/info) opened shard 4 of 12"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 (indexer/warn) shard 5 is 91 % full"),
			we("2026-11-29T07:41:18Z", Error, "", "2026-11-29 07:41:18 (indexer/error) shard 6 failed its checksum"),
			we("2026-11-29T07:41:19Z", Debug, "", "2026-11-29 07:41:19 (indexer/debug) merge queue holds 3 segments"),
		},
	},
	{
		name: "a-level-word-closing-a-slashed-parenthesis",
		why:  "a controller's event class after its source and a slash, inside the event's parenthesis, is its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 2026 raidctl: 811 (PORT/info) - link up on port 3"),
			we("2026-11-29T07:41:17Z", Warn, "", "Nov 29 07:41:17 2026 raidctl: 812 (DISK/WARN) - disk 3 reports 12 reallocated sectors"),
			we("2026-11-29T07:41:18Z", Critical, "", "Nov 29 07:41:18 2026 raidctl: 813 (ARRAY/CRIT) - array 1 is degraded"),
		},
	},
	{
		name: "a-folder-named-as-a-level-is-no-level",
		why:  "the last part of a path in parentheses names a folder, whatever word it is",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 moved msg 41 (/srv/queue/error)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 moved msg 42 (/srv/queue/info)"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 moved msg 43 (/srv/queue/warn)"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 moved msg 44 (/srv/queue/debug)"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 wrote [./out/error] and [./out/info]"),
		},
	},
	{
		name: "a-clock-that-starts-at-zero-counts-from-the-start",
		why:  "a bare clock of 00:00:00 on a source's first line is its program's start: the clocks count time since then, no time of day",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:00.002 loader: reading /etc/widgetd.conf"),
			we("", Unknown, "", "00:00:03.118 net: listening on 0.0.0.0:7000"),
			we("", Warn, "", "00:01:12.500 [WARN] peer 10.0.0.9 went quiet"),
		},
	},
	{
		name: "a-clock-after-midnight-is-a-time-of-day",
		why:  "a log whose first bare clock is past the second of midnight keeps its times of day",
		entries: []worldEntry{
			we("2026-11-29T00:00:01Z", Unknown, "", "00:00:01 loader: nightly rotation done"),
			we("2026-11-29T00:00:00Z", Unknown, "", "00:00:00 loader: a late line with the earlier second"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 net: peer 10.0.0.9 went quiet"),
		},
	},
	{
		name: "otlp-json-batches-of-one-record",
		why:  "the OpenTelemetry Collector's file exporter writes a batch a line: the first record's time, severity and body, and the host among the resource's or the record's attributes",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Error, "app-3", `{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}},{"key":"host.name","value":{"stringValue":"app-3"}}]},"scopeLogs":[{"scope":{"name":"otelzap"},"logRecords":[{"timeUnixNano":"0","observedTimeUnixNano":"1795938079000000000","severityNumber":17,"body":{"stringValue":"payment declined"},"attributes":[{"key":"order","value":{"intValue":"42"}}]}]}]}]}`),
			we("2026-11-29T07:41:20.25Z", Debug, "app-3", `{"resourceLogs":[{"resource":{"attributes":[{"key":"host.name","value":{"stringValue":"app-3"}}]},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938080250000000","severityNumber":5,"body":{"stringValue":"cache warm"}}]}]}]}`),
			we("2026-11-29T07:41:21Z", Warn, "edge-1", `{"resourceLogs":[{"resource":{},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938081000000000","severityNumber":13,"severityText":"WARN","body":{"stringValue":"slow upstream"},"attributes":[{"key":"hostname","value":{"stringValue":"edge-1"}}]}]}]}]}`),
		},
	},
	{
		name: "a-time-inside-a-list-is-an-items",
		why:  "a key inside a list belongs to an item of the record, not to the record",
		entries: []worldEntry{
			we("", Unknown, "", `{"msg":"batch of 1","events":[{"timestamp":"2026-11-29T07:41:16Z","level":"error","host":"db-1"}]}`),
		},
	},
	{
		name: "postgres-prefix-closed-by-an-angle-bracket",
		why:  "the PGDG packages' log_line_prefix '< %m >' glues the severity to the bracket that closes the time; LOG is PostgreSQL's info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "< 2026-11-29 07:41:16.123 UTC >LOG:  checkpoint starting: time"),
			we("2026-11-29T07:41:17.5Z", Error, "", `< 2026-11-29 07:41:17.500 UTC >ERROR:  column "qty" does not exist at character 8`),
		},
	},
	{
		name: "postgres-session-pairs-in-syslog",
		why:  "the log_line_prefix pgBadger asks for puts the session's pairs between the line number and the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "pg-2", "Nov 29 07:41:16 pg-2 postgres[2211]: [12-1] user=shop,db=orders,app=psql,client=10.1.0.7 ERROR:  deadlock detected"),
			we("2026-11-29T07:41:17Z", Info, "pg-2", "Nov 29 07:41:17 pg-2 postgres[2212]: [13-1] user=,db=,app=,client= LOG:  autovacuum: found orphan temp table"),
			we("2026-11-29T07:41:18Z", Critical, "pg-2", "Nov 29 07:41:18 pg-2 postgres[2213]: [14-1] user=shop,db=orders,app=[unknown],client=10.1.0.8 FATAL:  password authentication failed for user \"shop\""),
		},
	},
	{
		name: "mongodb-text-log-debug-verbosity",
		why:  "MongoDB's text log writes D1 to D5 where its other lines have I, W, E or F",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.012Z", Debug, "", "2026-11-29T07:41:16.012+0000 D2 QUERY    [conn7] Using idhack: { _id: 4 }"),
			we("2026-11-29T07:41:16.5Z", Info, "", "2026-11-29T07:41:16.500+0000 I NETWORK  [listener] connection accepted from 10.0.0.8:40112"),
		},
	},
	{
		name: "a-level-after-a-word-behind-ctime-is-prose",
		why:  "a program that stamps its lines with ctime and the year writes no host: the word before a level's colon is its text (OpenVPN's)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 TLS Error: incoming packet authentication failed from [AF_INET]10.0.0.9:1194"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Sun Nov 29 07:41:18 2026 VERIFY ERROR: depth=1, error=unable to get local issuer certificate"),
		},
	},
	{
		name: "chained-host-names-keep-the-senders",
		why:  "syslog-ng's chain_hostnames writes the name the sender gave itself, then the one the server resolved",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app-4", "Nov 29 07:41:16 app-4/10.2.0.14 cron[811]: (root) CMD (run-parts /etc/cron.hourly)"),
		},
	},
	{
		name: "a-vpn-client-and-its-address-is-no-host",
		why:  "OpenVPN's server log names a client and its address with a port: the client is no host of the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 laptop-07/203.0.113.5:51234 MULTI: Learn: 10.8.0.6 -> laptop-07/203.0.113.5:51234"),
		},
	},
	{
		name: "android-studio-package-is-no-host",
		why:  "Android Studio's old logcat copy puts pid-tid/package before the level letter: the app, no machine",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "11-29 07:41:16.204 4120-4188/org.example.notes W/SyncWorker: retrying in 30s"),
		},
	},
	{
		name: "apple-syslog-style-type-after-the-sender",
		why:  "log show --style syslog writes the sender in parentheses, then the message type in angle brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Critical, "mbp", "2026-11-29 07:41:16.204118+0000  mbp coreaudiod[211]: (CoreAudio) <Fault> HALS_IOContext: overload"),
			we("2026-11-29T07:41:17.204118Z", Error, "mbp", "2026-11-29 07:41:17.204118+0000  mbp coreaudiod[211]: (CoreAudio) <Error> device went away"),
		},
	},
	{
		name: "unifi-device-names-itself-with-mac-and-firmware",
		why:  "UniFi devices write model, MAC and firmware, comma-joined, where the host goes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "U6-Lite", "Nov 29 07:41:16 U6-Lite,245a4cabcdef,v6.6.55.15189: kernel: [ 1412.204118] wlan0: disassociated"),
		},
	},
	{
		name: "cisco-uptime-is-no-time-of-day",
		why:  "with service timestamps log uptime, IOS writes the time since boot before its message id",
		entries: []worldEntry{
			we("", Error, "", "01:12:07: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up"),
			we("", Critical, "", "*01:12:09.884: %SYS-2-MALLOCFAIL: Memory allocation of 65536 bytes failed"),
		},
	},
	{
		name: "cups-x-is-emergency",
		why:  "CUPS' error_log letter X is its emergency level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Emergency, "", "X [29/Nov/2026:07:41:16 +0000] Unable to allocate memory for job 41"),
		},
	},
	{
		name: "kibana-tags-over-an-exceptions-name",
		why:  "Kibana names the level among its tags; a message that opens with an exception's name (Error:) is text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "", `{"type":"log","@timestamp":"2026-11-29T07:41:16Z","tags":["fatal","root"],"pid":7,"message":"Error: listen EADDRINUSE: address already in use 0.0.0.0:5601"}`),
		},
	},
	{
		name: "mysql-json-system-label",
		why:  "MySQL's JSON error log labels its start and stop lines System, which its text log writes [System]",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1Z", Notice, "", `{ "prio" : 0, "err_code" : 10931, "msg" : "/usr/sbin/mysqld: ready for connections.", "time" : "2026-11-29T07:41:16.100000Z", "label" : "System", "subsystem" : "Server" }`),
		},
	},
	{
		name: "netscaler-name-before-its-packet-engine",
		why:  "Citrix ADC writes its own name after the time and zone, before the packet engine",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "adc-a", "<134> 11/29/2026:07:41:16 GMT adc-a 0-PPE-1 : default TCP CONN_DELINK 4120 0 :  Source 10.0.0.5:51234 - Destination 10.1.0.9:443"),
		},
	},
	{
		name: "apache-long-module-name",
		why:  "Apache's module names run past twenty letters with the level: [access_compat:error], [lbmethod_heartbeat:notice]",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Error, "", "[Sun Nov 29 07:41:16.204512 2026] [access_compat:error] [pid 4120:tid 139872] [client 203.0.113.7:51234] AH01797: client denied by server configuration: /srv/www/favicon.ico"),
			we("2026-11-29T07:41:17.1Z", Warn, "", "[Sun Nov 29 07:41:17.100000 2026] [proxy_balancer:warn] [pid 4120:tid 139873] AH01185: worker http://10.0.0.9:8080 in error state"),
			we("2026-11-29T07:41:18Z", Notice, "", "[Sun Nov 29 07:41:18.000000 2026] [lbmethod_heartbeat:notice] [pid 4121:tid 139874] AH02282: No slotmem from mod_heartmonitor"),
		},
	},
	{
		name: "docker-timestamps-before-plain-text",
		why:  "docker logs --timestamps writes Go's RFC3339Nano before the program's own text, which names no host and no tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.261353343Z", Unknown, "", "2026-11-29T07:41:16.261353343Z Running from: /opt/ledger/ledger-server.war"),
			we("2026-11-29T07:41:16.406778058Z", Unknown, "", "2026-11-29T07:41:16.406778058Z Application environment: staging"),
			we("2026-11-29T07:41:16.511203946Z", Unknown, "", "2026-11-29T07:41:16.511203946Z cachedir: resolved from LEDGER_CACHE"),
		},
	},
	{
		name: "android-studio-logcat-capitals-in-package",
		why:  "Android Studio's Logcat shows an application id with capitals, and cuts a long one with dots in its middle, before the priority letter",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.196Z", Error, "", "2026-11-29 07:41:16.196 15881-15881 AndroidRuntime          org...example.ledger.debug  E  FATAL EXCEPTION: main"),
			we("2026-11-29T07:41:16.197Z", Debug, "", "2026-11-29 07:41:16.197 15881-15902 OpenGLRenderer          org.example.ledger.MainApp           D  Davey! duration=812ms"),
			we("2026-11-29T07:41:16.45Z", Warn, "", "2026-11-29 07:41:16.450  2210-2210  Unity                   com.DefaultCompany.Shooter           W  Shader Unsupported: 'Hidden/Blit' - All subshaders removed"),
		},
	},
	{
		name: "suricata-log-day-first",
		why:  "Suricata's own suricata.log writes its date day first (%d/%m/%Y -- %H:%M:%S), unpadded",
		entries: []worldEntry{
			we("2026-10-03T15:02:31Z", Notice, "", "[4120] 3/10/2026 -- 15:02:31 - (suricata.c:1101) <Notice> (LogVersion) -- This is Suricata version 6.0.15 RELEASE"),
			we("2026-04-05T08:18:43Z", Notice, "", "[41207] 5/4/2026 -- 08:18:43 [Suricata-Main:suricata] - (suricata.c:2880) <Notice> (LogVersion) -- Suricata version 7.0.7 RELEASE running in USER mode"),
			we("2026-11-29T07:41:16Z", Warn, "", "[41207] 29/11/2026 -- 07:41:16 [W#02-ens3:suricata] - (source-af-packet.c:1812) <Warning> (AFPReadFromRing) -- [ERRCODE: SC_ERR_AFP_READ(191)] - AF_PACKET read failed"),
		},
	},
	{
		name: "iso-host-tag-with-pid-and-no-colon",
		why:  "after a zoned ISO time and a host, Junos and some relays' templates write the program and its pid with no colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.714Z", Unknown, "access-sw1", "2026-11-29T07:41:16.714Z access-sw1 dot1xd[1877] AUTHD_SESSION_START 802.1X user desk-412 authenticated on ge-0/0/12.0"),
			we("2026-11-29T07:41:17Z", Unknown, "192.0.2.211", "2026-11-29T07:41:17+00:00 192.0.2.211 startup.sh[4252] worker pool ready"),
		},
	},
	{
		name: "iso-host-routeros-topics",
		why:  "RouterOS's topics after its address name the severity, as rsyslog's ISO template stores them",
		entries: []worldEntry{
			we("2026-11-30T03:19:44.166891Z", Info, "192.0.2.1", "2026-11-29T22:19:44.166891-05:00 192.0.2.1 firewall,info wan-drop forward: in:ether1 out:bridge, connection-state:invalid proto TCP (ACK), 198.51.100.74:8443->203.0.113.22:50112, len 52"),
			we("2026-11-30T03:19:45Z", Error, "192.0.2.1", "2026-11-29T22:19:45-05:00 192.0.2.1 system,error,account login failure for user backup from 198.51.100.9 via winbox"),
		},
	},
	{
		name: "rfc5424-stored-without-pri",
		why:  "a relay or an export that keeps RFC 5424's header without its PRI: the version, the time, the host, and structured data after the ids",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mgmt-log2", "1 2026-11-29T07:41:16Z mgmt-log2 CheckPoint 4120 - [action:\"Drop\"; ifdir:\"outbound\"; origin:\"10.0.0.1\"; src:\"10.0.0.5\"; service:\"443\"]"),
			we("2026-11-29T07:41:17.123Z", Unknown, "web01", "1 2026-11-29T07:41:17.123Z web01 shopd 4120 ORDER [meta seq=\"1\"] order 42 paid"),
		},
	},
	{
		name: "short-monotonic-plain-host",
		why:  "journalctl -o short-monotonic names a host that is a plain word before a tag with its pid, or the kernel's",
		entries: []worldEntry{
			we("", Unknown, "archlinux", "[    1.241863] archlinux systemd[1]: Reached target System Initialization."),
			we("", Unknown, "myhost", "[    2.004112] myhost kernel: e1000e 0000:00:1f.6 eth0: NIC Link is Up 1000 Mbps Full Duplex"),
		},
	},
	{
		name: "severity-in-capitals-before-tag",
		why:  "SONiC's syslog template writes the severity in capitals between the host and the tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.562842Z", Info, "sonic-sw1", "Nov 29 07:41:16.562842 sonic-sw1 INFO supervisord: syncd started"),
			we("2026-11-29T07:41:17.001Z", Notice, "sonic-sw1", "Nov 29 07:41:17.001000 sonic-sw1 NOTICE swss#orchagent: :- doTask: port Ethernet0 admin up"),
		},
	},
	{
		name: "cisco-zone-in-lower-case",
		why:  "IOS writes the zone as clock timezone named it, in lower case too, before the message id's colon",
		entries: []worldEntry{
			we("2026-10-06T03:32:04.114Z", Info, "", "004711: *Oct  6 03:32:04.114 gmt: %SEC-6-IPACCESSLOGP: list edge_in denied udp 198.51.100.23(5353) -> 192.0.2.10(161), 3 packets"),
			we("2026-10-06T08:32:05.114Z", Info, "", "004712: *Oct  6 03:32:05.114 est: %SEC-6-IPACCESSLOGP: list edge_in denied udp 198.51.100.23(5354) -> 192.0.2.10(161), 1 packet"),
		},
	},
	{
		name: "error-phrase-is-no-level",
		why:  "a phrase that names an error (Django's 'Internal Server Error:', Go's 'write error:') is text, not a level the line writes",
		entries: []worldEntry{
			we("", Unknown, "", "Internal Server Error: /orders/4120/refund/"),
			we("", Unknown, "", "Bad Gateway Error: upstream closed the connection"),
			we("2026-11-29T07:41:16.975558115Z", Unknown, "", "2026-11-29 15:41:16.975558115 +0800 CST m=+1204.118302511 write error: cannot rotate /var/lib/ledger/audit.log: read-only file system"),
		},
	},
	{
		name: "logback-status-messages",
		why:  "logback prints its own status with the level after '|-' and before 'in'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.497Z", Info, "", "07:41:16,497 |-INFO in ch.qos.logback.classic.LoggerContext[default] - Could NOT find resource [logback-test.xml]"),
			we("2026-11-29T07:41:16.498Z", Warn, "", "07:41:16,498 |-WARN in ch.qos.logback.classic.LoggerContext[default] - Resource [logback.xml] occurs multiple times on the classpath."),
			we("2026-11-29T07:41:16.51Z", Error, "", "07:41:16,510 |-ERROR in ch.qos.logback.core.rolling.RollingFileAppender[FILE] - openFile(/srv/app/app.log,true) call failed."),
		},
	},
	{
		name: "pairs-cut-inside-a-quote",
		why:  "a record of pairs cut inside its last quoted value (a relay's 1024-byte limit) keeps the time, level and host its whole pairs hold",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "fw01", `date=2026-11-29 time=07:41:16 devname="fw01" devid="FG100E4Q16000001" eventtime=1795938076204118312 tz="+0000" logid="1059028704" type="utm" subtype="app-ctrl" eventtype="signature" level="notice" vd="root" appid=15832 srcip=10.0.1.25 srcport=51234 srcintf="internal" srcintfrole="lan" dstip=198.51.100.20 dstport=443 dstintf="wan1" dstintfrole="wan" proto=6 service="HTTPS" direction="outgoing" policyid=12 sessionid=4120377 applist="default" action="pass" appcat="Network.Service" app="SSL" incidentserialno=412077 msg="applications3: SSL.Anonymous`),
			we("2026-11-29T07:41:17Z", Info, "", `device="SFW" date=2026-11-29 time=07:41:17 timezone="GMT" device_name="XG86" device_id=C22345ABCD-XYZ log_id=062910617701 log_type="Wireless Protection" log_component="Wireless Protection" log_subtype="Information" priority=Information ap=P12345CV678VQDD ap_name="lobby-east" radio="5GHz" channel=36 client_mac=3c:22:fb:41:20:77 client_ip=10.0.40.77 user_name="anna" status="Connected" reason="" vlan_id=40 band_steering=1 signal=-61 noise=-95 tx_rate=866 rx_rate=780 ssid="WiFi_WPA_Enterprise clients_conn_SSID=0`),
		},
	},
	{
		name: "bind-debug-depth-past-the-learned-place",
		why:  "BIND's category and debug level with its depth, on every line of a channel with print-category and print-severity: the level's learned place reads it as the first lines did",
		entries: []worldEntry{
			we("2026-12-03T08:20:57.347Z", Debug, "", "03-Dec-2026 08:20:57.347 general: debug 1: exclusive task mode: ended"),
			we("2026-12-03T08:20:57.347Z", Debug, "", "03-Dec-2026 08:20:57.347 general: debug 1: load_configuration: success"),
			we("2026-12-03T08:20:57.347Z", Debug, "", "03-Dec-2026 08:20:57.347 general: debug 1: exclusive task mode: starting"),
			we("2026-12-03T08:20:57.347Z", Debug, "", "03-Dec-2026 08:20:57.347 general: debug 1: exclusive task mode: started"),
			we("2026-12-03T08:20:57.348Z", Info, "", "03-Dec-2026 08:20:57.348 zoneload: info: managed-keys-zone: loaded serial 0"),
			we("2026-12-03T08:20:57.348Z", Debug, "", "03-Dec-2026 08:20:57.348 zoneload: debug 2: zone example.test/IN: number of nodes in database: 0"),
		},
	},
	{
		name: "unreal-frame-counter-padded-or-not",
		why:  "Unreal Engine pads its frame counter in brackets to three ('[  0]', '[ 12]', '[102]'): the level's learned place counts the same column whatever the padding",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026.11.29-07.41.16:204][  0]LogInit: Build: ++UE5+Release-5.3-CL-29314046"),
			we("2026-11-29T07:41:17.044Z", Info, "", "[2026.11.29-07.41.17:044][ 12]LogWorld: Display: Bringing World /Game/Maps/Town10 up for play"),
			we("2026-11-29T07:41:18.077Z", Warn, "", "[2026.11.29-07.41.18:077][ 51]LogNet: Warning: Travel Failure: [ClientTravelFailure]"),
			we("2026-11-29T07:41:18.5Z", Warn, "", "[2026.11.29-07.41.18:500][ 52]LogNet: Warning: Network Failure: GameNetDriver[ConnectionTimeout]"),
			we("2026-11-29T07:41:18.9Z", Info, "", "[2026.11.29-07.41.18:900][ 60]LogWorld: Display: Level streaming done"),
			we("2026-11-29T07:41:19.402Z", Error, "", "[2026.11.29-07.41.19:402][102]LogSpawn: Error: Failed to spawn actor: collision at spawn position"),
		},
	},
	{
		name: "iso-header-relayed-and-doubled-hosts",
		why:  "rsyslog's file format before a relayed RFC 5424 record, or before a host written twice by logger --hostname, still names the host; BIND's zone and class are no host and tag",
		entries: []worldEntry{
			we("2026-12-03T08:15:33.359165Z", Unknown, "vm", `2026-12-03T08:15:33.359165+00:00 vm 1 2026-12-03T08:15:33.359007+00:00 vm app5424 - - [timeQuality tzKnown="1" isSynced="0"][meta@32473 k="v"] rfc5424 via logger with sd`),
			we("2026-12-03T08:15:33.373857Z", Unknown, "vm", "2026-12-03T08:15:33.373857+00:00 vm vm app3164: rfc3164 via logger"),
			we("2026-12-03T08:20:57.351Z", Unknown, "", "2026-12-03T08:20:57.351Z zone example.test/IN: loaded serial 1"),
		},
	},
	{
		name: "http-date-headers-under-a-debug-record",
		why:  "nginx's debug log dumps a response's headers under its record: their Date: and Last-Modified: lines are the headers', not records",
		entries: []worldEntry{
			we("2026-12-03T08:16:18Z", Debug, "", "2026/12/03 08:16:18 [debug] 25786#25786: *1 HTTP/1.1 200 OK", "Server: nginx/1.22.1", "Date: Thu, 03 Dec 2026 08:16:18 GMT", "Content-Type: text/html", "Last-Modified: Thu, 03 Dec 2026 08:16:17 GMT", "ETag: \"6b112551-3\""),
			we("2026-12-03T08:16:18Z", Debug, "", "2026/12/03 08:16:18 [debug] 25786#25786: *1 http write filter: l:0 f:0 s:234"),
		},
	},
	{
		name: "openvpn-microseconds",
		why:  "OpenVPN writes the microseconds after its time from verbosity 4 on, as us=",
		entries: []worldEntry{
			we("2026-12-03T08:26:56.730853Z", Unknown, "", "2026-12-03 08:26:56 us=730853 OpenVPN 2.6.14 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]"),
			we("2026-12-03T08:26:56.731002Z", Unknown, "", "2026-12-03 08:26:56 us=731002 library versions: OpenSSL 3.0.17 1 Jul 2025, LZO 2.10"),
			we("2026-12-03T08:26:57.000412Z", Unknown, "", "2026-12-03 08:26:57 us=000412 TUN/TAP device tun0 opened"),
		},
	},
	{
		name: "cisco-uptime-record-after-a-timed-one",
		why:  "a Cisco record stamped with its uptime, behind its sequence number, is a record of its own after one stamped with the date",
		entries: []worldEntry{
			we("2026-12-28T22:35:12Z|2025-12-28T22:35:12Z", Error, "", "2464: 006077: Dec 28 22:35:12: %LINK-3-UPDOWN: Interface FastEthernet0/33, changed state to up"),
			we("", Error, "", "18312: 5w4d: %LINK-3-UPDOWN: Interface FastEthernet0/12, changed state to down"),
			we("", Notice, "", "18313: 5w4d: %LINEPROTO-5-UPDOWN: Line protocol on Interface FastEthernet0/12, changed state to down"),
		},
	},
	{
		name: "postgres-annex-behind-a-long-prefix",
		why:  "PostgreSQL's DETAIL and STATEMENT lines join their message behind a prefix of five columns ('%t [%p]: [%c-%l] %u@%d,app=%a [%e] ')",
		entries: []worldEntry{
			we("2026-11-29T07:35:04Z", Critical, "", `2026-11-29 07:35:04 UTC [440]: [674a1c2e.1b8-2] postgres@postgres,app=[unknown] [28P01] FATAL:  password authentication failed for user "postgres"`, `2026-11-29 07:35:04 UTC [440]: [674a1c2e.1b8-3] postgres@postgres,app=[unknown] [28P01] DETAIL:  Password does not match for user "postgres".`),
			we("2026-11-29T07:35:05Z", Error, "", `2026-11-29 07:35:05 UTC [441]: [674a1c2f.1b9-1] app@shop,app=psql [42P01] ERROR:  relation "orders2" does not exist at character 15`, `2026-11-29 07:35:05 UTC [441]: [674a1c2f.1b9-2] app@shop,app=psql [42P01] STATEMENT:  select * from orders2;`),
		},
	},
	{
		name: "unity-frames-under-a-message",
		why:  "Unity writes its stack trace's frames unindented under a message, then the file and line in parentheses",
		entries: []worldEntry{
			we("", Unknown, "", "NullReferenceException: Object reference not set to an instance of an object", "Shop.Cart.CartView.Refresh () (at Assets/Scripts/CartView.cs:41)", "Shop.Cart.CartView.LateUpdate () (at Assets/Scripts/CartView.cs:12)"),
			we("", Unknown, "", "Payment gateway timed out after 30 s", "UnityEngine.Debug:LogWarning (object)", "Shop.Payments:Charge (int) (at Assets/Scripts/Payments.cs:88)", "(Filename: Assets/Scripts/Payments.cs Line: 88)"),
		},
	},
	{
		name: "vmware-hostd-bracket-level",
		why:  "ESX 3.x and 4.0's hostd, vpxa and Converter close their bracket with the level, after the component in quotes and the thread; trivia is their trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.857Z", Trace, "", "[2026-11-29 07:41:16.857 'SOAP' 2260 trivia] Received soap response from [TCP:vc01.example.org:443]: GetInterfaceVersion"),
			we("2026-11-29T07:41:16.859Z", Info, "", "[2026-11-29 07:41:16.859 'ClientConnection' 2260 info] UFAD interface version is vmware-converter-4.0.0"),
			we("2026-11-29T07:41:17.201Z", Error, "", "[2026-11-29 07:41:17.201 'vm:/vmfs/volumes/4a1/web01/web01.vmx' 3076444048 error] Invalid transition requested (VM_STATE_ON -> VM_STATE_ON): Invalid state"),
		},
	},
	{
		name: "samba-indented-json-body",
		why:  "Samba's audit under its header: the indented human-readable line, then the event as indented JSON, one record",
		entries: []worldEntry{
			we("2026-12-03T08:27:58.840589Z", Notice, "", "[2026/12/03 08:27:58.840589,  2] ../../auth/auth_log.c:647(log_authentication_event_human_readable)", "  Auth: [SMB2,(null)] user [WORKGROUP]\\[root] at [Thu, 03 Dec 2026 08:27:58.840547 UTC] with [No-Password] status [NT_STATUS_NO_SUCH_USER] workstation [WS041] remote host [ipv4:10.0.0.5:51234] mapped to [WORKGROUP]\\[root]. local host [ipv4:10.0.0.2:445]", `  {"timestamp": "2026-12-03T08:27:58.840756+0000", "type": "Authentication", "Authentication": {"version": {"major": 1, "minor": 2}, "eventId": 4625, "status": "NT_STATUS_NO_SUCH_USER"}}`),
			we("2026-12-03T08:28:01.002Z", Error, "", "[2026/12/03 08:28:01.002000,  0] ../../source3/smbd/server.c:1741(main)", "  smbd version 4.17.12-Debian started."),
		},
	},
	{
		name: "dbt-padded-lowercase-level",
		why:  "dbt pads its level in lower case to five inside brackets: [info ], [warn ], [error], [debug]",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "07:41:16.123456 [info ] [MainThread]: Running with dbt=1.8.7"),
			we("2026-11-29T07:41:17.5Z", Warn, "", "07:41:17.500000 [warn ] [MainThread]: [WARNING]: Configuration paths exist in your dbt_project.yml file which do not apply to any resources."),
		},
	},
	{
		name: "asa-device-id-without-timestamps",
		why:  "an ASA with logging device-id and no timestamps names itself, by name or address, between its PRI and its message id",
		entries: []worldEntry{
			we("", Info, "10.255.255.1", "<166>10.255.255.1 %ASA-6-302015: Built outbound UDP connection 77120 for outside:203.0.113.53/53 (203.0.113.53/53) to inside:10.1.0.9/40412 (10.1.0.9/40412)"),
			we("", Warn, "fw-edge1", "<164>fw-edge1 %ASA-4-106023: Deny tcp src outside:198.51.100.7/40412 dst inside:10.1.0.9/22 by access-group \"outside_in\" [0x0, 0x0]"),
		},
	},
	{
		name: "watchguard-name-before-its-time",
		why:  "WatchGuard's Firebox writes its name, then its time in parentheses, then the process's tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fw-hq", `fw-hq (2026-11-29T07:41:16) firewall: msg_id="3000-0151" Allow 1-Trusted 0-External udp 10.0.1.5 203.0.113.53 40412 53 msg="DNS query" (Outgoing-proxy-00)`),
			we("2026-11-29T07:41:17Z", Unknown, "fw-hq", `fw-hq (2026-11-29T07:41:17) firewall: msg_id="3000-0148" Deny 0-External Firebox 40 tcp 20 116 198.51.100.7 203.0.113.2 40412 22 offset 5 S 412 win 1024  (Unhandled External Packet-00)`),
		},
	},
	{
		name: "coloured-header-keeps-its-continuation",
		why:  "a record whose header a terminal colour opens (log4js' default layout) keeps the plain lines of its message under it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.911Z", Info, "", "\x1b[32m[2026-11-29T07:41:16.911] [INFO] default - \x1b[39mfirst line of message", "second line: details here", "third line end"),
			we("2026-11-29T07:41:17.002Z", Error, "", "\x1b[91m[2026-11-29T07:41:17.002] [ERROR] default - \x1b[39mrequest failed Error: connection refused: db.example.org:5432", "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"),
		},
	},
	{
		name: "logstash-event-fields-level",
		why:  "the old Logstash event format (winston's logstash) keeps the level among @fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.936Z", Info, "", `{"@fields":{"level":"info","reqId":42,"user":"alice"},"@message":"user signed in","@timestamp":"2026-11-29T07:41:16.936Z"}`),
			we("2026-11-29T07:41:17.1Z", Error, "", `{"@fields":{"level":"error","reqId":43},"@message":"payment declined","@timestamp":"2026-11-29T07:41:17.100Z"}`),
		},
	},
	{
		name: "npm-verb-and-sill",
		why:  "npm's log shows its verbose and silly levels as verb and sill",
		entries: []worldEntry{
			we("", Debug, "", "npm verb cli /usr/bin/node /usr/bin/npm"),
			we("", Trace, "", "npm sill fetch manifest react@^18.3.1"),
			we("", Error, "", "npm ERR! code E404"),
		},
	},
	{
		name: "django-request-logger-between-server-lines",
		why:  "Django's runserver: the request logger's untimed 'Not Found: /path' and 'Internal Server Error: /path' (with its traceback) are records of their own between the server's timed request lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[29/Nov/2026 07:41:16] "GET /api/items HTTP/1.1" 200 5`),
			we("", Unknown, "", "Not Found: /missing"),
			we("2026-11-29T07:41:16Z", Unknown, "", `[29/Nov/2026 07:41:16] "GET /missing HTTP/1.1" 404 2516`),
			we("", Unknown, "", "Internal Server Error: /boom", "Traceback (most recent call last):", `  File "/srv/shop/views.py", line 12, in boom`, "    raise RuntimeError(\"boom\")", "RuntimeError: boom"),
			we("2026-11-29T07:41:17Z", Unknown, "", `[29/Nov/2026 07:41:17] "GET /boom HTTP/1.1" 500 63041`),
		},
	},
	{
		name: "python-warning-under-a-timed-record",
		why:  "Python's warnings module writes its file, line and category on stderr among a logger's timed records: a warning of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16,204 - root - WARNING - root logger message"),
			we("", Warn, "", "/srv/app/std.py:25: UserWarning: this API is going away", "  warnings.warn(\"this API is going away\")"),
			we("2026-11-29T07:41:16.31Z", Error, "", "2026-11-29 07:41:16,310 - app.db - ERROR - query failed"),
		},
	},
	{
		name: "review-no-zone-no-micros-php-parse",
		why:  "a word in lower case after a clock is a program's, not a zone, unless a Cisco message id follows; us= is OpenVPN's microseconds only with its six digits; PHP's Parse error is its error type",
		entries: []worldEntry{
			we("2026-12-03T08:00:06.123Z", Unknown, "", "2026-12-03 08:00:06,123 cat: /etc/app.conf: No such file or directory"),
			we("2026-12-03T08:00:07Z", Unknown, "", "2026-12-03 08:00:07 us=12 sy=3 id=85 wa=0"),
			we("2026-12-03T08:00:08Z", Error, "", "[03-Dec-2026 08:00:08 UTC] PHP Parse error:  syntax error, unexpected token \"}\" in /var/www/index.php on line 12"),
		},
	},
	{
		name: "learned-place-keeps-message-words-out",
		why:  "past the level's learned place, a plain word of the message is no level, in capitals or not, where the line's columns have none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.737Z", Info, "", "web01 2026-11-29 07:41:16.737 5185 6874 INFO request 0 done"),
			we("2026-11-29T07:41:17.96Z", Info, "", "web01 2026-11-29 07:41:17.960 8628 5080 INFO request 1 done"),
			we("2026-11-29T07:41:18.26Z", Debug, "", "web01 2026-11-29 07:41:18.260 2854 7091 DEBUG request 2 done"),
			we("2026-11-29T07:41:18.9Z", Warn, "", "web01 2026-11-29 07:41:18.900 2854 7091 WARN request 3 slow"),
			we("2026-11-29T07:41:19.989Z", Unknown, "", "web01 2026-11-29 07:41:19.989 Error budget at 40 percent"),
			we("2026-11-29T07:41:20.192Z", Unknown, "", "web01 2026-11-29 07:41:20.192 got INFO from upstream for order 3"),
			we("2026-11-29T07:41:21.113Z", Error, "", "web01 2026-11-29 07:41:21.113 4550 7687 ERROR request 5 failed"),
		},
	},
	{
		name: "review-joins-stay-where-they-belong",
		why:  "what the session's joins must leave alone: a record's own Date: line, an error list naming paths, a frame's shape in prose, an indented JSON record after a stack",
		entries: []worldEntry{
			we("2026-12-03T08:00:00Z", Info, "", "2026-12-03 08:00:00 INFO monitor starting"),
			we("2026-12-03T08:00:01Z", Unknown, "", "Date: 2026-12-03 08:00:01 status=ok load=0.1"),
			we("2026-12-03T08:00:02Z", Error, "", "2026/12/03 08:00:02 ERROR fetch failed for 2 urls:", "Not Found: /a.png", "Gone: /c.png"),
			we("2026-12-03T08:00:03Z", Error, "", "2026-12-03T08:00:03Z ERROR boom", "    at foo (x.js:1:1)"),
			we("2026-12-03T08:00:05Z", Info, "", `  {"level":"info","time":"2026-12-03T08:00:05Z","msg":"next record"}`),
		},
	},
	{
		name: "review-no-host-from-prose",
		why:  "what the session's host rules must leave alone: a job and its number after an ISO time, a word before a time in parentheses, a line counter before an ISO time; a collector's nine-digit time before a host and a program with its pid keeps them",
		entries: []worldEntry{
			we("2026-12-03T08:00:00.682Z", Unknown, "", "2026-12-03T08:00:00.682Z scheduler job[98] finished step 0 in 2s"),
			we("2026-12-03T08:00:01Z", Unknown, "", "Backup (2026-12-03T08:00:01) rsync: finished 12 files"),
			we("2026-12-03T08:00:02Z", Unknown, "", "1 2026-12-03T08:00:02Z job build step - [ok] compiled"),
			we("2026-12-03T08:00:03.123456789Z", Unknown, "myhost-1", "2026-12-03T08:00:03.123456789Z myhost-1 sshd[123]: Accepted publickey for bob"),
		},
	},
	{
		name: "logfmt-value-over-lines-stays-one-record",
		why:  "a logfmt value in quotes that goes on over the next lines (a SQL statement, a panic) keeps them in its record",
		entries: []worldEntry{
			we("2026-12-03T08:00:00Z", Error, "", `time=2026-12-03T08:00:00Z level=error a=1 b=2 msg="query failed:`, "SELECT * FROM orders", `WHERE id = 4" caller=db.go:12`),
			we("2026-12-03T08:00:01Z", Info, "", `time=2026-12-03T08:00:01Z level=info a=1 b=2 msg="complete"`),
		},
	},
	{
		name: "go-runtime-dump-after-timed-records",
		why:  "the stacks a signal makes a Go program write (SIGQUIT: quit, SIGABRT: abort) are a record of their own after its timed lines, as a panic is, unless they follow its fatal record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.507824Z", Info, "", "[1790] 2026/11/29 07:41:16.507824 [INF] Reloaded server configuration"),
			we("", Unknown, "", "SIGQUIT: quit", "PC=0x47b2a1 m=0 sigcode=0", "", "goroutine 0 gp=0x9a1c40 m=0 mp=0x9a2b60 [idle]:", "runtime.futex(0x9a2ca0, 0x80, 0x0, 0x0, 0x0, 0x0)", "\t/usr/local/go/src/runtime/sys_linux_amd64.s:557 +0x21 fp=0x7ffc1a2b3c40 sp=0x7ffc1a2b3c38 pc=0x47b2a1"),
			we("2026-11-29T07:41:17.1Z", Info, "", "[1790] 2026/11/29 07:41:17.100000 [INF] Starting nats-server"),
		},
	},
	{
		name: "clock-after-a-bracketed-lower-case-level",
		why:  "a time of day after a level in brackets in lower case, a blank or a tab between them, is the record's (croc's '[debug]<TAB>09:53:51 tcp.go:168: …')",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[info]\t2026/11/29 07:41:16 starting relay version v10.2.1"),
			we("2026-11-29T07:41:18Z", Debug, "", "[debug]\t07:41:18 tcp.go:168: client 10.0.0.5:38360 connected"),
			we("2026-11-29T07:41:19Z", Debug, "", "[debug] 07:41:19 tcp.go:170: client 10.0.0.5:38360 closed"),
		},
	},
	{
		name: "openvpn-client-address-first",
		why:  "OpenVPN's ctime and year, then a client's address and port and a word with a colon, as a file's first line: no host (the address is the peer's)",
		entries: []worldEntry{
			we("2026-11-28T21:04:11Z", Unknown, "", "Sat Nov 28 21:04:11 2026 10.44.2.9:51877 TLS: Initial packet from [AF_INET]10.44.2.9:51877, sid=0c1d2e3f 4a5b6c7d"),
			we("2026-11-28T21:04:12Z", Unknown, "", "Sat Nov 28 21:04:12 2026 10.44.2.9:51877 VERIFY OK: depth=0, CN=desk-17"),
		},
	},
	{
		name: "junos-flow-trace-first",
		why:  "Junos' flow trace, a BSD time and then the trace's own clock glued to its fields, as a file's first line: the clock is no host",
		entries: []worldEntry{
			we("2026-11-28T23:10:05Z", Unknown, "", "Nov 28 23:10:05 23:10:05.207114:CID-0:RT:---- flow_process_pkt: (thd 2): flow_ctxt type 13, common flag 0x0"),
			we("2026-11-28T23:10:05Z", Unknown, "", "Nov 28 23:10:05 23:10:05.207130:CID-0:RT: ge-0/0/3.0:172.16.4.2/40211->172.16.9.8/22, tcp, flag 2 syn"),
		},
	},
	{
		name: "thread-name-with-blanks-after-learned-place",
		why:  "a Java layout's thread in brackets with blanks in its name, after lines whose threads have none: the level after it is at the learned place",
		entries: []worldEntry{
			we("2026-11-29T06:02:11.014Z", Info, "", "Nov-29 06:02:11.014 [main] INFO  org.example.batch.Runner - job 88 accepted"),
			we("2026-11-29T06:02:11.120Z", Debug, "", "Nov-29 06:02:11.120 [main] DEBUG org.example.batch.Runner - reading manifest"),
			we("2026-11-29T06:02:11.231Z", Info, "", "Nov-29 06:02:11.231 [main] INFO  org.example.batch.Queue - 14 items queued"),
			we("2026-11-29T06:02:12.004Z", Warn, "", "Nov-29 06:02:12.004 [Queue drainer] WARN  org.example.batch.Queue - item 3 retried"),
			we("2026-11-29T06:02:12.310Z", Info, "", "Nov-29 06:02:12.310 [RMI TCP Connection(4)-10.1.2.3] INFO  org.example.jmx.Agent - client attached"),
			we("2026-11-29T06:02:13.002Z", Error, "", "Nov-29 06:02:13.002 [Queue drainer] ERROR org.example.batch.Queue - item 9 dropped"),
		},
	},
	{
		name: "jul-names-in-lower-case-column",
		why:  "iPlanet's scale in its level column, lower case: fine, config, failure, security and catastrophe read beside info and warning, on every line of a long file",
		entries: []worldEntry{
			we("2026-11-29T05:10:00Z", Info, "", "[29/Nov/2026:05:10:00] info (8812): CORE5076: Using [Java HotSpot(TM) 64-Bit Server VM, Version 1.8.0_421]"),
			we("2026-11-29T05:10:01Z", Info, "", "[29/Nov/2026:05:10:01] info (8812): WEB0100: Loading web module in virtual server [shop.example.test] at [/cart]"),
			we("2026-11-29T05:10:02Z", Debug, "", "[29/Nov/2026:05:10:02] fine (8813): HTTP3360: connection 41 keep-alive timer started"),
			we("2026-11-29T05:10:03Z", Warn, "", "[29/Nov/2026:05:10:03] warning (8813): CORE3283: stderr: deprecated option -XX:MaxPermSize"),
			we("2026-11-29T05:10:04Z", Info, "", "[29/Nov/2026:05:10:04] config (8812): HTTP3072: ls1: http://0.0.0.0:8080 ready to accept requests"),
			we("2026-11-29T05:10:05Z", Error, "", "[29/Nov/2026:05:10:05] failure (8814): HTTP4068: send-cgi reports: cannot find CGI program /opt/cgi/x.cgi"),
			we("2026-11-29T05:10:06Z", Warn, "", "[29/Nov/2026:05:10:06] security (8814): HTTP3150: access denied to 198.51.100.4 for /admin"),
			we("2026-11-29T05:10:07Z", Critical, "", "[29/Nov/2026:05:10:07] catastrophe (8812): CORE4125: listener thread died"),
			we("2026-11-29T05:10:08Z", Info, "", "[29/Nov/2026:05:10:08] info (8812): CORE1116: restart requested"),
		},
	},
	{
		name: "console-copy-types-and-offset-clock",
		why:  "records copied out of Apple's Console: the type in lower case, a tab, a date-less clock with its fraction and offset, the process; default and fault are its types beside info, debug and error",
		entries: []worldEntry{
			we("2026-11-29T09:12:03Z", Notice, "", "default\t10:12:03.000000+0100\tMail\t[com.example.mail:sync] account 2 idle"),
			we("2026-11-29T09:12:03.118402Z", Info, "", "info\t10:12:03.118402+0100\tMail\t[com.example.mail:sync] fetched 14 headers"),
			we("2026-11-29T09:12:04.002117Z", Debug, "", "debug\t10:12:04.002117+0100\tMail\t[com.example.mail:imap] IDLE renewed"),
			we("2026-11-29T09:12:05.774001Z", Error, "", "error\t10:12:05.774001+0100\tMail\t[com.example.mail:smtp] send failed: timeout"),
			we("2026-11-29T09:12:06.300250Z", Critical, "", "fault\t10:12:06.300250+0100\tMail\t[com.example.mail:store] store corrupted, rebuilding"),
			we("2026-11-29T09:12:07.410000Z", Notice, "", "default\t10:12:07.410000+0100\tMail\t[com.example.mail:sync] account 3 idle"),
		},
	},
	{
		name: "liberty-messages-long-logger",
		why:  "Open Liberty's messages.log: the thread id, the logger's full name padded on its right (cut to none), then the event type's letter before the message id",
		entries: []worldEntry{
			we("2026-11-29T07:02:14.118Z", Notice, "", "[11/29/26, 7:02:14:118 UTC] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0001I: The server shopServer has been launched."),
			we("2026-11-29T07:02:19.402Z", Info, "", "[11/29/26, 7:02:19:402 UTC] 0000002a com.ibm.ws.app.manager.AppMessageHelper                      I CWWKZ0018I: Starting application cart."),
			we("2026-11-29T07:02:20.007Z", Warn, "", "[11/29/26, 7:02:20:007 UTC] 0000002a com.ibm.ws.config.xml.internal.ConfigValidator               W CWWKG0011W: The configuration validation did not succeed."),
			we("2026-11-29T07:02:21.550Z", Error, "", "[11/29/26, 7:02:21:550 UTC] 0000003c SystemErr                                                    E CWWKZ0002E: An exception occurred while starting the application cart."),
			we("2026-11-29T07:02:22.001Z", Info, "", "[11/29/26, 7:02:22:001 UTC] 0000003c cart                                                         I SRVE0242I: [cart] [/cart] [com.example.Boot]: Initialization successful."),
			we("2026-11-29T07:02:23.110Z", Unknown, "", "[11/29/26, 7:02:23:110 UTC] 0000003c SystemOut                                                    O order 4412 accepted"),
		},
	},
	{
		name: "date-in-message-after-logger-dash",
		why:  "slf4j-simple's and log4j's BasicConfigurator's lines carry no time: a date the message quotes after the logger's dash is not the record's time",
		entries: []worldEntry{
			we("", Info, "", "[main] INFO org.example.Restore - Backup 2026-11-02 03:00:00 selected"),
			we("", Warn, "", "[restore worker 1] WARN org.example.Restore - snapshot from 2026-10-30 22:15:09 is older than a week"),
			we("", Info, "", "412 [main] INFO org.example.Restore  - restored rows up to 2026-11-28T23:59:59Z"),
		},
	},
	{
		name: "jvm-unified-logging-on-app-stdout",
		why:  "the JVM's -Xlog lines on the stdout a Spring Boot program logs on: each is a record of its own with its level and no wall time, not a line of the program's record above it; the program's stack trace stays with its record",
		entries: []worldEntry{
			we("", Info, "", "[0.011s][info][gc] Using G1"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204  INFO 4120 --- [           main] o.e.shop.ShopApplication                 : Started ShopApplication in 2.9 seconds"),
			we("", Info, "", "[7.402s][info][gc,start    ] GC(3) Pause Young (Normal) (G1 Evacuation Pause)"),
			we("", Info, "", "[7.410s][info][gc          ] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 31M->9M(128M) 8.1ms"),
			we("2026-11-29T07:41:18.002Z", Error, "", "2026-11-29 07:41:18.002 ERROR 4120 --- [nio-8080-exec-2] o.e.shop.CartController                  : cart 12 failed", "java.lang.IllegalStateException: cart closed", "\tat o.e.shop.Cart.add(Cart.java:41)"),
			we("", Warn, "", "[9.115s][warning][gc,alloc] GC(4) To-space exhausted"),
		},
	},
	{
		name: "jul-two-line-record-with-a-date-in-its-message",
		why:  "java.util.logging's SimpleFormatter: the second line's message quotes a date, and the line is still the second half of the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29, 2026 7:41:16 AM org.example.backup.Restore run", "INFO: Snapshot 2026-11-01 23:00:00 restored"),
			we("2026-11-29T07:41:19Z", Warn, "", "Nov 29, 2026 7:41:19 AM org.example.backup.Restore verify", "WARNING: 3 rows newer than 2026-11-28T12:00:00Z skipped"),
			we("2026-11-29T07:41:20Z", Info, "", "Nov 29, 2026 7:41:20 AM org.example.backup.Restore done", "INFO: done"),
		},
	},
	{
		name: "glassfish-uniform-log-format",
		why:  "GlassFish's Uniform Log Format: time, level, product, logger and pairs between bars, then a free-text message (its pairs are text) that may run over lines up to the closing fence, whatever those lines say",
		entries: []worldEntry{
			we("2026-11-29T07:12:03.441Z", Warn, "", "[#|2026-11-29T08:12:03.441+0100|WARNING|glassfish 4.1|org.example.pool|_ThreadID=31;_ThreadName=pool-2;|pool size=0 waiters=4|#]", ""),
			we("2026-11-29T07:12:04.002Z", Info, "", "[#|2026-11-29T08:12:04.002+0100|INFO|glassfish 4.1|org.example.deploy|_ThreadID=12;_ThreadName=admin-listener(1);|Loading application shop done in 912 ms|#]", ""),
			we("2026-11-29T07:12:05.117Z", Error, "", "[#|2026-11-29T08:12:05.117+0100|SEVERE|glassfish 4.1|javax.enterprise.web|_ThreadID=44;_ThreadName=http-listener-1(3);|Script output:", "ERROR: template cart.xhtml missing", "java.io.FileNotFoundException: cart.xhtml", "\tat org.example.View.load(View.java:88)", "|#]", ""),
			we("2026-11-29T07:12:06.000Z", Info, "", "[#|2026-11-29T08:12:06.000+0100|INFO|glassfish 4.1|org.example.pool|_ThreadID=31;_ThreadName=pool-2;|pool size=4|#]"),
		},
	},
	{
		name: "java-long-zone-names",
		why:  "a zone's long English name after a time, as Java's zzzz writes it (WebLogic 14's record stamp): the name's offset, season included",
		entries: []worldEntry{
			we("2026-11-29T07:12:03.441Z", Warn, "db-host-7", "####<Nov 29, 2026, 8:12:03,441 AM Central European Standard Time> <Warning> <JDBC> <db-host-7> <AdminServer> <[ACTIVE] ExecuteThread: '5' for queue: 'weblogic.kernel.Default (self-tuning)'> <<WLS Kernel>> <> <> <1796285523441> <BEA-001129> <Received exception while creating connection for pool shopDS>"),
			we("2026-11-29T16:12:04.002Z", Notice, "", "<Nov 29, 2026, 8:12:04,002 AM Pacific Standard Time> <Notice> <WebLogicServer> <BEA-000365> <Server state changed to RUNNING.>"),
			we("2026-06-01T06:00:00Z", Info, "", "2026-06-01 08:00:00 Central European Summer Time INFO cache warmed"),
		},
	},
	{
		name: "header-leaves-its-message-below",
		why:  "an Erlang report's header and an Erlang logger's line ending at its level's colon leave the message to the lines below, whatever its first word is",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.004Z", Warn, "", "=WARNING REPORT==== 29-Nov-2026::07:41:17.004000 ===", "ERROR budget exceeded for tenant 7", "retrying in 5 s"),
			we("2026-11-29T07:41:18.5Z", Error, "", "=ERROR REPORT==== 29-Nov-2026::07:41:18.500000 ===", "WARN: fan speed high on node rabbit@mq-2"),
			we("2026-11-29T07:41:19.117Z", Notice, "", "2026-11-29T07:41:19.117000+00:00 notice:", "WARN: fan speed high again"),
		},
	},
	{
		name: "severity-glued-to-the-tag",
		why:  "an rsyslog template that writes the severity in brackets right after the tag's colon: the host and the tag are the header's, the level the bracket's",
		entries: []worldEntry{
			we("2026-11-29T07:14:02Z", Notice, "gw1", "2026-11-29T09:14:02+02:00 gw1 sshd[88]:[notice]  session opened for user bob"),
			we("2026-11-29T07:14:05Z", Warn, "gw1", "2026-11-29T09:14:05+02:00 gw1 kernel:[warning]  nf_conntrack: table full, dropping packet"),
			we("2026-11-29T07:14:09Z", Info, "gw1", "2026-11-29T09:14:09+02:00 gw1 CRON[4120]:[info]  (root) CMD (run-parts /etc/cron.hourly)"),
		},
	},
	{
		name: "supervisord-blather-fail2ban-heavydebug",
		why:  "supervisord's BLAT (blather, below TRAC) and fail2ban's HEAVY (heavydebug, below DEBUG) are trace levels; in other cases the words are prose",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Trace, "", "2026-11-29 07:41:16,204 BLAT read event caused by <POutputDispatcher at 140 for <Subprocess at 141 with name web in state RUNNING> (stdout)>"),
			we("2026-11-29T07:41:16.301Z", Debug, "", "2026-11-29 07:41:16,301 DEBG 'web' stdout output:"),
			we("2026-11-29T07:41:17.002Z", Trace, "", "2026-11-29 07:41:17,002 fail2ban.actions        [812]: HEAVY   Actions: check-unban 30, bancnt 0"),
			we("2026-11-29T07:41:17.118Z", Info, "", "2026-11-29 07:41:17,118 fail2ban.filter         [812]: INFO    [sshd] Found 203.0.113.9"),
		},
	},
	{
		name: "stdout-line-after-java-frames",
		why:  "catalina.out: a System.out line under a SEVERE record's stack trace is a record of its own; a cause and a closing bracket stay the trace's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.131Z", Error, "", "29-Nov-2026 07:41:16.131 SEVERE [http-nio-8080-exec-3] org.example.Billing.charge charge failed", "java.lang.NumberFormatException: For input string: \"x17\"", "\tat java.base/java.lang.Integer.parseInt(Integer.java:661)", "Caused by: java.lang.IllegalStateException: bad order", "\tat org.example.Billing.charge(Billing.java:40)", "\t... 12 more"),
			we("", Unknown, "", "order 17 printed by System.out"),
			we("2026-11-29T07:41:17.002Z", Info, "", "29-Nov-2026 07:41:17.002 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [1204] milliseconds"),
		},
	},
	{
		name: "access-line-opening-with-a-request-id",
		why:  "step-ca's common access format under its own timed lines: a request's id, the client's address, then the time; each is a record, not a line of the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Serving HTTPS on 127.0.0.1:9000 ..."),
			we("2026-11-29T07:41:18Z", Unknown, "", "7c1e2a3b-4d5f-4a6b-9c8d-0e1f2a3b4c5d 10.20.0.7 ca - 2026-11-29T07:41:18Z 291.4µs \"GET /health HTTP/2.0\" 200 16"),
			we("2026-11-29T07:41:19Z", Unknown, "", "0b9a8c7d-1e2f-4a3b-8c9d-5e6f7a8b9c0d 10.20.0.7 ca - 2026-11-29T07:41:19Z 1.4ms \"POST /1.0/sign HTTP/2.0\" 400 52"),
		},
	},
	{
		name: "signal-dump-behind-a-colour-reset",
		why:  "a Go program's signal stacks behind the colour reset that a coloured record leaves at the start of the next line: a record of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.456Z", Debug, "", "\x1b[1;36m2026-11-29 07:41:16.456 [D] [proxy/conn.go:77] stream closed"),
			we("", Unknown, "", "\x1b[0mSIGQUIT: quit", "PC=0x4a1b2c m=0 sigcode=0", "", "goroutine 1 [running]:", "main.main()", "\t/src/frp/main.go:10 +0x1d"),
			we("2026-11-29T07:41:17.002Z", Info, "", "\x1b[1;34m2026-11-29 07:41:17.002 [I] [proxy/conn.go:41] restarted"),
		},
	},
	{
		name: "message-id-digits-are-no-time",
		why:  "a mail's Message-Id in angle brackets holds digits that are an id, not the line's time: exim's rejectlog writes the headers under the rejection",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.517Z", Unknown, "", "2026-11-29 07:41:16.517 [3121] 1wAbCd-000XyZ-3Q H=(client) [127.0.0.1]:40110 F=<x@a.test> rejected after DATA: blocked", "Envelope-from: <x@a.test>", "I Message-Id: <20261129074116.004242@client.example>"),
			we("2026-11-29T07:41:18.001Z", Unknown, "", "2026-11-29 07:41:18.001 [3122] 1wAbCe-000XyZ-4R H=(client) [127.0.0.1]:40112 F=<y@a.test> rejected RCPT <z@b.test>: relay not permitted"),
		},
	},
	{
		name: "memcached-replies-carry-no-level",
		why:  "memcached -vv's lines name a connection's direction and number; its ERROR is a protocol reply, no level",
		entries: []worldEntry{
			we("", Unknown, "", "<31 new auto-negotiating client connection"),
			we("", Unknown, "", "<31 gte foo"),
			we("", Unknown, "", ">31 ERROR"),
			we("", Unknown, "", "<31 connection closed."),
		},
	},
	{
		name: "uwsgi-traceback-after-a-request-line",
		why:  "uWSGI writes a request's line when the request ends: a Python traceback under it is another request's, a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[pid: 4411|app: 0|req: 9/17] 127.0.0.1 () {24 vars in 260 bytes} [Sun Nov 29 07:41:16 2026] GET /cart => generated 3 bytes in 1 msecs (HTTP/1.1 200) 1 headers in 45 bytes (1 switches on core 0)"),
			we("", Unknown, "", "Traceback (most recent call last):", "  File \"/srv/shop/app.py\", line 12, in application", "    price = prices[sku]", "KeyError: 'sku-9'"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[pid: 4411|app: 0|req: 10/18] 127.0.0.1 () {24 vars in 262 bytes} [Sun Nov 29 07:41:17 2026] GET /item/9 => generated 0 bytes in 2 msecs (HTTP/1.1 500) 0 headers in 0 bytes (0 switches on core 0)"),
		},
	},
	{
		name: "review-println-after-jvm-gc-line",
		why:  "the adversarial review's: untimed program lines under a JVM unified-logging line are records of their own, not the GC record's",
		entries: []worldEntry{
			we("", Info, "", "[0.007s][info][gc] Using G1"),
			we("", Info, "", "[main] INFO io.example.Web - Starting web server ..."),
			we("", Info, "", "[0.640s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 21M->4M(256M) 3.912ms"),
			we("", Warn, "", "[qtp412-45] WARN io.example.Handler - slow request"),
		},
	},
	{
		name: "review-level-first-layout-after-untimed-header",
		why:  "the adversarial review's: a level-first layout whose time follows its thread is a record of its own under a timed line without a level",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Unknown, "", "2026-11-29 10:00:00 entrypoint: starting the node with HEAP=1G"),
			we("2026-11-29T10:00:01.123Z", Info, "", "INFO  [main] 2026-11-29 10:00:01,123 ConfigLoader.java:92 - Configuration location: file:/etc/node/node.yaml"),
		},
	},
	{
		name: "review-glassfish-fence-after-closed-record",
		why:  "the adversarial review's: after a closed GlassFish record, or one a killed server left open, the next timed records are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:12:03.441Z", Info, "", "[#|2026-11-29T08:12:03.441+0100|INFO|glassfish 4.1|javax.enterprise.system.core|_ThreadID=1;_ThreadName=main;|Server shutdown complete|#]", ""),
			we("", Unknown, "", "Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8"), // the launcher's note is a record of its own (since the thirty-eighth session)
			we("2026-11-29T09:00:00.123Z", Info, "", "2026-11-29 09:00:00,123 INFO  [main] org.example.Batch - batch started"),
			we("2026-11-29T07:12:04.441Z", Warn, "", "[#|2026-11-29T08:12:04.441+0100|WARNING|glassfish 4.1|org.example.Pool|_ThreadID=31;_ThreadName=pool-2;|pool size=0"),
			we("2026-11-29T09:00:01.123Z", Error, "", "2026-11-29 09:00:01,123 ERROR [main] org.example.Batch - batch failed"),
		},
	},
	{
		name: "review-borrowed-words-opening-a-message",
		why:  "the adversarial review's: Major, Minor, security, config and catastrophe opening the message of a line without a level, in a source with a level column, are the message's words",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Info, "", "2026-11-29 10:00:00 INFO started"),
			we("2026-11-29T10:00:01Z", Warn, "", "2026-11-29 10:00:01 WARN slow disk"),
			we("2026-11-29T10:00:02Z", Error, "", "2026-11-29 10:00:02 ERROR write failed"),
			we("2026-11-29T10:00:03Z", Info, "", "2026-11-29 10:00:03 INFO retried"),
			we("2026-11-29T10:00:05Z", Unknown, "", "2026-11-29 10:00:05 Major version upgrade to 15 complete"),
			we("2026-11-29T10:00:06Z", Unknown, "", "2026-11-29 10:00:06 Minor GC took 12ms"),
			we("2026-11-29T10:00:07Z", Unknown, "", "2026-11-29 10:00:07 security patches applied"),
			we("2026-11-29T10:00:08Z", Unknown, "", "2026-11-29 10:00:08 config reloaded from /etc/app.conf"),
			we("2026-11-29T10:00:09Z", Unknown, "", "2026-11-29 10:00:09 security [auth] token rotated"),
		},
	},
	{
		name: "review-long-zone-name-opening-a-message",
		why:  "the adversarial review's: a message that opens with a zone's long name is no zone of the time before it; a MAC address is a syslog host",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Unknown, "", "2026-11-29 10:00:00 Pacific Standard Time selected by user 4"),
			we("2026-11-29T10:00:01Z", Unknown, "00:11:22:33:44:55", "Nov 29 10:00:01 00:11:22:33:44:55 dnsmasq[123]: query[A] example.com from 10.0.0.5"),
		},
	},
	{
		name: "go-fatal-error-under-timed-lines",
		why:  "the Go runtime's throw (\"fatal error: concurrent map writes\", \"fatal error: all goroutines are asleep - deadlock!\") under a daemon's timed lines is a record of its own with its goroutines' stacks, as \"panic:\" is; a compiler's \"fatal error:\" naming a file is not",
		entries: []worldEntry{
			we("2026-11-30T14:02:11Z", Unknown, "", "2026/11/30 14:02:11 cache: loaded 18211 keys from /var/lib/kvd/snap.db"),
			we("2026-11-30T14:02:12Z", Unknown, "", "2026/11/30 14:02:12 http: serving on 0.0.0.0:7480"),
			we("", Critical, "", "fatal error: concurrent map writes", "", "goroutine 87 [running]:", "kvd/internal/store.(*Index).Put(0xc0001a2000, {0xc000412a80, 0x11})", "\t/build/internal/store/index.go:141 +0x2a5", "created by net/http.(*Server).Serve in goroutine 1", "\t/usr/local/go/src/net/http/server.go:3285 +0x4b4"),
			we("2026-11-30T14:05:40Z", Unknown, "", "2026/11/30 14:05:40 cache: loaded 18211 keys from /var/lib/kvd/snap.db"),
			we("", Critical, "", "fatal error: all goroutines are asleep - deadlock!", "", "goroutine 1 [chan receive]:", "main.main()", "\t/build/cmd/kvd/main.go:58 +0x1c5"),
		},
	},
	{
		name: "collector-templates-iso-header",
		why:  "a collector's ISO-stamped file lines as rsyslog and syslog-ng store them: an RFC 5424 sender's program with its pid and no colon after a numeric offset and a plain host; a facility.severity word or the facility and severity columns after the host; a level word where a PRI'd sender wrote no host is the message's, the PRI's level stays",
		entries: []worldEntry{
			we("2026-12-03T13:06:57.806031Z", Unknown, "vm", "2026-12-03T13:06:57.806031+00:00 vm backupd[26996] snapshot of /srv/data started"),
			we("2026-12-03T13:07:12.634Z", Alert, "vm", "2026-12-03T13:07:12.634+00:00 vm local3.alert billing[27478] ledger out of balance by 12.00"),
			we("2026-12-03T13:07:15Z", Emergency, "vm", "2026-12-03T13:07:15+00:00 vm local2.emerg payments: FATAL card vault unreachable"),
			we("2026-12-03T13:07:51Z", Error, "db2", "2026-12-03T13:07:51+00:00 db2 daemon err postgres[29472]: could not write to file \"pg_wal/xlogtemp.29472\""),
			we("2026-11-29T13:07:52Z", Info, "", "<14>Nov 29 13:07:52 error report mailed to ops"),
		},
	},
	{
		name: "bar-column-debug-depth",
		why:  "yadifa's level column between bars holds a letter (E W N I D) or, for debug messages, their depth as a digit 1 to 7: a digit there is debug once the column has shown D, and the column is not given up for it",
		entries: []worldEntry{
			we("2026-11-29T09:14:02.101233Z", Info, "", "2026-11-29 09:14:02.101233 |   4410 | main     | server   | I | starting name server 2.6.4"),
			we("2026-11-29T09:14:02.101402Z", Debug, "", "2026-11-29 09:14:02.101402 |   4410 | main     | system   | D | thread-pool: 'dbload' created with 2 threads"),
			we("2026-11-29T09:14:02.101577Z", Debug, "", "2026-11-29 09:14:02.101577 |   4410 | main     | system   | D | service: zone-loader starting"),
			we("2026-11-29T09:14:02.101601Z", Info, "", "2026-11-29 09:14:02.101601 |   4410 | main     | server   | I | listening on 0.0.0.0#53 (udp, tcp)"),
			we("2026-11-29T09:14:02.102230Z", Debug, "", "2026-11-29 09:14:02.102230 |   4410 | main     | system   | 1 | config: section 'zone' parsed for corp.test."),
			we("2026-11-29T09:14:02.102231Z", Debug, "", "2026-11-29 09:14:02.102231 |   4410 | main     | system   | 1 | config: section 'zone' parsed for lab.test."),
			we("2026-11-29T09:14:02.102298Z", Debug, "", "2026-11-29 09:14:02.102298 |   4410 | main     | server   | 7 | alloc: pool 'query' grew to 64 blocks"),
			we("2026-11-29T09:14:02.102300Z", Debug, "", "2026-11-29 09:14:02.102300 |   4410 | main     | server   | 6 | udp: worker 1 bound"),
			we("2026-11-29T09:14:02.102342Z", Notice, "", "2026-11-29 09:14:02.102342 |   4410 | main     | server   | N | file open limits could be higher (4096 < 65536)"),
			we("2026-11-29T09:14:02.131001Z", Error, "", "2026-11-29 09:14:02.131001 |   4410 | dbload   | database | E | zone load: corp.test.: error PARSER_UNKNOWN_TYPE at line 14"),
			we("2026-11-29T09:14:02.131090Z", Warn, "", "2026-11-29 09:14:02.131090 |   4410 | dbdownl0 | server   | W | slave: lab.test.: master 192.0.2.53#53 did not answer, retrying at 2026-11-29 09:24:02"),
			we("2026-11-29T09:14:02.131102Z", Debug, "", "2026-11-29 09:14:02.131102 |   4410 | dbdownl0 | system   | 7 | alloc: pool 'axfr' released 8 blocks"),
			we("2026-11-29T09:14:02.131150Z", Info, "", "2026-11-29 09:14:02.131150 |   4410 | main     | server   | I | 1 zone(s) loaded, 1 failed"),
		},
	},
	{
		name: "syslog-message-category-words",
		why:  "a syslog message's first word that spells a level only by chance: ntpsec's event classes CONFIG: and LOG: beside INIT: and IO: (PostgreSQL's LOG: has two blanks after it), a sentence's NOT before a lower-case word",
		entries: []worldEntry{
			we("2026-11-29T06:02:11Z", Unknown, "ntp1", "Nov 29 06:02:11 ntp1 ntpd[812]: INIT: ntpd ntpsec-1.2.2: Starting"),
			we("2026-11-29T06:02:11Z", Unknown, "ntp1", "Nov 29 06:02:11 ntp1 ntpd[812]: CONFIG: restrict default: KOD does nothing without LIMITED."),
			we("2026-11-29T06:02:11Z", Unknown, "ntp1", "Nov 29 06:02:11 ntp1 ntpd[812]: LOG: switching logging to file /var/log/ntpsec/ntp.log"),
			we("2026-11-29T06:02:12Z", Info, "db1", "Nov 29 06:02:12 db1 postgres[1201]: LOG:  database system is ready to accept connections"),
			we("2026-11-29T06:02:13Z", Unknown, "ns2", "Nov 29 06:02:13 ns2 pdns_recursor[977]: NOT using IPv6 for outgoing queries - set query-local-address6 to enable"),
			we("2026-11-29T06:02:15Z", Unknown, "", "2026-11-29T06:02:15 ntpd[812]: CONFIG: line 8 column 0 syntax error"),
			we("2026-11-29T06:02:15Z", Unknown, "", "2026-11-29T06:02:15 ntpd[812]: INIT: Using SO_TIMESTAMPNS(ns)"),
			we("2026-11-29T06:05:02Z", Error, "", "2026-11-29T06:05:02 ntpd[812]: ERR: ntpd exiting on signal 15 (Terminated)"),
		},
	},
	{
		name: "header-zone-and-repeated-banner",
		why:  "chrony's statistics files: the column names under the header's rule say \"Date (UTC) Time\", so the source's zone-less dates are UTC's whatever the machine's zone; the banner written again after records stands apart, not joined to the record above it",
		entries: []worldEntry{
			wskip("=====================================================================================================================", "   Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd Rem. corr. Root delay Root disp. Max. error", "====================================================================================================================="),
			we("2026-11-29T10:00:01Z", Unknown, "", "2026-11-29 10:00:01 192.0.2.123      2     -4.512      0.031 -1.018e-05 N  1  2.641e-05 -1.217e-09  1.893e-02  3.118e-04  9.780e-03"),
			we("2026-11-29T10:01:05Z", Unknown, "", "2026-11-29 10:01:05 192.0.2.123      2     -4.509      0.029  2.116e-06 N  1  2.502e-05  1.004e-08  1.893e-02  3.212e-04  9.771e-03"),
			wskip("=====================================================================================================================", "   Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd Rem. corr. Root delay Root disp. Max. error", "====================================================================================================================="),
			we("2026-11-29T10:02:09Z", Unknown, "", "2026-11-29 10:02:09 192.0.2.123      2     -4.507      0.027 -3.001e-06 N  1  2.401e-05  4.201e-09  1.893e-02  3.301e-04  9.760e-03"),
		},
	},
	{
		name: "redis-signal-handler-line",
		why:  "Redis's signal handler writes its own line, the pid, signal-handler and the Unix time in parentheses, no level: a record of its own at that time, not the end of the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.169Z", Notice, "", "4120:M 29 Nov 2026 07:41:20.169 * DB saved on disk"),
			we("2026-11-29T07:41:29Z", Unknown, "", "4120:signal-handler (1795938089) Received SIGTERM scheduling shutdown..."),
			we("2026-11-29T07:41:29.270Z", Warn, "", "4120:M 29 Nov 2026 07:41:29.270 # User requested shutdown..."),
		},
	},
	{
		name: "consul-restart-banner",
		why:  "HashiCorp's '==> ' marker opens a record also after timed lines: an agent restarted into the same file writes its banner there, indented lines under it",
		entries: []worldEntry{
			we("2026-11-29T07:30:23.976Z", Info, "", "2026-11-29T07:30:23.976Z [INFO]  agent: Exit code: code=1"),
			we("", Unknown, "", "==> Starting Consul agent...", "               Version: '1.20.1'", "               Node name: 'srv-3'"),
			we("", Unknown, "", "==> Log data will now stream in as it occurs:"),
			we("2026-11-29T07:33:01.100Z", Info, "", "2026-11-29T07:33:01.100Z [INFO]  agent.server: raft: restored from snapshot: id=2-131-1796204400"),
		},
	},
	{
		name: "hsqldb-tagged-prints",
		why:  "each line HSQLDB's server prints under its [Server@hash]: tag is a print of its own, after its one timed line too; a word in capitals set off by ' : ' after the time is the message's, no host",
		entries: []worldEntry{
			we("", Unknown, "", "[Server@5e2de80c]: Startup sequence completed in 431 ms."),
			we("2026-11-29T07:41:16.220Z", Unknown, "", "[Server@5e2de80c]: 2026-11-29 07:41:16.220 HSQLDB server 2.7.1 is online on port 9001"),
			we("", Unknown, "", "[Server@5e2de80c]: To close normally, connect and execute SHUTDOWN SQL"),
			we("", Unknown, "", "[Server@5e2de80c]: From command line, use [Ctrl]+[C] to abort abruptly"),
			we("2026-11-29T07:52:03.757Z", Unknown, "", "[Server@5e2de80c]: 2026-11-29 07:52:03.757 SHUTDOWN : System.exit() is called next"),
		},
	},
	{
		name: "review22-prose-after-iso-time",
		why:  "the adversarial review's: after an ISO time, words of a sentence are no syslog header: a facility's name and a level word in prose, a capitalized or plain word before a name with a number in brackets (only rsyslog's own microsecond stamp with its offset, or a machine's name, takes a host before a program with its pid and no colon)",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Unknown, "", "2026-11-29T10:00:00+00:00 Queued mail notice for user 42"),
			we("2026-11-29T10:00:01Z", Unknown, "", "2026-11-29T10:00:01+00:00 Delivered mail alert to 3 recipients"),
			we("2026-11-29T09:00:02Z", Unknown, "", "2026-11-29T10:00:02+01:00 Received signal[15] from parent, shutting down"),
			we("2026-11-29T09:00:03Z", Unknown, "", "2026-11-29T10:00:03+01:00 queue job[1842] enqueued by api"),
		},
	},
	{
		name: "review22-build-output-under-a-timed-line",
		why:  "the adversarial review's: a C compiler's \"fatal error: too many errors emitted\" stays with the build step's record; Homebrew's \"==> \" lines under a CI line are its output, not HashiCorp's banner",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Info, "", "2026-11-29T10:00:00Z INFO build step 3: compiling src/", "src/wire.c:12:10: error: unknown type name 'frame_t'", "fatal error: too many errors emitted, stopping now [-ferror-limit=]", "20 errors generated."),
			we("2026-11-29T10:00:05Z", Error, "", "2026-11-29T10:00:05Z ERROR build step 3 failed"),
			we("2026-11-29T10:00:06Z", Unknown, "", "2026-11-29T10:00:06Z [setup] running: brew install jq", "==> Downloading https://ghcr.io/v2/homebrew/core/jq/manifests/1.7.1", "==> Pouring jq--1.7.1.arm64_sonoma.bottle.tar.gz"),
			we("2026-11-29T10:00:09Z", Unknown, "", "2026-11-29T10:00:09Z [setup] done"),
		},
	},
	{
		name: "review22-stack-under-a-tag",
		why:  "the adversarial review's: a stack trace or a Python traceback printed with the program's tag on every line stays one record with its timed header; the next timed line under the tag starts another",
		entries: []worldEntry{
			we("2026-11-29T10:00:00.123Z", Error, "", "[api]: 2026-11-29 10:00:00,123 ERROR Unhandled exception in request", "[api]: java.lang.IllegalStateException: pool closed", "[api]:     at com.example.Pool.take(Pool.java:88)"),
			we("2026-11-29T10:00:01Z", Error, "", "[worker-1]: 2026-11-29 10:00:01 ERROR task failed", "[worker-1]: Traceback (most recent call last):", "[worker-1]:   File \"/app/tasks.py\", line 12, in run", "[worker-1]:     step()", "[worker-1]: KeyError: 'user'"),
			we("2026-11-29T10:00:02Z", Info, "", "[worker-1]: 2026-11-29 10:00:02 INFO next task"),
		},
	},
	{
		name: "review22-devices-named-in-capitals",
		why:  "the adversarial review's: in a collector's file where untagged lines also open sentences, devices that name themselves in capitals keep their host",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Unknown, "", "Nov 29 10:00:00 Starting collector"),
			we("2026-11-29T10:00:02Z", Unknown, "", "Nov 29 10:00:02 Collector received 12 messages"),
			we("2026-11-29T10:00:03Z", Unknown, "GATEWAY", "Nov 29 10:00:03 GATEWAY Link up on port 3"),
			we("2026-11-29T10:00:05Z", Unknown, "", "Nov 29 10:00:05 Rotating logs"),
			we("2026-11-29T10:00:06Z", Unknown, "SWITCH", "Nov 29 10:00:06 SWITCH Port 12 changed state to forwarding"),
		},
	},
	{
		name: "pgbouncer-noise",
		why:  "PgBouncer's NOISE, its level below DEBUG, is trace, beside its LOG and WARNING",
		entries: []worldEntry{
			we("2026-11-29T07:41:32.921Z", Trace, "", "2026-11-29 07:41:32.921 UTC [19200] NOISE connect(4, unix:/var/run/postgresql/.s.PGSQL.5432) = No such file or directory"),
			we("2026-11-29T07:41:32.923Z", Info, "", "2026-11-29 07:41:32.923 UTC [19202] LOG stats: 0 xacts/s, 0 queries/s, in 0 B/s, out 0 B/s"),
			we("2026-11-29T07:41:33.001Z", Warn, "", "2026-11-29 07:41:33.001 UTC [19202] WARNING C-0x55d1: app/app@127.0.0.1:41236 pooler error: no such user"),
		},
	},
	{
		name: "nagios-log-label",
		why:  "Nagios's nagios.log: the Unix time in brackets, then the message; \"LOG VERSION: 2.0\" is a label, while a leading \"Warning:\" states a level",
		entries: []worldEntry{
			we("2026-11-29T07:40:00Z", Unknown, "", "[1795938000] Nagios 4.4.6 starting... (PID=4120)"),
			we("2026-11-29T07:40:00Z", Unknown, "", "[1795938000] LOG VERSION: 2.0"),
			we("2026-11-29T07:40:20Z", Warn, "", "[1795938020] Warning: Unrecognized external command -> DISABLE_ALL;x"),
		},
	},
	{
		name: "compose-blank-service-line",
		why:  "a service's blank line behind docker compose's column (\"web-1  | \") joins its record; it had panicked the reader (index out of range), which the source's reader caught and marked failed",
		entries: []worldEntry{
			we("2026-12-03T13:58:20.12Z", Debug, "", "web-1  | 2026-12-03 13:58:20,120 DEBG 'app' stdout output:", "web-1  | "),
			we("2026-12-03T13:58:21.2Z", Error, "", "db-1   | 2026-12-03 13:58:21.200 UTC [1] ERROR:  relation \"x\" does not exist"),
		},
	},
	{
		name: "logcat-uid-name-before-the-pid",
		why:  "logcat's uid modifier writes a system uid's name of five letters or fewer with its colon before the pid and tid (threadtime and long); longer ones as numbers",
		entries: []worldEntry{
			we("2026-11-29T07:52:10.004Z", Warn, "", "11-29 07:52:10.004  root:   612   612 W vold    : Failed to open /dev/block/loop12"),
			we("2026-11-29T07:52:10.117Z", Debug, "", "11-29 07:52:10.117 shell:  9120  9120 D adbd    : opening sync service"),
			we("2026-11-29T07:52:10.240Z", Error, "", "11-29 07:52:10.240  1000:  1811  2402 E ActivityManager: ANR in com.example.notes"),
			we("2026-11-29T07:52:10.301Z", Info, "", "11-29 07:52:10.301 10187: 5120  5144 I chatty  : uid=10187(com.example.notes) identical 4 lines"),
			we("2026-11-29T07:52:11.002Z", Error, "", "[ 11-29 07:52:11.002 media:  744:  901 E/AudioFlinger ]", "no output for stream 3", ""),
		},
	},
	{
		name: "kernel-subsystem-with-colon-before-an-indexed-field",
		why:  "a kernel subsystem's prefix closed by its colon (\"x86/fpu:\", \"fpu:\") before a field with an index in brackets is no host and tag",
		entries: []worldEntry{
			we("", Unknown, "", "[    0.318811] x86/fpu: xstate_offset[5]:  832, xstate_sizes[5]:   64"),
			we("", Unknown, "", "[    0.318812] fpu: xstate_offset[6]:  896, xstate_sizes[6]:  512"),
			we("", Unknown, "web01", "[   12.004112] web01 systemd[1]: Started Journal Service."),
		},
	},
	{
		name: "dmesg-decode-before-its-time",
		why:  "dmesg --decode pads the facility and level before the time (-T, --time-format iso): each line is a record, whatever the padding makes of the words before the time",
		entries: []worldEntry{
			we("2026-11-29T07:12:40Z", Notice, "", "kern  :notice: [Sun Nov 29 07:12:40 2026] Linux version 6.1.0-27-amd64 (debian-kernel@lists.debian.org)"),
			we("2026-11-29T07:12:40Z", Info, "", "kern  :info  : [Sun Nov 29 07:12:40 2026] BIOS-provided physical RAM map:"),
			we("2026-11-29T07:12:40Z", Warn, "", "kern  :warn  : [Sun Nov 29 07:12:40 2026] MDS CPU bug present and SMT on, data leak possible."),
			we("2026-11-29T07:12:41Z", Error, "", "kern  :err   : [Sun Nov 29 07:12:41 2026] ACPI Error: No handler for Region [ECOR]"),
		},
	},
	{
		name: "dmesg-decode-iso-time",
		why:  "dmesg -x --time-format iso: a warning after a notice of the same second is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:12:40.000000Z", Notice, "", "kern  :notice: 2026-11-29T07:12:40,000000+00:00 Linux version 6.1.0-27-amd64 (debian-kernel@lists.debian.org)"),
			we("2026-11-29T07:12:40.000000Z", Warn, "", "kern  :warn  : 2026-11-29T07:12:40,000000+00:00 [Firmware Bug]: TSC_DEADLINE disabled due to Errata"),
			we("2026-11-29T07:12:40.412880Z", Info, "", "kern  :info  : 2026-11-29T07:12:40,412880+00:00 e1000e 0000:00:19.0 eth0: (PCI Express:2.5GT/s:Width x1)"),
		},
	},
	{
		name: "dmesg-reltime",
		why:  "dmesg --time-format reltime writes the minute on a record and the seconds since the one before on the next ones: each line is a record, the relative ones without a time of day",
		entries: []worldEntry{
			we("2026-11-29T07:12:00Z", Unknown, "", "[Nov29 07:12] Linux version 6.1.0-27-amd64 (debian-kernel@lists.debian.org)"),
			we("", Unknown, "", "[  +0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-27-amd64 root=UUID=4d1c ro quiet"),
			we("", Unknown, "", "[  +0.004120] x86/fpu: Supporting XSAVE feature 0x001: 'x87 floating point registers'"),
			we("2026-11-29T07:14:00Z", Unknown, "", "[Nov29 07:14] e1000e 0000:00:19.0 eth0: NIC Link is Up 1000 Mbps Full Duplex"),
			we("", Unknown, "", "[  +0.000341] IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready"),
		},
	},
	{
		name: "journal-short-full-and-unix-hosts",
		why:  "journalctl -o short-full, with-unit and short-unix write the host after the weekday, date, clock and zone, or after Unix seconds: a plain word before kernel: or a program with its pid is that host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "vm", "Sun 2026-11-29 07:41:16 UTC vm kernel: Linux version 6.1.0-27-amd64 (debian-kernel@lists.debian.org)"),
			we("2026-11-29T12:41:17Z", Unknown, "vm", "Sun 2026-11-29 07:41:17 EST vm systemd[1]: Starting apt-daily.service - Daily apt download activities..."),
			we("2026-11-29T07:41:18Z", Unknown, "db-02.example.net", "Sun 2026-11-29 07:41:18 UTC db-02.example.net backup.service[8791]: Traceback (most recent call last):"),
		},
	},
	{
		name: "journal-short-unix-host",
		why:  "journalctl -o short-unix: Unix seconds with microseconds, then the host and the program",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.143913Z", Unknown, "vm", "1795938076.143913 vm kernel: Command line: BOOT_IMAGE=/boot/vmlinuz root=UUID=4d1c ro quiet"),
			we("2026-11-29T07:41:17.306190Z", Unknown, "web01", "1795938077.306190 web01 sshd[28405]: Connection closed by 203.0.113.9 port 52114"),
		},
	},
	{
		name: "journal-short-monotonic-message-with-a-time",
		why:  "journalctl -o short-monotonic: the host after the seconds since boot stays the record's when the message holds a time of its own (dpkg's), which is the only time of day the line carries",
		entries: []worldEntry{
			we("", Unknown, "web01", "[  101.204112] web01 systemd[1]: Starting dpkg-db-backup.service - Daily dpkg database backup service..."),
			we("2026-11-29T07:41:16Z", Unknown, "web01", "[  104.501751] web01 dpkg[29060]: 2026-11-29 07:41:16 status installed libio-string-perl:all 1.08-4"),
		},
	},
	{
		name: "sar-averages-under-timed-rows",
		why:  "sar writes its averages under a table whose rows open with their clock: each Average: row is a row of its own, without a time",
		entries: []worldEntry{
			wskip("Linux 6.1.0-27-amd64 (web01) \t11/29/26 \t_x86_64_\t(4 CPU)", ""),
			we("2026-11-29T07:41:15Z", Unknown, "", "07:41:15        CPU     %user     %nice   %system   %iowait    %steal     %idle"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16        all     12.00      0.00      4.50      0.25      0.00     83.25"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17        all     10.75      0.00      3.00      0.00      0.00     86.25"),
			we("", Unknown, "", "Average:        all     11.38      0.00      3.75      0.13      0.00     84.75"),
		},
	},
	{
		name: "cloud-init-stage-lines-among-timed-records",
		why:  "cloud-init-output.log: 'Cloud-init v. … running 'stage' at' and 'finished at' an RFC 2822 date with its weekday are records of their own at that time among its timed records; a line of a record's text that dates a start or an end, hours away or in the same minute, stays the record's",
		entries: []worldEntry{
			we("2026-11-29T07:45:57.208Z", Debug, "", "2026-11-29 07:45:57,208 - main.py[DEBUG]: Logging being reset, this logger may no longer be active shortly"),
			we("2026-11-29T07:45:57Z", Unknown, "", "Cloud-init v. 23.1.2 running 'modules:final' at Sun, 29 Nov 2026 07:45:57 +0000. Up 12.41 seconds."),
			we("2026-11-29T07:45:58.115Z", Warn, "", "2026-11-29 07:45:58,115 - cc_final_message.py[WARNING]: Used fallback datasource"),
			we("2026-11-29T07:45:58Z", Unknown, "", "Cloud-init v. 23.1.2 finished at Sun, 29 Nov 2026 07:45:58 +0000. Datasource DataSourceNone.  Up 13.02 seconds"),
			we("2026-11-29T07:50:00Z", Info, "", "2026-11-29 07:50:00 INFO nightly report:", "Job nightly started at 2026-11-29 01:00:00", "Job nightly finished at 2026-11-29 01:12:40"),
			we("2026-11-29T07:51:00Z", Info, "", "2026-11-29 07:51:00 INFO cron: job export output:", "export started at 2026-11-29 07:51:00", "exported 1203 rows", "export finished at 2026-11-29 07:51:07"),
		},
	},
	{
		name: "node-report-ends-at-its-version-line",
		why:  "Node.js's report of an uncaught exception ends at its 'Node.js vX' line: the restarted process's untimed lines after it are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "listening on 3000"),
			we("", Unknown, "", "GET /crash 200 3 - 1.204 ms"),
			we("", Unknown, "", "/srv/shop/app.js:41", "app.get('/crash', (req, res) => { setTimeout(() => { null.boom(); }, 5); });", "                                                       ^", "", "TypeError: Cannot read properties of null (reading 'boom')", "    at Timeout._onTimeout (/srv/shop/app.js:41:56)", "    at listOnTimeout (node:internal/timers:581:17)", "", "Node.js v20.18.1"),
			we("", Unknown, "", "listening on 3000"),
			we("", Unknown, "", "GET / 200 2 - 0.911 ms"),
		},
	},
	{
		name: "json-unix-key",
		why:  "uWSGI's JSON log encoder names the Unix second 'unix'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"unix":1795938076,"msg":"spawned uWSGI worker 1 (pid: 4120, cores: 1)"}`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"unix":1795938077,"msg":"[pid: 4120|app: 0|req: 1/1] 10.0.0.5 () {34 vars in 412 bytes} [Sun Nov 29 07:41:17 2026] GET / => generated 12 bytes in 1 msecs"}`),
		},
	},
	{
		name: "json-bracketed-clf-time",
		why:  "gunicorn's access log in a JSON access_log_format: %(t)s keeps its brackets inside the string",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", `{"remote_ip":"10.0.0.5","request":"GET /orders HTTP/1.1","status":"200","time":"[29/Nov/2026:07:41:17 +0000]","agent":"curl/8.5.0"}`),
			we("2026-11-29T06:41:18Z", Unknown, "", `{"remote_ip":"10.0.0.5","request":"GET /boom HTTP/1.1","status":"500","time":"[29/Nov/2026:07:41:18 +0100]","agent":"curl/8.5.0"}`),
		},
	},
	{
		name: "c-backtrace-frames",
		why:  "a C backtrace as backtrace_symbols writes it (uWSGI's segfault handler, glibc's abort), each frame 'object(symbol+offset) [address]', is one record with its header and its closing line",
		entries: []worldEntry{
			we("", Unknown, "", "spawned uWSGI worker 1 (pid: 4120, cores: 1)"),
			we("", Unknown, "", "!!! uWSGI process 4120 got Segmentation Fault !!!"),
			we("", Unknown, "", "*** backtrace of 4120 ***", "uwsgi(uwsgi_backtrace+0x2f) [0x5581c2a9d4df]", "uwsgi(uwsgi_segfault+0x23) [0x5581c2a9d8f3]", "/lib/x86_64-linux-gnu/libc.so.6(+0x3c050) [0x7f0a1c4ae050]", "/lib/x86_64-linux-gnu/libc.so.6(epoll_wait+0x13) [0x7f0a1c57aef3]", "uwsgi(_start+0x21) [0x5581c2a4c641]", "*** end of backtrace ***"),
			we("", Unknown, "", "DAMN ! worker 1 (pid: 4120) died :( trying respawn ..."),
		},
	},
	{
		name: "lighttpd-fastcgi-stack-heading",
		why:  "lighttpd glues a FastCGI child's stderr to its label: 'FastCGI-stderr:Stack trace:' heads PHP's frames and is no trace level; 'FastCGI-stderr:PHP Warning:' keeps PHP's level",
		entries: []worldEntry{
			we("2026-11-29T07:58:13Z", Warn, "", "2026-11-29 07:58:13: (mod_fastcgi.c.449) FastCGI-stderr:PHP Warning:  Undefined variable $total in /var/www/cart.php on line 12"),
			we("2026-11-29T07:58:14Z", Critical, "", "2026-11-29 07:58:14: (mod_fastcgi.c.449) FastCGI-stderr:PHP Fatal error:  Uncaught Exception: no stock in /var/www/cart.php:20"),
			we("2026-11-29T07:58:14Z", Unknown, "", "2026-11-29 07:58:14: (mod_fastcgi.c.449) FastCGI-stderr:Stack trace:"),
		},
	},
	{
		name: "mariadb-banner-after-a-restart",
		why:  "MariaDB writes its banner with the program's bare name ('mariadbd, Version: …') and, under it, the port and the query log's column names: one record, also when a restart writes it in the middle of the log",
		entries: []worldEntry{
			we("2026-11-29T07:53:02Z", Unknown, "", "261129  7:53:02\t     3 Connect\tshop@localhost on shop using Socket"),
			we("", Unknown, "", "\t\t     3 Quit\t"),
			we("", Unknown, "", "mariadbd, Version: 10.11.19-MariaDB-0+deb12u1-log (Debian 12). started with:", "Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock", "Time\t\t    Id Command\tArgument"),
			we("2026-11-29T07:55:40Z", Unknown, "", "261129  7:55:40\t     3 Connect\tshop@localhost on shop using Socket"),
		},
	},
	{
		name: "ausearch-separators",
		why:  "ausearch -i separates its events by '----': the separator stands alone and each event is one record with its records, however many events repeat the same shape",
		entries: []worldEntry{
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:16.612Z", Unknown, "", "type=DAEMON_START msg=audit(11/29/26 07:41:16.612:6830) : op=start ver=3.0.9 format=enriched kernel=6.1.0-27-amd64 auid=unset pid=812 uid=root ses=unset res=success "),
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:19.092Z", Unknown, "", "type=USER_AUTH msg=audit(11/29/26 07:41:19.092:42) : pid=4120 uid=root auid=unset ses=unset msg='op=PAM:authentication grantors=pam_rootok acct=alice exe=/usr/bin/su hostname=? addr=? terminal=pts/0 res=success' "),
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:19.092Z", Unknown, "", "type=PROCTITLE msg=audit(11/29/26 07:41:19.092:43) : proctitle=su alice -c id ", "type=PATH msg=audit(11/29/26 07:41:19.092:43) : item=0 name=/etc/shadow inode=409668 dev=fe:00 mode=file,640 ouid=root ogid=shadow rdev=00:00 nametype=NORMAL ", "type=SYSCALL msg=audit(11/29/26 07:41:19.092:43) : arch=x86_64 syscall=openat success=yes exit=3 a0=AT_FDCWD a1=0x7f80a6089bf9 a2=O_RDONLY|O_CLOEXEC "),
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:19.092Z", Unknown, "", "type=USER_ACCT msg=audit(11/29/26 07:41:19.092:44) : pid=4120 uid=root auid=unset ses=unset msg='op=PAM:accounting grantors=pam_permit acct=alice exe=/usr/bin/su hostname=? addr=? terminal=pts/0 res=success' "),
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:19.096Z", Unknown, "", "type=CRED_ACQ msg=audit(11/29/26 07:41:19.096:45) : pid=4120 uid=root auid=unset ses=unset msg='op=PAM:setcred grantors=pam_rootok acct=alice exe=/usr/bin/su hostname=? addr=? terminal=pts/0 res=success' "),
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:19.096Z", Unknown, "", "type=PROCTITLE msg=audit(11/29/26 07:41:19.096:46) : proctitle=su alice -c id ", "type=SYSCALL msg=audit(11/29/26 07:41:19.096:46) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD "),
			we("", Unknown, "", "----"),
			we("2026-11-29T07:41:19.096Z", Unknown, "", "type=USER_START msg=audit(11/29/26 07:41:19.096:47) : pid=4120 uid=root auid=unset ses=unset msg='op=PAM:session_open grantors=pam_unix acct=alice exe=/usr/bin/su hostname=? addr=? terminal=pts/0 res=success' "),
		},
	},
	{
		name: "review23-average-in-prose",
		why:  "a line that opens with Average: under a record whose clock opens the line is its text unless it has the row's columns and ends in a number as sar's averages do",
		entries: []worldEntry{
			we("2026-11-29T07:45:07Z", Unknown, "", "07:45:07 bench: latency run done, results below", "Average:  12.3 ms", "Median:   11.0 ms"),
			we("2026-11-29T07:45:08Z", Info, "", "07:45:08 INFO report for host db1", "Average:  load 0.42 over 5 minutes"),
		},
	},
	{
		name: "review23-no-journal-host-from-other-stamps",
		why:  "a word before a program with its pid is the journal's host only after the journal's own stamps (weekday, ISO date, clock and zone name; Unix seconds with microseconds), never a facility.level word, a number or an address",
		entries: []worldEntry{
			we("2026-11-29T07:45:00Z", Info, "", "11/29/2026 07:45:00 daemon.info sshd[4120]: Accepted publickey for alice"),
			we("2026-11-29T07:45:01Z", Unknown, "", "11/29/2026 07:45:01 4120 sshd[4120]: Connection closed by 203.0.113.9"),
			we("2026-11-29T07:45:02.143913Z", Unknown, "", "1795938302.143913 0x1f3a kernel: page allocation failure: order:0"),
		},
	},
	{
		name: "review23-no-journal-host-after-uptime",
		why:  "after the seconds since boot, a facility.level word or a pid before a program's tag is no host, also when the message holds a time",
		entries: []worldEntry{
			we("2026-11-29T07:45:04Z", Unknown, "", "[   17.000000] 4120 sshd[4120]: 2026-11-29 07:45:04 Accepted publickey"),
			we("2026-11-29T07:45:05Z", Unknown, "", "[   18.000000] daemon.info sshd[4120]: 2026-11-29 07:45:05 Accepted publickey"),
		},
	},
	{
		name: "glibc-backtrace-after-its-banner",
		why:  "glibc's report of a detected corruption: its Backtrace banner and the frames of a program run from its directory ('./a.out(main+0x1d)[0x…]') are one record",
		entries: []worldEntry{
			we("", Unknown, "", "*** Error in `./billing': double free or corruption (fasttop): 0x0000000001c4d010 ***"),
			we("", Unknown, "", "======= Backtrace: =========", "/lib/x86_64-linux-gnu/libc.so.6(+0x777e5)[0x7f3b2a6ba7e5]", "/lib/x86_64-linux-gnu/libc.so.6(+0x8037a)[0x7f3b2a6c337a]", "./billing(main+0x1d)[0x55ec6139d4df]", "/lib/x86_64-linux-gnu/libc.so.6(__libc_start_main+0xf0)[0x7f3b2a663830]", "./billing(_start+0x29)[0x55ec6139d329]"),
		},
	},
	{
		name: "pulseaudio-log-time-letters",
		why:  "PulseAudio with --log-time writes the seconds since it started and since the line before in parentheses, then its level letter: no time of day, the letter's level",
		entries: []worldEntry{
			we("", Warn, "", "(   0.000|   0.000) W: [pulseaudio][../src/daemon/main.c:817 main()] This program is not intended to be run as root (unless --system is specified)."),
			we("", Info, "", "(   0.001|   0.001) I: [pulseaudio][../src/daemon/main.c:378 set_one_rlimit()] setrlimit(RLIMIT_NICE, (31, 31)) failed: Operation not permitted"),
			we("", Error, "", "(   0.068|   0.067) E: [pulseaudio][../src/pulsecore/module.c:213 pa_module_load()] Failed to load module \"module-alsa-sink\" (argument: \"device=hw:0\"): initialization failed."),
			we("", Debug, "", "(   0.070|   0.002) D: [pulseaudio][../src/pulsecore/core-rtclock.c:164 pa_rtclock_hrtimer_enable()] Timer slack is set to 50 us."),
		},
	},
	{
		name: "firebird-host-before-its-date",
		why:  "Firebird's firebird.log names the server before a tab and the ctime date of each record, the message indented under it",
		entries: []worldEntry{
			we("2026-11-29T07:38:27Z", Unknown, "db01", "db01\tSun Nov 29 07:38:27 2026", "\t/usr/sbin/fbguard: guardian starting /usr/sbin/firebird", ""),
			we("2026-11-29T07:38:33Z", Unknown, "db01", "db01\tSun Nov 29 07:38:33 2026", "\t/usr/sbin/fbguard: /usr/sbin/firebird terminated abnormally (-1)", ""),
		},
	},
	{
		name: "review23-tab-and-date-columns-no-host",
		why:  "a word before a tab and a date with its zone (git log's %h%x09%ad) or a fraction (find's %f<TAB>%t) is no host: only ctime's own date, as Firebird writes it",
		entries: []worldEntry{
			we("2026-11-29T07:14:17Z", Unknown, "", "fc2b145\tSun Nov 29 07:14:17 2026 +0000"),
			we("2026-11-29T07:15:51.776242348Z", Unknown, "", "access.log\tSun Nov 29 07:15:51.7762423480 2026"),
		},
	},
	{
		name: "review23-elapsed-pair-needs-milliseconds",
		why:  "PulseAudio writes both of its --log-time stamps with three decimals; another tool's '(12.5|3.1) W:' under a timed record stays its text",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29 07:41:15 INFO starting benchmark", "(12.5|3.1) W: slow path taken"),
		},
	},
	{
		name: "strongSwan's milliseconds after the zone",
		why:  "charon's filelog with time_format = %FT%T%z and time_add_ms = yes appends the milliseconds after the whole stamp, the zone included",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.073Z", Unknown, "", "2026-11-29T07:41:16+0000.073 00[DMN] Starting IKE charon daemon (strongSwan 5.9.8, Linux 6.1.0, x86_64)"),
			we("2026-11-29T06:41:16.305Z", Unknown, "", "2026-11-29T07:41:16+0100.305 13[IKE] received AUTHENTICATION_FAILED notify error"),
			we("2026-11-29T07:41:16.125Z", Unknown, "", "2026-11-29T07:41:16.125+0000 00[CFG] loading ca certificates from '/etc/ipsec.d/cacerts'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16+0000 .0731 reading the rest"),
		},
	},
	{
		name: "capitals open a sentence where the source's untagged lines do",
		why:  "PowerDNS in the foreground stamps its lines in the BSD spelling with no host: once its untagged lines are known to open sentences, a word in capitals before a word in lower case opens one too",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 Loading '/usr/lib/x86_64-linux-gnu/pdns/libbindbackend.so'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 This is a standalone pdns"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 Listening on controlsocket in '/run/pdns/pdns.controlsocket'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 UDP server bound to 0.0.0.0:53"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 TCP server bound to 0.0.0.0:53"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 Creating backend connection for TCP"),
			we("2026-11-29T07:41:18Z", Unknown, "ROUTER", "Nov 29 07:41:18 ROUTER Interface ge-0/0/1 down"),
		},
	},
	{
		name: "WirePlumber's M lines are records",
		why:  "WirePlumber writes GLib's message level as M before its clock; the line is a record of its own (its level unread: M is a major alarm in other letter columns), not the text of the debug line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.673910Z", Debug, "", "D 07:41:16.673910           pw.proxy ../src/pipewire/proxy.c:295:pw_proxy_unref: 0x55a483d73150: free 1"),
			we("2026-11-29T07:41:16.673913Z", Unknown, "", "M 07:41:16.673913            pw.core ../src/pipewire/core.c:190:destroy_proxy: 0x55a483d6a510: leaked proxy 0x55a483e09250 id:4"),
			we("2026-11-29T07:41:16.673946Z", Debug, "", "D 07:41:16.673946         spa.system ../spa/plugins/support/system.c:88:impl_close: 0x55a483d3b178: close fd:13"),
			we("2026-11-29T07:41:16.673983Z", Unknown, "", "M 07:41:16.673983        wireplumber ../src/main.c:364:on_disconnected: disconnected from pipewire"),
		},
	},
	{
		name: "rsyslog's debug template",
		why:  "RSYSLOG_DebugFormat writes each message as a block of labelled lines under a fixed header: one record, its time TIMESTAMP's, its host HOSTNAME's, its level PRI's severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web01", "Debug line with all properties:", "FROMHOST: 'web01', fromhost-ip: '127.0.0.1', HOSTNAME: 'web01', PRI: 46,", "syslogtag 'rsyslogd:', programname: 'rsyslogd', APP-NAME: 'rsyslogd', PROCID: '-', MSGID: '-',", "TIMESTAMP: 'Nov 29 07:41:16', STRUCTURED-DATA: '-',", "msg: ' [origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"512\"] start'", "escaped msg: ' [origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"512\"] start'", "inputname: rsyslogd rawmsg: ' [origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"512\"] start'", "$!:", "$.:", "$/:", ""),
			we("2026-11-29T07:41:18Z", Warn, "web01", "Debug line with all properties:", "FROMHOST: 'web01', fromhost-ip: '127.0.0.1', HOSTNAME: 'web01', PRI: 4,", "syslogtag 'kernel:', programname: 'kernel', APP-NAME: 'kernel', PROCID: '-', MSGID: '-',", "TIMESTAMP: 'Nov 29 07:41:18', STRUCTURED-DATA: '-',", "msg: '[    0.000000] [Firmware Bug]: TSC doesn't count with P0 frequency!'", "escaped msg: '[    0.000000] [Firmware Bug]: TSC doesn't count with P0 frequency!'", "inputname: imklog rawmsg: '[    0.000000] [Firmware Bug]: TSC doesn't count with P0 frequency!'", "$!:", "$.:", "$/:", ""),
			we("2026-11-29T07:41:19Z", Error, "db-2", "Debug line with all properties:", "FROMHOST: '10.0.0.7', fromhost-ip: '10.0.0.7', HOSTNAME: 'db-2', PRI: 27,", "syslogtag 'postgres[4120]:', programname: 'postgres', APP-NAME: 'postgres', PROCID: '4120', MSGID: '-',", "TIMESTAMP: 'Nov 29 07:41:19', STRUCTURED-DATA: '-',", "msg: ' could not connect to server'", "escaped msg: ' could not connect to server'", "inputname: imudp rawmsg: '<27>Nov 29 07:41:19 db-2 postgres[4120]: could not connect to server'", "$!:", "$.:", "$/:", ""),
		},
	},
	{
		name: "review24-wireplumber-m-after-a-letter-column",
		why:  "the adversarial review's: once the letter column is learned from I and D lines, M before a clock with a fraction is GLib's message level (no severity), not ProCurve's major event",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.645210Z", Info, "", "I 07:41:15.645210                 wp ../lib/wp/wp.c:36:wp_init: WirePlumber 0.4.13 initializing"),
			we("2026-11-29T07:41:16.673910Z", Debug, "", "D 07:41:16.673910           pw.proxy ../src/pipewire/proxy.c:295:pw_proxy_unref: 0x55a483d73150: free 1"),
			we("2026-11-29T07:41:16.673913Z", Unknown, "", "M 07:41:16.673913            pw.core ../src/pipewire/core.c:190:destroy_proxy: 0x55a483d6a510: leaked proxy 0x55a483e09250 id:4"),
			we("2026-11-29T07:41:16.673979Z", Debug, "", "D 07:41:16.673979            wp-core ../lib/wp/core.c:251:proxy_core_destroy: <WpCore:0x55a483d3a010> emit disconnected"),
			we("2026-11-29T07:41:16.673983Z", Unknown, "", "M 07:41:16.673983        wireplumber ../src/main.c:364:on_disconnected: disconnected from pipewire"),
		},
	},
	{
		name: "review24-rsyslog-debug-block-ends",
		why:  "the adversarial review's: a debug block ends at its blank line or at a line none of its labels opens, so that a file the template wrote for a while goes on in its own layout; its header starts a block after a timed line too",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "web01", "Nov 29 07:41:15 web01 rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"512\"] start"),
			we("2026-11-29T07:41:17Z", Info, "web01", "Debug line with all properties:", "FROMHOST: 'web01', fromhost-ip: '127.0.0.1', HOSTNAME: 'web01', PRI: 30,", "syslogtag 'systemd[1]:', programname: 'systemd', APP-NAME: 'systemd', PROCID: '1', MSGID: '-',", "TIMESTAMP: 'Nov 29 07:41:17', STRUCTURED-DATA: '-',", "msg: ' Started cron.service.'", "escaped msg: ' Started cron.service.'", "inputname: imuxsock rawmsg: '<30>Nov 29 07:41:17 systemd[1]: Started cron.service.'", "$!:", "$.:", "$/:", ""),
			we("2026-11-29T07:41:18Z", Unknown, "web01", "Nov 29 07:41:18 web01 sshd[812]: Accepted publickey for root from 10.0.0.5 port 52211 ssh2"),
			we("2026-11-29T07:41:19Z", Info, "web01", "Debug line with all properties:", "FROMHOST: 'web01', fromhost-ip: '127.0.0.1', HOSTNAME: 'web01', PRI: 30,", "syslogtag 'systemd[1]:', programname: 'systemd', APP-NAME: 'systemd', PROCID: '1', MSGID: '-',", "TIMESTAMP: 'Nov 29 07:41:19', STRUCTURED-DATA: '-',", "msg: ' Stopped cron.service.'"),
			we("2026-11-29T07:41:20Z", Unknown, "web01", "Nov 29 07:41:20 web01 CRON[900]: (root) CMD (run-parts /etc/cron.hourly)"),
		},
	},
	{
		name: "review24-capitals-before-the-verdict",
		why:  "the adversarial review's: lines opening with capitals before the source's untagged lines are known to open sentences are read again with the verdict, as the weak ones are, so that the same line reads alike wherever it stands",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 UDP server bound to 0.0.0.0:53"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 TCP server bound to 0.0.0.0:53"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 Loading '/usr/lib/x86_64-linux-gnu/pdns/libbindbackend.so'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 This is a standalone pdns"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 UDP server bound to [::]:53"),
		},
	},
	{
		name: "review24-strongswan-milliseconds-end-their-word",
		why:  "the adversarial review's: only three digits that end their word after a numeric zone are strongSwan's milliseconds; a version or an address glued there is not, nor digits after Z, which strftime's %z never writes",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20Z.512 something"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16+0000.123.45 build tag"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17+0000.10.0.0.5 connected"),
		},
	},
	{
		name: "roarr-context-loglevel",
		why:  "Roarr (Node) writes its level as a bunyan-scale number under context.logLevel, beside its message and epoch-millisecond time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", `{"context":{"logLevel":20,"poolSize":4},"message":"starting worker pool","sequence":"1","time":1795938076204,"version":"2.0.0"}`),
			we("2026-11-29T07:41:16.911Z", Error, "", `{"context":{"program":"billing","logLevel":50},"message":"lost the database connection","sequence":"2","time":1795938076911,"version":"2.0.0"}`),
			we("2026-11-29T07:41:17.002Z", Warn, "", `{"context":{"logLevel":40},"message":"retrying in 5s","sequence":"3","time":1795938077002,"version":"2.0.0"}`),
		},
	},
	{
		name: "coloredlogs-short-host",
		why:  "Python's coloredlogs writes its default format as time, %(hostname)s, the logger with its pid and no colon, then the level: the host is the machine's short name whatever its shape",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "db", "2026-11-29 07:41:16 db billing.worker[4120] DEBUG opening pool size=4"),
			we("2026-11-29T07:41:17Z", Warn, "db", "2026-11-29 07:41:17 db billing.worker[4120] WARNING retrying in 5s"),
			we("2026-11-29T07:41:18Z", Error, "db", "2026-11-29 07:41:18 db billing.api[4121] ERROR upstream timed out"),
		},
	},
	{
		name: "ruby-uncaught-exception",
		why:  "Ruby's report of an uncaught exception (the frame, the message and the class in parentheses, then tab-indented from lines) is a record of its own under the program's last Logger line, with no time and no level of its own; a Logger line's logged exception keeps its frames",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "", "E, [2026-11-29T07:41:16.204118 #4120] ERROR -- billing: cannot read invoice.yml (Errno::ENOENT)", "app/billing.rb:22:in `load_config'", "app/billing.rb:40:in `<main>'"),
			we("2026-11-29T07:41:17.009311Z", Warn, "", "W, [2026-11-29T07:41:17.009311 #4120]  WARN -- billing: retrying in 5s"),
			we("", Unknown, "", "app/billing.rb:31:in 'Billing::Client#fetch': connection refused - connect(2) for 10.0.0.7:5432 (Errno::ECONNREFUSED)", "\tfrom app/billing.rb:12:in 'Billing::Job#run'", "\tfrom app/billing.rb:40:in '<main>'"),
		},
	},
	{
		name: "program-line-with-bracketed-level",
		why:  "a program's own untimed line on the stream of its timed log, its name, a colon and a level in brackets, is a record of its own: nginx's startup error under its timed error-log lines in a container's output",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 [notice] 1#1: start worker processes"),
			we("", Emergency, "", `nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/conf.d/default.conf:14`),
			we("2026-11-29T07:41:18Z", Notice, "", "2026/11/29 07:41:18 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down"),
		},
	},
	{
		name: "roarr-loglevel-word-is-no-level",
		why:  "a word under Roarr's context.logLevel is a setting the program logged in its context, not the record's level: Roarr writes a number there",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `{"context":{"logLevel":"warn","component":"config"},"message":"loaded settings","sequence":"4","time":1795938076204,"version":"2.0.0"}`),
		},
	},
	{
		name: "ruby-exception-logged-under-an-error",
		why:  "an exception's report in Ruby's full_message shape under a Logger error line is that record's text, logged as one message; under a line below an error it is the interpreter's report of an uncaught one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "", "E, [2026-11-29T07:41:16.204118 #4120] ERROR -- billing: job failed", "app/billing.rb:31:in `fetch': connection refused (Errno::ECONNREFUSED)", "\tfrom app/billing.rb:12:in `run'"),
		},
	},
	{
		name: "review25-clock-level-prefixes",
		why:  "the adversarial review's: a clock with a level after it is no record's stamp behind a word (a duration, a table's row under a timed record); a later full date still wins",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 INFO report.nightly Job report:", "      job  started  status", "0  backup  02:00:00   ERROR", "1  rotate  02:10:00    INFO"),
		},
	},
	{
		name: "review25-coloredlogs-only-before-dotted-loggers",
		why:  "the adversarial review's: before a plain word and a number in brackets, the word after the time may be a logger or a thread (a function and its line follow): no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 api handle_request[42] INFO served /orders"),
			we("2026-11-29T07:41:17.123Z", Info, "", "2026-11-29 07:41:17,123 MainThread app[4120] INFO started"),
		},
	},
	{
		name: "review25-duration-before-a-level",
		why:  "the adversarial review's: a duration after a word, a level in capitals after it, is no time of day",
		entries: []worldEntry{
			we("", Error, "", "Elapsed 00:01:05 ERROR count 3"),
		},
	},
	{
		name: "capitalized-level-word-before-a-gerund-is-prose",
		why:  "a capitalized level word with a lower-case gerund after one blank opens the message of a source that writes no level; padded after it, or before a capitalized word, it is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16,204 - Error loading plugin geo-export: no such module"),
		},
	},
	{
		name: "capitalized-level-word-before-a-gerund-without-dash",
		why:  "the same after the time alone",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 Warning reading /etc/app.conf, using defaults"),
		},
	},
	{
		name: "capitalized-level-column-stays-a-level",
		why:  "a capitalized level padded to its column, or before a capitalized word, is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "", "2026-11-29 07:41:16.204 Error   connecting to db-2 failed"),
			we("2026-11-29T07:41:17.204Z", Error, "", "2026-11-29 07:41:17.204 Error Connecting to db-2 failed"),
			we("2026-11-29T07:41:18.204Z", Info, "", "2026-11-29 07:41:18.204 Info    starting worker 3"),
		},
	},
	{
		name: "launcher-bracket-names-the-node",
		why:  "a parallel job's launcher opens its untimed lines with the node in a bracket: node and pid (Open MPI, PRRTE), node, pid and thread ids (UCX), a role at the node (Hydra)",
		entries: []worldEntry{
			we("", Unknown, "hpc-a17", "[hpc-a17:31877] *** An error occurred in MPI_Allreduce"),
			we("", Unknown, "hpc-a18", "[hpc-a18:02214:0:02219] Caught signal 7 (Bus error: nonexistent physical address)"),
			we("", Unknown, "hpc-a02", "[proxy:0:1@hpc-a02] got crash; killing all processes"),
			we("", Unknown, "gw7", "[mpiexec@gw7] Sending Ctrl-C to processes as requested"),
		},
	},
	{
		name: "launcher-bracket-refusals",
		why:  "a thread and its number, a Java object and its hash, a user at a mail domain, a node with a short number: no machine",
		entries: []worldEntry{
			we("", Unknown, "", "[worker:12] job 4412 picked up"),
			we("", Unknown, "", "[Pool@7a81c0ff] connection leased"),
			we("", Unknown, "", "[alice@example.com] mailbox over quota"),
			we("", Unknown, "", "[db01:5] replica lag 3s"),
		},
	},
	{
		name: "row-host-after-the-time",
		why:  "a row split by tabs names its machine in the field after the time, when more fields follow",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "edge-7", "2026-11-29T07:41:16Z\tedge-7\trelay\tqueue drained"),
		},
	},
	{
		name: "row-host-refusals",
		why:  "a logger, a capitalized word or the last field after the time is no machine",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16Z\tcom.example.shop\tcheckout\tcart saved"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17Z\tWorker-3\tcheckout\tcart saved"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29T07:41:18Z\tretry-2"),
		},
	},
	{
		name: "syslog-severity-digit-after-a-tag",
		why:  "a program's tag, then the message's syslog severity in angle brackets and a blank",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "2026-11-29 07:41:16 wland[812]: <3> 40112 Radio 5G failed to start"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 wland[812]: <7> 40190 beacon sent"),
		},
	},
	{
		name: "source-and-level-in-a-bracket-after-the-time",
		why:  "a source and its syslog level joined by a dot in a bracket right after the time; a dotted logger in a bracket is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 [Fan.warning]: fan 3 below 2000 rpm"),
			we("2026-11-29T07:41:17Z", Critical, "", "Sun Nov 29 07:41:17 2026 [PSU.crit]: power supply 2 lost input"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 [org.acme.info] heartbeat"),
		},
	},
	{
		name: "alarm-severity-in-a-list-block",
		why:  "an event block's Severity field on the alarm scale: Major an error, Minor a warning",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "Time     : 2026-11-29 07:41:16 UTC", "Severity : Minor", "Message  : Fan module 2 running above threshold", ""),
			we("2026-11-29T07:42:16Z", Error, "", "Time     : 2026-11-29 07:42:16 UTC", "Severity : Major", "Message  : Controller 1 lost its battery", ""),
		},
	},
	{
		name: "year-from-a-date-column-a-day-apart",
		why:  "a year-less syslog date a day after or before the dated column before it takes that column's year, across a new year too",
		entries: []worldEntry{
			we("2011-03-08T00:00:07Z", Unknown, "cn17", "- 1299538807 2011.03.07 cn17 Mar 8 00:00:07 cn17/cn17 ntpd[2210]: synchronized to 10.0.0.1, stratum 2"),
			we("2012-01-01T00:00:03Z", Unknown, "cn18", "- 1325375997 2011.12.31 cn18 Jan 1 00:00:03 cn18/cn18 ntpd[2211]: kernel time sync enabled 0001"),
		},
	},
	{
		name: "a build's date in an untimed banner after its level and colon",
		why:  "the date ends a program's banner after LEVEL: and words of the message (syncthing's -logflags=0 start line), so it is the build's, not the record's; a date right after the level's colon stays the record's",
		entries: []worldEntry{
			we("", Info, "", `[start] INFO: relayd v2.4.1-deb "Quiet Quokka" (go1.22.4 linux-amd64) builder@buildhost 2026-04-09 10:47:16 UTC [noupgrade]`),
			we("", Info, "", `[K3XQ2] INFO: My ID: K3XQ2AB-77FGA2Q-PLMQ4RT`),
			we("", Warn, "", `[K3XQ2] WARNING: Folder "docs" isn't making sync progress`),
			we("2026-11-29T10:47:16Z", Info, "", `INFO: 2026-11-29 10:47:16 UTC relay started`),
		},
	},
	{
		name: "a syslog date padded with runs of blanks",
		why:  "some devices pad the month and the day with runs of blanks (netty-codec-syslog's CEF cases): the same date and the host after it",
		entries: []worldEntry{
			we("2026-09-19T08:26:10Z", Unknown, "fw-edge", `Sep   19  08:26:10 fw-edge CEF:0|Vendor|Gate|3.2|200|port scan blocked|8|src=192.0.2.77 dpt=22`),
			we("2026-09-07T08:26:11Z", Unknown, "fw-edge", `Sep   7   08:26:11 fw-edge CEF:0|Vendor|Gate|3.2|201|session closed|3|src=192.0.2.78`),
			we("2026-09-19T08:26:12Z", Info, "fw-edge", `<14>Sep  19  08:26:12 fw-edge gated[301]: policy reloaded`),
		},
	},
	{
		name: "IOS's origin-id among its counters",
		why:  "logging origin-id hostname or ip with service sequence-numbers writes the device's name or address between the message counter and the sequence number, or after a bare colon when the counter is off; counters alone name no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.204Z", Warn, "core-rtr2", "<188>88412: core-rtr2: 88409: Nov 29 2026 08:02:11.204 UTC: %LINEPROTO-4-UPDOWN: Line protocol on Interface Gi0/2, changed state to down"),
			we("2026-11-29T08:02:12.300Z", Notice, "192.0.2.14", "<189>88413: 192.0.2.14: 88410: Nov 29 2026 08:02:12.300 UTC: %SYS-5-CONFIG_I: Configured from console by admin on vty1 (192.0.2.50)"),
			we("2026-11-29T08:02:13.001Z", Notice, "core-rtr2", "<189>: core-rtr2: Nov 29 2026 08:02:13.001: %SYS-5-RELOAD: Reload requested by admin"),
			we("2026-11-29T08:02:14.500Z", Notice, "", "<189>88415: 88412: Nov 29 2026 08:02:14.500 UTC: %SYS-5-CONFIG_I: Configured from console by admin on vty1 (192.0.2.50)"),
		},
	},
	{
		name: "OSSEC's archives.log names the agent",
		why:  "archives.log writes the event's agent before the location it read, after a year-first time: a name alone for the manager's own logs, in parentheses before the address for a remote agent",
		entries: []worldEntry{
			we("2026-11-29T09:12:04Z", Unknown, "ids-hub", "2026 Nov 29 09:12:04 ids-hub->/var/log/messages Nov 29 09:12:03 ids-hub kernel: nf_conntrack: table full, dropping packet"),
			we("2026-11-29T09:12:05Z", Unknown, "db-11", "2026 Nov 29 09:12:05 (db-11) 192.0.2.31->/var/log/postgresql/postgresql.log 2026-11-29 09:12:05.102 UTC [812] LOG:  checkpoint starting: time"),
			we("2026-11-29T09:12:06Z", Info, "", "2026-11-29 09:12:06 INFO queue->worker handoff took 12 ms"),
		},
	},
	{
		name: "a time its label names after a level and other fields",
		why:  "a report's first line may write the level, other labelled fields and then its own time after Time:, and a number before it that reads as no time (a version) stops nothing",
		entries: []worldEntry{
			we("2026-11-29T08:12:40Z", Error, "", "ERROR: HELPDESK-WEB-3 Perl: 5.36.0 OS: linux Time: Sun Nov 29 08:12:40 2026"),
			we("2026-11-29T08:12:41Z", Critical, "", "FATAL: worker-2 build 7.1.4 Time: 2026-11-29 08:12:41"),
			we("", Warn, "", "WARN: cert web-2 renewed, next expiry Date: 2026-12-24 00:00:00"),
		},
	},
	{
		name: "Valkey's other clocks after pid:role",
		why:  "Valkey 8.1's log-timestamp-format writes milliseconds after the epoch or ISO 8601 after pid:role, and the level mark still follows; slog's DEBUG-4 is the trace level",
		entries: []worldEntry{
			we("2026-11-29T09:30:00.125Z", Notice, "", "7:M 1795944600.125 * Background saving started by pid 88"),
			we("2026-11-29T09:30:01.5Z", Warn, "", "7:M 2026-11-29T10:30:01.500+01:00 # WARNING: 32 bit instance detected"),
			we("2026-11-29T09:30:02Z", Trace, "", `time=2026-11-29T09:30:02Z level=DEBUG-4 msg="handshake packet" peer=10.1.0.4`),
		},
	},
	{
		name: "level words in other languages",
		why:  "programs under another locale write their level words in its language: the JDK's translations in Tomcat's level column, PostgreSQL's translated severities and the labels of the lines after them, Windows' level names in a translated export",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.500Z", Warn, "", "29-Nov-2026 08:02:11.500 警告 [http-nio-8080-exec-3] org.apache.catalina.core.StandardWrapperValve.invoke 会话超时"),
			we("2026-11-29T08:02:12.001Z", Error, "", "29-Nov-2026 08:02:12.001 심각 [main] org.apache.catalina.core.StandardService.startInternal 커넥터 시작 실패"),
			we("2026-11-29T05:02:13.250Z", Error, "", "2026-11-29 08:02:13.250 MSK [7710] ОШИБКА:  отношение \"invoices\" не существует", "2026-11-29 08:02:13.250 MSK [7710] ОПЕРАТОР:  SELECT * FROM invoices;"),
			we("2026-11-29T07:02:14.100Z", Warn, "", "2026-11-29 08:02:14.100 CET [7711] ATTENTION:  aucune transaction en cours"),
			we("2026-11-29T08:02:15Z", Critical, "", `Критический,29.11.2026 8:02:15,Microsoft-Windows-Kernel-Power,41,(63),"Система перезагрузилась"`),
			we("2026-11-29T08:02:16Z", Warn, "", "Warnung\t29.11.2026 08:02:16\tService Control Manager\t7023\tKeine\tDer Dienst wurde beendet."),
		},
	},
	{
		name: "dates as CJK and Cyrillic locales write them",
		why:  "the year, month and day characters of Chinese and Japanese dates and the weekday date(1) writes after them, Korean's dotted date, the 12-hour markers 上午/下午, 午前/午後 and 오전/오후 before or after the clock, a clock in 时分秒, Java's 十一月 and 11月 before the day, Russian's and Polish's month names; CST after a date in Chinese is China's",
		entries: []worldEntry{
			we("2026-11-29T02:15:09Z", Unknown, "", "2026年 11月 29日 星期日 10:15:09 CST 清理临时文件 412 个"),
			we("2026-11-29T10:15:10Z", Warn, "", "2026年11月29日 星期日 10时15分10秒 WARNING 磁盘使用率 91%"),
			we("2026-11-29T01:15:11Z", Unknown, "", "2026. 11. 29. (일) 10:15:11 KST 로그 정리 완료"),
			we("2026-11-29T22:15:12Z", Error, "", "2026-11-29 오후 10:15:12 [ERROR] 배치 실패"),
			we("2026-11-29T07:15:13Z", Unknown, "", "Вс 29 ноя 2026 10:15:13 MSK очистка завершена"),
			we("2026-11-29T10:15:14.300Z", Info, "", "29 lis 2026 10:15:14,300 INFO  [main] pl.example.App - Start"),
			we("2026-11-29T22:15:15Z", Warn, "", "十一月 29, 2026 10:15:15 下午 com.example.pay.Gateway call", "警告: 网关响应超时"),
		},
	},
	{
		name: "more locales' level words, markers and months",
		why:  "the JDK's Swedish and Italian level names, PostgreSQL's Italian and Ukrainian severities and detail labels, Windows' Turkish level names, Swedish and Turkish 12-hour markers, a Cyrillic month between dashes; the words for LOG and Swedish FIN are no levels, being words of text",
		entries: []worldEntry{
			we("2026-11-29T14:05:01Z", Warn, "", "nov. 29, 2026 2:05:01 EM se.example.kassa.Sync run", "VARNING: svarstiden var 2400 ms"),
			we("2026-11-29T13:05:02.100Z", Error, "", "2026-11-29 14:05:02.100 CET [8812] ERRORE:  la relazione \"ordini\" non esiste", "2026-11-29 14:05:02.100 CET [8812] ISTRUZIONE:  SELECT * FROM ordini;"),
			we("2026-11-29T12:05:03Z", Warn, "", "нд, 29-лис-2026 14:05:03 +0200 ПОПЕРЕДЖЕННЯ: повторна спроба"),
			we("2026-11-29T14:05:04Z", Error, "", "Hata\t29.11.2026 14:05:04\tService Control Manager\t7000\tYok\tHizmet başlatılamadı."),
			we("2026-11-29T14:05:05Z", Unknown, "", "29.11.2026 2:05:05 ÖS 로그 정리 완료"),
		},
	},
	{
		name: "records behind a collector's or process manager's prefix",
		why:  "a JSON record behind kubectl's --prefix name and --timestamps time, and behind pm2's id|name column, is read as a JSON line (pino's level number, its hostname); the collector's time is the record's; a logfmt record's message that is a program's line gives its level",
		entries: []worldEntry{
			we("2026-11-29T07:40:01.5Z", Warn, "node-3", `[pod/orders-7d9c5b6f4-x2k8p/orders] 2026-11-29T07:40:01.500000000Z {"level":"warn","ts":1795938001.1,"msg":"slow query","host":"node-3"}`),
			we("2026-11-29T07:40:00.123Z", Error, "web-07", `0|api      | {"level":50,"time":1795938000123,"pid":4120,"hostname":"web-07","msg":"upstream refused"}`),
			we("2026-11-29T07:40:02.2Z", Error, "web-04", `file=/var/log/shop/app.log host=web-04 message="2026-11-29 07:40:02,100 ERROR [main] c.e.shop.App - checkout failed" timestamp=2026-11-29T07:40:02.2Z`),
			we("2026-11-29T07:40:03.000000001Z", Info, "", `2026-11-29T07:40:03.000000001Z level=info msg="cache warmed" keys=4120`),
		},
	},
	{
		name: "docker service logs with its times",
		why:  "docker service logs -t writes the time first, then the task's column (service, slot, task id, '@' and the node): the node is the host, and the task's line is read in its own format",
		entries: []worldEntry{
			we("2026-11-29T07:40:05.118204331Z", Warn, "swarm-node-2", `2026-11-29T07:40:05.118204331Z billing_worker.3.q1w2e3r4t5y6@swarm-node-2    | time="2026-11-29T07:40:05Z" level=warning msg="queue slow" depth=812`),
		},
	},
	{
		name: "USBGuard's level letters",
		why:  "USBGuard writes (T) (D) (i) (W) (E) and (A) after its epoch in brackets: a lowercase (i) is info, (A) its audit records, which its syslog sink sends as notices; an outline's lowercase letters stay no levels",
		entries: []worldEntry{
			we("2026-11-29T07:40:10.5Z", Info, "", "[1795938010.500] (i) usbguard-daemon 1.1.3"),
			we("2026-11-29T07:40:11.5Z", Notice, "", "[1795938011.500] (A) uid=0 pid=812 result='SUCCESS' device.rule='allow id 1d6b:0002' type='Device.Insert'"),
			we("2026-11-29T07:40:12.5Z", Warn, "", "[1795938012.500] (W) RuleSet: /etc/usbguard/rules.d: no rule files found"),
		},
	},
	{
		name: "block headers: a corner before a rule, a random transaction id",
		why:  "Suricata's alert-debug.log opens each block with '+====…' and libmodsecurity 3's serial audit log each transaction with '---rBQ5kK3N---A--' (a random id in both cases and digits): each block is one record, timed by its line below the header",
		entries: []worldEntry{
			we("2026-11-29T07:40:20.5Z", Unknown, "", "+================", "TIME:              11/29/2026-07:40:20.500000", "SRC IP:            192.0.2.7", "ALERT CNT:           1", "ALERT MSG [00]:      ET SCAN Suspicious inbound"),
			we("2026-11-29T07:40:21.5Z", Unknown, "", "+================", "TIME:              11/29/2026-07:40:21.500000", "SRC IP:            192.0.2.8", "ALERT CNT:           1", "ALERT MSG [00]:      ET SCAN Another probe"),
		},
	},
	{
		name: "libmodsecurity 3's serial audit log",
		why:  "each transaction opens with its A marker, a random id in both cases and digits, and its time is on the line below; the other sections' markers are the same transaction's",
		entries: []worldEntry{
			we("2026-11-29T07:40:22Z", Unknown, "", "---aB3dE5fG---A--", "[29/Nov/2026:07:40:22 +0000] 179593802212.204412 192.0.2.45 51234 10.0.0.5 443", "---aB3dE5fG---B--", "GET /?q=1 HTTP/1.1", "", "---aB3dE5fG---Z--", ""),
			we("2026-11-29T07:40:23Z", Unknown, "", "---Zy9Xw8Vu---A--", "[29/Nov/2026:07:40:23 +0000] 179593802312.657786 192.0.2.46 41207 10.0.0.5 443", "---Zy9Xw8Vu---B--", "GET /.git/config HTTP/1.1", "", "---Zy9Xw8Vu---Z--", ""),
		},
	},
	{
		name: "Tiger's report: a prompt's clock and framed levels",
		why:  "Tiger opens a report's line with a time to the minute closed by a prompt's '>' (read as today's, as other bare clocks are), and frames its findings' levels in dashes: --FAIL-- is a failed check, an error",
		entries: []worldEntry{
			we("2026-11-29T03:10:00Z", Unknown, "", "03:10> Beginning security report for web-01 (x86_64 Linux 6.1.0-27-amd64)."),
		},
	},
	{
		name: "a level framed in dashes",
		why:  "Tiger's findings open with --WARN--, --FAIL-- or --ALERT--; a file of them alone reads each one's level",
		entries: []worldEntry{
			we("", Warn, "", "--WARN-- [pass014w] Login (backup) is disabled, but has a valid shell."),
			we("", Error, "", "--FAIL-- [acc015f] Login ID mysql has a duplicate home directory."),
			we("", Alert, "", "--ALERT-- [perm023a] /usr/local/bin/backup-helper is setuid to root."),
		},
	},
	{
		name: "a pm2 name with an at sign is no swarm node",
		why:  "only docker service logs' task, service.slot.id before its '@', names a node: a pm2 process called api@1.2.3 names no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:30Z", Info, "", `0|api@1.2.3 | 2026-11-29T07:40:30Z {"level":"info","msg":"pm2 started"}`),
		},
	},
	{
		name: "a CSV level column of letters",
		why:  "a log exported as CSV keeps logcat's and glog's one-letter levels in its Level column: D, W, E, F are debug, warn, error, critical",
		entries: []worldEntry{
			wskip("Date,Time,Pid,Tid,Level,Component,Content"),
			we("2026-11-29T07:40:40.1Z", Debug, "", "11-29,07:40:40.100,1702,2395,D,WindowManager,focus changed"),
			we("2026-11-29T07:40:41.1Z", Error, "", "11-29,07:40:41.100,633,633,E,SurfaceFlinger,layer lost"),
		},
	},
	{
		name: "a CSV date split over month, day and clock columns",
		why:  "a CSV export of syslog lines (loghub's Month,Date,Time) writes the month, the day and the clock in three columns: they are one year-less syslog date",
		entries: []worldEntry{
			wskip("Month,Date,Time,Component,Content"),
			we("2026-11-29T07:40:50Z", Unknown, "", "Nov,29,07:40:50,sshd(pam_unix),authentication failure"),
		},
	},
	{
		name: "a Kibana CSV report",
		why:  "Kibana's and OpenSearch Dashboards' CSV reports write @timestamp as 'Nov 29, 2026 @ 07:41:20.504'; its log_level and Hostname columns give the level and the host",
		entries: []worldEntry{
			wskip(`"@timestamp","Hostname","programname","log_level","Payload"`),
			we("2026-11-29T07:40:55.504Z", Error, "ctl-02", `"Nov 29, 2026 @ 07:40:55.504","ctl-02","nova-conductor","ERROR","No valid host was found"`),
		},
	},
	{
		name: "a traceback behind kubectl's times",
		why:  "kubectl logs --timestamps and docker logs -t stamp every line a program writes: a traceback's header, frames, source lines and exception behind those times are the error's record, as they are in a CRI file",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.880412117Z", Error, "", "2026-11-29T07:41:18.880412117Z 2026-11-29 07:41:18,877 ERROR shop.sync: sync failed", "2026-11-29T07:41:18.880450002Z Traceback (most recent call last):", `2026-11-29T07:41:18.880461930Z   File "/app/shop/sync.py", line 88, in run`, "2026-11-29T07:41:18.880470224Z     resp = client.post(url)", "2026-11-29T07:41:18.880488001Z httpx.ReadTimeout: timed out"),
			we("2026-11-29T07:41:19.0023319Z", Warn, "", "2026-11-29T07:41:19.002331900Z 2026-11-29 07:41:19,000 WARNING shop.sync: retrying"),
		},
	},
	{
		name: "stern's pod and container columns",
		why:  "stern --timestamps writes the pod's and the container's names, then its own zoned time, before each line: the klog or JSON record behind them is read as its own, its level too",
		entries: []worldEntry{
			we("2026-11-29T07:40:21.118204331Z", Error, "", `ingress-nginx-controller-5c8d7f-q2wzl controller 2026-11-29T16:40:21.118204331+09:00 E1129 07:40:21.118004       7 queue.go:131] "requeuing" err="no object matching key"`),
			we("2026-11-29T07:40:22.5Z", Warn, "", `api-6f9c7b-x8r2t api 2026-11-29T07:40:22.500000000Z {"level":"warn","msg":"slow upstream","ms":2400}`),
			we("2026-11-29T07:40:23Z", Unknown, "", "notes-and-ideas for 2026-11-29T07:40:23.000000000Z later"),
		},
	},
	{
		name: "a JSON record the container runtime cut into pieces",
		why:  "containerd and CRI-O cut a line longer than their limit into P pieces and a last F piece, each behind its own time: put back together they are one JSON record, whose level is the program's",
		entries: []worldEntry{
			we("2026-11-29T07:40:31.100200300Z", Error, "", `2026-11-29T07:40:31.100200300Z stderr P {"ts":"2026-11-29T07:40:31.1Z","severity":"error","message":"bulk import failed","rows":[1,2,3,`, `2026-11-29T07:40:31.100200400Z stderr P 4,5,6,`, `2026-11-29T07:40:31.100200500Z stderr F 7]}`),
			we("2026-11-29T07:40:32.000000100Z", Info, "", `2026-11-29T07:40:32.000000100Z stdout F {"ts":"2026-11-29T07:40:32Z","severity":"info","message":"import done"}`),
		},
	},
	{
		name: "a Procfile runner's name column before a record with its own time",
		why:  "overmind puts the process's name, padded to the longest, and a bar before each line, with no time of its own: a record behind it that opens with its time, or a JSON object, is read as its own, its level too",
		entries: []worldEntry{
			we("2026-11-29T07:40:41.5Z", Info, "", "jobs | 2026-11-29T07:40:41.500Z pid=88 tid=3kq class=SyncJob jid=0a1b2c3d4e5f60718293a4b5 elapsed=12.5 INFO: done"),
			we("2026-11-29T07:40:42Z", Error, "", `api  | {"level":"error","msg":"db down","time":"2026-11-29T07:40:42Z"}`),
			we("", Unknown, "", "api  | listening on :8080"),
		},
	},
	{
		name: "a step's time after an at sign",
		why:  "scripts stamp a step's line with date's output after an @ (swtpm_setup's 'Starting vTPM manufacturing as tss:tss @ Sun 29 Nov 2026 07:41:16 AM UTC'): the time is the line's, however many words come before it",
		entries: []worldEntry{
			we("2026-11-29T07:40:51Z", Unknown, "", "Nightly export of the orders database finished @ Sun 29 Nov 2026 07:40:51 AM UTC"),
			we("2026-11-29T19:40:52Z", Unknown, "", "Starting rsync of /srv/media to the backup host @ 2026-11-29 19:40:52"),
		},
	},
	{
		name: "a clock written with dots, and a Buddhist year",
		why:  "Finnish, Danish and Indonesian locales write the time of day with dots (15.41.16, after klo in Finnish); Thai locales count years in the Buddhist era, 543 ahead (2569 is 2026)",
		entries: []worldEntry{
			we("2026-11-29T15:40:16Z", Info, "", "2026-11-29 15.40.16 [Information] Layanan dimulai"),
			we("2026-11-29T15:40:17Z", Warn, "", "29.11.2026 klo 15.40.17 WARN levy lähes täynnä"),
			we("2026-11-29T07:40:18Z", Error, "", "[2569-11-29 07:40:18Z] [ERROR] Process exited with code 3"),
		},
	},
	{
		name: "a year-less date a time's label names",
		why:  "a date without its year is read only where the line starts, or after a level or number columns; a Time: label before it names it too (Snort's sfPortscan blocks open with 'Time: 11/29-07:41:16.204412')",
		entries: []worldEntry{
			we("2026-11-29T07:41:06.5Z", Unknown, "", "Time: 11/29-07:41:06.500000", "event_id: 7", "Priority Count: 5"),
		},
	},
	{
		name: "Ceph's dump of recent events",
		why:  "after a crash a Ceph daemon replays its recent events, each behind a counter right-aligned in six columns ('   -12> ', the last '     0> '): each is a record of its own, read behind the counter, and the dump's tail is the last one's",
		entries: []worldEntry{
			we("2026-11-29T07:40:14.611Z", Error, "", "2026-11-29T07:40:14.611+0000 7f3a8e7c5640 -1 *** Caught signal (Segmentation fault) **", " in thread 7f3a8e7c5640 thread_name:msgr-worker-1", "", "--- begin dump of recent events ---"),
			we("2026-11-29T07:40:13.002Z", Info, "", "    -1> 2026-11-29T07:40:13.002+0000 7f3a9c1e2640  0 osd.4 1207 heartbeat_check: no reply from 10.0.0.12:6804"),
			we("2026-11-29T07:40:14.611Z", Error, "", "     0> 2026-11-29T07:40:14.611+0000 7f3a8e7c5640 -1 *** Caught signal (Segmentation fault) **", " in thread 7f3a8e7c5640 thread_name:msgr-worker-1", "", "--- logging levels ---", "   0/ 5 none", "--- end dump of recent events ---"),
		},
	},
	{
		name: "a byte order mark before a file's first line",
		why:  ".NET and PowerShell write UTF-8 files with a byte order mark before their first line: the line behind it is read, a JSON record's level and fields too, and its raw text keeps the mark",
		entries: []worldEntry{
			we("2026-11-29T07:40:55Z", Error, "", "\ufeff{\"time\":\"2026-11-29T07:40:55Z\",\"level\":\"error\",\"msg\":\"json after a BOM\"}"),
			we("2026-11-29T07:40:56Z", Info, "", "{\"time\":\"2026-11-29T07:40:56Z\",\"level\":\"info\",\"msg\":\"second\"}"),
		},
	},
	{
		name: "a time after an at sign names a step's start or end",
		why:  "a time after a lone @ is the line's only when the line says a step starts or ends, and not a plan or an earlier event: 'Next backup scheduled @ …' and 'certificate expires @ …' quote a time; a year-less date is read after a Time: label only where the label opens the line ('Elapsed Time: 3/10 00:00:05' is a count); a pid before '> ' is no Ceph counter, and a thread's column before a time and bars is a layout's",
		entries: []worldEntry{
			we("", Unknown, "", "Next backup scheduled @ 2026-12-15 03:00:00"),
			we("", Unknown, "", "certificate expires @ 2027-03-01 00:00:00 UTC"),
			we("", Unknown, "", "Elapsed Time: 3/10 00:00:05"),
			we("2026-11-29T07:40:58Z", Unknown, "", "Backup of /srv/www done @ 2026-11-29 07:40:58"),
		},
	},
	{
		name: "Ceph's debug prefix in its containers",
		why:  "Ceph's container images write 'debug ' before every line on standard error (log_stderr_prefix), as kubectl logs shows a Rook or cephadm daemon's: the word is no level, and the line behind it, a crash dump's counter included, is read as Ceph's own",
		entries: []worldEntry{
			we("2026-11-29T07:41:05.2Z", Error, "", "debug 2026-11-29T07:41:05.200+0000 7f3a8e7c5640 -1 osd.7 1207 heartbeat_check: no reply from osd.2"),
			we("2026-11-29T07:41:05.3Z", Debug, "", "debug 2026-11-29T07:41:05.300+0000 7f3a8e7c5640  5 bluestore(/var/lib/ceph/osd/ceph-7) _txc_state_proc prepare"),
			we("2026-11-29T07:41:04.9Z", Info, "", "debug     -2> 2026-11-29T07:41:04.900+0000 7f3a9c1e2640  0 osd.7 1207 start_boot"),
		},
	},
	{
		name: "Comware's and VRP's ids without their marks",
		why:  "Comware's terminal and VRP's log buffer write the information id bare after the device's name, 'MODULE/5/MNEMONIC:', its colon glued to the text under terminal debugging: the digit between the slashes is the syslog severity and the word before it the host; an id further into the line is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.511Z", Debug, "sw-agg-04", "*Nov 29 07:41:20:511 2026 sw-agg-04 OSPF/7/DEBUG:Hello packet received from 10.1.1.2 on Vlan-interface10."),
			we("2026-11-29T07:41:21.013Z", Warn, "sw-agg-04", "%Nov 29 07:41:21:013 2026 sw-agg-04 STP/4/PORT_STATE: Instance 0's port GigabitEthernet1/0/7 has been set to discarding state."),
			we("2026-11-29T07:41:22Z", Error, "sw-agg-04", "Nov 29 07:41:22 2026 sw-agg-04 DEV/3/FAN_ABSENT: Fan 2 is absent."),
			we("2026-11-29T07:41:25Z", Unknown, "", "2026-11-29 07:41:25 operator admin applied template VLAN/4/TAG: to the uplinks"),
		},
	},
	{
		name: "a JSON key's name says it holds the time or the level",
		why:  "webhooks and APIs name the moment a thing happened with a participle before At or _at ('occurredAt', 'sentAt', 'created_at') and its severity with a word before Level ('alertLevel', 'event_level'): below every known key, a plausible time and a level's name count; a bound, a setting, another thing's level or another moment ('minLevel', 'effectiveLevel', 'riskLevel', 'updatedAt', 'expiresAt', a nested order's 'created_at') is none",
		entries: []worldEntry{
			we("2026-11-29T07:42:00Z", Warn, "", `{"sentAt":"2026-11-29T07:42:00Z","alertLevel":"warning","alertType":"Uplink status changed","deviceName":"edge-07"}`),
			we("2026-11-29T07:42:01.5Z", Error, "", `{"event":"job.failed","created_at":"2026-11-29T07:42:01.5Z","event_level":"error","job":4411}`),
			we("", Unknown, "", `{"msg":"config loaded","minLevel":"debug","updatedAt":"2026-11-01T00:00:00Z"}`),
			we("", Unknown, "", `{"user":"ann","expiresAt":"2026-12-29T00:00:00Z","accessLevel":"admin"}`),
			we("", Unknown, "", `{"msg":"logger changed","logger":"com.shop","effectiveLevel":"DEBUG","riskLevel":"critical"}`),
			we("2026-11-29T07:42:09Z", Info, "", `{"level":"info","msg":"order shipped","order":{"created_at":"2025-02-01T10:00:00Z"},"shipped_at":"2026-11-29T07:42:09Z"}`),
		},
	},
	{
		name: "a firewall export's columns name the device that logged",
		why:  "a firewall manager's export names the device that logged in a column of its header ('Device Name' in PAN-OS' web interface, whose 'Serial #' column is named with a sign, 'orig' in Check Point's fwm logexport) beside its receive time or its date and time: that column is the host",
		entries: []worldEntry{
			wskip("Receive Time,Serial #,Type,Source address,Destination address,Rule,Action,Bytes,Device Name"),
			we("2026-11-29T07:41:16Z", Unknown, "fw-lab-02", "2026/11/29 07:41:16,0112034455,TRAFFIC,10.9.1.4,192.0.2.80,allow-web,allow,5120,fw-lab-02"),
			we("2026-11-29T07:41:19Z", Unknown, "fw-lab-02", "2026/11/29 07:41:19,0112034455,TRAFFIC,10.9.1.7,192.0.2.81,deny-all,deny,60,fw-lab-02"),
		},
	},
	{
		name: "a gateway's logexport names it in its orig column",
		why:  "Check Point's fwm logexport writes a header of field names with ';' between them, the gateway that logged under orig, the date and the unpadded clock in fields of their own",
		entries: []worldEntry{
			wskip("num;date;time;orig;type;action;src;dst;service"),
			we("2026-11-29T07:41:16Z", Unknown, "cpgw-lab", "0;29Nov2026;7:41:16;cpgw-lab;log;accept;10.9.1.4;192.0.2.80;https"),
			we("2026-11-29T09:02:44Z", Unknown, "cpgw-lab", "1;29Nov2026;9:02:44;cpgw-lab;log;drop;198.51.100.3;10.9.1.4;ssh"),
		},
	},
	{
		name: "key=value pairs inside a CSV field",
		why:  "a SIEM's CSV export keeps the device's own line in a quoted column, its quotes doubled (level=\"\"warning\"\"): the level pair inside it is the record's",
		entries: []worldEntry{
			wskip(`"_time","host","sourcetype","_raw"`),
			we("2026-11-29T07:41:16Z", Warn, "fw-lab-02", `"2026-11-29T07:41:16.000+0000","fw-lab-02","fgt_event","date=2026-11-29 time=07:41:16 devname=""fw-lab-02"" type=""event"" subtype=""vpn"" level=""warning"" msg=""tunnel down"""`),
			we("2026-11-29T07:41:18Z", Info, "fw-lab-02", `"2026-11-29T07:41:18.000+0000","fw-lab-02","fgt_event","date=2026-11-29 time=07:41:18 devname=""fw-lab-02"" type=""event"" subtype=""vpn"" level=""information"" msg=""tunnel up"""`),
		},
	},
	{
		name: "a console logger's bracketed markers",
		why:  "conserver writes its marks into a console's logfile between what the console printed, '[-- MARK -- Sun Nov 29 07:42:00 2026]', a label between dashes and the time last: a record of its own with that time, never the text of the device's line above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:44Z", Notice, "spine-a1", "Nov 29 07:41:44 spine-a1 Bgp: %BGP-5-ADJCHANGE: peer 10.0.0.1 (VRF default AS 65001) old state OpenConfirm event Established new state Established"),
			we("2026-11-29T07:42:00Z", Unknown, "", "[-- MARK -- Sun Nov 29 07:42:00 2026]"),
			we("2026-11-29T07:42:05Z", Notice, "spine-a1", "Nov 29 07:42:05 spine-a1 Lldp: %LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId 001c.7300.0101 added on interface Ethernet1"),
			we("2026-11-29T07:42:31Z", Unknown, "", "[-- Console down -- Sun Nov 29 07:42:31 2026]"),
		},
	},
	{
		name: "a pager's prompt erased before a line",
		why:  "a terminal session's log keeps the pager's prompt and the backspaces and blanks that wiped it before the next line (IOS' ' --More-- ' in PuTTY's and script's logs): the line behind them is read, a record of its own, and its raw text keeps them",
		entries: []worldEntry{
			we("2026-11-29T09:12:38.004Z", Error, "", "Nov 29 2026 09:12:38.004 UTC: %LINK-3-UPDOWN: Interface Vlan20, changed state to down"),
			we("2026-11-29T09:12:40.118Z", Notice, "", " --More-- \b\b\b\b\b\b\b\b\b         \b\b\b\b\b\b\b\b\bNov 29 2026 09:12:40.118 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan20, changed state to up"),
		},
	},
	{
		name: "a JSON array written one element a line",
		why:  "a JSON document that is an array of records written one a line ('[', then '{ … },' lines, then the last without its comma and ']', as MySQL's JSON audit log and many exports write it): each element is a JSON record, its comma no part of it",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-29T07:41:16Z", Error, "", `{ "ts": "2026-11-29 07:41:16", "severity": "error", "message": "replica lag 41s" },`),
			we("2026-11-29T07:41:19Z", Info, "", `{"ts":"2026-11-29 07:41:19","severity":"info","message":"replica caught up"},`),
			we("2026-11-29T07:41:21Z", Info, "", `{ "ts": "2026-11-29 07:41:21", "severity": "info", "message": "checkpoint" }`),
			wskip("]"),
		},
	},
	{
		name: "a CSV header of many columns, its rows without their trailing empty fields",
		why:  "Exchange's protocol logs name eighty to a hundred and twenty columns in their #Fields line, and a writer may leave a row's trailing empty fields out: the columns the header names for the time and the host are read on every row that reaches them",
		entries: []worldEntry{
			wskip("#Software: Microsoft Exchange Server", "#Fields: DateTime,RequestId,Client,ServerHostName,Status,Extra1,Extra2,Extra3,Extra4,Extra5,Extra6,Extra7,Extra8,Extra9,Extra10,Extra11,Extra12,Extra13,Extra14,Extra15,Extra16,Extra17,Extra18,Extra19,Extra20,Extra21,Extra22,Extra23,Extra24,Extra25,Extra26,Extra27,Extra28,Extra29,Extra30,Extra31,Extra32,Extra33,Extra34,Extra35,Extra36,Extra37,Extra38,Extra39,Extra40,Extra41,Extra42,Extra43,Extra44,Extra45,Extra46,Extra47,Extra48,Extra49,Extra50,Extra51,Extra52,Extra53,Extra54,Extra55,Extra56,Extra57,Extra58,Extra59,Extra60,Extra61,Extra62,Extra63,Extra64,Extra65,Extra66,Extra67,Extra68,Extra69,Extra70,Extra71,Extra72,Extra73,Extra74,Extra75"),
			we("2026-11-29T07:41:16.204Z", Unknown, "MBX-07", "2026-11-29T07:41:16.204Z,41a7,Outlook/16.0,MBX-07,200,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"),
			we("2026-11-29T07:41:19.551Z", Unknown, "MBX-07", "2026-11-29T07:41:19.551Z,41a8,Teams/1.6,MBX-07,500,ErrorTimeout"),
		},
	},
	{
		name: "a level column's name beside its number",
		why:  "Get-WinEvent's CSV export writes the event's Level as a number (2, 3, 4) and LevelDisplayName as its name further into the row: the name is the level; a lone Level column of names still is",
		entries: []worldEntry{
			wskip(`"Message","Id","Level","MachineName","TimeCreated","LevelDisplayName"`),
			we("2026-11-29T07:41:16Z", Warn, "WS-0412", `"Disk 2 is nearing capacity.","2013","3","WS-0412","11/29/2026 7:41:16 AM","Warning"`),
			we("2026-11-29T07:41:20Z", Error, "WS-0412", `"The Print Spooler service terminated unexpectedly.","7034","2","WS-0412","11/29/2026 7:41:20 AM","Error"`),
		},
	},
	{
		name: "a build's date in a banner, in more spellings",
		why:  "firmware and tools print the date they were built in their banner: after 'compiled @', inside '(Compiled …)', after 'compile time(<hash>):' or 'Build date:', after 'Compiled' and a weekday, or in the parenthesis after a version that opens with the build's commit: none is the line's time; a time that opens the line is",
		entries: []worldEntry{
			we("", Unknown, "", "BOOT ROM ver: 2.1.7(a41c0de) compiled @ Oct 30 2026 18:02:51"),
			we("", Unknown, "", "Flash Tool v4.2 (Compiled Nov 02 2026 09:12:44)"),
			we("", Unknown, "", "build time(51ac9e2):Nov 03 2026 11:40:09"),
			we("", Unknown, "", "Build date: 2026-11-04 08:00:00"),
			we("", Unknown, "", "Compiled Wed 11/04/2026 08:00:00.12 by builder"),
			we("", Unknown, "", "NCP version:2.4.1.0(51ac9e2 - NRF52 - Nov 05 2026 07:30:00)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO compiled 41 templates"),
		},
	},
	{
		name: "letters that are no levels, and one that is",
		why:  "a lower-case letter in brackets after a lower-case word is a key a sentence names ('Press the [f] key'), never the fatal letter; Zephyr's minimal log writes D: before its debug lines as it writes I:, W: and E:, while 'D:\\' opens a Windows path",
		entries: []worldEntry{
			we("", Unknown, "", "Press the [e] key to edit the boot entry"),
			we("", Debug, "", "D: 1204[NET] Route table refreshed for iface 2"),
			we("", Info, "", "I: 1210[NET] Link up on iface 2"),
			we("", Unknown, "", `D:\backups\2026 copied`),
		},
	},
	{
		name: "a level letter in the last of a program's brackets",
		why:  "a tool writes its pid and thread in brackets glued to its name and its level's letter in the last one, 'Tool[5204][2676][W]:': the letter is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.039Z", Warn, "", `11/29/2026 07:41:21.039 FwLoader[7110][7112][W]: Retrying the port scan (attempt 2)`),
			we("2026-11-29T07:41:22.101Z", Error, "", `11/29/2026 07:41:22.101 FwLoader[7110][7112][E]: Port scan failed: no device`),
		},
	},
	{
		name: "Android's libbase stderr lines on a host",
		why:  "Android's libbase writes to stderr the program's name, the level's letter, the month and day, the clock, the pid and the thread and the source's place: 'fetch_cvd W 11-29 07:41:16  4120  4120 fetch.cc:88] …'; the date after the letter is the line's, the letter its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "fetch_cvd W 11-29 07:41:16  5120  5120 fetch.cc:88] Retrying the download of the host package"),
			we("2026-11-29T07:41:19Z", Error, "", "fetch_cvd E 11-29 07:41:19  5120  5120 fetch.cc:131] Download failed: 503"),
		},
	},
	{
		name: "a letter before a month and day in a sentence",
		why:  "a capital letter between words and a month and day in prose is no level and the date no time of the line: only a program's name, its level's letter and a clock after the date make Android's libbase line",
		entries: []worldEntry{
			we("", Unknown, "", "Shipped parcel A 11-29 to the depot"),
		},
	},
	{
		name: "a traceback under a program's printed line",
		why:  "a script's own printed line has no time and no level; the traceback of an uncaught exception after it is a record of its own; under a line that announces it with a colon ('Exception in thread Thread-2:') or under a leveled record ('ERROR:root:…') the traceback stays that record's",
		entries: []worldEntry{
			we("", Unknown, "", "batch 7 of 12 written"),
			we("", Unknown, "", "Traceback (most recent call last):", `  File "load.py", line 41, in <module>`, "KeyError: 'sku'"),
			we("", Unknown, "", "Exception in thread Thread-2:", "Traceback (most recent call last):", `  File "worker.py", line 9, in run`, "ValueError: bad row"),
			we("", Error, "", "ERROR:root:import failed", "Traceback (most recent call last):", `  File "load.py", line 52, in <module>`, "OSError: disk full"),
		},
	},
	{
		name: "an array's elements under a record that dumped them",
		why:  "an object line closed by an array's comma ('{…},') is a record only in an array of records, after its '[' line or another such element; under a record that dumped a response or a body ('INFO response:', 'ERROR request failed: body='), indented or not, it is that record's text",
		entries: []worldEntry{
			we("2026-11-29T07:42:11Z", Info, "", "2026-11-29 07:42:11 INFO response:", "[", `    {"id": 1, "level": "error", "time": "2020-01-01T00:00:00Z"},`, `    {"id": 2, "level": "error", "time": "2020-01-01T00:00:00Z"},`, "]"),
			we("2026-11-29T07:42:12Z", Error, "", "2026-11-29 07:42:12 ERROR request failed: body=", `{"error":"bad","level":"fatal"},`),
		},
	},
	{
		name: "the session's rules do not read ordinary lines",
		why:  "a program's word, a capital letter and a dated time are no libbase line without its month-and-day and its pid and thread; a module-like word inside a syslog message or beside a PRI gives no level over the PRI; 'D: drive' names a drive; a CSV field that quotes one level pair in a sentence is no device's list of pairs",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "order F 2026-11-29 07:41:16 something went out"),
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 kernel: CPU/3/MEM: foo"),
			we("2026-11-29T07:41:18Z", Info, "host7", "<14>Nov 29 07:41:18 host7 FOO/1/BAR: msg"),
		},
	},
	{
		name: "a CSV row that quotes a level pair in a sentence",
		why:  "a CSV export's text column may quote a setting ('user set level=\"\"critical\"\" in prefs'): one pair in a sentence is no device's list of pairs and gives no level",
		entries: []worldEntry{
			wskip(`"_time","text","status"`),
			we("2026-11-29T07:41:19Z", Unknown, "", `"2026-11-29T07:41:19.000+0000","user set level=""critical"" in prefs",200`),
		},
	},
	{
		name: "D: before a drive",
		why:  "'D: drive is full' names a Windows drive, as 'D:\\' and 'D: /mnt' do: no debug line",
		entries: []worldEntry{
			we("", Unknown, "", "D: drive is full"),
		},
	},
	{
		name: "a level after a function's place",
		why:  "a Python daemon's debug log writes the thread, the logger and the source file, its line and its function closed by colons, then the level in lower case: 'main.py:85:main(): error: …'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204: MainThread: netsetup: config.py:41:load(): debug: reading /etc/netsetup.conf"),
			we("2026-11-29T07:41:16.911Z", Error, "", "2026-11-29 07:41:16,911: MainThread: netsetup.link: link.py:212:bring_up(): error: eth3: no carrier"),
		},
	},
	{
		name: "a level word as a tab-separated field's label",
		why:  "a tool's row of tab-separated 'label: value' fields may name a field error or warning ('partition: orders-2<TAB>error: …'): a field's label, no level; a line that opens with a level and its colon keeps it",
		entries: []worldEntry{
			we("", Unknown, "", "topic: billing-3\twarning: replica lagging by 4112 messages"),
			we("", Error, "", "error: cannot reach the broker at 10.0.0.7:9092"),
		},
	},
	{
		name: "an untimed leveled line that announces its reason",
		why:  "a command-line tool writes its error with a colon that announces the reason on the next line ('ERROR: (tool.cmd) Upload failed with error:' then the reason): one record; a line with a level of its own after it, or a line without a level that ends in a colon, starts none",
		entries: []worldEntry{
			we("", Error, "", "ERROR: (ctl.deploy) Release [r41] failed with error:", "The target pool is at capacity; retry after the drain completes."),
			we("", Warn, "", "WARNING: the rollout continues on the other zones."),
			we("", Unknown, "", "Release summary:"),
			we("", Unknown, "", "zone a: done"),
		},
	},
	{
		name: "a level under slog's renamed key sev",
		why:  "a ReplaceAttr that renames slog's level key writes sev=WARNING, sev=NOTICE: a level's name there is the level; a number under sev is a scanner's own scale, no level",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.5Z", Notice, "", `time=2026-11-29T08:02:11.500Z sev=NOTICE msg="cache rebuilt" shards=4`),
			we("2026-11-29T08:02:12Z", Warn, "", `time=2026-11-29T08:02:12Z sev=WARNING msg="slow disk" dev=sdb`),
			we("2026-11-29T08:02:13Z", Unknown, "", `time=2026-11-29T08:02:13Z sev=7 msg="finding recorded" rule=R-112`),
		},
	},
	{
		name: "levels cut to five letters",
		why:  "Python's and log4j's %-5.5s cut a level to five letters: CRITI is critical and NOTIC a notice, as WARNI is a warning",
		entries: []worldEntry{
			we("2026-11-29T09:12:01.118Z", Critical, "", "2026-11-29 09:12:01,118 [Worker-2    ] [CRITI]  queue database unreachable, exiting"),
			we("2026-11-29T09:12:02.5Z", Notice, "", "2026-11-29 09:12:02,500 [Worker-1    ] [NOTIC]  drained 40 jobs before exit"),
		},
	},
	{
		name: "rows of a listing under a heading in capitals",
		why:  "a command's listing (a scheduler's queue) has a heading of names in capitals and one row a line, right-aligned ones starting with a blank: each row is a record, and a column named for a moment gives the row its time; a column of how long a job ran gives none",
		entries: []worldEntry{
			we("", Unknown, "", "    ID   QUEUE      OWNER     STATE  SUBMITTED"),
			we("2026-11-29T08:10:04Z", Unknown, "", "   771   short      erin      RUN    2026-11-29T08:10:04"),
			we("2026-11-29T09:00:51Z", Unknown, "", "  1204   long       frank     WAIT   2026-11-29T09:00:51"),
		},
	},
	{
		name: "an elapsed time in a listing",
		why:  "a queue's TIME column is how long a job has run, never a moment: its rows have no time",
		entries: []worldEntry{
			we("", Unknown, "", "   JOB  USER        TIME  STATE"),
			we("", Unknown, "", "   881  gail     1:02:17  R"),
			we("", Unknown, "", "  1290  hank       12:40  R"),
		},
	},
	{
		name: "rows under a rule of equals signs",
		why:  "a tool's table of names over a rule of dashes or equals signs, in one run or in groups, has one row a line: a right-aligned row starting with a blank is a record of its own, not the rule's text",
		entries: []worldEntry{
			we("", Unknown, "", "Pool        Used      Free     %"),
			we("", Unknown, "", "==========  ========  ======== =="),
			we("", Unknown, "", "   fast      1.2TiB    3.1TiB  28"),
			we("", Unknown, "", "   bulk     40.0TiB   12.2TiB  77"),
		},
	},
	{
		name: "a record's Created time and the OK severity",
		why:  "a BMC's Redfish log entry names its moment Created and its severity OK, Warning or Critical (OK is Info); python-json-logger's created is an epoch; a time under another key wins, and a nested object's Created is that object's",
		entries: []worldEntry{
			we("2026-11-29T09:05:33Z", Info, "", `{"Id":"12","Created":"2026-11-29T10:05:33+01:00","Severity":"OK","Message":"Fan 3 speed restored."}`),
			we("2026-11-29T08:52:01.5Z", Warn, "", `{"created": 1795942321.5, "levelname": "WARNING", "name": "billing", "message": "retrying invoice 88"}`),
			we("2026-11-29T08:52:09Z", Info, "", `{"timestamp":"2026-11-29T08:52:09Z","level":"info","msg":"volume attached","volume":{"id":"v-7","created":"2025-03-02T10:00:00Z"}}`),
			we("2026-11-29T08:52:10Z", Info, "", `{"timestamp":"2026-11-29T08:52:10Z","level":"info","Created":"2025-03-02T10:00:00Z","msg":"image pulled"}`),
		},
	},
	{
		name: "a time last on the line in brackets",
		why:  "java.util.logging's SimpleFormatter can be set to write the time last, in brackets, in Date.toString's form: a line without a time of its own takes it; brackets that hold more than a time, and a line that has its own time, do not",
		entries: []worldEntry{
			we("2026-11-29T10:02:44Z", Info, "", "INFO: Reindex finished in 41 s [Sun Nov 29 10:02:44 UTC 2026]"),
			we("2026-11-29T10:02:45Z", Warn, "", "WARNING: Queue depth 812 over its mark [Sun Nov 29 11:02:45 CET 2026]"),
			we("", Info, "", "INFO: replaying journal [from 2026-11-28 00:00:00]"),
			we("2026-11-29T10:02:46Z", Info, "", "2026-11-29 10:02:46 INFO snapshot restored [Sat Nov 28 09:00:00 UTC 2026]"),
		},
	},
	{
		name: "the kernel's tag after a host behind another time",
		why:  "a syslog daemon's template with an SQL-style time writes the host and the tag after it; the kernel's tag carries no pid, with or without its uptime after it: the word before it is the host",
		entries: []worldEntry{
			we("2026-11-29T11:20:04Z", Unknown, "db-07", "2026-11-29 11:20:04 db-07 kernel: [88412.004417] EXT4-fs (sdb1): mounted filesystem with ordered data mode"),
			we("2026-11-29T11:20:05Z", Unknown, "db-07", "2026-11-29 11:20:05 db-07 kernel: e1000e 0000:00:1f.6 eno1: NIC Link is Down"),
		},
	},
	{
		name: "docker compose's exit line and another service's line",
		why:  "under docker compose's columns, compose's own note that a container stopped ('api-1 exited with code 137') has no column and is a record of its own; so is a line of another service, whatever it says, and a program's own 'name: [level]' line behind the column",
		entries: []worldEntry{
			we("2026-11-29T12:01:02Z", Error, "", "api-1     | 2026-11-29T12:01:02Z ERROR payment client timed out", "api-1     |     at PaymentClient.charge (client.js:88:11)"),
			we("", Unknown, "", "cache-1   |     evicted 120 keys after memory pressure"),
			we("", Unknown, "", "api-1 exited with code 137"),
			we("", Unknown, "", "billing exited with code 0"),
			we("2026-11-29T12:01:05Z", Error, "", "proxy-1   | 2026/11/29 12:01:05 [error] 7#7: upstream timed out while connecting to upstream"),
			we("", Error, "", "proxy-1   | nginx: [error] cannot load certificate \"/etc/ssl/site.pem\""),
		},
	},
	{
		name: "logcat's level letter before the uid modifier's columns",
		why:  "logcat -v thread and -v process with the uid modifier write the uid first in the parentheses, a number or a name: 'W( 1000: 1931: 2208)', 'E( system:  1931)'; the letter before them is the level",
		entries: []worldEntry{
			we("", Warn, "", "W( 1000: 1931: 2208) Unable to resolve host for update check"),
			we("", Error, "", "E( system:  1931) Failed to write battery stats  (BatteryStatsService)"),
			we("", Debug, "", "D(u0_a52: 6120: 6144) cache miss for avatar 88"),
		},
	},
	{
		name: "a bracketed clock with its zone's offset",
		why:  "a tool that stamps its lines with a time of day writes its zone's offset inside the same brackets ('[14:05:09 -0500]: …'): the clock is that zone's",
		entries: []worldEntry{
			we("2026-11-29T10:05:09Z", Unknown, "", "[05:05:09 -0500]: Uploading the build to the store"),
			we("2026-11-29T10:05:44Z", Unknown, "", "[05:05:44 -0500]: Upload finished"),
		},
	},
	{
		name: "SLF4J SimpleLogger's untimed lines among timed records",
		why:  "SLF4J's SimpleLogger writes '[thread] LEVEL logger - message' without a time: under another logger's timed record such a line is a record of its own, and the exception under it is its",
		entries: []worldEntry{
			we("2026-11-29T10:11:12.101Z", Info, "", "2026-11-29 10:11:12.101+0000 INFO  Server started."),
			we("", Warn, "", "[pool-2-thread-1] WARN com.acme.cache.Store - eviction storm, 812 keys dropped"),
			we("", Error, "", "[main] ERROR com.acme.Boot - cannot bind 0.0.0.0:8080", "java.net.BindException: Address already in use", "\tat java.base/sun.nio.ch.Net.bind0(Native Method)"),
		},
	},
	{
		name: "a glog header whose clock has no fraction",
		why:  "SeaweedFS' copy of glog writes its header's second without a fraction ('W1129 09:14:03     7 volume.go:88]'): the letter is the level and the clock the time when the thread id and the file:line follow",
		entries: []worldEntry{
			we("2026-11-29T09:14:03Z", Warn, "", "W1129 09:14:03     7 volume.go:88] volume 12 is read-only"),
			we("2026-11-29T09:14:05Z", Info, "", "volume_1   | I1129 09:14:05     7 store.go:141] add volume 13"),
		},
	},
	{
		name: "docker compose's column for a container with a name of its own",
		why:  "a container named in compose (container_name) has no '-1' after its name: 'vault  | …' is still the service's column; a frame or an item its first line announced, indented deeper behind the same column, goes on the entry; a layout's level column ('info   | …') is none",
		entries: []worldEntry{
			we("", Unknown, "", "vault  | ==> Vault server configuration:", "vault  |   Storage: file"),
			we("", Info, "", "relay  |   [i] Loading the following plugins:", "relay  |         - auth", "relay  |         - ratelimit"),
			we("", Info, "", "relay  |   [i] Plugins loaded"),
			we("", Unknown, "", `relay  | Exception in thread "main" java.lang.IllegalStateException: port in use`, "relay  |         at com.acme.Relay.bind(Relay.java:41)", "relay  |         at com.acme.Relay.main(Relay.java:12)"),
			we("", Unknown, "", "vault exited with code 2"),
		},
	},
	{
		name: "a JVM's or Python's warning inside a syslog message",
		why:  "a program started by systemd writes the JVM's 'OpenJDK 64-Bit Server VM warning: …' or Python's 'file.py:41: DeprecationWarning: …' on its stderr, which the journal stores as a syslog line: the warning is the record's level",
		entries: []worldEntry{
			we("2026-11-29T09:30:02Z", Warn, "kafka-2", "Nov 29 09:30:02 kafka-2 kafka-server-start.sh[1182]: OpenJDK 64-Bit Server VM warning: If the number of processors is expected to increase from one, then you should configure the number of parallel GC threads appropriately"),
			we("2026-11-29T09:30:04Z", Warn, "app-1", "Nov 29 09:30:04 app-1 gunicorn[2210]: /srv/app/venv/lib/python3.12/site-packages/kombu/utils.py:88: DeprecationWarning: datetime.utcnow() is deprecated"),
		},
	},
	{
		name: "a listing ends where the log goes on",
		why:  "a listing's rows end at a line that opens as a log's record (a glog header, a level first, a time): that line is a record of its own, not the last row's text, and its indented details stay with it",
		entries: []worldEntry{
			we("", Unknown, "", "NAME    READY   STATUS    RESTARTS   AGE"),
			we("", Unknown, "", "web-1   1/1     Running   0          5m"),
			we("2026-11-29T10:00:00.123456Z", Error, "", "E1129 10:00:00.123456   12 server.go:88] request failed:", "    detail:  timeout  after 5s"),
			we("2026-11-29T10:00:01.5Z", Warn, "", "WARNING  2026-11-29 10:00:01,500 app: config reloaded:", "    db   postgres"),
		},
	},
	{
		name: "an exit note outside docker compose",
		why:  "'… exited with code 1' starts a record only under compose's columns, where compose writes it; elsewhere it is the text of the record above",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Error, "", "2026-11-29 10:00:00 ERROR runner: step failed, output follows:", "Process exited with code 1"),
		},
	},
	{
		name: "an elapsed time in parentheses after a letter",
		why:  "a letter before an elapsed time in parentheses is no logcat level, as a clock there is none",
		entries: []worldEntry{
			we("", Unknown, "", "A (1:02:17) lap recorded"),
		},
	},
	{
		name: "lines behind grep's file name and line number",
		why:  "grep over a log folder writes the file's name, and with -n the line's number, before each line it found, a context line's number with a dash: the line behind them is read as the file holds it",
		entries: []worldEntry{
			we("2026-11-29T08:01:02Z", Unknown, "gw-1", "/var/log/auth.log:Nov 29 08:01:02 gw-1 sshd[812]: Connection closed by 10.0.0.9 port 50122"),
			we("2026-11-28T21:00:03.118Z", Warn, "", "/var/log/app/api.log.2.gz:2026-11-28 21:00:03,118 WARN pool exhausted"),
			we("2026-11-29T08:01:05Z", Error, "", "/srv/logs/worker.log:88:2026-11-29 08:01:05 ERROR job 41 failed"),
		},
	},
	{
		name: "grep -n's numbers before one log's lines",
		why:  "grep -n on one log writes each match's number and a colon, a context line's number and a dash: the line behind is read as the file holds it",
		entries: []worldEntry{
			we("2026-11-29T08:01:06Z", Info, "", "1204-2026-11-29 08:01:06 INFO retrying job 41"),
			we("2026-11-29T08:01:07Z", Error, "", "1205:2026-11-29 08:01:07 ERROR job 41 failed again"),
		},
	},
	{
		name: "shell tools' own lines among log lines, kubectl's prefix",
		why:  "grep's note on a compressed file, tail's header before each file and kubectl logs --prefix's pod and container in brackets come with the log lines pasted from a shell: the notes and headers are records of their own, and the line behind kubectl's prefix is read as the container wrote it",
		entries: []worldEntry{
			we("2026-11-29T08:11:02Z", Error, "", "2026-11-29 08:11:02 ERROR cache: eviction failed"),
			we("", Unknown, "", "grep: /var/log/cache.log.3.gz: binary file matches"),
			wskip(""),
			we("", Unknown, "", "==> /var/log/cache/slow.log <=="),
			we("2026-11-29T08:11:05Z", Warn, "", "2026-11-29 08:11:05 WARN cache: slow get 812 ms"),
			we("2026-11-29T08:11:07.5Z", Warn, "", "[pod/cache-0/redis] 1:M 29 Nov 2026 08:11:07.500 # WARNING overcommit_memory is set to 0"),
		},
	},
	{
		name: "grep's separator between groups of context",
		why:  "grep -n -A1 -B1 prints '--' between the groups of lines around each match: a record of its own under a numbered line, the context lines' own records around it",
		entries: []worldEntry{
			we("2026-11-29T08:20:01Z", Error, "", "311:2026-11-29 08:20:01 ERROR payment declined for order 88"),
			we("2026-11-29T08:20:02Z", Info, "", "312-2026-11-29 08:20:02 INFO retry scheduled"),
			we("", Unknown, "", "--"),
			we("2026-11-29T08:40:11Z", Info, "", "540-2026-11-29 08:40:11 INFO worker restarted"),
			we("2026-11-29T08:40:12Z", Error, "", "541:2026-11-29 08:40:12 ERROR payment declined for order 91"),
		},
	},
	{
		name: "a stack behind docker compose's column",
		why:  "a Python traceback and a Java exception with its cause, written without a time behind a service's column, are one record each, as they are without the column; the service's next line is its own",
		entries: []worldEntry{
			we("", Unknown, "", "jobs-1  | Traceback (most recent call last):", `jobs-1  |   File "/app/run.py", line 12, in <module>`, "jobs-1  |     main()", "jobs-1  | ValueError: queue name missing"),
			we("", Unknown, "", "jobs-1  | restarting in 5 s"),
			we("", Unknown, "", `billing-1  | Exception in thread "main" java.lang.IllegalStateException: no ledger`, "billing-1  | \tat com.acme.Ledger.open(Ledger.java:41)", "billing-1  | Caused by: java.io.FileNotFoundException: /data/ledger.db", "billing-1  | \tat java.base/java.io.FileInputStream.open0(Native Method)", "billing-1  | \t... 4 more"),
			we("", Unknown, "", "billing-1  | shutting down"),
		},
	},
	{
		name: "a listing ends at a bracketed or prioritised log line",
		why:  "after a command's listing, a log line whose time is in its first words (in brackets, behind a syslog PRI) is a record of its own, not the last row's text",
		entries: []worldEntry{
			we("", Unknown, "", "NAME       READY   STATUS    RESTARTS   AGE"),
			we("", Unknown, "", "db-0       1/1     Running   0          10d"),
			we("2026-11-29T10:00:00Z", Error, "", "[2026-11-29 10:00:00] ERROR replica lag over 30 s"),
		},
	},
	{
		name: "ps's START column is no time",
		why:  "ps aux writes the day a process started glued to its month ('Nov28') before its CPU time ('0:05'): no time of day, so no record's time",
		entries: []worldEntry{
			we("", Unknown, "", "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND"),
			we("", Unknown, "", "root           1  0.0  0.1 167800 11520 ?        Ss   Nov28   0:05 /sbin/init splash"),
		},
	},
	{
		name: "a time right-aligned under its column's name",
		why:  "sacct right-aligns its Start column: the nineteen bytes of the time end under the name's end",
		entries: []worldEntry{
			we("", Unknown, "", "       JobID    JobName               Start      State"),
			we("", Unknown, "", "------------ ---------- ------------------- ----------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "      412077    cfd_run 2026-11-29T07:41:16    RUNNING"),
		},
	},
	{
		name: "a program's name and level first in a syslog message",
		why:  "nginx started by systemd writes 'nginx: [emerg] …' on its stderr, which the journal stores as a syslog line: the bracketed level after the program's name is the record's",
		entries: []worldEntry{
			we("2026-11-29T10:05:00Z", Emergency, "lb-2", "Nov 29 10:05:00 lb-2 nginx[2210]: nginx: [emerg] host not found in upstream \"api:8080\" in /etc/nginx/conf.d/api.conf:4"),
			we("2026-11-29T10:05:01Z", Warn, "lb-2", "Nov 29 10:05:01 lb-2 nginx[2210]: nginx: [warn] conflicting server name \"_\" on 0.0.0.0:80, ignored"),
		},
	},
	{
		name: "lines behind findstr's and Select-String's file name",
		why:  "Windows' findstr and Select-String write a log's path (a drive, blanks allowed) and the line's number before each line they found, Select-String -Context its match behind '> ' and its context behind two blanks: the line behind is read as the log holds it",
		entries: []worldEntry{
			we("2026-11-29T08:30:11Z", Unknown, "", `C:\Windows\System32\LogFiles\Firewall\pfirewall.log:88:2026-11-29 08:30:11 DROP TCP 203.0.113.9 10.20.1.15 51544 3389 52 S 1 0 0 - - - RECEIVE`),
			we("2026-11-29T08:30:12.5Z", Error, "", `D:\Program Files\Acme\Logs\service.log:12:2026-11-29 08:30:12.500 [ERROR] queue unreachable`),
			we("2026-11-29T08:30:13Z", Unknown, "", `  C:\inetpub\logs\LogFiles\W3SVC2\u_ex261129.log:401:2026-11-29 08:30:13 10.20.1.15 GET /health - 443 - 10.20.0.9 curl/8.5.0 - 200 0 0 3`),
			we("2026-11-29T08:30:14Z", Unknown, "", `> C:\inetpub\logs\LogFiles\W3SVC2\u_ex261129.log:402:2026-11-29 08:30:14 10.20.1.15 GET /api/cart - 443 - 10.20.0.9 curl/8.5.0 - 503 0 0 15`),
		},
	},
	{
		name: "lines behind grep's bare file name",
		why:  "grep or findstr run in the log's folder writes the bare file's name before each line (auth.log.1:, SERVICE.LOG:, a log's copy such as netlogon.bak): the line behind is read as the file holds it; any other word before a colon is the line's own",
		entries: []worldEntry{
			we("2026-11-29T08:01:02Z", Unknown, "gw-1", "auth.log.1:Nov 29 08:01:02 gw-1 sshd[812]: Connection closed by 10.0.0.9 port 50122"),
			we("2026-11-29T08:02:03Z", Error, "", "SERVICE.LOG:2026-11-29 08:02:03 ERROR spooler stalled"),
			we("2026-11-29T08:02:04Z", Info, "", "agentlog.bak:2026-11-29 08:02:04 INFO agent restarted"),
			we("", Warn, "", "WARNING:root:disk almost full on /data"),
		},
	},
	{
		name: "logcat -v long,color's header and its message",
		why:  "logcat -v long,color writes its bracketed header behind a colour code and the message's lines under it, the colour reset at the end: one record with the header's time and level",
		entries: []worldEntry{
			we("2026-11-29T09:12:01.5Z", Warn, "", "\x1b[33m[ 11-29 09:12:01.500  2210: 2231 W/SyncManager ]", "Sync for account 41 skipped: no network\x1b[0m", ""),
			we("2026-11-29T09:12:02Z", Error, "", "\x1b[31m[ 11-29 09:12:02.000  2210: 2210 E/AndroidRuntime ]", "FATAL EXCEPTION: SyncThread", "Process: com.example.mail, PID: 2210", "java.lang.IllegalStateException: no account\x1b[0m", ""),
		},
	},
	{
		name: "copied event details: names with their colons, values lined up",
		why:  "an event copied from a viewer is one record from its first name to that name again, its text and XML included (a blank line inside the text too); its Date, Level and Computer fields are its time, level and host; a line that opens with a time of its own ends the list",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "SQL02.ad.example.org", "Log Name:      Application", "Source:        MSSQLSERVER", "Date:          11/29/2026 7:41:16 AM", "Event ID:      17053", "Task Category: Server", "Level:         Error", "Keywords:      Classic", "User:          N/A", "Computer:      SQL02.ad.example.org", "Description:", "SQLServerLogMgr::LogWriter: Operating system error 1117 encountered.", "", "The log was last backed up at 2026-11-29 06:00:00.", "Event Xml:", "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">", "  <System>", "    <TimeCreated SystemTime=\"2026-11-29T07:41:16.5512000Z\" />", "  </System>", "</Event>"),
			wskip(""),
			we("2026-11-29T07:43:40Z", Warn, "SQL02.ad.example.org", "Log Name:      Application", "Source:        MSSQLSERVER", "Date:          11/29/2026 7:43:40 AM", "Event ID:      833", "Task Category: Server", "Level:         Warning", "Keywords:      Classic", "User:          N/A", "Computer:      SQL02.ad.example.org", "Description:", "SQL Server has encountered 3 occurrence(s) of I/O requests taking longer than 15 seconds."),
			we("2026-11-29T07:45:02Z", Info, "", "2026-11-29 07:45:02 INFO backup agent resumed"),
		},
	},
	{
		name: "lined-up values that give no time: a status, each line its own",
		why:  "a tool's status printed as names and lined-up values, none of them a time, is not an event's copied details: each line stays a record of its own, and no Level or Host name gives one",
		entries: []worldEntry{
			we("", Unknown, "", "Node Name:        replica-2"),
			we("", Unknown, "", "Level:            debug"),
			we("", Unknown, "", "Host:             10.4.0.12"),
			we("", Unknown, "", "Raft Term:        41"),
			we("", Unknown, "", "Node Name:        replica-3"),
			we("", Unknown, "", "Level:            info"),
		},
	},
	{
		name: "a record wrapped in an event object: its time inside",
		why:  "a feed that wraps each record in an \"event\" object (a collector's TCP output) keeps the record's time there, as time or datetime, in any spelling the locator reads; other keys of the event are text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"feed":"proxy-dlp","event":{"datetime":"Sun Nov 29 07:41:16 2026","user":"cara@corp.example.org","action":"Blocked","rule":"DLP-PCI"}}`),
			we("2026-11-29T07:41:20.5Z", Unknown, "", `{"feed":"proxy-dlp","event":{"time":"2026-11-29T07:41:20.5Z","user":"dan@corp.example.org","action":"Allowed","rule":"Default"}}`),
		},
	},
	{
		name: "a PostgreSQL prefix glued to the severity by a dash",
		why:  "log_line_prefix '%m-%p-' glues the severity to the pid by a dash: LOG is Info, ERROR Error, WARNING Warn; HINT and DETAIL lines with the same prefix are the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 UTC-4120-LOG:  database system is ready to accept connections"),
			we("2026-11-29T07:41:18.331Z", Warn, "", "2026-11-29 07:41:18.331 UTC-4188-WARNING:  there is no transaction in progress"),
			we("2026-11-29T07:41:19.002Z", Error, "", "2026-11-29 07:41:19.002 UTC-4188-ERROR:  relation \"invoices\" does not exist at character 15", "2026-11-29 07:41:19.002 UTC-4188-HINT:  Perhaps you meant to reference the table \"public.invoice\".", "2026-11-29 07:41:19.002 UTC-4188-STATEMENT:  SELECT * FROM invoices"),
		},
	},
	{
		name: "a header repeated with a continuation mark",
		why:  "CockroachDB's crdb-v2 repeats a multi-line entry's whole header and counter on each further line, marked '+' (or '|' for a long line's rest) where the first line has a blank: one record; the next counter is the next record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.3301Z", Warn, "", "W261129 07:41:16.330100 918 kv/kvserver/store.go:2210 ⋮ [T1,n2,s2] 88  slow range lease:", "W261129 07:41:16.330100 918 kv/kvserver/store.go:2210 ⋮ [T1,n2,s2] 88 +range r77 held by n3 for 12.4s", "W261129 07:41:16.330100 918 kv/kvserver/store.go:2210 ⋮ [T1,n2,s2] 88 +pending requests: 41"),
			we("2026-11-29T07:41:16.3301Z", Info, "", "I261129 07:41:16.330100 918 kv/kvserver/store.go:2230 ⋮ [T1,n2,s2] 89  lease transferred to n2"),
		},
	},
	{
		name: "a level in a CEF event's msg=",
		why:  "the CEF header's severity is a SOC's scale, no level; the device's own line in msg= may open with one ([ERROR], <WARN>), which is the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "waf-02", "Nov 29 07:41:16 waf-02 CEF:0|Acme|EdgeWAF|2.1.4|941100|XSS blocked|7|src=198.51.100.23 msg=[ERROR] rule 941100 matched in ARGS:q act=blocked"),
			we("2026-11-29T07:41:18Z", Warn, "wlc-01", "Nov 29 07:41:18 wlc-01 CEF:0|Acme|WLC|8.11|log|SystemEvent|3|dvcpid=2211 msg=<302011> <2211> <WARN> |stm| Station 3c:22:fb:41:07:9b deauthenticated"),
			we("2026-11-29T07:41:19Z", Unknown, "wlc-01", "Nov 29 07:41:19 wlc-01 CEF:0|Acme|WLC|8.11|log|SystemEvent|3|dvcpid=2211 msg=Station 3c:22:fb:41:07:9b roamed to ap-0412"),
		},
	},
	{
		name: "a stack trace a line at a time under the journal's prefix",
		why:  "a daemon's stderr reaches the journal and the syslog file one line a record: under the same host and program[pid], within the second, a Python traceback (its header after an error, its File and source lines, the exception) and a Java trace (the exception after an error, its at frames, Caused by, ... N more) are the error's record; a daemon's own indented lines and another pid's are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "api-3", "Nov 29 07:41:16 api-3 uvicorn[2210]: ERROR:    Exception in ASGI application", "Nov 29 07:41:16 api-3 uvicorn[2210]: Traceback (most recent call last):", "Nov 29 07:41:16 api-3 uvicorn[2210]:   File \"/srv/api/routes.py\", line 88, in checkout", "Nov 29 07:41:16 api-3 uvicorn[2210]:     total = cart.total()", "Nov 29 07:41:16 api-3 uvicorn[2210]: ZeroDivisionError: division by zero"),
			we("2026-11-29T07:41:17Z", Info, "api-3", "Nov 29 07:41:17 api-3 uvicorn[2210]: INFO:     10.20.4.17:51234 - \"GET /health HTTP/1.1\" 200 OK"),
			we("2026-11-29T07:41:18Z", Error, "api-3", "Nov 29 07:41:18 api-3 java[3120]: 2026-11-29 07:41:18.204 ERROR [main] c.e.Ledger - post failed", "Nov 29 07:41:18 api-3 java[3120]: java.sql.SQLTransientConnectionException: pool exhausted", "Nov 29 07:41:18 api-3 java[3120]:     at com.example.Ledger.post(Ledger.java:41)", "Nov 29 07:41:18 api-3 java[3120]: Caused by: java.net.SocketTimeoutException: connect timed out", "Nov 29 07:41:18 api-3 java[3120]:     ... 12 more"),
			we("2026-11-29T07:41:19Z", Unknown, "api-3", "Nov 29 07:41:19 api-3 corosync[812]:   [TOTEM ] Token has not been received in 2250 ms"),
			we("2026-11-29T07:41:19Z", Unknown, "api-3", "Nov 29 07:41:19 api-3 corosync[812]:   [QUORUM] Sync members[2]: 1 2"),
			we("2026-11-29T07:41:20Z", Unknown, "api-3", "Nov 29 07:41:20 api-3 java[3188]:     at com.example.Other.run(Other.java:12)"),
		},
	},
	{
		name: "a nested trace announced under a trace's frames",
		why:  "DataNucleus writes the cause's trace under the exception's frames after a one-word label (NestedThrowablesStackTrace:): the label, the cause and its frames are the record's; an ordinary untimed line under frames is still a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "", "2026-11-29 07:41:16,204 ERROR [pool-4-thread-2] store.Catalog: lookup failed: javax.jdo.JDOFatalDataStoreException: Connection reset", "\tat org.datanucleus.api.jdo.Helper.wrap(Helper.java:612)", "NestedThrowablesStackTrace:", "java.sql.SQLRecoverableException: Connection reset", "\tat org.postgresql.core.PGStream.receive(PGStream.java:88)"),
			we("2026-11-29T07:41:17.001Z", Info, "", "2026-11-29 07:41:17,001 INFO  [pool-4-thread-2] store.Catalog: retrying"),
		},
	},
	{
		name: "tail's header behind compose's column",
		why:  "a container that tails several logs prints tail's ==> file <== header between them behind compose's column: a record of its own, not the last line's text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "cache-1  | 88:M 29 Nov 2026 07:41:16.204 # Connection with replica 10.20.0.7:6379 lost."),
			we("", Unknown, "", "cache-1  | ==> /var/log/supervisor/sentinel.log <=="),
			we("2026-11-29T07:41:17.001Z", Warn, "", "cache-1  | 91:X 29 Nov 2026 07:41:17.001 # +sdown master cache 10.20.0.6 6379"),
		},
	},
	{
		name: "a Java trace under rsyslog's #011 tabs",
		why:  "Debian's and Ubuntu's rsyslog writes a frame's tab as #011: under the same program[pid] those frames are the error's record too",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Error, "web-4", "Nov 29 07:41:19 web-4 java[5120]: 2026-11-29 07:41:19.500 ERROR [pool-1] Billing - invoice 88 failed", "Nov 29 07:41:19 web-4 java[5120]: java.lang.IllegalStateException: ledger closed", "Nov 29 07:41:19 web-4 java[5120]: #011at com.example.Ledger.post(Ledger.java:41)", "Nov 29 07:41:19 web-4 java[5120]: #011... 7 more"),
		},
	},
	{
		name: "a message that opens with blanks, then lines that open with + or |",
		why:  "only crdb-v2's mark after its entry counter continues a repeated header: a logger's line that opens with blanks and the lines after it that open with '+' or '|' (a diff, a table logged a line a call) are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Info, "", "2026-11-29 07:41:20 INFO migrate -   schema diff for orders:"),
			we("2026-11-29T07:41:20Z", Info, "", "2026-11-29 07:41:20 INFO migrate - +  added column note"),
			we("2026-11-29T07:41:20Z", Info, "", "2026-11-29 07:41:20 INFO migrate - |  kept column qty"),
		},
	},
	{
		name: "a status refused, then copied events",
		why:  "lined-up values that give no time (a status) are refused for their first name only: copied events after them are still read as records",
		entries: []worldEntry{
			we("", Unknown, "", "Host Name:                 WS07"),
			we("", Unknown, "", "OS Name:                   Microsoft Windows Server 2022 Standard"),
			we("", Unknown, "", "OS Version:                10.0.20348 N/A Build 20348"),
			we("", Unknown, "", "Registered Owner:          Corp IT"),
			we("", Unknown, "", "Product ID:                00454-20165-01481-AA123"),
			we("", Unknown, "", "System Manufacturer:       Dell Inc."),
			we("", Unknown, "", "System Model:              PowerEdge R650"),
			we("", Unknown, "", "System Type:               x64-based PC"),
			we("", Unknown, "", "BIOS Version:              Dell Inc. 1.13.2"),
			wskip(""),
			we("2026-11-29T07:41:16Z", Error, "WS07.corp.example.org", "Log Name:      System", "Source:        Service Control Manager", "Date:          11/29/2026 7:41:16 AM", "Event ID:      7034", "Level:         Error", "Computer:      WS07.corp.example.org", "Description:", "The Print Spooler service terminated unexpectedly."),
		},
	},
	{
		name: "glog's header with spdlog's short levels",
		why:  "a program that copies glog's header with spdlog's one-letter levels writes T, D and C beside I, W, E: each line is a record with its time and level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "I1129 07:41:16.204 3 proxy] listener 0.0.0.0:8443 ready"),
			we("2026-11-29T07:41:16.31Z", Debug, "", "D1129 07:41:16.310 9 proxy] pool warm: 4 connections"),
			we("2026-11-29T07:41:16.311Z", Trace, "", "T1129 07:41:16.311 9 proxy] frame 412 read 1024 bytes"),
			we("2026-11-29T07:41:17.002Z", Critical, "", "C1129 07:41:17.002 3 proxy] out of file descriptors"),
		},
	},
	{
		name: "pairs whose keys are capitals or capitalized",
		why:  "a line of pairs names its time, level, host and message whatever the case of its keys: syslog-ng's macros in capitals, an export's capitalized keys",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "nas-3", `PROGRAM=smartd PRIORITY=warning MESSAGE="Device: /dev/sdc, 2 Offline uncorrectable sectors" ISODATE=2026-11-29T08:41:16+01:00 HOST=nas-3`),
			we("2026-11-29T07:41:17Z", Error, "ws-12", `Time=2026-11-29T07:41:17Z Level=Error Host=ws-12 Message="backup job 41 failed"`),
		},
	},
	{
		name: "JSON hosts under a relay's keys",
		why:  "Logstash's syslog input keeps the header's host under logsource and the sender's address under host: logsource is the machine; rsyslog's templates for it write sysloghost; Vector's native JSON nests the record under log",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "db-04", `{"@timestamp":"2026-11-29T07:41:16.000Z","host":"192.0.2.40","logsource":"db-04","severity_label":"Informational","message":"checkpoint complete"}`),
			we("2026-11-29T07:41:17Z", Error, "db-05", `{"@timestamp":"2026-11-29T07:41:17+00:00","sysloghost":"db-05","severity":"err","message":"replication slot lost"}`),
			we("2026-11-29T07:41:18Z", Warn, "db-06", `{"log":{"timestamp":"2026-11-29T07:41:18Z","hostname":"db-06","severity":"warning","message":"slow fsync"}}`),
		},
	},
	{
		name: "svlogd's time before every line, and a trace under it",
		why:  "runit's svlogd stamps each line in UTC with five digits of fraction (-tt with '_', -ttt with 'T'); a program's trace, each of its lines stamped, is the record of the line it follows; a plain line is a record with svlogd's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.20412Z", Unknown, "", "2026-11-29_07:41:16.20412 listening on :9000"),
			we("2026-11-29T07:41:17.00101Z|2026-11-29T07:41:17.001Z", Error, "",
				"2026-11-29_07:41:17.00101 2026-11-29 07:41:17.001 ERROR [worker-2] c.e.Billing - charge failed",
				"2026-11-29_07:41:17.00102 java.lang.IllegalStateException: card declined",
				"2026-11-29_07:41:17.00103 \tat c.e.Billing.charge(Billing.java:41)"),
			we("2026-11-29T07:41:18.5Z|2026-11-29T07:41:18.5Z", Info, "", "2026-11-29T07:41:18.50000 2026-11-29 07:41:18.500 INFO [main] c.e.Billing - retry queued"),
		},
	},
	{
		name: "a JSON object after a time of several words",
		why:  "a template that writes a date and clock, then the record as JSON (syslog-ng's \"$DATE $(format-json …)\"): the object's level and host are the record's; an object after a level word is a message's payload, whose host is no machine's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "gw-2", `Nov 29 07:41:16 {"program":"keepalived","host":"gw-2","level":"warning","message":"VRRP_Instance(VI_1) entering BACKUP STATE"}`),
			we("2026-11-29T07:41:17Z", Info, "gw-3", `2026-11-29 07:41:17 {"hostname":"gw-3","severity":"info","msg":"VRRP_Instance(VI_1) entering MASTER STATE"}`),
			we("2026-11-29T07:41:18Z", Info, "", `2026-11-29 07:41:18 INFO {"host":"shop.example.com","path":"/cart","status":200}`),
		},
	},
	{
		name: "Ruby's hashes as records",
		why:  "Logstash's own log before version 5 is a Ruby hash a line, with symbols for keys and level; its rubydebug codec prints an event as a hash over lines, times bare, arrays with their indexes: both are read by their keys, as JSON is",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", `{:timestamp=>"2026-11-29T08:41:16.204000+0100", :message=>"retrying connection to elasticsearch", :level=>:warn}`),
			we("2026-11-29T07:41:16.5Z", Error, "", `{:timestamp=>"2026-11-29T08:41:16.500000+0100", :message=>"connection failed", :exception=>#<Errno::ECONNREFUSED: Connection refused - connect(2) for "es" port 9200>, :level=>:error}`),
			we("2026-11-29T07:41:17Z", Info, "ingest-4",
				"{",
				`       "message" => "order 41207 shipped",`,
				`    "@timestamp" => 2026-11-29T07:41:17.000Z,`,
				`          "tags" => [`,
				`        [0] "shop",`,
				`        [1] "orders"`,
				`    ],`,
				`          "host" => {`,
				`        "name" => "ingest-4"`,
				`    },`,
				`           "log" => {`,
				`        "level" => "info",`,
				`         "file" => nil`,
				`    }`,
				"}"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 INFO next"),
		},
	},
	{
		name: "a pair or a label inside a sentence is no level",
		why:  "a level key among a message's words is text an attacker can choose (a user name in sshd's lines, a command's arguments in sudo's): only a message of pairs, or one whose label follows a device's fields, names a level so",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Unknown, "bastion-1", "Nov 29 07:41:12 bastion-1 sshd[812]: Invalid user level=debug from 198.51.100.23 port 50412"),
			we("2026-11-29T07:41:13Z", Unknown, "bastion-1", "Nov 29 07:41:13 bastion-1 sshd[812]: Failed password for invalid user LEVEL:Debug from 198.51.100.23 port 50413 ssh2"),
			we("2026-11-29T07:41:14Z", Unknown, "bastion-1", "Nov 29 07:41:14 bastion-1 sudo[913]:     dave : TTY=pts/1 ; PWD=/home/dave ; USER=root ; COMMAND=/usr/bin/env level=trace /bin/sh"),
			we("2026-11-29T07:41:14Z", Unknown, "bastion-1", "Nov 29 07:41:14 bastion-1 sshd[812]: Invalid user a SLOT:3 SEVERITY:Debug from 198.51.100.23 port 50414 ssh2"),
			we("2026-11-29T07:41:14Z", Unknown, "bastion-1", "Nov 29 07:41:14 bastion-1 portal[77]: login failed for user a=b\tlevel=debug"),
			we("2026-11-29T07:41:14Z", Unknown, "bastion-1", "Nov 29 07:41:14 bastion-1 sudo:  mallory : user NOT in sudoers ; TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/x SLOT:3 SEVERITY:Debug"),
			we("2026-11-29T07:41:15Z", Error, "bastion-1", `Nov 29 07:41:15 bastion-1 dockerd[1004]: time="2026-11-29T07:41:15.120Z" level=error msg="pull failed"`),
			we("2026-11-29T07:41:16.00431Z", Unknown, "", "2026-11-29_07:41:16.00431 Invalid user level=debug from 198.51.100.23 port 50415"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17Z Invalid user [DEBUG] from 198.51.100.23 port 50416"),
			we("2026-11-29T07:41:18Z", Unknown, "mx-1", "Nov 29 07:41:18 mx-1 postfix/smtp[201]: 4F2D1C: to=<ann@example.org>, relay=none, delay=0.2, status=bounced (host=mx.example.org level=debug)"),
			we("2026-11-29T07:41:19Z", Unknown, "mx-1", "Nov 29 07:41:19 mx-1 dovecot: imap(DEBUG:)<4120><a1B2c3D4e5F6>: Disconnected: Logged out in=120 out=2048"),
		},
	},
	{
		name: "keys in capitals name roles only beside a time",
		why:  "an environment's dump is pairs in capitals too (HOSTNAME=, LOGLEVEL=): a key matched in another case than its own names the host or level only in a line that also holds a time",
		entries: []worldEntry{
			we("", Unknown, "", "PATH=/usr/local/bin:/usr/bin HOME=/home/ci HOSTNAME=runner-7 LANG=C.UTF-8"),
			we("", Unknown, "", "SHELL=/bin/bash USER=ci LOGLEVEL=debug PWD=/builds/shop"),
			we("2026-11-29T07:41:16Z", Error, "runner-8", `ISODATE=2026-11-29T07:41:16+00:00 HOST=runner-8 PRIORITY=err PROGRAM=gitlab-runner MESSAGE="job 41 failed"`),
			we("2026-11-29T07:41:17Z", Error, "runner-9", `PRI=11 SEVERITY=err LEVEL=err HOST=runner-9 MESSAGE="job 42 failed" ISODATE=2026-11-29T07:41:17+00:00`),
		},
	},
	{
		name: "a host one object down only with the record's time",
		why:  "Vector's native JSON holds the record under log, its time and host with it; a host under log, fields or event beside a time of the record's own level is a request's or a destination's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"time":"2026-11-29T07:41:16Z","level":"info","msg":"request","log":{"host":"admin.example.org","path":"/login"}}`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"fields":{"host":"shop.example.com","path":"/cart"},"@timestamp":"2026-11-29T07:41:17Z","message":"GET /cart"}`),
			we("2026-11-29T07:41:18Z", Warn, "db-06", `{"log":{"host":"db-06","message":"slow fsync","severity":"warning","timestamp":"2026-11-29T07:41:18Z"}}`),
		},
	},
	{
		name: "chained tracebacks behind a collector's time",
		why:  "Python's chained tracebacks, each line stamped by svlogd or docker logs -t, are one record: the blank lines and the note between them too",
		entries: []worldEntry{
			we("2026-11-29T07:41:23Z", Unknown, "",
				"2026-11-29_07:41:23.00000 Traceback (most recent call last):",
				`2026-11-29_07:41:23.00001   File "/srv/app/sync.py", line 3, in <module>`,
				"2026-11-29_07:41:23.00002 KeyError: 'sku'",
				"2026-11-29_07:41:23.00003 ",
				"2026-11-29_07:41:23.00004 During handling of the above exception, another exception occurred:",
				"2026-11-29_07:41:23.00005 ",
				"2026-11-29_07:41:23.00006 Traceback (most recent call last):",
				`2026-11-29_07:41:23.00007   File "/srv/app/sync.py", line 5, in <module>`,
				"2026-11-29_07:41:23.00008 ValueError: no sku"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026-11-29_07:41:24.00000 worker restarted"),
		},
	},
	{
		name: "a firewall's virtual system after its name",
		why:  "a firewall writes the virtual system a record is of in parentheses after its name where the host goes: the name is the machine",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fw-core-2", "<190>Nov 29 07:41:16 fw-core-2(vsys-dmz) 41a2 FLOW: session 4120 created"),
			we("2026-11-29T07:41:17Z", Notice, "fw-core-2", "<189>Nov 29 07:41:17 fw-core-2(root) 41a3 CONFIG: admin saved the configuration"),
		},
	},
	{
		name: "a collector's host before pairs or nil fields",
		why:  "after a time with its numeric offset, a name with digits, dashes or dots before key=value pairs, or before RFC 5424's four nil fields, is the sender a collector wrote; a name before prose is not read, nor one after a time without a zone or in Z (a container runtime's, before the program's own text)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "edge-4", `2026-11-29T07:41:16.204+00:00 edge-4 SOURCE=s_net PROGRAM=nginx PID=812 MESSAGE="reload done"`),
			we("2026-11-29T07:41:17Z", Unknown, "edge-4", "2026-11-29T07:41:17+00:00 edge-4 msglen=12 reload done"),
			we("2026-11-29T07:41:17.5Z", Unknown, "", "2026-11-29T07:41:17.500000000Z job-77 status=ok"),
			we("2026-11-29T07:41:18.5Z", Unknown, "lb2.example.net", `2026-11-29T08:41:18.5+01:00 lb2.example.net - - - - {"event":"pool member down"}`),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T07:41:19 job-77 retries=3 queued"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20Z Cache warmed keys=4120"),
		},
	},
	{
		name: "journalctl's header under another locale",
		why:  "journalctl writes strftime's %b in the reader's language: a month's name of another language or script, or its number before 月 or 월, then the day and a clock, is a syslog header's date; the year is the one that puts it no later than now",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "kv-node-1", "ноя 29 07:41:16 kv-node-1 etcd[812]: compacted revision 4120"),
			we("2026-11-29T07:41:17.5Z", Unknown, "kv-node-1", "11月 29 07:41:17.500000 kv-node-1 etcd[812]: slow fdatasync"),
			we("2026-11-29T07:41:18Z", Unknown, "kv-node-1", "11월 29 07:41:18 kv-node-1 sshd[913]: Accepted key for ops"),
			we("2026-11-29T07:41:19Z", Unknown, "kv-node-1", "lis 29 07:41:19 kv-node-1 cron[914]: job started"),
			we("2025-12-05T07:41:20Z", Unknown, "kv-node-1", "Dez 05 07:41:20 kv-node-1 cron[915]: job started"),
		},
	},
	{
		name: "a month's name of another language before prose",
		why:  "a month's name in another language opens the line, with a number after it but no clock: words of prose, no date",
		entries: []worldEntry{
			we("", Unknown, "", "mai 29 fois le disque a refusé"),
			we("", Unknown, "", "set 12 retries on kv-node-1"),
		},
	},
	{
		name: "level words of more translations",
		why:  "Windows' Dutch and Portuguese level names in an export's first column, PostgreSQL's German severity in csvlog's column and its Georgian ones in its stderr layout are the record's levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "Fout,29-11-2026 07:41:16,Service Control Manager,7000,Geen,\"De service Acme kan niet starten.\""),
			we("2026-11-29T07:41:17Z", Info, "", "Informação,29/11/2026 07:41:17,Service Control Manager,7036,Nenhum,\"O serviço Acme entrou no estado Em execução.\""),
			we("2026-11-29T07:41:18.5Z", Warn, "", "2026-11-29 08:41:18.500 CET,\"app\",\"shop\",812,\"[local]\",6a2b.1,1,\"COMMIT\",2026-11-29 08:41:00 CET,3/9,0,WARNUNG,25P01,\"keine Transaktion offen\",,,,,,,,,\"psql\",\"client backend\",,0"),
			we("2026-11-29T07:41:19.5Z", Critical, "", "2026-11-29 11:41:19.500 +04 [913] ფატალური:  მონაცემთა ბაზა \"shop\" არ არსებობს"),
		},
	},
	{
		name: "a library's name and level in brackets under a timed record",
		why:  "a native library writes its own messages into a script's output, its name and its level in brackets: each is a record of its own with that level, not the timed record's text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO fraud.fit: fitting on 9120 rows"),
			we("", Info, "", "[XGBoost] [Info] building histogram with 4 threads"),
			we("", Warn, "", "[XGBoost] [Warning] feature 12 has no variance"),
			we("2026-11-29T07:41:20.5Z", Info, "", "2026-11-29 07:41:20,500 INFO fraud.fit: done"),
		},
	},
	{
		name: "sar's averages and clock under other locales",
		why:  "sar writes its averages' label in the reader's language (Durchschn.:, Moyenne : with a narrow no-break space) and its decimals with a comma; under ja_JP its rows open with 07時40分01秒, a time of day",
		entries: []worldEntry{
			we("2026-11-29T09:10:01Z", Unknown, "", "09:10:01        all      4,12      0,00      1,20"),
			we("2026-11-29T09:20:01Z", Unknown, "", "09:20:01        all      8,40      0,00      2,02"),
			we("", Unknown, "", "Durchschn.:     all      6,26      0,00      1,61"),
		},
	},
	{
		name: "sar's rows on a Japanese clock",
		why:  "under ja_JP sar's rows open with the clock as %X writes it, 09時10分01秒: a time of day on the clock's day; 平均値: is the averages' row",
		entries: []worldEntry{
			we("2026-11-29T09:10:01Z", Unknown, "", "09時10分01秒     all      4.12      0.00      1.20"),
			we("2026-11-29T09:20:01Z", Unknown, "", "09時20分01秒     all      8.40      0.00      2.02"),
			we("", Unknown, "", "平均値:         all      6.26      0.00      1.61"),
		},
	},
	{
		name: "ctime's order with a month written 11月",
		why:  "dmesg -T under ja_JP writes ctime's fields with the weekday and the month in Japanese: [土 11月 28 22:10:05 2026]",
		entries: []worldEntry{
			we("2026-11-28T22:10:05Z", Unknown, "", "[土 11月 28 22:10:05 2026] nvme nvme0: resetting controller"),
			we("2026-11-28T22:10:07Z", Unknown, "", "[土 11月 28 22:10:07 2026] nvme nvme0: controller is ready"),
		},
	},
	{
		name: "Java's German zone names and China's CST",
		why:  "a JVM under de_DE names Central European time MEZ and its summer MESZ; CST in a line written in Chinese is China's Standard Time, +08:00, not US Central",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[29.11.26, 08:41:16:204 MEZ] 00000001 Server gestartet"),
			we("2026-07-29T07:41:16.204Z", Unknown, "", "[29.07.26, 09:41:16:204 MESZ] 00000001 Server gestartet"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 15:41:17 CST 订单服务已启动"),
		},
	},
	{
		name: "journalctl's padded month under ja_JP",
		why:  "glibc's ja_JP pads the months one to nine with a blank, so journalctl's header opens with one: \" 1月 05 07:41:16 host tag[pid]:\"",
		entries: []worldEntry{
			we("2025-12-31T23:59:59Z", Unknown, "kv-node-1", "12月 31 23:59:59 kv-node-1 sshd[913]: session closed"),
			we("2026-01-01T00:00:01Z", Unknown, "kv-node-1", " 1月 01 00:00:01 kv-node-1 sshd[914]: session opened"),
		},
	},
	{
		name: "words of other scripts that are no zone's or level's sign",
		why:  "CST stays US Central when the Chinese in the line is a URL's query; a dotted logger's name before pairs is no host; a word of a CSV row that a translation also uses for a level is no level without a SQLSTATE after it",
		entries: []worldEntry{
			we("2026-11-29T13:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 CST 2026 GET /search?q=北京 200"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17+00:00 celery.worker task=sync state=ok"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18,1001,张三,北京,普通,会员,2026,积分,120"),
		},
	},
	{
		name: "a tagged level line inside a trace is the trace's",
		why:  "a line printed between an exception and its frames goes with the trace, whatever brackets it opens with: a user's text must not cut a record or forge a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:01Z", Error, "",
				"2026-11-29 07:41:01,000 ERROR c.x.Svc request failed",
				"java.lang.IllegalStateException: bad input",
				"[admin] [CRITICAL] database wiped",
				"\tat com.x.Y.run(Y.java:1)"),
		},
	},
	{
		name: "more of strftime's months and days under other locales",
		why:  "Polish writes maj and paź for May and October; dmesg -T pads a day under ten with a blank after 11月",
		entries: []worldEntry{
			we("2026-05-29T07:41:16Z", Unknown, "db-7", "maj 29 07:41:16 db-7 app[1]: rotated"),
			we("2026-10-29T07:41:16Z", Unknown, "db-7", "paź 29 07:41:16 db-7 app[1]: rotated"),
		},
	},
	{
		name: "dmesg -T's padded day under ja_JP",
		why:  "%e pads a day under ten with a blank: [木 11月  5 07:41:17 2026]",
		entries: []worldEntry{
			we("2026-11-05T07:41:17Z", Unknown, "", "[木 11月  5 07:41:17 2026] usb 1-1: new device"),
			we("2026-11-05T07:41:18Z", Unknown, "", "[木 11月  5 07:41:18 2026] usb 1-1: configured"),
		},
	},
	{
		name: "a statement's duration in brackets heads no block",
		why:  "an ORM prints each statement with the time it took in brackets; that number is no record's id, so the timed line after it is a record of its own and lends the statement no time",
		entries: []worldEntry{
			we("", Unknown, "", "[0.40ms] SELECT id FROM carts LIMIT 1"),
			we("", Unknown, "", "[1.20ms] UPDATE carts SET total=4"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Server started at http://0.0.0.0:8090"),
		},
	},
	{
		name: ".NET's console records and the prints between them",
		why:  ".NET's console logger indents every line under its header; a line at the margin after such a record is Console.WriteLine's, a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "",
				"2026-11-29 07:41:16 warn: Billing.Worker[12]",
				"      Invoice queue at 412 items"),
			we("", Unknown, "", "billing worker 1.2.0 ready"),
			we("2026-11-29T07:41:18Z", Info, "",
				"2026-11-29 07:41:18 info: Billing.Worker[0]",
				"      Batch 7 done"),
		},
	},
	{
		name: "Hibernate's show_sql between a service's records",
		why:  "Hibernate prints each statement to stdout after \"Hibernate: \", formatted over indented lines with format_sql: a record of its own, not the text of the logger's record before it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2Z", Info, "", "2026-11-29T07:41:16.200Z  INFO 1 --- [main] c.e.Shop : cart loaded"),
			we("", Unknown, "", "Hibernate: select c1_0.id from carts c1_0 where c1_0.id=?"),
			we("", Unknown, "",
				"Hibernate: ",
				"    delete ",
				"    from",
				"        carts ",
				"    where",
				"        id=?"),
			we("2026-11-29T07:41:17.1Z", Warn, "", "2026-11-29T07:41:17.100Z  WARN 1 --- [main] c.e.Shop : cart 4 emptied"),
		},
	},
	{
		name: "Fluent Bit's own levels right-aligned in brackets",
		why:  "Fluent Bit writes its level names right-aligned to five characters in brackets after its time: [ warn] and [ info] beside [error] and [debug]",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Warn, "", "[2026/11/29 07:41:18] [ warn] [output:es:es.0] http_status=429, retrying"),
		},
	},
	{
		name: "Fluent Bit's right-aligned level behind a container runtime's time",
		why:  "kubectl logs --timestamps writes its time before Fluent Bit's own: the level in brackets after both is the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.300118004Z|2026-11-29T07:41:18Z", Warn, "", "2026-11-29T07:41:18.300118004Z [2026/11/29 07:41:18] [ warn] [engine] chunk retry in 7 seconds"),
		},
	},
	{
		name: "a device's clock and message id after a collector's ISO header",
		why:  "a switch sends its own clock, starred when unsynchronized, and its message id with no tag; a collector's ISO header with the switch's name stands before it: the name is the host, the id's digit the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.120551Z|2026-11-29T07:41:17.118Z", Error, "acc-sw9", "2026-11-29T07:41:17.120551+00:00 acc-sw9 *Nov 29 07:41:17.118: %LINK-3-UPDOWN: Interface Gi1/0/4, changed state to down"),
			we("2026-11-29T07:41:18.2Z|2026-11-29T07:41:18.2Z", Notice, "acc-sw9", "2026-11-29T07:41:18.200000+00:00 acc-sw9 Nov 29 07:41:18.200: %SYS-5-CONFIG_I: Configured from console by ops"),
		},
	},
	{
		name: "an untimed line among syslog messages",
		why:  "a syslog file holds one message a line behind its header: a line without one (a sender's that wrote no header, a console's) is a record of its own with no time, while an exception, the end of a Python traceback and journalctl -x's catalog lines stay with the message above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-04", "Nov 29 07:41:16 gw-04 pppd[2207]: remote IP address 10.64.0.1"),
			we("", Unknown, "", "modem hung up, redialling"),
			we("2026-11-29T07:41:18.5Z", Info, "gw-04", "<30>1 2026-11-29T07:41:18.5Z gw-04 dhcpd 811 - - lease 10.64.0.9 renewed"),
			we("", Notice, "", "<13>lease table flushed"),
			we("2026-11-29T07:41:19Z", Error, "gw-04",
				"<11>Nov 29 07:41:19 gw-04 billing[90]: Traceback (most recent call last):",
				`  File "/srv/billing/run.py", line 12, in <module>`,
				"    main()",
				"BrokenPipeError: [Errno 32] Broken pipe"),
			we("2026-11-29T07:41:19.5Z", Critical, "gw-04",
				"<10>1 2026-11-29T07:41:19.5Z gw-04 meter 91 - - panic: assignment to entry in nil map",
				"",
				"goroutine 1 [running]:",
				"main.main()",
				"\t/srv/meter/main.go:40 +0x2c",
				"exit status 2"),
			we("2026-11-29T07:41:20Z", Unknown, "gw-04",
				"Nov 29 07:41:20 gw-04 systemd[1]: billing.service: Failed with result 'exit-code'.",
				"░░ Subject: Unit failed",
				"░░ The unit billing.service has entered the 'failed' state with result 'exit-code'."),
		},
	},
	{
		name: "a tracer's clock behind a process id",
		why:  "strace -f -tt writes each line of a process tree with the pid before the time of day in microseconds (in a file, or in brackets on a terminal, as ltrace -f does): the clock is the line's time, on the reader's day, and the pid stays in the text; a clock in a sentence is not",
		entries: []worldEntry{
			we("2026-11-29T09:12:44.100342Z", Unknown, "", `2210  09:12:44.100342 openat(AT_FDCWD, "/srv/cache/index", O_RDONLY) = 3`),
			we("2026-11-29T09:12:44.100977Z", Unknown, "", `2213  09:12:44.100977 read(3, "", 4096) = 0`),
			we("2026-11-29T09:12:44.20113Z", Unknown, "", `[pid  2213] 09:12:44.201130 close(3) = 0`),
		},
	},
	{
		name: "a clock with microseconds in a sentence",
		why:  "only a pid, alone or in strace's brackets, before the clock makes it a tracer's stamp",
		entries: []worldEntry{
			we("", Unknown, "", "batch 7 ran from 09:12:44.100342 to 09:12:45.000000"),
			we("", Unknown, "", "7 workers  09:12:44.100342 seen last"),
		},
	},
	{
		name: "golog's four-letter fatal",
		why:  "kataras/golog titles its levels with four letters, DBUG, INFO, WARN, ERRO and FTAL: FTAL is fatal",
		entries: []worldEntry{
			we("2026-11-29T08:02:00Z", Critical, "", "[FTAL] 2026/11/29 08:02 store: cannot open bolt file /srv/kv/data.db"),
		},
	},
	{
		name: "levels right-aligned to six columns in untimed output",
		why:  "a deploy tool pads its level names to six columns and writes no time: each line that opens with such a level under a line of the same width is a record of its own",
		entries: []worldEntry{
			we("", Info, "", "  INFO [7c21] Running /usr/bin/env git fetch as ci@build-3"),
			we("", Debug, "", " DEBUG [7c21] Command: /usr/bin/env git fetch"),
			we("", Warn, "", "  WARN [7c21] remote has no HEAD"),
			we("", Error, "", " ERROR [7c21] exit status 128"),
		},
	},
	{
		name: "a level word in angle brackets after a log class",
		why:  "an emulator's log writes its uptime, the log class, then the level in angle brackets; learned from the source's lines as a column, never from one line",
		entries: []worldEntry{
			we("", Info, "", "[   1.000100] Core <Info> core/core.cpp:Init:88: starting core"),
			we("", Debug, "", "[   1.004000] Render <Debug> video/gl.cpp:Setup:40: shader cache at /tmp/sc"),
			we("", Warn, "", "[   2.500000] Input <Warning> input/pad.cpp:Poll:12: pad 2 not mapped"),
			we("", Error, "", "[   3.250000] Service.NET <Error> net/socket.cpp:Bind:301: address in use"),
		},
	},
	{
		name: "an agent's name before a time of day and a level",
		why:  "a debug-log relay writes the agent's name and a colon before each line's clock and level: the clock is the line's time, on the reader's day",
		entries: []worldEntry{
			we("2026-11-29T10:20:30Z", Info, "", "worker-3: 10:20:30 INFO agent.pool started 4 slots"),
			we("2026-11-29T10:20:31Z", Error, "", "app-db-1: 10:20:31 ERROR agent.sql query timed out after 30s"),
		},
	},
	{
		name: "a release tool's signed lines at two depths",
		why:  "a CLI sets each of its log lines off by blanks and a sign, a step's parts deeper: each signed line is a record, and its cross is an error",
		entries: []worldEntry{
			we("", Unknown, "", "  • building binaries"),
			we("", Unknown, "", "    • build                                          target=linux_arm64"),
			we("", Error, "", "  ⨯ build failed                                     error=exit status 2"),
		},
	},
	{
		name: "a day padded with a blank under a day of two digits",
		why:  "a log whose lines open with strftime's %e day pads days under 10 with a blank: such a line is the next record, with its own date, not the text of the one above",
		entries: []worldEntry{
			we("2026-10-31T23:59:58Z", Unknown, "", "31 Oct 23:59:58 chimed[40]: offset -0.000120 s"),
			we("2026-11-01T00:00:02Z", Unknown, "", " 1 Nov 00:00:02 chimed[40]: offset +0.000031 s"),
			we("2026-11-01T00:10:02Z", Unknown, "", " 1 Nov 00:10:02 chimed[40]: peer 10.1.1.1 reachable"),
		},
	},
	{
		name: "a program's own diagnostic under a timed record",
		why:  "a launcher or a shell tool writes its errors and warnings the GNU way, its name and its level with a colon each: such a line is a message of its own, not the text of the timed record above it",
		entries: []worldEntry{
			we("2026-11-29T09:00:01.12Z", Info, "", "[2026-11-29 09:00:01.120] [info] rank 3 loaded 4120 shards"),
			we("", Error, "", "mpirun: error: rank 3 exited with signal 9"),
			we("", Warn, "", "rsync: warning: some files vanished before they could be transferred (code 24)"),
		},
	},
	{
		name: "a Windows event's XML as JSON",
		why:  "evtx_dump and xmltodict write an event's System element as nested objects: its Computer is the host, its TimeCreated's SystemTime the time, its Level the event log's (4 information, 2 error)",
		entries: []worldEntry{
			we("2026-11-29T10:02:03.5Z", Info, "APP04.corp.test", `{"Event":{"System":{"Provider":{"#attributes":{"Name":"Service Control Manager"}},"EventID":7036,"Level":4,"TimeCreated":{"#attributes":{"SystemTime":"2026-11-29T10:02:03.500000Z"}},"Computer":"APP04.corp.test"},"EventData":{"param1":"Print Spooler","param2":"running"}}}`),
			we("2026-11-29T10:02:09Z", Error, "APP05.corp.test", `{"Event":{"System":{"EventID":"1000","Level":"2","TimeCreated":{"@SystemTime":"2026-11-29T10:02:09Z"},"Computer":"APP05.corp.test"}}}`),
		},
	},
	{
		name: "what a syslog message or an exception announces stays with it",
		why:  "a message ending in a colon announces the lines under it (a Rust panic's location, a request's body), and an exception's text may quote a tool's own error: neither line is a message of its own",
		entries: []worldEntry{
			we("2026-11-29T08:10:00Z", Unknown, "gw-04", "Nov 29 08:10:00 gw-04 meter[90]: thread 'main' panicked at src/main.rs:2:5:", "explicit panic"),
			we("2026-11-29T08:10:01Z", Error, "",
				"2026-11-29 08:10:01 ERROR org.example.Backup - org.apache.commons.exec.ExecuteException: Process exited with an error: 2",
				"tar: error: /srv/data: Cannot open: Permission denied",
				"\tat org.apache.commons.exec.DefaultExecutor.executeInternal(DefaultExecutor.java:404)"),
		},
	},
	{
		name: "JSON keys that name the host or the level in one shipper's schema",
		why:  "a Kubernetes event's source.host is the node whose kubelet reported it and its type Normal or Warning its level; Cloud Logging's resource_name label names the VM; Monolog's Logstash V0 keeps the host in @source and its number in @fields.level; Datadog's status is a level in lower case, and an outcome there names none",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Warn, "node-7", `{"reason":"Unhealthy","message":"Readiness probe failed","source":{"component":"kubelet","host":"node-7"},"firstTimestamp":"2026-11-29T10:00:00Z","lastTimestamp":"2026-11-29T10:00:00Z","type":"Warning"}`),
			we("2026-11-29T10:00:01Z", Info, "", `{"reason":"SuccessfulCreate","message":"Created pod: api-5c9f","source":{"component":"replicaset-controller"},"firstTimestamp":"2026-11-29T10:00:01Z","lastTimestamp":"2026-11-29T10:00:01Z","type":"Normal"}`),
			we("2026-11-29T10:00:02Z", Error, "vm-api-3", `{"labels":{"compute.googleapis.com/resource_name":"vm-api-3"},"severity":"ERROR","textPayload":"upstream reset","timestamp":"2026-11-29T10:00:02Z"}`),
			we("2026-11-29T10:00:03Z", Notice, "php-9", `{"@timestamp":"2026-11-29T10:00:03+00:00","@message":"cache warmed","@source":"php-9","@fields":{"channel":"app","level":250},"@type":"site","@source_host":"www.example.test"}`),
			we("2026-11-29T10:00:04Z", Warn, "", `{"date":"2026-11-29T10:00:04Z","service":"cart","status":"warn","message":"slow redis reply"}`),
			we("2026-11-29T10:00:05Z", Unknown, "", `{"date":"2026-11-29T10:00:05Z","job":"export","status":"SUCCESS","message":"export finished"}`),
		},
	},
	{
		name: "a parallel shell's node name before each remote line",
		why:  "clush, pdsh, parallel-ssh, GNU parallel --tag and knife ssh write the node a line came from before it: when the remote line carries its own date, the node is its host; a label, a file's name and a controller's short column are none",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Error, "gpu12", "gpu12: [2026-11-29T10:00:00] error: nvidia-smi failed"),
			we("2026-11-29T10:00:01Z", Warn, "app-3", "app-3\t2026-11-29 10:00:01,000 WARNING pool almost full"),
			we("2026-11-29T10:00:02Z", Info, "mq1.lab.test", "mq1.lab.test    [2026-11-29T10:00:02+00:00] INFO: converge done"),
			we("2026-11-29T10:00:03Z", Critical, "edge4", "[edge4] out: 2026/11/29 10:00:03 [crit] 77#77: worker died"),
			we("2026-11-29T10:00:04Z", Unknown, "", "Start-Date: 2026-11-29  10:00:04"),
			we("2026-11-29T10:00:05Z", Info, "", "ctl0   [Sun Nov 29 2026 10:00:05]  INFO      scrub finished"),
			we("2026-11-29T10:00:06Z", Info, "", "v4.2.1   2026-11-29 10:00:06 INFO release started"),
			we("2026-11-29T10:00:07Z", Warn, "", "Thread-12\t2026-11-29 10:00:07,000 WARNING pool nearly full"),
			we("2026-11-29T10:00:08Z", Unknown, "", "Step2: 2026-11-29 10:00:08 loading fixtures"),
			we("2026-11-29T10:00:09Z", Unknown, "", "retry3: 2026-11-29 10:00:09 connection refused"),
			we("2026-11-29T10:00:10Z", Unknown, "", "Build123\t2026-11-29 10:00:10 artifacts uploaded"),
		},
	},
	{
		name: "the server named in an NPS log's IAS columns",
		why:  "Windows NPS writes in its IAS format the access point that asked first and its own name after the date, the time and IAS: that name is the host",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Unknown, "RAD-2", `10.9.8.7,carol,11/29/2026,10:00:00,IAS,RAD-2,4,10.9.8.7,5,3,4136,1,4142,0`),
			we("2026-11-29T10:00:01Z", Unknown, "RAD-2", `10.9.8.7,carol,11/29/2026,10:00:01,IAS,RAD-2,25,311 1 10.9.8.1 11/20/2026 09:00:00 7,4136,2,4142,0`),
		},
	},
	{
		name: "a worker's line relayed by Ray's driver",
		why:  "Ray's driver prints each line a task, an actor or a raylet wrote behind a prefix naming it and its pid, and the node's address when it is another node: each such line is a record of its own, that node its host; a sentence in parentheses is no prefix",
		entries: []worldEntry{
			we("2026-11-29T10:00:00.5Z", Info, "", "2026-11-29 10:00:00,500\tINFO worker.py:1520 -- Connecting to Ray cluster"),
			we("", Unknown, "10.3.0.7", "(score_batch pid=3301, ip=10.3.0.7) scored 5000 rows"),
			we("", Unknown, "", "(Trainer pid=77) checkpoint written"),
			we("2026-11-29T10:00:02Z", Warn, "", "2026-11-29 10:00:02,000\tWARNING worker.py:2037 -- a task was retried", "(this happens when a node is lost) see the dashboard"),
		},
	},
	{
		name: "a report's banner declares the day of its rows",
		why:  "sar prints rows with a time of day alone under a banner naming the day its data file holds: read days later (sar -f of an earlier day), the rows are on that day, and on the next once the clock passes midnight",
		entries: []worldEntry{
			wskip("Linux 6.1.0-27-amd64 (db7) \t11/20/2026 \t_x86_64_\t(2 CPU)", ""),
			we("2026-11-20T23:59:59Z", Unknown, "", "11:59:59 PM     CPU     %user     %nice   %system   %iowait    %steal     %idle"),
			we("2026-11-21T00:00:00Z", Unknown, "", "12:00:00 AM     all      3.50      0.00      1.00      0.50      0.00     95.00"),
			we("2026-11-21T00:00:01Z", Unknown, "", "12:00:01 AM     all      4.00      0.00      1.25      0.25      0.00     94.50"),
		},
	},
	{
		name: "sar's sections each start again at midnight of the banner's day",
		why:  "sar -f prints each section of a day's file from its start again, under its averages: the next section's rows are on the same day; a banner naming no real day (February 31) declares none",
		entries: []worldEntry{
			wskip("Linux 6.1.0-27-amd64 (db7) \t11/20/2026 \t_x86_64_\t(2 CPU)", ""),
			we("2026-11-20T00:00:01Z", Unknown, "", "12:00:01 AM     CPU     %user     %idle"),
			we("2026-11-20T23:50:01Z", Unknown, "", "11:50:01 PM     all      3.00     96.00"),
			we("", Unknown, "", "Average:        all      3.00     96.00"),
			wskip(""),
			we("2026-11-20T00:00:01Z", Unknown, "", "12:00:01 AM kbmemfree   kbavail"),
			we("2026-11-20T23:50:01Z", Unknown, "", "11:50:01 PM    810000   1200000"),
		},
	},
	{
		name: "a sar banner naming no real day",
		why:  "a banner whose date is no day of the calendar (February 31, month 13) declares none: its rows are on the clock's day",
		entries: []worldEntry{
			wskip("Linux 6.1.0-27-amd64 (db7) \t02/31/2026 \t_x86_64_\t(2 CPU)", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 AM     CPU     %user     %idle"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 AM     all      2.01     97.00"),
		},
	},
	{
		name: "a right-aligned row of numbers that ends with its time",
		why:  "vmstat -t right-aligns each sample's numbers and writes its date and time after them: each row is a sample of its own, at that time, its numbers its text, not a line of the header above",
		entries: []worldEntry{
			we("", Unknown, "", "procs -----memory----- ---cpu--- -----timestamp-----",
				" r  b    free   buff us sy id                 UTC"),
			we("2026-11-29T10:00:01Z", Unknown, "", " 2  0  503112  20100  5  2 93 2026-11-29 10:00:01"),
			we("2026-11-29T10:00:02Z", Unknown, "", "12  1  499870  20100 71 20  9 2026-11-29 10:00:02"),
		},
	},
	{
		name: "a header of column names behind a comment's hash",
		why:  "sadf -d names its columns on a comment line, percentages with their sign: the hostname column is each row's host, the timestamp column its time",
		entries: []worldEntry{
			wskip("# hostname;interval;timestamp;CPU;%user;%idle"),
			we("2026-11-29T10:10:01Z", Unknown, "db-4", "db-4;600;2026-11-29 10:10:01 UTC;-1;7.50;90.10"),
			we("2026-11-29T10:20:01Z", Unknown, "db-4", "db-4;600;2026-11-29 10:20:01 UTC;-1;9.25;88.00"),
		},
	},
	{
		name: "times of day alone after a record with its date",
		why:  "a log that dates a banner or a record and then writes times of day alone (a chat client's session, a game server's console) puts them on that record's day, and on the next once the clock passes midnight, not on the day it is read",
		entries: []worldEntry{
			we("2026-11-20T23:58:00Z", Info, "", "2026-11-20 23:58:00 INFO session opened"),
			we("2026-11-20T23:59:58Z", Unknown, "", "[23:59:58] <ana> rebooting db-2"),
			we("2026-11-21T00:00:03Z", Unknown, "", "[00:00:03] <bo> db-2 is back"),
			we("2026-11-21T00:10:00Z", Unknown, "", "[00:10:00] <ana> thanks"),
		},
	},
	{
		name: "a chat client's log: minutes alone, and the banners around a session",
		why:  "IRC clients open each line with the hour and minute (`21:14 <nick>`, `[22:05] * …`) under a banner that dates the session: the lines are on the banner's day, and the banners and irssi's midnight line are records of their own",
		entries: []worldEntry{
			we("2026-11-24T22:59:10Z", Unknown, "", "--- Log opened Tue Nov 24 22:59:10 2026"),
			we("2026-11-24T22:59:00Z", Unknown, "", "22:59 <lena> is the mirror back?"),
			we("", Unknown, "", "--- Day changed Wed Nov 25 2026"),
			we("2026-11-25T00:01:00Z", Unknown, "", "00:01 -!- rob [~rob@10.1.1.9] has joined #ops"),
			we("2026-11-25T00:02:30Z", Unknown, "", "--- Log closed Wed Nov 25 00:02:30 2026"),
			we("2026-11-23T08:00:00Z", Unknown, "", "Session Start: Mon Nov 23 08:00:00 2026"),
			we("", Unknown, "", "Session Ident: #support"),
			we("2026-11-23T08:04:00Z", Unknown, "", "[08:04] * Now talking in #support"),
			we("2026-11-23T08:05:00Z", Unknown, "", "[08:05] <mo> the 12:30 score was 3:1"),
		},
	},
	{
		name: "a clock alone whose line says its date too",
		why:  "a program stamps each line with its clock alone and says once, in a line's text, the date and clock it started: that line is on that date, and the lines after it too; a date in the text with another clock is a time the message talks of",
		entries: []worldEntry{
			we("2026-11-24T04:00:01Z", Info, "", "[04:00:01] Info: scan started Tue Nov 24 04:00:01 UTC 2026"),
			we("2026-11-24T04:00:09Z", Warn, "", "[04:00:09] Warning: certificate expires Mon Jan 11 00:00:00 UTC 2027"),
			we("2026-11-24T04:01:30Z", Info, "", "[04:01:30] Info: scan finished"),
		},
	},
	{
		name: "a line that names the day alone",
		why:  "a report's rule naming its analysis date, or a chat log's line at midnight naming the new day, dates the times of day under it",
		entries: []worldEntry{
			we("", Unknown, "", "----------- analysis date: 2026/11/22 -----------"),
			we("2026-11-22T09:00:02Z", Unknown, "", "09:00:02  cpu  %usr %sys %idle  _cpu_"),
			we("2026-11-22T09:10:02Z", Unknown, "", "09:10:02  all    12    3    85"),
		},
	},
	{
		name: "a chat log's day line after a long quiet",
		why:  "irssi names the day at each midnight it passes: after a day without a line, the next line is on the day named, not the day after the last one",
		entries: []worldEntry{
			we("2026-11-20T22:00:00Z", Unknown, "", "--- Log opened Fri Nov 20 22:00:00 2026"),
			we("2026-11-20T22:01:00Z", Unknown, "", "22:01 <ana> leaving for the weekend"),
			we("", Unknown, "", "--- Day changed Sat Nov 21 2026"),
			we("", Unknown, "", "--- Day changed Sun Nov 22 2026"),
			we("2026-11-22T08:15:00Z", Unknown, "", "08:15 <bo> anyone here?"),
		},
	},
	{
		name: "an hour and a minute before markup",
		why:  "a chat line's minute is followed by a nick in angle brackets and a blank; an hour before a tag of markup is a sentence's",
		entries: []worldEntry{
			we("", Unknown, "", "12:30 <b>lunch</b> in the canteen"),
		},
	},
	{
		name: "a bot's log from one midnight: its clock, then the day it names",
		why:  "a bot puts the day at each midnight behind its clock (`[00:00:00] --- Mon Nov 23 2026`): that line is on the day it names, even as the file's first line, where 00:00:00 alone would count the time since a start; the clocks after it are on that day, and on the next once the next day line says so",
		entries: []worldEntry{
			we("2026-11-23T00:00:00Z", Unknown, "", "[00:00:00] --- Mon Nov 23 2026"),
			we("2026-11-23T09:12:40Z", Unknown, "", "[09:12:40] #ops: topic changed by ana"),
			we("2026-11-24T00:00:00Z", Unknown, "", "[00:00:00] --- Tue Nov 24 2026"),
			we("2026-11-24T00:00:00Z", Unknown, "", "[00:00:00] Writing channel file..."),
			we("2026-11-24T06:30:05Z", Unknown, "", "[06:30:05] bo joined #ops."),
		},
	},
	{
		name: "times of day just before a dated line's midnight",
		why:  "a report's header ends with a dated line just past midnight and its first rows were sampled seconds before it: they are on the day before, not nearly a day later; a clock later on the header's day stays on that day",
		entries: []worldEntry{
			we("2026-11-23T00:00:02Z", Unknown, "", "until:  Mon Nov 23 00:00:02 2026"),
			we("2026-11-22T23:59:57Z", Unknown, "", "23:59:57.000    41.2    3.1"),
			we("2026-11-23T00:00:01Z", Unknown, "", "00:00:01.000    40.8    3.0"),
			we("2026-11-24T08:00:00Z", Unknown, "", "until:  Tue Nov 24 08:00:00 2026"),
			we("2026-11-24T21:30:00Z", Unknown, "", "21:30:00.000    12.0    0.4"),
		},
	},
	{
		name: "a row of tab-separated columns before a timed line",
		why:  "go test's result for a package (`FAIL\tpkg\t0.4s`) is a row of columns, no header of a block whose time is on the next line: the dated line after it is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "FAIL\tgit.example.net/shop/billing\t0.930s"),
			we("2026-11-23T10:02:19Z", Unknown, "", "2026/11/23 10:02:19 step test: exit code 1"),
		},
	},
	{
		name: "a component's name and a collector's time before a JSON line",
		why:  "a platform's log CLI writes each line behind the component's name and its own time (`doctl apps logs`): the JSON object after them is read as JSON, its level and host its own",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.5Z|2026-11-23T10:00:01.50311822Z", Warn, "cart-7f9c-x2", `cart-svc 2026-11-23T10:00:01.503118220Z {"level":40,"time":1795428001500,"hostname":"cart-7f9c-x2","msg":"retrying payment"}`),
			we("2026-11-23T10:00:02.1Z|2026-11-23T10:00:02.104551002Z", Error, "cart-7f9c-x2", `cart-svc 2026-11-23T10:00:02.104551002Z {"level":50,"time":1795428002100,"hostname":"cart-7f9c-x2","msg":"payment failed"}`),
		},
	},
	{
		name: "a program's JSON record in an export's message column",
		why:  "a log service's CSV export names a message column, which holds the program's own JSON record with its quotes doubled: its level is the row's; a plain message gives none",
		entries: []worldEntry{
			wskip("timestamp,stream,message"),
			we("2026-11-23T10:00:04.25Z", Error, "", `2026-11-23 10:00:04.250,api/7f1c,"{""severity"":""ERROR"",""msg"":""card declined""}"`),
			we("2026-11-23T10:00:03.1Z", Unknown, "", `2026-11-23 10:00:03.100,api/7f1c,"POST /pay 402, 12 ms"`),
			we("2026-11-23T10:00:02Z", Warn, "", `2026-11-23 10:00:02.000,api/7f1c,"{""severity"":""WARNING"",""msg"":""slow card network""}"`),
		},
	},
	{
		name: "a build's result after a label",
		why:  "a CI server ends a job's console with its result after a label (`Finished: FAILURE`), timed or not: an outcome, not a level; FAILURE opening a line, as Gradle writes it, is the level of that line",
		entries: []worldEntry{
			we("", Error, "", "FAILURE: Build failed with an exception."),
			we("", Unknown, "", "Finished: FAILURE"),
			we("2026-11-23T10:04:00.5Z", Unknown, "", "2026-11-23T10:04:00.500Z Finished: FAILURE"),
		},
	},
	{
		name: "a header of names set off by blanks over rows of an epoch column",
		why:  "a flow log's file opens with its field names separated by blanks, one of them start: each row's time is that column's epoch, however far along the row it is",
		entries: []worldEntry{
			wskip("version vpc-id account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"),
			we("2026-11-23T10:00:00Z", Unknown, "", "2 vpc-00aa11 210987654321 eni-0f1e2d3c 10.8.0.4 10.8.1.20 55012 443 6 12 4410 1795428000 1795428060 ACCEPT OK"),
			we("2026-11-23T10:01:00Z", Unknown, "", "2 vpc-00aa11 210987654321 eni-0f1e2d3c 192.0.2.77 10.8.0.4 3389 61022 6 1 40 1795428060 1795428120 REJECT OK"),
		},
	},
	{
		name: "a time opening a tab-separated column after words",
		why:  "a CLI prints each line of a job's log behind the job's and the step's names, each ended by a tab: the time that opens the third column is the record's, though the columns before it are words; a time after words and a blank is a sentence's",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.25Z", Unknown, "", "test\tRun unit tests\t2026-11-23T10:00:01.2500000Z starting 412 tests"),
			we("2026-11-23T10:00:09.5Z", Error, "", "test\tRun unit tests\t2026-11-23T10:00:09.5000000Z ##[error]2 tests failed"),
			we("", Unknown, "", "Token issued at 2026-11-23T09:00:00Z expired"),
		},
	},
	{
		name: "a sentence with a tab before its time",
		why:  "a tab after a sentence's words makes no column of them: the time after it is the sentence's",
		entries: []worldEntry{
			we("", Unknown, "", "The certificate expires on\t2026-12-01 00:00:00 please renew"),
		},
	},
	{
		name: "a build's date in parentheses after a version",
		why:  "a banner names a program's version and its build's date in parentheses after it: no time of the line, which has none; the line after it with a date of its own is a record",
		entries: []worldEntry{
			we("", Unknown, "", "Runner version 4.2.0-9a8b7c6 (2026-10-02T11:20:33+0000)"),
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23T10:00:00Z INFO runner started"),
		},
	},
	{
		name: "a generated pod's name before a dated line",
		why:  "a workflow CLI prefixes each step's lines with the pod's name, which ends in a generated number: no machine's name, so no host; a parallel shell's node before a dated line stays one",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Unknown, "", "nightly-load-9fx2k-transform-3907712451: 2026-11-23T10:00:05Z rows read: 41200"),
			we("2026-11-23T10:00:06Z", Unknown, "db-02", "db-02: 2026-11-23T10:00:06Z vacuum done"),
		},
	},
	{
		name: "an hour padded with a blank",
		why:  "a server stamps its lines with strftime's %k, the hour padded with a blank: after midnight each line opens with a blank and its one digit, and is a record of its own, not an indented line of the one before",
		entries: []worldEntry{
			we("2026-11-29T23:58:40Z", Unknown, "", "23:58:40 Saving world..."),
			we("2026-11-29T00:00:02Z", Unknown, "", " 0:00:02 World saved."),
			we("2026-11-29T09:30:00Z", Unknown, "", " 9:30:00 Player ana connected."),
		},
	},
	{
		name: "a duration padded like an hour under a clocked record",
		why:  "under a record stamped at ten in the morning, an indented ` 1:00:00` is a duration in its text, not a clock gone back nine hours",
		entries: []worldEntry{
			we("2026-11-29T10:00:00Z", Unknown, "", "10:00:00 report:", " 1:00:00 elapsed on job A", " 0:12:40 elapsed on job B"),
		},
	},
	{
		name: "a padded clock before the day a bot names",
		why:  "the midnight line of a bot whose hours are padded with a blank names the new day behind its clock: it and the clocks after it are on that day",
		entries: []worldEntry{
			we("2026-11-29T23:58:40Z", Unknown, "", "23:58:40 Saving world..."),
			we("2026-11-30T00:00:00Z", Unknown, "", " 0:00:00 --- Mon Nov 30 2026"),
			we("2026-11-30T00:00:05Z", Unknown, "", " 0:00:05 World saved."),
		},
	},
	{
		name: "a day line after a start's clock",
		why:  "a program whose first line reads 00:00:00 counts the time since its start; a line that names a day later does not make its clocks times of day",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:00 server starting"),
			we("", Unknown, "", "00:00:05 --- Mon Nov 23 2026"),
			we("", Unknown, "", "00:12:31 player joined"),
		},
	},
	{
		name: "a level glued to its logger's name in a bracket",
		why:  "a bridge's Python logging format writes `[%(levelname)s@%(name)s]`: the level opens the bracket and an at sign glues the logger to it; an address in a bracket is no level",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.5Z", Warn, "", "[2026-11-23 10:00:01,500] [WARNING@bridge.portal] Portal for room 4120 is out of sync"),
			we("2026-11-23T10:00:02Z", Debug, "", "[2026-11-23 10:00:02,000] [DEBUG@bridge.matrix] sync took 41 ms"),
			we("2026-11-23T10:00:03Z", Unknown, "", "[2026-11-23 10:00:03,000] [ana@example.org] joined"),
		},
	},
	{
		name: "a source file's line before a level in a syslog message",
		why:  "a Go program logging with Lshortfile through syslog writes its file and line, then its own level marker: the marker is the record's level",
		entries: []worldEntry{
			we("2026-11-23T10:00:01Z", Error, "relay2", "Nov 23 10:00:01 relay2 pushd[812]: hub.go:318: ERROR: peer 10.4.0.9 dropped"),
			we("2026-11-23T10:00:02Z", Unknown, "relay2", "Nov 23 10:00:02 relay2 pushd[812]: hub.go:320: sent 41 frames"),
		},
	},
	{
		name: "a process's priority among pairs",
		why:  "a database's deadlock graph names each process's priority among its pairs (`priority=0`): a rank, no syslog severity; a device's `pri=` and the journal's `PRIORITY=` are",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.5Z", Unknown, "", "2026-11-23 10:00:01.50 spid31s        process id=process2a1b priority=0 logused=0 waittime=812"),
			we("2026-11-23T10:00:02Z", Error, "fw-edge", "Nov 23 10:00:02 fw-edge id=firewall sn=C0EA pri=3 c=1024 msg=\"Packet dropped\""),
		},
	},
	{
		name: "a syslog level after a dot with no source's name",
		why:  "an agent writes its level in a bracket after a dot, with its component's name before the dot on some lines and none on others: `[.warn]` is as much a level as `[planner.info]`",
		entries: []worldEntry{
			we("2026-11-23T10:00:01Z", Info, "", "[2026-11-23T10:00:01.000+0000] [planner.info] [src/plan.go:run:40] goal state read"),
			we("2026-11-23T10:00:02Z", Warn, "", "[2026-11-23T10:00:02.000+0000] [.warn] [src/plan.go:run:88] process 3 is not reachable"),
		},
	},
	{
		name: "a query's start as a JSON event's only time",
		why:  "a proxy's JSON events name a query's start and end and no other time: the start is the event's time",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.2Z", Unknown, "", `{"event":"COM_QUERY","starttime":"2026-11-23 10:00:01.200000","endtime":"2026-11-23 10:00:01.450000","username":"app","query":"SELECT 1"}`),
		},
	},
	{
		name: "a JSON wrapper without a time around a timed line",
		why:  "a launcher wraps each line it tails in a JSON object of its own with no time: the time and level of the line it carries, text or JSON, are the record's; a wrapped line without a time gives none",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.25Z", Warn, "", `{"logType":"agent","contents":"[2026-11-23T10:00:01.250+0000] [.warn] [plan.go:88] member 2 unreachable"}`),
			we("2026-11-23T10:00:02.5Z", Error, "", `{"logType":"db","contents":"{\"t\":{\"$date\":\"2026-11-23T10:00:02.500+00:00\"},\"s\":\"E\",\"msg\":\"election failed\"}"}`),
			we("", Unknown, "", `{"logType":"agent","contents":"starting the agent"}`),
		},
	},
	{
		name: "a tool's note between fences of three marks",
		why:  "a tool that groups a log's lines writes its own remark between three pluses or stars (exigrep's `+++ id has not completed +++`): a line of its own, not the text of the record above",
		entries: []worldEntry{
			we("2026-11-23T10:00:03Z", Unknown, "", "2026-11-23 10:00:03 1vQa7e-000Ab1-2C Completed"),
			we("", Unknown, "", "+++ 1vQa3x-0009Zz-7Q has not completed +++"),
			we("2026-11-23T09:51:44Z", Unknown, "", "2026-11-23 09:51:44 1vQa3x-0009Zz-7Q <= <> R=1vQa3w-0009Zy-5P P=local S=6120"),
		},
	},
	{
		name: "a sentence in lower case at a file's start is no header",
		why:  "a first line of lower-case words with dashes in it names no columns: a stray quote on a later line opens no field that swallows the lines after it",
		entries: []worldEntry{
			we("", Unknown, "", "waiting for start of cloud-init and network-online target"),
			we("", Unknown, "", "[  OK  ] Reached target \"Network"),
			we("", Unknown, "", "[  OK  ] Started foo.service"),
			we("2026-11-29T10:00:00Z", Unknown, "", "2026-11-29T10:00:00Z app started"),
		},
	},
	{
		name: "a program's JSON record in a tab-separated export's message column",
		why:  "a tab-separated file's field holds the record as written, its quotes single: an empty string in it stays one",
		entries: []worldEntry{
			wskip("timestamp\tstream\tmessage"),
			we("2026-11-23T10:00:01Z", Error, "", `2026-11-23T10:00:01Z	api	{"level":"error","msg":""}`),
		},
	},
	{
		name: "a collective library's prefix: host, pid, thread, rank and its own level",
		why:  "NCCL writes each debug line behind the host, its pid and thread, the rank in brackets and its level after its name, timed or not: the host and the level are the line's, each line a record; the peer a line names is no host",
		entries: []worldEntry{
			we("", Info, "node-b2", "node-b2:7112:7112 [1] NCCL INFO Channel 00/02 : 0 1 2 3"),
			we("2026-11-23T10:00:05Z", Warn, "node-b2", "[2026-11-23 10:00:05] node-b2:7112:7190 [1] misc/socket.cc:484 NCCL WARN Connect to 10.7.0.3<4011> failed"),
			we("", Info, "node-b2", "node-b2:7112:7190 [1] NCCL INFO misc/socket.cc:565 -> 2"),
		},
	},
	{
		name: "a launcher's rank before each line of its workers",
		why:  "torchrun writes each worker's line behind its rank: c10's bracketed glog letter and time are the record's, another rank's line is never the record above, and a rank's traceback is one record",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.5Z", Warn, "", "[rank0]:[W1123 10:00:01.500000000 ProcessGroupNCCL.cpp:4715] using GPU 0"),
			we("", Unknown, "",
				"[rank2]: Traceback (most recent call last):",
				`[rank2]:   File "/srv/train.py", line 40, in <module>`,
				"[rank2]:     step()",
				"[rank2]: RuntimeError: NCCL error"),
			we("2026-11-23T10:00:09Z", Error, "", "[rank0]:[E1123 10:00:09.000000000 ProcessGroupNCCL.cpp:632] Watchdog caught collective operation timeout"),
		},
	},
	{
		name: "a parallel shell's own line among its nodes' lines",
		why:  "pdsh says a node's command failed in a line of its own behind `pdsh@` and the machine it runs on: a record of its own, that machine its host, not the text of the node's line above",
		entries: []worldEntry{
			we("2026-11-23T10:00:04.25Z", Error, "node-c4", "node-c4: [2026-11-23 10:00:04,250] [ERROR] [launch.py:325:sigkill_handler] killing subprocess 812"),
			we("", Unknown, "head-1", "pdsh@head-1: node-c4: ssh exited with exit code 1"),
		},
	},
	{
		name: "a server's name before its client's address in an access line",
		why:  "a proxy's log format can put the machine's name first, then the client's address and port and the bracketed time before the quoted request: that name is the record's host; a site's dotted name there is the virtual host asked for, and a name after a time may be a request's id or an upstream's, no machine",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.5Z", Unknown, "proxy-2", `proxy-2 192.0.2.14:40122 [23/Nov/2026:10:00:01.500] fe_main be_web/web1 0/0/1/4/5 200 812 ---- "GET /health HTTP/1.1"`),
			we("2026-11-23T10:00:02.25Z", Unknown, "", `1795428002.250 req-8f3a 192.0.2.15 "GET /catalog HTTP/2" 200 - 4120 9`),
			we("2026-11-23T10:00:03.5Z", Unknown, "", `shop.example.org 192.0.2.16:40123 [23/Nov/2026:10:00:03.500] fe_main be_web/web2 0/0/1/4/5 200 812 ---- "GET / HTTP/1.1"`),
		},
	},
	{
		name: "a library's name and level glued in brackets under a timed record",
		why:  "a native library writes its own lines among a server's timed ones with its name and its level in brackets glued together (`[TensorRT-LLM][INFO] …`): a record of its own with that level, not the text of the record above",
		entries: []worldEntry{
			we("2026-11-23T10:00:01Z", Info, "", "[11/23/2026-10:00:01] [TRT-LLM] [RANK 0] [I] Loading engine"),
			we("", Warn, "", "[TensorRT-LLM][WARNING] [MemUsageChange] KV cache blocks below the requested count"),
		},
	},
	{
		name: "logcat's long format with an epoch and a uid",
		why:  "logcat -v long,epoch,usec,uid writes the uid's name between the epoch and the pid: the header's epoch and level letter are the record's, the message line under it its text",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.25Z", Warn, "", "[ 1795428001.250000 u0_a88  4120: 4131 W/SyncManager ]", "sync for account 3 postponed"),
		},
	},
	{
		name: "an MPI launcher's lines under a timed record",
		why:  "Open MPI prefixes each line of a crash report with the node and pid; a word of the report (`Error:`) gives it no record of its own: only NCCL's own prefix, with its level after its name, makes one",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Error, "", "[2026-11-23 10:00:00] ERROR job crashed",
				"[node01:22817] *** Process received signal ***",
				"[node01:22817] Signal: Segmentation fault (11)",
				"[node01:22817] Error: could not open file",
				"[node01:22817] *** End of error message ***"),
		},
	},
	{
		name: "words shaped like NCCL's prefix that name no machine",
		why:  "a program's name and numbers before a bracket and NCCL's words are no NCCL prefix: NCCL's host is a machine's name, which holds a digit or a dash and no dot, and without it the words give neither host nor level",
		entries: []worldEntry{
			we("", Unknown, "", "main:123:456 [1] NCCL INFO init"),
			we("", Unknown, "", "train.py:12:40 [0] NCCL WARN bad"),
		},
	},
	{
		name: "a trace file's starred labels, each ending with its time",
		why:  "an Oracle trace stamps its session's labelled lines with the time at their end (`*** MODULE NAME:(…) <time>`): each is a record with that time, and the untimed dump under the last one is its text",
		entries: []worldEntry{
			we("2026-11-23T09:00:01.000100Z", Unknown, "", "*** 2026-11-23T10:00:01.000100+01:00 (PDB2(4))"),
			we("2026-11-23T09:00:01.000200Z", Unknown, "", "*** SESSION ID:(77.1201) 2026-11-23T10:00:01.000200+01:00"),
			we("2026-11-23T09:00:01.0003Z", Unknown, "", "*** MODULE NAME:(batch.jar) 2026-11-23T10:00:01.000300+01:00", "", "DEADLOCK DETECTED ( ORA-00060 )", "[Transaction Deadlock]"),
		},
	},
	{
		name: "a node's name before each record merged from several nodes' logs",
		why:  "a database's merge of its nodes' log files writes each record behind the node's name and `> `: the node is the record's host, the glog header after it its time and level",
		entries: []worldEntry{
			we("2026-11-23T10:00:01.5Z", Warn, "db-node2", "db-node2> W261123 10:00:01.500000 812 kv/store.go:710  [n2] slow heartbeat"),
			we("2026-11-23T10:00:02Z", Info, "db-node1", "db-node1> I261123 10:00:02.000000 91 server/node.go:41  [n1] node started"),
		},
	},
	{
		name: "a bracketed time of day with its date after the bracket, inside a row",
		why:  "a watchdog's table writes a row's start as `[HH:mm:ss] d/M/yyyy` after its name and numbers: the date after the closing bracket is the clock's, not today's",
		entries: []worldEntry{
			we("2026-11-20T23:10:00Z", Unknown, "", "SVC   812   E   2   [23:10:00] 20/11/2026  N  svcd"),
			we("2026-11-21T00:00:10Z", Unknown, "", "WEB   913   E   1   [00:00:10] 21/11/2026  Y  webd"),
		},
	},
	{
		name: "Python's level name glued to a message in any case",
		why:  "`logging.basicConfig(format='%(levelname)s:%(message)s')` writes the level in capitals and its colon before the message, whatever its first letter; a setting's value after a label is no message",
		entries: []worldEntry{
			we("2026-11-29T10:00:00.1Z", Debug, "", "** (gen:812): DEBUG: 10:00:00.100: pass started"),
			we("", Debug, "", "DEBUG:reloading the unit files after a change"),
		},
	},
	{
		name: "Python's level name glued to a message, alone",
		why:  "the same on a line of its own, where no other line teaches a column",
		entries: []worldEntry{
			we("", Info, "", "INFO:applying the new configuration to eth0"),
		},
	},
	{
		name: "a JSON event's time under when",
		why:  "a database platform's structured log names its event's time `when`, zone-less; another time key of higher rank still wins",
		entries: []worldEntry{
			we("2026-11-23T06:05:04.3Z", Info, "db-7", `{"host":"db-7","when":"2026-11-23 06:05:04.300","level":"INFO","text":"journal switched"}`),
			we("2026-11-23T06:05:09Z", Info, "db-7", `{"host":"db-7","when":"2026-11-23 06:05:08.000","time":"2026-11-23T06:05:09Z","level":"INFO","text":"purge done"}`),
		},
	},
	{
		name: "a radio stack's level letter after its padded component",
		why:  "a softmodem writes its component in brackets, padding, then one letter for its level (`[NR_MAC]   W …`); the padding tells it from a sentence's `I` after a name in brackets",
		entries: []worldEntry{
			we("", Info, "", "[F1AP]   I cell 7 activated"),
			we("", Warn, "", "[PDCP]   W dropping a late packet for bearer 2"),
			we("", Error, "", "[RLC]   E no entity for LCID 4"),
		},
	},
	{
		name: "a name in brackets before a sentence",
		why:  "one blank after the bracket: `I` opens the sentence",
		entries: []worldEntry{
			we("", Unknown, "", "[Helper] I am ready to take requests"),
		},
	},
	{
		name: "a Unix time in brackets between a syslog header's time and its host",
		why:  "a router's log reader can add the Unix time after the header's: the host is the word after it",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Warn, "gw-3", "<28>Nov 23 10:00:00 [1795428000.250] gw-3 netifd: Interface 'wan' has lost the connection"),
		},
	},
	{
		name: "a sentence's first word after a stored line's time",
		why:  "a capitalized joining word after the time opens the line's text; it names no host",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.1Z", Unknown, "", "Nov 23 10:00:00.100 At [2:1]192.0.2.1:5060 sent to 192.0.2.77:5060"),
		},
	},
	{
		name: "a braced prefix of ids before the level in a syslog message",
		why:  "a SIP proxy puts the message's ids in braces before its level word (`{1 1 INVITE id} NOTICE:`): the level after them is the record's",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Notice, "sbc-2", "Nov 23 10:00:00 sbc-2 proxyd[812]: {3 1 REGISTER a1b2c3@192.0.2.9} NOTICE: <script>: contact refreshed"),
		},
	},
	{
		name: "an IBM message id after a message's part number",
		why:  "an integration server writes its message id's severity letter after `(Msg n/m)` in its syslog message",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Warn, "esb-1", "Nov 23 10:00:00 esb-1 ACE[9120]: IBM App Connect Enterprise v120031 (NODE1.srv) [Thread 77] (Msg 1/1) BIP3132W: The flow is slow"),
		},
	},
	{
		name: "a level letter glued to its module after a bracketed process, untimed",
		why:  "a browser's module log without its time: `[Process pid: Thread]: L/module …`, L the level",
		entries: []worldEntry{
			we("", Error, "", "[Child 3120: Main Thread]: E/nsHttp request failed with status 804b0014"),
		},
	},
	{
		name: "a level letter glued to a bracketed category among the first words",
		why:  "an emulator writes its clock, its source position and `L[CATEGORY]:`, N a notice",
		entries: []worldEntry{
			we("", Notice, "", "12:01:044 Core/Core.cpp:120 N[CORE]: core thread started"),
			we("", Error, "", "12:01:090 Core/HW/Pad.cpp:88 E[PAD]: controller 2 lost"),
		},
	},
	{
		name: "a level before the function that wrote the message, in angle brackets",
		why:  "a physics framework opens its messages with the level and `in <Class::Method>:`; a sentence with `in <` later is none of them",
		entries: []worldEntry{
			we("", Warn, "", "Warning in <TTree::Fill>: basket size too small for branch px"),
			we("", Error, "", "SysError in <TFile::WriteBuffer>: error writing to file /scratch/out.root (No space left on device)"),
			we("", Unknown, "", "Results written in <output>: see the table"),
		},
	},
	{
		name: "a counter in brackets before Python-style glued level and topic",
		why:  "a fitting library numbers its messages `[#n]`, then writes its level glued to the topic by a colon",
		entries: []worldEntry{
			we("", Warn, "", "[#2] WARNING:Eval -- function value is NaN at x=0.5"),
		},
	},
	{
		name: "a URL under a host key",
		why:  "an agent names the API server it connects to under `host=`: a URL is a server to reach, not the machine that logged",
		entries: []worldEntry{
			we("", Info, "", `level=info msg="connecting" host="https://192.0.2.10:6443" subsys=client`),
			we("", Info, "", `{"level":"info","host":"http://db-2.internal:8080/health","msg":"probe"}`),
		},
	},
	{
		name: "Google Cloud's seconds and nanoseconds of a JSON event",
		why:  "a workflow engine's structured log writes its time as `timestampSeconds` with `timestampNanos` beside it, before or after the rest",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.25Z", Info, "", `{"severity":"INFO","message":"partition 1 ready","timestampSeconds":1795428000,"timestampNanos":250000000}`),
		},
	},
	{
		name: "an Airbyte protocol message's emitted_at",
		why:  "a connector's trace and record messages carry their time as epoch milliseconds under `emitted_at`",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.5Z", Unknown, "", `{"type":"TRACE","trace":{"type":"STREAM_STATUS","emitted_at":1795428000500.0,"stream_status":{"status":"COMPLETE"}}}`),
		},
	},
	{
		name: "stern's short stamps behind the pod's and container's names",
		why:  "stern --timestamps=short writes `MM-DD hh:mm:ss` after the names: a klog header after it gives its own time and level, any other line the stamp's time",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.5Z", Warn, "", "agent-7x2kq agent 11-23 10:00:00 W1123 10:00:00.500000       1 sync.go:80] cache stale"),
			we("2026-11-23T10:00:02Z", Error, "", "dns-5c9d8f7b6-q2w3e dns 11-23 10:00:02 [ERROR] plugin/errors: 2 upstream timeout"),
		},
	},
	{
		name: "a chat log's bracketed clock before a date in the message",
		why:  "at a line's start a bracketed clock opens a chat's or a console's line; a date after it is the message's, with or without a clock of its own",
		entries: []worldEntry{
			we("2026-11-29T10:00:01Z", Unknown, "", "[10:00:01] Backup starting"),
			we("2026-11-29T10:00:02Z", Unknown, "", "[10:00:02] 01/01/2027 is the certificate expiry date"),
			we("2026-11-29T10:00:03Z", Unknown, "", "[10:00:03] 05/12/2025 10:00 was the last run"),
		},
	},
	{
		name: "a date with a clock of its own without seconds after a bracketed clock in a row",
		why:  "the date's own clock, `04:00` without its seconds, goes with it: the bracketed clock is not moved to that day",
		entries: []worldEntry{
			we("2026-11-27T04:00:00Z", Unknown, "", "job 7 [10:15:00] 27-Nov-2026 04:00 next window"),
		},
	},
	{
		name: "words that only look like the new level shapes",
		why:  "a name in brackets and a sentence, a word with a slash after a chat name, a formula's bracket, a setting's value after a level name and a glued level in another case are no levels",
		entries: []worldEntry{
			we("", Unknown, "", "[ABC]  I think the build is broken"),
			we("", Unknown, "", "[disk]: I/O timeout on /dev/sdb"),
			we("", Unknown, "", "[exp]: A/B test enabled for 10% of users"),
			we("", Unknown, "", "Estimated E[RETURN]: 0.071 over 1000 runs"),
			we("", Unknown, "", "[#1] Error:none were found here"),
		},
	},
	{
		name: "a setting's value after a glued level name",
		why:  "a configuration's dump writes `DEBUG:True`; a line alone, as no other line teaches a column here",
		entries: []worldEntry{
			we("", Unknown, "", "DEBUG:True ALLOWED_HOSTS:localhost"),
		},
	},
	{
		name: "a glued level name before a none",
		why:  "`ERROR:none of the above` answers a question; a line alone",
		entries: []worldEntry{
			we("", Unknown, "", "ERROR:none of the above"),
		},
	},
	{
		name: "RooFit's own level names",
		why:  "its message service writes PROGRESS (an informational tier) and FATAL beside INFO, WARNING and ERROR",
		entries: []worldEntry{
			we("", Info, "", "[#1] PROGRESS:Minimization -- fitting the model"),
			we("", Critical, "", "[#0] FATAL:Eval -- abort"),
		},
	},
	{
		name: "a bracketed Unix time after a stored line's clock without a host after it",
		why:  "the bracket opens the message when no host and tag follow it; a capitalized joining word behind a PRI is the message's too",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 [1795938076] Connection from 10.0.0.1 refused"),
			we("2026-11-29T07:41:17Z", Info, "", "<30>Nov 29 07:41:17 The backup finished"),
		},
	},
	{
		name: "a scheduled time under when",
		why:  "a time under `when` counts only as a plausible one: a reminder's or a certificate's future time is no event's",
		entries: []worldEntry{
			we("", Unknown, "", `{"msg":"reminder scheduled","when":"2027-03-25T09:00:00Z"}`),
		},
	},
	{
		name: "a month written as its number and 月 or 월 between the day and the year",
		why:  "Java's MMM under a Japanese or Korean locale writes `11月`, `11월`: log4j's %d{DATE} then reads `29 11월 2026 07:41:16,204`",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.5Z", Warn, "", "23 11월 2026 10:00:00,500 WARN  [main] kr.example.Svc - 지연"),
			we("2026-11-23T10:00:01.5Z", Info, "", "23 11月 2026 10:00:01,500 INFO  [main] jp.example.Svc - 開始"),
		},
	},
	{
		name: "a clock in characters after a numeric date",
		why:  "Java's Japanese and Chinese patterns write the hour, minute and second with their characters, 時 or 时, 分, 秒, after a date in numbers, a Chinese 12-hour marker glued before the hour",
		entries: []worldEntry{
			we("2026-11-23T01:00:05Z", Info, "", "<2026/11/23 10時00分05秒 JST> <Info> <Deployer> <BEA-149060> <start>"),
		},
	},
	{
		name: "a Chinese 12-hour marker glued to a clock in characters",
		why:  "`ah时mm分ss秒` writes 上午 or 下午 with no blank before the hour",
		entries: []worldEntry{
			we("2026-11-23T07:00:05Z", Info, "", "<2026-11-23 下午03时00分05秒 CST> <Info> <Deployer> <BEA-149060> <start>"),
		},
	},
	{
		name: "Ceph's crash report",
		why:  "ceph crash info prints the crash as an object over many lines; utsname_hostname names the machine that crashed",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204118Z", Unknown, "stor07", `{`,
				`    "crash_id": "2026-11-23T10:00:05.204118Z_4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1",`,
				`    "entity_name": "osd.12",`,
				`    "timestamp": "2026-11-23T10:00:05.204118Z",`,
				`    "utsname_hostname": "stor07",`,
				`    "utsname_release": "6.8.0-48-generic"`,
				`}`),
		},
	},
	{
		name: "PBS's server log names its machine",
		why:  "OpenPBS writes the time, the event's hexadecimal code, then the daemon and its machine joined by @: \"…;0100;Server@pbs07;Job;…\"; pbs_mom names none",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204811Z", Unknown, "pbs07", "11/23/2026 10:00:05.204811;0100;Server@pbs07;Job;5120.pbs07;enqueuing into workq, state Q hop 1"),
			we("2026-11-23T10:00:06Z", Unknown, "", "11/23/2026 10:00:06;0008;pbs_mom;Job;5120.pbs07;Started, pid = 48211"),
		},
	},
	{
		name: "nvidia-smi pmon's process type after its pid",
		why:  "pmon's type column after the pid holds C for a compute process and G for a graphics one: no level",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Unknown, "", "  20261123   10:00:05      0       48211     C     97     41      -      -      -      -    python"),
		},
	},
	{
		name: "an epoch with milliseconds in a middle column",
		why:  "Akamai's DataStream 2 in its structured form writes the request's Unix time with milliseconds as its fourth field; lines that hold it in the same column, going forward, date themselves by it",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204Z", Unknown, "", "2 914122 4f1c2a7e 1795428005.204 18977 203.0.113.45 200 HTTPS www.example.org GET /shop/ 443 18412 text/html"),
			we("2026-11-23T10:00:06.031Z", Unknown, "", "2 914122 9b3d4c1a 1795428006.031 412 198.51.100.23 503 HTTPS api.example.org POST /v1/orders 443 - application/json"),
			we("2026-11-23T10:00:08.118Z", Unknown, "", "2 914122 28e7f0b6 1795428008.118 41630 203.0.113.45 200 HTTPS www.example.org GET /shop/app.css 443 41207 text/css"),
		},
	},
	{
		name: "a collector's template with the host first",
		why:  "syslog-ng's \"${HOST} ${ISODATE} ${LEVEL} ${MSGHDR}${MSG}\": the first word is the machine, before a zoned ISO time, a level's name and the program's tag",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Error, "nfs-02", "nfs-02 2026-11-23T10:00:05+00:00 err rpc.mountd[1187]: refused mount request from 10.20.4.31"),
			we("2026-11-23T10:00:06Z", Info, "mail-01", "mail-01 2026-11-23T11:00:06+01:00 info postfix/qmgr[2044]: 4XyZ1k2Lm3: removed"),
		},
	},
	{
		name: "a build's name before its time, no tag after",
		why:  "a word and a time with no program's tag after them name no machine",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Unknown, "", "build-7 2026-11-23T10:00:05+00:00 compiling main.go"),
		},
	},
	{
		name: "Ansible's ad-hoc results",
		why:  "an ad-hoc command's result opens with the machine, a bar and the status: \"web-01 | SUCCESS => {\", \"web-02 | CHANGED | rc=0 >>\"",
		entries: []worldEntry{
			we("", Unknown, "web-01", "web-01 | SUCCESS => {", `    "changed": false,`, `    "ping": "pong"`, "}"),
			we("", Unknown, "web-02", "web-02 | CHANGED | rc=0 >>"),
		},
	},
	{
		name: "spdlog's short level before its thread and a numeric date",
		why:  "spdlog's \"[%L][%t][%d-%m-%Y …]\" writes another alphabet than restjavad's (its C is critical): no initial is read from one line",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204Z", Unknown, "", "[C][48213][23-11-2026 10:00:05:204] camera lost, aborting"),
		},
	},
	{
		name: "a component in brackets after rsyslog's stamp and a thread",
		why:  "an application's layout of a time, a thread, a component and a logger is no syslog header: the thread is no host",
		entries: []worldEntry{
			we("2026-11-23T09:00:05.204518Z", Unknown, "", "2026-11-23T10:00:05.204518+01:00 thread-7 [HTTP] GET: /index"),
		},
	},
	{
		name: "a mask of syslog priority names",
		why:  "priority names one after another between pipes are a setting's value, not the line's level",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Unknown, "sw-core1", "Nov 23 10:00:05 sw-core1 hpe-restd[1201]: mask=LOG_ERR|LOG_WARNING|LOG_NOTICE applied to remote syslog 10.0.0.9"),
		},
	},
	{
		name: "quoted rows that each carry a time",
		why:  "under a record that announces no headers, quoted pairs with times of their own are records of their own",
		entries: []worldEntry{
			we("2026-11-23T10:00:04Z", Info, "", "2026-11-23 10:00:04 INFO export started"),
			we("2026-11-23T10:00:05Z", Unknown, "", "'alice', '2026-11-23 10:00:05 login ok'"),
			we("2026-11-23T10:00:06Z", Unknown, "", "'bob', '2026-11-23 10:00:06 login failed'"),
		},
	},
	{
		name: "CloudFront's date and time of day in keys of their own",
		why:  "CloudFront's standard logs in JSON keep the date under \"date\" and the time of day, UTC, under \"time\"; a date or a clock alone dates nothing",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Unknown, "", `{"date":"2026-11-23","time":"10:00:05","x-edge-location":"FRA56-P7","c-ip":"203.0.113.9","cs-method":"GET","sc-status":"200"}`),
		},
	},
	{
		name: "a date alone under date",
		why:  "without a time of day beside it a date gives no time",
		entries: []worldEntry{
			we("", Unknown, "", `{"date":"2026-11-23","msg":"report ready"}`),
		},
	},
	{
		name: "Akamai's request time",
		why:  "DataStream 2 writes the request's epoch with milliseconds in a string under reqTimeSec",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204Z", Unknown, "", `{"version":"2","cp":"914122","reqId":"4f1c2a7e","reqTimeSec":"1795428005.204","statusCode":"200"}`),
		},
	},
	{
		name: "Fastly's request start",
		why:  "Fastly's JSON logging writes the request's start in epoch milliseconds under time_start",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204Z", Unknown, "", `{"service_id":"4f1c2a","time_start":1795428005204,"time_end":1795428005219,"client_ip":"203.0.113.45","status":200}`),
		},
	},
	{
		name: "sudo's JSON I/O log",
		why:  "sudo 1.9's log.json keeps the time as seconds and nanoseconds in an inner object and the machine as submithost",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.5Z", Unknown, "jump2",
				`{`,
				`    "timestamp": {`,
				`        "seconds": 1795428005,`,
				`        "nanoseconds": 500000000`,
				`    },`,
				`    "command": "/usr/bin/systemctl",`,
				`    "runuser": "root",`,
				`    "submithost": "jump2",`,
				`    "submituser": "bob"`,
				`}`),
		},
	},
	{
		name: "FortiOS's debug header with its level padded before the bracket's end",
		why:  "diagnose debug writes \"[daemon pid - epoch     level]\", the level right-aligned; the first lines, read before the epoch's place is learned, are read as the later ones",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Info, "", "[httpsd 7310 - 1795428005     info] ap_invoke_handler[593] -- new request (handler='api_cmdb-handler')"),
			we("2026-11-23T10:00:05Z", Info, "", "[httpsd 7310 - 1795428005     info] ap_invoke_handler[597] -- User-Agent: curl/8.11.0"),
			we("2026-11-23T10:00:06Z", Error, "", "[httpsd 7310 - 1795428006    error] ap_invoke_handler[620] -- request returned 401"),
		},
	},
	{
		name: "FortiOS's debug header behind a console's time",
		why:  "with diagnose debug console timestamp enable each line opens with the time; the level still closes the bracket after it",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Warn, "", "2026-11-23 10:00:05 [httpsd 7310 - 1795428005  warning] api_access_check_for_api_key[1046] -- trusthost mismatch"),
		},
	},
	{
		name: "F5 restjavad's java.util.logging initials",
		why:  "restjavad opens each record with the initial of its JUL level in brackets, its sequence number and its time: S severe, W warning, I info, F fine",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Error, "", "[S][7311][23 Nov 2026 10:00:05 UTC][8100/mgmt/shared/appsvcs/declare RestWorker][onPost] Unhandled exception: declaration failed"),
			we("2026-11-23T10:00:06Z", Debug, "", "[F][7312][23 Nov 2026 10:00:06 UTC][8100/shared/authz/tokens AuthTokenWorker][onStartImpl] Started"),
		},
	},
	{
		name: "CockroachDB's compact JSON severities",
		why:  "the json-compact sinks write the severity as a number under \"s\", 1 info, 2 warning, 3 error, 4 fatal (MongoDB writes a letter under the same key)",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.2045Z", Info, "", `{"tag":"cockroach.ops","c":1,"t":"1795428005.204500000","s":1,"sev":"I","g":61,"f":"server/node.go","l":712,"message":"node joined"}`),
			we("2026-11-23T10:00:06.1Z", Error, "", `{"tag":"cockroach.dev","c":0,"t":"1795428006.100000000","s":3,"sev":"E","g":88,"f":"kv/txn.go","l":91,"message":"txn aborted"}`),
		},
	},
	{
		name: "a syslog priority's name between an event's pipes",
		why:  "AOS-CX writes its events as Event|id|LOG_INFO|…: a priority spelled as syslog.h names it is the level, on a line of its own among other programs'",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Warn, "6300-core", "Nov 23 10:00:05 6300-core hpe-sysmond[1288]: Event|2301|LOG_WARN|AMM|1/1|Fan 1/2 in fan tray 1 is not at its expected speed"),
		},
	},
	{
		name: "an octet count padded with zeros",
		why:  "OpenBSD's syslogd pads a frame's count to six digits; a count that is the frame's length is framing, the PRI after it the level",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.5Z", Warn, "gw.example.net", "000076 <164>1 2026-11-23T10:00:05.5Z gw.example.net pf 812 - - state table 90% full"),
		},
	},
	{
		name: "zeros before a number that is no frame's length",
		why:  "a count padded with zeros that does not match the line's length is the line's own number",
		entries: []worldEntry{
			we("", Unknown, "", "000123 <b>bold</b> text"),
		},
	},
	{
		name: "Envoy's header dump with a date among the headers",
		why:  "at trace Envoy dumps a response's headers under its line, each name and value in single quotes; the date header's value is no record's time",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204Z", Trace, "", "[2026-11-23 10:00:05.204][21][trace][router] [source/common/router/upstream_request.cc:262] [C7][S1188] upstream response headers:",
				"':status', '200'", "'date', 'Mon, 23 Nov 2026 10:00:04 GMT'", "'server', 'catalog-v2'"),
			we("2026-11-23T10:00:05.206Z", Debug, "", "[2026-11-23 10:00:05.206][21][debug][router] [source/common/router/router.cc:1520] [C7][S1188] upstream reset"),
		},
	},
	{
		name: "Envoy's debug line that encodes headers",
		why:  "at debug Envoy announces the headers it encodes with \"encoding headers via codec (end_stream=false):\" and dumps them under it, a date's among them",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204Z", Debug, "", "[2026-11-23 10:00:05.204][21][debug][http] [source/common/http/conn_manager_impl.cc:1850] [C7][S1188] encoding headers via codec (end_stream=false):",
				"':status', '200'", "'date', 'Mon, 23 Nov 2026 10:00:04 GMT'", "'server', 'envoy'"),
			we("2026-11-23T10:00:05.206Z", Debug, "", "[2026-11-23 10:00:05.206][21][debug][router] [source/common/router/router.cc:1520] [C7][S1188] upstream reset"),
		},
	},
	{
		name: "Spark's event log: a job's submission and completion",
		why:  "SparkListenerJobStart and JobEnd carry their epoch milliseconds under \"Submission Time\" and \"Completion Time\", the other events under \"Timestamp\"",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.118Z", Unknown, "", `{"Event":"SparkListenerJobStart","Job ID":9,"Submission Time":1795428005118,"Stage Infos":[],"Stage IDs":[12],"Properties":{"spark.job.description":"count at Etl.scala:41"}}`),
			we("2026-11-23T10:00:09.204Z", Unknown, "", `{"Event":"SparkListenerJobEnd","Job ID":9,"Completion Time":1795428009204,"Job Result":{"Result":"JobSucceeded"}}`),
		},
	},
	{
		name: "NX-OS's own clock with its year after a collector's ISO header",
		why:  "NX-OS writes its year before the month, \"2026 Nov 23 10:00:05.250 UTC: %FAC-SEV-MNEMONIC:\"; behind syslog-ng's ISO date and the sender's address the address is the host and the mnemonic's digit the level",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Notice, "10.40.0.5", "2026-11-23T10:00:05+00:00 10.40.0.5 2026 Nov 23 10:00:05.250 UTC: %ETHPORT-5-IF_UP: Interface Ethernet1/4 is up"),
			we("2026-11-23T10:00:09Z", Error, "10.40.0.5", "2026-11-23T10:00:09+00:00 10.40.0.5 2026 Nov 23 10:00:09.011 UTC: %DAEMON-3-SYSTEM_MSG: error: bad password - dcos_sshd[3311]"),
		},
	},
	{
		name: "a PAN-OS row after a collector's ISO header",
		why:  "the firewall's name after the ISO date is the host when PAN-OS's CSV row, its unused first field and its date, follows it; a SYSTEM row's severity column is the level",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Critical, "pa-gw2", `2026-11-23T10:00:05+00:00 pa-gw2 1,2026/11/23 10:00:05,013201009911,SYSTEM,ha,2817,2026/11/23 10:00:05,,state-change,,,0,0,general,critical,"HA Group 2: Moved from state Active to state Suspended",6120001,0x0,0,0,0,0,,pa-gw2,0,0,2026-11-23T10:00:05.120+00:00`),
			we("2026-11-23T10:00:06Z", Info, "pa-gw2", `2026-11-23T10:00:06+00:00 pa-gw2 1,2026/11/23 10:00:06,013201009911,SYSTEM,auth,2817,2026/11/23 10:00:06,,auth-success,ops,,0,0,general,informational,"authenticated for user 'ops'",6120002,0x0,0,0,0,0,,pa-gw2,0,0,2026-11-23T10:00:06.004+00:00`),
		},
	},
	{
		name: "cloud-init's bracketed name after rsyslog's high-precision header",
		why:  "cloud-init sends \"[CLOUDINIT] file.py[LEVEL]: …\" to syslog; after rsyslog's own stamp the word before it is the host",
		entries: []worldEntry{
			we("2026-11-23T10:00:05.204518Z", Warn, "vm-7", "2026-11-23T10:00:05.204518+00:00 vm-7 [CLOUDINIT] url_helper.py[WARNING]: Calling 'http://169.254.169.254/latest/api/token' failed"),
		},
	},
	{
		name: "a bracketed word after a plain ISO time and a name",
		why:  "after a time that is not rsyslog's own a worker's name and a component in brackets are a layout's: no host",
		entries: []worldEntry{
			we("2026-11-23T10:00:05Z", Unknown, "", "2026-11-23T10:00:05Z worker-2 [SCHED] job: started"),
		},
	},
	{
		name: "a Korean clock in characters after the dotted date",
		why:  "under ko_KR Java's and WebLogic's patterns write the 12-hour marker before the hour and 시, 분 and 초 after each number with a blank between them, milliseconds before 초; the dotted date has no dot after its day",
		entries: []worldEntry{
			we("2026-11-23T07:00:05.25Z", Info, "adm01", "####<2026. 11. 23 오후 4시 00분 05,250초 KST> <Info> <Deployer> <adm01> <AdminServer> <main> <<WLS Kernel>> <> <> <1795420805250> <BEA-149060> <start>"),
			we("2026-11-23T00:09:07Z", Warn, "adm01", "####<2026. 11. 23 오전 9시 09분 07초 KST> <Warning> <Deployer> <adm01> <AdminServer> <main> <<WLS Kernel>> <> <> <1795392547000> <BEA-149061> <slow>"),
		},
	},
	{
		name: "Java's Korean date without the day's dot",
		why:  "`yyyy. MM. dd a h:mm:ss` leaves the day's dot out; the 12-hour marker after it shows the date",
		entries: []worldEntry{
			we("2026-11-23T16:00:05Z", Warn, "", "2026. 11. 23 오후 4:00:05 WARN  kr.example.Svc - 지연"),
			we("2026-11-23T04:00:06Z", Info, "", "2026. 11. 23 오전 4:00:06 INFO  kr.example.Svc - 시작"),
		},
	},
	{
		name: "PostgreSQL's warning in Portuguese",
		why:  "with lc_messages pt_BR PostgreSQL writes AVISO for WARNING beside ERRO",
		entries: []worldEntry{
			we("2026-11-23T13:00:00.5Z", Warn, "", "2026-11-23 10:00:00.500 -03 [812] AVISO:  não há nenhuma transação em execução"),
		},
	},
	{
		name: "the JVM launcher's note and a file command's complaint among a server's timed records",
		why:  "a restart writes `Picked up JAVA_TOOL_OPTIONS: …` and an archive command its `cp: cannot …` into the server's file: each is a record of its own, no text of the record above it",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00.000 UTC [812] LOG:  archiving segment 0000000100000002"),
			we("", Unknown, "", "cp: cannot stat '/var/lib/pg/wal/0000000100000002': No such file or directory"),
			we("2026-11-23T10:00:01Z", Info, "", "2026-11-23 10:00:01.000 UTC [812] LOG:  restarting"),
			we("", Unknown, "", "Picked up JAVA_TOOL_OPTIONS: -Xmx2g"),
		},
	},
	{
		name: "a record's time alone on its line, its level marked on the line under it",
		why:  "an ERP's work process trace writes the time on a line of its own and the message under it, an error or a warning marked `*** ERROR =>`, also behind a thread in brackets; a plain first word under the time is the message's",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.5Z", Error, "", "Mon Nov 23 10:00:00:500 2026", "*** ERROR => DpHdlDeadWp: W2 (pid 812) died [dpxxwp.c     1480]"),
			we("2026-11-23T10:00:01Z", Warn, "", "[Thr 1402] Mon Nov 23 10:00:01:000 2026", "[Thr 1402] *** WARNING => IcmRead: out of buffers [icxx 2823]"),
			we("2026-11-23T10:00:02Z", Unknown, "", "Mon Nov 23 10:00:02:000 2026", "Error handling is off for W3"),
		},
	},
	{
		name: "a capitalized verb of a start or an end before the time it names",
		why:  "`Started server at <time>` says when it happened, as `server started at <time>` does; a plan's verb does not",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Unknown, "", "Started replication at 2026-11-23 10:00:00"),
		},
	},
	{
		name: "a capitalized verb of a plan before the time it names",
		why:  "a plan's verb does not date its line",
		entries: []worldEntry{
			we("", Unknown, "", "Scheduled replication at 2026-11-23 11:00:00"),
		},
	},
	{
		name: "NUT's debug level with its context after a colon",
		why:  "NUT 2.8's tools write `[D1:init]`, `[D2:start-ups1]` after the seconds since start and a tab",
		entries: []worldEntry{
			we("", Debug, "", "   0.000100\t[D2:start-ups2] exec:  /lib/nut/usbhid-ups -a ups2"),
		},
	},
	{
		name: "security services' JSON events: their times and their endpoints",
		why:  "an identity service's and an activity feed's `published`, a workspace audit's `id.time`, an EDR's `metadata.eventCreationTime` in milliseconds; the endpoint under `properties.DeviceName` and `event.ComputerName`",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.5Z", Info, "", `{"eventType":"user.session.start","published":"2026-11-23T10:00:00.500Z","severity":"INFO"}`),
			we("2026-11-23T10:00:01Z", Unknown, "", `{"kind":"audit#activity","id":{"time":"2026-11-23T10:00:01.000Z","applicationName":"login"}}`),
			we("2026-11-23T10:00:02Z", Unknown, "ws-07", `{"metadata":{"eventType":"DetectionSummaryEvent","eventCreationTime":1795428002000},"event":{"ComputerName":"ws-07","Tactic":"Execution"}}`),
			we("2026-11-23T10:00:03Z", Unknown, "ws-08.corp.example", `{"time":"2026-11-23T10:00:03Z","category":"AdvancedHunting-DeviceEvents","properties":{"DeviceName":"ws-08.corp.example"}}`),
		},
	},
	{
		name: "tail -F's own notes among the lines it follows",
		why:  "tail writes its notes on a rotation or a truncation between the log's lines: each is a record of its own",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Error, "", "[Mon Nov 23 10:00:00.000000 2026] [core:error] [pid 812] AH00037: Symbolic link not allowed"),
			we("", Unknown, "", "tail: '/var/log/httpd/error_log' has been replaced;  following new file"),
		},
	},
	{
		name: "last's rows of a boot and a shutdown",
		why:  "`last -x` writes `reboot   system boot` and `shutdown system down` with the kernel's release in the host column: the two words are the pseudo-user's tty, not a sentence, and the day and minute after them are the row's time",
		entries: []worldEntry{
			we("2026-11-23T06:58:00Z", Unknown, "", "reboot   system boot  6.8.0-49-generic Mon Nov 23 06:58   still running"),
			we("2026-11-23T06:57:00Z", Unknown, "", "shutdown system down  6.8.0-48-generic Mon Nov 23 06:57 - 06:58  (00:00)"),
			we("2026-11-23T07:02:00Z", Unknown, "", "ana      pts/0        192.0.2.14       Mon Nov 23 07:02 - 07:30  (00:28)"),
		},
	},
	{
		name: "NestJS's JSON logger and its log level",
		why:  "NestJS 11's ConsoleLogger with json: true names its levels log, error, warn, debug, verbose and fatal; log is the one between warn and debug, its info",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.118Z", Info, "", `{"level":"log","pid":41,"timestamp":1795428000118,"message":"Nest application successfully started","context":"NestApplication"}`),
			we("2026-11-23T10:00:01.5Z", Warn, "", `{"level":"warn","pid":41,"timestamp":1795428001500,"message":"Queue depth 900","context":"Jobs"}`),
		},
	},
	{
		name: "Apple's log show without --info: Default, Error and Fault in the Type column",
		why:  "`log show` leaves info and debug messages out unless asked, so its Type column holds Default, Error and Fault only, one level of the common four among them; the column is still the level's",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.10418Z", Notice, "", "2026-11-23 02:00:00.104180-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] network changed: v4(en0:10.0.4.7)"),
			we("2026-11-23T10:00:00.2Z", Notice, "", "2026-11-23 02:00:00.200000-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] DNS configuration updated"),
			we("2026-11-23T10:00:01.3Z", Error, "", "2026-11-23 02:00:01.300000-0800 0x51a31    Error       0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] no route to 10.0.4.1"),
			we("2026-11-23T10:00:02.4Z", Critical, "", "2026-11-23 02:00:02.400000-0800 0x51a31    Fault       0x0                  188    0    configd: [com.apple.SystemConfiguration:SCPreferences] store corrupt"),
			we("2026-11-23T10:00:03.5Z", Notice, "", "2026-11-23 02:00:03.500000-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] network changed"),
		},
	},
	{
		name: "a sentence naming levels above a level column spelled otherwise",
		why:  "`log show`'s notice names info and debug in lower case in the fourth word, where the rows below keep Default, Error and Fault: the notice is no line of the column and gets no level from it, nor does a heading between them keep the rows from theirs",
		entries: []worldEntry{
			we("", Unknown, "", "Skipping info and debug messages, pass --info and/or --debug to include."),
			we("2026-11-23T10:00:00.10418Z", Notice, "", "2026-11-23 02:00:00.104180-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] network changed: v4(en0:10.0.4.7)"),
			we("2026-11-23T10:00:01.3Z", Error, "", "2026-11-23 02:00:01.300000-0800 0x51a31    Error       0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] no route to 10.0.4.1"),
			we("2026-11-23T10:00:02.4Z", Critical, "", "2026-11-23 02:00:02.400000-0800 0x51a31    Fault       0x0                  188    0    configd: [com.apple.SystemConfiguration:SCPreferences] store corrupt"),
			we("2026-11-23T10:00:03.5Z", Notice, "", "2026-11-23 02:00:03.500000-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] network changed"),
		},
	},
	{
		name: "a heading between that notice and the rows",
		why:  "the same with the Timestamp heading between: the notice's words are not counted as the column's first line, whose later rows then look as if they missed it",
		entries: []worldEntry{
			we("", Unknown, "", "Skipping info and debug messages, pass --info and/or --debug to include."),
			we("", Unknown, "", "Timestamp                       Thread     Type        Activity             PID    TTL  "),
			we("2026-11-23T10:00:00.10418Z", Notice, "", "2026-11-23 02:00:00.104180-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] network changed: v4(en0:10.0.4.7)"),
			we("2026-11-23T10:00:01.3Z", Error, "", "2026-11-23 02:00:01.300000-0800 0x51a31    Error       0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] no route to 10.0.4.1"),
			we("2026-11-23T10:00:02.4Z", Critical, "", "2026-11-23 02:00:02.400000-0800 0x51a31    Fault       0x0                  188    0    configd: [com.apple.SystemConfiguration:SCPreferences] store corrupt"),
			we("2026-11-23T10:00:03.5Z", Notice, "", "2026-11-23 02:00:03.500000-0800 0x51a0c    Default     0x0                  188    0    configd: [com.apple.SystemConfiguration:IPMonitor] network changed"),
		},
	},
	{
		name: "two times in a row and the weekday between them",
		why:  "journalctl --list-boots writes a boot's first and last entry side by side, each with its weekday: the second's weekday follows the first time, as the first's precedes it, and is no host named around a time",
		entries: []worldEntry{
			we("2026-11-22T06:15:48Z|2026-11-22T22:03:29Z", Unknown, "", "-1 c41f7d2e08b94a5d9e6a1b3c5d7f9e02 Sun 2026-11-22 07:15:48 CET Sun 2026-11-22 23:03:29 CET"),
		},
	},
	{
		name: "Go's race detector's report between a service's timed lines",
		why:  "the race detector writes its report between two rules of '=' signs, under `WARNING: DATA RACE`: the opening rule comes right after the last timed line and is the report's, not that line's text, and the closing rule heads no block of the timed lines after it, so a second pass over the same lines reads them alike",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Unknown, "", "2026/11/23 10:00:00 sessions: loading 96 entries"),
			we("", Warn, "",
				"==================",
				"WARNING: DATA RACE",
				"Read at 0x00c0001a4060 by goroutine 31:",
				"  example.org/sess.(*store).lookup()",
				"      /build/sess/store.go:48 +0x9c",
				"",
				"Previous write at 0x00c0001a4060 by goroutine 30:",
				"  example.org/sess.(*store).insert()",
				"      /build/sess/store.go:61 +0x11d",
				"",
				"Goroutine 31 (running) created at:",
				"  example.org/sess.Load()",
				"      /build/sess/load.go:20 +0x88",
				"=================="),
			we("2026-11-23T10:00:01Z", Unknown, "", "2026/11/23 10:00:01 sessions: loaded in 41ms"),
			we("2026-11-23T10:00:02Z", Unknown, "", "2026/11/23 10:00:02 listening on :7070"),
		},
	},
	{
		name: "a leak report at exit under the last record of a daemon",
		why:  "LeakSanitizer opens its report with a rule of '=' signs after the program's last line: the rule goes with the report, which an ERROR header marks",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.5Z", Warn, "", "2026-11-23 10:00:00.500 [warn] proxyd: backend 10.9.0.3:9000 closed with 2 frames queued"),
			we("", Error, "",
				"=================================================================",
				"==2210==ERROR: LeakSanitizer: detected memory leaks",
				"",
				"Direct leak of 96 byte(s) in 2 object(s) allocated from:",
				"    #0 0x7f1a4c8b in malloc (/lib/x86_64-linux-gnu/libasan.so.8+0xfc2b)",
				"    #1 0x55d2c0a1 in frame_new /build/proxyd/frame.c:31",
				"",
				"SUMMARY: AddressSanitizer: 96 byte(s) leaked in 2 allocation(s)."),
			we("2026-11-23T10:00:02Z", Info, "", "2026-11-23 10:00:02.000 [info] proxyd: starting, pid 2231"),
		},
	},
	{
		name: "a banner between two rules inside a timed record",
		why:  "a service logs its build and mode between two rules of '=' signs under its first line: the closing rule ends the banner the opening one began, in the record, and heads no block of the timed lines after it, however often the lines come",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Unknown, "",
				"2026/11/23 10:00:00 orders: starting",
				"====================",
				"Build: 4.2.1 (a1b2c3d)",
				"Mode: production",
				"===================="),
			we("2026-11-23T10:00:01Z", Unknown, "", "2026/11/23 10:00:01 orders: ready"),
			we("2026-11-23T10:00:02Z", Unknown, "", "2026/11/23 10:00:02 orders: accepted order 4412"),
		},
	},
	{
		name: "a layout's own column for the machine, between the time and the level",
		why:  "NLog's `${longdate} ${machinename} ${level}`: the same numbered name on every record is the machine's, learned over four records and read on the first ones too",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.1Z", Info, "SRV-PAY-03", "2026-11-23 10:00:00.1000 SRV-PAY-03 INFO  Settlement.Job batch 77 opened"),
			we("2026-11-23T10:00:01.2Z", Debug, "SRV-PAY-03", "2026-11-23 10:00:01.2000 SRV-PAY-03 DEBUG Settlement.Job 412 rows read"),
			we("2026-11-23T10:00:02.3Z", Warn, "SRV-PAY-03", "2026-11-23 10:00:02.3000 SRV-PAY-03 WARN  Settlement.Job row 88 has no account"),
			we("2026-11-23T10:00:03.4Z", Info, "SRV-PAY-03", "2026-11-23 10:00:03.4000 SRV-PAY-03 INFO  Settlement.Job batch 77 closed"),
			we("2026-11-23T10:00:04.5Z", Error, "SRV-PAY-03", "2026-11-23 10:00:04.5000 SRV-PAY-03 ERROR Settlement.Job ledger refused batch 78"),
		},
	},
	{
		name: "a host column after the level, with its domain",
		why:  "log4net's `%date %-5level %property{log4net:HostName} %logger - %message`, the machine's full name: a domain it ends in says it is no logger's dotted name",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "app-7.corp.example.net", "2026-11-23 10:00:00,000 INFO  app-7.corp.example.net Reconciler - pass 1 started"),
			we("2026-11-23T10:00:01Z", Info, "app-7.corp.example.net", "2026-11-23 10:00:01,000 INFO  app-7.corp.example.net Reconciler - pass 1 done"),
			we("2026-11-23T10:00:02Z", Warn, "app-7.corp.example.net", "2026-11-23 10:00:02,000 WARN  app-7.corp.example.net Reconciler - 3 rows skipped"),
			we("2026-11-23T10:00:03Z", Info, "app-7.corp.example.net", "2026-11-23 10:00:03,000 INFO  app-7.corp.example.net Reconciler - pass 2 started"),
		},
	},
	{
		name: "a thread in brackets on line after line",
		why:  "logback's `[%thread] %-5level` holds a scheduler's one thread on line after line, numbered as machines are: a bracket in a layout's header holds a thread, no machine",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00.000 [scheduling-1] INFO  c.e.orders.Outbox - published 4"),
			we("2026-11-23T10:00:05Z", Info, "", "2026-11-23 10:00:05.000 [scheduling-1] INFO  c.e.orders.Outbox - published 0"),
			we("2026-11-23T10:00:10Z", Warn, "", "2026-11-23 10:00:10.000 [scheduling-1] WARN  c.e.orders.Outbox - broker slow"),
			we("2026-11-23T10:00:15Z", Info, "", "2026-11-23 10:00:15.000 [scheduling-1] INFO  c.e.orders.Outbox - published 2"),
			we("2026-11-23T10:00:20Z", Info, "", "2026-11-23 10:00:20.000 [scheduling-1] INFO  c.e.orders.Outbox - published 1"),
		},
	},
	{
		name: "a cloud region before the level",
		why:  "a service that writes its region in the header writes it on every line, numbered as machines are: us-east-1 is a place, no machine",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00,000 us-east-1 INFO billing - invoice run started"),
			we("2026-11-23T10:00:01Z", Info, "", "2026-11-23 10:00:01,000 us-east-1 INFO billing - 41 invoices"),
			we("2026-11-23T10:00:02Z", Warn, "", "2026-11-23 10:00:02,000 us-east-1 WARN billing - 2 invoices held"),
			we("2026-11-23T10:00:03Z", Info, "", "2026-11-23 10:00:03,000 us-east-1 INFO billing - invoice run done"),
		},
	},
	{
		name: "PostgreSQL's user and database in the prefix",
		why:  "Debian's default `log_line_prefix = '%m [%p] %q%u@%d '` writes user@database on every line of a session: no machine",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.012Z", Info, "", "2026-11-23 10:00:00.012 UTC [1234] app@shop01 LOG:  connection authorized: user=app database=shop01"),
			we("2026-11-23T10:00:01.012Z", Info, "", "2026-11-23 10:00:01.012 UTC [1234] app@shop01 LOG:  duration: 12.3 ms  statement: SELECT 1"),
			we("2026-11-23T10:00:02.012Z", Info, "", "2026-11-23 10:00:02.012 UTC [1234] app@shop01 LOG:  duration: 0.4 ms  statement: SELECT 2"),
			we("2026-11-23T10:00:03.012Z", Error, "", "2026-11-23 10:00:03.012 UTC [1234] app@shop01 ERROR:  relation \"ordrs\" does not exist at character 15"),
		},
	},
	{
		name: "a pool's numbered threads are no machines",
		why:  "a thread column whose names are numbered like machines' (`[ingest-ec-12]`) changes from record to record, and a role's capitalized name (`[Broker-0]`) or a logger's dotted one (`fail2ban.actions`) is no machine's: no host",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00,000 [ingest-ec-12] INFO  c.a.Ingest - batch 1 read"),
			we("2026-11-23T10:00:01Z", Info, "", "2026-11-23 10:00:01,000 [ingest-ec-17] INFO  c.a.Ingest - batch 2 read"),
			we("2026-11-23T10:00:02Z", Info, "", "2026-11-23 10:00:02,000 [ingest-ec-12] INFO  c.a.Ingest - batch 3 read"),
			we("2026-11-23T10:00:03Z", Warn, "", "2026-11-23 10:00:03,000 [ingest-ec-21] WARN  c.a.Ingest - batch 4 slow"),
			we("2026-11-23T10:00:04Z", Info, "", "2026-11-23 10:00:04,000 [ingest-ec-12] INFO  c.a.Ingest - batch 5 read"),
		},
	},
	{
		name: "a role's name where a machine's would be",
		why:  "Zeebe writes its broker's node id first in brackets, the same on every line: a capitalized role and its index, no machine's name",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00.000 [Broker-2] [zb-actors-0] INFO  io.camunda.zeebe.broker - started"),
			we("2026-11-23T10:00:01Z", Info, "", "2026-11-23 10:00:01.000 [Broker-2] [zb-actors-1] INFO  io.camunda.zeebe.broker - partition 1 ready"),
			we("2026-11-23T10:00:02Z", Info, "", "2026-11-23 10:00:02.000 [Broker-2] [zb-actors-0] INFO  io.camunda.zeebe.broker - partition 2 ready"),
			we("2026-11-23T10:00:03Z", Warn, "", "2026-11-23 10:00:03.000 [Broker-2] [zb-actors-1] WARN  io.camunda.zeebe.broker - exporter lagging"),
		},
	},
	{
		name: "a collector's column before the time is no host column",
		why:  "docker compose writes its container's name before each line (`db-1  | `): the column before the time is the collector's, the same on every line, and names a container",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Notice, "", "db-1  | 2026-11-23T10:00:00.000000Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.3) starting as process 1"),
			we("2026-11-23T10:00:01Z", Warn, "", "db-1  | 2026-11-23T10:00:01.000000Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed."),
			we("2026-11-23T10:00:02Z", Notice, "", "db-1  | 2026-11-23T10:00:02.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections."),
			we("2026-11-23T10:00:03Z", Notice, "", "db-1  | 2026-11-23T10:00:03.000000Z 0 [System] [MY-011323] [Server] X Plugin ready for connections."),
		},
	},
	{
		name: "a JSON wrapper without a time around a logfmt line",
		why:  "stern's JSON output keeps a pod's line under `message` beside the pod's names: the line's own time and level are the record's; a wrapped line with no time of its own leaves the record untimed (the `nodeName` is no host key: Chainlink's names an RPC node)",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.25Z", Warn, "", `{"message":"time=2026-11-23T10:00:00.250Z level=WARN msg=\"queue slow\" depth=812","nodeName":"k8s-node-07","namespace":"shop","podName":"cart-6f9c8d7b5-q2x9z","containerName":"cart"}`),
			we("", Info, "", `{"message":"level=info msg=\"cache warmed\" keys=4120","nodeName":"k8s-node-07","namespace":"shop","podName":"cart-6f9c8d7b5-q2x9z","containerName":"cart"}`),
		},
	},
	{
		name: "systemd's console status: a failed unit's hint and a job under way",
		why:  "systemd writes `[FAILED] Failed to start …` and under it the hint `See 'systemctl status …' for details.`, which is that record's; a job under way is indented to the `[  OK  ] ` column and ends in `...`, a status line of its own",
		entries: []worldEntry{
			we("", Unknown, "", "[  OK  ] Reached target network.target - Network."),
			we("", Unknown, "",
				"[FAILED] Failed to start chronyd.service - NTP client/server.",
				"See 'systemctl status chronyd.service' for details."),
			we("", Unknown, "", "         Starting sshd.service - OpenSSH server daemon..."),
			we("", Unknown, "", "[  OK  ] Started sshd.service - OpenSSH server daemon."),
		},
	},
	{
		name: "a CMTrace message over several lines",
		why:  "ConfigMgr writes an error's text as it comes, line breaks included: the record opens with `<![LOG[` and its time, bias and type come on the line that closes it",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.1Z", Info, "", `<![LOG[Evaluation started.]LOG]!><time="11:00:00.100-60" date="11-23-2026" component="AppEnforce" context="" type="1" thread="4120" file="appenforce.cpp:88">`),
			we("2026-11-23T10:00:02.2Z", Error, "",
				"<![LOG[Install failed with exit code 1603",
				"Command line: msiexec /i agent.msi /qn",
				`]LOG]!><time="11:00:02.200-60" date="11-23-2026" component="AppEnforce" context="" type="3" thread="4120" file="appenforce.cpp:412">`),
			we("2026-11-23T10:00:03.3Z", Warn, "", `<![LOG[Retry scheduled.]LOG]!><time="11:00:03.300-60" date="11-23-2026" component="AppEnforce" context="" type="2" thread="4120" file="appenforce.cpp:97">`),
		},
	},
	{
		name: "the JVM's crash banner between a server's timed lines",
		why:  "a JVM that crashes writes a banner of '#' lines to its standard output, under a lone `#`: the banner is one record of its own, the lone `#` with it, not the text of the server's line before",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.1Z", Info, "", "23-Nov-2026 10:00:00.100 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [1840] milliseconds"),
			we("", Unknown, "",
				"#",
				"# A fatal error has been detected by the Java Runtime Environment:",
				"#",
				"#  SIGBUS (0x7) at pc=0x00007f0a1b2c3d4e, pid=2210, tid=2290",
				"#",
				"# An error report file with more information is saved as:",
				"# /opt/app/hs_err_pid2210.log",
				"#"),
			we("2026-11-23T10:00:09.5Z", Info, "", "23-Nov-2026 10:00:09.500 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/11.0.2"),
		},
	},
	{
		name: "a process's own untimed lines under a timed error and its backtrace",
		why:  "Puma's master opens its lines with its pid in brackets; a worker's timed error and its backtrace come between them, and the master's next line is a record of its own again",
		entries: []worldEntry{
			we("", Unknown, "", "[4410] Puma starting in cluster mode..."),
			we("", Unknown, "", "[4410] - Worker 0 (PID: 4418) booted in 0.52s, phase: 0"),
			we("2026-11-23T10:00:00Z", Unknown, "",
				`2026-11-23 10:00:00 +0000 Rack app ("GET /carts/9" - (10.0.4.7)): #<KeyError: key not found: :sku>`,
				"/srv/app/app/models/cart.rb:41:in 'Hash#fetch'",
				"/srv/app/app/controllers/carts_controller.rb:12:in 'CartsController#show'"),
			we("", Unknown, "", "[4410] - Worker 0 (PID: 4418) is stopping..."),
		},
	},
	{
		name: "a tool's steps in brackets among its klog lines",
		why:  "kubeadm writes its phases as `[upgrade/config] Reading …` between the klog lines of its verbose output: each is a record of its own, no text of the timed line before it",
		entries: []worldEntry{
			we("2026-11-23T09:12:04.118402Z", Info, "", "I1123 09:12:04.118402   48213 preflight.go:77] validating if the cluster has the kube-proxy DaemonSet"),
			we("", Unknown, "", `[upgrade/config] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...`),
			we("", Unknown, "", `[upgrade/version] You have chosen to upgrade to version "v1.34.2"`),
			we("2026-11-23T09:12:06.530911Z", Warn, "", "W1123 09:12:06.530911   48213 checks.go:846] detected that the sandbox image is not the recommended one"),
			we("", Unknown, "", `[upgrade/successful] SUCCESS! A control plane node of your cluster was upgraded to "v1.34.2".`),
		},
	},
	{
		name: "indented steps under a timed line are its text, not systemd's status",
		why:  "a deploy tool logs its plan with indented `Starting …` and `Stopping …` steps: only among systemd's console status lines is such a line a status of its own",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.1Z", Info, "",
				"2026-11-23 10:00:00,100 INFO  deploy plan for release 4.2:",
				"         Starting database migration...",
				"         Stopping old workers..."),
			we("2026-11-23T10:00:01.2Z", Info, "", "2026-11-23 10:00:01,200 INFO  deploy plan applied"),
		},
	},
	{
		name: "one level column, two writers that spell it otherwise",
		why:  "a collector's file where one program writes its levels in lower case and another in capitals, in the same field: the column is one, learned over both",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00 0x51a0 api-gw 7 info 12 request served"),
			we("2026-11-23T10:00:01Z", Warn, "", "2026-11-23 10:00:01 0x51a0 billing 7 WARN 12 invoice late"),
			we("2026-11-23T10:00:02Z", Info, "", "2026-11-23 10:00:02 0x51a0 api-gw 7 info 12 request served"),
			we("2026-11-23T10:00:03Z", Error, "", "2026-11-23 10:00:03 0x51a0 billing 7 ERROR 12 invoice refused"),
			we("2026-11-23T10:00:04Z", Debug, "", "2026-11-23 10:00:04 0x51a0 api-gw 7 debug 12 cache hit"),
			we("2026-11-23T10:00:05Z", Warn, "", "2026-11-23 10:00:05 0x51a0 billing 7 WARN 12 retry"),
			we("2026-11-23T10:00:06Z", Info, "", "2026-11-23 10:00:06 0x51a0 api-gw 7 info 12 request served"),
		},
	},
	{
		name: "NCCL's debug lines behind srun's task labels",
		why:  "srun --label writes each task's number before its output (`3: `): NCCL's own prefix after it still names the host and the level",
		entries: []worldEntry{
			we("", Info, "gpu021", "0: gpu021:30114:30114 [0] NCCL INFO Bootstrap: Using ib0:10.12.4.21<0>"),
			we("", Warn, "gpu022", "7: gpu022:41208:41290 [3] misc/socket.cc:484 NCCL WARN Net : Connection closed by remote peer"),
		},
	},
	{
		name: "an MPI launcher's tag names the node a rank wrote from",
		why:  "Open MPI 5's PRRTE tags a rank's line with its job and rank, then its node and pid (`--output tag,detailed`); Intel MPI's debug output with rank#pid@node: the node is the line's host; a shell's prompt in brackets names none",
		entries: []worldEntry{
			we("", Unknown, "cn0720", "[41207,3][cn0720:22811]<stdout>: iteration 10 residual 3.2e-05"),
			we("", Unknown, "cn0721", "[41207,9][cn0721:40118]<stderr>: rank 9: retrying allreduce"),
			we("", Unknown, "cn0720", "[2#22813@cn0720] MPI startup(): libfabric provider: verbs"),
			we("", Unknown, "", "[root@cn0720 ~]# mpirun -np 16 ./solver"),
		},
	},
	{
		name: "a dump of settings, one key=value a line, some of them dated",
		why:  "Lynis's report.dat writes one setting a line, the start and end times among them: each line is a record, the dated ones timed, none the text of the line before",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Unknown, "", "report_datetime_start=2026-11-23 10:00:00"),
			we("", Unknown, "", "lynis_version=3.1.4"),
			we("", Unknown, "", "warning[]=SSH-7408|SSH option MaxAuthTries is not configured securely|MaxAuthTries|-|"),
			we("", Unknown, "", "hardening_index=71"),
			we("2026-11-23T10:02:41Z", Unknown, "", "report_datetime_end=2026-11-23 10:02:41"),
		},
	},
	{
		name: "fields of a block, one key=value a line, closed by semicolons",
		why:  "DB2's audit extract writes each event as a block of `key=value;` lines after its timestamp: the block is one record",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.204511Z", Unknown, "",
				"timestamp=2026-11-23-10.00.00.204511;",
				"category=VALIDATE;",
				"userid=appsvc;"),
			we("2026-11-23T10:00:01.3Z", Unknown, "",
				"timestamp=2026-11-23-10.00.01.300000;",
				"category=CONTEXT;",
				"userid=appsvc;"),
		},
	},
	{
		name: "a klog error that quotes a tool's steps",
		why:  "minikube logs kubeadm's failed run under its error, the command and kubeadm's own `[init] …` and `[preflight] …` steps below it: they are the error's text, as is a step under a line that announces them with a colon",
		entries: []worldEntry{
			we("2026-11-23T10:00:00.698223Z", Error, "",
				"E1123 10:00:00.698223   13508 start.go:376] Error starting cluster: kubeadm init:",
				"sudo /usr/bin/kubeadm init --config /var/lib/kubeadm.yaml",
				"",
				"[init] Using Kubernetes version: v1.34.2",
				"[preflight] Running pre-flight checks",
				"",
				"error execution phase wait-control-plane: couldn't initialize a Kubernetes cluster"),
			we("2026-11-23T10:00:01Z", Info, "", "I1123 10:00:01.000000   13508 start.go:380] deleting"),
			we("2026-11-23T10:00:02.123Z", Error, "",
				"2026-11-23 10:00:02,123 ERROR [main] Deployment failed with 2 errors:",
				"[validate] Missing required field 'image'",
				"[deploy] Timed out waiting for rollout"),
		},
	},
	{
		name: "bracketed prefixes that are no MPI launcher's tags",
		why:  "a rank's tag holds numbers where the launcher writes them (`[job,rank][node:pid]`, `[rank#pid@node]`): a thread's or a channel's name in the same shape names no node",
		entries: []worldEntry{
			we("", Unknown, "", "[thread#3@pool-1] queue drained"),
			we("", Unknown, "", "[job,12][build:step]<stdout>: compiling"),
		},
	},
	{
		name: "a reactive scheduler's thread written bare",
		why:  "a layout of `%d %thread %level %logger - %msg` writes Reactor's `parallel-1` on line after line, numbered as a machine is: a scheduler's thread, no host",
		entries: []worldEntry{
			we("2026-11-23T10:00:00Z", Info, "", "2026-11-23 10:00:00.000 parallel-1 INFO  c.e.Feed - polled 12 items"),
			we("2026-11-23T10:00:01Z", Info, "", "2026-11-23 10:00:01.000 parallel-1 INFO  c.e.Feed - polled 0 items"),
			we("2026-11-23T10:00:02Z", Warn, "", "2026-11-23 10:00:02.000 parallel-1 WARN  c.e.Feed - upstream slow"),
			we("2026-11-23T10:00:03Z", Info, "", "2026-11-23 10:00:03.000 parallel-1 INFO  c.e.Feed - polled 3 items"),
			we("2026-11-23T10:00:04Z", Info, "", "2026-11-23 10:00:04.000 parallel-1 INFO  c.e.Feed - polled 5 items"),
		},
	},
	{
		name: "a CMTrace message never closed before another program's timed lines",
		why:  "a ConfigMgr log cut short leaves `<![LOG[` open; the timed lines of another writer after it are records of their own, not its message",
		entries: []worldEntry{
			we("", Unknown, "", "<![LOG[Downloading content for package CM100041"),
			we("2026-11-23T10:00:05Z", Info, "", "2026-11-23 10:00:05 INFO agent restarted"),
			we("2026-11-23T10:00:06Z", Warn, "", "2026-11-23 10:00:06 WARN policy cache empty"),
		},
	},
	{
		name: "a history list drawn with pipes over one unbroken rule",
		why:  "dnf's and yum's history list: each row under the header and its rule is a record with the time its date column holds, whatever its first cell's padding",
		entries: []worldEntry{
			we("", Unknown, "", "ID     | Command line             | Date and time    | Action(s)      | Altered",
				"-------------------------------------------------------------------------------"),
			we("2026-11-22T09:14:00Z", Unknown, "", "    12 | install tmux             | 2026-11-22 09:14 | Install        |    1"),
			we("2026-11-20T17:02:00Z", Unknown, "", "    11 | upgrade                  | 2026-11-20 17:02 | Upgrade        |   38 EE"),
		},
	},
	{
		name: "a result set drawn with pipes, its level in a column",
		why:  "psql's rows under a rule crossed by '+' are records, the level taken from the column its header names; a footer with no pipes ends the table, no row's text",
		entries: []worldEntry{
			we("", Unknown, "", "  logged_at          | severity | note",
				"---------------------+----------+----------------"),
			we("2026-11-21T08:00:03Z", Error, "", " 2026-11-21 08:00:03 | ERROR    | replica lagging"),
			we("2026-11-21T08:00:09Z", Notice, "", " 2026-11-21 08:00:09 | NOTICE   | replica caught up"),
			we("", Unknown, "", "(2 rows)"),
		},
	},
	{
		name: "a table drawn with pipes in a timed record",
		why:  "a table printed under a timed line is that record's text, its dated rows included",
		entries: []worldEntry{
			we("2026-11-21T08:00:00Z", Info, "", "2026-11-21 08:00:00 INFO backups kept:",
				" id | Date       | size",
				"----+------------+------",
				"  1 | 2026-11-20 | 2 GB",
				"  2 | 2026-11-19 | 2 GB"),
			we("2026-11-21T08:00:01Z", Info, "", "2026-11-21 08:00:01 INFO done"),
		},
	},
	{
		name: "a worker's dated bracket under a syslog header",
		why:  "Celery's `[date time,ms: LEVEL/Process]` behind the journal's header gives its level; a dated bracket holding no glued level gives none",
		entries: []worldEntry{
			we("2026-11-22T06:30:00Z", Error, "jobs-02", "Nov 22 06:30:00 jobs-02 celery[812]: [2026-11-22 06:30:00,114: ERROR/ForkPoolWorker-3] Task shop.tasks.sync[5c1] raised unexpected: TimeoutError()"),
			we("2026-11-22T06:30:01Z", Unknown, "jobs-02", "Nov 22 06:30:01 jobs-02 rsnap[813]: [2026-11-22 06:30:01] rotated daily.3 to daily.4"),
			we("2026-11-22T06:30:02Z", Unknown, "jobs-02", "Nov 22 06:30:02 jobs-02 rsnap[813]: [2026-11-22 06:30:02 /srv/export/FATAL] kept 4 copies"),
		},
	},
	{
		name: "Kubernetes' component-base JSON, which writes no level",
		why:  "a record with an epoch under ts, a caller and a verbosity under v is InfoS's, info whatever an event's type says; with an error's text under err and no v it is ErrorS's; a level of its own (a key, a marked message) always wins; another producer's caller and err (no ts epoch) give none",
		entries: []worldEntry{
			we("2026-11-22T06:00:00.5Z", Info, "", `{"ts":1795327200500,"caller":"node/controller.go:311","msg":"Node became not ready","v":2,"node":{"name":"w-4"},"type":"Warning"}`),
			we("2026-11-22T06:00:01Z", Error, "", `{"ts":1795327201000,"caller":"garbagecollector/gc.go:88","msg":"failed to sync","err":"context deadline exceeded"}`),
			we("2026-11-22T06:00:02Z", Warn, "", `{"ts":1795327202000,"level":"warn","caller":"proxy/main.go:41","msg":"retrying","v":0,"err":"connection refused"}`),
			we("2026-11-22T06:00:03Z", Error, "", `{"ts":1795327203000,"caller":"store/disk.go:9","msg":"ERROR: volume full","v":0}`),
			we("2026-11-22T06:00:04Z", Unknown, "", `{"ts":1795327204000,"caller":"rpc/client.go:12","msg":"call done","err":""}`),
			we("2026-11-22T06:00:05Z", Unknown, "", `{"time":"2026-11-22T06:00:05Z","caller":"rpc/client.go:12","msg":"call failed","err":"refused"}`),
		},
	},
	{
		name: "a result set in a box of pipes and plus signs",
		why:  "MySQL's client draws rules of '+' and '-' around its header and rows: each row is a record timed by its column named for when it happened, the closing rule and the footer records of nothing; a Host column there is a client's, no host",
		entries: []worldEntry{
			we("", Unknown, "", "+---------------------+----------+---------------+"),
			we("", Unknown, "", "| created_at          | Host     | note          |", "+---------------------+----------+---------------+"),
			we("2026-11-21T09:00:00Z", Unknown, "", "| 2026-11-21 09:00:00 | app-7    | order placed  |"),
			we("2026-11-21T09:00:04Z", Unknown, "", "| 2026-11-21 09:00:04 | app-9    | order shipped |"),
			we("", Unknown, "", "+---------------------+----------+---------------+"),
			we("", Unknown, "", "2 rows in set (0.00 sec)"),
		},
	},
	{
		name: "log lines with pipes after a table drawn with pipes",
		why:  "a table's rows have their pipes where its header's stand: a timed line or an exception's line after it that quotes as many pipes is no row, and takes no level from the table's column",
		entries: []worldEntry{
			we("", Unknown, "", " node  | severity | note", "-------+----------+------"),
			we("", Error, "", " db-01 | ERROR    | disk"),
			we("2026-11-21T10:00:00.5Z", Warn, "", "2026-11-21 10:00:00.500 [main] WARN  c.e.Sync - rejected a | b | c",
				"java.lang.IllegalStateException: stale | error | state"),
			we("2026-11-21T10:00:01Z", Unknown, "", "2026-11-21 10:00:01 GET /find | warn | 200"),
		},
	},
	{
		name: "a pipe inside a result set's cell",
		why:  "psql writes a cell's pipe as it is: the row's other pipes still stand under the header's, and the rows after it are rows",
		entries: []worldEntry{
			we("", Unknown, "", " id | note  | logged_at           | severity", "----+-------+---------------------+----------"),
			we("2026-11-21T11:00:03Z", Error, "", "  1 | a|b   | 2026-11-21 11:00:03 | ERROR"),
			we("2026-11-21T11:00:04Z", Warn, "", "  2 | plain | 2026-11-21 11:00:04 | WARNING"),
		},
	},
	{
		name: "llama.cpp's prefix: the time since start, then a level letter",
		why:  "llama-server's --log-prefix --log-timestamps writes minutes, seconds, milli- and microseconds since start (no clock) and one of D I W E, in its file and behind the journal's header; an address before a capital is no such prefix",
		entries: []worldEntry{
			we("", Warn, "", "3.07.118.402 W slot update_slots: id  2 | task 77 | context shift"),
			we("", Info, "", "1440.00.000.123 I srv  update_slots: all slots are idle"),
			we("2026-11-22T06:40:00Z", Error, "gpu-7", "Nov 22 06:40:00 gpu-7 llama-server[88]: 3.08.004.771 E srv    send_error: task id = 78, error: too long"),
			we("", Unknown, "", "10.20.3.31 E stage"),
		},
	},
	{
		name: "dates in MongoDB's extended JSON",
		why:  "mongoexport and the tools that keep MongoDB's types write a date as {\"$date\": …}: under a key that names the record's time it is that time; under another object's or an expiry's it is none",
		entries: []worldEntry{
			we("2026-11-22T06:50:00Z", Unknown, "", `{"_id":{"$oid":"6741"},"timestamp":{"$date":1795330200000},"msg":"backup started"}`),
			we("2026-11-22T06:51:00Z", Unknown, "", `{"_id":{"$oid":"6742"},"createdAt":{"$date":"2026-11-22T06:51:00.000Z"},"msg":"backup done"}`),
			we("2026-11-22T06:52:00Z", Unknown, "", `{"_id":{"$oid":"6744"},"ts":{"$date":{"$numberLong":"1795330320000"}},"msg":"backup checked"}`),
			we("", Unknown, "", `{"_id":{"$oid":"6743"},"expires":{"$date":1795330260000},"order":{"createdAt":{"$date":1795330260000}},"msg":"token kept"}`),
		},
	},
	{
		name: "a result set with wide characters in its cells",
		why:  "psql pads a cell by the columns a terminal gives its characters, two for a CJK character or an emoji: the row still fits, and the rows after it",
		entries: []worldEntry{
			we("", Unknown, "", " id | who    | severity | note", "----+--------+----------+------"),
			we("", Warn, "", "  1 | 大阪   | W        | x"),
			we("", Error, "", "  2 | 🚀 lab | E        | y"),
			we("", Error, "", "  3 | naïve  | E        | z"),
		},
	},
	{
		name: "a cache's purge request as JSON",
		why:  "a PURGE or CONNECT request's record is a request's like a GET's: its host key is the Host asked for, no machine",
		entries: []worldEntry{
			we("2026-11-22T06:10:00Z", Unknown, "", `{"time":"2026-11-22T06:10:00+0000","method":"PURGE","url":"/news/today","status":200,"host":"cdn.example.net"}`),
			we("2026-11-22T06:10:01Z", Unknown, "", `{"time":"2026-11-22T06:10:01+0000","method":"CONNECT","url":"api.example.net:443","status":200,"host":"api.example.net:443"}`),
		},
	},
	{
		name: "a file that opens inside a Python traceback",
		why:  "its first lines are frames without the traceback's header: the exception's line after them closes that fragment, and the next timed line starts a record",
		entries: []worldEntry{
			we("", Unknown, "", `  File "/opt/feed/fetch.py", line 88, in pull`, `    body = resp.read()`, `ConnectionResetError: [Errno 104] Connection reset by peer`),
			we("2026-11-22T06:20:00.5Z", Warn, "", "2026-11-22 06:20:00,500 WARNING feed: retrying in 30s"),
		},
	},
	{
		name: "a list whose names are aligned to the right",
		why:  "ONTAP's -instance views and coredumpctl info pad each name on its left so that the colons line up: a block of such fields is a record, its Time, Severity and Node the record's, a blank line before the next; a check's lines that each open with a padded name are records of their own",
		entries: []worldEntry{
			we("2026-11-22T07:00:05Z", Warn, "filer-2",
				"          Node: filer-2",
				"     Sequence#: 118",
				"          Time: 11/22/2026 07:00:05",
				"      Severity: WARNING",
				"  Message Name: disk.latency.high",
				""),
			we("2026-11-22T07:00:09Z", Error, "filer-3",
				"          Node: filer-3",
				"     Sequence#: 119",
				"          Time: 11/22/2026 07:00:09",
				"      Severity: ERROR"),
		},
	},
	{
		name: "a check's lines under right-aligned names",
		why:  "the same name opens each line (`%6s: Checking …`): no object's fields, each line a record",
		entries: []worldEntry{
			we("", Unknown, "", "  QEMU: Checking for a                     : PASS"),
			we("", Unknown, "", "  QEMU: Checking for b                     : PASS"),
			we("", Unknown, "", "   LXC: Checking for c                     : PASS"),
			we("", Unknown, "", "   LXC: Checking for d                     : PASS"),
			we("", Unknown, "", " BHYVE: Checking for e                     : PASS"),
		},
	},
	{
		name: "a database client's result closes with a border or a count",
		why:  "a box's bottom border and the client's count of rows (sqlcmd's, psql's, mysql's) are no row's text: records of their own, with nothing",
		entries: []worldEntry{
			wskip("┌─────────────────────┬──────────┐",
				"│ at                  │ note     │",
				"├─────────────────────┼──────────┤"),
			we("2026-11-22T07:10:00Z", Unknown, "", "│ 2026-11-22 07:10:00 │ disk 91% │"),
			we("2026-11-22T07:10:05Z", Unknown, "", "│ 2026-11-22 07:10:05 │ disk 99% │"),
			we("", Unknown, "", "└─────────────────────┴──────────┘"),
			we("2026-11-22T07:10:06Z", Unknown, "", "│ 2026-11-22 07:10:06 │ done  │"),
			we("", Unknown, "", "╰─────────────────────┴───────╯"),
			we("2026-11-22T07:10:09Z", Unknown, "", "2026-11-22 07:10:09 backup-agent finished", ""),
			we("", Unknown, "", "(1 row affected)"),
			we("", Unknown, "", "2 rows in set (0.01 sec)"),
		},
	},
	{
		name: "MySQL's PRIO printed a column a line",
		why:  "mysql's \\G prints a row's columns one a line, the names right-aligned: PRIO is the error log's level, its System a notice as the text log's [System] is; the count under the rows is a record of its own",
		entries: []worldEntry{
			we("2026-11-22T07:20:00.5Z", Notice, "",
				"*************************** 1. row ***************************",
				"    LOGGED: 2026-11-22 07:20:00.500000",
				"      PRIO: System",
				"      DATA: ready for connections"),
			we("2026-11-22T07:20:01.5Z", Error, "",
				"*************************** 2. row ***************************",
				"    LOGGED: 2026-11-22 07:20:01.500000",
				"      PRIO: Error",
				"      DATA: table full"),
			we("", Unknown, "", "2 rows in set (0.00 sec)"),
		},
	},
	{
		name: "a request's host= in a line of pairs",
		why:  "beside an HTTP method and a path, host= is the Host the request asked for (Tyk's access log as logrus text), no machine; without them it names the machine",
		entries: []worldEntry{
			we("2026-11-22T07:30:00Z", Info, "", `time="2026-11-22T07:30:00Z" level=info client_ip=10.1.2.3 host=api.example.org method=GET path=/v1/x status=200`),
			we("2026-11-22T07:30:01Z", Info, "web-04", `time="2026-11-22T07:30:01Z" level=info host=web-04 msg="cache warmed" status=ok`),
		},
	},
	{
		name: "a level one object down",
		why:  "Vector's internal_logs events keep the tracing event's level in metadata.level, in tracing's words; another record's metadata level (a codec's) and a server object's hostname (often a remote server's) are not the record's",
		entries: []worldEntry{
			we("2026-11-22T07:31:00Z", Warn, "agg-1", `{"host":"agg-1","message":"Retrying.","metadata":{"kind":"event","level":"WARN","target":"vector::sinks"},"timestamp":"2026-11-22T07:31:00Z"}`),
			we("2026-11-22T07:31:01Z", Unknown, "", `{"msg":"upload","server":{"hostname":"cdn.example.com"},"start_time":1795332661000}`),
			we("2026-11-22T07:31:02Z", Unknown, "", `{"time":"2026-11-22T07:31:02Z","msg":"zstd stream opened","metadata":{"codec":"zstd","level":"3"}}`),
		},
	},
	{
		name: "a JSON record after another writer's text on its line",
		why:  "an installer's progress dots and then the agent's ECS record on one line: the record's level and time are the line's; an object without a time is a payload and gives no level",
		entries: []worldEntry{
			we("", Unknown, "", "Installing service.... DONE"),
			we("2026-11-22T07:40:00.5Z", Warn, "", `Enrolling....{"log.level":"warn","@timestamp":"2026-11-22T07:40:00.500Z","message":"server not ready"}`),
		},
	},
	{
		name: "a JSON payload after a line's text",
		why:  "an object without a time of its own is what the message carries, not a record: its level key is the payload's",
		entries: []worldEntry{
			we("", Unknown, "", `Saved settings {"level":"error","retries":3}`),
		},
	},
	{
		name: "a right-aligned list's time is its Time field's",
		why:  "a build's time, a serial number or a time written in another field's text is no record's time: only a field named for the record's time gives it (Time, Start Time, Timestamp), and a Level field its level",
		entries: []worldEntry{
			we("", Unknown, "",
				"      Version: v2.3.1",
				"   Build Time: 2026-11-20T10:00:00Z",
				"   Git Commit: 0a1b2c3",
				"   Go Version: go1.23.2"),
		},
	},
	{
		name: "a right-aligned list's time in a field of its own",
		why:  "the time the first field's text holds and a serial number are no record's time; the Time field's is, and Level gives the level",
		entries: []worldEntry{
			we("2026-11-22T07:00:05Z", Error, "filer-2",
				"    Description: 2026-11-20 02:00:00 backup window",
				"           Node: filer-2",
				"      Serial Id: 1536878563",
				"           Time: 11/22/2026 07:00:05",
				"          Level: ERROR"),
		},
	},
	{
		name: "a terminal recording's events",
		why:  "asciinema's events are seconds since the recording began and what the terminal printed: another log's stamp and host printed inside one are not the event's, and each event is a record",
		entries: []worldEntry{
			we("", Unknown, "", `[1.204511, "o", "Nov 22 07:50:00 db-9 sshd[77]: Accepted publickey for ops\r\n"]`),
			we("", Unknown, "", `[2.5, "r", "120x40"]`),
		},
	},
	{
		name: "sudoreplay's list of sessions",
		why:  "sudo 1.9's sudoreplay -l writes HOST= with a semicolon after it, as its other fields: the host the command ran on",
		entries: []worldEntry{
			we("2026-11-22T08:00:00Z", Unknown, "jump-2", "Nov 22 08:00:00 2026 : ops : HOST=jump-2 ; TTY=/dev/pts/1 ; CWD=/root ; USER=root ; TSID=0000A1 ; COMMAND=/bin/sh"),
		},
	},
	{
		name: "zsh's extended history",
		why:  "`: start:elapsed;command`: the epoch is the command's time, the dates and words the command holds are not, and a command continued with backslashes is one record",
		entries: []worldEntry{
			we("2026-11-22T08:10:00Z", Unknown, "", ": 1795335000:0;journalctl --since '2026-11-20 10:00' -p err"),
			we("2026-11-22T08:10:05Z", Unknown, "", `: 1795335005:2;for f in a b; do\`, `  echo $f\`, "done"),
			we("2026-11-22T08:10:09Z", Unknown, "", ": 1795335009:0;ls"),
		},
	},
	{
		name: "fish's history file",
		why:  "a `- cmd:` line and the lines under it are one record, its time the epoch on `  when:`, not a date inside the command",
		entries: []worldEntry{
			we("2026-11-22T08:10:00Z", Unknown, "", "- cmd: journalctl --since \"2026-11-20 10:00\"", "  when: 1795335000"),
			we("2026-11-22T08:10:09Z", Unknown, "", "- cmd: cd /srv", "  when: 1795335009", "  paths:", "    - /srv"),
		},
	},
	{
		name: "a PowerShell transcript",
		why:  "a block between rules of asterisks is one record, its compact start time and Machine its time and host; a command is a record from its prompt through its output, whatever the output's shape; a line with a time of its own is a log's record, in a command's output too; an invocation header's block takes the prompt under it",
		entries: []worldEntry{
			we("2026-11-22T08:20:00Z", Unknown, "APP-7",
				"**********************",
				"PowerShell transcript start",
				"Start time: 20261122082000",
				"Machine: APP-7 (Microsoft Windows NT 10.0.20348.0)",
				"**********************"),
			we("", Unknown, "", "Transcript started, output file is C:\\t\\a.txt"),
			we("", Unknown, "", "PS C:\\> Get-Content C:\\app\\app.log -Tail 1", ""),
			we("2026-11-20T10:00:00Z", Error, "", "2026-11-20 10:00:00 ERROR a log's line in a command's output", ""),
			we("2026-11-22T08:20:30Z", Unknown, "",
				"**********************",
				"Command start time: 20261122082030",
				"**********************",
				"PS C:\\> whoami",
				"corp\\ops"),
		},
	},
	{
		name: "a JSON record cut short",
		why:  "a record cut when its writer died, the restarted process's glued after it, or a brace too many: the keys before the break give its time and level; a broken object without a time gives nothing",
		entries: []worldEntry{
			we("2026-11-22T08:40:00.5Z", Error, "", `{"level":"error","ts":1795336800.5,"msg":"fsync failed","file":"/var/lib/x/wal.0{"level":"info","ts":1795336900.1,"msg":"starting"}`),
			we("2026-11-22T08:40:01Z", Warn, "", `{"timestamp":"2026-11-22T08:40:01Z","level":"WARN","fields":{"message":"slow"}},"target":"svc"}`),
			we("", Unknown, "", `{"level":"error","note":"unfinished`),
		},
	},
	{
		name: "Microsoft LogMonitor's nested entry",
		why:  "LogMonitor wraps each event in LogEntry: its Time and Level there are the record's",
		entries: []worldEntry{
			we("2026-11-22T08:41:00Z", Warn, "", `{"Source":"EventLog","LogEntry":{"Time":"2026-11-22T08:41:00.000Z","Channel":"System","Level":"Warning","EventId":1014,"Message":"Name resolution timed out."},"SchemaVersion":"1.0.0"}`),
		},
	},
	{
		name: "lines written as a transcript's in another log",
		why:  "a rule and a line that look like a transcript's block do not hide the log's records after them: a timed line is a record of its own with its level, a line that is neither a command's nor the transcript's ends the reading, and so does a tool's note between files",
		entries: []worldEntry{
			we("2026-11-22T08:50:00Z", Warn, "", "2026-11-22 08:50:00 WARN [auth] invalid username"),
			we("", Unknown, "", "Empty set"),
			we("", Unknown, "", "**********************"),
			we("", Unknown, "", "Command start time: 1"),
			we("2026-11-22T08:50:02Z", Error, "", "2026-11-22 08:50:02 ERROR [auth] 500 failed logins"),
			we("2026-11-22T08:50:03Z", Unknown, "", "**********************", "Command start time: 20261122085003", "**********************", "PS C:\\> x"),
			we("2026-11-22T08:50:04Z", Critical, "", "2026-11-22 08:50:04 CRITICAL [auth] account root locked"),
			we("2026-11-22T08:50:05Z", Error, "", "2026-11-22 08:50:05 ERROR [auth] again"),
		},
	},
	{
		name: "a rule in a command's output",
		why:  "a transcript's command may print a rule of asterisks: unless the line under it opens a block, it is the output's, and no time or machine is read from what follows it",
		entries: []worldEntry{
			we("2026-11-22T09:00:00Z", Unknown, "OPS-1",
				"\ufeff**********************",
				"Windows PowerShell transcript start",
				"Start time: 20261122090000",
				"Machine: OPS-1 (Microsoft Windows NT 10.0.20348.0)",
				"**********************"),
			we("", Unknown, "", "PS C:\\> .\\deploy.ps1", "**********************", "Deploy finished. Build time: 20261122090500", "Machine: evil.example.com"),
			we("", Unknown, "", "[web01]: PS C:\\Users\\ops\\Documents> Stop-Service W3SVC"),
			we("2026-11-22T09:01:00Z", Unknown, "",
				"**********************",
				"Command start time: 20261122090100",
				"**********************",
				"PS C:\\> whoami",
				"corp\\ops"),
		},
	},
	{
		name: "database clients' counts and borders among a log's lines",
		why:  "a count or a border closes a result only as the client writes it: a message's `Empty settings file`, `12 rows in set were skipped`, and a box drawn around a traceback stay the record's",
		entries: []worldEntry{
			we("2026-11-22T09:10:00Z", Warn, "", "2026-11-22 09:10:00,000 WARN [cfg] notes:", "Empty settings file /etc/app.yml", "12 rows in set were skipped"),
			we("2026-11-22T09:10:01Z", Error, "", "2026-11-22 09:10:01,000 ERROR [job] failed", "╭──────── Traceback (most recent call last) ────────╮", "│ /srv/job.py:4 in <module>                         │", "╰───────────────────────────────────────────────────╯", "ValueError: bad"),
		},
	},
	{
		name: "a JSON payload after a line's text is the message's",
		why:  "only an object glued to progress dots is an installer's record; an object after a blank, a quote or a time of the line's own is a payload; an array that opens with an epoch is no recording's event",
		entries: []worldEntry{
			we("", Unknown, "", `webhook delivered payload {"time":"2020-01-01T00:00:00Z","level":"error","host":"victim-db"}`),
			we("2026-11-22T09:00:00.5Z", Unknown, "", `[1795338000.5, "E", "database down"]`),
			we("2026-11-22T09:20:00.123456Z", Unknown, "", `2026-11-22 09:20:00.123456 forwarding {"time":"2026-11-22T07:00:00Z","level":"error","host":"sender-7"}`),
		},
	},
	{
		name: "host= of a request, and a message that names one",
		why:  "a method and a path inside a quoted message make no request; a request's host= is the Host, and its hostname= the machine",
		entries: []worldEntry{
			we("2026-11-22T09:30:00Z", Error, "db-01", `time=2026-11-22T09:30:00Z level=error host=db-01 msg="upstream call failed method=GET path=/v1/x"`),
			we("2026-11-22T09:30:01Z", Info, "gw-01", `time=2026-11-22T09:30:01Z level=info host=api.example.com hostname=gw-01 method=GET path=/v1/x status=200`),
		},
	},
	{
		name: "a log of JSON lines after a transcript's prompt",
		why:  "a line whose format gives it a time of its own (a JSON record's key, an access line's bracket) is a log's record under a prompt too, with its level",
		entries: []worldEntry{
			we("2026-11-22T09:40:00Z", Unknown, "",
				"**********************",
				"PowerShell transcript start",
				"Start time: 20261122094000",
				"**********************"),
			we("", Unknown, "", "PS C:\\> x"),
			we("2026-11-22T09:40:01Z", Error, "", `{"time":"2026-11-22T09:40:01Z","level":"error","msg":"boom 1"}`),
			we("2026-11-22T09:40:02Z", Error, "", `{"time":"2026-11-22T09:40:02Z","level":"error","msg":"boom 2"}`),
		},
	},
	{
		name: "a cut JSON record's own level over its message's words",
		why:  "the keys read before the break are the record's: its level key, not a word of its message",
		entries: []worldEntry{
			we("2026-11-22T09:41:00Z", Info, "", `{"time":"2026-11-22T09:41:00Z","level":"info","msg":"upstream said ERROR: retrying","x`),
		},
	},
	{
		name: "PascalCase fields of a payload one object down",
		why:  "Level and Time under a generic parent are a payload's (a game's lap, a config's rule); only LogMonitor's LogEntry holds the record's",
		entries: []worldEntry{
			we("", Unknown, "", `{"msg":"lap","event":{"Time":"00:01:23.456","Level":"Info"}}`),
			we("2026-11-22T09:42:00Z", Unknown, "", `{"time":"2026-11-22T09:42:00Z","msg":"player","info":{"Level":"Warning"}}`),
		},
	},
	{
		name: "a level labelled after a program's tag",
		why:  "past a syslog tag or a source file's colon a level column is read only in a label's shape, a word and its colon or its number on a scale",
		entries: []worldEntry{
			we("2026-11-22T09:43:00Z", Info, "sw-7", "Nov 22 09:43:00 sw-7 switchd: lacp_0 PORT info(5) :member 1/1/3 joined agg 2"),
			we("2026-11-22T09:43:01Z", Debug, "sw-7", "Nov 22 09:43:01 sw-7 switchd: lacp_0 PDU debug3(8) rx len 110 on 1/1/3"),
			we("2026-11-22T09:43:02Z", Warn, "sw-7", "Nov 22 09:43:02 sw-7 switchd: portMgr main warning(4) Port 1/1/9 speed mismatch"),
			we("2026-11-22T09:43:03Z", Error, "sw-7", "Nov 22 09:43:03 sw-7 switchd: psMgr main error(2) Fan 2 stopped"),
		},
	},
	{
		name: "a level word and its colon after a program's tag and its worker",
		why:  "the worker's name and pid after the syslog tag, then the level as a label, on every line",
		entries: []worldEntry{
			we("2026-11-22T09:44:00Z", Info, "nac-2", "Nov 22 09:44:00 nac-2 nacd_api: api.worker(812) INFO: [mac:00:11:22:33:44:55] lease renewed for 10.9.0.44"),
			we("2026-11-22T09:44:01Z", Warn, "nac-2", "Nov 22 09:44:01 nac-2 nacd_api: api.worker(812) WARN: [mac:00:11:22:33:44:66] no switch for this port"),
			we("2026-11-22T09:44:02Z", Error, "nac-2", "Nov 22 09:44:02 nac-2 nacd_queue: queue.worker(907) ERROR: [mac:unknown] task 4120 failed"),
		},
	},
	{
		name: "a subsystem's own word after the kernel's tag",
		why:  "past the tag, a level word that is no label (no colon of its own, no scale number) stays the message's",
		entries: []worldEntry{
			we("2026-11-22T09:45:00Z", Unknown, "nas-1", "2026-11-22T09:45:00+00:00 nas-1 kernel: XFS info (dm-3): Mounting V5 Filesystem"),
			we("2026-11-22T09:45:01Z", Unknown, "nas-1", "2026-11-22T09:45:01+00:00 nas-1 kernel: XFS warning (dm-3): log recovery needed"),
			we("2026-11-22T09:45:02Z", Unknown, "nas-1", "2026-11-22T09:45:02+00:00 nas-1 kernel: XFS error (dm-3): metadata I/O error"),
			we("2026-11-22T09:45:03Z", Unknown, "nas-1", "2026-11-22T09:45:03+00:00 nas-1 kernel: XFS info (dm-3): Ending recovery"),
		},
	},
	{
		name: "a Windows event's source of several words as a BSD tag",
		why:  "capitalized words glued to a pid and its colon are the program, and the JSON after them is the message read for its level",
		entries: []worldEntry{
			we("2026-11-22T09:46:00Z", Warn, "WS-9", `Nov 22 09:46:00 WS-9 Windows Error Reporting[3120]: {"EventTime":"2026-11-22 09:46:00","Hostname":"WS-9","Severity":"WARNING","Message":"Fault bucket 41"}`),
			we("2026-11-22T09:46:01Z", Error, "WS-9", `Nov 22 09:46:01 WS-9 Service Control Manager[652]: {"EventTime":"2026-11-22 09:46:01","Hostname":"WS-9","Severity":"ERROR","Message":"The Print Spooler service terminated"}`),
			we("2026-11-22T09:46:02Z", Unknown, "WS-9", "Nov 22 09:46:02 WS-9 Started Session 12 of user anna."),
		},
	},
	{
		name: "the sender's PRI kept behind a collector's header",
		why:  "a collector that wrote no PRI of its own keeps the datagram whole: its PRI, before a header, gives the level; the collector's sender is the host",
		entries: []worldEntry{
			we("2026-11-22T09:47:00Z|2026-11-22T09:46:59Z", Warn, "10.9.0.3", "Nov 22 09:47:00 10.9.0.3 <28>Nov 22 09:46:59 ap-3 hostapd: wlan0: STA 02:00:00:00:00:01 deauthenticated"),
			we("2026-11-22T09:47:01Z|2026-11-22T09:47:00Z", Error, "10.9.0.3", "Nov 22 09:47:01 10.9.0.3 <27>Nov 22 09:47:00 ap-3 netifd: Interface 'wan' is down"),
			we("2026-11-22T09:47:02Z", Unknown, "10.9.0.4", "Nov 22 09:47:02 10.9.0.4 <12> items queued for upload"),
		},
	},
	{
		name: "a syslog appender's placeholder for an unnamed machine",
		why:  "UNKNOWN_LOCALHOST stands where the host goes when the name does not resolve: no host, and the tag after it is still read",
		entries: []worldEntry{
			we("2026-11-22T09:48:00Z", Info, "", "<14>Nov 22 09:48:00 UNKNOWN_LOCALHOST orders: started in 4.1 s"),
			we("2026-11-22T09:48:01Z", Error, "", "<11>Nov 22 09:48:01 UNKNOWN_LOCALHOST orders: cannot reach db"),
		},
	},
	{
		name: "a JSON time with its offset's plus escaped",
		why:  "System.Text.Json writes the plus of an offset as \\u002B; the value is decoded before it is read",
		entries: []worldEntry{
			we("2026-11-22T08:49:00.5Z", Warn, "", `{"Timestamp":"2026-11-22T09:49:00.500\u002B01:00","LogLevel":"Warning","Category":"Shop.Cart","Message":"cart 41 expired"}`),
			we("2026-11-22T08:49:01Z", Error, "", `{"Timestamp":"2026-11-22T09:49:01\u002B01:00","LogLevel":"Error","Category":"Shop.Cart","Message":"cart 42 lost"}`),
		},
	},
	{
		name: "a timestamp key that names its unit",
		why:  "a key named for the timestamp and its unit holds the event's epoch: milliseconds under _ms",
		entries: []worldEntry{
			we("2026-11-22T09:50:00.25Z", Unknown, "", `{"utc_timestamp_ms":1795341000250,"vcpus":{"exits":4120}}`),
			we("2026-11-22T09:51:00.25Z", Unknown, "", `{"event_timestamp_ms":1795341060250,"queue":{"depth":3}}`),
		},
	},
	{
		name: "a time of day in brackets after a level in brackets",
		why:  "[W][07:44:01.902515]: the level's bracket, then the clock's, at the line's start",
		entries: []worldEntry{
			we("2026-11-29T09:52:00.100200Z", Warn, "", "[W][09:52:00.100200] mod.alsa   | [  alsa.c:  41 open()] device busy"),
			we("2026-11-29T09:52:00.200300Z", Info, "", "[I][09:52:00.200300] mod.alsa   | [  alsa.c:  77 open()] opened hw:1"),
			we("2026-11-29T09:52:01.300400Z", Error, "", "[E][09:52:01.300400] mod.pulse  | [ pulse.c: 212 play()] stream failed"),
			we("2026-11-29T09:52:02.400500Z", Info, "", "[I][09:52:02.400500] mod.alsa   | [  alsa.c:  90 close()] closed hw:1"),
		},
	},
	{
		name: "tags right-aligned to one column, each line a record",
		why:  "a word padded on the left to the pending record's tag column and two or three blanks after it opens a record, a level or the tool's own tag",
		entries: []worldEntry{
			we("", Unknown, "", "     serve   Listening on http://0.0.0.0:9000"),
			we("", Info, "", "      INFO   Started worker 3"),
			we("", Warn, "", "   WARNING   Slow request: 2.1 s"),
			we("", Info, "", "      INFO   Stopping"),
		},
	},
	{
		name: "Xorg's markers of a setting's origin",
		why:  "(--), (**), (==) and (++) after the uptime are informational, as (II) is",
		entries: []worldEntry{
			we("", Info, "", "[    12.101] (--) PCI:*(0@0:2:0) 8086:46a6 rev 12, Mem @ 0x6000000000/16777216"),
			we("", Info, "", `[    12.102] (==) Matched modesetting as autoconfigured driver 0`),
			we("", Info, "", `[    12.103] (**) Option "fd" "41"`),
			we("", Warn, "", "[    12.104] (WW) Disabling Mouse0"),
		},
	},
	{
		name: "ESXi 8's line marker on a stamped line",
		why:  "a severity with a '+' after it goes on the submission above it, whatever its own stamp; without the '+' a line is a record",
		entries: []worldEntry{
			we("2026-11-22T09:53:00.1Z", Error, "",
				"2026-11-22T09:53:00.100Z Er(163) Vpxa[2100412]: [Originator@6876 sub=vpxaMoService] Reconfigure failed",
				"2026-11-22T09:53:00.100Z Er(163)+ Vpxa[2100412]: --> Device 'scsi0:2' is busy.",
				"2026-11-22T09:53:00.100Z Er(163)+ Vpxa[2100412]: --> Retry later."),
			we("2026-11-22T09:53:01.2Z", Info, "", "2026-11-22T09:53:01.200Z In(166) Vpxa[2100412]: [Originator@6876 sub=vpxaMoService] Task done"),
		},
	},
	{
		name: "GLib's domain and level after a program's name repeated",
		why:  "a program that writes its own name and pid before GLib's Domain-LEVEL, behind the syslog tag",
		entries: []worldEntry{
			we("2026-11-22T09:54:00Z", Warn, "ws-2", "Nov 22 09:54:00 ws-2 gnome-shell[1880]: gnome-shell[1880]: Gjs-WARNING: JS ERROR: TypeError: this._item is null"),
			we("2026-11-22T09:54:01Z", Critical, "ws-2", "Nov 22 09:54:01 ws-2 gnome-shell[1880]: gnome-shell[1880]: Clutter-CRITICAL: clutter_actor_get_parent: assertion failed"),
		},
	},
	{
		name: "a Ruby backtrace under an untimed error",
		why:  "frames of a Ruby backtrace go on an error's line that ends with its class and a colon, also past the blank line Rails writes; under another line a frame-shaped line stands alone",
		entries: []worldEntry{
			we("", Unknown, "",
				"ActionView::Template::Error (undefined local variable or method 'cart'):",
				"  ",
				"app/views/orders/show.html.erb:7:in `_app_views_orders_show_html_erb__412'",
				"app/controllers/orders_controller.rb:12:in `show'",
				"app/controllers/application_controller.rb:4:in 'with_locale'"),
			we("", Unknown, "", "Completed 500 Internal Server Error in 41ms"),
			we("", Unknown, "", "lib/tasks/cleanup.rb:3:in 'run'"),
		},
	},
	{
		name: "a box drawn around a record",
		why:  "a titled top border opens a record, its sides and its bottom border are its lines, a clock after the corner is its time; a result set's border without a title is a table's",
		entries: []worldEntry{
			we("2026-11-29T09:55:00Z", Error, "",
				"┌ 09:55:00 ERROR ──────────────────────────┐",
				"│ Payment gateway refused order 8812       │",
				"└──────────── POST /checkout • user: 41 ┘"),
			we("", Unknown, "",
				"╭──────── Traceback (most recent call last) ────────╮",
				"│ /srv/app/jobs.py:41 in run                        │",
				"╰───────────────────────────────────────────────────╯"),
			we("", Unknown, "", "worker stopped"),
		},
	},
	{
		name: "a level letter and its colon after a program's tag",
		why:  "DCMTK's tools write I:, W:, E: before each line; behind the syslog tag the letters are a column the source's lines agree on",
		entries: []worldEntry{
			we("2026-11-22T09:56:00Z", Info, "pacs-2", "Nov 22 09:56:00 pacs-2 storescp[812]: I: Association Received 10.4.0.7: MODALITY1 -> STORESCP"),
			we("2026-11-22T09:56:01Z", Info, "pacs-2", "Nov 22 09:56:01 pacs-2 storescp[812]: I: Association Acknowledged (Max Send PDV: 16372)"),
			we("2026-11-22T09:56:02Z", Warn, "pacs-2", "Nov 22 09:56:02 pacs-2 storescp[812]: W: DIMSE receiveDataSetInMemory: dataset too large"),
			we("2026-11-22T09:56:03Z", Error, "pacs-2", "Nov 22 09:56:03 pacs-2 storescp[812]: E: Store SCP Failed: 0006:0207 DIMSE Read PDV failed"),
			we("2026-11-22T09:56:04Z", Info, "pacs-2", "Nov 22 09:56:04 pacs-2 storescp[812]: I: Association Release"),
		},
	},
	{
		name: "DCMTK's fatal letter",
		why:  "F: and a capital opens DCMTK's fatal line, beside its I:, W: and E:",
		entries: []worldEntry{
			we("", Info, "", "I: Requesting Association"),
			we("", Critical, "", "F: Association Request Failed: 0006:031b Failed to establish association"),
		},
	},
	{
		name: "the session's rules against other programs' lines",
		why:  "a column learned past one program's tag reads only level labels, so another program's Status: or Fault: there is no level; Xorg's markers only after its uptime; a level's bracket before a clock; a PRI that opens no header is text",
		entries: []worldEntry{
			we("2026-11-29T07:41:01Z", Debug, "bastion", "Nov 29 07:41:01 bastion sshd[4120]: debug1: channel 1: new session"),
			we("2026-11-29T07:41:02Z", Debug, "bastion", "Nov 29 07:41:02 bastion sshd[4120]: debug1: session_new: session 0"),
			we("2026-11-29T07:41:03Z", Error, "bastion", "Nov 29 07:41:03 bastion sshd[4120]: error: kex_exchange_identification: read: Connection reset"),
			we("2026-11-29T07:41:04Z", Debug, "bastion", "Nov 29 07:41:04 bastion sshd[4120]: debug3: mm_request_send: entering, type 12"),
			we("2026-11-29T07:41:05Z", Debug, "bastion", "Nov 29 07:41:05 bastion sshd[4120]: debug1: Setting controlling tty"),
			we("2026-11-29T07:42:00Z", Unknown, "bastion", "Nov 29 07:42:00 bastion upsmon[812]: Status: OB LB"),
			we("2026-11-29T07:42:01Z", Unknown, "bastion", "Nov 29 07:42:01 bastion smartd[600]: Fault: none detected"),
			we("2026-11-29T07:42:02Z", Unknown, "bastion", "Nov 29 07:42:02 bastion myapp[77]: Default: using /etc/myapp.conf"),
			we("2026-11-29T07:42:03Z", Unknown, "bastion", "Nov 29 07:42:03 bastion relay[99]: <3>Mayday received on channel 16"),
		},
	},
	{
		name: "markers and brackets that are no Xorg's",
		why:  "(**) before a level word is a footnote's, the level word counts; a level in brackets before a clock is the line's level",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Error, "", "2026-11-29 07:41:19 (**) ERROR something broke"),
			we("2026-11-29T12:00:00Z", Error, "", "[E][12:00:00] scheduled backup failed"),
		},
	},
	{
		name: "a left-aligned list is no tag column",
		why:  "words of one length at the start of indented lines are a list's items, under the first line",
		entries: []worldEntry{
			we("", Unknown, "",
				"  build   Build the project",
				"  clean   Remove build outputs",
				"  serve   Serve the site",
				"  help    Help about any command"),
		},
	},
	{
		name: "YAZ's clock and day without a year",
		why:  "HH:MM:SS-DD/MM opens each line of YAZ's logger; the year is the reader's",
		entries: []worldEntry{
			we("2026-11-22T09:57:00Z", Unknown, "", "09:57:00-22/11 metaproxy(1) [log] Metaproxy 1.21.0 started"),
			we("2026-11-22T09:57:03Z", Warn, "", "09:57:03-22/11 metaproxy(1) [warn] backend z3950.example.org:210 slow"),
		},
	},
	{
		name: "GDAL's error lines among its timed debug lines",
		why:  "ERROR n: and Warning n: are GDAL's error handler's own lines, records of their own with their levels, under a timed CPL_DEBUG record",
		entries: []worldEntry{
			we("2026-11-22T09:58:00.1Z|2026-11-22T09:58:00Z", Unknown, "", "[Sun Nov 22 09:58:00 2026].1000, 0.0000: GDAL: GDALOpen(/srv/roads.gpkg) succeeds as GPKG."),
			we("", Warn, "", "Warning 1: Field 'width' is of type Real, truncated to Integer."),
			we("2026-11-22T09:58:01.2Z|2026-11-22T09:58:01Z", Unknown, "", "[Sun Nov 22 09:58:01 2026].2000, 1.1000: PG: Command Results Tuples = 0"),
			we("", Error, "", "ERROR 1: COPY statement failed."),
		},
	},
	{
		name: "a web event's host is the site asked for",
		why:  "beside a referer and an agent, a JSON record's host is the request's Host header; a hostname key still names the machine",
		entries: []worldEntry{
			we("2026-11-22T09:59:00Z", Unknown, "", `{"time":"2026-11-22T09:59:00Z","event_type":"page_view","ip":"10.2.0.9","agent":"Mozilla/5.0","host":"shop.example.org","referer":"https://shop.example.org/"}`),
			we("2026-11-22T09:59:01Z", Unknown, "web-4", `{"time":"2026-11-22T09:59:01Z","event_type":"page_view","referer":"https://shop.example.org/","agent":"curl/8.5","host":"shop.example.org","hostname":"web-4"}`),
			we("2026-11-22T09:59:02Z", Info, "web-4", `{"time":"2026-11-22T09:59:02Z","level":"info","msg":"cache warm","host":"web-4"}`),
		},
	},
	{
		name: "a one-column result set is no titled box",
		why:  "a column's name glued to the top border's rules is a table's header: its rows are records with their times",
		entries: []worldEntry{
			we("", Unknown, "", "┌──────────event_time─┐"),
			we("2026-11-22T10:00:01Z", Unknown, "", "│ 2026-11-22 10:00:01 │"),
			we("2026-11-22T10:00:02Z", Unknown, "", "│ 2026-11-22 10:00:02 │"),
			we("2026-11-22T10:00:03Z", Unknown, "", "│ 2026-11-22 10:00:03 │"),
			we("", Unknown, "", "└─────────────────────┘"),
		},
	},
	{
		name: "test results as right-aligned tags, and a query's keywords under a level",
		why:  "PASS and FAIL at one column are each a record; under a record tagged with a level, a query's ON and AND at that column are its text",
		entries: []worldEntry{
			we("", Unknown, "", " PASS  src/sum.test.js"),
			we("", Unknown, "",
				" FAIL  src/mul.test.js",
				"  ● mul › multiplies"),
			we("", Unknown, "", " PASS  src/div.test.js"),
			we("", Info, "", " INFO  [main] Application starting"),
			we("", Error, "",
				"ERROR  [main] Query failed:",
				"SELECT a.id, b.total",
				"  FROM accounts a",
				"  JOIN orders b",
				"   ON  b.account_id = a.id",
				"  AND  b.total > 100"),
		},
	},
	{
		name: "property letters behind a tag are no level column",
		why:  "udevadm info's P:, N:, S:, E:, T:, D: and I: sent through logger: a letter of no level's alphabet bans the column",
		entries: []worldEntry{
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: P: /devices/pci0000:00/0000:00:1f.2/ata3/host2/target2:0:0/2:0:0:0/block/sdb"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: N: sdb"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: S: disk/by-id/ata-WDC_WD40EFRX_41207"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: E: DEVPATH=/devices/pci0000:00/0000:00:1f.2"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: E: SUBSYSTEM=block"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: E: DEVNAME=/dev/sdb"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: E: DEVTYPE=disk"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: T: disk"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: D: b 8:16"),
			we("2026-11-22T10:01:00Z", Unknown, "host01", "Nov 22 10:01:00 host01 udev-dump[812]: I: 0"),
		},
	},
	{
		name: "ESXi's line marker under another daemon's record",
		why:  "a marked line goes on its own program's submission; under another daemon's line it stands alone",
		entries: []worldEntry{
			we("2026-11-22T10:02:00.1Z", Info, "", "2026-11-22T10:02:00.100Z In(166) Vpxa[2100001]: [Originator@6876 sub=vpxLro] task started"),
			we("2026-11-22T10:02:00.2Z", Warn, "", "2026-11-22T10:02:00.200Z Wa(164)+ Hostd[2099601]: --> continuation of hostd's submission"),
		},
	},
	{
		name: "a channel's letter before a clock",
		why:  "[A] and [C] before a bracketed clock are a chat's or a game's channels, no level; PipeWire writes E, W, I, D and T",
		entries: []worldEntry{
			we("2026-11-29T10:03:00Z", Unknown, "", "[A][10:03:00] quinn: anyone up for a raid?"),
			we("2026-11-29T10:03:05Z", Unknown, "", "[C][10:03:05] moss: in 5"),
		},
	},
	{
		name: "Nagios's event names after a bracketed date",
		why:  "SERVICE ALERT: and HOST NOTIFICATION: name events, whatever stamp opens the line; a level word alone after the stamp is the line's level",
		entries: []worldEntry{
			we("2026-11-22T10:04:00Z", Unknown, "", "[Sun Nov 22 10:04:00 2026] SERVICE ALERT: db-2;PING;CRITICAL;HARD;3;PING CRITICAL - Packet loss = 100%"),
			we("2026-11-22T10:04:01Z", Unknown, "", "[Sun Nov 22 10:04:01 2026] HOST NOTIFICATION: oncall;db-2;DOWN;notify-host-by-email;PING CRITICAL"),
			we("2026-11-22T10:04:02Z", Warn, "", "[Sun Nov 22 10:04:02 2026] Warning: Return code of 127 for check of service 'Disk' on host 'db-2' was out of bounds."),
		},
	},
	{
		name: "the third adversarial try: real hosts and real alerts kept",
		why:  "Logstash's shipper host beside a grokked referrer is the machine; a dashed host without a digit before a pid column is a host; a script's DISK ALERT: is an alert",
		entries: []worldEntry{
			we("2026-11-22T10:05:00Z", Unknown, "web-01", `{"message":"GET /x.png","@version":"1","@timestamp":"2026-11-22T10:05:00.000Z","path":"/var/log/apache2/access.log","host":"web-01","verb":"GET","referrer":"\"http://shop.example.org/\"","agent":"\"Mozilla/5.0\""}`),
			we("2026-11-22T10:05:01Z", Unknown, "db-primary", "2026-11-22T10:05:01Z\tdb-primary\t812/4120\tpostgres\tconnection lost"),
			we("2026-11-22T10:05:02Z", Alert, "", "2026-11-22 10:05:02 DISK ALERT: /var is 97% full"),
		},
	},
	{
		name: "a C source line and its function without a time",
		why:  "sofia-sip writes each message as file.c:line function() into FreeSWITCH's log, untimed: every one is a log call of its own, not the text of the timed line above",
		entries: []worldEntry{
			we("2026-11-22T10:06:00.1Z", Info, "", "2026-11-22 10:06:00.100000 97.50% [INFO] mod_sofia.c:1211 sofia/external/7001@10.9.0.4 ringing"),
			we("", Unknown, "", "nta.c:2790 agent_recv_response() nta: received 180 Ringing for INVITE (3)"),
			we("", Unknown, "", "su_root.c:512 su_root_run() leaving the loop"),
			we("2026-11-22T10:06:00.3Z", Warn, "", "2026-11-22 10:06:00.300000 97.50% [WARNING] switch_core_media.c:7741 codec negotiation failed"),
		},
	},
	{
		name: "CEE's pri and Asterisk's logmsg in JSON",
		why:  "an @cee: object names its level pri; Asterisk's JSON formatter keeps the level one object down, under logmsg",
		entries: []worldEntry{
			we("2026-11-22T10:07:00Z", Warn, "edge-2", `Nov 22 10:07:00 edge-2 libvirtd[901]: @cee: {"msg": "domain vm12 paused", "pri": "WARNING", "pname": "libvirtd"}`),
			we("2026-11-22T10:07:01Z", Error, "pbx-9", `{"hostname":"pbx-9","timestamp":"Nov 22 10:07:01","logmsg":{"level":"ERROR","message":"trunk down"}}`),
		},
	},
	{
		name: "groups in braces before a request line's header",
		why:  "uWSGI's memory-report writes two groups of byte counts before the request line: its time in brackets further in is still the line's",
		entries: []worldEntry{
			we("2026-11-22T10:08:00Z", Unknown, "", "{address space usage: 98304000 bytes/93MB} {rss usage: 40960000 bytes/39MB} [pid: 77|app: 0|req: 3/9] 192.0.2.44 () {38 vars in 701 bytes} [Sun Nov 22 10:08:00 2026] GET /health => generated 2 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)"),
			we("", Unknown, "", "{status: ok} all workers up"),
		},
	},
	{
		name: "OpenVPN's microseconds after ctime's year",
		why:  "OpenVPN before 2.6 writes us=N unpadded after ctime at verbosity 4 and more: us=7051 is .007051 s",
		entries: []worldEntry{
			we("2026-11-22T10:09:00.007051Z", Unknown, "", "Sun Nov 22 10:09:00 2026 us=7051 203.0.113.9:1194 TLS: Initial packet from [AF_INET]203.0.113.9:1194"),
			we("2026-11-22T10:09:01.9Z", Unknown, "", "Sun Nov 22 10:09:01 2026 us=900000 MULTI: multi_create_instance called"),
		},
	},
	{
		name: "a stream's name between a collector's time and a JSON record",
		why:  "aws logs tail writes the event's time and its stream's name before the record's JSON: the record's level is the object's; a sentence's braces after a word are no record",
		entries: []worldEntry{
			we("2026-11-22T10:10:00.5Z", Error, "", `2026-11-22T10:10:00.500000+00:00 orders-api-stream {"level":"ERROR","message":"payment gateway timed out","logger":"pay"}`),
			we("2026-11-22T10:10:01Z", Unknown, "", `2026-11-22T10:10:01.000000+00:00 retrying {with backoff} error budget at 3 percent`),
			we("2026-11-22T10:10:02Z", Error, "", `2026-11-22T10:10:02.000000+00:00 2026/11/22/[$LATEST]9f8e7d6c5b4a39281706f5e4d3c2b1a0 {"level":"ERROR","message":"handler threw"}`),
			we("2026-11-22T10:10:03Z", Unknown, "", `2026-11-22T10:10:03Z received {"severity":"critical","alertname":"DiskFull"}`),
		},
	},
	{
		name: "NOT before a state in capitals",
		why:  "an indented NOT before a word in capitals is a state's negation under its record (Quartz.NET's meta-data), no notice padded to five; NOT before plain words stays a level",
		entries: []worldEntry{
			we("2026-11-22T10:11:00.1Z", Info, "",
				"2026/11/22 10:11:00:100 [INFO]  Jobs.Scheduler - Scheduler state:",
				"  Scheduler class: 'Jobs.Core' - running locally.",
				"  NOT STARTED.",
				"  Using thread pool 'Pool' - with 4 threads."),
		},
	},
	{
		name: "NOT before a state in capitals, alone",
		why:  "NOT OK is a state; NOT before plain words is a notice's short name",
		entries: []worldEntry{
			we("", Unknown, "", "NOT OK"),
			we("", Notice, "", "NOT link state changed"),
		},
	},
	{
		name: "Ruby's Time#to_s as a key=value time",
		why:  "an unquoted time= value with blanks, its clock and offset after the date, is the record's time wherever the pair stands",
		entries: []worldEntry{
			we("2026-11-22T09:12:00Z", Unknown, "", "method=GET path=/health status=200 duration=1.20 time=2026-11-22 10:12:00 +0100 request_id=77aa"),
			we("2026-11-22T10:12:01Z", Unknown, "", "method=GET path=/health status=200 duration=1.10 time=2026-11-22 10:12:01 UTC request_id=77ab"),
			we("2026-11-22T15:12:02Z", Info, "", "time=2026-11-22 10:12:02 -05:00 level=info msg=spaced offset with a colon"),
			we("2026-11-22T15:12:03Z", Info, "", "time=2026-11-22 10:12:03 EST level=info msg=an abbreviation"),
		},
	},
	{
		name: "sd-daemon's prefix behind a runtime's time",
		why:  "<N> glued after a container runtime's time is the program's journald priority",
		entries: []worldEntry{
			we("2026-11-22T10:13:00.100200300Z", Warn, "", "2026-11-22T10:13:00.100200300Z <4>ledger@ledger-0 <0.77.0> -------- shard map stale"),
			we("2026-11-22T10:13:01.200300400Z", Error, "", "2026-11-22T10:13:01.200300400Z <3>ledger@ledger-0 <0.78.0> 9f2 req_err(77) badarg"),
		},
	},
	{
		name: "padded levels and columns behind one runtime stamp",
		why:  "conmon (CRI-O, Podman) stamps every line of one read alike: a line indented by a padded level or a right-aligned column is a record of its own, whatever its stamp",
		entries: []worldEntry{
			we("2026-11-22T10:13:05.482913004Z", Error, "", "2026-11-22T10:13:05.482913004+00:00 ERROR api::db: pool exhausted"),
			we("2026-11-22T10:13:05.482913004Z", Warn, "", "2026-11-22T10:13:05.482913004+00:00  WARN api::db: retrying in 500ms"),
			we("2026-11-22T10:13:05.482913004Z", Info, "", "2026-11-22T10:13:05.482913004+00:00  INFO api::http: GET /health 200"),
		},
	},
	{
		name: "a facility and a priority glued before the date",
		why:  "NetBSD's syslogd -v stores <facility.priority>, as names or numbers, right before the line's date: the priority is the level; a PRI's number alone stays the syslog parsers'",
		entries: []worldEntry{
			we("2026-11-22T10:14:00Z", Error, "gw-9", "<daemon.err>Nov 22 10:14:00 gw-9 dhcpcd[77]: no lease on wm0"),
			we("2026-11-22T10:14:01Z", Warn, "gw-9", "<3.4>2026-11-22T10:14:01Z gw-9 ntpd 78 - - clock step 0.9 s"),
		},
	},
	{
		name: "SqlException's trailer after its frames",
		why:  "SqlException.ToString writes ClientConnectionId and Error Number after the stack trace, unindented: they are the trace's, also in a source whose records carry no time",
		entries: []worldEntry{
			we("", Error, "",
				"88 [3] ERROR Billing.Store - save failed",
				"System.Data.SqlClient.SqlException (0x80131904): Timeout expired.",
				"   at Billing.Store.Save(Invoice i) in C:\\src\\Store.cs:line 12",
				"ClientConnectionId:0a1b2c3d-0000-4000-8000-0a1b2c3d4e5f",
				"Error Number:-2,State:0,Class:11"),
			we("", Info, "", "90 [3] INFO Billing.Store - retrying"),
		},
	},
	{
		name: "the fourth adversarial try: states, bars, CPU shares and nested messages",
		why:  "NOT before a state in capitals after a time is no notice; the bar glued to a padded level's text closes the field; us= before sy= is a CPU's share; Asterisk's message is logmsg's",
		entries: []worldEntry{
			we("2026-11-22T10:15:00Z", Unknown, "", "2026-11-22 10:15:00 NOT OK"),
			we("2026-11-22T10:15:01Z", Notice, "", "2026-11-22 10:15:01 NOT link state changed"),
			we("2026-11-22T10:15:02Z", Unknown, "", "Sun Nov 22 10:15:02 2026 us=12 sy=3 id=85 wa=0"),
		},
	},
	{
		name: "fields between bars with pairs in their last one",
		why:  "a first key that bars run into is no logfmt key: Rundeck's events keep their level field between bars, a pair list inside braces after it",
		entries: []worldEntry{
			we("2026-11-22T10:16:00Z", Unknown, "", "^2026-11-22T10:16:00Z|||{node=app-3|step=1|stepctx=1|user=ops}|Unpacking files...^"),
			we("2026-11-22T10:16:01Z", Warn, "", "^2026-11-22T10:16:01Z||WARN|{node=app-3|step=1|stepctx=1|user=ops}|Disk 91% full^"),
			we("2026-11-22T10:16:02Z", Error, "", "^2026-11-22T10:16:02Z||ERROR|{node=app-3|step=1|stepctx=1|user=ops}|Step failed^"),
		},
	},
	{
		name: "a syslog datagram kept whole in a collector's JSON",
		why:  "Vector's, Filebeat's and Promtail's records keep the sender's datagram as their message (Loki's under line): its PRI's severity is the record's level; a line number under line is none",
		entries: []worldEntry{
			we("2026-11-22T10:17:00.5Z", Warn, "10.9.0.1", `{"host":"10.9.0.1","message":"<188>date=2026-11-22 time=11:17:00 devname=\"fw-7\" type=\"event\"","timestamp":"2026-11-22T10:17:00.5Z"}`),
			we("2026-11-22T10:17:01Z", Error, "", `{"labels":{"job":"syslog"},"line":"\u003c11\u003e1 2026-11-22T10:17:01Z - app - - - disk failed","timestamp":"2026-11-22T10:17:01Z"}`),
			we("2026-11-22T10:17:02Z", Error, "", `{"time":"2026-11-22T10:17:02Z","file":"main.go","line":42,"level":"error","msg":"boom"}`),
		},
	},
	{
		name: "levels in lower case right-aligned to one colon",
		why:  "CFEngine pads its level to eight and a colon: a line aligned to the record above's colon is a message of its own; an indented line of text under it is that message's",
		entries: []worldEntry{
			we("", Info, "", "    info: Repaired file '/etc/motd'"),
			we("", Error, "",
				"   error: Command '/usr/sbin/restorecon' failed, returned 2",
				"    because the path is missing"),
			we("", Warn, "", " warning: Skipping promise on missing file"),
		},
	},
	{
		name: "an event's severity key by its suffix",
		why:  "eventSeverity and alert_severity name the record's own level, as eventLevel does; a vulnerability's severity is the finding's",
		entries: []worldEntry{
			we("2026-11-22T10:18:00Z", Warn, "", `{"eventSeverity":"WARNING","type":"LoginFailure","timestamp":"2026-11-22T10:18:00Z","description":"bad password"}`),
			we("2026-11-22T10:18:01Z", Unknown, "", `{"vuln_severity":"critical","timestamp":"2026-11-22T10:18:01Z","msg":"scan done"}`),
		},
	},
	{
		name: "an error report's blocks quoting a syslog line",
		why:  "errpt -a puts the syslog line it was handed under Detail Data, after the block's labelled time: the line is the block's, the next rule heads the next block; the Type field gives the level (PERM an error, TEMP a warning, UNKN none)",
		entries: []worldEntry{
			we("2026-11-22T10:19:00Z", Unknown, "aixdb07",
				"----------------------------------------------------------------",
				"LABEL:          SYSLOG",
				"IDENTIFIER:     C6ACA566",
				"",
				"Date/Time:       Sun Nov 22 10:19:00 UTC 2026",
				"Node Id:         aixdb07",
				"Type:            UNKN",
				"",
				"Detail Data",
				"SYSLOG MESSAGE",
				"<131>Nov 22 10:19:00 cron[4456]: job backup.sh exited 3"),
			we("2026-11-22T10:20:00Z", Error, "aixdb07",
				"----------------------------------------------------------------",
				"LABEL:          SC_DISK_ERR2",
				"IDENTIFIER:     B6267342",
				"",
				"Date/Time:       Sun Nov 22 10:20:00 UTC 2026",
				"Node Id:         aixdb07",
				"Type:            PERM",
				"",
				"Description",
				"DISK OPERATION ERROR"),
			we("2026-11-22T10:21:00Z", Warn, "aixdb07",
				"----------------------------------------------------------------",
				"LABEL:          SC_DISK_ERR4",
				"IDENTIFIER:     DCB47997",
				"",
				"Date/Time:       Sun Nov 22 10:21:00 UTC 2026",
				"Node Id:         aixdb07",
				"Type:            TEMP"),
		},
	},
	{
		name: "a banner's labelled time over a log of syslog lines",
		why:  "a rule above a labelled time heads blocks only while no log of timed lines goes on below it: the syslog lines are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "----------------------------------------"),
			we("2026-11-22T10:22:00Z", Unknown, "", "Start time: Sun Nov 22 10:22:00 UTC 2026"),
			we("2026-11-22T10:22:01Z", Info, "build3", "<14>Nov 22 10:22:01 build3 app: first"),
			we("2026-11-22T10:22:02Z", Info, "build3", "<14>Nov 22 10:22:02 build3 app: second"),
		},
	},
	{
		name: "a time of day after a level and a thread",
		why:  "log4j's %-5p [%t] %d{HH:mm:ss,SSS} puts the clock third, with its milliseconds: the clock's day; without a fraction the clock may be a duration the message opens with",
		entries: []worldEntry{
			we("2026-11-29T09:12:40.118Z", Info, "", "INFO  [main] 09:12:40,118 org.example.convert.Server Listening on 9998"),
			we("2026-11-29T09:12:41.5Z", Error, "", "ERROR [worker-7] 09:12:41.500 org.example.convert.Job conversion failed"),
			we("", Warn, "", "WARN  [backup] 00:01:05 elapsed, still copying"),
		},
	},
	{
		name: "message ids that close or hold their severity letter",
		why:  "Hitachi's KAVS1801-I sets the letter off with a dash, AutoSys' CAUAJM_W_40246 holds it between underscores, HCL Workload Scheduler's AWSBHT061E has six capitals; after a bracketed time too; a code before a plain word is none",
		entries: []worldEntry{
			we("2026-11-22T10:23:00Z", Info, "", "2026-11-22 10:23:00 KAVS1801-I jobhost4"),
			we("2026-11-22T10:23:01Z", Warn, "", "[11/22/2026 10:23:01]   CAUAJM_W_40246 EVENT: ALARM  JOB: nightly_load"),
			we("2026-11-22T10:23:02Z", Error, "", "2026-11-22 10:23:02 AWSBHT061E Batchman found a job stopped: ETL#LOAD"),
			we("2026-11-22T10:23:03Z", Unknown, "", "2026-11-22 10:23:03 PART7731E shipped to the warehouse"),
		},
	},
	{
		name: "a pretty-printed array's brackets on lines of their own",
		why:  "a CLI's --json prints its records as an array, each element's brace on a line of its own: each element is a record from its brace, the brackets lines of their own",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-22T10:24:00Z", Warn, "",
				"  {",
				`    "when": "2026-11-22T10:24:00Z",`,
				`    "severity": "warning",`,
				`    "text": "replica lag 12s"`,
				"  },"),
			we("2026-11-22T10:24:05Z", Info, "",
				"  {",
				`    "when": "2026-11-22T10:24:05Z",`,
				`    "severity": "info",`,
				`    "text": "replica caught up"`,
				"  }"),
			wskip("]"),
		},
	},
	{
		name: "syslog rows under a header of pipes",
		why:  "sqlite3's list mode sets its columns off by pipes: the header names the host column; a row's host is there",
		entries: []worldEntry{
			wskip("date|facility|level|host|program|message"),
			we("2026-11-22T10:25:00Z", Error, "files-2", "2026-11-22 10:25:00|daemon|err|files-2|nfsd|lease expired for client 3"),
			we("2026-11-22T10:25:04Z", Info, "edge-9", "2026-11-22 10:25:04|auth|info|edge-9|sshd|session opened for user ops"),
		},
	},
	{
		name: "protocol fields under a tab header",
		why:  "tshark -T fields names its columns after their protocol: syslog.level holds the severity as a digit, syslog.hostname the host, frame.time_epoch the time; ip.src is the packet's source, no host",
		entries: []worldEntry{
			wskip("frame.time_epoch\tip.src\tsyslog.level\tsyslog.hostname\tsyslog.msg"),
			we("2026-11-22T10:26:00.5Z", Warn, "vpn-4", "1795343160.500000000\t10.8.0.4\t4\tvpn-4\ttunnel 7 rekey slow"),
			we("2026-11-22T10:26:01Z", Error, "", "1795343161.000000000\t10.8.0.5\t3\t\tdisk quota exceeded"),
		},
	},
	{
		name: "rsyslog's table in the mysql client's box",
		why:  "SystemEvents keeps the severity as a digit in Priority and the sender in FromHost",
		entries: []worldEntry{
			wskip("+----+---------------------+----------+---------+-------------------+",
				"| ID | DeviceReportedTime  | Priority | FromHost| Message           |",
				"+----+---------------------+----------+---------+-------------------+"),
			we("2026-11-22T10:27:00Z", Error, "db-4", "|  7 | 2026-11-22 10:27:00 |        3 | db-4    | replication broke |"),
			we("2026-11-22T10:27:09Z", Notice, "sw-2", "|  8 | 2026-11-22 10:27:09 |        5 | sw-2    | port 4 down       |"),
			wskip("+----+---------------------+----------+---------+-------------------+"),
		},
	},
	{
		name: "a job's start in a cluster's REST listing",
		why:  "YARN's startedTime and Flink's start-time hold the record's time in epoch milliseconds, below any other time key",
		entries: []worldEntry{
			we("2026-11-22T10:26:00Z", Unknown, "", `{"id":"application_1795000000000_0007","state":"RUNNING","startedTime":1795343160000,"finishedTime":0}`),
			we("2026-11-22T10:26:00Z", Unknown, "", `{"jid":"7a1c","name":"etl","start-time":1795343160000,"end-time":-1,"state":"RUNNING"}`),
			we("2026-11-22T10:26:01Z", Unknown, "", `{"timestamp":"2026-11-22T10:26:01Z","startTime":1795343100000,"msg":"job polled"}`),
		},
	},
	{
		name: "a compact date and clock around a slash",
		why:  "Automic's work processes stamp yyyyMMdd/HHmmss.mmm; a path's date and clock, without the fraction or inside a path, are none; information after a word is a noun, no level",
		entries: []worldEntry{
			we("2026-11-22T10:28:00.125Z", Unknown, "", "20261122/102800.125 - U00003400 Server 'AE#WP002' has been started."),
			we("2026-11-22T10:28:01.5Z", Unknown, "", "20261122/102801.500 - U02000066 Host information: Host name='wp-2'"),
		},
	},
	{
		name: "a compact date and clock inside a path",
		why:  "a date and clock in a path's directories are the path's, no time",
		entries: []worldEntry{
			we("", Unknown, "", "archived to /backup/20261122/102800.125 done"),
		},
	},
	{
		name: "python's three-letter level names before the time",
		why:  "%(levelname).3s cuts DEBUG and CRITICAL to DEB and CRI: opening the line before its time they are levels",
		entries: []worldEntry{
			we("2026-11-22T10:29:00.1Z", Debug, "", "DEB [20261122-10:29:00.100] thr=2   sftp.client: opened /srv/in"),
			we("2026-11-22T10:29:01.2Z", Critical, "", "CRI [20261122-10:29:01.200] thr=2   sftp.client: channel lost"),
		},
	},
	{
		name: "a level in capitals after a bracketed time, where the source learned it before the time",
		why:  "the JDK's javax.net.debug lines write their level before their time; the broker's own lines in the same file write it after their bracketed time, a column of its own",
		entries: []worldEntry{
			we("2026-11-22T10:30:00.1Z", Debug, "", "javax.net.ssl|DEBUG|1F|io-thread-2|2026-11-22 10:30:00.100 UTC|Finished.java:520|Consuming finished"),
			we("2026-11-22T10:30:00.2Z", Warn, "", "javax.net.ssl|WARNING|1F|io-thread-2|2026-11-22 10:30:00.200 UTC|Alert.java:125|Received close_notify"),
			we("2026-11-22T10:30:00.3Z", Debug, "", "javax.net.ssl|DEBUG|1F|io-thread-2|2026-11-22 10:30:00.300 UTC|Finished.java:611|Produced finished"),
			we("2026-11-22T10:30:00.4Z", Debug, "", "javax.net.ssl|DEBUG|1F|io-thread-2|2026-11-22 10:30:00.400 UTC|Finished.java:612|Consumed"),
			we("2026-11-22T10:30:00.5Z", Debug, "", "[2026-11-22 10:30:00,500] DEBUG [SocketServer listenerType=BROKER] handshake done (kafka.network.Processor)"),
		},
	},
	{
		name: "a payload under a line stamped with the time since start",
		why:  "a trace stamped with the program's elapsed time (its first line at 00:00:00) is a log of stamped records: an XML body dumped at the margin under one is its text; the elapsed clock is no time",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:00.004: ESCL: probing 10.1.4.20:443"),
			we("", Unknown, "",
				"00:00:01.310: ESCL: reply received:",
				"<scan:ScannerStatus xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\">",
				"  <scan:State>Idle</scan:State>",
				"</scan:ScannerStatus>"),
			we("", Unknown, "", "00:00:01.402: ESCL: scanner idle"),
		},
	},
	{
		name: "a dump's section title after a list's last block",
		why:  "a title between runs of equals signs heads the dump's next section: it is no field or text of the block above it",
		entries: []worldEntry{
			we("2026-11-22T10:31:00Z", Unknown, "",
				"Service:        applinks",
				"Domain:         a.example.net",
				"Last Checked:   2026-11-22 10:31:00 +0000",
				"----------------------------------------"),
			we("2026-11-22T10:31:05Z", Unknown, "",
				"Service:        applinks",
				"Domain:         b.example.net",
				"Last Checked:   2026-11-22 10:31:05 +0000"),
			wskip("============== CACHE =============="),
		},
	},
	{
		name: "a section title between timed records",
		why:  "a title between runs of equals signs is no text of the timed record above it",
		entries: []worldEntry{
			we("2026-11-22T10:32:00Z", Info, "", "2026-11-22 10:32:00 INFO collecting state"),
			we("", Unknown, "", "===== SUMMARY ====="),
			we("2026-11-22T10:32:01Z", Info, "", "2026-11-22 10:32:01 INFO 3 checks passed"),
		},
	},
	{
		name: "indented timed lines behind a short tag under an untimed heading",
		why:  "a dump's history prints each event indented under its heading, a kind's letter in brackets before its time: each is a record",
		entries: []worldEntry{
			wskip("mTuner: ", "  tune history:"),
			we("2026-11-22T10:33:00Z", Unknown, "", "    [H] time=2026-11-22 10:33:00 channel=41 ok"),
			we("2026-11-22T10:33:04Z", Unknown, "", "    [R] time=2026-11-22 10:33:04 signal lost"),
		},
	},
	{
		name: "a connection's PROXY line above syslog datagrams",
		why:  "the PROXY protocol's header line names a connection with its numbers: no block's header, since a syslog datagram with its PRI is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "PROXY TCP4 10.9.1.7 10.9.0.2 40222 514"),
			we("2026-11-22T10:34:00Z", Error, "db-3", "<11>Nov 22 10:34:00 db-3 pgbouncer[77]: pooler error: no more connections"),
			we("2026-11-22T10:34:02Z", Info, "db-3", "<14>Nov 22 10:34:02 db-3 pgbouncer[77]: stats: 12 xacts/s"),
		},
	},
	{
		name: "a job's priority under a header of pipes is no severity",
		why:  "a Priority column is syslog's severity only in rsyslog's SystemEvents, beside its FromHost: Slurm's sacct -P and a ticket table's priorities are no levels",
		entries: []worldEntry{
			wskip("JobID|JobName|Partition|State|Start|End|Priority"),
			we("2026-11-22T10:35:00Z", Unknown, "", "7710|train|gpu|COMPLETED|2026-11-22T10:35:00|2026-11-22T11:35:00|1"),
			we("2026-11-22T10:36:00Z", Unknown, "", "7711|prep|cpu|COMPLETED|2026-11-22T10:36:00|2026-11-22T10:37:00|0"),
		},
	},
	{
		name: "rsyslog's table as sqlite3's list mode prints it",
		why:  "SystemEvents names its sender FromHost and its severity Priority, a digit, beside ReceivedAt",
		entries: []worldEntry{
			wskip("ID|ReceivedAt|Facility|Priority|FromHost|Message"),
			we("2026-11-22T10:37:00Z", Error, "mail-2", "41|2026-11-22 10:37:00|2|3|mail-2|queue file write error"),
			we("2026-11-22T10:37:05Z", Info, "mail-2", "42|2026-11-22 10:37:05|2|6|mail-2|queue flushed"),
		},
	},
	{
		name: "another protocol's host field in tshark's columns",
		why:  "http.host is the request's Host header, no machine that logged: only the syslog dissector's hostname is a host",
		entries: []worldEntry{
			wskip("frame.time_epoch\tip.src\thttp.host\thttp.request.uri"),
			we("2026-11-22T10:26:00Z", Unknown, "", "1795343160.000000000\t10.8.0.4\twww.example.org\t/index.html"),
		},
	},
	{
		name: "a ticket table's priority in the mysql client's box",
		why:  "a priority column without rsyslog's FromHost beside it is no severity, and makes no table of events",
		entries: []worldEntry{
			wskip("+----+----------+-----------------+",
				"| id | priority | title           |",
				"+----+----------+-----------------+"),
			we("", Unknown, "", "|  1 |        1 | Fix login page  |"),
			we("", Unknown, "", "|  2 |        3 | Rotate the keys |"),
			wskip("+----+----------+-----------------+"),
		},
	},
	{
		name: "a wrapper's block holding its job's own log line",
		why:  "a rule above a labelled date does not make the job's timed line a block's quote: the line keeps its level",
		entries: []worldEntry{
			wskip("------------------------------------------------------------", "Job: rotate-db"),
			we("2026-11-22T10:38:00Z", Unknown, "", "Date: Sun Nov 22 10:38:00 UTC 2026"),
			we("2026-11-22T10:38:00.2Z", Error, "",
				"2026-11-22 10:38:00,200 ERROR rsync failed: disk full",
				"------------------------------------------------------------",
				"Job: rotate-db"),
			we("2026-11-22T11:38:00Z", Unknown, "", "Date: Sun Nov 22 11:38:00 UTC 2026"),
			we("2026-11-22T11:38:00.5Z", Info, "", "2026-11-22 11:38:00,500 INFO rotation done"),
		},
	},
	{
		name: "ids with a letter after a dash or between underscores before a plain word",
		why:  "a part's or a status constant's letter before a word in lower case is no severity; Hitachi's own ids open with KA",
		entries: []worldEntry{
			we("2026-11-22T10:39:00Z", Unknown, "", "2026-11-22 10:39:00 PART1234-W replaced by tech"),
			we("2026-11-22T10:39:01Z", Unknown, "", "2026-11-22 10:39:01 STATUS_E_0001 returned by driver, retrying"),
			we("2026-11-22T10:39:02Z", Unknown, "", "2026-11-22 10:39:02 ORDER4411-S shipped to warehouse 3"),
		},
	},
	{
		name: "a path of a date and a clock with more after its fraction",
		why:  "Automic's stamp ends at its fraction; a file's name that goes on (\"….0001.log\", \"….204.part:\") is no time",
		entries: []worldEntry{
			we("", Unknown, "", "Archiving 20261122/103900.0001.log to cold storage"),
		},
	},
	{
		name: "logrus' pairs behind journalctl's with-unit header",
		why:  "the header's weekday and zone abbreviation are no sentence's words: logrus' level= after its own time= is the record's level",
		entries: []worldEntry{
			we("2026-11-22T15:40:00Z", Warn, "build-4", `Sun 2026-11-22 10:40:00 EST build-4 worker.service[812]: time="2026-11-22T10:40:00-05:00" level=warning msg="queue slow"`),
			we("2026-11-22T15:40:01Z", Unknown, "build-4", "Sun 2026-11-22 10:40:01 EST build-4 sshd.service[90]: Failed password for invalid user level=debug from 10.0.0.9"),
		},
	},
	{
		name: "right-aligned epochs behind logcat's colours",
		why:  "logcat -v epoch,color pads the epoch to nineteen places behind each line's colour: every line with its own epoch is a record",
		entries: []worldEntry{
			we("2026-11-22T10:26:00.1Z", Info, "", "\x1b[32m         1795343160.100  2201  2230 I Launcher: resumed\x1b[0m"),
			we("2026-11-22T10:26:00.2Z", Error, "", "\x1b[31m         1795343160.200  2201  2230 E Launcher: widget crashed\x1b[0m"),
			we("2026-11-22T10:26:00.3Z", Trace, "", "         1795343160.300  2201  2230 V Launcher: frame"),
		},
	},
	{
		name: "a day-first date and clock set apart by underscores",
		why:  "Telegram's FileLog and its forks stamp dd_MM_yyyy_HH_mm_ss.SSS before an Android-style letter and tag; an id of the same digits in other places is none",
		entries: []worldEntry{
			we("2026-11-22T10:41:00.25Z", Error, "", "22_11_2026_10_41_00.250 E/tmessages: file load failed"),
			we("2026-11-22T10:41:01Z", Debug, "", "22_11_2026_10_41_01.000 D/tmessages: retry"),
		},
	},
	{
		name: "digits set apart by underscores that are no date",
		why:  "a 42nd day is none: the line has no time",
		entries: []worldEntry{
			we("", Unknown, "", "42_11_2026_10_41_01 is no date"),
		},
	},
	{
		name: "an object's id before a dated column is no machine",
		why:  "yarn container -list's first column is the container's id, underscores and a long run of digits: no host, where a parallel shell's node name before a dated line is one",
		entries: []worldEntry{
			we("2026-11-22T09:42:00Z", Unknown, "", "container_e02_1795000000000_0007_01_000001\tSun Nov 22 10:42:00 +0100 2026\t N/A\t RUNNING"),
		},
	},
	{
		name: "a node's name before a dated line",
		why:  "clush's and pdsh's prefix names the node the line comes from",
		entries: []worldEntry{
			we("2026-11-22T10:42:00.1Z", Unknown, "cn042", "cn042: [2026-11-22T10:42:00.100] slurmd started"),
		},
	},
	{
		name: "an array of records under a key of a wrapping object",
		why:  "util-linux's --json writer wraps its array in an object under the tool's key and opens each element after the first on the line that closes the one before: each element is a record",
		entries: []worldEntry{
			wskip("{", `   "events": [`),
			we("2026-11-22T10:43:00Z", Warn, "",
				`      {`,
				`         "ts": "2026-11-22T10:43:00Z",`,
				`         "level": "warning",`,
				`         "msg": "link flapping"`),
			we("2026-11-22T10:43:05Z", Info, "",
				`      },{`,
				`         "ts": "2026-11-22T10:43:05Z",`,
				`         "level": "info",`,
				`         "msg": "link stable"`,
				`      }`),
			wskip(`   ]`, "}"),
		},
	},
	{
		name: "java.util.logging's two-line records after untimed ones",
		why:  "after a report of untimed records, JUL's level line under its timed line is still that record's half",
		entries: []worldEntry{
			we("2026-11-22T10:44:00Z", Info, "",
				"Nov 22, 2026 10:44:00 AM org.apache.catalina.startup.Catalina load",
				"INFO: Initialization processed in 702 ms",
				""),
			we("", Error, "", "ERROR: the service could not start", ""),
			we("", Unknown, "", "REASON: E0103: could not load the service classes", ""),
			we("", Unknown, "", "-----------------------------------------------------", ""),
			we("2026-11-22T10:44:05Z", Info, "",
				"Nov 22, 2026 10:44:05 AM org.apache.catalina.startup.Catalina start",
				"INFO: Server startup in 4120 ms"),
		},
	},
	{
		name: "a device's prompt and command between monitored logs",
		why:  "a copied CLI session shows the prompt with the command typed after it between the logs a terminal monitor printed: no text of the record above it",
		entries: []worldEntry{
			we("2026-11-22T10:45:00Z", Notice, "", "*Nov 22 10:45:00.000: %SYS-5-CONFIG_I: Configured from console by admin on vty0"),
			we("", Unknown, "", "edge-rtr2(config-if)#shutdown"),
			we("2026-11-22T10:45:03Z", Error, "", "*Nov 22 10:45:03.000: %LINK-3-UPDOWN: Interface Gi0/2, changed state to down"),
			we("", Unknown, "", "edge-rtr2#show clock"),
		},
	},
	{
		name: "a fragment's hash in a continuation is no prompt",
		why:  "a word with a hash and no device's name before it is the record's text",
		entries: []worldEntry{
			we("2026-11-22T10:46:00Z", Warn, "",
				"2026-11-22 10:46:00 WARN broken link on page",
				"index.html#section"),
		},
	},
	{
		name: "an alarm's three-letter severity beside INF and CRT",
		why:  "a SEL listing's severity column spells minor and major MIN and MAJ beside its INF and CRT: a warning and an error",
		entries: []worldEntry{
			we("2026-11-22T10:47:00Z", Info, "", "0011 11/22/26 10:47:00 INF BMC  Fan #40  Lo Noncrit thresh OK act=20 thr=18"),
			we("2026-11-22T10:47:05Z", Warn, "", "0012 11/22/26 10:47:05 MIN BMC  Fan #40  Lo Noncrit thresh act=12 thr=18"),
			we("2026-11-22T10:47:09Z", Error, "", "0013 11/22/26 10:47:09 MAJ BMC  Fan #41  Lo Crit thresh act=04 thr=08"),
			we("2026-11-22T10:47:12Z", Critical, "", "0014 11/22/26 10:47:12 CRT BMC  Memory #60  Uncorrectable ECC 6f [01 ff ff]"),
		},
	},
	{
		name: "a statistics table's MIN column is no level",
		why:  "MIN and MAX beside numbers are a summary's columns, not severities",
		entries: []worldEntry{
			we("2026-11-22T10:48:00Z", Unknown, "", "2026-11-22 10:48:00 MIN latency 12 ms"),
			we("2026-11-22T10:48:00Z", Unknown, "", "2026-11-22 10:48:00 MAX latency 96 ms"),
			we("2026-11-22T10:48:00Z", Unknown, "", "2026-11-22 10:48:00 AVG latency 40 ms"),
		},
	},
	{
		name: "a compact six-digit date whose year is still to come is day first",
		why:  "281126 read year first is a day of 2028; read day first it is last week's, as BMC's IOA Log writes it",
		entries: []worldEntry{
			we("2026-11-28T10:49:00Z", Unknown, "", "281126 104900 281126 OPSUSR   job PAY01 ended OK"),
			we("2026-11-28T10:49:07Z", Unknown, "", "281126 104907 281126 OPSUSR   job PAY02 started"),
		},
	},
	{
		name: "a compact six-digit date that reads year first stays so",
		why:  "Hadoop's 081109 is the ninth of November 2008, the year first",
		entries: []worldEntry{
			we("2008-11-09T20:36:15Z", Info, "", "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865 terminating"),
		},
	},
	{
		name: "a message id set off the clock by a colon",
		why:  "small-business switches write \" :%FAC-L-MNEMONIC:\" after the clock; the letter is the level",
		entries: []worldEntry{
			we("2026-11-22T10:50:00Z", Warn, "", "22-Nov-2026 10:50:00 :%LINK-W-Down:  gi1/0/7"),
			we("2026-11-22T10:50:04Z", Info, "", "22-Nov-2026 10:50:04 :%LINK-I-Up:  gi1/0/7"),
		},
	},
	{
		name: "a facility and a severity's word glued by a dash after the clock",
		why:  "a media gateway's session log writes \"FACILITY-Severity:\" glued to the clock's colon",
		entries: []worldEntry{
			we("2026-11-22T10:51:00Z", Warn, "", "11/22/2026,10:51:00:POWER-Warning: Supply 2 input lost"),
			we("2026-11-22T10:51:09Z", Info, "", "11/22/2026,10:51:09:SECURITY-Informational: User ops logged out"),
		},
	},
	{
		name: "a dashed name with a word that is no level",
		why:  "\"HTTP-Gateway:\" is a component's name, not a severity",
		entries: []worldEntry{
			we("2026-11-22T10:52:00Z", Unknown, "", "2026-11-22 10:52:00 HTTP-Gateway: listening on 8080"),
		},
	},
	{
		name: "a container's short id before each line",
		why:  "podman's logs over several containers put the container's id cut to twelve characters first; the record behind it keeps its own level",
		entries: []worldEntry{
			we("2026-11-22T10:53:00.101Z", Notice, "", "a3f09b12c4de 1:M 22 Nov 2026 10:53:00.101 * Background saving started by pid 77"),
			we("2026-11-22T10:53:01.230Z", Warn, "", "0b7e61d2aa90 1:S 22 Nov 2026 10:53:01.230 # Connection with master lost."),
		},
	},
	{
		name: "a commit's abbreviated hash before its subject is no column",
		why:  "only a number or a time follows a container's id; a subject's word is a commit's text",
		entries: []worldEntry{
			we("", Unknown, "", "a3f09b12c4de fix: warn when the cache is cold"),
		},
	},
	{
		name: "a hosted service's key before the syslog datagram",
		why:  "relays shipping to a hosted service write the account's key, bare or in brackets, before the PRI: the header behind it keeps its level and host",
		entries: []worldEntry{
			we("2026-11-22T10:54:00Z", Error, "gw-04", "f00dcafe1234beef5678abcd90ef1234 <27>1 2026-11-22T10:54:00Z gw-04 relayd - - - backend pool api down"),
			we("2026-11-22T10:54:02Z", Warn, "gw-04", "[QpWmErTyUiOpAsDfGhJkLzXc] <28>1 2026-11-22T10:54:02Z gw-04 relayd - - - backend pool api slow"),
		},
	},
	{
		name: "a rule above an untimed line in a log of rule-headed records",
		why:  "where each record is a rule with its timed line right under it, a rule above an untimed line heads none: a banner's, whatever was learned before",
		entries: []worldEntry{
			we("2026-11-22T10:55:00Z", Error, "", "------", "2026-11-22T10:55:00 ERROR Zope.SiteErrorLog https://cms.example/edit", "Traceback (innermost last):", "  Module ZPublisher.Publish, line 144, in publish"),
			we("2026-11-22T10:55:05Z", Warn, "", "------", "2026-11-22T10:55:05 WARNING ZODB.Connection slow commit"),
			we("", Unknown, "", "------"),
			we("", Unknown, "", "Restarting the instance after the upgrade"),
			we("2026-11-22T10:55:40Z", Info, "", "------", "2026-11-22T10:55:40 INFO Zope Ready to handle requests"),
		},
	},
	{
		name: "an epoch under ts and its unit",
		why:  "change-data-capture events and Kafka tools name their epoch ts_ms, ts_us or ts_ns, the unit in the key",
		entries: []worldEntry{
			we("2026-11-22T10:56:00.117Z", Unknown, "", `{"op":"u","table":"orders","ts_ms":1795344960117}`),
			we("2026-11-22T10:56:01.204118Z", Unknown, "", `{"op":"c","table":"orders","ts_us":1795344961204118}`),
		},
	},
	{
		name: "a job's file named with its epoch is no host",
		why:  "at's queue names a job by its owner, its epoch and its queue letter: no machine's name before the date",
		entries: []worldEntry{
			we("2026-11-22T15:00:00Z", Unknown, "", "deploy.1795359600.b\tSun Nov 22 10:00:00 EST 2026"),
			we("2026-11-22T20:00:00Z", Unknown, "", "deploy.1795377600.b\tSun Nov 22 15:00:00 EST 2026"),
		},
	},
	{
		name: "a program's own output under a rule between its log's lines",
		why:  "a console sink frames each batch with dashed rules under the log line before it: the block, up to the next timed line, is a record of its own",
		entries: []worldEntry{
			we("2026-11-22T10:57:00Z", Info, "", "26/11/22 10:57:00 INFO MicroBatchExecution: Streaming query made progress"),
			we("", Unknown, "",
				"-------------------------------------------",
				"Batch: 7",
				"-------------------------------------------",
				"+----+-----+",
				"|shop|total|",
				"+----+-----+",
				"|  de|   41|",
				"+----+-----+",
				""),
			we("2026-11-22T10:57:05Z", Warn, "", "26/11/22 10:57:05 WARN ProcessingTimeExecutor: Current batch is falling behind"),
		},
	},
	{
		name: "a rule under a line that announces what follows",
		why:  "a log line ending with a colon introduces the rule and lines under it: its own text",
		entries: []worldEntry{
			we("2026-11-22T10:58:00Z", Info, "",
				"26/11/22 10:58:00 INFO ConfigPrinter: effective settings:",
				"-------------------------------------------",
				"spark.executor.memory = 4g",
				"-------------------------------------------"),
			we("2026-11-22T10:58:02Z", Info, "", "26/11/22 10:58:02 INFO SparkContext: Running Spark version 4.0.1"),
		},
	},
	{
		name: "a syslog tag longer than sixty-four characters",
		why:  "journald takes any identifier, and container managers name theirs after a cluster's id, a service and a host: the tag still ends at its pid",
		entries: []worldEntry{
			we("2026-11-22T10:59:00Z", Warn, "osd-7", "Nov 22 10:59:00 osd-7 ceph-0d2e4f6a-1b3c-11f1-8e2a-5254001a2b3c-rgw-objstore-zone-a-osd-7-kqzvxw[3321]: 2026-11-22T10:59:00.412+0000 7f1c WARNING slow request on bucket index"),
		},
	},
	{
		name: "a kernel component's error behind a stamped console's uptime",
		why:  "a console logger stamps each kernel line, its uptime bracket kept: the component's Error after it is the level",
		entries: []worldEntry{
			we("2026-11-22T11:00:00Z", Error, "", "2026-11-22 11:00:00 [ 8812.004411] LustreError: 11-0: scratch-OST0004-osc: operation ost_connect failed: rc = -16"),
			we("2026-11-22T11:00:03Z", Unknown, "", "2026-11-22 11:00:03 [ 8815.117302] Lustre: scratch-OST0004-osc: Connection restored"),
		},
	},
	{
		name: "an installer's level letter glued to its message number after the time",
		why:  "a bootstrapper's log writes i, w or e before a three-digit message number right after the time's bracket",
		entries: []worldEntry{
			we("2026-11-22T11:01:00Z", Info, "", "[0F1C:2A30][2026-11-22T11:01:00]i052: Detected package: NetFx48, state: Present"),
			we("2026-11-22T11:01:02Z", Warn, "", "[0F1C:2A30][2026-11-22T11:01:02]w120: Detected partially cached package: AgentX64"),
			we("2026-11-22T11:01:05Z", Error, "", "[0F1C:3B10][2026-11-22T11:01:05]e000: Error 0x80070643: Failed to install MSI package."),
		},
	},
	{
		name: "a word and a number after a bracketed time are no level letter",
		why:  "only a lone letter glued to a three-digit number after the bracket is one",
		entries: []worldEntry{
			we("2026-11-22T11:02:00Z", Unknown, "", "[2026-11-22T11:02:00]ab100: queue depth sampled"),
		},
	},
	{
		name: "a labelled build's date in a header is no time",
		why:  "\"Build:[…]\" names when the program was built, not when the line was written",
		entries: []worldEntry{
			we("", Unknown, "", "* Log Sequence:7 Index:1 Build:[Mar 03 2025 10:12:44 built by: ci_release] Mode=1"),
		},
	},
	{
		name: "a record's field dump under a '+' and a tab, a date in one of its fields",
		why:  "each dumped field opens with a '+' and a tab under the line that announces it: a field's date is its value, no record's time",
		entries: []worldEntry{
			we("2026-11-22T11:03:00.118Z", Unknown, "",
				"20261122 11:03:00.118 2188 LDBX  3684 Ldb::Update Updating idRecord:",
				"+\tusn                             0x4120",
				"+\tcreateTime                      20261122 10:12:40.004 GMT",
				"+\tname                            plan.docx",
				"+"),
			we("2026-11-22T11:03:01.002Z", Unknown, "", "20261122 11:03:01.002 2188 LDBX  3684 Ldb::Commit done"),
		},
	},
	{
		name: "a 12-hour clock with CLDR's narrow no-break space before PM",
		why:  "Java 20 and ICU write U+202F between the clock and its marker: the afternoon is still the afternoon",
		entries: []worldEntry{
			we("2026-11-22T19:04:00Z", Warn, "", "Nov 22, 2026, 7:04:00\u202fPM org.example.Scheduler tick", "WARNING: job queue is backing up"),
			we("2026-11-22T07:04:05Z", Info, "", "Nov 22, 2026, 7:04:05\u202fAM org.example.Scheduler tick", "INFO: job queue drained"),
		},
	},
	{
		name: "a program's own record behind journalctl's short-full header",
		why:  "short-full writes the weekday, the ISO date and the zone before the host and the tag: the klog letter or JSON level behind them is read as behind short's",
		entries: []worldEntry{
			we("2026-11-22T10:05:00Z|2026-11-22T11:05:00.1Z", Error, "node-3", "Sun 2026-11-22 11:05:00 CET node-3 kubelet[912]: E1122 11:05:00.100000     912 pod_workers.go:1301] \"Error syncing pod\""),
			we("2026-11-22T10:05:02Z", Warn, "node-3", `Sun 2026-11-22 11:05:02 CET node-3 agent[401]: {"level":"warn","msg":"disk almost full"}`),
			we("2026-11-22T10:05:04Z", Unknown, "node-3", "Sun 2026-11-22 11:05:04 CET node-3 sshd[7710]: Accepted publickey for ops from 10.0.0.9 port 50122 ssh2"),
		},
	},
	{
		name: "LOG: with one blank opening an untimed line is no level",
		why:  "PostgreSQL pads its severity with two blanks; Exim's debug output names the log it writes to with one",
		entries: []worldEntry{
			we("", Unknown, "", "LOG: MAIN", "  <= ops@mx.example U=ops P=local S=512"),
			we("", Info, "", "LOG:  database system is ready to accept connections"),
		},
	},
	{
		name: "an indexed item's label closing its line is no level",
		why:  "a tool's heading \"Certificate[1] info:\" introduces the lines under it; info there is a label's word",
		entries: []worldEntry{
			we("", Unknown, "", "- Certificate[1] info:", " - subject `CN=relay.example', issuer `CN=Example CA', serial 0x02"),
			we("", Error, "", "- error: the certificate is not trusted"),
		},
	},
	{
		name: "the kernel's priority glued to its message after a time",
		why:  "the crash utility's log -m and raw consoles keep the kernel's <N> before each message: its severity, before any word of the message",
		entries: []worldEntry{
			we("2026-11-22T10:06:00Z", Error, "", "[Sun Nov 22 11:06:00 CET 2026] <3>INFO: task kworker/2:1:88 blocked for more than 120 seconds."),
			we("2026-11-22T10:06:02Z", Info, "", "[Sun Nov 22 11:06:02 CET 2026] <6>e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex"),
		},
	},
	{
		name: "a node's name and a colon before its JSON record",
		why:  "multi-node tools put the node that wrote a line before it: the node is the host, the record behind it keeps its time and level",
		entries: []worldEntry{
			we("2026-11-22T11:07:00.1Z", Error, "store-2", `store-2: {"level":"error","ts":"2026-11-22T11:07:00.1Z","msg":"compaction failed"}`),
			we("2026-11-22T11:07:01.2Z", Info, "store-3", `store-3: {"level":"info","ts":"2026-11-22T11:07:01.2Z","msg":"compaction done"}`),
		},
	},
	{
		name: "a column store's system log exported as JSON",
		why:  "ClickHouse's system log tables name the event's time event_time and event_time_microseconds",
		entries: []worldEntry{
			we("2026-11-22T11:08:00.412Z", Warn, "ch-2", `{"hostname":"ch-2","event_time_microseconds":"2026-11-22 11:08:00.412000","level":"Warning","message":"Merge is slow"}`),
			we("2026-11-22T11:08:03Z", Error, "ch-2", `{"hostname":"ch-2","event_time":"2026-11-22 11:08:03","level":"Error","message":"Part is broken"}`),
		},
	},
	{
		name: "a grouped table repeats its header over each group's rows",
		why:  "Format-Table over groups prints a blank line, the group's title, the header and its rule again: the last row keeps only its line, the next rows read the header's columns",
		entries: []worldEntry{
			wskip("",
				"   Source: Disk",
				"",
				"TimeCreated             Level        Message                    Computer",
				"-----------             -----        -------                    --------"),
			we("2026-11-22T11:09:00Z", Warn, "fs01", "11/22/2026 11:09:00 AM  Warning      The disk is almost full    fs01"),
			we("2026-11-22T11:09:30Z", Error, "fs02", "11/22/2026 11:09:30 AM  Error        The disk has a bad block   fs02",
				""),
			we("", Unknown, "",
				"   Source: Service Control Manager",
				"",
				"TimeCreated             Level        Message                    Computer",
				"-----------             -----        -------                    --------"),
			we("2026-11-22T11:10:00Z", Info, "fs01", "11/22/2026 11:10:00 AM  Information  The spooler started        fs01"),
		},
	},
	{
		name: "timed lines after a rule under a log line are records of the log again",
		why:  "a program's output under a rule ends at a line with a time or a level of its own, wherever the line holds it",
		entries: []worldEntry{
			we("2026-11-22T11:11:00Z", Info, "", "[2026-11-22 11:11:00] production.INFO: Import started"),
			we("", Unknown, "", "------------------------------------------------------------"),
			we("2026-11-22T11:11:01Z", Error, "", "[2026-11-22 11:11:01] production.ERROR: Import failed"),
			we("2026-11-22T11:11:02Z", Info, "", "2026-11-22 11:11:02 INFO starting batch"),
			we("", Unknown, "", "------------------------------"),
			we("", Warn, "", "WARNING: disk nearly full"),
			we("2026-11-22T11:11:05Z", Info, "", "2026-11-22 11:11:05 INFO end"),
		},
	},
	{
		name: "an error's report under a rule stays the error's",
		why:  "a logger prints an exception under its error line, a rule between them or not",
		entries: []worldEntry{
			we("2026-11-22T11:12:00.123Z", Error, "",
				"2026-11-22 11:12:00,123 ERROR [main] c.e.App - Startup failed",
				"--------------------------------------------------------------------------------",
				"java.lang.IllegalStateException: boom",
				"\tat com.example.App.main(App.java:12)"),
		},
	},
	{
		name: "a long identifier before a number in angle brackets is no service's key",
		why:  "a hosted service's key stands before a syslog header; an identifier before \"<1> items\" is text",
		entries: []worldEntry{
			we("", Unknown, "", "ActiveRecord_Relation_Object_Here <1> items"),
		},
	},
	{
		name: "adversarial lines for the session's rules",
		why:  "a task's build label is no build date; an old yyMMdd keeps its year; a host's digits are no epoch; a pid in brackets is no uptime; a bracketed time alone is no installer's",
		entries: []worldEntry{
			we("2026-11-22T11:13:00.123Z", Info, "", "web:build: 2026-11-22T11:13:00.123Z INFO compiling"),
			we("2010-11-26T07:41:16Z", Notice, "", "101126  7:41:16 [Note] InnoDB: started"),
			we("2026-11-22T11:13:02Z", Info, "s16123456.onlinehome-server.info", "s16123456.onlinehome-server.info: 2026-11-22 11:13:02 INFO started"),
			we("2026-11-22T11:13:03Z", Unknown, "", "2026-11-22 11:13:03 [12345] ConnectionResetError: [Errno 104] Connection reset by peer"),
			we("2026-11-22T11:13:04Z", Error, "", "2026-11-22 11:13:04 Task[3] error:"),
			we("2026-11-22T11:13:05Z", Unknown, "", "[11:13:05]e404: not found"),
		},
	},
	{
		name: "a search hit's document is the record",
		why:  "an Elasticsearch or OpenSearch dump keeps the event under _source: its time, level and host are the record's",
		entries: []worldEntry{
			we("2026-11-22T11:14:00.5Z", Warn, "pay-02", `{"_index":"logs-2026.11.22","_id":"a1","_source":{"@timestamp":"2026-11-22T11:14:00.500Z","log":{"level":"warn"},"host":{"name":"pay-02"},"message":"slow capture"}}`),
		},
	},
	{
		name: "a letter glued to a source location is the level",
		why:  "chronyd's debug builds write D, I, W, E or F, a colon and file.c:line: before each message; a drive letter's path or a letter before a word is none",
		entries: []worldEntry{
			we("2026-11-23T09:12:01Z", Warn, "", "2026-11-23T09:12:01Z W:sources.c:811:(SRC_SelectSource) Can't synchronise: no selectable sources"),
			we("2026-11-23T09:12:02Z", Error, "", "Nov 23 09:12:02 E:ntp_io.c:244:(prepare_socket) Could not open IPv6 NTP socket"),
			we("2026-11-23T09:12:03Z", Unknown, "", "2026-11-23 09:12:03 D:\\backup\\db.bak: 41 MB copied"),
			we("2026-11-23T09:12:04Z", Unknown, "", "2026-11-23 09:12:04 E:drive:12: mapped"),
		},
	},
	{
		name: "an empty tag before a device's own date keeps the host",
		why:  "rsyslog's file template writes two blanks after the host when a message came without a tag; the message may open with the device's date",
		entries: []worldEntry{
			we("2026-11-23T08:12:05.1Z", Unknown, "ctl-04", "2026-11-23T09:12:05.100000+01:00 ctl-04  2026-11-23 09:12:04 Controller - - - admin logged out"),
			we("2026-11-23T08:12:06.1Z", Unknown, "", "2026-11-23T09:12:06.100000+01:00 batch  2026 jobs queued"),
		},
	},
	{
		name: "Monolog's extras name the host",
		why:  "the HostnameProcessor's hostname sits in the extras, the last object of a line formatter's line or the JSON formatter's extra; a hostname in the context alone is a peer's",
		entries: []worldEntry{
			we("2026-11-23T08:12:07Z", Error, "api-n2", `[2026-11-23T09:12:07+01:00] app.ERROR: Refund failed {"order":77} {"hostname":"api-n2"}`),
			we("2026-11-23T08:12:08Z", Warn, "api-n3", `{"message":"slow","context":{},"level":300,"level_name":"WARNING","channel":"app","datetime":"2026-11-23T09:12:08+01:00","extra":{"uid":"9c1","hostname":"api-n3"}}`),
			we("2026-11-23T08:12:09Z", Info, "", `[2026-11-23T09:12:09+01:00] app.INFO: Calling {"hostname":"pay.example.net"}`),
			we("2026-11-23T08:12:10Z", Info, "", `[2026-11-23T09:12:10+01:00] app.INFO: Calling {"hostname":"pay.example.net"} []`),
			we("2026-11-23T08:12:11Z", Error, "", `[2026-11-23T09:12:11+01:00] app.ERROR: x {"a":1} {"hostname":"ev\u001b[31mil"}`),
		},
	},
	{
		name: "a CEF record read as a syslog tag keeps its extension, and Fortinet's level key",
		why:  "rsyslog writes \"CEF: 0|\" after the host, which reads as a tag; FortiGate's own FTNTFGTlevel is the level, the header's severity a rating",
		entries: []worldEntry{
			we("2026-11-23T09:12:11Z", Warn, "fw-edge", "Nov 23 09:12:11 fw-edge CEF: 0|Fortinet|Fortigate|v7.2.8|13056|utm:webfilter blocked|4|FTNTFGTlogid=0316013056 FTNTFGTlevel=warning FTNTFGTvd=root src=10.1.2.3"),
			we("2026-11-23T09:12:12Z", Unknown, "fw-edge", "Nov 23 09:12:12 fw-edge CEF:0|Acme|Gate|1.0|100|login|5|src=10.1.2.3 suser=ann"),
		},
	},
	{
		name: "a level word padded to its column after a syslog tag",
		why:  "Barracuda CloudGen pads its level column after the tag; a level word before two blanks is that column, the same word before one blank a sentence's",
		entries: []worldEntry{
			we("2026-11-23T09:12:13Z", Info, "gw-7", "2026-11-23T09:12:13+00:00 gw-7 gw-7/box_Control:  Info     gw-7 Service started"),
			we("2026-11-23T09:12:14Z", Unknown, "gw-7", "2026-11-23T09:12:14+00:00 gw-7 backupd: Info about backup 12 written"),
		},
	},
	{
		name: "Windows' level names in more languages, and an unpadded hour with dots",
		why:  "Event Viewer exports write the level in the system's language; Finnish and Danish write the hour unpadded with dots after the date",
		entries: []worldEntry{
			we("2026-11-23T09:12:15Z", Warn, "", "Varning,2026-11-23 09:12:15,Microsoft-Windows-Time-Service,129,Ingen"),
			we("2026-11-23T09:12:16Z", Error, "", "Fejl,23-11-2026 09:12:16,Service Control Manager,7000,Ingen"),
			we("2026-11-23T08:12:17Z", Critical, "", "Kritikus,2026-11-23 08:12:17,Microsoft-Windows-Kernel-Power,41,(63)"),
			we("2026-11-23T08:12:18Z", Error, "", "Virhe,23.11.2026 8.12.18,Service Control Manager,7031,Ei mitään"),
		},
	},
	{
		name: "a version after an ISO date is no unpadded dotted hour",
		why:  "only the dotted day-first date of Finnish and Danish Windows is followed by an unpadded hour with dots",
		entries: []worldEntry{
			we("", Unknown, "", "2026-11-23 3.10.12 installed"),
		},
	},
	{
		name: "a pid before a clock with its milliseconds after a colon",
		why:  "early Win32-OpenSSH writes the pid, then the time of day with a colon before the milliseconds; a count before a clock without them is a table's",
		entries: []worldEntry{
			we("2026-11-29T09:12:19.204Z", Unknown, "", "3312 09:12:19:204 Server listening on 0.0.0.0 port 2222."),
		},
	},
	{
		name: "a count before a clock without milliseconds is no pid's",
		why:  "a table's count and a time of day: only the milliseconds after a colon or six decimals make it a tracer's or sshd's line",
		entries: []worldEntry{
			we("", Unknown, "", "14 09:12:19 rows copied"),
		},
	},
	{
		name: "an exported unified log's type column is the level, Apple's Default and Fault with it",
		why:  "a CSV header naming the column Log Type or messageType; Default is a notice and Fault above an error, as log show prints them",
		entries: []worldEntry{
			wskip("Timestamp,Log Type,Subsystem,PID,Process,Message"),
			we("2026-11-23T09:12:20.5Z", Notice, "", "2026-11-23T09:12:20.500Z,Default,com.apple.xpc,41,launchd,service spawned"),
			we("2026-11-23T09:12:21.5Z", Critical, "", "2026-11-23T09:12:21.500Z,Fault,com.apple.xpc,41,launchd,service crashed"),
		},
	},
	{
		name: "a node's full name and a blank before a JSON record",
		why:  "oc adm node-logs --path prefixes each node's line with its name and a blank; a logger's dotted name has no digit or dash in its first label",
		entries: []worldEntry{
			we("2026-11-23T09:12:22Z", Unknown, "worker-3.ocp.example.internal", `worker-3.ocp.example.internal {"kind":"Event","level":"Metadata","requestReceivedTimestamp":"2026-11-23T09:12:22Z"}`),
			we("2026-11-23T09:12:23Z", Unknown, "", `com.example.app2.api {"time":"2026-11-23T09:12:23Z","level":"info","msg":"up"}`),
		},
	},
	{
		name: "a Windows computer's name between the time and the severity",
		why:  "NXLog's raw event writes the time, the computer's NetBIOS name in capitals, the severity and the event's id; a thread's name in lower case is none",
		entries: []worldEntry{
			we("2026-11-23T09:12:24Z", Warn, "SRV-FS07", "2026-11-23 09:12:24 SRV-FS07 WARNING 2013 The C: disk is at or near capacity."),
			we("2026-11-23T09:12:25Z", Info, "", "2026-11-23 09:12:25 exec-4 INFO 200 requests served"),
		},
	},
	{
		name: "a labelled field with a time under a line that announces its fields",
		why:  "an event's message of labelled fields under its header (Sysmon's through NXLog): the field that holds the event's UTC time is one of them; a level's label under a syslog tag is a message of its own",
		entries: []worldEntry{
			we("2026-11-23T09:12:26Z", Info, "",
				"2026-11-23 09:12:26 INFO 11 File created:",
				"RuleName: -",
				"UtcTime: 2026-11-23 09:12:25.918",
				"ProcessId: 4120"),
			we("2026-11-23T09:12:27Z", Error, "", "2026-11-23 09:12:27 ERROR 255 Error report:"),
			we("2026-11-23T09:12:28Z", Warn, "web-4", "Nov 23 09:12:28 web-4 app[12]:", "WARNING: disk nearly full"),
		},
	},
	{
		name: "a performance counter's path names the computer",
		why:  "Get-Counter prints each sample's time, then the counter's path from the computer's name down, a colon before its value; a share's path in a message names a file server",
		entries: []worldEntry{
			we("2026-11-23T09:12:29Z", Unknown, "APP-07", `11/23/2026 9:12:29 AM     \\APP-07\memory\available mbytes :`, "                          2048"),
			we("2026-11-23T09:12:30Z", Unknown, "", `2026-11-23 09:12:30 \\nas-2\backup\db.bak copied`),
		},
	},
	{
		name: "a Cray component's name in the bracket after a bracketed time",
		why:  "the SMW console log writes each node's lines behind its cname (XC) or xname (EX); a thread's name there is none",
		entries: []worldEntry{
			we("2026-11-23T09:12:31Z", Unknown, "c0-1c0s7n2", "[2026-11-23 09:12:31][c0-1c0s7n2]<node_health:5.1> APID:41 (xtnhc) All tests passed"),
			we("2026-11-23T09:12:32Z", Unknown, "x3000c0s19b1n0", "[2026-11-23 09:12:32][x3000c0s19b1n0] console ready"),
			we("2026-11-23T09:12:33Z", Info, "", "[2026-11-23 09:12:33][worker-2] INFO started"),
		},
	},
	{
		name: "Slurm's job completion record's end as its time",
		why:  "jobcomp's JSON (elasticsearch, kafka) is written at the job's end and holds @start and @end without a zone",
		entries: []worldEntry{
			we("2026-11-23T09:12:34Z|2026-11-23T09:01:00Z", Unknown, "", `{"jobid":7,"username":"ann","@start":"2026-11-23T09:01:00","@end":"2026-11-23T09:12:34","elapsed":694,"state":"COMPLETED"}`),
		},
	},
	{
		name: "a Chinese level word glued to its message by a full-width colon",
		why:  "gettext's zh_CN messages (git's) write the level, a full-width colon and the text with no blank; a word that is no level's stays text",
		entries: []worldEntry{
			we("", Critical, "", "致命错误：无法读取远程仓库。"),
			we("", Unknown, "", "提示：使用 git push --set-upstream"),
		},
	},
	{
		name: "adversarial lines for the forty-seventh session's rules",
		why:  "a Windows runner's compiler path is no chronyd letter; Laravel's context after a bracketed word holds a peer; a padded word of prose is no level; a count is no level; a topic is no node; Polish Chyba is a sentence's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1234567Z", Warn, "", "2026-11-29T07:41:16.1234567Z D:/a/proj/proj/src/main.c:608:12: warning: unused variable 'x'"),
			we("2026-11-29T07:41:16Z", Warn, "", `[2026-11-29 07:41:16] local.WARNING: Rate limited by [stripe] {"hostname":"api.stripe.com","retry_after":30}`),
			we("2026-11-29T07:41:17Z", Unknown, "web-1", "Nov 29 07:41:17 web-1 app: Alert  triggered on disk"),
			we("", Unknown, "", "错误：0 个，警告：3 个"),
			we("2026-11-29T07:41:18Z", Unknown, "", `orders-v2.created {"ts":"2026-11-29T07:41:18Z","level":"info","msg":"created"}`),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 Chyba nie działa"),
			we("2026-11-29T07:41:20Z", Warn, "", "2026-11-29 07:41:20 S3 WARN 3 retries"),
		},
	},
	{
		name: "Go's log with a prefix: every line a record, one ending with a colon too",
		why:  "log.New(w, \"myapp: \", log.LstdFlags) writes the prefix like a label before each line's time; a label and a time alone is a field, this is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "myapp: 2026/11/29 07:41:16 loaded plugins:"),
			we("2026-11-29T07:41:16Z", Unknown, "", "myapp: 2026/11/29 07:41:16 auth: enabled"),
			we("2026-11-29T07:41:17Z", Unknown, "", "myapp: 2026/11/29 07:41:17 listening on :8080"),
		},
	},
	{
		name: "a Log Type column ranks below a Priority column",
		why:  "a firewall's export names its event's kind Log Type beside its Priority; Apple's Default is a level only in the unified log's own type column",
		entries: []worldEntry{
			wskip("Time,Log Type,Log Component,Priority,Message"),
			we("2026-11-29T07:41:21Z", Warn, "", "2026-11-29 07:41:21,Firewall,Firewall Rule,Warning,Denied"),
		},
	},
	{
		name: "a level word after a bracketed category overrides a constant PRI",
		why:  "a device library sends every message at one PRI and writes the level after its category; a bracket of several words is a sentence's",
		entries: []worldEntry{
			we("2026-11-29T07:41:22Z", Error, "dev-7", "<22>1 2026-11-29T07:41:22Z dev-7 fw - - - [net] ERROR: link down"),
			we("2026-11-29T07:41:23Z", Info, "dev-7", "<22>1 2026-11-29T07:41:23Z dev-7 fw - - - [see the manual] WARN: is a word"),
		},
	},
	{
		name: "a CSV header's name with its unit in brackets",
		why:  "Azure Monitor's exports name the time column TimeGenerated [UTC]; the header is still a header, its Computer column the host",
		entries: []worldEntry{
			wskip("TimeGenerated [UTC],Computer,SeverityLevel,SyslogMessage"),
			we("2026-11-29T07:41:24Z", Warn, "edge-3", `"11/29/2026, 7:41:24.000 AM",edge-3,warning,"fan speed low"`),
		},
	},
	{
		name: "Azure Monitor's EventLevelName column is the level",
		why:  "the Event table's export names Windows' level by name beside its number",
		entries: []worldEntry{
			wskip("TimeGenerated [UTC],Computer,EventID,EventLevelName,RenderedDescription"),
			we("2026-11-29T07:41:25Z", Error, "edge-4", `"11/29/2026, 7:41:25.000 AM",edge-4,41,Error,"The system has rebooted"`),
		},
	},
	{
		name: "a JSON level beside a syslog facility's number is a severity",
		why:  "syslog sources write records with the facility's and the severity's numbers (Kafka Connect's); a level past 7 is another scale's",
		entries: []worldEntry{
			we("2026-11-29T07:41:26Z", Warn, "db-9", `{"date":1795938086000,"facility":3,"host":"db-9","level":4,"message":"disk almost full"}`),
			we("2026-11-29T07:41:27Z", Info, "", `{"time":"2026-11-29T07:41:27Z","facility":1,"level":30,"msg":"started"}`),
		},
	},
	{
		name: "a step starting at a time, first in its line or after its tag",
		why:  "RMAN announces each step as it begins with the time after it; a window starting at a time later in a sentence is a plan",
		entries: []worldEntry{
			we("2026-11-29T07:41:28Z", Unknown, "", "Starting restore at 2026-11-29 07:41:28"),
			we("", Unknown, "", "Maintenance window starting at 2026-12-01 02:00:00"),
		},
	},
	{
		name: "a bracketed category and its level after a bracketed title",
		why:  "Zoraxy writes \"[title] [system:level]\" after its time; a bracket of a label and its value (\"[origin:host]\") holds no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:29.5Z", Warn, "", "[2026-11-29 07:41:29.500000] [acme] [system:warning] Renewal retried"),
			we("2026-11-29T07:41:30.5Z", Unknown, "", "[2026-11-29 07:41:30.500000] [router:host-http] [origin:www.example.org] [client: 198.51.100.9] GET /"),
		},
	},
	{
		name: "a listing's footer between dashed runs closes the last event",
		why:  "ProCurve's and AOS-S's show log end with \"----  Bottom of Log : Events Listed = N  ----\", no text of the last event; a PEM block's dashes hold no blanks",
		entries: []worldEntry{
			we("2026-11-29T07:41:31Z", Info, "", "I 11/29/26 07:41:31 ports: port 7 is now on-line"),
			wskip("----  Bottom of Log : Events Listed = 1  ----"),
			we("2026-11-29T07:41:32Z", Info, "", "2026-11-29 07:41:32 INFO loaded certificate:", "-----BEGIN CERTIFICATE-----", "MIIBszCCAVmgAwIBAgIUQ", "-----END CERTIFICATE-----"),
		},
	},
	{
		name: "go-zero's logx levels of its own under a JSON level key",
		why:  "logx writes stat for its periodic statistics (at info) and slow for a call over its budget; the words stay text elsewhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:33Z", Info, "", `{"@timestamp":"2026-11-29T07:41:33Z","caller":"stat/usage.go:61","content":"CPU: 0m","level":"stat"}`),
			we("2026-11-29T07:41:34Z", Warn, "", `{"@timestamp":"2026-11-29T07:41:34Z","caller":"internal/logtracer.go:31","content":"[HTTP] slowcall(612ms)","level":"slow"}`),
			we("2026-11-29T07:41:35Z", Unknown, "", "2026-11-29 07:41:35 stat of /data failed"),
		},
	},
	{
		name: "Log.wtf's WTF before a tag is the level",
		why:  "SystemUI's LogBuffer dumps write V D I W E or WTF after the time and before the tag; WTF before words is a sentence's",
		entries: []worldEntry{
			we("2026-11-29T07:41:36Z", Critical, "", "11-29 07:41:36.000 WTF ShadeListBuilder: group summary missing"),
			we("2026-11-29T07:41:37Z", Unknown, "", "2026-11-29 07:41:37 WTF happened to the build"),
		},
	},
	{
		name: "a table's named column after a row's time is no syslog host",
		why:  "a CLI's table of events under a titled rule (ArubaOS's show ap debug mgmt-frames) has a column the header names otherwise after the time; a HostName column still names the machine",
		entries: []worldEntry{
			wskip("Frame Log", "---------", "Timestamp            kind       Peer", "---------            ----       ----"),
			we("2026-11-29T07:41:38.25Z", Unknown, "", "Nov 29 07:41:38.250  probe-req  02:00:5e:10:00:01"),
			we("2026-11-29T07:41:39.25Z", Unknown, "", "Nov 29 07:41:39.250  auth       02:00:5e:10:00:02"),
		},
	},
	{
		name: "a table's Source column after a row's time names the machine",
		why:  "a collector's table names its machine column Source, Server, Node, Device…; its value is the syslog host",
		entries: []worldEntry{
			wskip("Time             Source  Message", "---------------  ------  -------"),
			we("2026-11-29T08:41:16Z", Unknown, "fw01", "Nov 29 08:41:16  fw01    kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.9"),
			we("2026-11-29T08:41:17Z", Unknown, "gateway", "Nov 29 08:41:17  gateway kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.10"),
		},
	},
	{
		name: "a table's HostName column after a row's time names the machine",
		why:  "the same table with the machine's column where a syslog host stands keeps it",
		entries: []worldEntry{
			wskip("Timestamp            HostName   Event", "---------            --------   -----"),
			we("2026-11-29T07:41:40.25Z", Unknown, "ap-07", "Nov 29 07:41:40.250  ap-07      radio reset"),
			we("2026-11-29T07:41:41.25Z", Unknown, "ap-08", "Nov 29 07:41:41.250  ap-08      radio reset"),
		},
	},
	{
		name: "LaTeX's and its packages' level after the name of what speaks",
		why:  "a TeX log writes \"Package name Info:\", \"Class name Warning:\", \"LaTeX Font Info:\"; a line alone shows it",
		entries: []worldEntry{
			we("", Info, "", "Package geometry Info: Avoid writing the paper size to the PDF on input line 9."),
		},
	},
	{
		name: "a LaTeX class's warning",
		why:  "the same with Class",
		entries: []worldEntry{
			we("", Warn, "", "Class scrartcl Warning: Usage of deprecated option `a4paper'."),
		},
	},
	{
		name: "LaTeX's words without their colon are a sentence",
		why:  "no colon after the level word: no TeX message",
		entries: []worldEntry{
			we("", Unknown, "", "Package delivery Info sheet attached"),
		},
	},
	{
		name: "a JSON timestamp qualified after its name",
		why:  "busctl --json=short writes \"timestamp-realtime\" in epoch microseconds, others \"timestamp_utc\"; a monotonic count since boot is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:42.118402Z", Unknown, "", `{"type":"signal","cookie":7,"timestamp-realtime":1795938102118402,"member":"PropertiesChanged"}`),
			we("2026-11-29T07:41:43Z", Unknown, "", `{"event":"sync","timestamp_utc":"2026-11-29 07:41:43"}`),
			we("", Unknown, "", `{"event":"tick","timestamp-monotonic":93812345678}`),
			we("", Unknown, "", `{"msg":"token issued","user":"jdoe","timestamp_expires":"2026-11-29T09:41:16Z"}`),
			we("", Unknown, "", `{"id":17,"title":"invoice","timestamp_created":"2026-11-20T10:12:03Z"}`),
		},
	},
	{
		name: "a yearless date in a bracket after a level letter and its tag",
		why:  "EasyLogger writes \"L/tag   [MM-dd HH:mm:ss.mmm pid:N tid:N]\"; Android's A is an assertion, as fatal as F",
		entries: []worldEntry{
			we("2026-11-29T07:41:44.214Z", Info, "", "I/relay     [11-29 07:41:44.214 pid:3120 tid:3120] (src/relay.c:41 main)relay board ready"),
			we("2026-11-29T07:41:45.5Z", Critical, "", "A/relay     [11-29 07:41:45.500 pid:3120 tid:3124] (src/relay.c:90 check)(state != 0) has assert failed"),
		},
	},
	{
		name: "logcat's assert letter",
		why:  "old logcats print Log.wtf's priority as A, newer ones as F",
		entries: []worldEntry{
			we("", Critical, "", "A/libc    ( 2215): Fatal signal 6 (SIGABRT) in tid 2231"),
		},
	},
	{
		name: "an untimed record's labelled time on a line of its own",
		why:  "a status block names its time under a label (pkcon's \"System time:\", timedatectl's \"Local time:\"), not on its first line",
		entries: []worldEntry{
			we("2026-11-29T07:41:46Z", Unknown, "", "Job: /jobs/318", " Submit time: 2026-11-29T07:41:46Z", " State: done", " Owner: pia"),
			we("2026-11-29T07:41:47Z", Unknown, "", "Job: /jobs/319", " Submit time: Sun 2026-11-29 08:41:47 CET", " State: done", " Owner: pia"),
		},
	},
	{
		name: "a labelled time of another thing, a clock alone, or a label repeated is no record's time",
		why:  "an expiry is the lease's, an elapsed clock a duration, and a label under each of several events heads those events",
		entries: []worldEntry{
			we("", Unknown, "", "Lease: 10.0.0.7", " Expiry time: 2026-12-01 07:41:47", " Elapsed time: 00:00:05"),
			we("", Unknown, "", "Events:", " Time Generated: 2026-11-29 07:41:48", " Time Generated: 2026-11-29 07:41:49"),
		},
	},
	{
		name: "a label that names another thing's date gives a record no time",
		why:  "a board's manufacturing date, a domain's creation, an invoice's issue date and a test's expected time are the data's",
		entries: []worldEntry{
			we("", Unknown, "", "FRU Device Description : Builtin FRU Device (ID 0)", " Board Mfg Date        : Mon Oct 12 09:00:00 2026", " Board Mfg             : Dell Inc."),
			we("", Unknown, "", "Domain Name: EXAMPLE-SHOP.COM", "   Creation Date: 2026-11-20T10:12:03Z", "   Registry Expiry Date: 2027-11-20T10:12:03Z"),
			we("", Unknown, "", "--- FAIL: TestNextRun (0.00s)", "    cron_test.go:42: next run mismatch", "        expected time: 2026-11-30 03:00:00 +0000 UTC", "        actual time:   2026-11-29 03:00:00 +0000 UTC"),
		},
	},
	{
		name: "Surefire's failed test takes the exception under it",
		why:  "a report's \"… -- Time elapsed: 0.021 s <<< FAILURE!\" line is followed by the exception and its frames; a line that is no exception stands alone",
		entries: []worldEntry{
			we("", Unknown, "", "com.example.cart.CartTest.addsItem -- Time elapsed: 0.031 s <<< FAILURE!",
				"org.opentest4j.AssertionFailedError: expected: <2> but was: <1>",
				"\tat com.example.cart.CartTest.addsItem(CartTest.java:40)"),
			we("", Unknown, "", "com.example.cart.CartTest.removesItem -- Time elapsed: 0.002 s <<< ERROR!"),
			we("", Unknown, "", "Tests run: 2, Failures: 1, Errors: 1, Skipped: 0"),
		},
	},
	{
		name: "a listing newest first gives its first row the time its later rows showed the place of",
		why:  "nodetool compactionhistory lists its rows newest first, the time after an id and names; the first row, held until the column was learned, takes its own time though it comes after the next row's",
		entries: []worldEntry{
			wskip("Compaction History: ", "id                                   keyspace_name columnfamily_name compacted_at            bytes_in  bytes_out rows_merged"),
			we("2026-11-29T07:41:50.1Z", Unknown, "", "0d4c1e70-cd3a-11f0-9a1b-3f2e8c7d6b01 shop          payments          2026-11-29T07:41:50.100 1204412   1102113   {1:4410}"),
			we("2026-11-29T07:40:12.9Z", Unknown, "", "7f2a9e10-cd39-11f0-9a1b-3f2e8c7d6b01 system        compaction_log    2026-11-29T07:40:12.900 88120     80113     {1:120}"),
			we("2026-11-29T07:38:01.5Z", Unknown, "", "2b7c4d30-cd39-11f0-9a1b-3f2e8c7d6b01 shop          carts             2026-11-29T07:38:01.500 4410      4102      {1:12}"),
		},
	},
	{
		name: "SPDK's level between asterisks after its source location",
		why:  "SPDK's apps write \"file.c: line:function: *NOTICE*: …\" after their bracketed time; an asterisked word after another label is emphasis",
		entries: []worldEntry{
			we("2026-11-29T07:41:51.2Z", Notice, "", "[2026-11-29 07:41:51.200000] app.c: 919:spdk_app_start: *NOTICE*: Total cores available: 2"),
			we("2026-11-29T07:41:52.2Z", Error, "", "[2026-11-29 07:41:52.200000] bdev.c:8123:bdev_open: *ERROR*: bdev Nvme0n1 already claimed"),
			we("2026-11-29T07:41:53.2Z", Unknown, "", "[2026-11-29 07:41:53.200000] volume: *IMPORTANT*: resize finished"),
		},
	},
	{
		name: "a Python program's own level behind mod_wsgi's constant error",
		why:  "mod_wsgi files every line of a program's stderr as [wsgi:error]; the oslo.log or logging line behind it carries the level, a traceback line does not",
		entries: []worldEntry{
			we("2026-11-29T07:41:54.1Z", Warn, "", "[Sun Nov 29 07:41:54.100000 2026] [wsgi:error] [pid 3110:tid 140201] [remote 10.40.1.9:50122] 2026-11-29 07:41:54.098 3110 WARNING placement.handler [req-91a] Unable to find resource provider"),
			we("2026-11-29T07:41:55.1Z", Info, "", "[Sun Nov 29 07:41:55.100000 2026] [wsgi:error] [pid 3110:tid 140201] [remote 10.40.1.9:50124] 2026-11-29 07:41:55,098 INFO billing.app request served"),
			we("2026-11-29T07:41:56.1Z", Error, "", "[Sun Nov 29 07:41:56.100000 2026] [wsgi:error] [pid 3110:tid 140201] [remote 10.40.1.9:50126] mod_wsgi (pid=3110): Exception occurred processing WSGI script '/srv/app.wsgi'."),
		},
	},
	{
		name: "a program's own time and level behind its syslog tag",
		why:  "Tor under the journal writes its log file's \"Mmm dd HH:mm:ss.fff [level]\" after its tag; a year opening prose is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:57Z", Notice, "relay01", "Nov 29 07:41:57 relay01 Tor[812]: Nov 29 07:41:57.512 [notice] Bootstrapped 100% (done): Done"),
			we("2026-11-29T07:41:58Z", Warn, "relay01", "Nov 29 07:41:58 relay01 Tor[812]: Nov 29 07:41:58.100 [warn] Problem bootstrapping. Stuck at 5%"),
			we("2026-11-29T07:41:59Z", Unknown, "relay01", "Nov 29 07:41:59 relay01 app[813]: 2026 was a good year for error handling"),
		},
	},
	{
		name: "a CSV header's machine column is no host",
		why:  "uname's machine is an architecture, a state machine's name a program's",
		entries: []worldEntry{
			wskip("timestamp,nodename,sysname,release,machine,uptime_s"),
			we("2026-11-29T07:42:03Z", Unknown, "build-03", "2026-11-29T07:42:03Z,build-03,Linux,6.8.0-49-generic,x86_64,81234"),
			we("2026-11-29T07:42:04Z", Unknown, "build-04", "2026-11-29T07:42:04Z,build-04,Linux,6.8.0-49-generic,aarch64,1234"),
		},
	},
	{
		name: "a table's column named for no machine gives no host, digits or not",
		why:  "an interface's or a user's column after the time is no syslog host",
		entries: []worldEntry{
			wskip("Time                  Interface  Event", "--------------------  ---------  -----"),
			we("2026-11-29T07:42:05Z", Unknown, "", "Nov 29 07:42:05       eth0       link down"),
			we("2026-11-29T07:42:06Z", Unknown, "", "Nov 29 07:42:06       wlan1      link up"),
		},
	},
	{
		name: "more qualifiers of a JSON timestamp",
		why:  "timestamp_unix and timestamp_gmt hold the event's time as plainly as timestamp_utc",
		entries: []worldEntry{
			we("2026-11-29T07:42:07Z", Unknown, "", `{"event":"login","user":"jdoe","timestamp_unix":1795938127}`),
			we("2026-11-29T07:42:08Z", Unknown, "", `{"event":"login","user":"jdoe","timestamp_gmt":"2026-11-29 07:42:08"}`),
		},
	},
	{
		name: "an alarm's labelled time is its record's",
		why:  "Alarm Time, Time Stamp and Time of event name the event's time",
		entries: []worldEntry{
			we("2026-11-29T07:42:09Z", Unknown, "", "Alarm raised", "  Alarm ID:     4711", "  Alarm Time:   2026-11-29 07:42:09", "  Severity:     Major"),
		},
	},
	{
		name: "a syslog message's own time takes only a level's whole name after it",
		why:  "NOT, WAR and a number before NOT FOUND are a message's words, not clipped levels",
		entries: []worldEntry{
			we("2026-11-29T07:42:11Z", Unknown, "web01", "Nov 29 07:42:11 web01 check_disk[22]: Sun Nov 29 07:42:11 UTC 2026 NOT OK: /data 95% used"),
			we("2026-11-29T07:42:12Z", Unknown, "web01", "Nov 29 07:42:12 web01 api[2211]: 2026/11/29 07:42:12 404 NOT FOUND /favicon.ico"),
		},
	},
	{
		name: "oslo.log's TRACE under mod_wsgi stays an error",
		why:  "before Liberty oslo.log wrote a traceback's lines at TRACE; mod_wsgi's error is the truer level then",
		entries: []worldEntry{
			we("2026-11-29T07:42:13.1Z", Error, "", "[Sun Nov 29 07:42:13.100000 2026] [wsgi:error] [pid 2211:tid 140112] [remote 10.30.4.17:51822] 2026-11-29 07:42:13.098 2211 TRACE keystone.common.wsgi Traceback (most recent call last):"),
		},
	},
	{
		name: "a boxed table's SINCE column holds its row's time",
		why:  "calicoctl node status gives each BGP peer's state and the time of day it began",
		entries: []worldEntry{
			wskip("+--------------+-------------------+-------+----------+-------------+",
				"| PEER ADDRESS |     PEER TYPE     | STATE |  SINCE   |    INFO     |",
				"+--------------+-------------------+-------+----------+-------------+"),
			we("2026-11-29T06:20:11Z", Unknown, "", "| 10.50.1.21   | node-to-node mesh | up    | 06:20:11 | Established |"),
			we("2026-11-29T07:02:30Z", Unknown, "", "| 10.50.1.22   | node-to-node mesh | start | 07:02:30 | Connect     |"),
		},
	},
	{
		name: "a level joined to its component in a bracket",
		why:  "a framework's level word then a colon or a slash and a capitalized component's name; a lower-case word after the colon is Apache's module:level order",
		entries: []worldEntry{
			we("2026-11-29T07:43:01Z", Notice, "", "07:43:01 [notice/Inventory] Loaded 40 stations"),
			we("2026-11-29T07:43:02Z", Warn, "", "2026-11-29 07:43:02 [Warning:SerialBridge] retrying the port"),
			we("2026-11-29T07:43:03Z", Unknown, "", "2026-11-29 07:43:03 [cache:Orders] hit ratio 0.93"),
			we("2026-11-29T07:43:03.5Z", Unknown, "", "2026-11-29 07:43:03.500 route [error/NotFound] matched for /x"),
			we("2026-11-29T07:43:03.6Z", Unknown, "", "2026-11-29 07:43:03.600 [Debug/Win32] building target App"),
		},
	},
	{
		name: "a severity letter behind a ctime stamp",
		why:  "MongoDB writes its I, W, E and D1 to D5 after whichever time format it is given, before a component and a bracket; an article or a pronoun is no level",
		entries: []worldEntry{
			we("2026-11-29T07:43:04.1Z", Unknown, "", "Sun Nov 29 07:43:04.100 A UPS on battery event was raised"),
			we("2026-11-29T07:43:04.2Z", Unknown, "", "11/29/2026 07:43:04.200 I PING 10.0.0.1 ok"),
			we("2026-11-29T07:43:04.5Z", Warn, "", "Sun Nov 29 07:43:04.500 W  REPL     [rsSync] replication lag 12 s"),
			we("2026-11-29T07:43:05.5Z", Debug, "", "Sun Nov 29 07:43:05.500 D2 QUERY    [conn7] planning find on orders"),
		},
	},
	{
		name: "stunnel's syslog digit before any connection id",
		why:  "LOGn's digit is the severity whether the bracket holds a number, a name or a pid and a thread",
		entries: []worldEntry{
			we("2026-11-29T07:43:06Z", Error, "gw-3", "Nov 29 07:43:06 gw-3 stunnel: LOG3[2201:139911842]: SSL_accept: peer did not return a certificate"),
			we("2026-11-29T07:43:07Z", Warn, "gw-3", "Nov 29 07:43:07 gw-3 stunnel: LOG4[ui]: Service [imaps] needs authentication"),
		},
	},
	{
		name: "another program's LOGn before a name is no stunnel level",
		why:  "stunnel writes its digit before a connection's number or a word of its own, under its own tag",
		entries: []worldEntry{
			we("2026-11-29T07:43:07.5Z", Unknown, "gw-3", "2026-11-29T07:43:07.500Z gw-3 replicator[71]: LOG3[db-01]: replication lag 12 s"),
		},
	},
	{
		name: "a collector's sender before a PRI with a blank after it",
		why:  "some devices send a blank after the PRI; the collector wrote the sender's address before it",
		entries: []worldEntry{
			we("2026-11-29T07:43:08Z", Error, "10.9.0.4", "2026-11-29T07:43:08+00:00 10.9.0.4 <131> 11/29/2026:07:43:08 GMT adc-7 0-PPE-0 : default EVENT MONITORDOWN 77 0 : Monitor mon_api DOWN"),
		},
	},
	{
		name: "racoon's NOTIFY with its colon is a notice, a SIP request's NOTIFY none",
		why:  "ipsec-tools names its notice level NOTIFY; a bare NOTIFY is a SIP method",
		entries: []worldEntry{
			we("2026-11-29T07:43:09Z", Notice, "vpn1", "Nov 29 07:43:09 vpn1 racoon: NOTIFY: ISAKMP-SA established 10.0.0.1[500]-10.0.0.2[500] spi:7c1a"),
			we("2026-11-29T07:43:10Z", Unknown, "pbx1", "Nov 29 07:43:10 pbx1 sipgw[311]: NOTIFY sip:alice@10.0.0.8 SIP/2.0 sent to 10.0.0.8:5060"),
			we("2026-11-29T07:43:10.5Z", Unknown, "pbx1", "2026-11-29T07:43:10.500Z pbx1 kamailio[99]: NOTIFY: sending event presence to sip:bob@example.com"),
		},
	},
	{
		name: "a severity letter glued to a padded component's bracket",
		why:  "AWS DMS writes E, W, I, D and T after its component's bracket, with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:43:11Z", Warn, "", "00007120: 2026-11-29T07:43:11 [TARGET_APPLY    ]W:  Table 'INV'.'STOCK' has no primary key  (ar_odbc_stmt.c:412)"),
			we("2026-11-29T07:43:12Z", Trace, "", "00007120: 2026-11-29T07:43:12 [SORTER          ]T:  Transaction 881 sent to target  (sorter.c:207)"),
		},
	},
	{
		name: "an external command's plugin output gives no level",
		why:  "the states in a passive check's output are the check's, not the line's",
		entries: []worldEntry{
			we("2026-11-29T07:43:13Z", Unknown, "", "[1795938193] PROCESS_SERVICE_CHECK_RESULT;db-02;Load;2;LOAD CRITICAL - load average: 31.2"),
			we("2026-11-29T07:43:14Z", Unknown, "", "[1795938194] SCHEDULE_FORCED_SVC_CHECK;db-02;Load;1795938200"),
		},
	},
	{
		name: "a linter's letter after the file, line and column",
		why:  "E, W, F and I are levels; C and R (convention, refactor) name none",
		entries: []worldEntry{
			we("", Warn, "", "lib/billing/invoice.rb:44:9: W: Lint/ShadowedArgument: Argument amount was shadowed."),
			we("", Critical, "", "billing/run.py:1:0: F0001: No module named billing.run (fatal)"),
			we("", Unknown, "", "billing/run.py:12:0: C0116: Missing function or method docstring (missing-function-docstring)"),
		},
	},
	{
		name: "a listing's column named for a moment by its suffix",
		why:  "a DOWNTIME or LASTUPDATETIME column holds a row's moment; an UPTIME column a duration",
		entries: []worldEntry{
			wskip("PEER     SYSTEM IP         PRIVATE IP        PUBLIC IP         COLOR           STATE      LOCAL ERR   REMOTE ERR   UPTIME     DOWNTIME",
				"-------------------------------------------------------------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:40:10Z", Unknown, "", "edge-a   10.255.1.1        10.10.1.1         198.51.100.21     biz-internet    down       DISTLOC     NOERR        0:00:00    2026-11-29T07:40:10+0000"),
			we("2026-11-29T06:12:44Z", Unknown, "", "edge-b   10.255.1.2        10.10.1.2         198.51.100.22     mpls            down       DCONFAIL    NOERR        0:00:00    2026-11-29T06:12:44+0000"),
		},
	},
	{
		name: "a result set's Type column holds an event's type only as Windows and Kubernetes name it",
		why:  "a compaction's MAJOR and MINOR are data, and so is a level word in any cell of a result set without a level column",
		entries: []worldEntry{
			wskip("+------+---------+-------------------+", "|  id  |  type   |     starttime     |", "+------+---------+-------------------+"),
			we("2026-11-29T07:43:15Z", Unknown, "", "| 41   | MAJOR   | 2026-11-29 07:43:15 |"),
			we("2026-11-29T07:43:16Z", Unknown, "", "| 42   | MINOR   | 2026-11-29 07:43:16 |"),
		},
	},
	{
		name: "a result set's duration under a name ending in TIME gives no time",
		why:  "only a date with its clock, or an epoch, under a column named by its suffix is the row's moment",
		entries: []worldEntry{
			wskip(" id | host   | downtime | reason", "----+--------+----------+-------------"),
			we("", Unknown, "", " 1  | edge-1 | 00:05:12 | BFD down"),
			we("", Unknown, "", " 2  | edge-2 | 01:00:00 | maintenance"),
		},
	},
	{
		name: "a parallel shell's node names learned over its lines",
		why:  "pdsh and clush put each remote line behind its machine's name; two names numbered alike in a row show it",
		entries: []worldEntry{
			we("", Unknown, "gpu07", "gpu07: nvidia-smi: all 8 GPUs healthy"),
			we("", Unknown, "gpu07", "gpu07: driver 550.54.15"),
			we("", Unknown, "gpu09", "gpu09: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."),
			we("", Unknown, "gpu08", "gpu08: driver 550.54.15"),
		},
	},
	{
		name: "devices and ssh's debug levels before a colon name no machine",
		why:  "eth0: and eth1: are interfaces, debug1: and debug2: ssh's levels; a run with a name numbered 0 is a driver's devices (igb0, igb1), sda1: a partition, key1: a label",
		entries: []worldEntry{
			we("", Unknown, "", "igb0: <Intel(R) I350 Gigabit Network Connection> port 0x6020-0x603f mem 0xc7a00000-0xc7afffff irq 40 at device 0.0 on pci3"),
			we("", Unknown, "", "igb0: Ethernet address: 0c:c4:7a:aa:bb:01"),
			we("", Unknown, "", "igb1: <Intel(R) I350 Gigabit Network Connection> port 0x6000-0x601f mem 0xc7b00000-0xc7bfffff irq 45 at device 0.1 on pci3"),
			we("", Unknown, "", "igb1: link state changed to UP"),
			we("", Unknown, "", "sda1: rw=0, want=123, limit=100"),
			we("", Unknown, "", "sda2: rw=0, want=124, limit=100"),
			we("", Unknown, "", "key1: orders"),
			we("", Unknown, "", "key2: invoices"),
			we("", Unknown, "", "eth0: link becomes ready"),
			we("", Unknown, "", "eth1: link becomes ready"),
			we("", Debug, "", "debug1: Reading configuration data /etc/ssh/ssh_config"),
			we("", Debug, "", "debug2: resolving \"db7\" port 22"),
		},
	},
	{
		name: "a heading in any case that names the rows' machine and time",
		why:  "a listing's Host column holds each row's machine, its Updated_At the row's moment, deep in the row",
		entries: []worldEntry{
			wskip("Binary           Host                  Zone       Status     State Updated_At"),
			we("2026-11-29T07:44:01Z", Unknown, "api-n1.example.net", "nova-api         api-n1.example.net    internal   enabled    :-)   2026-11-29 07:44:01"),
			we("2026-11-29T07:44:02Z", Unknown, "api-n2.example.net", "nova-api         api-n2.example.net    internal   enabled    XXX   2026-11-29 07:44:02"),
		},
	},
	{
		name: "a listing's time in its second column is a row's",
		why:  "a row whose time stands under the heading's name for it goes on the listing",
		entries: []worldEntry{
			wskip("CSName   InstallDate"),
			we("2026-11-20T09:00:00Z", Unknown, "PC-0101", "PC-0101  20261120090000.000000+000"),
			we("2026-11-21T10:30:00Z", Unknown, "PC-0102", "PC-0102  20261121103000.000000+000"),
		},
	},
	{
		name: "a table whose last column's rule runs past its name",
		why:  "sqlite3's .mode column writes the last name without the blanks up to its column's width; the host column names each row's machine",
		entries: []worldEntry{
			wskip("seq    created              host        note", "-----  -------------------  ----------  ------------------------------"),
			we("2026-11-29T07:44:05Z", Unknown, "till-03", "401    2026-11-29 07:44:05  till-03     drawer opened"),
			we("2026-11-29T07:44:06Z", Unknown, "till-04", "402    2026-11-29 07:44:06  till-04     receipt printer offline"),
		},
	},
	{
		name: "an event's uuid where a syslog host would be is none",
		why:  "fmadm faulty writes the event's id after the time; no machine is named by a UUID",
		entries: []worldEntry{
			we("2026-11-29T07:44:07Z", Warn, "", "Nov 29 07:44:07 0b7e2c91-4d3a-4f1e-8c2b-9a6d5e4f3c21  SUNOS-8000-J0   Minor"),
		},
	},
	{
		name: "PowerShell's error record is one record, in the console's language",
		why:  "the position line, the code and caret lines behind '+' and the category lines belong to the Cmdlet : message line; the verbose stream's German prefix is a debug level",
		entries: []worldEntry{
			we("", Debug, "", "AUSFÜHRLICH: Dienst Spooler wird neu gestartet."),
			we("", Unknown, "",
				"Restart-Service : Der Dienst \"Spooler\" kann nicht beendet werden.",
				"In Zeile:4 Zeichen:1",
				"+ Restart-Service Spooler",
				"+ ~~~~~~~~~~~~~~~~~~~~~~~",
				"    + CategoryInfo          : CloseError: (System.ServiceProcess.ServiceController:ServiceController) [Restart-Service], ServiceCommandException",
				"    + FullyQualifiedErrorId : CouldNotStopService,Microsoft.PowerShell.Commands.RestartServiceCommand"),
			we("", Unknown, "",
				"Get-Content : Cannot find path 'C:\\temp\\a.txt' because it does not exist.",
				"At line:2 char:9",
				"+ $text = Get-Content C:\\temp\\a.txt",
				"+         ~~~~~~~~~~~~~~~~~~~~~~~~~~"),
			we("", Unknown, "", "+ this line opens with a plus of its own"),
		},
	},
	{
		name: "a tool's pictograph steps among its logger's timed lines",
		why:  "once a source opened untimed records with a pictograph and a blank, such a line after a timed record is a record of its own; the sub-steps indented under a step are records too",
		entries: []worldEntry{
			we("", Unknown, "", "🚀  Launching sandbox v2.1 on linux/amd64"),
			we("", Unknown, "", "📦  Fetching images ..."),
			we("2026-11-29T07:44:09.100Z", Warn, "", "W1129 07:44:09.100000   7712 fetch.go:88] mirror timed out, using the origin"),
			we("", Unknown, "", "🔧  Configuring the network ..."),
			we("", Unknown, "", "    ▪ Creating bridge br-sbx ..."),
			we("", Unknown, "", "    ▪ Writing routes ..."),
		},
	},
	{
		name: "a key and its value or prose are no listing's heading",
		why:  "an aligned ssh_config block and a fetch tool's summary name Host and Time words without being tables; a row's machine is a machine's name",
		entries: []worldEntry{
			we("", Unknown, "", "Host        PowerEdge R630"),
			we("", Unknown, "", "Kernel      5.15.0-91-generic"),
			we("", Unknown, "", "Uptime      12 days, 4 hours"),
			we("", Unknown, "", "Host lookup failed.  Time to retry: 5s"),
			we("", Unknown, "", "Connecting to db1.  Attempt 2 of 5"),
		},
	},
	{
		name: "a machine named by a UUID keeps its name before its program's tag",
		why:  "BOSH and Cloud Foundry VMs are named by UUIDs; only an id with no tag after it (fmadm's) is no host",
		entries: []worldEntry{
			we("2026-11-29T07:44:11Z", Unknown, "3f2b8c1e-7a4d-4b2e-9f1a-0c2d3e4f5a6b", "Nov 29 07:44:11 3f2b8c1e-7a4d-4b2e-9f1a-0c2d3e4f5a6b sshd[1234]: Accepted publickey for vcap from 10.0.16.5 port 51122"),
		},
	},
	{
		name: "racoon's NOTIFY in its own file",
		why:  "racoon -l writes its level after the time, a colon after it",
		entries: []worldEntry{
			we("2026-11-29T07:44:12Z", Notice, "", "2026-11-29 07:44:12: NOTIFY: the packet is retransmitted by 10.0.0.5[500] (1)."),
			we("2026-11-29T07:44:13Z", Info, "", "2026-11-29 07:44:13: INFO: respond new phase 1 negotiation: 10.0.0.1[500]<=>10.0.0.5[500]"),
		},
	},
	{
		name: "a version control history's revisions, one record each",
		why:  "git log's commit block runs to the next commit, and its Date: line is its time",
		entries: []worldEntry{
			we("2026-11-29T07:44:14Z", Unknown, "",
				"commit 4e1d2c3b4a5f60718293a4b5c6d7e8f901a2b3c4",
				"Author: Ana Ruiz <ana@example.org>",
				"Date:   Sun Nov 29 08:44:14 2026 +0100",
				"",
				"    billing: round half to even"),
			we("2026-11-28T21:00:00Z", Unknown, "",
				"commit 0a9b8c7d6e5f40312213a4b5c6d7e8f9a0b1c2d3",
				"Author: Ana Ruiz <ana@example.org>",
				"Date:   Sat Nov 28 22:00:00 2026 +0100",
				"",
				"    billing: first cut"),
		},
	},
	{
		name: "a web log's bracketed time with two blanks before its offset",
		why:  "rinetd's strftime format ends in a blank before its %z",
		entries: []worldEntry{
			we("2026-11-29T07:44:15Z", Unknown, "", `192.0.2.31 - - [29/Nov/2026:08:44:15  +0100] "GET /rinetd-services/0.0.0.0/8443/10.2.0.7/443/done-local-closed HTTP/1.0" 200 5120 - - - 911`),
		},
	},
	{
		name: "a syslog receiver's JSON: the header's host name over the sender's address",
		why:  "Vector's syslog source keeps the peer's address under host and the header's name under hostname",
		entries: []worldEntry{
			we("2026-11-29T07:44:16Z", Warn, "edge-fw-2", `{"appname":"filterlog","host":"192.0.2.9","hostname":"edge-fw-2","message":"rule 41 blocked 203.0.113.7","severity":"warning","source_type":"syslog","timestamp":"2026-11-29T07:44:16Z"}`),
		},
	},
	{
		name: "Chromium's level bracket with a long source path, between timed lines",
		why:  "a CDM or WebRTC module logs through Chromium's logging without a time; its bracket opens a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:44:17.1Z", Info, "", "I1129 07:44:17.100000 6133575680 player.cc:88] Loading manifest"),
			we("", Error, "", "[ERROR:/home/builder/widevine-release/core/src/license_engine.cpp(812):Restore] License restore failed: no usage entry"),
			we("2026-11-29T07:44:17.3Z", Warn, "", "W1129 07:44:17.300000 6133575680 player.cc:97] Falling back to clear playback"),
		},
	},
	{
		name: "a point of InfluxDB's line protocol: its epoch, its severity and host tags",
		why:  "Telegraf's file output writes syslog and metrics as points; hostname is the sender's, host Telegraf's machine",
		entries: []worldEntry{
			we("2026-11-29T07:44:18.5Z", Error, "san-ctl-b", `syslog,appname=raidmon,facility=local3,host=telegraf-02,hostname=san-ctl-b,severity=err message="Disk 14 of shelf 2 failed, rebuild started",severity_code=3i 1795938258500000000`),
			we("2026-11-29T07:44:19Z", Unknown, "db-07", `mem,host=db-07 used_percent=81.5,available=2048i 1795938259000000000`),
			we("", Unknown, "", `status,service=api count=3 of 4 checks passed`),
		},
	},
	{
		name: "an audit event's id as LAUREL writes it first in its JSON",
		why:  "the id holds the event's epoch with milliseconds and auditd's serial after a colon",
		entries: []worldEntry{
			we("2026-11-29T07:44:20.25Z", Unknown, "", `{"ID":"1795938260.250:90412","SYSCALL":{"arch":"0xc000003e","syscall":257,"success":"yes","exit":3,"comm":"cat","exe":"/usr/bin/cat"},"PATH":[{"name":"/etc/shadow","nametype":"NORMAL"}]}`),
			we("", Unknown, "", `{"ID":"A-1042","task":"rotate keys","state":"done"}`),
		},
	},
	{
		name: "a JSON body under the line that announces it",
		why:  "SDKs and HTTP loggers print a request's body on its own line after a header line that ends in a colon",
		entries: []worldEntry{
			we("2026-11-29T07:44:21.1Z", Debug, "",
				"2026-11-29 07:44:21.100 DEBUG [http-client] POST https://api.example.net/v2/orders Request body:",
				`{"order":"A-5521","items":3,"currency":"EUR"}`),
			we("2026-11-29T07:44:21.4Z", Debug, "", "2026-11-29 07:44:21.400 DEBUG [http-client] 201 Created in 300 ms"),
		},
	},
	{
		name: "a listing's heading under a timed line that does not announce it",
		why:  "kubectl prints its table on stdout under the klog lines of its stderr; each row is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:44:22.5Z", Info, "", "I1129 07:44:22.500000   51022 round_trippers.go:553] GET https://10.0.0.1:6443/apis/apps/v1/namespaces/shop/deployments?limit=500 200 OK in 12 milliseconds"),
			we("", Unknown, "", "NAME        READY   UP-TO-DATE   AVAILABLE   AGE"),
			we("", Unknown, "", "cart-api    3/3     3            3           41d"),
			we("", Unknown, "", "checkout    1/2     2            1           41d"),
		},
	},
	{
		name: "logback's root cause first, each wrapper after Wrapped by:",
		why:  "%rEx prints the root cause, then every exception that wraps it: one record with the line above",
		entries: []worldEntry{
			we("2026-11-29T07:44:23.3Z", Error, "",
				"2026-11-29 07:44:23,300 ERROR [worker-2] o.e.billing.Invoicer - Invoice run 88 failed",
				"java.io.EOFException: stream closed",
				"\tat org.example.billing.Feed.read(Feed.java:41)",
				"Wrapped by: org.example.billing.FeedException: feed 12 unreadable",
				"\tat org.example.billing.Invoicer.run(Invoicer.java:77)"),
		},
	},
	{
		name: "Serilog's four-letter fatal level",
		why:  "{Level:w4} writes fatl; the other four-letter names are read already",
		entries: []worldEntry{
			we("2026-11-29T07:44:24Z", Critical, "", "2026-11-29 08:44:24.000 +01:00 [fatl] Host terminated unexpectedly"),
		},
	},
	{
		name: "a report's durations spelled as clocks are no times",
		why:  "SQL*Loader's and other tools' summaries line up an elapsed and a CPU time under each other",
		entries: []worldEntry{
			we("", Unknown, "", "Load completed - logical record count 4821.", ""),
			we("", Unknown, "", "Elapsed time was:     00:01:12.07"),
			we("", Unknown, "", "CPU time was:         00:00:09.15"),
		},
	},
	{
		name: "CockroachDB's crdb-v2 with an offset glued to its fraction",
		why:  "the timezone option writes the offset with its seconds, no blank before it",
		entries: []worldEntry{
			we("2026-11-29T07:44:25.5Z", Warn, "", "W261129 02:44:25.500000-050000 7712 kv/kvserver/replica_raft.go:1504 ⋮ [T1,n2,s2,r88/2:/Table/106/1{-/2}] 41  slow raft ready"),
		},
	},
	{
		name: "a helper's complaint under its daemon's timed line, opened by its path",
		why:  "a daemon's helpers write their stderr into the daemon's log with their path first, no time",
		entries: []worldEntry{
			we("2026-11-29T07:44:26Z", Unknown, "", "2026/11/29 07:44:26 kid1| helperOpenServers: Starting 2/10 'basic_ldap_auth' processes"),
			we("", Warn, "", "/usr/lib/squid/basic_ldap_auth: WARNING: could not bind to binddn 'Can't contact LDAP server'"),
			we("2026-11-29T07:44:27Z", Unknown, "", "2026/11/29 07:44:27 kid1| Accepting HTTP Socket connections at conn3 local=[::]:3128 remote=[::] FD 14 flags=9"),
		},
	},
	{
		name: "an event's time under a kebab-case key",
		why:  "the OCI CLI writes its audit events' keys in kebab case",
		entries: []worldEntry{
			we("2026-11-29T07:44:28.123Z", Unknown, "", `{"event-id":"b1f3c2d4","event-time":"2026-11-29T07:44:28.123000+00:00","event-type":"com.oraclecloud.ComputeApi.TerminateInstance","source":"ComputeApi"}`),
		},
	},
	{
		name: "ModSecurity 2's JSON audit record: its transaction's time",
		why:  "mod_security 2.9's JSON audit log nests Apache's time with microseconds and an offset under transaction",
		entries: []worldEntry{
			we("2026-11-29T07:44:29.5Z", Unknown, "", `{"transaction":{"time":"29/Nov/2026:08:44:29.500000 +0100","transaction_id":"aB3dE5fG7hI9","remote_address":"198.51.100.23","remote_port":40112},"request":{"request_line":"POST /login HTTP/1.1"},"response":{"status":403}}`),
		},
	},
	{
		name: "a sender's address stays the host beside an empty or placeholder name",
		why:  "a header with no host gives \"-\" and an unconfigured device calls itself localhost: neither names the machine its address does",
		entries: []worldEntry{
			we("2026-11-29T07:44:30Z", Info, "192.0.2.44", `{"time":"2026-11-29T07:44:30Z","level":"info","host":"192.0.2.44","hostname":"-","message":"link up"}`),
			we("2026-11-29T07:44:31Z", Info, "192.0.2.45", `{"time":"2026-11-29T07:44:31Z","level":"info","host":"192.0.2.45","hostname":"localhost","message":"link up"}`),
		},
	},
	{
		name: "a title and its table logged in one call stay one record",
		why:  "an application logs a report's heading and rows under its own line; only a Go CLI's klog lines on stderr sit above another stream's table",
		entries: []worldEntry{
			we("2026-11-29T07:44:32.1Z", Info, "",
				"2026-11-29 07:44:32,100 INFO  [admin] Describing consumer group billing-sync",
				"GROUP          TOPIC     PARTITION  CURRENT-OFFSET  LAG",
				"billing-sync   invoices  0          88120           4"),
		},
	},
	{
		name: "the files an error names under it are its own text",
		why:  "a joined error lists each file it complains of on a line of its own, path first",
		entries: []worldEntry{
			we("2026-11-29T07:44:33.2Z", Error, "",
				"2026-11-29T07:44:33.200Z	ERROR	config/load.go:88	configuration is invalid",
				"/etc/relay/conf.d/10-upstreams.yaml: upstreams[1].port must be between 1 and 65535",
				"/etc/relay/conf.d/20-tls.yaml: certificate file not found"),
		},
	},
	{
		name: "git's raw dates: epoch seconds and the writer's offset",
		why:  "git log --date=raw writes them on the Date: line, --pretty=raw after the author's address",
		entries: []worldEntry{
			we("2026-11-29T07:44:34Z", Unknown, "",
				"commit 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
				"Author: Ana Ruiz <ana@example.org>",
				"Date:   1795938274 +0100",
				"",
				"    docs: note the raw date"),
			we("2026-11-29T07:44:35Z", Unknown, "",
				"commit 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
				"tree 9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d",
				"author Kim Lee <kim@example.org> 1795938275 -0800",
				"committer Kim Lee <kim@example.org> 1795938290 -0800",
				"",
				"    build: pin the toolchain"),
		},
	},
	{
		name: "a listing's NODE column names the machine a row is of",
		why:  "docker service ps and kubectl -o wide put the node a task or pod runs on under NODE",
		entries: []worldEntry{
			wskip("ID             NAME       IMAGE         NODE       DESIRED STATE   CURRENT STATE"),
			we("", Unknown, "worker-a2", "q1w2e3r4t5y6   web.1      shop/web:7    worker-a2  Running         Running 5 minutes ago"),
			we("", Unknown, "worker-b1", "a9s8d7f6g5h4   web.2      shop/web:7    worker-b1  Running         Running 5 minutes ago"),
		},
	},
	{
		name: "a Windows event's XML written an element a line",
		why:  "python-evtx's evtx_dump.py prints each element of an event on a line of its own, up to its </Event>",
		entries: []worldEntry{
			we("2026-11-29T07:44:36.5Z", Warn, "DC01.corp.example",
				`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Time-Service"></Provider>`,
				`<EventID Qualifiers="">36</EventID>`,
				`<Level>3</Level>`,
				`<TimeCreated SystemTime="2026-11-29 07:44:36.500000"></TimeCreated>`,
				`<Computer>DC01.corp.example</Computer>`,
				`</System>`,
				`<EventData><Data Name="TimeSpan">86400</Data>`,
				`</EventData>`,
				`</Event>`),
			we("2026-11-29T07:44:40Z", Info, "DC01.corp.example",
				`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Service Control Manager"></Provider>`,
				`<EventID Qualifiers="16384">7036</EventID>`,
				`<Level>4</Level>`,
				`<TimeCreated SystemTime="2026-11-29 07:44:40.000000"></TimeCreated>`,
				`<Computer>DC01.corp.example</Computer>`,
				`</System>`,
				`</Event>`),
		},
	},
	{
		name: "an event's XML cut short stops at the next line that is no element",
		why:  "a receiver cuts a long event at its datagram's size; the next syslog line opens with its PRI, the next event with <Event",
		entries: []worldEntry{
			we("2026-11-29T07:44:37Z", Unknown, "WKS-17.corp.example",
				`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing"></Provider>`,
				`<TimeCreated SystemTime="2026-11-29 07:44:37.000000"></TimeCreated>`,
				`<Computer>WKS-17.corp.example</Computer>`,
				`<EventData><Data Name="TargetUserName">svc-bac`),
			we("2026-11-29T07:44:38Z", Warn, "fw02", "<28>Nov 29 07:44:38 fw02 kernel: DROP IN=eth1 SRC=198.51.100.7 DST=10.0.0.9 PROTO=TCP DPT=3389"),
		},
	},
	{
		name: "a listing's two-word names that open with Node name no machine",
		why:  "nomad node status's Node Pool and nomad job status's Node ID are a pool and an id",
		entries: []worldEntry{
			wskip("ID        Node Pool  DC   Name       Class   Drain  Eligibility  Status"),
			we("", Unknown, "", "a1b2c3d4  gpu-a100   dc1  nomad-c07  <none>  false  eligible     ready"),
			we("", Unknown, "", "e5f6a7b8  batch-2    dc1  nomad-c11  <none>  false  eligible     ready"),
		},
	},
	{
		name: "an event's Computer that holds no machine's name gives no host",
		why:  "names are data: a control character in the element is no host to print",
		entries: []worldEntry{
			we("2026-11-29T07:44:41Z", Error, "", "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Disk'/><EventID>7</EventID><Level>2</Level><TimeCreated SystemTime='2026-11-29T07:44:41.0000000Z'/><Computer>PC\x1b[1mX</Computer></System></Event>"),
		},
	},
	{
		name: "a one-digit hour offset glued to a clock's fraction is its zone",
		why:  "a combat log and a crash-report summary write the local hour offset bare after the milliseconds or microseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.462Z", Unknown, "", "11/29/2026 02:41:16.462-5  ZONE_CHANGE,2769,\"Ashvane Docks\",16"),
			we("2026-11-29T06:43:02.55194Z", Unknown, "", "11/29/2026 08:43:02.551940+2  ENCOUNTER_END,2902,\"Broodtwister\",16,20,1"),
		},
	},
	{
		name: "a digit after a clock's fraction and one blank is no hour offset",
		why:  "a sequence or worker number joined to the time by a dash, as a layout's %d-%n writes it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204-1 worker started"),
			we("2026-11-29T07:41:16.305Z", Unknown, "", "2026-11-29 07:41:16.305-2 worker started"),
		},
	},
	{
		name: "a digit after a clock without a fraction is no hour offset",
		why:  "a clock and a dash and a digit is a range or a counter unless a fraction shows the clock ends there",
		entries: []worldEntry{
			we("2026-11-29T02:41:16Z", Info, "", "2026-11-29 02:41:16-5 INFO worker-5 picked job 41"),
			we("2026-11-29T02:41:17Z", Info, "", "2026-11-29 02:41:17-6 INFO worker-6 picked job 42"),
		},
	},
	{
		name: "a level glued to the date inside a line's opening bracket",
		why:  "Python's `[%(levelname)s:%(asctime)s] %(name)s: %(message)s`: the date after the level's colon is the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO:2026-11-29 07:41:16,204] app.server: listening on 0.0.0.0:8080"),
			we("2026-11-29T07:41:18.007Z", Error, "",
				"[ERROR:2026-11-29 07:41:18,007] app.worker: job 41 failed",
				"Traceback (most recent call last):",
				`  File "/srv/app/worker.py", line 88, in run`,
				"ValueError: bad payload"),
			we("2026-11-29T07:41:19.311Z", Warn, "", "[WARNING:2026-11-29 07:41:19,311] app.worker: retrying job 41"),
		},
	},
	{
		name: "RFC 5424's APP-NAME after a time of another spelling is no level word",
		why:  "a blank after the PRI keeps the strict parser off; the PRI's severity stands, and the program's name is not read as a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "media-gw-2", "<131> 1 2026-11-29T07:41:16.204Z media-gw-2 DBG - - - call 41 released by peer"),
			we("2026-11-29T07:41:17.5Z", Warn, "media-gw-2", "<132> 1 2026-11-29T07:41:17.500Z media-gw-2 INFO 812 - - trunk 3 above 80 % of its channels"),
		},
	},
	{
		name: "a right-aligned level and a dash before the time",
		why:  "a level padded to its column's width indents the line; the time after the dash is still the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "   INFO - 29/Nov/2026 07:41:16 cache warmed in 12 ms"),
			we("2026-11-29T07:41:18Z", Error, "", "  ERROR - 29/Nov/2026 07:41:18 payment gateway timed out after 30 s"),
			we("2026-11-29T07:41:19Z", Warn, "", "   WARN - 2026-11-29 07:41:19 queue depth 812 above 500"),
		},
	},
	{
		name: "a level letter after the time, then a process's and a thread's numbers",
		why:  "a letter before two number columns is the level column, not a word of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29T07:41:16.204 W 4120 7 Cache.cpp:88 eviction storm on shard 3"),
			we("2026-11-29T07:41:17.001Z", Error, "", "2026-11-29T07:41:17.001 E 4120 9 Store.cpp:412 fsync failed: no space left on device"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29T07:41:18.000 E 404 returned for /missing"),
			we("2026-11-29T07:41:19.201Z", Unknown, "", "2026-11-29 07:41:19.201 A 4120 7 B 100 ACME 189.2500"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 W 21 33 1012.6 hPa 3.9 C"),
		},
	},
	{
		name: "an untimed line that opens with the program's bracketed name is a record of its own",
		why:  "a program that writes its name in brackets before every line, and its time after it only on some, opens a record with each",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Relay] 2026-11-29 07:41:16: accepted 10.0.4.21:51234"),
			we("", Unknown, "", "[Relay] [Cache] hit /assets/app.js"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Relay] 2026-11-29 07:41:17: closed 10.0.4.21:51234 after 812 bytes"),
			we("2026-11-29T07:41:18Z", Error, "",
				"2026-11-29 07:41:18 ERROR [worker] job 41 failed",
				"[worker] retry budget exhausted"),
		},
	},
	{
		name: "a timed line behind a service's name aligned to the right is a record of its own",
		why:  "a runner that pads its containers' names on the left indents the shorter ones; the time after the bar opens a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "builder | 2026-11-29 07:41:15 INFO fetching sources"),
			we("2026-11-29T07:41:16Z", Unknown, "", "  cache | 2026/11/29 07:41:16 [003] GET https://mirror.example/pkg/a.tgz"),
			we("2026-11-29T07:41:17Z", Unknown, "", "  cache | 2026/11/29 07:41:17 [003] 200 https://mirror.example/pkg/a.tgz"),
			we("2026-11-29T07:41:18Z", Error, "",
				"builder | 2026-11-29 07:41:18 ERROR step failed",
				"  at step3 (build.js:12)"),
			we("2026-11-29T07:41:19Z", Info, "",
				"2026-11-29 07:41:19 INFO backup report:",
				" name  | last_run",
				"-------+---------------------",
				" alpha | 2026-11-29 06:00:02",
				" beta  | 2026-11-28 06:00:01"),
		},
	},
	{
		name: "a brief level letter and tag after the hours, minutes and seconds since start",
		why:  "a time since start is no time; the letter before the slash and the tag is the level",
		entries: []worldEntry{
			we("", Info, "", "0:00:02.118 I/NET: bound 0.0.0.0:49000"),
			we("", Warn, "", "1:12:40.006 W/GFX: frame took 48 ms"),
			we("", Error, "", "27:03:09.771 E/DISK: cache write failed"),
			we("", Unknown, "", "0:00:01.118 F/W: version 2.1.4 loaded from flash"),
			we("", Unknown, "", "0:00:02.004 I/O: 812 MB/s sequential read"),
		},
	},
	{
		name: "a logger's name before a padded level column under a syslog-like time is no host",
		why:  "Python's %(name)s %(levelname)-8s after a month-day time looks like a BSD header; a name without a digit before a level padded to eight is a logger",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 ryu.controller INFO     switch 0x3 connected"),
			we("2026-11-29T07:41:18Z", Error, "", "Nov 29 07:41:18 ryu.ofp_handler ERROR    datapath 0x5 unknown"),
			we("2026-11-29T07:41:19Z", Warn, "sw-core-2", "Nov 29 07:41:19 sw-core-2 WARNING  link: link down on port 18"),
			we("2026-11-29T07:41:21Z", Warn, "raspberrypi", "Nov 29 07:41:21 raspberrypi WARNING  DHT22 read failed, retrying"),
			we("2026-11-29T07:41:22Z", Info, "gateway.lan", "Nov 29 07:41:22 gateway.lan INFO     wan up"),
		},
	},
	{
		name: "a syslog severity digit in the bracket before a bracketed ctime, a pid and a C source",
		why:  "a captive portal's debug.c opens its lines with the syslog level it logged at",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[5][Sun Nov 29 07:41:16 2026][812](auth.c:88) client 10.8.0.14 authenticated"),
			we("2026-11-29T07:41:20Z", Error, "", "[3][Sun Nov 29 07:41:20 2026][812](fw_iptables.c:214) iptables returned 1"),
		},
	},
	{
		name: "a device's name between a line's time and its CEF record",
		why:  "an appliance that writes no syslog tag puts its name right before CEF:0|; an address in the extension is no host",
		entries: []worldEntry{
			we("2026-11-29T07:52:14.318Z", Unknown, "ids-edge-02.corp.example", "2026-11-29 07:52:14.318+00 ids-edge-02.corp.example CEF:0|Acme|Sensor|4.2|scan|Port scan|5|src=198.51.100.7 dst=10.0.0.9"),
			we("2026-11-29T07:52:20Z", Unknown, "10.20.0.4", "2026-11-29T07:52:20Z 10.20.0.4 CEF:0|Acme|Sensor|4.2|login|Admin login|3|suser=ops src=10.0.0.20"),
		},
	},
	{
		name: "a syslog severity digit after the timebase in a line's opening bracket",
		why:  "firmware's console writes its seconds since boot and the message's level in one bracket; the seconds are no time",
		entries: []worldEntry{
			we("", Warn, "", "[   12.004417203,4] FSP: mailbox timeout, retrying"),
			we("", Error, "", "[   13.551020114,3] PHB#0001: link training failed"),
			we("", Unknown, "", "[   14.000000000,9] not a console level"),
		},
	},
	{
		name: "a function platform's invocation markers are records of their own",
		why:  "Alibaba Function Compute writes its start and end markers untimed around the function's own timed lines, as Lambda does",
		entries: []worldEntry{
			we("", Unknown, "", "FC Invoke Start RequestId: 1f0e2d3c-4b5a-4697-8877-665544332211"),
			we("2026-11-29T07:41:16.5Z", Error, "", "2026-11-29T07:41:16.500Z 1f0e2d3c-4b5a-4697-8877-665544332211 [ERROR] handler.py:12: bucket not found"),
			we("", Unknown, "", "FC Invoke End RequestId: 1f0e2d3c-4b5a-4697-8877-665544332211"),
		},
	},
	{
		name: "a Scala exception named a failure opens the trace under the record that logged it",
		why:  "a class under a package of two parts or more that ends in Failure, then its frames, belongs to the error line above it",
		entries: []worldEntry{
			we("", Error, "",
				"[error] c.e.s.Boot [|] service failed to start",
				"com.example.storage.Migrator$SchemaFailure: column missing",
				"\tat com.example.storage.Migrator.run(Migrator.scala:88)"),
			we("", Info, "", "[info] c.e.s.Boot [|] shutting down"),
		},
	},
	{
		name: "Telegraf's JSON keeps a Windows event's level and computer among its tags",
		why:  "the json serializer nests win_eventlog's LevelText and Computer under tags, beside the agent's own host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Warn, "KIOSK-03", `{"fields":{"EventRecordID":5521,"Message":"Name resolution timed out."},"name":"win_eventlog","tags":{"Channel":"System","Computer":"KIOSK-03","EventID":"1014","Level":"3","LevelText":"Warning","host":"collector-9"},"timestamp":1795938080}`),
			we("2026-11-29T07:41:30Z", Unknown, "collector-9", `{"fields":{"usage_idle":91.5},"name":"cpu","tags":{"cpu":"cpu-total","host":"collector-9"},"timestamp":1795938090}`),
		},
	},
	{
		name: "a classic Windows event's type in Fluentd's JSON is its level",
		why:  "in_windows_eventlog writes information, warning or error under event_type; an audit type or an IDS's event type is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Warn, "WS-1", `2026-11-29 07:41:17.000000000 +0000 winevt.raw: {"channel":"system","event_id":"1014","event_type":"warning","computer_name":"WS-1","description":"Name resolution timed out."}`),
			we("2026-11-29T07:41:18Z", Unknown, "WS-1", `2026-11-29 07:41:18.000000000 +0000 winevt.raw: {"channel":"security","event_id":"4624","event_type":"audit_success","computer_name":"WS-1","description":"An account was logged on."}`),
			we("2026-11-29T07:41:19Z", Unknown, "", `{"timestamp":"2026-11-29T07:41:19.000000+0000","event_type":"alert","src_ip":"10.0.0.5","alert":{"signature":"ET SCAN probe"}}`),
		},
	},
	{
		name: "a Windows event's level and computer among a line-protocol point's tags",
		why:  "Telegraf's win_eventlog names the event's level under LevelText and the machine that logged it under Computer, beside its own host tag",
		entries: []worldEntry{
			we("2026-11-29T07:42:10Z", Error, "FS09", `win_eventlog,Channel=System,Computer=FS09,EventID=7031,Level=2,LevelText=Error,Source=Service\ Control\ Manager,host=collector-2 EventRecordID=88120i,Message="The Spooler service terminated unexpectedly." 1795938130000000000`),
		},
	},
	{
		name: "log_level and levelname name the level in a line of pairs as in JSON",
		why:  "a Singer tap's formatter and Python's logfmt formatters spell the level key as their JSON keys do",
		entries: []worldEntry{
			we("2026-11-29T07:45:02Z", Error, "", "time=2026-11-29 07:45:02 logger_name=tap_mysql file=/srv/tap/sync.py:88 log_level=ERROR message=binlog position lost"),
			we("2026-11-29T07:45:03Z", Warn, "", "asctime=2026-11-29T07:45:03Z levelname=WARNING name=worker msg=\"queue is backing up\""),
		},
	},
	{
		name: "a message id that names its level with a word where Cisco's has a digit",
		why:  "pyATS and Unicon write %LOGGER-LEVEL: after their time; a word that is no level in that place names none",
		entries: []worldEntry{
			we("2026-11-29T07:50:02Z", Warn, "", "2026-11-29T07:50:02: %UNICON-WARNING: Device 'core-r2' did not answer, retrying in 5s"),
			we("2026-11-29T07:50:09Z", Error, "", "2026-11-29T07:50:09: %AETEST-ERROR: Caught an exception while executing section connect"),
			we("2026-11-29T07:50:11Z", Unknown, "", "2026-11-29T07:50:11: %DISK-FULL: /var/tmp has no room for the capture"),
		},
	},
	{
		name: "a level word with its message's number in place of the colon",
		why:  "the OpenMP runtime and Intel's compilers number their diagnostics: Warning #190:, error #20:; a numbered item in a sentence is no level",
		entries: []worldEntry{
			we("", Warn, "", "OMP: Warning #190: Forking a process while a parallel region is active is potentially unsafe."),
			we("", Error, "", "OMP: Error #13: Assertion failure at kmp_runtime.cpp(6480)."),
			we("", Unknown, "", "Processed item #12: nothing to do"),
		},
	},
	{
		name: "the HDF5 library's error stack heading",
		why:  "HDF5 writes its errors as a fixed heading and numbered frames, with no level word of its own",
		entries: []worldEntry{
			we("", Error, "",
				"HDF5-DIAG: Error detected in HDF5 (1.12.2) thread 0:",
				"  #000: H5D.c line 285 in H5Dopen2(): unable to open dataset",
				"    major: Dataset",
				"    minor: Can't open object"),
		},
	},
	{
		name: "a month and day joined to the clock by a dash, further in than the first word",
		why:  "Vixie cron's own log writes its time in parentheses after the user; the pid glued after it is no zone",
		entries: []worldEntry{
			we("2026-11-29T07:30:00Z", Unknown, "", "operator (11/29-07:30:00-2211) CMD (/usr/libexec/atrun)"),
			we("2026-11-29T07:31:02Z", Unknown, "", "jdoe (11/29-07:31:02-2245) BEGIN EDIT (jdoe)"),
		},
	},
	{
		name: "digits after a clock that no zone's offset spells are no zone",
		why:  "offsets run from -12:00 to +14:00; a dash and four digits beyond that after a clock are a pid or a counter",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29-07:41:16-2210 worker started"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16+1500 job 7 queued"),
		},
	},
	{
		name: "a run of dots where a syslog host would stand is no host",
		why:  "STAR and other tools mark their progress with dots after the time; a host's name has a letter or a digit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 ..... started STAR run"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 ..... loading genome"),
			we("2026-11-29T07:41:18Z", Unknown, "node-4", "Nov 29 07:41:18 node-4 kernel: eth0: link up"),
		},
	},
	{
		name: "loguru's level before its bar when the line opens with the seconds since start",
		why:  "VTK and ParaView turn loguru's date off: the uptime in parentheses is no time, the word before the bar the level",
		entries: []worldEntry{
			we("", Warn, "", "(   3.120s) [main thread     ]        vtkXMLReader.cxx:512   WARN| Cannot read the time steps"),
			we("", Error, "", "(   4.007s) [render 2        ]vtkOpenGLRenderWindow.c:471    ERR| No OpenGL context"),
			we("", Unknown, "", "(   4.500s) [main thread     ]          pqServer.cxx:88       1| verbose detail"),
		},
	},
	{
		name: "a level letter between asterisks right after the time",
		why:  "NetXMS writes its level as one letter between asterisks; a starred letter further in is a message's emphasis or a footnote",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.877Z", Error, "", "2026.11.29 07:41:19.877 *E* [db.conn            ] Connection to database lost"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 rating *A* given by reviewer 12"),
		},
	},
	{
		name: "cron's pid after its dashed clock is no zone",
		why:  "Vixie cron joins the pid to its clock with a dash: 1012 there is no offset of -10:12",
		entries: []worldEntry{
			we("2026-11-29T07:00:00Z", Unknown, "", "root (11/29-07:00:00-1012) CMD (run-parts /etc/cron.hourly)"),
			we("2026-11-29T07:01:00Z", Unknown, "", "CRON (11/29-07:01:00-345) STARTUP (fork ok)"),
		},
	},
	{
		name: "a dashed month and day in a message is not the line's time",
		why:  "only cron's stamp, in parentheses after the first word with its pid, is read so far into a line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "snapshot 11/28-23:00:00 restored time=2026-11-29T07:41:16Z level=info"),
		},
	},
	{
		name: "a commit subject that names a numbered warning has no level",
		why:  "a level word with its message's number counts first, or after a program's name and a colon",
		entries: []worldEntry{
			we("", Unknown, "", "a1b2c3d Fix warning #177: variable declared but never referenced"),
		},
	},
	{
		name: "log_level after the message is a setting the program reports",
		why:  "a Singer tap writes its level before the message; after it, the pair is the program's configuration",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", `time=2026-11-29T07:41:17Z msg="config loaded" log_level=debug port=8080`),
		},
	},
	{
		name: "an empty host key leaves the host to another key",
		why:  "an empty name names no machine; the collector's agent then does",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "beat01", `{"time":"2026-11-29T07:41:18Z","tags":{"Computer":""},"msg":"x","agent":{"hostname":"beat01"}}`),
		},
	},
	{
		name: "a message id's mnemonic that only spells a logger's level name is no level",
		why:  "the level words of a message id are the syslog severities' names; CONFIG and FINE are Java's logger levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "fw01", "Nov 29 07:41:19 fw01 %NVRAM-CONFIG: saved"),
		},
	},
	{
		name: "Groonga's level letter between bars right after the time",
		why:  "Groonga, PGroonga and Mroonga write one letter on their own scale there: e error, w warning, n notice; a bar table's cell further in is no level",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.000412Z", Error, "", "2026-11-29 08:02:11.000412|e| [ii][update] failed to update posting list"),
			we("2026-11-29T08:02:12.120001Z", Notice, "", "2026-11-29 08:02:12.120001|n|4412: pgroonga: initialize: <4.0.1>"),
			we("2026-11-29T08:02:13Z", Unknown, "", "2026-11-29 08:02:13 | e | 12 | 4 |"),
		},
	},
	{
		name: "a month and day joined to the clock by an underscore",
		why:  "quectel-CM stamps its lines [MM-dd_HH:mm:ss:SSS], the milliseconds after a colon; a file's name with a date and no clock is none",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.118Z", Unknown, "", "[11-29_07:52:03:118] requestSetupDataCall WdsConnectionIPv4Handle: 0x86a2f1c0"),
		},
	},
	{
		name: "a month and day before an underscore and no clock are a name's",
		why:  "a file's name with a date in it is no time",
		entries: []worldEntry{
			we("", Unknown, "", "wrote report-11-29_final.csv"),
		},
	},
	{
		name: "a pid glued to the clock in the line's opening bracket",
		why:  "Tiny Tiny RSS's update daemon writes [HH:mm:ss/pid]; the time is the clock's, on the table's day",
		entries: []worldEntry{
			we("2026-11-29T07:52:40Z", Unknown, "", "[07:52:40/2210] Updating feed 41 (https://example.org/rss)"),
		},
	},
	{
		name: "an elapsed clock over a total in a bracket is no time of day",
		why:  "a progress bracket's second part is a duration, not a pid",
		entries: []worldEntry{
			we("", Unknown, "", "[00:01:30/00:05:00] encoding chapter 3"),
		},
	},
	{
		name: "a capitalized level closing the time's bracket, glued to the source's bracket",
		why:  "the Tuya IoT SDK writes [MM-dd HH:mm:ss TUYA Level][file.c:line], its IPC SDK with two dashes after the seconds; one product's name in capitals may come first",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[11-29 07:41:16 TUYA Debug][uni_thread.c:158] Init Thread Del Mgr"),
			we("2026-11-29T07:41:18Z", Notice, "", "[11-29 07:41:18 Notice][tuya_device.c:155] key:7, relay:14"),
			we("2026-11-29T07:43:02Z", Error, "", "[11-29 07:43:02-- TUYA Err][mqc_app.c:274] mqtt connect fail. rt:-3"),
		},
	},
	{
		name: "a level-like word in the time's bracket after a lower-case word, or a plural, is none",
		why:  "only a level right after the time or after one product's name in capitals closes the bracket",
		entries: []worldEntry{
			we("2026-11-29T07:44:00Z", Unknown, "", "[2026-11-29 07:44:00 rest Debug][x] y"),
			we("2026-11-29T07:44:01Z", Unknown, "", "[2026-11-29 07:44:01 REST Errors][x] y"),
			we("2026-11-29T07:44:02Z", Unknown, "", "[2026-11-29 07:44:02] Debug][x] y"),
		},
	},
	{
		name: "a time of day behind a lower-case level padded to a bar",
		why:  "Warzone 2100 writes its debug part's name padded to eight, a bar, then the clock and a colon; the clock is on the table's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "info    |07:41:16: [res_parse:102] audio is not a directory!"),
		},
	},
	{
		name: "a clock behind a word that is no level, or behind a bar unpadded, is none",
		why:  "only a level padded to its bar opens such a column",
		entries: []worldEntry{
			we("", Unknown, "", "total   |07:41:16: elapsed"),
		},
	},
	{
		name: "a clock behind a level word glued to its bar is a sentence's",
		why:  "the padding marks the column: without it neither the word nor the clock is read",
		entries: []worldEntry{
			we("", Unknown, "", "error|07:41:16 late by a minute"),
		},
	},
	{
		name: "a level in capitals behind an emoji in its bracket",
		why:  "Criteo's SDK writes its level as a badge, an emoji and the word: [🟠WARN], [ℹ️INFO]; a letter glued to the word, [éINFO], is a name's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402118Z", Info, "", "2026-11-29 08:41:16.402118+0100 Tideway[2211:88120] [CriteoSdk][ℹ️INFO][Registration] (Criteo.m:84) SDK ready"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 svc [🟠WARN] queue at 80 %"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 svc [éINFO] x"),
		},
	},
	{
		name: "the time a report's end names after its label",
		why:  "Maven's build summary closes with Finished at: and the time, with its offset (Maven 3) or as Java's Date prints it (Maven 2); a plan's time names another moment",
		entries: []worldEntry{
			we("", Info, "", "[INFO] Total time:  01:42 min"),
			we("2026-11-29T07:41:16Z", Info, "", "[INFO] Finished at: 2026-11-29T08:41:16+01:00"),
			we("", Info, "", "[INFO] Scheduled at: 2026-11-29T09:41:16+01:00"),
			we("", Info, "", "[INFO] next run at: 2026-11-29T09:41:16+01:00"),
		},
	},
	{
		name: "a capitalized level joined by a dot to a facility's name",
		why:  "McAfee Agent's masvc writes facility.Level: after its process; a class's name in capitals before the dot is a type's",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.902Z", Warn, "", "2026-11-29 07:41:17.902 masvc(2216.3904) ahclient.Warning: Unable to connect to agent handler"),
			we("2026-11-29T07:41:18.016Z", Debug, "", "2026-11-29 07:41:18.016 masvc(2216.4120) scheduler.Debug: Task ASCI next run at 08:41:38"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 System.Error: thrown by the loader"),
		},
	},
	{
		name: "a level after a program's own date that opens with a month's name under a syslog header",
		why:  "zerolog's console writer with a month-first date under the journal's header: the level after it is the program's; a word in capitals later in a sentence is none",
		entries: []worldEntry{
			we("2026-11-29T08:49:16Z", Warn, "pong", `Nov 29 08:49:16 pong bridge[50043]: Nov 29, 2026 07:49:16 WRN Request failed, retrying error="HTTP 502"`),
			we("2026-11-29T08:49:17Z", Unknown, "pong", "Nov 29 08:49:17 pong app[50043]: Nov 29 07:49:16 server went away, INFO follows"),
		},
	},
	{
		name: "a colon glued to the time ends a header with no host unless a tag follows the next word",
		why:  "Dell OpenManage forwards \"<PRI>Nov 29 07:41:16: EEMI …\": the colon ends its header, and the message's first word is no host; rsyslog's testbench keeps \"… 07:41:17: example tag: …\", where a tag after the word makes it one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "<141>Nov 29 07:41:16: EEMI Audit event from device with { IP } 10.50.3.21"),
			we("2026-11-29T07:41:17Z", Info, "example", "<38>Nov 29 2026 07:41:17: example tag: testmessage"),
			we("2026-11-29T07:41:18Z", Error, "", "<189>Nov 29 07:41:18: %LINK-3-UPDOWN: Interface Gi0/1, changed state to down"),
		},
	},
	{
		name: "a Java class's full name after a year-less time is no host",
		why:  "HomeMatic's hmserver.log writes the logger's class where a syslog header has its host; a host's last label is never capitalized CamelCase",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 de.eq3.lib.util.dynamics.GenericFactory INFO  [main] created instance of ServerConfig"),
			we("2026-11-29T07:41:25Z", Unknown, "web01.example.org", "Nov 29 07:41:25 web01.example.org sshd[4120]: Accepted publickey for ops"),
		},
	},
	{
		name: "a dash after a day-first time and no pid before a name and its colon marks no level",
		why:  "GenieACS 1.0 writes \"d Mmm HH:mm:ss - device: msg\"; Redis's verbose dash has its message after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "29 Nov 07:41:16 - 7C8BCA-ArcherC6-2218A4000193: Inform (1 BOOT,M Reboot); retry count 0"),
		},
	},
	{
		name: "a dash after Redis's pid and time is its verbose mark",
		why:  "Redis 2.x writes \"[pid] d Mmm HH:mm:ss - msg\" for verbose, which it sends to syslog as info",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Info, "", "[4120] 29 Nov 07:41:17 - Accepted 127.0.0.1:52114"),
		},
	},
	{
		name: "a level word quoted as an array's first string",
		why:  "the Codecov uploader prints its logger's level as ['info'] after its time; Split's iOS SDK prints a Swift array whose first string is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.266Z", Info, "", "[2026-11-29T07:41:16.266Z] ['info'] Searching for coverage files..."),
			we("2026-11-29T07:41:19.044Z", Error, "", "[2026-11-29T07:41:19.044Z] ['error'] There was an error running the uploader"),
		},
	},
	{
		name: "a Swift array printed with its level first",
		why:  "a line of its own with no time: the first quoted string is the level",
		entries: []worldEntry{
			we("", Warn, "", `["WARNING", "SplitSDK", "Feature flag names should not be empty", []]`),
		},
	},
	{
		name: "an array whose first string is no level word",
		why:  "a list of options or counts printed by a program",
		entries: []worldEntry{
			we("", Unknown, "", `["errors", 3, "warnings", 0]`),
		},
	},
	{
		name: "a past job's end named among a status report's words is no time of the line",
		why:  "only the build summary's own label, alone after its level's bracket, names the time the line was written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] local.INFO: Status of previous jobs"),
			we("", Info, "", "[INFO] Job nightly Completed at: 2026-11-28 02:13:00"),
			we("", Info, "", "[INFO] Last full backup Finished at: 2026-10-01T00:00:00Z"),
		},
	},
	{
		name: "a setting's name with a level word after its dot is no level",
		why:  "without a process and its ids before it, \"config.Debug:\" names a setting",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01", "Nov 29 07:41:16 web01 myapp[812]: config.Debug: false"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 [main] mode.Alert: none"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 loader.Info: 3 files"),
		},
	},
	{
		name: "a host after a time's glued colon with no tag after it",
		why:  "a name shaped as a host's, in lower case or with dots and digits, stays the host; only a word in capitals or capitalized is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "myhost.example.com", "<13>Nov 29 07:41:16: myhost.example.com test message from logger"),
			we("2026-11-29T07:41:17Z", Info, "sw01", "<14>Nov 29 07:41:17: sw01 Port 3 link up"),
		},
	},
	{
		name: "a Windows domain's host with a capitalized last label is no Java class",
		why:  "a class's name is CamelCase; \"dc01.ad.Contoso\" keeps the domain's spelling as configured",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dc01.ad.Contoso", "Nov 29 07:41:16 dc01.ad.Contoso MSWinEventLog\t1\tSecurity\t4624\tx"),
		},
	},
	{
		name: "a level word before a tag whose colon a bracket is glued to",
		why:  "Verizon's Fios gateway writes \"yyyy Mmm dd HH:mm:ss info kernel:[FW] …\"; a word before a name and a colon with a blank after it is prose's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026 Nov 29 07:41:16 info kernel:[FW] IPTABLES Obound Allow IN=br1 OUT=eth4"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026 Nov 29 07:41:17 debug mode: [on] for the session"),
		},
	},
	{
		name: "Redis 1.x's marks without its pid",
		why:  "Redis 1.x writes \"d Mmm HH:mm:ss C msg\" with no pid: the dash is its verbose mark (info) when no name and colon or bracketed level follows it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "29 Nov 07:41:16 * Server started, Redis version 1.2.6"),
			we("2026-11-29T07:41:21Z", Info, "", "29 Nov 07:41:21 - Accepted 127.0.0.1:52114"),
			we("2026-11-29T07:41:26Z", Info, "", "29 Nov 07:41:26 - Client closed connection"),
		},
	},
	{
		name: "a list of level names printed by a program is no record's level",
		why:  "a list whose second string is a level word too, or a one-word list under a syslog tag, names levels without having one",
		entries: []worldEntry{
			we("", Unknown, "", "['CRITICAL', 'FATAL', 'ERROR', 'WARN', 'WARNING', 'INFO', 'DEBUG', 'NOTSET']"),
		},
	},
	{
		name: "a one-word list under a syslog tag is the message's",
		why:  "only right after a time of its own is a quoted level in brackets a logger's",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 vector[2]: ['debug'] enabled components"),
		},
	},
	{
		name: "a setting after a process's name is no level",
		why:  "a dotted key and one value after it is a setting's dump, whatever prefix the program writes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 myapp[812] config.Debug: false"),
			we("2026-11-29T07:41:27Z", Unknown, "", "2026-11-29 07:41:27 sensor[3a] temp.Warning: above 85C"),
		},
	},
	{
		name: "a host whose last label is CamelCase, with a message after it",
		why:  "a Java class is followed by its level; a device named gw.lan.FritzBox by its message",
		entries: []worldEntry{
			we("2026-11-29T07:41:28Z", Unknown, "gw.lan.FritzBox", "Nov 29 07:41:28 gw.lan.FritzBox DHCP lease renewed for 192.168.178.20"),
		},
	},
	{
		name: "a loglevel pair among pairs joined by ampersands",
		why:  "Bluesocket's controllers join their fields with '&' after the tag; in a URL's query after its '?' the pairs are a request's",
		entries: []worldEntry{
			we("2026-11-29T07:42:03Z", Warn, "bsc-hq1", "Nov 29 07:42:03 bsc-hq1 ap_mgmt: event=ap_down&loglevel=warning&obj=ap&ipaddr=10.41.0.44&name=floor3-ap-07&msg=AP lost contact&"),
			we("2026-11-29T07:42:04Z", Unknown, "web01", "Nov 29 07:42:04 web01 app[3]: fetched https://api.example.org/v1/x?user=1&level=error in 3 ms"),
		},
	},
	{
		name: "univention-debug's level padded in parentheses after its category",
		why:  "Univention's scale runs ERROR, WARN, PROCESS (a notice), INFO, ALL (debug), padded inside parentheses and followed by a colon; UCS 2 glued the colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Notice, "", "29.11.26 07:41:16.118  LISTENER    ( PROCESS ) : updating 'cn=wks-0412,cn=computers' command m"),
			we("2026-11-29T07:41:17.02Z", Debug, "", "29.11.26 07:41:17.020  LISTENER    ( ALL     ) : notifier: received transaction id 48211"),
			we("2026-11-29T07:50:11.215Z", Notice, "", "29.11.2026 07:50:11.215 LISTENER    (PROCESS): initialize handler samba4-idmap"),
			we("2026-11-29T07:50:12Z", Unknown, "", "29.11.2026 07:50:12 SERVICE (ALL files): copied"),
		},
	},
	{
		name: "a time of day with its offset after At, as BigFix's client log opens its records",
		why:  "BigFix writes \"At HH:mm:ss ±hhmm - site\" with its messages indented under it; the clock is on the table's day, its offset converted",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "At 02:41:16 -0500 - ", "   Starting client version 10.0.9.21"),
			we("2026-11-29T07:41:21Z", Unknown, "", "At 08:41:21 +0100 - actionsite (http://bes01.example.org:52311/cgi-bin/bfgather.exe/actionsite)"),
		},
	},
	{
		name: "At and a clock in a sentence is no stamp",
		why:  "without the offset and the dash the words are prose's",
		entries: []worldEntry{
			we("", Unknown, "", "At 02:41:16 the backup began"),
		},
	},
	{
		name: "a compiler's coded diagnostic under a watcher's timed line is a record of its own",
		why:  "tsc --watch stamps its own lines [h:mm:ss AM] and prints each diagnostic, file(line,col): error TSnnnn:, untimed between them; its category word is its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[7:41:16 AM] File change detected. Starting incremental compilation..."),
			we("", Error, "", "src/ledger/post.ts(41,11): error TS2322: Type 'string' is not assignable to type 'number'."),
			we("", Warn, "", "src/Cart.cs(41,27): warning CS8602: Dereference of a possibly null reference."),
			we("2026-11-29T07:41:17Z", Unknown, "", "[7:41:17 AM] Found 1 error. Watching for file changes."),
		},
	},
	{
		name: "a line naming a file and a position without a code goes on the record above",
		why:  "a quoted position in a message's text, no compiler's diagnostic",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "", "[7:41:18 AM] Reloading", "see post.ts(41,11): error near here"),
		},
	},
	{
		name: "a coded diagnostic an exception's message announces is its text",
		why:  "ts-node's TSError ends its first line with a colon and quotes tsc's diagnostic under it, its stack after",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Error, "", "2026-11-29T07:41:16.118Z error: Unhandled rejection TSError: ⨯ Unable to compile TypeScript:",
				"src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
				"",
				"    at createTSError (/app/node_modules/ts-node/src/index.ts:859:12)"),
		},
	},
	{
		name: "a form's severity among pairs joined by ampersands is its data",
		why:  "only loglevel names the line's level there",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web1", "Nov 29 07:41:16 web1 helpdesk[912]: form=subject=Printer+jam&severity=2&dept=IT"),
		},
	},
	{
		name: "a capitalized level between a tag's colon and its own",
		why:  "MvvmCross's trace writes its levels so, its lowest Diagnostic; the number after is seconds since start",
		entries: []worldEntry{
			we("", Warn, "", "mvx:Warning:  6.12 Binding failed: source property Dock not found"),
			we("", Debug, "", "mvx:Diagnostic:  6.40 Navigate requested"),
		},
	},
	{
		name: "a capitalized word that names no level after a tag stays text",
		why:  "a label, no level",
		entries: []worldEntry{
			we("", Unknown, "", "cfg:Summary: 4 files read"),
		},
	},
	{
		name: "an IBM-style message id behind a thread's hex id",
		why:  "the letter that closes the id is its severity, with a time, under a syslog header or with neither",
		entries: []worldEntry{
			we("", Warn, "", "41c2 TAPE20117W Drive is not ready, retrying."),
			we("2026-11-29T07:41:16Z", Error, "vault3", "Nov 29 07:41:16 vault3 tapefs[812]: 41c2 TAPE20119E Load failed (-5)."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 41c2 TAPE20120I Volume mounted."),
		},
	},
	{
		name: "a hex word before a code that ends in a letter before a lower-case word is no message id",
		why:  "an order's or a product's code",
		entries: []worldEntry{
			we("", Unknown, "", "ab12 SKU40119E shipped to the depot"),
		},
	},
	{
		name: "a facility and its severity digit alone after a percent sign",
		why:  "ZyXEL's switches write no mnemonic after the digit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.4.0.9", "Nov 29 07:41:16 10.4.0.9 %Port-4: Port 12 link down"),
			we("2026-11-29T07:41:18Z", Info, "10.4.0.9", "Nov 29 07:41:18 10.4.0.9 %AAA-6: User ops logged in via SSH"),
		},
	},
	{
		name: "a percentage after a word is no severity digit",
		why:  "a digit above the syslog scale or a word in lower case is a message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "10.4.0.9", "Nov 29 07:41:19 10.4.0.9 %load-9: cpu at 90"),
		},
	},
	{
		name: "two dashes before the time mark a trace",
		why:  "ZeroC Ice's logger marks traces so, warnings -! and errors !!, their words after the prefix",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Trace, "", "-- 11/29/26 07:41:16.204 billing: Protocol: sending validate connection"),
			we("2026-11-29T07:41:17.310Z", Warn, "", "-! 11/29/26 07:41:17.310 billing: warning: connection to peer lost"),
		},
	},
	{
		name: "dashes glued to the time mark no level",
		why:  "wget's request line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "--2026-11-29 07:41:16--  https://mirror.example.net/pool/pkg.tar.gz"),
		},
	},
	{
		name: "a level's letter and a colon first after the time",
		why:  "libwebsockets' and awesome's logs: N for notice; lws' ten-thousandths after a colon in its bracket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4410Z", Warn, "", "[2026/11/29 07:41:16:4410] W: lws_ssl_client_bio_create: no cert"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29 07:41:17 N: relay: vhost default created"),
		},
	},
	{
		name: "a severity letter opening a bracket before a logger's name and its colon",
		why:  "ONNX Runtime's default logger",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Error, "", "2026-11-29 07:41:16.204117 [E:onnxruntime:, sequential_executor.cc:514 ExecuteKernel] Non-zero status code returned while running Conv node."),
		},
	},
	{
		name: "a letter with a colon that names no level stays text",
		why:  "an answer's label",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 Q: how many retries are left"),
		},
	},
	{
		name: "a date and a dashed clock joined by an underscore",
		why:  "a file name's spelling of the time, as OpenXcom's forks write their log",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "[2026-11-29_07-41-16]\t[WARN]\tMod 'Terrain' overrides 4 rules"),
		},
	},
	{
		name: "a clock in braces with GMT glued to it",
		why:  "Elite Dangerous' netLog; the seconds since start after it are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "", "{07:41:20GMT 412.307s} Connected to server 10.8.0.4"),
		},
	},
	{
		name: "a clock after a bracketed level and an at sign",
		why:  "Beat Saber's mod loader BSIPA",
		entries: []worldEntry{
			we("2026-11-29T07:41:21Z", Warn, "", "[WARNING @ 07:41:21 | IPA/Loader] Plugin SongCore has no manifest"),
		},
	},
	{
		name: "a clock in a sentence after an at sign stays text",
		why:  "no bracketed level opens the line",
		entries: []worldEntry{
			we("", Unknown, "", "Meeting @ 07:41:21 | room 4"),
		},
	},
	{
		name: "a time of day and its zone's name inside logrus' level bracket",
		why:  "logrus with TimestampFormat \"15:04:05 MST\"; CET is an hour east of UTC",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "WARN[08:41:16 CET] Retrying SSH connection to 10.20.0.12"),
		},
	},
	{
		name: "a facility and its level's name as a message id opening an untimed line",
		why:  "SIMH's notes",
		entries: []worldEntry{
			we("", Warn, "", "%SIM-WARNING: Attach of RQ0 failed: disk image is read only"),
		},
	},
	{
		name: "a date, a dash and the clock in parentheses",
		why:  "NAUbackup's VmBackup log",
		entries: []worldEntry{
			we("2026-11-29T02:14:09Z", Unknown, "", "2026-11-29-(02:14:09) - VM export of web-07 finished in 412 seconds"),
		},
	},
	{
		name: "milliseconds after a twelve-hour clock's marker",
		why:  "Resonite's log writes them so",
		entries: []worldEntry{
			we("2026-11-29T19:41:16.204Z", Unknown, "", "7:41:16 PM.204 ( 72 FPS)\tSession started: Harbour Lounge"),
		},
	},
	{
		name: "a level's letter and a colon before a number or a plain word is a reading's label",
		why:  "a compass point, a drive, a width: only a function's or a program's name follows a level's letter",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 N: 52.5200 E: 13.4050 alt 34m sats 9"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 D: drive mounted"),
		},
	},
	{
		name: "a label joined to an error's name without padding stays the record's text",
		why:  "a script's console.log(\"err:\" + e) under its logger's record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "2026-11-29 07:41:16 ERROR Request failed", "err:Error: ENOENT: no such file or directory, open '/app/config.json'", "    at Object.openSync (node:fs:601:3)"),
		},
	},
	{
		name: "a count before a part's code is no thread before a message id",
		why:  "a number of decimal digits is a quantity or a pid",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 INFO Inventory report:", "2 PART0042S 'M6 bolts'", "15 PART0043W 'washers'"),
		},
	},
	{
		name: "two dashes before a time in a SQL comment or a script's banner mark no level",
		why:  "only Ice's shape, milliseconds then the program's and the category's colons, is a trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "-- 2026-11-29 07:41:16 dumped by pg_dump"),
		},
	},
	{
		name: "a date and a dashed clock joined by an underscore without a bracket is a file's name",
		why:  "a snapshot's listed under the record that names it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO Deleting old snapshots:", "2026-11-28_21-05-40", "2026-11-28_21-05-40.tar.gz 412M"),
		},
	},
	{
		name: "a time of day after a padded bracketed level and its colon",
		why:  "KIWI's console",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Error, "", "[ ERROR   ]: 07:41:18 | KiwiCommandError: zypper: stderr: repository not found"),
		},
	},
	{
		name: "a level's letter glued to the date's year",
		why:  "redbean's log",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Error, "", "E2026-11-29T07:41:19:tool/net/redbean.c:5112 (srvr) bind failed: EADDRINUSE"),
		},
	},
	{
		name: "a word glued to a year is no level's letter",
		why:  "a build's name glued to its date: the date is read, no letter of the name a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "Build2026-11-29T07:41:19 shipped"),
		},
	},
	{
		name: "normal and incident as the values of a JSON level key",
		why:  "CADF's severity (IBM Cloud's Activity Tracker) and Huawei Cloud's trace_rating",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"eventTime":"2026-11-29T07:41:16Z","action":"iam.apikey.create","severity":"normal"}`),
			we("2026-11-29T07:41:17Z", Error, "", `{"time":"2026-11-29T07:41:17Z","trace_name":"deleteServer","trace_rating":"incident"}`),
		},
	},
	{
		name: "normal as another key's value is no level",
		why:  "a mode's or a state's",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "", `{"time":"2026-11-29T07:41:18Z","mode":"normal","msg":"switched"}`),
		},
	},
	{
		name: "stars before a product's bracket and its level",
		why:  "Doubango's console, one to three stars by level",
		entries: []worldEntry{
			we("", Warn, "", "**[DOUBANGO WARN]: jitter buffer overflow on session 7"),
		},
	},
	{
		name: "a clock and its zone's name placed on the day the source's dated lines declared",
		why:  "untimed by date, the line is on its neighbours' day, in its own zone",
		entries: []worldEntry{
			we("2026-11-20T07:41:15Z", Info, "", "2026-11-20 07:41:15 INFO backup run begins"),
			we("2026-11-20T12:41:17Z", Unknown, "", "[07:41:17 EST] step two"),
		},
	},
	{
		name: "an unpadded bracketed level before a clock marks no time of day",
		why:  "the clock there is a timecode's or a duration's: a transcoder's, a test runner's",
		entries: []worldEntry{
			we("", Warn, "", "[WARNING]: 00:12:34 non-monotonic DTS in output stream 0:1"),
		},
	},
	{
		name: "a letter and a colon before a speaker's note or a label is no level",
		why:  "an interview's transcript, a reading's unit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 I: (laughs) So tell me about your first job."),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 W: (west) 13.4"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 E: Label: Backup"),
		},
	},
	{
		name: "a facility's note under a timed record is its text",
		why:  "what the record ran printed, as any untimed line under it",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.204Z", Info, "", "2026-11-29 07:41:17,204 INFO [main] emulator said:", "%SIM-INFO: Listening on port 2418"),
		},
	},
	{
		name: "a level in capitals after the program's name, before the C source's file and line",
		why:  "kbd's tools (setfont) under a syslog header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "kiosk3", "Nov 29 07:41:16 kiosk3 systemd-vconsole-setup[219]: loadkeys: ERROR ksyms.c:142 add_key: unknown keysym"),
		},
	},
	{
		name: "a word in capitals after a program's name before a number is its text",
		why:  "a statement's report, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "db2", "Nov 29 07:41:17 db2 app[219]: sync: UPDATE 12 rows"),
		},
	},
	{
		name: "a capitalized level between a star and a double colon",
		why:  "genkernel's warnings among its steps",
		entries: []worldEntry{
			we("", Warn, "", "* Warning :: 3w-9xxx.ko not found; skipping..."),
		},
	},
	{
		name: "Unity's Log type padded to its column before a dash",
		why:  "the plain messages' level beside Warning and Error in a Unity game's output log",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026.11.29 07:41:16 Log        -  [Network] Connected to master server"),
			we("2026-11-29T07:41:17Z", Error, "", "2026.11.29 07:41:17 Error      -  [Network] Lost connection: timeout"),
		},
	},
	{
		name: "the word Log after a time without its column stays text",
		why:  "a sentence's first word",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 Log rotated - 4 files kept"),
		},
	},
	{
		name: "a compact date and a clock with its hundredths glued, two blanks after",
		why:  "mORMot's TSynLog",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.37Z", Unknown, "", "20261129 07412037  ! warn  mormot.db.sql.postgres: slow query 412 ms"),
		},
	},
	{
		name: "a compact date and eight digits with one blank after are an account's",
		why:  "a statement's row",
		entries: []worldEntry{
			we("", Unknown, "", "20261129 07412037 DEBIT 412.00"),
		},
	},
	{
		name: "a clock marked UTC placed on the day the source's dated lines declared",
		why:  "as a zone-less clock and a zoned one are: the neighbours' day, not the day of reading",
		entries: []worldEntry{
			we("2026-11-20T07:41:15Z", Info, "", "2026-11-20 07:41:15 INFO session opened"),
			we("2026-11-20T07:41:16Z", Unknown, "", "{07:41:16GMT 96.066s} System:\"Col 285 Sector\""),
			we("2026-11-20T07:41:17.043Z", Info, "", "07:41:17.043Z  INFO wings: server started"),
		},
	},
	{
		name: "columns that '#' separates: a zone's offset, then the severity",
		why:  "SAP's Java traces (BTP Neo's Default Trace, the Cloud Connector's ljs_trace): the offset and the level each in a column of its own",
		entries: []worldEntry{
			we("2026-11-29T06:41:16Z", Warn, "", "2026 11 29 07:41:16#+01#WARNING#com.example.fx.RateCache##U7#exec-5##shop#web#null#null#shop#rate cache is stale|"),
			we("2026-11-29T12:41:17Z", Error, "", "2026 11 29 07:41:17#-0500#Error#com.example.dao.OrderDao##U7#exec-2##shop#web#null#null#shop#could not persist order 4411|"),
			we("2026-11-29T07:41:18.318Z", Info, "", "2026-11-29 07:41:18,318 +0000#INFO#com.example.tunnel.Handler#tunnel-4-1# #channel 3 opened"),
		},
	},
	{
		name: "a word between '#' marks after a time that is no level stays text",
		why:  "a hash tag or a ticket's column, not a severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 #release#notes posted to the channel"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026 11 29 07:41:20#Z#shipping#ticket 88 closed"),
		},
	},
	{
		name: "a level glued by a dash to the time's fraction",
		why:  "NLog's layout in v2rayN's gui logs, `${date:format=yyyy-MM-dd HH\\:mm\\:ss.ffff}-${level:uppercase=true}`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2193Z", Info, "", "2026-11-29 07:41:16.2193-INFO core started on port 10808"),
			we("2026-11-29T07:41:17.0447Z", Error, "", "2026-11-29 07:41:17.0447-ERROR subscription update failed: timeout"),
		},
	},
	{
		name: "a word glued by a dash to a time that is no level stays text",
		why:  "a zone's name or a build's tag after the time, not a severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.5Z", Unknown, "", "2026-11-29 07:41:18.5-BUILD nightly tagged"),
		},
	},
	{
		name: "a level letter in angle brackets glued to the time's bracket",
		why:  "NeoMutt's debug file and its saved log queue: P, E, W, M, the debug levels 1-5 and N",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16]<M> log_file_open() Debugging at level 2"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 07:41:17]<3> imap_cmd_step() reading untagged response"),
			we("2026-11-29T07:41:18Z", Error, "", "[2026-11-29 07:41:18]<P> mutt_file_fopen() /tmp/x: Permission denied"),
			we("2026-11-29T07:41:19Z", Warn, "", "[07:41:19]<W> Server certificate has expired"),
		},
	},
	{
		name: "another letter in angle brackets glued to the time's bracket stays text",
		why:  "a tag of the message, not one of NeoMutt's levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "", "[2026-11-29 07:41:20]<Q> queue drained"),
		},
	},
	{
		name: "a time that goes on to an '@' opens an identifier, not the line's time",
		why:  "an iCalendar item's UID in vdirsyncer's output; a Message-ID",
		entries: []worldEntry{
			we("", Unknown, "", "Copying (updating) item 20261129T074116Z-3318@tidepool to calendars_local/work"),
			we("", Unknown, "", "Deleting item 20261128T120000Z-77@calendar.example from work"),
		},
	},
	{
		name: "a time set apart from an address is still the line's",
		why:  "a bracketed time, then a user's address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T07:41:16Z]-ann@example.com logged in"),
		},
	},
	{
		name: "a letter and two colons before a function's name in the line's first bracket",
		why:  "htslib's hts_log and the aligners of its author on stderr: E, W, I and M (a message), D",
		entries: []worldEntry{
			we("", Error, "", "[E::hts_open_format] Failed to open file \"/data/run7/S2.bam\" : No such file or directory"),
			we("", Warn, "", "[W::bam_hdr_read] EOF marker is absent. The input is probably truncated"),
			we("", Info, "", "[M::mem_process_seqs] Processed 41220 reads in 58.214 CPU sec, 7.402 real sec"),
			we("", Info, "", "[M::mm_idx_gen::1.412*1.63] collected minimizers"),
		},
	},
	{
		name: "a bracket that names a function alone stays text",
		why:  "samtools' own progress lines, bwa's summary",
		entries: []worldEntry{
			we("", Unknown, "", "[bam_sort_core] merging from 16 files and 4 in-memory blocks..."),
			we("", Unknown, "", "[X::main] Real time: 812.337 sec"),
		},
	},
	{
		name: "a level in capitals, a slash and the time in the line's first bracket",
		why:  "Python's logging under the format Telethon's documentation suggests, the level right-aligned to five",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.332Z", Info, "", "[ INFO/2026-11-29 07:41:16,332] telethon.network.mtprotosender: Connecting to 10.0.4.7:443"),
			we("2026-11-29T07:41:26.618Z", Warn, "", "[WARNING/2026-11-29 07:41:26,618] telethon.network.mtprotosender: Attempt 1 failed"),
		},
	},
	{
		name: "a path's word and a slash before a date stays no time",
		why:  "a dated folder in a bracket, not a level and its time",
		entries: []worldEntry{
			we("", Unknown, "", "[BACKUP/2026-11-29 nightly] copied 412 files"),
		},
	},
	{
		name: "a language client's padded level, a dash and its clock in the first bracket",
		why:  "VS Code's output channels of language servers: jdtls, gopls, pyright",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Info  - 7:41:16 AM] Starting Java server"),
			we("2026-11-29T07:41:31Z", Error, "", "[Error - 07:41:31] Connection to server got closed. Server will not be restarted."),
		},
	},
	{
		name: "a word that is no level, a dash and a clock in the first bracket stay no time",
		why:  "a step's name and its duration or a score, not a logger's level and time",
		entries: []worldEntry{
			we("", Unknown, "", "[Build - 7:41:16] compiled 412 files"),
		},
	},
	{
		name: "Leptonica's level word before in, a function's name and a colon",
		why:  "its L_ERROR and L_WARNING messages on tesseract's stderr",
		entries: []worldEntry{
			we("", Error, "", "Error in pixReadStream: Unknown format: no pix returned"),
			we("", Warn, "", "Warning in pixReadMemTiff: tiff page 2 not found"),
		},
	},
	{
		name: "an error in a numbered place stays a sentence",
		why:  "a compiler's or a checker's message names where, and carries no logger's level",
		entries: []worldEntry{
			we("", Unknown, "", "Error in line 4: missing semicolon"),
		},
	},
	{
		name: "spdlog's level letter closing the time's bracket",
		why:  "Mod Organizer 2's mo_interface.log, an spdlog pattern \"[%Y-%m-%d %H:%M:%S.%e %L]\"",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16.204 I] starting Mod Organizer version 2.5.2"),
			we("2026-11-29T07:41:17.021Z", Warn, "", "[2026-11-29 07:41:17.021 W] plugin failed to load"),
			we("2026-11-29T07:41:18.5Z", Critical, "", "[2026-11-29 07:41:18.500 C] unhandled exception"),
		},
	},
	{
		name: "another letter closing the time's bracket stays text",
		why:  "a unit's or a zone's letter, not one of spdlog's levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "[2026-11-29 07:41:19 Q] queue drained"),
		},
	},
	{
		name: "Python's build date after a branch's name in the version's parenthesis",
		why:  "sys.version in a launcher's banner is the interpreter's build, not the line's time",
		entries: []worldEntry{
			we("", Unknown, "", "umu-launcher version 1.2.9 (3.13.1 (main, Nov 20 2026, 09:14:02) [GCC 15.2.1 20261102])"),
			we("", Unknown, "", "tool 4.1 running on 3.12.7 (tags/v3.12.7:0fb18b0, Oct  2 2026, 12:26:02) [MSC v.1941 64 bit (AMD64)]"),
		},
	},
	{
		name: "a written time glued to a thread's name by an '@' stays the line's",
		why:  "a Java layout's \"%-5p %d@%t - %m\", found by an adversarial try of the rule for identifiers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.001Z", Info, "", "INFO  2026-11-29 07:41:16,001@main - Server starting"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "WARN  2026-11-29 07:41:17,002@pool-1-thread-3 - Slow query"),
		},
	},
	{
		name: "a level padded to eight before the slash and the time, and a level word in the message",
		why:  "Python's logging at another width than Telethon's five; the message names an error folder",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.332Z", Info, "", "[    INFO/2026-11-29 07:41:16,332] telethon.network: Connecting"),
			we("2026-11-29T07:41:21.332Z", Critical, "", "[CRITICAL/2026-11-29 07:41:21,332] telethon.client: fatal"),
			we("2026-11-29T07:41:27.1Z", Info, "", "[INFO/2026-11-29 07:41:27,100] rotated: ERROR/2026-11-28.log"),
		},
	},
	{
		name: "a signed column after a time with no severity after it is a reading, and a tag after a blank no level",
		why:  "a sensor's delta between '#' marks; a chat's hash tags",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19#-12#sensor#temp"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29 07:41:21 #INFO#1234 channel topic"),
		},
	},
	{
		name: "a digit in angle brackets after the time's bracket, with no function after it, is another numbering's",
		why:  "the kernel's priority, where 3 is an error, not NeoMutt's debug level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16]<3> usb 1-1: device descriptor read/64, error -71"),
		},
	},
	{
		name: "a letter and two colons before a scope in capitals stay text",
		why:  "C++'s scopes, not htslib's function names",
		entries: []worldEntry{
			we("", Unknown, "", "[D::Bus::Connection] ok"),
		},
	},
	{
		name: "a build's key before a time in a version's pairs",
		why:  "Hugo's version line: the binary's build, not the line's time",
		entries: []worldEntry{
			we("", Unknown, "", "hugo v0.139.4-3afe91d4b1b069abbedd6a96ed755b1e12581dfe+extended linux/amd64 BuildDate=2026-11-20T14:02:11Z VendorInfo=gohugoio"),
		},
	},
	{
		name: "a number and a parenthesis inside another before a time are no build",
		why:  "an event's time in a program's own parentheses, found by an adversarial try of Python's build date",
		entries: []worldEntry{
			we("2026-11-29T07:41:22Z", Unknown, "", "server (1.2 (2026-11-29 07:41:22)) restarted"),
		},
	},
	{
		name: "a status glued by a dash to the time is no level",
		why:  "NOT is a notice's short name only in a level's column; NLog's levels have four letters or more",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17-NOT RUN job skipped"),
		},
	},
	{
		name: "a lower-case word between '#' marks after a time is a text's column",
		why:  "SAP capitalizes its severities; a note or a reading's state is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16#+01#note#meeting room booked"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18#fine#all good#sensor-1"),
		},
	},
	{
		name: "a letter and two colons before a scope in lower case stay text",
		why:  "C++'s nested scopes, not htslib's function names",
		entries: []worldEntry{
			we("", Unknown, "", "[D::bus::connection] C++ scope"),
		},
	},
	{
		name: "a doubled level letter opening the line before its date",
		why:  "Wayfire's own log, II, WW, EE and DD before a day-first date with a two-digit year",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.173Z", Info, "", "II 29-11-26 07:41:16.173 - [src/main.cpp:438] Starting wayfire version 0.10.1"),
			we("2026-11-29T07:41:16.262Z", Warn, "", "WW 29-11-26 07:41:16.262 - [src/core/plugin-loader.cpp:121] plugin has no metadata"),
		},
	},
	{
		name: "two other letters opening the line before its date stay text",
		why:  "a country's or a site's code, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", "DE 2026-11-29 07:41:17 orders synced"),
			we("2026-11-29T07:41:18Z", Unknown, "", "AA 2026-11-29 07:41:18 flight data loaded"),
		},
	},
	{
		name: "Xorg's information and debug markers opening an untimed line",
		why:  "keyszer's and Toshy's keymapper on the console: (--) information, (DD) debug",
		entries: []worldEntry{
			we("", Info, "", "(--) Grabbing keyboard: /dev/input/event4 (AT Translated Set 2 keyboard)"),
			we("", Debug, "", "(DD) Activating keymap for ThinkPad media keys."),
		},
	},
	{
		name: "the markers inside a sentence stay text",
		why:  "a reference to a marker, not the line's level",
		entries: []worldEntry{
			we("", Unknown, "", "see the lines marked (DD) for the probed devices"),
		},
	},
	{
		name: "a three-letter debug after an uptime and before the message's dash",
		why:  "Planetiler's console outside its stages: no time of day, only the time since start",
		entries: []worldEntry{
			we("", Debug, "", "0:00:01 DEB - argument: threads=4 (num threads)"),
			we("", Debug, "", "0:12:40 DEB - tile stats written"),
		},
	},
	{
		name: "a three-letter word in capitals after something else than an uptime stays text",
		why:  "a Debian package's kind or a count, not a level",
		entries: []worldEntry{
			we("", Unknown, "", "pkg DEB - libssl3 3.0.15"),
			we("", Unknown, "", "120 DEB - packages downloaded"),
		},
	},
	{
		name: "a GLib warning with its clock among dated records is a record of its own",
		why:  "GLib 2.56 and later write the time of day; an untimed GLib line still goes with the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.221Z", Info, "", "[2026-11-29 07:41:16.221] [info] panel started"),
			we("2026-11-29T07:41:16.226Z", Warn, "", "(panel:5120): Gtk-WARNING **: 07:41:16.226: Theme parsing error: theme.css:12:3: unknown property"),
			we("2026-11-29T07:41:16.248Z", Warn, "",
				"[2026-11-29 07:41:16.248] [warning] tray: no watcher found",
				"(panel:5120): GLib-GObject-CRITICAL **: g_object_unref: assertion 'G_IS_OBJECT (object)' failed"),
		},
	},
	{
		name: "a column before a Java class and its bracketed thread after a month-name time is no host",
		why:  "Yamcs' CompactFormatter writes its instance there; a syslog header's tag ends in a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318Z", Info, "", "Nov 29 07:41:16.318 _global org.example.ground.GroundServer [1] [INFO] started 2 of 2 instances"),
			we("2026-11-29T07:41:21.744Z", Warn, "", "Nov 29 07:41:21.744 flightsim org.example.link.TcpUplink [38] [WARNING] link lost, retrying in 5000ms"),
		},
	},
	{
		name: "a host before a Java program's tag with a colon stays the host",
		why:  "a Java daemon through syslog: its class's name is the tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app01", "Nov 29 07:41:16 app01 org.example.ground.GroundServer: started 2 of 2 instances"),
			we("2026-11-29T07:41:17Z", Unknown, "app01", "Nov 29 07:41:17 app01 java[4120]: [main] link lost"),
		},
	},
	{
		name: "a word and a colon before a percent sign and a number after an epoch time is no host",
		why:  "tmux's server log names a function, then a pane (%0); Cisco's mnemonic after a host starts with a letter",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.302145Z", Unknown, "", "1795938076.302145 input_parse_buffer: %3 ground, 5 bytes"),
			we("2026-11-29T07:41:16.302160Z", Unknown, "", "1795938076.302160 window_pane_read: %12 read 40 bytes"),
		},
	},
	{
		name: "a host and its colon before a Cisco mnemonic after an epoch time is the host without its colon",
		why:  "a collector that stamps the device's line with the Unix time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.302145Z", Info, "fw01", "1795938076.302145 fw01: %ASA-6-302013: Built inbound TCP connection 88 for outside:192.0.2.10/443"),
		},
	},
	{
		name: "a clock before an arrow opens a span of a recording, no time of day",
		why:  "whisper.cpp's transcript and subtitles' cues: offsets into the audio",
		entries: []worldEntry{
			we("", Unknown, "", "main: processing 'memo.wav' (1764000 samples, 110.2 sec), 4 threads"),
			we("", Unknown, "", "[00:00:00.000 --> 00:00:03.120]   Good morning, the ferry leaves at nine."),
			we("", Unknown, "", "[00:00:03.120 --> 00:00:07.480]   Please have your tickets ready."),
		},
	},
	{
		name: "a bracketed clock without an arrow after it stays the line's time",
		why:  "a program's own time of day in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] server started on port 8080"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[07:41:17] --> request GET /health"),
		},
	},
	{
		name: "a dotted logger name in lower case before a level and its colon is no host",
		why:  "Python's %(name)s before %(levelname)s:, as nipype's workflow log writes it",
		entries: []worldEntry{
			we("2026-11-29T07:18:44.102Z", Info, "", "261129-07:18:44,102 pipeline.workflow INFO:", "\t [Node] Running \"smooth\""),
			we("2026-11-29T07:18:45.010Z", Warn, "", "261129-07:18:45,010 pipeline.interface WARNING:", "\t output file missing"),
		},
	},
	{
		name: "a dotted machine name before a level and its colon stays the host",
		why:  "a name with digits or ending in its domain is a machine's",
		entries: []worldEntry{
			we("2026-11-29T07:18:44.102Z", Info, "web01.example.com", "261129-07:18:44,102 web01.example.com INFO: cache warmed"),
			we("2026-11-29T07:18:45.010Z", Warn, "gw.corp", "261129-07:18:45,010 gw.corp WARNING: link flapping"),
		},
	},
	{
		name: "a level word after an equals sign and a blank is a setting's value, no level",
		why:  "a start script echoing its settings after the time: MONAI Label's `USING:: verbose = INFO`",
		entries: []worldEntry{
			we("2026-11-29T07:40:59.209Z", Unknown, "", "2026-11-29 07:40:59,209 - SETTINGS:: log_level = DEBUG"),
			we("2026-11-29T07:40:59.210Z", Unknown, "", "2026-11-29 07:40:59,210 - SETTINGS:: on_failure = ERROR"),
		},
	},
	{
		name: "a level word after the time stays the level when a setting follows it",
		why:  "the level is in its column, the equals sign in the message",
		entries: []worldEntry{
			we("2026-11-29T07:40:59.211Z", Warn, "", "2026-11-29 07:40:59,211 WARNING verbose = DEBUG is slow"),
		},
	},
	{
		name: "a level word in capitals in braces after the time",
		why:  "the Oculus runtime's LibOVR log: {INFO}, {DEBUG}, {WARNING}",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.766Z", Info, "", "29/11 07:41:16.766 {INFO}    [Kernel:Default] [Runtime] service started"),
			we("2026-11-29T07:41:16.802Z", Warn, "", "29/11 07:41:16.802 {WARNING} [Kernel:Default] [Tracking] headset lost tracking"),
		},
	},
	{
		name: "a word in braces in a message stays the message's",
		why:  "a template's placeholder in lower case, or a word past the header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 rendering template {ERROR} for page"),
			we("2026-11-29T07:41:17.100Z", Unknown, "", "29/11 07:41:17.100 {error} placeholder unresolved"),
		},
	},
	{
		name: "a logger's name glued by a colon to a level in capitals opens an untimed line",
		why:  "Python's %(name)s:%(levelname)s, as Firedrake's and OpenShot's loggers write it",
		entries: []worldEntry{
			we("", Warn, "", "solver:WARNING Could not limit the thread count"),
			we("", Info, "", "mesh.io:INFO Reading mesh from disk"),
		},
	},
	{
		name: "a level's name between asterisks and a colon opens an untimed line",
		why:  "HOOMD-blue's messenger: *Warning*: and **ERROR**:",
		entries: []worldEntry{
			we("", Warn, "", "*Warning*: Neighbor list buffer is too small."),
			we("", Error, "", "**ERROR**: Particle 412 left the simulation box."),
		},
	},
	{
		name: "other words between asterisks or glued by a colon stay text",
		why:  "emphasis and a label with its value are no levels",
		entries: []worldEntry{
			we("", Unknown, "", "*Note*: the run resumes from step 400."),
			we("", Unknown, "", "status:OK all nodes answered"),
		},
	},
	{
		name: "untimed lines that each open with one blank and a bracketed level are records of their own",
		why:  "win-acme's console: Serilog with no time, every line indented by one blank",
		entries: []worldEntry{
			we("", Info, "", " [INFO] Renewal client 2.2.9 starting"),
			we("", Debug, "", " [DBUG] Renewal period: 55 days"),
			we("", Trace, "", " [VERB] [HTTP] Response content: {", `  "newNonce": "https://acme.example/new-nonce"`, "}"),
			we("", Warn, "", " [WARN] Scheduled task is not healthy"),
		},
	},
	{
		name: "a bracketed level indented further than the record's first line stays its continuation",
		why:  "a tool's nested report under its heading",
		entries: []worldEntry{
			we("", Error, "", " [ERROR] build failed:", "    [INFO] step 3 of 7 was the last to run"),
		},
	},
	{
		name: "DEB before a dash in a timed line's message is a package's kind, no level",
		why:  "only Planetiler's uptime opens a line with DEB and a dash",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 uploading DEB - tool_1.0_amd64.deb"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 fpm: DEB - output written"),
		},
	},
	{
		name: "a GLib line whose clock is hours from the record above stays with it",
		why:  "its clock is the local time of records written with another offset",
		entries: []worldEntry{
			we("2026-11-29T02:11:16Z", Info, "",
				"2026-11-29T07:41:16.000+05:30 INFO panel started",
				"(panel:4412): Gtk-WARNING **: 07:41:16.226: theme not found",
				"(panel:4412): Gtk-WARNING **: 99:99:99.000: broken clock"),
			we("2026-11-29T02:11:21Z", Info, "", "2026-11-29T07:41:21.000+05:30 INFO next"),
		},
	},
	{
		name: "a machine's name before a Java class and its thread after a month-name time stays the host",
		why:  "log4j's SyslogAppender writes the host there; only a word no machine is named by (Yamcs' _global) is a column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app01", "Nov 29 07:41:16 app01 com.example.OrderService [http-nio-8080-exec-1] INFO - order 42 placed"),
		},
	},
	{
		name: "a machine's dotted name ending in a country's or a common domain before a level and its colon stays the host",
		why:  "a logger's last part names a module; a machine's, its domain",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web.example.de", "1795938076 web.example.de INFO: request served"),
			we("2026-11-29T07:41:17Z", Warn, "router.fritz.box", "1795938077 router.fritz.box WARNING: link down"),
		},
	},
	{
		name: "a level in braces past the first word after the time stays text",
		why:  "a template's placeholder in a message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 template {ERROR} rendered"),
		},
	},
	{
		name: "Markdown's bold level word opening a line stays text",
		why:  "a document's label, where HOOMD-blue writes capitals between double asterisks",
		entries: []worldEntry{
			we("", Unknown, "", "**Warning**: this release drops the old API."),
		},
	},
	{
		name: "fldigi's level letter and colon before its bracketed time of day",
		why:  "fldigi's debug log: `I: [07:41:16] file.cxx:line: msg`, Q E W I V D",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I: [07:41:16] main.cxx:834: modem log started"),
			we("2026-11-29T07:41:19Z", Warn, "", "W: [07:41:19] serial.cxx:212: port busy, retrying"),
		},
	},
	{
		name: "a level's full name in one of the first bar-separated columns glued to the time",
		why:  "cov-build's build-log.txt: time|tool|pid|level|> message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Info, "", "2026-11-29T07:41:16.204113Z|cov-build|20417|info|> Build Capture (64-bit) version 2026.3 on Linux"),
			we("2026-11-29T07:41:16.204398Z", Info, "", "2026-11-29T07:41:16.204398Z|cov-build|20417|info|> Internal version numbers: 41c2e9a p-2026.3"),
			we("2026-11-29T07:41:17.880512Z", Info, "", "2026-11-29T07:41:17.880512Z|cov-build|20431|info|> EXECUTING: /usr/bin/cc -O2 -c src/main.c -o build/main.o"),
			we("2026-11-29T07:41:17.902766Z", Info, "", "2026-11-29T07:41:17.902766Z|cov-build|20433|info|> COMPILING: /opt/cov/bin/cov-emit --dir /home/ops/idir src/main.c"),
		},
	},
	{
		name: "a level word in a later bar-separated column stays the row's data",
		why:  "a table's result column past the first four",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16Z|orders|eu|batch|42|error|retry"),
		},
	},
	{
		name: "Unix seconds with their fraction after a level that opens the line",
		why:  "Tribler's format: the padded level, then %(created).2f; milliseconds and microseconds alike",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.19Z", Info, "", "INFO    1795938076.19          tunnel:168  (Socks5Connection)  Accepting request"),
			we("2026-11-29T07:41:21.025Z", Warn, "", "WARNING 1795938081.025        udp:41   (UDPConnection)  Dropping datagram"),
		},
	},
	{
		name: "a bare number of ten digits after a level that opens the line stays the message's",
		why:  "a count or an id without a fraction",
		entries: []worldEntry{
			we("", Info, "", "INFO 1795938081 records processed"),
		},
	},
	{
		name: "CONFIG glued to a parenthesis is a config parser's tag, no level",
		why:  "i3's DLOG from its config parser: `CONFIG(line N): …`; java.util.logging writes `CONFIG:`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16 - parser.c:parse_file:412 - CONFIG(line  8): bindsym Mod4+Return exec alacritty"),
		},
	},
	{
		name: "java.util.logging's CONFIG with its colon stays Info",
		why:  "SimpleFormatter's second line under its date and source",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29, 2026 7:41:16 AM org.example.pool.Pool init", "CONFIG: pool size 12"),
		},
	},
	{
		name: "a three-digit number with another dashed after it is no Db2 offset in minutes; a level among dash-joined fields after the time",
		why:  "AvNav's Python format joins milliseconds, a count, the thread and the level with dashes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.330Z", Info, "", "2026-11-29 07:41:16,330-331-3120-main-INFO-chart server listening on 8080"),
			we("2026-11-29T07:41:18.045Z", Error, "", "2026-11-29 07:41:18,045-046-3188-NMEAReader-ttyS1-ERROR-checksum mismatch in sentence"),
		},
	},
	{
		name: "Db2's offset in minutes after its microseconds stays read",
		why:  "db2diag's timestamp: yyyy-MM-dd-HH.mm.ss.ffffff+mmm",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "2026-11-29-08.41.16.123456+060 I1234E567          LEVEL: Info"),
		},
	},
	{
		name: "a level word between dashes inside a message's word stays the message's",
		why:  "an error code spelled with dashes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 client got ERR-CONNECTION-REFUSED from upstream"),
		},
	},
	{
		name: "a level word in lower case opening the line before a time of day with its fraction",
		why:  "VS Code's log output channels: `level HH:mm:ss.SSS: message`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "info 07:41:16.204: Activating extension host for workspace ~/src/shop"),
			we("2026-11-29T07:41:17.950Z", Error, "", "error 07:41:17.950: Language server exited with code 1"),
		},
	},
	{
		name: "a word that names no level before a time of day gives no time",
		why:  "a sentence's first word",
		entries: []worldEntry{
			we("", Unknown, "", "build 07:41:16.204: done in 3 steps"),
		},
	},
	{
		name: "a time of day glued by a colon to a logger's name in lower case",
		why:  "Python's %(asctime)s:%(name)s:%(message)s with datefmt %H:%M:%S (pywws)",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "07:41:02:station.reader:opened USB device 1941:8021"),
			we("2026-11-29T07:41:05Z", Unknown, "", "07:41:05:station.reader:read 12 records"),
		},
	},
	{
		name: "a MAC address opening a line is no time of day",
		why:  "hex pairs after the first three",
		entries: []worldEntry{
			we("", Unknown, "", "00:11:22:ab:cd:ef:link up on port 3"),
		},
	},
	{
		name: "a zone offset after the milliseconds' comma and one more",
		why:  "HoneyPy's twisted time format: yyyy-MM-dd HH:mm:ss,SSS,+hhmm",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.125Z", Unknown, "", "2026-11-29 08:41:10,125,+0100 [-] Loading plugins"),
		},
	},
	{
		name: "a CSV row's signed number after the milliseconds stays a column",
		why:  "a comma after the number: the next field, no zone",
		entries: []worldEntry{
			we("2026-11-29T08:41:10.125Z", Unknown, "", "2026-11-29 08:41:10,125,-0500,17,ok"),
		},
	},
	{
		name: "a program's part in parentheses and a dash before a capitalized level with its colon",
		why:  "Compiz: `compiz (plugin) - Level: msg`, no time",
		entries: []worldEntry{
			we("", Warn, "", "compiz (move) - Warn: grab failed for window 0x3c00004"),
			we("", Error, "", "compiz (core) - Error: Could not acquire compositing manager selection"),
		},
	},
	{
		name: "a word in parentheses in a sentence before a level word further on stays prose",
		why:  "no dash after the parentheses",
		entries: []worldEntry{
			we("", Unknown, "", "upload (small) file Error: none reported by the client"),
		},
	},
	{
		name: "eina_log's level glued to the pid, and its backtrace under an error",
		why:  "EFL programs: `ERR<pid>:domain file:line func() msg`, `*** Backtrace ***`, one tabbed line a frame",
		entries: []worldEntry{
			we("", Warn, "", "WRN<2210>:evas_main ../src/lib/evas/canvas/evas_main.c:411 evas_output_size_set() size 0x0"),
			we("", Error, "",
				"ERR<2210>:elementary ../src/lib/elementary/elm_win.c:2211 _elm_win_resize() window lost",
				"*** Backtrace ***",
				"/usr/lib/libelementary.so.1\t 0x7f11a2b0c001 0x7f11a2a00000",
				"/usr/bin/terminology\t 0x5600b1c2d3e4 0x5600b1c00000"),
			we("", Info, "", "INF<2210>:elementary ../src/lib/elementary/elm_main.c:98 elm_init() ready"),
		},
	},
	{
		name: "a level padded with underscores to a bar, and a year-less date after it, in one bracket",
		why:  "OpenGTS's Print.log: `[LEVEL|MM/dd HH:mm:ss|Class.method:line] msg`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO_|11/29 07:41:16|RuleFactory.loadRules:88] Loaded 14 rules"),
			we("2026-11-29T07:41:18Z", Warn, "", "[WARN_|11/29 07:41:18|DeviceUtil.lookup:310] Unknown device: imei 3598810"),
		},
	},
	{
		name: "a year-less slashed date after a bar and a word that is no level stays a count",
		why:  "a progress column",
		entries: []worldEntry{
			we("", Unknown, "", "[batch|11/29 07:41:16|worker] queued"),
		},
	},
	{
		name: "epoch seconds with their fraction and a colon after a right-aligned pid column",
		why:  "ansible's debug lines: `%6d %0.5f: msg`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1025Z", Unknown, "", "  4411 1795938076.10250: worker starting"),
			we("2026-11-29T07:41:16.2Z", Unknown, "", "  4411 1795938076.20000: worker done"),
		},
	},
	{
		name: "a count and a decimal number with a colon in a sentence stay text",
		why:  "numbers in a row, no pid column opening a log line",
		entries: []worldEntry{
			we("", Unknown, "", "total 12 1795938076.10: sum of sizes"),
		},
	},
	{
		name: "a time of day after a type's letter in brackets",
		why:  "Oracle ATG's terse ScreenLog: `[i] HH:mm:ss Component  msg`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[i] 07:41:16 OrderManager  order o40117 submitted"),
			we("2026-11-29T07:41:18Z", Error, "", "[e] 07:41:18 PaymentManager  authorization failed for o40117"),
		},
	},
	{
		name: "a channel's mark of two characters before a time of day and a padded channel name",
		why:  "ethminer: ` i` its note channel, ` X` its warnings, other marks name a channel",
		entries: []worldEntry{
			we("2026-11-29T09:14:02Z", Info, "", " i 09:14:02 stratum  Subscribed to pool"),
			we("2026-11-29T09:14:09Z", Unknown, "", "cl 09:14:09 cl-0     Using device GPU 0"),
			we("2026-11-29T09:14:30Z", Warn, "", " X 09:14:30 stratum  Error: no response in 30 seconds"),
		},
	},
	{
		name: "a sentence's short word before a time of day is no channel's mark",
		why:  "no padded name after the clock",
		entries: []worldEntry{
			we("", Unknown, "", "at 09:14:02 the job was cancelled by ops"),
		},
	},
	{
		name: "EmulationStation's LogLevel number where a syslog line's tag would be",
		why:  "`%b %d %H:%M:%S lvlN: \\tmsg`: 0 error, 1 warning, 2 info, 3 debug",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 lvl2: \tLoading system config file ~/.emulationstation/es_systems.cfg..."),
			we("2026-11-29T07:41:20Z", Error, "", "Nov 29 07:41:20 lvl0: \tCould not find theme for system snes"),
		},
	},
	{
		name: "a compact time of day with milliseconds before a bracketed column",
		why:  "RALibretro: `HHmmss.fff [LEVEL] [CAT] msg`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "074116.204 [INFO ] [COR] Core loaded"),
			we("2026-11-29T07:41:18.006Z", Error, "", "074118.006 [ERROR] [COR] Could not open ROM"),
		},
	},
	{
		name: "a decimal number before a bracketed word that is no clock stays text",
		why:  "seconds out of range",
		entries: []worldEntry{
			we("", Unknown, "", "996612.500 [units] left in stock"),
		},
	},
	{
		name: "a word of dashed fields that opens with its number after a time is a name, no level",
		why:  "git format-patch's files, branches and SKUs: AvNav's fields are glued to the milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 wrote 0001-Fix-ERROR-when-config-missing.patch"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 branch 1234-WARN-fix merged into main"),
		},
	},
	{
		name: "a compact number with three decimals before a bracketed unit is no time of day",
		why:  "a benchmark's figures under its record: RALibretro's bracket holds a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO latency summary", "105933.123 [ms] p99", "012000.500 [ms] p50"),
		},
	},
	{
		name: "a clock glued to a file's name is an offset into a recording, no time of day",
		why:  "a track list: a logger's name ends with its colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO chapters:", "00:00:00:intro.wav", "00:03:21:verse.wav"),
		},
	},
	{
		name: "a level word and a time of day without milliseconds and a colon under a record stay its text",
		why:  "a schedule dumped under its record; VS Code's channels write the milliseconds and a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO scheduler loaded:", "error 07:45:00 retry window", "debug 08:00:00 cleanup window"),
		},
	},
	{
		name: "a checklist's box before a time of day is no ATG type letter",
		why:  "[x] and [ ] are a list's marks",
		entries: []worldEntry{
			we("", Unknown, "", "[x] 09:30:00 Deploy  web"),
		},
	},
	{
		name: "java.util.logging's CONFIG before its thread in parentheses stays Info",
		why:  "a formatter's LEVEL(thread): the parenthesis closes in the word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 CONFIG(main): loaded settings"),
		},
	},
	{
		name: "milliseconds after a blank between the clock and a thread in brackets before the level",
		why:  "logback's %d{yyyy-MM-dd HH:mm:ss SSS} (Drools under ansible-rulebook)",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.402Z", Info, "", "2026-11-29 07:41:17 402 [main] INFO org.drools.core.RuleBase - rules compiled"),
		},
	},
	{
		name: "a status code after the clock before a bracketed method stays the message's",
		why:  "no level after the bracket",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 404 [GET] /orders/77 not found"),
		},
	},
	{
		name: "ethminer's marked lines alone, each opening with a blank, are read without another line to teach their layout",
		why:  "a file of note and warning lines only",
		entries: []worldEntry{
			we("2026-11-29T09:14:02Z", Info, "", " i 09:14:02 stratum  Accepted share 41"),
			we("2026-11-29T09:14:05Z", Warn, "", " X 09:14:05 stratum  Error: Connection reset by peer"),
		},
	},
	{
		name: "npmlog's ERR! opening a line is an error's level beside its info and WARN",
		why:  "npmlog's display names, without npm's own name before them",
		entries: []worldEntry{
			we("", Info, "", "info Mailer Queue drained in 41 ms"),
			we("", Error, "", "ERR! Mailer Delivery to 7:1022 failed: socket hang up"),
			we("", Warn, "", "WARN Mailer Retrying in 30 s"),
		},
	},
	{
		name: "chip design tools' diagnostics: an at sign's letter, a star's letter behind the tool, a word before a bracketed code",
		why:  "Synplify's @W:, Cadence's *E, and VCS's Error-[CODE] open their messages with the severity",
		entries: []worldEntry{
			we("", Warn, "", `@W: CL118 :"C:\proj\uart\rx.v":88:4:88:9|Latch generated from always block for signal state_n`),
			we("", Notice, "", "ncvlog: *N,NOTOPL: no top-level unit found, must be a library."),
			we("", Error, "", "xmvlog: *E,EXPSMC (rtl/fifo.sv,41|9): expecting a semicolon (';')."),
			we("", Error, "", "Error-[SE] Syntax error", "rtl/uart_tx.sv, 57", "  Following verilog source has syntax error :"),
			we("", Unknown, "", "re-[run] the suite after fixing"),
		},
	},
	{
		name: "NVDA's header: its level, logger and time of day in parentheses, the message on the lines under it",
		why:  "a clock in parentheses after `LEVEL - logger` closes the header; IO is NVDA's level between debug and info",
		entries: []worldEntry{
			we("2026-11-29T10:02:11.480Z", Info, "", "INFO - core.main (10:02:11.480) - MainThread (5120):", "Using Windows version 10.0.22631 workstation"),
			we("2026-11-29T10:02:14.902Z", Debug, "", "IO - inputCore.InputManager.executeGesture (10:02:14.902) - winInputHook (7704):", "Input: kb(desktop):control+home"),
		},
	},
	{
		name: "a clock in parentheses after a level, a dash and a word is no NVDA header without its milliseconds and thread",
		why:  "a schedule's time, a duration, a sentence: NVDA 2017's headers without them are left untimed too",
		entries: []worldEntry{
			we("", Info, "", "INFO - backup (03:00:00) finished in 12 minutes"),
			we("", Info, "", "INFO - cleanup (03:00:00):"),
			we("", Error, "", "ERROR - timeout (00:00:30) - retry:"),
			we("", Warn, "", "WARNING - job.nightly (01:02:03):"),
			we("", Info, "", "INFO - core.main (10:02:15.120) - retry (3) now:"),
		},
	},
	{
		name: "prose and rows that look like chip design tools' marks have no level",
		why:  "the marks' codes are capitals and digits, and VCS's title opens with a capital",
		entries: []worldEntry{
			we("", Unknown, "", "@W: means warning in Synplify's reports"),
			we("", Unknown, "", "grep: *E,Something odd in the pattern"),
			we("", Unknown, "", "Note-[TODO] fix the reset sequence later"),
			we("", Unknown, "", "Error-[X] item,5"),
			we("", Unknown, "", "foo.csv, 12"),
		},
	},
	{
		name: "a level closing the bracket that opens with the time, after the thread's word",
		why:  "Bitwig's logs: [time thread level] message",
		entries: []worldEntry{
			we("2026-11-29T09:14:02.118Z", Info, "", "[2026-11-29 09:14:02.118 audio-engine info] Opened device hw:2,0 at 48000 Hz"),
			we("2026-11-29T09:14:05.730Z", Warn, "", "[2026-11-29 09:14:05.730 plugin-host warning] Plugin took 41 ms to respond"),
			we("2026-11-29T09:14:06Z", Unknown, "", "[2026-11-29 09:14:06] scan error count 0"),
			we("2026-11-29T09:14:07Z", Unknown, "", "[2026-11-29 09:14:07 user anna] logged in"),
		},
	},
	{
		name: "CMSSW's MessageLogger block up to its lone %MSG, its severity letter, and the event loop's time at its line's end",
		why:  "%MSG-d/i/w/e/s headers; the block's lines are its text; `Begin processing the Nth record … at <date>` is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z", Error, "",
				"%MSG-e InvalidTrack:  TrackProducer:generalTracks 29-Nov-2026 09:02:11 CET Run: 3 Event: 118",
				"track with 2 hits rejected",
				"%MSG"),
			we("2026-11-29T08:02:12.250Z", Unknown, "", "Begin processing the 2nd record. Run 3, Event 119, LumiSection 7 on stream 1 at 29-Nov-2026 09:02:12.250 CET"),
			we("2026-11-29T08:02:13Z", Warn, "",
				"%MSG-w BadCalib:  EcalRecHitProducer:ecalRecHit 29-Nov-2026 09:02:13 CET Run: 3 Event: 119",
				"channel 61204 uses the default calibration"),
			we("2026-11-29T08:02:14Z", Info, "",
				"%MSG-i FwkReport:  AfterSource 29-Nov-2026 09:02:14 CET",
				"%MSG"),
		},
	},
	{
		name: "colour codes as OpenBSD's syslogd escapes the ESC are left out of the message, its level read",
		why:  "vis(3)'s caret form: \\^[ for ESC, as rsyslog's #033",
		entries: []worldEntry{
			we("2026-11-29T09:20:01Z", Error, "fw-bsd", `Nov 29 09:20:01 fw-bsd relayd[3391]: \^[[31mERR\^[[0m upstream pool web down`),
			we("2026-11-29T09:20:02Z", Unknown, "fw-bsd", `Nov 29 09:20:02 fw-bsd doas: user anna ran \^ls with path C:\^[notes]`),
		},
	},
	{
		name: "a Rust source file and its line in the level's bracket, where env_logger puts the module",
		why:  "bcachefs-tools' mount helper writes [LEVEL  src/file.rs:N]; a module path reads as before",
		entries: []worldEntry{
			we("", Info, "", "[INFO  src/cmd/attach.rs:88] attaching /dev/vdc to pool tank2"),
			we("", Error, "", "[ERROR src/cmd/attach.rs:131] attach failed: device busy"),
			we("", Warn, "", "[WARN  tank_ctl::scan] two members report different UUIDs"),
		},
	},
	{
		name: "a syslog priority as syslog.h names it opening a program's message, and s3fs's [WAN] beside its [INF]",
		why:  "LOG_WARNING, LOG_ERR after the tag; [WAN] only in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:50:02Z", Warn, "mnt-09", "Nov 29 07:50:02 mnt-09 objfs[4410]: LOG_WARNING [cache.go (77)]: cache dir nearly full"),
			we("2026-11-29T07:50:03Z", Error, "mnt-09", "Nov 29 07:50:03 mnt-09 objfs[4410]: LOG_ERR [upload.go (210)]: upload of part 7 failed"),
			we("2026-11-29T07:50:04.118Z", Warn, "", "2026-11-29T07:50:04.118Z [WAN] curl.cpp:Retry(112): retrying HEAD on bucket reports"),
			we("2026-11-29T07:50:04.120Z", Info, "", "2026-11-29T07:50:04.120Z [INF] curl.cpp:Retry(131): HEAD succeeded"),
		},
	},
	{
		name: "a time of day with its offset glued and closed by a bracket is placed by that offset",
		why:  "Dgraph's bulk loader: [08:41:16+0100]; a short number after the dash is no offset",
		entries: []worldEntry{
			we("2026-11-29T06:10:05Z", Unknown, "", "[07:10:05+0100] MAP 03s nquad_count:3.1M err_count:0.000"),
			we("2026-11-29T11:20:00.250Z", Unknown, "", "[06:20:00.250-05:00] REDUCE 02m11s 88.10% edge_count:9.2M"),
		},
	},
	{
		name: "a time range in brackets is no time of day with an offset",
		why:  "a chapter list and a schedule: the range's end after the dash is no zone",
		entries: []worldEntry{
			we("", Unknown, "", "[00:00:00-00:30] Opening remarks"),
			we("", Unknown, "", "[00:00:30-01:15] Walkthrough"),
			we("", Unknown, "", "[09:00:00-1200] Morning shift"),
		},
	},
	{
		name: "a time of day after a bracketed component, a dash and a level word inside the same bracket",
		why:  "YubiHSM's PKCS#11 module: [P11 - INF 07:58:12.301744]",
		entries: []worldEntry{
			we("2026-11-29T10:02:03.441100Z", Info, "", "[HSM - INF 10:02:03.441100] token.c:88 (C_OpenSession): session 3 opened"),
			we("2026-11-29T10:02:03.502210Z", Error, "", "[HSM - ERR 10:02:03.502210] token.c:140 (C_Sign): key 0x0042 not found"),
		},
	},
	{
		name: "OpenSC's debug lines: the time of day after the process and the thread",
		why:  "P:pid; T:0xthread HH:MM:SS.mmm [module]",
		entries: []worldEntry{
			we("2026-11-29T09:30:11.208Z", Unknown, "", "P:7310; T:0x139881025943360 09:30:11.208 [pkcs15-init] card.c:402:sc_lock: called"),
			we("2026-11-29T09:30:11.254Z", Unknown, "", "P:7310; T:0x139881025943360 09:30:11.254 [pkcs15-init] card.c:441:sc_lock: returning with: 0 (Success)"),
		},
	},
	{
		name: "milliseconds after a dash closing a bracketed stamp are no zone offset in minutes",
		why:  "openTCS's kernel log: [yyyyMMdd-HH:mm:ss-SSS]; Db2's minutes follow its microseconds",
		entries: []worldEntry{
			we("2026-11-29T10:15:42.087Z", Info, "", "[20261129-10:15:42-087] INFO    kernelExecutor       o.o.k.Router.route()                : Route computed for vehicle AGV-3"),
			we("2026-11-29T10:15:42.640Z", Warn, "", "[20261129-10:15:42-640] WARNING kernelExecutor       o.o.k.Router.route()                : No route to point P-17"),
		},
	},
	{
		name: "glog's header without its level letter, as Lc0 writes it, taken with its thread and file:line",
		why:  "MMDD HH:MM:SS.mmm thread file:line]; a line of four digits and a clock alone is no header",
		entries: []worldEntry{
			we("2026-11-29T06:05:01.119Z", Unknown, "", "1129 06:05:01.119 139887712253760 ../../src/engine.cc:310] Loading weights from ./t2-768x15.pb.gz"),
			we("2026-11-29T06:05:02.004Z", Unknown, "", "1129 06:05:02.004 139887712253760 ../../src/chess/uciloop.cc:217] << readyok"),
		},
	},
	{
		name: "a level letter and its colon before a capitalized sentence in a syslog message",
		why:  "fishnet's D:, W:, E: and apt's E:; a drive letter before a path is none",
		entries: []worldEntry{
			we("2026-11-29T08:00:01Z", Debug, "larch", "Nov 29 08:00:01 larch fishnet[901]: D: Spawned engine for worker 1."),
			we("2026-11-29T08:00:09Z", Error, "larch", "Nov 29 08:00:09 larch fishnet[901]: E: Engine crashed while analysing batch 42."),
			we("2026-11-29T08:00:10Z", Unknown, "larch", `Nov 29 08:00:10 larch smbd[901]: C: \\share\data mounted`),
		},
	},
	{
		name: "a tab column of levels stays learned past another writer's lines that hold no tab",
		why:  "libnfc's priority<TAB>category<TAB>message between its tool's own lines",
		entries: []worldEntry{
			we("", Info, "", "info\tnfclib.config\tno device named in the configuration"),
			we("", Debug, "", "debug\tnfclib.general\tscan mode is passive"),
			we("", Debug, "", "debug\tnfclib.general\tretries set to 2"),
			we("", Unknown, "", "tagscan uses nfclib 1.8.0"),
			we("", Debug, "", "debug\tnfclib.driver.pn532_uart\topening port /dev/ttyUSB0"),
			we("", Error, "", "error\tnfclib.driver.pn532_uart\tno answer from the chip"),
		},
	},
	{
		name: "a JSON levelName beside a numeric level on the program's own scale: the name is the level",
		why:  "Audiobookshelf writes levelName and a level number 1 to 5 of its own",
		entries: []worldEntry{
			we("2026-11-29T08:12:40.551Z", Warn, "", `{"timestamp":"2026-11-29 08:12:40.551","source":"Watcher.js:88","message":"[Watcher] folder went away","levelName":"WARN","level":3}`),
			we("2026-11-29T08:12:41.002Z", Debug, "", `{"timestamp":"2026-11-29 08:12:41.002","source":"Watcher.js:97","message":"[Watcher] rescanning","levelName":"DEBUG","level":1}`),
		},
	},
	{
		name: "a sign right after the time stands for the level, and coloured circles open untimed lines",
		why:  "PodFetch's ℹ️ ⚠️ ❌ before ` - `; the Tolgee CLI's blue, yellow and red circles; a count after the sign is a summary",
		entries: []worldEntry{
			we("2026-11-29T09:00:01Z", Info, "", "2026-11-29T09:00:01 ℹ️ - Checking 12 feeds"),
			we("2026-11-29T09:00:04Z", Error, "", "2026-11-29T09:00:04 ❌ - Feed https://feeds.example.org/harbour.xml answered 404"),
			we("2026-11-29T09:00:05Z", Unknown, "", "2026-11-29T09:00:05 ⚠️ 0 warnings, 0 errors"),
		},
	},
	{
		name: "coloured circles opening untimed lines, as the Tolgee CLI marks its notes, warnings and errors",
		why:  "blue info, yellow warning, red error",
		entries: []worldEntry{
			we("", Info, "", "🔵 Pulling 3 namespaces from project 17"),
			we("", Warn, "", "🟡 Namespace \"emails\" is empty"),
			we("", Error, "", "🔴 Project 17 refused the API key"),
		},
	},
	{
		name: "near the session's rules: a router's [WAN], a drive's letter, a syslog.h name in a setting, a build's elapsed clock",
		why:  "[WAN] is s3fs's warning only before its source place; D: and E: before a drive's words; LOG_INFO as a setting's value; a component's clock without a fraction is an elapsed time",
		entries: []worldEntry{
			we("2026-11-29T07:45:10Z", Unknown, "edge-gw", "Nov 29 07:45:10 edge-gw netifd: [WAN] Interface 'wan6' is now up"),
			we("2026-11-29T07:45:11Z", Unknown, "fs-03", "Nov 29 07:45:11 fs-03 snapjob[77]: D: Drive has 41 GB free"),
			we("2026-11-29T07:45:12Z", Unknown, "fs-03", "Nov 29 07:45:12 fs-03 snapjob[77]: E: Volume Archive attached"),
			we("", Unknown, "", "syslog_threshold = LOG_NOTICE"),
			we("", Info, "", "[ci - INFO 00:01:07] Linking 4 targets"),
		},
	},
	{
		name: "Tornado's level letter and time in a bracket opening a syslog message, as JupyterHub writes to the journal",
		why:  "[I yyyy-MM-dd HH:mm:ss.SSS App module:line]; a bracketed letter before a count is no level",
		entries: []worldEntry{
			we("2026-11-29T08:20:11Z", Info, "hub-02", "Nov 29 08:20:11 hub-02 jupyterhub[5120]: [I 2026-11-29 08:20:11.402 JupyterHub app:3100] JupyterHub is now running at http://:8000"),
			we("2026-11-29T08:20:40Z", Error, "hub-02", "Nov 29 08:20:40 hub-02 jupyterhub[5120]: [E 2026-11-29 08:20:40.019 JupyterHub user:881] Unhandled error starting server"),
			we("2026-11-29T08:20:41Z", Unknown, "hub-02", "Nov 29 08:20:41 hub-02 inventory[77]: [A 12] shelf restocked"),
		},
	},
	{
		name: "GLib's level names in parentheses after the time, as mysql-proxy's chassis writes them, (message) among them",
		why:  "(message) is GLib's G_LOG_LEVEL_MESSAGE, a notice, as its journald writer maps it; in a sentence it is no level",
		entries: []worldEntry{
			we("2026-11-29T09:02:11Z", Notice, "", "2026-11-29 09:02:11: (message) chassis 0.8.5 started - sharedir is /usr/share/mysql-proxy"),
			we("2026-11-29T09:02:11Z", Critical, "", "2026-11-29 09:02:11: (critical) plugin proxy 0.8.5 failed to bind 0.0.0.0:4040"),
			we("2026-11-29T09:02:12Z", Notice, "", "2026-11-29 09:02:12: (message) proxy listening on port :4041"),
			we("2026-11-29T09:02:13Z", Unknown, "", "2026-11-29 09:02:13 queue drained, see the (message) field for details"),
		},
	},
	{
		name: "a Squid helper's debug line: its source file and pid, then the time glued to a colon a blank sets off",
		why:  "file.cc(N): pid=N :yyyy/MM/dd HH:mm:ss| then the helper's name and its level; a number glued to a word's colon is no time",
		entries: []worldEntry{
			we("2026-11-29T09:10:04Z", Info, "", "basic_ldap_auth.cc(355): pid=7712 :2026/11/29 09:10:04| basic_ldap_auth: INFO: Starting version 2.4"),
			we("2026-11-29T09:10:09Z", Error, "", "basic_ldap_auth.cc(402): pid=7712 :2026/11/29 09:10:09| basic_ldap_auth: ERROR: bind to ldap://dc2.example.org failed"),
		},
	},
	{
		name: "near the Squid helper's time: a date glued to a word's colon, with no blank before it",
		why:  "a number glued to a word's colon is the word's",
		entries: []worldEntry{
			we("", Unknown, "", "release build:2026/11/29 tag 11"),
		},
	},
	{
		name: "a logger's name padded with blanks before its colon in a syslog message, as fail2ban 0.8 sends it",
		why:  "%(name)-16s: %(levelname)-6s: the level after the padded name's colon; a colon set off in a sentence says nothing",
		entries: []worldEntry{
			we("2026-11-29T09:20:01Z", Info, "gate03", "Nov 29 09:20:01 gate03 fail2ban.jail   : INFO   Jail 'dovecot' started"),
			we("2026-11-29T09:20:44Z", Warn, "gate03", "Nov 29 09:20:44 gate03 fail2ban.filter : WARNING Determined IP using DNS Lookup: mail.example.net = ['198.51.100.7']"),
			we("2026-11-29T09:20:45Z", Unknown, "gate03", "Nov 29 09:20:45 gate03 backup.sh : nightly run finished"),
		},
	},
	{
		name: "the .NET runtime's own fatal error line, with its exception or its internal error",
		why:  "\"Fatal error.\" then a capitalised message is the runtime dying, as \"Fatal error:\" says elsewhere; its frames are its record",
		entries: []worldEntry{
			we("2026-11-29T09:30:02Z", Info, "", "2026-11-29 09:30:02 info: Billing.Runner[0]", "      Cycle 55 started"),
			we("", Critical, "",
				"Fatal error. Internal CLR error. (0x80131506)",
				"   at Billing.Interop.Pdf.Render(IntPtr)",
				"   at Billing.Runner.ExecuteAsync(CancellationToken)"),
			we("", Unknown, "", "Fatal error. is not a sentence anyone writes"),
		},
	},
	{
		name: "the Go runtime's complaint before its throw opens the crash report, which the throw makes critical",
		why:  "runtime: goroutine stack exceeds …, then fatal error: stack overflow and the stacks: one record, critical, after the log line above",
		entries: []worldEntry{
			we("2026-11-29T09:40:00Z", Unknown, "", "2026/11/29 09:40:00 resolver: walking 4 zones"),
			we("", Critical, "",
				"runtime: goroutine stack exceeds 1000000000-byte limit",
				"runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]",
				"fatal error: stack overflow",
				"",
				"runtime stack:",
				"runtime.throw({0x6a1b2c?, 0x0?})",
				"\t/usr/local/go/src/runtime/panic.go:1067 +0x48"),
			we("2026-11-29T09:40:05Z", Unknown, "", "2026/11/29 09:40:05 resolver: starting, version 1.9"),
		},
	},
	{
		name: "a month's name, the day and the year joined by dashes, four digits or two, before the time",
		why:  "MMM-dd-yyyy and MMM-dd-yy as FreeIPMI's SEL listing and ASSP's maillog write them; a dashed date with no time after it is no time",
		entries: []worldEntry{
			we("2026-11-29T10:02:11Z", Unknown, "", "Nov-29-26 10:02:11 m1-60211-00412 [Worker_1] 192.0.2.44 <ops@example.net> to: desk@example.org [MessageOK]"),
			we("2026-11-29T10:04:40Z", Unknown, "", "Nov-29-2026 10:04:40 sweep finished, 12 entries"),
		},
	},
	{
		name: "near the dashed month-first date: one with no time after it",
		why:  "a date alone names a day, no record's time",
		entries: []worldEntry{
			we("", Unknown, "", "Nov-29-2026 release notes are in the wiki"),
		},
	},
	{
		name: "FreeIPMI's event state column between bars: Nominal beside Warning and Critical",
		why:  "ipmi-sel --output-event-state: the state column is the level, Nominal an informational one",
		entries: []worldEntry{
			we("2026-11-29T10:10:00Z", Info, "", "11  | Nov-29-2026 | 10:10:00 | PSU1 Status      | Power Supply   | Nominal  | Presence detected"),
			we("2026-11-29T10:12:31Z", Critical, "", "12  | Nov-29-2026 | 10:12:31 | PSU1 Status      | Power Supply   | Critical | Power Supply input lost"),
			we("2026-11-29T10:13:02Z", Warn, "", "13  | Nov-29-2026 | 10:13:02 | FAN3             | Fan            | Warning  | Lower Non-critical - going low"),
			we("2026-11-29T10:15:45Z", Info, "", "14  | Nov-29-2026 | 10:15:45 | PSU1 Status      | Power Supply   | Nominal  | Power Supply input restored"),
		},
	},
	{
		name: "an offset in parentheses glued to the fraction of the second",
		why:  "yyyy-MM-dd HH:mm:ss.ffffff(-0500): the offset is the time's own; a number in parentheses is not an offset",
		entries: []worldEntry{
			we("2026-11-29T15:20:01.104233Z", Info, "", "2026-11-29 10:20:01.104233(-0500)[3120:4410] INF Tray started"),
			we("2026-11-29T10:20:02.5Z", Info, "", "2026-11-29 10:20:02.500000(7)[3120:4410] INF retry 7"),
		},
	},
	{
		name: "NSClient++'s level glued by a colon to its source file and line after the time",
		why:  "level:path:line: after the time's colon, the path from a drive's root or from /; another word glued so is no level",
		entries: []worldEntry{
			we("2026-11-29T10:30:00Z", Warn, "", `2026-11-29 10:30:00: warning:c:\build\nscp\modules\CheckDisk\check_disk.cpp:88: Drive D: is 91% full`),
			we("2026-11-29T10:30:02Z", Info, "", `2026-11-29 10:30:02: info:/build/nscp/service/NSClient++.cpp:412: Reloading settings`),
			we("2026-11-29T10:30:05Z", Unknown, "", `2026-11-29 10:30:05: note:c:\build\nscp\readme.txt:3: see the wiki`),
		},
	},
	{
		name: "apt's letters after a bracketed time of day, as Timeshift writes its errors",
		why:  "[HH:MM:SS] E: before a capitalised sentence; a drive's letter before its words is no level",
		entries: []worldEntry{
			we("2026-11-29T10:40:00Z", Unknown, "", "[10:40:00] Creating new snapshot...(RSYNC)"),
			we("2026-11-29T10:40:31Z", Error, "", "[10:40:31] E: Failed to create new snapshot"),
			we("2026-11-29T10:40:32Z", Unknown, "", "[10:40:32] D: Drive has 12 GB free"),
		},
	},
	{
		name: "Huawei CANN's and MindSpore's time glued to the module's parenthesis and colon, microseconds in a group of their own",
		why:  "[LEVEL] MODULE(pid,process):yyyy-MM-dd-HH:mm:ss.SSS.SSS: the time after the colon, its microseconds after the milliseconds",
		entries: []worldEntry{
			we("2026-11-29T10:50:01.204117Z", Info, "", "[INFO] GE(51220,python):2026-11-29-10:50:01.204.117 [ge_api.cc:158]51220 GEInitialize: Initializing environment"),
			we("2026-11-29T10:50:03.000981Z", Error, "", "[ERROR] RUNTIME(51220,python):2026-11-29-10:50:03.000.981 [device.cc:402]51220 Init: device 3 busy"),
		},
	},
	{
		name: "a level's name set off by blanks in the bracket that opens an untimed line, as Armbian's build script marks its alerts",
		why:  "[ warn ], [ error ] read alike on the first line and the later ones; a marker that is no level's name gives none",
		entries: []worldEntry{
			we("", Error, "", "[ error ] ERROR in function build_rootfs [ main.sh:88 ]"),
			we("", Unknown, "", "[ .... ] Cleaning up [ host ]"),
			we("", Warn, "", "[ warn ] Low disk space on the build host [ 4 GB ]"),
		},
	},
	{
		name: "RPCS3's level as a middle dot and a letter before the time since the emulator started",
		why:  "·E, ·W, ·! before h:mm:ss.ffffff; the clock is no time of day; a middle dot before a word is a list's",
		entries: []worldEntry{
			we("", Notice, "", "·! 0:00:00.000390 SYS: RPCS3 v0.0.34-17120 started"),
			we("", Error, "", "·E 0:00:07.512209 {PPU[0x1000000] Thread (main_thread)} sceNp: sceNpTrophyRegisterContext failed"),
			we("", Warn, "", "·W 0:00:08.100020 {rsx::thread} RSX: texture cache overflow"),
			we("", Unknown, "", "· Extracted 412 files"),
		},
	},
	{
		name: "JES2's job log: the time of day dotted before the job's id",
		why:  "HH.MM.SS then JOBnnnnn, STCnnnnn, TSUnnnnn or Jnnnnnnn; a dotted version before a word is no time",
		entries: []worldEntry{
			we("2026-11-29T10:02:11Z", Unknown, "", "10.02.11 STC07712  CSQX022I -MQ1A CSQXSUPR Channel initiator initialization complete"),
			we("2026-11-29T10:02:14Z", Unknown, "", "10.02.14 J0041207  $HASP373 NIGHTLY1 STARTED - INIT 3    - CLASS B        - SYS SYSB"),
		},
	},
	{
		name: "near JES2's job log: a dotted clock before a word that is no job's id",
		why:  "the id is three capitals and five digits or J and seven",
		entries: []worldEntry{
			we("", Unknown, "", "10.02.14 JOBS were submitted by the scheduler"),
		},
	},
	{
		name: "TIBCO's hours after GMT and a blank",
		why:  "yyyy MMM dd HH:mm:ss:SSS GMT +1: the offset is the time's",
		entries: []worldEntry{
			we("2026-11-29T09:12:01.118Z", Info, "", "2026 Nov 29 10:12:01:118 GMT +1 BW.Billing-Process_Archive Info [BW-Core] BWENGINE-300002 Engine Billing-Process_Archive started"),
			we("2026-11-29T16:12:02.5Z", Warn, "", "2026 Nov 29 10:12:02:500 GMT -6 BW.Billing-Process_Archive Warn [BW-Core] BWENGINE-300013 Tracing on"),
			we("2026-11-29T09:12:03.9Z", Info, "", "2026 Nov 29 10:12:03:900 GMT +1 BW.Billing-Process_Archive Info [BW-Core] BWENGINE-300010 Process started"),
			we("2026-11-29T09:12:04.2Z", Error, "", "2026 Nov 29 10:12:04:200 GMT +1 BW.Billing-Process_Archive Error [BW-Core] BWENGINE-100011 Job-812 failed"),
			we("2026-11-29T09:12:05.1Z", Info, "", "2026 Nov 29 10:12:05:100 GMT +1 BW.Billing-Process_Archive Info [BW-Core] BWENGINE-300010 Process started"),
		},
	},
	{
		name: "IIB's formatted user trace: the message id's severity letter after UserTrace",
		why:  "time, thread, UserTrace, then BIPnnnnX: with I, W, E",
		entries: []worldEntry{
			we("2026-11-29T10:20:01.100211Z", Info, "", "2026-11-29 10:20:01.100211     5120   UserTrace   BIP2539I: Node 'Billing.Route': Evaluating expression ''Route'' at ('.Main', '4.3')."),
			we("2026-11-29T10:20:01.300502Z", Error, "", "2026-11-29 10:20:01.300502     5120   UserTrace   BIP2230E: Error detected whilst processing a message in node 'Billing.Out'."),
		},
	},
	{
		name: "Pi-hole's FTL names itself in its own log, where zerolog's console means fatal",
		why:  "after the bracket whose time closes with the pid and M or a thread, FTL is the program; elsewhere FTL after the time is fatal",
		entries: []worldEntry{
			we("2026-11-29T10:30:00.412Z", Unknown, "", "[2026-11-29 10:30:00.412 3120M] FTL version: v5.25.2"),
			we("2026-11-29T10:30:00.413Z", Unknown, "", "[2026-11-29 10:30:00.413 3120/T3124] FTL is listening on port 53"),
		},
	},
	{
		name: "near Pi-hole's FTL: zerolog's console writes FTL for fatal after its time",
		why:  "no pid and thread closing a bracket before it",
		entries: []worldEntry{
			we("2026-11-29T10:31:00Z", Critical, "", "2026-11-29T10:31:00Z FTL cannot open database error=\"disk I/O error\""),
		},
	},
	{
		name: "pino-pretty's pid and host in parentheses after its bracketed epoch and level",
		why:  "[epoch ms] LEVEL (pid on host): the host is the record's; words after on that name no host are none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "api-7c9d", "[1795938076123] INFO (4120 on api-7c9d): request completed"),
			we("2026-11-29T07:41:17.5Z", Warn, "", "[1795938077500] WARN (4120 on the way): queue slow"),
		},
	},
	{
		name: "CryptPad's log store: a JSON array, the level first, the time second",
		why:  "[\"LEVEL\",\"time\",…] without blanks; a list whose second element is a level too is a list",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `["INFO","2026-11-29T07:41:16.204Z","HK_START",{"pid":4120}]`),
			we("2026-11-29T07:41:18.317Z", Error, "", `["ERROR","2026-11-29T07:41:18.317Z","RPC_FAIL","quota"]`),
		},
	},
	{
		name: "near CryptPad's arrays: a list of level names",
		why:  "a list whose second element is a level too is a list",
		entries: []worldEntry{
			we("", Unknown, "", `["CRITICAL","ERROR","WARN"]`),
		},
	},
	{
		name: "a supervisord program's stream named before a bar, as Appsmith's image tails its programs",
		why:  "name stdout | or name stderr | before the program's own line, read behind it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.32Z", Unknown, "", "backend stdout | [2026-11-29 07:41:16,320] requestId=7 - Loading page 12"),
			we("2026-11-29T07:41:17.5Z", Debug, "", `editor stderr | {"level":"debug","ts":1795938077.5,"msg":"served"}`),
		},
	},
	{
		name: "Flux's component and level before the broker's rank, as the tag or behind flux's own",
		why:  "name.level[rank]: with syslog's level names; a dotted version before a rank names none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1Z", Error, "", "2026-11-29T07:41:16.100000Z job-exec.err[0]: f2Ab7: exec aborted"),
			we("2026-11-29T07:41:17Z", Notice, "mgmt01", "Nov 29 07:41:17 mgmt01 flux[3120]: resource.notice[0]: drain: node17 (rank 17)"),
			we("2026-11-29T07:41:18Z", Unknown, "mgmt01", "Nov 29 07:41:18 mgmt01 flux[3120]: v0.9.release[2]: rolled out"),
		},
	},
	{
		name: "near the session's rules: GLib's (message) away from the time's colon, a compass letter after a clock, RPCS3's dot before a clock without microseconds",
		why:  "(message) is a level only right after the time's colon; after a clock only E: and W:; RPCS3 writes microseconds",
		entries: []worldEntry{
			we("2026-11-29T09:02:11Z", Unknown, "", "2026-11-29 09:02:11 (message) was dropped by the filter"),
			we("2026-11-29T09:02:12Z", Unknown, "", "2026-11-29 09:02:12 | (message) | queued"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[07:42:03] N: North wind expected"),
		},
	},
	{
		name: "near RPCS3's letter: a dot and a letter before a clock of whole seconds",
		why:  "RPCS3's uptime carries microseconds",
		entries: []worldEntry{
			we("", Unknown, "", "·W 10:00:02 ten hours"),
		},
	},
	{
		name: "near the Go runtime's complaints: prose that opens with runtime: is no crash report",
		why:  "the runtime's own words carry a number of bytes or threads; each line of prose is its own record",
		entries: []worldEntry{
			we("", Unknown, "", "runtime: program exceeds memory budget (512MB), shedding load"),
			we("", Unknown, "", "shedding 12 requests"),
			we("", Unknown, "", "runtime: out of memory: cannot allocate more workers, config says 4"),
			we("", Unknown, "", "done"),
		},
	},
	{
		name: "the Go runtime's complaint written again opens a report of its own",
		why:  "a complaint under a report opened by another is the next crash's",
		entries: []worldEntry{
			we("", Unknown, "", "runtime: goroutine stack exceeds 1000000000-byte limit"),
			we("", Unknown, "", "runtime: goroutine stack exceeds 1000000000-byte limit"),
		},
	},
	{
		name: "a time of day joined to its microseconds by a dash, as kohya_ss' GUI writes it before its level",
		why:  "HH:mm:ss-ffffff then the level; a range of two clocks is no time",
		entries: []worldEntry{
			we("2026-11-29T09:41:16.204118Z", Info, "", "09:41:16-204118 INFO     Loading model from /models/base.safetensors"),
			we("2026-11-29T09:41:20.000412Z", Error, "", "09:41:20-000412 ERROR    Output folder path is missing"),
		},
	},
	{
		name: "near kohya_ss' clock: a range of two clocks",
		why:  "a dash before a clock is a range's",
		entries: []worldEntry{
			we("", Unknown, "", "09:41:16-09:45:00 maintenance window"),
		},
	},
	{
		name: "ngIRCd's console header behind its syslog tag: its own pid, the syslog digit and the seconds since start",
		why:  "[pid:digit uptime] after ngircd[pid]:, the same pid; another pid's bracket is another program's column",
		entries: []worldEntry{
			we("2026-11-29T08:10:02Z", Warn, "irc02", "Nov 29 08:10:02 irc02 ngircd[5120]: [5120:4   88] Can't connect to \"hub.example.net\" (connection 7): Connection refused!"),
			we("2026-11-29T08:10:05Z", Info, "irc02", "Nov 29 08:10:05 irc02 ngircd[5120]: [5120:6   91] Accepted connection 8 from \"198.51.100.9:51122\" on socket 6."),
			we("2026-11-29T08:10:06Z", Unknown, "irc02", "Nov 29 08:10:06 irc02 relay[77]: [5120:3 91] forwarded"),
		},
	},
	{
		name: "a bracketed time of day with GMT or UTC glued to its offset, as pino-pretty's translateTime writes HH:MM:ss Z",
		why:  "the offset after GMT is the zone's; a GMT without an offset keeps the clock as written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[08:41:16 GMT+0100] INFO (41): request completed"),
			we("2026-11-29T07:41:17.204Z", Warn, "", "[02:41:17.204 UTC-05:00] WARN: slow query"),
		},
	},
	{
		name: "a time of day with its fraction closed by a pipe, as Unified Automation's trace writes its columns",
		why:  "HH:mm:ss.fff| opens the row; the level digit column is the SDK's own scale and is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.237Z", Unknown, "", "07:41:16.237|0001|02|3|Application Plant7 started, 2 endpoints"),
			we("2026-11-29T07:41:19.030Z", Unknown, "", "07:41:19.030|0012|03|1|CreateSession failed: BadSecurityChecksFailed"),
		},
	},
	{
		name: "near the pipe-closed clock: one without a fraction",
		why:  "a bare clock glued to a pipe may be a duration in a table's row",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:05|42|ok"),
		},
	},
	{
		name: "a time of day with its fraction after a pid and its colon, or a thread between pipes",
		why:  "Photon's 5128: 07:41:16.264 - and the OPC UA ANSI C stack's |140318| 07:41:16.120Z: the column before is the writer's id",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.264Z", Unknown, "", "5128: 07:41:16.264 - CService::OnStart() - START"),
			we("2026-11-29T07:41:17.455Z", Unknown, "", "|140322| 07:41:17.455Z OpcUa_TcpListener_ProcessHelloMessage: accepted"),
		},
	},
	{
		name: "near the pid's clock: a count and its colon before a clock without a fraction",
		why:  "a numbered list's item is no writer's id, and a clock without its fraction there may be a duration",
		entries: []worldEntry{
			we("", Unknown, "", "12: 00:03:15 elapsed on step 4"),
		},
	},
	{
		name: "a level in back-to-back bracket groups after one with blanks in it, and the host labelled in the first",
		why:  "MicroStrategy's [HOST:…][SERVER:…][PID:…][THR:…][Kernel XML API][Trace]: the groups after a bracket that holds blanks, the host after its HOST: label",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.154Z", Trace, "bi-prd-is07", "2026-11-29 02:41:16.154-05:00 [HOST:bi-prd-is07][SERVER:CastorServer][PID:7214][THR:3304][Kernel XML API][Trace] XML GetProjects finished"),
			we("2026-11-29T07:39:47.230Z", Info, "bi-prd-is07", "2026-11-29 07:39:47.230 [HOST:bi-prd-is07][SERVER:CastorServer][PID:7214][THR:3310][Kernel][Info][UID:0][SID:0][OID:0][ServerStateLogger.cpp:88] server state changed"),
		},
	},
	{
		name: "near the bracket groups: a level word glued before a channel's bracket groups",
		why:  "Asterisk's WARNING[2251][C-00000041]: is read by its word, the channel's id is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Warn, "pbx04", "Nov 29 07:41:18 pbx04 asterisk[2210]: WARNING[2251][C-00000041]: chan_pjsip.c:2712 request: Endpoint not found"),
		},
	},
	{
		name: "a level letter after a thread's number padded in its bracket, as the AVS Device SDK writes its console",
		why:  "[  1] I and [ 14] W: the padded number is a column like [14]",
		entries: []worldEntry{
			we("2026-11-29T07:41:53.183Z", Info, "", "2026-11-29 07:41:53.183 [  1] I sdkVersion: 1.26.0"),
			we("2026-11-29T07:41:58.012Z", Warn, "", "2026-11-29 07:41:58.012 [ 14] W AudioInputProcessor:executeExpectSpeechTimedOut:reason=noSpeechDetected"),
		},
	},
	{
		name: "near the padded thread: a bracket of words before a capital letter",
		why:  "a thread named by words is no number column: the letter after it is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:42:03.771Z", Unknown, "", "2026-11-29 07:42:03.771 [ worker 1] E is the next grade"),
		},
	},
	{
		name: "the Azure Speech SDK's trace macro after its thread and the milliseconds since its start",
		why:  "SPX_TRACE_<LEVEL>: names the level; SPX_DBG_TRACE_ is a debug build's",
		entries: []worldEntry{
			we("", Warn, "", "[311902]: 5046ms SPX_TRACE_WARNING:  usp_reco_engine_adapter.cpp:2045 Turn end received before speech end"),
			we("", Debug, "", "[204417]: 30ms SPX_DBG_TRACE_VERBOSE:  push_audio_input_stream.cpp:175 WriteBuffer: size=800"),
		},
	},
	{
		name: "a month-first dashed date and the time of day set apart by an at sign, as WooCommerce's legacy logger writes them",
		why:  "m-d-Y @ H:i:s -: the @ is a column between the date and the clock",
		entries: []worldEntry{
			we("2026-11-29T07:47:20Z", Unknown, "", "11-29-2026 @ 07:47:20 - Generating payment form for order #5120."),
		},
	},
	{
		name: "near the at sign: a mail address glued to a clock",
		why:  "a word before the at sign is no date",
		entries: []worldEntry{
			we("", Unknown, "", "ops@ 07:41 call scheduled"),
		},
	},
	{
		name: "the time of day of a Cisco Unified CM SDL trace after its sequence number and bar",
		why:  "nnnnnnnn.nnn |HH:mm:ss.fff |Type |: the clock is the record's on the clock's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.389Z", Unknown, "", "00512233.002 |07:41:20.389 |AppInfo  |SIPTcp - wait_SdlReadRsp: Incoming SIP TCP message"),
			we("2026-11-29T07:41:20.391Z", Unknown, "", "00512234.000 |07:41:20.391 |SdlSig   |SIPInviteInd"),
		},
	},
	{
		name: "the severity digit of a Cisco contact-center id that carries the thread's name",
		why:  "%CCBU_<thread>-<digit>-<MNEMONIC>: the digit before the mnemonic, counted from the end",
		entries: []worldEntry{
			we("2026-11-29T07:41:59.878Z", Info, "", "Nov 29 2026 02:41:59.878 -0500: %CCBU_pool-7-thread-2-6-QUEUE_STATISTICS_REQUEST: {request received}"),
			we("2026-11-29T07:42:15.330Z", Error, "", "Nov 29 2026 02:42:15.330 -0500: %CCBU_Timer-3-3-CTI_CONNECTION_LOST: {connection lost}"),
		},
	},
	{
		name: "Node's own warning under a program's timed line is a record of its own",
		why:  "(node:pid) opens Node's warning; the hint under it is its text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.644Z", Unknown, "", "2026-11-29 07:41:16.644 recorder attached: dir=file app=file"),
			we("", Warn, "", "(node:6120) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues.",
				"(Use `node --trace-deprecation ...` to show where the warning was created)"),
		},
	},
	{
		name: "a day-first six-digit date opening a bracket, where year-first would be a year to come",
		why:  "Windscribe's [ddMMyy HH:mm:ss:SSS uptime]: 291126 is no day of 2029; 261129 stays year-first",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[291126 07:41:16:204      0.118] [basic]\t App version: \"v2.9.4\""),
			we("2026-11-29T07:41:17.204Z", Unknown, "", "[261129 07:41:17:204      1.118] [basic]\t App started"),
		},
	},
	{
		name: "a level word after a word that a comma ends is the clause's, no level",
		why:  "\"failed, error: 6\": the header's level stands before the message's first clause",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 [engine] ConnectionManager::onConnectionError(), error: 6"),
		},
	},
	{
		name: "the time under a JSON key tm",
		why:  "Windscribe's Android app writes {\"tm\":…,\"lvl\":…}",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.890Z", Info, "", `{"tm":"2026-11-29 07:41:20.890","lvl":"info","mod":"LoginScreen","msg":"Trying to log in"}`),
		},
	},
	{
		name: "near the pipe-closed clock: a subtitle's span and a media list's position",
		why:  "a clock before another clock or a word is no record's time",
		entries: []worldEntry{
			we("2026-11-29T07:00:00Z", Info, "", "2026-11-29 07:00:00,000 INFO [main] subtitles loaded", "00:00:05.123|00:00:07.456|Hello there", "00:01:23.456|play|track 3"),
		},
	},
	{
		name: "near the pid's clock: a numbered cue and a numbered test",
		why:  "one or two digits number a list; an arrow after the clock makes a span",
		entries: []worldEntry{
			we("2026-11-29T07:00:00Z", Info, "", "2026-11-29 07:00:00,000 INFO [main] cues", "1: 00:00:05.123 --> 00:00:07.456", "|2| 00:02:11.900 failed test_b"),
		},
	},
	{
		name: "near the bracket groups: a subscript with blanks before a level's name",
		why:  "dict[key one][Error]: the bracket with blanks opens inside a word, no run of groups",
		entries: []worldEntry{
			we("2026-11-29T07:39:47.230Z", Unknown, "", "2026-11-29 07:39:47.230 dict[key one][Error]"),
		},
	},
	{
		name: "near the host label: a port alone, and a host with its port",
		why:  "[HOST:8080] names no machine; [HOST:localhost:5432] names localhost",
		entries: []worldEntry{
			we("2026-11-29T07:39:47.230Z", Unknown, "", "2026-11-29 07:39:47.230 [HOST:8080] connecting"),
			we("2026-11-29T07:39:48.230Z", Info, "db-04", "2026-11-29 07:39:48.230 [HOST:db-04:5432] INFO pool ready"),
		},
	},
	{
		name: "near the padded thread's letter: a numbered list's item",
		why:  "a capital letter after a padded number before a sentence is the sentence's",
		entries: []worldEntry{
			we("2026-11-29T07:41:53.183Z", Unknown, "", "2026-11-29 07:41:53.183 [ 3] I think we should retry"),
		},
	},
	{
		name: "near the at sign between a date and its clock: a sentence's date",
		why:  "only a date opening the line takes its clock after an at sign",
		entries: []worldEntry{
			we("2026-11-29T07:00:00Z", Info, "", "2026-11-29 07:00:00,000 INFO [main] post", "Posted 11-29-2026 @ 07:47:20 by alice@example.com"),
		},
	},
	{
		name: "near Node's warning: a graph's node and prose that opens alike",
		why:  "only a code or a warning's name after (node:pid) makes Node's own line",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Info, "", "2026-11-29T07:41:20Z INFO config", "(node:18) is the pid"),
		},
	},
	{
		name: "a year-less dashed date after a thread's number in brackets, as Windows' RAS tracing files write it",
		why:  "[tid] MM-dd HH:mm:ss:SSS: — the bracketed thread is a number column like a bare one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[5120] 11-29 07:41:16:204: >> Received Request (Code: 1) packet: Id: 9"),
			we("2026-11-29T07:41:18.402Z", Unknown, "", "[5120] 11-29 07:41:18:402: NT-SAM Names handler received request"),
		},
	},
	{
		name: "a level's name in lower case after a capitalized category in brackets, as qpidd writes its lines",
		why:  "[Category] level: the first column is the category, the level word follows it",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Notice, "", "2026-11-29 07:41:19 [Security] notice ACL denied connection from audit@QPID"),
			we("2026-11-29T07:41:20Z", Trace, "", "2026-11-29 07:41:20 [Protocol] trace RECV [qpid.10.0.7.19:5672-10.0.7.31:43112]: Frame[BEbe; channel=0]"),
		},
	},
	{
		name: "near the category's level: a capitalized bracket before a plain word",
		why:  "only a level's full name follows the category; another word is the message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29 07:41:21 [Broker] started in 2.1 s"),
		},
	},
	{
		name: "Fluentd's own events under their tag, as out_stdout prints them",
		why:  "fluent.<level>: after the time is the event's tag and names its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:44.0138772Z", Warn, "", `2026-11-29 08:41:44.013877200 +0100 fluent.warn: {"retry_times":1,"message":"failed to flush the buffer."}`),
		},
	},
	{
		name: "an object's hash and a channel in brackets are no epoch",
		why:  "Qpid Proton-J's frame trace opens [hash:channel]; a hash may fall in the years an epoch would",
		entries: []worldEntry{
			we("", Unknown, "", "[1163157884:0] -> Open{ containerId='ID:7f2c41aa:1', hostname='mq-east-2.example.net'}"),
		},
	},
	{
		name: "near the hash: an epoch in brackets with its fraction and a pid",
		why:  "a fraction makes the epoch a time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[1795938076.204:4120] worker started"),
		},
	},
	{
		name: "a level right-aligned between bars after the seconds since the start, as League of Legends' r3dlog writes it",
		why:  "elapsed|  LEVEL| msg: the seconds are no time; a status word of its own (OKAY) is no level",
		entries: []worldEntry{
			we("", Warn, "", "000001.560|   WARN| Unable to process data overlay file ./DATA/overlay_na.bin"),
			we("", Unknown, "", "000002.001|   OKAY| Riot::RADS::Reader::RadsMain::Initialize: done"),
			we("", Error, "", "000004.233|  ERROR| Failed to create D3D11 device (hr=0x887a0004)"),
		},
	},
	{
		name: "MSBuild's line that opens a project's build stands alone under the build's start",
		why:  "Project \"…\" on node N (targets). is the logger's own record, no text of the line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Build started 11/29/2026 7:41:16 AM."),
			we("", Unknown, "", `Project "C:\src\web\Web.sln" on node 1 (default targets).`),
		},
	},
	{
		name: "a level in capitals opening a bracket, then the time of day and the source's file and line, as Bazel's client writes its debug lines",
		why:  "[LEVEL hh:mm:ss.fff file.cc:N]: the bracket is the line's header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.539Z", Info, "", "[INFO 07:41:16.539 src/main/cpp/rc_file.cc:62] Parsing the RcFile /home/dev/web/.bazelrc"),
		},
	},
	{
		name: "a level between three asterisks on each side, as Open Ephys marks its errors",
		why:  "***ERROR*** after the program's bracket or glued to a module's",
		entries: []worldEntry{
			we("", Error, "", "[open-ephys] ***ERROR*** Neuropix-PXI: basestation in slot 2 did not answer"),
			we("2026-11-29T07:41:31.077Z", Error, "", "[2026-11-29T07:41:31.077][rhythm-board.so]***ERROR*** Error reading frame"),
		},
	},
	{
		name: "a bracketed time of day after a level padded to its column and a dash, as MkDocs writes its serve lines",
		why:  "LEVEL    -  [HH:MM:SS] msg: the level and the bracket open the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Info, "", "INFO    -  [07:41:19] Serving on http://127.0.0.1:8000/docs/"),
			we("", Info, "", "INFO    -  Building documentation..."),
		},
	},
	{
		name: "a tag whose last dotted part is a level's name, where no host and no pid stand",
		why:  "Fluentd's event tags and others' name.level tags name the level; a domain's last part is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "Nov 29 07:41:16 billing.warn: retrying invoice 4412"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 example.org: message"),
		},
	},
	{
		name: "a date and its clock set apart by an at sign in a parenthesis, with a one-digit day",
		why:  "the date opens the parenthesis whatever its length",
		entries: []worldEntry{
			we("2026-11-09T07:41:16Z", Unknown, "", "*** Assembly Binder Log Entry  (11/9/2026 @ 7:41:16 AM) ***"),
		},
	},
}

func TestRulesOnOwnLines(t *testing.T) { assertTable(t, ruleCases) }
