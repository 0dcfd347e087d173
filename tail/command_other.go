//go:build !unix

package tail

import (
	"fmt"
	"os/exec"
)

// setGroup does nothing where there are no process groups.
func setGroup(*exec.Cmd) {}

// killGroup kills the command itself where there are no process groups to signal.
func killGroup(cmd *exec.Cmd, _ bool) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}

// exitDescription says how a process ended.
func exitDescription(ee *exec.ExitError) string {
	return fmt.Sprintf("exit status %d", ee.ExitCode())
}
