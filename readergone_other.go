//go:build !unix

package main

import "os"

// readerGone is never told elsewhere: a closed pipe shows at the next write, a closed terminal by
// its signal.
func readerGone(*os.File, <-chan struct{}) <-chan struct{} { return make(chan struct{}) }
