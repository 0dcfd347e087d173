package parse

import "testing"

// The four-hundred-and-thirty-fifth fresh table, written on 2026-12-06: times as programs spell
// them, a further pass, in shapes no earlier table holds: version-control histories as their own
// commands print them, each with its own date order, separators, zone and year spelling. Each
// family is one program's documented or observed output: Mercurial's `hg log` (a ctime with a
// zero-padded day and the committer's numeric offset after the year); Bazaar's `bzr log -n0`
// (`timestamp: Www yyyy-MM-dd HH:mm:ss ±hhmm`, merged revisions indented under their merge);
// darcs's `darcs log` (a zone abbreviation between the clock and the year); RCS's `rlog` (slashed
// dates in UTC, no zone written); CVS 1.12's `cvs log` (dashed dates with +0000 and a commitid);
// SCCS's `prs` in its default dataspec (a two-digit year first, yy/MM/dd); ClearCase's `cleartool
// lshistory` (`dd-Mon.HH:mm`, no year and no seconds); Fossil's `fossil timeline` (a `=== date ===`
// line, then bare clock times); Jujutsu 0.13's `jj log` (graph glyphs first, milliseconds and a
// `±hh:mm` offset); git's default `git log` (the medium format's ctime-like date with an offset).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mercurial`, `hg log`, `hg `, `changeset:`, `summary:`, `bookmark`, `bzr`, `bazaar`,
// `revno:`, `branch nick`, `timestamp: Sun`, `timestamp: `, `darcs`, `patch 5`, `Author: `,
// `rlog`, `RCS file`, `Working file`, `total revisions`, `selected revisions`, `state: Exp`,
// `revision 1.`, `author: `, `cvs`, `commitid`, `sccs`, `MRs:`, `clearcase`, `cleartool`,
// `lshistory`, `create version`, `@@/main`, `fossil`, `=== 20`, `entry limit`, `user: kim`,
// `jujutsu`, `jj log`, `jj `, `◉`, `pijul`, `monotone`, `sapling`, `plastic scm`, `tf history`,
// `tf.exe`, `Changeset`, `git log`, `commit <40 hex digits>`, `Merge: `, `Date:   `). None of
// these programs' history listings is in any table: `timestamp: ` and `Author: ` match other
// products' lines (AIDE's report, a JSON key), `revision 1.` and `create version` match message
// text, `Changeset` matches other products, `hg ` matches words, and git is in fresh346 (the
// reflog file) and elsewhere as trace, trace2, daemon and localised stderr, never as `git log`;
// Sapling appears only as EdenFS's glog (fresh98). Left out: Subversion's `svn log` (fresh346),
// Perforce (fresh178, fresh408), CVS's `cvs history` (its layout not confirmed), Pijul, Monotone
// and TFS's `tf history` (no layout found). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Mercurial's, Bazaar's, Jujutsu's and git's offsets and darcs's CET are
// converted; RCS prints UTC and writes no zone, CVS writes +0000; SCCS's `26/11/29` is 2026 and
// its clock has no zone (UTC); ClearCase's `29-Nov.07:41` has no year (2026), no seconds and no
// zone; Fossil's check-in lines carry only a clock, on the day of the `=== 2026-11-28 ===` line
// above them (UTC, Fossil's default), and that line names a day and no clock, so it is a record
// with no time of its own, as is `--- entry limit (20) reached ---`. None of these programs writes a
// level, and no record has a host (an e-mail address, a user or a branch nickname is none). A record
// that spans lines is one entry: a changeset, revision, patch, delta or commit block with the blank
// line after it where the program writes one, rlog's and cvs log's revision from its dashed
// separator to the next one (the last with the `=====` line that closes the file), a ClearCase
// event with its indented comment, a Fossil check-in with its wrapped continuation, a jj change
// with its `│  ` description line. rlog's and cvs log's file headers and prs's `s.file:` line are
// fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 47333ad before any rule for it: level 71.3 %, time 49.3 %, host 71.3 %, records 46.8 %.
// That is the macro figure (micro: level 70.3 %, time 45.9 %, host 70.3 %, records 45.9 %), in a
// worktree at 47333ad with no change to trawl's code (only this file and table_test.go's list), 3 of
// 10 families fully right (RCS's rlog, CVS's log, SCCS's prs); the gaps are the blocks that open
// with an id line (hg's `changeset:`, darcs's `patch`, git's `commit`: the id line stands alone and
// the date line below it is never read), Bazaar's indented merged revisions, ClearCase's
// `dd-Mon.HH:mm`, Fossil's day line (neither its own record nor the day of the clocks below it), and
// jj's `│  ` description line.

var fresh435Cases = []worldCase{
	{
		name:   "mercurial-hg-log-default-changesets",
		source: "Mercurial's `hg log` in its default style (`changeset:   rev:node`, optional branch/tag/parent lines, `user:`, `date:` as `Www Mon dd HH:mm:ss yyyy ±hhmm` with a zero-padded day, `summary:`, a blank line after each changeset): pastebin.com/c6gSsL96 (an hg log paste), oracle/opengrok issue #346 (the changeset/user/date block)",
		why:    "a ctime with the offset after the year; the revision number and node hash are no times; a changeset block with its blank line is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"changeset:   4211:9c1e2f3a4b5d",
				"tag:         tip",
				"user:        Kim Lee <kim@example.org>",
				"date:        Sun Nov 29 08:41:16 2026 +0100",
				"summary:     spool: rotate at midnight, not at start-up",
				""),
			we("2026-11-29T06:20:27Z", Unknown, "",
				"changeset:   4210:1a2b3c4d5e6f",
				"user:        Asha Rao <asha@example.in>",
				"date:        Sun Nov 29 11:50:27 2026 +0530",
				"summary:     queue: count deferred jobs separately",
				""),
			we("2026-11-29T06:12:03Z", Unknown, "",
				"changeset:   4209:7f6e5d4c3b2a",
				"branch:      stable",
				"parent:      4206:0b9a8c7d6e5f",
				"user:        Lee Park <lee@example.org>",
				"date:        Sun Nov 29 06:12:03 2026 +0000",
				"summary:     raise the queue limit for the month-end run",
				""),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"changeset:   4208:3e4f5a6b7c8d",
				"user:        Dana Cruz <dana@example.com>",
				"date:        Sat Nov 28 17:02:44 2026 -0500",
				"summary:     docs: describe the quota knobs",
				""),
		},
	},
	{
		name:   "bazaar-bzr-log-n0-merged-indented",
		gap:    "trawl reads the mainline revisions' `timestamp: Www yyyy-MM-dd HH:mm:ss ±hhmm` but joins the merged revisions indented four spaces (`    ------…`, `    revno: 116.1.2`) to the merge revision above them: they start no record of their own",
		source: "Bazaar 2.x's `bzr log -n0` long format (a row of 60 dashes, `revno: N [merge]`, `committer:`, `branch nick:`, `timestamp: Www yyyy-MM-dd HH:mm:ss ±hhmm`, `message:` and the message indented two spaces; merged revisions indented four spaces under their merge): juju/charmstore-client issue #90 (a bzr log entry with its timestamp line); the indentation of merged revisions from memory",
		why:    "a weekday before an ISO date with a numeric offset; `revno: 117.1.2` is no time; a merged revision indented under its merge is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"------------------------------------------------------------",
				"revno: 118",
				"committer: Kim Lee <kim@example.org>",
				"branch nick: spoold-trunk",
				"timestamp: Sun 2026-11-29 08:41:16 +0100",
				"message:",
				"  spool: rotate at midnight, not at start-up"),
			we("2026-11-29T07:10:44Z", Unknown, "",
				"------------------------------------------------------------",
				"revno: 117 [merge]",
				"committer: Kim Lee <kim@example.org>",
				"branch nick: spoold-trunk",
				"timestamp: Sat 2026-11-28 23:10:44 -0800",
				"message:",
				"  merge the quota branch"),
			we("2026-11-28T14:02:09Z", Unknown, "",
				"    ------------------------------------------------------------",
				"    revno: 116.1.2",
				"    committer: Lee Park <lee@example.org>",
				"    branch nick: spoold-quota",
				"    timestamp: Sat 2026-11-28 14:02:09 +0000",
				"    message:",
				"      quota: enforce the soft limit per tenant"),
			we("2026-11-28T09:30:00Z", Unknown, "",
				"    ------------------------------------------------------------",
				"    revno: 116.1.1",
				"    committer: Lee Park <lee@example.org>",
				"    branch nick: spoold-quota",
				"    timestamp: Sat 2026-11-28 09:30:00 +0000",
				"    message:",
				"      quota: read the limits from spoold.conf"),
		},
	},
	{
		name:   "darcs-log-zone-name-before-year",
		source: "darcs 2.x's `darcs log` (`patch <sha1>`, `Author: addr`, `Date:   Www Mon dd HH:mm:ss ZZZ yyyy` in local time with the zone abbreviation before the year, `  * patch name`, further log lines indented, a blank line between patches): tg-z/web-clip issues #538 and #543 (a darcs log tutorial), epics-base/epics-base PR #262 (a `darcs log --last 1` paste)",
		why:    "a zone abbreviation between the clock and the year (CET, +01:00); the patch hash is no time; a patch with its name and log lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"patch 5f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
				"Author: kim@example.org",
				"Date:   Sun Nov 29 08:41:16 CET 2026",
				"  * spool: rotate at midnight, not at start-up",
				""),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"patch 0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a392817",
				"Author: lee@example.org",
				"Date:   Sat Nov 28 23:02:44 CET 2026",
				"  * queue: raise the limit for the month-end run",
				"  The old limit of 500 stalled the billing export twice.",
				""),
			we("2026-11-28T08:15:30Z", Unknown, "",
				"patch 8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b",
				"Author: kim@example.org",
				"Date:   Sat Nov 28 09:15:30 CET 2026",
				"  tagged 2.4.0"),
		},
	},
	{
		name:   "rcs-rlog-slashed-utc-revisions",
		source: "RCS 5.7's `rlog file` (the file header, then per revision a row of 28 dashes, `revision N.N`, `date: yyyy/MM/dd HH:mm:ss;  author: u;  state: Exp;  lines: +a -d`, the log message, and a row of 77 `=` after the last): rlog(1) (FreeBSD's and OpenBSD's GNU RCS man page: times displayed in UTC); the revision lines from memory",
		why:    "a slashed date in UTC with no zone written, ended by a semicolon; `revision 1.7` and `lines: +2 -1` are no times; the header is fed, not scored",
		entries: []worldEntry{
			wskip("",
				"RCS file: RCS/spoold.conf,v",
				"Working file: spoold.conf",
				"head: 1.7",
				"branch:",
				"locks: strict",
				"access list:",
				"symbolic names:",
				"\trel-2_4: 1.6",
				"keyword substitution: kv",
				"total revisions: 7;\tselected revisions: 3",
				"description:",
				"spool daemon configuration"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"----------------------------",
				"revision 1.7",
				"date: 2026/11/29 07:41:16;  author: kim;  state: Exp;  lines: +2 -1",
				"rotate the spool at midnight"),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"----------------------------",
				"revision 1.6",
				"date: 2026/11/28 22:02:44;  author: root;  state: Exp;  lines: +5 -0",
				"raise the queue limit for the month-end run"),
			we("2026-11-27T09:15:30Z", Unknown, "",
				"----------------------------",
				"revision 1.5",
				"date: 2026/11/27 09:15:30;  author: lee;  state: Exp;  lines: +1 -1",
				"log deferred jobs at notice",
				"============================================================================="),
		},
	},
	{
		name:   "cvs-1.12-log-dashed-offset-commitid",
		source: "CVS 1.12.13's `cvs log file` (a blank line and the RCS-style header, then per revision a row of 28 dashes, `revision N.N`, `date: yyyy-MM-dd HH:mm:ss +0000;  author: u;  state: Exp;  lines: +a -d;  commitid: hex;`, `branches:` where a branch starts, the message, and a row of `=` after the last): apache/maven-scm issue #513 (CVS log dates carrying a zone), viewvc/viewvc issue #52 (cvs-1.12's commitid); the layout from memory",
		why:    "a dashed date with +0000 before a semicolon; the commitid's hex and `lines: +12 -3` are no times; a revision from its dashes to the next is one record",
		entries: []worldEntry{
			wskip("",
				"RCS file: /srv/cvsroot/spoold/src/queue.c,v",
				"Working file: src/queue.c",
				"head: 1.42",
				"branch:",
				"locks: strict",
				"access list:",
				"symbolic names:",
				"\tREL_2_4: 1.40",
				"\tREL_2_4_BRANCH: 1.40.0.2",
				"keyword substitution: kv",
				"total revisions: 43;\tselected revisions: 3",
				"description:"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"----------------------------",
				"revision 1.42",
				"date: 2026-11-29 07:41:16 +0000;  author: kim;  state: Exp;  lines: +12 -3;  commitid: 10069259F1C2A3B4;",
				"count deferred jobs separately"),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"----------------------------",
				"revision 1.41",
				"date: 2026-11-28 22:02:44 +0000;  author: lee;  state: Exp;  lines: +1 -1;  commitid: 1006928C7B9E0F1A;",
				"fix the off-by-one in the queue scan"),
			we("2026-11-27T09:15:30Z", Unknown, "",
				"----------------------------",
				"revision 1.40",
				"date: 2026-11-27 09:15:30 +0000;  author: kim;  state: Exp;  lines: +40 -7;  commitid: 10069271D2E3F4A5;",
				"branches:  1.40.2;",
				"prepare 2.4",
				"============================================================================="),
		},
	},
	{
		name:   "sccs-prs-default-two-digit-year",
		source: "SCCS `prs s.file` with the default dataspec `:Dt:\\t:DL:\\nMRs:\\n:MR:COMMENTS:\\n:C:` (`D sid yy/MM/dd HH:mm:ss user seq pseq`, a tab, `inserted/deleted/unchanged` as five-digit counts, `MRs:`, the MR numbers, `COMMENTS:`, the comment, a blank line) after the `s.file:` header: GNU CSSC prs.cc, Heirloom and OpenSolaris prs.c (defline), posixutils-rs prs (DEFAULT_HEADER_FORMAT and DEFAULT_DELTA_FORMAT)",
		why:    "a two-digit year first (26/11/29) and a zone-less clock; the SID 1.7, the serial numbers and the line counts are no times; a delta block with its blank line is one record",
		entries: []worldEntry{
			wskip("s.spoold.c:",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"D 1.7 26/11/29 07:41:16 kim 7 6\t00002/00001/00211",
				"MRs:",
				"COMMENTS:",
				"rotate the spool at midnight",
				""),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"D 1.6 26/11/28 22:02:44 lee 6 5\t00005/00000/00208",
				"MRs:",
				"CR4411",
				"COMMENTS:",
				"raise the queue limit for the month-end run",
				""),
			we("2026-11-27T09:15:30Z", Unknown, "",
				"D 1.5 26/11/27 09:15:30 kim 5 4\t00001/00001/00208",
				"MRs:",
				"COMMENTS:",
				"log deferred jobs at notice",
				""),
		},
	},
	{
		name:   "clearcase-lshistory-day-month-dot-time",
		gap:    "trawl splits the events right but reads no time from `29-Nov.07:41` (day, month name, a dot, then hours and minutes with no year and no seconds)",
		source: "ClearCase's `cleartool lshistory file` in its default report format (`dd-Mon.HH:mm` with no year for this year's events, the user, the operation and the quoted object; the event's comment quoted on the next line): ClearCase 4.0 reference 'lshistory' (paperlined.org, the default report format for an element), HCL DevOps Code ClearCase 11.0 'lshistory'; the comment line's two-space indent from memory",
		why:    "a day-month date, a dot, then hours and minutes: no year, no seconds; `/main/dev_2.4/7` is a version path, no time; an event with its quoted comment is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "",
				`29-Nov.07:41   kim        create version "spoold.c@@/main/dev_2.4/7"`,
				`  "rotate the spool at midnight"`),
			we("2026-11-29T06:12:00Z", Unknown, "",
				`29-Nov.06:12   lee        create version "spoold.c@@/main/dev_2.4/6"`,
				`  "raise the queue limit for the month-end run"`),
			we("2026-11-28T22:02:00Z", Unknown, "", `28-Nov.22:02   kim        create version "spoold.c@@/main/dev_2.4/0"`),
			we("2026-11-28T22:02:00Z", Unknown, "", `28-Nov.22:02   kim        create branch "spoold.c@@/main/dev_2.4"`),
		},
	},
	{
		name:   "fossil-timeline-day-header-clock-lines",
		gap:    "trawl joins the `=== 2026-11-28 ===` day line and the closing `--- entry limit (20) reached ---` line to the check-in above them, and puts the bare `HH:MM:SS` check-ins under `=== 2026-11-28 ===` on the clock's day (2026-11-29) instead of the day the line declares",
		source: "Fossil 2.x's `fossil timeline` (print_timeline in src/timeline.c: `=== yyyy-MM-dd ===` when the day changes, then `HH:MM:SS [hash10] *CURRENT*|*MERGE*|*FORK* comment (user: u tags: t)` wrapped by comment_print with a nine-column indent, `--- entry limit (N) reached ---` at the end; UTC unless the repository says localtime): fossil-scm source timeline.c",
		why:    "the day is written once on its own line, each check-in has only a clock; the day line and the limit line carry no clock; a wrapped check-in is one record",
		entries: []worldEntry{
			we("", Unknown, "", "=== 2026-11-29 ==="),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"07:41:16 [9c1e2f3a4b] *CURRENT* spool: rotate at midnight, not at start-up (user:",
				"         kim tags: trunk)"),
			we("2026-11-29T06:12:03Z", Unknown, "", "06:12:03 [1a2b3c4d5e] Raise the queue limit (user: lee tags: trunk)"),
			we("", Unknown, "", "=== 2026-11-28 ==="),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"22:02:44 [7f6e5d4c3b] *MERGE* Merge the quota branch into trunk, with the soft",
				"         limit per tenant (user: kim tags: trunk)"),
			we("2026-11-28T09:30:00Z", Unknown, "", "09:30:00 [0b9a8c7d6e] *BRANCH* quota: read the limits from spoold.conf (user: lee tags: quota)"),
			we("", Unknown, "", "--- entry limit (20) reached ---"),
		},
	},
	{
		name:   "jujutsu-jj-log-graph-millis-offset",
		gap:    "trawl reads the change line's `2026-11-29 08:41:16.000 +01:00` but splits off the `│  description` line below it as a record of its own",
		source: "Jujutsu 0.13's `jj log` with the default builtin_log_compact template (a graph glyph `@`/`◉`, the change id, the author's e-mail, `yyyy-MM-dd HH:mm:ss.SSS ±hh:mm` in the commit's own zone, bookmarks, the commit id; the description on the next line behind `│  `): jj-vcs/jj issue #2900 (a jj log paste with the offsets of two zones)",
		why:    "graph glyphs before the change id; milliseconds then a `±hh:mm` offset; the change and commit ids are no times; a change with its description line is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"@  qpvuntsmwlqt kim@example.org 2026-11-29 08:41:16.000 +01:00 9c1e2f3a4b5d",
				"│  spool: rotate at midnight, not at start-up"),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"◉  rlvkpnrzqnoo lee@example.org 2026-11-28 17:02:44.000 -05:00 main 1a2b3c4d5e6f",
				"│  queue: raise the limit for the month-end run"),
			we("2026-11-28T22:10:05Z", Unknown, "",
				"◉  zsuskulnrvyr asha@example.in 2026-11-29 03:40:05.000 +05:30 7f6e5d4c3b2a",
				"│  (empty) merge the quota work"),
		},
	},
	{
		name:   "git-log-default-medium-offset",
		source: "git's `git log` in the default medium format (`commit <40 hex>`, `Merge: a b` on merges, `Author: name <addr>`, `Date:   Www Mon d HH:mm:ss yyyy ±hhmm` with the day not padded, a blank line, the message indented four spaces, a blank line between commits): git-log(1) PRETTY FORMATS 'medium' and --date=default, from memory",
		why:    "a ctime-like date with the author's offset after the year and an unpadded day; the commit hash is no time; blank lines inside and between commits: a commit block is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"commit 9c1e2f3a4b5d6e7f8091a2b3c4d5e6f708192a3b",
				"Author: Kim Lee <kim@example.org>",
				"Date:   Sun Nov 29 08:41:16 2026 +0100",
				"",
				"    spool: rotate at midnight, not at start-up",
				""),
			we("2026-11-28T22:02:44Z", Unknown, "",
				"commit 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
				"Merge: 7f6e5d4 0b9a8c7",
				"Author: Dana Cruz <dana@example.com>",
				"Date:   Sat Nov 28 17:02:44 2026 -0500",
				"",
				"    Merge branch 'quota'",
				""),
			we("2026-11-28T09:30:00Z", Unknown, "",
				"commit 0b9a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b",
				"Author: Lee Park <lee@example.org>",
				"Date:   Sat Nov 28 09:30:00 2026 +0000",
				"",
				"    quota: read the limits from spoold.conf",
				"",
				"    The limits were compiled in; a reload now picks them up."),
		},
	},
}

func TestFresh435Formats(t *testing.T) { assertTable(t, fresh435Cases) }
func TestFresh435Score(t *testing.T) {
	checkScore(t, "fresh435 formats", fresh435Cases, [worldNumFields]float64{92, 79.2, 92, 76.7})
}
