// Package deliver calls the envelope helpers of another package.
package deliver

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel/codes"

	"otellint.test/spanend/nilonerror/envelope"
)

func send(context.Context, *envelope.Envelope) error { return nil }

func dial() (int, error) { return 0, nil }

// Deliver returns the helper's error right after the call: there is no
// span then.
func Deliver(ctx context.Context, topic string) error {
	env, span, err := envelope.Build(ctx, topic)
	if err != nil {
		return err
	}
	defer span.End()
	if err := send(ctx, env); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// DeliverInit checks the error in the if statement's init.
func DeliverInit(ctx context.Context, topic string) error {
	if _, span, err := envelope.Build(ctx, topic); err != nil {
		return err
	} else {
		span.End()
	}
	return nil
}

// DeliverDial reuses err for a later call: the span is open when dial
// fails.
func DeliverDial(ctx context.Context, topic string) error {
	env, span, err := envelope.Build(ctx, topic) // want `span from envelope.Build is not ended on every path` `"DeliverDial" returns an error without setting an error status on span`
	if err != nil {
		return err
	}
	_, err = dial()
	if err != nil {
		return err
	}
	defer span.End()
	if err := send(ctx, env); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// DeliverOpen calls a helper that returns its span with the error.
func DeliverOpen(ctx context.Context, topic string) error {
	span, err := envelope.Open(ctx, topic) // want `span from envelope.Open is not ended on every path` `"DeliverOpen" returns an error without setting an error status on span`
	if err != nil {
		return errors.Join(err, errors.New("open"))
	}
	span.End()
	return nil
}
