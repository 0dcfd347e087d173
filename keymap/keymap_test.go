package keymap

import (
	"reflect"
	"testing"

	"charm.land/bubbles/v2/key"
)

func modes(km KeyMap) map[string]Help {
	return map[string]Help{
		"timeline": TimelineHelp(km), "panes": PanesHelp(km), "detail": DetailHelp(km),
		"search": SearchHelp(km), "sources": SourcesHelp(km), "histogram": HistogramHelp(km),
		"prompt": PromptHelp(km), "confirm": ConfirmHelp(km), "help": HelpHelp(km),
	}
}

// A key bound twice within one mode would make one of the two bindings unreachable.
func TestNoDuplicateKeysWithinMode(t *testing.T) {
	for name, h := range modes(Default()) {
		seen := map[string]string{}
		for _, b := range h.Bindings() {
			for _, k := range b.Keys() {
				if prev, ok := seen[k]; ok && prev != b.Help().Desc {
					t.Errorf("%s: key %q bound to %q and %q", name, k, prev, b.Help().Desc)
				}
				seen[k] = b.Help().Desc
			}
		}
		for _, b := range h.Short {
			if _, ok := seen[b.Keys()[0]]; !ok {
				t.Errorf("%s: short help shows %q, which is in no group", name, b.Help().Key)
			}
		}
	}
}

func TestEveryBindingHasHelp(t *testing.T) {
	km := Default()
	v := reflect.ValueOf(km)
	check := func(name string, b key.Binding) {
		if len(b.Keys()) == 0 || b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("%s: keys %q help %+v", name, b.Keys(), b.Help())
		}
	}
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		switch b := v.Field(i).Interface().(type) {
		case key.Binding:
			check(f.Name, b)
		case [NumLevels]key.Binding:
			for j, lb := range b {
				check(f.Name+"["+LevelName(j)+"]", lb)
			}
		default:
			t.Errorf("unexpected field %s of type %s", f.Name, f.Type)
		}
	}
}

// The default keys are promised to users, scripts and the terminal tests.
func TestDefaultKeys(t *testing.T) {
	km := Default()
	want := map[string]key.Binding{
		"/": km.Search, "?": km.Help, "tab": km.Panes, "enter": km.Detail, "esc": km.Back,
		"L": km.MinLevel, "s": km.Sources, "v": km.Select, "y": km.Copy, "e": km.Export,
		"w": km.Wrap, "u": km.UTC, "f": km.Follow, "G": km.Bottom, "h": km.Histogram,
		"m": km.HighlightOnly, "n": km.NextMatch, "N": km.PrevMatch, "q": km.Quit, "ctrl+c": km.ForceQuit, "ctrl+z": km.Suspend,
		"j": km.Down, "k": km.Up, "down": km.Down, "up": km.Up, "pgup": km.PageUp, "pgdown": km.PageDown,
		"ctrl+d": km.HalfDown, "ctrl+u": km.HalfUp, "g": km.Top, "home": km.Top, "end": km.Bottom,
		"left": km.Left, "right": km.Right, "E": km.OnlyErrors, "+": km.ZoomIn, "-": km.ZoomOut,
	}
	for k, b := range want {
		if !hasKey(b, k) {
			t.Errorf("key %q not bound to %q (has %q)", k, b.Help().Desc, b.Keys())
		}
	}
	names := []string{"unknown", "trace", "debug", "info", "notice", "warn", "error", "critical", "alert", "emergency"}
	for i, n := range names {
		k := string(rune('0' + i))
		if !hasKey(km.Levels[i], k) || km.Levels[i].Help().Desc != "hide/show "+n {
			t.Errorf("level %d: keys %q help %q", i, km.Levels[i].Keys(), km.Levels[i].Help().Desc)
		}
	}
}

func hasKey(b key.Binding, k string) bool {
	for _, bk := range b.Keys() {
		if bk == k {
			return true
		}
	}
	return false
}

// Default must hand out independent values: changing one copy never changes another.
func TestDefaultIsFresh(t *testing.T) {
	a := Default()
	a.Quit.SetEnabled(false)
	if !Default().Quit.Enabled() {
		t.Fatal("Default shares state between calls")
	}
}
