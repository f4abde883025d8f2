package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/shopmarks"
	"github.com/otellint/otellint/internal/testenv"
)

// bin is the otellint binary built for these tests.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "otellint-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "otellint")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building otellint: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the binary in dir and returns its stdout, stderr and exit code.
func run(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("running otellint: %v", err)
	}
	if strings.Contains(e.String(), "panic:") || strings.Contains(e.String(), "goroutine ") {
		t.Fatalf("otellint panicked:\n%s", e.String())
	}
	return o.String(), e.String(), code
}

type jsonFinding struct {
	Analyzer string `json:"analyzer"`
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

var posnRE = regexp.MustCompile(`^(.*\.go):(\d+):(\d+)$`)

// shopFindings runs otellint -json on the shop and returns what it found.
func shopFindings(t *testing.T, td string, args ...string) ([]jsonFinding, []shopmarks.Finding) {
	t.Helper()
	out, stderr, code := run(t, td, append(append([]string{"-json"}, args...), "./shop/...")...)
	if code != 3 {
		t.Fatalf("exit code %d on the shop, want 3 (findings); stderr:\n%s", code, stderr)
	}
	var js []jsonFinding
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s", err, out)
	}
	var got []shopmarks.Finding
	for _, j := range js {
		m := posnRE.FindStringSubmatch(j.Posn)
		if m == nil {
			t.Fatalf("bad posn %q", j.Posn)
		}
		line, _ := strconv.Atoi(m[2])
		got = append(got, shopmarks.Finding{File: filepath.ToSlash(m[1]), Line: line, Pass: j.Analyzer, Category: j.Category})
	}
	shopmarks.Sort(got)
	return js, got
}

// TestShop runs the binary on the demo service and requires its findings
// to be exactly the ones marked in the source, with every pass of the
// registry represented.
func TestShop(t *testing.T) {
	td := testenv.TestData(t)
	want, err := shopmarks.Read(td)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range otellint.All() {
		p := d.Info()
		if len(shopmarks.Only(want, p.Name)) == 0 {
			t.Errorf("the shop has no marked finding of pass %s", p.Name)
		}
	}
	_, got := shopFindings(t, td)
	missing, unexpected := shopmarks.Diff(want, got)
	for _, f := range missing {
		t.Errorf("missing finding %s", f)
	}
	for _, f := range unexpected {
		t.Errorf("unexpected finding %s", f)
	}
	// Every category reported is one the pass declares.
	cats := map[string]bool{}
	for _, d := range otellint.All() {
		p := d.Info()
		for _, c := range p.Categories {
			cats[p.Name+"/"+c] = true
		}
	}
	for _, f := range got {
		if !cats[f.Pass+"/"+f.Category] {
			t.Errorf("%s: category %s/%s is not declared by the pass", f, f.Pass, f.Category)
		}
	}
}

// TestTextOutput checks the plain form: file:line:col: message (pass/category).
func TestTextOutput(t *testing.T) {
	td := testenv.TestData(t)
	out, _, code := run(t, td, "./shop/...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3", code)
	}
	line := regexp.MustCompile(`^shop/[^:]+\.go:\d+:\d+: \S.* \([a-z]+/[a-z-]+\)$`)
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !line.MatchString(l) {
			t.Errorf("output line not in file:line:col: message (pass/category) form: %q", l)
		}
	}
}

// TestVet runs the same binary as a go vet tool and requires the same
// findings as the standalone run.
func TestVet(t *testing.T) {
	td := testenv.TestData(t)
	js, _ := shopFindings(t, td)
	want := map[string]bool{}
	for _, j := range js {
		want[j.Posn+": "+j.Message] = true
	}
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./shop/...")
	cmd.Dir = td
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded on the shop; want findings")
	}
	got := map[string]bool{}
	diag := regexp.MustCompile(`^(?:\./)?(shop/\S+\.go:\d+:\d+: .*)$`)
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "panic:") {
			t.Fatalf("vet tool panicked:\n%s", out)
		}
		// Related information is printed as "posn: \tmessage".
		if m := diag.FindStringSubmatch(l); m != nil && !strings.Contains(l, ": \t") {
			got[m[1]] = true
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("go vet did not report %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("go vet reported %s, the standalone run did not", k)
		}
	}
}

// TestIgnoreDirective checks that //otellint:ignore silences exactly its
// line: the same pitfall elsewhere in the file is still reported.
func TestIgnoreDirective(t *testing.T) {
	td := testenv.TestData(t)
	_, got := shopFindings(t, td)
	file := "shop/api/handlers.go"
	data, err := os.ReadFile(filepath.Join(td, file))
	if err != nil {
		t.Fatal(err)
	}
	ignored := 0
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, "//otellint:ignore rawlogging") {
			ignored = i + 1
		}
	}
	if ignored == 0 {
		t.Fatal("the shop has no //otellint:ignore rawlogging line")
	}
	twin := 0
	for _, f := range got {
		if f.File == file && f.Pass == "rawlogging" && f.Category == "raw-print" {
			if f.Line == ignored {
				t.Errorf("finding on the ignored line %d: %s", ignored, f)
			}
			twin++
		}
	}
	if twin == 0 {
		t.Errorf("no raw-print finding in %s at all: the directive test proves nothing", file)
	}
}

// TestTypeError checks that a package that does not type-check gets a
// clear error and exit code 1, never a panic.
func TestTypeError(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module broken\n\ngo 1.22\n")
	write(t, filepath.Join(dir, "broken.go"), "package broken\n\nfunc F() int { return nosuch }\n")
	_, stderr, code := run(t, dir, "./...")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(stderr, "undefined: nosuch") {
		t.Errorf("stderr does not name the type error:\n%s", stderr)
	}
}

// TestCleanPackage checks exit code 0 on code without findings.
func TestCleanPackage(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module clean\n\ngo 1.22\n")
	write(t, filepath.Join(dir, "clean.go"), "package clean\n\n// F is fine.\nfunc F() int { return 1 }\n")
	out, stderr, code := run(t, dir, "./...")
	if code != 0 || out != "" {
		t.Errorf("exit code %d, output %q, stderr %q; want 0 and nothing", code, out, stderr)
	}
}

// TestTiming checks the -timing line, which the benchmark parses: one line
// on stderr with the loading and analysis phases, nothing on stdout.
func TestTiming(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module clean\n\ngo 1.22\n")
	write(t, filepath.Join(dir, "a", "a.go"), "package a\n\n// F is fine.\nfunc F() int { return 1 }\n")
	write(t, filepath.Join(dir, "b", "b.go"), "package b\n\nimport \"clean/a\"\n\n// G is fine.\nfunc G() int { return a.F() }\n")
	out, stderr, code := run(t, dir, "-timing", "./...")
	if code != 0 || out != "" {
		t.Fatalf("exit code %d, output %q, stderr %q; want 0 and nothing", code, out, stderr)
	}
	re := regexp.MustCompile(`^otellint: timing: load [0-9.]+s wall( [0-9.]+s cpu)?, analysis [0-9.]+s wall( [0-9.]+s cpu)?, 2 packages\n$`)
	if !re.MatchString(stderr) {
		t.Errorf("stderr %q does not match %s", stderr, re)
	}
	if _, stderr, _ := run(t, dir, "./..."); stderr != "" {
		t.Errorf("without -timing, stderr %q; want nothing", stderr)
	}
}

// TestUsage checks the help command and usage errors.
func TestUsage(t *testing.T) {
	out, _, code := run(t, ".", "help")
	if code != 0 {
		t.Errorf("help: exit code %d", code)
	}
	for _, d := range otellint.All() {
		p := d.Info()
		if !strings.Contains(out, p.Name) {
			t.Errorf("help does not list %s", p.Name)
		}
		doc, _, code := run(t, ".", "help", p.Name)
		if code != 0 || !strings.HasPrefix(doc, p.Name+": ") {
			t.Errorf("help %s: exit %d, output %.80q", p.Name, code, doc)
		}
	}
	if _, _, code := run(t, ".", "-no-such-flag", "./..."); code != 2 {
		t.Errorf("unknown flag: exit code %d, want 2", code)
	}
	if _, _, code := run(t, "."); code != 2 {
		t.Errorf("no packages: exit code %d, want 2", code)
	}
	if _, stderr, code := run(t, ".", "-spanend.checks=no-such-check", "./..."); code != 2 || !strings.Contains(stderr, "no-such-check") {
		t.Errorf("bad pass option: exit code %d, stderr %q; want 2 and the bad value named", code, stderr)
	}
}

// TestPassSelection checks -<pass> and -<pass>=false.
func TestPassSelection(t *testing.T) {
	td := testenv.TestData(t)
	_, only := shopFindings(t, td, "-spanend")
	for _, f := range only {
		if f.Pass != "spanend" {
			t.Errorf("-spanend reported %s", f)
		}
	}
	if len(only) == 0 {
		t.Error("-spanend reported nothing on the shop")
	}
	_, without := shopFindings(t, td, "-spanend=false")
	for _, f := range without {
		if f.Pass == "spanend" {
			t.Errorf("-spanend=false reported %s", f)
		}
	}
}

// TestFixDiff checks that -fix -diff prints the suggested fixes as a diff
// and leaves the files alone.
func TestFixDiff(t *testing.T) {
	td := testenv.TestData(t)
	file := filepath.Join(td, "shop", "payment", "payment.go")
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, _ := run(t, td, "-ctxpropagation", "-fix", "-diff", "./shop/payment")
	if !strings.Contains(out, "+++ shop/payment/payment.go") || !strings.Contains(out, "+\treq, err := http.NewRequestWithContext(ctx, ") {
		t.Errorf("-fix -diff did not print the NewRequestWithContext fix:\n%s\n%s", out, stderr)
	}
	after, _ := os.ReadFile(file)
	if !bytes.Equal(before, after) {
		os.WriteFile(file, before, 0o644)
		t.Fatal("-diff modified the file")
	}
}

// TestFix applies the fixes to a copy of a package and checks that the
// result builds and no longer has the finding.
func TestFix(t *testing.T) {
	td := testenv.TestData(t)
	// The copy lives outside shop/, which other tests (and other test
	// binaries running in parallel) analyse as ./shop/....
	dir := filepath.Join(td, "fixcopy_"+strconv.Itoa(os.Getpid()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	src, err := os.ReadFile(filepath.Join(td, "shop", "payment", "payment.go"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "payment.go"), string(src))
	pkg := "./" + filepath.Base(dir)
	if _, stderr, code := run(t, td, "-ctxpropagation", "-fix", pkg); code == 1 || code == 2 {
		t.Fatalf("-fix failed with exit code %d:\n%s", code, stderr)
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "payment.go"))
	if !strings.Contains(string(fixed), "http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+\"/refund/\"+orderID, nil)") {
		t.Errorf("fix not applied:\n%s", fixed)
	}
	build := exec.Command("go", "build", pkg)
	build.Dir = td
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed code does not build: %v\n%s", err, out)
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
