// Package metadata logs names that are about a secret, not the secret,
// and keys that only look personal: none is reported.
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
