// Package logrusfields logs personal data through logrus fields.
package logrusfields

import (
	"github.com/sirupsen/logrus"
)

type Account struct {
	ID       string
	Email    string
	Passport string
	SSN      string
}

func log(l *logrus.Logger, a *Account) {
	l.WithField("email", a.Email).Info("opened") // want `log key "email" names personal data`
	logrus.WithFields(logrus.Fields{
		"account_id": a.ID,
		"passport":   a.Passport, // want `log key "passport" names personal data \(passport\)`
		"holder":     a.SSN,      // want `a.SSN holds personal data \(ssn\)`
	}).Info("opened")
	fields := logrus.Fields{"ssn": a.SSN} // want `log key "ssn" names personal data`
	l.WithFields(fields).Info("opened")
	l.WithField("account", a).Warn("opened") // want `logs the whole \*Account with its personal fields \(Email, Passport, SSN\)`
	l.WithField("account_id", a.ID).Info("opened")
	l.Infof("opened for email=%s", a.Email) // want `format key "email" names personal data`
	l.WithField("ssn_count", 1).Info("ok")
}
