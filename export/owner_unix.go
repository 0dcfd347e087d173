//go:build unix

package export

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// chownLike gives f the owner and group of old, as far as this process may.
func chownLike(f *os.File, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		f.Chown(int(st.Uid), int(st.Gid))
	}
}

// linkFollowable applies the kernel's rule for links in shared folders (fs.protected_symlinks),
// which a process that resolves a link itself would bypass: in a sticky folder that everyone may
// write, as /tmp, a link is followed only when this process or the folder's owner owns it.
// Another user's link there could point an export run as root at any file.
func linkFollowable(path string, link fs.FileInfo) bool {
	dir, err := os.Stat(filepath.Dir(path))
	if err != nil || dir.Mode()&fs.ModeSticky == 0 || dir.Mode().Perm()&0o002 == 0 {
		return true
	}
	ls, ok1 := link.Sys().(*syscall.Stat_t)
	ds, ok2 := dir.Sys().(*syscall.Stat_t)
	return !ok1 || !ok2 || int(ls.Uid) == os.Geteuid() || ls.Uid == ds.Uid
}
