// Package realmod materialises real modules pinned at exact versions:
// writable copies, fetched from the Go module proxy, over which the
// benchmark, the real-code evaluation and the crash test run otellint.
package realmod

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/otellint/otellint/internal/copytree"
)

// Pin is a module at an exact version.
type Pin struct {
	Path, Version string
}

func (p Pin) String() string { return p.Path + "@" + p.Version }

// Env is added to the environment of the go commands run in a
// materialised module, and should be added to that of otellint runs:
// outside any workspace, and free to complete go.sum with the sums of
// test dependencies that a module's own go.sum may lack.
var Env = []string{"GOFLAGS=-mod=mod", "GOWORK=off"}

// pinFile, in a materialised module, holds the pin it was copied from.
const pinFile = ".otellint-pin"

// Materialize makes dir a writable copy of the pinned module and downloads
// its dependencies. A dir already holding the same pin is reused as it is.
// Replace directives whose target is a local path, which only resolve
// inside the module's own repository (the OpenTelemetry collector's
// modules replace their siblings with ../ paths), are dropped so that the
// required versions come from the module proxy, and the module is then
// tidied. The go:embed patterns that match nothing, build outputs left out
// of the module (a web UI's bundle), are stubbed (StubMissingEmbeds). It
// returns the module paths whose replace directives it dropped.
func Materialize(dir string, p Pin) (dropped []string, err error) {
	if data, err := os.ReadFile(filepath.Join(dir, pinFile)); err != nil || string(data) != p.String() {
		src, err := Download(p)
		if err != nil {
			return nil, err
		}
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		if err := copytree.Copy(src, dir); err != nil {
			return nil, err
		}
		if dropped, err = DropLocalReplaces(dir); err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		if err := StubMissingEmbeds(dir); err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		// Written last: a copy that failed half-way is made again.
		if err := os.WriteFile(filepath.Join(dir, pinFile), []byte(p.String()), 0o644); err != nil {
			return nil, err
		}
	}
	if _, err := run(dir, "go", "mod", "download"); err != nil {
		return dropped, fmt.Errorf("downloading the dependencies of %s: %v", p, err)
	}
	return dropped, nil
}

// Download fetches the pinned module from the module proxy (or finds it in
// the module cache) and returns its read-only directory there.
func Download(p Pin) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", p.String())
	cmd.Dir = os.TempDir() // outside any module
	cmd.Env = append(os.Environ(), Env...)
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Error != "" || info.Dir == "" {
		msg := info.Error
		if msg == "" && err != nil {
			msg = err.Error()
			if ee, ok := err.(*exec.ExitError); ok {
				msg += ": " + strings.TrimSpace(string(ee.Stderr))
			}
		}
		return "", fmt.Errorf("go mod download %s: %s", p, msg)
	}
	return info.Dir, nil
}

// DropLocalReplaces removes the replace directives of the module in dir
// whose target is a local path and, if there were any, tidies the module.
// It returns the replaced module paths.
func DropLocalReplaces(dir string) ([]string, error) {
	out, err := run(dir, "go", "mod", "edit", "-json")
	if err != nil {
		return nil, err
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal([]byte(out), &mod); err != nil {
		return nil, fmt.Errorf("go mod edit -json: %v", err)
	}
	var dropped, args []string
	for _, r := range mod.Replace {
		if r.New.Version != "" || !isLocalPath(r.New.Path) {
			continue
		}
		old := r.Old.Path
		if r.Old.Version != "" {
			old += "@" + r.Old.Version
		}
		dropped = append(dropped, r.Old.Path)
		args = append(args, "-dropreplace="+old)
	}
	if len(args) == 0 {
		return nil, nil
	}
	if _, err := run(dir, "go", append([]string{"mod", "edit"}, args...)...); err != nil {
		return nil, err
	}
	if _, err := run(dir, "go", "mod", "tidy"); err != nil {
		return nil, fmt.Errorf("tidying after dropping the local replace directives of %s: %v", strings.Join(dropped, ", "), err)
	}
	return dropped, nil
}

// StubMissingEmbeds creates, in the module in dir, every go:embed pattern
// without a match: build outputs that a module's zip leaves out, such as a
// web UI's bundle, without which its package and every importer fail to
// load. A pattern whose last element has an extension becomes an empty
// file, any other a directory holding one placeholder file.
func StubMissingEmbeds(dir string) error {
	out, err := run(dir, "go", "list", "-e", "-f", `{{$d := .Dir}}{{range .EmbedPatterns}}{{$d}}{{"\t"}}{{.}}{{"\n"}}{{end}}`, "./...")
	if err != nil {
		return err
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		pkgDir, pattern, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		pattern = strings.TrimPrefix(pattern, "all:")
		if strings.ContainsAny(pattern, "*?[\\") {
			continue
		}
		p := filepath.Join(pkgDir, filepath.FromSlash(pattern))
		if _, err := os.Stat(p); err == nil {
			continue
		}
		if filepath.Ext(p) != "" {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				return err
			}
			continue
		}
		if err := os.MkdirAll(p, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(p, "placeholder.txt"), []byte("stub of a build output missing from the module\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// isLocalPath reports whether a replacement is a directory, as the go
// command tells them from module paths.
func isLocalPath(p string) bool {
	return filepath.IsAbs(p) || p == "." || p == ".." ||
		strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") ||
		strings.HasPrefix(p, `.\`) || strings.HasPrefix(p, `..\`)
}

// CacheDir returns dir made absolute or, when dir is empty, the folder
// name in the user cache directory.
func CacheDir(dir, name string) (string, error) {
	if dir == "" {
		uc, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(uc, name)
	}
	return filepath.Abs(dir)
}

// Packages returns the import paths of the packages of the module in dir,
// without its tests (go list -e ./...). A package that does not load, such
// as one importing a package whose files are all behind a build tag, is
// listed all the same: the analysis reports it and goes on with the rest.
func Packages(dir string) ([]string, error) {
	out, err := run(dir, "go", "list", "-e", "./...")
	if err != nil {
		return nil, err
	}
	return strings.Fields(out), nil
}

// CountLines counts the lines of the Go files of the module in dir,
// outside testdata, vendor, hidden directories and nested modules: without
// and with the _test.go files.
func CountLines(dir string) (lines, all int, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); p != dir && (n == "testdata" || n == "vendor" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_")) {
				return filepath.SkipDir
			}
			if p != dir {
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir // a nested module
				}
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n := bytes.Count(data, []byte("\n"))
		all += n
		if !strings.HasSuffix(p, "_test.go") {
			lines += n
		}
		return nil
	})
	return lines, all, err
}

// run runs a go command in dir with Env and returns its standard output;
// its error includes the end of the standard error.
func run(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), Env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail(stderr.String(), 20))
	}
	return string(out), nil
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
