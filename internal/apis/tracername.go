package apis

import (
	"go/types"
	"slices"
)

// NoopTracerProviders are the tracer providers whose tracers record
// nothing, so that the name given to Tracer does not matter.
var NoopTracerProviders = []string{TracePkg + "/noop.TracerProvider"}

// NoopTracers are the tracers whose spans record nothing.
var NoopTracers = []string{TracePkg + "/noop.Tracer"}

// IsNoop reports whether t, or the type it points to, is one of the named
// types in names, such as [NoopTracerProviders] or [NoopTracers].
func IsNoop(t types.Type, names []string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && slices.Contains(names, n.Obj().Pkg().Path()+"."+n.Obj().Name())
}
