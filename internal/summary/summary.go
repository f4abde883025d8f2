// Package summary runs the suite's fact-bearing analyzers without analysis
// facts, for drivers that make facts expensive.
//
// A pass that learns what the functions of a package do (a helper that
// starts and returns a span, a function that creates instruments) exports
// that knowledge as analysis facts, and a driver runs the pass on every
// package the analyzed ones import to compute them. The standalone driver
// does so for the main module's packages only; golangci-lint cannot be told
// to, and runs the pass on every dependency (the standard library, the
// OpenTelemetry modules, gRPC...), type-checking from source those whose
// facts its cache does not hold.
//
// [Analyzers] returns copies of the analyzers that declare no FactTypes.
// Each runs the analyzer's own Run, whose calls to import and export facts
// are served by a [Service] shared by the copies:
//
//   - a fact of the package being analyzed is kept for the rest of the
//     run, as a driver would keep it;
//   - a fact of another package Q of the main module is computed once per
//     process: Q's files (those that declare the objects of the
//     *types.Package the driver loaded, so the files of the build) are
//     parsed again, type-checked with the already loaded packages as
//     imports, and the analyzer's Run is applied to them, its diagnostics
//     dropped and its facts kept, by object path, for every caller;
//   - a package outside the main module has no facts, as under the
//     standalone driver.
//
// A package's facts are a function of its source and of its imports' facts
// only, computed the same way in every process, so the findings do not
// depend on the order in which a driver runs the packages or on which of
// them it takes from a cache.
package summary

import (
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// Analyzers returns the analyzers as they run in summary mode: an
// analyzer that declares FactTypes is replaced by a copy without them,
// whose facts a new [Service] computes; the others are returned as they
// are. The analyzers an analyzer requires must declare no facts.
func Analyzers(as []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	return analyzers(as, true)
}

// Rechecking is [Analyzers] for tests: every fact of another package is
// computed by checking that package again, none is taken from the
// driver's run on it.
func Rechecking(as []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	return analyzers(as, false)
}

// analyzers returns the summary-mode analyzers, whose service takes the
// facts of the driver's runs if offers is set.
func analyzers(as []*analysis.Analyzer, offers bool) ([]*analysis.Analyzer, error) {
	s := &Service{pkgs: map[pkgKey]*pkgSummary{}, offered: map[offerKey]map[factKey]analysis.Fact{}, offers: offers}
	out := make([]*analysis.Analyzer, len(as))
	for i, a := range as {
		if err := factFreeRequires(a); err != nil {
			return nil, err
		}
		if len(a.FactTypes) == 0 {
			out[i] = a
			continue
		}
		s.analyzers = append(s.analyzers, a)
		c := *a
		c.FactTypes = nil
		c.Run = func(pass *analysis.Pass) (any, error) { return s.run(a, pass) }
		out[i] = &c
	}
	return out, nil
}

// factFreeRequires reports an error if an analyzer a requires, directly or
// not, declares facts: the service serves only the facts of the analyzers
// it is given.
func factFreeRequires(a *analysis.Analyzer) error {
	for _, r := range a.Requires {
		if len(r.FactTypes) > 0 {
			return fmt.Errorf("%s requires %s, which declares facts", a.Name, r.Name)
		}
		if err := factFreeRequires(r); err != nil {
			return err
		}
	}
	return nil
}

// Service computes the facts of the main module's packages on demand,
// once per package.
type Service struct {
	analyzers []*analysis.Analyzer // the analyzers with facts, as declared
	offers    bool                 // take the facts of the driver's runs

	mu      sync.Mutex
	pkgs    map[pkgKey]*pkgSummary
	offered map[offerKey]map[factKey]analysis.Fact
	tests   sync.Map // *types.Package -> bool: is it a test variant?
}

// pkgKey names a package. A package and its test variant (the package
// with its _test.go files) differ.
type pkgKey struct {
	path string
	test bool
}

// offerKey names the facts of one analyzer on one package.
type offerKey struct {
	pkgKey
	analyzer *analysis.Analyzer
}

// pkgSummary holds the facts of every analyzer on one package, computed
// once.
type pkgSummary struct {
	once  sync.Once
	done  atomic.Bool // facts is set
	facts map[*analysis.Analyzer]map[factKey]analysis.Fact
}

// factKey names a fact: its object's path within the package ("" for a
// package fact) and its type.
type factKey struct {
	obj objectpath.Path
	typ reflect.Type
}

// run runs the fact-bearing analyzer a on the driver's pass, its facts
// served by the service.
func (s *Service) run(a *analysis.Analyzer, pass *analysis.Pass) (any, error) {
	p := *pass
	exported := s.bind(&p, a, mainModule(pass))
	res, err := a.Run(&p)
	if err == nil && s.offers {
		s.offer(offerKey{pkgKey{pass.Pkg.Path(), isTestVariant(pass)}, a}, exported())
	}
	return res, err
}

// bind points the fact functions of pass at the service. It returns a
// function that gives the facts the run exported, by key: those of the
// package, and those of its objects that other packages can name. mod is
// the main module's path ("" if unknown).
func (s *Service) bind(pass *analysis.Pass, a *analysis.Analyzer, mod string) func() map[factKey]analysis.Fact {
	type objKey struct {
		obj types.Object
		typ reflect.Type
	}
	objs := map[objKey]analysis.Fact{}
	var order []objKey
	pkgFacts := map[reflect.Type]analysis.Fact{}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if obj == nil || obj.Pkg() != pass.Pkg {
			panic(fmt.Sprintf("%s: fact exported for %v, an object of another package", a.Name, obj))
		}
		k := objKey{obj, reflect.TypeOf(fact)}
		if _, ok := objs[k]; !ok {
			order = append(order, k)
		}
		objs[k] = fact
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		pkgFacts[reflect.TypeOf(fact)] = fact
	}
	// The paths of the imported objects are found by one encoder, which
	// indexes a package on its second search; kinds holds the fact types
	// of a's facts on the imported packages whose facts are known, so an
	// object of a package without facts of its type needs no path.
	enc := new(objectpath.Encoder)
	kinds := map[*types.Package]map[reflect.Type]bool{}
	pass.ImportObjectFact = func(obj types.Object, fact analysis.Fact) bool {
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		typ := reflect.TypeOf(fact)
		if obj.Pkg() == pass.Pkg {
			return copyFact(objs[objKey{obj, typ}], fact)
		}
		if !inModule(obj.Pkg().Path(), mod) {
			return false // outside the main module: no facts, as standalone
		}
		ks, ok := kinds[obj.Pkg()]
		if !ok {
			if facts, known := s.known(a, pass, obj.Pkg()); known {
				ks = map[reflect.Type]bool{}
				for k := range facts {
					ks[k.typ] = true
				}
				kinds[obj.Pkg()] = ks
			}
		}
		if ks != nil && !ks[typ] {
			return false
		}
		path, err := enc.For(obj)
		if err != nil {
			return false // not reachable from another package
		}
		return copyFact(s.fact(a, pass, obj.Pkg(), factKey{path, typ}), fact)
	}
	pass.ImportPackageFact = func(pkg *types.Package, fact analysis.Fact) bool {
		if pkg == pass.Pkg {
			return copyFact(pkgFacts[reflect.TypeOf(fact)], fact)
		}
		if pkg == nil || !inModule(pkg.Path(), mod) {
			return false
		}
		return copyFact(s.fact(a, pass, pkg, factKey{typ: reflect.TypeOf(fact)}), fact)
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact { return nil }
	pass.AllPackageFacts = func() []analysis.PackageFact { return nil }
	return func() map[factKey]analysis.Fact {
		out := map[factKey]analysis.Fact{}
		enc := new(objectpath.Encoder)
		for _, k := range order {
			if path, err := enc.For(k.obj); err == nil {
				out[factKey{path, k.typ}] = objs[k]
			}
		}
		for t, f := range pkgFacts {
			out[factKey{typ: t}] = f
		}
		return out
	}
}

// copyFact copies the fact found into fact, reporting whether there was
// one.
func copyFact(found, fact analysis.Fact) bool {
	if found == nil {
		return false
	}
	reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(found).Elem())
	return true
}

// fact returns the fact k of analyzer a on pkg, a package of the main
// module that the package of from imports: offered by the driver's run on
// pkg, or computed with the facts of the other analyzers on pkg if no run
// has offered them yet.
func (s *Service) fact(a *analysis.Analyzer, from *analysis.Pass, pkg *types.Package, k factKey) analysis.Fact {
	pk := pkgKey{pkg.Path(), s.isTest(from, pkg)}
	s.mu.Lock()
	facts, ok := s.offered[offerKey{pk, a}]
	sum := s.pkgs[pk]
	if sum == nil {
		sum = new(pkgSummary)
		s.pkgs[pk] = sum
	}
	s.mu.Unlock()
	if ok {
		return facts[k]
	}
	sum.once.Do(func() {
		sum.facts = s.compute(from, pkg, pk)
		sum.done.Store(true)
	})
	return sum.facts[a][k]
}

// known returns the facts of analyzer a on pkg, a package of the main
// module that the package of from imports, if a run of the driver has
// offered them or the service has computed them; it computes nothing.
func (s *Service) known(a *analysis.Analyzer, from *analysis.Pass, pkg *types.Package) (map[factKey]analysis.Fact, bool) {
	pk := pkgKey{pkg.Path(), s.isTest(from, pkg)}
	s.mu.Lock()
	facts, ok := s.offered[offerKey{pk, a}]
	sum := s.pkgs[pk]
	s.mu.Unlock()
	if ok {
		return facts, true
	}
	if sum != nil && sum.done.Load() {
		return sum.facts[a], true
	}
	return nil, false
}

// offer records the facts a run of the driver computed on its package, so
// that the packages importing it need not check it again. They are the
// facts a computation of the service finds: the same function of the
// same source.
func (s *Service) offer(k offerKey, facts map[factKey]analysis.Fact) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.offered[k] = facts
}

// isTest reports whether pkg, imported by the package of pass, is a test
// variant: some of its objects are declared in _test.go files.
func (s *Service) isTest(pass *analysis.Pass, pkg *types.Package) bool {
	if v, ok := s.tests.Load(pkg); ok {
		return v.(bool)
	}
	test := slices.ContainsFunc(declFiles(pass.Fset, pkg), func(n string) bool { return strings.HasSuffix(n, "_test.go") })
	s.tests.Store(pkg, test)
	return test
}

// mainModule returns the path of the main module of the pass's package,
// or "" if the driver does not say.
func mainModule(pass *analysis.Pass) string {
	if pass.Module != nil && pass.Module.Main {
		return pass.Module.Path
	}
	return ""
}

// inModule reports whether the package path belongs to the module path
// (a nested module's packages are taken as the main module's, as the
// standalone driver takes them).
func inModule(path, mod string) bool {
	return mod != "" && (path == mod || strings.HasPrefix(path, mod+"/"))
}
