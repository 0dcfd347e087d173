//go:build race

package parse

// raceEnabled is set when the race detector is on: sync.Pool then drops what is put in it at
// random, so a path that borrows from a pool allocates now and then.
const raceEnabled = true
