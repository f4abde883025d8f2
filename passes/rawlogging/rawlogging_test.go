package rawlogging_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/rawlogging"
)

func newAnalyzer(t *testing.T, edit func(*rawlogging.Config)) *analysis.Analyzer {
	t.Helper()
	cfg := rawlogging.Pass.DefaultConfig()
	if edit != nil {
		edit(&cfg)
	}
	a, err := rawlogging.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRawPrint(t *testing.T) {
	dir := testenv.TestData(t)
	analysistest.Run(t, dir, rawlogging.Analyzer,
		"otellint.test/rawlogging/rawprint", "otellint.test/rawlogging/forbidigo", "otellint.test/rawlogging/deadbranch", "otellint.test/rawlogging/rawprintmain",
		"otellint.test/rawlogging/mixedoff", "otellint.test/rawlogging/zapnobridge", "otellint.test/rawlogging/runloop")
}

// TestProgramOutput: what command-line code prints is the program's
// output and a banner is not a log line; code that only tests run is not
// production. Each package holds the service code that is still reported.
func TestProgramOutput(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer,
		"otellint.test/rawlogging/cmdoutput", "otellint.test/rawlogging/cmdpkg", "otellint.test/rawlogging/startupbanner", "otellint.test/rawlogging/exitmessage",
		"otellint.test/rawlogging/testsupport", "otellint.test/rawlogging/mockpkg",
		"otellint.test/rawlogging/harnessuse", "otellint.test/rawlogging/configload",
		"otellint.test/rawlogging/flagwrapper/...", "otellint.test/rawlogging/kongcmd", "otellint.test/rawlogging/kingpincmd", "otellint.test/rawlogging/cmdexec",
		"otellint.test/rawlogging/logsink", "otellint.test/rawlogging/prompt")
}

// TestTerminalProgram: a package that draws on the terminal (a progress
// bar), itself or through another package's function known by its fact,
// belongs to a program a person watches; what it prints is that
// program's output. A package that only uses the bar's other functions
// is still a service.
func TestTerminalProgram(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer, "otellint.test/rawlogging/terminal/...")
}

// TestOutputs: an exported function of an internal package that the
// package does not use prints for its callers, all of them in the
// module: its prints are reported at the calls of service code, and are
// a command's output where a command calls it. A method, a handler it
// registers, a log record and a package that is not internal are judged
// where they print.
func TestOutputs(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer, "otellint.test/rawlogging/output/...")
}

func TestAllowMainFalse(t *testing.T) {
	a := newAnalyzer(t, nil)
	if err := a.Flags.Set("allow-main", "false"); err != nil {
		t.Fatal(err)
	}
	// A progress bar's redraws write no record even then; its text lines
	// are records, the bar's package being no longer a terminal
	// program's.
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/rawlogging/mainstrict", "otellint.test/rawlogging/progressbar")
}

func TestMixedLoggers(t *testing.T) {
	a := newAnalyzer(t, func(c *rawlogging.Config) { c.Logger = "zap" })
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/rawlogging/mixed")
}

// TestUncorrelated checks the fixes of uncorrelated-log: they pass the
// context that carries the caller's trace (in a proxy handler, the
// incoming request's, not the outgoing one's).
func TestUncorrelated(t *testing.T) {
	var pkgs []string
	for _, p := range fixPkgs {
		pkgs = append(pkgs, "otellint.test/rawlogging/"+p)
	}
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), rawlogging.Analyzer, pkgs...)
}

// TestLogEvidence: a log call that drops the context loses a trace_id
// only where the handler behind it reads the context; uncorrelated-log
// reports in a package that shows it does (a context handed to a log
// call elsewhere, an OpenTelemetry log bridge, a slog handler of its own
// that reads the context), and stays silent in one that never hands its
// pipeline a context.
func TestLogEvidence(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer,
		"otellint.test/rawlogging/evidence/none", "otellint.test/rawlogging/evidence/ctxcall",
		"otellint.test/rawlogging/evidence/bridge", "otellint.test/rawlogging/evidence/handler",
		"otellint.test/rawlogging/evidence/debugmux")
}

// TestLogCtxGetter: a logrus call on a package's global entry, where the
// package keeps an entry in the context and a span is in scope, is
// reported with the getter to use; not where the package has no getter,
// where the context carries no span, nor in a package that gives its
// getter only fresh contexts.
func TestLogCtxGetter(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer,
		"otellint.test/rawlogging/logctx/use", "otellint.test/rawlogging/logctx/freshonly")
}

// TestHandlersReadContext: a team whose handlers all read the context
// has uncorrelated-log report without the package's evidence.
func TestHandlersReadContext(t *testing.T) {
	a := newAnalyzer(t, nil)
	if err := a.Flags.Set("handlers-read-context", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/rawlogging/evidence/optin")
}

// fixPkgs are the scenarios with golden files.
var fixPkgs = []string{"uncorrelated", "otelzapctx", "proxyctx"}

// TestGoldenCompiles type-checks each fix package with its golden files in
// place of its sources: a fix must leave code that compiles.
func TestGoldenCompiles(t *testing.T) {
	testenv.GoldenCompiles(t, "rawlogging", fixPkgs...)
}

// TestPeerSuites runs the shapes of sloglint's context rule, the one of
// its rules that is otellint's concern (a slog call that drops the
// context in scope): every one is caught.
func TestPeerSuites(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer, "otellint.test/rawlogging/peers/...")
}

func TestConfig(t *testing.T) {
	if _, err := rawlogging.Pass.New(rawlogging.Config{Logger: "glog"}); err == nil {
		t.Error("unknown logger accepted")
	}
	if _, err := rawlogging.Pass.New(rawlogging.Config{Checks: []string{"raw-prints"}}); err == nil {
		t.Error("unknown check accepted")
	}
	a := newAnalyzer(t, nil)
	if err := a.Flags.Set("logger", "log4j"); err == nil {
		t.Error("flag accepted an unknown logger")
	}
	for _, l := range rawlogging.Loggers {
		if err := a.Flags.Set("logger", l); err != nil {
			t.Error(err)
		}
	}
	// Each analyzer has its own copy of the configuration.
	if rawlogging.Analyzer.Flags.Lookup("logger").Value.String() != "" {
		t.Error("setting one analyzer's flag changed the default analyzer")
	}
}

// TestPrinters: a function whose purpose is printing what it builds is
// like fmt.Print: its calls from production code are reported, in its
// package and in others through its fact, not the print inside it, and
// calls from test support are not.
func TestPrinters(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), rawlogging.Analyzer, "otellint.test/rawlogging/printer/...")
}

// TestSummary checks that the cross-package case (printers of another
// package) finds the same diagnostics when the facts are computed by the
// summary service, as under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), rawlogging.Analyzer, "otellint.test/rawlogging/printer/...", "otellint.test/rawlogging/terminal/...", "otellint.test/rawlogging/output/...")
}
