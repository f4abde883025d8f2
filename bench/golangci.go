package main

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/otellint/otellint/internal/realmod"
)

// This file measures golangci-lint with the otellint module plugin, built
// by scripts/custom-gcl, against golangci-lint's own floor: the same
// binary running only a cheap typed linter that declares no facts.

var (
	gclFlag       = flag.Bool("golangci", false, "also measure golangci-lint with the otellint plugin against golangci-lint running only the -golangci-floor linter, each cold and warm")
	gclRunsFlag   = flag.Int("golangci-runs", 0, "measured cold+warm run pairs of each golangci-lint configuration per workload (default: -runs)")
	gclFloorFlag  = flag.String("golangci-floor", "durationcheck", "the typed, fact-free golangci-lint linter whose cost is golangci-lint's floor")
	otellintFlag  = flag.String("otellint", "", "comma-separated otellint checkouts whose plugin golangci-lint is built with (default: this working tree)")
	gclStrictFlag = flag.Bool("golangci-strict", false, "exit with status 1 when a golangci-lint budget check fails")
	gclWarmFlag   = flag.Bool("golangci-warmup", true, "make an unmeasured cold run of each golangci-lint configuration first")
)

// gclBudget is the budget of a cold golangci-lint run with only otellint
// enabled: at most this multiple of the floor's wall time and peak RSS.
const gclBudget = 1.5

// gclSample is one measured golangci-lint run.
type gclSample struct {
	sample
	Issues int // issues in the JSON report; -1 if there is no report
}

// gclResult is the measurements of one golangci-lint configuration on one
// workload: cold runs (an empty lint cache each) and warm runs (the second
// run on the cache the cold run filled).
type gclResult struct {
	Config   string // "floor", or "otellint" and the checkout's label
	Linter   string // the one linter enabled
	Checkout string `json:",omitempty"` // the otellint checkout the plugin was built from
	Cold     []gclSample
	Warm     []gclSample
	// The ratios to the floor's medians and the budget's verdict, for
	// the otellint configurations. ColdCPU, the ratio of CPU time (user
	// and sys), is not budgeted but is steadier than wall time on a busy
	// machine.
	ColdWall, ColdRSS, WarmWall, WarmRSS, ColdCPU float64 `json:",omitempty"`
	Budget                                        string  `json:",omitempty"`
}

// gclBuild is golangci-lint built with the plugin of one otellint checkout.
type gclBuild struct {
	Label, Checkout, Bin string
}

// medianOf returns the median of f over samples (0 if there are none).
func medianOf(samples []gclSample, f func(sample) float64) float64 {
	r := result{}
	for _, s := range samples {
		r.Samples = append(r.Samples, s.sample)
	}
	return r.median(f)
}

// gclConfig returns the text of a .golangci.yml that enables only linter,
// analyses test files as tests says, and shows every issue. The otellint
// plugin is declared with its default settings, as the README shows.
func gclConfig(linter string, tests bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "version: \"2\"\nrun:\n  tests: %t\nlinters:\n  default: none\n  enable:\n    - %s\n", tests, linter)
	if linter == "otellint" {
		b.WriteString("  settings:\n    custom:\n      otellint:\n        type: module\n")
	}
	b.WriteString("issues:\n  max-issues-per-linter: 0\n  max-same-issues: 0\n")
	return b.String()
}

// ratios returns the ratios of r's medians to the floor's, cold and warm,
// and of the cold runs' CPU time.
func ratios(floor, r gclResult) (coldWall, coldRSS, warmWall, warmRSS, coldCPU float64) {
	div := func(a, b float64) float64 {
		if b == 0 {
			return 0
		}
		return a / b
	}
	return div(medianOf(r.Cold, wallOf), medianOf(floor.Cold, wallOf)),
		div(medianOf(r.Cold, rssOf), medianOf(floor.Cold, rssOf)),
		div(medianOf(r.Warm, wallOf), medianOf(floor.Warm, wallOf)),
		div(medianOf(r.Warm, rssOf), medianOf(floor.Warm, rssOf)),
		div(medianOf(r.Cold, cpuOf), medianOf(floor.Cold, cpuOf))
}

// verdict judges the cold ratios against the budget: "PASS", or "FAIL"
// and what is over it.
func verdict(coldWall, coldRSS float64) string {
	var over []string
	if coldWall == 0 || coldWall > gclBudget {
		over = append(over, "wall")
	}
	if coldRSS == 0 || coldRSS > gclBudget {
		over = append(over, "rss")
	}
	if len(over) == 0 {
		return "PASS"
	}
	return "FAIL (" + strings.Join(over, ", ") + ")"
}

// judge fills in the ratios and verdict of every otellint configuration of
// rs, whose first element is the floor; it reports whether all pass.
func judge(rs []gclResult) bool {
	ok := true
	for i := 1; i < len(rs); i++ {
		r := &rs[i]
		r.ColdWall, r.ColdRSS, r.WarmWall, r.WarmRSS, r.ColdCPU = ratios(rs[0], *r)
		r.Budget = verdict(r.ColdWall, r.ColdRSS)
		ok = ok && r.Budget == "PASS"
	}
	return ok
}

// checkouts returns the otellint checkouts of -otellint, each with a label
// (its directory's base name when there are several), root by default.
func checkouts(root, list string) ([]gclBuild, error) {
	var dirs []string
	for _, d := range strings.Split(list, ",") {
		if d = strings.TrimSpace(d); d != "" {
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		dirs = []string{root}
	}
	var out []gclBuild
	for _, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(filepath.Join(abs, "plugin")); err != nil {
			return nil, fmt.Errorf("-otellint: %s is not an otellint checkout (no plugin directory)", d)
		}
		label := "otellint"
		if len(dirs) > 1 {
			label = "otellint@" + filepath.Base(abs)
		}
		out = append(out, gclBuild{Label: label, Checkout: abs})
	}
	return out, nil
}

// buildGCL builds golangci-lint with the plugin of each checkout, with the
// working tree's scripts/custom-gcl, into the cache directory, keyed by a
// hash of everything that can change the binary; a later run with the same
// inputs reuses it.
func buildGCL(root, cache, goVersion string, builds []gclBuild) error {
	for i, b := range builds {
		h := sha256.New()
		fmt.Fprintln(h, goVersion, b.Checkout)
		for _, f := range []string{"scripts/custom-gcl", "integration/gcl/main.go", "integration/gcl/go.mod", "integration/gcl/go.sum"} {
			data, err := os.ReadFile(filepath.Join(root, f))
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%s %d\n", f, len(data))
			h.Write(data)
		}
		if err := hashPlugin(h, b.Checkout); err != nil {
			return err
		}
		key := hex.EncodeToString(h.Sum(nil))[:20]
		bin := filepath.Join(cache, "bin", "custom-gcl-"+key, "custom-gcl")
		builds[i].Bin = bin
		if _, err := os.Stat(bin); err == nil {
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: building golangci-lint with the plugin of %s (minutes the first time)\n", b.Checkout)
		if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
			return err
		}
		tmp := fmt.Sprintf("%s.%d.tmp", bin, os.Getpid())
		if out, err := combined(root, nil, "bash", filepath.Join(root, "scripts", "custom-gcl"), "-o", tmp, b.Checkout); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("scripts/custom-gcl %s: %v\n%s", b.Checkout, err, out)
		}
		if err := os.Rename(tmp, bin); err != nil {
			return err
		}
	}
	return nil
}

// hashPlugin hashes the names and contents of the files the plugin of
// the otellint checkout dir is built from: its go.mod and go.sum, and the
// Go and embedded files of the module's packages the plugin imports.
func hashPlugin(h io.Writer, dir string) error {
	const tmpl = `{{if .Module}}{{if .Module.Main}}{{.Dir}}{{range .GoFiles}} {{.}}{{end}}{{range .EmbedFiles}} {{.}}{{end}}{{"\n"}}{{end}}{{end}}`
	out, err := output(dir, "go", "list", "-deps", "-f", tmpl, "./plugin")
	if err != nil {
		return fmt.Errorf("go list -deps ./plugin in %s: %v", dir, err)
	}
	files := []string{filepath.Join(dir, "go.mod"), filepath.Join(dir, "go.sum")}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if f := strings.Fields(line); len(f) > 1 {
			for _, name := range f[1:] {
				files = append(files, filepath.Join(f[0], name))
			}
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, f)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	return nil
}

// measureGCL runs golangci-lint on a workload: the floor (builds[0]'s
// binary with only the floor linter) and each build with only otellint.
// A run pair is a cold run on a fresh, empty lint cache and a warm run on
// the cache it filled. One unmeasured cold run of each configuration comes
// first, unless -golangci-warmup=false (it fills the go command's caches
// and the page cache); then the pairs, interleaved.
func measureGCL(w *workload, builds []gclBuild) error {
	tmp, err := os.MkdirTemp("", "otellint-bench-golangci")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	type config struct {
		res      gclResult
		bin, cfg string
	}
	configs := []*config{{res: gclResult{Config: "floor", Linter: *gclFloorFlag}, bin: builds[0].Bin}}
	for _, b := range builds {
		configs = append(configs, &config{res: gclResult{Config: b.Label, Linter: "otellint", Checkout: b.Checkout}, bin: b.Bin})
	}
	for i, c := range configs {
		c.cfg = filepath.Join(tmp, fmt.Sprintf("golangci-%d.yml", i))
		if err := os.WriteFile(c.cfg, []byte(gclConfig(c.res.Linter, *testsFlag)), 0o644); err != nil {
			return err
		}
	}
	// runGCL runs one configuration on the lint cache in cacheDir.
	runGCL := func(c *config, cacheDir string) gclSample {
		report := filepath.Join(tmp, "report.json")
		os.Remove(report)
		args := []string{"run", "-c", c.cfg, "--allow-parallel-runners", "--show-stats=false", "--output.json.path=" + report, "./..."}
		s, stderr := runEnv(w.Dir, c.bin, args, []string{"GOLANGCI_LINT_CACHE=" + cacheDir})
		gs := gclSample{sample: s, Issues: countIssues(report)}
		// golangci-lint exits 1 when it reports issues.
		if (s.Exit != 0 && s.Exit != 1) || gs.Issues < 0 {
			fmt.Fprintf(os.Stderr, "bench: %s: golangci-lint %s exits %d:\n%s\n", w.Name, c.res.Config, s.Exit, firstLines(stderr, 10))
		}
		return gs
	}
	// pair makes a cold run and a warm run on a fresh lint cache.
	pair := func(c *config) (cold, warm gclSample) {
		cacheDir, err := os.MkdirTemp(tmp, "cache")
		if err != nil {
			return gclSample{sample: sample{Exit: -1}, Issues: -1}, gclSample{sample: sample{Exit: -1}, Issues: -1}
		}
		defer os.RemoveAll(cacheDir)
		cold = runGCL(c, cacheDir)
		warm = runGCL(c, cacheDir)
		return cold, warm
	}
	for _, c := range configs {
		if !*gclWarmFlag {
			break
		}
		cacheDir, err := os.MkdirTemp(tmp, "cache")
		if err != nil {
			return err
		}
		s := runGCL(c, cacheDir)
		os.RemoveAll(cacheDir)
		fmt.Fprintf(os.Stderr, "bench: %s golangci-lint warm-up %s: %.1fs exit %d, %d issues\n", w.Name, c.res.Config, s.Wall.Seconds(), s.Exit, s.Issues)
	}
	for r := range cmp.Or(*gclRunsFlag, *runsFlag) {
		for _, c := range configs {
			cold, warm := pair(c)
			c.res.Cold = append(c.res.Cold, cold)
			c.res.Warm = append(c.res.Warm, warm)
			fmt.Fprintf(os.Stderr, "bench: %s golangci-lint run %d %s: cold %.2fs rss %s %d issues, warm %.2fs rss %s %d issues\n",
				w.Name, r+1, c.res.Config, cold.Wall.Seconds(), mib(float64(cold.RSS)), cold.Issues, warm.Wall.Seconds(), mib(float64(warm.RSS)), warm.Issues)
		}
	}
	w.Golangci = nil
	for _, c := range configs {
		w.Golangci = append(w.Golangci, c.res)
	}
	return nil
}

// countIssues returns the number of issues in golangci-lint's JSON report,
// or -1 if there is none or it does not parse.
func countIssues(report string) int {
	data, err := os.ReadFile(report)
	if err != nil {
		return -1
	}
	var r struct{ Issues []json.RawMessage }
	if err := json.Unmarshal(data, &r); err != nil {
		return -1
	}
	return len(r.Issues)
}

// issueCounts returns the distinct issue counts of samples, joined by
// commas: one number when every run reported as many.
func issueCounts(samples []gclSample) string {
	var s []string
	for _, x := range samples {
		s = append(s, fmt.Sprint(x.Issues))
	}
	slices.Sort(s)
	return strings.Join(slices.Compact(s), ",")
}

// printGCL prints the golangci-lint table of the workloads and the budget
// verdicts; it reports whether every otellint configuration passes.
func printGCL(out io.Writer, ws []*workload) bool {
	ok := true
	fmt.Fprintf(out, "\n== golangci-lint: only otellint against only %s (the floor); cold: empty lint cache, warm: second run on it; medians\n", *gclFloorFlag)
	width := 22 // of the otellint column: the longest label
	for _, w := range ws {
		for _, r := range w.Golangci {
			width = max(width, len(r.Config))
		}
	}
	fmt.Fprintf(out, "%-10s %-*s %-15s %-15s %-15s %-15s %-13s %-13s %-9s %-11s %s\n", "workload", width, "otellint", "floor cold", "floor warm", "otellint cold", "otellint warm",
		"cold x w/rss", "warm x w/rss", "cold cpu", "issues", "budget (cold <= 1.5x)")
	for _, w := range ws {
		if len(w.Golangci) < 2 {
			continue
		}
		ok = judge(w.Golangci) && ok
		floor := w.Golangci[0]
		for _, r := range w.Golangci[1:] {
			cell := func(s []gclSample) string {
				return fmt.Sprintf("%.2fs %.0fM", medianOf(s, wallOf), medianOf(s, rssOf)/(1<<20))
			}
			issues := issueCounts(r.Cold)
			if w := issueCounts(r.Warm); w != issues {
				issues += "/" + w
			}
			fmt.Fprintf(out, "%-10s %-*s %-15s %-15s %-15s %-15s %-13s %-13s %-9s %-11s %s\n", w.Name, width, r.Config, cell(floor.Cold), cell(floor.Warm), cell(r.Cold), cell(r.Warm),
				fmt.Sprintf("%.2f/%.2f", r.ColdWall, r.ColdRSS), fmt.Sprintf("%.2f/%.2f", r.WarmWall, r.WarmRSS), fmt.Sprintf("%.2f", r.ColdCPU), issues, r.Budget)
		}
	}
	// The sanity checks: otellint finds something, and the same whether
	// the lint cache is cold or warm.
	for _, w := range ws {
		for _, r := range w.Golangci[min(1, len(w.Golangci)):] {
			cold, warm := issueCounts(r.Cold), issueCounts(r.Warm)
			switch {
			case cold == "0":
				fmt.Fprintf(out, "warning: %s: %s reported no issue\n", w.Name, r.Config)
			case cold != warm:
				fmt.Fprintf(out, "warning: %s: %s reported %s issues cold and %s warm\n", w.Name, r.Config, cold, warm)
			}
		}
	}
	return ok
}

// gclVersion returns the version line of a golangci-lint binary.
func gclVersion(bin string) string {
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		return "golangci-lint (version unknown)"
	}
	return strings.TrimSpace(firstLines(string(out), 1))
}

// runGolangci builds the golangci-lint binaries and measures the workloads;
// it reports whether every budget check passes.
func runGolangci(root, cache, goVersion string, ws []*workload) (bool, error) {
	builds, err := checkouts(root, *otellintFlag)
	if err != nil {
		return false, err
	}
	if err := buildGCL(root, cache, goVersion, builds); err != nil {
		return false, err
	}
	fmt.Printf("\n%s\n", gclVersion(builds[0].Bin))
	for _, b := range builds {
		fmt.Printf("%s: plugin built from %s\n", b.Label, b.Checkout)
	}
	start := time.Now()
	for _, w := range ws {
		fmt.Fprintf(os.Stderr, "bench: %s: golangci-lint\n", w.Name)
		if err := measureGCL(w, builds); err != nil {
			return false, err
		}
	}
	fmt.Fprintf(os.Stderr, "bench: golangci-lint measured in %s\n", time.Since(start).Round(time.Second))
	return printGCL(os.Stdout, ws), nil
}

// realEnv is the environment of a measured run: this process's, the
// materialised modules' settings, and extra.
func realEnv(extra []string) []string {
	return append(append(os.Environ(), realmod.Env...), extra...)
}
