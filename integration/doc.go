// Package integration holds the end-to-end tests of the ways users run
// otellint: the standalone command and its exit codes, go vet -vettool with
// pass flags, the golangci-lint module plugin in a custom golangci-lint
// binary, the pre-commit hooks, and the GitHub Actions workflows (checked
// by actionlint). The tests build and run the real tools.
//
// The nested modules gcl (golangci-lint with the plugin, as "golangci-lint
// custom" generates it) and tools (actionlint) pin the tools' versions
// without adding them to otellint's own module.
//
// A test that needs a tool which is not installed is skipped, except under
// CI=true, where it fails. go test -short skips building golangci-lint.
package integration
