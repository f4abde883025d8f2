package integration

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/testenv"
)

// root is the repository root.
var root = testenv.Root()

// requireTool returns the path of an installed tool, or skips the test
// (fails it under CI=true) when it is missing.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if testenv.InCI() {
			t.Fatalf("%s is not installed; CI must install it (see .ci/run)", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return path
}

// finding is one expected or reported finding. Category is empty where a
// front end does not report categories.
type finding struct {
	File     string // slash-separated, relative to the testdata module
	Line     int
	Pass     string
	Category string
}

func (f finding) String() string {
	s := fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Pass)
	if f.Category != "" {
		s += "/" + f.Category
	}
	return s
}

// withoutCategory returns the findings with their categories dropped.
func withoutCategory(fs []finding) []finding {
	out := make([]finding, len(fs))
	for i, f := range fs {
		f.Category = ""
		out[i] = f
	}
	return out
}

// markerRE matches one "<pass>/<category>" item of a marker comment.
var markerRE = regexp.MustCompile(`^([a-z]+)/([a-z][a-z0-9-]*)$`)

// shopMarkers returns the findings the demo service expects: each line of
// testdata/shop that ends with "// finding: <pass>/<category> ..." gives
// one finding per item. A marker naming a pass or category the registry
// does not know fails the test.
func shopMarkers(t *testing.T) []finding {
	t.Helper()
	td := testenv.TestData(t)
	var out []finding
	err := filepath.WalkDir(filepath.Join(td, "shop"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(td, path)
		rel = filepath.ToSlash(rel)
		sc := bufio.NewScanner(bytes.NewReader(data))
		for line := 1; sc.Scan(); line++ {
			text := sc.Text()
			i := strings.Index(text, "// finding: ")
			if i < 0 || strings.TrimSpace(text[:i]) == "" {
				continue // not a trailing marker comment
			}
			for _, item := range strings.Fields(text[i+len("// finding: "):]) {
				m := markerRE.FindStringSubmatch(item)
				if m == nil {
					break
				}
				f := finding{File: rel, Line: line, Pass: m[1], Category: m[2]}
				p := lookupPass(m[1])
				if p == nil || !slices.Contains(p.Categories, m[2]) {
					t.Errorf("%s: marker %s names no category of a registered pass", f, item)
				}
				out = append(out, f)
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("testdata/shop has no finding markers")
	}
	return out
}

// lookupPass returns what the registry's pass of that name says of
// itself, or nil.
func lookupPass(name string) *passkit.Info {
	for _, p := range otellint.All() {
		if info := p.Info(); info.Name == name {
			return &info
		}
	}
	return nil
}

// without returns fs minus the findings for which drop is true.
func without(fs []finding, drop func(finding) bool) []finding {
	return slices.DeleteFunc(slices.Clone(fs), drop)
}

// checkEveryPass compares, for each pass of the registry, the findings a
// front end reported with the expected ones, as multisets. A pass that
// has expected findings but reports none has not landed yet: that skips
// its subtest, except under CI=true.
func checkEveryPass(t *testing.T, front string, got, want []finding) {
	t.Helper()
	for _, f := range got {
		if lookupPass(f.Pass) == nil {
			t.Errorf("%s reported a finding of unknown pass: %s", front, f)
		}
	}
	for _, d := range otellint.All() {
		p := d.Info()
		t.Run(p.Name, func(t *testing.T) {
			g := without(got, func(f finding) bool { return f.Pass != p.Name })
			w := without(want, func(f finding) bool { return f.Pass != p.Name })
			if len(g) == 0 && len(w) > 0 && !testenv.InCI() {
				t.Skipf("%s reports nothing for %s, which expects %d findings on the shop: not implemented yet?", front, p.Name, len(w))
			}
			if missing, extra := diff(g, w); len(missing)+len(extra) > 0 {
				t.Errorf("%s: findings of %s disagree with the shop's markers\nmissing (marked, not reported):%s\nextra (reported, not marked):%s",
					front, p.Name, list(missing), list(extra))
			}
		})
	}
}

// diff returns the findings of want missing from got and those of got
// not in want, counting repeats.
func diff(got, want []finding) (missing, extra []string) {
	count := map[finding]int{}
	for _, f := range got {
		count[f]++
	}
	for _, f := range want {
		count[f]--
	}
	for _, f := range slices.SortedFunc(maps.Keys(count), func(a, b finding) int { return strings.Compare(a.String(), b.String()) }) {
		for n := count[f]; n < 0; n++ {
			missing = append(missing, f.String())
		}
		for n := count[f]; n > 0; n-- {
			extra = append(extra, f.String())
		}
	}
	return missing, extra
}

// list formats findings one per line, or "none".
func list(fs []string) string {
	if len(fs) == 0 {
		return " none"
	}
	return "\n\t" + strings.Join(fs, "\n\t")
}

// relToTestdata returns the slash-separated path of a reported file name
// relative to the testdata module; dir is the directory relative names
// are relative to.
func relToTestdata(t *testing.T, dir, name string) string {
	t.Helper()
	if !filepath.IsAbs(name) {
		name = filepath.Join(dir, name)
	}
	rel, err := filepath.Rel(filepath.Join(root, "testdata"), name)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(rel)
}

// goEnv is the environment of the go commands and tools the tests run:
// the module cache of the developer, modules resolved as needed, and no
// workspace.
func goEnv(extra ...string) []string {
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "GOFLAGS=") || strings.HasPrefix(kv, "GOWORK=")
	})
	return append(env, append([]string{"GOFLAGS=-mod=mod -buildvcs=false", "GOWORK=off"}, extra...)...)
}

// run runs a command in dir and returns its combined output and exit
// code. A command that cannot start fails the test.
func run(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	var out bytes.Buffer
	cmd := testenv.Command(t, 0, name, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	if err == nil {
		return out.String(), 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return out.String(), ee.ExitCode()
	}
	t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	return "", -1
}

// cachedBuild builds the main package pkg of the module in dir into a
// binary cached under the system's temporary directory, keyed by a hash of
// the Go version and of every file that can change the binary (the .go,
// go.mod and go.sum files of the building module, and of otellint if the
// building module is otellint or replaces it with the working tree). A
// later run with the same inputs reuses the binary.
func cachedBuild(t *testing.T, name, dir, pkg string) string {
	t.Helper()
	return cached(t, name, dir, []string{pkg}, func(out string) []string { return []string{"go", "build", "-o", out, pkg} })
}

// cached returns the binary that the command build(out) writes to out,
// cached as cachedBuild says; dir is the directory the command runs in and
// the module whose files, with extra, key the cache.
func cached(t *testing.T, name, dir string, extra []string, build func(out string) []string) string {
	t.Helper()
	h := sha256.New()
	fmt.Fprintln(h, runtime.Version(), runtime.GOOS, runtime.GOARCH, name, dir, extra)
	if dir == root || usesRoot(t, dir) {
		hashTree(t, h, root, true)
	}
	if dir != root {
		hashTree(t, h, dir, false)
	}
	key := hex.EncodeToString(h.Sum(nil))[:20]
	bin := filepath.Join(os.TempDir(), "otellint-integration", name+"-"+key, name)
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := fmt.Sprintf("%s.%d.tmp", bin, os.Getpid())
	argv := build(tmp)
	out, code := run(t, dir, goEnv(), argv[0], argv[1:]...)
	if code != 0 {
		os.Remove(tmp)
		t.Fatalf("%s in %s failed:\n%s", strings.Join(argv, " "), dir, out)
	}
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatal(err)
	}
	pruneStale(filepath.Dir(bin), name)
	return bin
}

// staleAfter is how long a cached binary of an older tree is kept: long
// enough for a run of the tests of another checkout on the same machine.
const staleAfter = time.Hour

// pruneStale removes the cached builds of name other than keep, the
// directory just built, that nothing has written to for staleAfter: each
// change of the tree keys a new build, and a machine that keeps its
// temporary directory between runs (a CI runner) would otherwise gather
// one golangci-lint binary per commit until its disk is full.
func pruneStale(keep, name string) {
	parent := filepath.Dir(keep)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		dir := filepath.Join(parent, e.Name())
		if !e.IsDir() || dir == keep || !strings.HasPrefix(e.Name(), name+"-") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAfter {
			os.RemoveAll(dir)
		}
	}
}

// usesRoot reports whether the module in dir replaces otellint with the
// working tree.
func usesRoot(t *testing.T, dir string) bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Contains(string(data), "github.com/otellint/otellint =>")
}

// hashTree hashes the names and contents of the Go sources, go.mod and
// go.sum files below dir. With skipNested, nested modules and testdata
// are left out.
func hashTree(t *testing.T, h io.Writer, dir string, skipNested bool) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == dir {
				return nil
			}
			if n := d.Name(); strings.HasPrefix(n, ".") || n == "testdata" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && skipNested {
				return filepath.SkipDir
			}
			return nil
		}
		n := d.Name()
		if !(strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go")) && n != "go.mod" && n != "go.sum" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d\n", path, len(data))
		h.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

var (
	otellintOnce sync.Once
	otellintBin  string
)

// otellintBinary returns the otellint command built from the working tree.
func otellintBinary(t *testing.T) string {
	t.Helper()
	otellintOnce.Do(func() { otellintBin = cachedBuild(t, "otellint", root, "./cmd/otellint") })
	if otellintBin == "" {
		t.Fatal("otellint was not built")
	}
	return otellintBin
}

// writeFiles writes files (slash-separated names relative to dir).
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// testdataRequire returns the version the testdata module requires of a
// module, so that sample modules use versions already in the module cache.
func testdataRequire(t *testing.T, module string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testenv.TestData(t), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(module) + `\s+(v\S+)`).FindSubmatch(data)
	if m == nil {
		t.Fatalf("testdata/go.mod does not require %s", module)
	}
	return string(m[1])
}

// TestPruneStale: an older build of the same binary goes once it is
// stale; the build just made, a recent one and other binaries stay.
func TestPruneStale(t *testing.T) {
	parent := t.TempDir()
	mk := func(name string, age time.Duration) string {
		dir := filepath.Join(parent, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-age)
		if err := os.Chtimes(dir, old, old); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	keep := mk("custom-gcl-new", 2*staleAfter)
	stale := mk("custom-gcl-old", 2*staleAfter)
	recent := mk("custom-gcl-other", staleAfter/2)
	other := mk("actionlint-old", 2*staleAfter)
	pruneStale(keep, "custom-gcl")
	for dir, want := range map[string]bool{keep: true, stale: false, recent: true, other: true} {
		if _, err := os.Stat(dir); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(dir), err == nil, want)
		}
	}
}
