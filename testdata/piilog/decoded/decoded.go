// Package decoded logs whole requests and responses decoded from their
// bodies: the article's "do not print complete request or response
// bodies". A request holds what the service's users submitted, whatever
// its fields are named; a response holds whatever the other side sent
// unless it is decoded into a closed struct, whose fields, none personal,
// are all it can hold.
package decoded

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"

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

// release is a closed struct too: strings, a flag, a time, a slice and a
// nested struct of the same.
type release struct {
	Latest    string    `json:"latest"`
	Info      string    `json:"info"`
	Available bool      `json:"available"`
	Published time.Time `json:"published"`
	Notes     []string  `json:"notes"`
	Source    struct {
		Channel string `json:"channel"`
		Build   int    `json:"build"`
	} `json:"source"`
}

// node is closed and recursive.
type node struct {
	Name     string  `json:"name"`
	Children []*node `json:"children"`
}

// page is open below: one of its items holds a map.
type page struct {
	Items []struct {
		ID    int               `json:"id"`
		Attrs map[string]string `json:"attrs"`
	} `json:"items"`
}

// envelope is open: its Data is whatever the other side put there.
type envelope struct {
	Status string `json:"status"`
	Data   any    `json:"data"`
}

// rawEnvelope is open: its Result is raw JSON.
type rawEnvelope struct {
	Status string          `json:"status"`
	Result json.RawMessage `json:"result"`
}

// profile is closed in shape but holds personal data.
type profile struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// contact names its personal field only on the wire.
type contact struct {
	Name string `json:"name"`
	Line string `json:"phone"`
}

// handle logs a request decoded into a closed struct: its Note is what a
// user typed, so a request is reported whatever its type.
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
	// A closed struct of the program's own logs exactly its two fields.
	slog.InfoContext(ctx, "quote", slog.Any("response", out))
	slog.InfoContext(ctx, "quote", "currency", out.Currency)

	dec := json.NewDecoder(resp.Body)
	var more quote
	if err := dec.Decode(&more); err == nil {
		slog.InfoContext(ctx, "quote", "more", more)
	}
	// Negative twin: a value decoded from a file or a constant is not a body.
	var cfg quote
	_ = json.Unmarshal([]byte(`{"currency":"EUR"}`), &cfg)
	slog.InfoContext(ctx, "defaults", "quote", cfg)
	return out, nil
}

func checkRelease(ctx context.Context, c *http.Client, req *http.Request) {
	resp, err := c.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var rel release
	if err := json.NewDecoder(resp.Body).Decode(&rel); err == nil {
		slog.DebugContext(ctx, "release", slog.Any("response", rel))
	}
	var all []release
	if err := json.NewDecoder(resp.Body).Decode(&all); err == nil {
		slog.DebugContext(ctx, "releases", "all", all)
	}
	var tree node
	if err := json.NewDecoder(resp.Body).Decode(&tree); err == nil {
		slog.DebugContext(ctx, "tree", "tree", tree)
	}
	// Positive twins: open types and personal fields.
	var pg page
	if err := json.NewDecoder(resp.Body).Decode(&pg); err == nil {
		slog.DebugContext(ctx, "page", "page", pg) // want `logs the whole response decoded from its body`
	}
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err == nil {
		slog.DebugContext(ctx, "reply", "reply", m) // want `logs the whole response decoded from its body`
	}
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err == nil {
		slog.DebugContext(ctx, "reply", "reply", env) // want `logs the whole response decoded from its body`
	}
	var raw rawEnvelope
	if err := json.NewDecoder(resp.Body).Decode(&raw); err == nil {
		slog.DebugContext(ctx, "reply", "reply", raw) // want `logs the whole response decoded from its body`
	}
	var p profile
	if err := json.NewDecoder(resp.Body).Decode(&p); err == nil {
		slog.DebugContext(ctx, "reply", "reply", &p) // want `logs the whole response decoded from its body`
	}
	var ct contact
	if err := json.NewDecoder(resp.Body).Decode(&ct); err == nil {
		slog.DebugContext(ctx, "reply", "reply", ct) // want `logs the whole response decoded from its body`
	}
	var text string
	if err := json.NewDecoder(resp.Body).Decode(&text); err == nil {
		slog.DebugContext(ctx, "reply", "reply", text) // want `logs the whole response decoded from its body`
	}
}
