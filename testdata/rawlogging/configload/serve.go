package configload

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

// Order is the body of a request.
type Order struct {
	ID string `json:"id"`
}

// decodeBody decodes a request body into v: it reads no file.
func decodeBody(r *http.Request, v any) error {
	log.Printf("decoding %s", r.URL.Path) // want `log.Printf writes unstructured text`
	return json.NewDecoder(r.Body).Decode(v)
}

// handle serves an order.
func handle(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := decodeBody(r, &o); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Println("order", o.ID) // want `fmt.Println writes unstructured text`
}

// Store keeps orders in files, one per order.
type Store struct {
	dir string
}

// Get reads an order's file for a request: a file decoded into its
// parameter, but for a request (it takes the request's context).
func (s *Store) Get(ctx context.Context, id string, out *Order) error {
	data, err := os.ReadFile(s.dir + "/" + id + ".json")
	if err != nil {
		return err
	}
	log.Printf("read order %s", id) // want `log.Printf writes unstructured text`
	return json.Unmarshal(data, out)
}

// Snapshot reads a file and decodes it into a local it keeps to itself:
// nothing is handed back, this is not loading a configuration.
func (s *Store) Snapshot() int {
	data, err := os.ReadFile(s.dir + "/snapshot.json")
	if err != nil {
		return 0
	}
	var orders []Order
	if err := json.Unmarshal(data, &orders); err != nil {
		return 0
	}
	fmt.Printf("%d orders in the snapshot\n", len(orders)) // want `fmt.Printf writes unstructured text`
	return len(orders)
}

// note is called from a loader and from a handler: it is not only loader
// code.
func note(msg string) {
	log.Println(msg) // want `log.Println writes unstructured text`
}

// loadLimits reads the limits at start-up.
func loadLimits(path string, l *Settings) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	note("limits loaded")
	return json.Unmarshal(data, l)
}

// serveLimits serves a request.
func serveLimits(w http.ResponseWriter, r *http.Request) {
	note("limits requested")
	var l Settings
	_ = loadLimits("limits.json", &l)
}
