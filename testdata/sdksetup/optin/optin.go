// Package optin shows a blocking batch processor that the program's
// configuration asks for, which the program passes on, beside the same
// option chosen by the code itself.
package optin

import (
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// batchOptions are the batch processor settings read from a config file.
type batchOptions struct {
	Blocking  *bool
	MaxQueue  int
	DropWhole bool
}

type config struct {
	Batch batchOptions
	Wait  bool
}

// fromConfig passes on the operator's choice.
func fromConfig(cfg *config, exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	var opts []sdktrace.BatchSpanProcessorOption
	if cfg.Batch.Blocking != nil && *cfg.Batch.Blocking {
		opts = append(opts, sdktrace.WithBlocking())
	}
	if cfg.Wait && !cfg.Batch.DropWhole {
		opts = append(opts, sdktrace.WithBlocking())
	}
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, opts...))
}

// Positive twins: the code makes the choice.

// always blocks whatever the configuration says.
func always(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	var opts []sdktrace.BatchSpanProcessorOption
	opts = append(opts, sdktrace.WithBlocking()) // want `sdktrace.WithBlocking makes the goroutine that ends a span wait`
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, opts...))
}

// bigQueue blocks when the queue is large: a condition of the code's own,
// not a setting of blocking.
func bigQueue(cfg *config, exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	var opts []sdktrace.BatchSpanProcessorOption
	if cfg.Batch.MaxQueue > 1000 {
		opts = append(opts, sdktrace.WithBlocking()) // want `sdktrace.WithBlocking makes the goroutine`
	}
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, opts...))
}

// inElse blocks when the setting is off.
func inElse(cfg *config, exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	var opts []sdktrace.BatchSpanProcessorOption
	if cfg.Wait {
		opts = append(opts, sdktrace.WithBatchTimeout(0))
	} else {
		opts = append(opts, sdktrace.WithBlocking()) // want `sdktrace.WithBlocking makes the goroutine`
	}
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, opts...))
}
