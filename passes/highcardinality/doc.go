// Package highcardinality defines an Analyzer that TODO.
//
// # Analyzer highcardinality
//
// highcardinality: check that metric attributes have bounded cardinality
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - unbounded-key: TODO
//   - unbounded-value: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-highcardinality.checks  comma-separated list of the checks to run
package highcardinality
