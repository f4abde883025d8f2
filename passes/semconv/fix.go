package semconv

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"sync"

	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// A renamed key is rewritten to its new key, in the form it is written:
//
//	attribute.String("http.method", m)  -> attribute.String("http.request.method", m)
//	attribute.Key("http.method")        -> attribute.Key("http.request.method")
//	semconv.HTTPMethodKey.String(m)     -> semconv.HTTPRequestMethodKey.String(m)
//	semconv.HTTPMethod(m)               -> semconv.HTTPRequestMethodKey.String(m)
//
// A semconv constant or helper becomes the constant or helper of the
// newest semconv package the file imports that declares the new key, or,
// when none does, the literal key with the attribute package
// (attribute.Key("http.request.method"), attribute.String(...)). No fix
// adds an import. A fix that rewrites a reference to a semconv package
// must leave that package used, or the fixed file would not compile: when
// every use of the import in the file is such a reference, the last one
// gets no fix, so that applying all the others still compiles. Enum
// members (semconv.NetTransportTCP), constants declared elsewhere and
// keys built by concatenation are reported without a fix.

// pendingFix is a renamed key waiting for the end of its file, when the
// uses of each import are known.
type pendingFix struct {
	s   *keySite
	new string
	msg string
	// fix is the rewrite, or nil; drops is the import whose use it
	// removes, or nil.
	fix   *analysis.SuggestedFix
	drops *types.PkgName
}

// deprecated queues the finding of a renamed key for the end of the file.
func (c *checker) deprecated(s *keySite, new, msg string) {
	if c.reported[s.expr.Pos()] {
		return
	}
	c.reported[s.expr.Pos()] = true
	c.pending = append(c.pending, &pendingFix{s: s, new: new, msg: msg})
}

// fixFile plans the fixes of the file's renamed keys and reports them.
func (c *checker) fixFile() {
	if len(c.pending) == 0 {
		return
	}
	dropped := map[*types.PkgName][]*pendingFix{}
	for _, p := range c.pending {
		c.plan(p)
		if p.drops != nil {
			dropped[p.drops] = append(dropped[p.drops], p)
		}
	}
	if len(dropped) > 0 {
		uses := c.importUses()
		for pn, ps := range dropped {
			if uses[pn] <= len(ps) {
				ps[len(ps)-1].fix = nil // the last use keeps the import
			}
		}
	}
	for _, p := range c.pending {
		d := analysis.Diagnostic{Pos: p.s.expr.Pos(), End: p.s.expr.End(), Category: CategoryDeprecatedAttribute, Message: p.msg}
		if p.fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*p.fix}
		}
		c.report(d)
	}
	c.pending = nil
}

// plan sets the fix of p, if one is safe.
func (c *checker) plan(p *pendingFix) {
	s := p.s
	if s.lit != nil {
		p.fix = replace("Use "+strconv.Quote(p.new), s.lit, strconv.Quote(p.new))
		return
	}
	switch s.form {
	case formSemconvConst, formSemconvHelper:
	default:
		return
	}
	old, ok := c.pass.TypesInfo.Uses[s.qual].(*types.PkgName)
	if !ok {
		return // a dot import, or not a package
	}
	text, label, pn := c.semconvRewrite(s, p.new)
	if pn == nil {
		text, label, pn = c.literalRewrite(s, p.new)
	}
	if pn == nil {
		return
	}
	if s.form == formSemconvConst {
		p.fix = replace(label, s.expr, text)
	} else if s.lit == nil && text[len(text)-1] == ',' {
		// attribute.String("new", v): the key becomes the first argument.
		p.fix = &analysis.SuggestedFix{Message: label, TextEdits: []analysis.TextEdit{{Pos: s.call.Fun.Pos(), End: s.call.Lparen + 1, NewText: []byte(text + " ")}}}
	} else {
		// The helper's arguments stay: only the callee, and for a literal
		// the key as first argument, are rewritten.
		p.fix = &analysis.SuggestedFix{Message: label, TextEdits: []analysis.TextEdit{{Pos: s.call.Fun.Pos(), End: s.call.Lparen + 1, NewText: []byte(text + "(")}}}
	}
	if pn != old {
		p.drops = old
	}
}

// semconvRewrite returns the reference to the new key in the newest
// semconv package the file imports that declares it: the constant for a
// constant; for a helper, the helper of the same signature, else the
// constant's method setting the helper's parameter type.
func (c *checker) semconvRewrite(s *keySite, new string) (text, label string, pn *types.PkgName) {
	var best *types.PkgName
	var bestRef string
	for _, imp := range c.file.Imports {
		pn := c.importName(imp)
		if pn == nil || !isSemconvRoot(pn.Imported()) || !c.visible(pn, s.expr.Pos()) {
			continue
		}
		if best != nil && semver.Compare(versionOf(pn.Imported()), versionOf(best.Imported())) <= 0 {
			continue
		}
		keyName, ok := keyConstOf(pn.Imported())[new]
		if !ok {
			continue
		}
		ref := keyName
		if s.form == formSemconvHelper {
			ref = helperRef(pn.Imported(), keyName, s.ref.(*types.Func))
			if ref == "" {
				continue
			}
		}
		best, bestRef = pn, ref
	}
	if best == nil {
		return "", "", nil
	}
	text = best.Name() + "." + bestRef
	return text, "Use " + text, best
}

// helperRef returns how the package of the new key constant keyName sets
// the key with the value of old's single parameter: its helper named
// after the constant when its signature is old's, else the constant's
// method for the parameter's type; "" when neither exists.
func helperRef(pkg *types.Package, keyName string, old *types.Func) string {
	name := keyName[:len(keyName)-len("Key")]
	if fn, ok := pkg.Scope().Lookup(name).(*types.Func); ok && types.Identical(fn.Type(), old.Type()) {
		return name
	}
	if m := setter(old.Signature()); m != "" {
		return keyName + "." + m
	}
	return ""
}

// literalRewrite returns the literal form of the new key with the
// attribute package, visible under its name in the file: attribute.Key
// for a constant, the constructor of the helper's parameter type for a
// helper (whose first argument becomes the key). It returns the import
// the text refers to, or nil when there is no such form.
func (c *checker) literalRewrite(s *keySite, new string) (text, label string, pn *types.PkgName) {
	var attr *types.PkgName
	for _, imp := range c.file.Imports {
		if pn := c.importName(imp); pn != nil && pn.Imported().Path() == apis.AttributePkg && c.visible(pn, s.expr.Pos()) {
			attr = pn
		}
	}
	if attr == nil {
		return "", "", nil
	}
	q := strconv.Quote(new)
	if s.form == formSemconvConst {
		text = attr.Name() + ".Key(" + q + ")"
		return text, "Use " + text, attr
	}
	m := setter(s.ref.(*types.Func).Signature())
	if m == "" {
		return "", "", nil
	}
	fn := attr.Name() + "." + m
	return fn + "(" + q + ",", fmt.Sprintf("Use %s(%s, ...)", fn, q), attr
}

// setter returns the attribute.Key method setting the type of the single,
// non-variadic parameter of a helper: String for a string, IntSlice for
// a []int.
func setter(sig *types.Signature) string {
	if sig.Params().Len() != 1 || sig.Variadic() {
		return ""
	}
	t := sig.Params().At(0).Type()
	slice := ""
	if s, ok := t.(*types.Slice); ok {
		t, slice = s.Elem(), "Slice"
	}
	b, ok := t.(*types.Basic)
	if !ok {
		return ""
	}
	switch b.Kind() {
	case types.String:
		return "String" + slice
	case types.Int:
		return "Int" + slice
	case types.Int64:
		return "Int64" + slice
	case types.Float64:
		return "Float64" + slice
	case types.Bool:
		return "Bool" + slice
	}
	return ""
}

// keyConsts memoizes keyConstOf by package.
var keyConsts sync.Map // *types.Package -> map[string]string

// keyConstOf maps each attribute key declared by a semconv package to the
// name of its constant.
func keyConstOf(pkg *types.Package) map[string]string {
	if m, ok := keyConsts.Load(pkg); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		cst, ok := scope.Lookup(name).(*types.Const)
		if ok && cst.Exported() && cst.Val().Kind() == constant.String && isNamed(cst.Type(), apis.AttributePkg, "Key") {
			m[constant.StringVal(cst.Val())] = name
		}
	}
	keyConsts.Store(pkg, m)
	return m
}

// versionOf returns the version of a semconv package.
func versionOf(pkg *types.Package) string {
	v, _, _ := apis.SemconvVersion(pkg.Path())
	return v
}

// importName returns the package name an import spec declares, or nil
// for a blank or dot import.
func (c *checker) importName(imp *ast.ImportSpec) *types.PkgName {
	var obj types.Object
	if imp.Name != nil {
		obj = c.pass.TypesInfo.Defs[imp.Name]
	} else {
		obj = c.pass.TypesInfo.Implicits[imp]
	}
	pn, _ := obj.(*types.PkgName)
	if pn == nil || pn.Name() == "_" || pn.Name() == "." {
		return nil
	}
	return pn
}

// visible reports whether pn's name at pos denotes pn, not a local
// declaration that shadows it.
func (c *checker) visible(pn *types.PkgName, pos token.Pos) bool {
	s := c.pass.Pkg.Scope().Innermost(pos)
	if s == nil {
		return false
	}
	_, obj := s.LookupParent(pn.Name(), pos)
	return obj == pn
}

// importUses counts the uses of each import of the file.
func (c *checker) importUses() map[*types.PkgName]int {
	uses := map[*types.PkgName]int{}
	ast.Inspect(c.file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				uses[pn]++
			}
		}
		return true
	})
	return uses
}

// replace returns the fix replacing node with text.
func replace(label string, node ast.Node, text string) *analysis.SuggestedFix {
	return &analysis.SuggestedFix{Message: label, TextEdits: []analysis.TextEdit{{Pos: node.Pos(), End: node.End(), NewText: []byte(text)}}}
}
