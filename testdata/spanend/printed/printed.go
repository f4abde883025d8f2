// Package printed shows spans passed to printing and formatting calls,
// which keep nothing.
package printed

import (
	"context"
	"fmt"
	"log"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("printed")

func printedOnly(ctx context.Context) {
	_, span := tracer.Start(ctx, "printedOnly") // want `span from tracer.Start is never ended`
	fmt.Print(span)
}

func logged(ctx context.Context) {
	_, span := tracer.Start(ctx, "logged") // want `span from tracer.Start is never ended`
	log.Printf("span %v", span)
	_ = fmt.Sprint(span)
}

var spans = map[string]trace.Span{}

func keep(s trace.Span) { spans["last"] = s } // want keep:"keeps s"

// Handed on to a function that keeps it.
func keptAway(ctx context.Context) {
	_, span := tracer.Start(ctx, "keptAway")
	keep(span)
	fmt.Print(span)
}

// Printed and ended.
func printedEnded(ctx context.Context) {
	_, span := tracer.Start(ctx, "printedEnded")
	defer span.End()
	fmt.Println(span)
}
