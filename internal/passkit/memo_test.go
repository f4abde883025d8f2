package passkit

import "testing"

// TestMemo checks that a value is built once per lists and that lists
// differing only in how their words are split apart are told apart.
func TestMemo(t *testing.T) {
	var m Memo[*int]
	built := 0
	build := func() *int { built++; v := built; return &v }
	a := m.Get(build, []string{"user id"}, []string{"tenant"})
	b := m.Get(build, []string{"user id"}, []string{"tenant"})
	if a != b || built != 1 {
		t.Fatalf("same lists: got %d and %d after %d builds, want one value built once", *a, *b, built)
	}
	for _, lists := range [][][]string{
		{{"user id", "tenant"}, nil},
		{{"user id"}, nil},
		{nil, {"user id"}},
	} {
		if c := m.Get(build, lists...); c == a {
			t.Errorf("lists %q share the value of [[user id] [tenant]]", lists)
		}
	}
	if built != 4 {
		t.Errorf("built %d values, want 4", built)
	}
}
