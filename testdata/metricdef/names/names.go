// Package names creates instruments with names the SDK rejects.
package names

import (
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/names")

const prefix = "names."

var (
	// Bad: names the SDK returns ErrInstrumentName for.
	a, _ = meter.Int64Counter("1st.requests")      // want `instrument name "1st.requests" does not start with a letter: the SDK returns ErrInstrumentName for it; use letters, digits and _ . - / only, starting with a letter`
	b, _ = meter.Int64Counter("names.b requests")  // want `instrument name "names.b requests" contains ' '`
	c, _ = meter.Int64Counter("")                  // want `instrument name "" is empty`
	d, _ = meter.Int64Counter(prefix + "d:errors") // want `instrument name "names.d:errors" contains ':'`
	e, _ = meter.Int64Counter("names.é")           // want `contains 'é'`

	// Good.
	f, _ = meter.Int64Counter("names.f-requests/total.v2_x", metric.WithUnit("{request}"))
	g, _ = meter.Int64Counter(prefix+"g", metric.WithUnit("{request}"))
)

func dynamic(name string) {
	_, _ = meter.Int64Counter(name)
}

var _ = []any{a, b, c, d, e, f, g}
