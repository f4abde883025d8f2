package apis

// The instrumentation libraries of OpenTelemetry's contrib repository.
const (
	OtelhttpPkg = "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	OtelgrpcPkg = "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
)

// InstrumentationConstructors maps the constructors of the
// instrumentation libraries to what each returns. Every call takes a
// meter from the meter provider and creates the library's instruments
// (and a tracer when a tracer provider is given): otelhttp's NewHandler,
// NewMiddleware and NewTransport through newConfig, otelgrpc's stats
// handlers in their constructors. Made once at start-up they cost
// nothing; made per request they cost what a meter and its instruments
// made per request cost.
var InstrumentationConstructors = map[string]string{
	OtelhttpPkg + ".NewHandler":       "handler",
	OtelhttpPkg + ".NewMiddleware":    "middleware",
	OtelhttpPkg + ".NewTransport":     "transport",
	OtelgrpcPkg + ".NewServerHandler": "stats handler",
	OtelgrpcPkg + ".NewClientHandler": "stats handler",
}

func init() {
	for k := range InstrumentationConstructors {
		def(k)
	}
}
