package tail

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// decompressors are the programs that read what the standard library cannot. The machine that
// compressed a rotated log has its program: logrotate ran it there.
var decompressors = map[string][]string{
	".xz":  {"xz", "-dc"},
	".zst": {"zstd", "-dc"},
	".lz4": {"lz4", "-dc"},
	".Z":   {"gzip", "-dc"},
}

// decompressible reports whether decompress reads path's content by its name's suffix: gzip and
// bzip2 here, the others through their programs.
func decompressible(path string) bool {
	ext := filepath.Ext(path)
	_, ok := decompressors[ext]
	return ok || ext == ".gz" || ext == ".bz2"
}

// decompress returns a reader of a rotated file's content, chosen by its name's compression
// suffix; f itself when it has none. Closing the reader does not close f. A decompressing program
// ends with ctx, and with trawl.
func decompress(ctx context.Context, path string, f *os.File) (io.ReadCloser, error) {
	ext := filepath.Ext(path)
	switch ext {
	case ".gz":
		return gzip.NewReader(f)
	case ".bz2":
		return io.NopCloser(bzip2.NewReader(f)), nil
	}
	argv, ok := decompressors[ext]
	if !ok {
		return nopFileCloser{f}, nil
	}
	bin, err := exec.LookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("compressed with %s, which is not installed", argv[0])
	}
	cmd := exec.CommandContext(ctx, bin, argv[1:]...)
	cmd.WaitDelay = time.Second // a program stalled on a hung disk does not hold the tailer
	setGroup(cmd)
	cmd.Stdin = f
	cmd.Stderr = &bytes.Buffer{}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &decompressorOutput{ReadCloser: out, cmd: cmd}, nil
}

// nopFileCloser is an uncompressed file read as it is; its owner closes it.
type nopFileCloser struct{ *os.File }

func (nopFileCloser) Close() error { return nil }

// decompressorOutput reads a decompressor's output; Close ends it and reports how it failed.
type decompressorOutput struct {
	io.ReadCloser
	cmd *exec.Cmd
}

func (r *decompressorOutput) Close() error {
	r.ReadCloser.Close() // a decompressor not read to its end gets SIGPIPE and ends
	if err := r.cmd.Wait(); err != nil {
		if msg := strings.TrimSpace(r.cmd.Stderr.(*bytes.Buffer).String()); msg != "" {
			return fmt.Errorf("%s: %v: %s", filepath.Base(r.cmd.Path), err, msg)
		}
		return fmt.Errorf("%s: %w", filepath.Base(r.cmd.Path), err)
	}
	return nil
}
