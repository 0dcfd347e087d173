package parse

import "testing"

// The eight-hundred-and-fifth fresh table: healthcare integration, another pass. Each family is one
// product's own output: Open Hospital's log4j2 console (a bracketed day-month-name date and a
// bracketed user-group:user before the level); Snowstorm, the SNOMED CT terminology server, under
// systemd (a journal header around Spring Boot's own line); the dcm4chee 2.x archive in Bahmni's
// container (JBoss 4 console, a time of day only, with deployment stack traces); the same archive's
// server.log file (JBoss 4 `%d %-5p [%c] (%t) %m%n`); knopkem's dicomweb-proxy on the console (a
// time-of-day line with a padded level, among DCMTK's untimed letter-colon lines); the OpenMRS SDK's
// `mvn openmrs-sdk:run` console (Maven's bracketed level, no time); the HAPI HL7v2 MLLP listener
// logging through slf4j-simple (thread in brackets, level, logger, no time); and DCMTK's output
// through dicom-dimse-native's store SCP (letter-colon lines, no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `mirth`, `nextgen`, `hapi`, `fhir`, `orthanc`, `dcm4che`, `openemr`,
// `openmrs`, `bahmni`, `openelis`, `hl7`, `mllp`, `dicom`, `bika`, `senaite`, `gnuhealth`,
// `openclinic`, `ihe`, `intersystems`, `iris`, `ensemble`, `rhapsody`, `cloverleaf`, `corepoint`,
// `medplum`, `aidbox`, `smile`, `dhis2`, `openhim`, `opencr`, `ibm fhir`, `linuxforhealth`,
// `conquest`, `dcm4chee`, `pacs`, `ohif`, `xnat`, `redcap`, `librehealth`, `openehr`, `ehrbase`,
// `firely`, `vonk`, `blaze`, `hapi-fhir`, `qvera`, `iguana`, `open integration engine`,
// `bridgelink`, `santedb`, `openlmis`, `commcare`, `kheops`, `hl7apy`, `python-hl7`, `node-hl7`,
// `nhapi`, `ResponseEncoding`, `dcm4chee2`, `dcm4chee-2`, `jboss 4`, `trytond`, `hospitalrun`,
// `kenyaemr`, `ihris`, `snowstorm`, `ontoserver`, `validator_cli`, `openmrs-sdk`, `atomfeed`,
// `bahmni-reports`, `lyniate`, `camel-hl7`, `openempi`, `hapi-hl7`, `ca.uhn.hl7v2`, `dicomweb`,
// `clearcanvas`, `openhospital`, `open hospital`, `OHUser`, `pypeman`, `elixir-mllp`, `mllp-http`,
// `erp-connect`, `openclinica`, `informatics-gateway`, `hastehealth`, `dicomweb-pacs`, `alvearie`,
// `MainDeployer`, `slf4j-simple`, `SimpleServer`, `synthea`, `openmrs-sdk:run`. Mirth/NextGen
// Connect, HAPI FHIR, Orthanc, dcm4chee-arc, OpenEMR, OpenMRS, Bahmni's OpenMRS, OpenELIS Global
// and most engines are measured already and were left out; Snowstorm, dcm4chee2, the OpenMRS SDK
// and hapi-hl7 match only grep lists, `jboss 4` and `slf4j-simple` match other products with the
// same layout (measured here for the product), `MainDeployer` matched only fresh58's JBoss lines.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). No line carries a zone: every time is taken as UTC. A time of day without
// a date (the JBoss 4 console, dicomweb-proxy) is on the clock's day, 2026-11-29; the journal's
// year-less date is in 2026, and the journal line carries two versions of its own time (equal
// here). Lines with no time (Maven's [INFO] lines, slf4j-simple's default layout, DCMTK's `D: `
// lines) expect "". Levels: Open Hospital's, Spring Boot's, JBoss's, dicomweb-proxy's and
// slf4j-simple's level words, Maven's bracketed [INFO]/[WARNING]/[ERROR], and DCMTK's one letter
// before a colon (D I W E F) are levels; nothing else is. Host: only the journal's host field
// (Snowstorm); AE titles, peer addresses and the user in Open Hospital's brackets are not hosts.
//
// Its first figure, scored at commit cab9b82 before any rule for it: level 91.9 %, time 95.0 %,
// host 95.0 %, records 92.5 %. That is the macro figure (micro: level 91.2 %, time 94.1 %, host
// 94.1 %, records 91.2 %), in a worktree at cab9b82 with no change to trawl's code (only this file
// and table_test.go's list), 6 of 8 families fully right; the gaps: dicomweb-proxy's untimed DCMTK
// `D: `/`I: ` lines are joined to the timed line before them, and the systemd line closing the
// Snowstorm journal is read with no level where this table expects Info (that line carries no
// level marker, so the expectation, fixed before the first run, was itself wrong by the rules of
// world_test.go: at landing it was set to Unknown, the one expectation of this table changed after a
// run, and the first figure above is kept as scored).

var fresh805Cases = []worldCase{
	{
		name:   "open-hospital-log4j2-console",
		source: "Open Hospital (informatici) log4j2.properties console pattern `[%d{dd/MMM/yyyy HH:mm:ss}] [%X{OHUserGroup}:%X{OHUser}] %-p - %m%n` (code search: Open Hospital log4j2.properties; informatici/openhospital-doc PR #241)",
		why:    "the date is day/month-name/year inside brackets, then a bracketed group:user MDC pair, then an unpadded level and a dash",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[29/Nov/2026 07:41:16] [admin:admin] INFO - Open Hospital version 1.14.2 starting"),
			we("2026-11-29T07:41:18Z", Info, "", "[29/Nov/2026 07:41:18] [doctors:mwangi] INFO - Opening patient record 48813"),
			we("2026-11-29T07:41:19Z", Warn, "", "[29/Nov/2026 07:41:19] [doctors:mwangi] WARN - Exam code LAB-071 has no default result"),
			we("2026-11-29T07:41:22Z", Error, "", "[29/Nov/2026 07:41:22] [pharmacy:okello] ERROR - Unable to save movement: lot 2026-B17 is expired"),
		},
	},
	{
		name:   "snowstorm-systemd-journal-spring-boot",
		source: "Snowstorm (IHTSDO) run as a systemd service: journal `Mon dd HH:MM:SS host java[pid]: ` around Spring Boot's `yyyy-MM-dd HH:mm:ss.SSS LEVEL pid --- [thread] logger : msg`: IHTSDO/snowstorm issue #143",
		why:    "a year-less journal header with the host, then the Spring Boot line with its own full time and level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.102Z", Info, "termsrv01", "Nov 29 07:41:16 termsrv01 java[52114]: 2026-11-29 07:41:16.102  INFO 52114 --- [           main] org.snomed.snowstorm.SnowstormApplication  : Starting SnowstormApplication v10.5.1 using Java 17.0.12"),
			we("2026-11-29T07:41:29Z|2026-11-29T07:41:29.540Z", Warn, "termsrv01", "Nov 29 07:41:29 termsrv01 java[52114]: 2026-11-29 07:41:29.540  WARN 52114 --- [           main] o.s.s.core.data.services.BranchService   : Branch MAIN/SNOMEDCT-NZ is locked, waiting"),
			we("2026-11-29T07:41:31Z|2026-11-29T07:41:31.877Z", Error, "termsrv01", "Nov 29 07:41:31 termsrv01 java[52114]: 2026-11-29 07:41:31.877 ERROR 52114 --- [           main] o.s.boot.SpringApplication               : Application run failed"),
			we("2026-11-29T07:41:32Z", Unknown, "termsrv01", "Nov 29 07:41:32 termsrv01 systemd[1]: snowstorm.service: Main process exited, code=exited, status=1/FAILURE"),
		},
	},
	{
		name:   "bahmni-dcm4chee2-jboss4-console",
		source: "dcm4chee 2.x (JBoss 4.2) container console in bahmni-standard, `%d{ABSOLUTE} %-5p [%c{1}] %m%n` with deployment stack traces: dcm4che/dcm4che issue #1508",
		why:    "a time of day only, with a comma before the milliseconds; the short logger in brackets; a tab-indented Java trace belongs to its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.212Z", Info, "", "07:41:16,212 INFO  [Server] Starting JBoss (MX MicroKernel)..."),
			we("2026-11-29T07:41:40.734Z", Error, "",
				"07:41:40,734 ERROR [MainDeployer] Could not create deployment: file:/var/lib/bahmni/dcm4chee/server/default/deploy/dcm4chee-hl7-service.xml",
				"org.jboss.deployment.DeploymentException: - nested throwable: (java.lang.reflect.InvocationTargetException)",
				"\tat org.jboss.system.ServiceConfigurator.install(ServiceConfigurator.java:196)",
				"\tat org.jboss.system.ServiceController.install(ServiceController.java:226)",
				"\tat org.jboss.mx.server.Invocation.dispatch(Invocation.java:94)"),
			we("2026-11-29T07:41:41.005Z", Warn, "", "07:41:41,005 WARN  [FileSystemMgt2Service] No writable file system configured for group ONLINE_STORAGE"),
			we("2026-11-29T07:41:42.318Z", Info, "", "07:41:42,318 INFO  [Server] JBoss (MX MicroKernel) [4.2.3.GA (build: SVNTag=JBoss_4_2_3_GA date=200807181417)] Started in 26s:106ms"),
		},
	},
	{
		name:   "dcm4chee2-jboss4-server-log-file",
		source: "dcm4chee 2.x server/default/log/server.log, JBoss 4 jboss-log4j.xml FILE appender `%d %-5p [%c] (%t) %m%n`: from memory (the console shape confirmed by dcm4che/dcm4che issue #1508)",
		why:    "a full date with a comma before the milliseconds, the full logger in brackets and the thread in parentheses; a trace after its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:50.118Z", Info, "", "2026-11-29 07:41:50,118 INFO  [org.dcm4chex.archive.dcm.storescp.StoreScpService] (TCPServer-1) Accepted association from CT_WARD3 at 10.20.4.17"),
			we("2026-11-29T07:41:51.402Z", Debug, "", "2026-11-29 07:41:51,402 DEBUG [org.dcm4chex.archive.dcm.storescp.StoreScpService] (TCPServer-1-7) M-WRITE file:/var/lib/bahmni/dcm4chee/archive/2026/11/29/7/4E1A0B22/9C3D11F0"),
			we("2026-11-29T07:41:52.660Z", Error, "",
				"2026-11-29 07:41:52,660 ERROR [org.dcm4chex.archive.mbean.HL7SendService] (JMS SessionPool Worker-3) Failed to send ORM^O01 to OPENMRS^BAHMNI",
				"java.net.ConnectException: Connection refused",
				"\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
				"\tat org.dcm4chex.archive.mbean.HL7SendService.send(HL7SendService.java:311)"),
			we("2026-11-29T07:41:53.007Z", Warn, "", "2026-11-29 07:41:53,007 WARN  [org.dcm4chex.archive.ejb.session.StorageBean] (TCPServer-1-7) Patient ID GAN203311 has no issuer, using default"),
		},
	},
	{
		name:   "dicomweb-proxy-node-console",
		source: "knopkem/dicomweb-proxy (and dicomweb-pacs) console: its logger's `HH:mm:ss.SSS LEVEL  msg` lines among DCMTK's `D: `/`I: ` lines from dicom-dimse-native: knopkem/dicomweb-proxy issue #123, knopkem/dicomweb-pacs issues #64 and #47",
		why:    "a time of day only with a padded level; DCMTK's letter-colon lines carry a level but no time, and are records of their own",
		gap:    "records: the untimed DCMTK lines `D: setting network send timeout to 60 seconds` and `I: Requesting Association` are joined as continuation lines to the timed `07:41:32.345 INFO  sending C-ECHO ...` before them, so their levels (Debug, Info) and their own empty time are lost; trawl does not treat DCMTK's letter-colon prefix as a record start after a timed line",
		entries: []worldEntry{
			we("2026-11-29T07:41:29.317Z", Info, "", "07:41:29.317 INFO  starting webserver...5000"),
			we("2026-11-29T07:41:32.345Z", Info, "", "07:41:32.345 INFO  sending C-ECHO to target: RADPACS01"),
			we("", Debug, "", "D: setting network send timeout to 60 seconds"),
			we("", Info, "", "I: Requesting Association"),
			we("2026-11-29T07:41:32.980Z", Error, "", "07:41:32.980 ERROR {\"code\":2,\"container\":null,\"message\":\"Association Request failed: Failed to establish association\",\"status\":\"failure\"}"),
		},
	},
	{
		name:   "openmrs-sdk-run-maven-console",
		source: "OpenMRS SDK `mvn openmrs-sdk:run` console: Maven's `[INFO]`/`[WARNING]`/`[ERROR]` prefix with no time: from memory",
		why:    "a bracketed level word first and no time at all; WARNING and ERROR spelled out",
		entries: []worldEntry{
			we("", Info, "", "[INFO] --- openmrs-sdk-maven-plugin:5.11.0:run (default-cli) @ standalone-pom ---"),
			we("", Info, "", "[INFO] Starting server refapp3 with OpenMRS Platform 2.7.2"),
			we("", Warn, "", "[WARNING] Server refapp3 is using Java 21 but the distribution was built for Java 17"),
			we("", Error, "", "[ERROR] Failed to execute goal org.openmrs.maven.plugins:openmrs-sdk-maven-plugin:5.11.0:run (default-cli): Port 8080 is already in use"),
		},
	},
	{
		name:   "hapi-hl7v2-mllp-listener-slf4j-simple",
		source: "HAPI HL7v2 (ca.uhn.hl7v2) SimpleServer/HL7Service logging through slf4j-simple's default layout `[thread] LEVEL logger - msg` (showDateTime false): from memory",
		why:    "no time at all; the thread in brackets comes before the level",
		entries: []worldEntry{
			we("", Info, "", "[main] INFO ca.uhn.hl7v2.app.SimpleServer - SimpleServer running on port 2575"),
			we("", Info, "", "[hapi-worker-3] INFO ca.uhn.hl7v2.app.Receiver - Receiver for connection from 10.30.1.44 started"),
			we("", Warn, "", "[hapi-worker-3] WARN ca.uhn.hl7v2.protocol.impl.AppRoutingDataImpl - No application registered for ADT^A08"),
			we("", Error, "", "[hapi-worker-4] ERROR ca.uhn.hl7v2.app.Responder - Error processing message: Can't parse message beginning MSH|^~\\&|LAB"),
		},
	},
	{
		name:   "dicom-dimse-native-storescp-debug",
		source: "knopkem/dicom-dimse-native startStoreScp with verbose output: DCMTK's oflog `L: msg` lines (D I W E F), no time: knopkem/dicom-dimse-native issue #65",
		why:    "one level letter and a colon, no time; every line is its own record",
		entries: []worldEntry{
			we("", Info, "", "I: Association Received 10.20.4.17: CT_WARD3 -> DICOMWEB_PACS"),
			we("", Debug, "", "D: DcmDataset::read() TransferSyntax=\"Little Endian Explicit\""),
			we("", Debug, "", "D: DcmFileFormat::validateMetaInfo() found 7 Elements in DcmMetaInfo 'metinf'"),
			we("", Warn, "", "W: Storing file with unknown SOP Class 1.2.840.10008.5.1.4.1.1.481.99"),
			we("", Error, "", "E: Store SCP Failed: 0006:0317 Peer aborted Association (or never connected)"),
		},
	},
}

func TestFresh805Formats(t *testing.T) { assertTable(t, fresh805Cases) }
func TestFresh805Score(t *testing.T) {
	checkScore(t, "fresh805 formats", fresh805Cases, [worldNumFields]float64{94.9, 94.9, 94.9, 92.4})
}
