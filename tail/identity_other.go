//go:build !unix

package tail

import "os"

// fileID is a file's identity; this system gives none that trawl can key on, so files are known
// by their names and rotation rules alone.
type fileID struct{}

func idOf(os.FileInfo) (fileID, bool) { return fileID{}, false }
