// Package composed writes personal data and credentials inside a log
// message built with fmt.Sprintf or +, which is as plain in the log as a
// field is.
package composed

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"go.uber.org/zap"
	"google.golang.org/grpc/metadata"
)

type User struct {
	ID    string
	Email string
}

func lookup(ctx context.Context, r *http.Request, u User, email string) {
	slog.InfoContext(ctx, fmt.Sprintf("lookup by %s", email))                          // want `email holds personal data \(email\)`
	slog.InfoContext(ctx, "lookup by "+email)                                          // want `email holds personal data \(email\)`
	slog.InfoContext(ctx, fmt.Sprintf("lookup by %s", r.FormValue("email")))           // want `r.FormValue\("email"\) holds personal data \(email\)`
	slog.InfoContext(ctx, "lookup by user email="+u.Email)                             // want `message key "email" names personal data \(email\)`
	slog.InfoContext(ctx, fmt.Sprint("lookup by ", u.Email, " done"))                  // want `u.Email holds personal data`
	slog.InfoContext(ctx, "lookup", "who", fmt.Sprintf("user %s (%s)", u.ID, u.Email)) // want `u.Email holds personal data`
	// Negative twins: ids, sizes and constants in the same shapes.
	slog.InfoContext(ctx, fmt.Sprintf("lookup by %s", u.ID))
	slog.InfoContext(ctx, "lookup by "+u.ID)
	slog.InfoContext(ctx, fmt.Sprintf("lookup by email of %d bytes", len(email)))
	slog.InfoContext(ctx, "lookup by "+"email")
	slog.InfoContext(ctx, fmt.Sprintf("token refresh failed: %v", fmt.Errorf("expired")))
}

func credentials(ctx context.Context, logger *zap.Logger, r *http.Request, tok string) {
	slog.InfoContext(ctx, "request", "auth", r.Header.Get("Authorization")) // want `r.Header.Get\("Authorization"\) holds a secret \(authorization\)`
	auth := r.Header.Get("Authorization")
	logger.Info("request", zap.String("auth", auth))                     // want `auth holds a secret \(authorization\)`
	logger.Info("request", zap.String("cookie", r.Header.Get("Cookie"))) // want `log key "cookie" names a secret \(cookie\)`
	if c, err := r.Cookie("session"); err == nil {
		logger.Info("session", zap.String("session", c.Value)) // want `c.Value holds a secret \(cookie\)`
		logger.Info("session", zap.Stringer("c", c))           // want `c holds a secret \(cookie\)`
		logger.Info("session", zap.String("cookie_name", c.Name))
	}
	slog.InfoContext(ctx, "calling upstream with Bearer "+tok)          // want `message key "Bearer" names a secret \(bearer\)`
	slog.InfoContext(ctx, fmt.Sprintf("Authorization: Bearer %s", tok)) // want `format key "Bearer" names a secret \(bearer\)`
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		slog.InfoContext(ctx, "rpc", "auth", md.Get("authorization")) // want `md.Get\("authorization"\) holds a secret \(authorization\)`
		slog.InfoContext(ctx, "rpc", "agent", md.Get("user-agent"))
	}
	// Negative twins: whether it is set, the scheme, the route.
	logger.Info("request", zap.Bool("auth", r.Header.Get("Authorization") != ""), zap.String("route", r.Pattern))
	agent := r.Header.Get("User-Agent")
	logger.Info("request", zap.String("agent", agent))
	slog.InfoContext(ctx, "calling upstream with a bearer token of "+fmt.Sprint(len(tok))+" bytes")
}
