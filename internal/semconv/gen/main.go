// Command gen writes the semantic-conventions table of otellint's
// internal/semconv package from the YAML registry of
// open-telemetry/semantic-conventions.
//
// Usage (from internal/semconv, as go generate runs it):
//
//	go -C gen run . [-registry DIR] [-out FILE]
//
// DIR is the folder that holds the registry's model/ directory (or model/
// itself). Without -registry, gen uses $OTELLINT_SEMCONV_DIR, and then
// ../shared/semconv beside the repository root. FILE defaults to the
// standard output.
//
// It is a module of its own so that its YAML dependency stays out of
// otellint's go.mod.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// rootModule is the module path that marks the repository root.
const rootModule = "github.com/otellint/otellint"

func main() {
	registry := flag.String("registry", "", "folder of the semantic-conventions registry (holding model/); default $OTELLINT_SEMCONV_DIR, then ../shared/semconv beside the repository root")
	out := flag.String("out", "", "file to write; default the standard output")
	flag.Parse()
	if err := run(*registry, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run generates the table from the registry folder dir into out.
func run(dir, out string) error {
	model, err := modelDir(dir)
	if err != nil {
		return err
	}
	t, err := load(model)
	if err != nil {
		return err
	}
	src, err := render(t)
	if err != nil {
		return err
	}
	if out == "" {
		_, err = os.Stdout.Write(src)
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

// modelDir returns the registry's model directory: dir/model, or dir when
// it is the model directory itself. An empty dir means
// $OTELLINT_SEMCONV_DIR, then ../shared/semconv beside the repository root.
func modelDir(dir string) (string, error) {
	if dir == "" {
		dir = os.Getenv("OTELLINT_SEMCONV_DIR")
	}
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "..", "shared", "semconv")
	}
	for _, d := range []string{filepath.Join(dir, "model"), dir} {
		if _, err := os.Stat(filepath.Join(d, "manifest.yaml")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("no semantic-conventions registry in %s (expected model/manifest.yaml); name its folder with -registry or OTELLINT_SEMCONV_DIR", dir)
}

// repoRoot returns the closest enclosing folder of the working directory
// whose go.mod declares the otellint module.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module "+rootModule+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the repository root (the folder whose go.mod declares " + rootModule + ") above the working directory; use -registry")
		}
		dir = parent
	}
}
