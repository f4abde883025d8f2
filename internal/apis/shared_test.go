package apis_test

import (
	"go/types"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// sharedPatterns are the packages the table tests look in: the testdata
// module's dependency package, which imports every library the tables
// name, and the standard packages they name. They are loaded once for
// the whole test binary: each load lists and type-checks the module's
// large dependency graph.
var sharedPatterns = []string{
	"otellint.test/deps", "otellint.test/apis/calls",
	"context", "database/sql", "embed", "encoding", "encoding/json", "encoding/xml", "flag", "fmt", "io", "io/fs",
	"io/ioutil", "log", "log/slog", "net/http", "net/http/httptest", "net/url", "os", "os/exec", "sync",
	apis.PromhttpPkg, "github.com/prometheus/client_golang/prometheus", "github.com/prometheus/client_golang/prometheus/promauto",
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace", "go.opentelemetry.io/otel/trace", "go.opentelemetry.io/otel/trace/noop",
	"github.com/rs/zerolog", "github.com/rs/zerolog/log",
}

var shared struct {
	once   sync.Once
	byPath map[string]*types.Package
	errs   []packages.Error
	err    error
}

// depsTypes returns the type-checked packages (from export data) of the
// testdata module by path, with all their dependencies: those of the
// shared load when it holds every pattern, else of a load of patterns.
// Errors of a loaded package fail the test.
func depsTypes(t *testing.T, patterns ...string) map[string]*types.Package {
	t.Helper()
	dir := testenv.TestData(t)
	shared.once.Do(func() {
		shared.byPath, shared.errs, shared.err = loadDeps(dir, sharedPatterns)
	})
	byPath, errs, err := shared.byPath, shared.errs, shared.err
	if err == nil && slices.ContainsFunc(patterns, func(p string) bool { return byPath[p] == nil }) {
		byPath, errs, err = loadDeps(dir, patterns)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("%v", e)
	}
	return byPath
}

// loadDeps loads patterns with their dependencies in dir.
func loadDeps(dir string, patterns []string) (map[string]*types.Package, []packages.Error, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	byPath := map[string]*types.Package{}
	var errs []packages.Error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		errs = append(errs, p.Errors...)
		if p.Types != nil {
			byPath[p.PkgPath] = p.Types
		}
	})
	return byPath, errs, nil
}
