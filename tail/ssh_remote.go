package tail

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The remote side of an ssh source is one POSIX sh script per host, sent over the connection's
// standard input (so it never depends on the user's login shell, and never shows in ps), that
// follows every file of the host by polling. It needs nothing but sh, stat, dd, tail, wc, date
// and sleep, and runs under nice.
//
// It writes records, each a header line followed, for some types, by a payload of a length the
// header gives:
//
//	TOKEN H                          hello: the script runs and waits for one line on its input
//	TOKEN C SECONDS                  the remote clock (date +%s.%N), just after that line came
//	TOKEN F ID LEN \n PATH           file ID is PATH (a match of a glob or directory)
//	TOKEN O ID INODE OFFSET PARTIAL  file ID is read from OFFSET of INODE on (PARTIAL 1: mid-line)
//	TOKEN D ID INODE OFFSET LEN SIZE \n BYTES   LEN bytes of file ID at OFFSET; the file has SIZE
//	TOKEN R ID INODE LOST            file ID was replaced by INODE (LOST 1: the old file is gone)
//	TOKEN T ID                       file ID was truncated: read again from its start
//	TOKEN X ID LEN \n TEXT           file ID cannot be read: why
//	TOKEN K SECONDS                  heartbeat: at the first poll that found nothing new (the
//	                                 backfill is over), then every few seconds, with the remote time
//	TOKEN P SECONDS                  while following, after each poll: everything the files held
//	                                 when it began, at remote time SECONDS, was sent
//	TOKEN Z                          everything was read (without following): the end
//
// TOKEN is random per connection, so no log line can forge a record: payloads are counted, not
// escaped, so they carry any bytes, and a payload that came out short (a file truncated between
// stat and dd) is found by the token that follows it too early. Data is read from a descriptor
// opened once per file and poll, whose inode is checked, so a rotation between the look and the
// read cannot mix two files.

// remoteTools defines, in the C locale, st PATH (the inode and size of a file, following links)
// and cut OFFSET LENGTH (those bytes of the file open on descriptor 3), with what the host's stat
// and dd offer; with no stat that prints both, it sends an X record and ends.
const remoteTools = `LC_ALL=C; export LC_ALL
if stat -L -c '%i %s' / >/dev/null 2>&1; then
	st() { stat -L -c '%i %s' -- "$1" 2>/dev/null; }
elif stat -L -f '%i %z' / >/dev/null 2>&1; then
	st() { stat -L -f '%i %z' -- "$1" 2>/dev/null; }
else
	m='no stat command that prints an inode and a size'
	printf '%s X -1 %s\n%s' "$tok" "${#m}" "$m"
	exit 1
fi
if dd if=/dev/null iflag=skip_bytes,count_bytes count=0 2>/dev/null; then
	cut() { dd if=/dev/fd/3 iflag=skip_bytes,count_bytes bs=65536 skip="$1" count="$2" 2>/dev/null; }
else
	cut() {
		{ dd bs=1 skip="$1" count=0; dd bs=4096 count=$(($2 / 4096)); dd bs=1 count=$(($2 % 4096)); } </dev/fd/3 2>/dev/null
	}
fi`

// remoteScript follows the files of the prelude. Variables: tok, poll (seconds between polls),
// beat (polls between heartbeats), cap (most bytes per record), back (backfill: lines, or -1 for
// whole files, or 0 for none), follow (empty: read once), nf and p_K/i_K/o_K (path, inode and
// offset of file K; the inode empty when never read), ng and g_J (patterns whose matches are
// followed too), fresh (set on the first connection: the files there at its first poll get the
// backfill, those that appear later are read from their start).
const remoteScript = `
exec 4<&0 </dev/null
` + remoteTools + `
sleep 0.01 2>/dev/null || poll=1
printf '%s H\n' "$tok"
read -r x <&4
printf '%s C %s\n' "$tok" "$(date +%s.%N)"
trap 'exit 0' TERM
( while read -r x; do :; done; kill -TERM $$ ) <&4 >/dev/null 2>&1 &
exec 4<&-

# backfill SIZE: the offset of the last $back lines of the first SIZE bytes of fd 3, in off; part
# is 1 when off may be in the middle of a line.
backfill() {
	part=0
	if [ "$back" -lt 0 ]; then off=0; return; fi
	if [ "$back" -eq 0 ]; then off=$1; return; fi
	w=$((back * 256 + 65536))
	while :; do
		[ "$w" -gt "$1" ] && w=$1
		c=$(cut $(($1 - w)) "$w" | tail -n "$back" | wc -c)
		c=$((c + 0))
		if [ "$c" -lt "$w" ] || [ "$w" -eq "$1" ]; then off=$(($1 - c)); return; fi
		if [ "$w" -ge 67108864 ]; then off=$(($1 - c)); part=1; return; fi
		w=$((w * 2))
	done
}

# send ID INODE OFF LEN SIZE: a data record from fd 3.
send() {
	printf '%s D %s %s %s %s %s\n' "$tok" "$1" "$2" "$3" "$4" "$5"
	cut "$3" "$4"
}

# drain ID: the rest of file ID's old inode, found beside it after a rotation; lost=1 when it is
# not there.
drain() {
	lost=1
	d=${p%/*}
	[ "$d" = "$p" ] && d=.
	[ -z "$d" ] && d=/
	for f in "$d"/* "$d"/.[!.]*; do
		set -- $(st "$f")
		[ "$1" = "$ino" ] || continue
		{
			set -- $(st /dev/fd/3)
			[ "$1" = "$ino" ] || continue
			lost=0
			while [ "$off" -lt "$2" ]; do
				n=$(($2 - off))
				[ "$n" -gt "$cap" ] && n=$cap
				send "$k" "$ino" "$off" "$n" "$2"
				off=$((off + n))
			done
		} 3<"$f"
		return
	done
}

# poll1 K: read what file K gained since the last poll.
poll1() {
	k=$1
	eval "p=\$p_$k ino=\$i_$k off=\$o_$k err=\$e_$k"
	if [ ! -f "$p" ]; then
		# Only regular files are read: a FIFO or a device would stall every file of the host.
		# A file named but missing is waited for while following, and told otherwise.
		if [ -z "$err" ] && [ ! -d "$p" ] && { [ -e "$p" ] || [ -z "$follow" ]; }; then
			if [ -e "$p" ]; then m='not a regular file'; else m='no such file'; fi
			printf '%s X %s %s\n%s' "$tok" "$k" "${#m}" "$m"
			eval "e_$k=1"
		fi
		return
	fi
	if [ ! -r "$p" ]; then
		if [ -z "$err" ]; then
			m='permission denied'
			printf '%s X %s %s\n%s' "$tok" "$k" "${#m}" "$m"
			eval "e_$k=1"
		fi
		return
	fi
	{
		set -- $(st /dev/fd/3)
		nino=$1 size=$2
		if [ -n "$nino" ]; then
			eval "e_$k="
			if [ -z "$ino" ]; then
				part=0
				if [ -n "$fresh" ]; then backfill "$size"; else off=0; fi
				ino=$nino
				printf '%s O %s %s %s %s\n' "$tok" "$k" "$ino" "$off" "$part"
			elif [ "$nino" != "$ino" ]; then
				drain
				printf '%s R %s %s %s\n' "$tok" "$k" "$nino" "$lost"
				ino=$nino off=0
			elif [ "$size" -lt "$off" ]; then
				printf '%s T %s\n' "$tok" "$k"
				off=0
			fi
			if [ "$size" -gt "$off" ]; then
				n=$((size - off))
				if [ "$n" -gt "$cap" ]; then n=$cap; busy=1; fi
				send "$k" "$ino" "$off" "$n" "$size"
				off=$((off + n))
			fi
			eval "i_$k=\$ino o_$k=\$off"
		fi
	} 3<"$p"
}

# scan PATTERN: give the new matches of PATTERN an id.
scan() {
	for f in $1; do
		[ -f "$f" ] || continue
		case $f in *.gz|*.bz2|*.xz|*.zst|*.zip|*.lz4|*.lzma|*.Z|*.z) continue;; esac
		j=0
		while [ "$j" -lt "$nf" ]; do
			eval "q=\$p_$j"
			[ "$q" = "$f" ] && continue 2
			j=$((j + 1))
		done
		eval "p_$nf=\$f i_$nf= o_$nf="
		printf '%s F %s %s\n%s' "$tok" "$nf" "${#f}" "$f"
		nf=$((nf + 1))
	done
}

k=0
while [ "$k" -lt "$nf" ]; do
	eval "p=\$p_$k"
	if [ -d "$p" ]; then
		eval "g_$ng=\$p/\* e_$k=1"
		ng=$((ng + 1))
	fi
	k=$((k + 1))
done
beats=$beat
while :; do
	busy=
	[ -n "$follow" ] && began=$(date +%s.%N)
	saved=$IFS
	IFS=
	g=0
	while [ "$g" -lt "$ng" ]; do
		eval "pat=\$g_$g"
		scan "$pat"
		g=$((g + 1))
	done
	IFS=$saved
	k=0
	while [ "$k" -lt "$nf" ]; do
		poll1 "$k"
		k=$((k + 1))
	done
	fresh=
	[ -n "$follow" ] && printf '%s P %s\n' "$tok" "$began"
	if [ -z "$busy" ]; then
		if [ -z "$follow" ]; then printf '%s Z\n' "$tok"; exit 0; fi
		beats=$((beats + 1))
		if [ "$beats" -ge "$beat" ]; then printf '%s K %s\n' "$tok" "$(date +%s)"; beats=0; fi
		sleep "$poll"
	fi
done
`

// remoteFile is what the prelude tells the script of one file: where to go on from.
type remoteFile struct {
	path   string
	ino    string // empty: never read, start with the backfill
	offset int64
}

// scriptParams are the settings of one connection's script.
type scriptParams struct {
	token    string
	poll     time.Duration
	beat     time.Duration
	cap      int
	back     int // lines of backfill; -1 whole files; 0 none
	follow   bool
	fresh    bool // the first connection: backfill the files there now
	files    []remoteFile
	patterns []string
}

// newToken returns a random record marker: 16 random bytes in hex, which no log line holds.
func newToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return "\x01trawl" + hex.EncodeToString(b[:])
}

// script returns the program sent to the host: the prelude, then remoteScript.
func (p scriptParams) script() string {
	var w strings.Builder
	set := func(name, value string) { fmt.Fprintf(&w, "%s=%s\n", name, shellQuote(value)) }
	set("tok", p.token)
	set("poll", strconv.FormatFloat(p.poll.Seconds(), 'f', -1, 64))
	set("beat", strconv.Itoa(max(1, int(p.beat/p.poll))))
	set("cap", strconv.Itoa(p.cap))
	set("back", strconv.Itoa(p.back))
	follow := ""
	if p.follow {
		follow = "1"
	}
	set("follow", follow)
	fresh := ""
	if p.fresh {
		fresh = "1"
	}
	set("fresh", fresh)
	set("nf", strconv.Itoa(len(p.files)))
	for i, f := range p.files {
		set(fmt.Sprintf("p_%d", i), f.path)
		set(fmt.Sprintf("i_%d", i), f.ino)
		off := ""
		if f.ino != "" {
			off = strconv.FormatInt(f.offset, 10)
		}
		set(fmt.Sprintf("o_%d", i), off)
	}
	set("ng", strconv.Itoa(len(p.patterns)))
	for i, g := range p.patterns {
		set(fmt.Sprintf("g_%d", i), g)
	}
	w.WriteString(remoteScript)
	return w.String()
}

// shellQuote quotes s for sh: any bytes but NUL survive single quotes, where only the quote itself
// needs care.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
