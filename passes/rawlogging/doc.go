// Package rawlogging defines an Analyzer that reports logging which is not
// structured, not correlated with the trace, or not the team's logger.
//
// # Analyzer rawlogging
//
// rawlogging: check for unstructured and uncorrelated logging
//
// Once traces and logs are collected side by side, a log line is useful
// when it is structured and carries the trace_id of the request that
// wrote it. fmt.Println and log.Printf write free text with no trace;
// slog.Info drops the context that slog.InfoContext would hand to an
// OpenTelemetry handler. (A logger built inside a handler is
// instrumentcreation's logger-per-request.)
//
// Categories:
//
//   - raw-print: fmt.Print, fmt.Printf and fmt.Println, the print and
//     println builtins, fmt.Fprint* to os.Stdout or os.Stderr, and the
//     standard log package's Print*, Fatal* and Panic* functions (also
//     through log.Default(), and taken as a function value such as
//     logf := log.Printf).
//   - mixed-loggers: a logging library other than the one named by the
//     logger option (zap, slog, logrus, zerolog, gokit, or the standard
//     log package), reported once per package and library at its first
//     use.
//   - uncorrelated-log: a slog call (slog.Info, logger.Warn...) with a
//     context in scope that its ...Context twin would carry; in a package
//     that uses the otelzap bridge, a zap call that does not go through
//     logger.Ctx(ctx). A suggested fix rewrites the call. Also a logrus
//     call on a package-level *logrus.Entry (log.L.Info, or an entry
//     derived from it by WithField, WithFields, WithError) of a package
//     that keeps the entry in the context and hands it out by a getter,
//     a function or function variable whose only parameter is a
//     context.Context and whose result is a *logrus.Entry (containerd's
//     log.G(ctx)): the message names the getter to log through.
//
// The context is the one that carries the caller's trace, chosen as
// ctxpropagation chooses it: a context parameter, the Context() of an
// *http.Request parameter, or a local derived from them (with a deadline,
// a span start, or a helper given the request), also when a closure or
// goroutine captures it; the fix uses ctx or r.Context(). In a handler
// that also builds an outgoing request, the line belongs to the incoming
// request's trace, not to the outgoing req.Context(). A local that holds
// only a fresh root (context.Background()) has no trace_id to give the
// line, and a call with no other context in scope is not reported.
//
// The call is reported only where that context is known to carry a span
// or a received request's trace: the Context() of an *http.Request
// parameter, the ctx of an RPC method (ctx, *Req) (*Resp, error), a
// context from which the function started a span (tracer.Start) earlier
// on the path to the call, or a local derived from one of these. A
// context that is merely the parameter of a loop or component function
// (a run context with no span on the path) is not enough, and contexts
// handed down through the module's own calls are not followed. Nor is the
// request of a handler literal registered (through wrappers that are not
// otelhttp's) on a mux that the package serves as it is, with no tracing
// middleware, and never hands to otelhttp: a debug server's probes on the
// DefaultServeMux, served by http.Server{Handler: http.DefaultServeMux},
// have no span to give the line.
//
// A log call without the context loses the trace_id only where the log
// pipeline reads the context: a handler that ignores it (a text or JSON
// handler, a logger adapter's Handle(_ context.Context, ...)) gives no
// line a trace_id, whichever call the code makes. uncorrelated-log
// therefore reports only in a package that shows its logs carry the
// context: one that imports an OpenTelemetry log bridge (otelslog,
// otelzap, otellogrus, otellogr, or uptrace's otelzap or otellogrus),
// hands a context to a log call in some function of its production code
// (slog's ...Context, Log or LogAttrs, otelzap's Ctx or ...Context,
// logrus's WithContext, zerolog's Event.Ctx), or defines a slog.Handler
// whose Handle uses its context; a call of a logrus entry getter
// (log.G(ctx)) counts as such a call, since the entry it returns carries
// the context to the logger's hooks. Only logrus entries carry their
// context: a zerolog, zap or slog logger taken from the context
// (zerolog.Ctx(ctx)) carries its fields, and its global beside it is not
// reported. A context that is a fresh root
// (LogAttrs(context.Background(), ...), a local derived only from one)
// shows nothing: it carries no trace for a handler to read. A team whose
// handlers read the context everywhere sets handlers-read-context, and
// every such call is reported, evidence or not.
//
// The pass stays silent in code that only tests run: _test.go files,
// functions that take or return the test (*testing.T, testing.TB,
// testify's TestingT, a gomock controller, an httptest server), methods
// of a type that holds one (a testify suite, a mock), methods of a
// fixture (a type declared in a file of test helpers that one of them
// hands to the test, with the test, through a callback: a server process
// started for each test), helpers called only from them, and packages that exist for tests (half of their files or more
// import a testing package and they export test helpers, or they export
// only a harness whose methods take the test and what it is built from). raw-print stays
// silent where printing is a command-line program's output (the
// allow-main option): package main; functions that take or return a
// cobra, urfave/cli, kong, kingpin or flag command, context or flag set (a
// kong command's Run method takes the *kong.Kong or *kong.Context, a
// kingpin action the *kingpin.ParseContext), a type of
// the program's own that holds a flag set in a field (a struct wrapping the
// *pflag.FlagSet that its subcommands take), or viper's configuration;
// functions given as a command's RunE or Action, or as flag.Usage;
// functions that read os.Args, flag.Parse or viper's global
// configuration, or run the command line (rootCmd.Execute(), kong.Parse);
// and the unexported helpers called only from such code.
// A command or App type of the service's own that holds no flag set is
// not a command line. A banner, constant text of three lines or more
// printed for the person at the terminal, is not a log line; with allow-main, neither are the last
// words of a process that ends (log.Fatal, or a print that os.Exit
// follows at once, after calls that write the same message elsewhere as
// well at most, or an if whose every branch ends the process or panics,
// one at least ending it, as a logging library's Must does): a process
// that exits serves no request.
//
// With allow-main, what the program prints while it loads its
// configuration is not reported either: in a function that reads a file
// or embedded data (os.ReadFile, a //go:embed variable) and decodes YAML,
// JSON or TOML into a value it hands back (a parameter, its receiver, its
// result), itself or through functions of its package, and that takes no
// context and no request; and in the unexported helpers called only from
// such functions. That code runs as the program starts, before the logger that
// the configuration describes exists. A service that reloads its
// configuration calls the loader again later, when the logger exists:
// what the loader prints then is not reported either, but what the
// watcher that calls it prints (a function literal, a goroutine) is.
//
// A printer is like fmt.Print itself: a function without results whose
// purpose is printing, to the standard output or error, a text it builds
// from its arguments. Its statements only build the text in local
// variables (a strings.Builder, a marshalled value, loops over its
// arguments, a function of the standard library without results given
// only those variables, such as sort.Strings(lines)) and its last one
// prints it with fmt, or hands it to another printer, or is a loop over
// such a variable that prints a line a row (a table). A function whose
// only statement calls a printer is one too. raw-print reports the calls of a printer from production code,
// in its package and, through a fact, in the other packages of the
// module, not the print inside it: a debug dumper that only tests call
// stays silent. A helper that forwards its arguments to fmt or log
// (Logf(format, args...)), or does more than print, is reported where it
// prints. A printer handed on as a function value is not followed, and
// one called only from outside the module (a library's printing API) is
// not reported.
//
// A print of fmt followed, in its function, by a read of os.Stdin is a
// prompt, the program's question to the person at the terminal ("Press
// Enter to continue"), not a log line.
//
// A logging library writes its records to a writer and cannot log its own
// failures through itself: a call of the standard log package or a print
// of fmt to os.Stderr in a branch (an if's body or else, a case) of a
// method of a type that is an io.Writer (it has Write([]byte) (int,
// error)), of a function that opens such a writer of its package (it
// returns one as an io.Writer or io.WriteCloser: a network log writer
// that fails to connect), or of a function that calls the Write method of
// an io.Writer parameter, is that writer's last resort when it is unset,
// closed or cannot be opened, or a record cannot be encoded or written,
// and is not reported. A print of fmt to the standard output there is,
// and so is a call on the function's main path, which copies every
// record.
//
// A print to the standard error (fmt to os.Stderr, the print and println
// builtins) that a panic follows at once, as the next statement, is part
// of the panic's report: the panic writes its value and the goroutine's
// stack to the same stream, raw, and the print adds what the value leaves
// out, as a logger getter that finds no logger in the context prints the
// call stack before it panics. It is not reported. A print to the
// standard output, a call of the standard logger (which the program may
// point at its log, as log.Panicf would write) and a print followed by
// other statements before the panic are.
//
// A print of fmt or a print builtin that only moves the terminal's cursor
// writes no record: one whose text starts with a carriage return that
// redraws the current line (a progress bar, a spinner) or with an ANSI
// escape sequence that moves the cursor or erases the screen or the line
// (print("\033[H\033[2J") before a watch command redraws its screen; one
// that only sets a colour starts a line like any other), or one that
// prints nothing but white space (fmt.Println() ending the bar's line). A function whose last
// statement redraws the line is no printer either.
//
// A team that bans raw prints with golangci-lint's forbidigo and writes
// //nolint:forbidigo over a print has said that the print is meant: such
// a print is not reported, whether the directive is on its line or alone
// above it, above a statement or function that holds it, or above the
// package clause for the whole file (the console output of a command mode
// such as a sidecar's --wait). A //nolint for another linter says nothing
// of prints.
//
// A package that draws on the terminal belongs to a program that a person
// watches there, not to a service: when one of its functions redraws the
// line, or calls a function that does (in its package, or in another
// package of the module through a fact), raw-print is silent in the whole
// package, as in command-line code (allow-main). A load generator whose
// progress bar lives in a package of utilities, and the packages that
// drive that bar, print their progress for the person at the terminal.
// Using another function of the bar's package draws nothing.
//
// A package whose path has an internal element can be imported only by
// the module's own packages, so every call of its functions is analysed
// with it. With allow-main, an exported function of such a package that
// the package itself does not use (a support-bundle collector that a
// command's Run calls in another package) prints for its callers: what it
// prints with fmt while it runs (in its body, in a function literal it
// calls, defers or starts as a goroutine, and in the package's functions
// that only such functions call) is not reported where it prints, but,
// through a fact, at each call made from a service's code, and not at a
// call from command-line code, whose output it is. A method, which an
// interface may call without naming it, a function literal handed on (a
// handler it registers), a record of the log package and a package that
// is not internal are judged where they print.
//
// Code that never runs reports nothing: the body of an if whose
// condition is false in every build (if false { print(x) }, which keeps a
// variable used), or the else of one that is true, and an unexported
// function called only from such branches. The condition must be written
// with literals and constants of the package declared, with such values,
// in a file without a build constraint (const debugLog = false): a
// constant of another package (runtime.GOOS == "linux") or of a file with
// a //go:build line or an _os or _arch name (a debug switch a build tag
// sets) may hold in another build.
//
// A printing function handed to a function of a test harness of another
// package (a package that declares an exported interface whose methods
// take the test, such as a sandbox or test-case contract) prints to the
// test's output: integration.PrintLogs(logs, log.Println) is not
// reported. A function value assigned to _ (var _ = fmt.Printf) only
// keeps an import in use. fmt.Fprint* to an http.ResponseWriter, a
// bytes.Buffer or any writer other than the standard streams is output,
// not logging; fmt.Sprintf and fmt.Errorf are not printing. A *log.Logger
// made with log.New writes to the sink the program chose and is not
// reported. mixed-loggers is off until a logger is named, so that a
// codebase in migration does not drown in findings; in package main it
// ignores the standard log package when allow-main is set. zap calls are
// not uncorrelated-log findings unless the package imports otelzap, since
// plain zap cannot take a context. Nor are go-kit's, whose Logger has no
// way to take one, or Open Policy Agent's logging.Logger's, whose
// logging.WithContext hands the context only to loggers that implement
// LoggerWithContext, not to its standard logger: what no change of the
// call can fix is not reported.
//
// A finding is silenced by //otellint:ignore rawlogging <reason> (or
// //nolint:otellint) on its line or the line above.
//
// # Examples
//
// Free text, and a slog call that drops the context of the span in scope
// in a package whose logs carry the context (its other lines are
// written with InfoContext):
//
//	func charge(ctx context.Context, logger *slog.Logger, id string) {
//		ctx, span := tracer.Start(ctx, "charge")
//		defer span.End()
//		fmt.Printf("charging %s\n", id)         // raw-print
//		logger.Info("charging", "order_id", id) // uncorrelated-log
//	}
//
// Silent: one structured line that carries the trace.
//
//	func charge(ctx context.Context, logger *slog.Logger, id string) {
//		ctx, span := tracer.Start(ctx, "charge")
//		defer span.End()
//		logger.InfoContext(ctx, "charging", "order_id", id)
//	}
//
// Writing a response is output, not logging, and stays silent:
//
//	func status(w http.ResponseWriter, r *http.Request) {
//		fmt.Fprintf(w, "ok")
//	}
//
// In a package that logs through the otelzap bridge, a zap call without
// the context:
//
//	func refund(ctx context.Context, logger *otelzap.Logger, id string) {
//		logger.Info("refund", zap.String("order_id", id)) // uncorrelated-log
//	}
//
// Silent:
//
//	func refund(ctx context.Context, logger *otelzap.Logger, id string) {
//		logger.Ctx(ctx).Info("refund", zap.String("order_id", id))
//	}
//
// With -rawlogging.logger=zap, a second logging library beside zap:
//
//	func cancel(logger *zap.Logger, id string) {
//		logger.Info("cancel", zap.String("order_id", id))
//		logrus.WithField("order_id", id).Info("cancelled") // mixed-loggers
//	}
//
// Silent:
//
//	func cancel(logger *zap.Logger, id string) {
//		logger.Info("cancel", zap.String("order_id", id))
//		logger.Info("cancelled", zap.String("order_id", id))
//	}
//
// # Configuration
//
// Each option is a flag -rawlogging.<option> of the otellint command (and of go vet
// -vettool) and a key of the rawlogging block of the golangci-lint plugin's settings.
//
//	-rawlogging.checks (default: raw-print,mixed-loggers,uncorrelated-log)
//	    comma-separated list of the checks to run
//	-rawlogging.allow-main (default: true)
//	    keep raw-print silent in package main
//	-rawlogging.logger (default: "")
//	    the team's logging library (zap, slog, logrus, zerolog, gokit); turns on mixed-loggers
//	-rawlogging.handlers-read-context (default: false)
//	    the team's log handlers read the context everywhere: uncorrelated-log reports in every
//	    package, not only where the package shows that its logs carry the context
package rawlogging
