package ctxscope_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

const src = `package p

import (
	"context"
	"net/http"
)

func use(any) {}

func outer(ctx context.Context, mux *http.ServeMux) {
	use("param")
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		use("handler")
	})
	go func() {
		use("captured")
	}()
	if true {
		inner, cancel := context.WithCancel(ctx)
		defer cancel()
		use("inner")
		_ = inner
	}
	use("before")
	late := ctx
	_ = late
}

func handler(w http.ResponseWriter, r *http.Request) {
	use("request")
}

func none(_ context.Context) {
	use("none")
}
`

// TestFind checks the source found at each use("label") call.
func TestFind(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: fakeStd(t, fset)}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"param":    "ctx param",
		"handler":  "r.Context() param",
		"captured": "ctx captured param",
		"inner":    "inner",
		"before":   "ctx param",
		"request":  "r.Context() param",
		"none":     "",
	}
	in := inspector.New([]*ast.File{f})
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "use" {
			continue
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok {
			continue
		}
		label := strings.Trim(lit.Value, `"`)
		got := ""
		if s, ok := ctxscope.Find(pkg, cur); ok {
			got = s.Expr()
			if s.Captured {
				got += " captured"
			}
			if s.Param {
				got += " param"
			}
		}
		if got != want[label] {
			t.Errorf("%s: got %q, want %q", label, got, want[label])
		}
		if label == "captured" != ctxscope.InGoroutine(cur) {
			t.Errorf("%s: InGoroutine = %v", label, !(label == "captured"))
		}
	}
}

// fakeStd imports minimal context and net/http packages, which are all
// that ctxscope looks at.
type fakeImporter map[string]*types.Package

func (m fakeImporter) Import(path string) (*types.Package, error) { return m[path], nil }

func fakeStd(t *testing.T, fset *token.FileSet) types.Importer {
	m := fakeImporter{}
	for _, pt := range []struct{ path, text string }{
		{"context", `package context
type Context interface{ Done() <-chan struct{} }
func WithCancel(parent Context) (Context, func()) { return parent, nil }
func Background() Context { return nil }`},
		{"net/http", `package http
import "context"
type Request struct{}
func (*Request) Context() context.Context { return nil }
type ResponseWriter interface{}
type ServeMux struct{}
func (*ServeMux) HandleFunc(string, func(ResponseWriter, *Request)) {}`},
	} {
		path, text := pt.path, pt.text
		f, err := parser.ParseFile(fset, path+".go", text, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := (&types.Config{Importer: m}).Check(path, fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		m[path] = pkg
	}
	return m
}

const carriersSrc = `package p

import (
	"context"
	"net/http"
)

func use(any) {}

func bounded(r *http.Request) (context.Context, func()) { return context.WithCancel(r.Context()) }

func handler(w http.ResponseWriter, r *http.Request) {
	out := &http.Request{}
	use("request param, not the outgoing request")
	_ = out
}

func derived(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	use("derived local")
	_ = ctx
}

func fresh() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	use("fresh root")
	_ = ctx
}

func helper(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := bounded(r)
	defer cancel()
	use("from a helper given the request")
	_ = ctx
}
`

// TestCarriers checks the caller's context chosen by Carriers.Find.
func TestCarriers(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", carriersSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := (&types.Config{Importer: fakeStd(t, fset)}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	in := inspector.New([]*ast.File{f})
	cs := ctxscope.NewCarriers(pkg, info, apis.NewIndex(pkg, info), in)
	want := map[string]string{
		"request param, not the outgoing request": "r.Context()",
		"derived local":                   "ctx",
		"fresh root":                      "",
		"from a helper given the request": "ctx",
	}
	n := 0
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "use" {
			continue
		}
		label := strings.Trim(call.Args[0].(*ast.BasicLit).Value, `"`)
		got := ""
		if s, ok := cs.Find(cur); ok {
			got = s.Expr()
		}
		if got != want[label] {
			t.Errorf("%s: got %q, want %q", label, got, want[label])
		}
		n++
	}
	if n != len(want) {
		t.Errorf("checked %d places, want %d", n, len(want))
	}
}
