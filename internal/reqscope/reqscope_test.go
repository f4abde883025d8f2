package reqscope_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/reqscope"
	"github.com/otellint/otellint/internal/testenv"
)

// probeAnalyzer reports the place of every use of a function named probe,
// as "<kind>: <reason>" ("neutral" alone for neutral code).
var probeAnalyzer = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report reqscope's classification at every use of probe",
	Requires: []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[reqscope.Analyzer].(*reqscope.Info)
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for c := range ins.Root().Preorder((*ast.Ident)(nil)) {
			id := c.Node().(*ast.Ident)
			fn, ok := pass.TypesInfo.Uses[id].(*types.Func)
			if !ok || fn.Name() != "probe" {
				continue
			}
			p := info.At(c)
			msg := p.Kind.String()
			if p.Reason != "" {
				msg += ": " + p.Reason
			}
			if p.Context != strings.HasSuffix(p.Reason, "that takes a request context") {
				msg += " (bad Context)"
			}
			if (p.Kind == reqscope.Neutral) != (p.Pos == 0) && p.Reason != "package-level initialiser" {
				msg += " (bad Pos)"
			}
			// Directly in a declaration's body, the place is the
			// declaration's own (a diagnostic of its own: no want matches
			// it).
			if d := directDecl(c); d != nil && info.Decl(d) != p {
				pass.Reportf(id.Pos(), "Decl(%s) = %v, At = %v", d.Name.Name, info.Decl(d), p)
			}
			pass.Reportf(id.Pos(), "%s", msg)
		}
		return nil, nil
	},
}

// directDecl returns the function declaration whose body holds cur with
// no closure or loop in between, or nil.
func directDecl(cur inspector.Cursor) *ast.FuncDecl {
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return nil
		case *ast.FuncDecl:
			return n
		}
	}
	return nil
}

func TestAt(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), probeAnalyzer, "otellint.test/reqscope/...")
}

func TestIsSetupName(t *testing.T) {
	for name, want := range map[string]bool{
		"New": true, "NewServer": true, "newMetrics": true, "InitObservability": true, "init_db": true,
		"Setup": true, "setupTracing": true, "initializeGateway": true, "InitialiseTracing": true, "initials2": false, "MustRegister": true, "Register2": true, "buildProviders": true,
		"Newsletter": false, "initials": false, "handleNew": false, "Settle": false, "": false, "registry": false,
	} {
		if got := reqscope.IsSetupName(name); got != want {
			t.Errorf("IsSetupName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[reqscope.Kind]string{reqscope.Neutral: "neutral", reqscope.Request: "request-scoped", reqscope.Init: "init", reqscope.Kind(42): "neutral"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

// testProbe reports at every use of a function named probe whether
// reqscope counts the place as test support.
var testProbe = &analysis.Analyzer{
	Name:     "testprobe",
	Doc:      "report reqscope's test-support classification at every use of probe",
	Requires: []*analysis.Analyzer{inspect.Analyzer, reqscope.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[reqscope.Analyzer].(*reqscope.Info)
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for c := range ins.Root().Preorder((*ast.Ident)(nil)) {
			id := c.Node().(*ast.Ident)
			if fn, ok := pass.TypesInfo.Uses[id].(*types.Func); !ok || fn.Name() != "probe" {
				continue
			}
			msg := "production"
			if info.TestSupport(c) {
				msg = "test support"
			}
			pass.Reportf(id.Pos(), "%s", msg)
		}
		return nil, nil
	},
}

func TestTestSupport(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), testProbe, "otellint.test/testsupport/...")
}
