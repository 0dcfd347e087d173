package parse

import "testing"

// The seven-hundred-and-first fresh table: photo management and image processing tools' logs as
// people attach them to bug reports, shapes no earlier table holds. Each family is one product's
// documented or observed output: PiGallery2's console (`M/D/YYYY, h:mm:ss AM[LEVEL][Tag] msg`, a
// twelve-hour clock and the level glued to the time, an error object dumped under a WARN); Home
// Gallery's pino-pretty console (`[yyyy-mm-dd HH:MM:ss.l]: module level msg`, the level word only
// when it is not info); Photoview's Go log (`yyyy/MM/dd HH:mm:ss msg`); gphoto2's --debug log
// (seconds since start, a padded domain, the libgphoto2 level number in parentheses, hex dumps under
// a data line); immich-go 0.21's log file (`LEVEL | msg | attrs time="yyyy-MM-ddTHH:mm.ss ZONE"`,
// the level first and the time last with a dot before the seconds); immich-go 0.2x's log
// (`yyyy-MM-dd HH:mm:ss INF msg`, an error's wrapped text on the next line); LibrePhotos' backend
// stream (gunicorn, RQ's time of day and Django's time-less request errors with a traceback in
// one stream); Piwigo Remote Sync's logback console (`HH:mm:ss.SSS [thread] LEVEL logger - msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`digikam`, `darktable`, `photoprism`, `immich`, `imagemagick`, `magick`, `rawtherapee`,
// `shotwell`, `piwigo`, `thumbnail`, `tumbler`, `thumbor`, `imgproxy`, `lychee`, `librephotos`,
// `photoview`, `nextcloud`, `memories`, `gthumb`, `gimp`, `krita`, `ffmpeg`, `exiftool`, `libvips`,
// `vips`, `pigallery`, `lightroom`, `gphoto2`, `geeqie`, `image-magick`, `sharp`, `photonix`,
// `ente`, `damselfly`, `photostructure`, `filerun`, `picapport`, `ownphotos`, `koken`, `zenphoto`,
// `chevereto`, `pixelfed`, `immich_server`, `immich_microservices`, `photoprism start`,
// `darktable -d`, `digikam.general`, `shotwell-debug`, `pica`, `hugin`, `enblend`, `openimageio`,
// `oiio`, `graphicsmagick`, `gm convert`, `imaginary`, `weserv`, `pictrs`, `pict-rs`, `lemmy`,
// `nextcloud memories`, `go-vod`, `preview generator`, `previewgenerator`, `tumblerd`,
// `ffmpegthumbnailer`, `kio_thumbnail`, `thumbnail.so`, `exiv2`, `gexiv2`, `siril`, `immich-go`,
// `home-gallery`, `homegallery`, `entangle`, `museum`, `ente.io`, `gphoto`, `ALWAYS INCLUDE`,
// `lightroom`, `capture one`, `digicam`, `nomacs`, `xnview`, `sigal`, `photofield`,
// `immich-power`, `immich-kiosk`, `immichframe`, `photoframe`, `synology photos`, `synofoto`,
// `mogrify`, `convert-im6`, `vipsthumbnail`, `darkroom`, `ansel`, `vkdt`, `filmulator`,
// `lightzone`, `photoflow`, `exif`, `heif`, `libraw`, `dcraw`, `sane`, `scanimage`, `xsane`,
// `naps2`, `gscan2pdf`, `paperless`, `[SILLY]`, `PM[WARN]`, `PM[INFO]`, `]: server.`,
// `server.request`, `pino-pretty`, `rq:worker`, `Cleaning registries`, `| time="`,
// `Asset Lifecycle`, `ERR upload error`, ` INF Server`, `main                        (2)`,
// `context(0)`, `ptp_usb`, `gp_port`, `photoviewignore`, `Insert Album`, `o.p.r.api`,
// `SyncDirectoryWalker`, `remote-sync`, `Internal Server Error: /api`, `Not Found: /api`,
// `ThreadPool`, `ErrorDTO`). None of PiGallery2, Home Gallery, Photoview, gphoto2, immich-go,
// LibrePhotos or Piwigo is in any table (`immich` matches only the Immich server's Nest and
// machine-learning lines, `| time="` logrus lines behind a compose column, `]: server.` a Hive
// line, `server.request` other products, `ThreadPool` Java threads; `rq:worker`,
// `Cleaning registries` and `Internal Server Error: /api` match RQ and Django in other products'
// tables, while LibrePhotos' stream mixes them with gunicorn in one file). Left out as measured
// already: digiKam, darktable, PhotoPrism, Immich's server, ImageMagick, RawTherapee, Shotwell,
// gThumb, Lychee, Thumbor, imgproxy, pict-rs, Tumbler, Siril, Entangle, Hugin, nomacs, libvips.
// Left out as not confirmed by any search: Damselfly's, PhotoStructure's and Ente's server logs.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). PiGallery2's `11/29/2026, 7:41:16 AM` is the server's zone-less local time
// (read as UTC), month first, on a twelve-hour clock (`10:12:03 PM` is 22:12:03). Home Gallery's,
// Photoview's, LibrePhotos' gunicorn and immich-go 0.2x's stamps have no zone and are taken as
// UTC; gunicorn's `+0000` is UTC. immich-go 0.21's `time="2026-11-29T08:41.16 CET"` is hour,
// minute and, after a dot, second, in CET (+01:00), so 07:41:16Z. RQ's and Piwigo Remote Sync's
// time of day is on the clock's day. gphoto2's first column is seconds since the program started:
// no time of its own (""); Django's `Internal Server Error:` line has none either. Levels only
// where the line marks one: PiGallery2's bracketed word (SILLY is trace, VERBOSE is debug); Home
// Gallery's word after the module (an info line carries none and is Unknown); gphoto2's number in
// parentheses, libgphoto2's GPLogLevel (0 error, 2 debug, 3 data, a hex dump below debug: trace);
// immich-go's INFO/ERROR and INF/DBG/WRN/ERR; gunicorn's bracketed word; logback's padded word.
// Photoview's, RQ's and Django's lines carry none. The host is the record's host field: none of
// these families has one; the Immich server's address in immich-go's lines, the camera and the
// clients are no hosts. A record that spans lines is one entry: PiGallery2's WARN with the ErrorDTO
// dumped under it, gphoto2's data line with its hex dump, immich-go's ERR with the wrapped error
// text and the blank line after it, Django's request error with its traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb2b2f before any rule for it: level 78.8 %, time 85.0 %, host 97.5 %, records 92.9 %.
// That is the macro figure (micro: level 75.6 %, time 85.4 %, host 97.6 %, records 92.7 %), in a
// worktree at beb2b2f with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are Home Gallery's level word after the module name, which trawl
// does not read; gphoto2's level number in parentheses, which it does not read, and its hex dump
// lines, which it splits off the data line; immich-go 0.21's trailing `time="…T08:41.16 CET"`,
// which it does not read, leaving the records with no time; and LibrePhotos' time-less Django
// request error, which it joins with its traceback to the RQ line before it.

var fresh701Cases = []worldCase{
	{
		name:   "pigallery2-console-twelve-hour",
		source: "PiGallery2's backend console (its Logger over winston: the server's `toLocaleString` `M/D/YYYY, h:mm:ss AM` glued to `[LEVEL]` and an optional `[Tag]`, levels SILLY DEBUG VERBOSE INFO WARN ERROR; a handled error dumps an ErrorDTO object under `[WARN] Handled error:`): bpatrik/pigallery2 issue #475 (`[SILLY][ThreadPool]`) and PR #51 (the WARN with the dumped ErrorDTO and its stack)",
		why:    "a month-first date, a comma and a twelve-hour clock with AM/PM, the level bracket glued to it; the dumped object's lines belong to the WARN above them",
		entries: []worldEntry{
			we("2026-11-28T22:12:03Z", Info, "", "11/28/2026, 10:12:03 PM[INFO][Server] Listening on 0.0.0.0:80"),
			we("2026-11-29T07:41:16Z", Trace, "", "11/29/2026, 7:41:16 AM[SILLY][ThreadPool] Creating thread pool with 2 workers"),
			we("2026-11-29T07:41:17Z", Debug, "", "11/29/2026, 7:41:17 AM[VERBOSE][IndexingManager] Indexing: /app/data/images/2026/Porto weekend"),
			we("2026-11-29T07:42:05Z", Warn, "",
				"11/29/2026, 7:42:05 AM[WARN] Handled error:",
				"ErrorDTO {",
				"  code: 9,",
				"  message: 'Unknown server side error',",
				"  details:",
				"   TypeError: Cannot read properties of undefined (reading 'media')",
				"       at GalleryMWs.filterGalleryResults (/app/src/backend/middlewares/GalleryMWs.js:218:40)",
				"       at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)",
				"}"),
			we("2026-11-29T07:42:31Z", Error, "", "11/29/2026, 7:42:31 AM[ERROR][PhotoWorker] Error during generating thumbnail: /app/data/images/2026/Porto weekend/IMG_7731.HEIC"),
		},
	},
	{
		name:   "home-gallery-pino-pretty-module",
		source: "Home Gallery's console (packages/logger/src/pretty-stream.ts: pino-pretty with translateTime `SYS:yyyy-mm-dd HH:MM:ss.l`, level hidden, messageFormat `module [level ]msg[ duration]`, the level word only when it is not info): xemle/home-gallery issue #201 (a pasted docker log) and the pretty-stream source",
		why:    "a zone-less bracketed time with milliseconds and a colon after it; the dotted module name, then a level word only for debug, warn and error; an info line has no level",
		gap:    "the level word after the dotted module name (`debug`, `warn`, `error` between the module and the message) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29 07:41:16.204]: server Your own Home Gallery is running at http://localhost:3000"),
			we("2026-11-29T07:41:16.913Z", Unknown, "", "[2026-11-29 07:41:16.913]: server.api.events Add new client 6d2f0a1e-3b7c-4e59-9a14-c8e2b0f7d315"),
			we("2026-11-29T07:41:17.022Z", Unknown, "", "[2026-11-29 07:41:17.022]: server.request 200 GET /api/database.json 38ms"),
			we("2026-11-29T07:42:40.118Z", Debug, "", "[2026-11-29 07:42:40.118]: database.build debug Read 8421 entries from storage 1.2s"),
			we("2026-11-29T07:43:08.640Z", Warn, "", "[2026-11-29 07:43:08.640]: extractor.image.preview warn Could not create preview of 2c4f91ab: Input file contains unsupported image format"),
			we("2026-11-29T07:43:09.117Z", Error, "", "[2026-11-29 07:43:09.117]: cli.run error Import failed: exit code 1"),
		},
	},
	{
		name:   "photoview-go-log-scanner",
		source: "Photoview's server on stdout (Go's standard log `yyyy/MM/dd HH:mm:ss msg`, scanner lines such as `Insert Album …, contains photo is true`): photoview/photoview issue #296 (a pasted docker-compose log)",
		why:    "a slashed zone-less date and time (UTC by the rules); album paths with dates in them are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Photoview API endpoint listening at http://0.0.0.0:80/api/graphql"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026/11/29 07:41:20 Scanner: starting scan for user ines"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026/11/29 07:41:21 Insert Album /photos/2026/2026_11_21 /photos/2026/2026_11_21, contains photo is true"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026/11/29 07:41:24 Failed to process photo /photos/2026/2026_11_21/DSC_0088.NEF: creating high-res cached image: encoding image using: /usr/bin/darktable-cli"),
		},
	},
	{
		name:   "gphoto2-debug-elapsed-level-number",
		source: "gphoto2 --debug --debug-logfile (seconds since start with microseconds, the domain padded to 28, then `(level): msg`, the level libgphoto2's GPLogLevel: 0 error, 1 verbose, 2 debug, 3 data; a data line's hex dump on the lines under it): gphoto/gphoto2 issues #279, #117 and #174, gphoto/libgphoto2 issue #267, libgphoto2's gphoto2-port-log.h (found with find_string `GP_LOG_ERROR = 0`)",
		why:    "the first column is elapsed seconds, no time; the number in parentheses is the level; a hex dump's offset lines belong to the data line above them",
		gap:    "the libgphoto2 level number in parentheses after the padded domain (`(0)`, `(2)`, `(3)`) is not read, and the hex dump's offset lines under a data line are split off as records of their own",
		entries: []worldEntry{
			we("", Debug, "", "0.000712 main                        (2): ALWAYS INCLUDE THE FOLLOWING LINES WHEN SENDING DEBUG MESSAGES TO THE MAILING LIST:"),
			we("", Debug, "", "0.000801 main                        (2): gphoto2 2.5.32"),
			we("", Debug, "", "0.412093 gp_camera_init              (2): Loading '/usr/lib/x86_64-linux-gnu/libgphoto2/2.5.32/ptp2'..."),
			we("", Trace, "",
				"1.204577 gp_port_read                (3): Hexdump of 16 = 0x10 bytes follows:",
				"0000  10 00 00 00 03 00 19 20-2a 00 00 00 00 00 00 00  ....... *.......",
				"0010  00 00 00 00                                      ...."),
			we("", Error, "", "1.842217 ptp_usb_getresp             (0): PTP_OC 0x100e receiving resp failed: PTP Device Busy (0x2019)"),
			we("", Error, "", "1.842301 context                     (0): PTP Device Busy"),
		},
	},
	{
		name:   "immich-go-pipe-log-file",
		source: "immich-go 0.21's log file (`-log-file`: the level padded to five first, ` | msg | `, attributes, then `time=\"yyyy-MM-ddTHH:mm.ss ZONE\"` with a dot before the seconds and a zone abbreviation): simulot/immich-go issues #399 and #517 (pasted log files)",
		why:    "the level word leads the line; the time comes last with hour, minute and, after a dot, second, in a zone abbreviation (CET +01:00); the server's address is no host",
		gap:    "the trailing `time=\"2026-11-29T08:41.16 CET\"` attribute, with a dot before the seconds and a zone abbreviation, is not read: the records get no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", ` INFO | Connection to the server https://photos.kestrel.lan | time="2026-11-29T08:41.16 CET"`),
			we("2026-11-29T07:41:16Z", Info, "", ` INFO | Server status: OK | time="2026-11-29T08:41.16 CET"`),
			we("2026-11-29T07:41:17Z", Info, "", ` INFO | scanned image file | file=2026/Porto/DSC_4410.JPG time="2026-11-29T08:41.17 CET"`),
			we("2026-11-29T07:41:19Z", Info, "", ` INFO | server has same asset | file=2026/Porto/DSC_4410.NEF reason="same checksum" time="2026-11-29T08:41.19 CET"`),
			we("2026-11-29T07:43:05Z", Error, "", `ERROR | upload error | file=2026/Porto/IMG_0912.HEIC error="AssetUpload, POST, https://photos.kestrel.lan/api/assets\nPost \"https://photos.kestrel.lan/api/assets\": EOF\n" time="2026-11-29T08:43.05 CET"`),
		},
	},
	{
		name:   "immich-go-console-inf-wrapped-error",
		source: "immich-go 0.2x's log (`yyyy-MM-dd HH:mm:ss LVL msg attrs`, levels DBG INF WRN ERR; an error's text carries a newline, so its second line and a blank line follow the ERR line): simulot/immich-go issue #956 and PR #781 (pasted logs), issue #1265",
		why:    "a zone-less date and time (UTC by the rules), a three-letter level; the wrapped `Post …: EOF` line belongs to the ERR above it",
		entries: []worldEntry{
			we("2026-11-29T07:51:02Z", Info, "", "2026-11-29 07:51:02 INF Connected to http://10.40.2.15:2283, user: ines@kestrel.lan"),
			we("2026-11-29T07:51:03Z", Debug, "", "2026-11-29 07:51:03 DBG scanned image file file=Takeout/Photos from 2026/IMG_2230.JPG size=3481022"),
			we("2026-11-29T07:51:05Z", Warn, "", "2026-11-29 07:51:05 WRN missing associated metadata file file=Takeout/Photos from 2026/IMG_2231.JPG"),
			we("2026-11-29T07:52:40Z", Error, "",
				"2026-11-29 07:52:40 ERR upload error file=Takeout/Photos from 2026/IMG_2231.JPG error=AssetUpload, POST, http://10.40.2.15:2283/api/assets",
				`Post "http://10.40.2.15:2283/api/assets": EOF`,
				""),
			we("2026-11-29T07:52:41Z", Info, "", "2026-11-29 07:52:41 INF Input analysis:"),
		},
	},
	{
		name:   "librephotos-backend-gunicorn-rq-django",
		source: "LibrePhotos' backend container log (gunicorn's `[yyyy-MM-dd HH:mm:ss +0000] [pid] [LEVEL] msg`, RQ's worker `HH:mm:ss msg`, Django's time-less `Internal Server Error: path` with the traceback under it, all in one stream): LibrePhotos/librephotos issues #114 and #213",
		why:    "three writers in one stream: gunicorn's bracketed time and level, RQ's time of day (the clock's day, no level), Django's request error with no time and no level and its traceback as one record",
		gap:    "Django's time-less `Internal Server Error:` line and its traceback are joined to the RQ line before them instead of starting a record of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:26Z", Info, "", "[2026-11-29 07:41:26 +0000] [309] [INFO] Starting gunicorn 21.2.0"),
			we("2026-11-29T07:41:26Z", Info, "", "[2026-11-29 07:41:26 +0000] [314] [INFO] Booting worker with pid: 314"),
			we("2026-11-29T07:41:37Z", Unknown, "", "07:41:37 Worker rq:worker:0b6e2f9c41d84a7fa3c2e51d9b8f7a60: started, version 1.15.1"),
			we("2026-11-29T07:41:37Z", Unknown, "", "07:41:37 *** Listening on default..."),
			we("", Unknown, "",
				"Internal Server Error: /api/photos/5e1a9c0d3b7f42e8a6d1c4b90f2e7a31/",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.11/dist-packages/django/core/handlers/exception.py", line 55, in inner`,
				"    response = get_response(request)",
				`  File "/code/api/views/photos.py", line 212, in retrieve`,
				"    return Response(serializer.data)",
				"AttributeError: 'NoneType' object has no attribute 'thumbnail_big'"),
		},
	},
	{
		name:   "piwigo-remote-sync-logback",
		source: "Piwigo Remote Sync's console (the Java client's logback pattern `HH:mm:ss.SSS [thread] LEVEL logger{36} - msg`, the level padded to five, loggers such as o.p.r.api.sync.SyncDirectoryWalker and o.p.r.api.sync.ConnectedWalker): Piwigo/Piwigo-Java issue #25",
		why:    "a time of day with milliseconds and no date (the clock's day); the thread in brackets, then the padded level word; the album id is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 [main] INFO  o.p.r.api.sync.SyncHandler - Synchronising /home/ines/Pictures/piwigo with https://gallery.kestrel.lan"),
			we("2026-11-29T07:41:17.012Z", Info, "", "07:41:17.012 [Thread-5] INFO  o.p.r.api.sync.SyncDirectoryWalker - Uploading DSC_0412.jpg in album with ID 37"),
			we("2026-11-29T07:41:17.540Z", Debug, "", "07:41:17.540 [Thread-5] DEBUG o.p.r.api.sync.ConnectedWalker - Album 2026-11 Porto already exists with ID 37"),
			we("2026-11-29T07:41:18.233Z", Warn, "", "07:41:18.233 [Thread-5] WARN  o.p.r.api.sync.SyncDirectoryWalker - Skipping IMG_0913.MOV: extension not allowed by the server"),
			we("2026-11-29T07:41:18.990Z", Error, "", "07:41:18.990 [Thread-5] ERROR o.p.r.api.sync.ConnectedWalker - Upload of DSC_0415.jpg failed: the server answered 500"),
		},
	},
}

func TestFresh701Formats(t *testing.T) { assertTable(t, fresh701Cases) }
func TestFresh701Score(t *testing.T) {
	checkScore(t, "fresh701 formats", fresh701Cases, [worldNumFields]float64{78.7, 84.9, 97.4, 92.8})
}
