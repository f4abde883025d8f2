package apis

import (
	"go/types"
	"math"
	"strings"
)

// How a Prometheus client_golang collector is defined and fed: the kind
// of each constructor, its options struct, the bucket helpers, and the
// methods that record a value, named on the interface the value is held
// as (a Gauge has an Add too, so they are matched on the static type of
// the receiver, never on any implementation).
const (
	PromDefBuckets     = PromPkg + ".DefBuckets"
	PromLinearBuckets  = PromPkg + ".LinearBuckets"
	PromExpBuckets     = PromPkg + ".ExponentialBuckets"
	PromExpBucketRange = PromPkg + ".ExponentialBucketsRange"
	// PromNewTimer times a call and observes the duration in seconds.
	PromNewTimer = PromPkg + ".NewTimer"
)

// The recording methods of the collectors' interfaces.
var (
	PromObserve  = []string{m(PromPkg+".Observer", "Observe"), m(PromPkg+".Histogram", "Observe"), m(PromPkg+".Summary", "Observe")}
	PromCountAdd = m(PromPkg+".Counter", "Add")
	PromGaugeSet = methods(PromPkg+".Gauge", "Set", "Add", "Sub")
)

// PromKind returns the kind of collector a Prometheus constructor key
// (prometheus.NewHistogramVec, promauto.NewCounter, a Factory's method)
// creates, and whether it records values: the Func variants take theirs
// from a function.
func PromKind(key string) (kind string, records bool) {
	if KeyPackage(key) != PromPkg && KeyPackage(key) != PromautoPkg {
		return "", false
	}
	name := key[strings.LastIndexByte(key, '.')+1:]
	name, ok := strings.CutPrefix(name, "New")
	if !ok {
		return "", false
	}
	records = !strings.HasSuffix(name, "Func")
	name = strings.TrimSuffix(strings.TrimSuffix(name, "Vec"), "Func")
	switch name {
	case "Counter":
		return KindCounter, records
	case "Gauge":
		return KindGauge, records
	case "Histogram":
		return KindHistogram, records
	case "Summary":
		return KindSummary, records
	}
	return "", false
}

// PromDefBucketValues are the values of prometheus.DefBuckets, the
// buckets of a histogram without Buckets: sized for seconds.
var PromDefBucketValues = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// PromBucketHelper returns the buckets that the bucket helper named by
// key (LinearBuckets, ExponentialBuckets, ExponentialBucketsRange)
// returns for the constant arguments a, b and count, computed as
// client_golang computes them. It returns false for another key, a count
// that is not a whole number, or arguments the helper panics on.
func PromBucketHelper(key string, a, b, count float64) ([]float64, bool) {
	n := int(count)
	if float64(n) != count || n < 1 || n > 1<<16 {
		return nil, false
	}
	out := make([]float64, n)
	switch key {
	case PromLinearBuckets:
		for i := range out {
			out[i] = a
			a += b
		}
	case PromExpBuckets:
		if a <= 0 || b <= 1 {
			return nil, false
		}
		for i := range out {
			out[i] = a
			a *= b
		}
	case PromExpBucketRange:
		if a <= 0 {
			return nil, false
		}
		growth := math.Pow(b/a, 1.0/float64(n-1))
		for i := range out {
			out[i] = a * math.Pow(growth, float64(i))
		}
	default:
		return nil, false
	}
	return out, true
}

// IsPromOpts reports whether t is one of the options structs of the
// collector constructors (CounterOpts, GaugeOpts, HistogramOpts,
// SummaryOpts, Opts).
func IsPromOpts(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != PromPkg {
		return false
	}
	switch n.Obj().Name() {
	case "Opts", "CounterOpts", "GaugeOpts", "HistogramOpts", "SummaryOpts":
		return true
	}
	return false
}

// IsPromLabels reports whether t is prometheus.Labels, the map from
// label names to values.
func IsPromLabels(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == PromPkg && n.Obj().Name() == "Labels"
}

// IsPkgVar reports whether obj is the package-level variable full names
// ("path.Name").
func IsPkgVar(obj types.Object, full string) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && v.Pkg().Path()+"."+v.Name() == full
}

func init() {
	def(PromLinearBuckets, PromExpBuckets, PromExpBucketRange, PromNewTimer, PromCountAdd)
	def(PromObserve...)
	def(PromGaugeSet...)
}
