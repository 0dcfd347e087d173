//go:build !race

package tail

const raceDetector = false
