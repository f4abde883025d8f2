package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestGCLConfig checks the generated .golangci.yml: only the one linter,
// the plugin declared only when it is otellint, no limit on issues.
func TestGCLConfig(t *testing.T) {
	type config struct {
		Version string
		Run     struct{ Tests bool }
		Linters struct {
			Default  string
			Enable   []string
			Settings struct {
				Custom map[string]struct{ Type string }
			}
		}
		Issues struct {
			MaxPerLinter *int `yaml:"max-issues-per-linter"`
			MaxSame      *int `yaml:"max-same-issues"`
		}
	}
	for _, tc := range []struct {
		linter string
		tests  bool
	}{{"otellint", true}, {"durationcheck", false}} {
		var c config
		text := gclConfig(tc.linter, tc.tests)
		if err := yaml.Unmarshal([]byte(text), &c); err != nil {
			t.Fatalf("%s: config does not parse: %v\n%s", tc.linter, err, text)
		}
		if c.Version != "2" || c.Linters.Default != "none" || !slices.Equal(c.Linters.Enable, []string{tc.linter}) || c.Run.Tests != tc.tests {
			t.Errorf("%s: version %q, default %q, enable %v, tests %t\n%s", tc.linter, c.Version, c.Linters.Default, c.Linters.Enable, c.Run.Tests, text)
		}
		if c.Issues.MaxPerLinter == nil || *c.Issues.MaxPerLinter != 0 || c.Issues.MaxSame == nil || *c.Issues.MaxSame != 0 {
			t.Errorf("%s: issue limits not lifted\n%s", tc.linter, text)
		}
		_, plugin := c.Linters.Settings.Custom["otellint"]
		if plugin != (tc.linter == "otellint") || (plugin && c.Linters.Settings.Custom["otellint"].Type != "module") {
			t.Errorf("%s: custom settings %v\n%s", tc.linter, c.Linters.Settings.Custom, text)
		}
	}
}

// samples returns golangci-lint samples of the given wall seconds and
// RSS MiB (and twice the wall time of CPU time), each reporting issues.
func samples(issues int, wallRSS ...float64) []gclSample {
	var out []gclSample
	for i := 0; i+1 < len(wallRSS); i += 2 {
		wall := time.Duration(wallRSS[i] * float64(time.Second))
		out = append(out, gclSample{sample: sample{Wall: wall, CPU: 2 * wall, RSS: int64(wallRSS[i+1] * (1 << 20))}, Issues: issues})
	}
	return out
}

// TestJudge checks the ratios of medians and the budget's verdict.
func TestJudge(t *testing.T) {
	rs := []gclResult{
		{Config: "floor", Cold: samples(0, 6, 800, 7, 900), Warm: samples(0, 2, 100, 4, 300)},
		{Config: "otellint@facts", Cold: samples(45, 28, 1600, 30, 1600), Warm: samples(45, 2, 100, 2, 100)},
		{Config: "otellint@summary", Cold: samples(45, 9, 1000, 10, 1000), Warm: samples(45, 3, 200, 3, 200)},
		{Config: "otellint@lean", Cold: samples(45, 13, 850, 13, 850), Warm: samples(45, 3, 200, 3, 200)},
	}
	if judge(rs) {
		t.Errorf("judge passes a configuration over the budget")
	}
	near := func(a, b float64) bool { return a > b-1e-9 && a < b+1e-9 }
	want := []struct {
		coldWall, coldRSS, warmWall, warmRSS float64 // coldCPU is coldWall
		budget                               string
	}{
		{29 / 6.5, 1600.0 / 850, 2.0 / 3, 0.5, "FAIL (wall, rss)"},
		{9.5 / 6.5, 1000.0 / 850, 1, 1, "PASS"},
		{13 / 6.5, 1, 1, 1, "FAIL (wall)"},
	}
	for i, w := range want {
		r := rs[i+1]
		if !near(r.ColdWall, w.coldWall) || !near(r.ColdCPU, w.coldWall) || !near(r.ColdRSS, w.coldRSS) || !near(r.WarmWall, w.warmWall) || !near(r.WarmRSS, w.warmRSS) || r.Budget != w.budget {
			t.Errorf("%s: cold %.3f/%.3f warm %.3f/%.3f %q, want %.3f/%.3f %.3f/%.3f %q", r.Config,
				r.ColdWall, r.ColdRSS, r.WarmWall, r.WarmRSS, r.Budget, w.coldWall, w.coldRSS, w.warmWall, w.warmRSS, w.budget)
		}
	}
	if !judge([]gclResult{rs[0], rs[2]}) {
		t.Errorf("judge fails although every configuration passes")
	}
	// A floor that did not run (no samples) passes nothing.
	if got := verdict(0, 0); got != "FAIL (wall, rss)" {
		t.Errorf("verdict without a floor = %q", got)
	}
}

// TestPrintGCL checks the table's rows and its warnings: no issue at all,
// and different issues cold and warm.
func TestPrintGCL(t *testing.T) {
	ws := []*workload{
		{Name: "jaeger", Golangci: []gclResult{
			{Config: "floor", Cold: samples(0, 6, 800), Warm: samples(0, 2, 100)},
			{Config: "otellint", Cold: samples(45, 8, 900), Warm: samples(44, 2, 100)},
		}},
		{Name: "otelhttp", Golangci: []gclResult{
			{Config: "floor", Cold: samples(0, 2, 100), Warm: samples(0, 1, 50)},
			{Config: "otellint", Cold: samples(0, 4, 100), Warm: samples(0, 1, 50)},
		}},
		{Name: "standalone-only"},
	}
	var b strings.Builder
	if printGCL(&b, ws) {
		t.Errorf("printGCL passes otelhttp's 2x cold run")
	}
	out := b.String()
	for _, want := range []string{
		"jaeger     otellint               6.00s 800M      2.00s 100M      8.00s 900M      2.00s 100M      1.33/1.12     1.00/1.00     1.33      45/44       PASS",
		"otelhttp   otellint               2.00s 100M      1.00s 50M       4.00s 100M      1.00s 50M       2.00/1.00     1.00/1.00     2.00      0           FAIL (wall)",
		"warning: jaeger: otellint reported 45 issues cold and 44 warm",
		"warning: otelhttp: otellint reported no issue",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "standalone-only") {
		t.Errorf("a workload without golangci-lint figures is in the table:\n%s", out)
	}
}

// TestCountIssues checks the count of a JSON report's issues, and -1 for
// a missing or broken report.
func TestCountIssues(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		path string
		want int
	}{
		{write("two.json", `{"Issues":[{"FromLinter":"otellint"},{"FromLinter":"otellint"}],"Report":{}}`), 2},
		{write("none.json", `{"Issues":null}`), 0},
		{write("broken.json", `{"Issues":[`), -1},
		{filepath.Join(dir, "missing.json"), -1},
	} {
		if got := countIssues(tc.path); got != tc.want {
			t.Errorf("countIssues(%s) = %d, want %d", filepath.Base(tc.path), got, tc.want)
		}
	}
}

// TestCheckouts checks the labels of -otellint's checkouts and the error
// for a directory that is not one.
func TestCheckouts(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := os.Mkdir(filepath.Join(d, "plugin"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	got, err := checkouts(a, "")
	if err != nil || len(got) != 1 || got[0].Label != "otellint" || got[0].Checkout != a {
		t.Errorf("checkouts(root, \"\") = %v, %v", got, err)
	}
	got, err = checkouts(a, a+", "+b)
	if err != nil || len(got) != 2 || got[0].Label != "otellint@"+filepath.Base(a) || got[1].Label != "otellint@"+filepath.Base(b) {
		t.Errorf("checkouts of two = %v, %v", got, err)
	}
	if _, err := checkouts(a, t.TempDir()); err == nil {
		t.Errorf("checkouts accepts a directory without plugin/")
	}
}
