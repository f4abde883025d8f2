package rawlogging

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
)

// printerFact marks a printer: a function whose purpose is to print, to
// the standard output or error, a text it builds from its arguments, as
// fmt.Print does. Its calls are reported, not the print inside it.
type printerFact struct {
	// Print is the printing call it ends with: "fmt.Print", or the
	// printer it hands the text to.
	Print string
	// Output marks a function that is not a printer but prints the
	// program's output as it runs, for its callers to judge
	// ([checker.learnOutputs]); Print is then the first print it makes.
	Output bool
}

// AFact marks printerFact as an analysis fact.
func (*printerFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *printerFact) String() string {
	if f.Output {
		return "prints its callers' output with " + f.Print
	}
	return "printer ending in " + f.Print
}

// printerRounds bounds the rounds that learn printers ending in a call of
// another printer of the package, one link of such a chain per round.
const printerRounds = 4

// learnPrinters finds the printers declared in the package's non-test
// files and exports the fact of the exported ones. A dependency (a
// module with a version) is not learnt from.
//
//	func Dump(items []Item, title string) {
//		var sb strings.Builder
//		sb.WriteString(title + "\n")
//		for _, it := range items {
//			fmt.Fprintf(&sb, "%s\t%d\n", it.Name, it.N)
//		}
//		fmt.Print(sb.String())
//	}
func (c *checker) learnPrinters() {
	c.printers = map[*types.Func]*printerFact{}
	c.printerDecls = map[*ast.FuncDecl]bool{}
	c.importedPrinters = map[*types.Func]*printerFact{}
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		return // a dependency
	}
	type candidate struct {
		fn   *types.Func
		decl *ast.FuncDecl
	}
	var cands []candidate
	for _, f := range c.pass.Files {
		if passkit.IsTestFile(c.pass.Fset, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !printerShape(fd) {
				continue
			}
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				cands = append(cands, candidate{fn, fd})
			}
		}
	}
	for range printerRounds {
		changed := false
		for _, cd := range cands {
			if c.printers[cd.fn] != nil {
				continue
			}
			if f := c.printerOf(cd.decl); f != nil {
				c.printers[cd.fn], c.printerDecls[cd.decl] = f, true
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range c.printers {
		if fn.Exported() {
			c.pass.ExportObjectFact(fn, f)
		}
	}
}

// printerShape is a quick test of the form of a printer: a function
// without results that takes arguments (or has a receiver) and whose
// body ends with a call or a loop.
func printerShape(fd *ast.FuncDecl) bool {
	if fd.Body == nil || len(fd.Body.List) == 0 || fd.Type.Results != nil && len(fd.Type.Results.List) > 0 {
		return false
	}
	if fd.Recv == nil && len(fd.Type.Params.List) == 0 {
		return false
	}
	switch last := fd.Body.List[len(fd.Body.List)-1].(type) {
	case *ast.ExprStmt:
		_, ok := ast.Unparen(last.X).(*ast.CallExpr)
		return ok
	case *ast.RangeStmt:
		return true
	}
	return false
}

// printerOf returns the fact of decl if it is a printer: its last
// statement prints (fmt.Print*, fmt.Fprint* to a standard stream, or a
// printer) a text that a local variable holds or makes, other than a
// redraw of the terminal's line ([checker.terminalControl]), and every
// statement before only builds that text ([checker.builds]).
func (c *checker) printerOf(decl *ast.FuncDecl) *printerFact {
	var with string
	switch last := decl.Body.List[len(decl.Body.List)-1].(type) {
	case *ast.ExprStmt:
		call := ast.Unparen(last.X).(*ast.CallExpr)
		if len(decl.Body.List) == 1 {
			// A function that only calls a printer is one.
			if fn, f := c.printerCallee(call); f != nil {
				return &printerFact{Print: printerName(fn)}
			}
			return nil
		}
		with = c.printsText(call)
		if with == "" || !c.mentionsLocal(decl, call.Args) || c.terminalControl(call, c.idx.Key(call)) {
			// A redraw of a progress bar is not a text to report where it is
			// called.
			return nil
		}
	case *ast.RangeStmt:
		with = c.printsEach(decl, last)
		if with == "" || len(decl.Body.List) == 1 {
			return nil
		}
	}
	for _, s := range decl.Body.List[:len(decl.Body.List)-1] {
		if !c.builds(decl, s) {
			return nil
		}
	}
	return &printerFact{Print: with}
}

// printsEach returns what the loop r prints with when it ranges over a
// local variable and only prints, each time round, a text made from the
// loop's variables (a table printed one line a row); else "".
//
//	for _, route := range routes {
//		fmt.Printf("  %s\n", route)
//	}
func (c *checker) printsEach(decl *ast.FuncDecl, r *ast.RangeStmt) string {
	if !c.localRoot(decl, r.X) || len(r.Body.List) == 0 {
		return ""
	}
	with := ""
	for _, s := range r.Body.List {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			return ""
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			return ""
		}
		with = c.printsText(call)
		if with == "" || !c.mentionsLocal(decl, call.Args) || c.terminalControl(call, c.idx.Key(call)) {
			return ""
		}
	}
	return with
}

// printsText returns what call prints with when it prints a text to a
// standard stream as fmt.Print does ("fmt.Println"), or hands it to a
// printer (its name); else "". The log package's functions write log
// records, not a program's output: a function ending in one is a logging
// helper, reported where it prints.
func (c *checker) printsText(call *ast.CallExpr) string {
	key := c.idx.Key(call)
	switch {
	case slices.Contains(apis.FmtPrint, key):
		return shortName(key)
	case slices.Contains(apis.FmtFprint, key) && len(call.Args) > 0 && apis.IsStdStream(c.pass.TypesInfo, call.Args[0]):
		return shortName(key)
	case key == "":
		if fn, f := c.printerCallee(call); f != nil {
			return printerName(fn)
		}
	}
	return ""
}

// builds reports whether the statement s of decl only builds the text
// that decl prints: it declares or assigns local variables, calls methods
// of local values or writes into them (sb.WriteString, fmt.Fprintf(&sb,
// ...)), prints, returns early, or loops and branches over statements
// that do no more.
func (c *checker) builds(decl *ast.FuncDecl, s ast.Stmt) bool {
	all := func(list []ast.Stmt) bool {
		for _, s := range list {
			if !c.builds(decl, s) {
				return false
			}
		}
		return true
	}
	opt := func(s ast.Stmt) bool { return s == nil || c.builds(decl, s) }
	switch s := s.(type) {
	case *ast.DeclStmt:
		return c.computes(decl, s)
	case *ast.EmptyStmt, *ast.BranchStmt:
		return true
	case *ast.ReturnStmt:
		return len(s.Results) == 0
	case *ast.AssignStmt:
		for _, l := range s.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			if !c.localRoot(decl, l) {
				return false
			}
		}
		return c.computes(decl, s)
	case *ast.IncDecStmt:
		return c.localRoot(decl, s.X)
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok && c.buildsCall(decl, call)
	case *ast.BlockStmt:
		return all(s.List)
	case *ast.IfStmt:
		return opt(s.Init) && all(s.Body.List) && opt(s.Else)
	case *ast.RangeStmt:
		return all(s.Body.List)
	case *ast.ForStmt:
		return opt(s.Init) && opt(s.Post) && all(s.Body.List)
	case *ast.SwitchStmt:
		return opt(s.Init) && all(s.Body.List)
	case *ast.TypeSwitchStmt:
		return opt(s.Init) && opt(s.Assign) && all(s.Body.List)
	case *ast.CaseClause:
		return all(s.Body)
	}
	return false
}

// computes reports whether the calls in the values that the declaration
// or assignment n gives its variables compute those values: a call whose
// only result is an error (or that has none) is made for what it does,
// such as _ = os.WriteFile(...), unless it only builds the text.
func (c *checker) computes(decl *ast.FuncDecl, n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if sig, isSig := c.pass.TypesInfo.TypeOf(n.Fun).(*types.Signature); isSig && effectOnly(sig) && !c.buildsCall(decl, n) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// effectOnly reports whether a function of signature sig returns nothing
// or only an error: it is called for what it does.
func effectOnly(sig *types.Signature) bool {
	res := sig.Results()
	return res.Len() == 0 || res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type())
}

// buildsCall reports whether a call made as a statement only builds or
// prints the text: a method of a local value, a fmt.Fprint* into a local
// writer, a print to a standard stream, or a printer.
func (c *checker) buildsCall(decl *ast.FuncDecl, call *ast.CallExpr) bool {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			return c.localRoot(decl, sel.X)
		}
	}
	key := c.idx.Key(call)
	if slices.Contains(apis.FmtFprint, key) && len(call.Args) > 0 && c.localRoot(decl, call.Args[0]) {
		return true
	}
	return c.printsText(call) != "" || c.stdOnLocals(decl, call)
}

// stdOnLocals reports whether call is a function of the standard library
// without results given only local variables, which it works on in place:
// sort.Strings(lines), slices.Sort(rows).
func (c *checker) stdOnLocals(decl *ast.FuncDecl, call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil || fn.Signature().Results().Len() > 0 || len(call.Args) == 0 {
		return false
	}
	if first, _, _ := strings.Cut(fn.Pkg().Path(), "/"); strings.Contains(first, ".") {
		return false // not the standard library
	}
	for _, a := range call.Args {
		if !c.localRoot(decl, a) {
			return false
		}
	}
	return true
}

// localRoot reports whether e is, or is part of, a variable declared in
// the body of decl: sb, &sb, rows[i], t.cells.
func (c *checker) localRoot(decl *ast.FuncDecl, e ast.Expr) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return c.isLocal(decl, x)
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return false
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.SelectorExpr:
			if s, ok := c.pass.TypesInfo.Selections[x]; !ok || s.Kind() != types.FieldVal {
				return false
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return false
		}
	}
}

// isLocal reports whether id names a variable declared in the body of
// decl.
func (c *checker) isLocal(decl *ast.FuncDecl, id *ast.Ident) bool {
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return ok && !v.IsField() && v.Pos() >= decl.Body.Pos() && v.Pos() < decl.Body.End()
}

// mentionsLocal reports whether one of args uses a variable declared in
// the body of decl: the printed text is one the function built.
func (c *checker) mentionsLocal(decl *ast.FuncDecl, args []ast.Expr) bool {
	found := false
	for _, a := range args {
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && c.isLocal(decl, id) {
				found = true
			}
			return !found
		})
	}
	return found
}

// printerCallee returns the function call calls and its printer fact, if
// it is a printer of this package or an exported one of another, or a
// function of another package that prints its callers' output.
func (c *checker) printerCallee(call *ast.CallExpr) (*types.Func, *printerFact) {
	return c.staticPrinter(typeutil.StaticCallee(c.pass.TypesInfo, call))
}

// staticPrinter is printerCallee given the static callee of the call, fn
// (nil for none).
func (c *checker) staticPrinter(fn *types.Func) (*types.Func, *printerFact) {
	if fn == nil || fn.Pkg() == nil {
		return nil, nil
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		// A printer has no results; a function of the package whose
		// output is its callers' is judged where this package is used.
		return fn, c.printers[fn]
	}
	if !fn.Exported() {
		return nil, nil
	}
	f, ok := c.importedPrinters[fn]
	if !ok {
		f = new(printerFact)
		if !c.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		c.importedPrinters[fn] = f
	}
	return fn, f
}

// printerName names a printer for messages: "debug.Dump" or
// "debug.Tree.Dump".
func printerName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	return fn.Pkg().Name() + "." + name
}

// inPrinter reports whether the node at cur lies in the body of a printer
// of the package, outside any function literal: its prints are the
// printer's purpose, and its calls are reported instead.
func (c *checker) inPrinter(cur inspector.Cursor) bool {
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		d, ok := e.Node().(*ast.FuncDecl)
		return ok && c.printerDecls[d]
	}
	return false
}

// printerCall reports a call of a printer, which prints unstructured text
// as fmt.Print does, from code that is not a printer itself.
//
//	debug.Dump(items, "pending") // in a handler
func (c *checker) printerCall(cur inspector.Cursor, call *ast.CallExpr, static *types.Func) {
	fn, f := c.staticPrinter(static)
	if f == nil || c.inPrinter(cur) || c.cfg.AllowMain && logscope.ExitMessage(c.pass.TypesInfo, cur) || c.deferToCallers(cur, printerName(fn)) {
		return
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryRawPrint,
		Message:  printerName(fn) + " prints unstructured text with " + f.Print + ", which carries no trace_id; log through the service's structured logger instead",
	}
	if fn.Pkg() == c.pass.Pkg {
		d.Related = []analysis.RelatedInformation{{Pos: fn.Pos(), Message: fn.Name() + " prints the text it builds"}}
	}
	c.reportAt(cur, d)
}
