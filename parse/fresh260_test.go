package parse

import "testing"

// The two-hundred-and-sixtieth fresh table, written on 2026-12-05: shell histories and session
// records as people read them to reconstruct an incident, in shapes no earlier table holds. Each
// family is one product's documented or observed output: zsh's ~/.zsh_history with
// EXTENDED_HISTORY (`: epoch:elapsed;command`, a multi-line command's lines ended with a
// backslash); fish's ~/.local/share/fish/fish_history (YAML-like `- cmd:` blocks with `when:` and
// `paths:`); bash's `history` builtin printed with HISTTIMEFORMAT="%F %T " (the entry number, an
// edit mark, the local stamp, a lithist command over several lines); util-linux script(1)'s
// advanced timing log (`H`, `I`, `O`, `S` lines, START_TIME with an offset); sudo's legacy I/O log
// `log` files read one after another (three lines a session, an epoch first); sudo 1.9's
// `sudoreplay -l` on a sudo_logsrvd store (the HOST= field); tlog-rec's JSON messages from its file
// writer (a host key, a position in milliseconds and no clock); auditd's `aureport --tty -i`
// keystroke report; an asciinema v2 cast file (a header with an epoch, then events timed from the
// start); a PowerShell 7 transcript on Linux with -UseMinimalHeader.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`HISTTIMEFORMAT`, `bash_history`, `bash history`, `bash-history`, `HISTFILE`, `lithist`,
// `zsh`, `zsh_history`, `EXTENDED_HISTORY`, `setopt`, `: 17…:0;` as a pattern, `;sudo`, `fish`,
// `fish_history`, `- cmd`, `when:`, `paths:`, `history -i`, `history -`, `fc -l`, `atuin`, `mcfly`,
// `typescript`, `Script started`, `Script done`, `script(1)`, `scriptreplay`, `--log-timing`,
// `START_TIME`, `TIMING_LOG`, `OUTPUT_LOG`, `H 0.000000`, `sudoreplay`, `sudo_logsrvd`, `iolog`,
// `sudo-io`, `TSID=`, `HOST=`, `:root::`, `tlog`, `tlog-rec`, `"rec":`, `"pos"`, `"session":`,
// `in_txt`, `out_txt`, `"timing":`, `aureport`, `aureport --tty`, `TTY Report`, `type=TTY`,
// `USER_TTY`, `tty_audit`, `<ret>`, `asciinema`, `asciicast`, `.cast`, `x-asciicast`,
// `"version": 2`, `idle_time_limit`, `"o", ` event arrays, `PowerShell transcript`,
// `PowerShell transcript start`, `Start-Transcript`, `Transcript started`, `MinimalHeader`, `PS /`,
// `ConsoleHost_history`, `PSReadLine`, `Get-History`, `StartExecutionTime`, `lastcomm`, `psacct`,
// `snoopy`, `rootsh`, `ttyrec`, `ttylog`, `screenlog`, `tmux`, `last -F`, `utmpdump`). bash's
// ~/.bash_history with its `#epoch` comment lines is world_test's bash-history; the `history`
// builtin's listing is in none. A script(1) typescript is in fresh206 (its `Script started on`
// and `Script done on` lines around nginx's error log); the advanced timing log is in none.
// sudoreplay -l is in fresh55 in sudo 1.8's shape (no HOST=), sudo's log.json in fresh219 and
// sudo_logsrvd's event log in fresh83; sudo 1.9's listing with HOST= and the legacy `log` files
// are in none. aureport's -au, -l and -k reports are in fresh64 and fresh219; --tty is in none.
// Windows PowerShell 5.1's transcript is in fresh22, the invocation-header transcript in fresh126
// and pwsh 7.4's full header in fresh233; the minimal header is in none. zsh's history file, fish's
// history file, tlog and asciinema are in none. Left out as measured already: the epoch-commented
// bash history (world_test), typescripts (fresh206), sudoreplay -l without HOST= (fresh55),
// log.json (fresh219), PSReadLine's ConsoleHost_history.txt (fresh126), the full transcript headers
// (fresh22, fresh126, fresh233), snoopy's command log (fresh140, fresh145, fresh172), last, lastb
// and utmpdump (fresh83, fresh150, fresh151, fresh164, fresh250). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). zsh's `: 1795938076:0;` and fish's `when:` are epoch seconds (the zsh
// elapsed seconds are no time); the history builtin's `%F %T` stamp, aureport's `%x %T` (en_US:
// MM/DD/YYYY), sudoreplay's `Mmm dd HH:MM:SS yyyy` and the transcript's `Start time:`/`End time:`
// are local times with no zone, taken as UTC; script's START_TIME carries +01:00 and is converted;
// the sudo `log` file's first field and asciinema's header `timestamp` are epoch seconds. Times
// relative to a start are no clock: script's `H 0.000000`, `O 0.004918 63` and `I 2.377201 1`
// delays, tlog's `pos` in milliseconds, asciinema's event offsets; so those records have no time.
// A date or time inside a command or its output (a `--since` date, an alert log's stamp, auth.log
// lines printed in a cast, a process table) is not the record's time. No family marks a level:
// `error.log`, `Failed password` and `Unsuccessful login attempt` in commands and output are no levels. The
// host is the record's host field: sudoreplay's HOST= (the submitting host), tlog's "host" key;
// web-03 in a prompt, an output file's name or a printed log line, a tty name and aureport's `?`
// term column are no hosts. A record that spans lines is one entry: a zsh command continued with
// backslashes, a fish block with its when: and paths: lines, a lithist command in the history
// listing, a sudo `log` file's three lines, a transcript's header or end block and a command with
// its output.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 759ea5e before any rule for it: level 96.7 %, time 71.7 %, host 85.0 %, records 89.7 %.
// That is the macro figure (micro: level 96.4 %, time 73.2 %, host 87.5 %, records 89.3 %), in a
// worktree at 759ea5e with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right (the history builtin's listing, script's advanced timing log, sudo's
// legacy log files, tlog's messages, aureport --tty); the gaps are the epochs of zsh's `: epoch:0;`
// prefix and of fish's `when:` line, sudoreplay's HOST= field, asciinema's o events read as the log
// lines they print, and the minimal transcript header's blocks. The asciinema cast also read
// otherwise on a second pass (the r event after the o event that prints auth.log lines was joined
// to it the first time, a record of its own later); the rule for a recording's events closed both.

var fresh260Cases = []worldCase{
	{
		name:   "zsh-extended-history-file",
		source: "zsh's ~/.zsh_history with `setopt EXTENDED_HISTORY` read with cat (`: <beginning time>:<elapsed seconds>;<command>`, an embedded newline written as a backslash at the end of the physical line, read back by joining backslash-continued lines in Src/hist.c): the zsh Options manual as quoted by docs.rs shellhist-core (module zsh), the npm package zsh-history's README (the format's three fields), docs.rs mcfly HistoryFormat (zsh multi-line commands on several lines)",
		why:    "the epoch after `: ` is the time and the elapsed seconds after it are not; a command continued with trailing backslashes is one record; the date inside a git command and the word error in a path are no time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", ": 1795938076:0;cd /var/www/shop"),
			we("2026-11-29T07:41:21Z", Unknown, "", ": 1795938081:3;sudo tail -n 200 /var/log/nginx/error.log"),
			we("2026-11-29T07:41:35Z", Unknown, "",
				`: 1795938095:7;for h in web-01 web-02 web-03; do\`,
				`  ssh $h 'systemctl is-active php8.3-fpm'\`,
				"done"),
			we("2026-11-29T07:42:10Z", Unknown, "", ": 1795938130:41;sudo apt-get install --only-upgrade openssl libssl3t64"),
			we("2026-11-29T07:43:10Z", Unknown, "", ": 1795938190:0;git -C /var/www/shop log --since='2026-11-28 18:00' --oneline"),
		},
	},
	{
		name:   "fish-history-yaml-file",
		source: "fish's ~/.local/share/fish/fish_history (fish 2.3+; YAML-like: `- cmd: <command>` then `  when: <epoch>` and, for commands naming existing files, `  paths:` with `    - <path>` lines; a multi-line command kept on one line with `\\n`): sindresorhus/shell-history issue #1, jamesmunns/shell-hist issue #1, irevenko/tsukae issue #3 and jcsalterego/historian issue #3 (users pasting the file), docs.rs mcfly HistoryFormat (the \\n joining)",
		why:    "a block from `- cmd:` to its last paths: line is one record; its time is the epoch on when:, not the date inside a journalctl --since argument; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:43:20Z", Unknown, "",
				"- cmd: cd /srv/backup",
				"  when: 1795938200",
				"  paths:",
				"    - /srv/backup"),
			we("2026-11-29T07:43:34Z", Unknown, "",
				"- cmd: sudo systemctl stop backup-agent.timer",
				"  when: 1795938214"),
			we("2026-11-29T07:43:50Z", Unknown, "",
				"- cmd: sudo rm -rf /srv/backup/staging",
				"  when: 1795938230",
				"  paths:",
				"    - /srv/backup/staging"),
			we("2026-11-29T07:45:01Z", Unknown, "",
				`- cmd: for f in /srv/backup/*.tar.zst\n    zstd -t $f\nend`,
				"  when: 1795938301"),
			we("2026-11-29T07:46:17Z", Unknown, "",
				`- cmd: journalctl -u backup-agent --since "2026-11-29 06:00"`,
				"  when: 1795938377"),
		},
	},
	{
		name:   "bash-history-builtin-histtimeformat",
		source: "bash's `history` builtin with HISTTIMEFORMAT=\"%F %T \" (display_history's `%5d%c %s%s\\n`: the entry number padded to five, `*` for an entry edited since it was saved or a space, then strftime of the entry's stamp in local time and the command), seen in a Rust port of builtins/history.def and a pastebin of `history` with HISTTIMEFORMAT set; a multi-line command printed with its newlines under `shopt -s lithist`, from memory",
		why:    "the entry number before a zone-less `%F %T` stamp; a `*` edit mark in place of the space; the number widening to five digits; a lithist command's continuation lines carry no number and belong to it; `Failed password` in a grep is no level",
		entries: []worldEntry{
			we("2026-11-29T07:38:02Z", Unknown, "", "  996  2026-11-29 07:38:02 ssh-keygen -lf ~/.ssh/authorized_keys"),
			we("2026-11-29T07:38:40Z", Unknown, "", "  997  2026-11-29 07:38:40 last -n 20 -i"),
			we("2026-11-29T07:39:15Z", Unknown, "", `  998* 2026-11-29 07:39:15 grep 'Failed password' /var/log/auth.log | awk '{print $11}' | sort | uniq -c | sort -rn`),
			we("2026-11-29T07:40:51Z", Unknown, "",
				"  999  2026-11-29 07:40:51 for u in deploy backup; do",
				`  sudo chage -l "$u"`,
				"done"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 1000  2026-11-29 07:41:16 HISTTIMEFORMAT='%F %T ' history 5"),
		},
	},
	{
		name:   "util-linux-script-advanced-timing",
		source: "util-linux 2.35+ script(1) run as `script -B web-03.log -T web-03.tm` (input and output in one log, so the multi-stream timing format): its timing file read with cat, util-linux term-utils/script.c (log_info's `H %f NAME value` lines with START_TIME from strtime_iso ISO_TIMESTAMP, TERM, TTY, COLUMNS, LINES, SHELL, TIMING_LOG, OUTPUT_LOG, INPUT_LOG; log_write's `%c %ld.%06ld %zd` for O and I; log_signal's `S … SIGWINCH ROWS=n COLS=n`; DURATION and EXIT_CODE on close), script(1) on --log-timing and --logging-format",
		why:    "only START_TIME carries a clock, with a +01:00 offset; every other line is a delay since the one before or a header value: no time; the tty path is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "H 0.000000 START_TIME 2026-11-29 08:41:16+01:00"),
			we("", Unknown, "", "H 0.000000 TERM xterm-256color"),
			we("", Unknown, "", "H 0.000000 TTY /dev/pts/4"),
			we("", Unknown, "", "H 0.000000 COLUMNS 132"),
			we("", Unknown, "", "H 0.000000 LINES 41"),
			we("", Unknown, "", "H 0.000000 SHELL /bin/bash"),
			we("", Unknown, "", "H 0.000000 TIMING_LOG /root/ir/web-03.tm"),
			we("", Unknown, "", "H 0.000000 OUTPUT_LOG /root/ir/web-03.log"),
			we("", Unknown, "", "H 0.000000 INPUT_LOG /root/ir/web-03.log"),
			we("", Unknown, "", "O 0.004918 63"),
			we("", Unknown, "", "I 2.377201 1"),
			we("", Unknown, "", "O 0.000094 1"),
			we("", Unknown, "", "S 6.810533 SIGWINCH ROWS=48 COLS=160"),
			we("", Unknown, "", "H 0.000000 DURATION 95.337120"),
			we("", Unknown, "", "H 0.000000 EXIT_CODE 0"),
		},
	},
	{
		name:   "sudo-iolog-legacy-log-files",
		source: "sudo's legacy I/O log info file (iolog_dir/00/00/NN/log, still written next to log.json by sudo 1.9) for three sessions read one after another with cat: line one `submit_time:submituser:runuser:rungroup:ttyname:lines:columns`, line two the cwd, line three the command with its arguments: sudo-project/sudo plugins/sudoers/sudoreplay.c parse_logfile ('ID file has three lines') and lib/iolog's iolog_write_info_file_legacy (`%lld:%s:%s:%s:%s:%d:%d\\n%s\\n` then the command line)",
		why:    "a session is three lines and one record; its time is the epoch before the first colon; the empty rungroup leaves `::`; lines and columns (41:132) are no time; no host field, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"1795938076:alice:root::/dev/pts/2:41:132",
				"/home/alice",
				"/usr/bin/journalctl -u sshd --since today"),
			we("2026-11-29T07:43:58Z", Unknown, "",
				"1795938238:alice:root::/dev/pts/2:41:132",
				"/home/alice",
				"/bin/bash"),
			we("2026-11-29T07:47:52Z", Unknown, "",
				"1795938472:deploy:www-data:www-data:/dev/pts/5:24:80",
				"/srv/shop",
				"/usr/bin/php artisan down --retry=60"),
		},
	},
	{
		name:   "sudoreplay-list-1.9-submithost",
		source: "sudo 1.9's `sudoreplay -l` over a sudo_logsrvd I/O log store (list_session: `%s : %s : ` with get_timestr's `Mmm dd HH:MM:SS yyyy` and the submituser, then `HOST=… ; ` when the session has a submithost, `TTY=… ; `, `CWD=… ; `, `USER=… ; `, `GROUP=… ; ` when set, `TSID=… ; COMMAND=…`): sudo-project/sudo plugins/sudoers/sudoreplay.c (the 1.9 list_session found by its printf, and the 1.8 one without HOST=)",
		why:    "the year after the time; HOST= names the host the command ran on, the record's host; TSID's six base-36 characters and the tty are no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bastion1", "Nov 29 07:41:16 2026 : alice : HOST=bastion1 ; TTY=/dev/pts/2 ; CWD=/home/alice ; USER=root ; TSID=00004C ; COMMAND=/usr/bin/journalctl -u sshd --since today"),
			we("2026-11-29T07:43:58Z", Unknown, "bastion1", "Nov 29 07:43:58 2026 : alice : HOST=bastion1 ; TTY=/dev/pts/2 ; CWD=/home/alice ; USER=root ; TSID=00004D ; COMMAND=/bin/bash"),
			we("2026-11-29T07:47:52Z", Unknown, "web-03", "Nov 29 07:47:52 2026 : deploy : HOST=web-03 ; TTY=/dev/pts/5 ; CWD=/srv/shop ; USER=www-data ; GROUP=www-data ; TSID=00004E ; COMMAND=/usr/bin/php artisan down --retry=60"),
			we("2026-11-29T07:52:09Z", Unknown, "db-02", "Nov 29 07:52:09 2026 : oracle : HOST=db-02 ; TTY=/dev/pts/0 ; CWD=/u01/app/oracle ; USER=root ; TSID=00004F ; COMMAND=/usr/bin/systemctl restart oracle-ohasd"),
		},
	},
	{
		name:   "tlog-rec-file-writer-json",
		source: "tlog-rec with the file writer (one JSON message a line: ver, host, rec, user, term, session, id, pos in milliseconds from the start of the recording, timing, in_txt, in_bin, out_txt, out_bin): Scribery/tlog doc/log_format.md (the fields, the timing grammar, the example message); the writer's compact one-object-a-line output and its option names from memory",
		why:    "the host key names the recording host; pos is milliseconds since the recording began and timing a run of delays and counts: no clock, so no time; the alert log's stamp and message in the output are neither time nor level",
		entries: []worldEntry{
			we("", Unknown, "db-02.corp.example", `{"ver":"2.2","host":"db-02.corp.example","rec":"9c41e07d2b8a4f65a1d3e0b7c62f5a18-1f3a-6e2b0c4","user":"oracle","term":"xterm-256color","session":412,"id":1,"pos":0,"timing":"=132x41>18","in_txt":"","in_bin":[],"out_txt":"[oracle@db-02 ~]$ ","out_bin":[]}`),
			we("", Unknown, "db-02.corp.example", `{"ver":"2.2","host":"db-02.corp.example","rec":"9c41e07d2b8a4f65a1d3e0b7c62f5a18-1f3a-6e2b0c4","user":"oracle","term":"xterm-256color","session":412,"id":2,"pos":5212,"timing":"<3+2>4+11>87+1>18","in_txt":"id\r","in_bin":[],"out_txt":"id\r\nuid=54321(oracle) gid=54321(oinstall) groups=54321(oinstall),54322(dba),54330(racdba)\r\n[oracle@db-02 ~]$ ","out_bin":[]}`),
			we("", Unknown, "db-02.corp.example", `{"ver":"2.2","host":"db-02.corp.example","rec":"9c41e07d2b8a4f65a1d3e0b7c62f5a18-1f3a-6e2b0c4","user":"oracle","term":"xterm-256color","session":412,"id":3,"pos":12840,"timing":"<68+3>69+142>101+1>18","in_txt":"tail -n 2 /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/alert_ORCL.log\r","in_bin":[],"out_txt":"tail -n 2 /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/alert_ORCL.log\r\n2026-11-29T07:40:58.412937+00:00\r\nUnsuccessful login attempt from host 198.51.100.23 as user SYSTEM\r\n[oracle@db-02 ~]$ ","out_bin":[]}`),
		},
	},
	{
		name:   "aureport-tty-report",
		source: "auditd's `aureport --tty -i -ts today` over pam_tty_audit's TTY records (a blank line, `TTY Report`, rules of '=', the column line `# date time event auid term sess comm data`, then `N. date time serial auid term sess comm data`, the date from strftime %x in en_US, MM/DD/YYYY): linux-audit/audit-userspace src/aureport-output.c (print_title_detailed and print_per_event_item for RPT_TTY), pam_tty_audit(8) ('aureport --tty'), the linux-audit list's TTY data interpretation patch; the `\"text\",<ret>` rendering of the keys from memory",
		why:    "numbered rows under a banner; a locale date and a time with no zone; the serial and session numbers are no time; auid stays the login user after sudo -i; the term column `?` is no host; no level",
		entries: []worldEntry{
			wskip(
				"",
				"TTY Report",
				"===============================================",
				"# date time event auid term sess comm data",
				"==============================================="),
			we("2026-11-29T07:41:22Z", Unknown, "", `1. 11/29/2026 07:41:22 40718 alice ? 7 bash "sudo -i",<ret>`),
			we("2026-11-29T07:41:40Z", Unknown, "", `2. 11/29/2026 07:41:40 40731 alice ? 7 bash "cat /etc/shadow",<ret>,"history -c",<ret>`),
			we("2026-11-29T07:42:05Z", Unknown, "", `3. 11/29/2026 07:42:05 40744 alice ? 7 bash "vi /etc/ssh/sshd_config",<ret>`),
			we("2026-11-29T07:42:31Z", Unknown, "", `4. 11/29/2026 07:42:31 40752 alice ? 7 vi "/PermitRootLogin",<ret>,"wcwyes",<esc>,":wq",<ret>`),
		},
	},
	{
		name:   "asciinema-v2-cast-file",
		source: "an asciinema 2.x recording (`asciinema rec -i 2 incident.cast`) read with cat: the asciicast v2 header object (version, width, height, timestamp in Unix seconds, idle_time_limit, env) on the first line, then one `[seconds since start, code, data]` array a line with codes o, r and m: docs.asciinema.org 'asciicast v2' and the asciinema repository's doc/asciicast-v2.md",
		why:    "the header's timestamp is the recording's start and its time; each event's first number is seconds since that start, no clock; auth.log lines printed inside an o event are output, not the event's time or host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"version": 2, "width": 132, "height": 41, "timestamp": 1795938076, "idle_time_limit": 2.0, "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}}`),
			we("", Unknown, "", `[0.398124, "o", "\u001b]0;ops@web-03: ~\u0007\u001b[01;32mops@web-03\u001b[00m:\u001b[01;34m~\u001b[00m$ "]`),
			we("", Unknown, "", `[4.207719, "o", "sudo grep 'Failed password' /var/log/auth.log | tail -n 2\r\n"]`),
			we("", Unknown, "", `[4.861032, "o", "Nov 29 07:39:58 web-03 sshd[20418]: Failed password for invalid user admin from 198.51.100.23 port 40112 ssh2\r\nNov 29 07:40:01 web-03 sshd[20418]: Failed password for invalid user admin from 198.51.100.23 port 40112 ssh2\r\n"]`),
			we("", Unknown, "", `[7.502388, "r", "160x48"]`),
			we("", Unknown, "", `[9.014477, "m", ""]`),
		},
	},
	{
		name:   "pwsh-transcript-minimal-header-linux",
		source: "a PowerShell 7.4 transcript on Linux from `Start-Transcript -UseMinimalHeader` (the prologue is only a rule of asterisks, `PowerShell transcript start`, `Start time: yyyyMMddHHmmss` in local time and a rule; `Transcript started, output file is …`; each `PS /path> ` prompt with its command and output; the epilogue's `End time:`): PowerShell/PowerShell MshHostUserInterface.cs (LogTranscriptHeader with useMinimalHeader) and InternalHostUserInterfaceStrings.resx (MinimalTranscriptPrologue, TranscriptEpilogue), the Start-Transcript reference (-UseMinimalHeader); the Linux prompt and Get-Process's table from memory",
		why:    "a compact start time inside a four-line block with no Machine line, so no host; a command with its table output, its blank lines included, is one record with no time; the host name inside the output file's name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"**********************",
				"PowerShell transcript start",
				"Start time: 20261129074116",
				"**********************"),
			we("", Unknown, "", "Transcript started, output file is /root/PowerShell_transcript.web-03.Qm7dK2xa.20261129074116.txt"),
			we("", Unknown, "",
				"PS /root> Get-Process -Name php-fpm8.3",
				"",
				" NPM(K)    PM(M)      WS(M)     CPU(s)      Id  SI ProcessName",
				" ------    -----      -----     ------      --  -- -----------",
				"      0     0.00      41.27      12.84    2214 2214 php-fpm8.3",
				"      0     0.00     388.90     611.02    2239 2214 php-fpm8.3",
				""),
			we("", Unknown, "", "PS /root> Stop-Process -Id 2239 -Force"),
			we("", Unknown, "", "PS /root> Stop-Transcript"),
			we("2026-11-29T07:44:02Z", Unknown, "",
				"**********************",
				"PowerShell transcript end",
				"End time: 20261129074402",
				"**********************"),
		},
	},
}

func TestFresh260Formats(t *testing.T) { assertTable(t, fresh260Cases) }
func TestFresh260Score(t *testing.T) {
	checkScore(t, "fresh260 formats", fresh260Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
