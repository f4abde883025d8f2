// Package idsgiven logs with a fresh context, but hands the log call the
// trace and span IDs of the caller's span context explicitly: the trace
// is kept another way.
package idsgiven

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel/trace"
)

// emit writes a query record.
func emit(ctx context.Context, msg string, attrs ...slog.Attr) {}

// emitArgs writes a record of key-value pairs.
func emitArgs(ctx context.Context, msg string, args ...any) {}

// record logs the query once it is done, with the IDs of ctx's span.
func record(ctx context.Context, q string) {
	defer func() {
		attrs := []slog.Attr{slog.String("query", q)}
		if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
			attrs = append(attrs,
				slog.Any("traceID", sc.TraceID()),
				slog.Any("spanID", sc.SpanID()),
			)
		}
		emit(context.Background(), "query done", attrs...)
	}()
}

// direct passes the IDs in the call itself, from the span.
func direct(ctx context.Context) {
	span := trace.SpanFromContext(ctx)
	defer emitArgs(context.TODO(), "done",
		"traceID", span.SpanContext().TraceID().String(), "spanID", span.SpanContext().SpanID().String())
}

// traceOnly records the trace ID but not the span ID.
func traceOnly(ctx context.Context) {
	sc := trace.SpanContextFromContext(ctx)
	defer emitArgs(context.Background(), "done", "traceID", sc.TraceID()) // want `context.Background\(\) in a deferred call drops the trace of ctx`
}

// otherSpan records the IDs of a span context that is not ctx's.
func otherSpan(ctx context.Context, other trace.SpanContext) {
	defer emitArgs(context.Background(), "done", "traceID", other.TraceID(), "spanID", other.SpanID()) // want `context.Background\(\) in a deferred call drops the trace of ctx`
}

// unlogged records nothing of the trace.
func unlogged(ctx context.Context, q string) {
	defer func() {
		emit(context.Background(), "query done", slog.String("query", q)) // want `context.Background\(\) in a deferred call drops the trace of ctx`
	}()
}

// metadataWith puts a span context into outgoing metadata of ctx.
func metadataWith(ctx context.Context, sc trace.SpanContext) context.Context { return ctx }

// spanOf is the project's own lookup of the span a context carries.
func spanOf(ctx context.Context) trace.Span { return trace.SpanFromContext(ctx) }

// invoke sends on a fresh context whose metadata gets the whole span
// context of ctx, through the project's own lookup: the trace goes along.
func invoke(ctx context.Context) context.Context {
	span := spanOf(ctx)
	return metadataWith(context.Background(), span.SpanContext())
}

// invokeOther hands a span context that is not ctx's.
func invokeOther(ctx context.Context, other trace.SpanContext) context.Context {
	return metadataWith(context.Background(), other) // want `context.Background\(\) drops the trace of ctx`
}
