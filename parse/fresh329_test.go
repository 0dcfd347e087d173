package parse

import "testing"

// The three-hundred-and-twenty-ninth fresh table, written on 2026-12-09: supercomputer and HPC
// system logs in the shapes of the public labelled datasets (BGL's RAS events, Thunderbird's and
// Spirit's syslog, Liberty, Red Storm, Mira and Cori), written by the software that runs today's
// machines, HPE Cray EX systems under CSM with the Slingshot fabric, in shapes no earlier table
// holds. Each family is one product's documented or observed output: the node consoles as
// cray-console-node's conmand keeps them (`logopts="sanitize,timestamp"`, a stamp before every
// console line); the heartbeat tracker cray-hms-hbtd (Go's log with its own INFO:/WARNING:/ERROR:
// words, today's Red Storm `ec_heartbeat_stop`); the Redfish event collector cray-hms-hmcollector
// (zap's production JSON, a float epoch, an empty key, a BMC endpoint logged whole); the Power
// Control Service (logrus text whose first lines come before the caller is reported); the
// Slingshot retry handler's journal gathered with pdsh and `dshbak -d` as the Slingshot host
// software guide asks (echoed device names, `-- No entries --`); `sat bootsys shutdown` on a
// terminal (untimed `LEVEL: msg` lines and a prompt) and SAT's own sat.log; the Boot Orchestration
// Service's operators (a level padded to seven, a Python 3.12 traceback); the Install and Upgrade
// Framework's install.log (a UTC isoformat time with Z, a tab-led error list).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`bgl`, `RAS KERNEL`, `thunderbird`, `tbird`, `spirit`, `liberty`, `red storm`, `redstorm`,
// `mira`, `cori`, `cray`, `cray-`, `shasta`, `csm`, `slingshot`, `fabric manager`, `fmn`,
// `fabric_manager`, `fmctl`, `cassini`, `cxi`, `cxi_rh`, `hsn0`, `UNDELIVERABLE`, `force closing`,
// `parked`, `dshbak`, `No entries`, `xtconsole`, `ec_node`, `ec_heart`, `smw`, `aprun`, `alps`,
// `hss`, `hms-`, `x1000c`, `x3000c`, `xname`, `nid00`, `DVS:`, `conman`, `conmand`, `<ConMan>`,
// `logopts`, `conman/console`, `console.x`, `log opened at`, `hbtd`, `heartbeat`,
// `Heartbeat overdue`, `Heartbeat started`, `hmcollector`, `"ts":17`, `"level":"warn","ts"`,
// `power-control`, `hms-power`, `pcs`, `func=github.com`, `file="/`, `ReportCaller`,
// `sat bootsys`, `Proceed with shutdown`, `sat.log`, `bos.operators`, `Boot Orchestration`,
// `session template`, ` - INFO    - `, `iuf`, `install.log`, `All logs will be stored`, `palsd`,
// `opensm`, `ufm`, `perlmutter`, `frontier`, `aurora`, `polaris`, `theta`). The datasets' own
// shapes are measured already: BGL's RAS log (world_test.go, fresh151's structured CSV),
// Thunderbird (world_test.go, fresh151), Spirit (fresh80), Liberty (fresh22), the LANL HPC log
// (world_test.go, fresh221), Blue Gene/P's Intrepid RAS table and Blue Gene/Q's Mira RAS CSV
// (fresh68), the BG/Q MMCS, bgmaster and runjob logs (fresh80, fresh118), Cray XC's SMW console
// (fresh6), xtconsumer events and ALPS (fresh102, fresh118); of today's machines the HSM's Go log
// (fresh118), the cxi driver under `dmesg -T` (fresh118), NVIDIA's and Omni-Path's fabric managers
// (fresh7, fresh102) and ConMan's untimed console log with its notices (fresh59) are measured. The
// console log with a stamp on every line, hbtd, hmcollector, PCS, the retry handler, SAT, BOS and
// IUF are in none. Left out after the search: Red Storm's raw log (its layout not found in a
// stored source), the Slingshot fabric manager's own log (the CSM documentation shows only its
// fmn_status and fmn-show-status commands, no log line), conmand's daemon log (whether CSM's
// foreground conmand writes its timestamped logfile not confirmed) and hbtd's heartbeat
// notifications on Kafka (a JSON object whose only time is the last heartbeat's, not its own).
// The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The pods and management nodes keep UTC, so conman's stamp, Go's log date,
// Python's asctime and SAT's are zone-less UTC; logrus's RFC 3339 and IUF's isoformat carry Z;
// zap's ts is epoch seconds with a fraction; journalctl's short date has no year (2026). SAT's
// console lines, the echoed device names and `-- No entries --` carry no time. Levels only where
// the line marks one: hbtd's and SAT's `WORD: ` before the message, zap's and logrus's level keys,
// BOS's padded level, IUF's level word, `LNetError:` on the console (an error, as fresh6 reads
// it); kernel and systemd console lines, journalctl's short lines, SAT's prompt and plain lines
// carry none. The host is the record's host field: the journal line's host; an xname or NID in a
// message, the console's xname (in the file's name only), a pod name, the BMC endpoint's nested
// Hostname and a peer's NID and MAC are no hosts. A record that spans lines is one entry: BOS's
// traceback under its exception line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 70f329d before any rule for it: level 97.8 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 98.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 70f329d with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the one gap is the level of `LNetError:` on the conman console line, where
// the kernel's uptime bracket stands between conman's stamp and the marker.

var fresh329Cases = []worldCase{
	{
		name:   "cray-ex-conman-console-log-timestamped",
		source: "HPE Cray EX node console logs kept by CSM's cray-console-node pods, /var/log/conman/console.<xname> (conmand with `GLOBAL log=\"conman/console.%N\"` and `GLOBAL logopts=\"nolock,sanitize,timestamp\"`: every console line prefixed with conman's `YYYY-MM-DD HH:MM:SS ` in the pod's clock, control characters sanitized to two printable characters such as `^[`): Cray-HPE/console-node scripts/conman.conf and Cray-HPE/cms-conman conman.conf (the options), dun/conman man/conman.conf.5.in (logopts timestamp), server-logfile.c (write_log_data) and util-str.c (write_time_string); the file's CR LF endings are left out (fresh206 measures a CR at a line's end); the node's console messages from memory",
		why:    "conman's stamp opens every console line, the kernel's uptime in brackets after it is no time; sanitized ANSI colours (`^[[0;32m`) in systemd's status; `LNetError:` marks an error as in fresh6; the xname is only in the file's name, so no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:41Z", Unknown, "", "2026-11-29 07:40:41 [^[[0;32m  OK  ^[[0m] Started ^[[0;1;39mcray-heartbeat.service^[[0m - Cray Node Heartbeat Service."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [  612.104233] cxi_core 0000:21:00.0: cxi0[hsn0]: Link down (remote fault)"),
			we("2026-11-29T07:41:18Z", Error, "", "2026-11-29 07:41:18 [  614.551902] LNetError: 4121:0:(lib-move.c:2011:lnet_handle_find_routed_path()) no route to 10.150.0.41@kfi from <?>"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29 07:41:21 [  617.002118] DVS: file_node_down: removing nid001202 from list of available servers for 2 mount points"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026-11-29 07:41:24 [  619.870411] Lustre: lus1-MDT0000-mdc-ffff9c41a2e6d000: Connection restored to 10.150.0.12@kfi (at 10.150.0.12@kfi)"),
		},
	},
	{
		name:   "cray-hms-hbtd-go-log-level-words",
		source: "HPE Cray EX's node heartbeat tracker (cray-hms-hbtd, CSM) read with `kubectl logs -n services`: Go's standard log (`yyyy/MM/dd HH:mm:ss msg`, the pod's clock) with the daemon's own `INFO: `, `WARNING: ` and `ERROR: ` before its heartbeat-state messages (started, overdue and might be dead, overdue and declared dead, restarted) and unmarked lines between them: Cray-HPE/hms-hbtd cmd/hbtd/hbtd.go (hbtdPrintf = log.Printf, the start-up lines), cmd/hbtd/track.go (the messages) and TheoryOfOperation.md",
		why:    "a slashed Go date with no zone; a severity word with a colon opening the message is the tracker's level, an unmarked line has none; the quoted xname is the node whose heartbeat is tracked, no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z", Unknown, "", "2026/11/29 07:40:58 Cray Node Heartbeat Monitor/Tracker started."),
			we("2026-11-29T07:40:58Z", Unknown, "", "2026/11/29 07:40:58 Service name: 'cray-hms-hbtd-5f8d9c7b6-q4lzn'"),
			we("2026-11-29T07:41:03Z", Info, "", "2026/11/29 07:41:03 INFO: Heartbeat started for 'x1000c3s5b0n1'"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026/11/29 07:41:16 WARNING: Heartbeat overdue 12 seconds for 'x1000c3s5b0n1' (might be dead), last status: 'OK'"),
			we("2026-11-29T07:41:36Z", Error, "", "2026/11/29 07:41:36 ERROR: Heartbeat overdue 32 seconds for 'x1000c3s5b0n1' (declared dead), last status: 'OK'"),
			we("2026-11-29T07:41:36Z", Unknown, "", "2026/11/29 07:41:36 Number of components heartbeating: 4217"),
			we("2026-11-29T07:42:05Z", Info, "", "2026/11/29 07:42:05 INFO: Heartbeat restarted for 'x1002c1s7b1n0'"),
		},
	},
	{
		name:   "cray-hms-hmcollector-zap-production-json",
		source: "HPE Cray EX's Redfish event and telemetry collector (cray-hms-hmcollector, CSM) read with kubectl logs: zap's production JSON encoder on stdout with no caller or stack keys (`level` in lower case, `ts` as epoch seconds with a fraction, `msg`, then the fields; `zap.String(\"\", name)` writes an empty key, zap.Any writes the HSM endpoint whole): Cray-HPE/hms-hmcollector cmd/hmcollector/hmcollector.go (SetupLogging and the messages); the endpoint's fields from memory",
		why:    "the time is the float epoch under ts; the level under level (info, warn, error); the empty key's pod name and the endpoint's nested Hostname are no host: the BMC it names is the device the message is about",
		entries: []worldEntry{
			we("2026-11-29T07:40:12.3050218Z", Info, "", `{"level":"info","ts":1795938012.3050218,"msg":"Service/Instance name:","":"cray-hms-hmcollector-ingress-6c9d7b5f4-x2kqp"}`),
			we("2026-11-29T07:40:12.3061904Z", Info, "", `{"level":"info","ts":1795938012.3061904,"msg":"hmcollector starting...","logLevel":"info"}`),
			we("2026-11-29T07:41:16.2031107Z", Warn, "", `{"level":"warn","ts":1795938076.2031107,"msg":"No endpoints retrieved from State Manager","error":"Get \"http://cray-smd/hsm/v2/Inventory/RedfishEndpoints\": dial tcp 10.27.114.9:80: connect: connection refused"}`),
			we("2026-11-29T07:41:46.8820473Z", Warn, "", `{"level":"warn","ts":1795938106.8820473,"msg":"Ignoring endpoint because HSM status not DiscoveredOK","newEndpoint":{"ID":"x1000c3s5b0","Type":"NodeBMC","Hostname":"x1000c3s5b0","Domain":"","FQDN":"x1000c3s5b0","Enabled":true,"User":"root","Password":"","RediscOnUpdate":true,"DiscoveryInfo":{"LastDiscoveryAttempt":"2026-11-29T07:38:02.114Z","LastDiscoveryStatus":"HTTPsGetFailed","RedfishVersion":""}}}`),
			we("2026-11-29T07:42:05.0177236Z", Error, "", `{"level":"error","ts":1795938125.0177236,"msg":"Unable to update credentials for endpoint with those retrieved from Vault","error":"no credentials found for x1002c1s7b1","newEndpoint":{"ID":"x1002c1s7b1","Type":"NodeBMC","Hostname":"x1002c1s7b1","Domain":"","FQDN":"x1002c1s7b1","Enabled":true,"User":"","Password":"","RediscOnUpdate":true,"DiscoveryInfo":{"LastDiscoveryAttempt":"2026-11-29T07:41:58.640Z","LastDiscoveryStatus":"DiscoverOK","RedfishVersion":"1.7.0"}}}`),
		},
	},
	{
		name:   "cray-hms-pcs-logrus-text-late-caller",
		source: "HPE Cray EX's Power Control Service (cray-power-control, CSM) read with kubectl logs: logrus's TextFormatter with FullTimestamp (`time=\"RFC 3339\" level=… msg=\"…\"`), the first lines written before main calls SetReportCaller(true) and so without `func=` and `file=`, every later line with them: Cray-HPE/hms-power-control cmd/hms-power-control/main.go (the start-up messages, the CA chain error) and internal/logger/log.go (the formatter); the transition message and the build paths in file= from memory",
		why:    "a quoted RFC 3339 time with Z; level=warning and level=error; the caller's func= and file=\"…:line\" after the message are no time and no host; the xname in a message is a component",
		entries: []worldEntry{
			we("2026-11-29T07:40:12Z", Info, "", `time="2026-11-29T07:40:12Z" level=info msg="Service/Instance name: cray-power-control-6b8f5d9c47-mx2pt"`),
			we("2026-11-29T07:40:12Z", Info, "", `time="2026-11-29T07:40:12Z" level=info msg="HSM Lock Enabled: true"`),
			we("2026-11-29T07:40:13Z", Info, "", `time="2026-11-29T07:40:13Z" level=info msg="Storage Provider: ETCD" func=main.main file="/workspace/cmd/hms-power-control/main.go:214"`),
			we("2026-11-29T07:41:16Z", Warn, "", `time="2026-11-29T07:41:16Z" level=warning msg="Transition 8c1f2e9a-4d6b-4b7e-9f30-2a5c7d1e6b44: x1000c3s5b0n1 did not reach Off within 120s, sending ForceOff" func=github.com/Cray-HPE/hms-power-control/internal/domain.doTransition file="/workspace/internal/domain/transitions.go:931"`),
			we("2026-11-29T07:41:19Z", Error, "", `time="2026-11-29T07:41:19Z" level=error msg="Error fetching CA chain from Vault PKI: Get \"http://cray-vault.vault:8200/v1/pki_common/ca_chain\": context deadline exceeded, retrying..." func=main.main.func1 file="/workspace/cmd/hms-power-control/main.go:245"`),
		},
	},
	{
		name:   "slingshot-cxi-rh-pdsh-dshbak-journal-file",
		source: "HPE Slingshot's retry handler (cxi_rh@cxiN, one per NIC) gathered from every host as the Slingshot host software troubleshooting guide asks, `pdsh -w^hostlist 'for i in {0..7}; do echo cxi$i; journalctl -u cxi_rh@cxi$i --since \"12:00\"; done' | dshbak -d cxi_rh_logs/`, and one host's file read back: each echoed device name, journalctl's short lines (`Mmm dd HH:mm:ss host cxi_rh[pid]: msg`) and `-- No entries --` for a device with none; the messages from retry_handler/main.c (force closing an SPT with its NID, MAC and return code, cancel completed, parked switches and NIDs): HewlettPackard/shs-docs troubleshoot_mpi_application_failure_hardware_error.md and troubleshoot/cassini/retry_handler.md, HewlettPackard/shs-libcxi retry_handler/main.c (rh_printf through sd_journal_printv, nid_to_mac); `-- No entries --` from memory",
		why:    "an echoed device name between two journalctl runs and journalctl's `-- No entries --` are records of their own, with no time and no host; the journal line's host after the yearless date; the NID and MAC in a message are a peer; no level in the short output",
		entries: []worldEntry{
			we("", Unknown, "", "cxi0"),
			we("2026-11-29T07:41:16Z", Unknown, "nid001234", "Nov 29 07:41:16 nid001234 cxi_rh[5134]: force closing (invalidating) spt=1812 (sct=377, op=2, nid=4660, mac=00:12:34, rc=UNDELIVERABLE)"),
			we("2026-11-29T07:41:17Z", Unknown, "nid001234", "Nov 29 07:41:17 nid001234 cxi_rh[5134]: cancel completed for sct=377 (nid=4660, mac=00:12:34)"),
			we("2026-11-29T07:41:17Z", Unknown, "nid001234", "Nov 29 07:41:17 nid001234 cxi_rh[5134]: Adding switch=4608 to parked switches"),
			we("2026-11-29T07:42:53Z", Unknown, "nid001234", "Nov 29 07:42:53 nid001234 cxi_rh[5134]: Removing nid=4660 (mac=00:12:34) from parked list"),
			we("", Unknown, "", "cxi1"),
			we("", Unknown, "", "-- No entries --"),
		},
	},
	{
		name:   "sat-bootsys-shutdown-console",
		source: "HPE Cray EX's System Admin Toolkit, `sat bootsys shutdown --stage bos-operations --bos-templates …` on a terminal: its yes/no prompt with the typed answer, its plain progress lines, and its logging on stderr in CONSOLE_LOG_FORMAT `%(levelname)s: %(message)s` (no time): Cray-HPE/sat sat/logging.py (the formats), Cray-HPE/docs-csm operations/power_management/Shut_Down_and_Power_Off_Managed_Nodes.md (the stage's output and its errors)",
		why:    "no time anywhere; `INFO: ` and `ERROR: ` at the start are the logging level; the prompt, its answer and the plain lines carry none; session ids, template names and the API gateway's name are no host",
		entries: []worldEntry{
			we("", Unknown, "", "Proceed with shutdown of compute nodes and UANs using BOS? [yes,no] yes"),
			we("", Unknown, "", "Proceeding with shutdown of compute nodes and UANs using BOS."),
			we("", Info, "", "INFO: Using session templates provided by --bos-templates/bos_templates option: ['compute-26.11.0', 'uan-26.11.0']"),
			we("", Info, "", "INFO: Started shutdown operation on BOS session templates: compute-26.11.0, uan-26.11.0."),
			we("", Info, "", "INFO: Waiting for BOS session 5b0d41e2-8c3f-4a97-b1d6-0e7f2c9a4d38 to reach target state complete. Session template: compute-26.11.0"),
			we("", Error, "", "ERROR: Failed to get state of nodes in session template 'uan-26.11.0': GET request to URL 'https://api-gw-service-nmn.local/apis/smd/hsm/v2/State/Components' failed with status code 503: Service Unavailable"),
			we("", Unknown, "", "All BOS sessions completed."),
		},
	},
	{
		name:   "sat-log-file-dashes",
		source: "SAT's own log file (logging.file_name in sat.toml; /var/log/cray/sat/sat.log by default) in FILE_LOG_FORMAT `%(asctime)s - %(levelname)s - %(name)s - %(message)s`, the management node's clock, for the same bootsys stage: Cray-HPE/sat sat/logging.py (configure_logging and the format); the default path and the DEBUG line from memory",
		why:    "asctime with a comma before the milliseconds and no zone; the level word between two ` - `, the module's logger name after it; no host",
		entries: []worldEntry{
			we("2026-11-29T07:38:02.114Z", Info, "", "2026-11-29 07:38:02,114 - INFO - sat.cli.bootsys.bos - Using session templates provided by --bos-templates/bos_templates option: ['compute-26.11.0', 'uan-26.11.0']"),
			we("2026-11-29T07:38:03.902Z", Info, "", "2026-11-29 07:38:03,902 - INFO - sat.cli.bootsys.bos - Started shutdown operation on BOS session templates: compute-26.11.0, uan-26.11.0."),
			we("2026-11-29T07:38:04.017Z", Debug, "", "2026-11-29 07:38:04,017 - DEBUG - sat.cli.bootsys.bos - Session 5b0d41e2-8c3f-4a97-b1d6-0e7f2c9a4d38 status: running, 41 of 512 components powered off"),
			we("2026-11-29T07:41:16.530Z", Error, "", "2026-11-29 07:41:16,530 - ERROR - sat.cli.bootsys.bos - Failed to get state of nodes in session template 'uan-26.11.0': GET request to URL 'https://api-gw-service-nmn.local/apis/smd/hsm/v2/State/Components' failed with status code 503: Service Unavailable"),
		},
	},
	{
		name:   "cray-bos-operator-padded-level-traceback",
		source: "HPE Cray EX's Boot Orchestration Service v2 operators (the cray-bos operator pods, CSM) read with kubectl logs: Python logging with `%(asctime)-15s - %(levelname)-7s - %(name)s - %(message)s` (the level padded to seven, the pod's clock), LOGGER.exception's traceback under its line (Python 3.12, with carets): Cray-HPE/bos src/bos/operators/base.py (_init_logging, run, _run and the messages); the traceback's paths and the request from memory",
		why:    "asctime with a comma before the milliseconds and no zone; the padded level (`INFO   `, `DEBUG  `, `ERROR  `) between ` - `; a traceback is the record of the exception line above it; the component counts and the batch size are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 - INFO    - bos.operators.base - max_component_batch_size option set to 2800"),
			we("2026-11-29T07:41:16.377Z", Info, "", "2026-11-29 07:41:16,377 - INFO    - bos.operators.base - Found 64 components that require action"),
			we("2026-11-29T07:41:18.912Z", Info, "", "2026-11-29 07:41:18,912 - INFO    - bos.operators.base - Found 64 components that require updates"),
			we("2026-11-29T07:41:31.05Z", Debug, "", "2026-11-29 07:41:31,050 - DEBUG   - bos.operators.base - Found 0 components that require action"),
			we("2026-11-29T07:41:46.118Z", Error, "",
				"2026-11-29 07:41:46,118 - ERROR   - bos.operators.base - Unhandled exception detected: 503 Server Error: Service Unavailable for url: http://cray-bos/v2/components?enabled=True&status=power_on_pending",
				"Traceback (most recent call last):",
				`  File "/app/lib/python3.12/site-packages/bos/operators/base.py", line 104, in run`,
				"    self._run()",
				`  File "/app/lib/python3.12/site-packages/bos/operators/base.py", line 133, in _run`,
				"    components = self._get_components()",
				"                 ^^^^^^^^^^^^^^^^^^^^^^",
				`  File "/app/lib/python3.12/site-packages/bos/operators/filters/filters.py", line 92, in _filter`,
				"    return self.bos_client.components.get_components(**self.kwargs)",
				"           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
				"requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://cray-bos/v2/components?enabled=True&status=power_on_pending"),
			we("2026-11-29T07:41:51.12Z", Info, "", "2026-11-29 07:41:51,120 - INFO    - bos.operators.base - Found 64 components that require action"),
		},
	},
	{
		name:   "csm-iuf-install-log-isoformat-z",
		source: "HPE Cray EX's Install and Upgrade Framework CLI (iuf, CSM 1.4 and later), the install.log of one `iuf -a … run` under the activity's log directory: `%(asctime)s %(levelname)s %(message)s` with logging.Formatter.formatTime replaced by `datetime.now(timezone.utc).isoformat()` with `+00:00` turned into `Z`, the file at DEBUG (the parsed arguments dumped as a dict, a function's repr among them), then validate_stages' error list, its items led by a tab: Cray-HPE/iuf-cli lib/InstallLogger.py (install_logger_stream_init), lib/vars.py (LOG_DEFAULT_FILE_FORMAT) and iuf (process_debug_level, initialization, validate_stages, print_extra_summary splitting a line into time, level and message); the log directory's path from memory",
		why:    "an ISO time with microseconds and Z first, then the bare level word; a dict with a repr in angle brackets is message text; a tab after ERROR opens an item of the error list, a record of its own; no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:16.204811Z", Info, "", "2026-11-29T07:40:16.204811Z INFO All logs will be stored in /etc/cray/upgrade/csm/iuf/hsn-2026-11-29/log/20261129074016"),
			we("2026-11-29T07:40:16.205307Z", Debug, "", "2026-11-29T07:40:16.205307Z DEBUG {'input_file': None, 'activity': 'hsn-2026-11-29', 'media_dir': '/etc/cray/upgrade/csm/media/hsn-2026-11-29', 'concurrency': '0', 'level': 'INFO', 'verbose': False, 'run_stages': ['process-media', 'pre-install-check', 'update-vcs-config'], 'func': <function process_install at 0x7f3c2a1d8e00>}"),
			we("2026-11-29T07:40:16.209944Z", Error, "", "2026-11-29T07:40:16.209944Z ERROR Problems were encountered:"),
			we("2026-11-29T07:40:16.210012Z", Error, "", "2026-11-29T07:40:16.210012Z ERROR \t1: `--concurrency` requires at least one thread."),
			we("2026-11-29T07:40:16.210051Z", Error, "", "2026-11-29T07:40:16.210051Z ERROR \t2: bootprep or vcs stages were called, but none of --site-vars/-sv, --bootprep-config-dir/-bpcd, nor --recipe-vars/-rv were specified. At least one of them needs to be specified"),
		},
	},
}

func TestFresh329Formats(t *testing.T) { assertTable(t, fresh329Cases) }
func TestFresh329Score(t *testing.T) {
	checkScore(t, "fresh329 formats", fresh329Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
