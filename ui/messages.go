package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/parse/ring"
)

// Timing of the messages that keep the screen current.
const (
	// frameInterval is the least time between two data messages: at most 25 a second under any
	// load, with key presses interleaved between them. The first change after a quiet spell is
	// not held back; changes that follow within a frame wait out its rest and arrive as one.
	frameInterval = 40 * time.Millisecond
	// statsInterval is how often per-source stats and the rate are refreshed when nothing else
	// happens; once a second matches the lines/s figure it feeds.
	statsInterval = time.Second
)

// dataMsg says the ring changed; it is sent at most once per frameInterval. at is when it was
// sent, which the next one waits a frame from.
type dataMsg struct {
	version uint64
	at      time.Time
}

// tickMsg refreshes stats and rates.
type tickMsg struct{}

// noticeExpiredMsg ends the notice of generation gen.
type noticeExpiredMsg struct{ gen uint64 }

// loadedMsg says the initial read of every source finished.
type loadedMsg struct{}

// waitForData waits for the ring's change signal, then for the rest of the frame that began when
// the previous message was sent (prev), so that the appends of a busy frame turn into one message
// and the first append after a quiet one shows at once. It waits without a timer while the files
// are quiet.
func waitForData(r *ring.Ring, prev time.Time) tea.Cmd {
	return func() tea.Msg {
		<-r.Changed()
		time.Sleep(time.Until(prev.Add(frameInterval)))
		return dataMsg{version: r.Version(), at: time.Now()}
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

// waitForData re-arms the data watch; prev is when the last data message was sent (zero before
// the first).
func (m Model) waitForData(prev time.Time) tea.Cmd {
	if m.manual || m.cfg.Ring == nil {
		return nil
	}
	return waitForData(m.cfg.Ring, prev)
}

func (m Model) tick() tea.Cmd {
	if m.manual {
		return nil
	}
	return tea.Tick(statsInterval, func(time.Time) tea.Msg { return tickMsg{} })
}
