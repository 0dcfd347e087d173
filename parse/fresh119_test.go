package parse

import "testing"

// The hundred-and-nineteenth fresh table, written on 2026-12-02: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go to
// fresh117_test.go), compared by family and by product and not only by name, so that its score is
// again an honest figure for logs trawl has never been tuned on. Its theme is Apple platforms as
// administrators read them, in files and modes no earlier table holds: the styles of `log show`,
// /var/log's system.log, install.log, wifi.log, fsck_hfs.log and appfirewall.log, launchd.log,
// jamf.log, idevicesyslog and the simulator's system.log are all in earlier tables, so this one
// takes the programs and files around them. It has five parts. The first is the unified log and
// Apple's own files (`log stream` in its default style, `log collect` and Disk Utility's log). The
// second is launchd and the system tools administrators run (launchctl, sysadminctl, diskutil,
// spctl, codesign, stapler, eslogger, softwareupdate's install mode, startosinstall,
// createinstallmedia, hdiutil, pkgbuild, productsign and AssetCacheManagerUtil). The third is MDM,
// management agents and packaging (Jamf Pro's server log and JSSAccess.log, the jamf binary's
// verbose console, Outset, erase-install, AutoPkg, MacPorts' console and main.log, and Parallels
// Desktop's log). The fourth is Xcode, the simulator and Swift tooling (CoreSimulator's service
// log, simctl's errors, xcodebuild's export, platform download and first launch, xctrace, SwiftPM,
// SwiftFormat, mas and xcdevice). The fifth is iOS and iPadOS devices (Apple Configurator's cfgutil
// syslog, a sysdiagnose's MobileSoftwareUpdate log, and libimobiledevice's idevicepair,
// idevicecrashreport, ideviceimagemounter and ideviceactivation). Where a product is already in an
// earlier table (log(1), softwareupdate, Jamf, the simulator, xcodebuild), the family here is
// another program, file or mode of it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// levels only where the source puts them (the product's own scale at the place it puts it; a level
// word in free text is no level), "" host when the record names none (a peer, a client, a device
// id, a container or a process name is no host; the writer's own name in its place is), and a
// multi-line record as one entry.
//
// The lines were written for this table in the layout each product really uses, almost all from
// memory of real lines under a short time limit (each source says so; searches of public material
// found little beyond the Jamf Pro repositories named in its source); hosts, ids and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score. The table is a measurement, never to be tuned on: no
// parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit a2b0d60 before any rule was written from it: level 93.6 %,
// time 97.0 %, host 97.0 %, records 88.7 % (macro), 32 of 42 families fully right.
//
// go test ./parse -run Fresh119 -v

var fresh119Cases = []worldCase{

	// The unified log and Apple's own files: log stream, log collect, Disk Utility's log.
	{
		name:   "macos-log-stream-default-style-console",
		source: "macOS `log stream --level info` in its default style, the live mode (a filter note and a column header, then `yyyy-MM-dd HH:mm:ss.SSSSSS±zzzz thread Type activity pid ttl process: [subsystem:category] msg`): log(1) (stream, --style default); earlier tables hold only `log show` in this style; from memory of real lines",
		why:    "the live stream of the unified log: the Type column is the level (Default is os_log's notice, Fault critical), the zone offset is converted; the header lines are no records",
		entries: []worldEntry{
			wskip(`Filtering the log data using "subsystem == "com.apple.ManagedClient""`,
				"Timestamp                       Thread     Type        Activity             PID    TTL  "),
			we("2026-11-29T08:14:02.118442Z", Notice, "", "2026-11-29 09:14:02.118442+0100 0x2f1a3    Default     0x0                  4112   0    mdmclient: [com.apple.ManagedClient:MDMDaemon] Processing server request: DeviceInformation for: <Device>"),
			we("2026-11-29T08:14:02.402117Z", Error, "", "2026-11-29 09:14:02.402117+0100 0x2f1a3    Error       0x0                  4112   0    mdmclient: [com.apple.ManagedClient:HTTPUtil] *** Error: Connection to https://mdm.example.net/mdm/server failed: The request timed out."),
			we("2026-11-29T08:14:03.008871Z", Info, "", "2026-11-29 09:14:03.008871+0100 0x2f1c0    Info        0x5a1e2              4112   0    mdmclient: [com.apple.ManagedClient:ProfileInstallation] Installed configuration profile: Wi-Fi Corp (com.example.wifi.corp)"),
			we("2026-11-29T08:14:05.771204Z", Critical, "", "2026-11-29 09:14:05.771204+0100 0x2f1d4    Fault       0x0                  4112   0    mdmclient: [com.apple.ManagedClient:CPProfileManager] Unexpected nil identity for payload com.example.scep"),
		},
	},
	{
		name:   "macos-log-collect-console",
		source: "macOS `sudo log collect --last 2h --output …` on the terminal (a `log: warning:` prefix on warnings, a plain result line): log(1) (collect); from memory",
		why:    "the collect mode of log(1): no times of their own; the tool's `warning:` after its name is the level; plain lines are no level",
		entries: []worldEntry{
			we("", Warn, "", "log: warning: The log archive contains partial or missing metadata"),
			we("", Unknown, "", "Archive successfully written to /private/var/tmp/ops-mbp-2026-11-29.logarchive"),
			we("", Unknown, "", "log: Could not open output file /Volumes/USB/ops.logarchive: Read-only file system"),
		},
	},
	{
		name:   "macos-disk-utility-log",
		source: "~/Library/Logs/DiskUtility.log, Disk Utility's own file (`yyyy-MM-dd HH:mm:ss ±zzzz: msg`, one line per step of an operation): from memory of real lines in Apple Community threads",
		why:    "a date, a time and a numeric zone before a colon; no level; each step its own record",
		entries: []worldEntry{
			we("2026-11-29T09:02:11Z", Unknown, "", "2026-11-29 10:02:11 +0100: Disk Utility started."),
			we("2026-11-29T09:02:30Z", Unknown, "", "2026-11-29 10:02:30 +0100: Erasing “Untitled” (disk4s2) and creating “INSTALL”"),
			we("2026-11-29T09:02:31Z", Unknown, "", "2026-11-29 10:02:31 +0100: Unmounting disk"),
			we("2026-11-29T09:02:44Z", Unknown, "", "2026-11-29 10:02:44 +0100: Operation successful."),
		},
	},

	// launchd, XPC and the system tools administrators run: launchctl, sysadminctl, diskutil,
	// spctl, codesign, stapler, eslogger, softwareupdate, startosinstall, createinstallmedia,
	// hdiutil, pkgbuild, productsign, AssetCacheManagerUtil.
	{
		name:   "launchctl-bootstrap-console",
		gap:    "a launchctl failure's hint line (`Try re-running the command as root …`) is not joined to the failure it belongs to",
		source: "launchctl(1) on the terminal when loading or unloading a job fails (`Bootstrap failed: 5: Input/output error` and its hint line `Try re-running the command as root for richer errors.`): launchctl(1); from memory of Apple forum threads",
		why:    "no times, no level (failed is a word of the message); an error and its hint are one report",
		entries: []worldEntry{
			we("", Unknown, "", "Bootstrap failed: 5: Input/output error", "Try re-running the command as root for richer errors."),
			we("", Unknown, "", "Unload failed: 5: Input/output error", "Try running `launchctl bootout` as root for richer errors."),
			we("", Unknown, "", "Load failed: 37: Operation already in progress"),
		},
	},
	{
		name:   "sysadminctl-console",
		source: "sysadminctl(8) on the terminal (NSLog's `yyyy-MM-dd HH:mm:ss.SSS sysadminctl[pid:tid] msg` on stderr, local time without zone): from memory of real lines",
		why:    "NSLog's layout from an admin tool: the time without zone is read as UTC; the pid and thread id are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T10:01:22.482Z", Unknown, "", "2026-11-29 10:01:22.482 sysadminctl[2231:40211] Creating user record…"),
			we("2026-11-29T10:01:23.104Z", Unknown, "", "2026-11-29 10:01:23.104 sysadminctl[2231:40211] Assigning UID: 503 GID: 20"),
			we("2026-11-29T10:05:40.071Z", Unknown, "", "2026-11-29 10:05:40.071 sysadminctl[2240:40388] Secure token is ENABLED for user Ops Admin"),
			we("2026-11-29T10:06:02.913Z", Unknown, "", "2026-11-29 10:06:02.913 sysadminctl[2244:40412] Operation is not permitted without secure token unlock."),
		},
	},
	{
		name:   "diskutil-verifyvolume-console",
		source: "`diskutil verifyVolume` on an APFS data volume (one step a line, fsck_apfs's own lines passed through): diskutil(8); from memory",
		why:    "a run of progress lines with no time and no level, each its own record",
		entries: []worldEntry{
			we("", Unknown, "", "Started file system verification on disk3s5 (Data)"),
			we("", Unknown, "", "Performing fsck_apfs -n -x -l -S /dev/rdisk3s5"),
			we("", Unknown, "", "Checking the container superblock"),
			we("", Unknown, "", "The volume /dev/rdisk3s5 appears to be OK"),
			we("", Unknown, "", "Finished file system verification on disk3s5 (Data)"),
		},
	},
	{
		name:   "spctl-assess-console",
		gap:    "spctl's `source=` and `origin=` lines are not joined to the `path: accepted|rejected` line they belong to",
		source: "`spctl -a -vvv -t install` and `spctl -a -vv` (a `path: accepted|rejected` line, then `source=` and `origin=` lines that belong to it): spctl(8); from memory",
		why:    "each assessment is one record of several lines; no time and no level (rejected is a verdict, not a level)",
		entries: []worldEntry{
			we("", Unknown, "", "dist/Tool-2.4.pkg: accepted", "source=Notarized Developer ID", "origin=Developer ID Installer: Example Corp (AB12CD34EF)"),
			we("", Unknown, "", "/Applications/Legacy.app: rejected", "source=Unnotarized Developer ID", "origin=Developer ID Application: Old Vendor Ltd (ZX98YW76VU)"),
		},
	},
	{
		name:   "codesign-verify-console",
		gap:    "codesign's `file modified:` detail line is not joined to the failure line it names",
		source: "`codesign --verify --deep --strict -vvv` (`--prepared:`/`--validated:` lines per nested code, `path: valid on disk`, and a failure line followed by the `file modified:` lines it names): codesign(1); from memory",
		why:    "one line a fact, but a failure's detail lines belong to it; no times, no levels",
		entries: []worldEntry{
			we("", Unknown, "", "--prepared:/Applications/Tool.app/Contents/Frameworks/Sparkle.framework/Versions/Current/."),
			we("", Unknown, "", "--validated:/Applications/Tool.app/Contents/Frameworks/Sparkle.framework/Versions/Current/."),
			we("", Unknown, "", "/Applications/Tool.app: valid on disk"),
			we("", Unknown, "", "/Applications/Tool.app: satisfies its Designated Requirement"),
			we("", Unknown, "", "/Applications/Other.app: a sealed resource is missing or invalid", "file modified: /Applications/Other.app/Contents/Resources/en.lproj/Main.strings"),
		},
	},
	{
		name:   "xcrun-stapler-console",
		source: "`xcrun stapler staple` (a `Processing:` line, CloudKit lines, and the verdict `The staple and validate action worked!`/`failed! Error 65.`): stapler(1); from memory of CI threads",
		why:    "no times and no levels; every line its own record",
		entries: []worldEntry{
			we("", Unknown, "", "Processing: /Users/build/dist/Tool-2.4.dmg"),
			we("", Unknown, "", "The staple and validate action worked!"),
			we("", Unknown, "", "Processing: /Users/build/dist/Helper-1.0.dmg"),
			we("", Unknown, "", "CloudKit query for Helper-1.0.dmg (2/8f1c0a9e7d) failed due to \"Record not found\"."),
			we("", Unknown, "", "The staple and validate action failed! Error 65."),
		},
	},
	{
		name:   "eslogger-json",
		source: "eslogger(1) (macOS 13+) writing Endpoint Security events as one JSON object a line, keys in order, `time` an RFC 3339 UTC time with nanoseconds, `mach_time` a tick count: eslogger(1); Apple EndpointSecurity docs; from memory",
		why:    "JSON whose time key comes late, after a large mach_time number that is no time; no level; the process and signing ids are no host",
		entries: []worldEntry{
			we("2026-11-29T09:12:03.118264901Z", Unknown, "", `{"action":{"result":{"result":{"auth":0},"result_type":0}},"action_type":1,"event":{"exec":{"args":["curl","-fsSL","https://updates.example.net/v"],"cwd":{"path":"/"},"target":{"executable":{"path":"/usr/bin/curl"},"pid":5120,"signing_id":"com.apple.curl"}}},"event_type":9,"global_seq_num":9921,"mach_time":48211920331562,"process":{"audit_token":{"pid":5119},"executable":{"path":"/bin/zsh"},"signing_id":"com.apple.zsh","team_id":null},"schema_version":1,"seq_num":412,"thread":{"thread_id":881203},"time":"2026-11-29T09:12:03.118264901Z","version":7}`),
			we("2026-11-29T09:12:04.000917334Z", Unknown, "", `{"action":{"result":{"result":{"flags":0},"result_type":1}},"action_type":1,"event":{"open":{"file":{"path":"/Library/Preferences/com.example.agent.plist"},"fflag":1}},"event_type":10,"global_seq_num":9922,"mach_time":48211944117020,"process":{"audit_token":{"pid":812},"executable":{"path":"/Library/Example/agentd"},"signing_id":"com.example.agentd","team_id":"AB12CD34EF"},"schema_version":1,"seq_num":88,"thread":{"thread_id":4120},"time":"2026-11-29T09:12:04.000917334Z","version":7}`),
		},
	},
	{
		name:   "softwareupdate-install-console",
		source: "`softwareupdate -l` and `softwareupdate -i -a -R` on the terminal (a banner, progress lines, and for each update a `* Label:` line with its tab-indented `Title:` line): softwareupdate(8); earlier tables hold only its --history listing; from memory",
		why:    "no times, no levels; an update's label and its title line are one record",
		entries: []worldEntry{
			we("", Unknown, "", "Software Update Tool"),
			we("", Unknown, "", "Finding available software"),
			we("", Unknown, "", "* Label: macOS Tahoe 26.1-25B78", "\tTitle: macOS Tahoe 26.1, Version: 26.1, Size: 7341221KiB, Recommended: YES, Action: restart, "),
			we("", Unknown, "", "Downloading macOS Tahoe 26.1"),
			we("", Unknown, "", "Restarting machine to complete installation"),
		},
	},
	{
		name:   "startosinstall-console",
		source: "`startosinstall --agreetolicense --eraseinstall` from an Install macOS app (a licence note, `Preparing to run macOS Installer...`, `Preparing: 12.5` progress lines): from memory of Mac admin threads",
		why:    "progress numbers that are no times; no levels; each line its own record",
		entries: []worldEntry{
			we("", Unknown, "", "By using the agreetolicense option, you are agreeing that you have run this tool with the license only option and have read and agreed to the terms."),
			we("", Unknown, "", "Preparing to run macOS Installer..."),
			we("", Unknown, "", "Preparing: 12.5"),
			we("", Unknown, "", "Preparing: 100.0"),
			we("", Unknown, "", "Restarting..."),
		},
	},
	{
		name:   "createinstallmedia-console",
		source: "`createinstallmedia --volume /Volumes/Untitled` (question, `Erasing disk: 0%... 10%...`, `Making disk bootable...`, `Install media now available at …`): Apple support 'Create a bootable installer for macOS'",
		why:    "percentages in a line are no time; no levels",
		entries: []worldEntry{
			we("", Unknown, "", "Ready to start."),
			we("", Unknown, "", "To continue we need to erase the volume at /Volumes/Untitled."),
			we("", Unknown, "", "Erasing disk: 0%... 10%... 20%... 30%... 100%"),
			we("", Unknown, "", "Making disk bootable..."),
			we("", Unknown, "", `Install media now available at "/Volumes/Install macOS Tahoe"`),
		},
	},
	{
		name:   "hdiutil-console",
		source: "hdiutil(1) create/verify/attach output (`created: path`, verify's checksum lines, and failures as `hdiutil: verb failed - reason`): hdiutil(1); from memory",
		why:    "no times; a `failed` verdict is no level; a CRC in hex is no time",
		entries: []worldEntry{
			we("", Unknown, "", "created: /Users/build/dist/Tool-2.4.dmg"),
			we("", Unknown, "", "Checksumming Protective Master Boot Record (MBR : 0)…"),
			we("", Unknown, "", "verified   CRC32 $5F0D3A11"),
			we("", Unknown, "", "hdiutil: attach failed - no mountable file systems"),
		},
	},
	{
		name:   "pkgbuild-console",
		gap:    "the indented `pkgbuild:    Adding certificate` lines are not joined to the signing line they belong to",
		source: "pkgbuild(1) (every line prefixed `pkgbuild: `, the signing step followed by indented `Adding certificate` lines, errors as `pkgbuild: error: msg`): pkgbuild(1); from memory of CI logs",
		why:    "the tool's `error:` after its name is the level; the certificate lines belong to the signing record; no times",
		entries: []worldEntry{
			we("", Unknown, "", "pkgbuild: Inferring bundle components from contents of build/root"),
			we("", Unknown, "", "pkgbuild: Adding component at Applications/Tool.app"),
			we("", Unknown, "", `pkgbuild: Signing package with identity "Developer ID Installer: Example Corp (AB12CD34EF)" from keychain /Users/build/Library/Keychains/build.keychain-db`,
				`pkgbuild:    Adding certificate "Developer ID Certification Authority"`,
				`pkgbuild:    Adding certificate "Apple Root CA"`),
			we("", Unknown, "", "pkgbuild: Wrote package to dist/Tool-2.4-component.pkg"),
			we("", Error, "", `pkgbuild: error: Cannot write package to "dist/Helper.pkg". (The file “Helper.pkg” couldn’t be saved in the folder “dist”.)`),
		},
	},
	{
		name:   "productsign-console",
		gap:    "the `productsign: adding certificate` lines are not joined to the signing line they belong to",
		source: "productsign(1) (`productsign: ` prefixed lines, indented certificate lines, errors as `productsign: error: msg`): productsign(1); from memory",
		why:    "like pkgbuild: the `error:` after the tool's name is the level; no times",
		entries: []worldEntry{
			we("", Unknown, "", "productsign: using timestamp authority for signature"),
			we("", Unknown, "", `productsign: signing product with identity "Developer ID Installer: Example Corp (AB12CD34EF)" from keychain /Users/build/Library/Keychains/build.keychain-db`,
				`productsign: adding certificate "Developer ID Certification Authority"`,
				`productsign: adding certificate "Apple Root CA"`),
			we("", Unknown, "", "productsign: Wrote signed product archive to dist/Tool-2.4.pkg"),
			we("", Error, "", `productsign: error: Could not find appropriate signing identity for "Developer ID Installer: Example Crop".`),
		},
	},
	{
		name:   "assetcachemanagerutil-status-console",
		source: "`AssetCacheManagerUtil status` for content caching (NSLog's `yyyy-MM-dd HH:mm:ss.SSS AssetCacheManagerUtil[pid:tid] msg`, the status as indented `Key: value` lines under it): AssetCacheManagerUtil(8); from memory",
		why:    "an NSLog line with an indented block that belongs to it; the time without zone is UTC; no level",
		entries: []worldEntry{
			we("2026-11-29T10:20:14.552Z", Unknown, "", "2026-11-29 10:20:14.552 AssetCacheManagerUtil[3120:77120] Content caching status:",
				"    Activated: true",
				"    Active: true",
				"    ActualCacheUsed: 48.21 GB",
				"    CacheStatus: OK",
				"    Peers: (none)"),
			we("2026-11-29T10:21:02.118Z", Unknown, "", "2026-11-29 10:21:02.118 AssetCacheManagerUtil[3125:77180] Failed to reload settings: Error Domain=ACSMErrorDomain Code=17 \"not permitted\""),
		},
	},

	// MDM, management agents and packaging: Jamf Pro's server, the jamf binary, Outset,
	// erase-install, AutoPkg, MacPorts, Parallels Desktop.
	{
		name:   "jamf-pro-server-log",
		source: "Jamf Pro's server log JAMFSoftwareServer.log (log4j `yyyy-MM-dd HH:mm:ss,SSS [LEVEL] [thread] [logger] - msg`, the level padded to five, stack traces after): dataJAR/JAMFSoftwareServer.log-Messages (a catalogue of its messages); jamf/jamfpro (log4j2.xml); earlier tables hold only the agent's jamf.log; lines from memory",
		why:    "a padded bracketed level ([ WARN]) after a comma-millisecond time without zone; a thread name and a logger are no host; a stack trace is part of its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [ INFO] [ina-Scheduled-Task-4] [JAMFScheduler            ] - Running scheduled task: Inventory collection cleanup"),
			we("2026-11-29T07:41:18.551Z", Warn, "", "2026-11-29 07:41:18,551 [ WARN] [Tomcat-37           ] [ComputerCheckInHelper    ] - Computer with UDID 4D1C2E7A-9B3D-4C5E-8F1A-2B7C9D0E4F61 sent a stale inventory report"),
			we("2026-11-29T07:42:02.913Z", Error, "", "2026-11-29 07:42:02,913 [ERROR] [Tomcat-41           ] [ApiExceptionHandler      ] - Unexpected error on /api/v1/computers-inventory",
				"java.lang.NullPointerException: Cannot invoke \"com.jamfsoftware.jss.objects.computer.Computer.getId()\" because \"computer\" is null",
				"\tat com.jamfsoftware.jss.api.ComputerInventoryController.get(ComputerInventoryController.java:214)",
				"\tat java.base/java.lang.Thread.run(Thread.java:1583)"),
			we("2026-11-29T07:43:00.004Z", Debug, "", "2026-11-29 07:43:00,004 [DEBUG] [ina-Scheduled-Task-1] [MemcachedHelper          ] - Cache miss for key mobile_device_apps_112"),
		},
	},
	{
		name:   "jamf-pro-jssaccess-log",
		source: "Jamf Pro's JSSAccess.log (one line per login to the web app or API: `yyyy-MM-dd HH:mm:ss,SSS: Username: u, IP address: a, Entry point: e, Status: s`): Jamf Pro documentation on its log files; from memory",
		why:    "a time ending in a colon, key-value text after; a FAILED status is no level; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T08:04:12.512Z", Unknown, "", "2026-11-29 08:04:12,512: Username: svc-inventory, IP address: 10.40.2.18, Entry point: API, Status: ACCEPTED"),
			we("2026-11-29T08:05:40.077Z", Unknown, "", "2026-11-29 08:05:40,077: Username: admin, IP address: 203.0.113.44, Entry point: Jamf Pro Server, Status: FAILED: Invalid username/password"),
		},
	},
	{
		name:   "jamf-binary-policy-verbose-console",
		source: "`sudo jamf policy -verbose` on the terminal (plain progress lines, debug lines prefixed `verbose: `): the jamf binary's help; earlier tables hold only /var/log/jamf.log; from memory",
		why:    "the `verbose:` prefix is the binary's debug marker; `Error running script` is words of a message, no level; no times",
		entries: []worldEntry{
			we("", Debug, "", "verbose: Checking for an existing instance of this application..."),
			we("", Unknown, "", `Checking for policies triggered by "recurring check-in" for user "ops"...`),
			we("", Debug, "", "verbose: Found 2 policies triggered by recurring check-in"),
			we("", Unknown, "", "Executing Policy Install Google Chrome"),
			we("", Unknown, "", "Error running script: return code was 1."),
		},
	},
	{
		name:   "outset-log",
		source: "Outset's /usr/local/outset/logs/outset.log (Python logging `%(asctime)s - %(levelname)s: %(message)s` with `%Y-%m-%d %I:%M:%S %p`): chilcote/outset's outset script; from memory",
		why:    "a twelve-hour clock with AM/PM (01:12:44 PM is 13:12:44); the level word before a colon is the level",
		entries: []worldEntry{
			we("2026-11-29T08:00:01Z", Info, "", "2026-11-29 08:00:01 AM - INFO: Processing scripts in /usr/local/outset/boot-once"),
			we("2026-11-29T08:00:02Z", Debug, "", "2026-11-29 08:00:02 AM - DEBUG: Running /usr/local/outset/boot-once/10-rename.sh"),
			we("2026-11-29T13:12:44Z", Error, "", "2026-11-29 01:12:44 PM - ERROR: /usr/local/outset/login-once/20-dock.sh is not executable or has bad permissions"),
		},
	},
	{
		name:   "erase-install-log",
		gap:    "erase-install's indented `   [function] message` lines are all joined into one record, as if continuation lines",
		source: "Graham Pugh's erase-install log (/Library/Management/erase-install/log/erase-install.log: `   [function] message` lines, checks reported as `OK - …` or `WARNING! …`): grahampugh/erase-install's script; from memory",
		why:    "a bracketed function name is no level and no host; no times; WARNING! inside the message is free text",
		entries: []worldEntry{
			we("", Unknown, "", "   [check_free_space] OK - 212 GB free/purgeable disk space detected"),
			we("", Unknown, "", "   [check_power_status] OK - AC power detected"),
			we("", Unknown, "", "   [get_installer] Checking for cached installer"),
			we("", Unknown, "", "   [run_mist] WARNING! Could not download installer, exiting"),
		},
	},
	{
		name:   "autopkg-run-console",
		source: "`autopkg run -v` (`Processing X.recipe...`, processor names, `WARNING:` lines, and a summary table of what was downloaded): autopkg/autopkg wiki (Running Recipes); from memory",
		why:    "the WARNING: prefix is a level; the summary table under its title is one record; no times",
		entries: []worldEntry{
			we("", Unknown, "", "Processing GoogleChrome.munki.recipe..."),
			we("", Warn, "", "WARNING: GoogleChrome.munki.recipe is missing trust info and FAIL_RECIPES_WITHOUT_TRUST_INFO is not set. Proceeding..."),
			we("", Unknown, "", "URLDownloader"),
			we("", Unknown, "", "The following new items were downloaded:",
				"    Download Path                                                               ",
				"    -------------                                                               ",
				"    /Users/ops/Library/AutoPkg/Cache/com.github.autopkg.munki.google-chrome/downloads/GoogleChrome.pkg"),
		},
	},
	{
		name:   "macports-port-console",
		source: "MacPorts' `port install` on the terminal (`--->  step` lines, `Warning:` and `Error:` prefixed lines): MacPorts Guide; from memory of trac tickets",
		why:    "Warning: and Error: at the start are levels; the step arrows are no level; no times",
		entries: []worldEntry{
			we("", Unknown, "", "--->  Computing dependencies for openssl3"),
			we("", Unknown, "", "--->  Fetching archive for openssl3"),
			we("", Warn, "", "Warning: The Xcode Command Line Tools don't appear to be installed; most ports will likely fail to build."),
			we("", Error, "", "Error: Failed to build openssl3: command execution failed"),
			we("", Error, "", "Error: See /opt/local/var/macports/logs/_opt_local_var_macports_sources_rsync.macports.org_macports_release_tarballs_ports_devel_openssl3/openssl3/main.log for details."),
		},
	},
	{
		name:   "macports-port-main-log",
		source: "a MacPorts port's main.log (every line `:level:phase msg`, level one of debug info msg notice warn error): MacPorts base's ui_channels; from memory of trac tickets' attachments",
		why:    "the level between colons at the start of the line, the phase after it; no times",
		entries: []worldEntry{
			we("", Debug, "", ":debug:main Starting logging for openssl3 @3.4.0_0+universal"),
			we("", Info, "", ":info:build make: *** [build_libs] Error 2"),
			we("", Notice, "", ":notice:build --->  Building openssl3"),
			we("", Warn, "", ":warn:build Configuration logfiles contain indications of -Wimplicit-function-declaration"),
			we("", Error, "", ":error:build Failed to build openssl3: command execution failed"),
		},
	},
	{
		name:   "parallels-desktop-log",
		source: "Parallels Desktop's /Library/Logs/parallels.log (`MM-dd HH:mm:ss.SSS L /process:pid:tid/ msg`, L a one-letter level): from memory of Parallels forum threads",
		why:    "a year-less month-day time; the letter after it is the level (I, W, D); the process and ids are no host",
		entries: []worldEntry{
			we("2026-11-29T09:41:16.204Z", Info, "", "11-29 09:41:16.204 I /prl_disp_service:412:530/ VM 'Windows 11' started"),
			we("2026-11-29T09:41:18.551Z", Warn, "", "11-29 09:41:18.551 W /prl_disp_service:412:611/ Unable to connect to license server, will retry in 60 s"),
			we("2026-11-29T09:42:02.913Z", Debug, "", "11-29 09:42:02.913 D /prl_client_app:2120:2131/ Coherence window list updated (12 windows)"),
		},
	},

	// Xcode, the simulator and Swift tooling: CoreSimulator's service log, simctl, xcodebuild's
	// export and platform download, SwiftPM, SwiftFormat, mas, xcdevice.
	{
		name:   "coresimulator-service-log",
		source: "~/Library/Logs/CoreSimulator/CoreSimulator.log, the CoreSimulator service's own file (ASL's `Mmm dd HH:mm:ss host process[pid] <Level>: msg`): from memory of Apple developer forum threads; earlier tables hold only a simulated device's system.log",
		why:    "the ASL layout with the Mac's name as host and the bracketed level",
		entries: []worldEntry{
			we("2026-11-29T09:41:16Z", Notice, "ops-mbp", "Nov 29 09:41:16 ops-mbp com.apple.CoreSimulator.CoreSimulatorService[813] <Notice>: Loading runtimes from /Library/Developer/CoreSimulator/Volumes"),
			we("2026-11-29T09:41:17Z", Warn, "ops-mbp", "Nov 29 09:41:17 ops-mbp com.apple.CoreSimulator.CoreSimulatorService[813] <Warning>: Ignoring runtime at /Library/Developer/CoreSimulator/Images/iOS_22C150.dmg: image not mounted"),
			we("2026-11-29T09:41:20Z", Error, "ops-mbp", "Nov 29 09:41:20 ops-mbp com.apple.CoreSimulator.CoreSimulatorService[813] <Error>: Failed to boot device 4D1C2E7A-9B3D-4C5E-8F1A-2B7C9D0E4F61: Unable to boot the Simulator."),
		},
	},
	{
		name:   "simctl-error-console",
		gap:    "simctl's explanation lines are not joined to the `An error was encountered processing the command (…):` line they explain",
		source: "`xcrun simctl boot/install/launch` on the terminal (an error as `An error was encountered processing the command (domain=…, code=…):` and its explanation lines; launch prints `bundle-id: pid`): simctl help; from memory of CI threads",
		why:    "an error and its explanation lines are one record; a bundle id and pid are no time; no levels",
		entries: []worldEntry{
			we("", Unknown, "", "An error was encountered processing the command (domain=com.apple.CoreSimulator.SimError, code=405):", "Unable to boot device in current state: Booted"),
			we("", Unknown, "", "An error was encountered processing the command (domain=IXUserPresentableErrorDomain, code=1):",
				"This app could not be installed at this time.",
				"Failed to find CFBundleVersion in Info.plist"),
			we("", Unknown, "", "com.example.shop: 41207"),
		},
	},
	{
		name:   "xcodebuild-exportarchive-console",
		source: "`xcodebuild -exportArchive` on a CI terminal (NSLog lines `yyyy-MM-dd HH:mm:ss.SSS xcodebuild[pid:tid] [MT] IDEDistribution: …`, then `error: exportArchive: …` and `** EXPORT FAILED **`): xcodebuild(1); from memory of CI threads",
		why:    "NSLog's time without zone; [MT] is a thread tag, no level; `error:` at the start is the level",
		entries: []worldEntry{
			we("2026-11-29T10:30:12.481Z", Unknown, "", `2026-11-29 10:30:12.481 xcodebuild[40211:5522118] [MT] IDEDistribution: -[IDEDistributionLogging _createLoggingBundleAtPath:]: Created bundle at path "/var/folders/x1/k2c9/T/Tool_2026-11-29_10-30-12.480.xcdistributionlogs".`),
			we("2026-11-29T10:30:19.904Z", Unknown, "", `2026-11-29 10:30:19.904 xcodebuild[40211:5522190] [MT] IDEDistribution: Step failed: <IDEDistributionSigningAssetsStep: 0x600003a1c0c0>: Error Domain=IDEDistributionSigningAssetStepErrorDomain Code=0 "Locating signing assets failed."`),
			we("", Error, "", "error: exportArchive: No profiles for 'com.example.tool' were found"),
			we("", Unknown, "", "** EXPORT FAILED **"),
		},
	},
	{
		name:   "xcodebuild-downloadplatform-console",
		source: "`xcodebuild -downloadPlatform iOS` (Xcode 15+: `Downloading iOS 26.1 Simulator (23B80): 12.4% (1.1 GB of 8.9 GB)` progress lines, then `… Done.`): xcodebuild(1); from memory",
		why:    "a build number and percentages that are no time; no levels",
		entries: []worldEntry{
			we("", Unknown, "", "Finding content..."),
			we("", Unknown, "", "Downloading iOS 26.1 Simulator (23B80): 12.4% (1.1 GB of 8.9 GB)"),
			we("", Unknown, "", "Downloading iOS 26.1 Simulator (23B80): Done."),
		},
	},
	{
		name:   "swiftpm-build-console",
		source: "`swift build` (SwiftPM: `Building for debugging...`, `[12/48] Compiling …`, compiler diagnostics `path:line:col: warning|error: msg` with the source line and caret under them, `Build complete! (12.48s)`): swift-package-manager docs; from memory",
		why:    "the compiler's warning:/error: after the location is the level; the source and caret lines belong to the diagnostic; a line:column pair is no time",
		entries: []worldEntry{
			we("", Unknown, "", "Building for debugging..."),
			we("", Unknown, "", "[12/48] Compiling ToolCore Parser.swift"),
			we("", Warn, "", "/Users/build/src/Sources/ToolCore/Parser.swift:88:13: warning: variable 'tail' was never mutated; consider changing to 'let' constant",
				"        var tail = buffer.suffix(4)",
				"        ~~~ ^"),
			we("", Error, "", "/Users/build/src/Sources/ToolCore/Store.swift:41:9: error: cannot find 'flushQueue' in scope",
				"        flushQueue.async {",
				"        ^~~~~~~~~~"),
			we("", Error, "", "error: fatalError"),
		},
	},
	{
		name:   "swiftformat-lint-console",
		source: "`swiftformat --lint .` (`Running SwiftFormat...`, `Reading config file at …`, `path:line:col: warning: (rule) msg`, a summary): nicklockwood/SwiftFormat README; from memory",
		why:    "the diagnostic's warning: is the level; the summary and progress lines have none; no times",
		entries: []worldEntry{
			we("", Unknown, "", "Running SwiftFormat..."),
			we("", Unknown, "", "Reading config file at /Users/build/src/.swiftformat"),
			we("", Warn, "", "/Users/build/src/Sources/ToolCore/Parser.swift:41:1: warning: (trailingSpace) Remove trailing space at end of a line."),
			we("", Unknown, "", "SwiftFormat completed in 0.18s."),
			we("", Unknown, "", "1/112 files require formatting."),
		},
	},
	{
		name:   "mas-cli-install-console",
		source: "mas-cli (`mas install`/`mas upgrade`: `==> Downloading App (version)`, `==> Installed App`, `Warning:` and `Error:` lines): mas-cli/mas README; from memory",
		why:    "Warning: and Error: at the start are levels; the arrows are no level; no times",
		entries: []worldEntry{
			we("", Unknown, "", "==> Downloading Keynote (14.4)"),
			we("", Unknown, "", "==> Installed Keynote (14.4)"),
			we("", Warn, "", "Warning: Already installed: Pages (14.4)"),
			we("", Error, "", "Error: No apps found in the Mac App Store for ADAM ID 4092011"),
		},
	},
	{
		name:   "xcodebuild-runfirstlaunch-console",
		source: "`sudo xcodebuild -runFirstLaunch` on a freshly installed Xcode (`Install Started`, then a dotted progress bar with percentages ending in `Install Succeeded` on one line): xcodebuild(1); from memory of Mac admin threads",
		why:    "numbers in a dotted bar are no time; no levels",
		entries: []worldEntry{
			we("", Unknown, "", "Install Started"),
			we("", Unknown, "", "1%.........20.........40.........60.........80.........Install Succeeded"),
		},
	},
	{
		name:   "xctrace-record-console",
		source: "`xcrun xctrace record --template 'Time Profiler' --launch …` (status lines, `Output file saved as: Launch_App_yyyy-MM-dd_HH.mm.ss_ID.trace`): xctrace(1); from memory",
		why:    "a date and time inside an output file name are no time of the line; no levels",
		entries: []worldEntry{
			we("", Unknown, "", "Starting recording with the Time Profiler template. Launching process: Tool."),
			we("", Unknown, "", "Ctrl-C to stop the recording"),
			we("", Unknown, "", "Target app exited, ending recording..."),
			we("", Unknown, "", "Output file saved as: Launch_Tool_2026-11-29_10.30.12_4D1C2E7A.trace"),
		},
	},
	{
		name:   "xcdevice-observe-console",
		source: "`xcrun xcdevice observe --both` (a banner, then `Attach: <udid>` and `Detach: <udid>` events): xcdevice help; from memory",
		why:    "events with no time and no level; the device id is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Listening for all devices, on both interfaces."),
			we("", Unknown, "", "Attach: 00008110-001A2D3E0C41802E"),
			we("", Unknown, "", "Detach: 00008110-001A2D3E0C41802E"),
		},
	},

	// iOS and iPadOS devices as administrators read them: Apple Configurator's cfgutil syslog, a
	// sysdiagnose's MobileSoftwareUpdate log, libimobiledevice's pairing, crash-report and
	// image-mounter tools.
	{
		name:   "cfgutil-syslog",
		source: "Apple Configurator's `cfgutil syslog` streaming a supervised iPad's log (the device syslog layout `Mmm dd HH:mm:ss DeviceName process[pid] <Level>: msg`): cfgutil(1) help; earlier tables hold idevicesyslog and pymobiledevice3's syslog; from memory",
		why:    "the device's name in the host column is the writer's own host; <Notice>, <Error>, <Warning> are levels",
		entries: []worldEntry{
			we("2026-11-29T09:41:16Z", Notice, "iPad-Cart-07", "Nov 29 09:41:16 iPad-Cart-07 mdmd[112] <Notice>: Processing command: InstallApplication (com.example.attendance)"),
			we("2026-11-29T09:41:19Z", Warn, "iPad-Cart-07", "Nov 29 09:41:19 iPad-Cart-07 profiled[98] <Warning>: Restriction payload allowAppInstallation overridden by supervision settings"),
			we("2026-11-29T09:41:22Z", Error, "iPad-Cart-07", "Nov 29 09:41:22 iPad-Cart-07 appstored(AppStoreDaemon)[201] <Error>: [Install] Failed to install com.example.attendance: VPP license not available"),
		},
	},
	{
		name:   "ios-sysdiagnose-mobilesoftwareupdate-log",
		source: "an iOS sysdiagnose's logs/MobileSoftwareUpdate/softwareupdate.log (the device syslog layout with the device name and a bracketed level): from memory of MDM admin threads",
		why:    "an update daemon's file in the ASL layout; the device name is the host",
		entries: []worldEntry{
			we("2026-11-29T02:10:04Z", Notice, "iPhone-Ops-12", "Nov 29 02:10:04 iPhone-Ops-12 softwareupdateservicesd(SoftwareUpdateCore)[312] <Notice>: SUCoreScan: Found update iOS 26.1 (23B85)"),
			we("2026-11-29T02:10:09Z", Error, "iPhone-Ops-12", "Nov 29 02:10:09 iPhone-Ops-12 softwareupdateservicesd(SoftwareUpdateCore)[312] <Error>: SUCoreDownload: Download failed: Error Domain=SUErrorDomain Code=31 \"Insufficient space\""),
		},
	},
	{
		name:   "idevicepair-console",
		source: "libimobiledevice's idevicepair (`SUCCESS: Paired with device <udid>`, `ERROR: …` lines): idevicepair(1); libimobiledevice issues; from memory",
		why:    "ERROR: at the start is the level; SUCCESS: is a verdict with no level of trawl's; no times",
		entries: []worldEntry{
			we("", Unknown, "", "SUCCESS: Paired with device 00008110-001A2D3E0C41802E"),
			we("", Error, "", "ERROR: Could not validate with device 00008030-000C65A41E90802E because a passcode is set. Please enter the passcode on the device and retry."),
			we("", Error, "", "ERROR: Please accept the trust dialog on the screen of device 00008030-000C65A41E90802E, then attempt to pair again."),
		},
	},
	{
		name:   "idevicecrashreport-console",
		source: "libimobiledevice's idevicecrashreport -e (`Move: path`, `Copy: path`, `Link: a -> b`, `ERROR: …`): idevicecrashreport(1); from memory",
		why:    "a dated crash-report file name in a path is no time; ERROR: is the level",
		entries: []worldEntry{
			we("", Unknown, "", "Move: /private/var/mobile/Library/Logs/CrashReporter/Shop-2026-11-29-074116.ips"),
			we("", Unknown, "", "Copy: /private/var/mobile/Library/Logs/CrashReporter/JetsamEvent-2026-11-29-081204.ips"),
			we("", Error, "", "ERROR: Could not start service com.apple.crashreportmover."),
		},
	},
	{
		name:   "ideviceimagemounter-console",
		source: "libimobiledevice's ideviceimagemounter (`Uploading …`, `done.`, `Mounting...`, `Status: Complete`, `ERROR: …`): ideviceimagemounter(1); from memory",
		why:    "ERROR: at the start is the level; progress lines have none; no times",
		entries: []worldEntry{
			we("", Unknown, "", "Uploading /Applications/Xcode.app/Contents/Developer/Platforms/iPhoneOS.platform/DeviceSupport/16.7/DeveloperDiskImage.dmg"),
			we("", Unknown, "", "Mounting..."),
			we("", Unknown, "", "Status: Complete"),
			we("", Error, "", "ERROR: Device is locked, can't mount. Unlock device and try again."),
		},
	},
	{
		name:   "ideviceactivation-console",
		source: "libimobiledevice's ideviceactivation (`Successfully activated device.` / `ERROR: …`): ideviceactivation(1) help; from memory",
		why:    "ERROR: at the start is the level; no times",
		entries: []worldEntry{
			we("", Unknown, "", "Successfully activated device."),
			we("", Error, "", "ERROR: Could not connect to lockdownd: SSL error (-5)"),
		},
	},
}

func TestFresh119Formats(t *testing.T) { assertTable(t, fresh119Cases) }

func TestFresh119Score(t *testing.T) {
	checkScore(t, "fresh119 formats", fresh119Cases, [worldNumFields]float64{93.5, 96.9, 96.9, 88.6})
}
