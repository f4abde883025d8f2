//go:build !tracing

package deadbranch

// tracing is declared in a file with a build constraint: a build with
// the tag declares it otherwise.
const tracing = false
