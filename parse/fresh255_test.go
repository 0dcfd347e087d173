package parse

import "testing"

// The two-hundred-and-fifty-fifth fresh table, written on 2026-12-05: model-serving and LLM
// inference servers' logs in their 2025-2026 versions, shapes no earlier table holds. Each family
// is one product's documented or observed output: vLLM 0.11's API server with the
// `(APIServer pid=N)` prefix over its engine metrics (loggers.py), speculative-decoding metrics
// (metrics.py) and uvicorn's untimed access lines; the same read back with `docker logs -t`;
// llama.cpp's llama-server with its default untimed log (srv/slot lines, the sampler-params and
// timing blocks written by one call with embedded newlines); llama-server with `--log-prefix
// --log-timestamps` under systemd read with journalctl; TorchServe's TS_METRICS lines in
// ts_log.log (hostname and epoch in the metric's tail); TorchServe's metric_collector.py printed
// bare (hostname and a bare epoch, no stamp); TorchServe's access_log.log; Ray Serve 2.40+ replica
// and controller lines as the driver prints them (`(ServeReplica:app:Deployment pid=N)` prefix,
// `-- GET /route 200 54.7ms` access lines); Ray Serve 2.7's `replica.py:749 - __CALL__ OK` lines
// under a docker compose prefix; Ollama 0.12 with OLLAMA_DEBUG=2 (slog text with TRACE and a local
// -08:00 offset, Gin's zone-less local stamp).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`vllm`, `APIServer pid`, `Avg prompt throughput`, `loggers.py`, `metrics.py`,
// `api_server.py`, `ollama`, `level=TRACE`, `source=server.go`, `llama.cpp`, `llama-server`,
// `llama_model_loader`, `launch_slot_`, `log_server_r`, `update_slots`, `print_timing`, `srv  `,
// `slot `, `triton`, `I1129`, `model_repository`, `torchserve`, `model_log`, `model_metrics`,
// `ts_metrics`, `PredictionTime`, `|#Level:Host`, `access_log.log`, `org.pytorch.serve`,
// `ModelServer`, `ACCESS_LOG`, `tensorflow_serving`, `tensorflow serving`, `ray serve`,
// `serve_deployment`, `ServeReplica`, `serve/`, ` -- POST`, `__CALL__`, `replica`,
// `text-generation`, `text_generation_router`, `litellm`, `mlflow`, `sglang`, `TP0]`,
// `Prefill batch`, `localai`, `AM INF`, `mlserver`, `xinference`, `gunicorn`, `uvicorn`).
// vLLM is in fresh10 (its logger with `(Process pid=N)` and one `(APIServer pid=N)` line) and
// fresh188 (the EngineCore traceback); its metrics and access lines behind the prefix, and under
// Docker's stamps, are in none. llama-server is in fresh146 (the prefixed log on a terminal) and
// fresh188 (2024 JSON); its default untimed log and the prefixed log in the journal are in none.
// TorchServe is in fresh24 as ts_log.log's start-up and MODEL_LOG lines; its TS_METRICS lines,
// the bare collector output and access_log.log are in none. Ray Serve is in fresh188 as the JSON
// replica log and in fresh62/fresh78 otherwise; the text access lines behind the driver's prefix
// and the 2.7 `__CALL__` lines are in none. Ollama is in fresh12 (slog text) and fresh188 (the
// journal); TRACE and a negative local offset are in none. Left out as measured already: Triton
// (fresh24 glog, fresh188 ISO8601), TGI (fresh24 text, fresh188 JSON), TensorFlow Serving
// (fresh100), LiteLLM (fresh100 verbose and JSON), MLflow's server (fresh23, fresh188), SGLang,
// LocalAI, Seldon MLServer, Xinference (fresh100, fresh188). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). vLLM's `MM-dd HH:mm:ss` has no year (2026); uvicorn's access lines behind
// vLLM's prefix carry no time; Docker's stamp and vLLM's own time are both the record's time, so
// either is accepted; TS_METRICS lines carry the log4j2 stamp and an epoch `timestamp:` of the same
// second, either accepted; the bare collector line's only time is its epoch; Ollama's slog time is
// converted from -08:00; Gin's `2026/11/28 - 23:41:21` has no zone and is taken as UTC (so it is
// not the slog lines' instant, as the rules say). llama-server's default log has no time and no
// level; its prefixed log's `M.SS.mmm.uuu` is time since start, not a clock, and the journal gives
// the time. Levels only where the line marks one: vLLM's and uvicorn's level words, the prefixed
// llama-server's one letter (I W E), log4j2's `[INFO ]`, Ray's level word, slog's level=. The host
// is the record's host field: the journal header's name, TorchServe's `#hostname:` dimension (the
// host that reports the metric); a client address (uvicorn's, llama-server's request line,
// TorchServe's access line), a Ray node or replica id and a compose service name are not hosts. A
// record that spans lines is one entry: llama-server's sampler-params block with its indented
// lines, its timing block (print_timing's line with the prompt-eval, eval and total lines).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f744764 before any rule for it: level 90.0 %, time 90.0 %, host 80.0 %, records 98.6 %.
// That is the macro figure (micro: level 89.4 %, time 91.5 %, host 83.0 %, records 97.9 %), in a
// worktree at f744764 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 10 families fully right; the gaps are llama-server's timing block, the level letter of the
// prefixed llama-server in the journal, and TorchServe's metric hostname and bare epoch.

var fresh255Cases = []worldCase{
	{
		name:   "vllm-apiserver-prefixed-metrics-access",
		source: "vLLM 0.10/0.11 `vllm serve` (V1 engine): every API-server line behind `(APIServer pid=N) `, vLLM's `LEVEL MM-dd HH:mm:ss [file.py:line] msg`, the periodic `Engine 000: Avg prompt throughput…` line from loggers.py, `SpecDecoding metrics:` from metrics.py, uvicorn's `INFO:     addr - \"METHOD path HTTP/1.1\" status` access lines behind the same prefix: vllm-project/vllm issue #43295, noonghunna/club-3090 issue #93, vllm-project/vllm PR #20707",
		why:    "a process prefix in parentheses before the level; a yearless `11-29 07:41:26`; uvicorn's access line has a level word and no time; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "(APIServer pid=2817) INFO 11-29 07:41:16 [api_server.py:1896] vLLM API server version 0.11.1"),
			we("2026-11-29T07:41:17Z", Warn, "", "(APIServer pid=2817) WARNING 11-29 07:41:17 [__init__.py:1695] Default sampling parameters have been overridden by the model's Hugging Face generation config recommended from the model creator."),
			we("", Info, "", `(APIServer pid=2817) INFO:     10.20.3.14:52218 - "POST /v1/chat/completions HTTP/1.1" 200 OK`),
			we("2026-11-29T07:41:26Z", Info, "", "(APIServer pid=2817) INFO 11-29 07:41:26 [loggers.py:271] Engine 000: Avg prompt throughput: 41.7 tokens/s, Avg generation throughput: 212.4 tokens/s, Running: 3 reqs, Waiting: 0 reqs, GPU KV cache usage: 4.2%, Prefix cache hit rate: 37.5%"),
			we("2026-11-29T07:41:26Z", Info, "", "(APIServer pid=2817) INFO 11-29 07:41:26 [metrics.py:101] SpecDecoding metrics: Mean acceptance length: 2.41, Accepted throughput: 61.20 tokens/s, Drafted throughput: 190.05 tokens/s, Accepted: 612 tokens, Drafted: 1900 tokens, Per-position acceptance rate: 0.702, 0.455, 0.251, Avg Draft acceptance rate: 32.2%"),
			we("", Info, "", `(APIServer pid=2817) INFO:     10.20.3.19:40672 - "GET /metrics HTTP/1.1" 200 OK`),
		},
	},
	{
		name:   "vllm-docker-logs-timestamps",
		source: "the vllm/vllm-openai container read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp before vLLM's `(APIServer pid=1) LEVEL MM-dd HH:mm:ss [file:line]` and uvicorn's access lines): tenstorrent/tt-inference-server issue #3359",
		why:    "Docker's stamp first, vLLM's yearless time of the same second inside; the access line's only time is Docker's",
		entries: []worldEntry{
			we("2026-11-29T07:52:09.334253915Z|2026-11-29T07:52:09Z", Info, "", "2026-11-29T07:52:09.334253915Z (APIServer pid=1) INFO 11-29 07:52:09 [loggers.py:271] Engine 000: Avg prompt throughput: 0.0 tokens/s, Avg generation throughput: 18.6 tokens/s, Running: 2 reqs, Waiting: 0 reqs, GPU KV cache usage: 11.3%, Prefix cache hit rate: 0.0%"),
			we("2026-11-29T07:52:12.870511203Z", Info, "", `2026-11-29T07:52:12.870511203Z (APIServer pid=1) INFO:     172.18.0.5:41880 - "POST /v1/completions HTTP/1.1" 200 OK`),
			we("2026-11-29T07:52:19.335960458Z|2026-11-29T07:52:19Z", Info, "", "2026-11-29T07:52:19.335960458Z (APIServer pid=1) INFO 11-29 07:52:19 [loggers.py:271] Engine 000: Avg prompt throughput: 3411.1 tokens/s, Avg generation throughput: 6.1 tokens/s, Running: 3 reqs, Waiting: 1 reqs, GPU KV cache usage: 58.0%, Prefix cache hit rate: 12.4%"),
			we("2026-11-29T07:52:20.002147761Z|2026-11-29T07:52:20Z", Error, "", "2026-11-29T07:52:20.002147761Z (APIServer pid=1) ERROR 11-29 07:52:20 [serving_chat.py:1145] Error in chat completion stream generator."),
		},
	},
	{
		name:   "llama-server-default-untimed",
		gap:    "trawl cuts print_timing's block after its first line `slot print_timing: id  0 | task 0 | `: the `prompt eval time =`, `eval time =` and `total time =` lines are not joined to it",
		source: "llama.cpp's llama-server (2025 builds, the common logger without --log-prefix/--log-timestamps): `srv  func: msg` and `slot func: id  N | task N | msg` lines, the sampler params written with indented continuation lines, print_timing's block of prompt-eval, eval and total lines, `srv  log_server_r: request: METHOD path addr status`: ggml-org/llama.cpp issues #17071 and #14829, ollama/ollama issue #18123 (the sampler params block)",
		why:    "no time and no level anywhere; a block written by one call (sampler params, timings) is one record; the request line's address is a client",
		entries: []worldEntry{
			we("", Unknown, "", "main: server is listening on http://0.0.0.0:8080 - starting the main loop"),
			we("", Unknown, "", "srv  update_slots: all slots are idle"),
			we("", Unknown, "",
				"slot launch_slot_: id  0 | task 0 | sampler params: ",
				"        repeat_last_n = 64, repeat_penalty = 1.000, frequency_penalty = 0.000, presence_penalty = 0.000",
				"        top_k = 40, top_p = 0.950, min_p = 0.050, xtc_probability = 0.000, xtc_threshold = 0.100, typical_p = 1.000, temp = 0.700"),
			we("", Unknown, "", "slot launch_slot_: id  0 | task 0 | processing task"),
			we("", Unknown, "",
				"slot print_timing: id  0 | task 0 | ",
				"prompt eval time =     612.40 ms /   389 tokens (    1.57 ms per token,   635.21 tokens per second)",
				"       eval time =    1904.11 ms /    23 tokens (   82.79 ms per token,    12.08 tokens per second)",
				"      total time =    2516.51 ms /   412 tokens"),
			we("", Unknown, "", "slot      release: id  0 | task 0 | stop processing: n_tokens = 411, truncated = 0"),
			we("", Unknown, "", "srv  log_server_r: request: POST /v1/chat/completions 10.20.3.14 200"),
		},
	},
	{
		name:   "llama-server-journal-log-prefix",
		source: "llama-server started by a systemd unit with `--log-prefix --log-timestamps` and read with journalctl (BSD journal line, then the process-relative `M.SS.mmm.uuu` and one level letter I W E before `srv`/`slot`): ggml-org/llama.cpp PR #22929 (a journal paste)",
		why:    "the journal's time and host; the `48.34.123.540` after it is time since start, no clock; the letter after it is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "gpu-node-04", "Nov 29 07:41:16 gpu-node-04 llama-server[2214]: 12.04.331.870 I srv  params_from_: Chat format: Content-only"),
			we("2026-11-29T07:41:16Z", Info, "gpu-node-04", "Nov 29 07:41:16 gpu-node-04 llama-server[2214]: 12.04.332.105 I slot launch_slot_: id  1 | task 518 | processing task"),
			we("2026-11-29T07:41:19Z", Warn, "gpu-node-04", "Nov 29 07:41:19 gpu-node-04 llama-server[2214]: 12.07.118.402 W slot update_slots: id  1 | task 518 | n_past = 8192, slot.prompt.tokens.size() = 8240, seq_id = 1, pos_min = 8191"),
			we("2026-11-29T07:41:20Z", Error, "gpu-node-04", "Nov 29 07:41:20 gpu-node-04 llama-server[2214]: 12.08.004.771 E srv    send_error: task id = 519, error: the request exceeds the available context size, try increasing it"),
			we("2026-11-29T07:41:20Z", Info, "gpu-node-04", "Nov 29 07:41:20 gpu-node-04 llama-server[2214]: 12.08.005.010 I srv  log_server_r: request: POST /v1/chat/completions 10.20.3.31 400"),
		},
	},
	{
		name:   "torchserve-ts-metrics-lines",
		gap:    "trawl reads the log4j2 stamp and [INFO ] but no host: the `#hostname:ts-gpu-02` dimension in the metric's tail is not read as the host",
		source: "TorchServe's ts_log.log with its TS_METRICS lines (log4j2 `yyyy-MM-ddTHH:mm:ss,SSS [LEVEL] thread TS_METRICS - Name.Unit:value|#dimensions|#hostname:h,timestamp:epoch`): pytorch/serve issues #1688 and #838",
		why:    "the log4j2 stamp and an epoch of the same second; `#hostname:` names the reporting host; `[INFO ]` is padded in brackets; the metric's value and device_id are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:39.258Z|2026-11-29T07:41:39Z", Info, "ts-gpu-02", "2026-11-29T07:41:39,258 [INFO ] pool-3-thread-1 TS_METRICS - CPUUtilization.Percent:12.5|#Level:Host|#hostname:ts-gpu-02,timestamp:1795938099"),
			we("2026-11-29T07:41:39.259Z|2026-11-29T07:41:39Z", Info, "ts-gpu-02", "2026-11-29T07:41:39,259 [INFO ] pool-3-thread-1 TS_METRICS - GPUMemoryUsed.Megabytes:6142|#Level:Host,device_id:0|#hostname:ts-gpu-02,timestamp:1795938099"),
			we("2026-11-29T07:41:39.261Z|2026-11-29T07:41:39Z", Info, "ts-gpu-02", "2026-11-29T07:41:39,261 [INFO ] pool-3-thread-1 TS_METRICS - MemoryUtilization.Percent:41.8|#Level:Host|#hostname:ts-gpu-02,timestamp:1795938099"),
			we("2026-11-29T07:41:40.104Z|2026-11-29T07:41:40Z", Info, "ts-gpu-02", "2026-11-29T07:41:40,104 [INFO ] W-9000-resnet50_1.0 TS_METRICS - W-9000-resnet50_1.0.ms:18422|#Level:Host|#hostname:ts-gpu-02,timestamp:1795938100"),
		},
	},
	{
		name:   "torchserve-metric-collector-bare",
		gap:    "trawl reads neither the time nor the host of `Name.Unit:value|#Level:Host|#hostname:h,epoch`: the bare epoch after the hostname is not read as a time and `#hostname:` not as the host",
		source: "TorchServe's ts/metrics/metric_collector.py run by hand (`python3 metric_collector.py --gpu 0`): each metric `Name.Unit:value|#Level:Host|#hostname:h,epoch` with no stamp before it: pytorch/serve issue #1484",
		why:    "the only time is a bare epoch after the hostname; the hostname is the host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:42:39Z", Unknown, "ts-cpu-01", "CPUUtilization.Percent:3.1|#Level:Host|#hostname:ts-cpu-01,1795938159"),
			we("2026-11-29T07:42:39Z", Unknown, "ts-cpu-01", "DiskAvailable.Gigabytes:212.40918731689453|#Level:Host|#hostname:ts-cpu-01,1795938159"),
			we("2026-11-29T07:42:39Z", Unknown, "ts-cpu-01", "MemoryUsed.Megabytes:5120.453125|#Level:Host|#hostname:ts-cpu-01,1795938159"),
			we("2026-11-29T07:43:39Z", Unknown, "ts-cpu-01", "CPUUtilization.Percent:2.7|#Level:Host|#hostname:ts-cpu-01,1795938219"),
		},
	},
	{
		name:   "torchserve-access-log-file",
		source: "TorchServe's logs/access_log.log (log4j2 `%d{ISO8601} - %m%n`: the client as /addr:port, the request line quoted, status and milliseconds): pytorch/serve issue #1476 (the v0.5.3 access.log line and the docs' older ACCESS_LOG line)",
		why:    "ISO 8601 with a comma before the milliseconds and no zone; ` - ` then a client address with a leading slash, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:40.104Z", Unknown, "", `2026-11-29T07:41:40,104 - /10.20.3.14:55078 "POST /predictions/resnet50 HTTP/1.1" 200 41`),
			we("2026-11-29T07:41:41.877Z", Unknown, "", `2026-11-29T07:41:41,877 - /10.20.3.14:55092 "PUT /predictions/resnet50/1.0 HTTP/1.1" 200 38`),
			we("2026-11-29T07:41:55.013Z", Unknown, "", `2026-11-29T07:41:55,013 - /10.20.3.19:39114 "GET /ping HTTP/1.1" 200 1`),
			we("2026-11-29T07:42:02.560Z", Unknown, "", `2026-11-29T07:42:02,560 - /10.20.3.14:55140 "POST /predictions/bert_qa HTTP/1.1" 503 12`),
		},
	},
	{
		name:   "ray-serve-driver-prefixed-text",
		source: "Ray Serve 2.40+ logs as the driver prints them (`(ServeReplica:app:Deployment pid=N) LEVEL yyyy-MM-dd HH:mm:ss,mmm deployment replica_id request_id -- msg`, access lines `GET /route 200 54.7ms` and `CALL method OK 1.1ms`, the controller's `controller pid -- msg`): ray-project/ray PRs #48819, #56829 and #49229",
		why:    "an actor prefix in parentheses, then the level word before the date; the replica id, request id and latency are no times; no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.113Z", Info, "", "(ServeController pid=39877) INFO 2026-11-29 07:41:02,113 controller 39877 -- Deploying new version of Deployment(name='Translator', app='default') (initial target replicas: 2)."),
			we("2026-11-29T07:41:05.420Z", Info, "", "(ServeController pid=39877) INFO 2026-11-29 07:41:05,420 controller 39877 -- Replica(id='k2v8p1qz', deployment='Translator', app='default') started successfully on node 'c41e9a0b7d2f' after 3.1s (PID: 40112). Replica constructor, reconfigure method, and initial health check took 2.8s."),
			we("2026-11-29T07:41:27.528Z", Info, "", "(ServeReplica:default:Summarizer pid=40131) INFO 2026-11-29 07:41:27,528 default_Summarizer w7hd0r3c 5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93 -- CALL summarize OK 1.4ms"),
			we("2026-11-29T07:41:27.567Z", Info, "", "(ServeReplica:default:Translator pid=40112) INFO 2026-11-29 07:41:27,567 default_Translator k2v8p1qz 5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93 -- GET /translate 200 54.7ms"),
			we("2026-11-29T07:41:33.870Z", Error, "", "(ServeReplica:default:Translator pid=40112) ERROR 2026-11-29 07:41:33,870 default_Translator k2v8p1qz 0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17 -- GET /translate 500 12.1ms"),
		},
	},
	{
		name:   "ray-serve-2.7-call-compose",
		source: "Ray Serve 2.7/2.8 replica lines under docker compose (`service  | ` prefix, then `(ServeReplica:app:Deployment pid=N) LEVEL yyyy-MM-dd HH:mm:ss,mmm Deployment app#Deployment#tag request_id route app replica.py:line - __CALL__ OK 7.2ms`): ray-project/ray issue #40564",
		why:    "a compose service name and a pipe first (no host); the replica tag with hashes, the route and `replica.py:749` are no times; the level word before the date",
		entries: []worldEntry{
			we("2026-11-29T07:58:11.742Z", Info, "", "api-1  | (ServeReplica:default:Api pid=161) INFO 2026-11-29 07:58:11,742 Api default#Api#QxTmvA 8e3f1c2a-5b7d-4e9a-a0c1-2d4f6b8e0a13 /api/app/status default replica.py:749 - __CALL__ OK 6.8ms"),
			we("2026-11-29T07:58:12.015Z", Info, "", "api-1  | (ServeReplica:default:Api pid=161) INFO 2026-11-29 07:58:12,015 Api default#Api#QxTmvA 1a9c7e5b-3d2f-4b8e-9c6a-0f1e2d3c4b5a /api/app/predict default replica.py:749 - __CALL__ OK 41.3ms"),
			we("2026-11-29T07:58:14.330Z", Warn, "", "api-1  | (ServeReplica:default:Api pid=161) WARNING 2026-11-29 07:58:14,330 Api default#Api#QxTmvA 7b6a5c4d-2e1f-4a0b-8c9d-3e4f5a6b7c8d /api/app/predict default replica.py:749 - __CALL__ ERROR 2003.9ms"),
		},
	},
	{
		name:   "ollama-debug-trace-local-offset",
		source: "Ollama 0.12 with OLLAMA_DEBUG=2 on a machine at -08:00 (Go slog text `time=RFC 3339 ms±hh:mm level=TRACE|DEBUG|INFO|WARN source=file:line msg=… key=value`, Gin's `[GIN] yyyy/MM/dd - HH:mm:ss | status | latency | addr | METHOD \"path\"` in local time with no zone): ollama/ollama PR #10650 (the TRACE level), ollama/ollama issue #10950 and dezoito/ollama-grid-search issue #6 (slog lines with an offset); the TRACE messages from memory",
		why:    "slog's time with a -08:00 offset is the next day in UTC; level=TRACE is trace; Gin's zone-less stamp is taken as UTC; 127.0.0.1 in Gin's line is the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", `time=2026-11-28T23:41:16.512-08:00 level=INFO source=routes.go:1528 msg="Listening on 127.0.0.1:11434 (version 0.12.6)"`),
			we("2026-11-29T07:41:20.004Z", Debug, "", `time=2026-11-28T23:41:20.004-08:00 level=DEBUG source=sched.go:606 msg="evaluating already loaded" model=/Users/kim/.ollama/models/blobs/sha256-2b9f6e1d0c4a7e83f5d1b6a9c0e2f4d7a8b3c5e1f9d2a6b0c4e8f1a3d5b7c9e0`),
			we("2026-11-29T07:41:20.118Z", Trace, "", `time=2026-11-28T23:41:20.118-08:00 level=TRACE source=runner.go:1017 msg="forwardBatch" batchID=12 pendingBatch.id=11 seqs=1 batch.size=1`),
			we("2026-11-29T07:41:21.760Z", Warn, "", `time=2026-11-28T23:41:21.760-08:00 level=WARN source=runner.go:188 msg="truncating input prompt" limit=4096 prompt=5120 keep=4 new=4096`),
			we("2026-11-28T23:41:21Z", Unknown, "", `[GIN] 2026/11/28 - 23:41:21 | 200 |  1.756012s |       127.0.0.1 | POST     "/api/chat"`),
		},
	},
}

func TestFresh255Formats(t *testing.T) { assertTable(t, fresh255Cases) }
func TestFresh255Score(t *testing.T) {
	checkScore(t, "fresh255 formats", fresh255Cases, [worldNumFields]float64{99.9, 89.9, 79.9, 98.5})
}
