// Package errorreply logs the body of an upstream's reply: reported when
// the reply may be a success, whose body holds the data asked for; silent
// when it is logged only for a status that is not a success, where the
// body is the upstream's error document.
package errorreply

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"go.uber.org/zap"
)

func fetch(logger *zap.Logger, url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	logger.Debug("reply", zap.ByteString("body", body)) // want `logs the whole response body`
	if resp.StatusCode != http.StatusOK {
		logger.Error("upstream failed", zap.ByteString("body", body), zap.Int("code", resp.StatusCode))
		return nil
	}
	if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated {
		logger.Info("upstream answered", zap.ByteString("body", body)) // want `logs the whole response body`
	}
	if resp.StatusCode >= 200 {
		logger.Info("answered", zap.ByteString("body", body)) // want `logs the whole response body`
	}
	return nil
}

// checkReply leaves on success, so what follows runs for a failure.
func checkReply(logger *slog.Logger, resp *http.Response) {
	if resp.StatusCode == http.StatusOK {
		return
	}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	logger.Error("upstream failed", "response_body", string(body))
}

// checkLate logs before the guard: the reply may be a success.
func checkLate(logger *slog.Logger, resp *http.Response) {
	body, _ := io.ReadAll(resp.Body)
	logger.Info("reply", "body", string(body)) // want `logs the whole response body`
	if resp.StatusCode == http.StatusOK {
		return
	}
}

func classes(logger *slog.Logger, resp *http.Response) {
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		logger.Error("failed", "body", string(body))
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		logger.Error("failed", "body", string(body))
	}
	if !(resp.StatusCode < 300) {
		logger.Error("failed", "body", string(body))
	}
	if resp.StatusCode < 200 || resp.StatusCode > 201 {
		logger.Error("maybe", "body", string(body)) // want `logs the whole response body`
	}
	if resp.StatusCode == http.StatusOK {
		logger.Info("ok", "body", string(body)) // want `logs the whole response body`
	} else {
		logger.Error("failed", "body", string(body))
	}
}

type reply struct {
	Data map[string]any
}

func switched(logger *slog.Logger, resp *http.Response) {
	var r reply
	_ = json.NewDecoder(resp.Body).Decode(&r)
	switch resp.StatusCode {
	case http.StatusOK:
		logger.Info("ok", "reply", r) // want `logs the whole response decoded from its body`
	case http.StatusNotFound, http.StatusGone:
		logger.Warn("gone", "reply", r)
	default:
		logger.Error("failed", "reply", r)
	}
	switch resp.StatusCode {
	case http.StatusNotModified:
	default:
		logger.Info("other", "reply", r) // want `logs the whole response decoded from its body`
	}
}

// proxied reads the reply of a reverse proxy's upstream on a server error.
func proxied(logger *slog.Logger) func(*http.Response) error {
	return func(resp *http.Response) error {
		if resp.StatusCode == http.StatusInternalServerError {
			b, err := io.ReadAll(resp.Body)
			if err != nil {
				return err
			}
			logger.Error("upstream error", "page", string(b))
		}
		return nil
	}
}

// request bodies are what users submitted, whatever a status says.
func handle(w http.ResponseWriter, r *http.Request, resp *http.Response, logger *slog.Logger) {
	body, _ := io.ReadAll(r.Body)
	if resp.StatusCode != http.StatusOK {
		logger.Error("failed", "request", string(body)) // want `logs the whole request body`
	}
}
