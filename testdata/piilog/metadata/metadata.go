// Package metadata logs names that are about a secret, not the secret,
// and keys that only look personal: none is reported but the one credential
// beside them.
package metadata

import (
	"log"
	"log/slog"
	"net"

	"go.uber.org/zap"
)

type Config struct {
	PasswordKey string // the name of the key that holds the password
	SecretName  string
	TokenTTL    int
}

type Page struct {
	NextToken string
	Items     []string
}

func log1(logger *zap.Logger, cfg Config, page Page, tokens []string, ln net.Listener) {
	passwordKey := cfg.PasswordKey
	logger.Info("config", zap.String("key", passwordKey))
	logger.Info("config", zap.String("password_key", cfg.PasswordKey))
	logger.Info("config", zap.String("secret_name", cfg.SecretName), zap.String("secret", cfg.SecretName))
	logger.Info("config", zap.Int("token_ttl", cfg.TokenTTL))
	tokenCount := len(tokens)
	logger.Info("page", zap.Int("tokenCount", tokenCount), zap.String("next", page.NextToken))
	logger.Info("page", zap.String("nextToken", page.NextToken), zap.Int("num_tokens", len(tokens)))
	slog.Info("listening", "address", ln.Addr().String(), "addr", ln.Addr())
	log.Printf("secret %T", cfg)
	log.Printf("token type=%T", tokens)
	logger.Info("x", zap.String("hotel", "h"), zap.String("tokenizer", "t"), zap.String("otel", "o"))
	logger.Info("tokens", zap.Strings("tokens", tokens)) // plural: not a token word
}

// Rule names the handlers that an access rule runs.
type Rule struct {
	AuthorizerHandler string
}

// denied names the component that refused a request (an authorization
// handler, a token validator), not a credential; the credential itself
// under the same word is reported.
func denied(logger *zap.Logger, rule Rule, auth string) {
	logger.Warn("denied", zap.String("authorization_handler", rule.AuthorizerHandler))
	logger.Warn("denied", zap.String("authorization", auth)) // want `log key "authorization" names a secret`
}
