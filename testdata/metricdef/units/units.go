// Package units declares instruments with and without units, in UCUM and
// in other spellings, and with units in their names.
package units

import (
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/units")

const secondsUnit = "seconds"

var (
	// Bad: units the specification spells in UCUM.
	a, _ = meter.Float64Histogram("units.a.duration", metric.WithUnit("seconds"), metric.WithExplicitBucketBoundaries(0.01, 0.1, 1, 5, 10)) // want `unit "seconds" is not a UCUM code: backends and the Prometheus exporter understand "s"; write metric.WithUnit\("s"\)`
	b, _ = meter.Float64Histogram("units.b.duration", metric.WithUnit("Milliseconds"))                                                      // want `unit "Milliseconds" is not a UCUM code: .* understand "ms"`
	c, _ = meter.Int64Counter("units.c.io", metric.WithUnit("bytes"))                                                                       // want `unit "bytes" is not a UCUM code: .* understand "By"`
	d, _ = meter.Int64Counter("units.d.requests", metric.WithUnit("requests"))                                                              // want `unit "requests" is not a UCUM code: .* understand "\{request\}"`
	e, _ = meter.Float64Gauge("units.e.usage", metric.WithUnit(secondsUnit))                                                                // want `unit "seconds" is not a UCUM code`
	f, _ = meter.Int64UpDownCounter("units.f.memory", metric.WithUnit("MB"))                                                                // want `unit "MB" is not a UCUM code: .* understand "MBy"`

	// Good: UCUM codes and annotations.
	g, _ = meter.Float64Histogram("units.g.duration", metric.WithUnit("ms"))
	h, _ = meter.Int64Counter("units.h.io", metric.WithUnit("By"))
	i, _ = meter.Int64Counter("units.i.requests", metric.WithUnit("{request}"))
	j, _ = meter.Float64Gauge("units.j.utilization", metric.WithUnit("1"))
	k, _ = meter.Int64Gauge("units.k.memory", metric.WithUnit("KiBy"))
	l, _ = meter.Float64Gauge("units.l.cpu", metric.WithUnit("%"))
	m, _ = meter.Float64Gauge("units.m.uptime", metric.WithUnit("min"))
)

var (
	// Bad: histograms, and instruments named for a duration or bytes,
	// without a unit.
	n, _ = meter.Float64Histogram("units.n.latency")                   // want `histogram "units.n.latency" has no unit: dashboards and exporters cannot tell seconds from milliseconds or bytes from kilobytes; declare it with metric.WithUnit\("s"\)`
	o, _ = meter.Int64Histogram("units.o.batch")                       // want `histogram "units.o.batch" has no unit: .*; declare the UCUM unit of what it measures with metric.WithUnit \("s", "By", "\{request\}"\)`
	p, _ = meter.Float64Gauge("units.p.time")                          // want `instrument "units.p.time" has no unit: .* declare it with metric.WithUnit\("s"\)`
	q, _ = meter.Int64Counter("units.q.duration", metric.WithUnit("")) // want `instrument "units.q.duration" has no unit`

	// Good: counts are not durations; options not seen here.
	r, _ = meter.Int64UpDownCounter("db.client.connection.count")
	s, _ = meter.Int64UpDownCounter("units.queue.size")
	t, _ = meter.Int64Counter("units.t.requests")
	// A count of connections closed for their idle time is not a time.
	closed, _ = meter.Int64ObservableCounter("units.connections_closed_max_idle_time",
		metric.WithDescription("The total number of connections closed due to SetConnMaxIdleTime"))
	idle, _ = meter.Int64ObservableCounter("units.connections_idle_time", // want `instrument "units.connections_idle_time" has no unit`
		metric.WithDescription("The total time connections were idle"))
)

func withOptions(opts ...metric.Float64HistogramOption) {
	_, _ = meter.Float64Histogram("units.u.latency", opts...)
	unit := metric.WithUnit("s")
	_, _ = meter.Float64Histogram("units.v.latency", unit)
}

// factory creates instruments for its callers, which know what they
// measure: a name that is not constant says nothing of the unit.
type factory struct {
	meter metric.Meter
	scope string
}

func (f *factory) histogram(name string) (metric.Float64Histogram, error) {
	return f.meter.Float64Histogram(f.scope + "." + name)
}

var (
	// Bad: the unit or a Prometheus suffix in the name.
	w, _  = meter.Float64Histogram("units.w.duration_seconds", metric.WithUnit("s"), metric.WithExplicitBucketBoundaries(0.01, 0.1, 1, 5, 10)) // want `instrument name "units.w.duration_seconds" carries "_seconds": the unit belongs in metric.WithUnit, and the Prometheus exporter adds unit and _total suffixes itself; name it "units.w.duration" and keep the unit in metric.WithUnit`
	x, _  = meter.Float64Histogram("units.x.latency.milliseconds")                                                                             // want `instrument name "units.x.latency.milliseconds" carries ".milliseconds": .* name it "units.x.latency" and declare metric.WithUnit\("ms"\)`
	y, _  = meter.Int64Counter("units.y.received.bytes", metric.WithUnit("By"))                                                                // want `carries ".bytes"`
	z, _  = meter.Int64Counter("units_z_requests_total")                                                                                       // want `instrument name "units_z_requests_total" carries "_total": .* name it "units_z_requests"`
	aa, _ = meter.Float64Counter("units_aa_cpu_seconds_total", metric.WithUnit("s"))                                                           // want `carries "_seconds_total"`

	// Good: a gauge may be a total; quantities are not units.
	bb, _ = meter.Int64Gauge("units.bb.memory_total", metric.WithUnit("By"))
	cc, _ = meter.Int64Counter("units.cc.retry.count", metric.WithUnit("{retry}"))
	dd, _ = meter.Float64Histogram("units.dd.payload.size", metric.WithUnit("By"))
)

var _ = []any{closed, idle, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, w, x, y, z, aa, bb, cc, dd}
