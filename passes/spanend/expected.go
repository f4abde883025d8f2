package spanend

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
)

// The paths of the error APIs whose outcomes are expected.
const (
	grpcStatusPkg = "google.golang.org/grpc/status"
	grpcCodesPkg  = "google.golang.org/grpc/codes"
)

// clientCodes are the gRPC codes that the semantic conventions leave a
// server span's status Unset for: the caller's mistake or choice, not the
// server's failure. UNKNOWN, DEADLINE_EXCEEDED, UNIMPLEMENTED, INTERNAL,
// UNAVAILABLE and DATA_LOSS are errors.
var clientCodes = []int64{
	1,  // Canceled
	3,  // InvalidArgument
	5,  // NotFound
	6,  // AlreadyExists
	7,  // PermissionDenied
	8,  // ResourceExhausted
	9,  // FailedPrecondition
	10, // Aborted
	11, // OutOfRange
	16, // Unauthenticated
}

// expectedVars are the sentinels that mean an expected end rather than a
// failure: the caller cancelled, the rows ran out.
var expectedVars = []string{"context.Canceled", "io.EOF"}

// expectedError reports whether e, a returned error, is recognisably an
// expected outcome rather than a failure of the span's operation:
//
//	status.Error(codes.NotFound, "no such order")   // a client error
//	status.Errorf(codes.InvalidArgument, ...)
//	status.New(codes.PermissionDenied, msg).Err()
//	ctx.Err()                                        // the caller cancelled
//	context.Canceled, io.EOF                         // end of the rows
//
// and the sentinels and constructors named by the expected-errors option.
func (c *checker) expectedError(e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if v := sentinel(info, e); v != nil {
		name := v.Pkg().Path() + "." + v.Name()
		return slices.Contains(expectedVars, name) || slices.Contains(c.expected, name)
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := apis.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if matchFunc(fn, c.expected) {
		return true
	}
	switch apis.RawKey(fn) {
	case "(context.Context).Err":
		return true
	case grpcStatusPkg + ".Error", grpcStatusPkg + ".Errorf":
		return len(call.Args) > 0 && c.clientCode(call.Args[0])
	}
	if fn.Name() == "Err" {
		// status.New(codes.NotFound, msg).Err(): Status is an alias of
		// an internal type, so the receiver's call is matched instead.
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(inner.Args) == 0 {
			return false
		}
		if f := apis.Callee(info, inner); f != nil && f.Pkg() != nil && f.Pkg().Path() == grpcStatusPkg && (f.Name() == "New" || f.Name() == "Newf") {
			return c.clientCode(inner.Args[0])
		}
	}
	return false
}

// clientCode reports whether e is a constant gRPC code of a client error.
func (c *checker) clientCode(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	n, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != grpcCodesPkg {
		return false
	}
	v, exact := constant.Int64Val(tv.Value)
	return exact && slices.Contains(clientCodes, v)
}

// sentinel returns the package-level variable that e names, or nil.
func sentinel(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}
