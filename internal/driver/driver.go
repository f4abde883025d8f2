// Package driver is the otellint command's engine, for any list of
// analyzers (the command builds them from the suite's registry). It speaks
// two protocols:
//
//   - the go vet tool protocol (go vet -vettool=$(which otellint)): the
//     command hands over to unitchecker when [IsVetInvocation] says the go
//     command runs it, once per package with a .cfg file; go vet caches the
//     results and the facts of every dependency like its own analyses;
//   - standalone ([Run]: otellint [flags] packages): the packages are loaded
//     and type-checked in one process. Facts are computed only for the
//     packages of the main module, so a suite with facts costs about what
//     one without facts costs: dependencies outside the module are read from
//     export data, never type-checked from source.
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
	"strings"

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

// IsVetInvocation reports whether the go command runs us as a vet tool:
// it asks for our version (-V=full) and flags (-flags), then passes flags
// and one .cfg file per package.
func IsVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// options are the driver's own flags.
type options struct {
	json, fix, diff, tests bool
	timing                 bool
	cpuprofile, memprofile string
	dir                    string
	enable                 map[string]*triState
}

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
	fs.SetOutput(stderr)
	opts := &options{enable: map[string]*triState{}}
	fs.BoolVar(&opts.json, "json", false, "print findings and errors as JSON")
	fs.BoolVar(&opts.fix, "fix", false, "apply the suggested fixes")
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
	fs.Usage = func() { usage(stderr, fs) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitUsage
	}
	rest := fs.Args()
	if len(rest) > 0 && rest[0] == "help" {
		return help(stdout, stderr, analyzers, fs, rest[1:])
	}
	if len(rest) == 0 {
		usage(stderr, fs)
		return ExitUsage
	}
	if opts.diff && !opts.fix {
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
	fs.PrintDefaults()
}

// help prints the list of passes, or one pass's documentation.
func help(stdout, stderr io.Writer, analyzers []*analysis.Analyzer, fs *flag.FlagSet, args []string) int {
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
	posn     token.Position
	end      token.Position
	diag     analysis.Diagnostic
	fset     *token.FileSet
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
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitUsage
		}
		if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
			fmt.Fprintf(stderr, "otellint: -C %s: not a directory\n", opts.dir)
			return ExitUsage
		}
		dir = abs
	}
	out := &output{dir: dir, stdout: stdout, stderr: stderr}
	clock := newTimer()
	roots, all, importErrs, err := load(dir, patterns, opts.tests, needFacts(analyzers))
	if err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
		return ExitError
	}
	clock.mark("load")
	// Packages that did not load or type-check are reported, not analyzed.
	code := ExitClean
	var good []*packages.Package
	for _, p := range roots {
		if len(p.Errors) > 0 {
			code = ExitError
			out.packageErrors(p, importErrs[p.ID])
			continue
		}
		good = append(good, p)
	}
	_ = all
	if len(analyzers) == 0 || len(good) == 0 {
		return code
	}
	graph, err := checker.Analyze(analyzers, good, nil)
	if err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
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
	var findings []finding
	seen := map[string]bool{}
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			code = ExitError
			fmt.Fprintf(stderr, "otellint: %s: %s: %v\n", act.Analyzer.Name, act.Package.PkgPath, act.Err)
			continue
		}
		for _, d := range act.Diagnostics {
			f := finding{analyzer: act.Analyzer.Name, posn: act.Package.Fset.Position(d.Pos), diag: d, fset: act.Package.Fset}
			if d.End.IsValid() {
				f.end = act.Package.Fset.Position(d.End)
			}
			// A file shared by a package and its test variant is analyzed twice.
			key := fmt.Sprintf("%s|%s|%s", f.analyzer, f.posn, d.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			findings = append(findings, f)
		}
	}
	slices.SortFunc(findings, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Offset, b.posn.Offset), cmp.Compare(a.analyzer, b.analyzer))
	})
	switch {
	case opts.fix:
		unfixed, err := applyFixes(out, findings, opts.diff)
		if err != nil {
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitError
		}
		if unfixed > 0 && code == ExitClean {
			code = ExitFindings
		}
		return code
	case opts.json:
		if err := out.json(findings); err != nil {
			fmt.Fprintln(stderr, "otellint:", err)
			return ExitError
		}
	default:
		out.text(findings)
	}
	if len(findings) > 0 && code == ExitClean {
		code = ExitFindings
	}
	return code
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
