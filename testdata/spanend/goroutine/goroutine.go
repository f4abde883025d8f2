// Package goroutine shows spans in goroutines that hand their error to
// the caller over a channel.
package goroutine

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
)

var tracer = otel.Tracer("goroutine")

func work(context.Context) error { return nil }

func unmarked(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() {
		ctx, span := tracer.Start(ctx, "unmarked") // want `the goroutine hands an error to its caller without an error status on span`
		defer span.End()
		errc <- work(ctx)
	}()
	return <-errc
}

func marked(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() {
		ctx, span := tracer.Start(ctx, "marked")
		defer span.End()
		err := work(ctx)
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		errc <- err
	}()
	return <-errc
}

// Only nil leaves the goroutine on the path without a status.
func checked(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() {
		ctx, span := tracer.Start(ctx, "checked")
		defer span.End()
		if err := work(ctx); err != nil {
			span.SetStatus(codes.Error, err.Error())
			errc <- err
			return
		}
		errc <- nil
	}()
	return <-errc
}

// A channel of the goroutine's own.
func ownChannel(ctx context.Context) {
	go func() {
		ctx, span := tracer.Start(ctx, "ownChannel")
		defer span.End()
		errc := make(chan error, 1)
		errc <- work(ctx)
		<-errc
	}()
}
