package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/parse/ring"
)

// Timing of the messages that keep the screen current.
const (
	// frameInterval is how long the UI lets appends pile up after the ring signals a change: at
	// most 25 data messages a second under any load, with key presses interleaved between them.
	frameInterval = 40 * time.Millisecond
	// statsInterval is how often per-source stats and the rate are refreshed when nothing else
	// happens; once a second matches the lines/s figure it feeds.
	statsInterval = time.Second
)

// dataMsg says the ring changed; it is sent at most once per frameInterval.
type dataMsg struct{ version uint64 }

// tickMsg refreshes stats and rates.
type tickMsg struct{}

// noticeExpiredMsg ends the notice of generation gen.
type noticeExpiredMsg struct{ gen uint64 }

// loadedMsg says the initial read of every source finished.
type loadedMsg struct{}

// waitForData waits for the ring's change signal, then waits out the rest of a frame so that
// many appends turn into one message. It waits without a timer while the files are quiet.
func waitForData(r *ring.Ring) tea.Cmd {
	return func() tea.Msg {
		<-r.Changed()
		time.Sleep(frameInterval)
		return dataMsg{version: r.Version()}
	}
}

// waitLoaded turns the close of the loaded channel into a message.
func waitLoaded(ch <-chan struct{}) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		<-ch
		return loadedMsg{}
	}
}

// waitForData re-arms the data watch.
func (m Model) waitForData() tea.Cmd {
	if m.manual || m.cfg.Ring == nil {
		return nil
	}
	return waitForData(m.cfg.Ring)
}

func (m Model) tick() tea.Cmd {
	if m.manual {
		return nil
	}
	return tea.Tick(statsInterval, func(time.Time) tea.Msg { return tickMsg{} })
}
