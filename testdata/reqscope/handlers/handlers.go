// Package handlers shows the request-scoped shapes: HTTP handlers, RPC
// methods, message consumers and functions that take a request context.
package handlers

import (
	"context"
	"net/http"
)

func probe() {}

func handleOrders(w http.ResponseWriter, r *http.Request) {
	probe() // want `request-scoped: HTTP handler handleOrders`
}

type server struct{}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	probe() // want `request-scoped: HTTP handler ServeHTTP`
}

type GetOrderRequest struct{ ID string }
type GetOrderResponse struct{ Total int }

// GetOrder has the gRPC method shape.
func (s *server) GetOrder(ctx context.Context, req *GetOrderRequest) (*GetOrderResponse, error) {
	probe() // want `request-scoped: RPC method GetOrder`
	return &GetOrderResponse{}, nil
}

// NewOrder is a gRPC method whose name looks like set-up: the shape wins.
func (s *server) NewOrder(ctx context.Context, req *GetOrderRequest) (*GetOrderResponse, error) {
	probe() // want `request-scoped: RPC method NewOrder`
	return nil, nil
}

type Message struct{ Body []byte }

func HandleOrderPlaced(msg *Message) error {
	probe() // want `request-scoped: message handler HandleOrderPlaced`
	return nil
}

func Consume(m Message, handle func(context.Context, []byte) error) error {
	probe() // want `request-scoped: message handler Consume`
	return nil
}

func (s *server) OnPayment(ctx context.Context, msg Message) {
	probe() // want `request-scoped: message handler OnPayment`
}

// mux registers routes: its Handle and HandleFunc take a handler, not a
// message.
type mux struct{ m *http.ServeMux }

func (m *mux) Handle(pattern string, h http.Handler) {
	probe() // want `neutral`
	m.m.Handle(pattern, h)
}

func (m *mux) HandleFunc(pattern string, fn func(http.ResponseWriter, *http.Request)) {
	probe() // want `neutral`
	m.m.HandleFunc(pattern, fn)
}

func process(ctx context.Context, id string) {
	probe() // want `request-scoped: function process that takes a request context`
}

func Lookup(r *http.Request) string {
	probe() // want `request-scoped: function Lookup that takes a request context`
	return ""
}

// Negative twins: the same names without the shapes.

// Handled takes no message.
func (s *server) OnClose() {
	probe() // want `neutral`
}

// Onboard does not start with "On" and a word.
func Onboard(id string) {
	probe() // want `neutral`
}

// format takes no context.
func format(id string) string {
	probe() // want `neutral`
	return id
}

// GetOrderValue has no receiver: not an RPC method, but it takes a context.
func GetOrderValue(ctx context.Context, req *GetOrderRequest) (*GetOrderResponse, error) {
	probe() // want `request-scoped: function GetOrderValue that takes a request context`
	return nil, nil
}

// Routes registers handlers; the handler values are not calls, so the
// handlers are not "only called from set-up code".
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/orders", handleOrders)
	mux.Handle("/", &server{})
}
