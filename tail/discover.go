package tail

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// standardLogs are the well-known log names looked for at the top of the root.
var standardLogs = []string{"syslog", "messages", "auth.log", "kern.log", "daemon.log"}

// binaryLogs are files under /var/log that are records, not text.
var binaryLogs = []string{"wtmp", "btmp", "lastlog", "faillog", "utmp"}

// rotatedName matches rotated copies: app.log.1, app.log.2.gz, syslog-20260101 (not Xorg.0.log).
var rotatedName = regexp.MustCompile(`(\.\d+|-\d{8})(\.(gz|bz2|xz|zst|zip|lz4))?$`)

// Discover lists the readable standard logs under root (normally /var/log): syslog, messages,
// auth.log, kern.log, daemon.log and *.log at the top, and *.log one directory level down (such as
// nginx/access.log). It skips compressed and rotated copies, binary records (wtmp, btmp, lastlog,
// faillog, journal files) and anything unreadable or not text. The paths are sorted.
//
// denied lists, sorted, the logs it would have read but that this user may not (permission
// denied), so that the caller can say what more privileges would show. It names files only: a
// directory the user may not list (such as private/ or audit/) holds nothing it knows to be a log.
// err is set only when root itself cannot be read.
func Discover(root string) (paths, denied []string, err error) {
	ents, err := os.ReadDir(root)
	if err != nil {
		return nil, nil, err
	}
	add := func(p string) {
		switch err := checkLog(p); {
		case err == nil:
			paths = append(paths, p)
		case errors.Is(err, fs.ErrPermission):
			denied = append(denied, p)
		}
	}
	for _, e := range ents {
		p := filepath.Join(root, e.Name())
		if e.IsDir() {
			if e.Name() == "journal" {
				continue
			}
			sub, _ := os.ReadDir(p)
			for _, se := range sub {
				if !se.IsDir() && strings.HasSuffix(se.Name(), ".log") {
					add(filepath.Join(p, se.Name()))
				}
			}
			continue
		}
		if name := e.Name(); slices.Contains(standardLogs, name) || strings.HasSuffix(name, ".log") {
			add(p)
		}
	}
	slices.Sort(paths)
	slices.Sort(denied)
	return paths, denied, nil
}

// errNotLog says a file is not a current text log: a rotated or compressed copy, a binary record,
// not a regular file.
var errNotLog = errors.New("not a current text log")

// checkLog returns nil when the file at p is a current, readable text log, and otherwise why not:
// errNotLog, or the error of opening or reading it (fs.ErrPermission when it may not be read).
func checkLog(p string) error {
	name := filepath.Base(p)
	if compressed(name) || rotatedName.MatchString(name) || slices.Contains(binaryLogs, name) ||
		strings.HasSuffix(name, ".journal") || strings.HasSuffix(name, ".journal~") {
		return errNotLog
	}
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return errNotLog
	}
	return probe(p, true)
}
