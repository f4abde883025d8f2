package highcardinality

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
)

// attrsFact marks a function that returns metric attributes (an
// attribute.KeyValue or a slice of them) one of which has an unbounded
// key or value, so that metric.WithAttributes(attrsFor(r)...) is
// reported where the helper is called.
type attrsFact struct {
	Category string // CategoryUnboundedKey or CategoryUnboundedValue
	Key      string // the attribute key
	What     string // what the key's values are, or the unbounded value
	Advice   string // for a value: what to do
	// Line is the line of the attribute relative to the line of the
	// function's name, for Related.
	Line int
}

// AFact marks attrsFact as an analysis fact.
func (*attrsFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *attrsFact) String() string {
	if f.Category == CategoryUnboundedKey {
		return fmt.Sprintf("returns unbounded key %q", f.Key)
	}
	return fmt.Sprintf("returns %q set to %s", f.Key, f.What)
}

// learnFacts computes which functions of the package return metric
// attributes with an unbounded key or value, and exports their facts.
// Only the module's own packages are learnt from (a dependency from the
// module cache has a version); a helper calling another needs a round
// per link, and the rounds stop at four.
func (c *checker) learnFacts() {
	c.facts = map[*types.Func]*attrsFact{}
	c.factPos = map[*types.Func]token.Pos{}
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		return // a dependency
	}
	type helper struct {
		fn   *types.Func
		decl *ast.FuncDecl
		ret  int // the index of the attributes among the results
	}
	var helpers []helper
	for _, f := range c.pass.Files {
		if passkit.IsTestFile(c.pass.Fset, f.Pos()) {
			continue // test metrics never reach a back end
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			if i := attrsResult(fn.Type().(*types.Signature)); i >= 0 {
				helpers = append(helpers, helper{fn, fd, i})
			}
		}
	}
	if len(helpers) == 0 {
		return
	}
	for range 4 {
		changed := false
		for _, h := range helpers {
			if c.facts[h.fn] != nil {
				continue
			}
			if p, pos := c.returnedProblem(h.decl, h.ret); p != nil {
				c.facts[h.fn] = p
				c.factPos[h.fn] = pos
				p.Line = c.pass.Fset.Position(pos).Line - c.pass.Fset.Position(h.fn.Pos()).Line
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range c.facts {
		c.pass.ExportObjectFact(fn, f)
	}
}

// returnedProblem returns the first unbounded attribute among what the
// return statements of decl give as result ret (directly, or through a
// helper with a fact), and where it is.
func (c *checker) returnedProblem(decl *ast.FuncDecl, ret int) (*attrsFact, token.Pos) {
	var out *attrsFact
	var pos token.Pos
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a closure's returns are its own
		case *ast.ReturnStmt:
			if ret >= len(n.Results) {
				return false // a bare return or a call returning several values
			}
			e := n.Results[ret]
			elems := []ast.Expr{e}
			if isSliceType(c.pass.TypesInfo.TypeOf(e)) {
				elems = c.sliceElems(decl, e, 0)
			}
			for _, el := range elems {
				if out, pos = c.findIn(decl, el, 0); out != nil {
					return false
				}
			}
		}
		return true
	})
	return out, pos
}

// findIn returns the fact an attribute.KeyValue expression of decl
// deserves, following variables, and where its problem is.
func (c *checker) findIn(scope ast.Node, e ast.Expr, depth int) (*attrsFact, token.Pos) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if depth >= 4 {
			return nil, token.NoPos
		}
		for _, rhs := range c.assigned(scope, id) {
			if f, pos := c.findIn(scope, rhs, depth+1); f != nil {
				return f, pos
			}
		}
		return nil, token.NoPos
	}
	if _, f := c.helperCall(e); f != nil {
		g := *f
		return &g, e.Pos()
	}
	p := c.problem(scope, e)
	if p == nil {
		return nil, token.NoPos
	}
	return &attrsFact{Category: p.category, Key: p.key, What: p.what, Advice: p.advice}, p.at.Pos()
}

// helperCall returns the function e calls and its fact, if e is a call
// of a function that returns unbounded attributes.
func (c *checker) helperCall(e ast.Expr) (*types.Func, *attrsFact) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return nil, nil
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return fn, c.facts[fn]
	}
	f, ok := c.imported[fn]
	if !ok {
		f = new(attrsFact)
		if !c.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		c.imported[fn] = f
	}
	return fn, f
}

// emitHelper reports the call of a helper that returns an unbounded
// attribute, with the attribute in the related information.
func (c *checker) emitHelper(sink, call *ast.CallExpr, fn *types.Func, f *attrsFact) {
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: f.Category}
	if f.Category == CategoryUnboundedKey {
		d.Message = fmt.Sprintf("metric attributes returned by %s include %q, %s, whose values are unbounded: each one makes a new time series; %s", fn.Name(), f.Key, f.What, adviceKey)
	} else {
		d.Message = fmt.Sprintf("metric attributes returned by %s set %q to %s, whose values are unbounded: each one makes a new time series; %s", fn.Name(), f.Key, f.What, f.Advice)
	}
	d.Related = []analysis.RelatedInformation{{Pos: c.factPosition(fn, f), Message: fn.Name() + " sets the attribute here"}}
	c.emit(sink, d, "")
}

// factPosition returns where the helper sets the attribute: the exact
// place for a function of this package, else the line the fact records.
func (c *checker) factPosition(fn *types.Func, f *attrsFact) token.Pos {
	if p, ok := c.factPos[fn]; ok {
		return p
	}
	tf := c.pass.Fset.File(fn.Pos())
	if tf == nil {
		return fn.Pos()
	}
	if l := tf.Line(fn.Pos()) + f.Line; l >= 1 && l <= tf.LineCount() {
		return tf.LineStart(l)
	}
	return fn.Pos()
}

// attrsResult returns the index of the first result of sig that is an
// attribute.KeyValue or a slice of them, or -1.
func attrsResult(sig *types.Signature) int {
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if s, ok := t.Underlying().(*types.Slice); ok {
			t = s.Elem()
		}
		if isKeyValue(t) {
			return i
		}
	}
	return -1
}

// isKeyValue reports whether t is attribute.KeyValue.
func isKeyValue(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == apis.AttributePkg && n.Obj().Name() == "KeyValue"
}

// isSliceType reports whether t is a slice.
func isSliceType(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Slice)
	return ok
}
