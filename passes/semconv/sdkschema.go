package semconv

import (
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/otellint/otellint/internal/apis"
)

// The SDK's resource package sets the schema URL of its default resource
// and of its detectors to the SchemaURL of the semconv package it imports
// (semconv/v1.43.0 for SDK v1.47.0): that version is the one a program's
// own resources must share to be merged with them. A package type-checked
// from source lists that import in its Imports; one read from export data
// does not, since no exported declaration mentions semconv, so the import
// is then read from the package's own source files, found through the
// position of its declarations (the module cache, or a vendor folder).

// sdkSchemas memoizes sdkSchemaURL by source folder.
var sdkSchemas sync.Map // string -> string

// sdkSchemaURL returns the schema URL of the SDK's own resources for the
// resource package pkg, or "" when it cannot be known.
func sdkSchemaURL(fset *token.FileSet, pkg *types.Package) string {
	for _, imp := range pkg.Imports() {
		if v, root, ok := apis.SemconvVersion(imp.Path()); ok && root {
			return schemaURLOf(v)
		}
	}
	obj := pkg.Scope().Lookup("Default")
	if obj == nil || !obj.Pos().IsValid() {
		return ""
	}
	dir := sourceDir(fset.Position(obj.Pos()).Filename)
	if dir == "" {
		return ""
	}
	if url, ok := sdkSchemas.Load(dir); ok {
		return url.(string)
	}
	url := ""
	if v := importedVersion(dir); v != "" {
		url = schemaURLOf(v)
	}
	sdkSchemas.Store(dir, url)
	return url
}

// sourceDir returns the folder of a source file named by export data: the
// file's own folder, or, for a path trimmed to the module cache
// (go build -trimpath), that folder in the module cache. It returns ""
// when the folder does not exist.
func sourceDir(file string) string {
	if file == "" {
		return ""
	}
	dir := filepath.Dir(file)
	if filepath.IsAbs(dir) {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
		return ""
	}
	if cache := moduleCache(); cache != "" {
		dir = filepath.Join(cache, dir)
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	return ""
}

// moduleCache returns the module cache folder as the go command finds it
// by default: GOMODCACHE, else the first GOPATH's pkg/mod, else
// $HOME/go/pkg/mod.
func moduleCache() string {
	if c := os.Getenv("GOMODCACHE"); c != "" {
		return c
	}
	if gp := filepath.SplitList(os.Getenv("GOPATH")); len(gp) > 0 && gp[0] != "" {
		return filepath.Join(gp[0], "pkg", "mod")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, "go", "pkg", "mod")
	}
	return ""
}

// importedVersion returns the one semconv version that the non-test Go
// files of dir import, or "" when they import none or several.
func importedVersion(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	found := ""
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			if v, root, ok := apis.SemconvVersion(path); ok && root {
				if found != "" && found != v {
					return ""
				}
				found = v
			}
		}
	}
	return found
}

// schemaURLOf returns the schema URL of a semconv version, as its
// package's SchemaURL constant spells it.
func schemaURLOf(version string) string {
	return "https://opentelemetry.io/schemas/" + strings.TrimPrefix(version, "v")
}
