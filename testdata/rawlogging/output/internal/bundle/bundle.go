// Package bundle collects a support bundle. It is internal: only the
// module's own packages call it, so whether what it prints while it runs
// is a command's output or a service's log line is for its callers to
// tell, each of them analysed with it.
package bundle

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
)

// Result is what a collection gathered.
type Result map[string][]byte

// Collect gathers the files, printing its progress as it goes: from a
// goroutine it starts, which runs while it does.
func Collect(ctx context.Context, dirs []string) (Result, error) { // want Collect:"prints its callers' output with fmt.Printf"
	progress := make(chan string)
	go func() {
		select {
		case <-ctx.Done():
		case msg := <-progress:
			fmt.Printf("collecting: %v\n", msg)
		}
	}()
	res := Result{}
	for _, d := range dirs {
		data, err := os.ReadFile(d)
		if err != nil {
			return res, err
		}
		res[d] = data
	}
	return res, nil
}

// Archive writes the result through a helper that only it calls.
func Archive(res Result, path string) error { // want Archive:"prints its callers' output with fmt.Fprintln"
	announce(path)
	return os.WriteFile(path, nil, 0o600)
}

func announce(path string) {
	fmt.Fprintln(os.Stderr, "writing", path)
}

// Rotate writes a log record: the log package's line is one wherever it
// is called from.
func Rotate(res Result) {
	log.Printf("rotating %d files", len(res)) // want `log.Printf writes unstructured text`
}

// Serve registers a handler: the handler runs per request, on the
// server's behalf, not while Serve runs.
func Serve(mux *http.ServeMux) {
	mux.HandleFunc("/bundle", func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("bundle requested") // want `fmt.Println writes unstructured text`
	})
}

// Count is used by the package itself, by a method: its prints are
// judged here.
func Count(res Result) int {
	fmt.Println("counting", len(res)) // want `fmt.Println writes unstructured text`
	return len(res)
}

// Store keeps results.
type Store struct{ res Result }

// Size is a method, which an interface may call without naming it: its
// prints are judged here.
func (s *Store) Size() int {
	fmt.Println("sizing") // want `fmt.Println writes unstructured text`
	return Count(s.res)
}
