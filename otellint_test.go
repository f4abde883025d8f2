package otellint_test

import (
	"encoding/json"
	"flag"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/docx"
	"github.com/otellint/otellint/internal/gendoc"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/passes/spanend"
)

// TestRegistry checks the whole registry: the analyzers validate, names
// are unique and equal their package names, every doc.go parses in the
// x/tools shape, every category is documented with an example, and the
// flags are the options of the pass's configuration.
func TestRegistry(t *testing.T) {
	as, err := otellint.Analyzers(otellint.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	all := otellint.All()
	if len(as) != len(all) {
		t.Fatalf("default config builds %d analyzers for %d passes", len(as), len(all))
	}
	seen := map[string]bool{}
	kebab := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	placeholder := regexp.MustCompile(`(?m)TODO:|: TODO$|^// TODO$|that TODO\.|SCAFFOLD`)
	for i, d := range all {
		p, a := d.Info(), as[i]
		if a.Name != p.Name {
			t.Errorf("pass %d: registry name %q, analyzer name %q", i, p.Name, a.Name)
		}
		if seen[a.Name] {
			t.Errorf("duplicate pass name %q", a.Name)
		}
		seen[a.Name] = true

		// doc.go: package doc in the x/tools shape, the same text as Analyzer.Doc.
		src, err := os.ReadFile(filepath.Join("passes", p.Name, "doc.go"))
		if err != nil {
			t.Errorf("%s: %v", p.Name, err)
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments)
		if err != nil {
			t.Errorf("%s: doc.go: %v", p.Name, err)
			continue
		}
		if len(f.Decls) != 0 {
			t.Errorf("%s: doc.go holds declarations; it should hold only the package doc", p.Name)
		}
		if f.Name.Name != p.Name {
			t.Errorf("%s: doc.go is package %s", p.Name, f.Name.Name)
		}
		if want := "Package " + p.Name + " defines an Analyzer that "; !strings.HasPrefix(f.Doc.Text(), want) {
			t.Errorf("%s: package doc does not start with %q", p.Name, want)
		}
		doc, err := docx.Extract(string(src), p.Name)
		if err != nil {
			t.Errorf("%s: %v", p.Name, err)
		} else if doc != a.Doc || doc != p.Doc {
			t.Errorf("%s: Analyzer.Doc differs from doc.go", p.Name)
		}
		title := docx.Title(a.Doc)
		if len(title) > 60 || title != strings.ToLower(title) || strings.HasSuffix(title, ".") {
			t.Errorf("%s: title %q must be lower case, at most 60 characters, with no final period", p.Name, title)
		}
		if placeholder.MatchString(string(src)) {
			t.Errorf("%s: doc.go still has TODO or SCAFFOLD placeholders", p.Name)
		}
		for _, c := range p.Categories {
			if !kebab.MatchString(c) {
				t.Errorf("%s: category %q is not kebab-case", p.Name, c)
			}
		}
		for _, problem := range gendoc.CheckExamples(p) {
			t.Errorf("%s: %s", p.Name, problem)
		}
		// The flags are the options, by the same names.
		var flags []string
		a.Flags.VisitAll(func(fl *flag.Flag) { flags = append(flags, fl.Name) })
		var opts []string
		for _, o := range d.Options() {
			opts = append(opts, o.Name)
		}
		if !slices.Equal(flags, slices.Sorted(slices.Values(opts))) {
			t.Errorf("%s: flags %v, options %v", p.Name, flags, opts)
		}
	}
}

// TestConfig checks that the suite configuration is validated.
func TestConfig(t *testing.T) {
	if _, err := otellint.Analyzers(otellint.Config{Enable: []string{"nosuchpass"}}); err == nil {
		t.Error("unknown pass in enable accepted")
	}
	if _, err := otellint.Analyzers(otellint.Config{Disable: []string{"spanned"}}); err == nil {
		t.Error("unknown pass in disable accepted")
	}
	cfg := otellint.DefaultConfig()
	otellint.ConfigOf(&cfg, &spanend.Pass).Checks = passkit.Checks{"no-such-check"}
	if _, err := otellint.Analyzers(cfg); err == nil || !strings.Contains(err.Error(), "spanend") {
		t.Errorf("bad spanend check: err = %v, want an error naming spanend", err)
	}
	cfg = otellint.DefaultConfig()
	cfg.Enable = []string{"spanend", "piilog"}
	cfg.Disable = []string{"piilog"}
	as, err := otellint.Analyzers(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "spanend" {
		t.Errorf("enable spanend,piilog disable piilog gave %d analyzers", len(as))
	}
	// The JSON form round-trips: it is the plugin's settings format.
	data, err := json.Marshal(otellint.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var back otellint.Config
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if _, err := otellint.Analyzers(back); err != nil {
		t.Errorf("default config after a JSON round trip: %v", err)
	}
	for _, key := range []string{`"spanend"`, `"ctxpropagation"`, `"checks"`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON form of the config lacks %s: %s", key, data)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the generated documentation (go generate runs the test with it)")

// TestGenerated checks that the files generated from the pass
// declarations are up to date: each doc.go's "# Configuration" section,
// the README's pass sections and .golangci.example.yml. With -update (go
// generate), it rewrites them.
func TestGenerated(t *testing.T) {
	all := otellint.All()
	files := map[string][]byte{}
	for _, p := range all {
		name := filepath.Join("passes", p.Info().Name, "doc.go")
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out, err := gendoc.DocGo(src, p)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = out
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if files["README.md"], err = gendoc.README(readme, all); err != nil {
		t.Fatal(err)
	}
	files[".golangci.example.yml"] = gendoc.ExampleConfig(all)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		old, _ := os.ReadFile(name)
		if string(old) == string(files[name]) {
			continue
		}
		if *update {
			if err := os.WriteFile(name, files[name], 0o666); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", name)
			continue
		}
		t.Errorf("%s is stale: run go generate at the repository root", name)
	}
}
