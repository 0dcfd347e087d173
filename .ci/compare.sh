#!/usr/bin/env bash
# compare.sh - measures trawl beside lnav (load and first screen) and fzf (search) on the same
# corpus, in one run, for the README's Performance section. Not part of CI: it takes minutes and
# needs ../shared/tools (gen-corpus.go, ttfs.sh) beside the repository.
#
#   .ci/compare.sh [load|search|headless|live|all]     (default: all)
#
# Corpora are generated once under $TRAWL_BENCH_DIR (default /tmp/trawl-compare): 1 GB for loading,
# 165 MB (about 1,000,000 lines) for search.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
shared=../shared/tools
work=${TRAWL_BENCH_DIR:-/tmp/trawl-compare}
mkdir -p "$work"
for tool in lnav fzf tmux; do
	command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq lnav fzf tmux >/dev/null; break; }
done
go build -o "$work/trawl" .
trawl=$work/trawl

corpus() { # SIZE SEED -> directory
	local dir=$work/corpus-$1
	[ -f "$dir/app.json" ] || go run "$shared/gen-corpus.go" -size "$1" -seed "$2" -out "$dir" >&2
	echo "$dir"
}

now() { date +%s%N; }

# commas 1234567 -> 1,234,567, as trawl's status bar writes counts.
commas() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# waitscreen SOCKET TEXT TIMEOUT_S: polls a tmux pane every 5 ms until TEXT shows; prints the time.
waitscreen() {
	local deadline=$(($(now) + $3 * 1000000000))
	while ! tmux -L "$1" capture-pane -p -t main 2>/dev/null | grep -qF -- "$2"; do
		(($(now) < deadline)) || { echo "timeout waiting for '$2'" >&2; tmux -L "$1" capture-pane -p -t main | tail -3 >&2; return 1; }
		sleep 0.005
	done
	now
}

load() {
	local dir newest
	dir=$(corpus 1GB 1)
	echo "## First screen on $(du -sh "$dir" | cut -f1) in 7 files (ttfs.sh, 200x50, median of 3)"
	# lnav shows its first page of log lines once it has indexed everything, when its status line
	# reads 100% (before that it shows a file list and a lower percentage).
	bash "$shared/ttfs.sh" -n 3 -l lnav -o "$work/ttfs.tsv" -m "100%" -- lnav "$dir"/*
	# trawl shows the newest entries of every file at once: the same entry, by its time of day.
	newest=$(tail -n 1 "$dir/java-app.log" | cut -c12-23 | tr , .)
	TZ=UTC bash "$shared/ttfs.sh" -n 3 -l "trawl (last 1000 lines/file)" -o "$work/ttfs.tsv" -m "$newest" -- "$trawl" "$dir"/*
	# With --all it reads everything in the background; its first screen of entries comes at once.
	TZ=UTC bash "$shared/ttfs.sh" -n 3 -l "trawl --all (first screen)" -o "$work/ttfs.tsv" -m " INFO " -- "$trawl" --all "$dir"/*
}

headless() {
	local dir
	dir=$(corpus 1GB 1)
	echo "## Headless dump of the 1 GB corpus to /dev/null"
	for i in 1 2 3; do
		/usr/bin/env time -f "trawl --json --no-follow --all: %e s wall, %U s user, %M KB max RSS" \
			"$trawl" --json --no-follow --all "$dir"/* >/dev/null
	done
}

# search TOOL QUERY: time from sending QUERY to the final match count on screen, over ~1M lines.
search_one() {
	local tool=$1 query=$2 dir=$3 sock=cmp-$$-$RANDOM expect t0 t1
	tmux -L "$sock" -f /dev/null new-session -d -x 200 -y 50 -s main "sleep 600"
	if [ "$tool" = fzf ]; then
		tmux -L "$sock" respawn-pane -k -t main "env TERM=xterm-256color sh -c 'cat $dir/* | fzf'"
		waitscreen "$sock" "$(cat "$dir"/* | wc -l)/$(cat "$dir"/* | wc -l)" 120 >/dev/null
		expect="$(cat "$dir"/* | fzf --filter "$query" | wc -l)/"
	else
		tmux -L "$sock" respawn-pane -k -t main "env TERM=xterm-256color TZ=UTC $trawl --all $dir/*"
		local total
		total=$("$trawl" --json --no-follow --all "$dir"/* | wc -l)
		total=$(commas "$total")
		waitscreen "$sock" " $total/$total " 120 >/dev/null
		tmux -L "$sock" send-keys -t main /
		sleep 0.3
		expect=" $(commas "$("$trawl" --json --no-follow --all --query "$query" "$dir"/* | wc -l)")/"
	fi
	sleep 1
	t0=$(now)
	tmux -L "$sock" send-keys -t main -l "$query"
	t1=$(waitscreen "$sock" "$expect" 60)
	tmux -L "$sock" kill-server
	echo "$(((t1 - t0) / 1000000))"
}

search() {
	local dir
	dir=$(corpus 165MB 2)
	echo "## Search over $(cat "$dir"/* | wc -l) lines: ms from typing the query to its final match count on screen (median of 3)"
	printf '| query | fzf | trawl |\n|---|---|---|\n'
	for q in e tmou failedpaymnt "'deadline"; do
		local f=() t=()
		for _ in 1 2 3; do
			f+=("$(search_one fzf "$q" "$dir")")
			t+=("$(search_one trawl "$q" "$dir")")
		done
		med() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
		printf '| `%s` | %s | %s |\n' "$q" "$(med "${f[@]}")" "$(med "${t[@]}")"
	done
}


# live: trawl in tmux while gen-corpus appends 50,000 records/s to its 7 files. Over 10 s it
# counts the distinct screens a 5 ms poll of the pane sees (a lower bound of the frames written
# that changed something), then times keystrokes under that load: / opens the search prompt and
# Escape closes it, each from sending the key to its effect on screen. Resident memory is read
# at the end.
live() {
	local dir=$work/live sock=live-$$ gen pid t0 t1 frames=0 last="" screen i lat=() cpu0
	rm -rf "$dir"
	mkdir -p "$dir"
	go build -o "$work/gen-corpus" "$shared/gen-corpus.go"
	"$work/gen-corpus" -size 0 -out "$dir" -follow -rate 50000 -duration 60s >/dev/null 2>&1 &
	gen=$!
	sleep 2
	tmux -L "$sock" -f /dev/null new-session -d -x 200 -y 50 -s main "env TERM=xterm-256color $trawl $dir/*"
	sleep 3
	pid=$(tmux -L "$sock" display-message -p -t main '#{pane_pid}')
	echo "## Live: gen-corpus -follow -rate 50000 into 7 files, trawl in tmux 200x50"
	cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
	t0=$(now)
	while (($(now) - t0 < 10000000000)); do
		screen=$(tmux -L "$sock" capture-pane -p -t main)
		[ "$screen" != "$last" ] && frames=$((frames + 1)) && last=$screen
		sleep 0.005
	done
	echo "distinct screens seen in 10 s: $frames ($((frames / 10)) a second; the poll sees at most ~100 a second)"
	echo "trawl's CPU meanwhile: $(( ($(awk '{print $14 + $15}' "/proc/$pid/stat") - cpu0) * 100 / $(getconf CLK_TCK) / 10 ))% of a core"
	for i in 1 2 3 4 5; do
		t0=$(now)
		tmux -L "$sock" send-keys -t main /
		t1=$(waitscreen "$sock" "search: words" 10) || t1=$t0
		lat+=($(((t1 - t0) / 1000000)))
		sleep 0.3
		tmux -L "$sock" send-keys -t main Escape
		sleep 0.5
	done
	echo "keystroke to screen (ms, / opening the search prompt): ${lat[*]}"
	grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | tr '\n' ' '
	echo
	tmux -L "$sock" kill-server
	kill "$gen" 2>/dev/null || true
	wait "$gen" 2>/dev/null || true
	du -sh "$dir" | cut -f1 | sed 's/^/written meanwhile: /'
}

case $what in
load) load ;;
search) search ;;
headless) headless ;;
live) live ;;
all) headless; load; search ;;
esac
