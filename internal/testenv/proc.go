package testenv

import (
	"context"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// E2EVar is the environment variable that asks for the expensive
// end-to-end suites: building golangci-lint with the plugin, the real-code
// crash test, installing the pre-commit hooks. .ci/run sets it.
const E2EVar = "OTELLINT_E2E"

// InCI reports whether the tests run under CI=true, where nothing may be
// skipped: a missing tool is a failure and the end-to-end suites run.
func InCI() bool {
	ok, _ := strconv.ParseBool(os.Getenv("CI"))
	return ok
}

// E2E skips the test, saying why in one line, unless the end-to-end suites
// are asked for (OTELLINT_E2E=1) or the tests run under CI=true. what says
// what the test would do, such as "builds golangci-lint with the plugin
// (about 5 minutes on 2 cores)".
func E2E(t testing.TB, what string) {
	t.Helper()
	if ok, _ := strconv.ParseBool(os.Getenv(E2EVar)); ok || InCI() {
		return
	}
	t.Skipf("end-to-end: %s; set %s=1 to run it (.ci/run does)", what, E2EVar)
}

// Command returns a command that cannot outlive the test: it runs in its own
// process group, and the whole group (the go commands and compilers it
// starts included) is killed when the test ends, when timeout passes (if
// not zero), or shortly before go test's -timeout would abort the test
// binary and orphan it.
func Command(t testing.TB, timeout time.Duration, name string, args ...string) *exec.Cmd {
	t.Helper()
	ctx := t.Context()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		t.Cleanup(cancel)
	}
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if deadline, ok := d.Deadline(); ok {
			// Leave the test time to report what the process printed.
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, deadline.Add(-time.Until(deadline)/20-5*time.Second))
			t.Cleanup(cancel)
		}
	}
	cmd := exec.CommandContext(ctx, name, args...)
	killGroup(cmd)
	cmd.WaitDelay = 10 * time.Second
	return cmd
}
