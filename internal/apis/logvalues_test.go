package apis_test

import (
	"go/types"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestLogValues proves the tables of logged values against the real
// libraries: a named lookup takes one name and returns the value, a body
// reader reads an io.Reader whole, and each self-logging method is a
// method of its interface.
func TestLogValues(t *testing.T) {
	lookup := realFunc(t, "otellint.test/deps", "net/http", "net/url", "os", "context", "io", "io/ioutil",
		"encoding", "encoding/json", "fmt", "log/slog")
	for _, key := range apis.NamedLookups {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		if sig := fn.Signature(); sig.Params().Len() != 1 || sig.Results().Len() != 1 || !apis.IsNamedLookup(fn) {
			t.Errorf("%s %v: not a lookup of one value by one name", key, sig)
		}
	}
	for _, key := range apis.BodyReaders {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 1 || types.TypeString(sig.Params().At(0).Type(), nil) != "io.Reader" ||
			types.TypeString(sig.Results().At(0).Type(), nil) != "[]byte" || !apis.IsBodyReader(fn) {
			t.Errorf("%s %v: does not read an io.Reader whole", key, sig)
		}
	}
	names := apis.SelfLoggingMethods()
	for i, key := range apis.SelfLogging {
		var fn *types.Func
		if iface, ok := strings.CutPrefix(key, "(error)."); ok {
			obj, _, _ := types.LookupFieldOrMethod(types.Universe.Lookup("error").Type(), false, nil, iface)
			fn, _ = obj.(*types.Func)
		} else {
			fn = lookup(key)
		}
		if fn == nil || !types.IsInterface(fn.Signature().Recv().Type()) {
			t.Errorf("%s: not a method of an interface", key)
			continue
		}
		if fn.Name() != names[i] {
			t.Errorf("%s: method name %q, want %q", key, names[i], fn.Name())
		}
	}
	// A method of the same name elsewhere is not a lookup.
	if fn := lookup("(go.opentelemetry.io/otel/attribute.Set).Value"); fn == nil || apis.IsNamedLookup(fn) {
		t.Errorf("attribute.Set.Value taken for a named lookup")
	}
}
