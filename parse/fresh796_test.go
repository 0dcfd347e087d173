package parse

import "testing"

// The seven-hundred-and-ninety-sixth fresh table: Python logging as real projects configure it.
// Each family is one project's own format: PyInstaller's build log (milliseconds since start, no
// clock time); the kohya_ss GUI's rich console (a time of day with microseconds after a dash, no
// date, wrapped continuation lines); kohya-ss sd-scripts' RichHandler (a zone-less date and time,
// the level padded, the source file at the right); ecs-logging-python's StdlibFormatter (one ECS
// JSON object a line); gensim's tutorial format (`%(asctime)s : %(levelname)s : %(message)s` with a
// traceback after it), a gensim user's 12-hour `%m/%d/%Y %I:%M:%S %p [%(levelname)s]`, a gensim
// user's `[LEVEL] logger (pid):` layout, and gensim under logging.basicConfig's default format
// (`LEVEL:logger:msg`, no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `structlog`, `ConsoleRenderer`, `JSONRenderer`, `loguru`,
// `coloredlogs`, `django`, `celery`, `beat:`, `gunicorn`, `absl`, `RichHandler`, `twisted`,
// `scrapy`, `uvicorn`, `hypercorn`, `daphne`, `dictConfig`, `basicConfig`, `msecs`, `airflow`,
// `luigi`, `dramatiq`, `huey`, `apscheduler`, `flask`, `werkzeug`, `tornado`, `sanic`, `aiohttp`,
// `fastapi`, `prefect`, `dagster`, `streamlit`, `jupyter`, `ansible`, `salt`, `odoo`, `mlflow`,
// `pytest`, `tensorflow`, `sentry`, `supervisord`, `zope`, `plone`, `buildbot`, `mitmproxy`,
// `homeassistant`, `octoprint`, `certbot`, `locust`, `kivy`, `pyramid`, `waitress`, `logzero`,
// `daiquiri`, `picologging`, `eliot`, `twiggy`, `logbook`, `python-json-logger`, `ecs-logging`,
// `ecs_logging`, `ecs.version`, `nameko`, `faust`, `kombu`, `dask`, `synapse`, `mailman`,
// `radicale`, `calibre`, `sabnzbd`, `tautulli`, `esphome`, `frigate`, `paperless`, `superset`,
// `zulip`, `vllm`, `litellm`, `langchain`, `transformers`, `trainer.py`, `detectron2`, `fairseq`,
// `nemo`, `hydra`, `][INFO] -`, `deepspeed`, `mmdet`, `mmengine`, `mautrix`, `INFO@`, `fail2ban`,
// `mopidy`, `sqlalchemy`, `alembic`, `zuul`, `ganeti`, `cobbler`, `anaconda`, `calibre-web`,
// `mycroft`, `rasa`, `granian`, `frappe`, `pyload`, `sglang`, `arq`, `limnoria`, `electrum`,
// `flexget`, `trytond`, `kedro`, `optuna`, `cherrypy`, `mkdocs`, `gensim`, ` : INFO : `,
// `pyinstaller`, `INFO: PyInstaller`, `sopel`, `searx`, `moonraker`, `barman`, `circus`, `sqlmap`,
// `cuckoo`, `cowrie`, `torch.distributed`, `pylsp`, `bentoml`, `label-studio`, `ckan`,
// `couchpotato`, `mylar`, `worker.py:1`, `bokeh`, `nipype`, `snakemake`, `kopf`, `dbt=`,
// `metaflow`, `pyats`, `invokeai`, `comfyui`, `streamlink`, `appdaemon`, `robot framework`,
// `kohya`, `sd-scripts`, `train_util`, `omit_repeated`. Nearly every product of the theme is
// measured already (structlog, loguru, coloredlogs, Django, Celery, gunicorn, absl, rich, twisted,
// scrapy, uvicorn and many more), so they were left out; PyInstaller, kohya_ss, sd-scripts,
// ecs-logging-python and gensim match nothing (` : INFO : ` matches another product's line of
// the same basicConfig shape; `ecs.version` matches Go and Java ECS encoders). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every time here is zone-less (UTC) except ECS's `Z`; kohya_ss's
// `HH:mm:ss-ffffff` has no date and is on the clock's day; the 12-hour `12:05:10 AM` is 00:05:10.
// PyInstaller's leading number is milliseconds since the build began and basicConfig's default
// writes no time, so their records have none. Levels only where the line marks one: PyInstaller's
// `INFO:`/`WARNING:`, rich's padded column, ECS's `log.level`, gensim's ` : LEVEL : `, `[LEVEL]`
// and `LEVEL:` fields; every line here carries one. No family writes a host: the host is "" for
// every record. A gensim traceback after its error line and kohya_ss's wrapped continuation line
// are part of their record.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (PyInstaller's build log, sd-scripts' rich layout). Hosts, ids, paths and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7bea2d1 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 85.7 %, host 100.0 %, records 100.0 %), in a
// worktree at 7bea2d1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a time: kohya_ss's `HH:mm:ss-ffffff` time of day, its
// microseconds after a dash, is not read, so its records get no time.

var fresh796Cases = []worldCase{
	{
		name:   "pyinstaller-build-log",
		source: "PyInstaller's build log (`%(relativeCreated)d %(levelname)s: %(message)s`: milliseconds since the start, the level and a colon): from memory (a search of pyinstaller issues found build discussions but no pasted line)",
		why:    "the leading number is milliseconds since the build began, no clock time; the level is a word with a colon",
		entries: []worldEntry{
			we("", Info, "", "142 INFO: PyInstaller: 6.11.1, contrib hooks: 2024.10"),
			we("", Info, "", "143 INFO: Python: 3.12.7"),
			we("", Info, "", "171 INFO: Platform: Linux-6.8.0-49-generic-x86_64-with-glibc2.39"),
			we("", Warn, "", "5318 WARNING: Hidden import \"tzdata.zoneinfo\" not found!"),
			we("", Info, "", "9904 INFO: Building EXE from EXE-00.toc completed successfully."),
		},
	},
	{
		name:   "kohya-ss-gui-rich-time-of-day",
		source: "bmaltais/kohya_ss GUI's console (`HH:mm:ss-ffffff LEVEL    msg`, long messages wrapped onto lines indented under the message column): bmaltais/kohya_ss issues #3154 and #3433, #3211",
		why:    "a time of day with microseconds after a dash and no date; the level padded to eight; a wrapped continuation line belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "07:41:16-204118 INFO     Kohya_ss GUI version: v25.0.3"),
			we("2026-11-29T07:41:18.551907Z", Info, "", "07:41:18-551907 INFO     Torch detected GPU: NVIDIA GeForce RTX 4070 VRAM 12282MB Arch 8.9 Cores 46"),
			we("2026-11-29T07:41:18.553012Z", Info, "", "07:41:18-553012 INFO     Python version is 3.11.9 (main, Apr  2 2026, 08:25:04) [GCC 13.2.0 64 bit",
				"                         (x86_64)]"),
			we("2026-11-29T07:41:31.007355Z", Warn, "", "07:41:31-007355 WARNING  Regularisation images are used... Will double the number of steps required..."),
			we("2026-11-29T07:41:33.890271Z", Error, "", "07:41:33-890271 ERROR    Output folder path is missing"),
		},
	},
	{
		name:   "kohya-sd-scripts-richhandler",
		source: "kohya-ss/sd-scripts library/utils.py setup_logging (RichHandler with datefmt `%Y-%m-%d %H:%M:%S`: the time, the level padded, the message and the source `file.py:line` at the right): from memory",
		why:    "rich's columns: a zone-less time, the padded level, then a file:line column far to the right of the message",
		entries: []worldEntry{
			we("2026-11-29T07:42:02Z", Info, "", "2026-11-29 07:42:02 INFO     prepare tokenizer                                              train_util.py:4431"),
			we("2026-11-29T07:42:05Z", Info, "", "2026-11-29 07:42:05 INFO     loading u-net: <All keys matched successfully>                  model_util.py:1007"),
			we("2026-11-29T07:42:09Z", Warn, "", "2026-11-29 07:42:09 WARNING  cache_latents_to_disk is enabled but the folder is read-only    train_util.py:1102"),
			we("2026-11-29T07:42:11Z", Error, "", "2026-11-29 07:42:11 ERROR    No data found. Please verify arguments (train_data_dir must be   train_util.py:2177"),
		},
	},
	{
		name:   "ecs-logging-python-stdlib",
		source: "elastic/ecs-logging-python StdlibFormatter (one JSON object a line: `@timestamp`, `log.level`, `message`, `ecs.version`, then `log` with logger and origin, `process`): elastic.co/guide/en/ecs-logging/python/current/installation.html, pypi.org/project/ecs-logging",
		why:    "ECS JSON: the time in @timestamp with Z, the level in the dotted log.level key, no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"@timestamp":"2026-11-29T07:41:16.204Z","log.level":"info","message":"order 55102 accepted","ecs.version":"1.6.0","log":{"logger":"shop.orders","origin":{"file":{"line":88,"name":"orders.py"},"function":"accept"},"original":"order 55102 accepted"},"process":{"name":"MainProcess","pid":3141,"thread":{"id":140211,"name":"MainThread"}}}`),
			we("2026-11-29T07:41:17.019Z", Debug, "", `{"@timestamp":"2026-11-29T07:41:17.019Z","log.level":"debug","message":"cache miss for sku K-4471","ecs.version":"1.6.0","log":{"logger":"shop.cache","origin":{"file":{"line":41,"name":"cache.py"},"function":"get"},"original":"cache miss for sku K-4471"},"process":{"name":"MainProcess","pid":3141,"thread":{"id":140211,"name":"MainThread"}}}`),
			we("2026-11-29T07:41:19.550Z", Warn, "", `{"@timestamp":"2026-11-29T07:41:19.550Z","log.level":"warning","message":"payment gateway slow: 2.8s","ecs.version":"1.6.0","log":{"logger":"shop.payments","origin":{"file":{"line":203,"name":"gateway.py"},"function":"charge"},"original":"payment gateway slow: 2.8s"},"process":{"name":"MainProcess","pid":3141,"thread":{"id":140211,"name":"MainThread"}}}`),
			we("2026-11-29T07:41:20.101Z", Error, "", `{"@timestamp":"2026-11-29T07:41:20.101Z","log.level":"error","message":"refund 9921 failed","ecs.version":"1.6.0","error":{"message":"card expired","type":"CardError"},"log":{"logger":"shop.payments","origin":{"file":{"line":251,"name":"gateway.py"},"function":"refund"},"original":"refund 9921 failed"},"process":{"name":"MainProcess","pid":3141,"thread":{"id":140211,"name":"MainThread"}}}`),
		},
	},
	{
		name:   "gensim-tutorial-colon-format",
		source: "gensim's tutorial logging (`logging.basicConfig(format='%(asctime)s : %(levelname)s : %(message)s')`, a traceback after it when training fails): piskvorky/gensim issue #541",
		why:    "colons with spaces around the level; a traceback with no time belongs to the record before it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.812Z", Info, "", "2026-11-29 07:41:16,812 : INFO : collecting all words and their counts"),
			we("2026-11-29T07:41:16.830Z", Info, "", "2026-11-29 07:41:16,830 : INFO : collected 4412 word types from a corpus of 90211 raw words and 3120 sentences"),
			we("2026-11-29T07:41:17.004Z", Warn, "", "2026-11-29 07:41:17,004 : WARNING : under 10 jobs per worker: consider setting a smaller `batch_words' for smoother alpha decay"),
			we("2026-11-29T07:41:17.120Z", Error, "", "2026-11-29 07:41:17,120 : ERROR : training failed for corpus news-2026",
				"Traceback (most recent call last):",
				`  File "/srv/nlp/train_w2v.py", line 52, in <module>`,
				"    model.train(corpus, total_examples=model.corpus_count, epochs=5)",
				"RuntimeError: you must first build vocabulary before training the model"),
		},
	},
	{
		name:   "gensim-twelve-hour-datefmt",
		source: "a gensim user's basicConfig with `datefmt='%m/%d/%Y %I:%M:%S %p'` and `[%(levelname)s]` (`08/09/2020 08:25:52 AM [INFO] collecting all words and their counts`): piskvorky/gensim issue #2914",
		why:    "a US month-first date with a 12-hour time and AM/PM; 12:05 AM is just after midnight",
		entries: []worldEntry{
			we("2026-11-29T00:05:10Z", Info, "", "11/29/2026 12:05:10 AM [INFO] collecting all words and their counts"),
			we("2026-11-29T07:41:52Z", Info, "", "11/29/2026 07:41:52 AM [INFO] PROGRESS: at sentence #10000, processed 182040 words, keeping 21877 word types"),
			we("2026-11-29T07:42:05Z", Info, "", "11/29/2026 07:42:05 AM [INFO] EPOCH 1 - PROGRESS: at 48.20% examples, 391022 words/s, in_qsize 5, out_qsize 0"),
			we("2026-11-29T07:42:31Z", Warn, "", "11/29/2026 07:42:31 AM [WARNING] Effective 'alpha' higher than previous training cycles"),
		},
	},
	{
		name:   "gensim-bracket-level-pid",
		source: "a gensim user's format `%(asctime)s [%(levelname)s] %(name)s (%(process)d): %(message)s` with `datefmt='%Y-%m-%d %H:%M:%S'` (`2016-08-25 19:24:15 [INFO] gensim.models.word2vec (2913): min_count=10 …`): piskvorky/gensim issue #842",
		why:    "a bracketed level after a seconds-only time; the logger and a pid in parentheses before the colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29 07:41:15 [INFO] gensim.models.word2vec (6120): min_count=10 retains 48211 unique words (61% of original 79033, drops 30822)"),
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29 07:41:15 [INFO] gensim.models.word2vec (6120): min_count leaves 9120443 word corpus (98% of original 9301120)"),
			we("2026-11-29T07:41:22Z", Debug, "", "2026-11-29 07:41:22 [DEBUG] gensim.models.word2vec (6120): queueing job #12 (10000 words, 521 sentences) at alpha 0.02471"),
			we("2026-11-29T07:43:40Z", Warn, "", "2026-11-29 07:43:40 [WARNING] gensim.models.word2vec (6120): supplied example count (3100) did not equal expected count (3120)"),
		},
	},
	{
		name:   "gensim-basicconfig-default",
		source: "gensim under logging.basicConfig's default format (`%(levelname)s:%(name)s:%(message)s`, no time): HoloClean/holoclean PR #25",
		why:    "no time at all; the level and the dotted logger name joined by colons",
		entries: []worldEntry{
			we("", Info, "", "INFO:gensim.models.word2vec:resetting layer weights"),
			we("", Info, "", "INFO:gensim.models.fasttext:Total number of ngrams is 1733"),
			we("", Debug, "", "DEBUG:gensim.models.word2vec:job loop exiting, total 4 jobs"),
			we("", Info, "", "INFO:gensim.models.word2vec:worker thread finished; awaiting finish of 0 more threads"),
			we("", Warn, "", "WARNING:gensim.models.word2vec:under 10 jobs per worker: consider setting a smaller `batch_words' for smoother alpha decay"),
		},
	},
}

func TestFresh796Formats(t *testing.T) { assertTable(t, fresh796Cases) }

func TestFresh796Score(t *testing.T) {
	checkScore(t, "fresh796 formats", fresh796Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
