// Package urltext logs the text of URLs whose user info holds a
// credential, after it went through a string variable or a slice of
// strings: the password is in the log all the same. The text of the URL's
// Redacted() is not, nor is the text of a URL without user info.
package urltext

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
)

// probe pings each of the addresses a service listens on, with the
// set-up credentials in the URL's user info.
func probe(ctx context.Context, l *slog.Logger, addr, socket, user, pass string) {
	var targets []string
	if addr != "" {
		u := &url.URL{Scheme: "mongodb", Host: addr, User: url.UserPassword(user, pass)}
		targets = append(targets, u.String())
	}
	if socket != "" {
		targets = append(targets, "mongodb://"+url.PathEscape(socket))
	}
	l.DebugContext(ctx, "targets", "all", targets) // want `targets holds a URL whose user info the code sets or reads: its user info \(user:password@\) would be written in plain text; log u.Redacted\(\) instead`
	for _, t := range targets {
		l.DebugContext(ctx, fmt.Sprintf("pinging %s", t)) // want `t is a URL whose user info the code sets or reads`
		if err := ping(ctx, t); err != nil {
			l.ErrorContext(ctx, "ping failed", "error", err)
			continue
		}
		if parsed, err := url.Parse(t); err == nil {
			t = parsed.Redacted()
		}
		l.InfoContext(ctx, fmt.Sprintf("ping to %s successful", t))
	}
}

// dsn builds a database URL and keeps its text.
func dsn(l *slog.Logger, host, user, pass string) string {
	u := url.URL{Scheme: "postgres", Host: host, Path: "app"}
	u.User = url.UserPassword(user, pass)
	s := u.String()
	l.Info("connecting", "dsn", s) // want `s is a URL whose user info the code sets or reads`
	safe := u.Redacted()
	l.Info("connecting", "dsn", safe)
	return s
}

// endpoints logs the texts of URLs without user info.
func endpoints(l *slog.Logger, hosts []string) []string {
	var out []string
	for _, h := range hosts {
		u := &url.URL{Scheme: "https", Host: h, Path: "/v1"}
		out = append(out, u.String())
	}
	for _, s := range out {
		l.Info("endpoint", "url", s)
	}
	l.Info("endpoints", "all", out)
	return out
}

// ping stands for a client's ping.
func ping(ctx context.Context, target string) error { return ctx.Err() }
