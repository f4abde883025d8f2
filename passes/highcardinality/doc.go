// Package highcardinality defines an Analyzer that checks that metric
// attributes and labels have bounded cardinality.
//
// # Analyzer highcardinality
//
// highcardinality: check that metric attributes have bounded cardinality
//
// Every distinct combination of attribute values of a metric is a time
// series of its own. A user id, a request id or a raw URL path as a metric
// attribute turns one counter into millions of series, which the metric
// back end stores, bills and eventually refuses. Such values belong in span
// attributes and log fields; metrics keep bounded dimensions such as the
// route template, the method and the status class.
//
// The pass looks at the attributes that reach a metric: the arguments of
// metric.WithAttributes and of attribute.NewSet given to
// metric.WithAttributeSet (the options of the instruments' Add, Record and
// Observe methods), attribute slices built in variables of the function
// or the package and spread with "attrs...", the attributes returned by
// the module's own helpers (metric.WithAttributes(attrsFor(r)...), where
// attrsFor puts a session id among them; learnt with facts, across the
// packages of the module, and reported at the call), and, for Prometheus
// client_golang, the label names of the New*Vec constructors (prometheus
// and promauto) and the labels of With, GetMetricWith, CurryWith and
// WithLabelValues. Keys are resolved through constants, typed keys
// (attribute.Key("user_id")) and semconv keys (semconv.EnduserID).
//
// Categories:
//
//   - unbounded-key: a key or label name from the deny-list: user, request,
//     session, trace, span, order, transaction, customer, account, device,
//     message, event, job and workflow ids, ids and UUIDs in general, user
//     names, email addresses, phone numbers, IP addresses (client.address),
//     full URLs, raw paths, query text and timestamps. Matching ignores case
//     and separators and looks at the last words of the key: user_id,
//     userId, user.id, UserID, userid and enduser.id are all a user id;
//     user.type and ip_version are not. The id of a member of a deployment's
//     topology (node_id, shard.id, replica_id, worker_id, namespace_id) is
//     as bounded as the deployment and is not reported; neither is the
//     bare path of one of the process's own stores (database.path,
//     volume.path), as few as its configuration names, nor the URL of a
//     type (type_url, the type of a protobuf Any or of an xDS resource),
//     as few as the types.
//   - unbounded-value: another key given an unbounded value: err.Error(),
//     r.URL.Path, r.URL.RawPath, r.URL.RawQuery, r.RequestURI, r.RemoteAddr,
//     r.URL.String(), a *url.URL, uuid.New().String(), uuid.NewString(),
//     time.Now().String(), a time formatted with its date or seconds, and
//     fmt.Sprintf or fmt.Sprint of a non-constant operand other than a
//     number, a boolean, a value of an enumerated type, r.Method or
//     r.Pattern, or one written with %T (the name of a type, such as
//     fmt.Sprintf("%T", err) for error.type, is one of a small closed set);
//     also such a value cut or case-folded by strings.TrimPrefix,
//     TrimSuffix, CutPrefix, CutSuffix, Trim, TrimSpace, ToLower, ToUpper
//     or path.Clean (the path below a mount prefix takes as many values as
//     the path);
//     and r.Host, the Host header of a received request, which the client
//     chooses (the reason server.address is opt-in on HTTP server
//     metrics): directly, through local variables, or as the host that
//     net.SplitHostPort or a function of the package returning a part of
//     its string argument splits from it. A request is taken as received
//     when it is a parameter of a function that neither takes nor returns
//     an *http.Response; a request the function creates, or client code,
//     names the server it chose.
//     An error's message, a request's URL, path, query or address, a UUID
//     and a time are followed further: through the local variables whose
//     assignments reach the value (uri := r.RequestURI, unless every path
//     replaces it, as uri = firstSegment(uri) after it does), through a
//     field of a struct of the module that the module's code gives such a
//     value (s.Message = err.Error(), then WithLabelValues(s.Message); the
//     field is learnt with facts where it is declared), and through the
//     parameters of the module's functions: a function that gives a
//     parameter, unchanged, to a metric label or to an attribute of a
//     bounded key is reported where a call passes it such a value
//     (repo.UpdateRequest(name, r.RequestURI), where UpdateRequest labels
//     the request counter with it), across the packages of the module with
//     facts (a caller's package that uses no metric API is checked when it
//     imports one that does), and through the functions that pass the
//     parameter on. With -highcardinality.label-types (off by default: on
//     the real-code modules it found one real stream id, three debatable
//     labels of an opt-in metric and one false reader index, too few for a
//     default), the module's own label types are followed too: in a
//     package of the module that records metrics and no spans (it imports
//     the metric API and not the trace API), an attribute built from a
//     key that is not a constant, a parameter or a field
//     (attribute.Key(key), attribute.String(t.Key, t.Value),
//     l.key.String(v)), makes that parameter a key parameter of its
//     function and that field a key field, and likewise for the value;
//     the functions that store their parameters in such fields
//     (StringTag(key, value) returning Tag{Key: key, Value: value}) follow.
//     A constant key given to a key parameter or field is checked as any
//     key where it is given (NewLabel("stream_id"), Tag{Key: "run_id"}), and
//     a value given to a value parameter or field as any value
//     (StringTag("error", err.Error())), across packages with facts. A
//     value derived from them (a first path segment, the kind of an error,
//     its type with %T) is not followed. An error's message is bounded,
//     and not reported, when the error can only be one of the package's
//     sentinels: every assignment of the local err takes the error result
//     of a function of the package whose returns give nil, a package
//     variable set once to errors.New of a constant, or the error of
//     another such function (_, err := q.push(job), where push returns
//     errFull or errClosed).
//
// The pass stays silent for bounded keys (route, method, status_class,
// http.route, http.response.status_code, server.address), for keys it cannot
// resolve to a constant, and for attributes given to spans
// (trace.WithAttributes, span.SetAttributes, span events), log fields and
// baggage members, which is where the ids belong. A key on the deny-list is
// reported once, as unbounded-key, whatever its value, except a path or URL
// key given a route: a constant path, r.Pattern, the pattern a handler is
// registered under (a variable given to http.Handle, http.HandleFunc or
// the ServeMux methods, directly or through a helper of the package that
// passes it on), or a parameter of an unexported helper or a function
// literal in a local variable whose every call passes one of these. Such
// a label takes one value per route of the server. The path label of a
// New*Vec is not reported either when its collector is kept where no other
// package can reach it (an unexported variable or field) and every use of
// it in the package's non-test files gives the label a route (With,
// CurryWith, WithLabelValues; prometheus.Labels in a local variable count
// with their later writes), registers it, resets it or deletes children,
// or puts it among values of an interface that cannot label it (a
// []prometheus.Collector to register); a collector handed to any other
// code keeps the finding. A collector copied to an exported variable of
// an internal package (which only the module can import) is followed
// there: the declaration is not reported, and each package of the module
// that gives its path label a value with WithLabelValues is checked where
// it does, the value reported unless it is a route. A labelling call that
// follows a Reset of the same collector, earlier in its block or in a
// block around it with no loop or function literal in between, is not
// reported: the collector holds one series at a time, as an info metric
// does (configHash.Reset(); configHash.WithLabelValues(hex).Set(1)).
// Nor is a label value whose series the package deletes again: a Delete,
// DeleteLabelValues or DeletePartialMatch of the same collector (the same
// variable, or the same field of its struct) given the same variable or
// field, or the field in which the labelling function keeps the local
// variable or parameter it labels with. The series then lives as long as
// the object of the program that the value names (a discovered target
// whose send loop deletes its series when it goes away, a connected peer):
// there are as many as there are live objects, not one per request.
// A value of the configuration given in set-up code (a constructor, an
// init function, a package-level initialiser) is bounded by the
// configuration: a label or attribute, path or URL key included, given a
// value built only of variables, fields and a URL's String, Redacted or
// EscapedPath, none of them a request, a response, a UUID or a time, or
// the Format or String of a time kept in a variable or field (the build
// time of the binary, not time.Now()), in
// such code takes one value per configured component, as a client
// labelled once with its configured endpoint (NewClient(conf) doing
// vec.WithLabelValues(conf.URL.String())) does; a collector whose path
// or URL label only such code and routes fill is not reported where it
// is declared either. Nor is a URL that is a parameter of a method whose
// receiver the package hands to an interface of another module (client
// metrics adapters given to a client library): the other module chooses
// that URL, a template of its requests or an endpoint, and a request it
// passes (ServeHTTP's *http.Request) is still followed. Test files are
// not checked: their metrics never reach a back end.
//
// To silence a finding, write //otellint:ignore highcardinality <reason> on
// the line or the line above, or //nolint:otellint; to accept a key for
// the whole project, list it in -highcardinality.allow-keys.
//
// # Examples
//
// Reported:
//
//	var requests, _ = otel.Meter("shop").Int64Counter("shop.requests")
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		uid := r.Header.Get("X-User-Id")
//		requests.Add(r.Context(), 1, metric.WithAttributes(
//			attribute.String("user_id", uid),      // unbounded-key
//			attribute.String("route", r.URL.Path), // unbounded-value
//		))
//	}
//
// Silent:
//
//	var requests, _ = otel.Meter("shop").Int64Counter("shop.requests")
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		uid := r.Header.Get("X-User-Id")
//		requests.Add(r.Context(), 1, metric.WithAttributes(
//			attribute.String("route", r.Pattern),
//			attribute.String("method", r.Method),
//		))
//		trace.SpanFromContext(r.Context()).SetAttributes(attribute.String("user_id", uid))
//	}
//
// Reported:
//
//	var byUser = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_requests_total"},
//		[]string{"method", "user_id"}) // unbounded-key
//
// Silent:
//
//	var byRoute = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_requests_total"},
//		[]string{"method", "route"})
//
//	var byPath = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_routes_total"},
//		[]string{"path"})
//
//	func handle(mux *http.ServeMux, pattern string, h http.HandlerFunc) {
//		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
//			byPath.WithLabelValues(pattern).Inc()
//			h(w, r)
//		})
//	}
//
// # Configuration
//
// Each option is a flag -highcardinality.<option> of the otellint command (and of go vet
// -vettool) and a key of the highcardinality block of the golangci-lint plugin's settings.
//
//	-highcardinality.checks (default: unbounded-key,unbounded-value)
//	    comma-separated list of the checks to run
//	-highcardinality.extra-keys (default: none)
//	    comma-separated attribute keys or label names with unbounded values, besides the
//	    built-in ones
//	-highcardinality.allow-keys (default: none)
//	    comma-separated attribute keys or label names never to report
//	-highcardinality.label-types (default: false)
//	    also check the keys and values given to the module's own label types (its wrappers of
//	    metric attributes)
package highcardinality
