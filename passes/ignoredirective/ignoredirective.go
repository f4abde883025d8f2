package ignoredirective

import (
	_ "embed"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// CategoryBadDirective is the category of every diagnostic of this pass.
const CategoryBadDirective = "bad-directive"

// Categories lists every check of the pass.
var Categories = []string{CategoryBadDirective}

// Config configures the pass. It has no user options.
type Config struct {
	// PassNames are the names a directive may use, besides "otellint".
	// The suite's registry fills them in when it builds the analyzers.
	PassNames []string `json:"-"`
}

// Pass declares the ignoredirective pass.
var Pass = passkit.Pass[Config]{
	Name:       "ignoredirective",
	Doc:        doc,
	Categories: Categories,
	Requires:   []*analysis.Analyzer{suppress.Analyzer},
	Run:        run,
}

// Analyzer is the pass without the list of pass names: it reports
// directives with no pass or no reason. The instance the registry builds
// (otellint.Analyzers) also reports unknown pass names.
var Analyzer = Pass.Analyzer()

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	names := cfg.PassNames
	idx := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	for _, d := range idx.Directives {
		if d.Nolint {
			continue
		}
		var unknown []string
		for _, n := range d.Names {
			// Without the list of passes (the package's default Analyzer, run
			// alone by a driver such as nogo), names cannot be checked.
			if len(names) > 0 && n != suppress.Suite && !slices.Contains(names, n) {
				unknown = append(unknown, n)
			}
		}
		var msg string
		switch {
		case len(d.Names) == 0:
			msg = "otellint:ignore directive names no pass; write //otellint:ignore <pass>[,<pass>] <reason>"
		case len(unknown) > 0:
			msg = "otellint:ignore directive names unknown pass " + strings.Join(unknown, ", ") + "; known passes: " + strings.Join(append([]string{suppress.Suite}, names...), ", ")
		case d.Reason == "":
			msg = "otellint:ignore directive has no reason, so it silences nothing; add why the finding does not apply"
		default:
			continue
		}
		pass.Report(analysis.Diagnostic{Pos: d.Pos, End: d.End, Category: CategoryBadDirective, Message: msg})
	}
	return nil, nil
}
