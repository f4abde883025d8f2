// Package metricdef defines an Analyzer that reports metric instruments
// whose definition makes their numbers wrong or meaningless: buckets and
// units that do not fit the values, counters used as gauges, names the
// SDK rejects.
//
// # Analyzer metricdef
//
// metricdef: check units, buckets and names of metric instruments
//
// A metric is read long after it is written, on a dashboard that trusts
// its unit and its buckets. The OpenTelemetry SDK's default histogram
// boundaries (0, 5, 10, 25 ... 10000) are sized for milliseconds, so a
// duration in seconds, as the semantic conventions want it, lands in the
// first bucket and its percentiles mean nothing; a value recorded in
// milliseconds on an instrument declared in seconds is a thousand times
// off; a queue length added to a counter on every tick sums into a number
// nobody can read. The pass checks OpenTelemetry instruments
// (metric.Meter) and Prometheus client_golang collectors.
//
// Categories:
//
//   - seconds-default-buckets: a histogram in seconds (metric.WithUnit("s"),
//     or no unit and seconds recorded on it) without
//     metric.WithExplicitBucketBoundaries and without a view of the module
//     that may set its aggregation; a Prometheus histogram in milliseconds
//     left on DefBuckets, which are in seconds. A fix adds the boundaries
//     the semantic conventions advise for seconds.
//   - bad-boundaries: constant boundaries that are not strictly increasing
//     (the SDK ignores them and falls back to its defaults, NewView drops
//     the aggregation, client_golang panics), fewer than min-boundaries
//     (the article's [0.1, 1, 10]; not for a Prometheus histogram that is
//     also native, NativeHistogramBucketFactor set, whose exponential
//     buckets carry the resolution while the classic ones are a coarse
//     fallback for classic-only scrapers), or the SDK's millisecond defaults
//     copied onto an instrument in seconds. A fix sorts literal
//     boundaries.
//   - unit-mismatch: a value recorded in another unit than its instrument
//     declares, found by local data flow: time.Since(t).Milliseconds() or
//     float64(d)/1e6 on an instrument in seconds, .Seconds() on one in
//     milliseconds, len(body) on one in seconds, prometheus.NewTimer on a
//     histogram named in milliseconds. The instrument is resolved to its
//     creations in the package (a package-level variable, a field set in
//     a constructor, a local variable), also through a generic
//     must-helper (func must[T any](v T, err error) T), which can only
//     return the instrument it is given.
//   - missing-unit: a histogram, or an instrument named for a duration
//     (duration, latency, time) or bytes, created without metric.WithUnit;
//     a Prometheus histogram or summary named for a duration without a
//     unit suffix. A name that is not constant (a factory creating
//     instruments for its callers) and a name ending in time whose
//     description says it counts ("the number of connections closed due
//     to SetConnMaxIdleTime") are not reported.
//   - non-ucum-unit: a unit the specification spells as a UCUM code:
//     "seconds" is "s", "milliseconds" "ms", "bytes" "By", "requests"
//     "{request}". A fix rewrites the literal.
//   - unit-in-name: an OpenTelemetry instrument name that ends with its
//     unit (_seconds, .ms, .bytes) or, for a counter, _total: the unit
//     belongs in WithUnit, and the Prometheus exporter adds both suffixes.
//     A package moving an instrument to a unit keeps the old one, without
//     a unit, beside its successor named after it with the unit appended
//     and declared (latency and latency.seconds with metric.WithUnit("s")):
//     neither is reported for its unit, as the old one keeps its exported
//     name until it is removed and holds the plain name meanwhile.
//   - negative-counter: Counter.Add with a negative constant or a negated
//     value; counters only go up.
//   - counter-as-gauge: a synchronous counter given a level rather than an
//     increment: the length or capacity of a channel,
//     runtime.NumGoroutine(), and, in a ticker loop or a metric callback,
//     the length of state or the result of a Len or Size method.
//   - invalid-name: a constant instrument name the SDK rejects with
//     ErrInstrumentName: empty, longer than 255 characters, not starting
//     with a letter, or with characters outside [A-Za-z0-9_.-/].
//   - counter-without-total: a Prometheus counter whose name does not end
//     in _total: an OpenMetrics scrape exposes it with type unknown.
//
// The pass stays silent when it cannot know: a name, unit or boundaries
// that are not constant, options passed as opts... or built elsewhere
// (the unit or the boundaries may be among them), a value whose unit is
// not written in the function (a parameter, a field, a sum), an
// instrument held by a parameter or created in another package. Views are
// read from the non-test files of the main module, once per process: a
// view matching the histogram's name (wildcards included), unit and kind
// with an explicit-bucket, exponential or drop aggregation, a view whose
// criteria or aggregation is not written out, a view function written by
// hand, or an aggregation selector on a reader or an exporter, silences
// seconds-default-buckets; so should the
// OTEL_EXPORTER_OTLP_METRICS_DEFAULT_HISTOGRAM_AGGREGATION variable, which
// the pass cannot see. Milliseconds on the SDK's default boundaries,
// seconds on Prometheus' DefBuckets, counters fed with increments (1, the
// n a write returns, the length of a batch being processed), gauges and
// up-down counters fed with levels, and names whose last word is a
// quantity (db.client.connection.count, queue.size) are not reported.
// Test files are skipped.
//
// A finding is silenced with a comment on its line or alone on the line
// above: //otellint:ignore metricdef <reason>, or //nolint:otellint.
//
// # Examples
//
// Reported: a duration in seconds on the millisecond default boundaries.
//
//	var latency, _ = meter.Float64Histogram("rpc.server.duration", metric.WithUnit("s")) // seconds-default-buckets
//
// Silent:
//
//	var latency, _ = meter.Float64Histogram("rpc.server.duration", metric.WithUnit("s"),
//		metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
//
// Reported: boundaries out of order, which the SDK ignores.
//
//	var size, _ = meter.Int64Histogram("rpc.server.request.size", metric.WithUnit("By"),
//		metric.WithExplicitBucketBoundaries(1024, 256, 4096, 16384, 65536)) // bad-boundaries
//
// Silent:
//
//	var size, _ = meter.Int64Histogram("rpc.server.request.size", metric.WithUnit("By"),
//		metric.WithExplicitBucketBoundaries(256, 1024, 4096, 16384, 65536))
//
// Reported: milliseconds recorded on a histogram in seconds.
//
//	func observe(ctx context.Context, start time.Time) {
//		latency.Record(ctx, float64(time.Since(start).Milliseconds())) // unit-mismatch
//	}
//
// Silent:
//
//	func observe(ctx context.Context, start time.Time) {
//		latency.Record(ctx, time.Since(start).Seconds())
//	}
//
// Reported: a histogram without a unit.
//
//	var batch, _ = meter.Int64Histogram("export.batch.size") // missing-unit
//
// Silent:
//
//	var batch, _ = meter.Int64Histogram("export.batch.size", metric.WithUnit("{span}"))
//
// Reported: a unit spelled out.
//
//	var sent, _ = meter.Int64Counter("export.sent", metric.WithUnit("bytes")) // non-ucum-unit
//
// Silent:
//
//	var sent, _ = meter.Int64Counter("export.sent", metric.WithUnit("By"))
//
// Reported: the unit in the name.
//
//	var wait, _ = meter.Float64Histogram("queue.wait_seconds", metric.WithUnit("s"), bounds) // unit-in-name
//
// Silent:
//
//	var wait, _ = meter.Float64Histogram("queue.wait", metric.WithUnit("s"), bounds)
//
// Reported: a counter that goes down.
//
//	func release(ctx context.Context) {
//		active.Add(ctx, -1) // negative-counter
//	}
//
// Silent: an up-down counter.
//
//	var active, _ = meter.Int64UpDownCounter("pool.active", metric.WithUnit("{connection}"))
//
//	func release(ctx context.Context) {
//		active.Add(ctx, -1)
//	}
//
// Reported: a channel's length added to a counter.
//
//	func (q *queue) sample(ctx context.Context) {
//		queued.Add(ctx, int64(len(q.jobs))) // counter-as-gauge
//	}
//
// Silent: the level recorded on a gauge.
//
//	func (q *queue) sample(ctx context.Context) {
//		depth.Record(ctx, int64(len(q.jobs)))
//	}
//
// Reported: a name the SDK rejects.
//
//	var hits, _ = meter.Int64Counter("cache hits") // invalid-name
//
// Silent:
//
//	var hits, _ = meter.Int64Counter("cache.hits")
//
// Reported: a Prometheus counter without _total.
//
//	var served = promauto.NewCounter(prometheus.CounterOpts{Name: "http_served"}) // counter-without-total
//
// Silent:
//
//	var served = promauto.NewCounter(prometheus.CounterOpts{Name: "http_served_total"})
//
// # Configuration
//
// Each option is a flag -metricdef.<option> of the otellint command (and of go vet
// -vettool) and a key of the metricdef block of the golangci-lint plugin's settings.
//
//	-metricdef.checks (default: seconds-default-buckets,bad-boundaries,unit-mismatch,missing-unit,non-ucum-unit,unit-in-name,negative-counter,counter-as-gauge,invalid-name,counter-without-total)
//	    comma-separated list of the checks to run
//	-metricdef.min-boundaries (default: 5)
//	    the fewest explicit bucket boundaries a histogram may have (0: any number)
package metricdef
