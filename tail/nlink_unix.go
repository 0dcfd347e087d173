//go:build unix

package tail

import (
	"os"
	"syscall"
)

// unlinked reports whether f's file was deleted (no name links to it any more), as opposed to
// renamed away.
func unlinked(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return true
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && st.Nlink == 0
}
