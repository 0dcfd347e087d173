package parse

import "testing"

// The hundred-and-twenty-first fresh table, written on 2026-12-02: log families that are in none
// of world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go
// to fresh119_test.go), compared by family and by product and not only by name, so that its score
// is again an honest figure for logs trawl has never been tuned on. Its theme is network, security
// and storage appliances as a Linux log host stores their syslog, a seventh pass: makers and
// product lines no earlier table holds, each with the several message types the device really
// sends (system, traffic, audit, HA, hardware), in RFC 3164 and RFC 5424 headers, with the
// device's own inner header (its time, host and severity fields inside the message) and with a
// relay's or a collector's header in front. It has five parts. The first is firewalls, UTMs,
// VPN gateways, load balancers and traffic shapers (Securepoint, gateprotect, GajShield, Seqrite
// Terminator, Zeroshell, Netgate TNSR, Array Networks AG and APV, HAProxy ALOHA, edgeNEXUS,
// FortiNAC, iboss, Sandvine and Procera PacketLogic). The second is mail, web and file security
// (Symantec Messaging Gateway stored by Kiwi and by rsyslog, Trend Micro IMSVA, Libraesva,
// MailCleaner, Proxmox Mail Gateway, Halon, McAfee Web Gateway and OPSWAT MetaDefender Storage
// Security). The third is industrial security, network visibility and DDI (Tofino Xenon, Dragos,
// ExtraHop, Ixia Vision packet brokers, Westermo WeOS and EfficientIP SOLIDserver). The fourth is
// storage (Dell PowerMax's Unisphere, EMC VNX's Control Station, IBM DS8000's HMC, ExaGrid,
// Panasas, WD My Cloud, INFINIDAT InfiniBox, Thecus, Promise VTrak, NexentaStor, Nexsan and
// StorMagic SvSAN). The fifth is server hardware (Fujitsu iRMC). Where a maker is already in an
// earlier table (Fortinet, Symantec, Trend Micro, McAfee, Proxmox, Westermo, Dell, EMC, IBM,
// Fujitsu), the family here is another product of it that no earlier table holds, and source says
// so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// "a|b" when a line carries two versions of its own time (a relay's and the device's), levels only
// where the source puts them (a PRI's severity, or the device's own severity field or word at the
// place its inner header puts it; a level word in free text is no level), "" host when the record
// names none (a peer, a client, a device id, a tag or a process name is no host; the writer's own
// name or address in the header's host field is, and for a relayed line the first header's), and a
// multi-line record as one entry.
//
// The lines were written for this table in the layout each device really uses, almost all from
// memory of real lines under a short time limit (each source says so; searches of public material
// found Broadcom's article on Symantec Messaging Gateway's remote syslog as Kiwi stores it,
// Trellix's audit format page and OPSWAT's syslog message reference); hosts, ids and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score. The table is a measurement, never to be tuned on: no
// parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit d8fc3b7 before any rule was written from it: level 100.0 %,
// time 97.6 %, host 97.6 %, records 100.0 % (macro), 40 of 42 families fully right. One of its
// misses was the table's own slip, not trawl's: the Dragos family's expected times had dropped the
// milliseconds its RFC 5424 lines carry (.512, .090); corrected after that first run, the table
// reads time 100.0 % and 41 of 42 families fully right.
//
// go test ./parse -run Fresh121 -v

var fresh121Cases = []worldCase{

	// Firewalls, UTMs, VPN gateways, load balancers and traffic shapers.
	{
		name:   "securepoint-utm-remote-syslog",
		source: "a Securepoint UTM (v12) sending its log to a remote syslog server (Log > Syslog), RFC 3164 with the UTM's name and the daemon's tag: ulogd's packet filter lines, the web admin's audit and spcd's HA state; from memory. No earlier table holds Securepoint",
		why:    "packet filter, audit and HA lines from one device: the PRI is the level, the verdict word no level",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z", Info, "utm-hq", "<134>Nov 29 08:02:11 utm-hq ulogd[2871]: ACCEPT IN=eth0 OUT=eth1 SRC=10.8.0.44 DST=192.0.2.80 LEN=60 PROTO=TCP SPT=51422 DPT=443 RULE=\"internal-to-dmz\""),
			we("2026-11-29T08:02:40Z", Warn, "utm-hq", "<132>Nov 29 08:02:40 utm-hq ulogd[2871]: DROP IN=eth1 OUT= SRC=198.51.100.23 DST=203.0.113.10 LEN=40 PROTO=TCP SPT=40211 DPT=3389 RULE=\"default-drop\""),
			we("2026-11-29T08:05:02Z", Error, "utm-hq", "<131>Nov 29 08:05:02 utm-hq spcgi[1190]: [webadmin] authentication failed for user 'admin' from 10.8.0.61"),
			we("2026-11-29T08:06:12Z", Notice, "utm-hq", "<133>Nov 29 08:06:12 utm-hq spcd[842]: [cluster] state changed from BACKUP to MASTER"),
		},
	},
	{
		name:   "gateprotect-firewall-collector-file",
		source: "a gateprotect (Rohde & Schwarz) firewall's syslog as a central rsyslog stores it in its traditional file layout (no PRI): the firewall's name and its daemons' tags; from memory. No earlier table holds gateprotect",
		why:    "a stored BSD line with no PRI and no level of the device's own: no level",
		entries: []worldEntry{
			we("2026-11-29T08:10:01Z", Unknown, "gpfw-berlin", "Nov 29 08:10:01 gpfw-berlin gpfwd[1201]: connection 10.50.3.7:55012 -> 192.0.2.25:25 allowed by rule 'mail-out'"),
			we("2026-11-29T08:10:14Z", Unknown, "gpfw-berlin", "Nov 29 08:10:14 gpfw-berlin gpha[1033]: peer gpfw-berlin-2 heartbeat lost on link eth3"),
			we("2026-11-29T08:11:30Z", Unknown, "gpfw-berlin", "Nov 29 08:11:30 gpfw-berlin gpadmin[2240]: admin 'ops' logged in from 10.50.0.12 (client 10.1.4)"),
		},
	},
	{
		name:   "gajshield-firewall-kv-syslog",
		source: "a GajShield firewall's syslog: RFC 3164 header, then the device's own key=value inner header (`date= time= devname= log_type= pri=`) and the event's fields; from memory. No earlier table holds GajShield",
		why:    "an inner header with the device's date, time, name and pri that agree with the syslog header",
		entries: []worldEntry{
			we("2026-11-29T08:12:40Z", Notice, "gs-fw01", "<189>Nov 29 08:12:40 gs-fw01 date=2026-11-29 time=08:12:40 devname=\"gs-fw01\" log_type=traffic pri=5 action=allow src=10.30.4.11 dst=142.250.0.10 dport=443 proto=tcp rule=12"),
			we("2026-11-29T08:12:52Z", Warn, "gs-fw01", "<188>Nov 29 08:12:52 gs-fw01 date=2026-11-29 time=08:12:52 devname=\"gs-fw01\" log_type=ips pri=4 action=drop sig=\"SQL injection attempt\" src=198.51.100.77 dst=10.30.8.20 dport=80"),
			we("2026-11-29T08:14:05Z", Critical, "gs-fw01", "<186>Nov 29 08:14:05 gs-fw01 date=2026-11-29 time=08:14:05 devname=\"gs-fw01\" log_type=ha pri=2 msg=\"peer gs-fw02 unreachable, taking over as active\""),
		},
	},
	{
		name:   "seqrite-terminator-utm-rfc5424",
		source: "a Seqrite Terminator UTM's remote syslog in RFC 5424 with the appliance's local time and its +05:30 offset, app-names per module (urlfilter, ips, sysmon); from memory. No earlier table holds Seqrite",
		why:    "an Indian zone offset converted to UTC, nil PROCID and MSGID",
		entries: []worldEntry{
			we("2026-11-29T08:15:00Z", Info, "terminator01", "<14>1 2026-11-29T13:45:00+05:30 terminator01 urlfilter - - - blocked category=Gambling user=rkumar src=10.12.3.44 url=http://bets.example/"),
			we("2026-11-29T08:15:31Z", Warn, "terminator01", "<12>1 2026-11-29T13:45:31+05:30 terminator01 ips - - - signature 2019401 matched from 198.51.100.9 to 10.12.0.5, dropped"),
			we("2026-11-29T08:20:00Z", Error, "terminator01", "<11>1 2026-11-29T13:50:00+05:30 terminator01 sysmon - - - disk /var usage 96%"),
		},
	},
	{
		name:   "zeroshell-router-remote-syslog",
		source: "a Zeroshell router/firewall's remote syslog (System > Logs > Remote), RFC 3164 with the box's name and its daemons (root scripts, sshd, radiusd, openvpn); from memory. No earlier table holds Zeroshell",
		why:    "several facilities from one small appliance: each PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T08:20:01Z", Info, "zeroshell", "<30>Nov 29 08:20:01 zeroshell root: Firewall: rules reloaded (42 rules)"),
			we("2026-11-29T08:20:05Z", Info, "zeroshell", "<86>Nov 29 08:20:05 zeroshell sshd[3120]: Accepted password for admin from 10.0.0.5 port 51234 ssh2"),
			we("2026-11-29T08:21:40Z", Notice, "zeroshell", "<29>Nov 29 08:21:40 zeroshell radiusd[2210]: Login OK: [jdoe] (from client ap-lobby port 1 cli 00-11-22-33-44-55)"),
			we("2026-11-29T08:22:10Z", Error, "zeroshell", "<27>Nov 29 08:22:10 zeroshell openvpn[2405]: TLS Error: TLS handshake failed"),
		},
	},
	{
		name:   "netgate-tnsr-rfc5424",
		source: "a Netgate TNSR router's remote logging (rsyslog forwarding in RFC 5424, microsecond times with +00:00): the dataplane (vpp), the management backend (clixon_backend) and FRR's bgpd; from memory. pfSense is in earlier tables; TNSR is a different product",
		why:    "RFC 5424 with a numeric +00:00 offset and microseconds",
		entries: []worldEntry{
			we("2026-11-29T08:21:03.418527Z", Notice, "tnsr-edge1", "<29>1 2026-11-29T08:21:03.418527+00:00 tnsr-edge1 vpp 2210 - - vnet_hw_interface_set_flags: TenGigabitEthernet6/0/0 link up"),
			we("2026-11-29T08:21:09.002190Z", Error, "tnsr-edge1", "<27>1 2026-11-29T08:21:09.002190+00:00 tnsr-edge1 clixon_backend 1455 - - commit failed: interface GigabitEthernet3/0/1: invalid MTU 10000"),
			we("2026-11-29T08:22:40.771004Z", Info, "tnsr-edge1", "<30>1 2026-11-29T08:22:40.771004+00:00 tnsr-edge1 bgpd 1602 - - %ADJCHANGE: neighbor 203.0.113.1(upstream-a) in vrf default Up"),
		},
	},
	{
		name:   "array-ag-sslvpn-syslog",
		source: "an Array Networks AG SSL VPN gateway's remote syslog, RFC 3164 with the appliance's host name and an `AG:` tag, then the module in brackets (ssl, aaa, sys); from memory. No earlier table holds Array Networks",
		why:    "a bracketed module after the tag that is no level; the PRI is",
		entries: []worldEntry{
			we("2026-11-29T08:25:11Z", Info, "ag1200-hq", "<134>Nov 29 08:25:11 ag1200-hq AG: [aaa] site vpn1: user \"jdoe\" login success from 203.0.113.7"),
			we("2026-11-29T08:25:48Z", Warn, "ag1200-hq", "<132>Nov 29 08:25:48 ag1200-hq AG: [aaa] site vpn1: user \"mlee\" login failed from 198.51.100.14: bad password"),
			we("2026-11-29T08:27:00Z", Critical, "ag1200-hq", "<130>Nov 29 08:27:00 ag1200-hq AG: [sys] power supply 2 failure detected"),
		},
	},
	{
		name:   "array-apv-slb-collector-relayed",
		source: "an Array Networks APV load balancer's syslog relayed by a site rsyslog to the central collector: the relay's RFC 3164 header, then the APV's own header with its time and name; from memory",
		why:    "two BSD headers a second apart, the relay's host first",
		entries: []worldEntry{
			we("2026-11-29T08:26:41Z|2026-11-29T08:26:40Z", Notice, "relay-dc2", "<133>Nov 29 08:26:41 relay-dc2 Nov 29 08:26:40 apv-dmz1 healthcheck: real service \"rs_web2\" status changed to DOWN"),
			we("2026-11-29T08:26:58Z|2026-11-29T08:26:57Z", Notice, "relay-dc2", "<133>Nov 29 08:26:58 relay-dc2 Nov 29 08:26:57 apv-dmz1 healthcheck: real service \"rs_web2\" status changed to UP"),
			we("2026-11-29T08:30:12Z|2026-11-29T08:30:11Z", Error, "relay-dc2", "<131>Nov 29 08:30:12 relay-dc2 Nov 29 08:30:11 apv-dmz1 synconfig: synchronization to peer 10.9.0.3 failed"),
		},
	},
	{
		name:   "haproxy-aloha-appliance-syslog",
		source: "an HAProxy ALOHA load-balancer appliance's remote syslog: haproxy's HTTP log lines with their own accept date in brackets, keepalived's VRRP transitions and the appliance's config service; from memory of HAProxy's documented log format. No earlier table holds the ALOHA",
		why:    "haproxy's bracketed accept date is a second version of the record's time; VRRP state lines; PRI level",
		entries: []worldEntry{
			we("2026-11-29T08:30:01Z|2026-11-29T08:30:01.112Z", Info, "aloha-lb1", "<134>Nov 29 08:30:01 aloha-lb1 haproxy[4122]: 10.20.7.18:51422 [29/Nov/2026:08:30:01.112] ft_www bk_www/srv1 0/0/1/12/13 200 5120 - - ---- 12/12/3/1/0 0/0 \"GET /index.html HTTP/1.1\""),
			we("2026-11-29T08:31:20Z", Notice, "aloha-lb1", "<29>Nov 29 08:31:20 aloha-lb1 Keepalived_vrrp[1840]: (VI_1) Entering MASTER STATE"),
			we("2026-11-29T08:31:44Z", Warn, "aloha-lb1", "<132>Nov 29 08:31:44 aloha-lb1 haproxy[4122]: Server bk_www/srv2 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 1 active and 0 backup servers left."),
		},
	},
	{
		name:   "edgenexus-alb-x-syslog",
		source: "an edgeNEXUS (formerly jetNEXUS) ALB-X load balancer's syslog server setting, RFC 3164 with the appliance name and its `jnbal` and `jnflight` tags; from memory. No earlier table holds edgeNEXUS",
		why:    "local facilities with notice, warning and error severities",
		entries: []worldEntry{
			we("2026-11-29T08:33:00Z", Notice, "albx-01", "<141>Nov 29 08:33:00 albx-01 jnbal[2011]: VIP 192.0.2.40:443 content server 10.60.1.21:8443 online"),
			we("2026-11-29T08:33:19Z", Warn, "albx-01", "<140>Nov 29 08:33:19 albx-01 jnbal[2011]: VIP 192.0.2.40:443 content server 10.60.1.22:8443 failed health check (HTTP 503)"),
			we("2026-11-29T08:35:02Z", Error, "albx-01", "<139>Nov 29 08:35:02 albx-01 jnflight[2190]: flightPATH rule 'redirect-http' failed to compile"),
		},
	},
	{
		name:   "fortinac-appliance-syslog",
		source: "a FortiNAC appliance's own system syslog (not its CEF event export), RFC 3164 with the appliance name and the `FortiNAC` and `yams` tags; from memory. Earlier tables hold FortiGate, FortiMail, FortiWeb and others; none holds FortiNAC",
		why:    "host moves, admin audit and an HA takeover from an access-control appliance",
		entries: []worldEntry{
			we("2026-11-29T08:40:12Z", Info, "fnac-01", "<134>Nov 29 08:40:12 fnac-01 FortiNAC: Host 00:11:22:33:44:55 moved to VLAN 30 (Registration) on switch sw-fl2 port Gi1/0/14"),
			we("2026-11-29T08:41:03Z", Notice, "fnac-01", "<133>Nov 29 08:41:03 fnac-01 FortiNAC: Admin user 'netops' logged in from 10.1.2.3"),
			we("2026-11-29T08:45:55Z", Critical, "fnac-01", "<130>Nov 29 08:45:55 fnac-01 yams: HA: primary fnac-01 lost contact with secondary fnac-02, failover pending"),
		},
	},
	{
		name:   "iboss-gateway-syslog",
		source: "an iboss web gateway node's syslog export, RFC 3164 with the node's name and an `iboss` tag, then key=value fields with the node's own time; from memory. No earlier table holds iboss",
		why:    "an inner `time=` field with a zone offset agreeing with the header",
		entries: []worldEntry{
			we("2026-11-29T08:46:12Z", Info, "iboss-node3", "<14>Nov 29 08:46:12 iboss-node3 iboss: time=2026-11-29T08:46:12+00:00 action=Allowed user=jdoe srcip=10.40.2.18 url=https://docs.example.com/ category=\"Business\""),
			we("2026-11-29T08:46:30Z", Warn, "iboss-node3", "<12>Nov 29 08:46:30 iboss-node3 iboss: time=2026-11-29T08:46:30+00:00 action=Blocked user=asmith srcip=10.40.2.77 url=http://malware.example/dl.exe category=\"Malware\""),
		},
	},
	{
		name:   "sandvine-pts-syslog",
		source: "a Sandvine PTS (policy traffic switch) sending its system log to syslog, RFC 3164 with the element's name and the `svlog` tag, then its own ISO time, element name and severity word; from memory. No earlier table holds Sandvine",
		why:    "an inner header (ISO time, name, severity word) after the syslog header; both agree",
		entries: []worldEntry{
			we("2026-11-29T08:48:12Z", Info, "pts-core1", "<134>Nov 29 08:48:12 pts-core1 svlog: 2026-11-29T08:48:12Z pts-core1 INFO svsde: subscriber mapping table synced (812344 entries)"),
			we("2026-11-29T08:48:40Z", Warn, "pts-core1", "<132>Nov 29 08:48:40 pts-core1 svlog: 2026-11-29T08:48:40Z pts-core1 WARNING ptsd: cluster member pts-core2 heartbeat late (1500 ms)"),
			we("2026-11-29T08:50:01Z", Error, "pts-core1", "<131>Nov 29 08:50:01 pts-core1 svlog: 2026-11-29T08:50:01Z pts-core1 ERROR hwmon: fan tray 2 failed"),
		},
	},
	{
		name:   "procera-packetlogic-collector-file",
		source: "a Procera PacketLogic system's syslog as a central rsyslog stores it (no PRI): the collector's BSD prefix, then PacketLogic's own `[yyyy-mm-dd HH:MM:SS] LEVEL component: msg`; from memory. No earlier table holds Procera",
		why:    "no PRI in the stored line: the inner header's level word is the level; two versions of the time",
		entries: []worldEntry{
			we("2026-11-29T08:47:00Z", Info, "pl-core1", "Nov 29 08:47:00 pl-core1 PacketLogic: [2026-11-29 08:47:00] INFO ruleset: ruleset 'default' committed by admin (rev 2214)"),
			we("2026-11-29T08:47:31Z", Warn, "pl-core1", "Nov 29 08:47:31 pl-core1 PacketLogic: [2026-11-29 08:47:31] WARNING channel: channel 2 bypass engaged (link loss on port 4)"),
			we("2026-11-29T08:52:10Z", Error, "pl-core1", "Nov 29 08:52:10 pl-core1 PacketLogic: [2026-11-29 08:52:10] ERROR statistics: connection to statistics server 10.70.0.5 lost"),
		},
	},

	// Mail, web and file security.
	{
		name:   "symantec-messaging-gateway-kiwi-stored",
		source: "Symantec Messaging Gateway (Brightmail) scanner logs sent to remote syslog and stored by Kiwi Syslog Server: Kiwi's `mm-dd-yyyy HH:MM:SS Facility.Level sender` prefix, then the scanner's own `Mmm dd HH:MM:SS scanner process:` header and the ecelerity audit fields: Broadcom knowledge base 179466 (log format of message audit logs for remote syslog). Earlier tables hold Symantec Endpoint Protection Manager; none holds the Messaging Gateway",
		why:    "Kiwi's US date with its Facility.Level word, then the scanner's own clock: two versions of the time",
		entries: []worldEntry{
			we("2026-11-29T08:55:12Z|2026-11-29T08:55:11Z", Info, "10.20.9.31", "11-29-2026 08:55:12 Local3.Info 10.20.9.31 Nov 29 08:55:11 smg-scan1 ecelerity: 1795942511|0a14091f-b7b61ae0000052c1-00-6a2a9cf0a1b2|ACCEPT|198.51.100.40"),
			we("2026-11-29T08:55:13Z|2026-11-29T08:55:12Z", Info, "10.20.9.31", "11-29-2026 08:55:13 Local3.Info 10.20.9.31 Nov 29 08:55:12 smg-scan1 ecelerity: 1795942512|0a14091f-b7b61ae0000052c1-00-6a2a9cf0a1b2|DELIVER|10.20.4.5|carol@example.com"),
			we("2026-11-29T08:57:40Z|2026-11-29T08:57:39Z", Error, "10.20.9.31", "11-29-2026 08:57:40 Local3.Error 10.20.9.31 Nov 29 08:57:39 smg-scan1 conduit[3310]: Unable to download virus definitions from LiveUpdate server"),
		},
	},
	{
		name:   "symantec-messaging-gateway-rsyslog-relayed",
		source: "Symantec Messaging Gateway scanner logs received by rsyslog with the scanner's header kept after the collector's own: `[syslog header] month day time scanner process[pid]: message-text` as docs.moreal.co's SMG syslog structure page and Broadcom's admin guide describe it (month, day and time optional)",
		why:    "the collector's BSD prefix, then the scanner's own time and name; the second record's scanner left its time out",
		entries: []worldEntry{
			we("2026-11-29T09:00:02Z|2026-11-29T09:00:01Z", Unknown, "logcol01", "Nov 29 09:00:02 logcol01 Nov 29 09:00:01 smg-scan2 bmserver[2871]: Message 5a1c0b2e quarantined: verdict=spam score=97"),
			we("2026-11-29T09:00:05Z", Unknown, "logcol01", "Nov 29 09:00:05 logcol01 smg-scan2 mta[2011]: 421 Too many concurrent connections from 198.51.100.66"),
		},
	},
	{
		name:   "trend-micro-imsva-syslog",
		source: "Trend Micro InterScan Messaging Security Virtual Appliance's syslog settings, RFC 3164 with the appliance name and its daemons (imssd, foxdns, imssmgr), the policy event after the tag; from memory. Earlier tables hold Deep Security and Deep Discovery Inspector; none holds IMSVA",
		why:    "policy, system and update lines from a mail appliance",
		entries: []worldEntry{
			we("2026-11-29T09:02:11Z", Info, "imsva01", "<22>Nov 29 09:02:11 imsva01 imssd[4122]: Policy event: rule 'Global antivirus' action=clean recipient=bob@example.com subject=\"Invoice 4471\""),
			we("2026-11-29T09:02:44Z", Warn, "imsva01", "<20>Nov 29 09:02:44 imsva01 foxdns[2210]: DNS query for ers.trendmicro.com timed out, using cached result"),
			we("2026-11-29T09:05:00Z", Error, "imsva01", "<19>Nov 29 09:05:00 imsva01 imssmgr[1880]: Pattern update failed: unable to connect to ActiveUpdate server"),
		},
	},
	{
		name:   "libraesva-esg-syslog",
		source: "a Libraesva Email Security Gateway's remote syslog, RFC 3164 with the gateway's name, postfix's and the filter's (esg-filter) lines; from memory. No earlier table holds Libraesva",
		why:    "mail flow lines with queue ids in the message: the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T09:06:30Z", Info, "esg01", "<22>Nov 29 09:06:30 esg01 postfix/smtpd[8812]: 4N2xKq1Y9Zz9t: client=mail.partner.example[198.51.100.50]"),
			we("2026-11-29T09:06:31Z", Info, "esg01", "<22>Nov 29 09:06:31 esg01 esg-filter[2210]: 4N2xKq1Y9Zz9t: score=2.1 action=deliver from=<news@partner.example> to=<dana@example.com>"),
			we("2026-11-29T09:07:12Z", Warn, "esg01", "<20>Nov 29 09:07:12 esg01 esg-filter[2210]: 4N2xLb0Qk8z9v: URLSand: sandbox timeout, message released unscanned"),
		},
	},
	{
		name:   "mailcleaner-collector-file",
		source: "a MailCleaner gateway's syslog as a central rsyslog stores it (no PRI): exim_stage1 to stage4 tags and MailScanner's lines; from memory. No earlier table holds MailCleaner",
		why:    "a stored BSD line with a stage tag and no PRI: no level",
		entries: []worldEntry{
			we("2026-11-29T09:08:01Z", Unknown, "mc-filter1", "Nov 29 09:08:01 mc-filter1 exim_stage1[3120]: 1vPq2R-000812-4K <= sender@partner.example H=mail.partner.example [198.51.100.50] P=esmtps S=18220"),
			we("2026-11-29T09:08:03Z", Unknown, "mc-filter1", "Nov 29 09:08:03 mc-filter1 MailScanner[4410]: Message 1vPq2R-000812-4K from 198.51.100.50 (sender@partner.example) to example.com is not spam"),
			we("2026-11-29T09:08:04Z", Unknown, "mc-filter1", "Nov 29 09:08:04 mc-filter1 exim_stage4[3301]: 1vPq2T-000820-5C => dana@example.com R=filtered_delivery T=remote_smtp H=10.20.4.5"),
		},
	},
	{
		name:   "proxmox-mail-gateway-rfc5424-forward",
		source: "Proxmox Mail Gateway's rsyslog forwarding its journal to a collector in RFC 5424 (RSYSLOG_SyslogProtocol23Format): pmg-smtp-filter's rule and quarantine lines and pmgpolicy's greylisting; from memory, with the admin guide's tracking chapter. Earlier tables hold Proxmox VE and Backup Server; none holds the Mail Gateway",
		why:    "RFC 5424 with a +01:00 offset and a PROCID: convert the time",
		entries: []worldEntry{
			we("2026-11-29T09:10:12.441Z", Info, "pmg01", "<22>1 2026-11-29T10:10:12.441+01:00 pmg01 pmg-smtp-filter 2210 - - 1A2B3C6A2AAA5C4D1E2F: SA score=3/5 time=1.204 bayes=0.02 autolearn=no"),
			we("2026-11-29T09:10:13.002Z", Notice, "pmg01", "<21>1 2026-11-29T10:10:13.002+01:00 pmg01 pmg-smtp-filter 2210 - - 1A2B3C6A2AAA5C4D1E2F: moved mail for <erin@example.com> to spam quarantine - 4D7F20(rule: Quarantine/Mark Spam (Level 3))"),
			we("2026-11-29T09:11:40.518Z", Warn, "pmg01", "<20>1 2026-11-29T10:11:40.518+01:00 pmg01 pmgpolicy 1802 - - reject by greylist: client=203.0.113.99 from=<x@spam.example>"),
		},
	},
	{
		name:   "halon-smtpd-syslog",
		source: "a Halon MTA appliance's smtpd logging to syslog, RFC 3164 with the node's name and the `smtpd` tag, each line led by the transaction id in brackets; from memory. No earlier table holds Halon",
		why:    "a bracketed transaction id after the tag that is no level",
		entries: []worldEntry{
			we("2026-11-29T09:12:00Z", Info, "halon-mx1", "<22>Nov 29 09:12:00 halon-mx1 smtpd[1022]: [5f3a92c1-cd8b-11ef-9a1e-005056a1b2c3] Connected from 198.51.100.50:41223 on listener mx"),
			we("2026-11-29T09:12:01Z", Info, "halon-mx1", "<22>Nov 29 09:12:01 halon-mx1 smtpd[1022]: [5f3a92c1-cd8b-11ef-9a1e-005056a1b2c3] Queued message for <frank@example.com>"),
			we("2026-11-29T09:13:30Z", Error, "halon-mx1", "<19>Nov 29 09:13:30 halon-mx1 smtpd[1022]: [6a11b0f4-cd8b-11ef-9a1e-005056a1b2c3] Script error: hsl line 42: undefined variable $senderip"),
		},
	},
	{
		name:   "mcafee-web-gateway-syslog",
		source: "McAfee (Skyhigh) Web Gateway's access log rule sending to syslog through the appliance's rsyslog, RFC 3164 with the node's name and the `mwg` tag, then the access line with its own bracketed CLF time; from memory. Earlier tables hold McAfee Firewall Enterprise and Skyhigh's cloud; none holds the on-premises Web Gateway",
		why:    "an access line whose bracketed CLF time with its offset is a second version of the time",
		entries: []worldEntry{
			we("2026-11-29T09:15:02Z|2026-11-29T09:15:01Z", Info, "mwg-01", "<142>Nov 29 09:15:02 mwg-01 mwg: [29/Nov/2026:10:15:01 +0100] \"jdoe\" 10.40.2.18 200 \"GET https://www.example.org/ HTTP/1.1\" \"Business\" \"Minimal Risk\" \"text/html\" 18221"),
			we("2026-11-29T09:15:20Z", Info, "mwg-01", "<142>Nov 29 09:15:20 mwg-01 mwg: [29/Nov/2026:10:15:20 +0100] \"asmith\" 10.40.2.77 403 \"GET http://malware.example/dl.exe HTTP/1.1\" \"Malicious Sites\" \"High Risk\" \"\" 0"),
			we("2026-11-29T09:18:00Z", Error, "mwg-01", "<139>Nov 29 09:18:00 mwg-01 mwg-core[2811]: Update of Gateway Anti-Malware engine failed: connection refused"),
		},
	},
	{
		name:   "opswat-metadefender-storage-rfc5424",
		source: "OPSWAT MetaDefender Storage Security's external syslog logger: RFC 5424 with the host's local time and offset, app-name MetaDefenderStorageSecurity, a nil MSGID and one [meta ...] structured element: OPSWAT's syslog message reference page. No earlier table holds OPSWAT",
		why:    "structured data with a LogType field before the message; an offset to convert",
		entries: []worldEntry{
			we("2026-11-29T08:15:42Z", Info, "mdss-prod-01", "<110>1 2026-11-29T09:15:42.000000+01:00 mdss-prod-01 MetaDefenderStorageSecurity 27725 - [meta LogType=\"ScanStarted\" StorageName=\"finance-share\"] Scan started for storage finance-share"),
			we("2026-11-29T08:20:03Z", Warn, "mdss-prod-01", "<108>1 2026-11-29T09:20:03.000000+01:00 mdss-prod-01 MetaDefenderStorageSecurity 27725 - [meta LogType=\"ThreatFound\" FileName=\"q3.xlsm\"] Threat found in file q3.xlsm"),
			we("2026-11-29T08:21:10Z", Error, "mdss-prod-01", "<107>1 2026-11-29T09:21:10.000000+01:00 mdss-prod-01 MetaDefenderStorageSecurity 27725 - [meta LogType=\"StorageUnreachable\"] Storage finance-share is unreachable"),
		},
	},

	// Industrial security, network visibility and DDI.
	{
		name:   "tofino-xenon-security-appliance-syslog",
		source: "a Tofino Xenon industrial security appliance's syslog, RFC 3164 with the appliance's name and the `tofino` tag, then Modbus/firewall enforcer events; from memory. No earlier table holds Tofino",
		why:    "enforcer drops and a mode change from an OT appliance",
		entries: []worldEntry{
			we("2026-11-29T09:20:11Z", Warn, "tofino-plc3", "<36>Nov 29 09:20:11 tofino-plc3 tofino: Modbus enforcer: dropped function code 6 (write register) from 10.80.1.44 to 10.80.2.10"),
			we("2026-11-29T09:21:00Z", Notice, "tofino-plc3", "<37>Nov 29 09:21:00 tofino-plc3 tofino: mode changed from TEST to OPERATIONAL by CMP 10.80.0.2"),
			we("2026-11-29T09:22:30Z", Warn, "tofino-plc3", "<36>Nov 29 09:22:30 tofino-plc3 tofino: firewall: deny udp 10.80.1.99:5353 -> 224.0.0.251:5353 rule 0 (default)"),
		},
	},
	{
		name:   "dragos-sitestore-syslog",
		source: "a Dragos Platform SiteStore's notification forwarding to syslog, RFC 5424 with the SiteStore's name, app-name dragos and key=value fields (severity on Dragos' 1-5 scale in the message); from memory. No earlier table holds Dragos",
		why:    "a numeric severity field inside the message on another scale that is not the PRI: the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T09:24:00.512Z", Warn, "sitestore-01", "<12>1 2026-11-29T09:24:00.512Z sitestore-01 dragos - NOTIFICATION - type=\"Threat Behavior\" severity=4 asset=\"HMI-07\" summary=\"Unusual S7comm program download\""),
			we("2026-11-29T09:25:31.090Z", Info, "sitestore-01", "<14>1 2026-11-29T09:25:31.090Z sitestore-01 dragos - NOTIFICATION - type=\"Asset\" severity=1 asset=\"10.80.3.21\" summary=\"New asset observed\""),
		},
	},
	{
		name:   "extrahop-eda-syslog",
		source: "an ExtraHop Discover appliance's system syslog (Administration > Syslog), RFC 3164 with the appliance's name and its daemons (exalerts, exstore, excap); from memory. No earlier table holds ExtraHop",
		why:    "system, alert and capture lines from a network-detection appliance",
		entries: []worldEntry{
			we("2026-11-29T09:26:12Z", Info, "eda-dc1", "<14>Nov 29 09:26:12 eda-dc1 exalerts[2210]: alert 'DNS Server Error Rate' fired for device dns-02 (value 12.4%)"),
			we("2026-11-29T09:26:40Z", Warn, "eda-dc1", "<12>Nov 29 09:26:40 eda-dc1 excap[1188]: capture interface eth2 dropped 4812 packets in last 30s"),
			we("2026-11-29T09:30:00Z", Error, "eda-dc1", "<11>Nov 29 09:30:00 eda-dc1 exstore[1402]: connection to recordstore 10.90.0.8:9200 failed"),
		},
	},
	{
		name:   "ixia-vision-nto-syslog",
		source: "a Keysight (Ixia) Vision network packet broker's syslog, RFC 3164 with the NTO's name and the `NTO` tag, then its event type and message; from memory. Earlier tables hold another Keysight product; none holds the Vision packet brokers",
		why:    "port, filter and power events from a packet broker",
		entries: []worldEntry{
			we("2026-11-29T09:31:10Z", Notice, "vision-one-a", "<133>Nov 29 09:31:10 vision-one-a NTO: PORT_LINK_UP: port P1-03 (Network) link up 10G"),
			we("2026-11-29T09:31:44Z", Info, "vision-one-a", "<134>Nov 29 09:31:44 vision-one-a NTO: FILTER_MODIFIED: filter F12 'dns-only' modified by admin"),
			we("2026-11-29T09:35:00Z", Critical, "vision-one-a", "<130>Nov 29 09:35:00 vision-one-a NTO: POWER_SUPPLY_FAULT: power supply B failed"),
		},
	},
	{
		name:   "westermo-weos-syslog",
		source: "a Westermo switch or router running WeOS, sending remote syslog in RFC 3164 with the unit's name and its daemons (frnt, ipsec, login); from memory. An earlier table holds a Westermo MR unit's event log; none holds WeOS' remote syslog",
		why:    "FRNT ring, VPN and login lines from an industrial switch",
		entries: []worldEntry{
			we("2026-11-29T09:36:12Z", Warn, "weos-sub7", "<28>Nov 29 09:36:12 weos-sub7 frnt[412]: FRNT ring 1 broken, port eth 1/2 down"),
			we("2026-11-29T09:36:14Z", Notice, "weos-sub7", "<29>Nov 29 09:36:14 weos-sub7 frnt[412]: FRNT ring 1 restored"),
			we("2026-11-29T09:40:02Z", Notice, "weos-sub7", "<37>Nov 29 09:40:02 weos-sub7 login[2210]: admin login on ssh from 10.80.0.5"),
		},
	},
	{
		name:   "efficientip-solidserver-syslog",
		source: "an EfficientIP SOLIDserver DDI appliance's remote syslog, RFC 3164 with the appliance's name and its services (named, dhcpd, ipmserver); from memory. No earlier table holds EfficientIP",
		why:    "DNS, DHCP and IPAM lines from one DDI appliance",
		entries: []worldEntry{
			we("2026-11-29T09:41:00Z", Info, "solid-ddi1", "<30>Nov 29 09:41:00 solid-ddi1 named[2201]: zone example.com/IN: transferred serial 2026112905"),
			we("2026-11-29T09:41:12Z", Info, "solid-ddi1", "<30>Nov 29 09:41:12 solid-ddi1 dhcpd[1810]: DHCPACK on 10.60.4.22 to 00:11:22:33:44:66 (laptop-91) via eth0"),
			we("2026-11-29T09:43:50Z", Error, "solid-ddi1", "<27>Nov 29 09:43:50 solid-ddi1 ipmserver[1022]: replication to solid-ddi2 failed: timeout"),
		},
	},

	// Storage.
	{
		name:   "dell-powermax-unisphere-syslog",
		source: "Dell PowerMax alerts forwarded by Unisphere for PowerMax's syslog notifications, RFC 3164 with the Unisphere host's name, a `Unisphere` tag and the array's alert fields; from memory. Earlier tables hold other Dell storage (EqualLogic, Compellent, PowerStore); none holds PowerMax",
		why:    "the array id in the message is no host; severities from alerts",
		entries: []worldEntry{
			we("2026-11-29T09:45:10Z", Warn, "unisphere01", "<132>Nov 29 09:45:10 unisphere01 Unisphere: [Array 000197900123] SRP_1 used capacity 85% exceeded warning threshold"),
			we("2026-11-29T09:46:00Z", Error, "unisphere01", "<131>Nov 29 09:46:00 unisphere01 Unisphere: [Array 000197900123] Director 2D port 28 link down"),
			we("2026-11-29T09:48:20Z", Info, "unisphere01", "<134>Nov 29 09:48:20 unisphere01 Unisphere: [Array 000197900123] Snapshot policy 'hourly' created snapshot on storage group SG_ORA01"),
		},
	},
	{
		name:   "emc-vnx-control-station-syslog",
		source: "an EMC VNX (Celerra) Control Station sending its events to remote syslog: RFC 3164 header, then the sys_log's own `Mmm dd HH:MM:SS yyyy:FACILITY:COMPONENT:SEVERITY:id::::: msg`; from memory. No earlier table holds VNX or Celerra",
		why:    "an inner year-bearing time and a colon-separated severity word that agree with the header",
		entries: []worldEntry{
			we("2026-11-29T09:50:00Z", Warn, "vnx-cs0", "<132>Nov 29 09:50:00 vnx-cs0 EMCServer: Nov 29 09:50:00 2026:CS_PLATFORM:NASDB:WARNING:301:::::Slot2: filesystem fs_home is 90% full"),
			we("2026-11-29T09:51:12Z", Notice, "vnx-cs0", "<133>Nov 29 09:51:12 vnx-cs0 EMCServer: Nov 29 09:51:12 2026:DART:FSTOOLS:NOTICE:202:::::server_2: checkpoint ckpt_fs_home_1 created"),
			we("2026-11-29T09:55:30Z", Error, "vnx-cs0", "<131>Nov 29 09:55:30 vnx-cs0 EMCServer: Nov 29 09:55:30 2026:CS_PLATFORM:BoxMonitor:ERROR:105:::::Slot3: data mover server_3 reason code 0x1d"),
		},
	},
	{
		name:   "ibm-ds8000-hmc-syslog",
		source: "an IBM DS8000's HMC forwarding storage events to syslog, RFC 3164 with the HMC's name and a `DS8K` tag, then the serviceable event and the storage image id; from memory. Earlier tables hold IBM FlashSystem; none holds the DS8000",
		why:    "a storage image id that is no host; SEV words of IBM's own in the text",
		entries: []worldEntry{
			we("2026-11-29T09:56:00Z", Warn, "ds8k-hmc1", "<132>Nov 29 09:56:00 ds8k-hmc1 DS8K: IBM.2107-75ABC12: problem 3021 opened: DDM 1, slot 14 predictive failure"),
			we("2026-11-29T09:57:10Z", Info, "ds8k-hmc1", "<134>Nov 29 09:57:10 ds8k-hmc1 DS8K: IBM.2107-75ABC12: user csadmin logged in to DSCLI from 10.70.0.15"),
			we("2026-11-29T10:01:00Z", Error, "ds8k-hmc1", "<131>Nov 29 10:01:00 ds8k-hmc1 DS8K: IBM.2107-75ABC12: Global Mirror session 02 suspended"),
		},
	},
	{
		name:   "exagrid-backup-appliance-syslog",
		source: "an ExaGrid tiered backup appliance's syslog forwarding, RFC 3164 with the appliance's name and an `ExaGrid` tag, then the site and the event; from memory. No earlier table holds ExaGrid",
		why:    "replication, landing-zone and hardware alerts from a backup appliance",
		entries: []worldEntry{
			we("2026-11-29T10:02:10Z", Info, "exagrid-a1", "<22>Nov 29 10:02:10 exagrid-a1 ExaGrid: Site HQ: replication to DR-site completed (214 GB)"),
			we("2026-11-29T10:03:40Z", Warn, "exagrid-a1", "<20>Nov 29 10:03:40 exagrid-a1 ExaGrid: Site HQ: landing zone 88% full on share veeam-prod"),
			we("2026-11-29T10:05:00Z", Critical, "exagrid-a1", "<18>Nov 29 10:05:00 exagrid-a1 ExaGrid: Site HQ: RAID volume degraded, disk 7 failed"),
		},
	},
	{
		name:   "panasas-activestor-syslog",
		source: "a Panasas ActiveStor realm's syslog forwarding, RFC 3164 with the director blade's name and PanFS daemons (sysmgr, pasxmld); from memory. No earlier table holds Panasas",
		why:    "realm, blade and volume events from a parallel file system appliance",
		entries: []worldEntry{
			we("2026-11-29T10:06:12Z", Notice, "pas-dir1", "<29>Nov 29 10:06:12 pas-dir1 sysmgr[1401]: Blade shelf-2,3 state changed to online"),
			we("2026-11-29T10:07:00Z", Warn, "pas-dir1", "<28>Nov 29 10:07:00 pas-dir1 sysmgr[1401]: Volume /home soft quota reached (95%)"),
			we("2026-11-29T10:09:30Z", Error, "pas-dir1", "<27>Nov 29 10:09:30 pas-dir1 sysmgr[1401]: StorageBlade shelf-1,7 failed, reconstruction started"),
		},
	},
	{
		name:   "wd-mycloud-ex2-remote-syslog",
		source: "a WD My Cloud EX2 Ultra / PR4100 NAS's remote log server setting (Settings > Utilities > System Log), RFC 3164 with the NAS name and busybox-style tags; from memory. No earlier table holds WD My Cloud",
		why:    "a consumer NAS with a kernel disk error and a login",
		entries: []worldEntry{
			we("2026-11-29T10:10:01Z", Info, "MyCloudEX2", "<14>Nov 29 10:10:01 MyCloudEX2 wdlog: login: user admin logged in from 192.168.1.20 (web)"),
			we("2026-11-29T10:11:12Z", Error, "MyCloudEX2", "<3>Nov 29 10:11:12 MyCloudEX2 kernel: ata2.00: failed command: READ FPDMA QUEUED"),
			we("2026-11-29T10:12:00Z", Warn, "MyCloudEX2", "<12>Nov 29 10:12:00 MyCloudEX2 wdlog: volume 1 usage 91%"),
		},
	},
	{
		name:   "infinidat-infinibox-syslog",
		source: "an INFINIDAT InfiniBox's event notifications by syslog, RFC 3164 with the system's name and an `InfiniBox` tag, then the event code and level in its own words; from memory. No earlier table holds INFINIDAT",
		why:    "an event code and the box's own level word in the message that agree with the PRI",
		entries: []worldEntry{
			we("2026-11-29T10:13:20Z", Info, "ibox1450", "<134>Nov 29 10:13:20 ibox1450 InfiniBox: event_code=VOLUME_CREATED level=INFO user=admin description=\"Volume ora-data-07 created in pool prod\""),
			we("2026-11-29T10:14:02Z", Warn, "ibox1450", "<132>Nov 29 10:14:02 ibox1450 InfiniBox: event_code=POOL_SPACE_WARNING level=WARNING description=\"Pool prod physical usage reached 80%\""),
			we("2026-11-29T10:15:30Z", Error, "ibox1450", "<131>Nov 29 10:15:30 ibox1450 InfiniBox: event_code=FC_PORT_DOWN level=ERROR description=\"Node 2 FC port 3 link down\""),
		},
	},
	{
		name:   "thecus-nas-collector-file",
		source: "a Thecus NAS's syslog as a central rsyslog stores it (no PRI), with the NAS name and its `thecus` and kernel lines; from memory. No earlier table holds Thecus",
		why:    "a stored BSD line with no PRI and a bracketed level-looking word: no level",
		entries: []worldEntry{
			we("2026-11-29T10:16:00Z", Unknown, "N5810PRO", "Nov 29 10:16:00 N5810PRO thecus: [RAID] RAID [RAID5] is degraded"),
			we("2026-11-29T10:16:05Z", Unknown, "N5810PRO", "Nov 29 10:16:05 N5810PRO kernel: md0: Disk failure on sdc2, disabling device."),
			we("2026-11-29T10:20:40Z", Unknown, "N5810PRO", "Nov 29 10:20:40 N5810PRO thecus: [Login] user admin logged in from 192.168.10.5"),
		},
	},
	{
		name:   "promise-vtrak-syslog",
		source: "a Promise VTrak RAID subsystem's syslog, RFC 3164 with the subsystem's name and a `VTrak` tag, then its event id, device and severity word; from memory. No earlier table holds Promise",
		why:    "the subsystem's own severity word in brackets after the event id, agreeing with the PRI",
		entries: []worldEntry{
			we("2026-11-29T10:22:00Z", Info, "vtrak-e630", "<14>Nov 29 10:22:00 vtrak-e630 VTrak: [Info] Event 0x00160002 Logical drive LD2: synchronization completed"),
			we("2026-11-29T10:23:15Z", Warn, "vtrak-e630", "<12>Nov 29 10:23:15 vtrak-e630 VTrak: [Warning] Event 0x00050012 Enclosure 1: temperature above warning threshold (48C)"),
			we("2026-11-29T10:25:01Z", Error, "vtrak-e630", "<11>Nov 29 10:25:01 vtrak-e630 VTrak: [Major] Event 0x000d0007 Physical drive PD5: removed or failed"),
		},
	},
	{
		name:   "nexentastor-syslog",
		source: "a NexentaStor 5 appliance's remote syslog, RFC 3164 with the appliance's name and its nef and zfs-related daemons; from memory. No earlier table holds Nexenta",
		why:    "NEF audit, pool and HA lines from a ZFS appliance",
		entries: []worldEntry{
			we("2026-11-29T10:26:00Z", Info, "nexenta-a", "<30>Nov 29 10:26:00 nexenta-a nef[1201]: audit: user admin created filesystem pool1/nfs/vm"),
			we("2026-11-29T10:27:10Z", Warn, "nexenta-a", "<28>Nov 29 10:27:10 nexenta-a fmd[810]: pool pool1 state DEGRADED: device c0t5000C500A1B2C3D4d0 faulted"),
			we("2026-11-29T10:30:00Z", Critical, "nexenta-a", "<26>Nov 29 10:30:00 nexenta-a rsf-1[990]: service pool1-svc failover to nexenta-b started"),
		},
	},
	{
		name:   "nexsan-eseries-syslog",
		source: "a Nexsan E-Series/Unity storage array's syslog, RFC 3164 with the array's name and a `nexsan` tag, then the controller and event; from memory. No earlier table holds Nexsan",
		why:    "controller and drive events from a storage array",
		entries: []worldEntry{
			we("2026-11-29T10:31:00Z", Notice, "nexsan-e48", "<133>Nov 29 10:31:00 nexsan-e48 nexsan: C0: Array 1 rebuild started on spare disk 24"),
			we("2026-11-29T10:32:40Z", Error, "nexsan-e48", "<131>Nov 29 10:32:40 nexsan-e48 nexsan: C1: Controller 1 battery backup unit failed"),
		},
	},
	{
		name:   "stormagic-svsan-syslog",
		source: "a StorMagic SvSAN virtual storage appliance's remote syslog, RFC 3164 with the VSA's name and its `svsan` tag, then mirror and witness events; from memory. No earlier table holds StorMagic",
		why:    "mirror, witness and licence events from a VSA",
		entries: []worldEntry{
			we("2026-11-29T10:35:00Z", Warn, "vsa-site12", "<132>Nov 29 10:35:00 vsa-site12 svsan: Mirror target mt-ds01: plex on vsa-site12b is unsynchronised"),
			we("2026-11-29T10:36:20Z", Notice, "vsa-site12", "<133>Nov 29 10:36:20 vsa-site12 svsan: Mirror target mt-ds01: resynchronisation complete"),
			we("2026-11-29T10:40:00Z", Error, "vsa-site12", "<131>Nov 29 10:40:00 vsa-site12 svsan: Witness witness.corp.example unreachable"),
		},
	},

	// Server hardware.
	{
		name:   "fujitsu-irmc-s5-syslog",
		source: "a Fujitsu PRIMERGY server's iRMC S5 sending its System Event Log and iRMC event log to a syslog server (Alerting > Syslog), RFC 3164 with the iRMC's name and an `iRMC` tag, then the event id and its own severity word; from memory. Earlier tables hold other Fujitsu software; none holds iRMC",
		why:    "hardware events whose own severity word follows the event id",
		entries: []worldEntry{
			we("2026-11-29T10:42:00Z", Info, "irmc-rx2540-07", "<14>Nov 29 10:42:00 irmc-rx2540-07 iRMC: 0x23010D Informational: 'admin' logged in via web from 10.70.0.5"),
			we("2026-11-29T10:43:15Z", Warn, "irmc-rx2540-07", "<12>Nov 29 10:43:15 irmc-rx2540-07 iRMC: 0x190030 Minor: 'FAN3 SYS' fan speed below warning threshold"),
			we("2026-11-29T10:45:30Z", Critical, "irmc-rx2540-07", "<10>Nov 29 10:45:30 irmc-rx2540-07 iRMC: 0x1D0011 Critical: 'PSU2' power supply failed"),
		},
	},
}

func TestFresh121Formats(t *testing.T) { assertTable(t, fresh121Cases) }

func TestFresh121Score(t *testing.T) {
	checkScore(t, "fresh121 formats", fresh121Cases, [worldNumFields]float64{99.9, 97.5, 97.5, 99.9})
}
