package parse

import "testing"

// The eight-hundred-and-thirtieth fresh table: device management and endpoint agents, the servers
// that enroll the devices and the agents that run on them, in layouts no earlier table holds. Each
// family is one product's documented or observed output: MicroMDM through syslog (an RFC 3164
// header, then go-kit logfmt whose `host=` key is the enrolling client) and on its own stdout with
// -http-debug (untimed logfmt and whole HTTP request dumps); the OCS Inventory NG Unix agent's log
// file (a ctime date in brackets glued to a bracketed level); Puppet agent at debug with
// `--logdest logstash_event` (one JSON object per line, `level` first, `@timestamp` last); `rudder
// remote run` (each line behind the node's name and `> `, CFEngine's `rudder     info:` lines and
// the `R: @@…@@` reports that carry the run's time); Fleet's server (`fleet serve`, go-kit logfmt
// with `level=` and `ts=`, some lines with no level); Kolide Fleet's JSON lines stored by rsyslog
// with an offset time and no host; and the Rackspace Monitoring Agent (virgo: a ctime date and a
// three-letter level tag).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `micromdm`, `nanomdm`, `nanodep`, `kmfddm`, `nanocmd`, `nanohub`,
// `micromdm/scep`, `scep`, `mdmdirector`, `micro2nano`, `fleet`, `fleetdm`, `fleet serve`,
// `fleet-server`, `fleetctl`, `fleetd`, `orbit`, `component=service`, `component":"service"`,
// `transport=https`, `osquery`, `osqueryd`, `osctrl`, `doorman`, `polylogyx`, `zercurity`,
// `uptycs`, `kolide`, `intune`, `IntuneManagementExtension`, `<![LOG[`, `CMTrace`, `AgentExecutor`,
// `Intune Management`, `MDMDiag`, `DeviceManagement-Enterprise`, `CompanyPortal`, `jamf`,
// `JAMFSoftwareServer`, `JAMFChangeManagement`, `jamf-im`, `Infrastructure Manager`, `jamf connect`,
// `jamf protect`, `jamfAAD`, `munki`, `ManagedSoftwareUpdate`, `munkireport`, `reposado`,
// `margarita`, `workspace one`, `airwatch`, `Intelligent Hub`, `AWCM`, `VMware Tunnel`, `salt`,
// `salt-minion`, `salt.minion`, `salt-proxy`, `salt-syndic`, `salt-cloud`, `salt-ssh`,
// `venv-salt`, `[salt.crypt`, `][ERROR   ][`, `chef`, `chef-client`, `chef-solo`, `chef-zero`,
// `chef automate`, `cinc`, `knife`, `test-kitchen`, `puppet`, `puppet agent`, `Puppet (`,
// `logdest`, `logstash_event`, `pxp-agent`, `leatherman`, `r10k`, `choria`, `mcollective`,
// `rudder`, `rudder-agent`, `-> rudder`, `result_success`, `@@`, `@#`, `cfengine`, `cf-agent`,
// `kandji`, `mosyle`, `addigy`, `simplemdm`, `hexnode`, `miradore`, `headwind`, `flyve`,
// `zentral`, `cimian`, `gorilla`, `santa`, `nudge`, `outset`, `installapplications`, `depnotify`,
// `installomator`, `swiftDialog`, `autopkg`, `xcreds`, `Escrow`, `mscp`, `sal-scripts`, `sccm`,
// `ccmexec`, `ConfigMgr`, `tanium`, `bigfix`, `besclient`, `ivanti`, `lansweeper`, `pdq`,
// `glpi`, `fusioninventory`, `ocsinventory`, `ocs-inventory`, `[snmpscan]`, `tactical`,
// `tacticalrmm`, `rmmagent`, `connectwise`, `LTErrors`, `LTSvc`, `labtech`, `kaseya`,
// `AgentMon`, `syncro`, `action1`, `automox`, `amagent`, `manageengine`, `desktop central`,
// `endpoint central`, `dcagent`, `wazuh`, `ossec`, `velociraptor`, `GRR`, `mdatp`, `landscape`,
// `spacewalk`, `uyuni`, `rhn`, `HP Image Assistant`, `Lenovo Vantage`, `Patch My PC`, `Robopack`,
// `DeliveryOptimization`, `Inno Setup`, `rackspace-monitoring`, `virgo`, `INF: Log file started`.
// The theme is measured almost everywhere already (NanoMDM's stdlogfmt, Fleet's orbit, osquery's
// glog, results and status, the Intune Management Extension's CMTrace lines, Jamf Pro's server and
// access logs, Munki's three logs, Salt's log file and console, Chef's and Puppet's own log files,
// the GLPI agent's ctime-bracket log), so those were left out; MicroMDM, the `fleet serve` process,
// the OCS Inventory agent, `rudder remote run`, Puppet's logstash_event destination and the
// Rackspace agent match only grep lists (`micromdm` in fresh307 and fresh768, `fleet serve` in
// fresh307's list and as a peer in fresh36, `virgo` a vSphere Client file name). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less syslog dates are in 2026; times without a zone (the OCS agent's,
// the Rackspace agent's ctime dates) are taken as UTC; Kolide Fleet's rsyslog time writes +01:00,
// converted, and its JSON `ts` is a second version of the record's own time, so either is accepted
// (`a|b`); Rudder's report carries `+00:00`. MicroMDM's stdout lines, the HTTP dumps and the
// Rudder lines with no report have no time. Levels only where the line marks one: the OCS agent's
// bracketed level (debug, info, error), Puppet's `level` key (debug, info, notice, warning, err),
// CFEngine's level word after `rudder` (info, error), Fleet's `level=` key (info, error), the
// Rackspace agent's three-letter tag (DBG, INF, WRN, ERR); MicroMDM writes none, Fleet's
// `msg=listening` line and Kolide Fleet's JSON carry no level, and a Rudder report's type field
// (`log_info`, `result_success`) is a report status, not a level column. The host is the record's
// host field: the syslog header's host of MicroMDM, the node name before `> ` that `rudder remote
// run` puts on every line of that node's output; Kolide Fleet's rsyslog line has an empty host slot
// (two spaces), and the logfmt `host=`, Fleet's `ip_addr`, an HTTP dump's `Host:` header and the
// Rackspace agent's collector names are peers. MicroMDM's HTTP dump (request line, headers, a blank
// line and the plist body) is one record.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Fleet's `level=error` line, the Rackspace agent's DBG, WRN and ERR tags, the
// HTTP dump's exact header set). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cd08169 before any rule for it: level 95.0 %, time 100.0 %, host 87.5 %, records 96.9 %.
// That is the macro figure (micro: level 94.4 %, time 100.0 %, host 86.1 %, records 97.2 %), in a
// worktree at cd08169 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: MicroMDM's untimed HTTP request dump is split after its request
// line, and `rudder remote run`'s node name before `> ` is never read as the host nor CFEngine's
// `rudder     info:`/`error:` word as the level.

var fresh830Cases = []worldCase{
	{
		name:   "micromdm-syslog-logfmt-client-host-key",
		source: "MicroMDM (`micromdm serve`) under systemd into syslog: an RFC 3164 header with the server's host and `micromdm[pid]:`, then go-kit logfmt with no time or level (`transport=http method=GET status=200 proto=HTTP/2.0 host=… user_agent=… path=/`, `component=scep op=GetCACaps error=null took=…`): micromdm/micromdm issue #670",
		why:    "the syslog header's host is the record's host; the logfmt `host=` key is the enrolling device's address, a peer; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:36Z", Unknown, "mdm-prod-02", `Nov 29 07:41:36 mdm-prod-02 micromdm[1187]: transport=http method=GET status=200 proto=HTTP/2.0 host=198.51.100.23 user_agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15" path=/mdm/enroll referer=https://mdm.corvane.test/`),
			we("2026-11-29T07:41:52Z", Unknown, "mdm-prod-02", "Nov 29 07:41:52 mdm-prod-02 micromdm[1187]: method=GetCACaps err=null took=2.113µs"),
			we("2026-11-29T07:41:52Z", Unknown, "mdm-prod-02", "Nov 29 07:41:52 mdm-prod-02 micromdm[1187]: component=scep op=GetCACaps error=null took=31.904µs"),
			we("2026-11-29T07:41:53Z", Unknown, "mdm-prod-02", `Nov 29 07:41:53 mdm-prod-02 micromdm[1187]: component=scep method=GET status=200 proto=HTTP/1.1 host=198.51.100.23 user_agent="CertificateService/1 CFNetwork/1568.100.1 Darwin/24.0.0" path="/scep?operation=GetCACaps&message=corvane-scep"`),
		},
	},
	{
		name:   "micromdm-stdout-http-debug-dumps",
		source: "MicroMDM's own stdout with -http-debug (`cat mdmmicro.log`: untimed logfmt lines `transport=http method=PUT status=200 proto=HTTP/1.1 host=… user_agent=MDM/1.0 path=/mdm/checkin`, `component=scep op=GetCACert error=null took=…`, and the dumped requests `PUT /mdm/checkin HTTP/1.1`, `Content-Type: application/x-apple-aspen-mdm-checkin` with their plist bodies): micromdm/micromdm issue #907; the dump's exact header set and blank line from memory (Go's httputil.DumpRequest)",
		why:    "nothing carries a time or a level; a request dump (request line, headers, blank line, plist body) is one record; `host=` and the `Host:` header name peers",
		gap:    "an untimed HTTP request dump is split: the record is only its request line `PUT /mdm/checkin HTTP/1.1`, and its headers, blank line and plist body are not joined to it",
		entries: []worldEntry{
			we("", Unknown, "", "transport=http method=PUT status=200 proto=HTTP/1.1 host=10.62.4.118 user_agent=MDM/1.0 path=/mdm/checkin"),
			we("", Unknown, "",
				"PUT /mdm/checkin HTTP/1.1",
				"Host: mdm.corvane.test",
				"Content-Type: application/x-apple-aspen-mdm-checkin",
				"",
				`<?xml version="1.0" encoding="UTF-8"?>`,
				"<plist version=\"1.0\">",
				"<dict>",
				"\t<key>MessageType</key>",
				"\t<string>TokenUpdate</string>",
				"\t<key>UDID</key>",
				"\t<string>6F2D1C8A-4B3E-5A70-9C12-D84E0B7A3F61</string>",
				"</dict>",
				"</plist>"),
			we("", Unknown, "", "component=scep op=GetCACert error=null took=10.871µs"),
			we("", Unknown, "", `component=scep method=GET status=200 proto=HTTP/1.1 host=10.62.4.118 user_agent="profiled/1.0" path="/scep?operation=GetCACert&message=corvane-scep"`),
		},
	},
	{
		name:   "ocsinventory-unix-agent-log-ctime-level",
		source: "OCS Inventory NG unified agent for UNIX, Linux and macOS, its log file (logfile=/var/log/ocsinventory-agent/ocsinventory-agent.log: `[Www Mmm d HH:mm:ss yyyy][level] msg`, levels debug, info, error, a `[module]` tag after the level): OCSInventory-NG/UnixAgent issues #171 and #425, OCSInventory-NG/OCSInventory-ocsreports issue #1062",
		why:    "a ctime date in brackets glued to a bracketed lowercase level; the module tag in brackets after it is no level; the agent's local time has no zone (UTC by the rules)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[Sun Nov 29 07:41:16 2026][debug] Ocsinventory unified agent for UNIX, Linux and MacOSX 2.10.4"),
			we("2026-11-29T07:41:16Z", Debug, "", "[Sun Nov 29 07:41:16 2026][debug] Log system initialised (File)"),
			we("2026-11-29T07:41:17Z", Info, "", "[Sun Nov 29 07:41:17 2026][info] [download] Beginning work. I am 48213."),
			we("2026-11-29T07:41:17Z", Info, "", "[Sun Nov 29 07:41:17 2026][info] [snmpscan] Agent is running in local mode...disabling module"),
			we("2026-11-29T07:41:49Z", Error, "", "[Sun Nov 29 07:41:49 2026][error] Cannot establish communication : 500 Internal Server Error"),
		},
	},
	{
		name:   "puppet-agent-debug-logstash-event-json",
		source: "Puppet agent at debug with `--logdest logstash_event` (puppetlabs/puppet lib/puppet/util/log/destinations.rb: `newdesttype :logstash_event` puts `Puppet::Util::Json.dump` of Log#to_hash with `version` 1 and `@timestamp` moved from `time`; lib/puppet/util/log.rb to_data_hash: `level`, `message`, `source`, `tags`, `time` as `@time.iso8601(9)`, `file`, `line`); the option named in a gist comment (`--logdest=logstash_event`)",
		why:    "one JSON object a line: the level key first, the nanosecond ISO time with +00:00 last; a resource path in `source`, the manifest in `file`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118327Z", Debug, "", `{"level":"debug","message":"Runtime environment: puppet_version=8.10.0, ruby_version=3.2.5, run_mode=agent, default_encoding=UTF-8","source":"Puppet","tags":["debug"],"file":null,"line":null,"version":1,"@timestamp":"2026-11-29T07:41:16.204118327+00:00"}`),
			we("2026-11-29T07:41:16.881902114Z", Info, "", `{"level":"info","message":"Using environment 'production'","source":"Puppet","tags":["info"],"file":null,"line":null,"version":1,"@timestamp":"2026-11-29T07:41:16.881902114+00:00"}`),
			we("2026-11-29T07:41:21.530661092Z", Notice, "", `{"level":"notice","message":"content changed '{sha256}4c1d' to '{sha256}9e0a'","source":"/Stage[main]/Ntp::Config/File[/etc/chrony.conf]/content","tags":["notice","file","class","ntp::config","ntp","config"],"file":"/etc/puppetlabs/code/environments/production/modules/ntp/manifests/config.pp","line":14,"version":1,"@timestamp":"2026-11-29T07:41:21.530661092+00:00"}`),
			we("2026-11-29T07:41:22.007345811Z", Warn, "", `{"level":"warning","message":"The package type's allow_virtual parameter will be changing its default value from false to true","source":"Puppet","tags":["warning"],"file":null,"line":null,"version":1,"@timestamp":"2026-11-29T07:41:22.007345811+00:00"}`),
			we("2026-11-29T07:41:23.114509377Z", Error, "", `{"level":"err","message":"Could not update: Execution of '/usr/bin/dnf -q -y install corvane-agent' returned 1: Error: Unable to find a match: corvane-agent","source":"/Stage[main]/Corvane::Agent/Package[corvane-agent]/ensure","tags":["err","package","corvane-agent","class","corvane::agent"],"file":"/etc/puppetlabs/code/environments/production/modules/corvane/manifests/agent.pp","line":7,"version":1,"@timestamp":"2026-11-29T07:41:23.114509377+00:00"}`),
		},
	},
	{
		name:   "rudder-remote-run-node-prefix-reports",
		source: "`rudder remote run <node>` (Rudder's agent, on CFEngine): every line of the node's output behind `<node>> `; cf-serverd's cfruncommand line, CFEngine's `-> rudder     info: …` lines and Rudder's reports `-> R: @@Common@@log_info@@<rule>@@<directive>@@<serial>@@<component>@@<key>@@yyyy-MM-dd HH:mm:ss+00:00##<node uuid>@#<msg>`: Normation/rudder-agent PR #49",
		why:    "the node's name and `> ` before everything; the level is CFEngine's word after `rudder`; only a report carries a time, deep inside its @@ fields with +00:00; the report type is a status, not a level",
		gap:    "the node name before `> ` (web-14.lab.corvane.test) is not read as the host on any line (host empty), and CFEngine's level word after `-> rudder     ` (info:, error:) is not read (level unknown)",
		entries: []worldEntry{
			we("", Unknown, "web-14.lab.corvane.test", "web-14.lab.corvane.test> cf-serverd executing cfruncommand: /var/rudder/cfengine-community/bin/cf-agent -f failsafe.cf && /var/rudder/cfengine-community/bin/cf-agent -I -Dcfruncommand"),
			we("", Info, "web-14.lab.corvane.test", "web-14.lab.corvane.test> -> rudder     info: Automatically promoting context scope for 'heartbeat_sent' to namespace visibility, due to persistence"),
			we("2026-11-29T07:41:16Z", Unknown, "web-14.lab.corvane.test", "web-14.lab.corvane.test> -> R: @@Common@@log_info@@hasPolicyServer-root@@common-root@@4@@common@@StartRun@@2026-11-29 07:41:16+00:00##5e1c2f7a-3b1d-4c55-9a0e-8d2f61b7c403@#Start execution with config [1764402076]"),
			we("2026-11-29T07:41:16Z", Unknown, "web-14.lab.corvane.test", "web-14.lab.corvane.test> -> R: @@Common@@result_success@@hasPolicyServer-root@@common-root@@4@@Update@@None@@2026-11-29 07:41:16+00:00##5e1c2f7a-3b1d-4c55-9a0e-8d2f61b7c403@#Policy and configuration files are up to date"),
			we("", Error, "web-14.lab.corvane.test", "web-14.lab.corvane.test> -> rudder     error: Method 'package_present' failed: package 'chrony' is not available from any repository"),
		},
	},
	{
		name:   "fleet-serve-gokit-logfmt",
		source: "Fleet's server (`fleet serve`), go-kit logfmt on stderr: `level=info ts=2021-08-23T01:31:51.645758Z component=crons cron=vulnerabilities …`, `ts=… transport=https address=0.0.0.0:8080 msg=listening` with no level: fleetdm/fleet issue #1758; `level=info ts=… component=http path=/api/v1/osquery/config uuid=… err=\"authentication error: …\"`: fleetdm/fleet issue #21412; the `level=error` service line with `ip_addr` from memory",
		why:    "a `level=` key before the `ts=` key; the listening line has no level; `ip_addr` is the enrolling host's address, a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", `level=info ts=2026-11-29T07:41:16.204518Z component=crons cron=vulnerabilities vulnerabilityscanning="not configured"`),
			we("2026-11-29T07:41:16.218022Z", Unknown, "", "ts=2026-11-29T07:41:16.218022Z transport=https address=0.0.0.0:8080 msg=listening"),
			we("2026-11-29T07:42:03.559104Z", Info, "", `level=info ts=2026-11-29T07:42:03.559104Z component=http path=/api/v1/osquery/config uuid=0b7e4c1a-2f6d-4e89-b3a5-91c8d27f6e40 err="authentication error: invalid node key: [redacted]"`),
			we("2026-11-29T07:42:05.100233Z", Error, "", `level=error ts=2026-11-29T07:42:05.100233Z component=service method=EnrollAgent ip_addr=10.62.4.118:51822 x_for_ip_addr= err="enroll failed: no matching secret found" took=41.207µs`),
		},
	},
	{
		name:   "kolide-fleet-json-rsyslog-offset-no-host",
		source: "Kolide Fleet 2.x's JSON lines (`{\"component\":\"service\",\"err\":null,\"ip_addr\":\"127.0.0.1:42834\",\"method\":\"AuthenticateHost\",\"took\":\"7.113502ms\",\"ts\":\"…Z\"}`) in /var/log/messages through rsyslog with an RFC 3339 +02:00 time, an empty host slot (two spaces) and `fleet[pid]:`: kolide/fleet issue #2057; the same objects with `err` strings: kolide/fleet issue #2295",
		why:    "rsyslog's offset time and the JSON `ts` in Z are two versions of the record's time; no host between the two spaces; no level key; `ip_addr` is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.879958Z|2026-11-29T07:41:16.879743582Z", Unknown, "", `2026-11-29T08:41:16.879958+01:00  fleet[2210]: {"component":"service","err":null,"ip_addr":"10.62.7.31:42834","method":"AuthenticateHost","took":"7.113502ms","ts":"2026-11-29T07:41:16.879743582Z"}`),
			we("2026-11-29T07:41:16.880001Z|2026-11-29T07:41:16.879827233Z", Unknown, "", `2026-11-29T08:41:16.880001+01:00  fleet[2210]: {"component":"service","err":null,"ip_addr":"10.62.7.31:42834","method":"SubmitStatusLogs","took":"27.071µs","ts":"2026-11-29T07:41:16.879827233Z"}`),
			we("2026-11-29T07:41:17.078133Z|2026-11-29T07:41:17.077800155Z", Unknown, "", `2026-11-29T08:41:17.078133+01:00  fleet[2210]: {"component":"service","err":null,"ip_addr":"10.62.7.44:42836","method":"GetDistributedQueries","took":"4.612337ms","ts":"2026-11-29T07:41:17.077800155Z"}`),
			we("2026-11-29T07:41:19.334501Z|2026-11-29T07:41:19.334139037Z", Unknown, "", `2026-11-29T08:41:19.334501+01:00  fleet[2210]: {"component":"service","err":"getting enroll secret: no matching secret found","ip_addr":"10.62.7.52:54638","method":"EnrollAgent","took":"786.318µs","ts":"2026-11-29T07:41:19.334139037Z","x_for_ip_addr":""}`),
		},
	},
	{
		name:   "rackspace-monitoring-agent-ctime-tag",
		source: "Rackspace Monitoring Agent (virgo, Lua): `Www Mmm dd HH:mm:ss yyyy INF: msg` (`INF: Log file started (path=…)`, `INF: found endpoint: collector-….monitoring.rackspacecloud.com:443`, `… -> Connected`): virgo-agent-toolkit/rackspace-monitoring-agent PR #102; the DBG, WRN and ERR tags from memory",
		why:    "a ctime date with no brackets, then a three-letter level tag and a colon; the collectors named are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 INF: Log file started (path=/var/log/rackspace-monitoring-agent.log)"),
			we("2026-11-29T07:41:16Z", Debug, "", "Sun Nov 29 07:41:16 2026 DBG: using config /etc/rackspace-monitoring-agent.cfg (monitoring_id=srv-4417)"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 INF: collector-dfw-10-20-30-4.monitoring.example.net:443 -> Connected"),
			we("2026-11-29T07:41:48Z", Warn, "", "Sun Nov 29 07:41:48 2026 WRN: collector-ord-10-20-31-9.monitoring.example.net:443 -> Heartbeat timeout, reconnecting in 12 seconds"),
			we("2026-11-29T07:42:01Z", Error, "", "Sun Nov 29 07:42:01 2026 ERR: check chk3Fq0aZb (agent.disk) failed: no such mount point /data"),
		},
	},
}

func TestFresh830Formats(t *testing.T) { assertTable(t, fresh830Cases) }
func TestFresh830Score(t *testing.T) {
	checkScore(t, "fresh830 formats", fresh830Cases, [worldNumFields]float64{94.9, 99.9, 87.4, 96.8})
}
