package periodic

import (
	"context"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
)

type Metrics struct{ requests metric.Int64Counter }

// create creates the instruments on a provider.
func (m *Metrics) create(mp metric.MeterProvider) error { // want create:"creates instrument Int64Counter"
	var err error
	m.requests, err = mp.Meter("periodic").Int64Counter("requests")
	return err
}

// InitMetrics sets the metrics up and, on every tick of the refresh
// interval, replaces the provider and its instruments, shutting the old
// one down, to drop the series of objects that are gone: once per
// interval, on purpose.
func InitMetrics(ctx context.Context, every time.Duration) *Metrics { // want InitMetrics:"creates instrument Int64Counter"
	m := &Metrics{}
	_ = m.create(otel.GetMeterProvider())
	ticker := time.NewTicker(every)
	go func() {
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
				if p, ok := otel.GetMeterProvider().(*sdkmetric.MeterProvider); ok {
					_ = p.Shutdown(ctx)
				}
				mp := sdkmetric.NewMeterProvider()
				otel.SetMeterProvider(mp)
				_ = m.create(mp)
			}
		}
	}()
	return m
}

// Bad: a callback registered again on every tick piles up.
func Watch(ctx context.Context, meter metric.Meter, g metric.Int64ObservableGauge) {
	for range time.Tick(time.Minute) {
		_, _ = meter.RegisterCallback(func(context.Context, metric.Observer) error { return nil }, g) // want `callback registration RegisterCallback happens in request-scoped code \(timer loop\)`
	}
}

// Bad: a provider made on every tick and never shut down leaks its
// goroutines once per interval.
func Rotate(ctx context.Context) {
	go func() {
		t := time.NewTicker(time.Hour)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				otel.SetMeterProvider(sdkmetric.NewMeterProvider()) // want `meter provider NewMeterProvider is created in request-scoped code \(timer loop\)`
			}
		}
	}()
}
