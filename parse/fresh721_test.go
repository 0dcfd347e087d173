package parse

import "testing"

// The seven-hundred-and-twenty-first fresh table: smart cards, HSMs and PKCS#11 tokens, the logs
// people attach when a token is not seen, a PIN is refused or a key is not found, shapes no earlier
// table holds. Each family is one product's documented or observed output: OpenSC's debug file
// (`P:pid; T:0xthread HH:MM:SS.mmm [app] file.c:line:function: msg`, an APDU dump under its line);
// OpenSC's PKCS#11 spy (a numbered call, its date on the next line, `[in]`/`[out]` and
// `Returned:`); Pkcs11Interop's PKCS11-LOGGER (`0xpid : 0xtid : ` before every line, a starred
// date line opening each call); SoftHSM v2 in syslog (`File.cpp(line): msg` under the host
// application's tag); yubihsm-connector on a terminal (logrus `DEBU[0000]` with seconds since
// start); the YubiHSM PKCS#11 module's debug output (`[P11 - INF HH:MM:SS.uuuuuu] file.c:line
// (function): msg`); the AWS CloudHSM Client SDK 5 PKCS#11 log (`ISO-Z LEVEL [pid] ThreadId(n)
// [module::path] msg`); and YubiKey Manager's `ykman --log-level debug` (`LEVEL HH:MM:SS.ms
// [logger.function:line] msg`, its milliseconds not padded, a boxed warning and a system-info block
// under their lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`pcscd`, `pcsc-lite`, `debuglog.c`, `opensc`, `opensc-pkcs11`, `sc_context_create`,
// `card-`, `softhsm`, `ObjectStore`, `ykman`, `yubikey`, `yubico`, `ykman.logging`, `p11-kit`,
// `p11_child`, `sssd`, `pam_pkcs11`, `scdaemon`, `DBG: chan`, `nFast`, `hardserver`, `nshield`,
// `Luna`, `cloudhsm`, `cloudhsm_client`, `tpm2-pkcs11`, `tpm2_pkcs11`, `pkcs11`, `PKCS#11`,
// `yubihsm`, `yubihsm-connector`, `gnome-keyring`, `pkcs11-tool`, `ccid`, `ifdhandler`,
// `SCardConnect`, `SCardEstablishContext`, `Smart card`, `smartcard`, `piv`, `yubikey-agent`,
// `nitrokey`, `gpg-agent`, `utimaco`, `sc_pkcs11`, `C_Initialize`, `C_GetSlotList`, `winscard`,
// `pkcs11-logger`, `PKCS11-LOGGER`, `Calling C_`, `P11 - `, `yubihsm_pkcs11`, `ThreadId(`,
// `cloudhsm_pkcs11`, `DEBU[0000]`, `preflight complete`, `PKCS#11 spy`, `pkcs11-spy`,
// `pkcs11_spy`, `Returned:  0`, `CKR_OK`, `sc_apdu_log`, `[opensc-pkcs11]`, `[tokend]`,
// `reader-pcsc.c`, `softhsm2-util`, `SoftHSM.cpp`, `libsofthsm2`, `yubikit`, `X-Request-ID`,
// `Correlation-ID`, `Outgoing APDU`, `card.c:`, `p11_kit`, `(p11-kit:`, `pkcs11-provider`,
// `p11prov`). None of OpenSC's debug file, the PKCS#11 spy, PKCS11-LOGGER, SoftHSM, yubihsm-connector,
// the YubiHSM PKCS#11 module, CloudHSM or ykman is in any table (`opensc` matches only OpenSCAP
// and openScale; `yubikey` and `yubico` a pam_yubico debug file and a pcscd line naming a YubiKey;
// `DEBU[0000]`, `ThreadId(`, `X-Request-ID`, `Correlation-ID` and `card.c:` other products; `pkcs11`
// and `C_Initialize` OpenVPN's feature list and other programs' messages). Left out as measured
// already: pcscd in syslog and its debuglog.c lines (fresh32), scdaemon and gpg-agent (fresh178,
// fresh480), pam_yubico and pam_pkcs11 (fresh519), sssd (its p11_child writes sssd's shape),
// gnome-keyring. Left out as not confirmed by any search: p11-kit's `P11_KIT_DEBUG` lines,
// tpm2-pkcs11's stderr, nShield's hardserver log, Luna's client log, Utimaco's simulator log. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OpenSC's debug file, the YubiHSM module and ykman write a time of day
// only: it is on the clock's day. ykman's milliseconds are Python's `%(msecs)d`, not padded:
// `07:44:02.42` is 42 ms past the second (07:44:02.042). The PKCS#11 spy's date is on the line
// after the call's name, PKCS11-LOGGER's in the starred line that opens the call; both are
// zone-less and taken as UTC, and the record's time is that date even though its first line
// carries none. yubihsm-connector's `[0033]` is seconds since start: no time. CloudHSM's stamp
// ends in Z. SoftHSM's syslog header has no year (2026). Levels only where the line marks one:
// logrus's DEBU INFO WARN ERRO, the YubiHSM module's INF WRN ERR, CloudHSM's and ykman's level
// words; OpenSC's debug file, the spy, PKCS11-LOGGER and SoftHSM's syslog lines carry none (a
// `CKR_` code, `failed` or `Error` in a message is no level). The host is the record's host
// field: only the syslog header's; the connector's `RemoteAddr`, CloudHSM's HSM address, the
// reader names and token labels are no hosts. A record that spans lines is one entry: OpenSC's
// APDU dump under its `sc_apdu_log:` line, each spy call and each PKCS11-LOGGER call with all its
// lines, ykman's boxed warning and system-info block. The spy's banner and `Loaded:` line are fed
// but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 70.8 %, host 100.0 %, records 85.4 %.
// That is the macro figure (micro: level 100.0 %, time 68.3 %, host 100.0 %, records 87.8 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are OpenSC's time of day after its `P:pid; T:0xthread` prefix
// (unread) and its APDU dump (not joined to its line), PKCS11-LOGGER's call lines (each a record of
// its own, not joined to the starred date line), the YubiHSM module's time of day inside
// `[P11 - LVL …]` (unread), and ykman's unpadded milliseconds (`.42` read as 420 ms, not 42 ms).

var fresh721Cases = []worldCase{
	{
		name:   "opensc-debug-file-pid-thread",
		source: "OpenSC's debug file (opensc.conf `debug = 3; debug_file = opensc-debug.log`, or OPENSC_DEBUG): the time of day with milliseconds, `[app]` and `file.c:line:function:` from OpenSC/OpenSC issue #570 (a pasted log, with the APDU dump under `apdu.c:187:sc_apdu_log:`) and the `[opensc-pkcs11] file.c:line:function:` tail from the older logs found with find_string; the `P:pid; T:0xthread` prefix of 0.20+ from memory",
		why:    "a pid and a hex thread before a time of day (the clock's day); `ctx.c:1088:sc_context_create:` is a file, line and function, no time; the APDU dump's lines belong to the line above them; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "P:48211; T:0x140093271627584 07:41:16.204 [opensc-pkcs11] ctx.c:1088:sc_context_create: ==================================="),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "P:48211; T:0x140093271627584 07:41:16.204 [opensc-pkcs11] ctx.c:1089:sc_context_create: opensc version: 0.26.0"),
			we("2026-11-29T07:41:16.231Z", Unknown, "", "P:48211; T:0x140093271627584 07:41:16.231 [opensc-pkcs11] reader-pcsc.c:1368:pcsc_detect_readers: Found new PC/SC reader 'Yubico YubiKey OTP+FIDO+CCID 00 00'"),
			we("2026-11-29T07:41:16.412Z", Unknown, "",
				"P:48211; T:0x140093271627584 07:41:16.412 [opensc-pkcs11] apdu.c:187:sc_apdu_log: ",
				"Outgoing APDU (11 bytes):",
				"00 A4 04 00 06 A0 00 00 03 08 00 ...........",
				"00"),
			we("2026-11-29T07:41:16.530Z", Unknown, "", "P:48211; T:0x140093271627584 07:41:16.530 [opensc-pkcs11] card-piv.c:3071:piv_match_card_continued: PIV_MATCH card->type:33 rc:-1208"),
			we("2026-11-29T07:41:17.008Z", Unknown, "", "P:48211; T:0x140093271627584 07:41:17.008 [opensc-pkcs11] pkcs15-pin.c:316:sc_pkcs15_verify_pin: returning with: -1213 (Incorrect PIN)"),
		},
	},
	{
		name:   "opensc-pkcs11-spy-call-blocks",
		source: "OpenSC's pkcs11-spy module (PKCS11SPY=<module>, PKCS11SPY_OUTPUT=<file>): a banner, `Loaded: \"module\"`, then per call `N: C_Function`, a `yyyy-MM-dd HH:mm:ss.SSS` line, `[in]`/`[out]` arguments and `Returned:  rv NAME`, a blank line after: Yubico/yubico-piv-tool issue #91 and wolfSSL/wolfssl issue #7734 (pasted spy logs)",
		why:    "the call's time is on its second line; a call with its arguments and return value is one record; `[in] slotID = 0x1` and `CKR_PIN_INCORRECT` are no time and no level; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("",
				"",
				"*************** OpenSC PKCS#11 spy *****************",
				`Loaded: "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"`,
				""),
			we("2026-11-29T07:52:03.117Z", Unknown, "",
				"0: C_GetFunctionList",
				"2026-11-29 07:52:03.117",
				"Returned:  0 CKR_OK",
				""),
			we("2026-11-29T07:52:03.118Z", Unknown, "",
				"1: C_Initialize",
				"2026-11-29 07:52:03.118",
				"[in] pInitArgs = 0x7ffc3e21a7b0",
				"     flags: 2",
				"       CKF_OS_LOCKING_OK",
				"Returned:  0 CKR_OK",
				""),
			we("2026-11-29T07:52:03.163Z", Unknown, "",
				"2: C_GetSlotList",
				"2026-11-29 07:52:03.163",
				"[in] tokenPresent = 0x1",
				"[out] pSlotList: ",
				"Count is 1",
				"[out] *pulCount = 0x1",
				"Returned:  0 CKR_OK",
				""),
			we("2026-11-29T07:52:03.201Z", Unknown, "",
				"3: C_OpenSession",
				"2026-11-29 07:52:03.201",
				"[in] slotID = 0x1",
				"[in] flags = 0x6",
				"[out] *phSession = 0x5627a1c4e0d0",
				"Returned:  0 CKR_OK",
				""),
			we("2026-11-29T07:52:09.874Z", Unknown, "",
				"4: C_Login",
				"2026-11-29 07:52:09.874",
				"[in] hSession = 0x5627a1c4e0d0",
				"[in] userType = CKU_USER",
				"[in] pPin[ulPinLen] 0x5627a1c51f20 / 6",
				"Returned:  160 CKR_PIN_INCORRECT",
				""),
		},
	},
	{
		name:   "pkcs11interop-pkcs11-logger-starred-calls",
		gap:    "the lines after the starred date line, each under the same `0xPID : 0xTID : ` prefix, are not joined to it: every line is a record of its own",
		source: "Pkcs11Interop's PKCS11-LOGGER (PKCS11_LOGGER_LIBRARY_PATH, PKCS11_LOGGER_LOG_FILE_PATH): every line opens with `0xPID : 0xTID : `; a call opens with a starred `****…**** yyyy-MM-dd HH:mm:ss ***` line, then `Calling C_Function`, `Input`, `Output` and `Returning rv (NAME)`: web-eid/libelectronic-id issue #45 (a pasted log), Pkcs11Interop/Pkcs11Interop issue #81",
		why:    "a pid and thread column on every line; the call's zone-less date is inside the starred line (UTC); the lines under it belong to it; `Returning 160 (CKR_PIN_INCORRECT)` is no level",
		entries: []worldEntry{
			we("2026-11-29T08:03:41Z", Unknown, "",
				"0x00002c18 : 0x00003f04 : ****************************** 2026-11-29 08:03:41 ***",
				"0x00002c18 : 0x00003f04 : Calling C_GetFunctionList",
				"0x00002c18 : 0x00003f04 : Input",
				"0x00002c18 : 0x00003f04 :  ppFunctionList: 000001B7E4C21A90",
				"0x00002c18 : 0x00003f04 : Output",
				"0x00002c18 : 0x00003f04 :  Note: Returning function list of PKCS11-LOGGER",
				"0x00002c18 : 0x00003f04 : Returning 0 (CKR_OK)"),
			we("2026-11-29T08:03:41Z", Unknown, "",
				"0x00002c18 : 0x00003f04 : ****************************** 2026-11-29 08:03:41 ***",
				"0x00002c18 : 0x00003f04 : Calling C_Initialize",
				"0x00002c18 : 0x00003f04 : Input",
				"0x00002c18 : 0x00003f04 :  pInitArgs: 0000000000000000",
				"0x00002c18 : 0x00003f04 : Returning 0 (CKR_OK)"),
			we("2026-11-29T08:03:42Z", Unknown, "",
				"0x00002c18 : 0x00003f04 : ****************************** 2026-11-29 08:03:42 ***",
				"0x00002c18 : 0x00003f04 : Calling C_GetSlotList",
				"0x00002c18 : 0x00003f04 : Input",
				"0x00002c18 : 0x00003f04 :  tokenPresent: CK_TRUE",
				"0x00002c18 : 0x00003f04 :  pSlotList: 0000000000000000",
				"0x00002c18 : 0x00003f04 :  *pulCount: 0",
				"0x00002c18 : 0x00003f04 : Output",
				"0x00002c18 : 0x00003f04 :  *pulCount: 1",
				"0x00002c18 : 0x00003f04 : Returning 0 (CKR_OK)"),
			we("2026-11-29T08:03:47Z", Unknown, "",
				"0x00002c18 : 0x00003f04 : ****************************** 2026-11-29 08:03:47 ***",
				"0x00002c18 : 0x00003f04 : Calling C_Login",
				"0x00002c18 : 0x00003f04 : Input",
				"0x00002c18 : 0x00003f04 :  hSession: 1",
				"0x00002c18 : 0x00003f04 :  userType: CKU_USER",
				"0x00002c18 : 0x00003f04 :  pPin: *** Intentionally hidden ***",
				"0x00002c18 : 0x00003f04 :  ulPinLen: 8",
				"0x00002c18 : 0x00003f04 : Returning 160 (CKR_PIN_INCORRECT)"),
		},
	},
	{
		name:   "softhsm2-syslog-file-line",
		source: "SoftHSM v2 logging to syslog under the calling program's ident (README: each event prepended with the source file name and line number; `File.cpp(line): msg`): softhsm/SoftHSMv2 issues #349 (pasted `softhsm2-util: ../../src/lib/SoftHSM.cpp(499): Could not load the object store`), #215 and #588",
		why:    "a BSD syslog header with the host; the tag is the application that loaded the library (softhsm2-util, pkcs11-tool, a DNSSEC signer), with or without a pid; `SoftHSM.cpp(499)` is a file and line, no pid and no time; no level in the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "signer-02", "Nov 29 07:41:16 signer-02 softhsm2-util: ../../../../src/lib/object_store/ObjectStore.cpp(59): Failed to enumerate object store in /var/lib/softhsm/tokens/"),
			we("2026-11-29T07:41:16Z", Unknown, "signer-02", "Nov 29 07:41:16 signer-02 softhsm2-util: ../../../src/lib/SoftHSM.cpp(531): Could not load the object store"),
			we("2026-11-29T07:44:50Z", Unknown, "signer-02", "Nov 29 07:44:50 signer-02 pkcs11-tool[30512]: ../../../src/lib/SoftHSM.cpp(1265): Could not get the session"),
			we("2026-11-29T07:45:03Z", Unknown, "signer-02", "Nov 29 07:45:03 signer-02 ods-signerd[1877]: ../../../src/lib/data_mgr/SecureDataManager.cpp(302): Failed to decrypt the key"),
			we("2026-11-29T07:45:03Z", Unknown, "signer-02", "Nov 29 07:45:03 signer-02 ods-signerd[1877]: ../../../src/lib/SoftHSM.cpp(1423): Could not log in with the user PIN"),
		},
	},
	{
		name:   "yubihsm-connector-logrus-tty",
		source: "yubihsm-connector -d on a terminal (logrus's text formatter on a TTY: a four-letter level, `[seconds since start]`, the message padded to a column, then key=value fields): Yubico/yubihsm-shell issue #261 (a pasted run: `preflight complete`, `takeoff`, `status failed to open usb device`, `handled request`)",
		why:    "`[0033]` is seconds since start, no time; DEBU INFO WARN ERRO are the levels; RemoteAddr, listen and X-Real-IP are peers and addresses, no host",
		entries: []worldEntry{
			we("", Debug, "", `DEBU[0000] preflight complete                            cert= config=/etc/yubihsm-connector.yaml key= pid=20931 seccomp=false serial= syslog=false timeout=0s version=3.0.5`),
			we("", Debug, "", `DEBU[0000] takeoff                                       TLS=false listen="localhost:12345" pid=20931`),
			we("", Warn, "", `WARN[0012] status failed to open usb device              X-Request-ID=4b1e7f30-92cd-4c61-a8e2-0d5f61c93a17 error="libusb: bad access [code -3]"`),
			we("", Info, "", `INFO[0012] handled request                               Content-Length=0 Content-Type= Method=GET RemoteAddr="127.0.0.1:41766" StatusCode=200 URI=/connector/status User-Agent="YubiHSM curl/2.6.0" X-Real-IP=127.0.0.1 X-Request-ID=4b1e7f30-92cd-4c61-a8e2-0d5f61c93a17 latency=4.118203ms`),
			we("", Error, "", `ERRO[0047] failed to write usb device                     Correlation-ID=e03c8d51-6a2f-47b9-9f14-8c2d7a5b0e66 error="libusb: no device [code -4]"`),
		},
	},
	{
		name:   "yubihsm-pkcs11-debug-time-of-day",
		source: "the YubiHSM 2 PKCS#11 module with `debug` in yubihsm_pkcs11.conf (`[P11 - LVL HH:MM:SS.uuuuuu] file.c:line (function): msg`): Yubico/yubihsm-shell issue #489 (pasted `[P11 - INF …] yubihsm_pkcs11.c:272 (C_Initialize): …` lines); the WRN and ERR words of its debug.h from memory",
		why:    "a bracket opening with the component and a three-letter level before a time of day with microseconds (the clock's day); `yubihsm_pkcs11.c:272` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:58:12.301744Z", Info, "", "[P11 - INF 07:58:12.301744] yubihsm_pkcs11.c:272 (C_Initialize): Found 1 configured connector(s)"),
			we("2026-11-29T07:58:12.309102Z", Info, "", "[P11 - INF 07:58:12.309102] yubihsm_pkcs11.c:368 (C_Initialize): Found 1 usable connector(s)"),
			we("2026-11-29T07:58:12.418530Z", Warn, "", "[P11 - WRN 07:58:12.418530] util_pkcs11.c:4415 (ecdh_with_kdf): Unsupported KDF, falling back to CKD_NULL"),
			we("2026-11-29T07:58:13.006215Z", Error, "", "[P11 - ERR 07:58:13.006215] yubihsm_pkcs11.c:1260 (C_Login): Failed to create session: Wrong authentication key"),
			we("2026-11-29T07:58:13.006290Z", Info, "", "[P11 - INF 07:58:13.006290] yubihsm_pkcs11.c:1306 (C_Login): Out"),
		},
	},
	{
		name:   "aws-cloudhsm-sdk5-pkcs11-log",
		source: "AWS CloudHSM Client SDK 5 PKCS#11 library log (/opt/cloudhsm/run/cloudhsm-pkcs11.log.<date>: `yyyy-MM-ddTHH:mm:ss.SSSZ LEVEL [pid] ThreadId(n) [crate::module::path] msg`): OpenSC/libp11 issue #412 (a pasted log), aws-samples/aws-cloudhsm-cloudformation-template issue #16 (the same shape on stderr)",
		why:    "an ISO time in Z, a padded level word, the pid in brackets and a ThreadId(n); the Rust module path in brackets is no host; the HSM's IP in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T08:12:05.441Z", Info, "", `2026-11-29T08:12:05.441Z INFO  [6120] ThreadId(1) [cloudhsm_provider::hsm1::connection::connection_pool] Adding HSM connection to connection pool: HsmConnection { hsm_info: HSM { IP: "10.20.3.118", Port: 2223 } }`),
			we("2026-11-29T08:12:05.618Z", Debug, "", "2026-11-29T08:12:05.618Z DEBUG [6120] ThreadId(3) [cloudhsm_pkcs11::session::C_OpenSession] C_OpenSession invoked"),
			we("2026-11-29T08:12:05.619Z", Trace, "", "2026-11-29T08:12:05.619Z TRACE [6120] ThreadId(3) [cloudhsm_pkcs11::session::C_OpenSession] Session creation option is ReadWrite"),
			we("2026-11-29T08:12:09.902Z", Warn, "", "2026-11-29T08:12:09.902Z WARN  [6120] ThreadId(7) [cloudhsm_provider::hsm1::hsm_connection::server_connection] Connection to HSM 10.20.3.118:2223 lost, reconnecting"),
			we("2026-11-29T08:12:10.117Z", Error, "", "2026-11-29T08:12:10.117Z ERROR [6120] ThreadId(3) [cloudhsm_pkcs11::session::C_FindObjectsInit] C_FindObjectsInit failed, returning 0x000000B3"),
		},
	},
	{
		name:   "ykman-log-level-debug-unpadded-msecs",
		gap:    "the unpadded milliseconds of `%(msecs)d` are read as a decimal fraction: `.42` comes out as 420 ms, not 42 ms",
		source: "YubiKey Manager `ykman --log-level debug` on stderr (ykman/logging.py: `%(levelname)s %(asctime)s.%(msecs)d [%(name)s.%(funcName)s:%(lineno)d] %(message)s` with datefmt `%H:%M:%S`, found with find_string; the boxed sensitive-data warning and the `System info:` block under their lines): Yubico/yubikey-manager issue #574 (a pasted run)",
		why:    "the level word first, then a time of day (the clock's day) whose milliseconds are not padded (`.42` is 42 ms); `[ykman.logging.set_log_level:60]` is a logger, function and line; the warning box and the system-info lines belong to the line above them",
		entries: []worldEntry{
			we("2026-11-29T07:44:02.042Z", Info, "", "INFO 07:44:02.42 [ykman.logging.set_log_level:60] Logging at level: DEBUG"),
			we("2026-11-29T07:44:02.043Z", Warn, "",
				"WARNING 07:44:02.43 [ykman.logging.set_log_level:64] ",
				"#############################################################################",
				"#                                                                           #",
				"# WARNING: Sensitive data may be logged!                                    #",
				"# Some personally identifying information may be logged, such as usernames! #",
				"#                                                                           #",
				"#############################################################################"),
			we("2026-11-29T07:44:02.118Z", Info, "",
				"INFO 07:44:02.118 [ykman._cli.__main__.cli:239] System info:",
				"  ykman:            5.7.2",
				"  Python:           3.13.1 (main, Nov 12 2026, 10:04:31) [GCC 14.2.1 20260305]",
				"  Platform:         linux",
				"  Arch:             x86_64",
				"  System date:      2026-11-29",
				"  Running as admin: False"),
			we("2026-11-29T07:44:02.305Z", Debug, "", "DEBUG 07:44:02.305 [ykman.pcsc.list_devices:172] Found 1 PC/SC reader: Yubico YubiKey OTP+FIDO+CCID 00 00"),
			we("2026-11-29T07:44:02.671Z", Debug, "", "DEBUG 07:44:02.671 [yubikit.core.smartcard.select:318] SELECT AID: a000000308"),
			we("2026-11-29T07:44:03.190Z", Error, "", "ERROR 07:44:03.190 [ykman._cli.__main__.main:412] PIN verification failed, 2 tries left."),
		},
	},
}

func TestFresh721Formats(t *testing.T) { assertTable(t, fresh721Cases) }
func TestFresh721Score(t *testing.T) {
	checkScore(t, "fresh721 formats", fresh721Cases, [worldNumFields]float64{99.9, 95.7, 99.9, 87.4})
}
