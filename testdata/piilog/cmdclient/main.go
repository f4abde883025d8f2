// Command cmdclient is an end-to-end test client: it fetches a token,
// checks it and prints it when asked. What main and the helpers it alone
// calls print is the program's output; a handler of the same program
// logs.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

type oauthToken struct {
	AccessToken  string
	RefreshToken string
	IDToken      string
}

func main() {
	printToken := flag.Bool("print-token", false, "print the access token")
	flag.Parse()
	tok := fetch()
	check(tok)
	if *printToken {
		fmt.Print(tok.AccessToken)
	}
	http.Handle("/callback", callback{})
}

func fetch() oauthToken { return oauthToken{AccessToken: os.Getenv("ACCESS_TOKEN")} }

// check is called only from main: its failures are the program's output.
func check(tok oauthToken) {
	if tok.RefreshToken == "" {
		log.Fatalf("expected a refresh token, got %+v", tok)
	}
	log.Printf("token is active: %s", tok.AccessToken)
}

// callback serves requests: what it writes to the log is a log.
type callback struct{}

func (callback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tok := oauthToken{AccessToken: r.FormValue("access_token")}
	log.Printf("callback with %+v", tok)                  // want `logs the whole oauthToken with its personal fields`
	log.Printf("callback with token %s", tok.AccessToken) // want `tok.AccessToken holds a secret \(token\)`
}
