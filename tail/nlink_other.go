//go:build !unix

package tail

import "os"

// unlinked cannot tell deletion from renaming on this system; keeping the file open until a new
// one appears is the safe choice.
func unlinked(*os.File) bool { return false }
