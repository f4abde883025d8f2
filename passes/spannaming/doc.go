// Package spannaming defines an Analyzer that checks that span names are
// readable business names of low cardinality.
//
// # Analyzer spannaming
//
// spannaming: check that span names are readable and low-cardinality
//
// A span name should say what the system did ("OrderService.PlaceOrder"),
// not which function ran ("ProcessRequest"), and it must come from a small
// set: tracing back ends group, sample and compute latencies by span name,
// so a name that embeds an order id or a request path makes every span a
// group of its own. The variable part belongs in span attributes.
//
// The pass looks at the span-name argument of Tracer.Start and Span.SetName
// and at the name argument of span helpers. A function that passes one of
// its string parameters on as the span name (func start(ctx
// context.Context, name string) { tracer.Start(ctx, name) }) is learned as
// a helper, in its own package and in the packages that import it, and
// its call sites are checked instead of its body. A function that returns
// a trace.Span or runs a callback is also a helper when it builds the name
// from constants and its parameters ("Database." + op). Names are resolved
// through constants, constant concatenation, fmt.Sprintf with a constant
// format, and local variables.
//
// By default the pass reports what the OpenTelemetry specification calls
// wrong in a span name, whatever the team's style: a name of high
// cardinality, an empty name, a name that says nothing of the operation.
// A naming convention is a team's choice: the pass checks one only when
// the team sets it (pattern, or the preset service-action).
//
// Categories:
//
//   - bad-name: an empty span name, unless SetName names the span on
//     every path before it ends (the operation is known only once the
//     request is decoded: SetName on each branch, or a closure deferred
//     before the Start that calls SetName on the span variable and then
//     End, which renames whatever span the variable holds at the return);
//     and, when a convention is
//     configured, a constant span name that does not follow it. The
//     preset service-action is the convention Service.Action or
//     Domain.Service.Action, each segment PascalCase
//     ("OrderService.PlaceOrder", "Payment.OrderService.CreateOrder"); it
//     also accepts the span names of the OpenTelemetry semantic
//     conventions, which instrumentation libraries and HTTP, RPC, database
//     and messaging clients use: "GET", "GET /orders/{id}", the legacy
//     "HTTP GET", a route template as routers name server spans
//     ("/orders/{id}"), "grpc.health.v1.Health/Check", "SELECT orders",
//     "publish orders". Under it, lower-case dotted names such as
//     "kafka.publish" are reported.
//   - generic-name: a span name made only of words that say which function
//     ran: "ProcessRequest", "handle_request", "doWork", "run", "execute",
//     "process", "handler", "span", "main", "parent", "child1". A dotted
//     name qualified by a noun of the program is not generic: in
//     "process.Start", written in a method of a type process or in a
//     package that declares one, "process" says what started.
//   - dynamic-name: a span name built at run time from a non-constant
//     value: fmt.Sprintf("GET /orders/%s", id), "Order." + id, a variable
//     holding r.URL.Path, a UUID or a time. The message names the part
//     most likely to change with each call: an ID, a path or a time before
//     another value, a local value before a struct field such as a
//     configured base URL. When the span already records that value as an
//     attribute (trace.WithAttributes among the options of the Start
//     call), the message says so: the name only repeats it. A name that is only a field is reported when
//     the field is request data: a field of a parameter of a handler (an
//     HTTP handler, an RPC method, a message handler such as Consume(m
//     Message)), of a parameter that is an RPC's request message
//     (req.Relation, where the function serves the request or the
//     message's package declares a service method taking it, as generated
//     gRPC code does; also through a struct embedding the message), or of
//     a variable a body was decoded into (json.NewDecoder(r.Body).Decode(&in);
//     in.Operation).
//   - empty-tracer-name: otel.Tracer("") or provider.Tracer(""), whose spans
//     carry no instrumentation scope of their own: the SDK files them under
//     its placeholder scope go.opentelemetry.io/otel/sdk/tracer (the
//     specification calls an empty name invalid).
//
// The pass stays silent for names it cannot resolve (another field, the result of
// a function such as otelhttp's span name formatter), and for names chosen
// from a closed set: a variable assigned only constants (a switch over
// constants), an index into a map or slice literal of constants, a value
// of an enumerated type (a named type with declared constants) or the
// result of one of its methods without arguments (phase.String(),
// phase.SpanOperation()), the name of a Go type (reflect.TypeOf(node).String():
// one of the program's types), r.Method
// and r.Pattern of an *http.Request, the integer counter of a loop (for i
// := 0; i < n; i++, for i := range n: as many names as iterations, such
// as the child spans of a load generator). It stays silent, too, for the
// parts of a name read from the program's own state: a value of the
// receiver (its field, or a method of it or of its field: "load " +
// s.vtx.Name(), a pipeline step naming its span after itself), and a field
// or getter (GetX) of a parameter that is not request data, such as a
// schema definition passed down (def.GetTupleset().GetRelation() + "->"
// + def.Target). Such names come from a set the program chose, bounded by
// its configuration or schema; the option state-names reports them too.
// A value computed from a parameter by another method (ref.String()) is
// not a field and stays reported, and so does a field or getter whose
// name says it identifies one instance ("ship " + o.ID, "run " + j.jobID). A no-op tracer provider's
// Tracer("") is not reported. Test files and test support are not
// checked (a helper that takes the test, such as a function taking a
// testing.TB that opens a span per test, and a package that exists for
// tests): test spans are fixtures named for the test (helpers in them are
// still learned).
//
// To silence a finding, write //otellint:ignore spannaming <reason> on the
// line or the line above, or //nolint:otellint.
//
// # Examples
//
// Reported:
//
//	var tracer = otel.Tracer("") // empty-tracer-name
//
//	func place(ctx context.Context, id string) {
//		ctx, span := tracer.Start(ctx, "ProcessRequest") // generic-name
//		defer span.End()
//		_, pub := tracer.Start(ctx, "") // bad-name
//		defer pub.End()
//		_, get := tracer.Start(ctx, fmt.Sprintf("Order.%s", id)) // dynamic-name
//		defer get.End()
//	}
//
// Reported only under the preset service-action (bad-name):
//
//	_, pub := tracer.Start(ctx, "kafka.publish")
//
// Silent:
//
//	var tracer = otel.Tracer("github.com/acme/shop/orders")
//
//	func place(ctx context.Context, id string) {
//		ctx, span := tracer.Start(ctx, "OrderService.PlaceOrder")
//		defer span.End()
//		_, pub := tracer.Start(ctx, "publish orders")
//		defer pub.End()
//		_, get := tracer.Start(ctx, "OrderService.GetOrder", trace.WithAttributes(attribute.String("order.id", id)))
//		defer get.End()
//	}
//
// Names chosen from a closed set are silent too:
//
//	var opNames = map[Op]string{OpGet: "Store.Get", OpPut: "Store.Put"}
//
//	func serve(w http.ResponseWriter, r *http.Request, op Op) {
//		ctx, span := tracer.Start(r.Context(), "HTTP "+r.Method)
//		defer span.End()
//		_, st := tracer.Start(ctx, opNames[op])
//		defer st.End()
//	}
//
// # Configuration
//
// Each option is a flag -spannaming.<option> of the otellint command (and of go vet
// -vettool) and a key of the spannaming block of the golangci-lint plugin's settings.
//
//	-spannaming.checks (default: bad-name,generic-name,dynamic-name,empty-tracer-name)
//	    comma-separated list of the checks to run
//	-spannaming.pattern (default: "")
//	    regular expression every constant span name must match: the team's naming convention
//	-spannaming.preset (default: "")
//	    a ready-made naming convention to check when pattern is empty: service-action
//	    (Service.Action or Domain.Service.Action in PascalCase, or a semantic-convention name)
//	-spannaming.generic-names (default: none)
//	    comma-separated names to report as generic, besides the built-in ones
//	-spannaming.state-names (default: false)
//	    also report span names built from the receiver's state or from fields of a parameter
//	    that is not request data (a schema definition, a configuration)
package spannaming
