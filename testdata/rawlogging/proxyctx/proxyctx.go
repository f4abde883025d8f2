// Package proxyctx logs in handlers that also build outgoing requests:
// a line belongs to the trace of the incoming request, not to the
// outgoing one, and a context that holds only a fresh root has no trace
// to give it.
package proxyctx

import (
	"context"
	"go.opentelemetry.io/otel"
	"log/slog"
	"net/http"
	"time"
)

type Proxy struct {
	client  *http.Client
	backend string
	log     *slog.Logger
}

// ServeHTTP forwards the request: req is declared after r, but the lines
// belong to r's trace.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), r.Method, p.backend+r.URL.Path, r.Body)
	if err != nil {
		slog.Error("bad upstream request", "err", err) // want `Error drops the context in scope, so the line carries no trace_id; call ErrorContext\(r.Context\(\), ...\)`
		return
	}
	resp, err := p.client.Do(req)
	if err != nil {
		p.log.Warn("upstream failed", "err", err) // want `call WarnContext\(r.Context\(\), ...\)`
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	slog.Info("proxied", "status", resp.StatusCode) // want `call InfoContext\(r.Context\(\), ...\)`
}

// forward builds its request from the caller's ctx.
func (p *Proxy) forward(ctx context.Context, path string) error {
	_, span := otel.Tracer("proxy").Start(ctx, "forward")
	defer span.End()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.backend+path, nil)
	if err != nil {
		return err
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	slog.Info("forwarded", "path", path) // want `call InfoContext\(ctx, ...\)`
	return nil
}

// timed derives a deadline from the incoming request: the derived ctx
// carries its trace.
func (p *Proxy) timed(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	slog.Info("timed") // want `call InfoContext\(ctx, ...\)`
	_ = ctx
}

// requestContext bounds the request's context by its timeout header.
func requestContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), time.Second)
}

// bounded gets its ctx from a helper given the incoming request.
func (p *Proxy) bounded(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := requestContext(r)
	defer cancel()
	p.log.Warn("slow") // want `call WarnContext\(ctx, ...\)`
	_ = ctx
}

// poll runs on a timer: its ctx is a fresh root and its request is its
// own, so no context in scope carries a trace for the line.
func (p *Proxy) poll() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.backend, nil)
	if err != nil {
		return err
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	slog.Info("polled", "status", resp.StatusCode)
	return nil
}

// done hands its context to the log call: the package's logs carry the
// context, so the calls above that drop one lose the trace_id.
func (p *Proxy) done(ctx context.Context) {
	p.log.InfoContext(ctx, "done")
}
