//go:build unix && !linux && !freebsd

package tail

import "syscall"

// dieWithParent does nothing where the kernel cannot signal a child when its parent dies; there a
// killed trawl's children are only ended by a normal stop.
func dieWithParent(*syscall.SysProcAttr) {}
