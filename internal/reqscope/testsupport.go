package reqscope

import (
	"golang.org/x/tools/go/ast/inspector"
)

// TestSupport reports whether the node at cur lies in code that only
// tests run, which is neither set-up nor request code of the program. The
// one classification of test support is logscope's
// ([logscope.Info.TestSupport]): helpers that take or return the test
// being run, methods of a type that holds it (a suite, a mock), functions
// used only from such code, and packages that exist for tests.
func (in *Info) TestSupport(cur inspector.Cursor) bool {
	return in.logs.TestSupport(cur)
}
