// Package slogattrs logs personal data through slog key-value pairs and
// attributes.
package slogattrs

import (
	"context"
	"log/slog"
)

type Customer struct {
	Name          string
	Email         string
	CardNumber    string
	ShippingAddr  string
	CardLast4     string
	EmailVerified bool
}

func log(ctx context.Context, l *slog.Logger, c Customer, password string) {
	slog.InfoContext(ctx, "order", "email", c.Email)                                      // want `log key "email" names personal data`
	slog.InfoContext(ctx, "order", "card_number", c.CardNumber)                           // want `log key "card_number" names personal data \(card number\)`
	slog.InfoContext(ctx, "order", "creditCard", c.CardNumber)                            // want `log key "creditCard" names personal data \(credit card\)`
	slog.InfoContext(ctx, "order", "card", c.CardLast4)                                   // the last four digits
	slog.InfoContext(ctx, "order", slog.String("e-mail", c.Email))                        // want `log key "e-mail" names personal data \(email\)`
	l.WarnContext(ctx, "order", slog.Any("customer", c))                                  // want `logs the whole Customer with its personal fields \(Email, CardNumber\)`
	l.With("pwd", password).InfoContext(ctx, "x")                                         // want `log key "pwd" names a secret \(pwd\)`
	l.InfoContext(ctx, "order", slog.Group("customer", "email", c.Email, "name", c.Name)) // want `log key "email" names personal data`
	l.InfoContext(ctx, "order", "ship_to", c.ShippingAddr)                                // want `c.ShippingAddr holds personal data \(address\)`
	l.InfoContext(ctx, "order", "customer", c.Name, "email_verified", c.EmailVerified)
	l.LogAttrs(ctx, slog.LevelInfo, "order", slog.String("secret", password)) // want `log key "secret" names a secret`
	l.InfoContext(ctx, "order", "contact", "jane.doe@mailbox.org")            // want `logged value looks like an email address; mask it, hash it or leave it out`
	l.InfoContext(ctx, "order", "card", "4111 1111 1111 1111")                // want `logged value looks like a card number`
	l.InfoContext(ctx, "order", "support", "+1 (555) 010-9999")               // want `logged value looks like a phone number`
	l.InfoContext(ctx, "order", "date", "2024-01-02", "ip", "192.168.100.200", "version", "1.2.3", "order", "1234567")
}
