// Package shutdown shows fresh contexts handed to functions that end the
// process: the shutdown's own context, which the request that asked for
// it must not cut short, beside functions that exit only when their work
// fails.
package shutdown

import (
	"context"
	"log"
	"net"
	"net/http"
	"os"
	"sync/atomic"
	"time"

	"otellint.test/ctxpropagation/shutdown/procexit"
)

var (
	exiting atomic.Bool
	stops   []func(context.Context) error
)

func closeListeners() {}

func send(ctx context.Context) error { return nil }

// exitProcess stops every part with ctx, then ends the process from a
// goroutine's deferred call, once the listeners are closed.
func exitProcess(ctx context.Context, why string) {
	if !exiting.CompareAndSwap(false, true) {
		return // already on the way out
	}
	code := 0
	for _, stop := range stops {
		if err := stop(ctx); err != nil {
			code = 1
		}
	}
	go func() {
		defer func() {
			log.Printf("exiting (%s) with %d", why, code)
			os.Exit(code)
		}()
		closeListeners()
	}()
}

// halt ends the process itself, as its last statement.
func halt(ctx context.Context) {
	_ = send(ctx)
	os.Exit(0)
}

// The admin API's stop handler: the process ends.
func handleStop(w http.ResponseWriter, r *http.Request) {
	exitProcess(context.Background(), "admin api")
}

// A shutdown deadline of its own, then the exit.
func handleHalt(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	halt(ctx)
}

// Functions of another package that end the process, known by their facts.
func handleQuit(w http.ResponseWriter, r *http.Request) {
	procexit.Quit(context.TODO(), 0)
}

func handleAbort(ctx context.Context) {
	procexit.Abort(context.Background())
}

// reload exits only when reloading fails; otherwise it returns to serve.
func reload(ctx context.Context) {
	if err := send(ctx); err != nil {
		os.Exit(1)
	}
}

func handleReload(w http.ResponseWriter, r *http.Request) {
	reload(context.Background()) // want `context.Background\(\) drops the trace of r.Context\(\)`
}

// serveUntilFailure serves until serving fails, then exits with the error.
func serveUntilFailure(ctx context.Context, l net.Listener) {
	srv := &http.Server{BaseContext: func(net.Listener) context.Context { return ctx }}
	log.Fatal(srv.Serve(l))
}

func handleServe(ctx context.Context, l net.Listener) {
	serveUntilFailure(context.Background(), l) // want `context.Background\(\) drops the trace of ctx`
}

// A function of another package that exits only on an error branch.
func handleCheck(ctx context.Context) {
	procexit.Check(context.Background(), nil) // want `context.Background\(\) drops the trace of ctx`
}

// An exit in a goroutine that is not the last thing the function does:
// it returns to its work.
func exitLater(ctx context.Context) {
	go func() {
		time.Sleep(time.Hour)
		os.Exit(0)
	}()
	_ = send(ctx)
}

func handleLater(ctx context.Context) {
	exitLater(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// drain ends the process on every way out past its deferred exit.
func drain(ctx context.Context) {
	defer os.Exit(3)
	if send(ctx) != nil {
		return
	}
	closeListeners()
}

func handleDrain(w http.ResponseWriter, r *http.Request) {
	drain(context.Background())
}

func status(ctx context.Context) int { return 0 }

// runAndExit does its work, then exits with its status: not a shutdown.
func runAndExit(ctx context.Context) {
	os.Exit(status(ctx))
}

func handleRun(ctx context.Context) {
	runAndExit(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}
