// Package main defers the shutdown of its telemetry and then leaves
// through calls that do not run the deferred calls, beside the exits that
// do run them or come after an explicit shutdown.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"otellint.test/sdksetup/setup"
)

// main is the article's: the cleanup is deferred, and log.Fatalf on a
// server failure skips it.
func main() { // want main:"shuts down"
	ctx := context.Background()
	cleanup, err := setup.InitObservability(ctx, "order-service", "1.0.0")
	if err != nil {
		log.Fatalf("Failed to initialize observability: %v", err) // before the defer: nothing to skip
	}
	defer cleanup() // want `the deferred shutdown does not run when the function leaves through log.Fatalf \(line 29\), which ends the process`
	if err := http.ListenAndServe(":8080", nil); err != nil {
		log.Fatalf("HTTP server failed: %v", err)
	}
}

func gettingStarted() { // want gettingStarted:"shuts down"
	otelShutdown, err := setup.SetupOTelSDK(context.Background())
	if err != nil {
		return
	}
	defer func() { // want `leaves through os.Exit \(line 43\)`
		err = otelShutdown(context.Background())
	}()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func direct(exp sdktrace.SpanExporter) { // want direct:"shuts down"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	defer tp.Shutdown(context.Background()) // want `leaves through os.Exit \(line 51\)`
	otel.SetTracerProvider(tp)
	os.Exit(run2())
}

func method(exp sdktrace.SpanExporter) { // want method:"shuts down"
	t := setup.New(exp, nil)
	defer t.Close(context.Background()) // want `leaves through main.fatalf \(line 58\)`
	if err := run(); err != nil {
		fatalf("run: %v", err)
	}
}

func closure(exp sdktrace.SpanExporter) { // want closure:"shuts down"
	stop := setup.Start(context.Background(), exp)
	defer stop() // want `leaves through log.Fatal \(line 68\)`
	chained, _ := setup.Chain(context.Background())
	defer chained(context.Background()) // want `leaves through log.Fatal \(line 68\)`
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

// fatalf is a helper of the program that always ends the process.
func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format, args...)
	os.Exit(1)
}

// The exits that are fine.

// returns: the deferred cleanup runs when the function returns.
func returns() error { // want returns:"shuts down"
	cleanup, err := setup.InitObservability(context.Background(), "svc", "1")
	if err != nil {
		return err
	}
	defer cleanup()
	return run()
}

// panics: a panic runs the deferred calls.
func panics() { // want panics:"shuts down"
	cleanup, _ := setup.InitObservability(context.Background(), "svc", "1")
	defer cleanup()
	if err := run(); err != nil {
		log.Panic(err)
	}
}

// explicit: the path shuts down before it exits.
func explicit(stop <-chan struct{}) { // want explicit:"shuts down"
	cleanup, _ := setup.InitObservability(context.Background(), "svc", "1")
	defer cleanup()
	<-stop
	cleanup()
	os.Exit(0)
}

// signal: the goroutine's exit is not on the path of the deferring
// function, and it shuts down first.
func signal(stop <-chan struct{}) { // want signal:"shuts down"
	cleanup, _ := setup.InitObservability(context.Background(), "svc", "1")
	defer cleanup()
	go func() {
		<-stop
		cleanup()
		os.Exit(0)
	}()
	_ = run()
}

// notShutdown: the deferred call shuts nothing down.
func notShutdown() {
	f, _ := os.Open("x")
	defer f.Close()
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error { return nil }

func run2() int { return 0 }

// several: set-up failures and the server's failure all skip the
// shutdown; one finding, at the defer.
func several() { // want several:"shuts down"
	cleanup, _ := setup.InitObservability(context.Background(), "svc", "1")
	defer cleanup() // want `leaves through log.Fatal \(line \d+\) and 2 other calls`
	if err := run(); err != nil {
		log.Fatal(err)
	}
	if err := run(); err != nil {
		log.Fatalf("second: %v", err)
	}
	log.Fatal(http.ListenAndServe(":8080", nil))
}
