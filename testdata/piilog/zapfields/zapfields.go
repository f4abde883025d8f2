// Package zapfields logs personal data through zap fields and the sugared
// logger's key-value pairs.
package zapfields

import (
	"go.uber.org/zap"
)

type User struct {
	ID       string
	Email    string
	Phone    string
	Address  string
	Password string `json:"-"`
}

type Server struct{ Addr string }

const emailKey = "email"

func zapFields(logger *zap.Logger, u *User, srv *Server, token string) {
	logger.Info("signup",
		zap.String("email", u.Email),            // want `log key "email" names personal data \(email\)`
		zap.String(emailKey, u.Email),           // want `log key "email" names personal data`
		zap.String("user_id", u.ID),             // a neutral key and value
		zap.String("contact", u.Phone),          // want `u.Phone holds personal data \(phone\) that would be written in plain text; log a masked or hashed value instead`
		zap.Any("password", u.Password),         // want `log key "password" names a secret \(password\) that would be written in plain text; drop the field, or log whether it is set`
		zap.String("apiKey", token),             // want `log key "apiKey" names a secret \(api key\)`
		zap.String("Billing-Address", "x"+u.ID), // want `log key "Billing-Address" names personal data \(address\)`
		zap.String("address", u.Address),        // want `log key "address" names personal data \(address\)`
		zap.String("address", srv.Addr),         // a network address
		zap.String("listen_addr", srv.Addr),     // a network address
		zap.String("remote_address", "10.0.0.1:80"),
		zap.Stringp("mobile", &u.Phone),   // want `log key "mobile" names personal data`
		zap.Bool("phone_verified", true),  // a boolean about the phone
		zap.Bool("email", u.Email != ""),  // a boolean under the key
		zap.Int("email_count", 3),         // a count
		zap.String("email_hash", u.Email), // the key says it is masked
		zap.String("token", ""),           // a constant
	)
	logger.With(zap.String("token", token)).Info("x") // want `log key "token" names a secret \(token\)`
}

func sugared(s *zap.SugaredLogger, u *User, token string) {
	s.Infow("signup", "email", u.Email, "user_id", u.ID)           // want `log key "email" names personal data`
	s.Errorw("failed", "user", u.ID, "phone", u.Phone)             // want `log key "phone" names personal data`
	s.Infow("signup", zap.String("user_id", u.ID), "tel", u.Phone) // want `log key "tel" names personal data`
	s.With("password", token).Info("x")                            // want `log key "password" names a secret`
	s.Infow("signup", "user", u)                                   // want `logs the whole \*User with its personal fields \(Email, Phone\)`
	s.Infof("signup phone=%s", u.Phone)                            // want `format key "phone" names personal data`
	s.Infof("signup of %s", u.Email)                               // want `u.Email holds personal data \(email\)`
	s.Info("signup of ", u.Email)                                  // want `u.Email holds personal data`
	s.Infow("signup", "email_verified", true, "user_id", u.ID)
}
