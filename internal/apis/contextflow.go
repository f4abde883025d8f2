package apis

import (
	"go/types"
	"strings"
)

// What the APIs do with the context they are given: read the trace out of
// it, put a span into it, bound it with a deadline, or wait for its end.
// ctxpropagation judges a context.Background() by the call it is given to.

// Trace context linkers not named elsewhere.
const (
	ContextWithSpanContext       = TracePkg + ".ContextWithSpanContext"
	ContextWithRemoteSpanContext = TracePkg + ".ContextWithRemoteSpanContext"
)

// OpenTracingPkg is the OpenTracing API, which services that moved to
// OpenTelemetry still call through the OpenTelemetry bridge.
const OpenTracingPkg = "github.com/opentracing/opentracing-go"

// OpenTracingContextWithSpan puts an OpenTracing span into a context, as
// trace.ContextWithSpan does an OpenTelemetry span; through the bridge the
// span is an OpenTelemetry span too.
const OpenTracingContextWithSpan = OpenTracingPkg + ".ContextWithSpan"

// ContextDone is the Done method of context.Context; a call of it on any
// implementation resolves to the interface's method.
const ContextDone = "(" + ContextIface + ").Done"

// SQLBeginTx is the context twin of (*sql.DB).Begin, the one twin that
// takes an argument after the context (its *sql.TxOptions).
const SQLBeginTx = "(" + SQLPkg + ".DB).BeginTx"

// TimeTickerC is the channel field of time.Ticker, named like a method key.
const TimeTickerC = "(time.Ticker).C"

var (
	// ContextLookups read the span or baggage a context carries: given a
	// fresh root they can only return an empty value.
	ContextLookups = []string{SpanFromContext, SpanContextFromCtx, BaggageFromContext}

	// ContextLinkers put a span context into the context they are given:
	// on a fresh root they make a deliberate, traced detachment.
	ContextLinkers = []string{ContextWithSpan, ContextWithSpanContext, ContextWithRemoteSpanContext, OpenTracingContextWithSpan}

	// ContextDeadlines derive from their first argument a context with a
	// deadline of its own.
	ContextDeadlines = funcs(ContextPkg, "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause")

	// ContextWaiters take a context only to stop when it is done: they read
	// no trace from it and send none.
	// A listener's context bounds only the listen, and an exporter's
	// Shutdown reads only its deadline. A CEL program's ContextEval uses
	// its context to interrupt the evaluation (its documented contract:
	// cancellation and timeouts; the functions it evaluates get no
	// context).
	ContextWaiters = append(funcs(ContextPkg, "AfterFunc", "Cause"), ExecCommandContext,
		m("net.ListenConfig", "Listen"), m("net.ListenConfig", "ListenPacket"), m(SDKTracePkg+".SpanExporter", "Shutdown"),
		m(CELPkg+".Program", "ContextEval"))

	// ContextWaitMethods are the methods of context.Context that tell when
	// and why a context ends, and nothing of the trace it carries.
	ContextWaitMethods = []string{ContextDone, m(ContextIface, "Err"), m(ContextIface, "Deadline")}

	// ContextValue is the Value method of context.Context. The span a
	// context carries sits under a key only the trace package holds, so
	// a read of any other package's key is the same from a context and
	// from the context a span was started from.
	ContextValue = m(ContextIface, "Value")

	// TraceLinks relate a span to the span of another context: a span
	// started from a fresh root and linked to the caller's keeps the
	// relation between the two traces.
	TraceLinks = []string{TraceLinkFromContext, TracePkg + ".WithLinks", m(SpanIface, "AddLink")}

	// TraceLinkFromContext makes a link to the span of a context.
	TraceLinkFromContext = TracePkg + ".LinkFromContext"
)

// CELPkg is the Common Expression Language's Go package.
const CELPkg = "github.com/google/cel-go/cel"

// ExecCommandContext is os/exec.CommandContext, whose context only kills
// the command.
const ExecCommandContext = "os/exec.CommandContext"

// fieldKeys are the struct fields recognised by [Index.IsField].
var fieldKeys = []string{TimeTickerC}

func init() {
	pkgs(OpenTracingPkg)
	def(ContextLookups...)
	def(ContextLinkers...)
	def(ContextDeadlines...)
	def(ContextDone)
	def(ContextWaiters...)
	def(ContextWaitMethods...)
	def(ContextValue)
	def(TraceLinks...)
	for _, k := range fieldKeys {
		// The package of a field key must be one the Index records.
		knownPkgs[KeyPackage(k)] = true
	}
}

// IsField reports whether v is the struct field named by key, such as
// [TimeTickerC], also when it is reached through an embedded field.
func (idx *Index) IsField(v *types.Var, key string) bool {
	if v == nil || !v.IsField() {
		return false
	}
	f := idx.field(key)
	return f != nil && v.Origin() == f
}

// field returns the field object named by key among the package's
// imports, or nil when the package does not import its package.
func (idx *Index) field(key string) *types.Var {
	path := KeyPackage(key)
	p := idx.Package(path)
	if p == nil {
		return nil
	}
	recv, name, _ := strings.Cut(key[len(path)+2:], ").")
	tn, ok := p.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, p, name)
	v, _ := obj.(*types.Var)
	return v
}
