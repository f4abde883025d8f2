// Package customkeys is checked with -piilog.keys=iban,national_id and
// -piilog.ignore-keys=tel.
package customkeys

import "go.uber.org/zap"

func log(logger *zap.Logger, iban, tel, nationalID string) {
	logger.Info("x", zap.String("iban", iban))             // want `log key "iban" names personal data \(iban\)`
	logger.Info("x", zap.String("NationalID", nationalID)) // want `log key "NationalID" names personal data \(national id\)`
	logger.Info("x", zap.String("tel", tel))
	logger.Info("x", zap.String("email", "x"+iban)) // want `log key "email" names personal data`
}
