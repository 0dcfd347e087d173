package parse

import "testing"

// The two-hundred-and-forty-eighth fresh table, written on 2026-12-05: load balancers, caches and CDN
// edges, shapes no earlier table holds. Each family is one product's documented or observed output:
// HAProxy 2.8 logging to stdout with `format local` (the syslog header without a host name: PRI,
// BSD date, `haproxy[pid]:`), carrying a custom error-log-format line, the default connection-error
// line, an httplog line and the health-check notices; varnishncsa with `-j` and a JSON `-F` format
// (strftime time with a numeric zone, Varnish:handling and time_firstbyte); Apache Traffic Server's
// manager.log (traffic_manager's `[Mmm dd HH:MM:SS.mmm] Manager {0xthread} LEVEL: [Class::method]`
// lines and the unprefixed `{0xthread} STATUS:` ones); Traffic Server's Netscape Extended-2 access
// log (the bracketed Netscape time, nine numeric columns, route, finish codes, cache result code);
// Cloudflare Logpush's spectrum_events (three RFC 3339 times in one object, alphabetical keys) and
// dns_logs datasets; bunny.net's v1 raw log (pipe-separated, epoch milliseconds third); Azure Front
// Door's FrontDoorAccessLog records as the storage account's PT1H.json holds them.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`haproxy`, `<134>Nov 29 … haproxy[` without a host, `SSL handshake failure`, `fc_err`,
// `Health check for server`, `is DOWN, reason`, `has no server available`, `haproxy: [WARNING]`,
// `haproxy: [ALERT]`, `httpslog`, `varnishncsa`, `varnishlog`, `Backend_health`, `Varnish:handling`,
// `time_firstbyte`, `handling":"`, `"ttfb"`, `VCL_call`, `BeginReqAcct`, `SessClose`, `traefik`,
// `genericCLF`, `"RouterName"`, `envoy`, `upstream_cluster`, `START_TIME`, `outbound|`,
// `istio-proxy`, `squid.log`, `diags.log`, `traffic_server`, `trafficserver`, `apache traffic`,
// `ET_NET`, `Manager {0x`, `LocalManager`, `} STATUS:`, `ProxyStateSet`, `extended2`, `DIRECT FIN`,
// `INTR FIN`, `FIN FIN`, `TCP_HIT`, `TCP_MISS`, `TCP_MEM_HIT`, `ltm`, `BIG-IP`, `tmm1[`, `mcpd[`,
// `monitor status down`, `<HTTP_REQUEST>`, `netscaler`, `citrix`, `MONITORDOWN`, `EVENT CONNSTAT`,
// `SSLVPN`, `cloudflare`, `logpush`, `EdgeStartTimestamp`, `ClientRequestHost`, `"ClientIP"`,
// `EventTimestampMs`, `ScriptName`, `ColoCode`, `QueryName`, `EDNSSubnet`,
// `ClientMatchedIpFirewall`, `spectrum`, `fastly`, `log-tail`, `akamai`, `datastream`,
// `reqTimeSec`, `bunny`, `b-cdn.net`, `cloudfront`, `x-edge-location`, `x-edge-request-id`,
// `FrontDoor`, `FrontDoorAccessLog`, `trackingReference`, `ApplicationGatewayAccessLog`, `kemp`,
// `loadmaster`, `pingora`, `nuster`). HAProxy is in many tables (httplog, tcplog, log-format,
// RFC 5424, stderr, the legacy stderr relayed by syslog, Docker, runtime API); its `format local`
// stdout header without a host name is in none. Varnish's varnishncsa, varnishlog (grouped, raw,
// JSON) and varnishd are in fresh4, fresh38, fresh55, fresh64, fresh82, fresh160, fresh189, fresh218;
// varnishncsa's `-j` JSON lines are in none. Traffic Server's diags.log, error.log, squid.log and
// traffic.out are in fresh3, fresh80, fresh82, fresh189; manager.log and the Extended-2 log are in
// none. Cloudflare Logpush's http_requests, firewall_events, gateway_dns, gateway_network,
// access_requests and workers trace events are in fresh6, fresh142, fresh184, fresh205; spectrum_events
// and dns_logs are in none. Azure Front Door's WAF log is in fresh142 (same envelope, another
// category); its access log is in none. bunny.net is in none. Left out as measured already: Traefik's
// access log (common, genericCLF, JSON), Envoy's default and JSON access formats, F5 BIG-IP
// /var/log/ltm, NetScaler syslog, Fastly's syslog and JSON, Akamai DataStream 2 (JSON and
// structured), CloudFront's standard and real-time logs, varnishlog's raw Backend_health lines
// (the raw shape is varnishlog-raw's). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). HAProxy's syslog date and the accept date in brackets both carry the
// record's time, so either is accepted; a health-check notice has only the syslog date. Spectrum's
// record time is its Timestamp key, not ConnectTimestamp before it; a Netscape `-0000` is UTC;
// bunny's third column is epoch milliseconds. Levels only where the line marks one: HAProxy's PRI
// (local0: 134 info, 133 notice, 129 alert, 128 emergency), Traffic Server's STATUS (info), NOTE
// (notice), WARNING, ERROR and FATAL (critical); a status code, a cache result or a Spectrum Event
// is no level. The host is the record's host field, and none of these families has one: HAProxy's
// `format local` drops it, and an HTTP Host, an SNI, a query name, a Front Door endpoint or hostName,
// an origin or a client address is not the record's host. Every record here is one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit ca35e72 before any rule for it: level 97.9 %, time 87.5 %, host 96.9 %, records 100 %.
// That is the macro figure (micro: level 97.1 %, time 88.2 %, host 97.1 %, records 100 %), in a
// worktree at ca35e72 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are varnishncsa -j's Host key taken as the host in one line, the
// manager.log STATUS line without a program name, and bunny's epoch-millisecond field.

var fresh248Cases = []worldCase{
	{
		name:   "haproxy28-stdout-format-local-error-log-format",
		source: "HAProxy 2.8 `log stdout format local local0 info` (2.3+ `local` format: rfc3164 without the host name; haproxy/haproxy issue #963, issue #1861's config), with an `error-log-format \"%ci:%cp [%tr] %ft %ac/%fc %[fc_err]/%[ssl_fc_err,hex]/%[ssl_c_err]/%[ssl_c_ca_err]/%[ssl_fc_is_resumed] %[ssl_fc_sni]/%sslv/%sslc\"` on one frontend (haproxy/haproxy issue #1484, docs 8.2.5), the default `client:port [date] frontend/bind: SSL handshake failure (openssl error)` line (issues #2498, #2583, #2819), httplog, and the health-check and server-state lines (issues #2101, #278; src/server.c log levels)",
		why:    "a PRI and a BSD date with no host before `haproxy[pid]:`, the tag is no host; the accept date in brackets repeats the time with milliseconds; levels from the PRI only; server and backend names are not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.118Z", Info, "", "<134>Nov 29 07:41:16 haproxy[8]: 203.0.113.61:40122 [29/Nov/2026:07:41:16.118] fe_tls 14/15 34/0A000418/0/0/0 -/TLSv1.3/(NONE)"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.530Z", Info, "", "<134>Nov 29 07:41:16 haproxy[8]: 203.0.113.62:40130 [29/Nov/2026:07:41:16.530] fe_edge/1: SSL handshake failure (error:0A00010B:SSL routines::wrong version number)"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.402Z", Info, "", `<134>Nov 29 07:41:17 haproxy[8]: 10.20.4.7:51234 [29/Nov/2026:07:41:17.402] fe_tls~ be_app/app1 0/0/1/14/15 200 812 - - ---- 3/3/0/0/0 0/0 "GET /cart HTTP/2.0"`),
			we("2026-11-29T07:41:18Z", Notice, "", "<133>Nov 29 07:41:18 haproxy[8]: Health check for server be_app/app2 failed, reason: Layer4 timeout, check duration: 2001ms, status: 0/2 DOWN."),
			we("2026-11-29T07:41:18Z", Alert, "", "<129>Nov 29 07:41:18 haproxy[8]: Server be_app/app2 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue."),
			we("2026-11-29T07:41:19Z", Emergency, "", "<128>Nov 29 07:41:19 haproxy[8]: backend be_pay has no server available!"),
		},
	},
	{
		name:   "varnishncsa-j-json-format",
		source: "varnishncsa -j -F with a JSON object as the format (`-j` makes every variable JSON-safe): Varnish Software docs 'JSON Logging'; varnishncsa(1) (-j, %{X}t strftime, %{Varnish:handling}x, %{Varnish:time_firstbyte}x, %{Host}i)",
		why:    "one JSON object a request; the time is an strftime value with a numeric zone without a colon (+0000); the Host header is the request's, not the record's host; escaped quotes in the user agent",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"time":"2026-11-29T07:41:16+0000","client":"203.0.113.20","method":"GET","url":"/img/logo.png","proto":"HTTP/1.1","status":200,"bytes":4120,"handling":"hit","ttfb":0.000183,"host":"www.example.com","ua":"curl/8.5.0"}`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"time":"2026-11-29T07:41:17+0000","client":"203.0.113.21","method":"GET","url":"/api/stock?sku=4410","proto":"HTTP/1.1","status":200,"bytes":318,"handling":"pass","ttfb":0.041276,"host":"shop.example.com","ua":"Mozilla/5.0 (compatible; \"uptime-probe\"/2.1)"}`),
			we("2026-11-29T07:41:19Z", Unknown, "", `{"time":"2026-11-29T07:41:19+0000","client":"10.4.2.9","method":"PURGE","url":"/img/logo.png","proto":"HTTP/1.1","status":200,"bytes":240,"handling":"synth","ttfb":0.000051,"host":"www.example.com","ua":"-"}`),
			we("2026-11-29T07:42:03Z", Unknown, "", `{"time":"2026-11-29T07:42:03+0000","client":"203.0.113.20","method":"GET","url":"/img/logo.png","proto":"HTTP/1.1","status":200,"bytes":4120,"handling":"miss","ttfb":0.012904,"host":"www.example.com","ua":"curl/8.5.0"}`),
		},
	},
	{
		name:   "trafficserver-manager-log",
		gap:    "the `STATUS:` word after the `{0xthread}` address (no program name before it) is not read as a level: the reopened-log line gets Unknown, not Info",
		source: "Apache Traffic Server 7/8 traffic_manager's manager.log (`[Mmm dd HH:MM:SS.mmm] Manager {0xthread} LEVEL: [Class::method] msg`, and `{0xthread} STATUS:`/`NOTE:` lines without the program name when the log is reopened): apache/trafficserver issue #2141; issue #8955 (the same messages from ATS 9's traffic_manager)",
		why:    "a bracketed date without a year with milliseconds; a thread address in braces; the level word before a colon (STATUS, NOTE, WARNING, ERROR, FATAL); `Manager` is the program, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[Nov 29 07:41:16.204] {0x7f2a91c0e880} STATUS: opened /opt/ts/var/log/trafficserver/manager.log"),
			we("2026-11-29T07:41:16.204Z", Notice, "", "[Nov 29 07:41:16.204] {0x7f2a91c0e880} NOTE: <DiagsConfig.cc:141 (reconfigure_diags)> updated diags config"),
			we("2026-11-29T07:41:16.207Z", Notice, "", "[Nov 29 07:41:16.207] Manager {0x7f2a91c0e880} NOTE: [LocalManager::listenForProxy] Listening on port: 8080 (ipv4)"),
			we("2026-11-29T07:41:16.211Z", Notice, "", "[Nov 29 07:41:16.211] Manager {0x7f2a91c0e880} NOTE: [LocalManager::startProxy] Launching ts process"),
			we("2026-11-29T09:02:44.731Z", Critical, "", "[Nov 29 09:02:44.731] Manager {0x7f2a91c0e880} FATAL: [LocalManager::pollMgmtProcessServer] Error in read (errno: 104)"),
			we("2026-11-29T09:02:44.732Z", Error, "", "[Nov 29 09:02:44.732] Manager {0x7f2a91c0e880} ERROR: [LocalManager::sendMgmtMsgToProcesses] Error writing message"),
		},
	},
	{
		name:   "trafficserver-netscape-extended2-log",
		source: "Apache Traffic Server's Netscape Extended-2 event log (`%<chi> - %<caun> [%<cqtn>] \"%<cqtx>\" %<pssc> %<pscl> %<sssc> %<sscl> %<cqbl> %<pqbl> %<cqhl> %<pshl> %<pqhl> %<sshl> %<tts> %<phr> %<cfsc> %<pfsc> %<crc>`): Traffic Server docs 'Configuration Examples' (Netscape formats), 'Log Fields' (cqtn, phr, cfsc, crc); Forcepoint Content Gateway help 'Netscape Extended-2 logging formats'",
		why:    "a Netscape time in brackets with a -0000 zone; nine numbers after the status; the route (DIRECT/NONE), the finish codes FIN/INTR and the cache result code at the end are no levels; a proxy URL's host is no record host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.0.9.14 - - [29/Nov/2026:07:41:16 -0000] "GET http://origin.example.net/static/app.css HTTP/1.1" 200 5120 200 5120 0 0 318 284 336 262 0 DIRECT FIN FIN TCP_MISS`),
			we("2026-11-29T07:41:17Z", Unknown, "", `10.0.9.15 - alice [29/Nov/2026:07:41:17 -0000] "GET http://origin.example.net/static/app.css HTTP/1.1" 200 5120 000 0 0 0 322 284 0 0 0 NONE FIN FIN TCP_MEM_HIT`),
			we("2026-11-29T07:41:19Z", Unknown, "", `10.0.9.22 - - [29/Nov/2026:07:41:19 -0000] "POST http://api.example.net/v1/orders HTTP/1.1" 502 412 000 0 1184 1184 402 188 430 0 30 DIRECT INTR FIN ERR_CONNECT_FAIL`),
			we("2026-11-29T07:42:03Z", Unknown, "", `10.0.9.14 - - [29/Nov/2026:07:42:03 -0000] "GET http://origin.example.net/static/app.css HTTP/1.1" 304 0 304 0 0 0 340 190 352 176 0 DIRECT FIN FIN TCP_REFRESH_HIT`),
		},
	},
	{
		name:   "cloudflare-logpush-spectrum-events-rfc3339",
		source: "Cloudflare Logpush, the spectrum_events dataset with timestamp_format rfc3339 (fields in alphabetical order: Application, ClientAsn … ColoCode, ConnectTimestamp, DisconnectTimestamp, Event, … Status, Timestamp; Event disconnect/originError/clientFiltered, Status codes 200/403/445): developers.cloudflare.com logs reference 'Spectrum events', Spectrum 'Event logs'",
		why:    "three RFC 3339 times in one object: the record's is Timestamp, the last key, not ConnectTimestamp before it; the SNI, origin and client addresses are no hosts; Status is a connection code, Event is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"Application":"8f2c1a7e4b9d4e61a0c3f5b7d9e1a2c4","ClientAsn":64500,"ClientBytes":48213,"ClientCountry":"nl","ClientIP":"203.0.113.88","ClientMatchedIpFirewall":"UNKNOWN","ClientPort":51822,"ClientProto":"tcp","ClientTcpRtt":21450000,"ClientTlsCipher":"UNK","ClientTlsClientHelloServerName":"","ClientTlsProtocol":"none","ClientTlsStatus":"UNKNOWN","ColoCode":"AMS","ConnectTimestamp":"2026-11-29T07:38:02Z","DisconnectTimestamp":"2026-11-29T07:41:16Z","Event":"disconnect","IpFirewall":false,"OriginBytes":912004,"OriginIP":"192.0.2.10","OriginPort":22,"OriginProto":"tcp","OriginTcpRtt":1820000,"Status":200,"Timestamp":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:20Z", Unknown, "", `{"Application":"8f2c1a7e4b9d4e61a0c3f5b7d9e1a2c4","ClientAsn":64501,"ClientBytes":517,"ClientCountry":"de","ClientIP":"203.0.113.91","ClientMatchedIpFirewall":"UNKNOWN","ClientPort":40210,"ClientProto":"tcp","ClientTcpRtt":30120000,"ClientTlsCipher":"AEAD-AES128-GCM-SHA256","ClientTlsClientHelloServerName":"mqtt.example.com","ClientTlsProtocol":"TLSv1.3","ClientTlsStatus":"OK","ColoCode":"FRA","ConnectTimestamp":"2026-11-29T07:40:50Z","DisconnectTimestamp":"2026-11-29T07:41:20Z","Event":"originError","IpFirewall":false,"OriginBytes":0,"OriginIP":"192.0.2.11","OriginPort":8883,"OriginProto":"tcp","OriginTcpRtt":0,"Status":445,"Timestamp":"2026-11-29T07:41:20Z"}`),
			we("2026-11-29T07:42:03Z", Unknown, "", `{"Application":"8f2c1a7e4b9d4e61a0c3f5b7d9e1a2c4","ClientAsn":64510,"ClientBytes":0,"ClientCountry":"us","ClientIP":"198.51.100.14","ClientMatchedIpFirewall":"BLOCK_COUNTRY","ClientPort":33018,"ClientProto":"tcp","ClientTcpRtt":0,"ClientTlsCipher":"UNK","ClientTlsClientHelloServerName":"","ClientTlsProtocol":"unknown","ClientTlsStatus":"UNKNOWN","ColoCode":"EWR","ConnectTimestamp":"2026-11-29T07:42:03Z","DisconnectTimestamp":"2026-11-29T07:42:03Z","Event":"clientFiltered","IpFirewall":true,"OriginBytes":0,"OriginIP":"","OriginPort":0,"OriginProto":"","OriginTcpRtt":0,"Status":403,"Timestamp":"2026-11-29T07:42:03Z"}`),
		},
	},
	{
		name:   "cloudflare-logpush-dns-logs-rfc3339",
		source: "Cloudflare Logpush, the zone-scoped dns_logs dataset (authoritative DNS: ColoCode, EDNSSubnet, EDNSSubnetLength, QueryName, QueryType, ResponseCached, ResponseCode, SourceIP, Timestamp) with timestamp_format rfc3339: developers.cloudflare.com logs reference, zone-scoped datasets 'DNS logs' (listed beside Spectrum events); the field list from memory",
		why:    "the time is the last key; the query name is no host; ResponseCode is a DNS rcode (0, 3), no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"ColoCode":"AMS","EDNSSubnet":"203.0.113.0","EDNSSubnetLength":24,"QueryName":"www.example.com","QueryType":1,"ResponseCached":true,"ResponseCode":0,"SourceIP":"192.0.2.53","Timestamp":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Unknown, "", `{"ColoCode":"AMS","EDNSSubnet":"203.0.113.0","EDNSSubnetLength":24,"QueryName":"www.example.com","QueryType":28,"ResponseCached":true,"ResponseCode":0,"SourceIP":"192.0.2.53","Timestamp":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:19Z", Unknown, "", `{"ColoCode":"LHR","EDNSSubnet":"","EDNSSubnetLength":0,"QueryName":"nonexistent.example.com","QueryType":1,"ResponseCached":false,"ResponseCode":3,"SourceIP":"198.51.100.7","Timestamp":"2026-11-29T07:41:19Z"}`),
			we("2026-11-29T08:15:40Z", Unknown, "", `{"ColoCode":"SJC","EDNSSubnet":"","EDNSSubnetLength":0,"QueryName":"example.com","QueryType":16,"ResponseCached":false,"ResponseCode":0,"SourceIP":"192.0.2.54","Timestamp":"2026-11-29T08:15:40Z"}`),
		},
	},
	{
		name:   "bunnycdn-v1-raw-log",
		gap:    "the epoch milliseconds in the third pipe-separated field are not read: every record gets no time",
		source: "bunny.net Logging API v1 raw log (`GET https://logging.bunnycdn.com/{MM}-{DD}-{YY}/{pull_zone_id}.log`, one pipe-separated line a request: cache status, status code, UTC epoch milliseconds, bytes sent, pull zone id, remote IP (last octet zeroed by default), referer, URL, edge location, user agent, request id, country): docs.bunny.net 'CDN logging' and 'Logging API Reference'",
		why:    "no header; the time is the third field, epoch milliseconds between pipes; HIT/MISS/STALE and the status are no levels; the URL's host is no record host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "HIT|200|1795938076204|4120|81234|203.0.113.0|-|https://media.example.b-cdn.net/img/hero.webp|FR|Mozilla/5.0 (Windows NT 10.0; Win64; x64)|5b0c9e2f7a1d4e3b8c6f2a9d0e1b7c43|NL"),
			we("2026-11-29T07:41:17.53Z", Unknown, "", "MISS|206|1795938077530|1048576|81234|198.51.100.0|https://www.example.com/tour|https://media.example.b-cdn.net/v/intro.mp4|DE|Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0|0e7d4c2b9a8f4a61b3c5d7e9f1a2b4c6|DE"),
			we("2026-11-29T07:42:03.018Z", Unknown, "", "MISS|404|1795938123018|512|81234|203.0.113.0|-|https://media.example.b-cdn.net/img/missing.png|FR|curl/8.5.0|7a9c1e3f5b7d4f208c6e4a2b0d9f8e71|NL"),
			we("2026-11-29T08:15:40.002Z", Unknown, "", "STALE|200|1795940140002|4120|81234|192.0.2.0|-|https://media.example.b-cdn.net/img/hero.webp|NY|Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)|c4b2a0f8e6d44c1a9b7f5e3d1c0a8b96|US"),
		},
	},
	{
		name:   "azure-front-door-access-log-json",
		source: "Azure Front Door Standard/Premium resource log, category FrontDoorAccessLog, as diagnostic settings write it to a storage account (one JSON record a line: time with seven fractional digits, resourceId, category, operationName, properties with trackingReference, httpMethod, requestUri, hostName, clientIp, pop, cacheStatus, timeToFirstByte, timeTaken, httpStatusCode, endpoint, originName): learn.microsoft.com 'Monitor metrics and logs in Azure Front Door'; Elastic's azure_frontdoor integration (access log); Google SecOps AZURE_FRONT_DOOR parser change log (socketIp, originName, originUrl)",
		why:    "the record's time is `time` with seven fractional digits; hostName, endpoint, originName and the URL are the request's, not the record's host; httpStatusCode and errorInfo are no levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `{"time":"2026-11-29T07:41:16.2040000Z","resourceId":"/SUBSCRIPTIONS/3A7C1E2F-4B5D-4E6F-8A9B-0C1D2E3F4A5B/RESOURCEGROUPS/RG-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/FD-SHOP","category":"FrontDoorAccessLog","operationName":"Microsoft.Cdn/Profiles/AccessLog/Write","properties":{"trackingReference":"20261129T074116Z-r1a2b3c4d5e6f7g8h9","httpMethod":"GET","httpVersion":"2.0.0","requestUri":"https://shop.example.com:443/img/hero.webp","hostName":"shop.example.com","requestBytes":"402","responseBytes":"41230","userAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)","clientIp":"203.0.113.77","clientPort":"51022","socketIp":"203.0.113.77","timeToFirstByte":"0.004","timeTaken":"0.011","requestProtocol":"HTTPS","securityProtocol":"TLS 1.3","httpStatusCode":"200","httpStatusDetails":"200","pop":"AMS","cacheStatus":"HIT","errorInfo":"NoError","endpoint":"shop-ep-b4c7d2e1f0a9.z01.azurefd.net","isReceivedFromClient":true,"originName":"N/A","originUrl":"N/A"}}`),
			we("2026-11-29T07:41:17.5301234Z", Unknown, "", `{"time":"2026-11-29T07:41:17.5301234Z","resourceId":"/SUBSCRIPTIONS/3A7C1E2F-4B5D-4E6F-8A9B-0C1D2E3F4A5B/RESOURCEGROUPS/RG-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/FD-SHOP","category":"FrontDoorAccessLog","operationName":"Microsoft.Cdn/Profiles/AccessLog/Write","properties":{"trackingReference":"20261129T074117Z-s2b3c4d5e6f7g8h9i0","httpMethod":"POST","httpVersion":"1.1.0","requestUri":"https://shop.example.com:443/api/cart","hostName":"shop.example.com","requestBytes":"1210","responseBytes":"388","userAgent":"okhttp/4.12.0","clientIp":"198.51.100.23","clientPort":"40112","socketIp":"198.51.100.23","timeToFirstByte":"0.088","timeTaken":"0.091","requestProtocol":"HTTPS","securityProtocol":"TLS 1.2","httpStatusCode":"200","httpStatusDetails":"200","pop":"FRA","cacheStatus":"CONFIG_NOCACHE","errorInfo":"NoError","endpoint":"shop-ep-b4c7d2e1f0a9.z01.azurefd.net","isReceivedFromClient":true,"originName":"app-shop-weu.azurewebsites.net:443","originUrl":"https://app-shop-weu.azurewebsites.net:443/api/cart"}}`),
			we("2026-11-29T07:42:03.0180000Z", Unknown, "", `{"time":"2026-11-29T07:42:03.0180000Z","resourceId":"/SUBSCRIPTIONS/3A7C1E2F-4B5D-4E6F-8A9B-0C1D2E3F4A5B/RESOURCEGROUPS/RG-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/FD-SHOP","category":"FrontDoorAccessLog","operationName":"Microsoft.Cdn/Profiles/AccessLog/Write","properties":{"trackingReference":"20261129T074203Z-t3c4d5e6f7g8h9i0j1","httpMethod":"GET","httpVersion":"1.1.0","requestUri":"https://shop.example.com:443/api/stock","hostName":"shop.example.com","requestBytes":"310","responseBytes":"512","userAgent":"curl/8.5.0","clientIp":"203.0.113.90","clientPort":"33410","socketIp":"203.0.113.90","timeToFirstByte":"30.012","timeTaken":"30.014","requestProtocol":"HTTPS","securityProtocol":"TLS 1.3","httpStatusCode":"504","httpStatusDetails":"504","pop":"AMS","cacheStatus":"TCP_MISS","errorInfo":"OriginTimeout","endpoint":"shop-ep-b4c7d2e1f0a9.z01.azurefd.net","isReceivedFromClient":true,"originName":"app-shop-weu.azurewebsites.net:443","originUrl":"https://app-shop-weu.azurewebsites.net:443/api/stock"}}`),
		},
	},
}

func TestFresh248Formats(t *testing.T) { assertTable(t, fresh248Cases) }
func TestFresh248Score(t *testing.T) {
	checkScore(t, "fresh248 formats", fresh248Cases, [worldNumFields]float64{97.8, 87.4, 99.9, 99.9})
}
