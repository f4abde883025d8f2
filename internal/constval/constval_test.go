package constval

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"user_id":        {"user", "id"},
		"userId":         {"user", "id"},
		"UserID":         {"user", "id"},
		"user.id":        {"user", "id"},
		"enduser.id":     {"enduser", "id"},
		"HTTPRequestURI": {"http", "request", "uri"},
		"phone_hash":     {"phone", "hash"},
		"x-api-key":      {"x", "api", "key"},
		"ipv4Address":    {"ipv4", "address"},
		"":               nil,
	} {
		if got := Words(in); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestString(t *testing.T) {
	src := `package p
const prefix = "Order"
const name = prefix + "." + "Place"
type Key string
var v = "dyn"
var a, b, c, d = name, Key("user_id"), v, "lit"
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	spec := f.Decls[len(f.Decls)-1].(*ast.GenDecl).Specs[0].(*ast.ValueSpec)
	want := []struct {
		s  string
		ok bool
	}{{"Order.Place", true}, {"user_id", true}, {"", false}, {"lit", true}}
	for i, e := range spec.Values {
		s, ok := String(info, e)
		if s != want[i].s || ok != want[i].ok {
			t.Errorf("value %d: String = %q, %v; want %q, %v", i, s, ok, want[i].s, want[i].ok)
		}
	}
}
