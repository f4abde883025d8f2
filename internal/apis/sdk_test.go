package apis_test

import (
	"go/constant"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/apis"
)

// TestSDKTables proves the SDK set-up tables against the real SDK and
// exporters of the testdata module: every key names a function or method
// that exists and that an Index recognises under that key; the provider
// and exporter types exist; each provider type has the Shutdown of the
// table; the trace SDK exports the default queue size the batch check
// reads; and every OTLP exporter has both endpoint options.
func TestSDKTables(t *testing.T) {
	byPath := depsTypes(t, "otellint.test/deps")
	idx := apis.NewIndex(byPath["otellint.test/deps"], nil)
	keys := slices.Concat(apis.SDKShutdowns, apis.SDKProviderNews, apis.SDKExportingOptions, []string{apis.SDKRegisterSpanProcessor, apis.SDKWithReader}, apis.SDKParentBasedOptions, apis.SDKWithResources, apis.ResourceBuilders,
		[]string{apis.SDKWithSyncer, apis.SDKNewSimpleSpanProcessor, apis.SDKLogNewSimpleProcessor, apis.SDKWithBlocking,
			apis.SDKWithSampler, apis.SDKAlwaysSample, apis.SDKNeverSample, apis.SDKTraceIDRatioBased, apis.SDKParentBased, apis.SDKAlwaysRecord,
			apis.SDKWithBatcher, apis.SDKNewBatchSpanProcessor, apis.SDKWithMaxQueueSize, apis.SDKWithMaxExportBatchSize,
			apis.OSGetenv, apis.OSLookupEnv})
	for _, e := range apis.OTLPExporters {
		keys = append(keys, e.WithEndpoint(), e.WithEndpointURL())
	}
	for _, key := range keys {
		p := byPath[apis.KeyPackage(key)]
		if p == nil {
			t.Errorf("%s: package not in the testdata module", key)
			continue
		}
		fn := lookupFunc(p, key)
		if fn == nil {
			t.Errorf("%s: no such function or method", key)
			continue
		}
		if got := idx.FuncKey(fn); got != key {
			t.Errorf("FuncKey(%s) = %q", key, got)
		}
	}
	for i, typ := range apis.SDKProviderTypes {
		if want := "(" + typ + ").Shutdown"; apis.SDKShutdowns[i] != want {
			t.Errorf("SDKShutdowns[%d] = %s, want %s", i, apis.SDKShutdowns[i], want)
		}
		if !strings.HasPrefix(apis.SDKProviderNews[i], apis.KeyPackage(apis.SDKShutdowns[i])+".New") {
			t.Errorf("SDKProviderNews[%d] = %s is not in the package of %s", i, apis.SDKProviderNews[i], typ)
		}
	}
	for _, typ := range slices.Concat(apis.SDKProviderTypes, apis.LocalExporterTypes, []string{apis.SDKPeriodicReaderType}) {
		dot := strings.LastIndexByte(typ, '.')
		p := byPath[typ[:dot]]
		if p == nil {
			t.Errorf("%s: package not in the testdata module", typ)
			continue
		}
		if _, ok := p.Scope().Lookup(typ[dot+1:]).(*types.TypeName); !ok {
			t.Errorf("%s: no such type", typ)
		}
	}
	if c, ok := byPath[apis.SDKTracePkg].Scope().Lookup(apis.SDKDefaultMaxQueueSizeName).(*types.Const); !ok {
		t.Errorf("%s.%s: no such constant", apis.SDKTracePkg, apis.SDKDefaultMaxQueueSizeName)
	} else if v, exact := constant.Int64Val(c.Val()); !exact || v <= 0 {
		t.Errorf("%s.%s is not a positive integer constant", apis.SDKTracePkg, apis.SDKDefaultMaxQueueSizeName)
	}
	for _, e := range apis.OTLPExporters {
		if grpc := strings.HasSuffix(e.Pkg, "grpc"); grpc != (e.Path == "") {
			t.Errorf("%s: path %q, want a signal path for HTTP only", e.Pkg, e.Path)
		}
	}
}

// TestProcessExit checks that the calls that end the process are calls
// that never return, and that the ones that panic or stop the goroutine
// (which run the deferred calls) are not among them.
func TestProcessExit(t *testing.T) {
	for _, key := range apis.ProcessExit {
		if !slices.Contains(apis.NoReturn, key) {
			t.Errorf("%s ends the process but is not in NoReturn", key)
		}
	}
	byPath := load(t, packages.NeedName|packages.NeedTypes, apis.StdLogPkg, apis.OSPkg, apis.TestingPkg, apis.ZapPkg)
	for key, want := range map[string]bool{
		"os.Exit": true, "log.Fatalf": true, "(log.Logger).Fatal": true, "(go.uber.org/zap.Logger).Fatal": true,
		"log.Panic": false, "(testing.common).FailNow": false, "(go.uber.org/zap.Logger).Panic": false, "os.Getenv": false,
	} {
		fn := lookupFunc(byPath[apis.KeyPackage(key)].Types, key)
		if fn == nil {
			t.Fatalf("%s: not found", key)
		}
		if got := apis.ExitsProcess(fn); got != want {
			t.Errorf("ExitsProcess(%s) = %v, want %v", key, got, want)
		}
	}
}
