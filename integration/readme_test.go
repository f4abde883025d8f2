package integration

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readme returns the README's text.
func readme(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// readmeCommands returns the command lines of the first sh block after the
// heading, without their trailing comments.
func readmeCommands(t *testing.T, heading string) []string {
	t.Helper()
	text := readme(t)
	i := strings.Index(text, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("README has no heading %q", heading)
	}
	block := regexp.MustCompile("(?s)```sh\n(.*?)```").FindStringSubmatch(text[i:])
	if block == nil {
		t.Fatalf("README: no sh block after %q", heading)
	}
	var cmds []string
	for _, line := range strings.Split(strings.TrimSpace(block[1]), "\n") {
		if j := strings.Index(line, " #"); j >= 0 {
			line = line[:j]
		}
		cmds = append(cmds, strings.TrimSpace(line))
	}
	return cmds
}

// TestReadmeShowsExamples checks that the README shows each file of
// examples/ exactly, so that what users copy is what actionlint and the
// tests check.
func TestReadmeShowsExamples(t *testing.T) {
	t.Parallel()
	text := readme(t)
	files, err := filepath.Glob(filepath.Join(root, "examples", "*.y*ml"))
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob(filepath.Join(root, "examples", "github-actions", "*.yml"))
	files = append(files, more...)
	if len(files) < 4 {
		t.Fatalf("examples/: %d files, want the workflows, .custom-gcl.yml and .pre-commit-config.yaml", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, "```yaml\n"+string(data)+"```") {
			rel, _ := filepath.Rel(root, f)
			t.Errorf("the README does not show %s exactly in a yaml block", rel)
		}
	}
}

// TestReadmeFirstCommand runs the README's first command as written: it
// prints the demo's findings and a closing line that says what the exit
// status means.
func TestReadmeFirstCommand(t *testing.T) {
	t.Parallel()
	cmds := readmeCommands(t, "## The two commands")
	if len(cmds) != 2 || cmds[1] != "go test ./..." {
		t.Fatalf("README's two commands: %q", cmds)
	}
	out, code := run(t, root, goEnv(), "sh", "-c", cmds[0])
	if code != 1 || !strings.Contains(out, "(spanend/missing-end)") ||
		!regexp.MustCompile(`(?m)^otellint: \d+ findings in \d+ packages \(exit status 3: findings\)\nexit status 3$`).MatchString(out) {
		t.Errorf("%s: exit code %d, want go run's 1 after the findings and the closing line:\n%s", cmds[0], code, out)
	}
}

// TestReadmeInstallFromClone runs the README's install command for a clone
// as written, into a temporary GOBIN, and runs what it installed.
func TestReadmeInstallFromClone(t *testing.T) {
	t.Parallel()
	cmds := readmeCommands(t, "## Install and run")
	if len(cmds) != 1 || cmds[0] != "go install ./cmd/otellint" {
		t.Fatalf("README's install command for a clone: %q", cmds)
	}
	bin := t.TempDir()
	if out, code := run(t, root, goEnv("GOBIN="+bin), "sh", "-c", cmds[0]); code != 0 {
		t.Fatalf("%s: exit code %d\n%s", cmds[0], code, out)
	}
	if out, code := run(t, root, goEnv(), filepath.Join(bin, "otellint"), "help"); code != 0 || !strings.Contains(out, "spanend") {
		t.Errorf("the installed otellint help: exit code %d\n%s", code, out)
	}
}

// TestCustomGCLScriptRefusesDirectory checks that scripts/custom-gcl does
// not write its binary inside a directory given as the output.
func TestCustomGCLScriptRefusesDirectory(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	dir := t.TempDir()
	out, code := run(t, dir, goEnv(), "bash", filepath.Join(root, "scripts", "custom-gcl"), "-o", dir)
	if code != 2 || !strings.Contains(out, "is a directory") {
		t.Errorf("custom-gcl -o <dir>: exit code %d, want 2 and a message\n%s", code, out)
	}
}
