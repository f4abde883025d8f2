package main

import (
	"context"
	"testing"
)

func use(ctx context.Context) {}

func helper(ctx context.Context) {
	use(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

func TestMain(t *testing.T) {
	helper(t.Context())
}
