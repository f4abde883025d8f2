package piilog

import (
	"slices"
	"strings"

	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// DefaultKeys are the words that name personal or secret data in a log
// key, a baggage key or a variable name. Each is matched on whole words
// after splitting case changes and separators, so "userPhone",
// "user_phone" and "User-Phone" match "phone" and "apiKey" matches
// "api key"; "address" is matched only when it is personal (see
// [personalAddress]). Plurals name several of the data ("cookies"), except
// "tokens", which as often names a parser's or a tokenizer's.
var DefaultKeys = []string{
	"phone", "phones", "mobile", "tel", "telephone", "cellphone",
	"email", "emails",
	"password", "passwords", "passwd", "pwd", "passphrase",
	"secret", "secrets", "token", "api key", "private key",
	"authorization", "bearer", "cookie", "cookies", "credential", "credentials",
	"card number", "credit card", "cvv", "cvc",
	"ssn", "social security", "id card", "passport",
	"birthday", "date of birth",
	"address",
}

// secretKeys are the entries reported as secrets rather than personal data.
var secretKeys = []string{"password", "passwords", "passwd", "pwd", "passphrase", "secret", "secrets", "token",
	"api key", "private key", "authorization", "bearer", "cookie", "cookies", "credential", "credentials", "cvv", "cvc"}

// addressWords are the entries that name an address, personal only with a
// qualifier or in a struct that holds other personal data.
var addressWords = []string{"address", "addr"}

// personalAddress qualifies an address as a person's, not a network's.
var personalAddress = []string{"home", "billing", "shipping", "street", "mailing", "postal", "residential", "delivery", "physical", "user", "customer", "contact"}

// metaAfter are words that, after a matched word, make the name metadata
// about the data or a masked form of it: phone_verified, email_count,
// password_hash, tokenTTL, secretName.
var metaAfter = wordSet(
	// Masked forms.
	"hash", "hashed", "masked", "mask", "redacted", "encrypted", "enc", "digest", "fingerprint",
	"sha1", "sha256", "sha512", "md5", "hmac", "obfuscated", "anonymized", "anonymised", "truncated",
	"last4", "prefix", "suffix", "hint",
	// Booleans and counts.
	"count", "counts", "num", "len", "length", "size", "verified", "valid", "validated", "confirmed",
	"enabled", "disabled", "required", "present", "set", "exists", "missing", "provided", "empty",
	"changed", "updated", "expired", "rotated", "reset", "ok", "match", "matches", "mismatch",
	// Metadata.
	"expiry", "expires", "expiration", "exp", "ttl", "age", "at", "time", "ts", "type", "types",
	"kind", "name", "names", "id", "ids", "ref", "path", "file", "dir", "version", "key", "keys",
	"url", "uri", "endpoint", "header", "field", "param", "env", "var", "flag", "source", "provider",
	"issuer", "format", "policy", "strength", "algorithm", "alg", "scheme", "mode", "status", "state",
	"error", "err", "location", "store", "manager", "service", "client", "config", "option", "options",
	"label", "domain", "template", "regex", "pattern", "validator", "verifier", "handler", "handlers", "cache", "index", "idx",
	"duration", "interval", "timeout", "limit", "policy", "mount", "volume", "ttl",
)

// metaAfterKeepSecret are metaAfter words that do not neutralise "secret":
// a secret key is a secret, a password key is the name of one.
var metaAfterKeepSecret = wordSet("key", "keys")

// claimAfter are words that, after a secret's word, name whose the secret
// is or what it grants, a claim it carries rather than the secret itself:
// token_user and token_channel are the user and the channel a token was
// issued for, logged when they do not match the connection's.
var claimAfter = wordSet(
	"user", "owner", "subject", "audience", "scope", "scopes", "channel", "tenant", "role", "roles", "account",
)

// metaBefore are words that, just before a matched word, make the name
// metadata: nextToken, pageToken, numTokens, hasEmail.
var metaBefore = wordSet(
	"next", "prev", "previous", "page", "continuation", "pagination", "cursor", "resume", "sync",
	"num", "n", "max", "min", "total", "count", "has", "is", "no", "with", "without", "use", "enable",
	"masked", "hashed", "redacted", "encrypted", "mask", "hash", "redact", "anonymized", "allow", "allowed",
)

// antiForgery are words that, just before "token", say that the token is
// an anti-forgery (CSRF) token: it proves that a form came from the
// service's own page and authenticates nothing; the session cookie it is
// bound to is the credential.
var antiForgery = wordSet("csrf", "xsrf")

// wordSet returns the set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// matcher matches names against the key list.
type matcher struct {
	entries []entry
}

type entry struct {
	text   string   // as written: "api key"
	words  []string // ["api", "key"]
	joined string   // "apikey"
	secret bool
	addr   bool
}

// matchers memoizes newMatcher by its lists.
var matchers passkit.Memo[*matcher]

// sharedMatcher returns the matcher newMatcher builds for extra and
// ignore, built once per configuration.
func sharedMatcher(extra, ignore []string) *matcher {
	return matchers.Get(func() *matcher { return newMatcher(extra, ignore) }, extra, ignore)
}

// newMatcher returns a matcher of the default keys plus extra, minus
// ignore (all compared after normalisation).
func newMatcher(extra, ignore []string) *matcher {
	norm := func(s string) string { return strings.Join(constval.Words(s), " ") }
	ignored := map[string]bool{}
	for _, s := range ignore {
		ignored[norm(s)] = true
		if norm(s) == "address" {
			ignored["addr"] = true
		}
	}
	m := &matcher{}
	seen := map[string]bool{}
	add := func(s string) {
		n := norm(s)
		if n == "" || ignored[n] || seen[n] {
			return
		}
		seen[n] = true
		ws := strings.Fields(n)
		text := n
		if n == "addr" {
			text = "address"
		}
		m.entries = append(m.entries, entry{
			text:   text,
			words:  ws,
			joined: strings.Join(ws, ""),
			secret: slices.Contains(secretKeys, n),
			addr:   slices.Contains(addressWords, n),
		})
	}
	for _, k := range append(slices.Clone(DefaultKeys), extra...) {
		add(k)
		if norm(k) == "address" {
			add("addr")
		}
	}
	return m
}

// match reports the entry that name matches, if any. personal says that
// an address in the name is a person's (it comes from a struct that holds
// other personal data).
//
// A match is discarded when a metadata word follows it (phone_verified,
// passwordKey, secretName, token_hash), a claim word follows a secret
// (token_user), or a metadata word precedes it (nextToken, numEmails), so
// that names about the data are not the data; and a token that csrf or
// xsrf names is an anti-forgery token, not a credential (csrf_token).
func (m *matcher) match(name string, personal bool) (entry, bool) {
	return m.find(name, personal, true)
}

// mentions reports whether name mentions personal or secret data at all,
// metadata or not: phone_verified, passwordKey, email_hash. Such a name
// says what its value is, so the value is not checked again.
func (m *matcher) mentions(name string) bool {
	_, ok := m.find(name, true, false)
	return ok
}

// find returns the first entry that name matches, word by word; strict
// discards a match that a metadata word qualifies or an address that is
// not a person's (see [matcher.match]).
func (m *matcher) find(name string, personal, strict bool) (entry, bool) {
	words := constval.Words(name)
	if len(words) == 0 {
		return entry{}, false
	}
	for i := range words {
		for _, e := range m.entries {
			j := e.matchAt(words, i)
			if j < 0 {
				continue
			}
			if !strict {
				return e, true
			}
			if i > 0 && (metaBefore[words[i-1]] || e.text == "token" && antiForgery[words[i-1]]) {
				continue
			}
			if e.addr && !personAddress(words, i, personal) {
				continue
			}
			meta := false
			for _, w := range words[j:] {
				if metaAfter[w] && !(e.text == "secret" && metaAfterKeepSecret[w]) || e.secret && claimAfter[w] {
					meta = true
					break
				}
			}
			if !meta {
				return e, true
			}
		}
	}
	return entry{}, false
}

// personAddress reports whether the address word at words[i] is a
// person's: qualified by a word such as home or shipping, or bare (a
// field named Address) in a struct that holds other personal data. Any
// other qualifier names what the address belongs to (UpstreamAddr,
// listen_addr, remote_address): a network's, whatever the struct holds.
func personAddress(words []string, i int, personal bool) bool {
	if i == 0 {
		return personal
	}
	return slices.Contains(personalAddress, words[i-1])
}

// matchAt returns the index after the match of e at words[i], or -1.
// A one-word entry also matches two words written apart: "e-mail",
// "pass_word".
func (e entry) matchAt(words []string, i int) int {
	if words[i] == e.joined {
		return i + 1
	}
	if len(e.words) == 1 && i+1 < len(words) && len(words[i]) < len(e.joined) && words[i]+words[i+1] == e.joined {
		return i + 2
	}
	if len(e.words) > 1 && i+len(e.words) <= len(words) && slices.Equal(words[i:i+len(e.words)], e.words) {
		return i + len(e.words)
	}
	return -1
}

// masked reports whether a name says its value is masked or metadata:
// phoneHash, email_masked, passwordRedacted.
func masked(name string) bool {
	for _, w := range constval.Words(name) {
		if maskWords[w] {
			return true
		}
	}
	return false
}

// maskWords in a function or variable name say the value is masked.
var maskWords = wordSet(
	"hash", "hashed", "mask", "masked", "redact", "redacted", "anonymize", "anonymise", "anonymized",
	"anonymised", "pseudonymize", "pseudonymise", "obfuscate", "obfuscated", "encrypt", "encrypted",
	"scrub", "scrubbed", "sanitize", "sanitise", "sanitized", "digest", "hmac", "sha1", "sha256",
	"sha512", "sum256", "sum512", "md5", "fingerprint", "truncate", "truncated", "last4",
)
