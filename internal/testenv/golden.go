package testenv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// GoldenCompiles type-checks each package testdata/<pass>/<pkg> with its
// golden files (*.go.golden) in place of the sources they follow: a
// suggested fix must leave code that compiles. Dependencies come as
// export data; only the package itself is type-checked from source.
func GoldenCompiles(t *testing.T, pass string, pkgs ...string) {
	t.Helper()
	dir := TestData(t)
	for _, pkg := range pkgs {
		golden, err := filepath.Glob(filepath.Join(dir, pass, pkg, "*.go.golden"))
		if err != nil || len(golden) == 0 {
			t.Fatalf("no golden files for %s/%s: %v", pass, pkg, err)
		}
		overlay := map[string][]byte{}
		for _, g := range golden {
			src, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			overlay[strings.TrimSuffix(g, ".golden")] = src
		}
		cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo, Dir: dir, Overlay: overlay}
		loaded, err := packages.Load(cfg, "otellint.test/"+pass+"/"+pkg)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range loaded {
			for _, e := range p.Errors {
				t.Errorf("%s/%s with its golden files does not compile: %v", pass, pkg, e)
			}
		}
	}
}
