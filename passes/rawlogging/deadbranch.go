package rawlogging

import (
	"go/ast"
	"go/build/constraint"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/passkit"
)

// deadCode holds what inDeadBranch learns of the package, computed on
// the first question: a finding is rare, the questions rarer still.
type deadCode struct {
	// consts maps the package-level constants of the package to their
	// value's expression, when the file that declares them has no build
	// constraint (nil when it has one, or the value is implicit).
	consts map[*types.Const]ast.Expr
	// uses lists the uses of the package's functions in non-test files.
	uses map[*types.Func][]inspector.Cursor
	// dead memoizes deadFunc; visiting guards its recursion.
	dead, visiting map[*types.Func]bool
}

// inDeadBranch reports whether cur lies in code that never runs in any
// build: the body of an if whose condition is false, or its else when
// the condition is true, where the condition is written with literals,
// the universe's true and false, and constants of the package that are
// the same in every build; or in an unexported function of the package
// that is only ever called from such code.
//
//	if false {
//		print(isdst) // keeps the variable used; never runs
//	}
//
//	const traceEnabled = false // in a file without a build constraint
//	if traceEnabled {
//		trace("schema %s", ref) // and every call of trace is so guarded
//	}
//
// A constant of another package, or one declared in a file with a build
// constraint (a //go:build line, a _linux.go name), is not followed: its
// value may differ between builds (runtime.GOOS, a debug switch set by a
// build tag), and so may whether the branch runs.
func (c *checker) inDeadBranch(cur inspector.Cursor) bool {
	for n := range cur.Enclosing() {
		switch n.Node().(type) {
		case *ast.FuncDecl:
			fn, ok := c.pass.TypesInfo.Defs[n.Node().(*ast.FuncDecl).Name].(*types.Func)
			return ok && c.deadFunc(fn)
		case *ast.FuncLit:
			return false // called from who knows where
		}
		e, _ := n.ParentEdge()
		if e != edge.IfStmt_Body && e != edge.IfStmt_Else {
			continue
		}
		cond := n.Parent().Node().(*ast.IfStmt).Cond
		if v, ok := c.fixedBool(cond); ok && v == (e == edge.IfStmt_Else) {
			return true
		}
	}
	return false
}

// deadFunc reports whether fn, a function of the package, is unexported,
// has no receiver (an interface may call a method) and is used only in
// dead branches, at least once, of non-test files.
func (c *checker) deadFunc(fn *types.Func) bool {
	if fn.Exported() || fn.Signature().Recv() != nil || fn.Name() == "init" || fn.Name() == "main" {
		return false
	}
	d := c.deadInfo()
	if v, ok := d.dead[fn]; ok {
		return v
	}
	if d.visiting[fn] {
		return false // a cycle of calls is live unless a dead branch enters it
	}
	d.visiting[fn] = true
	uses := d.uses[fn]
	dead := len(uses) > 0
	for _, u := range uses {
		if !c.inDeadBranch(u) {
			dead = false
			break
		}
	}
	delete(d.visiting, fn)
	d.dead[fn] = dead
	return dead
}

// deadInfo computes the constants and uses of the package, once.
func (c *checker) deadInfo() *deadCode {
	if c.deadCode != nil {
		return c.deadCode
	}
	d := &deadCode{
		consts:   map[*types.Const]ast.Expr{},
		uses:     map[*types.Func][]inspector.Cursor{},
		dead:     map[*types.Func]bool{},
		visiting: map[*types.Func]bool{},
	}
	c.deadCode = d
	for _, f := range c.pass.Files {
		if constrained(c.pass.Fset, f) {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue // an implicit value (iota repeated)
				}
				for i, name := range vs.Names {
					if k, ok := c.pass.TypesInfo.Defs[name].(*types.Const); ok {
						d.consts[k] = vs.Values[i]
					}
				}
			}
		}
	}
	for fileCur := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fileCur.Preorder((*ast.Ident)(nil)) {
			if fn, ok := c.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)].(*types.Func); ok && fn.Pkg() == c.pass.Pkg {
				d.uses[fn] = append(d.uses[fn], cur)
			}
		}
	}
	return d
}

// constrained reports whether f has a build constraint: a //go:build or
// // +build line, or a name ending in an operating system or
// architecture (any _suffix counts: a file without one is in every
// build).
func constrained(fset *token.FileSet, f *ast.File) bool {
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, cm := range g.List {
			if constraint.IsGoBuild(cm.Text) || constraint.IsPlusBuild(cm.Text) {
				return true
			}
		}
	}
	name := strings.TrimSuffix(filepath.Base(fset.File(f.Pos()).Name()), ".go")
	return strings.Contains(name, "_")
}

// fixedBool returns the value of a boolean condition that is the same in
// every build: constant, naming only the universe's true and false and
// the package's fixed constants ([checker.fixedConst]): false, !true,
// 1 > 2, traceEnabled.
func (c *checker) fixedBool(cond ast.Expr) (value, ok bool) {
	tv, ok := c.pass.TypesInfo.Types[cond]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), c.fixedExpr(cond, 0)
}

// fixedDepth bounds the chain of constants defined by other constants.
const fixedDepth = 4

// fixedExpr reports whether every identifier of e is the universe's
// or a fixed constant of the package.
func (c *checker) fixedExpr(e ast.Expr, depth int) bool {
	fixed := true
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			fixed = fixed && c.fixedConst(c.pass.TypesInfo.Uses[id], depth)
		}
		return fixed
	})
	return fixed
}

// fixedConst reports whether obj has the same value in every build: an
// object of the universe (true, false, nil, a type), or a constant of the
// package declared in a file without a build constraint with a value of
// such identifiers and literals alone.
func (c *checker) fixedConst(obj types.Object, depth int) bool {
	if obj == nil {
		return false
	}
	if obj.Parent() == types.Universe {
		return true
	}
	k, ok := obj.(*types.Const)
	if !ok || k.Pkg() != c.pass.Pkg || depth >= fixedDepth {
		return false
	}
	if c.pass.Fset.File(k.Pos()) == nil {
		return false
	}
	v := c.deadInfo().consts[k]
	return v != nil && c.fixedExpr(v, depth+1)
}
