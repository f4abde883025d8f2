package flagx

import (
	"flag"
	"slices"
	"testing"
)

func TestFlags(t *testing.T) {
	var list, checks []string
	var re string
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(List{&list}, "list", "")
	fs.Var(Checks{P: &checks, Known: []string{"a", "b"}}, "checks", "")
	fs.Var(Regexp{&re}, "re", "")
	if err := fs.Parse([]string{"-list= x, ,y", "-checks=b", "-re=^[A-Z]"}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(list, []string{"x", "y"}) || !slices.Equal(checks, []string{"b"}) || re != "^[A-Z]" {
		t.Errorf("got %q %q %q", list, checks, re)
	}
	fs.SetOutput(discard{})
	if err := fs.Parse([]string{"-checks=a,c"}); err == nil {
		t.Error("unknown check accepted")
	}
	if err := fs.Parse([]string{"-re=("}); err == nil {
		t.Error("bad regexp accepted")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
