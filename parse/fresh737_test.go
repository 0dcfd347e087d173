package parse

import "testing"

// The seven-hundred-and-thirty-seventh fresh table: cellular core networks and RAN software as people
// paste their output into issues, shapes no earlier table holds. Each family is one product's
// documented or observed output: UERANSIM 3.x's nr-gnb (spdlog's bracketed date, task and lower-case
// level); the older Java UERANSIM 1.x/2.x (`[LEVEL] [TAG]`, indented procedure lines, an NGAP PDU as
// JSON under its MESSAGING line); OpenAirInterface's 5G core AMF (spdlog with module names and a
// debug line carrying the multipart body it received); eUPF (Go's slashed date, then zerolog's
// three-letter level); OpenAirInterface's nr-softmodem on a terminal (untimed `[COMPONENT]` lines and
// the MAC's `Frame.Slot` statistics block); Open5GS on a terminal with its ANSI colours kept; free5GC
// v3.0's logrus text lines with the caller glued after the bracketed time; and srsRAN 4G's srsUE
// ue.log with a time of day only.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`open5gs`, `free5gc`, `srsran`, `srslte`, `srsenb`, `openairinterface`,
// `oai`, `nr-softmodem`, `magma`, `ueransim`, `kamailio`, `nr-gnb`, `nr-ue`, `[amf]`, `[smf]`,
// `[upf]`, `[mme]`, `[gmm]`, `[ngap]`, `[nas]`, `[RRC`, `[MAC`, `[PHY`, `<core>`, `osmo`, `DLGLOBAL`,
// `opensips`, `pyhss`, `freediameter`, `[diam]`, `[INFO][AMF]`, `[AMF]`, `sctp`, `gNB`, `eNB`, `IMSI`,
// `SUPI`, `yate`, `asterisk`, `osmo-bts`, `pfcp`, `open-ims`, `sigtran`, `nfvi`, `omec`, `eupf`,
// `mmed`, `[GNB`, `magmad`, `ue_ip`, `nrf`, `srsepc`, `srsue`, `ngap`, `pcscf`, `sbi`, `[nas] [`,
// `[rrc] [`, `[sctp] [`, `[ngap] [`, `[amf_app]`, `[amf_n2]`, `oai-cn5g`, `[NGAP]   I`, `[NR_MAC]`,
// `[NR_PHY]`, `mdclog`, `"crit":`, `ric`, `xapp`, `sd-core`, `aether`, `[sbi]`, `epc.log`, `[MME`,
// `[S1AP`, `[GTPU`, `nr-uesoftmodem`, `lte-softmodem`, `[GNB_APP]`, `[HW]`, `flexric`, `[E2AP`,
// `e2term`, `ims_`, `cscf`, `hss`, `[UE]`, `nr-cli`, `[info]`, `[warning]`, `srscu`, `gtp5g`, `upf`,
// `osmo-`, `openbts`, `[app] [`, `INFO[20`, `DEBU[20`, `=Util`, `\x1b[32m`, `\033[32m`,
// `[1;32mINFO`, `INF Got`, ` DBG Sent`, `edgecom`, `[FUNC_IN]`, `[PROCEDURE_RESULT]`, `[CONNECTION]`,
// `Frame.Slot`, `dlsch_rounds`, `[amf_server]`, `multipart`, `[MAC    ]`, `[MAC-NR ]`, `[PHY_LIB]`,
// `UERANSIM v`, `RLF detected`, `[RLC]`, `ue.log`, `libogscore`). UERANSIM, OAI's 5G core, eUPF and
// the old Java UERANSIM are in no table (`ueransim` matches only a source string of fresh196's);
// `INFO[20` matches other products' logrus lines, none with the caller glued after the bracket;
// `\x1b[32m` other products' coloured lines, none Open5GS's; `[CONNECTION]` other products. fresh196
// holds free5GC's current nested-formatter lines, Open5GS through the journal and its file log with a
// hex dump, the srsRAN Project gNB's log and console, Magma's mme.log and AGW syslog, Kamailio with a
// log_prefix and osmo-hlr; fresh30 holds Open5GS's plain file log and srsRAN 4G's enb.log with a full
// date; fresh44 Kamailio's stderr, freeDiameter and Osmocom; fresh2, fresh187 and fresh274 Kamailio's
// syslog, JSON and sipdump lines; those outputs are left out as measured already. OpenAirInterface's
// nr-softmodem was written for fresh196 with level letters (`[NGAP]   I …`) and taken out there; here
// it is the untimed console without letters that current pastes show. Left out as not confirmed by
// any search: PyHSS's log, the O-RAN SC RIC's mdclog JSON and SD-Core's zap console lines; Magma and
// Kamailio IMS have no output left that no table holds and a search settled. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). UERANSIM's, OAI's AMF's and eUPF's stamps have no zone and are read as UTC;
// Open5GS's month/day has no year (2026); srsUE's ue.log has a time of day only, on the clock's day;
// free5GC's logrus time carries its offset (+01:00, converted); OAI's nr-softmodem console has no time
// at all (Time 0). Levels only where the line marks one: spdlog's lower-case word in the third bracket
// (debug info warning error), the Java UERANSIM's upper-case word in the first bracket (its
// `[FUNC_IN]` lines carry none), zerolog's DBG INF WRN ERR, Open5GS's INFO WARNING ERROR between
// colour escapes, logrus's INFO DEBU WARN ERRO, srsRAN's letters D I W E; OAI's console lines carry
// none. No family has a host field: task, module and component names (sctp, amf_n2, NR_MAC), the
// simulated `[gnb-1]`, PFCP peers, RNTIs and free5GC's `AMF=Util` fields are no hosts. A record that
// spans lines is one entry: the Java UERANSIM's NGAP PDU as JSON under its MESSAGING line, the OAI
// AMF's multipart body under `Message content` (blank lines included), OAI's MAC statistics block under
// `Frame.Slot`. UERANSIM's `UERANSIM v3.2.7` line is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory (only Open5GS's
// colour for ERROR and eUPF's WRN and ERR abbreviations are from memory, so said in their sources).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 96.1 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 95.7 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the Java UERANSIM's JSON PDU, cut where an indented line opens
// with a brace and at its closing braces, and OAI nr-softmodem's MAC statistics lines, each read as a
// record of its own instead of joined to their `Frame.Slot` line.

var fresh737Cases = []worldCase{
	{
		name:   "ueransim-nr-gnb-spdlog",
		source: "UERANSIM 3.x nr-gnb on a terminal (its spdlog pattern `[yyyy-MM-dd HH:mm:ss.SSS] [task] [level] msg`, the `UERANSIM vX` line first; levels debug info warning error): aligungr/UERANSIM issues #554 and #420, free5gc/free5gc-compose issue #27, herlesupreeth/docker_open5gs issue #344",
		why:    "a zone-less bracketed date (UTC by the rules); the task name in brackets (sctp, ngap, rrc) is no host and no level; the lower-case level word in the third bracket",
		entries: []worldEntry{
			wskip("UERANSIM v3.2.7"),
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16.204] [sctp] [info] Trying to establish SCTP connection... (10.45.0.5:38412)"),
			we("2026-11-29T07:41:16.209Z", Info, "", "[2026-11-29 07:41:16.209] [sctp] [info] SCTP connection established (10.45.0.5:38412)"),
			we("2026-11-29T07:41:16.209Z", Debug, "", "[2026-11-29 07:41:16.209] [sctp] [debug] SCTP association setup ascId[3]"),
			we("2026-11-29T07:41:16.210Z", Debug, "", "[2026-11-29 07:41:16.210] [ngap] [debug] Sending NG Setup Request"),
			we("2026-11-29T07:41:16.231Z", Error, "", "[2026-11-29 07:41:16.231] [ngap] [error] NG Setup procedure is failed. Cause: misc/unknown-PLMN"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "[2026-11-29 07:41:19.877] [sctp] [warning] Unhandled SCTP notification received"),
		},
	},
	{
		name:   "ueransim-legacy-java-console-json",
		source: "UERANSIM 1.x/2.x (the Java simulator, ueransim-*.jar and run.sh): `[yyyy-MM-dd HH:mm:ss.SSS] [LEVEL] [TAG] msg`, the procedure lines indented after the time, `[FUNC_IN] Starting: …` with no level, and a MESSAGING line followed by the NGAP PDU as indented JSON: aligungr/UERANSIM issue #59, open5gs/open5gs issue #678",
		why:    "the level word in the first bracket after the time, sometimes after blanks; `[gnb-1]` is the simulated gNB, no host; the JSON under a MESSAGING line belongs to it; `FUNC_IN` is no level",
		gap:    "the JSON PDU under a MESSAGING line is cut: the indented line that opens with a brace (`    {\"id\": 82, …}`) and the closing `}}}` each start a record of their own instead of staying with the MESSAGING record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "[2026-11-29 07:41:16.204] [DEBUG] [SYSTEM] GnbSimContext has started: 5b1e0c77-2f3a-4d1e-9c6b-7a0d4e81f2c3"),
			we("2026-11-29T07:41:16.210Z", Info, "", "[2026-11-29 07:41:16.210] [INFO] [CONNECTION] [gnb-1] Trying to establish SCTP connection... (10.45.0.5:38412)"),
			we("2026-11-29T07:41:16.233Z", Info, "", "[2026-11-29 07:41:16.233] [INFO] [CONNECTION] [gnb-1] SCTP connection established"),
			we("2026-11-29T07:41:16.240Z", Unknown, "", "[2026-11-29 07:41:16.240] [FUNC_IN] Starting: NGSetupRequest"),
			we("2026-11-29T07:41:16.241Z", Info, "", "[2026-11-29 07:41:16.241]   [INFO] [PROCEDURE_RESULT] NGSetup procedure is starting"),
			we("2026-11-29T07:41:16.252Z", Debug, "",
				`[2026-11-29 07:41:16.252]   [DEBUG] [MESSAGING] {"NGAP-PDU": {"initiatingMessage": {`,
				`  "procedureCode": 21,`,
				`  "criticality": "reject",`,
				`  "value": {"NGSetupRequest": {"protocolIEs": {"NGSetupRequestIEs": [`,
				`    {"id": 82, "criticality": "ignore", "value": {"RANNodeName": "lab-gnb-7"}}`,
				`  ]}}}`,
				`}}}`),
			we("2026-11-29T07:46:59.951Z", Error, "", "[2026-11-29 07:46:59.951] [ERROR] [CONNECTION] [gnb-1] SCTP connection could not established: Connection time out."),
		},
	},
	{
		name:   "oai-cn5g-amf-spdlog-multipart-body",
		source: "OpenAirInterface 5G core's AMF (oai-cn5g-amf, its spdlog sink `[yyyy-MM-dd HH:mm:ss.SSS] [module] [level] msg` with modules amf_app, amf_server, amf_n2, amf_sbi; a debug `Message content` line followed by the multipart body it received): edgecomllc/eupf issue #471 (a pasted AMF log)",
		why:    "a zone-less bracketed date; the module name is no host; the level word in the third bracket; the multipart body (boundaries, headers, a blank line, JSON) is one record with the line above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16.204] [amf_app] [info] Registered with NRF, NF instance 7c2a41e0-93b5-4f6d-8e1a-2d9b0c4f6a11"),
			we("2026-11-29T07:41:17.112Z", Debug, "",
				"[2026-11-29 07:41:17.112] [amf_server] [debug] Message content",
				" ------Boundary",
				"Content-Type: application/json",
				"",
				"{",
				`        "pduSessionId": 1,`,
				`        "n2InfoContainer": {"n2InformationClass": "SM"}`,
				"}",
				"------Boundary",
				"Content-Type: application/vnd.3gpp.ngap",
				"Content-Id: n2msg",
				"",
				"------Boundary--"),
			we("2026-11-29T07:41:17.113Z", Info, "", "[2026-11-29 07:41:17.113] [amf_server] [info] ue_context_id imsi-001010000004120"),
			we("2026-11-29T07:41:17.113Z", Debug, "", "[2026-11-29 07:41:17.113] [amf_app] [debug] Parsing the message with the Simple Parser"),
			we("2026-11-29T07:41:18.020Z", Warn, "", "[2026-11-29 07:41:18.020] [amf_n2] [warning] No UE NGAP context with amf_ue_ngap_id (12)"),
			we("2026-11-29T07:41:19.500Z", Error, "", "[2026-11-29 07:41:19.500] [amf_sbi] [error] Could not get response from SMF (http://10.45.0.6:8080), error code 503"),
		},
	},
	{
		name:   "eupf-go-log-three-letter-level",
		source: "eUPF (edgecomllc/eupf, the eBPF UPF) on stdout: Go's log date and time `yyyy/MM/dd HH:mm:ss`, then zerolog's console level in three letters (DBG INF WRN ERR), then the message: edgecomllc/eupf PR #497 and issue #78 (pasted logs); WRN and ERR from zerolog's ConsoleWriter abbreviations",
		why:    "a slashed zone-less date with no fraction (UTC); the three-letter level after the time; a PFCP peer address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026/11/29 07:41:16 INF Attached XDP program to iface "eth0" (index 4)`),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INF Starting PFCP connection: :8805 with Node ID: 10.45.0.8 and N3 address: 10.45.0.8"),
			we("2026-11-29T07:41:21Z", Debug, "", "2026/11/29 07:41:21 DBG Received 47 bytes from 10.45.0.4:8805"),
			we("2026-11-29T07:41:21Z", Info, "", "2026/11/29 07:41:21 INF Got Association Setup Request from: 10.45.0.4."),
			we("2026-11-29T07:41:40Z", Warn, "", "2026/11/29 07:41:40 WRN Heartbeat Response from 10.45.0.4 not received, retry 2 of 3"),
			we("2026-11-29T07:42:05Z", Error, "", "2026/11/29 07:42:05 ERR Rejecting Session Establishment Request from: 10.45.0.4 (no association)"),
		},
	},
	{
		name:   "oai-nr-softmodem-console-untimed",
		source: "OpenAirInterface nr-softmodem on a terminal with the default log options (no time, `[COMPONENT]` then three blanks and the message, no level letter; the MAC's periodic statistics as one `Frame.Slot` record with its `UE RNTI …`/`UE xxxx: …` lines under it): srsran/srsRAN_Project issue #1099 and asset-group/5ghoul-5g-nr-attacks issue #23 (pasted consoles), OAI's doc/MAC/mac-usage.md as quoted in duranta-project/openairinterface5g PRs #347 and #368",
		why:    "no time and no level on any line; a component in brackets is no host; the statistics block is one record; an RNTI or a UE id is no host",
		gap:    "the MAC statistics lines under `[NR_MAC]   Frame.Slot 512.0` (`UE RNTI …`, `UE 4a1c: dlsch_rounds …`, `UE 4a1c: LCID …`) are not joined to it: in this untimed log each is read as a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "[GNB_APP]   Getting GNBSParams"),
			we("", Unknown, "", "[NGAP]   Send NGSetupRequest to AMF"),
			we("", Unknown, "", "[NR_MAC]   UE 4a1c Generate msg4: feedback at  412. 7, payload 225 bytes, next state WAIT_Msg4_ACK"),
			we("", Unknown, "",
				"[NR_MAC]   Frame.Slot 512.0",
				"UE RNTI 4a1c CU-UE-ID 1 in-sync PH 31 dB PCMAX 20 dBm, average RSRP -82 (16 meas)",
				"UE 4a1c: dlsch_rounds 1204/31/4/0, dlsch_errors 0, pucch0_DTX 12, BLER 0.02114 MCS (0) 27",
				"UE 4a1c: ulsch_rounds 880/40/9/2, ulsch_errors 2, ulsch_DTX 5, BLER 0.04410 MCS (0) 18 (Qm 6 deltaMCS 0 dB) NPRB 12  SNR 24.5 dB",
				"UE 4a1c: LCID 1: TX            412 RX           1830 bytes",
				"UE 4a1c: LCID 4: TX       18233410 RX         904122 bytes"),
			we("", Unknown, "", "[RLC]   UE 4a1c: RLF detected, but no callable RLF handler registered"),
			we("", Unknown, "", "[NR_MAC]   UE 4a1c: Detected UL Failure on PUSCH after 10 PUSCH DTX, stopping scheduling"),
		},
	},
	{
		name:   "open5gs-console-ansi-colours",
		source: "Open5GS daemons on a terminal (or `docker logs`) with their colours kept: the same `MM/dd HH:mm:ss.SSS: [domain] LEVEL: msg (file:line)` with ANSI escapes around the time (green), the domain (yellow) and the level word (INFO bold green, WARNING bold cyan): open5gs/open5gs issue #1559 (a pasted coloured AMF log); ERROR's colour (bold red) from memory",
		why:    "colour escapes around every field: the month/day date without a year (2026) and the level word sit between escapes; the domain is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "\x1b[32m11/29 07:41:16.204\x1b[0m: [\x1b[33mamf\x1b[0m] \x1b[1;32mINFO\x1b[0m: InitialUEMessage (../src/amf/ngap-handler.c:437)"),
			we("2026-11-29T07:41:16.205Z", Info, "", "\x1b[32m11/29 07:41:16.205\x1b[0m: [\x1b[33mamf\x1b[0m] \x1b[1;32mINFO\x1b[0m: [Added] Number of gNB-UEs is now 1 (../src/amf/context.c:2785)"),
			we("2026-11-29T07:41:16.206Z", Info, "", "\x1b[32m11/29 07:41:16.206\x1b[0m: [\x1b[33mgmm\x1b[0m] \x1b[1;32mINFO\x1b[0m: Registration request (../src/amf/gmm-sm.c:135)"),
			we("2026-11-29T07:41:16.221Z", Warn, "", "\x1b[32m11/29 07:41:16.221\x1b[0m: [\x1b[33mnas\x1b[0m] \x1b[1;36mWARNING\x1b[0m: Spec warning : bcd[16] = 0x0, 0x30 (../lib/nas/common/conv.c:48)"),
			we("2026-11-29T07:41:26.230Z", Error, "", "\x1b[32m11/29 07:41:26.230\x1b[0m: [\x1b[33mamf\x1b[0m] \x1b[1;31mERROR\x1b[0m: [imsi-001010000004120] No SMF Instance (../src/amf/nsmf-handler.c:452)"),
		},
	},
	{
		name:   "free5gc-v3-logrus-caller-fields",
		source: "free5GC v3.0.0-v3.0.4 network functions (logrus's text formatter with the full timestamp and the report caller glued after the bracket: `LEVL[RFC 3339 time]/path/file.go:line pkg.Func() msg  NF=Category`, levels INFO DEBU WARN ERRO): free5gc/free5gc issues #56 and #32 (pasted NRF and AMF logs)",
		why:    "the four-letter level glued to a bracketed time with its offset (+01:00); the caller path and function follow the bracket with no blank; `AMF=Util` at the end is a field, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T08:41:16+01:00]/home/lab/free5gc/src/amf/amf_util/initContext.go:14 free5gc/src/amf/amf_util.InitAmfContext() amfconfig Info: Version[1.0.0] Description[AMF initial local configuration]  AMF=Util"),
			we("2026-11-29T07:41:16Z", Debug, "", "DEBU[2026-11-29T08:41:16+01:00]/home/lab/free5gc/lib/ngap/ngapSctp/sctp.go:62 free5gc/lib/ngap/ngapSctp.Server() Resolved address '10.45.0.5' to 10.45.0.5  NGAP=NGAP"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T08:41:16+01:00]/home/lab/free5gc/lib/ngap/ngapSctp/sctp.go:80 free5gc/lib/ngap/ngapSctp.Server() Listen on 10.45.0.5:38412                   NGAP=NGAP"),
			we("2026-11-29T07:41:49Z", Warn, "", "WARN[2026-11-29T08:41:49+01:00]/home/lab/free5gc/src/amf/gmm/handler.go:1804 free5gc/src/amf/gmm.HandleAuthenticationFailure() Authentication Failure Cause: Synch Failure  GMM=Handler"),
			we("2026-11-29T07:41:50Z", Error, "", "ERRO[2026-11-29T08:41:50+01:00]/home/lab/free5gc/src/amf/consumer/sm_context.go:210 free5gc/src/amf/consumer.SendCreateSmContextRequest() Post http://10.45.0.6:29502/nsmf-pdusession/v1/sm-contexts: dial tcp 10.45.0.6:29502: connect: connection refused  AMF=Consumer"),
		},
	},
	{
		name:   "srsran-4g-srsue-log-time-of-day",
		source: "srsRAN 4G 21.x srsUE's log file (ue.log with `HH:mm:ss.uuuuuu [LAYER  ] [L] [ tti] msg`: a time of day only, the layer padded in brackets, one level letter D I W E, the TTI in brackets on PHY/MAC lines): srsran/srsRAN_4G issue #735 (a pasted ue.log)",
		why:    "a time of day with microseconds and no date (the clock's day); the one-letter level in the second bracket; the TTI is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.700020Z", Debug, "", "07:41:16.700020 [MAC    ] [D] [ 1447] RA:    INIT:   rar_window_start=-1, rar_window_length=-1"),
			we("2026-11-29T07:41:16.700043Z", Debug, "", "07:41:16.700043 [NAS    ] [D] Attempting to select PLMN"),
			we("2026-11-29T07:41:16.700152Z", Info, "", "07:41:16.700152 [PHY_LIB] [I] [ 1447]  SYNC FIND: sf_idx=0, ret=0, peak_pos=960, peak_value=1.34, mean_cp_cfo=-0.38, mean_pss_cfo=0.00, total_cfo_khz=-5.7"),
			we("2026-11-29T07:41:16.700155Z", Info, "", "07:41:16.700155 [PHY    ] [I] [    0] SYNC:  Waiting for PSS while trying to decode MIB (21/100)"),
			we("2026-11-29T07:41:18.102331Z", Warn, "", "07:41:18.102331 [RRC    ] [W] Cell selection criteria not satisfied, rsrp=-121.4 dBm"),
			we("2026-11-29T07:41:19.004112Z", Error, "", "07:41:19.004112 [NAS    ] [E] Could not attach: timeout waiting for Attach Accept"),
		},
	},
}

func TestFresh737Formats(t *testing.T) { assertTable(t, fresh737Cases) }
func TestFresh737Score(t *testing.T) {
	checkScore(t, "fresh737 formats", fresh737Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 96.0})
}
