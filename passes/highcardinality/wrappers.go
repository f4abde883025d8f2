package highcardinality

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// A module may wrap the attributes of its metrics in a label type of its
// own, whose key is not a constant of the attribute call but a parameter
// or a field that the module's code fills in elsewhere:
//
//	func NewLabel(key string) Label { return Label{attribute.Key(key)} }
//	func (l Label) Value(v string) LabelValue { return LabelValue{l.key.String(v)} }
//
//	type Tag struct{ Key, Value string }
//	func StringTag(key, value string) Tag { return Tag{Key: key, Value: value} }
//	func convert(t Tag) attribute.KeyValue { return attribute.String(t.Key, t.Value) }
//
// In a package of the module that records metrics and no spans (it
// imports the metric API and not the trace API), such an attribute
// call makes the parameter a key parameter of its function ([keysFact])
// or the field a key field ([wrapperFieldFact]); likewise for the value,
// whose parameter becomes a [paramSink] of its function. The constant
// keys given to those parameters and fields are checked where they are
// given, NewLabel("stream_id") or Tag{Key: "run_id"}, and so are the
// values given to value fields, Tag{Value: err.Error()}.

// keysFact marks a function of the module that makes metric attribute
// keys of some of its parameters.
type keysFact struct {
	Params []int // the parameters' indexes
}

// AFact marks keysFact as an analysis fact.
func (*keysFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *keysFact) String() string {
	var parts []string
	for _, i := range f.Params {
		parts = append(parts, fmt.Sprint(i))
	}
	return "makes metric keys of parameters " + strings.Join(parts, ",")
}

// wrapperFieldFact marks a field of the module's label type whose value
// becomes a metric attribute's key or value.
type wrapperFieldFact struct {
	Key bool // the key; else the value
}

// AFact marks wrapperFieldFact as an analysis fact.
func (*wrapperFieldFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *wrapperFieldFact) String() string {
	if f.Key {
		return "metric key field"
	}
	return "metric value field"
}

// wrappers holds what the package knows of the module's label types.
type wrappers struct {
	keyParams map[*types.Func][]int     // learnt in this package
	fields    map[*types.Var]bool       // learnt in this package: key (true) or value field
	imported  map[*types.Func][]int     // memoized keysFacts of other packages
	impFields map[*types.Var]*fieldRole // memoized wrapperFieldFacts of other packages
}

// fieldRole is the role of a field: nil when it has none.
type fieldRole struct{ key bool }

// recordsMetricsOnly reports whether the package itself imports the
// metric API and not the trace API (its own imports: any package imports
// the trace API through some dependency): the attributes it builds are
// metric attributes.
func (c *checker) recordsMetricsOnly() bool {
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		return false // a dependency
	}
	return c.idx.ImportsDirectly(apis.MetricPkg) && !c.idx.ImportsDirectly(apis.TracePkg)
}

// learnWrappers learns the key parameters, key fields and value fields of
// the package's label types (see above), adds the value parameters to
// c.params, and exports the facts.
func (c *checker) learnWrappers() {
	w := &wrappers{keyParams: map[*types.Func][]int{}, fields: map[*types.Var]bool{},
		imported: map[*types.Func][]int{}, impFields: map[*types.Var]*fieldRole{}}
	c.wrap = w
	if !c.recordsMetricsOnly() {
		return
	}
	info := c.pass.TypesInfo
	// note records that e, in scope, becomes a metric attribute's key or
	// value; it reports whether that is new.
	note := func(scope ast.Node, e ast.Expr, key bool) bool {
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; !ok || tv.Value != nil {
			return false // a constant: checked where it is written
		}
		if f := heldIn(info, e); f != nil && f.IsField() {
			if _, ok := w.fields[f]; ok {
				return false
			}
			w.fields[f] = key
			return true
		}
		fd, ok := scope.(*ast.FuncDecl)
		if !ok {
			return false
		}
		fn, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			return false
		}
		changed := false
		for _, i := range c.paramsOf(fd, fn, e, 0) {
			if key {
				if !slices.Contains(w.keyParams[fn], i) {
					w.keyParams[fn] = append(w.keyParams[fn], i)
					changed = true
				}
			} else if c.addSink(fn, paramSink{Index: i, Target: "metric attribute", pos: e.Pos()}) {
				changed = true
			}
		}
		return changed
	}
	type site struct {
		scope ast.Node
		node  ast.Node
	}
	var sites []site
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fc.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			var scope ast.Node
			if d := astx.EnclosingDecl(cur); d != nil {
				scope = d
			}
			sites = append(sites, site{scope, cur.Node()})
			call, ok := cur.Node().(*ast.CallExpr)
			if !ok {
				continue
			}
			// attribute.Key(k), attribute.String(k, v), k.String(v) with a
			// key that is not a constant.
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 && isAttrKey(tv.Type) {
				note(scope, call.Args[0], true)
				continue
			}
			k := c.idx.Key(call)
			switch {
			case slices.Contains(apis.AttributeFuncs, k) && len(call.Args) == 2:
				if !isConst(info, call.Args[0]) {
					note(scope, call.Args[0], true)
					note(scope, call.Args[1], false)
				}
			case slices.Contains(apis.AttributeKeyMethods, k) && len(call.Args) == 1:
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && !isConst(info, sel.X) {
					note(scope, sel.X, true)
					note(scope, call.Args[0], false)
				}
			}
		}
	}
	// The parameters stored in those fields, or passed on to key
	// parameters, are followed; a chain needs a round per link.
	for range 4 {
		changed := false
		for _, s := range sites {
			for _, st := range c.wrapperStores(s.node) {
				if key, ok := w.fields[st.field]; ok && note(s.scope, st.value, key) {
					changed = true
				}
			}
			if call, ok := s.node.(*ast.CallExpr); ok {
				if fn := apis.Callee(info, call); fn != nil && fn.Pkg() == c.pass.Pkg && !call.Ellipsis.IsValid() {
					for _, i := range w.keyParams[fn.Origin()] {
						if i < len(call.Args) && note(s.scope, call.Args[i], true) {
							changed = true
						}
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn, params := range w.keyParams {
		if fn.Exported() {
			params = slices.Clone(params)
			slices.Sort(params)
			c.pass.ExportObjectFact(fn, &keysFact{Params: params})
		}
	}
	for f, key := range w.fields {
		if f.Pkg() != c.pass.Pkg {
			continue
		}
		if _, err := objectpath.For(f); err != nil {
			continue
		}
		c.pass.ExportObjectFact(f, &wrapperFieldFact{Key: key})
	}
}

// A wrapperStore is a value written to a field: T{F: v} or x.F = v.
type wrapperStore struct {
	field *types.Var
	value ast.Expr
}

// wrapperStores returns the fields n writes, if n is a composite literal
// of a struct or an assignment.
func (c *checker) wrapperStores(n ast.Node) []wrapperStore {
	info := c.pass.TypesInfo
	var out []wrapperStore
	switch n := n.(type) {
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		if t == nil {
			return nil
		}
		st, ok := astx.Deref(t).Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		for i, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := info.Uses[key].(*types.Var); ok && f.IsField() {
						out = append(out, wrapperStore{f, kv.Value})
					}
				}
			} else if i < st.NumFields() {
				out = append(out, wrapperStore{st.Field(i), elt}) // Label{attribute.Key(k)}
			}
		}
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
			return nil
		}
		for i, lhs := range n.Lhs {
			if f := heldIn(info, lhs); f != nil && f.IsField() {
				out = append(out, wrapperStore{f, n.Rhs[i]})
			}
		}
	}
	return out
}

// keyParamsOf returns the key parameters of fn: learnt in this package,
// or from fn's fact.
func (c *checker) keyParamsOf(fn *types.Func) []int {
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.wrap.keyParams[fn]
	}
	p, ok := c.wrap.imported[fn]
	if !ok {
		f := new(keysFact)
		if c.pass.ImportObjectFact(fn, f) {
			p = f.Params
		}
		c.wrap.imported[fn] = p
	}
	return p
}

// roleOf returns the role of the field f in a label type, or nil.
func (c *checker) roleOf(f *types.Var) *fieldRole {
	if key, ok := c.wrap.fields[f]; ok {
		return &fieldRole{key}
	}
	if f.Pkg() == nil || f.Pkg() == c.pass.Pkg {
		return nil
	}
	r, ok := c.wrap.impFields[f]
	if !ok {
		ff := new(wrapperFieldFact)
		if c.pass.ImportObjectFact(f, ff) {
			r = &fieldRole{ff.Key}
		}
		c.wrap.impFields[f] = r
	}
	return r
}

// checkWrappers checks the constant keys given to the key parameters and
// key fields of the module's label types, and the values given to their
// value fields, in the package's non-test, non-generated files.
//
//	metrics.NewLabel("stream_id")                   reported (key)
//	metrics.Tag{Key: "run_id", Value: id}           reported (key)
//	metrics.Tag{Key: "error", Value: err.Error()}   reported (value)
func (c *checker) checkWrappers() {
	info := c.pass.TypesInfo
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		if c.sup.GeneratedFile(c.pass.Fset, fc.Node().(*ast.File)) {
			continue
		}
		for cur := range fc.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			var scope ast.Node
			if d := astx.EnclosingDecl(cur); d != nil {
				scope = d
			}
			if call, ok := cur.Node().(*ast.CallExpr); ok {
				fn := apis.Callee(info, call)
				if fn == nil || fn.Pkg() == nil || call.Ellipsis.IsValid() {
					continue
				}
				for _, i := range c.keyParamsOf(fn) {
					if i < len(call.Args) {
						c.wrapperKey(call.Args[i], fn.Name())
					}
				}
				continue
			}
			for _, st := range c.wrapperStores(cur.Node()) {
				r := c.roleOf(st.field)
				if r == nil {
					continue
				}
				if r.key {
					c.wrapperKey(st.value, typeOfField(st.field, cur.Node(), info))
					continue
				}
				c.wrapperValue(scope, st)
			}
		}
	}
}

// typeOfField names the label type whose field n writes, for a message.
func typeOfField(f *types.Var, n ast.Node, info *types.Info) string {
	if lit, ok := n.(*ast.CompositeLit); ok {
		if t := info.TypeOf(lit); t != nil {
			if named, ok := types.Unalias(astx.Deref(t)).(*types.Named); ok {
				return named.Obj().Name()
			}
		}
	}
	return "field " + f.Name()
}

// wrapperKey reports the constant key e, given to a label type's key
// parameter or field (of), if it is unbounded.
func (c *checker) wrapperKey(e ast.Expr, of string) {
	if !c.keys {
		return
	}
	key, ok := constval.String(c.pass.TypesInfo, e)
	if !ok {
		return
	}
	what, bad := c.m.match(key)
	if !bad {
		return
	}
	c.emitAt(analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(), Category: CategoryUnboundedKey,
		Message: fmt.Sprintf("metric attribute %q, a key given to %s, is %s, whose values are unbounded: each one makes a new time series; %s", key, of, what, adviceKey),
	})
}

// wrapperValue reports the value of st, written to a label type's value
// field, if it is unbounded, and otherwise notes the parameter it is.
func (c *checker) wrapperValue(scope ast.Node, st wrapperStore) {
	if !c.values {
		return
	}
	what, advice, from := c.unbounded(scope, st.value)
	if what == "" {
		if fd, ok := scope.(*ast.FuncDecl); ok && c.params != nil {
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				for _, i := range c.paramsOf(fd, fn, st.value, 0) {
					c.addSink(fn, paramSink{Index: i, Target: "metric attribute", pos: st.value.Pos()})
				}
			}
		}
		return
	}
	d := analysis.Diagnostic{
		Pos: st.value.Pos(), End: st.value.End(), Category: CategoryUnboundedValue,
		Message: fmt.Sprintf("metric attribute value %s is set to %s, whose values are unbounded: each one makes a new time series; %s", st.field.Name(), what, advice),
	}
	if from.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: from, Message: "the value comes from here"}}
	}
	c.emitAt(d)
}

// emitAt reports d once.
func (c *checker) emitAt(d analysis.Diagnostic) {
	if c.reported[d.Pos] {
		return
	}
	c.reported[d.Pos] = true
	c.report(d)
}

// isAttrKey reports whether t is attribute.Key.
func isAttrKey(t types.Type) bool {
	_, isPtr := types.Unalias(t).(*types.Pointer)
	return !isPtr && apis.IsTypeIn(t, []string{apis.AttributeKey})
}

// isConst reports whether e is a constant.
func isConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}
