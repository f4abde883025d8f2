package instrumentcreation

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/otellint/otellint/internal/apis"
)

// creation is what a call creates and how the pass speaks of it.
type creation struct {
	category string
	what     string // noun phrase: "instrument Int64Counter"
	why      string // what goes wrong when it happens per request
	fix      string // what to do
	// setupStep is true for what set-up code makes in loops and in
	// functions that take a context as often as handlers make it
	// per request (routes registered in a loop, a client dialled with
	// a context): it is reported only where the code is request-scoped
	// for a stronger reason, and the function around it learns a set-up
	// fact instead.
	setupStep bool
}

// What goes wrong, and what to do, for each kind of creation.
const (
	whyInstrument = "costs a lock and a lookup on every call"
	fixInstrument = "create it once at set-up (init, a constructor or a package-level var) and reuse it"
	whyRegister   = "the second registration panics with a duplicate collector"
	fixRegister   = "register it once at start-up"
	whyProvider   = "each one starts its own exporter and goroutines and leaks them"
	fixProvider   = "create it once at start-up and shut it down at exit"
	whyExporter   = "it opens connections and starts goroutines on every call"
	whyRegistry   = "its metrics start from zero on every call"
	fixStartUp    = "create it once at start-up"
	whyLookup     = "a lock and a map lookup on every call, and the scope name repeated at each call site"
	fixLookup     = "get it once at set-up (a package-level var or a struct field), next to the instruments"
	// An instrumentation library's handler or transport: the prefix of
	// its noun phrase tells a fact's text apart.
	instrumented    = "instrumented "
	whyInstrumented = "each call takes a meter and creates the library's instruments again"
	fixInstrumented = "create it once at set-up and reuse it for every request"
)

// classify returns what the call of fn creates, if anything: the table
// of the pass, from the callee's key.
func classify(idx *apis.Index, fn *types.Func, call *ast.CallExpr) (creation, bool) {
	k := idx.Key(call)
	if k == "" || fn == nil {
		return creation{}, false
	}
	qualified := k
	if fn.Pkg() != nil {
		qualified = fn.Pkg().Name() + "." + fn.Name()
	}
	switch {
	case slices.Contains(apis.InstrumentConstructors, k):
		return creation{CategoryInstrumentPerRequest, "instrument " + fn.Name(), whyInstrument, fixInstrument, false}, true
	case apis.InstrumentationConstructors[k] != "":
		return creation{CategoryInstrumentPerRequest, instrumented + apis.InstrumentationConstructors[k] + " " + qualified, whyInstrumented, fixInstrumented, true}, true
	case k == apis.MeterRegisterCB:
		return creation{CategoryInstrumentPerRequest, "callback registration RegisterCallback",
			"the callbacks pile up and run on every collection", "register it once at set-up, next to the instrument", false}, true
	case slices.Contains(apis.PromautoNew, k):
		return creation{CategoryInstrumentPerRequest, "collector " + qualified, whyRegister, "create it once at set-up and reuse it", false}, true
	case k == apis.SDKNewTracerProvider:
		return creation{CategoryProviderPerRequest, "tracer provider NewTracerProvider", whyProvider, fixProvider, false}, true
	case k == apis.SDKNewMeterProvider:
		return creation{CategoryProviderPerRequest, "meter provider NewMeterProvider", whyProvider, fixProvider, false}, true
	case k == apis.SDKNewLoggerProvider:
		return creation{CategoryProviderPerRequest, "logger provider NewLoggerProvider", whyProvider, fixProvider, false}, true
	case slices.Contains(apis.ExporterNews, k):
		return creation{CategoryProviderPerRequest, "exporter " + qualified, whyExporter, fixStartUp, false}, true
	case slices.Contains(apis.PromNewRegistry, k):
		return creation{CategoryProviderPerRequest, "registry " + qualified, whyRegistry, fixStartUp, false}, true
	case slices.Contains(apis.PromRegisterFuncs, k):
		return creation{CategoryProviderPerRequest, "collector registration " + qualified, whyRegister, fixRegister, false}, true
	case slices.Contains(apis.PromRegistryRegister, k):
		return creation{CategoryProviderPerRequest, "collector registration " + fn.Name(), whyRegister, fixRegister, false}, true
	case k == apis.OtelTracer:
		return creation{CategoryLookupPerRequest, "tracer otel.Tracer", whyLookup, fixLookup, false}, true
	case k == apis.OtelMeter:
		return creation{CategoryLookupPerRequest, "meter otel.Meter", whyLookup, fixLookup, false}, true
	case k == apis.TracerProviderTrace:
		return creation{CategoryLookupPerRequest, "tracer TracerProvider.Tracer", whyLookup, fixLookup, false}, true
	case k == apis.MeterProviderMeter:
		return creation{CategoryLookupPerRequest, "meter MeterProvider.Meter", whyLookup, fixLookup, false}, true
	}
	return creation{}, false
}

// failsRepeated reports whether what cr creates accumulates or fails
// when it is created again: a registration (a collector's second one
// panics, callbacks pile up). Code run on every tick of a timer loop
// must not make it, whereas it may look up, log and create instruments
// once per interval at no cost worth a finding.
func (cr creation) failsRepeated() bool {
	return cr.why == whyRegister || strings.HasPrefix(cr.what, "callback registration")
}

// leaks reports whether what cr creates runs until it is shut down: a
// provider or an exporter, with its goroutines and connections.
func (cr creation) leaks() bool {
	return cr.why == whyProvider || cr.why == whyExporter
}

// categoryText returns the explanation and advice for what a fact says
// a helper creates: the fact carries only the category and the noun
// phrase, whose first word says the kind.
func categoryText(f *CreatesFact) creation {
	c := creation{category: f.Category, what: f.What}
	switch {
	case f.Category == CategoryLoggerPerRequest:
		c.why, c.fix = loggerText(f.What)
	case strings.HasPrefix(f.What, instrumented):
		c.why, c.fix, c.setupStep = whyInstrumented, fixInstrumented, true
	case strings.HasPrefix(f.What, "collector"):
		c.why, c.fix = whyRegister, fixRegister
	case f.Category == CategoryInstrumentPerRequest:
		c.why, c.fix = whyInstrument, fixInstrument
	case strings.HasPrefix(f.What, "exporter"):
		c.why, c.fix = whyExporter, fixStartUp
	case strings.HasPrefix(f.What, "registry"):
		c.why, c.fix = whyRegistry, fixStartUp
	default:
		c.why, c.fix = whyProvider, fixProvider
	}
	return c
}
