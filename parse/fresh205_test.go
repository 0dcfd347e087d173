package parse

import "testing"

// The two-hundred-and-fifth fresh table, written on 2026-12-05: security SaaS and EDR exports as
// a SOC receives them in 2025-2026. Each family is one product's documented or observed export,
// feed or relay output: CrowdStrike's Falcon Data Replicator events (epoch times as quoted strings)
// and the Falcon SIEM Connector's JSON output (metadata.eventCreationTime, event.ComputerName);
// Cortex XDR's CEF alert notifications behind an RFC 5424 header with every field but the time
// nil; the Okta System Log API's events; Duo's Admin API authentication log dumped with indent=4
// (one record over some thirty lines); Microsoft Defender for Endpoint's Streaming API records in
// a storage account and an advanced hunting CSV export (its header row a wskip); Trend Micro Email
// Security's CEF as a Microsoft Sentinel user copies it from the Syslog table; Cloudflare Zero
// Trust Logpush's gateway_dns with the default unixnano timestamps and access_requests with unix
// seconds; GuardDuty findings exported to S3; Google Workspace Reports API activities; Sophos
// Central's SIEM Integration script in its keyvalue and CEF-over-syslog outputs and its fork's own
// tab-separated diagnostic log; SentinelOne's management activities.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its
// line first (`crowdstrike`, `falcon`, `FDR`, `event_simpleName`, `ContextTimeStamp`,
// `falconhose`, `customerIDString`, `eventCreationTime`, `DetectionSummaryEvent`, `falconctl`,
// `sentinelone`, `SentinelOne`, `Deep Visibility`, `agentDetectionInfo`, `sentinelctl`,
// `Defender`, `DeviceProcessEvents`, `Timestamp,DeviceId`, `AdvancedHunting-`, `operationName`,
// `DeviceName`, `mdatp`, `wdavdaemon`, `sentinel`, `azuremonitoragent`, `mdsd`, `AMA`, `netskope`,
// `Netskope`, `x-cs-`, `zscaler`, `Zscaler`, `NSS`, `ZCC`, `okta`, `"published"`,
// `displayMessage`, `eventType`, `severity":"INFO`, `duo`, `duoauthproxy`, `access_device`,
// `isotimestamp`, `cloudflare`, `"Datetime"`, `QueryName`, `EdgeStartTimestamp`, `unixnano`,
// `timestamp_format`, `gateway`, `cortex`, `Cortex XDR`, `xdr`, `sophos`, `sophos central`,
// `sophos-central`, `when=`, `trend micro`, `Vision One`, `Workbench`, `wiz`, `lacework`,
// `datacollector`, `guardduty`, `aws.guardduty`, `detail-type`, `GuardDuty Finding`, `workspace`,
// `admin.googleapis`, `admin#reports`, `uniqueQualifier`, `protoPayload`, `CEF:`, `LEEF:`,
// `dhost=`, `shost=`, `Computer=`, `Tanium`, `Carbon Black`, `cbdefense`, `Elastic Defend`,
// `osquery`, `Wazuh`, `proofpoint`, `mimecast`). CrowdStrike is in fresh34 and fresh88 only as the
// Falcon sensor's syslog and journal lines; FDR and the SIEM Connector's output are in none.
// Defender is in fresh88 (mdatp's own log), fresh115 (MpDetection) and others as the Windows
// antivirus; its streamed records and hunting exports are in none. Cloudflare's Logpush is in
// fresh142 (firewall_events and gateway_network, both with timestamp_format rfc3339); the default
// unixnano and unix options, gateway_dns and access_requests are in none. Sophos is in many tables
// as UTM, SFOS and XG; Sophos Central's SIEM output is in none. Duo is in fresh7 (Authentication
// Proxy) and fresh130 (login_duo), Trend Micro in fresh14, fresh48 and fresh121 (Deep Security,
// DDI, IMSVA) and a Sentinel Syslog-table copy in fresh169 (Barracuda); the Admin API log, TMES
// and its ISO rt= are in none. Okta, Cortex XDR's own CEF, GuardDuty, Workspace and SentinelOne's
// activities are in no table. Left out as measured already: Zscaler NSS web, firewall, DNS and
// audit feeds in their default, JSON and CEF formats and ZPA's LSS (fresh13, fresh20, fresh75,
// fresh169), Netskope behind a PRI (fresh145), the Strata Logging Service forwarder (fresh69),
// FortiEDR (fresh140). Left out for want of a page that settled the lines: SentinelOne's CEF and
// Deep Visibility exports, Trend Vision One's CEF (only SIEM parsers' regexes were found), Wiz,
// Lacework's agent log, the Azure Monitor Agent's own mdsd log, Netskope's transaction events and
// the Falcon SIEM Connector's own log. The table holds 16 families, short of the 20 asked for.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Epoch times are read as UTC whether written as numbers (eventCreationTime,
// UTCTimestamp and Duo's timestamp, Cloudflare's Datetime in nanoseconds and CreatedAt in seconds)
// or as quoted strings (FDR's timestamp in milliseconds, ContextTimeStamp in seconds with
// milliseconds); Cortex XDR's `+01:00` is converted. A record that carries two versions of its own
// time accepts either: FDR's cloud and sensor times, Defender's `time` and properties.Timestamp,
// Duo's isotimestamp and timestamp, Cortex XDR's header and end=, the Sentinel copy's header and
// rt=, Sophos' rt (created_at) and end (when), GuardDuty's updatedAt and createdAt,
// SentinelOne's createdAt and updatedAt. Levels only where the source writes one: a syslog PRI
// (Cortex XDR's 14, siem.py's 30), Okta's severity (INFO, WARN), the fork's level column. A CEF
// severity, a detection's Severity/SeverityName, a finding's numeric severity and Sophos'
// low/medium/high are the event's importance, not a level. The host is the record's host field:
// the Falcon connector's event.ComputerName on a detection, Defender's DeviceName (in properties,
// and the CSV's column), the forwarder's name in the Sentinel copy's header; CEF's shost and dhost
// are a source and a destination by the format's own dictionary (Cortex XDR, Sophos), and a
// client's device or address (Okta, Duo, Cloudflare, Workspace), an agent id (FDR's aid) or a
// finding's subject (GuardDuty's instance) is no host. Duo's indented record is one entry.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages
// are invented, and every time is on 2026-11-29. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cb5872b before any rule for it: level 97.9 %, time 82.8 %, host 90.6 %, records 100.0 %.
// That is the macro figure (micro: level 98.2 %, time 80.0 %, host 90.9 %, records 100.0 %), in a
// worktree at cb5872b with no change to trawl's code (only this file and table_test.go's list), 11
// of 16 families fully right. Right from the start: FDR's quoted epoch strings, Cortex XDR's
// nil-field RFC 5424 header with its offset, Duo's indented records joined whole, the advanced
// hunting CSV with DeviceName as the host, the Sentinel copy, both Cloudflare epoch options, all
// three Sophos Central outputs and SentinelOne's activities. What fails: the Falcon connector's
// metadata.eventCreationTime, Okta's `published` and Workspace's id.time are not read as times;
// neither the connector's event.ComputerName nor Defender's properties.DeviceName is read as the
// host; a GuardDuty finding's `"severity":2` is read as the level Error. No expectation was changed
// after the first run.

var fresh205Cases = []worldCase{
	{
		name:   "crowdstrike-fdr-ndjson-epoch-strings",
		source: "CrowdStrike Falcon Data Replicator events as the SOC pulls them from the FDR bucket (one JSON object a line, gunzipped: event_simpleName, aid, aip, cid, event_platform, name, id, the cloud's `timestamp` as a string of epoch milliseconds and, on sensor events, ContextTimeStamp as a string of epoch seconds with milliseconds): elastic/integrations PR #1522 (the fdr data stream's sample log) and PR #19387 (test-fdr-new-events.log). No table holds FDR events",
		why:    "the times are quoted numbers: `timestamp` (epoch ms, the cloud's time) and ContextTimeStamp (epoch s.mmm, the sensor's time) are both the record's own; aid is an agent id and aip the sensor's external address, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z|2026-11-29T07:41:15.912Z", Unknown, "", `{"event_simpleName":"ProcessRollup2","ContextTimeStamp":"1795938075.912","ConfigStateHash":"2204513377","ContextProcessId":"1142503887112345","TargetProcessId":"1142503901234567","ImageFileName":"\\Device\\HarddiskVolume3\\Windows\\System32\\cmd.exe","CommandLine":"cmd.exe /c whoami /all","ParentBaseFileName":"WINWORD.EXE","UserSid":"S-1-5-21-1004336348-1177238915-682003330-1104","event_platform":"Win","name":"ProcessRollup2V19","id":"4f1c2a8e-cd21-11f1-9a3b-0661a2b4c7d1","aid":"7c1e9a40b2d34f6e8a1b5c0d9e2f3a41","aip":"203.0.113.40","cid":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","timestamp":"1795938076118"}`),
			we("2026-11-29T07:41:16.402Z|2026-11-29T07:41:16.27Z", Unknown, "", `{"event_simpleName":"DnsRequest","ContextTimeStamp":"1795938076.270","ConfigStateHash":"2204513377","ContextProcessId":"1142503901234567","DomainName":"cdn-update.example.net","RequestType":"1","DualRequest":"0","event_platform":"Win","name":"DnsRequestV4","id":"4f3a9d02-cd21-11f1-8e11-0661a2b4c7d1","aid":"7c1e9a40b2d34f6e8a1b5c0d9e2f3a41","aip":"203.0.113.40","cid":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","timestamp":"1795938076402"}`),
			we("2026-11-29T07:41:58.731Z", Unknown, "", `{"ChannelVersion":"0","event_simpleName":"ChannelVersionRequired","ConfigStateHash":"3818204479","ChannelDiffStatus":"1","aip":"198.51.100.72","ChannelVersionRequired":"0","ChannelId":"12","ConfigBuild":"1007.8.0019301.1","event_platform":"Lin","name":"ChannelVersionRequiredLinV2","id":"5a07e1c4-cd21-11f1-b2d0-02a1c3e5f7a9","ErrorCode":"0","aid":"d2e4f6a8b0c1436587a9bcdef0123456","timestamp":"1795938118731","cid":"0a1b2c3d4e5f40718293a4b5c6d7e8f9"}`),
			we("2026-11-29T07:42:40.015Z|2026-11-29T07:42:39.88Z", Unknown, "", `{"AvailableDiskSpace":"412","AverageCpuUsage":"11","AverageUsedRam":"9120","ConfigStateHash":"2204513377","ContextTimeStamp":"1795938159.880","EffectiveTransmissionClass":"0","Entitlements":"15","EventOrigin":17,"LocalAddressIP4":"10.20.4.17","MaxCpuUsage":"64","MaxUsedRam":"11204","UsedDiskSpace":"98","aid":"7c1e9a40b2d34f6e8a1b5c0d9e2f3a41","cid":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","id":"6b2f8c10-cd21-11f1-9a3b-0661a2b4c7d1","name":"ResourceUtilizationV4","event_simpleName":"ResourceUtilization","event_platform":"Win","timestamp":"1795938160015"}`),
		},
	},
	{
		name:   "crowdstrike-siem-connector-json-output",
		source: "the CrowdStrike Falcon SIEM Connector's JSON output file (cs.falconhoseclient writing the Streaming API's events one a line: `{\"metadata\":{\"customerIDString\":…,\"offset\":…,\"eventType\":…,\"eventCreationTime\":<epoch ms>,\"version\":\"1.0\"},\"event\":{…}}`): wazuh/wazuh issue #8129 (a DetectionSummaryEvent as the connector wrote it), Elastic's exported crowdstrike fields (metadata.eventType values) and Exabeam's Falcon parser (eventCreationTime epoch). fresh34 and fresh88 hold the Falcon sensor's own syslog and journal, not the connector's output",
		why:    "the time is metadata.eventCreationTime in epoch milliseconds (an audit event also carries UTCTimestamp in seconds); the host is event.ComputerName where the event has one (a detection), none on an audit or incident event; Severity and SeverityName are the detection's importance, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "WS-0142", `{"metadata":{"customerIDString":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","offset":884211,"eventType":"DetectionSummaryEvent","eventCreationTime":1795938076000,"version":"1.0"},"event":{"ProcessStartTime":1795938061,"ProcessEndTime":0,"ProcessId":1142503901234567,"ParentProcessId":1142503887112345,"ComputerName":"WS-0142","UserName":"jdoe","DetectName":"Suspicious Activity","DetectDescription":"A process launched by an Office application ran reconnaissance commands.","Severity":4,"SeverityName":"High","FileName":"cmd.exe","FilePath":"\\Device\\HarddiskVolume3\\Windows\\System32","CommandLine":"cmd.exe /c whoami /all","SHA256String":"3d1c9b6f0e2a4c8d7b5a3f1e9c7d5b3a1f0e8d6c4b2a0f9e7d5c3b1a9f8e7d6c","MD5String":"9f4e2a1c7b3d5e6f8a0b1c2d3e4f5a6b","MachineDomain":"CORP","FalconHostLink":"https://falcon.eu-1.crowdstrike.com/activity/detections/detail/7c1e9a40b2d34f6e8a1b5c0d9e2f3a41/107377290011","SensorId":"7c1e9a40b2d34f6e8a1b5c0d9e2f3a41","DetectId":"ldt:7c1e9a40b2d34f6e8a1b5c0d9e2f3a41:107377290011","LocalIP":"10.20.4.17","MACAddress":"00-15-5d-01-02-03","Tactic":"Discovery","Technique":"System Owner/User Discovery","Objective":"Explore","PatternDispositionDescription":"Detection, standard detection.","PatternDispositionValue":0}}`),
			we("2026-11-29T07:43:11.512Z|2026-11-29T07:43:11Z", Unknown, "", `{"metadata":{"customerIDString":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","offset":884212,"eventType":"AuthActivityAuditEvent","eventCreationTime":1795938191512,"version":"1.0"},"event":{"UserId":"analyst@corp.example.com","UserIp":"192.0.2.15","OperationName":"userAuthenticate","ServiceName":"CrowdStrike Authentication","Success":true,"UTCTimestamp":1795938191,"AuditKeyValues":[{"Key":"target_name","ValueString":"analyst@corp.example.com"}]}}`),
			we("2026-11-29T07:47:10Z", Unknown, "", `{"metadata":{"customerIDString":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","offset":884219,"eventType":"IncidentSummaryEvent","eventCreationTime":1795938430000,"version":"1.0"},"event":{"IncidentStartTime":1795938061,"IncidentEndTime":1795938302,"FalconHostLink":"https://falcon.eu-1.crowdstrike.com/crowdscore/incidents/details/inc:7c1e9a40b2d34f6e8a1b5c0d9e2f3a41:3b9d2e","State":"open","FineScore":38,"LateralMovement":0,"IncidentType":1,"IncidentID":"inc:7c1e9a40b2d34f6e8a1b5c0d9e2f3a41:3b9d2e","HostID":"7c1e9a40b2d34f6e8a1b5c0d9e2f3a41","LMHostIDs":["7c1e9a40b2d34f6e8a1b5c0d9e2f3a41"],"UserId":"analyst@corp.example.com"}}`),
			we("2026-11-29T07:49:15Z", Unknown, "SRV-FILE01", `{"metadata":{"customerIDString":"0a1b2c3d4e5f40718293a4b5c6d7e8f9","offset":884224,"eventType":"DetectionSummaryEvent","eventCreationTime":1795938555000,"version":"1.0"},"event":{"ProcessStartTime":1795938549,"ProcessEndTime":1795938551,"ProcessId":2207418836001122,"ParentProcessId":2207418830998877,"ComputerName":"SRV-FILE01","UserName":"svc-backup","DetectName":"NGAV","DetectDescription":"This file meets the machine learning-based on-sensor AV protection's medium confidence threshold for malicious files.","Severity":3,"SeverityName":"Medium","FileName":"rclone.exe","FilePath":"\\Device\\HarddiskVolume2\\ProgramData\\tools","CommandLine":"rclone.exe copy D:\\Shares\\Finance remote:bkp","SHA256String":"a7c3e1f5b9d2468ace0f1b3d5c7e9a2b4d6f8e0a1c3e5b7d9f2a4c6e8b0d1f3a","MachineDomain":"CORP","SensorId":"e81f2a3b4c5d46e7f8091a2b3c4d5e6f","DetectId":"ldt:e81f2a3b4c5d46e7f8091a2b3c4d5e6f:214748392210","LocalIP":"10.20.8.21","Tactic":"Machine Learning","Technique":"Sensor-based ML","PatternDispositionDescription":"Prevention, process killed.","PatternDispositionValue":16}}`),
		},
	},
	{
		name:   "cortex-xdr-cef-rfc5424-nil-header-offset",
		source: "Cortex XDR's syslog alert notifications in CEF (`<14>1 <RFC 3339 time with the tenant's offset> - - - - - CEF:0|Palo Alto Networks|Cortex XDR|Cortex XDR 3.x|<source>|<alert name>|<severity>|end=<epoch ms> shost=… suser=['…'] deviceFacility=… cat=… externalId=… request=<alert URL> fs1/fs2 … cs1 … tenantname=…`): a CEF extractor's comment quoting a real Cortex XDR 3.11 line, Exabeam's cef-cortex-xdr-alert-1 parser (tenantname=, deviceFacility=). The Strata Logging Service forwarder (fresh69) and PAN-OS CEF are in earlier tables; Cortex XDR's own is in none",
		why:    "an RFC 5424 header whose HOSTNAME, APP-NAME, PROCID, MSGID and SD are all nil (five dashes), its time with a +01:00 offset; end= repeats the time in epoch ms; shost is the alert's endpoint, a CEF source, not the writer; the PRI 14 is the level, the CEF severity is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:15.81Z", Info, "", `<14>1 2026-11-29T08:41:16+01:00 - - - - - CEF:0|Palo Alto Networks|Cortex XDR|Cortex XDR 3.14.0|XDR Analytics BIOC|Rare scheduled task created|6|end=1795938075810 shost=WS-0142 suser=['CORP\\jdoe'] deviceFacility=None cat=Persistence externalId=88412 request=https://corp.xdr.eu.paloaltonetworks.com/alerts/88412 fs1=False fs1Label=Starred fs2=False fs2Label=Excluded cs1=schtasks.exe cs1Label=Initiated by cs2="schtasks.exe" /Create /SC ONLOGON /TN "EdgeUpdater" /TR "C:\\Users\\Public\\upd.exe" cs2Label=Initiator CMD cs3=SIGNATURE_SIGNED-Microsoft Corporation cs3Label=Signature cs4=WINWORD.EXE cs4Label=CGO name cs5="C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE" /n "C:\\Users\\jdoe\\Downloads\\invoice-4120.docm" cs5Label=CGO CMD cs6=SIGNATURE_SIGNED-Microsoft Corporation cs6Label=CGO Signature tenantname=Corp tenantCDLid=1740211853 CSPaccountname=Corp`),
			we("2026-11-29T07:43:02Z|2026-11-29T07:43:01.44Z", Info, "", `<14>1 2026-11-29T08:43:02+01:00 - - - - - CEF:0|Palo Alto Networks|Cortex XDR|Cortex XDR 3.14.0|XDR Agent|Behavioral threat detected (rule: bioc.ransomware_shadow_copy_deletion)|8|end=1795938181440 shost=SRV-FILE01 suser=['CORP\\svc-backup'] deviceFacility=None cat=Malware externalId=88419 request=https://corp.xdr.eu.paloaltonetworks.com/alerts/88419 fs1=False fs1Label=Starred fs2=False fs2Label=Excluded cs1=vssadmin.exe cs1Label=Initiated by cs2=vssadmin.exe delete shadows /all /quiet cs2Label=Initiator CMD act=Prevented (Blocked) tenantname=Corp tenantCDLid=1740211853 CSPaccountname=Corp`),
			we("2026-11-29T07:45:30Z|2026-11-29T07:45:29.902Z", Info, "", `<14>1 2026-11-29T08:45:30+01:00 - - - - - CEF:0|Palo Alto Networks|Cortex XDR|Cortex XDR 3.14.0|XDR Analytics|Large Upload (HTTPS)|4|end=1795938329902 shost=SRV-FILE01 suser=['CORP\\svc-backup'] deviceFacility=None cat=Exfiltration externalId=88431 request=https://corp.xdr.eu.paloaltonetworks.com/alerts/88431 fs1=False fs1Label=Starred fs2=False fs2Label=Excluded src=10.20.8.21 dst=203.0.113.91 dpt=443 tenantname=Corp tenantCDLid=1740211853 CSPaccountname=Corp`),
		},
	},
	{
		name:   "okta-system-log-ndjson",
		source: "the Okta System Log API's LogEvent objects one a line as a collector writes them (actor, client, authenticationContext, displayMessage, eventType, outcome, published, securityContext, severity DEBUG|INFO|WARN|ERROR, debugContext, legacyEventType, transaction, uuid, version, request, target): developer.okta.com's System Log API reference, elastic/integrations issue #5982 and rapid7/insightconnect-plugins PR #1838 (events as returned). Okta appears in earlier tables only as a SAML IdP named in a PAN-OS line; its System Log is in none",
		why:    "the time is `published` (RFC 3339 UTC, milliseconds), written after many nested objects; `severity` is Okta's own level of the event (INFO, WARN); client.ipAddress and the request's ipChain are the client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"actor":{"id":"00u1a2b3c4d5e6f7g8h9","type":"User","alternateId":"anna@corp.example.com","displayName":"Anna Berg","detailEntry":null},"client":{"userAgent":{"rawUserAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36","os":"Windows 10","browser":"CHROME"},"zone":"null","device":"Computer","id":null,"ipAddress":"203.0.113.24","geographicalContext":{"city":"Utrecht","state":"Utrecht","country":"Netherlands","postalCode":null,"geolocation":{"lat":52.09,"lon":5.12}}},"device":null,"authenticationContext":{"authenticationProvider":null,"credentialProvider":null,"credentialType":null,"issuer":null,"interface":null,"authenticationStep":0,"rootSessionId":"102a7Kx3QdPRl2Vn0cY1bZ4wA","externalSessionId":"102a7Kx3QdPRl2Vn0cY1bZ4wA"},"displayMessage":"User login to Okta","eventType":"user.session.start","outcome":{"result":"SUCCESS","reason":null},"published":"2026-11-29T07:41:16.204Z","securityContext":{"asNumber":64500,"asOrg":"example isp","isp":"example isp","domain":"example.net","isProxy":false},"severity":"INFO","debugContext":{"debugData":{"requestId":"Z0f3a1c2e4b5d6f7a8b9c0d1","requestUri":"/idp/idx/identify","url":"/idp/idx/identify?"}},"legacyEventType":"core.user_auth.login_success","transaction":{"type":"WEB","id":"Z0f3a1c2e4b5d6f7a8b9c0d1","detail":{}},"uuid":"8e1f4c2a-cd21-11f1-a3b4-5d6e7f8a9b0c","version":"0","request":{"ipChain":[{"ip":"203.0.113.24","geographicalContext":{"city":"Utrecht","country":"Netherlands"},"version":"V4","source":null}]},"target":null}`),
			we("2026-11-29T07:42:03.551Z", Warn, "", `{"actor":{"id":"00u9z8y7x6w5v4u3t2s1","type":"User","alternateId":"bert@corp.example.com","displayName":"Bert Smit","detailEntry":null},"client":{"userAgent":{"rawUserAgent":"python-requests/2.32.3","os":"Unknown","browser":"UNKNOWN"},"zone":"null","device":"Unknown","id":null,"ipAddress":"198.51.100.61","geographicalContext":{"city":null,"state":null,"country":"Romania","postalCode":null,"geolocation":{"lat":45.94,"lon":24.97}}},"device":null,"authenticationContext":{"authenticationProvider":null,"credentialProvider":null,"credentialType":null,"issuer":null,"interface":null,"authenticationStep":0,"externalSessionId":"unknown"},"displayMessage":"User login to Okta","eventType":"user.session.start","outcome":{"result":"FAILURE","reason":"INVALID_CREDENTIALS"},"published":"2026-11-29T07:42:03.551Z","securityContext":{"asNumber":64511,"asOrg":"example hosting","isp":"example hosting","domain":null,"isProxy":true},"severity":"WARN","debugContext":{"debugData":{"requestUri":"/api/v1/authn","threatSuspected":"true"}},"legacyEventType":"core.user_auth.login_failed","transaction":{"type":"WEB","id":"Z0f3a1d7c9e0b1a2f3e4d5c6","detail":{}},"uuid":"a0c2e4f6-cd21-11f1-b5c6-7d8e9f0a1b2c","version":"0","request":{"ipChain":[{"ip":"198.51.100.61","version":"V4","source":null}]},"target":null}`),
			we("2026-11-29T07:42:09.018Z", Warn, "", `{"actor":{"id":"00u9z8y7x6w5v4u3t2s1","type":"User","alternateId":"bert@corp.example.com","displayName":"Bert Smit","detailEntry":null},"client":{"zone":"null","device":"Unknown","id":null,"ipAddress":"198.51.100.61"},"device":null,"displayMessage":"Max sign in attempts exceeded","eventType":"user.account.lock","outcome":{"result":"FAILURE","reason":"LOCKED_OUT"},"published":"2026-11-29T07:42:09.018Z","severity":"WARN","legacyEventType":"core.user_auth.account_locked","transaction":{"type":"WEB","id":"Z0f3a1e0d2c4b6a8f0e2d4c6","detail":{}},"uuid":"a3f1b2c4-cd21-11f1-b5c6-7d8e9f0a1b2c","version":"0","target":[{"id":"00u9z8y7x6w5v4u3t2s1","type":"User","alternateId":"bert@corp.example.com","displayName":"Bert Smit","detailEntry":null}]}`),
			we("2026-11-29T07:44:40.772Z", Info, "", `{"actor":{"id":"00u0adm1n2o3p4q5r6s7","type":"User","alternateId":"it-admin@corp.example.com","displayName":"IT Admin","detailEntry":null},"client":{"zone":"null","device":"Computer","id":null,"ipAddress":"192.0.2.15"},"device":null,"displayMessage":"Unlock user account","eventType":"user.account.unlock_by_admin","outcome":{"result":"SUCCESS","reason":null},"published":"2026-11-29T07:44:40.772Z","severity":"INFO","legacyEventType":"core.user.account.unlocked_by_admin","transaction":{"type":"WEB","id":"Z0f3a27f1a3c5e7b9d1f3a5c","detail":{}},"uuid":"c8d0e2f4-cd21-11f1-b5c6-7d8e9f0a1b2c","version":"0","target":[{"id":"00u9z8y7x6w5v4u3t2s1","type":"User","alternateId":"bert@corp.example.com","displayName":"Bert Smit","detailEntry":null}]}`),
		},
	},
	{
		name:   "duo-admin-api-authlog-json-indent4",
		source: "Duo's Admin API authentication log (v2 items: access_device, adaptive_trust_assessments, alias, application, auth_device, email, event_type, factor, isotimestamp with +00:00, ood_software, reason, result, timestamp in epoch seconds, trusted_endpoint_status, txid, user) written to a file by a collector script that dumps each record with `json.dump(log, outfile, indent=4)` and a newline: weslambert/auto-duo resources/duo/report_user_auth_json.py, duo.com/docs/adminapi (authentication logs), a SEKOIA intake test of a Duo authentication record. fresh130 holds login_duo's syslog lines and fresh7 the Authentication Proxy; the Admin API's records are in no table",
		why:    "one record spans some thirty lines of indented JSON, opening with a bare `{` and closing with `}`: each is one entry; the time is isotimestamp (+00:00, microseconds) or timestamp (epoch seconds); access_device.hostname and ip are the user's device, a client, not the record's host; result `denied` and `fraud` are outcomes, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16Z", Unknown, "",
				`{`,
				`    "access_device": {`,
				`        "browser": "Chrome",`,
				`        "browser_version": "131.0.6778.86",`,
				`        "hostname": "LT-0417",`,
				`        "ip": "203.0.113.24",`,
				`        "location": {`,
				`            "city": "Utrecht",`,
				`            "country": "Netherlands",`,
				`            "state": "Utrecht"`,
				`        },`,
				`        "os": "Windows",`,
				`        "os_version": "11"`,
				`    },`,
				`    "alias": "",`,
				`    "application": {`,
				`        "key": "DIY1A2B3C4D5E6F7G8H9",`,
				`        "name": "Corp VPN"`,
				`    },`,
				`    "auth_device": {`,
				`        "ip": "192.0.2.201",`,
				`        "location": {`,
				`            "city": "Utrecht",`,
				`            "country": "Netherlands",`,
				`            "state": "Utrecht"`,
				`        },`,
				`        "name": "+31 6 XXX X412"`,
				`    },`,
				`    "email": "anna@corp.example.com",`,
				`    "event_type": "authentication",`,
				`    "factor": "duo_push",`,
				`    "isotimestamp": "2026-11-29T07:41:16.204118+00:00",`,
				`    "reason": "user_approved",`,
				`    "result": "success",`,
				`    "timestamp": 1795938076,`,
				`    "trusted_endpoint_status": "trusted",`,
				`    "txid": "6f2a1c3e-4b5d-4e7f-8a9b-0c1d2e3f4a5b",`,
				`    "user": {`,
				`        "groups": [`,
				`            "VPN Users"`,
				`        ],`,
				`        "key": "DU1A2B3C4D5E6F7G8H9I",`,
				`        "name": "anna"`,
				`    }`,
				`}`),
			we("2026-11-29T07:42:03.551032Z|2026-11-29T07:42:03Z", Unknown, "",
				`{`,
				`    "access_device": {`,
				`        "hostname": null,`,
				`        "ip": "198.51.100.61",`,
				`        "location": {`,
				`            "city": null,`,
				`            "country": "Romania",`,
				`            "state": null`,
				`        }`,
				`    },`,
				`    "application": {`,
				`        "key": "DIY1A2B3C4D5E6F7G8H9",`,
				`        "name": "Corp VPN"`,
				`    },`,
				`    "auth_device": {`,
				`        "ip": null,`,
				`        "name": null`,
				`    },`,
				`    "email": "bert@corp.example.com",`,
				`    "event_type": "authentication",`,
				`    "factor": "not_available",`,
				`    "isotimestamp": "2026-11-29T07:42:03.551032+00:00",`,
				`    "reason": "deny_unenrolled_user",`,
				`    "result": "denied",`,
				`    "timestamp": 1795938123,`,
				`    "txid": "9b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e",`,
				`    "user": {`,
				`        "key": "DU9Z8Y7X6W5V4U3T2S1R",`,
				`        "name": "bert"`,
				`    }`,
				`}`),
			we("2026-11-29T07:44:40.772410Z|2026-11-29T07:44:40Z", Unknown, "",
				`{`,
				`    "access_device": {`,
				`        "hostname": "MBP-0288",`,
				`        "ip": "203.0.113.77",`,
				`        "os": "Mac OS X",`,
				`        "os_version": "15.1"`,
				`    },`,
				`    "application": {`,
				`        "key": "DIZ9Y8X7W6V5U4T3S2R1",`,
				`        "name": "Corp SSO"`,
				`    },`,
				`    "auth_device": {`,
				`        "ip": "192.0.2.202",`,
				`        "name": "+31 6 XXX X088"`,
				`    },`,
				`    "email": "carla@corp.example.com",`,
				`    "event_type": "authentication",`,
				`    "factor": "duo_push",`,
				`    "isotimestamp": "2026-11-29T07:44:40.772410+00:00",`,
				`    "reason": "user_marked_fraud",`,
				`    "result": "fraud",`,
				`    "timestamp": 1795938280,`,
				`    "txid": "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a",`,
				`    "user": {`,
				`        "key": "DU0A9B8C7D6E5F4G3H2I",`,
				`        "name": "carla"`,
				`    }`,
				`}`),
		},
	},
	{
		name:   "mde-streaming-api-storage-ndjson",
		source: "Microsoft Defender for Endpoint's Streaming API sent to a storage account (one record a line in the PT1H.json blobs: time, tenantId, operationName Publish, category AdvancedHunting-<table>, _TimeReceivedBySvc, properties holding the advanced hunting row with its Timestamp and DeviceName): learn.microsoft.com (raw data streaming to storage), Cyb3rWard0g/HELK PR #412 (records.properties.DeviceName mapped to the source host), elastic/kibana issue #218756 (the advancedhuntinghub). No table holds Defender's streamed events",
		why:    "two versions of the event's own time (the record's `time` and properties.Timestamp, a few hundred milliseconds apart, seven-digit fractions) and a third, _TimeReceivedBySvc, that is the service's; the host is properties.DeviceName, the device that recorded the event (RemoteIP, RemoteUrl and InitiatingProcess… fields are not hosts); no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4416210Z|2026-11-29T07:41:15.8820514Z", Unknown, "ws-0142.corp.example.com", `{"time": "2026-11-29T07:41:16.4416210Z", "tenantId": "3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "operationName": "Publish", "category": "AdvancedHunting-DeviceProcessEvents", "_TimeReceivedBySvc": "2026-11-29T07:41:15.9932101Z", "properties": {"AccountDomain": "corp", "AccountName": "jdoe", "AccountSid": "S-1-5-21-1004336348-1177238915-682003330-1104", "ActionType": "ProcessCreated", "DeviceId": "3f9c0d6e1a2b4c5d8e7f9a0b1c2d3e4f5a6b7c8d", "DeviceName": "ws-0142.corp.example.com", "FileName": "cmd.exe", "FolderPath": "C:\\Windows\\System32\\cmd.exe", "InitiatingProcessFileName": "WINWORD.EXE", "InitiatingProcessCommandLine": "\"WINWORD.EXE\" /n \"C:\\Users\\jdoe\\Downloads\\invoice-4120.docm\"", "ProcessCommandLine": "cmd.exe /c whoami /all", "ProcessId": 9120, "ReportId": 10412, "SHA256": "3d1c9b6f0e2a4c8d7b5a3f1e9c7d5b3a1f0e8d6c4b2a0f9e7d5c3b1a9f8e7d6c", "Timestamp": "2026-11-29T07:41:15.8820514Z", "MachineGroup": "Workstations"}, "Tenant": "DefaultTenant"}`),
			we("2026-11-29T07:41:16.9027733Z|2026-11-29T07:41:16.3301187Z", Unknown, "ws-0142.corp.example.com", `{"time": "2026-11-29T07:41:16.9027733Z", "tenantId": "3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "operationName": "Publish", "category": "AdvancedHunting-DeviceNetworkEvents", "_TimeReceivedBySvc": "2026-11-29T07:41:16.5510246Z", "properties": {"ActionType": "ConnectionSuccess", "DeviceId": "3f9c0d6e1a2b4c5d8e7f9a0b1c2d3e4f5a6b7c8d", "DeviceName": "ws-0142.corp.example.com", "InitiatingProcessFileName": "powershell.exe", "LocalIP": "10.20.4.17", "LocalPort": 50412, "Protocol": "Tcp", "RemoteIP": "203.0.113.66", "RemotePort": 443, "RemoteUrl": "cdn-update.example.net", "ReportId": 10418, "Timestamp": "2026-11-29T07:41:16.3301187Z", "MachineGroup": "Workstations"}, "Tenant": "DefaultTenant"}`),
			we("2026-11-29T07:43:02.1187340Z|2026-11-29T07:43:01.7004412Z", Unknown, "srv-file01.corp.example.com", `{"time": "2026-11-29T07:43:02.1187340Z", "tenantId": "3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "operationName": "Publish", "category": "AdvancedHunting-DeviceLogonEvents", "_TimeReceivedBySvc": "2026-11-29T07:43:01.8821905Z", "properties": {"AccountDomain": "corp", "AccountName": "svc-backup", "ActionType": "LogonSuccess", "DeviceId": "9a8b7c6d5e4f30211203f4e5d6c7b8a990a1b2c3", "DeviceName": "srv-file01.corp.example.com", "LogonType": "Network", "Protocol": "NTLM", "RemoteDeviceName": "WS-0142", "RemoteIP": "10.20.4.17", "ReportId": 33107, "Timestamp": "2026-11-29T07:43:01.7004412Z", "MachineGroup": "Servers"}, "Tenant": "DefaultTenant"}`),
		},
	},
	{
		name:   "mde-advanced-hunting-csv-export",
		source: "Microsoft Defender advanced hunting results exported as CSV from the portal (a header row of the projected columns, then rows whose Timestamp is RFC 3339 with seven fractional digits and Z, DeviceId forty hex digits, DeviceName the device's FQDN): MicrosoftDocs/WDAC-Toolkit docs/using/advanced-hunting.md (the projection the WDAC Wizard reads) and issue #364, plaso's defender_hunting parser (`2023-10-18T15:45:07.9862755Z`, the data line Timestamp,DeviceId,DeviceName,ActionType,…). No table holds an advanced hunting export",
		why:    "the header row is written once and is no record; each row starts with its Timestamp; the host is the DeviceName column; empty columns run together (,,,,); AppControl…Blocked and …Audited are action types, not levels",
		entries: []worldEntry{
			wskip(`Timestamp,DeviceId,DeviceName,ActionType,FileName,FolderPath,SHA1,SHA256,IssuerName,IssuerTBSHash,PublisherName,PublisherTBSHash,AuthenticodeHash,PolicyId,PolicyName`),
			we("2026-11-29T07:41:16.4416210Z", Unknown, "ws-0142.corp.example.com", `2026-11-29T07:41:16.4416210Z,3f9c0d6e1a2b4c5d8e7f9a0b1c2d3e4f5a6b7c8d,ws-0142.corp.example.com,AppControlCodeIntegrityPolicyAudited,upd.exe,C:\Users\Public\,8d1f0e2c3b4a59687a6b5c4d3e2f1a0b9c8d7e6f,a7c3e1f5b9d2468ace0f1b3d5c7e9a2b4d6f8e0a1c3e5b7d9f2a4c6e8b0d1f3a,,,,,4b3a2918f7e6d5c4b3a29180f7e6d5c4b3a29180,{a244370e-44c9-4c06-b551-f6016e563076},Corp Base Policy`),
			we("2026-11-29T07:41:58.0731164Z", Unknown, "ws-0142.corp.example.com", `2026-11-29T07:41:58.0731164Z,3f9c0d6e1a2b4c5d8e7f9a0b1c2d3e4f5a6b7c8d,ws-0142.corp.example.com,AppControlCodeIntegrityPolicyAudited,msedgewebview2.exe,C:\Program Files (x86)\Microsoft\EdgeWebView\Application\131.0.2903.70\,2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c,0e2c4a6b8d0f1e3c5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7e9c1a3b5d7f9e1c,Microsoft Windows Code Signing PCA 2011,0c9a7b8e3f2d1c4b5a6978e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6978e0d1c,Microsoft Corporation,1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b,6e5d4c3b2a19087f6e5d4c3b2a19087f6e5d4c3b,{a244370e-44c9-4c06-b551-f6016e563076},Corp Base Policy`),
			we("2026-11-29T07:49:15.5520981Z", Unknown, "srv-file01.corp.example.com", `2026-11-29T07:49:15.5520981Z,9a8b7c6d5e4f30211203f4e5d6c7b8a990a1b2c3,srv-file01.corp.example.com,AppControlCodeIntegrityPolicyBlocked,rclone.exe,C:\ProgramData\tools\,5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c,a7c3e1f5b9d2468ace0f1b3d5c7e9a2b4d6f8e0a1c3e5b7d9f2a4c6e8b0d1f3a,,,,,9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f,{d2bda982-ccf6-4344-ac5b-0b44427b6816},Corp Server Enforced`),
		},
	},
	{
		name:   "sentinel-syslog-table-copy-tmes-cef",
		source: "Trend Micro Email Security's CEF syslog as a Microsoft Sentinel user copies it from the Syslog table (`<ISO time with Z, no fraction> <forwarder host> tmes[1]: CEF:0|Trend Micro|TMES|1.0.0.0|<id>|<event>|<sev>|rt=<ISO ms Z> cs1Label=eventType cs1=… suser= duser=… cs4Label=messageId … act=…`): Azure/Azure-Sentinel issue #10455 (TMES CEF landing in Syslog rather than CommonSecurityLog) and the TMES syslog content mapping it cites. fresh169 holds a Sentinel Syslog-table copy of Barracuda CloudGen; TMES's CEF and its ISO rt= are in no table",
		why:    "an ISO time with Z and no PRI, the forwarder's host, a `tmes[1]:` tag, then CEF whose rt= is an ISO time of its own a few seconds earlier (the message's detection time): either is accepted; the host is the forwarder that wrote the line; duser and suser are mail addresses; no level (the CEF severity is none)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:02.118Z", Unknown, "forwarder.tmes.example.net", `2026-11-29T07:41:16Z forwarder.tmes.example.net tmes[1]: CEF:0|Trend Micro|TMES|1.0.0.0|100101|DETECTION|6|rt=2026-11-29T07:41:02.118Z cs1Label=eventType cs1=spam cs2Label=domainName cs2=corp.example.com suser=news@promo.example.org duser=anna@corp.example.com cs3Label=direction cs3=incoming cs4Label=messageId cs4=<20261129074058.4411@promo.example.org> msg=Black Friday: last chance cn1Label=messageSize cn1=18211 cs5Label=policyName cs5=Default Spam Rule act=Quarantine cs6Label=details cs6={}`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:07.530Z", Unknown, "forwarder.tmes.example.net", `2026-11-29T07:41:19Z forwarder.tmes.example.net tmes[1]: CEF:0|Trend Micro|TMES|1.0.0.0|100101|DETECTION|6|rt=2026-11-29T07:41:07.530Z cs1Label=eventType cs1=malware cs2Label=domainName cs2=corp.example.com suser=billing@invoices.example.com duser=bert@corp.example.com cs3Label=direction cs3=incoming cs4Label=messageId cs4=<a41c9e2f.7d3b@invoices.example.com> msg=Invoice 4120 overdue cn1Label=messageSize cn1=214530 cs5Label=policyName cs5=Malware Scanning act=Delete cs6Label=details cs6={"threatName":"TROJ_GEN.R002C0DKB26","fileName":"invoice-4120.docm"}`),
			we("2026-11-29T07:43:02Z|2026-11-29T07:42:51.004Z", Unknown, "forwarder.tmes.example.net", `2026-11-29T07:43:02Z forwarder.tmes.example.net tmes[1]: CEF:0|Trend Micro|TMES|1.0.0.0|100101|DETECTION|6|rt=2026-11-29T07:42:51.004Z cs1Label=eventType cs1=anti_spoof cs2Label=domainName cs2=corp.example.com suser= duser=carla@corp.example.com cs3Label=direction cs3=incoming cs4Label=messageId cs4=<0b9e.4f21@mail.example.net> msg=Delivery Status Notification (Failure) cn1Label=messageSize cn1=9120 cs5Label=policyName cs5=DMARC Rule act=Quarantine cs6Label=details cs6={}`),
		},
	},
	{
		name:   "cloudflare-logpush-gateway-dns-unixnano",
		source: "Cloudflare Zero Trust Logpush, the gateway_dns dataset with Logpush's default timestamp_format unixnano (Datetime an integer of nanoseconds; ColoCode, DeviceID, DeviceName, DstIP, Email, Location, Policy, Protocol, QueryCategoryIDs, QueryName, QueryType, RData, ResolverDecision, SrcIP, UserID): developers.cloudflare.com Logs reference (Gateway DNS fields, log output options), elastic/integrations PR #7763 (a Cloudflare pipeline's fix for unix-second timestamps). fresh142 holds gateway_network with timestamp_format rfc3339; unixnano in no Cloudflare table",
		why:    "the only time is Datetime, nineteen digits of epoch nanoseconds; DeviceName is the user's device and SrcIP the client, no host; ResolverDecision (blockedByCategory) is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", `{"ColoCode":"AMS","ColoID":21,"Datetime":1795938076204118000,"DeviceID":"0f9e8d7c-6b5a-4493-8271-60f5e4d3c2b1","DeviceName":"LT-0417","DstIP":"172.64.36.1","DstPort":443,"Email":"anna@corp.example.com","Location":"","Policy":"","PolicyID":"","Protocol":"https","QueryCategoryIDs":[7,163],"QueryName":"outlook.office365.com","QueryNameReversed":"com.office365.outlook","QuerySize":49,"QueryType":"A","RData":[{"type":"5","data":"b3V0bG9vay5tcy1hY2RjLm9mZmljZS5jb20="}],"ResolverDecision":"allowedOnNoPolicyMatch","SrcIP":"203.0.113.24","SrcPort":0,"UserID":"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"}`),
			we("2026-11-29T07:41:16.402771Z", Unknown, "", `{"ColoCode":"AMS","ColoID":21,"Datetime":1795938076402771000,"DeviceID":"0f9e8d7c-6b5a-4493-8271-60f5e4d3c2b1","DeviceName":"LT-0417","DstIP":"172.64.36.1","DstPort":443,"Email":"anna@corp.example.com","Location":"","Policy":"Block security threats","PolicyID":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e","Protocol":"https","QueryCategoryIDs":[80,117],"QueryName":"cdn-update.example.net","QueryNameReversed":"net.example.cdn-update","QuerySize":50,"QueryType":"A","RData":[],"ResolverDecision":"blockedByCategory","SrcIP":"203.0.113.24","SrcPort":0,"UserID":"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"}`),
			we("2026-11-29T07:42:40.015502Z", Unknown, "", `{"ColoCode":"FRA","ColoID":38,"Datetime":1795938160015502000,"DeviceID":"","DeviceName":"","DstIP":"162.159.36.5","DstPort":53,"Email":"","Location":"HQ Utrecht","Policy":"","PolicyID":"","Protocol":"udp","QueryCategoryIDs":[26],"QueryName":"time.windows.com","QueryNameReversed":"com.windows.time","QuerySize":34,"QueryType":"A","RData":[{"type":"1","data":"CmQBAg=="}],"ResolverDecision":"allowedOnNoPolicyMatch","SrcIP":"198.51.100.10","SrcPort":51234,"UserID":""}`),
		},
	},
	{
		name:   "cloudflare-logpush-access-requests-unix",
		source: "Cloudflare Zero Trust Logpush, the access_requests dataset with timestamp_format unix (CreatedAt an integer of epoch seconds; Action, Allowed, AppDomain, AppUUID, Connection, Country, Email, IPAddress, PurposeJustification…, RayID, TemporaryAccess…, UserUID): developers.cloudflare.com Logs reference (Access requests fields, log output options), elastic/integrations PR #7763 (Cloudflare's unix-seconds timestamps). No table holds Access requests",
		why:    "the only time is CreatedAt in epoch seconds, in the middle of the object; AppDomain is the application reached and IPAddress the user, no host; Allowed false is an outcome, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"Action":"login","Allowed":true,"AppDomain":"wiki.corp.example.com","AppUUID":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9","Connection":"okta","Country":"nl","CreatedAt":1795938076,"Email":"anna@corp.example.com","IPAddress":"203.0.113.24","PurposeJustificationPrompt":"","PurposeJustificationResponse":"","RayID":"8f1c2a3b4d5e6f70","TemporaryAccessApprovers":[],"TemporaryAccessDuration":0,"UserUID":"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"}`),
			we("2026-11-29T07:42:03Z", Unknown, "", `{"Action":"login","Allowed":false,"AppDomain":"grafana.corp.example.com","AppUUID":"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d","Connection":"onetimepin","Country":"ro","CreatedAt":1795938123,"Email":"bert@corp.example.com","IPAddress":"198.51.100.61","PurposeJustificationPrompt":"","PurposeJustificationResponse":"","RayID":"8f1c2b7e0a9d3c41","TemporaryAccessApprovers":[],"TemporaryAccessDuration":0,"UserUID":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}`),
			we("2026-11-29T07:44:40Z", Unknown, "", `{"Action":"logout","Allowed":true,"AppDomain":"wiki.corp.example.com","AppUUID":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9","Connection":"okta","Country":"nl","CreatedAt":1795938280,"Email":"anna@corp.example.com","IPAddress":"203.0.113.24","PurposeJustificationPrompt":"","PurposeJustificationResponse":"","RayID":"8f1c2e0d4b6a8c93","TemporaryAccessApprovers":[],"TemporaryAccessDuration":0,"UserUID":"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"}`),
		},
	},
	{
		name:   "guardduty-findings-s3-export-jsonl",
		source: "Amazon GuardDuty findings exported to S3 (a gzipped file of findings, one JSON object a line: schemaVersion, accountId, region, partition, id, arn, type, resource, service with eventFirstSeen/eventLastSeen and count, severity a number, createdAt, updatedAt, title, description): docs.aws.amazon.com GuardDuty (exporting findings, finding format); from memory of exported files. No table holds GuardDuty",
		why:    "the finding carries createdAt and updatedAt (an export is rewritten as the finding updates; either is the record's), and service.eventFirstSeen/eventLastSeen of the activity it saw; the instance's privateDnsName and the remote IP are the finding's subject and peer, not the writer: no host; severity 2, 5 or 8 is the finding's, not a level",
		gap:    "the finding's numeric `\"severity\":2` (GuardDuty's Low) is read as the level Error (the two findings with severity 8 are left Unknown, which is right); times and hosts are right",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.530Z|2026-11-29T06:20:11.530Z", Unknown, "", `{"schemaVersion":"2.0","accountId":"111122223333","region":"eu-west-1","partition":"aws","id":"a4c8e1f2b3d5479a8c0e2f4b6d8a1c3e","arn":"arn:aws:guardduty:eu-west-1:111122223333:detector/12c9f0e1d2c3b4a5968778695a4b3c2d/finding/a4c8e1f2b3d5479a8c0e2f4b6d8a1c3e","type":"Recon:EC2/PortProbeUnprotectedPort","resource":{"resourceType":"Instance","instanceDetails":{"instanceId":"i-0a1b2c3d4e5f60718","instanceType":"t3.medium","privateDnsName":"ip-10-20-4-17.eu-west-1.compute.internal","privateIpAddress":"10.20.4.17","tags":[{"key":"Name","value":"bastion-eu1"}]}},"service":{"serviceName":"guardduty","detectorId":"12c9f0e1d2c3b4a5968778695a4b3c2d","action":{"actionType":"PORT_PROBE","portProbeAction":{"blocked":false,"portProbeDetails":[{"localPortDetails":{"port":22,"portName":"SSH"},"remoteIpDetails":{"ipAddressV4":"198.51.100.61","country":{"countryName":"Romania"}}}]}},"archived":false,"count":14,"eventFirstSeen":"2026-11-29T06:12:40.000Z","eventLastSeen":"2026-11-29T07:38:02.000Z","resourceRole":"TARGET"},"severity":2,"createdAt":"2026-11-29T06:20:11.530Z","updatedAt":"2026-11-29T07:41:16.530Z","title":"Unprotected port on EC2 instance i-0a1b2c3d4e5f60718 is being probed.","description":"EC2 instance has an unprotected port which is being probed by a known malicious host."}`),
			we("2026-11-29T07:43:02.118Z", Unknown, "", `{"schemaVersion":"2.0","accountId":"111122223333","region":"eu-west-1","partition":"aws","id":"b7d9f1a3c5e7490b8d1f3a5c7e9b2d4f","arn":"arn:aws:guardduty:eu-west-1:111122223333:detector/12c9f0e1d2c3b4a5968778695a4b3c2d/finding/b7d9f1a3c5e7490b8d1f3a5c7e9b2d4f","type":"UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS","resource":{"resourceType":"AccessKey","accessKeyDetails":{"accessKeyId":"ASIAEXAMPLE4120KEY","principalId":"AROAEXAMPLEROLEID:i-0a1b2c3d4e5f60718","userName":"bastion-role","userType":"AssumedRole"}},"service":{"serviceName":"guardduty","detectorId":"12c9f0e1d2c3b4a5968778695a4b3c2d","action":{"actionType":"AWS_API_CALL","awsApiCallAction":{"api":"ListBuckets","serviceName":"s3.amazonaws.com","callerType":"Remote IP","remoteIpDetails":{"ipAddressV4":"203.0.113.91"}}},"archived":false,"count":1,"eventFirstSeen":"2026-11-29T07:39:44.000Z","eventLastSeen":"2026-11-29T07:39:44.000Z","resourceRole":"TARGET"},"severity":8,"createdAt":"2026-11-29T07:43:02.118Z","updatedAt":"2026-11-29T07:43:02.118Z","title":"Credentials for instance role bastion-role used from external IP address.","description":"Credentials created exclusively for an EC2 instance using instance role bastion-role have been used from external IP address 203.0.113.91."}`),
			we("2026-11-29T07:49:15.004Z|2026-11-29T07:46:51.221Z", Unknown, "", `{"schemaVersion":"2.0","accountId":"111122223333","region":"eu-west-1","partition":"aws","id":"c2e4a6b8d0f2481c9e3a5b7d9f1c3e5a","arn":"arn:aws:guardduty:eu-west-1:111122223333:detector/12c9f0e1d2c3b4a5968778695a4b3c2d/finding/c2e4a6b8d0f2481c9e3a5b7d9f1c3e5a","type":"Backdoor:EC2/C&CActivity.B!DNS","resource":{"resourceType":"Instance","instanceDetails":{"instanceId":"i-0f1e2d3c4b5a69788","instanceType":"m6i.large","privateDnsName":"ip-10-20-8-21.eu-west-1.compute.internal","privateIpAddress":"10.20.8.21"}},"service":{"serviceName":"guardduty","detectorId":"12c9f0e1d2c3b4a5968778695a4b3c2d","action":{"actionType":"DNS_REQUEST","dnsRequestAction":{"domain":"c2.bad.example","protocol":"UDP","blocked":false}},"archived":false,"count":3,"eventFirstSeen":"2026-11-29T07:44:03.000Z","eventLastSeen":"2026-11-29T07:48:40.000Z","resourceRole":"ACTOR"},"severity":8,"createdAt":"2026-11-29T07:46:51.221Z","updatedAt":"2026-11-29T07:49:15.004Z","title":"Command and Control server domain name queried by EC2 instance i-0f1e2d3c4b5a69788.","description":"EC2 instance i-0f1e2d3c4b5a69788 is querying a domain name associated with a known Command & Control server."}`),
		},
	},
	{
		name:   "google-workspace-reports-activity-ndjson",
		source: "Google Workspace audit events from the Admin SDK Reports API activities.list, one Activity resource a line as a collector writes them (kind admin#reports#activity, id{time, uniqueQualifier, applicationName, customerId}, etag, actor{callerType, email, profileId}, ipAddress, events[{type, name, parameters[…]}]): developers.google.com Admin SDK Reports API (Activities resource), Elastic's google_workspace integration (which reads id.time). No table holds Workspace audit events",
		why:    "the time is nested in the `id` object (id.time, RFC 3339 with milliseconds), before everything else; ipAddress is the actor's client, no host; no level (login_failure, is_suspicious are event names and parameters)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `{"kind":"admin#reports#activity","id":{"time":"2026-11-29T07:41:16.204Z","uniqueQualifier":"-4411208827731245310","applicationName":"login","customerId":"C03x7k2pq"},"etag":"\"kT1qNa9Yc3vR0wE2mG4hJ6lP8sU/Xb5dF7gH9jK1mN3pQ5rS7tV\"","actor":{"email":"anna@corp.example.com","profileId":"104312345678901234567"},"ipAddress":"203.0.113.24","events":[{"type":"login","name":"login_success","parameters":[{"name":"login_type","value":"google_password"},{"name":"login_challenge_method","multiValue":["password","google_prompt"]},{"name":"is_suspicious","boolValue":false}]}]}`),
			we("2026-11-29T07:42:03.551Z", Unknown, "", `{"kind":"admin#reports#activity","id":{"time":"2026-11-29T07:42:03.551Z","uniqueQualifier":"7731245310441120882","applicationName":"login","customerId":"C03x7k2pq"},"etag":"\"kT1qNa9Yc3vR0wE2mG4hJ6lP8sU/Yc6eG8hJ0kL2nP4qR6sT8uW\"","actor":{"email":"bert@corp.example.com","profileId":"109876543210987654321"},"ipAddress":"198.51.100.61","events":[{"type":"login","name":"login_failure","parameters":[{"name":"login_type","value":"google_password"},{"name":"login_failure_type","value":"login_failure_invalid_password"},{"name":"is_suspicious","boolValue":true}]}]}`),
			we("2026-11-29T07:44:40.772Z", Unknown, "", `{"kind":"admin#reports#activity","id":{"time":"2026-11-29T07:44:40.772Z","uniqueQualifier":"-902117733412856610","applicationName":"admin","customerId":"C03x7k2pq"},"etag":"\"kT1qNa9Yc3vR0wE2mG4hJ6lP8sU/Zd7fH9jK1lM3oQ5rS7tU9vX\"","actor":{"callerType":"USER","email":"it-admin@corp.example.com","profileId":"100200300400500600700"},"ipAddress":"192.0.2.15","events":[{"type":"USER_SETTINGS","name":"CHANGE_PASSWORD","parameters":[{"name":"USER_EMAIL","value":"bert@corp.example.com"}]},{"type":"USER_SETTINGS","name":"CHANGE_PASSWORD_ON_NEXT_LOGIN","parameters":[{"name":"USER_EMAIL","value":"bert@corp.example.com"},{"name":"NEW_VALUE","value":"true"}]}]}`),
			we("2026-11-29T07:49:15.004Z", Unknown, "", `{"kind":"admin#reports#activity","id":{"time":"2026-11-29T07:49:15.004Z","uniqueQualifier":"3355120877123409981","applicationName":"drive","customerId":"C03x7k2pq"},"etag":"\"kT1qNa9Yc3vR0wE2mG4hJ6lP8sU/Ae8gJ0kL2mN4pR6sT8uV0wY\"","actor":{"email":"carla@corp.example.com","profileId":"105550001112223334445"},"ipAddress":"203.0.113.77","events":[{"type":"acl_change","name":"change_visibility","parameters":[{"name":"doc_id","value":"1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"},{"name":"doc_title","value":"Q4 forecast"},{"name":"owner","value":"carla@corp.example.com"},{"name":"visibility","value":"people_with_link"},{"name":"old_visibility","value":"private"}]}]}`),
		},
	},
	{
		name:   "sophos-central-siem-keyvalue",
		source: "Sophos Central SIEM Integration's siem.py with `format = keyvalue` (each event as `<rt> ` then `key=\"value\";` pairs in the API's order, created_at renamed rt, when renamed end, location renamed dhost, source renamed suser): sophos/Sophos-Central-SIEM-Integration siem.py (write_keyvalue_format, CEF_MAPPING) and issue #8 (keyvalue lines quoted from a LogRhythm setup). Sophos UTM, SFOS and XG are in earlier tables; Central's SIEM output in none",
		why:    "the line opens with a bare ISO time (the event's created_at) that rt= repeats, and end= is the event's `when`, a little earlier: either is the record's; dhost is the endpoint the event is about, a CEF destination by name, not the line's writer: no host; severity=\"low\"/\"medium\"/\"high\" is the event's importance, mapped by siem.py onto CEF's 1/5/8, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:14.981Z", Unknown, "", `2026-11-29T07:41:16.204Z rt="2026-11-29T07:41:16.204Z"; end="2026-11-29T07:41:14.981Z"; severity="low"; duid="5f1c2a3b4d5e6f708192a3b4"; dhost="WS-0142"; endpoint_type="computer"; endpoint_id="c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"; suser="CORP\jdoe"; group="UPDATING"; customer_id="9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"; type="Event::Endpoint::UpdateSuccess"; id="2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"; name="Update succeeded";`),
			we("2026-11-29T07:42:40.015Z|2026-11-29T07:42:38.770Z", Unknown, "", `2026-11-29T07:42:40.015Z rt="2026-11-29T07:42:40.015Z"; group="MALWARE"; name="Malware detected: 'Troj/DocDl-AKQ' at 'C:\Users\jdoe\Downloads\invoice-4120.docm'"; whitelist_properties="{}"; dhost="WS-0142"; endpoint_type="computer"; endpoint_id="c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"; suser="CORP\jdoe"; end="2026-11-29T07:42:38.770Z"; severity="high"; customer_id="9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"; type="Event::Endpoint::Threat::Detected"; id="3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e"; source_info_ip="10.20.4.17";`),
			we("2026-11-29T07:43:02.118Z|2026-11-29T07:43:00.902Z", Unknown, "", `2026-11-29T07:43:02.118Z rt="2026-11-29T07:43:02.118Z"; end="2026-11-29T07:43:00.902Z"; severity="medium"; dhost="SRV-FILE01"; endpoint_type="server"; endpoint_id="d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a"; suser="n/a"; group="APPLICATION_CONTROL"; customer_id="9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"; type="Event::Endpoint::Application::Blocked"; id="4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"; name="Controlled application blocked: rclone (Remote Management Tool)";`),
		},
	},
	{
		name:   "sophos-central-siem-cef-syslog-raw",
		source: "Sophos Central SIEM Integration's siem.py with `format = cef` and `filename = syslog` (Python's SysLogHandler, facility daemon: `<30>` glued to `CEF:0|sophos|sophos central|1.0|<type>|<name>|<1/5/8>|` and the flattened event, created_at as rt=, when as end=, location as dhost=, in the API's order), as a raw TCP receiver writes each message: sophos/Sophos-Central-SIEM-Integration siem.py (format_cef, CEF_MAPPING, SEVERITY_MAP) and issues #81 (the `<30>` on every TCP event) and #38. Central's CEF is in no table",
		why:    "a PRI and nothing else before CEF (no time, no host in a header); the PRI 30 (daemon.info) is the level, the CEF severity is not; the time is rt= (ISO with Z) or end=, inside the extension; dhost is the endpoint, a CEF destination: no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:14.981Z", Info, "", `<30>CEF:0|sophos|sophos central|1.0|Event::Endpoint::UpdateSuccess|Update succeeded|1|suser=CORP\\jdoe group=UPDATING customer_id=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b endpoint_type=computer endpoint_id=c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f duid=5f1c2a3b4d5e6f708192a3b4 id=2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d rt=2026-11-29T07:41:16.204Z end=2026-11-29T07:41:14.981Z dhost=WS-0142`),
			we("2026-11-29T07:42:40.015Z|2026-11-29T07:42:38.770Z", Info, "", `<30>CEF:0|sophos|sophos central|1.0|Event::Endpoint::Threat::Detected|Malware detected: 'Troj/DocDl-AKQ' at 'C:\\Users\\jdoe\\Downloads\\invoice-4120.docm'|8|suser=CORP\\jdoe group=MALWARE customer_id=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b endpoint_type=computer endpoint_id=c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f id=3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e source_info_ip=10.20.4.17 rt=2026-11-29T07:42:40.015Z end=2026-11-29T07:42:38.770Z dhost=WS-0142 filePath=C:\\Users\\jdoe\\Downloads\\invoice-4120.docm`),
			we("2026-11-29T07:43:02.118Z|2026-11-29T07:43:00.902Z", Info, "", `<30>CEF:0|sophos|sophos central|1.0|Event::Endpoint::Application::Blocked|Controlled application blocked: rclone (Remote Management Tool)|5|suser=n/a group=APPLICATION_CONTROL customer_id=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b endpoint_type=server endpoint_id=d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a id=4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f rt=2026-11-29T07:43:02.118Z end=2026-11-29T07:43:00.902Z dhost=SRV-FILE01`),
		},
	},
	{
		name:   "sophos-central-siem-fork-tab-log",
		source: "the diagnostic log of a maintained fork of Sophos Central SIEM Integration (python logging with an ISO time with milliseconds and +00:00, a tab, the level name, a tab, in debug `file.py::function()` and a tab, then the message), the relay's own log beside the events it fetches: sophos/Sophos-Central-SIEM-Integration issue #83 (the example debug output of the logging_fixes branch). In no table",
		why:    "tab-separated: an offset time, the level (INFO, DEBUG, WARNING, ERROR) as its own column, then in debug a caller column; no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:00.675Z", Info, "", "2026-11-29T07:40:00.675+00:00\tINFO\tLogging Level is set as: DEBUG"),
			we("2026-11-29T07:40:00.873Z", Info, "", "2026-11-29T07:40:00.873+00:00\tINFO\tapi_client.py::get_alerts_or_events()\tConfig endpoint=/siem/v1/events, filename='syslog' and format='cef'"),
			we("2026-11-29T07:40:00.874Z", Debug, "", "2026-11-29T07:40:00.874+00:00\tDEBUG\tapi_client.py::get_sophos_jwt()\tfetching access_token from sophos"),
			we("2026-11-29T07:40:01.402Z", Warn, "", "2026-11-29T07:40:01.402+00:00\tWARNING\tapi_client.py::call_endpoint()\tHTTP 429 from api-eu01.central.sophos.com, retrying in 30s"),
			we("2026-11-29T07:40:31.955Z", Info, "", "2026-11-29T07:40:31.955+00:00\tINFO\tapi_client.py::get_alerts_or_events()\t3 events retrieved for tenant 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"),
			we("2026-11-29T07:40:32.010Z", Error, "", "2026-11-29T07:40:32.010+00:00\tERROR\tsiem.py::main()\tsyslog target 10.20.0.60:514 unavailable over tcp: [Errno 111] Connection refused"),
		},
	},
	{
		name:   "sentinelone-activities-api-ndjson",
		source: "SentinelOne management activities from the /web/api/v2.1/activities endpoint, one item a line as a collector writes them (accountId, accountName, activityType, agentId, comments, createdAt and updatedAt with microseconds and Z, data{…}, description, groupId, id, osFamily, primaryDescription, secondaryDescription, siteId, siteName, threatId, userId): rapid7/insightconnect-plugins PR #55 (activities as returned), panther-analysis' SentinelOne activity rules (activityType numbers). fresh88 left SentinelOne's agent logs out; its activities are in no table",
		why:    "createdAt and updatedAt (microseconds, Z) are both the record's own, microseconds apart; a management user's activity names no computer: no host; activityType is a number, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16.204129Z", Unknown, "", `{"accountId":"1422098765432109876","accountName":"Corp","activityType":27,"agentId":null,"agentUpdatedVersion":null,"comments":null,"createdAt":"2026-11-29T07:41:16.204118Z","data":{"accountName":"Corp","fullScopeDetails":"Account Corp","role":"Admin","source":"mgmt","username":"Anna Berg"},"description":null,"groupId":null,"groupName":null,"hash":null,"id":"2091547713250012345","osFamily":null,"primaryDescription":"The management user Anna Berg logged into the management console.","secondaryDescription":null,"siteId":null,"siteName":null,"threatId":null,"updatedAt":"2026-11-29T07:41:16.204129Z","userId":"1422011122233344455"}`),
			we("2026-11-29T07:44:40.772410Z|2026-11-29T07:44:40.772419Z", Unknown, "", `{"accountId":"1422098765432109876","accountName":"Corp","activityType":5020,"agentId":null,"agentUpdatedVersion":null,"comments":null,"createdAt":"2026-11-29T07:44:40.772410Z","data":{"accountName":"Corp","fullScopeDetails":"Site Utrecht of Account Corp","scopeName":"Utrecht","siteName":"Utrecht","username":"Anna Berg","value":"C:\\ProgramData\\tools\\rclone.exe"},"description":null,"groupId":null,"groupName":null,"hash":null,"id":"2091549914120067890","osFamily":"windows","primaryDescription":"The management user Anna Berg added a path exclusion C:\\ProgramData\\tools\\rclone.exe to site Utrecht.","secondaryDescription":null,"siteId":"1422055566677788899","siteName":"Utrecht","threatId":null,"updatedAt":"2026-11-29T07:44:40.772419Z","userId":"1422011122233344455"}`),
			we("2026-11-29T07:49:15.004301Z|2026-11-29T07:49:15.004310Z", Unknown, "", `{"accountId":"1422098765432109876","accountName":"Corp","activityType":133,"agentId":null,"agentUpdatedVersion":null,"comments":null,"createdAt":"2026-11-29T07:49:15.004301Z","data":{"accountName":"Corp","fullScopeDetails":"Account Corp","role":"Viewer","username":"svc-siem-reader"},"description":null,"groupId":null,"groupName":null,"hash":null,"id":"2091552221177009911","osFamily":null,"primaryDescription":"The management user svc-siem-reader generated an API token.","secondaryDescription":null,"siteId":null,"siteName":null,"threatId":null,"updatedAt":"2026-11-29T07:49:15.004310Z","userId":"1422099988877766655"}`),
		},
	},
}

func TestFresh205Formats(t *testing.T) { assertTable(t, fresh205Cases) }
func TestFresh205Score(t *testing.T) {
	checkScore(t, "fresh205 formats", fresh205Cases, [worldNumFields]float64{97.8, 99.9, 99.9, 99.9})
}
