package ui

import (
	"fmt"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse/ring"
)

// driver runs a Model the way Bubble Tea does, but step by step: messages go through Update, and
// Cmds run on goroutines whose messages come back through Update when the test settles. Cmds that
// wait for the ring or a tick simply stay pending.
type driver struct {
	t       testing.TB
	pending atomic.Int64 // Cmds started and not yet returned
	m       Model
	msgs    chan tea.Msg
	quit    bool
	clip    string
}

func newDriver(t testing.TB, r *ring.Ring, w, h int) *driver {
	t.Helper()
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	return newDriverConfig(t, cfg, w, h)
}

func newDriverConfig(t testing.TB, cfg Config, w, h int) *driver {
	d := &driver{t: t, m: New(cfg), msgs: make(chan tea.Msg, 1024)}
	d.m.manual = true
	d.exec(d.m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.settle()
	return d
}

func (d *driver) exec(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.pending.Add(1)
	go func() {
		msg := cmd()
		if msg != nil {
			d.msgs <- msg
		}
		d.pending.Add(-1)
	}()
}

// send passes msg through Update and starts its Cmds.
func (d *driver) send(msgs ...tea.Msg) *driver {
	for _, msg := range msgs {
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				d.exec(c)
			}
			continue
		case tea.QuitMsg:
			d.quit = true
			continue
		}
		if s := clipboardText(msg); s != "" {
			d.clip = s
		}
		m, cmd := d.m.Update(msg)
		d.m = m.(Model)
		d.exec(cmd)
	}
	return d
}

// clipboardText recognizes the message tea.SetClipboard produces.
func clipboardText(msg tea.Msg) string {
	v := reflect.ValueOf(msg)
	if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" && v.Kind() == reflect.String {
		return v.String()
	}
	return ""
}

// keys sends key presses, settling after each so that results are in.
func (d *driver) keys(ks ...string) *driver {
	for _, k := range ks {
		d.send(press(k))
		d.settle()
	}
	return d
}

// idle reports whether no evaluation, refresh or count is running.
func (d *driver) idle() bool {
	m := d.m
	for i := range m.panes {
		if m.panes[i].busy || m.panes[i].pending {
			return false
		}
	}
	return !m.main.busy && !m.main.pending && !m.hist.busy
}

// settle handles messages until the model is idle and no message is waiting, or fails after a
// deadline.
func (d *driver) settle() *driver {
	d.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case msg := <-d.msgs:
			d.send(msg)
			continue
		default:
		}
		if d.idle() && d.pending.Load() == 0 && len(d.msgs) == 0 {
			return d
		}
		select {
		case msg := <-d.msgs:
			d.send(msg)
		case <-time.After(time.Millisecond):
		case <-deadline:
			d.t.Fatalf("model did not settle")
		}
	}
}

// screen is the rendered screen without styles.
func (d *driver) screen() string { return ansi.Strip(d.m.View().Content) }
