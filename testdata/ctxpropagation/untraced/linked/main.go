// Command linked links tracing only through a package of its own whose
// API names no OpenTelemetry type: its contexts may still carry spans
// (an instrumented client or handler of a dependency starts them), so a
// request sent without the context in scope is reported.
package main

import (
	"context"
	"net/http"

	"otellint.test/ctxpropagation/untraced/linked/telemetry"
)

func fetch(ctx context.Context, u string) error {
	resp, err := http.Get(u) // want `http.Get sends the request without ctx`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	defer telemetry.Init()()
	_ = fetch(context.Background(), "http://backend.invalid/")
}
