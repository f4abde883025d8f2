package metricdef

import (
	"fmt"
	"math"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// unitMismatch reports a value recorded in another unit than its
// instrument declares: the check that finds wrong numbers.
//
//	hist.Record(ctx, time.Since(t).Milliseconds()) // hist has unit "s"
//	hist.Record(ctx, float64(len(body)))           // bytes on an instrument in seconds
//	prometheus.NewTimer(latencyMs)                 // the timer observes seconds
//
// The instrument is resolved to its creations in the package (all of
// which must declare the same unit) and the value's unit is read by local
// data flow (flow.go); when either is unknown, nothing is reported.
func (c *checker) unitMismatch(r *record) {
	defs := c.resolve(r.inst)
	if len(defs) == 0 {
		return
	}
	want, code, ok := defs[0].declaredUnit()
	for _, d := range defs[1:] {
		q, _, ok2 := d.declaredUnit()
		ok = ok && ok2 && q.same(want)
	}
	if !ok || want.dim == dimCount {
		return
	}
	got := valued{quantity{dimTime, 1}, "prometheus.NewTimer, which observes seconds"}
	if r.value != nil {
		if got, ok = c.valueUnit(r.cur, r.value); !ok {
			return
		}
	}
	if !conflict(want, got.q) {
		return
	}
	d := defs[0]
	what := d.kind
	if d.prom {
		what = "Prometheus " + what
	}
	if d.nameOK {
		what += " " + strconv.Quote(d.name)
	}
	declared := fmt.Sprintf("declares unit %q", code)
	if d.prom {
		declared = fmt.Sprintf("is named for %s", unitName(want))
	}
	diag := analysis.Diagnostic{
		Pos: r.call.Pos(), End: r.call.End(), Category: CategoryUnitMismatch,
		Message: fmt.Sprintf("%s %s but is given %s (%s)%s; %s", what, declared, unitWords(got.q), got.how, factor(want, got.q), convertAdvice(want, d)),
	}
	if !d.prom && got.q.same(quantity{dimTime, 1}) {
		// The values are already in the conventions' unit for durations:
		// the declaration may be what is wrong (its boundaries in seconds).
		diag.Message += `, or declare unit "s", the unit the semantic conventions want for durations`
	}
	if r.value != nil {
		diag.Pos, diag.End = r.value.Pos(), r.value.End()
	}
	if c.pass.Fset.File(d.call.Pos()) != nil {
		diag.Related = []analysis.RelatedInformation{{Pos: d.call.Pos(), End: d.call.End(), Message: "the instrument is created here"}}
	}
	c.report(diag)
}

// conflict reports whether a value of unit got cannot be what an
// instrument of unit want measures: another unit of time, bytes for a
// time, a time for bytes, a count for a time.
func conflict(want, got quantity) bool {
	switch {
	case want.dim == got.dim:
		return !want.same(got)
	case want.dim == dimTime:
		return true // bytes or a count recorded as a duration
	case want.dim == dimBytes:
		return got.dim == dimTime
	}
	return false
}

// unitWords names a unit for messages: "milliseconds", "a byte count".
func unitWords(q quantity) string {
	switch q.dim {
	case dimCount:
		return "a count"
	case dimBytes:
		if q.same(quantity{dimBytes, 1}) {
			return "bytes"
		}
		return unitName(q)
	}
	for code, w := range map[string]string{"ns": "nanoseconds", "us": "microseconds", "ms": "milliseconds", "s": "seconds", "min": "minutes", "h": "hours", "d": "days"} {
		if ucumUnits[code].same(q) {
			return w
		}
	}
	return unitName(q)
}

// factor says how far off each value is, for two units of the same
// dimension: ": each value is 1000 times too large".
func factor(want, got quantity) string {
	if want.dim != got.dim || got.scale == 0 || want.scale == 0 {
		return ""
	}
	f := got.scale / want.scale
	switch {
	case f < 1:
		return fmt.Sprintf(": each value is %s times too large", strconv.FormatFloat(math.Round(1/f), 'f', -1, 64))
	case f > 1:
		return fmt.Sprintf(": each value is %s times too small", strconv.FormatFloat(math.Round(f), 'f', -1, 64))
	}
	return ""
}

// convertAdvice says what to record on an instrument of unit want.
func convertAdvice(want quantity, d *instrument) string {
	if want.dim != dimTime {
		return "record the quantity the instrument declares"
	}
	switch {
	case want.same(quantity{dimTime, 1}):
		return "record d.Seconds()"
	case want.same(quantity{dimTime, 1e-3}) && d.float:
		return "record float64(d) / float64(time.Millisecond)"
	case want.same(quantity{dimTime, 1e-3}):
		return "record d.Milliseconds()"
	case want.same(quantity{dimTime, 1e-6}):
		return "record d.Microseconds()"
	case want.same(quantity{dimTime, 1e-9}):
		return "record d.Nanoseconds()"
	}
	return "convert the value to " + unitName(want)
}
