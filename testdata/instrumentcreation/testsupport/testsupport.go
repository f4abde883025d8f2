// Package testsupport starts a cluster of test servers for other
// packages' tests: code that only runs in tests, outside _test.go files.
package testsupport

import (
	"context"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// Node is one server of a test cluster.
type Node struct{ Registry *prometheus.Registry }

// StartCluster starts size nodes, each with its own registry so that
// their metrics do not collide.
func StartCluster(t testing.TB, size int) []Node {
	var nodes []Node
	for i := 0; i < size; i++ {
		nodes = append(nodes, Node{Registry: prometheus.NewRegistry()})
	}
	t.Cleanup(func() {})
	return nodes
}

// Positive twin: the same loop in production code, per request.
func Rebalance(ctx context.Context, size int) []Node {
	var nodes []Node
	for i := 0; i < size; i++ {
		nodes = append(nodes, Node{Registry: prometheus.NewRegistry()}) // want `registry prometheus.NewRegistry is created in request-scoped code`
	}
	return nodes
}
