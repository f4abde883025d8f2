package kingpincmd

import (
	"context"
	"fmt"
)

// Exporter is service code: its Export takes the request's context, not a
// command line.
type Exporter struct{}

// Export exports one record.
func (e *Exporter) Export(ctx context.Context, id string) error {
	fmt.Printf("exporting %s\n", id) // want `fmt.Printf writes unstructured text`
	return ctx.Err()
}
