package driver

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

// announceDownloads says on stderr, before the go command starts loading,
// that the modules the main module requires and the module cache lacks
// are about to be downloaded: on a first run that takes minutes, and the
// go command says nothing while it does. Any doubt (no go.mod, a vendor
// directory, an unreadable cache) keeps it silent.
func announceDownloads(dir string, stderr io.Writer) {
	gomod := findGoMod(dir)
	if gomod == "" {
		return
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(gomod), "vendor")); err == nil {
		return
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return
	}
	f, err := modfile.ParseLax(gomod, data, nil)
	if err != nil || f.Module == nil || len(f.Require) == 0 {
		return
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	cache := strings.TrimSpace(string(out))
	if err != nil || cache == "" {
		return
	}
	missing := 0
	for _, r := range f.Require {
		esc, err := module.EscapePath(r.Mod.Path)
		if err != nil {
			return
		}
		if _, err := os.Stat(filepath.Join(cache, "cache", "download", esc, "@v", r.Mod.Version+".mod")); err != nil {
			missing++
		}
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "otellint: downloading %s that %s requires (first run only; this can take minutes)\n",
			plural(missing, "module", "modules"), f.Module.Mod.Path)
	}
}

// findGoMod returns the go.mod file of the module dir is in, or "".
func findGoMod(dir string) string {
	for {
		name := filepath.Join(dir, "go.mod")
		if _, err := os.Stat(name); err == nil {
			return name
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
