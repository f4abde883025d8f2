package apis_test

import (
	"go/types"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestRequestTables proves against the real libraries what the piilog
// pass assumes of the request tables: each handler type of a remote call
// is a function whose second parameter, the request, is of type any;
// grpc's unary server and client interceptors take a parameter of the
// interceptor types, and their first parameter of type any is the
// request; and each dump takes an
// *http.Request and returns its text.
func TestRequestTables(t *testing.T) {
	byPath := depsTypes(t, "otellint.test/deps", "net/http/httputil")
	for _, full := range apis.RPCHandlerTypes {
		tn, ok := lookupType(t, byPath, full).(*types.TypeName)
		if !ok {
			continue
		}
		sig, ok := tn.Type().Underlying().(*types.Signature)
		if !ok || sig.Params().Len() != 2 || !emptyInterface(sig.Params().At(1).Type()) {
			t.Errorf("%s is not a function of a context and a request of type any: %v", full, tn.Type())
		}
		if !apis.IsTypeIn(tn.Type(), apis.RPCHandlerTypes) {
			t.Errorf("IsTypeIn does not recognise %s", full)
		}
	}
	for name, at := range map[string]int{"UnaryServerInterceptor": 2, "UnaryClientInterceptor": 5} {
		icpt, ok := lookupType(t, byPath, apis.GRPCPkg+"."+name).(*types.TypeName)
		if !ok {
			continue
		}
		sig := icpt.Type().Underlying().(*types.Signature)
		if sig.Params().Len() <= at || !apis.IsTypeIn(sig.Params().At(at).Type(), apis.RPCInterceptorParams) {
			t.Errorf("grpc.%s has no parameter of %v at %d: %v", name, apis.RPCInterceptorParams, at, sig)
			continue
		}
		// The request is the first parameter of type any.
		for i := range sig.Params().Len() {
			if emptyInterface(sig.Params().At(i).Type()) {
				if n := sig.Params().At(i).Name(); n != "req" {
					t.Errorf("grpc.%s: the first parameter of type any is %s, not req", name, n)
				}
				break
			}
		}
	}
	for _, key := range apis.RequestDumps {
		fn, ok := lookupType(t, byPath, key).(*types.Func)
		if !ok {
			t.Errorf("%s is not a function", key)
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 2 || sig.Params().At(0).Type().String() != "*net/http.Request" || sig.Results().At(0).Type().String() != "[]byte" {
			t.Errorf("%s does not dump an *http.Request as bytes: %v", key, sig)
		}
		if !apis.IsRequestDump(fn) {
			t.Errorf("IsRequestDump does not recognise %s", key)
		}
	}
	if dump, ok := lookupType(t, byPath, apis.HTTPUtilPkg+".DumpResponse").(*types.Func); ok && apis.IsRequestDump(dump) {
		t.Error("a response dump taken for a request dump")
	}
}

// TestResultNames proves that every function of the result-name table
// exists in the real library and returns a string of the request it is
// given.
func TestResultNames(t *testing.T) {
	byPath := depsTypes(t, "otellint.test/deps")
	for key := range apis.ResultNames {
		fn, ok := lookupType(t, byPath, key).(*types.Func)
		if !ok {
			t.Errorf("%s is not a function", key)
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 1 || sig.Params().At(0).Type().String() != "*net/http.Request" ||
			sig.Results().Len() != 1 || sig.Results().At(0).Type().String() != "string" {
			t.Errorf("%s is not a string read from an *http.Request: %v", key, sig)
		}
		if apis.ResultName(fn) == "" {
			t.Errorf("ResultName does not recognise %s", key)
		}
	}
}
