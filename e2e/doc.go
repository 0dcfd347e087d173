// Package e2e holds the end-to-end tests of trawl: they build the binary once and run it as a
// user does, in headless mode over real files, and in a real terminal through tmux (rotation
// torture, soak, signals, permissions, security). The program and its flags, and the tests that
// reach their internals, stay in the root package.
package e2e
