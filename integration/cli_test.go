package integration

import (
	"flag"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/testenv"
)

// TestExitCodes runs the built command on a clean package, on the shop,
// on a package that does not type-check and with bad flags, and checks
// the documented exit codes: 0 clean, 3 findings, 1 load or analysis
// error, 2 usage error.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	bin := otellintBinary(t)
	td := testenv.TestData(t)
	mod := t.TempDir()
	writeFiles(t, mod, map[string]string{
		"go.mod":           "module example.com/sample\n\ngo 1.22\n",
		"clean/clean.go":   "// Package clean has nothing to report.\npackage clean\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n",
		"broken/broken.go": "package broken\n\n// N does not type-check.\nvar N int = \"three\"\n",
	})
	for _, tc := range []struct {
		name string
		dir  string
		args []string
		code int
		want string // in the output
	}{
		{"clean package", mod, []string{"./clean"}, 0, ""},
		{"findings", td, []string{"./shop/..."}, 3, "shop/"},
		{"type error", mod, []string{"./broken"}, 1, "broken.go:4"},
		{"no such package", mod, []string{"./nosuchdir"}, 1, "nosuchdir"},
		{"unknown flag", mod, []string{"-nosuchflag", "./clean"}, 2, "nosuchflag"},
		{"bad pass option", mod, []string{"-spanend.checks=no-such-check", "./clean"}, 2, "no-such-check"},
		{"no packages", mod, nil, 2, "no packages to analyze"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, code := run(t, tc.dir, goEnv(), bin, tc.args...)
			if code != tc.code {
				t.Errorf("otellint %s: exit code %d, want %d; output:\n%s", strings.Join(tc.args, " "), code, tc.code, out)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("otellint %s: output does not mention %q:\n%s", strings.Join(tc.args, " "), tc.want, out)
			}
			if panicRE.MatchString(out) {
				t.Errorf("otellint %s panicked:\n%s", strings.Join(tc.args, " "), out)
			}
		})
	}
}

// panicRE matches the trace of a crash.
var panicRE = regexp.MustCompile(`(?m)^panic: |^goroutine \d+ \[`)

// vetFindings runs go vet -vettool with the built command and -json over
// the packages pattern of the testdata module and returns its findings.
func vetFindings(t *testing.T, pattern string, flags ...string) []finding {
	t.Helper()
	td := testenv.TestData(t)
	args := append([]string{"vet", "-vettool=" + otellintBinary(t), "-json"}, flags...)
	args = append(args, pattern)
	out, code := run(t, td, goEnv(), "go", args...)
	if code != 0 {
		t.Fatalf("go %s: exit code %d:\n%s", strings.Join(args, " "), code, out)
	}
	// The output is one JSON object per package, read by the decoder of
	// the standalone command's -json output.
	var got []finding
	for _, f := range decodeFindings(t, "go vet -json", out) {
		got = append(got, parsePosn(t, td, f.Posn, f.Pass, f.Category))
	}
	return got
}

// parsePosn turns "file:line:col" into a finding.
func parsePosn(t *testing.T, dir, posn, pass, category string) finding {
	t.Helper()
	var line, col int
	i := strings.LastIndex(posn, ":")
	j := strings.LastIndex(posn[:max(i, 0)], ":")
	if j < 0 {
		t.Fatalf("bad position %q", posn)
	}
	if _, err := fmt.Sscanf(posn[j:], ":%d:%d", &line, &col); err != nil {
		t.Fatalf("bad position %q: %v", posn, err)
	}
	return finding{File: relToTestdata(t, dir, posn[:j]), Line: line, Pass: pass, Category: category}
}

// TestGoVet runs go vet -vettool over the shop: every pass's findings
// agree with the markers, as in the standalone run.
func TestGoVet(t *testing.T) {
	t.Parallel()
	want := shopMarkers(t)
	checkEveryPass(t, "go vet", vetFindings(t, "./shop/..."), want)
}

// TestGoVetPassFlag checks that a pass flag given to go vet changes what
// the pass reports. The flag is found in the registry: a list flag of a
// pass (such as -spanend.checks) whose default includes a category the
// shop has markers for is set to the default without that category.
func TestGoVetPassFlag(t *testing.T) {
	t.Parallel()
	want := shopMarkers(t)
	as, err := otellint.Analyzers(otellint.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	base := vetFindings(t, "./shop/...")
	for _, a := range as {
		var setting string
		var dropped finding
		a.Flags.VisitAll(func(f *flag.Flag) {
			if setting != "" {
				return
			}
			def := passkit.Split(f.DefValue)
			for _, m := range want {
				// Only a category the pass reports today: a marker of a
				// pass that has not landed proves nothing.
				if m.Pass == a.Name && slices.Contains(def, m.Category) && slices.Contains(base, m) {
					rest := slices.DeleteFunc(slices.Clone(def), func(c string) bool { return c == m.Category })
					setting = fmt.Sprintf("-%s.%s=%s", a.Name, f.Name, strings.Join(rest, ","))
					dropped = m
					return
				}
			}
		})
		if setting == "" {
			continue
		}
		t.Logf("go vet %s drops the findings of %s/%s", setting, dropped.Pass, dropped.Category)
		// Only the package of the finding: each new flag makes go vet
		// analyse every dependency again.
		dir := path.Dir(dropped.File)
		got := vetFindings(t, "./"+dir, setting)
		expect := without(base, func(f finding) bool {
			return path.Dir(f.File) != dir || f.Pass == dropped.Pass && f.Category == dropped.Category
		})
		if missing, extra := diff(got, expect); len(missing)+len(extra) > 0 {
			t.Errorf("go vet %s: findings differ from the default run minus %s/%s\nmissing:%s\nextra:%s",
				setting, dropped.Pass, dropped.Category, list(missing), list(extra))
		}
		return
	}
	if testenv.InCI() {
		t.Fatal("no pass reports a finding on the shop that one of its flags can switch off")
	}
	t.Skip("no pass reports a finding on the shop that one of its flags can switch off yet")
}

// TestSelfLint runs otellint on its own module, as the workflow
// .github/workflows/otellint.yml does on every push: the gate must pass.
func TestSelfLint(t *testing.T) {
	t.Parallel()
	out, code := run(t, root, goEnv(), otellintBinary(t), "./...")
	if code != 0 {
		t.Errorf("otellint ./... on the otellint module: exit code %d, so the CI gate fails:\n%s", code, out)
	}
}
