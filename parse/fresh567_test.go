package parse

import "testing"

// The five-hundred-and-sixty-seventh fresh table: syslog test vectors, a thirty-first pass. Syslog
// lines as appliances and services really send them and receivers store them, in header corners no
// earlier table holds (a BSD header around a whole JSON document or a Ruby hash carrying the same
// moment in epoch milliseconds, a PRI glued to an ISO time with two blanks and no host after it, the
// facility and severity spelled out between the date and the host, an IP address as the host with a
// bare two-letter tag, a colon glued to the BSD time with no host at all, RFC 5424 with the printer's
// name in APP-NAME and NIL PROCID and SD, RFC 5424 with long glued SD elements carrying escaped JSON
// and a time of their own). Each family is one product's documented or tested output: GitHub
// Enterprise Server's `github_audit` entries as JSON behind `<190>` and, in the older form, as a
// Ruby hash in a stored file; LiveAction LiveNX's QoS alerts; Cisco Meeting Server's `authp` lines;
// HPE BladeSystem Onboard Administrator's `OA:` lines; Dell OpenManage Enterprise's forwarded EEMI
// events; a Ricoh MFP's RFC 5424 `RICOH_MFPLP_ACCESS` records; Redborder NDR's incident messages.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`github_audit`, `:created_at=>`, `github enterprise`,
// `github-enterprise`, `ghe-`, `babeld`, `liveaction`, `livenx`, `%LIVEACTION`, `Device=`,
// `cisco meeting`, `meeting server`, `authp`, `callbridge`, `cms20`, `user.info cms`, `user.info`,
// `Onboard Administrator`, ` OA: `, `EEMI`, `{ HostName }`, `{ Severity }`,
// `openmanage enterprise`, `RICOH_MFPLP`, `MFPLP`, `ricoh`, `redborder`, `redborder-ndr`,
// `incident-create`, `incident-basic-info`, and the candidates dropped as measured already or not
// confirmed: `go-syslog`, `syslog_loose`, `syslog-rfc5424-parser`, `syslog-java-client`,
// `SyslogCodecTest`, `graylog`, `telegraf`, `promtail`, `syslogreceiver`, `otel`, `sc4s`, `nifi`,
// `ParseSyslog`, `benthos`, `junos@2636`, `rfc5424micro`, `--octet-count`, `octet`, `in_syslog`,
// `fluentd`, `logback`, `NLog`, `serilog`, `slog-syslog`, `Originator@6876`, `[ID `, `kmsg`,
// `6,339,`, `ASL`, `haproxy`, `nginx: `, `meta sequenceId`, `timeQuality`, `tzKnown`,
// `exampleSDID@32473`, `iut=`, `SyslogNG`, `Syslog::Logger`, `erlang`, `rsyslog-windows`,
// `datagram`, `winlogbeat`, `filebeat`, `syslog_pri`, `mymachine`, `su: 'su root'`, `evntslog`,
// `loki`, `journald`, `vmkernel`, `hostd`, `bzorp`, `PTHREAD support`, `syslog-ng test`,
// `msgparse`, `cisco-parser`, `LIBTEST`, `ietf-syslog`, `parse_syslog`, `rfc5425`, `rfc6587`,
// `rfc3195`, `fluent-bit`, `syslog-rfc3164`, `syslog-rfc5424`, `parser_syslog`, `vector`,
// `logstash`, `grok`, `SYSLOGBASE`, `SYSLOG5424LINE`, `CISCOTIMESTAMP`, `apprise`, `stanza`,
// `dynatrace`, `syslogtest`, `observiq`, `bindplane`, `Syslog test program`, `vpp`, `netbox`,
// `librenms`, `cribl`, `mezmo`, `datadog`, `sumo`, `coralogix`, `humio`, `logscale`, `signoz`,
// `openobserve`, `quickwit`, `victorialogs`, `greptime`, `hyperdx`, `uptrace`, `incydr`, `code42`,
// `fhem`, `Log2Syslog`, `sysco`, `multiotp`, `barnyard`, `momentum`, `ecelerity`, `arangodb`,
// `audit.output`, `linelog`, `pexip`, `Level="INFO"`, `thales`, `ciphertrust`, `keysecure`,
// `luna`, `%UC_`, `%CCM_`, `CallManager`, `vocera`, `koozali`, `smeserver`, `hnas`, `storwize`,
// `IBM_2145`, `seagate`, `racadm`, `iDRAC`, `USR0030`, `semperis`, `sailpoint`, `saviynt`,
// `zimperium`, `lookout`, `paessler`, `tetration`, `hyperflex`, `hx-device-connector`,
// `hx-audit-rest`, `hx-ssl-access`, `PERFORMANCE TRACE`, `cohesity`, `commvault`, `alsid`,
// `aviatrix`, `layer7`, `sslva`, `tvcs`, `ucshx`, `avamar`, `powerstore`, `powerswitch`,
// `openmanage`, `jetdirect`, `storagegrid`, `arbor`, `wallix`, `xypro`, `varonis`, `secureauth`,
// and some two hundred network vendors' and daemons' names (`zyxel`, `draytek`, `omada`, `ruckus`,
// `vyos`, `opnsense`, `teltonika`, `huawei`, `h3c`, `mikrotik`, `keepalived`, `corosync`, `chronyd`,
// `ptp4l`, `gpsd`, `nextcloud`, `drupal`, `roundcube`, `opensmtpd`, `adguard`, `bitcoind`, …),
// all in earlier tables but `velos`, `powertop`, `openipmi`, `buildkitd`, `initctl`, `aegisbpf`,
// `airlock` and `admin by request`, not looked up further). None of GitHub Enterprise Server's
// audit log, LiveNX, Cisco Meeting Server, the Onboard Administrator, OpenManage Enterprise's EEMI
// forwarding, Ricoh's RFC 5424 LP log or Redborder NDR is in any table (`authp` matches only
// `authpriv`, `authpf` and `authproxy`; `user.info` other products' lines, and a facility word
// before the host only other relays' lines (formats_test, fresh10, fresh77, rules_test); `Device=`
// other products' key=value lines; `cisco meeting` and `meeting server` only Cisco Meeting
// Management and fresh472's note that Cisco Meeting Server was not confirmed; `EEMI` and
// `openmanage enterprise` only fresh292's grep list; `ricoh` only the Ricoh MFP's PRI-only datagrams
// of fresh116 and fresh174, a different output). Left out as measured already: Cisco Secure Workload
// (Tetration), Cisco HyperFlex (fresh61), Cohesity, Commvault, the syslog libraries, relays and
// collectors every earlier pass names (rsyslog, syslog-ng, Fluent Bit, Vector, Logstash, NiFi,
// Telegraf, Promtail, the OpenTelemetry receiver, Graylog). Left out as not confirmed by any
// search: Pexip Infinity's syslog, Thales CipherTrust's, multiOTP's, Semperis DSP's and Zimperium's,
// and Incydr's CLI output. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BSD dates have no year (2026) and no zone (UTC); GitHub's created_at and
// @timestamp are the same moment in epoch milliseconds, so the header's second and the epoch's
// millisecond are both accepted; LiveNX's +00:00 and Redborder's Z are UTC; Ricoh's -08:00 is
// converted. Redborder's intrusion-event `timestamp` is when the detection happened, not the
// record's time. Levels only where the line marks one: the PRI's severity (190 and 134 info, 132
// warning, 14 info, 12 warning, 11 err, 141 notice, 38 info); Cisco Meeting Server's `user.info`
// word agrees with its PRI; OpenManage's `{ Severity }` is the managed device's event severity and
// no level; the stored Ruby-hash file has no PRI and no level. The host is the record's own host
// field: GitHub's appliance name, Cisco Meeting Server's word after the facility word, the Onboard
// Administrator's IP address, Ricoh's HOSTNAME (not the printer in APP-NAME), Redborder's HOSTNAME
// (not its sensor or an observable's hostname); LiveNX and OpenManage send no host field, and the
// `Device=` and `{ HostName }` they name inside the message are the devices the alert is about, no
// hosts. Every record here is one line.
//
// The shapes come from Splunk Connect for Syslog's test vectors and vendor pages (each named in
// source), GitHub's own audit-logging page and Redborder's syslog documentation, read with the
// search tool (corpora "code" and "docs"); where a detail was not confirmed the source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit dc51325 before any rule for it: level 100.0 %, time 100.0 %,
// host 87.5 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 100.0 %, host
// 90.0 %, records 100.0 %), in a worktree at dc51325 with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the gap is OpenManage Enterprise's colon
// glued to the BSD time with no host after it, where trawl takes the message's first word, `EEMI`,
// for the host.

var fresh567Cases = []worldCase{
	{
		name:   "github-enterprise-audit-json-bsd",
		source: "GitHub Enterprise Server's audit log forwarded to a syslog server (`<190>Mmm dd HH:mm:ss host github_audit: {json}`, the JSON carrying `created_at` and `@timestamp` in epoch milliseconds): splunk/splunk-connect-for-syslog tests/test_github.py (testdata_github_ent) and docs/sources/vendor/GitHub/index.md",
		why:    "a BSD header with the appliance's host, then a whole JSON document; created_at and @timestamp are the same moment in epoch milliseconds, so either is accepted; the JSON's actor_ip and url hosts are no host; PRI 190 is local7.info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Info, "ghe-prod-01", `<190>Nov 29 07:41:16 ghe-prod-01 github_audit: {"actor_ip":"10.20.4.17","from":"sessions#create","actor":"mhalvorsen","actor_id":41,"user":"mhalvorsen","user_id":41,"action":"user.login","created_at":1795938076204,"data":{"user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0","method":"POST","request_id":"7c1e2a90-4b3d-4f0e-9a61-2d5c8e7f1b03","server_id":"3f9d2c41-8e7a-4b6c-a1d0-5e2f7c9b8a16","request_category":"other","controller_action":"create","url":"https://git.harbourline.example/session","_document_id":"Qm4xT2pLc0ZyVmd3YkE1","@timestamp":1795938076204,"operation_type":"authentication","category_type":"Authentication"}}`),
			we("2026-11-29T07:43:52Z|2026-11-29T07:43:52.618Z", Info, "ghe-prod-01", `<190>Nov 29 07:43:52 ghe-prod-01 github_audit: {"actor_ip":"10.20.4.17","from":"repositories#create","actor":"mhalvorsen","actor_id":41,"org":"harbour-infra","org_id":7,"action":"repo.create","created_at":1795938232618,"data":{"method":"POST","request_id":"1b8f5d26-0c7e-4a3b-b9d4-6e2a1f0c7d58","controller_action":"create","url":"https://git.harbourline.example/organizations/harbour-infra/repositories","repo":"harbour-infra/tide-tables","repo_id":1184,"visibility":"internal","_document_id":"ZHc3Rk1wQ2tOeVh1cjhq","@timestamp":1795938232618,"operation_type":"create","category_type":"Resource Management"}}`),
			we("2026-11-29T07:44:05Z|2026-11-29T07:44:05.031Z", Info, "ghe-prod-01", `<190>Nov 29 07:44:05 ghe-prod-01 github_audit: {"actor_ip":"10.20.9.3","from":"oauth_tokens#create","actor":"ci-bot","actor_id":58,"user":"ci-bot","user_id":58,"action":"oauth_access.create","created_at":1795938245031,"data":{"method":"POST","request_id":"e40a7c19-5d2b-4e86-8f3a-9c1d0b6e2a74","url":"https://git.harbourline.example/settings/tokens","application_name":"release-runner","scopes":["repo","workflow"],"token_last_eight":"Q7vX2mPk","_document_id":"bjJLcFd4VGhZc0FxM2Vr","@timestamp":1795938245031,"operation_type":"create","category_type":"Other"}}`),
			we("2026-11-29T07:47:39Z|2026-11-29T07:47:39.770Z", Info, "ghe-prod-01", `<190>Nov 29 07:47:39 ghe-prod-01 github_audit: {"actor_ip":"10.20.4.22","from":"pull_request_review_events#create","actor":"tsolberg","actor_id":63,"org_id":7,"action":"pull_request_review.submit","created_at":1795938459770,"data":{"method":"PUT","url":"https://git.harbourline.example/harbour-infra/tide-tables/pull/12/reviews","spammy":false,"pull_request_id":12,"body":"Looks good, merge after the freeze.","allowed":true,"review_id":31,"_document_id":"Y0t2Tm1xV3pSdEY4YWxw","@timestamp":1795938459770,"operation_type":"modify","category_type":"Resource Management"}}`),
		},
	},
	{
		name:   "github-enterprise-audit-ruby-hash-file",
		source: "GitHub Enterprise Server's audit entries in the older Ruby-hash form, as a syslog receiver stores them with no PRI (`Mmm dd HH:mm:ss host github_audit: {:created_at=>epoch-ms, :actor_ip=>\"…\", …}`): github/docs content/admin/user-management/audit-logging.md (its example entry)",
		why:    "a BSD header with no PRI, then a Ruby hash with `=>`; :created_at is the same moment in epoch milliseconds, either is accepted; no level; :actor_ip is a client, no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z|2026-11-29T08:02:11.415Z", Unknown, "ghe-legacy", `Nov 29 08:02:11 ghe-legacy github_audit: {:created_at=>1795939331415, :actor_ip=>"10.20.6.41", :data=>{}, :user=>"ivarsen", :repo=>"ivarsen/buoy-firmware", :actor=>"ivarsen", :actor_id=>19, :user_id=>19, :action=>"repo.create", :repo_id=>402, :from=>"repositories#create"}`),
			we("2026-11-29T08:02:12Z|2026-11-29T08:02:12.009Z", Unknown, "ghe-legacy", `Nov 29 08:02:12 ghe-legacy github_audit: {:created_at=>1795939332009, :actor_ip=>"10.20.6.41", :data=>{:public_key_id=>88}, :user=>"ivarsen", :actor=>"ivarsen", :actor_id=>19, :user_id=>19, :action=>"public_key.create", :from=>"public_keys#create"}`),
			we("2026-11-29T08:05:47Z|2026-11-29T08:05:47.352Z", Unknown, "ghe-legacy", `Nov 29 08:05:47 ghe-legacy github_audit: {:created_at=>1795939547352, :actor_ip=>"10.20.6.77", :data=>{:team=>"firmware"}, :user=>"kdahl", :org=>"harbour-devices", :actor=>"ivarsen", :actor_id=>19, :user_id=>24, :action=>"team.add_member", :org_id=>3, :from=>"orgs/teams#add_member"}`),
			we("2026-11-29T08:11:30Z|2026-11-29T08:11:30.880Z", Unknown, "ghe-legacy", `Nov 29 08:11:30 ghe-legacy github_audit: {:created_at=>1795939890880, :actor_ip=>"10.20.6.41", :data=>{}, :user=>"ivarsen", :repo=>"ivarsen/buoy-firmware", :actor=>"ivarsen", :actor_id=>19, :user_id=>19, :action=>"repo.destroy", :repo_id=>402, :from=>"repositories#destroy"}`),
		},
	},
	{
		name:   "liveaction-livenx-pri-iso-no-host",
		source: "LiveAction LiveNX's alerts to a syslog server (`<132>yyyy-MM-ddTHH:mm:ss+00:00  %LIVEACTION: Device=… Class=…, Interface Direction=…, … Policy=…, Tag(s)=…`: a PRI glued to an ISO time, two blanks where the host would stand, no host): splunk/splunk-connect-for-syslog tests/test_liveaction_livenx.py and docs/sources/vendor/Liveaction/liveaction_livenx.md",
		why:    "no host field at all, two blanks after the time; `Device=` names the router the alert is about, inside the message, no host; PRI 132 is local0.warning; the bit rates are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "<132>2026-11-29T07:41:16+00:00  %LIVEACTION: Device=rtr-edge-03 Class=Queue0, Interface Direction=Output, Initial BitRate=0.00 Kbps, Latest BitRate=0.00 Kbps, Configured Threshold=0.00 Kbps, Policy=WAN_QOS_OUT, Tag(s)=vpn0"),
			we("2026-11-29T07:46:02Z", Warn, "", "<132>2026-11-29T07:46:02+00:00  %LIVEACTION: Device=rtr-edge-03 Class=VOICE, Interface Direction=Output, Initial BitRate=412.50 Kbps, Latest BitRate=1893.25 Kbps, Configured Threshold=1500.00 Kbps, Policy=WAN_QOS_OUT, Tag(s)=vpn0"),
			we("2026-11-29T07:52:40Z", Warn, "", "<132>2026-11-29T07:52:40+00:00  %LIVEACTION: Device=sw-core-b Class=class-default, Interface Direction=Input, Initial BitRate=88.10 Kbps, Latest BitRate=9120.00 Kbps, Configured Threshold=8000.00 Kbps, Policy=CAMPUS_IN, Tag(s)=vpn10"),
			we("2026-11-29T08:03:15Z", Warn, "", "<132>2026-11-29T08:03:15+00:00  %LIVEACTION: Device=rtr-branch-17 Class=VIDEO, Interface Direction=Output, Initial BitRate=2210.75 Kbps, Latest BitRate=0.00 Kbps, Configured Threshold=500.00 Kbps, Policy=BRANCH_QOS, Tag(s)=vpn0"),
		},
	},
	{
		name:   "cisco-meeting-server-facility-word-before-host",
		source: "Cisco Meeting Server's syslog (`<PRI>Mmm dd HH:mm:ss facility.severity host tag:  msg`: the facility and severity spelled out between the date and the host, two blanks after `authp:`): splunk/splunk-connect-for-syslog tests/test_cisco_cmc.py (its sample line); the warning and error spellings from memory",
		why:    "a `user.info` word before the host: the host is the word after it; the PRI's severity agrees with the word (14 info, 12 warning, 11 err); the authentication server and the user's domain are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cms-core01", "<14>Nov 29 07:41:16 user.info cms-core01 authp:  Using authentication server ldap-a.vc.harbourline.example to authenticate user a.nyberg@vc.harbourline.example (index: 1/1, reason: first match)"),
			we("2026-11-29T07:41:16Z", Info, "cms-core01", "<14>Nov 29 07:41:16 user.info cms-core01 authp:  Authentication for user a.nyberg@vc.harbourline.example succeeded"),
			we("2026-11-29T07:44:58Z", Warn, "cms-core01", "<12>Nov 29 07:44:58 user.warning cms-core01 authp:  Authentication for user r.lind@vc.harbourline.example failed (index: 1/1, reason: invalid credentials)"),
			we("2026-11-29T07:45:03Z", Error, "cms-core01", "<11>Nov 29 07:45:03 user.err cms-core01 authp:  Unable to contact authentication server ldap-b.vc.harbourline.example (connection timed out)"),
		},
	},
	{
		name:   "hpe-onboard-administrator-ip-host",
		source: "HPE BladeSystem Onboard Administrator's remote syslog (`<PRI>Mmm dd HH:mm:ss <OA address> OA: msg`: the OA's IP address in the host field and the bare tag `OA:`): splunk/splunk-connect-for-syslog tests/test_hpe_oa.py (its sample line) and docs/sources/vendor/HPe/oa.md; the warning PRI from memory",
		why:    "an IPv4 address where the host goes is the record's host; a bare two-letter tag with no pid; PRI 14 user.info, 12 user.warning; the bay numbers and user names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.40.2.11", "<14>Nov 29 07:41:16 10.40.2.11 OA: Administrator logged into the Onboard Administrator from 10.40.8.55"),
			we("2026-11-29T07:42:30Z", Info, "10.40.2.11", "<14>Nov 29 07:42:30 10.40.2.11 OA: Blade 6 has been powered on by user Administrator"),
			we("2026-11-29T07:49:02Z", Warn, "10.40.2.11", "<12>Nov 29 07:49:02 10.40.2.11 OA: Fan 4 has failed. Enclosure status changed to Degraded"),
			we("2026-11-29T07:55:47Z", Info, "10.40.2.11", "<14>Nov 29 07:55:47 10.40.2.11 OA: Administrator logged out of the Onboard Administrator"),
		},
	},
	{
		name:   "dell-ome-eemi-forward-no-host",
		source: "Dell OpenManage Enterprise forwarding a managed device's event to syslog (`<141>Mmm dd HH:mm:ss: EEMI Audit event from device with { IP } … { HostName } … { Severity } … { MessageID } … { Message } … { Recommended Action } …`: a colon right after the time and no host field): splunk/splunk-connect-for-syslog tests/test_dell_ome.py",
		why:    "a BSD time followed by a colon, with no host and no tag; the `{ HostName }` is the managed iDRAC the event is about, inside the message, no host; PRI 141 is local1.notice, and `{ Severity } Warning` is the device event's own severity, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "<141>Nov 29 07:41:16: EEMI Audit event from device with { IP } 10.50.3.21 { HostName } idrac-r750-07 { Severity } Warning { MessageID } USR0030 { Message } Description: Login attempt alert for svc_backup from 10.50.9.144 using REDFISH, IP will be blocked for 60 seconds. - System Display Name: iDRAC - System Service Tag: 7HQ2K93 - FQDN: idrac-r750-07.oob.harbourline.example - FQDD: iDRAC.Embedded.1 - Chassis Service Tag: 7HQ2K93  { Recommended Action } Contact the iDRAC administrator and make sure the username and password credentials used are correct."),
			we("2026-11-29T07:48:33Z", Notice, "", "<141>Nov 29 07:48:33: EEMI Audit event from device with { IP } 10.50.3.21 { HostName } idrac-r750-07 { Severity } Info { MessageID } USR0032 { Message } Description: The session for root from 10.50.8.12 using GUI is logged off. - System Display Name: iDRAC - System Service Tag: 7HQ2K93 - FQDN: idrac-r750-07.oob.harbourline.example - FQDD: iDRAC.Embedded.1 - Chassis Service Tag: 7HQ2K93  { Recommended Action } No response action is required."),
			we("2026-11-29T07:53:09Z", Notice, "", "<141>Nov 29 07:53:09: EEMI System Health event from device with { IP } 10.50.3.34 { HostName } idrac-r660-02 { Severity } Critical { MessageID } PSU0003 { Message } Description: The power input for power supply 2 is lost. - System Display Name: iDRAC - System Service Tag: 2MXB1Z4 - FQDN: idrac-r660-02.oob.harbourline.example - FQDD: PSU.Slot.2 - Chassis Service Tag: 2MXB1Z4  { Recommended Action } Verify the input power cable is attached and the power source is working."),
		},
	},
	{
		name:   "ricoh-mfp-lp-rfc5424-app-name-printer",
		source: "a Ricoh MFP's RFC 5424 log transfer (`<PRI>1 yyyy-MM-ddTHH:mm:ss.fff-08:00 host printer - RICOH_MFPLP_ACCESS - {json}`: the printer's name in APP-NAME, a NIL PROCID and SD, the MSGID RICOH_MFPLP_ACCESS, the record as JSON with logVersion 3.6): splunk/splunk-connect-for-syslog tests/test_ricoh.py (its sample line and its note that the printer lands in APP-NAME); the JSON's keys other than logVersion from memory",
		why:    "RFC 5424 with NIL PROCID and SD; the offset -08:00 is converted; the host is the HOSTNAME field, not the printer name in APP-NAME; PRI 38 is auth.info",
		entries: []worldEntry{
			we("2026-11-29T09:41:16.19Z", Info, "pr-gw-02", `<38>1 2026-11-29T01:41:16.190-08:00 pr-gw-02 mfp4417 - RICOH_MFPLP_ACCESS - {"logVersion":"3.6","logId":"00A1F3","result":"Succeeded","entryUser":"lhansen","loginMethod":"IC Card"}`),
			we("2026-11-29T09:42:03.552Z", Info, "pr-gw-02", `<38>1 2026-11-29T01:42:03.552-08:00 pr-gw-02 mfp4417 - RICOH_MFPLP_ACCESS - {"logVersion":"3.6","logId":"00A1F4","result":"Failed","entryUser":"guest","loginMethod":"Password"}`),
			we("2026-11-29T09:47:29.004Z", Info, "pr-gw-02", `<38>1 2026-11-29T01:47:29.004-08:00 pr-gw-02 mfp2210 - RICOH_MFPLP_ACCESS - {"logVersion":"3.6","logId":"0007C2","result":"Succeeded","entryUser":"admin","loginMethod":"Web Image Monitor"}`),
		},
	},
	{
		name:   "redborder-ndr-incident-rfc5424-sd",
		source: "Redborder NDR's incident syslog (`<134>1 ISO-Z host redborder-ndr pid incident-create|incident-update|incident-assignment|incident-intrusion-event [incident-details@39483 …][user-basic-info@39483 …] msg`, escaped JSON inside SD values, an intrusion-event element with the detection's own `timestamp`): redBorder/redborder-documentation docs/documentation/manager/resources/ch12_syslog_incidents_logs.es.md",
		why:    "RFC 5424 with long SD elements (escaped quotes, brackets inside values, two elements glued together); the SD's `timestamp` is when the detection happened, not the record's time; the host is HOSTNAME, not the sensor name or an observable's hostname; PRI 134 is local0.info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.232Z", Info, "rb-k7m2q9xa.redborder.cluster", `<134>1 2026-11-29T07:41:16.232Z rb-k7m2q9xa.redborder.cluster redborder-ndr 41877 incident-create [incident-details@39483 incident-id="31" incident-uuid="3a9c1e52-7d40-4b8e-9f16-2c0d5e8a7b41" incident-uri="https://ndr.harbourline.example/incidents/31" incident-domain="Harbourline" incident-name="Suspected DNS Tunnelling from Workstation" incident-priority="high" incident-source="redBorder Intrusion" incident-status="Open" incident-description="" incident-assets="[{\"id\":\"212\", \"name\":\"WS-ACC-14\", \"mac_address\":\"3c:52:82:1f:a0:6d\", \"type\":\"Workstation Endpoint\"}]" incident-observables="[{\"ip\":\"10.30.4.57\"}, {\"port\":\"53\"}, {\"ip\":\"10.30.0.1\"}]"] New incident: 'Suspected DNS Tunnelling from Workstation' (Priority: high) (Domain: Harbourline).`),
			we("2026-11-29T07:44:02.915Z", Info, "rb-k7m2q9xa.redborder.cluster", `<134>1 2026-11-29T07:44:02.915Z rb-k7m2q9xa.redborder.cluster redborder-ndr 41877 incident-intrusion-event [intrusion-event@39483 timestamp="2026-11-29T07:39:00.000Z" incident-uuid="3a9c1e52-7d40-4b8e-9f16-2c0d5e8a7b41" incident-uri="https://ndr.harbourline.example/incidents/31" incident-domain="Harbourline" sensor-name="rbips-h4t8c2" sensor-uuid="b1e0d7a4-62c9-4f3e-8a55-0d9c71e2f6b8" priority="high" message="ET POLICY DNS Query for TXT Record Over 200 Bytes" assets="" observables="[{\"ip\":\"10.30.4.57\"}, {\"port\":\"58122\"}, {\"ip\":\"10.30.0.1\"}, {\"port\":\"53\"}]" classification="Potential Corporate Privacy Violation" src="10.30.4.57" dst="10.30.0.1" src-port="58122" dst-port="53" src-mac-address="3c:52:82:1f:a0:6d" dst-mac-address="00:1b:21:9e:44:10"] Intrusion event added to incident 31`),
			we("2026-11-29T07:52:40.118Z", Info, "rb-k7m2q9xa.redborder.cluster", `<134>1 2026-11-29T07:52:40.118Z rb-k7m2q9xa.redborder.cluster redborder-ndr 50233 incident-assignment [incident-basic-info@39483 incident-id="31" incident-uuid="3a9c1e52-7d40-4b8e-9f16-2c0d5e8a7b41" incident-uri="https://ndr.harbourline.example/incidents/31" incident-name="Suspected DNS Tunnelling from Workstation" incident-domain="Harbourline" incident-priority="high"][user-basic-info@39483 user-login="mvik" user-name="Marta Vik" user-email="mvik@harbourline.example"] The user Marta Vik was added to the incident`),
			we("2026-11-29T08:10:05.604Z", Info, "rb-k7m2q9xa.redborder.cluster", `<134>1 2026-11-29T08:10:05.604Z rb-k7m2q9xa.redborder.cluster redborder-ndr 50233 incident-update [incident-basic-info@39483 incident-id="31" incident-uuid="3a9c1e52-7d40-4b8e-9f16-2c0d5e8a7b41" incident-uri="https://ndr.harbourline.example/incidents/31" incident-name="Suspected DNS Tunnelling from Workstation" incident-domain="Harbourline" incident-priority="high"] Incident Attributes Updated: status="Investigating".`),
		},
	},
}

func TestFresh567Formats(t *testing.T) { assertTable(t, fresh567Cases) }
func TestFresh567Score(t *testing.T) {
	checkScore(t, "fresh567 formats", fresh567Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
