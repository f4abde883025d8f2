// Package tokenclaims checks a verified token's claims against the
// connection that presented it and logs the claims on a mismatch: the
// user and the room the token was issued for, under keys that say so,
// are not the token. The token itself, or a key that names it, is
// reported.
package tokenclaims

import (
	"errors"

	"github.com/rs/zerolog"
)

// Claims are what a verified access token grants.
type Claims struct {
	Subject string
	Room    string
	Raw     string
}

// Conn is a client connection.
type Conn struct {
	UserID string
	Room   string
}

var errMismatch = errors.New("token does not match the connection")

func join(log zerolog.Logger, c Conn, claims Claims, raw string) error {
	if claims.Subject != c.UserID {
		log.Info().Str("token_user", claims.Subject).Str("user", c.UserID).Msg("token user mismatch")
		return errMismatch
	}
	if claims.Room != c.Room {
		log.Info().Str("token_channel", claims.Room).Str("channel", c.Room).Msg("token channel mismatch")
		log.Info().Str("tokenAudience", claims.Room).Msg("token audience mismatch")
		return errMismatch
	}
	// Positive twins: the token itself, its raw form under a key that
	// names the token, and a person's data after a claim word is still
	// personal.
	log.Debug().Str("token", raw).Msg("joined")            // want `log key "token" names a secret \(token\)`
	log.Debug().Str("token_raw", claims.Raw).Msg("joined") // want `log key "token_raw" names a secret \(token\)`
	log.Debug().Str("user_token", raw).Msg("joined")       // want `log key "user_token" names a secret \(token\)`
	log.Debug().Str("email_user", c.UserID).Msg("joined")  // want `log key "email_user" names personal data \(email\)`
	return nil
}
