//go:build unix

package main

import (
	"os"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// readerGone returns a channel that is closed when the reader of out, a pipe or a socket, has gone
// away (`trawl app.log | head -3` once head has its lines), so that a follow that has nothing to
// write notices at once, as GNU tail -f does, rather than at its next write; or when out is a
// terminal that was hung up (its emulator, tmux session or SSH connection closed) with no SIGHUP
// sent to trawl, as when it runs under setsid or su. done ends the watch. For anything else (a
// file) the channel is never closed.
func readerGone(out *os.File, done <-chan struct{}) <-chan struct{} {
	gone := make(chan struct{})
	fi, err := out.Stat()
	if err != nil || fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) == 0 && !term.IsTerminal(out.Fd()) {
		return gone
	}
	fd := int(out.Fd())
	go func() {
		// No events asked: poll reports only an error or a hang-up, which a pipe's write end
		// gets when its read end is closed, and a terminal when it is hung up. A second at a
		// time, to see done.
		fds := []unix.PollFd{{Fd: int32(fd)}}
		for {
			select {
			case <-done:
				return
			default:
			}
			n, err := unix.Poll(fds, 1000)
			if err != nil && err != unix.EINTR {
				return
			}
			if n > 0 && fds[0].Revents&unix.POLLNVAL != 0 {
				return // a device poll cannot watch (a terminal on macOS): told by its signal only
			}
			if n > 0 && fds[0].Revents&(unix.POLLERR|unix.POLLHUP) != 0 {
				close(gone)
				return
			}
		}
	}()
	return gone
}
