// Package placeholder logs addresses that belong to nobody: constants at
// the domains reserved for documentation and testing (RFC 2606, RFC
// 6761), also through a local variable only ever given such constants.
// Addresses at other domains, and variables given other values, are
// reported.
package placeholder

import (
	"context"
	"fmt"
	"log"
	"log/slog"

	"go.uber.org/zap"
)

// User is a signed-in user.
type User struct {
	Name  string
	Email string
}

// commitAs sets the author of a bot's commits: the email is declared empty
// and only ever given a placeholder.
func commitAs(logger *zap.SugaredLogger) {
	var authorName, authorEmail string
	if authorName == "" {
		authorName = "Release Bot"
	}
	if authorEmail == "" {
		authorEmail = "release-bot@example.com"
	}
	logger.Debugf("setting author %s <%s>", authorName, authorEmail)
	log.Printf("author email=%s", authorEmail)
}

// commitAsUser takes the email from the user when there is one.
func commitAsUser(logger *zap.SugaredLogger, u *User) {
	var authorEmail string
	if u != nil {
		authorEmail = u.Email
	}
	if authorEmail == "" {
		authorEmail = "release-bot@example.com"
	}
	logger.Debugf("setting author <%s>", authorEmail) // want `authorEmail holds personal data \(email\)`
}

// commitAsFixed gives the variable one constant that looks like a
// person's address.
func commitAsFixed(logger *zap.SugaredLogger) {
	authorEmail := "jane.doe@mailbox.org"
	logger.Debugf("setting author <%s>", authorEmail) // want `authorEmail holds personal data \(email\)`
}

// commitAsScanned reads the email into the variable through its address.
func commitAsScanned(logger *zap.SugaredLogger, line string) {
	authorEmail := "release-bot@example.com"
	fmt.Sscan(line, &authorEmail)
	logger.Debugf("setting author <%s>", authorEmail) // want `authorEmail holds personal data \(email\)`
}

// commitAsJoined appends to the variable.
func commitAsJoined(logger *zap.SugaredLogger, local string) {
	authorEmail := ""
	authorEmail += local
	logger.Debugf("setting author <%s>", authorEmail) // want `authorEmail holds personal data \(email\)`
}

// contact logs placeholder addresses and, as twins, addresses at domains
// that are not reserved.
func contact(ctx context.Context, l *slog.Logger, z *zap.Logger) {
	l.InfoContext(ctx, "order", "contact", "noreply@example.org")
	l.InfoContext(ctx, "order", "contact", "ops@mail.example.net")
	l.InfoContext(ctx, "order", "contact", "dev@host.test")
	l.InfoContext(ctx, "order", "contact", "nobody@site.invalid")
	l.InfoContext(ctx, "order", "contact", "Jane@Example.COM")
	z.Info("order", zap.String("email", "ops@example.net"))
	l.InfoContext(ctx, "order", "contact", "jane.doe@example-mail.com") // want `logged value looks like an email address`
	l.InfoContext(ctx, "order", "contact", "jane.doe@example.com.au")   // want `logged value looks like an email address`
	z.Info("order", zap.String("email", "jane.doe@testmail.io"))        // want `log key "email" names personal data \(email\)`
}
