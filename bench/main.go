// Command bench measures the otellint suite against its floor: the same
// driver running one analyzer that only requires inspect.Analyzer, whose
// cost is that of loading and type-checking the packages.
//
// Run it from the repository root:
//
//	go run ./bench                       # every workload
//	go run ./bench -workloads=synth      # only the synthetic module
//	go run ./bench -runs=5 -passes=false # suite against floor only
//
// Workloads: the synthetic module of package synth at 1x, 4x and 16x, and
// real modules pinned at exact versions, fetched from the Go module proxy
// with "go mod download" into the cache directory. For each workload it
// runs the floor, the suite, and each pass alone (otellint -<pass>), each
// several times, interleaved, and prints the median wall time, CPU time
// (user+sys of the process and the go commands it runs) and peak RSS, the
// ratio suite/floor and what each pass adds over the floor. Every run uses
// the driver's -timing flag, so the analysis phase (after loading and
// type-checking) is also measured on its own: the budget, checked at the
// end, is judged on the whole runs and on the analysis phase.
//
// With -golangci it also measures golangci-lint, where most users run
// otellint:
//
//	go run ./bench -golangci -standalone=false -workloads=synth1,otelhttp,jaeger -scales=1
//	go run ./bench -golangci -standalone=false -otellint=.,../other-checkout
//
// It builds golangci-lint with the otellint plugin by scripts/custom-gcl,
// from this working tree or from each checkout -otellint lists, into the
// cache directory (keyed by a hash of the script, integration/gcl and the
// files the plugin is built from, so that a rebuild happens only when one
// changes). On each workload it runs the binary with a generated
// .golangci.yml that enables one linter (linters default none, no limit
// on issues): only otellint, and only -golangci-floor (durationcheck, a
// typed linter without facts: golangci-lint's own cost of loading and
// type-checking). Each run pair is cold, on a fresh empty
// GOLANGCI_LINT_CACHE, as in a CI job without a restored cache, then warm,
// a second run on the cache the first filled. It prints the median wall
// time and peak RSS of each, the ratios of otellint to the floor, the
// issues reported (a warning if otellint reports none, or different
// issues cold and warm), and the budget: a cold run costs at most 1.5x the
// floor's wall time and peak RSS. A FAIL makes the command exit with
// status 1 only under -golangci-strict. The -json file holds these
// measurements too, with the ratios and verdicts, under each workload's
// Golangci.
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/bench/synth"
	"github.com/otellint/otellint/internal/realmod"
)

// realModules are the pinned real workloads. Each is OpenTelemetry-using
// and permissively licensed.
var realModules = []realModule{
	{"otelhttp", "small", "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "v0.72.0"},
	{"jaeger", "medium", "github.com/jaegertracing/jaeger", "v1.76.0"},
	{"temporal", "large", "go.temporal.io/server", "v1.30.0"},
}

type realModule struct {
	name, size, path, version string
}

var (
	runsFlag       = flag.Int("runs", 3, "measured runs of the floor and of the suite per workload")
	passRunsFlag   = flag.Int("pass-runs", 0, "measured runs of each pass alone per workload (default: -runs)")
	passesFlag     = flag.Bool("passes", true, "also measure each pass alone")
	workloadsFlag  = flag.String("workloads", "synth,otelhttp,jaeger,temporal", "comma-separated workloads: synth, synth1, synth4, synth16, or a real module's name")
	scalesFlag     = flag.String("scales", "1,4,16", "scales of the synthetic module")
	cacheFlag      = flag.String("cache", "", "directory for binaries, generated and fetched modules (default: the user cache directory)")
	jsonFlag       = flag.String("json", "", "also write the measurements as JSON to this file")
	profileFlag    = flag.String("cpuprofile", "", "write a CPU profile of one suite run per workload to this directory")
	testsFlag      = flag.Bool("test", true, "analyze test packages too (the driver's default)")
	largeFlag      = flag.String("large", "temporal", "the workload on which the 1.25x wall and 1.3x RSS budget is checked")
	shortRunsFlag  = flag.Bool("triple-short", true, "run workloads whose suite run takes under 3 seconds three times as often")
	standaloneFlag = flag.Bool("standalone", true, "measure the otellint command against its floor (-standalone=false with -golangci measures only golangci-lint)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./bench [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// sample is one measured run.
type sample struct {
	Wall, CPU time.Duration
	RSS       int64 // peak resident set size, bytes
	Exit      int
	// AnalysisWall and AnalysisCPU are the time of the analysis phase
	// alone, after loading and type-checking, as the driver's -timing
	// flag reports it.
	AnalysisWall, AnalysisCPU time.Duration
}

// result is the measurements of one configuration on one workload.
type result struct {
	Config  string
	Samples []sample
}

func (r result) median(f func(sample) float64) float64 {
	v := make([]float64, len(r.Samples))
	for i, s := range r.Samples {
		v[i] = f(s)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func wallOf(s sample) float64         { return s.Wall.Seconds() }
func cpuOf(s sample) float64          { return s.CPU.Seconds() }
func rssOf(s sample) float64          { return float64(s.RSS) }
func analysisCPUOf(s sample) float64  { return s.AnalysisCPU.Seconds() }
func analysisWallOf(s sample) float64 { return s.AnalysisWall.Seconds() }

// workload is one module to measure.
type workload struct {
	Name     string
	Desc     string
	Dir      string
	Lines    int      // non-test Go lines
	AllLines int      // Go lines including tests
	Results  []result `json:",omitempty"`
	// Golangci is the golangci-lint measurements (-golangci): the floor
	// first, then otellint built from each checkout.
	Golangci []gclResult `json:",omitempty"`
}

func run() error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	cache, err := realmod.CacheDir(*cacheFlag, "otellint-bench")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return err
	}
	goVersion, _ := output(root, "go", "env", "GOVERSION")
	fmt.Printf("otellint benchmark  %s  %s/%s  %d CPUs  %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"),
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), strings.TrimSpace(goVersion))
	if mem := memTotal(); mem != "" {
		fmt.Printf("memory %s\n", mem)
	}

	if !*standaloneFlag && !*gclFlag {
		return fmt.Errorf("nothing to measure: -standalone=false without -golangci")
	}
	fmt.Printf("load average %s\n", loadAverage())

	workloads, err := prepare(root, cache)
	if err != nil {
		return err
	}
	if *standaloneFlag {
		floor := filepath.Join(cache, "bin", "floor")
		suite := filepath.Join(cache, "bin", "otellint")
		for bin, pkg := range map[string]string{floor: "./bench/floor", suite: "./cmd/otellint"} {
			if out, err := combined(root, nil, "go", "build", "-o", bin, pkg); err != nil {
				return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
			}
		}
		passes := otellint.Names()
		for _, w := range workloads {
			fmt.Printf("\n== %s: %s, %d lines (%d with tests)\n", w.Name, w.Desc, w.Lines, w.AllLines)
			measure(w, floor, suite, passes)
			printWorkload(w)
		}
		printBudget(workloads)
	}
	gclOK := true
	if *gclFlag {
		for _, w := range workloads {
			if *standaloneFlag {
				break // printed with the standalone figures
			}
			fmt.Printf("%s: %s, %d lines (%d with tests)\n", w.Name, w.Desc, w.Lines, w.AllLines)
		}
		if gclOK, err = runGolangci(root, cache, strings.TrimSpace(goVersion), workloads); err != nil {
			return err
		}
		fmt.Printf("load average %s\n", loadAverage())
	}
	if *jsonFlag != "" {
		data, _ := json.MarshalIndent(workloads, "", "  ")
		if err := os.WriteFile(*jsonFlag, data, 0o644); err != nil {
			return err
		}
	}
	if !gclOK && *gclStrictFlag {
		return fmt.Errorf("golangci-lint budget exceeded")
	}
	return nil
}

// loadAverage returns the machine's load averages from /proc/loadavg, if
// readable: the benchmark's figures are only as good as the machine is
// quiet.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

// repoRoot returns the directory of the otellint module containing the
// working directory.
func repoRoot() (string, error) {
	out, err := output(".", "go", "list", "-m", "-f", "{{.Dir}}")
	if err != nil {
		return "", fmt.Errorf("run from the otellint repository: %v", err)
	}
	dir := strings.TrimSpace(out)
	if _, err := os.Stat(filepath.Join(dir, "bench", "synth")); err != nil {
		return "", fmt.Errorf("run from the otellint repository root (no bench/synth in %s)", dir)
	}
	return dir, nil
}

// prepare generates or fetches the selected workloads.
func prepare(root, cache string) ([]*workload, error) {
	want := map[string]bool{}
	for _, w := range strings.Split(*workloadsFlag, ",") {
		want[strings.TrimSpace(w)] = true
	}
	var out []*workload
	for _, s := range strings.Split(*scalesFlag, ",") {
		var scale int
		if _, err := fmt.Sscan(strings.TrimSpace(s), &scale); err != nil || scale < 1 {
			return nil, fmt.Errorf("bad scale %q", s)
		}
		name := fmt.Sprintf("synth%d", scale)
		if !want["synth"] && !want[name] {
			continue
		}
		dir := filepath.Join(cache, "synth", fmt.Sprintf("%dx", scale))
		fmt.Fprintf(os.Stderr, "bench: generating the synthetic module at %dx\n", scale)
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		if _, err := synth.Write(dir, filepath.Join(root, "testdata"), scale); err != nil {
			return nil, err
		}
		if out, err := combined(dir, []string{"GOFLAGS=-mod=mod"}, "go", "mod", "download"); err != nil {
			return nil, fmt.Errorf("go mod download in the synthetic module: %v\n%s", err, out)
		}
		out = append(out, &workload{Name: fmt.Sprintf("synth-%dx", scale), Desc: "synthetic module " + synth.ModulePath, Dir: dir})
	}
	for _, m := range realModules {
		if !want[m.name] {
			continue
		}
		dir, err := fetch(cache, m)
		if err != nil {
			return nil, err
		}
		out = append(out, &workload{Name: m.name, Desc: fmt.Sprintf("%s %s@%s", m.size, m.path, m.version), Dir: dir})
	}
	for _, w := range out {
		var err error
		if w.Lines, w.AllLines, err = realmod.CountLines(w.Dir); err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no workload selected by -workloads=%s", *workloadsFlag)
	}
	return out, nil
}

// fetch materialises a pinned module in the cache directory (once) and
// downloads its dependencies.
func fetch(cache string, m realModule) (string, error) {
	dst := filepath.Join(cache, "modules", m.name)
	fmt.Fprintf(os.Stderr, "bench: materialising %s@%s\n", m.path, m.version)
	if _, err := realmod.Materialize(dst, realmod.Pin{Path: m.path, Version: m.version}); err != nil {
		return "", fmt.Errorf("%s: %v", m.name, err)
	}
	return dst, nil
}

// measure runs the configurations of a workload: a warm-up run of the
// floor and the suite (which also fills the build cache with the export
// data of the dependencies), then the measured runs, interleaved so that
// a slow phase of a noisy machine spreads over every configuration.
func measure(w *workload, floor, suite string, passes []string) {
	type config struct {
		name string
		bin  string
		args []string
		runs int
	}
	pattern := "./..."
	base := []string{"-timing", "-test=" + fmt.Sprint(*testsFlag)}
	configs := []config{
		{"floor", floor, base, *runsFlag},
		{"suite", suite, base, *runsFlag},
	}
	if *passesFlag {
		pr := cmp.Or(*passRunsFlag, *runsFlag)
		for _, p := range passes {
			configs = append(configs, config{p, suite, append(slices.Clone(base), "-"+p), pr})
		}
	}
	var warm time.Duration
	for _, c := range configs[:2] {
		s, stderr := runOnce(w.Dir, c.bin, append(slices.Clone(c.args), pattern))
		fmt.Fprintf(os.Stderr, "bench: %s warm-up %s: %.1fs exit %d\n", w.Name, c.name, s.Wall.Seconds(), s.Exit)
		if s.Exit != 0 && s.Exit != 3 {
			fmt.Fprintf(os.Stderr, "bench: %s: %s exits %d:\n%s\n", w.Name, c.name, s.Exit, firstLines(stderr, 10))
		}
		warm = s.Wall
	}
	// Runs of a few seconds or less are noisier and cheap: three times
	// as many of them.
	if warm < 3*time.Second && *shortRunsFlag {
		for i := range configs {
			configs[i].runs *= 3
		}
	}
	if *profileFlag != "" {
		if err := os.MkdirAll(*profileFlag, 0o755); err == nil {
			prof, _ := filepath.Abs(filepath.Join(*profileFlag, w.Name+".suite.pprof"))
			runOnce(w.Dir, suite, append(slices.Clone(base), "-cpuprofile="+prof, pattern))
			fmt.Fprintf(os.Stderr, "bench: %s: CPU profile of the suite in %s\n", w.Name, prof)
		}
	}
	results := make([]result, len(configs))
	for i, c := range configs {
		results[i].Config = c.name
	}
	maxRuns := 0
	for _, c := range configs {
		maxRuns = max(maxRuns, c.runs)
	}
	for r := range maxRuns {
		for i, c := range configs {
			if r >= c.runs {
				continue
			}
			s, _ := runOnce(w.Dir, c.bin, append(slices.Clone(c.args), pattern))
			results[i].Samples = append(results[i].Samples, s)
			fmt.Fprintf(os.Stderr, "bench: %s run %d %s: %.2fs cpu %.2fs rss %s\n", w.Name, r+1, c.name, s.Wall.Seconds(), s.CPU.Seconds(), mib(float64(s.RSS)))
		}
	}
	w.Results = results
}

// runOnce runs bin with args in dir and measures it.
func runOnce(dir, bin string, args []string) (sample, string) {
	return runEnv(dir, bin, args, nil)
}

// runEnv runs bin with args in dir, with env added to the environment,
// and measures it.
func runEnv(dir, bin string, args, env []string) (sample, string) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = realEnv(env)
	var stderr bytes.Buffer
	cmd.Stdout = nil
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	s := sample{Wall: time.Since(start)}
	if cmd.ProcessState == nil {
		s.Exit = -1
		return s, fmt.Sprint(err)
	}
	s.Exit = cmd.ProcessState.ExitCode()
	s.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.RSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	if m := timingRE.FindStringSubmatch(stderr.String()); m != nil {
		wall, _ := strconv.ParseFloat(m[1], 64)
		cpu, _ := strconv.ParseFloat(m[2], 64)
		s.AnalysisWall = time.Duration(wall * float64(time.Second))
		s.AnalysisCPU = time.Duration(cpu * float64(time.Second))
	}
	return s, stderr.String()
}

// timingRE matches the analysis phase in the driver's -timing line.
var timingRE = regexp.MustCompile(`otellint: timing: .*analysis ([0-9.]+)s wall ([0-9.]+)s cpu`)

func printWorkload(w *workload) {
	floor := w.Results[0]
	fw, fc, fr := floor.median(wallOf), floor.median(cpuOf), floor.median(rssOf)
	fmt.Printf("%-20s %9s %9s %9s %8s %8s %8s %11s %10s  %s\n", "config", "wall s", "cpu s", "rss MiB", "wall x", "cpu x", "rss x", "analysis s", "an. cpu s", "exit")
	for _, r := range w.Results {
		wl, c, rs := r.median(wallOf), r.median(cpuOf), r.median(rssOf)
		fmt.Printf("%-20s %9.2f %9.2f %9.0f %8.3f %8.3f %8.3f %11.2f %10.2f  %s\n", r.Config, wl, c, rs/(1<<20), wl/fw, c/fc, rs/fr,
			r.median(analysisWallOf), r.median(analysisCPUOf), exits(r))
	}
	min, max := spread(floor)
	fmt.Printf("floor wall spread over %d runs: %.2f..%.2fs (%.0f%%)\n", len(floor.Samples), min, max, 100*(max-min)/fw)
}

func exits(r result) string {
	var s []string
	for _, x := range r.Samples {
		s = append(s, fmt.Sprint(x.Exit))
	}
	return strings.Join(slices.Compact(s), ",")
}

func spread(r result) (lo, hi float64) {
	for i, s := range r.Samples {
		if i == 0 || s.Wall.Seconds() < lo {
			lo = s.Wall.Seconds()
		}
		hi = max(hi, s.Wall.Seconds())
	}
	return lo, hi
}

// printBudget checks the budget of issue "measured speed": on the large
// module the suite costs at most 1.25x the floor's wall time and 1.3x its
// peak RSS; no pass alone adds more than 10% over the floor; and the cost
// per line is flat within 1.5x from the smallest to the largest synthetic
// module.
func printBudget(ws []*workload) {
	fmt.Printf("\n== budget\n")
	verdict := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "OVER"
	}
	for _, w := range ws {
		floor, suite := w.Results[0], w.Results[1]
		fw := floor.median(wallOf)
		// Whole runs are noisy (the loading phase runs the go command and
		// type-checks in parallel); the analysis phase, timed inside the
		// process, is not. byPhase is the ratio when the loading phase is
		// taken to cost what the floor's does: the same work, as both load
		// with the same driver.
		measured := func(r result) float64 { return r.median(wallOf) / fw }
		byPhase := func(r result) float64 {
			return (fw + r.median(analysisWallOf) - floor.median(analysisWallOf)) / fw
		}
		wr, wp := measured(suite), byPhase(suite)
		rr := suite.median(rssOf) / floor.median(rssOf)
		budgeted := w.Name == *largeFlag
		tag := ""
		if budgeted {
			tag = " (the budgeted large module)"
		}
		fmt.Printf("%-10s suite/floor wall %.3f measured, %.3f by the analysis phase (<= 1.25 %s); peak RSS %.3f (<= 1.30 %s)%s\n",
			w.Name, wr, wp, verdict(max(wr, wp) <= 1.25), rr, verdict(rr <= 1.30), tag)
		worst, worstName := 0.0, ""
		for _, r := range w.Results[2:] {
			add := max(measured(r), byPhase(r)) - 1
			if add > worst || worstName == "" {
				worst, worstName = add, r.Config
			}
		}
		if worstName != "" {
			r := w.Results[slices.IndexFunc(w.Results, func(r result) bool { return r.Config == worstName })]
			fmt.Printf("%-10s costliest pass alone: %s %+.1f%% wall measured, %+.1f%% by the analysis phase (<= 10%% %s)\n",
				"", worstName, 100*(measured(r)-1), 100*(byPhase(r)-1), verdict(worst <= 0.10))
		}
	}
	var synths []*workload
	for _, w := range ws {
		if strings.HasPrefix(w.Name, "synth-") {
			synths = append(synths, w)
		}
	}
	if len(synths) >= 2 {
		// The suite's own cost is its analysis phase less the floor's
		// (which builds the inspector): CPU time measured inside the
		// process, free of the loading phase's noise and fixed cost.
		perLine := func(w *workload) float64 {
			c := w.Results[1].median(analysisCPUOf) - w.Results[0].median(analysisCPUOf)
			return 1e6 * c / float64(w.AllLines) // µs per line
		}
		totalPerLine := func(w *workload) float64 { return 1e6 * w.Results[1].median(cpuOf) / float64(w.AllLines) }
		first, last := synths[0], synths[len(synths)-1]
		for _, w := range synths {
			fmt.Printf("%-10s cpu per line: whole run %.1f µs, analysis over the floor's %.2f µs\n", w.Name, totalPerLine(w), perLine(w))
		}
		a, b := perLine(first), perLine(last)
		r := max(a, b) / max(min(a, b), 1e-9)
		fmt.Printf("analysis cpu per line %s vs %s: ratio %.2f (<= 1.5 %s)\n", first.Name, last.Name, r, verdict(r <= 1.5))
		fmt.Printf("whole-run cpu per line %s vs %s: %.1f vs %.1f µs (the fixed cost of loading the dependencies dominates small modules)\n",
			first.Name, last.Name, totalPerLine(first), totalPerLine(last))
	}
}

func mib(b float64) string { return fmt.Sprintf("%.0fMiB", b/(1<<20)) }

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// memTotal returns the machine's memory from /proc/meminfo, if readable.
func memTotal() string {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "MemTotal:" {
			var kb float64
			fmt.Sscan(f[1], &kb)
			return fmt.Sprintf("%.1f GiB", kb/(1<<20))
		}
	}
	return ""
}

func output(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	return string(out), err
}

func combined(dir string, env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}
