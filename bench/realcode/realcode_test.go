package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint"
)

func TestParseFindings(t *testing.T) {
	out := `internal/a.go:12:3: span is not ended on all paths; add "defer span.End()" after the Start call (spanend/missing-end)
    internal/a.go:20:2: the path that returns without ending the span
cmd/b.go:7:10: call (*T).Do(ctx) instead (ctxpropagation/request-without-ctx)
c.go:1:1: a finding without category (somepass)
otellint: example.com/m/x: could not import y
not a finding at all

`
	got, unparsed := parseFindings("mod", out)
	want := []finding{
		{Module: "mod", File: "internal/a.go", Line: 12, Col: 3, Pass: "spanend", Category: "missing-end",
			Message: `span is not ended on all paths; add "defer span.End()" after the Start call`},
		{Module: "mod", File: "cmd/b.go", Line: 7, Col: 10, Pass: "ctxpropagation", Category: "request-without-ctx",
			Message: "call (*T).Do(ctx) instead"},
		{Module: "mod", File: "c.go", Line: 1, Col: 1, Pass: "somepass", Message: "a finding without category"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("parseFindings:\n got %+v\nwant %+v", got, want)
	}
	if wantUn := []string{"otellint: example.com/m/x: could not import y", "not a finding at all"}; !slices.Equal(unparsed, wantUn) {
		t.Errorf("unparsed = %q, want %q", unparsed, wantUn)
	}
}

const goodJudged = header + `
# comments and blank lines are skipped

jaeger	cmd/query/app/server.go	88	spanend	missing-end	real	the span leaks when Serve fails
jaeger	cmd/query/app/server.go	120	spanend	missing-end	false	ended by the deferred closure	span is not ended on all paths
otelhttp	handler.go	12	spanend	discarded-span			span is discarded
`

func TestParseJudged(t *testing.T) {
	js, err := parseJudged("spanend.tsv", strings.NewReader(goodJudged))
	if err != nil {
		t.Fatal(err)
	}
	if len(js) != 3 {
		t.Fatalf("%d rows, want 3: %+v", len(js), js)
	}
	want := judgement{
		key:     key{Module: "jaeger", File: "cmd/query/app/server.go", Line: 120, Pass: "spanend", Category: "missing-end"},
		Verdict: "false", Reason: "ended by the deferred closure", Message: "span is not ended on all paths",
		Src: "spanend.tsv:5",
	}
	if js[1] != want {
		t.Errorf("second row:\n got %+v\nwant %+v", js[1], want)
	}
	if js[2].Verdict != "" || js[2].Reason != "" {
		t.Errorf("pending row: verdict %q, reason %q; want both empty", js[2].Verdict, js[2].Reason)
	}
}

func TestParseJudgedErrors(t *testing.T) {
	for _, tc := range []struct{ row, err string }{
		{"jaeger\ta.go\t1\tspanend\tmissing-end\treal", "6 columns"},
		{"jaeger\ta.go\tx\tspanend\tmissing-end\treal\twhy", `line "x" is not a line number`},
		{"jaeger\ta.go\t0\tspanend\tmissing-end\treal\twhy", `line "0"`},
		{"jaeger\ta.go\t1\tpiilog\tpii-field\treal\twhy", `a finding of pass "piilog" in the file of pass "spanend"`},
		{"jaeger\ta.go\t1\tspanend\tmissing-end\ttrue\twhy", `verdict "true"`},
		{"jaeger\ta.go\t1\tspanend\tmissing-end\tfalse\t", "without its one-line reason"},
		{"\ta.go\t1\tspanend\tmissing-end\tfalse\twhy", "module and file are required"},
	} {
		_, err := parseJudged("spanend.tsv", strings.NewReader(header+"\n"+tc.row+"\n"))
		if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "spanend.tsv:2") {
			t.Errorf("row %q: error %v, want one at spanend.tsv:2 containing %q", tc.row, err, tc.err)
		}
	}
}

func TestReadJudged(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "spanend.tsv"), goodJudged)
	writeFile(t, filepath.Join(dir, "piilog.tsv"), header+"\njaeger\ta.go\t3\tpiilog\tpii-field\tdebatable\tan e-mail in a debug log\n")
	writeFile(t, filepath.Join(dir, "piilog-recall.tsv"), header+"\njaeger\tb.go\t5\tpiilog\tpii-field\treal\tan e-mail in an info log\n")
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a judged file")
	js, err := readJudged(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(js) != 5 {
		t.Errorf("%d rows, want 5", len(js))
	}

	// One finding judged twice is an error naming both rows.
	writeFile(t, filepath.Join(dir, "piilog.tsv"), header+"\njaeger\ta.go\t3\tpiilog\tpii-field\treal\twhy\njaeger\ta.go\t3\tpiilog\tpii-field\tfalse\twhy not\n")
	if _, err := readJudged(dir); err == nil || !strings.Contains(err.Error(), "piilog.tsv:3") || !strings.Contains(err.Error(), "already judged at piilog.tsv:2") {
		t.Errorf("duplicate rows: error %v", err)
	}
}

// TestCompare sets verdicts, counts, and lists gone and stale rows.
func TestCompare(t *testing.T) {
	f := func(module, file string, line int, pass, category string) finding {
		return finding{Module: module, File: file, Line: line, Col: 2, Pass: pass, Category: category, Message: "m"}
	}
	j := func(module, file string, line int, pass, category, verdict string) judgement {
		return judgement{key: key{module, file, line, pass, category}, Verdict: verdict, Reason: "because"}
	}
	findings := []finding{
		f("a", "x.go", 1, "spanend", "missing-end"),
		f("a", "x.go", 1, "spanend", "missing-end"), // two spans on one line: one key
		f("a", "x.go", 5, "spanend", "missing-end"),
		f("b", "y.go", 9, "spanend", "missing-end"),
		f("b", "y.go", 10, "spanend", "discarded-span"),
		f("b", "y.go", 11, "piilog", "pii-field"),
		f("b", "y.go", 12, "spanend", "new-category"),
	}
	judged := []judgement{
		j("a", "x.go", 1, "spanend", "missing-end", verdictReal),
		j("a", "x.go", 5, "spanend", "missing-end", verdictFalse),
		j("b", "y.go", 9, "spanend", "missing-end", verdictReal),
		j("b", "y.go", 10, "spanend", "discarded-span", verdictDebatable),
		j("b", "y.go", 11, "piilog", "pii-value", verdictReal),         // another category: gone
		j("a", "x.go", 2, "spanend", "missing-end", verdictReal),       // line moved: gone
		j("c", "z.go", 2, "spanend", "missing-end", verdictFalse),      // module not run: not gone
		j("a", "x.go", 3, "highcardinality", "unbounded-key", "false"), // pass not selected: not gone
		j("a", "x.go", 4, "spanend", "missing-end", ""),                // pending: stale
	}
	categories := [][2]string{{"spanend", "discarded-span"}, {"spanend", "missing-end"}, {"spanend", "foreign-end"}, {"piilog", "pii-field"}, {"piilog", "pii-value"}}
	inScope := func(module, pass string) bool { return module != "c" && pass != "highcardinality" }
	c := compare(findings, judged, categories, inScope)

	type counts struct{ findings, real, debatable, false, unjudged, gone int }
	got := map[string]counts{}
	for _, r := range c.Rows {
		got[label(r.Pass, r.Category)] = counts{r.Findings, r.Real, r.Debatable, r.False, r.Unjudged, r.Gone}
	}
	want := map[string]counts{
		"spanend/discarded-span": {1, 0, 1, 0, 0, 0},
		"spanend/missing-end":    {4, 3, 0, 1, 0, 1},
		"spanend/foreign-end":    {},
		"spanend/new-category":   {1, 0, 0, 0, 1, 0},
		"piilog/pii-field":       {1, 0, 0, 0, 1, 0},
		"piilog/pii-value":       {0, 0, 0, 0, 0, 1},
	}
	if len(got) != len(want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	for l, w := range want {
		if got[l] != w {
			t.Errorf("%s: %+v, want %+v", l, got[l], w)
		}
	}
	var order []string
	for _, r := range c.Rows {
		order = append(order, label(r.Pass, r.Category))
	}
	wantOrder := []string{"spanend/discarded-span", "spanend/foreign-end", "spanend/missing-end", "spanend/new-category", "piilog/pii-field", "piilog/pii-value"}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("row order %q, want %q", order, wantOrder)
	}

	if p := c.Rows[2].Precision; p == nil || *p != 0.75 {
		t.Errorf("precision of spanend/missing-end: %v, want 0.75", p)
	}
	if c.Rows[1].Precision != nil {
		t.Errorf("precision of spanend/foreign-end without verdicts: %v, want none", *c.Rows[1].Precision)
	}
	if t0 := c.Total; t0.Findings != 7 || t0.Real != 3 || t0.False != 1 || t0.Debatable != 1 || t0.Unjudged != 2 || t0.Gone != 2 {
		t.Errorf("total %+v", *t0)
	}
	if len(c.Passes) != 2 || c.Passes[0].Pass != "spanend" || c.Passes[0].Findings != 6 || c.Passes[1].Findings != 1 {
		t.Errorf("per pass: %+v %+v", *c.Passes[0], *c.Passes[1])
	}
	if c.Total.PerModule["a"] != 3 || c.Total.PerModule["b"] != 4 {
		t.Errorf("per module %v, want a:3 b:4", c.Total.PerModule)
	}

	var gone []string
	for _, g := range c.Gone {
		gone = append(gone, g.Module+":"+g.File+":"+label(g.Pass, g.Category))
	}
	if want := []string{"b:y.go:piilog/pii-value", "a:x.go:spanend/missing-end"}; !slices.Equal(gone, want) {
		t.Errorf("gone %q, want %q", gone, want)
	}
	if len(c.Stale) != 1 || c.Stale[0].Line != 4 {
		t.Errorf("stale %+v, want the pending row of line 4", c.Stale)
	}
	if len(c.Unjudged) != 2 {
		t.Errorf("unjudged %+v, want the findings of lines 11 and 12", c.Unjudged)
	}
	if findings[1].Verdict != verdictReal || findings[1].Reason != "because" {
		t.Errorf("verdict of the second finding of a line: %q %q", findings[1].Verdict, findings[1].Reason)
	}
}

func TestUnjudgedRow(t *testing.T) {
	f := finding{Module: "jaeger", File: "a/b.go", Line: 7, Col: 3, Pass: "spanend", Category: "missing-end", Message: "span is not ended"}
	row := unjudgedRow(f)
	if want := "jaeger\ta/b.go\t7\tspanend\tmissing-end\t\t\tspan is not ended"; row != want {
		t.Errorf("unjudgedRow = %q, want %q", row, want)
	}
	// The row reads back as a pending judgement of the same finding.
	js, err := parseJudged("spanend.tsv", strings.NewReader(row+"\n"))
	if err != nil || len(js) != 1 || js[0].key != f.key() || js[0].Verdict != "" {
		t.Errorf("row read back: %+v, %v", js, err)
	}
}

func TestPrintReport(t *testing.T) {
	findings := []finding{
		{Module: "a", File: "x.go", Line: 1, Pass: "spanend", Category: "missing-end"},
		{Module: "a", File: "x.go", Line: 2, Pass: "spanend", Category: "missing-end"},
		{Module: "b", File: "x.go", Line: 3, Pass: "spanend", Category: "missing-end"},
		{Module: "b", File: "x.go", Line: 4, Pass: "spanend", Category: "missing-end"},
	}
	// Precision leaves the debatable finding out: 2/(2+1).
	judged := []judgement{
		{key: key{"a", "x.go", 1, "spanend", "missing-end"}, Verdict: verdictReal, Reason: "r"},
		{key: key{"a", "x.go", 2, "spanend", "missing-end"}, Verdict: verdictReal, Reason: "r"},
		{key: key{"b", "x.go", 3, "spanend", "missing-end"}, Verdict: verdictFalse, Reason: "f"},
		{key: key{"b", "x.go", 4, "spanend", "missing-end"}, Verdict: verdictDebatable, Reason: "d"},
		{key: key{"b", "x.go", 9, "spanend", "missing-end"}, Verdict: verdictReal, Reason: "it leaked", Src: "spanend.tsv:9"},
	}
	c := compare(findings, judged, [][2]string{{"spanend", "missing-end"}, {"spanend", "foreign-end"}}, func(string, string) bool { return true })
	rep := &report{
		Modules: []*moduleResult{
			{Name: "a", Path: "example.com/a", Version: "v1.0.0", Lines: 100, Packages: 2, Wall: 1.5, Findings: 2},
			{Name: "b", Path: "example.com/b", Version: "v1.0.0", Err: "otellint exits 1:\n  details"},
		},
		comparison: c,
	}
	var buf bytes.Buffer
	printReport(&buf, rep)
	out := buf.String()
	for _, re := range []string{
		`(?m)^ *a +100 +2 +1\.5 +2 +example\.com/a@v1\.0\.0$`,
		`(?m)^ *b .*FAILED: otellint exits 1:$`,
		`(?m)^ *spanend/missing-end +4 +2 +1 +1 +0 +1 +67%$`,
		`(?m)^ *spanend/foreign-end +0 +0 +0 +0 +0 +0 +-$`,
		`(?m)^ *total +4 +2 +1 +1 +0 +1 +67%$`,
		`(?m)^ *pass/category +a +b +total$`,
		`(?m)^ *spanend/missing-end +2 +2 +4$`,
		`(?m)^  b x\.go:9 spanend/missing-end real: it leaked  \[spanend\.tsv:9\]$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output does not match %s:\n%s", re, out)
		}
	}
}

func TestSelect(t *testing.T) {
	ms, err := selectModules("jaeger, otelhttp,jaeger")
	if err != nil || len(ms) != 2 || ms[0].Name != "jaeger" || ms[1].Name != "otelhttp" {
		t.Errorf("selectModules: %v, %v", ms, err)
	}
	var uerr usageError
	if _, err := selectModules("jaeger,nosuch"); !errors.As(err, &uerr) || !strings.Contains(err.Error(), `"nosuch"`) {
		t.Errorf("unknown module: %v, want a usage error naming it", err)
	}
	ps, err := selectPasses("spanend,piilog")
	if err != nil || len(ps) != 2 || !ps["spanend"] || !ps["piilog"] {
		t.Errorf("selectPasses: %v, %v", ps, err)
	}
	if ps, _ := selectPasses(""); len(ps) != len(otellint.Names()) {
		t.Errorf("selectPasses(\"\") = %v, want every pass", ps)
	}
	if _, err := selectPasses("spanend,nosuch"); !errors.As(err, &uerr) {
		t.Errorf("unknown pass: %v, want a usage error", err)
	}
}

// TestModules checks the pins: unique names, exact versions (a release
// tag, or a pre-release tag such as v0.13.0-alpha.0 for a project that
// tags its releases so; never a query or a pseudo-version).
func TestModules(t *testing.T) {
	exact := regexp.MustCompile(`^v[0-9]+\.[0-9]+\.[0-9]+(-(alpha|beta|rc)(\.[0-9]+)?)?$`)
	for _, v := range []string{"latest", "master", "v1.2", "v0.0.0-20250306103131-613779b6dad8"} {
		if exact.MatchString(v) {
			t.Errorf("%q taken as an exact version", v)
		}
	}
	seen := map[string]bool{}
	for _, m := range modules {
		if seen[m.Name] {
			t.Errorf("module name %q used twice", m.Name)
		}
		seen[m.Name] = true
		if !exact.MatchString(m.Version) {
			t.Errorf("%s: version %q is not an exact release", m.Name, m.Version)
		}
		if m.Why == "" || m.Path == "" {
			t.Errorf("%s: path or reason missing", m.Name)
		}
	}
}

// TestJudgedFiles reads the committed judged files: every row parses, no
// finding is judged twice, each file is a pass's, each module is pinned.
func TestJudgedFiles(t *testing.T) {
	js, err := readJudged("judged")
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join("judged", "*.tsv"))
	if len(names) == 0 {
		t.Fatal("no judged files")
	}
	for _, n := range names {
		// A pass's verdicts may be split: <pass>.tsv, <pass>-<part>.tsv.
		pass, _, _ := strings.Cut(strings.TrimSuffix(filepath.Base(n), ".tsv"), "-")
		if !slices.Contains(otellint.Names(), pass) {
			t.Errorf("%s: no pass named %q", n, pass)
		}
	}
	for _, j := range js {
		if !slices.ContainsFunc(modules, func(m module) bool { return m.Name == j.Module }) {
			t.Errorf("%s: no module named %q", j.Src, j.Module)
		}
	}
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
