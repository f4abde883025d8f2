package cmdoutput

import (
	"fmt"
	"log"
	"net/http"
)

// Handle is service code: an HTTP handler of the same package.
func Handle(w http.ResponseWriter, r *http.Request) {
	fmt.Println("handling", r.URL.Path) // want `fmt.Println writes unstructured text`
	describe()
}

// describe is called from command code and from the handler.
func describe() {
	log.Printf("describing") // want `log.Printf writes unstructured text`
}

// Summary is exported: another package may call it from service code.
func Summary() {
	fmt.Println("summary") // want `fmt.Println writes unstructured text`
}
