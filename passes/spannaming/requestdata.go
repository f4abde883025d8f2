package spannaming

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// requestField reports whether e reads a string field of request data,
// whose values are whatever the client sent: a field (or a field of a
// field) of a parameter of fd that is an RPC's request message
// (rpcRequest), or of a local variable fd decodes a body into:
//
//	func (s *server) Check(ctx context.Context, req *pb.CheckRequest) { tracer.Start(ctx, req.Relation) }
//	json.NewDecoder(r.Body).Decode(&in); tracer.Start(ctx, in.Operation)
//
// A field of the receiver, of a configuration struct or of a protobuf
// message that no RPC takes (a schema's definition) is not request data:
// it is set once and names few spans.
func (c *checker) requestField(fd *ast.FuncDecl, e ast.Expr) bool {
	if fd == nil || fd.Body == nil || !c.isField(e) {
		return false
	}
	info := c.pass.TypesInfo
	x := ast.Unparen(e)
	for {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			break
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			return false // a method call or a package selector on the way
		}
		x = ast.Unparen(sel.X)
		if star, ok := x.(*ast.StarExpr); ok {
			x = ast.Unparen(star.X)
		}
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if astx.IsParam(info, fd, v) {
		return c.requestData(fd, v.Type())
	}
	return decodedInto(info, fd.Body, v)
}

// decodedInto reports whether body decodes a payload into v:
// json.Unmarshal(b, &v), dec.Decode(&v), or the same with v a pointer.
func decodedInto(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := apis.Callee(info, call)
		if fn == nil {
			return true
		}
		var target ast.Expr
		switch k := apis.RawKey(fn); {
		case slices.Contains(apis.Decoders, k) && len(call.Args) == 2:
			target = call.Args[1]
		case slices.Contains(apis.StreamDecoders, k) && len(call.Args) == 1:
			target = call.Args[0]
		default:
			return true
		}
		target = ast.Unparen(target)
		if u, ok := target.(*ast.UnaryExpr); ok && u.Op == token.AND {
			target = ast.Unparen(u.X)
		}
		if id, ok := target.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}
