// Package rpcrequest logs the whole request of a remote call in a logging
// middleware: the request holds every field its caller sent, a login's
// password among them.
package rpcrequest

import (
	"context"
	"encoding/json"
	"fmt"
	stdlog "log"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware"
	"github.com/zeromicro/go-zero/core/logx"
	"google.golang.org/grpc"
)

// args returns the text of a request, whatever its type.
func args(req any) string {
	if s, ok := req.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%+v", req)
}

// Server logs every call with its arguments.
func Server(logger log.Logger) middleware.Middleware {
	return func(next middleware.Handler) middleware.Handler {
		return func(ctx context.Context, req any) (any, error) {
			reply, err := next(ctx, req)
			log.NewHelper(log.WithContext(ctx, logger)).Log(log.LevelInfo,
				"kind", "server",
				"args", args(req), // want `logs the whole request of a remote call`
			)
			return reply, err
		}
	}
}

// Stat logs the content of every call, as JSON, through a helper.
func Stat() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		defer logDuration(ctx, info.FullMethod, req)
		return handler(ctx, req)
	}
}

func logDuration(ctx context.Context, method string, req any) {
	content, err := json.Marshal(req)
	if err != nil {
		return
	}
	logx.WithContext(ctx).Infof("%s - %s", method, string(content)) // want `logs the whole request of a remote call encoded as text`
}

// Audit is an interceptor declared as a function.
func Audit(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	stdlog.Printf("call %s %v", info.FullMethod, req) // want `logs the whole request of a remote call`
	return handler(ctx, req)
}

// Silent twins: the method and the request's type, a callback of the same
// signature that is not a remote call's handler, and a helper given only
// the program's own values.

func Quiet(logger log.Logger) middleware.Middleware {
	return func(next middleware.Handler) middleware.Handler {
		return func(ctx context.Context, req any) (any, error) {
			log.NewHelper(logger).Infof("call of %T", req)
			return next(ctx, req)
		}
	}
}

func Named(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	stdlog.Printf("call %s", info.FullMethod)
	return handler(ctx, req)
}

// retry runs a job of the program's own and logs its input.
func retry(ctx context.Context, job func(context.Context, any) (any, error), input any) {
	each := func(ctx context.Context, in any) (any, error) {
		stdlog.Printf("retrying with %v", in)
		return job(ctx, in)
	}
	_, _ = each(ctx, input)
	stdlog.Printf("settings %s", args(map[string]int{"attempts": 3}))
}

// Client logs the request it sends when the call fails.
func Client() grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		err := invoker(ctx, method, req, reply, cc, opts...)
		if err != nil {
			logx.WithContext(ctx).Errorf("fail - %s - %v - %s", method, req, err) // want `logs the whole request of a remote call`
		}
		return err
	}
}

// ClientQuiet logs the method of a failed call.
func ClientQuiet(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	err := invoker(ctx, method, req, reply, cc, opts...)
	if err != nil {
		logx.WithContext(ctx).Errorf("fail - %s - %s", method, err)
	}
	return err
}
