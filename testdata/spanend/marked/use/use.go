// Package use marks its spans failed through a helper of another package,
// then ends them and returns the error.
package use

import (
	"context"
	"errors"
	"net/http"

	"otellint.test/spanend/marked/lib"
)

func op(context.Context) (int, error) { return 0, errors.New("failed") }

// traced marks the span on the error path before ending it: the path that
// reaches the return unmarked is the one on which err is nil.
func traced[T any](ctx context.Context, name string, f func(context.Context) (T, error)) (T, error) {
	ctx, span := lib.Begin(ctx, name)
	res, err := f(ctx)
	if err != nil {
		lib.Failed(span, http.StatusInternalServerError, err)
	}
	span.End()
	return res, err
}

// plain is traced without type parameters.
func plain(ctx context.Context) (int, error) {
	ctx, span := lib.Begin(ctx, "plain")
	res, err := op(ctx)
	if err != nil {
		lib.Failed(span, http.StatusInternalServerError, err)
	}
	span.End()
	return res, err
}

// untraced ends the span without marking it.
func untraced[T any](ctx context.Context, name string, f func(context.Context) (T, error)) (T, error) {
	ctx, span := lib.Begin(ctx, name) // want `"untraced" returns an error without setting an error status on span`
	res, err := f(ctx)
	span.End()
	return res, err
}

// noted gives the code to a helper that sets no status.
func noted(ctx context.Context) (int, error) {
	ctx, span := lib.Begin(ctx, "noted") // want `"noted" returns an error without setting an error status on span`
	res, err := op(ctx)
	if err != nil {
		lib.Noted(span, http.StatusInternalServerError)
	}
	span.End()
	return res, err
}

// checkedNil marks the span only when err is nil: the error path is
// unmarked.
func checkedNil(ctx context.Context) (int, error) {
	ctx, span := lib.Begin(ctx, "checkedNil") // want `"checkedNil" returns an error without setting an error status on span`
	res, err := op(ctx)
	if err == nil {
		lib.Failed(span, http.StatusOK, nil)
	}
	span.End()
	return res, err
}

var (
	_, _ = traced(context.Background(), "a", op)
	_, _ = untraced(context.Background(), "b", op)
	_, _ = plain(context.Background())
	_, _ = noted(context.Background())
	_, _ = checkedNil(context.Background())
)
