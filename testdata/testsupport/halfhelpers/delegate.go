package halfhelpers

import "context"

// Delegate is production code, in the file that does not import
// "testing".
func Delegate(ctx context.Context) {
	probe(ctx) // want "production"
}
