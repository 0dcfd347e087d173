package parse

import "testing"

// The two-hundred-and-ninety-second fresh table, written on 2026-12-06: server hardware and
// virtualization appliances' syslog and local logs, in shapes no earlier table holds. Each family
// is one product's documented or observed output: vCenter's vpxd events forwarded to a collector in
// RFC 5424 (`Event [key] [1-1] [createdTime] [type] [severity] …`); ESXi 8's vmsyslogd sending
// hostd and the VMkernel in RFC 5424 (Originator@6876 as real structured data, the level only in
// the PRI); vCenter 8's SSO audit_events.log (a Z time, then JSON with a GMT time of its own);
// the appliance's VAMI applmgmt-audit.log (a zone-less ISO time with a colon after it); Nutanix's
// prism_gateway.log on a CVM (the level before the date, a Java stack trace under an error);
// XCP-ng's /var/log/audit.log (xapi's RBAC audit records, an s-expression behind the debug
// bracket); oVirt's engine-setup log written by otopi (a local offset without a colon, command
// output and tracebacks on the lines below); HPE iLO 6's remote syslog in RFC 5424 (`#ILO6` for an
// app-name); Dell OpenManage Server Administrator's `omreport system alertlog -fmt ssv`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`vpxd`, `vmon`, `vcenter`, `esxi`, `hostd`, `vmkernel`, `vobd`, `vmkwarning`, `fdm`,
// `vpxa`, `vim.event`, `Event [`, `[1-1] [20`, `Originator@6876`, `msgFormat`, `Syslog.global`,
// `Hostd 2`, `vmkernel - -`, `com.vmware.sso`, `audit_events`, `websso`, `eventSeverity`,
// `applmgmt`, `Password Authentication request`, `vsanvcmgmtd`, `vSAN@6876`, `vsan-health`,
// `nutanix`, `genesis`, `stargate`, `stargate.INFO`, `cerebro`, `curator`, `acropolis`, `prism`,
// `prism_gateway`, `prism.aop`, `9081-exec`, `proxmox`, `pveproxy`, `pvedaemon`, `UPID:`, `pve-`,
// `pvesh`, `cluster/log`, `pvestatd`, `corosync`, `knet`, `qm `, `xensource`, `xapi`, `SMlog`,
// `xcp`, `xenserver`, `xha`, `fence_heartbeat`, `xenopsd`, `squeezed`, `xcp-rrdd`, `trackid=`,
// `LOCAL_SUPERUSER`, `ovirt`, `vdsm`, `engine.log`, `otopi`, `engine-setup`,
// `ovirt-engine-setup`, `[ INFO  ]`, `Stage: `, `openmanage`, `OMSA`, `Server Administrator`,
// `alertlog`, `Alert Log`, `Severity;ID`, `-fmt`, `OpenManage Enterprise`, `EEMI`, `idrac`,
// `racadm`, `ilo`, `iLO 6`, `ilo6`, `#ILO`, `Browser login`, `xclarity`, `XCC`, `FQXSP`, `lenovo`,
// `imm2`, `supermicro`, `SMCIPMITool`, `SuperDoctor`, `bmc`, `ipmi`, `amsd`, `dcism`, `OneView`,
// `lxc-start`). vCenter's vpxd.log is in fresh6, vmon, sps and the vSphere Client log in fresh65,
// vSphere Replication in fresh103; vpxd's events relayed by syslog, the SSO audit_events.log and
// the VAMI audit log are in none. ESXi's hostd, vmkernel, vobd, fdm, shell and vpxa are in fresh,
// fresh30, fresh43 (vpxa through a collector, RFC 3164 with an ISO time), fresh65, fresh137 and
// fresh264; the RFC 5424 transmission is in none. Nutanix's genesis.out is in fresh10 and acropolis
// through syslog in fresh103; prism_gateway.log in none. XenServer's xensource.log and SMlog are in
// fresh5 and fresh30; the RBAC audit.log in none. oVirt's engine.log, vdsm, its HA agent, broker,
// supervdsm, mom and imageio are in fresh2, fresh30 and fresh152; the otopi setup log in none. iLO's
// RIBCL event log is in fresh11, its RFC 3164-like remote syslog (iLO 5) in fresh57 and the IML
// through Redfish in fresh204; the RFC 5424 remote syslog in none. OMSA's esmlog (list format) and
// its syslog lines are in fresh105; the ssv alert log in none. Left out as measured already:
// Proxmox VE (pveproxy's access log, vzdump, the task logs and index, the firewall log, the HA
// managers, pmxcfs, pvescheduler and qmeventd, pveam and replication: fresh6, fresh36, fresh39,
// fresh65, fresh152, fresh264), iDRAC (racadm getsel and lclog view, remote syslog, Redfish:
// fresh5, fresh57, fresh105, fresh159), Lenovo XClarity Administrator's syslog (fresh19),
// Supermicro's and ASRock Rack's BMC syslog (fresh103, fresh116), OpenBMC and ipmitool (fresh2,
// fresh105, fresh204), LXC's container log (fresh7). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). vCenter's relayed event carries the collector-bound header time and the
// event's createdTime seconds earlier, both its own (either accepted); the SSO audit line's Z time
// and its JSON `timestamp` are the same instant; XCP-ng's rsyslog header and xapi's bracket time are
// the same second (either accepted); the VAMI audit log and OMSA's ctime carry no zone and are
// taken as UTC; otopi writes local time with `+0100`. Levels only where the source marks one: the
// RFC 5424 PRI (ESXi's severity lives only there; vCenter's events and iLO's lines agree with
// theirs), vCenter's `[info]`, the SSO JSON's eventSeverity (INFO even for a failed login),
// applmgmt's and Prism's level words, otopi's levelname, OMSA's Severity column (Ok as Info,
// Non-Critical as Warn, Critical as Critical). xapi's `audit` in the priority slot is no level,
// and the file keeps no PRI. The host is the record's host field: the RFC 5424 HOSTNAME, the
// rsyslog header's name; a client address (the SSO JSON's client, the login messages' addresses),
// a datacenter in vCenter's brackets, the ESXi host named in an event's text, the 127.0.0.1 in a
// Prism thread name and the NFS server in a VMkernel message are not hosts. A record that spans
// lines is one entry: Prism's error with its stack trace, otopi's command output and its blank
// line, otopi's method exception with its traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 21aff8d before any rule for it: level 77.8 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 79.5 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 21aff8d with no change to trawl's code (only this file and table_test.go's list), 7 of
// 9 families fully right; the gaps are the level of vCenter's SSO audit_events.log (its JSON's
// eventSeverity key) and the Severity column of OMSA's ssv alert log (the header behind a title,
// the Ok and Non-Critical values).

var fresh292Cases = []worldCase{
	{
		name:   "vcenter-vpxd-events-rfc5424-collector",
		source: "vCenter Server 7/8's vpxd events sent to a remote syslog server (events go to syslog by default; RFC 5424 `<14>1 time host vpxd pid - -  Event [key] [1-1] [createdTime] [vim.event.Type] [severity] [user] [datacenter] [chainId] [fullFormattedMessage]`), stored by a collector that writes the message as received and escapes a newline as #012 (rsyslog's default): a vCenter-to-Logstash walkthrough pasting `<14>1 … photon-machine vpxd 4035 - -  Event [4184629] [1-1] …` and splunk/splunk-connect-for-syslog's test_vmware comment line (both found by find_string), SEKOIA-IO/intake-formats PRs #1140 and #1967 and their vmware-vcenter tests (the bracket fields); the #012 escapes from memory",
		why:    "an RFC 5424 header with two blanks before the message; the event's own createdTime in brackets seconds earlier (either accepted); `[info]` is the event's severity; the datacenter in brackets and the ESXi host in the message are no hosts; a reconfigure event's newlines escaped as #012 keep it on one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.640474Z|2026-11-29T07:41:16.017928Z", Info, "vcsa01.corp.example", `<14>1 2026-11-29T07:41:17.640474+00:00 vcsa01.corp.example vpxd 4123 - -  Event [5120733] [1-1] [2026-11-29T07:41:16.017928Z] [vim.event.UserLoginSessionEvent] [info] [VSPHERE.LOCAL\svc-backup] [DC-Lyon] [5120733] [User VSPHERE.LOCAL\svc-backup@10.40.3.22 logged in as pyvmomi Python/3.11.9 (Linux; 6.1.0-27-amd64; x86_64)]`),
			we("2026-11-29T07:42:05.112093Z|2026-11-29T07:42:04.980411Z", Info, "vcsa01.corp.example", `<14>1 2026-11-29T07:42:05.112093+00:00 vcsa01.corp.example vpxd 4123 - -  Event [5120741] [1-1] [2026-11-29T07:42:04.980411Z] [vim.event.VmPoweredOnEvent] [info] [VSPHERE.LOCAL\svc-backup] [DC-Lyon] [5120738] [app-db-03 on esx-r12.corp.example in DC-Lyon is powered on]`),
			we("2026-11-29T07:43:30.500871Z|2026-11-29T07:43:30.211457Z", Info, "vcsa01.corp.example", `<14>1 2026-11-29T07:43:30.500871+00:00 vcsa01.corp.example vpxd 4123 - -  Event [5120760] [1-1] [2026-11-29T07:43:30.211457Z] [vim.event.VmReconfiguredEvent] [info] [VSPHERE.LOCAL\ops.kim] [DC-Lyon] [5120759] [Reconfigured app-db-03 on esx-r12.corp.example in DC-Lyon.  #012 #012Modified:  #012 #012config.hardware.device(4000).backing.port.portgroupKey: "dvportgroup-1042" -> "dvportgroup-2210"; #012#012 Added:  #012#012 Deleted:  #012#012]`),
			we("2026-11-29T07:44:12.030566Z|2026-11-29T07:44:12.001204Z", Info, "vcsa01.corp.example", `<14>1 2026-11-29T07:44:12.030566+00:00 vcsa01.corp.example vpxd 4123 - -  Event [5120772] [1-1] [2026-11-29T07:44:12.001204Z] [vim.event.EventEx] [info] [ops.kim] [] [5120772] [Failed login ops.kim from 10.40.3.22 at 11/29/2026 07:44:12 GMT in SSO]`),
		},
	},
	{
		name:   "esxi8-rfc5424-remote-hostd-vmkernel",
		source: "ESXi 8.0's vmsyslogd sending to a remote host in RFC 5424 (`<PRI>1 time host APP-NAME PROCID MSGID SD MSG`; the Originator@6876 element with quoted sub= and opID= params as structured data, `-` where there is none; hostd at local4, the VMkernel at local6), stored as received: the vSphere 8 'ESXi Syslog Message Transmission Formats' and 'Protocols, Formats and Framing of ESXi Syslog Messages' pages and core.vmware.com 'ESXi 8 Log Message Formats' (found by search: the ABNF, quoted SD-PARAM values, the formatting option); the wire lines themselves from memory",
		why:    "the level is only in the PRI (166 info, 164 warning, 182 info and 180 warning for the VMkernel); the VMkernel's `cpu21:2098840)` prefix and its `WARNING:` word sit after an empty SD; the NFS server's address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "esx-r12.corp.example", `<166>1 2026-11-29T07:41:16.204Z esx-r12.corp.example Hostd 2099421 - [Originator@6876 sub="Vimsvc.TaskManager" opID="lro-48211-3f2c"] Task Created : haTask-12-vim.VirtualMachine.powerOn-48212`),
			we("2026-11-29T07:41:16.388Z", Info, "esx-r12.corp.example", `<182>1 2026-11-29T07:41:16.388Z esx-r12.corp.example vmkernel - - - cpu21:2098840)World: 12235: VC opID lro-48211-3f2c maps to vmkernel opID 5e1c03a7`),
			we("2026-11-29T07:41:17.902Z", Warn, "esx-r12.corp.example", `<180>1 2026-11-29T07:41:17.902Z esx-r12.corp.example vmkernel - - - cpu3:2097648)WARNING: NFS: 1227: Lost connection to the server 10.0.40.12 mount point /vmfs/volumes/7c1e2a4b-3d5f6a78/, mounted as 7c1e2a4b-3d5f6a78-0000-000000000000 ("nfs-iso")`),
			we("2026-11-29T07:41:18.015Z", Warn, "esx-r12.corp.example", `<164>1 2026-11-29T07:41:18.015Z esx-r12.corp.example Hostd 2099421 - [Originator@6876 sub="Hostsvc.VmkVprobSource"] VmkVprobSource::Post event: esx.problem.vmfs.nfs.server.disconnect 10.0.40.12 /vmfs/volumes/7c1e2a4b-3d5f6a78/ nfs-iso`),
			we("2026-11-29T07:41:19.441Z", Info, "esx-r12.corp.example", `<182>1 2026-11-29T07:41:19.441Z esx-r12.corp.example vmkernel - - - cpu9:2101337)ScsiDeviceIO: 4163: Cmd(0x45b8c1a2b3c8) 0x28, CmdSN 0x1f4 from world 2099560 to dev "naa.600508b1001c4d2e3f4a5b6c7d8e9f01" failed H:0x5 D:0x0 P:0x0 Cancelled from path layer. Cmd count Active:2`),
		},
	},
	{
		name:   "vcenter-sso-audit-events-log",
		source: "vCenter Server 8's SSO audit log /var/log/audit/sso-events/audit_events.log (`yyyy-MM-ddTHH:mm:ssZ {JSON}` with user, client, timestamp as `MM/dd/yyyy HH:mm:ss GMT`, description, eventSeverity and type com.vmware.sso.LoginSuccess|LoginFailure|Logout): Broadcom KB 423205 'How to find vCenter Server login record' (found by search, eventSeverity INFO on all three); SEKOIA-IO/intake-formats PR #1466 (the same JSON inside websso's log)",
		why:    "a Z time, then a JSON object whose `timestamp` is the same instant in US order and GMT; eventSeverity is INFO even for a failed login; the client address and the user's domain are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16Z {"user":"ops.kim@VSPHERE.LOCAL","client":"10.40.3.22","timestamp":"11/29/2026 07:41:16 GMT","description":"User ops.kim@VSPHERE.LOCAL@10.40.3.22 logged in with response code 200","eventSeverity":"INFO","type":"com.vmware.sso.LoginSuccess"}`),
			we("2026-11-29T07:44:12Z", Info, "", `2026-11-29T07:44:12Z {"user":"admin.ops@VSPHERE.LOCAL","client":"10.40.3.97","timestamp":"11/29/2026 07:44:12 GMT","description":"User admin.ops@VSPHERE.LOCAL@10.40.3.97 failed to log in with response code 401","eventSeverity":"INFO","type":"com.vmware.sso.LoginFailure"}`),
			we("2026-11-29T07:58:40Z", Info, "", `2026-11-29T07:58:40Z {"user":"ops.kim@VSPHERE.LOCAL","client":"10.40.3.22","timestamp":"11/29/2026 07:58:40 GMT","description":"User ops.kim@VSPHERE.LOCAL@10.40.3.22 logged out","eventSeverity":"INFO","type":"com.vmware.sso.Logout"}`),
			we("2026-11-29T08:02:03Z", Info, "", `2026-11-29T08:02:03Z {"user":"svc-backup@VSPHERE.LOCAL","client":"10.40.8.15","timestamp":"11/29/2026 08:02:03 GMT","description":"User svc-backup@VSPHERE.LOCAL@10.40.8.15 logged in with response code 200","eventSeverity":"INFO","type":"com.vmware.sso.LoginSuccess"}`),
		},
	},
	{
		name:   "vcsa-applmgmt-audit-log",
		source: "vCenter Server Appliance's VAMI (port 5480) audit log /var/log/vmware/applmgmt-audit/applmgmt-audit.log (`yyyy-MM-ddTHH:mm:ss.SSS: LEVEL msg`, no zone): vmware-archive/vcenter-event-broker-appliance issue #1152 (a maintainer quoting the `User Password Authentication request for user : …` and `ERROR Authentication Status : Failed` lines); the success line from memory",
		why:    "an ISO time with milliseconds and no zone (UTC) with a colon right after it, then the level word; `user : root` and `Status : Failed` are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16.204: INFO User Password Authentication request for user : root"),
			we("2026-11-29T07:41:16.977Z", Info, "", "2026-11-29T07:41:16.977: INFO Authentication Status : Success"),
			we("2026-11-29T07:43:02.511Z", Info, "", "2026-11-29T07:43:02.511: INFO User Password Authentication request for user : admin.ops"),
			we("2026-11-29T07:43:04.268Z", Error, "", "2026-11-29T07:43:04.268: ERROR Authentication Status : Failed"),
		},
	},
	{
		name:   "nutanix-prism-gateway-log",
		source: "Nutanix AOS's Prism gateway log on a CVM, /home/nutanix/data/logs/prism_gateway.log (log4j: the level padded to five first, then `yyyy-MM-dd HH:mm:ss,SSSZ`, the thread, `[]`, class.method:line, the message; a Java stack trace under an error): the prism_gateway_regex of a Nutanix Xi fluent-bit set-up script found by find_string (`^(?<logType>[^\\d]+)(?<time>[^\\,]+)[,](?<threadId>[^ ]+) (?<fileName>[^\\:]+):(?<lineNumber>[^ ]+) *(?<message>.*)`, Multiline On); the `Z` after the milliseconds, the `[]` and the class names from memory",
		why:    "the level comes before the date; `Z` after the comma milliseconds; the thread name holds 127.0.0.1 and a port, no host; a stack trace belongs to the error above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  2026-11-29 07:41:16,204Z pool-4-thread-2 [] prism.service.ClusterStateService.refresh:118 Refreshed cluster state for 3 nodes in 42 ms"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "WARN  2026-11-29 07:41:19,877Z http-nio-127.0.0.1-9081-exec-7 [] prism.auth.LocalAuthenticationProvider.authenticate:301 Authentication failed for user ops.kim from 10.40.3.22"),
			we("2026-11-29T07:41:22.015Z", Error, "",
				"ERROR 2026-11-29 07:41:22,015Z http-nio-127.0.0.1-9081-exec-2 [] prism.aop.RequestInterceptor.invoke:224 Throwing exception from VMAdministration.getVMs",
				"com.nutanix.prism.exception.VMAdministrationException: Error while fetching VMs from Acropolis: timed out after 30000 ms",
				"\tat com.nutanix.prism.commands.vm.VMAdministration.getVMs(VMAdministration.java:412)",
				"\tat sun.reflect.GeneratedMethodAccessor213.invoke(Unknown Source)",
				"\tat prism.aop.RequestInterceptor.invoke(RequestInterceptor.java:221)"),
			we("2026-11-29T07:41:25.330Z", Info, "", "INFO  2026-11-29 07:41:25,330Z http-nio-127.0.0.1-9081-exec-3 [] prism.aop.RequestInterceptor.invoke:181 GET /PrismGateway/services/rest/v2.0/vms/?include_vm_disk_config=true took 1203 ms"),
		},
	},
	{
		name:   "xcpng-xapi-rbac-audit-log",
		source: "XCP-ng 8.3's /var/log/audit.log, xapi's RBAC audit records (Debug.audit: `[time|audit||thread name|task|audit] (s-expr)` sent at local6.info, the time Ptime's RFC 3339 with milliseconds; the s-expression's trackid, subject id, user name, ALLOWED|DENIED, OK|ERROR:code, API|HTTP, the call and its named arguments) under rsyslog's traditional header: xapi-project/xen-api ocaml/libs/log/debug.ml (format, audit) and ocaml/xapi/rbac_audit.ml (sexpr_of); xcp-ng/xcp-ng-org PR #487 (audit.log as the RBAC audit records); the header and the rendered s-expressions from memory",
		why:    "a syslog header, then a bracket whose first field is a full ISO time and whose priority slot says `audit` (no level); the client address in the thread name and the VM names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412Z", Unknown, "xcp-ng-07", "Nov 29 07:41:16 xcp-ng-07 xapi: [2026-11-29T07:41:16.412Z|audit||4121 HTTPS 10.40.3.22->:::80|session.login_with_password D:5c2e81a4f0b3|audit] ('trackid=3c9e0b7d41a2f85e6c1d0a9b8e7f6a5d' 'LOCAL_SUPERUSER' 'root' 'ALLOWED' 'OK' 'API' 'session.login_with_password' ())"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.086Z", Unknown, "xcp-ng-07", "Nov 29 07:41:20 xcp-ng-07 xapi: [2026-11-29T07:41:20.086Z|audit||4130 HTTPS 10.40.3.22->:::80|VM.start R:9d1a2b3c4e5f|audit] ('trackid=3c9e0b7d41a2f85e6c1d0a9b8e7f6a5d' 'LOCAL_SUPERUSER' 'root' 'ALLOWED' 'OK' 'API' 'VM.start' (('vm' 'web-07' '3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1' 'OpaqueRef:8e4f2a1c-6b7d-4c3e-9f0a-1b2c3d4e5f60') ('start_paused' 'false' '' '') ('force' 'false' '' '')))"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:03.519Z", Unknown, "xcp-ng-07", `Nov 29 07:42:03 xcp-ng-07 xapi: [2026-11-29T07:42:03.519Z|audit||4188 HTTPS 10.40.3.97->:::80|VM.destroy R:2b7c9e1f0a4d|audit] ('trackid=9e2d71c04b5a8f3e6d1c2b0a9f8e7d6c' 'S-1-5-21-3623811015-3361044348-30300820-1107' 'CORP\\jdoe' 'DENIED' 'ERROR:RBAC_PERMISSION_DENIED' 'API' 'VM.destroy' (('self' 'web-07' '3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1' 'OpaqueRef:8e4f2a1c-6b7d-4c3e-9f0a-1b2c3d4e5f60')))`),
		},
	},
	{
		name:   "ovirt-engine-setup-otopi-log",
		source: "oVirt 4.5's engine-setup log /var/log/ovirt-engine/setup/ovirt-engine-setup-<stamp>-<rand>.log written by otopi (`%(asctime)s %(levelname)s %(name)s %(module)s.%(funcName)s:%(lineno)d %(message)s`, asctime `yyyy-MM-dd HH:mm:ss,SSS±hhmm` in local time; plugin.execute's `execute-output: (…) stdout:` and `stderr:` records carry the output on the lines below and end with an empty line; `method exception` carries its traceback): oVirt/otopi src/plugins/otopi/core/log.py (_MyFormatter, _formatTime_dateutil) and src/otopi/plugin.py (execute); the plugin names, line numbers and the failing stage from memory",
		why:    "an offset without a colon after the milliseconds (+0100); the logger name and module.function:line between the level and the message; a command's output, an empty stderr and a traceback stay with their record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 08:41:16,204+0100 DEBUG otopi.context context._executeMethod:127 Stage misc METHOD otopi.plugins.ovirt_engine_setup.ovirt_engine.db.schema.Plugin._misc"),
			we("2026-11-29T07:41:16.377Z", Debug, "", "2026-11-29 08:41:16,377+0100 DEBUG otopi.plugins.ovirt_engine_setup.ovirt_engine.db.schema plugin.executeRaw:813 execute: ('/usr/bin/systemctl', 'show', '-p', 'LoadState', 'ovirt-engine.service'), executable='None', cwd='None', env=None"),
			we("2026-11-29T07:41:16.392Z", Debug, "",
				"2026-11-29 08:41:16,392+0100 DEBUG otopi.plugins.ovirt_engine_setup.ovirt_engine.db.schema plugin.execute:921 execute-output: ('/usr/bin/systemctl', 'show', '-p', 'LoadState', 'ovirt-engine.service') stdout:",
				"LoadState=loaded",
				""),
			we("2026-11-29T07:41:16.393Z", Debug, "",
				"2026-11-29 08:41:16,393+0100 DEBUG otopi.plugins.ovirt_engine_setup.ovirt_engine.db.schema plugin.execute:926 execute-output: ('/usr/bin/systemctl', 'show', '-p', 'LoadState', 'ovirt-engine.service') stderr:",
				"",
				""),
			we("2026-11-29T07:41:22.61Z", Warn, "", "2026-11-29 08:41:22,610+0100 WARNING otopi.plugins.ovirt_engine_setup.ovirt_engine.system.memcheck memcheck._check_requirements:148 Warning: Not enough memory is available on the host. Minimum requirement is 4096MB, and 16384MB is recommended."),
			we("2026-11-29T07:42:05.117Z", Debug, "",
				"2026-11-29 08:42:05,117+0100 DEBUG otopi.context context._executeMethod:145 method exception",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.9/site-packages/otopi/context.py", line 132, in _executeMethod`,
				"    method['method']()",
				`  File "/usr/share/ovirt-engine/setup/bin/../plugins/ovirt-engine-setup/ovirt-engine/db/schema.py", line 532, in _misc`,
				"    oenginecons.EngineDBEnv.PGPASS_FILE",
				`  File "/usr/lib/python3.9/site-packages/otopi/plugin.py", line 931, in execute`,
				"    command=args[0],",
				"RuntimeError: Command '/usr/share/ovirt-engine/dbscripts/schema.sh' failed to execute"),
			we("2026-11-29T07:42:05.118Z", Error, "", "2026-11-29 08:42:05,118+0100 ERROR otopi.context context._executeMethod:154 Failed to execute stage 'Misc configuration': Command '/usr/share/ovirt-engine/dbscripts/schema.sh' failed to execute"),
		},
	},
	{
		name:   "hpe-ilo6-rfc5424-remote-syslog",
		source: "an HPE iLO 6 (ProLiant Gen11) sending its iLO event log to a remote syslog server in RFC 5424 (`<PRI>1 time ILO<serial> #ILO6 - - - msg`: seconds and Z, the iLO's own name for a host, no procid, msgid or structured data), stored as received: splunk/splunk-connect-for-syslog issue #1457 (an iLO 4 2.78 line `<134>1 2022-01-27T19:51:46Z ILOUSE713BBHL #ILO4 - - - Browser login: …`); the iLO event log's messages (`Browser login: user - address(DNS name)`, `SSH login failure from: …`, `Server power removed`) from the iLO user guide's event table (found by search); the `#ILO6` app-name and the PRIs from memory",
		why:    "an app-name that starts with `#`; the level only in the PRI (134 info, 132 warning, 133 notice); the client address and its DNS name in parentheses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ILOCZJ31207XQ", "<134>1 2026-11-29T07:41:16Z ILOCZJ31207XQ #ILO6 - - - Browser login: ops.kim - 10.40.3.22(ws-0412.corp.example)."),
			we("2026-11-29T07:41:58Z", Warn, "ILOCZJ31207XQ", "<132>1 2026-11-29T07:41:58Z ILOCZJ31207XQ #ILO6 - - - Browser login failure from: 10.40.3.97(DNS name not found)."),
			we("2026-11-29T07:43:05Z", Notice, "ILOCZJ31207XQ", "<133>1 2026-11-29T07:43:05Z ILOCZJ31207XQ #ILO6 - - - Server power removed."),
			we("2026-11-29T07:43:41Z", Info, "ILOCZJ31207XQ", "<134>1 2026-11-29T07:43:41Z ILOCZJ31207XQ #ILO6 - - - Server power restored."),
		},
	},
	{
		name:   "dell-omsa-omreport-alertlog-ssv",
		gap:    "trawl reads each row's ctime but not its level: the `Severity;ID;Date and Time;Category;Description` header is not learned as the table's header when omreport's `Alert Log` title and an empty line come before it, so no row's Severity column is read (Unknown); and OMSA's `Ok` and `Non-Critical` are no level values to it even under a learned header (only `Critical` is)",
		source: "Dell OpenManage Server Administrator 11's `omreport system alertlog -fmt ssv` (a title, an empty line, a header row `Severity;ID;Date and Time;Category;Description`, then one semicolon-separated row an alert, newest first; the date a ctime in the server's local time): the OMSA CLI guide's command syntax pages (found by search) and the alert log's Severity, ID, Date and Time, Category and Description fields; the ssv rows and their order from memory. OMSA's esmlog in the list format and its syslog lines are fresh105's",
		why:    "a delimited table under a header: the Severity column is the level (Ok, Non-Critical, Critical), the third column a ctime with no zone (UTC); the event ID is no time; rows newest first",
		entries: []worldEntry{
			wskip("Alert Log", "", "Severity;ID;Date and Time;Category;Description"),
			we("2026-11-29T07:52:40Z", Info, "", "Ok;1306;Sun Nov 29 07:52:40 2026;Instrumentation Service;Redundancy regained Redundancy unit: System Board PS Redundancy Chassis location: Main System Chassis"),
			we("2026-11-29T07:49:12Z", Critical, "", "Critical;2048;Sun Nov 29 07:49:12 2026;Storage Service;Device failed: Physical Disk 0:1:3 Controller 0, Connector 0"),
			we("2026-11-29T07:43:02Z", Warn, "", "Non-Critical;1053;Sun Nov 29 07:43:02 2026;Instrumentation Service;Temperature sensor detected a warning value Sensor location: System Board Inlet Temp Chassis location: Main System Chassis Previous state was: OK (Normal) Temperature sensor value (in degrees Celsius): 42.0"),
			we("2026-11-29T07:41:16Z", Info, "", "Ok;1001;Sun Nov 29 07:41:16 2026;Instrumentation Service;Server Administrator startup complete"),
		},
	},
}

func TestFresh292Formats(t *testing.T) { assertTable(t, fresh292Cases) }
func TestFresh292Score(t *testing.T) {
	checkScore(t, "fresh292 formats", fresh292Cases, [worldNumFields]float64{88.8, 99.9, 99.9, 99.9})
}
