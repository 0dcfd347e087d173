package parse

import "testing"

// The five-hundred-and-seventy-sixth fresh table: the labelled datasets' domains, a thirty-fifth pass
// (the kinds of systems public labelled log datasets such as Loghub's draw from: distributed systems,
// supercomputers, operating systems, mobile systems, server applications and standalone software),
// with products of those domains in shapes those datasets do not hold. This pass stays with the
// distributed systems and server applications built on Chinese open-source network stacks, whose
// logs no table held yet. Each family is one product's documented or observed output: ZLMediaKit's
// MediaServer in two generations (the newer `L [MediaServer] [pid-thread] File.cpp:N func | msg`
// and the older `L MediaServer[pid-thread] File.cpp:N func | msg`, one level letter first); FastDFS's
// storaged.log (`[stamp] LEVEL - file: x.c, line: N, msg`); muduo's Logging in two outputs (the
// default UTC stamp `yyyyMMdd HH:mm:ss.uuuuuuZ`, then the thread id and a padded level, the source
// file after ` - ` at the end, and the same with a time zone set, when the `Z` is dropped);
// LF Edge eKuiper's logrus text lines (`time="…" level=… msg="…" file="…"`); and CloudWeGo's klog
// default logger under Kitex and under Hertz (`yyyy/MM/dd HH:mm:ss.uuuuuu file.go:N: [Info] KITEX: …`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`zlmediakit`, `event poller`, `[MediaServer]`, `EventPoller`,
// `MediaServer`, `fastdfs`, `fdfs`, `tracker_client_thread`, `storage_sync`, `fastcommon`,
// `libfastcommon`, `fastcfs`, `fastdht`, `muduo`, `- EventLoop`, `EventLoop.cc`, `TcpServer.cc`,
// `ekuiper`, `kuiper`, `kitex`, `KITEX:`, `HERTZ:`, `cloudwego`, `hertz`, `klog`, `[Info]`, and the
// candidates dropped as already there or not confirmed: `opensm`, `sge_qmaster`, `|qmaster|`,
// `nacos`, `seata`, `xxl-job`, `xxl_job`, `dolphinscheduler`, `taosd`, `tdengine`, `greptime`,
// `databend`, `risingwave`, `oceanbase`, `observer.log`, `nebula`, `nebula-graphd`, `iotdb`,
// `hugegraph`, `janusgraph`, `kvrocks`, `pika`, `dragonfly`, `keydb`, `garnet`, `doris`,
// `starrocks`, `pinot`, `druid`, `apache druid`, `polarismesh`, `shenyu`, `bfe`, `oar-server`,
// `moab`, `maui`, `cobalt`, `munge`, `nhc`, `cmdaemon`, `ibdiagnet`, `xensource`, `xcp-ng`,
// `errpt`, `flutter`, `metro`, `expo`, `xamarin`, `capacitor`, `ubuntu touch`, `postmarketos`,
// `lineage`, `tengine`, `hiawatha`, `cherokee`, `h2o`, `openresty`, `irods`, `rodsLog`, `pid:`,
// `daos`, `DAOS[`, `gurt`, `waydroid`, `anbox`, `fuchsia`, `zephyr`, `<inf>`, `nuttx`, `riot`,
// `contiki`, `SRS`, `ossrs`, `[Trace][`, `mediamtx`, `rtsp-simple`, `[RTSP]`, `janus`, `coturn`,
// `turnserver`, `jitsi`, `jicofo`, `mediasoup`, `ant media`, `wowza`, `rocket.chat`, `zulip`,
// `discourse`, `conduit`, `dendrite`, `openfire`, `curvefs`, `opencurve`, `cubefs`, `chubaofs`,
// `moosefs`, `mfsmaster`, `lizardfs`, `orangefs`, `xtreemfs`, `sheepdog`, `drbd`, `ganglia`,
// `gmond`, `icinga`, `nagios`, `charliecloud`, `sarus`, `enroot`, `pyxis`, `intel mpi`, `I_MPI`,
// `mvapich`, `prte`, `pmix`, `open ondemand`, `xdmod`, `globus`, `storaged`, `trackerd`, `tars`,
// `tarscloud`, `tarsnode`, `tarsregistry`, `TarsCpp`, `TarsGo`, `tars-`, `sofa-jraft`, `jraft`,
// `motan`, `mosn`, `go-zero`, `kratos`, `alibaba canal`, `canal`, `datax`, `otter`, `apollo`,
// `conman`, `<ConMan>`, `powerman`, `ipmitool`, `sel list`, `torque`, `pbs_mom`, `clush`,
// `clustershell`, `hwerr`, `xtconsole`, `anr`, `----- pid`, `traces.txt`, `MPLog`, `install.log`,
// `softwareupdated`, `emerge.log`, `>>> emerge`, `zypper`, `xbps`, `handbrake`, `hb_init`,
// `ryujinx`, `|I|`, `citra`, `xemu`, `vita3k`, `duplicati`, `vorta`, `borg`, `restic`,
// `timeshift`, `qbittorrent`, `deluge`, `aria2`, `yt-dlp`, `calibre`, `anki`, `joplin`,
// `logseq`, `kicad`, `freecad`, `qgis`, `krita`, `gimp`, `blender`, `godot`, `inkscape`,
// `darktable`, `kdenlive`, `shotcut`, `ardour`, `cocoalumberjack`, `lumberjack`, `DDLog`,
// `xcglogger`, `swiftybeaver`, `orhanobut`, `╔`, `┌────`, `napier`, `kermit`, `willow`, `os_log`,
// `OSLog`, `sentry-cocoa`, `nextflow`, `.nextflow.log`, `snakemake`, `cromwell`, `galaxy`, `parsl`,
// `fireworks`, `tracejob`, `psmgmt`, `parastation`, `loadleveler`, `calamares`,
// `Calamares version`, `subiquity`, `curtin`, `program.log`, `anaconda`, `LOG]!`, `phxrpc`,
// `sofa-rpc`, `sofarpc`, `nebula-`, `zeromq`, `nng`, `mars xlog`, `xlog`, `libuv`, `seastar`,
// `scylla`, `nanomq`, `vernemq`, `hivemq`, `bifromq`, `artemis`, `emqx`, `opengauss`, `tendis`,
// `libhv`, `hlog`, `gmqtt`, `rmqtt`, `nanonng`, `iotivity`, `thingsboard`, `jetlinks`, `shifu`,
// `edgex`, `kubeedge`, `openyurt`, `superedge`, `baetyl`, `mobsf`, `Mobile Security Framework`,
// `reframe`, `[ RUN`, `chocolatey`, `[INFO ] -`, `winget`, `scoop`, `frida`, `objection`,
// `apktool`, `jadx`, `drozer`, `ideviceinstaller`, `fastlane`, `[INFO]`, `gomobile`,
// `xcodebuild`, `simctl`, `fabricmanager`, `fabric manager`, `nv-fabricmanager`, `nvidia-imex`,
// `imex`, `[tid `, `ufm`, `sharp_am`, `sharpd`, `ondemand`, `nginx_stage`,
// `nvidia-persistenced`, `nvlsm`). None of ZLMediaKit, FastDFS, muduo, eKuiper, Kitex or Hertz is
// in any table (`MediaServer` matches only iOS's mediaserverd, `[Info]` and `klog` other products).
// Left out as measured already: SRS, Janus, MediaMTX, Mosquitto, EMQX, NanoMQ, TDengine, Pika,
// Nacos, Seata, DolphinScheduler, Fuchsia's ffx log, DAOS' control plane, NVIDIA's Fabric Manager,
// the mobile loggers (CocoaLumberjack, XCGLogger, SwiftyBeaver, Napier, Kermit). Left out as not
// confirmed by any search: TARS' tarsnode logs, ParaStation's psid and libhv's hlog lines. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ZLMediaKit's, FastDFS's, eKuiper's and klog's stamps have no zone and are
// taken as UTC; muduo's default stamp ends in `Z` (UTC), and with a time zone set it has none and
// is taken as UTC too. muduo's compact `20261129` date is a year, month and day; its thread id
// column (`  4127`) is no time. Levels only where the line marks one: ZLMediaKit's first letter
// (T D I W E), FastDFS's word before ` - ` (DEBUG INFO WARNING ERROR), muduo's padded word after
// the thread id (TRACE DEBUG INFO WARN ERROR FATAL; FATAL is Critical), eKuiper's `level=`,
// klog's bracketed word after `file.go:N:` ([Debug] [Info] [Warn] [Error]). The host is the
// record's host field, and none of these lines has one: ZLMediaKit's `MediaServer` is the program,
// FastDFS's tracker and storage addresses, muduo's peer addresses, eKuiper's MQTT broker and
// Kitex's and Hertz's listen addresses are peers or the server's own sockets, not hosts. None of
// these products writes a record over several lines in the shapes measured here (muduo, klog and
// logrus write one line a record, ZLMediaKit and FastDFS too), so every line is a record of its
// own and none may be joined to the one before.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0e434ad before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 0e434ad with no change to trawl's code (only this file and table_test.go's list), 8
// of 8 families fully right; no family carries a gap.

var fresh576Cases = []worldCase{
	{
		name:   "zlmediakit-bracketed-prefix",
		source: "ZLMediaKit's MediaServer (ZLToolKit's logger, newer releases: `yyyy-MM-dd HH:mm:ss.SSS L [MediaServer] [pid-thread] File.cpp:N func | msg`, one level letter T D I W E): ZLMediaKit/ZLMediaKit issues #3108, #3431 and #4146",
		why:    "a zone-less date and time with milliseconds, then one level letter; `[MediaServer]` is the program and `[2317-event poller 0]` the pid and thread, no host; the peer address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 I [MediaServer] [2317-MediaServer] TcpServer.cpp:212 start_l | TCP server listening on [::]: 1935"),
			we("2026-11-29T07:41:16.209Z", Debug, "", "2026-11-29 07:41:16.209 D [MediaServer] [2317-stamp thread] util.cpp:366 operator() | Stamp thread started"),
			we("2026-11-29T07:42:03.518Z", Trace, "", "2026-11-29 07:42:03.518 T [MediaServer] [2317-event poller 3] TcpServer.h:54 operator() | 12-31(10.20.7.41:53106) mediakit::RtmpSession"),
			we("2026-11-29T07:42:03.622Z", Info, "", "2026-11-29 07:42:03.622 I [MediaServer] [2317-event poller 3] MediaSource.cpp:517 emitEvent | 媒体注册:rtmp://__defaultVhost__/live/cam-dock-07"),
			we("2026-11-29T07:44:11.090Z", Warn, "", "2026-11-29 07:44:11.090 W [MediaServer] [2317-event poller 3] RtmpSession.cpp:88 onError | 12-31(10.20.7.41:53106) 推流器(__defaultVhost__/live/cam-dock-07)断开:recv close request from client,耗时(s):127"),
			we("2026-11-29T07:44:12.301Z", Error, "", "2026-11-29 07:44:12.301 E [MediaServer] [2317-event poller 1] HttpClient.cpp:318 onResponseCompleted_l | http hook failed: on_publish http://10.20.0.5:8081/hook/publish, code 502"),
		},
	},
	{
		name:   "zlmediakit-older-prefix",
		source: "ZLMediaKit's MediaServer in 2020-2022 releases (`yyyy-MM-dd HH:mm:ss.SSS L MediaServer[pid-thread] File.cpp:N func | msg`, the program name glued to the pid and thread in brackets): ZLMediaKit/ZLMediaKit issues #365 and #2096, #1811 (the `MediaServer.exe[pid-tid]` form on Windows)",
		why:    "the level letter before `MediaServer[2934-…]`, which is the program with its pid, not a host; a zone-less time (UTC by the rules)",
		entries: []worldEntry{
			we("2026-11-29T07:50:02.411Z", Info, "", "2026-11-29 07:50:02.411 I MediaServer[4410-MediaServer] System.cpp:159 systemSetup | 文件最大描述符个数设置为:1048576"),
			we("2026-11-29T07:50:02.415Z", Info, "", "2026-11-29 07:50:02.415 I MediaServer[4410-MediaServer] EventPoller.cpp:465 EventPollerPool | 创建EventPoller个数:8"),
			we("2026-11-29T07:50:02.417Z", Debug, "", "2026-11-29 07:50:02.417 D MediaServer[4410-MediaServer] SSLBox.cpp:174 setContext | add certificate of: default.zlmediakit.com"),
			we("2026-11-29T07:51:40.003Z", Warn, "", "2026-11-29 07:51:40.003 W MediaServer[4410-event poller 2] EventPoller.cpp:218 onPipeEvent | take time:14ms, thread may be overloaded"),
			we("2026-11-29T07:51:44.730Z", Error, "", "2026-11-29 07:51:44.730 E MediaServer[4410-event poller 5] Timer.cpp:32 operator() | 执行定时器任务捕获到异常:rtsp play timeout"),
		},
	},
	{
		name:   "fastdfs-storaged-log",
		source: "FastDFS's storaged.log and trackerd.log under base_path/logs (libfastcommon's logger: `[yyyy-MM-dd HH:mm:ss] LEVEL - file: x.c, line: N, msg`, a few lines without the file part; levels DEBUG INFO WARNING ERROR): happyfish100/fastdfs issues #136, #178, #563 and #719",
		why:    "a zone-less date and time in brackets, then the level word and ` - `; the tracker and storage servers named in the message are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] INFO - FastDFS v6.12.2, base_path=/data/fdfs/storage, store_path_count=1, subdir_count_per_path=256, group_name=group1, run_by_group=, run_by_user=, connect_timeout=5s, network_timeout=60s, port=23000"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] DEBUG - file: sf_service.c, line: 412, max_connections: 1024, init_connections: 256, alloc_task_once: 256"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17] INFO - file: tracker_client_thread.c, line: 310, successfully connect to tracker server 10.31.4.11:22122, as a tracker client, my ip is 10.31.4.26"),
			we("2026-11-29T07:43:52Z", Warn, "", "[2026-11-29 07:43:52] WARNING - file: sf_nio.c, line: 514, client ip: 10.31.4.27, req_count: 0, recv timeout"),
			we("2026-11-29T07:44:05Z", Error, "", "[2026-11-29 07:44:05] ERROR - file: storage_sync.c, line: 2745, connect to storage server 10.31.4.27:23000 fail, errno: 111, error info: Connection refused"),
		},
	},
	{
		name:   "muduo-logging-utc",
		source: "a server built on muduo writing its default log to stdout (muduo/base/Logging.cc: `%4d%02d%02d %02d:%02d:%02d` and `.%06dZ ` when no time zone is set, the thread id `%5d `, the level padded to six, the message, then ` - File.cc:N`; TRACE and DEBUG add the function name): chenshuo/muduo muduo/base/Logging.cc (read with the code search)",
		why:    "a compact yyyyMMdd date, a time with microseconds and `Z`; the thread id column is no time; the level after it; the peer address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.052317Z", Info, "", "20261129 07:41:16.052317Z  4127 INFO  pid = 4127, tid = 4127 - main.cc:61"),
			we("2026-11-29T07:41:16.052811Z", Info, "", "20261129 07:41:16.052811Z  4127 INFO  TcpServer::newConnection [ChatServer] - new connection [ChatServer-0.0.0.0:9981#1] from 10.8.2.19:40412 - TcpServer.cc:80"),
			we("2026-11-29T07:41:16.053006Z", Trace, "", "20261129 07:41:16.053006Z  4127 TRACE updateChannel fd = 9 events = 3 index = -1 - EPollPoller.cc:115"),
			we("2026-11-29T07:41:16.053122Z", Debug, "", "20261129 07:41:16.053122Z  4127 DEBUG onConnection ChatServer-0.0.0.0:9981#1 is UP - ChatServer.cc:44"),
			we("2026-11-29T07:43:20.718440Z", Error, "", "20261129 07:43:20.718440Z  4131 ERROR Connection reset by peer (errno=104) TcpConnection::handleError [ChatServer-0.0.0.0:9981#1] - SO_ERROR = 104 Connection reset by peer - TcpConnection.cc:412"),
			we("2026-11-29T07:43:21.004105Z", Warn, "", "20261129 07:43:21.004105Z  4127 WARN  EventLoop::loop 0 active channels for 10000 ms - EventLoop.cc:96"),
		},
	},
	{
		name:   "muduo-logging-local-zone",
		source: "the same muduo logger after Logger::setTimeZone (muduo/base/Logging.cc: `.%06d ` with no `Z` when g_logTimeZone is valid, the local wall time of the zone), here a FATAL from LOG_SYSFATAL: chenshuo/muduo muduo/base/Logging.cc (read with the code search)",
		why:    "a compact yyyyMMdd date and a time with microseconds but no zone (UTC by the rules); FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T15:41:16.300125Z", Info, "", "20261129 15:41:16.300125  5520 INFO  KvServer listening on 0.0.0.0:7400 - kvserver.cc:203"),
			we("2026-11-29T15:41:16.300418Z", Info, "", "20261129 15:41:16.300418  5521 INFO  EventLoopThreadPool started 4 io threads - kvserver.cc:209"),
			we("2026-11-29T15:41:59.004731Z", Warn, "", "20261129 15:41:59.004731  5523 WARN  shard 3 compaction took 812 ms - Compactor.cc:141"),
			we("2026-11-29T15:42:00.110952Z", Error, "", "20261129 15:42:00.110952  5523 ERROR Too many open files (errno=24) Acceptor::handleRead - Acceptor.cc:73"),
			we("2026-11-29T15:42:07.519003Z", Critical, "", "20261129 15:42:07.519003  5520 FATAL No space left on device (errno=28) AppendFile::append() failed No space left on device - FileUtil.cc:46"),
		},
	},
	{
		name:   "ekuiper-logrus-text",
		source: "LF Edge eKuiper's stream.log and console (logrus' text formatter: `time=\"yyyy-MM-dd HH:mm:ss\" level=info msg=\"…\" file=\"pkg/x.go:N\"`, a `rule=` field on rule lines): lf-edge/ekuiper issue #1015",
		why:    "a quoted zone-less time (UTC by the rules); `level=` is the level (warning is Warn); the MQTT broker in the message is a peer; `file=` and `rule=` are fields, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29 07:41:16" level=info msg="Serving kuiper (version - 1.14.3) on port 20498, and restful api on http://0.0.0.0:9081." file="server/server.go:402"`),
			we("2026-11-29T07:41:17Z", Debug, "", `time="2026-11-29 07:41:17" level=debug msg="Opening mqtt sink" file="mqtt/sink.go:81" rule=press_line_avg`),
			we("2026-11-29T07:41:17Z", Info, "", `time="2026-11-29 07:41:17" level=info msg="Rule press_line_avg is created." file="processor/rule.go:96"`),
			we("2026-11-29T07:43:05Z", Warn, "", `time="2026-11-29 07:43:05" level=warning msg="sink cache missing response for 17" file="node/sink_node.go:398" rule=press_line_avg`),
			we("2026-11-29T07:43:40Z", Error, "", `time="2026-11-29 07:43:40" level=error msg="found error when connecting for tcp://10.60.1.8:1883: network Error : dial tcp 10.60.1.8:1883: connect: connection refused" file="mqtt/mqtt_wrapper.go:142" rule=press_line_avg`),
		},
	},
	{
		name:   "kitex-klog-default",
		source: "a CloudWeGo Kitex RPC service on its default logger (klog over Go's log with microseconds and Lshortfile: `yyyy/MM/dd HH:mm:ss.uuuuuu file.go:N: [Level] KITEX: msg`): the Kitex getting-started output `server.go:83: [Info] KITEX: server listen at addr=[::]:8888` and the etcd registry's keepalive line, found with find_string in several READMEs",
		why:    "a slashed zone-less date and time with microseconds (UTC by the rules); the source file and line, then the bracketed level word; the listen address is the server's own socket, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.857352Z", Info, "", "2026/11/29 07:41:16.857352 server.go:79: [Info] KITEX: server listen at addr=[::]:8890"),
			we("2026-11-29T07:41:17.861207Z", Info, "", "2026/11/29 07:41:17.861207 etcd_registry.go:299: [Info] start keepalive lease 5a1f8c03e2d1b47c for etcd registry"),
			we("2026-11-29T07:42:30.114590Z", Warn, "", "2026/11/29 07:42:30.114590 rpcinfo.go:112: [Warn] KITEX: processing request error, remoteService=order, remoteAddr=10.44.3.17:51822, error=default codec read failed: EOF"),
			we("2026-11-29T07:42:31.502881Z", Error, "", "2026/11/29 07:42:31.502881 trans_server.go:146: [Error] KITEX: OnRead Error: connection closed"),
			we("2026-11-29T07:42:35.009034Z", Debug, "", "2026/11/29 07:42:35.009034 server.go:212: [Debug] KITEX: graceful shutdown, wait 5s for in-flight requests"),
		},
	},
	{
		name:   "hertz-klog-routes",
		source: "a CloudWeGo Hertz HTTP server started with `go run .` (hlog's default: `yyyy/MM/dd HH:mm:ss.uuuuuu file.go:N: [Level] HERTZ: msg`, the route table in [Debug] lines with padded columns, then `Using network library` and `HTTP server listening on address`): the Hertz quick-start output found with find_string in several READMEs",
		why:    "a slashed zone-less date and time with microseconds; the bracketed level after `engine.go:681:`; `--> handlerName=` and the padded route path are message; the listen address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.758686Z", Debug, "", "2026/11/29 07:41:16.758686 engine.go:681: [Debug] HERTZ: Method=GET    absolutePath=/healthz                  --> handlerName=main.main.func1 (num=2 handlers)"),
			we("2026-11-29T07:41:16.758903Z", Debug, "", "2026/11/29 07:41:16.758903 engine.go:681: [Debug] HERTZ: Method=POST   absolutePath=/api/v1/orders            --> handlerName=shopgw/biz/handler.CreateOrder (num=3 handlers)"),
			we("2026-11-29T07:41:16.759819Z", Info, "", "2026/11/29 07:41:16.759819 engine.go:417: [Info] HERTZ: Using network library=netpoll"),
			we("2026-11-29T07:41:16.760315Z", Info, "", "2026/11/29 07:41:16.760315 transport.go:149: [Info] HERTZ: HTTP server listening on address=[::]:9999"),
			we("2026-11-29T07:44:02.331470Z", Error, "", "2026/11/29 07:44:02.331470 server.go:282: [Error] HERTZ: Error=read timeout, remoteAddr=10.44.3.90:60212"),
		},
	},
}

func TestFresh576Formats(t *testing.T) { assertTable(t, fresh576Cases) }
func TestFresh576Score(t *testing.T) {
	checkScore(t, "fresh576 formats", fresh576Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
