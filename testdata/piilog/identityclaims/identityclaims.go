// Package identityclaims logs the claims of identity tokens after a
// sign-in: the claims name the user (subject, email, name, groups), so
// logging them whole, or their JSON encoding, writes personal data. One
// claim is judged by its key, and claims that are only counted, checked
// or sent back to the user are not logged.
package identityclaims

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	jwt4 "github.com/golang-jwt/jwt/v4"
	jwt5 "github.com/golang-jwt/jwt/v5"
	"github.com/sirupsen/logrus"
)

// sessionClaims is a custom claims struct: it embeds the registered ones.
type sessionClaims struct {
	jwt4.RegisteredClaims
	Role string `json:"role"`
}

// groupClaims holds the claims a service reads from an ID token.
type groupClaims struct {
	Sub    string   `json:"sub"`
	Groups []string `json:"groups"`
}

func callback(w http.ResponseWriter, idToken *oidc.IDToken, store func(string) error) {
	var claims jwt5.MapClaims
	if err := idToken.Claims(&claims); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sub, _ := claims["sub"].(string)
	if err := store(sub); err != nil {
		claimsJSON, _ := json.Marshal(claims)
		logrus.Errorf("cannot store the session: %v (claims=%s)", err, claimsJSON) // want `logs the identity-token claims encoded whole`
		return
	}
	claimsJSON, _ := json.Marshal(claims)
	logrus.Infof("login successful. Claims: %s", claimsJSON) // want `logs the identity-token claims encoded whole`
	pretty, _ := json.MarshalIndent(claims, "", "  ")
	logrus.Debug(string(pretty))       // want `logs the identity-token claims encoded whole`
	logrus.Debugf("claims %v", claims) // want `logs the whole identity-token claims`

	// Negative twins: one claim judged by its key, the count of the
	// claims, their type, and the encoded claims sent back to the user
	// who signed in rather than logged.
	logrus.Infof("issuer %v", claims["iss"])
	logrus.Infof("login with %d claims (%T)", len(claims), claims)
	_, _ = w.Write(pretty)
}

func userInfo(ctx context.Context, provider *oidc.Provider, src oidc.UserInfo) {
	var c groupClaims
	if err := src.Claims(&c); err != nil {
		return
	}
	slog.InfoContext(ctx, "user info", "claims", c) // want `logs the whole identity-token claims`
	slog.InfoContext(ctx, "user info", "groups", len(c.Groups))
	_ = provider
}

func parsed(tok *jwt4.Token, sc *sessionClaims) {
	slog.Info("token parsed", "claims", sc) // want `logs the whole identity-token claims`
	slog.Info("token parsed", "role", sc.Role, "issuer", sc.Issuer)
	if mc, ok := tok.Claims.(jwt4.MapClaims); ok {
		logrus.WithField("claims", mc).Info("parsed") // want `logs the whole identity-token claims`
		logrus.WithField("expires", mc["exp"]).Info("parsed")
	}
}

type createUser struct {
	Name string `json:"name"`
}

// A request decoded from its body and encoded again is still the request.
func create(r *http.Request) {
	var req createUser
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &req); err != nil {
		return
	}
	again, _ := json.Marshal(req)
	logrus.Infof("create %s", again) // want `logs the whole request encoded as text`
	// Negative twin: a value built here, not received, encoded.
	ack, _ := json.Marshal(map[string]bool{"ok": true})
	logrus.Infof("ack %s", ack)
}
