package robust_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/otellint/otellint/internal/realmod"
	"github.com/otellint/otellint/internal/testenv"
)

// realModules are the pinned real modules of the crash test: OpenTelemetry
// users, permissively licensed, that type-check with this Go release and
// keep the test within a few minutes. (Modules of the OpenTelemetry
// repository itself replace their siblings with ../ paths and do not build
// alone.)
var realModules = []module{
	{"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "v0.72.0"},
	{"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc", "v0.67.0"},
	{"go.temporal.io/sdk", "v1.50.0"},
	{"github.com/jaegertracing/jaeger", "v1.76.0"}, // 230 packages, 156k lines with tests
}

// largeModules are added when OTELLINT_CRASHTEST_LARGE is set: with a cold
// build cache, go list -export compiles thousands of dependencies first
// (about 8 minutes on 2 cores), then the run takes about 15 seconds.
var largeModules = []module{
	{"go.temporal.io/server", "v1.30.0"}, // 767 packages, 787k lines with tests
}

type module struct{ path, version string }

// stdPatterns is the standard library, without its tests: with them, go
// list -export compiles every test dependency first (7 minutes on 2 cores
// with a cold cache, against 15 seconds for the whole run without).
var stdPatterns = []string{"std"}

// TestRealCode runs the whole suite, through the real binary, over pinned
// real modules from the module proxy and over the standard library, and
// fails on any panic, analyzer error or load error. Findings are fine. Set
// OTELLINT_CRASHTEST_LARGE=1 to add go.temporal.io/server.
func TestRealCode(t *testing.T) {
	testenv.E2E(t, "downloads real modules and analyzes them with std (about 10 minutes and 3 GB of caches on 2 cores)")
	otellintBin(t)
	t.Run("std", func(t *testing.T) {
		r := runBin(t, testenv.Root(), []string{"GOWORK=off", "GOTOOLCHAIN=local"}, 15*time.Minute, append([]string{"-test=false"}, stdPatterns...)...)
		checkRun(t, "otellint "+strings.Join(stdPatterns, " "), r)
	})
	mods := realModules
	if os.Getenv("OTELLINT_CRASHTEST_LARGE") != "" {
		mods = append(mods, largeModules...)
	}
	for _, m := range mods {
		t.Run(strings.TrimPrefix(m.path, "go.opentelemetry.io/"), func(t *testing.T) {
			dir := fetchModule(t, m.path, m.version)
			r := runBin(t, dir, []string{"GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local"}, 15*time.Minute, "./...")
			checkRun(t, "otellint ./... in "+m.path+"@"+m.version, r)
		})
	}
}

// analyzerError matches the driver's report of an analysis that failed:
// "otellint: <pass>: <package>: <error>".
var analyzerError = regexp.MustCompile(`(?m)^otellint: .*$`)

// checkRun fails on a crash, on an exit code other than 0 (clean) or 3
// (findings), and on any error line.
func checkRun(t *testing.T, what string, r result) {
	t.Helper()
	assertNoCrash(t, what, r)
	if r.code != 0 && r.code != 3 {
		t.Errorf("%s: exit %d, want 0 or 3\nstderr:\n%s", what, r.code, excerpt(r.stderr, 40))
	} else if errs := analyzerError.FindAllString(r.stderr, -1); len(errs) > 0 {
		t.Errorf("%s: %d errors:\n%s", what, len(errs), excerpt(strings.Join(errs, "\n"), 40))
	}
	t.Logf("%s: exit %d in %s, %d findings", what, r.code, r.took.Round(time.Second), strings.Count(r.stdout, "\n"))
}

// fetchModule materialises path@version from the module proxy in a
// writable temporary directory and downloads its dependencies.
func fetchModule(t *testing.T, path, version string) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := realmod.Materialize(dir, realmod.Pin{Path: path, Version: version}); err != nil {
		t.Fatalf("cannot materialise %s@%s from the module proxy (the crash test needs it): %v", path, version, excerpt(err.Error(), 20))
	}
	return dir
}
