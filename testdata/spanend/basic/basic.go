// Package basic shows spans ended, or not, on every path.
package basic

import (
	"context"
	"errors"
	"log"
	"os"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("basic")

func work(context.Context) error { return nil }

// Never ended at all.
func neverEnded(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "neverEnded") // want `span from tracer.Start is never ended`
	span.SetAttributes()
	_ = work(ctx)
}

func deferred(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "deferred")
	defer span.End()
	_ = work(ctx)
}

// Ended on the normal path only.
func earlyReturn(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "earlyReturn") // want `span from tracer.Start is not ended on every path`
	if err := work(ctx); err != nil {
		return nil
	}
	span.End()
	return nil
}

func everyBranch(ctx context.Context, fail bool) error {
	ctx, span := tracer.Start(ctx, "everyBranch")
	if fail {
		span.End()
		return nil
	}
	_ = work(ctx)
	span.End()
	return nil
}

func deferredClosure(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "deferredClosure")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	return work(ctx)
}

func methodValue(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "methodValue")
	end := span.End
	defer end()
	_ = work(ctx)
}

func endWithOptions(ctx context.Context) {
	_, span := tracer.Start(ctx, "endWithOptions")
	span.End(trace.WithStackTrace(true))
}

// A path that panics or exits does not leak.
func panics(ctx context.Context, bad bool) {
	_, span := tracer.Start(ctx, "panics")
	if bad {
		panic("bad")
	}
	span.End()
}

func fatal(ctx context.Context, bad bool) {
	_, span := tracer.Start(ctx, "fatal")
	if bad {
		log.Fatal("bad")
	}
	if !bad {
		os.Exit(2)
	}
	span.End()
}

// die never returns: a path through it does not leak, as with log.Fatal.
func die(msg string) {
	log.Print(msg)
	os.Exit(1)
}

// dieTwice never returns either, through die.
func dieTwice(msg string) { die(msg + " again") }

func localFatal(ctx context.Context, bad, worse bool) error {
	_, span := tracer.Start(ctx, "localFatal")
	if bad {
		die("bad")
		return errors.New("not reached")
	}
	if worse {
		dieTwice("worse")
		return errors.New("not reached")
	}
	span.End()
	return nil
}

// maybeDie returns when quiet is set: a path through it leaks.
func maybeDie(msg string, quiet bool) {
	if quiet {
		return
	}
	die(msg)
}

func localMaybeFatal(ctx context.Context, bad bool) {
	_, span := tracer.Start(ctx, "localMaybeFatal") // want `span from tracer.Start is not ended on every path`
	if bad {
		maybeDie("bad", true)
		return
	}
	span.End()
}

// A span started and ended inside a block.
func scoped(ctx context.Context, verbose bool) error {
	if verbose {
		_, span := tracer.Start(ctx, "scoped")
		span.End()
	}
	return errors.New("after the span")
}

// Ended in a loop iteration, or not.
func loop(ctx context.Context, items []string) {
	for _, it := range items {
		_, span := tracer.Start(ctx, it)
		span.End()
	}
}

func loopLeak(ctx context.Context, items []string) {
	for _, it := range items {
		_, span := tracer.Start(ctx, it) // want `span from tracer.Start is not ended on every path`
		if it == "" {
			continue
		}
		span.End()
	}
}

// Reassigned to a second span after ending the first.
func twoSpans(ctx context.Context) {
	_, span := tracer.Start(ctx, "one")
	span.End()
	_, span = tracer.Start(ctx, "two")
	span.End()
}

// A goroutine that only uses the span does not end it.
func goroutineUses(ctx context.Context) {
	_, span := tracer.Start(ctx, "goroutineUses") // want `is never ended`
	go func() {
		span.AddEvent("tick")
	}()
}

// A goroutine that ends it takes it over.
func goroutineEnds(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "goroutineEnds")
	go func() {
		defer span.End()
		_ = work(ctx)
	}()
}

// In a function literal.
var handler = func(ctx context.Context) {
	_, span := tracer.Start(ctx, "literal") // want `is never ended`
	span.AddEvent("x")
}

// Select and switch paths.
func selectPath(ctx context.Context, ch chan int) {
	_, span := tracer.Start(ctx, "select")
	select {
	case <-ch:
		span.End()
	case <-ctx.Done():
		span.End()
	}
}

func switchLeak(ctx context.Context, n int) {
	_, span := tracer.Start(ctx, "switch") // want `not ended on every path`
	switch n {
	case 1:
		span.End()
	case 2:
		return
	default:
		span.End()
	}
}

// Suppressed.
func silenced(ctx context.Context) {
	_, span := tracer.Start(ctx, "silenced") //otellint:ignore spanend ended by the exporter hook in tests
	span.AddEvent("x")
}

// Guards on the span itself.
func nilGuard(ctx context.Context) {
	_, span := tracer.Start(ctx, "nilGuard")
	if span != nil {
		span.End()
	}
}

func notRecording(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "notRecording")
	if !span.IsRecording() {
		return
	}
	defer span.End()
	_ = work(ctx)
}

func recordingLeak(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "recordingLeak") // want `not ended on every path`
	if span.IsRecording() {
		return
	}
	defer span.End()
	_ = work(ctx)
}
