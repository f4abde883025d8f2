// Command run calls every scenario of package schemaconflict and prints
// its name and whether it failed with resource.ErrSchemaURLConflict, on
// the call or through the global error handler.
package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/sdk/resource"

	"otellint.test/semconv/schemaconflict"
)

// handler records the errors given to otel.Handle.
type handler struct{ errs []error }

func (h *handler) Handle(err error) { h.errs = append(h.errs, err) }

func main() {
	h := &handler{}
	otel.SetErrorHandler(h)
	for _, name := range slices.Sorted(maps.Keys(schemaconflict.Cases)) {
		h.errs = nil
		err := schemaconflict.Cases[name](context.Background())
		failed := errors.Is(err, resource.ErrSchemaURLConflict)
		for _, e := range h.errs {
			failed = failed || errors.Is(e, resource.ErrSchemaURLConflict)
		}
		fmt.Println(name, failed)
	}
}
