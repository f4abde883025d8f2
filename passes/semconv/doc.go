// Package semconv defines an Analyzer that checks attribute keys, metric
// names and resource schema URLs against the OpenTelemetry semantic
// conventions.
//
// # Analyzer semconv
//
// semconv: check keys and metrics against the semantic conventions
//
// The semantic conventions name the attributes and metrics that back ends,
// dashboards and alerts understand: http.request.method, url.full,
// http.server.request.duration in seconds. Names change between versions
// (http.method became http.request.method when HTTP became stable), and the
// go.opentelemetry.io/otel/semconv/vX packages drop a deprecated attribute
// instead of marking it, so nothing tells a Go team that its code still
// emits the old name: its dashboards split in two as services move one by
// one. The pass checks the code against the registry of the conventions,
// v1.44.0, compiled into the program (otellint never reads the registry's
// YAML), plus the pre-stable HTTP metric names that the registry dropped
// (http.server.duration, in ms, became http.server.request.duration, in s).
//
// Keys are checked wherever an attribute is built: attribute.String("k", v)
// and the other constructors, attribute.Key("k").String(v),
// attribute.KeyValue{Key: "k"}, the key constants of any semconv package
// (semconv.HTTPMethodKey.String(v)), its helpers (semconv.HTTPMethod(v) has
// the key of HTTPMethodKey) and its enum members (semconv.NetTransportTCP),
// since an attribute only exists to reach a span, an event, a metric, a
// resource or a log record. Keys are resolved through constants and
// constant concatenation; a key built at run time is unknown and not
// checked. Metric names are checked where an instrument is created
// (meter.Float64Histogram("name", metric.WithUnit("s"))).
//
// Categories:
//
//   - deprecated-attribute: a key the registry deprecates. The message names
//     the replacement (or says there is none) and the registry version. When
//     the key was renamed to one of the same type, a fix rewrites it in the
//     form it is written: a literal becomes the new literal; a semconv
//     constant or helper becomes the constant or helper of the newest
//     semconv package the file imports that declares the new key, or the
//     literal with the attribute package when none does. No fix adds an
//     import, and a fix never leaves an import unused: when every use of a
//     semconv import is a deprecated key, the last one keeps it and gets no
//     fix. Attributes that moved to another set of conventions under the
//     same key (the GenAI attributes) are not deprecated. An old key set
//     beside its replacement, in the same attribute list or the same call
//     ([]attribute.KeyValue{attribute.Int("http.response.status_code", c),
//     attribute.Int("http.status_code", c)}), is deliberate dual emission
//     for back ends that still read it, and is not reported. A key without
//     a namespace that the team writes itself (attribute.Key("state") on
//     its own events) is its own word, not the registry's deprecated
//     attribute of the same name; the registry's constant for it is.
//   - deprecated-metric: an instrument named by a deprecated metric
//     (db.client.connections.usage) or by a pre-stable HTTP metric, with its
//     replacement; the message says when the unit changed, so that the
//     values must be converted. A renamed metric of the same unit and
//     instrument written as a literal gets a fix.
//   - attribute-type: a registry attribute set with another type than the
//     registry's: attribute.String("http.response.status_code", ...),
//     attribute.Int("url.full", ...), a header attribute
//     (http.request.header.<name>, a string[]) set as a string.
//   - metric-shape: an instrument named by a registry metric but created as
//     another kind of instrument (a counter for an updowncounter), with
//     another unit than the registry's ("ms" for "s"; annotations such as
//     {request} are all counts), or with integer values for a metric in
//     seconds.
//   - reserved-namespace: a key of the team's under otel., a namespace the
//     conventions reserve for OpenTelemetry's own attributes, that the
//     registry does not define.
//   - key-syntax: a key written by the team that breaks the attribute
//     naming rules: upper-case letters, white space, an empty segment, a
//     leading or trailing dot, an empty key. The case is checked where a
//     key is written in place (attribute.String("storeID", id)); a key given
//     a name of its own, a declared constant, is a published name that
//     other code, other services or event consumers match, and its case is
//     the team's convention. So is a key written in place in the case
//     style of every key the package sets through declared constants
//     (at least two): an inline "Error" beside an event schema of
//     PascalCase key constants ("SessionID", "WebhookURL") follows the
//     schema; "storeID" beside "store_id" does not. A key that is also the
//     name of a label of the package's Prometheus metrics ("scaledObject"
//     given to prometheus.NewGaugeVec) is the same published name under
//     both exporters, matched by the users' dashboards, and is not
//     reported for its case. The suffix of a template attribute
//     (http.request.header.X-Id) is the team's data and not checked.
//   - schema-conflict: a resource whose construction fails at run time with
//     "conflicting Schema URL": resource.Merge of two resources with
//     different, non-empty schema URLs, and resource.New with a
//     resource.WithSchemaURL that differs from the URL of a detector it runs.
//     resource.Default() and the SDK's detectors (WithTelemetrySDK,
//     WithHost, WithOS, WithProcess and the others that cannot fail) carry
//     the schema URL of the semconv version the linked SDK's resource
//     package imports. It is reported at the schema URL expression, with
//     both versions.
//   - mixed-versions: a semconv version older than another that the package
//     imports, or than the one a package of the same module that it imports
//     uses, when the mix changes what is emitted: the file uses from the older
//     version a key (a key constant, a helper or an enum member) that the
//     newest conventions deprecate or no longer define, so that one module
//     emits one concept under two names (http.method here, http.request.method
//     there), which dashboards and queries see as different attributes. When
//     the package imports the newer version itself, a key is reported only if
//     the newer version no longer declares it (http.method is still in
//     v1.20.0), and an enum member the newer version lacks is reported too (its
//     value changed); of a package it imports only the version number is known,
//     and a key deprecated after that version is reported as well. An old key
//     set beside its replacement is deliberate dual emission, not a mix (see
//     deprecated-attribute), and a key that deprecated-attribute reports where
//     it is set is not reported again at the import: one finding, with the fix
//     that moves the key to the newer version; the import is reported for the
//     uses that check does not see (an enum member whose value changed, a key
//     dropped from the conventions, a key kept in a variable). The message names the key and its new name; the
//     first use of it is in the related information. Keys current in the newest
//     conventions have not been renamed since, and are the same in every
//     version: an older import used only for them, or for its SchemaURL (whose
//     resources schema-conflict checks where a mismatch fails), is not
//     reported. Helpers that build several attributes (subpackages such as
//     semconv/v1.17.0/httpconv) are not looked into. With min-version, an
//     import of a version older than the minimum is reported whatever it is
//     used for, a team's policy. Versions brought by libraries of other modules
//     are no concern of the module.
//
// The pass stays silent for keys and metric names the registry does not
// define (the team's own namespace, names that merely resemble registry
// names), for registry attributes set with the right type, for keys built
// at run time, for keys read rather than built (set.Value(key)), and for
// resources it cannot prove to conflict: a schemaless resource
// (NewSchemaless, Empty, Environment, the attributes of WithAttributes and
// WithFromEnv), the same version on both sides, a schema URL that is not a
// constant, detectors that may find nothing where the program runs
// (WithContainer, WithHostID, WithProcessOwner...), the tracer, meter and
// logger providers' WithResource (which merges with the schemaless
// environment resource), and for an older semconv version whose keys the
// code uses are the same in the newer one. Packages of a module see the versions of the
// packages they import, not of their importers or siblings. Test files are
// not checked unless include-tests is set: tests assert old keys on
// purpose.
//
// A migration shim that emits an old key on purpose, apart from the new
// one, says so on the line: //otellint:ignore semconv <reason>, or
// //nolint:otellint.
//
// # Examples
//
// Reported:
//
//	func handle(ctx context.Context, r *http.Request, status int) {
//		trace.SpanFromContext(ctx).SetAttributes(
//			attribute.String("http.method", r.Method),                          // deprecated-attribute
//			attribute.String("http.response.status_code", strconv.Itoa(status)), // attribute-type
//			attribute.String("otel.shop.id", "1"),                              // reserved-namespace
//			attribute.String("userId", r.FormValue("user")),                    // key-syntax
//		)
//	}
//
// Silent:
//
//	func handle(ctx context.Context, r *http.Request, status int) {
//		trace.SpanFromContext(ctx).SetAttributes(
//			attribute.String("http.request.method", r.Method),
//			attribute.Int("http.response.status_code", status),
//			attribute.String("shop.id", "1"),
//			attribute.String("user.id", r.FormValue("user")),
//		)
//	}
//
// Reported:
//
//	func instruments(m metric.Meter) {
//		m.Float64Histogram("http.server.duration", metric.WithUnit("ms"))         // deprecated-metric
//		m.Float64Histogram("http.server.request.duration", metric.WithUnit("ms")) // metric-shape
//	}
//
// Silent:
//
//	func instruments(m metric.Meter) {
//		m.Float64Histogram("http.server.request.duration", metric.WithUnit("s"))
//		m.Int64Counter("shop.orders", metric.WithUnit("{order}"))
//	}
//
// Reported, with the SDK importing semconv/v1.43.0:
//
//	import semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
//
//	func newResource() (*resource.Resource, error) {
//		return resource.Merge(resource.Default(),
//			resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceName("shop"))) // schema-conflict
//	}
//
// Silent:
//
//	import semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
//
//	func newResource() (*resource.Resource, error) {
//		return resource.Merge(resource.Default(),
//			resource.NewSchemaless(semconv.ServiceName("shop")))
//	}
//
// Reported:
//
//	import (
//		semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0" // mixed-versions
//		semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
//	)
//
//	func request(r *http.Request) []attribute.KeyValue {
//		return []attribute.KeyValue{semconv17.HTTPMethod(r.Method), semconv.HTTPRoute(r.Pattern)}
//	}
//
// Silent:
//
//	import (
//		semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
//		semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
//	)
//
//	func request(r *http.Request) []attribute.KeyValue {
//		return []attribute.KeyValue{semconv17.WebEngineName("shop"), semconv.HTTPRoute(r.Pattern)}
//	}
//
// # Configuration
//
// Each option is a flag -semconv.<option> of the otellint command (and of go vet
// -vettool) and a key of the semconv block of the golangci-lint plugin's settings.
//
//	-semconv.checks (default: deprecated-attribute,deprecated-metric,attribute-type,metric-shape,reserved-namespace,key-syntax,schema-conflict,mixed-versions)
//	    comma-separated list of the checks to run
//	-semconv.min-version (default: "")
//	    oldest semconv package version the project accepts (such as v1.26.0); an import of an
//	    older one is reported as mixed-versions
//	-semconv.extra-deprecated (default: none)
//	    comma-separated in-house attribute renames old=new, reported as deprecated-attribute
//	    with a fix
//	-semconv.include-tests (default: false)
//	    also check _test.go files
package semconv
