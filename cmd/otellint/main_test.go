package main_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/shopmarks"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/internal/vetjson"
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
	cmd := testenv.Command(t, 0, bin, args...)
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

// jsonFinding is a finding of the -json output, its file relative to
// the testdata module.
type jsonFinding struct {
	Analyzer string
	vetjson.Diagnostic
}

var posnRE = regexp.MustCompile(`^(.*\.go):(\d+):(\d+)$`)

// decodeFindings reads go vet's JSON and returns each finding once (a
// package and its test variant report the same), with file names relative
// to dir.
func decodeFindings(t *testing.T, dir, out string) []jsonFinding {
	t.Helper()
	res, err := vetjson.Decode(strings.NewReader(out))
	if err != nil {
		t.Fatalf("JSON output does not parse as go vet's: %v\n%s", err, out)
	}
	var js []jsonFinding
	seen := map[string]bool{}
	for _, r := range res {
		if r.Err != "" {
			t.Fatalf("%s failed on %s: %s", r.Analyzer, r.Package, r.Err)
		}
		for _, d := range r.Diagnostics {
			d.Posn = relTo(t, dir, d.Posn)
			if k := r.Analyzer + d.Posn + d.Message; !seen[k] {
				seen[k] = true
				js = append(js, jsonFinding{r.Analyzer, d})
			}
		}
	}
	// In the order of the text output: by file, position and pass.
	slices.SortStableFunc(js, func(a, b jsonFinding) int {
		pa, pb := posnRE.FindStringSubmatch(a.Posn), posnRE.FindStringSubmatch(b.Posn)
		num := func(s string) int { n, _ := strconv.Atoi(s); return n }
		return cmp.Or(strings.Compare(pa[1], pb[1]), cmp.Compare(num(pa[2]), num(pb[2])), cmp.Compare(num(pa[3]), num(pb[3])), strings.Compare(a.Analyzer, b.Analyzer))
	})
	return js
}

// relTo returns a "file:line:col" position with the file relative to dir.
func relTo(t *testing.T, dir, posn string) string {
	t.Helper()
	m := posnRE.FindStringSubmatch(posn)
	if m == nil {
		t.Fatalf("bad posn %q", posn)
	}
	rel, err := filepath.Rel(dir, m[1])
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(rel) + ":" + m[2] + ":" + m[3]
}

// shopFindings runs otellint -json on the shop and returns what it found.
func shopFindings(t *testing.T, td string, args ...string) ([]jsonFinding, []shopmarks.Finding) {
	t.Helper()
	out, stderr, code := run(t, td, append(append([]string{"-json"}, args...), "./shop/...")...)
	if code != 3 {
		t.Fatalf("exit code %d on the shop, want 3 (findings); stderr:\n%s", code, stderr)
	}
	js := decodeFindings(t, td, out)
	var got []shopmarks.Finding
	for _, j := range js {
		m := posnRE.FindStringSubmatch(j.Posn)
		line, _ := strconv.Atoi(m[2])
		got = append(got, shopmarks.Finding{File: m[1], Line: line, Pass: j.Analyzer, Category: j.Category})
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

// TestTextOutput checks the plain form: "file:line:col: message
// (pass/category)" for each finding, then each of its related positions
// on an indented line below it, the same as in the JSON.
func TestTextOutput(t *testing.T) {
	td := testenv.TestData(t)
	js, _ := shopFindings(t, td)
	out, _, code := run(t, td, "./shop/...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3", code)
	}
	var want []string
	for _, j := range js {
		label := j.Analyzer
		if j.Category != "" {
			label += "/" + j.Category
		}
		want = append(want, fmt.Sprintf("%s: %s (%s)", j.Posn, j.Message, label))
		for _, r := range j.Related {
			want = append(want, fmt.Sprintf("\t%s: %s", relTo(t, td, r.Posn), r.Message))
		}
	}
	related := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(l, "\t") {
			related++
		}
	}
	if related == 0 {
		t.Errorf("no related line in the text output:\n%s", out)
	}
	if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); !slices.Equal(got, want) {
		t.Errorf("text output:\n%s\nwant, from the JSON output:\n%s", out, strings.Join(want, "\n"))
	}
}

// TestVet runs the same binary as a go vet tool with -json and requires
// the same diagnostics as the standalone -json run, read by the same
// decoder: positions, ends, messages, categories, related information
// and fixes.
func TestVet(t *testing.T) {
	td := testenv.TestData(t)
	js, _ := shopFindings(t, td)
	cmd := testenv.Command(t, 0, "go", "vet", "-vettool="+bin, "-json", "./shop/...")
	cmd.Dir = td
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go vet -json: %v\n%s", err, stderr.String())
	}
	vet := decodeFindings(t, td, stdout.String()+stderr.String())
	key := func(j jsonFinding) string {
		data, err := json.Marshal(j)
		if err != nil {
			t.Fatal(err)
		}
		return j.Analyzer + " " + string(data)
	}
	want, got := map[string]bool{}, map[string]bool{}
	for _, j := range js {
		want[key(j)] = true
	}
	for _, j := range vet {
		got[key(j)] = true
	}
	if len(want) == 0 {
		t.Fatal("the standalone run found nothing")
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

// TestUsage checks the help command and usage errors: an error is one
// line and a hint, and the flags are printed only when asked for.
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
	const hint = "run 'otellint -h' for the flags, 'otellint help' for the passes\n"
	for _, tc := range []struct {
		args []string
		want string // the first line
	}{
		{[]string{"-no-such-flag", "./..."}, "otellint: flag provided but not defined: -no-such-flag\n"},
		{nil, "otellint: no packages to analyze (such as ./...)\n"},
		{[]string{"-spanend.checks=no-such-check", "./..."}, `otellint: invalid value "no-such-check" for flag -spanend.checks: unknown check "no-such-check"`},
		{[]string{"-json", "-sarif", "./..."}, "otellint: choose one output format: -json, -sarif or -format\n"},
		{[]string{"-format=xml", "./..."}, "otellint: -format=xml: want text, json or sarif\n"},
		{[]string{"-diff", "-json", "./..."}, "otellint: -diff prints a patch; it does not combine with -format=json\n"},
	} {
		stdout, stderr, code := run(t, ".", tc.args...)
		if code != 2 || stdout != "" {
			t.Errorf("otellint %q: exit code %d, stdout %q; want 2 and nothing", tc.args, code, stdout)
		}
		if !strings.HasPrefix(stderr, tc.want) || !strings.HasSuffix(stderr, hint) || strings.Count(stderr, "\n") != 2 {
			t.Errorf("otellint %q: stderr\n%s\nwant the line %q and the hint, nothing else", tc.args, stderr, tc.want)
		}
	}
	_, stderr, code := run(t, ".", "-h")
	if code != 0 || !strings.Contains(stderr, "Usage:") || !strings.Contains(stderr, "-spanend.checks") {
		t.Errorf("-h: exit code %d, stderr %.200q; want 0 and the flags", code, stderr)
	}
}

// TestVetBadOption checks that under go vet a bad option value prints
// one line for each package the go command runs the tool on, not the
// usage text each time.
func TestVetBadOption(t *testing.T) {
	td := testenv.TestData(t)
	cmd := testenv.Command(t, 0, "go", "vet", "-vettool="+bin, "-spanend.checks=no-such-check", "./shop/payment")
	cmd.Dir = td
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("go vet accepted a bad option value")
	}
	want := `otellint: invalid value "no-such-check" for flag -spanend.checks: unknown check "no-such-check" (known: `
	packages, lines := 0, 0
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if strings.HasPrefix(l, "# ") {
			packages++ // the go command's header
			continue
		}
		lines++
		if !strings.HasPrefix(l, want) {
			t.Errorf("unexpected line %q", l)
		}
	}
	if packages == 0 || lines != packages {
		t.Errorf("%d lines for %d packages, want one each:\n%s", lines, packages, out)
	}
}

// TestLoadErrors checks that packages that cannot be loaded are
// reported in the go command's words (with no "-:" where there is no
// position), and that -json and -sarif still print a whole document.
func TestLoadErrors(t *testing.T) {
	// A directory outside any module (the temporary directory has no
	// go.mod above it).
	outside := t.TempDir()
	write(t, filepath.Join(outside, "a.go"), "package a\n")
	for _, args := range [][]string{{"."}, {"./..."}} {
		stdout, stderr, code := run(t, outside, args...)
		want := "otellint: go.mod file not found in current directory or any parent directory; see 'go help modules'\n"
		if code != 1 || stdout != "" || stderr != want {
			t.Errorf("otellint %s outside a module: exit %d, stdout %q, stderr %q; want 1 and %q", args, code, stdout, stderr, want)
		}
	}
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n\ngo 1.22\n")
	write(t, filepath.Join(mod, "broken", "broken.go"), "package broken\n\n// N does not type-check.\nvar N int = \"three\"\n")
	write(t, filepath.Join(mod, "clean", "clean.go"), "// Package clean has nothing to report.\npackage clean\n")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"./nosuchdir"}, "otellint: stat " + filepath.Join(mod, "nosuchdir") + ": directory not found\n"},
		{[]string{"./broken"}, `otellint: example.com/m/broken: broken/broken.go:4:13: cannot use "three" (untyped string constant) as int value in variable declaration` + "\n"},
		{[]string{"example.com/nosuch"}, "otellint: no required module provides package example.com/nosuch; to add it:"},
	} {
		_, stderr, code := run(t, mod, tc.args...)
		if code != 1 || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("otellint %s: exit %d, stderr %q; want 1 and %q", tc.args, code, stderr, tc.want)
		}
		if strings.Contains(stderr, "-: ") {
			t.Errorf("otellint %s: stray position in %q", tc.args, stderr)
		}
	}
	// JSON: the analyses of the package that did not load fail with its
	// error, in go vet's form.
	stdout, _, code := run(t, mod, "-json", "./...")
	res, err := vetjson.Decode(strings.NewReader(stdout))
	if code != 1 || err != nil {
		t.Fatalf("-json with a broken package: exit %d, %v\n%s", code, err, stdout)
	}
	failed := 0
	for _, r := range res {
		if r.Package != "example.com/m/broken" || !strings.Contains(r.Err, "cannot use \"three\"") {
			t.Errorf("unexpected result %+v", r)
		}
		failed++
	}
	if failed != len(otellint.All()) {
		t.Errorf("%d analyses reported failed on the broken package, want one per pass (%d)", failed, len(otellint.All()))
	}
	// Nothing loads at all: still a JSON document.
	if stdout, _, code := run(t, outside, "-json", "./..."); code != 1 || strings.TrimSpace(stdout) != "{}" {
		t.Errorf("-json outside a module: exit %d, stdout %q; want 1 and {}", code, stdout)
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

// fixCopy copies the shop's payment package to a package of the testdata
// module outside shop/ (which other tests, and other test binaries running
// in parallel, analyse as ./shop/...), with extra appended to its file,
// and returns the package pattern and the file.
func fixCopy(t *testing.T, td, extra string) (string, string) {
	t.Helper()
	dir := filepath.Join(td, "fixcopy_"+strconv.Itoa(os.Getpid())+"_"+strings.ReplaceAll(t.Name(), "/", "_"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	src, err := os.ReadFile(filepath.Join(td, "shop", "payment", "payment.go"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "payment.go")
	write(t, file, string(src)+extra)
	return "./" + filepath.Base(dir), file
}

// unformatted is a line gofmt would change; -fix must leave it alone, as
// no fix touches it.
const unformatted = "\nvar  untouched  =  1\n"

// TestFixDiff checks that -fix -diff prints a patch of only the lines the
// fixes change, leaves the file alone, and says on stderr what it would
// do and which findings are left.
func TestFixDiff(t *testing.T) {
	td := testenv.TestData(t)
	pkg, file := fixCopy(t, td, unformatted)
	before, _ := os.ReadFile(file)
	out, stderr, code := run(t, td, "-ctxpropagation", "-fix", "-diff", pkg)
	if code != 0 {
		t.Errorf("-fix -diff with every finding fixable: exit code %d, want 0\n%s", code, stderr)
	}
	name := strings.TrimPrefix(pkg, "./") + "/payment.go"
	var minus, plus []string
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "--- "), strings.HasPrefix(l, "+++ "):
			if l[4:] != name {
				t.Errorf("patch header %q, want the file %s", l, name)
			}
		case strings.HasPrefix(l, "-"):
			minus = append(minus, l)
		case strings.HasPrefix(l, "+"):
			plus = append(plus, l)
		}
	}
	if len(minus) != 1 || len(plus) != 1 || !strings.HasPrefix(plus[0], "+\treq, err := http.NewRequestWithContext(ctx, ") {
		t.Errorf("-fix -diff: want one line replaced by the NewRequestWithContext fix, got\n%s", out)
	}
	if want := "otellint: would apply 1 fix to 1 file (" + name + "); 0 findings left\n"; stderr != want {
		t.Errorf("-fix -diff: stderr %q, want %q", stderr, want)
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
		t.Fatal("-diff modified the file")
	}
}

// TestFix applies the fixes to a copy of a package and checks what it
// says, that the result builds and no longer has the finding, that the
// lines no fix touches are unchanged, and that the findings left are
// printed.
func TestFix(t *testing.T) {
	td := testenv.TestData(t)
	pkg, file := fixCopy(t, td, unformatted)
	before, _ := os.ReadFile(file)
	stdout, stderr, code := run(t, td, "-fix", pkg)
	if code != 3 {
		t.Fatalf("-fix with findings left: exit code %d, want 3\n%s", code, stderr)
	}
	name := strings.TrimPrefix(pkg, "./") + "/payment.go"
	if want := "otellint: applied 1 fix to 1 file (" + name + "); 2 findings left\n"; stderr != want {
		t.Errorf("-fix: stderr %q, want %q", stderr, want)
	}
	// The findings left, in the text form.
	if n := strings.Count(stdout, " (spanend/missing-set-status)\n") + strings.Count(stdout, " (spannaming/dynamic-name)\n"); n != 2 || strings.Contains(stdout, "request-without-ctx") {
		t.Errorf("-fix: findings left printed:\n%s\nwant the 2 without a fix", stdout)
	}
	after, _ := os.ReadFile(file)
	fixed := "req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+\"/refund/\"+orderID, nil)"
	if !strings.Contains(string(after), fixed) {
		t.Errorf("fix not applied:\n%s", after)
	}
	// Every line but the fixed one is as it was.
	bl, al := strings.Split(string(before), "\n"), strings.Split(string(after), "\n")
	changed := 0
	for i := range min(len(bl), len(al)) {
		if bl[i] != al[i] {
			changed++
		}
	}
	if len(bl) != len(al) || changed != 1 || !strings.Contains(string(after), unformatted) {
		t.Errorf("-fix changed %d lines (of %d, now %d), want only the fixed one", changed, len(bl), len(al))
	}
	build := testenv.Command(t, 0, "go", "build", pkg)
	build.Dir = td
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed code does not build: %v\n%s", err, out)
	}
	if _, _, code := run(t, td, "-ctxpropagation", pkg); code != 0 {
		t.Errorf("ctxpropagation still reports on the fixed code (exit %d)", code)
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

// TestClosingLine checks that a text report with findings ends with a line
// on stderr that counts them and says what exit status 3 means, and that
// the machine-readable formats do not get it.
func TestClosingLine(t *testing.T) {
	td := testenv.TestData(t)
	stdout, stderr, code := run(t, td, "./shop/...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3; stderr:\n%s", code, stderr)
	}
	findings, pkgs := 0, map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if !strings.HasPrefix(line, "\t") {
			findings++
			pkgs[path.Dir(strings.SplitN(line, ":", 2)[0])] = true
		}
	}
	want := fmt.Sprintf("otellint: %d findings in %d packages (exit status 3: findings)\n", findings, len(pkgs))
	if !strings.HasSuffix(stderr, want) {
		t.Errorf("stderr does not end with %q:\n%s", want, stderr)
	}
	if _, stderr, _ := run(t, td, "-json", "./shop/..."); strings.Contains(stderr, "findings in") {
		t.Errorf("-json run printed the closing line: %s", stderr)
	}
}
