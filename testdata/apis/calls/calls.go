// Package calls exercises the API recogniser: each call whose line ends
// with a "key:" comment must be recognised under that key; a line with
// "key: none" must not be recognised.
package calls

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/sirupsen/logrus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
	"go.uber.org/zap"
)

// wrapped embeds the interface: its Start is the interface's.
type wrapped struct{ trace.Tracer }

// myTracer implements trace.Tracer by itself.
type myTracer struct{ noop.Tracer }

func (myTracer) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	return ctx, trace.SpanFromContext(ctx) // key: go.opentelemetry.io/otel/trace.SpanFromContext
}

// job has methods named like the APIs but is not one of them.
type job struct{}

func (job) Start(ctx context.Context, name string) {}
func (job) End()                                   {}
func (job) Info(msg string)                        {}

func calls(ctx context.Context, db *sql.DB, tx *sql.Tx, client *http.Client, meter metric.Meter, logger *zap.Logger, sl *slog.Logger) {
	tracer := otel.Tracer("calls")                                      // key: go.opentelemetry.io/otel.Tracer
	ctx, span := tracer.Start(ctx, "A.B")                               // key: (go.opentelemetry.io/otel/trace.Tracer).Start
	span.End()                                                          // key: (go.opentelemetry.io/otel/trace.Span).End
	_, s2 := noop.NewTracerProvider().Tracer("x").Start(ctx, "A.B")     // key: (go.opentelemetry.io/otel/trace.Tracer).Start
	s2.End()                                                            // key: (go.opentelemetry.io/otel/trace.Span).End
	_, s3 := wrapped{tracer}.Start(ctx, "A.B")                          // key: (go.opentelemetry.io/otel/trace.Tracer).Start
	_, s4 := myTracer{}.Start(ctx, "A.B")                               // key: (go.opentelemetry.io/otel/trace.Tracer).Start
	_, s5 := sdktrace.NewTracerProvider().Tracer("y").Start(ctx, "A.B") // key: (go.opentelemetry.io/otel/trace.Tracer).Start
	s3.End()
	s4.End()
	s5.End()
	job{}.Start(ctx, "x") // key: none
	job{}.End()           // key: none
	job{}.Info("x")       // key: none

	c, _ := meter.Int64Counter("c")                                  // key: (go.opentelemetry.io/otel/metric.Meter).Int64Counter
	c.Add(ctx, 1, metric.WithAttributes(attribute.String("k", "v"))) // key: (go.opentelemetry.io/otel/metric.Int64Counter).Add
	_ = attribute.Key("k").String("v")                               // key: (go.opentelemetry.io/otel/attribute.Key).String

	_ = context.Background()                // key: context.Background
	_, _ = http.NewRequest("GET", "/", nil) // key: net/http.NewRequest
	_, _ = client.Get("/")                  // key: (net/http.Client).Get
	_, _ = db.Query("q")                    // key: (database/sql.DB).Query
	_, _ = tx.ExecContext(ctx, "q")         // key: (database/sql.Tx).ExecContext

	logger.Info("m", zap.String("k", "v")) // key: (go.uber.org/zap.Logger).Info
	logger.Sugar().Infow("m", "k", "v")    // key: (go.uber.org/zap.SugaredLogger).Infow
	sl.InfoContext(ctx, "m")               // key: (log/slog.Logger).InfoContext
	slog.Info("m")                         // key: log/slog.Info
	logrus.WithField("k", "v").Info("m")   // key: (github.com/sirupsen/logrus.Entry).Info
	log.Printf("m")                        // key: log.Printf
	fmt.Println("m")                       // key: fmt.Println

	vec := promauto.NewCounterVec(prometheus.CounterOpts{Name: "n"}, []string{"route"}) // key: github.com/prometheus/client_golang/prometheus/promauto.NewCounterVec
	vec.WithLabelValues("/").Inc()                                                      // key: (github.com/prometheus/client_golang/prometheus.CounterVec).WithLabelValues
}
