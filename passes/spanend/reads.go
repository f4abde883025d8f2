package spanend

import (
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
)

// onlyReads reports whether fn is a printing, formatting or logging call,
// which formats its operands and keeps none of them: passing a span to
// fmt.Print or log.Printf does not hand it on.
func (c *checker) onlyReads(fn *types.Func) bool {
	key := c.idx.FuncKey(fn)
	if key == "" {
		return false
	}
	if slices.Contains(apis.FmtSprint, key) {
		return true
	}
	s, ok := apis.ShapeOf(key)
	return ok && (s.Args == apis.PrintArgs || s.Args == apis.FormatArgs)
}
