//go:build unix

package tail

import (
	"fmt"
	"os/exec"
	"syscall"
)

// setGroup makes the command the leader of a new process group, so that killGroup reaches
// every process it starts (a shell's pipeline, ssh's children). Where the system can, the command
// is also sent SIGTERM when trawl dies without stopping it (SIGKILL, a crash): see dieWithParent.
func setGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr)
}

// killGroup sends SIGTERM, or SIGKILL when hard, to the command's whole process group. The group
// keeps the leader's id while any member lives, and Linux does not hand that id to a new process
// meanwhile, so signalling it after the leader was reaped reaches only the leftovers.
func killGroup(cmd *exec.Cmd, hard bool) {
	if cmd.Process == nil {
		return
	}
	sig := syscall.SIGTERM
	if hard {
		sig = syscall.SIGKILL
	}
	_ = syscall.Kill(-cmd.Process.Pid, sig)
}

// exitDescription says how a process ended: its exit status or the signal that killed it.
func exitDescription(ee *exec.ExitError) string {
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return fmt.Sprintf("killed by %v", ws.Signal())
	}
	return fmt.Sprintf("exit status %d", ee.ExitCode())
}
