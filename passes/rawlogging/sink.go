package rawlogging

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// sinkFallback reports whether call, a function of the standard log
// package or a print of fmt to os.Stderr, is a writer's last resort: it
// lies in a branch ([inBranch]) of a method of a type that is itself an
// io.Writer (the writer a logger writes its records to), of a function
// that opens such a writer of its package ([checker.opensWriter]), or of
// a function that writes to an io.Writer it is handed. Such code is
// where records go; when its writer is unset, closed or cannot be
// opened, or a record cannot be encoded or written, it cannot log the
// failure through itself, and the standard logger or error is what is
// left.
//
//	func (w *fileWriter) Write(p []byte) (int, error) {
//		if w.closed {
//			log.Println(string(p))
//			...
//	func writeRecord(w io.Writer, rec []byte) {
//		if _, err := w.Write(rec); err != nil {
//			log.Println(err)
func (c *checker) sinkFallback(cur inspector.Cursor, key string) bool {
	call, _ := cur.Node().(*ast.CallExpr)
	if !slices.Contains(apis.StdLogFuncs, key) && !c.toStderr(call, key) {
		return false
	}
	decl := astx.EnclosingDecl(cur)
	if decl == nil || decl.Body == nil || !inBranch(cur) {
		return false
	}
	if decl.Recv != nil && len(decl.Recv.List) == 1 {
		if t := c.pass.TypesInfo.TypeOf(decl.Recv.List[0].Type); t != nil && isWriter(t) {
			return true
		}
	}
	if c.opensWriter(decl) {
		return true
	}
	var writers []types.Object
	for _, f := range decl.Type.Params.List {
		if !isIOWriter(c.pass.TypesInfo.TypeOf(f.Type)) {
			continue
		}
		for _, n := range f.Names {
			if obj := c.pass.TypesInfo.Defs[n]; obj != nil {
				writers = append(writers, obj)
			}
		}
	}
	if len(writers) == 0 {
		return false
	}
	writes := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || writes || sel.Sel.Name != "Write" {
			return !writes
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && slices.Contains(writers, c.pass.TypesInfo.Uses[id]) {
			writes = true
		}
		return !writes
	})
	return writes
}

// toStderr reports whether call, of key, is a print of fmt to os.Stderr,
// the stream a writer falls back to (its standard output may be the
// program's data).
func (c *checker) toStderr(call *ast.CallExpr, key string) bool {
	return call != nil && slices.Contains(apis.FmtFprint, key) && len(call.Args) > 0 && apis.IsOSVar(c.pass.TypesInfo, call.Args[0], "Stderr")
}

// panicReport reports whether call, a print to the standard error (fmt to
// os.Stderr, the print and println builtins), is part of the report of a
// panic that follows it at once, as the next statement of its block: a
// failed assertion that writes what the panic's value leaves out (the
// call stack, the state it found) before it panics. The panic writes its
// value and the goroutine's stack to the same stream, raw; a structured
// line before it would not change how the failure reaches whoever reads
// it. A logger getter that finds no logger in the context is the common
// case: there is no logger to log through.
//
//	if val == nil {
//		fmt.Fprintf(os.Stderr, "no logger in context:\n%s", debug.Stack())
//		panic("logger not found in context")
//	}
func (c *checker) panicReport(cur inspector.Cursor, call *ast.CallExpr, key string) bool {
	if key == "" {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || !slices.Contains(printBuiltins, c.pass.TypesInfo.Uses[id]) {
			return false
		}
	} else if !c.toStderr(call, key) {
		return false
	}
	if e, _ := cur.ParentEdge(); e != edge.ExprStmt_X {
		return false
	}
	next, ok := cur.Parent().NextSibling()
	if !ok {
		return false
	}
	es, ok := next.Node().(*ast.ExprStmt)
	if !ok {
		return false
	}
	p, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(p.Fun).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == types.Universe.Lookup("panic")
}

// opensWriter reports whether decl opens a writer of its package: among
// its results is an io.Writer (io.WriteCloser...), and it returns a value
// of a writer type declared in the package, the sink it builds. When the
// sink cannot be opened, what goes wrong cannot be written through it.
//
//	func (nw NetWriter) OpenWriter() (io.WriteCloser, error) {
//		reconn := &redialerConn{nw: nw}
//		conn, err := reconn.dial()
//		if err != nil {
//			fmt.Fprintf(os.Stderr, "net log writer failed to connect: %v\n", err)
//		}
//		...
//		return reconn, nil
func (c *checker) opensWriter(decl *ast.FuncDecl) bool {
	if decl.Type.Results == nil {
		return false
	}
	writes := false
	for _, f := range decl.Type.Results.List {
		if t := c.pass.TypesInfo.TypeOf(f.Type); t != nil && types.IsInterface(t) && types.Implements(t, ioWriter()) {
			writes = true
		}
	}
	if !writes {
		return false
	}
	own := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				t := c.pass.TypesInfo.TypeOf(r)
				if t == nil || types.IsInterface(t) || !isWriter(t) {
					continue
				}
				if n, ok := types.Unalias(astx.Deref(t)).(*types.Named); ok && n.Obj().Pkg() == c.pass.Pkg {
					own = true
				}
			}
		}
		return !own
	})
	return own
}

// ioWriter returns the interface of io.Writer, built from its method:
// Write([]byte) (int, error).
var ioWriter = sync.OnceValue(func() *types.Interface {
	p := types.NewVar(token.NoPos, nil, "p", types.NewSlice(types.Typ[types.Byte]))
	n := types.NewVar(token.NoPos, nil, "n", types.Typ[types.Int])
	err := types.NewVar(token.NoPos, nil, "err", types.Universe.Lookup("error").Type())
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(p), types.NewTuple(n, err), false)
	return types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, "Write", sig)}, nil).Complete()
})

// inBranch reports whether the node at cur lies in a branch of its
// function (the body or else of an if, a case of a switch or select), as
// a fallback does; a statement on the function's main path runs every
// time, beside the writing it does not stand in for.
func inBranch(cur inspector.Cursor) bool {
	child := cur.Node()
	for p := cur.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case nil, *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if child == n.Body || child == n.Else {
				return true
			}
		case *ast.CaseClause, *ast.CommClause:
			return true
		}
		child = p.Node()
	}
}

// isIOWriter reports whether t is the interface io.Writer.
func isIOWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "io" && n.Obj().Name() == "Writer"
}

// isWriter reports whether t, a named type or a pointer to one that is
// not an interface, has the method of io.Writer: Write([]byte) (int, error).
func isWriter(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.IsInterface(n) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, nil, "Write")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	b, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	if !ok || !types.Identical(b.Elem(), types.Typ[types.Byte]) {
		return false
	}
	return types.Identical(sig.Results().At(0).Type(), types.Typ[types.Int]) &&
		types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// prompt reports whether call, a print of fmt to a standard stream,
// asks the person at the terminal a question: the function reads the
// standard input after it. A prompt is the program's dialogue with that
// person, not a log line.
//
//	fmt.Print("Press 'Enter' to continue...")
//	bufio.NewReader(os.Stdin).ReadBytes('\n')
func (c *checker) prompt(cur inspector.Cursor, call *ast.CallExpr, key string) bool {
	if !slices.Contains(apis.FmtPrint, key) && !slices.Contains(apis.FmtFprint, key) {
		return false // log adds a prefix: its line is a record
	}
	fc, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	reads := false
	ast.Inspect(fc.Node(), func(n ast.Node) bool {
		if reads {
			return false
		}
		if e, ok := n.(ast.Expr); ok && n.Pos() > call.End() && apis.IsOSVar(c.pass.TypesInfo, e, "Stdin") {
			reads = true
		}
		return true
	})
	return reads
}
