package astx

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

const src = `package p

var v = 1

func f(p *int) error {
	g := func() bool { return p == nil }
	_ = g
	return (nil)
}

var conv = (string)([]byte(("x")))
var notConv = len("x")
`

func TestHelpers(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		got := Unconvert(info, vs.Values[0])
		switch vs.Names[0].Name {
		case "conv":
			if lit, ok := got.(*ast.BasicLit); !ok || lit.Value != `"x"` {
				t.Errorf("Unconvert(conv) = %s, want \"x\"", types.ExprString(got))
			}
		case "notConv":
			if _, ok := got.(*ast.CallExpr); !ok {
				t.Errorf("Unconvert(len(\"x\")) = %s, want the call", types.ExprString(got))
			}
		}
	}
	ins := inspector.New([]*ast.File{f})
	var nils, lits int
	for cur := range ins.Root().Preorder((*ast.Ident)(nil), (*ast.ReturnStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.ReturnStmt:
			if IsNil(info, n.Results[0]) {
				nils++
			}
			fc, ok := EnclosingFunc(cur)
			if _, lit := fc.Node().(*ast.FuncLit); ok && lit {
				lits++
				if d := EnclosingDecl(cur); d == nil || d.Name.Name != "f" {
					t.Errorf("EnclosingDecl of the literal's return = %v", d)
				}
			}
		case *ast.Ident:
			if n.Name == "v" {
				if _, ok := EnclosingFunc(cur); ok {
					t.Error("package-level v has an enclosing function")
				}
				if obj := info.Defs[n]; obj != nil && IsError(obj.Type()) {
					t.Error("IsError(int) = true")
				}
			}
			if n.Name == "f" {
				if obj := info.Defs[n]; obj != nil && !IsError(obj.Type().(*types.Signature).Results().At(0).Type()) {
					t.Error("IsError(error) = false")
				}
			}
			if n.Name == "p" {
				if obj := info.Defs[n]; obj != nil {
					if _, ok := Deref(obj.Type()).(*types.Basic); !ok {
						t.Errorf("Deref(%s) = %s", obj.Type(), Deref(obj.Type()))
					}
				}
			}
		}
	}
	// "return p == nil" is not nil, "return (nil)" is.
	if nils != 1 || lits != 1 {
		t.Errorf("%d nil returns, %d returns in literals; want 1 and 1", nils, lits)
	}
}

// TestSingleDef checks that a local's value is known only when it is
// assigned once: not after a second assignment, an increment, an
// operator assignment or once its address is taken.
func TestSingleDef(t *testing.T) {
	const src = `package p

func use(...int) {}

func f() {
	once := 1
	twice := 1
	twice = 2
	inc := 1
	inc++
	plus := 1
	plus += 2
	addr := 1
	_ = &addr
	use(once, twice, inc, plus, addr)
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for c := range inspector.New([]*ast.File{f}).Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		for i, a := range call.Args {
			id := a.(*ast.Ident)
			arg := c.ChildAt(edge.CallExpr_Args, i)
			got[id.Name] = SingleDef(info, arg, id) != nil
		}
	}
	want := map[string]bool{"once": true, "twice": false, "inc": false, "plus": false, "addr": false}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("SingleDef(%s) known = %v, want %v", name, got[name], w)
		}
	}
}

// TestAssignedTo checks which place each call's value is assigned to: the
// matching left-hand side or name, and none for a call whose results fill
// several places or that is not assigned.
func TestAssignedTo(t *testing.T) {
	const src = `package p

func one() int          { return 1 }
func two() (int, error) { return 1, nil }

var pkg, other = one(), one()

func f() {
	a, b := one(), one()
	c, err := two()
	_ = one()
	one()
	_, _, _, _ = a, b, c, err
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for c := range inspector.New([]*ast.File{f}).Root().Preorder((*ast.CallExpr)(nil)) {
		switch e := AssignedTo(c).(type) {
		case *ast.Ident:
			got = append(got, e.Name)
		case nil:
			got = append(got, "-")
		}
	}
	want := []string{"pkg", "other", "a", "b", "-", "_", "-"}
	if len(got) != len(want) {
		t.Fatalf("AssignedTo over the calls = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("AssignedTo over the calls = %v, want %v", got, want)
		}
	}
}

func TestUnaddress(t *testing.T) {
	for src, want := range map[string]string{
		"&u":        "u",
		"*p":        "p",
		"(&(*(v)))": "v",
		"-x":        "-x",
		"a.b":       "a.b",
	} {
		e, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := types.ExprString(Unaddress(e)); got != want {
			t.Errorf("Unaddress(%s) = %s, want %s", src, got, want)
		}
	}
}
