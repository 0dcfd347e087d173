package tail

import (
	"bytes"
	"errors"
	"io"
)

// tailOffset returns the offset in r (size bytes long) where its last n lines begin, reading
// backwards in blocks of backChunk so that a large file costs only the blocks those lines span.
// A final newline ends the last line; it does not start an empty one. It also returns how many
// bytes it read.
func tailOffset(r io.ReaderAt, size int64, n int, buf []byte) (off, read int64, err error) {
	if n <= 0 || size <= 0 {
		return size, 0, nil
	}
	if len(buf) == 0 {
		buf = make([]byte, backChunk)
	}
	end := size
	need := n
	for end > 0 {
		start := max(0, end-int64(len(buf)))
		chunk := buf[:end-start]
		k, err := r.ReadAt(chunk, start)
		read += int64(k)
		if err != nil && !(errors.Is(err, io.EOF) && k == len(chunk)) {
			return 0, read, err
		}
		if end == size && chunk[len(chunk)-1] == '\n' {
			chunk = chunk[:len(chunk)-1] // the final newline ends the last line
		}
		for {
			i := bytes.LastIndexByte(chunk, '\n')
			if i < 0 {
				break
			}
			if need--; need == 0 {
				return start + int64(i) + 1, read, nil
			}
			chunk = chunk[:i]
		}
		end = start
	}
	return 0, read, nil
}
