package semconv

// The names that HTTP instrumentation used before the HTTP conventions
// became stable (v1.23.0) and that the registry dropped without a
// deprecation entry. Every other pre-stable HTTP name (http.method,
// http.status_code, http.url, net.peer.name...) is still in the registry's
// deprecated section and comes from the generated table.
//
// Sources, in open-telemetry/semantic-conventions:
//
//   - [migration]: docs/non-normative/http-migration.md, the HTTP
//     stability migration guide. Its "HTTP client duration metric" and
//     "HTTP server duration metric" sections give the duration renames
//     with the unit change from ms to s; its "HTTP client span
//     attributes" table gives http.resend_count.
//   - [schema]: schemas/1.44.0, the release's schema file, whose 1.22.0
//     section records the same renames (pull requests #224 and #247) and
//     the server body-size renames, which the guide does not list.
//   - [issue121]: issue #121 asked to rename the four
//     http.(client|server).(request|response).size metrics to .body.size;
//     pull request #247 closed it. The schema file records only the
//     server pair, so the client pair rests on the issue and on the
//     registry defining only the .body.size names.
//
// The old units are those of the v1.20.0 HTTP metrics of the
// specification (the version the guide migrates from): ms for durations,
// By for sizes.
//
// [migration]: https://github.com/open-telemetry/semantic-conventions/blob/main/docs/non-normative/http-migration.md
// [schema]: https://github.com/open-telemetry/semantic-conventions/blob/v1.44.0/schemas/1.44.0
// [issue121]: https://github.com/open-telemetry/semantic-conventions/issues/121

// httpMetricRenames lists the pre-stable HTTP metrics, all histograms.
var httpMetricRenames = [...]struct {
	old, new         string
	oldUnit, newUnit string
}{
	{"http.client.duration", "http.client.request.duration", "ms", "s"},         // [migration], [schema] (#224)
	{"http.server.duration", "http.server.request.duration", "ms", "s"},         // [migration], [schema] (#224)
	{"http.server.request.size", "http.server.request.body.size", "By", "By"},   // [schema] (#247)
	{"http.server.response.size", "http.server.response.body.size", "By", "By"}, // [schema] (#247)
	{"http.client.request.size", "http.client.request.body.size", "By", "By"},   // [issue121]
	{"http.client.response.size", "http.client.response.body.size", "By", "By"}, // [issue121]
}

// httpAttrRenames lists the pre-stable HTTP attributes.
var httpAttrRenames = [...]struct {
	old, new string
	typ      Type
}{
	{"http.resend_count", "http.request.resend_count", TypeInt}, // [migration] client span attributes, [schema] 1.22.0
}

// httpNote is the note of every deprecation of this file.
const httpNote = "Renamed when the HTTP conventions became stable (v1.23.0)."

// httpMetrics and httpAttrs are the renames as table entries.
var (
	httpMetrics = func() []MetricDef {
		var out []MetricDef
		for _, r := range httpMetricRenames {
			out = append(out, MetricDef{
				Name:       r.old,
				Instrument: Histogram,
				Unit:       r.oldUnit,
				Stability:  Development,
				Deprecated: Deprecation{Reason: Renamed, RenamedTo: r.new, Note: httpNote},
			})
		}
		return out
	}()
	httpAttrs = func() []Attr {
		var out []Attr
		for _, r := range httpAttrRenames {
			out = append(out, Attr{
				Key:        r.old,
				Type:       r.typ,
				Stability:  Development,
				Deprecated: Deprecation{Reason: Renamed, RenamedTo: r.new, Note: httpNote},
			})
		}
		return out
	}()
)
