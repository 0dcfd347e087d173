package parse

import "testing"

// The six-hundred-and-twenty-fifth fresh table: robotics and automotive software's logs as people
// attach them to tickets, shapes no earlier table holds. Each family is one product's documented or
// observed output: Intel RealSense SDK 2's console (realsense-viewer, a day-first `dd/MM` stamp with
// no year); Eclipse iceoryx's RouDi daemon (the padded `[ Info  ]` level, bare start-up lines
// between timed ones); mavlink-router's mavlink-routerd on a drone's companion computer (bare
// lines); cantools decoding `candump -ta` output (a frame with its epoch stamp and the decoded
// message under it); MuJoCo's MUJOCO_LOG.TXT (an asctime line, then `WARNING:` or `ERROR:`);
// DroneKit-Python relaying an ArduPilot's status texts (`CRITICAL:autopilot:…`); can-utils'
// canbusload with a timestamped heading; Cartographer under ROS 2 relaying its glog lines through
// `[cartographer logger]`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`ros`, `rosout`, `roslaunch`, `rclcpp`, `rcl`, `ros2`, `autoware`,
// `apollo`, `cyber`, `cyber_`, `px4`, `ardupilot`, `mavlink`, `mission planner`, `qgroundcontrol`,
// `QGC`, `mavproxy`, `candump`, `cansniffer`, `can-utils`, `socketcan`, `carla`, `CarlaUE4`,
// `gazebo`, `gzserver`, `gz sim`, `gz_`, `ign `, `ignition`, `airsim`, `lgsvl`, `openpilot`,
// `swaglog`, `webots`, `isaac`, `[omni.`, `moveit`, `navigation2`, `nav2`, `nav2_`, `dronekit`,
// `betaflight`, `inav`, `rosbag`, `roscore`, `rosmaster`, `[rosmaster`, `roslaunch][`,
// `][INFO] 20`, `nodelet`, `ros_comm`, `rcutils`, `urdf`, `micro-ros`, `microros`, `micro_ros`,
// `UDPv4Agent`, `| init`, `fastdds`, `Fast-DDS`, `[RTPS_`, `RTPS_TRANSPORT`, `cyclonedds`,
// `[launch]:`, `[topics:`, `component_container`, `SITL`, `mavsdk`, `mavros`, `ArduCopter`,
// `APM:`, `uavcan`, `dronecan`, `canopen`, `busmaster`, `savvycan`, `vector`, `asc`, `.trc`,
// `FILEVERSION`, `python-can`, `DL: `, `DL:  8`, `openbot`, `donkeycar`, `duckietown`,
// `turtlebot`, `ur_robot`, `universal robots`, `kuka`, `franka`, `libfranka`, `realsense`,
// `librealsense`, `rs2_`, `(ds-`, `(backend-v4l2`, `rs.cpp`, `easylogging`, `velodyne`, `ouster`,
// `livox`, `orbslam`, `cartographer`, `collated_trajectory`, `ScopedRosLogSink`, `slam_toolbox`,
// `glog`, `ue4`, `morse`, `coppelia`, `v-rep`, `mujoco`, `MUJOCO_LOG`, `Nan, Inf`, `QACC`,
// `pybullet`, `drake`, `[Msg] `, `[Wrn] [`, `[Err] [`, `ulog`, `mavlogdump`, `orocos`, `yarp`,
// `zenoh`, `dlt-`, `DLT`, `dlt_`, `ECU1`, `cantools`, `MULTI_LINE`, `degK`, ` ::`, `vcan0`,
// `iceoryx`, `roudi`, `RouDi`, `iox-roudi`, `[ Info`, `[ Error ]`, `[Warning]:`, `esmini`,
// `GIT REV`, `[ZED]`, `ZED SDK`, `mavlink-router`, `mavlink_router`, `Open UART`, `UART [`,
// `Opened UDP`, `main.conf`, `CRITICAL:autopilot`, `autopilot:`, `canbusload`, `bitstuffing`,
// `AT-0`, `rtklib`). None of librealsense, iceoryx, mavlink-router, cantools, MuJoCo, DroneKit,
// canbusload or Cartographer is in any table (`QACC`, `rs.cpp`, `main.conf`, `[ Info`, `[ Error ]`,
// `[Warning]:` and ` ::` match only other products' lines). Left out as measured already: the ROS 1
// rosout.log, roslaunch log and console, the ROS 2 launch console and log file and rcutils' format,
// micro-ROS agent, Gazebo Sim, Fast DDS, Cyclone DDS, zenohd, PX4's console and ULog messages,
// ArduPilot's mavlogdump and sim_vehicle console, MAVProxy, Mission Planner, QGroundControl,
// MAVSDK, candump, Vector ASC, PCAN-View TRC, python-can, SavvyCAN, BUSMASTER, COVESA DLT,
// vsomeip, KUKSA, openpilot's swaglog, Webots, Isaac Sim, CARLA, Apollo's Cyber RT glog, BeamNG,
// CoppeliaSim, SUMO, YARP, Orocos RTT. Left out as not confirmed by any search: esmini's log.txt,
// the ZED SDK's console and the Ouster SDK's client log (spdlog confirmed, not its line). The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). librealsense's `29/11 07:41:16,118` is day-first with no year (2026 by the
// rules) and no zone (UTC). iceoryx's and canbusload's stamps have no zone and are read as UTC;
// MuJoCo's asctime line is local time with no zone, read as UTC. cantools' `(1795938076.104211)`
// is candump's epoch with microseconds. Cartographer's ROS 2 lines carry the ROS epoch with
// nanoseconds and the relayed glog date and second (its fraction printed as -2147483648): either is
// accepted. mavlink-routerd's and DroneKit's lines carry no time, and the date in a `.ulg` file
// name is no record's time. Levels only where the line marks one: librealsense's level word,
// iceoryx's bracketed word, MuJoCo's `WARNING:`/`ERROR:` at the head of the second line, DroneKit's
// Python `CRITICAL:`/`ERROR:` prefix, the ROS 2 bracket (with its matching glog letter);
// mavlink-routerd, cantools and canbusload lines carry none, and `Log level set to: [Warning]` is
// a setting, not a level. No family has a host field: bus names (can0), interfaces with bitrates,
// UDP endpoints, the ROS process tag and logger name are no hosts. A record that spans lines is
// one entry: the cantools frame with its decoded block, MuJoCo's two lines and blank, canbusload's
// heading with its interface lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (MuJoCo's block layout only). Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 8f540bf before any rule for it: level 83.8 %, time 81.2 %, host 83.8 %, records 79.2 %.
// That is the macro figure (micro: level 81.6 %, time 78.9 %, host 81.6 %, records 76.3 %), in a
// worktree at 8f540bf with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are librealsense's day-first `dd/MM HH:mm:ss,SSS` stamp after a
// leading blank, which trawl does not read (so the lines after the first are joined to it), and
// RouDi's bare untimed start-up lines, which trawl joins to the timed line above them.

var fresh625Cases = []worldCase{
	{
		name:   "librealsense-viewer-console-day-month",
		source: "Intel RealSense SDK 2 (librealsense) console log as realsense-viewer and the rs-* tools print it (easylogging `dd/MM HH:mm:ss,SSS LEVEL [thread] (file:line) msg`, often with a leading blank): realsenseai/librealsense issues #7995, #12305 and #12433 (pasted logs)",
		why:    "a day-first date with no year and a comma before the milliseconds; the bracketed number is a thread id and `(backend-v4l2.cpp:657)` a file and line, no time; the level word after the time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", " 29/11 07:41:16,118 INFO [140212334450496] (backend-v4l2.cpp:657) Enumerating UVC video2 realpath=/sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/video4linux/video2"),
			we("2026-11-29T07:41:16.402Z", Warn, "", " 29/11 07:41:16,402 WARNING [140212334450496] (sensor.cpp:1076) RGB Camera: skipping Gain control. descriptor: [min/max/step/default]= [0/0/0/0]"),
			we("2026-11-29T07:41:16.405Z", Error, "", " 29/11 07:41:16,405 ERROR [140212334450496] (types.h:313) xioctl(VIDIOC_S_EXT_CTRLS) failed Last Error: Input/output error"),
			we("2026-11-29T07:41:17.031Z", Info, "", " 29/11 07:41:17,031 INFO [140212501993472] (rs.cpp:2697) Framebuffer size changed to 1600 x 900"),
			we("2026-11-29T07:41:17.250Z", Debug, "", " 29/11 07:41:17,250 DEBUG [140212334450496] (ds-device-common.cpp:118) Fetching firmware log, 12 entries"),
		},
		gap: "the day-first `dd/MM HH:mm:ss,SSS` stamp after a leading blank is not read as a time: the first line gets no time and every later line is joined to it as an indented continuation",
	},
	{
		name:   "iceoryx-roudi-console-padded-level",
		source: "Eclipse iceoryx's RouDi daemon (iox-roudi) on a terminal (v1 logger `yyyy-MM-dd HH:mm:ss.SSS [ Info  ]: msg`, the level padded inside the bracket: `[ Info  ]`, `[Warning]`, `[ Error ]`; start-up lines printed bare with no time): eclipse-iceoryx/iceoryx issues #653 (a pasted RouDi run), #1574 and #1783",
		why:    "a zone-less date and time with milliseconds (UTC by the rules); the padded bracketed level before a colon; bare start-up lines between timed ones have no time and no level (`[Warning]` inside `Log level set to:` is the setting, not the line's level)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 07:41:16.512 [ Info  ]: No config file provided and also not found at '/etc/iceoryx/roudi_config.toml'. Falling back to built-in config."),
			we("", Unknown, "", "Log level set to: [Warning]"),
			we("", Unknown, "", "Reserving 64550400 bytes in the shared memory [/iceoryx_mgmt]"),
			we("", Unknown, "", "RouDi is ready for clients"),
			we("2026-11-29T07:42:03.207Z", Warn, "", "2026-11-29 07:42:03.207 [Warning]: Received REG from lidar_fusion, but another application with this name is already registered"),
			we("2026-11-29T07:42:05.880Z", Error, "", "2026-11-29 07:42:05.880 [ Error ]: Could not create publisher port for service /perception/obstacles: no more publisher ports available"),
		},
		gap: "RouDi's bare start-up lines with no time (`Log level set to:`, `Reserving … bytes`, `RouDi is ready for clients`) are joined to the timed `[ Info  ]` line above them instead of standing as records of their own",
	},
	{
		name:   "mavlink-routerd-console-bare",
		source: "mavlink-router's mavlink-routerd run by hand on a companion computer (bare lines on stderr: `Open UART [4] /dev/ttyACM0 *`, `UART [4] speed = 921600`, `Open UDP [5] addr:port`, `Open TCP [6] 0.0.0.0:5760 *`, `Logging target system_id=1 on <file>.ulg`): mavlink-router/mavlink-router issues #103, #121 and #220 (pasted output)",
		why:    "no time and no level on any line; `[4]` is a file descriptor, `00003-2026-11-29_07-41-16.ulg` is the flight log's file name, not the record's time; the UDP and TCP addresses are endpoints, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Could not open conf file '/etc/mavlink-router/main.conf' (No such file or directory)"),
			we("", Unknown, "", "Open UART [4] /dev/ttyACM0 *"),
			we("", Unknown, "", "UART [4] speed = 921600"),
			we("", Unknown, "", "Open UDP [5] 10.42.0.17:14550"),
			we("", Unknown, "", "Open TCP [6] 0.0.0.0:5760 *"),
			we("", Unknown, "", "Logging target system_id=1 on 00003-2026-11-29_07-41-16.ulg"),
		},
	},
	{
		name:   "cantools-decode-candump-ta-multiline",
		source: "cantools' `candump -ta can0 | cantools decode vehicle.dbc` (the candump line with its `(epoch.usec)` stamp, then ` ::` and the decoded message on the next lines: `Name(`, one indented `Signal: value unit,` a line, `)`): cantools/cantools source (subparsers/decode MULTI_LINE_FMT `{message}(\\n{signals}\\n)`), PR #821 and PR #248 (decode accepts candump's timestamps), issue #194",
		why:    "an epoch with microseconds in parentheses; the decoded block under the frame belongs to it (one record of five lines); the bus name `can0` and the frame id are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104211Z", Unknown, "",
				" (1795938076.104211)  can0  1A0   [8]  2C 01 2E 01 2A 01 2B 01 ::",
				"WheelSpeeds(",
				"    WheelSpeedFL: 3.0 km/h,",
				"    WheelSpeedFR: 3.02 km/h,",
				"    WheelSpeedRL: 2.98 km/h,",
				"    WheelSpeedRR: 2.99 km/h",
				")"),
			we("2026-11-29T07:41:16.114877Z", Unknown, "",
				" (1795938076.114877)  can0  25F   [4]  F4 FF 00 00 ::",
				"SteeringAngle(",
				"    SteeringWheelAngle: -1.2 deg,",
				"    SteeringRate: 0 deg/s",
				")"),
			we("2026-11-29T07:41:16.205033Z", Unknown, "",
				" (1795938076.205033)  can0  3C2   [6]  0E 10 78 00 01 00 ::",
				"BatteryStatus(",
				"    PackVoltage: 360.0 V,",
				"    PackCurrent: 12.0 A,",
				"    ContactorState: 'Closed'",
				")"),
			we("2026-11-29T07:41:17.104390Z", Unknown, "",
				" (1795938077.104390)  can0  1A0   [8]  30 01 31 01 2F 01 30 01 ::",
				"WheelSpeeds(",
				"    WheelSpeedFL: 3.04 km/h,",
				"    WheelSpeedFR: 3.05 km/h,",
				"    WheelSpeedRL: 3.03 km/h,",
				"    WheelSpeedRR: 3.04 km/h",
				")"),
		},
	},
	{
		name:   "mujoco-log-txt-asctime-block",
		source: "MuJoCo's MUJOCO_LOG.TXT, written next to the executable by mju_warning and mju_error (`asctime()` on one line, then `WARNING: msg` or `ERROR: msg`, then a blank line); the file and its purpose from google-deepmind/mujoco's documentation (found with find_string), the warning text from google-deepmind/mujoco issues #1570 and #1765; the block layout from memory",
		why:    "a ctime-style `Sun Nov 29 07:41:16 2026` line alone, the level word at the start of the next line; the two lines and the blank after them are one record; `Time = 0.4120` is simulation time, no clock",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "",
				"Sun Nov 29 07:41:16 2026",
				"WARNING: Nan, Inf or huge value in QACC at DOF 6. The simulation is unstable. Time = 0.4120.",
				""),
			we("2026-11-29T07:43:02Z", Warn, "",
				"Sun Nov 29 07:43:02 2026",
				"WARNING: Pre-allocated constraint buffer is full. Increase njmax above 500. Time = 1.8800.",
				""),
			we("2026-11-29T07:48:55Z", Warn, "",
				"Sun Nov 29 07:48:55 2026",
				"WARNING: Nan, Inf or huge value in QACC at DOF 0. The simulation is unstable. Time = 0.0020.",
				""),
			we("2026-11-29T07:52:10Z", Error, "",
				"Sun Nov 29 07:52:10 2026",
				"ERROR: Could not allocate memory",
				""),
		},
	},
	{
		name:   "dronekit-python-autopilot-logger",
		source: "DroneKit-Python's console while connecting to an ArduPilot vehicle (the autopilot's STATUSTEXT relayed through Python's default logging format `LEVEL:autopilot:text`, the script's own prints bare): dronekit/dronekit-sitl issue #148 and dronekit/dronekit-python issue #1175 (pasted output)",
		why:    "the level word first, then the logger name `autopilot` and a colon; no time on any line; `APM:Copter` and `PreArm: GPS 1:` are text after the logger; the script's bare prints have no level",
		entries: []worldEntry{
			we("", Unknown, "", "Connecting to vehicle on: tcp:127.0.0.1:5760"),
			we("", Critical, "", "CRITICAL:autopilot:APM:Copter V4.5.7 (2a3dc4b7)"),
			we("", Critical, "", "CRITICAL:autopilot:Frame: QUAD/X"),
			we("", Critical, "", "CRITICAL:autopilot:PreArm: GPS 1: Bad fix"),
			we("", Unknown, "", "Waiting for vehicle to initialise..."),
			we("", Error, "", "ERROR:autopilot:ARMING MOTORS"),
		},
	},
	{
		name:   "canbusload-timestamped-report",
		source: "can-utils' canbusload with -t and -b (`canbusload yyyy-MM-dd HH:mm:ss (worst case bitstuffing)`, then one line per interface: `iface@bitrate frames bits databits load% |bar|`): linux-can/can-utils issue #257 (pasted output)",
		why:    "a report block: the heading carries the date and time, the interface lines under it carry none and belong to it; `can0@500000` is an interface and bitrate, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"canbusload 2026-11-29 07:41:16 (worst case bitstuffing)",
				" can0@500000   412   53560   3296  10% |XX..................|",
				" can1@250000    97   10864    776   4% |....................|"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"canbusload 2026-11-29 07:41:17 (worst case bitstuffing)",
				" can0@500000  1630  211900  13040  42% |XXXXXXXX............|",
				" can1@250000    98   10976    784   4% |....................|"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"canbusload 2026-11-29 07:41:18 (worst case bitstuffing)",
				" can0@500000  2871  373230  22968  74% |XXXXXXXXXXXXXX......|",
				" can1@250000    96   10752    768   4% |....................|"),
		},
	},
	{
		name:   "cartographer-ros2-glog-relay",
		source: "Cartographer under ROS 2 (`ros2 launch` screen output: `[cartographer_node-N] [LEVEL] [epoch.nsec] [cartographer logger]: ` then the relayed glog line `Lyyyymmdd HH:MM:SS.-2147483648  tid file.cc:line] msg`, its fraction printed as a negative number): cartographer-project/cartographer_ros issue #1832 (pasted output), issue #904",
		why:    "two stamps of one moment: the ROS epoch with nanoseconds and the glog date and second with a broken negative fraction; either is accepted; the bracketed ROS level and the glog letter agree; the process tag and logger name are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.622282686Z|2026-11-29T07:41:16Z", Info, "", "[cartographer_node-2] [INFO] [1795938076.622282686] [cartographer logger]: I20261129 07:41:16.-2147483648  4417 collated_trajectory_builder.cc:81] imu rate: 199.87 Hz 5.00e-03 s +/- 1.12e-04 s (pulsed at 99.91% real time)"),
			we("2026-11-29T07:41:16.622367445Z|2026-11-29T07:41:16Z", Info, "", "[cartographer_node-2] [INFO] [1795938076.622367445] [cartographer logger]: I20261129 07:41:16.-2147483648  4417 collated_trajectory_builder.cc:81] scan rate: 14.98 Hz 6.68e-02 s +/- 2.05e-03 s (pulsed at 100.12% real time)"),
			we("2026-11-29T07:41:19.104551203Z|2026-11-29T07:41:19Z", Warn, "", "[cartographer_node-2] [WARN] [1795938079.104551203] [cartographer logger]: W20261129 07:41:19.-2147483648  4417 ordered_multi_queue.cc:232] Queue waiting for data: (0, imu)"),
			we("2026-11-29T07:41:21.880014512Z|2026-11-29T07:41:21Z", Info, "", "[cartographer_node-2] [INFO] [1795938081.880014512] [cartographer logger]: I20261129 07:41:21.-2147483648  4417 motion_filter.cc:45] Motion filter reduced the number of nodes to 61.2%."),
		},
	},
}

func TestFresh625Formats(t *testing.T) { assertTable(t, fresh625Cases) }
func TestFresh625Score(t *testing.T) {
	checkScore(t, "fresh625 formats", fresh625Cases, [worldNumFields]float64{83.7, 81.1, 83.7, 79.1})
}
