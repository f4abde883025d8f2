package robust_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/otellint/otellint/internal/testenv"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// otellintBin builds cmd/otellint once and returns the binary's path.
func otellintBin(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "otellint-robust-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "otellint")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/otellint")
		cmd.Dir = testenv.Root()
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build ./cmd/otellint: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// result is the outcome of one run of the binary.
type result struct {
	code           int
	stdout, stderr string
	took           time.Duration
}

// runBin runs the otellint binary in dir with args, env added to the
// environment, and a deadline.
func runBin(t *testing.T, dir string, env []string, timeout time.Duration, args ...string) result {
	t.Helper()
	// On timeout, the go commands the driver runs are killed too.
	cmd := testenv.Command(t, timeout, otellintBin(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	if cmd.ProcessState != nil && !cmd.ProcessState.Exited() {
		t.Fatalf("otellint %s in %s did not finish within %s\nstderr:\n%s", strings.Join(args, " "), dir, timeout, excerpt(r.stderr, 40))
	}
	if cmd.ProcessState == nil {
		t.Fatalf("otellint %s: %v", strings.Join(args, " "), err)
	}
	r.code = cmd.ProcessState.ExitCode()
	return r
}

// crashText matches what a Go program prints when it crashes: a panic, a
// fatal runtime error, or a goroutine dump.
var crashText = regexp.MustCompile(`(?m)^(panic: |fatal error: |goroutine \d+ \[|\[signal )`)

// assertNoCrash fails the test if the run crashed.
func assertNoCrash(t *testing.T, what string, r result) {
	t.Helper()
	if crashText.MatchString(r.stderr) || crashText.MatchString(r.stdout) || r.code > 3 || r.code < 0 {
		t.Errorf("%s crashed (exit %d):\n%s", what, r.code, excerpt(r.stderr+r.stdout, 60))
	}
}

// excerpt returns the first n lines of s.
func excerpt(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > n {
		return strings.Join(lines[:n], "") + fmt.Sprintf("... (%d more lines)\n", len(lines)-n)
	}
	return s
}
