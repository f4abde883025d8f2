// Package batch sizes batch span processors, beside the log SDK's batch
// processor, which clamps its own options.
package batch

import (
	sdklog "go.opentelemetry.io/otel/sdk/log"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

const queueSize = 512

func larger(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp,
		sdktrace.WithMaxQueueSize(queueSize),
		sdktrace.WithMaxExportBatchSize(1000), // want `max export batch size 1000 is larger than the max queue size 512`
	))
}

func largerThanDefault(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
	return sdktrace.NewBatchSpanProcessor(exp, sdktrace.WithMaxExportBatchSize(5000)) // want `max export batch size 5000 is larger than the default max queue size 2048`
}

func fromSlice(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
	opts := []sdktrace.BatchSpanProcessorOption{
		sdktrace.WithMaxQueueSize(100),
		sdktrace.WithMaxExportBatchSize(200), // want `max export batch size 200 is larger than the max queue size 100`
	}
	return sdktrace.NewBatchSpanProcessor(exp, opts...)
}

// Sizes that are fine or not known.

func fine(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
	return sdktrace.NewBatchSpanProcessor(exp, sdktrace.WithMaxQueueSize(8192), sdktrace.WithMaxExportBatchSize(4096))
}

func defaultQueue(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
	return sdktrace.NewBatchSpanProcessor(exp, sdktrace.WithMaxExportBatchSize(1024))
}

func configured(exp sdktrace.SpanExporter, batch, queue int) sdktrace.SpanProcessor {
	return sdktrace.NewBatchSpanProcessor(exp, sdktrace.WithMaxQueueSize(queue), sdktrace.WithMaxExportBatchSize(batch))
}

func logs(exp sdklog.Exporter) *sdklog.BatchProcessor {
	return sdklog.NewBatchProcessor(exp, sdklog.WithMaxQueueSize(100), sdklog.WithExportMaxBatchSize(1000))
}
