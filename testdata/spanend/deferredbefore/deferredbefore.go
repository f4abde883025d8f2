// Package deferredbefore shows spans ended by a closure deferred before
// the Start: the closure reads the span variable when the function
// returns, so it ends whatever span the variable holds then.
package deferredbefore

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("deferredbefore")

type job struct {
	kind    string
	payload []byte
}

func run(context.Context, []byte) (string, error) { return "ok", nil }

// dispatch names and ends the span of each kind of job in one closure,
// deferred before the branches that start it: the operation is known only
// once the job is decoded.
func dispatch(ctx context.Context, j job) (out string) {
	var span trace.Span
	var op string
	defer func() {
		if op == "" {
			op = "unknown"
		}
		span.SetName(op)
		span.End()
	}()

	var err error
	switch j.kind {
	case "batch":
		ctx, span = tracer.Start(ctx, "")
		op = "batch"
		out, err = run(ctx, j.payload)
		if err != nil {
			return "failed"
		}
	case "single":
		ctx, span = tracer.Start(ctx, "")
		op = "single"
		out, _ = run(ctx, j.payload)
	default:
		_, span = tracer.Start(ctx, "")
		return "unknown kind"
	}
	return out
}

// handle sets the error status in the closure deferred first too.
func handle(ctx context.Context, j job) (err error) {
	var span trace.Span
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	ctx, span = tracer.Start(ctx, "Jobs.Handle")
	if j.kind == "" {
		return errors.New("no kind")
	}
	_, err = run(ctx, j.payload)
	return err
}

// restarted gives the variable a second span before the function returns:
// the closure ends the second, the first is lost.
func restarted(ctx context.Context, j job) {
	var span trace.Span
	defer func() { span.End() }()
	ctx, span = tracer.Start(ctx, "Jobs.Decode") // want `span from tracer.Start is lost when span is assigned another span before this one is ended`
	run(ctx, j.payload)
	_, span = tracer.Start(ctx, "Jobs.Run")
}

// perItem starts a span per item into the variable the closure ends: only
// the last one is ended.
func perItem(ctx context.Context, items []job) {
	var span trace.Span
	defer func() { span.End() }()
	for _, it := range items {
		var ictx context.Context
		ictx, span = tracer.Start(ctx, "Jobs.Item") // want `span from tracer.Start is lost when span is assigned another span before this one is ended`
		run(ictx, it.payload)
	}
}

// evaluatedEarly defers span.End with the receiver evaluated at the defer,
// before the Start: it ends nothing the Start made.
func evaluatedEarly(ctx context.Context, j job) {
	var span trace.Span
	defer span.End()
	ctx, span = tracer.Start(ctx, "Jobs.Early") // want `span from tracer.Start is not ended on every path`
	run(ctx, j.payload)
}

// onBranch registers the closure on one branch only.
func onBranch(ctx context.Context, j job, traced bool) {
	var span trace.Span
	if traced {
		defer func() { span.End() }()
	}
	ctx, span = tracer.Start(ctx, "Jobs.Branch") // want `span from tracer.Start is not ended on every path`
	run(ctx, j.payload)
}

// onErrorOnly ends the span only when the function fails.
func onErrorOnly(ctx context.Context, j job) (err error) {
	var span trace.Span
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
			span.End()
		}
	}()
	ctx, span = tracer.Start(ctx, "Jobs.Fallible") // want `span from tracer.Start is not ended on every path`
	_, err = run(ctx, j.payload)
	return err
}

// statusMissing ends the span in the closure deferred first but sets no
// error status anywhere.
func statusMissing(ctx context.Context, j job) error {
	var span trace.Span
	defer func() { span.End() }()
	ctx, span = tracer.Start(ctx, "Jobs.Quiet") // want `"statusMissing" returns an error without setting an error status on span`
	_, err := run(ctx, j.payload)
	return err
}
