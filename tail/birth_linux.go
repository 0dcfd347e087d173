package tail

import (
	"os"

	"golang.org/x/sys/unix"
)

// A file's device and inode name it only while it exists: once it is deleted, a new file may get
// the same inode (ext4 gives a freed one out again at once). Its birth time tells the two apart
// where the file system keeps one (ext4, XFS, Btrfs, tmpfs).

// born returns when f's file was created, in Unix nanoseconds, or 0 where that is not known.
func born(f *os.File) int64 {
	rc, err := f.SyscallConn()
	if err != nil {
		return 0
	}
	var t int64
	rc.Control(func(fd uintptr) { t = statxBirth(int(fd), "", unix.AT_EMPTY_PATH) })
	return t
}

// bornAt is born for the file at path, its symlinks followed.
func bornAt(path string) int64 { return statxBirth(unix.AT_FDCWD, path, 0) }

func statxBirth(dirfd int, path string, flags int) int64 {
	var st unix.Statx_t
	if err := unix.Statx(dirfd, path, flags, unix.STATX_BTIME, &st); err != nil || st.Mask&unix.STATX_BTIME == 0 {
		return 0
	}
	return st.Btime.Sec*1e9 + int64(st.Btime.Nsec)
}
