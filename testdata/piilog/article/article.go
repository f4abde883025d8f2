// Package article holds the PII examples of the pitfall article: a plain
// phone number in a log field is bad; a hashed or partly masked one is
// fine.
package article

import (
	"crypto/sha256"
	"encoding/hex"

	"go.uber.org/zap"
)

func hashPhone(phone string) string {
	sum := sha256.Sum256([]byte(phone))
	return hex.EncodeToString(sum[:])
}

func login(logger *zap.Logger, phone string) {
	// ❌ Plain text phone number.
	logger.Info("user login", zap.String("phone", "13800138000")) // want `log key "phone" names personal data \(phone\) that would be written in plain text; log a masked or hashed value under phone_masked or phone_hash, or drop it`
	logger.Info("user login", zap.String("phone", phone))         // want `log key "phone" names personal data`

	// ✅ Hashing or partial masking.
	logger.Info("user login", zap.String("phone_hash", hashPhone("13800138000")))
	logger.Info("user login", zap.String("phone_masked", "138****8000"))
	logger.Info("user login", zap.String("phone", hashPhone(phone)))
	logger.Info("user login", zap.String("phone", "138****8000"))
}
