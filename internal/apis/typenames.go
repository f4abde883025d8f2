package apis

import (
	"go/types"
	"slices"
)

// IsTypeIn reports whether t, or the type t points to, is a named type
// (or an instance of one) whose "path.Name" is among names.
func IsTypeIn(t types.Type, names []string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Origin().Obj()
	return obj.Pkg() != nil && slices.Contains(names, obj.Pkg().Path()+"."+obj.Name())
}
