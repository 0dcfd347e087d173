package parse

import "testing"

// The seven-hundred-and-eighty-eighth fresh table: document management and office servers. Each
// family is one server's own log file or container output: CryptPad's log store (one JSON array a
// line: level, ISO time, tag, detail); LogicalDOC's log4j2 file (a dotted day-first date, the
// level, the class and line number in parentheses, then `--`); Seafile's seafdav.log (WsgiDAV under
// Seafile: a bracketed time with milliseconds and a colon, no level, Python tracebacks);
// Seafile 11's controller.log (a bare date before `seafile-controller.c(N):`, gunicorn's own
// bracketed lines mixed in); the Office Manager DMS client's Error.log (a German day-first
// date, the user `an` the computer, the program's version, all in one bracket); ONLYOFFICE
// Community Server's NLog files web.log and web.api.log (level, thread in brackets, logger, .NET
// exception blocks); DocuSeal's container output (Puma's banner, Ruby Logger lines and Sidekiq's
// lines in one stream); the Nextcloud Whiteboard collaboration server read with docker logs -t (a
// nanosecond RFC 3339 time before the server's `[ADMIN]` or `[room]` tag).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `alfresco`, `share.log`, `nuxeo`, `paperless`, `celery`, `mayan`,
// `openkm`, `seafile`, `seahub`, `nextcloud`, `onlyoffice`, `docservice`, `collabora`, `coolwsd`,
// `loolwsd`, `docspell`, `teedy`, `sismics`, `logicaldoc`, `documentserver`, `owncloud`, `ocis`,
// `pydio`, `kiwix`, `bookstack`, `wiki.js`, `dokuwiki`, `mediawiki`, `xwiki`, `confluence`,
// `sharepoint`, `sogo`, `zimbra`, `egroupware`, `kopano`, `grommunio`, `cryptpad`, `etherpad`,
// `hedgedoc`, `outline`, `joplin`, `calibre`, `papermerge`, `docuseal`, `stirling`, `gotenberg`,
// `tika`, `ocrmypdf`, `jodconverter`, `documenso`, `opensign`, `filerun`, `sftpgo`, `filebrowser`,
// `syncthing`, `openproject`, `redmine`, `odoo`, `dolibarr`, `wopi`, `libreoffice`, `soffice`,
// `trilium`, `kimai`, `jackrabbit`, `magnolia`, `liferay`, `hippo`, `M-Files`, `docuware`,
// `opentext`, `documentum`, `filenet`, `sensenet`, `zotero`, `seeddms`, `letodms`,
// `open-xchange`, `appsuite`, `notify_push`, `spreed`, `richdocuments`, `seaf-server`, `ccnet`,
// `seafevents`, `seafdav`, `wsgidav`, `ErrorPrinter`, `seafile-controller.c`, `session.c(`,
// `fileserver`, `go-fileserver`, `papra`, `paperless-gpt`, `ecodms`, `agorum`, `opendocman`,
// `laserfiche`, `onbase`, `athento`, `overleaf`, `drawio`, `excalidraw`, `whiteboard`,
// `mastercontainer`, `updater.log`, `CommunityServer`, `ASC.Core`, `docspace`, `officemanager`,
// `Benutzer an`, `LDHtmlLayout`, `crowlog`, `["INFO",`, `["WARN",`. Nearly every product the
// theme names is measured already (Alfresco, Nuxeo, Paperless-ngx and its celery, Mayan, OpenKM,
// Seafile's seafile.log, ccnet.log and seahub.log, Nextcloud's JSON log and updater, OnlyOffice's
// Document Server, Collabora's coolwsd, Docspell, Teedy), so they were left out; CryptPad,
// LogicalDOC, seafdav, Seafile's controller.log, Office Manager, ONLYOFFICE Community Server,
// DocuSeal and Nextcloud Whiteboard match nothing (`["INFO",` only other products' JSON arrays;
// `wsgidav` one grep list; `fileserver` other products). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). No family writes a year-less date. Every time without a zone is taken as
// UTC (LogicalDOC, seafdav, the controller's own lines, Office Manager, ONLYOFFICE, Ruby Logger);
// gunicorn writes +0000 and CryptPad, Sidekiq and docker's prefix end in Z, so nothing is shifted.
// Levels only where the line marks one: CryptPad's first array element, LogicalDOC's and
// ONLYOFFICE's level column, gunicorn's [INFO], Ruby Logger's `I,` letter and INFO word,
// Sidekiq's `INFO:`; seafdav's lines, the controller's own lines, Office Manager's lines, Puma's
// banner and Whiteboard's lines carry none (`[ADMIN]` is a category, `[4812]` a room, and an
// exception name in a message is no level). The host is the record's host field: only Office
// Manager writes one (the computer after `an`); everywhere else it is "" (a URL, a socket id, a
// Redis address or a user in the message is no host). Multi-line records: LogicalDOC's Java stack
// trace, seafdav's Python traceback after its `Traceback` line, and ONLYOFFICE's .NET exception
// blocks are one record each; Puma's banner line is a record with no time.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 22d1122 before any rule for it: level 87.5 %, time 100.0 %,
// host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 88.2 %, time 100.0 %, host 88.2 %, records 100.0 %), in a
// worktree at 22d1122 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are one level and one host: CryptPad's level word as the first
// element of a JSON array is not read (all four records Unknown), and Office Manager's computer
// after `user an` inside the leading bracket is not read as the host.

var fresh788Cases = []worldCase{
	{
		name:   "cryptpad-log-store-json-array",
		source: "CryptPad lib/log.js (`messageTemplate = function (type, time, tag, info) { return JSON.stringify([type.toUpperCase(), time, tag, info]); }`, levels silly verbose debug feedback info warn error), found by find_string in the XWiki CryptPad Team's source; the time as Date#toISOString from memory",
		why:    "a JSON array, not an object: the level word first, the ISO-Z time second, a tag, then a string or object detail",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `["INFO","2026-11-29T07:41:16.204Z","HK_METADATA_CMD",{"channel":"9c1e4b7f2a6d8e3c0b5a4f1e2d7c6b8a","command":"ADD_OWNERS"}]`),
			we("2026-11-29T07:41:16.981Z", Debug, "", `["DEBUG","2026-11-29T07:41:16.981Z","HISTORY_KEEPER_GET",{"channel":"9c1e4b7f2a6d8e3c0b5a4f1e2d7c6b8a","lastKnownHash":"d41f"}]`),
			we("2026-11-29T07:41:18.317Z", Warn, "", `["WARN","2026-11-29T07:41:18.317Z","STORE_QUOTA_EXCEEDED","user Xb2kQ9rL7mTz over limit 52428800"]`),
			we("2026-11-29T07:41:20.055Z", Error, "", `["ERROR","2026-11-29T07:41:20.055Z","RPC_UPLOAD_ERROR",{"error":"E_OVER_LIMIT","size":73400320}]`),
		},
	},
	{
		name:   "logicaldoc-log4j2-dotted-date-class-line",
		source: "LogicalDOC log4j2.xml (`<Configuration packages=\"com.logicaldoc.util.log4j\">`, pattern `%d{dd.MM.yyyy HH:mm:ss,SSS} %-5p (%c:%4L) -- %m%n`), found by the code search",
		why:    "a day-first dotted date; the level padded to five; the class and a four-wide line number in parentheses; `--` before the message; a Java stack trace after an ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "29.11.2026 07:41:16,204 INFO  (com.logicaldoc.core.searchengine.StandardSearchEngine: 212) -- Opened the full-text index in /opt/logicaldoc/repository/index"),
			we("2026-11-29T07:41:18.730Z", Debug, "", "29.11.2026 07:41:18,730 DEBUG (com.logicaldoc.core.task.Task:  87) -- Task IndexerTask: processed 40 of 312 documents"),
			we("2026-11-29T07:41:22.019Z", Warn, "", "29.11.2026 07:41:22,019 WARN  (com.logicaldoc.core.parser.PDFParser: 143) -- Unable to extract the text of document 88124: the PDF is encrypted"),
			we("2026-11-29T07:41:25.402Z", Error, "", "29.11.2026 07:41:25,402 ERROR (com.logicaldoc.core.store.FSStore:1043) -- Cannot write resource 88130/doc/1.0",
				"java.nio.file.NoSuchFileException: /opt/logicaldoc/repository/docs/8/8/1/3/0/doc/1.0",
				"\tat sun.nio.fs.UnixException.translateToIOException(UnixException.java:92)",
				"\tat com.logicaldoc.core.store.FSStore.store(FSStore.java:1040)"),
		},
	},
	{
		name:   "seafile-seafdav-wsgidav-traceback",
		source: "Seafile's seafdav.log (WsgiDAV under Seafile: `[2020-02-29 23:19:09,147]:  ErrorPrinter: caught Exception`, then `[…]:  Traceback (most recent call last):` and the unprefixed frames): haiwen/seafile issue #2312; haiwen/seafdav issue #27 (`[2019-07-15 14:01:33,715]:  Init seahub database...`)",
		why:    "a bracketed time with a comma and milliseconds, a colon and two spaces; no level anywhere; the traceback's frames and exception line belong to the `Traceback` line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Unknown, "", "[2026-11-29 07:41:16,118]:  Init seahub database..."),
			we("2026-11-29T07:41:16.402Z", Unknown, "", "[2026-11-29 07:41:16,402]:  Serving on http://127.0.0.1:8080/seafdav ..."),
			we("2026-11-29T07:41:40.511Z", Unknown, "", "[2026-11-29 07:41:40,511]:  ErrorPrinter: caught Exception"),
			we("2026-11-29T07:41:40.512Z", Unknown, "", "[2026-11-29 07:41:40,512]:  Traceback (most recent call last):",
				`  File "/opt/seafile/seafile-server-11.0.13/seahub/thirdpart/wsgidav/error_printer.py", line 51, in __call__`,
				"    for v in app_iter:",
				`  File "/opt/seafile/seafile-server-11.0.13/seahub/thirdpart/wsgidav/request_server.py", line 402, in do_PROPFIND`,
				"    util.add_property_response(multistatus_el, href, prop_list)",
				"ValueError: All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"),
		},
	},
	{
		name:   "seafile11-controller-log-with-gunicorn",
		source: "Seafile 11's controller.log (`2025-08-20 12:49:53 seafile-controller.c(191): starting seaf-server ...`, with gunicorn's `[2025-08-17 05:04:35 +0000] [2264] [INFO] Booting worker with pid: 2264` in the same file): YunoHost-Apps/seafile_ynh issue #161",
		why:    "the controller's own lines: a bare date and time, then the C file and line, no level; gunicorn's lines in the same file carry a bracketed +0000 time, a pid and a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Info, "", "[2026-11-29 07:41:02 +0000] [2264] [INFO] Booting worker with pid: 2264"),
			we("2026-11-29T07:41:10Z", Unknown, "", "2026-11-29 07:41:10 seafile-controller.c(526): shutting down all services ..."),
			we("2026-11-29T07:41:52Z", Unknown, "", "2026-11-29 07:41:52 seafile-controller.c(191): starting seaf-server ..."),
			we("2026-11-29T07:41:52Z", Unknown, "", "2026-11-29 07:41:52 seafile-controller.c(82): spawn_process: seaf-server -F /opt/seafile/conf -c /opt/seafile/ccnet -d /opt/seafile/seafile-data -l /opt/seafile/logs/seafile.log -P /opt/seafile/pids/seaf-server.pid -p /opt/seafile/seafile-server-11.0.13/runtime"),
			we("2026-11-29T07:41:52Z", Unknown, "", "2026-11-29 07:41:52 seafile-controller.c(116): spawned seaf-server, pid 1364"),
		},
	},
	{
		name:   "office-manager-dms-error-log",
		source: "Office Manager DMS client's Error.log (`[04.04.2015 14:37:46 Benutzer an Computer, OM 14.0.2.501]: Datenbankpflege gestartet`; date and time, user account, computer, OM version, message): officemanager.de/entwickler/systemdateien/error-log.html",
		why:    "one bracket holds a German day-first date, the user, `an`, the computer (the record's host) and the program's version, then `]:` and the message; no level",
		gap:    "the computer after `user an` inside the bracket, before `, OM version]:`, is not read as the host: every record's host comes out \"\"",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "PC-BUCH03", "[29.11.2026 07:41:16 mmueller an PC-BUCH03, OM 22.0.1.612]: Datenbankpflege gestartet"),
			we("2026-11-29T07:43:02Z", Unknown, "PC-EMPFANG1", "[29.11.2026 07:43:02 kschmidt an PC-EMPFANG1, OM 22.0.1.612]: Zugriff auf die Administrator-Ebene verweigert!"),
			we("2026-11-29T07:45:27Z", Unknown, "PC-BUCH03", "[29.11.2026 07:45:27 mmueller an PC-BUCH03, OM 22.0.1.612]: GoBD.omcs Dokument \"20418\" gelöscht"),
			we("2026-11-29T07:46:51Z", Unknown, "NB-VERTRIEB07", "[29.11.2026 07:46:51 tbauer an NB-VERTRIEB07, OM 22.0.1.612]: Die API-Funktion \"ImgGetTextFromRect\" erfordert eine geeignete OCR-Software."),
		},
	},
	{
		name:   "onlyoffice-communityserver-nlog-web-log",
		source: "ONLYOFFICE Community Server web.log and web.api.log (`2022-04-16 21:08:31,738 WARN [7] ASC.Api - Product project denied for user db`, `2021-12-09 20:37:45.815 ERROR [205] ASC.CRM - System.ArgumentException: Export data is null` with `   at …` frames): ONLYOFFICE/CommunityServer issues #335 and #202",
		why:    "the level after the time, the thread number in brackets, the logger and ` - `; milliseconds after a comma or a dot; .NET exception lines and `   at` frames belong to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204 DEBUG [31] ASC.Files - GetFileInfo: file 88124, version 3"),
			we("2026-11-29T07:41:31.738Z", Warn, "", "2026-11-29 07:41:31,738 WARN [7] ASC.Api - Product project denied for user kpetrova"),
			we("2026-11-29T07:41:31.769Z", Error, "", "2026-11-29 07:41:31,769 ERROR [7] ASC.Api - method error: http://127.0.0.1/api/2.0/project/securityinfo.json - Server error",
				"System.Web.HttpException (0x80004005): Forbidden",
				"   at ASC.Api.Impl.ApiMethodCall.Invoke(Object instance, Object[] args)",
				"   at ASC.Api.Impl.ApiManager.InvokeMethod(IApiMethodCall methodToCall, Object instance, IEnumerable`1 args)"),
			we("2026-11-29T07:41:45.815Z", Error, "", "2026-11-29 07:41:45.815 ERROR [205] ASC.CRM - System.ArgumentException: Export data is null",
				"   at ASC.Web.CRM.Classes.ExportDataOperation.ExportPartData(DaoFactory daoFactory)",
				"   at ASC.Web.CRM.Classes.ExportDataOperation.RunJob()"),
		},
	},
	{
		name:   "docuseal-container-puma-rails-sidekiq",
		source: "DocuSeal's docker output (Puma's banner `Puma starting in single mode...`, Ruby Logger `I, [2025-01-09T17:22:38.001914 #1]  INFO -- : Migrating to …`, Sidekiq `2025-01-09T17:22:39.994Z pid=1 tid=ch5 INFO: Sidekiq 7.3.7 connecting to Redis …`): docusealco/docuseal issue #418; the W and E Logger lines from memory of Ruby's Logger format",
		why:    "three writers in one stream: Puma's banner with no time, Ruby Logger's severity letter and bracketed local time with a pid, Sidekiq's ISO-Z time with pid= and tid= before the level",
		entries: []worldEntry{
			we("", Unknown, "", "Puma starting in single mode..."),
			we("2026-11-29T07:41:16.001914Z", Info, "", "I, [2026-11-29T07:41:16.001914 #1]  INFO -- : Migrating to CreateSubmissionEvents (20261120101500)"),
			we("2026-11-29T07:41:17.994Z", Info, "", `2026-11-29T07:41:17.994Z pid=1 tid=ch5 INFO: Sidekiq 7.3.7 connecting to Redis with options {size: 10, pool_name: "internal", url: "redis://:REDACTED@docuseal-redis:6379/0"}`),
			we("2026-11-29T07:41:30.412207Z", Warn, "", "W, [2026-11-29T07:41:30.412207 #1]  WARN -- : [5e0c1a7d-3b2f-4c81-9d6e-2a4f8b1c0e73] Can't verify CSRF token authenticity."),
			we("2026-11-29T07:41:31.902114Z", Error, "", "E, [2026-11-29T07:41:31.902114 #1] ERROR -- : [7a9b2c4d-1e3f-4a5b-8c6d-0e1f2a3b4c5d] ActiveRecord::RecordNotFound (Couldn't find Submission with 'id'=4412):"),
		},
	},
	{
		name:   "nextcloud-whiteboard-server-docker-timestamps",
		source: "Nextcloud Whiteboard's collaboration server read with docker logs -t (`2026-02-26T22:00:54.639440029Z [ADMIN] Connectivity test from socket …`): nextcloud/whiteboard issue #1065; its room lines (`[507628] Fetching server data: {}`, `[7200] Server data is invalid, recovering from backup: {}`): issues #358 and #238",
		why:    "docker's nanosecond RFC 3339 time, then the server's bracketed category or room number; no level, and `[ADMIN]` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.639440029Z", Unknown, "", "2026-11-29T07:41:16.639440029Z [ADMIN] Connectivity test from socket Qx3vB7kLmN0pRt2sAAAB"),
			we("2026-11-29T07:41:16.640446121Z", Unknown, "", "2026-11-29T07:41:16.640446121Z [ADMIN] Connectivity test successful for socket Qx3vB7kLmN0pRt2sAAAB"),
			we("2026-11-29T07:41:22.118204557Z", Unknown, "", "2026-11-29T07:41:22.118204557Z [4812] Fetching server data: {}"),
			we("2026-11-29T07:41:22.30197531Z", Unknown, "", "2026-11-29T07:41:22.301975310Z [4812] Server data is invalid, recovering from backup: {}"),
		},
	},
}

func TestFresh788Formats(t *testing.T) { assertTable(t, fresh788Cases) }
func TestFresh788Score(t *testing.T) {
	checkScore(t, "fresh788 formats", fresh788Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
