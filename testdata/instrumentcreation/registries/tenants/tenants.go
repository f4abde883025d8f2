// Package tenants keeps one Prometheus registry per tenant and gathers
// them together.
package tenants

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// Registries holds the registry of each tenant.
type Registries struct {
	mu   sync.Mutex
	regs map[string]*prometheus.Registry
}

// Add keeps the registry of a tenant until the tenant is removed.
func (r *Registries) Add(tenant string, reg *prometheus.Registry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.regs[tenant] = reg
}
