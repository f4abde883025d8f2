// Command shop runs the order service.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.uber.org/zap"

	"otellint.test/shop/api"
	"otellint.test/shop/observability"
	"otellint.test/shop/payment"
	"otellint.test/shop/repo"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	shutdown, err := observability.InitObservability(ctx, "shop", "1.0.0")
	if err != nil {
		log.Fatalf("init observability: %v", err)
	}
	defer func() { // finding: sdksetup/shutdown-skipped
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := shutdown(shutdownCtx); err != nil {
			log.Printf("shutdown: %v", err)
		}
	}()

	logger, err := zap.NewProduction()
	if err != nil {
		log.Fatalf("logger: %v", err)
	}

	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	orders, err := repo.NewOrders(db)
	if err != nil {
		log.Fatalf("repo: %v", err)
	}
	metrics, err := api.NewMetrics()
	if err != nil {
		log.Fatalf("metrics: %v", err)
	}
	srv := &api.Server{
		Orders:  orders,
		Payment: &payment.Client{BaseURL: os.Getenv("PAYMENT_URL"), HTTP: &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport)}},
		Metrics: metrics,
		Logger:  logger,
	}
	mux := http.NewServeMux()
	srv.Routes(mux)
	server := &http.Server{Addr: ":8080", Handler: otelhttp.NewHandler(mux, "shop")}
	go func() {
		<-ctx.Done()
		_ = server.Shutdown(context.WithoutCancel(ctx))
	}()
	log.Println("listening on :8080")
	if err := server.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatalf("serve: %v", err)
	}
}
