// Package expectedcfg returns its own expected errors, named by the
// expected-errors option: a sentinel and a constructor.
package expectedcfg

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/spanend/expectedcfg")

// ErrNotFound is returned when there is no such user.
var ErrNotFound = errors.New("not found")

// ErrStore is returned when the store fails.
var ErrStore = errors.New("store failed")

// ValidationError is a client's bad input.
type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

// Invalid returns a validation error for field.
func Invalid(field string) error { return &ValidationError{Field: field} }

// Find returns the project's expected errors only: silent when they are
// configured.
func Find(ctx context.Context, name string) (string, error) {
	_, span := tracer.Start(ctx, "Users.Find")
	defer span.End()
	if name == "" {
		return "", Invalid("name")
	}
	return "", ErrNotFound
}

// Load also fails: reported.
func Load(ctx context.Context, name string) (string, error) {
	_, span := tracer.Start(ctx, "Users.Load") // want `"Load" returns an error without setting an error status on span`
	defer span.End()
	if name == "" {
		return "", Invalid("name")
	}
	return "", ErrStore
}
