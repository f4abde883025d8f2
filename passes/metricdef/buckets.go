package metricdef

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// Bucket boundaries. The SDK's default histogram boundaries (0, 5, 10,
// 25 ... 10000) are sized for milliseconds: a histogram in seconds, as
// the semantic conventions want durations, puts nearly every value in
// its first buckets. Prometheus' DefBuckets (0.005 ... 10) are sized for
// seconds: a histogram in milliseconds puts most values in +Inf.

// defaultBuckets reports a histogram whose default boundaries do not
// fit its unit:
//
//	meter.Float64Histogram("db.query.duration", metric.WithUnit("s"))
//	prometheus.NewHistogram(prometheus.HistogramOpts{Name: "db_query_duration_milliseconds"})
//
// An OpenTelemetry histogram is in seconds when its unit says so, or,
// without a unit, when the values recorded on it in the package are
// seconds. It is not reported when a view or an aggregation selector of
// the module may set its aggregation.
func (c *checker) defaultBuckets(d *instrument) {
	if d.kind != apis.KindHistogram || !d.optsKnown {
		return
	}
	if d.prom {
		c.promDefaultBuckets(d)
		return
	}
	if d.boundsSet {
		return
	}
	u, ok := d.knownUnit()
	if !ok {
		return
	}
	if u == "" {
		if !c.recordsSeconds(d) {
			return
		}
	} else if q, ok := unitQuantity(u); !ok || !q.same(quantity{dimTime, 1}) {
		return
	}
	for _, r := range c.viewRules() {
		if r.matches(d) {
			return // a view may set its boundaries
		}
	}
	what := "histogram"
	if d.nameOK {
		what += " " + strconv.Quote(d.name)
	}
	advice := "pass metric.WithExplicitBucketBoundaries(" + formatBounds(apis.SecondsBoundaries) + ") or set them with a view"
	if !d.float {
		advice = "an Int64Histogram cannot record fractions of a second: record seconds in a Float64Histogram with metric.WithExplicitBucketBoundaries(" +
			formatBounds(apis.SecondsBoundaries) + "), or milliseconds with unit \"ms\""
	}
	diag := analysis.Diagnostic{
		Pos: d.call.Pos(), End: d.call.End(), Category: CategorySecondsDefaultBuckets,
		Message: fmt.Sprintf("%s records seconds on the SDK's default boundaries, which are sized for milliseconds (%s): nearly every value falls in the first buckets and its percentiles mean nothing; %s",
			what, shortBounds(apis.SDKDefaultBoundaries), advice),
	}
	if d.float {
		diag.SuggestedFixes = c.addBoundaries(d)
	}
	c.report(diag)
}

// promDefaultBuckets reports a Prometheus histogram in milliseconds (or
// a smaller unit) left on DefBuckets, which are sized for seconds.
func (c *checker) promDefaultBuckets(d *instrument) {
	if !d.nameOK || d.native && !d.boundsSet {
		return
	}
	q, _, ok := d.declaredUnit()
	if !ok || q.dim != dimTime || q.scale >= 1 {
		return
	}
	if d.boundsSet && (!d.boundsOK || !slices.Equal(d.bounds, apis.PromDefBucketValues)) {
		return
	}
	at := ast.Node(d.call)
	if d.boundsSet {
		at = d.boundsAt
	}
	c.report(analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: CategorySecondsDefaultBuckets,
		Message: fmt.Sprintf("Prometheus histogram %q is in %s but has the default buckets, which are sized for seconds (%s): most values land in +Inf; observe seconds and name it %q, or set Buckets in %s",
			d.name, unitName(q), shortBounds(apis.PromDefBucketValues), promSeconds(d.name), unitName(q)),
	})
}

// promSeconds returns a Prometheus name with its time unit replaced by
// seconds: "rpc_latency_ms" -> "rpc_latency_seconds".
func promSeconds(name string) string {
	total := strings.HasSuffix(name, "_total")
	name = strings.TrimSuffix(name, "_total")
	name = name[:strings.LastIndexByte(name, '_')] + "_seconds"
	if total {
		name += "_total"
	}
	return name
}

// badBoundaries reports constant boundaries the library will not use as
// written, or that are too few to be useful:
//
//   - not strictly increasing: the SDK ignores them (and returns an error
//     most callers drop) and falls back to its defaults; client_golang
//     panics;
//   - fewer than the min-boundaries option: too coarse for percentiles,
//     like the article's [0.1, 1, 10], unless the histogram is also a
//     Prometheus native histogram;
//   - the SDK's millisecond defaults copied onto an instrument in seconds.
func (c *checker) badBoundaries(d *instrument) {
	if !d.boundsSet || !d.boundsOK || d.kind != apis.KindHistogram {
		return
	}
	at := d.boundsAt
	if i := notIncreasing(d.bounds); i > 0 {
		consequence := "the SDK ignores them, returns an error most callers drop, and falls back to its default boundaries"
		if d.prom {
			consequence = "the Prometheus client panics when the histogram is created"
		}
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(), Category: CategoryBadBoundaries,
			Message: fmt.Sprintf("bucket boundaries are not strictly increasing (%s then %s): %s; sort them and remove duplicates",
				formatFloat(d.bounds[i-1]), formatFloat(d.bounds[i]), consequence),
			SuggestedFixes: c.sortBoundaries(d.boundsLits),
		})
		return
	}
	// A Prometheus histogram that is also native (sparse) gets its
	// resolution from the exponential native buckets; its classic
	// buckets are a fallback for scrapers without native histograms,
	// kept coarse on purpose.
	if n := len(d.bounds); n > 0 && n < c.cfg.MinBoundaries && !(d.prom && d.native) {
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(), Category: CategoryBadBoundaries,
			Message: fmt.Sprintf("only %d bucket boundaries (%s): %d buckets are too coarse for percentiles, unable to tell 10 ms from 100 ms; use at least %d, spread over the range of the values",
				n, formatBounds(d.bounds), n+1, c.cfg.MinBoundaries),
		})
		return
	}
	if q, _, ok := d.declaredUnit(); ok && q.same(quantity{dimTime, 1}) && slices.Equal(d.bounds, apis.SDKDefaultBoundaries) {
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(), Category: CategoryBadBoundaries,
			Message: fmt.Sprintf("these are the SDK's default boundaries, sized for milliseconds, on an instrument in seconds; use boundaries in seconds (%s)", formatBounds(apis.SecondsBoundaries)),
		})
	}
}

// checkViewBoundaries checks the constant boundaries of a view of the
// package: NewView(criteria, Stream{Aggregation:
// AggregationExplicitBucketHistogram{Boundaries: ...}}). NewView drops
// an aggregation with boundaries that are not strictly increasing and
// logs an error: the default boundaries apply.
func (c *checker) checkViewBoundaries(call *ast.CallExpr) {
	if !c.cfg.Checks.On(CategoryBadBoundaries) || len(call.Args) != 2 {
		return
	}
	mask := literal(call.Args[1])
	if mask == nil {
		return
	}
	agg := literal(field(mask, "Aggregation"))
	if agg == nil || !c.isSDKType(agg, "AggregationExplicitBucketHistogram") {
		return
	}
	b := field(agg, "Boundaries")
	if b == nil {
		return
	}
	bounds, ok, lits := c.floatSlice(b)
	if !ok {
		return
	}
	if i := notIncreasing(bounds); i > 0 {
		c.report(analysis.Diagnostic{
			Pos: b.Pos(), End: b.End(), Category: CategoryBadBoundaries,
			Message: fmt.Sprintf("bucket boundaries are not strictly increasing (%s then %s): NewView drops the aggregation, logs an error and the default boundaries apply; sort them and remove duplicates",
				formatFloat(bounds[i-1]), formatFloat(bounds[i])),
			SuggestedFixes: c.sortBoundaries(lits),
		})
	} else if n := len(bounds); n > 0 && n < c.cfg.MinBoundaries {
		c.report(analysis.Diagnostic{
			Pos: b.Pos(), End: b.End(), Category: CategoryBadBoundaries,
			Message: fmt.Sprintf("only %d bucket boundaries (%s): %d buckets are too coarse for percentiles, unable to tell 10 ms from 100 ms; use at least %d, spread over the range of the values",
				n, formatBounds(bounds), n+1, c.cfg.MinBoundaries),
		})
	}
}

// isSDKType reports whether the literal is of the named type of the
// SDK's metric package.
func (c *checker) isSDKType(lit *ast.CompositeLit, name string) bool {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return false
	}
	n, ok := types.Unalias(tv.Type).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == apis.SDKMetricPkg && n.Obj().Name() == name
}

// notIncreasing returns the index of the first boundary that is not
// greater than the one before it, or 0.
func notIncreasing(b []float64) int {
	for i := 1; i < len(b); i++ {
		if b[i] <= b[i-1] {
			return i
		}
	}
	return 0
}

// recordsSeconds reports whether a value in seconds is recorded on d
// somewhere in the package.
func (c *checker) recordsSeconds(d *instrument) bool {
	for _, r := range c.records {
		if r.value == nil {
			continue
		}
		if !slices.Contains(c.resolve(r.inst), d) {
			continue
		}
		if v, ok := c.valueUnit(r.cur, r.value); ok && v.q.same(quantity{dimTime, 1}) {
			return true
		}
	}
	return false
}

// formatBounds writes boundaries as Go constants: "0.005, 0.01, 0.025".
func formatBounds(b []float64) string {
	s := make([]string, len(b))
	for i, f := range b {
		s[i] = formatFloat(f)
	}
	return strings.Join(s, ", ")
}

// shortBounds writes the first and last boundaries of a long list.
func shortBounds(b []float64) string {
	if len(b) <= 5 {
		return formatBounds(b)
	}
	return formatBounds(b[:4]) + " ... " + formatFloat(b[len(b)-1])
}

// formatFloat writes f as a short Go constant.
func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'g', -1, 64)
}
