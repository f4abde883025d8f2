// Package cgo calls C inside a span: a bad-input case of the robustness
// tests (it needs a C compiler, and the analyzed files are cgo's output).
package cgo

/*
static int add(int a, int b) { return a + b; }
*/
import "C"

import (
	"context"

	"go.opentelemetry.io/otel"
)

// Add adds in C, traced.
func Add(ctx context.Context, a, b int) int {
	_, span := otel.Tracer("cgo").Start(ctx, "add")
	defer span.End()
	return int(C.add(C.int(a), C.int(b)))
}

// Leak starts a span it never ends.
func Leak(ctx context.Context) int {
	_, span := otel.Tracer("cgo").Start(ctx, "leak")
	_ = span
	return int(C.add(1, 2))
}
