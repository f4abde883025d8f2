package metricdef

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// replaceLiteral returns a fix that replaces the string literal e by
// text, or none when e is not a literal (a named constant may be used
// elsewhere).
func (c *checker) replaceLiteral(e ast.Expr, text, message string) []analysis.SuggestedFix {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   message,
		TextEdits: []analysis.TextEdit{{Pos: bl.Pos(), End: bl.End(), NewText: []byte(text)}},
	}}
}

// addBoundaries returns a fix that passes the boundaries the semantic
// conventions advise for seconds to a Float64Histogram:
//
//	meter.Float64Histogram("rpc.duration", metric.WithUnit("s"))
//	meter.Float64Histogram("rpc.duration", metric.WithUnit("s"), metric.WithExplicitBucketBoundaries(0.005, ...))
//
// It needs the file to import the metric package under a name, which the
// WithUnit option usually shows.
func (c *checker) addBoundaries(d *instrument) []analysis.SuggestedFix {
	name := c.importName(d.call.Pos(), apis.MetricPkg)
	if name == "" || len(d.call.Args) == 0 || d.call.Ellipsis.IsValid() {
		return nil
	}
	last := d.call.Args[len(d.call.Args)-1]
	return []analysis.SuggestedFix{{
		Message: "Set bucket boundaries in seconds",
		TextEdits: []analysis.TextEdit{{Pos: last.End(), End: last.End(),
			NewText: []byte(", " + name + ".WithExplicitBucketBoundaries(" + formatBounds(apis.SecondsBoundaries) + ")")}},
	}}
}

// sortBoundaries returns a fix that sorts literal boundaries and removes
// duplicates, when every boundary is a literal of its own.
func (c *checker) sortBoundaries(lits []ast.Expr) []analysis.SuggestedFix {
	if len(lits) == 0 {
		return nil
	}
	type lit struct {
		v    float64
		text string
	}
	var sorted []lit
	for _, e := range lits {
		v, ok := c.constFloat(e)
		bl, isLit := e.(*ast.BasicLit)
		if !ok || !isLit {
			return nil // a named constant or an expression: rewrite by hand
		}
		sorted = append(sorted, lit{v, bl.Value})
	}
	slices.SortStableFunc(sorted, func(a, b lit) int {
		switch {
		case a.v < b.v:
			return -1
		case a.v > b.v:
			return 1
		}
		return 0
	})
	sorted = slices.CompactFunc(sorted, func(a, b lit) bool { return a.v == b.v })
	text := ""
	for i, l := range sorted {
		if i > 0 {
			text += ", "
		}
		text += l.text
	}
	return []analysis.SuggestedFix{{
		Message:   "Sort the boundaries and remove duplicates",
		TextEdits: []analysis.TextEdit{{Pos: lits[0].Pos(), End: lits[len(lits)-1].End(), NewText: []byte(text)}},
	}}
}

// importName returns the name under which the file around pos imports
// path, or "" when it does not import it by a usable name.
func (c *checker) importName(pos token.Pos, path string) string {
	for _, f := range c.pass.Files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
				continue
			}
			if imp.Name != nil {
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
			if pkg := c.idx.Package(path); pkg != nil {
				return pkg.Name()
			}
		}
	}
	return ""
}
