package semconv

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// A resource has at most one schema URL. resource.Merge of two resources
// with different, non-empty schema URLs returns an error wrapping
// resource.ErrSchemaURLConflict ("conflicting Schema URL"), and so does
// resource.New when the URL of resource.WithSchemaURL differs from that of
// a detector it runs, or two detectors disagree. The SDK's default
// resource and its own detectors carry the schema URL of the semconv
// package the SDK's resource package imports; a resource built with
// another semconv version's SchemaURL cannot be merged with them. A
// schemaless resource (NewSchemaless, Empty, Environment, the attributes
// of WithAttributes and WithFromEnv) merges with anything.

// schema is what is known of the schema URL of a resource expression.
type schema struct {
	known bool
	url   string   // "" for a schemaless resource
	sdk   bool     // the SDK's own URL (resource.Default, its detectors)
	expr  ast.Expr // the expression setting the URL
}

// schemaConflict checks resource.Merge and resource.New.
func (c *checker) schemaConflict(cur inspector.Cursor, call *ast.CallExpr, key string) {
	fd := astx.EnclosingDecl(cur)
	if key == apis.ResourceMerge {
		if len(call.Args) != 2 {
			return
		}
		a := c.resourceSchema(fd, call.Args[0], 0)
		b := c.resourceSchema(fd, call.Args[1], 0)
		c.conflict(call, "resource.Merge", a, b)
		return
	}
	if call.Ellipsis.IsValid() {
		return // options in a slice
	}
	var cfg, det schema
	for _, opt := range call.Args[1:] {
		s, isURL := c.option(opt)
		switch {
		case isURL:
			cfg = s // the last WithSchemaURL wins
		case s.known && s.url != "" && !det.known:
			det = s
		}
	}
	c.conflict(call, "resource.New", cfg, det)
}

// conflict reports two known, different, non-empty schema URLs met by the
// call, at the URL that is not the SDK's (the second when neither is).
func (c *checker) conflict(call *ast.CallExpr, what string, a, b schema) {
	if !a.known || !b.known || a.url == "" || b.url == "" || a.url == b.url {
		return
	}
	mine, other := b, a
	if b.sdk && !a.sdk {
		mine, other = a, b
	}
	at := mine.expr
	if at == nil || c.reported[at.Pos()] {
		return
	}
	c.reported[at.Pos()] = true
	msg := fmt.Sprintf("%s fails with \"conflicting Schema URL\": this schema URL is of semconv %s, ", what, schemaVersion(mine.url))
	if other.sdk {
		msg += fmt.Sprintf("the SDK's default resource and detectors use %s; use the SchemaURL of %sv%s (the SDK's version) or build the resource with resource.NewSchemaless", schemaVersion(other.url), apis.SemconvPrefix, schemaVersion(other.url))
	} else {
		msg += fmt.Sprintf("the other resource's is of %s; give both the schema URL of one semconv version", schemaVersion(other.url))
	}
	d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: CategorySchemaConflict, Message: msg}
	if other.expr != nil && !other.sdk {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: other.expr.Pos(), End: other.expr.End(), Message: "the other schema URL"})
	}
	if at.Pos() < call.Pos() || at.Pos() >= call.End() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: call.Pos(), End: call.End(), Message: "the resources meet here"})
	}
	c.report(d)
}

// resourceSchema returns the schema URL of a resource expression: a call
// of the resource constructors, or a variable assigned once in the
// function (or at package level) from one.
func (c *checker) resourceSchema(fd *ast.FuncDecl, e ast.Expr, depth int) schema {
	if depth > 4 {
		return schema{}
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if rhs := c.assignedOnce(fd, e); rhs != nil {
			return c.resourceSchema(fd, rhs, depth+1)
		}
	case *ast.CallExpr:
		k := c.idx.Key(e)
		switch {
		case slices.Contains(apis.ResourceDefault, k):
			return c.sdkSchema(e)
		case slices.Contains(apis.ResourceSchemaless, k):
			return schema{known: true}
		case k == apis.ResourceNewWithAttributes && len(e.Args) > 0:
			if url, ok := constval.String(c.pass.TypesInfo, e.Args[0]); ok {
				return schema{known: true, url: url, expr: e.Args[0]}
			}
		case k == apis.ResourceMerge && len(e.Args) == 2:
			// Reported where it is called; its result has the URL of
			// either side.
			a, b := c.resourceSchema(fd, e.Args[0], depth+1), c.resourceSchema(fd, e.Args[1], depth+1)
			if a.known && b.known {
				if a.url == "" {
					return b
				}
				if b.url == "" || b.url == a.url {
					return a
				}
				return schema{known: true} // a conflict leaves it schemaless
			}
		case k == apis.ResourceNew && !e.Ellipsis.IsValid():
			return c.newSchema(e)
		}
	}
	return schema{}
}

// newSchema returns the schema URL of the resource that resource.New
// returns, when every option is known.
func (c *checker) newSchema(call *ast.CallExpr) schema {
	out := schema{known: true}
	for _, opt := range call.Args[1:] {
		s, isURL := c.option(opt)
		if !s.known {
			return schema{} // a detector of unknown schema
		}
		switch {
		case s.url == "":
		case out.url == "" || isURL:
			out = s
		case out.url != s.url:
			return schema{known: true} // a conflict leaves it schemaless
		}
	}
	return out
}

// option returns the schema URL that an option of resource.New brings,
// and whether it is WithSchemaURL's.
func (c *checker) option(opt ast.Expr) (schema, bool) {
	call, ok := ast.Unparen(opt).(*ast.CallExpr)
	if !ok {
		return schema{}, false
	}
	switch k := c.idx.Key(call); {
	case k == apis.ResourceWithSchemaURL && len(call.Args) == 1:
		if url, ok := constval.String(c.pass.TypesInfo, call.Args[0]); ok {
			return schema{known: true, url: url, expr: call.Args[0]}, true
		}
		return schema{}, true
	case slices.Contains(apis.ResourceSDKDetectors, k):
		return c.sdkSchema(call), false
	case k == apis.ResourceWithAttributes || k == apis.ResourceWithFromEnv:
		return schema{known: true}, false
	}
	return schema{}, false
}

// sdkSchema returns the schema URL of the SDK's own resources, at call.
func (c *checker) sdkSchema(call *ast.CallExpr) schema {
	pkg := c.idx.Package(apis.ResourcePkg)
	if pkg == nil {
		return schema{}
	}
	url := sdkSchemaURL(c.pass.Fset, pkg)
	if url == "" {
		return schema{} // not found: stay silent
	}
	return schema{known: true, url: url, sdk: true, expr: call}
}

// assignedOnce returns the value of a variable that is assigned exactly
// once, in its declaration, within fd or at package level:
//
//	res, err := resource.New(ctx, ...)   -> resource.New(ctx, ...)
//	var base = resource.Default()        -> resource.Default()
func (c *checker) assignedOnce(fd *ast.FuncDecl, id *ast.Ident) ast.Expr {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var scopes []ast.Node
	if v.Parent() == c.pass.Pkg.Scope() {
		for _, f := range c.pass.Files {
			scopes = append(scopes, f)
		}
	} else {
		if fd == nil || fd.Body == nil || v.Pos() < fd.Pos() || v.Pos() >= fd.End() {
			return nil
		}
		scopes = append(scopes, fd.Body)
	}
	var value ast.Expr
	count := 0
	visit := func(n ast.Node) bool {
		lhs, rhs := passkit.Assignment(n)
		for i, l := range lhs {
			lid, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || (c.pass.TypesInfo.Defs[lid] != v && c.pass.TypesInfo.Uses[lid] != v) {
				continue
			}
			count++
			switch {
			case len(rhs) == len(lhs):
				value = rhs[i]
			case len(rhs) == 1 && i == 0:
				value = rhs[0] // res, err := resource.New(...)
			default:
				value = nil
			}
		}
		return true
	}
	for _, scope := range scopes {
		ast.Inspect(scope, visit)
	}
	if count != 1 {
		return nil
	}
	return value
}

// schemaVersion returns the version at the end of a schema URL:
// "1.26.0" for https://opentelemetry.io/schemas/1.26.0.
func schemaVersion(url string) string {
	return url[strings.LastIndexByte(url, '/')+1:]
}
