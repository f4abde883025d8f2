// Package reqscope tells whether code runs once (at set-up) or once per
// request, message or iteration. Passes that dislike work on the hot path
// (creating instruments, providers or loggers) ask it about the place of a
// call.
//
// Request-scoped code: HTTP handlers (func(http.ResponseWriter,
// *http.Request), ServeHTTP methods), closures given to HandleFunc/Handle
// or converted to http.HandlerFunc, closures that take an *http.Request or
// a framework context (such as *gin.Context), gRPC-style methods
// (ctx, *Req) (*Resp, error), message-consumer callbacks (Handle*,
// Consume*, On* functions that take a message, closures given to
// Subscribe*, Consume*, Handle*, On* calls), metric callbacks (closures
// given to RegisterCallback or metric.WithInt64Callback), loop bodies, and
// functions that take a context.Context or an *http.Request.
//
// Init-like code wins over the loop and context rules: package-level
// initialisers, init, main, functions whose names mark set-up (New*,
// Init*, Initialize*, Setup*, Register*, Must*, Configure*, Install*, Build*,
// Bootstrap*, Provide*, in either case) or a lifecycle step (Run, Start,
// Serve, Shutdown...), constructors (functions that build and return a
// struct of their package), functions that return a runnable component
// (a value with a Run, Start, Serve or ListenAndServe method, such as a
// configuration's complete(ctx) returning its server), functions that
// store into a package-level variable, closures given to sync.Once.Do, sync.OnceFunc,
// sync.OnceValue(s), and unexported functions that are only called from
// init-like code of their package (calls in test files do not count). A loop that runs until stopped (for {}
// or a range over a channel) is request-scoped even in set-up code: it is
// an event loop.
//
// A periodic job is neither: an unexported function whose every call is
// made on the tick of a timer loop (a select case receiving from a
// ticker's or timer's channel, a range over time.Tick) outside request
// code, with contexts that carry no caller's trace, runs once per
// interval whatever its parameters; it is neutral. The code of such a
// case itself repeats: it is request-scoped, marked Periodic, so that a
// pass can tell a registration repeated on every tick from a component
// rebuilt once per refresh interval.
package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
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
	switch k {
	case Request:
		return "request-scoped"
	case Init:
		return "init"
	}
	return "neutral"
}

// Place is the classification of a place with the reason for it, such as
// "HTTP handler handleOrders" or "loop body".
type Place struct {
	Kind   Kind
	Reason string
	// Pos is the position of the construct that decided: the name of the
	// function, the func keyword of a closure, the for keyword of a loop.
	// It is token.NoPos for package-level initialisers and neutral code.
	Pos token.Pos
	// Loop is true when the place is request-scoped only because it is in
	// the body of a bounded loop (over a slice, a map, a range of numbers)
	// in code that is otherwise neither request-scoped nor set-up. Such a
	// loop may be building a table once; passes may want more evidence.
	Loop bool
	// Context is true when the place is request-scoped only because its
	// function takes a context.Context or an *http.Request: the weakest
	// rule, which set-up steps such as Validate(ctx, cfg) also match.
	Context bool
	// Periodic is true when the place is request-scoped only because it
	// runs on each tick of a timer loop in background code: once per
	// interval, not once per request. What accumulates or fails when
	// repeated (a registration) is wrong there as in a handler; a
	// component rebuilt on each tick of a refresh interval is not.
	Periodic bool
}

// ReasonOnce is the Reason of the body of a closure given to sync.Once.Do,
// sync.OnceFunc, sync.OnceValue or sync.OnceValues.
const ReasonOnce = "sync.Once closure"

// Analyzer computes a [*Info] for a package.
var Analyzer = &analysis.Analyzer{
	Name:             "otellintreqscope",
	Doc:              "classify functions as request-scoped or init-like",
	Run:              run,
	Requires:         []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, logscope.Analyzer},
	ResultType:       reflect.TypeFor[*Info](),
	RunDespiteErrors: true,
}

// Info is the result of [Analyzer]. A declaration is classified when a
// pass first asks about a place inside it, and the uses of the package's
// functions are indexed when a classification first needs them: packages
// and functions no pass asks about pay nothing. Passes running in
// parallel share it; mu guards what is filled on demand.
type Info struct {
	ins  *inspector.Inspector
	fset *token.FileSet
	pkg  *types.Package
	info *types.Info
	idx  *apis.Index
	logs *logscope.Info     // test support, decided once for all passes
	ctxs *ctxscope.Carriers // made on first use; in.mu guards it

	mu       sync.Mutex
	places   map[*ast.FuncDecl]Place            // memo of declPlace
	initOnly map[*types.Func]bool               // memo of initOnlyCalled
	callers  map[*types.Func][]inspector.Cursor // uses of unexported package functions, once indexed
}

func run(pass *analysis.Pass) (any, error) {
	in := &Info{
		pkg:      pass.Pkg,
		info:     pass.TypesInfo,
		idx:      pass.ResultOf[apis.Analyzer].(*apis.Index),
		initOnly: map[*types.Func]bool{},
		places:   map[*ast.FuncDecl]Place{},
		ins:      pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		fset:     pass.Fset,
		logs:     pass.ResultOf[logscope.Analyzer].(*logscope.Info),
	}
	return in, nil
}

// place returns the classification of the declaration d, computed on
// first use.
func (in *Info) place(d *ast.FuncDecl) Place {
	in.mu.Lock()
	defer in.mu.Unlock()
	p, ok := in.places[d]
	if !ok {
		p = in.declPlace(d)
		in.places[d] = p
	}
	return p
}

// indexCallers records every use, outside test files, of an unexported
// function or method of the package: a call or a reference. Only those
// can be called from set-up code alone (initOnlyCalled). in.mu is held.
func (in *Info) indexCallers() {
	in.callers = map[*types.Func][]inspector.Cursor{}
	for file := range in.ins.Root().Children() {
		// Tests call anything: their uses do not count.
		if passkit.IsTestFile(in.fset, file.Node().Pos()) {
			continue
		}
		for c := range file.Preorder((*ast.Ident)(nil)) {
			if fn, ok := in.info.Uses[c.Node().(*ast.Ident)].(*types.Func); ok && fn.Pkg() == in.pkg && !fn.Exported() {
				fn = fn.Origin()
				in.callers[fn] = append(in.callers[fn], c)
			}
		}
	}
}

// At classifies the place of the node at cur. The innermost enclosing
// construct that decides wins: a sync.Once closure or set-up function is
// Init; a handler, consumer callback or event loop is Request. A bounded
// loop makes its body Request unless the function around it is Init.
func (in *Info) At(cur inspector.Cursor) Place {
	var loop *Place // the outermost bounded loop seen so far
	tick := false   // in the case of a select that receives a timer's tick
	child := cur
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.CommClause:
			if e, _ := child.ParentEdge(); e == edge.CommClause_Body && in.timeRecv(n.Comm) {
				tick = true
			}
		case *ast.ForStmt:
			if c == cur || !inLoopBody(child) {
				break
			}
			if n.Cond == nil {
				if tick && in.background(c) {
					return periodicTick(n.For)
				}
				return Place{Kind: Request, Reason: "event loop", Pos: n.For}
			}
			loop = &Place{Kind: Request, Reason: "loop body", Pos: n.For, Loop: true}
		case *ast.RangeStmt:
			if c == cur || !inLoopBody(child) {
				break
			}
			if t, ok := in.info.Types[n.X]; ok && t.Type != nil {
				if _, ok := t.Type.Underlying().(*types.Chan); ok {
					if apis.IsTimeChan(t.Type) && in.background(c) {
						return periodicTick(n.For)
					}
					return Place{Kind: Request, Reason: "event loop", Pos: n.For}
				}
			}
			loop = &Place{Kind: Request, Reason: "loop body", Pos: n.For, Loop: true}
		case *ast.FuncLit:
			if c == cur {
				break
			}
			if p, ok := in.litPlace(c, n); ok {
				return p
			}
			if loop != nil && isGoStmtCall(c) {
				// A goroutine that loops is a worker: per iteration.
				return Place{Kind: Request, Reason: loop.Reason, Pos: loop.Pos}
			}
		case *ast.FuncDecl:
			if c == cur {
				break
			}
			p := in.place(n)
			if p.Kind == Init {
				return p
			}
			if p.Kind == Request {
				return p
			}
			if loop != nil {
				return *loop
			}
			return p
		}
		child = c
	}
	// Package-level declarations (var initialisers).
	return Place{Kind: Init, Reason: "package-level initialiser"}
}

// periodicTick is the place of the code run on each tick of a timer loop
// in background code (for { select { case <-ticker.C: ... } }, for range
// time.Tick(d)): it repeats, once per interval rather than per request.
func periodicTick(pos token.Pos) Place {
	return Place{Kind: Request, Reason: "timer loop", Pos: pos, Periodic: true}
}

// Decl returns the place of the function that d declares, from its
// declaration alone: an HTTP handler, an RPC method or a message handler
// is Request, a set-up function Init, a function that takes a context a
// weak Request (Context set). The code of its body may be placed
// otherwise by At (a closure, a loop).
func (in *Info) Decl(d *ast.FuncDecl) Place {
	return in.place(d)
}

// inLoopBody reports whether child, a direct child of a loop, is a part
// that runs on every iteration (the body, the condition or the post
// statement), not the init statement or the ranged expression.
func inLoopBody(child inspector.Cursor) bool {
	e, _ := child.ParentEdge()
	switch e {
	case edge.ForStmt_Body, edge.ForStmt_Cond, edge.ForStmt_Post, edge.RangeStmt_Body:
		return true
	}
	return false
}

// isGoStmtCall reports whether the function literal at c is called by a go
// statement: go func() { ... }().
func isGoStmtCall(c inspector.Cursor) bool {
	e, _ := c.ParentEdge()
	if e != edge.CallExpr_Fun {
		return false
	}
	e, _ = c.Parent().ParentEdge()
	return e == edge.GoStmt_Call
}

// litPlace decides for a function literal by where it is passed and what
// it takes.
func (in *Info) litPlace(c inspector.Cursor, lit *ast.FuncLit) (Place, bool) {
	pos := lit.Type.Func
	if call, ok := c.Parent().Node().(*ast.CallExpr); ok && call.Fun != lit {
		if fn := apis.Callee(in.info, call); fn != nil {
			k := in.idx.Key(call)
			if k == "" {
				k = apis.RawKey(fn)
			}
			switch k {
			case "(sync.Once).Do", "sync.OnceFunc", "sync.OnceValue", "sync.OnceValues":
				return Place{Kind: Init, Reason: ReasonOnce, Pos: pos}, true
			case "net/http.HandleFunc", "(net/http.ServeMux).HandleFunc":
				return Place{Kind: Request, Reason: "HTTP handler closure", Pos: pos}, true
			case apis.MeterRegisterCB, apis.MetricPkg + ".WithInt64Callback", apis.MetricPkg + ".WithFloat64Callback":
				return Place{Kind: Request, Reason: "metric callback", Pos: pos}, true
			}
			if isConsumerCallee(fn.Name()) && hasParams(in.info, lit) {
				return Place{Kind: Request, Reason: "message handler closure given to " + fn.Name(), Pos: pos}, true
			}
		}
		// Conversion http.HandlerFunc(func(...){...}).
		if tv, ok := in.info.Types[call.Fun]; ok && tv.IsType() && isHandlerType(tv.Type) {
			return Place{Kind: Request, Reason: "HTTP handler closure", Pos: pos}, true
		}
	}
	sig, _ := in.info.TypeOf(lit).(*types.Signature)
	if sig == nil {
		return Place{}, false
	}
	if isHandlerSig(sig) {
		return Place{Kind: Request, Reason: "HTTP handler closure", Pos: pos}, true
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if ctxscope.IsHTTPRequestPtr(t) {
			return Place{Kind: Request, Reason: "closure that takes an *http.Request", Pos: pos}, true
		}
		if isFrameworkContext(t) {
			return Place{Kind: Request, Reason: "handler closure that takes a " + types.TypeString(t, types.RelativeTo(in.pkg)), Pos: pos}, true
		}
	}
	return Place{}, false
}

// hasParams reports whether the function literal takes at least one
// parameter that is not a context.Context: a message.
func hasParams(info *types.Info, lit *ast.FuncLit) bool {
	sig, _ := info.TypeOf(lit).(*types.Signature)
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if !ctxscope.IsContext(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// isFrameworkContext reports whether t is a web framework's request
// context such as *gin.Context: a named type (or pointer to one), other
// than context.Context, whose method set implements context.Context and
// has a Request-like method. Only the context.Context methods are checked
// structurally, by name.
func isFrameworkContext(t types.Type) bool {
	// A command-line action's context (urfave/cli's *cli.Context) has the
	// methods and the name, but the action runs once per program run.
	if ctxscope.IsContext(t) || apis.IsTypeIn(t, apis.CommandTypes) {
		return false
	}
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	named, ok := types.Unalias(base).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	// The name first: it is cheap, and most parameters are not contexts.
	if name := named.Obj().Name(); name != "Context" && name != "Ctx" && name != "RequestCtx" {
		return false
	}
	for _, name := range []string{"Deadline", "Done", "Err", "Value"} {
		obj, _, _ := types.LookupFieldOrMethod(t, false, named.Obj().Pkg(), name)
		if _, ok := obj.(*types.Func); !ok {
			return false
		}
	}
	return true
}

// declPlace decides for a declared function. Handler shapes win over
// set-up names (a gRPC method may be called NewOrder); set-up wins over
// the consumer and context rules.
func (in *Info) declPlace(d *ast.FuncDecl) Place {
	name := d.Name.Name
	pos := d.Name.Pos()
	fn, _ := in.info.Defs[d.Name].(*types.Func)
	if d.Recv == nil && (name == "init" || (name == "main" && in.pkg != nil && in.pkg.Name() == "main")) {
		return Place{Kind: Init, Reason: name, Pos: pos}
	}
	var sig *types.Signature
	if fn != nil {
		sig, _ = fn.Type().(*types.Signature)
	}
	if sig != nil {
		switch {
		case isHandlerSig(sig), d.Recv != nil && name == "ServeHTTP":
			return Place{Kind: Request, Reason: "HTTP handler " + name, Pos: pos}
		case isGRPCShape(sig):
			return Place{Kind: Request, Reason: "RPC method " + name, Pos: pos}
		}
	}
	if IsSetupName(name) {
		return Place{Kind: Init, Reason: "set-up function " + name, Pos: pos}
	}
	if isLifecycleName(name) {
		return Place{Kind: Init, Reason: "lifecycle function " + name, Pos: pos}
	}
	if sig == nil {
		return Place{}
	}
	if in.isConstructor(d, sig) {
		return Place{Kind: Init, Reason: "constructor " + name, Pos: pos}
	}
	if v := in.storedPackageVar(d); v != "" {
		return Place{Kind: Init, Reason: "function " + name + " that sets package variable " + v, Pos: pos}
	}
	if fn != nil && in.initOnlyCalled(fn, map[*types.Func]bool{}) {
		return Place{Kind: Init, Reason: "function " + name + " only called from set-up code", Pos: pos}
	}
	if t := runnableResult(sig); t != "" {
		return Place{Kind: Init, Reason: "function " + name + " that builds a runnable " + t, Pos: pos}
	}
	if fn != nil && in.periodicOnlyCalled(fn) {
		// Neither set-up nor request code: it runs once per interval.
		return Place{Reason: "periodic job " + name}
	}
	if isConsumerName(name) && takesMessage(sig) && !takesHTTPHandler(sig) {
		return Place{Kind: Request, Reason: "message handler " + name, Pos: pos}
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if ctxscope.IsContext(t) || ctxscope.IsHTTPRequestPtr(t) || isFrameworkContext(t) {
			return Place{Kind: Request, Reason: "function " + name + " that takes a request context", Pos: pos, Context: true}
		}
	}
	return Place{}
}

// runMethods are the methods that start a component that runs for a
// process's lifetime.
var runMethods = []string{"Run", "Start", "Serve", "ListenAndServe"}

// IsRunMethod reports whether fn is a method that starts a component
// that runs for a process's lifetime (Run, Start, Serve, ListenAndServe)
// on a type of a module outside the standard library, and takes nothing
// but its context: that context bounds the component's lifetime. (A
// Start that takes more, such as Tracer.Start(ctx, name), starts
// something else.)
func IsRunMethod(fn *types.Func) bool {
	if fn == nil || fn.Signature().Recv() == nil || fn.Signature().Params().Len() != 1 || fn.Pkg() == nil || !slices.Contains(runMethods, fn.Name()) {
		return false
	}
	first, _, _ := strings.Cut(fn.Pkg().Path(), "/")
	return strings.Contains(first, ".")
}

// runnableResult returns the name of the first result type of sig when it
// is a component that runs (a type, or an interface, of a module outside
// the standard library with a Run, Start, Serve or ListenAndServe method),
// or "". A function that builds one is a set-up step whatever its name and
// parameters, such as a configuration's complete(ctx) returning the
// server it assembled:
//
//	func (c *Config) complete(ctx context.Context) (*completedServer, error)
func runnableResult(sig *types.Signature) string {
	if sig.Results().Len() == 0 {
		return ""
	}
	t := sig.Results().At(0).Type()
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	named, ok := types.Unalias(base).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	path := named.Obj().Pkg().Path()
	if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") {
		return "" // the standard library's types (exec.Cmd) are built per call too
	}
	ms := types.NewMethodSet(types.NewPointer(named))
	if types.IsInterface(named) {
		ms = types.NewMethodSet(named)
	}
	for _, m := range runMethods {
		if sel := ms.Lookup(named.Obj().Pkg(), m); sel != nil {
			return named.Obj().Name()
		}
	}
	return ""
}

// takesHTTPHandler reports whether sig takes an HTTP handler (a value
// with a ServeHTTP method, or a func(http.ResponseWriter, *http.Request)):
// a mux's Handle(pattern, handler) or HandleFunc(pattern, fn) registers a
// route, it does not consume a message.
func takesHTTPHandler(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if fn, ok := t.Underlying().(*types.Signature); ok && servesHTTP(fn) {
			return true
		}
		ms := types.NewMethodSet(t)
		if sel := ms.Lookup(nil, "ServeHTTP"); sel != nil {
			if fn, ok := sel.Obj().Type().(*types.Signature); ok && servesHTTP(fn) {
				return true
			}
		}
	}
	return false
}

// servesHTTP reports whether sig is the signature of an HTTP handler:
// two parameters, the second an *http.Request.
func servesHTTP(sig *types.Signature) bool {
	return sig.Params().Len() == 2 && ctxscope.IsHTTPRequestPtr(sig.Params().At(1).Type())
}

// takesMessage reports whether sig has a parameter other than a
// context.Context.
func takesMessage(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		if !ctxscope.IsContext(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// isConstructor reports whether d is a function (not a method) whose first
// result is a struct type of the package, or a pointer to one, that it
// builds with a composite literal or new:
//
//	func newMetrics(m metric.Meter) (*metrics, error) { ... return &metrics{...}, nil }
func (in *Info) isConstructor(d *ast.FuncDecl, sig *types.Signature) bool {
	if d.Recv != nil || d.Body == nil || sig.Results().Len() == 0 {
		return false
	}
	t := sig.Results().At(0).Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != in.pkg {
		return false
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	obj := named.Origin().Obj()
	isT := func(t types.Type) bool {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Origin().Obj() == obj
	}
	found := false
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CompositeLit:
			if tv, ok := in.info.Types[n]; ok && tv.Type != nil && isT(tv.Type) {
				found = true
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := in.info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
					if tv, ok := in.info.Types[n]; ok && tv.Type != nil && isT(tv.Type) {
						found = true
					}
				}
			}
		}
		return true
	})
	return found
}

// storedPackageVar returns the name of a package-level variable that the
// body of d (outside closures) assigns with "=", or "".
func (in *Info) storedPackageVar(d *ast.FuncDecl) string {
	if d.Body == nil || in.pkg == nil {
		return ""
	}
	found := ""
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN {
				return true
			}
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v, ok := in.info.Uses[id].(*types.Var); ok && v.Parent() == in.pkg.Scope() {
						found = id.Name
						return false
					}
				}
			}
		}
		return true
	})
	return found
}

// setupPrefixes mark set-up functions by name.
var setupPrefixes = []string{"new", "init", "initialize", "initialise", "setup", "register", "must", "configure", "install", "build", "bootstrap", "provide"}

// IsSetupName reports whether a function name marks set-up code: New*,
// Init*, Initialize*, Setup*, Register*, Must*, Configure*, Install*, Build*,
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

// lifecycleNames are whole names of functions that run once per process
// or component lifetime, whatever their parameters.
var lifecycleNames = map[string]bool{
	"run": true, "start": true, "serve": true, "listenandserve": true, "execute": true,
	"shutdown": true, "stop": true, "close": true, "onstart": true, "onstop": true,
}

func isLifecycleName(name string) bool {
	return lifecycleNames[strings.ToLower(name)]
}

var consumerPrefixes = []string{"Handle", "handle", "Consume", "consume", "On", "on"}

// isConsumerName reports whether a declared function's name marks a
// message callback: Handle, Consume, or Handle*, Consume*, On* followed by
// a word.
func isConsumerName(name string) bool {
	switch name {
	case "Handle", "handle", "Consume", "consume":
		return true
	}
	for _, p := range consumerPrefixes {
		if strings.HasPrefix(name, p) && len(name) > len(p) && unicode.IsUpper(rune(name[len(p)])) {
			return true
		}
	}
	return false
}

// isConsumerCallee reports whether a closure given to a function of this
// name is a message callback: Subscribe*, Consume*, Handle*, On*.
func isConsumerCallee(name string) bool {
	for _, p := range []string{"Subscribe", "Consume", "Handle", "QueueSubscribe"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return len(name) > 2 && strings.HasPrefix(name, "On") && unicode.IsUpper(rune(name[2]))
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

// IsRPCMethod reports whether sig is a method (ctx, *Req) (*Resp, error),
// the shape of a gRPC (or Connect) server method: its ctx is the received
// call's.
func IsRPCMethod(sig *types.Signature) bool { return isGRPCShape(sig) }

// isGRPCShape reports whether sig is a method (ctx, *Req) (*Resp, error).
func isGRPCShape(sig *types.Signature) bool {
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	if !ctxscope.IsContext(sig.Params().At(0).Type()) {
		return false
	}
	_, reqPtr := types.Unalias(sig.Params().At(1).Type()).(*types.Pointer)
	_, respPtr := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
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
	if in.callers == nil {
		in.indexCallers()
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
// init-like code, or the function handed as a value to a set-up function
// of the package, called from init-like code:
//
//	func initOTEL(ctx context.Context) { initHelper(ctx, otelExporter) }
//
// Any other use (a function value given to a router, or stored) is not.
func (in *Info) useIsInit(u inspector.Cursor, visiting map[*types.Func]bool) bool {
	ref := u
	if e, _ := ref.ParentEdge(); e == edge.SelectorExpr_Sel {
		ref = ref.Parent()
	}
	switch e, _ := ref.ParentEdge(); e {
	case edge.CallExpr_Fun:
	case edge.CallExpr_Args:
		callee := apis.Callee(in.info, ref.Parent().Node().(*ast.CallExpr))
		if callee == nil || callee.Pkg() != in.pkg {
			return false
		}
		callee = callee.Origin()
		if !IsSetupName(callee.Name()) && !isLifecycleName(callee.Name()) && !in.initOnlyCalled(callee, visiting) {
			return false
		}
	default:
		return false
	}
	for c := range u.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil), (*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.ForStmt:
			if n.Cond == nil {
				return false // an event loop
			}
		case *ast.RangeStmt:
			if t, ok := in.info.Types[n.X]; ok && t.Type != nil {
				if _, ok := t.Type.Underlying().(*types.Chan); ok {
					return false
				}
			}
		case *ast.FuncLit:
			if p, ok := in.litPlace(c, n); ok {
				return p.Kind == Init
			}
		case *ast.FuncDecl:
			name := n.Name.Name
			if n.Recv == nil && (name == "init" || name == "main") || IsSetupName(name) || isLifecycleName(name) {
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
