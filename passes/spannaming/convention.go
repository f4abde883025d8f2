package spannaming

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// DefaultPattern is the default span naming convention. It accepts the
// business names of the convention, Service.Action and
// Domain.Service.Action with PascalCase segments, and the span names the
// OpenTelemetry semantic conventions prescribe, which instrumentation
// libraries and hand-written client code use: HTTP ("GET", "GET /orders/{id}",
// the legacy "HTTP GET", a bare route template "/orders/{id}"), RPC ("pkg.Service/Method"), messaging
// ("publish orders") and database ("SELECT orders") names.
const DefaultPattern = `^(?:` +
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
	pattern *regexp.Regexp
	custom  bool // a pattern other than DefaultPattern
	generic map[string]bool
	words   map[string]bool
}

// compile compiles a configuration: its pattern, checks and generic names.
func compile(cfg *Config) (*settings, error) {
	pat := cfg.Pattern
	if pat == "" {
		pat = DefaultPattern
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return nil, fmt.Errorf("spannaming: invalid pattern %q: %v", pat, err)
	}
	s := &settings{checks: cfg.Checks, pattern: re, custom: pat != DefaultPattern, generic: map[string]bool{}, words: map[string]bool{}}
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
