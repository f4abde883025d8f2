// Package driver is the otellint command's engine, for any list of
// analyzers (the command builds them from the suite's registry). It speaks
// two protocols:
//
//   - the go vet tool protocol (go vet -vettool=$(which otellint)): [Vet]
//     checks the options once and hands over to unitchecker when
//     [IsVetInvocation] says the go command runs it, once per package with
//     a .cfg file; go vet caches the results and the facts of every
//     dependency like its own analyses;
//   - standalone ([Run]: otellint [flags] packages): the packages are loaded
//     and type-checked in one process. Facts are computed only for the
//     packages of the main module, so a suite with facts costs about what
//     one without facts costs: dependencies outside the module are read from
//     export data, never type-checked from source.
//
// A standalone run prints its findings as text (each with its related
// positions on indented lines below it), as go vet's JSON (-json), or as
// SARIF 2.1.0 (-sarif); with -fix it applies the suggested fixes and says
// what it changed.
//
// Exit status of a standalone run: 0 no findings, 3 findings, 1 the
// packages could not be loaded or an analysis failed, 2 usage error.
package driver

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/docx"
)

// Exit codes of a standalone run.
const (
	ExitClean    = 0
	ExitError    = 1
	ExitUsage    = 2
	ExitFindings = 3
)

// Output formats of a standalone run.
const (
	formatText  = "text"
	formatJSON  = "json"
	formatSARIF = "sarif"
)

// options are the driver's own flags.
type options struct {
	format                 string
	json, sarif            bool
	fix, diff, tests       bool
	timing                 bool
	cpuprofile, memprofile string
	dir                    string
	enable                 map[string]*triState
}

// hint follows every usage error: the flags are one command away.
const hint = "run 'otellint -h' for the flags, 'otellint help' for the passes"

// Run runs analyzers as the standalone command with the given arguments
// and returns the exit code. Each analyzer's flags are available as
// -<name>.<flag>, and -<name> (or -<name>=false) selects (or drops) a
// pass as with multichecker.
func Run(analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	if err := analysis.Validate(analyzers); err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
		return ExitError
	}
	fs := flag.NewFlagSet("otellint", flag.ContinueOnError)
	// Errors are printed here, in one line with a hint; the flags only
	// on -h.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	opts := &options{enable: map[string]*triState{}}
	fs.StringVar(&opts.format, "format", formatText, "output format: text, json (go vet's JSON) or sarif (SARIF 2.1.0)")
	fs.BoolVar(&opts.json, "json", false, "print findings and errors as go vet's JSON (-format=json)")
	fs.BoolVar(&opts.sarif, "sarif", false, "print findings as SARIF 2.1.0, for GitHub code scanning (-format=sarif)")
	fs.BoolVar(&opts.fix, "fix", false, "apply the suggested fixes, then print the findings left")
	fs.BoolVar(&opts.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.BoolVar(&opts.tests, "test", true, "also analyze the test packages")
	fs.StringVar(&opts.dir, "C", "", "change to this directory before loading the packages")
	fs.StringVar(&opts.cpuprofile, "cpuprofile", "", "write a CPU profile to this file")
	fs.BoolVar(&opts.timing, "timing", false, "print the time spent loading and analyzing the packages to stderr")
	fs.StringVar(&opts.memprofile, "memprofile", "", "write a heap profile, taken once the analysis is done, to this file")
	for _, a := range analyzers {
		t := new(triState)
		opts.enable[a.Name] = t
		fs.Var(t, a.Name, "enable only the "+a.Name+" pass (or, with =false, disable it): "+docx.Title(a.Doc))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stderr, fs)
			return ExitClean
		}
		return usageError(stderr, err.Error())
	}
	rest := fs.Args()
	if len(rest) > 0 && rest[0] == "help" {
		return help(stdout, stderr, analyzers, rest[1:])
	}
	if len(rest) == 0 {
		return usageError(stderr, "no packages to analyze (such as ./...)")
	}
	if err := opts.resolveFormat(); err != nil {
		return usageError(stderr, err.Error())
	}
	if opts.diff {
		opts.fix = true
	}
	analyzers = selectAnalyzers(analyzers, opts.enable)

	if opts.cpuprofile != "" {
		f, err := os.Create(opts.cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitError
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitError
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	return analyze(analyzers, rest, opts, stdout, stderr)
}

// resolveFormat folds -json and -sarif into -format and rejects
// combinations that cannot be honoured.
func (o *options) resolveFormat() error {
	switch o.format {
	case formatText, formatJSON, formatSARIF:
	default:
		return fmt.Errorf("-format=%s: want text, json or sarif", o.format)
	}
	if o.json && o.sarif || (o.json || o.sarif) && o.format != formatText {
		return errors.New("choose one output format: -json, -sarif or -format")
	}
	if o.json {
		o.format = formatJSON
	}
	if o.sarif {
		o.format = formatSARIF
	}
	if o.diff && o.format != formatText {
		return fmt.Errorf("-diff prints a patch; it does not combine with -format=%s", o.format)
	}
	return nil
}

// usageError prints a usage error in one line, then the hint.
func usageError(w io.Writer, msg string) int {
	fmt.Fprintf(w, "otellint: %s\n%s\n", msg, hint)
	return ExitUsage
}

// usage prints the command's help: how to run it, then its flags.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `otellint checks OpenTelemetry instrumentation in Go code.

Usage:
	otellint [flags] packages     # e.g. otellint ./...
	otellint help                 # list the passes
	otellint help <pass>          # a pass's documentation and flags
	go vet -vettool=$(which otellint) [flags] packages

Exit status: 0 no findings, 3 findings, 1 load or analysis error, 2 usage error.

Flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// help prints the list of passes, or one pass's documentation.
func help(stdout, stderr io.Writer, analyzers []*analysis.Analyzer, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(stdout, "otellint checks OpenTelemetry instrumentation in Go code.\n\nPasses:")
		for _, a := range analyzers {
			fmt.Fprintf(stdout, "    %-20s %s\n", a.Name, docx.Title(a.Doc))
		}
		fmt.Fprintln(stdout, "\nRun \"otellint help <pass>\" for a pass's documentation and flags.")
		return ExitClean
	}
	code := ExitClean
	for _, name := range args {
		i := slices.IndexFunc(analyzers, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			fmt.Fprintf(stderr, "otellint: no pass named %q\n", name)
			code = ExitUsage
			continue
		}
		a := analyzers[i]
		fmt.Fprintf(stdout, "%s: %s\n", a.Name, a.Doc)
		first := true
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				fmt.Fprintln(stdout, "\nFlags:")
				first = false
			}
			fmt.Fprintf(stdout, "  -%s.%s\n    \t%s (default %q)\n", a.Name, f.Name, f.Usage, f.DefValue)
		})
	}
	return code
}

// triState is a bool flag that remembers whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }
func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return ""
}
func (t *triState) Set(s string) error {
	switch s {
	case "true", "1", "t", "T", "TRUE", "True":
		*t = setTrue
	case "false", "0", "f", "F", "FALSE", "False":
		*t = setFalse
	default:
		return fmt.Errorf("want true or false, got %q", s)
	}
	return nil
}

// selectAnalyzers applies the -<name> flags: if any is true, only those
// run; those set false do not run.
func selectAnalyzers(as []*analysis.Analyzer, enable map[string]*triState) []*analysis.Analyzer {
	anyTrue := false
	for _, t := range enable {
		if *t == setTrue {
			anyTrue = true
		}
	}
	var out []*analysis.Analyzer
	for _, a := range as {
		switch t := *enable[a.Name]; {
		case t == setFalse:
		case anyTrue && t != setTrue:
		default:
			out = append(out, a)
		}
	}
	return out
}

// finding is one diagnostic with its analyzer, for printing.
type finding struct {
	analyzer string
	pkg      string // package path
	posn     token.Position
	end      token.Position
	diag     analysis.Diagnostic
	fset     *token.FileSet
}

// report is what a standalone run found: the findings, each once (a file
// shared by a package and its test variant is analysed twice), the
// results in go vet's JSON form, and the errors that stopped a package
// or an analysis.
type report struct {
	findings []finding
	tree     jsonTree
	errors   []runError
}

// runError is a load or analysis error, for the formats that carry them.
type runError struct {
	pkg      string // package path
	analyzer string // empty for a load error
	posn     token.Position
	msg      string
}

func analyze(analyzers []*analysis.Analyzer, patterns []string, opts *options, stdout, stderr io.Writer) int {
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
		return ExitError
	}
	if opts.dir != "" {
		abs, err := filepath.Abs(opts.dir)
		if err != nil {
			return usageError(stderr, err.Error())
		}
		if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
			return usageError(stderr, "-C "+opts.dir+": not a directory")
		}
		dir = abs
	}
	out := &output{dir: dir, stdout: stdout, stderr: stderr, format: opts.format, analyzers: analyzers}
	rep := &report{tree: jsonTree{}}
	clock := newTimer()
	announceDownloads(dir, stderr)
	roots, all, importErrs, err := load(dir, patterns, opts.tests, needFacts(analyzers))
	if err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
		rep.errors = append(rep.errors, runError{msg: err.Error()})
		out.print(rep)
		return ExitError
	}
	clock.mark("load")
	// Packages that did not load or type-check are reported, not analyzed.
	code := ExitClean
	var good []*packages.Package
	for _, p := range roots {
		if len(p.Errors) > 0 {
			code = ExitError
			errs := out.packageErrors(p, importErrs[p.ID])
			rep.addLoadErrors(p, analyzers, errs)
			continue
		}
		good = append(good, p)
	}
	if len(analyzers) == 0 || len(good) == 0 {
		out.print(rep)
		return code
	}
	graph, err := checker.Analyze(analyzers, good, nil)
	if err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
		rep.errors = append(rep.errors, runError{msg: err.Error()})
		out.print(rep)
		return ExitError
	}
	if opts.timing {
		clock.mark("analysis")
		clock.print(stderr, len(all))
	}
	if opts.memprofile != "" {
		// Written while the packages and the analysis results are still
		// live: the heap at its fullest.
		if err := writeHeapProfile(opts.memprofile); err != nil {
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitError
		}
	}
	if rep.collect(graph, stderr) {
		code = ExitError
	}
	if opts.fix {
		left, summary, err := applyFixes(out, rep.findings, opts.diff)
		if err != nil {
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitError
		}
		rep.findings = left
		if opts.diff {
			// stdout holds the patch; the findings left go to stderr.
			out.textTo(stderr, left)
		} else {
			out.print(rep)
		}
		fmt.Fprintln(stderr, "otellint:", summary)
	} else {
		out.print(rep)
		if opts.format == formatText {
			out.closing(rep.findings, code)
		}
	}
	if len(rep.findings) > 0 && code == ExitClean {
		code = ExitFindings
	}
	return code
}

// collect gathers the results of the root actions: the findings, each
// once and in order, and the JSON tree. It prints the analyses that
// failed to stderr and reports whether there were any.
func (r *report) collect(graph *checker.Graph, stderr io.Writer) (failed bool) {
	seen := map[string]bool{}
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		r.tree.add(act.Package, act.Analyzer.Name, act.Diagnostics, act.Err)
		if act.Err != nil {
			failed = true
			fmt.Fprintf(stderr, "otellint: %s: %s: %v\n", act.Analyzer.Name, act.Package.PkgPath, act.Err)
			r.errors = append(r.errors, runError{pkg: act.Package.PkgPath, analyzer: act.Analyzer.Name, msg: act.Err.Error()})
			continue
		}
		for _, d := range act.Diagnostics {
			f := finding{analyzer: act.Analyzer.Name, pkg: act.Package.PkgPath, posn: act.Package.Fset.Position(d.Pos), diag: d, fset: act.Package.Fset}
			if d.End.IsValid() {
				f.end = act.Package.Fset.Position(d.End)
			}
			// A file shared by a package and its test variant is analyzed twice.
			key := fmt.Sprintf("%s|%s|%s", f.analyzer, f.posn, d.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			r.findings = append(r.findings, f)
		}
	}
	slices.SortFunc(r.findings, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Offset, b.posn.Offset), cmp.Compare(a.analyzer, b.analyzer))
	})
	return failed
}

// addLoadErrors records why a package was not analysed: in the JSON tree
// as the error of each analyzer (as go vet's drivers write an analysis
// that could not run), and for SARIF as notifications.
func (r *report) addLoadErrors(p *packages.Package, analyzers []*analysis.Analyzer, errs []loadError) {
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.text)
		r.errors = append(r.errors, runError{pkg: p.PkgPath, posn: e.posn, msg: e.msg})
	}
	err := errors.New(joinLines(msgs))
	for _, a := range analyzers {
		r.tree.add(p, a.Name, nil, err)
	}
}

func writeHeapProfile(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func needFacts(as []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer) bool
	visit = func(a *analysis.Analyzer) bool {
		if seen[a] {
			return false
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		return slices.ContainsFunc(a.Requires, visit)
	}
	return slices.ContainsFunc(as, visit)
}
