// Package ctxpropagation defines an Analyzer that checks that the caller's
// context, and with it the trace, reaches every goroutine, outgoing HTTP
// request and database query.
//
// # Analyzer ctxpropagation
//
// ctxpropagation: check that the trace context reaches calls and goroutines
//
// A trace breaks silently wherever code starts from context.Background()
// instead of the context it was given: the span started there becomes the
// root of a new trace, an outgoing request carries no traceparent header,
// a query is not recorded under the request's span. The rule is one: where
// a caller's context is available, use it.
//
// A caller's context is a context.Context parameter (of the function or of
// an enclosing function whose closure captures it), a local context derived
// from one (or from a helper given the request parameter), or r.Context()
// of an *http.Request parameter (not of a request the code builds). A handler
// closure's request wins over a context captured from the function that
// registers it. A local that holds only context.Background() or TODO(), or
// something derived from them, is not a caller's context.
//
// Categories:
//
//   - background-with-ctx: context.Background() or context.TODO() where a
//     caller's context is available, including inside goroutines and
//     closures, as the parent of tracer.Start, and in a ticker loop that
//     makes a new root each tick. The message names the available context.
//   - request-without-ctx: http.NewRequest (unless the request is given a
//     context with req.WithContext or req.Clone before it is used; filling
//     it in through its fields and its setters SetBasicAuth, AddCookie and
//     SetPathValue is not a use, nor is storing it in a composite literal
//     (&info{req: req}) for others to read; Write is),
//     http.Get, Head, Post, PostForm and the same *http.Client methods,
//     also used as function or method values (newRequest := http.NewRequest
//     too).
//   - query-without-ctx: the database/sql methods of *DB, *Tx and *Stmt
//     that have a ...Context twin (Query, QueryRow, Exec, Prepare, Begin,
//     Ping, Tx.Stmt), also used as method values.
//   - useless-ctx-lookup: trace.SpanFromContext, trace.SpanContextFromContext
//     or baggage.FromContext given context.Background() or TODO(): the
//     lookup can only return an empty value.
//   - broken-chain: a call, with a caller's context available, of a
//     function of the package that takes no context and starts from a
//     fresh root itself or through the functions it calls: the trace stops
//     at the call (give the function a context parameter). Off by default;
//     turn it on with -ctxpropagation.checks. On real code many such
//     functions use the fresh root only for a log lookup, a channel drain
//     or an exported API kept for compatibility, so the check is asked
//     for, not default.
//
// # False positives
//
// The pass stays silent in func main and func init, in _test.go files, in a
// program (package main) that links no OpenTelemetry trace API, directly or
// through any package it imports (no context in it carries a span: a test's
// mock server, an example program), and wherever no caller's context is in
// scope (for requests and queries too, unless -ctxpropagation.strict is set).
// It does not report:
//
//   - propagator.Extract(context.Background(), carrier), which is how a
//     message consumer continues the producer's trace, also when the
//     fresh root is first kept in a local that the function hands to
//     Extract (msgCtx := context.Background(); if m.Header != nil {
//     msgCtx = propagator.Extract(msgCtx, carrier) });
//   - trace.ContextWithSpan(context.Background(), span) and the other
//     functions that carry a span onto a detached root on purpose
//     (OpenTracing's ContextWithSpan too, which a service calls through
//     the OpenTelemetry bridge);
//   - context.WithoutCancel(ctx) and anything derived from the context in
//     scope;
//   - context.Background() in the body of "if ctx == nil", and after the
//     function waits for <-ctx.Done() (a shutdown needs a fresh context);
//   - a goroutine started by a set-up or start function (New*, Init*,
//     Start*, Run, Serve...) from context.Background(): a component's
//     background work starts traces of its own;
//   - a local context that holds only context.Background() or TODO(), or
//     one taken from a struct field or an option;
//   - http.NewRequest whose request is first handed to a call together
//     with a context (api.Do(ctx, req)): the callee attaches it, unless its
//     body in the package shows that it never gives the request a context
//     (with WithContext or Clone, or by handing it on to a call that may);
//     also one handed to a function of the package, with or without a
//     context, whose body gives it a context (send(req) doing
//     req.WithContext(ctx)), and one returned by an unexported function
//     of the package whose every caller gives it a context that way
//     before any other use; and one stored in an unexported field of a
//     type of the package (s.req = req, built once and cached) when every
//     read of that field in the package gives it a context with
//     WithContext or Clone (at least one does) or only compares it with
//     nil, reads its fields or fills it in;
//   - a fresh context given to a call whose other arguments carry both
//     the trace ID and the span ID of the span context of the context in
//     scope (trace.SpanContextFromContext(ctx), or the span's
//     SpanContext()), directly or through local variables filled in the
//     function: a query log that records the IDs as attributes keeps the
//     trace another way; so does a call given that whole span context
//     (inject(context.Background(), span.SpanContext()), writing it into
//     outgoing metadata), also of a span from a function given nothing
//     but the context (a project's own SpanFromContext);
//   - (broken-chain) a call of a function that starts from a fresh root
//     where that root would not be reported with a context in scope (it
//     only waits, is kept in a field, starts a goroutine or a deferred
//     call, or lies in set-up code), a call in a go or defer statement,
//     and functions with a context of their own (a context parameter, an
//     *http.Request, or a parameter whose type is a context.Context);
//   - httptest.NewRequest;
//   - a goroutine that uses its own context parameter;
//   - code only tests run (fresh contexts, requests and queries alike):
//     a function that takes or returns the test
//     (*testing.T, testing.TB, testify's TestingT, a gomock controller,
//     an httptest server), a method of a type that holds one (a suite, a
//     mock) or of a fixture (a type declared in a file of test helpers
//     that one of them hands to the test, with the test, through a
//     callback: a server process started for each test, whose readiness
//     poll sends requests), a helper called only from such code, for
//     fresh contexts, requests and queries alike, and packages that exist
//     for tests (at least half of their files other than _test.go and the
//     generated mocks of their own interfaces import a testing package,
//     and they export test helpers, or they export only a harness whose
//     methods take the test and what the harness is built from), and the
//     code of
//     command-line programs (cobra, urfave/cli and kong commands and the helpers
//     they alone call), which serves no request whose trace could be lost;
//   - set-up code: constructors, set-up and lifecycle functions (New*,
//     Init*, Run, Start, Shutdown...), package-level initialisers such as
//     a dependency-injection framework's stop hooks, and functions called
//     only from set-up code;
//   - a fresh context that reaches nothing that could carry a trace: one
//     used only for its Done, Err or Deadline, given to a function that
//     only waits on it (learned from the function's body, across packages
//     from a fact, and through an interface when all of its
//     implementations in the interface's package wait, across packages
//     from a fact of the interface's method too: a concurrency gate's
//     Start, a helper that paces its callbacks with a gate and leaves
//     the work to them), gathered with other contexts to wait
//     on, kept in a struct field for a component's lifetime, a provider's
//     Shutdown or a listener's Listen (they read only the deadline),
//     the dropped context of errgroup.WithContext, or given to a getter
//     of settings kept in the context, one whose only uses of it are nil
//     checks and ctx.Value reads asserted to a settings type (a type
//     whose methods all take nothing and return booleans, numbers or
//     strings: toggle.FromContext(context.TODO()).Enabled()); a logger
//     read from the context is no setting;
//   - a program (package main) that links no OpenTelemetry trace API (see
//     above). A library is checked whatever it imports: the program that
//     uses it may trace;
//   - a release on a cleanup path: a fresh context given straight to a
//     method of a value or a function value that returns at most an error
//     and whose result is dropped (a statement, a deferred call, a closure
//     returning it): defer ref.Release(context.TODO()) lets go of a
//     resource even when the caller's context is cancelled, and produces
//     nothing that carries a trace further;
//   - a fresh context given to the method that starts a component for its
//     lifetime, taking nothing but the context (Start, Run, Serve on a
//     type outside the standard library: engine.Start(context.Background())
//     from the callback of the first connection, which starts it lazily):
//     the component must outlive the caller, and its work makes traces of
//     its own;
//   - a fresh context given to the constructor of a resource that is
//     closed later or delivers later (its first result has a Close method
//     or is a channel: a connection, a pipe, a command's process, an exit
//     status): it bounds the resource's lifetime, not the request's;
//   - a fresh context given to a function that ends the process on its
//     way out (os.Exit, log.Fatal and the like as its last statement, in
//     a deferred call at its top level, or in the goroutine it starts
//     last; learned from the function's body, across packages from a
//     fact), or to a function that hands it on only to such a function:
//     it is the shutdown's own context, which the request that asked for
//     the shutdown must not cut short. A function that exits only on an
//     error branch, or with the outcome of work done in the exit's
//     arguments (log.Fatal(srv.Serve(l))), is not a shutdown;
//   - the context parameter of a component's running function: an
//     unexported function that takes nothing but contexts, is never
//     called in its package, and is only handed as a value to calls in
//     set-up code (services.NewBasicService(nil, l.loop, nil) in a
//     constructor): its context is the component's, not a caller's. A
//     handler registered the same way takes a request besides its
//     context and stays reported;
//   - a closure handed to a function of the package that stores the
//     closure's result in a field (a cache that prepares a value once for
//     every later caller), and a sync.Once closure: the work is done once
//     for the component, not for the caller that first triggers it;
//   - a callback without a context parameter stored in a struct field for
//     another component to call later (opts.Credentials = func(host
//     string) ...): it runs in that component's work, not the caller's;
//   - a fresh context given the caller's trace another way: a span context
//     put into it (trace.ContextWithSpanContext), a call that also takes
//     the caller's context (a wrapper whose Value falls back to it), or a
//     root span in a function that links spans (trace.LinkFromContext,
//     trace.WithLinks, Span.AddLink), or a call given beside the fresh
//     context a link to the caller's span (a span helper
//     tracing.Span(context.Background(), name, fn,
//     trace.WithLinks(trace.LinkFromContext(ctx)))); also when a function of the module
//     or another library first makes a context from the fresh one
//     (user.InjectOrgID(context.Background(), id)) and that context is the
//     one given the span;
//   - a function value of the HTTP helpers assigned to _, which sends
//     nothing.
//
// A finding is silenced with a comment on its line or alone on the line
// above it:
//
//	//otellint:ignore ctxpropagation the refresh must not inherit the request's trace
//	//nolint:otellint
//
// # Fixes
//
// context.Background() and TODO() become the context in scope. Inside a
// goroutine, a time.AfterFunc callback or a returned closure, which outlive
// the caller, in a deferred call, and as the parent of a new deadline
// (context.WithTimeout(context.Background(), d)), they become
// context.WithoutCancel(ctx): the trace is kept, the cancellation dropped,
// as before. A fix that removes the last use of the context package also
// removes its import. The same holds for the context
// passed by the other fixes: http.NewRequest(m, u, b) becomes
// http.NewRequestWithContext(ctx, m, u, b), db.Query(q, args...) becomes
// db.QueryContext(ctx, q, args...) (and the other twins; db.Begin() becomes
// db.BeginTx(ctx, nil)). No fix is offered where no context is in scope,
// or where the file's Go version predates context.WithoutCancel (go1.21)
// and the fix would need it.
//
// # Examples
//
// A goroutine that starts its span from a fresh root begins a new trace:
//
//	var tracer = otel.Tracer("shop/orders")
//
//	func place(ctx context.Context, id string) {
//		go func() {
//			_, span := tracer.Start(context.Background(), "Order.Audit") // background-with-ctx
//			defer span.End()
//			span.SetAttributes(attribute.String("order.id", id))
//		}()
//	}
//
// Silent: the goroutine keeps the trace, without the caller's cancellation.
//
//	var tracer = otel.Tracer("shop/orders")
//
//	func place(ctx context.Context, id string) {
//		go func(ctx context.Context) {
//			_, span := tracer.Start(ctx, "Order.Audit")
//			defer span.End()
//			span.SetAttributes(attribute.String("order.id", id))
//		}(context.WithoutCancel(ctx))
//	}
//
// A message consumer continues the producer's trace from a fresh root, and
// stays silent too:
//
//	func consume(headers map[string]string) context.Context {
//		return otel.GetTextMapPropagator().Extract(context.Background(), propagation.MapCarrier(headers))
//	}
//
// An outgoing request and a query without the caller's context:
//
//	func stock(ctx context.Context, db *sql.DB, url string) (int, error) {
//		req, err := http.NewRequest("GET", url, nil) // request-without-ctx
//		if err != nil {
//			return 0, err
//		}
//		resp, err := http.DefaultClient.Do(req)
//		if err != nil {
//			return 0, err
//		}
//		defer resp.Body.Close()
//		var n int
//		err = db.QueryRow("SELECT count(*) FROM items").Scan(&n) // query-without-ctx
//		return n, err
//	}
//
// Silent:
//
//	func stock(ctx context.Context, db *sql.DB, url string) (int, error) {
//		req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
//		if err != nil {
//			return 0, err
//		}
//		resp, err := http.DefaultClient.Do(req)
//		if err != nil {
//			return 0, err
//		}
//		defer resp.Body.Close()
//		var n int
//		err = db.QueryRowContext(ctx, "SELECT count(*) FROM items").Scan(&n)
//		return n, err
//	}
//
// A lookup in a fresh root finds nothing:
//
//	func traceID(ctx context.Context) string {
//		return trace.SpanContextFromContext(context.Background()).TraceID().String() // useless-ctx-lookup
//	}
//
// Silent:
//
//	func traceID(ctx context.Context) string {
//		return trace.SpanContextFromContext(ctx).TraceID().String()
//	}
//
// With broken-chain on, a function that takes no context and starts from a
// fresh root breaks the chain of its callers:
//
//	func (c *Cache) Get(key string) error { return c.fetch(context.Background(), key) }
//
//	func handle(ctx context.Context, c *Cache) error {
//		return c.Get("a") // broken-chain
//	}
//
// Silent: the context goes all the way.
//
//	func (c *Cache) Get(ctx context.Context, key string) error { return c.fetch(ctx, key) }
//
//	func handle(ctx context.Context, c *Cache) error {
//		return c.Get(ctx, "a")
//	}
//
// # Configuration
//
// Each option is a flag -ctxpropagation.<option> of the otellint command (and of go vet
// -vettool) and a key of the ctxpropagation block of the golangci-lint plugin's settings.
//
//	-ctxpropagation.checks (default: background-with-ctx,request-without-ctx,query-without-ctx,useless-ctx-lookup)
//	    comma-separated list of the checks to run
//	-ctxpropagation.strict (default: false)
//	    also report requests and queries without a context where no context is in scope
//	-ctxpropagation.include-tests (default: false)
//	    also check _test.go files
//	-ctxpropagation.include-main (default: false)
//	    also check the bodies of func main and func init
package ctxpropagation
