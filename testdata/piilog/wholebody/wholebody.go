// Package wholebody logs requests, bodies and personal structs whole.
package wholebody

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"go.uber.org/zap"
)

type Order struct {
	ID    string
	Total int
}

type Profile struct {
	ID    string
	Email string
}

// LogValue logs the profile without its email.
func (p Profile) LogValue() slog.Value { return slog.StringValue(p.ID) }

type Signup struct {
	Email    string
	Password string `json:"-"`
	password string
}

func (s *Signup) String() string { return "signup" }

type Creds struct {
	User   string
	Secret string `json:"-"`
}

func handle(w http.ResponseWriter, r *http.Request, logger *zap.Logger) {
	logger.Info("request", zap.Any("req", r))          // want `logs the whole \*http.Request, with its headers \(Authorization, Cookie\), query and form; log the method, route and the fields you need`
	slog.InfoContext(r.Context(), "request", "req", r) // want `logs the whole \*http.Request`
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	logger.Info("request", zap.ByteString("body", body))           // want `logs the whole request body read by io.ReadAll`
	slog.InfoContext(r.Context(), "request", "body", string(body)) // want `logs the whole request body`
	fmt.Printf("body: %s\n", body)                                 // want `logs the whole request body`
	logger.Info("request", zap.Int("body_size", len(body)))
	logger.Info("request", zap.String("method", r.Method), zap.String("path", r.URL.Path))

	resp, err := http.Get("http://upstream/")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	logger.Warn("upstream", zap.ByteString("data", data)) // want `logs the whole response body`

	logger.Info("order", zap.Any("order", Order{}))          // no personal field
	slog.InfoContext(r.Context(), "profile", "p", Profile{}) // logs itself through LogValue
	logger.Info("signup", zap.Any("signup", &Signup{}))      // logs itself through String
	logger.Info("creds", zap.Any("creds", Creds{}))          // the secret is not marshalled
	fmt.Printf("order %v\n", Order{})
	fmt.Printf("order type %T\n", r)
}
