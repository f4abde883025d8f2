// Package expected returns errors that are expected outcomes through a
// span: client errors of a gRPC server, cancellations, the end of the
// rows. The semantic conventions leave the span's status Unset for them.
package expected

import (
	"context"
	"errors"
	"io"

	"go.opentelemetry.io/otel"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

var tracer = otel.Tracer("otellint.test/spanend/expected")

// Order is a stored order.
type Order struct{ ID string }

// Server serves orders.
type Server struct{ orders map[string]*Order }

// Get returns client errors only: no span error.
func (s *Server) Get(ctx context.Context, id string) (*Order, error) {
	ctx, span := tracer.Start(ctx, "Orders.Get")
	defer span.End()
	if id == "" {
		return nil, status.Error(codes.InvalidArgument, "no id")
	}
	if err := ctx.Err(); err != nil {
		return nil, ctx.Err()
	}
	o, ok := s.orders[id]
	if !ok {
		return nil, status.Errorf(codes.NotFound, "order %s", id)
	}
	if o.ID == "locked" {
		return nil, status.New(codes.PermissionDenied, "locked").Err()
	}
	return o, nil
}

// Next reads the next row: io.EOF ends the rows.
func (s *Server) Next(ctx context.Context) (*Order, error) {
	_, span := tracer.Start(ctx, "Orders.Next")
	defer span.End()
	if len(s.orders) == 0 {
		return nil, io.EOF
	}
	select {
	case <-ctx.Done():
		return nil, context.Canceled
	default:
	}
	return &Order{}, nil
}

// Put returns a server error beside a client one: reported, for the
// server error.
func (s *Server) Put(ctx context.Context, o *Order) error {
	_, span := tracer.Start(ctx, "Orders.Put") // want `"Put" returns an error without setting an error status on span`
	defer span.End()
	if o == nil {
		return status.Error(codes.InvalidArgument, "no order")
	}
	if s.orders == nil {
		return status.Error(codes.Internal, "no store")
	}
	s.orders[o.ID] = o
	return nil
}

// Save fails to store: a failure, reported.
func (s *Server) Save(ctx context.Context, o *Order) error {
	_, span := tracer.Start(ctx, "Orders.Save") // want `"Save" returns an error without setting an error status on span`
	defer span.End()
	if s.orders == nil {
		return errors.New("no store")
	}
	return nil
}

// Wait times out: a deadline is a server-side error, reported.
func (s *Server) Wait(ctx context.Context) error {
	_, span := tracer.Start(ctx, "Orders.Wait") // want `"Wait" returns an error without setting an error status on span`
	defer span.End()
	return context.DeadlineExceeded
}

// code is not a constant: the pass cannot tell, and reports.
func (s *Server) Delete(ctx context.Context, c codes.Code) error {
	_, span := tracer.Start(ctx, "Orders.Delete") // want `"Delete" returns an error without setting an error status on span`
	defer span.End()
	return status.Error(c, "refused")
}
