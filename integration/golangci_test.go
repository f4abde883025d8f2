package integration

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/internal/vetjson"
	"github.com/otellint/otellint/plugin"
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
	testenv.E2E(t, "builds golangci-lint with the plugin (minutes on 2 cores, about 1 GB of build cache)")
	// Built by the script the README gives, from this working tree.
	script := filepath.Join(root, "scripts", "custom-gcl")
	data, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	gclOnce.Do(func() {
		gclBin = cached(t, "custom-gcl", filepath.Join(root, "integration", "gcl"), []string{string(data)}, func(out string) []string {
			return []string{"bash", script, "-o", out, root}
		})
	})
	if gclBin == "" {
		t.Fatal("custom-gcl was not built")
	}
	return gclBin
}

// gclIssue is one issue of golangci-lint's JSON report, its file
// relative to the directory of the run.
type gclIssue struct {
	Linter       string
	File         string
	Line, Column int
	Text         string
}

func (is gclIssue) String() string {
	return fmt.Sprintf("%s:%d:%d: %s (%s)", is.File, is.Line, is.Column, is.Text, is.Linter)
}

// gclResult is what one golangci-lint run reported.
type gclResult struct {
	issues []gclIssue
	output string // stdout and stderr: the text report and the warnings
	code   int
}

// runGCL runs "custom-gcl run" with the configuration text cfg over the
// packages of the module in dir, with a fresh cache (golangci-lint's cache
// does not key its results on a plugin's settings).
func runGCL(t *testing.T, dir, cfg string, pkgs ...string) gclResult {
	t.Helper()
	return runGCLCache(t, dir, filepath.Join(t.TempDir(), "cache"), cfg, pkgs...)
}

// runGCLCache is runGCL with golangci-lint's cache in the directory cache,
// kept from one run to the next.
func runGCLCache(t *testing.T, dir, cache, cfg string, pkgs ...string) gclResult {
	t.Helper()
	tmp := t.TempDir()
	cfgPath := filepath.Join(tmp, ".golangci.yml")
	writeFiles(t, tmp, map[string]string{".golangci.yml": cfg})
	jsonPath := filepath.Join(tmp, "report.json")
	args := append([]string{"run", "-c", cfgPath, "--path-mode=abs", "--allow-parallel-runners", "--show-stats=false",
		"--output.json.path=" + jsonPath, "--output.text.path=stdout"}, pkgs...)
	out, code := run(t, dir, goEnv("GOLANGCI_LINT_CACHE="+cache), customGCL(t), args...)
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
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("golangci-lint JSON report does not parse: %v\n%s", err, data)
	}
	for _, is := range report.Issues {
		r.issues = append(r.issues, gclIssue{is.FromLinter, relFrom(t, dir, is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text})
	}
	return r
}

// vetFinding is a finding of the otellint command's -json output.
type vetFinding struct {
	Pass string
	vetjson.Diagnostic
}

// standalone runs the otellint command with -json and args in dir and
// returns its findings, each once.
func standalone(t *testing.T, dir string, args ...string) []vetFinding {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := testenv.Command(t, 0, otellintBinary(t), append([]string{"-json"}, args...)...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, goEnv(), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
			t.Fatalf("otellint -json %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
	}
	return decodeFindings(t, "otellint -json", stdout.String())
}

// decodeFindings reads go vet's JSON, as go vet -json and otellint -json
// print it, and returns its findings, each once (a package and its test
// variant report the same). A failed analysis fails the test.
func decodeFindings(t *testing.T, front, out string) []vetFinding {
	t.Helper()
	res, err := vetjson.Decode(strings.NewReader(out))
	if err != nil {
		t.Fatalf("%s output does not parse: %v\n%s", front, err, out)
	}
	var fs []vetFinding
	seen := map[string]bool{}
	for _, r := range res {
		if r.Err != "" {
			t.Fatalf("%s: %s failed on %s: %s", front, r.Analyzer, r.Package, r.Err)
		}
		for _, d := range r.Diagnostics {
			if k := r.Analyzer + d.Posn + d.Message; !seen[k] {
				seen[k] = true
				fs = append(fs, vetFinding{r.Analyzer, d})
			}
		}
	}
	return fs
}

// position splits a "file:line:col" position.
func position(t *testing.T, posn string) (file string, line, col int) {
	t.Helper()
	m := regexp.MustCompile(`^(.*):(\d+):(\d+)$`).FindStringSubmatch(posn)
	if m == nil {
		t.Fatalf("bad position %q", posn)
	}
	line, _ = strconv.Atoi(m[2])
	col, _ = strconv.Atoi(m[3])
	return m[1], line, col
}

// foldedIssue is an issue the plugin should report, with the findings it
// carries.
type foldedIssue struct {
	gclIssue
	findings []finding
}

// foldedIssues returns the golangci-lint issues that carry the findings
// of a standalone run, written here from the plugin's documented form
// rather than with its code: one issue per line of code, at the first
// finding's column, its text the findings in the order of their columns
// (then of the registry), each "<pass>: <message>", the later ones
// "<pass> at <line>:<col>: <message>", joined by " | ", each followed by
// its related positions " (<message>: <file>:<line>, ...; ...)" with the
// files named relative to the finding's directory.
func foldedIssues(t *testing.T, dir string, fs []vetFinding) []foldedIssue {
	t.Helper()
	type key struct {
		file string
		line int
	}
	order := otellint.Names()
	byLine := map[key][]vetFinding{}
	for _, f := range fs {
		file, line, _ := position(t, f.Posn)
		byLine[key{file, line}] = append(byLine[key{file, line}], f)
	}
	var out []foldedIssue
	for k, group := range byLine {
		slices.SortStableFunc(group, func(a, b vetFinding) int {
			_, _, ca := position(t, a.Posn)
			_, _, cb := position(t, b.Posn)
			return cmp.Or(cmp.Compare(ca, cb), cmp.Compare(slices.Index(order, a.Pass), slices.Index(order, b.Pass)))
		})
		var parts []string
		is := foldedIssue{gclIssue: gclIssue{Linter: "otellint", File: relFrom(t, dir, k.file), Line: k.line}}
		for i, f := range group {
			_, line, col := position(t, f.Posn)
			head := f.Pass
			if i == 0 {
				is.Column = col
			} else {
				head = fmt.Sprintf("%s at %d:%d", f.Pass, line, col)
			}
			text := head + ": " + f.Message
			var msgs []string
			places := map[string][]string{}
			for _, r := range f.Related {
				rfile, rline, _ := position(t, r.Posn)
				name, err := filepath.Rel(filepath.Dir(k.file), rfile)
				if err != nil {
					t.Fatal(err)
				}
				if places[r.Message] == nil {
					msgs = append(msgs, r.Message)
				}
				places[r.Message] = append(places[r.Message], fmt.Sprintf("%s:%d", filepath.ToSlash(name), rline))
			}
			var groups []string
			for _, m := range msgs {
				groups = append(groups, m+": "+strings.Join(places[m], ", "))
			}
			if len(groups) > 0 {
				text += " (" + strings.Join(groups, "; ") + ")"
			}
			parts = append(parts, text)
			is.findings = append(is.findings, finding{File: relFrom(t, dir, k.file), Line: line, Pass: f.Pass, Category: f.Category})
		}
		is.Text = strings.Join(parts, " | ")
		out = append(out, is)
	}
	return out
}

// compareIssues checks that golangci-lint reported exactly the expected
// otellint issues, that no related information became an issue of its
// own, and that no other linter's issue took the line of an otellint
// finding (golangci-lint's uniq-by-line keeps one issue per line, of
// whichever linter comes first by name). It returns the findings the
// reported issues carry.
func compareIssues(t *testing.T, r gclResult, want []foldedIssue) []finding {
	t.Helper()
	expected := map[string]foldedIssue{}
	lines := map[string]bool{}
	for _, is := range want {
		expected[is.String()] = is
		lines[fmt.Sprintf("%s:%d", is.File, is.Line)] = true
	}
	var found []finding
	got := map[string]bool{}
	for _, is := range r.issues {
		if strings.Contains(is.Text, "(related information)") {
			t.Errorf("related information reported as an issue of its own: %s", is)
		}
		if is.Linter != plugin.Name {
			if lines[fmt.Sprintf("%s:%d", is.File, is.Line)] {
				t.Errorf("%s takes the line of an otellint finding, which golangci-lint's uniq-by-line then hides: %s", is.Linter, is)
			}
			continue
		}
		got[is.String()] = true
		w, ok := expected[is.String()]
		if !ok {
			t.Errorf("golangci-lint reported an issue the standalone run does not explain:\n\t%s", is)
			continue
		}
		found = append(found, w.findings...)
	}
	for k := range expected {
		if !got[k] {
			t.Errorf("golangci-lint did not report\n\t%s", k)
		}
	}
	if t.Failed() {
		t.Logf("golangci-lint output:\n%s", r.output)
	}
	return found
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

// readmeGolangciConfig returns the golangci-lint configuration the
// README's "Running otellint" section shows first: the one users copy.
func readmeGolangciConfig(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "<!-- integrations -->")
	if !ok {
		t.Fatal("README.md has no <!-- integrations --> section")
	}
	for _, block := range strings.Split(section, "```yaml\n")[1:] {
		text, _, _ := strings.Cut(block, "```")
		if strings.Contains(text, "type: module") {
			return text
		}
	}
	t.Fatal("the README shows no golangci-lint configuration with the plugin")
	return ""
}

// TestGolangciLint runs the custom golangci-lint with the otellint plugin
// over the shop with the README's configuration, which enables the plugin
// and leaves every golangci-lint default as it is (the standard linters,
// uniq-by-line, max-issues-per-linter, max-same-issues). Every finding of
// the standalone run must be in exactly one golangci-lint issue.
func TestGolangciLint(t *testing.T) {
	t.Parallel()
	customGCL(t)
	td := testenv.TestData(t)
	cfg := readmeGolangciConfig(t)
	for _, setting := range []string{"issues:", "output:", "default:", "settings:\n          "} {
		if strings.Contains(cfg, setting) {
			t.Errorf("the README's configuration sets %q; it should enable the plugin and leave golangci-lint's defaults:\n%s", strings.TrimSpace(setting), cfg)
		}
	}
	want := foldedIssues(t, td, standalone(t, td, "./shop/..."))
	r := runGCL(t, td, cfg, "./shop/...")
	if r.code != 1 {
		t.Fatalf("custom-gcl run: exit code %d, want 1 (issues):\n%s", r.code, r.output)
	}
	found := compareIssues(t, r, want)
	t.Logf("shop: %d standalone findings in %d golangci-lint issues", len(found), len(want))
	t.Run("every pass", func(t *testing.T) {
		checkEveryPass(t, "golangci-lint", found, shopMarkers(t))
	})
}

// TestGolangciLintCache checks that the findings do not depend on
// golangci-lint's cache: a run with an empty cache over a copy of the
// shop, then, with the cache it filled, a run after one file of a package
// that others import has changed (golangci-lint analyzes again that
// package and its importers, and takes the others' issues from its cache,
// so the facts of those others are computed from their source by the
// plugin). Each run must report the issues of the standalone run on the
// same code, and the change, which alters no finding, none of them.
func TestGolangciLintCache(t *testing.T) {
	t.Parallel()
	customGCL(t)
	td := testenv.TestData(t)
	mod, _ := shopWithNolint(t, td, nil)
	cfg := readmeGolangciConfig(t)
	cache := filepath.Join(t.TempDir(), "cache")
	want := foldedIssues(t, mod, standalone(t, mod, "./shop/..."))
	cold := runGCLCache(t, mod, cache, cfg, "./shop/...")
	if cold.code != 1 {
		t.Fatalf("cold run: exit code %d, want 1 (issues):\n%s", cold.code, cold.output)
	}
	compareIssues(t, cold, want)

	// A new function in the package whose set-up function cmd/shop calls.
	file := filepath.Join(mod, "shop", "observability", "resource.go")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "\n// Version is the version the resource reports.\nfunc Version() string { return \"1.0.0\" }\n"...)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	warm := runGCLCache(t, mod, cache, cfg, "./shop/...")
	if warm.code != 1 {
		t.Fatalf("warm run: exit code %d, want 1 (issues):\n%s", warm.code, warm.output)
	}
	compareIssues(t, warm, foldedIssues(t, mod, standalone(t, mod, "./shop/...")))
	render := func(r gclResult) []string {
		var out []string
		for _, is := range r.issues {
			out = append(out, is.String())
		}
		slices.Sort(out)
		return out
	}
	if c, w := render(cold), render(warm); !slices.Equal(c, w) {
		t.Errorf("the warm run after the change reports other issues than the cold run:\ncold:\n\t%s\nwarm:\n\t%s", strings.Join(c, "\n\t"), strings.Join(w, "\n\t"))
	}
	t.Logf("shop: %d issues cold and warm", len(cold.issues))
}

// TestGolangciLintSettings runs the custom golangci-lint with the
// settings of .golangci.example.yml changed, on a copy of the shop with
// //nolint:otellint on some lines: a pass disabled, a category of another
// pass switched off in its checks option. The issues must be those of the
// standalone run with the same options on the same copy, and each change
// must have silenced something.
func TestGolangciLintSettings(t *testing.T) {
	t.Parallel()
	customGCL(t)
	td := testenv.TestData(t)
	cfg := exampleConfig(t)
	base := standalone(t, td, "./shop/...")
	var baseFindings []finding
	for _, is := range foldedIssues(t, td, base) {
		baseFindings = append(baseFindings, is.findings...)
	}
	// Disable the pass with the most findings.
	count := map[string]int{}
	for _, f := range baseFindings {
		count[f.Pass]++
	}
	var disabled string
	for p, n := range count {
		if n > count[disabled] || n == count[disabled] && p < disabled {
			disabled = p
		}
	}
	want := shopMarkers(t)
	cat, _ := categoryToDrop(baseFindings, want, disabled)
	if cat.Pass == "" {
		t.Fatalf("no second pass has a category to switch off")
	}
	rest := slices.DeleteFunc(defaultChecks(t, cat.Pass), func(s string) bool { return s == cat.Category })
	c := setSetting(t, cfg, "", "disable", "["+disabled+"]")
	c = setSetting(t, c, cat.Pass, "checks", "["+strings.Join(rest, ", ")+"]")
	mod, silenced := shopWithNolint(t, td, baseFindings)
	if len(silenced) == 0 {
		t.Fatalf("no line left for //nolint:otellint")
	}
	flags := []string{"-" + disabled + "=false", "-" + cat.Pass + ".checks=" + strings.Join(rest, ","), "./shop/..."}
	expect := standalone(t, mod, flags...)
	got := compareIssues(t, runGCL(t, mod, c, "./shop/..."), foldedIssues(t, mod, expect))
	// Each change silenced findings of the example run.
	for _, f := range got {
		switch {
		case f.Pass == disabled:
			t.Errorf("finding of the disabled pass %s: %s", disabled, f)
		case f.Pass == cat.Pass && f.Category == cat.Category:
			t.Errorf("finding of the switched-off check %s/%s: %s", cat.Pass, cat.Category, f)
		case silenced[f.File+":"+fmt.Sprint(f.Line)]:
			t.Errorf("finding on a //nolint:otellint line: %s", f)
		}
	}
	t.Logf("%s disabled, %s/%s switched off, //nolint:otellint on %d lines: %d of %d findings left", disabled, cat.Pass, cat.Category, len(silenced), len(got), len(baseFindings))
}

// TestGolangciLintNolint checks the directives under golangci-lint:
// //nolint:otellint and //otellint:ignore <pass> <reason> silence their
// line, without a warning and, with nolintlint on, without nolintlint
// calling the //nolint unused; //nolint:<pass> silences nothing and makes
// golangci-lint warn that it does not know the linter (which is why the
// README gives //otellint:ignore as the per-pass form).
func TestGolangciLintNolint(t *testing.T) {
	t.Parallel()
	customGCL(t)
	readme := readmeGolangciConfig(t)
	withNolintlint := strings.Replace(readme, "    - otellint\n", "    - otellint\n    - nolintlint\n", 1)
	if withNolintlint == readme {
		t.Fatalf("cannot add nolintlint to the README's configuration:\n%s", readme)
	}
	const warning = "unknown linters in //nolint directives"
	for _, tc := range []struct {
		name       string
		cfg        string
		directives [3]string // on the three fmt.Println lines
		left       []int     // the lines still reported
		warns      bool
	}{
		{"otellint forms", withNolintlint, [3]string{" //nolint:otellint", " //otellint:ignore rawlogging the command's output", ""}, []int{10}, false},
		{"a pass in nolint", readme, [3]string{" //nolint:rawlogging", "", ""}, []int{8, 9, 10}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			mod := t.TempDir()
			writeFiles(t, mod, map[string]string{
				"go.mod": "module example.com/hello\n\ngo 1.22\n",
				"hello/hello.go": "// Package hello greets.\npackage hello\n\nimport \"fmt\"\n\n// Hello greets.\nfunc Hello() {\n" +
					"\tfmt.Println(\"one\")" + tc.directives[0] + "\n" +
					"\tfmt.Println(\"two\")" + tc.directives[1] + "\n" +
					"\tfmt.Println(\"three\")" + tc.directives[2] + "\n}\n",
			})
			r := runGCL(t, mod, tc.cfg, "./...")
			var lines []int
			for _, is := range r.issues {
				if is.Linter != plugin.Name {
					t.Errorf("issue of another linter: %s", is)
					continue
				}
				lines = append(lines, is.Line)
			}
			if !slices.Equal(lines, tc.left) {
				t.Errorf("otellint issues on lines %v, want %v:\n%s", lines, tc.left, r.output)
			}
			if strings.Contains(r.output, warning) != tc.warns {
				t.Errorf("warning %q printed: %v, want %v:\n%s", warning, !tc.warns, tc.warns, r.output)
			}
		})
	}
}

// TestGolangciLintBadSettings checks that a bad setting stops
// golangci-lint at start-up with an error that names it and its block.
func TestGolangciLintBadSettings(t *testing.T) {
	t.Parallel()
	customGCL(t)
	td := testenv.TestData(t)
	cfg := exampleConfig(t)
	readme := readmeGolangciConfig(t)
	for _, tc := range []struct {
		name, cfg, want string
	}{
		{"unknown pass", setSetting(t, cfg, "", "disable", "[spanned]"), `unknown pass "spanned"`},
		{"unknown check", setSetting(t, cfg, "spanend", "checks", "[missing-ending]"), `unknown check "missing-ending"`},
		{"misspelt setting", strings.Replace(cfg, "disable: []", "disabel: []", 1), `unknown setting "disabel"`},
		{"misspelt option in a pass block", strings.Replace(cfg, "    checks: [missing-end,", "    chekcs: [missing-end,", 1), `spanend: unknown option "chekcs"`},
		{"pass block beside settings:", strings.Replace(readme, "type: module\n", "type: module\n        spanend:\n          checks: [missing-end]\n", 1),
			`"spanend" is beside "settings:" in linters.settings.custom.otellint`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.cfg == cfg || tc.cfg == readme {
				t.Fatalf("the configuration was not changed:\n%s", tc.cfg)
			}
			checkStartupError(t, runGCL(t, td, tc.cfg, "./shop/..."), tc.want)
		})
	}
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
