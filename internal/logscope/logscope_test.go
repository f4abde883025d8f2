package logscope_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/testenv"
)

// probeAnalyzer reports the place of every call of a function named
// probe, as "<kind>: <reason>" ("production" alone for production code).
// Where Info.At says command or test, the syntactic CommandFunc and
// TestHelper must not contradict it, nor TestSupport outside test files.
var probeAnalyzer = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report logscope's classification at every call of probe",
	Requires: []*analysis.Analyzer{inspect.Analyzer, logscope.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[logscope.Analyzer].(*logscope.Info)
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for c := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			id, ok := call.Fun.(*ast.Ident)
			if !ok {
				continue
			}
			if fn, ok := pass.TypesInfo.Uses[id].(*types.Func); !ok || fn.Name() != "probe" {
				continue
			}
			p := info.At(c)
			msg := p.Kind.String()
			if p.Reason != "" {
				msg += ": " + p.Reason
			}
			if logscope.CommandFunc(pass.TypesInfo, c) && p.Kind != logscope.Command ||
				logscope.TestHelper(pass.TypesInfo, c) && p.Kind != logscope.Test {
				msg += " (the syntactic test disagrees)"
			}
			if p.Reason != "test file" && info.TestSupport(c) != (p.Kind == logscope.Test) {
				msg += " (TestSupport disagrees)"
			}
			pass.Reportf(call.Pos(), "%s", msg)
		}
		return nil, nil
	},
}

func TestAt(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), probeAnalyzer, "otellint.test/logscope/...")
}

func TestKindString(t *testing.T) {
	for k, want := range map[logscope.Kind]string{logscope.Production: "production", logscope.Command: "command", logscope.Test: "test", logscope.Kind(7): "production"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

// TestAtBadCursor: an invalid cursor or a nil Info is production code,
// without a panic.
func TestAtBadCursor(t *testing.T) {
	var in *logscope.Info
	if p := in.At(inspector.Cursor{}); p.Kind != logscope.Production {
		t.Errorf("nil Info: %v", p)
	}
	in = logscope.New(nil, &types.Info{}, nil, nil)
	if p := in.At(inspector.Cursor{}); p.Kind != logscope.Production {
		t.Errorf("invalid cursor: %v", p)
	}
}

// TestTestSupportBadCursor: an invalid cursor or a nil Info is not test
// support, without a panic.
func TestTestSupportBadCursor(t *testing.T) {
	var in *logscope.Info
	if in.TestSupport(inspector.Cursor{}) {
		t.Error("nil Info: test support")
	}
	in = logscope.New(nil, &types.Info{}, nil, nil)
	if in.TestSupport(inspector.Cursor{}) {
		t.Error("invalid cursor: test support")
	}
}

// loadProbeAnalyzer reports, at every call of a function named loadprobe,
// whether Info.ConfigLoad calls the place configuration loading, with its
// reason, or "not loading".
var loadProbeAnalyzer = &analysis.Analyzer{
	Name:     "loadprobe",
	Doc:      "report logscope's configuration loading at every call of loadprobe",
	Requires: []*analysis.Analyzer{inspect.Analyzer, logscope.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[logscope.Analyzer].(*logscope.Info)
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for c := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			id, ok := call.Fun.(*ast.Ident)
			if !ok || id.Name != "loadprobe" {
				continue
			}
			if p := info.ConfigLoad(c); p.Kind != logscope.Production {
				pass.Reportf(call.Pos(), "loading: %s", p.Reason)
			} else {
				pass.Reportf(call.Pos(), "not loading")
			}
		}
		return nil, nil
	},
}

// TestConfigLoad: the functions that load the program's configuration
// from files and their helpers, beside functions that decode a request
// or keep what they decode.
func TestConfigLoad(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), loadProbeAnalyzer, "otellint.test/configloading")
	var in *logscope.Info
	if p := in.ConfigLoad(inspector.Cursor{}); p.Kind != logscope.Production {
		t.Errorf("nil Info: %v", p)
	}
}
