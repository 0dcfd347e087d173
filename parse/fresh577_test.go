package parse

import "testing"

// The five-hundred-and-seventy-seventh fresh table: server daemons in their default files, a fourth
// further pass (daemons that run on servers, each as its own default log file writes it, with their
// multi-line records). Each family is one product's documented or observed output: Univention
// Corporate Server's univention-debug files (the directory listener's listener.log and the UMC
// server's management-console-server.log: `dd.MM.yy HH:mm:ss.fff  CATEGORY    ( LEVEL   ) : msg`,
// a Python traceback under an ERROR, the DEBUG_INIT and DEBUG_EXIT markers), the UCS 2.x layout of
// the same library (a four-digit year and `(ERROR  ):`); PMDF's mail.log_current (a
// `dd-Mmm-yyyy HH:mm:ss.cc` stamp, channels and an entry letter), and the same file with
// LOG_CONNECTION's open and close entries; DrFTPD 4's master and slave logs (a level word first,
// then a time of day with a comma before the milliseconds, a stack trace under an ERROR); INN's
// news log (pathlog/news: `Mmm dd HH:mm:ss.fff` and a status character).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`firebird`, `INET/inet_error`, `ganesha`, `openedge`, `derby`, `glusterd`, `MSGID:`,
// `pacemaker`, `corosync`, `icecast`, `tinyproxy`, `privoxy`, `stunnel`, `searchd`, `aerospike`,
// `zope`, `glassfish`, `_ThreadID`, `activemq`, `openfire`, `jicofo`, `pgpool`, `maxscale`,
// `389-ds`, `PBS_Server`, `condor`, `bacula`, `bareos`, `proxysql`, `rspamd`, `clamd`,
// `freeswitch`, `kamailio`, `odoo`, `passenger`, `prosody`, `ejabberd`, `coturn`, `couchdb`,
// `salt.master`, `munin`, `slapd`, `krb5kdc`, `kea-dhcp`, `unbound`, `squid`, `asterisk`,
// `log.smbd`, `zabbix`, `icinga`, `nagios`, `proftpd`, `dovecot`, `exim`, `slurm`, `xrdp`,
// `minidlna`, `sssd`, `hmailserver`, `gearmand`, `kannel`, `seafile`, `teamcity`, `gerrit`,
// `shibboleth`, `roundcube`, `sogo`, `tvheadend`, `mythbackend`, `oscam`, `zoneminder`, `yate`,
// `smstools`, `gammu`, `apcupsd`, `rsnapshot`, `backuppc`, `amanda`, `owntone`, `gerbera`,
// `libretime`, `wildduck`, `atftpd`, `axigen`, `communigate`, `powermta`, `xeams`, `qpid`,
// `tibco`, `wso2`, `krakend`, `janus`, `kurento`, `wowza`, `red5`, `mediamtx`, `pleroma`,
// `akkoma`, `funkwhale`, `softether`, `accel-ppp`, `tac_plus`, `radiator`, `dibbler`, `dhcp6s`,
// `radvd`, `heimdal`, `zentyal`, `packetfence`, `hercules`, `cmc.log`, `zenoss`, `pandora`,
// `opennms`, `squeezebox`, `kavita`, `xteve`, `threadfin`, `ubooquity`, `zmailer`, `innd`,
// `news.notice`, `leafnode`, `gophernicus`, `xferfaxlog`, `xmail`, `slmail`, `smtpf`, `drftpd`,
// `org.drftpd`, `pmdf`, `tcp_local`, `univention`, `LISTENER    (`, `DEBUG_INIT`, `newslog`,
// `inn2`). None of Univention's debug files, PMDF, DrFTPD or INN's own news log is in any table
// (`univention` matches only a list of grepped names; `innd` and `news.notice` match INN's syslog
// lines only). Left out as measured already: everything else in that list that a table holds as a
// family (Firebird, NFS-Ganesha, OpenEdge, Derby, GlusterFS, Pacemaker, Icecast, XMail and the
// rest). Left out as not confirmed by any search: ZMailer's smtpserver log, SLmail's SMTPLog.txt,
// xTeVe. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Univention's `29.11.26` is day-first with a two-digit year, its UCS 2.x
// stamp day-first with four; PMDF's `29-Nov-2026 07:41:16.64` has hundredths; INN's news log has
// no year (2026); DrFTPD's time of day has no date and is on the clock's day. None carries a zone,
// so all are UTC. Levels only where the line marks one: univention-debug's ERROR WARN PROCESS INFO
// ALL (PROCESS is the default operational level, taken as Notice; ALL is Debug), DrFTPD's level
// word first; PMDF's entry letters (E, D, R, O, C) and INN's status characters (+, -, j, c) are
// dispositions, no levels. No family has a host field: PMDF's channels and remote hosts, INN's
// feed sites and DrFTPD's slave names are peers. A record that spans lines is one entry: a Python
// traceback under a univention-debug ERROR, a Java stack trace under DrFTPD's ERROR.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0e434ad before any rule for it: level 88.8 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.9 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 0e434ad with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are univention-debug's PROCESS and ALL level words inside the
// padded parentheses, which trawl does not read, in the listener log, the UMC server log and the
// UCS 2.x layout (INFO, WARN and ERROR are read).

var fresh577Cases = []worldCase{
	{
		name:   "univention-listener-log",
		source: "Univention Corporate Server's /var/log/univention/listener.log (univention-debug: `dd.MM.yy HH:mm:ss.fff  CATEGORY    ( LEVEL   ) : msg`, levels ERROR WARN PROCESS INFO ALL, DEBUG_INIT and DEBUG_EXIT marker lines): a toolong format-parser test of univention-debug lines and ucs-test's listener log patterns (`LISTENER    ( PROCESS ) : updating`), found with find_string",
		why:    "a day-first date with a two-digit year; the level inside padded parentheses after the category; DEBUG_INIT carries a time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Unknown, "", "29.11.26 07:41:16.102  DEBUG_INIT"),
			we("2026-11-29T07:41:16.118Z", Notice, "", "29.11.26 07:41:16.118  LISTENER    ( PROCESS ) : updating 'cn=wks-0412,cn=computers,dc=harbour,dc=intranet' command m"),
			we("2026-11-29T07:41:16.131Z", Info, "", "29.11.26 07:41:16.131  LISTENER    ( INFO    ) : handler: nfs-shares (successful)"),
			we("2026-11-29T07:41:17.004Z", Warn, "", "29.11.26 07:41:17.004  LDAP        ( WARN    ) : connection to ldap://dc2.harbour.intranet:7389 lost, retrying"),
			we("2026-11-29T07:41:17.020Z", Debug, "", "29.11.26 07:41:17.020  LISTENER    ( ALL     ) : notifier: received transaction id 48211"),
		},
	},
	{
		name:   "univention-umc-server-traceback",
		source: "Univention Management Console's /var/log/univention/management-console-server.log (the same univention-debug layout with the MAIN and PROTOCOL categories; a Python traceback written on the lines under an ERROR): the toolong univention-debug test found with find_string; Univention's UMC troubleshooting page (docs) naming the file; the traceback's placement from memory",
		why:    "the same day-first two-digit-year stamp; a traceback under an ERROR is part of that record",
		entries: []worldEntry{
			we("2026-11-29T07:44:02.310Z", Notice, "", "29.11.26 07:44:02.310  MAIN        ( PROCESS ) : Module udm/users/user: request 1764402242310-88 by sanne.okafor"),
			we("2026-11-29T07:44:02.512Z", Error, "",
				"29.11.26 07:44:02.512  MAIN        ( ERROR   ) : Request failed: udm/get",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/univention/management/console/base.py", line 271, in execute`,
				"    result = function(self, request)",
				"univention.admin.uexceptions.noObject: No such object: uid=hkellner,cn=users,dc=harbour,dc=intranet"),
			we("2026-11-29T07:44:03.001Z", Info, "", "29.11.26 07:44:03.001  PROTOCOL    ( INFO    ) : Sending response 1764402242310-88 with status 404"),
			we("2026-11-29T07:44:09.777Z", Unknown, "", "29.11.26 07:44:09.777  DEBUG_EXIT"),
		},
	},
	{
		name:   "univention-debug-ucs2-four-digit-year",
		source: "univention-debug in UCS 2.x (`dd.MM.yyyy HH:mm:ss.fff CATEGORY    (LEVEL  ): msg`, one blank before the category and no blanks inside the parentheses): the toolong univention-debug test found with find_string",
		why:    "a day-first date with a four-digit year; the level packed in parentheses with a colon after",
		entries: []worldEntry{
			we("2026-11-29T07:50:11.215Z", Notice, "", "29.11.2026 07:50:11.215 LISTENER    (PROCESS): initialize handler samba4-idmap"),
			we("2026-11-29T07:50:11.402Z", Warn, "", "29.11.2026 07:50:11.402 LISTENER    (WARN   ): handler samba4-idmap has no configuration, skipping"),
			we("2026-11-29T07:50:12.090Z", Error, "", "29.11.2026 07:50:12.090 LDAP        (ERROR  ): search failed: Can't contact LDAP server"),
			we("2026-11-29T07:50:12.133Z", Info, "", "29.11.2026 07:50:12.133 LISTENER    (INFO   ): reconnecting to master dc1.harbour.intranet"),
		},
	},
	{
		name:   "pmdf-mail-log-current",
		source: "PMDF's log/mail.log_current (`dd-Mmm-yyyy HH:mm:ss.cc [source] channel letter size from to [to]`, E enqueue, D dequeue, R rejected or bounced, Q temporary failure): PMDF System Manager's Guide, 'Logging' (process.com, found with the pages search)",
		why:    "a day-first date with a month name and hundredths of a second; `l` and `tcp_local` are channels and the E/D/R letter a disposition, no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.64Z", Unknown, "", "29-Nov-2026 07:41:16.64 l          tcp_local E 3 inga.rasmussen@harbour.example rfc822;ops@quayside.example ops@quayside.example"),
			we("2026-11-29T07:41:20.16Z", Unknown, "", "29-Nov-2026 07:41:20.16 tcp_local            D 3 inga.rasmussen@harbour.example rfc822;ops@quayside.example ops@quayside.example dns;mx2.quayside.example (TCP|10.20.4.11|1025|10.77.0.9|25) (quayside.example ESMTP) smtp;250 2.0.0 Ok: queued as 5B2C1"),
			we("2026-11-29T07:42:03.08Z", Unknown, "", "29-Nov-2026 07:42:03.08 tcp_local l          E 12 billing@ledger.example rfc822;noreply@harbour.example noreply@harbour.example"),
			we("2026-11-29T07:42:03.51Z", Unknown, "", "29-Nov-2026 07:42:03.51 l                    R 12 billing@ledger.example rfc822;noreply@harbour.example noreply@harbour.example 550 unknown user"),
		},
	},
	{
		name:   "pmdf-mail-log-connection-entries",
		source: "PMDF's mail.log_current with LOG_CONNECTION set (the connection entries O opened, C closed, Y try failed, with `+` inbound and `-` outbound, among the message entries): PMDF System Manager's Guide, 'Logging' (process.com, found with the pages search) for the letters; the connection entries' fields from memory",
		why:    "the same hundredths stamp; O, C and Y are connection dispositions, no level; the remote hosts are peers",
		entries: []worldEntry{
			we("2026-11-29T08:02:10.33Z", Unknown, "", "29-Nov-2026 08:02:10.33 tcp_local            + O TCP|10.20.4.11|25|10.9.8.7|52114 SMTP/mx1.harbour.example/relay.quayside.example"),
			we("2026-11-29T08:02:11.02Z", Unknown, "", "29-Nov-2026 08:02:11.02 tcp_local l          E 4 alerts@quayside.example rfc822;inga.rasmussen@harbour.example inga.rasmussen@harbour.example"),
			we("2026-11-29T08:02:11.40Z", Unknown, "", "29-Nov-2026 08:02:11.40 tcp_local            + C TCP|10.20.4.11|25|10.9.8.7|52114 SMTP/mx1.harbour.example/relay.quayside.example"),
			we("2026-11-29T08:02:30.91Z", Unknown, "", "29-Nov-2026 08:02:30.91 tcp_local            - Y TCP|10.20.4.11|0|10.66.1.4|25 SMTP/mx1.harbour.example/mx.oldport.example connect: Connection refused"),
		},
	},
	{
		name:   "drftpd-slave-log",
		source: "DrFTPD 4's slave log (log4j2 `LEVEL HH:mm:ss,SSS [thread] logger [] - msg`, the level word first and a time of day with no date): drftpd-ng/drftpd issue #328 (a pasted slave log), #207",
		why:    "the level word before a time of day (the clock's day); the thread in brackets; `[]` is an empty context, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.397Z", Debug, "", "DEBUG 07:41:16,397 [Slave Main Thread] org.drftpd.slave.Slave [] - Slave fetched AsyncCommandArgument[index=a7,name=checksum,args=/mirror/distro/harbour-9.2.iso]"),
			we("2026-11-29T07:41:16.402Z", Info, "", "INFO 07:41:16,402 [Slave Main Thread] org.drftpd.slave.Slave [] - Listening for transfers on port range 50000-50100"),
			we("2026-11-29T07:41:18.550Z", Warn, "", "WARN 07:41:18,550 [AsyncCommandHandler] org.drftpd.slave.vfs.RootCollection [] - /mirror/distro/harbour-9.2.iso wasn't found in any root"),
			we("2026-11-29T07:41:19.010Z", Error, "", "ERROR 07:41:19,010 [Slave Main Thread] org.drftpd.slave.Slave [] - Lost connection to master at 10.30.0.5:1099"),
		},
	},
	{
		name:   "drftpd-master-log-stack",
		source: "DrFTPD 4's master log (the same log4j2 layout; a Java stack trace under the line that logs an exception, as in `java.io.FileNotFoundException: userdata/slaves/.xml`): drftpd-ng/drftpd issues #207, #21 and #328",
		why:    "the level word first, a time of day on the clock's day; the stack trace belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T08:10:02.114Z", Info, "", "INFO 08:10:02,114 [main] org.drftpd.master.GlobalContext [] - Loading plugins and slave manager"),
			we("2026-11-29T08:10:02.870Z", Error, "",
				"ERROR 08:10:02,870 [main] org.drftpd.master.slavemanagement.SlaveManager [] - Unable to load slave ftp-slave-03",
				"java.io.FileNotFoundException: userdata/slaves/ftp-slave-03.xml (No such file or directory)",
				"\tat java.base/java.io.FileInputStream.open0(Native Method)",
				"\tat org.drftpd.master.slavemanagement.SlaveManager.loadSlave(SlaveManager.java:212)"),
			we("2026-11-29T08:10:05.301Z", Warn, "", "WARN 08:10:05,301 [RemoteSlave-ftp-slave-01] org.drftpd.master.slavemanagement.RemoteSlave [] - IOException during remerge of ftp-slave-01, setting offline"),
			we("2026-11-29T08:10:07.045Z", Debug, "", "DEBUG 08:10:07,045 [SiteBot-harbournet] org.drftpd.master.sitebot.SiteBot [] - Connecting to irc.harbour.example:6697"),
		},
	},
	{
		name:   "inn-news-log",
		source: "INN's pathlog/news, the article log written by innd (`Mmm dd HH:mm:ss.fff c feed <message-id> sites…`, c one of + accepted, - rejected, j junked, c cancelled, ? undecided): newslog(5) (manpages found with the docs search) naming the file; the line's fields from memory",
		why:    "a syslog-like date with milliseconds and no year (2026); the status character is a disposition, no level; the feed site is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.452Z", Unknown, "", "Nov 29 07:41:16.452 + news.quayside.example <c7a1.4411@harbour.example> feed-east! feed-west!"),
			we("2026-11-29T07:41:16.913Z", Unknown, "", "Nov 29 07:41:16.913 - news.quayside.example <9f02.18@spam.invalid> 437 Duplicate article"),
			we("2026-11-29T07:41:19.027Z", Unknown, "", "Nov 29 07:41:19.027 j feed.ledger.example <20261129.0741@ledger.example>"),
			we("2026-11-29T07:41:22.600Z", Unknown, "", "Nov 29 07:41:22.600 c news.quayside.example <cancel.c7a1.4411@harbour.example> Cancelling <c7a1.4411@harbour.example>"),
		},
	},
}

func TestFresh577Formats(t *testing.T) { assertTable(t, fresh577Cases) }
func TestFresh577Score(t *testing.T) {
	checkScore(t, "fresh577 formats", fresh577Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
