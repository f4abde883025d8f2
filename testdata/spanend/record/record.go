// Package record is checked with missing-record-error switched on.
package record

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
)

var tracer = otel.Tracer("record")

func work(context.Context) error { return nil }

func notRecorded(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "notRecorded") // want `"notRecorded" returns an error without recording it on span`
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

func recorded(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "recorded")
	defer span.End()
	if err := work(ctx); err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}
