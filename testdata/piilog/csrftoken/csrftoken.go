// Package csrftoken logs why a request failed its anti-forgery check. A
// CSRF token proves that a form came from the service's own page and
// authenticates nothing: the session cookie it is bound to is the
// credential.
package csrftoken

import (
	"net/http"

	"github.com/gorilla/csrf"
	"github.com/justinas/nosurf"
	"github.com/sirupsen/logrus"
)

const formField = "csrf_token"

// failed logs the tokens it compared, and the request's credentials.
func failed(log *logrus.Logger, w http.ResponseWriter, r *http.Request) {
	log.
		WithField("expected_token", nosurf.Token(r)).
		WithField("received_token_form", r.Form.Get(formField)).
		WithField("received_token_body", r.PostForm.Get("csrf_token")).
		WithField("masked_token", csrf.Token(r)).
		WithField("xsrf_token", r.Header.Get("X-XSRF-Token")).
		WithField("received_cookies", r.Cookies()).                 // want `log key "received_cookies" names a secret \(cookies\)`
		WithField("received_token", r.Header.Get("Authorization")). // want `log key "received_token" names a secret \(token\)`
		Warn("csrf check failed")
	log.Printf("session token %s", r.FormValue("session_token")) // want `r.FormValue\("session_token"\) holds a secret \(token\)`
	w.WriteHeader(http.StatusForbidden)
}
