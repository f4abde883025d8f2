// Package service serves requests; it uses the bar package's arithmetic
// but draws nothing, so its prints are a service's log lines.
package service

import (
	"fmt"
	"log"
	"net/http"

	"otellint.test/rawlogging/terminal/bar"
)

// handle serves a request.
func handle(w http.ResponseWriter, r *http.Request) {
	var b bar.Bar
	log.Printf("served %s at %d%%", r.URL.Path, b.Percent()) // want `log.Printf writes unstructured text`
	b.Finish()
	fmt.Println("done") // want `fmt.Println writes unstructured text`
	w.WriteHeader(http.StatusOK)
}
