// Command mock is a stand-in server for end-to-end tests. It links no
// tracing at all: the request's context carries no span to lose.
package main

import (
	"context"
	"net/http"
	"time"
)

func exchange(ctx context.Context, code string) (string, error) {
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
	status, err := exchange(context.Background(), r.URL.Query().Get("code"))
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
		resp, err := http.Get(u)
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
