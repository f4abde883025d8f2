package integration

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/testenv"
)

var (
	gclOnce sync.Once
	gclBin  string
)

// customGCL returns golangci-lint with the otellint plugin, built from the
// nested module integration/gcl exactly as "golangci-lint custom" would
// build it, but from the Go module proxy. The first build takes minutes;
// later runs reuse the cached binary while the inputs are unchanged.
func customGCL(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds golangci-lint: skipped with -short")
	}
	gclOnce.Do(func() { gclBin = cachedBuild(t, "custom-gcl", filepath.Join(root, "integration", "gcl"), ".") })
	if gclBin == "" {
		t.Fatal("custom-gcl was not built")
	}
	return gclBin
}

// gclResult is what one golangci-lint run reported.
type gclResult struct {
	findings []finding // without categories: golangci-lint does not report them
	output   string
	code     int
}

// runGCL runs "custom-gcl run" with the configuration text cfg over the
// packages of the module in dir, with a fresh cache (golangci-lint's cache
// does not key its results on a plugin's settings).
func runGCL(t *testing.T, dir, cfg string, pkgs ...string) gclResult {
	t.Helper()
	tmp := t.TempDir()
	cfgPath := filepath.Join(tmp, ".golangci.yml")
	writeFiles(t, tmp, map[string]string{".golangci.yml": cfg})
	jsonPath := filepath.Join(tmp, "report.json")
	args := append([]string{"run", "-c", cfgPath, "--path-mode=abs", "--allow-parallel-runners", "--show-stats=false",
		"--output.json.path=" + jsonPath, "--output.text.path=stdout"}, pkgs...)
	out, code := run(t, dir, goEnv("GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "cache")), customGCL(t), args...)
	r := gclResult{output: out, code: code}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		return r // it failed before reporting; the caller checks the code
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename string
				Line     int
			}
		}
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("golangci-lint JSON report does not parse: %v\n%s", err, data)
	}
	for _, is := range report.Issues {
		if is.FromLinter != "otellint" {
			t.Errorf("finding of another linter %s: %s", is.FromLinter, is.Text)
			continue
		}
		// The text is "<pass>: <message>"; golangci-lint also turns each
		// related position into an issue "<pass>(related information): ...".
		pass, _, ok := strings.Cut(is.Text, ": ")
		if !ok {
			t.Errorf("otellint finding without a pass name: %q", is.Text)
			continue
		}
		if strings.HasSuffix(pass, "(related information)") {
			continue
		}
		r.findings = append(r.findings, finding{File: relFrom(t, dir, is.Pos.Filename), Line: is.Pos.Line, Pass: pass})
	}
	return r
}

// relFrom returns the slash-separated path of name relative to dir.
func relFrom(t *testing.T, dir, name string) string {
	t.Helper()
	rel, err := filepath.Rel(dir, name)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(rel)
}

// exampleConfig returns the text of .golangci.example.yml.
func exampleConfig(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// setSetting returns the configuration text with the first line that sets
// key (below the line that opens block, if block is not empty) replaced
// by "key: value". It fails the test if there is no such line.
func setSetting(t *testing.T, cfg, block, key, value string) string {
	t.Helper()
	lines := strings.Split(cfg, "\n")
	start := 0
	if block != "" {
		start = slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == block+":" })
		if start < 0 {
			t.Fatalf("the example configuration has no %q block", block)
		}
	}
	re := regexp.MustCompile(`^(\s*)` + regexp.QuoteMeta(key) + `:`)
	for i := start; i < len(lines); i++ {
		if m := re.FindStringSubmatch(lines[i]); m != nil {
			lines[i] = m[1] + key + ": " + value
			return strings.Join(lines, "\n")
		}
	}
	t.Fatalf("the example configuration does not set %s in %q", key, block)
	return ""
}

// TestExampleConfigShowsEverySetting checks that .golangci.example.yml
// shows each setting of the suite: every pass block and every option.
func TestExampleConfigShowsEverySetting(t *testing.T) {
	cfg := exampleConfig(t)
	data, err := json.Marshal(otellint.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var settings map[string]any
	if err := json.Unmarshal(data, &settings); err != nil {
		t.Fatal(err)
	}
	keys := []string{"enable", "disable"}
	for block, v := range settings {
		opts, ok := v.(map[string]any)
		if !ok {
			continue
		}
		keys = append(keys, block)
		for opt := range opts {
			keys = append(keys, block+"."+opt)
		}
	}
	for _, k := range keys {
		block, key, ok := strings.Cut(k, ".")
		if !ok {
			block, key = "", k
		}
		if !hasSetting(cfg, block, key) {
			t.Errorf(".golangci.example.yml does not show the setting %s", k)
		}
	}
}

// hasSetting reports whether cfg has a line "key:" below the line that
// opens block and before the next pass block.
func hasSetting(cfg, block, key string) bool {
	in := block == ""
	for _, l := range strings.Split(cfg, "\n") {
		s := strings.TrimSpace(l)
		if block != "" && strings.HasSuffix(s, ":") && lookupPass(strings.TrimSuffix(s, ":")) != nil {
			in = s == block+":"
			if in && key == "" {
				return true
			}
			continue
		}
		if in && strings.HasPrefix(s, key+":") {
			return true
		}
	}
	return false
}

// TestGolangciLint runs the custom golangci-lint with the otellint plugin
// and .golangci.example.yml over the shop.
func TestGolangciLint(t *testing.T) {
	t.Parallel()
	customGCL(t)
	td := testenv.TestData(t)
	want := shopMarkers(t)
	cfg := exampleConfig(t)

	base := runGCL(t, td, cfg, "./shop/...")
	if base.code != 0 && base.code != 1 {
		t.Fatalf("custom-gcl run: exit code %d:\n%s", base.code, base.output)
	}
	t.Run("every pass", func(t *testing.T) {
		checkEveryPass(t, "golangci-lint", base.findings, withoutCategory(want))
	})

	// One more run checks three things at once, as each run takes a while:
	// a pass disabled, a category of another pass switched off in its
	// checks option, and //nolint:otellint on some lines of a copy of the
	// shop. Each must silence exactly its findings.
	t.Run("settings and nolint", func(t *testing.T) {
		// Disable the pass with the most findings.
		count := map[string]int{}
		for _, f := range base.findings {
			count[f.Pass]++
		}
		var disabled string
		for p, n := range count {
			if n > count[disabled] || n == count[disabled] && p < disabled {
				disabled = p
			}
		}
		if disabled == "" {
			t.Skip("no pass reports findings on the shop yet")
		}
		cat, lines := categoryToDrop(base.findings, want, disabled)
		if cat.Pass == "" {
			t.Errorf("no second pass has a category to switch off; only disable and nolint are tested")
		}
		c := setSetting(t, cfg, "", "disable", "["+disabled+"]")
		if cat.Pass != "" {
			c = setSetting(t, c, cat.Pass, "checks", "["+strings.Join(slices.DeleteFunc(defaultChecks(t, cat.Pass), func(s string) bool { return s == cat.Category }), ", ")+"]")
		}
		dropped := func(f finding) bool {
			return f.Pass == disabled || f.Pass == cat.Pass && slices.Contains(lines, f.File+":"+fmt.Sprint(f.Line))
		}
		mod, silenced := shopWithNolint(t, td, without(base.findings, dropped))
		if len(silenced) == 0 {
			t.Errorf("no line left for //nolint:otellint")
		}
		r := runGCL(t, mod, c, "./shop/...")
		expect := without(base.findings, func(f finding) bool { return dropped(f) || silenced[f.File+":"+fmt.Sprint(f.Line)] })
		if missing, extra := diff(r.findings, expect); len(missing)+len(extra) > 0 {
			t.Errorf("with %s disabled, %s/%s switched off and //nolint:otellint on %d lines: findings differ from the example run minus those\nmissing:%s\nextra:%s\noutput:\n%s",
				disabled, cat.Pass, cat.Category, len(silenced), list(missing), list(extra), r.output)
		}
	})

	t.Run("bad settings", func(t *testing.T) {
		for _, tc := range []struct{ block, key, value, want string }{
			{"", "disable", "[spanned]", `unknown pass "spanned"`},
			{"spanend", "checks", "[missing-ending]", `unknown check "missing-ending"`},
		} {
			r := runGCL(t, td, setSetting(t, cfg, tc.block, tc.key, tc.value), "./shop/...")
			checkStartupError(t, r, tc.want)
		}
		typo := strings.Replace(cfg, "disable: []", "disabel: []", 1)
		checkStartupError(t, runGCL(t, td, typo, "./shop/..."), `unknown field "disabel"`)
	})
}

// checkStartupError checks that golangci-lint stopped at start-up with a
// message naming the bad setting.
func checkStartupError(t *testing.T, r gclResult, want string) {
	t.Helper()
	if r.code == 0 || r.code == 1 {
		t.Errorf("a bad setting did not stop golangci-lint (exit code %d, want a failure); output:\n%s", r.code, r.output)
	}
	if !strings.Contains(r.output, "otellint settings: ") || !strings.Contains(r.output, want) {
		t.Errorf("golangci-lint output does not name the bad setting (%q):\n%s", want, r.output)
	}
}

// categoryToDrop picks a category of a pass other than skip that is on by
// default and whose marked lines all have findings of that pass, with no
// other category of the pass on those lines. It returns the marker and the
// "file:line" places of that category.
func categoryToDrop(got, want []finding, skip string) (finding, []string) {
	byLine := map[string][]finding{}
	for _, m := range want {
		k := m.File + ":" + fmt.Sprint(m.Line) + " " + m.Pass
		byLine[k] = append(byLine[k], m)
	}
	reported := map[string]bool{}
	for _, f := range got {
		reported[f.File+":"+fmt.Sprint(f.Line)+" "+f.Pass] = true
	}
	for _, d := range otellint.All() {
		p := d.Info()
		if p.Name == skip {
			continue
		}
	categories:
		for _, c := range p.Categories {
			var lines []string
			for _, m := range want {
				if m.Pass != p.Name || m.Category != c {
					continue
				}
				k := m.File + ":" + fmt.Sprint(m.Line) + " " + m.Pass
				if !reported[k] || slices.ContainsFunc(byLine[k], func(o finding) bool { return o.Category != c }) {
					continue categories
				}
				lines = append(lines, m.File+":"+fmt.Sprint(m.Line))
			}
			if len(lines) > 0 {
				return finding{Pass: p.Name, Category: c}, lines
			}
		}
	}
	return finding{}, nil
}

// defaultChecks returns the default "checks" setting of a pass.
func defaultChecks(t *testing.T, pass string) []string {
	t.Helper()
	data, err := json.Marshal(otellint.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]struct {
		Checks []string `json:"checks"`
	}
	_ = json.Unmarshal(data, &cfg) // enable and disable are not objects
	return cfg[pass].Checks
}

// shopWithNolint copies the shop into a temporary module and adds
// "//nolint:otellint" to every other line of code that has one of the
// given findings. It returns the module and the "file:line" places it
// silenced.
func shopWithNolint(t *testing.T, td string, fs []finding) (string, map[string]bool) {
	t.Helper()
	mod := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(td, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFiles(t, mod, map[string]string{f: string(data)})
	}
	if err := os.CopyFS(filepath.Join(mod, "shop"), os.DirFS(filepath.Join(td, "shop"))); err != nil {
		t.Fatal(err)
	}
	places := map[string]map[int]bool{}
	for _, f := range fs {
		if places[f.File] == nil {
			places[f.File] = map[int]bool{}
		}
		places[f.File][f.Line] = true
	}
	silenced := map[string]bool{}
	n := 0
	for _, file := range slices.Sorted(maps.Keys(places)) {
		path := filepath.Join(mod, filepath.FromSlash(file))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i := range lines {
			if !places[file][i+1] || strings.HasPrefix(strings.TrimSpace(lines[i]), "//") {
				continue // no finding, or a comment line such as a bad directive
			}
			if n++; n%2 == 0 {
				continue
			}
			lines[i] = addNolint(lines[i])
			silenced[file+":"+fmt.Sprint(i+1)] = true
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return mod, silenced
}

// addNolint puts a //nolint:otellint directive at the end of a line of
// code, in front of a trailing comment if there is one.
func addNolint(line string) string {
	if i := strings.Index(line, "// "); i >= 0 {
		return line[:i] + "//nolint:otellint " + line[i:]
	}
	return line + " //nolint:otellint"
}
