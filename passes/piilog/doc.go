// Package piilog defines an Analyzer that TODO.
//
// # Analyzer piilog
//
// piilog: check for personal data in logs and baggage
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - pii-field: TODO
//   - pii-value: TODO
//   - whole-body: TODO
//   - pii-baggage: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-piilog.checks  comma-separated list of the checks to run
package piilog
