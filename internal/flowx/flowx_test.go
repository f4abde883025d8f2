package flowx_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/flowx"
)

const src = `package p

import (
	"errors"
	"log"
	"os"
)

func die(msg string) {
	log.Print(msg)
	os.Exit(1)
}

func mayDie(ok bool) {
	if !ok {
		die("no")
	}
}

func open() (*os.File, error) { return nil, errors.New("x") }

func use(f *os.File) {}

func checked() error {
	f, err := open()
	if err != nil {
		return err
	}
	use(f)
	return nil
}

func both(a, b *os.File) {
	if a == nil && b == nil {
		return
	}
	if !(a != nil || b != nil) {
		return
	}
}

func sel(c chan int, d chan int) int {
	mark := 0
	select {
	case c <- 1:
		mark = 1
	case v := <-d:
		return v
	}
	return mark
}

func counted(ok bool) (n int) {
	defer func() { n++ }()
	defer log.Print(n)
	if ok {
		defer func() { n-- }()
	}
	n = 1
	return n
}

func stops() int {
	start := 1
	if start > 0 {
		die("stop")
	}
	return start
}
`

// load type-checks src and returns its file, info and functions by name.
func load(t *testing.T) (*token.FileSet, *ast.File, *types.Info, map[string]*ast.FuncDecl) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	decls := map[string]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			decls[fd.Name.Name] = fd
		}
	}
	return fset, f, info, decls
}

// TestNoReturn checks that a function of the package whose every path
// exits never returns, and that one that exits on some path does.
func TestNoReturn(t *testing.T) {
	_, f, info, decls := load(t)
	g := flowx.NewGraphs(info, []*ast.File{f})
	for name, want := range map[string]bool{"die": true, "mayDie": false, "checked": false} {
		fn := info.Defs[decls[name].Name].(*types.Func)
		if got := g.NoReturn(fn); got != want {
			t.Errorf("NoReturn(%s) = %v, want %v", name, got, want)
		}
	}
	if g.Of(decls["die"]) != g.Of(decls["die"]) {
		t.Error("the graph of a function is built twice")
	}
	// In stops, the call of die cuts the path: only the return after the
	// if is reached from the start, and the call is a statement that
	// never returns.
	body := decls["stops"].Body
	var calls int
	for _, s := range body.List {
		if ifs, ok := s.(*ast.IfStmt); ok {
			if !g.StmtNoReturn(ifs.Body.List[0]) {
				t.Error("StmtNoReturn(die(...)) = false")
			}
			calls++
		}
	}
	if calls != 1 || g.StmtNoReturn(body.List[0]) {
		t.Error("StmtNoReturn is wrong on stops")
	}
}

// TestWalkNil checks that below "if err != nil { return err }" the walk
// knows err is nil, and that Walk reaches every return once.
func TestWalkNil(t *testing.T) {
	_, f, info, decls := load(t)
	g := flowx.NewGraphs(info, []*ast.File{f})
	fd := decls["checked"]
	assign := fd.Body.List[0]
	b, from, ok := flowx.Locate(g.Of(fd), assign)
	if !ok {
		t.Fatal("Locate did not find the assignment")
	}
	errVar := info.Defs[assign.(*ast.AssignStmt).Lhs[1].(*ast.Ident)].(*types.Var)
	known := map[string]bool{} // the returned expression -> err known nil there
	nilWhen := func(cond ast.Expr, truth bool) []*types.Var { return flowx.NilWhen(info, cond, truth, nil) }
	flowx.WalkNil(b, from, info, nilWhen, func(*cfg.Block, int, ast.Node, flowx.NilVars) bool { return true },
		func(r *ast.ReturnStmt, st flowx.NilVars) {
			known[types.ExprString(r.Results[0])] = slices.Contains(st, errVar)
		})
	if len(known) != 2 || known["err"] || !known["nil"] {
		t.Errorf("returns reached with err known nil: %v, want err:false nil:true", known)
	}
	var rets int
	flowx.Walk(b, from, func(*cfg.Block, int, ast.Node) bool { return true }, func(*ast.ReturnStmt) { rets++ })
	if rets != 2 {
		t.Errorf("Walk reached %d returns, want 2", rets)
	}
	// A visitor that cuts at the use of f reaches only the error return.
	rets = 0
	flowx.Walk(b, from, func(_ *cfg.Block, _ int, n ast.Node) bool {
		es, ok := n.(*ast.ExprStmt)
		return !ok || flowx.StmtCall(es) == nil
	}, func(*ast.ReturnStmt) { rets++ })
	if rets != 1 {
		t.Errorf("Walk with a cut reached %d returns, want 1", rets)
	}
}

// TestNilWhen checks the conditions NilWhen understands.
func TestNilWhen(t *testing.T) {
	_, _, info, decls := load(t)
	names := func(vs []*types.Var) []string {
		var out []string
		for _, v := range vs {
			out = append(out, v.Name())
		}
		slices.Sort(out)
		return out
	}
	body := decls["both"].Body.List
	and := body[0].(*ast.IfStmt).Cond
	if got := names(flowx.NilWhen(info, and, true, nil)); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("a == nil && b == nil true: %v", got)
	}
	if got := flowx.NilWhen(info, and, false, nil); len(got) != 0 {
		t.Errorf("a == nil && b == nil false: %v", names(got))
	}
	not := body[1].(*ast.IfStmt).Cond
	if got := names(flowx.NilWhen(info, not, true, nil)); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("!(a != nil || b != nil) true: %v", got)
	}
}

// TestLocateSelect checks that the walk after a statement in a select
// case starts after the communication put first in the block's nodes.
func TestLocateSelect(t *testing.T) {
	_, f, info, decls := load(t)
	g := flowx.NewGraphs(info, []*ast.File{f})
	fd := decls["sel"]
	var assign ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && types.ExprString(as.Lhs[0]) == "mark" && as.Tok == token.ASSIGN {
			assign = as
		}
		return true
	})
	b, from, ok := flowx.Locate(g.Of(fd), assign)
	if !ok {
		t.Fatal("Locate did not find the assignment in the select case")
	}
	ns := flowx.Nodes(b)
	if _, isSend := ns[0].(*ast.SendStmt); !isSend || ns[from-1] != assign {
		t.Errorf("Nodes = %v, from = %d: want the send first and the walk to start after the assignment", ns, from)
	}
}

// TestDeferredBefore checks that only the deferred closure registered on
// every path before a statement is found: not one registered on a branch,
// nor a deferred call that is not a literal.
func TestDeferredBefore(t *testing.T) {
	_, f, info, decls := load(t)
	g := flowx.NewGraphs(info, []*ast.File{f})
	fd := decls["counted"]
	body := fd.Body.List
	first, branch, assign := body[0], body[2].(*ast.IfStmt).Body.List[0], body[3]
	graph := g.Of(fd)
	if got := flowx.DeferredBefore(graph, assign); len(got) != 1 || got[0] != first {
		t.Errorf("DeferredBefore(n = 1) = %v, want the first defer only", got)
	}
	if !flowx.Precedes(graph, first, assign) || flowx.Precedes(graph, branch, assign) || flowx.Precedes(graph, assign, first) {
		t.Error("Precedes: want the first defer before the assignment, not the one on a branch, not the assignment before the defer")
	}
}
