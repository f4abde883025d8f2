package apis

import "strings"

// How an OpenTelemetry instrument is defined: the kind of each
// constructor of metric.Meter, the options that declare its unit and its
// bucket boundaries, and the SDK's views, which may change the
// aggregation of instruments they match.
const (
	MetricWithUnit        = MetricPkg + ".WithUnit"
	MetricWithDescription = MetricPkg + ".WithDescription"
	MetricWithBoundaries  = MetricPkg + ".WithExplicitBucketBoundaries"

	// SDKNewView makes a view from an instrument criteria and a stream
	// mask; SDKWithView installs views on a meter provider.
	SDKNewView  = SDKMetricPkg + ".NewView"
	SDKWithView = SDKMetricPkg + ".WithView"
)

// MetricCallbackOptions give an observable instrument a callback, which
// runs on every collection.
var MetricCallbackOptions = funcs(MetricPkg, "WithInt64Callback", "WithFloat64Callback")

// ObserverObserve are the methods of the observer a callback registered
// with Meter.RegisterCallback receives: they take the instrument first.
var ObserverObserve = methods(MetricPkg+".Observer", "ObserveInt64", "ObserveFloat64")

// The kinds of instruments.
const (
	KindCounter       = "counter"
	KindUpDownCounter = "updowncounter"
	KindHistogram     = "histogram"
	KindGauge         = "gauge"
	// KindSummary is a Prometheus summary, which has no OpenTelemetry twin.
	KindSummary = "summary"
)

// Instrument describes what a constructor creates.
type Instrument struct {
	Kind       string // KindCounter, KindHistogram...
	Float      bool   // records float64 values
	Observable bool   // asynchronous: its values come from a callback
}

// Instruments maps the key of every metric.Meter constructor to what it
// creates.
var Instruments = instruments()

func instruments() map[string]Instrument {
	out := map[string]Instrument{}
	for _, k := range InstrumentConstructors {
		name := k[strings.LastIndexByte(k, '.')+1:]
		in := Instrument{Float: strings.HasPrefix(name, "Float64")}
		name = strings.TrimPrefix(strings.TrimPrefix(name, "Int64"), "Float64")
		name, in.Observable = strings.CutPrefix(name, "Observable")
		in.Kind = strings.ToLower(name)
		out[k] = in
	}
	return out
}

// RecorderKind returns the kind of instrument whose recording method key
// names (Add of a counter, Record of a histogram), and whether it is one.
func RecorderKind(key string) (string, bool) {
	if !strings.HasPrefix(key, "("+MetricPkg+".") {
		return "", false
	}
	typ := key[len(MetricPkg)+2 : strings.IndexByte(key, ')')]
	typ = strings.TrimPrefix(strings.TrimPrefix(typ, "Int64"), "Float64")
	switch typ {
	case "Counter", "UpDownCounter", "Histogram", "Gauge":
		return strings.ToLower(typ), true
	}
	return "", false
}

// The names the SDK's views are written with, in package SDKMetricPkg.
// Views are found in the syntax of the module's other packages, which
// are not type-checked, so these are the names a selector on an import
// of the package is compared with.
var (
	// ViewAggregations are the aggregations that replace the default
	// boundaries of a histogram a view matches (dropping it counts: its
	// boundaries no longer matter).
	ViewAggregations = []string{"AggregationExplicitBucketHistogram", "AggregationBase2ExponentialHistogram", "AggregationDrop"}
	// AggregationSelectorOption names the options of readers and
	// exporters that choose the aggregation of every instrument kind.
	AggregationSelectorOption = "WithAggregationSelector"
)

// SDKDefaultBoundaries are the boundaries the SDK's default aggregation
// gives a histogram (DefaultAggregationSelector): sized for milliseconds.
var SDKDefaultBoundaries = []float64{0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000}

// SecondsBoundaries are the boundaries the semantic conventions advise
// for durations in seconds (http.server.request.duration).
var SecondsBoundaries = []float64{0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10}

func init() {
	def(MetricWithUnit, MetricWithDescription, MetricWithBoundaries, SDKNewView, SDKWithView)
	def(MetricCallbackOptions...)
}
