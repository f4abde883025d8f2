package spannaming

import (
	"fmt"
	"go/ast"
	"go/types"
	"regexp"
	"strings"
	"sync"

	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// PresetServiceAction is the name of the preset convention
// [ServiceActionPattern], the article's <Domain>.<Service>.<Action>.
const PresetServiceAction = "service-action"

// ServiceActionPattern is the preset span naming convention. It accepts the
// business names of the convention, Service.Action and
// Domain.Service.Action with PascalCase segments, and the span names the
// OpenTelemetry semantic conventions prescribe, which instrumentation
// libraries and hand-written client code use: HTTP ("GET", "GET /orders/{id}",
// the legacy "HTTP GET", a bare route template "/orders/{id}"), RPC ("pkg.Service/Method"), messaging
// ("publish orders") and database ("SELECT orders") names.
const ServiceActionPattern = `^(?:` +
	`[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*){1,2}` + // OrderService.PlaceOrder, Payment.OrderService.CreateOrder
	`|(?:HTTP )?(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE)(?: /\S*)?` + // GET /orders/{id}
	`|/\S*` + // a route template: /api/v3/traces/{trace_id}
	`|[A-Za-z_][\w.]*/[A-Z]\w*` + // grpc.health.v1.Health/Check
	`|(?:publish|create|receive|process|settle|send) \S+` + // publish orders
	`|(?:SELECT|INSERT|UPDATE|DELETE|MERGE|UPSERT|CALL) \S+` + // SELECT orders
	`)$`

// genericWords are the words of names that say which function ran rather
// than what the system did: a name made only of them is generic.
var genericWords = []string{
	"process", "processing", "request", "req", "requests", "handle", "handler", "handling",
	"do", "work", "run", "execute", "exec", "perform", "invoke", "call", "main", "func", "fn",
	"function", "method", "operation", "op", "span", "serve", "http", "async", "parent", "child",
	"test", "foo", "bar", "baz", "todo", "tmp", "temp", "unknown", "default", "internal", "helper",
	"util", "utils", "start", "begin", "step", "action", "logic", "code", "impl", "wrapper", "inner", "outer",
}

// compiled holds, for each analyzer's configuration, its settings compiled
// once, at the first package: the flags bound to the configuration are all
// set by then.
var compiled sync.Map // *Config -> func() (*settings, error)

// settings is the compiled configuration.
type settings struct {
	checks  passkit.Checks
	pattern *regexp.Regexp // the naming convention, or nil: none
	preset  bool           // pattern is ServiceActionPattern
	generic map[string]bool
	words   map[string]bool
	// stateNames reports names built from the receiver's state and from
	// fields of definitions too.
	stateNames bool
}

// compile compiles a configuration: its convention, checks and generic
// names.
func compile(cfg *Config) (*settings, error) {
	s := &settings{checks: cfg.Checks, generic: map[string]bool{}, words: map[string]bool{}, stateNames: cfg.StateNames}
	pat := cfg.Pattern
	if pat == "" && cfg.Preset == PresetServiceAction {
		pat, s.preset = ServiceActionPattern, true
	}
	if pat != "" {
		re, err := regexp.Compile(pat)
		if err != nil {
			return nil, fmt.Errorf("spannaming: invalid pattern %q: %v", pat, err)
		}
		s.pattern = re
	}
	for _, w := range genericWords {
		s.words[w] = true
	}
	for _, n := range cfg.GenericNames {
		s.generic[normalise(n)] = true
	}
	return s, nil
}

// normalise returns the words of a name, lower case, without trailing
// digits, joined by spaces: "ProcessRequest2" -> "process request".
func normalise(name string) string {
	return strings.Join(nameWords(name), " ")
}

// nameWords returns the lower-case words of a name without trailing digits.
func nameWords(name string) []string {
	var out []string
	for _, w := range constval.Words(name) {
		w = strings.TrimRight(w, "0123456789")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// isGeneric reports whether name only says which function ran.
func (s *settings) isGeneric(name string) bool {
	words := nameWords(name)
	if len(words) == 0 {
		return false
	}
	if s.generic[strings.Join(words, " ")] {
		return true
	}
	for _, w := range words {
		if !s.words[w] {
			return false
		}
	}
	return true
}

// qualified reports whether a dotted span name is qualified by a noun of
// the program: a segment before the last one names the package, the
// receiver type of fd, or another type the package declares. Such a
// segment is a domain noun, whatever its words: "process.Start" in a
// method of a type process names what started, not which function ran.
func (c *checker) qualified(fd *ast.FuncDecl, name string) bool {
	segs := strings.Split(name, ".")
	if len(segs) < 2 {
		return false
	}
	nouns := map[string]bool{normalise(c.pass.Pkg.Name()): true}
	if fd != nil && fd.Recv != nil && len(fd.Recv.List) == 1 {
		if n, ok := types.Unalias(astx.Deref(c.pass.TypesInfo.TypeOf(fd.Recv.List[0].Type))).(*types.Named); ok {
			nouns[normalise(n.Obj().Name())] = true
		}
	}
	scope := c.pass.Pkg.Scope()
	for _, seg := range segs[:len(segs)-1] {
		w := normalise(seg)
		if w == "" {
			continue
		}
		if nouns[w] {
			return true
		}
		for _, n := range scope.Names() {
			if _, ok := scope.Lookup(n).(*types.TypeName); ok && normalise(n) == w {
				return true
			}
		}
	}
	return false
}
