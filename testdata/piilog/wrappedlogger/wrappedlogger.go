// Package wrappedlogger logs through a struct that embeds a logrus entry
// and redefines its field methods: the wrapper's WithField writes what
// logrus's does, its redacting WithSecret writes nothing secret.
package wrappedlogger

import (
	"net/http"

	"github.com/sirupsen/logrus"
)

// Logger wraps a logrus entry, the way services add redaction to one.
type Logger struct {
	*logrus.Entry
	leak bool
}

// WithField redefines the embedded entry's WithField.
func (l *Logger) WithField(key string, value any) *Logger {
	ll := *l
	ll.Entry = l.Entry.WithField(key, value)
	return &ll
}

// WithFields redefines the embedded entry's WithFields.
func (l *Logger) WithFields(f logrus.Fields) *Logger {
	ll := *l
	ll.Entry = l.Entry.WithFields(f)
	return &ll
}

// Warnf redefines the embedded entry's Warnf.
func (l *Logger) Warnf(format string, args ...any) {
	l.Entry.Warnf(format, args...)
}

// WithSecret writes the value only when the logger may leak it.
func (l *Logger) WithSecret(key string, value any) *Logger {
	if !l.leak {
		value = "<redacted>"
	}
	return l.WithField(key, value)
}

// WithLevelName is not a method of the entry: it stands in for nothing.
func (l *Logger) WithLevelName(key string, value any) *Logger {
	return l
}

// Session is what a sign-in leaves.
type Session struct {
	ID       string
	Email    string
	Password string
}

func rejected(l *Logger, r *http.Request, s *Session) {
	l.WithField("received_cookies", r.Cookies()). // want `log key "received_cookies" names a secret \(cookies\)`
							WithField("expected_token", csrfToken(r)). // want `log key "expected_token" names a secret \(token\)`
							Warn("csrf check failed")
	l.WithFields(logrus.Fields{"email": s.Email}).Info("signed in") // want `log key "email" names personal data`
	l.WithField("session", s).Info("signed in")                     // want `logs the whole \*Session with its personal fields \(Email, Password\)`
	l.Warnf("sign-in failed for email=%s", s.Email)                 // want `format key "email" names personal data`
	l.WithField("received", r.Cookies()).Warn("csrf check failed")  // want `r.Cookies\(\) holds a secret \(cookie\)`
}

func rejectedQuietly(l *Logger, r *http.Request, s *Session) {
	l.WithSecret("received_cookies", r.Cookies()).
		WithSecret("expected_token", csrfToken(r)).
		WithField("cookie_count", len(r.Cookies())).
		Warn("csrf check failed")
	l.WithFields(logrus.Fields{"session_id": s.ID}).Info("signed in")
	l.WithField("session_id", s.ID).Info("signed in")
	l.WithLevelName("password", s.Password).Info("signed in")
	l.Warnf("sign-in failed for session=%s", s.ID)
	l.WithField("received", len(r.Cookies())).Warn("csrf check failed")
}

func csrfToken(r *http.Request) string { return r.Header.Get("X-CSRF-Token") }
