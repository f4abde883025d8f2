// Package robust holds the suite's robustness tests: the whole suite, run
// through the real otellint binary, over pinned real modules and a slice
// of the standard library (TestRealCode, skipped by go test -short); over
// bad input, which must get a clear error and never a panic (TestBadInput,
// on the packages of testdata/badinput); and a fuzz target that
// type-checks arbitrary Go source against the real dependencies of the
// testdata module and runs every pass on it (FuzzPasses).
package robust
