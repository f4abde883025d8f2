// Package driverhook is a service with a self-check behaviour among its
// own API: the server is not a harness, its other methods are production.
package driverhook

import "otellint.test/logscope/drivelib"

func probe() {}

// Server serves orders.
type Server struct{ orders Orders }

// Orders is the store the server is built from.
type Orders interface {
	Fetch(id string) ([]byte, error)
}

// NewServer builds the server.
func NewServer(orders Orders) *Server {
	probe() // want `production`
	return &Server{orders: orders}
}

// Get serves an order.
func (s *Server) Get(id string) []byte {
	probe() // want `production`
	b, _ := s.orders.Fetch(id)
	return b
}

// SelfCheck is a behaviour.
func (s *Server) SelfCheck(t drivelib.T) {
	probe() // want `test: function SelfCheck that takes or returns a otellint.test/logscope/drivelib.T`
}
