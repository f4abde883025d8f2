// Package contextcheck holds the shapes of broken context chains that
// the contextcheck linter's suite expects: a fresh root where the
// caller's context is at hand, directly or inside a function called
// without it.
package contextcheck

import (
	"context"
	"net/http"
)

func send(ctx context.Context) {}

// refresh takes no context and starts from a fresh root.
func refresh() {
	send(context.TODO())
}

// refreshAll reaches refresh.
func refreshAll() {
	refresh()
}

func withParent(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithCancel(ctx)
}

func handle(ctx context.Context) {
	send(ctx)
	defer send(ctx)
	refresh()                  // want `refresh starts a new trace from context.TODO\(\) although ctx is available here; give refresh a context parameter and pass ctx`
	refreshAll()               // want `refreshAll starts a new trace from context.TODO\(\) in refresh although ctx is available`
	send(context.Background()) // want `context.Background\(\) drops the trace of ctx`

	ctx2, cancel := withParent(ctx)
	defer cancel()
	send(ctx2)
}

func replaced(ctx context.Context) {
	send(ctx)
	ctx = context.Background() // want `replacing ctx with context.Background\(\) drops its trace`
	send(ctx)
}

func replacedAfterClosure(ctx context.Context) {
	func() { send(ctx) }()
	ctx = context.Background() // want `replacing ctx with context.Background\(\) drops its trace`
	send(ctx)
}

func serve(ctx context.Context, w http.ResponseWriter, r *http.Request) {}

func viaLocal(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	serve(ctx, w, r)
	serve(context.Background(), w, r) // want `context.Background\(\) drops the trace of ctx`
}

func viaRequest(w http.ResponseWriter, r *http.Request) {
	serve(r.Context(), w, r)
	serve(context.Background(), w, r) // want `context.Background\(\) drops the trace of r.Context\(\)`
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		serve(r.Context(), w, r)
		serve(context.Background(), w, r) // want `context.Background\(\) drops the trace of r.Context\(\)`
	})
}

type Totals[T int | float64] []T

func (s Totals[T]) Sum(ctx context.Context) T {
	refresh() // want `refresh starts a new trace from context.TODO\(\) although ctx is available`
	var sum T
	for _, v := range s {
		sum += v
	}
	return sum
}

func Larger[T int | float64](ctx context.Context, a, b T) T {
	refresh() // want `refresh starts a new trace from context.TODO\(\) although ctx is available`
	return max(a, b)
}

func later(ctx context.Context, key string) func() {
	return func() {
		later(context.Background(), key) // want `context.Background\(\) in a goroutine or callback that outlives the caller`
	}
}

func laterStill(ctx context.Context, key string) func() func() {
	return func() func() {
		return func() {
			later(context.Background(), key) // want `context.Background\(\) in a goroutine or callback that outlives the caller`
		}
	}
}
