package parse

import "testing"

// The hundred-and-fifty-second fresh table, written on 2026-12-04: virtualization and hypervisors,
// a further pass after fresh30 and fresh65 and the many single families of other tables. Its
// families are in none of world_test.go, holdout_test.go and the earlier fresh tables (fresh_test.go
// to fresh151_test.go), compared by product, file and shape and not only by name. The theme was
// chosen over storage and CI/CD by grepping every parse/*_test.go for a list of products of each:
// 38 of 51 virtualization names had no hit (42 of 62 for storage, 35 of 56 for CI/CD), and none of
// the three candidate lists' headline products is unmeasured, so this table takes the host-side
// helpers and the less common hypervisors. These were left out because a table already measures
// them: libvirtd's file and the QEMU domain log, virt-install, virt-v2v, `virsh event`, QEMU's trace
// backend, QMP and qemu-ga; Proxmox VE's pveproxy access log, pvedaemon's journal, the task logs and
// index, vzdump, the firewall log, the HA managers, pmxcfs and Proxmox Backup Server; ESXi's
// vmkernel, vobd, vmksummary, vmkwarning, shell, syslog, fdm, esxupdate, hostd 6 (Originator) and 8,
// vpxa forwarded and vSAN's clomd, vCenter's vpxd, vmon, sps and vSphere Client; Xen's xl domain
// log, qemu-dm, the hypervisor console with datems, XenServer's xensource and SMlog, Xen Orchestra
// and OpenXT's dom0; Hyper-V's Get-WinEvent table and VMMS CSV export and wevtutil's text (another
// channel's, the same shape); VirtualBox's VBox.log; oVirt's engine.log and vdsm.log; LXD's log15
// file and LXC's own log; Firecracker, cloud-hypervisor, crosvm, KubeVirt's virt-handler, gVisor's
// runsc, Multipass, Vagrant, Packer, Parallels, bhyve, OpenBSD's vmd, OpenNebula, CloudStack,
// Ganeti, Eucalyptus, Nutanix, Oracle VM and open-vm-tools' vmsvc (whose GLib shape vgauthsvc
// shares). Also left out after the search: xenstored's access log and xenconsoled's --timestamp
// guest logs (their stamp not confirmed in a stored source), xen-hotplug.log (shell traces with no
// record shape), VBoxSVC.log (VBox.log's shape in another file), virtlogd's and libvirt's LXC
// driver's files (libvirtd's and the QEMU domain log's shapes), the Hyper-V channels through
// wevtutil (its text shape is an earlier table's) and ESXi's rhttpproxy and vpxa files (hostd's
// Originator shape).
//
// What is here is twenty-six families in five parts. oVirt and RHV hosts: the hosted-engine HA
// agent's agent.log and its ERROR records in the journal through Python's SysLogHandler, the HA
// broker's broker.log, supervdsm.log with its process|thread names, MOM's mom.log, vdsm's own
// journal lines, ovirt-imageio's daemon.log, sanlock's sanlock.log and sanlock with wdmd in
// /var/log/messages. libvirt's helpers: the Rust virtiofsd's log, swtpm_setup's manufacturing log,
// virt-host-validate's report and libvirt-guests in the journal. VirtualBox, Hyper-V guests and
// emulators: VBoxHardening.log, VBoxService in a guest's journal, Bochs' bochsout.txt and Hyper-V's
// VSS daemon in a guest's /var/log/messages. Containers as VMs: Kata's shim in the journal, Incus'
// incusd.log and `incus monitor --pretty`, Lima's host agent and KubeVirt's virt-launcher. OpenVZ
// and Proxmox: vzctl.log, a storage replication job's log, pveam.log, pvescheduler's and qmeventd's
// journal lines.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less clock read as UTC and an offset converted, a year-less syslog
// date in 2026, "" when a record has no time of its own (a VM's or a daemon's uptime such as
// VBoxService's `00:00:00.000186` and Bochs' tick count, sanlock's monotonic seconds, a file's
// CreationTime in VBoxHardening's dump, a snapshot name's epoch, a `created=` field), and "a|b"
// where a record carries two times of its own (a journal header and a logrus time inside it, a
// syslog header and sanlock's own prefix, a header and VBoxService's `Log opened`, swtpm_setup's
// Starting and Ending). Levels only where the line writes one: Python's and logrus' names,
// env_logger's, the JSON level fields, vdsm's `WARN` and `ERROR` after the tag; Bochs' letters
// (i Info, e Error, d Debug, p panic as Critical); virt-host-validate's result words, which are
// libvirt's message levels there (WARN Warn, FAIL Error, as fresh150 reads Tiger's FAIL), PASS no
// level; sanlock, wdmd, vzctl, swtpm, pvesr, pveam, VBoxHardening and VBoxService write none, and
// `Error -3738 in …` opening a VBoxHardening message is prose. The host only where the line names
// the machine: a syslog or journal header's host; a remote host in a message (the HA agent's best
// remote host), a client, a VM, a container, a lockspace and a URL's host are no hosts. A block
// the product writes as one event is one record: a Python traceback under its line, a journal
// message's indented continuation lines, swtpm_setup's run from Starting to Ending; a line with its
// own frame (VBoxHardening's pid.tid, Bochs' tick and letter) is a record of its own.
//
// The shapes come from the public sources each case names, found with the search tool:
// oVirt/ovirt-hosted-engine-ha's agent-log.conf.in (the long format and the sysform handler),
// oVirt/vdsm's svdsm.logger.conf.in and issue #407 (vdsm's journal lines), oVirt/mom's __init__.py
// and Controllers/KSM.py, ovirt-imageio's logging format, David Teigland's sanlock-messages.txt
// (the `date monotime [tid]:` prefix and its syslog copy) and sanlock's log.c, swtpm's
// swtpm_setup (logit's `@ %a %d %h %Y %I:%M:%S %p %Z`) with pages pasting its output, libvirt's
// virt-host-validate and libvirt-guests.sh, VirtualBox forum pastes of VBoxHardening.log and
// guests' journals, Bochs' logio.cc layout, Kata's developer guide (`journalctl -t kata`), LXD's
// and Incus' logrus and pretty formatters, lima-vm's ha.stderr.log, KubeVirt's log package, vzctl's
// logger and Proxmox forum threads pasting replication, pveam and scheduler logs; from memory of
// real lines where a source says so. Hosts, ids, addresses and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. The table is a measurement, never to be tuned
// on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored at commit ff7b7f3 before any rule was written from it: level 92.9 %,
// time 93.6 %, host 98.7 %, records 94.2 % (macro), 22 of 26 families fully right.
//
// go test ./parse -run Fresh152 -v

var fresh152Cases = []worldCase{
	// oVirt and RHV hosts: the hosted-engine HA services, vdsm's helpers, imageio and sanlock.
	{
		name:   "ovirt-ha-agent-agent-log",
		source: "oVirt's hosted-engine HA agent, /var/log/ovirt-hosted-engine-ha/agent.log (Python logging's long format `%(threadName)s::%(levelname)s::%(asctime)s::%(module)s::%(lineno)d::%(name)s::(%(funcName)s) %(message)s`, a traceback logged under its ERROR line): oVirt/ovirt-hosted-engine-ha ovirt_hosted_engine_ha/agent/agent-log.conf.in; from memory of the monitoring loop's messages. oVirt's engine.log and vdsm.log are earlier tables'; the HA agent is in none",
		why:    "the level and a comma-millisecond clock sit between double colons after the thread; module, line and logger follow; a traceback belongs to the ERROR line above it; the best remote host named in a message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "MainThread::INFO::2026-11-29 07:41:16,204::hosted_engine::517::ovirt_hosted_engine_ha.agent.hosted_engine.HostedEngine::(_monitoring_loop) Current state EngineUp (score: 3400)"),
			we("2026-11-29T07:41:16.205Z", Info, "", "MainThread::INFO::2026-11-29 07:41:16,205::hosted_engine::525::ovirt_hosted_engine_ha.agent.hosted_engine.HostedEngine::(_monitoring_loop) Best remote host he-host-02.example.net (id: 2, score: 3400)"),
			we("2026-11-29T07:41:26.318Z", Warn, "", "MainThread::WARNING::2026-11-29 07:41:26,318::ovf_store::140::ovirt_hosted_engine_ha.lib.ovf.ovf_store.OVFStore::(getEngineVMOVF) Unable to find OVF_STORE"),
			we("2026-11-29T07:41:26.319Z", Error, "", "MainThread::ERROR::2026-11-29 07:41:26,319::config_ovf::84::ovirt_hosted_engine_ha.agent.hosted_engine.HostedEngine.config.vm::(_get_vm_conf_content_from_ovf_store) Failed extracting VM OVF from the OVF_STORE volume, falling back to initial vm.conf"),
			we("2026-11-29T07:41:36.402Z", Error, "",
				"MainThread::ERROR::2026-11-29 07:41:36,402::agent::145::ovirt_hosted_engine_ha.agent.agent.Agent::(_run_agent) Traceback (most recent call last):",
				`  File "/usr/lib/python3.6/site-packages/ovirt_hosted_engine_ha/agent/agent.py", line 131, in _run_agent`,
				"    return action(he)",
				`  File "/usr/lib/python3.6/site-packages/ovirt_hosted_engine_ha/agent/agent.py", line 55, in action_proper`,
				"    return he.start_monitoring()",
				`  File "/usr/lib/python3.6/site-packages/ovirt_hosted_engine_ha/agent/hosted_engine.py", line 432, in start_monitoring`,
				"    self._initialize_broker()",
				"ovirt_hosted_engine_ha.lib.exceptions.BrokerConnectionError: Failed to connect to broker, the number of errors has exceeded the limit (1)"),
			we("2026-11-29T07:41:36.403Z", Error, "", "MainThread::ERROR::2026-11-29 07:41:36,403::agent::146::ovirt_hosted_engine_ha.agent.agent.Agent::(_run_agent) Trying to restart agent"),
		},
	},
	{
		name:   "ovirt-ha-agent-journal-syslog-handler",
		source: "the same agent's ERROR records in the journal: agent-log.conf.in's syslog handler (level ERROR, SysLogHandler to /dev/log, format `ovirt-ha-agent %(name)s %(levelname)s %(message)s` with no tag of its own, so journalctl shows the process as ovirt-ha-agent[pid] and the message opening with the name again); a traceback's lines indented under the message by journalctl: oVirt/ovirt-hosted-engine-ha agent-log.conf.in; journalctl(1) short; from memory of such lines in oVirt users' threads",
		why:    "the header's time and host; the level is the word after the logger's dotted name; the message's continuation lines are indented to the message column and belong to it; systemd's line has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:26Z", Error, "he-host-01", "Nov 29 07:41:26 he-host-01 ovirt-ha-agent[2467]: ovirt-ha-agent ovirt_hosted_engine_ha.agent.hosted_engine.HostedEngine.config.vm ERROR Failed extracting VM OVF from the OVF_STORE volume, falling back to initial vm.conf"),
			we("2026-11-29T07:41:36Z", Error, "he-host-01",
				"Nov 29 07:41:36 he-host-01 ovirt-ha-agent[2467]: ovirt-ha-agent ovirt_hosted_engine_ha.agent.agent.Agent ERROR Traceback (most recent call last):",
				`                                                   File "/usr/lib/python3.6/site-packages/ovirt_hosted_engine_ha/agent/agent.py", line 131, in _run_agent`,
				"                                                     return action(he)",
				"                                                 ovirt_hosted_engine_ha.lib.exceptions.BrokerConnectionError: Failed to connect to broker, the number of errors has exceeded the limit (1)"),
			we("2026-11-29T07:41:36Z", Error, "he-host-01", "Nov 29 07:41:36 he-host-01 ovirt-ha-agent[2467]: ovirt-ha-agent ovirt_hosted_engine_ha.agent.agent.Agent ERROR Trying to restart agent"),
			we("2026-11-29T07:41:37Z", Unknown, "he-host-01", "Nov 29 07:41:37 he-host-01 systemd[1]: ovirt-ha-agent.service: Main process exited, code=exited, status=157/n/a"),
			we("2026-11-29T07:41:47Z", Unknown, "he-host-01", "Nov 29 07:41:47 he-host-01 systemd[1]: ovirt-ha-agent.service: Scheduled restart job, restart counter is at 3."),
		},
	},
	{
		name:   "ovirt-ha-broker-broker-log",
		source: "oVirt's hosted-engine HA broker, /var/log/ovirt-hosted-engine-ha/broker.log (the same long format as the agent's, threads named Listener, MainThread and Thread-N for the submonitors): oVirt/ovirt-hosted-engine-ha ovirt_hosted_engine_ha/broker (its log config beside the agent's); from memory of the submonitors' lines. No table holds the broker",
		why:    "threadName::LEVEL::clock::module::line::logger::(function) message; the submonitor loggers (mem_free.MemFree) have no package; a storage path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.011Z", Info, "", "MainThread::INFO::2026-11-29 07:41:15,011::broker::47::ovirt_hosted_engine_ha.broker.broker.Broker::(run) ovirt-hosted-engine-ha broker 2.5.1 started"),
			we("2026-11-29T07:41:15.144Z", Info, "", "MainThread::INFO::2026-11-29 07:41:15,144::monitor::45::ovirt_hosted_engine_ha.broker.monitor.Monitor::(_discover_submonitors) Searching for submonitors in /usr/lib/python3.6/site-packages/ovirt_hosted_engine_ha/broker/submonitors"),
			we("2026-11-29T07:41:21.554Z", Info, "", "Thread-3::INFO::2026-11-29 07:41:21,554::mem_free::51::mem_free.MemFree::(action) memFree: 27302"),
			we("2026-11-29T07:41:22.806Z", Info, "", "Thread-5::INFO::2026-11-29 07:41:22,806::engine_health::246::engine_health.EngineHealth::(_result_from_stats) VM is up on this host with healthy engine"),
			we("2026-11-29T07:41:31.907Z", Error, "", "Listener::ERROR::2026-11-29 07:41:31,907::storage_broker::224::ovirt_hosted_engine_ha.broker.storage_broker.StorageBroker::(get_raw_stats) Failed to read metadata from /run/vdsm/storage/4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11/2c7d1e0f-5b3a-4e8d-9c61-7a0f3b2e5d84/8a1e4c7b-0d2f-4b39-a6e5-1c9f7d3b2e60"),
		},
	},
	{
		name:   "vdsm-supervdsm-log",
		source: "oVirt's supervdsmd, /var/log/vdsm/supervdsm.log (the long format `%(threadName)s::%(levelname)s::%(asctime)s::%(module)s::%(lineno)d::%(name)s::(%(funcName)s) %(message)s`, the thread of a call named after the calling process and vdsm's thread, `MainProcess|jsonrpc/4`; call and return lines of the server callback; a traceback under `Error in`): oVirt/vdsm static/etc/vdsm/svdsm.logger.conf.in; from memory of the call/return lines. vdsm.log is an earlier table's; supervdsm.log is in none",
		why:    "a thread name with a pipe before the double-colon fields; the return line's dict is the message; the traceback belongs to its ERROR line; the NFS server in a mount command is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.88Z", Debug, "", "MainThread::DEBUG::2026-11-29 07:41:15,880::supervdsm_server::309::SuperVdsm.Server::(main) Started serving super vdsm object"),
			we("2026-11-29T07:41:16.204Z", Debug, "", "MainProcess|jsonrpc/4::DEBUG::2026-11-29 07:41:16,204::supervdsm_server::95::SuperVdsm.ServerCallback::(wrapper) call getHardwareInfo with () {}"),
			we("2026-11-29T07:41:16.211Z", Debug, "", "MainProcess|jsonrpc/4::DEBUG::2026-11-29 07:41:16,211::supervdsm_server::102::SuperVdsm.ServerCallback::(wrapper) return getHardwareInfo with {'systemManufacturer': 'Supermicro', 'systemProductName': 'SYS-1029P-WTR', 'systemVersion': '0123456789', 'systemSerialNumber': 'S31482276', 'systemUUID': '00000000-0000-0000-0000-ac1f6b4d2e90', 'systemFamily': 'Family'}"),
			we("2026-11-29T07:41:20.006Z", Debug, "", "MainProcess|mpathhealth::DEBUG::2026-11-29 07:41:20,006::commands::153::common.commands::(start) /usr/bin/taskset --cpu-list 0-31 /usr/sbin/dmsetup status --target multipath (cwd None)"),
			we("2026-11-29T07:41:22.617Z", Error, "",
				"MainProcess|jsonrpc/1::ERROR::2026-11-29 07:41:22,617::supervdsm_server::99::SuperVdsm.ServerCallback::(wrapper) Error in mount",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.6/site-packages/vdsm/supervdsm_server.py", line 97, in wrapper`,
				"    res = func(*args, **kwargs)",
				`  File "/usr/lib/python3.6/site-packages/vdsm/supervdsm_server.py", line 135, in mount`,
				"    cgroup=cgroup)",
				`  File "/usr/lib/python3.6/site-packages/vdsm/storage/mount.py", line 280, in _mount`,
				"    _runcmd(cmd)",
				"vdsm.storage.mount.MountError: Command ['/usr/bin/mount', '-t', 'nfs', '-o', 'soft,nosharecache,timeo=100,retrans=3', 'nfs-01.example.net:/export/data', '/rhev/data-center/mnt/nfs-01.example.net:_export_data'] failed with rc=32 out=b'' err=b'mount.nfs: Connection timed out\\n'"),
		},
	},
	{
		name:   "vdsm-mom-log",
		source: "MOM, the Memory Overcommitment Manager that vdsm runs, /var/log/vdsm/mom.log (`%(asctime)s - %(name)s - %(levelname)s - %(message)s`, verbosity info): oVirt/mom mom/__init__.py (_configure_logger), mom/Controllers/KSM.py, oVirt/vdsm static/etc/vdsm/mom.conf.in. No table holds MOM",
		why:    "a comma-millisecond clock, then the logger and the level between ` - ` separators; the KSM dict is the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 - mom - INFO - MOM starting"),
			we("2026-11-29T07:41:16.23Z", Info, "", "2026-11-29 07:41:16,230 - mom - INFO - hypervisor interface vdsmjsonrpcbulk"),
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16,412 - mom.HostMonitor - INFO - Host Monitor starting"),
			we("2026-11-29T07:41:31.59Z", Info, "", "2026-11-29 07:41:31,590 - mom.Controllers.KSM - INFO - Updating KSM configuration: {'run': 0, 'merge_across_nodes': 1}"),
			we("2026-11-29T07:41:31.602Z", Warn, "", "2026-11-29 07:41:31,602 - mom.Controllers.KSM - WARNING - KSM: Failed to write /sys/kernel/mm/ksm/merge_across_nodes: Device or resource busy"),
			we("2026-11-29T07:41:46.711Z", Error, "", "2026-11-29 07:41:46,711 - mom.vdsmInterface - ERROR - Failed to get VM memory stats: Virtual machine does not exist: {'vmId': '7c1d4e2a-0b9f-4a63-8e15-d2f0c6b3a947'}"),
		},
	},
	{
		name:   "vdsm-journal-syslog-lines",
		source: "vdsm's own lines in the journal (its syslog handler writing `LEVEL message`, WARN and ERROR, as `systemctl status vdsmd` and journalctl show them; a blocked worker's traceback indented under it): oVirt/vdsm issue #407 (the status output with `vdsm[6849]: WARN MOM not available.` and `WARN unhandled close event`); vdsm's executor 'Worker blocked' message from memory. vdsm.log is an earlier table's; the journal lines are in none",
		why:    "the header's time and host; WARN and ERROR open the message as the level; the worker's traceback lines are indented continuations of its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "kvm-01", "Nov 29 07:41:16 kvm-01 vdsm[6849]: WARN MOM not available."),
			we("2026-11-29T07:41:16Z", Warn, "kvm-01", "Nov 29 07:41:16 kvm-01 vdsm[6849]: WARN MOM not available, KSM stats will be missing."),
			we("2026-11-29T07:41:33Z", Warn, "kvm-01", "Nov 29 07:41:33 kvm-01 vdsm[6849]: WARN unhandled close event"),
			we("2026-11-29T07:41:51Z", Error, "kvm-01", "Nov 29 07:41:51 kvm-01 vdsm[6849]: ERROR FINISH getStorageDomainInfo error=Storage domain does not exist: ('4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11',)"),
			we("2026-11-29T07:42:04Z", Warn, "kvm-01",
				"Nov 29 07:42:04 kvm-01 vdsm[6849]: WARN Worker blocked: <Worker name=periodic/3 running <Task <Operation action=<vdsm.virt.sampling.VMBulkstatsMonitor object at 0x7f2c1c0b9e48> at 0x7f2c1c0b9f60> timeout=7.5, duration=7.50 at 0x7f2c0c1d4a58> task#=1202 at 0x7f2c1c0b2b38>, traceback:",
				`                                    File: "/usr/lib64/python3.6/threading.py", line 884, in _bootstrap`,
				"                                      self._bootstrap_inner()",
				`                                    File: "/usr/lib/python3.6/site-packages/vdsm/virt/sampling.py", line 602, in __call__`,
				"                                      stats = self._vm_bulk_stats()"),
		},
	},
	{
		name:   "ovirt-imageio-daemon-log",
		source: "ovirt-imageio's daemon on a host, /var/log/ovirt-imageio/daemon.log (`%(asctime)s %(levelname)-7s (%(threadName)s) [%(name)s] %(message)s`: the level padded to seven, the thread in parentheses, the logger in brackets; a ticket's ADD line, OPEN and CLOSE of a connection with its op counters, a traceback under `Server error`): ovirt-imageio's logging format as its daemon, tests and examples configure it; from memory of the ticket and connection lines. No table holds imageio",
		why:    "a comma clock, the padded level, a thread and a logger; the bracketed `[local]` and op counters in a message are no fields; the client address is no host; the traceback belongs to its ERROR line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO    (MainThread) [server] Starting (pid=1822, version=2.4.7)"),
			we("2026-11-29T07:41:16.219Z", Info, "", "2026-11-29 07:41:16,219 INFO    (MainThread) [services] remote.service listening on ('::', 54322)"),
			we("2026-11-29T07:41:40.511Z", Info, "", "2026-11-29 07:41:40,511 INFO    (Thread-14) [tickets] [local] ADD transfer=e2a14c7d-6b0f-4e39-9d25-3f8c1a7b0e52 ticket={'dirty': False, 'ops': ['write'], 'size': 10737418240, 'sparse': True, 'inactivity_timeout': 60, 'transfer_id': 'e2a14c7d-6b0f-4e39-9d25-3f8c1a7b0e52', 'uuid': '3f1c9a2e-7d4b-4c08-b1e6-5a0d8f2c7e91', 'timeout': 300, 'url': 'file:///rhev/data-center/mnt/blockSD/4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11/images/2c7d1e0f-5b3a-4e8d-9c61-7a0f3b2e5d84/8a1e4c7b-0d2f-4b39-a6e5-1c9f7d3b2e60'}"),
			we("2026-11-29T07:41:41.032Z", Info, "", "2026-11-29 07:41:41,032 INFO    (Thread-15) [http] OPEN connection=15 client=192.0.2.80"),
			we("2026-11-29T07:41:58.774Z", Error, "",
				"2026-11-29 07:41:58,774 ERROR   (Thread-15) [http] Server error",
				"Traceback (most recent call last):",
				`  File "/usr/lib64/python3.6/site-packages/ovirt_imageio/_internal/http.py", line 785, in __call__`,
				"    self.dispatch(req, resp)",
				`  File "/usr/lib64/python3.6/site-packages/ovirt_imageio/_internal/auth.py", line 142, in authorize`,
				`    "Ticket {} expired".format(ticket_id))`,
				"ovirt_imageio._internal.errors.AuthorizationError: You are not allowed to access this resource: Ticket 3f1c9a2e-7d4b-4c08-b1e6-5a0d8f2c7e91 expired"),
			we("2026-11-29T07:41:58.776Z", Info, "", "2026-11-29 07:41:58,776 INFO    (Thread-15) [http] CLOSE connection=15 client=192.0.2.80 [connection 1 ops, 17.743 s] [dispatch 14 ops, 17.701 s] [write 13 ops, 17.412 s, 832.00 MiB, 47.78 MiB/s]"),
		},
	},
	{
		name:   "sanlock-log",
		source: "sanlock's /var/log/sanlock.log (sanlock 3.5+: `yyyy-MM-dd HH:mm:ss monotime [tid]: msg`, the date in local time unless logfile_use_utc, the monotonic seconds and the thread id, then `s1` for a lockspace or `s1:r3` for a resource; only warnings and errors by default): people.redhat.com/teigland/sanlock-messages.txt ('default message prefixes'); sanlock's src/log.c (the monotime and space/resource names). No table holds sanlock",
		why:    "a zone-less date and clock read as UTC; the number after it is monotonic seconds, no time; [tid] is a thread; `s1`, `s1:r3` name a lockspace or resource, no host; sanlock.log writes no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 1185 [5135]: s1 lockspace 4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11:1:/rhev/data-center/mnt/blockSD/4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11/dom_md/ids:0"),
			we("2026-11-29T07:41:40Z", Unknown, "", "2026-11-29 07:41:40 1206 [42311]: s1:r3 resource 4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11:SDM:/rhev/data-center/mnt/blockSD/4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11/dom_md/leases:1048576 for 2,14,6849"),
			we("2026-11-29T07:42:10Z", Unknown, "", "2026-11-29 07:42:10 1236 [5135]: s1 delta_renew read timeout 10 sec offset 0 /rhev/data-center/mnt/blockSD/4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11/dom_md/ids"),
			we("2026-11-29T07:42:10Z", Unknown, "", "2026-11-29 07:42:10 1236 [5135]: s1 renewal error -202 delta_length 10 last_success 1206"),
			we("2026-11-29T07:42:31Z", Unknown, "", "2026-11-29 07:42:31 1257 [5135]: s1 renewed 1257 delta_length 21 too long"),
		},
	},
	{
		name:   "sanlock-wdmd-messages",
		source: "sanlock's errors copied to /var/log/messages through syslog (rsyslog's traditional format in front of sanlock's own `date monotime [tid]:` prefix, 'making for very lengthy prefixes') beside wdmd, the watchdog multiplexing daemon, warning that a client's renewal is late: people.redhat.com/teigland/sanlock-messages.txt; wdmd's test warning from memory. No table holds sanlock or wdmd",
		why:    "the syslog header's time and host, and sanlock's own clock inside the same instant; wdmd's now, ping, renewal and expire are monotonic seconds, no times",
		entries: []worldEntry{
			we("2026-11-29T07:42:10Z", Unknown, "kvm-01", "Nov 29 07:42:10 kvm-01 sanlock[1044]: 2026-11-29 07:42:10 1236 [5135]: s1 delta_renew read timeout 10 sec offset 0 /rhev/data-center/mnt/blockSD/4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11/dom_md/ids"),
			we("2026-11-29T07:42:10Z", Unknown, "kvm-01", "Nov 29 07:42:10 kvm-01 sanlock[1044]: 2026-11-29 07:42:10 1236 [5135]: s1 renewal error -202 delta_length 10 last_success 1206"),
			we("2026-11-29T07:42:21Z", Unknown, "kvm-01", "Nov 29 07:42:21 kvm-01 wdmd[1133]: test warning now 1247 ping 1236 close 0 renewal 1206 expire 1286 client 1044 sanlock_4f6b2a1c-93d0-4c1e-8f57-0b7e2d4c9a11:1"),
			we("2026-11-29T07:42:31Z", Unknown, "kvm-01", "Nov 29 07:42:31 kvm-01 sanlock[1044]: 2026-11-29 07:42:31 1257 [5135]: s1 renewed 1257 delta_length 21 too long"),
		},
	},

	// libvirt's helpers: virtiofsd, swtpm, virt-host-validate and libvirt-guests.
	{
		name:   "virtiofsd-rust-libvirt-log",
		source: "the Rust virtiofsd started by libvirt for a <filesystem type='mount'> with driver virtiofs, its log in /var/log/libvirt/qemu/<vm>-fs0-virtiofsd.log (env_logger's default `[RFC 3339 second Z LEVEL target] msg`, the level padded to five): gitlab.com/virtio-fs/virtiofsd's README and issue threads pasting its output; env_logger's default format. No table holds virtiofsd",
		why:    "the bracket holds a UTC second, the padded level and the module path; WARN and ERROR as written; the socket path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T07:41:16Z INFO  virtiofsd] Waiting for vhost-user socket connection..."),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29T07:41:17Z INFO  virtiofsd] Client connected, servicing requests"),
			we("2026-11-29T07:41:44Z", Warn, "", "[2026-11-29T07:41:44Z WARN  virtiofsd::passthrough::mount_fd] Failed to open mount point fd for /srv/share/.snapshots: Permission denied (os error 13)"),
			we("2026-11-29T07:42:30Z", Error, "", "[2026-11-29T07:42:30Z ERROR virtiofsd] Waiting for daemon failed: HandleRequest(InvalidParam)"),
			we("2026-11-29T07:42:30Z", Info, "", "[2026-11-29T07:42:30Z INFO  virtiofsd] Client disconnected, shutting down"),
		},
	},
	{
		name:   "swtpm-setup-libvirt-log",
		gap:    "trawl splits a run at every line: the untimed steps below a Starting line, and its Ending line, are records of their own (both stamps, `@ Sun 29 Nov 2026 07:41:16 AM UTC`, are read)",
		source: "swtpm_setup's log as libvirt keeps it for a VM's emulated TPM, /var/log/swtpm/libvirt/qemu/<vm>-swtpm.log (`Starting vTPM manufacturing as user:group @ <%a %d %h %Y %I:%M:%S %p %Z>`, the steps without stamps, swtpm_localca's invocations indented, `Ending vTPM manufacturing @ …`; a failed run without its Ending line): stefanberger/swtpm swtpm_setup (logit and the Starting line's strftime) and the README/blog pages pasting swtpm_setup's output. No table holds swtpm",
		why:    "a run from its Starting line to its Ending line is one record with both stamps, a 12-hour clock with AM/PM and a zone name; the steps and the indented invocations have no time; the EK handle and the localca arguments are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Unknown, "",
				"Starting vTPM manufacturing as tss:tss @ Sun 29 Nov 2026 07:41:16 AM UTC",
				"TPM is listening on Unix socket.",
				"Successfully created RSA 2048 EK with handle 0x81010001.",
				"  Invoking /usr/bin/swtpm_localca --type ek --ek c4d2a1f0e9b87c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4 --dir /tmp/swtpm_setup.certs.K7TQW3 --logfile /var/log/swtpm/libvirt/qemu/web01-swtpm.log --vmid web01:4c1d8e2a-7f3b-4a90-b6d5-2e9c0f1a8b37 --tpm-spec-family 2.0 --tpm-spec-level 0 --tpm-spec-revision 164 --tpm-manufacturer id:00001014 --tpm-model swtpm --tpm-version id:20191023 --tpm2 --configfile /etc/swtpm-localca.conf --optsfile /etc/swtpm-localca.options",
				"Successfully created EK certificate locally.",
				"Successfully activated PCR banks sha256 among sha1,sha256,sha384,sha512.",
				"Successfully authored TPM state.",
				"Ending vTPM manufacturing @ Sun 29 Nov 2026 07:41:17 AM UTC"),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"Starting vTPM manufacturing as tss:tss @ Sun 29 Nov 2026 07:43:02 AM UTC",
				"swtpm process terminated unexpectedly.",
				"Could not start the TPM 2.",
				"An error occurred. Authoring the TPM state failed."),
			we("2026-11-29T07:44:30Z|2026-11-29T07:44:31Z", Unknown, "",
				"Starting vTPM manufacturing as tss:tss @ Sun 29 Nov 2026 07:44:30 AM UTC",
				"TPM is listening on Unix socket.",
				"Successfully activated PCR banks sha256 among sha1,sha256,sha384,sha512.",
				"Successfully authored TPM state.",
				"Ending vTPM manufacturing @ Sun 29 Nov 2026 07:44:31 AM UTC"),
		},
	},
	{
		name:   "virt-host-validate-report",
		gap:    "trawl does not read the result word after a check's padded colon (`: WARN (…)`, `: FAIL (…)`) as the line's level (the records and their lack of time are right)",
		source: "libvirt's virt-host-validate on a host's console (`%6s: Checking %-60s: ` then PASS, or WARN, FAIL or NOTE with the reason in parentheses; the driver name right-aligned, so a line opens with blanks; no time): libvirt tools/virt-host-validate-common.c (virHostMsgCheck, virHostMsgPass, virHostMsgFail and its levels FAIL, WARN, NOTE); from memory of the reasons. No table holds virt-host-validate",
		why:    "each check is a record of its own although it opens with blanks; WARN is a warning and FAIL an error on libvirt's own scale, PASS no level; no line has a time",
		entries: []worldEntry{
			we("", Unknown, "", "  QEMU: Checking for hardware virtualization                                 : PASS"),
			we("", Unknown, "", "  QEMU: Checking if device '/dev/kvm' exists                                 : PASS"),
			we("", Warn, "", "  QEMU: Checking for device assignment IOMMU support                         : WARN (No ACPI DMAR table found, IOMMU either disabled in BIOS or not supported by this hardware platform)"),
			we("", Warn, "", "  QEMU: Checking for secure guest support                                    : WARN (Unknown if this platform has Secure Guest support)"),
			we("", Unknown, "", "   LXC: Checking for Linux >= 2.6.26                                         : PASS"),
			we("", Error, "", "   LXC: Checking for cgroup 'freezer' controller support                     : FAIL (Enable 'freezer' in kernel Kconfig file or mount/enable cgroup controller in your system)"),
		},
	},
	{
		name:   "libvirt-guests-journal",
		source: "libvirt-guests.service stopping and restarting guests at a host's shutdown and boot, in the journal (libvirt-guests.sh's gettext messages: `Running guests on default URI:`, `Shutting down guests on default URI...`, `Starting shutdown on guest:`, `Waiting for N guests to shut down, S seconds left`, `Shutdown of guest X complete.`, `Resuming guests on default URI...`): libvirt tools/libvirt-guests.sh.in; journalctl(1) short. No table holds libvirt-guests",
		why:    "the header's time and host; the seconds left and the guest names are no times or hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "kvm-01", "Nov 29 07:41:16 kvm-01 libvirt-guests.sh[48211]: Running guests on default URI: web01, db01"),
			we("2026-11-29T07:41:16Z", Unknown, "kvm-01", "Nov 29 07:41:16 kvm-01 libvirt-guests.sh[48211]: Shutting down guests on default URI..."),
			we("2026-11-29T07:41:16Z", Unknown, "kvm-01", "Nov 29 07:41:16 kvm-01 libvirt-guests.sh[48211]: Starting shutdown on guest: web01"),
			we("2026-11-29T07:41:21Z", Unknown, "kvm-01", "Nov 29 07:41:21 kvm-01 libvirt-guests.sh[48211]: Waiting for 2 guests to shut down, 295 seconds left"),
			we("2026-11-29T07:41:38Z", Unknown, "kvm-01", "Nov 29 07:41:38 kvm-01 libvirt-guests.sh[48211]: Shutdown of guest web01 complete."),
			we("2026-11-29T07:49:02Z", Unknown, "kvm-01", "Nov 29 07:49:02 kvm-01 libvirt-guests.sh[1302]: Resuming guests on default URI..."),
		},
	},

	// VirtualBox, Hyper-V guests and emulators.
	{
		name:   "virtualbox-vboxhardening-log",
		gap:    "trawl reads a loaded file's `CreationTime:` and `LastWriteTime:` after the `pid.tid:` frame as those lines' times, and then joins the untimed framed lines after them (supR3HardenedWinFindAdversaries, the Error line) to the LastWriteTime record",
		source: "VirtualBox on Windows, a VM's Logs\\VBoxHardening.log (the process-hardening log: every line prefixed `pid.tid: ` in hexadecimal, no time; the loaded images' attributes, CreationTime and LastWriteTime among them, in indented lines; the error that stops a start): VirtualBox forum threads pasting VBoxHardening.log (the 'Log file opened' line, supR3HardenedWinFindAdversaries, supR3HardenedWinReSpawn errors). VBox.log is an earlier table's; VBoxHardening.log is in none",
		why:    "a hexadecimal pid.tid frame opens every line, so every line is a record; no line has a time of its own: a CreationTime or LastWriteTime is a file's; `Error -3738 in …` is the message, no level",
		entries: []worldEntry{
			we("", Unknown, "", "2f8c.2a54: Log file opened: 7.1.4r165100 g_hStartupLog=0000000000000004 g_uNtVerCombined=0xa0658a00"),
			we("", Unknown, "", `2f8c.2a54: \SystemRoot\System32\ntdll.dll:`),
			we("", Unknown, "", "2f8c.2a54:     CreationTime:    2026-11-12T09:14:33.504112500Z"),
			we("", Unknown, "", "2f8c.2a54:     LastWriteTime:   2026-11-12T09:14:33.520112800Z"),
			we("", Unknown, "", "2f8c.2a54: supR3HardenedWinFindAdversaries: 0x0"),
			we("", Unknown, "", "2f8c.2a54: Error -3738 in supR3HardenedWinReSpawn! (enmWhat=5)"),
		},
	},
	{
		name:   "virtualbox-vboxservice-guest-journal",
		source: "VirtualBox Guest Additions' VBoxService in a Linux guest's journal (started by vboxadd-service.sh; its release log written with the IPRT prefix `HH:MM:SS.micro thread   msg`, the time since the service started, and the header's `Log opened` with the wall clock): VirtualBox forum and distribution threads pasting `journalctl -u vboxadd-service`; the IPRT release logger as in VBox.log. VBox.log is an earlier table's; VBoxService in a journal is in none",
		why:    "the journal header's time and host; the IPRT prefix is the service's uptime, no time; `Log opened` states the same instant as the header; the time-sync report's nanosecond values are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "guest-01", "Nov 29 07:41:16 guest-01 vboxadd-service.sh[612]: vboxadd-service.sh: Starting VirtualBox Guest Addition service."),
			we("2026-11-29T07:41:16Z", Unknown, "guest-01", "Nov 29 07:41:16 guest-01 VBoxService[641]: 00:00:00.000186 main     VBoxService 7.1.4 r165100 (verbosity: 0) linux.amd64 (Oct 15 2026 13:28:36) release log"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.11824Z", Unknown, "guest-01", "Nov 29 07:41:16 guest-01 VBoxService[641]: 00:00:00.000188 main     Log opened 2026-11-29T07:41:16.118240000Z"),
			we("2026-11-29T07:41:16Z", Unknown, "guest-01", "Nov 29 07:41:16 guest-01 VBoxService[641]: 00:00:00.000241 main     OS Product: Linux"),
			we("2026-11-29T07:41:16Z", Unknown, "guest-01", "Nov 29 07:41:16 guest-01 VBoxService[641]: 00:00:00.002655 main     Starting 8 services"),
			we("2026-11-29T07:41:16Z", Unknown, "guest-01", "Nov 29 07:41:16 guest-01 VBoxService[641]: 00:00:00.003114 timesync vgsvcTimeSyncWorker: Radical guest time change: 3 612 004 811 000ns (GuestNow=1 795 938 076 118 000 000 ns GuestLast=1 795 934 464 113 189 000 ns fSetTimeLastLoop=true )"),
		},
	},
	{
		name:   "bochs-bochsout-txt",
		gap:    "trawl does not read Bochs' level letter glued between the eleven-digit tick count and the bracketed device (`00000000000i[BIOS  ]`, `e[`, `p[`): no line gets a level (the records and their lack of time are right)",
		source: "the Bochs x86 emulator's log, bochsout.txt (every line `%011lld%c[%-6s] msg`: the emulated CPU's tick count, a level letter i, d, e or p, the device's short name padded in brackets, blank for the emulator itself; a panic written `>>PANIC<<`): bochs' logio.cc (logfunctions and the level prefixes); from memory of a start and a triple fault. No table holds Bochs",
		why:    "the eleven-digit tick count is the emulated CPU's, no time; the letter after it is the level (i Info, e Error, p panic as Critical); every line is a record",
		entries: []worldEntry{
			we("", Info, "", "00000000000i[      ] Bochs x86 Emulator 2.8"),
			we("", Info, "", "00000000000i[      ]   Built from GitHub snapshot after release 2.8"),
			we("", Info, "", "00000000000i[PLUGIN] init_dev of 'pci' plugin device by virtual method"),
			we("", Info, "", "00014040250i[BIOS  ] Starting rombios32"),
			we("", Error, "", "00318057123e[CPU0  ] exception(): 3rd (13) exception with no resolution, shutdown status is 00h, resetting"),
			we("", Critical, "", "00318057123p[CPU0  ] >>PANIC<< exception(): 3rd (13) exception with no resolution"),
		},
	},

	{
		name:   "hyperv-vss-daemon-messages",
		source: "Hyper-V's VSS daemon in a Linux guest (hv_vss_daemon, openlog(\"Hyper-V VSS\", 0, LOG_USER) without LOG_PID, so the tag has a blank and no pid) in RHEL's /var/log/messages during a host-side backup: `VSS starting; pid is:N`, each file system's freeze and thaw, `failed to thaw file system`: linux tools/hv/hv_vss_daemon.c (openlog and its syslog calls). The KVP daemon is an earlier table's; the VSS daemon is in none",
		why:    "the header's time and host; the tag `Hyper-V VSS` holds a blank and ends at the colon; the pid in the message is no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "guest-02", "Nov 29 07:41:16 guest-02 Hyper-V VSS: VSS starting; pid is:512"),
			we("2026-11-29T07:41:16Z", Unknown, "guest-02", "Nov 29 07:41:16 guest-02 Hyper-V VSS: VSS: freeze of /boot: Success"),
			we("2026-11-29T07:41:16Z", Unknown, "guest-02", "Nov 29 07:41:16 guest-02 Hyper-V VSS: VSS: freeze of /: Success"),
			we("2026-11-29T07:41:19Z", Unknown, "guest-02", "Nov 29 07:41:19 guest-02 Hyper-V VSS: VSS: thaw of /: Success"),
			we("2026-11-29T07:41:19Z", Unknown, "guest-02", "Nov 29 07:41:19 guest-02 Hyper-V VSS: VSS: thaw of /boot: Success"),
		},
	},

	// Containers in VMs and VMs in containers: Kata, Incus, Lima and KubeVirt.
	{
		name:   "kata-shim-journal-logfmt",
		source: "Kata Containers' runtime (containerd-shim-kata-v2) logging to the journal under the identifier kata, as `journalctl -t kata` shows it (logrus' text format inside the message: time with nanoseconds, level, msg, then name, pid, sandbox, source and subsystem): kata-containers docs/Developer-Guide.md (enabling full debug, `journalctl -t kata`); from memory of the shim's lines. No table holds Kata",
		why:    "the journal header's second and logrus' own nanosecond time are one instant, either accepted; level= is the level; the header's host is the host; the sandbox id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204118394Z", Info, "node-3", `Nov 29 07:41:16 node-3 kata[48213]: time="2026-11-29T07:41:16.204118394Z" level=info msg="loaded configuration" file=/opt/kata/share/defaults/kata-containers/configuration-qemu.toml format=TOML name=containerd-shim-v2 pid=48213 sandbox=8d0c7e1f4b2a9c63d5e8f10a7b4c2d9e6f3a1b8c5d2e9f0a7b4c1d8e5f2a9b6c source=katautils`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.381502117Z", Info, "node-3", `Nov 29 07:41:16 node-3 kata[48213]: time="2026-11-29T07:41:16.381502117Z" level=info msg="Starting VM" name=containerd-shim-v2 pid=48213 sandbox=8d0c7e1f4b2a9c63d5e8f10a7b4c2d9e6f3a1b8c5d2e9f0a7b4c1d8e5f2a9b6c source=virtcontainers subsystem=sandbox`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.902331845Z", Info, "node-3", `Nov 29 07:41:17 node-3 kata[48213]: time="2026-11-29T07:41:17.902331845Z" level=info msg="VM started" name=containerd-shim-v2 pid=48213 sandbox=8d0c7e1f4b2a9c63d5e8f10a7b4c2d9e6f3a1b8c5d2e9f0a7b4c1d8e5f2a9b6c source=virtcontainers subsystem=sandbox`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.015774203Z", Warn, "node-3", `Nov 29 07:41:19 node-3 kata[48213]: time="2026-11-29T07:41:19.015774203Z" level=warning msg="Could not add /dev/vhost-vsock to the devices cgroup" name=containerd-shim-v2 pid=48213 sandbox=8d0c7e1f4b2a9c63d5e8f10a7b4c2d9e6f3a1b8c5d2e9f0a7b4c1d8e5f2a9b6c source=cgroups`),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:24.660918032Z", Error, "node-3", `Nov 29 07:41:24 node-3 kata[48213]: time="2026-11-29T07:41:24.660918032Z" level=error msg="failed to connect to agent" error="rpc error: code = DeadlineExceeded desc = timed out connecting to vsock 3512076491:1024" name=containerd-shim-v2 pid=48213 sandbox=8d0c7e1f4b2a9c63d5e8f10a7b4c2d9e6f3a1b8c5d2e9f0a7b4c1d8e5f2a9b6c source=virtcontainers subsystem=kata_agent`),
		},
	},
	{
		name:   "incus-incusd-log",
		source: "Incus' daemon log, /var/log/incus/incusd.log (logrus' text format: `time=\"RFC 3339\" level=… msg=\"…\"` and the context's key=value pairs; the start-up report of kernel features one line each): the Incus and LXD 5 daemons' logger (shared/logger, logrus with its TextFormatter); from memory of LXD 5's start-up lines, which Incus kept. LXD's log15 file is an earlier table's; Incus' is in none",
		why:    "time= is the time, level= the level; the features' lines are records of their own; the instance and project are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Incus 6.0.2 is starting in normal mode" path=/var/lib/incus`),
			we("2026-11-29T07:41:16Z", Warn, "", `time="2026-11-29T07:41:16Z" level=warning msg="AppArmor support has been disabled because of lack of kernel support"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Kernel features:"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg=" - closing multiple file descriptors efficiently: yes"`),
			we("2026-11-29T07:41:17Z", Error, "", `time="2026-11-29T07:41:17Z" level=error msg="Failed to auto start instance" attempt=1 err="Failed to start device \"eth0\": Parent device \"incusbr1\" doesn't exist" instance=web01 maxAttempts=3 project=default`),
		},
	},
	{
		name:   "incus-monitor-pretty-logging",
		source: "`incus monitor --pretty --type=logging` on an administrator's console (the pretty formatter: the level in capitals padded to six, the time in brackets with the client's offset, the message padded, then key=value context): the Incus and LXD clients' monitor command (its --pretty flag) and their logger's pretty format; from memory of `lxc monitor --pretty` output. No table holds the monitor's pretty output",
		why:    "the bracketed time has an offset and converts to UTC; the level word before it is the level; the created= and used= fields are the instance's dates, no times of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "DEBUG  [2026-11-29T08:41:16+01:00] Handling API request                          ip=@ method=GET protocol=unix url=/1.0 username=root"),
			we("2026-11-29T07:41:16Z", Info, "", `INFO   [2026-11-29T08:41:16+01:00] Starting instance                             action=start created="2026-11-20 10:02:11 +0000 UTC" ephemeral=false instance=web01 instanceType=virtual-machine project=default stateful=false used="2026-11-28 19:11:47 +0000 UTC"`),
			we("2026-11-29T07:41:18Z", Info, "", `INFO   [2026-11-29T08:41:18+01:00] Started instance                              action=start created="2026-11-20 10:02:11 +0000 UTC" ephemeral=false instance=web01 instanceType=virtual-machine project=default stateful=false used="2026-11-28 19:11:47 +0000 UTC"`),
			we("2026-11-29T07:41:25Z", Warn, "", "WARN   [2026-11-29T08:41:25+01:00] Failed getting exec control websocket reader, killing command  PID=0 err=\"websocket: close 1006 (abnormal closure): unexpected EOF\" instance=web01 interactive=true number=1 project=default"),
			we("2026-11-29T07:41:31Z", Error, "", "ERROR  [2026-11-29T08:41:31+01:00] Failed to stop device                         device=gpu0 err=\"Failed to remove GPU device: device busy\" instance=web01 instanceType=virtual-machine project=default"),
		},
	},
	{
		name:   "lima-hostagent-ha-stderr-json",
		source: "Lima's host agent on a Mac, ~/.lima/<instance>/ha.stderr.log (one logrus JSON object a line: level, msg, time with the Mac's offset), as `limactl start` replays it: lima-vm/lima issue threads pasting ha.stderr.log; from memory of the essential-requirement and port-forwarding lines. No table holds Lima",
		why:    "time with an offset converts to UTC; level holds debug, info, warning and error; the forwarded addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", `{"level":"debug","msg":"executing script \"ssh\"","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"Waiting for the essential requirement 1 of 3: \"ssh\"","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:26Z", Info, "", `{"level":"info","msg":"The essential requirement 1 of 3 is satisfied","time":"2026-11-29T08:41:26+01:00"}`),
			we("2026-11-29T07:41:31Z", Warn, "", `{"level":"warning","msg":"failed to confirm whether /Users/alice is reachable","time":"2026-11-29T08:41:31+01:00"}`),
			we("2026-11-29T07:41:36Z", Info, "", `{"level":"info","msg":"Forwarding TCP from 127.0.0.1:8080 to 127.0.0.1:8080","time":"2026-11-29T08:41:36+01:00"}`),
			we("2026-11-29T07:41:52Z", Error, "", `{"error":"exit status 255","level":"error","msg":"failed to set up forwarding tcp port 443 (negligible if already forwarded)","time":"2026-11-29T08:41:52+01:00"}`),
		},
	},
	{
		name:   "kubevirt-virt-launcher-pod",
		source: "KubeVirt's virt-launcher pod log, `kubectl logs virt-launcher-web01-x7k2p -c compute` (KubeVirt's JSON log lines: component, level, msg, pos, timestamp with microseconds; libvirt's and QEMU's own messages relayed with subcomponent and thread, the domain's name, namespace and uid on domain lines): kubevirt/kubevirt pkg/log and cmd/virt-launcher; from memory of the launcher's start-up lines. virt-handler's log is an earlier table's; virt-launcher's is in none",
		why:    "timestamp is the time; level is the level, also on the relayed libvirt lines; the namespace, the domain and the pod are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", `{"component":"virt-launcher","level":"info","msg":"Collected all requested hook sidecar sockets","pos":"manager.go:86","timestamp":"2026-11-29T07:41:16.204118Z"}`),
			we("2026-11-29T07:41:16.398211Z", Info, "", `{"component":"virt-launcher","level":"info","msg":"Libvirt daemon started","pos":"virt-launcher.go:247","timestamp":"2026-11-29T07:41:16.398211Z"}`),
			we("2026-11-29T07:41:16.612Z", Info, "", `{"component":"virt-launcher","level":"info","msg":"libvirt version: 10.5.0, package: 6.el9 (builder@centos.org, 2026-10-02-11:42:19, )","subcomponent":"libvirt","thread":"41","timestamp":"2026-11-29T07:41:16.612000Z"}`),
			we("2026-11-29T07:41:17.903044Z", Info, "", `{"component":"virt-launcher","kind":"","level":"info","msg":"Domain defined.","name":"web01","namespace":"apps","pos":"manager.go:1045","timestamp":"2026-11-29T07:41:17.903044Z","uid":"6b2d8f1e-3c4a-4e97-a015-9d7c2b8e4f61"}`),
			we("2026-11-29T07:41:52.118Z", Error, "", `{"component":"virt-launcher","level":"error","msg":"internal error: unable to execute QEMU command 'query-balloon': No balloon device has been activated","pos":"qemuMonitorJSONCheckErrorFull:423","subcomponent":"libvirt","thread":"45","timestamp":"2026-11-29T07:41:52.118000Z"}`),
		},
	},

	// OpenVZ and Proxmox VE.
	{
		name:   "openvz-vzctl-log",
		source: "OpenVZ legacy's /var/log/vzctl.log (vzctl's logger: `%Y-%m-%dT%H:%M:%S%z vzctl : CT <id> : msg`, the program and the container id between ` : ` separators): OpenVZ vzctl's logger source and the OpenVZ wiki pages quoting vzctl.log; from memory of a container's start. No table holds vzctl",
		why:    "an ISO date with a +hhmm offset converts to UTC; `CT 101` is a container, no host; the IP address is the container's; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 vzctl : CT 101 : Starting container ..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 vzctl : CT 101 : Container is mounted"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T08:41:17+0100 vzctl : CT 101 : Adding IP address(es): 10.20.1.101"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T08:41:17+0100 vzctl : CT 101 : Setting CPU units: 1000"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29T08:41:18+0100 vzctl : CT 101 : Container start in progress..."),
			we("2026-11-29T07:42:02Z", Unknown, "", "2026-11-29T08:42:02+0100 vzctl : CT 102 : Unable to start init, probably incorrect template"),
		},
	},
	{
		name:   "proxmox-pvesr-replication-job-log",
		source: "Proxmox VE's storage replication, a job's log in /var/log/pve/replicate/<vmid>-<n> (`yyyy-MM-dd HH:mm:ss <jobid>: msg`, zfs send's verbose progress relayed with its own clock after the job id, snapshot names holding the run's epoch): Proxmox forum threads pasting replication job logs; pve-guest-common's replication code; from memory. Proxmox's task logs are earlier tables'; the replication log is in none",
		why:    "the leading date and clock are the time, zone-less as UTC; `100-0:` is the job, no host; zfs send's `07:41:02` after it and the epoch in the snapshot name are no times of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "2026-11-29 07:41:00 100-0: start replication job"),
			we("2026-11-29T07:41:00Z", Unknown, "", "2026-11-29 07:41:00 100-0: guest => VM 100, running => 2231"),
			we("2026-11-29T07:41:01Z", Unknown, "", "2026-11-29 07:41:01 100-0: create snapshot '__replicate_100-0_1795938060__' on local-zfs:vm-100-disk-0"),
			we("2026-11-29T07:41:01Z", Unknown, "", "2026-11-29 07:41:01 100-0: incremental sync 'local-zfs:vm-100-disk-0' (__replicate_100-0_1795937160__ => __replicate_100-0_1795938060__)"),
			we("2026-11-29T07:41:02Z", Unknown, "", "2026-11-29 07:41:02 100-0: 07:41:02   2.10M   rpool/data/vm-100-disk-0@__replicate_100-0_1795938060__"),
			we("2026-11-29T07:41:04Z", Unknown, "", "2026-11-29 07:41:04 100-0: end replication job"),
		},
	},
	{
		name:   "proxmox-pveam-log",
		source: "Proxmox VE's appliance manager log, /var/log/pveam.log (`yyyy-MM-dd HH:mm:ss msg` for `pveam update`: the downloads, gpgv's verification relayed, the result): Proxmox forum threads pasting pveam.log when `pveam update` fails; from memory. No table holds pveam.log",
		why:    "a zone-less date and clock at the line's start, read as UTC; gpgv's `Signature made …` date is the signature's, no time of the record; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 starting update"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 start download http://download.proxmox.com/images/aplinfo-pve-8.dat.asc"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 download finished: 200 OK"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 start download http://download.proxmox.com/images/aplinfo-pve-8.dat.gz"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 signature verification: gpgv: Signature made Thu Nov 26 09:02:14 2026 UTC"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 update successful"),
		},
	},
	{
		name:   "proxmox-pvescheduler-qmeventd-journal",
		source: "Proxmox VE 7.2+'s pvescheduler (replication and backup jobs) and qmeventd (cleanup after a VM's QEMU exits) in the journal: a replication error with its job id, a cfs-lock timeout, a backup task started with its UPID (node, pid, pstart and start time in hex), qmeventd's cleanup lines: Proxmox forum threads pasting `journalctl -u pvescheduler` and qmeventd lines; from memory. pvedaemon's journal is an earlier table's; pvescheduler and qmeventd are in none",
		why:    "the header's time and host; a UPID's hexadecimal start time and the snapshot name's epoch are no times of the record; `101-0:` is a job; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:05Z", Unknown, "pve-01", "Nov 29 07:41:05 pve-01 pvescheduler[48213]: 101-0: got unexpected replication job error - command 'zfs snapshot rpool/data/vm-101-disk-0@__replicate_101-0_1795938060__' failed: got timeout"),
			we("2026-11-29T07:41:40Z", Unknown, "pve-01", "Nov 29 07:41:40 pve-01 pvescheduler[48290]: jobs: cfs-lock 'file-jobs_cfg' error: got lock request timeout"),
			we("2026-11-29T07:42:00Z", Unknown, "pve-01", "Nov 29 07:42:00 pve-01 pvescheduler[48355]: <root@pam> starting task UPID:pve-01:0000BCE3:004C31F2:692AA438:vzdump::root@pam:"),
			we("2026-11-29T07:43:12Z", Unknown, "pve-01", "Nov 29 07:43:12 pve-01 qmeventd[1120]: Starting cleanup for 104"),
			we("2026-11-29T07:43:12Z", Unknown, "pve-01", "Nov 29 07:43:12 pve-01 qmeventd[1120]: Finished cleanup for 104"),
		},
	},
}

func TestFresh152Formats(t *testing.T) { assertTable(t, fresh152Cases) }

func TestFresh152Score(t *testing.T) {
	checkScore(t, "fresh152 formats", fresh152Cases, [worldNumFields]float64{92.8, 97.3, 98.6, 94.1})
}
