// Package passkit is how an otellint pass is declared: once, as data.
//
// A pass declares one [Pass] value (its name, its doc.go, its categories,
// its default configuration, the analyzers it requires, its fact types and
// its run function), and everything else follows from it: the analyzer
// (built from a configuration, with its own copy of it), the analyzer's
// flags (named from the configuration's JSON tags, so that a flag of the
// command and a key of the golangci-lint plugin cannot differ), the help
// text, the strict decoding of a configuration block, and the generated
// documentation. The registry lists the declarations, one line per pass.
package passkit

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/docx"
)

// Pass declares one pass. C is the pass's configuration: a struct whose
// exported fields are its options, each with a kebab-case json tag (the
// option's name) and a help tag (its one-line description). An option is
// a []string (a comma-separated list on the command line), a [Checks]
// list, a string, a bool or an int. C may have a method
//
//	Validate() error
//
// for what the types do not say (a regular expression, a function name);
// the categories of a Checks option are validated here.
type Pass[C any] struct {
	// Name is the analyzer's name, which is also its package's name.
	Name string
	// Doc is the pass's doc.go, embedded: Analyzer.Doc is its "# Analyzer"
	// section.
	Doc string
	// Categories are the stable categories of its diagnostics, one per
	// check, in the order they are documented.
	Categories []string
	// Default is the configuration of a run with no options.
	Default C
	// Requires and FactTypes are those of the analyzer.
	Requires  []*analysis.Analyzer
	FactTypes []analysis.Fact
	// RunDespiteErrors runs the pass on packages that do not type-check.
	RunDespiteErrors bool
	// Run analyzes one package with the analyzer's own configuration.
	Run func(pass *analysis.Pass, cfg *C) (any, error)
}

// Declared is a pass declaration seen without its configuration type: what
// the registry, the command, the plugin and the documentation generator
// need of it.
type Declared interface {
	// Info returns the pass's name, doc and categories.
	Info() Info
	// Options describes the pass's options with their default values.
	Options() []Option
	// NewConfig returns a pointer to a fresh copy of the default
	// configuration (a *C).
	NewConfig() any
	// DecodeConfig decodes a JSON configuration block onto cfg (a *C),
	// rejecting keys that are not options and values of the wrong type.
	DecodeConfig(data []byte, cfg any) error
	// NewAnalyzer builds the pass's analyzer from cfg (a *C, or nil for
	// the default configuration).
	NewAnalyzer(cfg any) (*analysis.Analyzer, error)
}

// Info is what a pass says of itself.
type Info struct {
	Name string
	// Doc is the Analyzer.Doc: the title line, then the prose.
	Doc        string
	Categories []string
	// DefaultChecks are the categories enabled by default.
	DefaultChecks []string
}

// Title returns the pass's one-line title.
func (i Info) Title() string { return docx.Title(i.Doc) }

// Info returns the pass's name, doc and categories.
func (p *Pass[C]) Info() Info {
	info := Info{Name: p.Name, Doc: docx.MustExtract(p.Doc, p.Name), Categories: p.Categories}
	for _, o := range p.Options() {
		if o.Name == ChecksOption {
			info.DefaultChecks = Split(o.Default)
		}
	}
	return info
}

// Options describes the pass's options with their default values.
func (p *Pass[C]) Options() []Option {
	return options(reflect.ValueOf(&p.Default).Elem())
}

// DefaultConfig returns a copy of the default configuration that shares
// no list with it.
func (p *Pass[C]) DefaultConfig() C { return clone(p.Default) }

// NewConfig returns a *C holding a fresh copy of the default configuration.
func (p *Pass[C]) NewConfig() any {
	c := clone(p.Default)
	return &c
}

// DecodeConfig decodes a JSON block onto cfg, a *C.
func (p *Pass[C]) DecodeConfig(data []byte, cfg any) error {
	c, ok := cfg.(*C)
	if !ok {
		return fmt.Errorf("%s: configuration of type %T, want %T", p.Name, cfg, c)
	}
	return decodeStrict(data, c, p.Options())
}

// NewAnalyzer builds the analyzer from cfg, a *C (nil: the default).
func (p *Pass[C]) NewAnalyzer(cfg any) (*analysis.Analyzer, error) {
	if cfg == nil {
		return p.New(p.Default)
	}
	c, ok := cfg.(*C)
	if !ok {
		return nil, fmt.Errorf("%s: configuration of type %T, want %T", p.Name, cfg, c)
	}
	return p.New(*c)
}

// New returns the pass's analyzer for cfg. The analyzer keeps its own
// copy of cfg, to which its flags are bound; each flag is validated when it
// is set, with the whole configuration.
func (p *Pass[C]) New(cfg C) (*analysis.Analyzer, error) {
	c := clone(cfg)
	if err := p.validate(&c); err != nil {
		return nil, err
	}
	a := &analysis.Analyzer{
		Name:             p.Name,
		Doc:              docx.MustExtract(p.Doc, p.Name),
		URL:              "https://pkg.go.dev/github.com/otellint/otellint/passes/" + p.Name,
		Requires:         p.Requires,
		FactTypes:        p.FactTypes,
		RunDespiteErrors: p.RunDespiteErrors,
		Run:              func(pass *analysis.Pass) (any, error) { return p.Run(pass, &c) },
	}
	v := reflect.ValueOf(&c).Elem()
	for _, o := range options(v) {
		a.Flags.Var(&optionValue{field: v.Field(o.index), validate: func() error { return p.validate(&c) }}, o.Name, o.Help)
	}
	return a, nil
}

// Analyzer returns the pass's analyzer with the default configuration,
// panicking if the default does not validate (every test of the pass
// would fail first).
func (p *Pass[C]) Analyzer() *analysis.Analyzer {
	a, err := p.New(p.Default)
	if err != nil {
		panic(err)
	}
	return a
}

// validate checks the categories of the Checks option, then the
// configuration's own Validate method, if it has one.
func (p *Pass[C]) validate(c *C) error {
	v := reflect.ValueOf(c).Elem()
	for _, o := range options(v) {
		if o.Name != ChecksOption {
			continue
		}
		for _, x := range v.Field(o.index).Interface().(Checks) {
			if !slices.Contains(p.Categories, x) {
				return fmt.Errorf("unknown check %q (known: %s)", x, strings.Join(p.Categories, ", "))
			}
		}
	}
	if val, ok := any(c).(interface{ Validate() error }); ok {
		return val.Validate()
	}
	return nil
}

// Checks is the list of a pass's enabled checks: its "checks" option.
type Checks []string

// On reports whether the check category is enabled.
func (c Checks) On(category string) bool { return slices.Contains(c, category) }

// ChecksOption is the name of every pass's option listing its enabled
// checks.
const ChecksOption = "checks"

// decodeStrict decodes data onto c, naming the option that is unknown or
// of the wrong type.
func decodeStrict[C any](data []byte, c *C, opts []Option) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("want a block of options, got %s", shorten(data))
	}
	v := reflect.ValueOf(c).Elem()
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		i := slices.IndexFunc(opts, func(o Option) bool { return o.Name == key })
		if i < 0 {
			names := make([]string, len(opts))
			for j, o := range opts {
				names[j] = o.Name
			}
			return fmt.Errorf("unknown option %q (options: %s)", key, strings.Join(names, ", "))
		}
		f := v.Field(opts[i].index)
		// A list replaces the default list rather than reusing its array.
		fresh := reflect.New(f.Type())
		if err := json.Unmarshal(raw[key], fresh.Interface()); err != nil {
			return fmt.Errorf("option %q: want %s, got %s", key, kindText[opts[i].Kind], shorten(raw[key]))
		}
		f.Set(fresh.Elem())
	}
	return nil
}

// kindText says what a value of each kind of option looks like.
var kindText = map[string]string{
	"checks": "a list of check names",
	"list":   "a list of strings",
	"string": "a string",
	"bool":   "true or false",
	"int":    "an integer",
}

// shorten returns a JSON value for an error message.
func shorten(data []byte) string {
	s := strings.TrimSpace(string(data))
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}
