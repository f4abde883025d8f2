package apis_test

import (
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestLogValues proves the tables of logged values against the real
// libraries: a named lookup takes one name and returns the value, a body
// reader reads an io.Reader whole, and each self-logging method is a
// method of its interface.
func TestLogValues(t *testing.T) {
	lookup, typeOf := realObjects(t, "otellint.test/deps", "net/http", "net/url", "os", "context", "io", "io/ioutil",
		"encoding", "encoding/json", "encoding/xml", "fmt", "log/slog")
	for _, key := range apis.NamedLookups {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		// The name is the last parameter, a string (or any, for a
		// context's key); the value is the first result.
		sig := fn.Signature()
		n := sig.Params().Len()
		if n == 0 || !slices.Contains([]string{"string", "any"}, types.TypeString(sig.Params().At(n-1).Type(), nil)) ||
			sig.Results().Len() == 0 || !apis.IsNamedLookup(fn) {
			t.Errorf("%s %v: not a lookup of a value by its name", key, sig)
		}
	}
	for _, key := range apis.Decoders {
		fn := lookup(key)
		if fn == nil || fn.Signature().Params().Len() != 2 || types.TypeString(fn.Signature().Params().At(0).Type(), nil) != "[]byte" {
			t.Errorf("%s: not a decoder of a []byte into its second argument", key)
		}
	}
	for _, key := range apis.StreamDecoders {
		if fn := lookup(key); fn == nil || fn.Signature().Params().Len() != 1 {
			t.Errorf("%s: not a decoder into its one argument", key)
		}
	}
	for _, key := range apis.DecoderMakers {
		if fn := lookup(key); fn == nil || fn.Signature().Params().Len() != 1 || types.TypeString(fn.Signature().Params().At(0).Type(), nil) != "io.Reader" {
			t.Errorf("%s: does not make a decoder of an io.Reader", key)
		}
	}
	// Each payload is a []byte field of its message type.
	for _, key := range apis.MessagePayloads {
		dot := strings.LastIndexByte(key, '.')
		typ := typeOf(key[:dot])
		if typ == nil {
			t.Errorf("%s: type not found", key)
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, key[dot+1:])
		v, ok := obj.(*types.Var)
		if !ok || !v.IsField() || types.TypeString(v.Type(), nil) != "[]byte" || !apis.IsMessagePayload(types.NewPointer(typ), v.Name()) || !apis.IsMessageType(typ) {
			t.Errorf("%s: not a []byte field of a message type", key)
		}
	}
	for key, name := range apis.ValueNames {
		typ := typeOf(key)
		if typ == nil { // a field
			dot := strings.LastIndexByte(key, '.')
			if typ = typeOf(key[:dot]); typ != nil {
				if obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, key[dot+1:]); obj == nil {
					typ = nil
				}
			}
		}
		if typ == nil || apis.ValueName(key) != name {
			t.Errorf("%s: neither a type nor a field", key)
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
