package parse

import "testing"

// The six-hundred-and-twenty-ninth fresh table: email clients, mail fetchers and personal
// information managers, shapes no earlier table holds. Each family is one product's output as people
// paste it into bug reports: NeoMutt's debug file (`[date time]<L> function() msg`, a level letter in
// angle brackets) and its saved log queue (`[HH:MM:SS]<L> msg`); OfflineIMAP's log file
// (`date time LEVEL: msg`, a three-line starting blurb, an ERROR with its exception under it) and
// its syslog UI read with journalctl; vdirsyncer's and khal's click-log console (`debug: `,
// `warning: `, `error: `, `critical: ` before the message, no time); Mailspring's mailsync log
// (`pid [date time.ms] [thread] [level] msg`); mbsync's console (`Error: channel …`, `Notice: …`,
// the counters line, no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`thunderbird`, `evolution`, `evolution-data`, `mutt`, `neomutt`,
// `neomutt_`, `neomuttdebug`, `muttdebug`, `source_rc()`, `]<2>`, `]<M>`, `log_file_open`,
// `offlineimap`, `OfflineIMAP`, `Syncing Drafts`, `Copy message UID`, `IMAP -> Maildir`, `acc: `,
// `isync`, `mbsync`, `mbsync[`, `C: 1/`, `Socket error`, `fetchmail`, `getmail`, `vdirsyncer`,
// `pimutils`, `debug: `, `khal`, `khard`, `calcurse`, `aerc`, `notmuch`, `msmtp`, `claws`,
// `sylpheed`, `kmail`, `akonadi`, `kontact`, `trojita`, `geary`, `Geary`, `davmail`, `imapfilter`,
// `mailspring`, `Mailspring`, `mailsync`, `syncFolderChangesViaCondstore`, `[background] [info]`,
// `[main] [info]`, `syncevolution`, `himalaya`, `lieer`, `gmailieer`, `mu4e`, `mail.log`,
// `dovecot`, `mailhog`, `alpine`, `protonmail-bridge`, `proton-bridge`, `davx`, `radicale`,
// `etesync`, `mailutils`, `procmail`, `maildrop`, `fdm`, `mpop`, `mblaze`, `ssmtp`, `nullmailer`,
// `opensmtpd`, `betterbird`, `mailpile`, `IMAP`, `-WARNING **`, `camel`). NeoMutt, OfflineIMAP,
// isync/mbsync, vdirsyncer, khal and Mailspring have no family in any table: `offlineimap`,
// `mbsync`, `isync`, `neomutt`, `aerc`, `geary` and `mailspring` match only earlier tables' header
// comments (lists of what they grepped for or left out), `mailsync` only Android tags, `[main]
// [info]` other products' lines, `]<2>` an A10 load balancer's line. Left out as measured already:
// Thunderbird (its MOZ_LOG), Evolution Data Server's journal lines, fetchmail (syslog and log
// file), getmail's message_log, DavMail, msmtp, procmail, maildrop, Radicale, DAVx5, Proton Mail
// Bridge, Mailpile, and GLib's `-WARNING **` lines (Evolution's console). Left out as not confirmed
// by any search: Geary's and aerc's log files, Evolution's CAMEL_DEBUG output, Claws Mail's network
// log, KMail/Akonadi. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NeoMutt's, OfflineIMAP's and Mailspring's stamps are local with no zone and
// are taken as UTC; NeoMutt's log queue has a time of day only, on the clock's day; the journal's
// time has no year (2026); vdirsyncer's, khal's and mbsync's lines have no time, and a stamp inside
// an item id or a date quoted in a message is none. Levels only where the line marks one: NeoMutt's
// letter in angle brackets (LevelAbbr "PEWM12345N": P and E Error, W Warn, M Info, a digit
// Debug), OfflineIMAP's level name after the time and the `ERROR:` its error() writes at the head of
// a syslog message, click-log's word and colon, Mailspring's bracketed level, mbsync's `Error:`
// and `Notice:`; NeoMutt's opening and closing lines, OfflineIMAP's other syslog messages, bare
// click-log info lines and mbsync's counters carry none. The host is the record's host field: only
// the journal's; IMAP and DAV servers, account addresses and channel names in messages are no
// hosts. A record that spans lines is one entry: OfflineIMAP's starting blurb (Python and Args
// lines) and its `ERROR: …` with the exception indented under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string and read_file); where a search
// did not confirm a layout the source says "from memory" (only the journal's short layout around
// OfflineIMAP's syslog line). Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 000dc44 before any rule for it: level 81.7 %, time 97.9 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 80.5 %, time 97.6 %, host 100.0 %, records 100.0 %), in a
// worktree at 000dc44 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are NeoMutt's level letter in angle brackets, which trawl does
// not read either after the full stamp or after the time of day, and vdirsyncer's item id that
// begins with a compact iCalendar stamp, which trawl takes for the time of a line that has none.

var fresh629Cases = []worldCase{
	{
		name:   "neomutt-debug-file-level-letter",
		source: "NeoMutt's debug file (`neomutt -d 2`, ~/.neomuttdebug0): mutt/logging.c log_disp_file `[%Y-%m-%d %H:%M:%S]<%c> function() msg` with the level letter from LevelAbbr \"PEWM12345N\" (perror, error, warning, message, debug 1-5, notify), the `NeoMutt… debugging at level N` opening line and `Closing log.`; a pasted log in neomutt/neomutt issue #2009 (`[…]<M> log_file_open()`, `[…]<2> source_rc()`)",
		why:    "a bracketed zone-less local stamp (UTC by the rules) glued to a one-letter level in angle brackets: M is a message (Info), a digit a debug level, W a warning, E and P errors; the opening and closing lines carry no level; the IMAP server named in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] NeoMutt-20261029 debugging at level 2"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16]<M> log_file_open() Debugging at level 2 to file '/home/ines/.neomuttdebug0'"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 07:41:17]<2> source_rc() Reading configuration file '/home/ines/.config/neomutt/neomuttrc'"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 07:41:19]<W> imap_auth_sasl() SASL mechanism XOAUTH2 unavailable, falling back to LOGIN"),
			we("2026-11-29T07:41:21Z", Error, "", "[2026-11-29 07:41:21]<E> imap_open_connection() Could not connect to imap.harbourmail.example (Connection refused)."),
			we("2026-11-29T07:41:23Z", Error, "", "[2026-11-29 07:41:23]<P> mutt_file_fopen() /home/ines/.cache/neomutt/headers/INBOX.hcache: Permission denied"),
			we("2026-11-29T07:42:05Z", Unknown, "", "[2026-11-29 07:42:05] Closing log."),
		},
	},
	{
		name:   "neomutt-log-queue-time-of-day",
		source: "NeoMutt's in-memory log queue saved for viewing (mutt/logging.c log_queue_save: `[%H:%M:%S]<%c> msg`, the same level letters, no function name): neomutt/neomutt mutt/logging.c, found with find_string (`PEWM12345N`)",
		why:    "a time of day only (on the clock's day) glued to the level letter; no date, no function",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16]<M> Reading imaps://imap.harbourmail.example/INBOX..."),
			we("2026-11-29T07:41:18Z", Info, "", "[07:41:18]<M> Fetching message headers... 412/412"),
			we("2026-11-29T07:41:20Z", Warn, "", "[07:41:20]<W> Warning: Server certificate has expired"),
			we("2026-11-29T07:41:24Z", Error, "", "[07:41:24]<E> Mailbox is read-only."),
		},
	},
	{
		name:   "offlineimap-logfile-levelname",
		source: "OfflineIMAP 8's log file (`offlineimap -l FILE`): offlineimap/ui/UIBase.py setlogfile, `logging.Formatter(\"%(asctime)s %(levelname)s: %(message)s\", '%Y-%m-%d %H:%M:%S')`, the three-line `OfflineImap %s starting...` blurb, `ERROR: %s\\n  %s` from error(), the `Copy message UID`, `*** Processing account` and `UID validity problem` messages (OfflineIMAP/offlineimap3, read with read_file); console messages also in OfflineIMAP/offlineimap issues #452 and #675",
		why:    "a zone-less date and time then the Python level name and a colon; the starting blurb and an ERROR with its exception are two- and three-line records; the server in `Establishing connection to` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29 07:41:16 INFO: OfflineImap 8.0.0 starting...",
				"  Python: 3.12.7 Platform: linux",
				"  Args: /usr/bin/offlineimap -l /home/ines/.offlineimap.log -u basic"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO: *** Processing account harbour"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INFO: Establishing connection to imap.harbourmail.example:993 (harbour-remote)"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 INFO: Copy message UID 5521 (1/3) harbour-remote:INBOX -> harbour-local:INBOX"),
			we("2026-11-29T07:41:20Z", Warn, "", "2026-11-29 07:41:20 WARNING: UID validity problem for folder Lists/dev (repo harbour-remote) (saved 1712; got 1794); skipping it. Please see FAQ and manual on how to handle this."),
			we("2026-11-29T07:41:22Z", Error, "",
				"2026-11-29 07:41:22 ERROR: ERROR: While attempting to sync folder Archive in repository harbour-remote",
				"  [Errno 104] Connection reset by peer"),
			we("2026-11-29T07:41:25Z", Info, "", "2026-11-29 07:41:25 INFO: *** Finished account 'harbour' in 0:09"),
		},
	},
	{
		name:   "offlineimap-syslog-journal",
		source: "OfflineIMAP with `-u syslog` read with journalctl (offlineimap/ui/UIBase.py setup_sysloghandler: `offlineimap[%(process)d]: %(message)s` to /dev/log; the messages of UIBase, `ERROR: %s` from error()); the journal's short layout around it from memory",
		why:    "the journal's time and host; `ERROR:` at the head of the message is OfflineIMAP's own error label; other messages carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:45:02Z", Unknown, "tidepool", "Nov 29 07:45:02 tidepool offlineimap[30512]: *** Processing account harbour"),
			we("2026-11-29T07:45:02Z", Unknown, "tidepool", "Nov 29 07:45:02 tidepool offlineimap[30512]: Establishing connection to imap.harbourmail.example:993 (harbour-remote)"),
			we("2026-11-29T07:45:04Z", Unknown, "tidepool", "Nov 29 07:45:04 tidepool offlineimap[30512]: Syncing Drafts: IMAP -> Maildir"),
			we("2026-11-29T07:45:09Z", Error, "tidepool", "Nov 29 07:45:09 tidepool offlineimap[30512]: ERROR: Exceptions occurred during the run!"),
		},
	},
	{
		name:   "vdirsyncer-click-log-prefix",
		source: "vdirsyncer's console (click-log: `debug: `, `warning: `, `error: ` before the message, info lines bare; `Syncing <pair>/<collection>`, `Copying (updating) item … to …`): pimutils/vdirsyncer issues #694 (`-vdebug` output), #1144 and #636",
		why:    "no time; the level is a lower-case word and a colon at the head of the line; bare info lines carry no level; the DAV server in a PROPFIND is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Syncing calendars/work"),
			we("", Debug, "", "debug: PROPFIND https://dav.harbourmail.example/ines/calendars/work/"),
			we("", Unknown, "", "Copying (updating) item 20261129T074116Z-3318@tidepool to calendars_local/work"),
			we("", Warn, "", "warning: Item 7c1e0f52-9a44-4d1b-8a8e-2b6f0c3e9911.ics has no UID, skipping"),
			we("", Error, "", "error: Unknown error occurred for contacts/family: 401, message='Unauthorized'"),
			we("", Error, "", "error: Use `vdirsyncer -vdebug` to see the full traceback."),
		},
	},
	{
		name:   "khal-click-log-critical",
		source: "khal's console (click-log: `critical: `, `warning: ` before the message): pimutils/khal issue #1178 (three `critical: Could not parse …` lines), issue #693 (click-log in khal's requirements)",
		why:    "no time; the level word and a colon at the head of the line; a date quoted inside a message is no time of the record",
		entries: []worldEntry{
			we("", Warn, "", "warning: Skipping /home/ines/.calendars/work/4419.ics: could not find a VEVENT"),
			we("", Critical, "", `critical: Could not parse "('31/11/2026', '05/12/2026')".`),
			we("", Critical, "", "critical: Please check your configuration or run `khal printformats` to see if this does match your configured [long](date|time|datetime)format."),
		},
	},
	{
		name:   "mailspring-mailsync-pid-bracket",
		source: "Mailspring's mailsync-<id>.log (`pid [yyyy-MM-dd HH:mm:ss.SSS] [thread] [level] msg`, threads main, background, foreground, metadata): Foundry376/Mailspring issues #1781 and #629 (pasted logs), #1001",
		why:    "a pid before a bracketed zone-less stamp (UTC by the rules); the thread then the level in brackets; the account address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.704Z", Info, "", "30412 [2026-11-29 07:41:16.704] [main] [info] Identity created at 1794000000 - using ID Schema 1"),
			we("2026-11-29T07:41:16.706Z", Info, "", "30412 [2026-11-29 07:41:16.706] [main] [info] ------------- Starting Sync (ines@harbourmail.example) ---------------"),
			we("2026-11-29T07:41:17.71Z", Info, "", "30412 [2026-11-29 07:41:17.710] [background] [info] Syncing folder list..."),
			we("2026-11-29T07:41:18.064Z", Warn, "", "30412 [2026-11-29 07:41:18.064] [background] [warning] syncFolderChangesViaCondstore - Lists/dev: server did not return HIGHESTMODSEQ"),
			we("2026-11-29T07:41:19.151Z", Error, "", "30412 [2026-11-29 07:41:19.151] [foreground] [error] IMAP connection lost: Connection reset by peer"),
		},
	},
	{
		name:   "mbsync-console-untimed",
		source: "isync's mbsync on a terminal or in a cron mail (`Error: channel …: far side box … cannot be opened.`, `Notice: Master/Slave are deprecated; use Far/Near instead.`, `No channel or group named '…' defined.`, the `C: n/n  B: n/n  F: … N: …` progress line): LukeSmithxyz/mutt-wizard issues #471, #708, #812 and #1001, gfontenot/dotfiles issue #5",
		why:    "no time and no host; `Error:` and `Notice:` head mbsync's error and notice lines; the counters line and the plain complaint carry no level",
		entries: []worldEntry{
			we("", Notice, "", "Notice: Master/Slave are deprecated; use Far/Near instead."),
			we("", Error, "", "Error: channel harbour-lists: far side box Lists/dev cannot be opened."),
			we("", Error, "", "Error: channel harbour-archive: near side box Archive/2026 cannot be opened."),
			we("", Unknown, "", "No channel or group named 'harbor' defined."),
			we("", Unknown, "", "C: 2/3  B: 4/9  F: +0/0 *0/0 #0/0  N: +12/12 *3/3 #0/0"),
		},
	},
}

func TestFresh629Formats(t *testing.T) { assertTable(t, fresh629Cases) }
func TestFresh629Score(t *testing.T) {
	checkScore(t, "fresh629 formats", fresh629Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
