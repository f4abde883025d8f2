package apis_test

import (
	"go/types"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestClaimsTables proves the identity-token tables against the real
// libraries: a claims decoder decodes into its one argument, a claims
// type is declared and recognised, and so is a struct that embeds one;
// an encoder takes the value it writes first.
func TestClaimsTables(t *testing.T) {
	lookup, typeOf := realObjects(t, "otellint.test/deps", "encoding/json", "encoding/xml")
	for _, key := range apis.ClaimsDecoders {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		if fn.Signature().Params().Len() != 1 || !apis.IsClaimsDecoder(fn) {
			t.Errorf("%s %v: not a decoder into its one argument", key, fn.Signature())
		}
	}
	for _, key := range apis.ClaimsTypes {
		typ := typeOf(key)
		if typ == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		embeds := types.NewStruct([]*types.Var{types.NewField(0, nil, "", typ, true)}, nil)
		if !apis.IsClaimsType(typ) || !apis.IsClaimsType(types.NewPointer(typ)) || !apis.IsClaimsType(embeds) {
			t.Errorf("%s: not recognised, behind a pointer or embedded", key)
		}
	}
	if apis.IsClaimsType(types.NewMap(types.Typ[types.String], types.Universe.Lookup("any").Type())) {
		t.Error("a plain map read as claims")
	}
	for _, key := range apis.Encoders {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		if fn.Signature().Params().Len() == 0 || !apis.IsEncoder(fn) {
			t.Errorf("%s %v: not an encoder of its first argument", key, fn.Signature())
		}
	}
}
