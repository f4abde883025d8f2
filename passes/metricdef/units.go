package metricdef

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// Units. The specification asks for UCUM case-sensitive codes: "s", "ms",
// "By", "1", and annotations in braces for counts of things ("{request}").
// The unit of a recorded number, when it is known, is a quantity: a
// dimension and the size of its unit in the dimension's base unit.

// dimension is what a number measures.
type dimension int

const (
	dimUnknown dimension = iota
	dimTime              // base unit: the second
	dimBytes             // base unit: the byte
	dimCount             // a count of things, a ratio: no unit to convert
)

// quantity is the unit of a number.
type quantity struct {
	dim   dimension
	scale float64 // size of the unit in the base unit: 1e-3 for ms
}

// same reports whether q and o are the same unit.
func (q quantity) same(o quantity) bool {
	if q.dim != o.dim {
		return false
	}
	if q.dim == dimCount {
		return true
	}
	return math.Abs(q.scale-o.scale) <= 1e-9*math.Max(q.scale, o.scale)
}

// ucumUnits are the UCUM codes of units of time and information.
var ucumUnits = map[string]quantity{
	"ns": {dimTime, 1e-9}, "us": {dimTime, 1e-6}, "ms": {dimTime, 1e-3}, "s": {dimTime, 1},
	"min": {dimTime, 60}, "h": {dimTime, 3600}, "d": {dimTime, 86400},
	"bit": {dimBytes, 0.125}, "By": {dimBytes, 1},
	"kBy": {dimBytes, 1e3}, "MBy": {dimBytes, 1e6}, "GBy": {dimBytes, 1e9}, "TBy": {dimBytes, 1e12},
	"KiBy": {dimBytes, 1 << 10}, "MiBy": {dimBytes, 1 << 20}, "GiBy": {dimBytes, 1 << 30}, "TiBy": {dimBytes, 1 << 40},
}

// nonUCUM maps spellings of units that the specification replaces by a
// UCUM code, lower-cased, to that code.
var nonUCUM = map[string]string{
	"second": "s", "seconds": "s", "sec": "s", "secs": "s",
	"millisecond": "ms", "milliseconds": "ms", "millis": "ms", "msec": "ms", "msecs": "ms",
	"microsecond": "us", "microseconds": "us", "micros": "us", "usec": "us", "μs": "us", "µs": "us",
	"nanosecond": "ns", "nanoseconds": "ns", "nanos": "ns", "nsec": "ns",
	"minute": "min", "minutes": "min", "mins": "min",
	"hour": "h", "hours": "h", "hr": "h", "hrs": "h",
	"day": "d", "days": "d",
	"byte": "By", "bytes": "By",
	"kilobyte": "kBy", "kilobytes": "kBy", "megabyte": "MBy", "megabytes": "MBy", "gigabyte": "GBy", "gigabytes": "GBy",
	"kib": "KiBy", "mib": "MiBy", "gib": "GiBy",
	"bits":    "bit",
	"percent": "%", "percentage": "%", "ratio": "1", "fraction": "1", "count": "1",
}

// caseSensitive holds the upper-case spellings of byte units whose lower
// case is ambiguous ("kb" may be kilobits).
var caseSensitive = map[string]string{"B": "By", "KB": "kBy", "MB": "MBy", "GB": "GBy", "TB": "TBy"}

// ucumWords are the lower-case alphabetic UCUM atoms of three letters or
// more that a metric may use; any other lower-case word is not a unit.
var ucumWords = map[string]bool{"min": true, "bit": true, "mol": true, "rad": true, "deg": true, "bar": true, "cal": true, "kbit": true, "mbit": true, "gbit": true}

// unitQuantity returns the quantity of a declared unit: a UCUM code, one
// of the spellings it replaces, "1", "%" or an annotation. It returns
// false for any other unit.
func unitQuantity(u string) (quantity, bool) {
	if q, ok := ucumUnits[u]; ok {
		return q, true
	}
	if code, ok := nonUCUMCode(u); ok {
		if q, ok := ucumUnits[code]; ok {
			return q, true
		}
		return quantity{dim: dimCount}, true
	}
	if u == "1" || u == "%" || isAnnotation(u) {
		return quantity{dim: dimCount}, true
	}
	return quantity{}, false
}

// isAnnotation reports whether u is a UCUM annotation: "{request}".
func isAnnotation(u string) bool {
	return len(u) > 2 && u[0] == '{' && u[len(u)-1] == '}' && !strings.ContainsAny(u[1:len(u)-1], "{}")
}

// nonUCUMCode returns the UCUM code that replaces u, when u is a known
// spelling of a unit that is not a UCUM code ("seconds", "Bytes", "KB").
func nonUCUMCode(u string) (string, bool) {
	if _, ok := ucumUnits[u]; ok {
		return "", false
	}
	if code, ok := caseSensitive[u]; ok {
		return code, true
	}
	code, ok := nonUCUM[strings.ToLower(u)]
	return code, ok
}

// ucumFor returns the UCUM replacement of a unit that is not a UCUM
// code: a known spelling's code, or, for a plain lower-case word of
// things ("requests"), an annotation of its singular ("{request}").
func ucumFor(u string) (string, bool) {
	if code, ok := nonUCUMCode(u); ok {
		return code, true
	}
	if len(u) < 3 || ucumWords[u] {
		return "", false
	}
	for _, r := range u {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	return "{" + singular(u) + "}", true
}

// singular returns the singular of a plural English word, for the
// usual regular plurals; other words are returned as they are.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// declaredUnit returns the quantity of the unit an instrument declares:
// its WithUnit, or for a Prometheus collector the unit suffix of its
// name. It returns false when the unit is not known, or not declared.
func (d *instrument) declaredUnit() (quantity, string, bool) {
	if d.prom {
		u, ok := promNameUnit(d.name)
		if !ok || !d.nameOK {
			return quantity{}, "", false
		}
		q, ok := unitQuantity(u)
		return q, u, ok
	}
	if !d.unitSet || !d.unitOK {
		return quantity{}, "", false
	}
	q, ok := unitQuantity(d.unit)
	return q, d.unit, ok
}

// promNameUnit returns the unit a Prometheus metric name ends with
// (before a _total suffix): "http_request_duration_seconds" -> "s".
func promNameUnit(name string) (string, bool) {
	name = strings.TrimSuffix(name, "_total")
	i := strings.LastIndexByte(name, '_')
	if i < 0 {
		return "", false
	}
	switch w := name[i+1:]; w {
	case "ms":
		return "ms", true
	default:
		if code, ok := nonUCUM[w]; ok && code != "1" && code != "%" {
			return code, true
		}
	}
	return "", false
}

// lastWord returns the last word of an instrument name, lower-cased,
// and where it starts.
func lastWord(name string) (string, int) {
	i := strings.LastIndexAny(name, "._-/")
	return strings.ToLower(name[i+1:]), i + 1
}

// nonUCUMUnit reports a unit the specification spells otherwise:
// metric.WithUnit("seconds") -> "s", "milliseconds" -> "ms", "bytes" ->
// "By", "requests" -> "{request}". The fix rewrites a literal.
func (c *checker) nonUCUMUnit(d *instrument) {
	if d.prom || !d.unitSet || !d.unitOK {
		return
	}
	code, ok := ucumFor(d.unit)
	if !ok {
		return
	}
	diag := analysis.Diagnostic{
		Pos: d.unitExpr.Pos(), End: d.unitExpr.End(), Category: CategoryNonUCUMUnit,
		Message: fmt.Sprintf("unit %q is not a UCUM code: backends and the Prometheus exporter understand %q; write metric.WithUnit(%q)", d.unit, code, code),
	}
	diag.SuggestedFixes = c.replaceLiteral(d.unitExpr, strconv.Quote(code), fmt.Sprintf("Use the UCUM unit %q", code))
	c.report(diag)
}

// unitInName reports an OpenTelemetry instrument name that carries its
// unit or the _total of Prometheus: "http.server.duration_ms",
// "queue.bytes", "jobs_total". It returns whether it reported.
func (c *checker) unitInName(d *instrument) bool {
	if d.prom || !d.nameOK {
		return false
	}
	name := d.name
	var dropped []string
	if d.kind == apis.KindCounter && strings.HasSuffix(name, "_total") {
		name = strings.TrimSuffix(name, "_total")
		dropped = append(dropped, "_total")
	}
	w, at := lastWord(name)
	code, isUnit := unitWordCode(w)
	if isUnit && at > 0 {
		dropped = append([]string{name[at-1:]}, dropped...)
		name = name[:at-1]
	}
	if len(dropped) == 0 {
		return false
	}
	advice := ""
	switch {
	case isUnit && !d.unitSet:
		advice = fmt.Sprintf(" and declare metric.WithUnit(%q)", code)
	case isUnit:
		advice = " and keep the unit in metric.WithUnit"
	}
	c.report(analysis.Diagnostic{
		Pos: d.nameExpr.Pos(), End: d.nameExpr.End(), Category: CategoryUnitInName,
		Message: fmt.Sprintf("instrument name %q carries %q: the unit belongs in metric.WithUnit, and the Prometheus exporter adds unit and _total suffixes itself; name it %q%s",
			d.name, strings.Join(dropped, ""), name, advice),
	})
	return true
}

// pairSuccessors marks the instruments a package keeps in pairs while it
// moves to a unit: an old instrument without a unit (latency) beside its
// successor, the same name with the unit appended and declared
// (latency.seconds, metric.WithUnit("s")). The old one keeps its
// exported name until it is removed, and the successor's name carries the
// unit because the old one holds the plain name: neither is reported for
// its unit.
func pairSuccessors(defs []*instrument) {
	if len(defs) < 2 {
		return
	}
	var withUnit map[string]*instrument // by the name without its unit
	for _, e := range defs {
		if e.prom || !e.nameOK || !e.unitSet || !e.unitOK {
			continue
		}
		w, at := lastWord(e.name)
		if code, ok := unitWordCode(w); ok && at > 0 && code == e.unit {
			if withUnit == nil {
				withUnit = map[string]*instrument{}
			}
			withUnit[e.name[:at-1]] = e
		}
	}
	if withUnit == nil {
		return
	}
	for _, d := range defs {
		if d.prom || !d.nameOK || d.unitSet || !d.optsKnown {
			continue
		}
		if e := withUnit[d.name]; e != nil {
			d.predecessor, e.successor = true, true
		}
	}
}

// unitWordCode returns the UCUM code of a unit written as the last word
// of a name ("seconds", "ms", "bytes"), and whether it is one. Words of
// quantities (duration, size, count) are not units.
func unitWordCode(w string) (string, bool) {
	switch w {
	case "ms", "us", "ns":
		return w, true
	case "count", "ratio", "fraction", "percentage", "day", "days", "hour", "minute", "second", "byte", "kib", "mib", "gib":
		// Quantities, or too ambiguous as a last word ("uptime.day").
		return "", false
	}
	code, ok := nonUCUM[w]
	return code, ok
}

// missingUnit reports an OpenTelemetry histogram, or an instrument whose
// name says it measures time or bytes, created without metric.WithUnit;
// and a Prometheus histogram or summary of durations whose name has no
// unit suffix.
func (c *checker) missingUnit(d *instrument) {
	if !d.optsKnown {
		return // the unit may be among options not seen here
	}
	if !d.nameOK {
		// A name that is not constant: a factory that creates
		// instruments for callers which alone know what they measure.
		return
	}
	w, _ := lastWord(d.name)
	durationWord := w == "duration" || w == "latency" || w == "time" && !counts(d.desc)
	if d.prom {
		if d.kind != apis.KindHistogram && d.kind != apis.KindSummary || !durationWord {
			return
		}
		c.report(analysis.Diagnostic{
			Pos: d.nameExpr.Pos(), End: d.nameExpr.End(), Category: CategoryMissingUnit,
			Message: fmt.Sprintf("Prometheus %s %q measures time but its name has no unit: name it %q and observe seconds", d.kind, d.name, d.name+"_seconds"),
		})
		return
	}
	if d.unitSet && (!d.unitOK || d.unit != "") {
		return
	}
	code := ""
	switch {
	case durationWord:
		code = "s"
	case w == "bytes":
		code = "By"
	case d.kind != apis.KindHistogram:
		return
	}
	what := "histogram"
	if d.kind != apis.KindHistogram {
		what = "instrument"
	}
	what += " " + strconv.Quote(d.name)
	advice := `declare the UCUM unit of what it measures with metric.WithUnit ("s", "By", "{request}")`
	if code != "" {
		advice = fmt.Sprintf("declare it with metric.WithUnit(%q)", code)
	}
	c.report(analysis.Diagnostic{
		Pos: d.call.Pos(), End: d.call.End(), Category: CategoryMissingUnit,
		Message: fmt.Sprintf("%s has no unit: dashboards and exporters cannot tell seconds from milliseconds or bytes from kilobytes; %s", what, advice),
	})
}

// counts reports whether an instrument's description says that it
// counts things ("The total number of connections closed due to
// SetConnMaxIdleTime"): then a name ending in "time" names what
// the things are, not a duration.
func counts(desc string) bool {
	desc = strings.ToLower(desc)
	return strings.Contains(desc, "number of") || strings.Contains(desc, "count of")
}
