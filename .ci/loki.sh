#!/usr/bin/env bash
# Builds Grafana Loki and logcli from the Go module proxy for the loki: source tests and figure,
# and caches both binaries. Prints the directory that holds them (loki, logcli).
#
# Loki is a test server here, run as a separate program: trawl never imports its packages (their
# licence does not fit). Its module zip lacks the nested pkg/push module that its go.mod replaces
# with ./pkg/push, so that module is downloaded at the version go.mod names and copied into place.
# The first build takes a few minutes; later runs only print the cached directory.
#
#   TRAWL_LOKI_VERSION  the Loki release (default below)
#   TRAWL_LOKI_CACHE    where built binaries are kept (default $HOME/.cache/trawl-loki)
set -euo pipefail

version=${TRAWL_LOKI_VERSION:-v3.7.8}
out=${TRAWL_LOKI_CACHE:-$HOME/.cache/trawl-loki}/$version
if [ -x "$out/loki" ] && [ -x "$out/logcli" ]; then
	echo "$out"
	exit 0
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
moddir() { go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p'; }

(cd "$work" && go mod init trawl-loki-build >/dev/null 2>&1)
src=$(cd "$work" && moddir "github.com/grafana/loki/v3@$version")
cp -R "$src" "$work/loki"
chmod -R u+w "$work/loki"
push=$(awk '$1 == "github.com/grafana/loki/pkg/push" && $2 ~ /^v/ { print $2; exit }' "$work/loki/go.mod")
pushdir=$(cd "$work" && moddir "github.com/grafana/loki/pkg/push@$push")
rm -rf "$work/loki/pkg/push"
cp -R "$pushdir" "$work/loki/pkg/push"
chmod -R u+w "$work/loki/pkg/push"

mkdir -p "$out.tmp"
(cd "$work/loki" && go build -trimpath -ldflags='-s -w' -o "$out.tmp/loki" ./cmd/loki \
	&& go build -trimpath -ldflags='-s -w' -o "$out.tmp/logcli" ./cmd/logcli)
rm -rf "$out"
mv "$out.tmp" "$out"
echo "$out"
