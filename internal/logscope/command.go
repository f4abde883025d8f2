package logscope

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// declPlace classifies a declared function by itself: the main function,
// or by the types it takes and returns.
func (in *Info) declPlace(d *ast.FuncDecl) Place {
	fn, ok := in.info.Defs[d.Name].(*types.Func)
	if !ok {
		return Place{}
	}
	if d.Recv == nil && d.Name.Name == "main" && in.pkg != nil && in.pkg.Name() == "main" {
		return Place{Kind: Command, Reason: "main function"}
	}
	if p := in.sigPlace("function "+d.Name.Name, fn.Signature()); p.Kind != Production {
		return p
	}
	return in.fixtureMethod(fn.Signature().Recv())
}

// litPlace classifies a function literal by the types it takes and
// returns, or by where it is given: a field of a command, flag.Usage.
//
//	&cobra.Command{RunE: func(...) error { ... }}
//	flag.Usage = func() { ... }
func (in *Info) litPlace(c inspector.Cursor, lit *ast.FuncLit) Place {
	if sig, ok := in.info.TypeOf(lit).(*types.Signature); ok {
		if p := in.sigPlace("function literal", sig); p.Kind != Production {
			return p
		}
	}
	if given := commandSlot(in.info, c); given != "" {
		return Place{Kind: Command, Reason: "function literal given as " + given}
	}
	return Place{}
}

// sigPlace classifies a function by its signature: a parameter, result or
// receiver of a test type makes it test support (so does a receiver that
// holds one); one of a command type makes it command code.
func (in *Info) sigPlace(label string, sig *types.Signature) Place {
	if t := testParam(sig, in.isTestTypeMemo); t != nil {
		return Place{Kind: Test, Reason: label + " that takes or returns a " + in.typeString(t)}
	}
	if sig.Recv() != nil {
		if t := in.heldTestType(sig.Recv().Type()); t != nil {
			return Place{Kind: Test, Reason: "method of a type that holds a " + in.typeString(t)}
		}
	}
	for _, t := range sigTypes(sig) {
		switch {
		case apis.IsTypeIn(t, apis.CommandTypes):
			return Place{Kind: Command, Reason: label + " that takes or returns a " + in.typeString(t)}
		case apis.IsTypeIn(t, apis.CommandConfigTypes):
			return Place{Kind: Command, Reason: label + " that reads the command-line configuration (" + in.typeString(t) + ")"}
		}
		if fs := heldFlagSet(t); fs != nil {
			return Place{Kind: Command, Reason: label + " that takes or returns a " + in.typeString(t) + ", which holds a " + in.typeString(fs)}
		}
	}
	return Place{}
}

// heldFlagSet returns the set of flags that t (or what it points to), a
// struct of the program's own, holds in a field, embedded or not; or nil.
// Such a type wraps the set, as a command's typed view of its flags does,
// and the functions that take it are the command's own.
//
//	type Flags struct{ *pflag.FlagSet }
//	func cmdVersion(fl Flags) (int, error)
func heldFlagSet(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return nil // a struct literal type, or a parameter of a generic type
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if apis.IsTypeIn(f.Type(), apis.FlagSetTypes) {
			return f.Type()
		}
	}
	return nil
}

// sigTypes returns the types of the receiver, parameters and results.
func sigTypes(sig *types.Signature) []types.Type {
	var out []types.Type
	if sig.Recv() != nil {
		out = append(out, sig.Recv().Type())
	}
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			out = append(out, v.Type())
		}
	}
	return out
}

// typeString writes t relative to the package: "*cobra.Command".
func (in *Info) typeString(t types.Type) string {
	return types.TypeString(t, types.RelativeTo(in.pkg))
}

// commandSlot says where the function at c (a function literal, or a
// function name used as a value) is given when that place belongs to the
// command line: "RunE of a cobra.Command", "flag.Usage"; else "".
//
//	&cobra.Command{RunE: runValidate}
//	cmd.RunE = runValidate
//	flag.Usage = usage
func commandSlot(info *types.Info, c inspector.Cursor) string {
	if e, _ := c.ParentEdge(); e == edge.SelectorExpr_Sel {
		c = c.Parent() // pkg.Func or a method value
	}
	c = unparen(c)
	switch e, i := c.ParentEdge(); e {
	case edge.KeyValueExpr_Value:
		kv := c.Parent().Node().(*ast.KeyValueExpr)
		lit, ok := c.Parent().Parent().Node().(*ast.CompositeLit)
		key, _ := kv.Key.(*ast.Ident)
		if !ok || key == nil {
			return ""
		}
		if t := info.TypeOf(lit); apis.IsTypeIn(t, apis.CommandTypes) {
			return key.Name + " of a " + typeName(t)
		}
	case edge.AssignStmt_Rhs:
		as := c.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			return ""
		}
		return commandTarget(info, as.Lhs[i])
	}
	return ""
}

// commandTarget says which field of a command, or which command-line
// variable, lhs is: "RunE of a cobra.Command", "flag.Usage"; else "".
func commandTarget(info *types.Info, lhs ast.Expr) string {
	var id *ast.Ident
	switch l := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[l]; ok && sel.Kind() == types.FieldVal {
			if apis.IsTypeIn(sel.Recv(), apis.CommandTypes) {
				return l.Sel.Name + " of a " + typeName(sel.Recv())
			}
			return ""
		}
		id = l.Sel
	case *ast.Ident:
		id = l
	}
	if v, ok := info.Uses[id].(*types.Var); ok && id != nil && isPkgLevel(v) &&
		slices.Contains(apis.CommandFuncVars, v.Pkg().Path()+"."+v.Name()) {
		return v.Pkg().Name() + "." + v.Name()
	}
	return ""
}

// readsCommandLine returns "os.Args", "flag.Parse" or "viper.IsSet" when
// obj is one of the package-level variables and functions that read the
// program's command line or its global configuration, else "".
func readsCommandLine(obj types.Object) string {
	switch obj.(type) {
	case *types.Var, *types.Func:
	default:
		return ""
	}
	if obj.Pkg() == nil || !commandLinePkgs()[obj.Pkg().Path()] {
		return "" // most uses: the key need not be built
	}
	path := obj.Pkg().Path()
	fn, isFunc := obj.(*types.Func)
	if isFunc && apis.RawKeyIn(fn, apis.CommandLineRunners) {
		if recv := fn.Signature().Recv(); recv != nil {
			return typeName(recv.Type()) + "." + fn.Name()
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	if !isPkgLevel(obj) {
		return ""
	}
	if !slices.Contains(apis.CommandLineReaders, path+"."+obj.Name()) &&
		!(isFunc && slices.Contains(apis.CommandConfigPackages, path)) {
		return ""
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// commandLinePkgs holds the packages of [apis.CommandLineReaders] and
// [apis.CommandConfigPackages]: a use of any other package's object does
// not read the command line.
var commandLinePkgs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range apis.CommandLineReaders {
		m[k[:strings.LastIndexByte(k, '.')]] = true
	}
	for _, k := range apis.CommandLineRunners {
		m[apis.KeyPackage(k)] = true
	}
	for _, p := range apis.CommandConfigPackages {
		m[p] = true
	}
	return m
})

// isPkgLevel reports whether obj is declared at the top level of its
// package.
func isPkgLevel(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}

// typeName writes a named type, without any pointer, with its package's
// name: "cobra.Command".
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return t.String()
}

// unparen climbs from c over any parentheses around it.
func unparen(c inspector.Cursor) inspector.Cursor {
	for {
		if _, ok := c.Parent().Node().(*ast.ParenExpr); !ok {
			return c
		}
		c = c.Parent()
	}
}
