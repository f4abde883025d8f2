package semconv

import (
	"go/ast"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A service that moves to a new key often keeps the old one for a
// while, for back ends and dashboards that still read it:
//
//	return []attribute.KeyValue{
//		attribute.Int("http.response.status_code", code),
//		attribute.Int("http.status_code", code), // for SemConv <= v1.21
//	}
//
// The old key set in the same attribute list, or in the same call, as
// its replacement is that deliberate dual emission, not a missed rename.

// dualEmission reports whether the attribute of s is built beside one
// that sets its replacement new: in the same composite literal or among
// the arguments of the same call.
func (c *checker) dualEmission(s *keySite, new string) bool {
	if !s.at.Valid() {
		return false
	}
	switch s.at.ParentEdgeKind() {
	case edge.CompositeLit_Elts, edge.CallExpr_Args:
	default:
		return false
	}
	parent := s.at.Parent()
	for sib := range parent.Children() {
		if sib == s.at {
			continue
		}
		if k, ok := c.siblingKey(sib); ok && k == new {
			return true
		}
	}
	return false
}

// siblingKey returns the key of the attribute an expression builds.
func (c *checker) siblingKey(cur inspector.Cursor) (string, bool) {
	var s *keySite
	var ok bool
	switch n := cur.Node().(type) {
	case *ast.CallExpr:
		s, ok = c.attributeCall(n, c.idx.CalleeAt(cur))
	case *ast.CompositeLit:
		s, ok = c.keyValueLit(n)
	case *ast.SelectorExpr:
		s, ok = c.enumMember(cur, n)
	}
	if !ok {
		return "", false
	}
	return s.key, true
}
