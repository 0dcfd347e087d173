package parse

import "testing"

// The two-hundred-and-forty-sixth fresh table, written on 2026-12-05: job schedulers inside
// programs and clusters, as their own logs show them. Each family is one product's documented or
// observed output: APScheduler under Python's logging.basicConfig (no time, scheduled times in the
// message, a traceback under an ERROR); the `schedule` library under an asctime format (a job's
// last and next runs in the message); robfig/cron v3's VerbosePrintfLogger (`cron: ` before Go's
// log date, RFC 3339 now= and next= values, a recovered panic with its stack); kube-controller-manager
// with --logging-format=json (a millisecond epoch ts, the CronJob controller and event lines, an
// event's type beside the record); Quartz under Spring Boot 2's console pattern (JobRunShell's and
// ErrorLogger's exceptions with stacks, the misfire handler); sidekiq-cron under Sidekiq 5's
// formatter (pid and TID- before the level, a worker class and JID-); Nomad's periodic dispatcher in
// the agent's log_file (hclog with a launch_time value); Celery beat in the journal
// (`journalctl -o short-iso` around beat's own bracket); `schtasks` on the Windows console (SUCCESS:,
// INFO:, ERROR: prefixes, no time).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`cron`, `anacron`, `atd`, `fcron`, `Task Scheduler`, `TaskScheduler`, `quartz`,
// `QuartzScheduler`, `JobRunShell`, `ErrorLogger`, `threw an exception`, `celery beat`, `beat:`,
// `Scheduler: Sending due task`, `celery[`, `sidekiq-cron`, `sidekiq-scheduler`, `Cron Jobs -`,
// `TID-`, `CronJob`, `cronjob`, `cronjob_controller`, `SawCompletedJob`, `SuccessfulCreate`,
// `Started by timer`, `[id=`, `Periodic background`, `nomad`, `launch_time`, `systemd-timer`,
// `list-timers`, `OnCalendar`, `systemd-run`, `wevtutil`, `Get-WinEvent`, `Level,Date and Time`,
// `apscheduler`, `Running job "`, `was missed by`, `INFO:`, ` - schedule - `, `Running job Every`,
// `robfig`, `cron: 20`, `cron.go`, `gocron`, `"ts":1`, `ofelia`, `yacron`, `dkron`, `hangfire`,
// `jobrunr`, `shedlock`, `Subject: Cron <`, `daily.out`, `MAIL (`, `CMD (`, `pam_unix(cron`,
// `Normal exit`, `pidfile fd`, `@reboot`). Cronie, Debian cron, anacron, atd, fcron, busybox crond,
// supercronic, Ofelia, systemd timers in the journal and `systemctl status`, the Task Scheduler's
// wevtutil text, Get-WinEvent tables and SchedLgU.txt, Jenkins' jenkins.log and Timestamper consoles,
// Celery beat's own file, Nomad's journal and JSON, Kubernetes events and the controller-manager's
// klog text are all in earlier tables and were left out. Quartz is in fresh125 (QuartzScheduler's
// start-up), not as JobRunShell's and ErrorLogger's exceptions; Sidekiq is in earlier tables in the
// 6/7 `pid= tid=` shape, not Sidekiq 5's `pid TID-`; Celery beat is in fresh70 as its own file, not
// in the journal; Nomad is in several tables (journal, JSON, alloc status), not its log_file's
// periodic dispatcher lines; the controller-manager's klog text is in fresh181, not its JSON. The
// table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A scheduled, missed, next or launch time named in a message is no record's
// time; an APScheduler line under basicConfig and a schtasks line carry no time of their own. The
// journal's header and beat's bracket both carry a beat record's time, so either is accepted.
// Levels only where the line marks one: Python's level names, Spring Boot's and Sidekiq's level
// column, hclog's bracket, schtasks' message-type prefix (SUCCESS: and INFO: informational); robfig's
// PrintfLogger writes none (its `panic` is a message word). kube-controller-manager's JSON records
// carry a verbosity "v" on an InfoS record and none on an ErrorS record (which carries "err"): the
// first are Info and the second Error; an event's "type":"Warning" inside an Info record is the
// event's, not the record's. The host is the record's host field: the journal header's name; a
// Redis address, a cluster node id or an FTP target in a message are no host. A record that spans
// lines is one entry: an APScheduler traceback, robfig's panic with its goroutine stack, a Quartz
// exception with its stack and Caused by.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// One expectation was corrected after the first run for a slip of arithmetic, not of format: the
// ErrorS record's ts 1795936812250.25 (milliseconds) is 07:20:12.25025, first written as 07:20:12.25.
//
// Its first figure, scored at commit ca35e72 before any rule for it: level 75.7 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 75.6 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at ca35e72 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 9 families fully right; the gaps are levels: robfig's panic line, the controller-manager's JSON
// records, Celery beat's bracket in the journal and schtasks' SUCCESS:.

var fresh246Cases = []worldCase{
	{
		name:   "apscheduler-basicconfig-default-format",
		source: "APScheduler 3.x under Python's logging.basicConfig() default format `LEVEL:logger:message` (apscheduler.scheduler's Added job / Scheduler started, apscheduler.executors.default's Running job \"name (trigger: …, next run at: …)\" (scheduled at …), Run time of job … was missed by …, Job … raised an exception with the traceback): D4-project/Plum-Island issue #9, agronholm/apscheduler issue #870, tradingstrategy-ai/trade-executor issue #531",
		why:    "no time of the record's own while the message names a next-run time and a scheduled time; the level is the first colon field; a traceback belongs to its ERROR line; a duration 0:00:12 is no time",
		entries: []worldEntry{
			we("", Info, "", `INFO:apscheduler.scheduler:Adding job tentatively -- it will be properly scheduled when the scheduler starts`),
			we("", Info, "", `INFO:apscheduler.scheduler:Added job "sync_invoices" to job store "default"`),
			we("", Info, "", `INFO:apscheduler.scheduler:Scheduler started`),
			we("", Info, "", `INFO:apscheduler.executors.default:Running job "sync_invoices (trigger: interval[0:05:00], next run at: 2026-11-29 07:45:00 UTC)" (scheduled at 2026-11-29 07:40:00.004211+00:00)`),
			we("", Warn, "", `WARNING:apscheduler.executors.default:Run time of job "rotate_keys (trigger: cron[hour='7', minute='30'], next run at: 2026-11-30 07:30:00 UTC)" was missed by 0:00:12.381004`),
			we("", Error, "",
				`ERROR:apscheduler.executors.default:Job "sync_invoices (trigger: interval[0:05:00], next run at: 2026-11-29 07:50:00 UTC)" raised an exception`,
				`Traceback (most recent call last):`,
				`  File "/srv/billing/venv/lib/python3.12/site-packages/apscheduler/executors/base.py", line 125, in run_job`,
				`    retval = job.func(*job.args, **job.kwargs)`,
				`  File "/srv/billing/app/jobs.py", line 41, in sync_invoices`,
				`    resp.raise_for_status()`,
				`requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: http://10.20.8.14:8080/api/invoices`),
		},
	},
	{
		name:   "python-schedule-asctime-name-level",
		source: "the `schedule` library (dbader/schedule) logging `Running job <job repr>` under a `%(asctime)s - %(name)s - %(levelname)s - %(message)s` format with a seconds datefmt: dbader/schedule issue #58",
		why:    "the record's time first; the job's repr names its last run and next run, which are not the record's time; the level is the third dash field",
		entries: []worldEntry{
			we("2026-11-29T07:00:04Z", Info, "", "2026-11-29 07:00:04 - schedule - INFO - Running job Every 1 day at 07:00:00 do export_orders() (last run: [never], next run: 2026-11-29 07:00:00)"),
			we("2026-11-29T07:15:01Z", Info, "", "2026-11-29 07:15:01 - schedule - INFO - Running job Every 15 minutes do poll_feed() (last run: 2026-11-29 07:00:01, next run: 2026-11-29 07:15:01)"),
			we("2026-11-29T07:15:02Z", Warn, "", "2026-11-29 07:15:02 - feeds - WARNING - feed http://203.0.113.40/rss answered 503, keeping 41 cached items"),
			we("2026-11-29T07:30:01Z", Debug, "", "2026-11-29 07:30:01 - schedule - DEBUG - Cancelling job Every 1 hour do heartbeat() (last run: 2026-11-29 06:30:01, next run: 2026-11-29 07:30:01)"),
		},
	},
	{
		name:   "robfig-cron-v3-verbose-printf-logger",
		source: "robfig/cron v3 with cron.WithLogger(cron.VerbosePrintfLogger(log.New(os.Stdout, \"cron: \", log.LstdFlags))) (the PrintfLogger's `msg, key=value, …` with times as RFC 3339; start, schedule, wake, run; cron.Recover's `panic, error=…, stack=...` followed by the goroutine dump): robfig/cron v3 logger.go and chain.go found with the search tool (code corpus: DefaultLogger `log.New(os.Stdout, \"cron: \", log.LstdFlags)`); the message shapes from memory",
		why:    "a `cron: ` prefix before Go's log date; now= and next= RFC 3339 values follow; no level; a recovered panic's stack lines belong to it",
		gap:    "trawl reads Error from the message word in `panic, error=runtime error: …` on the recovered panic's first line, which has no level",
		entries: []worldEntry{
			we("2026-11-29T07:00:00Z", Unknown, "", "cron: 2026/11/29 07:00:00 start"),
			we("2026-11-29T07:00:00Z", Unknown, "", "cron: 2026/11/29 07:00:00 schedule, now=2026-11-29T07:00:00Z, entry=1, next=2026-11-29T07:05:00Z"),
			we("2026-11-29T07:05:00Z", Unknown, "", "cron: 2026/11/29 07:05:00 wake, now=2026-11-29T07:05:00Z"),
			we("2026-11-29T07:05:00Z", Unknown, "", "cron: 2026/11/29 07:05:00 run, now=2026-11-29T07:05:00Z, entry=1, next=2026-11-29T07:10:00Z"),
			we("2026-11-29T07:10:00Z", Unknown, "",
				"cron: 2026/11/29 07:10:00 panic, error=runtime error: invalid memory address or nil pointer dereference, stack=...",
				"goroutine 41 [running]:",
				"github.com/robfig/cron/v3.Recover.func1.1.1()",
				"\t/go/pkg/mod/github.com/robfig/cron/v3@v3.0.1/chain.go:45 +0x8e",
				"panic({0x7a3c20?, 0xb4e5f0?})",
				"\t/usr/local/go/src/runtime/panic.go:785 +0x132",
				"main.pruneSnapshots()",
				"\t/src/cmd/pruner/main.go:88 +0x1c"),
		},
	},
	{
		name:   "kube-controller-manager-json-cronjob",
		source: "kube-controller-manager with --logging-format=json (k8s.io/component-base/logs/json: zap with a millisecond epoch `ts`, `caller`, `msg`, `v` on InfoS records, `err` on ErrorS records, klog.KObj values as {name,namespace}); the CronJob controller v2's and the event recorder's `Event occurred` records: kubernetes/kubernetes PR #102756 and issues #115574 and #118789; the encoder's ms epoch from memory",
		why:    "a JSON record whose time is a millisecond epoch with a fraction; the level follows from v (info) or its absence with err (error); an event's \"type\":\"Warning\" belongs to the event, not the record",
		entries: []worldEntry{
			we("2026-11-29T07:00:00.0125Z", Info, "", `{"ts":1795935600012.5,"caller":"cronjob/cronjob_controllerv2.go:628","msg":"Created Job","v":4,"job":{"name":"db-backup-29932260","namespace":"ops"},"cronjob":{"name":"db-backup","namespace":"ops"}}`),
			we("2026-11-29T07:00:00.01325Z", Info, "", `{"ts":1795935600013.25,"caller":"record/event.go:376","msg":"Event occurred","v":0,"object":"ops/db-backup","fieldPath":"","kind":"CronJob","apiVersion":"batch/v1","type":"Normal","reason":"SuccessfulCreate","message":"Created job db-backup-29932260"}`),
			we("2026-11-29T07:00:02.75Z", Info, "", `{"ts":1795935602750,"caller":"record/event.go:376","msg":"Event occurred","v":0,"object":"finance/report-weekly","fieldPath":"","kind":"CronJob","apiVersion":"batch/v1","type":"Warning","reason":"TooManyMissedTimes","message":"too many missed start times: 104. Set or decrease .spec.startingDeadlineSeconds or check clock skew"}`),
			we("2026-11-29T07:20:12.25025Z", Error, "", `{"ts":1795936812250.25,"caller":"cronjob/cronjob_controllerv2.go:206","msg":"Error syncing CronJob","cronjob":{"name":"report-weekly","namespace":"finance"},"err":"Operation cannot be fulfilled on cronjobs.batch \"report-weekly\": the object has been modified; please apply your changes to the latest version and try again"}`),
		},
	},
	{
		name:   "quartz-spring-boot2-jobrunshell-errorlogger",
		source: "Quartz 2.3 in a Spring Boot 2 application on the console (Spring Boot's `yyyy-MM-dd HH:mm:ss.SSS LEVEL pid --- [thread] logger : msg`): JobRunShell's INFO `Job … threw a JobExecutionException: ` and ERROR `threw an unhandled Exception: `, ErrorLogger's `Job (group.name threw an exception.` with SchedulerException and Caused by, the misfire handler's `Handling N trigger(s) that missed their scheduled fire-time.`: quartz-scheduler/quartz issues #889, #727 and #274, xuxueli/xxl-job issue #1265, smartloli/EFAK issue #190",
		why:    "stack traces after a Spring Boot line, with `Caused by:` and `... 1 common frames omitted`, are one record; a JobExecutionException is logged at INFO and stays Info; an address in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:00:00.004Z", Info, "", "2026-11-29 07:00:00.004  INFO 4127 --- [eduler_Worker-1] c.e.billing.jobs.InvoiceSweepJob         : sweeping 214 open invoices"),
			we("2026-11-29T07:00:00.118Z", Info, "",
				"2026-11-29 07:00:00.118  INFO 4127 --- [eduler_Worker-2] org.quartz.core.JobRunShell              : Job billing.ledgerExportJob threw a JobExecutionException: ",
				"",
				"org.quartz.JobExecutionException: ledger export target 10.20.4.9:21 unreachable",
				"\tat com.example.billing.jobs.LedgerExportJob.execute(LedgerExportJob.java:64) ~[classes/:na]",
				"\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202) ~[quartz-2.3.2.jar:na]",
				"\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573) ~[quartz-2.3.2.jar:na]"),
			we("2026-11-29T07:00:00.231Z", Error, "",
				"2026-11-29 07:00:00.231 ERROR 4127 --- [eduler_Worker-3] org.quartz.core.JobRunShell              : Job billing.reminderJob threw an unhandled Exception: ",
				"",
				"java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"template\" is null",
				"\tat com.example.billing.jobs.ReminderJob.execute(ReminderJob.java:57) ~[classes/:na]",
				"\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202) ~[quartz-2.3.2.jar:na]",
				"\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573) ~[quartz-2.3.2.jar:na]"),
			we("2026-11-29T07:00:00.233Z", Error, "",
				"2026-11-29 07:00:00.233 ERROR 4127 --- [eduler_Worker-3] org.quartz.core.ErrorLogger              : Job (billing.reminderJob threw an exception.",
				"",
				"org.quartz.SchedulerException: Job threw an unhandled exception.",
				"\tat org.quartz.core.JobRunShell.run(JobRunShell.java:213) ~[quartz-2.3.2.jar:na]",
				"\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573) ~[quartz-2.3.2.jar:na]",
				"Caused by: java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"template\" is null",
				"\tat com.example.billing.jobs.ReminderJob.execute(ReminderJob.java:57) ~[classes/:na]",
				"\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202) ~[quartz-2.3.2.jar:na]",
				"\t... 1 common frames omitted"),
			we("2026-11-29T07:01:30.502Z", Info, "", "2026-11-29 07:01:30.502  INFO 4127 --- [_MisfireHandler] o.s.s.quartz.LocalDataSourceJobStore     : Handling 2 trigger(s) that missed their scheduled fire-time."),
		},
	},
	{
		name:   "sidekiq5-cron-tid",
		source: "sidekiq-cron under Sidekiq 3-5's default formatter `time pid TID-x [Worker JID-x] LEVEL: msg` (Booting Sidekiq, `Cron Jobs - add job with name: …`, a cron-enqueued worker's start and done: N sec): sidekiq-cron/sidekiq-cron issues #28, #27, #233 and #467",
		why:    "a bare pid and a TID- tag, then an optional worker class and JID-, between the time and the level; a Redis address and a PID- in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:00:00.418Z", Info, "", `2026-11-29T07:00:00.418Z 4127 TID-ow3k2hq1c INFO: Booting Sidekiq 5.2.10 with redis options {:url=>"redis://10.20.3.7:6379/2", :id=>"Sidekiq-server-PID-4127"}`),
			we("2026-11-29T07:00:00.431Z", Info, "", "2026-11-29T07:00:00.431Z 4127 TID-ow3k2hq1c INFO: Cron Jobs - add job with name: nightly_digest"),
			we("2026-11-29T07:00:01.002Z", Info, "", "2026-11-29T07:00:01.002Z 4127 TID-ow3k9a7xg NightlyDigestWorker JID-5e8b1f2a9c3d4e7f0a1b2c3d INFO: start"),
			we("2026-11-29T07:00:03.517Z", Info, "", "2026-11-29T07:00:03.517Z 4127 TID-ow3k9a7xg NightlyDigestWorker JID-5e8b1f2a9c3d4e7f0a1b2c3d INFO: done: 2.515 sec"),
			we("2026-11-29T07:05:00.044Z", Warn, "", "2026-11-29T07:05:00.044Z 4127 TID-ow3k9b1mz StaleCartWorker JID-0a9b8c7d6e5f4a3b2c1d0e9f WARN: ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.002 seconds); all pooled connections were in use"),
		},
	},
	{
		name:   "nomad-periodic-dispatcher-log-file",
		source: "Nomad server agent's log_file (hclog `2006-01-02T15:04:05.000Z0700 [LEVEL] module: msg: key=value`), the periodic dispatcher's registered / launching (launch_time) / skipping overlap / failed to dispatch records and the worker's dequeued evaluation: hashicorp/nomad PR #540 and issues #6641, #3703 and #23753 (periodic jobs, periodic-<epoch> child ids); the nomad.periodic messages from memory of nomad/periodic.go",
		why:    "hclog's padded bracketed level; a quoted launch_time and an epoch in a child job's id are not the record's time; a node id is no host",
		entries: []worldEntry{
			we("2026-11-29T06:59:58.114Z", Debug, "", `2026-11-29T06:59:58.114Z [DEBUG] nomad.periodic: registered periodic job: job="<ns: \"default\", id: \"db-backup\">"`),
			we("2026-11-29T07:00:00.001Z", Debug, "", `2026-11-29T07:00:00.001Z [DEBUG] nomad.periodic: launching job: job="<ns: \"default\", id: \"db-backup\">" launch_time="2026-11-29 07:00:00 +0000 UTC"`),
			we("2026-11-29T07:00:00.021Z", Debug, "", `2026-11-29T07:00:00.021Z [DEBUG] worker: dequeued evaluation: worker_id=4f1c2e0a-7b3d-4e5f-8a9b-0c1d2e3f4a5b eval_id=9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d type=batch namespace=default job_id=db-backup/periodic-1795935600 node_id="" triggered_by=periodic-job`),
			we("2026-11-29T07:15:00.003Z", Debug, "", `2026-11-29T07:15:00.003Z [DEBUG] nomad.periodic: skipping launch of periodic job because job prohibits overlap: job="<ns: \"default\", id: \"log-compactor\">"`),
			we("2026-11-29T07:30:00.004Z", Error, "", `2026-11-29T07:30:00.004Z [ERROR] nomad.periodic: failed to dispatch job: job="<ns: \"default\", id: \"log-compactor\">" error="rpc error: eval broker disabled"`),
		},
	},
	{
		name:   "celery-beat-journal-short-iso",
		source: "Celery 5 beat run as a systemd unit without --logfile, read with `journalctl -u celerybeat -o short-iso` (the journal header, then beat's `[%(asctime)s: %(levelname)s/%(processName)s] %(message)s`; the banner line `celery beat v5.x (…) is starting.` bare; django-celery-beat's DatabaseScheduler lines): docs.celeryq.dev 'Periodic Tasks' and 'Daemonization'; from memory of real journal lines",
		why:    "two versions of the time (the journal's whole second, beat's milliseconds), either accepted; the journal header names the host; beat's level after the bracketed time; a banner line has the journal's time and no level",
		entries: []worldEntry{
			we("2026-11-29T06:58:12+00:00", Unknown, "sched-01", "2026-11-29T06:58:12+0000 sched-01 celery[2211]: celery beat v5.4.0 (opalescent) is starting."),
			we("2026-11-29T06:58:12Z|2026-11-29T06:58:12.877Z", Info, "sched-01", "2026-11-29T06:58:12+0000 sched-01 celery[2211]: [2026-11-29 06:58:12,877: INFO/MainProcess] beat: Starting..."),
			we("2026-11-29T07:00:00Z|2026-11-29T07:00:00.003Z", Info, "sched-01", "2026-11-29T07:00:00+0000 sched-01 celery[2211]: [2026-11-29 07:00:00,003: INFO/MainProcess] Scheduler: Sending due task nightly-vacuum (ops.tasks.vacuum)"),
			we("2026-11-29T07:00:00Z|2026-11-29T07:00:00.009Z", Debug, "sched-01", "2026-11-29T07:00:00+0000 sched-01 celery[2211]: [2026-11-29 07:00:00,009: DEBUG/MainProcess] beat: Waking up in 59.99 seconds."),
			we("2026-11-29T07:04:31Z|2026-11-29T07:04:31.512Z", Info, "sched-01", "2026-11-29T07:04:31+0000 sched-01 celery[2211]: [2026-11-29 07:04:31,512: INFO/MainProcess] DatabaseScheduler: Schedule changed."),
			we("2026-11-29T07:05:00Z|2026-11-29T07:05:00.004Z", Error, "sched-01", "2026-11-29T07:05:00+0000 sched-01 celery[2211]: [2026-11-29 07:05:00,004: ERROR/MainProcess] Message Error: Couldn't apply scheduled task nightly-vacuum: Error 111 connecting to 10.20.3.7:6379. Connection refused."),
		},
	},
	{
		name:   "schtasks-console-message-types",
		source: "Windows `schtasks /create`, `/run`, `/query` and `/delete` on the console (each answer one line led by its message type SUCCESS:, INFO:, WARNING: or ERROR:): from memory",
		why:    "no time anywhere; the message type before the colon is the level (SUCCESS: and INFO: informational); a task path in quotes is no host",
		gap:    "trawl reads the `SUCCESS:` message type as Notice, not Info",
		entries: []worldEntry{
			we("", Info, "", `SUCCESS: The scheduled task "\Ops\NightlyExport" has successfully been created.`),
			we("", Info, "", `SUCCESS: Attempted to run the scheduled task "\Ops\NightlyExport".`),
			we("", Info, "", "INFO: There are no scheduled tasks presently available at your access level."),
			we("", Error, "", "ERROR: The system cannot find the file specified."),
			we("", Error, "", "ERROR: Access is denied."),
		},
	},
}

func TestFresh246Formats(t *testing.T) { assertTable(t, fresh246Cases) }
func TestFresh246Score(t *testing.T) {
	checkScore(t, "fresh246 formats", fresh246Cases, [worldNumFields]float64{93.2, 99.9, 99.9, 99.9})
}
