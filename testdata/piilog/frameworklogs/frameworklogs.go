// Package frameworklogs logs through the loggers of go-zero (logx, logc)
// and go-kratos (log): their keys, formats and values are read like
// those of any other logger.
package frameworklogs

import (
	"context"
	"net/http"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/zeromicro/go-zero/core/logc"
	"github.com/zeromicro/go-zero/core/logx"
)

// User is a signed-up user.
type User struct {
	ID    string
	Email string
	Phone string
}

func goZero(ctx context.Context, u User, r *http.Request, password string) {
	logx.Infow("signup", logx.Field("email", u.Email))                                    // want `log key "email" names personal data \(email\)`
	logc.Infow(ctx, "signup", logc.Field("user", u.ID), logx.Field("password", password)) // want `log key "password" names a secret \(password\)`
	logx.WithContext(ctx).Infof("signup phone=%s", u.Phone)                               // want `format key "phone" names personal data \(phone\)`
	logc.Errorf(ctx, "login by %s", r.Header.Get("Authorization"))                        // want `r.Header.Get\("Authorization"\) holds a secret \(authorization\)`
	logx.Infov(u)                                                                         // want `logs the whole User with its personal fields \(Email, Phone\)`
	logc.Debugv(ctx, r)                                                                   // want `logs the whole \*http.Request`

	// Silent: identifiers, counts, masked values.
	logx.Infow("signup", logx.Field("user", u.ID), logx.Field("email_set", u.Email != ""))
	logc.Infof(ctx, "signup of %s", u.ID)
	logx.Infov(len(u.Phone))
}

func kratos(ctx context.Context, logger log.Logger, u User, token string) {
	h := log.NewHelper(logger)
	h.Infow("user", u.ID, "email", u.Email)                // want `log key "email" names personal data \(email\)`
	h.Log(log.LevelWarn, "msg", "refresh", "token", token) // want `log key "token" names a secret \(token\)`
	_ = logger.Log(log.LevelInfo, "phone", u.Phone)        // want `log key "phone" names personal data \(phone\)`
	log.With(logger, "user_email", u.Email)                // want `log key "user_email" names personal data \(email\)`
	h.Infof("signup %v", u)                                // want `logs the whole User with its personal fields`
	log.Errorf("login with %s", token)                     // want `token holds a secret \(token\)`

	// Silent.
	h.Infow("user", u.ID, "token_set", token != "")
	log.Infof("signup of %s", u.ID)
}
