// Package decoded logs whole requests and responses decoded from their
// bodies: the article's "do not print complete request or response
// bodies", whatever their fields are named.
package decoded

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/sirupsen/logrus"
)

type createOrder struct {
	Item     string `json:"item"`
	Quantity int    `json:"quantity"`
	Note     string `json:"note"`
}

type quote struct {
	Price    float64 `json:"price"`
	Currency string  `json:"currency"`
}

func handle(w http.ResponseWriter, r *http.Request, log *logrus.Entry) {
	var ev createOrder
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	log.Debugf("payload: %+v", ev)               // want `logs the whole request decoded from its body, which holds whatever the other side sent; log the fields you need, masked`
	log.WithField("order", &ev).Info("received") // want `logs the whole request decoded from its body`
	log.Debugf("payload: item=%s qty=%d", ev.Item, ev.Quantity)
	log.Debugf("payload type %T", ev)
}

func fetchQuote(ctx context.Context, c *http.Client, req *http.Request) (*quote, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	out := &quote{}
	if err := json.Unmarshal(body, out); err != nil {
		return nil, err
	}
	slog.InfoContext(ctx, "quote", slog.Any("response", out)) // want `logs the whole response decoded from its body`
	slog.InfoContext(ctx, "quote", "currency", out.Currency)

	dec := json.NewDecoder(resp.Body)
	var more quote
	if err := dec.Decode(&more); err == nil {
		slog.InfoContext(ctx, "quote", "more", more) // want `logs the whole response decoded from its body`
	}
	// Negative twin: a value decoded from a file or a constant is not a body.
	var cfg quote
	_ = json.Unmarshal([]byte(`{"currency":"EUR"}`), &cfg)
	slog.InfoContext(ctx, "defaults", "quote", cfg)
	return out, nil
}
