package tail

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// With --since, the remote files are bisected on the times of their lines before they are
// followed, as local files are, so that a large remote log costs a few dozen blocks instead of a
// whole copy: a second script on the host answers requests for a file's inode and size and for
// blocks of it, and trawl parses the blocks here. The follow then starts at the offsets found, as
// a reconnect resumes. Should the seek fail, the files are read whole and filtered here.

// seekScript answers requests, one a line, until its input ends. Variables: tok, nf and p_K.
//
//	S K            TOKEN S INODE SIZE of file K (- - when it is not a regular file)
//	B K OFF LEN    the bytes of file K at OFF, then TOKEN E
const seekScript = `
exec 4<&0 </dev/null
` + remoteTools + `
printf '%s H\n' "$tok"
while read -r op k off len <&4; do
	case $k in *[!0-9]*|'') continue;; esac
	eval "p=\$p_$k"
	case $op in
	S)
		if [ -f "$p" ]; then set -- $(st "$p"); else set --; fi
		printf '%s S %s %s\n' "$tok" "${1:--}" "${2:--}"
		;;
	B)
		case $off$len in *[!0-9]*) continue;; esac
		{ cut "$off" "$len"; } 3<"$p" 2>/dev/null
		printf '%s E\n' "$tok"
		;;
	esac
done
`

// seekTimeout bounds the whole seek of a host: past it, its files are read whole.
const seekTimeout = 60 * time.Second

// seekSince sets, for each file of the host never read yet, the inode and offset of its first
// line at or after since. reached says the host answered: a seek that failed before it may be
// tried again with the next connection.
func (h *sshHost) seekSince(ctx context.Context, opts Options) (reached bool, err error) {
	var todo []*remoteState
	for _, f := range h.files {
		if f.ino == "" {
			todo = append(todo, f)
		}
	}
	if len(todo) == 0 {
		return true, nil
	}
	ctx, cancel := context.WithTimeout(ctx, seekTimeout)
	defer cancel()
	tok := newToken()
	var w strings.Builder
	fmt.Fprintf(&w, "tok=%s\nnf=%d\n", shellQuote(tok), len(todo))
	for i, f := range todo {
		fmt.Fprintf(&w, "p_%d=%s\n", i, shellQuote(f.path))
	}
	w.WriteString(seekScript)
	script := w.String()
	argv := append(append([]string{}, h.argv...), h.host, remoteCommand(len(script), h.sudo))
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	setGroup(cmd)
	cmd.Cancel = func() error { killGroup(cmd, true); return nil }
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return false, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return false, err
	}
	if err := cmd.Start(); err != nil {
		return false, err
	}
	defer func() {
		stdin.Close()
		killGroup(cmd, true)
		_ = cmd.Wait()
	}()
	s := &seeker{in: stdin, out: bufio.NewReaderSize(stdout, 64<<10), tok: []byte(tok)}
	if _, err := io.WriteString(stdin, script); err != nil {
		return false, err
	}
	if _, err := s.record("H"); err != nil {
		return false, err
	}
	buf := make([]byte, followChunk)
	for i, f := range todo {
		ino, size, err := s.stat(i)
		if err != nil {
			return true, err
		}
		if ino == "" {
			continue // not there, or a directory: found and read by the follow
		}
		off, err := sinceOffset(remoteFileAt{s, i}, size, opts.Since, sinceParser(opts, f.name), buf)
		if err != nil {
			return true, err
		}
		f.ino, f.off = ino, off
	}
	return true, nil
}

// seeker speaks to the seek script.
type seeker struct {
	in    io.Writer
	out   *bufio.Reader
	tok   []byte
	block []byte // a block as it came, with its trailer
}

// record reads up to the next record of type typ and returns its fields after the type.
func (s *seeker) record(typ string) ([]string, error) {
	for {
		line, err := s.out.ReadSlice('\n')
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return nil, fmt.Errorf("seek: %w", err)
		}
		if i := bytes.Index(line, s.tok); i >= 0 {
			f := strings.Fields(string(line[i+len(s.tok):]))
			if len(f) > 0 && f[0] == typ {
				return f[1:], nil
			}
			if len(f) > 0 && f[0] == "X" {
				return nil, errors.New("seek: the host has no stat that prints an inode and a size")
			}
		}
	}
}

// stat returns file k's inode and size; ino is "" when it is not a regular file.
func (s *seeker) stat(k int) (ino string, size int64, err error) {
	if _, err := fmt.Fprintf(s.in, "S %d\n", k); err != nil {
		return "", 0, err
	}
	f, err := s.record("S")
	if err != nil || len(f) < 2 || f[0] == "-" {
		return "", 0, err
	}
	size, err = strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return "", 0, fmt.Errorf("seek: size %q", f[1])
	}
	return f[0], size, nil
}

// readAt reads len(p) bytes of file k at off: fewer at its end.
func (s *seeker) readAt(k int, p []byte, off int64) (int, error) {
	if _, err := fmt.Fprintf(s.in, "B %d %d %d\n", k, off, len(p)); err != nil {
		return 0, err
	}
	// The block ends with the token's line, which no log line holds.
	end := append(append([]byte{}, s.tok...), " E\n"...)
	s.block = s.block[:0]
	for !bytes.HasSuffix(s.block, end) {
		line, err := s.out.ReadSlice('\n')
		s.block = append(s.block, line...)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			if errors.Is(err, io.EOF) {
				// The session ended (timeout, lost connection) before the block did: that is
				// no end of the file, which io.EOF would tell sinceOffset.
				err = io.ErrUnexpectedEOF
			}
			return 0, fmt.Errorf("seek: %w", err)
		}
		if len(s.block) > len(p)+len(end) {
			return 0, errors.New("seek: a block longer than asked for")
		}
	}
	n := copy(p, s.block[:len(s.block)-len(end)])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// remoteFileAt reads one remote file through a seeker.
type remoteFileAt struct {
	s *seeker
	k int
}

func (r remoteFileAt) ReadAt(p []byte, off int64) (int, error) { return r.s.readAt(r.k, p, off) }
