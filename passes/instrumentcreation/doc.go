// Package instrumentcreation defines an Analyzer that TODO.
//
// # Analyzer instrumentcreation
//
// instrumentcreation: check that instruments and providers are created once
//
// TODO: prose, categories, false-positive policy, how to silence.
//
// Categories:
//   - instrument-per-request: TODO
//   - provider-per-request: TODO
//   - lookup-per-request: TODO
//
// # Examples
//
// # TODO
//
// # Configuration
//
//	-instrumentcreation.checks  comma-separated list of the checks to run
package instrumentcreation
