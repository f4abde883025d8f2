// Package stdformat logs personal data through the standard log package
// and fmt format strings.
package stdformat

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"testing"

	"github.com/spf13/cobra"
)

type Login struct {
	User     string
	Password string
}

func logins(l Login, email string, w http.ResponseWriter) {
	log.Printf("login user=%s password=%s", l.User, l.Password) // want `format key "password" names a secret`
	log.Printf("login phone: %q", "13800138000")                // want `format key "phone" names personal data`
	log.Printf("welcome mail sent to %s", email)                // want `email holds personal data \(email\)`
	log.Println("login", l.Password)                            // want `l.Password holds a secret \(password\)`
	fmt.Printf("login %+v\n", l)                                // want `logs the whole Login with its personal fields \(Password\)`
	fmt.Fprintf(os.Stderr, "email=%s\n", email)                 // want `format key "email" names personal data`
	log.Printf("password type %T, len %d", l.Password, len(l.Password))
	log.Printf("password set: %t", l.Password != "")
	log.Printf("login user=%s", l.User)
	fmt.Fprintf(w, "hello %s", email) // the response, not a log
	_ = fmt.Sprintf("email=%s", email)
	log.Printf("phone=%[1]s", email) // explicit indexes are not followed
}

func lengths(l Login) {
	log.Printf("password_len=%d password_hash=%s", len(l.Password), l.Password)
}

// A command-line command: what its functions print is the program's
// output, not a log.
var whoami = cobra.Command{
	RunE: func(cmd *cobra.Command, args []string) error {
		fmt.Printf("email=%s\n", os.Getenv("USER_EMAIL"))
		return nil
	},
}

// A test helper's data is made up.
func fixture(t *testing.T, l Login) {
	log.Printf("password=%s", l.Password)
}
