package parse

import "testing"

// The five-hundred-and-eighty-third fresh table: network appliances at a collector, a thirteenth pass —
// switches and appliances whose syslog reaches rsyslog, syslog-ng, NetBSD's syslogd or a SIEM's raw
// file with a header the collector misreads, shapes no earlier table holds. Each family is one
// product output: the ZyXEL GS1900 switch's datagram (`<PRI> Mmm dd yyyy HH:mm:ss ip %Port-N: text `,
// a blank after the PRI, the year after the day, a trailing blank) as a raw file keeps it, as
// NetBSD's syslogd stores it (the month taken for the host, `-:` for the tag) and as rsyslog stores
// it with detect.YearAfterTimestamp; the TP-Link JetStream T1500G switch's datagram (`<PRI>yyyy-MM-dd
// HH:mm:ss host id text`) raw and as rsyslog's traditional template stores it (the date taken for
// the host, `HH:` for the tag); a commercial appliance that sends only `<PRI>text`, raw, rewritten by
// rsyslog into RFC 5424 (the text's first two words taken for host and app name) and stored by
// syslog-ng with the sender's address.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `ldirectord`, `conntrackd`, `ucarp`, `tinc`, `tincd`, `n2n`,
// `edge_utils`, `exabgp`, `reactor`, `tinyproxy`, `ndppd`, `(notice)`, `radvd`, `ptp4l`, `phc2sys`,
// `linuxptp`, `lldpd`, `miniupnpd`, `quagga`, `zebra`, `gobgp`, `openbgpd`, `bgpd`, `xray`, `v2ray`,
// `pound`, `igmpproxy`, `babeld`, `olsrd`, `wide-dhcpv6`, `dhcp6c`, `kea-dhcp`, `sniproxy`, `iwd`,
// `wpa_supplicant`, `Switching to state`, `Invoking ldirectord`, `ldirectord.cf`, `(pid=`, `rtadvd`,
// `smcroute`, `pimd`, `mrouted`, `corerad`, `batman`, `batctl`, `hsflowd`, `sflow`, `ipvs`, `vtund`,
// `stunnel`, `dnscrypt`, `3proxy`, `danted`, `sockd`, `privoxy`, `haveged`, `SEV=`, `vpn 3000`,
// `concentrator`, `firepass`, `fwsm`, `catos`, `wism`, `stonesoft`, `sourcefire`, `top layer`,
// `toplayer`, `tropos`, `motorola`, `symbol`, `nortel`, `contivity`, `juniper dx`, `infranet`, `vgw`,
// `nokia`, `ipso`, `symantec gateway`, `sgs`, `cyberguard`, `proventia`, `cisco ips`, `sdee`,
// `stealthwatch`, `hipath`, `dragon`, `enterasys matrix`, `venusense`, `aruba mas`, `cisco nac`,
// `clean access`, `cisco acs`, `csa`, `vyos`, `f5 firepass`, `bluecoat`, `websense`, `fortiweb`,
// `nsfocus`, `topsec`, `dptech`, `qi-anxin`, `sangfor`, `huawei usg`, `eudemon`, `secpath`, `wlan`,
// `zte`, `fiberhome`, `ericsson`, `smartedge`, `redback`, `alcatel`, `isam`, `calix`, `adva`,
// `infinera`, `cyan`, `zhone`, `dasan`, `ubee`, `arris`, `casa`, `harmonic`, `cmts`, `cbr-8`,
// `e6000`, `docsis`, `%LINK-STATUS`, `show eventlog`, `cpp_cp`, `IOSXE-6-PLATFORM`, `raslogd`,
// `acme packet`, `acmepacket`, `brightmail`, `avaya`, `DTI SWITCH`, `sysapi`, `UNKN[`, `Trellix
// ESM`, `tenable`, `kaspersky ngfw`, `usergate`, `ideco`, `continent`, `s-terra`, `vipnet`, `eltex`,
// `qtech`, `infotecs`, `webapp secure`, `mykonos`, `ddos secure`, `trapeze`, `extremeware`,
// `lancope`, `flowmon`, `allot`, `exinda`, `procera`, `sandvine`, `niagara`, `apresia`, `alaxala`,
// `nec ix`, `univerge`, `qx-s`, `centrecom`, `allied`, `futurenet`, `rtx1210`, `buffalo`,
// `JSERVICES`, `FPC Slot`, `%Port-`, `GS1900`, `%%01SECE`, `SEC_LOGIN-SW`, `nvos`, `infiniband`,
// `MLNX`, `conduit:`, `airlock`, `TSSP`, `SSL: Informational`, `SyslogAlertForwarder`, `niara`,
// `introspect`, `msg_type=alert`, `intruShell`, `T1500G`, `tp-link`, `Set log host`, `NetScreen
// device_id`, `device_id=`, `User logged into the appliance`, `netra`, `CISE_Failed`. None of the
// GS1900's `%Port-N:` datagram, the T1500G's ISO datagram or the PRI-only appliance is in any table
// (`%Port-` matches only Cisco MDS's `%PORT-5-…`; `tp-link` matches the Omada controller and the
// Archer routers, other products; `zyxel` other ZyXEL products). Left out as measured already: the
// open-source daemons above (ldirectord, conntrackd, ucarp, tinc, ExaBGP, tinyproxy, radvd, ptp4l,
// lldpd, Quagga, GoBGP…), the QRadar, JSA and Trellix ESM samples of Cisco IOS XE, CatOS, Juniper MX
// and NetScreen, Huawei S, Brocade, Avaya VPN Gateway, Symantec Messaging Gateway, NetFort,
// Niara, Trellix IPS, Kaspersky NGFW, and Dell's FASTPATH (the Sun Netra DTI switch's `UNKN[…]:
// sysapi.c(…) N %%` buffer is its shape again). Left out as not confirmed by any search: UserGate,
// S-Terra, ViPNet, Juniper WebApp Secure and DDoS Secure. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The GS1900's `Nov 29 2026 07:41:16` carries its year; the stores' BSD
// stamps are yearless (2026); the T1500G's ISO date has no zone (UTC); rsyslog's RFC 5424 rewrite
// carries the reception time with +00:00; the PRI-only datagram has no time of its own (Time 0).
// Levels only where the line marks one: the GS1900's digit after `%Port-` (7 debug, 4 warning…),
// the same as its PRI's severity; the PRI's severity in the raw T1500G and appliance lines and in
// rsyslog's RFC 5424 rewrite; the stored T1500G and syslog-ng lines keep no PRI and give Unknown.
// The host is the record's own host: the GS1900's address and the T1500G's name, even where the
// collector put the month or the date in its host field; the appliance has none of its own, so the
// word rsyslog took for HOSTNAME is no host, while syslog-ng's sender address in its file is the
// field it wrote. Every record is one line.
//
// The shapes come from the issue threads and READMEs each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (rsyslog's stored GS1900 line and syslog-ng's stored appliance line). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit a167dd2 before any rule for it: level 75.0 %, time 100.0 %, host 62.5 %, records 100.0 %.
// That is the macro figure (micro: level 77.8 %, time 100.0 %, host 66.7 %, records 100.0 %), in a
// worktree at a167dd2 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the month NetBSD's syslogd put in the host field, read as the
// host, with the GS1900's severity digit after the inner header unread; the `%Port-N:` tag's digit
// unread in rsyslog's stored GS1900 line; the T1500G's date rsyslog put in the host field, read as
// the host; and the first word of the appliance's text rsyslog put in the RFC 5424 HOSTNAME, read
// as the host.

var fresh583Cases = []worldCase{
	{
		name:   "zyxel-gs1900-raw-datagram-year-ip",
		source: "ZyXEL GS1900-24 switch, its datagram as a SIEM's raw file keeps it (`<PRI> Mmm dd yyyy HH:mm:ss ip %Module-N: text `, a blank after the PRI, the year after the day, the switch's address as its name, the severity digit after the module, a trailing blank): drougge/zyxelsyslogd README (a pasted message); module names other than Port from memory",
		why:    "a blank after the PRI; the year after the day; the host is the switch's IP; the level is the digit after `%Port-`, the same as the PRI's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "192.168.10.2", "<135> Nov 29 2026 07:41:16 192.168.10.2 %Port-7: Port 18 duplex is set to force Full "),
			we("2026-11-29T07:41:20Z", Warn, "192.168.10.2", "<132> Nov 29 2026 07:41:20 192.168.10.2 %Port-4: Port 7 link down "),
			we("2026-11-29T07:41:23Z", Notice, "192.168.10.2", "<133> Nov 29 2026 07:41:23 192.168.10.2 %Port-5: Port 7 link up "),
			we("2026-11-29T07:42:05Z", Info, "192.168.10.2", "<134> Nov 29 2026 07:42:05 192.168.10.2 %AAA-6: User admin logged in via HTTP from 192.168.10.77 "),
		},
	},
	{
		name:   "zyxel-gs1900-netbsd-syslogd-month-as-host",
		source: "the same ZyXEL GS1900 datagram as NetBSD's syslogd stores it (it takes the month for the host and `-` for the tag: `Mmm dd HH:mm:ss Mmm -: yyyy HH:mm:ss ip %Module-N: text `): drougge/zyxelsyslogd README (the stored line it shows)",
		why:    "the collector's time, then the month where the host should be and `-:` for a tag, then the rest of the switch's own header; the switch's address is the record's host; the level digit after `%Port-`",
		gap:    "the month NetBSD's syslogd put in the host field is taken for the host, not the switch's address after the inner `yyyy HH:mm:ss`, and the severity digit of `%Port-N:` after that inner header is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "192.168.10.2", "Nov 29 07:41:16 Nov -: 2026 07:41:16 192.168.10.2 %Port-7: Port 18 duplex is set to force Full "),
			we("2026-11-29T07:41:20Z", Warn, "192.168.10.2", "Nov 29 07:41:20 Nov -: 2026 07:41:20 192.168.10.2 %Port-4: Port 7 link down "),
			we("2026-11-29T07:41:23Z", Notice, "192.168.10.2", "Nov 29 07:41:23 Nov -: 2026 07:41:23 192.168.10.2 %Port-5: Port 7 link up "),
		},
	},
	{
		name:   "zyxel-gs1900-rsyslog-year-after-timestamp",
		source: "the same ZyXEL GS1900 datagram stored by rsyslog with pmrfc3164 detect.YearAfterTimestamp on (`Mmm dd HH:mm:ss ip %Module-N: text`): the option named in rsyslog/rsyslog issue #5148; the stored line from memory",
		why:    "a plain BSD line whose tag is `%Port-N:`: the level is the digit in the tag; the host is the switch's IP",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "192.168.10.2", "Nov 29 07:41:16 192.168.10.2 %Port-7: Port 18 duplex is set to force Full"),
			we("2026-11-29T07:41:20Z", Warn, "192.168.10.2", "Nov 29 07:41:20 192.168.10.2 %Port-4: Port 7 link down"),
			we("2026-11-29T07:42:05Z", Info, "192.168.10.2", "Nov 29 07:42:05 192.168.10.2 %AAA-6: User admin logged in via HTTP from 192.168.10.77"),
		},
	},
	{
		name:   "tplink-t1500g-raw-iso-datagram",
		source: "TP-Link JetStream T1500G-10PS switch, its datagram as a SIEM's raw file keeps it (`<PRI>yyyy-MM-dd HH:mm:ss host id text`): rsyslog/rsyslog issue #5148 (the rawmsg in its debug output)",
		why:    "a PRI glued to a zone-less ISO date with a blank; the switch's name after the time; a numeric log id before the text is no pid and no time; the level is the PRI's severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "jsw-core2", "<134>2026-11-29 07:41:16 jsw-core2 61209 Set log host 1, host IP:10.32.8.11, level:6, status:enabled by admin on web (10.32.8.11)."),
			we("2026-11-29T07:43:02Z", Warn, "jsw-core2", "<132>2026-11-29 07:43:02 jsw-core2 61214 Port 1/0/5 changed state to down."),
			we("2026-11-29T07:43:09Z", Notice, "jsw-core2", "<133>2026-11-29 07:43:09 jsw-core2 61215 Port 1/0/5 changed state to up."),
			we("2026-11-29T07:45:40Z", Error, "jsw-core2", "<131>2026-11-29 07:45:40 jsw-core2 61222 User admin failed to log in on web (10.32.8.90)."),
		},
	},
	{
		name:   "tplink-t1500g-rsyslog-split-iso-date",
		source: "the same TP-Link T1500G datagram stored by rsyslog's traditional file template (pmrfc3164 takes the date for the host and `HH:` for the tag: `Mmm dd HH:mm:ss yyyy-MM-dd HH: mm:ss host id text`): rsyslog/rsyslog issue #5148 (HOSTNAME '2023-05-30', syslogtag '12:', msg '49:51 sftsw1 …')",
		why:    "the collector's time, then the switch's date where the host should be and its time cut at the first colon; the switch's name after it is the record's host; no level (the PRI is gone)",
		gap:    "the switch's date that rsyslog put in the host field is taken for the host, not the switch's name after the split `yyyy-MM-dd HH: mm:ss`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "jsw-core2", "Nov 29 07:41:16 2026-11-29 07: 41:16 jsw-core2 61209 Set log host 1, host IP:10.32.8.11, level:6, status:enabled by admin on web (10.32.8.11)."),
			we("2026-11-29T07:43:02Z", Unknown, "jsw-core2", "Nov 29 07:43:02 2026-11-29 07: 43:02 jsw-core2 61214 Port 1/0/5 changed state to down."),
			we("2026-11-29T07:45:40Z", Unknown, "jsw-core2", "Nov 29 07:45:40 2026-11-29 07: 45:40 jsw-core2 61222 User admin failed to log in on web (10.32.8.90)."),
		},
	},
	{
		name:   "appliance-pri-only-raw-datagram",
		source: "a commercial appliance that sends only `<PRI>text` (no time, no host, no tag), as a SIEM's raw file keeps it: rsyslog/rsyslog issue #5098 (its input data)",
		why:    "a PRI and then the text: no time of its own (Time 0), no host; the level is the PRI's severity; the user in the text is no host",
		entries: []worldEntry{
			we("", Info, "", "<38>User logged into the appliance. User: mdelacroix."),
			we("", Info, "", "<30>Network link has gone down on interface 2."),
			we("", Warn, "", "<28>Disk usage on the appliance is above 90 percent."),
			we("", Info, "", "<6>The appliance is rebooting. Command issued by user: mdelacroix."),
		},
	},
	{
		name:   "appliance-pri-only-rsyslog-rfc5424-rewrite",
		source: "the same header-less appliance lines forwarded by rsyslog in RFC 5424 (rsyslog takes the first word for the host and the second for the app name: `<PRI>1 ISO-time word word - - -  rest`): rsyslog/rsyslog issue #5098 (its 'actual behavior' lines)",
		why:    "an RFC 5424 header the relay built: its time is the reception time; the 'host' and 'app' are the first two words of the text, so no host; the level is the PRI's",
		gap:    "the first word of the text that rsyslog put in the RFC 5424 HOSTNAME field is taken for the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:38.089271Z", Info, "", "<38>1 2026-11-29T07:41:38.089271+00:00 User logged - - -  into the appliance. User: mdelacroix."),
			we("2026-11-29T07:41:47.262415Z", Info, "", "<6>1 2026-11-29T07:41:47.262415+00:00 The appliance - - -  is rebooting. Command issued by user: mdelacroix."),
			we("2026-11-29T07:44:12.550102Z", Warn, "", "<28>1 2026-11-29T07:44:12.550102+00:00 Disk usage - - -  on the appliance is above 90 percent."),
		},
	},
	{
		name:   "appliance-pri-only-syslog-ng-sender-address",
		source: "the same header-less appliance lines stored by syslog-ng's default file template (reception time, the sender's address as the host, then the text): from memory (syslog-ng's fallback for a message with a PRI and no header)",
		why:    "a BSD line whose host is the sender's address the collector filled in; the first word of the text is no tag and no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:38Z", Unknown, "10.0.37.16", "Nov 29 07:41:38 10.0.37.16 User logged into the appliance. User: mdelacroix."),
			we("2026-11-29T07:41:47Z", Unknown, "10.0.37.16", "Nov 29 07:41:47 10.0.37.16 The appliance is rebooting. Command issued by user: mdelacroix."),
			we("2026-11-29T07:44:12Z", Unknown, "10.0.37.16", "Nov 29 07:44:12 10.0.37.16 Disk usage on the appliance is above 90 percent."),
		},
	},
}

func TestFresh583Formats(t *testing.T) { assertTable(t, fresh583Cases) }
func TestFresh583Score(t *testing.T) {
	checkScore(t, "fresh583 formats", fresh583Cases, [worldNumFields]float64{87.4, 99.9, 62.4, 99.9})
}
