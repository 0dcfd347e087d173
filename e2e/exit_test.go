package e2e

// The exit statuses and switches of the trawl binary these tests run, as its README documents
// them (main.go defines them for the program).
const (
	exitUsage    = 2   // bad flags, or no usable source
	exitSignaled = 128 // plus the signal's number
	// memoryHeadroom is what trawl may use beyond --max-memory.
	memoryHeadroom = 64 << 20
	// debugPanicEnv makes the interface panic on the key P, to test that the terminal is restored.
	debugPanicEnv = "TRAWL_DEBUG_PANIC"
)
