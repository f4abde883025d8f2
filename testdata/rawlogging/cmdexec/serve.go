package cmdexec

import (
	"log"
	"net/http"
)

// Handle serves a request of the server a command starts: a service's
// code, whose prints are log lines.
func Handle(w http.ResponseWriter, r *http.Request) {
	log.Printf("serving %s", r.URL.Path) // want `log.Printf writes unstructured text`
	w.WriteHeader(http.StatusOK)
}
