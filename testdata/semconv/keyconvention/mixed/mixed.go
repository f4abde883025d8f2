// Package mixed declares lower-case keys: an inline camelCase key beside
// them breaks the package's own convention as well as the naming rules.
package mixed

import (
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// AttributeKey is a key of the package.
type AttributeKey string

// String returns the key.
func (k AttributeKey) String() string { return string(k) }

const (
	keySessionID  AttributeKey = "session_id"
	keyWebhookURL AttributeKey = "webhook.url"
)

// Failed is the event of a failed webhook.
func Failed(session, url string, err error) trace.EventOption {
	return trace.WithAttributes(
		attribute.String(keySessionID.String(), session),
		attribute.String(keyWebhookURL.String(), url),
		attribute.String("Error", err.Error()), // want `attribute key "Error" has upper-case letters`
	)
}
