//go:build linux || freebsd

package tail

import "syscall"

// dieWithParent asks the kernel to send the child SIGTERM when trawl dies, so that a SIGKILLed
// trawl leaves no command or journalctl behind. SIGTERM, not SIGKILL: it is what a normal stop
// sends first, it lets ssh or kubectl close their connections, and the shell that runs a command
// line traps it to pass it on to its pipeline (see shellScript), which it could not do with
// SIGKILL. A child that ignores SIGTERM outlives a killed trawl; only a normal stop escalates.
//
// The kernel sends the signal when the thread that started the child ends. Go ends a thread
// only when a goroutine locked to it exits, which trawl never does, so here that means the
// process.
func dieWithParent(attr *syscall.SysProcAttr) {
	attr.Pdeathsig = syscall.SIGTERM
}
