package kongcmd

import (
	"context"
	"fmt"
	"log"
)

// Worker is service code: its Run takes the request's context, not a
// command line.
type Worker struct{}

// Run handles one job.
func (w *Worker) Run(ctx context.Context) error {
	fmt.Println("running job") // want `fmt.Println writes unstructured text`
	cleanup()
	return nil
}

// cleanup is called from the service as well as from a command
// (PurgeCmd).
func cleanup() {
	log.Printf("cleaning up") // want `log.Printf writes unstructured text`
}
