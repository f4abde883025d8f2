package sdksetup

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// missing-service-name (with service-name: require-code): a provider
// whose resource does not set service.name in the code. Every provider's
// WithResource merges resource.Environment() under the resource it is
// given, and a provider without one uses resource.Default(), so
// OTEL_SERVICE_NAME applies at run time either way (and a name set in the
// code wins over it); teams that want the name in the code opt in.

// answer is what the code says of service.name: it sets it, it does not,
// or it cannot be told (a resource from a parameter, a detector).
type answer int

const (
	unknown answer = iota
	sets
	setsNot
)

// checkServiceName reports a provider whose resource is known not to set
// service.name.
func (c *checker) checkServiceName(cur inspector.Cursor, call *ast.CallExpr, key string) {
	if call.Ellipsis.IsValid() {
		return // options from a slice
	}
	k := kindOf(key)
	var res ast.Expr
	for _, opt := range call.Args {
		oc, ok := ast.Unparen(opt).(*ast.CallExpr)
		if !ok {
			return // an option from a variable: it may be the resource
		}
		fn := apis.Callee(c.pass.TypesInfo, oc)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != apis.KeyPackage(key) {
			return // a helper's option: it may be the resource
		}
		if c.idx.Is(oc, apis.SDKWithResources...) && len(oc.Args) == 1 {
			res = oc.Args[0]
		}
	}
	var msg string
	if res == nil {
		msg = k.name + " has no resource, so its service.name comes from OTEL_SERVICE_NAME, or else is \"unknown_service:<program>\"; give it a resource that sets semconv.ServiceName(...)"
	} else if c.resourceName(cur, res, 0) == setsNot {
		msg = k.name + "'s resource does not set service.name, so it comes from OTEL_SERVICE_NAME, or else is \"unknown_service:<program>\"; add semconv.ServiceName(...) to the resource"
	} else {
		return
	}
	c.report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategoryMissingServiceName, Message: msg})
}

// resourceName says whether the resource e sets service.name:
//
//	resource.New(ctx, resource.WithAttributes(semconv.ServiceName("shop")))   sets
//	resource.NewWithAttributes(semconv.SchemaURL, attribute.String("k", "v"))  sets not
//	resource.Merge(resource.Default(), r)                                      as r
//	res (a parameter), resource.New(ctx, resource.WithDetectors(d))             unknown
func (c *checker) resourceName(at inspector.Cursor, e ast.Expr, depth int) answer {
	e = ast.Unparen(e)
	if _, ok := e.(*ast.Ident); ok && depth < 4 {
		if v := c.singleValue(at, e); v != nil {
			return c.resourceName(at, v, depth+1)
		}
		return unknown
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || depth > 8 {
		return unknown
	}
	switch c.idx.Key(call) {
	case apis.ResourceNew:
		if call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return unknown
		}
		result := setsNot
		for _, opt := range call.Args[1:] {
			oc, ok := ast.Unparen(opt).(*ast.CallExpr)
			if !ok {
				return unknown
			}
			fn := apis.Callee(c.pass.TypesInfo, oc)
			switch {
			case c.idx.Is(oc, apis.ResourceWithAttributes):
				switch c.attrsName(oc, 0) {
				case sets:
					return sets
				case unknown:
					result = unknown
				}
			case c.idx.Is(oc, apis.ResourceWithDetectors), fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != apis.ResourcePkg:
				result = unknown // a detector may set it
			}
		}
		return result
	case apis.ResourceNewWithAttributes:
		return c.attrsName(call, 1)
	case apis.ResourceNewSchemaless:
		return c.attrsName(call, 0)
	case apis.ResourceMerge:
		if len(call.Args) != 2 {
			return unknown
		}
		a, b := c.resourceName(at, call.Args[0], depth+1), c.resourceName(at, call.Args[1], depth+1)
		switch {
		case a == sets || b == sets:
			return sets
		case a == unknown || b == unknown:
			return unknown
		}
		return setsNot
	case apis.ResourcePkg + ".Default", apis.ResourcePkg + ".Environment", apis.ResourcePkg + ".Empty":
		return setsNot
	}
	return unknown
}

// attrsName says whether the attributes of call, from argument from on,
// set service.name.
func (c *checker) attrsName(call *ast.CallExpr, from int) answer {
	if call.Ellipsis.IsValid() {
		return unknown
	}
	result := setsNot
	for _, a := range call.Args[min(from, len(call.Args)):] {
		key, _, ok := constval.AttrKey(c.idx, c.pass.TypesInfo, a)
		switch {
		case !ok:
			result = unknown
		case key == apis.ServiceNameKey:
			return sets
		}
	}
	return result
}
