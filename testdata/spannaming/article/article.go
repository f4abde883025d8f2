// Package article holds the span names of the pitfall article, bad and good.
package article

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/spannaming/article")

// Bad: the name says which function ran.
func processRequest(ctx context.Context) {
	_, span := tracer.Start(ctx, "ProcessRequest") // want `span name "ProcessRequest" says which function ran, not what the system did`
	defer span.End()
}

// Good: the name says what the system does.
func placeOrder(ctx context.Context) {
	_, span := tracer.Start(ctx, "OrderService.PlaceOrder")
	defer span.End()
}

// Good: the Domain.Service.Action form.
func createOrder(ctx context.Context) {
	_, span := tracer.Start(ctx, "Payment.OrderService.CreateOrder")
	defer span.End()
	_, span2 := tracer.Start(ctx, "Inventory.StockService.ReserveItem")
	defer span2.End()
	_, span3 := tracer.Start(ctx, "OrderService.QueryInventory")
	defer span3.End()
}

// The other span names of the article's examples.
func others(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "async.task") // want `span name "async.task" does not follow the Service.Action convention`
	defer s1.End()
	_, s2 := tracer.Start(ctx, "kafka.publish") // want `span name "kafka.publish" does not follow the Service.Action convention; use dotted PascalCase business names such as "OrderService.PlaceOrder"`
	defer s2.End()
	_, s3 := tracer.Start(ctx, "kafka.consume") // want `span name "kafka.consume" does not follow the Service.Action convention`
	defer s3.End()
	_, s4 := tracer.Start(ctx, "handle_request") // want `span name "handle_request" says which function ran`
	defer s4.End()
	_, s5 := tracer.Start(ctx, "parent") // want `span name "parent" says which function ran`
	defer s5.End()
	_, s6 := tracer.Start(ctx, "child1") // want `span name "child1" says which function ran`
	defer s6.End()
	// Negative twins of the above: the same messaging operations named as
	// the convention or the semantic conventions want.
	_, s7 := tracer.Start(ctx, "Kafka.Publish")
	defer s7.End()
	_, s8 := tracer.Start(ctx, "publish orders")
	defer s8.End()
	_, s9 := tracer.Start(ctx, "OrderService.Process")
	defer s9.End()
	_, s10 := tracer.Start(ctx, "Worker.RunJob")
	defer s10.End()
}

// More generic names: a loose pattern would accept some of them.
func generic(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "doWork") // want `span name "doWork" says which function ran`
	s1.End()
	_, s2 := tracer.Start(ctx, "run") // want `"run" says which function ran`
	s2.End()
	_, s3 := tracer.Start(ctx, "execute") // want `"execute" says which function ran`
	s3.End()
	_, s4 := tracer.Start(ctx, "process") // want `"process" says which function ran`
	s4.End()
	_, s5 := tracer.Start(ctx, "handler") // want `"handler" says which function ran`
	s5.End()
	_, s6 := tracer.Start(ctx, "main") // want `"main" says which function ran`
	s6.End()
	_, s7 := tracer.Start(ctx, "Handler.Process") // want `"Handler.Process" says which function ran`
	s7.End()
	_, s8 := tracer.Start(ctx, "ServeHTTP") // want `"ServeHTTP" says which function ran`
	s8.End()
	_, s9 := tracer.Start(ctx, "") // want `span name is empty`
	s9.End()
}

// Constants and concatenated constants are resolved.
const (
	service    = "OrderService"
	badConst   = "orders_place"
	actionName = service + ".Cancel"
)

func constants(ctx context.Context) {
	_, s1 := tracer.Start(ctx, actionName)
	s1.End()
	_, s2 := tracer.Start(ctx, badConst) // want `span name "orders_place" does not follow the Service.Action convention`
	s2.End()
	_, s3 := tracer.Start(ctx, service+".Refund")
	s3.End()
	_, s4 := tracer.Start(ctx, service+"."+"refund") // want `span name "OrderService.refund" does not follow`
	s4.End()
}

// Span.SetName is checked like Tracer.Start.
func rename(ctx context.Context) {
	_, span := tracer.Start(ctx, "OrderService.PlaceOrder")
	defer span.End()
	span.SetName("OrderService.PlaceExpressOrder")
	span.SetName("doWork") // want `span name "doWork" says which function ran`
}

// Semantic-convention names, used by instrumentation libraries and
// hand-written clients, are accepted by the default pattern.
func semconvNames(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "GET /orders/{id}")
	s1.End()
	_, s2 := tracer.Start(ctx, "HTTP GET")
	s2.End()
	_, s3 := tracer.Start(ctx, "grpc.health.v1.Health/Check")
	s3.End()
	_, s4 := tracer.Start(ctx, "SELECT orders")
	s4.End()
	_, s5 := tracer.Start(ctx, "POST")
	s5.End()
	_, s6 := tracer.Start(ctx, "get orders") // want `span name "get orders" does not follow`
	s6.End()
	_, s7 := tracer.Start(ctx, "/api/v3/traces/{trace_id}")
	s7.End()
}

// A method named Start that is not a tracer's is not looked at.
type pipeline struct{}

func (pipeline) Start(ctx context.Context, name string) {}

func notATracer(ctx context.Context) {
	pipeline{}.Start(ctx, "doWork")
}
