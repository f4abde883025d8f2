package clitoken

import (
	"log/slog"
	"net/http"

	"github.com/sirupsen/logrus"
)

// Server issues tokens.
type Server struct{ log *slog.Logger }

// ServeHTTP signs a client in: what it logs is kept by the service's log
// back end.
func (srv *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s := session{Token: r.FormValue("user") + "-token", RefreshToken: r.FormValue("user") + "-refresh"}
	logrus.Debugf("Token: %s", s.Token)                          // want `format key "Token" names a secret \(token\)`
	logrus.WithField("token", s.Token).Debug("signed in")        // want `log key "token" names a secret \(token\)`
	srv.log.DebugContext(r.Context(), "signed in", "session", s) // want `logs the whole session with its personal fields`
}
