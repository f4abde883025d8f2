package apis_test

import (
	"go/types"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestConfigTables proves the configuration tables against the real
// libraries: a decoder decodes into a parameter of type any, and a file reader takes a file name.
func TestConfigTables(t *testing.T) {
	lookup, _ := realObjects(t, "otellint.test/deps", "os", "io/ioutil", "io/fs", "embed", "encoding/json")
	for _, key := range apis.ConfigDecoders {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		if apis.DecodeTarget(fn) < 0 || !apis.IsConfigDecoder(fn) {
			t.Errorf("%s %v: does not decode into an argument of type any", key, fn.Signature())
		}
	}
	for _, key := range apis.FileReaders {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		if !hasStringParam(fn.Signature()) || !apis.IsFileReader(fn) {
			t.Errorf("%s %v: does not read a named file", key, fn.Signature())
		}
	}
}

// hasStringParam reports whether a parameter of sig is a string, the
// name of the file.
func hasStringParam(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if types.Identical(v.Type(), types.Typ[types.String]) {
			return true
		}
	}
	return false
}
