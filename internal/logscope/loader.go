package logscope

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
)

// ConfigLoad classifies the node at cur as the loading of the program's
// configuration, or returns the zero Place. The function declared around
// it (not a function literal, which may run later) must be a loader:
//
//   - it decodes YAML, JSON or TOML ([apis.ConfigDecoders]) into a value
//     of its own, a parameter, its receiver, a named result or a local it
//     returns, itself or through a function of the package it hands the
//     value to;
//   - it reads a file or data embedded in the program (os.ReadFile,
//     a //go:embed variable), itself or through a function of the package
//     it calls;
//   - it takes no context and no *http.Request: it serves no request.
//
// An unexported function whose every use is a call made in a loader, or
// in such a helper, is loader code too. Such code runs while the program
// starts, before the logger that the configuration describes exists; in
// a service that reloads its configuration, it runs again later.
func (in *Info) ConfigLoad(cur inspector.Cursor) Place {
	if in == nil || !cur.Valid() || cur.Node() == nil {
		return Place{}
	}
	in.once.Do(in.compute)
	in.loadOnce.Do(in.computeLoaders)
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		d, ok := c.Node().(*ast.FuncDecl)
		if !ok {
			return Place{} // a callback or goroutine runs when it is called
		}
		if fn, ok := in.info.Defs[d.Name].(*types.Func); ok {
			return in.loaders[fn]
		}
		return Place{}
	}
	return Place{}
}

// loadSummary is what one function does with configuration by itself.
type loadSummary struct {
	// own holds the values the function hands back: its parameters,
	// receiver, named results and the locals it returns.
	own map[*types.Var]bool
	// decoded holds the values of own that a decoder fills.
	decoded map[*types.Var]bool
	// reads is true when the function reads a file or embedded data.
	reads bool
	// handed lists the values of own given to functions of the package.
	handed []handOver
	// calls lists the functions of the package it calls.
	calls []*types.Func
	// serves is true when it takes a context or a request.
	serves bool
}

// handOver is a value of the caller (mine) given to a function of the
// package as its parameter (or receiver) param.
type handOver struct {
	callee *types.Func
	param  *types.Var
	mine   *types.Var
}

// computeLoaders finds the loaders of the package and their helpers.
func (in *Info) computeLoaders() {
	in.loaders = map[*types.Func]Place{}
	embeds := in.embeddedVars()
	sums := map[*types.Func]*loadSummary{}
	for fn, d := range in.decls {
		if d.Body != nil && !passkit.IsTestFile(in.fset, d.Pos()) {
			sums[fn] = in.summarizeLoad(fn, d, embeds)
		}
	}
	if len(sums) == 0 {
		return
	}
	// What a function of the package does for its caller, its caller does.
	for changed := true; changed; {
		changed = false
		for _, s := range sums {
			for _, h := range s.handed {
				if t := sums[h.callee]; t != nil && t.decoded[h.param] && !s.decoded[h.mine] {
					s.decoded[h.mine], changed = true, true
				}
			}
			for _, g := range s.calls {
				if t := sums[g]; t != nil && t.reads && !s.reads {
					s.reads, changed = true, true
				}
			}
		}
	}
	found := false
	for fn, s := range sums {
		if len(s.decoded) > 0 && s.reads && !s.serves {
			in.loaders[fn] = Place{Kind: Command, Reason: "function " + fn.Name() + " that loads the program's configuration"}
			found = true
		}
	}
	if !found {
		return
	}
	helpers := map[*types.Func]bool{}
	for fn := range sums {
		if in.loaderHelper(fn, map[*types.Func]bool{}, helpers) {
			in.loaders[fn] = Place{Kind: Command, Reason: "function " + fn.Name() + " only used in configuration loading"}
		}
	}
}

// loaderHelper reports, and memoizes in memo, whether fn is an unexported
// function (or one of package main) whose every use is a call made in a
// loader or in another such helper.
func (in *Info) loaderHelper(fn *types.Func, visiting, memo map[*types.Func]bool) bool {
	if is, ok := memo[fn]; ok {
		return is
	}
	if _, ok := in.loaders[fn]; ok {
		return false // a loader by itself
	}
	if visiting[fn] || in.pkg == nil || fn.Exported() && in.pkg.Name() != "main" || len(in.uses[fn]) == 0 {
		return false
	}
	visiting[fn] = true
	defer delete(visiting, fn)
	counted := 0
	for _, u := range in.uses[fn] {
		if e, _ := u.ParentEdge(); e == edge.SelectorExpr_Sel {
			u = u.Parent()
		}
		if e, _ := unparen(u).ParentEdge(); e != edge.CallExpr_Fun {
			memo[fn] = false
			return false // a function value runs wherever it is called
		}
		caller := in.callerDecl(u)
		if caller == fn {
			continue // a recursive call
		}
		counted++
		if caller == nil {
			memo[fn] = false
			return false
		}
		if _, ok := in.loaders[caller]; !ok && !in.loaderHelper(caller, visiting, memo) {
			memo[fn] = false
			return false
		}
	}
	memo[fn] = counted > 0
	return counted > 0
}

// callerDecl returns the declared function whose own body holds the use
// at u, or nil when a function literal or a package-level initialiser
// holds it.
func (in *Info) callerDecl(u inspector.Cursor) *types.Func {
	for c := range u.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if d, ok := c.Node().(*ast.FuncDecl); ok {
			fn, _ := in.info.Defs[d.Name].(*types.Func)
			return fn
		}
		return nil
	}
	return nil
}

// summarizeLoad records what the function fn, declared by d, decodes,
// reads and hands on by itself.
func (in *Info) summarizeLoad(fn *types.Func, d *ast.FuncDecl, embeds map[*types.Var]bool) *loadSummary {
	s := &loadSummary{own: map[*types.Var]bool{}, decoded: map[*types.Var]bool{}}
	sig := fn.Signature()
	if sig.Recv() != nil {
		s.own[sig.Recv()] = true
	}
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			if tuple == sig.Params() && apis.IsTypeIn(v.Type(), servedTypes) {
				s.serves = true
			}
			if v.Name() != "" && v.Name() != "_" {
				s.own[v] = true
			}
		}
	}
	// The locals it returns, in its own body.
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if v := rootVar(in.info, r); v != nil {
					s.own[v] = true
				}
			}
		}
		return true
	})
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := in.info.Uses[n].(*types.Var); ok && embeds[v] {
				s.reads = true
			}
		case *ast.CallExpr:
			in.noteLoadCall(s, n)
		}
		return true
	})
	return s
}

// servedTypes are the parameter types of code that serves a request.
var servedTypes = []string{apis.ContextIface, apis.HTTPRequest}

// noteLoadCall records what call does for the summary s: it decodes into
// a value of the function, reads a file, or calls a function of the
// package, handing it values of the function.
func (in *Info) noteLoadCall(s *loadSummary, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(in.info, call).(*types.Func)
	if fn == nil {
		return
	}
	switch {
	case apis.IsConfigDecoder(fn):
		if i := apis.DecodeTarget(fn); i >= 0 && i < len(call.Args) {
			if v := rootVar(in.info, call.Args[i]); v != nil && s.own[v] {
				s.decoded[v] = true
			}
		}
		if apis.IsFileReader(fn) {
			s.reads = true // toml.DecodeFile
		}
		return
	case apis.IsFileReader(fn):
		s.reads = true
		return
	}
	fn = fn.Origin()
	if fn.Pkg() != in.pkg || in.decls[fn] == nil {
		return
	}
	s.calls = append(s.calls, fn)
	sig := fn.Signature()
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil {
		if v := rootVar(in.info, sel.X); v != nil && s.own[v] {
			s.handed = append(s.handed, handOver{fn, sig.Recv(), v})
		}
	}
	for i, a := range call.Args {
		v := rootVar(in.info, a)
		if v == nil || !s.own[v] || sig.Params().Len() == 0 {
			continue
		}
		p := sig.Params().At(min(i, sig.Params().Len()-1))
		s.handed = append(s.handed, handOver{fn, p, v})
	}
}

// rootVar returns the variable at the root of e, through parentheses,
// address-of, dereference, field selection and indexing (&cfg.Server
// gives cfg), or nil.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			if v != nil && v.IsField() {
				return nil
			}
			return v
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[x]; !ok || sel.Kind() != types.FieldVal {
				return nil
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// embeddedVars returns the package-level variables that a //go:embed
// directive fills with files of the program.
//
//	//go:embed defaults.yaml
//	var defaults []byte
func (in *Info) embeddedVars() map[*types.Var]bool {
	out := map[*types.Var]bool{}
	for file := range in.ins.Root().Children() {
		f, ok := file.Node().(*ast.File)
		if !ok {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if !embedDirective(vs.Doc) && !(len(gd.Specs) == 1 && embedDirective(gd.Doc)) {
					continue
				}
				for _, name := range vs.Names {
					if v, ok := in.info.Defs[name].(*types.Var); ok {
						out[v] = true
					}
				}
			}
		}
	}
	return out
}

// embedDirective reports whether a comment group holds a //go:embed line.
func embedDirective(g *ast.CommentGroup) bool {
	if g == nil {
		return false
	}
	for _, c := range g.List {
		if strings.HasPrefix(c.Text, "//go:embed ") {
			return true
		}
	}
	return false
}
