package parse

import "testing"

// The seven-hundred-and-seventieth fresh table: machine learning training and experiment
// tracking, the frameworks' own training logs that earlier tables have not measured. Each family is
// one product's output: OpenMMLab's MMEngine MMLogger (`yyyy/MM/dd HH:mm:ss - mmengine - LEVEL -`
// with a multi-line Config block); Detectron2's setup_logger console (a year-less `[MM/dd HH:mm:ss
// name]:` with the level word before the bracket only for warnings and errors); PaddleDetection's
// ppdet logger (a year-less `[MM/dd HH:mm:ss] name LEVEL:`); MindSpore's and Ascend CANN's
// `[LEVEL] MODULE(pid:tid,process):yyyy-MM-dd-HH:mm:ss.mmm.uuu [file:line]` lines; NNI's
// nnimanager.log (a US locale time with AM/PM and a bracketed message) and dispatcher.log (a
// zero-padded US locale time, the level, the logger and thread in parentheses, a JSON block);
// MosaicML Composer / LLM Foundry (`time: rankN[pid][thread]: LEVEL: logger: msg`); Ray Tune's
// driver with its legacy `== Status ==` block, whose time is on the block's second line.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `lightning`, `pytorch`, `tensorflow`, `keras`, `absl`,
// `transformers`, `accelerate`, `deepspeed`, `horovod`, `mlflow`, `wandb`, `weights & biases`,
// `debug-internal`, `ray train`, `ray tune`, `raylet`, `optuna`, `kubeflow`, `nemo`, `jax`, `xla`,
// `detectron2`, `detectron`, `d2.engine`, `d2.utils.events`, `Exception during training`,
// `ultralytics`, `yolo`, `torchrun`, `torch.distributed`, `tensorboard`, `hydra`, `Trial `,
// `gloo`, `nccl`, `triton`, `vllm`, `comet`, `neptune`, `clearml`, `sagemaker`, `fairseq`, `mmcv`,
// `mmdet`, `mmengine`, `- mmengine -`, `Epoch(train)`, `paddle`, `ppdet`, `ppocr`, `paddleocr`,
// `catboost`, `xgboost`, `lightgbm`, `dask`, `I1129`, `W1129`, `glog`, `megatron`, `colossal`,
// `onnx`, `openvino`, `tensorrt`, `skypilot`, `mindspore`, `ME(`, `ANALYZER(`, `TEFUSION`,
// `ascend`, `nni`, `nni.experiment`, `nnimanager`, `NNIManager`, `(nni`, `(nni.main`,
// `Datastore initialization`, `metaflow`, `kedro`, `h2o`, `determined`, `composer`, `mosaicml`,
// `rank0[`, `[rank0]:`, `mxnet`, `dmlc`, `ray.tune`, `tune.py`, `tunerinternal`, `== Status ==`,
// `Current time:`, `Trial status`, `RayTrainWorker`, `multiprocessing.api`, `autogluon`, `ludwig`,
// `zenml`, `flyte`, `polyaxon`, `guild`, `timm`, `fastai`, `torchx`, `levanter`, `maxtext`, `t5x`,
// `oneflow`, `sacred`, `tensorboardX`, `lightning.pytorch`, `rank_zero`, `bentoml`, `torchserve`,
// `kserve`, `seldon`. Lightning, Keras, absl, Transformers, Accelerate, DeepSpeed, Horovod, MLflow,
// W&B (its debug.log, whose layout debug-internal.log shares), Optuna, Kubeflow, NeMo, JAX, torchrun,
// Ray's own layouts and Metaflow, Determined, H2O and SkyPilot are measured already, so they were
// left out; MMEngine, Detectron2, PaddleDetection, MindSpore, NNI, Composer and Ray Tune's status
// block match nothing (`ME(` and `nni` only unrelated text, `composer` PHP's Composer, `Current
// time:` other products). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). No family writes a zone, so every time is taken as UTC; Detectron2's and
// PaddleDetection's MM/dd times carry no year and are in 2026; NNI's `7:41:16 AM` is 07:41:16; the
// Ray Tune status block's time is its `Current time:` line, the block's first line carrying none.
// Levels only where the line marks one: MMEngine's, ppdet's, Composer's, NNI's and Ray's level
// columns, MindSpore's bracketed level, Detectron2's WARNING and ERROR prefix (its other lines carry
// no level and give Unknown); the Ray Tune status block carries none. No family writes a host: a
// rank, a pid, a process name or a trial's `ip:port` location is no host, so every host is "".
// Multi-line records: MMEngine's Config block, Detectron2's warning whose message starts on the
// next line and its logged exception with a traceback, NNI's dispatcher JSON block, Composer's
// logged exception, Ray Tune's status table.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (MindSpore's ME(pid:tid,process) form). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 96.9 %, time 84.4 %, host 96.9 %, records 93.8 %.
// That is the macro figure (micro: level 97.0 %, time 84.8 %, host 97.0 %, records 93.9 %), in a
// worktree at 96f33ea with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: MindSpore's and CANN's dashed date-time with a dotted
// microsecond part, glued to the module's parentheses, is not read as a time, and Ray Tune's
// `== Status ==` block is joined to the driver line before it, so its own record is lost.

var fresh770Cases = []worldCase{
	{
		name:   "mmengine-mmlogger-year-slash-config-block",
		source: "OpenMMLab MMEngine's MMLogger (`%(asctime)s - %(name)s - %(levelname)s - %(message)s`, asctime `yyyy/MM/dd HH:mm:ss` in current releases, `MM/dd HH:mm:ss` in early ones): open-mmlab/mmengine issue #935 (`2023/01/31 13:44:41 - mmengine - INFO - Saving checkpoint at 200 epochs`), PR #155 and PR #697 (docs/en/advanced_tutorials/logging.md); the `Config:` block printed after the time from memory",
		why:    "a slashed year-first time, then ` - mmengine - LEVEL - `; the Config dump is one record over many lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:11Z", Info, "",
				"2026/11/29 07:41:11 - mmengine - INFO - Config:",
				"default_scope = 'mmdet'",
				"model = dict(",
				"    type='RTMDet',",
				"    backbone=dict(type='CSPNeXt', deepen_factor=0.67, widen_factor=0.75))"),
			we("2026-11-29T07:41:13Z", Warn, "", "2026/11/29 07:41:13 - mmengine - WARNING - The prefix is not set in metric class CocoMetric."),
			we("2026-11-29T07:41:58Z", Info, "", "2026/11/29 07:41:58 - mmengine - INFO - Epoch(train)  [1][ 50/1172]  base_lr: 2.0000e-04 lr: 1.2500e-05  eta: 11:02:17  time: 0.4122  data_time: 0.0215  memory: 9870  loss: 2.8841  loss_cls: 1.6120  loss_bbox: 1.2721"),
			we("2026-11-29T08:49:03Z", Info, "", "2026/11/29 08:49:03 - mmengine - INFO - Saving checkpoint at 1 epochs"),
		},
	},
	{
		name:   "detectron2-setup-logger-console",
		source: "Detectron2's setup_logger console formatter (`[%(asctime)s %(name)s]: ` with datefmt `%m/%d %H:%M:%S`, and `WARNING ` or `ERROR ` before it for those levels; the train loop's logger.exception(\"Exception during training:\")): facebookresearch/detectron2 issues #2215 (`WARNING [11/01 07:40:22 d2.data.datasets.coco]: ` with the message on the next line), #3756 and #2483",
		why:    "a year-less month/day time inside the bracket with the logger name; info lines carry no level, warnings and errors a word before the bracket; a warning whose message starts on the next line and a logged exception are one record each",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "[11/29 07:41:02 detectron2]: Rank of current process: 0. World size: 2"),
			we("2026-11-29T07:41:09Z", Warn, "",
				"WARNING [11/29 07:41:09 d2.data.datasets.coco]: ",
				"Category ids in annotations are not in [1, #categories]! We'll apply a mapping for you."),
			we("2026-11-29T07:41:12Z", Unknown, "", "[11/29 07:41:12 d2.engine.train_loop]: Starting training from iteration 0"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[11/29 07:41:19 d2.utils.events]:  eta: 2:11:40  iter: 19  total_loss: 1.912  loss_cls: 0.8121  loss_box_reg: 0.7012  loss_rpn_cls: 0.2417  time: 0.3411  data_time: 0.0412  lr: 4.9953e-06  max_mem: 5121M"),
			we("2026-11-29T07:41:25Z", Error, "",
				"ERROR [11/29 07:41:25 d2.engine.train_loop]: Exception during training:",
				"Traceback (most recent call last):",
				"  File \"/opt/conda/lib/python3.11/site-packages/detectron2/engine/train_loop.py\", line 155, in train",
				"    self.run_step()",
				"FloatingPointError: Loss became infinite or NaN at iteration=37!"),
		},
	},
	{
		name:   "paddledetection-ppdet-logger",
		source: "PaddleDetection's ppdet logger (`[%(asctime)s] %(name)s %(levelname)s: %(message)s` with datefmt `%m/%d %H:%M:%S`): PaddlePaddle/PaddleDetection issues #3784 (`[07/26 11:35:50] ppdet.utils.checkpoint INFO: Finish loading model weights: …`), #2800 and #7022; the WARNING line's wording from memory",
		why:    "a year-less month/day time alone in brackets, then the logger name and the level with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[11/29 07:41:16] ppdet.utils.checkpoint INFO: Finish loading model weights: /home/qiu/.cache/paddle/weights/CSPResNetb_s_pretrained.pdparams"),
			we("2026-11-29T07:41:17Z", Warn, "", "[11/29 07:41:17] ppdet.data.source.coco WARNING: Found an invalid bbox in annotations: im_id: 1184, area: 0.0 x1: 412.1, y1: 88.0, x2: 412.1, y2: 120.5."),
			we("2026-11-29T07:41:21Z", Info, "", "[11/29 07:41:21] ppdet.engine INFO: Epoch: [0] [  0/782] learning_rate: 0.000000 loss: 4.118207 loss_cls: 2.401130 loss_iou: 0.581122 loss_dfl: 1.135955 eta: 5:12:44 batch_cost: 0.3001 data_cost: 0.0031 ips: 26.6552 images/s"),
			we("2026-11-29T07:52:40Z", Info, "", "[11/29 07:52:40] ppdet.engine INFO: Save checkpoint: output/ppyoloe_plus_crn_s_80e_parts"),
		},
	},
	{
		name:   "mindspore-ascend-me-log",
		source: "MindSpore's and Ascend CANN's plog layout `[Level] ModuleName(PID,PName):DateTimeMS [FileName:LineNumber]LogContent` with DateTimeMS `yyyy-mm-dd-hh:mm:ss.fff.zzz`: hiascend.com CANN 'Log Overview' (logreference_0001, `[ERROR] TEFUSION(12940,atc):2021-10-17-05:54:07.599.074 [tensor_engine/te_fusion/pywrapper.cc:33]InitPyLogger …`); MindSpore's Python `ME(pid:tid,MainProcess)` form and the C++ `MODULE(pid,tid,python)` form from memory",
		why:    "the level in brackets first, a module with pid and process in parentheses glued by a colon to a dashed date-time whose fraction is milliseconds and microseconds split by a dot",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Warn, "", "[WARNING] ME(40127:281473123456784,MainProcess):2026-11-29-07:41:16.123.456 [mindspore/train/serialization.py:1478] For 'load_param_into_net', 2 parameters in the 'net' are not loaded, because they are not in the 'parameter_dict'."),
			we("2026-11-29T07:41:16.204017Z", Info, "", "[INFO] ME(40127:281473123456784,MainProcess):2026-11-29-07:41:16.204.017 [mindspore/train/model.py:1102] For 'Model.train', the dataset sink mode is enabled, sink_size: 1251"),
			we("2026-11-29T07:41:19.101228Z", Error, "", "[ERROR] DEVICE(40127,ffff8c2e1010,python):2026-11-29-07:41:19.101.228 [mindspore/ccsrc/plugin/device/ascend/hal/device/ascend_kernel_runtime.cc:312] Init] Device 3 call rtSetDevice failed, ret[507033]"),
			we("2026-11-29T07:41:19.599074Z", Error, "", "[ERROR] TEFUSION(40190,atc):2026-11-29-07:41:19.599.074 [tensor_engine/te_fusion/pywrapper.cc:33]InitPyLogger Failed to import te.platform.log_util"),
		},
	},
	{
		name:   "nni-nnimanager-log-locale-time",
		source: "NNI's nnimanager.log (`[M/d/yyyy, h:mm:ss AM] LEVEL [ 'message' ]`, the Node manager's toLocaleString time): microsoft/nni issue #3250 (`[1/1/2021, 5:36:36 PM] INFO [ 'Datastore initialization done' ]`)",
		why:    "a US locale date with a comma, a twelve-hour clock without a leading zero and AM, then the level and the message in a bracketed quoted list",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026, 7:41:16 AM] INFO [ 'Datastore initialization done' ]"),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026, 7:41:16 AM] INFO [ 'Rest server listening on: http://0.0.0.0:8080' ]"),
			we("2026-11-29T07:41:17Z", Info, "", "[11/29/2026, 7:41:17 AM] INFO [ 'Change NNIManager status from: INITIALIZED to: RUNNING' ]"),
			we("2026-11-29T07:43:02Z", Error, "", "[11/29/2026, 7:43:02 AM] ERROR [ 'Trial job Xk3pQ failed with exit code 1' ]"),
		},
	},
	{
		name:   "nni-dispatcher-log-json-block",
		source: "NNI's dispatcher.log (`[MM/dd/yyyy, hh:mm:ss AM] LEVEL (logger/thread) msg`, a JSON dump spanning lines): microsoft/nni issue #3401 (`[02/24/2021, 08:22:16 AM] DEBUG (nni.main/MainThread) START`)",
		why:    "a zero-padded US locale time with AM, the level, the logger and thread in parentheses; the pretty-printed JSON is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Debug, "", "[11/29/2026, 07:41:17 AM] DEBUG (nni.main/MainThread) START"),
			we("2026-11-29T07:41:17Z", Debug, "",
				"[11/29/2026, 07:41:17 AM] DEBUG (nni.main/MainThread) exp_params json obj: [{",
				"    \"experimentName\": \"cifar-resnet-lr\",",
				"    \"trialConcurrency\": 2,",
				"    \"maxExecDuration\": 7200",
				"}]"),
			we("2026-11-29T07:41:18Z", Info, "", "[11/29/2026, 07:41:18 AM] INFO (hyperopt_AutoML/MainThread) Generated parameter id 0: {\"lr\": 0.0132, \"batch_size\": 64}"),
			we("2026-11-29T07:43:05Z", Warn, "", "[11/29/2026, 07:43:05 AM] WARNING (nni.runtime.msg_dispatcher/Thread-1) Trial 0 reported no final metric"),
		},
	},
	{
		name:   "mosaicml-composer-rank-pid-thread",
		source: "MosaicML Composer / LLM Foundry's console format (`%(asctime)s: rank{N}[%(process)d][%(threadName)s]: %(levelname)s: %(name)s: %(message)s`): mosaicml/llm-foundry PR #546 (`2023-08-23 19:25:07,352: rank0[106264][MainThread]: INFO: composer.utils.reproducibility: Setting seed to …`)",
		why:    "a Python comma-millisecond time followed by a colon, then the rank glued to the pid and thread in brackets, then the level with a colon; a logged exception's traceback stays with its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:07.352Z", Info, "", "2026-11-29 07:41:07,352: rank0[5512][MainThread]: INFO: composer.utils.reproducibility: Setting seed to 17"),
			we("2026-11-29T07:41:09.018Z", Debug, "", "2026-11-29 07:41:09,018: rank0[5512][MainThread]: DEBUG: composer.trainer.trainer: Spinning the dataloaders"),
			we("2026-11-29T07:41:11.440Z", Warn, "", "2026-11-29 07:41:11,440: rank1[5513][MainThread]: WARNING: composer.callbacks.speed_monitor: gpu_flops_available is not set, MFU will not be logged"),
			we("2026-11-29T07:48:52.901Z", Error, "",
				"2026-11-29 07:48:52,901: rank0[5512][MainThread]: ERROR: llmfoundry.command_utils.train: Training failed",
				"Traceback (most recent call last):",
				"  File \"/opt/llm-foundry/llmfoundry/command_utils/train.py\", line 601, in train",
				"    trainer.fit()",
				"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79.15 GiB"),
		},
	},
	{
		name:   "ray-tune-driver-legacy-status-block",
		source: "Ray Tune's driver (Ray's `%(asctime)s\\t%(levelname)s %(filename)s:%(lineno)s -- %(message)s`) and its legacy progress reporter's `== Status ==` block (`Current time: yyyy-MM-dd HH:mm:ss (running for …)`, then resources, the logdir and a trial table): ray-project/ray issues #27907 and #29245 (status blocks), ultralytics/ultralytics issue #18551 (`… WARNING tune.py:219 -- Stop signal received …`)",
		why:    "the status block is one record over many lines whose first line carries no time and whose time is on its second line; the table's `ip:port` location is a trial's, no host; the driver lines carry a tab after the time and a level",
		gap:    "the `== Status ==` block is joined to the driver's INFO line before it, so that record runs on into the block and the block's own record (its time on the `Current time:` line) is missing",
		entries: []worldEntry{
			we("2026-11-29T07:40:44.101Z", Info, "", "2026-11-29 07:40:44,101\tINFO tune.py:616 -- [output] This will use the new output engine with verbosity 1."),
			we("2026-11-29T07:41:02Z", Unknown, "",
				"== Status ==",
				"Current time: 2026-11-29 07:41:02 (running for 00:00:17.93)",
				"Using FIFO scheduling algorithm.",
				"Resources requested: 8.0/16 CPUs, 2.0/2 GPUs",
				"Result logdir: /home/ray/ray_results/train_cifar_2026-11-29_07-40-44",
				"Number of trials: 2/2 (2 RUNNING)",
				"+-------------------------+----------+-------------------+-----------+",
				"| Trial name              | status   | loc               |        lr |",
				"|-------------------------+----------+-------------------+-----------|",
				"| train_cifar_4be21_00000 | RUNNING  | 10.20.4.17:41122  | 0.0031214 |",
				"| train_cifar_4be21_00001 | RUNNING  | 10.20.4.17:41123  | 0.0180025 |",
				"+-------------------------+----------+-------------------+-----------+"),
			we("2026-11-29T07:41:29.768Z", Error, "", "2026-11-29 07:41:29,768\tERROR tune.py:1037 -- Trials did not complete: [train_cifar_4be21_00001]"),
			we("2026-11-29T07:41:29.770Z", Info, "", "2026-11-29 07:41:29,770\tINFO tune.py:1041 -- Total run time: 45.67 seconds (44.90 seconds for the tuning loop)."),
		},
	},
}

func TestFresh770Formats(t *testing.T) { assertTable(t, fresh770Cases) }

func TestFresh770Score(t *testing.T) {
	checkScore(t, "fresh770 formats", fresh770Cases, [worldNumFields]float64{96.8, 96.8, 96.8, 93.7})
}
