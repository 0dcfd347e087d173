package parse

import "testing"

// The six-hundred-and-ninety-first fresh table: configuration management and infrastructure as code,
// the agents, runs and tools around them, shapes no earlier table holds. Each family is one product's
// documented or observed output: Mitogen for Ansible's debug log (`[pid N] HH:mm:ss.ffffff D
// logger: msg`); TFLint with TFLINT_LOG=debug (Go's `HH:mm:ss file.go:line: [LEVEL] msg`);
// ansible-navigator's log file (a compact `yyMMddHHmmss.fff` stamp and a quoted logger);
// WPKG's client log (`yyyy-MM-dd HH:mm:ss, LEVEL   : msg`); ansible-playbook with ANSIBLE_DEBUG=1
// (a padded pid and epoch seconds with five decimals, `>>>`…`<<<` chunk blocks); ansible-rulebook,
// Event-Driven Ansible, whose Python lines and Drools engine lines share one stream; Facter 3's
// --debug stderr (leatherman.logging: `yyyy-MM-dd HH:mm:ss.ffffff LEVEL namespace[:line] - msg`);
// and mgmt's `mgmt run` (Go's time-of-day log with no level, grpclog's `WARNING: yyyy/MM/dd` lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `ansible`, `puppet`, `chef`, `salt-minion`, `saltstack`, `terraform`,
// `pulumi`, `cfengine`, `cf-agent`, `cf-serverd`, `opentofu`, `tofu`, `terragrunt`, `atlantis`,
// `spacelift`, `packer`, `vagrant`, `cloud-init`, `mgmt`, `rudder`, `foreman`, `katello`,
// `ansible-pull`, `awx`, `semaphore`, `cdktf`, `crossplane`, `juju`, `landscape`, `otter`, `bcfg2`,
// `nixops`, `colmena`, `pyinfra`, `mitogen`, `fabric`, `capistrano`, `habitat`, `hab-sup`,
// `chef-client`, `cinc`, `knife`, `mcollective`, `choria`, `r10k`, `hiera`, `puppetserver`,
// `puppetdb`, `openvox`, `bolt`, `salt-api`, `salt-master`, `salt-cloud`, `ansible-runner`,
// `ansible-navigator`, `molecule`, `kitchen`, `test-kitchen`, `inspec`, `serverspec`, `goss`, `dsc`,
// `sccm`, `intune`, `ignition`, `butane`, `cloudbase-init`, `cloudbase`, `ec2config`, `ec2launch`,
// `waagent`, `walinuxagent`, `os-collect-config`, `heat-config`, `cloudformation`, `cfn-init`,
// `cfn-hup`, `bicep`, `arm template`, `deployment manager`, `kpt`, `kustomize`, `helmfile`,
// `argocd`, `fluxcd`, `ansible-lint`, `tflint`, `checkov`, `terrascan`, `tfsec`, `infracost`,
// `driftctl`, `terraformer`, `env0`, `scalr`, `rundeck`, `stackstorm`, `st2`, `saltpad`, `ncm`,
// `powershell dsc`, `opsworks`, `ssm agent`, `amazon-ssm-agent`, `nixos-rebuild`, `home-manager`,
// `deploy-rs`, `morph`, `krops`, `etckeeper`, `cdist`, `slack (`, `aviary`, `sup `, `itamae`,
// `mina`, `lxd`, `incus`, `chezmoi`, `yadm`, `stow`, `dotbot`, `ansible-playbook`, `PLAY RECAP`,
// `TASK [`, `Notice: Applied catalog`, `Applying configuration version`, `Initializing provider
// plugins`, `Apply complete`, `TF_LOG`, `salt.state`, `cfengine3`, `profile_tasks`, `n=ansible`,
// `receptor`, `CREATE_COMPLETE`, `cdk deploy`, `aws-cdk`, `octopus`, `tentacle`, `tfc-agent`,
// `consul-template`, `confd`, `spacewalk`, `uyuni`, `rhnsd`, `osad`, `maas`, `maasserver`,
// `anaconda`, `cobbler`, `digital rebar`, `dr-provision`, `tinkerbell`, `pxp-agent`, `pxp`,
// `erchef`, `rexify`, `Running task`, `munki`, `managedsoftwareupdate`, `jamf`, `chocolatey`,
// `boxstarter`, `winget`, `kapitan`, `fleetdm`, `orbit`, `kandji`, `mosyle`, `autoinstall`,
// `subiquity`, `preseed`, `fai`, `razor`, `foreman-proxy`, `smart_proxy`, `ManagedInstalls`,
// `Install.log`, `installer[`, `softwareupdated`, `mdmclient`, `santa`, `gorilla`, `cimian`,
// `wpkg`, `pdq`, `ninite`, `tanium`, `bigfix`, `besclient`, `altiris`, `ivanti`, `landesk`, `kace`,
// `desired state`, `LCM`, `Get-DscConfiguration`, `azure automation`, `hybrid worker`, `guest
// configuration`, `gc_agent`, `arc agent`, `himds`, `azcmagent`, `google osconfig`, `osconfig`,
// `google_osconfig_agent`, `OSConfigAgent`, `ansible.cfg`, `mcollectived`, `chef-solo`,
// `cinc-client`, `kitchen.log`, `puppetlabs.`, `leatherman`, `leatherman.`, `STATUS  :`,
// `ANSIBLE_DEBUG`, `bolt-debug`, `Bolt::`, `Bolt `, `puppet bolt`, `puppetlabs/bolt`,
// `bolt-project`, `bolt plan`, `gpsvc`, `GPSVC(`, `group policy`, `terraform-ls`, `transcript
// start`, `Start-Transcript`, `quattor`, `ncm-ncd`, `custom-script`, `operation=enable`,
// `ansible-rulebook`, `ansible_rulebook`, `ansible_navigator`, `[mux`, `TFLINT_LOG`, `facter`,
// `cfacter`, `Running on `, `ansible_mitogen`, `ara `, `terrateam`, `digger`, `waypoint`, `curtin`,
// `samba-gpupdate`, `gpupdate`, `LCFG`, `salt-ssh`, `drools`, `RuleExecutorChannel`,
// `RulesEngine`, `event-driven ansible`, `EDA `, `kics`, `Keeping Infrastructure`, `terramate`,
// `-----> Creating`, `[pid `, ` D mitogen`, `config.go:`, `setup_logger`, `, DEBUG   :`,
// `, INFO    :`, `Loading ActionModule`, `_low_level_execute_command`, `os-net-config`,
// `purpleidea`, `mgmt config`, `kolla`, `tripleo`, `paunch`, `Using config file at`,
// `AM] [INFO]`, `openstack-ansible`, `ceph-ansible`, `kubespray`, `cephadm`, `os-refresh-config`,
// `dib-`, `diskimage-builder`, `virt-customize`, `sysprep`, `netplan`, and the line shapes as
// patterns (Ruby Logger's `I, [20`, zerolog's console `7:41AM INF`, leatherman's `… INFO  ns - `,
// `[pid N] HH:mm:ss`, `HH:mm:ss file.go:N: `, the compact `yyMMddHHmmss.fff LEVEL`, a padded pid
// before epoch seconds). None of Mitogen, TFLint, ansible-navigator, WPKG, ANSIBLE_DEBUG's lines,
// ansible-rulebook, Facter or mgmt is in any table (`mgmt` matches only other products' management
// hosts, interfaces and daemons such as mgmtd and cp-mgmt, `[pid ` other tools' pid prefixes such
// as ltrace's in fresh178, none with a level letter after the time, `config.go:` other Go
// programs' messages, `setup_logger` other products' Python sources, `drools` a Java stack frame and
// a grep list, `STATUS  :` an unrelated status field). Left out as measured already: Ansible's
// playbook output, log_path file and profile_tasks, AWX and ansible-runner, Puppet's agent,
// server and PuppetDB, Puppet Bolt (its human output in fresh220, so bolt-debug.log was dropped
// though no table holds its layout), Chef, Salt, CFEngine, Rudder, Terraform, OpenTofu,
// Terragrunt, Atlantis, Pulumi, Packer, Vagrant, cloud-init, Ignition, Juju, Foreman, Octopus
// Tentacle, Chocolatey, WinGet, Munki, Jamf, the Windows DSC and Group Policy logs,
// os-net-config, Cobbler and Anaconda. Left out because an earlier table holds their shape: KICS
// (zerolog's console, LocalAI's in fresh100) and Test Kitchen's kitchen.log (Ruby's Logger, in 19
// tables). Left out as not confirmed by any search: pxp-agent's own log file layout, driftctl,
// Infracost, Quattor's ncm-ncd. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Mitogen's, TFLint's and mgmt's lines carry a time of day only: they are on
// the clock's day. ansible-navigator's compact stamp (`261129074116.412`, yy MM dd HH mm ss and
// milliseconds), WPKG's, ansible-rulebook's, Facter's and grpclog's stamps have no zone and are
// taken as UTC; WPKG's comma after the seconds is no decimal separator, Drools' `07:41:17 402`
// carries its milliseconds after a blank. ANSIBLE_DEBUG's `1795938076.20331` is epoch seconds.
// Levels only where the line marks one: Mitogen's letter after the time (D W E), TFLint's
// bracketed word, ansible-navigator's, WPKG's, ansible-rulebook's, Drools' and leatherman's level
// words, grpclog's leading `WARNING:`; mgmt's own lines and ANSIBLE_DEBUG's carry none (`Etcd:` and
// `Main:` are components). No family has a host field: Mitogen's `ssh.db02` contexts, WPKG's file
// server, the rulebook's controller URL and mgmt's etcd peers are peers, no hosts. A record that
// spans lines is one entry: ANSIBLE_DEBUG's `stdout chunk` with its `>>>`…`<<<` block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", find_string and read_file); where a search
// did not confirm a part of a layout the source says "from memory" (Mitogen's W and E letters,
// WPKG's WARNING and ERROR words). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3b19223 before any rule for it: level 97.9 %, time 85.4 %, host 97.9 %, records 95.8 %.
// That is the macro figure (micro: level 97.7 %, time 84.1 %, host 97.7 %, records 95.5 %), in a
// worktree at 3b19223 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are ANSIBLE_DEBUG's epoch seconds after the padded pid, which
// trawl does not read as a time (and its `>>>`…`<<<` chunk block, which starts an entry of its own
// and swallows the next debug line), and Drools' milliseconds after a blank in ansible-rulebook's
// stream, which trawl drops, cutting the time to the second.

var fresh691Cases = []worldCase{
	{
		name:   "mitogen-debug-pid-time-letter",
		source: "Mitogen for Ansible (strategy mitogen_linear) with MITOGEN_LOG_LEVEL=debug on stderr (`[pid N] HH:mm:ss.ffffff L logger: msg`, L the first letter of Python's level name): mitogen-hq/mitogen issues #436 and #307 (pasted `D mitogen.io:` and `D mitogen:` lines); the W and E letters from memory of the same format",
		why:    "a pid in brackets, then a time of day with microseconds and no date (the clock's day); one level letter after the time; contexts and stream names such as `ssh.db02` are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Debug, "", "[pid 31842] 07:41:16.204118 D mitogen.io: EpollPoller(0x7f3a91c2d4e0).start_receive(41, (<Side of mitogen.core.Stream('unix_client.31859') fd 41>, <bound method Stream.on_receive of mitogen.core.Stream('unix_client.31859')>))"),
			we("2026-11-29T07:41:16.204377Z", Debug, "", "[pid 31859] 07:41:16.204377 D mitogen: unix.connect(): local ID is 1, remote is 0"),
			we("2026-11-29T07:41:16.388021Z", Debug, "", "[pid 31842] 07:41:16.388021 D mitogen: mitogen.ssh.Connection('ssh.db02').connect()"),
			we("2026-11-29T07:41:17.020455Z", Warn, "", "[pid 31842] 07:41:17.020455 W mitogen: mitogen.ssh.Stream('ssh.db02'): stderr: Warning: Permanently added 'db02.farm.internal' (ED25519) to the list of known hosts."),
			we("2026-11-29T07:41:18.502117Z", Error, "", "[pid 31842] 07:41:18.502117 E mitogen: Router(Broker(0x7f3a91c2d2b0)): received message from unknown context 4: Message(4, 0, 0, 102, None, 'mitogen.core'..16)"),
		},
	},
	{
		name:   "tflint-debug-time-of-day",
		source: "TFLint with TFLINT_LOG=debug on stderr (Go's log with Ltime and Lshortfile: `HH:mm:ss file.go:line: [LEVEL] msg`, levels TRACE DEBUG INFO WARN ERROR): terraform-linters/tflint-ruleset-aws issue #69 (a pasted run), terraform-linters/tflint issue #472",
		why:    "a time of day with no date (the clock's day); `config.go:96:` is a file and line, no time; the bracketed level after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 config.go:96: [INFO] Load config: .tflint.hcl"),
			we("2026-11-29T07:41:16Z", Debug, "", "07:41:16 config.go:311: [DEBUG] Config loaded"),
			we("2026-11-29T07:41:16Z", Debug, "", "07:41:16 config.go:312: [DEBUG]   Module: true"),
			we("2026-11-29T07:41:17Z", Info, "", `07:41:17 discovery.go:45: [INFO] Plugin "aws" found: /home/tomas/.tflint.d/plugins/github.com/terraform-linters/tflint-ruleset-aws/0.36.0/tflint-ruleset-aws`),
			we("2026-11-29T07:41:18Z", Warn, "", `07:41:18 runner.go:233: [WARN] The value of "var.backup_region" is unknown; rules that read it are skipped`),
			we("2026-11-29T07:41:19Z", Error, "", `07:41:19 module.go:88: [ERROR] Failed to load module "network": module not found, run "terraform init" first`),
		},
	},
	{
		name:   "ansible-navigator-log-compact-stamp",
		source: "ansible-navigator 1.x ansible-navigator.log (`yyMMddHHmmss.fff LEVEL 'logger' msg`): ansible/ansible-navigator issues #625 and #602 (pasted logs)",
		why:    "a compact two-digit-year stamp with no separators and milliseconds after a dot (zone-less, UTC by the rules); the level word after it; the quoted logger name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "261129074116.412 INFO 'ansible_navigator.setup_logger' New ansible-navigator instance, logging initialized"),
			we("2026-11-29T07:41:16.413Z", Debug, "", "261129074116.413 DEBUG 'ansible_navigator.main' Looking for '/srv/infra/ansible-navigator.yml', '/srv/infra/ansible-navigator.yaml' and '/srv/infra/ansible-navigator.json'"),
			we("2026-11-29T07:41:16.42Z", Debug, "", "261129074116.420 DEBUG 'ansible_navigator.main' Using settings file at /srv/infra/ansible-navigator.yml in current working directory"),
			we("2026-11-29T07:41:18.951Z", Warn, "", "261129074118.951 WARNING 'ansible_navigator.image_manager.puller' Execution environment image 'quay.io/farm/ee-infra:2.4' could not be inspected, pulling it"),
			we("2026-11-29T07:41:22.307Z", Error, "", "261129074122.307 ERROR 'ansible_navigator.runner.base' Command 'podman pull quay.io/farm/ee-infra:2.4' returned non-zero exit status 125"),
		},
	},
	{
		name:   "wpkg-log-comma-padded-level",
		source: "WPKG's client log (wpkg.js with log_file_path, `yyyy-MM-dd HH:mm:ss, LEVEL   : msg`, the level word padded to eight before the colon): the wpkg-users list thread of September 2012 (lists.wpkg.org pipermail 029390, a pasted log); the WARNING and ERROR words from memory",
		why:    "a zone-less date and time (UTC by the rules) with a comma after the seconds, which is no decimal separator; the padded level word before ` : `; the package names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16, INFO    : Installing 'Notepad++' (notepadplusplus)..."),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16, DEBUG   : Got variable 'PKG_VERSION' of value '8.7.1'"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17, DEBUG   : Install type: upgrade"),
			we("2026-11-29T07:41:39Z", Warn, "", `2026-11-29 07:41:39, WARNING : Command '"\\fs02\wpkg\software\notepadplusplus\npp.8.7.1.Installer.x64.exe" /S' returned exit code [3010]. This exit code requires a reboot.`),
			we("2026-11-29T07:41:40Z", Error, "", "2026-11-29 07:41:40, ERROR   : Could not process (install) package 'VLC media player' (vlc): the install checks failed after installation."),
		},
	},
	{
		name:   "ansible-debug-pid-epoch",
		source: "ansible-playbook with ANSIBLE_DEBUG=1 (lib/ansible/utils/display.py's debug lines `%6d %0.5f: msg`: the pid right-aligned, the epoch time with five decimals, a colon; stdout and stderr chunks between `>>>` and `<<<`): ansible/ansible PR #48378 (a pasted run)",
		why:    "epoch seconds with five decimals after a padded pid; no level; the chunk block under `stdout chunk` belongs to that line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.20331Z", Unknown, "", " 52817 1795938076.20331: starting run"),
			we("2026-11-29T07:41:16.44718Z", Unknown, "", " 52817 1795938076.44718: Loading ActionModule 'command' from /usr/lib/python3.12/site-packages/ansible/plugins/action/command.py"),
			we("2026-11-29T07:41:16.45102Z", Unknown, "", " 52835 1795938076.45102: _low_level_execute_command(): starting"),
			we("2026-11-29T07:41:16.45127Z", Unknown, "", " 52835 1795938076.45127: _low_level_execute_command(): executing: /bin/sh -c 'echo ~deploy && sleep 0'"),
			we("2026-11-29T07:41:16.97744Z", Unknown, "",
				" 52835 1795938076.97744: stdout chunk (state=3):",
				">>>/home/deploy",
				"<<<"),
			we("2026-11-29T07:41:17.01269Z", Unknown, "", " 52835 1795938077.01269: _low_level_execute_command() done: rc=0, stdout=/home/deploy, stderr="),
		},
	},
	{
		name:   "ansible-rulebook-python-and-drools",
		source: "ansible-rulebook (Event-Driven Ansible) run with --verbose: its Python lines `yyyy-MM-dd HH:mm:ss,SSS - logger - LEVEL - msg` and the Drools engine's Java lines `yyyy-MM-dd HH:mm:ss SSS [thread] LEVEL class - msg` (milliseconds after a blank) in the same stream: READMEs and walkthroughs with pasted runs found with find_string (`ansible_rulebook.app - INFO - Starting sources`, `[drools-async-evaluator-thread] INFO org.drools.ansible.rulebook.integration.api.io.RuleExecutorChannel - Async channel connected`)",
		why:    "two writers in one stream: Python's comma milliseconds and dashed fields; Drools' milliseconds after a blank, a thread in brackets before the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.866Z", Info, "", "2026-11-29 07:41:16,866 - ansible_rulebook.app - INFO - Starting sources"),
			we("2026-11-29T07:41:16.867Z", Info, "", "2026-11-29 07:41:16,867 - ansible_rulebook.app - INFO - Starting rules"),
			we("2026-11-29T07:41:16.868Z", Info, "", "2026-11-29 07:41:16,868 - drools.ruleset - INFO - Using jar: /opt/eda/venv/lib/python3.11/site-packages/drools/jars/drools-ansible-rulebook-integration-runtime-1.0.7.jar"),
			we("2026-11-29T07:41:17.402Z", Info, "", "2026-11-29 07:41:17 402 [drools-async-evaluator-thread] INFO org.drools.ansible.rulebook.integration.api.io.RuleExecutorChannel - Async channel connected"),
			we("2026-11-29T07:43:05.512Z", Warn, "", "2026-11-29 07:43:05,512 - ansible_rulebook.websocket - WARNING - Websocket connection to wss://eda.farm.internal/api/eda/ws/ansible-rulebook lost, retrying in 5 seconds"),
			we("2026-11-29T07:43:10.02Z", Error, "", "2026-11-29 07:43:10,020 - ansible_rulebook.cli - ERROR - Terminating One of the source plugins failed"),
		},
	},
	{
		name:   "facter3-leatherman-stderr",
		source: "Facter 3 (cfacter) with --debug, its stderr (leatherman.logging's writer: `yyyy-MM-dd HH:mm:ss.ffffff LEVEL namespace[:line] - msg`, the level padded to five): puppetlabs/leatherman logging/src/logging.cc (color_writer::consume), facter's acceptance test for --verbose (`INFO  puppetlabs.facter - executed with command line: --verbose`)",
		why:    "a zone-less local date and time with microseconds (UTC by the rules); the padded level word; `leatherman.execution:92` is a namespace and line, no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102231Z", Info, "", "2026-11-29 07:41:16.102231 INFO  puppetlabs.facter - executed with command line: --debug."),
			we("2026-11-29T07:41:16.102917Z", Debug, "", `2026-11-29 07:41:16.102917 DEBUG puppetlabs.facter - searching "/opt/puppetlabs/facter/facts.d" for external facts.`),
			we("2026-11-29T07:41:16.13154Z", Debug, "", "2026-11-29 07:41:16.131540 DEBUG leatherman.execution:92 - executing command: /usr/bin/lsb_release -a"),
			we("2026-11-29T07:41:16.160772Z", Warn, "", `2026-11-29 07:41:16.160772 WARN  puppetlabs.facter - skipping file "/etc/puppetlabs/facter/facts.d/rack.yaml": it is not readable.`),
			we("2026-11-29T07:41:16.244503Z", Error, "", `2026-11-29 07:41:16.244503 ERROR puppetlabs.facter - error while resolving custom fact "rack_position": undefined method 'strip' for nil:NilClass`),
		},
	},
	{
		name:   "mgmt-run-go-log-grpc",
		source: "purpleidea/mgmt 0.0.x `mgmt run` on a terminal (Go's log with Ltime and Lshortfile: `HH:mm:ss file.go:line: Component: msg`, no level; the embedded etcd client's grpclog lines `WARNING: yyyy/MM/dd HH:mm:ss grpc: …` in the same stream): purpleidea/mgmt PR #343 (a pasted run)",
		why:    "a time of day with no date (the clock's day) and no level; `Etcd:` and `Main:` are components, no levels; grpclog's line carries its own slashed date and the WARNING word first; the etcd peer addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 hello.go:46: This is: mgmt, version: 0.0.21-62-g9d3e1fa"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 main.go:239: Main: Working prefix is: /var/lib/mgmt/"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 etcd.go:416: Etcd: Bootstrapping..."),
			we("2026-11-29T07:41:17Z", Warn, "", `WARNING: 2026/11/29 07:41:17 grpc: addrConn.resetTransport failed to create client transport: connection error: desc = "transport: Error while dialing dial tcp 192.168.122.14:2379: connect: connection refused"; Reconnecting to {192.168.122.14:2379 0  <nil>}`),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19 etcd.go:1482: Etcd: Addresses are: http://192.168.122.11:2379"),
			we("2026-11-29T07:41:20Z", Unknown, "", "07:41:20 main.go:512: Main: Graph: Vertices(4), Edges(2)"),
		},
	},
}

func TestFresh691Formats(t *testing.T) { assertTable(t, fresh691Cases) }
func TestFresh691Score(t *testing.T) {
	checkScore(t, "fresh691 formats", fresh691Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
