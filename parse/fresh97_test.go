package parse

import "testing"

// The ninety-seventh fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by
// family and by product and not only by name, so that its score is again an honest figure for logs
// trawl has never been tuned on. Its theme is vehicles, robots and machines, as their logs and
// consoles really look. It has five parts. The first is robot and vehicle simulators and robot
// middleware (Webots' console, Isaac Sim's Kit console, CARLA's Unreal server log, Baidu Apollo's
// Cyber RT glog files, BeamNG.drive's log and the BeamMP server, ROS 2 with a date_time_with_ms
// console format, colcon's events.log and logger_all.log, catkin_tools' build console, NAOqi's libqi
// console, YARP's console, Orocos RTT's orocos.log, CoppeliaSim's console and SUMO's console). The
// second is autopilots, ground control and vehicles (the MAVSDK server's console, QGroundControl's
// console log with its uptime column, ArduPilot's sim_vehicle.py console, TeslaMate's container log,
// the OVMS module's SD-card log, udsoncan's Python log and BUSMASTER's CAN log). The third is rail
// and maritime (JMRI's session.log, Rocrail's trace file, a DCC-EX command station on its serial
// port, Open Rails' OpenRailsLog.txt and MOOS-IvP's .alog files). The fourth is satellite ground
// stations (the SatNOGS client, gpredict's gpredict.log, NASA cFS's cFE console, SatDump's console,
// GNU Radio's gr::log console and gnss-sdr's glog files). The fifth is 3D printers and CNC
// controllers (RepRapFirmware's eventlog.txt, DuetControlServer in the journal, crowsnest,
// KlipperScreen, Bambu Studio's log, Universal Gcode Sender's NetBeans messages.log, FluidNC on its
// serial port, CNCjs and LinuxCNC's terminal). Where a product's layout is already in an earlier
// table with another product (Unreal Engine's log, glog, Boost.Log as PrusaSlicer writes it, the
// journal's short layout, ROS 2's console, ArduPilot's mavlogdump), the family here is another product
// or file that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (an uptime, a simulation time or a relative second
// is none), the written clock read as UTC when the format writes no zone, a year-less date in the
// table's year and a bare time of day on the clock's day, levels only where the source puts them
// (the product's own scale at the place it puts it; a level word in free text is no level), "" host
// when the record names none (a vehicle, a robot, a node, a component or a process name is no host;
// the writer's own name in its place is), and a multi-line record as one entry.
//
// The lines were written for this table in the layout each product really uses. For QGroundControl,
// NASA cFS, Rocrail, SatDump, crowsnest, Isaac Sim, NAOqi, BeamNG, BeamMP, GNU Radio, CNCjs and
// RepRapFirmware the layout was checked against public issue threads and documentation that quote
// real lines, and for gpredict against its source (named in source); the rest are from memory of
// real lines, and source says so. Hosts, ids and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run; a
// family trawl still gets wrong carries a gap that says what it does not read, and it stays in the
// score. The table is a measurement, never to be tuned on: no parser rule is to be written from it,
// or it stops being one.
//
// Its first figure, scored once at commit 001cbd4 before any rule was written from it: level 84.5 %,
// time 88.5 %, host 97.0 %, records 96.1 % (macro), 29 of 42 families fully right.
//
// go test ./parse -run Fresh97 -v

var fresh97Cases = []worldCase{

	// Robot and vehicle simulators and robot middleware.
	{
		name:   "webots-console",
		source: "Cyberbotics Webots R2023b/R2025a console as copied from its Console pane or a headless run's stdout (`INFO: msg`, `WARNING: msg`, `ERROR: msg`, a controller's own output behind `[controller] `, no time); from memory of real lines",
		why:    "the simulator's level word opening the line with a colon and no time; a controller's printf behind its name in brackets is no level and the controller no host",
		entries: []worldEntry{
			we("", Info, "", "INFO: 'rover_controller' controller exited successfully."),
			we("", Unknown, "", "[rover_controller] Lidar enabled at 32 ms, 512 points per layer"),
			we("", Warn, "", "WARNING: DEF LIDAR Lidar (PROTO) > Lidar: The lidar cannot be used with a 'fieldOfView' bigger than Pi when 'spherical' is FALSE."),
			we("", Error, "", "ERROR: 'arm_controller' controller crashed."),
		},
	},
	{
		name:   "isaac-sim-kit-console",
		source: "NVIDIA Isaac Sim 4.5/5.0 (Omniverse Kit) console and kit_*.log: extension start-up lines `[3.849s] [ext: name-version] startup` with the seconds since start, and carb log lines `yyyy-MM-ddTHH:mm:ssZ [n,nnnms] [Level] [channel] msg`; isaac-sim/IsaacSim issues #29 and #188, isaac-sim/IsaacLab issue #3730",
		why:    "an ISO time in UTC followed by the milliseconds since start in brackets, then Kit's level word in brackets and the channel; the start-up lines carry only the seconds since start, which is no time",
		entries: []worldEntry{
			we("", Unknown, "", "[3.412s] [ext: omni.physx-107.3.10] startup"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29T07:41:16Z [3,418ms] [Warning] [omni.usd.audio] failed to subscribe to stage events"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29T07:41:21Z [8,902ms] [Error] [omni.physx.plugin] PhysX error: PxRigidBody::setMassSpaceInertiaTensor: inertia tensor has negative components, FILE /builds/omniverse/physics/physx/source/physx/src/NpRigidBodyTemplate.h, LINE 498"),
			we("2026-11-29T07:41:22Z", Info, "", "2026-11-29T07:41:22Z [9,015ms] [Info] [isaacsim.simulation_app] Simulation App Startup Complete"),
		},
	},
	{
		name:   "carla-ue4-server-log",
		source: "CARLA 0.9.15 server (Unreal Engine 4.26) CarlaUE4/Saved/Logs/CarlaUE4.log (`[yyyy.MM.dd-HH.mm.ss:mmm][frame]Category: Verbosity: msg`, the verbosity left out for plain Log lines); Unreal's layout is in earlier tables with games, CARLA is in none; from memory of real lines",
		why:    "Unreal's dotted date in brackets with the frame counter; Warning, Error and Display after the category, no level where the verbosity is left out",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026.11.29-07.41.16:204][  0]LogCarla: Initializing CARLA ..."),
			we("2026-11-29T07:41:16.611Z", Unknown, "", "[2026.11.29-07.41.16:611][  0]LogCarlaServer: Initialized CarlaServer: Ports(2000,2001,2002)"),
			we("2026-11-29T07:41:17.044Z", Info, "", "[2026.11.29-07.41.17:044][ 12]LogCarla: Display: Map loaded: Town10HD_Opt"),
			we("2026-11-29T07:41:18.077Z", Warn, "", "[2026.11.29-07.41.18:077][ 51]LogCarla: Warning: Traffic Manager: vehicle 412 has no valid route, removing it from the simulation"),
			we("2026-11-29T07:41:19.402Z", Error, "", "[2026.11.29-07.41.19:402][102]LogCarla: Error: Failed to spawn actor 'vehicle.tesla.model3': Spawn failed because of collision at spawn position"),
		},
	},
	{
		name:   "apollo-cyber-glog",
		source: "Baidu Apollo 9 Cyber RT's mainboard log under /apollo/data/log (glog's `Lmmdd HH:mm:ss.uuuuuu tid file:line] [module]msg`, the module glued in brackets before the message); glog is in earlier tables with other products, Apollo is in none; from memory of real lines",
		why:    "glog's level letter glued to a year-less date, the Cyber module name in brackets after the source location (no host); an F record is fatal",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204123Z", Info, "", "I1129 07:41:16.204123  4421 module_controller.cc:67] [mainboard]Start initialize dag: /apollo/modules/planning/planning_component/dag/planning.dag"),
			we("2026-11-29T07:41:17.011842Z", Warn, "", "W1129 07:41:17.011842  4433 planning_component.cc:121] [planning]Waiting for localization message..."),
			we("2026-11-29T07:41:18.402211Z", Error, "", "E1129 07:41:18.402211  4433 on_lane_planning.cc:320] [planning]Failed to get routing from router: routing is not ready"),
			we("2026-11-29T07:41:19.900001Z", Critical, "", "F1129 07:41:19.900001  4421 segment.cc:88] [mainboard]Check failed: shm segment for channel /apollo/sensor/lidar/pointcloud is nullptr"),
		},
	},
	{
		name:   "beamng-log",
		source: "BeamNG.drive / BeamNG.tech BeamNG.log (`seconds|L|origin|msg`, the seconds since start padded, L one of D I W E); oli-caon/beamng-gltf-sequence-exporter issue #1 and BeamNG/BeamNGpy issue #85",
		why:    "the seconds since start (no time) then a one-letter level between pipes and the Lua or C++ origin",
		gap:    "BeamNG's `seconds|L|origin|msg` lines are not told apart: every line after the first is joined to it as one record, and the level letter between pipes is not read",
		entries: []worldEntry{
			we("", Info, "", "  0.01238|I|BeamNGmain|Starting BeamNG.tech v0.34.2.0.17481"),
			we("", Info, "", " 12.40915|I|GELua.core_levels.startLevel|Loading level: /levels/west_coast_usa/main.level.json"),
			we("", Warn, "", " 30.31861|W|GELua.core_vehicles|Vehicle 'etk800' config 'sport_M' not found, using default"),
			we("", Error, "", " 41.00233|E|libbeamng.lua.V.default.vehicle|Lua error in controller 'gearbox': attempt to index a nil value"),
			we("", Debug, "", " 41.10002|D|GELua.extensions|Loaded extension: tech_techCore"),
		},
	},
	{
		name:   "beammp-server-log",
		source: "BeamMP-Server 3.x Server.log and console (`[dd/MM/yy HH:mm:ss.mmm] [LEVEL] msg`); BeamMP/BeamMP-Server pull request #309",
		why:    "a day-first two-digit-year date in brackets and the level in brackets after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[29/11/26 07:41:16.204] [INFO] BeamMP Server v3.4.1"),
			we("2026-11-29T07:41:16.611Z", Info, "", "[29/11/26 07:41:16.611] [INFO] Vehicle data network online on port 30814 with a Max of 8 Clients"),
			we("2026-11-29T07:41:18.077Z", Warn, "", "[29/11/26 07:41:18.077] [WARN] Client 'drift_king' (2) sent an oversized vehicle packet, dropped"),
			we("2026-11-29T07:41:19.402Z", Error, "", "[29/11/26 07:41:19.402] [ERROR] Backend did not answer the heartbeat: timed out"),
			we("2026-11-29T07:41:19.5Z", Debug, "", "[29/11/26 07:41:19.500] [DEBUG] Client 3 identified as 'trailhead'"),
		},
	},
	{
		name:   "ros2-rcutils-date-time-with-ms",
		source: "ROS 2 Jazzy nodes with RCUTILS_CONSOLE_OUTPUT_FORMAT=\"[{severity}] [{date_time_with_ms}] [{name}]: {message}\" (rcutils' local date and milliseconds instead of the default epoch); the default ROS 2 console is in an earlier table, this format in none; from memory of the rcutils documentation",
		why:    "the severity in brackets first, then a local date with milliseconds in brackets and the node name; FATAL is critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO] [2026-11-29 07:41:16.204] [controller_server]: Creating controller server"),
			we("2026-11-29T07:41:17.011Z", Warn, "", "[WARN] [2026-11-29 07:41:17.011] [amcl]: AMCL cannot publish a pose or update the transform. Please set the initial pose..."),
			we("2026-11-29T07:41:18.402Z", Error, "", "[ERROR] [2026-11-29 07:41:18.402] [bt_navigator]: Action server failed while executing action callback: \"send_goal failed\""),
			we("2026-11-29T07:41:18.5Z", Debug, "", "[DEBUG] [2026-11-29 07:41:18.500] [rcl]: Subscription taking message"),
			we("2026-11-29T07:41:19.9Z", Critical, "", "[FATAL] [2026-11-29 07:41:19.900] [ur_ros2_control_node]: Connection to the robot at 10.20.4.50 was lost"),
		},
	},
	{
		name:   "colcon-events-log",
		source: "colcon's log/latest_build/events.log (`[seconds] (package) EventType: {python repr}`, the seconds since the build started); from memory of real lines",
		why:    "the seconds since the build started in brackets (no time) and the package in parentheses; no level anywhere, a StderrLine event's CMake warning is free text",
		entries: []worldEntry{
			we("", Unknown, "", "[0.000000] (-) TimerEvent: {}"),
			we("", Unknown, "", "[0.102311] (rover_msgs) JobQueued: {'identifier': 'rover_msgs', 'dependencies': OrderedDict()}"),
			we("", Unknown, "", "[0.105114] (rover_msgs) JobStarted: {'identifier': 'rover_msgs'}"),
			we("", Unknown, "", `[12.338120] (rover_nav) StderrLine: {'line': b'CMake Warning at CMakeLists.txt:14 (find_package):\n'}`),
			we("", Unknown, "", "[45.901774] (rover_nav) JobEnded: {'identifier': 'rover_nav', 'rc': 2}"),
		},
	},
	{
		name:   "colcon-logger-all",
		source: "colcon's log/latest_build/logger_all.log (`[seconds s] LEVELNAME:logger:msg`, Python's level name after the seconds since start, a traceback under an exception); from memory of real lines",
		why:    "Python's LEVEL:logger: layout behind the seconds since start (no time); an executor exception with its traceback is one record",
		entries: []worldEntry{
			we("", Debug, "", "[0.412s] DEBUG:colcon:Command line arguments: ['/usr/bin/colcon', 'build', '--symlink-install']"),
			we("", Info, "", "[1.204s] INFO:colcon.colcon_core.package_selection:Skipping package 'rover_sim' in 'src/rover_sim'"),
			we("", Warn, "", "[1.310s] WARNING:colcon.colcon_core.prefix_path.colcon:The path '/home/dev/ws/install/ur_description' in the environment variable COLCON_PREFIX_PATH doesn't exist"),
			we("", Error, "", "[45.903s] ERROR:colcon.colcon_core.executor:Exception in job execution: 'NoneType' object has no attribute 'get'",
				"Traceback (most recent call last):",
				"  File \"/usr/lib/python3/dist-packages/colcon_core/executor/__init__.py\", line 91, in __call__",
				"    rc = await self.task(*args, **kwargs)",
				"AttributeError: 'NoneType' object has no attribute 'get'"),
		},
	},
	{
		name:   "catkin-tools-build-console",
		source: "catkin_tools' `catkin build` console for a ROS 1 workspace (`Starting  >>> pkg`, `Finished  <<< pkg [ n seconds ]`, `Failed     << pkg:stage [ Exited with code n ]`, a summary line); from memory of real lines",
		why:    "a build tool's progress lines with no time and no level; Failed is a job's outcome, not a level of the line",
		entries: []worldEntry{
			we("", Unknown, "", "Starting  >>> catkin_tools_prebuild"),
			we("", Unknown, "", "Finished  <<< catkin_tools_prebuild                [ 1.2 seconds ]"),
			we("", Unknown, "", "Starting  >>> rover_nav"),
			we("", Unknown, "", "Failed     << rover_nav:make                       [ Exited with code 2 ]"),
			we("", Unknown, "", "[build] Summary: 2 of 3 packages succeeded."),
		},
	},
	{
		name:   "naoqi-libqi-console",
		source: "SoftBank NAOqi 2.5 / libqi console on a Pepper or NAO and under naoqi_driver (`[L] pid category: msg`, L one of F E W I V D); ros-naoqi/naoqi_driver pull request #108",
		why:    "libqi's one-letter level in brackets, then the process id and a dotted category; no time on the console",
		entries: []worldEntry{
			we("", Info, "", "[I] 3210 qimessaging.session: Session listener created on tcp://0.0.0.0:9559"),
			we("", Warn, "", "[W] 3210 qimessaging.remoteobject: Return signature might be incorrect depending on the value, from m to s"),
			we("", Error, "", "[E] 3210 qi.path.sdklayout: No application was created, trying to deduce paths"),
			we("", Info, "", "[I] 3210 qimessaging.transportserver: TransportServer will listen on: tcp://10.20.4.61:9559"),
		},
	},
	{
		name:   "yarp-console",
		source: "YARP 3.x (iCub) console (`[LEVEL] |component| msg`, levels TRACE DEBUG INFO WARNING ERROR FATAL); from memory of real lines",
		why:    "the level in upper-case brackets first, then the logging component between pipes; no time",
		entries: []worldEntry{
			we("", Info, "", "[INFO] |yarp.os.Port| Port /icubSim/cam/left active at tcp://10.20.4.31:10012/"),
			we("", Warn, "", "[WARNING] |yarp.os.impl.PortCoreInputUnit| Port /icubSim/head/rpc:i: 10.20.4.41 stopped talking to us"),
			we("", Error, "", "[ERROR] |yarp.os.Network| Failure: name server did not recognize /icubSim/cam/right"),
			we("", Debug, "", "[DEBUG] |yarp.dev.PolyDriver| Parameters are (device controlBoard_nws_yarp) (name /icubSim/head)"),
		},
	},
	{
		name:   "orocos-rtt-log",
		source: "Orocos RTT 2.x orocos.log from the deployer (`seconds [ Level  ][Module] msg`, the seconds since the logger started, the level padded in brackets); from memory of real lines",
		why:    "seconds since start (no time), then the level padded inside brackets and the module in brackets glued to it",
		entries: []worldEntry{
			we("", Info, "", "0.021 [ Info   ][Logger] Real-time memory: 2456 bytes free of 20480 allocated."),
			we("", Info, "", "0.135 [ Info   ][DeploymentComponent::loadComponents] Loading '/opt/robot/deploy.xml'."),
			we("", Warn, "", "0.312 [ Warning][DeploymentComponent::configureComponents] Component 'Controller' has no activity set."),
			we("", Error, "", "0.420 [ ERROR  ][DeploymentComponent::import] Could not import package 'ocl_kinematics': not found."),
			we("", Debug, "", "0.422 [ Debug  ][Thread] Creating thread for scheduler=1 priority=0"),
		},
	},
	{
		name:   "coppeliasim-console",
		source: "CoppeliaSim 4.6+ console and stdout (`[source:level]   msg`, the source being CoppeliaSim, a plugin or a script path, the level loadinfo, info, warning or error); from memory of real lines",
		why:    "the level after a colon inside the opening bracket, behind the emitting script or plugin (no host); loadinfo is an info",
		gap:    "CoppeliaSim's loadinfo level (`[CoppeliaSim:loadinfo]`) is not read as an info; info, warning and error after the colon are",
		entries: []worldEntry{
			we("", Info, "", "[CoppeliaSim:loadinfo]   CoppeliaSim V4.6.0 (rev. 18)"),
			we("", Info, "", "[CoppeliaSim:info]   Loading scene (/home/dev/scenes/warehouse_picker.ttt).  Serialization version is 23."),
			we("", Warn, "", "[simROS2:warning]   topic /arm/joint_states has no subscribers"),
			we("", Error, "", "[/UR5/script:error]   [string \"/UR5/script\"]:42: attempt to index a nil value (global 'gripper')"),
		},
	},
	{
		name:   "sumo-console",
		source: "Eclipse SUMO 1.2x console (`Warning: msg`, `Error: msg`, loading progress and a `Quitting (on error).` line, no time); from memory of real lines",
		why:    "the simulator's Warning: and Error: prefixes; the simulation time inside a warning is no clock, and progress lines carry nothing",
		entries: []worldEntry{
			we("", Unknown, "", "Loading net-file from 'city.net.xml' ... done (412ms)."),
			we("", Warn, "", "Warning: Vehicle 'flow_ns.12' performs emergency braking on lane 'e_41_0' with decel=9.00, wished=4.50, severity=1.00, time=312.50."),
			we("", Warn, "", "Warning: Teleporting vehicle 'bus_7'; waited too long (jam), lane='e_42_1', time=412.00."),
			we("", Error, "", "Error: Vehicle 'veh_903' has no valid route. Unknown edge 'e_88'."),
			we("", Unknown, "", "Quitting (on error)."),
		},
	},

	// Autopilots, ground control and vehicles.
	{
		name:   "mavsdk-server-console",
		source: "MAVSDK 2.x / mavsdk_server console (`[HH:mm:ss|Level] msg (file.cpp:line)`, the level padded to five); from memory of real lines",
		why:    "a bare time of day and the level joined by a pipe inside one bracket; the source location trails the message",
		gap:    "the bare time of day inside `[07:41:16|Info ]` (glued to the level by a pipe) is not read as the record's time; the level is",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16|Info ] MAVSDK version: v2.12.2 (mavsdk_impl.cpp:30)"),
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16|Info ] Waiting to discover system on udpin://0.0.0.0:14540... (connection_initiator.h:20)"),
			we("2026-11-29T07:41:17Z", Debug, "", "[07:41:17|Debug] New: System ID: 1 Comp ID: 1 (mavsdk_impl.cpp:496)"),
			we("2026-11-29T07:41:18Z", Warn, "", "[07:41:18|Warn ] Vehicle type changed (new type: 2, old type: 0) (system_impl.cpp:225)"),
			we("2026-11-29T07:41:21Z", Error, "", "[07:41:21|Error] Arming failed: Command denied (action_impl.cpp:412)"),
		},
	},
	{
		name:   "qgroundcontrol-console-log",
		source: "QGroundControl 5 console log (--logoutput / QGCConsole.log: `   seconds Level: msg - Category - (Function:line)`, the seconds since start right-aligned, debug lines with no level word); mavlink/qgroundcontrol pull request #13485",
		why:    "a right-aligned uptime (no time), then Qt's message type word with a colon; a debug line has only two spaces where the word would be",
		entries: []worldEntry{
			we("", Warn, "", `     0.146 Warning: Invalid value for bitmask, bit: 31 - FirmwarePlugin.PX4ParameterMetaData - (PX4ParameterMetaData::loadParameterFactMetaDataFile:365)`),
			we("", Unknown, "", `     0.406  Testing configuration for UDP Stream: "0.0.0.0:5600" - Video.VideoManager - (VideoManager::_initVideo:412)`),
			we("", Warn, "", `     3.871 Warning: Parameter cache CRC mismatch, requesting all parameters - Vehicle.ParameterManager - (ParameterManager::_tryCacheHashLoad:1204)`),
			we("", Critical, "", `    12.884 Critical: Communication lost with vehicle 1 - Vehicle.Vehicle - (Vehicle::_linkLost:1201)`),
		},
	},
	{
		name:   "ardupilot-sim-vehicle-console",
		source: "ArduPilot's Tools/autotest/sim_vehicle.py console (`SIM_VEHICLE: msg`, no time and no level); ArduPilot's mavlogdump is in an earlier table, this console in none; from memory of real lines",
		why:    "a tool's name in capitals with a colon before every line; it is no host and no level",
		entries: []worldEntry{
			we("", Unknown, "", "SIM_VEHICLE: Start"),
			we("", Unknown, "", "SIM_VEHICLE: Killing tasks"),
			we("", Unknown, "", "SIM_VEHICLE: Starting up at SITL location"),
			we("", Unknown, "", `SIM_VEHICLE: "/home/dev/ardupilot/Tools/autotest/run_in_terminal_window.sh" "ArduCopter" "/home/dev/ardupilot/build/sitl/bin/arducopter" "-S" "--model" "+" "--speedup" "1"`),
		},
	},
	{
		name:   "teslamate-log",
		source: "TeslaMate (Elixir Logger in its container: `yyyy-MM-dd HH:mm:ss.mmm [metadata ][level] msg`, car_id as metadata, an exit report on the lines after); from memory of real lines",
		why:    "Elixir's lower-case level in brackets after the date and an optional car_id=n; a GenServer crash report is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [info] Migrations already up"),
			we("2026-11-29T07:41:17.011Z", Info, "", "2026-11-29 07:41:17.011 [info] Running TeslaMateWeb.Endpoint with cowboy 2.12.0 at :::4000 (http)"),
			we("2026-11-29T07:41:18.402Z", Info, "", "2026-11-29 07:41:18.402 car_id=1 [info] Start / :online"),
			we("2026-11-29T07:41:25.88Z", Warn, "", "2026-11-29 07:41:25.880 car_id=1 [warning] Error / :vehicle_unavailable"),
			we("2026-11-29T07:41:31.097Z", Error, "", "2026-11-29 07:41:31.097 [error] GenServer TeslaMate.Auth terminating",
				"** (RuntimeError) token refresh failed: :unauthorized",
				"    (teslamate 1.32.0) lib/teslamate/auth.ex:118: TeslaMate.Auth.handle_info/2",
				"    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_dispatch/4"),
		},
	},
	{
		name:   "ovms-module-logfile",
		source: "Open Vehicle Monitoring System (OVMS v3) module's SD-card log file (`yyyy-MM-dd HH:mm:ss.mmm UTC L (ticks) tag: msg`, ESP-IDF's letter and tick count behind the date and zone); from memory of real lines",
		why:    "a date with a zone name, then ESP-IDF's level letter and the milliseconds since boot in parentheses",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 UTC I (1204512) ovms-server-v2: Status: Connected to api.openvehicles.com:6870"),
			we("2026-11-29T07:41:17.011Z", Debug, "", "2026-11-29 07:41:17.011 UTC D (1205319) v-nissanleaf: Polling BMS group 0x01"),
			we("2026-11-29T07:41:18.402Z", Warn, "", "2026-11-29 07:41:18.402 UTC W (1206710) v-nissanleaf: BMS poll timeout, retrying"),
			we("2026-11-29T07:41:19.9Z", Error, "", "2026-11-29 07:41:19.900 UTC E (1208208) esp32wifi: STA disconnected with reason 201 = NO_AP_FOUND"),
		},
	},
	{
		name:   "udsoncan-logging",
		source: "python-udsoncan 1.2x with its default logging configuration (`yyyy-MM-dd HH:mm:ss,mmm [LEVEL] logger: msg` on the console); from memory of the package's logging.conf and real lines",
		why:    "Python's comma milliseconds and the level name in brackets before the logger name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [INFO] Connection: Connection opened"),
			we("2026-11-29T07:41:16.311Z", Info, "", "2026-11-29 07:41:16,311 [INFO] UdsClient: DiagnosticSessionControl<0x10> - Switching session to extendedDiagnosticSession (0x03)"),
			we("2026-11-29T07:41:16.312Z", Debug, "", "2026-11-29 07:41:16,312 [DEBUG] Connection: Sending 2 bytes : [1003]"),
			we("2026-11-29T07:41:16.42Z", Warn, "", "2026-11-29 07:41:16,420 [WARNING] UdsClient: Received negative response code 0x22 (Conditions not correct)"),
			we("2026-11-29T07:41:18.43Z", Error, "", "2026-11-29 07:41:18,430 [ERROR] UdsClient: [TimeoutException] : Did not receive response in time. P2 timeout time has expired (timeout=1.000 sec)"),
		},
	},
	{
		name:   "busmaster-log",
		source: "ETAS/RBEI BUSMASTER 3.2 CAN log (.log: a `***…***` header naming the start date and the columns, then `HH:mm:ss:tttt Tx|Rx channel id type dlc bytes` in system time with tenths of a millisecond); from memory of real files",
		why:    "a bare time of day with four fraction digits after a colon, the header's start date the same day; the header lines are no records",
		gap:    "BUSMASTER's time of day with four fraction digits after a colon (07:41:16:2041) is not read as a time",
		entries: []worldEntry{
			wskip("***BUSMASTER Ver 3.2.2***",
				"***PROTOCOL CAN***",
				"***NOTE: PLEASE DO NOT EDIT THIS DOCUMENT***",
				"***[START LOGGING SESSION]***",
				"***START DATE AND TIME 29:11:2026 07:41:16:204***",
				"***HEX***",
				"***SYSTEM MODE***",
				"***START CHANNEL BAUD RATE***",
				"***CHANNEL 1 - Kvaser - Leaf Light v2 (Channel 0), SN - 41221 - 500000 bps***",
				"***END CHANNEL BAUD RATE***",
				"***START DATABASE FILES***",
				"***END OF DATABASE FILES***",
				"***<Time><Tx/Rx><Channel><CAN ID><Type><DLC><DataBytes>***"),
			we("2026-11-29T07:41:16.2041Z", Unknown, "", "07:41:16:2041 Tx 1 0x7DF s 8 02 01 0C 00 00 00 00 00"),
			we("2026-11-29T07:41:16.2107Z", Unknown, "", "07:41:16:2107 Rx 1 0x7E8 s 8 04 41 0C 1A F8 00 00 00"),
			we("2026-11-29T07:41:16.2219Z", Unknown, "", "07:41:16:2219 Rx 1 0x7E8 s 8 03 41 0D 3C 00 00 00 00"),
			we("2026-11-29T07:41:16.3004Z", Unknown, "", "07:41:16:3004 Rx 1 0x18FEF100 x 8 FF 3C 1F 00 00 FF FF FF"),
		},
	},

	// Rail and maritime.
	{
		name:   "jmri-session-log",
		source: "JMRI 5.x model-railway session.log (log4j `%d{ISO8601} %-37.37c{2} %-5p - %m [%t]%n`, the thread in brackets at the end, an exception's stack after it); from memory of real lines",
		why:    "an ISO date with comma milliseconds, a padded logger column, then the padded level and a dash; a serial-port exception with its stack is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 util.Log4JUtil                      INFO  - * JMRI log ** [main]"),
			we("2026-11-29T07:41:17.011Z", Warn, "", "2026-11-29 07:41:17,011 jmrix.AbstractMRTrafficController   WARN  - Timeout on reply to message: A0 12 00 4D consecutive timeouts = 1 in LocoNet [LocoNet transmit handler]"),
			we("2026-11-29T07:41:18.402Z", Error, "", "2026-11-29 07:41:18,402 jmrit.logix.Warrant                  ERROR - Warrant \"West Yard to Depot\" cannot allocate block OS-12 [AWT-EventQueue-0]"),
			we("2026-11-29T07:41:19.9Z", Error, "", "2026-11-29 07:41:19,900 loconet.pr3.PR3Adapter               ERROR - Serial port /dev/ttyACM0 could not be opened [main]",
				"purejavacomm.NoSuchPortException",
				"\tat purejavacomm.CommPortIdentifier.getPortIdentifier(CommPortIdentifier.java:215)",
				"\tat jmri.jmrix.AbstractSerialPortController.activatePort(AbstractSerialPortController.java:96)"),
		},
	},
	{
		name:   "rocrail-trace",
		source: "Rocrail server trace file (rocrail.NNN.trc: `yyyyMMdd.HHmmss.mmm app+id+L thread object line msg`, L the trace level letter: I info, W warning, E exception, D debug); wiki.rocrail.net rocrailini-trace-en and tracefilter-en",
		why:    "a compact dotted date, then the level letter glued to the end of the app letter and trace id (r9999I); the thread and object are no host",
		gap:    "Rocrail's compact dotted date (20261129.074116.204) is not read as a time, and the level letter at the end of `r9999I` is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "20261129.074116.204 r9999I main     OApp     1012 Rocrail 2.1.4412 (Linux) started"),
			we("2026-11-29T07:41:18.077Z", Warn, "", "20261129.074118.077 r9999W lcmdr    OLoc     2231 loco [BR218] has no valid block assigned"),
			we("2026-11-29T07:41:19.402Z", Error, "", "20261129.074119.402 r9999E dcc232   ODCC232  0412 device /dev/ttyUSB0 could not be opened"),
			we("2026-11-29T07:41:20.551Z", Debug, "", "20261129.074120.551 r9999D BR218    OLoc     1867 [BR218] speed step 42 of 126"),
		},
	},
	{
		name:   "dcc-ex-serial",
		source: "DCC-EX EX-CommandStation 5.x on its USB serial port (diagnostic messages inside `<* … *>`, responses like `<p1 MAIN>`, no time and no level); from memory of real lines",
		why:    "angle-bracket protocol lines with nothing to read: no time, no level, no host",
		gap:    "a DCC-EX diagnostic line `<* … *>` after a response line `<p1 MAIN>` is joined to it as one record",
		entries: []worldEntry{
			we("", Unknown, "", "<* License GPLv3 fsf.org (c) dcc-ex.com *>"),
			we("", Unknown, "", "<* DCC-EX V-5.4.6 / MEGA / STANDARD_MOTOR_SHIELD G-3bddf4d *>"),
			we("", Unknown, "", "<* Free RAM=4702 *>"),
			we("", Unknown, "", "<p1 MAIN>"),
			we("", Unknown, "", "<* TRACK A OVERLOAD 3120mA max=3000mA *>"),
		},
	},
	{
		name:   "openrails-log",
		source: "Open Rails 1.5 OpenRailsLog.txt (a header of `Name = value` lines and a dashed rule, then activity lines with `Warning: ` and `Error: ` prefixes, no time per line); from memory of real files",
		why:    "the simulator's Warning: and Error: prefixes on lines with no time; the header is no record",
		gap:    "the first activity line after Open Rails' header and its dashed rule is joined to the header, so no entry starts at it",
		entries: []worldEntry{
			wskip("This is a log file for Open Rails. Please include this file in bug reports.",
				"Date      = 29 November 2026 07:41:16",
				"Version   = 1.5.1",
				"Build     = 0.0.9101.23414 (2026-11-20 12:00:00Z)",
				"--------------------------------------------------------------------------------"),
			we("", Unknown, "", "Loading route West Coast Main Line"),
			we("", Warn, "", "Warning: Missing texture ignored: C:\\OpenRails\\Routes\\WCML\\TEXTURES\\signal_head.ace"),
			we("", Error, "", "Error: Could not find file 'C:\\OpenRails\\Trains\\TRAINSET\\Class87\\87001.eng'"),
			we("", Unknown, "", "Activity started: Euston to Crewe freight"),
		},
	},
	{
		name:   "moos-ivp-alog",
		source: "MOOS-IvP pLogger .alog file of a marine vehicle mission (a `%%` header with the log start, then `seconds  VARIABLE  source  value` columns, the seconds relative to LOGSTART); from memory of real files",
		why:    "relative seconds (no time of their own), the variable and the writing app in columns; BHV_WARNING is a variable name, no level",
		entries: []worldEntry{
			wskip("%% LOG FILE:       ./LOG_ALPHA_29_11_2026_____07_41_16/LOG_ALPHA_29_11_2026_____07_41_16.alog",
				"%% FILE OPENED ON  Sun Nov 29 07:41:16 2026",
				"%% LOGSTART               1795938076.20412"),
			we("", Unknown, "", "0.412          DB_CLIENTS               MOOSDB_alpha   pHelmIvP,pMarinePID,uSimMarine,pLogger,"),
			we("", Unknown, "", "1.033          NAV_X                    uSimMarine     12.4301"),
			we("", Unknown, "", "1.033          NAV_HEADING              uSimMarine     181.02"),
			we("", Unknown, "", "12.880         BHV_WARNING              pHelmIvP       Behavior waypt_survey: no points specified"),
		},
	},

	// Satellite ground stations.
	{
		name:   "satnogs-client-log",
		source: "SatNOGS client 1.x on a ground station (Python logging `yyyy-MM-dd HH:mm:ss,mmm - logger - LEVEL - msg`, a traceback after an error); from memory of real lines",
		why:    "Python's dash-separated layout with the level between dashes; an observation's time inside a message is not the record's; an upload failure with its traceback is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 - satnogsclient - INFO - Starting status listener thread..."),
			we("2026-11-29T07:41:17.011Z", Info, "", "2026-11-29 07:41:17,011 - satnogsclient.scheduler.tasks - INFO - Received job for observation 11420377, starting at 2026-11-29T07:52:10Z"),
			we("2026-11-29T07:41:18.402Z", Warn, "", "2026-11-29 07:41:18,402 - satnogsclient.observer.observer - WARNING - Rotator hamlib error: rotctld not reachable at 127.0.0.1:4533"),
			we("2026-11-29T07:41:19.9Z", Error, "", "2026-11-29 07:41:19,900 - satnogsclient.scheduler.tasks - ERROR - Cannot upload waterfall for observation 11420377",
				"Traceback (most recent call last):",
				"  File \"/var/lib/satnogs/lib/python3.11/site-packages/satnogsclient/scheduler/tasks.py\", line 212, in post_data",
				"    response = requests.post(url, files=files, headers=headers, timeout=45)",
				"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='network.satnogs.org', port=443): Max retries exceeded"),
		},
	},
	{
		name:   "gpredict-log",
		source: "gpredict 2.x ~/.config/Gpredict/logs/gpredict.log (`yyyy/MM/dd HH:mm:ss|level|msg`, the level a digit on gpredict's scale: 1 error, 2 warning, 3 info, 4 debug); csete/gpredict src/sat-log.c and src/sat-log.h",
		why:    "a slashed local date, then the level as a bare digit between pipes",
		gap:    "gpredict's level digit between pipes after the date (`|3|`, `|2|`, `|1|`, `|4|`) is not read as a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16|3|sat_log_init: Session started"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16|3|sat_cfg_load: Everything OK."),
			we("2026-11-29T07:41:17Z", Warn, "", "2026/11/29 07:41:17|2|read_module_data: Sat #25544 already in list"),
			we("2026-11-29T07:41:18Z", Error, "", "2026/11/29 07:41:18|1|rigctrl_open_device: Failed to connect to rigctld at localhost:4532"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026/11/29 07:41:18|4|tle_update_from_network: Fetching https://celestrak.org/NORAD/elements/gp.php?GROUP=amateur&FORMAT=tle"),
		},
	},
	{
		name:   "cfs-cfe-console",
		source: "NASA cFS (cFE 6.7+/Draco) console on Linux: PSP lines with no time, ES system-log lines behind a CCSDS day-of-year time `yyyy-ddd-HH:mm:ss.fffff`, EVS port lines `EVS Port1 sc/cpu/APP id: msg`; nasa/cFS issue #665, OpenSatKit/OpenSatKit issues #72 and #83",
		why:    "a year and day-of-year date (2026-333 is 29 November) before the message; PSP and EVS lines carry no time and no level",
		gap:    "cFE's CCSDS day-of-year time (2026-333-07:41:16.20412) is not read as a time",
		entries: []worldEntry{
			we("", Unknown, "", "CFE_PSP: Default Spacecraft ID = 42"),
			we("2026-11-29T07:41:16.20412Z", Unknown, "", "2026-333-07:41:16.20412 POWER ON RESET due to Power Cycle (Power Cycle)."),
			we("2026-11-29T07:41:16.20431Z", Unknown, "", "2026-333-07:41:16.20431 ES Startup: CFE_ES_Main in EARLY_INIT state"),
			we("", Unknown, "", "EVS Port1 42/1/CFE_TIME 21: Stop FLYWHEEL"),
			we("2026-11-29T07:41:17.51022Z", Unknown, "", "2026-333-07:41:17.51022 ES Startup: Could not load file:/cf/sample_app.so. EC = 0xFFFFFFEB"),
		},
	},
	{
		name:   "satdump-console",
		source: "SatDump 1.2 console and satdump.log (`[HH:mm:ss - dd/MM/yyyy] (L) msg`, L one of T D I W E C); SatDump/SatDump issues #836 and #1088",
		why:    "a time before a day-first date inside one bracket, then the level letter in parentheses",
		gap:    "SatDump's (C) for critical is not read: a letter C in parentheses is a copyright's sign more often",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16 - 29/11/2026] (I) Starting SatDump v1.2.2"),
			we("2026-11-29T07:41:16Z", Debug, "", "[07:41:16 - 29/11/2026] (D)  - noaa_hrpt"),
			we("2026-11-29T07:41:17Z", Warn, "", "[07:41:17 - 29/11/2026] (W) Could not open SDR device rtlsdr #0, retrying"),
			we("2026-11-29T07:41:18Z", Error, "", "[07:41:18 - 29/11/2026] (E) Pipeline meteor_m2-x_lrpt_72k does not exist!"),
			we("2026-11-29T07:41:19Z", Critical, "", "[07:41:19 - 29/11/2026] (C) Fatal error running pipeline: out of memory"),
		},
	},
	{
		name:   "gnuradio-gr-log-console",
		source: "GNU Radio 3.7-3.9 console (`gr::log :LEVEL: block - msg` from the log4cpp logger, interleaved with plain lines from gr-osmosdr and ALSA); kpreid/shinysdr issue #26, gnuradio/gnuradio issue #1625",
		why:    "a fixed `gr::log` prefix and the level between colons; the plain lines of other libraries carry nothing",
		gap:    "the level between colons after GNU Radio's `gr::log ` prefix (:INFO:, :ERROR:, :WARN:) is not read",
		entries: []worldEntry{
			we("", Unknown, "", "gr-osmosdr 0.2.3.0 (0.2.3) gnuradio 3.8.2.0"),
			we("", Info, "", "gr::log :INFO: audio source - Audio sink arch: alsa"),
			we("", Unknown, "", "Using device #0 Realtek RTL2838UHIDIR SN: 00000001"),
			we("", Error, "", "gr::log :ERROR: audio_alsa_sink0 - [hw:1,0]: Device or resource busy"),
			we("", Warn, "", "gr::log :WARN: tcp_source0 - connection refused, retrying in 1 s"),
		},
	},
	{
		name:   "gnss-sdr-glog",
		source: "GNSS-SDR 0.0.19 glog files (/tmp/gnss-sdr.*.log.INFO with glog 0.7: a four-line header, then `Lyyyymmdd HH:mm:ss.uuuuuu tid file:line] msg`, the year now in the prefix); glog is in earlier tables with other products and its older year-less prefix, GNSS-SDR is in none; from memory of real files",
		why:    "glog's level letter glued to a full eight-digit date; the header naming the machine is no record, and its machine is no host of the records",
		entries: []worldEntry{
			wskip("Log file created at: 2026/11/29 07:41:16",
				"Running on machine: gnss-rx01",
				"Running duration (h:mm:ss): 0:00:00",
				"Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T07:41:16.204123Z", Info, "", "I20261129 07:41:16.204123  4321 gnss_flowgraph.cc:412] Channel 0 assigned to GPS L1 C/A PRN 12"),
			we("2026-11-29T07:41:22.811004Z", Info, "", "I20261129 07:41:22.811004  4330 dll_pll_veml_tracking.cc:880] Tracking of GPS L1 C/A signal started on channel 3 for satellite GPS PRN 12 (Block IIR-M)"),
			we("2026-11-29T07:41:30.011842Z", Warn, "", "W20261129 07:41:30.011842  4330 dll_pll_veml_tracking.cc:1512] Loss of lock in channel 3!"),
			we("2026-11-29T07:41:31.400211Z", Error, "", "E20261129 07:41:31.400211  4321 rtklib_solver.cc:1012] Error computing PVT solution: not enough satellites"),
		},
	},

	// 3D printers and CNC controllers.
	{
		name:   "duet-rrf-eventlog",
		source: "RepRapFirmware 3.x eventlog.txt on a Duet's SD card after M929 (`power up + HH:mm:ss msg` before the clock is set, then `yyyy-MM-dd HH:mm:ss msg`, warnings and errors behind `Warning: ` and `Error: `); railcore/configs pull request #18, Duet3D/DuetWebControl issue #66",
		why:    "the time since power-up stands where the date will be (no time); the firmware's Warning: and Error: prefixes are its message types",
		gap:    "a `Warning: ` message type after RepRapFirmware's `power up + 00:00:01` uptime is not read as a warning (an `Error: ` after a date is read)",
		entries: []worldEntry{
			we("", Unknown, "", "power up + 00:00:00 Event logging started"),
			we("", Warn, "", "power up + 00:00:01 Warning: Heater 1 appears to be over-powered. If left on at full power, its temperature is predicted to reach 612C."),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 Date and time set at power up + 00:00:09"),
			we("2026-11-29T07:52:13Z", Unknown, "", "2026-11-29 07:52:13 Started printing file 0:/gcodes/bracket_v3.gcode"),
			we("2026-11-29T08:14:40Z", Error, "", "2026-11-29 08:14:40 Error: Heater 0 fault: temperature rising much more slowly than the expected 2.1°C/sec"),
		},
	},
	{
		name:   "duetcontrolserver-journal",
		source: "Duet Software Framework 3.5's DuetControlServer on a Raspberry Pi in journalctl's short layout (NLog's `[level] msg` as the message); the journal layout is in earlier tables with other daemons, DSF is in none; from memory of real lines",
		why:    "a BSD-style journal line whose message opens with the daemon's lower-case level in brackets; the banner has none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "duet3", "Nov 29 07:41:16 duet3 DuetControlServer[412]: Duet Control Server v3.5.4"),
			we("2026-11-29T07:41:16Z", Info, "duet3", "Nov 29 07:41:16 duet3 DuetControlServer[412]: [info] Settings loaded"),
			we("2026-11-29T07:41:17Z", Info, "duet3", "Nov 29 07:41:17 duet3 DuetControlServer[412]: [info] Connection to Duet established"),
			we("2026-11-29T07:41:18Z", Warn, "duet3", "Nov 29 07:41:18 duet3 DuetControlServer[412]: [warn] Failed to start plugin InputShapingPlugin: executable not found"),
			we("2026-11-29T07:41:19Z", Error, "duet3", "Nov 29 07:41:19 duet3 DuetControlServer[412]: [error] Bad header checksum in SPI transfer, resetting connection"),
		},
	},
	{
		name:   "crowsnest-log",
		source: "mainsail-crew crowsnest v4 printer_data/logs/crowsnest.log (`[MM/dd/yy HH:mm:ss] crowsnest: msg`, INFO: and ERROR: opening some messages, the config printed behind tabs); mainsail-crew/crowsnest issues #98, #192 and #281",
		why:    "a month-first two-digit-year date in brackets and the service's tag; its INFO: and ERROR: markers open the message, a host-info line has none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/26 07:41:16] crowsnest: crowsnest - A webcam Service for multiple Cams and Stream Services."),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/26 07:41:16] crowsnest: INFO: Host information:"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[11/29/26 07:41:17] crowsnest: Host Info: Kernel: Linux 6.6.51+rpt-rpi-v8 aarch64"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[11/29/26 07:41:17] crowsnest:\t\tlog_path: /home/pi/printer_data/logs/crowsnest.log"),
			we("2026-11-29T07:41:18Z", Error, "", "[11/29/26 07:41:18] crowsnest: ERROR: Start of ustreamer [cam Nozzle] failed!"),
		},
	},
	{
		name:   "klipperscreen-log",
		source: "KlipperScreen's printer_data/logs/KlipperScreen.log (Python logging `yyyy-MM-dd HH:mm:ss,mmm [file.py:func()] - msg`, no level name); from memory of real lines",
		why:    "Python's comma milliseconds, then the source file and function in brackets; the format writes no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16,204 [screen.py:__init__()] - KlipperScreen version: v0.4.5-32-g7a1e9c3"),
			we("2026-11-29T07:41:16.611Z", Unknown, "", "2026-11-29 07:41:16,611 [config.py:__init__()] - Config path location: /home/pi/printer_data/config/KlipperScreen.conf"),
			we("2026-11-29T07:41:18.077Z", Unknown, "", "2026-11-29 07:41:18,077 [KlippyWebsocket.py:on_error()] - Connection refused"),
			we("2026-11-29T07:41:19.402Z", Unknown, "", "2026-11-29 07:41:19,402 [screen.py:state_ready()] - Printer ready: Voron 2.4"),
		},
	},
	{
		name:   "bambustudio-log",
		source: "Bambu Studio 1.10 slicer log (~/.config/BambuStudio/log/*.log.0, Boost.Log `[yyyy-MM-dd HH:mm:ss.ffffff] [0xthread] [level]   msg`); the layout is in an earlier table as PrusaSlicer's, Bambu Studio is in none; from memory of real lines",
		why:    "Boost.Log's microsecond date in brackets, the thread id in brackets, then the lower-case level in brackets padded by spaces",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204123Z", Info, "", "[2026-11-29 07:41:16.204123] [0x00007f2a1b3c4700] [info]    on_init_inner: version 01.10.02.76, build time 2026-11-20"),
			we("2026-11-29T07:41:17.011842Z", Warn, "", "[2026-11-29 07:41:17.011842] [0x00007f2a1b3c4700] [warning] PresetBundle: filament preset 'Generic PETG @X1' has no compatible printer"),
			we("2026-11-29T07:41:18.402211Z", Error, "", "[2026-11-29 07:41:18.402211] [0x00007f29f0ff9700] [error]   NetworkAgent: connect_server failed, ret = -2"),
			we("2026-11-29T07:41:19.100002Z", Debug, "", "[2026-11-29 07:41:19.100002] [0x00007f2a1b3c4700] [debug]   MachineObject: print status changed to RUNNING"),
			we("2026-11-29T07:41:19.100931Z", Trace, "", "[2026-11-29 07:41:19.100931] [0x00007f29f0ff9700] [trace]   mqtt message received, topic device/01S00C412345678/report"),
		},
	},
	{
		name:   "ugs-platform-messages-log",
		source: "Universal Gcode Sender Platform 2.1 (a NetBeans platform application) var/log/messages.log (a `>Log Session:` header block, then JUL records `LEVEL [logger]: msg` with no time, a stack after SEVERE); from memory of real files",
		why:    "JUL's level word first with the logger in brackets and no time of its own; the session header is no record, a module list and an exception stack stay with their records",
		entries: []worldEntry{
			wskip("-------------------------------------------------------------------------------",
				">Log Session: Sunday, November 29, 2026 at 7:41:16 AM Coordinated Universal Time",
				">System Info: ",
				"  Product Version         = Universal Gcode Platform 2.1.9",
				"  Operating System        = Linux version 6.8.0-49-generic running on amd64",
				"  Java; VM; Vendor        = 17.0.13; OpenJDK 64-Bit Server VM 17.0.13+11; Eclipse Adoptium",
				"-------------------------------------------------------------------------------"),
			we("", Info, "", "INFO [org.netbeans.core.startup.NbEvents]: Turning on modules:",
				"\torg.openide.util.lookup [8.58 RELEASE200]",
				"\torg.openide.util [9.32 RELEASE200]",
				"\tcom.willwinder.ugs.nbp.core [2.1.9 2.1.9]"),
			we("", Info, "", "INFO [com.willwinder.universalgcodesender.connection.JSerialCommConnection]: Connecting to /dev/ttyUSB0 @ 115200"),
			we("", Warn, "", "WARNING [com.willwinder.universalgcodesender.GrblController]: Controller did not answer the status request within 5000 ms"),
			we("", Error, "", "SEVERE [global]",
				"java.io.IOException: Port is not open",
				"\tat com.willwinder.universalgcodesender.connection.JSerialCommConnection.sendByteImmediately(JSerialCommConnection.java:143)",
				"\tat com.willwinder.universalgcodesender.AbstractController.issueSoftReset(AbstractController.java:388)"),
		},
	},
	{
		name:   "fluidnc-serial-msg",
		source: "FluidNC 3.9 on its serial console (`[MSG:LEVEL: msg]`, levels INFO WARN ERR DBG inside Grbl's message bracket, no time); from memory of real lines",
		why:    "the level as the second word inside Grbl's [MSG:…] bracket, abbreviated (ERR, DBG)",
		entries: []worldEntry{
			we("", Info, "", "[MSG:INFO: FluidNC v3.9.1 https://github.com/bdring/FluidNC]"),
			we("", Info, "", "[MSG:INFO: Compiled with ESP32 SDK:v4.4.7-dirty]"),
			we("", Warn, "", "[MSG:WARN: No spindle]"),
			we("", Error, "", "[MSG:ERR: Configuration is invalid. Check boot messages for ERR's.]"),
			we("", Debug, "", "[MSG:DBG: Axis count 3]"),
		},
	},
	{
		name:   "cncjs-log",
		source: "CNCjs 1.9/1.10 server run with -vv (winston: `ISO-8601Z - level namespace msg`, no colon after the level); cncjs/cncjs issue #510",
		why:    "an ISO date in UTC, a dash, then the lower-case level and the logging namespace",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.797Z", Info, "", `2026-11-29T07:41:16.797Z - info init Loading configuration from "/home/pi/.cncrc"`),
			we("2026-11-29T07:41:17.42Z", Info, "", "2026-11-29T07:41:17.420Z - info init Starting the server at http://10.20.4.31:8000"),
			we("2026-11-29T07:41:18.035Z", Debug, "", "2026-11-29T07:41:18.035Z - debug service:cncengine New connection from 10.20.4.19: id=kR3dl57dfaNRHob0AAAB, user.id=, user.name="),
			we("2026-11-29T07:41:19.611Z", Error, "", `2026-11-29T07:41:19.611Z - error controller:Grbl Error opening serial port "/dev/ttyUSB0": Error: Resource temporarily unavailable Cannot lock port`),
		},
	},
	{
		name:   "linuxcnc-terminal",
		source: "LinuxCNC 2.9 started from a terminal (the run script's progress lines, no time and no level); from memory of real lines",
		why:    "a start script's progress lines with nothing to read",
		entries: []worldEntry{
			we("", Unknown, "", "LINUXCNC - 2.9.3"),
			we("", Unknown, "", "Machine configuration directory is '/home/cnc/linuxcnc/configs/router'"),
			we("", Unknown, "", "Machine configuration file is 'router.ini'"),
			we("", Unknown, "", "Starting LinuxCNC..."),
			we("", Unknown, "", "Shutting down and cleaning up LinuxCNC..."),
		},
	},
}

func TestFresh97Formats(t *testing.T) { assertTable(t, fresh97Cases) }

func TestFresh97Score(t *testing.T) {
	checkScore(t, "fresh97 formats", fresh97Cases, [worldNumFields]float64{84.4, 88.4, 96.9, 96.0})
}
