//go:build race

package tail

// raceDetector is set when the tests run under the race detector, which slows trawl down many
// times over.
const raceDetector = true
