package parse

import "testing"

// The six-hundred-and-fifty-eighth fresh table: autonomous-driving and robot-motion stacks' logs as
// people attach them to tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: Autoware's recommended console format under ros2 launch (the
// severity and the epoch in one bracket, the caller `(fn() at file:line)` at the end); Autoware's
// planning simulator under docker compose (a compose service prefix before ros2 launch's line);
// scenario_simulator_v2 driving Autoware (two launch process prefixes); RTAB-Map under ROS 2 (rclcpp
// lines between RTAB-Map's own ULogger lines); RTAB-Map under ROS 1 with use_sim_time (rosconsole's
// `[wall, sim]` bracket, ULogger lines, roslaunch's started line); BehaviorTree.CPP's StdCoutLogger,
// the engine of Nav2's trees; OMPL's console output handler, MoveIt's planner library (no time, a
// second `at line` line under warnings and errors); Genesis's simulator logger (a time of day only).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`autoware`, `apollo`, `openpilot`, `carla`, `moveit`, `nav2`,
// `micro-ros`, `microros`, `micro_ros`, `isaac`, `omni.kit`, `omni.`, `rosout`, `roslaunch`,
// `[roslaunch]`, `launch.log`, `[launch]`, `component_container`, `ros2`, `rclcpp`, `rcutils`,
// `[topics:`, `fastdds`, `fast dds`, `fastrtps`, `RTPS_`, `-> Function`, `cyclonedds`, `gazebo`,
// `[Err]`, `[Msg]`, `[Wrn]`, `TermiosAgent`, `UDPv4Agent`, `| info`, `zenoh`, `swaglog`,
// `cloudlog`, `webots`, `mainboard`, `cyber`, `dreamview`, `ms] [`, `[Warning] [`,
// `process has died`, `process started with pid`, `move_group`, `lifecycle_manager`,
// `bt_navigator`, `ros`, `rtabmap`, `[ INFO] (`, `[ WARN] (`, `[ERROR] (`, `ULogger`,
// `Rtabmap.cpp`, `ompl`, `ompl::`, `ompl_`, `OMPL `, `ompl.`, `Info:    `, `at line `,
// `         at line`, `Warning: `, `RRTConnect`, `Starting planning with`, `Created 2 states`,
// `behaviortree`, `BehaviorTree`, `StdCoutLogger`, `IDLE -> RUNNING`, `-> RUNNING`,
// `RUNNING -> SUCCESS`, `-> FAILURE`, `[Genesis]`, `[Genesis`, `Genesis]`, `genesis`, `lerobot`,
// `ts/train.py`, `smpl:`, `hugging`, `[WARN 1`, `[ERROR 1`, `[INFO 1`, `() at `, `() at /`,
// `function_name`, `RCUTILS_CONSOLE_OUTPUT_FORMAT`, `[ INFO] [1`, `rosconsole`,
// `component_container_mt`, `planning.scenario_planning`, `tier4`, `openscenario`,
// `scenario_simulator`, `robot_state_publisher`, `topic_state_monitor`, `    | [`, `-1] [INFO] [`,
// `-3] [`, `sim time`, `use_sim_time`, `, 26`, `drake`, `pybullet`, `isaac lab`, `isaaclab`,
// `AppLauncher`, `mavros`, `ur_robot_driver`, `franka`, `libfranka`, `bosdyn`, `spot sdk`,
// `ouster`, `velodyne`, `driveworks`, `rti connext`, `connext`, `scenario_runner`,
// `scenariorunner`, `traffic manager`, `awsim`, `lgsvl`, `svl`, `foxglove`, `ros2_control`,
// `controller_manager`, `openvins`, `orb-slam`, `orb_slam`, `kimera`, `vins`, `open3d`,
// `moveit_py`, `[ERROR] [moveit`, `planning_scene`, `tesla`, `comma`). None of Autoware's caller
// format, its compose or scenario-simulator output, RTAB-Map, BehaviorTree.CPP, OMPL or Genesis is
// in any table (`autoware` matches only an earlier table's grep list, `genesis` only Nutanix's
// genesis, `ompl` only words such as `complete`, `ULogger` only mautrix's maulogger, `[ERROR] (`,
// `Info:    `, `at line ` and `Warning: ` other products' lines, `    | [` other compose
// services). Left out as measured already: the ROS 1 rosout.log, roslaunch log and console, the ROS
// 2 launch console and log file, rcutils' default and date_time formats, micro-ROS agent, Gazebo
// Sim, Fast DDS, Cyclone DDS, zenohd, Isaac Sim's Kit console, CARLA's UE4 server log, Apollo's
// Cyber RT glog, Webots, openpilot's swaglog, MuJoCo, Cartographer, librealsense, iceoryx, and the
// PX4, ArduPilot, MAVROS and MAVSDK outputs of the drone tables. Left out though confirmed (to keep
// the table at 8): LeRobot's console (`INFO yyyy-MM-dd HH:mm:ss ts/train.py:212 msg`). No family
// here rests on memory. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The ROS 2 and ROS 1 epochs carry nanoseconds and are UTC; Autoware's
// `[WARN 1795938078.250117093]` is the same epoch inside the severity's bracket; rosconsole's
// second number under use_sim_time (`268.700000000`) is the simulated clock, not a time.
// RTAB-Map's ULogger `(2026-11-29 07:41:25.904)` is local time with no zone, read as UTC.
// BehaviorTree.CPP's `[1795938076.412]` is epoch seconds with milliseconds. Genesis's `[07:41:30]`
// is a time of day with no date, on the clock's day. OMPL prints no time: its records have none.
// Levels only where the line marks one: the ROS 2 and rosconsole brackets (FATAL is Critical),
// ULogger's padded `[ WARN]`, `[ERROR]`, OMPL's `Debug:`, `Info:`, `Warning:`, `Error:` words,
// Genesis's level name; BehaviorTree.CPP's IDLE, RUNNING, SUCCESS and FAILURE are node states and
// no level, `Set ERROR in diagnostics.` is a message, and roslaunch's started line has none. The
// host is the record's host field, and none of these lines has one: compose service names, launch
// process names, ROS logger names and TF frames are no hosts. A record that spans lines is one
// entry: OMPL's warning or error with its `         at line N in file` line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 97.5 %, time 74.6 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 97.7 %, time 74.4 %, host 97.7 %, records 95.3 %), in a
// worktree at 717472f with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Autoware's epoch inside the severity's bracket, which trawl
// does not read as the time, the compose line of the longest service name, which trawl joins to
// the line above it, and Genesis's time of day after the `[Genesis]` tag, which trawl does not read.

var fresh658Cases = []worldCase{
	{
		name:   "autoware-launch-severity-time-caller-format",
		gap:    "the epoch after the severity word in the same bracket (`[WARN 1795938078.250117093]`) is not read as the record's time; the severity is",
		source: "Autoware's recommended console format under ros2 launch (`RCUTILS_CONSOLE_OUTPUT_FORMAT=\"[{severity} {time}] [{name}]: {message} ({function_name}() at {file_name}:{line_number})\"`, the launch's `[process-N]` prefix before it; launch's own `[INFO] [process-N]: process started with pid […]`): autowarefoundation/autoware-documentation PR #283 (console-logging doc), the rendered lines in ros2/rmw_zenoh PR #245, the launch prefix in autowarefoundation/autoware issue #6180",
		why:    "the severity and the epoch with nanoseconds share one bracket; the caller `(fn() at file:line)` closes the line and is no time; FATAL is Critical; launch's own line carries no time",
		entries: []worldEntry{
			we("", Info, "", "[INFO] [component_container_mt-12]: process started with pid [48211]"),
			we("2026-11-29T07:41:17.104882311Z", Info, "", "[component_container_mt-12] [INFO 1795938077.104882311] [planning.scenario_planning.lane_driving.behavior_planning.behavior_path_planner]: waiting for route and odometry (isDataReady() at /opt/autoware/src/universe/autoware_universe/planning/behavior_path_planner/autoware_behavior_path_planner/src/behavior_path_planner_node.cpp:228)"),
			we("2026-11-29T07:41:18.250117093Z", Warn, "", "[component_container_mt-12] [WARN 1795938078.250117093] [planning.scenario_planning.lane_driving.motion_planning.motion_velocity_planner]: no current odometry yet, skipping this cycle (on_timer() at /opt/autoware/src/universe/autoware_universe/planning/motion_velocity_planner/autoware_motion_velocity_planner_node/src/node.cpp:301)"),
			we("2026-11-29T07:41:19.633405218Z", Error, "", "[component_container_mt-31] [ERROR 1795938079.633405218] [control.trajectory_follower.controller_node_exe]: control is skipped since input data is not ready (callbackTimerControl() at /opt/autoware/src/universe/autoware_universe/control/autoware_trajectory_follower_node/src/controller_node.cpp:214)"),
			we("2026-11-29T07:41:19.640011827Z", Debug, "", "[component_container_mt-31] [DEBUG 1795938079.640011827] [control.trajectory_follower.controller_node_exe]: lateral steer_cmd=0.0312 rad, longitudinal acc_cmd=-0.41 m/s2 (callbackTimerControl() at /opt/autoware/src/universe/autoware_universe/control/autoware_trajectory_follower_node/src/controller_node.cpp:241)"),
			we("2026-11-29T07:41:20.002198144Z", Critical, "", "[lanelet2_map_loader-4] [FATAL 1795938080.002198144] [map.lanelet2_map_loader]: failed to load lanelet2 map /home/ines/autoware_map/harbour-loop/lanelet2_map.osm (on_map_file() at /opt/autoware/src/universe/autoware_universe/map/autoware_map_loader/src/lanelet2_map_loader/lanelet2_map_loader_node.cpp:97)"),
		},
	},
	{
		name:   "autoware-docker-compose-planning-simulator",
		gap:    "the `autoware-visualizer | [rviz2-1] …` line (the longest service name, one blank before the bar) is joined to the ERROR line above it instead of standing as a record of its own, so its level, time and host are lost",
		source: "Autoware's planning simulator run with its docker-compose.yaml (compose's `service   | ` prefix padded to the longest service name, then ros2 launch's `[process-N] [LEVEL] [epoch] [logger]: msg`): autowarefoundation/autoware PR #6184 (a pasted run)",
		why:    "the compose service name and the launch process are no host; the level and the epoch are the bracketed ROS 2 fields after them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.404150927Z", Info, "", "autoware-vehicle    | [robot_state_publisher-1] [INFO] [1795938076.404150927] [robot_state_publisher]: got segment base_link"),
			we("2026-11-29T07:41:16.404166135Z", Info, "", "autoware-vehicle    | [robot_state_publisher-1] [INFO] [1795938076.404166135] [robot_state_publisher]: got segment lidar_top_base_link"),
			we("2026-11-29T07:41:17.118204556Z", Warn, "", "autoware-map        | [lanelet2_map_loader-2] [WARN] [1795938077.118204556] [map.lanelet2_map_loader]: lanelet 40212 has no speed limit, using the default of 13.89 m/s"),
			we("2026-11-29T07:41:19.883201447Z", Error, "", "autoware-planning   | [component_container_mt-7] [ERROR] [1795938079.883201447] [planning.scenario_planning.scenario_selector]: route is not set, cannot select a scenario"),
			we("2026-11-29T07:41:20.50133782Z", Info, "", "autoware-visualizer | [rviz2-1] [INFO] [1795938080.501337820] [rviz2]: Stereo is NOT SUPPORTED"),
		},
	},
	{
		name:   "autoware-scenario-simulator-nested-launch",
		source: "scenario_simulator_v2 driving Autoware (openscenario_interpreter's launch relays Autoware's launch output, so two `[process-N]` prefixes stand before `[LEVEL] [epoch] [logger]: msg`): autowarefoundation/autoware issue #6180 (a pasted run)",
		why:    "two process prefixes before the ROS 2 fields; `Set ERROR in diagnostics.` is a message word, not the WARN line's level",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.515612264Z", Warn, "", "[openscenario_interpreter_node-3] [autoware_topic_state_monitor_node-9] [WARN] [1795938081.515612264] [system.topic_state_monitor_object_recognition_objects]: /perception/object_recognition/objects topic is timeout. Set ERROR in diagnostics."),
			we("2026-11-29T07:41:21.578983867Z", Warn, "", "[openscenario_interpreter_node-3] [autoware_duplicated_node_checker_node-3] [WARN] [1795938081.578983867] [system.duplicated_node_checker]: /simulation/ego_entity node is duplicated."),
			we("2026-11-29T07:41:21.739066403Z", Info, "", "[openscenario_interpreter_node-3] [component_container_mt-40] [INFO] [1795938081.739066403] [control.trajectory_follower.lane_departure_checker_node]: lane departure checker is ready"),
			we("2026-11-29T07:41:22.06621715Z", Error, "", "[openscenario_interpreter_node-3] [planning_validator_node-21] [ERROR] [1795938082.066217150] [planning.planning_validator]: trajectory is invalid, validation failed 3 times in a row"),
			we("2026-11-29T07:41:22.937824044Z", Info, "", "[openscenario_interpreter_node-3] [component_container_mt-53] [INFO] [1795938082.937824044] [rclcpp]: signal_handler(signum=2)"),
		},
	},
	{
		name:   "rtabmap-ros2-ulogger-mixed",
		source: "rtabmap_ros under ROS 2 run from a terminal (the node's rclcpp lines `[LEVEL] [epoch] [rtabmap]: msg` between RTAB-Map's own ULogger lines `[ WARN] (yyyy-MM-dd HH:mm:ss.SSS) File.cpp:line::function() msg`): introlab/rtabmap issue #1181 (a pasted run)",
		why:    "two shapes in one stream: the ROS 2 epoch and ULogger's zone-less local stamp in parentheses (read as UTC); ULogger's level padded to five in brackets; `stamp=` in a message is no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:24.689713373Z", Info, "", "[INFO] [1795938084.689713373] [rtabmap]: rtabmap (8): Rate=1.00s, Limit=0.000s, Conversion=0.0005s, RTAB-Map=0.0456s, Maps update=0.0001s pub=0.0000s (local map=8, WM=8)"),
			we("2026-11-29T07:41:25.904Z", Warn, "", "[ WARN] (2026-11-29 07:41:25.904) Rtabmap.cpp:4462::process() Republishing data of requested node(s) 3 (Rtabmap/MaxRepublished=2)"),
			we("2026-11-29T07:41:25.908058129Z", Info, "", "[INFO] [1795938085.908058129] [rtabmap]: rtabmap (9): Rate=1.00s, Limit=0.000s, Conversion=0.0018s, RTAB-Map=0.0541s, Maps update=0.0001s pub=0.0028s (local map=9, WM=9)"),
			we("2026-11-29T07:41:26.331Z", Error, "", "[ERROR] (2026-11-29 07:41:26.331) DBDriverSqlite3.cpp:1120::getNodeDataQuery() DB error (code 11): database disk image is malformed"),
			we("2026-11-29T07:41:26.412000981Z", Warn, "", "[WARN] [1795938086.412000981] [rtabmap]: Could not get transform from odom to base_link after 0.200000 seconds (for stamp=1795938086.201100)! Error=\"Lookup would require extrapolation into the future.\""),
		},
	},
	{
		name:   "rtabmap-ros1-sim-time-ulogger",
		source: "rtabmap_ros under ROS 1 with use_sim_time (roslaunch's `process[ns/node-N]: started with pid [N]`, rosconsole's `[ INFO] [wall, sim]: msg` with the wall epoch and the simulated clock, and RTAB-Map's ULogger lines between them): introlab/rtabmap_ros issues #286 and #750 (pasted runs)",
		why:    "the first number in rosconsole's bracket is the wall time, the second (`267.670000000`) the simulated clock and no time; ULogger's `(yyyy-MM-dd HH:mm:ss.SSS)` is zone-less (UTC); roslaunch's started line has no time and no level",
		entries: []worldEntry{
			we("", Unknown, "", "process[rtabmap/rtabmap-3]: started with pid [4117]"),
			we("2026-11-29T07:41:28.896654645Z", Info, "", "[ INFO] [1795938088.896654645, 267.670000000]: rtabmap (250): Rate=1.00s, Limit=0.700s, RTAB-Map=0.0781s, Maps update=0.0106s pub=0.0006s (local map=58, WM=58)"),
			we("2026-11-29T07:41:29.905Z", Warn, "", "[ WARN] (2026-11-29 07:41:29.905) Rtabmap.cpp:2019::process() Rejected loop closure 41 -> 252: Not enough inliers 4/20 (matches=9) between 41 and 252"),
			we("2026-11-29T07:41:29.919758409Z", Info, "", "[ INFO] [1795938089.919758409, 268.700000000]: rtabmap (251): Rate=1.00s, Limit=0.700s, RTAB-Map=0.0603s, Maps update=0.0077s pub=0.0011s (local map=58, WM=58)"),
			we("2026-11-29T07:41:30.120004551Z", Error, "", "[ERROR] [1795938090.120004551, 268.900000000]: Lookup would require extrapolation into the past.  Requested time 268.410000000 but the earliest data is at time 268.500000000, when looking up transform from frame [base_footprint] to frame [map]"),
		},
	},
	{
		name:   "behaviortree-cpp-stdcout-logger",
		source: "BehaviorTree.CPP's StdCoutLogger (as Nav2 trees use it: `printf(\"[%.3f]: %s%s %s -> %s\", since_epoch, name, padding to 25, prev, status)`): BehaviorTree/BehaviorTree.CPP src/loggers/bt_cout_logger.cpp (v3 and v4, found with the code search), issues #445 and #643",
		why:    "epoch seconds with milliseconds in brackets; the node name padded to 25; IDLE, RUNNING, SUCCESS and FAILURE are node states, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "[1795938076.412]: NavigateRecovery          IDLE -> RUNNING"),
			we("2026-11-29T07:41:16.413Z", Unknown, "", "[1795938076.413]: ComputePathToPose         IDLE -> RUNNING"),
			we("2026-11-29T07:41:16.587Z", Unknown, "", "[1795938076.587]: ComputePathToPose         RUNNING -> SUCCESS"),
			we("2026-11-29T07:41:16.588Z", Unknown, "", "[1795938076.588]: FollowPath                IDLE -> RUNNING"),
			we("2026-11-29T07:41:21.902Z", Unknown, "", "[1795938081.902]: FollowPath                RUNNING -> FAILURE"),
			we("2026-11-29T07:41:21.903Z", Unknown, "", "[1795938081.903]: ClearLocalCostmap         IDLE -> SUCCESS"),
		},
	},
	{
		name:   "ompl-console-output-handler",
		source: "OMPL's default OutputHandlerSTD (the planner library under MoveIt: `Debug:   `, `Info:    `, `Warning: `, `Error:   ` padded to nine, and under a warning or an error a second line `         at line N in file`): ompl/ompl src/ompl/util/src/Console.cpp (found with read_file), ompl/ompl issue #890 and PR #743 (OMPL_INFORM's planner messages)",
		why:    "no time at all; the level word padded to nine columns; the `at line N in file` line belongs to the warning or error above it",
		entries: []worldEntry{
			we("", Debug, "", "Debug:   RRTConnect: Planner range detected to be 2.718405"),
			we("", Info, "", "Info:    RRTConnect: Starting planning with 1 states already in datastructure"),
			we("", Warn, "",
				"Warning: RRTConnect: Skipping invalid start state (invalid state)",
				"         at line 252 in /build/ompl-1.6.0/src/ompl/geometric/planners/rrt/src/RRTConnect.cpp"),
			we("", Error, "",
				"Error:   RRTConnect: Motion planning start tree could not be initialized!",
				"         at line 259 in /build/ompl-1.6.0/src/ompl/geometric/planners/rrt/src/RRTConnect.cpp"),
			we("", Info, "", "Info:    RRTConnect: Created 318 states (151 start + 167 goal)"),
			we("", Info, "", "Info:    Solution found in 0.041826 seconds"),
		},
	},
	{
		name:   "genesis-console-time-of-day",
		gap:    "the time of day in the second bracket, after the `[Genesis]` tag (`[Genesis] [07:41:30] [INFO]`), is not read; the level is",
		source: "Genesis (the embodied-AI physics simulator) logger with its default short time (`[Genesis] [HH:MM:SS] [LEVEL] msg`, levelname DEBUG INFO WARNING ERROR): Genesis-Embodied-AI/Genesis genesis/logging/logger.py (GenesisFormatter, found with read_file)",
		why:    "a `[Genesis]` tag, then a time of day with no date (the clock's day, read as UTC), then the level name in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:30Z", Info, "", "[Genesis] [07:41:30] [INFO] Running on [NVIDIA GeForce RTX 4070] with backend gs.cuda. Device memory: 11.99 GB."),
			we("2026-11-29T07:41:31Z", Info, "", "[Genesis] [07:41:31] [INFO] Adding <gs.RigidEntity>. idx: 1, uid: <91d4b2c>, morph: <gs.morphs.MJCF(file='xml/franka_emika_panda/panda.xml')>, material: <gs.materials.Rigid>."),
			we("2026-11-29T07:41:32Z", Debug, "", "[Genesis] [07:41:32] [DEBUG] Building collision pairs for 11 links."),
			we("2026-11-29T07:41:33Z", Warn, "", "[Genesis] [07:41:33] [WARNING] Neutral robot position (qpos0) exceeds joint limits."),
			we("2026-11-29T07:41:40Z", Error, "", "[Genesis] [07:41:40] [ERROR] Exception caught, terminating Genesis..."),
		},
	},
}

func TestFresh658Formats(t *testing.T) { assertTable(t, fresh658Cases) }
func TestFresh658Score(t *testing.T) {
	checkScore(t, "fresh658 formats", fresh658Cases, [worldNumFields]float64{97.4, 74.5, 97.4, 94.9})
}
