package main

import (
	"context"
	"net/http"
	"testing"
)

func TestServe(t *testing.T) {
	ctx := t.Context()
	serve(context.Background())
	_, _ = http.Get("http://localhost")
	_ = ctx
}
