package piilog

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// urlFacts holds what the package's non-test code does with its URL
// variables: which are parsed from which strings, and which carry a
// credential in their user info.
type urlFacts struct {
	// parsed maps a string variable to the URL variables parsed from it
	// (u, err := url.Parse(s)).
	parsed map[*types.Var][]*types.Var
	// creds maps a URL variable to why its user info holds a credential.
	creds map[*types.Var]string
	// from maps a string variable, or a slice of strings, to the
	// variables whose text it is given: a URL variable (s := u.String()),
	// another string (t := s), a slice (for _, s := range urls) or, for a
	// slice, its elements (urls = append(urls, u.String())).
	from map[*types.Var][]*types.Var
	// texts maps a string variable, or a slice of strings, that holds the
	// text of a credential URL to that URL variable, resolved from from.
	texts map[*types.Var]*types.Var
	// redacted holds where each string variable is given a URL's
	// Redacted() text (s = u.Redacted()).
	redacted map[*types.Var][]token.Pos
}

// credentialURL reports whether value is a URL whose user info
// (scheme://user:password@host) holds a credential, written whole: the
// URL, its String(), or the string it was parsed from. It returns why the
// URL carries one and the name of the URL variable:
//
//	u, err := url.Parse(s)
//	logger.Debug("proxy", zap.String("url", s)) // u is returned by a Proxy function
//	return u, nil
//
// A URL carries one when it is a proxy's (returned by a function of the
// type of http.Transport's Proxy, or given to http.ProxyURL), whose user
// info the transport sends as Proxy-Authorization, or when the code sets
// or reads its user info (u.User). Any other URL, such as a request's or
// an endpoint's, is left alone: few of them have user info.
func (c *checker) credentialURL(value ast.Expr) (why, name string) {
	e := ast.Unparen(value)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 && c.idx.Is(call, apis.URLString) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			e = ast.Unparen(sel.X)
		}
	}
	if star, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(star.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return "", ""
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return "", ""
	}
	switch t := v.Type(); {
	case apis.IsURLType(t):
		if facts := c.urlFacts(); facts != nil && facts.creds[v] != "" {
			return facts.creds[v], v.Name()
		}
	case isString(t) || isStrings(t):
		facts := c.urlFacts()
		if facts == nil {
			break
		}
		for _, u := range facts.parsed[v] {
			if why := facts.creds[u]; why != "" && !c.constantText(v) && !c.emptyHere(value, v) {
				return why, u.Name()
			}
		}
		if u := facts.texts[v]; u != nil && !c.constantText(v) && !c.emptyHere(value, v) && !facts.redactedBefore(v, value.Pos()) {
			return facts.creds[u], u.Name()
		}
	}
	return "", ""
}

// redactedBefore reports whether the string variable v is given a URL's
// Redacted() text after it is declared and before pos: what it holds at
// pos may be that text.
//
//	for _, s := range urls {
//		...
//		s = u.Redacted()
//		logger.Info("connected to " + s)
func (f *urlFacts) redactedBefore(v *types.Var, pos token.Pos) bool {
	for _, p := range f.redacted[v] {
		if v.Pos() < p && p < pos {
			return true
		}
	}
	return false
}

// isStrings reports whether t is a slice of strings.
func isStrings(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}

// constantText reports whether the string variable v only ever holds
// constants: a local variable given only constants, or a parameter of a
// function that no other package can call, whose every call passes a
// constant. A URL written in the source, such as a development database's
// with its placeholder password, shows nothing the code does not:
//
//	func setupDB(uri string) { ... }
//	setupDB("postgres://user:password@127.0.0.1:5432/db")
func (c *checker) constantText(v *types.Var) bool {
	if _, ok := c.varConstants(v); ok {
		return true
	}
	cur, ok := c.ins.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return false
	}
	d := astx.EnclosingDecl(cur)
	if d == nil || d.Type.Params == nil {
		return false
	}
	fn, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if !ok || fn.Exported() && c.pass.Pkg.Name() != "main" {
		return false // other packages may call it with anything
	}
	// The index of the parameter v.
	param := -1
	for i := range fn.Signature().Params().Len() {
		if fn.Signature().Params().At(i) == v {
			param = i
		}
	}
	if param < 0 || fn.Signature().Variadic() && param == fn.Signature().Params().Len()-1 {
		return false
	}
	calls := 0
	for use, obj := range c.pass.TypesInfo.Uses {
		if obj != fn {
			continue
		}
		u, ok := c.ins.Root().FindByPos(use.Pos(), use.End())
		if !ok {
			return false
		}
		if e, _ := u.ParentEdge(); e != edge.CallExpr_Fun {
			return false // a function value: called with anything
		}
		call := u.Parent().Node().(*ast.CallExpr)
		if call.Ellipsis.IsValid() || param >= len(call.Args) {
			return false
		}
		if _, ok := constval.String(c.pass.TypesInfo, call.Args[param]); !ok {
			if _, ok := c.constantValues(call.Args[param]); !ok {
				return false
			}
		}
		calls++
	}
	return calls > 0
}

// emptyHere reports whether value, the string variable v, is logged in
// the branch of an if that runs only when v is empty: it writes nothing.
//
//	if s == "" {
//		logger.Error("proxy URL is empty", zap.String("url", s))
//	}
func (c *checker) emptyHere(value ast.Expr, v *types.Var) bool {
	cur, ok := c.ins.Root().FindByPos(value.Pos(), value.End())
	if !ok {
		return false
	}
	for ifc := range cur.Enclosing((*ast.IfStmt)(nil)) {
		n := ifc.Node().(*ast.IfStmt)
		if value.Pos() < n.Body.Pos() || value.End() > n.Body.End() {
			continue // in the condition or the else branch
		}
		if b, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr); ok && b.Op == token.EQL {
			for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				if s, ok := constval.String(c.pass.TypesInfo, pair[1]); ok && s == "" && astx.IdentVar(c.pass.TypesInfo, pair[0]) == v {
					return true
				}
			}
		}
	}
	return false
}

// urlFacts computes, on first use, what the package does with its URL
// variables; nil when the package does not import net/url.
func (c *checker) urlFacts() *urlFacts {
	if c.urls != nil || c.noURLs {
		return c.urls
	}
	if !slices.ContainsFunc(c.pass.Pkg.Imports(), func(p *types.Package) bool { return p.Path() == apis.URLPkg }) {
		c.noURLs = true
		return nil
	}
	f := &urlFacts{
		parsed:   map[*types.Var][]*types.Var{},
		creds:    map[*types.Var]string{},
		from:     map[*types.Var][]*types.Var{},
		redacted: map[*types.Var][]token.Pos{},
	}
	info := c.pass.TypesInfo
	// stripped holds the URLs whose user info the code removes
	// (u.User = nil), as it does before writing them.
	stripped := map[*types.Var]bool{}
	for fileCur := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fileCur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil), (*ast.ReturnStmt)(nil), (*ast.RangeStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.RangeStmt:
				// for _, s := range urls
				if s, x := localVar(info, n.Value), localVar(info, n.X); s != nil && x != nil && isString(s.Type()) {
					f.from[s] = append(f.from[s], x)
				}
			case *ast.AssignStmt:
				f.noteParse(c, n.Lhs, n.Rhs)
				f.noteUserLit(c, n.Lhs, n.Rhs)
				f.noteText(c, n.Lhs, n.Rhs)
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && astx.IsNil(info, n.Rhs[i]) && c.isURLUser(sel) {
							if v := localVar(info, astx.Unaddress(sel.X)); v != nil {
								stripped[v] = true
							}
						}
					}
				}
			case *ast.ValueSpec:
				lhs, rhs := passkit.Assignment(n)
				f.noteParse(c, lhs, rhs)
				f.noteUserLit(c, lhs, rhs)
				f.noteText(c, lhs, rhs)
			case *ast.CallExpr:
				// http.ProxyURL(u)
				if len(n.Args) == 1 && c.idx.Is(n, apis.HTTPProxyURL) {
					f.mark(info, n.Args[0], "given to http.ProxyURL")
				}
			case *ast.SelectorExpr:
				// u.User, read or set
				if c.isURLUser(n) {
					f.mark(info, n.X, "whose user info the code sets or reads")
				}
			case *ast.ReturnStmt:
				// return u, nil in a func(*http.Request) (*url.URL, error)
				if len(n.Results) == 2 && apis.IsProxyFunc(c.enclosingSig(cur)) {
					f.mark(info, n.Results[0], "returned as a proxy's URL")
				}
			}
		}
	}
	for v := range stripped {
		delete(f.creds, v)
	}
	f.resolveTexts()
	c.urls = f
	return f
}

// noteText records what the string variables, and slices of strings, of
// an assignment are given: the text of a URL variable, another string or
// slice, or elements appended; and where a string is given a URL's
// Redacted() text.
//
//	s := u.String()
//	urls = append(urls, u.String(), s)
//	s = u.Redacted()
func (f *urlFacts) noteText(c *checker, lhs, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	info := c.pass.TypesInfo
	for i, l := range lhs {
		v := localVar(info, l)
		if v == nil || !isString(v.Type()) && !isStrings(v.Type()) {
			continue
		}
		r := ast.Unparen(rhs[i])
		if call, ok := r.(*ast.CallExpr); ok && len(call.Args) == 0 && c.idx.Is(call, apis.URLRedacted) {
			f.redacted[v] = append(f.redacted[v], l.Pos())
			continue
		}
		var srcs []ast.Expr
		if call, ok := r.(*ast.CallExpr); ok && isStrings(v.Type()) && isAppend(info, call) {
			srcs = call.Args
		} else {
			srcs = []ast.Expr{r}
		}
		for _, src := range srcs {
			if w := f.textOf(c, src); w != nil && w != v && !slices.Contains(f.from[v], w) {
				f.from[v] = append(f.from[v], w)
			}
		}
	}
}

// textOf returns the variable whose text e is: u for u.String(), s for a
// string or slice variable s, or nil.
func (f *urlFacts) textOf(c *checker, e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 && c.idx.Is(call, apis.URLString) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return localVar(c.pass.TypesInfo, astx.Unaddress(sel.X))
		}
		return nil
	}
	if v := localVar(c.pass.TypesInfo, e); v != nil && (isString(v.Type()) || isStrings(v.Type())) {
		return v
	}
	return nil
}

// resolveTexts fills texts: each string or slice variable that is given,
// through any chain of assignments, appends and ranges, the text of a URL
// whose user info holds a credential.
func (f *urlFacts) resolveTexts() {
	f.texts = map[*types.Var]*types.Var{}
	var find func(v *types.Var, seen map[*types.Var]bool) *types.Var
	find = func(v *types.Var, seen map[*types.Var]bool) *types.Var {
		if seen[v] {
			return nil
		}
		seen[v] = true
		for _, w := range f.from[v] {
			if f.creds[w] != "" {
				return w
			}
			if u := find(w, seen); u != nil {
				return u
			}
		}
		return nil
	}
	for v := range f.from {
		if u := find(v, map[*types.Var]bool{}); u != nil {
			f.texts[v] = u
		}
	}
}

// isURLUser reports whether sel selects the User field of a url.URL.
func (c *checker) isURLUser(sel *ast.SelectorExpr) bool {
	s := c.pass.TypesInfo.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal && apis.IsURLUserField(s.Obj())
}

// noteUserLit records the URL variables given a URL literal that sets the
// user info:
//
//	u := &url.URL{Scheme: "mongodb", Host: addr, User: url.UserPassword(name, password)}
func (f *urlFacts) noteUserLit(c *checker, lhs, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	for i, r := range rhs {
		lit, ok := astx.Unaddress(r).(*ast.CompositeLit)
		if !ok || !apis.IsURLType(c.pass.TypesInfo.TypeOf(lit)) {
			continue
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && !astx.IsNil(c.pass.TypesInfo, kv.Value) {
				if id, ok := kv.Key.(*ast.Ident); ok && apis.IsURLUserField(c.pass.TypesInfo.ObjectOf(id)) {
					f.mark(c.pass.TypesInfo, lhs[i], "whose user info the code sets or reads")
				}
			}
		}
	}
}

// noteParse records the URL variables parsed from a string variable:
//
//	u, err := url.Parse(s)
func (f *urlFacts) noteParse(c *checker, lhs, rhs []ast.Expr) {
	if len(rhs) != 1 || len(lhs) == 0 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !c.idx.Is(call, apis.URLParsers...) {
		return
	}
	s, u := localVar(c.pass.TypesInfo, call.Args[0]), localVar(c.pass.TypesInfo, lhs[0])
	if s != nil && u != nil && !slices.Contains(f.parsed[s], u) {
		f.parsed[s] = append(f.parsed[s], u)
	}
}

// mark records why the URL variable e carries a credential.
func (f *urlFacts) mark(info *types.Info, e ast.Expr, why string) {
	if star, ok := ast.Unparen(e).(*ast.StarExpr); ok {
		e = star.X
	}
	if v := localVar(info, e); v != nil && apis.IsURLType(v.Type()) && f.creds[v] == "" {
		f.creds[v] = why
	}
}

// localVar returns the variable, not a field, that e names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	return v
}

// enclosingSig returns the signature of the innermost function around
// cur, or nil.
func (c *checker) enclosingSig(cur inspector.Cursor) *types.Signature {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var t types.Type
		switch fn := fc.Node().(type) {
		case *ast.FuncDecl:
			if obj := c.pass.TypesInfo.Defs[fn.Name]; obj != nil {
				t = obj.Type()
			}
		case *ast.FuncLit:
			t = c.pass.TypesInfo.TypeOf(fn)
		}
		sig, _ := t.(*types.Signature)
		return sig
	}
	return nil
}

// isAppend reports whether call calls the built-in append.
func isAppend(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "append"
}
