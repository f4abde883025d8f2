// Package spannaming defines an Analyzer that TODO.
//
// # Analyzer spannaming
//
// spannaming: check that span names are readable and low-cardinality
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - bad-name: TODO
//   - generic-name: TODO
//   - dynamic-name: TODO
//   - empty-tracer-name: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-spannaming.checks  comma-separated list of the checks to run
package spannaming
