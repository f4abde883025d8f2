// Package rawlogging defines an Analyzer that TODO.
//
// # Analyzer rawlogging
//
// rawlogging: check for unstructured and uncorrelated logging
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - raw-print: TODO
//   - mixed-loggers: TODO
//   - uncorrelated-log: TODO
//   - logger-per-request: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-rawlogging.checks  comma-separated list of the checks to run
package rawlogging
