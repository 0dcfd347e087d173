package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/lnavformat"
)

// defaultFormatDirs lists the folders format definitions are read from, in overlay order: each
// subfolder of lnav's formats folders (the system's, then the user's), as lnav reads them
// ("installed" for what lnav -i copied, others for a clone of a collection), then trawl's own
// folder, so that a definition there can amend one of lnav's. getenv, home and subdirs (a
// folder's subfolders, sorted) are passed in so that a test sets them.
func defaultFormatDirs(getenv func(string) string, home string, subdirs func(string) []string) []string {
	config := getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(config) { // the XDG spec says to ignore a relative value
		config = ""
		if home != "" {
			config = filepath.Join(home, ".config")
		}
	}
	roots := []string{"/etc/lnav/formats"}
	if home != "" {
		roots = append(roots, filepath.Join(home, ".lnav", "formats"))
	}
	if config != "" {
		roots = append(roots, filepath.Join(config, "lnav", "formats"))
	}
	var dirs []string
	for _, r := range roots {
		dirs = append(dirs, subdirs(r)...)
	}
	if config != "" {
		dirs = append(dirs, filepath.Join(config, "trawl", "formats"))
	}
	return dirs
}

// subdirectories lists dir's subfolders (and links to folders), sorted; none when it cannot be read.
func subdirectories(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			out = append(out, p)
		}
	}
	return out
}

// loadFormats reads the format definitions of the default folders that exist and of every folder
// the user named, and returns a warning for each one that cannot be used; the rest still load.
func loadFormats(defaults, named []string) ([]*parse.Custom, []error) {
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
		return nil, nil
	}
	formats, errs := lnavformat.LoadDirs(dirs)
	warnings := make([]error, len(errs))
	for i, err := range errs {
		// lnavformat's errors carry no control characters, whatever the files hold.
		warnings[i] = fmt.Errorf("format definition: %w", err)
	}
	return formats, warnings
}

// homeDir is the user's home directory, or "" when it is not known.
func homeDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return home
}
