package sdksetup

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// endpoint-url: the OTLP exporters' WithEndpoint takes host[:port] only.
// Given a URL (a scheme) or a path, the HTTP trace exporter fails every
// export ("invalid port"), the HTTP metric and log exporters fail in New,
// and the gRPC exporters never connect ("too many colons in address").
// The value of OTEL_EXPORTER_OTLP_ENDPOINT and its per-signal variants is
// a URL by the specification, and the exporters read it themselves.
// WithEndpointURL takes a URL; an HTTP exporter does not add the signal's
// path to it, so the fix writes that path when the URL has none.

// checkEndpoint checks the argument of an exporter's WithEndpoint call.
func (c *checker) checkEndpoint(cur inspector.Cursor, e apis.OTLPExporter) {
	call := cur.Node().(*ast.CallExpr)
	if len(call.Args) != 1 {
		return
	}
	arg := call.Args[0]
	if s, ok := constval.String(c.pass.TypesInfo, arg); ok {
		c.checkEndpointValue(call, arg, e, s, true)
		return
	}
	// A variable: its constant assignments, and the environment variables
	// it is read from.
	values := []ast.Expr{arg}
	if vs, ok := c.assignments(cur, arg); ok {
		values = vs
	}
	for _, v := range values {
		if v == nil {
			continue
		}
		if s, ok := c.urlPrefix(v); ok {
			c.checkEndpointValue(call, arg, e, s, false)
			return
		}
		if env := c.endpointEnv(v); env != "" {
			c.report(analysis.Diagnostic{
				Pos: arg.Pos(), End: arg.End(), Category: CategoryEndpointURL,
				Message: fmt.Sprintf("WithEndpoint takes host:port, but %s holds a URL (scheme, host, port, path), so %s; the exporter reads %s itself: leave the option out, or pass the URL to WithEndpointURL",
					env, failure(e), env),
			})
			return
		}
	}
}

// checkEndpointValue reports a WithEndpoint value s (or its constant
// prefix) that has a scheme or a path; fixable is true when s is the
// whole constant argument.
func (c *checker) checkEndpointValue(call *ast.CallExpr, arg ast.Expr, e apis.OTLPExporter, s string, fixable bool) {
	scheme, rest, hasScheme := strings.Cut(s, "://")
	hasScheme = hasScheme && validScheme(scheme)
	if !hasScheme {
		rest = s
	}
	_, path, hasPath := strings.Cut(rest, "/")
	if !hasScheme && !hasPath {
		return
	}
	what := "a scheme"
	if !hasScheme {
		what = "a path"
	}
	d := analysis.Diagnostic{
		Pos: arg.Pos(), End: arg.End(), Category: CategoryEndpointURL,
		Message: fmt.Sprintf("WithEndpoint takes host:port, but %q has %s, so %s; use WithEndpointURL for a URL", s, what, failure(e)),
	}
	if fixable && hasScheme {
		if fix, ok := c.endpointFix(call, arg, e, s, path); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	c.report(d)
}

// failure says how the exporter fails with a bad WithEndpoint value, as
// the exporters of v1.47.0 do.
func failure(e apis.OTLPExporter) string {
	switch {
	case e.Path == "":
		return "the gRPC connection never succeeds (\"too many colons in address\")"
	case strings.HasSuffix(e.Pkg, "otlptracehttp"):
		return "every export fails (\"invalid port\")"
	}
	return "New fails (\"invalid port\")"
}

// validScheme reports whether s is a URL scheme: a letter, then letters,
// digits, '+', '-' or '.'.
func validScheme(s string) bool {
	if s == "" || !('a' <= s[0]|0x20 && s[0]|0x20 <= 'z') {
		return false
	}
	for i := 1; i < len(s); i++ {
		ch := s[i]
		if !('a' <= ch|0x20 && ch|0x20 <= 'z') && !('0' <= ch && ch <= '9') && ch != '+' && ch != '-' && ch != '.' {
			return false
		}
	}
	return true
}

// urlPrefix returns the constant string a value is, or starts with:
//
//	"http://collector:4318"
//	"http://" + host + ":4318"
//	fmt.Sprintf("http://%s:4318", host)
func (c *checker) urlPrefix(e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	if s, ok := constval.String(c.pass.TypesInfo, e); ok {
		return s, true
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return c.urlPrefix(e.X)
		}
	case *ast.CallExpr:
		if c.idx.Is(e, apis.FmtPkg+".Sprintf") && len(e.Args) > 0 {
			if s, ok := constval.String(c.pass.TypesInfo, e.Args[0]); ok {
				if i := strings.IndexByte(s, '%'); i >= 0 {
					s = s[:i]
				}
				return s, true
			}
		}
	}
	return "", false
}

// endpointEnv returns the OTLP endpoint variable that e reads with
// os.Getenv or os.LookupEnv, or "".
func (c *checker) endpointEnv(e ast.Expr) string {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || !c.idx.Is(call, apis.OSGetenv, apis.OSLookupEnv) || len(call.Args) != 1 {
		return ""
	}
	if s, ok := constval.String(c.pass.TypesInfo, call.Args[0]); ok && slices.Contains(apis.OTLPEndpointEnv, s) {
		return s
	}
	return ""
}
