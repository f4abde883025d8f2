// Package testenv prepares the testdata module for tests: analysistest
// loads it with GOPROXY=off, so its dependencies (the real OpenTelemetry,
// zap, logrus, zerolog and Prometheus modules) must already be in the
// module cache.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

var (
	once    sync.Once
	errText string
)

// Root returns the absolute path of the repository root.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// TestData returns the absolute path of the testdata module after making
// sure its dependencies are downloaded. It fails the test with the go
// command's message when they cannot be.
func TestData(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(Root(), "testdata")
	once.Do(func() {
		cmd := exec.Command("go", "mod", "download")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			errText = "cannot download the testdata module's dependencies (needs the Go module proxy or a warm module cache): " + err.Error() + "\n" + string(out)
		}
	})
	if errText != "" {
		t.Fatal(errText)
	}
	return dir
}
