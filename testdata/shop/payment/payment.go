// Package payment is the client of the payment provider.
package payment

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("shop/payment")

// Client calls the payment provider over HTTP.
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

// Charge charges an order: the request carries the caller's context, so
// the provider's spans join the trace.
func (c *Client) Charge(ctx context.Context, orderID string, amount float64) error {
	ctx, span := tracer.Start(ctx, "PaymentService.Charge", trace.WithSpanKind(trace.SpanKindClient))
	defer span.End()

	body := strings.NewReader(fmt.Sprintf(`{"order":%q,"amount":%.2f}`, orderID, amount))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/charge", body)
	if err != nil {
		span.SetStatus(codes.Error, "build request")
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		span.SetStatus(codes.Error, "charge request failed")
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		span.SetStatus(codes.Error, "charge rejected")
		return fmt.Errorf("charge rejected: %s", resp.Status)
	}
	return nil
}

// Refund loses the trace at the HTTP call and hides its failures.
func (c *Client) Refund(ctx context.Context, orderID string) error {
	ctx, span := tracer.Start(ctx, "PaymentService.Refund") // finding: spanend/missing-set-status
	defer span.End()
	slog.InfoContext(ctx, "refunding order", "order_id", orderID)

	req, err := http.NewRequest(http.MethodPost, c.BaseURL+"/refund/"+orderID, nil) // finding: ctxpropagation/request-without-ctx
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

// Status asks for the status of a payment; the span name is built from
// the order ID, so every order makes a new span name.
func (c *Client) Status(ctx context.Context, orderID string) (*http.Response, error) {
	ctx, span := tracer.Start(ctx, "PaymentService.Status/"+orderID) // finding: spannaming/dynamic-name
	defer span.End()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/status/"+orderID, nil)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	return resp, err
}
