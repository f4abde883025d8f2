// Package semconv holds the facts of the OpenTelemetry semantic conventions
// that otellint checks code against, as a table compiled into the program:
// the linter never reads the conventions' YAML.
//
// The table (table_gen.go) is generated from the YAML registry of
// open-telemetry/semantic-conventions (Apache-2.0) at the release named by
// [Version]. It lists every attribute the registry defines, deprecated ones
// included, with its value type (enums with their member values, template
// attributes whose key is a prefix), its stability and its deprecation
// (renamed, with the new key; obsoleted; uncategorized, with a short note),
// and every metric with its instrument, unit, stability and deprecation.
//
// httpmigration.go adds, by hand and with citations, the pre-stable HTTP
// names that the registry dropped without a deprecation entry
// (http.server.duration became http.server.request.duration, in seconds
// instead of milliseconds). [Attribute] and [Metric] answer for both.
//
// To regenerate the table after updating the registry, run
//
//	go generate ./internal/semconv
//
// The generator is a nested module (internal/semconv/gen), so its YAML
// dependency never reaches otellint's users. It reads the registry from
// ../shared/semconv beside the repository root, or from the folder named by
// OTELLINT_SEMCONV_DIR; the folder holds the registry's model/ directory.
// The package's tests fail when the committed table differs from what the
// generator makes of that registry.
package semconv

import (
	"iter"
	"slices"
	"strings"
	"sync"
)

//go:generate go -C gen run . -out ../table_gen.go

// Type is the value type of an attribute, spelled as in the registry by
// its String method.
type Type uint8

// The attribute value types. TypeAny ("any") accepts every value.
const (
	TypeAny Type = iota
	TypeString
	TypeInt
	TypeDouble
	TypeBool
	TypeStringSlice
	TypeIntSlice
	TypeDoubleSlice
	TypeBoolSlice
)

var typeNames = [...]string{"any", "string", "int", "double", "boolean", "string[]", "int[]", "double[]", "boolean[]"}

// String returns the registry's name of t: "string", "int", "string[]"...
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "invalid"
}

// Stability is the maturity level of an attribute or metric.
type Stability uint8

// The stability levels. The registry's legacy "experimental" is
// Development.
const (
	Development Stability = iota
	Alpha
	Beta
	ReleaseCandidate
	Stable
)

var stabilityNames = [...]string{"development", "alpha", "beta", "release_candidate", "stable"}

// String returns the registry's name of s.
func (s Stability) String() string {
	if int(s) < len(stabilityNames) {
		return stabilityNames[s]
	}
	return "invalid"
}

// Reason says why an attribute, enum member or metric is deprecated.
type Reason uint8

// The deprecation reasons of the registry; NotDeprecated is the zero value.
const (
	NotDeprecated Reason = iota
	Renamed              // replaced by RenamedTo, with the same meaning
	Obsoleted            // removed, with no replacement or a split one (see Note)
	Uncategorized        // any other change (see Note)
)

var reasonNames = [...]string{"", "renamed", "obsoleted", "uncategorized"}

// String returns the registry's name of r, or "" for NotDeprecated.
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return "invalid"
}

// Deprecation describes the deprecation of an attribute, enum member or
// metric. The zero value means not deprecated.
type Deprecation struct {
	Reason    Reason
	RenamedTo string // the new key, member value or metric name, for Renamed
	Note      string // a one-line explanation, or "" when the registry's is long
}

// Instrument is the kind of instrument a metric is recorded with.
type Instrument uint8

// The instruments of the registry.
const (
	Counter Instrument = iota + 1
	UpDownCounter
	Histogram
	Gauge
)

var instrumentNames = [...]string{"", "counter", "updowncounter", "histogram", "gauge"}

// String returns the registry's name of i.
func (i Instrument) String() string {
	if int(i) < len(instrumentNames) {
		return instrumentNames[i]
	}
	return "invalid"
}

// Attr is an attribute of the registry.
type Attr struct {
	Key string
	// Type is the value type; for an enum, the type of its members
	// (TypeString or TypeInt).
	Type Type
	// Template reports that Key is a prefix: the attribute is set as
	// Key + "." + a suffix the user chooses (http.request.header.<name>).
	Template bool
	// Enum lists the member values of an enum attribute, or is nil.
	// Registry enums are open: other values are allowed.
	Enum       []EnumMember
	Stability  Stability
	Deprecated Deprecation
}

// EnumMember is a value of an enum attribute; an int member's Value is in
// decimal.
type EnumMember struct {
	Value      string
	Deprecated Deprecation
}

// Member returns the member of a's enum whose value is v.
func (a Attr) Member(v string) (EnumMember, bool) {
	for _, m := range a.Enum {
		if m.Value == v {
			return m, true
		}
	}
	return EnumMember{}, false
}

// MetricDef is a metric of the registry.
type MetricDef struct {
	Name       string
	Instrument Instrument
	Unit       string
	Stability  Stability
	Deprecated Deprecation
}

// Replacement returns the metric that a renamed metric was renamed to,
// when the table knows it.
func (m MetricDef) Replacement() (MetricDef, bool) {
	if m.Deprecated.Reason != Renamed {
		return MetricDef{}, false
	}
	return Metric(m.Deprecated.RenamedTo)
}

// UnitChanged reports whether m was renamed to a metric measured in
// another unit, so that code moving to the new name must also convert its
// values (http.server.duration in ms became http.server.request.duration
// in s).
func (m MetricDef) UnitChanged() bool {
	r, ok := m.Replacement()
	return ok && r.Unit != m.Unit
}

// Attribute returns the registry attribute of key. A key that the
// registry does not define but that extends a template attribute
// (http.request.header.content-type) returns that template attribute,
// whose Key is then a prefix of key.
func Attribute(key string) (Attr, bool) {
	if a, ok := findAttr(key); ok {
		return a, true
	}
	// The longest template prefix: try each dot from the right.
	for i := strings.LastIndexByte(key, '.'); i > 0; i = strings.LastIndexByte(key[:i], '.') {
		if i == len(key)-1 {
			continue // a trailing dot leaves no suffix
		}
		if a, ok := findAttr(key[:i]); ok && a.Template {
			return a, true
		}
	}
	return Attr{}, false
}

// findAttr returns the attribute whose key is exactly key, from the
// generated table or the HTTP migration table.
func findAttr(key string) (Attr, bool) {
	if i, ok := slices.BinarySearchFunc(attrs[:], key, func(a Attr, k string) int { return strings.Compare(a.Key, k) }); ok {
		return attrs[i], true
	}
	for _, a := range httpAttrs {
		if a.Key == key {
			return a, true
		}
	}
	return Attr{}, false
}

// Metric returns the metric of the registry named name, or, for a
// pre-stable HTTP metric name that the registry dropped, a deprecated
// metric renamed to its stable successor.
func Metric(name string) (MetricDef, bool) {
	if i, ok := slices.BinarySearchFunc(metrics[:], name, func(m MetricDef, n string) int { return strings.Compare(m.Name, n) }); ok {
		return metrics[i], true
	}
	for _, m := range httpMetrics {
		if m.Name == name {
			return m, true
		}
	}
	return MetricDef{}, false
}

// Attributes iterates over every attribute: the registry's in key order,
// then the pre-stable HTTP ones.
func Attributes() iter.Seq[Attr] {
	return func(yield func(Attr) bool) {
		for _, a := range attrs {
			if !yield(a) {
				return
			}
		}
		for _, a := range httpAttrs {
			if !yield(a) {
				return
			}
		}
	}
}

// Metrics iterates over every metric: the registry's in name order, then
// the pre-stable HTTP ones.
func Metrics() iter.Seq[MetricDef] {
	return func(yield func(MetricDef) bool) {
		for _, m := range metrics {
			if !yield(m) {
				return
			}
		}
		for _, m := range httpMetrics {
			if !yield(m) {
				return
			}
		}
	}
}

// namespaces is the set of attribute namespaces: every proper dot-prefix
// of a registry key ("http", "http.request"), and every template key.
var namespaces = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool)
	for a := range Attributes() {
		for i := range len(a.Key) {
			if a.Key[i] == '.' {
				set[a.Key[:i]] = true
			}
		}
		if a.Template {
			set[a.Key] = true
		}
	}
	return set
})

// Namespace returns the longest attribute namespace of the registry that
// key lies under: "http.request" for "http.request.foo", "otel" for
// "otel.custom". Namespaces of deprecated attributes count ("net" for
// "net.foo"). It returns false for a key outside every namespace.
func Namespace(key string) (string, bool) {
	set := namespaces()
	for i := strings.LastIndexByte(key, '.'); i > 0; i = strings.LastIndexByte(key[:i], '.') {
		if set[key[:i]] {
			return key[:i], true
		}
	}
	return "", false
}
