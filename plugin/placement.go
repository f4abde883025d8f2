package plugin

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"

	"github.com/otellint/otellint"
)

// golangci-lint hands a module plugin only the value of its "settings:"
// key and drops every other key of the plugin's block without a word.
// Settings written beside "settings:" instead of inside it would then be
// silently ignored:
//
//	otellint:
//	  type: module
//	  spanend:            # ignored: belongs under settings:
//	    checks: [missing-end]
//
// so the plugin reads the block in golangci-lint's configuration file
// itself, found as golangci-lint finds it, and rejects such keys.

// blockKeys are the keys golangci-lint reads in a custom linter's block.
var blockKeys = []string{"type", "path", "description", "original-url", "settings"}

// checkBlock returns an error naming each key of the otellint block of
// golangci-lint's configuration file that golangci-lint would ignore: a
// setting beside "settings:", or a key that is no setting at all. args
// are golangci-lint's arguments (for -c and --no-config), wd its working
// directory. A configuration that cannot be found or read is left to
// golangci-lint.
func checkBlock(args []string, wd string) error {
	path := configFile(args, wd)
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var doc map[string]any
	if strings.EqualFold(filepath.Ext(path), ".toml") {
		err = toml.Unmarshal(data, &doc)
	} else {
		err = yaml.Unmarshal(data, &doc) // JSON too
	}
	if err != nil {
		return nil
	}
	block, ok := lookup(doc, "linters", "settings", "custom", Name)
	if !ok {
		return nil
	}
	name := path
	if rel, err := filepath.Rel(wd, path); err == nil {
		name = rel
	}
	settings := append([]string{"enable", "disable"}, otellint.Names()...)
	for _, key := range slices.Sorted(maps.Keys(block)) {
		k := strings.ToLower(key)
		switch {
		case slices.Contains(blockKeys, k):
		case slices.Contains(settings, k):
			return fmt.Errorf("%q is beside \"settings:\" in linters.settings.custom.%s of %s, where golangci-lint ignores it; indent it under \"settings:\"", key, Name, name)
		default:
			return fmt.Errorf("unknown key %q in linters.settings.custom.%s of %s (keys: %s; otellint's own settings go under \"settings:\")", key, Name, name, strings.Join(blockKeys, ", "))
		}
	}
	return nil
}

// lookup returns the map at the path of keys in doc, matching keys
// without regard to case as golangci-lint does.
func lookup(doc map[string]any, keys ...string) (map[string]any, bool) {
	m := doc
	for _, k := range keys {
		var next map[string]any
		for key, v := range m {
			if strings.EqualFold(key, k) {
				next, _ = v.(map[string]any)
			}
		}
		if next == nil {
			return nil, false
		}
		m = next
	}
	return m, true
}

// configFile returns the configuration file golangci-lint reads: the one
// given with -c or --config, none with --no-config, or else the first
// .golangci.{json,toml,yaml,yml} in the working directory, its parents or
// the home directory, which is where golangci-lint looks when it runs on
// the working directory's packages.
func configFile(args []string, wd string) string {
flags:
	for i, a := range args {
		switch {
		case a == "--":
			break flags
		case a == "--no-config":
			return ""
		case a == "-c" || a == "--config":
			if i+1 < len(args) {
				return abs(wd, args[i+1])
			}
		case strings.HasPrefix(a, "--config="):
			return abs(wd, strings.TrimPrefix(a, "--config="))
		case strings.HasPrefix(a, "-c") && !strings.HasPrefix(a, "--"):
			return abs(wd, strings.TrimPrefix(strings.TrimPrefix(a, "-c"), "="))
		}
	}
	dirs := []string{}
	for d := wd; ; d = filepath.Dir(d) {
		dirs = append(dirs, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if home, err := os.UserHomeDir(); err == nil && !slices.Contains(dirs, home) {
		dirs = append(dirs, home)
	}
	for _, d := range dirs {
		for _, ext := range []string{"json", "toml", "yaml", "yml"} {
			p := filepath.Join(d, ".golangci."+ext)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				return p
			}
		}
	}
	return ""
}

// abs returns path relative to wd made absolute, with a leading ~ for
// the home directory.
func abs(wd, path string) string {
	if rest, ok := strings.CutPrefix(path, "~"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			path = home + rest
		}
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(wd, path)
	}
	return path
}
