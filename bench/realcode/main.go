// Command realcode measures the precision of the otellint suite on real,
// OpenTelemetry-instrumented Go code: it runs otellint over pinned real
// modules and sets each finding against the committed verdicts of the
// people who read it.
//
// Run it from the repository root:
//
//	go run ./bench/realcode                          # every module, every pass
//	go run ./bench/realcode -modules=otelhttp,jaeger # only these modules
//	go run ./bench/realcode -passes=spanend -unjudged >>bench/realcode/judged/spanend.tsv
//
// It materialises the modules listed in modules.go, each at its exact
// version, from the Go module proxy into the cache directory (-cache, by
// default the user cache directory): writable copies whose local-path
// replace directives, which only resolve inside their own repositories,
// are dropped before the module is tidied; their dependencies are
// downloaded. A copy is made once and reused. It builds otellint from the
// repository's ./cmd/otellint (or takes -bin) and runs "otellint ./..."
// with the default options at each module's root, timing it.
//
// # Judged findings
//
// The folder judged/ holds one file per pass, <pass>.tsv, so that people
// judging different passes do not edit the same file. Each row is one
// finding, tab-separated:
//
//	module  file  line  pass  category  verdict  reason  [message]
//
// module is the short name of a pinned module (the -modules values), file
// is relative to the module root, verdict is real, debatable or false (or
// empty while the row waits for a judge), and reason is one line saying
// why. The optional last column keeps the finding's message. A finding
// matches the row of the same module, file, line, pass and category; the
// column and the message are left out, so a verdict survives a reworded
// message.
//
// To judge, print the findings without a verdict (-unjudged), read each
// one in its module's source as that module's maintainer would, and write
// the verdict and a one-line reason: real if the maintainer would want the
// change, false if the code is right as it is, debatable if reasonable
// maintainers would disagree.
//
// # Output
//
// For each pass and category: the findings, how many are judged real,
// debatable and false, how many are unjudged, the judged rows whose
// finding is gone (a real one gone is a finding lost), and the precision
// real/(real+false); then the findings per module, and the gone rows.
// -json writes all of it, with every finding and its verdict; -save keeps
// each module's raw output and a table of the modules (lines of non-test
// Go code, packages, wall time of the run). The exit status is 1 when a
// module could not be fetched or analysed (the others are still
// reported), 2 on a usage error and 0 otherwise, whatever was found.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/realmod"
)

var (
	cacheFlag    = flag.String("cache", "", "directory for the otellint binary and the materialised modules (default: otellint-realcode in the user cache directory)")
	modulesFlag  = flag.String("modules", "", "comma-separated names of the modules to analyse (default: all)")
	passesFlag   = flag.String("passes", "", "comma-separated names of the passes to report (default: all)")
	unjudgedFlag = flag.Bool("unjudged", false, "print the findings without a verdict as rows of the judged files on standard output (the report goes to standard error)")
	jsonFlag     = flag.String("json", "", "write the results as JSON to this file")
	saveFlag     = flag.String("save", "", "keep the raw output of each module's run and a table of the modules in this directory")
	binFlag      = flag.String("bin", "", "run this otellint binary instead of building ./cmd/otellint")
	judgedFlag   = flag.String("judged", "", "folder of the judged files (default: bench/realcode/judged of the repository)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./bench/realcode [flags]\n\nModules:\n")
		for _, m := range modules {
			fmt.Fprintf(os.Stderr, "  %-15s %s@%s\n", m.Name, m.Path, m.Version)
		}
		fmt.Fprintf(os.Stderr, "\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	err := run()
	var uerr usageError
	switch {
	case errors.As(err, &uerr):
		fmt.Fprintln(os.Stderr, "realcode:", err)
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "realcode:", err)
		os.Exit(1)
	}
}

// usageError is a bad flag value.
type usageError struct{ error }

// A moduleResult is what one module's run gave.
type moduleResult struct {
	Name     string `json:"name"`
	Path     string `json:"path"`
	Version  string `json:"version"`
	Lines    int    `json:"loc"` // lines of non-test Go code
	Packages int    `json:"packages"`
	// Wall is the wall time of the otellint run, in seconds.
	Wall     float64 `json:"wall_seconds"`
	Exit     int     `json:"exit"`
	Findings int     `json:"findings"` // of the selected passes
	// Dropped are the modules whose local-path replace directives were
	// dropped.
	Dropped []string `json:"dropped_replaces,omitempty"`
	Err     string   `json:"error,omitempty"`

	stdout, stderr string
}

// report is the JSON form of the results.
type report struct {
	Time     string `json:"time"`
	Otellint string `json:"otellint"` // the tree or binary run
	Go       string `json:"go"`
	// Dir is the folder of the materialised modules.
	Dir     string          `json:"dir"`
	Modules []*moduleResult `json:"modules"`
	*comparison
	Findings []finding `json:"findings"`
}

func run() error {
	mods, err := selectModules(*modulesFlag)
	if err != nil {
		return err
	}
	passes, err := selectPasses(*passesFlag)
	if err != nil {
		return err
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	judgedDir := *judgedFlag
	if judgedDir == "" {
		judgedDir = filepath.Join(root, "bench", "realcode", "judged")
	}
	judged, err := readJudged(judgedDir)
	if err != nil {
		return err
	}
	cache, err := realmod.CacheDir(*cacheFlag, "otellint-realcode")
	if err != nil {
		return err
	}
	bin, what, err := otellintBinary(root, cache)
	if err != nil {
		return err
	}
	goVersion, _ := exec.Command("go", "env", "GOVERSION").Output()

	var results []*moduleResult
	var findings []finding
	for _, m := range mods {
		r := analyse(cache, bin, m)
		for _, f := range r.findings {
			if passes[f.Pass] {
				findings = append(findings, f)
				r.Findings++
			}
		}
		results = append(results, r.moduleResult)
	}

	var categories [][2]string
	for _, d := range otellint.All() {
		p := d.Info()
		if passes[p.Name] {
			for _, c := range p.Categories {
				categories = append(categories, [2]string{p.Name, c})
			}
		}
	}
	ok := map[string]bool{}
	for _, r := range results {
		ok[r.Name] = r.Err == ""
	}
	cmp := compare(findings, judged, categories, func(module, pass string) bool { return ok[module] && passes[pass] })

	out := io.Writer(os.Stdout)
	if *unjudgedFlag {
		out = os.Stderr
		for _, f := range cmp.Unjudged {
			fmt.Println(unjudgedRow(f))
		}
	}
	rep := &report{
		Time:       time.Now().UTC().Format(time.RFC3339),
		Otellint:   what,
		Go:         strings.TrimSpace(string(goVersion)),
		Dir:        filepath.Join(cache, "modules"),
		Modules:    results,
		comparison: cmp,
		Findings:   findings,
	}
	printReport(out, rep)

	if *saveFlag != "" {
		if err := save(*saveFlag, rep); err != nil {
			return err
		}
	}
	if *jsonFlag != "" {
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*jsonFlag, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	var failed []string
	for _, r := range results {
		if r.Err != "" {
			failed = append(failed, r.Name)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d modules failed: %s (errors above)", len(failed), len(results), strings.Join(failed, ", "))
	}
	return nil
}

// selectModules returns the modules named by the -modules flag.
func selectModules(list string) ([]module, error) {
	if list == "" {
		return modules, nil
	}
	var out []module
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		i := slices.IndexFunc(modules, func(m module) bool { return m.Name == name })
		if i < 0 {
			var names []string
			for _, m := range modules {
				names = append(names, m.Name)
			}
			return nil, usageError{fmt.Errorf("no module named %q (modules: %s)", name, strings.Join(names, ", "))}
		}
		if !slices.Contains(out, modules[i]) {
			out = append(out, modules[i])
		}
	}
	return out, nil
}

// selectPasses returns the set of passes named by the -passes flag.
func selectPasses(list string) (map[string]bool, error) {
	all := otellint.Names()
	set := map[string]bool{}
	if list == "" {
		for _, p := range all {
			set[p] = true
		}
		return set, nil
	}
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if !slices.Contains(all, name) {
			return nil, usageError{fmt.Errorf("no pass named %q (passes: %s)", name, strings.Join(all, ", "))}
		}
		set[name] = true
	}
	return set, nil
}

// repoRoot returns the root of the otellint repository holding the
// working directory.
func repoRoot() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		return "", fmt.Errorf("run from the otellint repository: go list -m: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cmd", "otellint")); err != nil {
		return "", fmt.Errorf("run from the otellint repository root (no cmd/otellint in %s)", dir)
	}
	return dir, nil
}

// otellintBinary builds ./cmd/otellint into the cache, unless -bin names
// a binary, and returns the binary and a description of what it was built
// from.
func otellintBinary(root, cache string) (bin, what string, err error) {
	if *binFlag != "" {
		bin, err := filepath.Abs(*binFlag)
		return bin, "binary " + bin, err
	}
	bin = filepath.Join(cache, "bin", "otellint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/otellint")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", "", fmt.Errorf("go build ./cmd/otellint: %v\n%s", err, out)
	}
	what = root
	if rev, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output(); err == nil {
		what = "commit " + strings.TrimSpace(string(rev))
		if st, err := exec.Command("git", "-C", root, "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
			what += " with uncommitted changes"
		}
	}
	return bin, what, nil
}

// analysis is a module's result with its findings.
type analysis struct {
	*moduleResult
	findings []finding
}

// analyse materialises a module, measures it and runs otellint over it.
// Every failure is recorded in the result's Err.
func analyse(cache, bin string, m module) analysis {
	r := &moduleResult{Name: m.Name, Path: m.Path, Version: m.Version}
	a := analysis{moduleResult: r}
	dir := filepath.Join(cache, "modules", m.Name)
	fmt.Fprintf(os.Stderr, "realcode: %s: materialising %s@%s\n", m.Name, m.Path, m.Version)
	dropped, err := realmod.Materialize(dir, realmod.Pin{Path: m.Path, Version: m.Version})
	r.Dropped = dropped
	if err != nil {
		r.Err = err.Error()
		fmt.Fprintf(os.Stderr, "realcode: %s: %v\n", m.Name, err)
		return a
	}
	if r.Lines, _, err = realmod.CountLines(dir); err != nil {
		r.Err = err.Error()
		return a
	}
	pkgs, err := realmod.Packages(dir)
	if err != nil {
		r.Err = fmt.Sprintf("listing the packages: %v", err)
		fmt.Fprintf(os.Stderr, "realcode: %s: %s\n", m.Name, r.Err)
		return a
	}
	r.Packages = len(pkgs)

	fmt.Fprintf(os.Stderr, "realcode: %s: otellint ./... (%d packages, %d lines)\n", m.Name, r.Packages, r.Lines)
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), realmod.Env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	r.Wall = time.Since(start).Seconds()
	r.stdout, r.stderr = stdout.String(), stderr.String()
	r.Exit = -1
	if cmd.ProcessState != nil {
		r.Exit = cmd.ProcessState.ExitCode()
	}
	// Exit 0 is no finding and 3 is findings; 1 is a package that did
	// not load or an analysis that failed, which the run's standard
	// error explains.
	switch {
	case r.Exit == -1:
		r.Err = fmt.Sprintf("running otellint: %v", err)
		fmt.Fprintf(os.Stderr, "realcode: %s: %s\n", m.Name, r.Err)
		return a
	case r.Exit != 0 && r.Exit != 3:
		r.Err = fmt.Sprintf("otellint exits %d:\n%s", r.Exit, indent(excerpt(r.stderr, 12)))
		fmt.Fprintf(os.Stderr, "realcode: %s: %s\n", m.Name, r.Err)
	}
	var unparsed []string
	a.findings, unparsed = parseFindings(m.Name, r.stdout)
	if len(unparsed) > 0 {
		fmt.Fprintf(os.Stderr, "realcode: %s: %d output lines are not findings, first: %q\n", m.Name, len(unparsed), unparsed[0])
	}
	fmt.Fprintf(os.Stderr, "realcode: %s: %d findings in %.1fs\n", m.Name, len(a.findings), r.Wall)
	return a
}

// save writes each module's raw output, <name>.txt (and <name>.stderr.txt
// when not empty), and modules.tsv, one line per module.
func save(dir string, rep *report) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var tsv strings.Builder
	fmt.Fprintf(&tsv, "# otellint %s, %s, %s\n", rep.Otellint, rep.Go, rep.Time)
	tsv.WriteString("name\tmodule\tloc\tpackages\twall_seconds\texit\tfindings\terror\n")
	for _, r := range rep.Modules {
		fmt.Fprintf(&tsv, "%s\t%s@%s\t%d\t%d\t%.1f\t%d\t%d\t%s\n", r.Name, r.Path, r.Version, r.Lines, r.Packages, r.Wall, r.Exit, r.Findings,
			strings.ReplaceAll(strings.SplitN(r.Err, "\n", 2)[0], "\t", " "))
		if err := os.WriteFile(filepath.Join(dir, r.Name+".txt"), []byte(r.stdout), 0o644); err != nil {
			return err
		}
		if r.stderr != "" {
			if err := os.WriteFile(filepath.Join(dir, r.Name+".stderr.txt"), []byte(r.stderr), 0o644); err != nil {
				return err
			}
		}
	}
	return os.WriteFile(filepath.Join(dir, "modules.tsv"), []byte(tsv.String()), 0o644)
}

// excerpt returns the first n lines of s.
func excerpt(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("... (%d more lines)", len(lines)-n))
	}
	return strings.Join(lines, "\n")
}

// indent indents each line of s by four spaces.
func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
