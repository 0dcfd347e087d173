package parse

import "testing"

// The five-hundred-and-forty-third fresh table: syslog test vectors, a twenty-ninth pass. Syslog
// lines as real senders write them and receivers store them, in header spellings and corners no
// earlier table holds (a year inside a classic header, a CEF line with no header at all and only
// epoch times, a colon-separated warning body behind a bare BSD header, OpenWrt's logread with a
// weekday, the year after the time and a child's tag relayed inside the parent's message, gettext-
// translated messages, a French month in lower case where `Nov` goes). Each family is one product's
// documented or observed output: SSH Communications Security CryptoAuditor's CEF behind `<PRI>` and
// a classic header, rt= repeating the second with a year; Damballa Failsafe's CEF stored bare
// (rt= and start= in epoch seconds); Skycure Enterprise's CEF with `Mmm dd yyyy HH:mm:ss` and an
// `ip-…` host; IBM CCA's PCI-HSM compliance warnings (`CSUCMPW:` and seven colon fields) on Linux
// on Z; miredo on OpenWrt read with logread; miredo on a desktop read with journalctl, its messages
// in English and in Chinese; yarrick's iodined (IP over DNS) in the journal; LCDproc's LCDd in a
// journal printed under a French locale.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`cryptoauditor`, `SSH Communications`, `SSH|`,
// `damballa`, `failsafe`, `Convicted Host`, `skycure`, `suspicious_app`, `CSUCMPW`,
// `Common Cryptographic`, `miredo`, `teredo`, `Teredo pseudo-tunnel`, `daemon.alert`, `iodine`,
// `iodined`, `dns0`, `lcdproc`, `lcdd`, `LCDd`, `déc`, `nov.`, `Message from syslogd`, and the
// candidates dropped as measured already or not confirmed: `indegy`, `Indegy Security`, `conduit:`,
// `brightmail`, `Symantec Messaging`, `SymantecServer`, `SyslogAlertForwarder`, `pacemaker`,
// `Cluster Labs`, `tenable.ot`, `raslogd`, `brocade`, `genugate`, `sshrelay`, `edirectory`,
// `tandem`, `site wiring`, `apc.ups`, `UPS: `, `apc ups`, `UPS: Restored`, `payctrl`, `retina`,
// `BeyondInsight`, `Agent Desc`, `websphere::`, `EVENT_TIME=`, `JSERVICES`, `WcpInitialize`,
// `MetaDefenderStorage`, `mdss`, `storage security`, `DBFW`, `database firewall`,
// `Oracle Database Firewall`, `F5 APM`, `01580002`, `Barracuda Spam`, `pam_vas`, `remotelogger`,
// `[pm.NOTICE]`, `mgmtd[`, `mgmtd`, `PingFederate`, `AUTHN_ATTEMPT`, `BG[`, `who_ip`,
// `remote support`, `privileged remote`, `vpp`, `SADD`, `nsess`, `fd.io`, `Kiwi`, `Local7.info`,
// `IdentityManager`, `fireeye`, `languardian`, `netfort`, `sen_id=`, `corero`, `IPS5500`, `atck=`,
// `sonicos`, `id=firewall sn=`, `Oracle Audit[`, `LENGTH : '`, `LENGTH: '`, `DBID:[`,
// `CLIENT TERMINAL`, `oracle audit`, `audit_syslog`, `sysflow`, `opflags`, `1.3.6.1.4.1.11307`,
// `Orion`, `osqueryd[`, `nnm:`, `nessus network monitor`, `pvs:`, `Passive Vulnerability`,
// `venafi`, `imprivata`, `senhasegura`, `lepide`, `fudo`, `krontech`, `osirium`, `strongdm`,
// `appviewx`, `axonius`, `cynerio`, `medigate`, `qianxin`, `haproxy enterprise`, `bridgewater`,
// `cisco csa`, `cloudera navigator`, `cloudpassage`, `correlog`, `cryptocard`, `datasecure`,
// `dbprotect`, `digital guardian`, `epic siem`, `extreme dragon`, `extreme matrix`, `fair warning`,
// `fasoo`, `firepass`, `great bay`, `higuard`, `ipangel`, `kisco`, `lightcyber`, `logbinder`,
// `lotus domino`, `metaip`, `network automation`, `pgp universal`, `pirean`, `proventia`,
// `seculert`, `sf-sherlock`, `Sentrigo`, `Starent`, `Vericept`, `Ambiron`, and, among syslog
// daemons of small systems, `batmand`, `hotplug-call`, `nbd-server`, `opennds`, `ubusd`,
// `alfred`, `cjdns`, `getdns`, `microsocks`, `nodogsplash`, `saned`, `vtund`, `wifidog`, `ser2net`,
// `conserver`, `stunnel`, `sslh`, `knockd`, `portsentry`, `psad`, `arpwatch`, `rtpengine`,
// `coturn`, `prosody`, `icecast`, `shairport`, `squeezelite`, `usbguard`, `fapolicyd`, `smstools`,
// `gammu`, `ucarp`, `vrrpd`, `conntrackd`, `ulogd`, `sshguard`, `milter-greylist`, `mimedefang`,
// `yate`, `rtpproxy`, `triggerhappy`, `mythbackend`, `abrtd`, `rngd`, all in earlier tables
// but `batmand` and `hotplug-call`, not looked up further). None of CryptoAuditor, Damballa, Skycure, IBM CCA's
// CSUCMPW warnings, miredo, iodined or LCDd is in any table (`SSH|` matches another vendor's CEF;
// `failsafe` other products' words; `teredo` only Windows' and a CSV's words; `iodine` only the
// Ruby web server of that name in earlier grep lists; `dns0`, `daemon.alert`, `déc`, `nov.` and
// `Message from syslogd` other products' lines). Left out as measured already: Indegy, Symantec
// Messaging Gateway and Endpoint Protection, the Trellix IPS Manager's forwarder, Pacemaker,
// Tenable OT Security and Nessus Network Monitor, Brocade's raslogd, genugate, eDirectory, HPE
// Tandem, APC's UPS, the SafeNet payment HSM, BeyondInsight and BeyondTrust PRA, Juniper's
// JSERVICES, MetaDefender Storage Security, Oracle Database Firewall, Oracle Audit's syslog,
// Trellix/FireEye NX, PingFederate, VPP, Kiwi, NetFort LANGuardian, Corero, SonicOS, SysFlow,
// SolarWinds Orion, osquery. Left out as its line is not confirmed by any search: Venafi Trust
// Protection Platform's legacy BSD syslog channel; left out as a product already measured under
// its vendor's name: IBM WebSphere through QRadar's `WebSphere::EVENT_TIME=`, Barracuda's Spam and
// Virus Firewall, F5's APM, Cisco IronPort's proxy logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The classic headers without a zone are read as UTC, with the year the line
// carries (Skycure's `Nov 29 2026`, logread's `Sun Nov 29 07:41:16 2026`) or 2026; CryptoAuditor's
// rt= is the header's own second; Damballa's rt= and start= are epoch seconds, the same second, and
// are the record's only time; LCDd's `nov 29` is the same header in a French journal. Levels only
// where the line marks one: the PRI's severity (CryptoAuditor <189> notice, <190> info, <188>
// warning, <187> error; Skycure <134>, <132>, <131>), logread's word after the facility's dot
// (daemon.info, daemon.alert, daemon.err, daemon.notice); CEF's severity column, Damballa's scores,
// CSUCMPW itself, miredo's, iodined's and LCDd's journal lines carry none. The host is the record's
// host field: the classic header's (cauditor01, ip-10-20-3-41, zlnx04, lapbox, vps-2231, salon);
// logread and a CEF line with no header have none, and so Damballa's dvchost= inside the extension
// is no host field; peers, convicted assets, dhost=, duser=, the tunnel's address and LCDd's client
// address are no hosts. Every record here is one line; miredo's `miredo[2218]:` relayed inside its
// parent's message is part of that line, not a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a
// layout the source says "from memory" (IBM CCA's syslog preamble and field spellings; LCDd's
// startup lines and the November spelling `nov`). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0369b38 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 89.7 %, records 100.0 %), in a
// worktree at 0369b38 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Damballa's headerless CEF, whose extension's dvchost= trawl
// takes as the record's host where the table expects none.

var fresh543Cases = []worldCase{
	{
		name:   "ssh-cryptoauditor-cef-rt-year",
		source: "SSH Communications Security CryptoAuditor's CEF over syslog (`<PRI>Mmm dd HH:mm:ss host CEF:0|SSH|CryptoAuditor|version|sigId|name|severity|rt=Mmm dd yyyy HH:mm:ss outcome=…`): Trellix ESM's 'SSH Communications Security CryptoAuditor log format and field mapping' (docs.trellix.com, its log sample), found with the docs search",
		why:    "a PRI glued to a classic header, then CEF; rt= repeats the same second with a year; the PRI's severity is the level (<189> notice, <190> info, <188> warning, <187> error), CEF's own severity column is not; src and dhost are peers, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "cauditor01", "<189>Nov 29 07:41:16 cauditor01 CEF:0|SSH|CryptoAuditor|2.4.1|4050|Admin_login|4|rt=Nov 29 2026 07:41:16 outcome=failure suser=hkowalski src=10.44.7.19"),
			we("2026-11-29T07:41:31Z", Info, "cauditor01", "<190>Nov 29 07:41:31 cauditor01 CEF:0|SSH|CryptoAuditor|2.4.1|4050|Admin_login|2|rt=Nov 29 2026 07:41:31 outcome=success suser=hkowalski src=10.44.7.19"),
			we("2026-11-29T07:46:02Z", Info, "cauditor01", "<190>Nov 29 07:46:02 cauditor01 CEF:0|SSH|CryptoAuditor|2.4.1|5102|Session_started|2|rt=Nov 29 2026 07:46:02 outcome=success suser=ops-deploy duser=root dhost=db-core-03 dst=10.44.12.31 dpt=22"),
			we("2026-11-29T07:58:47Z", Warn, "cauditor01", "<188>Nov 29 07:58:47 cauditor01 CEF:0|SSH|CryptoAuditor|2.4.1|6210|Rule_matched|6|rt=Nov 29 2026 07:58:47 outcome=blocked suser=ops-deploy dhost=db-core-03 msg=File transfer of /etc/shadow denied by rule no-secrets"),
			we("2026-11-29T08:03:12Z", Error, "cauditor02", "<187>Nov 29 08:03:12 cauditor02 CEF:0|SSH|CryptoAuditor|2.4.1|7001|Audit_storage_error|8|rt=Nov 29 2026 08:03:12 outcome=failure msg=Audit trail volume /var/audit is 98% full"),
		},
	},
	{
		name:   "damballa-failsafe-cef-bare-epoch-rt",
		source: "Damballa Failsafe's CEF events stored without any syslog header (`CEF:0|Damballa|Failsafe|version|Convicted Host|Evidence|severity|app=… cat=… … rt=<epoch seconds> src=… start=<epoch seconds>`): Trellix ESM's 'Damballa Failsafe log format and field mapping' (docs.trellix.com, its log sample), found with the docs search",
		why:    "no header at all: the only times are rt= and start=, epoch seconds (the same second); CEF's severity column and the cn2 'Local Severity' are scores, not levels; dvchost is the device's name inside the extension, not a header host field; the convicted asset's address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "CEF:0|Damballa|Failsafe|5.2.4|Convicted Host|Evidence|10|app=DNS cat=DNS Query cfp1=71 cfp1Label=Asset Risk Factor cfp2=88 cfp2Label=Incident Severity cn1=100 cn1Label=Threat Conviction Score cn2=52 cn2Label=Local Severity cs1=Zeus.GameOver cs1Label=Threat Name cs2=Finance cs2Label=Industry Name destinationDnsDomain=qwlkzzpt.example.net dst=203.0.113.44 dvchost=fs-sensor-02 externalid=7730412 in=0 out=0 proto=UDP rt=1795938076 src=10.31.8.112 start=1795938076"),
			we("2026-11-29T07:44:52Z", Unknown, "", "CEF:0|Damballa|Failsafe|5.2.4|Convicted Host|Evidence|8|app=HTTP cat=Web Request cfp1=64 cfp1Label=Asset Risk Factor cfp2=70 cfp2Label=Incident Severity cn1=92 cn1Label=Threat Conviction Score cn2=41 cn2Label=Local Severity cs1=Dridex cs1Label=Threat Name cs2=Finance cs2Label=Industry Name dst=198.51.100.201 dvchost=fs-sensor-02 externalid=7730419 in=812 out=2304 proto=TCP rt=1795938292 src=10.31.8.57 start=1795938292"),
			we("2026-11-29T07:58:09Z", Unknown, "", "CEF:0|Damballa|Failsafe|5.2.4|Convicted Host|Evidence|6|app=DNS cat=DNS Query cfp1=30 cfp1Label=Asset Risk Factor cfp2=45 cfp2Label=Incident Severity cn1=77 cn1Label=Threat Conviction Score cn2=33 cn2Label=Local Severity cs1=Conficker cs1Label=Threat Name cs2=Finance cs2Label=Industry Name destinationDnsDomain=vbhqwe.example.org dst=192.0.2.53 dvchost=fs-sensor-01 externalid=7730455 in=0 out=0 proto=UDP rt=1795939089 src=10.31.9.14 start=1795939089"),
			we("2026-11-29T08:12:40Z", Unknown, "", "CEF:0|Damballa|Failsafe|5.2.4|Convicted Host|Evidence|9|app=HTTPS cat=Connection cfp1=80 cfp1Label=Asset Risk Factor cfp2=91 cfp2Label=Incident Severity cn1=98 cn1Label=Threat Conviction Score cn2=60 cn2Label=Local Severity cs1=Emotet cs1Label=Threat Name cs2=Finance cs2Label=Industry Name cs4=Established cs4Label=Connection Status dst=203.0.113.180 dvchost=fs-sensor-01 externalid=7730501 in=15320 out=4410 proto=TCP rt=1795939960 src=10.31.8.112 start=1795939960"),
		},
		gap: "a CEF line with no syslog header has no host field; trawl takes the extension's dvchost= (the sensor's name) as the record's host",
	},
	{
		name:   "skycure-enterprise-cef-header-year",
		source: "Skycure Enterprise's (Symantec Endpoint Protection Mobile's) CEF over syslog (`<PRI>Mmm dd yyyy HH:mm:ss host CEF:0|Skycure|Skycure|version|event type|event name|severity|duid=… duser=… msg=… shost=… end=yyyy-MM-dd HH:mm:ss UTC`): Trellix ESM's 'Skycure Enterprise log format and field mapping' (docs.trellix.com, its log sample), found with the docs search",
		why:    "a year between the day and the time of a classic header, an AWS-style `ip-…` host; end= carries the same moment in UTC; the PRI's severity is the level (<134> info, <132> warning, <131> error); duser and the mobile device id are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ip-10-20-3-41", "<134>Nov 29 2026 07:41:16 ip-10-20-3-41 CEF:0|Skycure|Skycure|2.31|suspicious_app_removed|Suspicious App Removed|0|duid=5f2c81aa09e4 duser=r.almeida@corp.example msg=app com.flashlight.pro was removed from device #5f2c81aa09e4 shost=ip-10-20-3-41 end=2026-11-29 07:41:16 UTC"),
			we("2026-11-29T07:49:03Z", Warn, "ip-10-20-3-41", "<132>Nov 29 2026 07:49:03 ip-10-20-3-41 CEF:0|Skycure|Skycure|2.31|network_threat|Network Threat Detected|5|duid=a81d03be77c2 duser=t.nakamura@corp.example hotspot=CafeLumen-Guest msg=SSL stripping detected on hotspot CafeLumen-Guest shost=ip-10-20-3-41 end=2026-11-29 07:49:03 UTC"),
			we("2026-11-29T08:02:27Z", Error, "ip-10-20-3-41", "<131>Nov 29 2026 08:02:27 ip-10-20-3-41 CEF:0|Skycure|Skycure|2.31|device_compromised|Device Jailbroken|8|duid=0c77e9d1f3b5 duser=j.ferreira@corp.example msg=device #0c77e9d1f3b5 reports a modified system partition shost=ip-10-20-3-41 end=2026-11-29 08:02:27 UTC"),
			we("2026-11-29T08:15:50Z", Info, "ip-10-20-3-42", "<134>Nov 29 2026 08:15:50 ip-10-20-3-42 CEF:0|Skycure|Skycure|2.31|os_version_changed|OS Version Changed|0|duid=a81d03be77c2 duser=t.nakamura@corp.example from=17.6.1 to=18.1 msg=device #a81d03be77c2 upgraded shost=ip-10-20-3-42 end=2026-11-29 08:15:50 UTC"),
		},
	},
	{
		name:   "ibm-cca-csucmpw-pci-hsm-warning",
		source: "IBM CCA (Common Cryptographic Architecture) on Linux on IBM Z with CSU_CMP_WARN_MODE=SYSLOG: each PCI-HSM 2016 compliance warning is one syslog entry `<preamble>CSUCMPW:<serialnum>:<KDF>:<cprbflags>:<verb_code>:<keyword_count>:<keywords>:<key_count>` (IBM Documentation, 'Generating warning events', found with the docs search); the preamble as rsyslog's default file format writes it, the field values' spelling, from memory",
		why:    "a classic header with no PRI and the application's tag; the warning body is colon-separated fields with no spaces, a hex flags field and a card serial number that are no times; no level (the tag and CSUCMPW mark a warning event, no level column)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "zlnx04", "Nov 29 07:41:16 zlnx04 payxlate[4410]: CSUCMPW:93AAKX41:0:0x0002:CSNBENC:1:CBC:1"),
			we("2026-11-29T07:41:16Z", Unknown, "zlnx04", "Nov 29 07:41:16 zlnx04 payxlate[4410]: CSUCMPW:93AAKX41:0:0x0002:CSNBPTR:2:ISO-0,ISO-4:2"),
			we("2026-11-29T07:43:58Z", Unknown, "zlnx04", "Nov 29 07:43:58 zlnx04 keyimport[5127]: CSUCMPW:93AAKX41:1:0x0000:CSNDRKI:0::1"),
			we("2026-11-29T07:52:30Z", Unknown, "zlnx05", "Nov 29 07:52:30 zlnx05 payxlate[3981]: CSUCMPW:93AAKX57:0:0x0002:CSNBCVG:1:SINGLE-R:1"),
		},
	},
	{
		name:   "miredo-openwrt-logread-nested-tag",
		source: "miredo (the Teredo client) on OpenWrt, read with logread (`Www Mmm dd HH:mm:ss yyyy facility.level tag[pid]: msg`, no host; the parent relays its child's error with a second `miredo[pid]:` inside the message): ppetr/openwrt-miredo issue #1 (a pasted system log)",
		why:    "a weekday first and the year after the time; the level is the word after the facility's dot (daemon.info, daemon.alert, daemon.err, daemon.notice); logread has no host field; `miredo[2218]:` inside the message is the child's tag, not a new record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 daemon.info miredo[2217]: Starting..."),
			we("2026-11-29T07:42:01Z", Alert, "", "Sun Nov 29 07:42:01 2026 daemon.alert miredo[2218]: Miredo setup failure: libteredo cannot be initialized"),
			we("2026-11-29T07:42:01Z", Error, "", "Sun Nov 29 07:42:01 2026 daemon.err miredo[2217]: miredo[2218]: Miredo setup failure: libteredo cannot be initialized"),
			we("2026-11-29T07:42:01Z", Notice, "", "Sun Nov 29 07:42:01 2026 daemon.notice miredo[2217]: Child 2218 exited (code: 1)"),
			we("2026-11-29T07:42:01Z", Info, "", "Sun Nov 29 07:42:01 2026 daemon.info miredo[2217]: Terminated with error(s)."),
			we("2026-11-29T07:42:01Z", Info, "", "Sun Nov 29 07:42:01 2026 daemon.info procd: Instance miredo::instance1 s in a crash loop 6 crashes, 45 seconds since last crash"),
		},
	},
	{
		name:   "miredo-journal-translated-messages",
		source: "miredo on a Debian/Ubuntu desktop read with journalctl (BSD `Mmm dd HH:mm:ss host miredo[pid]: msg`; under a zh_CN locale its gettext-translated messages): XX-net/XX-Net issues #8766 (`New Teredo address/MTU`, `Teredo pseudo-tunnel started`) and #8332 (the same messages in Chinese)",
		why:    "a plain journal line whose message may be in Chinese; an IPv6 Teredo address and the server name in a message are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:03Z", Unknown, "lapbox", "Nov 29 07:52:03 lapbox miredo[3705]: New Teredo address/MTU"),
			we("2026-11-29T07:52:03Z", Unknown, "lapbox", "Nov 29 07:52:03 lapbox miredo[3705]: Teredo pseudo-tunnel started"),
			we("2026-11-29T08:31:47Z", Unknown, "xuexi-pc", "Nov 29 08:31:47 xuexi-pc miredo[17028]: Teredo 服务器无响应"),
			we("2026-11-29T08:31:47Z", Unknown, "xuexi-pc", "Nov 29 08:31:47 xuexi-pc miredo[17028]: Teredo 连接丢失"),
			we("2026-11-29T08:31:48Z", Unknown, "xuexi-pc", "Nov 29 08:31:48 xuexi-pc miredo[17028]: Teredo 虚假隧道已停止"),
		},
	},
	{
		name:   "iodined-journal-dns-tunnel",
		source: "iodined, yarrick's IP-over-DNS tunnel server, started by systemd and read with journalctl (BSD `Mmm dd HH:mm:ss host iodined[pid]: msg`): yarrick/iodine issue #166 (a pasted server log); openwrt/packages PR #27167 (its output sent to the system log)",
		why:    "a plain journal line; the tunnel device dns0, its 10.x address, the MTU and the tunnelled domain are no hosts and no times; `started, listening on port 53` has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "vps-2231", "Nov 29 07:41:16 vps-2231 iodined[48102]: Opened dns0"),
			we("2026-11-29T07:41:16Z", Unknown, "vps-2231", "Nov 29 07:41:16 vps-2231 iodined[48102]: Setting IP of dns0 to 10.53.0.1"),
			we("2026-11-29T07:41:16Z", Unknown, "vps-2231", "Nov 29 07:41:16 vps-2231 iodined[48102]: Setting MTU of dns0 to 1130"),
			we("2026-11-29T07:41:17Z", Unknown, "vps-2231", "Nov 29 07:41:17 vps-2231 iodined[48102]: Opened IPv4 UDP socket"),
			we("2026-11-29T07:41:17Z", Unknown, "vps-2231", "Nov 29 07:41:17 vps-2231 iodined[48102]: Listening to dns for domain t.harbourlane.example"),
			we("2026-11-29T07:41:17Z", Unknown, "vps-2231", "Nov 29 07:41:17 vps-2231 iodined[48102]: started, listening on port 53"),
		},
	},
	{
		name:   "lcdproc-lcdd-journal-french-month",
		source: "LCDproc's server LCDd logging to syslog, read with journalctl under a French locale (the month abbreviation in lower case from the locale, `mmm dd HH:mm:ss host LCDd[pid]: msg`; the key reservations `listen NT`, `ignore NT`): lcdproc/lcdproc issue #45 (Debian bug 806800, pasted `déc 01 10:16:05 marcos LCDd[11778]: ignore I` lines); November's `nov` spelled like the issue's `déc`, and the startup lines, from memory",
		why:    "a French month abbreviation in lower case where the classic header has `Nov`; the time is zone-less (UTC); the client address in `Connect from host` is a peer; no level (LCDd's report level is not in the line)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "salon", "nov 29 07:41:16 salon LCDd[11778]: LCDd version 0.5.9 starting"),
			we("2026-11-29T07:41:16Z", Unknown, "salon", "nov 29 07:41:16 salon LCDd[11778]: Listening for queries on 127.0.0.1:13666"),
			we("2026-11-29T07:41:19Z", Unknown, "salon", "nov 29 07:41:19 salon LCDd[11778]: Connect from host 127.0.0.1:46212 on socket 11"),
			we("2026-11-29T07:41:19Z", Unknown, "salon", "nov 29 07:41:19 salon LCDd[11778]: listen NT"),
			we("2026-11-29T07:41:19Z", Unknown, "salon", "nov 29 07:41:19 salon LCDd[11778]: ignore NT"),
		},
	},
}

func TestFresh543Formats(t *testing.T) { assertTable(t, fresh543Cases) }
func TestFresh543Score(t *testing.T) {
	checkScore(t, "fresh543 formats", fresh543Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
