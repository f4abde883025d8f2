package highcardinality

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// An origin is where a value given to a metric gets its unbounded
// values: an error's message, a request's URL or path, a UUID, a time.
type origin struct {
	what   string    // the unbounded expression, as printed
	advice string    // what to do
	pos    token.Pos // where it is, for Related; NoPos when unknown
}

// flow returns the origin of the unbounded values of v in scope, followed
// through the local variables whose assignments reach v and through the
// fields of the module's structs that are given such values (see
// learnFields); nil if v is not known to hold one. Only the values that
// are unbounded wherever they go are followed, not the fmt operands of no
// bounded type that [unboundedValue] reports where they are given to a
// metric.
func (c *checker) flow(scope ast.Node, v ast.Expr, depth int) *origin {
	v = ast.Unparen(v)
	if depth > maxRouteDepth {
		return nil
	}
	if at, advice, known := unboundedKind(c.idx, c.pass.TypesInfo, v, 0); at != nil {
		if !known {
			return nil
		}
		return &origin{what: shorten(types.ExprString(at)), advice: advice, pos: at.Pos()}
	}
	switch v := v.(type) {
	case *ast.Ident:
		for _, rhs := range c.reaching(scope, v) {
			if o := c.flow(scope, rhs, depth+1); o != nil {
				return o
			}
		}
	case *ast.SelectorExpr:
		if s := c.pass.TypesInfo.Selections[v]; s != nil && s.Kind() == types.FieldVal {
			return c.fieldOrigin(s.Obj().(*types.Var))
		}
	}
	return nil
}

// reaching returns the values of the assignments to the local variable
// id refers to that may reach id: those before it in scope that no other
// assignment overwrites on every path to it, that is, no assignment in a
// statement of a block around id that comes between the two.
//
//	uri := r.RequestURI       reaches
//	if short {
//		uri = firstSegment(uri)
//	}
//	vec.WithLabelValues(uri)
//
// A variable of a range clause, a parameter, or one whose address is
// taken or that is written in another way has none.
func (c *checker) reaching(scope ast.Node, id *ast.Ident) []ast.Expr {
	values, _ := c.reachingDefs(scope, id)
	return values
}

// reachingDefs is [reaching], and reports as well whether the value the
// variable has before the assignments of scope (a parameter's argument)
// may reach id: no assignment of a statement of a block around id
// replaces it first.
func (c *checker) reachingDefs(scope ast.Node, id *ast.Ident) ([]ast.Expr, bool) {
	info := c.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || scope == nil || v.IsField() || v.Parent() == c.pass.Pkg.Scope() || v.Pkg() != c.pass.Pkg {
		return nil, false
	}
	root, ok := c.cursor(scope)
	if !ok {
		return nil, false
	}
	type write struct {
		value ast.Expr
		stmt  inspector.Cursor // the statement that writes it
	}
	var writes []write
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		if info.ObjectOf(cur.Node().(*ast.Ident)) != v || cur.Node().Pos() >= id.Pos() {
			continue
		}
		switch k, i := cur.ParentEdge(); k {
		case edge.AssignStmt_Lhs:
			as := cur.Parent().Node().(*ast.AssignStmt)
			switch {
			case as.Tok != token.ASSIGN && as.Tok != token.DEFINE:
				return nil, false // x += y
			case len(as.Lhs) == len(as.Rhs):
				writes = append(writes, write{as.Rhs[i], cur.Parent()})
			default: // v, err := f(): the call only when v is its first result
				var value ast.Expr
				if i == 0 {
					value = as.Rhs[0]
				}
				writes = append(writes, write{value, cur.Parent()})
			}
		case edge.ValueSpec_Names:
			vs := cur.Parent().Node().(*ast.ValueSpec)
			var value ast.Expr
			if len(vs.Values) == len(vs.Names) {
				value = vs.Values[i]
			}
			writes = append(writes, write{value, cur.Parent().Parent()})
		case edge.RangeStmt_Key, edge.RangeStmt_Value, edge.IncDecStmt_X:
			return nil, false
		case edge.UnaryExpr_X:
			if cur.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return nil, false // written through its address
			}
		}
	}
	var out []ast.Expr
	initial := true
	for i, w := range writes {
		if w.stmt.Node().Pos() <= id.Pos() && id.Pos() < w.stmt.Node().End() {
			continue // uri = first(uri) reads the value before it
		}
		if c.dominates(w.stmt, id) {
			initial = false
		}
		if w.value == nil {
			continue
		}
		killed := false
		for _, later := range writes[i+1:] {
			if c.dominates(later.stmt, id) {
				killed = true
				break
			}
		}
		if !killed {
			out = append(out, w.value)
		}
	}
	return out, initial
}

// dominates reports whether the statement at stmt runs on every path
// that reaches id from before it: it is a statement of a block that
// holds id, outside any function literal that id is in.
func (c *checker) dominates(stmt inspector.Cursor, id *ast.Ident) bool {
	for s := stmt; ; s = s.Parent() {
		k, _ := s.ParentEdge()
		switch k {
		case edge.Invalid:
			return false
		case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
			block := s.Parent().Node()
			if id.Pos() < block.Pos() || id.Pos() >= block.End() {
				return false // in a branch id is not in
			}
			return true
		case edge.AssignStmt_Lhs, edge.ValueSpec_Names, edge.GenDecl_Specs, edge.DeclStmt_Decl:
			continue // up to the statement
		default:
			return false // the init of an if or a switch, a case clause...
		}
	}
}

// fieldFact marks a field of a struct of the module to which the
// module's code gives, somewhere, an unbounded value: an error's message
// (s.Message = err.Error()), a request's URL or path, a UUID, a time.
type fieldFact struct {
	What   string // the unbounded expression
	Advice string // what to do
}

// AFact marks fieldFact as an analysis fact.
func (*fieldFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *fieldFact) String() string {
	return fmt.Sprintf("holds %s", f.What)
}

// learnFields records the fields of structs to which the non-test code
// of the package gives an unbounded value, by assignment (x.F = v) or in
// a composite literal (T{F: v}), and exports the facts of those declared
// in the package. Only the module's own packages are learnt from.
func (c *checker) learnFields() {
	c.fields = map[*types.Var]*origin{}
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		return // a dependency
	}
	info := c.pass.TypesInfo
	note := func(cur inspector.Cursor, f *types.Var, value ast.Expr) {
		// A field is read as a label value only if it holds text: the
		// origin of any other field is never asked for, and following
		// its value costs a walk of the function.
		if c.fields[f] != nil || !isText(f.Type()) {
			return
		}
		var scope ast.Node
		if d := astx.EnclosingDecl(cur); d != nil {
			scope = d
		}
		if o := c.flow(scope, value, 1); o != nil {
			c.fields[f] = o
		}
	}
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fc.Preorder((*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				if (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
						if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
							note(cur, s.Obj().(*types.Var), n.Rhs[i])
						}
					}
				}
			case *ast.CompositeLit:
				if _, ok := astx.Deref(info.TypeOf(n)).Underlying().(*types.Struct); !ok {
					continue
				}
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := info.Uses[key].(*types.Var); ok && f.IsField() {
								note(cur, f, kv.Value)
							}
						}
					}
				}
			}
		}
	}
	for f, o := range c.fields {
		if f.Pkg() != c.pass.Pkg {
			continue // another package's field: known here only
		}
		if _, err := objectpath.For(f); err != nil {
			continue // not reachable from another package
		}
		c.pass.ExportObjectFact(f, &fieldFact{What: o.what, Advice: o.advice})
	}
}

// fieldOrigin returns the origin of the unbounded values the field f is
// given, learnt in this package or from the fact of its own, or nil.
func (c *checker) fieldOrigin(f *types.Var) *origin {
	if o := c.fields[f]; o != nil {
		return o
	}
	if f.Pkg() == nil || f.Pkg() == c.pass.Pkg {
		return nil
	}
	o, ok := c.importedFields[f]
	if !ok {
		var ff fieldFact
		if c.pass.ImportObjectFact(f, &ff) {
			o = &origin{what: ff.What, advice: ff.Advice}
		}
		c.importedFields[f] = o
	}
	return o
}

// isText reports whether t is a string type, the only kind of field whose
// value a label is given as it is.
func isText(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
