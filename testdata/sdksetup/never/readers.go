package never

import (
	"context"
	"time"

	"go.opentelemetry.io/otel"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
)

// A meter provider's Shutdown only shuts its readers down: a cleanup that
// shuts down the provider's only reader flushes the same metrics.
func onlyReaderShutDown(exp sdkmetric.Exporter) func() error {
	reader := sdkmetric.NewPeriodicReader(exp)
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	otel.SetMeterProvider(mp)
	return func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return reader.Shutdown(ctx)
	}
}

// With two readers, shutting one down leaves the other's metrics behind.
func oneOfTwoReaders(exp sdkmetric.Exporter, other sdkmetric.Reader) func() error {
	reader := sdkmetric.NewPeriodicReader(exp)
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader), sdkmetric.WithReader(other)) // want `meter provider mp is never shut down`
	otel.SetMeterProvider(mp)
	return func() error { return reader.Shutdown(context.Background()) }
}

// The reader is only flushed, never shut down.
func readerFlushed(exp sdkmetric.Exporter) func() error {
	reader := sdkmetric.NewPeriodicReader(exp)
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader)) // want `meter provider mp is never shut down`
	otel.SetMeterProvider(mp)
	return func() error { return reader.ForceFlush(context.Background()) }
}

// The reader held as the interface: its Shutdown is the interface's own.
func onlyReaderAsInterface(exp sdkmetric.Exporter) func(context.Context) error {
	var reader sdkmetric.Reader = sdkmetric.NewPeriodicReader(exp)
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	otel.SetMeterProvider(mp)
	return func(ctx context.Context) error { return reader.Shutdown(ctx) }
}
