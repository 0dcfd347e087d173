//go:build unix

package tail

import (
	"os"
	"syscall"
)

// openLog opens the file at a followed path for reading without waiting: a named pipe put where
// the log was would otherwise block the open until some program writes to it.
func openLog(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
