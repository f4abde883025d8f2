// Package views sets up the meter provider with views, as a program's
// telemetry package does; the packages whose histograms they match do
// not import it.
package views

import (
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
)

// Provider returns a meter provider whose views set the boundaries of
// some histograms of the buckets scenario.
func Provider() *sdkmetric.MeterProvider {
	return sdkmetric.NewMeterProvider(
		sdkmetric.WithView(
			sdkmetric.NewView(
				sdkmetric.Instrument{Name: "buckets.viewed.duration"},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationExplicitBucketHistogram{Boundaries: []float64{0.005, 0.01, 0.05, 0.1, 0.5, 1, 5}}},
			),
			sdkmetric.NewView(
				sdkmetric.Instrument{Name: "buckets.exp.*", Kind: sdkmetric.InstrumentKindHistogram},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationBase2ExponentialHistogram{MaxSize: 160, MaxScale: 20}},
			),
			// A view that renames does not change the boundaries.
			sdkmetric.NewView(
				sdkmetric.Instrument{Name: "buckets.renamed.duration"},
				sdkmetric.Stream{Name: "buckets.renamed.latency"},
			),
			// A view for counters does not match histograms.
			sdkmetric.NewView(
				sdkmetric.Instrument{Name: "buckets.counted.*", Kind: sdkmetric.InstrumentKindCounter},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationDrop{}},
			),
			// A view whose boundaries NewView drops.
			sdkmetric.NewView(
				sdkmetric.Instrument{Name: "views.unsorted.duration"},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationExplicitBucketHistogram{Boundaries: []float64{0.1, 0.05, 1, 5, 10}}}, // want `bucket boundaries are not strictly increasing \(0.1 then 0.05\): NewView drops the aggregation`
			),
			sdkmetric.NewView(
				sdkmetric.Instrument{Name: "views.coarse.duration"},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationExplicitBucketHistogram{Boundaries: []float64{0.1, 1, 10}}}, // want `only 3 bucket boundaries \(0.1, 1, 10\)`
			),
		),
	)
}
