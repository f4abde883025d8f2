// Package configaddr logs network addresses kept beside secrets in a
// configuration struct, and errors under keys that name a secret: neither
// is personal data. A person's address in a struct of personal data is.
package configaddr

import (
	"context"
	"log"
	"log/slog"
)

// Config holds the gateway's settings, some of them secret.
type Config struct {
	UpstreamAddr   string
	ListenAddress  string
	PresharedKey   string
	UpstreamSecret string
}

// Customer is a person's record.
type Customer struct {
	Name    string
	Email   string
	Address string
}

func start(ctx context.Context, c *Config, cust Customer) error {
	slog.InfoContext(ctx, "overriding gateway upstream", "upstream", c.UpstreamAddr)
	slog.InfoContext(ctx, "listening", "on", c.ListenAddress)
	slog.InfoContext(ctx, "ship to", "to", cust.Address) // want `cust.Address holds personal data \(address\)`
	if err := dial(c.UpstreamAddr); err != nil {
		log.Printf("unable to introspect the token: %s", err)
		log.Printf("unable to refresh token: %s", c.UpstreamSecret) // want `format key "token" names a secret \(token\)`
		return err
	}
	return nil
}

func dial(string) error { return nil }
