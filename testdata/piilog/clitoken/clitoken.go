// Package clitoken is a command-line client that signs its user in and
// keeps the token it obtained. What the command and the helpers only it
// calls log, whatever the logger, goes to the terminal of the user who
// owns the token; a server handler of the same package logs to the
// service's back end, and baggage is sent on wherever it is set.
package clitoken

import (
	"context"
	"log/slog"

	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"go.opentelemetry.io/otel/baggage"
)

type session struct {
	Token        string
	RefreshToken string
}

// NewLoginCommand returns the login command.
func NewLoginCommand() *cobra.Command {
	return &cobra.Command{
		Use: "login",
		RunE: func(cmd *cobra.Command, args []string) error {
			s := signIn(cmd.Context(), args[0])
			logrus.WithField("token", s.Token).Debug("signed in")
			return nil
		},
	}
}

// signIn is called only from the command: its debug output is the
// program's.
func signIn(ctx context.Context, user string) session {
	s := session{Token: user + "-token", RefreshToken: user + "-refresh"}
	logrus.Debugf("Token: %s", s.Token)
	logrus.Debugf("Refresh Token: %s", s.RefreshToken)
	slog.DebugContext(ctx, "signed in", "session", s)
	m, _ := baggage.NewMember("token", s.Token) // want `baggage key "token" carries a secret \(token\)`
	_ = m
	return s
}
