// Package sdksetup defines an Analyzer that SCAFFOLD: says in one sentence what it checks.
//
// # Analyzer sdksetup
//
// sdksetup: SCAFFOLD: a lower-case title of at most 60 characters
//
// SCAFFOLD: what goes wrong in production when the pitfall is in the code,
// what the pass reports, and when it stays silent (its false-positive
// policy).
//
// Categories:
//
//   - sdksetup-check: SCAFFOLD: one line per category.
//
// A finding is silenced with a comment on its line or alone on the line
// above: //otellint:ignore sdksetup <reason>, or //nolint:otellint.
//
// # Examples
//
// Reported:
//
//	doSomething() // sdksetup-check
//
// Silent:
//
//	doSomethingElse()
//
// # Configuration
//
// Each option is a flag -sdksetup.<option> of the otellint command (and of go vet
// -vettool) and a key of the sdksetup block of the golangci-lint plugin's settings.
//
//	-sdksetup.checks (default: sdksetup-check)
//	    comma-separated list of the checks to run
package sdksetup
