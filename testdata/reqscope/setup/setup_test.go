package setup

import (
	"context"
	"testing"
)

// A test calling warmCaches does not make it request-scoped code.
func TestWarmCaches(t *testing.T) {
	warmCaches(context.Background())
	exporterFor(context.Background())
}
