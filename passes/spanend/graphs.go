package spanend

import "go/ast"

// The control-flow graphs of the functions that start a span are built on
// demand by flowx.Graphs, which also knows the calls that never return.

// noReturn reports whether n is a call statement that never returns.
func (c *checker) noReturn(n ast.Node) bool {
	return c.graphs.StmtNoReturn(n)
}
