// Package spanend defines an Analyzer that checks that every span is
// ended on every path, that its errors are visible, and that spans handed
// to someone else are left to them.
//
// # Analyzer spanend
//
// spanend: check that every span is ended and its errors are visible
//
// A span from Tracer.Start that is never ended is never exported: the
// trace loses it and its children hang under nothing. A span that returns
// an error without an error status looks healthy on every dashboard. The
// pass follows each span from the call that starts it along the paths of
// the function's control-flow graph, the way lostcancel follows a cancel
// function. A path that panics or calls a function that never returns
// (os.Exit, log.Fatal, t.Fatal) does not leak.
//
// Categories:
//
//   - missing-end: a path leaves the function without ending the span or
//     handing it on. Diagnostic at the Start call; the returns that leak
//     are in the related information. Also reported: the variable given
//     another span while this one is open (the first is lost), and a
//     deferred closure that ends the span only when the error result is
//     not nil (it leaks on success). A closure deferred before the Start
//     on every path that ends the span variable (var span trace.Span;
//     defer func() { span.SetName(op); span.End() }(); then branches that
//     start the span into it) ends it at every return: it reads the
//     variable when it runs. A second Start into that variable before the
//     function returns, a loop that starts a span into it at each turn,
//     is still reported: the closure ends only the last span. A "defer
//     span.End()" before the Start ends nothing the Start made (its
//     receiver is evaluated when the defer runs).
//   - discarded-span: the span result is assigned to _ or not assigned at
//     all, so nothing can end it.
//   - missing-set-status: a path returns an error that may be non-nil
//     (anything but a literal nil) while the span is open, without calling
//     span.SetStatus(codes.Error, ...). codes.Ok and codes.Unset do not
//     count. The returns are in the related information. A helper that
//     sets the status, deferred with the error as a plain argument (defer
//     finish(span, err)), is reported at the defer when err changes below
//     it: the argument is evaluated when the defer statement runs, so the
//     helper sees the error of that moment (nil); the fix defers a closure,
//     defer func() { finish(span, err) }(). A status set by a closure
//     deferred before the Start, as above, counts at every return.
//     An error returned inside a result struct (return checkResult{err:
//     err}) is an error return, and so is an error a goroutine sends to
//     its caller over a channel of errors. A return of an
//     expected outcome is not a span error (the semantic conventions
//     leave a server span's status Unset for client errors) and does not
//     count: a gRPC status of a client error (status.Error,
//     status.Errorf or status.New(...).Err() with the constant code
//     Canceled, InvalidArgument, NotFound, AlreadyExists,
//     PermissionDenied, ResourceExhausted, FailedPrecondition, Aborted,
//     OutOfRange or Unauthenticated), ctx.Err(), context.Canceled, and
//     io.EOF, the end of the rows; and the project's own sentinels and
//     constructors named by -spanend.expected-errors, such as
//     example.com/store.ErrNotFound or example.com/api.Invalid. A span
//     started in a _test.go file is not judged: a test's span only
//     carries a trace to the code under test, and nothing reads its
//     status (the same holds for missing-record-error).
//   - missing-record-error: the same for span.RecordError(err). Off by
//     default: OpenTelemetry is moving from span events to logs and the
//     error.type attribute, and opentelemetry-go-contrib no longer calls
//     RecordError.
//   - record-error-event: a call of span.RecordError outside tests. Off by
//     default; the current guidance, for teams that follow it. The semantic
//     conventions now say that recording errors as span events is NOT
//     RECOMMENDED, the span event API is being deprecated in favour of log
//     records (OTEP 4430), and opentelemetry-go-contrib forbids RecordError
//     by lint. A failed operation says so with the error.type attribute
//     (semconv.ErrorType(err)) and an error status; a log record carries the
//     error's details.
//   - missing-error-type: span.SetStatus(codes.Error, ...) on a path from
//     the Start call to the function's exit that sets no error.type
//     attribute on the span, before or after the status. Off by default;
//     for teams that follow the current guidance. The semantic conventions
//     make error.type required on HTTP, RPC and database spans whose
//     operation failed (and recommend it on every span), and back ends
//     group failures by it: the status says that the operation failed,
//     error.type says how. The key is recognised as a literal, a constant,
//     a semconv constant, helper (semconv.ErrorType(err)) or enum member
//     (semconv.ErrorTypeOther), in SetAttributes or in
//     trace.WithAttributes at the Start call. Silent where error.type may
//     be set out of sight: attributes spread from a slice (attrs...) or
//     the span passed to a helper. A status set in a deferred closure is
//     reported only when nothing after the defer sets error.type. Test
//     files are not checked.
//   - discarded-context: "_, span := tracer.Start(ctx, ...)" and ctx is
//     passed on below while the span is open, so child spans and logs do not
//     belong to it. A call that only waits on the context or reads values
//     other than the span from it (its Done, Err, Deadline or Value,
//     learned from the callee's body across the module's packages, an
//     interface method whose implementations there all do so;
//     a library call that takes a context only to stop, such as
//     exec.CommandContext or a CEL program's ContextEval) does not count:
//     whichever span the context carries, it does the same.
//     Nor does deriving a cancellable context for a component the function
//     hands out (ctx, cancel := context.WithCancel(ctx), the cancel kept in
//     a returned struct or a field and not deferred): that context runs
//     the component's work after the function and its span have ended.
//   - foreign-end: End on the span of trace.SpanFromContext(ctx), where ctx
//     is the context the caller passed in: it ends the caller's span early.
//   - use-after-end: SetStatus, RecordError, SetAttributes, AddEvent or
//     SetName on a span after its End on the same path: an ended span drops
//     every change. Diagnostic at the call; the End is in the related
//     information.
//
// A span is handed on, and no longer this function's to end, when it is
// returned; stored in a struct field, map, slice, channel or package
// variable; put in a context with trace.ContextWithSpan; or passed to a
// function whose body is not visible (an interface method, a function
// value) or that keeps it. Printing, formatting or logging a span
// (fmt.Print(span)) does not hand it on. The context returned by Start carries the span
// too: returning that context, or storing it outside the function, hands
// the span to the caller (start hooks). A closure or goroutine that
// captures the span is judged as visible code: if it ends the span or
// hands it on, responsibility moves with it; if it only adds attributes or
// events, the span still leaks.
//
// Helpers are learned without configuration, also across packages: a
// function that starts a span and returns it (its callers are checked as
// if they called Start; when it also returns an error last and returns a
// nil span with every error, its caller's error check right after the
// call, if err != nil { return err }, has no span to end or mark), one that ends its span argument (defer
// finish(span, &err)), one that sets an error status or records an error on
// it (return fail(span, err)), one that keeps it, and one that only uses
// it; and a function that ends, or sets an error status on, the span
// carried by its context argument (defer finish(ctx)). A helper with an
// error result that marks the span only when it returns an error counts
// for the error it returns, also wrapped in another error by a call that
// returns one (return nil, permanent(fail(span, err))); one that marks it
// on some paths only does not count. Span wrapper types are learned too: a type that holds a span in a
// field and whose methods end or mark it, and the functions that start a
// span and return it in one, whose callers are checked as if they called
// Start. For code the pass cannot see into, name the functions with
// -spanend.extra-start-funcs and -spanend.extra-end-funcs.
//
// The pass stays silent when in doubt: a span stored anywhere but a local
// variable, a span passed to code it cannot see, a return outside the block
// that declared the span, an error returned after the span was explicitly
// ended (unless it is returned right after End, judged with what the path
// knows: below "if err != nil { fail(span, err) }" err is nil or marked), a
// SetStatus whose code is not a constant (c, desc := httpconv.ServerStatus(code)
// in a helper given an HTTP-like code: the helper marks the span). foreign-end is not reported in a package that starts
// spans and returns them in a context, where ending the context's span in
// an end hook is the protocol, nor when the context variable is assigned
// in the function. A span of a no-op tracer (a noop.Tracer, or
// noop.NewTracerProvider().Tracer(name)), as a check of a span helper
// starts one, records nothing: none of its categories is reported.
//
// A finding is silenced with a comment on its line or alone on the line
// above: //otellint:ignore spanend <reason>, or //nolint:otellint.
//
// The fix for missing-end, offered when the span is never ended nor handed
// on and the Start call is not in a loop, inserts "defer span.End()" on the
// line after the call.
//
// # Examples
//
// Reported: the span is not ended on the error path, and the error leaves
// the span without an error status.
//
//	func (s *Store) Load(ctx context.Context, id string) (*Item, error) {
//		ctx, span := tracer.Start(ctx, "Store.Load") // missing-end, missing-set-status
//		item, err := s.db.Get(ctx, id)
//		if err != nil {
//			return nil, err
//		}
//		span.End()
//		return item, nil
//	}
//
// Silent:
//
//	func (s *Store) Load(ctx context.Context, id string) (*Item, error) {
//		ctx, span := tracer.Start(ctx, "Store.Load")
//		defer span.End()
//		item, err := s.db.Get(ctx, id)
//		if err != nil {
//			span.SetStatus(codes.Error, err.Error())
//			return nil, err
//		}
//		return item, nil
//	}
//
// Reported: only the context is kept, so nothing can end the span.
//
//	func (s *Store) Touch(ctx context.Context, id string) {
//		ctx, _ = tracer.Start(ctx, "Store.Touch") // discarded-span
//		s.cache.Touch(ctx, id)
//	}
//
// Silent:
//
//	func (s *Store) Touch(ctx context.Context, id string) {
//		ctx, span := tracer.Start(ctx, "Store.Touch")
//		defer span.End()
//		s.cache.Touch(ctx, id)
//	}
//
// Reported with -spanend.checks=missing-record-error: the error path sets
// a status but records no error.
//
//	func (s *Store) Save(ctx context.Context, item *Item) error {
//		ctx, span := tracer.Start(ctx, "Store.Save") // missing-record-error
//		defer span.End()
//		if err := s.db.Put(ctx, item); err != nil {
//			span.SetStatus(codes.Error, err.Error())
//			return err
//		}
//		return nil
//	}
//
// Silent:
//
//	func (s *Store) Save(ctx context.Context, item *Item) error {
//		ctx, span := tracer.Start(ctx, "Store.Save")
//		defer span.End()
//		if err := s.db.Put(ctx, item); err != nil {
//			span.RecordError(err)
//			span.SetStatus(codes.Error, err.Error())
//			return err
//		}
//		return nil
//	}
//
// Reported with -spanend.checks=record-error-event: the error becomes a
// span event.
//
//	func (s *Store) Drop(ctx context.Context, id string) error {
//		ctx, span := tracer.Start(ctx, "Store.Drop")
//		defer span.End()
//		if err := s.db.Delete(ctx, id); err != nil {
//			span.RecordError(err) // record-error-event
//			span.SetStatus(codes.Error, err.Error())
//			return err
//		}
//		return nil
//	}
//
// Silent:
//
//	func (s *Store) Drop(ctx context.Context, id string) error {
//		ctx, span := tracer.Start(ctx, "Store.Drop")
//		defer span.End()
//		if err := s.db.Delete(ctx, id); err != nil {
//			span.SetAttributes(semconv.ErrorType(err))
//			span.SetStatus(codes.Error, err.Error())
//			return err
//		}
//		return nil
//	}
//
// Reported with -spanend.checks=missing-error-type: the span says that
// the operation failed, not how.
//
//	func (s *Store) Drop(ctx context.Context, id string) error {
//		ctx, span := tracer.Start(ctx, "Store.Drop")
//		defer span.End()
//		if err := s.db.Delete(ctx, id); err != nil {
//			span.SetStatus(codes.Error, err.Error()) // missing-error-type
//			return err
//		}
//		return nil
//	}
//
// Silent:
//
//	func (s *Store) Drop(ctx context.Context, id string) error {
//		ctx, span := tracer.Start(ctx, "Store.Drop")
//		defer span.End()
//		if err := s.db.Delete(ctx, id); err != nil {
//			span.SetStatus(codes.Error, err.Error())
//			span.SetAttributes(semconv.ErrorType(err))
//			return err
//		}
//		return nil
//	}
//
// Reported: the loads run under the caller's span, not under "Store.Warm".
//
//	func (s *Store) Warm(ctx context.Context, ids []string) {
//		_, span := tracer.Start(ctx, "Store.Warm") // discarded-context
//		defer span.End()
//		for _, id := range ids {
//			s.cache.Load(ctx, id)
//		}
//	}
//
// Silent:
//
//	func (s *Store) Warm(ctx context.Context, ids []string) {
//		ctx, span := tracer.Start(ctx, "Store.Warm")
//		defer span.End()
//		for _, id := range ids {
//			s.cache.Load(ctx, id)
//		}
//	}
//
// Reported: audit ends the span of whoever called it.
//
//	func audit(ctx context.Context, id string) {
//		span := trace.SpanFromContext(ctx)
//		defer span.End() // foreign-end
//		span.SetAttributes(attribute.String("audit.item_id", id))
//	}
//
// Silent:
//
//	func audit(ctx context.Context, id string) {
//		span := trace.SpanFromContext(ctx)
//		span.SetAttributes(attribute.String("audit.item_id", id))
//	}
//
// Reported: the status is set after End, and the SDK drops it.
//
//	func (s *Store) Drop(ctx context.Context, id string) error {
//		ctx, span := tracer.Start(ctx, "Store.Drop")
//		err := s.db.Delete(ctx, id)
//		span.End()
//		if err != nil {
//			span.SetStatus(codes.Error, err.Error()) // use-after-end
//		}
//		return err
//	}
//
// Silent:
//
//	func (s *Store) Drop(ctx context.Context, id string) error {
//		ctx, span := tracer.Start(ctx, "Store.Drop")
//		defer span.End()
//		err := s.db.Delete(ctx, id)
//		if err != nil {
//			span.SetStatus(codes.Error, err.Error())
//		}
//		return err
//	}
//
// # Configuration
//
// Each option is a flag -spanend.<option> of the otellint command (and of go vet
// -vettool) and a key of the spanend block of the golangci-lint plugin's settings.
//
//	-spanend.checks (default: missing-end,discarded-span,missing-set-status,discarded-context,foreign-end,use-after-end)
//	    comma-separated list of the checks to run
//	-spanend.extra-start-funcs (default: none)
//	    comma-separated full names of functions that start and return a span, such as
//	    example.com/tracing.StartSpan or (*example.com/tracing.Tracer).Begin
//	-spanend.extra-end-funcs (default: none)
//	    comma-separated full names of functions that end the span they are given
//	-spanend.expected-errors (default: none)
//	    comma-separated full names of the project's expected-error sentinels and constructors,
//	    such as example.com/store.ErrNotFound or example.com/api.InvalidArgument, that
//	    missing-set-status does not count as span errors
package spanend
