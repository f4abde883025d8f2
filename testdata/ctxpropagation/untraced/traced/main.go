// Command traced is the same server with tracing linked in: the
// request's context may carry a span, which the fresh context drops.
package main

import (
	"context"
	"net/http"
	"time"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("traced")

func exchange(ctx context.Context, code string) (string, error) {
	ctx, span := tracer.Start(ctx, "token.Exchange")
	defer span.End()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://issuer.invalid/token?code="+code, nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Status, nil
}

func callback(w http.ResponseWriter, r *http.Request) {
	status, err := exchange(context.Background(), r.URL.Query().Get("code")) // want `context.Background\(\) drops the trace of r.Context\(\)`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Write([]byte(status))
}

// poll asks the issuer for its keys until ctx is done, with a request
// that does not carry ctx.
func poll(ctx context.Context, u string) {
	for {
		resp, err := http.Get(u) // want `http.Get sends the request without ctx`
		if err == nil {
			resp.Body.Close()
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}

func main() {
	go poll(context.Background(), "http://issuer.invalid/keys")
	http.HandleFunc("/callback", callback)
	srv := &http.Server{Addr: ":4445", ReadHeaderTimeout: time.Second}
	srv.ListenAndServe()
}
