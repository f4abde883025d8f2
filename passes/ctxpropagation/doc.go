// Package ctxpropagation defines an Analyzer that TODO.
//
// # Analyzer ctxpropagation
//
// ctxpropagation: check that the trace context reaches calls and goroutines
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - background-with-ctx: TODO
//   - request-without-ctx: TODO
//   - query-without-ctx: TODO
//   - useless-ctx-lookup: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-ctxpropagation.checks  comma-separated list of the checks to run
package ctxpropagation
