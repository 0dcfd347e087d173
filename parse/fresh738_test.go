package parse

import "testing"

// The seven-hundred-and-thirty-eighth fresh table: podcast, audiobook and comic servers' logs as
// people attach them to tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: Suwayomi-Server's log (logback with a date, the thread in
// brackets, a DEBUG `Loaded config:` with the whole config as JSON on the lines under it);
// Ubooquity's log (a compact `yyyyMMdd HH:mm:ss` date before logback's thread and padded level);
// LANraragi's log (`[date] [Component] [level]`, the level in lower case); Komf's console
// (logback 1.5's time of day, `LEVEL logger -- msg`); Kapowarr's detailed log file (an ISO time
// with a colon-less offset, process, thread and `file.pyL123` columns between pipes, a traceback
// under an ERROR); Audiobookshelf's daily JSON log file (a zone-less timestamp string, levelName
// and its own numeric level); Libation's Serilog file (an offset after the milliseconds, `[INF]`,
// the caller in `(at …)`, a .NET exception under an ERR); PodFetch's console (an ISO time and the
// level written as a symbol, ℹ️ ⚠️ ❌).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`audiobookshelf`, `komga`, `kavita`, `mylar`, `suwayomi`,
// `tachidesk`, `gpodder`, `podgrab`, `lazylibrarian`, `ubooquity`, `calibre-web`, `calibreweb`,
// `booksonic`, `airsonic`, `readarr`, `lidarr`, `castopod`, `podfetch`, `pinepods`,
// `storyteller`, `comicrack`, `kapowarr`, `librum`, `stump`, `codex`, `yacreader`, `mango`,
// `kaizoku`, `libation`, `booklore`, `calibre`, `navidrome`, `jellyfin`, `plex`, `emby`,
// `funkwhale`, `owncast`, `icecast`, `gonic`, `lanraragi`, `komf`, `comictagger`, `kindle`,
// `calibre-server`, `opds`, `audiobookshelf-app`, `mylar3`, `tautulli`, `gpodder.net`, `mygpo`,
// `podsync`, `youtube-dl`, `ytdl`, `podcast`, `audiobook`, `comic`, `manga`, `ebook`, `kobo`,
// `kosync`, `readest`, `houdoku`, `mangal`, `gallery-dl`, `hakuneko`, `tachiyomi`, `mihon`,
// `audible`, `OpenAudible`, `m4b-tool`, `beets`, `kodi`, `podcast-dl`, `castget`, `podboat`,
// `newsboat`, `hpodder`, `antennapod`, `Loaded config:`, `ServerSetup`, `Running Suwayomi`,
// `eu.kanade`, `DefaultDispatcher-worker`, `HikariPool`, `com.ubooquity`, `Ubooquity -`,
// `[Scanner thread]`, `20261129 `, `[Shinobu]`, `] [Shinobu] [`, `] [info] `, `] [debug] `,
// `[Search Engine]`, `[Tag Stats]`, `[Archive]`, `koyomi`, `snd.komf`, `[main] WARN `, ` -- `,
// `| MainProcess |`, `MainProcess`, `.pyL`, `UNCAUGHT EXCEPTION`, `comicvine`, `levelName`,
// `"levelName":"`, `"level":1}`, `"source":"`, `LibraryScan`, `AudibleApi`, `[INF] (at`,
// `(at `, `+01:00 [INF]`, ` [WRN] `, ` {}20`, `[DBG] (at`, `ℹ️`, `❌`, `ℹ️ - `, `❌ - `, `⚠️ - `,
// `🐛`, `[INFO] - `, ` UTC WARNING`, ` UTC INFO`, ` UTC ERROR`, `| INFO     |`, `| DEBUG    |`,
// `codex  |`). None of Suwayomi, Ubooquity, LANraragi, Komf, Kapowarr, Libation or PodFetch is in
// any table (`ubooquity` and `podgrab` match only other tables' lists of greps; `] [info] `,
// ` -- `, `MainProcess`, `(at ` and `+01:00 [INF]` match other products' lines, none of them these
// shapes; `ℹ️` and `❌` other products' messages). Audiobookshelf is measured already under
// `docker compose` (its console line `[date] LEVEL: msg`); its daily JSON log file is another
// output, and no table holds `"levelName":"`. Left out as measured already: Komga, Kavita, Mylar3,
// gPodder, LazyLibrarian, Calibre-Web, Readarr, Airsonic, Navidrome, Jellyfin, Plex, Emby,
// Tautulli. Left out because their line shape is in a table already though the product is not:
// Codex (its 1.8+ `date | LEVEL    | msg` is loguru's shape, held by fifteen tables; its older
// `date UTC WARNING msg` is close to lines other tables hold), Podgrab (zap's JSON with an epoch
// `ts`, GIN's access lines and GORM's two-line SQL records, all held already), PinePods (tracing's
// ISO-Z `INFO request{…}` and supervisord's lines). Left out as not confirmed by any search with a
// usable line: Castopod, Booksonic, Kaizoku, YACReaderLibraryServer. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Suwayomi's, Ubooquity's, LANraragi's and Audiobookshelf's stamps have no
// zone and are taken as UTC, as are PodFetch's (its local time, written without a zone);
// Ubooquity's date is the compact `yyyyMMdd`. Komf's console has a time of day only: it is on the
// clock's day. Kapowarr's `+0100` and Libation's `+01:00` are converted (08:41:16+0100 is
// 07:41:16Z). Levels only where the line marks one: logback's level column (Suwayomi, Ubooquity,
// Komf), LANraragi's bracketed lower-case word, Kapowarr's level column between pipes,
// Audiobookshelf's levelName (DEBUG INFO WARN ERROR, its numbers 1-4 beside it), Libation's
// three-letter Serilog level, PodFetch's symbol (ℹ️ info, ⚠️ warn, ❌ error, as its
// logging_service.rs maps them). The host is the record's host field, and none of these lines has
// one: Jetty's bind address, Komga's URL, LANraragi's component, Kapowarr's process and thread
// names, Libation's caller and the feeds named in messages are no hosts. A record that spans lines
// is one entry: Suwayomi's config dump and its Java stack, Ubooquity's and Komf's stacks,
// Kapowarr's traceback, Libation's .NET exception, PodFetch's `Error context:` frames.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (only the stack under Ubooquity's ERROR). Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 75.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 75.6 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Audiobookshelf's numeric `level`, which trawl reads on
// another scale in place of levelName (DEBUG 1 comes out info, ERROR 4 critical), and PodFetch's
// level symbol (ℹ️ ⚠️ ❌), which trawl does not read.

var fresh738Cases = []worldCase{
	{
		name:   "suwayomi-server-log-config-dump",
		source: "Suwayomi-Server 2.x's log (logback `yyyy-MM-dd HH:mm:ss.SSS [thread] LEVEL logger - msg`, the level padded to five; at startup a DEBUG `Loaded config:` followed by the whole config as indented JSON on the lines under it; a Java stack under an ERROR): Suwayomi/Suwayomi-Server issues #2172, #2165 and #1663 (pasted logs)",
		why:    "a zone-less date and time (UTC by the rules); the thread in brackets before the level; the JSON lines of the config dump and the stack belong to the record above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [main] INFO  suwayomi.tachidesk.server.ServerSetup - Running Suwayomi-Server v2.3.2301"),
			we("2026-11-29T07:41:16.219Z", Debug, "",
				"2026-11-29 07:41:16.219 [main] DEBUG suwayomi.tachidesk.server.ServerSetup - Loaded config:",
				"{",
				`    "server" : {`,
				`        "ip" : "0.0.0.0",`,
				`        "port" : 4567,`,
				`        "downloadsPath" : "/home/nadia/.local/share/Tachidesk/downloads"`,
				"    }",
				"}"),
			we("2026-11-29T07:41:17.033Z", Info, "", "2026-11-29 07:41:17.033 [main] INFO  com.zaxxer.hikari.HikariDataSource - Suwayomi-DB-Pool - Start completed."),
			we("2026-11-29T07:41:18.512Z", Warn, "", "2026-11-29 07:41:18.512 [DefaultDispatcher-worker-4] WARN  suwayomi.tachidesk.manga.impl.extension.ExtensionsList - Failed to fetch the extension list from https://repo.example.org/suwayomi/index.min.json"),
			we("2026-11-29T07:42:03.877Z", Error, "",
				"2026-11-29 07:42:03.877 [DefaultDispatcher-worker-11] ERROR suwayomi.tachidesk.manga.impl.download.DownloadManager - Downloader for source 4417720931562201873 failed",
				"java.net.SocketTimeoutException: timeout",
				"\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)",
				"\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.exitAndThrowIfTimedOut(Http2Stream.kt:684)"),
		},
	},
	{
		name:   "ubooquity-compact-date-logback",
		source: "Ubooquity 2.x/3.x's console and log file (`yyyyMMdd HH:mm:ss [thread] LEVEL logger - msg`, the level padded to five, obfuscated class names like com.ubooquity.data.feeder.a): linuxserver/docker-ubooquity issues #46 and #42, trueforge-org/truecharts issue #1950 (pasted logs); the stack under an ERROR from memory of logback's layout",
		why:    "a compact yyyyMMdd date, a blank, then the time of day, no zone (UTC by the rules); a thread name with a blank in brackets; Jetty's 0.0.0.0:2202 is a bind address, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "20261129 07:41:16 [main] INFO  com.ubooquity.Ubooquity - Max heap size available: 1024 MB"),
			we("2026-11-29T07:41:17Z", Info, "", "20261129 07:41:17 [main] INFO  o.e.jetty.server.AbstractConnector - Started library@2f1d0c3a{HTTP/1.1,[http/1.1]}{0.0.0.0:2202}"),
			we("2026-11-29T07:43:02Z", Info, "", "20261129 07:43:02 [Scanner thread] INFO  com.ubooquity.data.feeder.a - Comics statistics: [total: 3412, added or updated: 12, removed: 0]"),
			we("2026-11-29T07:43:05Z", Warn, "", "20261129 07:43:05 [Scanner thread] WARN  com.ubooquity.data.feeder.b - Could not read archive /comics/Harbour Lights/Harbour Lights 061.cbr, skipping"),
			we("2026-11-29T07:44:10Z", Error, "",
				"20261129 07:44:10 [qtp1213415012-31] ERROR com.ubooquity.provider.c - Error while serving /ubooquity/comics/118",
				`java.lang.NullPointerException: Cannot invoke "java.util.List.size()" because "<local4>" is null`,
				"\tat com.ubooquity.provider.comics.b.a(SourceFile:214)",
				"\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)"),
		},
	},
	{
		name:   "lanraragi-log-bracketed-component",
		source: "LANraragi's lanraragi.log and shinobu.log (Mojo::Log with LANraragi's own format `[yyyy-MM-dd HH:mm:ss] [Component] [level] msg`, components LANraragi, Shinobu, Search Engine, Archive, Tag Stats; levels debug info warn error): Difegue/LANraragi issues #83 and #647 (pasted logs), #1643 (the same lines on the container's stdout)",
		why:    "the date in brackets, then a component in brackets that may hold a blank, then the level word in lower case in brackets; no zone (UTC by the rules)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [LANraragi] [info] LANraragi 0.9.81 started. (Production Mode)"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17] [Shinobu] [info] Shinobu File Watcher started."),
			we("2026-11-29T07:42:30Z", Debug, "", "[2026-11-29 07:42:30] [Search Engine] [debug] Search request: --title-asc-0-0"),
			we("2026-11-29T07:42:31Z", Debug, "", "[2026-11-29 07:42:31] [Archive] [debug] Filesystem Path: /home/koyomi/lanraragi/content/Harbour Lights Vol 2.cbz"),
			we("2026-11-29T07:43:05Z", Warn, "", "[2026-11-29 07:43:05] [Metadata] [warn] ComicInfo: no ComicInfo.xml found in archive 9b1e4c07d2a35f8e61c0b7a4d9e2f3c5a8b6d1e0"),
			we("2026-11-29T07:44:12Z", Error, "", "[2026-11-29 07:44:12] [Shinobu] [error] Error while adding /home/koyomi/lanraragi/content/broken_upload.zip: couldn't extract thumbnail"),
		},
	},
	{
		name:   "komf-time-of-day-double-dash",
		source: "Komf (Komga/Kavita metadata fetcher) on its container's console (logback 1.5's `HH:mm:ss.SSS [thread] LEVEL logger -- msg`, the level not padded, ` -- ` before the message; a Kotlin/Ktor stack under an ERROR): Snd-R/komf issue #244 (a pasted DEBUG log)",
		why:    "a time of day with milliseconds and no date (the clock's day); the level word after the bracketed thread; the Komga URL in a message is no host; the stack belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "07:41:16.402 [main] INFO snd.komf.app.AppContext -- Komf 1.6.1 started, config loaded from /config/application.yml"),
			we("2026-11-29T07:41:16.871Z", Warn, "", "07:41:16.871 [main] WARN snd.komf.providers.mangabaka.db.MangaBakaDbMetadata -- MangaBaka database is not downloaded, the provider stays disabled"),
			we("2026-11-29T07:41:17.305Z", Debug, "", "07:41:17.305 [main] DEBUG snd.komf.mediaserver.komga.KomgaEventHandler -- connecting to event stream http://komga.home.example:25600/sse/v1/events"),
			we("2026-11-29T07:43:40.118Z", Info, "", `07:43:40.118 [DefaultDispatcher-worker-3] INFO snd.komf.mediaserver.MetadataService -- Identifying series "Harbour Lights" 0DKX3R8P1M2Q9`),
			we("2026-11-29T07:43:41.902Z", Error, "",
				"07:43:41.902 [DefaultDispatcher-worker-6] ERROR snd.komf.providers.anilist.AniListMetadataProvider -- AniList search failed",
				"io.ktor.client.plugins.ClientRequestException: Client request(POST https://graphql.anilist.co/) invalid: 429 Too Many Requests. Text: \"\"",
				"\tat io.ktor.client.plugins.DefaultResponseValidationKt$addDefaultResponseValidation$1$1.invokeSuspend(DefaultResponseValidation.kt:54)",
				"\tat io.ktor.client.plugins.HttpCallValidator$Companion$install$1.invokeSuspend(HttpCallValidator.kt:151)"),
		},
	},
	{
		name:   "kapowarr-detailed-file-log",
		source: "Kapowarr's log file (Kapowarr.log, the `detailed` formatter `%(asctime)s | %(processName)s | %(threadName)s | %(filename)sL%(lineno)s | %(levelname)s | %(message)s` with datefmt `%Y-%m-%dT%H:%M:%S%z`; an uncaught exception in a thread logged with LOGGER.exception, its traceback under it): Casvt/Kapowarr backend/base/logging.py (the source that writes the line)",
		why:    "an ISO time with a colon-less offset (+0100, so 08:41:16+0100 is 07:41:16Z); process, thread and `file.pyL233` columns between pipes before the level word; the traceback belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+0100 | MainProcess | MainThread | server.pyL187 | INFO | Kapowarr running on http://0.0.0.0:5656/"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T08:41:16+0100 | MainProcess | MainThread | db.pyL412 | DEBUG | Database version: 41"),
			we("2026-11-29T07:43:02Z", Warn, "", "2026-11-29T08:43:02+0100 | MainProcess | Thread-7 | search.pyL233 | WARNING | GetComics search for 'Harbour Lights (2024) #6' returned no results"),
			we("2026-11-29T07:44:19Z", Error, "",
				"2026-11-29T08:44:19+0100 | MainProcess | Thread-9 | logging.pyL104 | ERROR | UNCAUGHT EXCEPTION IN THREAD: [Errno 28] No space left on device",
				"Traceback (most recent call last):",
				`  File "/app/backend/implementations/download_clients.py", line 212, in run`,
				"    f.write(chunk)",
				"OSError: [Errno 28] No space left on device"),
			we("2026-11-29T07:45:00Z", Info, "", "2026-11-29T08:45:00+0100 | MainProcess | Task-Handler | tasks.pyL98 | INFO | Finished task: Update all volumes"),
		},
	},
	{
		name:   "audiobookshelf-daily-json-log",
		source: "Audiobookshelf 2.x's daily log file (/metadata/logs/daily/yyyy-MM-dd.txt, one JSON object a line: timestamp `yyyy-MM-dd HH:mm:ss.SSS` without a zone, source `File.js:line`, message, levelName and the numeric level, DEBUG 1 INFO 2 WARN 3 ERROR 4): advplyr/audiobookshelf issues #3024 and #4591 (pasted daily logs)",
		why:    "a JSON line whose time is a zone-less `yyyy-MM-dd HH:mm:ss.SSS` string (UTC by the rules); the level is levelName, with a number beside it; `Server.js:178` in source is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"timestamp":"2026-11-29 07:41:16.204","source":"Server.js:178","message":"=== Starting Server ===","levelName":"INFO","level":2}`),
			we("2026-11-29T07:41:18.531Z", Debug, "", `{"timestamp":"2026-11-29 07:41:18.531","source":"LibraryScan.js:124","message":"[LibraryScan] \"Podcasts\": Library item \"Harbour Talk\" is up-to-date","levelName":"DEBUG","level":1}`),
			we("2026-11-29T07:42:40.017Z", Warn, "", `{"timestamp":"2026-11-29 07:42:40.017","source":"PodcastManager.js:311","message":"[PodcastManager] checkPodcastForNewEpisodes: feed request for \"Harbour Talk\" failed with status 503","levelName":"WARN","level":3}`),
			we("2026-11-29T07:43:09.88Z", Error, "", `{"timestamp":"2026-11-29 07:43:09.880","source":"AudioFileScanner.js:160","message":"[AudioFileScanner] Invalid data found when processing input : \"/audiobooks/Ines Marlow/Low Tide/Low Tide 03.mp3\"","levelName":"ERROR","level":4}`),
			we("2026-11-29T07:43:12.114Z", Info, "", `{"timestamp":"2026-11-29 07:43:12.114","source":"LibraryScanner.js:225","message":"[LibraryScanner] Library scan \"5f1c0e2a-7b3d-4c19-9a0e-2d6f8b41c7e5\" completed in 0:12.4 | 0 Added | 1 Updated | 0 Missing","levelName":"INFO","level":2}`),
		},
	},
	{
		name:   "libation-serilog-caller",
		source: "Libation's log file (%userprofile%\\Libation\\LogYYYYMM.log: Serilog `yyyy-MM-dd HH:mm:ss.fff zzz [LVL] (at Namespace.Type.Method(args)) msg {json}`, three-letter levels VRB DBG INF WRN ERR FTL, the exception and its .NET stack on the lines under an ERR): rmcrackan/Libation issues #119 and #1578 (pasted logs), #868 (a .NET stack)",
		why:    "the offset +01:00 after the milliseconds (08:41:16.874 +01:00 is 07:41:16.874Z); the bracketed three-letter level; the caller in `(at …)` and a JSON object in the message are no time or host; the exception lines belong to the ERR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.874Z", Info, "", `2026-11-29 08:41:16.874 +01:00 [INF] (at AppScaffolding.LibationScaffolding.logStartupState(LibationFileManager.Configuration)) Begin. {"AppName":"Libation","Version":"13.1.4.1","Mode":"Release","LogLevel_Debug_Enabled":true}`),
			we("2026-11-29T07:41:18.215Z", Debug, "", "2026-11-29 08:41:18.215 +01:00 [DBG] (at AudibleUtilities.ApiExtended+<getItemsAsync>d__17.MoveNext()) Beginning library scan."),
			we("2026-11-29T07:41:19.402Z", Info, "", `2026-11-29 08:41:19.402 +01:00 [INF] (at ApplicationServices.LibraryCommands.GetCounts()) Book counts. {"total":214,"booksFullyBackedUp":209,"booksDownloadedOnly":0,"booksNoProgress":4,"booksError":1}`),
			we("2026-11-29T07:42:05.99Z", Warn, "", "2026-11-29 08:42:05.990 +01:00 [WRN] (at FileLiberator.DownloadDecryptBook+<downloadAudiobookAsync>d__9.MoveNext()) Chapter titles unavailable for B0EXAMPLE12, using default chapter names"),
			we("2026-11-29T07:42:31.507Z", Error, "",
				`2026-11-29 08:42:31.507 +01:00 [ERR] (at LibationAvalonia.ViewModels.ProcessBookViewModel+<ProcessOneAsync>d__62.MoveNext()) Error processing book. {"Book":"Low Tide [B0EXAMPLE34]"}`,
				`System.IO.IOException: There is not enough space on the disk. : 'D:\Audiobooks\Low Tide [B0EXAMPLE34]\Low Tide [B0EXAMPLE34].m4b'`,
				"   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)",
				"   at AAXClean.Mp4File.ConvertToMp4aAsync(Stream outputStream, ChapterInfo userChapters)"),
		},
	},
	{
		name:   "podfetch-emoji-level",
		source: "PodFetch's console (env_logger with its own format `%Y-%m-%dT%H:%M:%S {symbol} - msg`, the local time without a zone, the level written as a symbol: ℹ️ Info, ⚠️ Warn, ❌ Error, 🐛 Debug; an error's `Error context:` frames on the lines under it): SamTV12345/PodFetch src/service/logging_service.rs (the source that writes the line), issues #934, #1123 and #1642 (pasted logs)",
		why:    "an ISO date and time with no fraction and no zone (UTC by the rules); the level is the symbol before ` - `, no level word; the error context frames belong to the ❌ record; the feed's host in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 ℹ️ - Starting with the following environment variables:"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 ℹ️ - Polling interval for new episodes: 60 minutes"),
			we("2026-11-29T07:42:03Z", Warn, "", `2026-11-29T07:42:03 ⚠️ - Podcast "Harbour Talk" has no image url, using the placeholder`),
			we("2026-11-29T07:43:10Z", Info, "", "2026-11-29T07:43:10 ℹ️ - Refreshing podcast: Harbour Talk"),
			we("2026-11-29T07:43:15Z", Error, "",
				"2026-11-29T07:43:15 ❌ - Error refreshing podcast: Initial error: Bad Request: Error requesting resource from server",
				"Error context:",
				"   0: podfetch::service::podcast_episode_service::PodcastEpisodeService::insert_podcast_episodes",
				"             at /home/rust/src/src/service/podcast_episode_service.rs:412:21"),
		},
	},
}

func TestFresh738Formats(t *testing.T) { assertTable(t, fresh738Cases) }
func TestFresh738Score(t *testing.T) {
	checkScore(t, "fresh738 formats", fresh738Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
