// Package gokitlog logs through go-kit's key-value loggers: the keys are
// the even arguments of Log, and of With after the logger.
package gokitlog

import (
	"io"
	"net/http"

	oldlog "github.com/go-kit/kit/log"
	oldlevel "github.com/go-kit/kit/log/level"
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

const keyToken = "token"

// handle logs what it was sent.
func handle(logger log.Logger, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	level.Debug(logger).Log("msg", "request", "body", string(body))                 // want `logs the whole request body read by io.ReadAll`
	level.Info(logger).Log("msg", "request", "auth", r.Header.Get("Authorization")) // want `r.Header.Get\("Authorization"\) holds a secret \(authorization\)`
	reqLogger := log.With(logger, "user_email", r.FormValue("e"))                   // want `log key "user_email" names personal data \(email\)`
	reqLogger.Log(keyToken, r.URL.Query().Get("t"))                                 // want `log key "token" names a secret \(token\)`
	oldlevel.Warn(oldlog.With(logger, "req", r)).Log("msg", "slow")                 // want `logs the whole \*http.Request`

	// Bounded, non-personal values.
	level.Info(logger).Log("msg", "request", "method", r.Method, "path", r.URL.Path, "size", len(body))
	log.With(logger, "component", "handler", "token_count", 3).Log("msg", "done")
}

// recorder is a logger of the program's own: any type with go-kit's Log
// method is one.
type recorder struct{ lines [][]any }

func (r *recorder) Log(keyvals ...any) error {
	r.lines = append(r.lines, keyvals)
	return nil
}

func record(rec *recorder, password, user string) {
	rec.Log("user", user, "password", password) // want `log key "password" names a secret \(password\)`
	rec.Log("user", user, "password_set", password != "")
}
