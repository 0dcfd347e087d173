package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/lnavformat"
)

// defaultFormatDirs lists the folders format definitions are read from, in overlay order: lnav's
// installed formats first, so that a definition in trawl's own folder can amend one of them.
// getenv and home are the environment and home directory, passed in so that a test sets them.
func defaultFormatDirs(getenv func(string) string, home string) []string {
	config := getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(config) { // the XDG spec says to ignore a relative value
		config = ""
		if home != "" {
			config = filepath.Join(home, ".config")
		}
	}
	var dirs []string
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".lnav", "formats", "installed"))
	}
	if config != "" {
		dirs = append(dirs, filepath.Join(config, "lnav", "formats", "installed"), filepath.Join(config, "trawl", "formats"))
	}
	return dirs
}

// loadFormats reads the format definitions of the default folders that exist and of every folder
// the user named, and warns on stderr of each one that cannot be used; the rest still load.
func loadFormats(defaults, named []string, stderr io.Writer) []*parse.Custom {
	var dirs []string
	for _, d := range defaults {
		if _, err := os.Stat(d); errors.Is(err, fs.ErrNotExist) {
			continue // most machines have none of these folders
		}
		dirs = append(dirs, d)
	}
	for _, d := range named {
		if d = filepath.Clean(d); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		return nil
	}
	formats, errs := lnavformat.LoadDirs(dirs)
	for _, err := range errs {
		// lnavformat's errors carry no control characters, whatever the files hold.
		fmt.Fprintf(stderr, "trawl: warning: format definition: %v\n", err)
	}
	return formats
}

// homeDir is the user's home directory, or "" when it is not known.
func homeDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return home
}
