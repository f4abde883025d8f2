// Package registries creates Prometheus registries in per-tenant jobs: a
// throwaway registerer a component requires and a registry kept for a
// tenant's life, beside registries made per request and exposed.
package registries

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"

	"otellint.test/instrumentcreation/registries/tenants"
)

// filter is a component that registers its metrics with the registerer
// it is given.
type filter struct{ hits prometheus.Counter }

func newFilter(reg prometheus.Registerer) *filter {
	f := &filter{hits: prometheus.NewCounter(prometheus.CounterOpts{Name: "filter_hits_total"})}
	reg.MustRegister(f.hits)
	return f
}

// Compactor compacts the blocks of each tenant.
type Compactor struct{ last *prometheus.Registry }

func (c *Compactor) run(ctx context.Context, fs ...*filter) error { return ctx.Err() }

// Good: a throwaway registry for the filters of one tenant's run: it only
// receives registrations, nothing gathers or serves it.
func (c *Compactor) compactTenant(ctx context.Context, tenant string) error {
	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGauge(prometheus.GaugeOpts{Name: "tenant_blocks"}))
	wrapped := prometheus.WrapRegistererWith(prometheus.Labels{"tenant": tenant}, reg)
	return c.run(ctx, newFilter(reg), newFilter(wrapped))
}

// Good: the same, handed straight to the component in a handler.
func (c *Compactor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = c.run(r.Context(), newFilter(prometheus.NewRegistry()))
}

// Bad: the registry of one run is returned to be read: its metrics start
// from zero on every call.
func (c *Compactor) compactStats(ctx context.Context, tenant string) (*prometheus.Registry, error) {
	reg := prometheus.NewRegistry() // want `registry prometheus.NewRegistry is created in request-scoped code \(function compactStats that takes a request context\)`
	return reg, c.run(ctx, newFilter(reg))
}

// Ingester keeps one database per tenant.
type Ingester struct {
	dbs  map[string]*tenantDB
	regs *tenants.Registries
}

type tenantDB struct{ filter *filter }

// openDB opens the database of a tenant: its registry is kept, with the
// database, by the component that gathers every tenant's registry.
func (i *Ingester) openDB(tenant string) *tenantDB {
	reg := prometheus.NewRegistry()
	db := &tenantDB{filter: newFilter(reg)}
	i.regs.Add(tenant, reg)
	return db
}

// Good: the databases of the tenants are opened from a queue, once each.
func (i *Ingester) openAll(queue chan string) {
	for tenant := range queue {
		i.dbs[tenant] = i.openDB(tenant)
	}
}

// snapshot makes a registry nobody keeps, and returns it to be read.
func (i *Ingester) snapshot() *prometheus.Registry { // want snapshot:"creates registry prometheus.NewRegistry"
	reg := prometheus.NewRegistry()
	newFilter(reg).hits.Inc()
	return reg
}

// Bad: a fresh registry for every event.
func (i *Ingester) replay(queue chan string) []*prometheus.Registry {
	var out []*prometheus.Registry
	for range queue {
		out = append(out, i.snapshot()) // want `call to "snapshot" creates registry prometheus.NewRegistry in request-scoped code \(event loop\)`
	}
	return out
}

// Bad: a handler replaces the kept registry of a tenant on every request:
// its metrics start from zero each time.
func (i *Ingester) handleReset(w http.ResponseWriter, r *http.Request) {
	reg := prometheus.NewRegistry() // want `registry prometheus.NewRegistry is created in request-scoped code \(HTTP handler handleReset\)`
	i.regs.Add(r.URL.Query().Get("tenant"), reg)
}
