//go:build !unix

package tail

import "os"

// openLog opens the file at a followed path for reading.
func openLog(path string) (*os.File, error) { return os.Open(path) }
