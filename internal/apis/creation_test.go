package apis_test

import (
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestCreationTables proves the tables of creation calls against the real
// libraries: every key names a function or method that exists and that an
// Index recognises under that key; a concrete registry's Gather counts as
// the Gatherer's; and PromautoNew holds every constructor promauto has.
func TestCreationTables(t *testing.T) {
	byPath := depsTypes(t, "otellint.test/deps", apis.PromhttpPkg)
	idx := apis.NewIndex(byPath["otellint.test/deps"], nil)
	keys := slices.Concat([]string{apis.SDKNewLoggerProvider, apis.PromGather, apis.MetricUnregister},
		apis.PromautoNew, apis.PromNewRegistry, apis.PromRegisterFuncs, apis.PromRegistryRegister,
		apis.PromRegistration, apis.PromKeepsLabels, apis.PromVecDelete)
	for _, key := range keys {
		p := byPath[apis.KeyPackage(key)]
		if p == nil {
			t.Errorf("%s: package not in the testdata module", key)
			continue
		}
		fn := lookupFunc(p, key)
		if fn == nil {
			t.Errorf("%s: no such function or method", key)
			continue
		}
		if got := idx.FuncKey(fn); got != key {
			t.Errorf("FuncKey(%s) = %q", key, got)
		}
	}
	// A handler serving its own registry calls Gather on a *Registry.
	prom := byPath[apis.PromPkg]
	if fn := lookupFunc(prom, "("+apis.PromPkg+".Registry).Gather"); fn == nil || idx.FuncKey(fn) != apis.PromGather {
		t.Errorf("(*prometheus.Registry).Gather is not recognised as %s", apis.PromGather)
	}
	if byPath[apis.PromhttpPkg] == nil {
		t.Errorf("package %s not in the testdata module", apis.PromhttpPkg)
	}
	// promauto's constructors are its functions named New...
	auto := byPath[apis.PromautoPkg]
	for _, name := range auto.Scope().Names() {
		if _, ok := auto.Scope().Lookup(name).(*types.Func); ok && strings.HasPrefix(name, "New") {
			if key := apis.PromautoPkg + "." + name; !slices.Contains(apis.PromautoNew, key) {
				t.Errorf("%s is missing from PromautoNew", key)
			}
		}
	}
}
