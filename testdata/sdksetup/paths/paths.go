// Package paths holds providers shut down on some paths only, beside the
// paths that need no shutdown: those that fail and those that never
// return.
package paths

import (
	"context"
	"errors"
	"os"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func check() error { return nil }

// early returns before the cleanup is made, on a path that does not fail.
func early(exp sdktrace.SpanExporter, enabled bool) func() { // want early:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider tp is not shut down on every path`
	otel.SetTracerProvider(tp)
	if !enabled {
		return nil
	}
	return func() { _ = tp.Shutdown(context.Background()) }
}

// checked returns err only when it is not nil: below the check, err is
// nil, and the return that follows hands a nil error back.
func checked(exp sdktrace.SpanExporter) (func(), error) { // want checked:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider tp is not shut down on every path`
	err := check()
	if err != nil {
		return nil, err
	}
	if os.Getenv("TRACING") == "" {
		return nil, err // err is nil here: the provider leaks
	}
	return func() { _ = tp.Shutdown(context.Background()) }, nil
}

// failing leaves the provider only on the paths that fail.
func failing(exp sdktrace.SpanExporter) (func(), error) { // want failing:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	if err := check(); err != nil {
		return nil, err
	}
	if err := check(); err != nil {
		return nil, errors.Join(err, errors.New("second check"))
	}
	return func() { _ = tp.Shutdown(context.Background()) }, nil
}

// named returns through a named error result that is set on failure.
func named(exp sdktrace.SpanExporter) (cleanup func(), err error) { // want named:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	if err = check(); err != nil {
		return
	}
	cleanup = func() { _ = tp.Shutdown(context.Background()) }
	return
}

// exits ends the process on the path without a shutdown.
func exits(exp sdktrace.SpanExporter) func() { // want exits:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	if err := check(); err != nil {
		os.Exit(1)
	}
	return func() { _ = tp.Shutdown(context.Background()) }
}

// panics never returns on the path without a shutdown.
func panics(exp sdktrace.SpanExporter) func() { // want panics:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	if err := check(); err != nil {
		panic(err)
	}
	return func() { _ = tp.Shutdown(context.Background()) }
}
