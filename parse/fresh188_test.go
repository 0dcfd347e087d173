package parse

import "testing"

// The hundred-and-eighty-eighth fresh table, written on 2026-12-05: machine-learning training
// and inference servers' logs on a GPU server, as their operators read them. Each family is one
// training launcher's, inference engine's, model server's or GPU monitor's output in a shape no
// earlier table holds: recent NCCL's debug output with its default timestamp on WARN lines only
// (after the empty line NCCL writes before every WARN) and with NCCL_DEBUG_TIMESTAMP_LEVELS=ALL
// and a microsecond format in a per-process NCCL_DEBUG_FILE; torchrun's workers under PyTorch
// 2.4+, c10's `[rankN]:[W1129 … ProcessGroupNCCL.cpp:N]` lines with nanoseconds and a worker's
// traceback with `[rankN]: ` on every line; the elastic agent's pid layout with its asterisk
// notice written over four prefixed lines and its uncaught ChildFailedError with the `Root Cause
// (first observed failure)` report; torch.distributed.run's Python BASIC_FORMAT lines of PyTorch
// 1.10-1.13 (`INFO:torch.distributed…:` with the launch configs and the rendezvous result
// indented under them); DeepSpeed's multi-node launcher behind pdsh's `host: ` prefix; vLLM's V1
// engine failing at start-up (its NewLineFormatter repeating the log prefix on every traceback
// line behind `(EngineCore_DP0 pid=N)`, then the untimed multiprocessing and API-server
// tracebacks); Triton with `--log-format ISO8601` and its model table; text-generation-inference
// with `--json-output` (the launcher's `fields` and the router's flattened events); SGLang's
// scheduler exception with its traceback under it; TensorRT-LLM's trtllm-serve with the
// `[TRT-LLM] [RANK n] [L]` tag and the C++ runtime's untimed `[TensorRT-LLM][INFO]`; Ollama
// through the journal; llama.cpp's 2024 server JSON log; a Ray Train worker's .err file with
// Ray's LoggingConfig TEXT key-values and timestamp_ns; a Ray Serve replica's JSON log; KServe's
// Python model server; MLflow 3's uvicorn server through the journal; Jupyter Server with
// log_json; dcgm-exporter through `kubectl logs --timestamps`; and `nvidia-smi -q` reports
// appended by cron, with nvidia-smi's failure line once the driver is gone.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`torchrun`, `torch.distributed`, `elastic`, `[rank0]`, `rank0`, `[rank0]:`, `[rank1]:`,
// `[default0]`, `ProcessGroupNCCL`, `Watchdog caught`, `c10d`, `TCPStore`, `ChildFailedError`,
// `Root Cause`, `NO_OTHER_FAILURES`, `INFO:torch`, `WARNING:torch`, `launch configs`,
// `Rendezvous`, `Rendezvous complete`, `NCCL`, `NCCL INFO`, `NCCL WARN`, `] NCCL WARN`,
// `NCCL_DEBUG`, `NCCL_DEBUG_TIMESTAMP`, `NCCL_DEBUG_FILE`, `deepspeed`, `pdsh`, `pdsh@`,
// `log_dist`, `WORLD INFO DICT`, `launch.py:`, `accelerate`, `accelerate launch`,
// `transformers`, `trainer.py`, `TrainingArguments`, `tqdm`, `it/s`, `s/it`, `%|`, `vllm`,
// `engine.py`, `EngineCore`, `Process EngineCore`, `core.py:`, `NewLineFormatter`, `triton`,
// `server.cc`, `model_lifecycle`, `model_repository`, `ISO8601`, `log-format`, `Z I 1 `,
// `text-generation`, `text_generation`, `tgi`, `text_generation_router`, `json-output`,
// `"fields":{"message"`, `"line_number":`, `"filename":"router`, `sglang`, `TP0]`,
// `Scheduler hit an exception`, `Received sigquit`, `tensorrt`, `trtllm`, `trtllm-serve`,
// `[TRT-LLM] [RANK`, `RANK 0`, `[TensorRT-LLM][`, `MemUsageChange`, `ollama`, `ollama[`,
// `level=INFO source=`, `[GIN]`, `routes.go`, `llama.cpp`, `llama-server`, `llama_`, `"tid":"`,
// `"function":"`, `HTTP server listening`, `n_threads_http`, `update_slots`, `slot launch`,
// `ray serve`, `replica`, `timestamp_ns`, `task_func_name`, `:job_id:`, `:actor_name:`,
// `"component_name"`, `"replica":`, `"levelname": "INFO"`, `"asctime"`, `kserve`,
// `model_server.py`, `uvicorn.access`, `uvicorn.error`, `uvicorn running`, `mlflow`, `mlflow[`,
// `alembic`, `jupyter`, `ServerApp`, `written_at`, `written_ts`, `"line_no"`, `tornado.access`,
// `dcgm`, `dcgm-exporter`, `DCGM_FI`, `DCGM successfully`, `maxprocs`, `tls_config.go`,
// `--timestamps`, `nvidia-smi`, `nvidia`, `NVSMI LOG`, `Attached GPUs`, `GPU Current Temp`,
// `has failed because it couldn`, `dmon`, `pmon`, `#Date`, `Xid`, `kubeflow`, `pytorchjob`,
// `katib`, `megatron`, `iteration `, `consumed samples`, `NeMo`, `exp_manager`, `lightning`,
// `tensorboard`, `wandb`, `huggingface`, `hf_`, `safetensors`, `cuda`, `gpu`, `CUDA out of
// memory`, `OutOfMemoryError`, `Traceback`, `FutureWarning`, `warnings.warn(`, `uvicorn`,
// `gunicorn`, `unsloth`, `dynamo`). NCCL's untimed `host:pid:tid [dev] NCCL INFO|WARN` lines
// are fresh10's; its timestamp prefix and the empty line before a WARN are in none. torchrun's
// 2.3 glog layout with a thread id and its older `[time] logger: [LEVEL]` layout are fresh12's;
// the rank prefix, c10's nanosecond lines, the 2.4 pid layout with a multi-line notice, the
// ChildFailedError report and the 1.x BASIC_FORMAT lines are in none. DeepSpeed's launcher lines
// are fresh10's and pdsh's prefix fresh131's; the two together are in none. vLLM's single lines
// are fresh10's and NIM's vLLM-like lines fresh100's; vLLM's multi-line records are in none.
// Triton's glog layout with its table is fresh24's, TGI's pretty output fresh24's, SGLang's
// console and trtllm-build's `[TRT-LLM] [I]` fresh100's, Ollama's server.log fresh12's,
// llama-server's 2024 common-logger prefix fresh146's and llama.cpp's loader lines fresh12's,
// Ray's worker .err magic lines and plain layout fresh171's, Ray Serve's text replica, console
// and controller logs fresh78's and fresh62's, MLflow's server with gunicorn fresh23's,
// Jupyter's bracketed layout world_test.go's and others', DCGM's nv-hostengine and nvvs logs
// fresh24's and fresh118's, nvidia-smi's table, query CSV and dmon fresh159's and fresh105's;
// the shapes measured here are in none (the slog default shape of dcgm-exporter 4.1, `2026/11/29
// 07:41:16 INFO msg key=value`, is fresh2's and fresh15's, so the 3.3 exporter with logrus and
// go-kit lines behind the runtime's time was taken). KServe, Jupyter Server's JSON log and the
// -q report are in no table. Left out as measured already: Hugging Face Transformers' and
// Accelerate's `[INFO|trainer.py:N]` and `MM/dd/yyyy HH:mm:ss - LEVEL - logger` lines (fresh12,
// fresh100), DeepSpeed's bare launcher (fresh10), Axolotl, LLaMA-Factory, Colossal-AI, Lightning,
// TorchX, NeMo, Megatron-LM, fairseq and Determined (fresh100, fresh26), the Kubeflow Training
// Operator's zap JSON (fresh100; Trainer v2's controller writes the same zap JSON), TorchServe,
// TF Serving, BentoML, MLServer, TEI, LMDeploy, NIM, LocalAI, LiteLLM (fresh24, fresh100),
// JupyterHub and Enterprise Gateway (fresh23, fresh78), nvidia-smi dmon (fresh105). Left out
// for want of a page that settled the lines: tqdm's progress bars as a file holds them (carriage
// returns inside one line), Accelerate's untimed `The following values were not passed to
// accelerate launch` block, and TensorRT-LLM's `[TensorRT-LLM][ERROR]` lines.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less time read as UTC (NCCL's, c10's and torch's local clocks,
// DeepSpeed's, vLLM's, SGLang's, TensorRT-LLM's, KServe's, Ray's asctime, the journal's, the
// -q report's Timestamp), a date without a year in 2026 (vLLM's `11-29`, c10's and torch's
// `W1129`, the journal's `Nov 29`), epoch seconds and nanoseconds as the instants they are
// (llama.cpp's `timestamp`, Ray's `timestamp_ns`, json-logging's `written_ts`). Where one line
// carries two versions of its own time, either is accepted ("a|b"): the journal's second and
// Ollama's slog time, Ray's asctime and timestamp_ns, `written_at` and `written_ts`, the
// container runtime's nanoseconds before dcgm-exporter's own time. Levels only where the line
// marks one: NCCL's word after `NCCL`, the glog letters (c10's behind `[rankN]:[`, the agent's,
// Triton's ISO layout's letter after the time), Python's `LEVEL:logger:` and `[LEVEL]`,
// vLLM's leading word, TensorRT-LLM's `[I]`/`[W]`/`[E]` and `[TensorRT-LLM][INFO]`, slog's and
// logrus' and go-kit's level keys, Go log's `INFO` after `routes.go:N:`, JSON `level`,
// `levelname` and `level` (llama.cpp's `ERR` is Error), KServe's and uvicorn's words, Alembic's
// `INFO  [`, a Python warning's category (Warn, as fresh100 reads it); none for SGLang's lines,
// Gin's access line, KServe's trace logger, the untimed banners and tracebacks, pdsh's own line
// or the -q report, and none from `CUDA out of memory`, `FAILED`, `exitcode: 1`, a 500 status or
// an exception's class name. The host is the record's own host field: NCCL's `host` in
// `host:pid:tid`, pdsh's `node: ` prefix (and for pdsh's own `pdsh@host:` line the node pdsh runs
// on, as fresh131 reads it), the journal's host; never a peer address in an NCCL WARN, TGI's
// and llama.cpp's `hostname` (the listening address), `master_addr`, a `remote_addr` or client
// address, a Ray `node_id`, a URL's host, the listening `address=[::]:9400` or a GPU's bus id.
// The torchrun failure report's `time : 2026-11-29_07:49:03` and `host : gpu-a07` are read as
// what they are, the fields of the failed worker listed in the report (there can be several, on
// several hosts), not the time or host of the agent's traceback that carries them: that record
// has neither. A record that spans lines is one entry: a message NCCL, torch or vLLM writes with
// its prefix repeated on every line (the asterisk notice, the NewLineFormatter traceback), a
// traceback whose every line carries `[rankN]: ` or `(Process pid=N) `, the torch agent's
// traceback with its failure report, the 1.x launch configs and rendezvous result with their
// closing empty line, Triton's table with its empty line, SGLang's and KServe's tracebacks under
// their line, Ray's traceback with the key-values after its last line, a Python warning with its
// source line, and each -q report from its banner to its last line, inner empty lines included;
// every other line is a record of its own, and the empty lines before an NCCL WARN, after the
// SGLang loader's progress lines and before each -q banner are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found
// with the search tool (corpora "issues", "code", "docs", "pages"); hosts, ids, addresses,
// users, models and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not
// read, and it stays in the score.
//
// Its first figure, scored at commit e265eef before any rule for it: level 83.5 %, time 85.2 %, host 82.5 %, records 80.2 %.
// That is the macro figure (micro: level 85.3 %, time 87.9 %, host 84.5 %, records 83.6 %), in the
// working tree (git status showed no file modified but this one and table_test.go's list), 11 of
// 20 families fully right; TestTablesWellFormed and TestRepeatedLinesReadAlike rejected no family.
// Right from the start: the 1.x BASIC_FORMAT records with their indented blocks, Triton's ISO
// layout and its table, TGI's two JSON shapes, Ollama's journal lines, llama.cpp's JSON log,
// both Ray families (the key-values after a traceback included), KServe, MLflow 3 through the
// journal, Jupyter's JSON log and dcgm-exporter behind the runtime's time. What fails: NCCL's
// host is never read and its INFO level only with a time before it, and a timestamped WARN is
// joined across its empty line to the INFO line above; `[rankN]:[W…]` is read for neither level
// nor time; a record written with its prefix repeated on every line (torch's notice, vLLM's
// traceback) is cut into one entry a line, and so are the prefixed untimed tracebacks; the torch
// agent's uncaught traceback is joined to its E line, pdsh's own line to the DeepSpeed line above
// it, SGLang's loader progress lines to the line above, TensorRT-LLM's untimed C++ line to the
// Python line above; the -q report's banner stands alone while the report starts at its
// Timestamp line. No expectation was changed after the first run.
//
// go test ./parse -run Fresh188 -v

var fresh188Cases = []worldCase{
	// NCCL's debug output with its timestamps.
	{
		name:   "nccl-debug-warn-timestamp-default",
		source: "a recent NCCL (one with NCCL_DEBUG_TIMESTAMP_LEVELS; 2.27 here) with NCCL_DEBUG=INFO and the timestamp settings left at their defaults (NCCL_DEBUG_TIMESTAMP_LEVELS=WARN, NCCL_DEBUG_TIMESTAMP_FORMAT=`[%F %T] ` in local time): INFO lines `host:pid:tid [cudaDev] NCCL INFO msg` with no time, and each WARN written after an empty line (\"WARNs come with an extra newline at the beginning\") as `[yyyy-MM-dd HH:mm:ss] host:pid:tid [cudaDev] file:line NCCL WARN msg`: NVIDIA NCCL User Guide 'Logging' (troubleshooting/logging.html, a timestamped WARN beside untimed INFO lines) and NVIDIA/nccl src/debug.cc (ncclDebugLog, ncclDebugInit's defaults); NVIDIA/nccl PR #887 (the request for the timestamps). NCCL's untimed lines are fresh10's; the timestamped WARN and the empty line before it are in none",
		why:    "the host opens host:pid:tid on every line and is the record's host; only the WARN carries a time, in brackets before the host; the empty line before it is no record; the peer's address in the WARN is no host",
		entries: []worldEntry{
			we("", Info, "gpu-a07", "gpu-a07:30206:30206 [3] NCCL INFO Bootstrap: Using ens1f0np0:10.40.0.7<0>"),
			we("", Info, "gpu-a07", "gpu-a07:30206:30206 [3] NCCL INFO NCCL version 2.27.3+cuda12.9"),
			we("", Info, "gpu-a07", "gpu-a07:30206:30391 [3] NCCL INFO NET/IB : Using [0]mlx5_0:1/IB [1]mlx5_1:1/IB [RO]; OOB ens1f0np0:10.40.0.7<0>"),
			wskip(""),
			we("2026-11-29T07:44:52Z", Warn, "gpu-a07", "[2026-11-29 07:44:52] gpu-a07:30206:30412 [3] transport/net_ib.cc:1932 NCCL WARN NET/IB : Got completion from peer 10.40.0.8<51217> with status=12 opcode=0 len=0 vendor err 129 (Recv) localGid ::ffff:10.40.0.7 remoteGidsfe80::a288:c2ff:fe3b:41d0 hca mlx5_0"),
			we("", Info, "gpu-a07", "gpu-a07:30206:30412 [3] NCCL INFO transport/net.cc:1349 -> 6"),
			we("", Info, "gpu-a07", "gpu-a07:30206:30412 [3] NCCL INFO proxy.cc:933 -> 6"),
		},
	},
	{
		name:   "nccl-debug-file-timestamp-all-levels",
		source: "a recent NCCL writing one file a process (NCCL_DEBUG_FILE=/var/log/nccl/%h.%p.log) with NCCL_DEBUG_TIMESTAMP_LEVELS=ALL and NCCL_DEBUG_TIMESTAMP_FORMAT=`[%F %T.%6f] ` (NCCL's own %Nf for the sub-seconds): every line then opens with the bracketed local time with microseconds, the WARN still after an empty line: NVIDIA NCCL User Guide 'Environment Variables' and 'Logging' and NVIDIA/nccl src/debug.cc (the %Nf sub-second handling, the level bitmap). No table holds NCCL's time prefix",
		why:    "a bracketed date and time with six fraction digits before host:pid:tid, read as UTC; the level follows the word NCCL; the host is the one before the pid, never the peer the WARN names",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412877Z", Info, "gpu-a08", "[2026-11-29 07:41:16.412877] gpu-a08:41120:41120 [0] NCCL INFO cudaDriverVersion 12090"),
			we("2026-11-29T07:41:16.413902Z", Info, "gpu-a08", "[2026-11-29 07:41:16.413902] gpu-a08:41120:41120 [0] NCCL INFO Bootstrap: Using ens1f0np0:10.40.0.8<0>"),
			we("2026-11-29T07:41:17.020411Z", Info, "gpu-a08", "[2026-11-29 07:41:17.020411] gpu-a08:41120:41188 [0] NCCL INFO comm 0x5641c2a0 rank 4 nRanks 8 nNodes 2 localRanks 4 localRank 0 MNNVL 0"),
			wskip(""),
			we("2026-11-29T07:41:18.771204Z", Warn, "gpu-a08", "[2026-11-29 07:41:18.771204] gpu-a08:41120:41201 [0] misc/socket.cc:484 NCCL WARN socketStartConnect: Connect to 10.40.0.7<39145> failed : Software caused connection abort"),
			we("2026-11-29T07:41:18.77135Z", Info, "gpu-a08", "[2026-11-29 07:41:18.771350] gpu-a08:41120:41201 [0] NCCL INFO misc/socket.cc:565 -> 2"),
		},
	},

	// torchrun and torch.distributed.elastic.
	{
		name:   "torchrun-rank-prefixed-worker-stderr",
		source: "PyTorch 2.4 and later workers under torchrun: c10's own lines prefixed `[rankN]:[Lmmdd HH:mm:ss.nnnnnnnnn file:line] msg` (a glog letter, no year, nine fraction digits) and a worker's uncaught Python traceback with every line prefixed `[rankN]: `: pytorch/pytorch issue #126275, sehoffmann/dmlcloud issue #61, anhvth/opensloth issue #17 and hpcaitech/ColossalAI issue #6202 (the prefixed ProcessGroupNCCL warnings), tue-mps/eomt issue #12 (a prefixed traceback). The rank prefix is in no earlier table",
		why:    "the rank prefix before the bracketed glog letter and nanosecond time; a traceback whose every line repeats `[rank3]: ` is one record with no time; the OOM's class name is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:31.204877301Z", Warn, "", "[rank1]:[W1129 07:41:31.204877301 ProcessGroupNCCL.cpp:4715] [PG ID 0 PG GUID 0 Rank 1]  using GPU 1 to perform barrier as devices used by this process are currently unknown. This can potentially cause a hang if this rank to GPU mapping is incorrect. Specify device_ids in barrier() to force use of a particular device, or call init_process_group() with a device_id."),
			we("2026-11-29T07:41:31.211402955Z", Warn, "", "[rank0]:[W1129 07:41:31.211402955 ProcessGroupNCCL.cpp:4715] [PG ID 0 PG GUID 0 Rank 0]  using GPU 0 to perform barrier as devices used by this process are currently unknown. This can potentially cause a hang if this rank to GPU mapping is incorrect. Specify device_ids in barrier() to force use of a particular device, or call init_process_group() with a device_id."),
			we("", Unknown, "",
				"[rank3]: Traceback (most recent call last):",
				`[rank3]:   File "/srv/train/finetune.py", line 212, in <module>`,
				"[rank3]:     main()",
				`[rank3]:   File "/srv/train/finetune.py", line 188, in main`,
				"[rank3]:     loss.backward()",
				`[rank3]:   File "/opt/venv/lib/python3.12/site-packages/torch/_tensor.py", line 648, in backward`,
				"[rank3]:     torch.autograd.backward(",
				"[rank3]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.50 GiB. GPU 3 has a total capacity of 79.19 GiB of which 1.07 GiB is free. Including non-PyTorch memory, this process has 78.11 GiB memory in use. Of the allocated memory 73.62 GiB is allocated by PyTorch, and 3.31 GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"),
			we("2026-11-29T07:51:33.918220731Z", Error, "", "[rank0]:[E1129 07:51:33.918220731 ProcessGroupNCCL.cpp:632] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=4121, OpType=ALLREDUCE, NumelIn=262144, NumelOut=262144, Timeout(ms)=600000) ran for 600087 milliseconds before timing out."),
			we("2026-11-29T07:51:34.00211748Z", Warn, "", "[rank0]:[W1129 07:51:34.002117480 ProcessGroupNCCL.cpp:1479] Warning: WARNING: destroy_process_group() was not called before program exit, which can leak resources. For more info, please see https://pytorch.org/docs/stable/distributed.html#shutdown (function operator())"),
		},
	},
	{
		name:   "torchrun-elastic-child-failed-summary",
		gap:    "the OMP_NUM_THREADS notice, one message written as four `W1129 07:41:12.508000 30117 torch/distributed/run.py:793] …` lines (the empty one, the two asterisk rules and the notice), is four entries; the agent's uncaught traceback, `Traceback (most recent call last):` through the ChildFailedError report's closing rule of `=`, is joined to the `E1129 07:49:04.230000 30117 torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: 1) …` line above it instead of standing alone",
		source: "torchrun's elastic agent in PyTorch 2.4 and later (`Lmmdd HH:mm:ss.uuuuuu pid file:line] msg`, the pid where 2.3 wrote a thread id; a multi-line message written with the prefix on every line, as the OMP_NUM_THREADS notice between rules of asterisks) and, when a worker fails, the agent's own uncaught ChildFailedError with its failure report (`train.py FAILED`, `Root Cause (first observed failure):` and the indented time, host, rank, exitcode, error_file and traceback of each failure between rules): OEvortex/unsloth issues #4, #6 and #10, lmzpai/roboMamba issue #10, Vision-CAIR/MiniGPT-4 issue #237 and hpcaitech/ColossalAI issue #6202. The thread-id layout of 2.3 is fresh12's; the pid layout, the asterisk notice and the failure report are in none",
		why:    "a multi-line notice whose every line repeats the prefix is one record; the agent's traceback after its E line is a record of its own with no time: the report's `time` and `host` describe the failed worker, not the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.508Z", Warn, "",
				"W1129 07:41:12.508000 30117 torch/distributed/run.py:793] ",
				"W1129 07:41:12.508000 30117 torch/distributed/run.py:793] *****************************************",
				"W1129 07:41:12.508000 30117 torch/distributed/run.py:793] Setting OMP_NUM_THREADS environment variable for each process to be 1 in default, to avoid your system being overloaded, please further tune the variable for optimal performance in your application as needed. ",
				"W1129 07:41:12.508000 30117 torch/distributed/run.py:793] *****************************************"),
			we("2026-11-29T07:49:03.114Z", Warn, "", "W1129 07:49:03.114000 30117 torch/distributed/elastic/multiprocessing/api.py:897] Sending process 30203 closing signal SIGTERM"),
			we("2026-11-29T07:49:03.115Z", Warn, "", "W1129 07:49:03.115000 30117 torch/distributed/elastic/multiprocessing/api.py:897] Sending process 30204 closing signal SIGTERM"),
			we("2026-11-29T07:49:04.23Z", Error, "", "E1129 07:49:04.230000 30117 torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: 1) local_rank: 3 (pid: 30206) of binary: /opt/venv/bin/python3"),
			we("", Unknown, "",
				"Traceback (most recent call last):",
				`  File "/opt/venv/bin/torchrun", line 8, in <module>`,
				"    sys.exit(main())",
				"             ^^^^^^",
				`  File "/opt/venv/lib/python3.12/site-packages/torch/distributed/elastic/multiprocessing/errors/__init__.py", line 355, in wrapper`,
				"    return f(*args, **kwargs)",
				"           ^^^^^^^^^^^^^^^^^^",
				`  File "/opt/venv/lib/python3.12/site-packages/torch/distributed/run.py", line 919, in main`,
				"    run(args)",
				`  File "/opt/venv/lib/python3.12/site-packages/torch/distributed/launcher/api.py", line 269, in launch_agent`,
				"    raise ChildFailedError(",
				"torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ",
				"============================================================",
				"finetune.py FAILED",
				"------------------------------------------------------------",
				"Failures:",
				"  <NO_OTHER_FAILURES>",
				"------------------------------------------------------------",
				"Root Cause (first observed failure):",
				"[0]:",
				"  time      : 2026-11-29_07:49:03",
				"  host      : gpu-a07",
				"  rank      : 3 (local_rank: 3)",
				"  exitcode  : 1 (pid: 30206)",
				"  error_file: <N/A>",
				"  traceback : To enable traceback see: https://pytorch.org/docs/stable/elastic/errors.html",
				"============================================================"),
		},
	},
	{
		name:   "torch-elastic-python-basic-format",
		source: "torch.distributed.run (torchrun) of PyTorch 1.10 to 1.13 with LOGLEVEL=INFO: Python's BASIC_FORMAT `LEVEL:logger:msg` with no time, the launch configs and the rendezvous result written as indented lines under their record, each ending with an empty line: pytorch/pytorch issues #76367 (launch configs and rendezvous result) and #67742 (WARNING lines), meta-pytorch/torchx PR #492 (the same records relayed by Ray). No table holds torch's BASIC_FORMAT lines",
		why:    "no time at all; the level is the word before the first colon; the indented key-values and the empty line after them belong to the record above; master_addr is no host",
		entries: []worldEntry{
			we("", Info, "",
				"INFO:torch.distributed.launcher.api:Starting elastic_operator with launch configs:",
				"  entrypoint       : finetune.py",
				"  min_nodes        : 2",
				"  max_nodes        : 2",
				"  nproc_per_node   : 4",
				"  run_id           : ft-0412",
				"  rdzv_backend     : c10d",
				"  rdzv_endpoint    : 10.40.0.7:29400",
				"  rdzv_configs     : {'timeout': 900}",
				"  max_restarts     : 0",
				"  monitor_interval : 5",
				"  log_dir          : None",
				"  metrics_cfg      : {}",
				""),
			we("", Info, "", "INFO:torch.distributed.elastic.agent.server.local_elastic_agent:log directory set to: /tmp/torchelastic_k3v9x1qa/ft-0412_2m8c7d0e"),
			we("", Info, "", "INFO:torch.distributed.elastic.agent.server.api:[default] starting workers for entrypoint: python3"),
			we("", Info, "", "INFO:torch.distributed.elastic.agent.server.api:[default] Rendezvous'ing worker group"),
			we("", Info, "",
				"INFO:torch.distributed.elastic.agent.server.api:[default] Rendezvous complete for workers. Result:",
				"  restart_count=0",
				"  master_addr=10.40.0.7",
				"  master_port=45127",
				"  group_rank=1",
				"  group_world_size=2",
				"  local_ranks=[0, 1, 2, 3]",
				"  role_ranks=[4, 5, 6, 7]",
				"  global_ranks=[4, 5, 6, 7]",
				"  role_world_sizes=[8, 8, 8, 8]",
				"  global_world_sizes=[8, 8, 8, 8]",
				""),
			we("", Warn, "", "WARNING:torch.distributed.elastic.multiprocessing.api:Sending process 5120 closing signal SIGTERM"),
			we("", Error, "", "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 2 (pid: 5122) of binary: /usr/bin/python3"),
		},
	},

	// DeepSpeed's multi-node launcher.
	{
		name:   "deepspeed-pdsh-multinode-launch",
		source: "DeepSpeed's `deepspeed --hostfile` launcher with its default pdsh runner: the head's own `[yyyy-MM-dd HH:mm:ss,mmm] [LEVEL] [file.py:line:func] msg` lines with no prefix (the pdsh command line among them), each remote node's lines behind pdsh's `host: ` prefix, and pdsh's own `pdsh@host: node: msg`: DeepSpeed docs 'Getting Started' (multi-node, hostfile, pdsh), huggingface/accelerate issue #1317 and deepspeedai/DeepSpeed issues #579, #2920 and #6859; pdsh(1). DeepSpeed's launcher lines are fresh10's and pdsh's prefix fresh131's; DeepSpeed's lines behind pdsh's prefix are in none",
		why:    "the node named by pdsh's prefix is the host of the line after it, the head's own lines have none; pdsh's own line names the node it runs on; the level stays DeepSpeed's bracketed word",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.204Z", Info, "", "[2026-11-29 07:41:10,204] [INFO] [runner.py:607:main] cmd = pdsh -S -f 1024 -w gpu-a07,gpu-a08 export PYTHONPATH=/srv/train; export NCCL_IB_HCA=mlx5_0,mlx5_1;  cd /srv/train; /opt/venv/bin/python3 -u -m deepspeed.launcher.launch --world_info=eyJncHUtYTA3IjogWzAsIDEsIDIsIDNdLCAiZ3B1LWEwOCI6IFswLCAxLCAyLCAzXX0= --node_rank=%n --master_addr=10.40.0.7 --master_port=29500 finetune.py --deepspeed ds_zero3.json"),
			we("2026-11-29T07:41:12.118Z", Info, "gpu-a07", "gpu-a07: [2026-11-29 07:41:12,118] [INFO] [launch.py:146:main] WORLD INFO DICT: {'gpu-a07': [0, 1, 2, 3], 'gpu-a08': [0, 1, 2, 3]}"),
			we("2026-11-29T07:41:12.131Z", Info, "gpu-a08", "gpu-a08: [2026-11-29 07:41:12,131] [INFO] [launch.py:164:main] dist_world_size=8"),
			we("2026-11-29T07:41:12.132Z", Info, "gpu-a08", "gpu-a08: [2026-11-29 07:41:12,132] [INFO] [launch.py:166:main] Setting CUDA_VISIBLE_DEVICES=0,1,2,3"),
			we("2026-11-29T07:43:40.551Z", Error, "gpu-a08", "gpu-a08: [2026-11-29 07:43:40,551] [ERROR] [launch.py:325:sigkill_handler] ['/opt/venv/bin/python3', '-u', 'finetune.py', '--local_rank=2', '--deepspeed', 'ds_zero3.json'] exits with return code = 1"),
			we("", Unknown, "gpu-a07", "pdsh@gpu-a07: gpu-a08: ssh exited with exit code 1"),
		},
	},

	// Inference engines.
	{
		name:   "vllm-engine-core-traceback-prefixed",
		gap:    "the logger.exception record whose every line repeats `(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708] ` is cut into seven entries, one a line, instead of one record under `EngineCore failed to start.`; the untimed `(EngineCore_DP0 pid=41877) Process EngineCore_DP0:` report and the `(APIServer pid=41652) Traceback (most recent call last):` traceback are cut into one entry a line too (seven and six entries)",
		source: "vLLM 0.10 and later (V1 engine) failing at start-up: the EngineCore process's `logger.exception` written through vLLM's NewLineFormatter, which repeats `LEVEL MM-dd HH:mm:ss [file:line]` on every line of the traceback, all behind the `(EngineCore_DP0 pid=N)` process prefix; then multiprocessing's own `Process EngineCore_DP0:` report and the API server's uncaught traceback, prefixed only with their process: vllm-project/vllm issues #25043, #26898, #23176, #27321 and #44411. vLLM's single lines are fresh10's; its multi-line records are in none",
		why:    "a traceback whose every line repeats the full log prefix is one record with the first line's time and level; the untimed tracebacks with only the process prefix are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:31Z", Info, "", "(EngineCore_DP0 pid=41877) INFO 11-29 07:41:31 [gpu_model_runner.py:2602] Model loading took 15.2683 GiB and 8.412104 seconds"),
			we("2026-11-29T07:41:39Z", Error, "",
				"(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708] EngineCore failed to start.",
				"(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708] Traceback (most recent call last):",
				`(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708]   File "/opt/vllm/lib/python3.12/site-packages/vllm/v1/engine/core.py", line 699, in run_engine_core`,
				"(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708]     engine_core = EngineCoreProc(*args, **kwargs)",
				`(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708]   File "/opt/vllm/lib/python3.12/site-packages/vllm/v1/core/kv_cache_utils.py", line 701, in check_enough_kv_cache_memory`,
				"(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708]     raise ValueError(",
				"(EngineCore_DP0 pid=41877) ERROR 11-29 07:41:39 [core.py:708] ValueError: To serve at least one request with the models's max seq len (131072), (16.00 GiB KV cache is needed, which is larger than the available KV cache memory (9.61 GiB). Based on the available memory, the estimated maximum model length is 78704. Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine."),
			we("", Unknown, "",
				"(EngineCore_DP0 pid=41877) Process EngineCore_DP0:",
				"(EngineCore_DP0 pid=41877) Traceback (most recent call last):",
				`(EngineCore_DP0 pid=41877)   File "/usr/lib/python3.12/multiprocessing/process.py", line 314, in _bootstrap`,
				"(EngineCore_DP0 pid=41877)     self.run()",
				`(EngineCore_DP0 pid=41877)   File "/opt/vllm/lib/python3.12/site-packages/vllm/v1/engine/core.py", line 712, in run_engine_core`,
				"(EngineCore_DP0 pid=41877)     raise e",
				"(EngineCore_DP0 pid=41877) ValueError: To serve at least one request with the models's max seq len (131072), (16.00 GiB KV cache is needed, which is larger than the available KV cache memory (9.61 GiB)."),
			we("", Unknown, "",
				"(APIServer pid=41652) Traceback (most recent call last):",
				`(APIServer pid=41652)   File "/opt/vllm/bin/vllm", line 10, in <module>`,
				"(APIServer pid=41652)     sys.exit(main())",
				`(APIServer pid=41652)   File "/opt/vllm/lib/python3.12/site-packages/vllm/v1/engine/utils.py", line 759, in wait_for_engine_startup`,
				`(APIServer pid=41652)     raise RuntimeError("Engine core initialization failed. "`,
				"(APIServer pid=41652) RuntimeError: Engine core initialization failed. See root cause above. Failed core proc(s): {}"),
		},
	},
	{
		name:   "triton-log-format-iso8601",
		source: "NVIDIA Triton Inference Server started with `--log-format ISO8601` (`yyyy-MM-ddTHH:mm:ssZ L pid file:line] msg`, the message JSON-quoted by default, the model status table written raw under its line and followed by an empty line): the TRITONSERVER_LogFormat documentation (Iso8601 example, as the tritonserver-rs crate reproduces it) and triton-inference-server/server issues #2731 and #6418 (the tables). Triton's default glog layout is fresh24's; the ISO8601 layout is in none",
		why:    "a UTC time with no fraction first, then the glog letter apart as a word, then the pid; the table and the empty line under `server.cc:676] ` belong to that record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16Z I 1 pinned_memory_manager.cc:277] "Pinned memory pool is created at '0x7f3c52000000' with size 268435456"`),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16Z I 1 cuda_memory_manager.cc:107] "CUDA memory pool is created on device 0 with size 67108864"`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29T07:41:17Z I 1 model_lifecycle.cc:473] "loading: ranker_onnx:3"`),
			we("2026-11-29T07:41:18Z", Warn, "", `2026-11-29T07:41:18Z W 1 server.cc:251] "failed to enable peer access for some device pairs"`),
			we("2026-11-29T07:41:21Z", Error, "", `2026-11-29T07:41:21Z E 1 model_lifecycle.cc:654] "failed to load 'tokenizer_py' version 1: Internal: ModuleNotFoundError: No module named 'sentencepiece'"`),
			we("2026-11-29T07:41:21Z", Info, "",
				"2026-11-29T07:41:21Z I 1 server.cc:676] ",
				"+--------------+---------+-----------------------------------------------------------------------------+",
				"| Model        | Version | Status                                                                      |",
				"+--------------+---------+-----------------------------------------------------------------------------+",
				"| ranker_onnx  | 3       | READY                                                                       |",
				"| tokenizer_py | 1       | UNAVAILABLE: Internal: ModuleNotFoundError: No module named 'sentencepiece' |",
				"+--------------+---------+-----------------------------------------------------------------------------+",
				""),
			we("2026-11-29T07:41:21Z", Error, "", `2026-11-29T07:41:21Z E 1 main.cc:215] "failed to start server: Internal - failed to load all models"`),
		},
	},
	{
		name:   "tgi-router-json-output",
		source: "Hugging Face text-generation-inference with `--json-output`: the launcher's tracing JSON (`timestamp`, `level`, `fields` holding `message`, `target`, and the shard-manager span as `span` and `spans`) and the router's, which flattens the event and adds `filename` and `line_number` (tracing_subscriber's `.json().flatten_event(true)` with file and line): huggingface/text-generation-inference router/src/logging.rs (init_logging) and docs 'Text-generation-launcher arguments' (JSON_OUTPUT). TGI's pretty output is fresh24's; its JSON is in none",
		why:    "an RFC 3339 UTC time with microseconds as the first key; the level a key; a shard's traceback inside the escaped message stays one line; `hostname` words in a message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Info, "", `{"timestamp":"2026-11-29T07:41:16.412345Z","level":"INFO","fields":{"message":"Args {\n    model_id: \"example/support-bot-8b\",\n    revision: None,\n    sharded: None,\n    num_shard: Some(\n        2,\n    ),\n    max_input_tokens: Some(\n        7168,\n    ),\n    max_total_tokens: Some(\n        8192,\n    ),\n    hostname: \"0.0.0.0\",\n    port: 80,\n    json_output: true,\n}"},"target":"text_generation_launcher"}`),
			we("2026-11-29T07:41:40.118204Z", Info, "", `{"timestamp":"2026-11-29T07:41:40.118204Z","level":"INFO","fields":{"message":"Waiting for shard to be ready..."},"target":"text_generation_launcher","span":{"rank":1,"name":"shard-manager"},"spans":[{"rank":1,"name":"shard-manager"}]}`),
			we("2026-11-29T07:41:58.640917Z", Info, "", `{"timestamp":"2026-11-29T07:41:58.640917Z","level":"INFO","message":"Connected","target":"text_generation_router::server","filename":"router/src/server.rs","line_number":2381}`),
			we("2026-11-29T07:41:58.641003Z", Warn, "", `{"timestamp":"2026-11-29T07:41:58.641003Z","level":"WARN","message":"Invalid hostname, defaulting to 0.0.0.0","target":"text_generation_router","filename":"router/src/main.rs","line_number":204}`),
			we("2026-11-29T07:42:03.512044Z", Info, "", `{"timestamp":"2026-11-29T07:42:03.512044Z","level":"INFO","message":"Success","target":"text_generation_router::server","filename":"router/src/server.rs","line_number":432,"span":{"total_time":"1.204511s","validation_time":"412.7µs","queue_time":"61.2µs","inference_time":"1.203937s","time_per_token":"9.405757ms","seed":"None","name":"generate"},"spans":[{"name":"chat_completions"},{"parameters":"GenerateParameters { max_new_tokens: Some(128), temperature: Some(0.2) }","name":"generate"}]}`),
			we("2026-11-29T07:44:10.771905Z", Error, "", `{"timestamp":"2026-11-29T07:44:10.771905Z","level":"ERROR","fields":{"message":"Method Prefill encountered an error.\nTraceback (most recent call last):\n  File \"/opt/conda/lib/python3.11/site-packages/text_generation_server/models/flash_causal_lm.py\", line 1932, in forward\n    logits, speculative_logits = self.model.forward(\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.25 GiB. GPU 1 has a total capacity of 44.42 GiB of which 612.06 MiB is free."},"target":"text_generation_launcher","span":{"rank":1,"name":"shard-manager"},"spans":[{"rank":1,"name":"shard-manager"}]}`),
		},
	},
	{
		name:   "sglang-scheduler-exception",
		gap:    "the checkpoint loader's untimed progress lines `Loading safetensors checkpoint shards:   0% Completed | 0/4 [00:00<?, ?it/s]` and `Loading safetensors checkpoint shards: 100% Completed | 4/4 [00:06<00:00,  1.52s/it]` (with the empty line after them) are joined to the `[2026-11-29 07:41:21 TP0] Load weight begin. avail mem=78.31 GB` line above instead of standing alone; the scheduler's exception with its traceback and empty line is one record, as it should be",
		source: "SGLang's launch_server (`[yyyy-MM-dd HH:mm:ss TPn] msg`, no level) when a scheduler process fails: `Scheduler hit an exception: ` followed by the formatted traceback on the lines after (one logger.error call, ending with an empty line), then the parent's `Received sigquit from a child process. It usually means the child failed.`; the checkpoint loader's progress lines between, with no time: sgl-project/sglang PR #4618 (the scheduler's except block), issues #3685, #8741, #8974, #12076 and #26265 and Agent-RL/ReCall issue #43. SGLang's console is fresh100's; its multi-line exception record is in none",
		why:    "the rank glued inside the time's brackets; a traceback under the line that opens it belongs to it, through its empty line; the loader's progress lines have no time and stand alone",
		entries: []worldEntry{
			we("2026-11-29T07:41:21Z", Unknown, "", "[2026-11-29 07:41:21 TP0] Load weight begin. avail mem=78.31 GB"),
			we("", Unknown, "", "Loading safetensors checkpoint shards:   0% Completed | 0/4 [00:00<?, ?it/s]"),
			we("", Unknown, "", "Loading safetensors checkpoint shards: 100% Completed | 4/4 [00:06<00:00,  1.52s/it]"),
			wskip(""),
			we("2026-11-29T07:41:29Z", Unknown, "", "[2026-11-29 07:41:29 TP0] Load weight end. type=Qwen2ForCausalLM, dtype=torch.bfloat16, avail mem=62.94 GB, mem usage=15.37 GB."),
			we("2026-11-29T07:43:10Z", Unknown, "",
				"[2026-11-29 07:43:10 TP1] Scheduler hit an exception: Traceback (most recent call last):",
				`  File "/opt/sglang/python/sglang/srt/managers/scheduler.py", line 2633, in run_scheduler_process`,
				"    scheduler.event_loop_overlap()",
				`  File "/opt/sglang/python/sglang/srt/managers/scheduler.py", line 794, in event_loop_overlap`,
				"    batch_result = self.run_batch(batch)",
				`  File "/opt/sglang/python/sglang/srt/model_executor/model_runner.py", line 1641, in forward_extend`,
				"    return self.model.forward(",
				"RuntimeError: CUDA error: an illegal memory access was encountered",
				"CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.",
				"For debugging consider passing CUDA_LAUNCH_BLOCKING=1",
				"Compile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.",
				""),
			we("2026-11-29T07:43:10Z", Unknown, "", "[2026-11-29 07:43:10] Received sigquit from a child process. It usually means the child failed."),
		},
	},
	{
		name:   "trtllm-serve-rank-tagged",
		source: "TensorRT-LLM 1.x `trtllm-serve` with the PyTorch backend: the untimed version banner, the C++ runtime's `[TensorRT-LLM][LEVEL] msg` with no time, the Python logger's `[MM/dd/yyyy-HH:mm:ss] [TRT-LLM] [RANK n] [L] msg` (a rank tag between the logger and the letter), and a Python warning with its source line: NVIDIA/TensorRT-LLM tensorrt_llm/logger.py, issues #2667 and #5677, and deployment guides quoting `[TRT-LLM] [RANK 0] [I]` iteration and `[TensorRT-LLM][INFO] [MemUsageChange]` lines. trtllm-build's untagged layout is fresh100's; the rank tag and the C++ runtime's bracket pair are in none",
		why:    "a month-first date glued to its time by a dash; the level is the letter after the rank tag; the C++ runtime's level word sits in the second bracket of a pair with no time; a Python warning's category is its level",
		entries: []worldEntry{
			we("", Unknown, "", "[TensorRT-LLM] TensorRT LLM version: 1.1.0"),
			we("", Warn, "",
				`/opt/venv/lib/python3.12/site-packages/tensorrt_llm/serve/openai_protocol.py:104: UserWarning: Field name "schema" in "ResponseFormat" shadows an attribute in parent "OpenAIBaseModel"`,
				"  class ResponseFormat(OpenAIBaseModel):"),
			we("", Info, "", "[TensorRT-LLM][INFO] Refreshed the MPI local session"),
			we("2026-11-29T07:41:27Z", Info, "", "[11/29/2026-07:41:27] [TRT-LLM] [RANK 0] [I] Prefetching /models/llama-3.1-8b-instruct/model-00002-of-00004.safetensors to memory..."),
			we("", Info, "", "[TensorRT-LLM][INFO] [MemUsageChange] Allocated 41.07 GiB for max tokens in paged KV cache (336384)."),
			we("2026-11-29T07:42:47Z", Info, "", "[11/29/2026-07:42:47] [TRT-LLM] [RANK 0] [I] iter = 412, host_step_time = 18.4ms, num_scheduled_requests: 6, states = {'num_ctx_requests': 1, 'num_ctx_tokens': 2048, 'num_generation_tokens': 5}"),
			we("2026-11-29T07:42:58Z", Warn, "", "[11/29/2026-07:42:58] [TRT-LLM] [RANK 1] [W] Request 4117 exceeds max_num_tokens; it will be chunked"),
			we("2026-11-29T07:43:02Z", Error, "", "[11/29/2026-07:43:02] [TRT-LLM] [RANK 0] [E] Error in event loop: CUDA error: out of memory"),
		},
	},
	{
		name:   "ollama-systemd-journal",
		source: "Ollama installed as a systemd service and read with `journalctl -u ollama` (journal short format `Mmm dd HH:mm:ss host ollama[pid]: ` before Ollama's own lines: the start-up `yyyy/MM/dd HH:mm:ss routes.go:N: INFO server config env=…` line of Go's log, slog's `time=… level=… source=… msg=…`, llama.cpp's untimed loader lines and Gin's access lines): ollama/ollama docs 'Troubleshooting' and issues #5938 and #8372 (journal lines of all of them). Ollama's server.log without the journal is fresh12's; the journal's lines are in none",
		why:    "the journal's host and time before Ollama's own time (the same second, or a UTC time with milliseconds); `INFO` after Go's file:line and slog's level key are the levels; the client address in Gin's line is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "gpu-ws01", `Nov 29 07:41:16 gpu-ws01 ollama[1822]: 2026/11/29 07:41:16 routes.go:1259: INFO server config env="map[CUDA_VISIBLE_DEVICES:0,1 OLLAMA_DEBUG:false OLLAMA_FLASH_ATTENTION:true OLLAMA_HOST:http://0.0.0.0:11434 OLLAMA_KEEP_ALIVE:30m0s OLLAMA_MAX_LOADED_MODELS:2 OLLAMA_MODELS:/srv/ollama/models OLLAMA_NUM_PARALLEL:4]"`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.961Z", Info, "gpu-ws01", `Nov 29 07:41:16 gpu-ws01 ollama[1822]: time=2026-11-29T07:41:16.961Z level=INFO source=images.go:757 msg="total blobs: 14"`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.402Z", Info, "gpu-ws01", `Nov 29 07:41:17 gpu-ws01 ollama[1822]: time=2026-11-29T07:41:17.402Z level=INFO source=types.go:131 msg="inference compute" id=GPU-5c2b8e41-77d0-9a3f-2e61-0b4f8c1d9e27 library=cuda variant=v12 compute=8.9 driver=12.8 name="NVIDIA RTX 6000 Ada Generation" total="47.5 GiB" available="47.0 GiB"`),
			we("2026-11-29T07:41:31Z", Unknown, "gpu-ws01", "Nov 29 07:41:31 gpu-ws01 ollama[1822]: llama_model_loader: loaded meta data with 34 key-value pairs and 399 tensors from /srv/ollama/models/blobs/sha256-9e41c2d7b0a8 (version GGUF V3 (latest))"),
			we("2026-11-29T07:41:44Z", Unknown, "gpu-ws01", `Nov 29 07:41:44 gpu-ws01 ollama[1822]: [GIN] 2026/11/29 - 07:41:44 | 200 | 13.204518776s |      10.20.7.41 | POST     "/api/chat"`),
			we("2026-11-29T07:52:03Z|2026-11-29T07:52:03.118Z", Error, "gpu-ws01", `Nov 29 07:52:03 gpu-ws01 ollama[1822]: time=2026-11-29T07:52:03.118Z level=ERROR source=sched.go:455 msg="error loading llama server" error="llama runner process has terminated: cudaMalloc failed: out of memory"`),
		},
	},
	{
		name:   "llama-server-2024-json-log",
		source: "llama.cpp's server of 2024, before the common logger rewrite, with its default `--log-format json`: one nlohmann ordered JSON object a line (`tid`, `timestamp` as epoch seconds, `level` one of INFO WARN ERR VERB, `function`, `line`, `msg`, then the call's extra keys such as `hostname`, `port`, `remote_addr`, `id_slot`), the model loader's plain lines between: ggml-org/llama.cpp examples/server/utils.hpp (server_log) and PR #4881. llama.cpp's 2024 common logger prefix is fresh146's and its loader lines fresh12's; the server's JSON log is in none",
		why:    "epoch seconds in `timestamp`; `ERR` is Error; `hostname` is the listening address and `remote_addr` a client, neither the record's host; the loader's untimed lines stand alone",
		entries: []worldEntry{
			we("", Unknown, "", "llm_load_tensors: offloaded 33/33 layers to GPU"),
			we("2026-11-29T07:41:16Z", Info, "", `{"tid":"140187442253824","timestamp":1795938076,"level":"INFO","function":"main","line":3180,"msg":"HTTP server listening","hostname":"0.0.0.0","port":"8080","n_threads_http":"31"}`),
			we("2026-11-29T07:41:19Z", Info, "", `{"tid":"140187442253824","timestamp":1795938079,"level":"INFO","function":"init","line":2109,"msg":"initializing slots","n_slots":4}`),
			we("2026-11-29T07:41:19Z", Info, "", `{"tid":"140187442253824","timestamp":1795938079,"level":"INFO","function":"main","line":3390,"msg":"model loaded"}`),
			we("2026-11-29T07:42:03Z", Info, "", `{"tid":"140187100217344","timestamp":1795938123,"level":"INFO","function":"log_server_request","line":2956,"msg":"request","remote_addr":"10.20.7.41","remote_port":51822,"status":200,"method":"POST","path":"/v1/chat/completions","params":{}}`),
			we("2026-11-29T07:42:41Z", Warn, "", `{"tid":"140187442253824","timestamp":1795938161,"level":"WARN","function":"update_slots","line":1867,"msg":"slot context shift","id_slot":2,"id_task":417,"n_keep":0,"n_left":8190,"n_discard":4095,"n_ctx":8192,"n_past":8191,"n_system_tokens":0,"n_cache_tokens":8191}`),
			we("2026-11-29T07:42:55Z", Error, "", `{"tid":"140187442253824","timestamp":1795938175,"level":"ERR","function":"send_error","line":1302,"msg":"task error","id_multi":-1,"id_task":419,"error":"the request exceeds the available context size, try increasing the context size or enable context shift"}`),
		},
	},

	// Ray.
	{
		name:   "ray-core-logging-config-text-worker-err",
		source: "a Ray Train worker's stderr file (/tmp/ray/session_latest/logs/worker-<id>-<job>-<pid>.err) with `ray.init(logging_config=ray.LoggingConfig(encoding=\"TEXT\"))`: the log monitor's `:job_id:` and `:actor_name:` lines, then Ray's TextFormatter, `%(asctime)s\\t%(levelname)s %(filename)s:%(lineno)s -- %(message)s` followed by the Ray context as `key=value` pairs ending in `timestamp_ns`, appended after the whole formatted record, so after a traceback's last line: docs.ray.io 'ray.LoggingConfig' (the TEXT example line) and ray-project/ray python/ray/_common/formatters.py. The worker file's magic lines and Ray's plain layout are fresh171's; the LoggingConfig key-values and timestamp_ns are in none",
		why:    "the comma-millisecond time and the nanosecond epoch at the end are the same instant; node_id and worker_id are ids, no host; a traceback and the key-values after it belong to the ERROR record",
		entries: []worldEntry{
			we("", Unknown, "", ":job_id:03000000"),
			we("", Unknown, "", ":actor_name:RayTrainWorker"),
			we("2026-11-29T07:41:16.836Z|2026-11-29T07:41:16.836884Z", Info, "", "2026-11-29 07:41:16,836\tINFO train_loop.py:88 -- epoch 0 step 200: loss=2.4187 lr=2.0e-05 job_id=03000000 worker_id=8c1f4e2a9b7d3c6f0e5a1b2c3d4e5f60718293a4b5c6d7e8f9012345 node_id=5e2a7b9c1d3f4a6e8b0c2d4f6a8b0c2e4f6a8b0c2d4e6f8a0b1c2d3e actor_id=4d9b2f1e03000000 actor_name=RayTrainWorker task_id=ffffffffffffffff4d9b2f1e03000000 task_name=RayTrainWorker.__execute task_func_name=ray.train._internal.worker_group.RayTrainWorker.__execute timestamp_ns=1795938076836884000"),
			we("2026-11-29T07:41:24.02Z|2026-11-29T07:41:24.020311Z", Warn, "", "2026-11-29 07:41:24,020\tWARNING train_loop.py:102 -- gradient norm 41.7 above clip threshold 1.0 job_id=03000000 worker_id=8c1f4e2a9b7d3c6f0e5a1b2c3d4e5f60718293a4b5c6d7e8f9012345 node_id=5e2a7b9c1d3f4a6e8b0c2d4f6a8b0c2e4f6a8b0c2d4e6f8a0b1c2d3e actor_id=4d9b2f1e03000000 actor_name=RayTrainWorker timestamp_ns=1795938084020311000"),
			we("2026-11-29T07:43:02.112Z|2026-11-29T07:43:02.112406Z", Error, "",
				"2026-11-29 07:43:02,112\tERROR checkpoint.py:131 -- checkpoint upload to s3://example-ml/ckpt/ft-0412/epoch_0 failed",
				"Traceback (most recent call last):",
				`  File "/srv/train/checkpoint.py", line 129, in save`,
				"    storage.upload(local_dir, uri)",
				`  File "/srv/train/storage.py", line 57, in upload`,
				"    shutil.copytree(src, staging)",
				"OSError: [Errno 28] No space left on device: '/tmp/ray/staging/epoch_0' job_id=03000000 worker_id=8c1f4e2a9b7d3c6f0e5a1b2c3d4e5f60718293a4b5c6d7e8f9012345 node_id=5e2a7b9c1d3f4a6e8b0c2d4f6a8b0c2e4f6a8b0c2d4e6f8a0b1c2d3e actor_id=4d9b2f1e03000000 actor_name=RayTrainWorker timestamp_ns=1795938182112406000"),
		},
	},
	{
		name:   "ray-serve-replica-json-log",
		source: "a Ray Serve replica's log file with JSON encoding (RAY_SERVE_LOG_ENCODING=JSON or LoggingConfig(encoding=\"JSON\")): Ray's JSONFormatter, `asctime` with a comma and milliseconds, `levelname`, `message`, `filename`, `lineno`, `process`, then the core context (job, worker, node, actor), the request context (`route`, `request_id`, `application`) inside a request, the component (`deployment`, `replica`, `component_name`), `exc_text` under an exception and `timestamp_ns` last: ray-project/ray python/ray/_common/formatters.py and python/ray/serve/_private/logging_utils.py, PR #42781 (RAY_SERVE_LOG_ENCODING) and docs 'ray.serve.schema.LoggingConfig'. Serve's text replica log is fresh78's; its JSON is in none",
		why:    "the local time in `asctime` and the epoch nanoseconds in `timestamp_ns` are one instant; the level is `levelname`; a traceback inside `exc_text` stays one line; the node id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z|2026-11-29T07:41:16.412518Z", Info, "", `{"asctime": "2026-11-29 07:41:16,412", "levelname": "INFO", "message": "Started <ray.serve._private.replica.Replica object at 0x7f2b1c4e9a10>.", "filename": "replica.py", "lineno": 1134, "process": 4188, "job_id": "04000000", "worker_id": "2f8e1c7b9a0d4e6f", "node_id": "5e2a7b9c1d3f4a6e", "actor_id": "9a7c3e1f04000000", "actor_name": "SERVE_REPLICA::llm#LLMServer#x7k2m9qa", "deployment": "LLMServer", "replica": "x7k2m9qa", "component_name": "replica", "timestamp_ns": 1795938076412518000}`),
			we("2026-11-29T07:42:03.511Z|2026-11-29T07:42:03.511204Z", Info, "", `{"asctime": "2026-11-29 07:42:03,511", "levelname": "INFO", "message": "POST /v1/chat/completions 200 1412.6ms", "filename": "replica.py", "lineno": 386, "process": 4188, "job_id": "04000000", "worker_id": "2f8e1c7b9a0d4e6f", "node_id": "5e2a7b9c1d3f4a6e", "actor_id": "9a7c3e1f04000000", "actor_name": "SERVE_REPLICA::llm#LLMServer#x7k2m9qa", "route": "/v1/chat/completions", "request_id": "6d41b3e2-9c0a-4f7e-8b1d-2a5c7e9f0b13", "application": "llm", "deployment": "LLMServer", "replica": "x7k2m9qa", "component_name": "replica", "timestamp_ns": 1795938123511204000}`),
			we("2026-11-29T07:42:10.007Z|2026-11-29T07:42:10.007731Z", Warn, "", `{"asctime": "2026-11-29 07:42:10,007", "levelname": "WARNING", "message": "Replica at capacity of max_ongoing_requests=32, rejecting request 0b7e2d41-5a3c-4e9f-8d16-c2a4f0e7b953.", "filename": "replica.py", "lineno": 512, "process": 4188, "job_id": "04000000", "worker_id": "2f8e1c7b9a0d4e6f", "node_id": "5e2a7b9c1d3f4a6e", "actor_id": "9a7c3e1f04000000", "actor_name": "SERVE_REPLICA::llm#LLMServer#x7k2m9qa", "deployment": "LLMServer", "replica": "x7k2m9qa", "component_name": "replica", "timestamp_ns": 1795938130007731000}`),
			we("2026-11-29T07:44:10.318Z|2026-11-29T07:44:10.318902Z", Error, "", `{"asctime": "2026-11-29 07:44:10,318", "levelname": "ERROR", "message": "Request failed:", "filename": "replica.py", "lineno": 1298, "process": 4188, "exc_text": "Traceback (most recent call last):\n  File \"/srv/serve/llm_app.py\", line 77, in __call__\n    out = await self.engine.generate(prompt, params)\n  File \"/srv/serve/llm_app.py\", line 52, in generate\n    raise ValueError(f\"prompt too long: {n} tokens\")\nValueError: prompt too long: 9411 tokens", "job_id": "04000000", "worker_id": "2f8e1c7b9a0d4e6f", "node_id": "5e2a7b9c1d3f4a6e", "actor_id": "9a7c3e1f04000000", "actor_name": "SERVE_REPLICA::llm#LLMServer#x7k2m9qa", "route": "/v1/chat/completions", "request_id": "a31f0c8e-7d2b-4b6a-9e45-1c8d3f6a2b70", "application": "llm", "deployment": "LLMServer", "replica": "x7k2m9qa", "component_name": "replica", "timestamp_ns": 1795938250318902000}`),
		},
	},

	// Model servers and tracking.
	{
		name:   "kserve-model-server",
		source: "a KServe Python model server pod (`kubectl logs … -c kserve-container`) with KServe's default logging config: `yyyy-MM-dd HH:mm:ss.SSS pid logger LEVEL [file:func():line] msg` for the kserve logger, `… pid kserve.trace msg` with no level for the trace logger, uvicorn's `… pid uvicorn.error INFO:     msg`, and the access formatter's `… uvicorn.access INFO:     client pid - \"request\" status` with no pid before the logger; an exception's traceback on the lines under its ERROR: kserve/kserve python/kserve/kserve/logging.py (KSERVE_LOG_CONFIG), issue #4266 and PR #4271 (real lines). Seldon's MLServer is fresh100's; KServe's own server is in none",
		why:    "a dotted millisecond time, then a pid, then a dotted logger name before the level; the trace logger writes no level; uvicorn's INFO: is its level; the client address is no host; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 1 kserve INFO [storage.py:download():66] Copying contents of /mnt/models to local"),
			we("2026-11-29T07:41:21.978Z", Info, "", "2026-11-29 07:41:21.978 1 kserve INFO [model_server.py:_serve_rest():386] Starting uvicorn with 2 workers"),
			we("2026-11-29T07:41:22.084Z", Info, "", "2026-11-29 07:41:22.084 12 uvicorn.error INFO:     Started server process [12]"),
			we("2026-11-29T07:41:22.09Z", Info, "", "2026-11-29 07:41:22.090 12 uvicorn.error INFO:     Application startup complete."),
			we("2026-11-29T07:42:03.51Z", Unknown, "", "2026-11-29 07:42:03.510 12 kserve.trace requestId: 8f3b2d1e-4c7a-4e90-b2f6-1d5a9c3e7b04, preprocess_ms: 0.021458626, explain_ms: 0, predict_ms: 41.217458725, postprocess_ms: 0.005722046"),
			we("2026-11-29T07:42:03.511Z", Info, "", `2026-11-29 07:42:03.511 uvicorn.access INFO:     10.20.7.41:51822 12 - "POST /v1/models/ranker:predict HTTP/1.1" 200 OK`),
			we("2026-11-29T07:42:09.77Z", Error, "",
				"2026-11-29 07:42:09.770 12 kserve ERROR [errors.py:generic_exception_handler():108] Exception:",
				"Traceback (most recent call last):",
				`  File "/opt/venv/lib/python3.11/site-packages/kserve/model.py", line 327, in __call__`,
				"    response = await self.predict(payload, headers)",
				`  File "/srv/ranker/model.py", line 64, in predict`,
				"    scores = self.session.run(None, {\"input_ids\": ids})[0]",
				"RuntimeError: CUDA error: out of memory"),
			we("2026-11-29T07:42:09.772Z", Info, "", `2026-11-29 07:42:09.772 uvicorn.access INFO:     10.20.7.41:51830 12 - "POST /v1/models/ranker:predict HTTP/1.1" 500 Internal Server Error`),
		},
	},
	{
		name:   "mlflow3-uvicorn-server-journal",
		source: "`mlflow server` of MLflow 3 under systemd (FastAPI and uvicorn the default backend since mlflow/mlflow PR #17038), read with `journalctl -u mlflow`: MLflow's own `yyyy/MM/dd HH:mm:ss LEVEL logger: msg`, Alembic's untimed `INFO  [alembic.runtime.migration] msg` and uvicorn's `INFO:     msg` and access lines, each behind the journal's short header. MLflow's server on a console with gunicorn is fresh23's; the journal's lines with uvicorn are in none",
		why:    "the journal's host and time on every line; MLflow's own time is the same second; the level words after the header (INFO, INFO  [, INFO:, WARNING) are the lines' levels; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "mlflow01", "Nov 29 07:41:16 mlflow01 mlflow[4120]: 2026/11/29 07:41:16 INFO mlflow.store.db.utils: Updating database tables"),
			we("2026-11-29T07:41:16Z", Info, "mlflow01", "Nov 29 07:41:16 mlflow01 mlflow[4120]: INFO  [alembic.runtime.migration] Context impl PostgresqlImpl."),
			we("2026-11-29T07:41:16Z", Info, "mlflow01", "Nov 29 07:41:16 mlflow01 mlflow[4120]: INFO  [alembic.runtime.migration] Will assume transactional DDL."),
			we("2026-11-29T07:41:18Z", Info, "mlflow01", "Nov 29 07:41:18 mlflow01 mlflow[4120]: INFO:     Uvicorn running on http://0.0.0.0:5000 (Press CTRL+C to quit)"),
			we("2026-11-29T07:41:18Z", Info, "mlflow01", "Nov 29 07:41:18 mlflow01 mlflow[4120]: INFO:     Started parent process [4120]"),
			we("2026-11-29T07:42:31Z", Info, "mlflow01", `Nov 29 07:42:31 mlflow01 mlflow[4120]: INFO:     10.20.7.41:51822 - "POST /api/2.0/mlflow/runs/log-batch HTTP/1.1" 200 OK`),
			we("2026-11-29T07:42:40Z", Warn, "mlflow01", "Nov 29 07:42:40 mlflow01 mlflow[4120]: 2026/11/29 07:42:40 WARNING mlflow.server.handlers: Run 4f1c2a7e9b3d4c5e8f1a2b7c9d0e4f61 is in a deleted experiment; metrics were not logged"),
		},
	},
	{
		name:   "jupyter-server-log-json",
		source: "Jupyter Server 2 on a GPU node with `--ServerApp.log_json=True` (or JUPYTER_ENABLE_JSON_LOGGING=true, with the json-logging extra installed): json_logging's JSONLogFormatter, `written_at` as UTC with milliseconds and Z, `written_ts` as epoch nanoseconds, `msg`, `type`, `logger`, `thread`, `level`, `module`, `line_no`, and `exc_info` under an exception: jupyter-server/jupyter_server serverapp.py (log_json, _validate_log_json) and a json-logging record quoted in a fastapi-loki-tempo README. Jupyter's bracketed `[I yyyy-MM-dd …]` layout is world_test.go's and others'; its JSON is in none",
		why:    "two versions of one instant (`written_at` and `written_ts`); the level is a key; the client address in an access message is no host; a traceback inside `exc_info` stays one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z|2026-11-29T07:41:16.412877Z", Info, "", `{"written_at": "2026-11-29T07:41:16.412Z", "written_ts": 1795938076412877000, "msg": "Jupyter Server 2.15.0 is running at:", "type": "log", "logger": "ServerApp", "thread": "MainThread", "level": "INFO", "module": "serverapp", "line_no": 3083}`),
			we("2026-11-29T07:41:16.413Z|2026-11-29T07:41:16.413104Z", Info, "", `{"written_at": "2026-11-29T07:41:16.413Z", "written_ts": 1795938076413104000, "msg": "http://gpu-ws01:8888/lab", "type": "log", "logger": "ServerApp", "thread": "MainThread", "level": "INFO", "module": "serverapp", "line_no": 3083}`),
			we("2026-11-29T07:42:03.118Z|2026-11-29T07:42:03.118452Z", Warn, "", `{"written_at": "2026-11-29T07:42:03.118Z", "written_ts": 1795938123118452000, "msg": "404 GET /api/kernels/4d1c8e2a-7b3f-4e9a-b6d0-2c5f8a1e9b37/channels?session_id=f0c2 (ana@10.20.7.41) 3.21ms referer=None", "type": "log", "logger": "ServerApp", "thread": "MainThread", "level": "WARNING", "module": "log", "line_no": 99}`),
			we("2026-11-29T07:42:41.509Z|2026-11-29T07:42:41.509330Z", Warn, "", `{"written_at": "2026-11-29T07:42:41.509Z", "written_ts": 1795938161509330000, "msg": "AsyncIOLoopKernelRestarter: restarting kernel (1/5), keep random ports", "type": "log", "logger": "ServerApp", "thread": "MainThread", "level": "WARNING", "module": "restarter", "line_no": 173}`),
			we("2026-11-29T07:42:55.77Z|2026-11-29T07:42:55.770216Z", Error, "", `{"written_at": "2026-11-29T07:42:55.770Z", "written_ts": 1795938175770216000, "msg": "Uncaught exception GET /api/contents/runs?content=1 (10.20.7.41)", "type": "log", "logger": "ServerApp", "thread": "MainThread", "level": "ERROR", "module": "web", "line_no": 1875, "exc_info": "Traceback (most recent call last):\n  File \"/opt/venv/lib/python3.12/site-packages/tornado/web.py\", line 1790, in _execute\n    result = await result\nPermissionError: [Errno 13] Permission denied: '/srv/notebooks/runs/.ipynb_checkpoints'", "filename": "web.py"}`),
		},
	},

	// GPU monitoring.
	{
		name:   "dcgm-exporter-kubectl-timestamps",
		source: "NVIDIA dcgm-exporter 3.3 as a Kubernetes DaemonSet, read with `kubectl logs --timestamps ds/dcgm-exporter`: the container runtime's RFC 3339 nanosecond time before each line, which is Go's plain `yyyy/MM/dd HH:mm:ss maxprocs: …` line, logrus' `time=\"…\" level=… msg=\"…\"`, or the Prometheus exporter-toolkit's go-kit `level=info ts=… caller=tls_config.go:N msg=…`: NVIDIA/dcgm-exporter issues #393 (the timestamped lines and maxprocs), #250 (the go-kit lines beside logrus'), #385 and #303. dcgm-exporter is in no table (fresh24's DCGM family is nv-hostengine)",
		why:    "the runtime's nanosecond UTC time first and a second version of the same time inside each line; logrus' and go-kit's level keys; the listening address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102331875Z|2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16.102331875Z 2026/11/29 07:41:16 maxprocs: Leaving GOMAXPROCS=112: CPU quota undefined"),
			we("2026-11-29T07:41:16.104118204Z|2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16.104118204Z time="2026-11-29T07:41:16Z" level=info msg="Starting dcgm-exporter"`),
			we("2026-11-29T07:41:16.471902336Z|2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16.471902336Z time="2026-11-29T07:41:16Z" level=info msg="DCGM successfully initialized!"`),
			we("2026-11-29T07:41:16.519330817Z|2026-11-29T07:41:16Z", Warn, "", `2026-11-29T07:41:16.519330817Z time="2026-11-29T07:41:16Z" level=warning msg="Skipping line 20 ('DCGM_FI_PROF_GR_ENGINE_ACTIVE'): metric not enabled"`),
			we("2026-11-29T07:41:21.836003117Z|2026-11-29T07:41:21.835Z", Info, "", `2026-11-29T07:41:21.836003117Z level=info ts=2026-11-29T07:41:21.835Z caller=tls_config.go:313 msg="Listening on" address=[::]:9400`),
			we("2026-11-29T07:52:40.020551902Z|2026-11-29T07:52:40Z", Error, "", `2026-11-29T07:52:40.020551902Z time="2026-11-29T07:52:40Z" level=error msg="Failed to collect metrics; err: Host engine is not valid any longer"`),
		},
	},
	{
		name:   "nvidia-smi-q-cron-appended",
		gap:    "the `==============NVSMI LOG==============` banner is an entry of its own (with the empty line under it) with no time, and each report's entry starts at its `Timestamp                                 : Sun Nov 29 07:45:01 2026` line instead (whose time is read); the second report's banner is joined to the end of the first report's entry, and `NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. …` to the end of the second's",
		source: "a cron job appending `nvidia-smi -q -d TEMPERATURE,POWER` to /var/log/gpu/nvsmi-q.log every five minutes (driver 570): each report opens with an empty line and `==============NVSMI LOG==============`, then `Timestamp : <ctime>` in the node's clock, the driver and CUDA versions, and the GPUs' indented sections; once the driver is gone, nvidia-smi's one-line failure instead: nvidia-smi(1) (-q, -d), mikaku/Monitorix issue #28 and NVIDIA/nvidia-docker issues #954 and #1330 (the report's layout). nvidia-smi's table, query CSV and dmon are earlier tables'; the -q report is in none",
		why:    "a report is one record through its inner empty lines, its time the Timestamp field under the banner, read as UTC; the empty line before each banner is no record; `41 C` and `N/A` are readings, no level; the bus id is no host",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:45:01Z", Unknown, "",
				"==============NVSMI LOG==============",
				"",
				"Timestamp                                 : Sun Nov 29 07:45:01 2026",
				"Driver Version                            : 570.86.15",
				"CUDA Version                              : 12.8",
				"",
				"Attached GPUs                             : 2",
				"GPU 00000000:18:00.0",
				"    Temperature",
				"        GPU Current Temp                  : 41 C",
				"        GPU T.Limit Temp                  : 43 C",
				"        GPU Shutdown T.Limit Temp         : -8 C",
				"        GPU Slowdown T.Limit Temp         : -2 C",
				"        GPU Max Operating T.Limit Temp    : 0 C",
				"        GPU Target Temperature            : N/A",
				"        Memory Current Temp               : 52 C",
				"        Memory Max Operating T.Limit Temp : 0 C",
				"    GPU Power Readings",
				"        Average Power Draw                : 598.12 W",
				"        Instantaneous Power Draw          : 612.40 W",
				"        Current Power Limit               : 700.00 W",
				"        Default Power Limit               : 700.00 W",
				"",
				"GPU 00000000:2A:00.0",
				"    Temperature",
				"        GPU Current Temp                  : 44 C",
				"        GPU T.Limit Temp                  : 40 C",
				"        GPU Shutdown T.Limit Temp         : -8 C",
				"        GPU Slowdown T.Limit Temp         : -2 C",
				"        GPU Max Operating T.Limit Temp    : 0 C",
				"        GPU Target Temperature            : N/A",
				"        Memory Current Temp               : 55 C",
				"        Memory Max Operating T.Limit Temp : 0 C",
				"    GPU Power Readings",
				"        Average Power Draw                : 577.83 W",
				"        Instantaneous Power Draw          : 601.02 W",
				"        Current Power Limit               : 700.00 W",
				"        Default Power Limit               : 700.00 W",
				""),
			wskip(""),
			we("2026-11-29T07:50:01Z", Unknown, "",
				"==============NVSMI LOG==============",
				"",
				"Timestamp                                 : Sun Nov 29 07:50:01 2026",
				"Driver Version                            : 570.86.15",
				"CUDA Version                              : 12.8",
				"",
				"Attached GPUs                             : 2",
				"GPU 00000000:18:00.0",
				"    Temperature",
				"        GPU Current Temp                  : 42 C",
				"        GPU T.Limit Temp                  : 42 C",
				"        Memory Current Temp               : 53 C",
				"    GPU Power Readings",
				"        Instantaneous Power Draw          : 640.02 W",
				"        Current Power Limit               : 700.00 W",
				"",
				"GPU 00000000:2A:00.0",
				"    Temperature",
				"        GPU Current Temp                  : 33 C",
				"        GPU T.Limit Temp                  : 51 C",
				"        Memory Current Temp               : 38 C",
				"    GPU Power Readings",
				"        Instantaneous Power Draw          : 71.20 W",
				"        Current Power Limit               : 700.00 W",
				""),
			we("", Unknown, "", "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running."),
			wskip(""),
		},
	},
}

func TestFresh188Formats(t *testing.T) { assertTable(t, fresh188Cases) }

func TestFresh188Score(t *testing.T) {
	checkScore(t, "fresh188 formats", fresh188Cases, [worldNumFields]float64{93.9, 92.2, 93.9, 85.6})
}
