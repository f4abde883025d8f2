// Package consistencytoken logs an opaque consistency token, the revision
// a client read at, under a key that says which kind of token it is: not
// a credential. A bare token under a key that says nothing, or a key that
// names the token a credential, is reported.
package consistencytoken

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"
)

// RevisionToken is a point in time of the store, handed to clients in
// every response and sent back to read at least as fresh data.
type RevisionToken struct {
	Token string
}

// Session is a signed-in session.
type Session struct {
	Token  string
	UserID string
}

func pick(ctx context.Context, log zerolog.Logger, requested *RevisionToken, s *Session) error {
	log.Warn().Str("revtoken", requested.Token).Msg("token references another store; reading at the head revision")
	log.Debug().Msg(fmt.Sprintf("revtoken=%s is stale", requested.Token))
	// Positive twins: the same field under a key that says nothing about
	// it, a session's token, and a key that names the token a credential.
	log.Warn().Str("requested", requested.Token).Msg("stale")   // want `requested.Token holds a secret \(token\)`
	log.Info().Str("session", s.Token).Msg("signed in")         // want `s.Token holds a secret \(token\)`
	log.Info().Str("auth_token", requested.Token).Msg("signed") // want `log key "auth_token" names a secret \(token\)`
	return nil
}
