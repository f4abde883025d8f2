// Package onlyuse shows a fix that removes the last use of the context
// package: the import goes too, so that the fixed file compiles.
package onlyuse

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

func ordersBad(w http.ResponseWriter, r *http.Request) {
	_, span := otel.Tracer("orders").Start(context.Background(), "orders") // want `span started from context.Background\(\) begins a new trace although r.Context\(\) is available`
	defer span.End()
}
