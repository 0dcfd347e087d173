package parse

import "testing"

// The six-hundred-and-forty-eighth fresh table: language servers' and IDEs' logs as people attach
// them to editor and language-server bug reports, shapes no earlier table holds. Each family is one
// product's documented or observed output: coc.nvim's log file (log4js `ISO LEVEL (pid:N)
// [category] - msg`); Emacs Eglot's events buffer (jsonrpc.el's `[jsonrpc] e[HH:MM:SS.mmm] -->
// method[id] json`); the Dart analysis server's instrumentation log (`<epoch ms>:Req:` with doubled
// colons); Dart-Code's captured log (a header block, `[h:mm:ss AM] [Category] [Level] msg`, and
// started and ended lines with a GMT offset and a zone name); Sublime Text LSP's log panel (`::
// [HH:mm:ss.SSS] --> server method (id): params`); Pylance, the pyright-based server, in VS Code's
// log output channel (the channel's stamp and `[info]` around the language client's `[Info  -
// HH:mm:ss]`); jdtls in VS Code's Java output channel (the client's `[Info  - h:mm:ss AM]` around
// jdtls's own `MMM d, yyyy, h:mm:ss AM`, a banner and a stack under a record); and Neovim 0.5's
// lsp.log (`[ LEVEL ] ISO±hhmm ] file:line ]`, the layout before the one fresh98 holds).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`gopls`, `rust-analyzer`, `rust_analyzer`, `clangd`, `pyright`,
// `pylance`, `Pylance`, `basedpyright`, `Pyright language`, `jdtls`, `eclipse.jdt`, `jdt.ls`,
// `JDT Language`, `Initializing JDT`, `>> document/`, `java language server`, `vscode-java`,
// `client.log`, `idea.log`, `jetbrains`, `toolbox`, `backend.log`, `|I| `, `rider`, `gateway`,
// `fleet`, `goland`, `webstorm`, `pycharm`, `android studio`, `!ENTRY`, `!MESSAGE`, `neovim`,
// `lsp.log`, `vim.lsp`, `nvim-lspconfig`, `mason`, `[START]`, `[ERROR][`, `[WARN][`,
// `[ ERROR ]`, `[ ERROR ] 20`, `rpc.lua:462`, `rpc.receive`, `rpc.send`, `LSP[`,
// `typescript-language-server`, `tsserver`, `Info 0 `, `omnisharp`, `OmniSharp`, `roslyn`,
// `csharp`, `Dev Kit`, `lua-language-server`, `sumneko`, `haskell-language-server`, `hls`,
// `elixir-ls`, `ElixirLS`, `metals`, `bloop`, `kotlin`, `kotlin-language-server`,
// `KotlinLanguageServer`, `jedi`, `pylsp`, `python-lsp`, `ccls`, `sourcekit`, `sourcekit-lsp`,
// `solargraph`, `ruby-lsp`, `Ruby LSP`, `intelephense`, `phpactor`, `zls`, `terraform-ls`,
// `yaml-language-server`, `vscode`, `LogOutputChannel`, `[Window`, `Zed.log`, `emacs`, `eglot`,
// `lsp-mode`, `lsp-log`, `[jsonrpc]`, `] e[`, `--> initialize`, `--> `, `[inferior]`, `[stderr]`,
// `helix`, `helix.log`, `kakoune`, `kak-lsp`, `kakoune-lsp`, `DEBG`, `ERRO`, `sublime`, `LSP-`,
// `LSP-pyright`, `-> LSP`, `:: [`, `<<< `, `[LSP]`, `Xcode`, `visual studio`, `ActivityLog`,
// `devenv`, `netbeans`, `messages.log`, `qtcreator`, `qt creator`, `kdevelop`, `lapce`, `cursor`,
// `copilot`, `tabnine`, `gradle`, `sbt`, `dune`, `ocamllsp`, `ocaml-lsp`, `erlang_ls`, `els_`,
// `gleam`, `deno`, `biome`, `eslint`, `tailwind`, `svelte`, `volar`, `vue-language`,
// `bash-language-server`, `marksman`, `texlab`, `ltex`, `ltex-ls`, `taplo`, `buf `, `nil_ls`,
// `nixd`, `dartls`, `dart analysis`, `dart`, `analysis server`, `instrumentation`, `:Req:`,
// `:Ver:`, `:Noti:`, `1732`, `Dart-Code`, `DartToolingDaemon`, `[General]`, `[Info] [Dart`,
// `[Dart ]`, `<== [VM]`, `Log file started`, `GMT+0000`, `Greenwich Mean Time`, `flutter`,
// `clojure-lsp`, `clj-kondo`, `fsautocomplete`, `ionide`, `purescript`, `rls`, `racer`, `godot`,
// `unity`, `monodevelop`, `spyder`, `jupyter`, `code-server`, `theia`, `atom`, `brackets`, `geany`,
// `kate`, `gnome-builder`, `codeblocks`, `code::blocks`, `vimspector`, `ale`, `coc.nvim`, `coc-`,
// `(pid:`, `INFO (pid:`, `vim-lsp`, `LanguageClient`, `[ Info:`, `[server]`, `[internal]`,
// `daemon`, `[Info  - `, `[Info  - 7:41`, `[Trace - `, `[Error - `, `[info] [`, `[info] [Info`,
// `[info] (Client)`, `(Client)`, `AM] Nov`, `PM] Nov`). None of coc.nvim's log, Eglot's events
// buffer, the Dart analysis server's instrumentation log, Dart-Code's log, Sublime LSP's log
// panel, Pylance's output, jdtls's output or Neovim 0.5's lsp.log is in any table (`(pid:`, `[
// ERROR ]`, `:: [`, `GMT+0000`, `[General]`, `(Client)` and `:Req:` match only other products'
// lines; `pyright` only `copyright`; `sublime` only an app list and Xdebug's Sublime plugin).
// Left out as measured already: gopls, rust-analyzer, clangd, tsserver and its typings installer,
// Metals, the Haskell and Lua language servers, python-lsp-server, OmniSharp, Helix, NetBeans and
// Neovim's later lsp.log (`[ERROR][date]`, fresh98), Neovim's $NVIM_LOG_FILE (fresh11), JetBrains'
// idea.log (fresh8, fresh33, fresh38) and the Toolbox App (fresh91), Eclipse's .metadata/.log
// (fresh39), Android Studio's idea.log, Visual Studio's ActivityLog and Zed's log. Left out as not
// confirmed by any search: kak-lsp's log, ccls's log, sourcekit-lsp and the Kotlin language server.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). coc.nvim's, Pylance's channel's and Neovim 0.5's stamps carry a date;
// coc.nvim's and Pylance's have no zone and are read as UTC, Neovim's `+0100` is converted. Eglot's,
// Sublime LSP's and Dart-Code's records carry a time of day only and are on the clock's day;
// Dart-Code's started and ended lines carry a date and `GMT+0000`. The analysis server's time is
// Unix milliseconds. Pylance's channel stamp and the language client's time of day inside it are the
// same second and either is accepted; jdtls's client time and its own date name the same second.
// Levels only where the line marks one: coc.nvim's level word, Eglot's D (jsonrpc.el's debug
// event; e marks a message's origin and no level), Dart-Code's bracketed Info Warn Error, the VS
// Code channel's `[info]` (the client's `[Error - …]` inside it is the message's), the client's
// bracket for jdtls, Neovim's `[ LEVEL ]` (START is none). The analysis server's kinds (Ver, Req,
// Res) and Sublime's arrows are no levels. No record here has a host field: pids, language
// servers' names, Dart's `[VM]` and workspace folders are no hosts. A record that spans lines is
// one entry: jdtls's banner and its stack, Pylance's `  Code: …` under its message line.
// Dart-Code's header block is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a
// layout the source says "from memory" (Sublime's response duration, jdtls's stack, Neovim 0.5's
// START, INFO, DEBUG and WARN lines); no family rests on memory alone. Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 87.9 %, time 58.3 %, host 97.9 %, records 95.8 %.
// That is the macro figure (micro: level 88.4 %, time 60.5 %, host 97.7 %, records 95.3 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are Eglot's time of day glued to its one-letter mark (and the
// mark e read as the level error), Sublime LSP's bracketed time after `::`, jdtls's 12-hour client
// time and its `Nov 29, 2026, 7:41:16 AM`, neither of which is read, and in Dart-Code's log the
// first record after the header, which gets no time, and the closing `Log file ended` line, which is
// joined to the record before it.

var fresh648Cases = []worldCase{
	{
		name:   "coc-nvim-log",
		source: "coc.nvim's log file (coc-nvim.log under $XDG_RUNTIME_DIR, or $NVIM_COC_LOG_FILE; log4js `yyyy-MM-ddTHH:mm:ss.SSS LEVEL (pid:N) [category] - msg`, levels DEBUG INFO WARN ERROR): neoclide/coc.nvim issues #1278, #2556 and #2890 (pasted logs) and #1843",
		why:    "a zone-less ISO time with milliseconds (UTC by the rules), the level word, then `(pid:N)` and a bracketed category; the pid and the language server's name are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.311Z", Debug, "", "2026-11-29T07:41:16.311 DEBUG (pid:51877) [events] - Event: BufEnter [ 1 ]"),
			we("2026-11-29T07:41:16.342Z", Info, "", `2026-11-29T07:41:16.342 INFO (pid:51877) [services] - registered service "languageserver.clangd"`),
			we("2026-11-29T07:41:16.343Z", Debug, "", "2026-11-29T07:41:16.343 DEBUG (pid:51877) [services] - starting service: clangd"),
			we("2026-11-29T07:41:16.344Z", Info, "", "2026-11-29T07:41:16.344 INFO (pid:51877) [services] - clangd state change: stopped => starting"),
			we("2026-11-29T07:41:16.402Z", Warn, "", `2026-11-29T07:41:16.402 WARN (pid:51877) [attach] - Plugin not ready when received "CocAction" [ "doHover" ]`),
			we("2026-11-29T07:41:21.118Z", Error, "", "2026-11-29T07:41:21.118 ERROR (pid:51877) [language-client-index] - Server languageserver.clangd failed to start: Error: spawn clangd-19 ENOENT"),
		},
	},
	{
		name:   "eglot-events-buffer",
		source: "Emacs Eglot's events buffer as pasted into bug reports (jsonrpc.el's jsonrpc--log-event: `[jsonrpc] X[HH:MM:SS.mmm] --> method[id] json`, X is E for an error event, D for a debug one, and otherwise e for an exchanged message or i for an internal one): joaotavora/eglot issue #1588 (a pasted events buffer) and jsonrpc.el 1.0.27's source (found with find_string)",
		why:    "a bare time of day with milliseconds inside brackets after a one-letter mark (the clock's day); D is debug, while e marks a message's origin and carries no level; the JSON payload's ids and paths are no times and no host",
		gap:    "the time of day in brackets glued to the one-letter mark (`[jsonrpc] e[07:41:16.104]`) is not read, and the origin mark `e` is read as the level error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Debug, "", "[jsonrpc] D[07:41:16.102] Running language server: /home/ines/.local/bin/basedpyright-langserver --stdio"),
			we("2026-11-29T07:41:16.104Z", Unknown, "", `[jsonrpc] e[07:41:16.104] --> initialize[1] {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":30412,"clientInfo":{"name":"Eglot","version":"1.19"},"rootPath":"/home/ines/src/tidewatch/","rootUri":"file:///home/ines/src/tidewatch","initializationOptions":{},"capabilities":{"workspace":{"applyEdit":true,"configuration":true,"workspaceFolders":true}}}}`),
			we("2026-11-29T07:41:16.688Z", Unknown, "", `[jsonrpc] e[07:41:16.688] <-- initialize[1] {"jsonrpc":"2.0","id":1,"result":{"capabilities":{"hoverProvider":{"workDoneProgress":true},"definitionProvider":{"workDoneProgress":true},"textDocumentSync":2}}}`),
			we("2026-11-29T07:41:16.690Z", Unknown, "", `[jsonrpc] e[07:41:16.690] --> initialized {"jsonrpc":"2.0","method":"initialized","params":{}}`),
			we("2026-11-29T07:41:17.215Z", Unknown, "", `[jsonrpc] e[07:41:17.215] <-- window/logMessage {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":3,"message":"Found 38 source files"}}`),
		},
	},
	{
		name:   "dart-analysis-server-instrumentation-log",
		source: "the Dart analysis server's --instrumentation-log-file (dart.analyzerInstrumentationLogFile in Dart-Code: `<epoch ms>:Kind:payload`, kinds Ver, Req, Res, colons inside the payload doubled): dart-lang/sdk issue #37338 (a pasted log) and #55084, Dart-Code/Dart-Code PR #221",
		why:    "the record's time is a Unix time in milliseconds before the first colon; Ver, Req and Res are kinds of record, no level; the doubled colons of the JSON and the start time in the Ver line are no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "1795938076204:Ver:1795938075990:Dart-Code.dart-code:3.124.0:1.27.1:3.10.1"),
			we("2026-11-29T07:41:16.733Z", Unknown, "", `1795938076733:Req:{"jsonrpc"::"2.0","id"::1,"method"::"initialize","params"::{"processId"::41877,"rootUri"::"file::///home/ines/src/quayside_app","capabilities"::{"workspace"::{"applyEdit"::true}},"trace"::"off"}}`),
			we("2026-11-29T07:41:18.016Z", Unknown, "", `1795938078016:Res:{"id"::1,"jsonrpc"::"2.0","result"::{"capabilities"::{"textDocumentSync"::{"openClose"::true,"change"::2},"hoverProvider"::true,"definitionProvider"::true}}}`),
			we("2026-11-29T07:41:18.052Z", Unknown, "", `1795938078052:Req:{"jsonrpc"::"2.0","id"::7,"method"::"textDocument/hover","params"::{"textDocument"::{"uri"::"file::///home/ines/src/quayside_app/lib/main.dart"},"position"::{"line"::41,"character"::12}}}`),
			we("2026-11-29T07:41:20.417Z", Unknown, "", `1795938080417:Res:{"id"::7,"jsonrpc"::"2.0","error"::{"code"::-32007,"message"::"File is not being analyzed"}}`),
		},
	},
	{
		name:   "dart-code-captured-log",
		source: "Dart-Code's log file from `Dart: Capture Logs` in VS Code (a header with the workspace, SDKs and logging categories, `Ddd Mmm dd yyyy [HH:mm:ss GMT+0000 (zone name)] Log file started`, then `[h:mm:ss AM] [Category] [Level] msg`, levels Info Warn Error): Dart-Code/Dart-Code issues #5423 and #1815 (pasted logs)",
		why:    "a 12-hour time of day without a date (the clock's day) with the level in the third bracket; the started and ended lines carry a date with a GMT offset and a zone name; `[Dart ]` and `[VM]` name a debug session, no host",
		gap:    "the first `[7:41:18 AM] [General] [Info]` record after the header gets no time, and the closing `Sun Nov 29 2026 [07:44:02 GMT+0000 (Greenwich Mean Time)] Log file ended` line is joined to the record before it",
		entries: []worldEntry{
			wskip("!! PLEASE REVIEW THIS LOG FOR SENSITIVE INFORMATION BEFORE SHARING !!",
				"",
				"Workspace type: Dart (LSP)",
				"Workspace name: quayside_app",
				"",
				"Dart (3.10.1): /home/ines/sdk/dart-sdk",
				"",
				"",
				"Logging Categories:",
				"    General, Analyzer, CommandProcesses",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 2026 [07:41:16 GMT+0000 (Greenwich Mean Time)] Log file started"),
			we("2026-11-29T07:41:18Z", Info, "", `[7:41:18 AM] [General] [Info] [Dart ] ==> [VM] {"jsonrpc":"2.0","id":"7","method":"getVM","params":{}}`),
			we("2026-11-29T07:41:18Z", Info, "", `[7:41:18 AM] [General] [Info] [Dart ] <== [VM] {"jsonrpc":"2.0","result":{"type":"VM","name":"vm","architectureBits":64,"operatingSystem":"linux","targetCPU":"x64"},"id":"7"}`),
			we("2026-11-29T07:41:22Z", Warn, "", "[7:41:22 AM] [General] [Warn] No debug session found for isolate isolates/4417802954061187"),
			we("2026-11-29T07:41:25Z", Error, "", "[7:41:25 AM] [CommandProcesses] [Error] Process dart pub get exited with code 69"),
			we("2026-11-29T07:44:02Z", Unknown, "", "Sun Nov 29 2026 [07:44:02 GMT+0000 (Greenwich Mean Time)] Log file ended"),
		},
	},
	{
		name:   "sublime-lsp-log-panel",
		source: "Sublime Text LSP's log panel (`LSP: Toggle Log Panel`: `:: [HH:mm:ss.SSS] --> server method (id): params`, `->` for a client notification, `<-` for a server one, `<<<` for a response, Python reprs of the payloads): sublimelsp/LSP PR #2444 and issue #272, pherrymason/c3-lsp issue #28 (pasted panels); the response line's `(duration: …)` from memory",
		why:    "a bare time of day with milliseconds after `::` (the clock's day); the arrows mark a direction, no level; LSP-pyright is the server's name, no host",
		gap:    "the bracketed time of day after the `::` prefix (`:: [07:41:16.204] --> …`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `:: [07:41:16.204] --> LSP-pyright initialize (1): {'processId': 48213, 'clientInfo': {'name': 'Sublime Text LSP', 'version': '2.4.0'}, 'rootUri': 'file:///home/ines/src/tidewatch', 'rootPath': '/home/ines/src/tidewatch', 'workspaceFolders': [{'name': 'tidewatch', 'uri': 'file:///home/ines/src/tidewatch'}]}`),
			we("2026-11-29T07:41:16.871Z", Unknown, "", `:: [07:41:16.871] <<< LSP-pyright (1) (duration: 667ms): {'capabilities': {'hoverProvider': {'workDoneProgress': True}, 'definitionProvider': {'workDoneProgress': True}}}`),
			we("2026-11-29T07:41:16.873Z", Unknown, "", ":: [07:41:16.873] ->  LSP-pyright initialized: {}"),
			we("2026-11-29T07:41:16.874Z", Unknown, "", `:: [07:41:16.874] ->  LSP-pyright textDocument/didOpen: {'textDocument': {'uri': 'file:///home/ines/src/tidewatch/tides.py', 'languageId': 'python', 'version': 0, 'text': 'import math\n'}}`),
			we("2026-11-29T07:41:17.430Z", Unknown, "", `:: [07:41:17.430] <-  LSP-pyright window/logMessage: {'message': 'Found 12 source files', 'type': 3}`),
		},
	},
	{
		name:   "pylance-vscode-output-channel",
		source: "Pylance's output channel in VS Code (a LogOutputChannel: `yyyy-MM-dd HH:mm:ss.SSS [info] msg`, the language client's own `[Info  - HH:mm:ss] (pid) msg` inside it; an error's detail on its own stamped line with an unstamped line after it): microsoft/pylance-release issues #5212 and #6394 (pasted output)",
		why:    "a zone-less date and time (UTC by the rules) with the channel's level word; the client's time of day inside is the same second and is accepted too; the channel's `[info]` is the record's level, the client's `[Error - …]` is part of the message; `(24188)` is a pid; `  Code: …` belongs to the line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.085Z", Info, "", "2026-11-29 07:41:16.085 [info] (Client) Pylance async client (2026.11.2) started with python extension (2026.20.1)"),
			we("2026-11-29T07:41:16.125Z|2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16.125 [info] [Info  - 07:41:16] (24188) Pylance language server 2026.11.2 (pyright-1.1.407-5c2e7f81) starting"),
			we("2026-11-29T07:41:16.126Z|2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16.126 [info] [Info  - 07:41:16] (24188) Server root directory: c:\Users\ines\.vscode\extensions\ms-python.vscode-pylance-2026.11.2\dist`),
			we("2026-11-29T07:41:16.131Z|2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16.131 [info] [Info  - 07:41:16] (24188) Starting service instance "tidewatch"`),
			we("2026-11-29T07:43:02.551Z|2026-11-29T07:43:02Z", Info, "", "2026-11-29 07:43:02.551 [info] [Error - 07:43:02] Notify file events failed."),
			we("2026-11-29T07:43:02.552Z", Info, "", "2026-11-29 07:43:02.552 [info]   Message: Client is not running", "  Code: -32096 "),
		},
	},
	{
		name:   "jdtls-vscode-java-output",
		source: "Eclipse JDT LS (jdtls) in VS Code's `Language Support for Java` output channel (the language client's `[Level - h:mm:ss AM]`, then jdtls's own local `MMM d, yyyy, h:mm:ss AM` and its message; the startup banner's `\\t- Version:` lines and an exception's stack under it): eclipse-jdtls/eclipse.jdt.ls issue #742 and PR #3689 (pasted lines); the stack under an Error from memory",
		why:    "two zone-less versions of the same second (the client's time of day on the clock's day, jdtls's date in words with a 12-hour time); the level in the client's bracket (Info, Warn, Error); the tab-indented banner and stack lines belong to the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"[Info  - 7:41:16 AM] Nov 29, 2026, 7:41:16 AM Initializing JDT Language Server (Standard)",
				"\t- Version: 1.60.0 (OSGi 1.60.0.202611251412)",
				"\t- Git Commit: 4e1a9c2 - fix: resolve classpath containers lazily"),
			we("2026-11-29T07:41:17Z", Info, "", "[Info  - 7:41:17 AM] Nov 29, 2026, 7:41:17 AM >> document/hover"),
			we("2026-11-29T07:41:19Z", Info, "", "[Info  - 7:41:19 AM] Nov 29, 2026, 7:41:19 AM Importing Maven project(s)"),
			we("2026-11-29T07:41:24Z", Warn, "", "[Warn  - 7:41:24 AM] Nov 29, 2026, 7:41:24 AM The compiler compliance specified is 21 but a JRE 17 is used"),
			we("2026-11-29T07:41:31Z", Error, "",
				"[Error - 7:41:31 AM] Nov 29, 2026, 7:41:31 AM Error in calling delegate command handler",
				"java.lang.IllegalStateException: Workspace is closed.",
				"\tat org.eclipse.core.resources.ResourcesPlugin.getWorkspace(ResourcesPlugin.java:477)",
				"\tat org.eclipse.jdt.ls.core.internal.handlers.WorkspaceExecuteCommandHandler.executeCommand(WorkspaceExecuteCommandHandler.java:161)"),
		},
	},
	{
		name:   "neovim-05-lsp-log-spaced-brackets",
		source: "Neovim 0.5's lsp.log (~/.cache/nvim/lsp.log: `[ LEVEL ] yyyy-MM-ddTHH:mm:ss±hhmm ] file:line ]` then tab-separated vim.inspect'ed values; a server's stderr logged at ERROR): neovim/nvim-lspconfig issue #998 (a pasted log); the START, INFO, DEBUG and WARN lines from memory",
		why:    "the level word padded inside `[ … ]`, then a time with a numeric offset (+0100) closed by ` ]`; a START banner carries no level; the clangd stamp inside the quoted stderr is the server's message, not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[ START ] 2026-11-29T08:41:16+0100 ] LSP logging initiated"),
			we("2026-11-29T07:41:16Z", Info, "", "[ INFO ] 2026-11-29T08:41:16+0100 ] /usr/share/nvim/runtime/lua/vim/lsp.lua:816 ]\t\"Starting RPC client\"\t{ args = { \"--background-index\" }, cmd = \"clangd\", extra = { cwd = \"/home/ines/src/quill\" } }"),
			we("2026-11-29T07:41:16Z", Debug, "", "[ DEBUG ] 2026-11-29T08:41:16+0100 ] /usr/share/nvim/runtime/lua/vim/lsp/rpc.lua:347 ]\t\"rpc.send.payload\"\t{  id = 1,  jsonrpc = \"2.0\",  method = \"initialize\",  params = {    processId = 30412,    rootUri = \"file:///home/ines/src/quill\"  }}"),
			we("2026-11-29T07:41:17Z", Error, "", "[ ERROR ] 2026-11-29T08:41:17+0100 ] /usr/share/nvim/runtime/lua/vim/lsp/rpc.lua:462 ]\t\"rpc\"\t\"clangd\"\t\"stderr\"\t\"I[08:41:17.204] clangd version 12.0.1\\n\""),
			we("2026-11-29T07:41:19Z", Warn, "", "[ WARN ] 2026-11-29T08:41:19+0100 ] /usr/share/nvim/runtime/lua/vim/lsp/rpc.lua:521 ]\t\"server_request: no handler found for\"\t\"workspace/semanticTokens/refresh\""),
		},
	},
}

func TestFresh648Formats(t *testing.T) { assertTable(t, fresh648Cases) }
func TestFresh648Score(t *testing.T) {
	checkScore(t, "fresh648 formats", fresh648Cases, [worldNumFields]float64{87.8, 70.7, 97.8, 95.7})
}
