// Package extractbase shows a consumer loop that continues the trace a
// queued item carries: the fresh root held in a local is the base into
// which the propagator extracts the item's headers, when it has any.
package extractbase

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/propagation"
)

type item struct {
	headers map[string]string
	body    []byte
}

type queue struct {
	items chan item
	prop  propagation.TextMapPropagator
}

func handle(ctx context.Context, body []byte) {}

// consume starts each item's work from the trace in its headers.
func (q *queue) consume(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case it := <-q.items:
			itemCtx := context.Background()
			if it.headers != nil {
				itemCtx = q.prop.Extract(itemCtx, propagation.MapCarrier(it.headers))
			}
			handle(itemCtx, it.body)
		}
	}
}

// consumeGlobal does the same through the global propagator.
func consumeGlobal(ctx context.Context, it item) {
	base := context.Background()
	handle(otel.GetTextMapPropagator().Extract(base, propagation.MapCarrier(it.headers)), it.body)
}

// consumeBad keeps a fresh root in a local that no propagator fills.
func consumeBad(ctx context.Context, it item) {
	itemCtx := context.Background() // want `context.Background\(\) drops the trace of ctx`
	handle(itemCtx, it.body)
}
