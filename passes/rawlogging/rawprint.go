package rawlogging

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/logscope"
)

// noteDefaults records the variables assigned from log.Default():
//
//	l := log.Default()
func (c *checker) noteDefaults(lhs, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	for i, r := range rhs {
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok || !c.idx.Is(call, apis.StdLogDefault) {
			continue
		}
		if id, ok := lhs[i].(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
				c.defaults[obj] = true
			}
		}
	}
}

// stdDefaultRecv reports whether the receiver of a *log.Logger method
// call is the standard logger: log.Default() or a variable assigned from it.
func (c *checker) stdDefaultRecv(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.CallExpr:
		return c.idx.Is(x, apis.StdLogDefault)
	case *ast.Ident:
		obj := c.pass.TypesInfo.Uses[x]
		return obj != nil && c.defaults[obj]
	}
	return false
}

// isPrintPkg reports whether p is fmt or log, whose functions print.
func isPrintPkg(p *types.Package) bool {
	return p != nil && (p.Path() == apis.FmtPkg || p.Path() == apis.StdLogPkg)
}

// mayPrint is a quick test of whether rawPrintCall might report call: a
// function of fmt or log, or a builtin.
func (c *checker) mayPrint(call *ast.CallExpr, key string) bool {
	if key != "" {
		p := apis.KeyPackage(key)
		return p == apis.FmtPkg || p == apis.StdLogPkg
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok
}

// printBuiltins are the objects of the print and println builtins.
var printBuiltins = []types.Object{types.Universe.Lookup("print"), types.Universe.Lookup("println")}

// rawPrintCall reports a call that prints unstructured text:
//
//	fmt.Println(...)  print(...)  log.Printf(...)  log.Default().Print(...)
//	fmt.Fprintf(os.Stderr, ...)
func (c *checker) rawPrintCall(cur inspector.Cursor, call *ast.CallExpr, key string) {
	var what string
	switch {
	case slices.Contains(apis.FmtPrint, key), slices.Contains(apis.StdLogFuncs, key):
		what = shortName(key)
	case slices.Contains(apis.StdLoggerMeth, key) && c.stdDefaultRecv(call.Fun):
		what = "log.Default()." + funcName(key)
	case slices.Contains(apis.FmtFprint, key) && len(call.Args) > 0 && apis.IsStdStream(c.pass.TypesInfo, call.Args[0]):
		what = shortName(key) + " to " + types.ExprString(call.Args[0])
	case key == "":
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return
		}
		if !slices.Contains(printBuiltins, c.pass.TypesInfo.Uses[id]) {
			return
		}
		what = "builtin " + id.Name
	default:
		return
	}
	if key == "" && c.drawers != nil {
		if redraw, _ := c.cursorMove(call, key); redraw {
			c.noteDrawer(cur) // the print builtins, which learnDrawers does not see
		}
	}
	if c.banner(call, key) || c.terminalControl(call, key) || c.inPrinter(cur) || c.sinkFallback(cur, key) || c.panicReport(cur, call, key) || c.prompt(cur, call, key) || c.cfg.AllowMain && logscope.ExitMessage(c.pass.TypesInfo, cur) {
		return
	}
	if c.isOutput(call, key) && c.deferToCallers(cur, shortName(key)) {
		return // its callers' output
	}
	c.reportAt(cur, analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryRawPrint,
		Message:  what + " writes unstructured text that carries no trace_id; log through the service's structured logger instead",
	})
}

// bannerLines is the number of lines from which a constant text is a
// banner or a notice rather than a log line.
const bannerLines = 3

// banner reports whether call prints only constant text of several lines:
// a start-up banner or a notice framed for the person at the terminal,
// printed before any logger exists, where a log record is one line.
//
//	fmt.Fprintln(os.Stderr, `
//	*****************************
//	WARNING: this version is end of life
//	*****************************`)
func (c *checker) banner(call *ast.CallExpr, key string) bool {
	args := call.Args
	if slices.Contains(apis.FmtFprint, key) {
		args = args[1:] // the stream
	}
	if len(args) == 0 {
		return false
	}
	lines := 1
	for _, a := range args {
		tv, ok := c.pass.TypesInfo.Types[a]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return false
		}
		lines += strings.Count(strings.TrimSpace(constant.StringVal(tv.Value)), "\n")
	}
	return lines >= bannerLines
}

// terminalControl reports whether call, a print of fmt or a print
// builtin, only moves the terminal's cursor rather than writing a record:
// it prints nothing but white space (the line break that ends a progress
// bar), or its text starts with a carriage return that redraws the
// current line, as a progress bar or a spinner does, or with an ANSI
// escape sequence that moves the cursor or erases the screen or the line,
// as a screen that a watch command redraws does. A log record neither is
// empty nor overwrites what is on the screen.
//
//	fmt.Printf("\r[%-50s]%3d%%", bar, percent)
//	fmt.Println()
//	print("\033[H\033[2J")
func (c *checker) terminalControl(call *ast.CallExpr, key string) bool {
	redraw, blank := c.cursorMove(call, key)
	return redraw || blank
}

// cursorMove tells whether call, a print of fmt or a print builtin,
// redraws what is on the terminal (its text starts with a carriage return
// or a cursor-moving or erasing escape sequence) or prints nothing but
// white space; both are false for any other print.
func (c *checker) cursorMove(call *ast.CallExpr, key string) (redraw, blank bool) {
	args := call.Args
	switch {
	case slices.Contains(apis.FmtFprint, key):
		args = args[1:] // the stream
	case key == "" && c.isPrintBuiltin(call):
	case !slices.Contains(apis.FmtPrint, key):
		return false, false // log adds a prefix: its line is a record
	}
	blank = true
	for i, a := range args {
		tv := c.pass.TypesInfo.Types[a]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return false, false
		}
		text := constant.StringVal(tv.Value)
		if i == 0 && (strings.HasPrefix(text, "\r") && !strings.HasPrefix(text, "\r\n") || cursorEscape(text)) {
			return true, false
		}
		blank = blank && strings.TrimSpace(text) == ""
	}
	return false, blank
}

// isPrintBuiltin reports whether call calls the print or println builtin.
func (c *checker) isPrintBuiltin(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && slices.Contains(printBuiltins, c.pass.TypesInfo.Uses[id])
}

// cursorEscape reports whether text starts with an ANSI control sequence
// (ESC [, numeric parameters, a final letter) that moves the cursor or
// erases the screen or the line: ESC[H puts the cursor home, ESC[2J
// clears the screen, ESC[K the line. A sequence that only sets colours
// (ESC[31m) starts a coloured line, which may be a record.
func cursorEscape(text string) bool {
	rest, ok := strings.CutPrefix(text, "\x1b[")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == ';') {
		i++
	}
	return i < len(rest) && strings.IndexByte("ABCDEFGHJKfsu", rest[i]) >= 0
}

// rawPrintValue reports a printing function used as a value, which the
// code then calls to log:
//
//	logf := log.Printf
//	cfg.Logf = fmt.Printf
func (c *checker) rawPrintValue(cur inspector.Cursor, id *ast.Ident) {
	if id.Name == "" || !printInitials()[id.Name[0]] || !printNames()[id.Name] {
		return // the name first: it is cheap, and most identifiers are others
	}
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || !isPrintPkg(fn.Pkg()) {
		return
	}
	key := c.idx.ObjKey(fn)
	if key == "" {
		return
	}
	node := ast.Node(id)
	parent := cur.Parent()
	if sel, ok := parent.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
		node = sel
		parent = parent.Parent()
	}
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		if ast.Unparen(p.Fun) == node {
			return // a call, handled by rawPrintCall
		}
		if c.toHarness(p) {
			return
		}
	case *ast.AssignStmt:
		if allBlank(p.Lhs) {
			return // _ = fmt.Printf keeps an import in use
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 && p.Names[0].Name == "_" {
			return // var _ = fmt.Printf
		}
	}
	var what string
	switch {
	case slices.Contains(apis.FmtPrint, key), slices.Contains(apis.StdLogFuncs, key):
		what = shortName(key)
	case slices.Contains(apis.StdLoggerMeth, key):
		sel, ok := node.(*ast.SelectorExpr)
		if !ok || !c.stdDefaultRecv(sel) {
			return
		}
		what = "log.Default()." + fn.Name()
	default:
		return
	}
	c.reportAt(cur, analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: CategoryRawPrint,
		Message:  what + " used as a logging function writes unstructured text that carries no trace_id; pass a method of the structured logger instead",
	})
}

// printNames holds the names of the functions and methods of
// [apis.FmtPrint], [apis.StdLogFuncs] and [apis.StdLoggerMeth], the only
// ones rawPrintValue reports.
var printNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range slices.Concat(apis.FmtPrint, apis.StdLogFuncs, apis.StdLoggerMeth) {
		m[k[strings.LastIndexByte(k, '.')+1:]] = true
	}
	return m
})

// printInitials holds the first bytes of the names of printNames: most
// identifiers start with another, and are told apart without hashing.
var printInitials = sync.OnceValue(func() *[256]bool {
	var t [256]bool
	for name := range printNames() {
		t[name[0]] = true
	}
	return &t
})

// toHarness reports whether call, which is handed a printing function,
// is a function of another package that is a test harness
// ([logscope.Harness]): the harness decides when to print, and prints to
// the output of a test, not this package's log.
//
//	integration.PrintLogs(cfg.Logs, log.Println)
func (c *checker) toHarness(call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	return fn != nil && fn.Pkg() != c.pass.Pkg && logscope.Harness(fn.Pkg())
}

// allBlank reports whether every target of an assignment is the blank
// identifier.
func allBlank(lhs []ast.Expr) bool {
	for _, e := range lhs {
		if id, ok := e.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}
