package sdksetup

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// sync-export: a simple processor exports each span (or log record) on
// the goroutine that ends it, so a request waits for the exporter, a
// network round trip for OTLP (opentelemetry-go measured it when it added
// the batch processor to its examples); sdktrace.WithBlocking makes the
// goroutine that ends a span wait while the batch queue is full. Behind
// an exporter that stays in the process (stdout, memory), a simple
// processor is what a debugging tool wants, and is not reported; nor is
// one behind an exporter of the program's own (a concrete type of its
// module), which decides itself what an export costs: a recorder that
// keeps the spans in memory for the program to read back wants them as
// they end.

// syncMessages are the messages of sync-export, by key.
var syncMessages = map[string]string{
	apis.SDKWithSyncer:             "sdktrace.WithSyncer exports every span on the goroutine that ends it, so each request waits for the exporter; use sdktrace.WithBatcher",
	apis.SDKNewSimpleSpanProcessor: "a simple span processor exports every span on the goroutine that ends it, so each request waits for the exporter; use sdktrace.NewBatchSpanProcessor",
	apis.SDKLogNewSimpleProcessor:  "a simple log processor exports every record on the goroutine that emits it, so each request waits for the exporter; use sdklog.NewBatchProcessor",
	apis.SDKWithBlocking:           "sdktrace.WithBlocking makes the goroutine that ends a span wait while the batch queue is full, so a slow or unreachable collector stalls the requests; leave it out and let the processor drop spans when its queue is full",
}

// checkSyncExport reports a synchronous export set up by call, unless its
// exporter stays in the process.
func (c *checker) checkSyncExport(cur inspector.Cursor, call *ast.CallExpr, key string) {
	if key != apis.SDKWithBlocking && len(call.Args) > 0 && (c.localExporter(cur, call.Args[0], 0) || c.ownExporter(call.Args[0])) {
		return
	}
	if key == apis.SDKWithBlocking && (c.spansAreProduct() || c.optedIn(cur)) {
		return
	}
	c.report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategorySyncExport, Message: syncMessages[key]})
}

// localExporter reports whether the exporter e is one whose export stays
// in the process: by its type, or by the one value of its local variable.
func (c *checker) localExporter(at inspector.Cursor, e ast.Expr, depth int) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
		t = tup.At(0).Type() // exp, err := stdouttrace.New()
	}
	if t != nil {
		if n, ok := astx.Deref(t).(*types.Named); ok && n.Obj().Pkg() != nil &&
			slices.Contains(apis.LocalExporterTypes, n.Obj().Pkg().Path()+"."+n.Obj().Name()) {
			return true
		}
	}
	if depth > 3 {
		return false
	}
	if v := c.singleValue(at, e); v != nil {
		return c.localExporter(at, v, depth+1) // var exp sdktrace.SpanExporter = stdoutExporter
	}
	return false
}

// ownExporter reports whether the exporter e is of a concrete type
// declared in the module of the package being analysed:
//
//	sdktrace.WithSyncer(detect.Recorder) // *detect.TraceRecorder, the module's own
//
// An exporter of an interface type may be anything, and the exporters of
// other modules are judged by their own kind.
func (c *checker) ownExporter(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return false
	}
	n, ok := astx.Deref(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	in, _ := passkit.InModule(c.pass, n.Obj().Pkg().Path()) // module unknown: judged like any exporter
	return in
}

// spansAreProduct reports whether the package is a program whose spans
// are its product rather than the trace of requests it serves, such as a
// load generator that makes spans to exercise a back end: a main package
// that serves nothing itself (imports neither net/http nor gRPC) and
// installs no global tracer provider (otel.SetTracerProvider), so no
// instrumentation of requests uses its provider; only its own code,
// through the tracers it takes from the provider. There, WithBlocking is
// deliberate back-pressure, so that no generated span is dropped.
func (c *checker) spansAreProduct() bool {
	if c.pass.Pkg.Name() != "main" {
		return false
	}
	for _, imp := range c.pass.Pkg.Imports() {
		if slices.Contains(apis.ServerPkgs, imp.Path()) {
			return false
		}
	}
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
			if c.idx.Is(cur.Node().(*ast.CallExpr), apis.OtelSetTracerProvider) {
				return false
			}
		}
	}
	return true
}

// optedIn reports whether the call at cur lies in the body of an if
// statement, in the same function, whose condition only reads boolean
// settings: fields of type bool, or of type *bool tested against nil and
// dereferenced. The program then passes on a choice its configuration
// makes, as the SDK offers it, rather than making it itself.
//
//	if cfg.Batch.Blocking != nil && *cfg.Batch.Blocking {
//		opts = append(opts, sdktrace.WithBlocking())
//	}
func (c *checker) optedIn(cur inspector.Cursor) bool {
	for ; ; cur = cur.Parent() {
		switch cur.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl, *ast.File, nil:
			return false
		case *ast.BlockStmt:
			if k, _ := cur.ParentEdge(); k == edge.IfStmt_Body {
				return c.settingsOnly(cur.Parent().Node().(*ast.IfStmt).Cond)
			}
		}
	}
}

// settingsOnly reports whether cond is made only of boolean fields, their
// negations and conjunctions, and nil tests of *bool fields, with at least
// one boolean read.
func (c *checker) settingsOnly(cond ast.Expr) bool {
	reads := 0
	var walk func(e ast.Expr) bool
	walk = func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			switch e.Op {
			case token.LAND:
				return walk(e.X) && walk(e.Y)
			case token.NEQ:
				return c.boolField(e.X, true) && astx.IsNil(c.pass.TypesInfo, e.Y)
			}
			return false
		case *ast.UnaryExpr:
			return e.Op == token.NOT && walk(e.X)
		case *ast.StarExpr:
			if c.boolField(e.X, true) {
				reads++
				return true
			}
			return false
		}
		if c.boolField(e, false) {
			reads++
			return true
		}
		return false
	}
	return walk(cond) && reads > 0
}

// boolField reports whether e selects a struct field of type bool, or of
// type *bool when ptr is set.
func (c *checker) boolField(e ast.Expr, ptr bool) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return false
	}
	t := s.Type()
	if ptr {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			return false
		}
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}
