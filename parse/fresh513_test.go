package parse

import "testing"

// The five-hundred-and-thirteenth fresh table: server daemons in their default files, another pass —
// the enterprise analytics and data servers that run as daemons or Windows services and write
// their own log file, shapes no earlier table holds, with their multi-line records. Each family is
// one product's documented or observed output: Zenoss's zenhub.log (Python logging, a worker's
// relayed line inside the hub's, a traceback under an ERROR); Qlik Sense's tab-separated trace
// log (a compact `20261129T084116.204+0100` stamp, a Hostname column) and its newer service log
// (a ProductVersion column first, a Severity and a HostName column); Tableau Server's native JSON
// lines (`ts`, `sev`, `k`, `v`); ArcGIS Server's `<Msg time=… type=… machine=…>` elements (a Java
// trace inside one); Dataiku DSS's backend.log (`[yyyy/MM/dd-HH:mm:ss.SSS] [thread] [LEVEL]
// [logger]` and a stack under an ERROR); IBM Planning Analytics' tm1server.log (pid, [thread],
// level, then the time); Denodo Virtual DataPort's vdp.log (elapsed milliseconds first, the level
// before the time, a stack under an ERROR).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `firebird`, `db2diag`, `glassfish`, `weblogic`, `####<`, `log.smbd`,
// `samba`, `alert_`, `aerospike`, `clickhouse`, `tarantool`, `ceph-osd`, `glusterfs`, `slurmctld`,
// `icinga`, `389-ds`, `dirsrv`, `asterisk`, `freeradius`, `radius.log`, `prosody`, `ejabberd`,
// `couchdb`, `kea-dhcp`, `Sybase`, `ERRORLOG`, `maxscale`, `proxysql`, `pgbouncer`, `splunkd`,
// `sonarqube`, `neo4j`, `tidb`, `cockroach`, `rspamd`, `clamd`, `Plex Media`, `jellyfin`, `gerrit`,
// `synapse`, `coturn`, `strongswan`, `charon`, `pluto`, `nsd`, `knot`, `unbound`, `powerdns`,
// `lighttpd`, `traffic_server`, `diags.log`, `icecast`, `proftpd`, `vsftpd`, `pure-ftpd`, `dovecot`,
// `cyrus`, `slapd`, `Grid Engine`, `sge_qmaster`, `htcondor`, `PBS_Server`, `bacula`,
// `salt-master`, `zimbra`, `openfire`, `mosquitto`, `privoxy`, `notices.log`, `inspircd`,
// `unrealircd`, `munin`, `freeswitch`, `kamailio`, `opensips`, `squid`, `cups`, `zabbix`, `nagios`,
// `geode`, `gemfire`, `tid=0x`, `coherence`, `AMQERR`, `QMgr(`, `informix`, `openedge`,
// `cconsole`, `Utility.Event`, `ingres`, `E_CL`, `filemaker`, `hmailserver`, `mdaemon`, `axigen`,
// `kopano`, `sogod`, `citadel`, `tinyproxy`, `3proxy`, `sockd`, `v2ray`, `softether`, `ocserv`,
// `radicale`, `murmur`, `factorio`, `valheim`, `srcds`, `xrdp`, `tigervnc`, `Xvnc`, `apcupsd`,
// `netatalk`, `minidlna`, `sonarr`, `sabnzbd`, `home-assistant`, `openhab`, `octoprint`, `pihole`,
// `adguard`, `derby`, `qpid`, `nifi`, `druid`, `ignite`, `hazelcast`, `karaf`, `tibco`, `domino`,
// `haraka`, `opensmtpd`, `multilog`, `hiawatha`, `cherokee`, `openlitespeed`, `unit.log`, `resin`,
// `scylla`, `yugabyte`, `foundationdb`, `rethinkdb`, `arangodb`, `riak`, `keydb`, `garnet`,
// `mysqlrouter`, `barman`, `pgbackrest`, `pgpool`, `repmgr`, `bucardo`, `slony`, `majordomo`,
// `kvrocks`, `doris`, `starrocks`, `kylin`, `impala`, `hawq`, `zeppelin`, `superset`, `sling`,
// `*INFO*`, `magnolia`, `liferay`, `alfresco`, `dotcms`, `trino`, `dremio`, `alluxio`, `beegfs`,
// `pacemaker`, `corosync`, `keepalived`, `gitolite`, `svnserve`, `perforce`, `jitsi`, `kurento`,
// `wowza`, `mediamtx`, `liquidsoap`, `tvheadend`, `mythtv`, `kannel`, `tigase`, `ergo`, `znc`,
// `bitlbee`, `charybdis`, `serviio`, `pleroma`, `misskey`, `mirth`, `orthanc`, `xrootd`,
// `dcache`, `open5gs`, `papercut`, `opendj`, `krb5kdc`, `bareos`, `urbackup`, `libvirtd`, `vdsm`,
// `opennebula`, `cloudstack`, `checkmk`, `centreon`, `xymon`, `librenms`, `observium`, `prtg`,
// `goldengate`, `OGG-`, `HANA`, `dsmserv`, `ANR0`, `ibmslapd`, `autosys`, `CAUAJM`, `informatica`,
// `talend`, `pentaho`, `hyperion`, `spotfire`, `sisense`, `looker`, `jasperreports`, `metabase`,
// `knime`, `cognos`, `microstrategy`, `DSSErrors`, `essbase`, `NOTIFICATION:16`, `sharepoint`,
// `geoserver`, and for the eight kept: `zenoss`, `zenhub`, `zen.ZenHub`, `reports 20`, `qlik`,
// `Sequence#`, `ServiceUser`, `ProductVersion`, `T084116`, `tableau`, `vizql`, `"sev":`,
// `"k":"`, `arcgis`, `esri`, `<Msg time`, `machine="`, `dataiku`, `dku.`, `[dku.`, `backend.log`,
// `tm1`, `tm1server`, `TM1.Process`, `TM1.Server`, `planning analytics`, `denodo`, `vdp.log`.
// None of Zenoss, Qlik Sense, Tableau Server, ArcGIS Server, Dataiku DSS, TM1 or Denodo is in any
// table (`qlik` matches only another table's grep list, `Sequence#` ONTAP's labelled block,
// `ProductVersion` Defender's `AMProductVersion`, `"sev":` other products' JSON, `tm1` a cable
// modem, `<Msg time` only Oracle's ADR `<msg time=…>`, `machine="` only FoundationDB's trace XML).
// Left out as measured already: nearly every open-source server daemon the greps above name
// (their families are in earlier tables). Left out as not confirmed by any search: MicroStrategy's
// DSSErrors.log, Cognos's cogserver.log, Spotfire Server's server.log, KNIME Server and Looker.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zenoss's, Tableau's (`ts`), ArcGIS's, Dataiku's, TM1's and Denodo's stamps
// have no zone and are read as UTC; Qlik Sense's carry their offset (`+0100`, so 08:41 is 07:41Z).
// A Zenoss line that relays a worker's line carries the hub's time and the worker's own; either is
// accepted. Levels only where the line marks one: Zenoss's and Dataiku's level words, Qlik's Level
// and Severity columns, Tableau's `sev`, ArcGIS's `type` (JUL names: SEVERE is Error, FINE is
// Debug), TM1's and Denodo's level columns; on a relayed Zenoss line the hub's level is the
// record's, not the worker's DEBUG. The host is the record's host field: Qlik's Hostname and
// HostName columns and ArcGIS's machine attribute; Tableau's site and user, Zenoss's device names,
// Dataiku's and Denodo's database hosts in messages and TM1's users are no hosts. A record that
// spans lines is one entry: Zenoss's traceback, ArcGIS's Java trace inside the element, Dataiku's
// and Denodo's Java stacks. Qlik's header rows are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages" and find_string); where a search did not
// confirm a layout the source says "from memory" (Denodo's exact pattern and spacing: its column
// order is documented; Qlik's header rows and the service log's trailing columns; ArcGIS's message
// text spanning lines). Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 87.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 88.9 %, time 100.0 %, host 88.9 %, records 100.0 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is ArcGIS Server's `<Msg …>` element, whose level in the type
// attribute and host in the machine attribute trawl does not read.

var fresh513Cases = []worldCase{
	{
		name:   "zenoss-zenhub-log",
		source: "Zenoss's zenhub daemon, /opt/zenoss/log/zenhub.log (Python logging `yyyy-MM-dd HH:mm:ss,SSS LEVEL logger: msg`; a worker's own line relayed after `Worker (pid) reports`): zenoss/zenoss-prodbin PR #388 (a pasted tail of zenhub.log), PRs #3796 and #3981",
		why:    "a Python asctime with a comma before the milliseconds; a relayed worker line carries the worker's own time and level after the hub's (the hub's level is the record's); a traceback belongs to the ERROR above it; the device name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO zen.ZenHub: Starting zenhub on localhost:8789 with 2 workers"),
			we("2026-11-29T07:41:22.91Z|2026-11-29T07:41:22.909Z", Info, "", "2026-11-29 07:41:22,910 INFO zen.ZenHub: Worker (31877) reports 2026-11-29 07:41:22,909 DEBUG zen.ApplyDataMap: Started _applyDataMap for device nas-lab-04.corp.example"),
			we("2026-11-29T07:41:22.917Z", Debug, "", "2026-11-29 07:41:22,917 DEBUG zen.ZenHub: Service PingPerformanceConfig created for monitor localhost"),
			we("2026-11-29T07:41:40.118Z", Warn, "", "2026-11-29 07:41:40,118 WARNING zen.ZenHub: Worker 1 has been busy for 312 seconds on getDeviceConfigs"),
			we("2026-11-29T07:42:01.553Z", Error, "",
				"2026-11-29 07:42:01,553 ERROR zen.ZenHub: Failed to apply datamap for nas-lab-04.corp.example",
				"Traceback (most recent call last):",
				`  File "/opt/zenoss/Products/ZenHub/services/ModelerService.py", line 148, in remote_applyDataMaps`,
				"    changed = adm._applyDataMap(device, datamap)",
				`  File "/opt/zenoss/Products/DataCollector/ApplyDataMap.py", line 402, in _applyDataMap`,
				"    raise ObjectNotFound(objmap.id)",
				"ObjectNotFound: eth7"),
		},
	},
	{
		name:   "qlik-sense-trace-log",
		source: "Qlik Sense Enterprise on Windows trace logs (C:\\ProgramData\\Qlik\\Sense\\Log\\<Service>\\Trace\\<Machine>_System_<Service>.txt: tab-separated Sequence#, Timestamp `YYYYMMDDThhmmss.fffK`, Level, Hostname, Logger, Thread, Id, ServiceUser, Message, Exception, StackTrace, Id2, a header row first): help.qlik.com \"Common fields\" of the trace log file format (Sense 2.2 and April 2018 editions); the header row from memory",
		why:    "a compact ISO stamp with an offset and no separators (`20261129T084116.204+0100`); the level is the third tab column; the Hostname column is the record's host; the sequence number and the GUID are no times",
		entries: []worldEntry{
			wskip("Sequence#\tTimestamp\tLevel\tHostname\tLogger\tThread\tId\tServiceUser\tMessage\tException\tStackTrace\tId2"),
			we("2026-11-29T07:41:16.204Z", Info, "qlikprd01", "40211\t20261129T084116.204+0100\tINFO\tqlikprd01\tSystem.Repository.Repository.Core.Repository.RepositoryServiceInstance\t14\t5f2b0c1e-8a4d-4e3b-9c71-2d6e0f4a1b93\tCORP\\svc_qlik\tRepository service started, listening on port 4242\t\t\t5f2b0c1e-8a4d-4e3b-9c71-2d6e0f4a1b93"),
			we("2026-11-29T07:41:19.512Z", Debug, "qlikprd01", "40212\t20261129T084119.512+0100\tDEBUG\tqlikprd01\tSystem.Repository.Repository.Core.Synchronization.SyncHandler\t22\t9c4e7a10-3b2f-4d58-a6e1-7f0b2c9d4e85\tCORP\\svc_qlik\tSync round 1187 finished: 0 changes\t\t\t9c4e7a10-3b2f-4d58-a6e1-7f0b2c9d4e85"),
			we("2026-11-29T07:41:44.090Z", Warn, "qlikprd01", "40213\t20261129T084144.090+0100\tWARN\tqlikprd01\tSystem.Repository.Repository.Core.Licensing.LicenseCheck\t31\t1ad6e2f4-7c0b-4a93-8e25-4b9f1c3d7e60\tCORP\\svc_qlik\tProfessional allocations at 96% (48 of 50)\t\t\t1ad6e2f4-7c0b-4a93-8e25-4b9f1c3d7e60"),
			we("2026-11-29T07:42:03.771Z", Error, "qlikprd02", "40214\t20261129T084203.771+0100\tERROR\tqlikprd02\tSystem.Repository.Repository.Core.Communication.RemoteNodeClient\t9\t7e3f9b21-0d4c-4c6a-b1f8-3a2e5d7c9f04\tCORP\\svc_qlik\tNode qlikprd02 did not answer the ping within 30 seconds\tSystem.Net.WebException: The operation has timed out\t   at System.Net.HttpWebRequest.GetResponse()\t7e3f9b21-0d4c-4c6a-b1f8-3a2e5d7c9f04"),
		},
	},
	{
		name:   "qlik-sense-service-log",
		source: "Qlik Sense Enterprise on Windows service log (<MachineName>_Service_<Service>.txt: tab-separated Sequence#, ProductVersion, Timestamp `YYYYMMDDThhmmss.fffK`, Severity, HostName, Id, Description `Command=…;Result=…;ResultText=…`, ProxySessionId, ProxyPackageId, RequestSequenceId, …): help.qlik.com \"Server log\" fields of the new log file format (August 2022 and August 2023 editions); the columns after RequestSequenceId from memory",
		why:    "a product version column before the compact ISO stamp; the Severity column is the level; the HostName column is the host; `Result=0` and the session ids are no levels or times",
		entries: []worldEntry{
			wskip("Sequence#\tProductVersion\tTimestamp\tSeverity\tHostName\tId\tDescription\tProxySessionId\tProxyPackageId\tRequestSequenceId\tUserDirectory\tUserId\tObjectId\tObjectName\tContext\tCommand\tResult\tId2"),
			we("2026-11-29T07:41:16.530Z", Info, "qlikprd01", "118\t14.173.3\t20261129T084116.530+0100\tINFO\tqlikprd01\tb2d8f0a4-6e1c-4f37-9a52-0c7e3d1b8f26\tCommand=Start service;Result=0;ResultText=Success\t0\t0\t0\tINTERNAL\tsa_repository\t\tNot available\t/qrs/servicestatus\tStart service\t0\tb2d8f0a4-6e1c-4f37-9a52-0c7e3d1b8f26"),
			we("2026-11-29T07:43:02.118Z", Info, "qlikprd01", "119\t14.173.3\t20261129T084302.118+0100\tINFO\tqlikprd01\t3c9e1f7b-2a0d-4b86-8f14-6d5a0e2c7b93\tCommand=Open app;Result=0;ResultText=Success\t4f1e0c2a9b7d\t61\t1\tCORP\tmhaldane\t0a7c3e51-9d24-4f6b-b8e0-2c1f7a4d6e93\tSales Weekly\t/app/0a7c3e51-9d24-4f6b-b8e0-2c1f7a4d6e93\tOpen app\t0\t3c9e1f7b-2a0d-4b86-8f14-6d5a0e2c7b93"),
			we("2026-11-29T07:44:27.604Z", Warn, "qlikprd01", "120\t14.173.3\t20261129T084427.604+0100\tWARN\tqlikprd01\t8f2a6d0c-1e7b-4c39-a5f8-9b3e0d2c4a17\tCommand=Reload app;Result=1;ResultText=Reload took longer than the warning threshold\t0\t0\t0\tINTERNAL\tsa_scheduler\t0a7c3e51-9d24-4f6b-b8e0-2c1f7a4d6e93\tSales Weekly\t/qrs/task/start\tReload app\t1\t8f2a6d0c-1e7b-4c39-a5f8-9b3e0d2c4a17"),
			we("2026-11-29T07:45:09.002Z", Error, "qlikprd02", "121\t14.173.3\t20261129T084509.002+0100\tERROR\tqlikprd02\td4a0c7e2-5b9f-4e18-8c63-1f2b7a0e9d45\tCommand=Export sheet;Result=500;ResultText=Printing service unavailable\t7b2e9f0c1a4d\t88\t3\tCORP\tjokafor\t0a7c3e51-9d24-4f6b-b8e0-2c1f7a4d6e93\tSales Weekly\t/printing/export\tExport sheet\t500\td4a0c7e2-5b9f-4e18-8c63-1f2b7a0e9d45"),
		},
	},
	{
		name:   "tableau-server-native-json",
		source: "Tableau Server's native logs (data\\tabsvc\\logs\\vizqlserver\\nativeapi_vizqlserver_*.txt and the like: one JSON object a line with ts (zone-less), pid, tid, sev, req, sess, site, user, k, v): the Starschema blog \"Mining your Tableau logs with Apache Drill\" (a pasted line and its fields), camsoe.com's Tableau Server log analytics series",
		why:    "a JSON line whose level is in `sev` and whose time in `ts` has no zone (UTC by the rules); `site` and `user` are no hosts; the event name is in `k`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.924Z", Info, "", `{"ts":"2026-11-29T07:41:16.924","pid":6412,"tid":"1a2c","sev":"info","req":"-","sess":"-","site":"-","user":"-","k":"open-log","v":{"path":"D:\\Tableau\\data\\tabsvc\\logs\\vizqlserver\\nativeapi_vizqlserver_1-0_2026_11_29_07_41_16.txt"}}`),
			we("2026-11-29T07:43:05.311Z", Info, "", `{"ts":"2026-11-29T07:43:05.311","pid":6412,"tid":"2f80","sev":"info","req":"Y2fQk1x@7bA4sP0cE9mWvAAAA1c","sess":"4E1B0C7A2D9F4C63A8E5B1D0F7C2A94E-1:0","site":"Finance","user":"rvance","k":"begin-query","v":{"protocol-id":88,"query-hash":2204187311,"query-trunc":"SELECT SUM(\"amount\") FROM \"ledger\" GROUP BY 1"}}`),
			we("2026-11-29T07:43:07.020Z", Warn, "", `{"ts":"2026-11-29T07:43:07.020","pid":6412,"tid":"2f80","sev":"warn","req":"Y2fQk1x@7bA4sP0cE9mWvAAAA1c","sess":"4E1B0C7A2D9F4C63A8E5B1D0F7C2A94E-1:0","site":"Finance","user":"rvance","k":"ds-connect-retry","v":{"attempt":2,"dbname":"ledger_prod","error":"connection reset by peer"}}`),
			we("2026-11-29T07:43:09.877Z", Error, "", `{"ts":"2026-11-29T07:43:09.877","pid":6412,"tid":"2f80","sev":"error","req":"Y2fQk1x@7bA4sP0cE9mWvAAAA1c","sess":"4E1B0C7A2D9F4C63A8E5B1D0F7C2A94E-1:0","site":"Finance","user":"rvance","k":"exception","v":{"msg":"Unable to connect to the PostgreSQL server \"pg-fin-02\". Check that the server is running."}}`),
			we("2026-11-29T07:43:10.002Z", Debug, "", `{"ts":"2026-11-29T07:43:10.002","pid":6412,"tid":"2f80","sev":"debug","req":"Y2fQk1x@7bA4sP0cE9mWvAAAA1c","sess":"4E1B0C7A2D9F4C63A8E5B1D0F7C2A94E-1:0","site":"Finance","user":"rvance","k":"end-query","v":{"protocol-id":88,"elapsed":4.691,"rows":0}}`),
		},
	},
	{
		name:   "arcgis-server-msg-log",
		source: "ArcGIS Server / Portal for ArcGIS 10.x logs (arcgisserver\\logs\\<MACHINE>\\server\\server-*.log: `<Msg time=\"yyyy-MM-ddTHH:mm:ss,SSS\" type=\"SEVERE|WARNING|INFO|FINE\" code=… source=… process=… thread=… methodName=… machine=… user=… elapsed=… requestID=…>text</Msg>`): a Portal log line pasted in a setup write-up and a log-import parser's test fixture (both found with find_string `<Msg time=\"20`); help.arcgis.com \"Log message structure\" (10.0: machine is the machine the event occurred on); a message text spanning lines from memory",
		why:    "an XML element a record, the level in `type` (JUL names: SEVERE is Error, FINE is Debug), a zone-less local time with a comma before the milliseconds; the `machine` attribute is the host; `source` and the service name are no hosts; a Java trace inside the element is the same record",
		gap:    "the level in the element's type attribute (SEVERE, WARNING, INFO, FINE) and the host in its machine attribute are not read from an ArcGIS <Msg …> line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.734Z", Info, "GISSRV01.CORP.EXAMPLE", `<Msg time="2026-11-29T07:41:16,734" type="INFO" code="7000" source="Server" process="4120" thread="1" methodName="" machine="GISSRV01.CORP.EXAMPLE" user="" elapsed="" requestID="">The server has started.</Msg>`),
			we("2026-11-29T07:41:52.108Z", Debug, "GISSRV01.CORP.EXAMPLE", `<Msg time="2026-11-29T07:41:52,108" type="FINE" code="100004" source="Parcels/Zoning.MapServer" process="5184" thread="37" methodName="MapServer.Draw" machine="GISSRV01.CORP.EXAMPLE" user="kbrandt" elapsed="0.412" requestID="a6c1e0f4-2b7d-4e93-8c05-1f9b3d7a2e64">Request export; draw time 0.412 s.</Msg>`),
			we("2026-11-29T07:42:30.551Z", Warn, "GISSRV02.CORP.EXAMPLE", `<Msg time="2026-11-29T07:42:30,551" type="WARNING" code="9003" source="Utilities/PrintingTools.GPServer" process="6020" thread="12" methodName="GPServer.Execute" machine="GISSRV02.CORP.EXAMPLE" user="" elapsed="" requestID="">The instance pool for the service is at its maximum of 4.</Msg>`),
			we("2026-11-29T07:43:05.007Z", Error, "GISSRV02.CORP.EXAMPLE",
				`<Msg time="2026-11-29T07:43:05,007" type="SEVERE" code="8259" source="Server" process="6020" thread="19" methodName="" machine="GISSRV02.CORP.EXAMPLE" user="" elapsed="" requestID="">Failed to create the service Parcels/Zoning.MapServer.`,
				"java.io.IOException: Data source \\\\fs03\\gisdata\\zoning.gdb is not accessible",
				"\tat com.esri.arcgis.discovery.servicelib.impl.SOProcess.createService(SOProcess.java:412)",
				"\tat com.esri.arcgis.discovery.servicelib.impl.SOThread.run(SOThread.java:118)</Msg>"),
		},
	},
	{
		name:   "dataiku-dss-backend-log",
		source: "Dataiku DSS's backend (DATADIR/run/backend.log: log4j `[yyyy/MM/dd-HH:mm:ss.SSS] [thread] [LEVEL] [logger]  - msg`, a Java stack under an error): doc.dataiku.com \"Logging in DSS\" (its typical line), an install transcript and a log reader's fixtures found with find_string `[INFO] [dku.`",
		why:    "a slashed date glued to the time by a dash inside brackets, then the thread, the level and the logger each bracketed; `[ct: 365]` and activity ids are no times; the stack trace belongs to the error above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.586Z", Info, "", "[2026/11/29-07:41:16.586] [main] [INFO] [dku.logging]  - Loading logging settings"),
			we("2026-11-29T07:41:17.204Z", Info, "", "[2026/11/29-07:41:17.204] [main] [INFO] [dku]  - starting up ..."),
			we("2026-11-29T07:43:02.331Z", Debug, "", "[2026/11/29-07:43:02.331] [qtp71203981-214] [DEBUG] [dku.tracing]  - [ct: 12] Done call to /dip/api/datasets/get-summary (took 41ms)"),
			we("2026-11-29T07:43:40.018Z", Warn, "", "[2026/11/29-07:43:40.018] [DefaultQuartzScheduler_Worker-3] [WARN] [dku.projects.stats.git]  - [ct: 1804] Project WAREHOUSE_KPIS has 4211 uncompacted commits"),
			we("2026-11-29T07:44:02.118Z", Error, "",
				"[2026/11/29-07:44:02.118] [FRT-52-FlowRunnable] [ERROR] [dku.flow.activity] act.compute_orders_clean_NP - Activity failed",
				"java.sql.SQLException: Connection to pg-warehouse.corp.example:5432 refused",
				"\tat com.dataiku.dip.sql.SQLConnectionProvider.getConnection(SQLConnectionProvider.java:233)",
				"\tat com.dataiku.dip.dataflow.exec.SQLRecipeRunner.run(SQLRecipeRunner.java:97)",
				"\tat com.dataiku.dip.dataflow.jobrunner.ActivityRunner$FlowRunnableThread.run(ActivityRunner.java:380)"),
		},
	},
	{
		name:   "tm1-server-message-log",
		source: "IBM Planning Analytics / TM1 server's message log (tm1server.log: log4j-style columns pid, [thread], LEVEL, `yyyy-MM-dd HH:mm:ss.SSS`, logger TM1.Process / TM1.Server / TM1.Chore …, msg): ibm.com/docs Planning Analytics 2.0 \"View process rollback and restart messages in TM1 logs\" (an example log) and \"The message log\" (levels DEBUG INFO WARN ERROR FATAL)",
		why:    "a process id and a bracketed thread number before the level, and the time only after the level; the logger name after the time; the user `CORP/jokafor` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `5120   [1]   INFO   2026-11-29 07:41:16.204   TM1.Server   TM1 Server is ready, elapsed time 41.7 seconds`),
			we("2026-11-29T07:43:02.986Z", Info, "", `7732   [15]   INFO   2026-11-29 07:43:02.986   TM1.Process   Process "Load.GL.Actuals" executed by user "CORP/jokafor"`),
			we("2026-11-29T07:43:07.058Z", Warn, "", `7732   [15]   WARN   2026-11-29 07:43:07.058   TM1.Process   Process "Load.GL.Actuals" rolled back due to lock exception (8104).  Process will restart automatically`),
			we("2026-11-29T07:43:11.440Z", Error, "", `7732   [15]   ERROR   2026-11-29 07:43:11.440   TM1.Process   Process "Load.GL.Actuals":  finished executing with errors. Error file: <TM1ProcessError_20261129074311_7732_Load.GL.Actuals.log>`),
			we("2026-11-29T07:44:00.001Z", Info, "", `8104   [22]   INFO   2026-11-29 07:44:00.001   TM1.Chore   Chore "Nightly.Refresh" started`),
		},
	},
	{
		name:   "denodo-vdp-log",
		source: "Denodo Virtual DataPort server (DENODO_HOME/logs/vdp/vdp.log, log4j2: elapsed milliseconds, [thread], priority, timestamp, category, NDC, message, a Java stack under an error): Denodo KB \"Log column details\" (the columns in order) and the Denodo 8.0/9.0 manual \"Configuring the Logging System\"; the exact pattern, spacing and the ISO-T timestamp from memory",
		why:    "the milliseconds since start come first and are no time; the level before the timestamp; the category and an empty NDC `[]` after it; a stack trace belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2204 [main] INFO  2026-11-29T07:41:16.204 com.denodo.vdb.vdbinterface.server.VDBManagerImpl [] - Virtual DataPort server started on port 9999"),
			we("2026-11-29T07:42:03.517Z", Debug, "", "49517 [VDBCatalogWorker-3] DEBUG 2026-11-29T07:42:03.517 com.denodo.vdb.catalog.view.ViewCache [] - Cache of view sales.dv_orders refreshed in 118 ms"),
			we("2026-11-29T07:42:40.902Z", Warn, "", "86902 [JDBC-Pool-sales-7] WARN  2026-11-29T07:42:40.902 com.denodo.vdb.engine.datasource.jdbc.JDBCPool [] - Pool ds_sales_oracle exhausted (20 of 20 in use), waiting"),
			we("2026-11-29T07:43:11.060Z", Error, "",
				"117060 [VQLExec-41] ERROR 2026-11-29T07:43:11.060 com.denodo.vdb.engine.execution.QueryExecutor [] - Error executing query on view dv_orders",
				"java.sql.SQLRecoverableException: IO Error: Connection reset",
				"\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:874)",
				"\tat com.denodo.vdb.engine.datasource.jdbc.JDBCPool.borrow(JDBCPool.java:311)"),
		},
	},
}

func TestFresh513Formats(t *testing.T) { assertTable(t, fresh513Cases) }
func TestFresh513Score(t *testing.T) {
	checkScore(t, "fresh513 formats", fresh513Cases, [worldNumFields]float64{87.4, 99.9, 87.4, 99.9})
}
