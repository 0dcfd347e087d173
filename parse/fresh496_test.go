package parse

import "testing"

// The four-hundred-and-ninety-sixth fresh table: the labelled datasets' domains, a twenty-seventh
// pass (the kinds of systems the public labelled log datasets draw from: HDFS, Hadoop, Spark,
// ZooKeeper, BGL/HPC supercomputers, Thunderbird, Windows CBS, Linux syslog, Android, HealthApp,
// Apache, Proxifier, OpenSSH, OpenStack, macOS), with products and outputs of those domains that no
// earlier table holds. Each family is one product's documented or observed output: Apache httpd's
// error log as mod_auth_openidc writes into it (`[auth_openidc:debug]` with the source file and
// line before the client) and as mod_auth_mellon writes into it (`[auth_mellon:error]`); the
// webhdfsmagic Jupyter extension's HDFS log (`date time - webhdfsmagic - LEVEL - [file.py:line] -
// msg`, a Python traceback under an ERROR); sparkmagic's own log file (tab-separated
// `asctime<TAB>LEVEL<TAB>caller<TAB>msg`); JumpServer's SSH gateway koko (`date time [ERRO] msg`,
// logrus' four-letter level words) and JumpServer's core log (`date time [module LEVEL] msg` with a
// Django traceback); the Crypt FileVault escrow plug-in read with `log show --style syslog`; and
// openScale's debug log on Android (`date time.mmm Debug [thread] Class: msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`auth_openidc`, `oidc_util`, `oidc_`, `src/util.c`, `[auth_`, `auth_mellon`, `mellon`,
// `webhdfsmagic`, `webhdfs`, `hdfscli`, `HdfsCLI`, `sparkmagic`, `MagicsFileHandler`,
// `jumpserver`, `koko`, `Conn[`, `[ERRO]`, `command ERROR`, `grahamgilbert`, `crypt`,
// `authorizationhost`, `  localhost `, `escrow`, `openscale`, `com.health.openscale`, and the
// candidates dropped: `Log4jAuditLogger`, `zookeeper_audit`, `paramiko`, `PuTTY log`, `WinSCP`,
// `Bitvise`, `dropbear`, `tinysshd`, `sshguard`, `mosh`, `autossh`, `asyncssh`, `ccproxy`,
// `3proxy`, `privoxy`, `polipo`, `tinyproxy`, `sockd`, `redsocks`, `proxychains`, `lctl dk`,
// `htcondor`, `qmaster`, `pbs_server`, `flux-core`, `pmset`, `powermetrics`, `jamf`, `munki`,
// `tmutil`, `batterystats`, `tombstone`, `apsched`, `mmfs`, `beegfs`, `moab`, `xcat`, `munged`,
// `apptainer`, `easybuild`, `spack`, `dcgm`, `opensm`, `xrootd`, `nordugrid`, `A-REX`, `ambari`,
// `knox`, `cloudera`, `oozie`, `zeppelin`, `zkTxnLogToolkit`, `LogType:`, `DECRYPT_EEK`,
// `MSI (s)`, `LOG]!`, `MPLog`, `pfirewall`, `ReportingEvents`, `Section start`, `GPSVC`,
// `USERENV`, `dxsetup`, `tracing_mark_write`, `gadgetbridge`, `androidaps`, `xdrip`,
// `nightscout`, `mirth`, `orthanc`, `dcmtk`, `jk_connect`, `suexec`, `Passenger`, `shadowsocks`,
// `v2ray`, `xray`, `accepted tcp:`, `clash`, `sing-box`, `frps`, `endlessh`, `cowrie`, `kippo`,
// `sftpgo`, `teraterm`, `devstack`, `zuul`, `cloud-init`, `rally`, `fsck_hfs`, `idevicesyslog`,
// `santad`, `teamviewer`, `anydesk`, `gm-jobs`, `jura`, `zk-shell`, `zkWatch`, `FSCK started`,
// `tracejob`, `bhist`, `qacct`, `DAGAppMaster`, `Chronos`, `lim.log`, `01CREAT`, `LoadL`,
// `mcelog`, `rasdaemon`, `Sessions.xml`, `lastSuccessfulState`, `poqexec`, `SetupDiag`,
// `WDSServer`, `ComApi`, `wbadmin`, `dfsr`, `DhcpSrvLog`, `rasman`, `AU: Initializing`,
// `PushButtonReset`, `DiagTrack`, `wuauclt`, `UsoClient`, `ReAgent`, `libfabric`, `libfabric:`,
// `ofi_register`, `UCX`, `nccl`, `kazoo`, `ZOO_INFO`, `zkui`, `zookeepercli`, `skyline`,
// `charliecloud`, `CycleCloud`, `slurm-web`, `ParallelCluster`, `clustermgtd`, `MacroDroid`,
// `tunnelblick`, `karabiner`, `hammerspoon`, `v2rayN`, `qv2ray`, `nekoray`, `sockscap`,
// `widecap`, `SSTap`, `surge`, `forticlient`, `starlingx`, `fmManager`). None of
// mod_auth_openidc, mod_auth_mellon, webhdfsmagic, JumpServer or Crypt is in any table; sparkmagic
// is there only as a notebook's Livy session table and error output (fresh163), never its log file;
// openScale only in fresh487's list of greps, left out there; `authorizationhost` matches OS X's
// secure.log, and `  localhost ` the iPhone's `log show --style syslog`, other products. Left out
// as measured already: libfabric's log (fresh118), kazoo and the ZooKeeper C client (fresh112),
// Skyline (fresh110), ParallelCluster's clustermgtd (fresh360), Tunnelblick, Karabiner-Elements and
// Hammerspoon, Xray's access log, NorduGrid ARC's A-REX and every Slurm, PBS, LSF, HTCondor and
// Grid Engine output. Left out as not confirmed by any search: Azure CycleCloud's autoscale.log,
// Slurm-web's gateway log, zkui's log, Windows' push-button reset logs, MacroDroid's log, Qv2ray's
// own log lines (they carry no time). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The httpd error-log stamps, webhdfsmagic's, sparkmagic's, JumpServer's and
// openScale's stamps carry no zone and are read as UTC. Crypt's unified-log stamp carries its
// offset (-0800), so 07:41 local is 15:41Z. Levels only where the line marks one: httpd's
// `[module:level]`, webhdfsmagic's and sparkmagic's level column, koko's `[INFO]` `[WARN]` `[ERRO]`
// `[DEBU]`, JumpServer's level word after the module in the bracket, openScale's Debug Info Error
// word; `log show --style syslog` prints no level, so Crypt's lines carry none. The host is the
// record's host field: only the unified log's `localhost` column; httpd's `[client …]`, the Knox
// gateway webhdfsmagic talks to, the Livy endpoint, koko's assets, JumpServer's core URL and the
// phone model in openScale's first line are no hosts. A record that spans lines is one entry:
// webhdfsmagic's ERROR with its Python traceback and JumpServer's `Internal Server Error` with the
// Django traceback under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit bb8946e before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; there is no gap: trawl reads every family's time, level, host and record
// boundaries as the rules want them.

var fresh496Cases = []worldCase{
	{
		name:   "apache-mod-auth-openidc-error-log",
		source: "Apache httpd 2.4's error log with mod_auth_openidc at LogLevel auth_openidc:debug (`[Www Mmm dd HH:mm:ss.uuuuuu yyyy] [auth_openidc:level] [pid N:tid N] src/file.c(line): [client ip:port] oidc_function: msg, referer: …`): Reposoft/openidc-keycloak-test issue #19 (a pasted container log)",
		why:    "httpd's bracketed date with microseconds and the year last; the level after the module name in `[auth_openidc:debug]`; the source file and line and the `[client …]` peer are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.575234Z", Debug, "", "[Sun Nov 29 07:41:16.575234 2026] [auth_openidc:debug] [pid 9:tid 139871204116224] src/util.c(2104): [client 10.40.7.21:55522] oidc_util_hdr_in_get: Host=portal.harbour.test, referer: https://portal.harbour.test/"),
			we("2026-11-29T07:41:16.575259Z", Debug, "", "[Sun Nov 29 07:41:16.575259 2026] [auth_openidc:debug] [pid 9:tid 139871204116224] src/util.c(509): [client 10.40.7.21:55522] oidc_get_redirect_uri: determined absolute redirect uri: https://portal.harbour.test/protected/redirect_uri, referer: https://portal.harbour.test/"),
			we("2026-11-29T07:41:18.104418Z", Info, "", "[Sun Nov 29 07:41:18.104418 2026] [auth_openidc:info] [pid 9:tid 139871195723520] [client 10.40.7.21:55530] oidc_authenticate_user: redirecting to the identity provider for state=4fe1c0a2, referer: https://portal.harbour.test/"),
			we("2026-11-29T07:41:21.880042Z", Warn, "", "[Sun Nov 29 07:41:21.880042 2026] [auth_openidc:warn] [pid 9:tid 139871187330816] [client 10.40.7.21:55534] oidc_restore_proto_state: no state cookie found for state=4fe1c0a2; a browser back button or a stale tab"),
			we("2026-11-29T07:41:21.880311Z", Error, "", "[Sun Nov 29 07:41:21.880311 2026] [auth_openidc:error] [pid 9:tid 139871187330816] [client 10.40.7.21:55534] oidc_authorization_response_match_state: invalid authorization response state and no default SSO URL is set, sending an error..."),
		},
	},
	{
		name:   "apache-mod-auth-mellon-error-log",
		source: "Apache httpd 2.4's error log with mod_auth_mellon (AM_LOG_RERROR lines `[auth_mellon:level] [pid N:tid N] [client ip:port] msg`): Uninett/mod_auth_mellon PR #139 (auth_mellon_handler.c's `Invalid Destination on Response. Should be …` and `Invalid Audience in Conditions`), issues #112 and #153; the httpd prefix is the same error-log layout",
		why:    "httpd's bracketed date; the level after the module name; the messages quote URLs and entity ids that are no host; the client is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:44:02.118204Z", Debug, "", "[Sun Nov 29 07:44:02.118204 2026] [auth_mellon:debug] [pid 2211:tid 139872204756736] auth_mellon_handler.c(2698): [client 10.40.9.3:51234] Redirecting to login URL: https://idp.harbour.test/saml/sso"),
			we("2026-11-29T07:44:05.620917Z", Error, "", `[Sun Nov 29 07:44:05.620917 2026] [auth_mellon:error] [pid 2211:tid 139872196364032] [client 10.40.9.3:51240] Invalid Destination on Response. Should be "https://wiki.harbour.test/mellon/postResponse", but was "http://wiki.harbour.test/mellon/postResponse".`),
			we("2026-11-29T07:46:33.004551Z", Error, "", `[Sun Nov 29 07:46:33.004551 2026] [auth_mellon:error] [pid 2211:tid 139872187971328] [client 10.40.9.3:51266] Invalid Audience in Conditions. Should be "https://wiki.harbour.test/mellon/metadata", but was "https://wiki-old.harbour.test/mellon/metadata".`),
			we("2026-11-29T07:48:10.771090Z", Error, "", "[Sun Nov 29 07:48:10.771090 2026] [auth_mellon:error] [pid 2212:tid 139872204756736] [client 10.40.9.8:40112] Error processing authn response. Lasso error: [-201] The identifier of a provider is unknown to #LassoServer."),
		},
	},
	{
		name:   "webhdfsmagic-operation-log",
		source: "webhdfsmagic, the Jupyter %hdfs magic over WebHDFS/Knox (~/.webhdfsmagic/logs/webhdfsmagic.log: `yyyy-MM-dd HH:mm:ss - webhdfsmagic - LEVEL - [file.py:line] - msg`, DEBUG INFO WARNING ERROR, errors with their stack trace): ab2dridi/webhdfsmagic LOGGING.md (found with the code search)",
		why:    "a zone-less date and time without fractions; the level is the third dash-separated field; the Knox gateway in the URLs is no host; an ERROR's Python traceback belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 - webhdfsmagic - INFO - [magics.py:145] - >>> Starting operation: hdfs ls"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 - webhdfsmagic - DEBUG - [client.py:85] - HTTP Request: GET https://knox.harbour.test:8443/gateway/default/webhdfs/v1/user/ines?op=LISTSTATUS"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 - webhdfsmagic - DEBUG - [client.py:105] - HTTP Response: 200 from https://knox.harbour.test:8443/gateway/default/webhdfs/v1/user/ines"),
			we("2026-11-29T07:41:31Z", Warn, "", "2026-11-29 07:41:31 - webhdfsmagic - WARNING - [config.py:62] - verify_ssl is false: certificate checks are disabled"),
			we("2026-11-29T07:41:33Z", Error, "",
				"2026-11-29 07:41:33 - webhdfsmagic - ERROR - [magics.py:221] - <<< Operation failed: hdfs put",
				"Traceback (most recent call last):",
				`  File "/opt/conda/lib/python3.11/site-packages/webhdfsmagic/magics.py", line 214, in hdfs`,
				"    result = self._dispatch(cmd, args)",
				`  File "/opt/conda/lib/python3.11/site-packages/webhdfsmagic/client.py", line 110, in request`,
				"    resp.raise_for_status()",
				"requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://knox.harbour.test:8443/gateway/default/webhdfs/v1/data/raw/orders.csv?op=CREATE"),
		},
	},
	{
		name:   "sparkmagic-magics-log-file",
		source: "sparkmagic's own log file (~/.sparkmagic/logs/log_<uuid>.log through hdijupyterutils' MagicsFileHandler, the default logging_config formatter `%(asctime)s\\t%(levelname)s\\t%(message)s`): jupyter-incubator/sparkmagic issue #497 (the config.json pasted); the caller-name column at the head of the message from memory",
		why:    "Python's asctime with a comma before the milliseconds, then tab-separated level and message; the Livy endpoint in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204\tDEBUG\tSparkMagicBase\tConfiguration: {'kind': 'pyspark', 'heartbeatTimeoutInSecond': 60}"),
			we("2026-11-29T07:41:16.911Z", Info, "", "2026-11-29 07:41:16,911\tINFO\tLivySession\tSession 'etl-ines' created with id 14 at http://livy.harbour.test:8998"),
			we("2026-11-29T07:41:48.032Z", Debug, "", "2026-11-29 07:41:48,032\tDEBUG\tLivySession\tStatus of session 14 is idle"),
			we("2026-11-29T07:42:05.517Z", Error, "", "2026-11-29 07:42:05,517\tERROR\tReliableHttpClient\tInvalid status code '500' from http://livy.harbour.test:8998/sessions/14/statements with error payload: \"java.lang.IllegalStateException: Session is in state dead\""),
		},
	},
	{
		name:   "jumpserver-koko-ssh-gateway-log",
		source: "JumpServer's SSH gateway koko (data/logs/koko.log: `yyyy-MM-dd HH:mm:ss [LVL4] msg`, logrus' level words cut to four letters: DEBU INFO WARN ERRO): jumpserver/jumpserver issue #5740 (a pasted koko log)",
		why:    "a zone-less date and time; the level is a four-letter word in brackets (`[ERRO]`, `[DEBU]`); `Conn[…]` and `Session[…]` ids and the asset name are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO] Start ssh server at 0.0.0.0:2222"),
			we("2026-11-29T07:41:52Z", Debug, "", "2026-11-29 07:41:52 [DEBU] Conn[3c9a51e2-0d4f-4b7a-9e61-2f1d8b7c4a05] user ines auth method publickey: success"),
			we("2026-11-29T07:42:03Z", Error, "", "2026-11-29 07:42:03 [ERRO] Conn[3c9a51e2-0d4f-4b7a-9e61-2f1d8b7c4a05] did not found cache ssh client(deploy@db-replica-2)"),
			we("2026-11-29T07:42:40Z", Warn, "", "2026-11-29 07:42:40 [WARN] Session[b7f0e4d1-6a2c-4c8e-8f13-5d9a0c2e7b64] command filter rule matched: rm -rf"),
			we("2026-11-29T07:43:11Z", Error, "", `2026-11-29 07:43:11 [ERRO] Report stat err: POST http://core.harbour.test:8080/api/v1/terminal/components/state/ failed, get code: 500, {"error": "Server internal error"}`),
		},
	},
	{
		name:   "jumpserver-core-django-log",
		source: "JumpServer core's data/logs/jumpserver.log (`yyyy-MM-dd HH:mm:ss [module LEVEL] msg`, a Django traceback under an `Internal Server Error`): jumpserver/jumpserver issues #5740 and #12027 (pasted logs)",
		why:    "a zone-less date and time; the level is the second word inside the bracket after the module name; the Python traceback belongs to the record above it",
		entries: []worldEntry{
			we("2026-11-29T07:50:12Z", Info, "", "2026-11-29 07:50:12 [signal_handlers INFO] Terminal koko-7f3a registered, version v4.4.1"),
			we("2026-11-29T07:50:37Z", Error, "",
				"2026-11-29 07:50:37 [log ERROR] Internal Server Error: /api/v1/terminal/components/state/",
				"Traceback (most recent call last):",
				`  File "/opt/py3/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner`,
				"    response = get_response(request)",
				`  File "/opt/py3/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response`,
				"    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
				"django.db.utils.OperationalError: (2006, 'MySQL server has gone away')"),
			we("2026-11-29T07:53:57Z", Error, "", "2026-11-29 07:53:57 [command ERROR] Command not valid: [{'input': [ErrorDetail(string='This field may not be blank.', code='blank')]}, {}]"),
			we("2026-11-29T07:55:02Z", Warn, "", "2026-11-29 07:55:02 [utils WARNING] Asset db-replica-2 is not connectable: timed out"),
		},
	},
	{
		name:   "macos-crypt-log-show-syslog",
		source: "the Crypt FileVault escrow authorization plug-in read with `log show --style syslog --predicate 'subsystem BEGINSWITH \"com.grahamgilbert.crypt\"'` (`yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz  localhost authorizationhost[pid]: (Crypt) [subsystem] msg`): grahamgilbert/crypt PR #52 (a pasted log)",
		why:    "a date with microseconds and a glued offset (-0800), two blanks, then the host column (`localhost`); `(Crypt)` is the library and the bracket the subsystem, no level",
		entries: []worldEntry{
			we("2026-11-29T15:41:16.922302Z", Unknown, "localhost", "2026-11-29 07:41:16.922302-0800  localhost authorizationhost[3712]: (Crypt) [com.grahamgilbert.crypt.CryptMechanism] initWithMechanismRecord"),
			we("2026-11-29T15:41:16.923838Z", Unknown, "localhost", "2026-11-29 07:41:16.923838-0800  localhost authorizationhost[3712]: (Crypt) [com.grahamgilbert.crypt.Check] Starting run of Crypt.Check..."),
			we("2026-11-29T15:41:16.924933Z", Unknown, "localhost", "2026-11-29 07:41:16.924933-0800  localhost authorizationhost[3712]: (Crypt) [com.grahamgilbert.crypt.Check] Checking the current status of FileVault.."),
			we("2026-11-29T15:41:17.016888Z", Unknown, "localhost", "2026-11-29 07:41:17.016888-0800  localhost authorizationhost[3712]: (Crypt) [com.grahamgilbert.crypt.Check] FileVault is not enabled..."),
			we("2026-11-29T15:41:17.201447Z", Unknown, "localhost", "2026-11-29 07:41:17.201447-0800  localhost authorizationhost[3712]: (Crypt) [com.grahamgilbert.crypt.Enablement] Enabling FileVault for user tkeller"),
		},
	},
	{
		name:   "openscale-android-debug-log",
		source: "openScale's debug log on Android (Settings > About > debug log, openScale_<date>.txt: `yyyy-MM-dd HH:mm:ss.SSS Level [thread] Class: msg`, the level words Debug, Info, Error): oliexdev/openScale issue #1099 (a pasted log), the FAQ 'How to get the openScale debug log file'",
		why:    "a zone-less date and time with milliseconds; the level is a capitalised word before the bracketed thread number; the phone model and the scale's Bluetooth address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.801Z", Debug, "", "2026-11-29 07:41:16.801 Debug [2] AboutPreferences: Debug log enabled, openScale v2.5.4 (66), SDK 35, Fairphone FP5"),
			we("2026-11-29T07:41:21.460Z", Debug, "", "2026-11-29 07:41:21.460 Debug [2] OpenScale: Trying to connect to bluetooth device [C4:7F:0E:19:3A:6B] (Yunmai Mini)"),
			we("2026-11-29T07:41:21.467Z", Info, "", "2026-11-29 07:41:21.467 Info [2] BluetoothCentralManager: scanning for peripherals with address C4:7F:0E:19:3A:6B"),
			we("2026-11-29T07:41:29.102Z", Debug, "", "2026-11-29 07:41:29.102 Debug [2] BluetoothYunmaiSE_Mini: weight 71.85 kg, fat 21.3 %, received at 2026-11-29 07:41:28"),
			we("2026-11-29T07:41:35.004Z", Error, "", "2026-11-29 07:41:35.004 Error [2] BluetoothCentralManager: cannot cancel connection to unknown peripheral C4:7F:0E:19:3A:6B"),
		},
	},
}

func TestFresh496Formats(t *testing.T) { assertTable(t, fresh496Cases) }
func TestFresh496Score(t *testing.T) {
	checkScore(t, "fresh496 formats", fresh496Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
