package metricdef

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/otellint/otellint/internal/apis"
)

// Views. A program may replace the default aggregation of a histogram
// with a view on its meter provider (sdkmetric.WithView(sdkmetric.NewView(
// sdkmetric.Instrument{Name: "http.*"}, sdkmetric.Stream{Aggregation:
// sdkmetric.AggregationExplicitBucketHistogram{...}}))), or the default
// aggregation of every histogram with an aggregation selector on a reader
// or an exporter. Either is usually written in main or in a telemetry
// package, which imports the packages that create the instruments, never
// the other way round: analysis facts, which flow from a package to its
// importers, cannot carry them to the instruments. So the views are read
// from the syntax of the main module's own files, once per process and
// module, and only when a package has a histogram they could change.

// viewRule is what a view or an aggregation selector says about the
// histograms whose aggregation it sets. An empty pattern or unit matches
// any; kind is apis.KindHistogram, "" (any kind) or "other".
type viewRule struct {
	name *regexp.Regexp // nil: any name
	unit string         // "": any unit
	kind string
}

// matches reports whether the rule may set the aggregation of the
// histogram d. A name or unit that is not constant may be anything.
func (r viewRule) matches(d *instrument) bool {
	if r.kind == "other" {
		return false
	}
	if r.name != nil && d.nameOK && !r.name.MatchString(d.name) {
		return false
	}
	if u, ok := d.knownUnit(); ok && r.unit != "" && r.unit != u {
		return false
	}
	return true
}

// packageViews returns the view rules written in the files of one
// package, from their syntax alone: the knowledge this pass shares across
// the packages of a module, a pure function of a package's files.
//
//   - sdkmetric.NewView(criteria, mask) whose mask sets an Aggregation
//     that replaces the boundaries: explicit buckets, base-2 exponential,
//     drop, or one not written out;
//   - a function literal that mentions such an aggregation (a view or a
//     selector written by hand): any histogram;
//   - a call of WithAggregationSelector of the SDK or of an exporter: any
//     histogram.
func packageViews(files []*ast.File) []viewRule {
	var rules []viewRule
	for _, f := range files {
		rules = append(rules, fileViews(f)...)
	}
	return rules
}

// fileViews returns the view rules of one file.
func fileViews(f *ast.File) []viewRule {
	sdk, otel := "", map[string]bool{}
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || !strings.HasPrefix(path, apis.OtelPkg+"/") {
			continue
		}
		name := path[strings.LastIndexByte(path, '/')+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		otel[name] = true
		if path == apis.SDKMetricPkg {
			sdk = name
		}
	}
	if len(otel) == 0 {
		return nil
	}
	// is reports whether e is pkg.name for the SDK's import.
	is := func(e ast.Expr, names ...string) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		x, ok := sel.X.(*ast.Ident)
		return ok && sdk != "" && x.Name == sdk && slices.Contains(names, sel.Sel.Name)
	}
	var rules []viewRule
	inView := map[ast.Node]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && otel[x.Name] && sel.Sel.Name == apis.AggregationSelectorOption {
				rules = append(rules, viewRule{})
				return true
			}
			if is(n.Fun, "NewView") && len(n.Args) == 2 {
				if r, ok := newViewRule(n.Args[0], n.Args[1], is); ok {
					rules = append(rules, r)
				}
				for _, a := range n.Args {
					ast.Inspect(a, func(m ast.Node) bool { inView[m] = true; return true })
				}
			}
		case *ast.FuncLit:
			if !inView[n] && mentions(n, func(e ast.Expr) bool { return is(e, apis.ViewAggregations...) }) {
				rules = append(rules, viewRule{})
				return false
			}
		}
		return true
	})
	return rules
}

// newViewRule reads NewView(criteria, mask). It returns false for a view
// whose mask, written out, sets no aggregation that replaces the
// boundaries (a view that renames, or filters attributes).
func newViewRule(criteria, mask ast.Expr, is func(ast.Expr, ...string) bool) (viewRule, bool) {
	if lit := literal(mask); lit != nil {
		agg := field(lit, "Aggregation")
		if agg == nil {
			return viewRule{}, false
		}
		if alit := literal(agg); alit != nil && !is(alit.Type, apis.ViewAggregations...) {
			return viewRule{}, false // AggregationDefault{}, AggregationSum{}...
		}
	}
	var r viewRule
	lit := literal(criteria)
	if lit == nil {
		return r, true
	}
	if v := field(lit, "Name"); v != nil {
		if s, ok := stringLit(v); ok {
			r.name = viewPattern(s)
		}
	}
	if v := field(lit, "Unit"); v != nil {
		if s, ok := stringLit(v); ok {
			r.unit = s
		}
	}
	if v := field(lit, "Kind"); v != nil {
		switch {
		case is(v, "InstrumentKindHistogram"):
			r.kind = apis.KindHistogram
		case is(v, "InstrumentKindCounter", "InstrumentKindUpDownCounter", "InstrumentKindGauge",
			"InstrumentKindObservableCounter", "InstrumentKindObservableUpDownCounter", "InstrumentKindObservableGauge"):
			r.kind = "other"
		}
	}
	return r, true
}

// viewPattern compiles a view's name criteria as the SDK does: "*"
// matches any run of characters and "?" any one.
func viewPattern(s string) *regexp.Regexp {
	p := "^" + regexp.QuoteMeta(s) + "$"
	p = strings.ReplaceAll(p, `\?`, ".")
	p = strings.ReplaceAll(p, `\*`, ".*")
	re, err := regexp.Compile(p)
	if err != nil {
		return nil
	}
	return re
}

// literal returns the composite literal e is, or whose address it is.
func literal(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

// field returns the value of the named field in a keyed struct literal.
func field(lit *ast.CompositeLit, name string) ast.Expr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

// stringLit returns the value of a string literal.
func stringLit(e ast.Expr) (string, bool) {
	bl, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(bl.Value)
	return s, err == nil
}

// mentions reports whether some expression in n satisfies match.
func mentions(n ast.Node, match func(ast.Expr) bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if e, ok := m.(ast.Expr); ok && !found && match(e) {
			found = true
		}
		return !found
	})
	return found
}

// moduleViews memoizes the view rules of each module, by its root.
var moduleViews sync.Map // string -> *moduleScan

// moduleScan is the view rules of a module, read once.
type moduleScan struct {
	once  sync.Once
	rules []viewRule
}

// views returns the view rules of the main module the package belongs
// to, read from the module's files on first use; when the module root is
// not found, those of the package's own files.
func (c *checker) viewRules() []viewRule {
	root := ""
	for _, f := range c.pass.Files {
		if tf := c.pass.Fset.File(f.FileStart); tf != nil && filepath.IsAbs(tf.Name()) {
			root = moduleRoot(filepath.Dir(tf.Name()))
			break
		}
	}
	if root == "" {
		return packageViews(c.pass.Files)
	}
	v, _ := moduleViews.LoadOrStore(root, &moduleScan{})
	s := v.(*moduleScan)
	s.once.Do(func() { s.rules = scanModule(root) })
	return s.rules
}

// moduleRoot returns the directory of the go.mod file that governs dir,
// or "".
func moduleRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// scanModule reads the view rules of the non-test Go files of the module
// rooted at root, leaving out nested modules, vendor and testdata
// folders, and hidden ones. Only files that mention the SDK's metric
// package or an aggregation selector are parsed.
func scanModule(root string) []viewRule {
	fset := token.NewFileSet()
	byDir := map[string][]*ast.File{}
	_ = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable folder has no views we can see
		}
		if e.IsDir() {
			name := e.Name()
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || fileExists(filepath.Join(path, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(src, []byte(apis.SDKMetricPkg)) && !bytes.Contains(src, []byte(apis.AggregationSelectorOption)) {
			return nil
		}
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		byDir[filepath.Dir(path)] = append(byDir[filepath.Dir(path)], f)
		return nil
	})
	var rules []viewRule
	for _, files := range byDir {
		rules = append(rules, packageViews(files)...)
	}
	return rules
}

// fileExists reports whether path names an existing file.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
