package logscope

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
)

// isTestType reports whether t is the test being run or a test server (a
// type of [apis.TestTypes], or a pointer to one), or any other type with
// a FailNow() method, such as a project's own interface for *testing.T.
func isTestType(t types.Type) bool {
	if apis.IsTypeIn(t, apis.TestTypes) {
		return true
	}
	switch types.Unalias(t).(type) {
	case *types.Named, *types.Pointer, *types.Interface:
	default:
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "FailNow")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() == 0
}

// isTestTypeMemo is isTestType, memoized by an Info the Analyzer made
// (not by one made for a single question, which has no memo).
func (in *Info) isTestTypeMemo(t types.Type) bool {
	if in.testTypes == nil {
		return isTestType(t)
	}
	v, ok := in.testTypes[t]
	if !ok {
		v = isTestType(t)
		in.testTypes[t] = v
	}
	return v
}

// testParam returns the first parameter or result type of sig that is a
// test type by isTest, or nil.
func testParam(sig *types.Signature, isTest func(types.Type) bool) types.Type {
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			if isTest(v.Type()) {
				return v.Type()
			}
		}
	}
	return nil
}

// heldTestType returns the test type that a receiver's struct holds in a
// field (embedded or not), as a testify suite, a gomock mock or a
// helper keeping its *testing.T do; or nil.
//
//	type MockStore struct{ ctrl *gomock.Controller }
func (in *Info) heldTestType(recv types.Type) types.Type {
	if p, ok := types.Unalias(recv).(*types.Pointer); ok {
		recv = p.Elem()
	}
	if t, ok := in.held[recv]; ok {
		return t
	}
	var held types.Type
	if st, ok := types.Unalias(recv).Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if in.isTestTypeMemo(f.Type()) {
				held = f.Type()
				break
			}
		}
	}
	if in.held != nil {
		in.held[recv] = held
	}
	return held
}

// testPackage returns the Test place of a package that exists for tests:
// at least half of its non-test files that declare anything
// import a testing package, and it exports a test helper; or it drives
// tests ([Info.driverPackage]). A production
// package with one file of test helpers among several is not one, nor
// one beside the generated mocks of its own interfaces, which do not
// count (the mocks of other packages' interfaces do). At a tie (a
// file of test helpers beside a docker client for them) the package is
// taken to exist for tests: on real code such packages are mostly test
// utilities, rarely a service with a test hook in its main file.
func (in *Info) testPackage() Place {
	if imported := in.packageFor(Test, apis.TestPackages, true); imported != "" {
		return Place{Kind: Test, Reason: "package that exists for tests (it imports " + imported + " and exports test helpers)"}
	}
	return in.driverPackage()
}

// commandPackage returns the Command place of a package that exists for a
// command line, as testPackage does for tests: most of its files import a
// command-line library, and it exports command-line code.
func (in *Info) commandPackage() Place {
	if imported := in.packageFor(Command, apis.CommandPackages, false); imported != "" {
		return Place{Kind: Command, Reason: "package that exists for a command line (it imports " + imported + " and exports command-line code)"}
	}
	return Place{}
}

// packageFor returns the path of one of paths that most of the package's
// non-test files that declare anything, other than generated mocks of its
// own interfaces, import (half of them
// when tie is set), when the package also exports a function whose own
// place is kind; else "".
func (in *Info) packageFor(kind Kind, paths []string, tie bool) string {
	files, importing := 0, 0
	imported := ""
	exports := false
	for file := range in.ins.Root().Children() {
		f := file.Node().(*ast.File)
		if passkit.IsTestFile(in.fset, f.Pos()) || !declaresAny(f) || ast.IsGenerated(f) && in.mocksOwnInterface(f) {
			continue
		}
		files++
		if path := importsAny(f, paths); path != "" {
			importing++
			imported = path
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.IsExported() && in.own[fd].Kind == kind {
				exports = true
			}
		}
	}
	if files == 0 || 2*importing < files || 2*importing == files && !tie || !exports {
		return ""
	}
	return imported
}

// mocksOwnInterface reports whether the generated file f declares a type
// that implements an interface declared elsewhere in the package: the
// generated mock that a production package keeps beside the interface it
// mocks. Such a file says nothing of what the package is for, unlike the
// mocks of other packages' interfaces gathered in a package of mocks.
//
//	type DeleteManager interface{ Delete(ctx context.Context) error } // delete_manager.go
//	type MockDeleteManager struct{ ctrl *gomock.Controller }          // delete_manager_mock.go
func (in *Info) mocksOwnInterface(f *ast.File) bool {
	if in.pkg == nil {
		return false
	}
	var ifaces []*types.Interface
	scope := in.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.Pos() >= f.FileStart && tn.Pos() < f.FileEnd {
			continue
		}
		if it, ok := tn.Type().Underlying().(*types.Interface); ok && it.NumMethods() > 0 && !generic(tn) {
			ifaces = append(ifaces, it)
		}
	}
	if len(ifaces) == 0 {
		return false
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, spec := range g.Specs {
			tn, ok := in.info.Defs[spec.(*ast.TypeSpec).Name].(*types.TypeName)
			if !ok || types.IsInterface(tn.Type()) || generic(tn) {
				continue
			}
			ptr := types.NewPointer(tn.Type())
			for _, it := range ifaces {
				if types.Implements(ptr, it) {
					return true
				}
			}
		}
	}
	return false
}

// generic reports whether tn declares a generic type, which Implements
// cannot take uninstantiated.
func generic(tn *types.TypeName) bool {
	n, ok := tn.Type().(*types.Named)
	return ok && n.TypeParams().Len() > 0
}

// declaresAny reports whether f declares anything besides its imports.
func declaresAny(f *ast.File) bool {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); !ok || g.Tok != token.IMPORT {
			return true
		}
	}
	return false
}

// importsAny returns the first of paths that f imports, or "".
func importsAny(f *ast.File, paths []string) string {
	for _, imp := range f.Imports {
		if path, err := strconv.Unquote(imp.Path.Value); err == nil && slices.Contains(paths, path) {
			return path
		}
	}
	return ""
}

// Harness reports whether pkg is a test harness: it declares an exported
// interface with a method that takes the test being run, the contract of
// the tests or sandboxes it runs. Its exported types and methods are
// available from export data as from source, so the answer is the same
// whichever driver loaded pkg. A production package that exports a test
// helper function beside its own code is not one.
//
//	type Test interface{ Run(t *testing.T, sb Sandbox) }
func Harness(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		it, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for m := range it.Methods() {
			if testParam(m.Signature(), isTestType) != nil {
				return true
			}
		}
	}
	return false
}

// testFixtures returns the fixture types of the package, each with the
// test helper that hands it out: a type declared in a file that imports
// a testing package, which a test helper of such a file hands to the
// test through a callback that takes the test too. Such a type exists to
// be driven by tests (a server process started for each test), and its
// methods are test support. A type declared in a file that imports
// nothing of the tests is production code, even when a helper hands it
// to a test.
//
//	type Prometheus struct{ cmd *exec.Cmd }
//	func ForEachPrometheus(t *testing.T, f func(t testing.TB, p *Prometheus))
func (in *Info) testFixtures() map[*types.TypeName]string {
	var fixtures map[*types.TypeName]string
	var testFiles []*ast.File
	for file := range in.ins.Root().Children() {
		f := file.Node().(*ast.File)
		if !passkit.IsTestFile(in.fset, f.Pos()) && importsAny(f, apis.TestPackages) != "" {
			testFiles = append(testFiles, f)
		}
	}
	declaredIn := func(tn *types.TypeName) bool {
		return slices.ContainsFunc(testFiles, func(f *ast.File) bool { return tn.Pos() >= f.FileStart && tn.Pos() < f.FileEnd })
	}
	for _, f := range testFiles {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, ok := in.info.Defs[fd.Name].(*types.Func)
			if !ok || testParam(fn.Signature(), in.isTestTypeMemo) == nil {
				continue
			}
			for p := range fn.Signature().Params().Variables() {
				cb, ok := p.Type().Underlying().(*types.Signature)
				if !ok || testParam(cb, in.isTestTypeMemo) == nil {
					continue
				}
				for v := range cb.Params().Variables() {
					t := v.Type()
					if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
						t = ptr.Elem()
					}
					n, ok := types.Unalias(t).(*types.Named)
					if !ok || n.Obj().Pkg() != in.pkg || in.isTestTypeMemo(v.Type()) || !declaredIn(n.Obj()) {
						continue
					}
					if fixtures == nil {
						fixtures = map[*types.TypeName]string{}
					}
					if _, ok := fixtures[n.Obj()]; !ok {
						fixtures[n.Obj()] = fn.Name()
					}
				}
			}
		}
	}
	return fixtures
}

// fixtureMethod returns the Test place of a method of a fixture type of
// the package ([Info.testFixtures]), or the zero Place.
func (in *Info) fixtureMethod(recv *types.Var) Place {
	if recv == nil || len(in.fixtures) == 0 {
		return Place{}
	}
	t := recv.Type()
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return Place{}
	}
	if helper, ok := in.fixtures[n.Origin().Obj()]; ok {
		return Place{Kind: Test, Reason: "method of " + n.Obj().Name() + ", a fixture that " + helper + " hands to the test"}
	}
	return Place{}
}
