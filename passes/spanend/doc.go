// Package spanend defines an Analyzer that TODO.
//
// # Analyzer spanend
//
// spanend: check that every span is ended and its errors are visible
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - missing-end: TODO
//   - discarded-span: TODO
//   - missing-set-status: TODO
//   - missing-record-error: TODO
//   - discarded-context: TODO
//   - foreign-end: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-spanend.checks  comma-separated list of the checks to run
package spanend
