package logscope

import (
	"go/types"

	"github.com/otellint/otellint/internal/passkit"
)

// driverPackage returns the Test place of a package that exists to drive
// tests, whatever it imports: its exported API is a test harness (a type
// whose exported methods each take the test being run, or that holds
// it) and what the harness is built from (the package's types that its
// constructors take and its fields hold, their constructors in turn),
// and nothing else. The services such a package calls serve only its
// test behaviours; a production package with a test hook among its own
// API is not one.
//
//	type T interface{ Errorf(string, ...any); FailNow() } // a test library
//	type Checker struct{ api API }
//	func NewChecker(api API) *Checker
//	func (c *Checker) CheckRoundTrip(t T)
//	type API interface{ Fetch(id string) ([]byte, error) }
//	func NewAPI(url string) API
//
// Only the package's own non-test declarations count, so the answer is
// the same under every driver.
func (in *Info) driverPackage() Place {
	if in.pkg == nil || in.pkg.Name() == "main" {
		return Place{}
	}
	scope := in.pkg.Scope()
	var (
		exported []*types.TypeName
		funcs    []*types.Func
	)
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() || passkit.IsTestFile(in.fset, obj.Pos()) {
			continue
		}
		switch obj := obj.(type) {
		case *types.TypeName:
			exported = append(exported, obj)
		case *types.Func:
			funcs = append(funcs, obj)
		}
	}
	// The harnesses, then what they are built from.
	built := map[*types.TypeName]bool{}
	var queue []*types.TypeName
	var harness *types.TypeName
	for _, tn := range exported {
		if in.harnessType(tn) {
			built[tn] = true
			queue = append(queue, tn)
			harness = tn
		}
	}
	if harness == nil {
		return Place{}
	}
	add := func(t types.Type) {
		if tn := in.ownTypeName(t); tn != nil && !built[tn] {
			built[tn] = true
			queue = append(queue, tn)
		}
	}
	for len(queue) > 0 {
		tn := queue[0]
		queue = queue[1:]
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				add(f.Type())
			}
		}
		for _, fn := range funcs {
			if in.constructs(fn, map[*types.TypeName]bool{tn: true}) {
				for v := range fn.Signature().Params().Variables() {
					add(v.Type())
				}
			}
		}
	}
	// Nothing else exported: no other type, and no function but the
	// constructors and those taking the test.
	for _, tn := range exported {
		if !built[tn] {
			return Place{}
		}
	}
	for _, fn := range funcs {
		if testParam(fn.Signature(), in.isTestTypeMemo) == nil && !in.constructs(fn, built) {
			return Place{}
		}
	}
	return Place{Kind: Test, Reason: "package that exists for tests (it exports the test harness " + harness.Name() + " and only what it is built from)"}
}

// harnessType reports whether tn, a type of the package other than an
// interface, is driven by the test being run: it holds the test (a
// suite), or it has exported methods and each of them takes or returns
// the test.
func (in *Info) harnessType(tn *types.TypeName) bool {
	n, ok := types.Unalias(tn.Type()).(*types.Named)
	if !ok || types.IsInterface(n) {
		return false
	}
	if in.heldTestType(n) != nil {
		return true
	}
	exported := 0
	for m := range n.Methods() {
		if !m.Exported() {
			continue
		}
		if testParam(m.Signature(), in.isTestTypeMemo) == nil {
			return false
		}
		exported++
	}
	return exported > 0
}

// constructs reports whether fn returns a value of one of the types in
// set: it is their constructor.
func (in *Info) constructs(fn *types.Func, set map[*types.TypeName]bool) bool {
	for v := range fn.Signature().Results().Variables() {
		if tn := in.ownTypeName(v.Type()); tn != nil && set[tn] {
			return true
		}
	}
	return false
}

// ownTypeName returns the declaration of the named type that t is or
// holds (through pointers, slices, arrays, maps and channels) when the
// package declares it, or nil.
func (in *Info) ownTypeName(t types.Type) *types.TypeName {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Chan:
			t = u.Elem()
		case *types.Named:
			tn := u.Origin().Obj()
			if tn.Pkg() != in.pkg {
				return nil
			}
			return tn
		default:
			return nil
		}
	}
}
