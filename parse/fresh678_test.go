package parse

import "testing"

// The six-hundred-and-seventy-eighth fresh table: network booting and bare-metal provisioning,
// the logs people attach when a machine will not PXE boot or install, shapes no earlier table
// holds. Each family is one product's documented or observed output: the Foreman smart proxy's
// proxy.log (a zone-less ISO time, an eight-hex request id or nothing, a one-letter level in
// brackets); Tinkerbell Smee's zap JSON lines (an epoch `ts` with seven decimals) and the lines of
// its syslog receiver, which wrap a Hook machine's tink-worker JSON inside Smee's own; matchbox's
// logrus text, and its predecessor bootcfg run under rkt with an uptime before each line; Cobbler
// 3.2's cobbler.log without the thread column; Digital Rebar Provision's dr-provision on a terminal
// (the logger name glued to the date, a two-line record of location and message) and in the
// journal.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`ipxe`, `maas`, `regiond`, `rackd`, `provisioningserver`,
// `maasserver`, `cobbler`, `cobblerd`, `- INFO |`, `- DEBUG |`, `python3-hivex`, `XMLRPC running`,
// `foreman`, `smart-proxy`, `smart_proxy`, `smart proxy`, `foreman-proxy`, `foreman_proxy`,
// `proxy.log`, `Finished GET /tftp`, `[I] Started`, `] [I] `, `X{request}`, `ironic`,
// `ironic-python-agent`, `ironic_python_agent`, `ironic-conductor`, `ironic-inspector`,
// `openstack-ironic`, `tinkerbell`, `tink-`, `tink-worker`, `smee`, `boots`, `hegel`, `rufio`,
// `packethost`, `hookos`, `receiver.go`, `ipxedust`, `itftp`, `"app-name"`, `workerID`, `netboot`,
// `netbootxyz`, `warewulf`, `wwctl`, `warewulfd`, `xcat`, `xcatd`, `fog project`, `fogproject`,
// `FOGImageReplicator`, `razor`, `razor-server`, `dr-provision`, `digitalrebar`, `drpcli`,
// `rackn`, `Processing arguments`, `Extracting Default Assets`, `[ warn]`, `[audit]`, `metal3`,
// `baremetal-operator`, `bifrost`, `pixiecore`, `matchbox`, `bootcfg`, `bootcfg[`,
// `HTTP GET /ipxe`, `Matched an iPXE`, `in.tftpd`, `tftpd`, `tftp-hpa`, `atftpd`, `tftpd32`,
// `tftpd64`, `pxe`, `pxelinux`, `syslinux`, `undionly`, `grub`, `kickstart`, `anaconda`,
// `clonezilla`, `partclone`, `ltsp`, `spacewalk`, `uyuni`, `sidero`, `cluster-api`, `stacki`,
// `mr-provisioner`, `curtin`, `cloud-init`, `subiquity`, `casper`, `DHCPDISCOVER`,
// `dnsmasq-dhcp`, `dnsmasq-tftp`, `kea`, `ISC dhcpd`, `dhcpd`, `WDS`, `WDSServer`, `WDSPXE`,
// `SMSPXE`, `BDD.log`, `shoelaces`, `plunder`, `waitron`, `netbootd`, `grendel`, `beaker`,
// `confluent`, `ignition`, `dracut`, `sushy`, `virtualbmc`, `ipmitool`, `redfish`). None of the
// Foreman smart proxy, Smee, matchbox or bootcfg, Digital Rebar Provision or Cobbler's thread-less
// cobbler.log is in any table (`smart-proxy`, `tinkerbell` and `grendel` are only in other
// tables' lists of greps; `[ warn]`, `[audit]`, `] [I] `, `Started GET` and `workerID` match other
// products, `Started GET` Rails logs and Foreman's production.log among them; `- INFO |` matches only Cobbler's `[Daemon]` thread-first log of fresh30, which this
// table leaves out). Left out as measured already: iPXE's console, MAAS's rackd.log, regiond.log
// and maas.log, Cobbler's thread-first cobbler.log, Foreman's production.log, OpenStack Ironic's
// conductor, inspector and agent, Metal3's baremetal-operator, Bifrost, Pixiecore, Warewulf's
// warewulfd, xCAT, FOG, Clonezilla, LTSP, WDS and MDT, dnsmasq, Kea, ISC dhcpd and the TFTP
// daemons. Left out as not confirmed by any search: Tinkerbell's Hegel and Rufio, Grendel. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The smart proxy's, Cobbler's and dr-provision's stamps have no zone and are
// read as UTC; matchbox's logrus `time="…Z"` is UTC; Smee's `ts` is Unix seconds with a fraction,
// read to the digit. Smee's receiver lines carry two times of the record, Smee's `ts` when it
// received the syslog message and the worker's own `ts` inside it, and either is accepted, as are
// the journal's second and dr-provision's own stamp of the same moment. bootcfg's `[21473.163947]`
// under rkt is seconds since boot, no time. Levels only where the line marks one: the smart proxy's
// `[I]`, `[D]`, `[W]`, `[E]`; zap's and logrus' `level` (logrus' fatal is Critical); Cobbler's
// Python level name before the bar; dr-provision's padded `[ warn]` and `[error]`; dr-provision's
// plain lines (`Processing arguments`, `Starting TFTP server`) and the journal line that carries
// the second half of its two-line record mark none, and Smee's syslog `severity` of the wrapped
// message is the forwarded message's, not Smee's line's. The host is the record's host field: only
// the journal's; the smart proxy's request id, Smee's client, MAC and `"host"` of the forwarded
// syslog message (the machine being provisioned: a peer), matchbox's labels, bootcfg's
// `bootcfg[5]` and dr-provision's `[311:7]` are no hosts. A record that spans lines is one entry:
// dr-provision's location line with its message line under it on a terminal, Cobbler's
// `Exception Info:` with the traceback under it; in the journal each line has its own header and
// is its own record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 22ad146 before any rule for it: level 90.8 %, time 87.5 %, host 100.0 %, records 95.0 %.
// That is the macro figure (micro: level 90.7 %, time 88.4 %, host 100.0 %, records 95.3 %), in a
// worktree at 22ad146 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are dr-provision's: on a terminal the date glued to the logger
// name is not read, so neither its time, its padded level nor its two-line record comes out, and
// in the journal the padded `[ warn]` and `[error]` after `[id:seq]facility` are not read as
// levels.

var fresh678Cases = []worldCase{
	{
		name:   "foreman-smart-proxy-proxy-log",
		source: "Foreman smart proxy's /var/log/foreman-proxy/proxy.log (logging gem pattern `%d %.8X{request} [%.1l] %m`, the default :file_logging_pattern of its settings; a blank request id outside a request): theforeman/smart-proxy's default settings and dynflow-core's logger (found with find_string `X{request} [%.1l]`), a log-parsing tool's comment quoting `2026-04-04T17:59:38 1d83b327 [I] Finished GET /register with 200 (351.05 ms)`; the DHCP warning wording from theforeman/smart-proxy PR #446",
		why:    "a zone-less ISO time, then an eight-hex request id or two blanks where none is set, then a one-letter level in brackets (I D W E); the request id is no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "", "2026-11-29T07:41:12  [I] Successfully initialized 'foreman_proxy'"),
			we("2026-11-29T07:41:12Z", Info, "", "2026-11-29T07:41:12  [I] Successfully initialized 'tftp'"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 7b3e9a1c [I] Started GET /tftp/serverName "),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 7b3e9a1c [I] Finished GET /tftp/serverName with 200 (0.61 ms)"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026-11-29T07:41:18 c41d0f27 [D] TFTP: /var/lib/tftpboot/pxelinux.cfg/01-52-54-00-3a-91-c4 created successfully"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29T07:41:19 e90a55b2 [W] Request to create a conflicting DHCP record"),
			we("2026-11-29T07:41:19Z", Error, "", "2026-11-29T07:41:19 e90a55b2 [E] DHCP Record 10.30.8.0/10.30.8.57 already exists"),
		},
	},
	{
		name:   "tinkerbell-smee-zap-json-epoch",
		source: "Tinkerbell Smee (formerly Boots) on stdout, zap's production JSON (`level`, `ts` as Unix seconds with a fraction, `logger`, `caller`, `msg`, `service`, fields; an error with `stacktrace` as one escaped string): tinkerbell/tinkerbell issue #453 and tinkerbell/smee issue #537 (a pasted `file serve failed` line); the DHCP messages' wording from memory",
		why:    "an epoch float with seven decimals is the time; `client` and `mac` name the machine booting, no host; the stacktrace is an escaped string inside the one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4021437Z", Info, "", `{"level":"info","ts":1795938076.4021437,"caller":"smee/main.go:171","msg":"starting smee","service":"github.com/tinkerbell/smee","version":"v0.15.1"}`),
			we("2026-11-29T07:41:18.0917732Z", Info, "", `{"level":"info","ts":1795938078.0917732,"logger":"github.com/tinkerbell/smee","caller":"reservation/handler.go:91","msg":"received DHCP packet","service":"github.com/tinkerbell/smee","mac":"52:54:00:3a:91:c4","type":"DHCPDISCOVER","interface":"eth0"}`),
			we("2026-11-29T07:41:18.0951204Z", Info, "", `{"level":"info","ts":1795938078.0951204,"logger":"github.com/tinkerbell/smee","caller":"reservation/handler.go:132","msg":"sent DHCP response","service":"github.com/tinkerbell/smee","mac":"52:54:00:3a:91:c4","type":"DHCPOFFER","ip":"10.30.8.57"}`),
			we("2026-11-29T07:41:19.2204418Z", Debug, "", `{"level":"debug","ts":1795938079.2204418,"logger":"github.com/tinkerbell/smee","caller":"reservation/handler.go:74","msg":"ignoring packet, not a netboot client","service":"github.com/tinkerbell/smee","mac":"3c:ec:ef:10:22:7a"}`),
			we("2026-11-29T07:41:49.7331906Z", Error, "", `{"level":"error","ts":1795938109.7331906,"logger":"github.com/tinkerbell/ipxedust","caller":"itftp/itftp.go:106","msg":"file serve failed","service":"github.com/tinkerbell/smee","event":"get","filename":"snp.efi","uri":"52:54:00:3a:91:c4/snp.efi","client":{"IP":"10.30.8.57","Port":50112,"Zone":""},"b":0,"contentSize":1064960,"error":"Channel timeout: 10.30.8.57:50112","stacktrace":"github.com/tinkerbell/ipxedust/itftp.Handler.HandleRead\n\t/home/runner/go/pkg/mod/github.com/tinkerbell/ipxedust@v0.0.0-20240701183526-11b1f4c5bc8a/itftp/itftp.go:106\ngithub.com/pin/tftp/v3.(*Server).handlePacket.func2\n\t/home/runner/go/pkg/mod/github.com/pin/tftp/v3@v3.1.0/server.go:404"}`),
		},
	},
	{
		name:   "tinkerbell-smee-syslog-receiver-nested",
		source: "Tinkerbell Smee's syslog receiver logging what a Hook machine's Docker sends it (Smee's zap line with `caller` syslog/receiver.go and `msg` twice, the second an object with app-name, facility, host, procid, severity and the forwarded `msg`, itself tink-worker's zap JSON object or a container's plain text): tinkerbell/tink PR #833 (pasted before and after lines)",
		why:    "two times of the record, Smee's receipt `ts` and the worker's own `ts` inside, either accepted; the forwarded message's `host` is the machine being provisioned, a peer, no host; its `severity` is the forwarded message's",
		entries: []worldEntry{
			we("2026-11-29T07:43:02.6784308Z|2026-11-29T07:43:00.7809546Z", Info, "", `{"level":"info","ts":1795938182.6784308,"caller":"syslog/receiver.go:160","msg":"msg","msg":{"app-name":"5d2f8a0c41e7","facility":"daemon","host":"10.30.8.57","msg":{"caller":"cmd/root.go:53","level":"info","logger":"github.com/tinkerbell/tink","msg":"starting","ts":1795938180.7809546,"version":"v0.10.1"},"procid":"712","severity":"INFO"}}`),
			we("2026-11-29T07:43:05.112774Z|2026-11-29T07:43:03.0442851Z", Info, "", `{"level":"info","ts":1795938185.112774,"caller":"syslog/receiver.go:160","msg":"msg","msg":{"app-name":"5d2f8a0c41e7","facility":"daemon","host":"10.30.8.57","msg":{"caller":"worker/worker.go:249","level":"info","logger":"github.com/tinkerbell/tink","msg":"starting to process workflow actions","ts":1795938183.0442851,"workerID":"52:54:00:3a:91:c4"},"procid":"712","severity":"INFO"}}`),
			we("2026-11-29T07:43:40.2718063Z|2026-11-29T07:43:39.9904412Z", Info, "", `{"level":"info","ts":1795938220.2718063,"caller":"syslog/receiver.go:160","msg":"msg","msg":{"app-name":"a81c03d9e6b2","facility":"daemon","host":"10.30.8.57","msg":{"caller":"worker/worker.go:311","level":"info","logger":"github.com/tinkerbell/tink","msg":"running action","ts":1795938219.9904412,"workerID":"52:54:00:3a:91:c4","actionName":"stream-image","taskName":"os-installation"},"procid":"844","severity":"INFO"}}`),
			we("2026-11-29T07:43:41.5530017Z", Info, "", `{"level":"info","ts":1795938221.5530017,"caller":"syslog/receiver.go:160","msg":"msg","msg":{"app-name":"c7e45b1290fa","facility":"daemon","host":"10.30.8.57","msg":"Streaming https://images.example.net/rocky-9.4.raw.gz to /dev/nvme0n1","procid":"901","severity":"INFO"}}`),
		},
	},
	{
		name:   "matchbox-logrus-text",
		source: "poseidon/matchbox's HTTP server on stdout or in the journal (logrus' TextFormatter: `time=\"…Z\" level=info msg=\"…\"` and structured fields such as labels=map[…] profile=…): poseidon/matchbox issue #432 (a pasted run) and PR #268 (the structured fields); the fatal line from memory",
		why:    "logrus key=value with a quoted UTC time; the `labels=map[…]` field holds a MAC, a hostname and a domain of the machine booting, no host; level=fatal is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Starting matchbox HTTP server on 0.0.0.0:8080"`),
			we("2026-11-29T07:41:40Z", Info, "", `time="2026-11-29T07:41:40Z" level=info msg="HTTP GET /boot.ipxe"`),
			we("2026-11-29T07:41:40Z", Info, "", `time="2026-11-29T07:41:40Z" level=info msg="HTTP GET /ipxe?uuid=4c4c4544-0051-3910-8048-b7c04f4e3132&mac=52-54-00-3a-91-c4&domain=lab.example.net&hostname=node07"`),
			we("2026-11-29T07:41:40Z", Debug, "", `time="2026-11-29T07:41:40Z" level=debug msg="Matched an iPXE config" labels=map[domain:lab.example.net hostname:node07 mac:52:54:00:3a:91:c4 uuid:4c4c4544-0051-3910-8048-b7c04f4e3132] profile=flatcar-install`),
			we("2026-11-29T07:42:13Z", Info, "", `time="2026-11-29T07:42:13Z" level=info msg="No matching group" labels=map[mac:52:54:00:3a:91:c5]`),
			we("2026-11-29T07:44:01Z", Critical, "", `time="2026-11-29T07:44:01Z" level=fatal msg="open /etc/matchbox/server.crt: no such file or directory"`),
		},
	},
	{
		name:   "bootcfg-rkt-uptime-prefix",
		source: "matchbox's predecessor bootcfg run as an rkt pod, its console as rkt shows it (`[seconds since boot] bootcfg[5]: ` before logrus' text line): poseidon/matchbox PR #268 (pasted `[44542.643080] bootcfg[5]: time=… level=info msg=\"No matching group\" labels=map[…]` lines)",
		why:    "the bracketed seconds since boot are no time: the record's time is logrus' `time=`; `bootcfg[5]` is the app and pid, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `[21473.163947] bootcfg[5]: time="2026-11-29T07:41:16Z" level=info msg="starting bootcfg HTTP server on 0.0.0.0:8080"`),
			we("2026-11-29T07:41:42Z", Info, "", `[21498.750627] bootcfg[5]: time="2026-11-29T07:41:42Z" level=info msg="HTTP GET /boot.ipxe"`),
			we("2026-11-29T07:41:42Z", Debug, "", `[21498.811904] bootcfg[5]: time="2026-11-29T07:41:42Z" level=debug msg="Matched an iPXE config" labels=map[mac:52:54:00:a1:9c:ae] profile=etcd-proxy`),
			we("2026-11-29T07:42:30Z", Info, "", `[21546.402219] bootcfg[5]: time="2026-11-29T07:42:30Z" level=info msg="No profile named: etcd-prxy" group=node3 group_name="etcd proxy" labels=map[mac:52:54:00:a1:9c:af]`),
		},
	},
	{
		name:   "cobbler-log-no-thread",
		source: "Cobbler 3.2's /var/log/cobbler/cobbler.log as Fedora's package writes it (`yyyy-MM-ddTHH:mm:ss - LEVEL | msg`, no thread column): cobbler/cobbler issue #2879 (a pasted cobbler.log) and #2614; the traceback under `Exception Info:` from memory of utils.log_exc",
		why:    "a zone-less ISO time, a dash, the Python level name and a bar; the traceback lines under `Exception Info:` belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 - INFO | 11 breeds and 131 OS versions read from the signature file"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T07:41:16 - DEBUG | API handle initialized"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T07:41:16 - DEBUG | XMLRPC running on 25151"),
			we("2026-11-29T07:41:40Z", Info, "", "2026-11-29T07:41:40 - INFO | REMOTE start_task(Sync); event_id(2026-11-29_074140_Sync_3e9d01c4b7a24f1f8e5d6c2b1a09f877)"),
			we("2026-11-29T07:41:42Z", Warn, "", "2026-11-29T07:41:42 - WARNING | kernel not found: /var/www/cobbler/distro_mirror/rocky9-x86_64/images/pxeboot/vmlinuz"),
			we("2026-11-29T07:41:42Z", Info, "",
				"2026-11-29T07:41:42 - INFO | Exception Info:",
				`  File "/usr/lib/python3.12/site-packages/cobbler/utils/thread.py", line 103, in run`,
				"    return_code = self._run(self)",
				`  File "/usr/lib/python3.12/site-packages/cobbler/actions/sync.py", line 171, in run`,
				"    self.tftpd.sync_single_system(system)"),
		},
	},
	{
		name:   "dr-provision-terminal-glued-prefix",
		gap:    "the date glued to the logger name (`dr-provision2026/11/29 07:41:16.250522`) is not read as the time, so the `[ warn]` and `[error]` after it are not read as levels and the `[2:1]…` message line under the location line is split off as a record of its own",
		source: "Digital Rebar Provision's dr-provision on a terminal (Go's log with the prefix `dr-provision` glued to `yyyy/MM/dd HH:mm:ss.micro`; a leveled record is two lines, `[id:seq]:facility [level]: file:line` then `[id:seq]message`, the level padded to five): digitalrebar/provision docs (the upgrade guide's `--humanize` run and the quickstart's isolated install, pasted output)",
		why:    "the logger name glued to a zone-less slashed date; the message line under the location line is the same record; `[ warn]` and `[error]` are the levels, the plain lines have none; `[2:1]` is a request id, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.250522Z", Unknown, "", "dr-provision2026/11/29 07:41:16.250522 Processing arguments"),
			we("2026-11-29T07:41:16.250811Z", Unknown, "", "dr-provision2026/11/29 07:41:16.250811 Version: v4.12.3"),
			we("2026-11-29T07:41:16.25129Z", Unknown, "", "dr-provision2026/11/29 07:41:16.251290 Extracting Default Assets"),
			we("2026-11-29T07:41:17.61414Z", Warn, "",
				"dr-provision2026/11/29 07:41:17.614140 [2:1]:backend [ warn]: github.com/hashicorp/raft@v1.6.1/raft.go:232",
				"[2:1]heartbeat timeout reached, starting election: last-leader-addr= last-leader-id="),
			we("2026-11-29T07:41:29.006224Z", Error, "",
				"dr-provision2026/11/29 07:41:29.006224 [311:7]static [error]: github.com/digitalrebar/provision/v4/midlayer/tftp.go:82",
				"[311:7]TFTP: ipxe.efi: transfer error: sending block 0: code=0, error: TFTP Aborted"),
		},
	},
	{
		name:   "dr-provision-journal",
		gap:    "the padded level in brackets after dr-provision's `[id:seq]facility` (`[ warn]`, `[error]`) is not read inside the journal line",
		source: "Digital Rebar Provision under systemd read with journalctl (`Mmm dd HH:mm:ss host dr-provision[pid]: ` before dr-provision's own `dr-provision…` line; the second line of a two-line record gets its own journal header): digitalrebar/provision docs, troubleshooting ('error messages may appear similarly to', a pasted pair)",
		why:    "the journal's year-less time and host, and dr-provision's own stamp of the same moment (either accepted); the message half of a two-line record is its own journal line, no level of its own",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z|2026-11-29T07:40:58.118204Z", Unknown, "prov1", "Nov 29 07:40:58 prov1 dr-provision[7092]: dr-provision2026/11/29 07:40:58.118204 Starting TFTP server"),
			we("2026-11-29T07:40:58Z|2026-11-29T07:40:58.118533Z", Unknown, "prov1", "Nov 29 07:40:58 prov1 dr-provision[7092]: dr-provision2026/11/29 07:40:58.118533 Starting static file server"),
			we("2026-11-29T07:41:29Z|2026-11-29T07:41:29.006224Z", Error, "prov1", "Nov 29 07:41:29 prov1 dr-provision[7092]: dr-provision2026/11/29 07:41:29.006224 [311:7]static [error]: github.com/digitalrebar/provision/v4/midlayer/tftp.go:82"),
			we("2026-11-29T07:41:29Z", Unknown, "prov1", "Nov 29 07:41:29 prov1 dr-provision[7092]: [311:7]TFTP: ipxe.efi: transfer error: sending block 0: code=0, error: TFTP Aborted"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:03.442871Z", Warn, "prov1", "Nov 29 07:42:03 prov1 dr-provision[7092]: dr-provision2026/11/29 07:42:03.442871 [2:4]:backend [ warn]: github.com/hashicorp/raft@v1.6.1/raft.go:232"),
			we("2026-11-29T07:42:03Z", Unknown, "prov1", "Nov 29 07:42:03 prov1 dr-provision[7092]: [2:4]heartbeat timeout reached, starting election: last-leader-addr= last-leader-id="),
		},
	},
}

func TestFresh678Formats(t *testing.T) { assertTable(t, fresh678Cases) }
func TestFresh678Score(t *testing.T) {
	checkScore(t, "fresh678 formats", fresh678Cases, [worldNumFields]float64{90.7, 87.4, 99.9, 94.9})
}
