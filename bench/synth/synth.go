// Package synth writes a deterministic synthetic Go module of a chosen size
// for the benchmark: a service made of packages with HTTP handlers, spans,
// metrics, logs, goroutines and SQL, in the proportions of a real
// OpenTelemetry-instrumented code base, including a few of the pitfalls
// the suite reports.
//
// The module requires the same library versions as the repository's
// testdata module (its go.mod and go.sum are reused), so it type-checks
// against the real OpenTelemetry, zap, logrus, zerolog and Prometheus
// modules.
package synth

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
)

// ModulePath is the module path of the generated module.
const ModulePath = "synth.example/app"

// PackagesPerScale is the number of packages written at scale 1.
const PackagesPerScale = 12

// kinds are the package templates, in the order they rotate. Handlers are
// the most common kind of package in a service, so they appear twice.
var kinds = []string{"handlers", "repo", "worker", "handlers", "client", "consumer"}

// Write writes the module for the given scale (1, 4, 16...) into dir,
// which must not exist or be empty. testdataDir is the repository's
// testdata module, whose requirements the module copies. Write is
// deterministic: the same scale always gives the same files. It returns
// the number of Go lines written.
func Write(dir, testdataDir string, scale int) (lines int, err error) {
	if scale < 1 {
		return 0, fmt.Errorf("scale must be at least 1, got %d", scale)
	}
	gomod, err := os.ReadFile(filepath.Join(testdataDir, "go.mod"))
	if err != nil {
		return 0, err
	}
	gosum, err := os.ReadFile(filepath.Join(testdataDir, "go.sum"))
	if err != nil {
		return 0, err
	}
	modLine := regexp.MustCompile(`(?m)^module .*$`)
	if !modLine.Match(gomod) {
		return 0, fmt.Errorf("%s/go.mod has no module line", testdataDir)
	}
	gomod = modLine.ReplaceAll(gomod, []byte("module "+ModulePath))

	w := &writer{dir: dir}
	w.raw("go.mod", gomod)
	w.raw("go.sum", gosum)
	w.gofile("internal/telemetry/telemetry.go", telemetrySrc)
	w.gofile("internal/model/model.go", modelSrc)
	n := PackagesPerScale * scale
	for i := range n {
		kind := kinds[i%len(kinds)]
		name := fmt.Sprintf("%s%03d", kind[:1], i)
		path := fmt.Sprintf("svc/%s/%s", kind, name)
		for f := range 2 {
			var b strings.Builder
			fmt.Fprintf(&b, "package %s\n\n", name)
			b.WriteString(imports[kind])
			if f == 0 {
				b.WriteString(expand(headers[kind], name, i, 0))
			}
			for j := range funcsPerFile {
				b.WriteString(expand(bodies[kind], name, i, f*funcsPerFile+j))
				if p := pitfall(kind, i, f*funcsPerFile+j); p != "" {
					b.WriteString(expand(p, name, i, f*funcsPerFile+j))
				}
			}
			b.WriteString(expand(uses[kind], name, i, f))
			w.gofile(fmt.Sprintf("%s/%s_%d.go", path, name, f), b.String())
		}
	}
	return w.lines, w.err
}

// funcsPerFile is the number of templated function groups per file.
const funcsPerFile = 4

// pitfall returns the extra code for the given function group: about one
// group in seven commits one of the pitfalls the suite reports, as real
// code bases do now and then.
func pitfall(kind string, pkg, fn int) string {
	k := (pkg*funcsPerFile*2 + fn) % 7
	if k != 3 {
		return ""
	}
	switch kind {
	case "handlers":
		return pitfallHandler
	case "worker":
		return pitfallWorker
	case "repo":
		return pitfallRepo
	}
	return ""
}

// expand fills the placeholders of a template: PKG (package name), NUM
// (package index), FN (function index), and MOD (module path).
func expand(tmpl, pkg string, num, fn int) string {
	return strings.NewReplacer(
		"PKG", pkg,
		"NUM", fmt.Sprint(num),
		"FN", fmt.Sprint(fn),
		"MOD", ModulePath,
	).Replace(tmpl)
}

// writer writes files and keeps the first error and the count of lines.
type writer struct {
	dir   string
	lines int
	err   error
}

func (w *writer) raw(name string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(p, data, 0o644)
}

// gofile formats and writes a Go file; a template that does not format is
// a bug of this package, reported with the file's name.
func (w *writer) gofile(name, src string) {
	src = strings.ReplaceAll(src, "MOD", ModulePath)
	out, err := pruneImports(src)
	if err != nil {
		if w.err == nil {
			w.err = fmt.Errorf("synth: %s: %v", name, err)
		}
		return
	}
	w.lines += bytes.Count(out, []byte("\n"))
	w.raw(name, out)
}

// pruneImports removes the imports that src does not use and formats it.
// The package name of an import is its explicit name or the last element
// of its path, which holds for every import of the templates.
func pruneImports(src string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, imp := range slices.Clone(f.Imports) {
		path := strings.Trim(imp.Path.Value, `"`)
		name := path[strings.LastIndex(path, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if !used[name] {
			astutil.DeleteNamedImport(fset, f, importName(imp), path)
		}
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	return format.Source(buf.Bytes())
}

func importName(imp *ast.ImportSpec) string {
	if imp.Name != nil {
		return imp.Name.Name
	}
	return ""
}
