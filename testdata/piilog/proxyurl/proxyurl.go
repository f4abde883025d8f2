// Package proxyurl logs URLs. A proxy's URL carries the proxy's user name
// and password in its user info, which the transport sends as
// Proxy-Authorization, and so does a URL whose user info the code sets or
// reads: written whole, the password is in the log. Redacted() masks it.
// Other URLs, such as an endpoint's, seldom have user info.
package proxyurl

import (
	"errors"
	"log"
	"log/slog"
	"net/http"
	"net/url"
	"os"

	"go.uber.org/zap"
)

// proxyFunc returns the Proxy function of a transport, from a URL that
// the configuration gives.
func proxyFunc(logger *zap.Logger, raw string) func(*http.Request) (*url.URL, error) {
	return func(r *http.Request) (*url.URL, error) {
		s := os.ExpandEnv(raw)
		if s == "" {
			logger.Error("proxy URL is empty", zap.String("configured", raw), zap.String("expanded", s))
			return nil, errors.New("empty proxy URL")
		}
		u, err := url.Parse(s)
		if err != nil {
			return nil, err
		}
		if u.Hostname() == "" {
			return nil, errors.New("proxy URL without a host")
		}
		logger.Debug("using proxy", zap.String("url", s)) // want `s is a URL returned as a proxy's URL: its user info \(user:password@\) would be written in plain text; log u.Redacted\(\) instead`
		return u, nil
	}
}

// redactedProxyFunc logs the same URL with its password masked.
func redactedProxyFunc(logger *zap.Logger, raw string) func(*http.Request) (*url.URL, error) {
	return func(r *http.Request) (*url.URL, error) {
		u, err := url.Parse(raw)
		if err != nil {
			return nil, err
		}
		logger.Debug("using proxy", zap.String("url", u.Redacted()), zap.String("host", u.Host))
		return u, nil
	}
}

// fixedProxy builds a transport through a fixed proxy.
func fixedProxy(raw string) (*http.Transport, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	log.Printf("proxying through %s", u) // want `u is a URL given to http.ProxyURL: its user info`
	return &http.Transport{Proxy: http.ProxyURL(u)}, nil
}

// withCredentials fills in the user info of a registry's URL.
func withCredentials(raw, user, pass string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	u.User = url.UserPassword(user, pass)
	slog.Info("registry", "url", u.String()) // want `u.String\(\) is a URL whose user info the code sets or reads: its user info`
	slog.Info("registry", "url", u.Redacted())
	return u, nil
}

// endpoint parses a webhook's endpoint: neither a proxy nor one whose
// user info the code touches.
func endpoint(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	slog.Info("webhook endpoint", "url", raw, "parsed", u.String())
	log.Printf("posting to %s", u)
	return u, nil
}

// waitForDB waits for a local development database whose user info
// it reads. Every caller gives a constant URL, placeholder password and
// all: the log shows nothing the source does not.
func waitForDB(logger *slog.Logger, uri string) error {
	u, err := url.Parse(uri)
	if err != nil {
		return err
	}
	if u.User == nil {
		return errors.New("no user name")
	}
	logger.Info("waiting for " + uri)
	return nil
}

// waitForDevDBs waits for the development databases.
func waitForDevDBs(logger *slog.Logger) error {
	if err := waitForDB(logger, "postgres://user:password@127.0.0.1:5432/dev"); err != nil {
		return err
	}
	const mysql = "mysql://root:password@127.0.0.1:3306/dev"
	return waitForDB(logger, mysql)
}

// waitForAnyDB is the same with the URL its caller gives: the password is
// whatever the configuration holds.
func waitForAnyDB(logger *slog.Logger, uri string) error {
	u, err := url.Parse(uri)
	if err != nil {
		return err
	}
	if u.User == nil {
		return errors.New("no user name")
	}
	logger.Info("waiting for " + uri) // want `uri is a URL whose user info the code sets or reads`
	return nil
}

// waitForConfiguredDB waits for the configured database.
func waitForConfiguredDB(logger *slog.Logger) error {
	return waitForAnyDB(logger, os.Getenv("DATABASE_URL"))
}

// probeURL builds the URL of a readiness probe with the configured
// credentials in its user info.
func probeURL(logger *slog.Logger, addr, user, pass string) string {
	u := &url.URL{Scheme: "mongodb", Host: addr, User: url.UserPassword(user, pass)}
	logger.Debug("probing " + u.String()) // want `u.String\(\) is a URL whose user info the code sets or reads`
	return u.String()
}

// upstreamLog strips the user info of a URL before writing it.
func upstreamLog(logger *slog.Logger, raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	if u.User != nil {
		u.User = nil
	}
	logger.Info("upstream", "url", u.String())
}
