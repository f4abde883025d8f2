package ctxscope_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

const waitsSrc = `package p

import "context"

func done(ctx context.Context, ch chan int) {
	select {
	case <-(ctx).Done():
	case ch <- 1:
	}
}

func viaHelper(ctx context.Context) { done(ctx, nil) }

func derives(ctx context.Context) {
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	<-c.Done()
}

func stored(ctx context.Context) context.Context { return ctx }

func unused(ctx context.Context) {}

func recursive(ctx context.Context) { recursive(ctx) }
`

// TestWaits checks which functions Waits says only wait on their context.
func TestWaits(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", waitsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := (&types.Config{Importer: fakeStd(t, fset)}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	in := inspector.New([]*ast.File{f})
	decls := map[*types.Func]inspector.Cursor{}
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decls[info.Defs[cur.Node().(*ast.FuncDecl).Name].(*types.Func)] = cur
	}
	w := &ctxscope.Waits{Info: info, Idx: apis.NewIndex(pkg, info)}
	deciding := map[*types.Func]bool{}
	w.Callee = func(fn *types.Func, i int) bool {
		if _, ok := decls[fn]; !ok || deciding[fn] {
			return false // a recursive call proves nothing
		}
		deciding[fn] = true
		defer delete(deciding, fn)
		return w.Param(decls[fn], fn.Type().(*types.Signature).Params().At(i))
	}
	want := map[string]bool{"done": true, "viaHelper": true, "derives": false, "stored": false, "unused": false, "recursive": false}
	for name, ok := range want {
		fn := pkg.Scope().Lookup(name).(*types.Func)
		if got := w.Callee(fn, 0); got != ok {
			t.Errorf("%s: waits = %v, want %v", name, got, ok)
		}
	}
}
