package robust_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/otellint/otellint/internal/copytree"
	"github.com/otellint/otellint/internal/testenv"
)

// TestBadInput runs the otellint binary on each package of
// testdata/badinput (a module of its own, copied to a temporary directory
// with a generated huge file added) and checks the exit code and the
// message: bad input gets a clear error, never a panic.
func TestBadInput(t *testing.T) {
	testenv.TestData(t) // the badinput module requires the same modules
	dir := t.TempDir()
	if err := copytree.Copy(filepath.Join(testenv.Root(), "testdata", "badinput"), dir); err != nil {
		t.Fatal(err)
	}
	if err := writeHuge(filepath.Join(dir, "huge", "huge.go")); err != nil {
		t.Fatal(err)
	}
	// The cases run without the module proxy: the module's own
	// requirements, which the testdata module's need not include, must be
	// in the module cache first.
	dl := exec.Command("go", "mod", "download")
	dl.Dir = dir
	dl.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("cannot download the requirements of testdata/badinput: %v\n%s", err, excerpt(string(out), 20))
	}
	_, gccErr := exec.LookPath("gcc")

	for _, tc := range []struct {
		pkg string
		// codes are the acceptable exit codes.
		codes []int
		// stderr must match this expression (when not empty).
		stderr string
		// stdout must be empty (no finding) when quiet is set.
		quiet bool
	}{
		{pkg: "syntax", codes: []int{1}, stderr: `syntax\.go:11:\d+: .*(missing ','|expected)`},
		{pkg: "typeerror", codes: []int{1}, stderr: `typeerror\.go:1[23]:\d+: .*(cannot use|Finish)`},
		// The go command's reason, not only the type checker's "could not import".
		{pkg: "missingdep", codes: []int{1}, stderr: `(cannot find module providing|no required module provides) package example\.invalid/nosuch/tracing`},
		{pkg: "generics", codes: []int{0, 3}},
		{pkg: "generated", codes: []int{0}, quiet: true},
		{pkg: "empty", codes: []int{0}, quiet: true},
		{pkg: "nogo", codes: []int{1}, stderr: `(?i)no (Go files|packages|required module)|matched no packages|cannot find`},
		{pkg: "huge", codes: []int{0, 3}},
		{pkg: "cgo", codes: cgoCodes(gccErr)},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			env := []string{"GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local"}
			if tc.pkg == "cgo" {
				env = append(env, "CGO_ENABLED=1")
			}
			r := runBin(t, dir, env, 5*time.Minute, "./"+tc.pkg)
			assertNoCrash(t, "otellint ./"+tc.pkg, r)
			ok := false
			for _, c := range tc.codes {
				ok = ok || r.code == c
			}
			if !ok {
				t.Errorf("otellint ./%s: exit %d, want one of %v\nstdout:\n%s\nstderr:\n%s", tc.pkg, r.code, tc.codes, excerpt(r.stdout, 20), excerpt(r.stderr, 20))
			}
			if r.code == 1 && !strings.Contains(r.stderr, "otellint") {
				t.Errorf("otellint ./%s: an error must name the command; stderr:\n%s", tc.pkg, excerpt(r.stderr, 20))
			}
			if tc.stderr != "" && !regexp.MustCompile(tc.stderr).MatchString(r.stderr) {
				t.Errorf("otellint ./%s: stderr does not match %q:\n%s", tc.pkg, tc.stderr, excerpt(r.stderr, 20))
			}
			if tc.quiet && r.stdout != "" {
				t.Errorf("otellint ./%s: want no finding, got:\n%s", tc.pkg, excerpt(r.stdout, 20))
			}
			if r.code != 1 && regexp.MustCompile(`(?m)^otellint: `).MatchString(r.stderr) {
				t.Errorf("otellint ./%s: analyzer errors:\n%s", tc.pkg, excerpt(r.stderr, 20))
			}
			t.Logf("otellint ./%s: exit %d in %s", tc.pkg, r.code, r.took.Round(time.Millisecond))
		})
	}
}

// cgoCodes returns the acceptable exit codes of the cgo case: analyzed
// when a C compiler is there, a clear error when it is not.
func cgoCodes(gccErr error) []int {
	if gccErr != nil {
		return []int{1}
	}
	return []int{0, 3}
}

// writeHuge writes a large, legal file of about 50,000 lines: a span name
// concatenated from thousands of constants, hundreds of functions, deeply
// nested blocks and a long composite literal. (It is spread over many
// functions because the compiler, which go list runs for export data,
// takes minutes on one function of tens of thousands of statements.)
func writeHuge(name string) error {
	var b strings.Builder
	b.WriteString("// Package huge is one very large file.\npackage huge\n\nimport (\n\t\"context\"\n\n\t\"go.opentelemetry.io/otel\"\n\t\"go.opentelemetry.io/otel/attribute\"\n)\n\n")
	const nconst = 3000
	b.WriteString("const (\n")
	for i := range nconst {
		fmt.Fprintf(&b, "\tpart%d = \"p%d.\"\n", i, i)
	}
	b.WriteString(")\n\n// Name is one long concatenation of constants.\nconst Name = part0")
	for i := 1; i < nconst; i++ {
		fmt.Fprintf(&b, " +\n\tpart%d", i)
	}
	b.WriteString("\n")
	for f := range 300 {
		fmt.Fprintf(&b, "\n// Big%d runs many statements in one span.\nfunc Big%d(ctx context.Context, n int) int {\n\tctx, span := otel.Tracer(\"huge\").Start(ctx, part%d+Name)\n\tdefer span.End()\n\tx := 0\n", f, f, f)
		for i := range 40 {
			switch i % 4 {
			case 0:
				fmt.Fprintf(&b, "\tx += n * %d\n", i)
			case 1:
				fmt.Fprintf(&b, "\tif x > %d {\n\t\tspan.SetAttributes(attribute.Int(part%d, x))\n\t}\n", i, (f*40+i)%nconst)
			case 2:
				fmt.Fprintf(&b, "\t_, s%d := otel.Tracer(\"huge\").Start(ctx, part%d)\n\ts%d.End()\n", i, (f*40+i)%nconst, i)
			default:
				fmt.Fprintf(&b, "\tx ^= %d\n", i)
			}
		}
		b.WriteString("\treturn x\n}\n")
	}
	const depth = 400
	b.WriteString("\n// Deep nests blocks.\nfunc Deep(ctx context.Context, x int) {\n")
	for i := range depth {
		fmt.Fprintf(&b, "%sif x != %d {\n", strings.Repeat("\t", i+1), i)
	}
	fmt.Fprintf(&b, "%s_, deep := otel.Tracer(\"huge\").Start(ctx, Name)\n%sdeep.End()\n", strings.Repeat("\t", depth+1), strings.Repeat("\t", depth+1))
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "%s}\n", strings.Repeat("\t", i+1))
	}
	b.WriteString("}\n\n// Table is a long composite literal.\nvar Table = []attribute.KeyValue{\n")
	for i := range 2000 {
		fmt.Fprintf(&b, "\tattribute.Int(part%d, %d),\n", i%nconst, i)
	}
	b.WriteString("}\n")
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, []byte(b.String()), 0o644)
}
