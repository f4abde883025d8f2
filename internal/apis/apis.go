// Package apis recognises the library calls otellint cares about by their
// resolved objects, never by the text of a selector.
//
// Every function or method is named by a canonical key: "path.Func" for a
// package-level function and "(path.Type).Method" for a method, with any
// pointer on the receiver removed. A method of a concrete type that
// implements one of the interfaces in the tables (trace.Tracer, trace.Span,
// metric.Meter, an instrument, a propagator...) is reported under the
// interface method's key, so a call on a concrete tracer matches
// TracerStart like a call on the interface does.
//
// The Analyzer computes, once per package, the key of every recognised call
// so that all passes share one walk of the syntax tree.
package apis

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Analyzer computes the [*Index] of a package: the recognised calls and the
// libraries the package imports.
var Analyzer = &analysis.Analyzer{
	Name:             "otellintapis",
	Doc:              "recognise OpenTelemetry, logging, net/http, database/sql and Prometheus APIs by object",
	Run:              run,
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	ResultType:       reflect.TypeFor[*Index](),
	RunDespiteErrors: true,
}

// Index is the result of [Analyzer] for one package.
type Index struct {
	info    *types.Info
	pkg     *types.Package
	calls   map[*ast.CallExpr]string
	paths   map[string]*types.Package // the interesting packages among the transitive imports, by path; shared, read-only
	mu      sync.Mutex
	memo    map[*types.Func]string
	ifaces  map[string]*types.Interface // interface full name -> type
	ifaceMu sync.Mutex

	// ins is the package's inspector (nil in an Index made by NewIndex);
	// all is the list of its calls, collected once.
	ins       *inspector.Inspector
	callsOnce sync.Once
	all       []Call
}

// interfaceMethods maps a method name to the interface types (by full name)
// whose implementations are reported under the interface's key.
var interfaceMethods = map[string][]string{}

// registerInterface records that the methods of the named interface are
// matched on any implementation.
func registerInterface(iface string, methods ...string) {
	for _, m := range methods {
		interfaceMethods[m] = append(interfaceMethods[m], iface)
	}
}

func run(pass *analysis.Pass) (any, error) {
	idx := NewIndex(pass.Pkg, pass.TypesInfo)
	idx.ins = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !idx.ImportsAny(allPackages...) {
		return idx, nil // nothing to recognise: most packages of a large repo
	}
	all := idx.Calls()
	for i := range all {
		if k := idx.FuncKey(all[i].Fn); k != "" {
			all[i].Key = k
			idx.calls[all[i].Node()] = k
		}
	}
	return idx, nil
}

// NewIndex returns an empty index for pkg; [Index.FuncKey] and
// [Index.ImportsAny] work on it, [Index.Key] knows no call. It is exported
// for tests and for drivers that do not run the Analyzer.
func NewIndex(pkg *types.Package, info *types.Info) *Index {
	idx := &Index{
		info:   info,
		pkg:    pkg,
		calls:  make(map[*ast.CallExpr]string),
		memo:   make(map[*types.Func]string),
		ifaces: make(map[string]*types.Interface),
	}
	if pkg != nil {
		idx.paths = closure(pkg, nil)
	}
	return idx
}

// closures memoizes closure for every package seen, so that the packages
// of a module share the work of walking their common dependencies.
var closures sync.Map // *types.Package -> map[string]*types.Package

// interesting is the set of package paths an Index records: those of the
// tables and of the recognised interfaces.
var interesting = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range allPackages {
		m[p] = true
	}
	for p := range knownPkgs {
		m[p] = true
	}
	for _, ifaces := range interfaceMethods {
		for _, full := range ifaces {
			m[full[:strings.LastIndexByte(full, '.')]] = true
		}
	}
	return m
})

// closure returns the interesting packages among p and its transitive
// imports, by path. The map is shared: callers must not modify it.
// visiting guards against import cycles, which only broken code has.
func closure(p *types.Package, visiting map[*types.Package]bool) map[string]*types.Package {
	if m, ok := closures.Load(p); ok {
		return m.(map[string]*types.Package)
	}
	if visiting[p] {
		return nil
	}
	if visiting == nil {
		visiting = map[*types.Package]bool{}
	}
	visiting[p] = true
	m := map[string]*types.Package{}
	if interesting()[p.Path()] {
		m[p.Path()] = p
	}
	for _, imp := range p.Imports() {
		for path, q := range closure(imp, visiting) {
			m[path] = q
		}
	}
	delete(visiting, p)
	closures.Store(p, m)
	return m
}

// ImportsAny reports whether the package imports, directly or not, any of
// the given package paths, which must be among those of the tables. Passes
// use it to return early.
func (idx *Index) ImportsAny(paths ...string) bool {
	for _, p := range paths {
		mustBeInteresting(p)
		if idx.paths[p] != nil {
			return true
		}
	}
	return false
}

// ImportsDirectly reports whether the package itself imports any of the
// given package paths, as its files name them: a signature that spells a
// type of one (a grpc interceptor's *grpc.UnaryServerInfo) can only be in
// such a package, while almost any package imports the common ones
// through some dependency.
func (idx *Index) ImportsDirectly(paths ...string) bool {
	for _, imp := range idx.pkg.Imports() {
		if slices.Contains(paths, imp.Path()) {
			return true
		}
	}
	return false
}

// PackageImportsAny reports what [Index.ImportsAny] reports for an Index
// of pkg, without building one: passes ask it of the package of every
// function whose fact they look up.
func PackageImportsAny(pkg *types.Package, paths ...string) bool {
	if pkg == nil {
		return false
	}
	m := closure(pkg, nil)
	for _, p := range paths {
		mustBeInteresting(p)
		if m[p] != nil {
			return true
		}
	}
	return false
}

// Package returns the package with the given path among the package and
// its transitive imports, or nil.
func (idx *Index) Package(path string) *types.Package {
	mustBeInteresting(path)
	return idx.paths[path]
}

// mustBeInteresting panics if path is not one the Index records: asking
// for another would always answer no, a mistake in a pass, which its tests
// catch.
func mustBeInteresting(path string) {
	if !interesting()[path] {
		panic("apis: " + path + " is not a package of the tables")
	}
}

// Key returns the canonical key of the function called by call, or "" if
// the call is not one of the recognised APIs.
func (idx *Index) Key(call *ast.CallExpr) string {
	return idx.calls[call]
}

// Is reports whether call calls one of the functions named by keys.
func (idx *Index) Is(call *ast.CallExpr, keys ...string) bool {
	k := idx.calls[call]
	if k == "" {
		return false
	}
	for _, want := range keys {
		if k == want {
			return true
		}
	}
	return false
}

// ObjKey returns the key of a function object used as a value (a method
// value such as client.Get, or logf := log.Printf), or "".
func (idx *Index) ObjKey(obj types.Object) string {
	fn, ok := obj.(*types.Func)
	if !ok {
		return ""
	}
	return idx.FuncKey(fn)
}

// FuncKey returns the canonical key of fn if it is a recognised API (or an
// implementation of a recognised interface method), else "".
func (idx *Index) FuncKey(fn *types.Func) string {
	idx.mu.Lock()
	k, ok := idx.memo[fn]
	idx.mu.Unlock()
	if ok {
		return k
	}
	k = idx.computeKey(fn)
	idx.mu.Lock()
	idx.memo[fn] = k
	idx.mu.Unlock()
	return k
}

func (idx *Index) computeKey(fn *types.Func) string {
	fn = fn.Origin()
	sig, _ := fn.Type().(*types.Signature)
	isMethod := sig != nil && sig.Recv() != nil
	if fn.Pkg() == nil || knownPkgs[fn.Pkg().Path()] {
		if k := RawKey(fn); known[k] {
			return k
		}
	}
	// A concrete method may implement a recognised interface method.
	if !isMethod {
		return ""
	}
	for _, iface := range interfaceMethods[fn.Name()] {
		it := idx.lookupInterface(iface)
		if it == nil {
			continue
		}
		recv := sig.Recv().Type()
		if types.IsInterface(recv) {
			// An interface embedding the recognised one (type T interface{ trace.Tracer }).
			if types.Implements(recv, it) {
				return "(" + iface + ")." + fn.Name()
			}
			continue
		}
		if types.Implements(recv, it) || types.Implements(types.NewPointer(derefType(recv)), it) {
			return "(" + iface + ")." + fn.Name()
		}
	}
	return ""
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// lookupInterface finds the interface type with the given full name
// ("go.opentelemetry.io/otel/trace.Tracer") among the package's imports.
func (idx *Index) lookupInterface(full string) *types.Interface {
	idx.ifaceMu.Lock()
	defer idx.ifaceMu.Unlock()
	if it, ok := idx.ifaces[full]; ok {
		return it
	}
	var it *types.Interface
	dot := strings.LastIndexByte(full, '.')
	path, name := full[:dot], full[dot+1:]
	if p := idx.paths[path]; p != nil {
		if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
			it, _ = tn.Type().Underlying().(*types.Interface)
		}
	}
	idx.ifaces[full] = it
	return it
}

// RawKey returns the canonical key of fn without any interface mapping:
// "path.Func" or "(path.Type).Method".
func RawKey(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return fn.Pkg().Path() + "." + fn.Name()
	}
	recv := derefType(sig.Recv().Type())
	if named, ok := recv.(*types.Named); ok {
		obj := named.Origin().Obj()
		if obj.Pkg() != nil {
			return "(" + obj.Pkg().Path() + "." + obj.Name() + ")." + fn.Name()
		}
	}
	// Method of an unnamed interface, or an embedded interface method
	// reached through its declaring interface.
	return fn.FullName()
}

// RawKeyIn reports whether [RawKey] of fn is one of keys, without
// building the key: the predicates of the tables ask it of every call.
func RawKeyIn(fn *types.Func, keys []string) bool {
	if fn.Pkg() == nil {
		return slices.Contains(keys, fn.Name())
	}
	name, path := fn.Name(), fn.Pkg().Path()
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		for _, k := range keys {
			if len(k) == len(path)+1+len(name) && k[len(path)] == '.' && k[:len(path)] == path && k[len(path)+1:] == name {
				return true
			}
		}
		return false
	}
	named, ok := derefType(sig.Recv().Type()).(*types.Named)
	if !ok || named.Origin().Obj().Pkg() == nil {
		return slices.Contains(keys, RawKey(fn))
	}
	obj := named.Origin().Obj()
	tpath, tname := obj.Pkg().Path(), obj.Name()
	// "(" + tpath + "." + tname + ")." + name
	for _, k := range keys {
		if len(k) != len(tpath)+len(tname)+len(name)+4 || k[0] != '(' {
			continue
		}
		rest := k[1:]
		if rest[:len(tpath)] != tpath || rest[len(tpath)] != '.' {
			continue
		}
		rest = rest[len(tpath)+1:]
		if rest[:len(tname)] == tname && rest[len(tname):len(tname)+2] == ")." && rest[len(tname)+2:] == name {
			return true
		}
	}
	return false
}

// Callee returns the *types.Func called by call (function, method, or
// interface method), or nil for a call of a function value, a conversion or
// a builtin.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// known is the set of recognised keys; tables add to it with def.
var known = map[string]bool{}

// allPackages lists every package whose APIs are recognised.
var allPackages []string

// knownPkgs holds the package paths of the known keys: a function of any
// other package has a key only through an interface it implements.
var knownPkgs = map[string]bool{}

func def(keys ...string) {
	for _, k := range keys {
		known[k] = true
		path := k
		if strings.HasPrefix(path, "(") {
			path = path[1:strings.IndexByte(path, ')')]
		}
		if dot := strings.LastIndexByte(path, '.'); dot > 0 {
			knownPkgs[path[:dot]] = true
		}
	}
}

// pkgs declares the packages a table covers.
func pkgs(paths ...string) {
	allPackages = append(allPackages, paths...)
}

// m returns the method key "(path.Type).Name".
func m(typ, name string) string { return "(" + typ + ")." + name }

// methods returns the method keys of typ for each name.
func methods(typ string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = m(typ, n)
	}
	return out
}

// funcs returns the function keys of pkg for each name.
func funcs(pkg string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = pkg + "." + n
	}
	return out
}

// IsKnown reports whether key names a recognised API; tests use it to
// prove that every table entry exists in the real library.
func IsKnown(key string) bool { return known[key] }

// Known returns every recognised key.
func Known() []string {
	out := make([]string, 0, len(known))
	for k := range known {
		out = append(out, k)
	}
	return out
}

// KeyPackage returns the package path of a canonical key: "path.Func" or
// "(path.Type).Method".
func KeyPackage(key string) string {
	if strings.HasPrefix(key, "(") {
		if i := strings.IndexByte(key, ')'); i > 0 {
			key = key[1:i]
		}
	}
	// The name follows the first dot after the last slash.
	slash := strings.LastIndexByte(key, '/')
	if dot := strings.IndexByte(key[slash+1:], '.'); dot >= 0 {
		return key[:slash+1+dot]
	}
	return key
}

// IsStdStream reports whether e is the package variable os.Stdout or
// os.Stderr.
func IsStdStream(info *types.Info, e ast.Expr) bool {
	return IsOSVar(info, e, "Stdout", "Stderr")
}

// IsOSVar reports whether e is one of the package variables os.<name>
// (os.Stdin, os.Stdout, os.Stderr).
func IsOSVar(info *types.Info, e ast.Expr, names ...string) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == OSPkg && v.Parent() == v.Pkg().Scope() && slices.Contains(names, v.Name())
}
