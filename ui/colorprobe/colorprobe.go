// Package colorprobe takes Lip Gloss's question to tmux off the program's start.
//
// Lip Gloss works out the terminal's colour profile while the program is loaded, before main
// runs, and under tmux that means running `tmux info` and waiting for it: 25-40 ms of a start
// that should take 100, spent before a file is opened. This package is initialized before Lip
// Gloss (it imports nothing Lip Gloss waits for, and Go initializes a package as soon as its
// imports are), and hides TMUX from it; Restore puts the variable back, and the caller asks tmux
// itself, once the first screen is up. Nothing else reads the environment before main.
package colorprobe

import "os"

// hidden is the value of TMUX while it is hidden, "" when it was not set.
var hidden = hide()

func hide() string {
	v := os.Getenv("TMUX")
	if v != "" {
		os.Unsetenv("TMUX")
	}
	return v
}

// Restore puts TMUX back, and reports whether it had been hidden: the colour profile Lip Gloss
// found then lacks what tmux says of the terminal outside it, and is to be detected again.
func Restore() bool {
	if hidden == "" {
		return false
	}
	os.Setenv("TMUX", hidden)
	hidden = ""
	return true
}
