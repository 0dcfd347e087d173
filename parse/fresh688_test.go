package parse

import "testing"

// The six-hundred-and-eighty-eighth fresh table: RADIUS, Kerberos and LDAP directory servers and
// the programs that talk to them, shapes no earlier table holds. Each family is one product's
// documented or observed output: the OpenVPN RADIUS plugin's lines in OpenVPN's log (a ctime stamp
// with the year, `RADIUS-PLUGIN: FOREGROUND:`, a message continued on a line of its own); OpenBSD's
// radiusd through syslog; nginx's nginx-ldap-auth daemon (`addr - user [dd/Mon/yyyy HH:mm:ss] msg`);
// OpenLDAP's libldap debug trace under `ldapsearch -d 1` (no times, a connection dump block);
// Python's ldap3 library through the logging module's default format (`DEBUG:ldap3:BASIC:`, with
// `>>` protocol dumps under a line); BloodHound.py's console (`INFO: `, `WARNING: `, a traceback
// under an ERROR); msktutil's `--verbose` trace (` -- function: msg`); kerbrute's console
// (`yyyy/MM/dd HH:mm:ss >  msg` under an ASCII banner).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`freeradius`, `radiusd`, `Login OK`, `Auth: (`, `Received
// Access-Request`, `radacct`, `Acct-Status-Type`, `Packet-Type`, `krb5kdc`, `kadmind`, `AS_REQ`,
// `TGS_REQ`, `ISSUE: authtime`, `heimdal`, `AS-REQ`, `KRB5_TRACE`, `Getting initial credentials`,
// `KdcAccessibility`, `KrbAsReq`, `sun.security.krb5`, `slapd`, `openldap`, `conn=`, `SRCH base`,
// `BIND dn`, `389-ds`, `dirsrv`, `- ERR -`, `- NOTICE -`, `opendj`, `forgerock`, `CONNECT conn`,
// `apacheds`, `samba`, `log.samba`, `source4`, `winbind`, `sssd`, `sdap_`, `(0x0400)`, `kanidm`,
// `lldap`, `glauth`, `radsecproxy`, `radiator`, `Handling request`, `NPS`, `IAS,`, `Network Policy
// Server`, `data_type`, `<Event><Timestamp`, `CISE_`, `freeipa`, `ipa-`, `ipa-otpd`,
// `ipaserver-install`, `lloadd`, `auditlog`, `changetype`, `syncrepl`, `tac_plus`, `tacacs`,
// `pam_radius`, `eduroam`, `F-TICKS`, `fticks`, `hostapd`, `hostapd_cli`, `wpa_supplicant`,
// `eapol_test`, `EAPOL:`, `SUPP_PAE`, `RADIUS`, `kerberos`, `ldap`, `kdc`, `krb5`,
// `Access-Accept`, `Access-Reject`, `Accounting-Request`, `gssapi`, `SASL`, `yubikey`,
// `privacyidea`, `linotp`, `multiotp`, `openam`, `keycloak`, `authelia`, `Shibboleth`,
// `cas-server`, `gluu`, `univention`, `univention-directory`, `( PROCESS )`, `zentyal`,
// `OIDLDAPD`, `oidldapd`, `Oracle Internet Directory`, `Oracle Unified Directory`, `NOTIFICATION:16`,
// `ibmslapd`, `GLPSRV`, `ndstrace`, `edirectory`, `pingdirectory`, `unboundid`, `Steel-Belted`,
// `SBR`, `clearpass`, `fortiauthenticator`, `GNU Radius`, `gnu-radius`, `radtest`, `radclient`,
// `radsniff`, `Sent Access-Request`, `nslcd`, `nss-pam-ldapd`, `ldap_result`, `gssproxy`,
// `rpc.gssd`, `gssd`, `handle_gssd_upcall`, `k5start`, `msktutil`, ` -- init_password`,
// `get_dc_host`, `adcli`, `realmd`, `ipropd`, `kpropd`, `kprop`, `shishi`, `kerby`, `ldapjs`,
// `python-ldap`, `ldap3`, `instantiated Server`, `autofs`, `nss_ldap`, `pam_ldap`, `AD LDS`,
// `ns-slapd`, `RESULT err=`, `err=49`, `tag=97`, `ACCEPT from`, `krb5_child`, `ldap_child`,
// `kinit`, `klist`, `pam_krb5`, `pam_sss`, `kdc.log`, `krb5kdc.log`, `radius.log`, `rlm_`,
// `linelog`, `detail-`, `Acct-Session-Id`, `NAS-IP-Address`, `Calling-Station-Id`, `Framed-IP`,
// `Ready to process requests`, `Ignoring request`, `authentik`, `zitadel`, `jumpcloud`,
// `ldap-proxy`, `oauth2-proxy`, `tinyradius`, `pyrad`, `radiusclient`, `openradius`, `cistron`,
// `ldapsearch`, `ldapmodify`, `slapcat`, `slapadd`, `slaptest`, `hprop`, `kcm`, `sssd_kcm`,
// `kpasswd`, `packetfence`, `daloradius`, `Cisco ACS`, `tekradius`, `chilli`, `coova`,
// `openwisp`, `duo`, `authproxy`, `duoauthproxy`, `okta`, `RSA Authentication`, `securid`,
// `PasswordService`, `Open Directory`, `AUTH2:`, `ldap2pg`, `nginx-ldap`, `nginx-ldap-auth`,
// `log_date_time_string`, `lemonldap`, `LLNG`, `local_time`, `accel-ppp`, `openbsd radiusd`,
// `radiusd(8)`, `kdcproxy`, `mod_auth_gssapi`, `mod_auth_kerb`, `NPS extension`, `Azure MFA`,
// `portnox`, `saslauthd`, `RADIUS-PLUGIN`, `radiusplugin`, `kerbrute`, `VALID USERNAME`,
// `impacket`, `GetUserSPNs`, `bloodhound`, `ldapdomaindump`, `certipy`, `Kerberos SessionError`,
// `netexec`, `crackmapexec`, `RichHandler`, `ldap_url_parse_ext`, `ldap_sasl_bind`,
// `LdapClient@`, `syslog-utc`, `▶`). None of the OpenVPN RADIUS plugin, OpenBSD's radiusd,
// nginx-ldap-auth, libldap's debug trace, ldap3, BloodHound.py, msktutil or kerbrute is in any
// table (`radiusd[` matches only FreeRADIUS's syslog lines; `VALID USERNAME` only other products'
// messages; `▶` only KrakenD's `yyyy/MM/dd - HH:mm:ss.SSS ▶ LEVEL`). Left out as measured
// already: FreeRADIUS (radius.log, -X, detail, linelog, radclient, radsniff), MIT krb5kdc, kadmind,
// kpropd and KRB5_TRACE, Heimdal, the JDK's krb5 debug, OpenLDAP's slapd, lloadd and accesslog,
// 389 DS, OpenDJ and PingDirectory's shared access log, ApacheDS, Samba, winbind, SSSD, nslcd,
// Kanidm, lldap, GLAuth, radsecproxy, Radiator, NPS's IAS and DTS files, Cisco ISE and ACS,
// ClearPass, FortiAuthenticator, Steel-Belted Radius, FreeIPA, Univention, Zentyal, rpc.gssd,
// gssproxy, adcli, realmd, Impacket, IBM SDS, eDirectory and Duo's authproxy. Left out as an
// existing shape: Oracle Internet Directory and Oracle Unified Directory (ODL and the OpenDJ access
// log), GNU Radius (its detail file is FreeRADIUS's), NetExec (Rich's console). Left out as not
// confirmed by any search: TekRADIUS, Apple's PasswordService log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OpenVPN's ctime stamp carries its year; its ISO stamp, nginx-ldap-auth's
// `29/Nov/2026 07:41:16` and kerbrute's `2026/11/29 07:41:16` have no zone and are taken as UTC;
// radiusd's syslog stamp has no year (2026). libldap's trace, ldap3's and BloodHound.py's default
// console formats and msktutil's trace carry no time at all: those records expect none, and the
// `last used:` date inside libldap's connection dump is the connection's, not the record's. Levels
// only where the line marks one: the logging module's `DEBUG:`/`INFO:`/`WARNING:`/`ERROR:` prefix
// (ldap3's `BASIC`, `NETWORK` and `ERROR` after the logger name are its detail levels, not the
// record's level), OpenVPN's `Error:` before the plugin's tag; radiusd's syslog file lines,
// nginx-ldap-auth's lines (an HTTP status is no level), libldap's trace, msktutil's and kerbrute's
// lines (`[+]` is a success bullet) carry none. The host is the record's host field: only
// radiusd's syslog host; RADIUS clients, the LDAP servers and DCs named in messages, the KDC
// kerbrute names and nginx-ldap-auth's client address are peers. A record that spans lines is one
// entry: the plugin's message with its second line, libldap's connection dump and ldapsearch's
// `additional info:`, ldap3's `>>` dump, BloodHound.py's two-line WARNING and its ERROR with the
// traceback under it. kerbrute's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); none rests on memory alone. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 188306f before any rule for it: level 89.6 %, time 89.6 %, host 89.6 %, records 82.7 %.
// That is the macro figure (micro: level 90.4 %, time 90.4 %, host 90.4 %, records 82.7 %), in a
// worktree at 188306f with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are msktutil's blank-led ` -- function:` lines, read as
// continuations and joined into one record, libldap's connection dump (`* host:` and the indented
// lines under `** ld … Connections:`) split into records of its own, ldap3's `>>` dump lines after
// the first not joined to the line above, and the unstamped second line of a BloodHound.py WARNING
// not joined to it.

var fresh688Cases = []worldCase{
	{
		name:   "openvpn-radiusplugin-in-openvpn-log",
		source: "the OpenVPN RADIUS plugin (radiusplugin.so) writing into OpenVPN's log (`Www Mmm dd HH:mm:ss yyyy RADIUS-PLUGIN: FOREGROUND: …`, `BACKGROUND  AUTH:`, `BACKGROUND-ACCT:` with `No value in the Attribute!` on the next line, `Error: RADIUS-PLUGIN: …`, OpenVPN 2.5+'s own `yyyy-MM-dd HH:mm:ss addr PLUGIN_CALL:` line between): ValdikSS/openvpn-radiusplugin issues #2 and #4, OpenVPN/openvpn issue #350",
		why:    "a ctime stamp with the year; a message continued on an unstamped line is one record; `Error:` before the plugin tag marks the level; the client's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 RADIUS-PLUGIN: FOREGROUND: OPENVPN_PLUGIN_AUTH_USER_PASS_VERIFY is called."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 RADIUS-PLUGIN: BACKGROUND  AUTH: New user auth: username: lena.marsh, password: *****, calling station: 198.51.100.23, commonname: lena.marsh."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 RADIUS-PLUGIN: FOREGROUND THREAD: Auth_user_pass_verify thread started."),
			we("2026-11-29T07:42:16Z", Unknown, "",
				"Sun Nov 29 07:42:16 2026 RADIUS-PLUGIN: BACKGROUND-ACCT:  Fail to add attribute ATTRIB_User_Password.",
				"No value in the Attribute!"),
			we("2026-11-29T07:43:02Z", Error, "", "Sun Nov 29 07:43:02 2026 Error: RADIUS-PLUGIN: FOREGROUND: common_name is not defined"),
			we("2026-11-29T07:43:02Z", Unknown, "", "2026-11-29 07:43:02 203.0.113.71:50412 PLUGIN_CALL: POST /usr/lib/openvpn/radiusplugin.so/PLUGIN_AUTH_USER_PASS_VERIFY status=1"),
		},
	},
	{
		name:   "openbsd-radiusd-syslog",
		source: "OpenBSD's radiusd(8) logging through syslog into /var/log/daemon (`Mmm dd HH:mm:ss host radiusd[pid]: msg`; its messages `Received Access-Request(code=1) from addr:port id=N username=U q=N: `bsdauth' authentication is starting`, `Sending Access-Accept(code=2) to … q=N`, `no `client' matches`, `Received Accounting-Request(code=4) type=Start(1) …`): usr.sbin/radiusd/radiusd.c (radiusd_listen_handle_packet, radius_query_access_response, found with find_string)",
		why:    "a plain BSD syslog line in a file: the host after the time, no severity; the NAS addresses in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 radiusd[31544]: Received Access-Request(code=1) from 192.0.2.20:40112 id=17 username=lena q=1: `bsdauth' authentication is starting"),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 radiusd[31544]: Sending Access-Accept(code=2) to 192.0.2.20:40112 id=17 q=1"),
			we("2026-11-29T07:41:20Z", Unknown, "gw1", "Nov 29 07:41:20 gw1 radiusd[31544]: Received Access-Request(code=1) from 198.51.100.9:5012 id=3: no `client' matches"),
			we("2026-11-29T07:44:51Z", Unknown, "gw1", "Nov 29 07:44:51 gw1 radiusd[31544]: Received Accounting-Request(code=4) type=Start(1) from 192.0.2.20:40113 id=18 username=lena q=2"),
			we("2026-11-29T07:44:51Z", Unknown, "gw1", "Nov 29 07:44:51 gw1 radiusd[31544]: Sending Accounting-Response(code=5) to 192.0.2.20:40113 id=18 q=2"),
		},
	},
	{
		name:   "nginx-ldap-auth-daemon",
		source: "nginxinc/nginx-ldap-auth's nginx-ldap-auth-daemon.py on stdout (its log_message: `addr - user [log_date_time_string] msg`, `dd/Mon/yyyy HH:mm:ss` with no zone; BaseHTTPRequestHandler's request line `\"GET /auth-proxy HTTP/1.0\" 401 -`; auth_failed's `Error while … , server=\"…\", login=\"…\"`): the daemon's source, nginxinc/nginx-ldap-auth issue #41",
		why:    "a slashed day-first date in brackets with no zone after a client address and a user; `Error while` is a word of the message and the status code no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "127.0.0.1 - - [29/Nov/2026 07:41:16] using username/password from authorization header"),
			we("2026-11-29T07:41:16Z", Unknown, "", `127.0.0.1 - lena [29/Nov/2026 07:41:16] searching on server "ldap://ldap01.harbour.test:389" with base dn "ou=people,dc=harbour,dc=test" with filter "(uid=lena)"`),
			we("2026-11-29T07:41:16Z", Unknown, "", `127.0.0.1 - lena [29/Nov/2026 07:41:16] Auth OK for user "lena"`),
			we("2026-11-29T07:41:16Z", Unknown, "", `127.0.0.1 - lena [29/Nov/2026 07:41:16] "GET /auth-proxy HTTP/1.0" 200 -`),
			we("2026-11-29T07:42:03Z", Unknown, "", `127.0.0.1 - mkovac [29/Nov/2026 07:42:03] Error while binding as an existing user "uid=mkovac,ou=people,dc=harbour,dc=test": {'desc': 'Invalid credentials'}, server="ldap://ldap01.harbour.test:389", login="mkovac"`),
			we("2026-11-29T07:42:03Z", Unknown, "", `127.0.0.1 - mkovac [29/Nov/2026 07:42:03] "GET /auth-proxy HTTP/1.0" 401 -`),
		},
	},
	{
		name:   "libldap-debug-trace-ldapsearch",
		gap:    "the `* host:` line and the indented `refcnt:` and `last used:` lines under libldap's `** ld 0x… Connections:` header are not joined to it: the dump is split into records of its own",
		source: "OpenLDAP's libldap debug trace on stderr (`ldapsearch -d 1`, or PHP's LDAP_OPT_DEBUG_LEVEL: `ldap_url_parse_ext(…)`, `ldap_create`, `ldap_connect_to_host: TCP host:389`, the `** ld 0x… Connections:` dump with `* host:`, `refcnt:` and `last used:` lines, `res_errno: 49, res_error: <…>`; ldapsearch's `ldap_bind: Invalid credentials (49)` with its tab-indented `additional info:`): nuxsmin/sysPass issue #360, ltb-project/self-service-password issues #248, #312 and #1101",
		why:    "no times and no levels; the connection dump is one record and its `last used:` date is not the record's time; a tab-indented line continues ldapsearch's error",
		entries: []worldEntry{
			we("", Unknown, "", "ldap_url_parse_ext(ldap://dc01.harbour.test/)"),
			we("", Unknown, "", "ldap_create"),
			we("", Unknown, "", "ldap_sasl_bind"),
			we("", Unknown, "", "ldap_connect_to_host: TCP dc01.harbour.test:389"),
			we("", Unknown, "", "ldap_connect_to_host: Trying 10.20.0.11:389"),
			we("", Unknown, "", "ldap_pvt_connect: fd: 3 tm: -1 async: 0"),
			we("", Unknown, "",
				"** ld 0x55d1c0a3e2b0 Connections:",
				"* host: dc01.harbour.test  port: 389  (default)",
				"  refcnt: 2  status: Connected",
				"  last used: Sun Nov 29 07:41:16 2026",
				""),
			we("", Unknown, "", "read1msg: ld 0x55d1c0a3e2b0 msgid 1 message type bind"),
			we("", Unknown, "", "res_errno: 49, res_error: <80090308: LdapErr: DSID-0C09050F, comment: AcceptSecurityContext error, data 52e, v4f7c>, res_matched: <>"),
			we("", Unknown, "",
				"ldap_bind: Invalid credentials (49)",
				"\tadditional info: 80090308: LdapErr: DSID-0C09050F, comment: AcceptSecurityContext error, data 52e, v4f7c"),
		},
	},
	{
		name:   "python-ldap3-logging-default-format",
		gap:    "only the first `>>LDAPMessage:` line of ldap3's `>>` protocol dump is joined to the EXTENDED line above it; the `>> messageID=…` lines after it start records of their own",
		source: "the ldap3 Python library's logging (set_library_log_detail_level BASIC/NETWORK/EXTENDED) through logging.basicConfig's default `LEVEL:logger:msg`, so `DEBUG:ldap3:BASIC:…`, `…:NETWORK:sent 51 bytes via <…>`, and under an EXTENDED line the `>>LDAPMessage:` dump with `>>` on every line: cannatag/ldap3 issue #578 (a pasted log), a privacyIDEA ldap3 logging gist",
		why:    "no time; the logging module's level word first, then the logger, then ldap3's detail level (`ERROR` there is a detail level under a DEBUG record); the `>>` dump lines belong to the line above",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG:ldap3:BASIC:instantiated Server: <Server(host='ldap01.harbour.test', port=636, use_ssl=True, allowed_referral_hosts=[('*', True)], get_info='SCHEMA', mode='IP_V6_PREFERRED')>"),
			we("", Debug, "", "DEBUG:ldap3:BASIC:start BIND operation via <ldaps://ldap01.harbour.test:636 - ssl - user: uid=svc-wiki,ou=services,dc=harbour,dc=test - not lazy - unbound - open - <local: 10.20.4.17:51934 - remote: 10.20.0.21:636> - tls not started - listening - SyncStrategy - internal decoder>"),
			we("", Debug, "",
				"DEBUG:ldap3:EXTENDED:ldap message sent via <ldaps://ldap01.harbour.test:636 - ssl - user: uid=svc-wiki,ou=services,dc=harbour,dc=test - not lazy - unbound - open - <local: 10.20.4.17:51934 - remote: 10.20.0.21:636> - tls not started - listening - SyncStrategy - internal decoder>:",
				">>LDAPMessage:",
				">> messageID=1",
				">> protocolOp=ProtocolOp:",
				">>  bindRequest=BindRequest:",
				">>   version=3",
				">>   name=uid=svc-wiki,ou=services,dc=harbour,dc=test",
				">>   authentication=AuthenticationChoice:",
				">>    simple=<stripped 14 characters of sensitive data>"),
			we("", Debug, "", "DEBUG:ldap3:NETWORK:sent 64 bytes via <ldaps://ldap01.harbour.test:636 - ssl - user: uid=svc-wiki,ou=services,dc=harbour,dc=test - not lazy - unbound - open - <local: 10.20.4.17:51934 - remote: 10.20.0.21:636> - tls not started - listening - SyncStrategy - internal decoder>"),
			we("", Debug, "", "DEBUG:ldap3:BASIC:done BIND operation, result <True>"),
			we("", Debug, "", "DEBUG:ldap3:ERROR:<socket connection error while opening: [Errno 111] Connection refused> for <ldaps://ldap02.harbour.test:636 - ssl - user: uid=svc-wiki,ou=services,dc=harbour,dc=test - not lazy - unbound - closed - <no socket> - tls not started - not listening - SyncStrategy - internal decoder>"),
			we("", Info, "", "INFO:wiki.auth:LDAP login succeeded for lena via ldap01.harbour.test"),
		},
	},
	{
		name:   "bloodhound-python-console",
		gap:    "the unstamped second line of a two-line `WARNING:` message (`If this gives errors, …`) is not joined to the WARNING above it",
		source: "BloodHound.py (bloodhound-python) on a terminal, Python logging's `%(levelname)s: %(message)s` (`INFO: Found AD domain: …`, `DEBUG:` under -v, a `WARNING:` whose message runs onto a second line, `ERROR: Failure to authenticate with LDAP! …` with the uncaught traceback after it): dirkjanm/BloodHound.py issues #87, #145 and #167",
		why:    "no time; the level word and a colon first; a message's second line and a traceback belong to the record above; the DC and the domain named in messages are no hosts",
		entries: []worldEntry{
			we("", Info, "", "INFO: Found AD domain: harbour.test"),
			we("", Debug, "", "DEBUG: Using LDAP server: dc01.harbour.test"),
			we("", Info, "", "INFO: Getting TGT for user"),
			we("", Warn, "", "WARNING: Failed to get Kerberos TGT. Falling back to NTLM authentication. Error: Kerberos SessionError: KDC_ERR_PREAUTH_FAILED(Pre-authentication information was invalid)"),
			we("", Warn, "",
				"WARNING: Could not find a global catalog server, assuming the primary DC has this role",
				"If this gives errors, either specify a hostname with -gc or disable gc resolution with --disable-autogc"),
			we("", Info, "", "INFO: Connecting to LDAP server: dc01.harbour.test"),
			we("", Error, "",
				"ERROR: Failure to authenticate with LDAP! Error 80090346: LdapErr: DSID-0C09075A, comment: AcceptSecurityContext error, data 80090346, v4f7c",
				"Traceback (most recent call last):",
				`  File "/usr/local/bin/bloodhound-python", line 8, in <module>`,
				"    sys.exit(main())",
				`  File "/usr/local/lib/python3.11/dist-packages/bloodhound/__init__.py", line 343, in main`,
				"    bloodhound.run(collect=collect,",
				"bloodhound.ad.utils.CollectionException: Could not authenticate to LDAP. Check your credentials and LDAP server requirements."),
		},
	},
	{
		name:   "msktutil-verbose-trace",
		gap:    "msktutil's ` -- function: message` lines, which begin with a blank, are read as continuations: all six are joined into the first line's record",
		source: "msktutil --verbose on a terminal (` -- function_name: message`, one line a step: init_password, get_dc_host, get_default_keytab, create_fake_krb5_conf, try_machine_keytab_princ, LDAPConnection): msktutil/msktutil PR #195 (a pasted run)",
		why:    "no time and no level; every line begins with a blank and two dashes and is a record of its own, not the continuation of the one above; the DC it finds is no host",
		entries: []worldEntry{
			we("", Unknown, "", " -- init_password: Wiping the computer password structure"),
			we("", Unknown, "", " -- get_dc_host: Attempting to find Domain Controller to use via DNS SRV record in domain HARBOUR.TEST for procotol tcp"),
			we("", Unknown, "", " -- validate: Found DC: dc02.harbour.test. Checking availability..."),
			we("", Unknown, "", " -- get_default_keytab: Obtaining the default keytab name: FILE:/etc/krb5.keytab"),
			we("", Unknown, "", " -- try_machine_keytab_princ: Trying to authenticate wks-0412$ from local keytab"),
			we("", Unknown, "", " -- LDAPConnection: Connecting to LDAP server: dc02.harbour.test"),
		},
	},
	{
		name:   "kerbrute-console",
		source: "ropnop/kerbrute on a terminal (its util/log.go: go-logging `%{time:2006/01/02 15:04:05} ▶  %{message}`, printed as `>` in the README's runs; the ASCII banner and `Version:` line first; `Using KDC(s):`, the KDC on a line of its own, `[+] VALID USERNAME:\\t user@domain`, `Done! Tested N usernames`): kerbrute's README and util/log.go",
		why:    "a slashed year-first date with no zone, then `>` and two blanks; `[+]` is a success bullet, no level; the KDC is a peer; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("",
				`    __             __               __     `,
				`   / /_____  _____/ /_  _______  __/ /____ `,
				`  / //_/ _ \/ ___/ __ \/ ___/ / / / __/ _ \`,
				` / ,< /  __/ /  / /_/ / /  / /_/ / /_/  __/`,
				`/_/|_|\___/_/  /_.___/_/   \__,_/\__/\___/ `,
				"",
				"Version: v1.0.3 (9dad6e1) - 11/29/26 - Ronnie Flathers @ropnop",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 >  Using KDC(s):"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 >   dc01.harbour.test:88"),
			wskip(""),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 >  [+] VALID USERNAME:\t lena@harbour.test"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 >  [+] VALID USERNAME:\t mkovac@harbour.test"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 >  Done! Tested 1200 usernames (2 valid) in 1.906 seconds"),
		},
	},
}

func TestFresh688Formats(t *testing.T) { assertTable(t, fresh688Cases) }
func TestFresh688Score(t *testing.T) {
	checkScore(t, "fresh688 formats", fresh688Cases, [worldNumFields]float64{89.5, 89.5, 89.5, 82.6})
}
