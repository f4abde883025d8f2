package passkit_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/passkit"
)

func TestInModule(t *testing.T) {
	for _, c := range []struct {
		path, prefix string
		want         bool
	}{
		{"example.com/app", "example.com/app", true},
		{"example.com/app/internal/x", "example.com/app", true},
		{"example.com/application", "example.com/app", false},
		{"example.com", "example.com/app", false},
	} {
		if got := passkit.Under(c.path, c.prefix); got != c.want {
			t.Errorf("Under(%q, %q) = %v, want %v", c.path, c.prefix, got, c.want)
		}
	}
	if in, known := passkit.InModule(&analysis.Pass{}, "example.com/app"); in || known {
		t.Errorf("InModule without a module = %v, %v; want false, false", in, known)
	}
	pass := &analysis.Pass{Module: &analysis.Module{Path: "example.com/app"}}
	if in, known := passkit.InModule(pass, "example.com/app/x"); !in || !known {
		t.Errorf("InModule of a package of the module = %v, %v; want true, true", in, known)
	}
	if in, _ := passkit.InModule(pass, "example.com/other"); in {
		t.Error("InModule of another module's package = true")
	}
}
