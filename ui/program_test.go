package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/trawl-dev/trawl/keymap"
)

// TestProgram runs the model in a real Bubble Tea program: the initial evaluation, the data watch
// on the ring and the coalescing frame timer all run for real, with a fixed clock and UTC.
func TestProgram(t *testing.T) {
	r := ringOf(t, manyEntries(10))
	loaded := make(chan struct{})
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(),
		WorkDir: t.TempDir(), Loaded: loaded}
	tm := teatest.NewTestModel(t, New(cfg), teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
	waitText(t, tm, "message number 9")

	// Entries appended by a tailer show up without any message from the test.
	fillRing(t, r, manyEntries(13)[10:])
	close(loaded)
	waitText(t, tm, "message number 12")

	// A search typed into the input filters the view.
	tm.Send(press("/"))
	tm.Type("'number 11")
	waitText(t, tm, `filter "'number 11"`)
	tm.Send(press("enter"))
	tm.Send(press("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	screen := ansi.Strip(fm.View().Content)
	if !strings.Contains(screen, "message number 11") || strings.Contains(screen, "message number 12") {
		t.Fatalf("final screen does not show the search result:\n%s", screen)
	}
	if !fm.status.loaded {
		t.Fatal("the loaded signal was not received")
	}
}

func waitText(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}
