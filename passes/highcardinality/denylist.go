package highcardinality

import (
	"strings"

	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// A denied key is a sequence of words that ends an attribute key or label
// name whose values are unbounded, with what those values are.
type denied struct {
	words []string
	what  string
	// bounding are the words that, right before the phrase, name an
	// owner with few members: the nodes of a cluster have few ids
	// (node_id), the process's own databases few paths (database.path).
	bounding map[string]bool
}

// idEntities are the things whose ids are unbounded.
var idEntities = map[string]string{
	"user": "user", "enduser": "user", "request": "request", "req": "request", "session": "session",
	"trace": "trace", "span": "span", "order": "order", "transaction": "transaction", "txn": "transaction",
	"tx": "transaction", "customer": "customer", "account": "account", "visitor": "visitor",
	"correlation": "correlation", "message": "message", "msg": "message", "payment": "payment",
	"invoice": "invoice", "cart": "cart", "device": "device", "event": "event", "job": "job",
	"task": "task", "workflow": "workflow", "execution": "execution",
}

// topology are the members of a deployment's fixed topology, whose ids
// are as few as the deployment is large: the nodes of a database cluster,
// the shards of a store, the workers of a pool, the namespaces its
// operators create. A process instance is not one: each restart makes a
// new id.
var topology = wordSet("node", "nodes", "shard", "partition", "replica", "member", "broker", "worker",
	"cluster", "region", "zone", "datacenter", "dc", "rack", "cpu", "core", "gpu", "namespace")

// stores are the storage a process keeps for itself, whose paths are
// as few as its configuration names: the files of its databases, its
// volumes and mounts. A raw path of something else (a request, a file
// a user uploads) is unbounded.
var stores = wordSet("database", "databases", "db", "store", "storage", "volume", "mount", "disk", "filesystem", "fs")

// typeWords name the message types a URL may stand for (a protobuf Any's
// type URL, the resource type of an xDS request): as few as the types.
var typeWords = wordSet("type")

// wordSet returns the set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// What the values of a path key are; a route template keeps them bounded.
const (
	whatPath = "a raw path"
	whatURL  = "a full URL"
)

// otherDenied are the other unbounded keys, by kind.
var otherDenied = []struct {
	what    string
	phrases []string
	// bounding applies to the one-word phrases only: a generic id of a
	// member of the topology, a bare path of one of the process's stores,
	// the URL of a type.
	bounding map[string]bool
}{
	{"an id", []string{"id", "ids", "uuid", "guid"}, topology},
	{"a user name", []string{"username", "user name", "user login"}, nil},
	{"an email address", []string{"email", "email address", "mail address", "e mail"}, nil},
	{"a phone number", []string{"phone", "phone number", "mobile", "mobile number", "msisdn"}, nil},
	{"an IP address", []string{"ip", "ip address", "ip addr", "ipv4", "ipv6", "client address", "client addr",
		"remote addr", "remote address", "peer address", "peer addr", "source address"}, nil},
	{whatURL, []string{"url", "uri", "full url", "url full", "request uri", "http target", "href"}, typeWords},
	{whatPath, []string{"path", "raw path", "request path", "file path"}, stores},
	{"query text", []string{"query", "query text", "query string", "sql", "statement", "db statement"}, nil},
	{"a timestamp", []string{"timestamp", "time", "ts", "datetime", "created at", "updated at"}, nil},
}

// defaultDenied builds the built-in deny-list.
func defaultDenied() []denied {
	var out []denied
	for e, what := range idEntities {
		for _, suffix := range []string{"id", "ids", "uuid", "guid"} {
			out = append(out, denied{words: []string{e, suffix}, what: article(what) + " " + what + " id"})
		}
	}
	for _, g := range otherDenied {
		for _, p := range g.phrases {
			d := denied{words: strings.Fields(p), what: g.what}
			if len(d.words) == 1 {
				d.bounding = g.bounding
			}
			out = append(out, d)
		}
	}
	return out
}

// matcher decides which keys are unbounded.
type matcher struct {
	deny  []denied
	allow map[string]bool // joined words of allowed keys
}

// matchers memoizes newMatcher by its lists.
var matchers passkit.Memo[*matcher]

// sharedMatcher returns the matcher newMatcher builds for extra and
// allow, built once per configuration.
func sharedMatcher(extra, allow []string) *matcher {
	return matchers.Get(func() *matcher { return newMatcher(extra, allow) }, extra, allow)
}

// newMatcher returns a matcher of the deny-list plus the extra keys, minus
// the allowed ones.
func newMatcher(extra, allow []string) *matcher {
	m := &matcher{deny: defaultDenied(), allow: map[string]bool{}}
	for _, k := range extra {
		if w := constval.Words(k); len(w) > 0 {
			m.deny = append(m.deny, denied{words: w, what: "listed in extra-keys"})
		}
	}
	for _, k := range allow {
		m.allow[strings.Join(constval.Words(k), "")] = true
	}
	return m
}

// match returns what the values of key are if key is unbounded. Matching
// is on words, ignoring case and separators: user_id, userId, user.id,
// UserID, userid and enduser.id all end with the words "user id".
func (m *matcher) match(key string) (what string, ok bool) {
	w := constval.Words(key)
	if len(w) == 0 || m.allow[strings.Join(w, "")] {
		return "", false
	}
	best := -1
	for i, d := range m.deny {
		if endsWith(w, d.words) && (best < 0 || len(d.words) > len(m.deny[best].words)) {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	// A generic id of a member of the topology is bounded: node_id,
	// shard.id; an entity's id (user_id) was matched by more words. So is
	// the bare path of one of the process's stores: database.path.
	if d := m.deny[best]; len(w) > len(d.words) && d.bounding[w[len(w)-len(d.words)-1]] {
		return "", false
	}
	return m.deny[best].what, true
}

// endsWith reports whether the words w end with the words p, or with
// words that spell p when joined ("userid" spells "user id").
func endsWith(w, p []string) bool {
	if len(p) <= len(w) {
		ok := true
		for i := range p {
			if w[len(w)-len(p)+i] != p[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	joined := strings.Join(p, "")
	if len(p) < 2 {
		return false
	}
	for k := 1; k < len(p) && k <= len(w); k++ {
		if strings.Join(w[len(w)-k:], "") == joined {
			return true
		}
	}
	return false
}

// article returns the indefinite article of word.
func article(word string) string {
	if word != "" && word != "user" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
