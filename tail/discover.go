package tail

import (
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
// faillog, journal files) and anything unreadable or not text. The paths are sorted; err is set
// only when root itself cannot be read.
func Discover(root string) (paths []string, err error) {
	ents, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		p := filepath.Join(root, e.Name())
		if e.IsDir() {
			if e.Name() == "journal" {
				continue
			}
			sub, _ := os.ReadDir(p)
			for _, se := range sub {
				if !se.IsDir() && strings.HasSuffix(se.Name(), ".log") && usableLog(filepath.Join(p, se.Name())) {
					paths = append(paths, filepath.Join(p, se.Name()))
				}
			}
			continue
		}
		name := e.Name()
		if (slices.Contains(standardLogs, name) || strings.HasSuffix(name, ".log")) && usableLog(p) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	return paths, nil
}

// usableLog reports whether the file at p is a current, readable text log.
func usableLog(p string) bool {
	name := filepath.Base(p)
	if compressed(name) || rotatedName.MatchString(name) || slices.Contains(binaryLogs, name) ||
		strings.HasSuffix(name, ".journal") || strings.HasSuffix(name, ".journal~") {
		return false
	}
	fi, err := os.Stat(p)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	return probe(p, true) == nil
}
