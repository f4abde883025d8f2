// Package reqscope tells whether code runs once (at set-up) or once per
// request, message or iteration. Passes that dislike work on the hot path
// (creating instruments, providers or loggers) ask it about the place of a
// call.
//
// Request-scoped code: HTTP handlers (func(http.ResponseWriter,
// *http.Request), ServeHTTP methods), closures given to HandleFunc/Handle
// or converted to http.HandlerFunc, gRPC-style methods
// (ctx, *Req) (*Resp, error), message-consumer callbacks (Handle*,
// Consume*, On* functions that take a message), loop bodies, and functions
// that take a context.Context or an *http.Request.
//
// Init-like code wins over those rules: package-level initialisers, init,
// main, functions whose names mark set-up (New*, Init*, Setup*, Register*,
// Must*, Configure*, Install*, Build*, Start*... in either case), closures
// given to sync.Once.Do, sync.OnceFunc, sync.OnceValue(s), and unexported
// functions that are only called from init-like code of their package.
package reqscope

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// Kind classifies a place in the code.
type Kind int

const (
	// Neutral code is neither known to run per request nor at set-up.
	Neutral Kind = iota
	// Request code runs once per request, message or loop iteration.
	Request
	// Init code runs once, at set-up.
	Init
)

func (k Kind) String() string {
	return [...]string{"neutral", "request-scoped", "init"}[k]
}

// Place is the classification of a place with the reason for it, such as
// "HTTP handler handleOrders" or "loop body".
type Place struct {
	Kind   Kind
	Reason string
}

// Analyzer computes a [*Info] for a package.
var Analyzer = &analysis.Analyzer{
	Name:             "otellintreqscope",
	Doc:              "classify functions as request-scoped or init-like",
	Run:              run,
	Requires:         []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer},
	ResultType:       reflect.TypeFor[*Info](),
	RunDespiteErrors: true,
}

// Info is the result of [Analyzer].
type Info struct {
	pkg      *types.Package
	info     *types.Info
	idx      *apis.Index
	decls    map[*types.Func]*ast.FuncDecl
	callers  map[*types.Func][]inspector.Cursor // call sites of package functions
	initOnly map[*types.Func]bool               // memo of initOnlyCalled
}

func run(pass *analysis.Pass) (any, error) {
	in := &Info{
		pkg:      pass.Pkg,
		info:     pass.TypesInfo,
		idx:      pass.ResultOf[apis.Analyzer].(*apis.Index),
		decls:    map[*types.Func]*ast.FuncDecl{},
		callers:  map[*types.Func][]inspector.Cursor{},
		initOnly: map[*types.Func]bool{},
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for c := range ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.Ident)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				in.decls[fn] = n
			}
		case *ast.Ident:
			// Every use of a package-level function: a call or a reference.
			if fn, ok := pass.TypesInfo.Uses[n].(*types.Func); ok && fn.Pkg() == pass.Pkg {
				in.callers[fn] = append(in.callers[fn], c)
			}
		}
	}
	// Precompute the "only called from init" closure now, so that the
	// result is read-only while passes run in parallel.
	for fn := range in.decls {
		in.initOnlyCalled(fn, map[*types.Func]bool{})
	}
	return in, nil
}

// At classifies the place of the node at cur. The innermost enclosing
// construct that decides wins: a sync.Once closure or set-up function is
// Init; a handler, consumer callback or loop body is Request.
func (in *Info) At(cur inspector.Cursor) Place {
	inLoop := false
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if c != cur {
				inLoop = true
			}
		case *ast.FuncLit:
			if p, ok := in.litPlace(c, n); ok {
				return p
			}
			if inLoop {
				return Place{Request, "loop body"}
			}
		case *ast.FuncDecl:
			p := in.declPlace(n)
			if p.Kind == Init {
				return p
			}
			if inLoop {
				return Place{Request, "loop body"}
			}
			return p
		}
	}
	// Package-level declarations (var initialisers).
	return Place{Init, "package-level initialiser"}
}

// litPlace decides for a function literal by where it is passed.
func (in *Info) litPlace(c inspector.Cursor, lit *ast.FuncLit) (Place, bool) {
	parent := c.Parent()
	if call, ok := parent.Node().(*ast.CallExpr); ok && call.Fun != lit {
		k := in.idx.Key(call)
		switch {
		case k == "(sync.Once).Do" || k == "sync.OnceFunc" || k == "sync.OnceValue" || k == "sync.OnceValues":
			return Place{Init, "sync.Once closure"}, true
		case isOneOf(k, apis.HTTPHandleFuncs):
			return Place{Request, "HTTP handler closure"}, true
		}
		// Conversion http.HandlerFunc(func(...){...}).
		if tv, ok := in.info.Types[call.Fun]; ok && tv.IsType() {
			if isHandlerType(tv.Type) {
				return Place{Request, "HTTP handler closure"}, true
			}
		}
	}
	if sig, ok := in.info.Types[lit].Type.(*types.Signature); ok && isHandlerSig(sig) {
		return Place{Request, "HTTP handler closure"}, true
	}
	return Place{}, false
}

func isOneOf(k string, keys []string) bool {
	for _, x := range keys {
		if k == x {
			return true
		}
	}
	return false
}

// declPlace decides for a declared function.
func (in *Info) declPlace(d *ast.FuncDecl) Place {
	name := d.Name.Name
	fn, _ := in.info.Defs[d.Name].(*types.Func)
	if d.Recv == nil && (name == "init" || (name == "main" && in.pkg.Name() == "main")) {
		return Place{Init, name}
	}
	if IsSetupName(name) {
		return Place{Init, "set-up function " + name}
	}
	if fn != nil && in.initOnly[fn] {
		return Place{Init, "only called from set-up code"}
	}
	if fn == nil {
		return Place{}
	}
	sig := fn.Type().(*types.Signature)
	switch {
	case isHandlerSig(sig):
		return Place{Request, "HTTP handler " + name}
	case name == "ServeHTTP":
		return Place{Request, "HTTP handler " + name}
	case isGRPCShape(sig):
		return Place{Request, "RPC method " + name}
	case isConsumerName(name) && sig.Params().Len() > 0:
		return Place{Request, "message handler " + name}
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if ctxscope.IsContext(t) || ctxscope.IsHTTPRequestPtr(t) {
			return Place{Request, "function " + name + " that takes a request context"}
		}
	}
	return Place{}
}

// setupPrefixes mark set-up functions by name.
var setupPrefixes = []string{"new", "init", "setup", "register", "must", "configure", "install", "build", "bootstrap", "provide"}

// IsSetupName reports whether a function name marks set-up code: New*,
// Init*, Setup*, Register*, Must*, Configure*, Install*, Build*,
// Bootstrap*, Provide* (either case of the first letter; the prefix must
// end at a word boundary, so "newsletter" or "initials" do not count).
func IsSetupName(name string) bool {
	lower := strings.ToLower(name)
	for _, p := range setupPrefixes {
		if !strings.HasPrefix(lower, p) {
			continue
		}
		if len(name) == len(p) {
			return true
		}
		next := rune(name[len(p)])
		if unicode.IsUpper(next) || next == '_' || unicode.IsDigit(next) {
			return true
		}
	}
	return false
}

var consumerPrefixes = []string{"Handle", "handle", "Consume", "consume", "On", "on"}

func isConsumerName(name string) bool {
	for _, p := range consumerPrefixes {
		if strings.HasPrefix(name, p) && len(name) > len(p) && unicode.IsUpper(rune(name[len(p)])) {
			return true
		}
	}
	return false
}

// isHandlerSig reports whether sig is func(http.ResponseWriter, *http.Request).
func isHandlerSig(sig *types.Signature) bool {
	p := sig.Params()
	if p.Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	n, ok := types.Unalias(p.At(0).Type()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseWriter" &&
		ctxscope.IsHTTPRequestPtr(p.At(1).Type())
}

func isHandlerType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "HandlerFunc"
}

// isGRPCShape reports whether sig is a method (ctx, *Req) (*Resp, error).
func isGRPCShape(sig *types.Signature) bool {
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	if !ctxscope.IsContext(sig.Params().At(0).Type()) {
		return false
	}
	_, reqPtr := sig.Params().At(1).Type().(*types.Pointer)
	_, respPtr := sig.Results().At(0).Type().(*types.Pointer)
	return reqPtr && respPtr && types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// initOnlyCalled reports whether fn is an unexported function of the
// package whose every use is a call from init-like code.
func (in *Info) initOnlyCalled(fn *types.Func, visiting map[*types.Func]bool) bool {
	if v, ok := in.initOnly[fn]; ok {
		return v
	}
	if fn.Exported() || visiting[fn] {
		return false
	}
	uses := in.callers[fn]
	if len(uses) == 0 {
		in.initOnly[fn] = false
		return false
	}
	visiting[fn] = true
	result := true
	for _, u := range uses {
		if !in.useIsInit(u, visiting) {
			result = false
			break
		}
	}
	delete(visiting, fn)
	in.initOnly[fn] = result
	return result
}

// useIsInit reports whether a use of a function is a call made from
// init-like code.
func (in *Info) useIsInit(u inspector.Cursor, visiting map[*types.Func]bool) bool {
	for c := range u.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil), (*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			continue
		case *ast.FuncLit:
			if p, ok := in.litPlace(c, n); ok {
				return p.Kind == Init
			}
		case *ast.FuncDecl:
			name := n.Name.Name
			if n.Recv == nil && (name == "init" || name == "main") || IsSetupName(name) {
				return true
			}
			if caller, ok := in.info.Defs[n.Name].(*types.Func); ok {
				return in.initOnlyCalled(caller, visiting)
			}
			return false
		}
	}
	return true // a package-level initialiser
}
